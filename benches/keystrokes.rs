//! Bytes per keystroke: what crosses a slow link (issue #5).
//!
//! Run with `cargo bench --bench keystrokes`. The real binary runs in a real
//! pseudo-terminal at 80×24 (`TERM=xterm-256color`, `--lang en`), on a fresh
//! database with a dozen consultations logged through `pomost log`. For each key
//! the bench counts every byte the program writes until its output has been
//! quiet for [`QUIET`], and compares the screens before and after the key (in a
//! vt100 emulator) to tell moves that changed the details pane from moves that
//! changed only the selection.
//!
//! Budgets from the issue: every navigation key or typed search character
//! ≤ 1 500 bytes; a move that changes only the selection ≤ 300 bytes. A full
//! repaint of the screen is given for reference.
//!
//! `cargo bench --bench keystrokes -- --detail` also prints, for each row, what
//! the program wrote for its costliest key.
//!
//! The timetable is measured on a fixed week (2022-W48, reached with `g`), so
//! its figures do not depend on the day the bench runs.

#[path = "../tests/e2e/harness.rs"]
#[allow(dead_code)]
mod harness;

mod common;

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use common::{Samples, machine, verdict};
use harness::{Fixture, Session, binary, list_count, selected_row};

/// Output counts as finished after this long without a byte.
const QUIET: Duration = Duration::from_millis(150);
/// How many times each scenario is run.
const ROUNDS: usize = 3;
/// Budgets from the issue, in bytes.
const BUDGET_KEY: f64 = 1500.0;
const BUDGET_SELECTION: f64 = 300.0;

/// Services in the shipped catalogue.
const CATALOGUE: usize = 31;

/// What a measured key is, which decides its budget.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A navigation key or a typed character: ≤ 1 500 bytes.
    Key,
    /// A move that changed only the selection (the details stayed): ≤ 300.
    Selection,
    /// For reference only.
    Reference,
}

impl Kind {
    fn budget(self) -> Option<f64> {
        match self {
            Kind::Key => Some(BUDGET_KEY),
            Kind::Selection => Some(BUDGET_SELECTION),
            Kind::Reference => None,
        }
    }
}

/// One row of the table.
struct Row {
    name: String,
    kind: Kind,
    bytes: Samples,
    /// Cells whose contents or attributes changed on the screen.
    cells: Samples,
    /// Keys after which the details pane showed something else.
    details_changed: usize,
    /// The output of the costliest key, for `--detail`.
    worst: Vec<u8>,
}

/// All rows, in the order they were first measured.
#[derive(Default)]
struct Results(Vec<Row>);

impl Results {
    fn row(&mut self, name: &str, kind: Kind) -> &mut Row {
        let at = match self.0.iter().position(|r| r.name == name) {
            Some(at) => at,
            None => {
                self.0.push(Row {
                    name: name.to_owned(),
                    kind,
                    bytes: Samples::default(),
                    cells: Samples::default(),
                    details_changed: 0,
                    worst: Vec::new(),
                });
                self.0.len() - 1
            }
        };
        &mut self.0[at]
    }

    fn add(&mut self, name: &str, kind: Kind, m: &Measured) {
        let row = self.row(name, kind);
        row.bytes.push(m.bytes as f64);
        row.cells.push(m.cells as f64);
        row.details_changed += usize::from(m.details_changed);
        if m.output.len() > row.worst.len() {
            row.worst.clone_from(&m.output);
        }
    }
}

/// What one key cost.
struct Measured {
    bytes: usize,
    cells: usize,
    details_changed: bool,
    /// What the program wrote.
    output: Vec<u8>,
}

/// Seconds since the epoch.
fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// The program redraws when the minute changes (the timetable's "now"); a key
/// measured across that moment would count the clock's bytes too. So close to a
/// minute's end, wait for the next one and let its frame pass first.
fn clear_of_the_minute(s: &mut Session) {
    let second = now_secs() % 60;
    if second >= 58 {
        std::thread::sleep(Duration::from_secs(60 - second) + Duration::from_millis(200));
        s.read_until_quiet(QUIET);
    }
}

