//! Statistics of consultations for a period: counts by one breakdown, and the
//! totals funders ask for. A consultation with three topics counts once in the
//! total and once under each of its topics.

use std::io;

use chrono::NaiveDate;
use serde::Serialize;

use crate::consultation::{AgeBand, Channel, Gender, county_label};
use crate::i18n::{Lang, Msg, country_name, language_name};
use crate::model::Reference;
use crate::text::one_line;
use crate::text::spreadsheet::{Dialect, Writer};

/// What the counts are broken down by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Breakdown {
    /// Topic areas (a consultation counts under each of its topics).
    Topic,
    /// Country of origin.
    Country,
    /// County of residence.
    County,
    /// In person, phone, online.
    Channel,
    /// Gender.
    Gender,
    /// Age band.
    Age,
    /// The staff member who logged it.
    Staff,
    /// The language an interpreter was needed for (or none).
    Interpreter,
}

impl Breakdown {
    /// Every breakdown, in the order the screen cycles through them.
    pub const ALL: &'static [Breakdown] = &[
        Self::Topic,
        Self::Country,
        Self::County,
        Self::Channel,
        Self::Gender,
        Self::Age,
        Self::Staff,
        Self::Interpreter,
    ];

    /// The command-line (and file name) spelling: `--by topic`.
    pub fn code(self) -> &'static str {
        match self {
            Self::Topic => "topic",
            Self::Country => "country",
            Self::County => "county",
            Self::Channel => "channel",
            Self::Gender => "gender",
            Self::Age => "age",
            Self::Staff => "staff",
            Self::Interpreter => "interpreter",
        }
    }

    /// True when one consultation can count under several rows.
    pub fn overlaps(self) -> bool {
        self == Breakdown::Topic
    }
}

/// The code under which `--by interpreter` counts consultations that needed
/// no interpreter.
pub const NO_INTERPRETER: &str = "none";

/// A code of a breakdown in words, in the interface language, on one line
/// and through the sanitiser (codes and labels come from the database).
pub fn label(by: Breakdown, code: &str, reference: &Reference, lang: Lang) -> String {
    one_line(&raw_label(by, code, reference, lang))
}

fn raw_label(by: Breakdown, code: &str, reference: &Reference, lang: Lang) -> String {
    let not_stated = || lang.t(Msg::NotStated).to_owned();
    match by {
        Breakdown::Topic => reference.topic_label(code, lang).to_owned(),
        Breakdown::Country if code == "not-stated" => not_stated(),
        Breakdown::Country => country_name(code, lang).unwrap_or(code).to_owned(),
        Breakdown::County => county_label(Some(code), lang),
        Breakdown::Channel => {
            Channel::parse(code).map_or(code.to_owned(), |c| c.label(lang).to_owned())
        }
        Breakdown::Gender => {
            Gender::parse(code).map_or(code.to_owned(), |g| g.label(lang).to_owned())
        }
        Breakdown::Age => {
            AgeBand::parse(code).map_or(code.to_owned(), |a| a.label(lang).to_owned())
        }
        Breakdown::Staff => code.to_owned(),
        Breakdown::Interpreter if code == NO_INTERPRETER => {
            lang.t(Msg::InterpreterNotNeeded).to_owned()
        }
        Breakdown::Interpreter => language_name(code, lang).unwrap_or(code).to_owned(),
    }
}

/// The totals of a period.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    /// Consultations (each once).
    pub consultations: u64,
    /// Distinct client codes.
    pub clients: u64,
    /// Follow-ups marked done.
    pub follow_ups_done: u64,
    /// Follow-ups due on or before the report day and not done.
    pub follow_ups_overdue: u64,
    /// Minutes recorded.
    pub minutes: u64,
}

/// Counts for one period and breakdown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// First day (inclusive), if bounded.
    pub from: Option<NaiveDate>,
    /// Last day (inclusive), if bounded.
    pub to: Option<NaiveDate>,
    /// The breakdown.
    pub by: Breakdown,
    /// (code, count), most first, then by code.
    pub rows: Vec<(String, u64)>,
    /// The totals.
    pub totals: Totals,
}

impl Report {
    /// The totals as (label, number), in the order they are shown.
    pub fn totals_lines(&self, lang: Lang) -> Vec<(String, u64)> {
        let t = &self.totals;
        [
            (Msg::ReportConsultations, t.consultations),
            (Msg::ReportClients, t.clients),
            (Msg::ReportFollowUpsDone, t.follow_ups_done),
            (Msg::ReportFollowUpsOverdue, t.follow_ups_overdue),
            (Msg::ReportMinutes, t.minutes),
        ]
        .into_iter()
        .map(|(m, n)| (lang.t(m).to_owned(), n))
        .collect()
    }

    /// Writes the report as CSV with the columns `code,label,count,value`:
    /// one row per breakdown row with its count, then the totals under the
    /// codes `total`, `clients`, `follow_ups_done`, `follow_ups_overdue` and
    /// `minutes`, each with its number under `value` and the count empty (so
    /// the count column adds up to the breakdown alone), then, when one
    /// consultation may count under several rows (topics), the row `note`
    /// saying so.
    pub fn write_csv(
        &self,
        out: &mut impl io::Write,
        dialect: Dialect,
        reference: &Reference,
        lang: Lang,
    ) -> io::Result<()> {
        let mut w = Writer::new(out, dialect)?;
        w.row(["code", "label", "count", "value"])?;
        for (code, n) in &self.rows {
            let label = label(self.by, code, reference, lang);
            w.row([code.as_str(), &label, &n.to_string(), ""])?;
        }
        let keys = [
            "total",
            "clients",
            "follow_ups_done",
            "follow_ups_overdue",
            "minutes",
        ];
        for (key, (l, n)) in keys.iter().zip(self.totals_lines(lang)) {
            w.row([*key, l.as_str(), "", &n.to_string()])?;
        }
        if self.by.overlaps() {
            w.row(["note", lang.t(Msg::ReportTopicsNote), "", ""])?;
        }
        w.flush()
    }
}
