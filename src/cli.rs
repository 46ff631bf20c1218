//! The command line: argument types, and one file per subcommand.

mod audit;
mod backup;
mod card;
mod consultations;
mod doctor;
mod init;
mod log;
mod privacy;
mod report;
mod services;
pub mod shell;
mod staff;
mod timetable;
mod topics;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use unicode_width::UnicodeWidthStr;

pub(crate) use crate::access::{authorize, open_as};
use crate::clock::Clock;
use crate::config;
use crate::i18n::{Lang, Msg};
pub(crate) use crate::policy::Action;

use crate::text::{one_line, sanitize};

pub use card::{CardArgs, CardFormat};
pub use consultations::{ConsultationsArgs, ConsultationsCommand, ConsultationsFormat};
pub use init::InitArgs;
pub use log::LogArgs;
pub use services::ServicesCommand;
pub use staff::StaffCommand;
pub use timetable::{TimetableArgs, TimetableFormat};

/// Pomost: services directory, consultations and timetable for a migrant help desk.
#[derive(Debug, Parser)]
#[command(name = "pomost", version, propagate_version = true, about, long_about = None)]
pub struct Cli {
    /// Database file (default: the system settings' database, else $POMOST_DB,
    /// else ~/.local/share/pomost/pomost.db).
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Interface language (default: $POMOST_LANG, else your settings, else the locale). Give it before
    /// the subcommand: `services search --lang` filters by the service's language.
    #[arg(long, value_parser = lang_parser())]
    pub lang: Option<Lang>,
    /// What to do; without a command the interactive screen opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// `--lang`: the code of each of [`Lang::ALL`] (or an alias such as `ua`), so
/// that the core's `Lang` needs no clap derive.
fn lang_parser() -> impl clap::builder::TypedValueParser<Value = Lang> {
    use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
    let values = Lang::ALL.map(|l| PossibleValue::new(l.code()).aliases(l.table().aliases));
    PossibleValuesParser::new(values).map(|code| Lang::from_code(&code).unwrap_or(Lang::En))
}

/// An option taking one of a core type's codes (`--role desk`, `--by topic`):
/// the codes and their order come from the core, so no clap derive sits on
/// core types.
pub(crate) fn code_parser<T: Copy + Send + Sync + 'static>(
    all: &'static [T],
    code: fn(T) -> &'static str,
) -> impl clap::builder::TypedValueParser<Value = T> {
    use clap::builder::{PossibleValuesParser, TypedValueParser};
    PossibleValuesParser::new(all.iter().map(|v| code(*v))).map(move |text| {
        // The parser admits only the codes listed, so one is found.
        *all.iter().find(|v| code(**v) == text).unwrap_or(&all[0])
    })
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a database and seed it with the shipped catalogue.
    Init(InitArgs),
    /// Counts of consultations for a period, by topic, country, county, channel,
    /// gender, age band or staff member, with totals.
    Report(report::ReportArgs),
    /// Write a consistent copy of the database while others keep working.
    Backup(backup::BackupArgs),
    /// Search, export or import the services directory.
    #[command(subcommand)]
    Services(ServicesCommand),
    /// The topics' everyday words (what `services search` and the screen
    /// understand), and the coordinators' words file.
    #[command(subcommand)]
    Topics(topics::TopicsCommand),
    /// The sessions of one week as text, JSON or iCalendar, or every session
    /// as one calendar.
    Timetable(TimetableArgs),
    /// Log one consultation non-interactively; prints its id (a UUID).
    Log(Box<LogArgs>),
    /// List or export consultations, newest first.
    #[command(subcommand)]
    Consultations(ConsultationsCommand),
    /// Who may use the database, in which role: desk, counselor, coordinator
    /// (coordinators only).
    #[command(subcommand)]
    Staff(StaffCommand),
    /// Who created, changed, erased or looked at what (coordinators only).
    Audit(audit::AuditArgs),
    /// Check a shared installation: settings, file modes and owners, the
    /// program's setgid, the database, backups and staff; one line each.
    Doctor,
    /// Anonymise the consultations before a day, keeping every report's
    /// numbers (coordinators only).
    Purge(privacy::PurgeArgs),
    /// Everything held about one client code as JSON, or its erasure
    /// (coordinators only).
    #[command(subcommand)]
    Client(privacy::ClientCommand),
    /// Print a completion script for a shell: bash, zsh or fish.
    Completions(shell::CompletionsArgs),
    /// Print the man page of pomost or of one of its commands (e.g. `pomost
    /// man report`).
    Man(shell::ManArgs),
}

