//! Keeping the directory: the service form's validation, saving all or
//! nothing, conflicts between two people, and fidelity through export/import.

mod common;

use std::path::Path;

use common::{pomost, stderr, stdout};
use pomost::directory::draft::{ServiceDraft, ServiceField};
use pomost::i18n::Lang;
use pomost::model::{Reference, Service};
use pomost::store::{ChangeError, Store};
use uuid::Uuid;

fn init(db: &Path, empty: bool) {
    let mut args = vec!["init"];
    if empty {
        args.push("--empty");
    }
    let out = pomost(db, &args);
    assert!(out.status.success(), "{}", stderr(&out));
}

/// A database made by `pomost init` (with the shipped catalogue unless
/// `empty`), open, with its reference lists and organisations.
struct Seeded {
    dir: tempfile::TempDir,
    db: std::path::PathBuf,
    store: Store,
    reference: Reference,
    orgs: Vec<pomost::model::Organization>,
}

fn seeded(empty: bool) -> Seeded {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("p.db");
    init(&db, empty);
    let store = Store::open_existing(&db).expect("open");
    let reference = reference(&store);
    let orgs = store.organizations().expect("orgs");
    Seeded {
        dir,
        db,
        store,
        reference,
        orgs,
    }
}

fn reference(store: &Store) -> Reference {
    Reference {
        topics: store.topics().expect("topics"),
        counties: store.counties().expect("counties"),
    }
}

/// A draft with every field the form has filled in, valid.
fn full_draft() -> ServiceDraft {
    ServiceDraft {
        name: "Porady prawne dla cudzoziemców".into(),
        name_en: "Legal advice for foreigners".into(),
        organisation: None,
        new_organisation: "Fundacja Testowa".into(),
        description: "Bezpłatne porady.\nDrugi wiersz.".into(),
        description_en: "Free advice.".into(),
        topics: vec!["legal".into(), "legalisation".into()],
        languages: "pl, uk ru".into(),
        counties: vec!["Gdańsk".into(), "kartuski".into()],
        schedules: "pn-pt 09:00-15:00\nsobota 10:00-12:00 od 2026-01-01 do 2026-06-30"
            .replace("sobota", "so"),
        email: "porady@example.org".into(),
        phones: "+48 58 123 45 67, 600-100-200".into(),
        url: "https://example.org/porady".into(),
        address: "ul. Długa 1, 80-001 Gdańsk".into(),
        online_link: "https://meet.example.org/porady".into(),
        eligibility: "Cudzoziemcy mieszkający na Pomorzu.".into(),
        eligibility_en: "Foreigners living in Pomerania.".into(),
        how_to_apply: "Zadzwoń i umów się.".into(),
        how_to_apply_en: "Call to make an appointment.".into(),
        free: Some(false),
        fees: "50 zł za poradę".into(),
        fees_en: "PLN 50 per consultation".into(),
        name_uk: "Юридичні консультації для іноземців".into(),
        description_uk: "Безкоштовні консультації.".into(),
        how_to_apply_uk: "Зателефонуйте й домовтеся про зустріч.".into(),
    }
}

