//! Consultations on real database files: the validation rules shared by the
//! form and `pomost log`, full-text search on folded text, corrections with
//! history, follow-ups, drafts, and the `log` / `consultations` commands run
//! as a user would.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use chrono::{Days, NaiveDate, NaiveDateTime};
use serde_json::Value;
use uuid::Uuid;

use pomost::consultation::{
    AgeBand, Channel, Consultation, ConsultationDraft, ConsultationField, Gender, NewConsultation,
};
use pomost::i18n::{Lang, Msg};
use pomost::store::{ChangeError, ConsultationQuery, Store};

mod common;
use common::{pomost, pomost_at, reference, stderr, stdout};

// ---------------------------------------------------------------- helpers

fn seeded(dir: &Path) -> (Store, PathBuf) {
    common::seeded_store(dir, true)
}

fn service_ids(store: &Store) -> HashSet<Uuid> {
    store
        .services()
        .expect("services")
        .iter()
        .map(|s| s.id)
        .collect()
}

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").expect("date and time")
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("date")
}

/// "Now" for the validation tests.
fn now() -> NaiveDateTime {
    at("2026-03-10 12:00")
}

/// A draft that passes every rule at [`now`].
fn valid_draft() -> ConsultationDraft {
    ConsultationDraft {
        at: "2026-03-10 09:30".into(),
        client: "K-ABC123".into(),
        topics: vec!["legal".into()],
        country: "UA".into(),
        language: "uk".into(),
        county: "Gdańsk".into(),
        minutes: "30".into(),
        follow_up: "2026-03-20".into(),
        notes: "Pomoc w odwołaniu".into(),
        ..ConsultationDraft::default()
    }
}

/// A consultation to store directly (bypassing the form's rules).
fn consultation(when: &str, client: &str, topics: &[&str], notes: &str) -> NewConsultation {
    NewConsultation {
        at: at(when),
        client: client.into(),
        topics: topics.iter().map(|t| (*t).to_owned()).collect(),
        referrals: Vec::new(),
        country: Some("UA".into()),
        language: Some("uk".into()),
        interpreter: None,
        county: None,
        gender: Gender::NotStated,
        age_band: AgeBand::NotStated,
        channel: Channel::InPerson,
        minutes: None,
        follow_up: None,
        notes: notes.into(),
    }
}

fn search(store: &Store, text: &str) -> Vec<String> {
    store
        .consultations(&ConsultationQuery {
            text: Some(text.into()),
            ..ConsultationQuery::default()
        })
        .unwrap_or_else(|e| panic!("search {text:?}: {e}"))
        .into_iter()
        .map(|c| c.client)
        .collect()
}

fn all(store: &Store) -> Vec<Consultation> {
    store
        .consultations(&ConsultationQuery::default())
        .expect("list")
}

fn draft_rows(store: &Store) -> i64 {
    store
        .conn()
        .query_row("SELECT count(*) FROM draft", [], |r| r.get(0))
        .expect("count drafts")
}

// ---------------------------------------------------------------- validation

#[test]
fn each_rule_names_its_field_with_a_message_in_both_languages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (store, _) = seeded(dir.path());
    let reference = reference(&store);
    let services = service_ids(&store);
    assert!(
        valid_draft()
            .validate(&reference, &services, now(), Lang::En)
            .is_ok()
    );

    type Change = fn(&mut ConsultationDraft);
    use ConsultationField as F;
    let cases: &[(&str, Change, ConsultationField)] = &[
        (
            "impossible date",
            |d| d.at = "2026-02-30 10:00".into(),
            F::At,
        ),
        ("not a date", |d| d.at = "yesterday".into(), F::At),
        ("date without time", |d| d.at = "2026-03-10".into(), F::At),
        (
            "time in the future",
            |d| d.at = "2026-03-10 12:11".into(),
            F::At,
        ),
        ("tomorrow", |d| d.at = "2026-03-11 09:00".into(), F::At),
        (
            "client with a space",
            |d| d.client = "K ABC".into(),
            F::Client,
        ),
        (
            "client as a name",
            |d| d.client = "Jan Kowalski".into(),
            F::Client,
        ),
        ("client too short", |d| d.client = "AB".into(), F::Client),
        (
            "client with diacritics",
            |d| d.client = "ŁÓDŹ-1".into(),
            F::Client,
        ),
        ("client missing", |d| d.client = String::new(), F::Client),
        ("no topic", |d| d.topics.clear(), F::Topics),
        (
            "unknown topic",
            |d| d.topics = vec!["astrology".into()],
            F::Topics,
        ),
        (
            "unknown service id",
            |d| d.referrals = vec![Uuid::nil().to_string()],
            F::Referrals,
        ),
        (
            "service id not a UUID",
            |d| d.referrals = vec!["gdansk-office".into()],
            F::Referrals,
        ),
        ("unknown country", |d| d.country = "XX".into(), F::Country),
        (
            "unknown language",
            |d| d.language = "xx".into(),
            F::Language,
        ),
        ("unknown county", |d| d.county = "Narnia".into(), F::County),
        ("bad gender", |d| d.gender = "f".into(), F::Gender),
        ("bad age band", |d| d.age_band = "18-30".into(), F::AgeBand),
        ("bad channel", |d| d.channel = "e-mail".into(), F::Channel),
        ("minutes 0", |d| d.minutes = "0".into(), F::Minutes),
        ("minutes 601", |d| d.minutes = "601".into(), F::Minutes),
        (
            "minutes not a number",
            |d| d.minutes = "abc".into(),
            F::Minutes,
        ),
        ("minutes negative", |d| d.minutes = "-5".into(), F::Minutes),
        (
            "follow-up in the past",
            |d| d.follow_up = "2026-03-09".into(),
            F::FollowUp,
        ),
        (
            "follow-up impossible date",
            |d| d.follow_up = "2026-02-30".into(),
            F::FollowUp,
        ),
        (
            "escape in notes",
            |d| d.notes = "ok\x1b[2J".into(),
            F::Notes,
        ),
        ("bell in notes", |d| d.notes = "ok\x07".into(), F::Notes),
    ];
    for (name, change, field) in cases {
        let mut draft = valid_draft();
        change(&mut draft);
        let problems = |lang| {
            draft
                .validate(&reference, &services, now(), lang)
                .expect_err(name)
        };
        let (pl, en) = (problems(Lang::Pl), problems(Lang::En));
        assert_eq!(pl.len(), 1, "{name}: {pl:?}");
        assert_eq!(en.len(), 1, "{name}: {en:?}");
        assert_eq!(en[0].field, *field, "{name}");
        assert_eq!(pl[0].field, *field, "{name}");
        assert!(
            !en[0].message.trim().is_empty(),
            "{name}: no English message"
        );
        assert!(
            !pl[0].message.trim().is_empty(),
            "{name}: no Polish message"
        );
        assert_ne!(pl[0].message, en[0].message, "{name}: not translated");
    }
}

