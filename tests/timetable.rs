//! The timetable on real database files: recurrence expansion across
//! daylight-saving changes, week 53, validity and cancellations; the iCalendar
//! export read back by a real parser (`icalendar`) and its rules expanded by a
//! real RRULE engine (`rrule`); and `pomost timetable` run as a user would.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Output;

use chrono::{DateTime, NaiveDate, NaiveTime, Offset, TimeZone, Utc, Weekday};
use chrono_tz::Europe::Warsaw;
use icalendar::parser::{Component, Property, read_calendar, unfold};
use pomost::i18n::Lang;
use pomost::model::{Cancellation, Localized, Session, SessionMode, SessionWhen};
use pomost::store::Store;
use pomost::timetable::ical::{Span, calendar, calendar_at};
use pomost::timetable::{
    Occurrence, Week, next_dates, occurrence, warsaw_to_utc, week_occurrences,
};
use serde_json::Value;
use uuid::Uuid;

mod common;
use common::{pomost, stderr, stdout};

// ---------------------------------------------------------------- helpers

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("date")
}

fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("time")
}

/// When the calendars of these tests are made: a clock of their own.
fn made() -> pomost::clock::Clock {
    pomost::clock::Clock::parse("2026-03-20 10:00").expect("a time")
}

fn week(s: &str) -> Week {
    Week::parse(s).expect("week")
}

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .expect("rfc3339")
        .with_timezone(&Utc)
}

fn session(n: u128, title: &str, when: SessionWhen) -> Session {
    Session {
        id: Uuid::from_u128(n),
        title: Localized::new(title),
        audience: Localized::new("Wolontariusze"),
        theme: Localized::new("Wsparcie osób w uchodźstwie"),
        organiser: Localized::new("Centrum Wsparcia Imigrantów i Imigrantek"),
        mode: SessionMode::Online,
        place: None,
        link: None,
        contact: None,
        when,
        cancellations: vec![],
    }
}

fn weekly(
    days: &[Weekday],
    starts: NaiveTime,
    ends: NaiveTime,
    from: NaiveDate,
    until: Option<NaiveDate>,
) -> SessionWhen {
    SessionWhen::Weekly {
        days: days.to_vec(),
        starts,
        ends,
        valid_from: from,
        valid_until: until,
    }
}

fn once(date: NaiveDate, starts: NaiveTime, ends: Option<NaiveTime>) -> SessionWhen {
    SessionWhen::Once { date, starts, ends }
}

/// A fresh database file holding the reference lists and these sessions only.
fn store_with(dir: &Path, sessions: &[Session]) -> (Store, PathBuf) {
    let path = dir.join("pomost.db");
    let (mut store, _) = Store::open(&path).expect("open");
    pomost::seed::seed(&mut store, "tester", false).expect("seed reference");
    store
        .put_sessions(sessions, "tester")
        .expect("put sessions");
    (store, path)
}

/// A fresh database file seeded with the shipped catalogue.
fn shipped(dir: &Path) -> (Store, PathBuf) {
    let path = dir.join("pomost.db");
    let (mut store, _) = Store::open(&path).expect("open");
    pomost::seed::seed(&mut store, "tester", true).expect("seed");
    (store, path)
}

/// (date, start) of each occurrence, with the title.
fn listed(sessions: &[Session], occ: &[Occurrence]) -> Vec<(NaiveDate, NaiveTime, String)> {
    occ.iter()
        .map(|o| (o.date, o.starts, sessions[o.session].title.text.clone()))
        .collect()
}

fn dates(occ: &[Occurrence]) -> Vec<NaiveDate> {
    occ.iter().map(|o| o.date).collect()
}

// ------------------------------------------------------ recurrence expansion

#[test]
fn a_noon_session_stays_at_noon_across_both_daylight_saving_changes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (store, _) = store_with(
        dir.path(),
        &[
            session(
                1,
                "Środa w południe",
                weekly(&[Weekday::Wed], t(12, 0), t(14, 0), d(2026, 1, 7), None),
            ),
            // On the very Sundays of the changes (29 March, 25 October 2026).
            session(
                2,
                "Niedziela w południe",
                weekly(&[Weekday::Sun], t(12, 0), t(13, 0), d(2026, 1, 4), None),
            ),
        ],
    );
    let sessions = store.sessions().expect("sessions");
    let noon_of = |w: &str| -> Vec<(NaiveDate, NaiveTime, DateTime<Utc>)> {
        week_occurrences(&sessions, week(w))
            .iter()
            .map(|o| (o.date, o.starts, warsaw_to_utc(o.date, o.starts)))
            .collect()
    };
    // Before and after the last Sunday of March.
    assert_eq!(
        noon_of("2026-W13"),
        vec![
            (d(2026, 3, 25), t(12, 0), utc("2026-03-25T11:00:00Z")),
            (d(2026, 3, 29), t(12, 0), utc("2026-03-29T10:00:00Z")),
        ]
    );
    assert_eq!(
        noon_of("2026-W14"),
        vec![
            (d(2026, 4, 1), t(12, 0), utc("2026-04-01T10:00:00Z")),
            (d(2026, 4, 5), t(12, 0), utc("2026-04-05T10:00:00Z")),
        ]
    );
    // Before and after the last Sunday of October.
    assert_eq!(
        noon_of("2026-W43"),
        vec![
            (d(2026, 10, 21), t(12, 0), utc("2026-10-21T10:00:00Z")),
            (d(2026, 10, 25), t(12, 0), utc("2026-10-25T11:00:00Z")),
        ]
    );
    assert_eq!(
        noon_of("2026-W44"),
        vec![
            (d(2026, 10, 28), t(12, 0), utc("2026-10-28T11:00:00Z")),
            (d(2026, 11, 1), t(12, 0), utc("2026-11-01T11:00:00Z")),
        ]
    );
    // The end time follows the same wall clock.
    let o = occurrence(&sessions, 1, d(2026, 4, 1)).expect("Wednesday");
    assert_eq!(o.ends, Some(t(14, 0)));
}

