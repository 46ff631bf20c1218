//! The audit trail: written inside the transaction of the change it records,
//! so a change and its record commit together or not at all.

use rusqlite::{Connection, Row, named_params};

use super::Store;
use crate::audit::{Action, Entry, Kind, Query};

/// Who made a change, and when (RFC 3339, UTC, from the store's clock): one
/// instant for everything a transaction writes.
#[derive(Clone, Copy)]
pub(super) struct Stamp<'a> {
    /// The staff member.
    pub actor: &'a str,
    /// The time.
    pub at: &'a str,
}

/// Adds one entry to the audit trail.
pub(super) fn record(
    conn: &Connection,
    by: Stamp<'_>,
    action: Action,
    kind: Kind,
    target: &str,
    before: Option<&str>,
    after: Option<&str>,
) -> rusqlite::Result<()> {
    // Cached: an import records one entry per service, 100 000 in a large file.
    conn.prepare_cached(
        "INSERT INTO audit (at, actor, action, kind, target, before, after)
         VALUES (:at, :actor, :action, :kind, :target, :before, :after)",
    )?
    .execute(named_params! {
        ":at": by.at,
        ":actor": by.actor,
        ":action": action.code(),
        ":kind": kind.code(),
        ":target": target,
        ":before": before,
        ":after": after,
    })?;
    Ok(())
}

impl Store {
    /// Records that `actor` looked at the history of a client code.
    pub fn record_client_view(&mut self, actor: &str, client: &str) -> rusqlite::Result<()> {
        let at = self.clock.stamp();
        let tx = self.write()?;
        let by = Stamp { actor, at: &at };
        record(&tx, by, Action::View, Kind::Client, client, None, None)?;
        tx.commit()
    }

    /// Audit entries, newest first.
    pub fn audit(&self, q: &Query) -> rusqlite::Result<Vec<Entry>> {
        let mut sql = String::from(
            "SELECT id, at, actor, action, kind, target, before, after FROM audit WHERE 1 = 1",
        );
        let mut args: Vec<(&str, &dyn rusqlite::ToSql)> = Vec::new();
        if let Some(since) = &q.since {
            sql.push_str(" AND at >= :since");
            args.push((":since", since));
        }
        if let Some(user) = &q.user {
            sql.push_str(" AND actor = :user");
            args.push((":user", user));
        }
        if let Some(target) = &q.target {
            sql.push_str(" AND target = :target");
            args.push((":target", target));
        }
        sql.push_str(" ORDER BY id DESC");
        if let Some(limit) = q.limit {
            sql.push_str(&format!(" LIMIT {limit}"));
        }
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(args.as_slice(), entry_from_row)?;
        rows.collect()
    }
}

fn entry_from_row(r: &Row<'_>) -> rusqlite::Result<Entry> {
    let unknown = |col: &str| {
        rusqlite::Error::FromSqlConversionFailure(
            r.as_ref().column_index(col).unwrap_or_default(),
            rusqlite::types::Type::Text,
            "unknown audit code".into(),
        )
    };
    let json = |col: &str| -> rusqlite::Result<Option<serde_json::Value>> {
        r.get::<_, Option<String>>(col)?
            .map(|s| {
                serde_json::from_str(&s).map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(
                        r.as_ref().column_index(col).unwrap_or_default(),
                        rusqlite::types::Type::Text,
                        Box::new(e),
                    )
                })
            })
            .transpose()
    };
    Ok(Entry {
        id: r.get("id")?,
        at: r.get("at")?,
        actor: r.get("actor")?,
        action: Action::parse(&r.get::<_, String>("action")?).ok_or_else(|| unknown("action"))?,
        kind: Kind::parse(&r.get::<_, String>("kind")?).ok_or_else(|| unknown("kind"))?,
        target: r.get("target")?,
        before: json("before")?,
        after: json("after")?,
    })
}

// A subquery's result reaches json_object as text, so each list is passed
// through json() to be nested as JSON rather than quoted as a string.

