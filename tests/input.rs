//! Bad input refused at the door: dates out of range or not on Warsaw's clock,
//! validity periods that end before they start, ids taken by another service,
//! texts longer than their limit. Each refusal from the command line is one
//! sentence on stderr, exit 2, and the database is left exactly as it was; the
//! forms' drafts name the field.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};
use serde_json::Value;
use uuid::Uuid;

use common::{pomost, stderr, stdout};
use pomost::consultation::{ConsultationDraft, ConsultationField};
use pomost::directory::draft::{ServiceDraft, ServiceField};
use pomost::i18n::Lang;
use pomost::limits;
use pomost::model::{Reference, Service};
use pomost::store::Store;
use pomost::timetable::draft::{SessionDraft, SessionField};

// ---------------------------------------------------------------- helpers

/// A database made by `pomost init` with the shipped catalogue.
fn init(dir: &Path) -> PathBuf {
    let db = dir.join("pomost.db");
    let out = pomost(&db, &["init"]);
    assert!(out.status.success(), "{}", stderr(&out));
    db
}

/// Every row of every table, as text, sorted: the database's content.
fn rows(db: &Path) -> Vec<String> {
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("open");
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .expect("tables")
        .query_map([], |r| r.get(0))
        .expect("tables")
        .collect::<Result<_, _>>()
        .expect("tables");
    let mut out = Vec::new();
    for table in tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{table}\""))
            .expect("select");
        let n = stmt.column_count();
        let mut q = stmt.query([]).expect("query");
        while let Some(r) = q.next().expect("row") {
            let cells: Vec<String> = (0..n)
                .map(|i| format!("{:?}", r.get_ref(i).expect("cell")))
                .collect();
            out.push(format!("{table}: {}", cells.join(" | ")));
        }
    }
    out.sort();
    out
}

/// What a refused command must look like: exit 2, nothing on stdout, one
/// line on stderr that contains every `expected` and no database jargon, and
/// the database exactly as before (row for row, and byte for byte).
fn assert_refused(db: &Path, args: &[&str], expected: &[&str]) -> String {
    let (before_rows, before_bytes) = (rows(db), fs::read(db).expect("read"));
    let out = pomost(db, args);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
    assert!(out.stdout.is_empty(), "{args:?}: {}", stdout(&out));
    assert_eq!(err.lines().count(), 1, "one sentence: {err}");
    assert!(err.len() < 400, "short: {} bytes", err.len());
    for word in expected {
        assert!(err.contains(word), "{args:?}: {err:?} lacks {word:?}");
    }
    for jargon in ["UNIQUE", "constraint", "SQLite", "sqlite"] {
        assert!(!err.contains(jargon), "{err}");
    }
    assert_eq!(rows(db), before_rows, "no row changed");
    assert_eq!(fs::read(db).expect("read"), before_bytes, "no byte changed");
    err
}

/// The shipped directory as HSDS JSON.
fn exported(db: &Path) -> Vec<Value> {
    let out = pomost(db, &["services", "export"]);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).expect("json")
}

/// Writes services to a file and refuses to import it.
fn refused_import(dir: &Path, db: &Path, services: &[Value], expected: &[&str]) -> String {
    let file = dir.join("import.json");
    fs::write(&file, serde_json::to_vec(services).expect("json")).expect("write");
    assert_refused(
        db,
        &["services", "import", file.to_str().expect("path")],
        expected,
    )
}

/// A shipped service with opening hours and a place, as a new service (new
/// ids everywhere) that is valid to import.
fn a_new_service(all: &[Value]) -> Value {
    let mut s = all
        .iter()
        .find(|s| {
            s["schedules"].as_array().is_some_and(|a| !a.is_empty())
                && s["service_at_locations"]
                    .as_array()
                    .is_some_and(|a| !a.is_empty())
        })
        .expect("a service with hours and a place")
        .clone();
    s["id"] = Value::from(Uuid::new_v4().to_string());
    s["name"] = Value::from("Nowa usługa");
    for sc in s["schedules"].as_array_mut().expect("schedules") {
        sc["id"] = Value::from(Uuid::new_v4().to_string());
    }
    for sal in s["service_at_locations"].as_array_mut().expect("places") {
        sal["location"]["id"] = Value::from(Uuid::new_v4().to_string());
    }
    s
}

