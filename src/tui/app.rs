//! The application state and `update`: every key becomes an action, every
//! action changes state; drawing reads the state and nothing else.

mod card;
mod consultations;
mod keys;
mod outcomes;
mod prompts;
mod reports;
mod services;
mod timetable;

use std::time::Instant;

use chrono::NaiveDateTime;

use super::action::Action;
use super::consultations::ConsultationsScreen;
use super::consultations::form::{ConsultationForm, SavedDraft};
use super::effect::{Confirm, Effect};
use super::jobs::Jobs;
use super::loader::Loaded;
use super::picker::Picker;
use super::prompt::Prompt;
use super::screen::Screen;
use super::services::ServicesScreen;
use super::services::form::ServiceForm;
use super::theme::Theme;
use super::timetable::TimetableScreen;
use super::timetable::form::SessionForm;
use crate::clock::Clock;
use crate::i18n::{Lang, Msg};
use crate::model::{Reference, Service, Session};
use crate::policy::{Action as May, Actor};
use crate::staff::Role;

/// A popup over the screen; it takes the keys while open.
pub enum Popup {
    /// The key help, scrolled down by this many lines.
    Help(u16),
    /// A filter picker.
    Picker(Box<Picker>),
    /// A one-line question.
    Prompt(Box<Prompt>),
    /// The form of a timetable session.
    SessionForm(Box<SessionForm>),
    /// The consultation form.
    ConsultationForm(Box<ConsultationForm>),
    /// "You have an unsaved draft from …; open it?"
    DraftOffer(Box<SavedDraft>, String),
    /// A text to read (the history of a record): the reading keys scroll it
    /// ([`App::text_scroll`]), any other key closes it.
    Text(String, Vec<String>),
    /// The form of a service of the directory.
    ServiceForm(Box<ServiceForm>),
    /// The client's card as a QR code.
    Card(Box<super::widgets::card::CardPopup>),
    /// A yes/no question before a change (retiring a service, marking a
    /// follow-up done, replacing a file).
    Confirm(Box<Confirm>),
}

impl App {
    /// Asks `question`; `y` carries out `yes`.
    pub(super) fn confirm(&mut self, question: String, yes: Effect, no: Option<String>) {
        let confirm = Confirm { question, yes, no };
        self.popup = Some(Popup::Confirm(Box::new(confirm)));
    }
}

/// Everything the screen shows.
pub struct App {
    /// Interface language.
    pub lang: Lang,
    /// Styles.
    pub theme: Theme,
    /// What "now" is (the event loop moves the screens' "now" by it).
    pub clock: Clock,
    /// The shown screen.
    pub screen: Screen,
    /// The Services screen.
    pub services: ServicesScreen,
    /// The Timetable screen.
    pub timetable: TimetableScreen,
    /// The Consultations screen.
    pub consultations: ConsultationsScreen,
    /// The Reports screen.
    pub reports: super::reports::ReportsScreen,
    /// The consultation draft last written to the database, and when.
    draft_saved: (Option<SavedDraft>, Instant),
    /// A draft to offer that was read while a popup was open (a form opened
    /// before the data was loaded): offered when nothing is open.
    pending_offer: Option<(Box<SavedDraft>, String)>,
    /// Topics and counties.
    pub reference: Reference,
    /// The name of the service referred to while its referral form is open
    /// (saving or cancelling goes back to the Services search).
    referral: Option<String>,
    /// The open popup, if any.
    pub popup: Option<Popup>,
    /// The last message for the status line.
    pub status: Option<String>,
    /// How far the open text to read ([`Popup::Text`]) is scrolled; back at
    /// the top when it closes.
    pub text_scroll: crate::tui::scroll::Scroll,
    /// True when the database could only be opened for reading.
    pub read_only: bool,
    /// The Unix user working (the acting staff member).
    pub user: String,
    /// The database open, as shown in the help and at start on the status
    /// line (cleaned of control characters); none in tests without a file.
    pub database: Option<String>,
    /// What they may do (from the staff table at start).
    pub role: Role,
    /// The organisations of the directory (for the service form).
    pub organisations: Vec<crate::model::Organization>,
    /// Each service's version when the directory was read.
    pub service_versions: std::collections::HashMap<uuid::Uuid, i64>,
    pub(super) effects: Vec<Effect>,
    /// True after the first load (later loads are refreshes).
    loaded_once: bool,
    /// The work done off the screen (loading, reports, checks).
    pub jobs: Jobs,
    /// A job to start once the directory has first been read (or failed
    /// to be): the damage check, which reads the whole file.
    pub after_load: Option<super::jobs::Job>,
    /// The client's language of the last card shown (and the service it was
    /// of): the next card's, and offered as the language of a consultation
    /// then logged from that service.
    pub card_language: Option<(Option<uuid::Uuid>, crate::i18n::CardLang)>,
    /// Set when this process changed the directory: the event loop reads it
    /// again (its own changes do not show in `data_version`).
    pub reload_directory: bool,
    quit: bool,
}

