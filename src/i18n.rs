//! All user-facing text and everything else that differs by language.
//!
//! Rendering code and the command line never hold literal sentences; they ask for
//! a [`Msg`] in the interface [`Lang`]. A language is one file (`pl.rs`, `en.rs`, `uk.rs`)
//! holding a [`Language`]: its texts, weekday and month names, date formats,
//! joiners, opening-hours words, topic labels, and country and language names by
//! ISO code. [`Lang::table`] is the one exhaustive match over languages, so the
//! compiler lists whatever a new language lacks.

mod card;
mod codes;
mod en;
mod msg;
mod pl;
mod uk;

use chrono::{Datelike, NaiveDate, NaiveDateTime, Weekday};

pub use card::{CardLang, CardWords};
pub use codes::{COUNTRY_CODES, LANGUAGE_CODES, country_name, language_name};
pub use msg::{ALL_MSGS, Msg};

/// The interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// Polski.
    Pl,
    /// English.
    En,
    /// Українська.
    Uk,
}

/// Which of a record's stored texts a language shows: the catalogue is written
/// in Polish (the original) with optional English translations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    /// The original (Polish) text.
    Original,
    /// The English translation, falling back to the original.
    English,
}

impl Stored {
    /// The other stored text (what search also looks through).
    pub fn other(self) -> Stored {
        match self {
            Stored::Original => Stored::English,
            Stored::English => Stored::Original,
        }
    }
}

