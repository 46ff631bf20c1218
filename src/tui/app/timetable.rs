//! The actions of the Timetable screen.

use super::{App, Popup};
use crate::i18n::Msg;
use crate::timetable::draft::SessionDraft;
use crate::timetable::service_slots;
use crate::tui::action::Action;
use crate::tui::effect::Effect;
use crate::tui::prompt::PromptKind;
use crate::tui::timetable::form::SessionForm;

impl App {
    pub(super) fn update_timetable(&mut self, action: Action) {
        let lang = self.lang;
        match action {
            Action::GoToDate => self.ask(PromptKind::GoToDate, Msg::GoToPrompt, ""),
            Action::ShowCard => self.show_session_card(),
            Action::ExportWeek => {
                let proposed = format!("pomost-{}.ics", self.timetable.week());
                self.ask(PromptKind::ExportPath, Msg::ExportPrompt, &proposed);
            }
            Action::ToggleServiceHours => {
                self.timetable.show_hours = !self.timetable.show_hours;
                self.refresh_slots();
                let message = if self.timetable.show_hours {
                    let topic = self.services.filter().topic.as_deref().map_or_else(
                        || lang.t(Msg::AllTopics).to_owned(),
                        |c| self.reference.topic_label(c, lang).to_owned(),
                    );
                    lang.fmt(Msg::ServiceHoursShown, &[&topic])
                } else {
                    lang.t(Msg::ServiceHoursHidden).to_owned()
                };
                self.status = Some(message);
            }
            Action::NewSession | Action::EditSession if self.refused(true) => {}
            Action::NewSession => {
                let draft = SessionDraft::new(self.timetable.now().date());
                let form = SessionForm::new(&draft, None, lang);
                self.popup = Some(Popup::SessionForm(Box::new(form)));
            }
            Action::EditSession => {
                if let Some(o) = self.timetable.selected() {
                    // Read afresh with its version, so a later save can tell
                    // whether someone changed it meanwhile.
                    let id = self.timetable.sessions()[o.session].id;
                    self.effects.push(Effect::OpenSessionForm(id));
                }
            }
            Action::EndSeries if self.refused(true) => {}
            Action::EndSeries => {
                let Some(o) = self.timetable.selected() else {
                    return;
                };
                let session = &self.timetable.sessions()[o.session];
                if matches!(session.when, crate::model::SessionWhen::Weekly { .. }) {
                    let today = self.timetable.now().date().to_string();
                    self.ask(PromptKind::EndSeries, Msg::EndSeriesPrompt, &today);
                } else {
                    self.status = Some(lang.t(Msg::ErrNotASeries).to_owned());
                }
            }
            Action::CancelOccurrence => {
                let Some(o) = self.timetable.selected().cloned() else {
                    return;
                };
                if self.refused(true) {
                } else if o.cancelled.is_some() {
                    self.effects.push(Effect::RestoreOccurrence {
                        session: self.timetable.sessions()[o.session].id,
                        date: o.date,
                    });
                } else {
                    self.ask(PromptKind::CancelReason, Msg::CancelReasonPrompt, "");
                }
            }
            other => {
                if self.timetable.update(other)
                    && matches!(
                        other,
                        Action::PrevWeek
                            | Action::NextWeek
                            | Action::ThisWeek
                            | Action::Left
                            | Action::Right
                    )
                {
                    self.refresh_slots();
                }
            }
        }
    }

    /// Recomputes the services' opening hours for the shown week, limited to the
    /// topic filter of the Services screen.
    pub(super) fn refresh_slots(&mut self) {
        if !self.timetable.show_hours {
            self.timetable.set_slots(Vec::new());
            return;
        }
        let topic = self.services.filter().topic.clone();
        let services = self.services.services();
        let slots = service_slots(services, self.timetable.week(), |s| {
            topic.as_ref().is_none_or(|t| s.topics.contains(t))
        });
        let named = slots
            .into_iter()
            .map(|slot| {
                let name = services[slot.service].name.get(self.lang).to_owned();
                (slot, name)
            })
            .collect();
        self.timetable.set_slots(named);
    }
}
