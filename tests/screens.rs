//! Screens drawn with ratatui's TestBackend from a real seeded database, driven
//! by the same key events a terminal sends.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use pomost::clock::Clock;
use pomost::i18n::Lang;
use pomost::model::Reference;
use pomost::seed;
use pomost::store::Store;
use pomost::tui::app::App;
use pomost::tui::screen::Screen;
use pomost::tui::theme::Theme;
use pomost::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};

#[path = "screens/ukrainian.rs"]
mod ukrainian;

#[path = "screens/panes.rs"]
mod panes;

/// Wednesday 30 November 2022, 12:30 in Warsaw: week 48, with the weekly
/// sessions and the first Forum meeting (Thursday 1 December).
fn fixed_now() -> chrono::NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2022, 11, 30)
        .and_then(|d| d.and_hms_opt(12, 30, 0))
        .expect("date")
}

/// A clock that reads [`fixed_now`] when the test starts.
fn clock() -> Clock {
    Clock::starting_at_warsaw(fixed_now()).expect("a Warsaw time")
}

fn app(lang: Lang, theme: Theme) -> App {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut store, _) = Store::open(&dir.path().join("pomost.db")).expect("open");
    seed::seed(&mut store, "tester", true).expect("seed");
    let reference = Reference {
        topics: store.topics().expect("topics"),
        counties: store.counties().expect("counties"),
    };
    App::new(
        store.services().expect("services"),
        reference,
        lang,
        theme,
        clock(),
    )
    .with_sessions(store.sessions().expect("sessions"))
}

fn timetable(lang: Lang) -> App {
    let mut app = app(lang, Theme::colored());
    alt(&mut app, '3');
    app
}

#[test]
fn timetable_week_polish_80x24() {
    let mut app = timetable(Lang::Pl);
    insta::assert_snapshot!(render(&mut app, 80, 24).backend());
}

#[test]
fn timetable_week_english_80x24() {
    let mut app = timetable(Lang::En);
    insta::assert_snapshot!(render(&mut app, 80, 24).backend());
}

#[test]
fn timetable_week_polish_160x48() {
    let mut app = timetable(Lang::Pl);
    keys(&mut app, "l");
    insta::assert_snapshot!(render(&mut app, 160, 48).backend());
}

#[test]
fn timetable_week_english_160x48() {
    let mut app = timetable(Lang::En);
    keys(&mut app, "l");
    insta::assert_snapshot!(render(&mut app, 160, 48).backend());
}

#[test]
fn timetable_agenda_on_a_narrow_terminal_60x20() {
    let mut app = timetable(Lang::En);
    insta::assert_snapshot!(render(&mut app, 60, 20).backend());
}

#[test]
fn timetable_go_to_an_impossible_date_says_so_and_keeps_the_week() {
    let mut app = timetable(Lang::En);
    let week = app.timetable.week();
    keys(&mut app, "g2022-02-30");
    press(&mut app, KeyCode::Enter);
    let text = screen_text(&mut app);
    assert!(
        text.contains("There is no day 2022-02-30: that month has 28 days."),
        "{text}"
    );
    assert_eq!(app.timetable.week(), week);
    for _ in 0..10 {
        press(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "2022-12-07");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.timetable.week().to_string(), "2022-W49");
    let text = screen_text(&mut app);
    assert!(
        text.contains("7 December 2022 (Wednesday), 11:00"),
        "{text}"
    );
}

#[test]
fn timetable_cancel_asks_for_a_reason_and_queues_the_change() {
    let mut app = timetable(Lang::En);
    let selected = app.timetable.selected().cloned().expect("a session today");
    keys(&mut app, "c");
    press(&mut app, KeyCode::Enter);
    assert!(screen_text(&mut app).contains("Give a reason"));
    keys(&mut app, "holiday");
    press(&mut app, KeyCode::Enter);
    let effects = app.take_effects();
    assert!(
        matches!(
            effects.as_slice(),
            [pomost::tui::effect::Effect::CancelOccurrence { date, reason, .. }]
                if *date == selected.date && reason == "holiday"
        ),
        "{effects:?}"
    );
}

