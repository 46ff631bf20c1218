//! The effects on a real database.
use crossterm::event::{KeyCode, KeyEvent};

use super::*;
use crate::consultation::{AgeBand, Channel, Gender, NewConsultation};
use crate::i18n::Lang;
use crate::model::Reference;
use crate::staff::Role;
use crate::tui::app::Popup;
use crate::tui::theme::Theme;

fn consultation() -> NewConsultation {
    NewConsultation {
        at: chrono::NaiveDate::from_ymd_opt(2022, 11, 30)
            .and_then(|d| d.and_hms_opt(10, 0, 0))
            .unwrap(),
        client: "K-ABC123".into(),
        topics: vec!["legal".into()],
        referrals: Vec::new(),
        country: None,
        language: None,
        interpreter: None,
        county: None,
        gender: Gender::NotStated,
        age_band: AgeBand::NotStated,
        channel: Channel::InPerson,
        minutes: None,
        follow_up: None,
        notes: "Odwołanie".into(),
    }
}

/// The consultation form's save and the removal of its draft are one: a
/// save whose draft cannot be removed is not made (the form stays open
/// with the reason, the draft stays); a save that is made leaves no draft
/// for the next start to offer.
#[test]
fn a_saved_consultation_is_never_offered_back_as_a_draft() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pomost.db");
    let noon = chrono::NaiveDate::from_ymd_opt(2022, 11, 30)
        .and_then(|d| d.and_hms_opt(12, 0, 0))
        .unwrap();
    let clock = crate::clock::Clock::starting_at_warsaw(noon).unwrap();
    let (mut store, _) = Store::open_with_clock(&path, clock).unwrap();
    crate::seed::seed(&mut store, "tester", true).unwrap();
    let reference = Reference {
        topics: store.topics().unwrap(),
        counties: store.counties().unwrap(),
    };
    let mut app = App::new(Vec::new(), reference, Lang::En, Theme::plain(), clock);
    // Alt-2: the Consultations screen (letters are typed into the search).
    app.on_key(KeyEvent::new(
        KeyCode::Char('2'),
        crossterm::event::KeyModifiers::ALT,
    ));
    app.on_key(KeyEvent::from(KeyCode::Char('n')));
    assert!(matches!(app.popup, Some(Popup::ConsultationForm(_))));
    let user = app.user.clone();
    store
        .save_draft(&user, CONSULTATION_DRAFT, r#"{"editing":null}"#)
        .unwrap();
    let mut out = Vec::new();

    store
        .conn()
        .execute_batch(
            "CREATE TEMP TRIGGER draft_kept BEFORE DELETE ON draft
             BEGIN SELECT RAISE(ABORT, 'the draft cannot be removed'); END",
        )
        .unwrap();
    let save = Effect::SaveConsultation(Box::new(consultation()), None);
    let outcome = run(save.clone(), &app.env(), &mut store, &mut out).unwrap();
    assert!(matches!(outcome, Outcome::Refused { .. }), "{outcome:?}");
    app.apply(outcome);
    match &app.popup {
        Some(Popup::ConsultationForm(form)) => {
            let message = form.form.message.as_deref().unwrap_or_default();
            assert!(message.contains("the draft cannot be removed"), "{message}");
        }
        _ => panic!("the form stays open when the save fails"),
    }
    let all = crate::store::ConsultationQuery::default();
    assert!(store.consultations(&all).unwrap().is_empty());
    assert!(store.draft(&user, CONSULTATION_DRAFT).unwrap().is_some());

    store
        .conn()
        .execute_batch("DROP TRIGGER temp.draft_kept")
        .unwrap();
    app.effects.push(save);
    run_pending(&mut app, &mut store, &mut out).unwrap();
    assert!(app.popup.is_none());
    assert_eq!(
        app.status.as_deref(),
        Some("Saved the consultation of client K-ABC123.")
    );
    assert_eq!(store.consultations(&all).unwrap().len(), 1);
    // What the next start reads: no draft to offer.
    let next_start = crate::tui::loader::load_file(store.path(), &user, Lang::En, clock).unwrap();
    assert_eq!(next_start.draft, None);
}

