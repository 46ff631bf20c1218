//! The SQLite store: opening (safely), migrating, and one file per table family.
//!
//! Opening never changes a file that is not a Pomost database: the header is read
//! with plain file I/O before SQLite sees the file, and the schema is checked
//! before WAL mode (which rewrites header bytes) is switched on.
//!
//! That plain read happens only while this process has no connection to the
//! file ([`OpenFiles`]): POSIX advisory locks belong to a process and an inode,
//! and closing *any* descriptor of the file drops all of the process's locks on
//! it. Without its locks, another SQLite program that opens and closes the
//! database takes itself for the last user, checkpoints and deletes the
//! write-ahead log that this process still writes to: saves vanish and the
//! file ends malformed (SQLite's "How To Corrupt An SQLite Database File",
//! §2.2). Nothing else in Pomost opens the database or its side files with
//! plain I/O (`stat` and `chmod` by path take no descriptor).

mod audit;
mod catalogue;
mod change;
mod columns;
mod consultations;
mod drafts;
mod error;
mod file;
mod listing;
mod privacy;
mod report;
mod services;
mod sessions;
pub use sessions::EndSeriesError;
mod staff;
mod term_map;
mod translations;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::clock::Clock;

pub use change::ChangeError;
pub use consultations::{
    CONSULTATION_COLUMNS, ConsultationQuery, ConsultationVersion, fts_query, load_consultation_row,
};
pub use error::StoreError;
use error::classify;
use file::{
    FileId, Header, OpenFile, check_header_unless_open, create_file, file_id, folder_writable,
    keep_group_access, open_files, open_read_only, quick_check,
};
pub use listing::ListingParts;
pub use privacy::{ClientData, PurgeCount};
pub use services::{ImportOutcome, ImportRefused, KeptHsds};
pub use staff::StaffError;
pub use term_map::TermTopic;

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
    (7, include_str!("store/migrations/0007_interpreter.sql")),
    (9, include_str!("store/migrations/0009_hsds_kept.sql")),
    (10, include_str!("store/migrations/0010_term_topics.sql")),
    // card: texts in the clients' languages (issue #17)
    (11, include_str!("store/migrations/0011_translations.sql")),
    // Sessions' last verification (issue #14). Numbered after the others, which
    // were merged first: a database that already has 9–11 still gets it.
    (
        12,
        include_str!("store/migrations/0012_session_verified.sql"),
    ),
    // tongue: sessions' organisers in English (issue #14)
    (13, include_str!("store/migrations/0013_organiser_en.sql")),
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
/// What is said when a wait for another user's save passes a second.
type Notice = Box<dyn Fn() + Send>;

fn busy_handler(
    limit: Arc<AtomicU64>,
    notice: Option<Notice>,
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
    /// This connection's entry in [`OpenFiles`]; declared after `conn`, so the
    /// connection is closed before the entry goes.
    _open: OpenFile,
}

impl Store {
    /// Opens the database at `path`, creating it (mode 0600) when it does not
    /// exist or is an empty file, and applies pending migrations. For
    /// `pomost init`, the screen's first run and tests; everything else uses
    /// [`Store::open_existing`].
    pub fn open(path: &Path) -> Result<(Store, Opened), StoreError> {
        Self::open_with_clock(path, Clock::system())
    }

    /// [`Store::open`], with the times it writes (from the first migration
    /// on) taken from `clock`.
    pub fn open_with_clock(path: &Path, clock: Clock) -> Result<(Store, Opened), StoreError> {
        Self::create(path, 0o600, clock)
    }

