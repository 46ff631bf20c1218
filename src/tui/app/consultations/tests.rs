//! The draft offer, and the date ranges people type.

mod draft_offer {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    use crate::consultation::ConsultationDraft;
    use crate::i18n::Lang;
    use crate::model::Reference;
    use crate::tui::app::{App, Popup};
    use crate::tui::consultations::form::SavedDraft;
    use crate::tui::effect::Effect;
    use crate::tui::theme::Theme;

    fn saved() -> SavedDraft {
        SavedDraft {
            editing: None,
            draft: ConsultationDraft {
                at: "2022-11-30 12:00".into(),
                client: "KL-2024".into(),
                notes: "Odwołanie od decyzji".into(),
                ..ConsultationDraft::default()
            },
        }
    }

    /// Noon in Warsaw on 30 November 2022: the tests' "now".
    fn clock() -> crate::clock::Clock {
        let noon = chrono::NaiveDate::from_ymd_opt(2022, 11, 30)
            .and_then(|d| d.and_hms_opt(12, 0, 0))
            .unwrap();
        crate::clock::Clock::starting_at_warsaw(noon).unwrap()
    }

    /// An app offering `saved()`, kept at 11:30 UTC on 30 November 2022.
    fn offering() -> App {
        let mut app = App::new(
            Vec::new(),
            Reference::default(),
            Lang::En,
            Theme::plain(),
            clock(),
        );
        let json = serde_json::to_string(&saved()).unwrap();
        app.offer_draft(Some((json, "2022-11-30T11:30:00Z".into())));
        // The list under the question is read at once (not left empty).
        assert_eq!(app.take_effects(), [Effect::RefreshConsultations]);
        app
    }

    fn screen(app: &mut App) -> String {
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        terminal.draw(|f| crate::tui::ui::draw(f, app)).unwrap();
        let buffer = terminal.backend().buffer();
        buffer.content().iter().map(|c| c.symbol()).collect()
    }

