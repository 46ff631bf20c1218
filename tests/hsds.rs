//! Importing published HSDS 3.0: every serialisation of the official
//! examples imports as published and its export holds every property of
//! it; valid variations Pomost once refused import; `--dry-run` changes
//! nothing; `--skip-invalid` skips exactly the bad records.

mod common;

use std::path::{Path, PathBuf};

use common::{pomost, pomost_at, stderr, stdout};
use serde_json::{Value, json};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/hsds")
        .join(name)
}

/// An empty database (topics and counties only).
fn empty_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("p.db");
    let out = pomost(&db, &["init", "--empty"]);
    assert!(out.status.success(), "{}", stderr(&out));
    (dir, db)
}

fn import(db: &Path, file: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["services", "import", file.to_str().expect("path")];
    args.extend(extra);
    pomost(db, &args)
}

/// Asserts the command succeeded and said `text`.
fn said(out: &std::process::Output, text: &str) {
    assert!(out.status.success(), "{}", stderr(out));
    assert!(stdout(out).contains(text), "{}", stdout(out));
}

fn export(db: &Path) -> Vec<Value> {
    let out = pomost(db, &["services", "export"]);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).expect("export is JSON")
}

fn read(name: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(fixture(name)).expect("fixture")).expect("json")
}

/// True when every property of `inner`, at every depth, is in `outer` with
/// the same value (list items matched by id, else by position).
fn contains(outer: &Value, inner: &Value, path: &str) -> Result<(), String> {
    match (outer, inner) {
        (Value::Object(o), Value::Object(i)) => {
            for (k, v) in i {
                let here = format!("{path}.{k}");
                let Some(ov) = o.get(k) else {
                    return Err(format!("{here} is missing"));
                };
                contains(ov, v, &here)?;
            }
            Ok(())
        }
        (Value::Array(o), Value::Array(i)) => {
            for (n, v) in i.iter().enumerate() {
                let here = format!("{path}[{n}]");
                let by_id = v
                    .get("id")
                    .and_then(|id| o.iter().find(|x| x.get("id") == Some(id)));
                let Some(ov) = by_id.or_else(|| o.get(n)) else {
                    return Err(format!("{here} is missing"));
                };
                contains(ov, v, &here)?;
            }
            Ok(())
        }
        _ if outer == inner => Ok(()),
        _ => Err(format!("{path}: {inner} became {outer}")),
    }
}

/// The service objects an input holds, as HSDS nests them.
fn services_of(input: &Value) -> Vec<Value> {
    if let Some(list) = input.get("contents").and_then(Value::as_array) {
        return list.clone();
    }
    if let Some(list) = input.get("services").and_then(Value::as_array) {
        let mut org = input.clone();
        org.as_object_mut().expect("org").remove("services");
        return list
            .iter()
            .map(|s| {
                let mut s = s.clone();
                s.as_object_mut()
                    .expect("service")
                    .entry("organization")
                    .or_insert(org.clone());
                s
            })
            .collect();
    }
    match input {
        Value::Array(list) => list.clone(),
        one => vec![one.clone()],
    }
}

#[test]
fn each_official_json_example_imports_as_published_and_its_export_keeps_every_property() {
    for (name, services) in [
        ("service_full.json", 1),
        ("service_list.json", 1),
        ("organization_full.json", 1),
    ] {
        let (_dir, db) = empty_db();
        let out = import(&db, &fixture(name), &[]);
        assert!(out.status.success(), "{name}: {}", stderr(&out));
        let exported = export(&db);
        assert_eq!(exported.len(), services, "{name}");
        for service in services_of(&read(name)) {
            let id = &service["id"];
            let back = exported
                .iter()
                .find(|s| &s["id"] == id)
                .unwrap_or_else(|| panic!("{name}: service {id} not exported"));
            contains(back, &service, "").unwrap_or_else(|e| panic!("{name}: {e}"));
            // Nothing added either: what comes back is what went in.
            assert_eq!(back, &service, "{name}");
        }
    }
}

