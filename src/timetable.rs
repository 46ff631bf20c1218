//! The timetable: ISO weeks, the occurrences of sessions in a week, and the
//! conversion of Europe/Warsaw wall-clock times to instants.
//!
//! Sessions are kept as wall-clock times in Warsaw: a session at 12:00 is at
//! 12:00 local time in summer and in winter; only its UTC instant moves.

pub mod draft;
pub mod ical;

use std::fmt;

use chrono::{
    DateTime, Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc, Weekday,
};
use chrono_tz::Europe::Warsaw;

use crate::i18n::{Lang, Msg};
use crate::model::{Listing, Session, SessionWhen};

/// An ISO 8601 week (Monday to Sunday), e.g. `2022-W48`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Week {
    monday: NaiveDate,
}

/// Why a week or date given by the user is not one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WeekError {
    /// Not `YYYY-Www`, or the year has no such week.
    #[error("no such ISO week: {0:?} (use YYYY-Www, e.g. 2022-W48)")]
    Week(String),
    /// Not `YYYY-MM-DD`, or no such day.
    #[error("no such date: {0:?} (use YYYY-MM-DD, e.g. 2022-12-01)")]
    Date(String),
}

impl Week {
    /// The week containing `date`.
    pub fn containing(date: NaiveDate) -> Self {
        let back = u64::from(date.weekday().num_days_from_monday());
        Self {
            monday: date - Days::new(back),
        }
    }

    /// Parses `YYYY-Www` (also `YYYYWww`, and a lower-case `w`).
    pub fn parse(text: &str) -> Result<Self, WeekError> {
        let bad = || WeekError::Week(text.to_owned());
        let t = text.trim();
        let (year, week) = t
            .split_once(['W', 'w'])
            .map(|(y, w)| (y.trim_end_matches('-'), w))
            .ok_or_else(bad)?;
        let year: i32 = year.parse().map_err(|_| bad())?;
        let week: u32 = week.parse().map_err(|_| bad())?;
        NaiveDate::from_isoywd_opt(year, week, Weekday::Mon)
            .filter(|monday| crate::dates::in_range(*monday))
            .map(|monday| Self { monday })
            .ok_or_else(bad)
    }

    /// The week containing a `YYYY-MM-DD` date.
    pub fn of_date(text: &str) -> Result<Self, WeekError> {
        parse_date(text).map(Self::containing)
    }

    /// Its Monday.
    pub fn monday(self) -> NaiveDate {
        self.monday
    }

    /// Its Sunday.
    pub fn sunday(self) -> NaiveDate {
        self.monday + Days::new(6)
    }

    /// The seven days, Monday first.
    pub fn days(self) -> [NaiveDate; 7] {
        std::array::from_fn(|i| self.monday + Days::new(i as u64))
    }

    /// The ISO year and week number.
    pub fn number(self) -> (i32, u32) {
        let iso = self.monday.iso_week();
        (iso.year(), iso.week())
    }

    /// The week after.
    pub fn next(self) -> Self {
        Self {
            monday: self.monday + Days::new(7),
        }
    }

    /// The week before.
    pub fn prev(self) -> Self {
        Self {
            monday: self.monday - Days::new(7),
        }
    }

    /// True when the date falls in this week.
    pub fn contains(self, date: NaiveDate) -> bool {
        self.monday <= date && date <= self.sunday()
    }
}

impl fmt::Display for Week {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, week) = self.number();
        write!(f, "{year}-W{week:02}")
    }
}

/// Parses a `YYYY-MM-DD` date that exists, in the years Pomost accepts
/// ([`crate::dates::parse_date`], which says why when it is not).
pub fn parse_date(text: &str) -> Result<NaiveDate, WeekError> {
    crate::dates::parse_date(text).map_err(|_| WeekError::Date(text.to_owned()))
}

/// One occurrence of a session on a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence {
    /// Index of the session in the slice it was expanded from.
    pub session: usize,
    /// The day.
    pub date: NaiveDate,
    /// Start, Warsaw wall clock.
    pub starts: NaiveTime,
    /// End, when known.
    pub ends: Option<NaiveTime>,
    /// The reason, when this occurrence is cancelled.
    pub cancelled: Option<String>,
}

/// True when a session takes place on `date` by its rule (cancelled or not).
pub fn occurs_on(session: &Session, date: NaiveDate) -> bool {
    match &session.when {
        SessionWhen::Weekly {
            days,
            valid_from,
            valid_until,
            ..
        } => {
            days.contains(&date.weekday())
                && *valid_from <= date
                && valid_until.is_none_or(|u| date <= u)
        }
        SessionWhen::Once { date: d, .. } => *d == date,
    }
}

fn times(session: &Session) -> (NaiveTime, Option<NaiveTime>) {
    match &session.when {
        SessionWhen::Weekly { starts, ends, .. } => (*starts, Some(*ends)),
        SessionWhen::Once { starts, ends, .. } => (*starts, *ends),
    }
}