/// The Consultations screen with two consultations of one client, logged
/// through the store, at the fixed time.
fn consultations(lang: Lang) -> App {
    use pomost::consultation::ConsultationDraft;
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut store, _) = Store::open(&dir.path().join("pomost.db")).expect("open");
    seed::seed(&mut store, "tester", true).expect("seed");
    let reference = Reference {
        topics: store.topics().expect("topics"),
        counties: store.counties().expect("counties"),
    };
    let services = store.services().expect("services");
    let known = services.iter().map(|s| s.id).collect();
    for (at, notes, topics) in [
        (
            "2022-11-29 10:15",
            "Pierwsza wizyta: karta pobytu.",
            vec!["legalisation"],
        ),
        (
            "2022-11-30 12:05",
            "Odwołanie od decyzji wojewody; skierowano do porady prawnej.",
            vec!["legalisation", "legal"],
        ),
    ] {
        let draft = ConsultationDraft {
            at: at.into(),
            client: "KL-2024".into(),
            topics: topics.into_iter().map(str::to_owned).collect(),
            country: "UA".into(),
            language: "uk".into(),
            county: "Gdańsk".into(),
            gender: "female".into(),
            age_band: "30-44".into(),
            channel: "in-person".into(),
            minutes: "30".into(),
            notes: notes.into(),
            ..ConsultationDraft::default()
        };
        let new = draft
            .validate(&reference, &known, fixed_now(), lang)
            .expect("valid");
        store.add_consultation(&new, "anna").expect("log");
    }
    let mut app = App::new(services, reference, lang, Theme::colored(), clock())
        .with_sessions(store.sessions().expect("sessions"));
    // The acting staff member is the Unix user; a fixed one keeps snapshots stable.
    app.consultations =
        pomost::tui::consultations::ConsultationsScreen::new("anna".into(), fixed_now().date());
    alt(&mut app, '2');
    app.consultations.today_only = false;
    let rows = store
        .consultations(&app.consultations.query())
        .expect("list");
    app.consultations.set_rows(rows.clone());
    app.consultations.set_earlier(rows[1..].to_vec());
    app
}

#[test]
fn consultations_polish_80x24() {
    let mut app = consultations(Lang::Pl);
    insta::assert_snapshot!(render(&mut app, 80, 24).backend());
}

#[test]
fn consultations_english_80x24() {
    let mut app = consultations(Lang::En);
    insta::assert_snapshot!(render(&mut app, 80, 24).backend());
}

#[test]
fn an_interpreter_needed_shows_in_the_list_and_the_details() {
    let mut app = consultations(Lang::En);
    let mut rows = app.consultations.rows().to_vec();
    rows[0].interpreter = Some("uk".into());
    app.consultations.set_rows(rows);
    let screen = render(&mut app, 120, 30).backend().to_string();
    assert!(screen.contains("(Interpreter: uk)"), "the list:\n{screen}");
    assert!(
        screen.contains("Interpreter: Ukrainian"),
        "the details:\n{screen}"
    );
}

#[test]
fn consultation_form_with_errors_beside_the_fields_english_80x24() {
    let mut app = consultations(Lang::En);
    keys(&mut app, "n");
    // Save at once: the client code and the topics are missing.
    app.on_key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL));
    assert!(
        app.take_effects()
            .iter()
            .all(|e| !matches!(e, pomost::tui::effect::Effect::SaveConsultation(..)))
    );
    insta::assert_snapshot!(render(&mut app, 80, 24).backend());
}

#[test]
fn h_asks_for_the_history_of_the_selected_consultation() {
    let mut app = consultations(Lang::En);
    let id = app.consultations.selected().expect("selected").id;
    keys(&mut app, "h");
    let effects = app.take_effects();
    assert!(
        effects.contains(&pomost::tui::effect::Effect::ShowHistory(id)),
        "{effects:?}"
    );
}

