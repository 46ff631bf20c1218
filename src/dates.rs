//! Dates and times that people type or files carry: one parser for all of them,
//! with bounds, so a year 0 or a date before Christ never reaches the database.
//!
//! Every date Pomost accepts lies in the years [`FIRST_YEAR`]–[`LAST_YEAR`]. A
//! date and time is Warsaw wall-clock time: one skipped when the clocks go
//! forward (the last Sunday of March, 02:00–02:59) does not exist and is
//! refused; one that happens twice when they go back (the last Sunday of
//! October, 02:00–02:59) is accepted and means the first of the two, summer
//! time, as everywhere in Pomost ([`warsaw_instant`]).

use chrono::{DateTime, Datelike, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::Warsaw;

use crate::i18n::{Lang, Msg};

/// The earliest year of a date Pomost accepts.
pub const FIRST_YEAR: i32 = 1900;
/// The latest year of a date Pomost accepts.
pub const LAST_YEAR: i32 = 2200;

/// Why a typed date or time is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// Not `YYYY-MM-DD`, or no such day.
    #[error("not a date")]
    NotADate,
    /// Not `YYYY-MM-DD HH:MM`, or no such day or time.
    #[error("not a date and time")]
    NotADateTime,
    /// Not `HH:MM`.
    #[error("not a time")]
    NotATime,
    /// A real date outside [`FIRST_YEAR`]–[`LAST_YEAR`].
    #[error("year out of range")]
    OutOfRange,
    /// `YYYY-MM-DD` with a real month, but a day that month does not have
    /// (`2026-02-30`).
    #[error("no such day")]
    NoSuchDay,
    /// A Warsaw wall-clock time skipped when the clocks go forward.
    #[error("no such time in Warsaw")]
    SkippedInWarsaw,
}

impl DateError {
    /// The problem with `text` in words, in the interface language (a phrase
    /// that follows a field or option name: `--at: …`).
    pub fn message(self, text: &str, lang: Lang) -> String {
        let text = crate::text::one_line(short(text.trim()));
        match self {
            Self::NotADate => lang.fmt(Msg::ProbInvalidDate, &[&text]),
            Self::NotADateTime => lang.fmt(Msg::ProbInvalidDateTime, &[&text]),
            Self::NotATime => lang.fmt(Msg::ProbInvalidTime, &[&text]),
            Self::OutOfRange => {
                lang.fmt(Msg::ProbYearOutOfRange, &[&text, &FIRST_YEAR, &LAST_YEAR])
            }
            Self::SkippedInWarsaw => lang.fmt(Msg::ProbSkippedInWarsaw, &[&text]),
            Self::NoSuchDay => {
                let days = month_of(&text).map_or(0, |(y, m)| days_in_month(y, m));
                lang.fmt(Msg::ErrNoSuchDay, &[&text, &days])
            }
        }
    }
}

/// At most the first 40 characters: a message quotes what was typed, never
/// a whole file's worth of it.
fn short(text: &str) -> &str {
    text.char_indices()
        .nth(40)
        .map_or(text, |(at, _)| &text[..at])
}

/// True when the date lies in the years Pomost accepts.
pub fn in_range(date: NaiveDate) -> bool {
    (FIRST_YEAR..=LAST_YEAR).contains(&date.year())
}

/// A `YYYY-MM-DD` date that exists, in the years Pomost accepts.
pub fn parse_date(text: &str) -> Result<NaiveDate, DateError> {
    let date = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| {
        // In the form, with a real month: only the day is wrong.
        let text = text.trim();
        let day = text.get(8..).and_then(|d| d.parse::<u32>().ok());
        if text.len() == 10 && month_of(text).is_some() && day.is_some_and(|d| d >= 1) {
            DateError::NoSuchDay
        } else {
            DateError::NotADate
        }
    })?;
    if in_range(date) {
        Ok(date)
    } else {
        Err(DateError::OutOfRange)
    }
}

/// The year and month of a `YYYY-MM-…` text, when the month is real.
fn month_of(text: &str) -> Option<(i32, u32)> {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let (year, month) = (text.get(..4)?, text.get(5..7)?);
    if !(digits(year) && digits(month) && text.get(4..5)? == "-" && text.get(7..8)? == "-") {
        return None;
    }
    let month: u32 = month.parse().ok()?;
    (1..=12)
        .contains(&month)
        .then_some((year.parse().ok()?, month))
}

/// How many days a month has.
fn days_in_month(year: i32, month: u32) -> u32 {
    let first = NaiveDate::from_ymd_opt(year, month, 1);
    let next = first.and_then(|d| d.checked_add_months(chrono::Months::new(1)));
    match (first, next) {
        (Some(a), Some(b)) => (b - a).num_days() as u32,
        _ => 0,
    }
}

/// An `HH:MM` time (`HH:MM:SS` too when `seconds` allows it, as HSDS writes).
pub fn parse_time(text: &str, seconds: bool) -> Result<NaiveTime, DateError> {
    let text = text.trim();
    NaiveTime::parse_from_str(text, "%H:%M")
        .or_else(|e| {
            if seconds {
                NaiveTime::parse_from_str(text, "%H:%M:%S")
            } else {
                Err(e)
            }
        })
        .map_err(|_| DateError::NotATime)
}

