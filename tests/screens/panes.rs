//! Every details pane read whole: each takes the focus, scrolls to its end,
//! says what is cut, and stops there (snapshots at 80×24 and 100×30 are
//! `tests/snapshots/screens__panes__*.snap`).

use super::*;
use pomost::consultation::ConsultationDraft;
use pomost::staff::Role;
use pomost::tui::run_pending;

/// A seeded database with one consultation logged at 12:05 and corrected at
/// 14:08 (Warsaw) by another counselor, and the app over it acting as a
/// coordinator.
struct Desk {
    _dir: tempfile::TempDir,
    store: Store,
    app: App,
}

/// A clock at `hh:mm` on the day of [`fixed_now`].
fn at(hour: u32, minute: u32) -> Clock {
    let when = fixed_now()
        .date()
        .and_hms_opt(hour, minute, 0)
        .expect("a time");
    Clock::starting_at_warsaw(when).expect("a Warsaw time")
}

fn desk(lang: Lang) -> Desk {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("pomost.db");
    let (mut store, _) = Store::open_with_clock(&path, at(12, 5)).expect("open");
    seed::seed(&mut store, "tester", true).expect("seed");
    let reference = Reference {
        topics: store.topics().expect("topics"),
        counties: store.counties().expect("counties"),
    };
    let services = store.services().expect("services");
    let known = services.iter().map(|s| s.id).collect();
    let draft = ConsultationDraft {
        at: "2022-11-30 12:05".into(),
        client: "KL-2024".into(),
        topics: vec!["legalisation".into(), "legal".into()],
        country: "UA".into(),
        language: "uk".into(),
        county: "Gdańsk".into(),
        gender: "female".into(),
        age_band: "30-44".into(),
        channel: "in-person".into(),
        minutes: "15".into(),
        follow_up: "2022-12-07".into(),
        notes: "Odwołanie od decyzji wojewody w sprawie karty pobytu.\n\
                Klientka ma termin do 14 grudnia; przyniesie decyzję i paszport.\n\
                Skierowano do porady prawnej; zadzwonić, czy termin się zgadza."
            .into(),
        ..ConsultationDraft::default()
    };
    let new = draft
        .validate(&reference, &known, fixed_now(), lang)
        .expect("valid");
    let logged = store.add_consultation(&new, "anna").expect("log");
    // The correction is made later, by someone else: minutes 15 → 20.
    drop(store);
    let (mut store, _) = Store::open_with_clock(&path, at(14, 8)).expect("open");
    let corrected = ConsultationDraft {
        minutes: "20".into(),
        ..draft
    }
    .validate(&reference, &known, fixed_now(), lang)
    .expect("valid");
    store
        .correct_consultation(logged.id, logged.version, &corrected, "couns1")
        .expect("correct");
    let app = App::new(services, reference, lang, Theme::colored(), clock())
        .with_sessions(store.sessions().expect("sessions"))
        .acting_as("anna", Role::Coordinator);
    let mut desk = Desk {
        _dir: dir,
        store,
        app,
    };
    desk.app.take_effects();
    desk
}

impl Desk {
    /// Someone else (`by`) corrects the consultation in the database, as
    /// `change` makes of its draft.
    fn correct_elsewhere(
        &mut self,
        by: &str,
        change: impl FnOnce(ConsultationDraft) -> ConsultationDraft,
    ) {
        let c = self.store.consultations(&Default::default()).expect("list")[0].clone();
        let changed = change(ConsultationDraft::from_consultation(&c))
            .validate(
                &self.app.reference,
                &Default::default(),
                fixed_now(),
                Lang::En,
            )
            .expect("valid");
        self.store
            .correct_consultation(c.id, c.version, &changed, by)
            .expect("correct");
    }

    /// Carries out what the keys asked of the database.
    fn settle(&mut self) {
        run_pending(&mut self.app, &mut self.store, &mut Vec::new()).expect("effects");
    }

    /// The Consultations screen with the consultation selected.
    fn consultations(mut self) -> Self {
        alt(&mut self.app, '2');
        self.settle();
        assert!(self.app.consultations.selected().is_some(), "listed today");
        self
    }
}

/// The snapshot at `width`×`height`, kept with the others.
fn snapshot(name: &str, app: &mut App, width: u16, height: u16) {
    insta::with_settings!({ snapshot_path => "../snapshots" }, {
        insta::assert_snapshot!(name, render(app, width, height).backend());
    });
}

/// The screen's rows at `width`×`height`.
fn rows(app: &mut App, width: u16, height: u16) -> Vec<String> {
    let terminal = render(app, width, height);
    let buffer = terminal.backend().buffer();
    (0..height)
        .map(|y| (0..width).map(|x| buffer[(x, y)].symbol()).collect())
        .collect()
}