#[test]
fn consultations_filter_by_topic_and_date_range() {
    let mut app = consultations(Lang::En);
    app.take_effects();
    keys(&mut app, "tlegal adv");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.consultations.topic.as_deref(), Some("legal"));
    assert_eq!(app.consultations.query().topic.as_deref(), Some("legal"));
    keys(&mut app, "g2022-11-29..2022-11-30");
    press(&mut app, KeyCode::Enter);
    let q = app.consultations.query();
    assert_eq!(q.from.map(|d| d.to_string()).as_deref(), Some("2022-11-29"));
    assert_eq!(q.to.map(|d| d.to_string()).as_deref(), Some("2022-11-30"));
    assert!(
        app.take_effects()
            .contains(&pomost::tui::effect::Effect::RefreshConsultations)
    );
    keys(&mut app, "g2022-02-30");
    press(&mut app, KeyCode::Enter);
    assert!(screen_text(&mut app).contains("is not a date"));
}

#[test]
fn consultations_filter_by_client_and_new_codes_are_checked() {
    let mut app = consultations(Lang::En);
    keys(&mut app, "cJan Kowalski");
    press(&mut app, KeyCode::Enter);
    assert!(screen_text(&mut app).contains("a code, not a name"));
    for _ in 0.."Jan Kowalski".len() {
        press(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "kl-2024");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.consultations.query().client.as_deref(), Some("KL-2024"));
    app.take_effects();
    // In the form, Ctrl-N on the client code proposes a code the app then
    // checks against the database.
    keys(&mut app, "n");
    press(&mut app, KeyCode::Tab);
    app.on_key(KeyEvent::new(KeyCode::Char('n'), KeyModifiers::CONTROL));
    let effects = app.take_effects();
    assert!(
        effects.iter().any(|e| matches!(e, pomost::tui::effect::Effect::EnsureUniqueCode(c) if c.starts_with("K-") && c.len() == 8)),
        "{effects:?}"
    );
}

#[test]
fn v_verifies_and_d_asks_before_retiring_the_selected_service() {
    use pomost::tui::effect::Effect;
    let mut app = app(Lang::En, Theme::colored());
    let id = app.services.selected().expect("selected").id;
    alt(&mut app, 'v');
    assert_eq!(app.take_effects(), [Effect::VerifyService(id)]);
    alt(&mut app, 'd');
    assert!(screen_text(&mut app).contains("Retire the service"));
    keys(&mut app, "n");
    assert!(app.take_effects().is_empty(), "any key but y keeps it");
    alt(&mut app, 'd');
    keys(&mut app, "y");
    assert_eq!(
        app.take_effects(),
        [Effect::SetServiceStatus(
            id,
            pomost::model::ServiceStatus::Defunct
        )]
    );
}

#[test]
fn star_hides_client_codes_and_notes_and_says_so() {
    let mut app = consultations(Lang::En);
    assert!(screen_text(&mut app).contains("KL-2024"));
    keys(&mut app, "*");
    let text = screen_text(&mut app);
    assert!(!text.contains("KL-2024"), "{text}");
    assert!(!text.contains("Odwołanie"), "{text}");
    assert!(text.contains("data hidden *"));
    keys(&mut app, "*");
    assert!(screen_text(&mut app).contains("KL-2024"));
}

/// The Reports tab over a database holding one consultation (30 November
/// 2022, two topics), and that database's path (it lasts as long as the
/// directory).
fn reports(lang: Lang) -> (tempfile::TempDir, std::path::PathBuf, App) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("pomost.db");
    let (mut store, _) = Store::open(&db).expect("open");
    seed::seed(&mut store, "tester", true).expect("seed");
    let reference = Reference {
        topics: store.topics().expect("topics"),
        counties: store.counties().expect("counties"),
    };
    let draft = pomost::consultation::ConsultationDraft {
        at: "2022-11-30 10:00".into(),
        client: "KL-1".into(),
        topics: vec!["legal".into(), "crisis".into()],
        ..Default::default()
    };
    let new = draft
        .validate(&reference, &Default::default(), fixed_now(), lang)
        .expect("valid");
    store.add_consultation(&new, "anna").expect("log");
    let mut app = App::new(
        store.services().expect("services"),
        reference,
        lang,
        Theme::colored(),
        clock(),
    )
    .with_sessions(Vec::new());
    alt(&mut app, '4');
    (dir, db, app)
}

