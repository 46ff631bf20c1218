//! End-to-end tests: the real `pomost` binary in a real pseudo-terminal, the
//! screen read back through a vt100 emulator. See `e2e/harness.rs`.

#[path = "e2e/harness.rs"]
mod harness;
#[path = "e2e/lists.rs"]
mod lists;

#[path = "e2e/card.rs"]
mod card;
#[path = "e2e/panes.rs"]
mod panes;

use harness::{
    ENTER_ALT, Fixture, LEAVE_ALT, SHOW_CURSOR, Session, fill_client_and_crisis_topic, find_all,
    flat, list_count, rfind, selected_row,
};

/// Services in the shipped catalogue (the denominator of the list counter).
const CATALOGUE: usize = 31;

/// Ctrl-Q: quit (letters are typed into the Services search, so `q` is not).
const CTRL_Q: &str = "\x11";
/// F1 (help) and F4 (the third tab) as xterm sends them.
const F1: &str = "\x1bOP";
const F4: &str = "\x1bOS";

/// The footer (last row) of the screen, trimmed.
fn footer(s: &Session) -> String {
    s.rows()
        .last()
        .map(|r| r.trim().to_owned())
        .unwrap_or_default()
}

/// Waits for the Services screen with the whole catalogue listed, the first
/// row selected and the footer drawn. ratatui writes a frame row by row, so a
/// drawn footer means the rows above it are complete too.
fn wait_for_layout(s: &mut Session, list_title: &str) {
    s.wait_for(&format!("the layout with \"{list_title} 31/31\""), |s| {
        list_count(&s.text(), list_title) == Some((CATALOGUE, CATALOGUE))
            && selected_row(&s.rows()).is_some()
            && !footer(s).is_empty()
    });
}

/// Types `text` one key at a time into the focused search line, waiting after
/// each key until the line shows what was typed so far (the app answers every
/// keystroke).
fn type_query(s: &mut Session, text: &str) {
    for (i, c) in text.char_indices() {
        s.send(c.to_string());
        let typed = format!("│{} ", &text[..i + c.len_utf8()]);
        s.wait_for(&format!("the search line to show {typed:?}"), |s| {
            s.text().contains(&typed)
        });
    }
}

/// The terminal was put back: the alternate screen was left after it was last
/// entered, the cursor shown again, bracketed paste off, raw mode off (the
/// pty's line discipline is back to canonical mode with echo).
fn assert_terminal_restored(s: &Session) {
    let raw = s.raw();
    let entered = rfind(raw, ENTER_ALT).expect("the program entered the alternate screen");
    let left = rfind(raw, LEAVE_ALT).expect("the program left the alternate screen");
    assert!(
        left > entered,
        "the last ESC[?1049h (at {entered}) is not followed by ESC[?1049l (last at {left})"
    );
    let shown = rfind(raw, SHOW_CURSOR).expect("the program showed the cursor again");
    assert!(shown > entered, "the cursor was not shown again on exit");
    let screen = s.screen();
    assert!(
        !screen.alternate_screen(),
        "still in the alternate screen after exit"
    );
    assert!(
        !screen.hide_cursor(),
        "the cursor is still hidden after exit"
    );
    assert!(
        !screen.bracketed_paste(),
        "bracketed paste is still on after exit"
    );
    assert!(
        s.cooked(),
        "the terminal is still in raw mode (no ICANON/ECHO) after exit"
    );
}

#[test]
fn polish_search_is_diacritic_insensitive_and_ctrl_q_restores_the_terminal() {
    let fx = Fixture::new();
    fx.init();
    let mut s = fx.spawn().env("LANG", "pl_PL.UTF-8").start();
    wait_for_layout(&mut s, "Usługi");

    let rows = s.rows();
    for tab in ["Usługi", "Konsultacje", "Harmonogram", "Raporty"] {
        assert!(rows[0].contains(tab), "tab {tab:?} missing: {:?}", rows[0]);
    }
    assert!(
        s.screen().alternate_screen(),
        "the TUI draws on the alternate screen"
    );
    assert!(!s.cooked(), "the TUI puts the terminal in raw mode");
    assert!(
        s.screen().hide_cursor(),
        "the terminal's cursor is hidden (the search line draws its own)"
    );

    // The search line has the keys from the start: the footer begins with
    // help and quit, on keys that cannot occur in a word.
    s.wait_for("the search footer", |s| {
        footer(s).starts_with("F1 pomoc") && footer(s).contains("C-q wyjście")
    });
    type_query(&mut s, "jezyk");
    s.wait_for("results for \"jezyk\" with a course selected", |s| {
        matches!(list_count(&s.text(), "Usługi"), Some((n, CATALOGUE)) if n > 0 && n < CATALOGUE)
            && selected_row(&s.rows()).is_some_and(|r| r.starts_with("Kursy języka polskiego"))
    });

    let text = s.text();
    let (shown, total) = list_count(&text, "Usługi").expect("list counter");
    assert!(
        shown > 0 && shown < total,
        "\"jezyk\" should narrow the list: {shown}/{total}\n{text}"
    );
    assert!(
        text.contains("Kursy języka polskiego"),
        "the query without diacritics finds „Kursy języka polskiego”:\n{text}"
    );
    let selected = selected_row(&s.rows()).expect("a selected row marked ›");
    assert!(
        selected.starts_with("Kursy języka polskiego"),
        "the selected row is a Polish course, got {selected:?}\n{text}"
    );

    s.send("\x1b");
    s.wait_for("Esc to clear the search", |s| {
        list_count(&s.text(), "Usługi") == Some((CATALOGUE, CATALOGUE))
    });
    // `q` is a letter of the search, not a way out.
    type_query(&mut s, "q");

    s.send(CTRL_Q);
    let status = s.wait_exit();
    assert!(status.success(), "Ctrl-Q should exit 0, got {status:?}");
    assert_eq!(status.exit_code(), 0);
    assert_terminal_restored(&s);
    assert!(
        !s.text().contains("Usługi"),
        "after exit the normal screen shows nothing of the TUI:\n{}",
        s.text()
    );
}

