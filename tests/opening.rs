//! Issue #11 §3, where a database comes from: a missing or mistyped path never
//! silently becomes a new database, an empty file is not adopted (and `init`
//! makes it private), a read-only folder still reads, a damaged database is
//! said and never backed up as good, and another program's exclusive lock is
//! waited for like any other save.

mod common;
#[path = "e2e/harness.rs"]
#[allow(dead_code)]
mod harness;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::thread;
use std::time::Duration;

use common::{pomost, side, stderr, stdout};

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).expect("stat").permissions().mode() & 0o777
}

/// Commands of every kind: writing, reading, coordinators' and members'.
const COMMANDS: &[&[&str]] = &[
    &["log", "--client", "AB-1", "--topic", "legal"],
    &["consultations", "list"],
    &["services", "search", "legal"],
    &["timetable", "--week", "2026-W48"],
    &["report", "--from", "2026-11-01", "--to", "2026-11-30"],
    &["staff", "list"],
    &["audit"],
];

/// The refusal: exit 2, one line on stderr saying what to do.
fn assert_refused(out: &Output, words: &str, args: &[&str]) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
    assert_eq!(err.lines().count(), 1, "{args:?}: one sentence: {err}");
    assert!(err.contains(words), "{args:?}: {err}");
    assert!(err.contains("pomost init --db"), "{args:?}: {err}");
    assert!(stdout(out).is_empty(), "{args:?}");
}

