//! `pomost consultations list | export`: consultations newest first, as a
//! table, CSV or JSON.

use std::io::{self, Write};
use std::path::Path;

use chrono::NaiveDate;
use clap::{Args, Subcommand, ValueEnum};

use super::{Action, CliError, date_option, excel_format, open_as, write_table};
use crate::clock::Clock;
use crate::consultation::{Consultation, Record, is_client_code};
use crate::i18n::{Lang, Msg};
use crate::model::Reference;
use crate::store::ConsultationQuery;
use crate::text::excerpt;
use crate::text::spreadsheet::{Dialect, Writer};

/// `pomost consultations …`
#[derive(Debug, Subcommand)]
pub enum ConsultationsCommand {
    /// Show consultations, newest first (default format: table).
    List(ConsultationsArgs),
    /// Print consultations for a spreadsheet or a script, newest first (default
    /// format: csv, with a header row; lists are joined with "; ").
    Export(ConsultationsArgs),
}

/// Which consultations, and how to print them.
#[derive(Debug, Args)]
pub struct ConsultationsArgs {
    /// From this day on (default: the earliest).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub from: Option<String>,
    /// Up to and including this day (default: the latest).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub to: Option<String>,
    /// Only this client's consultations (the client code; case does not matter).
    #[arg(long, value_name = "CODE")]
    pub client: Option<String>,
    /// Only consultations whose notes, client code or topics hold these words
    /// (each as the start of a word; case and diacritics do not matter), read
    /// as the screen's full-text search reads them.
    #[arg(long, value_name = "QUERY")]
    pub text: Option<String>,
    /// Output format (default: table for list, csv for export).
    #[arg(long, value_enum)]
    pub format: Option<ConsultationsFormat>,
    /// CSV for Excel or LibreOffice in a Polish locale: UTF-8 with a byte
    /// order mark, `;` between cells (implies `--format csv`).
    #[arg(long)]
    pub excel: bool,
}

/// Formats of `consultations list | export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ConsultationsFormat {
    /// Date and time, client, topics, staff member, channel; for reading.
    Table,
    /// Every field, one row per consultation, with a header row.
    Csv,
    /// An array of objects with every field.
    Json,
}

/// Runs a `consultations` subcommand.
pub fn run(cmd: ConsultationsCommand, db: &Path, lang: Lang, clock: Clock) -> Result<(), CliError> {
    let (args, default) = match cmd {
        ConsultationsCommand::List(args) => (args, ConsultationsFormat::Table),
        ConsultationsCommand::Export(args) => (args, ConsultationsFormat::Csv),
    };
    // The input is checked before the database is touched.
    let query = query(&args, lang)?;
    let format = excel_format(args.format, ConsultationsFormat::Csv, args.excel, lang)?;
    let (mut store, me) = open_as(db, lang, Action::Use, clock)?;
    // Words of notes this person may not read find nothing, as on the screen.
    let mut query = query;
    me.actor().scope(&mut query);
    if let (Some(client), false) = (&query.client, store.is_read_only()) {
        store.record_client_view(&me.user, client)?;
    }
    let mut consultations = store.consultations(&query)?;
    me.actor().hide_notes(&mut consultations);
    let mut out = io::stdout().lock();
    let written = match format.unwrap_or(default) {
        ConsultationsFormat::Table => {
            let reference = Reference {
                topics: store.topics()?,
                counties: store.counties()?,
            };
            table(&mut out, &consultations, &reference, lang)
        }
        ConsultationsFormat::Csv => csv(&mut out, &consultations, Dialect::excel_if(args.excel)),
        ConsultationsFormat::Json => json(&mut out, &consultations),
    };
    written
        .and_then(|()| out.flush())
        .or_else(|e| super::output_failed(e, lang))
}

/// The query from the options: dates that exist, in order, and a client code.
fn query(args: &ConsultationsArgs, lang: Lang) -> Result<ConsultationQuery, CliError> {
    let date = |option: &str, text: &Option<String>| -> Result<Option<NaiveDate>, CliError> {
        text.as_deref()
            .map(|t| date_option(option, t, lang))
            .transpose()
    };
    let from = date("--from", &args.from)?;
    let to = date("--to", &args.to)?;
    if let (Some(from), Some(to)) = (from, to) {
        if from > to {
            return Err(CliError::usage(
                lang.fmt(Msg::ErrFromAfterTo, &[&from, &to]),
            ));
        }
    }
    let client = args
        .client
        .as_deref()
        .map(|c| check_client(c, lang))
        .transpose()?;
    let text = args
        .text
        .as_deref()
        .filter(|t| !t.trim().is_empty())
        .map(str::to_owned);
    Ok(ConsultationQuery {
        from,
        to,
        client,
        text,
        ..ConsultationQuery::default()
    })
}

/// A client code checked by the form's rule (so a name typed by mistake is
/// refused rather than silently matching nothing), upper-cased.
pub(super) fn check_client(code: &str, lang: Lang) -> Result<String, CliError> {
    let code = code.trim().to_uppercase();
    if is_client_code(&code) {
        Ok(code)
    } else {
        Err(CliError::usage(format!(
            "--client: {}",
            lang.fmt(Msg::ProbClientCode, &[&excerpt(&code)])
        )))
    }
}

/// Date and time, client, topics (labels), staff member, channel.
fn table(
    out: &mut impl Write,
    consultations: &[Consultation],
    reference: &Reference,
    lang: Lang,
) -> io::Result<()> {
    if consultations.is_empty() {
        return writeln!(out, "{}", lang.t(Msg::CliNoConsultations));
    }
    let rows: Vec<[String; 5]> = consultations
        .iter()
        .map(|c| {
            [
                format!("{} {}", lang.date(c.at.date()), c.at.format("%H:%M")),
                c.client.clone(),
                c.topics
                    .iter()
                    .map(|t| reference.topic_label(t, lang))
                    .collect::<Vec<_>>()
                    .join(", "),
                c.staff.clone(),
                c.channel.label(lang).to_owned(),
            ]
        })
        .collect();
    write_table(
        out,
        [
            lang.t(Msg::FieldAt),
            lang.t(Msg::FieldClient),
            lang.t(Msg::ColTopics),
            lang.t(Msg::FieldStaff),
            lang.t(Msg::FieldChannel),
        ],
        &rows,
    )
}

/// A header row and one row per consultation, both from [`Record::csv_cells`];
/// cells through the sanitiser ([`crate::text::spreadsheet`]: newlines in
/// notes are kept, quoted).
fn csv(out: &mut impl Write, consultations: &[Consultation], dialect: Dialect) -> io::Result<()> {
    let mut w = Writer::new(out, dialect)?;
    let header = Record::default().csv_cells();
    w.row(header.iter().map(|(name, _)| name))?;
    for c in consultations {
        let cells = c.record().csv_cells();
        w.row(cells.into_iter().map(|(_, cell)| cell))?;
    }
    w.flush()
}

/// An array of objects with every field (terminal controls escaped).
fn json(out: &mut impl Write, consultations: &[Consultation]) -> io::Result<()> {
    let rows: Vec<Record<'_>> = consultations.iter().map(Consultation::record).collect();
    super::write_marked_each(out, super::json_format::CONSULTATION, &rows)
}