#[test]
fn each_invalid_field_is_named_beside_it_and_nothing_is_saved() {
    let Seeded {
        dir: _dir,
        reference,
        orgs,
        ..
    } = seeded(false);
    let base = Service::new(Uuid::new_v4(), "");
    assert!(
        full_draft()
            .validate(&base, &reference, &orgs, Lang::En)
            .is_ok()
    );

    type Change = fn(&mut ServiceDraft);
    let cases: Vec<(Change, ServiceField, &str)> = vec![
        (
            |d| d.name = "  ".into(),
            ServiceField::Name,
            "must not be empty",
        ),
        (
            |d| d.schedules = "Mon-Fri 15:00-09:00".into(),
            ServiceField::Schedules,
            "line 1: the closing time must be after the opening time",
        ),
        (
            |d| d.schedules = "Mon 09:00-10:00\nMon 10:00-10:00".into(),
            ServiceField::Schedules,
            "line 2: the closing time must be after the opening time",
        ),
        (
            |d| d.schedules = "Mon 09:00-10:00 from 2026-02-30".into(),
            ServiceField::Schedules,
            "2026-02-30",
        ),
        (
            |d| d.schedules = "Mon 09:00-10:00 from 2026-06-01 to 2026-05-01".into(),
            ServiceField::Schedules,
            "the end date is before the start date",
        ),
        (
            |d| d.schedules = "każdy 09:00-10:00".into(),
            ServiceField::Schedules,
            "weekdays",
        ),
        (
            |d| d.email = "porady@example".into(),
            ServiceField::Email,
            "not an e-mail address",
        ),
        (
            |d| d.email = "a b@example.org".into(),
            ServiceField::Email,
            "not an e-mail address",
        ),
        (
            |d| d.languages = "pl, xx".into(),
            ServiceField::Languages,
            "unknown language code \"xx\"",
        ),
        (
            |d| d.phones = "call me".into(),
            ServiceField::Phones,
            "not a phone number",
        ),
        (
            |d| d.url = "example.org".into(),
            ServiceField::Url,
            "not a web link",
        ),
        (
            |d| d.online_link = "zoom".into(),
            ServiceField::OnlineLink,
            "not a web link",
        ),
        (
            |d| d.address = "Gdańsk".into(),
            ServiceField::Address,
            "street and number, postal code city",
        ),
        (
            |d| d.topics = vec!["astrology".into()],
            ServiceField::Topics,
            "unknown topic",
        ),
        (
            |d| d.counties = vec!["Warszawa".into()],
            ServiceField::Counties,
            "unknown county",
        ),
        (
            |d| d.name = "Porady\u{1b}[2J".into(),
            ServiceField::Name,
            "control",
        ),
    ];
    for (change, field, expected) in cases {
        let mut draft = full_draft();
        change(&mut draft);
        let problems = draft
            .validate(&base, &reference, &orgs, Lang::En)
            .expect_err("invalid");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].field, field);
        assert!(
            problems[0].message.contains(expected),
            "{field:?}: {} (expected {expected})",
            problems[0].message
        );
    }
    // Several problems are all reported at once.
    let mut draft = full_draft();
    draft.email = "x".into();
    draft.url = "y".into();
    let problems = draft
        .validate(&base, &reference, &orgs, Lang::En)
        .expect_err("invalid");
    assert_eq!(problems.len(), 2);
}

#[test]
fn a_save_the_database_refuses_leaves_neither_the_service_nor_its_new_organisation() {
    let Seeded {
        dir: _dir,
        mut store,
        reference,
        orgs,
        ..
    } = seeded(false);
    let base = Service::new(Uuid::new_v4(), "");
    let (mut service, org) = full_draft()
        .validate(&base, &reference, &orgs, Lang::En)
        .expect("valid");
    // A topic the database does not know (the form would not offer it).
    service.topics.push("no-such-topic".into());
    let before = (
        store.service_count().expect("count"),
        store.organizations().expect("orgs").len(),
    );
    assert!(
        store
            .save_service(&service, org.as_ref(), None, "anna")
            .is_err()
    );
    let after = (
        store.service_count().expect("count"),
        store.organizations().expect("orgs").len(),
    );
    assert_eq!(before, after);
}

