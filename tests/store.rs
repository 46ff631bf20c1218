//! The store on real database files: creation, migration, refusal of files that
//! are not ours, and the import/export round trip.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use pomost::hsds::{self, ImportError, Problem};
use pomost::model::Reference;
use pomost::seed;
use pomost::store::{Opened, SCHEMA_VERSION, Store, StoreError};

fn reference(store: &Store) -> Reference {
    Reference {
        topics: store.topics().expect("topics"),
        counties: store.counties().expect("counties"),
    }
}

fn seeded(path: &Path) -> Store {
    let (mut store, opened) = Store::open(path).expect("open");
    assert_eq!(opened, Opened::Created);
    seed::seed(&mut store, "tester", true).expect("seed");
    store
}

#[test]
fn a_new_database_is_private_migrated_and_in_wal_mode() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("sub/dir/pomost.db");
    let (store, opened) = Store::open(&path).expect("open");
    assert_eq!(opened, Opened::Created);
    let mode = fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "database file mode");
    let conn = store.conn();
    assert_eq!(store.schema_version().expect("version"), SCHEMA_VERSION);
    let journal: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .expect("journal_mode");
    assert_eq!(journal, "wal");
    let fk: i64 = conn
        .pragma_query_value(None, "foreign_keys", |r| r.get(0))
        .expect("foreign_keys");
    assert_eq!(fk, 1);
    // A write waits for another connection's transaction instead of failing.
    drop(store);
    let other = rusqlite::Connection::open(&path).expect("open");
    other.execute_batch("BEGIN IMMEDIATE").expect("lock");
    let holder = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(300));
        other.execute_batch("COMMIT").expect("unlock");
    });
    let mut store = Store::open_existing(&path).expect("open");
    store
        .write()
        .expect("waited for the other writer")
        .commit()
        .expect("commit");
    holder.join().expect("holder");
}

#[test]
fn reopening_keeps_data_and_does_not_migrate_twice() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("pomost.db");
    let count = seeded(&path).service_count().expect("count");
    assert!(count > 20, "the shipped catalogue has the seeds' services");
    let (store, opened) = Store::open(&path).expect("reopen");
    assert_eq!(opened, Opened::Existing);
    assert_eq!(store.service_count().expect("count"), count);
    assert_eq!(store.schema_version().expect("version"), SCHEMA_VERSION);
}

#[test]
fn a_database_of_the_previous_schema_gets_the_sessions_last_verification() {
    // Schema 11 had everything but session.last_verified (migration 12).
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("pomost.db");
    let sessions = seeded(&path).sessions().expect("sessions").len();
    {
        let conn = rusqlite::Connection::open(&path).expect("open");
        conn.execute_batch(
            "ALTER TABLE session DROP COLUMN last_verified;
             ALTER TABLE session DROP COLUMN organiser_en;
             ALTER TABLE service_schedule DROP COLUMN note_en; PRAGMA user_version = 11;",
        )
        .expect("back to schema 11");
    }
    let store = Store::open_existing(&path).expect("open and migrate");
    assert_eq!(store.schema_version().expect("version"), SCHEMA_VERSION);
    assert_eq!(store.sessions().expect("sessions read").len(), sessions);
}

#[test]
fn a_database_of_schema_12_gets_the_shipped_organisers_and_notes_in_english() {
    // Schema 12 had everything but session.organiser_en (migration 13), and
    // no organiser among the sessions' translations.
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("pomost.db");
    let before = seeded(&path).sessions().expect("sessions");
    assert!(before.iter().all(|s| s.organiser.en.is_some()));
    {
        let conn = rusqlite::Connection::open(&path).expect("open");
        conn.execute_batch(
            "ALTER TABLE session DROP COLUMN organiser_en;
             DELETE FROM session_translation WHERE field = 'organiser';
             ALTER TABLE service_schedule DROP COLUMN note_en;
             PRAGMA user_version = 12;",
        )
        .expect("back to schema 12");
        // One organiser renamed since: it gets no translation of the old name.
        conn.execute(
            "UPDATE session SET organiser = 'Ktoś inny' WHERE id = ?1",
            [before[0].id.to_string()],
        )
        .expect("rename");
    }
    let store = Store::open_existing(&path).expect("open and migrate");
    assert_eq!(store.schema_version().expect("version"), SCHEMA_VERSION);
    let after = store.sessions().expect("sessions read");
    assert_eq!(after.len(), before.len());
    let (renamed, rest) = after.split_first().expect("sessions");
    assert_eq!(renamed.organiser.text, "Ktoś inny");
    assert_eq!(renamed.organiser.en, None);
    assert!(renamed.organiser.more.is_empty());
    for (a, b) in rest.iter().zip(&before[1..]) {
        assert_eq!(a.organiser.text, b.organiser.text);
        assert_eq!(a.organiser.en, b.organiser.en);
        assert_eq!(a.organiser.more.get("uk"), b.organiser.more.get("uk"));
    }
    // The shipped opening-hours notes get their English texts too.
    let rules = |services: Vec<pomost::model::Service>| {
        let mut all: Vec<_> = services.into_iter().flat_map(|s| s.schedules).collect();
        all.sort_by_key(|r| r.id);
        all
    };
    let shipped = rules(seed::services().expect("shipped"));
    assert_eq!(shipped.iter().filter(|r| r.note_en.is_some()).count(), 5);
    assert_eq!(rules(store.services().expect("services")), shipped);
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("notes.txt");
    let content = b"Lista klient\xc3\xb3w\nnie baza danych\n".repeat(100);
    fs::write(&path, &content).expect("write");
    let err = Store::open(&path).err().expect("must refuse");
    assert!(matches!(err, StoreError::NotSqlite { .. }), "{err:?}");
    assert_eq!(fs::read(&path).expect("read"), content);
    assert!(!dir.path().join("notes.txt-wal").exists());
    let message = err.message(pomost::i18n::Lang::En);
    assert!(message.contains("not a Pomost database"), "{message}");
}

