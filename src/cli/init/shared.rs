//! `pomost init --shared GROUP`: the file-system side of one database shared by
//! the staff of a Unix group.
//!
//! The directory is setgid (new files take its group) and `rwxrws---`; the
//! database and SQLite's `-wal`/`-shm` files are `rw-rw----` and belong to the
//! group. SQLite creates `-wal`/`-shm` with the database file's mode filtered by
//! the process umask, so every Pomost process opening a group-writable database
//! sets its umask to 007 first (see `Store::open`).

use std::ffi::CString;
use std::fs::{self, OpenOptions};
use std::io;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::Path;

/// The group id of a group name, if the group exists.
pub fn group_id(name: &str) -> Option<libc::gid_t> {
    let c = CString::new(name).ok()?;
    // SAFETY: getgrnam returns null or a pointer to static storage that we read
    // at once.
    unsafe {
        let gr = libc::getgrnam(c.as_ptr());
        (!gr.is_null()).then(|| (*gr).gr_gid)
    }
}

fn chown_group(path: &Path, gid: libc::gid_t) -> io::Result<()> {
    std::os::unix::fs::chown(path, None, Some(gid))
}

/// Before the database is created: the directory (setgid, group-writable) and
/// an empty database file that the group can read and write.
pub fn prepare(db: &Path, gid: libc::gid_t) -> io::Result<()> {
    let dir = db
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    chown_group(dir, gid)?;
    fs::set_permissions(dir, fs::Permissions::from_mode(0o2770))?;
    // SAFETY: umask only changes this process's file-creation mask.
    unsafe {
        libc::umask(0o007);
    }
    if !db.exists() {
        OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o660)
            .open(db)?;
    }
    Ok(())
}

/// After the database was written: the database and its side files belong to
/// the group, readable and writable by it, by no one else.
pub fn finish(db: &Path, gid: libc::gid_t) -> io::Result<()> {
    for suffix in ["", "-wal", "-shm"] {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        let path = Path::new(&name);
        if path.exists() {
            chown_group(path, gid)?;
            fs::set_permissions(path, fs::Permissions::from_mode(0o660))?;
        }
    }
    Ok(())
}
