//! Times on screen are the centre's: a correction made at 14:08 in Warsaw
//! (13:08 UTC) reads 14:08 in the details and the history, in the language's
//! one form of a date and time.

use super::harness::{Fixture, flat};

/// Ctrl-Q: quit.
const CTRL_Q: &str = "\x11";

#[test]
fn a_correction_and_the_history_show_the_centres_local_time() {
    use pomost::clock::Clock;
    use pomost::consultation::ConsultationDraft;
    let fx = Fixture::new();
    fx.init();
    // Logged at 12:05 and corrected at 14:08, Warsaw time (UTC+1 in December).
    let at = |text: &str| Clock::parse(text).expect("a time");
    let (mut store, _) =
        pomost::store::Store::open_with_clock(&fx.db, at("2026-12-01 12:05")).expect("open");
    let reference = pomost::model::Reference {
        topics: store.topics().expect("topics"),
        counties: store.counties().expect("counties"),
    };
    let now = chrono::NaiveDate::from_ymd_opt(2026, 12, 1)
        .and_then(|d| d.and_hms_opt(12, 5, 0))
        .expect("a time");
    let draft = ConsultationDraft {
        at: "2026-12-01 12:05".into(),
        client: "KL-77".into(),
        topics: vec!["legal".into()],
        minutes: "15".into(),
        ..ConsultationDraft::default()
    };
    let first = draft
        .validate(&reference, &Default::default(), now, pomost::i18n::Lang::Pl)
        .expect("valid");
    let logged = store.add_consultation(&first, "anna").expect("log");
    drop(store);
    let (mut store, _) =
        pomost::store::Store::open_with_clock(&fx.db, at("2026-12-01 14:08")).expect("open");
    let corrected = ConsultationDraft {
        minutes: "20".into(),
        ..draft
    }
    .validate(&reference, &Default::default(), now, pomost::i18n::Lang::Pl)
    .expect("valid");
    store
        .correct_consultation(logged.id, logged.version, &corrected, "couns1")
        .expect("correct");
    drop(store);

    let mut s = fx
        .spawn()
        .args(&["--lang", "pl"])
        .env("POMOST_NOW", "2026-12-01 14:10")
        .start();
    s.wait_for("the services screen", |s| s.text().contains("Usługi"));
    s.send("\x1b2");
    s.wait_for("the correction in the details", |s| {
        flat(&s.text()).contains("poprawione przez couns1, 01.12.2026 14:08")
    });
    assert!(!s.text().contains("13:08"), "{}", s.text());
    s.send("h");
    s.wait_for("the history in words and local time", |s| {
        let text = flat(&s.text());
        text.contains("wersja 1 — zastąpiona przez couns1, 01.12.2026 14:08")
            && text.contains("Minuty: 15 → 20")
    });
    assert!(!s.text().contains("13:08"), "{}", s.text());
    s.send("x");
    s.send(CTRL_Q);
    assert!(s.wait_exit().success());
}