#[test]
fn every_problem_is_reported_at_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (store, _) = seeded(dir.path());
    let draft = ConsultationDraft {
        at: "2026-02-30 10:00".into(),
        client: "Jan Kowalski".into(),
        minutes: "0".into(),
        ..ConsultationDraft::default()
    };
    let problems = draft
        .validate(&reference(&store), &service_ids(&store), now(), Lang::En)
        .expect_err("invalid");
    let fields: Vec<_> = problems.iter().map(|p| p.field).collect();
    use ConsultationField as F;
    assert_eq!(fields, [F::At, F::Client, F::Topics, F::Minutes]);
}

#[test]
fn a_valid_draft_is_normalised() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (store, _) = seeded(dir.path());
    let services = service_ids(&store);
    let service = *services.iter().next().expect("a service");
    let draft = ConsultationDraft {
        at: " 2026-03-10 12:10 ".into(), // within the allowed clock difference
        client: " k-abc123 ".into(),
        topics: vec![
            "legal".into(),
            "housing".into(),
            "legalisation".into(),
            "legal".into(),
        ],
        referrals: vec![service.to_string(), service.to_string()],
        country: "ua".into(),
        language: "UK".into(),
        interpreter: String::new(),
        county: "gdansk".into(),
        gender: "female".into(),
        age_band: "65+".into(),
        channel: "online".into(),
        minutes: "600".into(),
        follow_up: "2026-03-10".into(), // today is not in the past
        notes: "Wniosek złożony.\n\tDokumenty: paszport.  \n".into(),
    };
    let c = draft
        .validate(&reference(&store), &services, now(), Lang::Pl)
        .expect("valid");
    assert_eq!(c.at, at("2026-03-10 12:10"));
    assert_eq!(c.client, "K-ABC123");
    assert_eq!(c.topics, ["legalisation", "legal", "housing"]);
    assert_eq!(c.referrals, [service]);
    assert_eq!(c.country.as_deref(), Some("UA"));
    assert_eq!(c.language.as_deref(), Some("uk"));
    assert_eq!(c.county.as_deref(), Some("Gdańsk"));
    assert_eq!(c.gender, Gender::Female);
    assert_eq!(c.age_band, AgeBand::From65);
    assert_eq!(c.channel, Channel::Online);
    assert_eq!(c.minutes, Some(600));
    assert_eq!(c.follow_up, Some(day("2026-03-10")));
    assert_eq!(c.notes, "Wniosek złożony.\n\tDokumenty: paszport.");

    // Empty optional fields: not stated, in person, nothing.
    let minimal = ConsultationDraft {
        at: "2026-03-10 09:00".into(),
        client: "K-XYZ".into(),
        topics: vec!["crisis".into()],
        county: "outside-pomorskie".into(),
        ..ConsultationDraft::default()
    };
    let c = minimal
        .validate(&reference(&store), &services, now(), Lang::En)
        .expect("valid");
    assert_eq!(c.gender, Gender::NotStated);
    assert_eq!(c.age_band, AgeBand::NotStated);
    assert_eq!(c.channel, Channel::InPerson);
    assert_eq!(c.county.as_deref(), Some("outside-pomorskie"));
    assert_eq!(
        (c.country, c.language, c.minutes, c.follow_up),
        (None, None, None, None)
    );
}

// ---------------------------------------------------------------- full-text search

