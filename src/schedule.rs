//! Opening hours in words and the "open now" test, in Europe/Warsaw time.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Weekday};

use crate::i18n::{Lang, Msg};
use crate::model::{Rule, Schedule};

/// Weekdays in words: consecutive runs joined with a dash (`pn–pt`), others
/// with commas (`śr, pt`).
pub fn days_in_words(days: &[Weekday], lang: Lang) -> String {
    days_with_names(days, &lang.table().weekdays_short)
}

/// Weekdays in words with the given short names (Monday first), as
/// [`days_in_words`] writes them: a client's card has names of its own.
pub fn days_with_names(days: &[Weekday], names: &[&str; 7]) -> String {
    let name = |d: Weekday| names[d.num_days_from_monday() as usize];
    let mut parts = Vec::new();
    let mut i = 0;
    while i < days.len() {
        let mut j = i;
        while j + 1 < days.len()
            && days[j + 1].num_days_from_monday() == days[j].num_days_from_monday() + 1
        {
            j += 1;
        }
        if j >= i + 2 {
            parts.push(format!("{}–{}", name(days[i]), name(days[j])));
        } else {
            parts.extend((i..=j).map(|k| name(days[k]).to_owned()));
        }
        i = j + 1;
    }
    parts.join(", ")
}

/// A weekly rule in words: `śr 12:00–14:00 (od 13.04.2022)`.
pub fn schedule_in_words(s: &Schedule, lang: Lang) -> String {
    let mut out = format!(
        "{} {}–{}",
        days_in_words(&s.days, lang),
        s.opens.format("%H:%M"),
        s.closes.format("%H:%M")
    );
    let validity = validity(s.valid_from, s.valid_to, lang);
    if !validity.is_empty() {
        out.push_str(&format!(" ({})", validity.join(" ")));
    }
    out
}

/// `since …`, `until …` of a rule's validity, in words.
fn validity(from: Option<NaiveDate>, to: Option<NaiveDate>, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(from) = from {
        out.push(format!("{} {}", lang.t(Msg::Since), lang.date(from)));
    }
    if let Some(to) = to {
        out.push(format!("{} {}", lang.t(Msg::Until), lang.date(to)));
    }
    out
}

/// True when the rule says the service is open at this Warsaw wall-clock moment
/// (opening minute included, closing minute excluded).
pub fn is_open_at(s: &Schedule, at: NaiveDateTime) -> bool {
    let date = at.date();
    s.days.contains(&date.weekday())
        && s.valid_from.is_none_or(|f| f <= date)
        && s.valid_to.is_none_or(|t| date <= t)
        && s.opens <= at.time()
        && at.time() < s.closes
}

/// Whether a publisher's rule ([`Rule`]) has an occurrence on `date`.
/// A rule that counts from a start it does not give (an interval above 1, a
/// count, a monthly rule without days) has none: it cannot be placed.
pub fn rule_occurs_on(r: &Rule, date: NaiveDate) -> bool {
    if r.valid_from.is_some_and(|f| date < f)
        || r.valid_to.is_some_and(|t| date > t)
        || r.start.is_some_and(|s| date < s)
    {
        return false;
    }
    if !matches_pattern(r, date) {
        return false;
    }
    let Some(count) = r.count else {
        return true;
    };
    let Some(start) = r.start else {
        return false;
    };
    // The date's place among the occurrences from the start.
    let mut n = 0;
    let mut day = start;
    while day <= date {
        if matches_pattern(r, day) {
            n += 1;
            if n > count {
                return false;
            }
        }
        let Some(next) = day.succ_opt() else {
            return false;
        };
        day = next;
    }
    true
}

/// The rule's days and interval, ignoring its validity and count.
fn matches_pattern(r: &Rule, date: NaiveDate) -> bool {
    let interval = i64::from(r.interval.max(1));
    if r.monthly {
        if interval > 1 {
            let Some(s) = r.start else { return false };
            let months = (date.year() - s.year()) * 12 + date.month() as i32 - s.month() as i32;
            if i64::from(months) % interval != 0 {
                return false;
            }
        }
        let last = last_day_of_month(date);
        let day = date.day() as i32;
        let by_day = r.days.is_empty()
            || r.days.iter().any(|&(n, wd)| {
                wd == date.weekday()
                    && match n {
                        0 => true,
                        n if n > 0 => (day - 1) / 7 + 1 == n,
                        n => (last - day) / 7 + 1 == -n,
                    }
            });
        let by_month_day = r.month_days.is_empty()
            || r.month_days
                .iter()
                .any(|&d| d == day || (d < 0 && last + 1 + d == day));
        let anchored = !r.days.is_empty()
            || !r.month_days.is_empty()
            || r.start.is_some_and(|s| s.day() == date.day());
        by_day && by_month_day && anchored
    } else {
        if interval > 1 {
            let Some(s) = r.start else { return false };
            let monday = |d: NaiveDate| {
                d - chrono::Duration::days(i64::from(d.weekday().num_days_from_monday()))
            };
            let weeks = (monday(date) - monday(s)).num_days() / 7;
            if weeks % interval != 0 {
                return false;
            }
        }
        if r.days.is_empty() {
            r.start.is_some_and(|s| s.weekday() == date.weekday())
        } else {
            r.days.iter().any(|&(_, wd)| wd == date.weekday())
        }
    }
}