/// A failed command: what to print on stderr and the exit code (the same
/// three cases as opening the database).
pub use crate::access::AccessError as CliError;

/// Runs a subcommand and turns its outcome into an exit code. `clock` says
/// what "now" is: the default time of a consultation, today, the times stored.
pub fn run(command: Command, db: Option<PathBuf>, lang: Lang, clock: Clock) -> ExitCode {
    let db = config::database_path(db);
    let result = match command {
        Command::Init(args) => init::run(&args, &db, lang, clock),
        Command::Backup(args) => backup::run(&args, &db, lang, clock),
        Command::Report(args) => report::run(&args, &db, lang, clock),
        Command::Services(cmd) => services::run(cmd, &db, lang, clock),
        Command::Timetable(args) => timetable::run(&args, &db, lang, clock),
        Command::Topics(cmd) => topics::run(cmd, &db, lang, clock),
        Command::Log(args) => log::run(*args, &db, lang, clock),
        Command::Consultations(cmd) => consultations::run(cmd, &db, lang, clock),
        Command::Staff(cmd) => staff::run(cmd, &db, lang, clock),
        Command::Audit(args) => audit::run(&args, &db, lang, clock),
        Command::Doctor => doctor::run(&db, lang, clock),
        Command::Purge(args) => privacy::purge(&args, &db, lang, clock),
        Command::Client(cmd) => privacy::client(cmd, &db, lang, clock),
        Command::Completions(args) => shell::completions(&args, lang),
        Command::Man(args) => shell::man(&args, lang),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // Messages may quote the database or a file: cleaned here, once,
            // whatever built them, and no line longer than a screenful (the
            // quotes in them are short already; this is the backstop). A
            // closed stderr is not worth a panic.
            let message = e.message(lang);
            let lines: Vec<String> = sanitize(&message).lines().map(cut_line).collect();
            let _ = writeln!(io::stderr(), "pomost: {}", lines.join("\n"));
            ExitCode::from(e.code())
        }
    }
}

/// The most characters of one line of an error message.
const MESSAGE_LINE_CHARS: usize = 500;

/// A line of an error message, cut with an ellipsis past [`MESSAGE_LINE_CHARS`].
fn cut_line(line: &str) -> String {
    if line.chars().nth(MESSAGE_LINE_CHARS).is_none() {
        return line.to_owned();
    }
    let at = line
        .char_indices()
        .nth(MESSAGE_LINE_CHARS - 1)
        .map_or(line.len(), |(at, _)| at);
    format!("{}…", &line[..at])
}

/// A failure to write the command's output: a closed pipe (`| head`) is the
/// reader's choice, not an error; anything else is reported.
pub(crate) fn output_failed(e: io::Error, lang: Lang) -> Result<(), CliError> {
    if reader_gone(&e) {
        Ok(())
    } else {
        Err(CliError::runtime(lang.fmt(Msg::ErrOutput, &[&e])))
    }
}

/// The date an option gives (`--from 2026-01-01`), in the years Pomost
/// accepts ([`crate::dates`]); else one sentence naming the option.
pub(crate) fn date_option(
    option: &str,
    text: &str,
    lang: Lang,
) -> Result<chrono::NaiveDate, CliError> {
    crate::dates::parse_date(text).map_err(|e| {
        let problem = match e {
            crate::dates::DateError::OutOfRange | crate::dates::DateError::NoSuchDay => {
                e.message(text, lang)
            }
            _ => lang.fmt(Msg::ErrInvalidDate, &[&crate::text::excerpt(text)]),
        };
        CliError::usage(format!("{option}: {problem}"))
    })
}

/// The format when `--excel` may be given: CSV if none was chosen; another
/// format with `--excel` is refused.
pub(crate) fn excel_format<F: Copy + PartialEq>(
    format: Option<F>,
    csv: F,
    excel: bool,
    lang: Lang,
) -> Result<Option<F>, CliError> {
    match format {
        Some(f) if excel && f != csv => Err(CliError::usage(lang.t(Msg::ErrExcelNeedsCsv))),
        None if excel => Ok(Some(csv)),
        f => Ok(f),
    }
}

