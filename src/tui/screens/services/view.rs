//! Drawing the Services screen: search line, filter chips and result list on the
//! left, details on the right (stacked on narrow terminals).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, List, ListItem, Paragraph, Wrap};

use super::details::{highlighted, lines};
use super::{Pane, ServicesScreen};
use crate::i18n::{Lang, Msg, language_name};
use crate::model::Reference;
use crate::tui::theme::Theme;

/// Width from which list and details sit side by side.
const SIDE_BY_SIDE: u16 = 80;

/// Draws the screen into `area`.
pub fn draw(
    frame: &mut Frame<'_>,
    area: Rect,
    screen: &mut ServicesScreen,
    reference: &Reference,
    theme: &Theme,
    lang: Lang,
) {
    // The filter chips get the whole width: they must fit at 80 columns in
    // either language.
    let [chips, panes] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    let (left, right) = if area.width >= SIDE_BY_SIDE {
        let [l, r] = Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)])
            .areas(panes);
        (l, r)
    } else {
        let [l, r] =
            Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(panes);
        (l, r)
    };
    let [search, list] = Layout::vertical([Constraint::Length(3), Constraint::Min(3)]).areas(left);
    draw_search(frame, search, screen, theme, lang);
    draw_chips(frame, chips, screen, reference, theme, lang);
    draw_list(frame, list, screen, reference, theme, lang);
    draw_details(frame, right, screen, reference, theme, lang);
}

fn pane_block<'a>(title: String, focused: bool, theme: &Theme) -> Block<'a> {
    Block::bordered()
        .border_style(if focused {
            theme.border_focused
        } else {
            theme.border
        })
        .title(Span::styled(title, theme.title))
}

