//! Text into the screen through the key path a terminal drives (synthetic key
//! events and bracketed pastes into `App`, a frame drawn at 80×24 as the
//! event loop draws it): random Unicode typed and pasted into every prompt,
//! form field, search line and list filter must never panic; and a paste
//! lands in whatever field has the focus.

use std::panic::{AssertUnwindSafe, catch_unwind};

use chrono::{NaiveDate, NaiveDateTime};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use pomost::consultation::ConsultationDraft;
use pomost::i18n::Lang;
use pomost::seed;
use pomost::staff::Role;
use pomost::store::Store;
use pomost::tui::app::{App, Popup};
use pomost::tui::consultations::Focus;
use pomost::tui::consultations::form::SavedDraft;
use pomost::tui::effect::Effect;
use pomost::tui::screen::Screen;
use pomost::tui::services::Pane;
use pomost::tui::theme::Theme;
use pomost::tui::{loader, ui};

#[path = "typing/random.rs"]
mod random;
use random::{Input, Rng, inputs, random_text, random_words};

// ---------------------------------------------------------------- the screen

/// Wednesday 30 November 2022, 12:30 in Warsaw: there is a session that day.
fn fixed_now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2022, 11, 30)
        .and_then(|d| d.and_hms_opt(12, 30, 0))
        .expect("date")
}

/// A seeded database with one consultation, and the app opened on it the way
/// the event loop opens it (first frame, then the loaded data), with a report
/// computed (so `x` on the Reports tab asks for a file).
struct Desk {
    _dir: tempfile::TempDir,
    store: Store,
    app: App,
}

fn desk(lang: Lang) -> Desk {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("pomost.db");
    let (mut store, _) = Store::open(&db).expect("open");
    seed::seed(&mut store, "tester", true).expect("seed");
    let draft = ConsultationDraft {
        at: "2022-11-30 10:00".into(),
        client: "KL-2024".into(),
        topics: vec!["legal".into()],
        notes: "Odwołanie od decyzji wojewody".into(),
        ..ConsultationDraft::default()
    };
    let reference = pomost::model::Reference {
        topics: store.topics().expect("topics"),
        counties: store.counties().expect("counties"),
    };
    let new = draft
        .validate(&reference, &Default::default(), fixed_now(), lang)
        .expect("valid");
    store.add_consultation(&new, "anna").expect("log");

    let clock = pomost::clock::Clock::starting_at_warsaw(fixed_now()).expect("a Warsaw time");
    let mut app = App::loading(lang, Theme::colored(), clock);
    app.set_loaded(Ok(
        loader::load(&store, &app.user, lang, clock).expect("load")
    ));
    app.consultations.today_only = false;
    let rows = store
        .consultations(&app.consultations.query())
        .expect("list");
    app.consultations.set_rows(rows);
    app.compute_report(db, fixed_now().date());
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !app.tick(fixed_now()) {
        assert!(std::time::Instant::now() < deadline, "the report arrives");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    app.take_effects();
    Desk {
        _dir: dir,
        store,
        app,
    }
}

fn key(app: &mut App, code: KeyCode) {
    app.on_key(KeyEvent::new(code, KeyModifiers::NONE));
}

fn keys(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

/// Alt with a key: the commands of the screens where letters are typed.
fn alt(app: &mut App, c: char) {
    app.on_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT));
}

/// Shows the screen of tab `tab` (Alt-1…4), then presses `then` there.
fn on(app: &mut App, tab: char, then: &str) {
    alt(app, tab);
    keys(app, then);
}

fn tabs(app: &mut App, n: usize) {
    for _ in 0..n {
        key(app, KeyCode::Tab);
    }
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &mut App) {
    terminal.draw(|f| ui::draw(f, app)).expect("draw");
}