#[test]
fn everything_the_form_edits_survives_export_and_import() {
    let Seeded {
        dir,
        db,
        mut store,
        reference,
        ..
    } = seeded(true);
    let base = Service::new(Uuid::new_v4(), "");
    let (service, org) = full_draft()
        .validate(&base, &reference, &[], Lang::Pl)
        .expect("valid");
    store
        .save_service(&service, org.as_ref(), None, "anna")
        .expect("save");
    drop(store);

    let exported = pomost(&db, &["services", "export"]);
    assert!(exported.status.success(), "{}", stderr(&exported));
    let file = dir.path().join("export.json");
    std::fs::write(&file, &exported.stdout).expect("write");
    let json: serde_json::Value = serde_json::from_slice(&exported.stdout).expect("JSON");
    common::hsds::assert_hsds_service(&json[0]);
    let schedules = json[0]["schedules"].as_array().expect("schedules");
    assert_eq!(schedules.len(), 2);
    assert_eq!(schedules[1]["byday"], "SA");
    assert_eq!(schedules[1]["valid_from"], "2026-01-01");
    assert_eq!(schedules[1]["valid_to"], "2026-06-30");

    let copy = dir.path().join("copy.db");
    init(&copy, true);
    let imported = pomost(&copy, &["services", "import", &file.display().to_string()]);
    assert!(imported.status.success(), "{}", stderr(&imported));
    let read = |path: &Path| {
        let store = Store::open_existing(path).expect("open");
        let services = store.services().expect("services");
        assert_eq!(services.len(), 1);
        ServiceDraft::from_service(&services[0], Lang::Pl)
    };
    let original = read(&db);
    let again = read(&copy);
    assert_eq!(original, again);
    // And the form shows what was typed (the new organisation now picked).
    let mut typed = full_draft();
    typed.new_organisation.clear();
    typed.organisation = original.organisation;
    typed.languages = "pl, uk, ru".into();
    // Topics are kept in the taxonomy's order.
    typed.topics = vec!["legalisation".into(), "legal".into()];
    typed.phones = "+48 58 123 45 67, 600-100-200".into();
    typed.schedules = "pn-pt 09:00-15:00\nso 10:00-12:00 od 2026-01-01 do 2026-06-30".into();
    assert_eq!(original, typed);
    assert!(original.organisation.is_some());
    let csv = pomost(&db, &["services", "export", "--format", "csv"]);
    let text = stdout(&csv);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().expect("CSV");
    assert_eq!(rows.len(), 1, "one row per service");
    assert!(
        rows[0]
            .iter()
            .any(|cell| cell == "Bezpłatne porady.\nDrugi wiersz.")
    );
}

#[test]
fn the_shipped_catalogue_s_ukrainian_and_russian_texts_survive_export_and_import() {
    let Seeded { dir, db, .. } = seeded(false);
    let export = |path: &Path| {
        let out = pomost(path, &["services", "export"]);
        assert!(out.status.success(), "{}", stderr(&out));
        let json: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).expect("JSON");
        json
    };
    let shipped: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("../data/services.json")).expect("JSON");
    // Every service of `given` comes back from `exported` with the same translations.
    let kept = |given: &[serde_json::Value], exported: &[serde_json::Value]| {
        assert_eq!(exported.len(), given.len());
        for s in given {
            let back = exported
                .iter()
                .find(|e| e["id"] == s["id"])
                .expect("exported");
            assert_eq!(back["translations"], s["translations"], "{}", s["id"]);
        }
    };
    let first = export(&db);
    kept(&shipped, &first);
    for s in &first {
        for code in ["uk", "ru"] {
            for field in ["name", "description"] {
                let text = s["translations"][code][field].as_str().unwrap_or("");
                assert!(!text.trim().is_empty(), "{code} {field}: {}", s["id"]);
            }
        }
    }

    let file = dir.path().join("export.json");
    std::fs::write(&file, serde_json::to_vec(&first).expect("JSON")).expect("write");
    let copy = dir.path().join("copy.db");
    init(&copy, true);
    let imported = pomost(&copy, &["services", "import", &file.display().to_string()]);
    assert!(imported.status.success(), "{}", stderr(&imported));
    kept(&first, &export(&copy));
}