#[test]
fn week_53_runs_into_the_next_year() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (store, _) = store_with(
        dir.path(),
        &[
            session(
                1,
                "Piątkowe spotkanie",
                weekly(&[Weekday::Fri], t(10, 0), t(12, 0), d(2020, 9, 4), None),
            ),
            session(2, "Nowy rok", once(d(2021, 1, 3), t(16, 0), None)),
            session(
                3,
                "Już następny tydzień",
                once(d(2021, 1, 4), t(9, 0), None),
            ),
            session(4, "Jeszcze poprzedni", once(d(2020, 12, 27), t(9, 0), None)),
        ],
    );
    let sessions = store.sessions().expect("sessions");
    let w = week("2020-W53");
    assert_eq!((w.monday(), w.sunday()), (d(2020, 12, 28), d(2021, 1, 3)));
    assert_eq!(w, Week::containing(d(2021, 1, 1)));
    assert_eq!(w.next().to_string(), "2021-W01");
    assert_eq!(
        listed(&sessions, &week_occurrences(&sessions, w)),
        vec![
            (d(2021, 1, 1), t(10, 0), "Piątkowe spotkanie".to_owned()),
            (d(2021, 1, 3), t(16, 0), "Nowy rok".to_owned()),
        ]
    );
    assert!(Week::parse("2021-W53").is_err(), "2021 has 52 weeks");
}

#[test]
fn only_the_days_inside_the_validity_count() {
    let dir = tempfile::tempdir().expect("tempdir");
    let every_day_but_thu_sat = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Fri,
        Weekday::Sun,
    ];
    // From Wednesday 30 November (2022-W48) to Tuesday 6 December (2022-W49).
    let (store, _) = store_with(
        dir.path(),
        &[session(
            1,
            "Krótka seria",
            weekly(
                &every_day_but_thu_sat,
                t(9, 0),
                t(10, 0),
                d(2022, 11, 30),
                Some(d(2022, 12, 6)),
            ),
        )],
    );
    let sessions = store.sessions().expect("sessions");
    let of = |w: &str| dates(&week_occurrences(&sessions, week(w)));
    assert_eq!(of("2022-W47"), vec![]);
    assert_eq!(
        of("2022-W48"),
        vec![d(2022, 11, 30), d(2022, 12, 2), d(2022, 12, 4)]
    );
    assert_eq!(of("2022-W49"), vec![d(2022, 12, 5), d(2022, 12, 6)]);
    assert_eq!(of("2022-W50"), vec![]);
    assert_eq!(
        next_dates(&sessions[0], d(2022, 11, 1), 10),
        vec![
            d(2022, 11, 30),
            d(2022, 12, 2),
            d(2022, 12, 4),
            d(2022, 12, 5),
            d(2022, 12, 6)
        ]
    );
}

#[test]
fn a_cancelled_occurrence_is_shown_with_its_reason_and_skipped_by_next_dates() {
    let dir = tempfile::tempdir().expect("tempdir");
    let id = Uuid::from_u128(7);
    let (mut store, _) = store_with(
        dir.path(),
        &[session(
            7,
            "Dla doradców zawodowych",
            weekly(&[Weekday::Fri], t(10, 0), t(12, 0), d(2022, 4, 15), None),
        )],
    );
    store
        .cancel_occurrence(
            id,
            d(2022, 11, 11),
            "Narodowe Święto Niepodległości",
            "tester",
        )
        .expect("cancel");
    let sessions = store.sessions().expect("sessions");
    let occ = week_occurrences(&sessions, week("2022-W45"));
    assert_eq!(occ.len(), 1, "the occurrence stays in the week");
    assert_eq!(occ[0].date, d(2022, 11, 11));
    assert_eq!(
        occ[0].cancelled.as_deref(),
        Some("Narodowe Święto Niepodległości")
    );
    assert_eq!(
        week_occurrences(&sessions, week("2022-W46"))[0].cancelled,
        None
    );
    assert_eq!(
        next_dates(&sessions[0], d(2022, 11, 5), 3),
        vec![d(2022, 11, 18), d(2022, 11, 25), d(2022, 12, 2)]
    );

    store
        .restore_occurrence(id, d(2022, 11, 11), "tester")
        .expect("restore");
    let sessions = store.sessions().expect("sessions");
    assert_eq!(
        week_occurrences(&sessions, week("2022-W45"))[0].cancelled,
        None
    );
    assert_eq!(
        next_dates(&sessions[0], d(2022, 11, 5), 1),
        vec![d(2022, 11, 11)]
    );
}

#[test]
fn one_off_sessions_appear_only_in_their_week() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (store, _) = shipped(dir.path());
    let sessions = store.sessions().expect("sessions");
    let one_offs = |w: &str| -> Vec<NaiveDate> {
        week_occurrences(&sessions, week(w))
            .into_iter()
            .filter(|o| matches!(sessions[o.session].when, SessionWhen::Once { .. }))
            .map(|o| o.date)
            .collect()
    };
    assert_eq!(one_offs("2022-W47"), vec![]);
    assert_eq!(one_offs("2022-W48"), vec![d(2022, 12, 1)]);
    assert_eq!(
        one_offs("2022-W49"),
        vec![d(2022, 12, 5), d(2022, 12, 7), d(2022, 12, 9)]
    );
    assert_eq!(one_offs("2022-W50"), vec![]);
    assert_eq!(one_offs("2015-W19"), vec![d(2015, 5, 8)]);
    // The weekly series began in April 2022: nothing weekly in 2015.
    assert_eq!(week_occurrences(&sessions, week("2015-W19")).len(), 1);
    assert_eq!(week_occurrences(&sessions, week("2022-W15")).len(), 5);
    assert_eq!(week_occurrences(&sessions, week("2022-W14")).len(), 0);
}

#[test]
fn occurrences_are_ordered_by_date_start_and_title() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mon = d(2024, 6, 3);
    let (store, _) = store_with(
        dir.path(),
        &[
            session(1, "Zeta", once(d(2024, 6, 4), t(9, 0), None)),
            session(2, "Beta", once(mon, t(15, 0), Some(t(16, 0)))),
            session(
                3,
                "Alfa",
                weekly(
                    &[Weekday::Mon, Weekday::Tue],
                    t(15, 0),
                    t(16, 0),
                    d(2024, 1, 1),
                    None,
                ),
            ),
            session(4, "Omega", once(mon, t(8, 30), Some(t(9, 0)))),
            session(5, "Gamma", once(d(2024, 6, 9), t(7, 0), None)),
        ],
    );
    let sessions = store.sessions().expect("sessions");
    let order: Vec<(NaiveDate, NaiveTime, String)> =
        listed(&sessions, &week_occurrences(&sessions, week("2024-W23")));
    assert_eq!(
        order,
        vec![
            (mon, t(8, 30), "Omega".into()),
            (mon, t(15, 0), "Alfa".into()),
            (mon, t(15, 0), "Beta".into()),
            (d(2024, 6, 4), t(9, 0), "Zeta".into()),
            (d(2024, 6, 4), t(15, 0), "Alfa".into()),
            (d(2024, 6, 9), t(7, 0), "Gamma".into()),
        ]
    );
}