/// `End`, then one more `↓` and `PgDn`: the pane stays at its end, with the
/// last line at the bottom (never a blank pane), and says more is above when
/// it was cut before.
fn to_the_end(app: &mut App, width: u16, height: u16) -> String {
    // Drawn once so the pane knows its size.
    let cut = rows(app, width, height).join("\n").contains("more below");
    press(app, KeyCode::End);
    let at_end = rows(app, width, height);
    press(app, KeyCode::Down);
    press(app, KeyCode::PageDown);
    assert_eq!(rows(app, width, height), at_end, "scrolled past the end");
    let text = at_end.join("\n");
    assert_eq!(text.contains("more above"), cut, "{text}");
    assert!(!text.contains("more below"), "{text}");
    text
}

#[test]
fn consultation_details_reach_minutes_and_follow_up() {
    for (width, height) in [(80, 24), (100, 30)] {
        let mut desk = desk(Lang::En).consultations();
        let app = &mut desk.app;
        // Cut at first, and said so.
        assert!(screen_text(app).contains("more below"));
        press(app, KeyCode::Tab);
        assert_eq!(
            app.consultations.focus,
            pomost::tui::consultations::Focus::Details
        );
        let text = to_the_end(app, width, height);
        assert!(text.contains("Minutes: 20"), "{text}");
        assert!(text.contains("Follow-up: 2022-12-07"), "{text}");
        snapshot(
            &format!("consultation_details_end_{width}x{height}"),
            app,
            width,
            height,
        );
        // Home goes back to the top; Esc back to the list.
        press(app, KeyCode::Home);
        assert!(!rows(app, width, height).join("\n").contains("more above"));
        press(app, KeyCode::Esc);
        assert_eq!(
            app.consultations.focus,
            pomost::tui::consultations::Focus::List
        );
    }
}

#[test]
fn history_scrolls_to_its_end_and_other_keys_close_it() {
    for (width, height) in [(80, 24), (100, 30)] {
        let mut desk = desk(Lang::En).consultations();
        keys(&mut desk.app, "h");
        desk.settle();
        let app = &mut desk.app;
        to_the_end(app, width, height);
        snapshot(&format!("history_end_{width}x{height}"), app, width, height);
        keys(app, "x");
        assert!(app.popup.is_none());
    }
}

#[test]
fn audit_entry_details_take_the_focus_and_scroll() {
    for (width, height) in [(80, 24), (100, 30)] {
        let mut desk = desk(Lang::En);
        alt(&mut desk.app, '4');
        keys(&mut desk.app, "a");
        desk.settle();
        let app = &mut desk.app;
        // The newest entry is the correction, in words and the centre's time.
        let text = readable(&rows(app, width, height));
        assert!(text.contains("Minutes: 15 → 20"), "{text}");
        assert!(text.contains("KL-2024 · 2022-11-30 12:05"), "{text}");
        assert!(text.contains("2022-11-30 14:08 · couns1"), "{text}");
        assert!(
            !text.contains("updated_at") && !text.contains("version"),
            "{text}"
        );
        // The one before it, the creation, lists every field: it scrolls.
        keys(app, "j");
        press(app, KeyCode::Tab);
        assert_eq!(app.context(), pomost::tui::keymap::Context::Reading);
        to_the_end(app, width, height);
        snapshot(
            &format!("audit_entry_end_{width}x{height}"),
            app,
            width,
            height,
        );
        press(app, KeyCode::Esc);
        assert_eq!(app.context(), pomost::tui::keymap::Context::Audit);
    }
}

#[test]
fn service_details_stop_at_their_end() {
    for (width, height) in [(80, 24), (100, 30)] {
        let mut app = app(Lang::En, Theme::colored());
        // A service with a long description and several places.
        keys(&mut app, "legal advice");
        press(&mut app, KeyCode::Tab);
        to_the_end(&mut app, width, height);
        snapshot(
            &format!("service_details_end_{width}x{height}"),
            &mut app,
            width,
            height,
        );
    }
}

