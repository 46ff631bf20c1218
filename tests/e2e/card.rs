//! The client's card in a real terminal: Alt-k on Services shows a QR code
//! that a real decoder (rqrr) reads, from the emulated screen's characters
//! and colours, as exactly the card `pomost services card` prints.

use base64::Engine;

#[path = "../common/qr.rs"]
mod qr;

use super::harness::{Fixture, Session, binary};

/// The colour a vt100 cell shows for its foreground or background, dark or
/// not, on a terminal whose own colours are light-on-dark or dark-on-light.
fn dark(colour: vt100::Color, is_fg: bool, dark_terminal: bool) -> bool {
    match colour {
        vt100::Color::Default => dark_terminal != is_fg,
        vt100::Color::Idx(i) => matches!(i, 0 | 1 | 4 | 8),
        vt100::Color::Rgb(r, g, b) => u32::from(r) + u32::from(g) + u32::from(b) < 384,
    }
}

/// Every QR code the screen shows, read as a camera would (see tests/card.rs).
fn decode_screen(s: &Session, dark_terminal: bool) -> Vec<String> {
    let screen = s.screen();
    let (rows, cols) = screen.size();
    let mut modules = Vec::new();
    for y in 0..rows {
        let (mut top, mut bottom) = (Vec::new(), Vec::new());
        for x in 0..cols {
            let Some(cell) = screen.cell(y, x) else {
                continue;
            };
            let (t, b) = cell
                .contents()
                .chars()
                .next()
                .map_or((false, false), pomost::card::qr::inked_halves);
            // Reverse video swaps what is drawn in which colour.
            let (fg, bg) = if cell.inverse() {
                (cell.bgcolor(), cell.fgcolor())
            } else {
                (cell.fgcolor(), cell.bgcolor())
            };
            let ink = dark(fg, !cell.inverse(), dark_terminal);
            let paper = dark(bg, cell.inverse(), dark_terminal);
            top.push(if t { ink } else { paper });
            bottom.push(if b { ink } else { paper });
        }
        modules.push(top);
        modules.push(bottom);
    }
    qr::decode(&modules)
}

/// What `pomost services card ID --lang LANG` prints (without the last
/// line end).
fn printed_card(f: &Fixture, id: &str, lang: &str) -> String {
    let out = std::process::Command::new(binary())
        .args(["--db"])
        .arg(&f.db)
        .args(["services", "card", id, "--lang", lang])
        .output()
        .expect("run pomost");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .expect("UTF-8")
        .trim_end()
        .to_owned()
}

/// The first service's id as `services search --json` gives it.
fn first_id(f: &Fixture, query: &str) -> String {
    let out = std::process::Command::new(binary())
        .args(["--db"])
        .arg(&f.db)
        .args(["services", "search", query, "--json"])
        .output()
        .expect("run pomost");
    let found: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    found["services"][0]["id"]
        .as_str()
        .expect("an id")
        .to_owned()
}

#[test]
fn alt_k_shows_a_qr_code_that_reads_as_the_printed_card() {
    let f = Fixture::new();
    f.init();
    let id = first_id(&f, "infolinia");
    let mut s = f.spawn().env("POMOST_LANG", "uk").start();
    s.wait_for("the Services screen", |s| s.text().contains("31/31"));
    for c in "infolinia".chars() {
        s.send(c.to_string());
    }
    s.wait_for("one service found", |s| s.text().contains("1/31"));
    s.send("\x1bk");
    s.wait_for("the card", |s| {
        s.text().contains("Картка для клієнта · українська")
    });
    s.read_until_quiet(std::time::Duration::from_millis(200));
    let want = printed_card(&f, &id, "uk");
    for dark_terminal in [false, true] {
        assert_eq!(
            decode_screen(&s, dark_terminal),
            std::slice::from_ref(&want),
            "dark: {dark_terminal}"
        );
    }
    // Tab: the next language (English); y copies its text with OSC 52.
    s.send("\t");
    s.wait_for("the English card", |s| {
        s.text().contains("Картка для клієнта · English")
    });
    s.read_until_quiet(std::time::Duration::from_millis(200));
    let english = printed_card(&f, &id, "en");
    assert_eq!(decode_screen(&s, true), std::slice::from_ref(&english));
    s.send("y");
    s.wait_for("the copy said", |s| !s.recorded().clipboard.is_empty());
    let copied = s.recorded().clipboard.last().cloned().unwrap_or_default();
    let copied = base64::engine::general_purpose::STANDARD
        .decode(copied)
        .expect("base64");
    assert_eq!(String::from_utf8(copied).expect("UTF-8"), english);
}

#[test]
fn without_colour_on_the_linux_console_the_code_reads_on_its_dark_screen() {
    let f = Fixture::new();
    f.init();
    let id = first_id(&f, "LiveMore");
    let mut s = f
        .spawn()
        .env("TERM", "linux")
        .env("NO_COLOR", "1")
        .env("POMOST_LANG", "pl")
        .start();
    s.wait_for("the Services screen", |s| s.text().contains("31/31"));
    for c in "livemore".chars() {
        s.send(c.to_string());
    }
    s.wait_for("one service found", |s| s.text().contains("1/31"));
    // F6, as the Linux console sends it.
    s.send("\x1b[17~");
    s.wait_for("the card", |s| {
        s.text().contains("Karta dla klienta · polski")
    });
    s.send("\t\t\t");
    s.wait_for("the Russian card", |s| s.text().contains("русский"));
    s.read_until_quiet(std::time::Duration::from_millis(200));
    let want = printed_card(&f, &id, "ru");
    assert!(want.contains("Адрес: онлайн"), "{want}");
    // The console is light on dark: the code reads there as drawn.
    assert_eq!(decode_screen(&s, true), [want]);
}
