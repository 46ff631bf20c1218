//! The SQLite store: opening (safely), migrating, and one file per table family.
//!
//! Opening never changes a file that is not a Pomost database: the header is read
//! with plain file I/O before SQLite sees the file, and the schema is checked
//! before WAL mode (which rewrites header bytes) is switched on.

mod audit;
mod catalogue;
mod consultations;
mod privacy;
mod services;
mod sessions;
mod staff;

use std::fs::{self, OpenOptions};
use std::io::{self, Read};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::clock::Clock;
use crate::i18n::{Lang, Msg};

pub use consultations::{ChangeError, ConsultationQuery, ConsultationVersion, fts_query};
pub use privacy::{ClientData, PurgeCount};
pub use services::ImportOutcome;
pub use staff::StaffError;

/// Numbered migrations, applied in order; the number is stored as `user_version`.
const MIGRATIONS: &[(i64, &str)] = &[
    (1, include_str!("store/migrations/0001_catalogue.sql")),
    (2, include_str!("store/migrations/0002_consultations.sql")),
    (3, include_str!("store/migrations/0003_fts_prefixes.sql")),
    (4, include_str!("store/migrations/0004_fts_terms.sql")),
    (5, include_str!("store/migrations/0005_staff_audit.sql")),
    (
        6,
        include_str!("store/migrations/0006_fts_secure_delete.sql"),
    ),
];

/// The schema version this build creates and understands.
pub const SCHEMA_VERSION: i64 = MIGRATIONS[MIGRATIONS.len() - 1].0;

/// How long a write waits for other users' saves before giving up, unless
/// `$POMOST_BUSY_LIMIT` (seconds) says otherwise.
pub const BUSY_LIMIT: Duration = Duration::from_secs(30);

/// After this long waiting for another user's save, the wait is said.
pub const WAIT_NOTICE_AFTER: Duration = Duration::from_secs(1);

/// The limit in force: `$POMOST_BUSY_LIMIT` seconds, else [`BUSY_LIMIT`].
pub fn busy_limit() -> Duration {
    std::env::var("POMOST_BUSY_LIMIT")
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map_or(BUSY_LIMIT, Duration::from_secs)
}

/// True when the error is SQLite's "database is locked" after the wait ran
/// out: another user's save held the database longer than the limit.
pub fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

/// What a connection does while another user's save holds the database:
/// retries every few milliseconds, calls `notice` once when the wait passes
/// [`WAIT_NOTICE_AFTER`], and gives up at `limit` (SQLITE_BUSY).
fn busy_handler(
    limit: Arc<AtomicU64>,
    notice: Option<Box<dyn Fn() + Send>>,
) -> impl FnMut(i32) -> bool + Send + 'static {
    let mut started = std::time::Instant::now();
    let mut noticed = false;
    move |count| {
        if count == 0 {
            started = std::time::Instant::now();
            noticed = false;
        }
        let waited = started.elapsed();
        if waited.as_millis() >= u128::from(limit.load(Ordering::Relaxed)) {
            return false;
        }
        if !noticed && waited >= WAIT_NOTICE_AFTER {
            noticed = true;
            if let Some(notice) = &notice {
                notice();
            }
        }
        std::thread::sleep(Duration::from_millis(if count < 20 { 1 } else { 5 }));
        true
    }
}

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

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
    /// One sentence for the user, in the interface language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::NotSqlite { path } => lang.fmt(Msg::ErrNotSqlite, &[&path.display()]),
            Self::ForeignDatabase { path } => lang.fmt(Msg::ErrForeignDb, &[&path.display()]),
            Self::TooNew { path, found, known } => {
                lang.fmt(Msg::ErrTooNew, &[&path.display(), found, known])
            }
            Self::Unreadable { path, source } => {
                lang.fmt(Msg::ErrUnreadable, &[&path.display(), source])
            }
            Self::Corrupt { path, detail } => lang.fmt(Msg::ErrCorrupt, &[&path.display(), detail]),
            Self::Create { path, source } => lang.fmt(Msg::ErrCreate, &[&path.display(), source]),
            Self::ReadOnly { path } => lang.fmt(Msg::ErrReadOnlyFile, &[&path.display()]),
            Self::Sqlite(e) => e.to_string(),
        }
    }
}

