//! The week as a grid: days side by side, hours down the side fitted to what is
//! shown, each session a block with its time and what tells it apart from the
//! others (the end of its title that no other session shares: the audience of
//! a series); today's column and the current time marked. Overlapping blocks
//! share the day's width in lanes while each lane stays readable; the rest
//! collapse into a "+N" on a block they overlap (the details list them).
//!
//! Drawing is planned first ([`WeekGrid::plan`]): every text is placed in
//! cells of its own, which the tests check against the drawn buffer.

use chrono::{NaiveTime, Timelike};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::TimetableScreen;
use crate::i18n::{Lang, Msg};
use crate::tui::theme::Theme;

/// Width of the hour labels on the left.
pub const GUTTER: u16 = 6;

/// Below this column width (a day's "12:00–14:00" and a space) a block's
/// text is unreadable: the agenda list is drawn instead.
pub const MIN_DAY_WIDTH: u16 = 12;

/// The narrowest lane a block may have; where more overlapping blocks would
/// need narrower ones, the later ones collapse into a "+N".
const MIN_LANE: u16 = 7;

/// The mark of a session whose information is old (not checked lately): it
/// may no longer take place. Before the title in the agenda, after the time
/// in the grid.
pub const STALE: &str = "?";

/// One thing drawn in a day column.
struct Item {
    day: usize,
    starts: NaiveTime,
    ends: NaiveTime,
    text: String,
    time: String,
    style: Style,
    selected: bool,
    /// Its information is old (marked [`STALE`] after its time).
    stale: bool,
    /// Rows of the grid it covers (top, bottom exclusive).
    rows: (u16, u16),
    /// Its lane, or none when it collapsed into another block's "+N".
    lane: Option<u16>,
    /// How many collapsed blocks it carries.
    more: usize,
}

/// A text placed in the grid: on row `y` from column `x`, in its own cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// Column.
    pub x: u16,
    /// Row.
    pub y: u16,
    /// The text (no wider than the cells it was given).
    pub text: String,
    /// Its style.
    pub style: Style,
}

/// What the grid draws, in drawing order: the current-time line, blocks'
/// backgrounds, then every text.
#[derive(Debug, Default)]
pub struct Plan {
    /// The "now" line: its row and columns.
    pub now_line: Option<(u16, u16, u16)>,
    /// The blocks' areas and styles.
    pub blocks: Vec<(Rect, Style)>,
    /// Every text: day headings, hours, "now", blocks' lines.
    pub labels: Vec<Label>,
}

/// The grid widget.
pub struct WeekGrid<'a> {
    /// The screen's state.
    pub screen: &'a TimetableScreen,
    /// Styles.
    pub theme: &'a Theme,
    /// Interface language.
    pub lang: Lang,
}

/// The part of `title` that tells it apart from `others`: what follows the
/// longest run of leading words it shares with one of them (without the
/// dash or colon between), or the whole title when it shares none or is
/// nothing but the shared part.
pub fn distinct_part<'a>(title: &'a str, others: &[&str]) -> &'a str {
    let words: Vec<&str> = title.split_whitespace().collect();
    let shared = others
        .iter()
        .filter(|o| **o != title)
        .map(|o| {
            o.split_whitespace()
                .zip(&words)
                .take_while(|(a, b)| a == *b)
                .count()
        })
        .max()
        .unwrap_or(0);
    let Some(first) = words.get(shared).filter(|_| shared > 0) else {
        return title;
    };
    // The rest of the title as written, from its first own word.
    let from = title
        .match_indices(first)
        .map(|(i, _)| i)
        .find(|&i| title[..i].split_whitespace().count() == shared)
        .unwrap_or(0);
    let rest = title[from..].trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '–' | '—' | '-' | ':' | ',' | '·')
    });
    if rest.is_empty() { title } else { rest }
}

