//! Retention and data subjects' rights on a real database file: a purge keeps
//! every report's numbers while client codes and notes disappear everywhere;
//! a client's data is given out whole, or erased leaving only the fact.

mod common;

use std::collections::HashSet;
use std::path::Path;

use chrono::{Days, NaiveDate};
use common::{stderr, stdout};
use pomost::clock::Clock;
use pomost::consultation::ConsultationDraft;
use pomost::i18n::Lang;
use pomost::model::Reference;
use pomost::report::{Breakdown, Report};
use pomost::store::{ConsultationQuery, Store};
use serde_json::Value;

const TOPICS: [&str; 6] = [
    "legal",
    "legalisation",
    "crisis",
    "language",
    "employment",
    "housing",
];
const COUNTIES: [&str; 4] = ["Gdańsk", "Gdynia", "Słupsk", "bytowski"];
const COUNTRIES: [&str; 4] = ["UA", "BY", "IN", "GE"];
const GENDERS: [&str; 4] = ["female", "male", "other", "not-stated"];
const AGES: [&str; 4] = ["18-29", "30-44", "45-64", "not-stated"];
const CHANNELS: [&str; 3] = ["in-person", "phone", "online"];
const STAFF: [&str; 3] = ["anna", "piotr", "olena"];

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
}

/// Noon of [`today`]: every process these tests start, and every store they
/// write through, runs on this clock, whatever the calendar says.
const NOW: &str = "2026-11-23 12:00";

fn clock() -> Clock {
    Clock::parse(NOW).expect("a time")
}

/// `pomost --db DB ARGS…` at [`NOW`].
fn pomost(db: &Path, args: &[&str]) -> std::process::Output {
    common::pomost_at(NOW, db, args)
}

/// The database opened for writing as the tests' processes open it, on their clock.
fn open(db: &Path) -> Store {
    common::open_at(NOW, db)
}

/// A small deterministic generator, so a failure can be replayed.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// 600 consultations of 60 clients from January 2024 to November 2026, with
/// every statistical field varied, follow-ups (some done), and some
/// corrections (so there are earlier versions).
fn populate(db: &Path) {
    let (mut store, _) = Store::open_with_clock(db, clock()).expect("open");
    pomost::seed::seed(&mut store, "tester", false).expect("seed");
    let reference = Reference {
        topics: store.topics().expect("topics"),
        counties: store.counties().expect("counties"),
    };
    let start = NaiveDate::from_ymd_opt(2024, 1, 1).expect("date");
    let mut rng = Lcg(7);
    for i in 0..600u64 {
        let day = start + Days::new(i * 1060 / 600);
        let mut topics: Vec<String> = (0..1 + rng.below(3))
            .map(|_| TOPICS[rng.below(TOPICS.len())].to_owned())
            .collect();
        topics.sort();
        topics.dedup();
        let follow_up = (rng.below(3) == 0).then(|| (day + Days::new(14)).to_string());
        let draft = ConsultationDraft {
            at: format!("{day} {:02}:{:02}", 8 + rng.below(9), rng.below(60)),
            client: format!("K{:02}", rng.below(60)),
            topics,
            country: COUNTRIES[rng.below(4)].into(),
            county: COUNTIES[rng.below(4)].into(),
            gender: GENDERS[rng.below(4)].into(),
            age_band: AGES[rng.below(4)].into(),
            channel: CHANNELS[rng.below(3)].into(),
            minutes: (10 + rng.below(50)).to_string(),
            follow_up: follow_up.unwrap_or_default(),
            notes: format!("note{i} zebraword{} about the case", i % 7),
            interpreter: ["", "uk", "ru"][(i % 3) as usize].into(),
            ..ConsultationDraft::default()
        };
        // Validated as on the day it happened (a follow-up may not be past).
        let now = day.and_hms_opt(23, 0, 0).expect("now");
        let c = draft
            .validate(&reference, &HashSet::new(), now, Lang::En)
            .unwrap_or_else(|p| panic!("{p:?}"));
        let stored = store
            .add_consultation(&c, STAFF[rng.below(3)])
            .expect("log");
        if stored.follow_up.is_some() && rng.below(2) == 0 {
            store.mark_follow_up_done(stored.id, "anna").expect("done");
        }
    }
}

