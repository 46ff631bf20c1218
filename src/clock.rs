//! "Now", as one value passed to everything that needs it.
//!
//! Nothing else in the program reads the wall clock: `main` makes one
//! [`Clock`] and hands it to the command, the screens, the loader and the
//! store, so a test (or a training session) decides what day it is for a
//! whole process — and, through `$POMOST_NOW`, for every process it starts.

use chrono::{DateTime, NaiveDate, NaiveDateTime, SecondsFormat, TimeDelta, TimeZone, Utc};
use chrono_tz::Europe::Warsaw;

use crate::i18n::{Lang, Msg};

/// The environment variable that sets the clock of a process (see
/// [`Clock::from_env`]).
pub const NOW_VAR: &str = "POMOST_NOW";

/// A clock: the system clock, or one that ticks on from a chosen instant.
///
/// It is a difference from the system clock, so a clock started at a given
/// instant keeps moving (the screen's "now" marker advances, drafts age).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    offset: TimeDelta,
}

/// `$POMOST_NOW` holds something that is not a time.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("POMOST_NOW is not a time: {value:?}")]
pub struct BadNow {
    /// The value found.
    pub value: String,
}

impl BadNow {
    /// One sentence for the user, in the interface language.
    pub fn message(&self, lang: Lang) -> String {
        lang.fmt(Msg::ErrBadNow, &[&NOW_VAR, &format!("{:?}", self.value)])
    }
}

impl Clock {
    /// The system clock.
    pub fn system() -> Self {
        Self {
            offset: TimeDelta::zero(),
        }
    }

    /// A clock that reads `at` now and ticks on from there.
    pub fn starting_at(at: DateTime<Utc>) -> Self {
        Self {
            offset: at - Utc::now(),
        }
    }

    /// A clock that reads the Warsaw wall-clock time `at` now (of an autumn
    /// hour that happens twice, the first) and ticks on from there.
    pub fn starting_at_warsaw(at: NaiveDateTime) -> Option<Self> {
        let at = Warsaw.from_local_datetime(&at).earliest()?;
        Some(Self::starting_at(at.with_timezone(&Utc)))
    }

    /// The clock `$POMOST_NOW` asks for (see [`Clock::parse`]), else the
    /// system clock. An empty value counts as unset.
    pub fn from_env() -> Result<Self, BadNow> {
        match std::env::var(NOW_VAR) {
            Ok(value) if !value.is_empty() => Self::parse(&value),
            Ok(_) | Err(std::env::VarError::NotPresent) => Ok(Self::system()),
            Err(std::env::VarError::NotUnicode(value)) => Err(BadNow {
                value: value.to_string_lossy().into_owned(),
            }),
        }
    }

    /// A clock starting at `value`: RFC 3339 (`2026-11-23T12:00:00Z`,
    /// `2026-11-23T13:00:00+01:00`) or `YYYY-MM-DD HH:MM` in Warsaw time.
    pub fn parse(value: &str) -> Result<Self, BadNow> {
        let value = value.trim();
        let bad = || BadNow {
            value: value.to_owned(),
        };
        if let Ok(at) = DateTime::parse_from_rfc3339(value) {
            return Ok(Self::starting_at(at.with_timezone(&Utc)));
        }
        let local = NaiveDateTime::parse_from_str(value, "%Y-%m-%d %H:%M").map_err(|_| bad())?;
        // A time skipped when the clocks go forward is no time at all.
        Self::starting_at_warsaw(local).ok_or_else(bad)
    }

    /// The current instant.
    pub fn now_utc(&self) -> DateTime<Utc> {
        Utc::now() + self.offset
    }

    /// The current Warsaw wall-clock date and time.
    pub fn warsaw_now(&self) -> NaiveDateTime {
        self.now_utc().with_timezone(&Warsaw).naive_local()
    }

    /// Today in Warsaw.
    pub fn today(&self) -> NaiveDate {
        self.warsaw_now().date()
    }

    /// The current instant as the database keeps it (RFC 3339, UTC, seconds).
    pub fn stamp(&self) -> String {
        self.now_utc().to_rfc3339_opts(SecondsFormat::Secs, true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn warsaw(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn a_clock_started_at_an_instant_reads_it_and_ticks_on() {
        let clock = Clock::parse("2026-11-23 12:00").unwrap();
        let now = clock.warsaw_now();
        assert!(now >= warsaw("2026-11-23 12:00") && now < warsaw("2026-11-23 12:01"));
        assert_eq!(
            clock.today(),
            NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
        );
        // 12:00 in Warsaw in November is 11:00 UTC.
        assert!(clock.stamp().starts_with("2026-11-23T11:00:"));
        assert!(clock.stamp().ends_with('Z'));
        let summer = Clock::parse("2026-07-01T00:30:00+02:00").unwrap();
        assert_eq!(summer.today(), NaiveDate::from_ymd_opt(2026, 7, 1).unwrap());
        assert!(summer.stamp().starts_with("2026-06-30T22:30:"));
    }

    #[test]
    fn what_is_not_a_time_is_refused() {
        for value in [
            "tomorrow",
            "2026-11-23",
            "23.11.2026 12:00",
            "2026-02-30 12:00",
            // The hour skipped in spring.
            "2026-03-29 02:30",
        ] {
            let e = Clock::parse(value).unwrap_err();
            assert_eq!(e.value, value);
            let sentence = e.message(Lang::En);
            assert!(
                sentence.contains(NOW_VAR) && sentence.contains(value),
                "{sentence}"
            );
        }
    }

    #[test]
    fn the_system_clock_is_now() {
        let before = Utc::now();
        let now = Clock::system().now_utc();
        assert!(now >= before && now <= Utc::now());
    }
}
