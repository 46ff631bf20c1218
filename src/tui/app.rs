//! The application state and `update`: every key becomes an action, every
//! action changes state; drawing reads the state and nothing else.

mod consultations;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use std::time::Instant;

use chrono::NaiveDateTime;

use super::action::Action;
use super::consultations::ConsultationsScreen;
use super::consultations::form::{ConsultationForm, SavedDraft};
use super::effect::Effect;
use super::keymap::{self, Context};
use super::loader::Loaded;
use super::picker::{Picker, PickerKind, PickerOutcome};
use super::prompt::{Prompt, PromptKind, PromptOutcome};
use super::services::form::{ServiceForm, ServiceFormContext, ServiceFormOutcome};
use super::services::{Pane, ServicesScreen, details::contact_text};
use super::theme::Theme;
use super::timetable::TimetableScreen;
use super::timetable::form::{SessionForm, SessionFormOutcome};
use crate::clock::Clock;
use crate::config::current_user;
use crate::i18n::{Lang, Msg};
use crate::model::{Reference, Service, Session};
use crate::policy::{Action as May, Actor};
use crate::staff::Role;
use crate::timetable::draft::SessionDraft;
use crate::timetable::service_slots;
use crate::{dates, limits};

/// The screens, in tab order.
pub const TABS: [Msg; 4] = [
    Msg::TabServices,
    Msg::TabConsultations,
    Msg::TabTimetable,
    Msg::TabReports,
];

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
    /// A text to read (the history of a record); any key closes it.
    Text(String, Vec<String>),
    /// The form of a service of the directory.
    ServiceForm(Box<ServiceForm>),
    /// A yes/no question before retiring or restoring a service.
    ConfirmStatus(uuid::Uuid, crate::model::ServiceStatus, String),
}