// --------------------------------------------------------------- iCalendar

fn name(c: &Component<'_>) -> String {
    c.name.as_str().to_owned()
}

fn prop<'a>(c: &'a Component<'a>, key: &str) -> Option<&'a Property<'a>> {
    c.properties.iter().find(|p| p.name.as_str() == key)
}

fn props<'a>(c: &'a Component<'a>, key: &str) -> Vec<&'a Property<'a>> {
    c.properties
        .iter()
        .filter(|p| p.name.as_str() == key)
        .collect()
}

fn val(c: &Component<'_>, key: &str) -> Option<String> {
    prop(c, key).map(|p| p.val.as_str().to_owned())
}

/// A TEXT value, unescaped by the parser.
fn text(c: &Component<'_>, key: &str) -> Option<String> {
    prop(c, key).map(|p| p.val.clone().unescape_text().as_str().to_owned())
}

fn param(p: &Property<'_>, key: &str) -> Option<String> {
    p.params
        .iter()
        .find(|x| x.key.as_str() == key)
        .and_then(|x| x.val.as_ref())
        .map(|v| v.as_str().to_owned())
}

/// The events of a calendar, by UID.
fn events<'a>(cal: &'a icalendar::parser::Calendar<'a>) -> Vec<&'a Component<'a>> {
    cal.components
        .iter()
        .filter(|c| name(c) == "VEVENT")
        .collect()
}

fn event<'a>(cal: &'a icalendar::parser::Calendar<'a>, id: u128) -> &'a Component<'a> {
    let uid = format!("{}@pomost", Uuid::from_u128(id));
    events(cal)
        .into_iter()
        .find(|e| val(e, "UID").as_deref() == Some(&uid))
        .unwrap_or_else(|| panic!("no event {uid}"))
}

/// The instants of an event's series, expanded by the `rrule` crate from the
/// DTSTART, RRULE and EXDATE lines exactly as exported.
fn expand(e: &Component<'_>, limit: u16) -> Vec<DateTime<Utc>> {
    let line = |p: &Property<'_>| {
        let params: String = p
            .params
            .iter()
            .map(|x| {
                format!(
                    ";{}={}",
                    x.key.as_str(),
                    x.val.as_ref().map(|v| v.as_str()).unwrap_or("")
                )
            })
            .collect();
        format!("{}{params}:{}", p.name.as_str(), p.val.as_str())
    };
    let mut spec = vec![line(prop(e, "DTSTART").expect("DTSTART"))];
    spec.extend(props(e, "RRULE").into_iter().map(line));
    spec.extend(props(e, "EXDATE").into_iter().map(line));
    let set: rrule::RRuleSet = spec.join("\n").parse().expect("rrule parses the export");
    set.all(limit)
        .dates
        .into_iter()
        .map(|d| d.with_timezone(&Utc))
        .collect()
}

/// A zoned local time of the export in UTC, via the tz database.
fn zoned(p: &Property<'_>) -> DateTime<Utc> {
    assert_eq!(param(p, "TZID").as_deref(), Some("Europe/Warsaw"));
    let local = chrono::NaiveDateTime::parse_from_str(p.val.as_str(), "%Y%m%dT%H%M%S")
        .expect("local date-time");
    Warsaw
        .from_local_datetime(&local)
        .single()
        .expect("unambiguous")
        .with_timezone(&Utc)
}

/// Every physical line ends in CRLF and holds at most 75 octets.
fn assert_folded(ics: &str) {
    assert!(ics.ends_with("\r\n"));
    for (i, line) in ics.split("\r\n").enumerate() {
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "bare line break in line {i}"
        );
        assert!(
            line.len() <= 75,
            "line {i} has {} octets: {line:?}",
            line.len()
        );
    }
}

fn series() -> Vec<Session> {
    let mut spring = session(
        1,
        "Dla psychologów i terapeutów",
        weekly(
            &[Weekday::Wed],
            t(12, 0),
            t(14, 0),
            d(2026, 3, 2), // a Monday: the first occurrence is Wednesday 4 March
            Some(d(2026, 4, 15)),
        ),
    );
    spring.cancellations = vec![Cancellation {
        date: d(2026, 4, 8),
        reason: "Wielkanoc".into(),
    }];
    let mut forum = session(
        2,
        "Forum; migranci, pomoc \\ społeczna",
        once(d(2026, 4, 2), t(14, 0), None),
    );
    forum.contact = Some("migracje@wrk.org.pl".into());
    forum.organiser = Localized::new("Wielkopolska Rada Koordynacyjna, Polskie Forum Migracyjne");
    forum.audience = Localized::new("Praktycy:\npomoc migrantom");
    let mut meeting = session(
        3,
        "Spotkanie w szkole",
        once(d(2026, 4, 3), t(9, 0), Some(t(11, 0))),
    );
    meeting.mode = SessionMode::InPerson;
    meeting.place = Some("Szkoła Podstawowa nr 16, ul. Ubocze 3, Gdańsk".into());
    meeting.cancellations = vec![Cancellation {
        date: d(2026, 4, 3),
        reason: "choroba".into(),
    }];
    let mut autumn = session(
        4,
        "Dla mieszkańców goszczących uchodźców – wspólne życie pod jednym dachem, granice, kryzys",
        weekly(
            &[Weekday::Thu, Weekday::Tue],
            t(18, 0),
            t(20, 0),
            d(2026, 10, 1),
            None,
        ),
    );
    autumn.link = Some("https://zoom.us/j/123".into());
    vec![spring, forum, meeting, autumn]
}

