//! Where the database is and who is working: resolved once at start.
//!
//! Settings are read in this order, the first that says wins: the command
//! line (`--db`, `--lang`), the system settings (`/etc/pomost/pomost.toml`:
//! the shared database), the environment (`POMOST_DB`, `POMOST_LANG`), the
//! user's settings (`$XDG_CONFIG_HOME/pomost/pomost.toml`: the language), the
//! locale and the personal default database.

use std::ffi::CStr;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::i18n::{Lang, Msg};

/// Where the system settings are.
pub const SYSTEM_CONFIG: &str = "/etc/pomost/pomost.toml";

/// Names another system settings file, for tests; under setgid honoured only
/// for a file only root could have written (see [`system_config_path`]).
pub const SYSTEM_CONFIG_ENV: &str = "POMOST_SYSTEM_CONFIG";

/// The system settings: what `pomost init --shared` writes.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct SystemConfig {
    /// The shared database (an absolute path).
    pub database: Option<PathBuf>,
    /// The Unix group that owns its folder.
    pub group: Option<String>,
    /// Where the nightly backups go (`pomost backup --into`), for
    /// `pomost doctor` to check their age.
    pub backups: Option<PathBuf>,
}

/// The user's own settings: personal choices only, never the database.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserConfig {
    /// The interface language (`pl`, `en`, `uk`).
    pub lang: Option<String>,
}

/// The system settings file: [`SYSTEM_CONFIG`], or the file `$POMOST_SYSTEM_CONFIG`
/// names — under setgid (for anyone but root) only when it and every folder
/// above it belong to root and no one else may write them, as `/etc/pomost`
/// does: a file only root could have written.
pub fn system_config_path() -> PathBuf {
    let named = std::env::var_os(SYSTEM_CONFIG_ENV)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from);
    match named {
        Some(path) if trusted_caller() || root_only(&path) => path,
        _ => PathBuf::from(SYSTEM_CONFIG),
    }
}

/// True when the caller may name any settings file: not under setgid, or root.
fn trusted_caller() -> bool {
    // SAFETY: getuid has no preconditions.
    !crate::privilege::privileged() || unsafe { libc::getuid() } == 0
}

/// True when `path` is absolute and it and every folder above it belong to
/// root and are writable by no one else.
pub fn root_only(path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    path.is_absolute()
        && path.ancestors().all(|p| {
            std::fs::symlink_metadata(p).is_ok_and(|m| m.uid() == 0 && m.mode() & 0o022 == 0)
        })
}

/// The system settings, read once: `None` when there are none or they
/// cannot be used ([`system_error`] says why).
pub fn system() -> Option<&'static SystemConfig> {
    system_read().as_ref().ok().and_then(Option::as_ref)
}

/// Why the system settings cannot be used, if they cannot.
pub fn system_error() -> Option<&'static str> {
    system_read().as_ref().err().map(String::as_str)
}

fn system_read() -> &'static Result<Option<SystemConfig>, String> {
    static SYSTEM: OnceLock<Result<Option<SystemConfig>, String>> = OnceLock::new();
    SYSTEM.get_or_init(|| read_system(&system_config_path()))
}

/// The system settings in `path`: `Ok(None)` when there is no such file, else
/// the settings or what is wrong with them (in English: for the log and
/// `pomost doctor`, which says it in the user's language around it).
pub fn read_system(path: &Path) -> Result<Option<SystemConfig>, String> {
    match std::fs::read_to_string(path) {
        Ok(text) => toml::from_str(&text)
            .map(Some)
            .map_err(|e| toml_problem(path, &text, &e)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

/// What is wrong with a settings file, on one line: `PATH:LINE: problem`.
fn toml_problem(path: &Path, text: &str, e: &toml::de::Error) -> String {
    let line = e.span().map_or(1, |span| {
        text[..span.start.min(text.len())].lines().count().max(1)
    });
    crate::text::one_line(&format!("{}:{line}: {}", path.display(), e.message()))
}

/// Writes the system settings to `path` (its folder made when missing),
/// readable by everyone, writable by its owner only.
pub fn write_system(path: &Path, config: &SystemConfig) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    // Folders made here are readable by everyone, whatever the umask (the
    // shared set-up sets 007).
    let missing: Vec<&Path> = path
        .ancestors()
        .skip(1)
        .take_while(|d| !d.as_os_str().is_empty() && !d.exists())
        .collect();
    for dir in missing.into_iter().rev() {
        std::fs::create_dir(dir)?;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755))?;
    }
    let text = toml::to_string(config).map_err(std::io::Error::other)?;
    std::fs::write(path, text)?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o644))
}

