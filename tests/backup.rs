//! `pomost backup` while eight processes keep logging consultations: the copy
//! is consistent, and no write is lost.

use std::path::Path;
use std::process::{Command, Output};
use std::thread;

fn pomost(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pomost"))
        .args(["--lang", "en", "--db"])
        .arg(db)
        .args(args)
        .env_remove("POMOST_DB")
        .output()
        .expect("run pomost")
}

const WRITERS: usize = 8;
const EACH: usize = 12;

#[test]
fn a_backup_taken_while_eight_processes_write_is_consistent_and_nothing_is_lost() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("pomost.db");
    assert!(pomost(&db, &["init"]).status.success());

    let writers: Vec<_> = (0..WRITERS)
        .map(|w| {
            let db = db.clone();
            thread::spawn(move || {
                for i in 0..EACH {
                    let client = format!("W{w}-{i:03}");
                    let out = pomost(
                        &db,
                        &[
                            "log",
                            "--client",
                            &client,
                            "--topic",
                            "legal",
                            "--note",
                            "równoległy zapis",
                        ],
                    );
                    assert!(
                        out.status.success(),
                        "writer {w} save {i}: {}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                }
            })
        })
        .collect();

    // Back up while they write.
    thread::sleep(std::time::Duration::from_millis(150));
    let copy = dir.path().join("copy.db");
    let out = pomost(&db, &["backup", copy.to_str().expect("path")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for w in writers {
        w.join().expect("writer");
    }

    let backup = pomost::store::Store::open_existing(&copy).expect("the copy opens");
    let check: String = backup
        .conn()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity_check");
    assert_eq!(check, "ok");
    let in_copy = backup
        .consultations(&pomost::store::ConsultationQuery::default())
        .expect("list")
        .len();
    assert!(in_copy <= WRITERS * EACH);
    assert_eq!(backup.service_count().expect("services"), 31);

    let live = pomost::store::Store::open_existing(&db).expect("open");
    let all = live
        .consultations(&pomost::store::ConsultationQuery::default())
        .expect("list");
    assert_eq!(all.len(), WRITERS * EACH, "no write lost");

    // A backup never overwrites.
    let again = pomost(&db, &["backup", copy.to_str().expect("path")]);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
}
