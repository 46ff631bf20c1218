//! The Reports screen: a period and a breakdown, the counts as bars and a
//! table, and the totals. The numbers are computed by a job of their own
//! (`tui::jobs`: a year of a million consultations must not freeze the screen).

use std::path::PathBuf;

use chrono::{Datelike, Months, NaiveDate};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::i18n::{Lang, Msg};
use crate::model::Reference;
use crate::report::{Breakdown, Report};
use crate::tui::action::Action;
use crate::tui::jobs::Job;
use crate::tui::theme::Theme;

/// The periods offered, in the order `p` cycles through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// From the 1st of this month to today.
    ThisMonth,
    /// The whole previous month.
    LastMonth,
    /// This calendar quarter.
    Quarter,
    /// This calendar year.
    Year,
    /// Days chosen by the user (first and last, inclusive).
    Custom(NaiveDate, NaiveDate),
}

impl Period {
    const ALL: [Period; 4] = [
        Period::ThisMonth,
        Period::LastMonth,
        Period::Quarter,
        Period::Year,
    ];

    /// The first and last day of the period around `today`.
    pub fn range(self, today: NaiveDate) -> (NaiveDate, NaiveDate) {
        let first_of = |y, m| NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(today);
        match self {
            Period::ThisMonth => (first_of(today.year(), today.month()), today),
            Period::LastMonth => {
                let this = first_of(today.year(), today.month());
                let last = this.pred_opt().unwrap_or(this);
                (first_of(last.year(), last.month()), last)
            }
            Period::Quarter => {
                let m = (today.month0() / 3) * 3 + 1;
                let start = first_of(today.year(), m);
                let end = start
                    .checked_add_months(Months::new(3))
                    .and_then(|d| d.pred_opt())
                    .unwrap_or(today);
                (start, end)
            }
            Period::Year => (
                first_of(today.year(), 1),
                NaiveDate::from_ymd_opt(today.year(), 12, 31).unwrap_or(today),
            ),
            Period::Custom(from, to) => (from, to),
        }
    }

    fn label(self) -> Msg {
        match self {
            Period::ThisMonth => Msg::PeriodThisMonth,
            Period::LastMonth => Msg::PeriodLastMonth,
            Period::Quarter => Msg::PeriodQuarter,
            Period::Year => Msg::PeriodYear,
            Period::Custom(..) => Msg::PeriodCustom,
        }
    }
}

const BREAKDOWNS: &[Breakdown] = Breakdown::ALL;

/// State of the Reports screen.
pub struct ReportsScreen {
    period: Period,
    by: Breakdown,
    report: Option<Report>,
    computing: bool,
    /// The last error, if computing failed.
    pub error: Option<String>,
    /// The audit trail, when shown instead of the report.
    pub audit: Option<super::audit::AuditView>,
}

impl Default for ReportsScreen {
    fn default() -> Self {
        Self {
            period: Period::ThisMonth,
            by: Breakdown::Topic,
            report: None,
            computing: false,
            error: None,
            audit: None,
        }
    }
}

impl ReportsScreen {
    /// True while the numbers are being computed.
    pub fn computing(&self) -> bool {
        self.computing
    }

    /// The shown report.
    pub fn report(&self) -> Option<&Report> {
        self.report.as_ref()
    }

    /// Changes period or breakdown; true when the numbers must be computed again.
    pub fn update(&mut self, action: Action) -> bool {
        let next = |i: usize, n: usize, forward: bool| {
            if forward {
                (i + 1) % n
            } else {
                (i + n - 1) % n
            }
        };
        match action {
            Action::NextPeriod | Action::PrevPeriod => {
                let n = Period::ALL.len();
                let forward = action == Action::NextPeriod;
                // From chosen dates, `p` goes to the first period, `P` to the last.
                let i = Period::ALL
                    .iter()
                    .position(|p| *p == self.period)
                    .unwrap_or(if forward { n - 1 } else { 0 });
                self.period = Period::ALL[next(i, n, forward)];
            }
            Action::Right | Action::Left | Action::Down | Action::Up => {
                let i = BREAKDOWNS.iter().position(|b| *b == self.by).unwrap_or(0);
                let forward = matches!(action, Action::Right | Action::Down);
                self.by = BREAKDOWNS[next(i, BREAKDOWNS.len(), forward)];
            }
            _ => return false,
        }
        true
    }

    /// Shows the days from `from` to `to` (inclusive); the numbers must be
    /// computed again.
    pub fn choose_days(&mut self, from: NaiveDate, to: NaiveDate) {
        self.period = Period::Custom(from.min(to), from.max(to));
    }