#[test]
fn the_forum_session_is_read_whole_from_the_timetable() {
    for (width, height) in [(80, 24), (100, 30)] {
        let mut app = timetable(Lang::En);
        // Thursday 1 December: the Forum meeting, after the weekly ones.
        keys(&mut app, "l");
        let forum = |app: &App| {
            app.timetable.selected().is_some_and(|o| {
                app.timetable.sessions()[o.session]
                    .title
                    .text
                    .contains("Forum")
            })
        };
        for _ in 0..8 {
            if !forum(&app) {
                keys(&mut app, "j");
            }
        }
        assert!(forum(&app), "{}", rows(&mut app, width, height).join("\n"));
        press(&mut app, KeyCode::Tab);
        assert_eq!(app.context(), pomost::tui::keymap::Context::Reading);
        let text = to_the_end(&mut app, width, height);
        for label in ["Mode:", "Contact:", "Next dates:"] {
            assert!(text.contains(label), "{label} in\n{text}");
        }
        snapshot(
            &format!("forum_session_end_{width}x{height}"),
            &mut app,
            width,
            height,
        );
        // Back in the week, the arrows move between sessions again.
        press(&mut app, KeyCode::Esc);
        assert_eq!(app.context(), pomost::tui::keymap::Context::Timetable);
    }
}

/// The screen's text as read: borders and the padding of wrapped lines
/// removed, words separated by single spaces.
fn readable(rows: &[String]) -> String {
    rows.iter()
        .map(|r| r.replace(['│', '┌', '┐', '└', '┘', '─'], " "))
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_conflict_is_said_whole_in_the_form_at_80_and_100_columns() {
    for (width, height) in [(80, 24), (100, 30)] {
        let mut desk = desk(Lang::En).consultations();
        keys(&mut desk.app, "e");
        assert!(desk.app.popup.is_some(), "the form is open");
        // Meanwhile someone else corrects the same consultation.
        desk.correct_elsewhere("couns2", |d| ConsultationDraft {
            minutes: "25".into(),
            ..d
        });
        desk.app
            .on_key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL));
        desk.settle();
        let text = readable(&rows(&mut desk.app, width, height));
        assert!(
            text.contains("Not saved: couns2 changed this record"),
            "{text}"
        );
        assert!(
            text.contains("Ctrl-S again saves yours as the newer version (theirs stays in the history); Esc and open it again to see theirs."),
            "{width}x{height}: {text}"
        );
    }
}

#[test]
fn a_long_status_message_is_wrapped_not_cut() {
    for width in [80, 100] {
        let mut app = app(Lang::En, Theme::colored());
        let message = "Not saved: couns1 changed this record (2022-11-30 14:08) after you \
                       opened it. Ctrl-S again saves yours as the newer version (theirs stays \
                       in the history); Esc and open it again to see theirs.";
        app.status = Some(message.to_owned());
        let rows = rows(&mut app, width, 24);
        assert!(readable(&rows).contains(message), "{rows:#?}");
        // The footer keeps its line below the message.
        assert!(rows[23].contains("F1"), "{rows:#?}");
    }
}

/// The footer (the last row) at 80 columns.
fn footer(app: &mut App) -> String {
    rows(app, 80, 24)
        .pop()
        .unwrap_or_default()
        .trim_end()
        .to_owned()
}

/// The footer of every screen and pane at 80 columns keeps help and quit
/// (`F1`/`Ctrl-Q` where letters are typed, else `?`/`q`), in each language;
/// the snapshot shows what else fits.
#[test]
fn the_footer_keeps_help_and_quit_on_every_screen_at_80_columns() {
    use pomost::i18n::Msg;
    for lang in Lang::ALL {
        let mut shown = Vec::new();
        let mut desk = desk(lang).consultations();
        let app = &mut desk.app;
        let mut check = |name: &str, app: &mut App, typing: bool| {
            let line = footer(app);
            let (help, quit) = if typing { ("F1", "C-q") } else { ("?", "q") };
            for (key, msg) in [(help, Msg::KeyHelp), (quit, Msg::KeyQuit)] {
                let hint = format!("{key} {}", lang.t(msg));
                assert!(
                    line.contains(&hint),
                    "{name} ({lang:?}) lacks {hint}: {line}"
                );
            }
            shown.push(format!("{name:<22}{line}"));
        };
        check("consultations", app, false);
        keys(app, "/");
        check("consultations search", app, true);
        press(app, KeyCode::Esc);
        press(app, KeyCode::Tab);
        check("consultation details", app, false);
        press(app, KeyCode::Esc);
        alt(app, '1');
        check("services", app, true);
        press(app, KeyCode::Tab);
        check("service details", app, true);
        press(app, KeyCode::Esc);
        alt(app, '3');
        check("timetable", app, false);
        press(app, KeyCode::Tab);
        check("session details", app, false);
        press(app, KeyCode::Esc);
        alt(app, '4');
        check("reports", app, false);
        keys(app, "a");
        desk.settle();
        let app = &mut desk.app;
        check("audit trail", app, false);
        press(app, KeyCode::Tab);
        check("audit entry", app, false);
        // Desk staff see the reports' notice and the keys that work there.
        app.reports.audit = None;
        app.role = pomost::staff::Role::Desk;
        check("reports (desk)", app, false);
        insta::with_settings!({ snapshot_path => "../snapshots" }, {
            insta::assert_snapshot!(format!("footers_80_{}", lang.code()), shown.join("\n"));
        });
    }
}

