//! The timetable as an iCalendar file (RFC 5545).
//!
//! One `VEVENT` per session that takes place in the week asked for (cancelled
//! or not), or per session of the whole timetable ([`Span`]). A weekly session is exported as its whole series — `DTSTART` at its first
//! occurrence, an `RRULE`, and an `EXDATE` per cancelled date — so a calendar
//! that imports it knows the following weeks too. Times are Warsaw wall-clock
//! times (`TZID=Europe/Warsaw`, with the zone's rules in a `VTIMEZONE`), so a
//! calendar program keeps a 12:00 session at 12:00 across daylight-saving changes.
//!
//! Written here rather than with the `icalendar` crate: its writer (0.17, the
//! newest that builds with this crate's Rust version and the newest of all) puts
//! a `DTSTAMP` and a random `UID` into every nested component, which `VTIMEZONE`,
//! `STANDARD` and `DAYLIGHT` must not have, and folds a line whose remainder is
//! exactly 75 octets into a 76-octet line. Folding and escaping are the tricky
//! parts and are tested below; the integration tests read the output back with
//! that crate's parser and expand the rules with the `rrule` crate.

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Utc, Weekday};

use super::{Week, occurs_on, warsaw_to_utc};
use crate::clock::Clock;
use crate::i18n::{Lang, Msg};
use crate::model::{Revision, Revisions, Session, SessionMode, SessionWhen};
use crate::text::sanitize;

/// The time zone every time in the timetable is in.
pub const TZID: &str = "Europe/Warsaw";

/// RFC 5545 asks for lines of at most 75 octets, not counting the CRLF.
const MAX_LINE_OCTETS: usize = 75;

/// The Warsaw zone's rules since 1996 (EU summer time): CEST from the last
/// Sunday of March 02:00 to the last Sunday of October 03:00.
const VTIMEZONE: &[&str] = &[
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Warsaw",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19960331T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19961027T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

/// Which sessions a calendar holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    /// Those that take place in one week (the whole series of each).
    Week(Week),
    /// Every session, or those with an occurrence between two days (each
    /// inclusive, either open), each series once and whole.
    All {
        /// The first day, if any.
        from: Option<NaiveDate>,
        /// The last day, if any.
        to: Option<NaiveDate>,
    },
}

impl Span {
    /// True when the session has an occurrence (cancelled or not) in the span.
    fn holds(self, session: &Session) -> bool {
        match self {
            Span::Week(week) => week.days().into_iter().any(|d| occurs_on(session, d)),
            Span::All { from, to } => occurs_between(session, from, to),
        }
    }

    /// The calendar's name, in `lang`.
    fn name(self, lang: Lang) -> String {
        match self {
            Span::Week(week) => lang.fmt(
                Msg::WeekTitle,
                &[&week, &lang.date(week.monday()), &lang.date(week.sunday())],
            ),
            Span::All { .. } => lang.t(Msg::CalendarAllTitle).to_owned(),
        }
    }
}

/// True when the session takes place (cancelled or not) on a day between
/// `from` and `to`, each inclusive and either open.
fn occurs_between(session: &Session, from: Option<NaiveDate>, to: Option<NaiveDate>) -> bool {
    let within = |d: NaiveDate| from.is_none_or(|f| f <= d) && to.is_none_or(|t| d <= t);
    match &session.when {
        SessionWhen::Once { date, .. } => within(*date),
        SessionWhen::Weekly {
            valid_from,
            valid_until,
            ..
        } => {
            // A week from the later of the two starts holds every weekday.
            let start = from.map_or(*valid_from, |f| f.max(*valid_from));
            let end = match (to, *valid_until) {
                (Some(t), Some(u)) => Some(t.min(u)),
                (t, u) => t.or(u),
            };
            start
                .iter_days()
                .take(7)
                .take_while(|d| end.is_none_or(|e| *d <= e))
                .any(|d| occurs_on(session, d))
        }
    }
}

/// The sessions of `span` as an iCalendar file, stamped with `clock`'s
/// current time; each event's `SEQUENCE` and `LAST-MODIFIED` come from
/// `revisions`. Texts (descriptions, the calendar's name) are in `lang`.
pub fn calendar(
    sessions: &[Session],
    revisions: &Revisions,
    span: Span,
    lang: Lang,
    clock: Clock,
) -> String {
    calendar_at(sessions, revisions, span, lang, clock.now_utc())
}