    /// The job that computes the numbers of the period and breakdown shown,
    /// for the database at `path` on `today`; the screen says "computing"
    /// until [`finish`](Self::finish).
    pub fn request(&mut self, path: PathBuf, today: NaiveDate) -> Job {
        let (from, to) = self.period.range(today);
        self.computing = true;
        Job::Report {
            path,
            from,
            to,
            by: self.by,
            today,
        }
    }

    /// The numbers computed (or why not).
    pub fn finish(&mut self, result: Result<Report, String>) {
        self.computing = false;
        match result {
            Ok(report) => {
                self.report = Some(report);
                self.error = None;
            }
            Err(e) => self.error = Some(e),
        }
    }
}

/// Draws the screen: what is shown, the bars, the totals.
pub fn draw(
    frame: &mut Frame<'_>,
    area: Rect,
    screen: &ReportsScreen,
    reference: &Reference,
    today: NaiveDate,
    theme: &Theme,
    lang: Lang,
) {
    let (from, to) = screen.period.range(today);
    let by = match screen.by {
        Breakdown::Topic => Msg::FieldTopics,
        Breakdown::Country => Msg::FieldCountry,
        Breakdown::County => Msg::FieldCounty,
        Breakdown::Channel => Msg::FieldChannel,
        Breakdown::Gender => Msg::FieldGender,
        Breakdown::Age => Msg::FieldAgeBand,
        Breakdown::Staff => Msg::FieldStaff,
        Breakdown::Interpreter => Msg::FieldInterpreter,
    };
    let title = format!(
        " {} · {} – {} · {} ",
        lang.t(screen.period.label()),
        lang.date(from),
        lang.date(to),
        lang.t(by)
    );
    let block = Block::bordered()
        .border_style(theme.border_focused)
        .title(Span::styled(title, theme.title));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [bars, totals] = Layout::vertical([Constraint::Min(3), Constraint::Length(7)]).areas(inner);
    let mut lines = Vec::new();
    if screen.computing() {
        lines.push(Line::styled(lang.t(Msg::Computing), theme.muted));
    } else if let Some(e) = &screen.error {
        lines.push(Line::styled(
            lang.fmt(Msg::ErrDatabase, &[e]),
            theme.warning,
        ));
    }
    if let Some(report) = screen.report() {
        let most = report
            .rows
            .iter()
            .map(|(_, n)| *n)
            .max()
            .unwrap_or(0)
            .max(1);
        let label_w = 26usize;
        let bar_w = usize::from(bars.width).saturating_sub(label_w + 10).max(1) as u64;
        for (code, n) in &report.rows {
            let label = crate::report::label(report.by, code, reference, lang);
            let label: String = label.chars().take(label_w).collect();
            let pad = label_w.saturating_sub(unicode_width::UnicodeWidthStr::width(label.as_str()));
            let bar = "█".repeat((n * bar_w).div_ceil(most) as usize);
            lines.push(Line::from(vec![
                Span::raw(format!("{label}{} {n:>6} ", " ".repeat(pad))),
                Span::styled(bar, theme.block),
            ]));
        }
        if report.rows.is_empty() {
            lines.push(Line::styled(lang.t(Msg::CliNoConsultations), theme.muted));
        }
    }
    frame.render_widget(Paragraph::new(lines), bars);
    if let Some(report) = screen.report() {
        let t = report.totals;
        let mut lines = vec![
            Line::from(format!(
                "{}: {}",
                lang.t(Msg::ReportConsultations),
                t.consultations
            )),
            Line::from(format!("{}: {}", lang.t(Msg::ReportClients), t.clients)),
            Line::from(format!(
                "{}: {} · {}: {}",
                lang.t(Msg::ReportFollowUpsDone),
                t.follow_ups_done,
                lang.t(Msg::ReportFollowUpsOverdue),
                t.follow_ups_overdue
            )),
            Line::from(format!("{}: {}", lang.t(Msg::ReportMinutes), t.minutes)),
        ];
        if report.by.overlaps() {
            lines.push(Line::styled(lang.t(Msg::ReportTopicsNote), theme.muted));
        }
        frame.render_widget(
            Paragraph::new(lines).wrap(ratatui::widgets::Wrap { trim: true }),
            totals,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_around_a_day() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let today = d(2026, 11, 23);
        assert_eq!(Period::ThisMonth.range(today), (d(2026, 11, 1), today));
        assert_eq!(
            Period::LastMonth.range(today),
            (d(2026, 10, 1), d(2026, 10, 31))
        );
        assert_eq!(
            Period::Quarter.range(today),
            (d(2026, 10, 1), d(2026, 12, 31))
        );
        assert_eq!(Period::Year.range(today), (d(2026, 1, 1), d(2026, 12, 31)));
        assert_eq!(
            Period::LastMonth.range(d(2026, 1, 15)),
            (d(2025, 12, 1), d(2025, 12, 31))
        );
    }
}
