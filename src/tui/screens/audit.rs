//! The audit trail on screen (coordinators, from the Reports tab): the latest
//! entries, newest first, and the selected one's fields before and after.

use crate::audit::Entry;
use crate::audit::words::changes;
use crate::i18n::{Lang, Msg};
use crate::text::one_line;
use crate::tui::action::Action;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, List, ListItem, ListState};

/// How many of the latest entries are read.
pub const SHOWN: usize = 1000;

/// What the fields of the entries are said with: the topics' labels, and
/// the names of the services and organisations that records refer to by id.
#[derive(Default)]
pub struct Words {
    /// Topics and counties.
    pub reference: crate::model::Reference,
    /// Names by id.
    pub names: std::collections::HashMap<String, String>,
}

/// The entries and the selection.
#[derive(Default)]
pub struct AuditView {
    words: Words,
    entries: Vec<Entry>,
    state: ListState,
    /// True while the selected entry's details have the focus (`Tab`).
    details_focused: bool,
    details_scroll: crate::tui::scroll::Scroll,
}

impl AuditView {
    /// The view over entries read from the store (newest first), said with
    /// `words`.
    pub fn new(entries: Vec<Entry>, words: Words) -> Self {
        let mut state = ListState::default();
        state.select((!entries.is_empty()).then_some(0));
        Self {
            entries,
            state,
            words,
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
                    "{} {} {} {}: {}",
                    lang.instant(&e.at),
                    one_line(&e.actor),
                    e.action.label(lang),
                    e.kind.label(lang),
                    one_line(&e.record_name(lang))
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
        let lines = self
            .state
            .selected()
            .and_then(|i| self.entries.get(i))
            .map(|e| detail_lines(e, &self.words, theme, lang));
        self.details_scroll
            .draw_or(frame, details, block, lines, Msg::AuditNone, theme, lang);
    }
}

/// The entry's record by name, when and by whom, then each field in words:
/// for a change the changed ones as before → after, for a creation or an
/// erasure every field as it was.
fn detail_lines<'a>(e: &Entry, words: &Words, theme: &Theme, lang: Lang) -> Vec<Line<'a>> {
    let mut out = vec![
        Line::styled(
            format!("{} {}", e.action.label(lang), e.kind.label(lang)),
            theme.heading,
        ),
        Line::raw(one_line(&e.record_name(lang))),
        Line::raw(format!("{} · {}", lang.instant(&e.at), one_line(&e.actor))),
        Line::raw(""),
    ];
    let names = |id: &str| words.names.get(id).cloned();
    let (before, after) = (e.before.as_ref(), e.after.as_ref());
    for c in changes(e.kind, before, after, &words.reference, &names, lang) {
        let value = match (before.is_some(), after.is_some()) {
            (true, true) => format!("{} → {}", c.before, c.after),
            (true, false) => c.before,
            _ => c.after,
        };
        out.push(Line::from(vec![
            Span::styled(format!("{}: ", c.label), theme.label),
            Span::raw(value),
        ]));
    }
    out
}
