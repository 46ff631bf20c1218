//! Issue #11 §1: a Pomost process keeps its SQLite locks on the live database
//! for as long as it has it open, however many connections its threads open
//! and close, so another SQLite program that opens and closes the file never
//! takes itself for the last user (which would checkpoint and delete the
//! write-ahead log under Pomost's feet and lose or corrupt its saves).
//!
//! POSIX advisory locks belong to a process and an inode: closing *any*
//! descriptor of the file drops all of the process's locks on it. These tests
//! read `/proc/locks` to see the locks the kernel really holds.

mod common;
#[path = "e2e/harness.rs"]
#[allow(dead_code)]
mod harness;

use std::collections::HashSet;
use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::process::Output;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Barrier};
use std::thread;
use std::time::Duration;

use chrono::NaiveDate;
use pomost::consultation::ConsultationDraft;
use pomost::model::Reference;
use pomost::store::Store;

use common::{pomost, side, stderr, stdout};

/// True when process `pid` holds a POSIX lock on `file`. `/proc/locks` is
/// read in pages while other processes take and drop locks, so one reading
/// can skip a line; a lock SQLite dropped stays dropped (it never takes it
/// again while the connection is open), so five readings that all miss it
/// mean it is gone.
fn holds_lock(pid: u32, file: &Path) -> bool {
    (0..5).any(|attempt| {
        if attempt > 0 {
            thread::sleep(Duration::from_millis(20));
        }
        locks_held(pid, file) > 0
    })
}

/// The number of POSIX locks that process `pid` holds on `file` in one
/// reading of `/proc/locks`.
fn locks_held(pid: u32, file: &Path) -> usize {
    let inode = std::fs::metadata(file).expect("stat").ino();
    let table = std::fs::read_to_string("/proc/locks").expect("read /proc/locks");
    table
        .lines()
        .filter(|line| {
            // "1: POSIX  ADVISORY  READ 1234 fd:01:5678 128 128"
            let fields: Vec<&str> = line.split_whitespace().collect();
            let holder = fields.iter().position(|f| *f == "READ" || *f == "WRITE");
            holder.is_some_and(|i| {
                fields.get(i + 1) == Some(&pid.to_string().as_str())
                    && fields
                        .get(i + 2)
                        .and_then(|dev_ino| dev_ino.rsplit(':').next())
                        .and_then(|ino| ino.parse::<u64>().ok())
                        == Some(inode)
            })
        })
        .count()
}

fn init(db: &Path) {
    let out = pomost(db, &["init", "--empty"]);
    assert!(out.status.success(), "init: {}", stderr(&out));
}

fn must(out: Output, what: &str) -> String {
    assert!(out.status.success(), "{what}: {}", stderr(&out));
    stdout(&out)
}

/// Another SQLite program: opens the database, reads, closes it.
fn other_program_reads(db: &Path) {
    must(pomost(db, &["consultations", "list"]), "list");
}

fn log_in_process(store: &mut Store, reference: &Reference, client: &str) {
    let draft = ConsultationDraft {
        at: "2026-11-23 10:00".into(),
        client: client.into(),
        topics: vec!["legal".into()],
        channel: "in-person".into(),
        minutes: "15".into(),
        ..ConsultationDraft::default()
    };
    let now = NaiveDate::from_ymd_opt(2026, 11, 23)
        .and_then(|d| d.and_hms_opt(12, 0, 0))
        .expect("now");
    let new = draft
        .validate(reference, &HashSet::new(), now, pomost::i18n::Lang::En)
        .expect("valid");
    store.add_consultation(&new, "tester").expect("save");
}

/// The clients of every consultation, as a third process reads them.
fn clients_seen_by_a_third_process(db: &Path) -> HashSet<String> {
    let json = must(
        pomost(db, &["consultations", "export", "--format", "json"]),
        "export",
    );
    let rows: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    rows.as_array()
        .expect("array")
        .iter()
        .filter_map(|r| r["client"].as_str().map(str::to_owned))
        .collect()
}

#[test]
fn opening_more_connections_in_other_threads_keeps_the_process_lock() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("pomost.db");
    init(&db);
    let store = Store::open_existing(&db).expect("open");
    store.data_version().expect("read");
    let me = std::process::id();
    assert!(holds_lock(me, &db), "an open store holds a lock");
    // What the screen does: a loader, a reports thread and a checkpointer
    // each open (and some close) a connection of their own.
    for _ in 0..3 {
        let other = thread::spawn({
            let db = db.clone();
            move || Store::open_existing(&db).expect("open in a thread")
        })
        .join()
        .expect("thread");
        other.data_version().expect("read");
        drop(other);
        assert!(
            holds_lock(me, &db),
            "the first connection's lock survives another connection's open and close"
        );
    }
    drop(store);
}

