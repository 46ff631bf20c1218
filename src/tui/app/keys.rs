//! Keys and pastes: what has the focus, what the key map makes of a key,
//! and who takes it.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{App, Popup};
use crate::tui::action::Action;
use crate::tui::effect::Effect;
use crate::tui::keymap::{self, Context, Focus, Situation};
use crate::tui::picker::PickerOutcome;
use crate::tui::screen::Screen;
use crate::tui::services::Pane;
use crate::tui::services::form::{ServiceFormContext, ServiceFormOutcome};
use crate::tui::timetable::form::SessionFormOutcome;

impl App {
    /// The key-map context of what has the focus.
    pub fn context(&self) -> Context {
        match &self.popup {
            Some(Popup::Help(_)) => Context::Help,
            Some(Popup::Text(..)) => Context::Text,
            Some(Popup::Confirm(..)) => Context::Confirm,
            Some(Popup::Card(_)) => Context::Card,
            Some(Popup::DraftOffer(..)) => Context::DraftOffer,
            Some(Popup::Picker(_)) => Context::Picker,
            Some(Popup::Prompt(_)) => Context::Prompt,
            Some(Popup::SessionForm(form)) => form.form.context(),
            Some(Popup::ConsultationForm(form)) => form.context(),
            Some(Popup::ServiceForm(form)) => form.form.context(),
            None => match self.screen {
                Screen::Consultations => self.consultations.context(),
                Screen::Services => self.services.context(),
                Screen::Timetable => self.timetable.context(),
                Screen::Reports => match &self.reports.audit {
                    Some(audit) => audit.context(),
                    None => Context::Reports,
                },
            },
        }
    }

    /// Who works and what has the focus, for the key tables.
    pub fn situation(&self) -> Situation {
        let focus = match &self.popup {
            Some(Popup::Picker(picker)) => picker.focus(),
            Some(Popup::Prompt(_)) => Focus::Text,
            Some(Popup::SessionForm(form)) => form.form.focus(),
            Some(Popup::ConsultationForm(form)) => form.focus(),
            Some(Popup::ServiceForm(form)) => form.form.focus(),
            Some(
                Popup::Help(_)
                | Popup::Text(..)
                | Popup::Confirm(..)
                | Popup::DraftOffer(..)
                | Popup::Card(_),
            ) => Focus::Other,
            // The search lines and the Services screen: letters are text.
            None => match self.context() {
                Context::Search | Context::Services | Context::Details => Focus::Typing,
                _ => Focus::Other,
            },
        };
        Situation {
            role: self.role,
            read_only: self.read_only,
            focus,
        }
    }

