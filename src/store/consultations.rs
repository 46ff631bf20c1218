//! Consultations: logging, correcting with history, listing, full-text search
//! and follow-ups. Which column holds which field is said once, in `row`.

mod fts;
mod row;

use chrono::{Days, NaiveDate};
use rusqlite::{Connection, Transaction, named_params};
use uuid::Uuid;

use super::Store;
use super::audit::{Stamp, record};
use super::change::{ChangeError, check_version};
use super::columns::{self, uuid_col};
use super::drafts::remove_draft;
use crate::audit::{Action, Kind};
use crate::consultation::{Consultation, NewConsultation};
pub use fts::fts_query;
pub(super) use fts::words;
pub use row::COLUMNS as CONSULTATION_COLUMNS;
use row::COLUMNS;
pub(super) use row::read_one;

/// Which consultations to list; every field narrows the list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConsultationQuery {
    /// From this day on.
    pub from: Option<NaiveDate>,
    /// Up to and including this day.
    pub to: Option<NaiveDate>,
    /// Logged by this staff member.
    pub staff: Option<String>,
    /// With this topic.
    pub topic: Option<String>,
    /// Of this client code.
    pub client: Option<String>,
    /// Full-text words (notes, client code, topic labels); all must match, each
    /// as the beginning of a word, without regard to case or diacritics.
    pub text: Option<String>,
    /// At most this many (newest first); 0 means no limit.
    pub limit: usize,
}

/// How a full-text query walks the index ([`Store::consultations`]).
enum Walk {
    /// Newest entry first, up to the limit.
    Entered,
    /// The matches from this time (`YYYY-MM-DD HH:MM`) on, newest first by time.
    Since(String),
}

/// An earlier version of a corrected consultation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsultationVersion {
    /// Its version number.
    pub version: i64,
    /// Its content as it was (JSON).
    pub data: String,
    /// When it was replaced (RFC 3339 UTC).
    pub replaced_at: String,
    /// Who replaced it.
    pub replaced_by: String,
}

impl Store {
    /// Logs a consultation; returns it as stored.
    pub fn add_consultation(
        &mut self,
        c: &NewConsultation,
        actor: &str,
    ) -> rusqlite::Result<Consultation> {
        self.log_consultation(c, actor, None)
    }

    /// Logs a consultation typed in a form and removes the form's draft (the
    /// actor's draft of `draft_kind`) in the same transaction: either both
    /// happen or neither, so a saved consultation is never offered back as an
    /// unsaved draft, and a failed save keeps the draft.
    pub fn add_consultation_from_draft(
        &mut self,
        c: &NewConsultation,
        actor: &str,
        draft_kind: &str,
    ) -> rusqlite::Result<Consultation> {
        self.log_consultation(c, actor, Some(draft_kind))
    }

