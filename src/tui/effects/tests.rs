//! The effects on a real database.
use crossterm::event::{KeyCode, KeyEvent};

use super::*;
use crate::consultation::{AgeBand, Channel, Gender, NewConsultation};
use crate::i18n::Lang;
use crate::model::Reference;
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
    app.on_key(KeyEvent::from(KeyCode::Char('2')));
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
    apply(save.clone(), &mut app, &mut store, &mut out).unwrap();
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
    apply(save, &mut app, &mut store, &mut out).unwrap();
    assert!(app.popup.is_none());
    assert_eq!(
        app.status.as_deref(),
        Some("Saved the consultation of client K-ABC123.")
    );
    assert_eq!(store.consultations(&all).unwrap().len(), 1);
    // What the next start reads: no draft to offer.
    let next_start = crate::tui::loader::load(&store, Lang::En, clock).unwrap();
    assert_eq!(next_start.draft, None);
}