/// Whether [`Store::open`] found the database or made it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opened {
    /// The file was created now (and is empty of data).
    Created,
    /// An existing database was opened.
    Existing,
}

/// An open Pomost database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    read_only: bool,
    /// How long (ms) a write waits for others' saves; shared with the busy
    /// handler, so a write that must not hold the screen can wait less.
    busy_limit: Arc<AtomicU64>,
    /// What "now" is for the times this store writes (created, changed, audited).
    clock: Clock,
}

impl Store {
    /// Opens the database at `path`, creating it (mode 0600) when it does not exist,
    /// and applies pending migrations.
    pub fn open(path: &Path) -> Result<(Store, Opened), StoreError> {
        Self::open_with_clock(path, Clock::system())
    }

    /// [`Store::open`], with the times it writes (from the first migration
    /// on) taken from `clock`.
    pub fn open_with_clock(path: &Path, clock: Clock) -> Result<(Store, Opened), StoreError> {
        let opened = match fs::metadata(path) {
            Ok(meta) => {
                check_header(path)?;
                keep_group_access(&meta);
                Opened::Existing
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => match create_file(path) {
                Ok(()) => Opened::Created,
                // Another process created it between our look and our create.
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Opened::Existing,
                Err(source) => {
                    return Err(StoreError::Create {
                        path: path.to_owned(),
                        source,
                    });
                }
            },
            Err(source) => {
                return Err(StoreError::Unreadable {
                    path: path.to_owned(),
                    source,
                });
            }
        };
        let store = Self::connect(path, clock)?;
        Ok((store, opened))
    }

    /// Opens an existing database without ever creating one.
    pub fn open_existing(path: &Path) -> Result<Store, StoreError> {
        match fs::metadata(path) {
            Ok(meta) => keep_group_access(&meta),
            Err(source) => {
                return Err(StoreError::Unreadable {
                    path: path.to_owned(),
                    source,
                });
            }
        }
        check_header(path)?;
        Self::connect(path, Clock::system())
    }

    fn connect(path: &Path, clock: Clock) -> Result<Store, StoreError> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags).map_err(|e| classify(path, e))?;
        let mut read_only = conn.is_readonly(rusqlite::MAIN_DB)?;
        if read_only {
            // A file this user may only read: open it as read-only from the
            // start, so SQLite does not try to create its side files for writing.
            conn = open_read_only(path)?;
            read_only = true;
        }
        let limit = Arc::new(AtomicU64::new(busy_limit().as_millis() as u64));
        conn.busy_handler(Some(busy_handler(Arc::clone(&limit), None)))?;
        let mut store = Store {
            conn,
            path: path.to_owned(),
            read_only,
            busy_limit: limit,
            clock,
        };
        store.check_schema()?;
        store.conn.pragma_update(None, "foreign_keys", true)?;
        if !store.read_only {
            // WAL lets readers go on while one writer commits; NORMAL is durable
            // across process crashes (only an OS crash can lose the last commit).
            let mode: String = store
                .conn
                .pragma_update_and_check(None, "journal_mode", "wal", |r| r.get(0))
                .map_err(|e| classify(path, e))?;
            debug_assert_eq!(mode, "wal");
            store.conn.pragma_update(None, "synchronous", "NORMAL")?;
            store.migrate()?;
        }
        Ok(store)
    }

    /// Refuses databases that are not ours or are newer than this build.
    fn check_schema(&self) -> Result<(), StoreError> {
        let path = &self.path;
        let version: i64 = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(|e| classify(path, e))?;
        let tables: i64 = self
            .conn
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table'",
                [],
                |r| r.get(0),
            )
            .map_err(|e| classify(path, e))?;
        if version == 0 && tables > 0 {
            return Err(StoreError::ForeignDatabase { path: path.clone() });
        }
        if version > SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                path: path.clone(),
                found: version,
                known: SCHEMA_VERSION,
            });
        }
        Ok(())
    }

    /// Applies pending migrations in one immediate transaction, so two processes
    /// starting together cannot both migrate.
    fn migrate(&mut self) -> Result<(), StoreError> {
        // Up to date (the usual case): no write lock is taken just to look.
        if self.schema_version()? == SCHEMA_VERSION {
            return Ok(());
        }
        let path = self.path.clone();
        let now = self.clock.stamp();
        let tx = self.write()?;
        let current: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        for (number, sql) in MIGRATIONS.iter().filter(|(n, _)| *n > current) {
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", number)?;
        }
        if current < 5 {
            // The owner of the file (who created it, with `init` or a first
            // run) coordinates it — not whoever happens to open it first after
            // an upgrade.
            use std::os::unix::fs::MetadataExt;
            let owner = fs::metadata(&path)
                .ok()
                .and_then(|m| crate::config::user_name(m.uid()))
                .unwrap_or_else(crate::config::current_user);
            staff::bootstrap(&tx, &owner, &now)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Starts a write transaction with `BEGIN IMMEDIATE`: the write lock is taken
    /// up front, so the busy timeout applies (a deferred transaction that reads and
    /// then writes fails at once with SQLITE_BUSY under concurrency).
    pub fn write(&mut self) -> rusqlite::Result<Transaction<'_>> {
        self.conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
    }

    /// Says something (once per wait) when a write of this connection has
    /// waited [`WAIT_NOTICE_AFTER`] for another user's save.
    pub fn on_long_wait(&mut self, notice: impl Fn() + Send + 'static) -> rusqlite::Result<()> {
        let limit = Arc::clone(&self.busy_limit);
        self.conn
            .busy_handler(Some(busy_handler(limit, Some(Box::new(notice)))))
    }

    /// Runs `f` with writes waiting at most `limit` for others' saves (a
    /// background write that is simply tried again later, like a draft).
    pub fn with_busy_limit<T>(&mut self, limit: Duration, f: impl FnOnce(&mut Self) -> T) -> T {
        let before = self
            .busy_limit
            .swap(limit.as_millis() as u64, Ordering::Relaxed);
        let result = f(self);
        self.busy_limit.store(before, Ordering::Relaxed);
        result
    }

    /// Turns SQLite's automatic checkpoint after commits off (`false`) or on:
    /// the screen's connection leaves checkpoints to a background thread, so a
    /// save never waits for one (a commit crossing the threshold runs it
    /// inline, measured at up to 160 ms on a database of a million rows).
    pub fn set_auto_checkpoint(&self, on: bool) -> rusqlite::Result<()> {
        self.conn
            .pragma_update(None, "wal_autocheckpoint", if on { 1000 } else { 0 })
    }

    /// Copies what the write-ahead log holds into the database without waiting
    /// for readers or blocking writers (`PRAGMA wal_checkpoint(PASSIVE)`).
    pub fn checkpoint_passive(&self) -> rusqlite::Result<()> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))
    }

    /// A number that changes whenever another connection commits a change
    /// (`PRAGMA data_version`): polled to show other users' changes.
    pub fn data_version(&self) -> rusqlite::Result<i64> {
        self.conn
            .pragma_query_value(None, "data_version", |r| r.get(0))
    }

    /// A short fingerprint of the directory and the timetable (counts and the
    /// latest change times): when it is unchanged, a change by another user
    /// touched something else (a consultation, a draft) and the directory need
    /// not be read again.
    pub fn directory_stamp(&self) -> rusqlite::Result<String> {
        self.conn.query_row(
            "SELECT (SELECT count(*) || ':' || ifnull(max(updated_at), '') FROM service)
                 || '|' || (SELECT count(*) || ':' || ifnull(max(updated_at), '') FROM session)
                 || '|' || (SELECT count(*) FROM session_cancellation)
                 || '|' || (SELECT count(*) FROM organization)",
            [],
            |r| r.get(0),
        )
    }

    /// Writes a consistent copy of the database to `target` (a new file, mode
    /// 0600) with SQLite's online backup, 256 pages at a time with a pause
    /// between steps so other users' saves are not held up.
    pub fn backup_to(&self, target: &Path, pause: Duration) -> rusqlite::Result<()> {
        create_file(target).map_err(|e| {
            rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CANTOPEN),
                Some(e.to_string()),
            )
        })?;
        let mut copy = Connection::open(target)?;
        let backup = rusqlite::backup::Backup::new(&self.conn, &mut copy)?;
        backup.run_to_completion(256, pause, None)?;
        drop(backup);
        // The copy is a plain file: no WAL beside it.
        copy.pragma_update(None, "journal_mode", "delete")?;
        Ok(())
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> rusqlite::Result<i64> {
        self.conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
    }

    /// The underlying connection, for reads.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The path of the database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// True when the file could only be opened for reading.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// Writes the times of changes (and of the audit trail) by `clock` rather
    /// than the system clock.
    pub fn set_clock(&mut self, clock: Clock) {
        self.clock = clock;
    }

    /// The clock the times of changes are taken from.
    pub fn clock(&self) -> Clock {
        self.clock
    }
}

