//! Reading and writing column values that SQLite keeps as text: UUIDs,
//! dates, times, weekdays. Columns are named (`uuid_col(r, "uid")`) or, where
//! a query still lists them by position, numbered. A record's own columns are
//! written from one list of `(column, value)`: `INSERT` and `UPDATE` text and
//! their `:column` parameters come from it.

use chrono::{NaiveDate, NaiveTime, Weekday};
use rusqlite::types::Value;
use rusqlite::{Connection, Row, RowIndex, ToSql};
use uuid::Uuid;

/// Weekdays as stored: ISO numbers, comma separated (`3,4`).
pub(super) fn days_to_db(days: &[Weekday]) -> String {
    days.iter()
        .map(|d| d.number_from_monday().to_string())
        .collect::<Vec<_>>()
        .join(",")
}

/// Parses [`days_to_db`]'s form; unknown numbers are skipped.
pub(super) fn days_from_db(s: &str) -> Vec<Weekday> {
    s.split(',')
        .filter_map(|n| n.trim().parse::<u8>().ok())
        .filter_map(|n| Weekday::try_from(n.wrapping_sub(1)).ok())
        .collect()
}

fn conversion_error(
    r: &Row<'_>,
    col: impl RowIndex,
    e: impl std::error::Error + Send + Sync + 'static,
) -> rusqlite::Error {
    let at = col.idx(r.as_ref()).unwrap_or_default();
    rusqlite::Error::FromSqlConversionFailure(at, rusqlite::types::Type::Text, Box::new(e))
}

/// Reads a UUID stored as text.
pub(super) fn uuid_col<I: RowIndex + Copy>(r: &Row<'_>, col: I) -> rusqlite::Result<Uuid> {
    Uuid::parse_str(&r.get::<_, String>(col)?).map_err(|e| conversion_error(r, col, e))
}

/// Reads an optional ISO date stored as text.
pub(super) fn date_col<I: RowIndex + Copy>(
    r: &Row<'_>,
    col: I,
) -> rusqlite::Result<Option<NaiveDate>> {
    r.get::<_, Option<String>>(col)?
        .map(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").map_err(|e| conversion_error(r, col, e)))
        .transpose()
}

/// Reads an `HH:MM` time stored as text.
pub(super) fn time_col<I: RowIndex + Copy>(r: &Row<'_>, col: I) -> rusqlite::Result<NaiveTime> {
    let s: String = r.get(col)?;
    NaiveTime::parse_from_str(&s, "%H:%M").map_err(|e| conversion_error(r, col, e))
}

/// `name, name, …` of the fields, for an `INSERT`.
pub(super) fn names(fields: &[(&'static str, Value)]) -> String {
    fields
        .iter()
        .map(|(n, _)| *n)
        .collect::<Vec<_>>()
        .join(", ")
}

/// `:name, :name, …` of the fields, for an `INSERT`'s values.
pub(super) fn placeholders(fields: &[(&'static str, Value)]) -> String {
    let all: Vec<String> = fields.iter().map(|(n, _)| format!(":{n}")).collect();
    all.join(", ")
}

/// `name = :name, …` of the fields, for an `UPDATE`.
pub(super) fn assignments(fields: &[(&'static str, Value)]) -> String {
    let all: Vec<String> = fields.iter().map(|(n, _)| format!("{n} = :{n}")).collect();
    all.join(", ")
}

/// Runs `sql` with the fields bound as `:column`, and `more` beside them.
pub(super) fn execute(
    conn: &Connection,
    sql: &str,
    fields: &[(&'static str, Value)],
    more: &[(&str, &dyn ToSql)],
) -> rusqlite::Result<usize> {
    let keys: Vec<String> = fields.iter().map(|(n, _)| format!(":{n}")).collect();
    let params: Vec<(&str, &dyn ToSql)> = keys
        .iter()
        .zip(fields)
        .map(|(k, (_, v))| (k.as_str(), v as &dyn ToSql))
        .chain(more.iter().copied())
        .collect();
    conn.prepare_cached(sql)?.execute(params.as_slice())
}

/// Adds a versioned record (`table` has `id`, `created_*`, `updated_*` and
/// `version`) or replaces its fields, with who changed it and when and one
/// more version.
pub(super) fn upsert(
    conn: &Connection,
    table: &str,
    id: &str,
    fields: &[(&'static str, Value)],
    now: &str,
    actor: &str,
) -> rusqlite::Result<usize> {
    execute(
        conn,
        &format!(
            "INSERT INTO {table} (id, created_at, created_by, updated_at, updated_by, {})
             VALUES (:id, :now, :actor, :now, :actor, {})
             ON CONFLICT (id) DO UPDATE SET {}, updated_at = :now, updated_by = :actor,
                 version = version + 1",
            names(fields),
            placeholders(fields),
            assignments(fields),
        ),
        fields,
        &[(":id", &id), (":now", &now), (":actor", &actor)],
    )
}
