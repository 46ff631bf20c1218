//! Text folding for search and sanitising for display.
//!
//! Folding maps every character to exactly one character, so a position found in
//! folded text is the same position in the original (used for highlighting).

pub mod json;
pub mod spreadsheet;

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
/// window, write the clipboard or reorder what is drawn around it.
///
/// This is the one sanitiser for everything Pomost shows: the screen, the
/// command line's tables, text and messages, CSV cells and iCalendar texts.
/// What happens to each kind of character:
///
/// - escape sequences (CSI `ESC [`, OSC `ESC ]`, DCS, APC, PM, SOS, two-byte
///   escapes, charset selections) are dropped whole, parameters and payload
///   included; so are their C1 forms (U+009B CSI, U+009D OSC, U+0090 DCS …);
/// - newline is kept (a caller that needs one line uses [`one_line`]); tab
///   becomes a space; every other C0 control (CR, BEL, BS …), DEL and every C1
///   control (U+0080–U+009F) is dropped;
/// - bidirectional controls ([`is_bidi_control`]: embeddings, overrides,
///   isolates and the marks LRM, RLM, ALM) are dropped: a terminal either
///   ignores them or lets them reorder the rest of the line, table borders
///   included, and text can hide what it says behind them (U+202E);
/// - the line and paragraph separators U+2028 / U+2029 become newlines.
///
/// Everything else, letters of every script included, is kept.
pub fn sanitize(s: &str) -> Cow<'_, str> {
    if !s.chars().any(needs_cleaning) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' | '\u{2028}' | '\u{2029}' => out.push('\n'),
            '\t' => out.push(' '),
            '\u{1b}' => skip_escape(&mut chars),
            // C1 introducers of CSI / OSC / DCS / APC / PM / SOS carry a payload too.
            '\u{9b}' => skip_csi(&mut chars),
            '\u{9d}' | '\u{90}' | '\u{9f}' | '\u{9e}' | '\u{98}' => skip_string(&mut chars),
            c if needs_cleaning(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Sanitises and flattens text to one line (newlines become spaces).
pub fn one_line(s: &str) -> String {
    sanitize(s).replace('\n', " ")
}

/// The most characters of someone's input an error message quotes.
pub const EXCERPT_CHARS: usize = 60;

/// A short, clean quotation of input for an error message: one line, at most
/// [`EXCERPT_CHARS`] characters, cut with an ellipsis. A message never carries
/// a whole value (a 10 MB description, an escape sequence) to the terminal or
/// a log.
pub fn excerpt(s: &str) -> String {
    excerpt_to(s, EXCERPT_CHARS)
}

/// [`excerpt`] with another limit (at least one character and the ellipsis).
pub fn excerpt_to(s: &str, max: usize) -> String {
    // Only the start is ever shown: clean no more than that of a huge value.
    let head = match s.char_indices().nth(max.saturating_mul(4).max(64)) {
        Some((at, _)) => &s[..at],
        None => s,
    };
    let clean = one_line(head);
    let clean = clean.trim();
    if clean.chars().count() <= max && head.len() == s.len() {
        return clean.to_owned();
    }
    let mut out: String = clean.chars().take(max.max(2) - 1).collect();
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

/// Shortens every quoted part of a message that quotes input (`"…"` with
/// backslash escapes, `` `…` ``, or the Polish `„…”`) to an [`excerpt`], and
/// cleans the whole to one line; the words around the quotes are kept. For
/// sentences built elsewhere, such as serde's "invalid type: string \"…\",
/// expected …" or a form's problem quoting what was typed.
pub fn shorten_quoted(message: &str) -> String {
    let mut out = String::new();
    let mut chars = message.chars();
    while let Some(c) = chars.next() {
        let close = match c {
            '"' | '`' => c,
            '„' => '”',
            _ => {
                out.push(c);
                continue;
            }
        };
        let mut quoted = String::new();
        let mut closed = false;
        while let Some(q) = chars.next() {
            if q == close {
                closed = true;
                break;
            }
            if q == '\\' && c == '"' {
                quoted.push(q);
                if let Some(escaped) = chars.next() {
                    quoted.push(escaped);
                }
                continue;
            }
            quoted.push(q);
        }
        out.push(c);
        out.push_str(&excerpt(&quoted));
        if closed {
            out.push(close);
        }
    }
    one_line(&out)
}

/// True when [`sanitize`] would leave the text as it is and it holds no
/// newline: safe to write to a terminal as one piece of a line.
pub fn is_clean(s: &str) -> bool {
    !s.chars().any(|c| c == '\n' || needs_cleaning(c))
}

/// True for the characters [`sanitize`] removes or replaces (newline aside).
fn needs_cleaning(c: char) -> bool {
    (c.is_control() && c != '\n')
        || is_c1(c)
        || is_bidi_control(c)
        || c == '\u{2028}'
        || c == '\u{2029}'
}

/// The Unicode bidirectional formatting characters: the embeddings and
/// overrides U+202A–U+202E, the isolates U+2066–U+2069, and the marks LRM
/// (U+200E), RLM (U+200F) and ALM (U+061C).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}')
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

/// True when the text holds a control character other than newline or tab:
/// C0, DEL or C1 (used by import and the forms to refuse terminal escapes at
/// the door). Bidirectional controls are not refused: right-to-left text may
/// rightly hold them; [`sanitize`] neutralises them wherever text is shown.
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

    /// What the sanitiser makes of each kind of control character.
    #[test]
    fn sanitize_case_table() {
        let cases: &[(&str, &str, &str)] = &[
            ("plain text", "zwykły tekst", "zwykły tekst"),
            (
                "other scripts",
                "Київ · مرحبا · 日本語",
                "Київ · مرحبا · 日本語",
            ),
            ("OSC 52 ended by BEL", "a\x1b]52;c;aGVsbG8=\x07b", "ab"),
            ("OSC 0 title ended by ST", "t\x1b]0;title\x1b\\u", "tu"),
            ("OSC never ended", "a\x1b]0;pwned", "a"),
            ("CSI clear and colour", "x\x1b[2Jy\x1b[31mz", "xyz"),
            ("CSI with private marker", "a\x1b[?1049hb", "ab"),
            ("DCS", "a\x1bPq#0;2;0;0;0\x1b\\b", "ab"),
            ("two-byte escape", "a\x1bcb\x1b7c", "abc"),
            ("charset selection", "a\x1b(Bb", "ab"),
            ("lone ESC at the end", "ab\x1b", "ab"),
            ("C1 CSI", "a\u{9b}31mb", "ab"),
            ("C1 OSC ended by C1 ST", "a\u{9d}0;x\u{9c}c", "ac"),
            ("other C1", "a\u{85}b\u{9a}c", "abc"),
            ("CR, BEL, BS, NUL", "a\r\x07\x08\x00b", "ab"),
            ("DEL", "a\x7fb", "ab"),
            (
                "newline kept, tab a space",
                "line\r\nnext\tcol",
                "line\nnext col",
            ),
            ("right-to-left override", "abc\u{202e}fed", "abcfed"),
            ("embeddings", "\u{202a}a\u{202b}b\u{202c}c\u{202d}", "abc"),
            ("isolates", "\u{2066}a\u{2067}b\u{2068}c\u{2069}", "abc"),
            ("marks LRM RLM ALM", "a\u{200e}b\u{200f}c\u{61c}", "abc"),
            (
                "line and paragraph separators",
                "a\u{2028}b\u{2029}c",
                "a\nb\nc",
            ),
            ("joiners are text", "👩\u{200d}💻", "👩\u{200d}💻"),
        ];
        for (what, input, expected) in cases {
            assert_eq!(sanitize(input), *expected, "{what}");
            assert!(
                !sanitize(input).chars().any(needs_cleaning),
                "{what}: something left"
            );
        }
        assert!(matches!(sanitize("zwykły tekst"), Cow::Borrowed(_)));
        assert_eq!(one_line("a\nb\u{2028}c\x1b[2J"), "a b c");
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
    fn excerpts_are_short_clean_and_marked_when_cut() {
        assert_eq!(excerpt("  krótko  "), "krótko");
        assert_eq!(excerpt("a\x1b]0;pwned\x07b\nc"), "ab c");
        let huge = "x".repeat(10 << 20);
        let cut = excerpt(&huge);
        assert_eq!(cut.chars().count(), EXCERPT_CHARS);
        assert!(cut.ends_with('…'));
        let exact = "y".repeat(EXCERPT_CHARS);
        assert_eq!(excerpt(&exact), exact);
        // An escape near the cut leaves nothing raw behind.
        let escaped = format!("{}\x1b]0;{}", "z".repeat(50), "w".repeat(1000));
        assert_eq!(excerpt(&escaped), format!("{}…", "z".repeat(50)));
    }

    #[test]
    fn library_messages_keep_their_words_and_lose_long_values() {
        let long = "v".repeat(5000);
        let message = format!("invalid type: string \"{long}\\\"{long}\", expected a sequence");
        let short = shorten_quoted(&message);
        assert!(short.starts_with("invalid type: string \"vvv"), "{short}");
        assert!(short.ends_with("…\", expected a sequence"), "{short}");
        assert!(short.len() < 120, "{short}");
        assert_eq!(
            shorten_quoted("unknown field `x\x1b[2J`, expected `id`"),
            "unknown field `x`, expected `id`"
        );
        let polish = shorten_quoted(&format!("nieznany kod „{long}” (lista)"));
        assert!(
            polish.ends_with("…” (lista)") && polish.len() < 100,
            "{polish}"
        );
    }

    #[test]
    fn control_detection() {
        assert!(has_control("a\x1b[2J"));
        assert!(!has_control("a\nb\tc ąę"));
    }
}
