//! A card as a QR code that a phone camera reads as text, drawn with
//! half-block characters: one character cell holds two modules, one above
//! the other, so the modules come out square on a terminal (cells are about
//! twice as high as wide) and a code of 41 modules fits 24 lines.
//!
//! Drawing is in two colours only, "ink" and "paper": the character's
//! foreground is ink. Which of the two is a dark module is the caller's
//! choice ([`Qr::half_blocks`]): with explicit colours ink is black on white
//! paper; without colour the terminal's own foreground is ink, dark on a light
//! terminal but light on a dark one, so there the light modules are inked.

use qrcode::{Color, EcLevel, QrCode};

/// The modules of a QR code, without its quiet zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Qr {
    width: usize,
    dark: Vec<bool>,
}

/// The quiet zone the standard asks for, in modules on each side.
pub const QUIET: usize = 4;

/// The least quiet zone drawn when space is short (phone readers find a code
/// with two modules of margin; less fails).
pub const QUIET_MIN: usize = 2;

impl Qr {
    /// The smallest code holding `text` as UTF-8 bytes, with the highest
    /// error correction (of M and L) that keeps it within `max_width`
    /// modules; `None` when even the lowest does not fit.
    pub fn encode_within(text: &str, max_width: usize) -> Option<Qr> {
        [EcLevel::M, EcLevel::L].into_iter().find_map(|level| {
            let code = QrCode::with_error_correction_level(text.as_bytes(), level).ok()?;
            (code.width() <= max_width).then(|| Qr::from_code(&code))
        })
    }

    /// The smallest code holding `text` (error correction M), whatever its size.
    pub fn encode(text: &str) -> Option<Qr> {
        QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
            .ok()
            .map(|c| Qr::from_code(&c))
    }

    fn from_code(code: &QrCode) -> Qr {
        Qr {
            width: code.width(),
            dark: code
                .to_colors()
                .into_iter()
                .map(|c| c == Color::Dark)
                .collect(),
        }
    }

    /// Modules on a side.
    pub fn width(&self) -> usize {
        self.width
    }

    /// True for a dark module; everything outside the code is light (the
    /// quiet zone).
    pub fn is_dark(&self, x: isize, y: isize) -> bool {
        let w = self.width as isize;
        (0..w).contains(&x) && (0..w).contains(&y) && self.dark[(y * w + x) as usize]
    }

    /// The size of the code with a quiet zone of `quiet` modules: columns and
    /// lines of half-block characters.
    pub fn drawn_size(&self, quiet: usize) -> (usize, usize) {
        let side = self.width + 2 * quiet;
        (side, side.div_ceil(2))
    }

    /// The code with a quiet zone of `quiet` modules on every side, as lines
    /// of half-block characters (`█ ▀ ▄` and space) whose ink is the dark
    /// modules when `ink_dark`, else the light ones (the quiet zone included).
    pub fn half_blocks(&self, quiet: usize, ink_dark: bool) -> Vec<String> {
        let (side, lines) = self.drawn_size(quiet);
        let q = quiet as isize;
        // Below the last module row (an odd count) is paper-coloured margin
        // in light terms: the quiet zone goes on.
        let inked = |x: usize, y: usize| self.is_dark(x as isize - q, y as isize - q) == ink_dark;
        (0..lines)
            .map(|line| {
                (0..side)
                    .map(|x| match (inked(x, 2 * line), inked(x, 2 * line + 1)) {
                        (true, true) => '█',
                        (true, false) => '▀',
                        (false, true) => '▄',
                        (false, false) => ' ',
                    })
                    .collect()
            })
            .collect()
    }
}

/// Which halves of a character cell a character inks (top, bottom): both
/// for `█`, the top for `▀`, the bottom for `▄`, none for anything else.
pub fn inked_halves(c: char) -> (bool, bool) {
    match c {
        '█' => (true, true),
        '▀' => (true, false),
        '▄' => (false, true),
        _ => (false, false),
    }
}

/// Reads back which modules are dark from drawn half-block lines (the
/// inverse of [`Qr::half_blocks`], for tests that decode what was drawn):
/// one row of booleans per module row, two per line.
pub fn modules_of(lines: &[Vec<char>], ink_dark: bool) -> Vec<Vec<bool>> {
    let mut rows = Vec::new();
    for line in lines {
        let (top, bottom): (Vec<bool>, Vec<bool>) = line
            .iter()
            .map(|&c| {
                let (t, b) = inked_halves(c);
                (t == ink_dark, b == ink_dark)
            })
            .unzip();
        rows.push(top);
        rows.push(bottom);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_drawn_code_reads_back_as_its_modules() {
        let qr = Qr::encode("Tel.: 58 000 00 00").expect("encodes");
        for ink_dark in [true, false] {
            let lines: Vec<Vec<char>> = qr
                .half_blocks(QUIET, ink_dark)
                .iter()
                .map(|l| l.chars().collect())
                .collect();
            let modules = modules_of(&lines, ink_dark);
            let q = QUIET as isize;
            for (y, row) in modules.iter().enumerate().take(qr.width() + 2 * QUIET) {
                for (x, dark) in row.iter().enumerate() {
                    assert_eq!(*dark, qr.is_dark(x as isize - q, y as isize - q), "{x},{y}");
                }
            }
        }
    }

    #[test]
    fn a_code_wider_than_allowed_is_refused() {
        let long = "ї".repeat(120);
        assert!(Qr::encode_within(&long, 41).is_none());
        let fits = Qr::encode_within("Poradnictwo prawne", 41).expect("fits");
        assert!(fits.width() <= 41);
        // Version 2 at error correction M (18 bytes; L would fit version 1).
        assert_eq!(fits.width(), 25);
    }
}
