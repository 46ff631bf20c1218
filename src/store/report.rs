//! The SQL of reports: counts of consultations by one breakdown, and the totals.

use chrono::{Days, NaiveDate};
use rusqlite::named_params;

use super::Store;
use crate::report::{Breakdown, Report, Totals};

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
        let mut stmt = conn.prepare(&breakdown_sql(by))?;
        let mut rows: Vec<(String, u64)> = stmt
            .query_map(named_params! { ":lo": lo, ":hi": hi }, |r| {
                Ok((r.get("code")?, r.get::<_, i64>("n")? as u64))
            })?
            .collect::<rusqlite::Result<_>>()?;
        rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        // Clients are counted by the key a purge gives their anonymised
        // consultations (shared with their newer ones), else by the code, so
        // a purge leaves every count as it was.
        let totals = conn.query_row(
            "SELECT count(*) AS consultations,
                    count(DISTINCT ifnull(client_key, client_code)) AS clients,
                    ifnull(sum(follow_up_done), 0) AS done,
                    ifnull(sum(follow_up IS NOT NULL AND follow_up_done = 0
                               AND follow_up <= :today), 0) AS overdue,
                    ifnull(sum(minutes), 0) AS minutes
             FROM consultation WHERE at >= :lo AND at < :hi",
            named_params! { ":lo": lo, ":hi": hi, ":today": today.to_string() },
            |r| {
                Ok(Totals {
                    consultations: r.get::<_, i64>("consultations")? as u64,
                    clients: r.get::<_, i64>("clients")? as u64,
                    follow_ups_done: r.get::<_, i64>("done")? as u64,
                    follow_ups_overdue: r.get::<_, i64>("overdue")? as u64,
                    minutes: r.get::<_, i64>("minutes")? as u64,
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

/// The SQL giving (code, n) for consultations in `[:lo, :hi)`; a missing
/// value is counted as `not-stated` (an interpreter not needed as
/// [`crate::report::NO_INTERPRETER`]).
fn breakdown_sql(by: Breakdown) -> String {
    let code = match by {
        Breakdown::Topic => {
            return "SELECT t.topic_code AS code, count(*) AS n FROM consultation c
                    JOIN consultation_topic t ON t.consultation_id = c.id
                    WHERE c.at >= :lo AND c.at < :hi GROUP BY code"
                .to_owned();
        }
        Breakdown::Country => "ifnull(country, 'not-stated')",
        Breakdown::County => "ifnull(county, 'not-stated')",
        Breakdown::Channel => "channel",
        Breakdown::Gender => "gender",
        Breakdown::Age => "age_band",
        Breakdown::Interpreter => "ifnull(interpreter, 'none')",
        Breakdown::Staff => "staff",
    };
    format!(
        "SELECT {code} AS code, count(*) AS n FROM consultation
         WHERE at >= :lo AND at < :hi GROUP BY 1"
    )
}