/// Everything one language needs; each language file holds one.
pub struct Language {
    /// ISO 639-1 code, also what `--lang`, `POMOST_LANG` and the locale begin with.
    pub code: &'static str,
    /// Other beginnings of `POMOST_LANG` or the locale that mean this language.
    pub aliases: &'static [&'static str],
    /// The text of each message.
    pub text: fn(Msg) -> &'static str,
    /// Short weekday names, Monday first (`śr`, `Wed`).
    pub weekdays_short: [&'static str; 7],
    /// Full weekday names, Monday first.
    pub weekdays_long: [&'static str; 7],
    /// "Every <weekday>" as written after [`Language::every_prefix`]: the
    /// whole phrase where grammar needs it (`w każdą środę`), else the name.
    pub every_weekday: [&'static str; 7],
    /// Put once before the list of days (`every `), or empty.
    pub every_prefix: &'static str,
    /// Joins the last item of a list (` i `, ` and `).
    pub and: &'static str,
    /// Month names as they follow a day number (genitive where grammar has one).
    pub months: [&'static str; 12],
    /// A date in words: day, month, year filled in that order.
    pub long_date: &'static str,
    /// The customary short date, as a `chrono` format.
    pub short_date: &'static str,
    /// A date with a time, the one form every time on screen takes (the
    /// short date and `HH:MM`), as a `chrono` format.
    pub date_time: &'static str,
    /// Weekdays as written in the service form's opening-hours lines.
    pub schedule_days: [&'static str; 7],
    /// Words for "from DATE" in opening-hours lines (the first is written).
    pub schedule_from: &'static [&'static str],
    /// Words for "to DATE" in opening-hours lines (the first is written).
    pub schedule_to: &'static [&'static str],
    /// Which stored text of services, sessions and topics is shown.
    pub stored: Stored,
    /// Topic labels by topic code, used before the stored labels.
    pub topics: &'static [(&'static str, &'static str)],
    /// Country names by ISO 3166-1 code.
    pub countries: &'static [(&'static str, &'static str)],
    /// Language names by ISO 639-1 code.
    pub languages: &'static [(&'static str, &'static str)],
}

impl Lang {
    /// Every language, in the order they are offered.
    pub const ALL: [Lang; 3] = [Lang::Pl, Lang::En, Lang::Uk];

    /// The language's data: the one match over languages.
    pub fn table(self) -> &'static Language {
        match self {
            Lang::Pl => &pl::POLISH,
            Lang::En => &en::ENGLISH,
            Lang::Uk => &uk::UKRAINIAN,
        }
    }

    /// The ISO 639-1 code (`pl`).
    pub fn code(self) -> &'static str {
        self.table().code
    }

    /// The language a code or locale names (`uk`, `pl_PL.UTF-8`), by its beginning.
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.to_ascii_lowercase();
        Self::ALL.into_iter().find(|l| {
            let t = l.table();
            code.starts_with(t.code) || t.aliases.iter().any(|a| code.starts_with(a))
        })
    }

    /// Chooses the language: the flag, else `$POMOST_LANG`, else the locale
    /// variables (`LC_ALL`, `LC_MESSAGES`, `LANG`, first one set) starting with a
    /// language's code; English otherwise.
    pub fn resolve(flag: Option<Lang>) -> Lang {
        Self::resolve_with(flag, |k| std::env::var(k).ok())
    }

    /// [`Lang::resolve`] over any environment (testable).
    pub fn resolve_with(flag: Option<Lang>, env: impl Fn(&str) -> Option<String>) -> Lang {
        if let Some(lang) = flag {
            return lang;
        }
        let chosen = env("POMOST_LANG").filter(|v| !v.is_empty()).or_else(|| {
            ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .find_map(|k| env(k).filter(|v| !v.is_empty()))
        });
        chosen.and_then(|v| Self::from_code(&v)).unwrap_or(Lang::En)
    }

    /// The text of a message.
    pub fn t(self, msg: Msg) -> &'static str {
        (self.table().text)(msg)
    }

    /// A message with `{}` placeholders filled in order.
    pub fn fmt(self, msg: Msg, args: &[&dyn std::fmt::Display]) -> String {
        fill(self.t(msg), args)
    }

    /// A number with its noun in the right form: `1 consultation`,
    /// `2 konsultacje`, `5 konsultacji`, `21 консультація`. The noun's text
    /// lists its forms by `|`: two (one, other), or four (exactly one; ending
    /// in 1 but not 11; ending in 2–4 but not 12–14; the rest).
    pub fn count(self, n: u64, noun: Msg) -> String {
        let forms: Vec<&str> = self.t(noun).split('|').collect();
        let (last, tens) = (n % 10, n % 100);
        let form = match forms.len() {
            4 if n == 1 => 0,
            4 if last == 1 && tens != 11 => 1,
            4 if (2..=4).contains(&last) && !(12..=14).contains(&tens) => 2,
            4 => 3,
            _ if n == 1 => 0,
            _ => forms.len() - 1,
        };
        format!("{n} {}", forms[form])
    }

    /// Short weekday name (`śr`, `Wed`).
    pub fn weekday_short(self, day: Weekday) -> &'static str {
        self.table().weekdays_short[day.num_days_from_monday() as usize]
    }

    /// Full weekday name (`środa`, `Wednesday`).
    pub fn weekday_long(self, day: Weekday) -> &'static str {
        self.table().weekdays_long[day.num_days_from_monday() as usize]
    }

    /// "Every <weekday>" with the language's gender and case (`w każdą środę`,
    /// `every Wednesday`).
    pub fn every_weekday(self, day: Weekday) -> String {
        self.every_days(&[day])
    }

    /// "Every <day>, <day> and <day>" (`w każdy wtorek i w każdą środę`,
    /// `every Tuesday and Wednesday`).
    pub fn every_days(self, days: &[Weekday]) -> String {
        let t = self.table();
        let words = days
            .iter()
            .map(|d| t.every_weekday[d.num_days_from_monday() as usize].to_owned())
            .collect();
        format!("{}{}", t.every_prefix, self.join(words))
    }

    /// A list in words: `a, b and c`.
    pub fn join(self, mut words: Vec<String>) -> String {
        match words.len() {
            0 => String::new(),
            1 => words.remove(0),
            n => {
                let tail = words.remove(n - 1);
                format!("{}{}{tail}", words.join(", "), self.table().and)
            }
        }
    }

    /// A date in words (`13 kwietnia 2022`, `13 April 2022`).
    pub fn long_date(self, date: NaiveDate) -> String {
        let t = self.table();
        let month = t.months[date.month0() as usize];
        fill(t.long_date, &[&date.day(), &month, &date.year()])
    }

    /// A date in the customary short form (`13.04.2022`, `2022-04-13`).
    pub fn date(self, date: NaiveDate) -> String {
        date.format(self.table().short_date).to_string()
    }

    /// A Warsaw wall-clock time in the language's one form
    /// (`01.12.2026 14:08`, `2026-12-01 14:08`).
    pub fn date_time(self, at: NaiveDateTime) -> String {
        at.format(self.table().date_time).to_string()
    }

    /// A stored instant (RFC 3339, UTC: when a record was changed, a draft
    /// saved) as the centre's time, Europe/Warsaw, in [`Lang::date_time`]'s
    /// form; text that is not such an instant is shown cleaned as it is.
    pub fn instant(self, at: &str) -> String {
        chrono::DateTime::parse_from_rfc3339(at).map_or_else(
            |_| crate::text::one_line(at),
            |t| self.date_time(t.with_timezone(&chrono_tz::Europe::Warsaw).naive_local()),
        )
    }

    /// Which stored text of the catalogue this language shows.
    pub fn stored(self) -> Stored {
        self.table().stored
    }

    /// A topic's label: the language's own by code, else the stored label it
    /// shows (`pl` for the original, `en` for English).
    pub fn topic_label<'a>(self, code: &str, pl: &'a str, en: &'a str) -> &'a str {
        let t = self.table();
        match t.topics.iter().find(|(c, _)| *c == code) {
            Some((_, label)) => label,
            None => match t.stored {
                Stored::Original => pl,
                Stored::English => en,
            },
        }
    }
}

