//! The same session under the terminal types Pomost meets: xterm and its
//! 256-colour variant, GNU screen, tmux and the Linux console. Each starts the
//! real binary in a pseudo-terminal at 80×24 (see `e2e/harness.rs`), moves in
//! the list, searches, opens the timetable, quits with `q`, and must leave the
//! terminal as it found it.
//!
//! Colours: the 16 named colours are sent as the plain SGR 30–37/90–97 and
//! 40–47/100–107, never as `38;5;N`/`48;5;N`, which the Linux console (before
//! 3.16 it underlines instead) and older terminals do not understand.

#[path = "e2e/harness.rs"]
#[allow(dead_code)]
mod harness;

use harness::{ENTER_ALT, Fixture, LEAVE_ALT, SHOW_CURSOR, Session, list_count, rfind};

/// Services in the shipped catalogue.
const CATALOGUE: usize = 31;

/// The footer (last row), trimmed.
fn footer(s: &Session) -> String {
    s.rows()
        .last()
        .map(|r| r.trim().to_owned())
        .unwrap_or_default()
}

/// The parameters of every SGR sequence (`ESC[…m`) in `raw`; an empty one is
/// written as "0".
fn sgr_params(raw: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    let mut i = 0;
    while i + 1 < raw.len() {
        if raw[i] != 0x1b || raw[i + 1] != b'[' {
            i += 1;
            continue;
        }
        let start = i + 2;
        let Some(len) = raw[start..].iter().position(|b| (0x40..=0x7e).contains(b)) else {
            break;
        };
        let end = start + len;
        if raw[end] == b'm' {
            let params = String::from_utf8_lossy(&raw[start..end]).into_owned();
            found.push(if params.is_empty() {
                "0".to_owned()
            } else {
                params
            });
        }
        i = end + 1;
    }
    found
}

/// Extended colours (`38;…`, `48;…`, `58;…`) among SGR parameters.
fn extended_colours(raw: &[u8]) -> Vec<String> {
    sgr_params(raw)
        .into_iter()
        .filter(|p| p.split(';').any(|n| matches!(n, "38" | "48" | "58")))
        .collect()
}

/// Whether any cell on screen has a colour.
fn coloured_cells(s: &Session) -> usize {
    let screen = s.screen();
    let (rows, cols) = screen.size();
    (0..rows)
        .flat_map(|r| (0..cols).map(move |c| (r, c)))
        .filter(|&(r, c)| {
            screen.cell(r, c).is_some_and(|cell| {
                cell.fgcolor() != vt100::Color::Default || cell.bgcolor() != vt100::Color::Default
            })
        })
        .count()
}

/// The colour of the cell showing `›` (the selected row's marker).
fn marker_background(s: &Session) -> Option<vt100::Color> {
    let screen = s.screen();
    let (rows, cols) = screen.size();
    (0..rows)
        .flat_map(|r| (0..cols).map(move |c| (r, c)))
        .find_map(|(r, c)| {
            let cell = screen.cell(r, c)?;
            (cell.contents() == "›").then(|| cell.bgcolor())
        })
}

/// As in `e2e.rs`: the alternate screen left after it was last entered, the
/// cursor shown, bracketed paste off, the line discipline cooked again.
fn assert_terminal_restored(s: &Session, term: &str) {
    let raw = s.raw();
    let entered = rfind(raw, ENTER_ALT).expect("the program entered the alternate screen");
    let left = rfind(raw, LEAVE_ALT).expect("the program left the alternate screen");
    assert!(
        left > entered,
        "TERM={term}: the alternate screen was not left"
    );
    let shown = rfind(raw, SHOW_CURSOR).expect("the program showed the cursor again");
    assert!(
        shown > entered,
        "TERM={term}: the cursor was not shown again"
    );
    let screen = s.screen();
    assert!(
        !screen.alternate_screen(),
        "TERM={term}: still in the alternate screen"
    );
    assert!(
        !screen.hide_cursor(),
        "TERM={term}: the cursor is still hidden"
    );
    assert!(
        !screen.bracketed_paste(),
        "TERM={term}: bracketed paste still on"
    );
    assert!(s.cooked(), "TERM={term}: the terminal is still in raw mode");
}