    fn assert_offered(app: &mut App, after: &str) {
        match &app.popup {
            Some(Popup::DraftOffer(draft, when)) => {
                assert_eq!(**draft, saved(), "after {after}");
                assert_eq!(when, "2022-11-30 12:30", "after {after}");
            }
            _ => panic!("the offer is gone after {after}"),
        }
        assert!(app.take_effects().is_empty(), "after {after}");
        let text = screen(app).split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            text.contains("draft from 2022-11-30 12:30."),
            "after {after}: {text}"
        );
    }

    #[test]
    fn a_stray_key_or_a_paste_keeps_the_offer_with_its_time() {
        let mut app = offering();
        assert_offered(&mut app, "start");
        let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
        let alt = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT);
        for key in [
            KeyEvent::from(KeyCode::Char('x')),
            KeyEvent::from(KeyCode::Char('y')),
            KeyEvent::from(KeyCode::Char('n')),
            KeyEvent::from(KeyCode::Char('t')),
            KeyEvent::from(KeyCode::Char('q')),
            KeyEvent::from(KeyCode::Char('2')),
            KeyEvent::from(KeyCode::Char('ż')),
            KeyEvent::from(KeyCode::Esc),
            KeyEvent::from(KeyCode::Tab),
            KeyEvent::from(KeyCode::Backspace),
            KeyEvent::from(KeyCode::Up),
            KeyEvent::from(KeyCode::F(1)),
            ctrl('s'),
            ctrl('u'),
            alt('x'),
        ] {
            app.on_key(key);
            assert_offered(&mut app, &format!("{key:?}"));
        }
        app.on_paste("y\nsome text");
        assert_offered(&mut app, "a paste");
        // And the answer still works: the form opens with what was typed.
        app.on_key(KeyEvent::from(KeyCode::Enter));
        match &app.popup {
            Some(Popup::ConsultationForm(form)) => {
                let draft = form.draft();
                assert_eq!(
                    (
                        draft.at.as_str(),
                        draft.client.as_str(),
                        draft.notes.as_str()
                    ),
                    ("2022-11-30 12:00", "KL-2024", "Odwołanie od decyzji")
                );
            }
            _ => panic!("y opens the form"),
        }
    }

    #[test]
    fn a_draft_read_while_a_form_is_open_is_offered_when_it_closes() {
        let mut app = App::new(
            Vec::new(),
            Reference::default(),
            Lang::En,
            Theme::plain(),
            clock(),
        );
        // Typed before the data arrived: a new consultation, a client code.
        // F3 shows the Consultations screen (letters are typed into the
        // Services search).
        for c in "\u{3}n\t".chars() {
            let code = match c {
                '\t' => KeyCode::Tab,
                '\u{3}' => KeyCode::F(3),
                c => KeyCode::Char(c),
            };
            app.on_key(KeyEvent::from(code));
        }
        for c in "K-NEW".chars() {
            app.on_key(KeyEvent::from(KeyCode::Char(c)));
        }
        let json = serde_json::to_string(&saved()).unwrap();
        app.offer_draft(Some((json, "2022-11-30T11:30:00Z".into())));
        app.tick(
            chrono::NaiveDate::from_ymd_opt(2022, 11, 30)
                .and_then(|d| d.and_hms_opt(12, 30, 0))
                .unwrap(),
        );
        match &app.popup {
            Some(Popup::ConsultationForm(form)) => assert_eq!(form.client(), "K-NEW"),
            _ => panic!("the open form stays"),
        }
        // Closed (asked first: something was typed): now the offer comes.
        app.on_key(KeyEvent::from(KeyCode::Esc));
        app.on_key(KeyEvent::from(KeyCode::Char('y')));
        assert!(app.popup.is_none());
        assert!(
            app.tick(
                chrono::NaiveDate::from_ymd_opt(2022, 11, 30)
                    .and_then(|d| d.and_hms_opt(12, 31, 0))
                    .unwrap()
            )
        );
        app.take_effects();
        assert_offered(&mut app, "the form closed");
    }

    #[test]
    fn ctrl_d_discards_the_draft() {
        let mut app = offering();
        app.on_key(KeyEvent::new(KeyCode::Char('d'), KeyModifiers::CONTROL));
        assert!(app.popup.is_none());
        assert_eq!(app.take_effects(), [Effect::DeleteDraft]);
    }
}

mod parse_range {
    use super::super::parse_range;
    use chrono::NaiveDate;

    #[test]
    fn ranges_in_the_forms_people_type() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let cases = [
            ("2022-11-30", Some((d("2022-11-30"), d("2022-11-30")))),
            (
                "2022-11-01..2022-11-30",
                Some((d("2022-11-01"), d("2022-11-30"))),
            ),
            (
                "2022-11-30 2022-11-01",
                Some((d("2022-11-01"), d("2022-11-30"))),
            ),
            (
                "2022-11-01 - 2022-11-30",
                Some((d("2022-11-01"), d("2022-11-30"))),
            ),
            (
                "2022-11-01\u{2013}2022-11-30",
                Some((d("2022-11-01"), d("2022-11-30"))),
            ),
            (
                "2022-11-01 \u{2014} 2022-11-30",
                Some((d("2022-11-01"), d("2022-11-30"))),
            ),
            ("2022-02-30", None),
            ("listopad", None),
            // Polish day-first dates are not what the prompt asks for: refused,
            // not a panic (the en dash sits across byte 10).
            ("1.11.2022\u{2013}30.11.2022", None),
            ("2022-11-0\u{105}", None),
            ("2022-11-01\u{105}2022-11-30", None),
            ("2022-11-01..", Some((d("2022-11-01"), d("2022-11-01")))),
            ("-2022-11-01", None),
            (
                "2022-11-01..-2022-11-30",
                Some((d("2022-11-01"), d("2022-11-30"))),
            ),
            (
                "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}2022-11-01",
                None,
            ),
            ("", None),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_range(text), expected, "{text}");
        }
    }
}
