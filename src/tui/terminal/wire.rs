//! The backend that writes the screen to the terminal, sending as few bytes as
//! it can: over a slow link (SSH from a mobile connection) the bytes are what
//! the user waits for.
//!
//! ratatui hands over only the cells that changed; this backend writes them as
//! crossterm's backend would, with these differences:
//!
//! - a short run of unchanged cells between two changed ones on a row is written
//!   again instead of jumped over when that is shorter (it keeps a copy of what
//!   the terminal shows, so it knows what those cells hold);
//! - a long run of blanks (text that became shorter) is erased with `ESC[nX`;
//! - a jump along a row is a cursor-forward (`ESC[nC`), and a position leaves out
//!   a column of 1 (`ESC[5H`);
//! - an attribute change is one `SGR` carrying only what changed (or a reset and
//!   what is set, when that is shorter);
//! - the 16 named colours are the plain `30–37`/`90–97` (foreground) and
//!   `40–47`/`100–107` (background), which every terminal understands, the Linux
//!   console and terminals without 256 colours included (crossterm writes them as
//!   `38;5;N`, which those do not);
//! - the cursor is hidden or shown only when that changes, and the attributes are
//!   reset at the end of a frame only when something is set.
//!
//! What a frame writes is collected and goes out at `flush`, in one write.
//! Colours are left out when `NO_COLOR` is set, as crossterm does.

use std::io::{self, Write};

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Cell, CellDiffOption};
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};
use unicode_width::UnicodeWidthStr;

/// The attributes a cell is written with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Pen {
    fg: Color,
    bg: Color,
    underline: Color,
    modifier: Modifier,
}

impl Pen {
    /// What the terminal uses after a reset.
    const PLAIN: Self = Self {
        fg: Color::Reset,
        bg: Color::Reset,
        underline: Color::Reset,
        modifier: Modifier::empty(),
    };

    fn of(cell: &Cell, colours: bool) -> Self {
        if !colours {
            return Self {
                modifier: cell.modifier,
                ..Self::PLAIN
            };
        }
        Self {
            fg: cell.fg,
            bg: cell.bg,
            underline: cell.underline_color,
            modifier: cell.modifier,
        }
    }
}

/// The SGR parameter of each modifier, in the order they are written.
const MODIFIERS: [(Modifier, u8); 9] = [
    (Modifier::BOLD, 1),
    (Modifier::DIM, 2),
    (Modifier::ITALIC, 3),
    (Modifier::UNDERLINED, 4),
    (Modifier::SLOW_BLINK, 5),
    (Modifier::RAPID_BLINK, 6),
    (Modifier::REVERSED, 7),
    (Modifier::HIDDEN, 8),
    (Modifier::CROSSED_OUT, 9),
];

/// The parameters that switch modifiers off; one parameter may switch off two
/// (22: bold and dim; 25: both blinks).
const MODIFIERS_OFF: [(Modifier, u8); 7] = [
    (Modifier::BOLD.union(Modifier::DIM), 22),
    (Modifier::ITALIC, 23),
    (Modifier::UNDERLINED, 24),
    (Modifier::SLOW_BLINK.union(Modifier::RAPID_BLINK), 25),
    (Modifier::REVERSED, 27),
    (Modifier::HIDDEN, 28),
    (Modifier::CROSSED_OUT, 29),
];

/// The palette index of a named colour.
fn named(colour: Color) -> Option<u8> {
    Some(match colour {
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
        Color::Indexed(i) if i < 16 => i,
        _ => return None,
    })
}

/// Which colour a parameter sets.
#[derive(Clone, Copy)]
enum Layer {
    Fg,
    Bg,
    Underline,
}

/// Appends the parameters that set `colour` on `layer`.
fn colour_params(params: &mut String, layer: Layer, colour: Color) {
    use std::fmt::Write as _;
    let (reset, normal, bright, extended) = match layer {
        Layer::Fg => (39, 30, 90, 38),
        Layer::Bg => (49, 40, 100, 48),
        // No short forms for the underline colour.
        Layer::Underline => (59, 0, 0, 58),
    };
    let _ = match (colour, named(colour)) {
        (Color::Reset, _) => write!(params, ";{reset}"),
        (_, Some(i)) if normal > 0 && i < 8 => write!(params, ";{}", normal + i),
        (_, Some(i)) if normal > 0 => write!(params, ";{}", bright + i - 8),
        (_, Some(i)) => write!(params, ";{extended};5;{i}"),
        (Color::Indexed(i), None) => write!(params, ";{extended};5;{i}"),
        (Color::Rgb(r, g, b), None) => write!(params, ";{extended};2;{r};{g};{b}"),
        // Every colour is one of the above.
        (_, None) => write!(params, ";{reset}"),
    };
}

