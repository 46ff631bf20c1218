//! A one-line question in a popup (a date to go to, a file name, a reason),
//! with the answer's error shown under it until it is corrected.

use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};
use ratatui_textarea::TextArea;

use super::picker::centered;
use crate::tui::theme::Theme;

/// What the question is for; the screen that asked interprets the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    /// A date for the timetable.
    GoToDate,
    /// A file to export the week to.
    ExportPath,
    /// A file to save the shown report to.
    ReportPath,
    /// The days of the report.
    ReportRange,
    /// Why an occurrence is cancelled.
    CancelReason,
    /// A date range for the consultations list.
    DateRange,
    /// A client code for the consultations list (empty: all clients).
    ClientCode,
    /// The last day of the selected weekly series.
    EndSeries,
}

/// What a key did to the prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptOutcome {
    /// Still asking.
    Keep,
    /// Closed without an answer.
    Cancel,
    /// Answered (the popup stays until the asker closes it, so an invalid
    /// answer can be shown beside the field).
    Submit(String),
}

/// The prompt's state.
pub struct Prompt {
    /// What it asks for.
    pub kind: PromptKind,
    question: String,
    input: TextArea<'static>,
    /// The problem with the last answer, shown under the field.
    pub error: Option<String>,
}

impl Prompt {
    /// A prompt with a question and a proposed answer.
    pub fn new(kind: PromptKind, question: String, proposed: &str) -> Self {
        let mut input = TextArea::new(vec![proposed.to_owned()]);
        input.set_cursor_line_style(ratatui::style::Style::new());
        input.move_cursor(ratatui_textarea::CursorMove::End);
        Self {
            kind,
            question,
            input,
            error: None,
        }
    }

    /// The answer typed.
    pub fn answer(&self) -> String {
        self.input.lines().first().cloned().unwrap_or_default()
    }

    /// A key typed into the answer (text, or Ctrl-U / Ctrl-Z).
    pub fn type_key(&mut self, ev: KeyEvent) {
        if super::form::type_into(&mut self.input, ev, false) {
            self.error = None;
        }
    }

    /// Inserts pasted text into the answer (on one line).
    pub fn paste(&mut self, text: &str) {
        if super::form::paste_into(&mut self.input, text, false) {
            self.error = None;
        }
    }

    /// Draws the popup centred in `area`.
    pub fn draw(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        let popup = centered(area, 64, 6);
        frame.render_widget(Clear, popup);
        let block = Block::bordered().border_style(theme.border_focused);
        let inner = block.inner(popup);
        frame.render_widget(block, popup);
        let [question, input, error] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(1),
        ])
        .areas(inner);
        frame.render_widget(Line::styled(self.question.as_str(), theme.label), question);
        frame.render_widget(&self.input, input);
        if let Some(e) = &self.error {
            frame.render_widget(
                Paragraph::new(Span::styled(e.as_str(), theme.warning)).wrap(Wrap { trim: true }),
                error,
            );
        }
    }
}
