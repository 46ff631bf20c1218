//! Data protection: anonymising old consultations (a purge) so that every
//! report gives the same numbers, and a client's data given out or erased.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use rusqlite::{Connection, named_params};
use serde::Serialize;
use uuid::Uuid;

use super::Store;
use super::audit::{Stamp, record};
use crate::audit::{Action, Kind};
use crate::consultation::Consultation;
use crate::text::fold;

/// What a purge changes (or changed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct PurgeCount {
    /// Consultations whose client code and notes are removed.
    pub consultations: u64,
    /// Distinct client codes among them.
    pub clients: u64,
}

/// Everything held about one client code.
#[derive(Debug, Clone, Serialize)]
pub struct ClientData {
    /// The client code.
    pub client: String,
    /// Their consultations, oldest first, each with its earlier versions.
    pub consultations: Vec<ClientConsultation>,
    /// Their consultations anonymised by a purge (statistical fields only),
    /// still linked to the code while newer consultations keep it.
    pub anonymised: u64,
    /// Who looked at their history, and when.
    pub viewed: Vec<ClientView>,
}

/// One consultation of a client, with its history.
#[derive(Debug, Clone, Serialize)]
pub struct ClientConsultation {
    /// The consultation as it is now.
    #[serde(flatten)]
    pub consultation: serde_json::Value,
    /// Its earlier versions (JSON, oldest first).
    pub versions: Vec<serde_json::Value>,
}

/// One look at a client's history.
#[derive(Debug, Clone, Serialize)]
pub struct ClientView {
    /// When (RFC 3339, UTC).
    pub at: String,
    /// Who (Unix user).
    pub by: String,
}

/// The condition on consultations a purge before `day` anonymises.
const PURGEABLE: &str = "at < :arg AND client_code <> ''";

/// How many codes, consultations or words one transaction of a purge handles.
pub const PURGE_BATCH: usize = 2000;

/// The key already given to a client code (`:code`), looked up through the
/// index on the code (the partial index on keys would be walked whole).
const KEY_OF_CODE: &str = "SELECT client_key FROM consultation INDEXED BY consultation_by_client
     WHERE client_code = :code AND client_key IS NOT NULL LIMIT 1";

impl Store {
    /// What a purge before `day` would change.
    pub fn purge_plan(&self, day: NaiveDate) -> rusqlite::Result<PurgeCount> {
        count(&self.conn, day)
    }

    /// Anonymises the consultations before `day`: client codes and notes are
    /// removed (also from earlier versions, the audit trail, the full-text
    /// index and drafts); every statistical field stays. Reports count clients
    /// by a key the anonymised consultations share with the same client's
    /// newer ones, so every report gives the same numbers before and after —
    /// and after each step of it: the work is done in short transactions of
    /// [`PURGE_BATCH`], so other users' saves go on meanwhile, and a purge
    /// that was interrupted finishes when it is run again.
    pub fn purge(&mut self, day: NaiveDate, actor: &str) -> rusqlite::Result<PurgeCount> {
        self.forgetting(|store| store.purge_now(day, actor))
    }