#[test]
fn english_flag_overrides_polish_locale_and_search_folds_polish_letters() {
    let fx = Fixture::new();
    fx.init();
    let mut s = fx
        .spawn()
        .env("LANG", "pl_PL.UTF-8")
        .args(&["--lang", "en"])
        .start();
    wait_for_layout(&mut s, "Services");
    let rows = s.rows();
    for tab in ["Services", "Consultations", "Timetable", "Reports"] {
        assert!(rows[0].contains(tab), "tab {tab:?} missing: {:?}", rows[0]);
    }
    assert!(!s.text().contains("Usługi"), "no Polish with --lang en");

    // „Kultura łączy” written without the Polish letters.
    s.wait_for("the search footer", |s| footer(s).starts_with("F1 help"));
    type_query(&mut s, "laczy");
    s.wait_for("„Kultura łączy” selected and in the details", |s| {
        selected_row(&s.rows()).is_some_and(|r| r.starts_with("„Kultura łączy”"))
            && flat(&s.text()).contains("(Culture Connects) project")
    });
    assert!(
        flat(&s.text()).contains("„Kultura łączy” (Culture Connects) project"),
        "the details show the English name:\n{}",
        s.text()
    );

    // A Polish name typed in the English interface finds the service, which is
    // shown under its English name.
    s.send("\x1b");
    s.wait_for("Esc to clear the query", |s| {
        list_count(&s.text(), "Services") == Some((CATALOGUE, CATALOGUE))
    });
    type_query(&mut s, "poradnictwo prawne");
    s.wait_for("\"Legal counselling\" on the first row", |s| {
        selected_row(&s.rows()).as_deref() == Some("Legal counselling")
    });
    let rows = s.rows();
    let first = rows
        .iter()
        .position(|r| r.contains("│› "))
        .expect("selected row");
    assert_eq!(
        list_count(&rows[first - 1], "Services").map(|(_, t)| t),
        Some(CATALOGUE),
        "the selected row is the first row under the list title:\n{}",
        rows.join("\n")
    );
}

fn signal_restores_the_terminal(signal: i32, expected_code: u32) {
    let fx = Fixture::new();
    fx.init();
    let mut s = fx.spawn().args(&["--lang", "en"]).start();
    wait_for_layout(&mut s, "Services");
    s.signal(signal);
    let status = s.wait_exit();
    assert!(!status.success(), "signal {signal} is not a success");
    assert_eq!(
        status.signal(),
        None,
        "pomost should catch signal {signal} and exit, not die of it"
    );
    assert_eq!(status.exit_code(), expected_code, "128 + signal number");
    assert_terminal_restored(&s);
}

#[test]
fn sigterm_exits_143_and_restores_the_terminal() {
    signal_restores_the_terminal(libc::SIGTERM, 143);
}

#[test]
fn sighup_exits_129_and_restores_the_terminal() {
    signal_restores_the_terminal(libc::SIGHUP, 129);
}

#[test]
fn sigint_exits_130_and_restores_the_terminal() {
    signal_restores_the_terminal(libc::SIGINT, 130);
}

#[test]
fn too_small_terminal_shows_a_notice_and_follows_resizes() {
    let notice = |w: u16, h: u16| {
        format!("Terminal too small ({w}×{h}): Pomost needs at least 60×16. Enlarge the window.")
    };
    let fx = Fixture::new();
    fx.init();
    let mut s = fx.spawn().args(&["--lang", "en"]).size(50, 10).start();
    let small = notice(50, 10);
    s.wait_for("the too-small notice at 50×10", |s| {
        flat(&s.text()).contains(&small)
    });
    assert!(
        !s.text().contains("Services"),
        "no layout is drawn in a too-small terminal"
    );

    // One row short of the minimum: still the notice, with the new size.
    s.resize(60, 15);
    let short = notice(60, 15);
    s.wait_for("the notice at 60×15", |s| flat(&s.text()).contains(&short));

    // Exactly the minimum: the layout.
    s.resize(60, 16);
    wait_for_layout(&mut s, "Services");
    assert!(
        !s.text().contains("too small"),
        "the notice is gone at 60×16:\n{}",
        s.text()
    );

    s.resize(80, 24);
    s.wait_for("the side-by-side layout at 80×24", |s| {
        let rows = s.rows();
        rows.len() == 24
            && list_count(&s.text(), "Services") == Some((CATALOGUE, CATALOGUE))
            && rows.iter().any(|r| r.contains("┐┌ Details"))
            && !footer(s).is_empty()
    });
    assert!(
        footer(&s).starts_with("F1 help") && footer(&s).contains("C-q quit"),
        "the footer shows the search's key hints, the way out first: {:?}",
        footer(&s)
    );
}

#[test]
fn help_overlay_lists_the_keys_and_esc_closes_it() {
    let fx = Fixture::new();
    fx.init();
    let mut s = fx.spawn().args(&["--lang", "en"]).start();
    wait_for_layout(&mut s, "Services");
    assert!(!s.text().contains(" Keys "));

    s.send(F1);
    s.wait_for("the help overlay", |s| {
        s.rows().iter().any(|r| r.contains("┌ Keys "))
            && s.text().contains("Esc or ? closes this help")
    });
    let rows = s.rows();
    let top = rows
        .iter()
        .position(|r| r.contains("┌ Keys "))
        .expect("top");
    let bottom = rows
        .iter()
        .position(|r| r.contains("Esc or ? closes this help"))
        .expect("bottom");
    let help = flat(&rows[top..=bottom].join("\n").replace('│', " "));
    for line in [
        "C-q quit",
        "F1 help",
        "Esc clear search",
        "Alt-t topic filter",
        "Enter refer",
        "Tab tick / untick",
    ] {
        assert!(
            help.contains(line),
            "the help has no {line:?} line:\n{}",
            rows[top..=bottom].join("\n")
        );
    }

    s.send("\x1b");
    s.wait_for("Esc to close the help", |s| {
        !s.text().contains(" Keys ")
            && list_count(&s.text(), "Services") == Some((CATALOGUE, CATALOGUE))
    });
    // The search line has the keys again: `?` is a letter of the search.
    type_query(&mut s, "?");
    s.send(CTRL_Q);
    assert!(s.wait_exit().success());
}

