//! Random text for `tests/typing.rs`: repeatable (a seeded generator), of the
//! kinds a help desk meets or an attacker tries, and the keys that type it.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// SplitMix64: small, and the same sequence for the same seed everywhere.
pub struct Rng(pub u64);

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

    fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    fn char_in(&mut self, from: u32, to: u32) -> char {
        let c = from + (self.next() % u64::from(to - from + 1)) as u32;
        char::from_u32(c).unwrap_or('\u{FFFD}')
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Whole sequences: emoji with joiners and modifiers, flags, keycaps, text
/// in right-to-left scripts, and what the fields parse (dates, ranges,
/// times, opening hours, codes).
const SEQUENCES: &[&str] = &[
    "👨‍👩‍👧‍👦",
    "🏳️‍🌈",
    "👩🏽‍💻",
    "🇵🇱🇺🇦",
    "1️⃣",
    "❤︎",
    "🧑🏿‍🤝‍🧑🏻",
    "مرحبا بالعالم",
    "שלום עולם",
    "\u{202E}evil\u{202C}",
    "\u{2067}עברית\u{2069}",
    "1.11.2022–30.11.2022",
    "2022-11-01..2022-11-30",
    "2022-11-01–2022-11-30",
    "2022-02-30",
    "0000-01-01 00:00",
    "+275760-09-13",
    "2026-03-29 02:30",
    "09:00-15:00",
    "pn-pt 09:00-15:00",
    "Mon,Wed 10:00-14:00 from 2026-01-01 to 2026-06-30",
    "śr 25:99-00:00",
    "K-ABC123",
    "ul. Długa 1, 80-001 Gdańsk",
    "pl, uk, ru, xx",
    "porady@",
    "https://",
    "\r\n",
    "\u{1b}[2J\u{1b}]52;c;aGk=\u{7}",
    "ｊｅｚｙｋ",
    "je\u{328}zyka",
    "ﬁ",
    "\u{ffff}\u{10ffff}\u{e000}\u{f0000}",
];

/// One piece of random text of a kind a help desk may meet (or an attacker
/// may try).
fn atom(rng: &mut Rng, out: &mut String) {
    match rng.below(14) {
        0 => out.push(rng.char_in(0x20, 0x7e)),
        1 => out.push_str(rng.pick(&["ą", "ć", "ę", "ł", "ń", "ó", "ś", "ź", "ż", "Ł", "Ż"])),
        // Wide: CJK, kana, Hangul syllables and jamo, full-width forms.
        2 => {
            let (from, to) = [
                (0x4e00, 0x9fff),
                (0x3040, 0x30ff),
                (0xac00, 0xd7a3),
                (0x1100, 0x11ff),
                (0xff01, 0xff5e),
            ][rng.below(5)];
            out.push(rng.char_in(from, to));
        }
        // A letter (or nothing) with a stack of combining marks.
        3 => {
            if !rng.one_in(4) {
                out.push(rng.char_in(0x61, 0x7a));
            }
            for _ in 0..1 + rng.below(8) {
                let (from, to) = [(0x300, 0x36f), (0x1ab0, 0x1aff), (0x20d0, 0x20ff)][rng.below(3)];
                out.push(rng.char_in(from, to));
            }
        }
        4 => out.push(rng.char_in(0x600, 0x6ff)),
        5 => out.push(rng.char_in(0x590, 0x5ff)),
        // Bidirectional controls.
        6 => out.push_str(rng.pick(&[
            "\u{200e}", "\u{200f}", "\u{202a}", "\u{202b}", "\u{202c}", "\u{202d}", "\u{202e}",
            "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{61c}",
        ])),
        // Emoji, skin tones, variation selectors, joiners.
        7 => {
            let (from, to) = [
                (0x1f300, 0x1f64f),
                (0x1f900, 0x1f9ff),
                (0x1f3fb, 0x1f3ff),
                (0xfe00, 0xfe0f),
            ][rng.below(4)];
            out.push(rng.char_in(from, to));
            if rng.one_in(3) {
                out.push('\u{200d}');
            }
        }
        // Control characters, C0 and C1.
        8 => out.push(match rng.below(3) {
            0 => rng.char_in(0, 0x1f),
            1 => '\u{7f}',
            _ => rng.char_in(0x80, 0x9f),
        }),
        // Invisible and odd: zero-width, BOM, separators, soft hyphen, fillers.
        9 => out.push_str(rng.pick(&[
            "\u{200b}",
            "\u{200c}",
            "\u{200d}",
            "\u{feff}",
            "\u{2028}",
            "\u{2029}",
            "\u{ad}",
            "\u{115f}",
            "\u{3000}",
            "\u{a0}",
            "\u{fffd}",
            "\u{e0041}",
        ])),
        10 | 11 => out.push_str(rng.pick(SEQUENCES)),
        12 => out.push(rng.char_in(0x30, 0x39)),
        // Anything at all.
        _ => out.push(char::from_u32(rng.char_in(0, 0x10ffff) as u32).unwrap_or(' ')),
    }
}

pub fn random_text(rng: &mut Rng) -> String {
    let atoms = if rng.one_in(10) {
        100 + rng.below(400)
    } else {
        1 + rng.below(24)
    };
    let mut text = String::new();
    for _ in 0..atoms {
        atom(rng, &mut text);
    }
    text
}

/// What reaches `App`: a key, or a bracketed paste.
#[derive(Debug)]
pub enum Input {
    Key(KeyEvent),
    Paste(String),
}

/// The text typed character by character with editing keys in between,
/// perhaps pasted as well, then perhaps answered (Enter) or saved (Ctrl-S).
pub fn inputs(rng: &mut Rng, text: &str) -> Vec<Input> {
    let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
    let editing = [
        KeyEvent::from(KeyCode::Backspace),
        KeyEvent::from(KeyCode::Delete),
        KeyEvent::from(KeyCode::Left),
        KeyEvent::from(KeyCode::Right),
        KeyEvent::from(KeyCode::Home),
        KeyEvent::from(KeyCode::End),
        KeyEvent::from(KeyCode::Up),
        KeyEvent::from(KeyCode::Down),
        KeyEvent::new(KeyCode::Enter, KeyModifiers::SHIFT),
        ctrl('u'),
        ctrl('z'),
        ctrl('k'),
        ctrl('w'),
        ctrl('a'),
        ctrl('e'),
        ctrl('h'),
        ctrl('m'),
        ctrl('y'),
        ctrl('n'),
        KeyEvent::from(KeyCode::BackTab),
        KeyEvent::from(KeyCode::PageUp),
        KeyEvent::from(KeyCode::PageDown),
        KeyEvent::from(KeyCode::Insert),
        KeyEvent::from(KeyCode::F(5)),
        KeyEvent::new(KeyCode::Char('x'), KeyModifiers::ALT),
        // Rarely, leaving: what is typed next acts as keys on the screen.
        KeyEvent::from(KeyCode::Esc),
    ];
    let mut out = Vec::new();
    if rng.one_in(3) {
        out.push(Input::Paste(text.to_owned()));
    }
    for c in text.chars() {
        let mods = if rng.one_in(20) {
            KeyModifiers::SHIFT
        } else {
            KeyModifiers::NONE
        };
        out.push(Input::Key(KeyEvent::new(KeyCode::Char(c), mods)));
        if rng.one_in(10) {
            out.push(Input::Key(editing[rng.below(editing.len())]));
        }
    }
    if rng.one_in(3) {
        out.push(Input::Paste(text.to_owned()));
    }
    if rng.one_in(3) {
        out.push(Input::Key(ctrl('s')));
    }
    if rng.one_in(2) {
        out.push(Input::Key(KeyEvent::from(KeyCode::Enter)));
    }
    out
}

/// Letters a help desk types: Latin with the Polish letters, Ukrainian and
/// Russian Cyrillic, digits, and the punctuation of a keyboard (every one a
/// key that also names a command somewhere: `?`, `/`, `*`, `q`, `1` …).
const DESK_LETTERS: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\
ąćęłńóśźżĄĆĘŁŃÓŚŹŻ\
абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯыэъё\
0123456789\
?/*!.,-:;'\"()[]{}#@&%+=_<>|\\~^$`";

/// A random word (or a few, with spaces) of the letters a desk types, now
/// and then with any other character that is not a control character.
pub fn random_words(rng: &mut Rng) -> String {
    let letters: Vec<char> = DESK_LETTERS.chars().collect();
    let mut out = String::new();
    for _ in 0..1 + rng.below(12) {
        let c = match rng.below(12) {
            0..=1 => ' ',
            2 => std::iter::repeat_with(|| rng.char_in(0x20, 0x10ffff))
                .find(|c| !c.is_control())
                .unwrap_or('x'),
            _ => letters[rng.below(letters.len())],
        };
        out.push(c);
    }
    out
}