/// The ids of the shipped directory's opening-hours rules, in export order.
fn shipped_rules(all: &[Value]) -> Vec<String> {
    shipped_ids(all, "schedules", &["id"])
}

/// The ids of the shipped directory's places, in export order.
fn shipped_places(all: &[Value]) -> Vec<String> {
    shipped_ids(all, "service_at_locations", &["location", "id"])
}

fn shipped_ids(all: &[Value], list: &str, path: &[&str]) -> Vec<String> {
    all.iter()
        .filter_map(|s| s[list].as_array())
        .flatten()
        .filter_map(|item| path.iter().fold(item, |v, k| &v[*k]).as_str())
        .map(str::to_owned)
        .collect()
}

/// The same command with the interface in Polish.
fn pl<'a>(args: &[&'a str]) -> Vec<&'a str> {
    [&["--lang", "pl"], args].concat()
}

fn log_args<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    [&["log", "--client", "K-ABC123", "--topic", "legal"], extra].concat()
}

// ---------------------------------------------------------------- import

#[test]
fn a_valid_new_service_imports() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    let file = dir.path().join("ok.json");
    let service = a_new_service(&exported(&db));
    fs::write(&file, serde_json::to_vec(&[service]).expect("json")).expect("write");
    let out = pomost(&db, &["services", "import", file.to_str().expect("path")]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("1 added, 0 updated"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn an_assured_date_before_christ_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    let mut service = a_new_service(&exported(&db));
    service["assured_date"] = Value::from("-2023-01-01");
    refused_import(
        dir.path(),
        &db,
        &[service],
        &[
            "record 1 (\"Nowa usługa\")",
            "field assured_date",
            "outside the years 1900–2200",
        ],
    );
}

#[test]
fn an_assured_date_outside_1900_to_2200_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    let all = exported(&db);
    for date in ["0000-01-01", "1899-12-31", "2201-01-01"] {
        let mut service = a_new_service(&all);
        service["assured_date"] = Value::from(date);
        refused_import(dir.path(), &db, &[service], &["field assured_date", date]);
    }
}

#[test]
fn a_schedule_that_ends_before_it_starts_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    let mut service = a_new_service(&exported(&db));
    service["schedules"][0]["valid_from"] = Value::from("2026-06-01");
    service["schedules"][0]["valid_to"] = Value::from("2026-05-31");
    refused_import(
        dir.path(),
        &db,
        &[service],
        &[
            "field schedules[0].valid_to",
            "the end date is before the start date",
        ],
    );
}

#[test]
fn a_schedule_date_out_of_range_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    let mut service = a_new_service(&exported(&db));
    service["schedules"][0]["valid_from"] = Value::from("0000-01-01");
    refused_import(
        dir.path(),
        &db,
        &[service],
        &["field schedules[0].valid_from", "1900"],
    );
}

#[test]
fn an_import_reusing_another_services_schedule_id_names_the_record_and_the_id() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    let all = exported(&db);
    let mut service = a_new_service(&all);
    // The same rule id as a shipped service's (the one it was copied from).
    let owner = all
        .iter()
        .find(|s| s["schedules"].as_array().is_some_and(|a| !a.is_empty()))
        .expect("hours");
    let taken = owner["schedules"][0]["id"].as_str().expect("id").to_owned();
    service["schedules"][0]["id"] = Value::from(taken.clone());
    let err = refused_import(
        dir.path(),
        &db,
        &[service],
        &[
            "Nothing was imported",
            "record 1 (\"Nowa usługa\")",
            "field schedules[0].id",
            &taken,
            "already belongs to another service",
        ],
    );
    let owner_name = owner["name"].as_str().expect("name");
    assert!(err.contains(owner_name), "{err}");
}

