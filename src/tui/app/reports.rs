//! The actions of the Reports screen and its audit trail (coordinators).

use super::App;
use crate::i18n::Msg;
use crate::policy::Action as May;
use crate::tui::action::Action;
use crate::tui::effect::Effect;
use crate::tui::prompt::PromptKind;

impl App {
    pub(super) fn update_reports(&mut self, action: Action) {
        match action {
            Action::GoToDate | Action::ExportReport if self.refused_role(May::SeeReports) => {}
            Action::GoToDate => {
                self.ask(PromptKind::ReportRange, Msg::DateRangePrompt, "");
            }
            Action::ExportReport => match self.reports.report() {
                Some(report) if !self.reports.computing() => {
                    let by = report.by.code();
                    let proposed = format!(
                        "pomost-report-{}-{}-{by}.csv",
                        report.from.map(|d| d.to_string()).unwrap_or_default(),
                        report.to.map(|d| d.to_string()).unwrap_or_default(),
                    );
                    self.ask(PromptKind::ReportPath, Msg::ReportExportPrompt, &proposed);
                }
                _ => self.status = Some(self.lang.t(Msg::ReportNotReady).to_owned()),
            },
            _ if !self.actor().may(May::SeeReports) => {}
            Action::ToggleAudit => {
                if self.reports.audit.take().is_none() {
                    self.effects.push(Effect::LoadAudit);
                }
            }
            _ => match &mut self.reports.audit {
                Some(audit) => {
                    audit.update(action);
                }
                None => {
                    if self.reports.update(action) {
                        self.effects.push(Effect::ComputeReport);
                    }
                }
            },
        }
    }
}