/// Waits (at most 10 s) for the report being computed to reach the screen.
fn report_arrives(app: &mut App) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !app.tick(fixed_now()) {
        assert!(std::time::Instant::now() < deadline, "the report arrives");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

#[test]
fn reports_are_computed_off_the_screen_and_shown_with_totals() {
    let (_dir, db, mut app) = reports(Lang::En);
    assert_eq!(
        app.take_effects(),
        [pomost::tui::effect::Effect::ComputeReport]
    );
    app.compute_report(db.clone(), fixed_now().date());
    assert!(screen_text(&mut app).contains("computing"));
    report_arrives(&mut app);
    let text = screen_text(&mut app);
    assert!(text.contains("this month"), "{text}");
    assert!(text.contains("Legal advice"), "{text}");
    assert!(text.contains("Consultations: 1"), "{text}");
    // The next key changes the breakdown and asks for new numbers.
    keys(&mut app, "l");
    assert_eq!(
        app.take_effects(),
        [pomost::tui::effect::Effect::ComputeReport]
    );
    // Chosen dates: an impossible range is refused, a month without the
    // consultation counts none.
    keys(&mut app, "g2022-13-01");
    press(&mut app, KeyCode::Enter);
    assert!(app.take_effects().is_empty());
    assert!(screen_text(&mut app).contains("is not a date"));
    for _ in 0.."2022-13-01".len() {
        press(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "2022-10-31..2022-10-01");
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.take_effects(),
        [pomost::tui::effect::Effect::ComputeReport]
    );
    app.compute_report(db.clone(), fixed_now().date());
    report_arrives(&mut app);
    let text = screen_text(&mut app);
    assert!(text.contains("chosen dates"), "{text}");
    assert!(text.contains("2022-10-01 – 2022-10-31"), "{text}");
    assert!(text.contains("Consultations: 0"), "{text}");
    // `p` leaves chosen dates for this month again.
    keys(&mut app, "p");
    assert!(screen_text(&mut app).contains("this month"));
}

fn screen_text(app: &mut App) -> String {
    let terminal = render(app, 100, 30);
    let buffer = terminal.backend().buffer();
    let width = usize::from(buffer.area.width);
    buffer
        .content()
        .chunks(width)
        .map(|row| row.iter().map(|c| c.symbol()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

fn keys(app: &mut App, text: &str) {
    for c in text.chars() {
        app.on_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
}

/// Alt with a key: the commands where letters are typed (the Services
/// screen), and the screens (Alt-1…4).
fn alt(app: &mut App, c: char) {
    app.on_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT));
}

fn press(app: &mut App, code: KeyCode) {
    app.on_key(KeyEvent::new(code, KeyModifiers::NONE));
}

fn render(app: &mut App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal.draw(|f| ui::draw(f, app)).expect("draw");
    terminal
}

#[test]
fn services_screen_polish_80x24() {
    let mut app = app(Lang::Pl, Theme::colored());
    insta::assert_snapshot!(render(&mut app, 80, 24).backend());
}

#[test]
fn services_screen_english_80x24() {
    let mut app = app(Lang::En, Theme::colored());
    insta::assert_snapshot!(render(&mut app, 80, 24).backend());
}

/// Every word of a text wrapped in bidirectional controls: an override
/// (U+202E), an isolate (U+2067 … U+2069) and the marks RLM and ALM.
fn with_bidi_controls(text: &str) -> String {
    text.split(' ')
        .map(|w| format!("\u{202e}{w}\u{2067}\u{200f}\u{2069}\u{61c}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The services and timetable screens over data whose every name, title and
/// topic label holds bidirectional controls are drawn cell for cell as over
/// the same data without them: a right-to-left override can neither shift
/// the frame nor reach the terminal.
#[test]
fn bidirectional_controls_in_stored_text_do_not_shift_the_frame() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut store, _) = Store::open(&dir.path().join("pomost.db")).expect("open");
    seed::seed(&mut store, "tester", true).expect("seed");
    let reference = Reference {
        topics: store.topics().expect("topics"),
        counties: store.counties().expect("counties"),
    };
    let services = store.services().expect("services");
    let sessions = store.sessions().expect("sessions");

    let mut hostile_reference = reference.clone();
    for t in &mut hostile_reference.topics {
        t.pl = with_bidi_controls(&t.pl);
        t.en = with_bidi_controls(&t.en);
    }
    let mut hostile_services = services.clone();
    for s in &mut hostile_services {
        s.name.text = with_bidi_controls(&s.name.text);
        s.name.en = s.name.en.as_deref().map(with_bidi_controls);
        s.description.text = with_bidi_controls(&s.description.text);
        if let Some(org) = &mut s.organization {
            let org = std::sync::Arc::make_mut(org);
            org.name.text = with_bidi_controls(&org.name.text);
        }
    }
    let mut hostile_sessions = sessions.clone();
    for s in &mut hostile_sessions {
        s.title.text = with_bidi_controls(&s.title.text);
        s.title.en = s.title.en.as_deref().map(with_bidi_controls);
    }

    for lang in Lang::ALL {
        let mut clean = App::new(
            services.clone(),
            reference.clone(),
            lang,
            Theme::colored(),
            clock(),
        )
        .with_sessions(sessions.clone());
        let mut hostile = App::new(
            hostile_services.clone(),
            hostile_reference.clone(),
            lang,
            Theme::colored(),
            clock(),
        )
        .with_sessions(hostile_sessions.clone());
        for screen in ['1', '3'] {
            alt(&mut clean, screen);
            alt(&mut hostile, screen);
            let expected = render(&mut clean, 80, 24);
            let drawn = render(&mut hostile, 80, 24);
            let buffer = drawn.backend().buffer();
            assert!(
                buffer
                    .content()
                    .iter()
                    .all(|c| !c.symbol().chars().any(pomost::text::is_bidi_control)),
                "a bidirectional control reached the screen {screen} ({lang:?}):\n{}",
                drawn.backend()
            );
            assert_eq!(
                buffer,
                expected.backend().buffer(),
                "screen {screen} ({lang:?}) is drawn differently:\n{}",
                drawn.backend()
            );
        }
    }
}

#[test]
fn search_with_a_filter_polish_80x24() {
    let mut app = app(Lang::Pl, Theme::colored());
    keys(&mut app, "jezyk");
    alt(&mut app, 't');
    keys(&mut app, "jezyk");
    press(&mut app, KeyCode::Enter);
    insta::assert_snapshot!(render(&mut app, 80, 24).backend());
}

#[test]
fn topic_picker_polish_80x24() {
    let mut app = app(Lang::Pl, Theme::colored());
    alt(&mut app, 't');
    insta::assert_snapshot!(render(&mut app, 80, 24).backend());
}

#[test]
fn help_overlay_polish_80x24() {
    let mut app = app(Lang::Pl, Theme::colored());
    press(&mut app, KeyCode::F(1));
    insta::assert_snapshot!(render(&mut app, 80, 24).backend());
}

#[test]
fn help_overlay_english_80x24() {
    let mut app = app(Lang::En, Theme::colored());
    press(&mut app, KeyCode::F(1));
    insta::assert_snapshot!(render(&mut app, 80, 24).backend());
}

#[test]
fn narrow_terminal_stacks_the_panes_60x20() {
    let mut app = app(Lang::En, Theme::colored());
    insta::assert_snapshot!(render(&mut app, 60, 20).backend());
}

#[test]
fn too_small_terminal_says_so() {
    let mut app = app(Lang::En, Theme::colored());
    let terminal = render(&mut app, 50, 10);
    let text: String = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    assert!(text.contains("Terminal too small (50×10)"), "{text}");
    assert!(text.contains("60×16"));
}

#[test]
fn without_colour_the_selection_is_reverse_video_and_nothing_is_coloured() {
    let mut app = app(Lang::En, Theme::plain());
    let terminal = render(&mut app, 80, 24);
    let buffer = terminal.backend().buffer();
    for cell in buffer.content() {
        assert_eq!(cell.fg, Color::Reset, "no foreground colour: {cell:?}");
        assert_eq!(cell.bg, Color::Reset, "no background colour: {cell:?}");
    }
    let marker = buffer
        .content()
        .iter()
        .position(|c| c.symbol() == "›")
        .expect("selection marker");
    assert!(
        buffer.content()[marker]
            .modifier
            .contains(Modifier::REVERSED)
    );
}

#[test]
fn alt_numbers_and_f_keys_switch_the_screens() {
    let mut app = app(Lang::En, Theme::colored());
    // A digit typed on the Services screen is a letter of the search.
    keys(&mut app, "2");
    assert_eq!(app.screen, Screen::Services);
    press(&mut app, KeyCode::Esc);
    for (key, tab, shown) in [
        ('2', Screen::Consultations, "today, everyone's"),
        ('3', Screen::Timetable, "Week 2022-W48"),
        ('4', Screen::Reports, "this month"),
        ('1', Screen::Services, "Services 31/31"),
    ] {
        alt(&mut app, key);
        assert_eq!(app.screen, tab);
        let text = screen_text(&mut app);
        assert!(text.contains(shown), "Alt-{key}: {text}");
        // F2…F5 as well.
        alt(&mut app, '1');
        let f = 2 + key.to_digit(10).unwrap_or(1) as u8 - 1;
        press(&mut app, KeyCode::F(f));
        assert_eq!(app.screen, tab, "F{f}");
    }
}

#[test]
fn y_copies_the_contact_and_says_so() {
    let mut app = app(Lang::En, Theme::colored());
    keys(&mut app, "career counselling");
    alt(&mut app, 'y');
    let effects = app.take_effects();
    let Some(pomost::tui::effect::Effect::Clipboard(copied)) = effects.first() else {
        panic!("a clipboard write is asked for: {effects:?}");
    };
    assert!(copied.contains("pomorze@cwii.org.pl"), "{copied}");
    assert!(
        app.status
            .as_deref()
            .is_some_and(|s| s.starts_with("Contact copied"))
    );
}

/// A new service named "Porady" with the e-mail `porady@`, after `Ctrl-S`.
fn service_form_with_a_wrong_email(lang: Lang) -> App {
    let mut app = app(lang, Theme::colored());
    alt(&mut app, 'n');
    keys(&mut app, "Porady");
    // Down to the e-mail: a wrong address, then save.
    for _ in 0..10 {
        press(&mut app, KeyCode::Tab);
    }
    keys(&mut app, "porady@");
    app.on_key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL));
    app
}

#[test]
fn service_form_shows_each_problem_beside_its_field_english_80x24() {
    let mut app = service_form_with_a_wrong_email(Lang::En);
    let text = screen_text(&mut app);
    assert!(text.contains("New service"), "{text}");
    assert!(
        text.contains("not an e-mail address: \"porady@\""),
        "{text}"
    );
    insta::assert_snapshot!(render(&mut app, 80, 24).backend());
}

#[test]
fn reports_and_directory_changes_are_for_coordinators() {
    let mut app = app(Lang::En, Theme::colored());
    app.role = pomost::staff::Role::Desk;
    alt(&mut app, 'e');
    let text = screen_text(&mut app);
    assert!(!text.contains("Edit service"), "{text}");
    assert!(
        text.contains("This needs the coordinator role;") && text.contains("is desk."),
        "{text}"
    );
    alt(&mut app, '4');
    let text = screen_text(&mut app);
    assert!(
        text.contains("Reports and the audit trail are for coordinators; you are desk."),
        "{text}"
    );
    // Their footer offers none of the reports' keys.
    let footer = text
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("");
    assert!(
        !footer.contains("breakdown") && !footer.contains("audit"),
        "{footer}"
    );
    assert!(footer.contains("help"), "{footer}");
    // No report is computed for them, and `a` shows no audit trail.
    assert!(app.reports.report().is_none() && !app.reports.computing());
    keys(&mut app, "a");
    assert!(app.reports.audit.is_none());
}

#[test]
fn help_taller_than_the_window_scrolls_to_its_last_keys() {
    let mut app = app(Lang::En, Theme::colored());
    press(&mut app, KeyCode::F(1));
    // 16 rows: the smallest screen drawn, where the help does not fit.
    let first = render(&mut app, 80, 16);
    let text = |t: &Terminal<TestBackend>| {
        let buffer = t.backend().buffer();
        buffer
            .content()
            .chunks(usize::from(buffer.area.width))
            .map(|row| row.iter().map(|c| c.symbol()).collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let top = text(&first);
    assert!(top.contains("j/k ↑↓ scroll"), "{top}");
    assert!(!top.contains("clear filters"), "{top}");
    for _ in 0..40 {
        keys(&mut app, "j");
    }
    let bottom = text(&render(&mut app, 80, 16));
    // The last keys (the service form's) are in view, and the top scrolled away.
    assert!(bottom.contains("change the choice"), "{bottom}");
    assert!(!bottom.contains("Everywhere"), "{bottom}");
    keys(&mut app, "?");
    assert!(app.popup.is_none());
}

/// How the query was read (the place and the topic) is shown whole above
/// the results, on a line of its own, at 80×24 in every language; on a wide
/// screen on one line.
#[test]
fn the_services_list_shows_how_the_query_was_read_whole() {
    let rows = |app: &mut App, width: u16, height: u16| -> Vec<String> {
        let terminal = render(app, width, height);
        let buffer = terminal.backend().buffer();
        buffer
            .content()
            .chunks(usize::from(buffer.area.width))
            .map(|row| row.iter().map(|c| c.symbol()).collect::<String>())
            .collect()
    };
    for (lang, parts) in [
        (Lang::En, ["Read as: place: Słupsk", "topic: Legal advice"]),
        (
            Lang::Pl,
            ["Odczytano: miejsce: Słupsk", "temat: Porady prawne"],
        ),
        (
            Lang::Uk,
            ["Прочитано: місце: Słupsk", "тема: Юридичні консультації"],
        ),
    ] {
        let mut app = app(lang, Theme::colored());
        keys(&mut app, "prawnik w Słupsku");
        let small = rows(&mut app, 80, 24);
        for part in parts {
            assert!(
                small.iter().any(|r| r.contains(part)),
                "{lang:?} {part}:\n{}",
                small.join("\n")
            );
        }
        let wide = rows(&mut app, 200, 30);
        let line = parts.join(" · ");
        assert!(
            wide.iter().any(|r| r.contains(&line)),
            "{}",
            wide.join("\n")
        );
        assert!(wide.iter().any(|r| r.contains("› ")), "{}", wide.join("\n"));
    }
}

/// Thursday of week 48: the social workers' meeting 13:00–15:00 and the
/// Forum at 14:00 overlap; the day is too narrow for two readable lanes, so
/// the Forum is a "+1" on the meeting's block and, selected, is drawn
/// itself with the meeting listed in its details.
#[test]
fn timetable_week_with_overlapping_sessions_english_100x30() {
    let mut app = timetable(Lang::En);
    keys(&mut app, "l");
    let first = screen_text(&mut app);
    assert!(first.contains("13:00 ? +1"), "old and one more: {first}");
    assert!(
        first.contains("social"),
        "the audience tells it apart: {first}"
    );
    keys(&mut app, "j");
    insta::assert_snapshot!(render(&mut app, 100, 30).backend());
}

/// With the services' opening hours shown (`s`), many overlap: each shown
/// block keeps its text whole, the others are counted.
#[test]
fn timetable_week_with_opening_hours_english_120x40() {
    let mut app = timetable(Lang::En);
    keys(&mut app, "s");
    insta::assert_snapshot!(render(&mut app, 120, 40).backend());
}

/// "Not saved: correct the marked fields." goes once the last marked field
/// is corrected (not before).
#[test]
fn the_correct_the_fields_message_goes_with_the_last_problem() {
    let mut app = consultations(Lang::En);
    keys(&mut app, "n");
    app.on_key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL));
    let asked = "Not saved: correct the marked fields.";
    assert!(screen_text(&mut app).contains(asked));
    // The focus is on the client code, the first marked field.
    keys(&mut app, "AB-123");
    assert!(
        screen_text(&mut app).contains(asked),
        "the topics are still marked"
    );
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "crisis");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Enter);
    let text = screen_text(&mut app);
    assert!(text.contains("Crisis intervention"), "{text}");
    assert!(!text.contains(asked), "{text}");
}

