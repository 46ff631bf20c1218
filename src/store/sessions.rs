//! The timetable's support sessions and their cancelled occurrences.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};
use uuid::Uuid;

use super::Store;
use super::audit::{Stamp, audited, session_snapshot};
use super::change::{ChangeError, check_version};
use super::columns::{date_col, days_from_db, days_to_db, time_col, uuid_col};
use crate::audit::Kind;
use crate::model::{Cancellation, Localized, Session, SessionMode, SessionWhen};

impl Store {
    /// Every session with its cancellations, by title.
    pub fn sessions(&self) -> rusqlite::Result<Vec<Session>> {
        let mut cancellations: HashMap<String, Vec<Cancellation>> = HashMap::new();
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT session_id, date, reason FROM session_cancellation ORDER BY session_id, date",
            )?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                if let Some(date) = date_col(r, 1)? {
                    cancellations
                        .entry(r.get(0)?)
                        .or_default()
                        .push(Cancellation {
                            date,
                            reason: r.get(2)?,
                        });
                }
            }
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, title, title_en, audience, audience_en, theme, theme_en, organiser, mode,
                    place, link, contact, days, date, starts, ends, valid_from, valid_until
             FROM session ORDER BY title, id",
        )?;
        let rows = stmt.query_map([], |r| {
            let id: String = r.get(0)?;
            let mut session = session_from_row(r)?;
            session.cancellations = cancellations.remove(&id).unwrap_or_default();
            Ok(session)
        })?;
        rows.collect()
    }

    /// Adds or replaces sessions by id, in one transaction.
    pub fn put_sessions(&mut self, sessions: &[Session], actor: &str) -> rusqlite::Result<()> {
        let now = self.clock.stamp();
        let tx = self.write()?;
        for s in sessions {
            upsert_session(&tx, s, true, actor, &now)?;
        }
        tx.commit()
    }

    /// Saves a session from the form. `expected` is its version when the form
    /// was opened (none for a new session): if someone saved it since, nothing
    /// is written and the conflict says who and when.
    pub fn save_session(
        &mut self,
        session: &Session,
        expected: Option<i64>,
        actor: &str,
    ) -> Result<(), ChangeError> {
        let now = self.clock.stamp();
        let tx = self.write()?;
        if let Some(expected) = expected {
            check_version(&tx, "session", &session.id.to_string(), expected)?;
        }
        // Cancelled dates are kept as stored: they are changed one by one on
        // the timetable, not by the form (whose copy may be older).
        upsert_session(&tx, session, false, actor, &now)?;
        tx.commit()?;
        Ok(())
    }

    /// A session's version (grows by one with each change), if it exists.
    pub fn session_version(&self, id: Uuid) -> rusqlite::Result<Option<i64>> {
        self.conn
            .query_row(
                "SELECT version FROM session WHERE id = ?1",
                [id.to_string()],
                |r| r.get(0),
            )
            .optional()
    }

    /// Cancels one occurrence of a session (replacing the reason if it was
    /// cancelled already), recording who and when on the session.
    pub fn cancel_occurrence(
        &mut self,
        session: Uuid,
        date: NaiveDate,
        reason: &str,
        actor: &str,
    ) -> rusqlite::Result<()> {
        let now = self.clock.stamp();
        let tx = self.write()?;
        let id = session.to_string();
        let by = Stamp { actor, at: &now };
        audited(&tx, by, Kind::Session, &id, session_snapshot, |tx| {
            tx.execute(
                "INSERT INTO session_cancellation (session_id, date, reason) VALUES (?1, ?2, ?3)
                 ON CONFLICT (session_id, date) DO UPDATE SET reason = ?3",
                params![id, date.to_string(), reason],
            )?;
            touch_session(tx, session, by)
        })?;
        tx.commit()
    }

    /// Restores a cancelled occurrence.
    pub fn restore_occurrence(
        &mut self,
        session: Uuid,
        date: NaiveDate,
        actor: &str,
    ) -> rusqlite::Result<()> {
        let now = self.clock.stamp();
        let tx = self.write()?;
        let id = session.to_string();
        let by = Stamp { actor, at: &now };
        audited(&tx, by, Kind::Session, &id, session_snapshot, |tx| {
            tx.execute(
                "DELETE FROM session_cancellation WHERE session_id = ?1 AND date = ?2",
                params![id, date.to_string()],
            )?;
            touch_session(tx, session, by)
        })?;
        tx.commit()
    }

    /// The number of sessions in the timetable.
    pub fn session_count(&self) -> rusqlite::Result<usize> {
        self.conn
            .query_row("SELECT count(*) FROM session", [], |r| r.get::<_, i64>(0))
            .map(|n| n as usize)
    }
}

