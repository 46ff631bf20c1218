//! Drawing a form: labels, editors, problems wrapped under their fields, the
//! form's message, scrolled so the focused field is in view.

use chrono::Weekday;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::{Form, Input};
use crate::i18n::{Lang, Msg};
use crate::tui::theme::Theme;

/// Rows given to a notes field.
const NOTES_ROWS: u16 = 4;

impl<F: Copy + Eq> Form<F> {
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
        // The form's message (a refusal, a conflict with what to do next) is
        // wrapped at the bottom, always in view and never cut.
        let message = if self.confirm_discard {
            Some(lang.t(Msg::FormDiscard))
        } else {
            self.message.as_deref()
        };
        let message = message.map_or_else(Vec::new, |m| wrap(m, usize::from(inner.width.max(10))));
        let message_rows = (message.len() as u16).min(inner.height.saturating_sub(1));
        let inner = {
            let mut fields = inner;
            fields.height = inner.height - message_rows;
            let at = Rect::new(inner.x, fields.bottom(), inner.width, message_rows);
            let text: Vec<Line<'_>> = message
                .into_iter()
                .map(|l| Line::styled(l, theme.warning))
                .collect();
            frame.render_widget(Paragraph::new(text), at);
            fields
        };
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
            // A notes field is drawn over the rows `draw_fields` kept for it.
            Input::Text(text) | Input::Notes(text) => {
                let mut text = (**text).clone();
                let cursor = if focused {
                    ratatui::style::Style::new().add_modifier(ratatui::style::Modifier::REVERSED)
                } else {
                    ratatui::style::Style::new()
                };
                text.set_cursor_style(cursor);
                text.set_style(theme.input);
                frame.render_widget(&text, area);
                if let Some(hint) = &self.fields[i].hint {
                    // Beside the value: after the longest code (20) when
                    // there is room, else after what is typed.
                    let typed = text.lines().first().map_or(0, |l| l.width()) as u16;
                    let at = (typed + 2).max(22).min(area.width);
                    let room = Rect::new(area.x + at, area.y, area.width - at, 1);
                    frame.render_widget(Line::styled(hint.as_str(), theme.muted), room);
                }
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
