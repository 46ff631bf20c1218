//! Running the real binary from the tests, as a user would, in the C locale.
// Each test file uses a part of these.
#![allow(dead_code)]

pub mod hsds;
pub mod qr;
pub mod setgid;

use std::path::Path;
use std::process::{Command, Output};

/// `pomost --db DB ARGS…`, with no language set by the environment.
pub fn pomost(db: &Path, args: &[&str]) -> Output {
    command(db, args).output().expect("run pomost")
}

/// [`pomost`] with the clock at `now` (`$POMOST_NOW`: `YYYY-MM-DD HH:MM` in
/// Warsaw, or RFC 3339): the test, not the calendar, decides what day it is.
pub fn pomost_at(now: &str, db: &Path, args: &[&str]) -> Output {
    command(db, args)
        .env("POMOST_NOW", now)
        .output()
        .expect("run pomost")
}

/// The command [`pomost`] runs.
pub fn command(db: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pomost"));
    command
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("POMOST_LANG")
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    command
}

/// The standard output, which must be UTF-8.
pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 on stdout")
}

/// The standard error, as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// True when the tests run as root and so may run pomost as another account;
/// otherwise says the test is skipped.
pub fn root_or_skip() -> bool {
    // SAFETY: geteuid has no preconditions.
    let root = unsafe { libc::geteuid() } == 0;
    if !root {
        eprintln!("skipped: needs root to run pomost as another Unix user (runuser)");
    }
    root
}

/// `pomost --lang en --db DB ARGS…` run as the account `nobody` (runuser; the
/// tests must run as root, see [`root_or_skip`]).
pub fn pomost_as_nobody(db: &Path, args: &[&str]) -> Output {
    let runuser = ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"]
        .into_iter()
        .find(|p| Path::new(p).exists())
        .expect("runuser (util-linux)");
    Command::new(runuser)
        .args(["-u", "nobody", "--", env!("CARGO_BIN_EXE_pomost")])
        .args(["--lang", "en", "--db"])
        .arg(db)
        .args(args)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("runuser")
}

/// SQLite's `PRAGMA integrity_check` of the file, on a connection of its own.
pub fn integrity(db: &Path) -> String {
    rusqlite::Connection::open(db)
        .expect("open")
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity_check")
}

/// A new database `pomost.db` in `dir` with the reference lists, and the
/// shipped catalogue when `catalogue` is set; the store stays open.
pub fn seeded_store(dir: &Path, catalogue: bool) -> (pomost::store::Store, std::path::PathBuf) {
    let path = dir.join("pomost.db");
    let (mut store, _) = pomost::store::Store::open(&path).expect("open");
    pomost::seed::seed(&mut store, "tester", catalogue).expect("seed");
    (store, path)
}

/// The topics and counties a draft is checked against.
pub fn reference(store: &pomost::store::Store) -> pomost::model::Reference {
    pomost::model::Reference {
        topics: store.topics().expect("topics"),
        counties: store.counties().expect("counties"),
    }
}

/// The database opened for writing as the tests' processes open it at `now`
/// (`POMOST_NOW`'s forms): the times it writes come from that clock.
pub fn open_at(now: &str, db: &Path) -> pomost::store::Store {
    let mut store = pomost::store::Store::open_existing(db).expect("open");
    store.set_clock(pomost::clock::Clock::parse(now).expect("a time"));
    store
}

/// SQLite's side file beside `db` (`-wal`, `-shm`).
pub fn side(db: &Path, suffix: &str) -> std::path::PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(suffix);
    std::path::PathBuf::from(name)
}
