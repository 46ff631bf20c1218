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
        let mut stmt = conn.prepare(breakdown_sql(by))?;
        let mut rows: Vec<(String, u64)> = stmt
            .query_map(named_params! { ":lo": lo, ":hi": hi }, |r| {
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
                    ifnull(sum(follow_up IS NOT NULL AND follow_up_done = 0 AND follow_up <= :today), 0),
                    ifnull(sum(minutes), 0)
             FROM consultation WHERE at >= :lo AND at < :hi",
            named_params! { ":lo": lo, ":hi": hi, ":today": today.to_string() },
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

/// The SQL giving (key, count) for consultations in `[:lo, :hi)`; a missing
/// value is counted as `not-stated`.
fn breakdown_sql(by: Breakdown) -> &'static str {
    match by {
        Breakdown::Topic => {
            "SELECT t.topic_code, count(*) FROM consultation c
             JOIN consultation_topic t ON t.consultation_id = c.id
             WHERE c.at >= :lo AND c.at < :hi GROUP BY t.topic_code"
        }
        Breakdown::Country => {
            "SELECT ifnull(country, 'not-stated'), count(*) FROM consultation
             WHERE at >= :lo AND at < :hi GROUP BY 1"
        }
        Breakdown::County => {
            "SELECT ifnull(county, 'not-stated'), count(*) FROM consultation
             WHERE at >= :lo AND at < :hi GROUP BY 1"
        }
        Breakdown::Channel => {
            "SELECT channel, count(*) FROM consultation WHERE at >= :lo AND at < :hi GROUP BY 1"
        }
        Breakdown::Gender => {
            "SELECT gender, count(*) FROM consultation WHERE at >= :lo AND at < :hi GROUP BY 1"
        }
        Breakdown::Age => {
            "SELECT age_band, count(*) FROM consultation WHERE at >= :lo AND at < :hi GROUP BY 1"
        }
        // `none` is [`crate::report::NO_INTERPRETER`].
        Breakdown::Interpreter => {
            "SELECT ifnull(interpreter, 'none'), count(*) FROM consultation
             WHERE at >= :lo AND at < :hi GROUP BY 1"
        }
        Breakdown::Staff => {
            "SELECT staff, count(*) FROM consultation WHERE at >= :lo AND at < :hi GROUP BY 1"
        }
    }
}