/// The app drawn through the terminal backend Pomost writes with, read back
/// by a terminal that measures character by character (vt100, as xterm and
/// tmux do): its screen, row by row.
fn on_a_terminal(app: &mut App, width: u16, height: u16) -> Vec<String> {
    let backend = pomost::tui::terminal::Wire::with_size(Vec::new(), width, height);
    let mut terminal = Terminal::new(backend).expect("terminal");
    terminal.draw(|f| ui::draw(f, app)).expect("draw");
    let mut vt = vt100::Parser::new(height, width, 0);
    vt.process(terminal.backend().writer());
    vt.screen().rows(0, width).collect()
}

/// Emoji (with a variation selector, a skin tone, joined into a family), a
/// flag, CJK and combining marks in a consultation's notes and a service's
/// name: at 80 columns every pane's right border stays in its column.
#[test]
fn wide_and_unusual_characters_never_break_a_frame() {
    let wide = "Rodzina 👨‍👩‍👧 przyszła ❤️ 👍🏽 — 数据中文, cafe\u{301}, 🇺🇦, ☺️ i e\u{328}\u{301}.";
    let mut desk = desk(Lang::Pl);
    desk.correct_elsewhere("anna", |d| ConsultationDraft {
        notes: wide.into(),
        ..d
    });
    let mut desk = desk.consultations();
    let screen = on_a_terminal(&mut desk.app, 80, 24);
    // The list ends at column 35, the details at 79.
    for (y, row) in screen.iter().enumerate().skip(1).take(21) {
        let cells: Vec<char> = row.chars().collect();
        assert!(
            matches!(cells.last(), Some('│' | '┐' | '┘')),
            "row {y} is cut or shifted:\n{}",
            screen.join("\n")
        );
    }
    let text = screen.join("\n");
    assert!(text.contains("Rodzina 👨 przyszła ❤"), "{text}");
    insta::with_settings!({ snapshot_path => "../snapshots" }, {
        insta::assert_snapshot!("wide_characters_in_notes_80x24", text);
    });
}

/// Desk staff on the Reports tab: the footer says help and quit once, and the
/// help lists the keys that work everywhere without an empty Reports heading.
#[test]
fn desk_staff_see_the_reports_keys_once() {
    let mut app = app(Lang::En, Theme::colored()).acting_as("anna", Role::Desk);
    alt(&mut app, '4');
    assert_eq!(footer(&mut app), "? help  q quit");
    press(&mut app, KeyCode::F(1));
    let text = rows(&mut app, 80, 24).join("\n");
    assert!(
        text.contains(" ?            help") && text.contains(" q            quit"),
        "{text}"
    );
    assert!(!rows(&mut app, 80, 24)[2].contains("Reports"), "{text}");
}

/// While client data is hidden (`*`), the history says that the notes
/// changed but not what they say.
#[test]
fn a_hidden_history_says_the_notes_changed_but_not_what_they_say() {
    let mut desk = desk(Lang::En).consultations();
    desk.correct_elsewhere("couns2", |d| ConsultationDraft {
        notes: "Secret new note.".into(),
        ..d
    });
    keys(&mut desk.app, "*h");
    desk.settle();
    let text = readable(&rows(&mut desk.app, 100, 30));
    assert!(text.contains("version 2 — replaced by couns2"), "{text}");
    assert!(text.contains("Notes: ••••••"), "{text}");
    assert!(
        !text.contains("Secret") && !text.contains("Odwołanie"),
        "{text}"
    );
    assert!(text.contains("Minutes: 15 → 20"), "{text}");
}

/// tongue: an opening-hours note is shown in English in the English interface
/// and as published (Polish) in the Polish one (issue #14).
#[test]
fn opening_hours_notes_are_in_the_interface_language() {
    for (lang, note, other) in [
        (
            Lang::En,
            "Psychologists and therapists; topic: how to support refugees.",
            "Psycholodzy i terapeuci",
        ),
        (
            Lang::Pl,
            "Psycholodzy i terapeuci; temat: jak wspierać uchodźców.",
            "Psychologists and therapists",
        ),
    ] {
        let mut app = app(lang, Theme::colored());
        keys(&mut app, "spotkania online");
        press(&mut app, KeyCode::Tab);
        press(&mut app, KeyCode::End);
        let text = readable(&rows(&mut app, 120, 60));
        assert!(text.contains(note), "{lang:?}: {text}");
        assert!(!text.contains(other), "{lang:?}: {text}");
    }
}
