//! Report numbers on a real database: totals add up, topics overlap as stated.

use std::collections::HashSet;

use chrono::NaiveDate;
use pomost::consultation::ConsultationDraft;
use pomost::i18n::Lang;
use pomost::model::Reference;
use pomost::report::Breakdown;
use pomost::seed;
use pomost::store::Store;

fn log(
    store: &mut Store,
    reference: &Reference,
    at: &str,
    client: &str,
    topics: &[&str],
    channel: &str,
) {
    let draft = ConsultationDraft {
        at: at.into(),
        client: client.into(),
        topics: topics.iter().map(|t| t.to_string()).collect(),
        channel: channel.into(),
        minutes: "20".into(),
        ..ConsultationDraft::default()
    };
    let now = NaiveDate::from_ymd_opt(2026, 11, 23)
        .and_then(|d| d.and_hms_opt(12, 0, 0))
        .expect("now");
    let c = draft
        .validate(reference, &HashSet::new(), now, Lang::En)
        .expect("valid");
    store.add_consultation(&c, "anna").expect("log");
}

#[test]
fn totals_add_up_and_topics_count_under_each_topic() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut store, _) = Store::open(&dir.path().join("p.db")).expect("open");
    seed::seed(&mut store, "tester", false).expect("seed");
    let reference = Reference {
        topics: store.topics().expect("topics"),
        counties: store.counties().expect("counties"),
    };
    log(
        &mut store,
        &reference,
        "2026-10-05 10:00",
        "AA-1",
        &["legal", "legalisation", "crisis"],
        "phone",
    );
    log(
        &mut store,
        &reference,
        "2026-10-20 11:00",
        "AA-1",
        &["legal"],
        "in-person",
    );
    log(
        &mut store,
        &reference,
        "2026-11-02 09:30",
        "BB-2",
        &["language"],
        "online",
    );
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("today");
    let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();

    let october = store
        .report(d("2026-10-01"), d("2026-10-31"), Breakdown::Topic, today)
        .expect("report");
    assert_eq!(october.totals.consultations, 2);
    assert_eq!(october.totals.clients, 1);
    assert_eq!(october.totals.minutes, 40);
    let legal = october
        .rows
        .iter()
        .find(|(c, _)| c == "legal")
        .map(|(_, n)| *n);
    assert_eq!(legal, Some(2));
    let topic_sum: u64 = october.rows.iter().map(|(_, n)| n).sum();
    assert_eq!(
        topic_sum, 4,
        "one consultation with three topics counts under each"
    );

    // A breakdown without overlap sums to the total, over every period.
    for (from, to) in [
        (None, None),
        (d("2026-10-01"), d("2026-10-31")),
        (d("2026-11-01"), None),
    ] {
        let r = store
            .report(from, to, Breakdown::Channel, today)
            .expect("report");
        assert_eq!(
            r.rows.iter().map(|(_, n)| n).sum::<u64>(),
            r.totals.consultations
        );
    }
    let all = store
        .report(None, None, Breakdown::Staff, today)
        .expect("report");
    assert_eq!(all.rows, vec![("anna".to_owned(), 3)]);
    assert_eq!(all.totals.clients, 2);
}

#[test]
fn the_command_refuses_bad_dates_and_says_how_topics_count() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("p.db");
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_pomost"))
            .args(["--lang", "en", "--db"])
            .arg(&db)
            .args(args)
            .output()
            .expect("run")
    };
    assert!(run(&["init"]).status.success());
    let bad = run(&["report", "--from", "2026-02-30"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(bad.stdout.is_empty());
    let swapped = run(&["report", "--from", "2026-12-01", "--to", "2026-11-01"]);
    assert_eq!(swapped.status.code(), Some(2));
    let ok = run(&["report"]);
    assert!(ok.status.success());
    assert!(
        String::from_utf8_lossy(&ok.stdout)
            .contains("counts once in the total and once under each")
    );
}
