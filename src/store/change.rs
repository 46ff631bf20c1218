//! What every versioned record shares: the check that nobody saved it since
//! it was opened, and why a change was not saved.

use rusqlite::{Connection, OptionalExtension};

/// Why a correction was not saved.
#[derive(Debug, thiserror::Error)]
pub enum ChangeError {
    /// Someone else changed the record since it was opened.
    #[error("changed by {by} at {at} since it was opened")]
    Conflict {
        /// Who changed it.
        by: String,
        /// When (RFC 3339 UTC).
        at: String,
        /// Its version now: saving again over this version keeps the user's
        /// change as the newer one (the other stays in the history).
        version: i64,
    },
    /// The record does not exist (any more).
    #[error("no such record")]
    NotFound,
    /// A purge removed the consultation's client code and notes: it is kept
    /// for the statistics only and can no longer be corrected.
    #[error("the consultation was anonymised")]
    Anonymised,
    /// A database error.
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
}

/// Inside a write transaction: the record's version must still be the one the
/// user opened; if someone saved it since, the conflict says who and when.
/// Returns the version.
pub(super) fn check_version(
    tx: &Connection,
    table: &str,
    id: &dyn rusqlite::ToSql,
    expected: i64,
) -> Result<i64, ChangeError> {
    let (version, by, at): (i64, String, String) = tx
        .query_row(
            &format!("SELECT version, updated_by, updated_at FROM {table} WHERE id = :id"),
            rusqlite::named_params! { ":id": id },
            |r| {
                Ok((
                    r.get("version")?,
                    r.get("updated_by")?,
                    r.get("updated_at")?,
                ))
            },
        )
        .optional()?
        .ok_or(ChangeError::NotFound)?;
    if version == expected {
        Ok(version)
    } else {
        Err(ChangeError::Conflict { by, at, version })
    }
}