#[test]
fn an_import_reusing_another_services_location_id_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    let all = exported(&db);
    let mut service = a_new_service(&all);
    let taken = shipped_places(&all)[0].clone();
    service["service_at_locations"][0]["location"]["id"] = Value::from(taken.clone());
    refused_import(
        dir.path(),
        &db,
        &[service],
        &[
            "field service_at_locations[0].location.id",
            &taken,
            "already belongs to another service",
        ],
    );
}

/// The first place or rule id (in file order: records, then each record's
/// places before its rules) that another service has is the one named, however
/// many there are: the ids are looked up for the whole file at once.
#[test]
fn of_several_taken_ids_the_first_in_the_file_is_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    let all = exported(&db);
    let rules = shipped_rules(&all);
    assert!(rules.len() >= 2, "two shipped rules");
    let rule = rules[0].clone();
    let place = shipped_places(&all)[0].clone();
    let fine = a_new_service(&all);
    let mut second = a_new_service(&all);
    second["name"] = Value::from("Druga");
    // Its rule is taken (listed after its places), and so is its place.
    second["schedules"][0]["id"] = Value::from(rule.clone());
    second["service_at_locations"][0]["location"]["id"] = Value::from(place.clone());
    let mut third = a_new_service(&all);
    third["name"] = Value::from("Trzecia");
    third["schedules"][0]["id"] = Value::from(rules[1].clone());
    let err = refused_import(
        dir.path(),
        &db,
        &[fine, second, third],
        &[
            "record 2 (\"Druga\")",
            "field service_at_locations[0].location.id",
            &place,
        ],
    );
    assert!(!err.contains(&rule) && !err.contains(&rules[1]), "{err}");
}

#[test]
fn skip_invalid_leaves_out_each_record_with_a_taken_id_and_imports_the_rest() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    let all = exported(&db);
    let rule = shipped_rules(&all)[0].clone();
    let place = shipped_places(&all)[0].clone();
    let mut records: Vec<Value> = (0..4).map(|_| a_new_service(&all)).collect();
    records[1]["schedules"][0]["id"] = Value::from(rule.clone());
    records[3]["service_at_locations"][0]["location"]["id"] = Value::from(place.clone());
    let ids: Vec<String> = records
        .iter()
        .map(|s| s["id"].as_str().expect("id").to_owned())
        .collect();
    let file = dir.path().join("four.json");
    fs::write(&file, serde_json::to_vec(&records).expect("json")).expect("write");
    let out = pomost(
        &db,
        &[
            "services",
            "import",
            "--skip-invalid",
            file.to_str().expect("path"),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("2 added, 0 updated"), "{text}");
    assert!(text.contains("Skipped 2 invalid records"), "{text}");
    assert!(
        text.contains(&format!("record 2 (id {}), field schedules[0].id:", ids[1])),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "record 4 (id {}), field service_at_locations[0].location.id:",
            ids[3]
        )),
        "{text}"
    );
    let back: Vec<String> = exported(&db)
        .iter()
        .map(|s| s["id"].as_str().expect("id").to_owned())
        .collect();
    for (n, id) in ids.iter().enumerate() {
        assert_eq!(back.contains(id), n % 2 == 0, "record {}: {id}", n + 1);
    }
}

#[test]
fn the_same_schedule_id_twice_in_one_file_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    let all = exported(&db);
    let first = a_new_service(&all);
    let mut second = a_new_service(&all);
    second["name"] = Value::from("Druga");
    second["schedules"][0]["id"] = first["schedules"][0]["id"].clone();
    let id = first["schedules"][0]["id"].as_str().expect("id").to_owned();
    refused_import(
        dir.path(),
        &db,
        &[first, second],
        &[
            "record 2 (\"Druga\")",
            "field schedules[0].id",
            &id,
            "more than once",
        ],
    );
}

