//! The client's card: the QR code drawn on screen is read back with a real
//! decoder (rqrr), as a phone would read it, from what the screen shows —
//! every shipped service and session, in every card language, at 80×24, on a
//! light and a dark terminal, with and without colour.

mod common;

use std::collections::HashSet;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use pomost::card::Card;
use pomost::clock::Clock;
use pomost::i18n::{CardLang, Lang};
use pomost::seed;
use pomost::store::Store;
use pomost::tui::app::{App, Popup};
use pomost::tui::theme::Theme;
use pomost::tui::ui;
use pomost::tui::widgets::card::{CardOf, CardPopup};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Color;

fn clock() -> Clock {
    let now = chrono::NaiveDate::from_ymd_opt(2022, 11, 30)
        .and_then(|d| d.and_hms_opt(12, 30, 0))
        .expect("date");
    Clock::starting_at_warsaw(now).expect("a Warsaw time")
}

/// The screen over the shipped catalogue.
fn app(lang: Lang, theme: Theme) -> App {
    let dir = tempfile::tempdir().expect("tempdir");
    let (store, _) = common::seeded_store(dir.path(), true);
    let services = store.services().expect("services");
    App::new(services, common::reference(&store), lang, theme, clock())
        .with_sessions(store.sessions().expect("sessions"))
}

fn key(app: &mut App, code: KeyCode, mods: KeyModifiers) {
    app.on_key(KeyEvent::new(code, mods));
}

fn render(app: &mut App, width: u16, height: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal.draw(|f| ui::draw(f, app)).expect("draw");
    terminal.backend().buffer().clone()
}

/// A terminal's own colours: what `Color::Reset` shows as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Terminal_ {
    /// Black text on white.
    Light,
    /// White text on black.
    Dark,
}

/// True when a colour shows dark on this terminal.
fn dark(colour: Color, is_fg: bool, terminal: Terminal_) -> bool {
    match colour {
        Color::Reset => (terminal == Terminal_::Light) == is_fg,
        Color::Black | Color::DarkGray | Color::Blue | Color::Red => true,
        _ => false,
    }
}

/// The screen as a camera sees it, in grey: a half-block character shows its
/// ink (foreground) in the halves it covers and paper (background) in the
/// rest; any other character (text, borders) counts as its background.
fn decode(buffer: &Buffer, terminal: Terminal_) -> Vec<String> {
    let area = buffer.area;
    let mut rows = Vec::new();
    for y in 0..area.height {
        let (mut top, mut bottom) = (Vec::new(), Vec::new());
        for x in 0..area.width {
            let cell = &buffer[(x, y)];
            let (t, b) = cell
                .symbol()
                .chars()
                .next()
                .map_or((false, false), pomost::card::qr::inked_halves);
            let ink = dark(cell.fg, true, terminal);
            let paper = dark(cell.bg, false, terminal);
            top.push(if t { ink } else { paper });
            bottom.push(if b { ink } else { paper });
        }
        rows.push(top);
        rows.push(bottom);
    }
    common::qr::decode(&rows)
}

/// The card popup now open.
fn popup(app: &App) -> &CardPopup {
    match &app.popup {
        Some(Popup::Card(card)) => card,
        _ => panic!("no card open"),
    }
}

/// The card the code holds: the whole card, unless the screen says which
/// lines were left out.
fn expected(card: &CardPopup, screen: &str) -> String {
    let fitted = card.fitted().expect("a code fits");
    if fitted.dropped.is_empty() {
        assert_eq!(fitted.card, card.card(), "nothing dropped, nothing missing");
    } else {
        // (The note may wrap, so word by word.)
        for word in fitted.dropped.iter().flat_map(|l| l.split(' ')) {
            assert!(screen.contains(word), "the screen names {word}:\n{screen}");
        }
    }
    fitted.card.text()
}

fn screen_text(buffer: &Buffer) -> String {
    let mut s = String::new();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            s.push_str(buffer[(x, y)].symbol());
        }
        s.push('\n');
    }
    s
}