/// Writes one session (added or replaced by id), with its cancelled dates if
/// `cancellations`, recorded in the audit trail.
fn upsert_session(
    tx: &rusqlite::Transaction<'_>,
    s: &Session,
    cancellations: bool,
    actor: &str,
    now: &str,
) -> rusqlite::Result<()> {
    let id = s.id.to_string();
    let (days, date, starts, ends, from, until) = match &s.when {
        SessionWhen::Weekly {
            days,
            starts,
            ends,
            valid_from,
            valid_until,
        } => (
            Some(days_to_db(days)),
            None,
            *starts,
            Some(*ends),
            Some(valid_from.to_string()),
            valid_until.map(|d| d.to_string()),
        ),
        SessionWhen::Once { date, starts, ends } => {
            (None, Some(date.to_string()), *starts, *ends, None, None)
        }
    };
    let by = Stamp { actor, at: now };
    audited(tx, by, Kind::Session, &id, session_snapshot, |tx| {
        tx.execute(
            "INSERT INTO session (id, title, title_en, audience, audience_en, theme, theme_en,
             organiser, mode, place, link, contact, days, date, starts, ends, valid_from,
             valid_until, created_at, created_by, updated_at, updated_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
             ?17, ?18, ?19, ?20, ?19, ?20)
         ON CONFLICT (id) DO UPDATE SET title = ?2, title_en = ?3, audience = ?4,
             audience_en = ?5, theme = ?6, theme_en = ?7, organiser = ?8, mode = ?9,
             place = ?10, link = ?11, contact = ?12, days = ?13, date = ?14, starts = ?15,
             ends = ?16, valid_from = ?17, valid_until = ?18, updated_at = ?19,
             updated_by = ?20, version = version + 1",
            params![
                id,
                s.title.text,
                s.title.en,
                s.audience.text,
                s.audience.en,
                s.theme.text,
                s.theme.en,
                s.organiser,
                s.mode.as_str(),
                s.place,
                s.link,
                s.contact,
                days,
                date,
                starts.format("%H:%M").to_string(),
                ends.map(|t| t.format("%H:%M").to_string()),
                from,
                until,
                now,
                actor
            ],
        )?;
        if !cancellations {
            return Ok(());
        }
        tx.execute(
            "DELETE FROM session_cancellation WHERE session_id = ?1",
            [&id],
        )?;
        for c in &s.cancellations {
            tx.execute(
                "INSERT INTO session_cancellation (session_id, date, reason) VALUES (?1, ?2, ?3)",
                params![id, c.date.to_string(), c.reason],
            )?;
        }
        Ok(())
    })?;
    Ok(())
}

/// Records a change to a session: who, when, and one more version.
fn touch_session(tx: &rusqlite::Connection, session: Uuid, by: Stamp<'_>) -> rusqlite::Result<()> {
    tx.execute(
        "UPDATE session SET updated_at = ?2, updated_by = ?3, version = version + 1 WHERE id = ?1",
        params![session.to_string(), by.at, by.actor],
    )?;
    Ok(())
}

fn session_from_row(r: &Row<'_>) -> rusqlite::Result<Session> {
    let loc = |at: usize| -> rusqlite::Result<Localized> {
        Ok(Localized {
            text: r.get(at)?,
            en: r.get(at + 1)?,
        })
    };
    let starts = time_col(r, 14)?;
    let ends = match r.get::<_, Option<String>>(15)? {
        Some(_) => Some(time_col(r, 15)?),
        None => None,
    };
    let when = match (r.get::<_, Option<String>>(12)?, date_col(r, 13)?) {
        (Some(days), _) => SessionWhen::Weekly {
            days: days_from_db(&days),
            starts,
            ends: ends.unwrap_or(starts),
            valid_from: date_col(r, 16)?.unwrap_or_default(),
            valid_until: date_col(r, 17)?,
        },
        (None, date) => SessionWhen::Once {
            date: date.unwrap_or_default(),
            starts,
            ends,
        },
    };
    Ok(Session {
        id: uuid_col(r, 0)?,
        title: loc(1)?,
        audience: loc(3)?,
        theme: loc(5)?,
        organiser: r.get(7)?,
        mode: SessionMode::parse(&r.get::<_, String>(8)?).unwrap_or(SessionMode::Online),
        place: r.get(9)?,
        link: r.get(10)?,
        contact: r.get(11)?,
        when,
        cancellations: Vec::new(),
    })
}