#[test]
fn an_existing_service_updated_with_its_own_ids_still_imports() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    let all = exported(&db);
    let file = dir.path().join("same.json");
    fs::write(&file, serde_json::to_vec(&all).expect("json")).expect("write");
    let out = pomost(&db, &["services", "import", file.to_str().expect("path")]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn a_ten_megabyte_description_is_refused_without_being_quoted() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    let mut service = a_new_service(&exported(&db));
    service["description"] = Value::from("ą".repeat(10 * 1024 * 1024 / 2));
    refused_import(
        dir.path(),
        &db,
        &[service],
        &[
            "record 1 (\"Nowa usługa\")",
            "field description",
            "too long: 5242880 characters, at most 4000",
        ],
    );
}

#[test]
fn an_oversize_name_is_refused_and_named_by_a_short_clean_excerpt() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    let mut service = a_new_service(&exported(&db));
    service["name"] = Value::from(format!("\u{1b}[2JPorady{}", "x".repeat(300)));
    let err = refused_import(
        dir.path(),
        &db,
        &[service],
        &["field name", "at most 200", "(\"Poradyxxxx"],
    );
    assert!(!err.contains('\u{1b}'), "{err:?}");
}

#[test]
fn each_field_of_an_import_has_its_limit() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    let all = exported(&db);
    type Set = fn(&mut Value, String);
    let cases: [(&str, usize, Set); 7] = [
        ("translations.en.name", limits::NAME, |s, v| {
            s["translations"]["en"]["name"] = Value::from(v)
        }),
        ("eligibility_description", limits::TEXT, |s, v| {
            s["eligibility_description"] = Value::from(v)
        }),
        ("organization.name", limits::NAME, |s, v| {
            s["organization"]["name"] = Value::from(v)
        }),
        ("schedules[0].description", limits::LINE, |s, v| {
            s["schedules"][0]["description"] = Value::from(v)
        }),
        (
            "service_at_locations[0].location.addresses[0].city",
            limits::LINE,
            |s, v| {
                s["service_at_locations"][0]["location"]["addresses"] = serde_json::json!([{"id": Uuid::new_v4().to_string(),
                        "address_1": "ul. Długa 1", "city": v, "state_province": "pomorskie",
                        "postal_code": "80-001", "country": "PL", "address_type": "physical"}])
            },
        ),
        ("url", limits::LINK, |s, v| {
            s["url"] = Value::from(format!("https://example.org/{v}"))
        }),
        ("email", limits::LINE, |s, v| {
            s["email"] = Value::from(format!("{v}@example.org"))
        }),
    ];
    for (field, max, set) in cases {
        let mut service = a_new_service(&all);
        set(&mut service, "y".repeat(max + 1));
        refused_import(
            dir.path(),
            &db,
            &[service],
            &[&format!("field {field}:"), &format!("at most {max}")],
        );
    }
    // A list of more than a hundred phone numbers.
    let mut service = a_new_service(&all);
    service["phones"] = Value::from(
        (0..=limits::ITEMS)
            .map(|i| serde_json::json!({"id": Uuid::new_v4().to_string(), "number": format!("58 {i:07}")}))
            .collect::<Vec<_>>(),
    );
    refused_import(
        dir.path(),
        &db,
        &[service],
        &["field phones:", "at most 100"],
    );
}

// ---------------------------------------------------------------- log and dates

#[test]
fn log_at_the_year_zero_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    assert_refused(
        &db,
        &log_args(&["--at", "0000-01-01 00:00"]),
        &["--at:", "outside the years 1900–2200"],
    );
}

#[test]
fn log_at_an_hour_the_clocks_skip_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    assert_refused(
        &db,
        &log_args(&["--at", "2026-03-29 02:30"]),
        &["--at: 2026-03-29 02:30 does not exist in Warsaw"],
    );
}