    /// [`Store::open`] with the mode a new database gets (0660 for a database
    /// shared by a group): a file created, or an empty file adopted, gets it
    /// before SQLite writes a byte or creates its side files, whatever its mode
    /// was before.
    pub fn create(path: &Path, mode: u32, clock: Clock) -> Result<(Store, Opened), StoreError> {
        use std::os::unix::fs::PermissionsExt;
        let mut files = open_files();
        let opened = match fs::metadata(path) {
            Ok(meta) => match check_header_unless_open(&files, path, &meta)? {
                Header::Sqlite => {
                    keep_group_access(&meta);
                    Opened::Existing
                }
                Header::Empty => {
                    fs::set_permissions(path, fs::Permissions::from_mode(mode)).map_err(
                        |source| StoreError::Create {
                            path: path.to_owned(),
                            source,
                        },
                    )?;
                    keep_group_access(&fs::metadata(path).unwrap_or(meta));
                    Opened::Created
                }
            },
            Err(e) if e.kind() == io::ErrorKind::NotFound => match create_file(path, mode) {
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
        let (conn, read_only, entry) = Self::connect(path, &mut files)?;
        // Let go of the list before anything can fail: dropping a store
        // uncounts its connection, which locks the list again.
        drop(files);
        Ok((
            Self::set_up(conn, path, read_only, entry, None, clock)?,
            opened,
        ))
    }

    /// Opens an existing database; never creates one, nor adopts an empty
    /// file (both are one sentence naming the path and `pomost init`).
    pub fn open_existing(path: &Path) -> Result<Store, StoreError> {
        Self::open_existing_with(path, None, Clock::system())
    }

    /// [`Store::open_existing`], saying `notice` when opening (or, later, a
    /// write) waits for another program's lock (see [`Store::on_long_wait`]).
    /// The times it writes are taken from `clock`.
    pub fn open_existing_noticed(
        path: &Path,
        clock: Clock,
        notice: impl Fn() + Send + 'static,
    ) -> Result<Store, StoreError> {
        Self::open_existing_with(path, Some(Box::new(notice)), clock)
    }

    fn open_existing_with(
        path: &Path,
        notice: Option<Notice>,
        clock: Clock,
    ) -> Result<Store, StoreError> {
        let mut files = open_files();
        match fs::metadata(path) {
            Ok(meta) => {
                if check_header_unless_open(&files, path, &meta)? == Header::Empty {
                    return Err(StoreError::Empty {
                        path: path.to_owned(),
                    });
                }
                keep_group_access(&meta);
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(StoreError::Missing {
                    path: path.to_owned(),
                });
            }
            Err(source) => {
                return Err(StoreError::Unreadable {
                    path: path.to_owned(),
                    source,
                });
            }
        }
        let (conn, read_only, entry) = Self::connect(path, &mut files)?;
        drop(files);
        Self::set_up(conn, path, read_only, entry, notice, clock)
    }

    /// Connects to the file whose header was checked and counts the
    /// connection in `files` (the locked `OPEN_FILES` of `store/file.rs`).
    fn connect(
        path: &Path,
        files: &mut Vec<(FileId, usize)>,
    ) -> Result<(Connection, bool, OpenFile), StoreError> {
        let unreadable = |source| StoreError::Unreadable {
            path: path.to_owned(),
            source,
        };
        let id = file_id(&fs::metadata(path).map_err(unreadable)?);
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags).map_err(|e| classify(path, e))?;
        // A file this user may only read, or one in a folder they may not
        // write (where SQLite cannot make its side files): opened read-only
        // from the start, so reading works and nothing tries to write.
        let read_only = conn.is_readonly(rusqlite::MAIN_DB)? || !folder_writable(path);
        if read_only {
            conn = open_read_only(path)?;
        }
        Ok((conn, read_only, OpenFile::count(files, id)))
    }

    /// Busy handling, schema check, WAL mode and migrations of a new connection.
    fn set_up(
        mut conn: Connection,
        path: &Path,
        read_only: bool,
        entry: OpenFile,
        notice: Option<Notice>,
        clock: Clock,
    ) -> Result<Store, StoreError> {
        let limit = Arc::new(AtomicU64::new(busy_limit().as_millis() as u64));
        conn.busy_handler(Some(busy_handler(Arc::clone(&limit), notice)))?;
        let mut store = Store {
            conn,
            path: path.to_owned(),
            read_only,
            busy_limit: limit,
            clock,
            _open: entry,
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
    /// between steps so other users' saves are not held up. The copy is then
    /// checked (`PRAGMA quick_check`): a damaged copy is removed and the
    /// problem returned (`Ok(Some(…))`), as is a copy that failed half-way
    /// (`Err`); only a sound copy is left.
    pub fn backup_to(&self, target: &Path, pause: Duration) -> rusqlite::Result<Option<String>> {
        create_file(target, 0o600).map_err(|e| {
            rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CANTOPEN),
                Some(e.to_string()),
            )
        })?;
        let copied = (|| {
            let mut copy = Connection::open(target)?;
            let backup = rusqlite::backup::Backup::new(&self.conn, &mut copy)?;
            backup.run_to_completion(256, pause, None)?;
            drop(backup);
            // The copy is a plain file: no WAL beside it.
            copy.pragma_update(None, "journal_mode", "delete")?;
            quick_check(&copy)
        })();
        if !matches!(copied, Ok(None)) {
            let _ = fs::remove_file(target);
        }
        copied
    }

    /// SQLite's `PRAGMA quick_check`: `None` when the file is sound, else
    /// the first problem it names (cleaned, on one line). It reads the whole
    /// file (about 10 ms per MB).
    pub fn damage(&self) -> rusqlite::Result<Option<String>> {
        quick_check(&self.conn)
    }

    /// The schema version of the database at `path`, read without changing
    /// anything: opened read-only (never created, never migrated); none when
    /// no Pomost database is there.
    pub fn peek_schema_version(path: &Path) -> Option<i64> {
        if !path.is_file() {
            return None;
        }
        let conn = file::open_read_only(path).ok()?;
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .ok()?;
        (version > 0).then_some(version)
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

    /// True when `path` names the database or one of SQLite's files beside
    /// it (by inode, so another name for the same file counts): writing
    /// there would destroy the data, and even opening and closing it with
    /// plain I/O would drop this process's locks (see the module docs).
    pub fn is_database_file(&self, path: &Path) -> bool {
        let Ok(target) = fs::metadata(path) else {
            return false;
        };
        ["", "-wal", "-shm", "-journal"].iter().any(|suffix| {
            let mut name = self.path.as_os_str().to_owned();
            name.push(suffix);
            fs::metadata(PathBuf::from(name)).is_ok_and(|m| file_id(&m) == file_id(&target))
        })
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
