//! The backend checked against crossterm's: the same screen, fewer bytes, nothing unsafe written.

use super::*;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

const W: u16 = 30;
const H: u16 = 8;

/// SplitMix64, for reproducible random frames.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A writer whose output can be taken while a backend owns it.
#[derive(Clone, Default)]
struct Tape(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl Tape {
    fn take(&self) -> Vec<u8> {
        std::mem::take(&mut self.0.borrow_mut())
    }
}

impl Write for Tape {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

fn terminal() -> Terminal<Wire<Vec<u8>>> {
    Terminal::new(Wire::with_size(Vec::new(), W, H)).expect("terminal")
}

/// Draws a frame painted by `paint` and returns what was written.
fn frame(t: &mut Terminal<Wire<Vec<u8>>>, paint: impl FnOnce(&mut Buffer)) -> Vec<u8> {
    let before = t.backend().writer().len();
    t.draw(|f| paint(f.buffer_mut())).expect("draw");
    t.backend().writer()[before..].to_vec()
}

/// Everything two emulated screens show differs nowhere.
fn assert_same(got: &vt100::Screen, want: &vt100::Screen, round: usize) {
    for y in 0..H {
        for x in 0..W {
            let (g, w) = (got.cell(y, x), want.cell(y, x));
            // An erased cell and a written blank look the same.
            let describe = |c: Option<&vt100::Cell>| {
                c.map(|c| {
                    (
                        c.contents().replace(' ', ""),
                        c.fgcolor(),
                        c.bgcolor(),
                        [c.bold(), c.dim(), c.italic(), c.underline(), c.inverse()],
                        c.is_wide(),
                    )
                })
            };
            assert_eq!(
                describe(g),
                describe(w),
                "round {round}, cell ({x}, {y})\ngot:\n{}\nwant:\n{}",
                got.contents(),
                want.contents()
            );
        }
    }
}

/// A bidirectional control in a cell (a line of text adds a zero-width
/// character to the cell before it) never reaches the terminal; the
/// letters do.
#[test]
fn bidirectional_controls_in_cells_are_not_written() {
    let paint = |b: &mut Buffer| {
        b.set_string(0, 0, "abcde", Style::new());
        b[(1, 0)].set_symbol("b\u{202e}");
        b[(3, 0)].set_symbol("d\u{2066}\u{200f}");
    };
    let mut t = terminal();
    let text = String::from_utf8(frame(&mut t, paint)).expect("utf-8");
    assert!(!text.chars().any(crate::text::is_bidi_control), "{text:?}");
    assert!(text.contains("abcde"), "{text:?}");
    // The same cells again, around a change: a gap is rewritten, not jumped.
    let text = String::from_utf8(frame(&mut t, |b| {
        paint(b);
        b.set_string(0, 0, "x", Style::new());
        b.set_string(5, 0, "y", Style::new());
    }))
    .expect("utf-8");
    assert!(!text.chars().any(crate::text::is_bidi_control), "{text:?}");
}

/// Random frames, each a change of the one before (as the app's are), drawn
/// through this backend and through crossterm's: both emulated screens show
/// the same in every cell, text, colours and attributes.
#[test]
fn random_frames_show_what_crossterms_backend_shows() {
    let colours = [
        Color::Reset,
        Color::Black,
        Color::Cyan,
        Color::DarkGray,
        Color::LightYellow,
        Color::White,
        Color::Indexed(5),
        Color::Indexed(200),
        Color::Rgb(10, 200, 30),
    ];
    // Not bold and dim at once: vt100 keeps only one of them.
    let modifiers = [
        Modifier::empty(),
        Modifier::empty(),
        Modifier::BOLD,
        Modifier::DIM,
        Modifier::ITALIC | Modifier::UNDERLINED,
        Modifier::REVERSED,
        Modifier::BOLD | Modifier::REVERSED,
    ];
    let words = [
        "Usługi",
        "a",
        "żółć",
        "語",
        "kurs",
        "prawo",
        "–",
        "„x”",
        "  ",
        "────",
        "日本",
        "Legal advice for immigrants",
    ];
    // crossterm leaves colours out under NO_COLOR; so must this backend then.
    let colours_on = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let mut wire = Wire::with_size(Vec::new(), W, H);
    if !colours_on {
        wire = wire.without_colours();
    }
    let tape = Tape::default();
    let mut crossterm = CrosstermBackend::new(tape.clone());
    let mut crossterm_bytes = 0;
    let (mut got, mut want) = (vt100::Parser::new(H, W, 0), vt100::Parser::new(H, W, 0));
    let area = Rect::new(0, 0, W, H);
    let mut previous = Buffer::empty(area);
    // Each row is a sequence of pieces of text, drawn one after the other
    // (as widgets draw, so no text starts inside a wide character).
    let mut rows: Vec<Vec<(String, Style)>> = vec![Vec::new(); usize::from(H)];
    let mut rng = Rng(0x5EED);
    for round in 0..2000 {
        // Several changes to one row, as when a pane shows other text.
        let y = rng.below(usize::from(H));
        for _ in 0..1 + rng.below(4) {
            let style = if rng.below(3) == 0 {
                Style::new()
            } else {
                Style::new()
                    .fg(*rng.pick(&colours))
                    .bg(*rng.pick(&colours))
                    .add_modifier(*rng.pick(&modifiers))
            };
            let row = &mut rows[y];
            let at = rng.below(row.len() + 1);
            match rng.below(6) {
                // A new row.
                0 => *row = vec![(rng.pick(&words).to_string(), style)],
                // A piece becomes blanks of its width: the text after it
                // stays where it was.
                1 if at < row.len() => {
                    let blanks = " ".repeat(row[at].0.width());
                    row[at] = (blanks, Style::new());
                }
                // Another text or another style.
                2 if at < row.len() => row[at].0 = rng.pick(&words).to_string(),
                3 if at < row.len() => row[at].1 = style,
                4 if at < row.len() => {
                    row.remove(at);
                }
                _ => {
                    let text = if rng.below(2) == 0 {
                        " ".repeat(1 + rng.below(14))
                    } else {
                        rng.pick(&words).to_string()
                    };
                    row.insert(at, (text, style));
                }
            }
        }
        let mut next = Buffer::empty(area);
        for (y, row) in rows.iter().enumerate() {
            let mut x = 0;
            for (text, style) in row {
                if x >= W {
                    break;
                }
                (x, _) = next.set_stringn(x, y as u16, text, usize::from(W - x), *style);
            }
        }
        let from = wire.writer().len();
        wire.draw(previous.diff(&next).into_iter()).expect("draw");
        wire.hide_cursor().expect("hide");
        Backend::flush(&mut wire).expect("flush");
        got.process(&wire.writer()[from..]);
        crossterm
            .draw(previous.diff(&next).into_iter())
            .expect("draw");
        let written = tape.take();
        crossterm_bytes += written.len();
        want.process(&written);
        assert_same(got.screen(), want.screen(), round);
        previous = next;
    }
    // And it took fewer bytes.
    assert!(
        wire.writer().len() < crossterm_bytes,
        "{} bytes against crossterm's {crossterm_bytes}",
        wire.writer().len(),
    );
}

#[test]
fn named_colours_are_plain_sgr() {
    let mut t = terminal();
    let out = frame(&mut t, |buf| {
        buf.set_string(0, 0, "a", Style::new().fg(Color::Cyan).bg(Color::Blue));
        buf.set_string(2, 0, "b", Style::new().fg(Color::DarkGray));
        buf.set_string(4, 0, "c", Style::new().fg(Color::Black).bg(Color::White));
    });
    let text = String::from_utf8_lossy(&out);
    assert!(!text.contains("38;5"), "{text:?}");
    assert!(!text.contains("48;5"), "{text:?}");
    assert!(text.contains("36;44ma"), "{text:?}");
    assert!(text.contains("90m"), "dark grey is bright black: {text:?}");
    assert!(text.contains("30;107mc"), "{text:?}");
}

#[test]
fn an_unchanged_frame_sends_nothing_and_one_cell_a_few_bytes() {
    let mut t = terminal();
    let paint = |text: &'static str| {
        move |buf: &mut Buffer| {
            buf.set_string(0, 0, "The first line", Style::new().fg(Color::Cyan));
            buf.set_string(0, 3, text, Style::new());
        }
    };
    frame(&mut t, paint("abcdef"));
    assert_eq!(frame(&mut t, paint("abcdef")), b"", "nothing changed");
    assert_eq!(frame(&mut t, paint("abXdef")), b"\x1b[4;3HX");
    // Two changes close together: the cells between are written again.
    assert_eq!(frame(&mut t, paint("aYXdeZ")), b"\x1b[4;2HYXdeZ");
    // Far apart: a jump along the row.
    let row = |text: &'static str| move |buf: &mut Buffer| buf.set_string(0, 5, text, Style::new());
    frame(&mut t, row("x                        y"));
    assert_eq!(
        frame(&mut t, row("z                        w")),
        b"\x1b[6Hz\x1b[24Cw"
    );
}

#[test]
fn blanks_are_erased_around_text_that_stays() {
    let mut t = terminal();
    let row = |text: &'static str| move |buf: &mut Buffer| buf.set_string(0, 2, text, Style::new());
    frame(&mut t, row("Legal advice for a prawo kurs Legal advice"));
    let out = frame(&mut t, row("                   prawo"));
    let mut vt = vt100::Parser::new(H, W, 0);
    vt.process(t.backend().writer());
    let shown = vt.screen().rows(0, W).nth(2).unwrap_or_default();
    assert_eq!(shown.trim_end(), "                   prawo");
    // Erased, not written: far fewer bytes than the blanks.
    assert!(out.len() < 20, "{:?}", String::from_utf8_lossy(&out));
}

#[test]
fn bold_stays_when_dim_goes() {
    let pen = |modifier| Pen {
        fg: Color::Cyan,
        modifier,
        ..Pen::PLAIN
    };
    let kept = Modifier::BOLD | Modifier::ITALIC | Modifier::UNDERLINED;
    let (bold_dim, bold) = (pen(kept | Modifier::DIM), pen(kept));
    // 22 switches both off; bold is set again.
    assert_eq!(sgr(Some(bold_dim), bold), "\x1b[22;1m");
    assert_eq!(sgr(Some(bold), bold), "");
    assert_eq!(sgr(None, Pen::PLAIN), "\x1b[m");
    assert_eq!(sgr(Some(bold), Pen::PLAIN), "\x1b[m");
}

#[test]
fn the_cursor_is_hidden_once() {
    let mut t = terminal();
    let first = frame(&mut t, |buf| buf.set_string(0, 0, "x", Style::new()));
    assert!(first.ends_with(b"\x1b[?25l"), "{first:?}");
    let second = frame(&mut t, |buf| buf.set_string(0, 0, "y", Style::new()));
    assert_eq!(second, b"\x1b[Hy");
}

#[test]
fn without_colours_only_attributes_are_sent() {
    let mut t =
        Terminal::new(Wire::with_size(Vec::new(), W, H).without_colours()).expect("terminal");
    let out = frame(&mut t, |buf| {
        let style = Style::new()
            .fg(Color::Black)
            .bg(Color::Cyan)
            .add_modifier(Modifier::REVERSED);
        buf.set_string(0, 0, "sel", style);
    });
    let text = String::from_utf8_lossy(&out);
    assert!(text.contains("7msel\x1b[m"), "{text:?}");
    for colour in ["30", "46", "38", "48", "39", "49"] {
        assert!(!text.contains(&format!("[{colour}")), "{text:?}");
        assert!(!text.contains(&format!(";{colour}")), "{text:?}");
    }
}

/// Emoji with variation selectors, families joined by zero-width joiners,
/// skin tones, flags, CJK and combining marks in a bordered pane: read back by
/// a terminal that measures character by character (vt100, as xterm and
/// tmux), every row's right border is in the last column and the text
/// before it is where ratatui put it.
#[test]
fn wide_and_joined_characters_keep_the_frame_aligned() {
    use ratatui::widgets::{Block, Paragraph, Wrap};
    let note = "Rodzina 👨‍👩‍👧 przyszła ❤️ 👍🏽 数据中文 cafe\u{301} ok 🇺🇦 flaga ☺️ koniec \
                linii tutaj e\u{328}\u{301}\u{302} 🧑🏿‍🦱 i 👩‍💻 też";
    let mut t = terminal();
    let buffer = t
        .draw(|f| {
            f.render_widget(
                Paragraph::new(note)
                    .wrap(Wrap { trim: false })
                    .block(Block::bordered()),
                f.area(),
            )
        })
        .expect("draw")
        .buffer
        .clone();
    let mut vt = vt100::Parser::new(H, W, 0);
    vt.process(t.backend().writer());
    let screen = vt.screen();
    for row in 0..H {
        let right = screen.cell(row, W - 1).map(|c| c.contents().to_owned());
        let left = screen.cell(row, 0).map(|c| c.contents().to_owned());
        let frame = if row == 0 || row == H - 1 {
            ["┌┐", "└┘"][usize::from(row != 0)]
        } else {
            "││"
        };
        let mut ends = frame.chars().map(String::from);
        assert_eq!(left, ends.next(), "row {row}: {}", screen.contents());
        assert_eq!(right, ends.next(), "row {row}: {}", screen.contents());
    }
    // Every cluster is shown as it fits the columns ratatui gave it, and
    // nothing spills over into the next.
    for row in 0..H {
        let mut col = 0;
        while col < W {
            let symbol = buffer[(col, row)].symbol();
            let width = (symbol.width() as u16).max(1);
            let shown: String = (col..col + width)
                .filter_map(|x| screen.cell(row, x))
                .map(|c| c.contents().replace(' ', ""))
                .collect();
            let want = fitted(symbol, symbol.width()).replace(' ', "");
            assert_eq!(shown, want, "({col}, {row}): {}", screen.contents());
            col += width;
        }
    }
    // The text is there, as far as a terminal can show it.
    let text = screen.contents();
    for part in ["Rodzina 👨", "❤", "👍", "数据中文", "cafe\u{301}", "koniec"] {
        assert!(text.contains(part), "{part} in {text}");
    }
}

/// A cluster ratatui counts as one wide character but a terminal shows as
/// several characters (a flag, a family) leaves nothing behind when a
/// narrower text replaces it.
#[test]
fn a_replaced_wide_cluster_leaves_nothing_behind() {
    use ratatui::widgets::Paragraph;
    let clusters = ["🇺🇦", "❤\u{fe0f}", "👨\u{200d}👩\u{200d}👧", "数"];
    // Replaced by a short text, and by blanks (erased as a run).
    for (cluster, after) in clusters.iter().flat_map(|c| [(c, "ab"), (c, "")]) {
        let mut t = terminal();
        let mut vt = vt100::Parser::new(H, W, 0);
        for text in [format!("ab{cluster}cd"), after.to_owned()] {
            t.draw(|f| f.render_widget(Paragraph::new(text.as_str()), f.area()))
                .expect("draw");
            vt.process(t.backend().writer());
            t.backend_mut().writer.clear();
        }
        let row = vt.screen().rows(0, W).next().unwrap_or_default();
        assert_eq!(row.trim_end(), after, "{cluster}");
    }
}