/// The occurrence of a session on a day, if it has one.
pub fn occurrence(sessions: &[Session], index: usize, date: NaiveDate) -> Option<Occurrence> {
    let session = sessions.get(index)?;
    if !occurs_on(session, date) {
        return None;
    }
    let (starts, ends) = times(session);
    Some(Occurrence {
        session: index,
        date,
        starts,
        ends,
        cancelled: session
            .cancellations
            .iter()
            .find(|c| c.date == date)
            .map(|c| c.reason.clone()),
    })
}

/// Every occurrence in the week, ordered by day, start time and title.
pub fn week_occurrences(sessions: &[Session], week: Week) -> Vec<Occurrence> {
    let mut out: Vec<Occurrence> = week
        .days()
        .into_iter()
        .flat_map(|date| (0..sessions.len()).filter_map(move |i| occurrence(sessions, i, date)))
        .collect();
    out.sort_by(|a, b| {
        (a.date, a.starts, &sessions[a.session].title.text).cmp(&(
            b.date,
            b.starts,
            &sessions[b.session].title.text,
        ))
    });
    out
}

/// The next `n` dates on or after `from` on which the session takes place and
/// is not cancelled.
pub fn next_dates(session: &Session, from: NaiveDate, n: usize) -> Vec<NaiveDate> {
    let cancelled = |d: NaiveDate| session.cancellations.iter().any(|c| c.date == d);
    match &session.when {
        SessionWhen::Once { date, .. } => (*date >= from && !cancelled(*date))
            .then_some(*date)
            .into_iter()
            .collect(),
        SessionWhen::Weekly {
            valid_from,
            valid_until,
            ..
        } => {
            let start = from.max(*valid_from);
            start
                .iter_days()
                .take_while(|d| valid_until.is_none_or(|u| *d <= u))
                // A rule without any weekday would never match; bound the search.
                .take(366 * 2)
                .filter(|d| occurs_on(session, *d) && !cancelled(*d))
                .take(n)
                .collect()
        }
    }
}

/// A service's opening hours on one day of the week (for the grid's `s` view).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceSlot {
    /// Index of the service in the slice it came from.
    pub service: usize,
    /// The day.
    pub date: NaiveDate,
    /// Opening, Warsaw wall clock.
    pub opens: NaiveTime,
    /// Closing.
    pub closes: NaiveTime,
}

/// The opening hours in the week of the services that `keep` accepts, by
/// day and opening time.
pub fn service_slots(
    services: &[Listing],
    week: Week,
    keep: impl Fn(&Listing) -> bool,
) -> Vec<ServiceSlot> {
    let mut out = Vec::new();
    for (i, service) in services.iter().enumerate().filter(|(_, s)| keep(s)) {
        for sc in &service.schedules {
            for date in week.days() {
                let valid = sc.valid_from.is_none_or(|f| f <= date)
                    && sc.valid_to.is_none_or(|t| date <= t);
                if valid && sc.days.contains(&date.weekday()) {
                    out.push(ServiceSlot {
                        service: i,
                        date,
                        opens: sc.opens,
                        closes: sc.closes,
                    });
                }
            }
        }
    }
    out.sort_by_key(|s| (s.date, s.opens, s.service));
    out
}

/// The rule of a session in words, in the interface language:
/// `w każdą środę 12:00–14:00, od 13 kwietnia 2022` /
/// `every Wednesday 12:00–14:00, since 13 April 2022`.
pub fn recurrence_in_words(session: &Session, lang: Lang) -> String {
    let span = |starts: &NaiveTime, ends: Option<&NaiveTime>| match ends {
        Some(e) => format!("{}–{}", starts.format("%H:%M"), e.format("%H:%M")),
        None => starts.format("%H:%M").to_string(),
    };
    match &session.when {
        SessionWhen::Weekly {
            days,
            starts,
            ends,
            valid_from,
            valid_until,
        } => {
            let days = lang.every_days(days);
            let mut out = format!(
                "{days} {}, {} {}",
                span(starts, Some(ends)),
                lang.t(Msg::Since),
                lang.long_date(*valid_from)
            );
            if let Some(until) = valid_until {
                out.push_str(&format!(
                    " {} {}",
                    lang.t(Msg::Until),
                    lang.long_date(*until)
                ));
            }
            out
        }
        SessionWhen::Once { date, starts, ends } => format!(
            "{} ({}), {}",
            lang.long_date(*date),
            lang.weekday_long(date.weekday()),
            span(starts, ends.as_ref())
        ),
    }
}

/// The UTC instant of a Warsaw wall-clock time. A time in the spring-forward
/// gap is moved forward by the skipped hour (02:30 → 03:30 CEST); of the autumn
/// hour that happens twice, the first (summer-time) one is taken.
pub fn warsaw_to_utc(date: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
    let local = NaiveDateTime::new(date, time);
    crate::dates::warsaw_instant(local).unwrap_or_else(|_| {
        let later = local + chrono::Duration::hours(1);
        Warsaw
            .from_local_datetime(&later)
            .earliest()
            .map_or_else(|| Utc.from_utc_datetime(&local), |t| t.with_timezone(&Utc))
    })
}