#[test]
fn every_shipped_service_card_scans_at_80x24_in_every_language() {
    let mut app = app(Lang::Pl, Theme::colored());
    let count = app.services.services().len();
    let mut seen = HashSet::new();
    for _ in 0..count {
        key(&mut app, KeyCode::Char('k'), KeyModifiers::ALT);
        for _ in CardLang::ALL {
            let buffer = render(&mut app, 80, 24);
            let card = popup(&app);
            let want = expected(card, &screen_text(&buffer));
            for terminal in [Terminal_::Light, Terminal_::Dark] {
                assert_eq!(
                    decode(&buffer, terminal),
                    std::slice::from_ref(&want),
                    "{terminal:?}"
                );
            }
            seen.insert((card.service_id(), card.lang.code()));
            key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
        }
        key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
        key(&mut app, KeyCode::Down, KeyModifiers::NONE);
    }
    assert_eq!(seen.len(), count * CardLang::ALL.len());
}

#[test]
fn every_shipped_session_card_scans_at_80x24() {
    let theme = Theme::colored();
    for session in seed::sessions().expect("sessions") {
        for lang in CardLang::ALL {
            let mut card = CardPopup::new(CardOf::Session(Box::new(session.clone())), lang);
            let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
            terminal
                .draw(|f| card.draw(f, f.area(), &theme, Lang::En, None))
                .expect("draw");
            let buffer = terminal.backend().buffer().clone();
            let want = expected(&card, &screen_text(&buffer));
            assert_eq!(decode(&buffer, Terminal_::Dark), [want]);
            assert_eq!(card.card(), Card::of_session(&session, lang));
        }
    }
}

#[test]
fn the_timetable_shows_the_selected_sessions_card() {
    let mut app = app(Lang::Uk, Theme::colored());
    key(&mut app, KeyCode::Char('3'), KeyModifiers::ALT);
    key(&mut app, KeyCode::Char('k'), KeyModifiers::ALT);
    let buffer = render(&mut app, 80, 24);
    let card = popup(&app);
    assert_eq!(card.lang, CardLang::Uk, "the interface's language first");
    let screen = screen_text(&buffer);
    assert!(screen.contains("Коли:"), "{screen}");
    let want = expected(card, &screen_text(&buffer));
    assert_eq!(decode(&buffer, Terminal_::Light), [want]);
}

#[test]
fn without_colour_the_code_scans_on_the_terminal_guessed_or_after_i() {
    let mut theme = Theme::plain();
    // Guessed dark (the usual default): the light modules are inked.
    theme.qr_ink_dark = false;
    let mut app = app(Lang::En, theme);
    key(&mut app, KeyCode::Char('k'), KeyModifiers::ALT);
    let want = popup(&app).card().text();
    let buffer = render(&mut app, 80, 24);
    assert_eq!(
        decode(&buffer, Terminal_::Dark),
        std::slice::from_ref(&want)
    );
    // On a light terminal the guess shows a negative, which not every phone
    // reads; `i` turns it round.
    assert!(decode(&buffer, Terminal_::Light).is_empty());
    key(&mut app, KeyCode::Char('i'), KeyModifiers::NONE);
    let buffer = render(&mut app, 80, 24);
    assert_eq!(decode(&buffer, Terminal_::Light), [want]);
    // Every character of the code is drawn without colour.
    assert!(
        buffer
            .content()
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset)
    );
}

