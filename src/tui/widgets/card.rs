//! The client's card over the screen: the card as a QR code the person at the
//! desk scans with their phone, and beside it the same text, its language,
//! and what was left out to fit.
//!
//! The code takes every line but the footer, so that at 80×24 it can be a
//! version 6 code (41 modules) with a quiet zone, one module per column and
//! two per line. It is drawn with `█ ▀ ▄` and spaces in two colours only: the
//! theme's ink and paper ([`Theme::qr`]). With colours that is black on white
//! whatever the terminal's own; without (`NO_COLOR`) the terminal's own
//! foreground is the ink, so the dark modules are inked on a light terminal
//! and the light ones on a dark terminal ([`Theme::qr_ink_dark`] guesses
//! which), and `i` turns it round when the guess was wrong.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};
use uuid::Uuid;

use crate::card::Card;
use crate::card::qr::{QUIET, QUIET_MIN, Qr};
use crate::i18n::{CardLang, Lang, Msg};
use crate::model::{Service, Session};
use crate::tui::theme::Theme;

/// The narrowest column of text beside the code.
const SIDE_MIN: u16 = 30;

/// What the card is of.
#[derive(Debug, Clone)]
pub enum CardOf {
    /// A service of the directory.
    Service(Box<Service>),
    /// A session of the timetable.
    Session(Box<Session>),
}

/// The code as drawn for one size of the screen and one language.
#[derive(Debug, Clone)]
pub struct Fitted {
    /// The card as the code holds it (lines left out to fit).
    pub card: Card,
    /// The labels of the lines left out.
    pub dropped: Vec<&'static str>,
    /// The code.
    pub qr: Qr,
    /// Its quiet zone, in modules.
    pub quiet: usize,
}

/// The card popup's state.
#[derive(Debug, Clone)]
pub struct CardPopup {
    /// What the card is of.
    pub of: CardOf,
    /// The client's language.
    pub lang: CardLang,
    /// True when the worker turned the colours round (`i`).
    pub inverted: bool,
    /// The code last drawn, and for which language and space.
    fitted: Option<(CardLang, u16, u16, Option<Fitted>)>,
}

impl CardPopup {
    /// The popup for a card of `of`, in `lang`.
    pub fn new(of: CardOf, lang: CardLang) -> Self {
        Self {
            of,
            lang,
            inverted: false,
            fitted: None,
        }
    }

    /// The whole card, in its language.
    pub fn card(&self) -> Card {
        match &self.of {
            CardOf::Service(s) => Card::of_service(s, self.lang),
            CardOf::Session(s) => Card::of_session(s, self.lang),
        }
    }

    /// The id of the service the card is of (none for a session).
    pub fn service_id(&self) -> Option<Uuid> {
        match &self.of {
            CardOf::Service(s) => Some(s.id),
            CardOf::Session(_) => None,
        }
    }

    /// The next language.
    pub fn next_language(&mut self) {
        self.lang = self.lang.next();
    }

    /// The code as last drawn (for tests that decode the screen).
    pub fn fitted(&self) -> Option<&Fitted> {
        self.fitted.as_ref().and_then(|(.., f)| f.as_ref())
    }

    /// The card fitted to a code of at most `cols` × `rows` cells, kept until
    /// the language or the space changes.
    fn fit(&mut self, cols: u16, rows: u16) -> Option<&Fitted> {
        let fresh = matches!(&self.fitted, Some((l, c, r, _)) if *l == self.lang && *c == cols && *r == rows);
        if !fresh {
            let side = usize::from(cols).min(2 * usize::from(rows));
            let max = side.saturating_sub(2 * QUIET_MIN);
            let fitted = self
                .card()
                .fitted(|text| Qr::encode_within(text, max).is_some())
                .and_then(|(card, dropped)| {
                    let qr = Qr::encode_within(&card.text(), max)?;
                    let quiet = QUIET.min((side - qr.width()) / 2);
                    Some(Fitted {
                        card,
                        dropped,
                        qr,
                        quiet,
                    })
                });
            self.fitted = Some((self.lang, cols, rows, fitted));
        }
        self.fitted()
    }

    /// Draws the popup over `area` (the whole screen but the footer).
    pub fn draw(
        &mut self,
        frame: &mut Frame<'_>,
        area: Rect,
        theme: &Theme,
        lang: Lang,
        status: Option<&str>,
    ) {
        frame.render_widget(Clear, area);
        let code_cols = area.width.saturating_sub(SIDE_MIN);
        let ink_dark = theme.qr_ink_dark != self.inverted;
        let title = lang.fmt(Msg::CardTitle, &[&self.lang.words().name]);
        let mut side: Vec<Line<'_>> = vec![Line::styled(title, theme.title)];
        // What matters to the worker first: the text below may run off a
        // small screen, these may not.
        if let Some(status) = status {
            side.push(Line::styled(status.to_owned(), theme.status));
        }
        let fitted = self.fit(code_cols, area.height);
        let code_width = match fitted {
            Some(f) => {
                if !f.dropped.is_empty() {
                    let dropped = lang.fmt(Msg::CardDropped, &[&f.dropped.join(", ")]);
                    side.push(Line::styled(dropped, theme.warning));
                }
                let (cols, _) = f.qr.drawn_size(f.quiet);
                let lines: Vec<Line<'_>> =
                    f.qr.half_blocks(f.quiet, ink_dark)
                        .into_iter()
                        .map(|l| Line::styled(l, theme.qr))
                        .collect();
                let code = Rect {
                    width: cols as u16,
                    ..area
                };
                frame.render_widget(Paragraph::new(lines), code);
                side.push(Line::raw(""));
                side.push(Line::styled(lang.t(Msg::CardScan), theme.muted));
                side.push(Line::styled(f.card.title.clone(), theme.heading));
                for l in &f.card.lines {
                    side.push(Line::from(vec![
                        Span::styled(format!("{}: ", l.label), theme.label),
                        Span::raw(l.text.clone()),
                    ]));
                }
                cols as u16 + 1
            }
            None => {
                side.push(Line::styled(lang.t(Msg::CardTooSmall), theme.warning));
                0
            }
        };
        let [_, text] =
            Layout::horizontal([Constraint::Length(code_width), Constraint::Min(1)]).areas(area);
        frame.render_widget(
            Paragraph::new(side)
                .wrap(Wrap { trim: true })
                .block(Block::bordered().border_style(theme.border_focused)),
            text,
        );
    }
}