/// Everything the screen shows.
pub struct App {
    /// Interface language.
    pub lang: Lang,
    /// Styles.
    pub theme: Theme,
    /// What "now" is (the event loop moves the screens' "now" by it).
    pub clock: Clock,
    /// The shown screen (index into [`TABS`]).
    pub tab: usize,
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
    /// The open popup, if any.
    pub popup: Option<Popup>,
    /// The last message for the status line.
    pub status: Option<String>,
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
            consultations: ConsultationsScreen::new(current_user(), now.date()),
            clock,
            user: current_user(),
            // Set from the staff table when the screen opens on a database.
            role: Role::Coordinator,
            organisations: Vec::new(),
            service_versions: std::collections::HashMap::new(),
            draft_saved: (None, Instant::now()),
            pending_offer: None,
            reports: super::reports::ReportsScreen::default(),
            lang,
            theme,
            tab: 0,
            reference,
            popup: None,
            status: None,
            read_only: false,
            database: None,
            effects: Vec::new(),
            loaded_once: false,
            reload_directory: false,
            quit: false,
        }
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
        match loaded {
            Ok(data) => {
                self.services.replace(data.services, data.index);
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
        self.reports.poll() || offered
    }

    /// True once the user asked to leave.
    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// The effects queued since the last call, for the event loop to carry out.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    /// The key-map context of what has the focus.
    pub fn context(&self) -> Context {
        match (&self.popup, self.tab) {
            (Some(Popup::Picker(_)), _) => Context::Picker,
            (Some(Popup::Prompt(_)), _) => Context::Prompt,
            (
                Some(Popup::SessionForm(_) | Popup::ConsultationForm(_) | Popup::ServiceForm(_)),
                _,
            ) => Context::Form,
            (Some(Popup::DraftOffer(..)), _) => Context::Prompt,
            (_, 1) => self.consultations.context(),
            (_, 0) => self.services.context(),
            (_, 2) => Context::Timetable,
            (_, 3) if self.reports.audit.is_some() => Context::Audit,
            (_, 3) => Context::Reports,
            _ => Context::Global,
        }
    }

    /// Handles one key press.
    pub fn on_key(&mut self, ev: KeyEvent) {
        // Over SSH (and in tmux) Esc followed quickly by a key arrives as Alt+key.
        // Alt means nothing in Pomost, so it is taken as the two keys it was.
        if ev.modifiers.contains(KeyModifiers::ALT) && matches!(ev.code, KeyCode::Char(_)) {
            self.on_key(KeyEvent::from(KeyCode::Esc));
            self.on_key(KeyEvent::new(ev.code, ev.modifiers - KeyModifiers::ALT));
            return;
        }
        self.status = None;
        match &mut self.popup {
            Some(Popup::Help(offset)) => {
                match ev.code {
                    KeyCode::Esc | KeyCode::Char('?' | 'q') => self.popup = None,
                    KeyCode::Char('j') | KeyCode::Down => *offset = offset.saturating_add(1),
                    KeyCode::Char('k') | KeyCode::Up => *offset = offset.saturating_sub(1),
                    KeyCode::PageDown => *offset = offset.saturating_add(10),
                    KeyCode::PageUp => *offset = offset.saturating_sub(10),
                    _ => {}
                }
                return;
            }
            Some(Popup::Text(..)) => {
                self.popup = None;
                return;
            }
            Some(Popup::ConfirmStatus(id, status, _)) => {
                if matches!(ev.code, KeyCode::Char('y' | 'Y' | 't' | 'T')) {
                    self.effects.push(Effect::SetServiceStatus(*id, *status));
                }
                self.popup = None;
                return;
            }
            Some(Popup::Picker(picker)) => {
                match picker.handle(&ev) {
                    PickerOutcome::Keep => {}
                    PickerOutcome::Cancel => self.popup = None,
                    PickerOutcome::Chosen(value) if self.tab == 1 => {
                        self.popup = None;
                        self.consultations.topic = value;
                        self.effects.push(Effect::RefreshConsultations);
                    }
                    PickerOutcome::Chosen(value) => {
                        let kind = picker.kind;
                        self.popup = None;
                        self.services.apply_choice(kind, value);
                    }
                    PickerOutcome::ChosenMany(_) => self.popup = None,
                }
                return;
            }
            Some(Popup::SessionForm(form)) => {
                match form.handle(ev, self.lang) {
                    SessionFormOutcome::Keep => {}
                    SessionFormOutcome::Cancel => self.popup = None,
                    SessionFormOutcome::Save(session) => {
                        // The form stays open until the save succeeds.
                        let version = form.version;
                        self.effects.push(Effect::SaveSession(session, version));
                    }
                }
                return;
            }
            Some(Popup::ConsultationForm(_)) => {
                self.consultation_form_key(ev);
                return;
            }
            Some(Popup::ServiceForm(form)) => {
                let ctx = ServiceFormContext {
                    reference: &self.reference,
                    organisations: &self.organisations,
                    lang: self.lang,
                };
                match form.handle(ev, &ctx) {
                    ServiceFormOutcome::Keep => {}
                    ServiceFormOutcome::Cancel => self.popup = None,
                    ServiceFormOutcome::Save(service, organisation) => {
                        // The form stays open until the save succeeds.
                        let version = form.version;
                        self.effects
                            .push(Effect::SaveService(service, organisation, version));
                    }
                }
                return;
            }
            Some(Popup::DraftOffer(..)) => {
                self.draft_offer_key(ev);
                return;
            }
            Some(Popup::Prompt(prompt)) => {
                match prompt.handle(ev) {
                    PromptOutcome::Keep => {}
                    PromptOutcome::Cancel => self.popup = None,
                    PromptOutcome::Submit(answer) => {
                        let kind = prompt.kind;
                        self.answer(kind, answer.trim());
                    }
                }
                return;
            }
            None => {}
        }
        let context = self.context();
        match keymap::lookup(context, &ev) {
            Some(action) => self.update(action),
            None if context == Context::Search
                && self.tab == 1
                && self.consultations.type_key(ev) =>
            {
                self.effects.push(Effect::RefreshConsultations);
            }
            None if context == Context::Search && self.tab == 0 => self.services.type_key(ev),
            None => {}
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
                Popup::Help(_) | Popup::Text(..) | Popup::DraftOffer(..) | Popup::ConfirmStatus(..),
            ) => {}
            None if self.tab == 0 => {
                self.services.focus = Pane::Search;
                self.services.paste(text);
            }
            None if self.tab == 1 && self.consultations.paste(text) => {
                self.effects.push(Effect::RefreshConsultations);
            }
            None => {}
        }
    }

    /// Carries out an action.
    pub fn update(&mut self, action: Action) {
        match action {
            Action::Quit => self.quit = true,
            Action::Help => self.popup = Some(Popup::Help(0)),
            Action::ToggleMask => self.consultations.masked = !self.consultations.masked,
            Action::Tab(i) if i < TABS.len() => {
                self.tab = i;
                if i == 1 {
                    self.effects.push(Effect::RefreshConsultations);
                }
                if i == 3
                    && self.actor().may(May::SeeReports)
                    && self.reports.report().is_none()
                    && !self.reports.computing()
                {
                    self.effects.push(Effect::ComputeReport);
                }
            }
            Action::GoToDate | Action::ExportReport
                if self.tab == 3 && self.refused_role(May::SeeReports) => {}
            Action::GoToDate if self.tab == 3 => {
                self.ask(PromptKind::ReportRange, Msg::DateRangePrompt, "");
            }
            Action::ExportReport if self.tab == 3 => match self.reports.report() {
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
            _ if self.tab == 3 && !self.actor().may(May::SeeReports) => {}
            Action::ToggleAudit if self.tab == 3 => {
                if self.reports.audit.take().is_none() {
                    self.effects.push(Effect::LoadAudit);
                }
            }
            _ if self.tab == 3 && self.reports.audit.is_some() => {
                if let Some(audit) = &mut self.reports.audit {
                    audit.update(action);
                }
            }
            _ if self.tab == 3 => {
                if self.reports.update(action) {
                    self.effects.push(Effect::ComputeReport);
                }
            }
            _ if self.tab == 1 => self.update_consultations(action),
            _ if self.tab == 2 => self.update_timetable(action),
            _ if self.tab != 0 => {}
            Action::PickTopic => self.open_picker(PickerKind::Topic),
            Action::PickLanguage => self.open_picker(PickerKind::Language),
            Action::PickCounty => self.open_picker(PickerKind::County),
            Action::Copy => self.copy_contact(),
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
                    self.popup = Some(Popup::ConfirmStatus(s.id, status, question));
                }
            }
            other => {
                self.services.update(other);
            }
        }
    }

    fn update_timetable(&mut self, action: Action) {
        let lang = self.lang;
        match action {
            Action::GoToDate => self.ask(PromptKind::GoToDate, Msg::GoToPrompt, ""),
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
    fn refresh_slots(&mut self) {
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

    fn open_service_form(&mut self, service: Service, version: Option<i64>) {
        let ctx = ServiceFormContext {
            reference: &self.reference,
            organisations: &self.organisations,
            lang: self.lang,
        };
        let form = ServiceForm::new(service, version, &ctx);
        self.popup = Some(Popup::ServiceForm(Box::new(form)));
    }

    fn ask(&mut self, kind: PromptKind, question: Msg, proposed: &str) {
        let prompt = Prompt::new(kind, self.lang.t(question).to_owned(), proposed);
        self.popup = Some(Popup::Prompt(Box::new(prompt)));
    }

    /// Acts on a prompt's answer; an invalid answer keeps the prompt open with
    /// the problem shown under the field.
    fn answer(&mut self, kind: PromptKind, answer: &str) {
        let lang = self.lang;
        let problem = match kind {
            PromptKind::GoToDate => match dates::parse_date(answer) {
                Ok(date) => {
                    self.timetable.go_to(date);
                    self.refresh_slots();
                    None
                }
                Err(e @ dates::DateError::OutOfRange) => Some(e.message(answer, lang)),
                Err(_) => Some(lang.fmt(Msg::ErrInvalidDate, &[&answer])),
            },
            PromptKind::ExportPath | PromptKind::ReportPath if answer.is_empty() => {
                Some(lang.t(Msg::ProbEmpty).to_owned())
            }
            PromptKind::ReportPath => {
                self.effects.push(Effect::ExportReport(answer.into()));
                None
            }
            PromptKind::ExportPath => {
                self.effects.push(Effect::ExportWeek {
                    week: self.timetable.week(),
                    path: answer.into(),
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

    fn open_picker(&mut self, kind: PickerKind) {
        let picker = self.services.picker(kind, &self.reference, self.lang);
        self.popup = Some(Popup::Picker(Box::new(picker)));
    }

    fn copy_contact(&mut self) {
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