/// A store seeded on a fixed day, and an app over it (no terminal).
fn seeded() -> (tempfile::TempDir, Store, App) {
    let dir = tempfile::tempdir().unwrap();
    let noon = chrono::NaiveDate::from_ymd_opt(2022, 11, 30)
        .and_then(|d| d.and_hms_opt(12, 0, 0))
        .unwrap();
    let clock = crate::clock::Clock::starting_at_warsaw(noon).unwrap();
    let (mut store, _) = Store::open_with_clock(&dir.path().join("pomost.db"), clock).unwrap();
    crate::seed::seed(&mut store, "tester", true).unwrap();
    let reference = Reference {
        topics: store.topics().unwrap(),
        counties: store.counties().unwrap(),
    };
    let app = App::new(Vec::new(), reference, Lang::En, Theme::plain(), clock)
        .with_sessions(store.sessions().unwrap());
    (dir, store, app)
}

/// A session changed by someone else since the form opened: the outcome
/// says who, the form stays open on the newer version, and saving again
/// succeeds and closes it.
#[test]
fn a_conflicting_session_save_comes_back_as_a_refusal_the_form_shows() {
    let (_dir, mut store, mut app) = seeded();
    let session = store.sessions().unwrap().remove(0);
    let version = store.session_version(session.id).unwrap().unwrap();
    let mut out = Vec::new();
    let outcome = run(
        Effect::OpenSessionForm(session.id),
        &app.env(),
        &mut store,
        &mut out,
    );
    app.apply(outcome.unwrap());
    assert!(matches!(app.popup, Some(Popup::SessionForm(_))));
    store
        .save_session(&session, Some(version), "someone")
        .unwrap();

    let save = Effect::SaveSession(Box::new(session.clone()), Some(version));
    let outcome = run(save, &app.env(), &mut store, &mut out).unwrap();
    let Outcome::Refused { refusal, rebase } = &outcome else {
        panic!("{outcome:?}");
    };
    assert!(
        matches!(refusal, Refusal::Conflict { by, .. } if by == "someone"),
        "{refusal:?}"
    );
    assert!(
        matches!(rebase, Rebase::Version(v) if *v > version),
        "{rebase:?}"
    );
    app.apply(outcome);
    let Some(Popup::SessionForm(form)) = &app.popup else {
        panic!("the form stays open");
    };
    let said = form.form.message.as_deref().unwrap_or_default();
    assert!(said.contains("someone"), "{said}");
    assert!(form.version > Some(version));
    let newer = form.version;

    app.effects
        .push(Effect::SaveSession(Box::new(session), newer));
    assert!(run_pending(&mut app, &mut store, &mut out).unwrap());
    assert!(app.popup.is_none(), "saved as the newer version");
    assert!(
        app.status.as_deref().unwrap_or("").starts_with("Saved"),
        "{:?}",
        app.status
    );
    assert!(out.is_empty(), "nothing was written to the terminal");
}

/// A desk worker's list reads others' consultations without their notes,
/// and their words in others' notes find nothing.
#[test]
fn rows_for_a_desk_worker_hide_others_notes() {
    let (_dir, mut store, mut app) = seeded();
    store.add_consultation(&consultation(), "someone").unwrap();
    app.role = Role::Desk;
    app.consultations.today_only = false;
    let outcome = read_consultations(&app.env(), &store);
    let Outcome::Rows { rows, .. } = &outcome else {
        panic!("{outcome:?}");
    };
    assert_eq!(rows.len(), 1);
    assert!(rows[0].notes.is_empty());
    app.role = Role::Coordinator;
    let Outcome::Rows { rows, .. } = read_consultations(&app.env(), &store) else {
        panic!("rows");
    };
    assert_eq!(rows[0].notes, "Odwołanie");
}