    fn purge_now(&mut self, day: NaiveDate, actor: &str) -> rusqlite::Result<PurgeCount> {
        let now = self.clock.stamp();
        let by = Stamp { actor, at: &now };
        let counted = count(&self.conn, day)?;
        let before = format!("{day} 00:00");
        // 1. One key per client, on all their consultations: an earlier
        //    purge's, or a new random one. Counting by key instead of code
        //    changes no number (one key per code).
        let codes: Vec<String> = self
            .conn
            .prepare(&format!(
                "SELECT DISTINCT client_code FROM consultation WHERE {PURGEABLE}"
            ))?
            .query_map(named_params! { ":arg": before }, |r| r.get("client_code"))?
            .collect::<rusqlite::Result<_>>()?;
        for batch in codes.chunks(PURGE_BATCH) {
            let tx = self.write()?;
            for code in batch {
                tx.execute(
                    &format!(
                        "UPDATE consultation SET client_key = ifnull(({KEY_OF_CODE}), :key)
                         WHERE client_code = :code AND client_key IS NULL"
                    ),
                    named_params! { ":code": code, ":key": Uuid::new_v4().simple().to_string() },
                )?;
            }
            tx.commit()?;
        }
        // 2. The consultations, a batch at a time, oldest first.
        let mut words = BTreeSet::new();
        loop {
            let tx = self.write()?;
            let ids = ids_where(&tx, PURGEABLE, &before, Some(PURGE_BATCH))?;
            if ids.is_empty() {
                break;
            }
            words.extend(forget_text(&tx, &ids)?);
            for (id, uid) in &ids {
                // A new version: a form opened on it before the purge cannot
                // save the code and notes back.
                tx.execute(
                    "UPDATE consultation SET client_code = '', notes = '', version = version + 1,
                         updated_at = :at, updated_by = :by
                     WHERE id = :id",
                    named_params! { ":id": id, ":at": by.at, ":by": by.actor },
                )?;
                tx.execute(
                    "UPDATE consultation_version
                     SET data = json_set(data, '$.client', '', '$.notes', '')
                     WHERE consultation_id = :id",
                    named_params! { ":id": id },
                )?;
                tx.execute(
                    "UPDATE audit SET
                         before = CASE WHEN before IS NULL THEN NULL
                                       ELSE json_set(before, '$.client', '', '$.notes', '') END,
                         after = CASE WHEN after IS NULL THEN NULL
                                      ELSE json_set(after, '$.client', '', '$.notes', '') END
                     WHERE kind = 'consultation' AND target = :uid",
                    named_params! { ":uid": uid },
                )?;
                // A draft correcting it would hold its code and notes.
                tx.execute(
                    "DELETE FROM draft WHERE json_extract(data, '$.editing.id') = :id",
                    named_params! { ":id": id },
                )?;
            }
            tx.commit()?;
        }
        // 3. Words no text holds any more; who looked at codes no consultation
        //    holds any more; and the record of the purge.
        let words: Vec<String> = words.into_iter().collect();
        for batch in words.chunks(PURGE_BATCH) {
            let tx = self.write()?;
            prune_terms(&tx, batch)?;
            tx.commit()?;
        }
        let tx = self.write()?;
        tx.execute(
            "UPDATE audit SET target = '' WHERE kind = 'client' AND action = 'view'
                 AND target <> ''
                 AND NOT EXISTS (SELECT 1 FROM consultation WHERE client_code = audit.target)",
            [],
        )?;
        let summary = serde_json::json!({
            "before": day.to_string(),
            "consultations": counted.consultations,
            "clients": counted.clients,
        });
        record(
            &tx,
            by,
            Action::Anonymise,
            Kind::Client,
            "",
            None,
            Some(&summary.to_string()),
        )?;
        tx.commit()?;
        Ok(counted)
    }

