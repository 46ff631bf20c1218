//! `pomost timetable`: the sessions of one week as text, JSON or iCalendar,
//! or the whole timetable as one calendar.

use std::io::{self, Write};
use std::path::Path;

use chrono::{Datelike, NaiveDate, NaiveTime, SecondsFormat};
use clap::{Args, ValueEnum};
use serde::Serialize;

use super::{Action, CliError, open_as};
use crate::clock::Clock;
use crate::i18n::{Lang, Msg};
use crate::model::Session;
use crate::text::{excerpt, one_line, sanitize};
use crate::timetable::ical::{self, Span};
use crate::timetable::{self, Occurrence, Week};

/// `pomost timetable [--week YYYY-Www | --date YYYY-MM-DD | --all [--from …] [--to …]] [--format …]`
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct TimetableArgs {
    /// The ISO week, e.g. 2022-W48 (default: this week in Warsaw).
    #[arg(long, value_name = "YYYY-Www", conflicts_with = "date")]
    pub week: Option<String>,
    /// Any date of the week, e.g. 2022-12-01.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// Every session as one calendar, each series once (with --format ics):
    /// imported once, it stays right as sessions change.
    #[arg(long, conflicts_with_all = ["week", "date"])]
    pub all: bool,
    /// With --all: only sessions that take place on or after this day.
    #[arg(long, value_name = "YYYY-MM-DD", requires = "all")]
    pub from: Option<String>,
    /// With --all: only sessions that take place on or before this day.
    #[arg(long, value_name = "YYYY-MM-DD", requires = "all")]
    pub to: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TimetableFormat::Text)]
    pub format: TimetableFormat,
    /// Instead of the week: a session's card.
    #[command(subcommand)]
    pub command: Option<TimetableCommand>,
}

/// `pomost timetable card ID`.
#[derive(Debug, clap::Subcommand)]
pub enum TimetableCommand {
    /// A session's card for the client, in their language: title, organiser,
    /// when, where or the link, contact, who it is for. Nothing about the
    /// client is recorded.
    Card(super::card::CardArgs),
}

/// Formats of `timetable`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TimetableFormat {
    /// The week day by day, for reading.
    Text,
    /// iCalendar (RFC 5545), to import into a calendar program.
    Ics,
    /// One object per occurrence, for scripts.
    Json,
}

/// Runs `timetable`.
pub fn run(args: &TimetableArgs, db: &Path, lang: Lang, clock: Clock) -> Result<(), CliError> {
    if let Some(TimetableCommand::Card(card)) = &args.command {
        let (store, _) = open_as(db, lang, Action::Use, clock)?;
        let sessions = store.sessions()?;
        let session = super::card::find_by_id(&sessions, &card.id, |s| s.id).ok_or_else(|| {
            CliError::usage(lang.fmt(Msg::ErrUnknownSession, &[&excerpt(&card.id)]))
        })?;
        let text = crate::card::Card::of_session(session, card.card_lang(lang));
        return super::card::print(&text, card.format, lang);
    }
    // The input is checked before the database is touched: nothing is created
    // for a command that cannot run.
    let asked = asked(args, lang, clock)?;
    let (store, _) = open_as(db, lang, Action::Use, clock)?;
    let sessions = store.sessions()?;
    let text = match asked {
        Asked::Calendar(span) => {
            let revisions = store.session_revisions()?;
            ical::calendar(&sessions, &revisions, span, lang, clock)
        }
        Asked::Text(week) => text(&sessions, week, lang),
        Asked::Json(week) => json(&sessions, week, lang),
    };
    // The text for reading goes through the sanitiser as a whole; iCalendar
    // escapes its values itself and needs its CRLF line ends; JSON escapes.
    let text = match args.format {
        TimetableFormat::Text => sanitize(&text).into_owned(),
        TimetableFormat::Ics | TimetableFormat::Json => text,
    };
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .or_else(|e| super::output_failed(e, lang))
}

/// What was asked for, in which format.
enum Asked {
    /// A week for reading.
    Text(Week),
    /// A week for scripts.
    Json(Week),
    /// A week, or every session (`--all`), as iCalendar.
    Calendar(Span),
}

/// What was asked for: every session (`--all`, limited by `--from`/`--to`,
/// only as iCalendar), or a week.
fn asked(args: &TimetableArgs, lang: Lang, clock: Clock) -> Result<Asked, CliError> {
    if !args.all {
        let week = week(args, lang, clock)?;
        return Ok(match args.format {
            TimetableFormat::Text => Asked::Text(week),
            TimetableFormat::Json => Asked::Json(week),
            TimetableFormat::Ics => Asked::Calendar(Span::Week(week)),
        });
    }
    if args.format != TimetableFormat::Ics {
        return Err(CliError::usage(lang.t(Msg::ErrAllNeedsIcs).to_owned()));
    }
    let (from, to) = super::date_range(args.from.as_deref(), args.to.as_deref(), lang)?;
    Ok(Asked::Calendar(Span::All { from, to }))
}