/// A service as JSON, with its topics, languages, areas, places and opening
/// hours: what the audit trail keeps before and after a change.
pub(super) fn service_snapshot(conn: &Connection, id: &str) -> rusqlite::Result<Option<String>> {
    use rusqlite::OptionalExtension;
    conn.prepare_cached(
        "SELECT json_object(
             'name', name, 'name_en', name_en, 'organization_id', organization_id,
             'description', description, 'description_en', description_en,
             'status', status, 'eligibility', eligibility, 'eligibility_en', eligibility_en,
             'application_process', application_process,
             'application_process_en', application_process_en,
             'fees', fees, 'fees_en', fees_en, 'free_of_charge', free_of_charge,
             'email', email, 'phones', phones, 'url', url, 'last_verified', last_verified,
             'topics', json((SELECT json_group_array(topic_code) FROM
                           (SELECT topic_code FROM service_topic WHERE service_id = s.id
                            ORDER BY topic_code))),
             'languages', json((SELECT json_group_array(language) FROM
                           (SELECT language FROM service_language WHERE service_id = s.id
                            ORDER BY position))),
             'areas', json((SELECT json_group_array(area) FROM
                           (SELECT area FROM service_area WHERE service_id = s.id
                            ORDER BY position))),
             'locations', json((SELECT json_group_array(json_object('kind', kind, 'name', name,
                               'street', street, 'city', city, 'postal_code', postal_code,
                               'url', url)) FROM
                           (SELECT * FROM service_location WHERE service_id = s.id
                            ORDER BY position))),
             'schedules', json((SELECT json_group_array(json_object('days', days, 'opens', opens,
                               'closes', closes, 'valid_from', valid_from,
                               'valid_to', valid_to, 'note', note, 'note_en', note_en)) FROM
                           (SELECT * FROM service_schedule WHERE service_id = s.id
                            ORDER BY position))))
         AS snapshot FROM service s WHERE id = :id",
    )?
    .query_row(named_params! { ":id": id }, |r| r.get("snapshot"))
    .optional()
}

/// An organisation as JSON.
pub(super) fn organisation_snapshot(
    conn: &Connection,
    id: &str,
) -> rusqlite::Result<Option<String>> {
    use rusqlite::OptionalExtension;
    conn.prepare_cached(
        "SELECT json_object('name', name, 'name_en', name_en, 'description', description,
             'description_en', description_en, 'email', email, 'website', website)
         AS snapshot FROM organization WHERE id = :id",
    )?
    .query_row(named_params! { ":id": id }, |r| r.get("snapshot"))
    .optional()
}

/// A session of the timetable as JSON, with its cancelled dates.
pub(super) fn session_snapshot(conn: &Connection, id: &str) -> rusqlite::Result<Option<String>> {
    use rusqlite::OptionalExtension;
    conn.prepare_cached(
        "SELECT json_object(
             'title', title, 'title_en', title_en, 'audience', audience,
             'audience_en', audience_en, 'theme', theme, 'theme_en', theme_en,
             'organiser', organiser, 'organiser_en', organiser_en, 'mode', mode, 'place', place, 'link', link,
             'contact', contact, 'days', days, 'date', date, 'starts', starts, 'ends', ends,
             'valid_from', valid_from, 'valid_until', valid_until,
             'last_verified', last_verified,
             'cancelled', json((SELECT json_group_array(json_object('date', date, 'reason', reason))
                           FROM (SELECT * FROM session_cancellation WHERE session_id = s.id
                                 ORDER BY date))))
         AS snapshot FROM session s WHERE id = :id",
    )?
    .query_row(named_params! { ":id": id }, |r| r.get("snapshot"))
    .optional()
}

/// Reads the record (`snapshot`), makes the change, reads it again, and records
/// the change in the audit trail if the record is different (a creation if it
/// did not exist before, an erasure if it does not exist after).
pub(super) fn audited<T>(
    conn: &Connection,
    by: Stamp<'_>,
    kind: Kind,
    target: &str,
    snapshot: fn(&Connection, &str) -> rusqlite::Result<Option<String>>,
    change: impl FnOnce(&Connection) -> rusqlite::Result<T>,
) -> rusqlite::Result<T> {
    let before = snapshot(conn, target)?;
    let outcome = change(conn)?;
    let after = snapshot(conn, target)?;
    if before != after {
        let action = match (&before, &after) {
            (None, _) => Action::Create,
            (_, None) => Action::Erase,
            _ => Action::Change,
        };
        record(
            conn,
            by,
            action,
            kind,
            target,
            before.as_deref(),
            after.as_deref(),
        )?;
    }
    Ok(outcome)
}
