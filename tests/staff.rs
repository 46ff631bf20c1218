//! Staff, roles and the audit trail, through the real binary on a real database
//! file. The tests run as one Unix user (the one who creates the database and
//! so coordinates it); other roles are tried by giving that user another role
//! after a second coordinator (a system account) has been added.

mod common;

use std::path::{Path, PathBuf};

use common::{stderr, stdout};
use std::collections::HashSet;

use pomost::clock::Clock;
use pomost::config::current_user;
use pomost::consultation::{ConsultationDraft, NewConsultation};
use pomost::i18n::Lang;
use pomost::model::Reference;
use pomost::staff::Role;
use pomost::store::Store;
use serde_json::Value;

/// A system account that exists on any Linux machine.
const OTHER: &str = "daemon";

/// When these tests take place: every process they start and every store
/// they open runs on this clock, whatever the calendar says.
const NOW: &str = "2026-11-23 12:00";

fn clock() -> Clock {
    Clock::parse(NOW).expect("a time")
}

/// `pomost --db DB ARGS…` at [`NOW`].
fn pomost(db: &Path, args: &[&str]) -> std::process::Output {
    common::pomost_at(NOW, db, args)
}

/// The database opened as the tests' processes open it, on their clock.
fn open(db: &Path) -> Store {
    common::open_at(NOW, db)
}

fn fixture() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("pomost.db");
    let out = pomost(&db, &["init"]);
    assert!(out.status.success(), "{}", stderr(&out));
    (dir, db)
}

fn ok(db: &Path, args: &[&str]) -> String {
    let out = pomost(db, args);
    assert!(
        out.status.success(),
        "pomost {args:?} failed: {}",
        stderr(&out)
    );
    stdout(&out)
}

fn json(db: &Path, args: &[&str]) -> Value {
    serde_json::from_str(&ok(db, args)).expect("JSON")
}

