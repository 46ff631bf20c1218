//! The timetable's support sessions and their cancelled occurrences.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{OptionalExtension, Row, named_params};
use uuid::Uuid;

use super::Store;
use super::audit::{Stamp, audited, session_snapshot};
use super::change::{ChangeError, check_version};
use super::columns::{self, date_col, days_from_db, days_to_db, time_col, uuid_col};
use crate::audit::Kind;
use crate::model::{
    Cancellation, Localized, Revision, Revisions, Session, SessionMode, SessionWhen,
};

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
                if let Some(date) = date_col(r, "date")? {
                    cancellations
                        .entry(r.get("session_id")?)
                        .or_default()
                        .push(Cancellation {
                            date,
                            reason: r.get("reason")?,
                        });
                }
            }
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, title, title_en, audience, audience_en, theme, theme_en, organiser, organiser_en, mode,
                    place, link, contact, days, date, starts, ends, valid_from, valid_until
             FROM session ORDER BY title, id",
        )?;
        let rows = stmt.query_map([], |r| {
            let id: String = r.get("id")?;
            let mut session = session_from_row(r)?;
            session.cancellations = cancellations.remove(&id).unwrap_or_default();
            Ok(session)
        })?;
        let mut sessions: Vec<Session> = rows.collect::<rusqlite::Result<_>>()?;
        super::translations::attach_sessions(&self.conn, &mut sessions)?;
        Ok(sessions)
    }

    /// Adds or replaces sessions by id, in one transaction.
    pub fn put_sessions(&mut self, sessions: &[Session], actor: &str) -> rusqlite::Result<()> {
        let now = self.clock.stamp();
        let tx = self.write()?;
        for s in sessions {
            upsert_session(&tx, s, true, actor, &now)?;
            super::translations::write_session(&tx, s)?;
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
        let today = self.clock.today().to_string();
        let tx = self.write()?;
        if let Some(expected) = expected {
            check_version(&tx, "session", &session.id.to_string(), expected)?;
        }
        // Cancelled dates are kept as stored: they are changed one by one on
        // the timetable, not by the form (whose copy may be older).
        upsert_session(&tx, session, false, actor, &now)?;
        // Saved from the form: its information was checked today.
        tx.execute(
            "UPDATE session SET last_verified = :today WHERE id = :id",
            named_params! { ":id": session.id.to_string(), ":today": today },
        )?;
        tx.commit()?;
        Ok(())
    }

    /// When each session's information was last checked (sessions never
    /// checked are not listed).
    pub fn sessions_verified(&self) -> rusqlite::Result<HashMap<Uuid, NaiveDate>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, last_verified FROM session WHERE last_verified IS NOT NULL",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((uuid_col(r, "id")?, date_col(r, "last_verified")?))
        })?;
        let mut verified = HashMap::new();
        for row in rows {
            if let (id, Some(day)) = row? {
                verified.insert(id, day);
            }
        }
        Ok(verified)
    }

    /// Ends a weekly series on `until` (its last day), recorded in the audit
    /// trail like any change to a session. Refused, changing nothing, for a
    /// session that happens once or a day before the series starts.
    pub fn end_series(
        &mut self,
        session: Uuid,
        until: NaiveDate,
        actor: &str,
    ) -> Result<(), EndSeriesError> {
        let now = self.clock.stamp();
        let tx = self.write()?;
        let id = session.to_string();
        let from: Option<Option<String>> = tx
            .query_row(
                "SELECT valid_from FROM session WHERE id = :id AND days IS NOT NULL",
                named_params! { ":id": id },
                |r| r.get("valid_from"),
            )
            .optional()?;
        let Some(from) = from else {
            return Err(EndSeriesError::NotASeries);
        };
        let from = from.and_then(|f| f.parse::<NaiveDate>().ok());
        if let Some(from) = from.filter(|f| until < *f) {
            return Err(EndSeriesError::BeforeStart(from));
        }
        let by = Stamp { actor, at: &now };
        audited(&tx, by, Kind::Session, &id, session_snapshot, |tx| {
            tx.execute(
                "UPDATE session SET valid_until = :until WHERE id = :id",
                named_params! { ":id": id, ":until": until.to_string() },
            )?;
            touch_session(tx, session, by)
        })?;
        tx.commit()?;
        Ok(())
    }

    /// A session's version (grows by one with each change), if it exists.
    pub fn session_version(&self, id: Uuid) -> rusqlite::Result<Option<i64>> {
        self.conn
            .query_row(
                "SELECT version FROM session WHERE id = :id",
                named_params! { ":id": id.to_string() },
                |r| r.get("version"),
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
                "INSERT INTO session_cancellation (session_id, date, reason)
                 VALUES (:id, :date, :reason)
                 ON CONFLICT (session_id, date) DO UPDATE SET reason = :reason",
                named_params! { ":id": id, ":date": date.to_string(), ":reason": reason },
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
                "DELETE FROM session_cancellation WHERE session_id = :id AND date = :date",
                named_params! { ":id": id, ":date": date.to_string() },
            )?;
            touch_session(tx, session, by)
        })?;
        tx.commit()
    }

    /// Each session's version and time of its last change (a calendar
    /// replaces an event whose `SEQUENCE` grew).
    pub fn session_revisions(&self) -> rusqlite::Result<Revisions> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, version, updated_at FROM session")?;
        let rows = stmt.query_map([], |r| {
            let updated: String = r.get("updated_at")?;
            let updated = chrono::DateTime::parse_from_rfc3339(&updated)
                .ok()
                .map(|t| t.with_timezone(&chrono::Utc));
            Ok((
                uuid_col(r, "id")?,
                Revision {
                    version: r.get("version")?,
                    updated,
                },
            ))
        })?;
        rows.collect()
    }

    /// The number of sessions in the timetable.
    pub fn session_count(&self) -> rusqlite::Result<usize> {
        self.conn
            .query_row("SELECT count(*) AS n FROM session", [], |r| {
                r.get::<_, i64>("n")
            })
            .map(|n| n as usize)
    }
}