/// The parameters (each preceded by `;`) that set everything of `pen` that a
/// reset leaves unset.
fn set_params(params: &mut String, pen: Pen) {
    use std::fmt::Write as _;
    for (modifier, code) in MODIFIERS {
        if pen.modifier.contains(modifier) {
            let _ = write!(params, ";{code}");
        }
    }
    for (layer, colour) in [
        (Layer::Fg, pen.fg),
        (Layer::Bg, pen.bg),
        (Layer::Underline, pen.underline),
    ] {
        if colour != Color::Reset {
            colour_params(params, layer, colour);
        }
    }
}

/// The shortest SGR sequence that changes the terminal's attributes from `from`
/// (`None`: not known) to `to`; empty when nothing changes.
fn sgr(from: Option<Pen>, to: Pen) -> String {
    if from == Some(to) {
        return String::new();
    }
    // From a reset: `ESC[m` alone, or `ESC[0;…m`.
    let mut reset = String::from(";0");
    set_params(&mut reset, to);
    let mut best = if to == Pen::PLAIN {
        String::new()
    } else {
        reset
    };
    if let Some(from) = from {
        let mut change = String::new();
        let removed = from.modifier - to.modifier;
        let mut added = to.modifier - from.modifier;
        for (modifiers, code) in MODIFIERS_OFF {
            if removed.intersects(modifiers) {
                change.push_str(&format!(";{code}"));
                // Also switched off: the other one, if it stays.
                added |= to.modifier & modifiers;
            }
        }
        for (modifier, code) in MODIFIERS {
            if added.contains(modifier) {
                change.push_str(&format!(";{code}"));
            }
        }
        for (layer, was, is) in [
            (Layer::Fg, from.fg, to.fg),
            (Layer::Bg, from.bg, to.bg),
            (Layer::Underline, from.underline, to.underline),
        ] {
            if was != is {
                colour_params(&mut change, layer, is);
            }
        }
        if change.len() < best.len() {
            best = change;
        }
    }
    // The parameters start with `;`, which is dropped.
    format!("\x1b[{}m", best.get(1..).unwrap_or(""))
}

/// `ESC[nC`: `n` columns to the right.
fn cuf(n: u16) -> String {
    if n == 1 {
        "\x1b[C".to_owned()
    } else {
        format!("\x1b[{n}C")
    }
}

/// `ESC[row;colH`, the column left out when it is the first.
fn cup(x: u16, y: u16) -> String {
    if (x, y) == (0, 0) {
        "\x1b[H".to_owned()
    } else if x == 0 {
        format!("\x1b[{}H", y + 1)
    } else {
        format!("\x1b[{};{}H", y + 1, x + 1)
    }
}

/// A cluster of characters as every terminal advances over it, in the
/// `width` columns ratatui gave it. Terminals that measure character by
/// character (xterm, tmux, the Linux console) would make an emoji with a
/// variation selector (`❤️`) narrower, and a family joined by zero-width
/// joiners (`👨‍👩‍👧`) or an emoji with a skin tone wider, than ratatui counts,
/// shifting the rest of the line and its border. Such a cluster is written as
/// its characters that fit, without the selectors, joiners and skin tones,
/// padded with spaces: `❤ `, `👨`, `👍`; a flag as its two letters (`🇺🇦` as
/// `UA`). Letters with combining marks and wide
/// scripts (CJK) are measured alike by both and go out as they are.
fn fitted(symbol: &str, width: usize) -> std::borrow::Cow<'_, str> {
    use unicode_width::UnicodeWidthChar;
    let joiner = |c: char| {
        matches!(
            c,
            '\u{fe0e}' | '\u{fe0f}' | '\u{200d}' | '\u{1f3fb}'..='\u{1f3ff}'
        )
    };
    // A flag is two regional indicators that terminals pair or not: its
    // letters (`UA`) take the same two columns everywhere.
    let flag_letter = |c: char| match u32::from(c) {
        n @ 0x1f1e6..=0x1f1ff => char::from_u32(u32::from('A') + n - 0x1f1e6),
        _ => None,
    };
    let by_char: usize = symbol.chars().map(|c| c.width().unwrap_or(0)).sum();
    if by_char == width
        && !symbol
            .chars()
            .any(|c| joiner(c) || flag_letter(c).is_some())
    {
        return std::borrow::Cow::Borrowed(symbol);
    }
    let mut out = String::new();
    let mut used = 0;
    for c in symbol
        .chars()
        .filter(|&c| !joiner(c))
        .map(|c| flag_letter(c).unwrap_or(c))
    {
        let w = c.width().unwrap_or(0);
        if used + w > width || (w == 0 && used == 0) {
            break;
        }
        used += w;
        out.push(c);
    }
    out.extend(std::iter::repeat_n(' ', width - used));
    std::borrow::Cow::Owned(out)
}