/// Every breakdown for every month, every year, all time, and periods across
/// the purge dates.
fn all_reports(db: &Path) -> Vec<Report> {
    let store = Store::open_existing(db).expect("open");
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
    let mut periods = vec![
        (None, None),
        (d(2024, 1, 1), d(2024, 12, 31)),
        (d(2025, 1, 1), d(2025, 12, 31)),
        (d(2026, 1, 1), d(2026, 12, 31)),
        (d(2025, 3, 15), d(2025, 9, 15)),
        (d(2024, 6, 1), d(2026, 6, 30)),
    ];
    for y in 2024..=2026 {
        for m in 1..=12 {
            let first = d(y, m, 1).expect("date");
            let last = first
                .checked_add_months(chrono::Months::new(1))
                .and_then(|n| n.pred_opt());
            periods.push((Some(first), last));
        }
    }
    let mut out = Vec::new();
    for (from, to) in periods {
        for &by in Breakdown::ALL {
            out.push(store.report(from, to, by, today()).expect("report"));
        }
    }
    out
}

fn ok(db: &Path, args: &[&str]) -> String {
    let out = pomost(db, args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

#[test]
fn a_purge_keeps_every_report_the_same_and_removes_codes_and_notes_everywhere() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("pomost.db");
    populate(&db);
    let before = all_reports(&db);
    assert!(before[0].totals.clients > 50 && before[0].totals.follow_ups_done > 0);

    let said = ok(&db, &["purge", "--before", "2025-07-01", "--yes"]);
    assert!(said.contains("Anonymised"), "{said}");
    assert_eq!(all_reports(&db), before);

    let store = Store::open_existing(&db).expect("open");
    let all = store
        .consultations(&ConsultationQuery {
            limit: 10_000,
            ..ConsultationQuery::default()
        })
        .expect("list");
    assert_eq!(all.len(), 600);
    let cut = NaiveDate::from_ymd_opt(2025, 7, 1).expect("date");
    for c in &all {
        let old = c.at.date() < cut;
        assert_eq!(c.client.is_empty(), old, "{c:?}");
        assert_eq!(c.notes.is_empty(), old, "{c:?}");
    }
    // Nor in earlier versions, the audit trail, or the full-text index.
    let conn = store.conn();
    let leaks: i64 = conn
        .query_row(
            "SELECT (SELECT count(*) FROM consultation_version v JOIN consultation c
                     ON c.id = v.consultation_id
                     WHERE c.client_code = '' AND (json_extract(v.data, '$.notes') <> ''
                        OR json_extract(v.data, '$.client') <> ''))
                  + (SELECT count(*) FROM audit a JOIN consultation c ON c.uid = a.target
                     WHERE c.client_code = '' AND a.kind = 'consultation'
                       AND (ifnull(json_extract(a.after, '$.notes'), '') <> ''
                        OR ifnull(json_extract(a.after, '$.client'), '') <> ''
                        OR ifnull(json_extract(a.before, '$.notes'), '') <> ''
                        OR ifnull(json_extract(a.before, '$.client'), '') <> ''))
                  + (SELECT count(*) FROM consultation_fts f JOIN consultation c
                     ON c.id = f.rowid WHERE c.client_code = '')",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(leaks, 0);
    let versions: i64 = conn
        .query_row("SELECT count(*) FROM consultation_version", [], |r| {
            r.get(0)
        })
        .expect("count");
    assert!(versions > 0, "the data has corrections to check");
    // A word only old notes held cannot be searched for, nor expanded.
    let found = store
        .consultations(&ConsultationQuery {
            text: Some("note12".into()),
            ..ConsultationQuery::default()
        })
        .expect("search");
    assert!(found.is_empty());
    let term: i64 = conn
        .query_row(
            "SELECT count(*) FROM consultation_term WHERE term = 'note12'",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(term, 0);
    drop(store);

    // Newer consultations of a client whose old ones were anonymised, and a
    // second purge later on: still the same numbers for the periods before.
    let client = all
        .iter()
        .find(|c| {
            c.at.date() >= cut && c.at.date() < NaiveDate::from_ymd_opt(2025, 8, 1).expect("date")
        })
        .map(|c| c.client.clone())
        .expect("a client after the cut");
    ok(
        &db,
        &[
            "log",
            "--client",
            &client,
            "--topic",
            "legal",
            "--at",
            "2026-11-20 10:00",
        ],
    );
    let with_new = all_reports(&db);
    ok(&db, &["purge", "--before", "2026-01-01", "--yes"]);
    assert_eq!(all_reports(&db), with_new);

    // The purges are in the audit trail, with who ran them.
    let audit: Value =
        serde_json::from_str(&ok(&db, &["audit", "--format", "json"])).expect("JSON");
    let purges: Vec<&Value> = audit
        .as_array()
        .expect("array")
        .iter()
        .filter(|e| e["action"] == "anonymise")
        .collect();
    assert_eq!(purges.len(), 2);
    assert_eq!(purges[1]["after"]["before"], "2025-07-01");
    assert_eq!(purges[0]["actor"], pomost::config::current_user());
}

#[test]
fn a_purge_asks_first_and_refuses_bad_dates() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("pomost.db");
    ok(&db, &["init"]);
    ok(
        &db,
        &[
            "log",
            "--client",
            "AB12",
            "--topic",
            "legal",
            "--at",
            "2025-01-10 10:00",
            "--note",
            "x",
        ],
    );
    let answer_no = std::process::Command::new(env!("CARGO_BIN_EXE_pomost"))
        .args(["--lang", "en", "--db"])
        .arg(&db)
        .args(["purge", "--before", "2026-01-01"])
        .env("POMOST_NOW", NOW)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run");
    assert_eq!(answer_no.status.code(), Some(1));
    let shown = stdout(&answer_no);
    assert!(
        shown.contains("Before 2026-01-01: 1 consultation of 1 client."),
        "{shown}"
    );
    assert!(stderr(&answer_no).contains("Nothing was changed"));
    let listed = ok(&db, &["consultations", "list", "--format", "json"]);
    assert!(listed.contains("AB12"));
    for (date, code) in [("2026-02-30", 2), ("2999-01-01", 2), ("yesterday", 2)] {
        let out = pomost(&db, &["purge", "--before", date, "--yes"]);
        assert_eq!(out.status.code(), Some(code), "{date}");
        assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    }
    assert!(ok(&db, &["consultations", "list", "--format", "json"]).contains("AB12"));
}

#[test]
fn a_client_is_exported_whole_then_erased_leaving_only_the_fact() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("pomost.db");
    ok(&db, &["init"]);
    let first = ok(
        &db,
        &[
            "log",
            "--client",
            "AB12",
            "--topic",
            "legal",
            "--at",
            "2025-01-10 10:00",
            "--note",
            "old visit",
        ],
    );
    ok(
        &db,
        &[
            "log",
            "--client",
            "AB12",
            "--topic",
            "crisis",
            "--at",
            "2026-11-02 10:00",
            "--note",
            "new visit",
        ],
    );
    ok(
        &db,
        &[
            "log",
            "--client",
            "CD34",
            "--topic",
            "legal",
            "--note",
            "someone else",
        ],
    );
    ok(&db, &["consultations", "list", "--client", "AB12"]);
    ok(&db, &["purge", "--before", "2026-01-01", "--yes"]);

    let data: Value = serde_json::from_str(&ok(&db, &["client", "export", "ab12"])).expect("JSON");
    assert_eq!(data["client"], "AB12");
    let consultations = data["consultations"].as_array().expect("array");
    assert_eq!(consultations.len(), 1);
    assert_eq!(consultations[0]["notes"], "new visit");
    assert_eq!(data["anonymised"], 1);
    assert_eq!(data["viewed"].as_array().map(Vec::len), Some(1));

    let out = pomost(&db, &["client", "erase", "AB12", "--yes"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("Erased client AB12: 2 consultations."));
    let listed = ok(&db, &["consultations", "list", "--format", "json"]);
    let left: Value = serde_json::from_str(&listed).expect("JSON");
    assert_eq!(left.as_array().map(Vec::len), Some(1));
    assert!(listed.contains("CD34"));
    // Nothing in the audit trail names the client or holds their data any more.
    let audit = ok(&db, &["audit", "--format", "json"]);
    assert!(!audit.contains("AB12"), "{audit}");
    assert!(!audit.contains(first.trim()));
    assert!(!audit.contains("visit"));
    let entries: Value = serde_json::from_str(&audit).expect("JSON");
    let erase = &entries[0];
    assert_eq!(erase["action"], "erase");
    assert_eq!(erase["kind"], "client");
    assert_eq!(erase["after"]["consultations"], 2);

    // An unknown code is refused; a malformed one too.
    for code in ["AB12", "not a code!"] {
        let out = pomost(&db, &["client", "export", code]);
        assert_eq!(out.status.code(), Some(2), "{code}");
        assert_eq!(stderr(&out).lines().count(), 1);
    }
}

#[test]
fn an_anonymised_consultation_cannot_be_corrected_and_drafts_and_old_codes_go_too() {
    use pomost::store::ChangeError;
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("pomost.db");
    ok(&db, &["init"]);
    ok(
        &db,
        &[
            "log",
            "--client",
            "OLD-1",
            "--topic",
            "legal",
            "--at",
            "2025-01-10 10:00",
            "--note",
            "old",
        ],
    );
    // Logged under MIS-1 by mistake, then corrected to AB12; MIS-1 also has a
    // consultation of its own.
    ok(
        &db,
        &[
            "log", "--client", "MIS-1", "--topic", "legal", "--note", "typo",
        ],
    );
    ok(
        &db,
        &[
            "log", "--client", "MIS-1", "--topic", "crisis", "--note", "theirs",
        ],
    );
    let mut store = open(&db);
    let all = store
        .consultations(&ConsultationQuery::default())
        .expect("list");
    let old = all
        .iter()
        .find(|c| c.client == "OLD-1")
        .expect("old")
        .clone();
    let typo = all
        .iter()
        .find(|c| c.notes == "typo")
        .expect("typo")
        .clone();
    // A correction of the old one was left open as a draft.
    store
        .save_draft(
            "anna",
            "consultation",
            &format!(
                r#"{{"editing":{{"id":{},"version":{}}},"draft":{{"client":"OLD-1","notes":"old"}}}}"#,
                old.id, old.version
            ),
        )
        .expect("draft");
    let reference = pomost::model::Reference {
        topics: store.topics().expect("topics"),
        counties: store.counties().expect("counties"),
    };
    let now = today().and_hms_opt(23, 0, 0).expect("now");
    let valid = |at: &str, client: &str, notes: &str| {
        ConsultationDraft {
            at: at.into(),
            client: client.into(),
            topics: vec!["legal".into()],
            notes: notes.into(),
            ..ConsultationDraft::default()
        }
        .validate(&reference, &HashSet::new(), now, Lang::En)
        .expect("valid")
    };
    let at = typo.at.format("%Y-%m-%d %H:%M").to_string();
    store
        .correct_consultation(typo.id, typo.version, &valid(&at, "AB12", "typo"), "anna")
        .expect("correct");
    drop(store);

    ok(&db, &["purge", "--before", "2026-01-01", "--yes"]);
    let mut store = open(&db);
    // The form opened before the purge cannot put the code and notes back.
    let again = valid("2025-01-10 10:00", "OLD-1", "old");
    assert!(matches!(
        store.correct_consultation(old.id, old.version, &again, "anna"),
        Err(ChangeError::Anonymised)
    ));
    let purged = store.consultation(old.id).expect("read").expect("there");
    assert!(purged.version > old.version, "the purge is a new version");
    assert_eq!(store.draft("anna", "consultation").expect("draft"), None);
    drop(store);

    // Erasing MIS-1 leaves no trace of it, not even in the history of the
    // consultation that was corrected away from it.
    let out = pomost(&db, &["client", "erase", "MIS-1", "--yes"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("Erased client MIS-1: 1 consultation."));
    let conn = rusqlite::Connection::open(&db).expect("open");
    let left: i64 = conn
        .query_row(
            "SELECT (SELECT count(*) FROM consultation_version WHERE data LIKE '%MIS-1%')
                  + (SELECT count(*) FROM audit
                     WHERE ifnull(before, '') || ifnull(after, '') || target LIKE '%MIS-1%')
                  + (SELECT count(*) FROM consultation WHERE client_code = 'MIS-1')",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(left, 0);
    let kept: i64 = conn
        .query_row(
            "SELECT count(*) FROM consultation WHERE client_code = 'AB12'",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(kept, 1, "the corrected consultation is another client's");
}