/// A `YYYY-MM-DD HH:MM` Warsaw wall-clock time that exists, in the years
/// Pomost accepts.
pub fn parse_date_time(text: &str) -> Result<NaiveDateTime, DateError> {
    let at = NaiveDateTime::parse_from_str(text.trim(), "%Y-%m-%d %H:%M")
        .map_err(|_| DateError::NotADateTime)?;
    if !in_range(at.date()) {
        return Err(DateError::OutOfRange);
    }
    warsaw_instant(at).map(|_| at)
}

/// The instant of a Warsaw wall-clock time: refused in the hour skipped in
/// spring; of the autumn hour that happens twice, the earlier instant (summer
/// time, UTC+2).
pub fn warsaw_instant(local: NaiveDateTime) -> Result<DateTime<Utc>, DateError> {
    match Warsaw.from_local_datetime(&local) {
        LocalResult::Single(t) => Ok(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(first, _) => Ok(first.with_timezone(&Utc)),
        LocalResult::None => Err(DateError::SkippedInWarsaw),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_and_out_of_range() {
        let cases = [
            ("2026-11-23", Ok((2026, 11, 23))),
            (" 1900-01-01 ", Ok((1900, 1, 1))),
            ("2200-12-31", Ok((2200, 12, 31))),
            ("1899-12-31", Err(DateError::OutOfRange)),
            ("2201-01-01", Err(DateError::OutOfRange)),
            ("0000-01-01", Err(DateError::OutOfRange)),
            ("-2023-01-01", Err(DateError::OutOfRange)),
            ("+12026-01-01", Err(DateError::OutOfRange)),
            ("2026-02-30", Err(DateError::NoSuchDay)),
            ("2026-13-01", Err(DateError::NotADate)),
            ("1.11.2022", Err(DateError::NotADate)),
            ("", Err(DateError::NotADate)),
        ];
        for (text, expected) in cases {
            let got = parse_date(text).map(|d| (d.year(), d.month(), d.day()));
            assert_eq!(got, expected, "{text:?}");
        }
    }

    #[test]
    fn date_times_in_warsaw() {
        let ok = |t: &str| parse_date_time(t).map(|d| d.to_string());
        assert_eq!(ok("2026-11-23 09:15"), Ok("2026-11-23 09:15:00".into()));
        assert_eq!(ok("0000-01-01 00:00"), Err(DateError::OutOfRange));
        assert_eq!(ok("2026-03-29 02:30"), Err(DateError::SkippedInWarsaw));
        assert_eq!(ok("2026-03-29 02:00"), Err(DateError::SkippedInWarsaw));
        assert_eq!(ok("2026-03-29 03:00"), Ok("2026-03-29 03:00:00".into()));
        assert_eq!(ok("2026-03-29 01:59"), Ok("2026-03-29 01:59:00".into()));
        assert_eq!(ok("2026-10-25 02:30"), Ok("2026-10-25 02:30:00".into()));
        assert_eq!(ok("2026-11-23"), Err(DateError::NotADateTime));
        assert_eq!(ok("2026-11-23 25:00"), Err(DateError::NotADateTime));
    }

    #[test]
    fn the_autumn_hour_that_happens_twice_is_the_earlier_instant() {
        let at = parse_date_time("2026-10-25 02:30").unwrap();
        assert_eq!(
            warsaw_instant(at).unwrap().to_rfc3339(),
            "2026-10-25T00:30:00+00:00",
            "02:30 CEST, not 02:30 CET (01:30 UTC)"
        );
    }

    #[test]
    fn a_day_the_month_does_not_have_is_said_so() {
        assert_eq!(parse_date("2026-02-30"), Err(DateError::NoSuchDay));
        assert_eq!(parse_date("2026-13-01"), Err(DateError::NotADate));
        assert_eq!(parse_date("2026-02-x1"), Err(DateError::NotADate));
        assert_eq!(
            DateError::NoSuchDay.message("2026-02-30", Lang::En),
            "There is no day 2026-02-30: that month has 28 days."
        );
        assert_eq!(
            DateError::NoSuchDay.message("2024-02-30", Lang::Pl),
            "Nie ma dnia 2024-02-30: ten miesiąc ma 29 dni."
        );
    }

    #[test]
    fn messages_quote_a_short_clean_excerpt() {
        let long = format!("{}\x1b[2J", "9".repeat(10_000));
        let m = DateError::NotADate.message(&long, Lang::En);
        assert!(m.len() < 120 && !m.contains('\x1b'), "{m}");
        assert_eq!(
            DateError::SkippedInWarsaw.message("2026-03-29 02:30", Lang::En),
            "2026-03-29 02:30 does not exist in Warsaw (the clocks go forward from 02:00 to 03:00 that night)"
        );
        assert!(
            DateError::OutOfRange
                .message("0000-01-01", Lang::En)
                .contains("1900")
        );
    }
}