/// Opens a database this user may only read. In WAL mode a reader needs the
/// `-shm` index beside the file; when nobody has the database open there is
/// none, and a user who may not write the directory cannot create it (SQLite
/// then says SQLITE_READONLY on the first read). With no write-ahead log
/// waiting to be copied in, the file alone is the whole database, so it is
/// opened as immutable: read as it is, without the side files.
fn open_read_only(path: &Path) -> Result<Connection, StoreError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(|e| classify(path, e))?;
    let readable = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(()));
    let side = |suffix: &str| {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        fs::metadata(PathBuf::from(name)).map(|m| m.len())
    };
    match readable {
        Ok(()) => Ok(conn),
        Err(e) if matches!(side("-wal"), Ok(len) if len > 0) => Err(classify(path, e)),
        Err(_) => {
            drop(conn);
            Connection::open_with_flags(immutable_uri(path), flags | OpenFlags::SQLITE_OPEN_URI)
                .map_err(|e| classify(path, e))
        }
    }
}

/// `file:PATH?immutable=1`, with the characters a URI gives meaning to escaped.
fn immutable_uri(path: &Path) -> String {
    // An absolute, clean path: `file://` + `/dir/file` (a path written with
    // two leading slashes would otherwise read as a host name).
    let path = fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_owned());
    let mut uri = String::from("file://");
    for b in path.as_os_str().as_encoded_bytes() {
        match b {
            b'%' | b'?' | b'#' | 0x80.. => uri.push_str(&format!("%{b:02X}")),
            _ => uri.push(char::from(*b)),
        }
    }
    uri.push_str("?immutable=1");
    uri
}

