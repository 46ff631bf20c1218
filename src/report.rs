//! Statistics of consultations for a period: counts by one breakdown, and the
//! totals funders ask for. A consultation with three topics counts once in the
//! total and once under each of its topics.

use std::io;

use chrono::{Days, NaiveDate};
use clap::ValueEnum;
use rusqlite::params;
use serde::Serialize;

use crate::consultation::{AgeBand, Channel, Gender, county_label};
use crate::i18n::{Lang, Msg, country_name};
use crate::model::Reference;
use crate::store::Store;
use crate::text::one_line;
use crate::text::spreadsheet::write_record;

/// What the counts are broken down by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Serialize)]
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
}

impl Breakdown {
    /// True when one consultation can count under several rows.
    pub fn overlaps(self) -> bool {
        self == Breakdown::Topic
    }

    /// The SQL giving (key, count) for consultations in `[?1, ?2)`; a missing
    /// value is counted as `not-stated`.
    fn sql(self) -> &'static str {
        match self {
            Breakdown::Topic => {
                "SELECT t.topic_code, count(*) FROM consultation c
                 JOIN consultation_topic t ON t.consultation_id = c.id
                 WHERE c.at >= ?1 AND c.at < ?2 GROUP BY t.topic_code"
            }
            Breakdown::Country => {
                "SELECT ifnull(country, 'not-stated'), count(*) FROM consultation
                 WHERE at >= ?1 AND at < ?2 GROUP BY 1"
            }
            Breakdown::County => {
                "SELECT ifnull(county, 'not-stated'), count(*) FROM consultation
                 WHERE at >= ?1 AND at < ?2 GROUP BY 1"
            }
            Breakdown::Channel => {
                "SELECT channel, count(*) FROM consultation WHERE at >= ?1 AND at < ?2 GROUP BY 1"
            }
            Breakdown::Gender => {
                "SELECT gender, count(*) FROM consultation WHERE at >= ?1 AND at < ?2 GROUP BY 1"
            }
            Breakdown::Age => {
                "SELECT age_band, count(*) FROM consultation WHERE at >= ?1 AND at < ?2 GROUP BY 1"
            }
            Breakdown::Staff => {
                "SELECT staff, count(*) FROM consultation WHERE at >= ?1 AND at < ?2 GROUP BY 1"
            }
        }
    }
}

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

    /// Writes the report as CSV: `code,label,count` for each row, then the
    /// totals under the codes `total`, `clients`, `follow_ups_done`,
    /// `follow_ups_overdue` and `minutes`.
    pub fn write_csv(
        &self,
        out: &mut impl io::Write,
        reference: &Reference,
        lang: Lang,
    ) -> io::Result<()> {
        let mut w = csv::Writer::from_writer(out);
        w.write_record(["code", "label", "count"])?;
        for (code, n) in &self.rows {
            write_record(
                &mut w,
                [
                    code.as_str(),
                    &label(self.by, code, reference, lang),
                    &n.to_string(),
                ],
            )?;
        }
        let keys = [
            "total",
            "clients",
            "follow_ups_done",
            "follow_ups_overdue",
            "minutes",
        ];
        for (key, (l, n)) in keys.iter().zip(self.totals_lines(lang)) {
            w.write_record([*key, l.as_str(), &n.to_string()])?;
        }
        w.flush()
    }
}

impl Store {
    /// The report of consultations from `from` to `to` (inclusive days), with
    /// overdue follow-ups counted as of `today`.
    pub fn report(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        by: Breakdown,
        today: NaiveDate,
    ) -> rusqlite::Result<Report> {
        let lo = from.map(|d| d.to_string()).unwrap_or_default();
        let hi = to
            .and_then(|d| d.checked_add_days(Days::new(1)))
            .map(|d| d.to_string())
            .unwrap_or_else(|| "9999".to_owned());
        let conn = self.conn();
        let mut stmt = conn.prepare(by.sql())?;
        let mut rows: Vec<(String, u64)> = stmt
            .query_map(params![lo, hi], |r| {
                Ok((r.get(0)?, r.get::<_, i64>(1)? as u64))
            })?
            .collect::<rusqlite::Result<_>>()?;
        rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        // Clients are counted by the key a purge gives their anonymised
        // consultations (shared with their newer ones), else by the code, so
        // a purge leaves every count as it was.
        let totals = conn.query_row(
            "SELECT count(*), count(DISTINCT ifnull(client_key, client_code)),
                    ifnull(sum(follow_up_done), 0),
                    ifnull(sum(follow_up IS NOT NULL AND follow_up_done = 0 AND follow_up <= ?3), 0),
                    ifnull(sum(minutes), 0)
             FROM consultation WHERE at >= ?1 AND at < ?2",
            params![lo, hi, today.to_string()],
            |r| {
                Ok(Totals {
                    consultations: r.get::<_, i64>(0)? as u64,
                    clients: r.get::<_, i64>(1)? as u64,
                    follow_ups_done: r.get::<_, i64>(2)? as u64,
                    follow_ups_overdue: r.get::<_, i64>(3)? as u64,
                    minutes: r.get::<_, i64>(4)? as u64,
                })
            },
        )?;
        Ok(Report {
            from,
            to,
            by,
            rows,
            totals,
        })
    }
}