#[test]
fn an_sqlite_database_of_another_program_is_refused_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let foreign = dir.path().join("foreign.db");
    fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/foreign.db"),
        &foreign,
    )
    .expect("copy fixture");
    let before = fs::read(&foreign).expect("read");
    let err = Store::open(&foreign).err().expect("must refuse");
    assert!(matches!(err, StoreError::ForeignDatabase { .. }), "{err:?}");
    assert_eq!(fs::read(&foreign).expect("read"), before);
}

#[test]
fn a_damaged_database_is_refused_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("damaged.db");
    let mut bytes = b"SQLite format 3\0".to_vec();
    bytes.extend((0..8192u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
    fs::write(&path, &bytes).expect("write");
    let err = Store::open(&path).err().expect("must refuse");
    assert!(matches!(err, StoreError::Corrupt { .. }), "{err:?}");
    assert_eq!(fs::read(&path).expect("read"), bytes);
    assert!(err.message(pomost::i18n::Lang::En).contains("backup"));
}

#[test]
fn an_unreadable_file_gives_a_clear_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("locked.db");
    fs::write(&path, b"SQLite format 3\0").expect("write");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).expect("chmod");
    if fs::File::open(&path).is_ok() {
        // Running as root: every file is readable, the check cannot be exercised.
        return;
    }
    let err = Store::open(&path).err().expect("must refuse");
    assert!(matches!(err, StoreError::Unreadable { .. }), "{err:?}");
}

#[test]
fn export_then_import_into_an_empty_database_gives_the_same_json() {
    let dir = tempfile::tempdir().expect("tempdir");
    let first = seeded(&dir.path().join("a.db"));
    let json = hsds::to_json(&first.services().expect("services"), &reference(&first));

    let (mut empty, _) = Store::open(&dir.path().join("b.db")).expect("open");
    seed::seed(&mut empty, "tester", false).expect("reference only");
    assert_eq!(empty.service_count().expect("count"), 0);
    let parsed = hsds::parse_services(&json, &reference(&empty)).expect("valid");
    let outcome = empty.import_services(&parsed, "tester").expect("import");
    assert_eq!(outcome.added, parsed.len());
    assert_eq!(outcome.updated, 0);
    let again = hsds::to_json(&empty.services().expect("services"), &reference(&empty));
    assert_eq!(json, again);

    // Importing the same file again updates every service and adds none.
    let outcome = empty.import_services(&parsed, "tester").expect("import");
    assert_eq!((outcome.added, outcome.updated), (0, parsed.len()));
}

#[test]
fn invalid_records_name_their_record_and_field() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = seeded(&dir.path().join("a.db"));
    let mut services = store.services().expect("services");
    services.truncate(3);
    let mut value: serde_json::Value =
        serde_json::from_str(&hsds::to_json(&services, &reference(&store))).expect("json");
    value[1]["languages"] =
        serde_json::json!([{"id": "0b6f7c1e-8d5e-4d8b-9d43-3a3c5e0c8f11", "code": "x1"}]);
    value[2]["schedules"] = serde_json::json!([{
        "id": "5d0b5f43-5a0e-4ad4-9f1b-0b8b6a3f2c11", "freq": "WEEKLY", "byday": "WE",
        "opens_at": "14:00", "closes_at": "12:00"
    }]);
    value[2]["assured_date"] = serde_json::json!("2023-02-30");
    let text = value.to_string();
    let Err(ImportError::Invalid(errors)) = hsds::parse_services(&text, &reference(&store)) else {
        panic!("must be invalid");
    };
    let found: Vec<(usize, &str, &Problem)> = errors
        .iter()
        .map(|e| (e.record, e.field.as_str(), &e.problem))
        .collect();
    assert!(
        found.contains(&(
            2,
            "languages[0].code",
            &Problem::UnknownLanguage("x1".into())
        )),
        "{found:?}"
    );
    assert!(
        found.contains(&(3, "schedules[0].closes_at", &Problem::ClosesBeforeOpens)),
        "{found:?}"
    );
    assert!(
        found.contains(&(
            3,
            "assured_date",
            &Problem::InvalidDate("2023-02-30".into())
        )),
        "{found:?}"
    );
}

