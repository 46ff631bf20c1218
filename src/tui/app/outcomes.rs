//! Applying what came of an effect: the only place, besides the keys, that
//! opens, closes or changes popups and forms.

use super::{App, Popup};
use crate::i18n::Msg;
use crate::tui::effect::{Effect, Outcome, Rebase, Saved};
use crate::tui::effects::{ConsultationsView, Env, history_lines};
use crate::tui::jobs::Done;
use crate::tui::timetable::form::SessionForm;

impl App {
    /// What running an effect may read of the app now: who acts, today, and
    /// the state the requests refer to.
    pub fn env(&self) -> Env<'_> {
        let screen = &self.consultations;
        Env {
            lang: self.lang,
            clock: self.clock,
            today: self.timetable.now().date(),
            user: &self.user,
            role: self.role,
            sessions: self.timetable.sessions(),
            report: self.reports.report(),
            reference: &self.reference,
            consultations: ConsultationsView {
                follow_ups: screen.follow_ups,
                query: screen.query(),
                selected: screen.selected_id(),
            },
        }
    }

    /// Shows what came of an effect.
    pub fn apply(&mut self, outcome: Outcome) {
        let lang = self.lang;
        match outcome {
            Outcome::Done => {}
            Outcome::Confirm(confirm) => self.popup = Some(Popup::Confirm(confirm)),
            Outcome::Said(message) => self.status = Some(message),
            Outcome::Saved(saved) => {
                let client = match &self.popup {
                    Some(Popup::ConsultationForm(form)) => form.client(),
                    _ => String::new(),
                };
                self.popup = None;
                match saved {
                    Saved::Service(message, id) => {
                        self.reload_directory = true;
                        self.services.select_when_read(id);
                        self.status = Some(message);
                    }
                    Saved::Session(sessions, message, id) => {
                        if let Some(sessions) = sessions {
                            self.reload_sessions(sessions);
                            self.timetable.select_session(id);
                            // Saved from the form: checked today.
                            let today = self.timetable.now().date();
                            self.timetable.mark_verified(id, today);
                        }
                        self.status = Some(message);
                    }
                    // A referral saved: back to the search, as it was.
                    Saved::Consultation(_, id) if self.referral.is_some() => {
                        let service = self.referral.take().unwrap_or_default();
                        self.screen = crate::tui::screen::Screen::Services;
                        self.status = Some(lang.fmt(Msg::ReferralSaved, &[&client, &service]));
                        self.consultations.select_when_read(id);
                        self.effects.push(Effect::RefreshConsultations);
                    }
                    Saved::Consultation(message, id) => {
                        self.status = Some(message);
                        self.consultations.select_when_read(id);
                        self.effects.push(Effect::RefreshConsultations);
                    }
                    Saved::FollowUp(message) => {
                        self.status = Some(message);
                        self.effects.push(Effect::RefreshConsultations);
                    }
                }
            }
            Outcome::Refused { refusal, rebase } => {
                self.refused_save(refusal.message(lang), rebase);
            }
            Outcome::DirectoryChanged(message) => {
                self.reload_directory = true;
                self.status = Some(message);
            }
            Outcome::SessionsChanged(sessions, message) => {
                self.reload_sessions(sessions);
                self.status = Some(message);
            }
            Outcome::Audit(entries) => {
                let mut names: std::collections::HashMap<String, String> = self
                    .services
                    .services()
                    .iter()
                    .map(|s| (s.id.to_string(), s.name.get(lang).to_owned()))
                    .collect();
                names.extend(
                    self.organisations
                        .iter()
                        .map(|o| (o.id.to_string(), o.name.get(lang).to_owned())),
                );
                let words = crate::tui::audit::Words {
                    reference: self.reference.clone(),
                    names,
                };
                self.reports.audit = Some(crate::tui::audit::AuditView::new(entries, words));
            }
            Outcome::Session(mut session, version) => {
                session.sanitize();
                let draft = crate::timetable::draft::SessionDraft::from_session(&session);
                let mut form = SessionForm::new(&draft, Some(&session), lang);
                form.version = Some(version);
                self.popup = Some(Popup::SessionForm(Box::new(form)));
            }
            Outcome::Rows {
                rows,
                due,
                earlier,
                problem,
            } => {
                self.consultations.set_rows(rows);
                self.consultations.due = due;
                self.consultations.set_earlier(earlier);
                if problem.is_some() {
                    self.status = problem;
                }
            }
            Outcome::History(versions, current) => {
                let services = self.services.services();
                let names = |id: &str| {
                    services
                        .iter()
                        .find(|s| s.id.to_string() == id)
                        .map(|s| s.name.get(lang).to_owned())
                };
                let lines = history_lines(
                    &versions,
                    current.as_deref(),
                    &self.reference,
                    &names,
                    lang,
                    self.consultations.masked,
                );
                self.text_scroll.reset();
                self.popup = Some(Popup::Text(lang.t(Msg::HistoryTitle).to_owned(), lines));
            }
            Outcome::ClientCode(code, problem) => {
                if problem.is_some() {
                    self.status = problem;
                }
                if let Some(Popup::ConsultationForm(form)) = &mut self.popup {
                    if form.client() != code {
                        form.set_client(&code);
                    }
                }
            }
            Outcome::DraftNotSaved(problem) => {
                self.draft_not_saved();
                if problem.is_some() {
                    self.status = problem;
                }
            }
            Outcome::Report(path, today) => self.compute_report(path, today),
        }
    }

    /// A save of the open form did not happen: the form stays open with why,
    /// building on what was saved meanwhile; with no form open, the status
    /// line says why.
    fn refused_save(&mut self, message: String, rebase: Rebase) {
        match (&mut self.popup, rebase) {
            (Some(Popup::ServiceForm(form)), rebase) => {
                if let Rebase::Service(Some(stored), version) = rebase {
                    form.rebase(*stored, version);
                }
                form.form.message = Some(message);
            }
            (Some(Popup::SessionForm(form)), rebase) => {
                if let Rebase::Version(version) = rebase {
                    form.version = Some(version);
                }
                form.form.message = Some(message);
            }
            (Some(Popup::ConsultationForm(form)), rebase) => {
                if let Rebase::Version(version) = rebase {
                    // Saving again keeps this user's change as the newer one.
                    form.rebase(version);
                }
                form.form.message = Some(message);
            }
            _ => self.status = Some(message),
        }
    }
}

impl App {
    /// Computes the report shown, for the database at `path`, off the screen.
    pub fn compute_report(&mut self, path: std::path::PathBuf, today: chrono::NaiveDate) {
        let job = self.reports.request(path, today);
        self.jobs.request(job);
    }

    /// Shows what finished jobs found; true when something on screen changed.
    pub fn poll_jobs(&mut self) -> bool {
        let mut changed = false;
        while let Some(done) = self.jobs.try_done() {
            changed = true;
            match done {
                Done::Loaded(loaded) => self.set_loaded(*loaded),
                Done::Report(result) => self.reports.finish(result),
                Done::Changed { role, directory } => {
                    self.refresh_consultations_soon();
                    match role {
                        Ok(Some(role)) => self.role = role,
                        Ok(None) if !self.read_only => {
                            self.read_only = true;
                            self.status = Some(self.lang.t(Msg::RemovedFromStaff).to_owned());
                        }
                        Ok(None) | Err(()) => {}
                    }
                    self.reload_directory |= directory;
                }
                Done::Damaged(problem) => {
                    let shown = self.database.clone().unwrap_or_default();
                    self.status = Some(self.lang.fmt(Msg::ErrDamaged, &[&shown, &problem]));
                }
            }
        }
        changed
    }
}
