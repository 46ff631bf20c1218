//! The actions of the Services screen: filters, copying, referring, and the
//! coordinators' changes to the directory.

use super::{App, Popup};
use crate::i18n::Msg;
use crate::model::Service;
use crate::tui::action::Action;
use crate::tui::effect::Effect;
use crate::tui::picker::PickerKind;
use crate::tui::services::details::contact_text;
use crate::tui::services::form::{ServiceForm, ServiceFormContext};

impl App {
    pub(super) fn update_services(&mut self, action: Action) {
        match action {
            Action::PickTopic => self.open_picker(PickerKind::Topic),
            Action::PickLanguage => self.open_picker(PickerKind::Language),
            Action::PickCounty => self.open_picker(PickerKind::County),
            Action::Copy => self.copy_contact(),
            Action::ShowCard => self.show_service_card(),
            Action::Refer => self.refer_selected_service(),
            Action::VerifyService
            | Action::RetireService
            | Action::NewService
            | Action::EditService
                if self.refused(true) => {}
            Action::NewService => {
                let mut service = Service::new(uuid::Uuid::new_v4(), "");
                // A new entry is checked as it is typed in.
                service.last_verified = Some(self.timetable.now().date());
                self.open_service_form(service, None);
            }
            Action::EditService => {
                if let Some(s) = self.services.selected() {
                    let version = self.service_versions.get(&s.id).copied();
                    let service = s.clone();
                    match version {
                        Some(v) => self.open_service_form(service, Some(v)),
                        None => self.status = Some(self.lang.t(Msg::ErrGone).to_owned()),
                    }
                }
            }
            Action::VerifyService => {
                if let Some(s) = self.services.selected() {
                    self.effects.push(Effect::VerifyService(s.id));
                }
            }
            Action::RetireService => {
                if let Some(s) = self.services.selected() {
                    let (status, question) = if s.status == crate::model::ServiceStatus::Defunct {
                        (crate::model::ServiceStatus::Active, Msg::RestoreQuestion)
                    } else {
                        (crate::model::ServiceStatus::Defunct, Msg::RetireQuestion)
                    };
                    let question = self.lang.fmt(question, &[&s.name.get(self.lang)]);
                    self.confirm(question, Effect::SetServiceStatus(s.id, status), None);
                }
            }
            other => {
                self.services.update(other);
            }
        }
    }

    pub(super) fn open_service_form(&mut self, service: Service, version: Option<i64>) {
        let ctx = ServiceFormContext {
            reference: &self.reference,
            organisations: &self.organisations,
            lang: self.lang,
        };
        let form = ServiceForm::new(service, version, &ctx);
        self.popup = Some(Popup::ServiceForm(Box::new(form)));
    }

    pub(super) fn open_picker(&mut self, kind: PickerKind) {
        let picker = self.services.picker(kind, &self.reference, self.lang);
        self.popup = Some(Popup::Picker(Box::new(picker)));
    }

    pub(super) fn copy_contact(&mut self) {
        let text = self
            .services
            .selected()
            .and_then(|s| contact_text(s, self.lang));
        self.status = Some(match text {
            Some(text) => {
                let message = self.lang.fmt(Msg::Copied, &[&text]);
                self.effects.push(Effect::Clipboard(text));
                message
            }
            None => self.lang.t(Msg::NothingToCopy).to_owned(),
        });
    }
}