/// After a save the selection moves to what was saved: the new consultation
/// (though another row was selected), the new service.
#[test]
fn the_selection_moves_to_what_was_saved() {
    let (_dir, mut store, mut app) = seeded();
    let at = |h, m| {
        chrono::NaiveDate::from_ymd_opt(2022, 11, 30)
            .and_then(|d| d.and_hms_opt(h, m, 0))
            .unwrap()
    };
    for (hour, client) in [(9, "K-OLD1"), (10, "K-OLD2")] {
        let c = NewConsultation {
            at: at(hour, 0),
            client: client.into(),
            ..consultation()
        };
        store.add_consultation(&c, "tester").unwrap();
    }
    let mut out = Vec::new();
    app.update(crate::tui::action::Action::Show(
        crate::tui::screen::Screen::Consultations,
    ));
    run_pending(&mut app, &mut store, &mut out).unwrap();
    app.update(crate::tui::action::Action::Down);
    assert_eq!(app.consultations.selected().unwrap().client, "K-OLD1");

    let new = NewConsultation {
        at: at(11, 30),
        client: "K-NEW".into(),
        ..consultation()
    };
    app.effects
        .push(Effect::SaveConsultation(Box::new(new), None));
    // The save, then the list read again.
    run_pending(&mut app, &mut store, &mut out).unwrap();
    run_pending(&mut app, &mut store, &mut out).unwrap();
    assert_eq!(app.consultations.rows().len(), 3);
    assert_eq!(app.consultations.selected().unwrap().client, "K-NEW");

    // A new service: selected once the directory is read again.
    let user = app.user.clone();
    let clock = app.clock;
    let loaded = crate::tui::loader::load_file(store.path(), &user, Lang::En, clock).unwrap();
    app.set_loaded(Ok(loaded));
    let first = app.services.selected().unwrap().clone();
    let mut service = store.services().unwrap().pop().unwrap();
    service.id = uuid::Uuid::new_v4();
    service.name.text = "Zzz nowy dyżur".into();
    app.effects
        .push(Effect::SaveService(Box::new(service.clone()), None, None));
    run_pending(&mut app, &mut store, &mut out).unwrap();
    assert!(app.reload_directory);
    let loaded = crate::tui::loader::load_file(store.path(), &user, Lang::En, clock).unwrap();
    app.set_loaded(Ok(loaded));
    let selected = app.services.selected().unwrap();
    assert_ne!(first.id, service.id);
    assert_eq!(selected.id, service.id);
}

/// `d` asks before marking a follow-up done (naming the client and the
/// day), does nothing on no, and says so when there is nothing to mark.
#[test]
fn marking_a_follow_up_done_asks_first_and_says_when_there_is_none() {
    let (_dir, mut store, mut app) = seeded();
    let due = chrono::NaiveDate::from_ymd_opt(2022, 12, 2).unwrap();
    let with = NewConsultation {
        follow_up: Some(due),
        client: "K-FUP1".into(),
        ..consultation()
    };
    store.add_consultation(&with, "tester").unwrap();
    let mut out = Vec::new();
    let d = KeyEvent::from(KeyCode::Char('d'));
    app.update(crate::tui::action::Action::Show(
        crate::tui::screen::Screen::Consultations,
    ));
    run_pending(&mut app, &mut store, &mut out).unwrap();
    assert_eq!(app.consultations.selected().unwrap().client, "K-FUP1");

    app.on_key(d);
    let Some(Popup::Confirm(confirm)) = &app.popup else {
        panic!("d asks first");
    };
    assert!(
        confirm.question.contains("K-FUP1") && confirm.question.contains("2022-12-02"),
        "{}",
        confirm.question
    );
    app.on_key(KeyEvent::from(KeyCode::Char('n')));
    assert!(app.popup.is_none());
    assert!(app.take_effects().is_empty(), "no is no");

    app.on_key(d);
    app.on_key(KeyEvent::from(KeyCode::Char('y')));
    run_pending(&mut app, &mut store, &mut out).unwrap();
    run_pending(&mut app, &mut store, &mut out).unwrap();
    assert_eq!(app.status.as_deref(), Some("Follow-up marked done."));
    assert!(app.consultations.selected().unwrap().follow_up_done);

    app.on_key(d);
    assert!(app.popup.is_none());
    assert_eq!(
        app.status.as_deref(),
        Some("The follow-up of this consultation is already marked done.")
    );
    store.add_consultation(&consultation(), "tester").unwrap();
    app.effects.push(Effect::RefreshConsultations);
    run_pending(&mut app, &mut store, &mut out).unwrap();
    app.update(crate::tui::action::Action::Top);
    assert_eq!(app.consultations.selected().unwrap().client, "K-ABC123");
    app.on_key(d);
    assert_eq!(
        app.status.as_deref(),
        Some("This consultation has no follow-up to mark done.")
    );
}