    fn log_consultation(
        &mut self,
        c: &NewConsultation,
        actor: &str,
        draft_kind: Option<&str>,
    ) -> rusqlite::Result<Consultation> {
        let now = self.clock.stamp();
        let tx = self.write()?;
        let fields = row::fields(c);
        let uid = Uuid::new_v4().to_string();
        columns::execute(
            &tx,
            &format!(
                "INSERT INTO consultation (uid, staff, created_at, created_by, updated_at,
                     updated_by, client_key, {})
                 VALUES (:uid, :actor, :now, :actor, :now, :actor,
                     (SELECT client_key FROM consultation INDEXED BY consultation_by_client
                      WHERE client_code = :client_code AND client_key IS NOT NULL LIMIT 1),
                     {})",
                columns::names(&fields),
                columns::placeholders(&fields),
            ),
            &fields,
            &[(":uid", &uid), (":actor", &actor), (":now", &now)],
        )?;
        let id = tx.last_insert_rowid();
        write_parts(&tx, id, c)?;
        let stored = read_one(&tx, id)?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
        record(
            &tx,
            Stamp { actor, at: &now },
            Action::Create,
            Kind::Consultation,
            &stored.uid.to_string(),
            None,
            Some(&snapshot(&stored)),
        )?;
        if let Some(kind) = draft_kind {
            remove_draft(&tx, actor, kind)?;
        }
        tx.commit()?;
        Ok(stored)
    }

    /// Corrects a consultation opened at `expected_version`: the previous version
    /// is kept, with who replaced it and when. If someone else saved a change
    /// in between, nothing is written and the conflict says who and when.
    pub fn correct_consultation(
        &mut self,
        id: i64,
        expected_version: i64,
        c: &NewConsultation,
        actor: &str,
    ) -> Result<Consultation, ChangeError> {
        self.correct(id, expected_version, c, actor, None)
    }

    /// Corrects a consultation like [`Store::correct_consultation`] and
    /// removes the form's draft (the actor's draft of `draft_kind`) in the
    /// same transaction; a conflict or an error keeps both as they were.
    pub fn correct_consultation_from_draft(
        &mut self,
        id: i64,
        expected_version: i64,
        c: &NewConsultation,
        actor: &str,
        draft_kind: &str,
    ) -> Result<Consultation, ChangeError> {
        self.correct(id, expected_version, c, actor, Some(draft_kind))
    }

    fn correct(
        &mut self,
        id: i64,
        expected_version: i64,
        c: &NewConsultation,
        actor: &str,
        draft_kind: Option<&str>,
    ) -> Result<Consultation, ChangeError> {
        let Some(current) = self.consultation(id)? else {
            return Err(ChangeError::NotFound);
        };
        if current.client.is_empty() {
            return Err(ChangeError::Anonymised);
        }
        let now = self.clock.stamp();
        let tx = self.write()?;
        // Read again inside the write lock: the version decides.
        let version = check_version(&tx, "consultation", &id, expected_version)?;
        keep_version(&tx, id, version, &current, Stamp { actor, at: &now })?;
        let fields = row::fields(c);
        columns::execute(
            &tx,
            &format!(
                "UPDATE consultation SET {}, updated_at = :now, updated_by = :actor,
                     version = version + 1,
                     -- The key that links a client's purged consultations follows the code.
                     client_key = (SELECT client_key FROM consultation
                                   INDEXED BY consultation_by_client
                                   WHERE client_code = :client_code AND client_key IS NOT NULL
                                   LIMIT 1)
                 WHERE id = :id",
                columns::assignments(&fields),
            ),
            &fields,
            &[(":id", &id), (":actor", &actor), (":now", &now)],
        )?;
        write_parts(&tx, id, c)?;
        let stored = record_change(&tx, id, &current, Stamp { actor, at: &now })?;
        if let Some(kind) = draft_kind {
            remove_draft(&tx, actor, kind)?;
        }
        tx.commit()?;
        Ok(stored)
    }

    /// One consultation by row id.
    pub fn consultation(&self, id: i64) -> rusqlite::Result<Option<Consultation>> {
        read_one(&self.conn, id)
    }

    /// Consultations matching the query, newest first by their time (with
    /// words too: a consultation logged late for an earlier day is listed at
    /// its day, not where it was entered).
    ///
    /// With words and a limit, the full-text index is walked newest entry
    /// first and stops at the limit; the oldest time among those rows bounds
    /// the answer (the limit's newest by time are no older), so a second walk
    /// reads only the matches from that time on, sorted by time. Entries
    /// come mostly in time order, so the second walk is about as short.
    pub fn consultations(&self, q: &ConsultationQuery) -> rusqlite::Result<Vec<Consultation>> {
        let walk = q.text.is_some() && q.limit > 0;
        let mut rows = self.read_consultations(q, walk.then_some(Walk::Entered))?;
        if walk && rows.len() == q.limit {
            let since = rows.iter().map(|c| c.at).min();
            let since = since.map(|at| at.format("%Y-%m-%d %H:%M").to_string());
            rows = self.read_consultations(q, since.map(Walk::Since))?;
        } else if walk {
            // Every match was read: only their order is left.
            rows.sort_by(|a, b| b.at.cmp(&a.at).then(b.id.cmp(&a.id)));
        }
        self.attach_parts(&mut rows)?;
        Ok(rows)
    }

    fn read_consultations(
        &self,
        q: &ConsultationQuery,
        walk: Option<Walk>,
    ) -> rusqlite::Result<Vec<Consultation>> {
        let (sql, args) = self.consultations_sql_walking(q, walk)?;
        let mut stmt = self.conn.prepare(&sql)?;
        let rows: Vec<Consultation> = stmt
            .query_map(
                args.iter()
                    .map(|(n, v)| (*n, v as &dyn rusqlite::ToSql))
                    .collect::<Vec<_>>()
                    .as_slice(),
                row::from_row,
            )?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// The SQL [`Store::consultations`] runs first for a query, with its named
    /// arguments (the benchmark times it and shows its query plan).
    pub fn consultations_sql(
        &self,
        q: &ConsultationQuery,
    ) -> rusqlite::Result<(String, Vec<(&'static str, String)>)> {
        let walk = (q.text.is_some() && q.limit > 0).then_some(Walk::Entered);
        self.consultations_sql_walking(q, walk)
    }

    fn consultations_sql_walking(
        &self,
        q: &ConsultationQuery,
        walk: Option<Walk>,
    ) -> rusqlite::Result<(String, Vec<(&'static str, String)>)> {
        let text = match q.text.as_deref() {
            Some(t) => Some(self.fts_match(t)?).filter(|t| !t.is_empty()),
            None => None,
        };
        let full_text = text.is_some();
        // With text, the full-text index leads: it yields row ids newest first
        // and stops at the limit, instead of building the whole match set.
        let mut sql = match text {
            Some(_) => format!(
                "SELECT {COLUMNS} FROM consultation_fts f JOIN consultation c ON c.id = f.rowid
                 WHERE consultation_fts MATCH :match"
            ),
            None => format!("SELECT {COLUMNS} FROM consultation c WHERE 1 = 1"),
        };
        let mut args: Vec<(&str, String)> = Vec::new();
        if let Some(text) = text {
            args.push((":match", text));
        }
        let mut arg = |sql: &mut String, clause: &str, name: &'static str, value: String| {
            args.push((name, value));
            sql.push_str(clause);
        };
        let mut from = q.from.map(|d| d.to_string());
        if let Some(Walk::Since(since)) = &walk {
            // `YYYY-MM-DD HH:MM` sorts after its own day, so the later bound wins.
            from = from.max(Some(since.clone()));
        }
        let to =
            q.to.and_then(|d| d.checked_add_days(Days::new(1)))
                .map(|d| d.to_string());
        if let Some(from) = &from {
            arg(&mut sql, " AND c.at >= :from", ":from", from.clone());
        }
        if let Some(to) = &to {
            arg(&mut sql, " AND c.at < :to", ":to", to.clone());
        }
        if full_text && (from.is_some() || to.is_some()) {
            // Row ids of the period bound the index walk (a word frequent in
            // other years but rare today would otherwise be walked in full);
            // the `at` conditions above keep the result exact.
            let (lo, hi) = (
                from.unwrap_or_default(),
                to.unwrap_or_else(|| "9999".into()),
            );
            arg(
                &mut sql,
                " AND f.rowid >= (SELECT ifnull(min(id), 0) FROM consultation
                                  WHERE at >= :lo AND at < :hi)
                  AND f.rowid <= (SELECT ifnull(max(id), 0) FROM consultation
                                  WHERE at >= :lo AND at < :hi)",
                ":lo",
                lo,
            );
            arg(&mut sql, "", ":hi", hi);
        }
        if let Some(staff) = &q.staff {
            arg(&mut sql, " AND c.staff = :staff", ":staff", staff.clone());
        }
        if let Some(client) = &q.client {
            let client = client.to_uppercase();
            arg(&mut sql, " AND c.client_code = :client", ":client", client);
        }
        if let Some(topic) = &q.topic {
            arg(
                &mut sql,
                " AND EXISTS (SELECT 1 FROM consultation_topic t
                              WHERE t.consultation_id = c.id AND t.topic_code = :topic)",
                ":topic",
                topic.clone(),
            );
        }
        match walk {
            Some(Walk::Entered) if full_text => sql.push_str(" ORDER BY f.rowid DESC"),
            _ => sql.push_str(" ORDER BY c.at DESC, c.id DESC"),
        }
        if q.limit > 0 {
            sql.push_str(&format!(" LIMIT {}", q.limit));
        }
        Ok((sql, args))
    }

    /// The earlier versions of a consultation, oldest first.
    pub fn consultation_versions(&self, id: i64) -> rusqlite::Result<Vec<ConsultationVersion>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT version, data, replaced_at, replaced_by FROM consultation_version
             WHERE consultation_id = :id ORDER BY version",
        )?;
        stmt.query_map(named_params! { ":id": id }, |r| {
            Ok(ConsultationVersion {
                version: r.get("version")?,
                data: r.get("data")?,
                replaced_at: r.get("replaced_at")?,
                replaced_by: r.get("replaced_by")?,
            })
        })?
        .collect()
    }

    /// Follow-ups due on or before `today` and not done, oldest first (at most
    /// 500: a screenful to work through; `follow_up_count` gives the number).
    pub fn follow_ups_due(&self, today: NaiveDate) -> rusqlite::Result<Vec<Consultation>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM consultation c
             WHERE c.follow_up IS NOT NULL AND c.follow_up_done = 0 AND c.follow_up <= :today
             ORDER BY c.follow_up, c.id LIMIT 500"
        ))?;
        let mut rows: Vec<Consultation> = stmt
            .query_map(named_params! { ":today": today.to_string() }, row::from_row)?
            .collect::<rusqlite::Result<_>>()?;
        self.attach_parts(&mut rows)?;
        Ok(rows)
    }

    /// The number of follow-ups due on or before `today` and not done.
    pub fn follow_up_count(&self, today: NaiveDate) -> rusqlite::Result<usize> {
        self.conn
            .query_row(
                "SELECT count(*) AS due FROM consultation
                 WHERE follow_up IS NOT NULL AND follow_up_done = 0 AND follow_up <= :today",
                named_params! { ":today": today.to_string() },
                |r| r.get::<_, i64>("due"),
            )
            .map(|n| n as usize)
    }

    /// Marks a follow-up done (a change like any other: versioned, attributed).
    /// Marking one that is already done changes nothing.
    pub fn mark_follow_up_done(&mut self, id: i64, actor: &str) -> Result<(), ChangeError> {
        // The snapshot is read before the write lock; if a correction lands in
        // between, read again rather than record a stale version.
        for _ in 0..3 {
            let current = self.consultation(id)?.ok_or(ChangeError::NotFound)?;
            if current.follow_up_done {
                return Ok(());
            }
            let now = self.clock.stamp();
            let tx = self.write()?;
            let version: i64 = tx.query_row(
                "SELECT version FROM consultation WHERE id = :id",
                named_params! { ":id": id },
                |r| r.get("version"),
            )?;
            if version != current.version {
                continue;
            }
            keep_version(
                &tx,
                id,
                current.version,
                &current,
                Stamp { actor, at: &now },
            )?;
            tx.execute(
                "UPDATE consultation SET follow_up_done = 1, updated_at = :now,
                     updated_by = :actor, version = version + 1 WHERE id = :id",
                named_params! { ":id": id, ":now": now, ":actor": actor },
            )?;
            record_change(&tx, id, &current, Stamp { actor, at: &now })?;
            tx.commit()?;
            return Ok(());
        }
        Err(ChangeError::Sqlite(rusqlite::Error::QueryReturnedNoRows))
    }

    /// True when some consultation already uses the client code.
    pub fn client_code_exists(&self, code: &str) -> rusqlite::Result<bool> {
        self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM consultation WHERE client_code = :code) AS found",
            named_params! { ":code": code },
            |r| r.get("found"),
        )
    }

    /// Adds topics and referrals to consultations read from their rows, with
    /// one query for each over the whole page.
    fn attach_parts(&self, rows: &mut [Consultation]) -> rusqlite::Result<()> {
        if rows.is_empty() {
            return Ok(());
        }
        let ids = rows
            .iter()
            .map(|c| c.id.to_string())
            .collect::<Vec<_>>()
            .join(",");
        let at: std::collections::HashMap<i64, usize> =
            rows.iter().enumerate().map(|(i, c)| (c.id, i)).collect();
        let mut stmt = self.conn.prepare(&format!(
            "SELECT ct.consultation_id, ct.topic_code FROM consultation_topic ct
             JOIN topic t ON t.code = ct.topic_code
             WHERE ct.consultation_id IN ({ids}) ORDER BY ct.consultation_id, t.position"
        ))?;
        let mut topics = stmt.query([])?;
        while let Some(r) = topics.next()? {
            if let Some(&i) = at.get(&r.get::<_, i64>("consultation_id")?) {
                rows[i].topics.push(r.get("topic_code")?);
            }
        }
        let mut stmt = self.conn.prepare(&format!(
            "SELECT consultation_id, service_id FROM consultation_referral
             WHERE consultation_id IN ({ids}) ORDER BY consultation_id, service_id"
        ))?;
        let mut referrals = stmt.query([])?;
        while let Some(r) = referrals.next()? {
            if let Some(&i) = at.get(&r.get::<_, i64>("consultation_id")?) {
                rows[i].referrals.push(uuid_col(r, "service_id")?);
            }
        }
        Ok(())
    }
}