#[test]
fn the_service_full_example_keeps_its_values_exactly() {
    let (_dir, db) = empty_db();
    let out = import(&db, &fixture("service_full.json"), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("(service): 1 service."), "{text}");
    assert!(
        text.contains("Came in: 1 service, 1 organisation, 1 place."),
        "{text}"
    );
    for kept in [
        "alternate_name",
        "contacts",
        "phones[].type",
        "required_documents",
    ] {
        assert!(text.contains(kept), "{kept} not named as kept: {text}");
    }
    let back = &export(&db)[0];
    assert_eq!(back["schedules"][0]["opens_at"], "10:00:00");
    assert_eq!(back["cost_options"][0]["currency"], "gbp");
    assert_eq!(back["cost_options"][0]["amount"], 35);
    let address = &back["service_at_locations"][0]["location"]["addresses"][0];
    let given = &read("service_full.json")["service_at_locations"][0]["location"]["addresses"][0];
    assert_eq!(address, given);
    assert_eq!(
        back["phones"][0]["id"],
        "1554f2e2-a373-45db-a3fa-9fc48a61c15e"
    );
}

#[test]
fn an_organisation_list_without_services_imports_nothing_and_refuses_nothing() {
    let (_dir, db) = empty_db();
    said(
        &import(&db, &fixture("organization_list.json"), &[]),
        "(page): 0 services",
    );
    said(
        &import(&db, &fixture("organization_list.json"), &[]),
        "1 organisations without services were not imported",
    );
}

/// Finds the object with this id anywhere in `v`.
fn find_id<'a>(v: &'a Value, id: &str) -> Vec<&'a Value> {
    let mut out = Vec::new();
    match v {
        Value::Object(o) => {
            if o.get("id").and_then(Value::as_str) == Some(id) {
                out.push(v);
            }
            for x in o.values() {
                out.extend(find_id(x, id));
            }
        }
        Value::Array(a) => a.iter().for_each(|x| out.extend(find_id(x, id))),
        _ => {}
    }
    out
}

/// The columns that only link a row to another table's (they become the
/// nesting): `service_id`, `location_id` …, but not `tax_id`, a property.
fn is_link(key: &str) -> bool {
    (key.ends_with("_id") && key != "tax_id") || key == "link_type"
}

fn as_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("dir") {
        let p = e.expect("entry").path();
        std::fs::copy(&p, to.join(p.file_name().expect("name"))).expect("copy");
    }
}

/// Every cell of every row the tabular example links to its service is in
/// the export, in the object with the row's id (the linking columns become
/// the nesting).
fn assert_tabular_kept(exported: &[Value]) {
    let all = Value::Array(exported.to_vec());
    let dir = fixture("csv");
    for table in [
        "services",
        "organizations",
        "phones",
        "schedules",
        "service_areas",
        "languages",
        "cost_options",
        "required_documents",
        "contacts",
        "funding",
        "locations",
        "addresses",
        "accessibility",
        "service_at_location",
        "programs",
        "organization_identifiers",
    ] {
        let mut reader = csv::Reader::from_path(dir.join(format!("{table}.csv"))).expect("csv");
        let header = reader.headers().expect("header").clone();
        for row in reader.records() {
            let row = row.expect("row");
            let id = row.get(0).expect("id");
            let found = find_id(&all, id);
            assert!(!found.is_empty(), "{table} row {id} not exported");
            for (key, cell) in header.iter().zip(row.iter()) {
                if cell.is_empty() || is_link(key) {
                    continue;
                }
                assert!(
                    found
                        .iter()
                        .any(|o| o.get(key).map(as_text).as_deref() == Some(cell)),
                    "{table} row {id}: {key} = {cell:?} not exported"
                );
            }
        }
    }
}

