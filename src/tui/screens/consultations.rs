//! The Consultations screen's state: the list (today's, or all; mine or
//! everyone's; a topic; full-text), the selected consultation with the same
//! client's earlier visits, and the follow-ups due.

pub mod form;
mod view;

use chrono::NaiveDate;
use crossterm::event::KeyEvent;
use ratatui::widgets::ListState;
use ratatui_textarea::TextArea;

use crate::consultation::Consultation;
use crate::store::ConsultationQuery;
use crate::tui::action::Action;
use crate::tui::keymap::Context;

pub use view::{MASK, draw};

/// How many consultations the list reads at a time (newest first).
pub const PAGE: usize = 200;

/// Where the keyboard focus is on this screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The full-text search line.
    Search,
    /// The list.
    List,
    /// The details.
    Details,
}

/// State of the Consultations screen.
pub struct ConsultationsScreen {
    rows: Vec<Consultation>,
    list: ListState,
    earlier: Vec<Consultation>,
    /// How far the details are scrolled.
    details_scroll: crate::tui::scroll::Scroll,
    search: TextArea<'static>,
    /// Where the keyboard focus is.
    pub focus: Focus,
    /// Only today's consultations (else all dates).
    pub today_only: bool,
    /// Only the current user's consultations.
    pub mine_only: bool,
    /// Showing the follow-ups due instead of the list.
    pub follow_ups: bool,
    /// Follow-ups due today or earlier, not done.
    pub due: usize,
    /// Client codes and notes hidden on screen (`*`), for when others can see it.
    pub masked: bool,
    /// Only consultations with this topic.
    pub topic: Option<String>,
    /// Only this client's consultations.
    pub client: Option<String>,
    /// A chosen date range (replaces "today").
    pub range: Option<(NaiveDate, NaiveDate)>,
    user: String,
    today: NaiveDate,
    /// The consultation to select when the list is next read (just saved).
    wanted: Option<i64>,
}

impl ConsultationsScreen {
    /// The screen for `user` on `today`: today's consultations of everyone.
    pub fn new(user: String, today: NaiveDate) -> Self {
        let mut search = TextArea::default();
        search.set_cursor_line_style(ratatui::style::Style::new());
        Self {
            rows: Vec::new(),
            list: ListState::default(),
            earlier: Vec::new(),
            details_scroll: Default::default(),
            search,
            focus: Focus::List,
            today_only: true,
            mine_only: false,
            follow_ups: false,
            due: 0,
            masked: false,
            topic: None,
            client: None,
            range: None,
            user,
            today,
            wanted: None,
        }
    }

    /// The key-map context of the focused pane.
    pub fn context(&self) -> Context {
        match self.focus {
            Focus::Search => Context::Search,
            Focus::Details => Context::ConsultationDetails,
            Focus::List => Context::Consultations,
        }
    }

    /// The acting staff member.
    pub fn user(&self) -> &str {
        &self.user
    }

    /// Today (Warsaw).
    pub fn today(&self) -> NaiveDate {
        self.today
    }

    /// Moves the date on (the event loop's clock).
    pub fn set_today(&mut self, today: NaiveDate) {
        self.today = today;
    }

    /// What the list should show (the follow-ups view is read separately).
    pub fn query(&self) -> ConsultationQuery {
        let text = self.search_text();
        let (from, to) = match self.range {
            Some((from, to)) => (Some(from), Some(to)),
            None if self.today_only => (Some(self.today), Some(self.today)),
            None => (None, None),
        };
        ConsultationQuery {
            from,
            to,
            staff: self.mine_only.then(|| self.user.clone()),
            topic: self.topic.clone(),
            client: self.client.clone(),
            text: (!text.trim().is_empty()).then_some(text),
            limit: PAGE,
        }
    }

    fn search_text(&self) -> String {
        self.search.lines().first().cloned().unwrap_or_default()
    }

    /// The listed consultations.
    pub fn rows(&self) -> &[Consultation] {
        &self.rows
    }

    /// The selected consultation.
    pub fn selected(&self) -> Option<&Consultation> {
        self.rows.get(self.list.selected()?)
    }

