//! Issue #5, the shared server: many people saving at the same moment. Sixteen
//! writers each run `pomost log` 200 times in a row, all starting together on
//! one database, so sixteen processes compete for it at any moment: every call
//! succeeds (no "database is locked"), every consultation is there exactly
//! once, and the file is intact.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::{Arc, Barrier};
use std::thread;
use std::time::{Duration, Instant};

const PROCESSES: usize = 16;
const EACH: usize = 200;

/// `pomost --lang en --db DB ARGS…` with an empty environment: nothing from
/// the test's own (`POMOST_DB`, `POMOST_LANG`, the locale) reaches it.
fn pomost(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pomost"))
        .args(["--lang", "en", "--db"])
        .arg(db)
        .args(args)
        .env_clear()
        .stdin(Stdio::null())
        .output()
        .expect("run pomost")
}

/// One call that did not succeed.
struct Failure {
    process: usize,
    call: usize,
    status: std::process::ExitStatus,
    stderr: String,
}

#[test]
fn sixteen_processes_logging_200_consultations_each_at_once_lose_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db: PathBuf = dir.path().join("pomost.db");
    let out = pomost(&db, &["init"]);
    assert!(
        out.status.success(),
        "pomost init: {}",
        String::from_utf8_lossy(&out.stderr)
    );

    let start = Arc::new(Barrier::new(PROCESSES));
    let began = Instant::now();
    let workers: Vec<_> = (0..PROCESSES)
        .map(|p| {
            let db = db.clone();
            let start = Arc::clone(&start);
            thread::spawn(move || {
                let mut ids = Vec::with_capacity(EACH);
                let mut failures = Vec::new();
                let mut slowest = Duration::ZERO;
                start.wait();
                for call in 0..EACH {
                    let client = format!("P{p:02}-{call:03}");
                    let note = format!("zapis równoległy {p} {call}");
                    let called = Instant::now();
                    let out = pomost(
                        &db,
                        &[
                            "log", "--client", &client, "--topic", "legal", "--note", &note,
                        ],
                    );
                    slowest = slowest.max(called.elapsed());
                    if out.status.success() {
                        ids.push(String::from_utf8_lossy(&out.stdout).trim().to_owned());
                    } else {
                        failures.push(Failure {
                            process: p,
                            call,
                            status: out.status,
                            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
                        });
                    }
                }
                (ids, failures, slowest)
            })
        })
        .collect();
    let mut ids = Vec::new();
    let mut failures = Vec::new();
    let mut slowest = Duration::ZERO;
    for w in workers {
        let (i, f, s) = w.join().expect("a writer thread");
        ids.extend(i);
        failures.extend(f);
        slowest = slowest.max(s);
    }
    // For the record (the busy timeout is 10 s): how long it took.
    eprintln!(
        "{} calls of `pomost log` by {PROCESSES} processes at once: {:.1} s, slowest call {:.2} s",
        PROCESSES * EACH,
        began.elapsed().as_secs_f64(),
        slowest.as_secs_f64()
    );

    let locked = failures
        .iter()
        .filter(|f| {
            let e = f.stderr.to_lowercase();
            e.contains("locked") || e.contains("busy")
        })
        .count();
    assert!(
        failures.is_empty(),
        "{} of {} calls failed ({locked} with \"database is locked\" or busy); the first ones:\n{}",
        failures.len(),
        PROCESSES * EACH,
        failures
            .iter()
            .take(5)
            .map(|f| format!(
                "process {} call {}: {}: {}",
                f.process,
                f.call,
                f.status,
                f.stderr.trim()
            ))
            .collect::<Vec<_>>()
            .join("\n")
    );

    // Every call printed its own id.
    let mut unique = ids;
    unique.sort();
    unique.dedup();
    assert_eq!(
        unique.len(),
        PROCESSES * EACH,
        "every printed id is distinct"
    );

    let conn = rusqlite::Connection::open(&db).expect("open the database");
    let count = |sql: &str| -> i64 {
        conn.query_row(sql, [], |r| r.get(0))
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
    };
    let expected = i64::try_from(PROCESSES * EACH).expect("fits");
    assert_eq!(count("SELECT count(*) FROM consultation"), expected);
    assert_eq!(
        count("SELECT count(DISTINCT client_code) FROM consultation"),
        expected,
        "each client code once"
    );
    assert_eq!(count("SELECT count(*) FROM consultation_topic"), expected);
    assert_eq!(count("SELECT count(*) FROM consultation_fts"), expected);
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity_check");
    assert_eq!(check, "ok");
    let broken_keys: i64 = conn
        .prepare("PRAGMA foreign_key_check")
        .expect("foreign_key_check")
        .query_map([], |_| Ok(()))
        .expect("foreign_key_check")
        .count()
        .try_into()
        .expect("fits");
    assert_eq!(broken_keys, 0, "no dangling references");
    conn.execute(
        "INSERT INTO consultation_fts(consultation_fts) VALUES ('integrity-check')",
        [],
    )
    .expect("the full-text index matches its rows");
    let mut uids: Vec<String> = conn
        .prepare("SELECT uid FROM consultation ORDER BY uid")
        .expect("uids")
        .query_map([], |r| r.get(0))
        .expect("uids")
        .collect::<Result<_, _>>()
        .expect("uids");
    uids.sort();
    assert!(
        uids == unique,
        "the rows are exactly the ids the calls printed"
    );
}

