//! The audit trail on screen (coordinators, from the Reports tab): the latest
//! entries, newest first, and the selected one's fields before and after.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, List, ListItem, ListState, Paragraph};
use serde_json::Value;

use crate::audit::{Action as Done, Entry};
use crate::i18n::{Lang, Msg};
use crate::text::one_line;
use crate::timetable::local_time;
use crate::tui::action::Action;
use crate::tui::theme::Theme;

/// How many of the latest entries are read.
pub const SHOWN: usize = 1000;

/// The entries and the selection.
#[derive(Default)]
pub struct AuditView {
    entries: Vec<Entry>,
    state: ListState,
    /// True while the selected entry's details have the focus (`Tab`).
    details_focused: bool,
    details_scroll: crate::tui::scroll::Scroll,
}

impl AuditView {
    /// The view over entries read from the store (newest first).
    pub fn new(entries: Vec<Entry>) -> Self {
        let mut state = ListState::default();
        state.select((!entries.is_empty()).then_some(0));
        Self {
            entries,
            state,
            ..Self::default()
        }
    }

    /// The key-map context of the focused pane.
    pub fn context(&self) -> crate::tui::keymap::Context {
        if self.details_focused {
            crate::tui::keymap::Context::Reading
        } else {
            crate::tui::keymap::Context::Audit
        }
    }

    /// Moves the selection, or the focus, or scrolls the details; true when
    /// the action was one of those.
    pub fn update(&mut self, action: Action) -> bool {
        if self.details_focused {
            if matches!(action, Action::Back | Action::NextPane | Action::PrevPane) {
                self.details_focused = false;
                return true;
            }
            return self.details_scroll.update(action);
        }
        if matches!(action, Action::NextPane | Action::PrevPane) {
            self.details_focused = true;
            return true;
        }
        let last = self.entries.len().saturating_sub(1);
        let at = self.state.selected().unwrap_or(0);
        let to = match action {
            Action::Down => at.saturating_add(1).min(last),
            Action::Up => at.saturating_sub(1),
            Action::PageDown => at.saturating_add(10).min(last),
            Action::PageUp => at.saturating_sub(10),
            _ => return false,
        };
        if Some(to) != self.state.selected() {
            self.details_scroll.reset();
        }
        self.state.select(Some(to));
        true
    }

    /// Draws the list and the selected entry.
    pub fn draw(&mut self, frame: &mut Frame<'_>, area: Rect, theme: &Theme, lang: Lang) {
        let [list, details] =
            Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)])
                .areas(area);
        let items: Vec<ListItem<'_>> = self
            .entries
            .iter()
            .map(|e| {
                ListItem::new(format!(
                    "{} {} {} {}",
                    local_time(&e.at),
                    one_line(&e.actor),
                    e.action.label(lang),
                    e.kind.label(lang)
                ))
            })
            .collect();
        let title = format!(" {} · {} ", lang.t(Msg::AuditTitle), self.entries.len());
        let widget = List::new(items)
            .block(
                Block::bordered()
                    .border_style(if self.details_focused {
                        theme.border
                    } else {
                        theme.border_focused
                    })
                    .title(title),
            )
            .highlight_style(theme.selection)
            .highlight_symbol("› ");
        frame.render_stateful_widget(widget, list, &mut self.state);
        let block = Block::bordered().border_style(if self.details_focused {
            theme.border_focused
        } else {
            theme.border
        });
        match self.state.selected().and_then(|i| self.entries.get(i)) {
            Some(e) => {
                let lines = detail_lines(e, theme, lang);
                self.details_scroll
                    .draw(frame, details, block, lines, theme, lang);
            }
            None => frame.render_widget(
                Paragraph::new(Line::styled(lang.t(Msg::AuditNone), theme.muted)).block(block),
                details,
            ),
        }
    }
}

/// The entry's record, then for a change each changed field as before → after;
/// for a creation or removal the fields as they were.
fn detail_lines<'a>(e: &Entry, theme: &Theme, lang: Lang) -> Vec<Line<'a>> {
    let mut out = vec![
        Line::styled(
            format!("{} {}", e.action.label(lang), e.kind.label(lang)),
            theme.heading,
        ),
        Line::raw(one_line(&e.record_name())),
        Line::raw(format!("{} · {}", local_time(&e.at), one_line(&e.actor))),
        Line::raw(""),
    ];
    let shown = |v: Option<&Value>| match v {
        None | Some(Value::Null) => "—".to_owned(),
        Some(Value::String(s)) => one_line(s),
        Some(other) => one_line(&other.to_string()),
    };
    let fields = if e.action == Done::Change {
        e.changed_fields()
    } else {
        [&e.after, &e.before]
            .into_iter()
            .flatten()
            .find_map(|v| v.as_object().map(|m| m.keys().cloned().collect()))
            .unwrap_or_default()
    };
    for field in fields {
        let before = e.before.as_ref().and_then(|v| v.get(&field));
        let after = e.after.as_ref().and_then(|v| v.get(&field));
        out.push(Line::styled(format!("{field}:"), theme.label));
        if e.before.is_some() {
            out.push(Line::from(vec![
                Span::styled(format!("  {}: ", lang.t(Msg::AuditBefore)), theme.muted),
                Span::raw(shown(before)),
            ]));
        }
        if e.after.is_some() {
            out.push(Line::from(vec![
                Span::styled(format!("  {}: ", lang.t(Msg::AuditAfter)), theme.muted),
                Span::raw(shown(after)),
            ]));
        }
    }
    out
}
