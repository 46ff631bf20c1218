//! `pomost report`: the numbers for funders, for a period and one breakdown.

use std::io::{self, Write};
use std::path::Path;

use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use super::{Action, CliError, date_range, excel_format, open_as};
use crate::clock::Clock;
use crate::i18n::{Lang, Msg};
use crate::model::Reference;
use crate::report::{Breakdown, Report, Totals};
use crate::text::spreadsheet::Dialect;

/// Arguments of `pomost report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// First day (YYYY-MM-DD; default: no lower bound).
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// Last day, inclusive (YYYY-MM-DD; default: no upper bound).
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
    /// What to count by.
    #[arg(long, default_value = "topic",
          value_parser = super::code_parser(Breakdown::ALL, Breakdown::code))]
    by: Breakdown,
    /// Output format (default: table).
    #[arg(long, value_enum)]
    format: Option<ReportFormat>,
    /// CSV for Excel or LibreOffice in a Polish locale: UTF-8 with a byte
    /// order mark, `;` between cells (implies `--format csv`).
    #[arg(long)]
    excel: bool,
}

/// Formats of `pomost report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// A table with bars, and the totals.
    Table,
    /// `code,label,count,value` rows: the counts, then the totals (under
    /// `value`), then the note on topics.
    Csv,
    /// The counts and totals as one object.
    Json,
}

/// Runs `pomost report`.
pub fn run(args: &ReportArgs, db: &Path, lang: Lang, clock: Clock) -> Result<(), CliError> {
    let (from, to) = date_range(args.from.as_deref(), args.to.as_deref(), lang)?;
    let format = excel_format(args.format, ReportFormat::Csv, args.excel, lang)?;
    let (store, _) = open_as(db, lang, Action::SeeReports, clock)?;
    let reference = Reference {
        topics: store.topics()?,
        counties: store.counties()?,
    };
    let report = store.report(from, to, args.by, clock.today())?;
    let mut out = io::stdout().lock();
    let written = match format.unwrap_or(ReportFormat::Table) {
        ReportFormat::Table => table(&mut out, &report, &reference, lang),
        ReportFormat::Csv => {
            let dialect = Dialect::excel_if(args.excel);
            report.write_csv(&mut out, dialect, &reference, lang)
        }
        ReportFormat::Json => json(&mut out, &report, &reference, lang),
    };
    written.or_else(|e| super::output_failed(e, lang))
}

/// `report --format json`: the report with each row's label in the
/// interface language.
#[derive(Serialize)]
struct JsonReport<'a> {
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    by: Breakdown,
    rows: Vec<JsonRow<'a>>,
    /// True when one consultation may count under several rows (topics).
    rows_overlap: bool,
    totals: &'a Totals,
}

/// One row of [`JsonReport`].
#[derive(Serialize)]
struct JsonRow<'a> {
    code: &'a str,
    label: String,
    count: u64,
}

fn json(
    out: &mut impl Write,
    report: &Report,
    reference: &Reference,
    lang: Lang,
) -> io::Result<()> {
    let rows = report
        .rows
        .iter()
        .map(|(code, count)| JsonRow {
            code,
            label: crate::report::label(report.by, code, reference, lang),
            count: *count,
        })
        .collect();
    let doc = JsonReport {
        from: report.from,
        to: report.to,
        by: report.by,
        rows,
        rows_overlap: report.by.overlaps(),
        totals: &report.totals,
    };
    super::write_marked(out, super::json_format::REPORT, &doc)
}

fn table(
    out: &mut impl Write,
    report: &Report,
    reference: &Reference,
    lang: Lang,
) -> io::Result<()> {
    // Labels come out of `label` sanitised, on one line.
    let rows: Vec<(String, u64)> = report
        .rows
        .iter()
        .map(|(code, n)| (crate::report::label(report.by, code, reference, lang), *n))
        .collect();
    let width = rows
        .iter()
        .map(|(l, _)| l.width())
        .max()
        .unwrap_or(0)
        .min(50);
    let most = rows.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    for (l, n) in &rows {
        let pad = width.saturating_sub(l.width());
        let bar = "█".repeat(((*n * 30).div_ceil(most)) as usize);
        writeln!(out, "{l}{}  {n:>7}  {bar}", " ".repeat(pad))?;
    }
    if rows.is_empty() {
        writeln!(out, "{}", lang.t(Msg::CliNoConsultations))?;
    }
    writeln!(out)?;
    for (l, n) in report.totals_lines(lang) {
        writeln!(out, "{l}: {n}")?;
    }
    if report.by.overlaps() {
        writeln!(out, "{}", lang.t(Msg::ReportTopicsNote))?;
    }
    Ok(())
}