#[test]
fn a_service_changed_meanwhile_is_a_conflict_and_saving_again_keeps_both_in_history() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("p.db");
    init(&db, false);
    // Two people, two connections, the same service open in both.
    let mut anna = Store::open_existing(&db).expect("open");
    let mut piotr = Store::open_existing(&db).expect("open");
    let reference = reference(&anna);
    let orgs = anna.organizations().expect("orgs");
    let service = anna.services().expect("services").remove(0);
    let version = anna.service_versions().expect("versions")[&service.id];

    let mut theirs = ServiceDraft::from_service(&service, Lang::Pl);
    theirs.email = "piotr@example.org".into();
    let (theirs, _) = theirs
        .validate(&service, &reference, &orgs, Lang::Pl)
        .expect("valid");
    piotr
        .save_service(&theirs, None, Some(version), "piotr")
        .expect("piotr saves first");

    let mut mine = ServiceDraft::from_service(&service, Lang::Pl);
    mine.fees = "bezpłatnie".into();
    let (mine, _) = mine
        .validate(&service, &reference, &orgs, Lang::Pl)
        .expect("valid");
    let now = match anna.save_service(&mine, None, Some(version), "anna") {
        Err(ChangeError::Conflict { by, version, .. }) => {
            assert_eq!(by, "piotr");
            version
        }
        other => panic!("expected a conflict, got {other:?}"),
    };
    let stored = anna.services().expect("services");
    let stored = stored.iter().find(|s| s.id == service.id).expect("there");
    assert_eq!(stored.email.as_deref(), Some("piotr@example.org"));
    // Anna chooses to save hers as the newer version.
    anna.save_service(&mine, None, Some(now), "anna")
        .expect("saved over the new version");
    let history = anna
        .audit(&pomost::audit::Query {
            target: Some(service.id.to_string()),
            ..Default::default()
        })
        .expect("audit");
    let who: Vec<&str> = history
        .iter()
        .filter(|e| e.action == pomost::audit::Action::Change)
        .map(|e| e.actor.as_str())
        .collect();
    assert_eq!(who, ["anna", "piotr"]);
    assert_eq!(
        history[1].after.as_ref().expect("after")["email"],
        "piotr@example.org"
    );
    assert_eq!(
        history[0].after.as_ref().expect("after")["fees"],
        "bezpłatnie"
    );
}

#[test]
fn saving_a_service_unchanged_leaves_every_shipped_service_exactly_as_it_was() {
    let Seeded {
        dir: _dir,
        store,
        reference,
        orgs,
        ..
    } = seeded(false);
    for lang in Lang::ALL {
        for s in store.services().expect("services") {
            let (again, new_org) = ServiceDraft::from_service(&s, lang)
                .validate(&s, &reference, &orgs, lang)
                .unwrap_or_else(|p| panic!("{}: {p:?}", s.name.text));
            assert_eq!(again, s, "{}", s.name.text);
            assert!(new_org.is_none());
        }
    }
}

#[test]
fn removing_one_opening_rule_keeps_the_others_with_their_own_notes_and_ids() {
    let Seeded {
        dir: _dir,
        store,
        reference,
        orgs,
        ..
    } = seeded(false);
    let s = store
        .services()
        .expect("services")
        .into_iter()
        .filter(|s| s.schedules.len() >= 3 && s.schedules.iter().all(|r| r.note.is_some()))
        .max_by_key(|s| s.schedules.len())
        .expect("a service with several noted rules");
    let mut draft = ServiceDraft::from_service(&s, Lang::En);
    let lines: Vec<&str> = draft.schedules.lines().collect();
    draft.schedules = lines
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != 1)
        .map(|(_, l)| *l)
        .collect::<Vec<_>>()
        .join("\n\n");
    let (after, _) = draft
        .validate(&s, &reference, &orgs, Lang::En)
        .expect("valid");
    let mut expected = s.schedules.clone();
    expected.remove(1);
    assert_eq!(after.schedules, expected);
}

