//! Drawing the Timetable screen: the grid (or, when too narrow, an agenda list
//! grouped by day) and the selected session's details beside or below it.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::TimetableScreen;
use super::details::lines;
use super::grid::{GUTTER, MIN_DAY_WIDTH, STALE, WeekGrid, wrap};
use crate::i18n::{Lang, Msg};
use crate::tui::theme::Theme;

/// Width from which the details sit beside the grid rather than below it.
const SIDE_BY_SIDE: u16 = 140;

/// Draws the screen into `area`.
pub fn draw(
    frame: &mut Frame<'_>,
    area: Rect,
    screen: &TimetableScreen,
    theme: &Theme,
    lang: Lang,
) {
    let (week_area, details_area) = if area.width >= SIDE_BY_SIDE {
        let [l, r] = Layout::horizontal([Constraint::Percentage(62), Constraint::Percentage(38)])
            .areas(area);
        (l, r)
    } else {
        let [t, b] =
            Layout::vertical([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(area);
        (t, b)
    };
    let week = screen.week();
    let title = lang.fmt(
        Msg::WeekTitle,
        &[&week, &lang.date(week.monday()), &lang.date(week.sunday())],
    );
    let border = |focused: bool| {
        if focused {
            theme.border_focused
        } else {
            theme.border
        }
    };
    let block = Block::bordered()
        .border_style(border(!screen.details_focused))
        .title(Span::styled(format!(" {title} "), theme.title));
    let inner = block.inner(week_area);
    frame.render_widget(block, week_area);
    if screen.occurrences().is_empty() && !screen.show_hours {
        frame.render_widget(
            Paragraph::new(Line::styled(lang.t(Msg::NoSessionsThisWeek), theme.muted))
                .wrap(Wrap { trim: true }),
            inner,
        );
    } else if inner.width.saturating_sub(GUTTER) / 7 >= MIN_DAY_WIDTH {
        frame.render_widget(
            WeekGrid {
                screen,
                theme,
                lang,
            },
            inner,
        );
    } else {
        draw_agenda(frame, inner, screen, theme, lang);
    }
    let block = Block::bordered()
        .border_style(border(screen.details_focused))
        .title(Span::styled(
            format!(" {} ", lang.t(Msg::DetailsTitle)),
            theme.title,
        ));
    let lines = screen.selected().map(|o| lines(screen, o, lang, theme));
    screen.details_scroll.draw_or(
        frame,
        details_area,
        block,
        lines,
        Msg::NoSelection,
        theme,
        lang,
    );
}

/// The week as a list grouped by day, scrolled to keep the selection in view.
fn draw_agenda(
    frame: &mut Frame<'_>,
    area: Rect,
    screen: &TimetableScreen,
    theme: &Theme,
    lang: Lang,
) {
    let mut lines = Vec::new();
    let mut selected_line = 0;
    let today = screen.now().date();
    for (i, date) in screen.week().days().into_iter().enumerate() {
        let heading = format!(
            "{} {}",
            lang.weekday_long(chrono::Datelike::weekday(&date)),
            lang.date(date)
        );
        let style = if date == today {
            theme.tab_active
        } else {
            theme.label
        };
        lines.push(Line::styled(heading, style));
        let mut any = false;
        for o in screen.occurrences().iter().filter(|o| o.date == date) {
            any = true;
            let session = &screen.sessions()[o.session];
            let time = match o.ends {
                Some(e) => format!("{}–{}", o.starts.format("%H:%M"), e.format("%H:%M")),
                None => o.starts.format("%H:%M").to_string(),
            };
            let mut title = session.title.get(lang).to_owned();
            if screen.is_stale(session.id) {
                title = format!("{STALE} {title}");
            }
            if o.cancelled.is_some() {
                title = format!("✗ {} {title}", lang.t(Msg::Cancelled));
            }
            let style = if Some(o) == screen.selected() {
                selected_line = lines.len();
                theme.selection
            } else {
                Default::default()
            };
            // A long title goes on under itself, never cut.
            let lead = format!("  {time}  ");
            let indent = unicode_width::UnicodeWidthStr::width(lead.as_str());
            let width = usize::from(area.width).saturating_sub(indent).max(8);
            for (i, part) in wrap(&title, width, usize::MAX).into_iter().enumerate() {
                let lead = if i == 0 {
                    lead.clone()
                } else {
                    " ".repeat(indent)
                };
                lines.push(Line::styled(format!("{lead}{part}"), style));
            }
        }
        if !any && i == screen.day() {
            selected_line = lines.len() - 1;
        }
    }
    let height = usize::from(area.height.max(1));
    let scroll = selected_line.saturating_sub(height.saturating_sub(2)) as u16;
    frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)), area);
}
