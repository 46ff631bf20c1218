//! A shared server where roles are enforced: the README's three set-up
//! commands (binary installed setgid to a data group that no staff member is
//! in), then real Unix accounts working through it. The database is out of
//! reach of `sqlite3`, `cat` and `cp`; every `pomost` route keeps a desk
//! worker from others' notes; files a user asks for are the user's.
//!
//! Runs as root only (it creates accounts and groups, removed afterwards even
//! on failure); the system settings live in a temporary root that only root
//! may write, named by `POMOST_SYSTEM_CONFIG`.

mod common;

use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::process::Command;

use common::setgid::{Accounts, NOW, ids, install, run_ok, text, which};
use common::{root_or_skip, side};

#[test]
fn on_a_setgid_installation_staff_reach_the_data_only_through_pomost() {
    const DESK_NOTE: &str = "desk-note-about-K1";
    const COUNSELOR_NOTE: &str = "counselor-note-about-health-of-K2";
    if !root_or_skip() {
        return;
    }
    let mut accounts = Accounts::default();
    let Some((site, data)) = install(&mut accounts) else {
        return;
    };
    let desk = accounts.user("desk");
    let counselor = accounts.user("couns");
    let coordinator = accounts.user("coord");
    for (user, role) in [
        (&desk, "desk"),
        (&counselor, "counselor"),
        (&coordinator, "coordinator"),
    ] {
        run_ok(
            Command::new(&site.bin)
                .args(["--lang", "en", "staff", "add", user, "--role", role])
                .env("POMOST_SYSTEM_CONFIG", &site.settings),
        );
    }

    // The two-user scenario: a desk worker logs, a counselor reads — neither
    // has any setting of their own.
    // (POMOST_NOW is the caller's to set, so under setgid it is ignored: the
    // consultation and its audit entry carry the system's time, not 2001.)
    let logged = site.as_user(
        &desk,
        &[
            "log", "--client", "KL-001", "--topic", "legal", "--note", DESK_NOTE,
        ],
        "2001-01-01 10:00",
    );
    assert!(logged.status.success(), "{}", text(&logged));
    let store = pomost::store::Store::open_existing(&site.db).expect("open");
    let rows = store
        .consultations(&pomost::store::ConsultationQuery::default())
        .expect("list");
    assert_eq!(rows.len(), 1);
    assert_ne!(chrono::Datelike::year(&rows[0].at), 2001);
    drop(store);
    let logged = site.as_user(
        &counselor,
        &[
            "log",
            "--client",
            "KL-002",
            "--topic",
            "legal",
            "--note",
            COUNSELOR_NOTE,
        ],
        NOW,
    );
    assert!(logged.status.success(), "{}", text(&logged));
    let read = site.as_user(
        &counselor,
        &["consultations", "export", "--format", "json"],
        NOW,
    );
    assert!(read.status.success(), "{}", text(&read));
    assert!(
        text(&read).contains(DESK_NOTE),
        "the counselor reads the desk's note"
    );

    // The files: the folder is the data group's alone, and the database and
    // its side files too.
    let folder = std::fs::metadata(site.db.parent().expect("folder")).expect("folder");
    assert_eq!(folder.mode() & 0o7777, 0o2770);
    let (_, data_gid) = {
        let c = std::ffi::CString::new(data.clone()).expect("name");
        // SAFETY: getgrnam returns null or static storage read at once.
        unsafe {
            let gr = libc::getgrnam(c.as_ptr());
            assert!(!gr.is_null());
            (0, (*gr).gr_gid)
        }
    };
    assert_eq!(folder.gid(), data_gid);

    // The operating system refuses the desk worker every direct way in, with
    // the side files there (a connection held open).
    let held = pomost::store::Store::open_existing(&site.db).expect("open");
    held.conn()
        .execute_batch("SELECT count(*) FROM topic")
        .expect("read");
    let copy = site.home(&desk).join("copy.db");
    for file in [
        site.db.clone(),
        side(&site.db, "-wal"),
        side(&site.db, "-shm"),
    ] {
        for (program, args) in [
            ("cat", vec![file.as_path()]),
            ("cp", vec![file.as_path(), copy.as_path()]),
            (
                "sqlite3",
                vec![file.as_path(), Path::new("SELECT note FROM consultation")],
            ),
        ] {
            if program == "sqlite3" && which("sqlite3").is_none() {
                eprintln!("sqlite3 is not installed: its refusal is not checked");
                continue;
            }
            assert!(file.exists(), "{}", file.display());
            let out = site.tool_as(&desk, program, &args);
            assert!(
                !out.status.success(),
                "{program} {}: {}",
                file.display(),
                text(&out)
            );
            let said = text(&out).to_lowercase();
            assert!(
                said.contains("permission denied") || said.contains("unable to open"),
                "{program}: {said}"
            );
            assert!(!text(&out).contains(COUNSELOR_NOTE));
        }
    }
    assert!(!copy.exists());
    drop(held);

    // Every pomost route to the counselor's note is closed to the desk worker.
    for args in [
        vec!["consultations", "export", "--format", "json"],
        vec!["consultations", "export", "--format", "csv"],
        vec!["consultations", "list", "--client", "KL-002"],
        vec![
            "consultations",
            "export",
            "--client",
            "KL-002",
            "--format",
            "json",
        ],
        vec!["client", "export", "KL-002"],
        vec!["audit", "--format", "json"],
        vec!["report", "--from", "2026-11-01", "--to", "2026-11-30"],
        vec!["backup", "/tmp/pomost-desk-copy.db"],
    ] {
        let out = site.as_user(&desk, &args, NOW);
        assert!(
            !text(&out).contains(COUNSELOR_NOTE),
            "{args:?}: {}",
            text(&out)
        );
    }
    // (The route itself works: the desk worker reads their own note.)
    let own = site.as_user(&desk, &["consultations", "export", "--format", "json"], NOW);
    assert!(own.status.success(), "{}", text(&own));
    assert!(text(&own).contains(DESK_NOTE));
    assert!(!Path::new("/tmp/pomost-desk-copy.db").exists());

    // An import of the database file itself is read as the user: refused by
    // the system, no byte of it quoted.
    for user in [&desk, &coordinator] {
        let out = site.as_user(
            user,
            &["services", "import", site.db.to_str().expect("path")],
            NOW,
        );
        assert!(!out.status.success());
        let said = text(&out);
        assert!(said.contains("ermission denied"), "{said}");
        assert!(
            !said.contains("SQLite format") && !said.contains(COUNSELOR_NOTE),
            "{said}"
        );
    }

    // --db naming the database any other way runs without the data group.
    let link = site.home(&desk).join("link.db");
    std::os::unix::fs::symlink(&site.db, &link).expect("symlink");
    let dotted = site.root.path().join("srv/pomost/../pomost/pomost.db");
    for other in [&link, &dotted] {
        let out = site.as_user(
            &desk,
            &[
                "--db",
                other.to_str().expect("path"),
                "consultations",
                "list",
            ],
            NOW,
        );
        assert!(!out.status.success(), "{}", text(&out));
        assert!(!text(&out).contains(COUNSELOR_NOTE));
    }
    // … and a database of the user's own is the user's, not the data group's.
    let own = site.home(&desk).join("own.db");
    let out = site.as_user(&desk, &["--db", own.to_str().expect("path"), "init"], NOW);
    assert!(out.status.success(), "{}", text(&out));
    let (desk_uid, desk_gid) = ids(&desk);
    let meta = std::fs::metadata(&own).expect("own db");
    assert_eq!((meta.uid(), meta.gid()), (desk_uid, desk_gid));

    // A shared database moved aside (as during a restore) cannot be re-made
    // by a staff member, who would become its first coordinator.
    let aside = site.db.with_extension("aside");
    std::fs::rename(&site.db, &aside).expect("move aside");
    let out = site.as_user(&desk, &["init"], NOW);
    assert!(!out.status.success(), "{}", text(&out));
    assert!(!site.db.exists());
    std::fs::rename(&aside, &site.db).expect("move back");

    // A coordinator's backups are the coordinator's (user and group), and
    // `--keep` deletes the oldest beyond the number kept.
    let vault = site.home(&coordinator).join("backups");
    std::fs::create_dir(&vault).expect("vault");
    let (coord_uid, coord_gid) = ids(&coordinator);
    std::os::unix::fs::chown(&vault, Some(coord_uid), Some(coord_gid)).expect("chown");
    let into = vault.to_str().expect("path");
    // (Under setgid the clock is the system's, POMOST_NOW ignored: a second
    // apart, so the dated names differ.)
    let mut made = Vec::new();
    for night in 0..3 {
        if night > 0 {
            std::thread::sleep(std::time::Duration::from_millis(1100));
        }
        let out = site.as_user(
            &coordinator,
            &["backup", "--into", into, "--keep", "2"],
            NOW,
        );
        assert!(out.status.success(), "{}", text(&out));
        // "Wrote a consistent copy of the database: DIR/NAME" comes first.
        let said = String::from_utf8_lossy(&out.stdout).into_owned();
        let first = said.lines().next().expect("a line");
        made.push(first.rsplit('/').next().expect("name").to_owned());
    }
    let mut kept: Vec<String> = std::fs::read_dir(&vault)
        .expect("vault")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    kept.sort();
    assert_eq!(kept, made[1..], "the oldest beyond two is deleted");
    for name in &kept {
        let meta = std::fs::metadata(vault.join(name)).expect("copy");
        assert_eq!((meta.uid(), meta.gid()), (coord_uid, coord_gid), "{name}");
        assert_eq!(meta.mode() & 0o777, 0o600, "{name}");
    }
}