#[test]
fn the_export_is_read_by_a_real_parser_and_its_rules_expand_to_the_right_instants() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (store, _) = store_with(dir.path(), &series());
    let sessions = store.sessions().expect("sessions");
    let revisions = store.session_revisions().expect("revisions");
    let ics = calendar(
        &sessions,
        &revisions,
        Span::Week(week("2026-W14")),
        Lang::Pl,
        made(),
    );
    assert_folded(&ics);
    let unfolded = unfold(&ics);
    let cal = read_calendar(&unfolded).expect("a real parser reads it");

    let head = |k: &str| {
        cal.properties
            .iter()
            .find(|p| p.name.as_str() == k)
            .map(|p| p.val.as_str().to_owned())
    };
    assert_eq!(head("VERSION").as_deref(), Some("2.0"));
    assert_eq!(head("CALSCALE").as_deref(), Some("GREGORIAN"));
    assert!(head("PRODID").is_some());

    // The zone, with its two rules.
    let tz = cal
        .components
        .iter()
        .find(|c| name(c) == "VTIMEZONE")
        .expect("a VTIMEZONE");
    assert_eq!(val(tz, "TZID").as_deref(), Some("Europe/Warsaw"));
    let kinds: Vec<String> = tz.components.iter().map(name).collect();
    assert_eq!(kinds, ["DAYLIGHT", "STANDARD"]);
    assert!(prop(tz, "UID").is_none() && prop(tz, "DTSTAMP").is_none());

    // W14 of 2026 (30 March – 5 April): the spring series, the Forum, the
    // cancelled school meeting; the autumn series starts later.
    assert_eq!(events(&cal).len(), 3);

    // The weekly series: first occurrence, not the week; its whole rule.
    let spring = event(&cal, 1);
    let start = prop(spring, "DTSTART").expect("DTSTART");
    assert_eq!(param(start, "TZID").as_deref(), Some("Europe/Warsaw"));
    assert_eq!(start.val.as_str(), "20260304T120000");
    assert_eq!(zoned(start), utc("2026-03-04T11:00:00Z"));
    let end = prop(spring, "DTEND").expect("DTEND");
    assert_eq!(end.val.as_str(), "20260304T140000");
    assert_eq!(zoned(end), utc("2026-03-04T13:00:00Z"));
    assert_eq!(
        text(spring, "SUMMARY").as_deref(),
        Some("Dla psychologów i terapeutów")
    );
    let exdates = props(spring, "EXDATE");
    assert_eq!(exdates.len(), 1);
    assert_eq!(exdates[0].val.as_str(), "20260408T120000");
    assert_eq!(zoned(exdates[0]), utc("2026-04-08T10:00:00Z"));
    // Expanded by a real RRULE engine: noon in Warsaw before and after the change,
    // Easter Wednesday left out, the last day (15 April) included.
    assert_eq!(
        expand(spring, 50),
        [
            "2026-03-04T11:00:00Z",
            "2026-03-11T11:00:00Z",
            "2026-03-18T11:00:00Z",
            "2026-03-25T11:00:00Z",
            "2026-04-01T10:00:00Z",
            "2026-04-15T10:00:00Z",
        ]
        .map(utc)
    );

    // A one-off: its date, an explicit hour when no end was announced (the
    // README says so); text escaped and read back.
    let forum = event(&cal, 2);
    let start = prop(forum, "DTSTART").expect("DTSTART");
    assert_eq!(zoned(start), utc("2026-04-02T12:00:00Z"));
    assert!(prop(forum, "DTEND").is_none() && prop(forum, "RRULE").is_none());
    assert_eq!(val(forum, "DURATION").as_deref(), Some("PT1H"));
    // Never changed since it was stored: the first version of the event.
    assert_eq!(val(forum, "SEQUENCE").as_deref(), Some("0"));
    assert!(val(forum, "LAST-MODIFIED").is_some_and(|m| m.ends_with('Z')));
    assert_eq!(
        text(forum, "SUMMARY").as_deref(),
        Some("Forum; migranci, pomoc \\ społeczna")
    );
    let description = text(forum, "DESCRIPTION").expect("DESCRIPTION");
    assert!(
        description.contains("Dla kogo: Praktycy:\npomoc migrantom"),
        "{description}"
    );
    assert!(
        description.contains("Kontakt: migracje@wrk.org.pl"),
        "{description}"
    );
    assert_eq!(text(forum, "LOCATION").as_deref(), Some("online"));
    let organizer = prop(forum, "ORGANIZER").expect("ORGANIZER");
    assert_eq!(organizer.val.as_str(), "mailto:migracje@wrk.org.pl");
    assert_eq!(
        param(organizer, "CN")
            .as_deref()
            .map(|s| s.trim_matches('"')),
        Some("Wielkopolska Rada Koordynacyjna, Polskie Forum Migracyjne")
    );

    // In person, cancelled: the place is the location and the event is cancelled.
    let meeting = event(&cal, 3);
    assert_eq!(
        text(meeting, "LOCATION").as_deref(),
        Some("Szkoła Podstawowa nr 16, ul. Ubocze 3, Gdańsk")
    );
    assert_eq!(val(meeting, "STATUS").as_deref(), Some("CANCELLED"));
    assert_eq!(
        zoned(prop(meeting, "DTEND").expect("DTEND")),
        utc("2026-04-03T09:00:00Z")
    );
}

#[test]
fn an_open_ended_series_keeps_its_wall_clock_through_the_october_change() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (store, _) = store_with(dir.path(), &series());
    let sessions = store.sessions().expect("sessions");
    let revisions = store.session_revisions().expect("revisions");
    let ics = calendar(
        &sessions,
        &revisions,
        Span::Week(week("2026-W44")),
        Lang::En,
        made(),
    );
    assert_folded(&ics);
    let unfolded = unfold(&ics);
    let cal = read_calendar(&unfolded).expect("parses");
    assert_eq!(events(&cal).len(), 1);
    let autumn = event(&cal, 4);
    assert_eq!(
        val(autumn, "RRULE").as_deref(),
        Some("FREQ=WEEKLY;WKST=MO;BYDAY=TU,TH")
    );
    assert_eq!(val(autumn, "URL").as_deref(), Some("https://zoom.us/j/123"));
    assert_eq!(
        text(autumn, "LOCATION").as_deref(),
        Some("https://zoom.us/j/123")
    );
    // The long title was folded and comes back whole.
    assert_eq!(
        text(autumn, "SUMMARY").as_deref(),
        Some(
            "Dla mieszkańców goszczących uchodźców – wspólne życie pod jednym dachem, granice, kryzys"
        )
    );
    assert_eq!(
        expand(autumn, 8),
        [
            "2026-10-01T16:00:00Z", // Thursday 18:00 CEST
            "2026-10-06T16:00:00Z",
            "2026-10-08T16:00:00Z",
            "2026-10-13T16:00:00Z",
            "2026-10-15T16:00:00Z",
            "2026-10-20T16:00:00Z",
            "2026-10-22T16:00:00Z",
            "2026-10-27T17:00:00Z", // Tuesday 18:00 CET, after 25 October
        ]
        .map(utc)
    );
}