fn staff(db: &Path) -> Vec<(String, String)> {
    json(db, &["staff", "list", "--json"])
        .as_array()
        .expect("array")
        .iter()
        .map(|m| {
            (
                m["user"].as_str().unwrap_or_default().to_owned(),
                m["role"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

/// Makes the test's own user a `role`, with OTHER as the coordinator who
/// remains.
fn become_(db: &Path, role: &str) {
    ok(db, &["staff", "add", OTHER, "--role", "coordinator"]);
    ok(db, &["staff", "add", &current_user(), "--role", role]);
}

#[test]
fn whoever_creates_the_database_coordinates_and_staff_are_added_changed_and_removed() {
    let (_dir, db) = fixture();
    let me = current_user();
    assert_eq!(staff(&db), [(me.clone(), "coordinator".to_owned())]);

    let added = ok(
        &db,
        &["staff", "add", OTHER, "--role", "desk", "--name", "Dana"],
    );
    assert!(added.contains("Added daemon (Dana) as desk"), "{added}");
    let changed = ok(&db, &["staff", "add", OTHER, "--role", "counselor"]);
    assert!(changed.contains("is now counselor (was desk)"), "{changed}");
    let table = ok(&db, &["staff", "list"]);
    assert!(
        table
            .lines()
            .any(|l| l.starts_with("daemon") && l.contains("counselor"))
    );
    ok(&db, &["staff", "remove", OTHER]);
    assert_eq!(staff(&db).len(), 1);

    // Each change is in the audit trail with before and after.
    let audit = json(&db, &["audit", "--format", "json"]);
    let staff_entries: Vec<&Value> = audit
        .as_array()
        .expect("array")
        .iter()
        .filter(|e| e["kind"] == "staff" && e["target"] == OTHER)
        .collect();
    let actions: Vec<&str> = staff_entries
        .iter()
        .map(|e| e["action"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(actions, ["remove", "change", "create"]);
    assert_eq!(staff_entries[1]["before"]["role"], "desk");
    assert_eq!(staff_entries[1]["after"]["role"], "counselor");
    assert_eq!(staff_entries[0]["before"]["name"], "Dana");
    assert!(staff_entries[0]["after"].is_null());
    assert!(staff_entries.iter().all(|e| e["actor"] == me.as_str()));
}

#[test]
fn the_last_coordinator_stays_and_unknown_accounts_or_roles_are_refused() {
    let (_dir, db) = fixture();
    let me = current_user();
    for args in [
        vec!["staff", "remove", me.as_str()],
        vec!["staff", "add", me.as_str(), "--role", "desk"],
    ] {
        let out = pomost(&db, &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&out).contains("is the last coordinator"),
            "{}",
            stderr(&out)
        );
    }
    let out = pomost(
        &db,
        &["staff", "add", "no-such-user-here", "--role", "desk"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no Unix user no-such-user-here"));
    let out = pomost(&db, &["staff", "add", OTHER, "--role", "admin"]);
    assert_eq!(out.status.code(), Some(2));
    let out = pomost(&db, &["staff", "remove", OTHER]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("daemon is not on the staff list"));
    assert_eq!(staff(&db), [(me, "coordinator".to_owned())]);
}

#[test]
fn a_desk_worker_logs_and_searches_but_reports_staff_audit_and_imports_are_for_coordinators() {
    let (dir, db) = fixture();
    become_(&db, "desk");
    ok(
        &db,
        &[
            "log", "--client", "AB12", "--topic", "legal", "--note", "mine",
        ],
    );
    assert!(ok(&db, &["services", "search", "legal"]).contains("Legal"));
    ok(&db, &["timetable"]);
    let file = dir.path().join("services.json");
    std::fs::write(&file, "[]").expect("write");
    let file = file.display().to_string();
    for args in [
        vec!["report"],
        vec!["staff", "list"],
        vec!["audit"],
        vec!["services", "import", file.as_str()],
        vec!["backup", "copy.db"],
    ] {
        let out = pomost(&db, &args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert_eq!(
            stderr(&out).trim(),
            format!(
                "pomost: This needs the coordinator role; {} is desk. Ask a coordinator.",
                current_user()
            ),
            "{args:?}"
        );
    }
}

#[test]
fn a_desk_worker_reads_only_their_own_notes_and_a_counselor_reads_all() {
    let (_dir, db) = fixture();
    log_as(&db, OTHER, "theirs: residence card appointment");
    ok(
        &db,
        &[
            "log", "--client", "CD34", "--topic", "legal", "--note", "mine",
        ],
    );
    let notes = |db: &Path| -> Vec<(String, String)> {
        let mut seen: Vec<(String, String)> =
            json(db, &["consultations", "list", "--format", "json"])
                .as_array()
                .expect("array")
                .iter()
                .map(|c| {
                    (
                        c["staff"].as_str().unwrap_or_default().to_owned(),
                        c["notes"].as_str().unwrap_or_default().to_owned(),
                    )
                })
                .collect();
        seen.sort();
        seen
    };
    let mut expected = vec![
        (current_user(), "mine".to_owned()),
        (OTHER.to_owned(), String::new()),
    ];
    expected.sort();
    become_(&db, "desk");
    assert_eq!(notes(&db), expected);

    // A counselor (set by the remaining coordinator) reads every note.
    let mut store = open(&db);
    store
        .put_staff(&current_user(), "me", Role::Counselor, OTHER)
        .expect("counselor");
    drop(store);
    expected = vec![
        (current_user(), "mine".to_owned()),
        (
            OTHER.to_owned(),
            "theirs: residence card appointment".to_owned(),
        ),
    ];
    expected.sort();
    assert_eq!(notes(&db), expected);
}

#[test]
fn someone_not_on_the_staff_list_is_told_how_to_be_added_and_nothing_is_written() {
    let (_dir, db) = fixture();
    ok(&db, &["staff", "add", OTHER, "--role", "coordinator"]);
    ok(&db, &["staff", "remove", &current_user()]);
    let before = std::fs::read(&db).expect("read");
    for args in [
        vec!["services", "search", "legal"],
        vec!["log", "--client", "AB12", "--topic", "legal"],
        vec!["consultations", "list"],
    ] {
        let out = pomost(&db, &args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let me = current_user();
        assert_eq!(
            stderr(&out).trim(),
            format!(
                "pomost: {me} is not on the staff list of {}. Ask a coordinator to run: \
                 pomost staff add {me} --role desk",
                db.display()
            )
        );
        assert!(out.stdout.is_empty());
    }
    checkpoint(&db);
    assert_eq!(std::fs::read(&db).expect("read"), before);
}

#[test]
fn changes_to_consultations_services_and_sessions_and_client_views_are_audited() {
    let (_dir, db) = fixture();
    let uid = ok(
        &db,
        &[
            "log", "--client", "AB12", "--topic", "legal", "--note", "first",
        ],
    );
    let uid = uid.trim();
    let mut store = open(&db);
    let c = store
        .consultations(&pomost::store::ConsultationQuery::default())
        .expect("list")
        .remove(0);
    let changed = ConsultationDraft {
        at: c.at.format("%Y-%m-%d %H:%M").to_string(),
        client: c.client.clone(),
        topics: c.topics.clone(),
        notes: "second".into(),
        ..ConsultationDraft::default()
    };
    let changed = validate(&store, changed);
    store
        .correct_consultation(c.id, c.version, &changed, OTHER)
        .expect("correct");
    let service = store.services().expect("services").remove(0);
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 2).expect("date");
    store.mark_verified(service.id, day, OTHER).expect("verify");
    let session = store.sessions().expect("sessions").remove(0);
    store
        .cancel_occurrence(session.id, day, "holiday", OTHER)
        .expect("cancel");
    drop(store);
    ok(&db, &["consultations", "list", "--client", "ab12"]);

    let audit = json(&db, &["audit", "--format", "json", "--user", OTHER]);
    let entries = audit.as_array().expect("array");
    let find = |kind: &str| {
        entries
            .iter()
            .find(|e| e["kind"] == kind)
            .unwrap_or_else(|| panic!("no {kind} entry in {audit:#}"))
    };
    let consultation = find("consultation");
    assert_eq!(consultation["action"], "change");
    assert_eq!(consultation["target"], uid);
    assert_eq!(consultation["before"]["notes"], "first");
    assert_eq!(consultation["after"]["notes"], "second");
    let service_entry = find("service");
    assert_eq!(service_entry["target"], service.id.to_string());
    assert_eq!(service_entry["after"]["last_verified"], "2026-11-02");
    assert_ne!(service_entry["before"]["last_verified"], "2026-11-02");
    let session_entry = find("session");
    assert_eq!(session_entry["before"]["cancelled"], serde_json::json!([]));
    assert_eq!(
        session_entry["after"]["cancelled"],
        serde_json::json!([{"date": "2026-11-02", "reason": "holiday"}])
    );

    // The creation by the test's user, and their look at the client.
    let mine = json(
        &db,
        &["audit", "--format", "json", "--user", &current_user()],
    );
    let mine = mine.as_array().expect("array");
    assert!(mine.iter().any(|e| e["action"] == "create"
        && e["kind"] == "consultation"
        && e["after"]["notes"] == "first"));
    assert!(
        mine.iter()
            .any(|e| e["action"] == "view" && e["kind"] == "client" && e["target"] == "AB12")
    );
    // --since leaves out what came before that day.
    let later = json(&db, &["audit", "--format", "json", "--since", "2199-01-01"]);
    assert_eq!(later, serde_json::json!([]));
    let out = pomost(&db, &["audit", "--since", "2026-02-30"]);
    assert_eq!(out.status.code(), Some(2));
}

/// Logs a consultation as another staff member, through the library.
fn log_as(db: &Path, staff: &str, notes: &str) {
    let mut store = open(db);
    let draft = ConsultationDraft {
        at: "2026-11-20 10:00".into(),
        client: "AB12".into(),
        topics: vec!["legal".into()],
        notes: notes.into(),
        ..ConsultationDraft::default()
    };
    let c = validate(&store, draft);
    store.add_consultation(&c, staff).expect("log");
}

fn validate(store: &Store, draft: ConsultationDraft) -> NewConsultation {
    let reference = Reference {
        topics: store.topics().expect("topics"),
        counties: store.counties().expect("counties"),
    };
    draft
        .validate(&reference, &HashSet::new(), clock().warsaw_now(), Lang::En)
        .expect("valid")
}

/// Copies the write-ahead log into the file, so its bytes can be compared.
fn checkpoint(db: &Path) {
    let conn = rusqlite::Connection::open(db).expect("open");
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .expect("checkpoint");
}

#[test]
fn a_staff_member_who_may_only_read_the_file_searches_but_cannot_write() {
    if !common::root_or_skip() {
        return;
    }
    let (dir, db) = fixture();
    ok(&db, &["staff", "add", "nobody", "--role", "desk"]);
    checkpoint(&db);
    use std::os::unix::fs::PermissionsExt;
    let open = |p: &Path, mode| {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).expect("chmod")
    };
    open(dir.path(), 0o755);
    open(&db, 0o644);
    let before = std::fs::read(&db).expect("read");
    let as_nobody = |args: &[&str]| common::pomost_as_nobody(&db, args);
    let found = as_nobody(&["services", "search", "legal"]);
    assert!(found.status.success(), "{}", stderr(&found));
    assert!(stdout(&found).contains("Legal"));
    let refused = as_nobody(&["log", "--client", "AB12", "--topic", "legal"]);
    assert_eq!(refused.status.code(), Some(1));
    assert_eq!(
        stderr(&refused).trim(),
        format!(
            "pomost: You can read {} but not change it: ask the administrator to add you \
             to the database's group (see README, \"Running on a shared server\").",
            db.display()
        )
    );
    assert_eq!(std::fs::read(&db).expect("read"), before);
}

#[test]
fn the_owner_of_the_database_file_is_its_first_coordinator_whoever_opens_it() {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("skipped: needs root to give the file to another account");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("pomost.db");
    // An administrator prepared an empty file for the account `nobody`.
    std::fs::write(&db, b"").expect("create");
    let nobody = pomost::config::user_name(65534).expect("nobody");
    std::os::unix::fs::chown(&db, Some(65534), None).expect("chown");
    let out = pomost(&db, &["init"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let store = Store::open_existing(&db).expect("open");
    let staff: Vec<(String, Role)> = store
        .staff()
        .expect("staff")
        .into_iter()
        .map(|m| (m.user, m.role))
        .collect();
    assert_eq!(staff, [(nobody, Role::Coordinator)]);
    // The one who opened it is not on the list, and is told so.
    let out = pomost(&db, &["staff", "list"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("is not on the staff list"));
}
