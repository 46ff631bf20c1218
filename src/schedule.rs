//! Opening hours in words and the "open now" test, in Europe/Warsaw time.

use chrono::{Datelike, NaiveDateTime, Weekday};

use crate::i18n::{Lang, Msg};
use crate::model::Schedule;

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
    let mut validity = Vec::new();
    if let Some(from) = s.valid_from {
        validity.push(format!("{} {}", lang.t(Msg::Since), lang.date(from)));
    }
    if let Some(to) = s.valid_to {
        validity.push(format!("{} {}", lang.t(Msg::Until), lang.date(to)));
    }
    if !validity.is_empty() {
        out.push_str(&format!(" ({})", validity.join(" ")));
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
}