/// The session under `TERM=term` (with `NO_COLOR` when `no_color`). Returns the
/// session after exit, for further checks.
fn session(term: &str, no_color: bool) -> Session {
    let fx = Fixture::new();
    fx.init();
    let mut spawn = fx
        .spawn()
        .env("TERM", term)
        .args(&["--lang", "en"])
        .size(80, 24);
    if no_color {
        spawn = spawn.env("NO_COLOR", "1");
    }
    let mut s = spawn.start();
    s.wait_for(&format!("TERM={term}: the Services screen"), |s| {
        list_count(&s.text(), "Services") == Some((CATALOGUE, CATALOGUE))
            && harness::selected_row(&s.rows()).is_some()
            && !footer(s).is_empty()
    });
    let first = harness::selected_row(&s.rows()).unwrap_or_default();

    // Move down (↓): another service is selected.
    s.send("\x1b[B");
    s.wait_for(&format!("TERM={term}: the next service selected"), |s| {
        harness::selected_row(&s.rows()).is_some_and(|r| r != first)
    });

    // Search: letters go into the search line from the start.
    s.wait_for(&format!("TERM={term}: the search line"), |s| {
        footer(s).starts_with("F1")
    });
    s.send("legal");
    s.wait_for(&format!("TERM={term}: results for \"legal\""), |s| {
        s.text().contains("│legal ")
            && matches!(list_count(&s.text(), "Services"), Some((n, CATALOGUE)) if n > 0 && n < CATALOGUE)
    });
    s.send("\x1b");
    s.wait_for(&format!("TERM={term}: the search cleared"), |s| {
        list_count(&s.text(), "Services") == Some((CATALOGUE, CATALOGUE))
    });

    // The timetable: F4 as this terminal sends it (the Linux console's own
    // sequence, tmux's and screen's SS3), or Alt-3 (ESC 3) on the others.
    let third_tab = match term {
        "linux" => "\x1b[[D",
        t if t.starts_with("screen") || t.starts_with("tmux") => "\x1bOS",
        _ => "\x1b3",
    };
    s.send(third_tab);
    s.wait_for(&format!("TERM={term}: the timetable"), |s| {
        let text = s.text();
        text.contains(" Week ") && text.contains("Details") && footer(s).starts_with("h/l")
    });
    if no_color {
        assert_eq!(
            coloured_cells(&s),
            0,
            "TERM={term} with NO_COLOR: no cell is coloured\n{}",
            s.text()
        );
    } else {
        assert!(
            coloured_cells(&s) > 0,
            "TERM={term}: the timetable is coloured\n{}",
            s.text()
        );
    }

    s.send("\x11");
    let status = s.wait_exit();
    assert!(
        status.success(),
        "TERM={term}: Ctrl-Q exits 0, got {status:?}"
    );
    assert_terminal_restored(&s, term);
    assert!(
        !s.text().contains("Services"),
        "TERM={term}: the normal screen shows nothing of the TUI:\n{}",
        s.text()
    );
    let extended = extended_colours(s.raw());
    assert!(
        extended.is_empty(),
        "TERM={term}: colours sent as extended SGR: {extended:?}"
    );
    s
}

#[test]
fn xterm() {
    session("xterm", false);
}

#[test]
fn xterm_256color() {
    session("xterm-256color", false);
}

#[test]
fn screen() {
    session("screen", false);
}

#[test]
fn tmux_256color() {
    session("tmux-256color", false);
}

/// The Linux console: the screen is coloured with plain SGR only.
#[test]
fn linux_console_gets_plain_colours() {
    let fx = Fixture::new();
    fx.init();
    let mut s = fx
        .spawn()
        .env("TERM", "linux")
        .args(&["--lang", "en"])
        .size(80, 24)
        .start();
    s.wait_for("the Services screen", |s| {
        list_count(&s.text(), "Services") == Some((CATALOGUE, CATALOGUE))
            && harness::selected_row(&s.rows()).is_some()
            && !footer(s).is_empty()
    });
    // The selection is black on cyan, sent as 30 and 46.
    assert_eq!(
        marker_background(&s),
        Some(vt100::Color::Idx(6)),
        "the selected row is cyan"
    );
    let params = sgr_params(s.raw());
    assert!(
        params.iter().any(|p| p.split(';').any(|n| n == "46")),
        "the cyan background is SGR 46: {params:?}"
    );
    assert!(
        params.iter().any(|p| p.split(';').any(|n| n == "90")),
        "dark grey (borders) is SGR 90: {params:?}"
    );
    let raw = String::from_utf8_lossy(s.raw()).into_owned();
    assert!(!raw.contains("38;5;"), "no 38;5;N under TERM=linux");
    assert!(!raw.contains("48;5;"), "no 48;5;N under TERM=linux");
    s.send("\x11");
    assert!(s.wait_exit().success());

    // And the whole session.
    session("linux", false);
}

/// `NO_COLOR` on the Linux console: attributes only, no colour at all.
#[test]
fn linux_console_without_colour() {
    let s = session("linux", true);
    let colours: Vec<String> = sgr_params(s.raw())
        .into_iter()
        .filter(|p| {
            p.split(';').any(|n| {
                n.parse::<u8>()
                    .is_ok_and(|n| (30..=49).contains(&n) || (90..=107).contains(&n))
            })
        })
        .collect();
    assert!(
        colours.is_empty(),
        "NO_COLOR: no colour SGR is sent: {colours:?}"
    );
}
