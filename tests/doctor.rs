//! `pomost doctor` on a setgid installation made with the README's three
//! commands: all in order (exit 0), then each thing it checks broken in turn,
//! its line expected, and mended. Runs as root only (it makes accounts).

mod common;

use std::os::unix::fs::PermissionsExt;
use std::process::{Command, Output};

use common::root_or_skip;
use common::setgid::{Accounts, NOW, Site, install, run_ok, text};

/// `pomost doctor` as root at `now`; with `db`, on that database explicitly.
fn doctor(site: &Site, now: &str, db: bool) -> Output {
    let mut command = Command::new(&site.bin);
    command
        .args(["--lang", "en"])
        .env("POMOST_SYSTEM_CONFIG", &site.settings)
        .env("POMOST_NOW", now)
        .env_remove("POMOST_DB");
    if db {
        command.arg("--db").arg(&site.db);
    }
    command.arg("doctor").output().expect("doctor")
}

/// Runs the doctor and expects it to fail with a "to fix" line holding
/// `expected`, the only one.
fn expect_finding(site: &Site, expected: &str) {
    expect_finding_at(site, NOW, false, expected);
}

/// [`expect_finding`] at `now`; with `db`, on the database named by `--db`
/// (the settings that name it are broken, and with them what they say about
/// backups: two findings).
fn expect_finding_at(site: &Site, now: &str, db: bool, expected: &str) {
    let out = doctor(site, now, db);
    let said = text(&out);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(
        said.lines()
            .any(|l| l.starts_with("to fix: ") && l.contains(expected) && l.contains(" — ")),
        "expected a line with {expected:?}:\n{said}"
    );
    let count = if db { 2 } else { 1 };
    assert!(
        said.contains(&format!("Things to fix: {count}.")),
        "{count} finding(s) only:\n{said}"
    );
}

fn pomost_root(site: &Site, args: &[&str]) -> Output {
    run_ok(
        Command::new(&site.bin)
            .args(["--lang", "en"])
            .args(args)
            .env("POMOST_SYSTEM_CONFIG", &site.settings)
            .env("POMOST_NOW", NOW),
    )
}

