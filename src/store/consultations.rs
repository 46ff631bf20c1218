//! Consultations: logging, correcting with history, listing, full-text search,
//! follow-ups, and the drafts of open forms.

use chrono::{Days, NaiveDate, NaiveDateTime};
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params, params_from_iter};
use uuid::Uuid;

use super::Store;
use super::audit::{Stamp, record};
use super::change::{ChangeError, check_version};
use super::columns::{date_col, uuid_col};
use crate::audit::{Action, Kind};
use crate::consultation::{AgeBand, Channel, Consultation, Gender, NewConsultation};
use crate::text::search_fold;

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

const COLUMNS: &str = "c.id, c.uid, c.at, c.staff, c.client_code, c.country, c.language, c.county,
    c.gender, c.age_band, c.channel, c.minutes, c.follow_up, c.follow_up_done, c.notes,
    c.version, c.updated_at, c.updated_by";

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
        tx.execute(
            "INSERT INTO consultation (uid, at, staff, client_code, country, language, county,
                 gender, age_band, channel, minutes, follow_up, notes,
                 created_at, created_by, updated_at, updated_by, client_key)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?3, ?14, ?3,
                 (SELECT client_key FROM consultation INDEXED BY consultation_by_client
                  WHERE client_code = ?4 AND client_key IS NOT NULL LIMIT 1))",
            params![
                Uuid::new_v4().to_string(),
                c.at.format("%Y-%m-%d %H:%M").to_string(),
                actor,
                c.client,
                c.country,
                c.language,
                c.county,
                c.gender.code(),
                c.age_band.code(),
                c.channel.code(),
                c.minutes,
                c.follow_up.map(|d| d.to_string()),
                c.notes,
                now,
            ],
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
        tx.execute(
            "INSERT INTO consultation_version (consultation_id, version, data, replaced_at, replaced_by)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![id, version, snapshot(&current), now, actor],
        )?;
        tx.execute(
            "UPDATE consultation SET at = ?2, client_code = ?3, country = ?4, language = ?5,
                 county = ?6, gender = ?7, age_band = ?8, channel = ?9, minutes = ?10,
                 follow_up = ?11, notes = ?12, updated_at = ?13, updated_by = ?14,
                 version = version + 1,
                 -- The key that links a client's purged consultations follows the code.
                 client_key = (SELECT client_key FROM consultation
                               INDEXED BY consultation_by_client
                               WHERE client_code = ?3 AND client_key IS NOT NULL LIMIT 1)
             WHERE id = ?1",
            params![
                id,
                c.at.format("%Y-%m-%d %H:%M").to_string(),
                c.client,
                c.country,
                c.language,
                c.county,
                c.gender.code(),
                c.age_band.code(),
                c.channel.code(),
                c.minutes,
                c.follow_up.map(|d| d.to_string()),
                c.notes,
                now,
                actor,
            ],
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

    /// Consultations matching the query, newest first.
    pub fn consultations(&self, q: &ConsultationQuery) -> rusqlite::Result<Vec<Consultation>> {
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
                 WHERE consultation_fts MATCH ?1"
            ),
            None => format!("SELECT {COLUMNS} FROM consultation c WHERE 1 = 1"),
        };
        let mut args: Vec<String> = text.into_iter().collect();
        let mut arg = |sql: &mut String, clause: &str, value: String| {
            args.push(value);
            sql.push_str(&clause.replace('?', &format!("?{}", args.len())));
        };
        let from = q.from.map(|d| d.to_string());
        let to =
            q.to.and_then(|d| d.checked_add_days(Days::new(1)))
                .map(|d| d.to_string());
        if let Some(from) = &from {
            arg(&mut sql, " AND c.at >= ?", from.clone());
        }
        if let Some(to) = &to {
            arg(&mut sql, " AND c.at < ?", to.clone());
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
                " AND f.rowid >= (SELECT ifnull(min(id), 0) FROM consultation WHERE at >= ?",
                lo.clone(),
            );
            arg(&mut sql, " AND at < ?)", hi.clone());
            arg(
                &mut sql,
                " AND f.rowid <= (SELECT ifnull(max(id), 0) FROM consultation WHERE at >= ?",
                lo,
            );
            arg(&mut sql, " AND at < ?)", hi);
        }
        if let Some(staff) = &q.staff {
            arg(&mut sql, " AND c.staff = ?", staff.clone());
        }
        if let Some(client) = &q.client {
            arg(&mut sql, " AND c.client_code = ?", client.to_uppercase());
        }
        if let Some(topic) = &q.topic {
            arg(
                &mut sql,
                " AND EXISTS (SELECT 1 FROM consultation_topic t
                              WHERE t.consultation_id = c.id AND t.topic_code = ?)",
                topic.clone(),
            );
        }
        if full_text {
            sql.push_str(" ORDER BY f.rowid DESC");
        } else {
            sql.push_str(" ORDER BY c.at DESC, c.id DESC");
        }
        if q.limit > 0 {
            sql.push_str(&format!(" LIMIT {}", q.limit));
        }
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows: Vec<Consultation> = stmt
            .query_map(params_from_iter(args.iter()), consultation_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        self.attach_parts(&mut rows)?;
        Ok(rows)
    }

    /// The FTS5 query for what the user typed: like [`fts_query`], but a word of
    /// four or more letters becomes the exact indexed words it begins (when
    /// there are few), which FTS5 can walk newest first and stop early.
    fn fts_match(&self, text: &str) -> rusqlite::Result<String> {
        let plain = fts_query(text);
        let mut parts = Vec::new();
        for part in plain.split(" AND ") {
            let word = part.trim_matches(|c| c == '"' || c == '*');
            if word.chars().count() < EXPAND_FROM {
                parts.push(part.to_owned());
                continue;
            }
            let mut stmt = self.conn.prepare_cached(
                "SELECT term FROM consultation_term WHERE term >= ?1 AND term < ?2 LIMIT ?3",
            )?;
            let terms: Vec<String> = stmt
                .query_map(
                    params![word, successor(word), (EXPAND_AT_MOST + 1) as i64],
                    |r| r.get(0),
                )?
                .collect::<rusqlite::Result<_>>()?;
            if terms.is_empty() || terms.len() > EXPAND_AT_MOST {
                parts.push(part.to_owned());
            } else {
                let alternatives: Vec<String> = terms.iter().map(|t| format!("\"{t}\"")).collect();
                parts.push(format!("({})", alternatives.join(" OR ")));
            }
        }
        Ok(parts.join(" AND "))
    }

    /// The earlier versions of a consultation, oldest first.
    pub fn consultation_versions(&self, id: i64) -> rusqlite::Result<Vec<ConsultationVersion>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT version, data, replaced_at, replaced_by FROM consultation_version
             WHERE consultation_id = ?1 ORDER BY version",
        )?;
        stmt.query_map([id], |r| {
            Ok(ConsultationVersion {
                version: r.get(0)?,
                data: r.get(1)?,
                replaced_at: r.get(2)?,
                replaced_by: r.get(3)?,
            })
        })?
        .collect()
    }

    /// Follow-ups due on or before `today` and not done, oldest first (at most
    /// 500: a screenful to work through; `follow_up_count` gives the number).
    pub fn follow_ups_due(&self, today: NaiveDate) -> rusqlite::Result<Vec<Consultation>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM consultation c
             WHERE c.follow_up IS NOT NULL AND c.follow_up_done = 0 AND c.follow_up <= ?1
             ORDER BY c.follow_up, c.id LIMIT 500"
        ))?;
        let mut rows: Vec<Consultation> = stmt
            .query_map([today.to_string()], consultation_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        self.attach_parts(&mut rows)?;
        Ok(rows)
    }

    /// The number of follow-ups due on or before `today` and not done.
    pub fn follow_up_count(&self, today: NaiveDate) -> rusqlite::Result<usize> {
        self.conn
            .query_row(
                "SELECT count(*) FROM consultation
                 WHERE follow_up IS NOT NULL AND follow_up_done = 0 AND follow_up <= ?1",
                [today.to_string()],
                |r| r.get::<_, i64>(0),
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
                "SELECT version FROM consultation WHERE id = ?1",
                [id],
                |r| r.get(0),
            )?;
            if version != current.version {
                continue;
            }
            tx.execute(
                "INSERT INTO consultation_version (consultation_id, version, data, replaced_at, replaced_by)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id, current.version, snapshot(&current), now, actor],
            )?;
            tx.execute(
                "UPDATE consultation SET follow_up_done = 1, updated_at = ?2, updated_by = ?3,
                     version = version + 1 WHERE id = ?1",
                params![id, now, actor],
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
            "SELECT EXISTS (SELECT 1 FROM consultation WHERE client_code = ?1)",
            [code],
            |r| r.get(0),
        )
    }

    /// Saves (replaces) a staff member's draft of one kind of form.
    pub fn save_draft(&mut self, staff: &str, kind: &str, data: &str) -> rusqlite::Result<()> {
        let now = self.clock.stamp();
        let tx = self.write()?;
        tx.execute(
            "INSERT INTO draft (staff, kind, data, saved_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (staff, kind) DO UPDATE SET data = ?3, saved_at = ?4",
            params![staff, kind, data, now],
        )?;
        tx.commit()
    }

    /// A staff member's draft of one kind of form, with when it was saved.
    pub fn draft(&self, staff: &str, kind: &str) -> rusqlite::Result<Option<(String, String)>> {
        self.conn
            .query_row(
                "SELECT data, saved_at FROM draft WHERE staff = ?1 AND kind = ?2",
                [staff, kind],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
    }

    /// Removes a draft (after discarding the form; a save removes it in its
    /// own transaction, see [`Store::add_consultation_from_draft`]).
    pub fn delete_draft(&mut self, staff: &str, kind: &str) -> rusqlite::Result<()> {
        let tx = self.write()?;
        remove_draft(&tx, staff, kind)?;
        tx.commit()
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
            if let Some(&i) = at.get(&r.get::<_, i64>(0)?) {
                rows[i].topics.push(r.get(1)?);
            }
        }
        let mut stmt = self.conn.prepare(&format!(
            "SELECT consultation_id, service_id FROM consultation_referral
             WHERE consultation_id IN ({ids}) ORDER BY consultation_id, service_id"
        ))?;
        let mut referrals = stmt.query([])?;
        while let Some(r) = referrals.next()? {
            if let Some(&i) = at.get(&r.get::<_, i64>(0)?) {
                rows[i].referrals.push(uuid_col(r, 1)?);
            }
        }
        Ok(())
    }
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