fn draw_search(
    frame: &mut Frame<'_>,
    area: Rect,
    screen: &mut ServicesScreen,
    theme: &Theme,
    lang: Lang,
) {
    let focused = screen.focus == Pane::Search;
    let block = pane_block(format!(" {} ", lang.t(Msg::SearchTitle)), focused, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    // The cursor is shown only while the search line has the focus.
    let cursor = if focused {
        ratatui::style::Style::new().add_modifier(ratatui::style::Modifier::REVERSED)
    } else {
        ratatui::style::Style::new()
    };
    screen.search.set_cursor_style(cursor);
    screen.search.set_placeholder_style(theme.muted);
    frame.render_widget(&screen.search, inner);
}

fn draw_chips(
    frame: &mut Frame<'_>,
    area: Rect,
    screen: &ServicesScreen,
    reference: &Reference,
    theme: &Theme,
    lang: Lang,
) {
    let filter = screen.filter();
    let chip = |key: &str, label: Msg, value: Option<&str>| -> Vec<Span<'static>> {
        match value {
            Some(v) => vec![
                Span::styled(format!(" {key} {}: {v} ", lang.t(label)), theme.chip),
                Span::raw(" "),
            ],
            None => vec![
                Span::styled(format!("{key} ",), theme.key),
                Span::styled(format!("{} ", lang.t(label)), theme.muted),
            ],
        }
    };
    let topic = filter
        .topic
        .as_deref()
        .map(|c| reference.topic_label(c, lang));
    let language = filter
        .language
        .as_deref()
        .map(|c| language_name(c, lang).unwrap_or(c));
    // The filters are on Alt with the letter shown (letters are typed into
    // the search): the line says so once.
    let mut spans = vec![Span::styled("Alt+ ", theme.key)];
    spans.extend(chip("t", Msg::FilterTopic, topic));
    spans.extend(chip("l", Msg::FilterLanguage, language));
    spans.extend(chip("c", Msg::FilterCounty, filter.county.as_deref()));
    let toggle = |spans: &mut Vec<Span<'static>>, key: &str, label: Msg, on: bool| {
        if on {
            spans.push(Span::styled(
                format!(" {key} {} ", lang.t(label)),
                theme.chip,
            ));
            spans.push(Span::raw(" "));
        } else {
            spans.push(Span::styled(format!("{key} "), theme.key));
            spans.push(Span::styled(format!("{} ", lang.t(label)), theme.muted));
        }
    };
    toggle(&mut spans, "f", Msg::FilterFree, filter.free_only);
    toggle(
        &mut spans,
        "o",
        Msg::FilterOpenNow,
        filter.open_at.is_some(),
    );
    toggle(
        &mut spans,
        "s",
        Msg::FilterStale,
        filter.stale_before.is_some(),
    );
    toggle(&mut spans, "w", Msg::FilterRetired, filter.show_retired);
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn draw_list(
    frame: &mut Frame<'_>,
    area: Rect,
    screen: &mut ServicesScreen,
    reference: &Reference,
    theme: &Theme,
    lang: Lang,
) {
    let hits = screen.searcher.hits();
    let mut title = format!(
        " {} {}/{} ",
        lang.t(Msg::ResultsTitle),
        hits.len(),
        screen.searcher.candidate_count()
    );
    if screen.stale_count() > 0 {
        title.push_str(&format!(
            "· {}: {} ",
            lang.t(Msg::FilterStale),
            screen.stale_count()
        ));
    }
    let block = pane_block(title, screen.focus == Pane::Search, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    // How the query was read, on lines of its own above the results (whole
    // at 80 columns): "Read as: place: Słupsk · topic: Legal advice".
    let read = reading_lines(
        &screen.searcher.reading().describe(reference, lang),
        inner.width,
        lang,
    );
    let rows = (read.len() as u16).min(inner.height.saturating_sub(1));
    let [reading, inner] =
        Layout::vertical([Constraint::Length(rows), Constraint::Min(0)]).areas(inner);
    frame.render_widget(
        Paragraph::new(read)
            .style(theme.muted)
            .wrap(Wrap { trim: true }),
        reading,
    );
    screen.list_height = inner.height;
    if hits.is_empty() {
        let message = if screen.loading {
            Msg::Loading
        } else {
            Msg::NoResults
        };
        let empty =
            Paragraph::new(Line::styled(lang.t(message), theme.muted)).wrap(Wrap { trim: true });
        frame.render_widget(empty, inner);
        return;
    }
    // Only the rows that can be seen are built (and highlighted).
    let height = usize::from(inner.height.max(1));
    let selected = screen.list.selected().unwrap_or(0);
    let offset = visible_offset(screen.list.offset(), selected, height, hits.len());
    *screen.list.offset_mut() = 0;
    let query = screen.searcher.query();
    let index = screen.searcher.index();
    let items: Vec<ListItem<'_>> = hits[offset..hits.len().min(offset + height)]
        .iter()
        .map(|h| {
            let service = &screen.services[h.service as usize];
            let name = service.name.get(lang);
            let matched = index.name_highlights(h.service, query);
            let mut spans = highlighted(name, &matched, theme);
            // Shown only with `w`: a retired service says so before its name.
            if service.status == crate::model::ServiceStatus::Defunct {
                let mark = format!("✗ {} · ", lang.t(Msg::RetiredMark));
                spans.insert(0, Span::styled(mark, theme.muted));
            }
            ListItem::new(Line::from(spans))
        })
        .collect();
    let mut window = ratatui::widgets::ListState::default();
    window.select(Some(selected - offset));
    let list = List::new(items)
        .highlight_style(theme.selection)
        .highlight_symbol("› ");
    frame.render_stateful_widget(list, inner, &mut window);
    *screen.list.offset_mut() = offset;
}

/// "Read as: place: Słupsk · topic: Legal advice" on as many lines of
/// `width` as it needs, a break only between its parts; none for a query
/// read as plain words.
fn reading_lines(parts: &[String], width: u16, lang: Lang) -> Vec<Line<'static>> {
    use unicode_width::UnicodeWidthStr;
    let Some((first, rest)) = parts.split_first() else {
        return Vec::new();
    };
    let width = usize::from(width);
    let mut lines = vec![lang.fmt(Msg::CliReadAs, &[first])];
    for part in rest {
        let last = lines.last_mut().expect("a first line");
        let joined = format!("{last} · {part}");
        if joined.width() <= width {
            *last = joined;
        } else {
            lines.push(format!("· {part}"));
        }
    }
    lines.into_iter().map(Line::from).collect()
}

/// The first visible row: unchanged while the selection stays in view, else
/// scrolled just enough to show it.
fn visible_offset(offset: usize, selected: usize, height: usize, len: usize) -> usize {
    let offset = offset.min(len.saturating_sub(1));
    if selected < offset {
        selected
    } else if selected >= offset + height {
        selected + 1 - height
    } else {
        offset
    }
}

fn draw_details(
    frame: &mut Frame<'_>,
    area: Rect,
    screen: &ServicesScreen,
    reference: &Reference,
    theme: &Theme,
    lang: Lang,
) {
    let block = pane_block(
        format!(" {} ", lang.t(Msg::DetailsTitle)),
        screen.focus == Pane::Details,
        theme,
    );
    let lines = screen
        .selected()
        .map(|service| lines(service, reference, lang, theme));
    screen
        .details_scroll
        .draw_or(frame, area, block, lines, Msg::NoSelection, theme, lang);
}

#[cfg(test)]
mod tests {
    use super::visible_offset;

    #[test]
    fn offset_follows_the_selection() {
        assert_eq!(visible_offset(0, 3, 10, 50), 0);
        assert_eq!(visible_offset(0, 10, 10, 50), 1);
        assert_eq!(visible_offset(5, 2, 10, 50), 2);
        assert_eq!(visible_offset(5, 9, 10, 50), 5);
    }
}