/// The days `--from` and `--to` give (either may be absent), refused when
/// the first is after the last.
pub(crate) fn date_range(
    from: Option<&str>,
    to: Option<&str>,
    lang: Lang,
) -> Result<(Option<chrono::NaiveDate>, Option<chrono::NaiveDate>), CliError> {
    let from = from.map(|d| date_option("--from", d, lang)).transpose()?;
    let to = to.map(|d| date_option("--to", d, lang)).transpose()?;
    if let (Some(f), Some(t)) = (from, to) {
        if f > t {
            return Err(CliError::usage(lang.fmt(Msg::ErrFromAfterTo, &[&f, &t])));
        }
    }
    Ok((from, to))
}

/// True when writing failed because the reader went away, however the
/// writer that failed wrapped it: csv and serde_json keep the `io::Error`
/// inside their own errors, and `io::Error::other` or `From` wrap those again
/// under `ErrorKind::Other`.
fn reader_gone(e: &io::Error) -> bool {
    if e.kind() == io::ErrorKind::BrokenPipe {
        return true;
    }
    let Some(inner) = e.get_ref() else {
        return false;
    };
    if let Some(io) = inner.downcast_ref::<io::Error>() {
        return reader_gone(io);
    }
    if let Some(json) = inner.downcast_ref::<serde_json::Error>() {
        return json.io_error_kind() == Some(io::ErrorKind::BrokenPipe);
    }
    if let Some(csv) = inner.downcast_ref::<csv::Error>() {
        return matches!(csv.kind(), csv::ErrorKind::Io(io) if reader_gone(io));
    }
    false
}

/// Prints a text for people on stdout, through the sanitiser (newlines
/// kept), then a newline; a closed pipe is no error.
pub(crate) fn say(text: &str, lang: Lang) -> Result<(), CliError> {
    let mut out = io::stdout().lock();
    writeln!(out, "{}", sanitize(text))
        .and_then(|()| out.flush())
        .or_else(|e| output_failed(e, lang))
}

/// Writes a value as pretty JSON and a newline, terminal controls escaped
/// ([`crate::text::json`]).
pub(crate) fn write_json<T: serde::Serialize + ?Sized>(
    out: &mut impl Write,
    value: &T,
) -> io::Result<()> {
    crate::text::json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

/// The `"format"` marker of each JSON output, `pomost.<kind>/<version>`: the
/// version grows when a field is renamed or removed or changes its type (the
/// README's "JSON outputs" describes each). An object carries it as its first
/// field; an array stays an array and each element carries it.
pub(crate) mod json_format {
    /// `services search --json`.
    pub const SEARCH: &str = "pomost.services-search/1";
    /// `timetable --format json`.
    pub const TIMETABLE: &str = "pomost.timetable/1";
    /// Each element of `consultations list|export --format json`.
    pub const CONSULTATION: &str = "pomost.consultation/1";
    /// `report --format json`.
    pub const REPORT: &str = "pomost.report/1";
    /// Each element of `staff list --json`.
    pub const STAFF: &str = "pomost.staff-member/1";
    /// Each element of `audit --format json`.
    pub const AUDIT: &str = "pomost.audit-entry/1";
    /// `client export`.
    pub const CLIENT: &str = "pomost.client/1";
}

/// A value with its [`json_format`] marker as its first field (the value
/// must serialise as an object).
#[derive(serde::Serialize)]
pub(crate) struct Marked<'a, T: ?Sized> {
    pub(crate) format: &'static str,
    #[serde(flatten)]
    pub(crate) value: &'a T,
}

/// [`write_json`] of an object, marked with its format.
pub(crate) fn write_marked<T: serde::Serialize + ?Sized>(
    out: &mut impl Write,
    format: &'static str,
    value: &T,
) -> io::Result<()> {
    write_json(out, &Marked { format, value })
}

/// [`write_json`] of an array whose every element is marked with its format.
pub(crate) fn write_marked_each<T: serde::Serialize>(
    out: &mut impl Write,
    format: &'static str,
    items: &[T],
) -> io::Result<()> {
    let marked: Vec<Marked<'_, T>> = items.iter().map(|value| Marked { format, value }).collect();
    write_json(out, &marked)
}

/// Column headings kept in one message, separated by `|`.
pub(crate) fn columns<const N: usize>(lang: Lang, msg: Msg) -> [&'static str; N] {
    let mut out = [""; N];
    for (slot, heading) in out.iter_mut().zip(lang.t(msg).split('|')) {
        *slot = heading;
    }
    out
}

/// The widest a table's column grows (but the last).
const COLUMN: usize = 60;