/// Writes one consultation's row as given — row id, uid, who logged it, its
/// follow-up state, its time of creation — inside the caller's transaction,
/// without topics, referrals, full-text entry or audit entry: for loading
/// generated data (the benchmark's million rows), which writes those in bulk.
/// The columns are the ones [`Store::add_consultation`] writes.
pub fn load_consultation_row(
    conn: &Connection,
    id: i64,
    uid: Uuid,
    staff: &str,
    c: &NewConsultation,
    follow_up_done: bool,
    created: &str,
) -> rusqlite::Result<()> {
    let fields = row::fields(c);
    columns::execute(
        conn,
        &format!(
            "INSERT INTO consultation (id, uid, staff, follow_up_done, version, created_at,
                 created_by, updated_at, updated_by, {})
             VALUES (:id, :uid, :staff, :done, 1, :created, :staff, :created, :staff, {})",
            columns::names(&fields),
            columns::placeholders(&fields),
        ),
        &fields,
        &[
            (":id", &id),
            (":uid", &uid.to_string()),
            (":staff", &staff),
            (":done", &follow_up_done),
            (":created", &created),
        ],
    )?;
    Ok(())
}

/// Records a change of a consultation in the audit trail (it as it was, and
/// as it is now in this transaction); returns it as it is now.
fn record_change(
    tx: &Connection,
    id: i64,
    before: &Consultation,
    by: Stamp<'_>,
) -> Result<Consultation, ChangeError> {
    let stored = read_one(tx, id)?.ok_or(ChangeError::NotFound)?;
    record(
        tx,
        by,
        Action::Change,
        Kind::Consultation,
        &stored.uid.to_string(),
        Some(&snapshot(before)),
        Some(&snapshot(&stored)),
    )?;
    Ok(stored)
}