/// The rectangle (top, left, bottom, right; inclusive) of the pane titled
/// `┌ {title}`, if one is on screen.
fn pane(screen: &vt100::Screen, title: &str) -> Option<(u16, u16, u16, u16)> {
    let (rows, cols) = screen.size();
    let text = |r: u16, c: u16| {
        screen
            .cell(r, c)
            .map(|cell| cell.contents().to_owned())
            .unwrap_or_default()
    };
    let wanted: Vec<String> = format!("┌ {title}").chars().map(String::from).collect();
    for top in 0..rows {
        for left in 0..cols.saturating_sub(wanted.len() as u16) {
            let found = wanted
                .iter()
                .enumerate()
                .all(|(i, w)| text(top, left + i as u16) == *w);
            if !found {
                continue;
            }
            let right = (left + 1..cols).find(|&c| text(top, c) == "┐")?;
            let bottom = (top + 1..rows).find(|&r| text(r, left) == "└")?;
            return Some((top, left, bottom, right));
        }
    }
    None
}

/// Cells that differ between two screens of the same size, and whether any of
/// them lies in the details pane (as it was before).
fn compare(before: &vt100::Screen, after: &vt100::Screen) -> (usize, bool) {
    let (rows, cols) = after.size();
    let details = pane(before, "Details");
    let mut changed = 0;
    let mut in_details = false;
    for r in 0..rows {
        for c in 0..cols {
            if before.cell(r, c) != after.cell(r, c) {
                changed += 1;
                if let Some((top, left, bottom, right)) = details {
                    in_details |= (top..=bottom).contains(&r) && (left..=right).contains(&c);
                }
            }
        }
    }
    (changed, in_details)
}

/// Sends one key and counts what the program wrote until it was quiet.
fn press(s: &mut Session, key: &str) -> Measured {
    clear_of_the_minute(s);
    let before = s.screen().clone();
    let from = s.raw().len();
    s.send(key);
    let bytes = s.read_until_quiet(QUIET);
    let (cells, details_changed) = compare(&before, s.screen());
    Measured {
        bytes,
        cells,
        details_changed,
        output: s.raw()[from..].to_vec(),
    }
}

/// Waits (bounded) for the screen to satisfy `ready`, then for quiet.
fn settle(s: &mut Session, what: &str, ready: impl Fn(&Session) -> bool) {
    s.wait_for(what, ready);
    s.read_until_quiet(QUIET);
}

/// The footer (last row), trimmed.
fn footer(s: &Session) -> String {
    s.rows()
        .last()
        .map(|r| r.trim().to_owned())
        .unwrap_or_default()
}