#[test]
fn the_zone_rules_match_the_time_zone_database() {
    let ics = calendar(
        &[],
        &Default::default(),
        Span::Week(week("2026-W14")),
        Lang::En,
        made(),
    );
    let unfolded = unfold(&ics);
    let cal = read_calendar(&unfolded).expect("parses");
    assert!(events(&cal).is_empty());
    let tz = cal
        .components
        .iter()
        .find(|c| name(c) == "VTIMEZONE")
        .expect("VTIMEZONE");
    for part in &tz.components {
        let (from, to) = match name(part).as_str() {
            "DAYLIGHT" => (1, 2),
            _ => (2, 1),
        };
        assert_eq!(val(part, "TZOFFSETFROM"), Some(format!("+0{from}00")));
        assert_eq!(val(part, "TZOFFSETTO"), Some(format!("+0{to}00")));
        // Floating local times: expand the yearly rule as if in UTC, then check
        // each change against chrono-tz, 1996 to 2037.
        let spec = format!(
            "DTSTART:{}\nRRULE:{}",
            val(part, "DTSTART").expect("DTSTART"),
            val(part, "RRULE").expect("RRULE")
        );
        let set: rrule::RRuleSet = spec.parse().expect("rrule");
        let changes = set.all(42).dates;
        assert_eq!(changes.len(), 42);
        for change in changes {
            let day = change.date_naive();
            let offset = |h| {
                Warsaw
                    .from_utc_datetime(&day.and_hms_opt(h, 0, 0).expect("time"))
                    .offset()
                    .fix()
                    .local_minus_utc()
                    / 3600
            };
            // The change happens at 01:00 UTC on that Sunday.
            assert_eq!(
                (offset(0), offset(2)),
                (from, to),
                "{} on {day}",
                name(part)
            );
        }
    }
}

#[test]
fn uids_are_stable_and_the_same_data_gives_the_same_bytes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (store, _) = shipped(dir.path());
    let sessions = store.sessions().expect("sessions");
    let revisions = store.session_revisions().expect("revisions");
    let uids = |ics: &str| -> BTreeSet<String> {
        let unfolded = unfold(ics);
        let cal = read_calendar(&unfolded).expect("parses");
        events(&cal)
            .iter()
            .map(|e| val(e, "UID").expect("UID"))
            .collect()
    };
    let first = calendar(
        &sessions,
        &revisions,
        Span::Week(week("2022-W49")),
        Lang::Pl,
        made(),
    );
    let second = calendar(
        &sessions,
        &revisions,
        Span::Week(week("2022-W49")),
        Lang::En,
        made(),
    );
    assert_folded(&first);
    assert_folded(&second);
    let expected: BTreeSet<String> = sessions
        .iter()
        .filter(|s| !matches!(s.when, SessionWhen::Once { date, .. } if !week("2022-W49").contains(date)))
        .map(|s| format!("{}@pomost", s.id))
        .collect();
    assert_eq!(expected.len(), 8, "5 weekly and 3 Forum meetings");
    assert_eq!(uids(&first), expected);
    assert_eq!(uids(&second), expected);
    // With the stamp fixed, the export is byte for byte the same.
    let at = utc("2022-12-01T08:00:00Z");
    assert_eq!(
        calendar_at(
            &sessions,
            &revisions,
            Span::Week(week("2022-W49")),
            Lang::Pl,
            at
        ),
        calendar_at(
            &sessions,
            &revisions,
            Span::Week(week("2022-W49")),
            Lang::Pl,
            at
        )
    );
}

// ------------------------------------------------------------ command line

fn ok(o: Output) -> String {
    assert!(o.status.success(), "{}", stderr(&o));
    stdout(&o)
}

#[test]
fn json_for_1_december_2022_holds_week_48_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, db) = shipped(dir.path());
    let out = ok(pomost(
        &db,
        &[
            "--lang",
            "en",
            "timetable",
            "--date",
            "2022-12-01",
            "--format",
            "json",
        ],
    ));
    let doc: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(doc["week"], "2022-W48");
    assert_eq!(doc["from"], "2022-11-28");
    assert_eq!(doc["to"], "2022-12-04");
    let occ = doc["occurrences"].as_array().expect("occurrences");
    let when: Vec<(&str, &str)> = occ
        .iter()
        .map(|o| {
            (
                o["date"].as_str().expect("date"),
                o["starts"].as_str().expect("starts"),
            )
        })
        .collect();
    assert_eq!(
        when,
        [
            ("2022-11-30", "12:00"),
            ("2022-11-30", "15:00"),
            ("2022-12-01", "13:00"),
            ("2022-12-01", "14:00"),
            ("2022-12-01", "18:00"),
            ("2022-12-02", "10:00"),
        ]
    );
    let forum: Vec<&Value> = occ
        .iter()
        .filter(|o| o["title"].as_str().is_some_and(|t| t.starts_with("Forum")))
        .collect();
    assert_eq!(forum.len(), 1, "5, 7 and 9 December are in week 49");
    let f = forum[0];
    assert_eq!(f["session_id"], "97d467e1-18bd-5aa4-8218-beaa15ea7191");
    assert_eq!(f["date"], "2022-12-01");
    assert_eq!(f["starts_utc"], "2022-12-01T13:00:00Z");
    assert_eq!(f["ends"], Value::Null);
    assert_eq!(f["ends_utc"], Value::Null);
    assert_eq!(f["mode"], "online");
    assert_eq!(f["contact"], "migracje@wrk.org.pl");
    assert_eq!(f["recurrence"], "1 December 2022 (Thursday), 14:00");
    assert_eq!(f["cancelled"], Value::Null);
    let wed = &occ[0];
    assert_eq!(
        wed["title"],
        "Pomeranian online meetings – for psychologists and therapists"
    );
    assert_eq!(wed["audience"], "Psychologists and therapists");
    assert_eq!(wed["ends"], "14:00");
    assert_eq!(wed["starts_utc"], "2022-11-30T11:00:00Z");
    assert_eq!(wed["ends_utc"], "2022-11-30T13:00:00Z");
    assert_eq!(
        wed["recurrence"],
        "every Wednesday 12:00–14:00, since 13 April 2022"
    );
}