/// A stored UTC instant as Warsaw wall-clock time, to the minute.
pub fn local_time(at: &str) -> String {
    DateTime::parse_from_rfc3339(at).map_or_else(
        |_| at.to_owned(),
        |t| {
            t.with_timezone(&Warsaw)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weeks_parse_and_print() {
        assert_eq!(
            Week::parse("2022-W48").map(|w| w.monday()),
            Ok(NaiveDate::from_ymd_opt(2022, 11, 28).unwrap())
        );
        assert_eq!(
            Week::parse("2020w53").map(|w| w.to_string()),
            Ok("2020-W53".into())
        );
        assert!(Week::parse("2021-W53").is_err(), "2021 has 52 weeks");
        assert!(Week::parse("2022-48").is_err());
        assert!(Week::parse("0000-W01").is_err(), "years 1900–2200 only");
        assert!(Week::of_date("0000-01-01").is_err());
        assert!(Week::of_date("2022-02-30").is_err());
        let w = Week::of_date("2022-12-01").unwrap();
        assert_eq!(w.to_string(), "2022-W48");
        assert_eq!(w.next().to_string(), "2022-W49");
        assert_eq!(
            Week::containing(NaiveDate::from_ymd_opt(2021, 1, 1).unwrap()).to_string(),
            "2020-W53"
        );
    }

    #[test]
    fn rules_in_words() {
        use crate::model::{Localized, SessionMode};
        let t = |h| NaiveTime::from_hms_opt(h, 0, 0).unwrap();
        let mut s = Session {
            id: uuid::Uuid::nil(),
            title: Localized::new("x"),
            audience: Localized::default(),
            theme: Localized::default(),
            organiser: Localized::default(),
            mode: SessionMode::Online,
            place: None,
            link: None,
            contact: None,
            when: SessionWhen::Weekly {
                days: vec![Weekday::Wed],
                starts: t(12),
                ends: t(14),
                valid_from: NaiveDate::from_ymd_opt(2022, 4, 13).unwrap(),
                valid_until: None,
            },
            cancellations: vec![],
        };
        assert_eq!(
            recurrence_in_words(&s, Lang::En),
            "every Wednesday 12:00–14:00, since 13 April 2022"
        );
        assert_eq!(
            recurrence_in_words(&s, Lang::Pl),
            "w każdą środę 12:00–14:00, od 13 kwietnia 2022"
        );
        if let SessionWhen::Weekly { days, .. } = &mut s.when {
            *days = vec![Weekday::Mon, Weekday::Thu];
        }
        assert_eq!(
            recurrence_in_words(&s, Lang::Pl),
            "w każdy poniedziałek i w każdy czwartek 12:00–14:00, od 13 kwietnia 2022"
        );
        assert_eq!(
            recurrence_in_words(&s, Lang::Uk),
            "щопонеділка та щочетверга 12:00–14:00, з 13 квітня 2022"
        );
        s.when = SessionWhen::Once {
            date: NaiveDate::from_ymd_opt(2022, 12, 1).unwrap(),
            starts: t(14),
            ends: None,
        };
        assert_eq!(
            recurrence_in_words(&s, Lang::En),
            "1 December 2022 (Thursday), 14:00"
        );
        assert_eq!(
            recurrence_in_words(&s, Lang::Uk),
            "1 грудня 2022 (четвер), 14:00"
        );
    }

    #[test]
    fn wall_clock_stays_and_the_instant_moves_across_dst() {
        let noon = NaiveTime::from_hms_opt(12, 0, 0).unwrap();
        let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        // Before and after the last Sunday of March (29 March 2026).
        assert_eq!(
            warsaw_to_utc(d(3, 25), noon).to_rfc3339(),
            "2026-03-25T11:00:00+00:00"
        );
        assert_eq!(
            warsaw_to_utc(d(4, 1), noon).to_rfc3339(),
            "2026-04-01T10:00:00+00:00"
        );
        // Around the last Sunday of October (25 October 2026).
        assert_eq!(
            warsaw_to_utc(d(10, 21), noon).to_rfc3339(),
            "2026-10-21T10:00:00+00:00"
        );
        assert_eq!(
            warsaw_to_utc(d(10, 28), noon).to_rfc3339(),
            "2026-10-28T11:00:00+00:00"
        );
        // 02:30 does not exist on 29 March; it becomes 03:30 CEST.
        let gap = warsaw_to_utc(d(3, 29), NaiveTime::from_hms_opt(2, 30, 0).unwrap());
        assert_eq!(gap.to_rfc3339(), "2026-03-29T01:30:00+00:00");
    }
}