/// What the terminal shows, as far as this backend knows: `None` where it does
/// not (behind a wide character, before anything was drawn at a new size).
struct Shadow {
    width: u16,
    height: u16,
    cells: Vec<Option<Cell>>,
}

impl Shadow {
    /// A screen just cleared (blank), or of unknown contents.
    fn new(size: Size, blank: bool) -> Self {
        let cell = blank.then(Cell::default);
        Self {
            width: size.width,
            height: size.height,
            cells: vec![cell; usize::from(size.width) * usize::from(size.height)],
        }
    }

    fn index(&self, x: u16, y: u16) -> Option<usize> {
        (x < self.width && y < self.height)
            .then(|| usize::from(y) * usize::from(self.width) + usize::from(x))
    }

    /// Records a cell written at (x, y) that is `width` columns wide.
    fn set(&mut self, x: u16, y: u16, cell: &Cell, width: usize) {
        if let Some(i) = self.index(x, y) {
            self.cells[i] = Some(cell.clone());
        }
        for dx in 1..width {
            let covered = u16::try_from(dx).ok().and_then(|dx| x.checked_add(dx));
            if let Some(i) = covered.and_then(|cx| self.index(cx, y)) {
                self.cells[i] = None;
            }
        }
    }

    /// Adds to `out` the columns after (x, y) that the cluster shown there
    /// covered and a new symbol `width` wide does not. Only a cluster of
    /// several characters (a flag, a family) can be shown one character at a
    /// time; a wide letter (CJK) is cleared by the terminal itself.
    fn uncovered(&self, x: u16, y: u16, width: usize, out: &mut Vec<(u16, u16)>) {
        let before = self
            .cell(x, y)
            .map(|c| c.symbol())
            .filter(|s| s.chars().filter(|c| !c.is_whitespace()).nth(1).is_some())
            .map_or(1, UnicodeWidthStr::width);
        for dx in width.max(1)..before {
            if let Some(cx) = u16::try_from(dx).ok().and_then(|dx| x.checked_add(dx)) {
                out.push((cx, y));
            }
        }
    }

    /// The cell at (x, y), if known.
    fn cell(&self, x: u16, y: u16) -> Option<&Cell> {
        self.cells.get(self.index(x, y)?)?.as_ref()
    }

    /// The cell at (x, y) if writing it again is safe: known, one column wide,
    /// nothing special about it.
    fn rewritable(&self, x: u16, y: u16) -> Option<&Cell> {
        let cell = self.cell(x, y)?;
        let symbol = cell.symbol();
        (cell.diff_option == CellDiffOption::None
            && symbol.width() == 1
            && crate::text::is_clean(symbol))
        .then_some(cell)
    }
}

/// A ratatui backend writing to `W` (the terminal) with few bytes. See the
/// module's description.
pub struct Wire<W: Write> {
    writer: W,
    /// What goes out at the next flush.
    out: Vec<u8>,
    /// Where the next character lands, when known.
    cursor: Option<(u16, u16)>,
    /// The terminal's attributes, when known.
    pen: Option<Pen>,
    /// Whether the cursor is shown, when known.
    cursor_shown: Option<bool>,
    shadow: Shadow,
    /// False under `NO_COLOR`.
    colours: bool,
    /// A fixed size instead of asking the terminal (tests, measurements).
    fixed: Option<Size>,
}

impl<W: Write> Wire<W> {
    /// The backend for a terminal whose screen was just cleared.
    pub fn new(writer: W) -> Self {
        let colours = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
        let mut wire = Self::build(writer, None, colours);
        let size = wire.size().unwrap_or_default();
        wire.shadow = Shadow::new(size, true);
        wire
    }

    /// A backend for a blank terminal of a fixed size that is never asked
    /// anything (tests), with colours.
    pub fn with_size(writer: W, width: u16, height: u16) -> Self {
        let size = Size::new(width, height);
        let mut wire = Self::build(writer, Some(size), true);
        wire.shadow = Shadow::new(size, true);
        wire
    }

    /// Without colours (as under `NO_COLOR`).
    pub fn without_colours(mut self) -> Self {
        self.colours = false;
        self
    }