#[test]
fn the_refusals_speak_polish_too() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    assert_refused(
        &db,
        &pl(&log_args(&["--at", "2026-03-29 02:30"])),
        &["--at: 2026-03-29 02:30 nie istnieje w Warszawie"],
    );
    assert_refused(
        &db,
        &pl(&log_args(&["--at", "0000-01-01 00:00"])),
        &["--at: „0000-01-01 00:00” nie mieści się w latach 1900–2200"],
    );
    let mut service = a_new_service(&exported(&db));
    service["name"] = Value::from("x".repeat(limits::NAME + 1));
    let file = dir.path().join("pl.json");
    fs::write(&file, serde_json::to_vec(&[service]).expect("json")).expect("write");
    assert_refused(
        &db,
        &pl(&["services", "import", file.to_str().expect("path")]),
        &[
            "Niczego nie zaimportowano",
            "tekst za długi (długość: 201, dozwolone najwyżej 200 znaków)",
        ],
    );
}

#[test]
fn log_at_the_hour_that_happens_twice_is_the_first_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    // 30 October 2022: the clocks went back from 03:00 to 02:00.
    let out = pomost(&db, &log_args(&["--at", "2022-10-30 02:30"]));
    assert!(out.status.success(), "{}", stderr(&out));
    let list = pomost(&db, &["consultations", "list", "--format", "json"]);
    let rows: Vec<Value> = serde_json::from_slice(&list.stdout).expect("json");
    assert_eq!(rows.len(), 1);
    assert!(
        rows[0]["at"]
            .as_str()
            .is_some_and(|a| a.starts_with("2022-10-30") && a.contains("02:30")),
        "{}",
        rows[0]
    );
}

#[test]
fn log_with_a_follow_up_after_2200_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    assert_refused(
        &db,
        &log_args(&["--at", "2022-10-30 10:00", "--follow-up", "2201-01-01"]),
        &["--follow-up:", "outside the years 1900–2200"],
    );
}

#[test]
fn log_with_an_oversize_note_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    let note = "n".repeat(limits::NOTES + 1);
    assert_refused(
        &db,
        &log_args(&["--at", "2022-10-30 10:00", "--note", &note]),
        &["--note: too long: 8001 characters, at most 8000"],
    );
}

#[test]
fn dates_out_of_range_are_refused_by_every_command_that_reads_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    for args in [
        &["consultations", "list", "--from", "0000-01-01"][..],
        &["consultations", "export", "--to=-2023-01-01"],
        &["report", "--from", "1899-12-31"],
        &["audit", "--since", "2201-01-01"],
        &["purge", "--before", "0000-01-01", "--yes"],
    ] {
        assert_refused(&db, args, &["outside the years 1900–2200"]);
    }
    assert_refused(
        &db,
        &["timetable", "--date", "0000-01-01"],
        &["outside the years 1900–2200"],
    );
    assert_refused(&db, &["timetable", "--week", "0000-W01"], &["0000-W01"]);
}

#[test]
fn a_staff_name_longer_than_a_name_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    let user = pomost::config::current_user();
    let name = "N".repeat(limits::NAME + 1);
    assert_refused(
        &db,
        &["staff", "add", &user, "--role", "desk", "--name", &name],
        &["--name: too long: 201 characters, at most 200"],
    );
}

// ---------------------------------------------------------------- the forms' drafts

fn reference(store: &Store) -> Reference {
    Reference {
        topics: store.topics().expect("topics"),
        counties: store.counties().expect("counties"),
    }
}