#[test]
fn a_long_card_loses_lines_and_says_so_and_still_scans() {
    let mut service = seed::services().expect("services").remove(0);
    service.application_process.text = "Zgłoś się osobiście z dokumentem tożsamości. ".repeat(8);
    service.phones = vec!["+48 58 000 00 01".into()];
    let mut card = CardPopup::new(CardOf::Service(Box::new(service)), CardLang::Uk);
    let theme = Theme::colored();
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    terminal
        .draw(|f| card.draw(f, f.area(), &theme, Lang::Pl, None))
        .expect("draw");
    let buffer = terminal.backend().buffer().clone();
    let screen = screen_text(&buffer);
    let fitted = card.fitted().expect("fits");
    assert_eq!(
        fitted.dropped,
        ["Організація", "Ел. пошта", "Як звернутися"]
    );
    assert!(screen.contains("Pominięte, by zmieścić się na"), "{screen}");
    let text = decode(&buffer, Terminal_::Light);
    assert_eq!(text, [fitted.card.text()]);
    assert!(text[0].contains("Тел.: +48 58 000 00 01"));
    // A larger screen holds the whole card.
    let mut terminal = Terminal::new(TestBackend::new(160, 48)).expect("terminal");
    terminal
        .draw(|f| card.draw(f, f.area(), &theme, Lang::Pl, None))
        .expect("draw");
    let buffer = terminal.backend().buffer().clone();
    assert_eq!(decode(&buffer, Terminal_::Dark), [card.card().text()]);
}

#[test]
fn the_card_is_copied_and_its_language_goes_to_the_consultation() {
    let mut app = app(Lang::Pl, Theme::colored());
    key(&mut app, KeyCode::Char('k'), KeyModifiers::ALT);
    // pl → uk
    key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    key(&mut app, KeyCode::Char('y'), KeyModifiers::NONE);
    let effects = app.take_effects();
    let want = popup(&app).card().text();
    assert!(want.contains("Ел. пошта"), "{want}");
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, pomost::tui::effect::Effect::Clipboard(t) if *t == want)),
        "{effects:?}"
    );
    assert!(
        app.status
            .as_deref()
            .is_some_and(|s| s.contains("українська"))
    );
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert!(app.popup.is_none());
    assert_eq!(
        app.card_language.map(|(_, l)| l),
        Some(CardLang::Uk),
        "the next card opens in the client's language"
    );
    // Enter starts a consultation referring to this service: its language
    // is the client's.
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert!(matches!(app.popup, Some(Popup::ConsultationForm(_))));
    let screen = screen_text(&render(&mut app, 100, 30));
    assert!(screen.contains("ukraiński"), "{screen}");
    // Once: the next consultation from this service is another client's.
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    key(&mut app, KeyCode::Char('y'), KeyModifiers::NONE);
    assert!(app.popup.is_none(), "the unsaved form closed");
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    let screen = screen_text(&render(&mut app, 100, 30));
    assert!(!screen.contains("ukraiński"), "{screen}");
}

/// `pomost … services card` on a seeded database.
fn cli(args: &[&str]) -> (std::process::Output, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, db) = common::seeded_store(dir.path(), true);
    (common::pomost(&db, args), dir)
}

/// The id of the shipped "Forum Wymiany Myśli i Idei" (how to apply known).
fn forum_id() -> String {
    let forum = seed::services()
        .expect("services")
        .into_iter()
        .find(|s| s.name.text.starts_with("Forum Wymiany"))
        .expect("the forum");
    forum.id.to_string()
}

