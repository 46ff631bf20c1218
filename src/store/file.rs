//! The database file as a file: the connections this process holds to it
//! (by device and inode), its header read with plain I/O only while none is
//! held, creating it with its mode, and opening it read-only. See the
//! documentation of [`crate::store`] for why plain I/O is fenced off.

use std::fs::{self, OpenOptions};
use std::io::{self, Read};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use super::StoreError;
use super::error::classify;

pub(super) const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// The database files this process has connections to, by device and inode,
/// with how many. A file in it is never opened with plain I/O (see the module
/// documentation); the lock is held from the header check until the new
/// connection is counted, so no thread reads a header while another opens.
static OPEN_FILES: std::sync::Mutex<Vec<(FileId, usize)>> = std::sync::Mutex::new(Vec::new());

/// A file's device and inode: the key POSIX locks are kept by.
pub(super) type FileId = (u64, u64);

pub(super) fn file_id(meta: &fs::Metadata) -> FileId {
    use std::os::unix::fs::MetadataExt;
    (meta.dev(), meta.ino())
}

pub(super) fn open_files() -> std::sync::MutexGuard<'static, Vec<(FileId, usize)>> {
    // A panic elsewhere cannot leave the list half-changed: recover it.
    OPEN_FILES
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// One connection counted in [`OPEN_FILES`]; uncounted when dropped.
pub(super) struct OpenFile(FileId);

impl OpenFile {
    /// Counts a connection to `id` (the list is locked by the caller).
    pub(super) fn count(files: &mut Vec<(FileId, usize)>, id: FileId) -> OpenFile {
        match files.iter_mut().find(|(f, _)| *f == id) {
            Some((_, n)) => *n += 1,
            None => files.push((id, 1)),
        }
        OpenFile(id)
    }

    /// True when this process has a connection to `id`.
    pub(super) fn is_open(files: &[(FileId, usize)], id: FileId) -> bool {
        files.iter().any(|(f, n)| *f == id && *n > 0)
    }
}

impl Drop for OpenFile {
    fn drop(&mut self) {
        let mut files = open_files();
        if let Some(i) = files.iter().position(|(f, _)| *f == self.0) {
            files[i].1 -= 1;
            if files[i].1 == 0 {
                files.swap_remove(i);
            }
        }
    }
}

/// Opens a database this user may only read. In WAL mode a reader needs the
/// `-shm` index beside the file; when nobody has the database open there is
/// none, and a user who may not write the directory cannot create it (SQLite
/// then says SQLITE_READONLY on the first read). With no write-ahead log
/// waiting to be copied in, the file alone is the whole database, so it is
/// opened as immutable: read as it is, without the side files.
pub(super) fn open_read_only(path: &Path) -> Result<Connection, StoreError> {
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

/// `PRAGMA quick_check` on `conn`: `None` when sound, else the first problem
/// (cleaned, on one line).
pub(super) fn quick_check(conn: &Connection) -> rusqlite::Result<Option<String>> {
    use rusqlite::ErrorCode;
    match conn.query_row("PRAGMA quick_check(1)", [], |r| r.get::<_, String>(0)) {
        Ok(ok) if ok == "ok" => Ok(None),
        Ok(problem) => Ok(Some(crate::text::one_line(&problem))),
        Err(e)
            if matches!(
                e.sqlite_error_code(),
                Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase)
            ) =>
        {
            Ok(Some(crate::text::one_line(&e.to_string())))
        }
        Err(e) => Err(e),
    }
}

/// True when this user may create files in the database's folder (as SQLite
/// must, for the write-ahead log and its index), by the effective ids.
pub(super) fn folder_writable(path: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let folder = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let Ok(c) = std::ffi::CString::new(folder.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: `c` is a valid NUL-terminated path for the call's duration.
    unsafe {
        libc::faccessat(
            libc::AT_FDCWD,
            c.as_ptr(),
            libc::W_OK | libc::X_OK,
            libc::AT_EACCESS,
        ) == 0
    }
}

/// `file:PATH?immutable=1`, with the characters a URI gives meaning to escaped.
pub(super) fn immutable_uri(path: &Path) -> String {
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
pub(super) fn keep_group_access(meta: &fs::Metadata) {
    use std::os::unix::fs::PermissionsExt;
    if meta.permissions().mode() & 0o020 != 0 {
        // SAFETY: umask only changes this process's file-creation mask.
        unsafe {
            libc::umask(0o007);
        }
    }
}

/// Creates an empty database file with `mode` (its directory, when missing,
/// readable only by its owner).
pub(super) fn create_file(path: &Path, mode: u32) -> io::Result<()> {
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
        .mode(mode)
        .open(path)
        .map(drop)
}

/// What the first bytes of a file say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Header {
    /// A zero-byte file.
    Empty,
    /// An SQLite database.
    Sqlite,
}

/// Checks the header of a file this process has no connection to; one it has
/// is known to be ours, and a plain open and close would drop its locks.
pub(super) fn check_header_unless_open(
    files: &[(FileId, usize)],
    path: &Path,
    meta: &fs::Metadata,
) -> Result<Header, StoreError> {
    if OpenFile::is_open(files, file_id(meta)) {
        Ok(Header::Sqlite)
    } else {
        check_header(path)
    }
}

/// Reads the first 16 bytes with plain I/O: an empty file is a new database, an
/// SQLite file starts with its magic string, anything else is refused untouched.
pub(super) fn check_header(path: &Path) -> Result<Header, StoreError> {
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
    if head.is_empty() {
        Ok(Header::Empty)
    } else if head == SQLITE_MAGIC {
        Ok(Header::Sqlite)
    } else {
        Err(StoreError::NotSqlite {
            path: path.to_owned(),
        })
    }
}