/// The name of a code in one of a language's name tables.
fn name_by_code(
    table: &'static [(&'static str, &'static str)],
    code: &str,
) -> Option<&'static str> {
    table
        .iter()
        .find(|(c, _)| *c == code)
        .map(|&(_, name)| name)
}

/// Fills `{}` placeholders in order; missing arguments leave the braces.
pub fn fill(template: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut args = args.iter();
    let mut rest = template;
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        match args.next() {
            Some(a) => out.push_str(&a.to_string()),
            None => out.push_str("{}"),
        }
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}

/// For tests of what is read from the environment: a lookup over `pairs`.
#[cfg(test)]
pub(crate) fn fake_env(
    pairs: &'static [(&'static str, &'static str)],
) -> impl Fn(&str) -> Option<String> {
    move |k| {
        pairs
            .iter()
            .find(|(n, _)| *n == k)
            .map(|(_, v)| (*v).to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_from_environment() {
        let env = crate::i18n::fake_env;
        assert_eq!(
            Lang::resolve_with(Some(Lang::En), env(&[("LANG", "pl_PL.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            Lang::resolve_with(None, env(&[("LANG", "pl_PL.UTF-8")])),
            Lang::Pl
        );
        assert_eq!(
            Lang::resolve_with(None, env(&[("POMOST_LANG", "en"), ("LANG", "pl_PL")])),
            Lang::En
        );
        assert_eq!(
            Lang::resolve_with(None, env(&[("LC_ALL", "C"), ("LANG", "pl_PL")])),
            Lang::En
        );
        assert_eq!(
            Lang::resolve_with(None, env(&[("LC_MESSAGES", "pl_PL")])),
            Lang::Pl
        );
        assert_eq!(Lang::resolve_with(None, env(&[])), Lang::En);
        assert_eq!(
            Lang::resolve_with(None, env(&[("LANG", "uk_UA.UTF-8")])),
            Lang::Uk
        );
        assert_eq!(
            Lang::resolve_with(None, env(&[("POMOST_LANG", "ua"), ("LANG", "pl_PL")])),
            Lang::Uk
        );
        assert_eq!(
            Lang::resolve_with(None, env(&[("LC_MESSAGES", "uk_UA"), ("LANG", "en_GB")])),
            Lang::Uk
        );
    }

    #[test]
    fn every_message_has_text_in_every_language() {
        let holes = |s: &str| s.matches("{}").count();
        for lang in Lang::ALL {
            for &m in ALL_MSGS {
                let text = lang.t(m);
                assert!(!text.trim().is_empty(), "{m:?} {lang:?}");
                assert_eq!(
                    holes(text),
                    holes(Lang::En.t(m)),
                    "{m:?} {lang:?}: placeholders"
                );
            }
        }
    }

    #[test]
    fn no_english_is_left_in_ukrainian() {
        // Texts that read the same in both: codes, paths, symbols.
        const SAME: &[Msg] = &[Msg::ProbScheduleLine];
        for &m in ALL_MSGS.iter().filter(|m| !SAME.contains(m)) {
            let uk = Lang::Uk.t(m);
            assert_ne!(uk, Lang::En.t(m), "{m:?} is English");
            let cyrillic = uk.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c));
            assert!(cyrillic, "{m:?}: no Ukrainian word in {uk:?}");
        }
    }

    #[test]
    fn codes_name_their_languages() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("pl_PL.UTF-8"), Some(Lang::Pl));
        assert_eq!(Lang::from_code("C"), None);
    }

    #[test]
    fn dates_and_weekdays_in_words() {
        use chrono::Weekday::{Thu, Tue, Wed};
        let date = NaiveDate::from_ymd_opt(2022, 4, 13).unwrap_or_default();
        assert_eq!(Lang::Pl.long_date(date), "13 kwietnia 2022");
        assert_eq!(Lang::En.long_date(date), "13 April 2022");
        assert_eq!(Lang::Pl.date(date), "13.04.2022");
        assert_eq!(Lang::En.date(date), "2022-04-13");
        assert_eq!(
            Lang::Pl.every_days(&[Tue, Wed, Thu]),
            "w każdy wtorek, w każdą środę i w każdy czwartek"
        );
        assert_eq!(
            Lang::En.every_days(&[Wed, Thu]),
            "every Wednesday and Thursday"
        );
        let december = NaiveDate::from_ymd_opt(2022, 12, 1).unwrap_or_default();
        assert_eq!(Lang::Uk.long_date(december), "1 грудня 2022");
        assert_eq!(Lang::Uk.date(december), "01.12.2022");
        assert_eq!(
            Lang::Uk.every_days(&[Tue, Wed, Thu]),
            "щовівторка, щосереди та щочетверга"
        );
        assert_eq!(Lang::Uk.weekday_long(Wed), "середа");
    }

    #[test]
    fn fill_replaces_in_order() {
        assert_eq!(fill("{} of {}", &[&3, &"x"]), "3 of x");
        assert_eq!(fill("{} {}", &[&1]), "1 {}");
    }

    // lists (branch `lists`): counts agree in number.
    #[test]
    fn a_count_takes_the_form_its_number_needs() {
        let c = |lang: Lang, n| lang.count(n, Msg::CountConsultations);
        assert_eq!(c(Lang::En, 1), "1 consultation");
        assert_eq!(c(Lang::En, 0), "0 consultations");
        assert_eq!(c(Lang::En, 21), "21 consultations");
        assert_eq!(c(Lang::Pl, 1), "1 konsultacja");
        assert_eq!(c(Lang::Pl, 3), "3 konsultacje");
        assert_eq!(c(Lang::Pl, 12), "12 konsultacji");
        assert_eq!(c(Lang::Pl, 21), "21 konsultacji");
        assert_eq!(c(Lang::Pl, 24), "24 konsultacje");
        assert_eq!(c(Lang::Uk, 21), "21 консультація");
        assert_eq!(c(Lang::Uk, 11), "11 консультацій");
        assert_eq!(c(Lang::Uk, 3), "3 консультації");
        for lang in Lang::ALL {
            for noun in [
                Msg::CountConsultations,
                Msg::CountClients,
                Msg::CountServices,
                Msg::CountSessions,
            ] {
                let forms = lang.t(noun).split('|').count();
                assert!(forms == 2 || forms == 4, "{lang:?} {noun:?}");
            }
        }
    }
}