/// Why a series was not ended.
#[derive(Debug, thiserror::Error)]
pub enum EndSeriesError {
    /// The session takes place once (or no longer exists).
    #[error("not a weekly series")]
    NotASeries,
    /// The day given is before the series' first day.
    #[error("the series starts on {0}")]
    BeforeStart(NaiveDate),
    /// The database failed.
    #[error(transparent)]
    Database(#[from] rusqlite::Error),
}

/// A session's own columns and their values: `INSERT` and `UPDATE` are
/// written from this list, each value bound as `:column`.
fn fields(s: &Session) -> Vec<(&'static str, Value)> {
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
    vec![
        ("title", s.title.text.clone().into()),
        ("title_en", s.title.en.clone().into()),
        ("audience", s.audience.text.clone().into()),
        ("audience_en", s.audience.en.clone().into()),
        ("theme", s.theme.text.clone().into()),
        ("theme_en", s.theme.en.clone().into()),
        ("organiser", s.organiser.text.clone().into()),
        ("organiser_en", s.organiser.en.clone().into()),
        ("mode", s.mode.as_str().to_owned().into()),
        ("place", s.place.clone().into()),
        ("link", s.link.clone().into()),
        ("contact", s.contact.clone().into()),
        ("days", days.into()),
        ("date", date.into()),
        ("starts", starts.format("%H:%M").to_string().into()),
        ("ends", ends.map(|t| t.format("%H:%M").to_string()).into()),
        ("valid_from", from.into()),
        ("valid_until", until.into()),
    ]
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
    let fields = fields(s);
    let by = Stamp { actor, at: now };
    audited(tx, by, Kind::Session, &id, session_snapshot, |tx| {
        columns::upsert(tx, "session", &id, &fields, now, actor)?;
        if !cancellations {
            return Ok(());
        }
        tx.execute(
            "DELETE FROM session_cancellation WHERE session_id = :id",
            named_params! { ":id": id },
        )?;
        for c in &s.cancellations {
            tx.execute(
                "INSERT INTO session_cancellation (session_id, date, reason)
                 VALUES (:id, :date, :reason)",
                named_params! { ":id": id, ":date": c.date.to_string(), ":reason": c.reason },
            )?;
        }
        Ok(())
    })?;
    Ok(())
}

/// Records a change to a session: who, when, and one more version.
fn touch_session(tx: &rusqlite::Connection, session: Uuid, by: Stamp<'_>) -> rusqlite::Result<()> {
    tx.execute(
        "UPDATE session SET updated_at = :at, updated_by = :by, version = version + 1
         WHERE id = :id",
        named_params! { ":id": session.to_string(), ":at": by.at, ":by": by.actor },
    )?;
    Ok(())
}

fn session_from_row(r: &Row<'_>) -> rusqlite::Result<Session> {
    let loc = |text: &str, en: &str| -> rusqlite::Result<Localized> {
        Ok(Localized {
            text: r.get(text)?,
            en: r.get(en)?,
            ..Localized::default()
        })
    };
    let starts = time_col(r, "starts")?;
    let ends = match r.get::<_, Option<String>>("ends")? {
        Some(_) => Some(time_col(r, "ends")?),
        None => None,
    };
    let when = match (r.get::<_, Option<String>>("days")?, date_col(r, "date")?) {
        (Some(days), _) => SessionWhen::Weekly {
            days: days_from_db(&days),
            starts,
            ends: ends.unwrap_or(starts),
            valid_from: date_col(r, "valid_from")?.unwrap_or_default(),
            valid_until: date_col(r, "valid_until")?,
        },
        (None, date) => SessionWhen::Once {
            date: date.unwrap_or_default(),
            starts,
            ends,
        },
    };
    Ok(Session {
        id: uuid_col(r, "id")?,
        title: loc("title", "title_en")?,
        audience: loc("audience", "audience_en")?,
        theme: loc("theme", "theme_en")?,
        organiser: loc("organiser", "organiser_en")?,
        mode: SessionMode::parse(&r.get::<_, String>("mode")?).unwrap_or(SessionMode::Online),
        place: r.get("place")?,
        link: r.get("link")?,
        contact: r.get("contact")?,
        when,
        cancellations: Vec::new(),
    })
}
