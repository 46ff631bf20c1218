//! The Timetable screen's state: the shown week, its occurrences, the selected
//! day and session, and the services' opening hours when they are shown.

mod details;
pub mod form;
mod grid;
mod view;

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use crate::model::Session;
use crate::timetable::{Occurrence, ServiceSlot, Week, week_occurrences};
use crate::tui::action::Action;

pub use view::draw;

/// State of the Timetable screen.
pub struct TimetableScreen {
    sessions: Vec<Session>,
    week: Week,
    now: NaiveDateTime,
    occurrences: Vec<Occurrence>,
    /// The selected day, 0 = Monday.
    day: usize,
    /// Index into `occurrences` of the selected session, if the day has any.
    selected: Option<usize>,
    /// True while the services' opening hours are drawn in the grid.
    pub show_hours: bool,
    slots: Vec<ServiceSlot>,
    /// Names of the services the slots refer to, by slot.
    slot_names: Vec<String>,
    /// True while the selected session's details have the focus (`Tab`).
    pub details_focused: bool,
    /// How far the details are scrolled.
    details_scroll: crate::tui::scroll::Scroll,
    /// When each session's information was last checked.
    verified: std::collections::HashMap<uuid::Uuid, NaiveDate>,
}

impl TimetableScreen {
    /// The screen on the week containing `now` (Warsaw wall clock), today selected.
    pub fn new(sessions: Vec<Session>, now: NaiveDateTime) -> Self {
        let mut screen = Self {
            sessions,
            week: Week::containing(now.date()),
            now,
            occurrences: Vec::new(),
            day: 0,
            selected: None,
            show_hours: false,
            slots: Vec::new(),
            slot_names: Vec::new(),
            details_focused: false,
            details_scroll: Default::default(),
            verified: std::collections::HashMap::new(),
        };
        screen.go_to(now.date());
        screen
    }

    /// The shown week.
    pub fn week(&self) -> Week {
        self.week
    }

    /// The sessions (sanitised for display).
    pub fn sessions(&self) -> &[Session] {
        &self.sessions
    }

    /// The week's occurrences, by day and time.
    pub fn occurrences(&self) -> &[Occurrence] {
        &self.occurrences
    }

    /// The selected occurrence.
    pub fn selected(&self) -> Option<&Occurrence> {
        self.occurrences.get(self.selected?)
    }

    /// The selected day (0 = Monday).
    pub fn day(&self) -> usize {
        self.day
    }

    /// The current time the screen marks.
    pub fn now(&self) -> NaiveDateTime {
        self.now
    }

    /// The services' opening hours shown in the grid, with their names.
    pub fn slots(&self) -> impl Iterator<Item = (&ServiceSlot, &str)> {
        self.slots
            .iter()
            .zip(self.slot_names.iter().map(String::as_str))
    }

    /// Moves the clock (called by the event loop).
    pub fn tick(&mut self, now: NaiveDateTime) {
        self.now = now;
    }

    /// Replaces the sessions (after a change in the database), keeping the week,
    /// the day and, when it still exists, the selected session.
    pub fn set_sessions(&mut self, sessions: Vec<Session>) {
        let keep = self
            .selected()
            .map(|o| (self.sessions[o.session].id, o.date));
        self.sessions = sessions;
        self.occurrences = week_occurrences(&self.sessions, self.week);
        self.selected = keep.and_then(|(id, date)| {
            self.occurrences
                .iter()
                .position(|o| o.date == date && self.sessions[o.session].id == id)
        });
        if self.selected.is_none() {
            self.select_first_of_day();
        }
    }

    /// Sets when each session was last checked (read with the sessions).
    pub fn set_verified(&mut self, verified: std::collections::HashMap<uuid::Uuid, NaiveDate>) {
        self.verified = verified;
    }

    /// Records that a session was checked on `day` (saved from the form).
    pub fn mark_verified(&mut self, id: uuid::Uuid, day: NaiveDate) {
        self.verified.insert(id, day);
    }

    /// When the session was last checked, if ever.
    pub fn last_verified(&self, id: uuid::Uuid) -> Option<NaiveDate> {
        self.verified.get(&id).copied()
    }

    /// True when the session was not checked within `POMOST_STALE_MONTHS`
    /// (6 by default) before today, or never: it may no longer take place.
    pub fn is_stale(&self, id: uuid::Uuid) -> bool {
        let since = crate::search::stale_since(self.now.date());
        self.last_verified(id).is_none_or(|day| day < since)
    }

    /// Selects the saved session in the shown week: on the selected day if
    /// it is there, else on its first day of the week.
    pub fn select_session(&mut self, id: uuid::Uuid) {
        let of = |o: &Occurrence| self.sessions[o.session].id == id;
        let day = self.week.monday() + chrono::Days::new(self.day as u64);
        let found = (self.occurrences.iter())
            .position(|o| of(o) && o.date == day)
            .or_else(|| self.occurrences.iter().position(of));
        if let Some(at) = found {
            self.day = self.occurrences[at].date.weekday().num_days_from_monday() as usize;
            self.selected = Some(at);
        }
    }

    /// Sets the opening hours to draw (computed by the app from the directory).
    pub fn set_slots(&mut self, slots: Vec<(ServiceSlot, String)>) {
        (self.slots, self.slot_names) = slots.into_iter().unzip();
    }

    /// Shows the week of `date`, with that day selected.
    pub fn go_to(&mut self, date: NaiveDate) {
        self.week = Week::containing(date);
        self.day = date.weekday().num_days_from_monday() as usize;
        self.occurrences = week_occurrences(&self.sessions, self.week);
        self.select_first_of_day();
        self.details_scroll.reset();
    }

