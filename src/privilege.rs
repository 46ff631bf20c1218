//! The setgid installation: a shared database that staff reach only through
//! Pomost (see the README, "Running on a shared server").
//!
//! Installed setgid to the data group, the program runs with that group as its
//! effective group and the user's own ids as real ones. The group is used for
//! one thing only: the shared database named by the system settings
//! ([`crate::config::system`]) and the files SQLite keeps beside it. At start
//! ([`settle`]) a run that works on any other database gives the group up for
//! good; a run on the shared one keeps it, points SQLite's temporary files into
//! the protected folder, and opens every file the user names (exports, imports,
//! backups, the user's settings) through [`as_user`], with the user's own group.
//! Identity always comes from the real uid ([`crate::config::current_user`]).

use std::path::{Path, PathBuf};

use crate::config;
use crate::i18n::{Lang, Msg};

/// True when this process runs with a group it was not started with (a setgid
/// binary): the data group.
pub fn privileged() -> bool {
    // SAFETY: getgid and getegid have no preconditions.
    unsafe { libc::getegid() != libc::getgid() }
}

/// Decides, before anything else runs, which database this run works on and
/// whether it keeps the data group: only a run on the shared database named
/// by the system settings does. Returns the database path (as
/// [`config::database_path`] resolves it).
pub fn settle(flag: Option<PathBuf>, lang: Lang) -> PathBuf {
    if let Some(problem) = config::system_error() {
        config::warn(&lang.fmt(Msg::ErrSettings, &[&problem]));
    }
    let path = config::database_path(flag);
    if !privileged() {
        return path;
    }
    match config::system().and_then(|c| c.database.clone()) {
        Some(shared) if shared.is_absolute() && shared == path => keep_for(&shared),
        _ => give_up(lang),
    }
    path
}

/// Gives the data group up for good: real, effective and saved group ids all
/// become the user's own, so nothing later can take it back.
pub fn give_up(lang: Lang) {
    if !privileged() {
        return;
    }
    // SAFETY: getgid has no preconditions; setresgid to the real gid is always
    // permitted and changes only this process's credentials.
    let ok = unsafe {
        let gid = libc::getgid();
        libc::setresgid(gid, gid, gid) == 0
    };
    if !ok || privileged() {
        // Never go on with a privilege that should be gone.
        let e = std::io::Error::last_os_error();
        config::warn(&lang.fmt(Msg::ErrGiveUpGroup, &[&e]));
        std::process::exit(1);
    }
}

/// A run on the shared database: SQLite's temporary files go to the
/// protected folder, whatever `TMPDIR` or `SQLITE_TMPDIR` the user set; and
/// the clock is the system's (`POMOST_NOW` would let a staff member date
/// their changes and the audit trail as they like) — except for root.
fn keep_for(shared: &Path) {
    let folder = shared.parent().unwrap_or(Path::new("/"));
    // SAFETY: called from `main` before any other thread exists; getuid has
    // no preconditions.
    unsafe {
        std::env::remove_var("TMPDIR");
        std::env::set_var("SQLITE_TMPDIR", folder);
        if libc::getuid() != 0 {
            std::env::remove_var(crate::clock::NOW_VAR);
        }
    }
}

/// Runs `f` with the user's own group for file access on this thread (Linux's
/// file-system gid): a file the user names is opened as the user could open
/// it, and a file it creates belongs to the user and the user's group. Other
/// threads (the screen's jobs reading the database) keep the data group.
pub fn as_user<T>(f: impl FnOnce() -> T) -> T {
    if !privileged() {
        return f();
    }
    struct Restore(libc::gid_t);
    impl Drop for Restore {
        fn drop(&mut self) {
            // SAFETY: setfsgid changes only this thread's file-system gid.
            unsafe {
                libc::setfsgid(self.0);
            }
        }
    }
    // SAFETY: as above; getgid and getegid have no preconditions.
    let _restore = unsafe {
        libc::setfsgid(libc::getgid());
        Restore(libc::getegid())
    };
    f()
}
