//! Text folding for search and sanitising for display.
//!
//! Folding maps every character to exactly one character, so a position found in
//! folded text is the same position in the original (used for highlighting).

use std::borrow::Cow;

use unicode_normalization::char::decompose_canonical;

/// Folds one character: lower case, without diacritics.
///
/// `ł`/`Ł` have no Unicode decomposition (the stroke is part of the letter), so
/// neither NFD nor FTS5's `remove_diacritics` turns them into `l`; they are mapped
/// here by hand, together with the other stroked letters a Polish desk meets.
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    // The Polish letters directly: they are most of the non-ASCII text here.
    match c {
        'ą' | 'Ą' => return 'a',
        'ć' | 'Ć' => return 'c',
        'ę' | 'Ę' => return 'e',
        'ń' | 'Ń' => return 'n',
        'ó' | 'Ó' => return 'o',
        'ś' | 'Ś' => return 's',
        'ź' | 'Ź' | 'ż' | 'Ż' => return 'z',
        _ => {}
    }
    let lower = c.to_lowercase().next().unwrap_or(c);
    match lower {
        'ł' => return 'l',
        'đ' => return 'd',
        'ø' => return 'o',
        'ß' => return 's',
        _ => {}
    }
    let mut base = lower;
    decompose_canonical(lower, |d| {
        if base == lower {
            base = d;
        }
    });
    base
}

/// Folds a string character by character (same number of characters out as in).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    out.extend(s.chars().map(fold_char));
    out
}

/// Text as search compares it: normalised to NFKC, then folded. Both what is
/// searched and what is typed go through it, so the same letter matches
/// however it was encoded: `e` + U+0328 (as pasted from some systems) is `ę`
/// and so `e`, a full-width `ｊ` is `j`, `ﬁ` is `fi`.
///
/// Unlike [`fold`] it may change the number of characters; highlighting maps
/// positions back where it did.
pub fn search_fold(s: &str) -> String {
    use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};
    if is_nfkc_quick(s.chars()) == IsNormalized::Yes {
        fold(s)
    } else {
        fold(&s.nfkc().collect::<String>())
    }
}

/// Removes terminal control sequences and control characters from text that came
/// from the database or a file, so that it cannot move the cursor, retitle the
/// window or write the clipboard when drawn.
///
/// Escape sequences (CSI, OSC, DCS and two-byte escapes) are dropped whole; other
/// control characters are dropped, except newline, and tab which becomes a space.
pub fn sanitize(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| (c.is_control() && c != '\n') || is_c1(c)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => out.push('\n'),
            '\t' => out.push(' '),
            '\u{1b}' => skip_escape(&mut chars),
            // C1 introducers of CSI / OSC / DCS / APC / PM / SOS carry a payload too.
            '\u{9b}' => skip_csi(&mut chars),
            '\u{9d}' | '\u{90}' | '\u{9f}' | '\u{9e}' | '\u{98}' => skip_string(&mut chars),
            c if c.is_control() || is_c1(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Sanitises and flattens text to one line (newlines become spaces).
pub fn one_line(s: &str) -> String {
    sanitize(s).replace('\n', " ")
}

fn is_c1(c: char) -> bool {
    ('\u{80}'..='\u{9f}').contains(&c)
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

fn skip_escape(chars: &mut Chars<'_>) {
    match chars.next() {
        Some('[') => skip_csi(chars),
        Some(']' | 'P' | '_' | '^' | 'X') => skip_string(chars),
        // Two-character escapes (ESC c, ESC 7 …) and charset selections (ESC ( B).
        Some('(' | ')' | '*' | '+' | '#' | '%') => {
            chars.next();
        }
        _ => {}
    }
}

/// A CSI sequence ends at its first byte in `@`..=`~`.
fn skip_csi(chars: &mut Chars<'_>) {
    for c in chars.by_ref() {
        if ('@'..='~').contains(&c) {
            break;
        }
    }
}

/// OSC / DCS / APC strings end at BEL or ST (`ESC \` or U+009C).
fn skip_string(chars: &mut Chars<'_>) {
    while let Some(c) = chars.next() {
        match c {
            '\u{7}' | '\u{9c}' => break,
            '\u{1b}' => {
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                break;
            }
            _ => {}
        }
    }
}

/// True when the text holds a control character other than newline or tab
/// (used by import validation to refuse terminal escapes at the door).
pub fn has_control(s: &str) -> bool {
    s.chars()
        .any(|c| (c.is_control() && c != '\n' && c != '\t') || is_c1(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_polish_letters_one_to_one() {
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("ŻÓŁW"), "zolw");
        assert_eq!(fold("Języka Polskiego"), "jezyka polskiego");
        assert_eq!(fold("zażółć gęślą jaźń"), "zazolc gesla jazn");
        for s in ["Łódź", "ﬁ", "İstanbul", "straße", "日本語"] {
            assert_eq!(fold(s).chars().count(), s.chars().count(), "{s}");
        }
    }

    #[test]
    fn search_folding_normalises_first() {
        // Decomposed (e + combining ogonek), full-width, a ligature, a
        // decomposed capital: all fold like the precomposed text.
        assert_eq!(search_fold("je\u{328}zyka"), "jezyka");
        assert_eq!(search_fold("J\u{118}ZYKA"), "jezyka");
        assert_eq!(
            search_fold("\u{ff4a}\u{ff45}\u{ff5a}\u{ff59}\u{ff4b}"),
            "jezyk"
        );
        assert_eq!(search_fold("\u{fb01}nanse"), "finanse");
        assert_eq!(search_fold("Z\u{307}o\u{301}\u{142}w"), "zolw");
        assert_eq!(search_fold("Łódź"), fold("Łódź"));
    }

    #[test]
    fn sanitize_drops_escape_sequences() {
        assert_eq!(sanitize("a\x1b]52;c;aGVsbG8=\x07b"), "ab");
        assert_eq!(sanitize("x\x1b[2Jy\x1b[31mz"), "xyz");
        assert_eq!(sanitize("t\x1b]0;title\x1b\\u"), "tu");
        assert_eq!(sanitize("a\u{9b}31mb\u{9d}0;x\u{9c}c"), "abc");
        assert_eq!(sanitize("line\r\nnext\tcol\x07"), "line\nnext col");
        assert!(matches!(sanitize("zwykły tekst"), Cow::Borrowed(_)));
    }

    #[test]
    fn control_detection() {
        assert!(has_control("a\x1b[2J"));
        assert!(!has_control("a\nb\tc ąę"));
    }
}