    fn build(writer: W, fixed: Option<Size>, colours: bool) -> Self {
        Self {
            writer,
            out: Vec::new(),
            cursor: None,
            pen: None,
            cursor_shown: None,
            shadow: Shadow::new(Size::default(), false),
            colours,
            fixed,
        }
    }

    /// The terminal writer.
    pub fn writer(&self) -> &W {
        &self.writer
    }

    fn push(&mut self, s: &str) {
        self.out.extend_from_slice(s.as_bytes());
    }

    /// Moves to (x, y) before writing `next` there: not at all when the cursor is
    /// there, by writing the cells in between again or by a jump along the row,
    /// whichever with the change of attributes for `next` is shorter, otherwise
    /// by a position.
    fn move_to(&mut self, x: u16, y: u16, next: Pen) {
        match self.cursor {
            Some(at) if at == (x, y) => {}
            Some((cx, cy)) if cy == y && cx < x => {
                let jump = cuf(x - cx);
                let jump_cost = jump.len() + sgr(self.pen, next).len();
                match self.rewrite(cx, x, y) {
                    Some((bytes, pen)) if bytes.len() + sgr(pen, next).len() <= jump_cost => {
                        self.out.extend_from_slice(&bytes);
                        self.pen = pen;
                    }
                    _ => self.push(&jump),
                }
            }
            _ => self.push(&cup(x, y)),
        }
    }

    /// The bytes that write the cells `from..to` of row `y` again as the terminal
    /// shows them, and the attributes after them; `None` if one is not known.
    fn rewrite(&self, from: u16, to: u16, y: u16) -> Option<(Vec<u8>, Option<Pen>)> {
        let mut bytes = Vec::new();
        let mut pen = self.pen;
        for x in from..to {
            let cell = self.shadow.rewritable(x, y)?;
            let want = Pen::of(cell, self.colours);
            bytes.extend_from_slice(sgr(pen, want).as_bytes());
            pen = Some(want);
            bytes.extend_from_slice(cell.symbol().as_bytes());
            // Longer than any jump: not worth it.
            if bytes.len() > 16 {
                return None;
            }
        }
        Some((bytes, pen))
    }

    /// A run of plain blanks on one row at the start of `cells` (changed
    /// cells, in order), possibly with unchanged blanks between them, that is
    /// erased (`ESC[nX`, then a jump past it) in fewer bytes than its blanks are
    /// written: how many of `cells` it takes and how many columns it erases.
    fn blank_run(&self, cells: &[(u16, u16, &Cell)]) -> Option<(usize, u16)> {
        let &(x0, y0, _) = cells.first()?;
        let plain_blank = |cell: &Cell| {
            cell.symbol() == " "
                && cell.diff_option == CellDiffOption::None
                && Pen::of(cell, self.colours) == Pen::PLAIN
        };
        let (mut taken, mut x) = (0, x0);
        let (mut run_taken, mut run_end) = (0, x0);
        while x < self.shadow.width {
            match cells.get(taken) {
                Some(&(cx, cy, cell)) if (cx, cy) == (x, y0) => {
                    if !plain_blank(cell) {
                        break;
                    }
                    taken += 1;
                    (run_taken, run_end) = (taken, x + 1);
                }
                // Not changed: fine to erase if it is a blank already.
                _ => {
                    if !self.shadow.cell(x, y0).is_some_and(plain_blank) {
                        break;
                    }
                }
            }
            x += 1;
        }
        let columns = run_end - x0;
        let cost = format!("\x1b[{columns}X").len() + cuf(columns).len();
        (run_taken > cost).then_some((run_taken, columns))
    }

    fn set_pen(&mut self, pen: Pen) {
        let change = sgr(self.pen, pen);
        self.push(&change);
        self.pen = Some(pen);
    }
}

impl<W: Write> Write for Wire<W> {
    /// Other output (e.g. OSC 52) goes out with the frame's, in order. The
    /// cursor and the attributes count as unknown afterwards.
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.extend_from_slice(buf);
        self.cursor = None;
        self.pen = None;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.out.is_empty() {
            let result = self.writer.write_all(&self.out);
            self.out.clear();
            result?;
        }
        self.writer.flush()
    }
}