#[test]
fn control_sequences_stored_in_the_database_never_reach_the_terminal() {
    let fx = Fixture::new();
    fx.init();
    {
        let store = pomost::store::Store::open_existing(&fx.db).expect("open the database");
        let changed = store
            .conn()
            .execute(
                "UPDATE service SET
                   name = 'Zła' || char(27) || ']52;c;aGVsbG8=' || char(7) || 'nazwa'
                          || char(27) || '[2J',
                   description = 'Opis ' || char(27) || ']0;tytul' || char(7) || 'bez '
                          || char(155) || '2J' || 'sterowania' || char(7)
                 WHERE name = 'Edukacja'",
                [],
            )
            .expect("update the service");
        assert_eq!(changed, 1, "the catalogue has a service named Edukacja");
    }

    let mut s = fx.spawn().env("LANG", "pl_PL.UTF-8").start();
    wait_for_layout(&mut s, "Usługi");
    let first_frame = s.raw().len();

    s.wait_for("the search footer", |s| footer(s).starts_with("F1"));
    type_query(&mut s, "zlanazwa");
    s.wait_for("the poisoned service selected, stripped", |s| {
        selected_row(&s.rows()).as_deref() == Some("Złanazwa")
            && flat(&s.text()).contains("Co: Opis bez sterowania")
    });
    let rows = s.rows();
    assert!(
        rows[0].contains("Usługi") && rows[0].contains("Raporty"),
        "the tab bar is intact (nothing cleared the screen):\n{}",
        rows.join("\n")
    );
    assert!(
        rows.iter().any(|r| r.contains("││Złanazwa ")),
        "the details heading shows the stripped name:\n{}",
        rows.join("\n")
    );

    s.send("\x1b");
    s.wait_for("the search cleared", |s| {
        list_count(&s.text(), "Usługi") == Some((CATALOGUE, CATALOGUE))
    });
    s.send(CTRL_Q);
    assert!(s.wait_exit().success());

    // All output is in now (the program has exited).
    let raw = s.raw();
    for (bad, what) in [
        (&b"\x1b]52;"[..], "an OSC 52 clipboard write"),
        (b"aGVsbG8=", "the clipboard payload"),
        (b"\x1b]0;", "an OSC 0 window title"),
        (b"tytul", "the window title payload"),
        ("\u{9b}".as_bytes(), "a C1 CSI"),
        (b"\x07", "a BEL"),
    ] {
        assert!(
            find_all(raw, bad).is_empty(),
            "the output contains {what} ({bad:?})"
        );
    }
    assert!(
        find_all(&raw[first_frame..], b"\x1b[2J").is_empty(),
        "the screen was cleared (ESC[2J) after the first frame"
    );
    let recorded = s.recorded();
    assert!(
        recorded.clipboard.is_empty(),
        "clipboard: {:?}",
        recorded.clipboard
    );
    assert!(recorded.titles.is_empty(), "titles: {:?}", recorded.titles);
    assert_eq!(recorded.bells, 0, "the bell rang");
}

#[test]
fn esc_followed_at_once_by_a_letter_is_an_alt_command_or_esc_then_the_letter() {
    let fx = Fixture::new();
    fx.init();
    let mut s = fx.spawn().args(&["--lang", "en"]).start();
    wait_for_layout(&mut s, "Services");
    s.wait_for("the search footer", |s| footer(s).starts_with("F1"));
    type_query(&mut s, "polish");
    s.wait_for("several results for \"polish\"", |s| {
        matches!(list_count(&s.text(), "Services"), Some((n, _)) if n > 1)
            && selected_row(&s.rows()).is_some()
    });
    // The arrows move in the results while the query stays.
    let first = selected_row(&s.rows()).expect("selected row");
    s.send("\x1b[B");
    s.wait_for("↓ to move the selection down", |s| {
        selected_row(&s.rows()).is_some_and(|r| r != first)
    });
    assert!(s.text().contains("│polish "), "the query is kept");

    // One write: the terminal delivers ESC j, which crossterm reads as
    // Alt+j. Alt-j is no command: Esc (clears the search), then j typed.
    s.send("\x1bj");
    s.wait_for("Esc, then j in the search line", |s| {
        s.text().contains("│j ") && !s.text().contains("│polish ")
    });
    // ESC t is Alt-t: the topic filter's list.
    s.send("\x1bt");
    s.wait_for("the topic list", |s| s.text().contains("type to filter"));
    s.send("\x1b");
    s.wait_for("the list closed", |s| !s.text().contains("type to filter"));
    s.send(CTRL_Q);
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
    assert_terminal_restored(&s);
}

#[test]
fn a_bracketed_paste_goes_into_the_search_line_on_one_line() {
    let fx = Fixture::new();
    fx.init();
    let mut s = fx.spawn().args(&["--lang", "en"]).start();
    wait_for_layout(&mut s, "Services");
    // Pasted into the search line; its letters never act as keys.
    s.send("\x1b[200~legal\nq\x1b[201~");
    s.wait_for("the pasted text in the search line", |s| {
        s.text().contains("│legal q ") && footer(s).starts_with("F1")
    });
    s.send("\x1b");
    s.wait_for("the search cleared", |s| !s.text().contains("│legal q "));
    s.send(CTRL_Q);
    assert!(s.wait_exit().success());
}