#[test]
fn the_service_form_refuses_oversize_fields_beside_each() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    let store = Store::open_existing(&db).expect("open");
    let (reference, orgs) = (reference(&store), store.organizations().expect("orgs"));
    let base = Service::new(Uuid::new_v4(), "");
    let valid = ServiceDraft {
        name: "Porady".into(),
        ..ServiceDraft::default()
    };
    assert!(valid.validate(&base, &reference, &orgs, Lang::En).is_ok());
    type Set = fn(&mut ServiceDraft, String);
    let cases: Vec<(ServiceField, usize, Set)> = vec![
        (ServiceField::Name, limits::NAME, |d, v| d.name = v),
        (ServiceField::NameEn, limits::NAME, |d, v| d.name_en = v),
        (ServiceField::NewOrganisation, limits::NAME, |d, v| {
            d.new_organisation = v
        }),
        (ServiceField::Description, limits::TEXT, |d, v| {
            d.description = v
        }),
        (ServiceField::DescriptionEn, limits::TEXT, |d, v| {
            d.description_en = v
        }),
        (ServiceField::Schedules, limits::TEXT, |d, v| {
            d.schedules = v
        }),
        (ServiceField::Email, limits::LINE, |d, v| d.email = v),
        (ServiceField::Phones, limits::LINE, |d, v| d.phones = v),
        (ServiceField::Url, limits::LINK, |d, v| d.url = v),
        (ServiceField::OnlineLink, limits::LINK, |d, v| {
            d.online_link = v
        }),
        (ServiceField::Eligibility, limits::TEXT, |d, v| {
            d.eligibility = v
        }),
        (ServiceField::HowToApply, limits::TEXT, |d, v| {
            d.how_to_apply = v
        }),
        (ServiceField::Fees, limits::TEXT, |d, v| d.fees = v),
        (ServiceField::FeesEn, limits::TEXT, |d, v| d.fees_en = v),
    ];
    for (field, max, set) in cases {
        let mut at_limit = valid.clone();
        set(&mut at_limit, "ż".repeat(max));
        let fine = at_limit.validate(&base, &reference, &orgs, Lang::En);
        assert!(
            fine.as_ref()
                .err()
                .is_none_or(|ps| ps.iter().all(|p| !p.message.contains("too long"))),
            "{field:?} at its limit"
        );
        let mut over = valid.clone();
        set(&mut over, "ż".repeat(max + 1));
        let problems = over
            .validate(&base, &reference, &orgs, Lang::En)
            .expect_err("too long");
        assert_eq!(problems.len(), 1, "{field:?}: only the size is said");
        assert_eq!(problems[0].field, field);
        assert_eq!(
            problems[0].message,
            format!(
                "too long: {} characters, at most {max} are allowed",
                max + 1
            )
        );
    }
    let mut draft = valid.clone();
    draft.schedules = "Mon 09:00-10:00 from 2026-01-01 to 1899-12-31".into();
    let problems = draft
        .validate(&base, &reference, &orgs, Lang::En)
        .expect_err("out of range");
    assert_eq!(problems[0].field, ServiceField::Schedules);
    assert!(
        problems[0].message.contains("outside the years"),
        "{problems:?}"
    );
}