#[test]
fn full_text_search_folds_polish_letters_and_matches_word_beginnings() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut store, _) = seeded(dir.path());
    let add = |store: &mut Store, c: NewConsultation| {
        store.add_consultation(&c, "anna").expect("add");
    };
    add(
        &mut store,
        consultation(
            "2026-03-01 10:00",
            "K-WOJ1",
            &["legal"],
            "Przygotowanie: odwołanie od decyzji wojewody",
        ),
    );
    add(
        &mut store,
        consultation(
            "2026-03-02 10:00",
            "K-LODZ2",
            &["housing"],
            "Przeprowadzka do Łódź",
        ),
    );
    add(
        &mut store,
        consultation(
            "2026-03-03 10:00",
            "ZX-9Q7",
            &["legalisation"],
            "Karta pobytu",
        ),
    );
    add(
        &mut store,
        consultation(
            "2026-03-04 10:00",
            "K-BOTH4",
            &["employment"],
            "Odwołanie, potem wyjazd do Łodzi",
        ),
    );

    assert_eq!(search(&store, "odwolanie"), ["K-BOTH4", "K-WOJ1"]);
    assert_eq!(search(&store, "ODWOŁANIE"), ["K-BOTH4", "K-WOJ1"]);
    assert_eq!(search(&store, "wojew"), ["K-WOJ1"], "prefix");
    assert_eq!(search(&store, "WOJEWODY"), ["K-WOJ1"]);
    assert_eq!(search(&store, "lodz"), ["K-BOTH4", "K-LODZ2"]);
    assert_eq!(search(&store, "Łódź"), ["K-BOTH4", "K-LODZ2"]);
    assert!(search(&store, "odzi").is_empty(), "only word beginnings");
    // Client codes are searchable.
    assert_eq!(search(&store, "ZX-9Q7"), ["ZX-9Q7"]);
    assert_eq!(search(&store, "zx-9q7"), ["ZX-9Q7"]);
    // Topic labels in both languages.
    assert_eq!(search(&store, "legalizacja"), ["ZX-9Q7"]);
    assert_eq!(search(&store, "Legalisation"), ["ZX-9Q7"]);
    assert_eq!(search(&store, "mieszkalnictwo"), ["K-LODZ2"]);
    // All words must match.
    assert_eq!(search(&store, "odwolanie lodz"), ["K-BOTH4"]);
    assert_eq!(search(&store, "odwolanie wojewody"), ["K-WOJ1"]);
    assert!(search(&store, "odwolanie karta").is_empty());
    // An empty or punctuation-only query does not narrow the list.
    assert_eq!(search(&store, "").len(), 4);

    // FTS5 syntax typed by a user is taken as plain words, never an error.
    for q in [
        "\"",
        "\"odwołanie",
        "*",
        "odw*",
        "OR",
        "odwolanie OR karta",
        "NOT lodz",
        "NEAR(",
        "NEAR(odwolanie lodz)",
        "body:lodz",
        "^lodz",
        "(",
        ")",
        "-",
        "a AND",
        "'; DROP TABLE consultation; --",
        "\u{1b}[2J",
    ] {
        store
            .consultations(&ConsultationQuery {
                text: Some(q.into()),
                ..ConsultationQuery::default()
            })
            .unwrap_or_else(|e| panic!("query {q:?}: {e}"));
    }
    assert_eq!(search(&store, "odwolanie OR karta"), Vec::<String>::new());
    assert_eq!(all(&store).len(), 4);
}

#[test]
fn full_text_search_normalises_decomposed_letters_in_queries_and_notes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut store, _) = seeded(dir.path());
    // Typed precomposed; and pasted decomposed (o + U+0301, e + U+0328).
    store
        .add_consultation(
            &consultation("2026-03-01 10:00", "K-PRE1", &["language"], "Kurs języka"),
            "anna",
        )
        .expect("add");
    store
        .add_consultation(
            &consultation(
                "2026-03-02 10:00",
                "K-DEC2",
                &["housing"],
                "Przeprowadzka do Ło\u{301}dzi, pie\u{328}tro",
            ),
            "anna",
        )
        .expect("add");
    assert_eq!(search(&store, "je\u{328}zyka"), ["K-PRE1"]);
    assert_eq!(search(&store, "JE\u{328}ZYK"), ["K-PRE1"]);
    assert_eq!(search(&store, "języka"), ["K-PRE1"]);
    assert_eq!(search(&store, "Łodzi"), ["K-DEC2"]);
    assert_eq!(search(&store, "lodzi"), ["K-DEC2"]);
    assert_eq!(search(&store, "piętro"), ["K-DEC2"]);
    assert_eq!(search(&store, "pie\u{328}tro"), ["K-DEC2"]);
    // Full-width letters (a CJK input method) are the plain ones.
    assert_eq!(
        search(&store, "\u{ff4b}\u{ff55}\u{ff52}\u{ff53}"),
        ["K-PRE1"]
    );
}

// ---------------------------------------------------------------- corrections