/// One consultation by row id, with its topics and referrals.
pub(super) fn read_one(conn: &Connection, id: i64) -> rusqlite::Result<Option<Consultation>> {
    let found = conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM consultation c WHERE c.id = ?1"),
            [id],
            consultation_from_row,
        )
        .optional()?;
    found.map(|c| with_parts(conn, c)).transpose()
}

/// Adds topics and referrals to a consultation read from its row.
fn with_parts(conn: &Connection, mut c: Consultation) -> rusqlite::Result<Consultation> {
    let mut stmt = conn.prepare_cached(
        "SELECT ct.topic_code FROM consultation_topic ct JOIN topic t ON t.code = ct.topic_code
             WHERE ct.consultation_id = ?1 ORDER BY t.position",
    )?;
    c.topics = stmt
        .query_map([c.id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn.prepare_cached(
            "SELECT service_id FROM consultation_referral WHERE consultation_id = ?1 ORDER BY service_id",
        )?;
    c.referrals = stmt
        .query_map([c.id], |r| uuid_col(r, 0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(c)
}

/// Replaces topics, referrals and the full-text entry of a consultation.
fn write_parts(tx: &Transaction<'_>, id: i64, c: &NewConsultation) -> rusqlite::Result<()> {
    tx.execute(
        "DELETE FROM consultation_topic WHERE consultation_id = ?1",
        [id],
    )?;
    tx.execute(
        "DELETE FROM consultation_referral WHERE consultation_id = ?1",
        [id],
    )?;
    for t in &c.topics {
        tx.prepare_cached(
            "INSERT INTO consultation_topic (consultation_id, topic_code) VALUES (?1, ?2)",
        )?
        .execute(params![id, t])?;
    }
    for s in &c.referrals {
        tx.prepare_cached(
            "INSERT INTO consultation_referral (consultation_id, service_id) VALUES (?1, ?2)",
        )?
        .execute(params![id, s.to_string()])?;
    }
    let mut labels = Vec::new();
    {
        let mut stmt = tx.prepare_cached("SELECT label_pl, label_en FROM topic WHERE code = ?1")?;
        for t in &c.topics {
            if let Some((pl, en)) = stmt
                .query_row([t], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
                })
                .optional()?
            {
                labels.push(pl);
                labels.push(en);
            }
        }
    }
    let body = search_fold(&format!("{} {} {}", c.notes, c.client, labels.join(" ")));
    tx.execute("DELETE FROM consultation_fts WHERE rowid = ?1", [id])?;
    tx.execute(
        "INSERT INTO consultation_fts (rowid, body) VALUES (?1, ?2)",
        params![id, body],
    )?;
    let mut term =
        tx.prepare_cached("INSERT OR IGNORE INTO consultation_term (term) VALUES (?1)")?;
    for word in words(&body) {
        term.execute([word])?;
    }
    Ok(())
}

fn remove_draft(tx: &Transaction<'_>, staff: &str, kind: &str) -> rusqlite::Result<()> {
    tx.execute(
        "DELETE FROM draft WHERE staff = ?1 AND kind = ?2",
        [staff, kind],
    )?;
    Ok(())
}

/// The words of folded text as the full-text tokenizer (unicode61) sees them.
pub(super) fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Prefixes at least this long are expanded into the words they match.
const EXPAND_FROM: usize = 4;
/// More matching words than this: the prefix query is used as it is.
const EXPAND_AT_MOST: usize = 50;

/// A query for FTS5 from what the user typed: each word normalised and folded
/// like the indexed text, quoted (so no FTS syntax gets through) and matched
/// as a word beginning; all words must match.
pub fn fts_query(text: &str) -> String {
    let folded = search_fold(text);
    let words: Vec<&str> = words(&folded).collect();
    // A one-letter word (the `K` of `K-RUXUDH`) matches nearly every row and
    // adds nothing next to longer words.
    let longest = words.iter().map(|w| w.chars().count()).max().unwrap_or(0);
    words
        .iter()
        .filter(|w| longest == 1 || w.chars().count() > 1)
        .map(|w| format!("\"{w}\"*"))
        .collect::<Vec<_>>()
        .join(" AND ")
}

/// The smallest string greater than every string starting with `prefix`.
fn successor(prefix: &str) -> String {
    let mut chars: Vec<char> = prefix.chars().collect();
    while let Some(last) = chars.pop() {
        if let Some(next) = char::from_u32(last as u32 + 1) {
            chars.push(next);
            return chars.into_iter().collect();
        }
    }
    String::from(char::MAX)
}

/// The stored fields, as kept in the version history.
fn snapshot(c: &Consultation) -> String {
    serde_json::to_string(&c.record()).unwrap_or_default()
}

fn consultation_from_row(r: &Row<'_>) -> rusqlite::Result<Consultation> {
    let bad = |at: usize, what: &str| {
        rusqlite::Error::FromSqlConversionFailure(
            at,
            rusqlite::types::Type::Text,
            format!("unknown {what}").into(),
        )
    };
    let at: String = r.get(2)?;
    Ok(Consultation {
        id: r.get(0)?,
        uid: uuid_col(r, 1)?,
        at: NaiveDateTime::parse_from_str(&at, "%Y-%m-%d %H:%M").map_err(|_| bad(2, "time"))?,
        staff: r.get(3)?,
        client: r.get(4)?,
        topics: Vec::new(),
        referrals: Vec::new(),
        country: r.get(5)?,
        language: r.get(6)?,
        county: r.get(7)?,
        gender: Gender::parse(&r.get::<_, String>(8)?).ok_or_else(|| bad(8, "gender"))?,
        age_band: AgeBand::parse(&r.get::<_, String>(9)?).ok_or_else(|| bad(9, "age band"))?,
        channel: Channel::parse(&r.get::<_, String>(10)?).ok_or_else(|| bad(10, "channel"))?,
        minutes: r.get(11)?,
        follow_up: date_col(r, 12)?,
        follow_up_done: r.get(13)?,
        notes: r.get(14)?,
        version: r.get(15)?,
        updated_at: r.get(16)?,
        updated_by: r.get(17)?,
    })
}
