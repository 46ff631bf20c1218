//! A pane of text to read whole: it wraps, scrolls with the arrows, pages,
//! `Home` and `End`, says in its border when more is above or below, and stops
//! at its end (the last line stays at the bottom, never a blank pane).

use std::cell::Cell;

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::i18n::{Lang, Msg};
use crate::tui::action::Action;
use crate::tui::theme::Theme;

/// Where a pane of text is scrolled to. How far it can go is learnt when it
/// is drawn (it depends on the width the text wraps to), so a key pressed at
/// the end does nothing rather than scrolling into a blank pane.
#[derive(Debug, Default, Clone)]
pub struct Scroll {
    offset: Cell<u16>,
    /// The largest offset at the last drawing.
    max: Cell<u16>,
    /// The height of the pane at the last drawing (a page).
    page: Cell<u16>,
}

impl Scroll {
    /// The first line shown.
    pub fn offset(&self) -> u16 {
        self.offset.get()
    }

    /// Back to the top (another record is shown).
    pub fn reset(&self) {
        self.offset.set(0);
    }

    /// Scrolls by a reading key; true when the action was one.
    pub fn update(&self, action: Action) -> bool {
        let (at, max) = (self.offset.get(), self.max.get());
        let page = self.page.get().saturating_sub(1).max(1);
        let to = match action {
            Action::Up => at.saturating_sub(1),
            Action::Down => at.saturating_add(1),
            Action::PageUp => at.saturating_sub(page),
            Action::PageDown => at.saturating_add(page),
            Action::Top => 0,
            Action::Bottom => max,
            _ => return false,
        };
        self.offset.set(to.min(max));
        true
    }

    /// Draws the lines of the selected record, or when nothing is selected
    /// `empty` (muted) in the same block.
    #[allow(clippy::too_many_arguments)]
    pub fn draw_or(
        &self,
        frame: &mut Frame<'_>,
        area: Rect,
        block: Block<'_>,
        lines: Option<Vec<Line<'_>>>,
        empty: Msg,
        theme: &Theme,
        lang: Lang,
    ) {
        match lines {
            Some(lines) => self.draw(frame, area, block, lines, theme, lang),
            None => frame.render_widget(
                Paragraph::new(Line::styled(lang.t(empty), theme.muted)).block(block),
                area,
            ),
        }
    }

    /// Draws `lines` wrapped in `block`, from the scrolled-to line; the
    /// border says "more above" at the top and "more below" at the bottom
    /// when the text is cut there.
    pub fn draw(
        &self,
        frame: &mut Frame<'_>,
        area: Rect,
        block: Block<'_>,
        lines: Vec<Line<'_>>,
        theme: &Theme,
        lang: Lang,
    ) {
        let inner = block.inner(area);
        let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
        let total = paragraph.line_count(inner.width);
        let max =
            u16::try_from(total.saturating_sub(usize::from(inner.height))).unwrap_or(u16::MAX);
        self.max.set(max);
        self.page.set(inner.height);
        let offset = self.offset.get().min(max);
        self.offset.set(offset);
        let marker = |msg: Msg| {
            Line::from(Span::styled(format!(" {} ", lang.t(msg)), theme.key))
                .alignment(Alignment::Right)
        };
        let mut block = block;
        if offset > 0 {
            block = block.title_top(marker(Msg::MoreAbove));
        }
        if offset < max {
            block = block.title_bottom(marker(Msg::MoreBelow));
        }
        frame.render_widget(paragraph.scroll((offset, 0)).block(block), area);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    fn drawn(scroll: &Scroll, lines: usize, height: u16) -> Vec<String> {
        let mut terminal = Terminal::new(TestBackend::new(30, height)).expect("terminal");
        let text: Vec<Line<'_>> = (1..=lines)
            .map(|i| Line::raw(format!("line {i}")))
            .collect();
        terminal
            .draw(|f| {
                scroll.draw(
                    f,
                    f.area(),
                    Block::bordered(),
                    text,
                    &Theme::plain(),
                    Lang::En,
                )
            })
            .expect("draw");
        let buffer = terminal.backend().buffer();
        (0..height)
            .map(|y| (0..30).map(|x| buffer[(x, y)].symbol()).collect::<String>())
            .collect()
    }

    #[test]
    fn it_stops_at_the_end_and_says_what_is_cut() {
        let scroll = Scroll::default();
        // 10 lines in 4 rows: 6 lines can be scrolled.
        let screen = drawn(&scroll, 10, 6);
        assert!(screen[5].contains("more below"), "{screen:?}");
        assert!(!screen[0].contains("more above"));
        for _ in 0..20 {
            scroll.update(Action::Down);
        }
        assert_eq!(scroll.offset(), 6);
        let screen = drawn(&scroll, 10, 6);
        assert!(screen[4].contains("line 10"), "{screen:?}");
        assert!(screen[0].contains("more above") && !screen[5].contains("more below"));
        scroll.update(Action::Top);
        assert_eq!(scroll.offset(), 0);
        scroll.update(Action::Bottom);
        assert_eq!(scroll.offset(), 6);
        scroll.update(Action::PageUp);
        assert_eq!(scroll.offset(), 3);
    }

    #[test]
    fn a_short_text_does_not_scroll() {
        let scroll = Scroll::default();
        let screen = drawn(&scroll, 2, 6);
        scroll.update(Action::Down);
        scroll.update(Action::PageDown);
        assert_eq!(scroll.offset(), 0);
        assert!(!screen.concat().contains("more"));
    }
}