#[test]
fn the_session_form_refuses_oversize_fields_dates_out_of_range_and_skipped_hours() {
    let valid = SessionDraft {
        title: "Spotkanie".into(),
        days: vec![chrono::Weekday::Wed],
        starts: "12:00".into(),
        ends: "14:00".into(),
        ..SessionDraft::new(NaiveDate::from_ymd_opt(2026, 11, 23).expect("date"))
    };
    assert!(valid.validate(Uuid::nil(), vec![], Lang::En).is_ok());
    type Set = Box<dyn Fn(&mut SessionDraft)>;
    let long = |n: usize| "a".repeat(n + 1);
    let cases: Vec<(Set, SessionField, String)> = vec![
        (
            Box::new(move |d| d.title = long(limits::NAME)),
            SessionField::Title,
            "at most 200".into(),
        ),
        (
            Box::new(move |d| d.theme = long(limits::TEXT)),
            SessionField::Theme,
            "at most 4000".into(),
        ),
        (
            Box::new(move |d| d.link = format!("https://{}", long(limits::LINK))),
            SessionField::Link,
            "at most 2000".into(),
        ),
        (
            Box::new(move |d| d.contact = long(limits::LINE)),
            SessionField::Contact,
            "at most 300".into(),
        ),
        (
            Box::new(|d| d.valid_from = "0000-01-01".into()),
            SessionField::ValidFrom,
            "outside the years 1900–2200".into(),
        ),
        (
            Box::new(|d| d.valid_until = "2201-01-01".into()),
            SessionField::ValidUntil,
            "outside the years 1900–2200".into(),
        ),
        (
            Box::new(|d| d.valid_until = "2026-11-22".into()),
            SessionField::ValidUntil,
            "the end date is before the start date".into(),
        ),
        (
            Box::new(|d| {
                d.weekly = false;
                d.date = "2026-03-29".into();
                d.starts = "02:30".into();
                d.ends = String::new();
            }),
            SessionField::Starts,
            "2026-03-29 02:30 does not exist in Warsaw".into(),
        ),
    ];
    for (change, field, expected) in cases {
        let mut draft = valid.clone();
        change(&mut draft);
        let errors = draft
            .validate(Uuid::nil(), vec![], Lang::En)
            .expect_err("invalid");
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].field, field);
        assert!(errors[0].message.contains(&expected), "{errors:?}");
    }
    // A one-off session in the hour that happens twice is fine.
    let mut autumn = valid.clone();
    autumn.weekly = false;
    autumn.date = "2026-10-25".into();
    autumn.starts = "02:30".into();
    autumn.ends = String::new();
    assert!(autumn.validate(Uuid::nil(), vec![], Lang::En).is_ok());
}

#[test]
fn the_consultation_form_refuses_bad_times_and_oversize_notes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    let store = Store::open_existing(&db).expect("open");
    let reference = reference(&store);
    let services = Default::default();
    let now = NaiveDateTime::parse_from_str("2026-11-23 12:00", "%Y-%m-%d %H:%M").expect("now");
    let valid = ConsultationDraft {
        at: "2026-11-23 09:30".into(),
        client: "K-ABC123".into(),
        topics: vec!["legal".into()],
        ..ConsultationDraft::default()
    };
    assert!(valid.validate(&reference, &services, now, Lang::En).is_ok());
    let cases: Vec<(ConsultationDraft, ConsultationField, &str)> = vec![
        (
            ConsultationDraft {
                at: "0000-01-01 00:00".into(),
                ..valid.clone()
            },
            ConsultationField::At,
            "outside the years 1900–2200",
        ),
        (
            ConsultationDraft {
                at: "2026-03-29 02:30".into(),
                ..valid.clone()
            },
            ConsultationField::At,
            "does not exist in Warsaw",
        ),
        (
            ConsultationDraft {
                follow_up: "2201-01-01".into(),
                ..valid.clone()
            },
            ConsultationField::FollowUp,
            "outside the years 1900–2200",
        ),
        (
            ConsultationDraft {
                notes: "n".repeat(limits::NOTES + 1),
                ..valid.clone()
            },
            ConsultationField::Notes,
            "at most 8000",
        ),
    ];
    for (draft, field, expected) in cases {
        let problems = draft
            .validate(&reference, &services, now, Lang::En)
            .expect_err("invalid");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].field, field);
        assert!(problems[0].message.contains(expected), "{problems:?}");
    }
    let autumn = ConsultationDraft {
        at: "2026-10-25 02:30".into(),
        ..valid.clone()
    };
    assert!(
        autumn
            .validate(&reference, &services, now, Lang::En)
            .is_ok()
    );
    let at_limit = ConsultationDraft {
        notes: "ż".repeat(limits::NOTES),
        ..valid
    };
    assert!(
        at_limit
            .validate(&reference, &services, now, Lang::En)
            .is_ok()
    );
}