    /// Selects the consultation with this row id when the list is next read
    /// (one just saved), if the list shows it.
    pub fn select_when_read(&mut self, id: i64) {
        self.wanted = Some(id);
    }

    /// The consultation the next read should keep selected: the one just
    /// saved, else the selected one.
    pub fn selected_id(&self) -> Option<i64> {
        self.wanted.or(self.selected().map(|c| c.id))
    }

    /// The selected client's earlier visits.
    pub fn earlier(&self) -> &[Consultation] {
        &self.earlier
    }

    /// New rows from the database, keeping the selected consultation if it is
    /// still listed.
    pub fn set_rows(&mut self, rows: Vec<Consultation>) {
        let keep = self.wanted.take().or(self.selected().map(|c| c.id));
        self.rows = rows;
        let at = keep
            .and_then(|id| self.rows.iter().position(|c| c.id == id))
            .or((!self.rows.is_empty()).then_some(0));
        self.list.select(at);
        if self.selected().map(|c| c.id) != keep {
            self.details_scroll.reset();
        }
    }

    /// The selected client's earlier visits (newest first).
    pub fn set_earlier(&mut self, earlier: Vec<Consultation>) {
        self.earlier = earlier;
    }

    /// Types into the search line; true when the text changed.
    pub fn type_key(&mut self, ev: KeyEvent) -> bool {
        crate::tui::form::type_into(&mut self.search, ev, false)
    }

    /// Inserts pasted text into the search line (on one line) and gives it
    /// the focus; true when the text changed.
    pub fn paste(&mut self, text: &str) -> bool {
        self.focus = Focus::Search;
        crate::tui::form::paste_into(&mut self.search, text, false)
    }

    /// Carries out a screen-level action. Returns true when what is listed
    /// must be read again.
    pub fn update(&mut self, action: Action) -> bool {
        let len = self.rows.len();
        let move_to = |list: &mut ListState, to: usize| {
            list.select((len > 0).then(|| to.min(len - 1)));
        };
        let at = self.list.selected().unwrap_or(0);
        if self.focus == Focus::Details && self.details_scroll.update(action) {
            return false;
        }
        if matches!(
            action,
            Action::Up
                | Action::Down
                | Action::PageUp
                | Action::PageDown
                | Action::Top
                | Action::Bottom
        ) {
            self.details_scroll.reset();
        }
        match action {
            Action::Up => move_to(&mut self.list, at.saturating_sub(1)),
            Action::Down => move_to(&mut self.list, at + 1),
            Action::PageUp => move_to(&mut self.list, at.saturating_sub(10)),
            Action::PageDown => move_to(&mut self.list, at + 10),
            Action::Top => move_to(&mut self.list, 0),
            Action::Bottom => move_to(&mut self.list, len.saturating_sub(1)),
            Action::FocusSearch => self.focus = Focus::Search,
            Action::NextPane | Action::PrevPane => {
                self.focus = match (self.focus, action) {
                    (Focus::Search, Action::NextPane) | (Focus::Details, Action::PrevPane) => {
                        Focus::List
                    }
                    (Focus::List, Action::NextPane) | (Focus::Search, Action::PrevPane) => {
                        Focus::Details
                    }
                    _ => Focus::Search,
                }
            }
            Action::Back if self.focus != Focus::List => self.focus = Focus::List,
            Action::Back if !self.search_text().is_empty() => {
                self.search = TextArea::default();
                self.search
                    .set_cursor_line_style(ratatui::style::Style::new());
                return true;
            }
            Action::TogglePeriod => {
                // From a chosen range back to today; else today ↔ all dates.
                if self.range.take().is_none() {
                    self.today_only = !self.today_only;
                } else {
                    self.today_only = true;
                }
                return true;
            }
            Action::ToggleMine => {
                self.mine_only = !self.mine_only;
                return true;
            }
            Action::ToggleFollowUps => {
                self.follow_ups = !self.follow_ups;
                return true;
            }
            _ => return false,
        }
        // A move changes whose earlier visits are shown.
        true
    }
}