#[test]
fn a_bracketed_paste_goes_into_the_focused_field_of_the_consultation_form() {
    let fx = Fixture::new();
    fx.init();
    let mut s = new_consultation_form(&fx);
    // The client code, pasted; then the notes, pasted with a line break (a
    // terminal sends it as CR).
    s.send("\t");
    s.send("\x1b[200~KL-2024\x1b[201~");
    s.wait_for("the pasted client code", |s| s.text().contains("KL-2024"));
    for _ in 0..12 {
        s.send("\t");
    }
    s.send("\x1b[200~Pierwsza linia\rDruga linia\x1b[201~");
    s.wait_for("both pasted lines in the notes", |s| {
        let rows = s.rows();
        let at = |text: &str| rows.iter().position(|r| r.contains(text));
        matches!((at("Pierwsza linia"), at("Druga linia")), (Some(a), Some(b)) if b == a + 1)
    });
    // What was pasted was typed: it becomes the draft, line break and all.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        let draft = pomost::store::Store::open_existing(&fx.db)
            .ok()
            .and_then(|st| {
                st.draft(&pomost::config::current_user(), "consultation")
                    .ok()
                    .flatten()
            })
            .and_then(|(json, _)| {
                serde_json::from_str::<pomost::tui::consultations::form::SavedDraft>(&json).ok()
            });
        if let Some(saved) = draft.filter(|d| d.draft.notes.contains("Druga")) {
            assert_eq!(saved.draft.client, "KL-2024");
            assert_eq!(saved.draft.notes, "Pierwsza linia\nDruga linia");
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the draft was not written within 5 s"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    s.send("\x1b");
    s.wait_for("the discard question", |s| {
        flat(&s.text()).contains("Discard what you typed?")
    });
    s.send("y");
    s.wait_for("the list again", |s| s.text().contains("today, everyone's"));
    s.send(CTRL_Q);
    assert!(s.wait_exit().success());
}

/// The cell holding the selection marker `›`.
fn marker(screen: &vt100::Screen) -> Option<(u16, u16)> {
    let (rows, cols) = screen.size();
    (0..rows)
        .flat_map(|r| (0..cols).map(move |c| (r, c)))
        .find(|&(r, c)| screen.cell(r, c).is_some_and(|cell| cell.contents() == "›"))
}

#[test]
fn no_color_keeps_the_selection_visible_in_reverse_video_without_colours() {
    // Control: with colours the selection is marked by a background colour.
    let fx = Fixture::new();
    fx.init();
    let mut s = fx.spawn().args(&["--lang", "en"]).start();
    wait_for_layout(&mut s, "Services");
    let (row, col) = marker(s.screen()).expect("selection marker");
    let cell = s.screen().cell(row, col).expect("cell");
    assert_ne!(
        cell.bgcolor(),
        vt100::Color::Default,
        "by default the selection is coloured"
    );
    s.send(CTRL_Q);
    assert!(s.wait_exit().success());
    drop(s);

    let mut s = fx
        .spawn()
        .args(&["--lang", "en"])
        .env("NO_COLOR", "1")
        .start();
    wait_for_layout(&mut s, "Services");
    let screen = s.screen();
    let (row, col) = marker(screen).expect("selection marker");
    for c in [col, col + 2] {
        let cell = screen.cell(row, c).expect("cell");
        assert!(
            cell.inverse(),
            "with NO_COLOR the selected row is reverse video (row {row}, col {c})"
        );
    }
    let below = screen.cell(row + 1, col + 2).expect("next row");
    assert!(
        below.has_contents() && !below.inverse(),
        "the next, unselected row is not reverse video"
    );
    let (rows, cols) = screen.size();
    for r in 0..rows {
        for c in 0..cols {
            let cell = screen.cell(r, c).expect("cell");
            assert!(
                cell.fgcolor() == vt100::Color::Default && cell.bgcolor() == vt100::Color::Default,
                "with NO_COLOR cell ({r}, {c}) {:?} has colours {:?}/{:?}",
                cell.contents(),
                cell.fgcolor(),
                cell.bgcolor()
            );
        }
    }
    s.send(CTRL_Q);
    assert!(s.wait_exit().success());
}

#[test]
fn a_terminal_that_never_answers_cursor_queries_is_still_restored() {
    let fx = Fixture::new();
    fx.init();
    let mut s = fx
        .spawn()
        .args(&["--lang", "en"])
        .without_cursor_replies()
        .start();
    s.wait_for("the layout, or the program to end", |s| {
        s.closed()
            || (list_count(&s.text(), "Services") == Some((CATALOGUE, CATALOGUE))
                && !footer(s).is_empty())
    });
    if !s.closed() {
        s.send(CTRL_Q);
    }
    let status = s.wait_exit();
    assert_terminal_restored(&s);
    assert!(status.success(), "exit status {status:?}");
}

#[test]
fn closing_the_terminal_ends_pomost_with_129() {
    let fx = Fixture::new();
    fx.init();
    let mut s = fx.spawn().args(&["--lang", "en"]).start();
    wait_for_layout(&mut s, "Services");
    // What a dropped SSH connection or a closed terminal window does.
    s.hang_up();
    let status = s.wait_exit();
    assert_eq!(
        (status.exit_code(), status.signal()),
        (129, None),
        "a hang-up ends pomost like SIGHUP does: {status:?}"
    );
}

/// The processes running the pomost binary on `db` (read from /proc).
fn pomost_processes_on(db: &std::path::Path) -> Vec<i32> {
    let db = db.display().to_string();
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<i32>().ok())
        .filter(|pid| {
            let Ok(cmdline) = std::fs::read(format!("/proc/{pid}/cmdline")) else {
                return false;
            };
            let args: Vec<&[u8]> = cmdline.split(|b| *b == 0).collect();
            args.first()
                .is_some_and(|a| *a == harness::binary().as_bytes())
                && args.contains(&db.as_bytes())
        })
        .collect()
}