fn chmod(path: &std::path::Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

#[test]
fn the_doctor_finds_each_thing_broken_in_turn() {
    if !root_or_skip() {
        return;
    }
    let mut accounts = Accounts::default();
    let Some((site, data)) = install(&mut accounts) else {
        return;
    };
    // Last night's backup, into the folder the set-up named.
    let into = site.backups.to_str().expect("path").to_owned();
    run_ok(
        Command::new(&site.bin)
            .args(["--lang", "en", "backup", "--into", &into, "--keep", "7"])
            .env("POMOST_SYSTEM_CONFIG", &site.settings)
            .env("POMOST_NOW", "2026-11-23 03:00"),
    );
    let well = doctor(&site, NOW, false);
    assert!(well.status.success(), "{}", text(&well));
    let said = text(&well);
    assert!(said.contains("Everything checked is in order."), "{said}");
    assert!(!said.contains("to fix"), "{said}");
    for expected in [
        "ok: the system settings",
        "is rwxrws--- root:",
        "is rw-rw---- root:",
        "is setgid to the group",
        "nobody is a member of the group",
        "the journal mode is WAL",
        "quick_check finds",
        "every staff member (1) has a Unix account",
        "as recent as the shipped catalogue",
        "the newest backup in",
    ] {
        assert!(said.contains(expected), "{expected:?} in:\n{said}");
    }

    // The configuration.
    let settings = std::fs::read_to_string(&site.settings).expect("settings");
    std::fs::write(&site.settings, "database = [").expect("spoil");
    expect_finding_at(&site, NOW, true, "the system settings cannot be used");
    std::fs::write(&site.settings, &settings).expect("mend");

    // The folder's, the database's and the program's modes.
    let folder = site.db.parent().expect("folder").to_owned();
    chmod(&folder, 0o2775);
    expect_finding(&site, "is rwxrwsr-x root:");
    chmod(&folder, 0o2770);
    chmod(&site.db, 0o664);
    expect_finding(&site, "pomost.db is rw-rw-r-- root:");
    chmod(&site.db, 0o660);
    chmod(&site.bin, 0o755);
    expect_finding(&site, "is not setgid to the group");
    chmod(&site.bin, 0o2755);

    // A staff member in the data group could open the file without Pomost.
    let member = accounts.user("memb");
    run_ok(Command::new("gpasswd").args(["-a", &member, &data]));
    expect_finding(&site, &format!("{member} is a member of the group {data}"));
    run_ok(Command::new("gpasswd").args(["-d", &member, &data]));

    // A staff member whose account is gone.
    let gone = accounts.user("gone");
    pomost_root(&site, &["staff", "add", &gone, "--role", "desk"]);
    run_ok(Command::new("userdel").arg(&gone));
    expect_finding(&site, &format!("{gone} has no Unix account any more"));
    pomost_root(&site, &["staff", "remove", &gone]);

    // The journal mode (any pomost command run as root mends it).
    let conn = rusqlite::Connection::open(&site.db).expect("open");
    let mode: String = conn
        .query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))
        .expect("journal mode");
    assert_eq!(mode, "delete");
    drop(conn);
    expect_finding(&site, "the journal mode is delete, not WAL");

    // The shipped catalogue checked a service later than the database did.
    let conn = rusqlite::Connection::open(&site.db).expect("open");
    let (id, verified): (String, String) = conn
        .query_row(
            "SELECT id, last_verified FROM service WHERE last_verified IS NOT NULL LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("a verified service");
    let set = "UPDATE service SET last_verified = ?2 WHERE id = ?1";
    conn.execute(set, [&id, "2001-01-01"]).expect("age it");
    expect_finding(
        &site,
        "the shipped catalogue has 1 services checked more recently",
    );
    conn.execute(set, [&id, &verified]).expect("mend");

    // Damage: an index's page overwritten, as a failing disk leaves it.
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .expect("checkpoint");
    let (root, size): (i64, i64) = conn
        .query_row(
            "SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_schema
             WHERE type = 'index' AND rootpage > 1 ORDER BY rootpage DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("an index");
    drop(conn);
    let saved = std::fs::read(&site.db).expect("read");
    let mut spoiled = saved.clone();
    let (root, size) = (
        usize::try_from(root).expect("page"),
        usize::try_from(size).expect("size"),
    );
    spoiled[(root - 1) * size..root * size].fill(0xA5);
    std::fs::write(&site.db, &spoiled).expect("spoil");
    expect_finding(&site, "pomost.db is damaged");
    std::fs::write(&site.db, &saved).expect("mend");

    // The last backup is three days old.
    expect_finding_at(&site, "2026-11-26 10:00", false, "h old");

    // All mended.
    let well = doctor(&site, NOW, false);
    assert!(well.status.success(), "{}", text(&well));
}

/// Without system settings the database is someone's own: the doctor checks
/// that nobody else may read it, and never advises changing the group or the
/// mode of its folder (which may be /tmp or a home directory).
#[test]
fn a_personal_database_is_checked_as_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("pomost.db");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_pomost"))
            .args(["--lang", "en", "--db"])
            .arg(&db)
            .args(args)
            .env(
                "POMOST_SYSTEM_CONFIG",
                dir.path().join("no-such-settings.toml"),
            )
            .env("POMOST_NOW", NOW)
            .env_remove("POMOST_DB")
            .output()
            .expect("pomost")
    };
    assert!(run(&["init"]).status.success());
    let out = run(&["doctor"]);
    let said = text(&out);
    assert_eq!(out.status.code(), Some(0), "{said}");
    assert!(said.contains("is checked as a personal database"), "{said}");
    assert!(said.contains("rw-------"), "{said}");

    chmod(&db, 0o644);
    let out = run(&["doctor"]);
    let said = text(&out);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(
        said.lines().any(|l| l.starts_with("to fix: ")
            && l.ends_with(&format!("run: chmod 600 {}", db.display()))),
        "{said}"
    );
    assert!(
        !said.contains("chgrp"),
        "no group advice for a personal database:\n{said}"
    );
}
