//! Every `--format json` (and `--json`) output: its `"format"` marker and
//! its shape, field by field with each field's type, pinned as the README
//! describes them. A change here is a change of a documented shape: the
//! marker's version grows with it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::Value;

mod common;
use common::stderr;

/// When these tests take place.
const NOW: &str = "2026-11-30 12:00";

fn ok(db: &Path, args: &[&str]) -> Value {
    let out = common::pomost_at(NOW, db, args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    serde_json::from_slice(&out.stdout).expect("JSON")
}

/// A database made by `init` (the catalogue and its timetable, the current
/// user a coordinator), with one consultation whose every field is filled
/// and one corrected (so the audit trail holds a change).
fn fixture() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("pomost.db");
    let out = common::pomost_at(NOW, &db, &["init"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // One service with a telephone and a web page (the catalogue's have none).
    let out = common::pomost_at(NOW, &db, &["services", "export"]);
    let services: Vec<Value> = serde_json::from_slice(&out.stdout).expect("HSDS JSON");
    let mut one = services[0].clone();
    one["url"] = Value::from("https://example.org/porady");
    one["phones"] = serde_json::json!([
        {"id": "0b8e4a6c-3f0e-4c53-9a57-5d2f4f3f7e11", "number": "+48 58 000 00 00"}
    ]);
    let file = dir.path().join("one.json");
    std::fs::write(&file, serde_json::to_vec(&[&one]).expect("JSON")).expect("write");
    let out = common::pomost_at(NOW, &db, &["services", "import", &file.to_string_lossy()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let service = one["id"].as_str().expect("a service id").to_owned();
    let out = common::pomost_at(
        NOW,
        &db,
        &[
            "log",
            "--client",
            "AB-12",
            "--topic",
            "legal",
            "--topic",
            "housing",
            "--at",
            "2026-11-30 10:00",
            "--channel",
            "phone",
            "--gender",
            "female",
            "--age-band",
            "30-44",
            "--country",
            "UA",
            "--language",
            "uk",
            "--interpreter",
            "uk",
            "--county",
            "Gdańsk",
            "--refer",
            &service,
            "--minutes",
            "20",
            "--follow-up",
            "2026-12-10",
            "--note",
            "Karta pobytu",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    (dir, db)
}

/// One line per field: its path (`a.b[].c`) and the JSON types its values
/// take (across every element of an array). Below the paths in `opaque`
/// (stored records, whose fields are those of the record) only the type is
/// given.
fn shape(value: &Value, opaque: &[&str]) -> String {
    type Kinds = BTreeMap<String, BTreeSet<&'static str>>;
    fn walk(v: &Value, path: &str, opaque: &[&str], out: &mut Kinds) {
        let kind = match v {
            Value::Null => "null",
            Value::Bool(_) => "bool",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        };
        if !path.is_empty() {
            out.entry(path.to_owned()).or_default().insert(kind);
        }
        if opaque.contains(&path) {
            return;
        }
        match v {
            Value::Object(map) => {
                for (key, x) in map {
                    let sub = if path.is_empty() {
                        key.clone()
                    } else {
                        format!("{path}.{key}")
                    };
                    walk(x, &sub, opaque, out);
                }
            }
            Value::Array(items) => {
                for item in items {
                    walk(item, &format!("{path}[]"), opaque, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Kinds::new();
    walk(value, "", opaque, &mut out);
    out.into_iter()
        .map(|(path, kinds)| {
            format!(
                "{path}: {}",
                kinds.into_iter().collect::<Vec<_>>().join("|")
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The marker of an object, or of each element of an array (all the same).
fn marker(value: &Value) -> String {
    match value {
        Value::Array(items) => {
            assert!(!items.is_empty(), "an empty array shows no marker");
            let first = items[0]["format"].as_str().expect("format").to_owned();
            for item in items {
                assert_eq!(item["format"], first.as_str());
            }
            first
        }
        _ => value["format"].as_str().expect("format").to_owned(),
    }
}

fn lines(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_json_output_is_marked_and_keeps_its_documented_shape() {
    let (_dir, db) = fixture();
    let consultation_fields = "
        age_band: string
        at: string
        channel: string
        client: string
        country: string
        county: string
        follow_up: string
        follow_up_done: bool
        format: string
        gender: string
        interpreter: string
        language: string
        minutes: number
        notes: string
        referrals: array
        referrals[]: string
        staff: string
        topics: array
        topics[]: string
        uid: string
        updated_at: string
        updated_by: string
        version: number
    ";
    let indent = |prefix: &str| -> String {
        lines(consultation_fields)
            .lines()
            .map(|l| format!("{prefix}{l}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let cases: Vec<(Vec<&str>, &str, &[&str], String)> = vec![
        (
            vec!["services", "search", "", "--json"],
            "pomost.services-search/1",
            &[],
            "
            format: string
            reading: object
            reading.place: null
            reading.topics: array
            reading.words: array
            services: array
            services[]: object
            services[].counties: array
            services[].counties[]: string
            services[].email: null|string
            services[].free_of_charge: bool|null
            services[].id: string
            services[].languages: array
            services[].languages[]: string
            services[].name: string
            services[].organization: null|string
            services[].phones: array
            services[].phones[]: string
            services[].score: number
            services[].topics: array
            services[].topics[]: string
            services[].url: null|string
            "
            .into(),
        ),
        (
            vec!["services", "search", "prawnik gdańsk", "--json"],
            "pomost.services-search/1",
            &["services"],
            "
            format: string
            reading: object
            reading.place: object
            reading.place.county: string
            reading.place.said: string
            reading.topics: array
            reading.topics[]: string
            reading.words: array
            reading.words[]: string
            services: array
            "
            .into(),
        ),
        (
            vec!["timetable", "--week", "2022-W49", "--format", "json"],
            "pomost.timetable/1",
            &[],
            "
            format: string
            from: string
            occurrences: array
            occurrences[]: object
            occurrences[].audience: string
            occurrences[].cancelled: null
            occurrences[].contact: null|string
            occurrences[].date: string
            occurrences[].ends: null|string
            occurrences[].ends_utc: null|string
            occurrences[].link: null
            occurrences[].mode: string
            occurrences[].organiser: string
            occurrences[].organiser_en: string
            occurrences[].place: null
            occurrences[].recurrence: string
            occurrences[].session_id: string
            occurrences[].starts: string
            occurrences[].starts_utc: string
            occurrences[].theme: string
            occurrences[].title: string
            to: string
            week: string
            "
            .into(),
        ),
        (
            vec!["consultations", "list", "--format", "json"],
            "pomost.consultation/1",
            &[],
            format!("[]: object\n{}", indent("[].")),
        ),
        (
            vec!["consultations", "export", "--format", "json"],
            "pomost.consultation/1",
            &[],
            format!("[]: object\n{}", indent("[].")),
        ),
        (
            vec!["report", "--from", "2026-11-01", "--format", "json"],
            "pomost.report/1",
            &[],
            "
            by: string
            format: string
            from: string
            rows: array
            rows[]: object
            rows[].code: string
            rows[].count: number
            rows[].label: string
            rows_overlap: bool
            to: null
            totals: object
            totals.clients: number
            totals.consultations: number
            totals.follow_ups_done: number
            totals.follow_ups_overdue: number
            totals.minutes: number
            "
            .into(),
        ),
        (
            vec!["staff", "list", "--json"],
            "pomost.staff-member/1",
            &[],
            "
            []: object
            [].added_at: string
            [].added_by: string
            [].format: string
            [].name: string
            [].role: string
            [].user: string
            "
            .into(),
        ),
        (
            vec!["audit", "--format", "json"],
            "pomost.audit-entry/1",
            &["[].after", "[].before"],
            "
            []: object
            [].action: string
            [].actor: string
            [].after: object
            [].at: string
            [].before: null|object
            [].format: string
            [].id: number
            [].kind: string
            [].target: string
            "
            .into(),
        ),
        (
            vec!["client", "export", "AB-12"],
            "pomost.client/1",
            &[],
            format!(
                "
                anonymised: number
                client: string
                consultations: array
                consultations[]: object
                {}
                consultations[].versions: array
                format: string
                viewed: array
                ",
                indent("consultations[].")
                    .lines()
                    .filter(|l| !l.ends_with("format: string"))
                    .collect::<Vec<_>>()
                    .join("\n")
            ),
        ),
    ];
    for (args, format, opaque, expected) in cases {
        let value = ok(&db, &args);
        assert_eq!(marker(&value), format, "{args:?}");
        let got = shape(&value, opaque);
        let mut want: Vec<String> = lines(&expected).lines().map(str::to_owned).collect();
        want.sort_by(|a, b| a.split(": ").next().cmp(&b.split(": ").next()));
        assert_eq!(got, want.join("\n"), "{args:?}");
    }
}

#[test]
fn report_rows_are_objects_with_code_label_and_count_in_the_interface_language() {
    let (_dir, db) = fixture();
    for (lang, legal) in [("en", "Legal advice"), ("pl", "Porady prawne")] {
        let report = ok(
            &db,
            &[
                "--lang", lang, "report", "--by", "topic", "--format", "json",
            ],
        );
        let rows = report["rows"].as_array().expect("rows");
        assert_eq!(rows.len(), 2, "{report}");
        let row = rows
            .iter()
            .find(|r| r["code"] == "legal")
            .expect("a legal row");
        assert_eq!(row["count"], 1);
        assert_eq!(row["label"], legal);
        assert_eq!(report["rows_overlap"], true);
        assert_eq!(report["totals"]["consultations"], 1);
    }
    let by_channel = ok(&db, &["report", "--by", "channel", "--format", "json"]);
    assert_eq!(by_channel["rows_overlap"], false);
    assert_eq!(by_channel["rows"][0]["code"], "phone");
}