/// `u` on a weekly session asks for its last day and ends the series there,
/// in the audit trail; a day before the series starts is refused; old
/// information is marked until the session is saved from the form.
#[test]
fn a_coordinator_ends_a_series_and_old_sessions_say_so() {
    let (_dir, mut store, mut app) = seeded();
    let mut out = Vec::new();
    app.update(crate::tui::action::Action::Show(
        crate::tui::screen::Screen::Timetable,
    ));
    let o = app
        .timetable
        .selected()
        .cloned()
        .expect("a session on the 30th");
    let session = app.timetable.sessions()[o.session].clone();
    assert!(matches!(
        session.when,
        crate::model::SessionWhen::Weekly { .. }
    ));
    assert!(app.timetable.is_stale(session.id), "never checked: old");

    for (day, said) in [
        (
            "2020-01-01",
            "The series starts on 2022-04-13; it cannot end before that.",
        ),
        ("2022-12-31", "The series now ends on 2022-12-31"),
    ] {
        app.on_key(KeyEvent::from(KeyCode::Char('u')));
        assert!(
            matches!(app.popup, Some(Popup::Prompt(_))),
            "u asks for the day"
        );
        for _ in 0..10 {
            app.on_key(KeyEvent::from(KeyCode::Backspace));
        }
        for c in day.chars() {
            app.on_key(KeyEvent::from(KeyCode::Char(c)));
        }
        app.on_key(KeyEvent::from(KeyCode::Enter));
        run_pending(&mut app, &mut store, &mut out).unwrap();
        let status = app.status.clone().unwrap_or_default();
        assert!(status.starts_with(said), "{status}");
    }
    let stored = store.sessions().unwrap();
    let ended = stored.iter().find(|s| s.id == session.id).unwrap();
    let crate::model::SessionWhen::Weekly { valid_until, .. } = &ended.when else {
        panic!("still weekly");
    };
    assert_eq!(
        valid_until.map(|d| d.to_string()).as_deref(),
        Some("2022-12-31")
    );
    let query = crate::audit::Query {
        target: Some(session.id.to_string()),
        ..Default::default()
    };
    let entries = store.audit(&query).unwrap();
    // Newest first: the end of the series, after the seeding's creation.
    assert_eq!(entries.len(), 2, "{entries:?}");
    assert_eq!(entries[0].action, crate::audit::Action::Change);
    let after = entries[0].after.as_ref().unwrap();
    assert_eq!(after["valid_until"], "2022-12-31");
    assert!(entries[0].before.as_ref().unwrap()["valid_until"].is_null());

    // Saved from the form: checked today, no longer marked.
    let version = store.session_version(session.id).unwrap();
    app.effects
        .push(Effect::SaveSession(Box::new(ended.clone()), version));
    run_pending(&mut app, &mut store, &mut out).unwrap();
    assert!(!app.timetable.is_stale(session.id));
    let verified = store.sessions_verified().unwrap();
    assert_eq!(
        verified.get(&session.id).map(|d| d.to_string()).as_deref(),
        Some("2022-11-30")
    );
}

/// `x` on the timetable writes the week's calendar with each event's
/// version and last change, as the command line does: a session changed
/// since it was stored has SEQUENCE 1, so a calendar replaces it.
#[test]
fn the_week_exported_from_the_screen_carries_sequence_and_last_modified() {
    let (dir, mut store, app) = seeded();
    let session = store.sessions().unwrap().remove(0);
    let date = crate::timetable::next_dates(&session, chrono::NaiveDate::MIN, 1)[0];
    store
        .cancel_occurrence(session.id, date, "", "tester")
        .unwrap();
    let path = dir.path().join("week.ics");
    let week = crate::timetable::Week::containing(date);
    let mut out = Vec::new();
    run(
        Effect::ExportWeek {
            week,
            path: path.clone(),
            replace: false,
        },
        &app.env(),
        &mut store,
        &mut out,
    )
    .unwrap();
    let ics = std::fs::read_to_string(&path).unwrap();
    let uid = format!("UID:{}@pomost", session.id);
    let event = ics
        .split("BEGIN:VEVENT")
        .find(|e| e.contains(&uid))
        .expect("the changed session's event");
    assert!(event.contains("\r\nSEQUENCE:1\r\n"), "{event}");
    // The seeding clock's noon in Warsaw, in UTC; the clock runs on from
    // there, so the change lands within the first minute (not at :00 exactly
    // on a busy machine).
    assert!(event.contains("\r\nLAST-MODIFIED:20221130T1100"), "{event}");
}
