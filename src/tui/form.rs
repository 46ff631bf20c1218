//! A keyboard form: labelled fields, one focused; `Tab`/`Shift-Tab` (or `↑`/`↓`)
//! move, `Ctrl-S` saves, `Esc` cancels and asks first when something was typed.
//! Each field shows its problem under it, and saving moves the focus to the
//! first field with one.

use chrono::Weekday;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use ratatui_textarea::TextArea;
use unicode_width::UnicodeWidthStr;

use super::picker::{Picker, PickerKind, PickerOutcome};
use super::theme::Theme;
use crate::i18n::{Lang, Msg};

/// Rows given to a notes field.
const NOTES_ROWS: u16 = 4;

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
}

/// One labelled field.
pub struct Field<F> {
    /// Which field it is.
    pub id: F,
    /// Its label.
    pub label: String,
    /// Its editor.
    pub input: Input,
    /// Its problem, if the last save found one.
    pub error: Option<String>,
    /// Hidden fields are skipped (e.g. the date of a weekly session).
    pub visible: bool,
}

/// What a key did to the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormOutcome<F> {
    /// Still editing.
    Keep,
    /// Closed without saving.
    Cancel,
    /// The user asked to save (the asker validates and may keep it open).
    Save,
    /// The user asked for the list of a picked field (Enter on it): the
    /// owner opens it with [`Form::open_picker`].
    Pick(F),
    /// The list of a picked field was closed with these values (the owner
    /// sets them with their labels, [`Form::set_picked`]).
    Picked(F, Vec<String>),
}

/// A form over fields identified by `F`.
pub struct Form<F> {
    title: String,
    fields: Vec<Field<F>>,
    focus: usize,
    dirty: bool,
    confirm_discard: bool,
    /// The open list of a picked field; it takes the keys while open.
    picker: Option<(F, Picker)>,
    /// A message for the whole form (e.g. "correct the marked fields").
    pub message: Option<String>,
}

impl<F: Copy + Eq> Form<F> {
    /// A form with its title and fields; the focus on the first visible field.
    pub fn new(title: String, fields: Vec<Field<F>>) -> Self {
        let focus = fields.iter().position(|f| f.visible).unwrap_or(0);
        Self {
            title,
            fields,
            focus,
            dirty: false,
            confirm_discard: false,
            picker: None,
            message: None,
        }
    }

    /// Opens the list of a picked field over the form, its current values
    /// ticked (or selected).
    pub fn open_picker(
        &mut self,
        field: F,
        kind: PickerKind,
        choices: Vec<(String, String)>,
        lang: Lang,
    ) {
        let current = self.picked(field);
        let mut picker = Picker::new(kind, choices, current.first().map(String::as_str), lang);
        picker.tick(&current);
        self.picker = Some((field, picker));
    }

    fn field(&self, id: F) -> Option<&Field<F>> {
        self.fields.iter().find(|f| f.id == id)
    }

    /// The text of a text field.
    pub fn text(&self, id: F) -> String {
        match self.field(id).map(|f| &f.input) {
            Some(Input::Text(area) | Input::Notes(area)) => area.lines().join("\n"),
            _ => String::new(),
        }
    }

    /// The values of a picked field.
    pub fn picked(&self, id: F) -> Vec<String> {
        match self.field(id).map(|f| &f.input) {
            Some(Input::Picked { values, .. }) => values.clone(),
            _ => Vec::new(),
        }
    }

    /// Sets the values of a picked field (after its list was closed).
    pub fn set_picked(&mut self, id: F, values: Vec<String>, labels: Vec<String>) {
        if let Some(f) = self.fields.iter_mut().find(|f| f.id == id) {
            f.input = Input::Picked { values, labels };
            f.error = None;
            self.dirty = true;
        }
    }

    /// Replaces the text of a text field (e.g. a generated code).
    pub fn set_text(&mut self, id: F, text: &str) {
        if let Some(f) = self.fields.iter_mut().find(|f| f.id == id) {
            f.input = Input::text(text);
            f.error = None;
            self.dirty = true;
        }
    }