/// Stored words that repeat the screen's own are not said twice: the
/// Forum's place named "Online", a cost stored as "Free of charge".
#[test]
fn details_do_not_repeat_online_or_free_of_charge() {
    for (lang, query, shown, not_shown) in [
        (
            Lang::Pl,
            "forum wymiany",
            "Gdzie: online",
            "online · Online",
        ),
        (
            Lang::En,
            "forum exchange",
            "Where: online",
            "online · Online",
        ),
        (
            Lang::En,
            "pomorskie spotkania",
            "Cost: free of charge",
            "Free of charge",
        ),
    ] {
        let mut app = app(lang, Theme::colored());
        keys(&mut app, query);
        let text = screen_text(&mut app);
        assert!(text.contains(shown), "{lang:?} {query}: {text}");
        assert!(!text.contains(not_shown), "{lang:?} {query}: {text}");
    }
}

/// With retired services shown (`Alt-w`), each says so in the list.
#[test]
fn retired_services_are_marked_when_shown() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut store, _) = Store::open(&dir.path().join("pomost.db")).expect("open");
    seed::seed(&mut store, "tester", true).expect("seed");
    let retired = store.services().expect("services").remove(0);
    store
        .set_service_status(retired.id, pomost::model::ServiceStatus::Defunct, "tester")
        .expect("retire");
    let reference = Reference {
        topics: store.topics().expect("topics"),
        counties: store.counties().expect("counties"),
    };
    let services = store.services().expect("services");
    let mut app = App::new(services, reference, Lang::En, Theme::colored(), clock());
    let name = retired.name.get(Lang::En).to_owned();
    keys(&mut app, &name);
    alt(&mut app, 'w');
    let text = screen_text(&mut app);
    let short: String = name.chars().take(20).collect();
    assert!(text.contains(&format!("✗ retired · {short}")), "{text}");
}