impl WeekGrid<'_> {
    fn items(&self) -> Vec<Item> {
        let s = self.screen;
        let days = s.week().days();
        let day_of = |date| days.iter().position(|d| *d == date).unwrap_or(0);
        let item = |day, starts: NaiveTime, ends: NaiveTime, text, style| Item {
            day,
            starts,
            ends,
            text,
            time: format!("{}–{}", starts.format("%H:%M"), ends.format("%H:%M")),
            style,
            selected: false,
            stale: false,
            rows: (0, 0),
            lane: None,
            more: 0,
        };
        let mut items: Vec<Item> = s
            .slots()
            .map(|(slot, name)| {
                let text = name.to_owned();
                item(
                    day_of(slot.date),
                    slot.opens,
                    slot.closes,
                    text,
                    self.theme.slot,
                )
            })
            .collect();
        let titles: Vec<&str> = s
            .sessions()
            .iter()
            .map(|x| x.title.get(self.lang))
            .collect();
        let selected = s.selected();
        for o in s.occurrences() {
            let title = titles[o.session];
            let ends = o
                .ends
                .unwrap_or_else(|| o.starts + chrono::Duration::hours(1));
            let is_selected = Some(o) == selected;
            let mut style = if is_selected {
                self.theme.selection
            } else {
                self.theme.block
            };
            let mut text = distinct_part(title, &titles).to_owned();
            if o.cancelled.is_some() {
                style = style.add_modifier(Modifier::CROSSED_OUT);
                text = format!("✗ {} {text}", self.lang.t(Msg::Cancelled));
            }
            let mut it = item(day_of(o.date), o.starts, ends, text, style);
            it.selected = is_selected;
            it.stale = s.is_stale(s.sessions()[o.session].id);
            items.push(it);
        }
        items
    }

    /// Where everything goes in `area`.
    pub fn plan(&self, area: Rect) -> Plan {
        let theme = self.theme;
        let s = self.screen;
        let mut plan = Plan::default();
        let mut items = self.items();
        let (first, last) = hour_range(&items);
        let col = (area.width.saturating_sub(GUTTER) / 7).max(1);
        let rows = area.height.saturating_sub(1).max(1);
        let minutes = (last - first) * 60;
        let row_of = |t: NaiveTime| -> u16 {
            let m = (t.hour() * 60 + t.minute())
                .saturating_sub(first * 60)
                .min(minutes);
            (u32::from(rows) * m / minutes) as u16
        };
        for item in &mut items {
            let top = row_of(item.starts).min(rows - 1);
            item.rows = (top, row_of(item.ends).max(top + 1).min(rows));
        }
        let today = s.now().date();
        // Day headings.
        for (i, date) in s.week().days().into_iter().enumerate() {
            let label = format!(
                "{} {}",
                self.lang.weekday_short(chrono::Datelike::weekday(&date)),
                date.format("%d.%m")
            );
            let mut style = if date == today {
                theme.tab_active
            } else {
                theme.title
            };
            if i == s.day() {
                style = style.add_modifier(Modifier::UNDERLINED);
            }
            let x = area.x + GUTTER + col * i as u16;
            plan.labels.push(fitted(x, area.y, &label, col - 1, style));
        }
        // The current time: a line across today's column (under the blocks)
        // and, in the gutter, the hour drawn in the warning colour where an
        // hour label is, else the word "now".
        let now_row = s
            .week()
            .contains(today)
            .then(|| s.now().time())
            .filter(|now| now.hour() >= first && now.hour() < last)
            .map(&row_of);
        if let Some(row) = now_row {
            let day = chrono::Datelike::weekday(&today).num_days_from_monday() as u16;
            let x0 = area.x + GUTTER + col * day;
            plan.now_line = Some((area.y + 1 + row, x0, x0 + col.saturating_sub(1)));
        }
        // Hour labels, one per row.
        let mut taken = Vec::new();
        for h in first..last {
            let row = row_of(NaiveTime::from_hms_opt(h, 0, 0).unwrap_or_default());
            if taken.contains(&row) {
                continue;
            }
            taken.push(row);
            let style = if now_row == Some(row) {
                theme.warning
            } else {
                theme.muted
            };
            let text = format!("{h:02}:00");
            plan.labels
                .push(fitted(area.x, area.y + 1 + row, &text, 5, style));
        }
        if let Some(row) = now_row.filter(|r| !taken.contains(r)) {
            let text = self.lang.t(Msg::Now);
            plan.labels
                .push(fitted(area.x, area.y + 1 + row, text, 5, theme.warning));
        }
        // Blocks, in lanes that stay readable.
        let width = col.saturating_sub(1);
        let fit = ((width + 1) / (MIN_LANE + 1)).max(1);
        for day in 0..7 {
            let mut of_day: Vec<&mut Item> = items.iter_mut().filter(|i| i.day == day).collect();
            of_day.sort_by_key(|i| (i.rows.0, i.starts));
            let needed = assign_lanes(&mut of_day, fit);
            let x0 = area.x + GUTTER + col * day as u16;
            // Lanes of a day are one column apart, like days.
            let lane_w = ((width + 1) / needed).saturating_sub(1);
            for item in of_day.iter().filter(|i| i.lane.is_some()) {
                let lane = item.lane.unwrap_or(0);
                let rect = Rect::new(
                    x0 + (lane_w + 1) * lane,
                    area.y + 1 + item.rows.0,
                    lane_w.max(1),
                    item.rows.1 - item.rows.0,
                );
                plan.blocks.push((rect, item.style));
                for (dy, line) in block_lines(item, rect).into_iter().enumerate() {
                    let y = rect.y + dy as u16;
                    plan.labels
                        .push(fitted(rect.x, y, &line, rect.width, item.style));
                }
            }
        }
        plan
    }
}