    /// The chosen option of a choice field.
    pub fn choice(&self, id: F) -> usize {
        match self.field(id).map(|f| &f.input) {
            Some(Input::Choice { selected, .. }) => *selected,
            _ => 0,
        }
    }

    /// The weekdays set in a days field, Monday first.
    pub fn days(&self, id: F) -> Vec<Weekday> {
        match self.field(id).map(|f| &f.input) {
            Some(Input::Days { on, .. }) => (0..7u8)
                .filter(|&i| on[usize::from(i)])
                .filter_map(|i| Weekday::try_from(i).ok())
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Shows or hides a field.
    pub fn set_visible(&mut self, id: F, visible: bool) {
        if let Some(f) = self.fields.iter_mut().find(|f| f.id == id) {
            f.visible = visible;
        }
    }

    /// Counts the content as typed (a form reopened from a draft).
    pub fn mark_dirty(&mut self) {
        self.dirty = true;
    }

    /// True when something was changed since the form opened.
    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// Marks fields with their problems and moves the focus to the first one.
    pub fn set_errors(&mut self, errors: &[(F, String)]) {
        for f in &mut self.fields {
            f.error = errors
                .iter()
                .find(|(id, _)| *id == f.id)
                .map(|(_, m)| m.clone());
        }
        if let Some(first) = self
            .fields
            .iter()
            .position(|f| f.visible && f.error.is_some())
        {
            self.focus = first;
        }
    }

    /// The id of the focused field.
    pub fn focused(&self) -> F {
        self.fields[self.focus].id
    }

    fn step(&mut self, forward: bool) {
        let n = self.fields.len();
        for k in 1..=n {
            let i = if forward {
                (self.focus + k) % n
            } else {
                (self.focus + n - k) % n
            };
            if self.fields[i].visible {
                self.focus = i;
                return;
            }
        }
    }

    /// Handles a key.
    pub fn handle(&mut self, ev: KeyEvent) -> FormOutcome<F> {
        if let Some((field, picker)) = &mut self.picker {
            let field = *field;
            let values = match picker.handle(&ev) {
                PickerOutcome::Keep => return FormOutcome::Keep,
                PickerOutcome::Cancel => None,
                PickerOutcome::Chosen(value) => Some(value.into_iter().collect()),
                PickerOutcome::ChosenMany(values) => Some(values),
            };
            self.picker = None;
            return values.map_or(FormOutcome::Keep, |v| FormOutcome::Picked(field, v));
        }
        if self.confirm_discard {
            self.confirm_discard = false;
            return if matches!(ev.code, KeyCode::Char('y' | 'Y' | 't' | 'T')) {
                FormOutcome::Cancel
            } else {
                FormOutcome::Keep
            };
        }
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        match ev.code {
            KeyCode::Char('s') if ctrl => return FormOutcome::Save,
            KeyCode::Esc | KeyCode::Char('c') if ev.code == KeyCode::Esc || ctrl => {
                if self.dirty {
                    self.confirm_discard = true;
                    return FormOutcome::Keep;
                }
                return FormOutcome::Cancel;
            }
            KeyCode::Enter if matches!(self.fields[self.focus].input, Input::Picked { .. }) => {
                return FormOutcome::Pick(self.fields[self.focus].id);
            }
            // In notes, Enter and the arrows belong to the text.
            KeyCode::Enter | KeyCode::Down | KeyCode::Up
                if matches!(self.fields[self.focus].input, Input::Notes(_)) =>
            {
                if let Input::Notes(area) = &mut self.fields[self.focus].input {
                    if area.input(ev) {
                        self.fields[self.focus].error = None;
                        self.dirty = true;
                    }
                }
            }
            KeyCode::Tab | KeyCode::Down | KeyCode::Enter => self.step(true),
            KeyCode::BackTab | KeyCode::Up => self.step(false),
            _ => {
                let field = &mut self.fields[self.focus];
                if edit(&mut field.input, ev) {
                    field.error = None;
                    self.dirty = true;
                }
            }
        }
        FormOutcome::Keep
    }

    /// Inserts pasted text into the focused text field (or the filter of the
    /// open list): on one line in a one-line field, with its line breaks in a
    /// notes field. A paste on a field that is not text is ignored.
    pub fn paste(&mut self, text: &str) {
        if let Some((_, picker)) = &mut self.picker {
            picker.paste(text);
            return;
        }
        if self.confirm_discard {
            // "Discard what you typed?" waits for a key, not for text.
            return;
        }
        let field = &mut self.fields[self.focus];
        let changed = match &mut field.input {
            Input::Text(area) => paste_into(area, text, false),
            Input::Notes(area) => paste_into(area, text, true),
            _ => false,
        };
        if changed {
            field.error = None;
            self.dirty = true;
        }
    }

    /// Draws the form over `area`.
    pub fn draw(&mut self, frame: &mut Frame<'_>, area: Rect, theme: &Theme, lang: Lang) {
        self.draw_fields(frame, area, theme, lang);
        if let Some((_, picker)) = &mut self.picker {
            picker.draw(frame, area, theme, lang);
        }
    }

    fn draw_fields(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme, lang: Lang) {
        frame.render_widget(Clear, area);
        let block = Block::bordered()
            .border_style(theme.border_focused)
            .title(Span::styled(format!(" {} ", self.title), theme.title))
            .title_bottom(Span::styled(
                format!(" {} ", lang.t(Msg::FormHint)),
                theme.muted,
            ));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let label_w = self
            .fields
            .iter()
            .map(|f| f.label.width())
            .max()
            .unwrap_or(10)
            .min(usize::from(inner.width / 3)) as u16
            + 2;
        // Rows: one per visible field, one more for a field's problem, and the
        // form's message at the end; scrolled so the focused field is in view.
        let mut rows: Vec<(Option<usize>, Line<'_>)> = Vec::new();
        for (i, f) in self.fields.iter().enumerate().filter(|(_, f)| f.visible) {
            let style = if i == self.focus {
                theme.label.add_modifier(ratatui::style::Modifier::BOLD)
            } else {
                theme.label
            };
            let marker = if i == self.focus { "›" } else { " " };
            rows.push((
                Some(i),
                Line::from(Span::styled(format!("{marker}{}", f.label), style)),
            ));
            // Notes get a few lines of their own.
            if matches!(f.input, Input::Notes(_)) {
                for _ in 1..NOTES_ROWS {
                    rows.push((None, Line::default()));
                }
            }
            if let Some(e) = &f.error {
                // A long problem is wrapped under the field, never cut off.
                let room = usize::from(inner.width.saturating_sub(label_w)).max(10);
                for part in wrap(e, room) {
                    rows.push((
                        None,
                        Line::from(vec![
                            Span::raw(" ".repeat(usize::from(label_w))),
                            Span::styled(part, theme.warning),
                        ]),
                    ));
                }
            }
        }
        if self.confirm_discard {
            rows.push((None, Line::styled(lang.t(Msg::FormDiscard), theme.warning)));
        } else if let Some(m) = &self.message {
            rows.push((None, Line::styled(m.as_str(), theme.warning)));
        }
        let focus_row = rows
            .iter()
            .position(|(i, _)| *i == Some(self.focus))
            .unwrap_or(0);
        // The focused field's last row (its notes rows and its problem) is
        // brought into view, without scrolling its label out.
        let focus_end = rows
            .iter()
            .enumerate()
            .skip(focus_row + 1)
            .find(|(_, (i, _))| i.is_some())
            .map_or(rows.len().saturating_sub(1), |(k, _)| k - 1);
        let height = usize::from(inner.height.max(1));
        let skip = (focus_end + 2).saturating_sub(height).min(focus_row);
        for (y, (field, line)) in rows.into_iter().skip(skip).take(height).enumerate() {
            let row = Rect::new(inner.x, inner.y + y as u16, inner.width, 1);
            if field.is_none() && line.spans.is_empty() {
                // Space kept for the notes above.
                continue;
            }
            frame.render_widget(Paragraph::new(line), row);
            if let Some(i) = field {
                let height = if matches!(self.fields[i].input, Input::Notes(_)) {
                    NOTES_ROWS.min(inner.bottom().saturating_sub(row.y))
                } else {
                    1
                };
                let input = Rect::new(
                    row.x + label_w,
                    row.y,
                    row.width.saturating_sub(label_w),
                    height,
                );
                self.draw_input(frame, input, i, theme, lang);
            }
        }
    }

    fn draw_input(&self, frame: &mut Frame<'_>, area: Rect, i: usize, theme: &Theme, lang: Lang) {
        let focused = i == self.focus;
        match &self.fields[i].input {
            Input::Text(text) => {
                let mut text = (**text).clone();
                let cursor = if focused {
                    ratatui::style::Style::new().add_modifier(ratatui::style::Modifier::REVERSED)
                } else {
                    ratatui::style::Style::new()
                };
                text.set_cursor_style(cursor);
                text.set_style(theme.input);
                frame.render_widget(&text, area);
            }
            Input::Notes(text) => {
                // Shown on its one row as its last line; the rows below it are
                // kept free by `draw` for the rest.
                let mut text = (**text).clone();
                let cursor = if focused {
                    ratatui::style::Style::new().add_modifier(ratatui::style::Modifier::REVERSED)
                } else {
                    ratatui::style::Style::new()
                };
                text.set_cursor_style(cursor);
                text.set_style(theme.input);
                let height = area.height;
                frame.render_widget(&text, Rect { height, ..area });
            }
            Input::Picked { labels, .. } => {
                let shown = if labels.is_empty() {
                    Span::styled(lang.t(Msg::FormPickHint), theme.muted)
                } else {
                    Span::styled(labels.join(", "), theme.input)
                };
                frame.render_widget(Line::from(shown), area);
            }
            Input::Choice { options, selected } => {
                let mut spans = Vec::new();
                for (k, o) in options.iter().enumerate() {
                    let style = if k == *selected {
                        theme.chip
                    } else {
                        theme.muted
                    };
                    spans.push(Span::styled(format!(" {o} "), style));
                    spans.push(Span::raw(" "));
                }
                if focused {
                    spans.push(Span::styled(lang.t(Msg::FormChoiceHint), theme.muted));
                }
                frame.render_widget(Line::from(spans), area);
            }
            Input::Days { on, cursor } => {
                let mut spans = Vec::new();
                for (k, set) in on.iter().enumerate() {
                    let day = Weekday::try_from(k as u8).unwrap_or(Weekday::Mon);
                    let mut style = if *set { theme.chip } else { theme.muted };
                    if focused && k == *cursor {
                        style = style.add_modifier(
                            ratatui::style::Modifier::UNDERLINED | ratatui::style::Modifier::BOLD,
                        );
                    }
                    let mark = if *set { "■" } else { "□" };
                    spans.push(Span::styled(
                        format!("{mark}{}", lang.weekday_short(day)),
                        style,
                    ));
                    spans.push(Span::raw(" "));
                }
                if focused {
                    spans.push(Span::styled(lang.t(Msg::FormDaysHint), theme.muted));
                }
                frame.render_widget(Line::from(spans), area);
            }
        }
    }
}

/// A key typed into a text field, a search line, a prompt or a list's filter;
/// true when the text changed. Ctrl-U clears to the start of the line, as in
/// a shell; undo (the text area's own meaning of Ctrl-U) is Ctrl-Z.
///
/// A one-line input takes no line break (the text area would split it on
/// Ctrl-M, a modified Enter or a typed newline, into lines nobody sees), and
/// no input takes a control character as text.
pub fn type_into(area: &mut TextArea<'static>, ev: KeyEvent, multi_line: bool) -> bool {
    let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
    match ev.code {
        KeyCode::Char('u') if ctrl => area.delete_line_by_head(),
        KeyCode::Char('z') if ctrl => area.undo(),
        KeyCode::Char('m') if ctrl && !multi_line => false,
        KeyCode::Enter if !multi_line => false,
        KeyCode::Char('\n' | '\r') if multi_line => area.input(ev),
        KeyCode::Char(c) if c.is_control() => false,
        _ => area.input(ev),
    }
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

/// Applies an editing key to an input; true when its value changed.
fn edit(input: &mut Input, ev: KeyEvent) -> bool {
    match input {
        Input::Text(area) => type_into(area, ev, false),
        Input::Notes(area) => type_into(area, ev, true),
        Input::Picked { values, labels } => {
            if matches!(ev.code, KeyCode::Backspace | KeyCode::Delete) && !values.is_empty() {
                values.clear();
                labels.clear();
                return true;
            }
            false
        }
        Input::Choice { options, selected } => {
            let n = options.len().max(1);
            match ev.code {
                KeyCode::Left => *selected = (*selected + n - 1) % n,
                KeyCode::Right | KeyCode::Char(' ') => *selected = (*selected + 1) % n,
                _ => return false,
            }
            true
        }
        Input::Days { on, cursor } => match ev.code {
            KeyCode::Left => {
                *cursor = (*cursor + 6) % 7;
                false
            }
            KeyCode::Right => {
                *cursor = (*cursor + 1) % 7;
                false
            }
            KeyCode::Char(' ') => {
                on[*cursor] = !on[*cursor];
                true
            }
            KeyCode::Char(c @ '1'..='7') => {
                let i = usize::from(c as u8 - b'1');
                on[i] = !on[i];
                *cursor = i;
                true
            }
            _ => false,
        },
    }
}

/// Splits text into lines of at most `width` columns, at spaces where it can.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let wanted = if line.is_empty() {
            word.width()
        } else {
            line.width() + 1 + word.width()
        };
        if wanted > width && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
        // A word longer than the line is cut into pieces.
        while line.width() > width {
            let cut = line
                .char_indices()
                .scan(0, |w, (i, c)| {
                    *w += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                    Some((i, *w))
                })
                .find(|&(_, w)| w > width)
                .map_or(line.len(), |(i, _)| i);
            let rest = line.split_off(cut);
            lines.push(std::mem::replace(&mut line, rest));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod wrap_tests {
    use super::wrap;

    #[test]
    fn long_problems_wrap_at_spaces_and_long_words_are_cut() {
        assert_eq!(
            wrap(
                "line 1: the closing time must be after the opening time",
                20
            ),
            [
                "line 1: the closing",
                "time must be after",
                "the opening time"
            ]
        );
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("zażółć gęślą", 6), ["zażółć", "gęślą"]);
        assert_eq!(wrap("", 5), Vec::<String>::new());
    }
}

#[cfg(test)]
mod edit_tests {
    use super::*;

    #[test]
    fn ctrl_u_clears_to_the_line_start_and_ctrl_z_undoes() {
        let mut input = Input::text("porady@");
        let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
        let text = |i: &Input| match i {
            Input::Text(a) => a.lines().join("\n"),
            _ => String::new(),
        };
        assert!(edit(&mut input, ctrl('u')));
        assert_eq!(text(&input), "");
        assert!(edit(&mut input, ctrl('z')));
        assert_eq!(text(&input), "porady@");
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
            assert!(!edit(&mut input, ev), "{ev:?}");
            assert_eq!(lines(&input), ["K-1"], "{ev:?}");
        }
        // Notes take line breaks, still no other control characters.
        let mut notes = Input::Notes(Box::new(TextArea::new(vec!["a".into()])));
        assert!(edit(&mut notes, KeyEvent::from(KeyCode::Char('\n'))));
        assert!(!edit(&mut notes, KeyEvent::from(KeyCode::Char('\u{1b}'))));
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