#[test]
fn organisations_created_or_changed_with_services_are_in_the_audit_trail() {
    let Seeded {
        dir: _dir,
        mut store,
        reference,
        ..
    } = seeded(true);
    let base = Service::new(Uuid::new_v4(), "");
    let (service, org) = full_draft()
        .validate(&base, &reference, &[], Lang::Pl)
        .expect("valid");
    let org = org.expect("a new organisation");
    store
        .save_service(&service, Some(&org), None, "anna")
        .expect("save");
    let trail = store
        .audit(&pomost::audit::Query {
            target: Some(org.id.to_string()),
            ..Default::default()
        })
        .expect("audit");
    assert_eq!(trail.len(), 1);
    assert_eq!(trail[0].kind, pomost::audit::Kind::Organisation);
    assert_eq!(trail[0].action, pomost::audit::Action::Create);
    assert_eq!(trail[0].actor, "anna");
    assert_eq!(
        trail[0].after.as_ref().expect("after")["name"],
        "Fundacja Testowa"
    );
}

#[test]
fn importing_services_keeps_what_their_organisations_say_in_english() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("p.db");
    init(&db, false);
    let store = Store::open_existing(&db).expect("open");
    // The services embed a shorter copy of their organisation (no English);
    // seeding them after the organisations must not erase the translations.
    let orgs = store.organizations().expect("orgs");
    let translated = orgs.iter().filter(|o| o.name.en.is_some()).count();
    assert!(
        translated >= 10,
        "{translated} of {} translated",
        orgs.len()
    );
    let changed = store
        .audit(&pomost::audit::Query::default())
        .expect("audit")
        .into_iter()
        .filter(|e| e.kind == pomost::audit::Kind::Organisation)
        .count();
    assert_eq!(changed, 0);
}

/// tongue: the opening-hours notes' English texts travel in HSDS as each
/// schedule's `translations.en.description` and come back intact (issue #14).
#[test]
fn opening_hours_notes_in_english_survive_export_and_import() {
    let Seeded { dir, db, store, .. } = seeded(false);
    let shipped = store.services().expect("services");
    drop(store);
    let noted: Vec<_> = shipped
        .iter()
        .flat_map(|s| &s.schedules)
        .filter(|r| r.note.is_some())
        .collect();
    assert_eq!(noted.len(), 5, "the five notes of the online meetings");
    assert!(noted.iter().all(|r| r.note_en.is_some()));

    let exported = pomost(&db, &["services", "export"]);
    assert!(exported.status.success(), "{}", stderr(&exported));
    let json: serde_json::Value = serde_json::from_slice(&exported.stdout).expect("JSON");
    let rule = json
        .as_array()
        .expect("services")
        .iter()
        .flat_map(|s| s["schedules"].as_array().cloned().unwrap_or_default())
        .find(|r| r["id"] == "1c308e62-8f4f-5e67-a2b6-2e5ac666fc6f")
        .expect("the Wednesday rule");
    assert_eq!(
        rule["description"],
        "Psycholodzy i terapeuci; temat: jak wspierać uchodźców."
    );
    assert_eq!(
        rule["translations"]["en"]["description"],
        "Psychologists and therapists; topic: how to support refugees."
    );

    let file = dir.path().join("export.json");
    std::fs::write(&file, &exported.stdout).expect("write");
    let copy = dir.path().join("copy.db");
    init(&copy, true);
    let imported = pomost(&copy, &["services", "import", &file.display().to_string()]);
    assert!(imported.status.success(), "{}", stderr(&imported));
    let again = Store::open_existing(&copy)
        .expect("open")
        .services()
        .expect("services");
    let rules = |services: &[Service]| {
        let mut all: Vec<_> = services.iter().flat_map(|s| s.schedules.clone()).collect();
        all.sort_by_key(|r| r.id);
        all
    };
    assert_eq!(rules(&again), rules(&shipped));
}