/// The database: `pomost init`, then consultations logged today.
fn prepare(fx: &Fixture) {
    fx.init();
    let topics = ["legal", "legalisation", "employment", "housing", "language"];
    let countries = ["UA", "BY", "GE", "IN", "VN"];
    let notes = [
        "Odwołanie od decyzji wojewody; skierowano do porady prawnej.",
        "Wniosek o kartę pobytu: sprawdzono komplet dokumentów.",
        "Szukanie pracy, CV po polsku, skierowanie do doradcy zawodowego.",
        "Umowa najmu mieszkania: omówiono kaucję i wypowiedzenie.",
        "Zapisy na kurs języka polskiego od poziomu A1.",
        "Konsultacja telefoniczna, umówiono wizytę w przyszłym tygodniu.",
    ];
    for i in 0..12 {
        let client = format!("K-{:06}", 100_000 + i * 7_919);
        let out = std::process::Command::new(binary())
            .args(["--lang", "en", "--db"])
            .arg(&fx.db)
            .args(["log", "--client", &client])
            .args(["--topic", topics[i % topics.len()]])
            .args(["--country", countries[i % countries.len()]])
            .args(["--language", "uk", "--minutes", "30"])
            .args(["--note", notes[i % notes.len()]])
            .env_remove("POMOST_DB")
            .env_remove("POMOST_LANG")
            .stdin(std::process::Stdio::null())
            .output()
            .expect("run pomost log");
        assert!(
            out.status.success(),
            "pomost log failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// Starts the TUI and waits for the Services screen, settled. Returns the
/// bytes from start to the settled screen.
fn start(fx: &Fixture) -> (Session, usize) {
    let mut s = fx
        .spawn()
        .env("TERM", "xterm-256color")
        .args(&["--lang", "en"])
        .size(80, 24)
        .start();
    settle(&mut s, "the Services screen with the catalogue", |s| {
        list_count(&s.text(), "Services") == Some((CATALOGUE, CATALOGUE))
            && selected_row(&s.rows()).is_some()
            && !footer(s).is_empty()
    });
    let bytes = s.raw().len();
    (s, bytes)
}

fn services_moves(s: &mut Session, r: &mut Results) {
    // Far enough down to scroll the list (15 rows shown), and back.
    // ↓ and ↑ (letters are typed into the search on this screen).
    for key in ["\x1b[B"; 18].into_iter().chain(["\x1b[A"; 18]) {
        let m = press(s, key);
        r.add("Services list ↓/↑", Kind::Key, &m);
    }
}

fn search(s: &mut Session, r: &mut Results) {
    // The search line has the keys from the start.
    for query in ["praw", "kurs", "legal"] {
        for c in query.chars() {
            let m = press(s, &c.to_string());
            r.add(
                "Search: typing \"praw\" \"kurs\" \"legal\" letter by letter",
                Kind::Key,
                &m,
            );
        }
        for _ in query.chars() {
            let m = press(s, "\x7f");
            r.add("Search: Backspace", Kind::Key, &m);
        }
    }
    // The query cleared.
    s.send("\x1b");
    settle(s, "the whole list", |s| {
        list_count(&s.text(), "Services") == Some((CATALOGUE, CATALOGUE))
    });
}

fn timetable(s: &mut Session, r: &mut Results) {
    // A fixed week: Monday 28 November 2022 (Wed, Thu and Fri have sessions).
    s.send("g");
    settle(s, "the go-to-date question", |s| {
        s.text().contains("Go to date")
    });
    s.send("2022-11-28\r");
    settle(s, "week 2022-W48", |s| {
        s.text().contains("2022-W48") && !s.text().contains("Go to date")
    });
    // Monday → Sunday and back, through every session of each day.
    let keys = [
        "l", "l", "j", "k", "l", "j", "k", "l", "l", "l", "\x1b[D", "\x1b[D", "\x1b[B", "\x1b[A",
        "\x1b[D", "\x1b[D", "\x1b[C", "h", "h", "h",
    ];
    for key in keys {
        let m = press(s, key);
        if m.cells == 0 {
            // j/k on a day with one session or none: nothing to redraw.
            r.add(
                "Timetable: a move that changes nothing",
                Kind::Reference,
                &m,
            );
        } else if m.details_changed {
            r.add("Timetable h/j/k/l ←↓↑→, details change", Kind::Key, &m);
        } else {
            r.add(
                "Timetable h/j/k/l ←↓↑→, selection only",
                Kind::Selection,
                &m,
            );
        }
    }
    let m = press(s, "]");
    r.add("Timetable ] (next week)", Kind::Key, &m);
    let m = press(s, "[");
    r.add("Timetable [ (previous week)", Kind::Key, &m);
}

fn consultations(s: &mut Session, r: &mut Results) {
    for key in ["j"; 6].into_iter().chain(["k"; 6]) {
        let m = press(s, key);
        r.add("Consultations list j/k", Kind::Key, &m);
    }
}

/// Switches tabs with `key`; the tab is there when the footer begins with
/// `hint` (its first key).
fn tab(s: &mut Session, r: &mut Results, key: &str, hint: &str) {
    let m = press(s, key);
    r.add("Switching tabs 1 2 3 4", Kind::Reference, &m);
    settle(s, &format!("tab {key} (footer {hint:?})"), |s| {
        footer(s).starts_with(hint)
    });
}

/// A full repaint at 80×24: the terminal is resized away and back; the second
/// resize is counted (ratatui clears and draws every cell).
fn full_repaint(s: &mut Session, r: &mut Results) {
    clear_of_the_minute(s);
    s.resize(81, 24);
    s.read_until_quiet(QUIET);
    let from = s.raw().len();
    s.resize(80, 24);
    let bytes = s.read_until_quiet(QUIET);
    r.add(
        "Full repaint at 80×24 (after a resize)",
        Kind::Reference,
        &Measured {
            bytes,
            cells: 80 * 24,
            details_changed: true,
            output: s.raw()[from..].to_vec(),
        },
    );
}

fn print(r: &Results) -> bool {
    println!();
    println!(
        "  {:<52} {:>4} {:>8} {:>6} {:>8} {:>7}  verdict",
        "bytes written per key (80×24)", "n", "median B", "max B", "cells Δ", "budget"
    );
    let mut all_ok = true;
    for row in &r.0 {
        let max = row.bytes.max();
        let (budget, mark) = match row.kind.budget() {
            Some(b) => {
                let ok = max <= b;
                all_ok &= ok;
                (format!("≤ {b:.0}"), verdict(ok).to_owned())
            }
            None => ("—".to_owned(), "(reference)".to_owned()),
        };
        let details = if row.name.starts_with("Services list")
            || row.name.starts_with("Consultations list")
        {
            format!(
                "; details changed {}/{}",
                row.details_changed,
                row.bytes.0.len()
            )
        } else {
            String::new()
        };
        println!(
            "  {:<52} {:>4} {:>8.0} {:>6.0} {:>8.0} {:>7}  {mark}{details}",
            row.name,
            row.bytes.0.len(),
            row.bytes.pct(50.0),
            max,
            row.cells.pct(50.0),
            budget,
        );
    }
    all_ok
}

fn main() {
    let started = Instant::now();
    println!(
        "pomost keystroke bytes benchmark: the real binary in a pseudo-terminal, 80×24, \
         TERM=xterm-256color, --lang en; a key's output ends after {} ms of quiet; \
         {ROUNDS} rounds",
        QUIET.as_millis()
    );
    println!("machine: {}", machine());

    let fx = Fixture::new();
    prepare(&fx);
    let mut r = Results::default();
    for _ in 0..ROUNDS {
        let (mut s, first) = start(&fx);
        r.add(
            "First screen: start → Services settled (incl. set-up)",
            Kind::Reference,
            &Measured {
                bytes: first,
                cells: 80 * 24,
                details_changed: true,
                output: s.raw().to_vec(),
            },
        );
        services_moves(&mut s, &mut r);
        search(&mut s, &mut r);
        // Alt-1…4 (Esc and the digit) change the screens.
        tab(&mut s, &mut r, "\x1b2", "n new consultation");
        consultations(&mut s, &mut r);
        tab(&mut s, &mut r, "\x1b3", "h/l");
        timetable(&mut s, &mut r);
        tab(&mut s, &mut r, "\x1b4", "p/P");
        tab(&mut s, &mut r, "\x1b1", "F1 help");
        full_repaint(&mut s, &mut r);
        s.send("\x11");
        assert!(s.wait_exit().success(), "Ctrl-Q ends pomost");
    }

    let ok = print(&r);
    println!("  (cells Δ: median number of screen cells the key changed, of 1 920)");
    if std::env::args().any(|a| a == "--detail") {
        for row in &r.0 {
            println!();
            println!("{} — the costliest key's output:", row.name);
            println!("{}", String::from_utf8_lossy(&row.worst).escape_debug());
        }
    }
    println!();
    println!(
        "Budgets (issue #5, max of every key): navigation keys and typed characters \
         ≤ {BUDGET_KEY:.0} B, selection-only moves ≤ {BUDGET_SELECTION:.0} B: {}",
        verdict(ok)
    );
    println!("(whole run {:.1} s)", started.elapsed().as_secs_f64());
}
