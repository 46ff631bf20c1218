//! Where the database is and who is working: resolved once at start.

use std::ffi::CStr;
use std::path::PathBuf;

/// The database path: the flag, else `$POMOST_DB`, else the platform data
/// directory (`~/.local/share/pomost/pomost.db` on Linux).
pub fn database_path(flag: Option<PathBuf>) -> PathBuf {
    flag.or_else(|| {
        std::env::var_os("POMOST_DB")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    })
    .unwrap_or_else(default_database_path)
}

/// True for the personal default path (no --db, no `$POMOST_DB`): the only
/// place the screen's first run may create a database.
pub fn is_personal_default(path: &std::path::Path) -> bool {
    path == default_database_path()
}

fn default_database_path() -> PathBuf {
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join("pomost")
        .join("pomost.db")
}

/// The operating-system user running Pomost: the acting staff member.
///
/// Taken from the password database for the effective uid (not `$USER`, which a
/// user can set to anything), falling back to `$USER` only if that lookup fails.
pub fn current_user() -> String {
    // SAFETY: geteuid has no preconditions.
    user_name(unsafe { libc::geteuid() })
        .or_else(|| std::env::var("USER").ok())
        .unwrap_or_else(|| "unknown".to_owned())
}

/// The name of the account with this uid, from the password database.
pub fn user_name(uid: u32) -> Option<String> {
    // SAFETY: getpwuid returns a pointer into static storage or null; we copy the
    // name out at once and do not keep the pointer.
    unsafe {
        let pw = libc::getpwuid(uid);
        if pw.is_null() || (*pw).pw_name.is_null() {
            None
        } else {
            Some(CStr::from_ptr((*pw).pw_name).to_string_lossy().into_owned())
        }
    }
}