/// Gives each item of one day the first of at most `fit` lanes where its rows
/// overlap nothing; an item finding none collapses into the "+N" of the
/// block in the last lane that it overlaps. The selected item is never the
/// one collapsed. Returns the number of lanes used.
fn assign_lanes(items: &mut [&mut Item], fit: u16) -> u16 {
    let overlaps = |a: (u16, u16), b: (u16, u16)| a.0 < b.1 && b.0 < a.1;
    let place = |items: &mut [&mut Item], order: &[usize]| {
        for i in items.iter_mut() {
            i.lane = None;
            i.more = 0;
        }
        for &i in order {
            let rows = items[i].rows;
            items[i].lane = (0..fit).find(|&lane| {
                !items
                    .iter()
                    .any(|o| o.lane == Some(lane) && overlaps(o.rows, rows))
            });
        }
    };
    let mut order: Vec<usize> = (0..items.len()).collect();
    place(items, &order);
    if let Some(chosen) = items.iter().position(|i| i.selected && i.lane.is_none()) {
        order.retain(|&i| i != chosen);
        order.insert(0, chosen);
        place(items, &order);
    }
    let hidden: Vec<usize> = (0..items.len())
        .filter(|&i| items[i].lane.is_none())
        .collect();
    for hidden in hidden {
        let rows = items[hidden].rows;
        let carrier = (0..items.len())
            .filter(|&i| items[i].lane.is_some() && overlaps(items[i].rows, rows))
            .max_by_key(|&i| (items[i].lane, std::cmp::Reverse(i)));
        if let Some(carrier) = carrier {
            items[carrier].more += 1;
        }
    }
    items
        .iter()
        .filter_map(|i| i.lane)
        .max()
        .map_or(1, |l| l + 1)
}

/// The lines of a block: its time ("12:00–14:00" when it fits, else the
/// start) with the [`STALE`] mark and the "+N" of blocks collapsed into it,
/// then its text.
fn block_lines(item: &Item, rect: Rect) -> Vec<String> {
    let width = usize::from(rect.width);
    let marks: Vec<String> = [
        item.stale.then(|| STALE.to_owned()),
        (item.more > 0).then(|| format!("+{}", item.more)),
    ]
    .into_iter()
    .flatten()
    .collect();
    let more = (!marks.is_empty()).then(|| marks.join(" "));
    let start: String = item.time.chars().take(5).collect();
    let time = [(item.time.as_str(), " "), (&start, " "), (&start, "")]
        .into_iter()
        .map(|(t, gap)| match &more {
            Some(m) => format!("{t}{gap}{m}"),
            None => t.to_owned(),
        })
        .find(|t| t.width() <= width)
        .or(more)
        .unwrap_or_default();
    if rect.height < 2 {
        let line = format!("{time} {}", item.text);
        return vec![line];
    }
    std::iter::once(time)
        .chain(wrap(&item.text, width, usize::from(rect.height - 1)))
        .collect()
}

/// `text` cut to `width` columns (with "…" when cut), placed at `x`, `y`.
fn fitted(x: u16, y: u16, text: &str, width: u16, style: Style) -> Label {
    Label {
        x,
        y,
        text: cut(text, usize::from(width)),
        style,
    }
}

/// `text` cut to at most `width` columns, ending in "…" when cut.
fn cut(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    for c in text.chars() {
        if out.width() + unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) + 1 > width {
            break;
        }
        out.push(c);
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// The hours shown: from the earliest start to the latest end, whole hours,
/// at least 8:00–16:00 when nothing is shown.
fn hour_range(items: &[Item]) -> (u32, u32) {
    let first = items.iter().map(|i| i.starts.hour()).min().unwrap_or(8);
    let last = items
        .iter()
        .map(|i| i.ends.hour() + u32::from(i.ends.minute() > 0))
        .max()
        .unwrap_or(16);
    (first, last.max(first + 1))
}

impl Widget for WeekGrid<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let plan = self.plan(area);
        if let Some((y, x0, x1)) = plan.now_line {
            for x in x0..x1 {
                buf[(x, y)].set_symbol("─").set_style(self.theme.warning);
            }
        }
        for (rect, style) in &plan.blocks {
            for pos in rect.positions() {
                buf[pos].set_symbol(" ").set_style(*style);
            }
        }
        for label in &plan.labels {
            let width = label.text.width();
            buf.set_stringn(label.x, label.y, &label.text, width, label.style);
        }
    }
}

/// Word-wraps `text` to `width` columns, at most `max_lines` lines; a word
/// wider than the width is cut with "…".
pub fn wrap(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.width() + 1 + word.width() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&cut(word, width));
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines.truncate(max_lines.max(1));
    lines
}

#[cfg(test)]
mod tests;