#[test]
fn a_missing_or_mistyped_path_never_becomes_a_database() {
    let dir = tempfile::tempdir().expect("tempdir");
    let typo = dir.path().join("typo/sub/pomost.db");
    for args in COMMANDS {
        let out = pomost(&typo, args);
        assert_refused(&out, "There is no database at", args);
        assert!(!dir.path().join("typo").exists(), "{args:?} made no folder");
    }
    let out = pomost(
        &typo,
        &["backup", &dir.path().join("copy.db").display().to_string()],
    );
    assert_refused(&out, "There is no database at", &["backup"]);
    assert!(!dir.path().join("copy.db").exists());
    // Through $POMOST_DB the same.
    let out = Command::new(env!("CARGO_BIN_EXE_pomost"))
        .args(["--lang", "en", "consultations", "list"])
        .env("POMOST_DB", &typo)
        .output()
        .expect("run");
    assert_refused(&out, &typo.display().to_string(), &["POMOST_DB"]);
    // And the screen, given a path with --db.
    let mut s = harness::Spawn::new(&typo).args(&["--lang", "en"]).start();
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 2);
    assert!(
        harness::flat(&s.text()).contains("There is no database at"),
        "{}",
        s.text()
    );
    assert!(!dir.path().join("typo").exists());
    // `init` makes it.
    let out = pomost(&typo, &["init", "--empty"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(mode(&typo), 0o600);
}

#[test]
fn an_empty_file_is_not_adopted_and_init_makes_it_private() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("pomost.db");
    std::fs::write(&db, b"").expect("create");
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    for args in COMMANDS {
        let out = pomost(&db, args);
        assert_refused(&out, "is an empty file", args);
        assert_eq!(std::fs::metadata(&db).expect("stat").len(), 0, "{args:?}");
        assert!(!side(&db, "-wal").exists(), "{args:?}");
        assert_eq!(mode(&db), 0o644, "{args:?} left the file as it was");
    }
    let out = pomost(&db, &["init", "--empty"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(mode(&db), 0o600, "a database init made is private");
    for suffix in ["-wal", "-shm"] {
        let file = side(&db, suffix);
        if file.exists() {
            assert_eq!(mode(&file), 0o600, "{suffix}");
        }
    }
    let out = pomost(&db, &["log", "--client", "AB-1", "--topic", "legal"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn a_database_in_a_read_only_folder_can_still_be_read() {
    if !common::root_or_skip() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = dir.path().join("readonly");
    std::fs::create_dir(&folder).expect("mkdir");
    let db = folder.join("pomost.db");
    assert!(pomost(&db, &["init"]).status.success());
    assert!(
        pomost(&db, &["staff", "add", "nobody", "--role", "coordinator"])
            .status
            .success()
    );
    // Everything in the file itself, no side files: the folder as a
    // read-only medium or a folder the user may not write would leave it.
    let conn = rusqlite::Connection::open(&db).expect("open");
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .expect("checkpoint");
    drop(conn);
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(side(&db, suffix));
    }
    // The file is nobody's and writable by them; the folder is not.
    std::os::unix::fs::chown(&db, Some(65534), None).expect("chown");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let before = std::fs::read(&db).expect("read");
    let as_nobody = |args: &[&str]| common::pomost_as_nobody(&db, args);
    let found = as_nobody(&["services", "search", "legal"]);
    assert!(found.status.success(), "{}", stderr(&found));
    assert!(stdout(&found).contains("Legal"), "{}", stdout(&found));
    let listed = as_nobody(&["consultations", "list"]);
    assert!(listed.status.success(), "{}", stderr(&listed));
    let refused = as_nobody(&["log", "--client", "AB12", "--topic", "legal"]);
    assert_eq!(refused.status.code(), Some(1), "{}", stderr(&refused));
    assert_eq!(stderr(&refused).lines().count(), 1, "{}", stderr(&refused));
    assert!(
        stderr(&refused).contains("but not change it"),
        "{}",
        stderr(&refused)
    );
    assert_eq!(std::fs::read(&db).expect("read"), before, "nothing written");
    assert!(!side(&db, "-wal").exists() && !side(&db, "-shm").exists());
}

/// A database with ten consultations whose index by client is overwritten
/// with garbage, as a failing disk or a bad copy leaves a page: the
/// directory still reads, the file is damaged.
fn damaged() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("pomost.db");
    assert!(pomost(&db, &["init"]).status.success());
    for i in 0..10 {
        let out = pomost(
            &db,
            &[
                "log",
                "--at",
                "2026-11-23 10:00",
                "--client",
                &format!("DM-{i}"),
                "--topic",
                "legal",
            ],
        );
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let conn = rusqlite::Connection::open(&db).expect("open");
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .expect("checkpoint");
    let (root, size): (i64, i64) = conn
        .query_row(
            "SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_schema
             WHERE name = 'consultation_by_client'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("the index's page");
    drop(conn);
    let mut bytes = std::fs::read(&db).expect("read");
    let (root, size) = (
        usize::try_from(root).expect("page"),
        usize::try_from(size).expect("size"),
    );
    let page = (root - 1) * size;
    for b in &mut bytes[page + 8..page + size] {
        *b = 0x5a;
    }
    std::fs::write(&db, &bytes).expect("write");
    (dir, db)
}

#[test]
fn a_damaged_database_is_never_backed_up_as_good_and_is_said_once() {
    let (dir, db) = damaged();
    let before = std::fs::read(&db).expect("read");
    let copy = dir.path().join("copy.db");
    let out = pomost(&db, &["backup", &copy.display().to_string()]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("is damaged"), "{err}");
    assert!(!copy.exists(), "no copy is left that looks good");
    assert!(!stdout(&out).contains("consistent copy"));
    // A read command says so, once, and reads what can be read.
    let out = pomost(&db, &["services", "search", "legal"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(stdout(&out).contains("Legal"), "{}", stdout(&out));
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("is damaged (SQLite's check:"), "{err}");
    // The screen says so on its status line.
    let mut s = harness::Spawn::new(&db)
        .args(&["--lang", "en"])
        .size(200, 30)
        .start();
    s.wait_for("the damage on the status line", |s| {
        s.text().contains("is damaged (SQLite's check:")
    });
    s.send("\x11"); // Ctrl-Q
    s.wait_exit();
    assert_eq!(std::fs::read(&db).expect("read"), before, "left untouched");
}

/// Another program holding the database in exclusive locking mode, with a
/// write of its own open, for `how_long`.
fn hold_exclusive(db: &Path, how_long: Duration) -> thread::JoinHandle<()> {
    let conn = rusqlite::Connection::open(db).expect("open");
    conn.execute_batch(
        "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; \
         UPDATE staff SET name = name;",
    )
    .expect("lock");
    thread::spawn(move || {
        thread::sleep(how_long);
        conn.execute_batch("ROLLBACK").expect("unlock");
        drop(conn);
    })
}

#[test]
fn an_exclusive_lock_of_another_program_is_waited_for_like_any_save() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("pomost.db");
    assert!(pomost(&db, &["init"]).status.success());
    let run = |limit: &str, args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_pomost"))
            .args(["--lang", "en", "--db"])
            .arg(&db)
            .args(args)
            .env_clear()
            .env("POMOST_BUSY_LIMIT", limit)
            .stdin(Stdio::null())
            .output()
            .expect("run pomost")
    };
    let log = [
        "log",
        "--at",
        "2026-11-23 10:00",
        "--client",
        "EX-1",
        "--topic",
        "legal",
    ];
    // Held for 1.6 s: waits, says so, saves.
    let holder = hold_exclusive(&db, Duration::from_millis(1600));
    let waited = run("30", &log);
    holder.join().expect("holder");
    let err = stderr(&waited);
    assert!(waited.status.success(), "{err}");
    assert_eq!(err.trim(), "pomost: waiting for another user's save…");
    // Held for 3 s with a limit of 1 s: the give-up sentence, for a write
    // and for a read alike.
    for args in [&log[..], &["consultations", "list"][..]] {
        let holder = hold_exclusive(&db, Duration::from_secs(3));
        let refused = run("1", args);
        holder.join().expect("holder");
        let err = stderr(&refused);
        assert_eq!(refused.status.code(), Some(1), "{args:?}: {err}");
        assert!(!err.contains("locked"), "{args:?}: {err}");
        assert!(
            err.ends_with("another user's save held the database for over 1 s; try again.\n"),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn the_screens_first_run_on_the_personal_default_path_makes_the_database() {
    let dir = tempfile::tempdir().expect("tempdir");
    let home = dir.path().join("home");
    let db = home.join(".local/share/pomost/pomost.db");
    let mut s = harness::Spawn::new(&db)
        .program(harness::binary(), &["--lang", "en"])
        .env("HOME", &home.display().to_string())
        .start();
    s.wait_for("the directory", |s| s.text().contains("Services"));
    s.wait_for("which database is open", |s| {
        harness::flat(&s.text()).contains(&format!("Database: {}", db.display()))
    });
    s.send("\x11"); // Ctrl-Q
    assert!(s.wait_exit().success());
    assert_eq!(mode(&db), 0o600);
    let found = pomost(&db, &["services", "search", "legal"]);
    assert!(found.status.success(), "{}", stderr(&found));
    assert!(
        !stdout(&found).is_empty(),
        "seeded with the shipped directory"
    );
}