    fn day_date(&self) -> NaiveDate {
        self.week.days()[self.day]
    }

    /// Indices of the selected day's occurrences.
    fn of_day(&self) -> Vec<usize> {
        let date = self.day_date();
        (0..self.occurrences.len())
            .filter(|&i| self.occurrences[i].date == date)
            .collect()
    }

    fn select_first_of_day(&mut self) {
        self.selected = self.of_day().first().copied();
    }

    /// Moves to another day, selecting the session nearest in time to the one
    /// selected before.
    fn move_day(&mut self, delta: isize) {
        let Some(day) = self.day.checked_add_signed(delta).filter(|d| *d < 7) else {
            let date = self.day_date() + chrono::Duration::days(delta as i64);
            self.go_to(date);
            return;
        };
        let time = self.selected().map(|o| o.starts);
        self.day = day;
        let today = self.of_day();
        self.selected = match time {
            Some(t) => today
                .iter()
                .copied()
                .min_by_key(|&i| (self.occurrences[i].starts - t).num_minutes().abs()),
            None => today.first().copied(),
        };
    }

    fn move_in_day(&mut self, delta: isize) {
        let today = self.of_day();
        let at = self
            .selected
            .and_then(|s| today.iter().position(|&i| i == s));
        let next = match at {
            Some(p) => p
                .saturating_add_signed(delta)
                .min(today.len().saturating_sub(1)),
            None => 0,
        };
        self.selected = today.get(next).copied();
    }

    /// The key-map context of the focused pane.
    pub fn context(&self) -> crate::tui::keymap::Context {
        if self.details_focused {
            crate::tui::keymap::Context::Reading
        } else {
            crate::tui::keymap::Context::Timetable
        }
    }

    /// Carries out a screen-level action; returns false when it did not apply.
    pub fn update(&mut self, action: Action) -> bool {
        if self.details_focused {
            return match action {
                Action::Back | Action::NextPane | Action::PrevPane => {
                    self.details_focused = false;
                    true
                }
                _ => self.details_scroll.update(action),
            };
        }
        self.details_scroll.reset();
        match action {
            Action::NextPane | Action::PrevPane => self.details_focused = true,
            Action::Left => self.move_day(-1),
            Action::Right => self.move_day(1),
            Action::Up => self.move_in_day(-1),
            Action::Down => self.move_in_day(1),
            Action::PrevWeek => self.go_to(self.day_date() - chrono::Duration::days(7)),
            Action::NextWeek => self.go_to(self.day_date() + chrono::Duration::days(7)),
            Action::ThisWeek => self.go_to(self.now.date()),
            _ => return false,
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Localized, SessionMode, SessionWhen};
    use chrono::{NaiveTime, Weekday};

    fn weekly(title: &str, day: Weekday, hour: u32) -> Session {
        let t = |h| NaiveTime::from_hms_opt(h, 0, 0).unwrap_or_default();
        Session {
            id: uuid::Uuid::new_v4(),
            title: Localized::new(title),
            audience: Localized::default(),
            theme: Localized::default(),
            organiser: Localized::default(),
            mode: SessionMode::Online,
            place: None,
            link: None,
            contact: None,
            when: SessionWhen::Weekly {
                days: vec![day],
                starts: t(hour),
                ends: t(hour + 2),
                valid_from: NaiveDate::from_ymd_opt(2022, 4, 13).unwrap_or_default(),
                valid_until: None,
            },
            cancellations: vec![],
        }
    }

    fn screen() -> TimetableScreen {
        let sessions = vec![
            weekly("A", Weekday::Wed, 12),
            weekly("B", Weekday::Wed, 15),
            weekly("C", Weekday::Thu, 13),
            weekly("D", Weekday::Thu, 18),
        ];
        // Wednesday 23 November 2022, 10:00.
        let now = NaiveDate::from_ymd_opt(2022, 11, 23)
            .and_then(|d| d.and_hms_opt(10, 0, 0))
            .unwrap_or_default();
        TimetableScreen::new(sessions, now)
    }

    fn title(s: &TimetableScreen) -> Option<&str> {
        s.selected()
            .map(|o| s.sessions[o.session].title.text.as_str())
    }

    #[test]
    fn moves_between_days_and_sessions() {
        let cases: &[(&[Action], Option<&str>)] = &[
            (&[], Some("A")),
            (&[Action::Down], Some("B")),
            (&[Action::Down, Action::Down], Some("B")),
            (&[Action::Down, Action::Right], Some("C")),
            (&[Action::Right, Action::Down, Action::Left], Some("B")),
            (&[Action::Right], Some("C")),
            (&[Action::Left], None),
            (&[Action::Left, Action::Right], Some("A")),
            (&[Action::NextWeek], Some("A")),
            (&[Action::NextWeek, Action::ThisWeek], Some("A")),
        ];
        for (actions, expected) in cases {
            let mut s = screen();
            for a in *actions {
                s.update(*a);
            }
            assert_eq!(title(&s), *expected, "{actions:?}");
        }
    }

    #[test]
    fn weeks_change_and_days_wrap_into_the_next_week() {
        let mut s = screen();
        assert_eq!(s.week().to_string(), "2022-W47");
        s.update(Action::NextWeek);
        assert_eq!(s.week().to_string(), "2022-W48");
        for _ in 0..5 {
            s.update(Action::Right);
        }
        assert_eq!(s.week().to_string(), "2022-W49");
        assert_eq!(s.day(), 0);
        s.update(Action::PrevWeek);
        assert_eq!(s.week().to_string(), "2022-W48");
    }
}