#[test]
fn corrections_keep_every_earlier_version_and_refuse_stale_edits() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut store, _) = seeded(dir.path());
    let first = store
        .add_consultation(
            &consultation(
                "2026-03-01 10:00",
                "K-COR1",
                &["legal"],
                "pierwsza wersja notatki",
            ),
            "anna",
        )
        .expect("add");
    assert_eq!((first.version, first.staff.as_str()), (1, "anna"));
    assert!(
        store
            .consultation_versions(first.id)
            .expect("versions")
            .is_empty()
    );

    let second = store
        .correct_consultation(
            first.id,
            1,
            &consultation(
                "2026-03-01 10:30",
                "K-COR1",
                &["legal", "housing"],
                "druga wersja",
            ),
            "piotr",
        )
        .expect("first correction");
    assert_eq!(second.version, 2);
    assert_eq!(second.updated_by, "piotr");
    assert_eq!(second.staff, "anna", "who logged it stays");
    assert_eq!(second.uid, first.uid, "the exported id stays");
    assert_eq!(second.topics, ["legal", "housing"]);

    let third = store
        .correct_consultation(
            first.id,
            2,
            &consultation(
                "2026-03-01 10:30",
                "K-COR1",
                &["housing"],
                "trzecia poprawka",
            ),
            "ewa",
        )
        .expect("second correction");
    assert_eq!(third.version, 3);
    assert_eq!(third.notes, "trzecia poprawka");

    let versions = store.consultation_versions(first.id).expect("versions");
    assert_eq!(versions.len(), 2);
    let data: Vec<Value> = versions
        .iter()
        .map(|v| serde_json::from_str(&v.data).expect("version JSON"))
        .collect();
    assert_eq!(versions[0].version, 1);
    assert_eq!(data[0]["notes"], "pierwsza wersja notatki");
    assert_eq!(data[0]["at"], "2026-03-01 10:00");
    assert_eq!(data[0]["updated_by"], "anna");
    assert_eq!(versions[0].replaced_by, "piotr");
    assert_eq!(versions[1].version, 2);
    assert_eq!(data[1]["notes"], "druga wersja");
    assert_eq!(data[1]["topics"], serde_json::json!(["legal", "housing"]));
    assert_eq!(versions[1].replaced_by, "ewa");
    for v in &versions {
        chrono::DateTime::parse_from_rfc3339(&v.replaced_at)
            .unwrap_or_else(|e| panic!("replaced_at {:?}: {e}", v.replaced_at));
    }

    // Someone who opened version 2 is refused, told who changed it; nothing written.
    let stale = store.correct_consultation(
        first.id,
        2,
        &consultation("2026-03-01 10:30", "K-COR1", &["legal"], "nadpisanie"),
        "marek",
    );
    match stale {
        Err(ChangeError::Conflict { by, at, .. }) => {
            assert_eq!(by, "ewa");
            assert_eq!(at, third.updated_at);
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    let now = store.consultation(first.id).expect("read").expect("exists");
    assert_eq!((now.version, now.notes.as_str()), (3, "trzecia poprawka"));
    assert_eq!(
        store
            .consultation_versions(first.id)
            .expect("versions")
            .len(),
        2
    );

    // The full-text index follows the corrections.
    assert!(search(&store, "pierwsza").is_empty());
    assert!(search(&store, "druga").is_empty());
    assert!(search(&store, "nadpisanie").is_empty());
    assert_eq!(search(&store, "trzecia"), ["K-COR1"]);
    assert_eq!(search(&store, "mieszkalnictwo"), ["K-COR1"]);
    assert!(
        search(&store, "porady").is_empty(),
        "the removed topic's label"
    );

    assert!(matches!(
        store.correct_consultation(
            9999,
            1,
            &consultation("2026-03-01 10:30", "K-COR1", &["legal"], ""),
            "anna"
        ),
        Err(ChangeError::NotFound)
    ));
}

// ---------------------------------------------------------------- follow-ups

#[test]
fn follow_ups_due_count_dates_up_to_today_that_are_not_done() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut store, _) = seeded(dir.path());
    let today = day("2026-03-10");
    let mut add = |client: &str, follow_up: Option<&str>| {
        let mut c = consultation("2026-03-01 10:00", client, &["legal"], "");
        c.follow_up = follow_up.map(day);
        store.add_consultation(&c, "anna").expect("add").id
    };
    let past = add("K-PAST", Some("2026-03-01"));
    let _today = add("K-TODAY", Some("2026-03-10"));
    let _future = add("K-FUTURE", Some("2026-03-20"));
    let _none = add("K-NONE", None);
    let done = add("K-DONE", Some("2026-03-05"));

    assert_eq!(store.follow_up_count(today).expect("count"), 3);
    store.mark_follow_up_done(done, "piotr").expect("mark done");
    assert_eq!(store.follow_up_count(today).expect("count"), 2);
    let due: Vec<String> = store
        .follow_ups_due(today)
        .expect("due")
        .into_iter()
        .map(|c| c.client)
        .collect();
    assert_eq!(due, ["K-PAST", "K-TODAY"], "oldest first");
    assert_eq!(store.follow_up_count(day("2026-03-20")).expect("count"), 3);
    assert_eq!(store.follow_up_count(day("2026-02-28")).expect("count"), 0);

    store.mark_follow_up_done(past, "piotr").expect("mark done");
    let due = store.follow_ups_due(today).expect("due");
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].client, "K-TODAY");
    assert_eq!(store.follow_up_count(today).expect("count"), 1);

    let marked = store.consultation(past).expect("read").expect("exists");
    assert!(marked.follow_up_done);
    assert_eq!(marked.version, 2);
    assert_eq!(marked.updated_by, "piotr");
    assert_eq!(marked.follow_up, Some(day("2026-03-01")), "the date stays");
    let versions = store.consultation_versions(past).expect("versions");
    assert_eq!(versions.len(), 1);
    assert_eq!(versions[0].replaced_by, "piotr");
    let before: Value = serde_json::from_str(&versions[0].data).expect("JSON");
    assert_eq!(before["follow_up_done"], false);

    assert!(matches!(
        store.mark_follow_up_done(9999, "piotr"),
        Err(ChangeError::NotFound)
    ));
}

// ---------------------------------------------------------------- drafts

#[test]
fn drafts_are_saved_replaced_read_back_and_deleted_per_staff_member() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut store, _) = seeded(dir.path());
    assert_eq!(store.draft("anna", "consultation").expect("read"), None);

    let mut draft = valid_draft();
    draft.notes = "Zaczęta notatka o Łodzi".into();
    let json = serde_json::to_string(&draft).expect("serialise");
    store
        .save_draft("anna", "consultation", &json)
        .expect("save");
    let (data, saved_at) = store
        .draft("anna", "consultation")
        .expect("read")
        .expect("saved");
    let back: ConsultationDraft = serde_json::from_str(&data).expect("deserialise");
    assert_eq!(back, draft);
    assert!(!saved_at.is_empty());

    draft.notes.push_str(" — i dalej");
    let json = serde_json::to_string(&draft).expect("serialise");
    store
        .save_draft("anna", "consultation", &json)
        .expect("replace");
    let (data, _) = store
        .draft("anna", "consultation")
        .expect("read")
        .expect("saved");
    let back: ConsultationDraft = serde_json::from_str(&data).expect("deserialise");
    assert_eq!(back.notes, "Zaczęta notatka o Łodzi — i dalej");
    assert_eq!(draft_rows(&store), 1, "replaced, not added");

    // Each staff member has their own.
    assert_eq!(store.draft("piotr", "consultation").expect("read"), None);
    store
        .save_draft("piotr", "consultation", "{}")
        .expect("save");
    assert_eq!(draft_rows(&store), 2);

    store.delete_draft("anna", "consultation").expect("delete");
    assert_eq!(store.draft("anna", "consultation").expect("read"), None);
    assert!(
        store
            .draft("piotr", "consultation")
            .expect("read")
            .is_some()
    );
    store
        .delete_draft("anna", "consultation")
        .expect("deleting twice is fine");
}

/// Makes every removal of a draft fail on this connection (as a full disk or
/// a damaged page would), until [`allow_draft_removal`].
fn refuse_draft_removal(store: &Store) {
    store
        .conn()
        .execute_batch(
            "CREATE TEMP TRIGGER draft_kept BEFORE DELETE ON draft
             BEGIN SELECT RAISE(ABORT, 'the draft cannot be removed'); END",
        )
        .expect("trigger");
}

fn allow_draft_removal(store: &Store) {
    store
        .conn()
        .execute_batch("DROP TRIGGER temp.draft_kept")
        .expect("drop trigger");
}

