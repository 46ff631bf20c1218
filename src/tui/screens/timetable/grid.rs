//! The week as a grid: days side by side, hours down the side fitted to what is
//! shown, each session a block with its time and title; today's column and the
//! current time marked; overlapping blocks share the day's width in lanes.

use chrono::{NaiveTime, Timelike};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::Widget;

use super::TimetableScreen;
use crate::i18n::{Lang, Msg};
use crate::tui::theme::Theme;

/// Width of the hour labels on the left.
pub const GUTTER: u16 = 6;

/// Below this column width a grid is unreadable; the agenda is drawn instead.
pub const MIN_DAY_WIDTH: u16 = 9;

/// One thing drawn in a day column.
struct Item {
    day: usize,
    starts: NaiveTime,
    ends: NaiveTime,
    text: String,
    time: String,
    style: Style,
    lane: usize,
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

impl WeekGrid<'_> {
    fn items(&self) -> Vec<Item> {
        let s = self.screen;
        let days = s.week().days();
        let day_of = |date| days.iter().position(|d| *d == date).unwrap_or(0);
        let mut items: Vec<Item> = s
            .slots()
            .map(|(slot, name)| Item {
                day: day_of(slot.date),
                starts: slot.opens,
                ends: slot.closes,
                text: name.to_owned(),
                time: format!(
                    "{}–{}",
                    slot.opens.format("%H:%M"),
                    slot.closes.format("%H:%M")
                ),
                style: self.theme.slot,
                lane: 0,
            })
            .collect();
        let selected = s.selected();
        for o in s.occurrences() {
            let session = &s.sessions()[o.session];
            let ends = o
                .ends
                .unwrap_or_else(|| o.starts + chrono::Duration::hours(1));
            let mut style = if Some(o) == selected {
                self.theme.selection
            } else {
                self.theme.block
            };
            let mut text = session.title.get(self.lang).to_owned();
            if o.cancelled.is_some() {
                style = style.add_modifier(Modifier::CROSSED_OUT);
                text = format!("✗ {} {text}", self.lang.t(Msg::Cancelled));
            }
            items.push(Item {
                day: day_of(o.date),
                starts: o.starts,
                ends,
                text,
                time: format!("{}–{}", o.starts.format("%H:%M"), ends.format("%H:%M")),
                style,
                lane: 0,
            });
        }
        assign_lanes(&mut items);
        items
    }
}

/// Gives each item the first lane of its day where it overlaps nothing.
fn assign_lanes(items: &mut [Item]) {
    items.sort_by_key(|i| (i.day, i.starts));
    let mut lane_ends: Vec<(usize, NaiveTime)> = Vec::new();
    for item in items.iter_mut() {
        let lane = (0..)
            .find(|l| {
                !lane_ends
                    .iter()
                    .any(|&(day_lane, end)| day_lane == item.day * 100 + l && end > item.starts)
            })
            .unwrap_or(0);
        item.lane = lane;
        lane_ends.push((item.day * 100 + lane, item.ends));
    }
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
        let theme = self.theme;
        let s = self.screen;
        let items = self.items();
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
        let today = s.now().date();
        // Day headings.
        for (i, date) in s.week().days().into_iter().enumerate() {
            let x = area.x + GUTTER + col * i as u16;
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
            buf.set_stringn(x, area.y, &label, usize::from(col.saturating_sub(1)), style);
        }
        // Hour labels.
        for h in first..last {
            let y = area.y + 1 + row_of(NaiveTime::from_hms_opt(h, 0, 0).unwrap_or_default());
            buf.set_stringn(area.x, y, format!("{h:02}:00"), 5, theme.muted);
        }
        // The current time, in today's column.
        if s.week().contains(today) {
            let now = s.now().time();
            if now.hour() >= first && now.hour() < last {
                let y = area.y + 1 + row_of(now);
                let day = chrono::Datelike::weekday(&today).num_days_from_monday() as u16;
                let x0 = area.x + GUTTER + col * day;
                buf.set_stringn(area.x, y, self.lang.t(Msg::Now), 5, theme.warning);
                // Drawn before the blocks, so a session going on now covers it.
                for x in x0..x0 + col.saturating_sub(1) {
                    buf[(x, y)].set_symbol("─").set_style(theme.warning);
                }
            }
        }
        // Blocks, in lanes.
        for item in &items {
            let lanes = items
                .iter()
                .filter(|o| o.day == item.day)
                .map(|o| o.lane + 1)
                .max()
                .unwrap_or(1) as u16;
            // One column of space between days; lanes of a day touch.
            let lane_w = (col.saturating_sub(1) / lanes).max(1);
            let x = area.x + GUTTER + col * item.day as u16 + lane_w * item.lane as u16;
            let top = row_of(item.starts);
            let bottom = row_of(item.ends).max(top + 1).min(rows);
            let block = Rect::new(x, area.y + 1 + top, lane_w, bottom - top);
            for pos in block.positions() {
                buf[pos].set_symbol(" ").set_style(item.style);
            }
            // "12:00–14:00" when it fits, else just the start.
            let time = if usize::from(lane_w) >= item.time.chars().count() {
                item.time.clone()
            } else {
                item.time.chars().take(5).collect()
            };
            let lines: Vec<String> = if block.height >= 2 {
                std::iter::once(time)
                    .chain(wrap(
                        &item.text,
                        usize::from(lane_w),
                        usize::from(block.height - 1),
                    ))
                    .collect()
            } else {
                vec![format!("{time} {}", item.text)]
            };
            for (dy, line) in lines.iter().enumerate().take(usize::from(block.height)) {
                buf.set_stringn(
                    block.x,
                    block.y + dy as u16,
                    line,
                    usize::from(lane_w),
                    item.style,
                );
            }
        }
    }
}

/// Word-wraps `text` to `width` columns, at most `max_lines` lines.
fn wrap(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.width() + 1 + word.width() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines.truncate(max_lines.max(1));
    lines
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wraps_words_into_the_width() {
        assert_eq!(
            wrap("Pomorskie spotkania online", 10, 5),
            ["Pomorskie", "spotkania", "online"]
        );
        assert_eq!(
            wrap("Pomorskie spotkania online", 20, 1),
            ["Pomorskie spotkania"]
        );
    }
}