#[test]
fn json_marks_a_cancelled_occurrence_with_its_reason() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut store, db) = shipped(dir.path());
    let id = Uuid::parse_str("8bd25cd6-b9d9-5939-b5d7-f08e95b1844f").expect("uuid");
    store
        .cancel_occurrence(id, d(2022, 11, 11), "Święto Niepodległości", "tester")
        .expect("cancel");
    drop(store);
    let out = ok(pomost(
        &db,
        &["timetable", "--week", "2022-W45", "--format", "json"],
    ));
    let doc: Value = serde_json::from_str(&out).expect("JSON");
    let friday: Vec<&Value> = doc["occurrences"]
        .as_array()
        .expect("occurrences")
        .iter()
        .filter(|o| o["date"] == "2022-11-11")
        .collect();
    assert_eq!(friday.len(), 1);
    assert_eq!(friday[0]["cancelled"], "Święto Niepodległości");
    let text = ok(pomost(
        &db,
        &["--lang", "pl", "timetable", "--week", "2022-W45"],
    ));
    assert!(text.contains("[odwołane: Święto Niepodległości]"), "{text}");
    let ics = ok(pomost(
        &db,
        &["timetable", "--week", "2022-W45", "--format", "ics"],
    ));
    let unfolded = unfold(&ics);
    let cal = read_calendar(&unfolded).expect("parses");
    let career = events(&cal)
        .into_iter()
        .find(|e| val(e, "UID").as_deref() == Some(&format!("{id}@pomost")))
        .expect("the Friday series");
    let exdates: Vec<String> = props(career, "EXDATE")
        .iter()
        .map(|p| p.val.as_str().to_owned())
        .collect();
    assert_eq!(exdates, ["20221111T100000"]);
    assert!(!expand(career, 40).contains(&utc("2022-11-11T09:00:00Z")));
    assert!(expand(career, 40).contains(&utc("2022-11-18T09:00:00Z")));
}

#[test]
fn text_for_week_49_in_both_languages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, db) = shipped(dir.path());
    let en = ok(pomost(
        &db,
        &["--lang", "en", "timetable", "--week", "2022-W49"],
    ));
    let lines: Vec<&str> = en.lines().collect();
    assert_eq!(lines[0], "Week 2022-W49 · 2022-12-05 – 2022-12-11");
    assert!(lines.contains(&"Monday 2022-12-05"), "{en}");
    assert!(
        lines.contains(
            &"  14:00        Forum for the Exchange of Thoughts and Ideas on Migration – support for migrant families and children"
        ),
        "{en}"
    );
    assert!(
        lines.contains(
            &"  12:00–14:00  Pomeranian online meetings – for psychologists and therapists"
        ),
        "{en}"
    );
    assert!(!en.contains("2022-12-01"), "1 December is week 48");
    assert_eq!(en.matches("Forum").count(), 3);

    let pl = ok(pomost(
        &db,
        &["--lang", "pl", "timetable", "--week", "2022-w49"],
    ));
    assert!(
        pl.starts_with("Tydzień 2022-W49 · 05.12.2022 – 11.12.2022\n"),
        "{pl}"
    );
    assert!(pl.contains("\nśroda 07.12.2022\n"), "{pl}");
    assert!(pl.contains("„Pomorskie spotkania online” – dla doradców zawodowych"));
}

#[test]
fn the_organiser_is_given_in_the_interface_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, db) = shipped(dir.path());
    const PL: &str = "Wielkopolska Rada Koordynacyjna Związek Organizacji Pozarządowych \
                      we współpracy z Polskim Forum Migracyjnym";
    const EN: &str =
        "Wielkopolska Coordinating Council – Union of NGOs, with the Polish Migration Forum";
    // Week 2022-W49 in a language and a format.
    let week_49 = |lang: &str, format: &str| {
        ok(pomost(
            &db,
            &[
                "--lang",
                lang,
                "timetable",
                "--week",
                "2022-W49",
                "--format",
                format,
            ],
        ))
    };
    let forum = |lang: &str| -> Value {
        let out = week_49(lang, "json");
        let doc: Value = serde_json::from_str(&out).expect("JSON");
        doc["occurrences"]
            .as_array()
            .expect("occurrences")
            .iter()
            .find(|o| o["contact"] == "migracje@wrk.org.pl")
            .expect("the Forum on 2022-12-05")
            .clone()
    };
    let (en, pl) = (forum("en"), forum("pl"));
    assert_eq!(en["organiser"], EN);
    assert_eq!(en["organiser_en"], EN);
    assert_eq!(pl["organiser"], PL);
    assert_eq!(
        pl["organiser_en"], EN,
        "English is given whatever the language"
    );

    // iCalendar: the description in the asked language; ORGANIZER keeps the
    // institution's own (Polish) name.
    for (lang, organiser) in [("en", EN), ("pl", PL)] {
        let ics = week_49(lang, "ics");
        let unfolded = unfold(&ics);
        let cal = read_calendar(&unfolded).expect("parses");
        let forum = events(&cal)
            .into_iter()
            .find(|e| val(e, "ORGANIZER").as_deref() == Some("mailto:migracje@wrk.org.pl"))
            .expect("the Forum");
        let description = text(forum, "DESCRIPTION").expect("description");
        assert!(description.contains(organiser), "{lang}: {description}");
        let cn = prop(forum, "ORGANIZER")
            .and_then(|p| p.params.iter().find(|x| x.key == "CN"))
            .and_then(|x| x.val.as_ref())
            .map(|v| v.as_str().to_owned())
            .expect("CN");
        assert!(cn.contains("Polskim Forum Migracyjnym"), "{cn}");
    }
}

#[test]
fn an_empty_week_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, db) = shipped(dir.path());
    let out = ok(pomost(
        &db,
        &["--lang", "en", "timetable", "--week", "2010-W01"],
    ));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(lines[1].starts_with("No sessions this week"), "{out}");
    let json = ok(pomost(
        &db,
        &["timetable", "--week", "2010-W01", "--format", "json"],
    ));
    let doc: Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(doc["occurrences"], Value::Array(vec![]));
}