#[test]
fn the_tabular_example_imports_from_a_folder_and_from_a_zip_and_keeps_every_cell() {
    let (dir, db) = empty_db();
    said(&import(&db, &fixture("csv"), &[]), "(tabular): 1 service.");
    assert_tabular_kept(&export(&db));

    // The same package zipped, inside a folder of the zip.
    let zip_path = dir.path().join("package.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&zip_path).expect("zip"));
    for e in std::fs::read_dir(fixture("csv")).expect("dir") {
        let p = e.expect("entry").path();
        let name = format!("hsds/{}", p.file_name().expect("name").to_string_lossy());
        zip.start_file(name, zip::write::SimpleFileOptions::default())
            .expect("start");
        std::io::Write::write_all(&mut zip, &std::fs::read(&p).expect("read")).expect("write");
    }
    zip.finish().expect("finish");
    let (_dir2, db2) = empty_db();
    let out = import(&db2, &zip_path, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_tabular_kept(&export(&db2));

    // A folder without datapackage.json is not a package: one sentence.
    let bare = dir.path().join("bare");
    copy_dir(&fixture("csv"), &bare);
    std::fs::remove_file(bare.join("datapackage.json")).expect("rm");
    let out = import(&db2, &bare, &[]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("datapackage.json"),
        "{}",
        stderr(&out)
    );
}

/// A small valid service in Pomost's region, to vary.
fn base_service(id: &str) -> Value {
    json!({
        "id": id,
        "name": "Porady",
        "status": "active",
        "service_areas": [{"id": "11111111-1111-4111-8111-111111111111", "name": "Gdańsk"}],
        "languages": [{"id": "22222222-2222-4222-8222-222222222222", "code": "pl"}],
        "schedules": [{
            "id": "33333333-3333-4333-8333-333333333333",
            "freq": "WEEKLY", "byday": "MO", "opens_at": "10:00", "closes_at": "12:00"
        }]
    })
}

const ID: &str = "0a0a0a0a-0000-4000-8000-000000000001";

/// A service's attributes: the term LH-2000 "Legal Services" of `taxonomy`.
fn legal_services_term(taxonomy: &str) -> Value {
    json!([{
        "id": "44444444-4444-4444-8444-444444444444",
        "taxonomy_term_id": "55555555-5555-4555-8555-555555555555",
        "taxonomy_term": {"id": "55555555-5555-4555-8555-555555555555",
            "code": "LH-2000", "name": "Legal Services", "description": "",
            "taxonomy": taxonomy}
    }])
}

fn write_json(dir: &Path, name: &str, v: &Value) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_string_pretty(v).expect("json")).expect("write");
    path
}

fn search_json(db: &Path, args: &[&str]) -> Value {
    let mut all = vec!["services", "search", "--json"];
    all.extend(args);
    let out = pomost(db, &all);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).expect("json")
}

#[test]
fn valid_variations_once_refused_import_and_keep_their_values() {
    type Vary = fn(&mut Value);
    let variations: [(&str, Vary); 12] = [
        ("area Warszawa", |s| {
            s["service_areas"][0]["name"] = json!("Warszawa")
        }),
        ("area Polska", |s| {
            s["service_areas"][0]["name"] = json!("Polska")
        }),
        ("area in words", |s| {
            s["service_areas"][0]["name"] = json!("Cała Polska, także online dla osób za granicą")
        }),
        (
            "area without a name",
            |s| {
                s["service_areas"][0] =
                    json!({"id": "11111111-1111-4111-8111-111111111111", "description": "MyCity"})
            },
        ),
        ("language 639-3", |s| {
            s["languages"][0]["code"] = json!("ukr")
        }),
        (
            "language by name",
            |s| {
                s["languages"][0] =
                    json!({"id": "22222222-2222-4222-8222-222222222222", "name": "Ukrainian"})
            },
        ),
        ("language unknown to Pomost", |s| {
            s["languages"][0]["code"] = json!("csb")
        }),
        ("monthly", |s| {
            s["schedules"][0]["freq"] = json!("MONTHLY");
            s["schedules"][0]["byday"] = json!("1MO");
        }),
        ("weekly every other week, counted", |s| {
            s["schedules"][0]["interval"] = json!(2);
            s["schedules"][0]["count"] = json!(10);
        }),
        ("month days", |s| {
            s["schedules"][0]["freq"] = json!("MONTHLY");
            s["schedules"][0]["bymonthday"] = json!("1,15");
            s["schedules"][0]
                .as_object_mut()
                .expect("obj")
                .remove("byday");
        }),
        ("opens_at with an offset", |s| {
            s["schedules"][0]["opens_at"] = json!("10:00+01:00");
            s["schedules"][0]["closes_at"] = json!("12:00:00+01:00");
        }),
        ("a term of another taxonomy", |s| {
            s["attributes"] = legal_services_term("AIRS/211 LA County")
        }),
    ];
    let (dir, db) = empty_db();
    for (what, vary) in variations {
        let mut service = base_service(ID);
        vary(&mut service);
        let file = write_json(dir.path(), "one.json", &json!([service.clone()]));
        let out = import(&db, &file, &[]);
        assert!(out.status.success(), "{what}: {}", stderr(&out));
        let back = export(&db);
        assert_eq!(back, vec![service], "{what}: not exported as given");
    }
}

