//! `pomost audit`: who created, changed, erased, anonymised or looked at what
//! (coordinators only).

use std::io::{self, Write};
use std::path::Path;

use chrono::{DateTime, NaiveTime};
use clap::{Args, ValueEnum};

use super::{CliError, date_option, open_as, write_table};
use crate::audit::{Action, Entry, Query};
use crate::clock::Clock;
use crate::i18n::{Lang, Msg};
use crate::text::one_line;
use crate::timetable::{local_time, warsaw_to_utc};

/// Arguments of `pomost audit`.
#[derive(Debug, Args)]
pub struct AuditArgs {
    /// Only entries from this day on (YYYY-MM-DD, Warsaw time).
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// Only what this Unix user did.
    #[arg(long, value_name = "NAME")]
    user: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = AuditFormat::Table)]
    format: AuditFormat,
}

/// Formats of `pomost audit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AuditFormat {
    /// One line per entry: when, who, what, which record, the changed fields.
    Table,
    /// Every entry with the record before and after.
    Json,
}

/// Runs `pomost audit`.
pub fn run(args: &AuditArgs, db: &Path, lang: Lang, clock: Clock) -> Result<(), CliError> {
    let since = args
        .since
        .as_deref()
        .map(|d| {
            date_option("--since", d, lang).map(|day| utc_text(warsaw_to_utc(day, NaiveTime::MIN)))
        })
        .transpose()?;
    let (store, _) = open_as(db, lang, crate::policy::Action::SeeReports, clock)?;
    let entries = store.audit(&Query {
        since,
        user: args.user.clone(),
        ..Query::default()
    })?;
    let mut out = io::stdout().lock();
    let written = match args.format {
        AuditFormat::Json => {
            super::write_marked_each(&mut out, super::json_format::AUDIT, &entries)
        }
        AuditFormat::Table if entries.is_empty() => writeln!(out, "{}", lang.t(Msg::AuditNone)),
        AuditFormat::Table => {
            let rows: Vec<[String; 5]> = entries.iter().map(|e| row(e, lang)).collect();
            write_table(&mut out, super::columns(lang, Msg::AuditHeader), &rows)
        }
    };
    written
        .and_then(|()| out.flush())
        .or_else(|e| super::output_failed(e, lang))
}

/// One entry as table cells: Warsaw time, user, action and kind, the record
/// (with its name where it has one), the fields that changed.
pub fn row(e: &Entry, lang: Lang) -> [String; 5] {
    [
        local_time(&e.at),
        one_line(&e.actor),
        format!("{} {}", e.action.label(lang), e.kind.label(lang)),
        one_line(&describe(e)),
        if e.action == Action::Change {
            one_line(&e.changed_fields().join(", "))
        } else {
            String::new()
        },
    ]
}

/// The record's id with its name, title or client code, when the entry holds one.
pub fn describe(e: &Entry) -> String {
    let named = [&e.after, &e.before].into_iter().flatten().find_map(|v| {
        ["name", "title", "client"]
            .iter()
            .find_map(|k| v.get(k).and_then(|n| n.as_str()))
            .filter(|n| !n.is_empty())
            .map(str::to_owned)
    });
    match named {
        Some(name) if name != e.target => format!("{} ({name})", e.target),
        _ => e.target.clone(),
    }
}

fn utc_text(t: DateTime<chrono::Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