/// Replaces topics, referrals and the full-text entry of a consultation.
fn write_parts(tx: &Transaction<'_>, id: i64, c: &NewConsultation) -> rusqlite::Result<()> {
    let by_id = named_params! { ":id": id };
    tx.execute(
        "DELETE FROM consultation_topic WHERE consultation_id = :id",
        by_id,
    )?;
    tx.execute(
        "DELETE FROM consultation_referral WHERE consultation_id = :id",
        by_id,
    )?;
    for t in &c.topics {
        tx.prepare_cached(
            "INSERT INTO consultation_topic (consultation_id, topic_code) VALUES (:id, :topic)",
        )?
        .execute(named_params! { ":id": id, ":topic": t })?;
    }
    for s in &c.referrals {
        tx.prepare_cached(
            "INSERT INTO consultation_referral (consultation_id, service_id)
             VALUES (:id, :service)",
        )?
        .execute(named_params! { ":id": id, ":service": s.to_string() })?;
    }
    fts::index(tx, id, c)
}

/// Keeps a consultation as it was before a change, with who replaced it and when.
fn keep_version(
    tx: &Connection,
    id: i64,
    version: i64,
    before: &Consultation,
    by: Stamp<'_>,
) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO consultation_version (consultation_id, version, data, replaced_at, replaced_by)
         VALUES (:id, :version, :data, :at, :by)",
        named_params! {
            ":id": id,
            ":version": version,
            ":data": snapshot(before),
            ":at": by.at,
            ":by": by.actor,
        },
    )?;
    Ok(())
}

/// The stored fields, as kept in the version history.
fn snapshot(c: &Consultation) -> String {
    serde_json::to_string(&c.record()).unwrap_or_default()
}