/// `text` cut to `width` columns, the last of them "…".
fn cut_to(text: &str, width: usize) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if out.width() + w + 1 > width {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// A plain table: columns padded to their widest cell (by display width, at
/// most 60 columns; a longer value is cut with "…"), the last column unpadded.
/// Every cell goes through the sanitiser, on one line, so callers may pass
/// stored text as it is.
pub(crate) fn write_table<const N: usize>(
    out: &mut impl Write,
    header: [&str; N],
    rows: &[[String; N]],
) -> io::Result<()> {
    let mut rows: Vec<[String; N]> = rows
        .iter()
        .map(|r| r.each_ref().map(|c| one_line(c)))
        .collect();
    let mut widths = header.map(UnicodeWidthStr::width);
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.width().min(COLUMN));
        }
    }
    // A value longer than its column is cut (…), so the columns after it
    // stay in line; the last column runs on.
    for row in &mut rows {
        for cell in row.iter_mut().take(N.saturating_sub(1)) {
            if cell.width() > COLUMN {
                *cell = cut_to(cell, COLUMN);
            }
        }
    }
    let line = |cells: [&str; N]| {
        let mut s = String::new();
        for (i, cell) in cells.iter().enumerate() {
            s.push_str(cell);
            if i + 1 < N {
                s.push_str(&" ".repeat(widths[i].saturating_sub(cell.width()) + 2));
            }
        }
        s.trim_end().to_owned()
    };
    writeln!(out, "{}", line(header))?;
    for row in &rows {
        writeln!(out, "{}", line(row.each_ref().map(String::as_str)))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pipe whose reader has gone.
    #[derive(Debug)]
    struct Closed;

    impl Write for Closed {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::ErrorKind::BrokenPipe.into())
        }

        fn flush(&mut self) -> io::Result<()> {
            Err(io::ErrorKind::BrokenPipe.into())
        }
    }

    #[test]
    fn a_closed_pipe_is_recognised_however_the_writer_wrapped_it() {
        let json = serde_json::to_writer(Closed, &[1, 2, 3]).expect_err("closed");
        let mut csv = csv::Writer::from_writer(Closed);
        csv.write_record(["a", "b"]).expect("buffered");
        let csv = csv.flush().expect_err("closed");
        // A record larger than csv's buffer reaches the pipe at once.
        let csv_error = csv::Writer::from_writer(Closed)
            .write_record(["x".repeat(100_000)])
            .expect_err("closed");
        let cases: Vec<(&str, io::Error)> = vec![
            ("plain", io::ErrorKind::BrokenPipe.into()),
            ("serde_json, other", io::Error::other(json)),
            (
                "serde_json, from",
                serde_json::to_writer(Closed, &1)
                    .map_err(io::Error::from)
                    .expect_err("closed"),
            ),
            ("csv flush", csv),
            ("csv error, other", io::Error::other(csv_error)),
            (
                "nested",
                io::Error::other(io::Error::other(io::Error::from(io::ErrorKind::BrokenPipe))),
            ),
        ];
        for (what, e) in cases {
            assert!(reader_gone(&e), "{what}: {e:?}");
            assert!(output_failed(e, Lang::En).is_ok(), "{what}");
        }
        for e in [
            io::Error::from(io::ErrorKind::PermissionDenied),
            io::Error::other("disk full"),
        ] {
            assert!(!reader_gone(&e), "{e:?}");
            assert!(output_failed(e, Lang::En).is_err());
        }
    }

    /// A value longer than its column is cut, and the next column stays in
    /// line with the header's.
    #[test]
    fn a_long_value_does_not_shift_the_columns_after_it() {
        let long = "Ośrodek ".repeat(12);
        let rows = [
            [long.clone(), "x".to_owned()],
            ["short".to_owned(), "y".to_owned()],
        ];
        let mut out = Vec::new();
        write_table(&mut out, ["Name", "Next"], &rows).expect("written");
        let text = String::from_utf8(out).expect("utf-8");
        let at = |line: &str, what: &str| {
            let byte = line.find(what).expect("present");
            line[..byte].width()
        };
        let lines: Vec<&str> = text.lines().collect();
        let column = at(lines[0], "Next");
        assert_eq!(at(lines[1], "x"), column, "{text}");
        assert_eq!(at(lines[2], "y"), column, "{text}");
        assert!(lines[1].contains('…'), "{text}");
    }
}