#[test]
fn another_program_opening_and_closing_the_database_never_loses_a_save() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("pomost.db");
    init(&db);
    let mut store = Store::open_existing(&db).expect("open");
    store
        .set_auto_checkpoint(false)
        .expect("no auto checkpoint");
    let reference = Reference {
        topics: store.topics().expect("topics"),
        counties: store.counties().expect("counties"),
    };

    // Threads that open and close connections of their own the whole time,
    // as the screen's loader, reports and checkpointer do.
    let stop = Arc::new(AtomicBool::new(false));
    let churn = thread::spawn({
        let (db, stop) = (db.clone(), Arc::clone(&stop));
        move || {
            while !stop.load(Ordering::Relaxed) {
                if let Ok(s) = Store::open_existing(&db) {
                    let _ = s.checkpoint_passive();
                }
                thread::sleep(Duration::from_millis(5));
            }
        }
    });
    // Another program reading the file over and over meanwhile.
    let reader = thread::spawn({
        let (db, stop) = (db.clone(), Arc::clone(&stop));
        move || {
            while !stop.load(Ordering::Relaxed) {
                other_program_reads(&db);
            }
        }
    });
    // And `pomost log` from other processes.
    let start = Arc::new(Barrier::new(2));
    let logger = thread::spawn({
        let (db, start) = (db.clone(), Arc::clone(&start));
        move || {
            start.wait();
            for i in 0..10 {
                must(
                    pomost(
                        &db,
                        &[
                            "log",
                            "--at",
                            "2026-11-23 11:00",
                            "--client",
                            &format!("CLI-{i}"),
                            "--topic",
                            "legal",
                        ],
                    ),
                    "log",
                );
            }
        }
    });
    start.wait();
    let me = std::process::id();
    let wal = side(&db, "-wal");
    for i in 0..20 {
        log_in_process(&mut store, &reference, &format!("SCR-{i}"));
        other_program_reads(&db);
        assert!(wal.exists(), "the write-ahead log is there after save {i}");
        assert!(holds_lock(me, &db), "the lock is held after save {i}");
    }
    logger.join().expect("logger");
    stop.store(true, Ordering::Relaxed);
    reader.join().expect("reader");
    churn.join().expect("churn");

    let seen = clients_seen_by_a_third_process(&db);
    for i in 0..20 {
        assert!(seen.contains(&format!("SCR-{i}")), "SCR-{i} readable");
    }
    for i in 0..10 {
        assert!(seen.contains(&format!("CLI-{i}")), "CLI-{i} readable");
    }
    assert!(wal.exists(), "the log is kept while the store is open");
    drop(store);
    assert_eq!(common::integrity(&db), "ok");
}

#[test]
fn the_screen_keeps_its_lock_and_log_while_other_programs_come_and_go() {
    let fx = harness::Fixture::new();
    fx.init();
    let db = fx.db.clone();
    let mut s = fx.spawn().args(&["--lang", "en"]).size(100, 30).start();
    // Loaded: the directory's count is shown (the topics come with it).
    s.wait_for("the loaded directory", |s| {
        harness::list_count(&s.text(), "Services").is_some_and(|(_, total)| total > 0)
    });
    let screen = u32::try_from(s.pid()).expect("pid");
    assert!(holds_lock(screen, &db), "the screen holds a lock");

    // Other programs open, read and close the file the whole time.
    let stop = Arc::new(AtomicBool::new(false));
    let reader = thread::spawn({
        let (db, stop) = (db.clone(), Arc::clone(&stop));
        move || {
            let mut reads = 0;
            while !stop.load(Ordering::Relaxed) {
                other_program_reads(&db);
                reads += 1;
            }
            reads
        }
    });
    let wal = side(&db, "-wal");
    s.send("\x1b2");
    s.wait_for("the consultations", |s| s.text().contains("Consultations"));
    for i in 0..3 {
        let client = format!("SCR-{i}");
        s.send("n");
        s.wait_for("the form", |s| s.text().contains("New consultation"));
        harness::fill_client_and_crisis_topic(&mut s, &client);
        s.send("\x13");
        s.wait_for("the save", |s| {
            s.text()
                .contains(&format!("Saved the consultation of client {client}."))
        });
        must(
            pomost(
                &db,
                &["log", "--client", &format!("CLI-{i}"), "--topic", "legal"],
            ),
            "log",
        );
        other_program_reads(&db);
        assert!(wal.exists(), "the write-ahead log is there after save {i}");
        assert!(holds_lock(screen, &db), "the lock is held after save {i}");
    }
    // Saving a report over the database itself is refused, and harms nothing.
    s.send("\x1b4");
    s.wait_for("the report", |s| s.text().contains("Consultations:"));
    s.send("x");
    s.wait_for("the file question", |s| {
        s.text().contains("Save the report as CSV")
    });
    for _ in 0..80 {
        s.send("\x7f");
    }
    s.send(format!("{}\r", db.display()));
    s.wait_for("the refusal", |s| {
        harness::flat(&s.text()).contains("is the database")
    });
    assert!(
        holds_lock(screen, &db),
        "the lock is held after the refusal"
    );
    stop.store(true, Ordering::Relaxed);
    let reads = reader.join().expect("reader");
    assert!(reads > 0, "the other program ran");

    let seen = clients_seen_by_a_third_process(&db);
    for i in 0..3 {
        assert!(
            seen.contains(&format!("SCR-{i}")),
            "SCR-{i} readable: {seen:?}"
        );
        assert!(
            seen.contains(&format!("CLI-{i}")),
            "CLI-{i} readable: {seen:?}"
        );
    }
    s.send("\x11");
    assert!(s.wait_exit().success());
    let seen = clients_seen_by_a_third_process(&db);
    assert_eq!(
        seen.len(),
        6,
        "all six saves kept after the screen quit: {seen:?}"
    );
    assert_eq!(common::integrity(&db), "ok");
}

#[test]
fn the_database_and_its_side_files_are_known_by_inode() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("pomost.db");
    init(&db);
    let store = Store::open_existing(&db).expect("open");
    store.data_version().expect("read");
    let link = dir.path().join("another-name.db");
    std::fs::hard_link(&db, &link).expect("link");
    assert!(store.is_database_file(&db));
    assert!(
        store.is_database_file(&link),
        "another name of the same file"
    );
    assert!(store.is_database_file(&side(&db, "-wal")));
    assert!(store.is_database_file(&side(&db, "-shm")));
    let other = dir.path().join("report.csv");
    assert!(
        !store.is_database_file(&other),
        "a file that does not exist"
    );
    std::fs::write(&other, "x").expect("write");
    assert!(!store.is_database_file(&other), "an unrelated file");
}