/// A save held up by another user's: after a second it says it is waiting and
/// then goes on; past the limit (`POMOST_BUSY_LIMIT`) it gives up with one
/// sentence and writes nothing — never "database is locked".
#[test]
fn a_log_that_waits_says_so_and_one_that_waits_too_long_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db: PathBuf = dir.path().join("pomost.db");
    assert!(pomost(&db, &["init"]).status.success());
    let log = |limit: &str| {
        Command::new(env!("CARGO_BIN_EXE_pomost"))
            .args(["--lang", "en", "--db"])
            .arg(&db)
            .args(["log", "--client", "HELD-1", "--topic", "legal"])
            .env_clear()
            .env("POMOST_BUSY_LIMIT", limit)
            .stdin(Stdio::null())
            .output()
            .expect("run pomost")
    };
    let rows = || -> i64 {
        let conn = rusqlite::Connection::open(&db).expect("open");
        conn.query_row("SELECT count(*) FROM consultation", [], |r| r.get(0))
            .expect("count")
    };
    // Held for 1.6 s: the log waits, says so once, and saves.
    let holder = hold(&db, Duration::from_millis(1600));
    let waited = log("30");
    holder.join().expect("holder");
    let stderr = String::from_utf8_lossy(&waited.stderr);
    assert!(waited.status.success(), "{stderr}");
    assert_eq!(stderr.trim(), "pomost: waiting for another user's save…");
    assert_eq!(rows(), 1);
    // Held for 3 s with a limit of 1 s: one sentence, exit 1, nothing written.
    let holder = hold(&db, Duration::from_secs(3));
    let refused = log("1");
    holder.join().expect("holder");
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(refused.status.code(), Some(1), "{stderr}");
    assert!(!stderr.contains("locked"), "{stderr}");
    assert!(
        stderr.ends_with(
            "pomost: Nothing was written: another user's save held the database for over 1 s; try again.\n"
        ),
        "{stderr}"
    );
    assert_eq!(rows(), 1);
}

/// Another user's save: a write transaction held open for `how_long`, started
/// before this returns.
fn hold(db: &Path, how_long: Duration) -> thread::JoinHandle<()> {
    let conn = rusqlite::Connection::open(db).expect("open");
    conn.execute_batch("BEGIN IMMEDIATE").expect("lock");
    thread::spawn(move || {
        thread::sleep(how_long);
        conn.execute_batch("ROLLBACK").expect("unlock");
    })
}