#[test]
fn a_save_from_the_form_and_the_removal_of_its_draft_happen_together_or_not_at_all() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut store, _) = seeded(dir.path());
    let c = consultation(
        "2026-03-10 09:30",
        "K-ABC123",
        &["legal"],
        "Pomoc w odwołaniu",
    );
    store
        .save_draft("anna", "consultation", r#"{"draft":"typed"}"#)
        .expect("save");
    store
        .save_draft("piotr", "consultation", r#"{"draft":"his"}"#)
        .expect("save");

    // The draft cannot be removed: nothing is saved, and the draft stays —
    // offering it again is right, the consultation is not in the database.
    refuse_draft_removal(&store);
    assert!(
        store
            .add_consultation_from_draft(&c, "anna", "consultation")
            .is_err()
    );
    assert!(
        all(&store).is_empty(),
        "no consultation without its draft gone"
    );
    assert!(store.draft("anna", "consultation").expect("read").is_some());

    // Once it can be: saved, and the draft is gone with it (only anna's).
    allow_draft_removal(&store);
    let saved = store
        .add_consultation_from_draft(&c, "anna", "consultation")
        .expect("saved");
    assert_eq!(all(&store).len(), 1);
    assert_eq!(store.draft("anna", "consultation").expect("read"), None);
    assert!(
        store
            .draft("piotr", "consultation")
            .expect("read")
            .is_some()
    );

    // A correction likewise.
    store
        .save_draft("anna", "consultation", r#"{"draft":"correcting"}"#)
        .expect("save");
    let corrected = NewConsultation {
        notes: "Pomoc w odwołaniu; poprawione".into(),
        ..c.clone()
    };
    refuse_draft_removal(&store);
    assert!(
        store
            .correct_consultation_from_draft(
                saved.id,
                saved.version,
                &corrected,
                "anna",
                "consultation"
            )
            .is_err()
    );
    let unchanged = store.consultation(saved.id).expect("read").expect("kept");
    assert_eq!(
        (unchanged.version, unchanged.notes.as_str()),
        (saved.version, "Pomoc w odwołaniu")
    );
    assert!(store.draft("anna", "consultation").expect("read").is_some());
    allow_draft_removal(&store);
    let after = store
        .correct_consultation_from_draft(
            saved.id,
            saved.version,
            &corrected,
            "anna",
            "consultation",
        )
        .expect("corrected");
    assert_eq!(after.notes, "Pomoc w odwołaniu; poprawione");
    assert_eq!(store.draft("anna", "consultation").expect("read"), None);
    // A conflict keeps the draft too (the form stays open with it).
    store
        .save_draft("anna", "consultation", r#"{"draft":"stale"}"#)
        .expect("save");
    assert!(matches!(
        store.correct_consultation_from_draft(
            saved.id,
            saved.version,
            &corrected,
            "anna",
            "consultation"
        ),
        Err(ChangeError::Conflict { .. })
    ));
    assert!(store.draft("anna", "consultation").expect("read").is_some());
}

// ---------------------------------------------------------------- the command line

/// `log` with the given options; the printed id.
fn log(db: &Path, args: &[&str]) -> Uuid {
    let out = pomost(db, &[&["log"], args].concat());
    assert!(out.status.success(), "log {args:?}: {}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 1, "only the id: {text:?}");
    Uuid::parse_str(text.trim()).unwrap_or_else(|e| panic!("not a UUID {text:?}: {e}"))
}

fn list_json(db: &Path, args: &[&str]) -> Vec<Value> {
    let out = pomost(
        db,
        &[&["consultations", "list", "--format", "json"], args].concat(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).expect("a JSON array")
}

/// A seeded database file (closed), and the id of one shipped service.
fn cli_db(dir: &Path) -> (PathBuf, Uuid) {
    let (store, path) = seeded(dir);
    let service = store.services().expect("services")[0].id;
    (path, service)
}

fn warsaw_today() -> NaiveDate {
    pomost::clock::Clock::system().today()
}

#[test]
fn log_prints_the_new_id_and_the_list_shows_every_field() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (db, service) = cli_db(dir.path());
    let follow_up = (warsaw_today() + Days::new(7)).to_string();
    let service_id = service.to_string();
    let uid = log(
        &db,
        &[
            "--client",
            "k-cli001",
            "--topic",
            "legal",
            "--topic",
            "legalisation",
            "--at",
            "2025-03-01 10:15",
            "--channel",
            "phone",
            "--gender",
            "female",
            "--age-band",
            "30-44",
            "--country",
            "ua",
            "--language",
            "uk",
            "--county",
            "kartuski",
            "--refer",
            &service_id,
            "--minutes",
            "45",
            "--follow-up",
            &follow_up,
            "--note",
            "- odwołanie złożone, termin w Łodzi",
        ],
    );
    let rows = list_json(&db, &[]);
    assert_eq!(rows.len(), 1);
    let c = &rows[0];
    assert_eq!(c["uid"], uid.to_string());
    assert_eq!(c["at"], "2025-03-01 10:15");
    assert_eq!(c["staff"], pomost::config::current_user());
    assert_eq!(c["client"], "K-CLI001");
    assert_eq!(c["topics"], serde_json::json!(["legalisation", "legal"]));
    assert_eq!(c["referrals"], serde_json::json!([service_id]));
    assert_eq!(c["country"], "UA");
    assert_eq!(c["language"], "uk");
    assert_eq!(c["county"], "kartuski");
    assert_eq!(c["gender"], "female");
    assert_eq!(c["age_band"], "30-44");
    assert_eq!(c["channel"], "phone");
    assert_eq!(c["minutes"], 45);
    assert_eq!(c["follow_up"], follow_up);
    assert_eq!(c["follow_up_done"], false);
    assert_eq!(c["notes"], "- odwołanie złożone, termin w Łodzi");
    assert_eq!(c["version"], 1);
    assert_eq!(c["updated_by"], pomost::config::current_user());
    assert!(c["updated_at"].as_str().is_some_and(|s| !s.is_empty()));

    // Without --at: now, in Warsaw; optional fields not stated.
    let before = pomost::clock::Clock::system().warsaw_now();
    let uid2 = log(&db, &["--client", "K-NOW", "--topic", "crisis"]);
    let after = pomost::clock::Clock::system().warsaw_now();
    let rows = list_json(&db, &["--client", "k-now"]);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["uid"], uid2.to_string());
    let logged = at(rows[0]["at"].as_str().expect("at"));
    assert!(
        logged >= before - chrono::Duration::minutes(1) && logged <= after,
        "{logged} not between {before} and {after}"
    );
    assert_eq!(rows[0]["channel"], "in-person");
    assert_eq!(rows[0]["gender"], "not-stated");
    assert_eq!(rows[0]["county"], Value::Null);
    assert_eq!(rows[0]["minutes"], Value::Null);
    assert_eq!(rows[0]["follow_up"], Value::Null);

    // Newest first.
    let rows = list_json(&db, &[]);
    assert_eq!(rows[0]["uid"], uid2.to_string());
    assert_eq!(rows[1]["uid"], uid.to_string());
}

#[test]
fn pomost_now_decides_when_a_log_without_at_took_place_and_when_it_was_stored() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (db, _) = cli_db(dir.path());
    // A Warsaw time, and an instant that is already the next day in Warsaw.
    let cases = [
        ("2031-02-03 09:15", "2031-02-03 09:15", "2031-02-03T08:15:"),
        (
            "2024-12-31T23:30:00Z",
            "2025-01-01 00:30",
            "2024-12-31T23:30:",
        ),
    ];
    for (now, at, stored) in cases {
        let out = pomost_at(
            now,
            &db,
            &["log", "--client", "K-CLOCK", "--topic", "legal"],
        );
        assert!(out.status.success(), "{now}: {}", stderr(&out));
        let uid = stdout(&out).trim().to_owned();
        let rows = list_json(&db, &["--client", "k-clock"]);
        let row = rows.iter().find(|r| r["uid"] == uid).expect("logged");
        assert_eq!(row["at"], at, "{now}");
        let updated = row["updated_at"].as_str().expect("updated_at");
        assert!(updated.starts_with(stored), "{now}: stored at {updated}");
    }
    // The audit trail's times come from the same clock.
    let out = pomost_at("2031-02-04 10:00", &db, &["audit", "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let audit: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let created: Vec<&str> = audit
        .as_array()
        .expect("array")
        .iter()
        .filter(|e| e["action"] == "create" && e["kind"] == "consultation")
        .filter_map(|e| e["at"].as_str())
        .collect();
    assert_eq!(created.len(), 2, "{audit:#}");
    assert!(
        created.iter().any(|t| t.starts_with("2031-02-03")),
        "{created:?}"
    );
    assert!(
        created.iter().any(|t| t.starts_with("2024-12-31")),
        "{created:?}"
    );

    // What is not a time: one sentence, exit 2, nothing written.
    for now in ["next tuesday", "2031-02-30 09:00", "2026-03-29 02:30"] {
        let out = pomost_at(now, &db, &["log", "--client", "K-BAD", "--topic", "legal"]);
        assert_eq!(out.status.code(), Some(2), "{now}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("POMOST_NOW") && err.contains(now), "{err}");
        assert!(out.stdout.is_empty());
    }
    assert!(list_json(&db, &["--client", "k-bad"]).is_empty());
}

#[test]
fn log_with_bad_input_names_each_option_exits_2_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (db, _) = cli_db(dir.path());
    log(&db, &["--client", "K-KEEP", "--topic", "legal"]);

    let out = pomost(
        &db,
        &[
            "log",
            "--client",
            "Jan Kowalski",
            "--topic",
            "legal",
            "--minutes",
            "601",
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(out.stdout.is_empty(), "{}", stdout(&out));
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(lines[0].starts_with("pomost: --client: "), "{err}");
    assert!(lines[0].contains("Jan Kowalski"), "{err}");
    assert!(lines[1].starts_with("pomost: --minutes: "), "{err}");
    assert!(lines[1].contains("601"), "{err}");

    // Every option's rule, at once: one line each.
    let out = pomost(
        &db,
        &[
            "log",
            "--client",
            "a b",
            "--topic",
            "astrology",
            "--at",
            "2026-02-30 10:00",
            "--channel",
            "fax",
            "--gender",
            "f",
            "--age-band",
            "old",
            "--country",
            "XX",
            "--language",
            "xx",
            "--county",
            "Narnia",
            "--refer",
            "nope",
            "--minutes",
            "-5",
            "--follow-up",
            "2020-01-01",
            "--note",
            "\u{1b}]52;c;aGk=\u{7}",
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    let options: Vec<&str> = err
        .lines()
        .map(|l| {
            l.strip_prefix("pomost: ")
                .and_then(|l| l.split(':').next())
                .unwrap_or_else(|| panic!("line {l:?}"))
        })
        .collect();
    assert_eq!(
        options,
        [
            "--at",
            "--client",
            "--topic",
            "--refer",
            "--country",
            "--language",
            "--county",
            "--gender",
            "--age-band",
            "--channel",
            "--minutes",
            "--follow-up",
            "--note"
        ],
        "{err}"
    );
    assert!(!err.contains('\u{1b}'), "no escape echoed: {err:?}");

    // Nothing written: still one consultation, no draft.
    let (store, _) = Store::open(&db).expect("open");
    assert_eq!(all(&store).len(), 1);
    assert_eq!(draft_rows(&store), 0);
}

#[test]
fn messages_follow_the_interface_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (db, _) = cli_db(dir.path());
    let expected = |lang: Lang| {
        format!(
            "pomost: --client: {}\npomost: --topic: {}\n",
            lang.fmt(Msg::ProbClientCode, &[&"Jan Kowalski"]),
            lang.t(Msg::ProbNoTopic)
        )
    };
    let pl = pomost(&db, &["--lang", "pl", "log", "--client", "Jan Kowalski"]);
    assert_eq!(pl.status.code(), Some(2));
    assert_eq!(stderr(&pl), expected(Lang::Pl));

    let en = pomost(&db, &["log", "--client", "Jan Kowalski"]);
    assert_eq!(en.status.code(), Some(2));
    assert_eq!(stderr(&en), expected(Lang::En));
    assert_ne!(expected(Lang::Pl), expected(Lang::En));

    let bad = pomost(
        &db,
        &[
            "--lang",
            "pl",
            "consultations",
            "list",
            "--from",
            "2025-02-30",
        ],
    );
    assert_eq!(bad.status.code(), Some(2));
    assert_eq!(
        stderr(&bad),
        format!(
            "pomost: --from: {}\n",
            Lang::Pl.fmt(Msg::ErrNoSuchDay, &[&"2025-02-30", &28])
        )
    );
}

/// Three consultations on three days, for the listing tests.
fn three(db: &Path) -> [Uuid; 3] {
    [
        log(
            db,
            &[
                "--client",
                "K-ONE",
                "--topic",
                "legal",
                "--at",
                "2025-03-01 10:00",
                "--note",
                "zwykła, z przecinkiem",
            ],
        ),
        log(
            db,
            &[
                "--client",
                "K-TWO",
                "--topic",
                "housing",
                "--topic",
                "family",
                "--at",
                "2025-03-15 23:59",
                "--channel",
                "online",
                "--note",
                "dwie linie\ndruga \"w cudzysłowie\"",
            ],
        ),
        log(
            db,
            &[
                "--client",
                "K-ONE",
                "--topic",
                "employment",
                "--at",
                "2025-04-01 00:00",
            ],
        ),
    ]
}

#[test]
fn export_is_csv_with_a_header_and_one_row_per_consultation() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (db, _) = cli_db(dir.path());
    let [one, two, three] = three(&db);
    let out = pomost(&db, &["consultations", "export"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        header,
        [
            "uid",
            "at",
            "staff",
            "client",
            "topics",
            "referrals",
            "country",
            "language",
            "county",
            "gender",
            "age_band",
            "channel",
            "minutes",
            "follow_up",
            "follow_up_done",
            "notes",
            "version",
            "updated_at",
            "updated_by",
            "interpreter"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 3);
    let uids: Vec<&str> = rows.iter().map(|r| &r[0]).collect();
    assert_eq!(
        uids,
        [three.to_string(), two.to_string(), one.to_string()],
        "newest first"
    );
    assert_eq!(&rows[1][1], "2025-03-15 23:59");
    assert_eq!(&rows[1][3], "K-TWO");
    assert_eq!(&rows[1][4], "housing; family");
    assert_eq!(&rows[1][11], "online");
    assert_eq!(&rows[1][15], "dwie linie\ndruga \"w cudzysłowie\"");
    assert_eq!(&rows[2][15], "zwykła, z przecinkiem");
    assert_eq!(&rows[2][14], "false");

    // The same as JSON or a table on request; list defaults to a table.
    let json = pomost(&db, &["consultations", "export", "--format", "json"]);
    let json: Vec<Value> = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(json.len(), 3);
    let table = pomost(&db, &["consultations", "list"]);
    let text = stdout(&table);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "{text}");
    assert!(lines[0].starts_with(Lang::En.t(Msg::FieldAt)), "{text}");
    assert!(lines[2].contains("K-TWO"), "{text}");
    assert!(lines[2].contains("Housing, Family and children"), "{text}");
    assert!(lines[2].contains("online"), "{text}");
    // Columns line up: the client column starts at the same place in every line.
    let client_at: HashSet<usize> = lines[1..]
        .iter()
        .map(|l| l.find("K-").expect("client"))
        .collect();
    assert_eq!(client_at.len(), 1, "{text}");
    let pl = pomost(&db, &["--lang", "pl", "consultations", "list"]);
    let text = stdout(&pl);
    assert!(text.starts_with(Lang::Pl.t(Msg::FieldAt)), "{text}");
    assert!(text.contains("15.03.2025 23:59"), "{text}");
    assert!(text.contains("Mieszkalnictwo, Rodzina i dzieci"), "{text}");
}

#[test]
fn from_and_to_filter_by_day_inclusively_and_are_checked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (db, _) = cli_db(dir.path());
    let [one, two, three] = three(&db);
    let uids = |args: &[&str]| -> Vec<String> {
        list_json(&db, args)
            .iter()
            .map(|c| c["uid"].as_str().expect("uid").to_owned())
            .collect()
    };
    assert_eq!(
        uids(&["--from", "2025-03-10", "--to", "2025-03-31"]),
        [two.to_string()]
    );
    assert_eq!(
        uids(&["--from", "2025-03-15"]),
        [three.to_string(), two.to_string()]
    );
    assert_eq!(
        uids(&["--to", "2025-03-15"]),
        [two.to_string(), one.to_string()]
    );
    assert_eq!(
        uids(&["--from", "2025-04-01", "--to", "2025-04-01"]),
        [three.to_string()]
    );
    assert!(uids(&["--from", "2025-05-01"]).is_empty());
    assert_eq!(
        uids(&["--client", "k-one"]),
        [three.to_string(), one.to_string()]
    );
    assert_eq!(
        uids(&["--client", "K-ONE", "--to", "2025-03-31"]),
        [one.to_string()]
    );
    let export = pomost(
        &db,
        &[
            "consultations",
            "export",
            "--from",
            "2025-03-10",
            "--to",
            "2025-03-31",
        ],
    );
    assert_eq!(
        stdout(&export).lines().count(),
        1 + 2,
        "header + a two-line row"
    );

    let empty = pomost(&db, &["consultations", "list", "--from", "2030-01-01"]);
    assert!(empty.status.success());
    assert_eq!(stdout(&empty).trim(), Lang::En.t(Msg::CliNoConsultations));

    for bad in [
        &["--from", "2025-02-30"][..],
        &["--to", "tomorrow"],
        &["--from", "2025-04-01", "--to", "2025-03-01"],
        &["--client", "Jan Kowalski"],
    ] {
        for command in ["list", "export"] {
            let out = pomost(&db, &[&["consultations", command], bad].concat());
            assert_eq!(out.status.code(), Some(2), "{bad:?}: {}", stderr(&out));
            assert!(out.stdout.is_empty(), "{bad:?}");
            let err = stderr(&out);
            assert_eq!(err.lines().count(), 1, "one sentence: {err}");
            assert!(err.starts_with(&format!("pomost: {}", bad[0])), "{err}");
        }
    }
}

#[test]
fn text_from_the_database_is_stripped_of_control_sequences() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut store, db) = seeded(dir.path());
    let mut c = consultation("2025-03-01 10:00", "K-ESC", &["legal"], "a\u{1b}[2Jb\u{7}");
    c.county = Some("\u{1b}]0;title\u{7}Gdańsk".into());
    store
        .add_consultation(&c, "evil\u{1b}[31m")
        .expect("add directly");
    drop(store);
    for args in [
        &["consultations", "list"][..],
        &["consultations", "export"],
        &["consultations", "list", "--format", "json"],
    ] {
        let out = pomost(&db, args);
        assert!(out.status.success(), "{}", stderr(&out));
        let text = stdout(&out);
        assert!(!text.contains('\u{1b}'), "{args:?}: {text:?}");
        assert!(!text.contains('\u{7}'), "{args:?}: {text:?}");
        assert!(text.contains("K-ESC"), "{args:?}: {text:?}");
    }
    let json = list_json(&db, &[]);
    assert_eq!(
        json[0]["notes"], "a\u{1b}[2Jb\u{7}",
        "JSON keeps the data, escaped"
    );
}

#[test]
fn full_text_lists_newest_first_by_the_consultations_time_not_by_entry() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (db, _) = cli_db(dir.path());
    // Entered in this order: today's first, then two logged late for earlier days.
    let now = "2026-12-01 15:00";
    for (at, note) in [
        ("2026-12-01 09:30", "pobyt czasowy, dziś"),
        ("2026-11-20 11:00", "karta pobytu, listopad"),
        ("2026-11-25 14:00", "pobyt stały"),
        ("2026-11-30 10:00", "praca, bez tego słowa"),
    ] {
        let out = pomost_at(
            now,
            &db,
            &[
                "log", "--client", "PB-1", "--topic", "legal", "--at", at, "--note", note,
            ],
        );
        assert!(out.status.success(), "log: {}", stderr(&out));
    }
    let out = pomost_at(
        now,
        &db,
        &[
            "consultations",
            "list",
            "--text",
            "POBYT",
            "--format",
            "json",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let rows: Vec<Value> = serde_json::from_slice(&out.stdout).expect("a JSON array");
    let times: Vec<&str> = rows.iter().filter_map(|r| r["at"].as_str()).collect();
    assert_eq!(
        times,
        ["2026-12-01 09:30", "2026-11-25 14:00", "2026-11-20 11:00"],
        "newest first by time, the note without the word left out"
    );
    // The table reads the same way, in the same order.
    let table = stdout(&pomost_at(
        now,
        &db,
        &["consultations", "list", "--text", "pobyt"],
    ));
    let lines: Vec<&str> = table.lines().filter(|l| l.contains("PB-1")).collect();
    assert_eq!(lines.len(), 3, "{table}");
    assert!(
        lines[0].contains("09:30") && lines[2].contains("11:00"),
        "{table}"
    );
    // Words are read as the screen reads them: folded, each the start of a word.
    let folded = list_json(&db, &["--text", "staly"]);
    assert_eq!(folded.len(), 1, "{folded:?}");
}

#[test]
fn a_page_of_full_text_matches_is_the_newest_by_time_though_entered_out_of_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut store, _) = seeded(dir.path());
    // Entered in this order; the last one was logged late for 28 November.
    for (when, client) in [
        ("2026-12-01 09:00", "PA-1"),
        ("2026-11-20 10:00", "PA-2"),
        ("2026-11-25 10:00", "PA-3"),
        ("2026-11-28 10:00", "PA-4"),
    ] {
        let c = consultation(when, client, &["legal"], "wniosek o pobyt");
        store.add_consultation(&c, "anna").expect("add");
    }
    let page = |limit, from: Option<&str>| {
        let query = ConsultationQuery {
            text: Some("pobyt".into()),
            from: from.map(|d| d.parse().expect("a date")),
            limit,
            ..ConsultationQuery::default()
        };
        let rows = store.consultations(&query).expect("list");
        rows.iter().map(|c| c.client.clone()).collect::<Vec<_>>()
    };
    assert_eq!(page(2, None), ["PA-1", "PA-4"]);
    assert_eq!(page(3, None), ["PA-1", "PA-4", "PA-3"]);
    assert_eq!(page(10, None), ["PA-1", "PA-4", "PA-3", "PA-2"]);
    assert_eq!(page(0, None), ["PA-1", "PA-4", "PA-3", "PA-2"]);
    // A period's lower bound and the page's own bound together.
    assert_eq!(page(1, Some("2026-11-21")), ["PA-1"]);
    assert_eq!(page(2, Some("2026-11-26")), ["PA-1", "PA-4"]);
}

#[test]
fn an_empty_client_code_asks_for_one_instead_of_quoting_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (store, _) = seeded(dir.path());
    for lang in Lang::ALL {
        let draft = ConsultationDraft {
            client: "  ".into(),
            ..valid_draft()
        };
        let problems = draft
            .validate(&reference(&store), &service_ids(&store), now(), lang)
            .expect_err("invalid");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].field, ConsultationField::Client);
        assert_eq!(problems[0].message, lang.t(Msg::ProbClientCodeMissing));
        assert!(!problems[0].message.contains("\"\""), "{problems:?}");
    }
}