/// The referral list uses the width a wide terminal has, and is in the
/// alphabetical order of the names as shown (English names in English).
#[test]
fn the_referral_list_is_wide_and_sorted_by_the_shown_names() {
    let mut app = consultations(Lang::En);
    keys(&mut app, "n");
    for _ in 0..3 {
        press(&mut app, KeyCode::Tab);
    }
    press(&mut app, KeyCode::Enter);
    let text = screen_text_at(&mut app, 160, 48);
    let top = text
        .lines()
        .find(|l| l.contains("Refer to services"))
        .expect("the list's title row");
    let start = top.find('┌').expect("the corner");
    let width = top[start..]
        .find('┐')
        .map(|end| top[start..start + end].chars().count());
    assert!(width.is_some_and(|w| w > 60), "wider than 48: {top}");
    let names: Vec<String> = text
        .lines()
        .filter_map(|l| l.split_once("[ ] ").map(|(_, rest)| rest))
        .map(|rest| rest.split('│').next().unwrap_or("").trim().to_owned())
        .collect();
    assert!(names.len() > 5, "{text}");
    let key = |n: &String| pomost::text::fold(n.trim_start_matches(|c: char| !c.is_alphanumeric()));
    let mut sorted = names.clone();
    sorted.sort_by_key(key);
    assert_eq!(names, sorted, "{text}");
    assert!(
        !names.iter().any(|n| n.contains("Poradnictwo")),
        "English names: {names:?}"
    );
}

fn screen_text_at(app: &mut App, width: u16, height: u16) -> String {
    let terminal = render(app, width, height);
    let buffer = terminal.backend().buffer();
    buffer
        .content()
        .chunks(usize::from(width))
        .map(|row| row.iter().map(|c| c.symbol()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}
