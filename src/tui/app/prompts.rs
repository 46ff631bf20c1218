//! One-line questions: asking, and acting on the answer.

use super::{App, Popup, consultations};
use crate::i18n::Msg;
use crate::tui::effect::Effect;
use crate::tui::prompt::{Prompt, PromptKind};
use crate::{dates, limits};

impl App {
    pub(super) fn ask(&mut self, kind: PromptKind, question: Msg, proposed: &str) {
        let prompt = Prompt::new(kind, self.lang.t(question).to_owned(), proposed);
        self.popup = Some(Popup::Prompt(Box::new(prompt)));
    }

    /// Acts on a prompt's answer; an invalid answer keeps the prompt open with
    /// the problem shown under the field.
    pub(super) fn answer(&mut self, kind: PromptKind, answer: &str) {
        let lang = self.lang;
        let problem = match kind {
            PromptKind::GoToDate => match dates::parse_date(answer) {
                Ok(date) => {
                    self.timetable.go_to(date);
                    self.refresh_slots();
                    None
                }
                Err(e @ (dates::DateError::OutOfRange | dates::DateError::NoSuchDay)) => {
                    Some(e.message(answer, lang))
                }
                Err(_) => Some(lang.fmt(Msg::ErrInvalidDate, &[&answer])),
            },
            PromptKind::ExportPath | PromptKind::ReportPath if answer.is_empty() => {
                Some(lang.t(Msg::ProbEmpty).to_owned())
            }
            PromptKind::ReportPath => {
                self.effects
                    .push(Effect::ExportReport(answer.into(), false));
                None
            }
            PromptKind::ExportPath => {
                self.effects.push(Effect::ExportWeek {
                    week: self.timetable.week(),
                    path: answer.into(),
                    replace: false,
                });
                None
            }
            PromptKind::ReportRange => match consultations::parse_range(answer) {
                Some((from, to)) => {
                    self.reports.choose_days(from, to);
                    self.effects.push(Effect::ComputeReport);
                    None
                }
                None => Some(lang.fmt(Msg::ErrInvalidDate, &[&answer])),
            },
            PromptKind::DateRange => match consultations::parse_range(answer) {
                Some(range) => {
                    self.consultations.range = Some(range);
                    self.effects.push(Effect::RefreshConsultations);
                    None
                }
                None => Some(lang.fmt(Msg::ErrInvalidDate, &[&answer])),
            },
            PromptKind::ClientCode if answer.is_empty() => {
                self.consultations.client = None;
                self.effects.push(Effect::RefreshConsultations);
                None
            }
            PromptKind::ClientCode => {
                let code = answer.to_uppercase();
                if crate::consultation::is_client_code(&code) {
                    if !self.read_only {
                        self.effects.push(Effect::RecordClientView(code.clone()));
                    }
                    self.consultations.client = Some(code);
                    self.effects.push(Effect::RefreshConsultations);
                    None
                } else {
                    Some(lang.fmt(Msg::ProbClientCode, &[&answer]))
                }
            }
            PromptKind::EndSeries => match dates::parse_date(answer) {
                Ok(until) => {
                    if let Some(o) = self.timetable.selected() {
                        let session = self.timetable.sessions()[o.session].id;
                        self.effects.push(Effect::EndSeries { session, until });
                    }
                    None
                }
                Err(e @ (dates::DateError::OutOfRange | dates::DateError::NoSuchDay)) => {
                    Some(e.message(answer, lang))
                }
                Err(_) => Some(lang.fmt(Msg::ErrInvalidDate, &[&answer])),
            },
            PromptKind::CancelReason if answer.is_empty() => {
                Some(lang.t(Msg::ErrReasonEmpty).to_owned())
            }
            PromptKind::CancelReason if limits::excess(answer, limits::LINE).is_some() => {
                limits::too_long(answer, limits::LINE, lang)
            }
            PromptKind::CancelReason => {
                if let Some(o) = self.timetable.selected() {
                    self.effects.push(Effect::CancelOccurrence {
                        session: self.timetable.sessions()[o.session].id,
                        date: o.date,
                        reason: answer.to_owned(),
                    });
                }
                None
            }
        };
        match (problem, &mut self.popup) {
            (Some(problem), Some(Popup::Prompt(prompt))) => prompt.error = Some(problem),
            _ => self.popup = None,
        }
    }
}