/// The user's settings file (`$XDG_CONFIG_HOME/pomost/pomost.toml`).
pub fn user_config_path() -> Option<PathBuf> {
    dirs::config_dir().map(|d| d.join("pomost").join("pomost.toml"))
}

/// The user's settings, read as the user: the defaults when there is no
/// file, else the settings or what is wrong with them.
pub fn user() -> Result<UserConfig, String> {
    let Some(path) = user_config_path() else {
        return Ok(UserConfig::default());
    };
    match crate::privilege::as_user(|| std::fs::read_to_string(&path)) {
        Ok(text) => toml::from_str(&text).map_err(|e| toml_problem(&path, &text, &e)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(UserConfig::default()),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

/// The interface language: `--lang`, else `$POMOST_LANG`, else the user's
/// settings, else the locale. Settings that cannot be used are said on
/// stderr and left out.
pub fn lang(flag: Option<Lang>) -> Lang {
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    let fallback = Lang::resolve(flag);
    if flag.is_some() || env("POMOST_LANG").is_some() {
        return fallback;
    }
    match user() {
        Ok(mine) => Lang::resolve_with(None, |k| match k {
            "POMOST_LANG" => mine.lang.clone(),
            _ => env(k),
        }),
        Err(problem) => {
            warn(&fallback.fmt(Msg::ErrSettings, &[&problem]));
            fallback
        }
    }
}

/// A line on stderr, cleaned.
pub(crate) fn warn(text: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "pomost: {}", crate::text::one_line(text));
}

/// The database path: the flag, else the system settings' shared database,
/// else `$POMOST_DB`, else the platform data directory
/// (`~/.local/share/pomost/pomost.db` on Linux).
pub fn database_path(flag: Option<PathBuf>) -> PathBuf {
    flag.or_else(|| system().and_then(|c| c.database.clone()))
        .or_else(|| {
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
/// Taken from the password database for the real uid (not `$USER`, which a
/// user can set to anything), falling back to `$USER` only if that lookup fails.
pub fn current_user() -> String {
    // SAFETY: getuid has no preconditions.
    user_name(unsafe { libc::getuid() })
        .or_else(|| {
            // Under setgid the environment is the caller's to choose.
            (!crate::privilege::privileged())
                .then(|| std::env::var("USER").ok())
                .flatten()
        })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_chain_of_root_owned_unwritable_folders_is_trusted() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pomost.toml");
        std::fs::write(&file, "").unwrap();
        // The system's temporary folder is writable by everyone (sticky or
        // not): a file under it is never trusted, whoever owns it.
        let tmp_open = std::fs::metadata(std::env::temp_dir()).unwrap().mode() & 0o022 != 0;
        if tmp_open {
            assert!(!root_only(&file));
        }
        assert!(!root_only(Path::new("relative/pomost.toml")));
        assert!(!root_only(&dir.path().join("missing.toml")));
    }

    #[test]
    fn a_settings_problem_is_one_line_with_the_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pomost.toml");
        std::fs::write(&file, "group = \"x\"\ndatabase = [\n").unwrap();
        let problem = read_system(&file).unwrap_err();
        assert!(!problem.contains('\n'), "{problem}");
        assert!(
            problem.starts_with(&format!("{}:2: ", file.display())),
            "{problem}"
        );

        std::fs::write(
            &file,
            "database = \"/srv/pomost/pomost.db\"\nlang = \"pl\"\n",
        )
        .unwrap();
        let problem = read_system(&file).unwrap_err();
        assert!(
            problem.contains("lang"),
            "an unknown key is named: {problem}"
        );

        assert_eq!(read_system(&dir.path().join("none.toml")), Ok(None));
        let written = SystemConfig {
            database: Some(PathBuf::from("/srv/pomost/pomost.db")),
            group: Some("pomost-data".into()),
            backups: None,
        };
        write_system(&dir.path().join("etc/pomost/pomost.toml"), &written).unwrap();
        assert_eq!(
            read_system(&dir.path().join("etc/pomost/pomost.toml")),
            Ok(Some(written))
        );
    }
}