    /// Everything held about a client code (a subject access request), and
    /// a record in the audit trail that `actor` looked.
    pub fn client_data(&mut self, code: &str, actor: &str) -> rusqlite::Result<ClientData> {
        let now = self.clock.stamp();
        let tx = self.write()?;
        let ids = ids_where(&tx, "client_code = :arg", code, None)?;
        let mut consultations = Vec::new();
        for (id, _) in &ids {
            let Some(c) = super::consultations::read_one(&tx, *id)? else {
                continue;
            };
            let versions = tx
                .prepare(
                    "SELECT data FROM consultation_version WHERE consultation_id = :id
                     ORDER BY version",
                )?
                .query_map(named_params! { ":id": id }, |r| r.get::<_, String>("data"))?
                .map(|d| d.map(|d| serde_json::from_str(&d).unwrap_or(serde_json::Value::Null)))
                .collect::<rusqlite::Result<_>>()?;
            consultations.push(ClientConsultation {
                consultation: record_json(&c),
                versions,
            });
        }
        let anonymised = tx.query_row(
            "SELECT count(*) AS n FROM consultation WHERE client_code = '' AND client_key IN
                 (SELECT client_key FROM consultation WHERE client_code = :code)",
            named_params! { ":code": code },
            |r| r.get::<_, i64>("n"),
        )? as u64;
        let viewed = tx
            .prepare(
                "SELECT at, actor FROM audit WHERE kind = 'client' AND action = 'view'
                     AND target = :code ORDER BY id",
            )?
            .query_map(named_params! { ":code": code }, |r| {
                Ok(ClientView {
                    at: r.get("at")?,
                    by: r.get("actor")?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let by = Stamp { actor, at: &now };
        record(&tx, by, Action::View, Kind::Client, code, None, None)?;
        tx.commit()?;
        Ok(ClientData {
            client: code.to_owned(),
            consultations,
            anonymised,
            viewed,
        })
    }

    /// How many consultations an erasure of the code would remove (with the
    /// anonymised ones linked to it).
    pub fn client_erase_plan(&self, code: &str) -> rusqlite::Result<u64> {
        Ok(ids_where(&self.conn, ERASABLE, code, None)?.len() as u64)
    }

    /// Erases a client: their consultations (with versions, topics, referrals
    /// and full-text entries), the anonymised consultations linked to them, and
    /// every audit entry that names them or holds their data. The audit trail
    /// keeps only that an erasure happened, by whom and when. Returns how many
    /// consultations were removed.
    pub fn erase_client(&mut self, code: &str, actor: &str) -> rusqlite::Result<u64> {
        self.forgetting(|store| store.erase_now(code, actor))
    }

    fn erase_now(&mut self, code: &str, actor: &str) -> rusqlite::Result<u64> {
        let now = self.clock.stamp();
        let tx = self.write()?;
        let ids = ids_where(&tx, ERASABLE, code, None)?;
        let words = forget_text(&tx, &ids)?;
        for (id, uid) in &ids {
            tx.execute(
                "DELETE FROM audit WHERE kind = 'consultation' AND target = :uid",
                named_params! { ":uid": uid },
            )?;
            tx.execute(
                "DELETE FROM consultation WHERE id = :id",
                named_params! { ":id": id },
            )?;
        }
        tx.execute(
            "DELETE FROM audit WHERE kind = 'client' AND target = :code",
            named_params! { ":code": code },
        )?;
        // Other consultations once recorded under this code (and corrected
        // since) keep no trace of it in their history; nor do drafts.
        tx.execute(
            "UPDATE consultation_version SET data = json_set(data, '$.client', '')
             WHERE json_extract(data, '$.client') = :code",
            named_params! { ":code": code },
        )?;
        for column in ["before", "after"] {
            tx.execute(
                &format!(
                    "UPDATE audit SET {column} = json_set({column}, '$.client', '')
                     WHERE kind = 'consultation' AND json_extract({column}, '$.client') = :code"
                ),
                named_params! { ":code": code },
            )?;
        }
        tx.execute(
            "DELETE FROM draft WHERE json_extract(data, '$.draft.client') = :code",
            named_params! { ":code": code },
        )?;
        prune_terms(&tx, &words.into_iter().collect::<Vec<_>>())?;
        let summary = serde_json::json!({ "consultations": ids.len() });
        record(
            &tx,
            Stamp { actor, at: &now },
            Action::Erase,
            Kind::Client,
            "",
            None,
            Some(&summary.to_string()),
        )?;
        tx.commit()?;
        Ok(ids.len() as u64)
    }
}

impl Store {
    /// Runs a purge or an erasure so that what it removes is gone from the
    /// file too: freed pages are overwritten with zeros (`secure_delete`), the
    /// full-text index is merged into one segment (which drops the deleted
    /// entries; 3.8 s on a million consultations), and the write-ahead log,
    /// which still holds the old pages, is emptied afterwards when no one is
    /// reading it (else at the next checkpoint).
    fn forgetting<T>(
        &mut self,
        f: impl FnOnce(&mut Self) -> rusqlite::Result<T>,
    ) -> rusqlite::Result<T> {
        self.conn.pragma_update(None, "secure_delete", true)?;
        let result = f(self).and_then(|done| {
            // Deleted full-text entries leave their words in the index's
            // older segments until they are merged: merge them all now.
            let tx = self.write()?;
            tx.execute(
                "INSERT INTO consultation_fts (consultation_fts) VALUES ('optimize')",
                [],
            )?;
            tx.commit()?;
            Ok(done)
        });
        self.conn.pragma_update(None, "secure_delete", false)?;
        if result.is_ok() {
            let _ = self
                .conn
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        }
        result
    }
}

/// A client's consultations and the anonymised ones that share their key.
const ERASABLE: &str = "client_code = :arg OR client_key IN
    (SELECT client_key FROM consultation INDEXED BY consultation_by_client
     WHERE client_code = :arg AND client_key IS NOT NULL)";

fn count(conn: &Connection, day: NaiveDate) -> rusqlite::Result<PurgeCount> {
    conn.query_row(
        &format!(
            "SELECT count(*) AS consultations, count(DISTINCT client_code) AS clients
             FROM consultation WHERE {PURGEABLE}"
        ),
        named_params! { ":arg": format!("{day} 00:00") },
        |r| {
            Ok(PurgeCount {
                consultations: r.get::<_, i64>("consultations")? as u64,
                clients: r.get::<_, i64>("clients")? as u64,
            })
        },
    )
}

/// Row ids and uids of the consultations matching a condition on `:arg`,
/// oldest first (at most `limit`).
fn ids_where(
    conn: &Connection,
    condition: &str,
    arg: &str,
    limit: Option<usize>,
) -> rusqlite::Result<Vec<(i64, String)>> {
    let limit = limit.map_or(-1, |n| n as i64);
    conn.prepare(&format!(
        "SELECT id, uid FROM consultation WHERE {condition} ORDER BY at, id LIMIT {limit}"
    ))?
    .query_map(named_params! { ":arg": arg }, |r| {
        Ok((r.get("id")?, r.get("uid")?))
    })?
    .collect()
}

/// Removes the consultations' full-text entries; returns the words they held.
fn forget_text(conn: &Connection, ids: &[(i64, String)]) -> rusqlite::Result<BTreeSet<String>> {
    let mut words = BTreeSet::new();
    let mut body = conn.prepare("SELECT body FROM consultation_fts WHERE rowid = :id")?;
    let mut delete = conn.prepare("DELETE FROM consultation_fts WHERE rowid = :id")?;
    for (id, _) in ids {
        let text: Option<String> = body
            .query_row(named_params! { ":id": id }, |r| r.get("body"))
            .map(Some)
            .or_else(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => Ok(None),
                e => Err(e),
            })?;
        if let Some(text) = text {
            words.extend(super::consultations::words(&fold(&text)).map(str::to_owned));
        }
        delete.execute(named_params! { ":id": id })?;
    }
    Ok(words)
}

/// Drops from the word list (used to expand typed prefixes) the words no
/// consultation's text holds any more, so no removed word can be found again.
fn prune_terms(conn: &Connection, words: &[String]) -> rusqlite::Result<()> {
    let mut used = conn.prepare(
        "SELECT EXISTS (SELECT 1 FROM consultation_fts WHERE consultation_fts MATCH :word) AS used",
    )?;
    let mut delete = conn.prepare("DELETE FROM consultation_term WHERE term = :word")?;
    for word in words {
        let quoted = format!("\"{}\"", word.replace('"', "\"\""));
        if !used.query_row(named_params! { ":word": quoted }, |r| {
            r.get::<_, bool>("used")
        })? {
            delete.execute(named_params! { ":word": word })?;
        }
    }
    Ok(())
}

fn record_json(c: &Consultation) -> serde_json::Value {
    serde_json::to_value(c.record()).unwrap_or(serde_json::Value::Null)
}