impl App {
    /// The app over loaded data, at `clock`'s now. Services and topic labels
    /// are sanitised here, once, so nothing drawn later can carry terminal
    /// control sequences or bidirectional controls.
    pub fn new(
        mut services: Vec<Service>,
        mut reference: Reference,
        lang: Lang,
        theme: Theme,
        clock: Clock,
    ) -> Self {
        services.iter_mut().for_each(Service::sanitize);
        reference.sanitize();
        let now = clock.warsaw_now();
        Self {
            services: ServicesScreen::new(services, &reference, lang, clock),
            timetable: TimetableScreen::new(Vec::new(), now),
            consultations: ConsultationsScreen::new(String::new(), now.date()),
            clock,
            // Nobody until the caller says who acts (`acting_as`): state
            // code never asks the system who is logged in.
            user: String::new(),
            // Set from the staff table when the screen opens on a database.
            role: Role::Coordinator,
            organisations: Vec::new(),
            service_versions: std::collections::HashMap::new(),
            draft_saved: (None, Instant::now()),
            pending_offer: None,
            referral: None,
            reports: super::reports::ReportsScreen::default(),
            lang,
            theme,
            screen: Screen::Services,
            reference,
            popup: None,
            status: None,
            text_scroll: Default::default(),
            read_only: false,
            database: None,
            effects: Vec::new(),
            loaded_once: false,
            reload_directory: false,
            card_language: None,
            jobs: Jobs::default(),
            after_load: None,
            quit: false,
        }
    }

    /// The same app, acting as `user` with `role` (the staff member the
    /// database authorised); until then it acts as the Unix user, as a
    /// coordinator (tests, benches).
    pub fn acting_as(mut self, user: &str, role: Role) -> Self {
        self.user = user.to_owned();
        self.role = role;
        self.consultations = ConsultationsScreen::new(user.to_owned(), self.timetable.now().date());
        self
    }

    /// The app before the directory is read: empty screens marked as loading.
    pub fn loading(lang: Lang, theme: Theme, clock: Clock) -> Self {
        let mut app = Self::new(Vec::new(), Reference::default(), lang, theme, clock);
        app.services.loading = true;
        app
    }

    /// Puts the loaded directory and timetable in place, keeping what was typed
    /// and chosen meanwhile; on an error, says so in the status line.
    pub fn set_loaded(&mut self, loaded: Result<Loaded, String>) {
        self.services.loading = false;
        if let Some(job) = self.after_load.take() {
            self.jobs.request(job);
        }
        match loaded {
            Ok(data) => {
                self.services
                    .replace(data.services, data.searcher, data.stale, data.reader);
                self.reference = data.reference;
                self.organisations = data.organisations;
                self.service_versions = data.service_versions;
                if self.loaded_once {
                    // A reload after someone else's change: keep the screens' state.
                    self.timetable.set_sessions(data.sessions);
                } else {
                    self.timetable = TimetableScreen::new(data.sessions, self.timetable.now());
                    self.offer_draft(data.draft);
                    self.loaded_once = true;
                }
                self.timetable.set_verified(data.sessions_verified);
                self.consultations.due = data.due;
            }
            Err(e) => self.status = Some(self.lang.fmt(Msg::ErrDatabase, &[&e])),
        }
    }

    /// The app with the timetable's sessions, on the week of the clock's now.
    pub fn with_sessions(mut self, mut sessions: Vec<Session>) -> Self {
        sessions.iter_mut().for_each(Session::sanitize);
        self.timetable = TimetableScreen::new(sessions, self.clock.warsaw_now());
        self
    }

    /// Replaces the sessions after a change in the database.
    pub fn reload_sessions(&mut self, mut sessions: Vec<Session>) {
        sessions.iter_mut().for_each(Session::sanitize);
        self.timetable.set_sessions(sessions);
    }

    /// Moves the clock the screens mark "now" with.
    /// Returns true when something on screen changed (a report arrived).
    pub fn tick(&mut self, now: NaiveDateTime) -> bool {
        self.timetable.tick(now);
        self.consultations.set_today(now.date());
        self.autosave_draft();
        let offered = self.offer_pending_draft();
        self.poll_jobs() || offered
    }

    /// True once the user asked to leave.
    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// The effects queued since the last call, for the event loop to carry out.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    /// Carries out an action: those of every screen here, the rest by the
    /// screen shown.
    pub fn update(&mut self, action: Action) {
        match action {
            Action::Quit => self.quit = true,
            Action::Help => self.popup = Some(Popup::Help(0)),
            Action::ToggleMask => self.consultations.masked = !self.consultations.masked,
            Action::Show(screen) => self.show(screen),
            other => match self.screen {
                Screen::Services => self.update_services(other),
                Screen::Consultations => self.update_consultations(other),
                Screen::Timetable => self.update_timetable(other),
                Screen::Reports => self.update_reports(other),
            },
        }
    }

    /// Shows a screen, asking for what it reads when it appears.
    pub(super) fn show(&mut self, screen: Screen) {
        self.screen = screen;
        match screen {
            Screen::Consultations => self.effects.push(Effect::RefreshConsultations),
            Screen::Reports
                if self.actor().may(May::SeeReports)
                    && self.reports.report().is_none()
                    && !self.reports.computing() =>
            {
                self.effects.push(Effect::ComputeReport);
            }
            Screen::Services | Screen::Reports | Screen::Timetable => {}
        }
    }

    /// True, with the reason in the status line, when this user may not make
    /// a change: the database is read-only, or the change is a coordinator's.
    pub(super) fn refused(&mut self, coordinators_only: bool) -> bool {
        if self.read_only {
            self.status = Some(self.lang.t(Msg::ErrReadOnlyDb).to_owned());
            true
        } else {
            coordinators_only && self.refused_role(May::EditDirectory)
        }
    }

    /// The person working, as the core's policy sees them.
    pub fn actor(&self) -> Actor<'_> {
        Actor {
            user: &self.user,
            role: self.role,
        }
    }

    /// True, with the reason in the status line, when this user may not do
    /// `action`.
    pub(super) fn refused_role(&mut self, action: May<'_>) -> bool {
        if self.actor().may(action) {
            return false;
        }
        self.status = Some(self.actor().refusal(action, self.lang));
        true
    }
}