fn last_day_of_month(date: NaiveDate) -> i32 {
    let (y, m) = (date.year(), date.month());
    let next = if m == 12 {
        NaiveDate::from_ymd_opt(y + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(y, m + 1, 1)
    };
    next.and_then(|n| n.pred_opt())
        .map_or(31, |d| d.day() as i32)
}

/// True when the rule says the service is open at this Warsaw wall-clock
/// moment (opening minute included, closing minute excluded).
pub fn rule_open_at(r: &Rule, at: NaiveDateTime) -> bool {
    r.opens <= at.time() && at.time() < r.closes && rule_occurs_on(r, at.date())
}

/// A publisher's rule in words: `1st Mon of the month 10:00–12:00`,
/// `every 2 weeks: Tue 09:00–11:00 (since …)`.
pub fn rule_in_words(r: &Rule, lang: Lang) -> String {
    let mut parts = Vec::new();
    if r.monthly {
        parts.push(if r.interval > 1 {
            lang.fmt(Msg::RuleEveryMonths, &[&r.interval])
        } else {
            lang.t(Msg::RuleMonthly).to_owned()
        });
    } else if r.interval > 1 {
        parts.push(lang.fmt(Msg::RuleEveryWeeks, &[&r.interval]));
    }
    let plain: Vec<Weekday> = r
        .days
        .iter()
        .filter(|(n, _)| *n == 0)
        .map(|&(_, wd)| wd)
        .collect();
    if !plain.is_empty() {
        parts.push(days_in_words(&plain, lang));
    }
    for &(n, wd) in r.days.iter().filter(|(n, _)| *n != 0) {
        let ordinal = match n {
            1 => lang.t(Msg::RuleFirst).to_owned(),
            2 => lang.t(Msg::RuleSecond).to_owned(),
            3 => lang.t(Msg::RuleThird).to_owned(),
            4 => lang.t(Msg::RuleFourth).to_owned(),
            -1 => lang.t(Msg::RuleLast).to_owned(),
            n => n.to_string(),
        };
        parts.push(lang.fmt(Msg::RuleNthWeekday, &[&ordinal, &lang.weekday_short(wd)]));
    }
    if !r.month_days.is_empty() {
        let days: Vec<String> = r.month_days.iter().map(i32::to_string).collect();
        parts.push(lang.fmt(Msg::RuleMonthDays, &[&days.join(", ")]));
    }
    let mut out = format!(
        "{} {}–{}",
        parts.join(", "),
        r.opens.format("%H:%M"),
        r.closes.format("%H:%M")
    );
    let mut validity = validity(r.valid_from.or(r.start), r.valid_to, lang);
    if let Some(count) = r.count {
        validity.push(lang.fmt(Msg::RuleCount, &[&count]));
    }
    if !validity.is_empty() {
        out.push_str(&format!(" ({})", validity.join(" ")));
    }
    if let Some(note) = &r.note {
        out.push_str(&format!(" — {note}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, NaiveTime};
    use uuid::Uuid;

    fn rule(days: &[Weekday]) -> Schedule {
        Schedule {
            id: Uuid::nil(),
            days: days.to_vec(),
            opens: NaiveTime::from_hms_opt(12, 0, 0).unwrap(),
            closes: NaiveTime::from_hms_opt(14, 0, 0).unwrap(),
            valid_from: NaiveDate::from_ymd_opt(2022, 4, 13),
            valid_to: None,
            note: None,
            note_en: None,
        }
    }

    #[test]
    fn rules_in_words() {
        use Weekday::*;
        assert_eq!(
            schedule_in_words(&rule(&[Wed]), Lang::En),
            "Wed 12:00–14:00 (since 2022-04-13)"
        );
        assert_eq!(
            schedule_in_words(&rule(&[Wed]), Lang::Pl),
            "śr 12:00–14:00 (od 13.04.2022)"
        );
        assert_eq!(days_in_words(&[Mon, Tue, Wed, Thu, Fri], Lang::Pl), "pn–pt");
        assert_eq!(days_in_words(&[Mon, Tue, Thu], Lang::En), "Mon, Tue, Thu");
    }

    #[test]
    fn open_at_boundaries() {
        let r = rule(&[Weekday::Wed]);
        let wed = NaiveDate::from_ymd_opt(2026, 11, 18).unwrap();
        let at = |h, m| wed.and_hms_opt(h, m, 0).unwrap();
        assert!(is_open_at(&r, at(12, 0)));
        assert!(is_open_at(&r, at(13, 59)));
        assert!(!is_open_at(&r, at(14, 0)));
        assert!(!is_open_at(&r, at(11, 59)));
        let before = NaiveDate::from_ymd_opt(2022, 4, 6)
            .unwrap()
            .and_hms_opt(13, 0, 0)
            .unwrap();
        assert!(!is_open_at(&r, before));
    }

    fn publisher_rule() -> Rule {
        Rule {
            monthly: true,
            interval: 1,
            days: vec![(1, Weekday::Mon)],
            month_days: Vec::new(),
            opens: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
            closes: NaiveTime::from_hms_opt(12, 0, 0).unwrap(),
            start: None,
            valid_from: None,
            valid_to: None,
            count: None,
            note: None,
        }
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn monthly_rules_by_ordinal_weekday_and_month_day() {
        use Weekday::*;
        let first_monday = publisher_rule();
        assert!(rule_occurs_on(&first_monday, d(2026, 1, 5)));
        assert!(!rule_occurs_on(&first_monday, d(2026, 1, 12)));
        assert!(rule_occurs_on(&first_monday, d(2026, 2, 2)));
        let last_friday = Rule {
            days: vec![(-1, Fri)],
            ..publisher_rule()
        };
        assert!(rule_occurs_on(&last_friday, d(2026, 1, 30)));
        assert!(!rule_occurs_on(&last_friday, d(2026, 1, 23)));
        let days = Rule {
            days: Vec::new(),
            month_days: vec![1, 15, -1],
            ..publisher_rule()
        };
        for (day, yes) in [
            (d(2026, 2, 1), true),
            (d(2026, 2, 15), true),
            (d(2026, 2, 28), true),
            (d(2026, 2, 27), false),
        ] {
            assert_eq!(rule_occurs_on(&days, day), yes, "{day}");
        }
        let at = |h| d(2026, 1, 5).and_hms_opt(h, 30, 0).unwrap();
        assert!(rule_open_at(&first_monday, at(11)));
        assert!(!rule_open_at(&first_monday, at(12)));
    }

    #[test]
    fn intervals_and_counts_count_from_the_start() {
        use Weekday::*;
        let fortnightly = Rule {
            monthly: false,
            interval: 2,
            days: vec![(0, Tue)],
            start: Some(d(2026, 1, 6)),
            ..publisher_rule()
        };
        assert!(rule_occurs_on(&fortnightly, d(2026, 1, 6)));
        assert!(!rule_occurs_on(&fortnightly, d(2026, 1, 13)));
        assert!(rule_occurs_on(&fortnightly, d(2026, 1, 20)));
        assert!(
            !rule_occurs_on(&fortnightly, d(2025, 12, 23)),
            "before the start"
        );
        // Without a start an interval cannot be placed: never said to be open.
        let unplaced = Rule {
            start: None,
            ..fortnightly.clone()
        };
        assert!(!rule_occurs_on(&unplaced, d(2026, 1, 6)));
        let three = Rule {
            interval: 1,
            count: Some(3),
            ..fortnightly.clone()
        };
        assert!(rule_occurs_on(&three, d(2026, 1, 20)));
        assert!(!rule_occurs_on(&three, d(2026, 1, 27)));
        let until = Rule {
            interval: 1,
            valid_to: Some(d(2026, 1, 13)),
            ..fortnightly
        };
        assert!(rule_occurs_on(&until, d(2026, 1, 13)));
        assert!(!rule_occurs_on(&until, d(2026, 1, 20)));
    }

    #[test]
    fn publisher_rules_in_words() {
        let r = Rule {
            count: Some(6),
            note: Some("walk-in".into()),
            ..publisher_rule()
        };
        assert_eq!(
            rule_in_words(&r, Lang::En),
            "monthly, 1st Mon of the month 10:00–12:00 (6 times) — walk-in"
        );
        assert_eq!(
            rule_in_words(&r, Lang::Pl),
            "co miesiąc, 1. pn miesiąca 10:00–12:00 (6 razy) — walk-in"
        );
        let fortnightly = Rule {
            monthly: false,
            interval: 2,
            days: vec![(0, Weekday::Tue), (0, Weekday::Thu)],
            start: Some(d(2026, 1, 6)),
            ..publisher_rule()
        };
        assert_eq!(
            rule_in_words(&fortnightly, Lang::En),
            "every 2 weeks, Tue, Thu 10:00–12:00 (since 2026-01-06)"
        );
    }
}