/// The week asked for: `--week`, else the week of `--date`, else this week.
fn week(args: &TimetableArgs, lang: Lang, clock: Clock) -> Result<Week, CliError> {
    if let Some(w) = &args.week {
        return Week::parse(w)
            .map_err(|_| CliError::usage(lang.fmt(Msg::ErrInvalidWeek, &[&excerpt(w)])));
    }
    if let Some(d) = &args.date {
        return match crate::dates::parse_date(d) {
            Ok(day) => Ok(Week::containing(day)),
            Err(e @ (crate::dates::DateError::OutOfRange | crate::dates::DateError::NoSuchDay)) => {
                Err(CliError::usage(e.message(d, lang)))
            }
            Err(_) => Err(CliError::usage(lang.fmt(Msg::ErrInvalidDate, &[d]))),
        };
    }
    Ok(Week::containing(clock.today()))
}

/// `HH:MM–HH:MM`, or the start alone when no end was announced.
fn span(o: &Occurrence) -> String {
    let hm = |t: NaiveTime| t.format("%H:%M").to_string();
    match o.ends {
        Some(ends) => format!("{}–{}", hm(o.starts), hm(ends)),
        None => hm(o.starts),
    }
}

/// The week day by day: a header, then each day that has sessions with its
/// sessions, one per line.
fn text(sessions: &[Session], week: Week, lang: Lang) -> String {
    let mut out = lang.fmt(
        Msg::WeekTitle,
        &[&week, &lang.date(week.monday()), &lang.date(week.sunday())],
    );
    out.push('\n');
    let occurrences = timetable::week_occurrences(sessions, week);
    if occurrences.is_empty() {
        out.push_str(lang.t(Msg::CliNoSessionsThisWeek));
        out.push('\n');
        return out;
    }
    let width = occurrences
        .iter()
        .map(|o| span(o).chars().count())
        .max()
        .unwrap_or(0);
    let mut day: Option<NaiveDate> = None;
    for o in &occurrences {
        if day != Some(o.date) {
            day = Some(o.date);
            out.push_str(&format!(
                "\n{} {}\n",
                lang.weekday_long(o.date.weekday()),
                lang.date(o.date)
            ));
        }
        let span = span(o);
        let pad = " ".repeat(width - span.chars().count());
        let title = one_line(sessions[o.session].title.get(lang));
        out.push_str(&format!("  {span}{pad}  {title}"));
        if let Some(reason) = &o.cancelled {
            let reason = one_line(reason);
            if reason.trim().is_empty() {
                out.push_str(&format!("  [{}]", lang.t(Msg::Cancelled)));
            } else {
                out.push_str(&format!(
                    "  [{}: {}]",
                    lang.t(Msg::Cancelled),
                    reason.trim()
                ));
            }
        }
        out.push('\n');
    }
    out
}

/// One occurrence for `--format json`.
#[derive(Serialize)]
struct JsonOccurrence<'a> {
    session_id: String,
    title: &'a str,
    date: String,
    starts: String,
    ends: Option<String>,
    starts_utc: String,
    ends_utc: Option<String>,
    mode: &'static str,
    place: Option<&'a str>,
    link: Option<&'a str>,
    contact: Option<&'a str>,
    audience: &'a str,
    theme: &'a str,
    organiser: &'a str,
    /// The organiser in English, when translated, beside `organiser` in the
    /// asked language (issue #14).
    organiser_en: Option<&'a str>,
    recurrence: String,
    cancelled: Option<&'a str>,
}

/// The week for `--format json`.
#[derive(Serialize)]
struct JsonWeek<'a> {
    week: String,
    from: String,
    to: String,
    occurrences: Vec<JsonOccurrence<'a>>,
}

fn json(sessions: &[Session], week: Week, lang: Lang) -> String {
    let utc = |date, time| {
        timetable::warsaw_to_utc(date, time).to_rfc3339_opts(SecondsFormat::Secs, true)
    };
    let hm = |t: NaiveTime| t.format("%H:%M").to_string();
    let occurrences = timetable::week_occurrences(sessions, week);
    let rows = occurrences
        .iter()
        .map(|o| {
            let s = &sessions[o.session];
            JsonOccurrence {
                session_id: s.id.to_string(),
                title: s.title.get(lang),
                date: o.date.to_string(),
                starts: hm(o.starts),
                ends: o.ends.map(hm),
                starts_utc: utc(o.date, o.starts),
                ends_utc: o.ends.map(|e| utc(o.date, e)),
                mode: s.mode.as_str(),
                place: s.place.as_deref(),
                link: s.link.as_deref(),
                contact: s.contact.as_deref(),
                audience: s.audience.get(lang),
                theme: s.theme.get(lang),
                organiser: s.organiser.get(lang),
                organiser_en: s.organiser.en.as_deref(),
                recurrence: timetable::recurrence_in_words(s, lang),
                cancelled: o.cancelled.as_deref(),
            }
        })
        .collect();
    let doc = JsonWeek {
        week: week.to_string(),
        from: week.monday().to_string(),
        to: week.sunday().to_string(),
        occurrences: rows,
    };
    let doc = super::Marked {
        format: super::json_format::TIMETABLE,
        value: &doc,
    };
    let mut text = crate::text::json::to_string_pretty(&doc);
    text.push('\n');
    text
}
