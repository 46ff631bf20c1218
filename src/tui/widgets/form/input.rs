//! The editor of one form field, and typing and pasting into text.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::TextArea;

use crate::tui::action::Action;
use crate::tui::keymap::Focus;

/// The editor of one field.
pub enum Input {
    /// One line of text.
    Text(Box<TextArea<'static>>),
    /// One of a few options, changed with ←/→ or space.
    Choice {
        /// The options' labels.
        options: Vec<String>,
        /// The chosen one.
        selected: usize,
    },
    /// Values chosen from a list (Enter opens the list, Backspace clears).
    Picked {
        /// The stored values (codes, ids).
        values: Vec<String>,
        /// What is shown for them.
        labels: Vec<String>,
    },
    /// Several lines of text (Enter starts a new line).
    Notes(Box<TextArea<'static>>),
    /// A set of weekdays.
    Days {
        /// Monday first.
        on: [bool; 7],
        /// The day the cursor is on.
        cursor: usize,
    },
}

impl Input {
    /// A text input holding `value`.
    pub fn text(value: &str) -> Self {
        let mut area = TextArea::new(vec![value.to_owned()]);
        area.set_cursor_line_style(ratatui::style::Style::new());
        area.move_cursor(ratatui_textarea::CursorMove::End);
        Input::Text(Box::new(area))
    }

    /// A notes input holding `value` (several lines).
    pub fn notes(value: &str) -> Self {
        let mut area = TextArea::new(value.lines().map(str::to_owned).collect::<Vec<_>>());
        area.set_cursor_line_style(ratatui::style::Style::new());
        Input::Notes(Box::new(area))
    }

    /// A quick choice among `options`, `selected` chosen.
    pub fn choice(options: impl IntoIterator<Item = String>, selected: usize) -> Self {
        Input::Choice {
            options: options.into_iter().collect(),
            selected,
        }
    }

    /// What the key tables care about when this input has the focus.
    pub fn focus(&self) -> Focus {
        match self {
            Input::Text(_) => Focus::Text,
            Input::Notes(_) => Focus::Notes,
            Input::Choice { .. } => Focus::Choice,
            Input::Picked { .. } => Focus::Picked,
            Input::Days { .. } => Focus::Days,
        }
    }
}

/// A key typed into a text field, a search line, a prompt or a list's filter;
/// true when the text changed. Ctrl-U clears the whole line (wherever the
/// cursor is); undo (the text area's own meaning of Ctrl-U) is Ctrl-Z.
///
/// A one-line input takes no line break (the text area would split it on
/// Ctrl-M, a modified Enter or a typed newline, into lines nobody sees), and
/// no input takes a control character as text.
pub fn type_into(area: &mut TextArea<'static>, ev: KeyEvent, multi_line: bool) -> bool {
    let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
    match ev.code {
        KeyCode::Char('u') if ctrl => clear_line(area),
        KeyCode::Char('z') if ctrl => area.undo(),
        KeyCode::Char('m') if ctrl && !multi_line => false,
        KeyCode::Enter if !multi_line => false,
        KeyCode::Char('\n' | '\r') if multi_line => area.input(ev),
        KeyCode::Char(c) if c.is_control() => false,
        _ => area.input(ev),
    }
}

/// Ctrl-U: clears the whole line the cursor is on, wherever the cursor is
/// (undone by Ctrl-Z).
fn clear_line(area: &mut TextArea<'static>) -> bool {
    area.move_cursor(ratatui_textarea::CursorMove::End);
    area.delete_line_by_head()
}

/// Pasted text made fit for a field: line breaks (CR LF, CR or LF) stay in a
/// multi-line field and become spaces in a one-line one, tabs become spaces,
/// and other control characters are dropped (a paste must not carry escapes
/// onto the screen).
pub fn pasted(text: &str, multi_line: bool) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    text.chars()
        .filter_map(|c| match c {
            '\n' if multi_line => Some('\n'),
            '\n' | '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// Inserts pasted text at the cursor; true when the text changed.
pub fn paste_into(area: &mut TextArea<'static>, text: &str, multi_line: bool) -> bool {
    let text = pasted(text, multi_line);
    !text.is_empty() && area.insert_str(text)
}

/// Applies an editing action (or, with none, a key typed as text) to an
/// input; true when its value changed.
pub(super) fn edit(input: &mut Input, action: Option<Action>, ev: KeyEvent) -> bool {
    match (input, action) {
        (Input::Text(area) | Input::Notes(area), Some(Action::ClearLine)) => clear_line(area),
        (Input::Text(area) | Input::Notes(area), Some(Action::Undo)) => area.undo(),
        (Input::Text(area), None) => type_into(area, ev, false),
        (Input::Notes(area), None | Some(Action::NewLine)) => type_into(area, ev, true),
        (Input::Picked { values, labels }, Some(Action::ClearPicked)) if !values.is_empty() => {
            values.clear();
            labels.clear();
            true
        }
        (Input::Choice { options, selected }, Some(Action::Left | Action::Right)) => {
            let n = options.len().max(1);
            *selected = if action == Some(Action::Left) {
                (*selected + n - 1) % n
            } else {
                (*selected + 1) % n
            };
            true
        }
        // A letter chooses the next option with a word starting with it
        // (`p` → "by phone"; again → the next such option).
        (Input::Choice { options, selected }, None) => match ev.code {
            KeyCode::Char(c) if crate::tui::keymap::is_printable(&ev) => {
                let letter = crate::text::search_fold(&c.to_string());
                let n = options.len();
                let found = (1..=n).map(|k| (*selected + k) % n).find(|&i| {
                    crate::text::search_fold(&options[i])
                        .split(|ch: char| !ch.is_alphanumeric())
                        .any(|word| !letter.is_empty() && word.starts_with(&letter))
                });
                match found {
                    Some(i) if i != *selected => {
                        *selected = i;
                        true
                    }
                    _ => false,
                }
            }
            _ => false,
        },
        (Input::Days { cursor, .. }, Some(Action::Left)) => {
            *cursor = (*cursor + 6) % 7;
            false
        }
        (Input::Days { cursor, .. }, Some(Action::Right)) => {
            *cursor = (*cursor + 1) % 7;
            false
        }
        (Input::Days { on, cursor }, Some(Action::Tick)) => {
            // Space toggles the day under the cursor; 1-7 the day of that number.
            if let KeyCode::Char(c @ '1'..='7') = ev.code {
                *cursor = usize::from(c as u8 - b'1');
            }
            on[*cursor] = !on[*cursor];
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod edit_tests {
    use super::*;
    use crate::tui::keymap::{self, Context, Situation};

    /// The action the form's table gives the key, with this input focused.
    fn action(input: &Input, ev: &KeyEvent) -> Option<Action> {
        let situation = Situation {
            focus: input.focus(),
            ..Situation::anyone()
        };
        keymap::lookup(Context::Form, ev, &situation)
    }

    /// The key as the form applies it to the focused input.
    fn apply(input: &mut Input, ev: KeyEvent) -> bool {
        let action = action(input, &ev);
        edit(input, action, ev)
    }

    #[test]
    fn ctrl_u_clears_the_whole_line_and_ctrl_z_undoes() {
        let mut input = Input::text("porady@");
        let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
        let text = |i: &Input| match i {
            Input::Text(a) => a.lines().join("\n"),
            _ => String::new(),
        };
        assert!(apply(&mut input, ctrl('u')));
        assert_eq!(text(&input), "");
        assert!(apply(&mut input, ctrl('z')));
        assert_eq!(text(&input), "porady@");
        // With the cursor inside the text, the whole line still goes.
        let left = KeyEvent::new(KeyCode::Left, KeyModifiers::NONE);
        apply(&mut input, left);
        apply(&mut input, left);
        assert!(apply(&mut input, ctrl('u')));
        assert_eq!(text(&input), "");
    }

    #[test]
    fn a_one_line_input_never_splits_and_takes_no_control_characters() {
        let mut input = Input::text("K-1");
        let lines = |i: &Input| match i {
            Input::Text(a) | Input::Notes(a) => a.lines().to_vec(),
            _ => Vec::new(),
        };
        for ev in [
            KeyEvent::new(KeyCode::Char('m'), KeyModifiers::CONTROL),
            KeyEvent::new(KeyCode::Enter, KeyModifiers::SHIFT),
            KeyEvent::new(KeyCode::Enter, KeyModifiers::CONTROL),
            KeyEvent::from(KeyCode::Char('\n')),
            KeyEvent::from(KeyCode::Char('\r')),
            KeyEvent::from(KeyCode::Char('\u{1b}')),
            KeyEvent::from(KeyCode::Char('\u{7}')),
            KeyEvent::from(KeyCode::Char('\u{9b}')),
        ] {
            assert!(!apply(&mut input, ev), "{ev:?}");
            assert_eq!(lines(&input), ["K-1"], "{ev:?}");
        }
        // Notes take line breaks, still no other control characters.
        let mut notes = Input::Notes(Box::new(TextArea::new(vec!["a".into()])));
        assert!(edit(&mut notes, None, KeyEvent::from(KeyCode::Char('\n'))));
        assert!(!edit(
            &mut notes,
            None,
            KeyEvent::from(KeyCode::Char('\u{1b}'))
        ));
        assert_eq!(lines(&notes), ["", "a"]);
    }

    #[test]
    fn pasted_text_fits_the_field() {
        let text = "Pierwsza linia\r\ndruga\tkolumna\rtrzecia\u{1b}[2J\u{7}\nkoniec";
        assert_eq!(
            pasted(text, true),
            "Pierwsza linia\ndruga kolumna\ntrzecia[2J\nkoniec"
        );
        assert_eq!(
            pasted(text, false),
            "Pierwsza linia druga kolumna trzecia[2J koniec"
        );
        assert_eq!(
            pasted("je\u{328}zyk 日本 👨‍👩‍👧", false),
            "je\u{328}zyk 日本 👨‍👩‍👧"
        );
    }
}
