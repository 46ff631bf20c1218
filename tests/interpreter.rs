//! The consultation field "interpreter needed, and for which language": the
//! form's rule, the store's round trip, `pomost log --interpreter`, the
//! exports and `pomost report --by interpreter`.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use serde_json::Value;

use pomost::consultation::{ConsultationDraft, ConsultationField};
use pomost::i18n::Lang;
use pomost::report::Breakdown;
use pomost::store::{ConsultationQuery, Store};

mod common;
use common::{pomost_at, reference, stderr, stdout};

/// The clock of every command here.
const NOW: &str = "2026-03-10 12:00";

fn seeded(dir: &Path) -> (Store, PathBuf) {
    common::seeded_store(dir, false)
}

fn now() -> NaiveDateTime {
    NaiveDateTime::parse_from_str(NOW, "%Y-%m-%d %H:%M").expect("now")
}

fn draft(interpreter: &str) -> ConsultationDraft {
    ConsultationDraft {
        at: "2026-03-10 09:30".into(),
        client: "K-ABC123".into(),
        topics: vec!["legal".into()],
        language: "pl".into(),
        interpreter: interpreter.into(),
        ..ConsultationDraft::default()
    }
}

#[test]
fn the_form_takes_a_language_from_the_consultation_languages_list_or_none() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (store, _) = seeded(dir.path());
    let reference = reference(&store);
    let check = |d: ConsultationDraft, lang| d.validate(&reference, &HashSet::new(), now(), lang);
    let valid = check(draft(" UK "), Lang::En).expect("valid");
    assert_eq!(valid.interpreter.as_deref(), Some("uk"));
    let valid = check(draft(""), Lang::En).expect("valid");
    assert_eq!(valid.interpreter, None);
    for lang in Lang::ALL {
        let problems = check(draft("xx"), lang).expect_err("no such language");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].field, ConsultationField::Interpreter);
        assert!(
            problems[0].message.contains("xx"),
            "{}",
            problems[0].message
        );
    }
    // A draft kept before the field existed reads as "not needed".
    let old: ConsultationDraft = serde_json::from_str(
        r#"{"at":"2026-03-10 09:30","client":"K-ABC123","topics":["legal"],
            "referrals":[],"country":"","language":"","county":"","gender":"","age_band":"",
            "channel":"","minutes":"","follow_up":"","notes":""}"#,
    )
    .expect("an old draft");
    assert_eq!(old.interpreter, "");
}

#[test]
fn the_store_keeps_it_through_corrections_and_their_history() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut store, _) = seeded(dir.path());
    let reference = reference(&store);
    let valid = |d: ConsultationDraft| {
        d.validate(&reference, &HashSet::new(), now(), Lang::En)
            .expect("valid")
    };
    let logged = store
        .add_consultation(&valid(draft("uk")), "anna")
        .expect("log");
    assert_eq!(logged.interpreter.as_deref(), Some("uk"));
    let back = ConsultationDraft::from_consultation(&logged);
    assert_eq!(back.interpreter, "uk");
    let corrected = store
        .correct_consultation(logged.id, logged.version, &valid(draft("")), "anna")
        .expect("correct");
    assert_eq!(corrected.interpreter, None);
    let read = store
        .consultations(&ConsultationQuery::default())
        .expect("list");
    assert_eq!(read, vec![corrected]);
    let versions = store.consultation_versions(logged.id).expect("versions");
    let kept = pomost::consultation::Record::from_json(&versions[0].data).expect("a record");
    assert_eq!(kept.interpreter.as_deref(), Some("uk"));
}

#[test]
fn log_exports_and_report_carry_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, db) = seeded(dir.path());
    let run = |args: &[&str]| pomost_at(NOW, &db, args);
    let log = |extra: &[&str]| {
        let out = run(&[&["log", "--client", "K-ABC123", "--topic", "legal"], extra].concat());
        assert!(out.status.success(), "{extra:?}: {}", stderr(&out));
    };
    log(&["--interpreter", "uk"]);
    log(&["--interpreter", "UK"]);
    log(&["--interpreter", "none"]);
    log(&[]);

    let out = run(&[
        "log",
        "--client",
        "K-ABC123",
        "--topic",
        "legal",
        "--interpreter",
        "xx",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--interpreter: "), "{}", stderr(&out));

    let out = run(&["consultations", "list", "--format", "json"]);
    let rows: Vec<Value> = serde_json::from_slice(&out.stdout).expect("JSON");
    let mut seen: Vec<Value> = rows.iter().map(|r| r["interpreter"].clone()).collect();
    seen.sort_by_key(Value::to_string);
    assert_eq!(seen, ["uk".into(), "uk".into(), Value::Null, Value::Null]);

    let out = run(&["consultations", "export"]);
    let csv = stdout(&out);
    let header: Vec<&str> = csv.lines().next().expect("a header").split(',').collect();
    let at = header
        .iter()
        .position(|h| *h == "interpreter")
        .expect("a column");
    assert_eq!(at, header.len() - 1, "a column added later comes last");
    let cells: Vec<&str> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(at).unwrap_or(""))
        .collect();
    assert_eq!(cells.iter().filter(|c| **c == "uk").count(), 2, "{csv}");

    let out = run(&["report", "--by", "interpreter", "--format", "csv"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = stdout(&out);
    assert!(report.contains("uk,Ukrainian,2"), "{report}");
    assert!(report.contains("none,not needed,2"), "{report}");
    let out = run(&["--lang", "pl", "report", "--by", "interpreter"]);
    assert!(stdout(&out).contains("niepotrzebny"), "{}", stdout(&out));
}

#[test]
fn the_breakdown_counts_each_consultation_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut store, _) = seeded(dir.path());
    let reference = reference(&store);
    for interpreter in ["uk", "ru", "", "uk"] {
        let c = draft(interpreter)
            .validate(&reference, &HashSet::new(), now(), Lang::En)
            .expect("valid");
        store.add_consultation(&c, "anna").expect("log");
    }
    let report = store
        .report(None, None, Breakdown::Interpreter, now().date())
        .expect("report");
    let rows: Vec<(&str, u64)> = report.rows.iter().map(|(c, n)| (c.as_str(), *n)).collect();
    assert_eq!(rows, [("uk", 2), ("none", 1), ("ru", 1)]);
    assert_eq!(report.totals.consultations, 4);
}
