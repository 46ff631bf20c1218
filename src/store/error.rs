//! Why a database could not be opened or used, in words.

use std::io;
use std::path::{Path, PathBuf};

use super::{busy_limit, is_busy};
use crate::i18n::{Lang, Msg};

/// Why a database could not be opened or used.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file exists but is not an SQLite database.
    #[error("{} is not an SQLite database", path.display())]
    NotSqlite {
        /// The path given.
        path: PathBuf,
    },
    /// An SQLite database of some other program.
    #[error("{} is an SQLite database of another program", path.display())]
    ForeignDatabase {
        /// The path given.
        path: PathBuf,
    },
    /// Written by a newer Pomost.
    #[error("{} has schema {found}, this build knows {known}", path.display())]
    TooNew {
        /// The path given.
        path: PathBuf,
        /// Its schema version.
        found: i64,
        /// Ours.
        known: i64,
    },
    /// Nothing at the path: only `pomost init` (and the screen's first run on
    /// the personal default path) makes a database.
    #[error("no database at {}", path.display())]
    Missing {
        /// The path given.
        path: PathBuf,
    },
    /// A zero-byte file: not adopted except by `pomost init`.
    #[error("{} is an empty file", path.display())]
    Empty {
        /// The path given.
        path: PathBuf,
    },
    /// The file cannot be read.
    #[error("cannot read {}: {source}", path.display())]
    Unreadable {
        /// The path given.
        path: PathBuf,
        /// The OS error.
        source: io::Error,
    },
    /// SQLite reports the file as damaged.
    #[error("{} is damaged: {detail}", path.display())]
    Corrupt {
        /// The path given.
        path: PathBuf,
        /// SQLite's words.
        detail: String,
    },
    /// Another program held the database (a lock, a long save) for longer
    /// than the busy limit.
    #[error("{} stayed locked by another program", path.display())]
    Busy {
        /// The path given.
        path: PathBuf,
    },
    /// The database can be read but not written by this user.
    #[error("{} is read-only for this user", path.display())]
    ReadOnly {
        /// The path given.
        path: PathBuf,
    },
    /// A new database file could not be created.
    #[error("cannot create {}: {source}", path.display())]
    Create {
        /// The path given.
        path: PathBuf,
        /// The OS error.
        source: io::Error,
    },
    /// Any other database error.
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
}

impl StoreError {
    /// True when the mistake is the path given (nothing there, or an empty
    /// file): bad usage rather than a failure.
    pub fn is_wrong_path(&self) -> bool {
        matches!(self, Self::Missing { .. } | Self::Empty { .. })
    }

    /// One sentence for the user, in the interface language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::NotSqlite { path } => lang.fmt(Msg::ErrNotSqlite, &[&path.display()]),
            Self::ForeignDatabase { path } => lang.fmt(Msg::ErrForeignDb, &[&path.display()]),
            Self::TooNew { path, found, known } => {
                lang.fmt(Msg::ErrTooNew, &[&path.display(), found, known])
            }
            Self::Missing { path } => {
                lang.fmt(Msg::ErrNoDatabase, &[&path.display(), &path.display()])
            }
            Self::Empty { path } => {
                lang.fmt(Msg::ErrEmptyFile, &[&path.display(), &path.display()])
            }
            Self::Unreadable { path, source } => {
                lang.fmt(Msg::ErrUnreadable, &[&path.display(), source])
            }
            Self::Corrupt { path, detail } => lang.fmt(Msg::ErrCorrupt, &[&path.display(), detail]),
            Self::Create { path, source } => lang.fmt(Msg::ErrCreate, &[&path.display(), source]),
            Self::ReadOnly { path } => lang.fmt(Msg::ErrReadOnlyFile, &[&path.display()]),
            Self::Busy { .. } => lang.fmt(Msg::ErrBusyCli, &[&busy_limit().as_secs()]),
            Self::Sqlite(e) if is_busy(e) => lang.fmt(Msg::ErrBusyCli, &[&busy_limit().as_secs()]),
            Self::Sqlite(e) => e.to_string(),
        }
    }
}

/// Turns SQLite's codes for damaged or foreign files into our errors.
pub(super) fn classify(path: &Path, e: rusqlite::Error) -> StoreError {
    use rusqlite::ErrorCode;
    match e.sqlite_error_code() {
        // The header was checked before SQLite opened the file, so a file SQLite
        // then rejects is an SQLite file that is damaged.
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => StoreError::Corrupt {
            path: path.to_owned(),
            detail: e.to_string(),
        },
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Busy {
            path: path.to_owned(),
        },
        Some(ErrorCode::ReadOnly) => StoreError::ReadOnly {
            path: path.to_owned(),
        },
        Some(ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => StoreError::Unreadable {
            path: path.to_owned(),
            source: io::Error::new(io::ErrorKind::PermissionDenied, e.to_string()),
        },
        _ => StoreError::Sqlite(e),
    }
}