fn screen_text(app: &mut App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    draw(&mut terminal, app);
    let buffer = terminal.backend().buffer();
    let text: String = buffer.content().iter().map(|c| c.symbol()).collect();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Back to the Services search, empty, with nothing open, as after Esc.
fn home(app: &mut App) {
    app.popup = None;
    app.services.focus = Pane::Search;
    app.consultations.focus = Focus::List;
    app.reports.audit = None;
    alt(app, '1');
    key(app, KeyCode::Esc);
    app.take_effects();
}

// ---------------------------------------------------------------- every place text goes

/// Where text can be typed, and the keys that lead there from [`home`].
struct Target {
    name: String,
    open: Box<dyn Fn(&mut App)>,
}

fn target(name: impl Into<String>, open: impl Fn(&mut App) + 'static) -> Target {
    Target {
        name: name.into(),
        open: Box::new(open),
    }
}

/// The consultation form's fields, in Tab order; the lists behind the
/// picked ones.
const CONSULTATION_FIELDS: usize = 14;
const CONSULTATION_LISTS: [usize; 6] = [2, 3, 4, 5, 6, 7];
/// The service form's fields; the organisation, topics and counties lists.
const SERVICE_FIELDS: usize = 22;
const SERVICE_LISTS: [usize; 3] = [2, 6, 8];
/// The session form's fields shown for a weekly session (the date is hidden).
const SESSION_FIELDS: usize = 15;

/// Every prompt, form field, search line and list filter of the screen,
/// found from the key map (`/`, `t` `l` `c`, `g`, `x`, `n`, `e` …) and the
/// forms' fields.
fn targets() -> Vec<Target> {
    let mut all = vec![
        target("services search line", |_| {}),
        target("topic filter list", |a| alt(a, 't')),
        target("language filter list", |a| alt(a, 'l')),
        target("county filter list", |a| alt(a, 'c')),
        target("retire question", |a| alt(a, 'd')),
        target("help", |a| key(a, KeyCode::F(1))),
        target("consultations search line", |a| on(a, '2', "/")),
        target("consultations date range", |a| on(a, '2', "g")),
        target("consultations client code", |a| on(a, '2', "c")),
        target("consultations topic list", |a| on(a, '2', "t")),
        target("timetable go to date", |a| on(a, '3', "g")),
        target("timetable export file", |a| on(a, '3', "x")),
        target("timetable cancel reason", |a| {
            on(a, '3', "c");
        }),
        target("report date range", |a| on(a, '4', "g")),
        target("report export file", |a| on(a, '4', "x")),
        target("draft offer", |a| {
            let saved = SavedDraft {
                editing: None,
                draft: ConsultationDraft {
                    client: "KL-1".into(),
                    ..ConsultationDraft::default()
                },
            };
            a.popup = Some(Popup::DraftOffer(
                Box::new(saved),
                "2022-11-30 12:30".into(),
            ));
        }),
    ];
    for i in 0..CONSULTATION_FIELDS {
        all.push(target(format!("consultation form field {i}"), move |a| {
            on(a, '2', "n");
            tabs(a, i);
        }));
    }
    for i in CONSULTATION_LISTS {
        all.push(target(format!("consultation form list {i}"), move |a| {
            on(a, '2', "n");
            tabs(a, i);
            key(a, KeyCode::Enter);
        }));
    }
    for i in [1, 12] {
        all.push(target(
            format!("consultation correction field {i}"),
            move |a| {
                on(a, '2', "e");
                tabs(a, i);
            },
        ));
    }
    for i in 0..SERVICE_FIELDS {
        all.push(target(format!("service form field {i}"), move |a| {
            alt(a, 'n');
            tabs(a, i);
        }));
    }
    for i in SERVICE_LISTS {
        all.push(target(format!("service form list {i}"), move |a| {
            alt(a, 'n');
            tabs(a, i);
            key(a, KeyCode::Enter);
        }));
    }
    for i in [0, 4, 9] {
        all.push(target(format!("service edit field {i}"), move |a| {
            alt(a, 'e');
            tabs(a, i);
        }));
    }
    for i in 0..SESSION_FIELDS {
        all.push(target(format!("session form field {i}"), move |a| {
            on(a, '3', "n");
            tabs(a, i);
        }));
    }
    // A one-off session shows its date instead of days and validity.
    all.push(target("session form date of a one-off", |a| {
        on(a, '3', "n");
        tabs(a, 9);
        key(a, KeyCode::Right);
        tabs(a, 2);
    }));
    all
}

/// How many texts each place gets; `POMOST_INPUT_CASES` asks for more, and
/// `POMOST_INPUT_SEED` for another (still repeatable) sequence.
fn cases_and_seed() -> (usize, u64) {
    let var = |name: &str| std::env::var(name).ok().and_then(|v| v.parse().ok());
    (
        var("POMOST_INPUT_CASES").map_or(4, |n: u64| n as usize),
        var("POMOST_INPUT_SEED").unwrap_or(0x706f_6d6f_7374),
    )
}

/// Feeds random text to each target in turn, drawing a frame at 80×24 after
/// each key (after every 16th, and the last, of a long text); a panic names
/// the place and the input so it can be replayed.
fn type_everywhere(lang: Lang, targets: Vec<Target>, salt: u64) {
    let mut desk = desk(lang);
    let (cases, seed) = cases_and_seed();
    let mut rng = Rng(seed ^ salt);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    for target in &targets {
        for case in 0..cases {
            let text = random_text(&mut rng);
            let inputs = inputs(&mut rng, &text);
            let every = if inputs.len() > 64 { 16 } else { 1 };
            let app = &mut desk.app;
            let fed = catch_unwind(AssertUnwindSafe(|| {
                home(app);
                (target.open)(app);
                draw(&mut terminal, app);
                for (i, input) in inputs.iter().enumerate() {
                    match input {
                        Input::Key(ev) => app.on_key(*ev),
                        Input::Paste(text) => app.on_paste(text),
                    }
                    if i % every == 0 || i + 1 == inputs.len() {
                        draw(&mut terminal, app);
                    }
                }
            }));
            if fed.is_err() {
                panic!(
                    "{}, text {case} ({lang:?}) panicked; the text: {text:?}; the inputs: {inputs:?}",
                    target.name
                );
            }
            // A search typed on the Consultations screen goes to the
            // full-text index when the list is read again: it must be a
            // query, never an error.
            if target.name.starts_with("consultations search") {
                let query = desk.app.consultations.query();
                if let Err(e) = desk.store.consultations(&query) {
                    panic!("full-text search for {:?} failed: {e}", query.text);
                }
            }
            desk.app.take_effects();
        }
    }
}

fn some_targets(filter: impl Fn(&str) -> bool) -> Vec<Target> {
    targets().into_iter().filter(|t| filter(&t.name)).collect()
}

#[test]
fn random_unicode_in_prompts_search_lines_and_lists_never_panics() {
    let targets = some_targets(|n| !n.contains("form") && !n.contains("edit"));
    assert!(targets.len() >= 15);
    type_everywhere(Lang::En, targets, 1);
}

#[test]
fn random_unicode_in_every_field_of_the_consultation_form_never_panics() {
    let targets = some_targets(|n| n.starts_with("consultation form") || n.contains("correction"));
    assert_eq!(
        targets.len(),
        CONSULTATION_FIELDS + CONSULTATION_LISTS.len() + 2
    );
    type_everywhere(Lang::Pl, targets, 2);
}

#[test]
fn random_unicode_in_every_field_of_the_service_and_session_forms_never_panics() {
    let targets = some_targets(|n| n.starts_with("service ") || n.starts_with("session"));
    assert_eq!(
        targets.len(),
        SERVICE_FIELDS + SERVICE_LISTS.len() + 3 + SESSION_FIELDS + 1
    );
    type_everywhere(Lang::En, targets, 3);
}

/// The places are really reached: each opener ends where text is typed.
#[test]
fn every_target_opens_where_text_goes() {
    let mut desk = desk(Lang::En);
    for target in targets() {
        let app = &mut desk.app;
        home(app);
        (target.open)(app);
        let ok = match &app.popup {
            Some(Popup::Prompt(_) | Popup::Picker(_)) => !target.name.contains("form"),
            Some(Popup::DraftOffer(..)) => target.name == "draft offer",
            Some(Popup::Help(_)) => target.name == "help",
            Some(Popup::Confirm(..)) => target.name == "retire question",
            Some(Popup::ConsultationForm(_)) => target.name.starts_with("consultation "),
            Some(Popup::ServiceForm(_)) => target.name.starts_with("service "),
            Some(Popup::SessionForm(_)) => target.name.starts_with("session "),
            Some(Popup::Text(..) | Popup::Card(_)) => false,
            None => {
                target.name.ends_with("search line")
                    && ((app.screen == Screen::Services && app.services.focus == Pane::Search)
                        || (app.screen == Screen::Consultations
                            && app.consultations.focus == Focus::Search))
            }
        };
        assert!(ok, "{} does not reach an input", target.name);
        // A list inside a form is open over it.
        if target.name.contains(" list ") {
            let text = screen_text(app);
            assert!(
                text.contains("type to filter"),
                "{}: no list open: {text}",
                target.name
            );
        }
    }
}

// ---------------------------------------------------------------- exact cases

#[test]
fn a_date_range_typed_with_an_en_dash_is_refused_not_a_panic() {
    let mut desk = desk(Lang::Pl);
    let app = &mut desk.app;
    for tab in ['2', '4'] {
        home(app);
        alt(app, tab);
        keys(app, "g1.11.2022–30.11.2022");
        key(app, KeyCode::Enter);
        let text = screen_text(app);
        assert!(
            text.contains("„1.11.2022–30.11.2022” nie jest datą"),
            "tab {tab}: {text}"
        );
        // And the form people do type with an en dash works.
        for _ in 0.."1.11.2022–30.11.2022".chars().count() {
            key(app, KeyCode::Backspace);
        }
        keys(app, "2022-11-01–2022-11-30");
        key(app, KeyCode::Enter);
        assert!(app.popup.is_none(), "tab {tab}: the range is taken");
    }
    assert_eq!(
        app.consultations.range,
        NaiveDate::from_ymd_opt(2022, 11, 1).zip(NaiveDate::from_ymd_opt(2022, 11, 30))
    );
}

// ---------------------------------------------------------------- bracketed paste

fn consultation_draft(app: &App) -> ConsultationDraft {
    match &app.popup {
        Some(Popup::ConsultationForm(form)) => form.draft(),
        _ => panic!("the consultation form is not open"),
    }
}

#[test]
fn a_paste_goes_into_the_focused_field_of_the_consultation_form() {
    let mut desk = desk(Lang::En);
    let app = &mut desk.app;
    on(app, '2', "n");
    let before = consultation_draft(app);
    // The client code: one line, so the line break becomes a space.
    key(app, KeyCode::Tab);
    app.on_paste("KL-\r\n2024");
    assert_eq!(consultation_draft(app).client, "KL- 2024");
    app.on_key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
    app.on_paste("KL-2024");
    assert_eq!(consultation_draft(app).client, "KL-2024");
    // A choice (gender) takes no text: nothing changes.
    tabs(app, 7);
    app.on_paste("female");
    assert_eq!(consultation_draft(app).gender, before.gender);
    // Notes keep their line breaks (CR LF and CR as the terminal sends them).
    tabs(app, 5);
    app.on_paste("Pierwsza linia\r\nDruga linia\rTrzecia\u{1b}[2J");
    assert_eq!(
        consultation_draft(app).notes,
        "Pierwsza linia\nDruga linia\nTrzecia[2J"
    );
    // A paste into a list typed into (the topics) filters it.
    tabs(app, 3);
    key(app, KeyCode::Enter);
    app.on_paste("crisis");
    key(app, KeyCode::Tab);
    key(app, KeyCode::Enter);
    assert_eq!(consultation_draft(app).topics, ["crisis"]);
    // What was pasted counts as typed: Esc asks first.
    key(app, KeyCode::Esc);
    assert!(screen_text(app).contains("Discard what you typed?"));
}

#[test]
fn a_paste_goes_into_search_lines_prompts_lists_and_the_other_forms() {
    let mut desk = desk(Lang::En);
    let app = &mut desk.app;

    // The services list: the paste goes into the search line, and none of
    // its letters acts as a key (the `q` would quit).
    app.on_paste("legal\nq");
    assert_eq!(app.services.focus, Pane::Search);
    assert!(!app.should_quit());
    assert!(screen_text(app).contains("legal q"));

    // A filter list typed into.
    home(app);
    alt(app, 't');
    app.on_paste("health");
    key(app, KeyCode::Enter);
    assert_eq!(app.services.filter().topic.as_deref(), Some("health"));

    // The consultations' search line: read again with the pasted words.
    home(app);
    alt(app, '2');
    app.take_effects();
    app.on_paste("odwołanie\r\nwojewody");
    assert_eq!(app.consultations.focus, Focus::Search);
    assert_eq!(
        app.consultations.query().text.as_deref(),
        Some("odwołanie wojewody")
    );
    assert!(app.take_effects().contains(&Effect::RefreshConsultations));

    // A prompt: the date range, pasted with a line break in it.
    home(app);
    on(app, '2', "g");
    app.on_paste("2022-11-01\n..2022-11-30");
    key(app, KeyCode::Enter);
    assert_eq!(
        app.consultations.range,
        NaiveDate::from_ymd_opt(2022, 11, 1).zip(NaiveDate::from_ymd_opt(2022, 11, 30))
    );

    // The service form: a one-line name and a multi-line description.
    home(app);
    alt(app, 'n');
    app.on_paste("Porady\nprawne");
    tabs(app, 4);
    app.on_paste("Pierwszy akapit.\nDrugi akapit.");
    match &app.popup {
        Some(Popup::ServiceForm(form)) => {
            let draft = form.draft();
            assert_eq!(draft.name, "Porady prawne");
            assert_eq!(draft.description, "Pierwszy akapit.\nDrugi akapit.");
        }
        _ => panic!("the service form is not open"),
    }

    // The session form.
    home(app);
    on(app, '3', "n");
    app.on_paste("Forum\tmigrantów");
    match &app.popup {
        Some(Popup::SessionForm(form)) => assert_eq!(form.draft().title, "Forum migrantów"),
        _ => panic!("the session form is not open"),
    }

    // Help and yes/no questions take keys, not text: a paste leaves them be.
    home(app);
    key(app, KeyCode::F(1));
    app.on_paste("q");
    assert!(matches!(app.popup, Some(Popup::Help(_))));
    assert!(!app.should_quit());
}

#[test]
fn a_search_typed_with_a_combining_ogonek_finds_the_service_on_the_screen() {
    let mut desk = desk(Lang::Pl);
    let app = &mut desk.app;
    // `e` then U+0328 COMBINING OGONEK, as some keyboards and input methods send ę.
    keys(app, "je\u{328}zyka");
    assert_eq!(
        app.services.selected().map(|s| s.name.text.as_str()),
        Some("Kursy języka polskiego")
    );
    // And on the Consultations screen the same typing finds its notes.
    home(app);
    on(app, '2', "/odwołanie decyzji woje\u{301}wody");
    let found = desk
        .store
        .consultations(&desk.app.consultations.query())
        .expect("full-text search");
    assert_eq!(found.len(), 1);
}

// ---------------------------------------------------------------- typing always searches

/// Random words (Polish, Ukrainian and Russian letters, digits, spaces,
/// punctuation, now and then any character) typed key by key on the Services
/// screen, from the start and after Esc, as a coordinator (who may change the
/// directory) and as desk staff: after every key only the query has changed —
/// no popup or form, still the Services screen with the search focused,
/// the directory and the filters as they were, nothing asked of the outside
/// world, and no quitting.
#[test]
fn typing_on_the_services_screen_only_changes_the_query() {
    let (cases, seed) = cases_and_seed();
    for (salt, role) in [(11, Role::Coordinator), (12, Role::Desk)] {
        let mut desk = desk(Lang::Pl);
        let app = &mut desk.app;
        app.role = role;
        let services = app.services.services().to_vec();
        let filter = app.services.filter().clone();
        let mut rng = Rng(seed ^ salt);
        for case in 0..cases * 50 {
            let words = random_words(&mut rng);
            let mut typed = String::new();
            // Now and then from the details pane (Tab): the first letter
            // goes back to the search line.
            if case % 5 == 4 {
                key(app, KeyCode::Tab);
                assert_eq!(app.services.focus, Pane::Details);
            }
            for c in words.chars() {
                let mods = if c.is_uppercase() && rng_shift(case, typed.len()) {
                    KeyModifiers::SHIFT
                } else {
                    KeyModifiers::NONE
                };
                app.on_key(KeyEvent::new(KeyCode::Char(c), mods));
                typed.push(c);
                let at = format!("{role:?}, case {case}, {typed:?} of {words:?}");
                assert!(app.popup.is_none(), "{at}: a popup opened");
                assert_eq!(app.screen, Screen::Services, "{at}");
                assert_eq!(app.services.focus, Pane::Search, "{at}");
                assert!(!app.should_quit(), "{at}: quits");
                assert_eq!(app.services.query(), typed, "{at}");
                assert_eq!(app.services.filter(), &filter, "{at}: a filter changed");
                assert!(
                    app.services.services() == services,
                    "{at}: the directory changed"
                );
                assert!(app.take_effects().is_empty(), "{at}: an effect was queued");
            }
            // Now and then the selection moves meanwhile, and Esc clears
            // the search: typing goes on into an empty search line.
            if case % 3 == 0 {
                key(app, KeyCode::Down);
            }
            key(app, KeyCode::Esc);
            assert_eq!(app.services.query(), "");
            assert_eq!(app.services.focus, Pane::Search);
            assert!(app.popup.is_none() && app.take_effects().is_empty());
        }
    }
}

/// Shift with an upper-case letter now and then (terminals differ).
fn rng_shift(case: usize, at: usize) -> bool {
    (case + at) % 2 == 0
}

/// The same in the lists typed into (a filter of the Services screen, the
/// topics of the consultation form) and in the consultations' full-text
/// search: random words never close the list, tick an item, or leave the
/// search line; in a list `Tab` ticks, and `Enter` takes the highlighted item
/// when none is ticked.
#[test]
fn typing_in_lists_and_the_consultations_search_only_filters() {
    let (cases, seed) = cases_and_seed();
    let mut desk = desk(Lang::En);
    let app = &mut desk.app;
    let mut rng = Rng(seed ^ 13);
    type Open = fn(&mut App);
    let places: [(&str, Open); 3] = [
        ("county filter list", |a| alt(a, 'c')),
        ("consultation topics list", |a| {
            on(a, '2', "n");
            tabs(a, 2);
            key(a, KeyCode::Enter);
        }),
        ("consultations search line", |a| on(a, '2', "/")),
    ];
    for (name, open) in places {
        for case in 0..cases * 10 {
            home(app);
            open(app);
            app.take_effects();
            let words = random_words(&mut rng);
            for c in words.chars() {
                app.on_key(KeyEvent::from(KeyCode::Char(c)));
                let at = format!("{name}, case {case}, {words:?}");
                assert!(!app.should_quit(), "{at}: quits");
                if name.ends_with("search line") {
                    assert!(app.popup.is_none(), "{at}");
                    assert_eq!(app.screen, Screen::Consultations, "{at}");
                    assert_eq!(app.consultations.focus, Focus::Search, "{at}");
                    let effects = app.take_effects();
                    assert!(
                        effects.iter().all(|e| *e == Effect::RefreshConsultations),
                        "{at}: {effects:?}"
                    );
                } else {
                    let text = screen_text(app);
                    assert!(text.contains("type to filter"), "{at}: the list closed");
                    assert!(!text.contains("[x]"), "{at}: an item was ticked");
                    assert!(app.take_effects().is_empty(), "{at}");
                }
            }
            app.popup = None;
        }
    }
    // A space is a letter of the filter; Enter takes the highlighted item.
    home(app);
    on(app, '2', "n");
    tabs(app, 2);
    key(app, KeyCode::Enter);
    keys(app, "legal advice");
    let shown = screen_text(app);
    key(app, KeyCode::Enter);
    assert_eq!(consultation_draft(app).topics, ["legal"], "{shown}");
    // Tab ticks several (the list opens with the field's topics ticked).
    key(app, KeyCode::Enter);
    key(app, KeyCode::Down);
    key(app, KeyCode::Down);
    key(app, KeyCode::Tab);
    key(app, KeyCode::Enter);
    let topics = consultation_draft(app).topics;
    assert!(
        topics.len() == 2 && topics.contains(&"legal".to_owned()),
        "{topics:?}"
    );
}

// ---------------------------------------------------------------- the referral (desk, issue #13)

/// The name of the service selected on the Services screen.
fn selected_service(app: &App) -> String {
    app.services
        .selected()
        .map(|s| s.name.get(Lang::En).to_owned())
        .unwrap_or_default()
}

#[test]
fn a_referral_carries_the_search_into_the_form_and_comes_back_to_it() {
    let mut desk = desk(Lang::En);
    let app = &mut desk.app;
    keys(app, "prawnik w słupsku");
    key(app, KeyCode::Down);
    key(app, KeyCode::Up);
    let selected = selected_service(app);
    assert_eq!(selected, "Legal counselling");
    key(app, KeyCode::Enter);
    // The service's topic the query asked for, the county of the place read,
    // and the focus on the client code (its Ctrl-N beside it).
    let draft = consultation_draft(app);
    assert_eq!(draft.topics, ["legal"]);
    assert_eq!(draft.county, "Słupsk");
    assert_eq!(draft.referrals.len(), 1);
    assert_eq!(
        app.situation().focus,
        pomost::tui::keymap::Focus::ClientCode
    );
    let text = screen_text(app);
    assert!(text.contains("Client Ctrl-N new code"), "{text}");
    assert!(text.contains("Alt-m/f/n minutes/follow-up/notes"), "{text}");
    // Nothing typed: Esc closes it, back on the search exactly as it was.
    key(app, KeyCode::Esc);
    assert!(app.popup.is_none());
    assert_eq!(app.screen, Screen::Services);
    assert_eq!(app.services.query(), "prawnik w słupsku");
    assert_eq!(selected_service(app), selected);

    // A county filter wins over the place read; with no need word, all the
    // service's topics.
    key(app, KeyCode::Esc);
    alt(app, 'c');
    keys(app, "kartuski");
    key(app, KeyCode::Enter);
    keys(app, "legalisation");
    key(app, KeyCode::Enter);
    let draft = consultation_draft(app);
    assert_eq!(draft.county, "kartuski");
    assert_eq!(draft.topics, ["legalisation"]);
}

#[test]
fn in_the_consultation_form_letters_open_lists_and_choose_and_alt_keys_jump() {
    let mut desk = desk(Lang::En);
    let app = &mut desk.app;
    on(app, '2', "n");
    // Country of origin (the fifth field): a letter opens its list with it.
    tabs(app, 4);
    keys(app, "ukr");
    assert!(matches!(
        app.context(),
        pomost::tui::keymap::Context::Picker
    ));
    key(app, KeyCode::Enter);
    assert_eq!(consultation_draft(app).country, "UA");
    // Topics: the highlighted one is taken with Enter.
    key(app, KeyCode::BackTab);
    key(app, KeyCode::BackTab);
    keys(app, "legal advice");
    key(app, KeyCode::Enter);
    assert_eq!(consultation_draft(app).topics, ["legal"]);
    // The channel (a quick choice) takes the first letter of a word.
    tabs(app, 8);
    keys(app, "p");
    assert_eq!(consultation_draft(app).channel, "phone");
    keys(app, "o");
    assert_eq!(consultation_draft(app).channel, "online");
    keys(app, "i");
    assert_eq!(consultation_draft(app).channel, "in-person");
    // Alt-n, Alt-m, Alt-f: notes, minutes, follow-up from anywhere; their
    // letters are typed into the field, never taken as keys.
    alt(app, 'n');
    keys(app, "mfn");
    alt(app, 'm');
    keys(app, "15");
    alt(app, 'f');
    keys(app, "2022-12-07");
    let draft = consultation_draft(app);
    assert_eq!(draft.notes, "mfn");
    assert_eq!(draft.minutes, "15");
    assert_eq!(draft.follow_up, "2022-12-07");
    assert!(app.popup.is_some());
}