#[test]
fn areas_languages_and_offsets_are_read_for_the_filters() {
    let (dir, db) = empty_db();
    let mut a = base_service(ID);
    a["service_areas"] = json!([
        {"id": "11111111-1111-4111-8111-111111111111", "name": "gdansk"},
        {"id": "11111111-1111-4111-8111-111111111112", "name": "Warszawa"}
    ]);
    a["languages"] = json!([
        {"id": "22222222-2222-4222-8222-222222222222", "code": "ukr"},
        {"id": "22222222-2222-4222-8222-222222222223", "name": "Russian"}
    ]);
    // 08:00–09:00 UTC is 09:00–10:00 in Warsaw in winter, and read so all year.
    a["schedules"][0]["opens_at"] = json!("08:00Z");
    a["schedules"][0]["closes_at"] = json!("09:00Z");
    let file = write_json(dir.path(), "a.json", &a);
    let out = import(&db, &file, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let found = search_json(&db, &["--county", "Gdańsk", "--lang", "uk"]);
    let s = &found["services"][0];
    assert_eq!(s["counties"], json!(["Gdańsk", "Warszawa"]));
    assert_eq!(s["languages"], json!(["uk", "ru"]));
    // Monday 5 January 2026 (winter) and Monday 6 July 2026 (summer).
    for (now, open) in [
        ("2026-01-05 09:30", true),
        ("2026-01-05 10:30", false),
        ("2026-07-06 09:30", true),
        ("2026-07-06 08:30", false),
    ] {
        let out = pomost_at(now, &db, &["services", "search", "--json", "--open-now"]);
        let v: Value = serde_json::from_str(&stdout(&out)).expect("json");
        let n = v["services"].as_array().expect("list").len();
        assert_eq!(n == 1, open, "{now}");
    }
}

fn db_files(db: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for suffix in ["", "-wal", "-shm"] {
        let p = PathBuf::from(format!("{}{suffix}", db.display()));
        if let Ok(bytes) = std::fs::read(&p) {
            if suffix != "-shm" {
                out.push((p, bytes));
            }
        }
    }
    out
}

#[test]
fn a_dry_run_says_what_would_change_field_by_field_and_changes_nothing() {
    let (dir, db) = empty_db();
    let first = write_json(dir.path(), "a.json", &json!([base_service(ID)]));
    assert!(import(&db, &first, &[]).status.success());
    let mut changed = base_service(ID);
    changed["name"] = json!("Porady prawne");
    changed["alert"] = json!("Zamknięte w święta");
    let new_id = "0a0a0a0a-0000-4000-8000-000000000002";
    let mut added = base_service(new_id);
    added["schedules"][0]["id"] = json!("33333333-3333-4333-8333-333333333334");
    let second = write_json(dir.path(), "b.json", &json!([changed, added]));
    let before = db_files(&db);
    let out = import(&db, &second, &["--dry-run"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains(&format!("would add: Porady ({new_id})")),
        "{text}"
    );
    assert!(
        text.contains(&format!("would update: Porady prawne ({ID})")),
        "{text}"
    );
    assert!(text.contains("  name: Porady → Porady prawne"), "{text}");
    // A property Pomost does not model is compared too.
    assert!(text.contains("  alert: — → Zamknięte w święta"), "{text}");
    assert!(text.contains("without being modelled"), "{text}");
    assert!(text.contains("alert"), "{text}");
    assert!(text.contains("Dry run: nothing was changed."), "{text}");
    assert_eq!(db_files(&db), before, "the database changed");
    assert_eq!(export(&db).len(), 1);

    // The published example again, once imported: nothing would change.
    let example = fixture("service_full.json");
    assert!(import(&db, &example, &[]).status.success());
    said(
        &import(&db, &example, &["--dry-run"]),
        "unchanged: 1 service",
    );
}

#[test]
fn skip_invalid_imports_the_valid_records_and_lists_exactly_the_bad_ones() {
    let (dir, db) = empty_db();
    let ids = [
        "0a0a0a0a-0000-4000-8000-000000000011",
        "0a0a0a0a-0000-4000-8000-000000000012",
        "0a0a0a0a-0000-4000-8000-000000000013",
    ];
    let mut records: Vec<Value> = ids
        .iter()
        .enumerate()
        .map(|(n, id)| {
            let mut s = base_service(id);
            s["schedules"][0]["id"] = json!(format!("33333333-3333-4333-8333-33333333333{n}"));
            s
        })
        .collect();
    records[1]["email"] = json!("not an address");
    let file = write_json(dir.path(), "three.json", &Value::Array(records));

    // By default, all or nothing.
    let out = import(&db, &file, &[]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("email"), "{}", stderr(&out));
    assert!(export(&db).is_empty());

    let out = import(&db, &file, &["--skip-invalid"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("Skipped 1 invalid records"), "{text}");
    assert!(
        text.contains(&format!("record 2 (id {}), field email:", ids[1])),
        "{text}"
    );
    let back: Vec<String> = export(&db)
        .iter()
        .map(|s| s["id"].as_str().expect("id").to_owned())
        .collect();
    let mut expected = vec![ids[0].to_owned(), ids[2].to_owned()];
    expected.sort();
    let mut back = back;
    back.sort();
    assert_eq!(back, expected);
}

#[test]
fn a_mapped_foreign_term_reaches_the_topic_filter_and_the_export_stays_as_given() {
    let (dir, db) = empty_db();
    let mut s = base_service(ID);
    s["attributes"] = legal_services_term("AIRS/211");
    let file = write_json(dir.path(), "a.json", &json!([s.clone()]));
    assert!(import(&db, &file, &[]).status.success());
    let unmapped = stdout(&pomost(&db, &["topics", "unmapped"]));
    assert!(unmapped.contains(ID), "{unmapped}");
    assert!(
        unmapped.contains("AIRS/211 LH-2000 (Legal Services)"),
        "{unmapped}"
    );
    let legal = |db: &Path| search_json(db, &["--topic", "legal"])["services"].clone();
    assert_eq!(legal(&db), json!([]));

    let out = pomost(&db, &["topics", "map", "AIRS/211", "LH-2000", "legal"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("(services with the term: 1)"),
        "{}",
        stdout(&out)
    );
    assert_eq!(legal(&db)[0]["id"], ID);
    assert!(stdout(&pomost(&db, &["topics", "unmapped"])).contains("Every imported service"));
    let list = stdout(&pomost(&db, &["topics", "map", "--list"]));
    assert!(
        list.contains("AIRS/211") && list.contains("legal (Legal advice)"),
        "{list}"
    );
    // The mapping is the coordinators', not the publisher's: not exported.
    assert_eq!(export(&db), vec![s.clone()]);

    // Applied to later imports too, and removable.
    let mut other = base_service("0a0a0a0a-0000-4000-8000-000000000009");
    other["schedules"][0]["id"] = json!("33333333-3333-4333-8333-333333333339");
    other["attributes"] = s["attributes"].clone();
    other["attributes"][0]["id"] = json!("44444444-4444-4444-8444-444444444449");
    let file = write_json(dir.path(), "b.json", &json!([other]));
    assert!(import(&db, &file, &[]).status.success());
    assert_eq!(legal(&db).as_array().expect("list").len(), 2);
    let out = pomost(&db, &["topics", "map", "--remove", "AIRS/211", "LH-2000"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(legal(&db), json!([]));

    // An unknown topic is refused in one sentence, changing nothing.
    let out = pomost(&db, &["topics", "map", "AIRS/211", "LH-2000", "lawyers"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("lawyers"), "{}", stderr(&out));
    assert!(stdout(&pomost(&db, &["topics", "map", "--list"])).contains("No terms"));
}

#[test]
fn a_place_two_services_share_imports_for_both() {
    let (dir, db) = empty_db();
    let place = json!({"id": "66666666-6666-4666-8666-666666666666",
        "location": {"id": "77777777-7777-4777-8777-777777777777", "location_type": "physical",
            "name": "Centrum", "latitude": 54.35, "longitude": 18.65}});
    let mut a = base_service(ID);
    a["service_at_locations"] = json!([place.clone()]);
    let mut b = base_service("0a0a0a0a-0000-4000-8000-000000000003");
    b["schedules"][0]["id"] = json!("33333333-3333-4333-8333-333333333335");
    b["service_at_locations"] = json!([place]);
    let org = json!({"id": "88888888-8888-4888-8888-888888888888", "name": "Fundacja",
        "description": "", "services": [a, b]});
    let file = write_json(dir.path(), "org.json", &org);
    let out = import(&db, &file, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Came in: 2 services, 1 organisation, 2 places."),
        "{}",
        stdout(&out)
    );
    for s in services_of(&org) {
        let back = export(&db);
        let got = back.iter().find(|x| x["id"] == s["id"]).expect("exported");
        assert_eq!(got, &s);
    }
}

#[test]
fn monthly_and_fortnightly_rules_are_read_for_open_now() {
    let (dir, db) = empty_db();
    let mut s = base_service(ID);
    s["schedules"] = json!([
        {"id": "33333333-3333-4333-8333-333333333333", "freq": "MONTHLY", "byday": "1MO",
         "opens_at": "10:00:00+01:00", "closes_at": "12:00:00+01:00"},
        {"id": "33333333-3333-4333-8333-333333333334", "freq": "WEEKLY", "interval": 2,
         "byday": "WE", "dtstart": "2026-01-07", "opens_at": "16:00", "closes_at": "18:00"}
    ]);
    let file = write_json(dir.path(), "a.json", &json!([s.clone()]));
    assert!(import(&db, &file, &[]).status.success());
    for (now, open) in [
        ("2026-01-05 10:30", true),  // the first Monday of January
        ("2026-01-12 10:30", false), // the second
        ("2026-02-02 11:59", true),
        ("2026-01-07 17:00", true),  // a Wednesday of the fortnightly rule
        ("2026-01-14 17:00", false), // the week between
        ("2026-01-21 17:00", true),
    ] {
        let out = pomost_at(now, &db, &["services", "search", "--json", "--open-now"]);
        let v: Value = serde_json::from_str(&stdout(&out)).expect("json");
        let n = v["services"].as_array().expect("list").len();
        assert_eq!(n == 1, open, "{now}");
    }
    assert_eq!(export(&db), vec![s]);
}

/// The Services screen keeps a lean listing of each service and reads the
/// shown one whole: what it lists and filters by must be what the whole
/// service says — publishers' rules and mapped terms included.
#[test]
fn the_screens_listing_of_each_service_is_what_the_whole_service_says() {
    use pomost::model::Listing;
    use pomost::search::DescriptionsBuilder;
    let (dir, db) = empty_db();
    let mut s = base_service(ID);
    s["schedules"] = json!([
        {"id": "33333333-3333-4333-8333-333333333333", "freq": "MONTHLY", "byday": "1MO",
         "opens_at": "10:00:00+01:00", "closes_at": "12:00:00+01:00"}
    ]);
    s["attributes"] = legal_services_term("AIRS/211");
    let file = write_json(dir.path(), "a.json", &json!([s]));
    assert!(import(&db, &file, &[]).status.success());
    for fixture_file in ["service_full.json", "organization_full.json"] {
        let out = import(&db, &fixture(fixture_file), &[]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    assert!(
        pomost(&db, &["topics", "map", "AIRS/211", "LH-2000", "legal"])
            .status
            .success()
    );
    let store = pomost::store::Store::open_existing(&db).expect("open");
    let mut whole = store.services().expect("services");
    let mut words = DescriptionsBuilder::with_capacity(whole.len());
    let mut listed = store.listings(&mut words).expect("listings");
    assert_eq!(words.finish().len(), listed.len(), "a description each");
    whole.sort_by_key(|s| s.id);
    listed.sort_by_key(|s| s.id);
    let want: Vec<Listing> = whole.iter().map(Listing::of).collect();
    assert_eq!(listed, want);
    let ours = listed
        .iter()
        .find(|l| l.id.to_string() == ID)
        .expect("listed");
    assert_eq!(ours.rules.len(), 1, "the monthly rule, for open now");
    assert!(ours.topics.iter().any(|t| t == "legal"), "the mapped term");
    assert!(listed.len() >= 2, "the publisher's services too");

    // A large directory's parts are read on a connection of their own: the
    // same listings; parts read before someone changed the directory are
    // not used.
    let listings_with = |parts: Option<pomost::store::ListingParts>| {
        let mut words = DescriptionsBuilder::with_capacity(0);
        let (mut listed, versions) = store.listings_with(&mut words, || parts).expect("listings");
        assert_eq!(versions, store.service_versions().expect("versions"));
        listed.sort_by_key(|s| s.id);
        listed
    };
    let other = pomost::store::Store::open_existing(&db).expect("open");
    assert_eq!(
        listings_with(Some(other.listing_parts().expect("parts"))),
        listed
    );
    let stale = other.listing_parts().expect("parts");
    let mut added = base_service("66666666-6666-4666-8666-666666666666");
    added["languages"] = json!([{"id": "77777777-7777-4777-8777-777777777777", "code": "uk"}]);
    let file = write_json(dir.path(), "b.json", &json!([added]));
    assert!(import(&db, &file, &[]).status.success());
    let now = listings_with(Some(stale));
    let new = now
        .iter()
        .find(|l| l.id.to_string().starts_with("66666666"))
        .expect("the service added since is listed");
    assert_eq!(new.languages.to_vec(), ["uk"]);
    assert_eq!(now, listings_with(None));
}

#[test]
fn a_change_made_in_pomost_is_written_over_the_publishers_object_and_the_rest_stays() {
    let (_dir, db) = empty_db();
    assert!(
        import(&db, &fixture("service_full.json"), &[])
            .status
            .success()
    );
    let id = uuid::Uuid::parse_str("ac148810-d857-441c-9679-408f346de14b").expect("uuid");
    {
        let mut store = pomost::store::Store::open_existing(&db).expect("open");
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 2).expect("date");
        assert!(store.mark_verified(id, day, "tester").expect("verify"));
        assert!(
            store
                .set_service_status(
                    id,
                    pomost::model::ServiceStatus::TemporarilyClosed,
                    "tester"
                )
                .expect("status")
        );
    }
    let mut expected = read("service_full.json");
    expected["assured_date"] = json!("2026-11-02");
    expected["status"] = json!("temporarily closed");
    assert_eq!(export(&db), vec![expected]);
}