#[test]
fn malformed_json_reports_line_and_column() {
    let text = "[\n  {\"id\": \"x\",\n   \"name\" \"no colon\"}\n]";
    let err = hsds::parse_services(text, &Reference::default()).expect_err("error");
    match err {
        ImportError::Syntax { line, column, .. } => assert_eq!((line, column), (3, 11)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn control_characters_are_refused_at_import() {
    let json = r#"[{"id": "5d0b5f43-5a0e-4ad4-9f1b-0b8b6a3f2c12", "name": "Zła\u001b]52;c;aGk=\u0007", "status": "active"}]"#;
    let Err(ImportError::Invalid(errors)) = hsds::parse_services(json, &Reference::default())
    else {
        panic!("must be invalid");
    };
    assert_eq!(errors[0].problem, Problem::ControlCharacters);
    assert_eq!(errors[0].field, "name");
}

#[test]
fn the_shipped_sessions_are_in_the_timetable() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = seeded(&dir.path().join("a.db"));
    let sessions = store.sessions().expect("sessions");
    let weekly = sessions
        .iter()
        .filter(|s| matches!(s.when, pomost::model::SessionWhen::Weekly { .. }))
        .count();
    assert_eq!(weekly, 5, "the five weekly Pomorskie spotkania online");
    let forum = sessions
        .iter()
        .filter(|s| s.contact.as_deref() == Some("migracje@wrk.org.pl"))
        .count();
    assert_eq!(forum, 4, "the four Forum meetings");
}

#[test]
fn verifying_and_retiring_a_service_are_attributed_changes() {
    use pomost::model::ServiceStatus;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = seeded(&dir.path().join("a.db"));
    let service = store.services().expect("services").remove(0);
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    assert!(
        store
            .mark_verified(service.id, day, "anna")
            .expect("verify")
    );
    assert!(
        store
            .set_service_status(service.id, ServiceStatus::Defunct, "piotr")
            .expect("retire")
    );
    let (version, by): (i64, String) = store
        .conn()
        .query_row(
            "SELECT version, updated_by FROM service WHERE id = ?1",
            [service.id.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("row");
    assert_eq!((version, by.as_str()), (3, "piotr"));
    let again = store
        .services()
        .expect("services")
        .into_iter()
        .find(|s| s.id == service.id)
        .expect("still in the database");
    assert_eq!(again.last_verified, Some(day));
    assert_eq!(again.status, ServiceStatus::Defunct);
    // An unknown id changes nothing.
    assert!(
        !store
            .mark_verified(pomost::hsds::derived_id("nothing"), day, "anna")
            .expect("no error")
    );
}

/// The benchmark loads its rows through `load_consultation_row`: they read
/// back like logged ones, every field in its column.
#[test]
fn a_loaded_consultation_row_reads_back_like_a_logged_one() {
    use pomost::consultation::{AgeBand, Channel, Gender, NewConsultation};
    let dir = tempfile::tempdir().expect("tempdir");
    let store = seeded(&dir.path().join("pomost.db"));
    let c = NewConsultation {
        at: chrono::NaiveDate::from_ymd_opt(2022, 11, 30)
            .and_then(|d| d.and_hms_opt(10, 15, 0))
            .expect("a time"),
        client: "K-ABC123".into(),
        topics: Vec::new(),
        referrals: Vec::new(),
        country: Some("UA".into()),
        language: Some("uk".into()),
        interpreter: Some("uk".into()),
        county: Some("Gdańsk".into()),
        gender: Gender::Female,
        age_band: AgeBand::From30,
        channel: Channel::Phone,
        minutes: Some(25),
        follow_up: chrono::NaiveDate::from_ymd_opt(2022, 12, 5),
        notes: "Odwołanie".into(),
    };
    let uid = uuid::Uuid::new_v4();
    let tx = store.conn().unchecked_transaction().expect("begin");
    pomost::store::load_consultation_row(&tx, 7, uid, "anna", &c, true, "2022-11-30T09:15:00Z")
        .expect("load");
    tx.commit().expect("commit");
    let read = store.consultation(7).expect("read").expect("the row");
    assert_eq!(
        (read.uid, read.at, read.client.as_str(), read.staff.as_str()),
        (uid, c.at, "K-ABC123", "anna")
    );
    assert_eq!(
        (
            &read.country,
            &read.language,
            &read.interpreter,
            &read.county
        ),
        (&c.country, &c.language, &c.interpreter, &c.county)
    );
    assert_eq!(
        (read.gender, read.age_band, read.channel, read.minutes),
        (c.gender, c.age_band, c.channel, c.minutes)
    );
    assert_eq!((read.follow_up, read.follow_up_done), (c.follow_up, true));
    assert_eq!((read.notes.as_str(), read.version), ("Odwołanie", 1));
    assert_eq!(
        (read.updated_at.as_str(), read.updated_by.as_str()),
        ("2022-11-30T09:15:00Z", "anna")
    );
}
