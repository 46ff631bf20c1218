//! A setgid installation in a temporary root, made with the README's three
//! commands, and real Unix accounts to use it (tests run as root only).

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Accounts and groups made by the test; removed when dropped.
#[derive(Default)]
pub struct Accounts {
    users: Vec<String>,
    groups: Vec<String>,
}

impl Accounts {
    pub fn name(&self, role: &str) -> String {
        format!("pm{role}{}", std::process::id() % 100_000)
    }

    pub fn group(&mut self, role: &str) -> String {
        let name = self.name(role);
        run_ok(Command::new("groupadd").args(["--system", &name]));
        self.groups.push(name.clone());
        name
    }

    pub fn user(&mut self, role: &str) -> String {
        let name = self.name(role);
        run_ok(Command::new("useradd").args(["-M", "-U", "-s", "/usr/sbin/nologin", &name]));
        self.users.push(name.clone());
        name
    }
}

impl Drop for Accounts {
    fn drop(&mut self) {
        for user in &self.users {
            let _ = Command::new("userdel").arg(user).output();
        }
        for group in &self.groups {
            let _ = Command::new("groupdel").arg(group).output();
        }
    }
}

pub fn run_ok(command: &mut Command) -> Output {
    let out = command.output().expect("run");
    assert!(
        out.status.success(),
        "{command:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

pub fn ids(user: &str) -> (u32, u32) {
    let c = std::ffi::CString::new(user).expect("name");
    // SAFETY: getpwnam returns null or static storage read at once.
    unsafe {
        let pw = libc::getpwnam(c.as_ptr());
        assert!(!pw.is_null(), "{user} exists");
        ((*pw).pw_uid, (*pw).pw_gid)
    }
}

/// The installation: the temporary root, the installed binary, its settings.
pub struct Site {
    pub root: tempfile::TempDir,
    pub bin: PathBuf,
    pub settings: PathBuf,
    pub db: PathBuf,
    pub backups: PathBuf,
}

impl Site {
    /// `pomost ARGS…` as `user` (runuser), with no database setting at all:
    /// the system settings say where it is.
    pub fn as_user(&self, user: &str, args: &[&str], now: &str) -> Output {
        Command::new("/usr/sbin/runuser")
            .args(["-u", user, "--", "env"])
            .arg(format!("POMOST_SYSTEM_CONFIG={}", self.settings.display()))
            .args(["LANG=C.UTF-8", "POMOST_LANG=en", "TMPDIR=/tmp"])
            .arg(format!("POMOST_NOW={now}"))
            .arg(&self.bin)
            .args(args)
            .env_remove("POMOST_DB")
            .stdin(std::process::Stdio::null())
            .current_dir(self.root.path())
            .output()
            .expect("runuser")
    }

    /// Another program run as `user`.
    pub fn tool_as(&self, user: &str, program: &str, args: &[&Path]) -> Output {
        Command::new("/usr/sbin/runuser")
            .args(["-u", user, "--", program])
            .args(args)
            .current_dir(self.root.path())
            .output()
            .expect("runuser")
    }

    /// A folder of the temporary root that belongs to `user`.
    pub fn home(&self, user: &str) -> PathBuf {
        let homes = self.root.path().join("home");
        std::fs::create_dir_all(&homes).expect("homes");
        // Whatever this process's umask (opening a shared database sets 007).
        std::fs::set_permissions(&homes, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        let dir = homes.join(user);
        std::fs::create_dir_all(&dir).expect("home");
        let (uid, gid) = ids(user);
        std::os::unix::fs::chown(&dir, Some(uid), Some(gid)).expect("chown");
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).expect("chmod");
        dir
    }
}

pub fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

pub const NOW: &str = "2026-11-23 10:00";

/// The README's three commands, in a temporary root where they must be.
pub fn install(accounts: &mut Accounts) -> Option<(Site, String)> {
    let root = tempfile::Builder::new()
        .prefix("setgid-")
        .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
        .expect("tempdir");
    std::fs::set_permissions(root.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    if !pomost::config::root_only(root.path()) {
        eprintln!(
            "skipped: {} is not root's alone, so a setgid run would not trust settings there",
            root.path().display()
        );
        return None;
    }
    let bin = root.path().join("usr/local/bin/pomost");
    let settings = root.path().join("etc/pomost/pomost.toml");
    let db = root.path().join("srv/pomost/pomost.db");
    let backups = root.path().join("var/backups/pomost");

    // 1. groupadd --system pomost-data
    let data = accounts.group("data");
    // 2. install -o root -g pomost-data -m 2755 target/release/pomost /usr/local/bin/pomost
    run_ok(
        Command::new("install")
            .args(["-D", "-o", "root", "-g", &data, "-m", "2755"])
            .arg(env!("CARGO_BIN_EXE_pomost"))
            .arg(&bin),
    );
    // 3. pomost init --shared pomost-data --db /srv/pomost/pomost.db --backups /var/backups/pomost
    let out = run_ok(
        Command::new(&bin)
            .args(["--lang", "en", "init", "--shared", &data, "--db"])
            .arg(&db)
            .arg("--backups")
            .arg(&backups)
            .env("POMOST_SYSTEM_CONFIG", &settings),
    );
    assert!(
        text(&out).contains("Wrote the system settings"),
        "{}",
        text(&out)
    );
    Some((
        Site {
            root,
            bin,
            settings,
            db,
            backups,
        },
        data,
    ))
}

pub fn which(program: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join(program))
            .find(|p| p.exists())
    })
}