#[test]
fn ics_on_the_command_line_is_parsed_with_stable_uids() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, db) = shipped(dir.path());
    let args = ["timetable", "--week", "2022-W49", "--format", "ics"];
    let first = ok(pomost(&db, &args));
    let second = ok(pomost(&db, &args));
    assert_folded(&first);
    let uids = |ics: &str| -> Vec<String> {
        let unfolded = unfold(ics);
        let cal = read_calendar(&unfolded).expect("parses");
        events(&cal)
            .iter()
            .map(|e| val(e, "UID").expect("UID"))
            .collect()
    };
    assert_eq!(uids(&first).len(), 8);
    assert_eq!(uids(&first), uids(&second));
    let unfolded = unfold(&first);
    let cal = read_calendar(&unfolded).expect("parses");
    let forum = events(&cal)
        .into_iter()
        .find(|e| val(e, "UID").as_deref() == Some("7a56b0bd-f7ff-501a-8fcd-ea1a3b5fe5cc@pomost"))
        .expect("the 7 December Forum meeting");
    assert_eq!(
        zoned(prop(forum, "DTSTART").expect("DTSTART")),
        utc("2022-12-07T10:00:00Z")
    );
    let weekly = events(&cal)
        .into_iter()
        .find(|e| val(e, "UID").as_deref() == Some("57eeff45-997f-567c-a07c-17024977ecf3@pomost"))
        .expect("the Wednesday series");
    // The series starts at its first meeting (13 April 2022, summer time) and
    // still meets at noon in December (winter time).
    let instants = expand(weekly, 40);
    assert_eq!(instants[0], utc("2022-04-13T10:00:00Z"));
    assert!(instants.contains(&utc("2022-12-07T11:00:00Z")));
}

#[test]
fn the_default_week_is_this_week_in_warsaw() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, db) = shipped(dir.path());
    let clock = pomost::clock::Clock::system();
    let before = Week::containing(clock.today());
    let out = ok(pomost(&db, &["timetable", "--format", "json"]));
    let after = Week::containing(clock.today());
    let doc: Value = serde_json::from_str(&out).expect("JSON");
    let shown = doc["week"].as_str().expect("week").to_owned();
    assert!(
        shown == before.to_string() || shown == after.to_string(),
        "{shown}"
    );
}

#[test]
fn an_invalid_week_or_date_exits_2_with_one_sentence_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("never-created.db");
    let cases: [(&[&str], &str); 4] = [
        (
            &["--lang", "en", "timetable", "--week", "2021-W53"],
            r#""2021-W53" is not a week in the form YYYY-Www (e.g. 2022-W48)"#,
        ),
        (
            &["--lang", "en", "timetable", "--date", "2022-02-30"],
            "There is no day 2022-02-30: that month has 28 days.",
        ),
        (
            &[
                "--lang",
                "en",
                "timetable",
                "--week",
                "banana",
                "--format",
                "ics",
            ],
            r#""banana" is not a week in the form YYYY-Www"#,
        ),
        (
            &[
                "--lang",
                "pl",
                "timetable",
                "--date",
                "1.12.2022",
                "--format",
                "json",
            ],
            "„1.12.2022” nie jest datą w postaci RRRR-MM-DD",
        ),
    ];
    for (args, message) in cases {
        let out = pomost(&db, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(out.stdout.is_empty(), "{args:?}: {}", stdout(&out));
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(message), "{args:?}: {err}");
    }
    // --week and --date together is bad usage too.
    let out = pomost(
        &db,
        &["timetable", "--week", "2022-W48", "--date", "2022-12-01"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(
        !db.exists(),
        "no database is created for an invalid command"
    );
}

// ------------------------------------------------- the whole timetable at once

/// One occurrence as both outputs give it: session id, start, end (UTC),
/// cancelled or not.
type Seen = (String, DateTime<Utc>, DateTime<Utc>, bool);

/// `PT1H`, `PT1H30M`, `PT45M`: the lengths the export writes.
fn length(text: &str) -> chrono::Duration {
    let rest = text.strip_prefix("PT").expect("a time length");
    let (hours, rest) = rest.split_once('H').unwrap_or(("0", rest));
    let minutes = rest.strip_suffix('M').unwrap_or("0");
    let n = |s: &str| s.parse::<i64>().expect("a number");
    chrono::Duration::hours(n(hours)) + chrono::Duration::minutes(n(minutes))
}

/// Every occurrence the `--all` calendar holds between two instants, expanded
/// by the `icalendar` and `rrule` crates.
fn calendar_occurrences(ics: &str, from: DateTime<Utc>, to: DateTime<Utc>) -> BTreeSet<Seen> {
    let unfolded = unfold(ics);
    let cal = read_calendar(&unfolded).expect("the --all export parses");
    let mut seen = BTreeSet::new();
    for e in events(&cal) {
        let uid = val(e, "UID").expect("UID");
        let id = uid
            .strip_suffix("@pomost")
            .expect("a Pomost UID")
            .to_owned();
        let start = zoned(prop(e, "DTSTART").expect("DTSTART"));
        let long = match (prop(e, "DTEND"), val(e, "DURATION")) {
            (Some(end), None) => zoned(end) - start,
            (None, Some(duration)) => length(&duration),
            other => panic!("{uid}: DTEND or DURATION, once: {other:?}"),
        };
        let (held, cancelled) = if prop(e, "RRULE").is_some() {
            let exdates = props(e, "EXDATE").into_iter().map(|p| zoned(p)).collect();
            (expand(e, 1000), exdates)
        } else if val(e, "STATUS").as_deref() == Some("CANCELLED") {
            (vec![], vec![start])
        } else {
            (vec![start], vec![])
        };
        let mut add = |at: DateTime<Utc>, cancelled: bool| {
            if from <= at && at < to {
                seen.insert((id.clone(), at, at + long, cancelled));
            }
        };
        held.into_iter().for_each(|at| add(at, false));
        cancelled.into_iter().for_each(|at| add(at, true));
    }
    seen
}

#[test]
fn the_all_calendar_holds_every_occurrence_of_the_year_that_the_weeks_list() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut sessions = series();
    // All year, through both changes of 2026 (29 March and 25 October), and
    // beyond its first and last ISO weeks.
    let mut all_year = session(
        5,
        "Dyżur prawny",
        weekly(
            &[Weekday::Mon, Weekday::Sun],
            t(8, 30),
            t(9, 15),
            d(2025, 11, 3),
            None,
        ),
    );
    all_year.cancellations = vec![
        Cancellation {
            date: d(2026, 3, 29),
            reason: "zmiana czasu".into(),
        },
        // Not a day of the series: neither output lists it.
        Cancellation {
            date: d(2026, 3, 31),
            reason: String::new(),
        },
    ];
    sessions.push(all_year);
    sessions.push(session(
        6,
        "Spotkanie w dniu zmiany czasu",
        once(d(2026, 10, 25), t(1, 30), None),
    ));
    let (_, db) = store_with(dir.path(), &sessions);
    // A change after the sessions were stored: one more version.
    let mut store = common::open_at("2026-05-01 12:00", &db);
    store
        .cancel_occurrence(
            Uuid::from_u128(4),
            d(2026, 10, 27),
            "Wszystkich Świętych",
            "tester",
        )
        .expect("cancel");
    drop(store);

    let now = "2026-06-01 09:00";
    let ics = ok(common::pomost_at(
        now,
        &db,
        &["timetable", "--all", "--format", "ics"],
    ));
    assert_folded(&ics);

    let mut listed = BTreeSet::new();
    let mut weeks = 0;
    let mut w = week("2026-W01");
    while w.number().0 == 2026 {
        let json = ok(common::pomost_at(
            now,
            &db,
            &["timetable", "--week", &w.to_string(), "--format", "json"],
        ));
        let doc: Value = serde_json::from_str(&json).expect("JSON");
        for o in doc["occurrences"].as_array().expect("occurrences") {
            let s = |key: &str| o[key].as_str().map(utc);
            let starts = s("starts_utc").expect("starts_utc");
            listed.insert((
                o["session_id"].as_str().expect("id").to_owned(),
                starts,
                s("ends_utc")
                    .filter(|e| *e > starts)
                    .unwrap_or(starts + chrono::Duration::hours(1)),
                !o["cancelled"].is_null(),
            ));
        }
        weeks += 1;
        w = w.next();
    }
    assert_eq!(weeks, 53, "2026 has 53 ISO weeks");
    let from = zoned_start(d(2025, 12, 29));
    let to = zoned_start(d(2027, 1, 4));
    let held = calendar_occurrences(&ics, from, to);
    let only_listed: Vec<_> = listed.difference(&held).collect();
    let only_held: Vec<_> = held.difference(&listed).collect();
    assert!(
        only_listed.is_empty() && only_held.is_empty(),
        "only in the weeks' JSON: {only_listed:?}\nonly in the calendar: {only_held:?}"
    );
    // Both changes are inside: summer time in between moves the UTC hour.
    let legal = Uuid::from_u128(5).to_string();
    let at = |s: &str| (legal.clone(), utc(s));
    let starts: BTreeSet<_> = held.iter().map(|o| (o.0.clone(), o.1)).collect();
    for instant in [
        "2026-03-23T07:30:00Z",
        "2026-03-30T06:30:00Z",
        "2026-10-19T06:30:00Z",
        "2026-10-26T07:30:00Z",
    ] {
        assert!(starts.contains(&at(instant)), "{instant}");
    }
    assert!(held.contains(&(
        legal.clone(),
        utc("2026-03-29T06:30:00Z"),
        utc("2026-03-29T07:15:00Z"),
        true
    )));
    // The one-off at 01:30 on the October change's night has an explicit hour.
    assert!(held.contains(&(
        Uuid::from_u128(6).to_string(),
        utc("2026-10-24T23:30:00Z"),
        utc("2026-10-25T00:30:00Z"),
        false
    )));
    // 53 weeks of the all-year series on two days, the spring series' 7
    // Wednesdays, 3 one-offs, the autumn series' 27 Tuesdays and Thursdays
    // to 3 January 2027 (the end of week 53).
    assert_eq!(held.len(), 53 * 2 + 7 + 3 + 27);

    // Each series once, with its version and last change.
    let unfolded = unfold(&ics);
    let cal = read_calendar(&unfolded).expect("parses");
    assert_eq!(events(&cal).len(), sessions.len());
    let autumn = event(&cal, 4);
    assert_eq!(val(autumn, "SEQUENCE").as_deref(), Some("1"));
    assert_eq!(
        val(autumn, "LAST-MODIFIED").as_deref(),
        Some("20260501T100000Z")
    );
    assert_eq!(val(event(&cal, 1), "SEQUENCE").as_deref(), Some("0"));
}