impl<W: Write> Backend for Wire<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let cells: Vec<(u16, u16, &Cell)> = content.collect();
        // Columns a wider cluster covered that ratatui does not send again
        // when a narrower one replaces it (it trusts the terminal to have
        // cleared them): a terminal that showed the cluster's characters one
        // by one (a flag in tmux) still shows the rest there.
        let mut uncovered = Vec::new();
        let mut i = 0;
        while i < cells.len() {
            let (x, y, cell) = cells[i];
            let pen = Pen::of(cell, self.colours);
            self.move_to(x, y, pen);
            self.set_pen(pen);
            // A long run of blanks is erased rather than written (ECH); the
            // cursor stays at its start.
            if let Some((taken, columns)) = self.blank_run(&cells[i..]) {
                self.push(&format!("\x1b[{columns}X"));
                for &(x, y, cell) in &cells[i..i + taken] {
                    self.shadow.uncovered(x, y, 1, &mut uncovered);
                    self.shadow.set(x, y, cell, 1);
                }
                self.cursor = Some((x, y));
                i += taken;
                continue;
            }
            // The backstop: whatever a widget drew, no control or
            // bidirectional character goes out (ratatui drops only C0 and C1).
            let symbol = cell.symbol();
            let symbol = if crate::text::is_clean(symbol) {
                std::borrow::Cow::Borrowed(symbol)
            } else {
                std::borrow::Cow::Owned(crate::text::one_line(symbol))
            };
            let width = symbol.width();
            self.shadow.uncovered(x, y, width, &mut uncovered);
            let symbol = fitted(&symbol, width);
            self.out.extend_from_slice(symbol.as_bytes());
            self.shadow.set(x, y, cell, width);
            // After a wide or empty symbol, or in the last column (where the
            // terminal waits to wrap), the next position is not certain.
            self.cursor = (width == 1 && x + 1 < self.shadow.width).then_some((x + 1, y));
            i += 1;
        }
        let blank = Cell::default();
        for (x, y) in uncovered {
            if x >= self.shadow.width || cells.iter().any(|&(cx, cy, _)| (cx, cy) == (x, y)) {
                continue;
            }
            self.move_to(x, y, Pen::PLAIN);
            self.set_pen(Pen::PLAIN);
            self.push(" ");
            self.shadow.set(x, y, &blank, 1);
            self.cursor = (x + 1 < self.shadow.width).then_some((x + 1, y));
        }
        if self.pen != Some(Pen::PLAIN) {
            self.set_pen(Pen::PLAIN);
        }
        Ok(())
    }

    fn append_lines(&mut self, n: u16) -> io::Result<()> {
        for _ in 0..n {
            self.out.push(b'\n');
        }
        self.cursor = None;
        self.shadow = Shadow::new(self.size()?, false);
        Ok(())
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        if self.cursor_shown != Some(false) {
            self.push("\x1b[?25l");
            self.cursor_shown = Some(false);
        }
        Ok(())
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        if self.cursor_shown != Some(true) {
            self.push("\x1b[?25h");
            self.cursor_shown = Some(true);
        }
        Ok(())
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        if self.fixed.is_some() {
            let (x, y) = self.cursor.unwrap_or_default();
            return Ok(Position { x, y });
        }
        Write::flush(self)?;
        let (x, y) = crossterm::cursor::position()?;
        self.cursor = Some((x, y));
        Ok(Position { x, y })
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, at: P) -> io::Result<()> {
        let Position { x, y } = at.into();
        if self.cursor != Some((x, y)) {
            self.push(&cup(x, y));
            self.cursor = Some((x, y));
        }
        Ok(())
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        // Erased cells take the current background: make it the default.
        if self.pen != Some(Pen::PLAIN) {
            self.set_pen(Pen::PLAIN);
        }
        let (code, blank) = match clear_type {
            ClearType::All => ("2J", true),
            ClearType::AfterCursor => ("J", false),
            ClearType::BeforeCursor => ("1J", false),
            ClearType::CurrentLine => ("2K", false),
            ClearType::UntilNewLine => ("K", false),
        };
        self.push(&format!("\x1b[{code}"));
        self.shadow = Shadow::new(self.size()?, blank);
        Ok(())
    }

    fn size(&self) -> io::Result<Size> {
        if let Some(size) = self.fixed {
            return Ok(size);
        }
        let (width, height) = crossterm::terminal::size()?;
        Ok(Size { width, height })
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        if let Some(size) = self.fixed {
            return Ok(WindowSize {
                columns_rows: size,
                pixels: Size::default(),
            });
        }
        let crossterm::terminal::WindowSize {
            columns,
            rows,
            width,
            height,
        } = crossterm::terminal::window_size()?;
        Ok(WindowSize {
            columns_rows: Size {
                width: columns,
                height: rows,
            },
            pixels: Size { width, height },
        })
    }

    fn flush(&mut self) -> io::Result<()> {
        Write::flush(self)
    }
}

#[cfg(test)]
mod tests;