/// [`calendar`] with a given `DTSTAMP` (the moment the file was made), so
/// that the same data always gives the same bytes.
pub fn calendar_at(
    sessions: &[Session],
    revisions: &Revisions,
    span: Span,
    lang: Lang,
    stamp: DateTime<Utc>,
) -> String {
    let mut out = Writer::default();
    out.raw("BEGIN:VCALENDAR");
    out.raw("VERSION:2.0");
    out.raw("PRODID:-//Pomost//Timetable//EN");
    out.raw("CALSCALE:GREGORIAN");
    out.raw("METHOD:PUBLISH");
    let name = span.name(lang);
    out.text("NAME", &[], &name);
    out.text("X-WR-CALNAME", &[], &name);
    out.raw(&format!("X-WR-TIMEZONE:{TZID}"));
    for line in VTIMEZONE {
        out.raw(line);
    }
    let stamp = utc(stamp);
    for session in sessions.iter().filter(|s| span.holds(s)) {
        event(&mut out, session, revisions.get(&session.id), &stamp, lang);
    }
    out.raw("END:VCALENDAR");
    out.finish()
}

/// A UTC instant in the form `DTSTAMP` and `LAST-MODIFIED` take.
fn utc(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// The length given to a session whose end was not announced: the hour the
/// week grid draws it with, so that every calendar program shows the same.
pub const UNANNOUNCED_LENGTH: &str = "PT1H";

/// One session as a `VEVENT`.
fn event(
    out: &mut Writer,
    session: &Session,
    revision: Option<&Revision>,
    stamp: &str,
    lang: Lang,
) {
    let tz = [("TZID", TZID)];
    out.raw("BEGIN:VEVENT");
    // The id is the session's: the same event keeps its UID in every export, so
    // importing next week's file updates the series instead of doubling it.
    out.text("UID", &[], &format!("{}@pomost", session.id));
    out.raw(&format!("DTSTAMP:{stamp}"));
    if let Some(revision) = revision {
        // SEQUENCE counts the changes since the event was first published (0
        // for a session never changed): calendars replace an event whose
        // sequence grew instead of keeping both.
        out.value("SEQUENCE", &[], &(revision.version - 1).max(0).to_string());
        if let Some(updated) = revision.updated {
            out.value("LAST-MODIFIED", &[], &utc(updated));
        }
    }
    match &session.when {
        SessionWhen::Weekly {
            days,
            starts,
            ends,
            valid_from,
            valid_until,
        } => {
            // DTSTART must be the first instance of the rule: the first listed
            // weekday on or after the first day of the series.
            let first = valid_from
                .iter_days()
                .take(7)
                .find(|d| days.contains(&d.weekday()))
                .unwrap_or(*valid_from);
            out.value("DTSTART", &tz, &local(first, *starts));
            if ends > starts {
                out.value("DTEND", &tz, &local(first, *ends));
            } else {
                out.value("DURATION", &[], UNANNOUNCED_LENGTH);
            }
            let mut rule = format!("FREQ=WEEKLY;WKST=MO;BYDAY={}", by_day(days));
            if let Some(until) = valid_until {
                // With a zoned DTSTART, UNTIL must be in UTC; the last day's start
                // is the last instant an occurrence may begin.
                let last = warsaw_to_utc(*until, *starts);
                rule.push_str(&format!(";UNTIL={}", last.format("%Y%m%dT%H%M%SZ")));
            }
            out.value("RRULE", &[], &rule);
            for c in &session.cancellations {
                if occurs_on(session, c.date) {
                    out.value("EXDATE", &tz, &local(c.date, *starts));
                }
            }
        }
        SessionWhen::Once { date, starts, ends } => {
            out.value("DTSTART", &tz, &local(*date, *starts));
            // Without an announced end, an explicit length: RFC 5545 (3.6.1)
            // reads a start alone as ending when it starts, which calendar
            // programs follow differently (0 minutes in one, an hour in another).
            match ends.filter(|e| e > starts) {
                Some(ends) => out.value("DTEND", &tz, &local(*date, ends)),
                None => out.value("DURATION", &[], UNANNOUNCED_LENGTH),
            }
            if session.cancellations.iter().any(|c| c.date == *date) {
                out.value("STATUS", &[], "CANCELLED");
            }
        }
    }
    out.text("SUMMARY", &[], session.title.get(lang));
    let description = description(session, lang);
    if !description.is_empty() {
        out.text("DESCRIPTION", &[], &description);
    }
    let location = match (&session.place, &session.link, session.mode) {
        (Some(place), _, _) if !place.trim().is_empty() => Some(place.as_str()),
        (_, Some(link), _) if !link.trim().is_empty() => Some(link.as_str()),
        (_, _, SessionMode::Online) => Some(lang.t(Msg::Online)),
        _ => None,
    };
    if let Some(location) = location {
        out.text("LOCATION", &[], location);
    }
    if let Some(link) = session.link.as_deref().map(uri).filter(|l| !l.is_empty()) {
        out.value("URL", &[], &link);
    }
    if let Some(mail) = session.contact.as_deref().and_then(email) {
        let cn = param(&session.organiser.text);
        let params: &[(&str, &str)] = if cn.is_empty() { &[] } else { &[("CN", &cn)] };
        out.value("ORGANIZER", params, &format!("mailto:{mail}"));
    }
    out.raw("END:VEVENT");
}

/// Who for, theme, organiser, contact and cancelled dates, one per line.
fn description(session: &Session, lang: Lang) -> String {
    let mut lines = Vec::new();
    let mut field = |msg: Msg, value: &str| {
        if !value.trim().is_empty() {
            lines.push(format!("{}: {}", lang.t(msg), value.trim()));
        }
    };
    field(Msg::FieldWho, session.audience.get(lang));
    field(Msg::FieldTheme, session.theme.get(lang));
    field(Msg::FieldOrganiser, session.organiser.get(lang));
    field(Msg::FieldContact, session.contact.as_deref().unwrap_or(""));
    let cancelled: Vec<String> = session
        .cancellations
        .iter()
        .map(|c| match c.reason.trim() {
            "" => lang.date(c.date),
            reason => format!("{} ({reason})", lang.date(c.date)),
        })
        .collect();
    field(Msg::FieldCancelledDates, &cancelled.join(", "));
    lines.join("\n")
}

/// A Warsaw wall-clock time in the form `DTSTART;TZID=…:` takes.
fn local(date: NaiveDate, time: NaiveTime) -> String {
    format!("{}T{}", date.format("%Y%m%d"), time.format("%H%M%S"))
}

/// `MO,TH` in the rule's order Monday to Sunday, each day once.
fn by_day(days: &[Weekday]) -> String {
    const CODES: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    let mut seen = [false; 7];
    for d in days {
        seen[d.num_days_from_monday() as usize] = true;
    }
    CODES
        .iter()
        .zip(seen)
        .filter(|(_, on)| *on)
        .map(|(code, _)| *code)
        .collect::<Vec<_>>()
        .join(",")
}

/// A contact usable as `mailto:` (one address, no spaces).
fn email(contact: &str) -> Option<String> {
    let c = contact.trim();
    let (local, domain) = c.split_once('@')?;
    let fine = !local.is_empty()
        && domain.contains('.')
        && !c.chars().any(|ch| ch.is_whitespace() || ch.is_control())
        && !c.contains([',', ';', '"', '<', '>']);
    fine.then(|| c.to_owned())
}

/// A URI value: no escaping exists for it, so control characters and spaces
/// (which a URI cannot hold anyway) are dropped.
fn uri(s: &str) -> String {
    s.trim()
        .chars()
        .filter(|c| !c.is_control() && !c.is_whitespace())
        .collect()
}

/// A parameter value: it cannot hold a double quote or control characters.
fn param(s: &str) -> String {
    sanitize(s)
        .chars()
        .filter(|c| *c != '"' && !c.is_control())
        .collect::<String>()
        .trim()
        .to_owned()
}

/// Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and
/// newline; terminal escapes and other control characters are dropped.
fn escape_text(s: &str) -> String {
    let clean = sanitize(s);
    let mut out = String::with_capacity(clean.len() + 8);
    for c in clean.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line (RFC 5545 3.1): no physical line over 75 octets
/// (the leading space of a continuation counts), never inside a UTF-8 character.
fn fold(line: &str, out: &mut String) {
    let mut rest = line;
    let mut limit = MAX_LINE_OCTETS;
    loop {
        if rest.len() <= limit {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        limit = MAX_LINE_OCTETS - 1;
    }
}

/// Collects content lines, folded and CRLF-terminated.
#[derive(Default)]
struct Writer {
    out: String,
}

impl Writer {
    /// A line written as given (constant lines).
    fn raw(&mut self, line: &str) {
        fold(line, &mut self.out);
    }

    /// A property whose value is already in its iCalendar form.
    fn value(&mut self, name: &str, params: &[(&str, &str)], value: &str) {
        let mut line = String::from(name);
        for (key, val) in params {
            // Quoted, a parameter value may hold `:`, `;` and `,`.
            if val.contains([':', ';', ',']) {
                line.push_str(&format!(";{key}=\"{val}\""));
            } else {
                line.push_str(&format!(";{key}={val}"));
            }
        }
        line.push(':');
        line.push_str(value);
        self.raw(&line);
    }

    /// A TEXT property, escaped.
    fn text(&mut self, name: &str, params: &[(&str, &str)], value: &str) {
        self.value(name, params, &escape_text(value));
    }

    fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(line: &str) -> String {
        let mut out = String::new();
        fold(line, &mut out);
        out
    }

    fn unfold(s: &str) -> String {
        s.replace("\r\n ", "")
    }

    #[test]
    fn folding_keeps_every_line_within_75_octets_and_characters_whole() {
        let polish = "Wsparcie osób w uchodźstwie – żółć, źdźbło, łąka. ".repeat(9);
        for text in [
            "x".repeat(75 - 8),
            "x".repeat(75 - 8 + 1),
            // A remainder of exactly 75 octets after the first fold.
            "x".repeat(150 - 8),
            "x".repeat(149 - 8),
            "ż".repeat(120),
            "€".repeat(90),
            "🙂".repeat(60),
            polish,
        ] {
            let line = format!("SUMMARY:{text}");
            let out = folded(&line);
            assert!(out.ends_with("\r\n"));
            let body = out.strip_suffix("\r\n").unwrap();
            for (i, physical) in body.split("\r\n").enumerate() {
                assert!(
                    physical.len() <= 75,
                    "{} octets: {physical:?}",
                    physical.len()
                );
                assert_eq!(i > 0, physical.starts_with(' '), "{physical:?}");
            }
            assert_eq!(unfold(body), line);
        }
        assert_eq!(folded("VERSION:2.0"), "VERSION:2.0\r\n");
        let exactly = format!("SUMMARY:{}", "y".repeat(67));
        assert_eq!(folded(&exactly), format!("{exactly}\r\n"));
    }

    #[test]
    fn text_is_escaped_and_stripped_of_control_characters() {
        assert_eq!(escape_text(r"a\b; c, d"), r"a\\b\; c\, d");
        assert_eq!(escape_text("one\ntwo"), r"one\ntwo");
        assert_eq!(escape_text("one\r\ntwo"), r"one\ntwo");
        assert_eq!(escape_text("red\u{1b}[31m text\u{7}"), "red text");
        assert_eq!(escape_text("tab\there"), "tab here");
        assert_eq!(escape_text("Gdańsk: „Pomost”"), "Gdańsk: „Pomost”");
    }

    #[test]
    fn parameters_are_quoted_when_they_must_be() {
        let mut w = Writer::default();
        w.value(
            "ORGANIZER",
            &[("CN", "Urząd, projekt EPIC")],
            "mailto:a@b.pl",
        );
        w.value("DTSTART", &[("TZID", TZID)], "20221201T140000");
        assert_eq!(
            w.finish(),
            "ORGANIZER;CN=\"Urząd, projekt EPIC\":mailto:a@b.pl\r\n\
             DTSTART;TZID=Europe/Warsaw:20221201T140000\r\n"
        );
        assert_eq!(param("Say \"hi\"\u{1b}[2J"), "Say hi");
    }

    #[test]
    fn weekday_codes_in_rule_order() {
        assert_eq!(by_day(&[Weekday::Fri, Weekday::Mon, Weekday::Fri]), "MO,FR");
        assert_eq!(by_day(&[Weekday::Sun]), "SU");
    }

    #[test]
    fn only_plain_addresses_become_organizer_mailto() {
        assert_eq!(
            email(" migracje@wrk.org.pl "),
            Some("migracje@wrk.org.pl".into())
        );
        assert_eq!(email("tel. 58 000 00 00"), None);
        assert_eq!(email("a@b.pl, c@d.pl"), None);
        assert_eq!(email("a@localhost"), None);
    }

    #[test]
    fn zone_rules_start_on_last_sundays() {
        for (date, month) in [("19960331", 3), ("19961027", 10)] {
            let d = NaiveDate::parse_from_str(date, "%Y%m%d").unwrap();
            assert_eq!(d.weekday(), Weekday::Sun);
            assert_eq!(d.month(), month);
            assert_ne!((d + chrono::Days::new(7)).month(), month);
        }
        assert!(VTIMEZONE.iter().all(|l| l.len() <= MAX_LINE_OCTETS));
    }
}