/// Midnight at the start of a day in Warsaw, in UTC.
fn zoned_start(day: NaiveDate) -> DateTime<Utc> {
    Warsaw
        .from_local_datetime(&day.and_hms_opt(0, 0, 0).expect("midnight"))
        .single()
        .expect("unambiguous")
        .with_timezone(&Utc)
}

#[test]
fn from_and_to_limit_the_all_calendar_to_the_sessions_that_meet_between_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, db) = store_with(dir.path(), &series());
    let uids = |args: &[&str]| -> BTreeSet<u128> {
        let mut all = vec!["timetable", "--all", "--format", "ics"];
        all.extend_from_slice(args);
        let ics = ok(common::pomost_at("2026-06-01 09:00", &db, &all));
        let unfolded = unfold(&ics);
        let cal = read_calendar(&unfolded).expect("parses");
        events(&cal)
            .iter()
            .map(|e| {
                let uid = val(e, "UID").expect("UID");
                Uuid::parse_str(uid.trim_end_matches("@pomost"))
                    .expect("uuid")
                    .as_u128()
            })
            .collect()
    };
    assert_eq!(uids(&[]), BTreeSet::from([1, 2, 3, 4]));
    assert_eq!(uids(&["--from", "2026-04-16"]), BTreeSet::from([4]));
    // The spring series' last Wednesday, and the day before the one-offs.
    assert_eq!(uids(&["--from", "2026-04-15"]), BTreeSet::from([1, 4]));
    assert_eq!(uids(&["--to", "2026-04-01"]), BTreeSet::from([1]));
    assert_eq!(
        uids(&["--from", "2026-04-02", "--to", "2026-04-03"]),
        BTreeSet::from([2, 3])
    );
    assert_eq!(
        uids(&["--from", "2026-04-16", "--to", "2026-09-30"]),
        BTreeSet::new()
    );

    // Bad usage: one sentence, exit 2, nothing written.
    for (args, says) in [
        (
            &["--lang", "en", "timetable", "--all", "--format", "json"][..],
            "--all exports a calendar: give it with --format ics.",
        ),
        (
            &[
                "--lang",
                "en",
                "timetable",
                "--all",
                "--format",
                "ics",
                "--from",
                "2026-05-01",
                "--to",
                "2026-04-01",
            ][..],
            "--from 2026-05-01 is after --to 2026-04-01",
        ),
        (
            &[
                "--lang",
                "pl",
                "timetable",
                "--all",
                "--format",
                "ics",
                "--to",
                "jutro",
            ][..],
            "--to: „jutro” nie jest datą",
        ),
    ] {
        let out = pomost(&db, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
}