    /// Handles one key press: the key map of what has the focus says what it
    /// means; a key it does not list is text where text is typed.
    pub fn on_key(&mut self, ev: KeyEvent) {
        let context = self.context();
        let action = keymap::lookup(context, &ev, &self.situation());
        // Over SSH (and in tmux) Esc followed quickly by a key arrives as
        // Alt+key. Where Alt with that key means nothing, it is taken as the
        // two keys it was.
        if action.is_none()
            && ev.modifiers.contains(KeyModifiers::ALT)
            && matches!(ev.code, KeyCode::Char(_))
        {
            self.on_key(KeyEvent::from(KeyCode::Esc));
            self.on_key(KeyEvent::new(ev.code, ev.modifiers - KeyModifiers::ALT));
            return;
        }
        self.status = None;
        match &mut self.popup {
            Some(Popup::Help(offset)) => match action {
                Some(Action::Back) => self.popup = None,
                Some(Action::Down) => *offset = offset.saturating_add(1),
                Some(Action::Up) => *offset = offset.saturating_sub(1),
                Some(Action::PageDown) => *offset = offset.saturating_add(10),
                Some(Action::PageUp) => *offset = offset.saturating_sub(10),
                _ => {}
            },
            // The reading keys scroll a text to read; any other key closes it.
            Some(Popup::Text(..)) => {
                if !action.is_some_and(|a| self.text_scroll.update(a)) {
                    self.text_scroll.reset();
                    self.popup = None;
                }
            }
            Some(Popup::Card(_)) => self.card_key(action),
            Some(Popup::Confirm(_)) => {
                if let Some(Popup::Confirm(confirm)) = self.popup.take() {
                    if action == Some(Action::Yes) {
                        self.effects.push(confirm.yes);
                    } else if confirm.no.is_some() {
                        self.status = confirm.no;
                    }
                }
            }
            Some(Popup::Picker(picker)) => match picker.handle(action, &ev) {
                PickerOutcome::Keep => {}
                PickerOutcome::Cancel | PickerOutcome::ChosenMany(_) => self.popup = None,
                PickerOutcome::Chosen(value) => {
                    let kind = picker.kind;
                    self.popup = None;
                    match self.screen {
                        Screen::Consultations => {
                            self.consultations.topic = value;
                            self.effects.push(Effect::RefreshConsultations);
                        }
                        Screen::Services | Screen::Timetable | Screen::Reports => {
                            self.services.apply_choice(kind, value);
                        }
                    }
                }
            },
            Some(Popup::SessionForm(form)) => match form.handle(action, ev, self.lang) {
                SessionFormOutcome::Keep => {}
                SessionFormOutcome::Cancel => self.popup = None,
                SessionFormOutcome::Save(session) => {
                    // The form stays open until the save succeeds.
                    let version = form.version;
                    self.effects.push(Effect::SaveSession(session, version));
                }
            },
            Some(Popup::ConsultationForm(_)) => self.consultation_form_key(action, ev),
            Some(Popup::ServiceForm(form)) => {
                let ctx = ServiceFormContext {
                    reference: &self.reference,
                    organisations: &self.organisations,
                    lang: self.lang,
                };
                match form.handle(action, ev, &ctx) {
                    ServiceFormOutcome::Keep => {}
                    ServiceFormOutcome::Cancel => self.popup = None,
                    ServiceFormOutcome::Save(service, organisation) => {
                        // The form stays open until the save succeeds.
                        let version = form.version;
                        self.effects.push(Effect::SaveService(
                            service,
                            organisation.map(|o| *o),
                            version,
                        ));
                    }
                }
            }
            Some(Popup::DraftOffer(..)) => self.draft_offer_key(action),
            Some(Popup::Prompt(prompt)) => match action {
                Some(Action::Back) => self.popup = None,
                Some(Action::Confirm) => {
                    let (kind, answer) = (prompt.kind, prompt.answer());
                    self.answer(kind, answer.trim());
                }
                // Editing keys (Ctrl-U, Ctrl-Z) and text go to the answer.
                _ => prompt.type_key(ev),
            },
            None => match action {
                Some(Action::ClearLine | Action::Undo) | None => self.type_key(context, ev),
                Some(action) => self.update(action),
            },
        }
    }

    /// A key typed into the shown screen's search line (text, or an editing
    /// key of the line).
    pub(super) fn type_key(&mut self, context: Context, ev: KeyEvent) {
        // A letter typed in the details goes back to the search line.
        if context == Context::Details && keymap::is_printable(&ev) {
            self.services.focus = Pane::Search;
        } else if !matches!(context, Context::Search | Context::Services) {
            return;
        }
        match self.screen {
            Screen::Consultations if self.consultations.type_key(ev) => {
                self.effects.push(Effect::RefreshConsultations);
            }
            Screen::Services => self.services.type_key(ev),
            Screen::Consultations | Screen::Timetable | Screen::Reports => {}
        }
    }

    /// Handles pasted text (a bracketed paste): it goes into whatever takes
    /// text now — the focused field of a form, a prompt, a picker's filter —
    /// or else into the screen's search line. Its letters never act as keys.
    pub fn on_paste(&mut self, text: &str) {
        self.status = None;
        match &mut self.popup {
            Some(Popup::Picker(picker)) => picker.paste(text),
            Some(Popup::Prompt(prompt)) => prompt.paste(text),
            Some(Popup::SessionForm(form)) => form.form.paste(text),
            Some(Popup::ConsultationForm(form)) => form.form.paste(text),
            Some(Popup::ServiceForm(form)) => form.form.paste(text),
            // Questions and texts to read take keys, not text.
            Some(
                Popup::Help(_)
                | Popup::Text(..)
                | Popup::DraftOffer(..)
                | Popup::Confirm(..)
                | Popup::Card(_),
            ) => {}
            None => match self.screen {
                Screen::Services => {
                    self.services.focus = Pane::Search;
                    self.services.paste(text);
                }
                Screen::Consultations if self.consultations.paste(text) => {
                    self.effects.push(Effect::RefreshConsultations);
                }
                Screen::Consultations | Screen::Timetable | Screen::Reports => {}
            },
        }
    }
}