#[test]
fn services_card_prints_the_card_in_the_clients_language() {
    let id = forum_id();
    let (out, _dir) = cli(&["services", "card", &id, "--lang", "ru"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let text = common::stdout(&out);
    // As the database holds it (its organisation from the shipped list).
    let dir = tempfile::tempdir().expect("tempdir");
    let (store, _) = common::seeded_store(dir.path(), true);
    let forum = store
        .services()
        .expect("services")
        .into_iter()
        .find(|s| s.id.to_string() == id)
        .expect("the forum");
    assert_eq!(
        text,
        format!("{}\n", Card::of_service(&forum, CardLang::Ru).text())
    );
    assert!(text.contains("Как обратиться: "), "{text}");
    // The interface language is the card's when none is given; an id's
    // first characters are enough.
    let (out, _dir) = cli(&["--lang", "uk", "services", "card", &id[..8]]);
    assert_eq!(
        common::stdout(&out),
        format!("{}\n", Card::of_service(&forum, CardLang::Uk).text())
    );
    let (out, _dir) = cli(&["services", "card", &id, "--lang", "en", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json["lang"], "en");
    assert_eq!(json["text"], Card::of_service(&forum, CardLang::En).text());
    assert_eq!(json["lines"][0]["label"], "Organisation");
}

#[test]
fn services_card_as_qr_reads_back_as_the_card() {
    let id = forum_id();
    let (out, _dir) = cli(&["services", "card", &id, "--lang", "uk", "--format", "qr"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let printed = common::stdout(&out);
    // Piped: no colours, the characters are the dark modules.
    assert!(!printed.contains('\u{1b}'));
    let lines: Vec<Vec<char>> = printed.lines().map(|l| l.chars().collect()).collect();
    let modules = pomost::card::qr::modules_of(&lines, true);
    let text = common::qr::decode(&modules);
    let (card, _dir) = cli(&["services", "card", &id, "--lang", "uk"]);
    assert_eq!(text, [common::stdout(&card).trim_end().to_owned()]);
}

#[test]
fn a_card_of_an_unknown_id_or_language_is_refused_in_one_sentence() {
    let (out, _dir) = cli(&["services", "card", "0000", "--lang", "uk"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        common::stderr(&out),
        "pomost: no service in the directory has the id \"0000\"\n"
    );
    assert!(out.stdout.is_empty());
    let (out, _dir) = cli(&["services", "card", &forum_id(), "--lang", "de"]);
    assert_eq!(out.status.code(), Some(2));
    let (out, _dir) = cli(&["timetable", "card", "zzz"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        common::stderr(&out).contains("\"zzz\""),
        "{}",
        common::stderr(&out)
    );
}

#[test]
fn timetable_card_prints_a_sessions_card() {
    let session = seed::sessions().expect("sessions").remove(0);
    let id = session.id.to_string();
    let (out, _dir) = cli(&["timetable", "card", &id, "--lang", "uk"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert_eq!(
        common::stdout(&out),
        format!("{}\n", Card::of_session(&session, CardLang::Uk).text())
    );
    // The week is printed as before without the subcommand.
    let (out, _dir) = cli(&["timetable", "--week", "2022-W48"]);
    assert!(out.status.success());
}

/// The shipped catalogue's services as a JSON array.
fn shipped_json() -> Vec<serde_json::Value> {
    serde_json::from_str(include_str!("../data/services.json")).expect("JSON")
}

#[test]
fn translations_into_the_clients_languages_are_imported_and_exported_intact() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, db) = common::seeded_store(dir.path(), false);
    let mut services = shipped_json();
    services.truncate(2);
    services[0]["translations"]["ru"]["description"] = "Описание по-русски.".into();
    services[1]["translations"]["uk"]["application_process"] = "Прийдіть особисто.".into();
    let file = dir.path().join("in.json");
    std::fs::write(&file, serde_json::to_string(&services).expect("JSON")).expect("write");
    let out = common::pomost(&db, &["services", "import", &file.display().to_string()]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let out = common::pomost(&db, &["services", "export"]);
    let exported: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).expect("JSON");
    for given in &services {
        let back = exported
            .iter()
            .find(|s| s["id"] == given["id"])
            .expect("exported");
        assert_eq!(
            back["translations"], given["translations"],
            "{}",
            given["id"]
        );
    }
    // The card in Ukrainian shows the Ukrainian texts.
    let id = services[1]["id"].as_str().expect("id");
    let out = common::pomost(&db, &["services", "card", id, "--lang", "uk"]);
    let text = common::stdout(&out);
    assert!(
        text.starts_with(
            services[1]["translations"]["uk"]["name"]
                .as_str()
                .expect("name")
        )
    );
    assert!(text.contains("Як звернутися: Прийдіть особисто."), "{text}");
}

#[test]
fn a_translation_into_an_unknown_language_is_refused_and_nothing_imported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (store, db) = common::seeded_store(dir.path(), false);
    drop(store);
    let mut services = shipped_json();
    services.truncate(1);
    services[0]["translations"]["xx"] = serde_json::json!({"name": "?"});
    let file = dir.path().join("in.json");
    std::fs::write(&file, serde_json::to_string(&services).expect("JSON")).expect("write");
    let out = common::pomost(&db, &["services", "import", &file.display().to_string()]);
    assert_eq!(out.status.code(), Some(2));
    let err = common::stderr(&out);
    assert!(
        err.contains("translations.xx") && err.contains("\"xx\""),
        "{err}"
    );
    let count = Store::open_existing(&db)
        .expect("open")
        .service_count()
        .expect("count");
    assert_eq!(count, 0);
}

#[test]
fn saving_a_service_keeps_its_translations_the_form_does_not_show() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut store, _) = common::seeded_store(dir.path(), true);
    let reference = common::reference(&store);
    let service = store.services().expect("services").remove(0);
    let ru = service
        .name
        .more
        .get("ru")
        .cloned()
        .expect("a Russian name");
    let mut draft = pomost::directory::draft::ServiceDraft::from_service(&service, Lang::Pl);
    draft.name_uk = "Нова назва".into();
    let organisations = store.organizations().expect("organisations");
    let (saved, _) = draft
        .validate(&service, &reference, &organisations, Lang::Pl)
        .expect("valid");
    let version = store.service_versions().expect("versions")[&service.id];
    store
        .save_service(&saved, None, Some(version), "anna")
        .expect("save");
    let back = store
        .services()
        .expect("services")
        .into_iter()
        .find(|s| s.id == service.id)
        .expect("saved");
    assert_eq!(
        back.name.more.get("uk").map(String::as_str),
        Some("Нова назва")
    );
    assert_eq!(back.name.more.get("ru"), Some(&ru));
    assert_eq!(Card::of_service(&back, CardLang::Uk).title, "Нова назва");
}

#[test]
fn shipped_sessions_speak_ukrainian_and_russian_and_the_form_keeps_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut store, _) = common::seeded_store(dir.path(), true);
    let sessions = store.sessions().expect("sessions");
    for s in &sessions {
        for code in ["uk", "ru"] {
            assert!(
                s.title.in_language(code).is_some(),
                "{code}: {}",
                s.title.text
            );
            assert!(
                s.audience.in_language(code).is_some(),
                "{code}: {}",
                s.title.text
            );
            assert!(
                s.theme.in_language(code).is_some(),
                "{code}: {}",
                s.title.text
            );
        }
        let card = Card::of_session(s, CardLang::Uk);
        assert_eq!(card.title, s.title.more["uk"]);
        // The organiser too, in Ukrainian and in English (issue #14).
        for (lang, organiser) in [
            (CardLang::Uk, s.organiser.in_language("uk")),
            (CardLang::En, s.organiser.in_language("en")),
        ] {
            let organiser = organiser.expect("the organiser translated");
            assert!(
                Card::of_session(s, lang)
                    .lines
                    .iter()
                    .any(|l| l.text == organiser),
                "{lang:?}: {organiser}"
            );
        }
    }
    // The session form shows no translations: a save from it leaves them.
    let mut edited = sessions[0].clone();
    edited.title.more.clear();
    edited.audience.more.clear();
    edited.theme.more.clear();
    edited.organiser.text = "Ktoś inny".into();
    let version = store.session_version(edited.id).expect("version");
    store.save_session(&edited, version, "anna").expect("save");
    let back = store
        .sessions()
        .expect("sessions")
        .into_iter()
        .find(|s| s.id == edited.id)
        .expect("saved");
    assert_eq!(back.organiser.text, "Ktoś inny");
    assert_eq!(back.title.more, sessions[0].title.more);
    assert_eq!(back.theme.more, sessions[0].theme.more);
}