#[test]
fn closing_the_terminal_ends_pomost_even_when_no_sighup_comes() {
    // Under runuser, su or setsid the program is not in the terminal's
    // session, so the kernel's SIGHUP never reaches it: reads of the dead
    // terminal return nothing, forever. setsid -w reproduces that here.
    let fx = Fixture::new();
    fx.init();
    let db = fx.db.display().to_string();
    let mut s = fx
        .spawn()
        .program(
            "/usr/bin/setsid",
            &["-w", harness::binary(), "--db", &db, "--lang", "en"],
        )
        .start();
    wait_for_layout(&mut s, "Services");
    let pids = pomost_processes_on(&fx.db);
    assert_eq!(pids.len(), 1, "one pomost on the test's database: {pids:?}");
    s.hang_up();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while !pomost_processes_on(&fx.db).is_empty() {
        if std::time::Instant::now() > deadline {
            for pid in pomost_processes_on(&fx.db) {
                // SAFETY: kill has no memory preconditions.
                unsafe { libc::kill(pid, libc::SIGKILL) };
            }
            panic!("pomost kept running on a hung-up terminal it got no SIGHUP from");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

#[test]
fn timetable_moves_by_week_and_goes_to_a_date_showing_the_forum_session() {
    let fx = Fixture::new();
    fx.init();
    let mut s = fx.spawn().args(&["--lang", "en"]).size(100, 30).start();
    wait_for_layout(&mut s, "Services");

    // F4: the third tab (F2…F5 as Alt-1…4).
    s.send(F4);
    s.wait_for("the timetable tab with this week's title", |s| {
        s.text().contains(" Week ") && s.text().contains("Details")
    });
    let week_of = |s: &Session| {
        let text = s.text();
        text.split(" Week ")
            .nth(1)
            .and_then(|t| t.split_whitespace().next())
            .map(str::to_owned)
            .unwrap_or_default()
    };
    let this_week = week_of(&s);
    assert!(this_week.contains("-W"), "week title: {this_week:?}");

    s.send("]");
    s.wait_for("the next week", |s| {
        let w = week_of(s);
        !w.is_empty() && w != this_week
    });

    s.send("g");
    s.wait_for("the go-to-date question", |s| {
        s.text().contains("Go to date")
    });
    s.send("2022-02-30\r");
    s.wait_for("a clear message on an impossible date", |s| {
        s.text()
            .contains("There is no day 2022-02-30: that month has 28 days.")
    });
    // Clear the wrong answer and give a real date.
    s.send("\x15");
    for _ in 0.."2022-02-30".len() {
        s.send("\x7f");
    }
    s.send("2022-12-01\r");
    s.wait_for("week 48 of 2022", |s| week_of(s) == "2022-W48");
    // Thursday is selected; the Forum meeting (14:00) follows the 13:00 session.
    s.send("j");
    s.wait_for("the Forum meeting in the details", |s| {
        let text = flat(&s.text());
        week_of(s) == "2022-W48"
            && text.contains("Forum for the Exchange")
            && text.contains("1 December 2022 (Thursday), 14:00")
            && text.contains("migracje@wrk.org.pl")
    });
    s.send(CTRL_Q);
    assert!(s.wait_exit().success());
    assert_terminal_restored(&s);
}

#[test]
fn a_consultation_typed_before_a_hang_up_is_offered_back_at_the_next_start() {
    let fx = Fixture::new();
    fx.init();
    let mut s = new_consultation_form(&fx);
    // Date/time is prefilled; Tab to the client code and type it, then to the notes.
    s.send("\t");
    s.send("KL-2024");
    for _ in 0..12 {
        s.send("\t");
    }
    s.send("Odwołanie od decyzji wojewody");
    s.wait_for("the typed notes", |s| {
        s.text().contains("Odwołanie od decyzji wojewody")
    });
    // The draft is written within about a second of the last change.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    let store = loop {
        let found = pomost::store::Store::open_existing(&fx.db)
            .ok()
            .filter(|st| {
                st.draft(&pomost::config::current_user(), "consultation")
                    .ok()
                    .flatten()
                    .is_some_and(|(json, _)| json.contains("Odwołanie od decyzji wojewody"))
            });
        if let Some(store) = found {
            break store;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the draft was not written within 5 s"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    };
    drop(store);
    s.signal(libc::SIGHUP);
    assert_eq!(s.wait_exit().exit_code(), 129);

    let mut again = fx.spawn().args(&["--lang", "en"]).start();
    again.wait_for("the draft to be offered", |s| {
        flat(&s.text()).contains("You have an unsaved consultation draft")
    });
    // A word typed at once does not answer (y, n are letters); Enter opens.
    again.send("yn");
    again.send("\r");
    again.wait_for("the form with the typed text", |s| {
        let text = s.text();
        text.contains("KL-2024") && text.contains("Odwołanie od decyzji wojewody")
    });
    // Esc asks first (something was typed); y discards, and the draft is gone.
    again.send("\x1b");
    again.wait_for("the discard question", |s| {
        flat(&s.text()).contains("Discard what you typed?")
    });
    again.send("y");
    again.wait_for("the list again", |s| s.text().contains("today, everyone's"));
    again.send(CTRL_Q);
    assert!(again.wait_exit().success());
    let store = pomost::store::Store::open_existing(&fx.db).expect("open");
    assert_eq!(
        store
            .draft(&pomost::config::current_user(), "consultation")
            .expect("read drafts"),
        None
    );
}

#[test]
fn a_consultation_logged_elsewhere_appears_without_a_key_press() {
    let fx = Fixture::new();
    fx.init();
    let mut s = fx.spawn().args(&["--lang", "en"]).start();
    wait_for_layout(&mut s, "Services");
    s.send("\x1b2");
    s.wait_for("the empty list of today", |s| {
        s.text().contains("today, everyone's (0)")
    });
    cli(
        &fx,
        &[
            "log",
            "--client",
            "ZZ-999",
            "--topic",
            "crisis",
            "--note",
            "from another desk",
        ],
    );
    // No key is sent: the screen must notice the other process's change.
    s.wait_for("the new consultation on screen", |s| {
        let text = s.text();
        text.contains("today, everyone's (1)") && text.contains("from another desk")
    });
    s.send(CTRL_Q);
    assert!(s.wait_exit().success());
}

/// The screen in English on the fixture's database, on Consultations with
/// the new-consultation form open.
fn new_consultation_form(fx: &Fixture) -> Session {
    let mut s = fx.spawn().args(&["--lang", "en"]).start();
    wait_for_layout(&mut s, "Services");
    s.send("\x1b2");
    s.wait_for("the consultations screen", |s| {
        s.text().contains("today, everyone's")
    });
    s.send("n");
    s.wait_for("the consultation form", |s| {
        s.text().contains("New consultation")
    });
    s
}

/// Runs the command line on the fixture's database (in English), checking it
/// succeeds; its standard output.
fn cli(fx: &Fixture, args: &[&str]) -> String {
    let out = std::process::Command::new(harness::binary())
        .args(["--lang", "en", "--db"])
        .arg(&fx.db)
        .args(args)
        .env_remove("POMOST_DB")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run pomost");
    assert!(
        out.status.success(),
        "pomost {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

#[test]
fn the_shown_report_is_saved_as_csv_the_same_as_the_command_line_gives() {
    let fx = Fixture::new();
    fx.init();
    cli(
        &fx,
        &[
            "log", "--client", "ZZ-1", "--topic", "crisis", "--topic", "legal",
        ],
    );
    cli(&fx, &["log", "--client", "ZZ-2", "--topic", "legal"]);
    let mut s = fx.spawn().args(&["--lang", "en"]).size(100, 30).start();
    wait_for_layout(&mut s, "Services");
    s.send("\x1b4");
    s.wait_for("this month's report with both consultations", |s| {
        s.text().contains("Consultations: 2")
    });
    s.send("x");
    s.wait_for("the question with a proposed file name", |s| {
        let text = s.text();
        text.contains("Save the report as CSV to") && text.contains("pomost-report-")
    });
    // The period shown is in the proposed name: from the 1st of the month to today.
    let text = s.text();
    let proposed = text
        .split("pomost-report-")
        .nth(1)
        .and_then(|t| t.split(".csv").next())
        .expect("proposed name")
        .to_owned();
    let (from, rest) = proposed.split_at(10);
    let (to, by) = rest.trim_start_matches('-').split_at(10);
    assert!(from.ends_with("-01"), "from the 1st: {proposed}");
    assert_eq!(by, "-topic", "the breakdown is in the name: {proposed}");
    let target = fx.db.with_file_name("november.csv");
    for _ in 0..60 {
        s.send("\x7f");
    }
    s.send(format!("{}\r", target.display()));
    s.wait_for("the saved message", |s| {
        flat(&s.text()).contains("Saved the report to")
    });
    s.send(CTRL_Q);
    assert!(s.wait_exit().success());

    let saved = std::fs::read_to_string(&target).expect("the report file");
    // The screen saves for a spreadsheet: BOM, `;`, CRLF, totals apart.
    assert!(
        saved.starts_with("\u{feff}code;label;count;value\r\n"),
        "{saved}"
    );
    assert!(saved.contains("\r\nlegal;Legal advice;2;\r\n"), "{saved}");
    assert!(saved.contains("crisis;"), "{saved}");
    assert!(saved.contains("\r\ntotal;Consultations;;2\r\n"), "{saved}");
    assert!(saved.contains("\r\nnote;"), "{saved}");
    let expected = cli(&fx, &["report", "--from", from, "--to", to, "--excel"]);
    assert_eq!(saved, expected);
}

#[test]
fn a_session_changed_by_someone_else_while_open_is_not_overwritten_silently() {
    use pomost::model::SessionWhen;
    let fx = Fixture::new();
    fx.init();
    let mut s = fx.spawn().args(&["--lang", "en"]).size(100, 30).start();
    wait_for_layout(&mut s, "Services");
    s.send("\x1b3");
    s.wait_for("the timetable", |s| s.text().contains(" Week "));
    s.send("g");
    s.wait_for("the go-to-date question", |s| {
        s.text().contains("Go to date")
    });
    s.send("2022-12-01\r");
    s.send("j");
    s.wait_for("the Forum meeting selected", |s| {
        flat(&s.text()).contains("1 December 2022 (Thursday), 14:00")
    });
    s.send("e");
    s.wait_for("the session form", |s| s.text().contains("Ctrl-S"));
    s.send(" (room 2)");

    // Meanwhile another process (another staff member) changes the session.
    let mut store = pomost::store::Store::open_existing(&fx.db).expect("open");
    let mut theirs = store
        .sessions()
        .expect("sessions")
        .into_iter()
        .find(|x| {
            x.title.text.starts_with("Forum Wymiany")
                && matches!(x.when, SessionWhen::Once { date, .. }
                    if date.to_string() == "2022-12-01")
                && matches!(x.when, SessionWhen::Once { starts, .. }
                    if starts.format("%H:%M").to_string() == "14:00")
        })
        .expect("the Forum session");
    let version = store
        .session_version(theirs.id)
        .expect("version")
        .expect("exists");
    theirs.place = Some("Sala 101".into());
    store
        .save_session(&theirs, Some(version), "daemon")
        .expect("their save");

    s.send("\x13");
    s.wait_for("who changed it, instead of a save", |s| {
        let text = flat(&s.text());
        text.contains("Not saved: daemon changed this record") && text.contains("Ctrl-S again")
    });
    // The typed change is still in the form; saving again keeps it as newer.
    assert!(flat(&s.text()).contains("(room 2)"));
    s.send("\x13");
    s.wait_for("the save", |s| s.text().contains("Saved the session"));
    s.send(CTRL_Q);
    assert!(s.wait_exit().success());

    let ours = store
        .sessions()
        .expect("sessions")
        .into_iter()
        .find(|x| x.id == theirs.id)
        .expect("still there");
    assert!(ours.title.text.ends_with("(room 2)"), "{:?}", ours.title);
    // Both changes are in the history, in order, each with before and after.
    let history = store
        .audit(&pomost::audit::Query {
            target: Some(theirs.id.to_string()),
            ..Default::default()
        })
        .expect("audit");
    let changes: Vec<_> = history
        .iter()
        .filter(|e| e.action == pomost::audit::Action::Change)
        .collect();
    assert_eq!(changes.len(), 2, "{history:#?}");
    assert_eq!(changes[1].actor, "daemon");
    assert_eq!(
        changes[1].after.as_ref().expect("after")["place"],
        "Sala 101"
    );
    assert_eq!(changes[0].actor, pomost::config::current_user());
    assert!(
        changes[0].after.as_ref().expect("after")["title"]
            .as_str()
            .is_some_and(|t| t.ends_with("(room 2)"))
    );
}

#[test]
fn a_save_that_waits_for_another_users_says_so_and_a_long_wait_keeps_the_form() {
    let fx = Fixture::new();
    fx.init();
    let mut s = fx
        .spawn()
        .args(&["--lang", "en"])
        .env("POMOST_BUSY_LIMIT", "3")
        .start();
    wait_for_layout(&mut s, "Services");
    s.send("\x1b2");
    s.wait_for("the consultations screen", |s| {
        s.text().contains("today, everyone's")
    });
    s.send("n");
    s.wait_for("the form", |s| s.text().contains("New consultation"));
    fill_client_and_crisis_topic(&mut s, "WAIT-1");

    // Another user's save holds the database (a write transaction left open).
    let other = rusqlite::Connection::open(&fx.db).expect("open");
    other.execute_batch("BEGIN IMMEDIATE").expect("lock");
    s.send("\x13");
    s.wait_for("the waiting notice", |s| {
        s.text().contains("waiting for another user's save…")
    });
    s.wait_for("the save given up after the limit, the form kept", |s| {
        let text = flat(&s.text());
        text.contains("Not saved: another user's save held the database for over 3 s")
            && text.contains("WAIT-1")
            && text.contains("New consultation")
    });
    assert!(!s.text().contains("database is locked"));
    // The other save ends; saving again works.
    other.execute_batch("ROLLBACK").expect("unlock");
    s.send("\x13");
    s.wait_for("the save", |s| {
        s.text()
            .contains("Saved the consultation of client WAIT-1.")
    });
    // The screen was repainted whole: no trace of the notice is left.
    assert!(!s.text().contains("waiting for another user's save"));
    s.send(CTRL_Q);
    assert!(s.wait_exit().success());
    let listed = cli(&fx, &["consultations", "list", "--format", "json"]);
    assert_eq!(listed.matches("WAIT-1").count(), 1, "{listed}");
}

#[test]
fn a_consultation_saved_in_one_screen_appears_in_another_within_two_seconds() {
    let fx = Fixture::new();
    fx.init();
    let mut a = fx.spawn().args(&["--lang", "en"]).start();
    let mut b = fx.spawn().args(&["--lang", "en"]).start();
    for s in [&mut a, &mut b] {
        wait_for_layout(s, "Services");
        s.send("\x1b2");
        s.wait_for("the empty list of today", |s| {
            s.text().contains("today, everyone's (0)")
        });
    }
    a.send("n");
    a.wait_for("the form", |s| s.text().contains("New consultation"));
    fill_client_and_crisis_topic(&mut a, "TWO-1");
    a.send("\x13");
    a.wait_for("the save", |s| {
        s.text().contains("Saved the consultation of client TWO-1.")
    });
    let saved = std::time::Instant::now();
    // The other screen shows it without a key press.
    b.wait_for("the consultation from the other screen", |s| {
        s.text().contains("today, everyone's (1)") && s.text().contains("TWO-1")
    });
    let after = saved.elapsed();
    assert!(
        after <= std::time::Duration::from_secs(2),
        "appeared after {after:?}"
    );
    for mut s in [a, b] {
        s.send(CTRL_Q);
        assert!(s.wait_exit().success());
    }
}

#[test]
fn a_staff_member_who_may_only_read_the_file_gets_the_screen_read_only() {
    use std::os::unix::fs::PermissionsExt;
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("skipped: needs root to run pomost as another Unix user (runuser)");
        return;
    }
    let fx = Fixture::new();
    fx.init();
    cli(&fx, &["staff", "add", "nobody", "--role", "coordinator"]);
    // Nobody has the database open: no -wal/-shm beside it, a directory the
    // user cannot write, a file they can only read.
    let dir = fx.db.parent().expect("dir");
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    std::fs::set_permissions(&fx.db, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let db = fx.db.display().to_string();
    let before = std::fs::read(&fx.db).expect("read");
    let mut s = fx
        .spawn()
        .program(
            ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"]
                .into_iter()
                .find(|p| std::path::Path::new(p).exists())
                .expect("runuser (util-linux)"),
            &[
                "-u",
                "nobody",
                "--",
                harness::binary(),
                "--db",
                &db,
                "--lang",
                "en",
            ],
        )
        .start();
    s.wait_for("the screen, marked read-only", |s| {
        s.text().contains("[read-only]") && s.text().contains("Services 31/31")
    });
    s.send("legal");
    s.wait_for("a search", |s| s.text().contains("Legal counselling"));
    // Alt-v: verify (a coordinator's change), refused on a read-only file.
    s.send("\x1bv");
    s.wait_for("the change refused in words", |s| {
        s.text()
            .contains("The database is read-only; the change is not possible.")
    });
    s.send(CTRL_Q);
    assert!(s.wait_exit().success());
    assert_eq!(std::fs::read(&fx.db).expect("read"), before);
}

#[test]
fn a_coordinator_adds_a_service_through_the_form_and_it_is_searchable_at_once() {
    let fx = Fixture::new();
    fx.init();
    let mut s = fx.spawn().args(&["--lang", "en"]).start();
    wait_for_layout(&mut s, "Services");
    s.send("\x1bn");
    s.wait_for("the service form", |s| s.text().contains("New service"));
    s.send("Dyżur testowy");
    // Down to the opening hours: a closing time before the opening one.
    for _ in 0..9 {
        s.send("\t");
    }
    s.send("pn 15:00-09:00");
    s.send("\x13");
    s.wait_for("the problem beside the field (wrapped, not cut)", |s| {
        let text = s.text();
        text.contains("line 1: the closing time must be after the opening")
            && text.lines().any(|l| l.trim_matches(['│', ' ']) == "time")
    });
    for _ in 0.."15:00-09:00".len() {
        s.send("\x7f");
    }
    s.send("09:00-15:00");
    s.send("\x13");
    s.wait_for("the save, and the service in the list", |s| {
        let text = s.text();
        text.contains("Saved the service \"Dyżur testowy\".") && text.contains("Services 32/32")
    });
    s.send(CTRL_Q);
    assert!(s.wait_exit().success());
    let found = cli(&fx, &["services", "search", "dyzur testowy", "--json"]);
    assert!(found.contains("Dyżur testowy"), "{found}");
    let audit = cli(&fx, &["audit", "--format", "json"]);
    assert!(audit.contains("\"kind\": \"service\""), "{audit}");
    assert!(audit.contains("Dyżur testowy"));
}

/// The referral of issue #13, typed as a help-desk worker would from a fresh
/// start: someone living in Słupsk needs legal advice; they are referred to
/// it and a 15-minute in-person consultation with a new client code is
/// logged — in at most 20 keys, each one counted here.
#[test]
fn the_referral_from_the_search_takes_at_most_twenty_keys() {
    let fx = Fixture::new();
    fx.init();
    let mut s = fx
        .spawn()
        .args(&["--lang", "en"])
        .env("POMOST_NOW", "2026-11-23 12:00")
        .start();
    wait_for_layout(&mut s, "Services");
    let mut keys: Vec<&str> = Vec::new();
    let mut press = |s: &mut Session, key: &'static str| {
        keys.push(key);
        s.send(key);
    };
    // The question as it is asked (a Polish keyboard types `ł` in one key).
    let query = "prawo słupsk";
    for (i, c) in query.char_indices() {
        let key: &'static str = &query[i..i + c.len_utf8()];
        press(&mut s, key);
    }
    s.wait_for("legal counselling first, read as place and topic", |s| {
        let text = flat(&s.text());
        selected_row(&s.rows()).as_deref() == Some("Legal counselling")
            && text.contains("│prawo słupsk")
    });
    // Enter refers to the selected service: the form opens on the client code.
    press(&mut s, "\r");
    s.wait_for("the referral form on the client code", |s| {
        let text = s.text();
        text.contains("New consultation")
            && text.contains("Ctrl-N new code")
            && s.rows().iter().any(|r| r.contains("│›Client"))
    });
    // A new code; then Alt-m to the minutes from there, 15, and save.
    press(&mut s, "\x0e");
    s.wait_for("a new client code", |s| s.text().contains("K-"));
    press(&mut s, "\x1bm");
    s.wait_for("the minutes focused", |s| {
        s.rows().iter().any(|r| r.contains("│›Minutes"))
    });
    press(&mut s, "1");
    press(&mut s, "5");
    s.wait_for("15 minutes typed", |s| {
        s.rows()
            .iter()
            .any(|r| r.contains("│›Minutes") && r.contains(" 15 "))
    });
    press(&mut s, "\x13");
    // Back on the search exactly as it was, with a one-line confirmation.
    s.wait_for("the search again, with the confirmation", |s| {
        let text = flat(&s.text());
        text.contains("referred to Legal counselling.")
            && text.contains("│prawo słupsk")
            && selected_row(&s.rows()).as_deref() == Some("Legal counselling")
            && !text.contains("New consultation")
    });
    assert!(keys.len() <= 20, "{} keys: {keys:?}", keys.len());
    assert_eq!(keys.len(), 18, "{keys:?}");
    s.send(CTRL_Q);
    assert!(s.wait_exit().success());

    // The saved row.
    let services: serde_json::Value =
        serde_json::from_str(&cli(&fx, &["services", "search", "prawo słupsk", "--json"]))
            .expect("services as JSON");
    let legal = &services["services"][0];
    assert_eq!(legal["name"], "Legal counselling");
    let rows: serde_json::Value =
        serde_json::from_str(&cli(&fx, &["consultations", "list", "--format", "json"]))
            .expect("consultations as JSON");
    let rows = rows.as_array().expect("an array");
    assert_eq!(rows.len(), 1, "{rows:?}");
    let row = &rows[0];
    assert_eq!(row["topics"], serde_json::json!(["legal"]));
    // The city of Słupsk is its own (city) county in the catalogue.
    assert_eq!(row["county"], "Słupsk");
    assert_eq!(row["referrals"], serde_json::json!([legal["id"]]));
    assert_eq!(row["minutes"], 15);
    assert_eq!(row["channel"], "in-person");
    assert_eq!(row["at"], "2026-11-23 12:00");
    let client = row["client"].as_str().expect("a client code");
    assert!(
        client.len() == 8
            && client.starts_with("K-")
            && client[2..]
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()),
        "{client}"
    );
}