/// A database shared by a group (group-writable file, `pomost init --shared`):
/// SQLite creates its `-wal`/`-shm` files with the database's mode filtered by
/// the umask, so the umask must not take the group's write permission away —
/// else the next user of the group gets SQLITE_READONLY.
fn keep_group_access(meta: &fs::Metadata) {
    use std::os::unix::fs::PermissionsExt;
    if meta.permissions().mode() & 0o020 != 0 {
        // SAFETY: umask only changes this process's file-creation mask.
        unsafe {
            libc::umask(0o007);
        }
    }
}

/// Creates an empty database file readable only by its owner (and its directory,
/// when missing, readable only by its owner too).
fn create_file(path: &Path) -> io::Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        if !dir.exists() {
            fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)?;
        }
    }
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map(drop)
}

/// Reads the first 16 bytes with plain I/O: an empty file is a new database, an
/// SQLite file starts with its magic string, anything else is refused untouched.
fn check_header(path: &Path) -> Result<(), StoreError> {
    let unreadable = |source| StoreError::Unreadable {
        path: path.to_owned(),
        source,
    };
    let mut file = fs::File::open(path).map_err(unreadable)?;
    if file.metadata().map_err(unreadable)?.is_dir() {
        return Err(StoreError::NotSqlite {
            path: path.to_owned(),
        });
    }
    let mut head = Vec::with_capacity(16);
    file.by_ref()
        .take(16)
        .read_to_end(&mut head)
        .map_err(unreadable)?;
    if head.is_empty() || head == SQLITE_MAGIC {
        Ok(())
    } else {
        Err(StoreError::NotSqlite {
            path: path.to_owned(),
        })
    }
}

/// Turns SQLite's codes for damaged or foreign files into our errors.
fn classify(path: &Path, e: rusqlite::Error) -> StoreError {
    use rusqlite::ErrorCode;
    match e.sqlite_error_code() {
        // The header was checked before SQLite opened the file, so a file SQLite
        // then rejects is an SQLite file that is damaged.
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => StoreError::Corrupt {
            path: path.to_owned(),
            detail: e.to_string(),
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
