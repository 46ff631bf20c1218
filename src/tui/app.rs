//! The application state and `update`: every key becomes an action, every
//! action changes state; drawing reads the state and nothing else.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use super::keymap::{self, Context};
use super::picker::{Picker, PickerKind, PickerOutcome};
use super::services::{Pane, ServicesScreen, details::contact_text};
use super::theme::Theme;
use crate::i18n::{Lang, Msg};
use crate::model::{Reference, Service};

/// The screens, in tab order.
pub const TABS: [Msg; 4] = [
    Msg::TabServices,
    Msg::TabConsultations,
    Msg::TabTimetable,
    Msg::TabReports,
];

/// A popup over the screen; it takes the keys while open.
pub enum Popup {
    /// The key help.
    Help,
    /// A filter picker.
    Picker(Box<Picker>),
}

/// Everything the screen shows.
pub struct App {
    /// Interface language.
    pub lang: Lang,
    /// Styles.
    pub theme: Theme,
    /// The shown screen (index into [`TABS`]).
    pub tab: usize,
    /// The Services screen.
    pub services: ServicesScreen,
    /// Topics and counties.
    pub reference: Reference,
    /// The open popup, if any.
    pub popup: Option<Popup>,
    /// The last message for the status line.
    pub status: Option<String>,
    /// True when the database could only be opened for reading.
    pub read_only: bool,
    clipboard: Option<String>,
    quit: bool,
}

impl App {
    /// The app over loaded data. Services are sanitised here, once, so nothing
    /// drawn later can carry terminal control sequences.
    pub fn new(services: &[Service], reference: Reference, lang: Lang, theme: Theme) -> Self {
        let clean: Vec<Service> = services.iter().map(Service::sanitized).collect();
        Self {
            services: ServicesScreen::new(clean, &reference, lang),
            lang,
            theme,
            tab: 0,
            reference,
            popup: None,
            status: None,
            read_only: false,
            clipboard: None,
            quit: false,
        }
    }

    /// True once the user asked to leave.
    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// Text to put on the clipboard, taken once by the event loop.
    pub fn take_clipboard(&mut self) -> Option<String> {
        self.clipboard.take()
    }

    /// The key-map context of what has the focus.
    pub fn context(&self) -> Context {
        match (&self.popup, self.tab) {
            (Some(Popup::Picker(_)), _) => Context::Picker,
            (_, 0) => self.services.context(),
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
            Some(Popup::Help) => {
                if matches!(ev.code, KeyCode::Esc | KeyCode::Char('?' | 'q')) {
                    self.popup = None;
                }
                return;
            }
            Some(Popup::Picker(picker)) => {
                match picker.handle(&ev) {
                    PickerOutcome::Keep => {}
                    PickerOutcome::Cancel => self.popup = None,
                    PickerOutcome::Chosen(value) => {
                        let kind = picker.kind;
                        self.popup = None;
                        self.services.apply_choice(kind, value);
                    }
                }
                return;
            }
            None => {}
        }
        let context = self.context();
        match keymap::lookup(context, &ev) {
            Some(action) => self.update(action),
            None if context == Context::Search => self.services.type_key(ev),
            None => {}
        }
    }

    /// Handles pasted text (into the search line).
    pub fn on_paste(&mut self, text: &str) {
        if self.tab == 0 && self.popup.is_none() {
            self.services.focus = Pane::Search;
            self.services.paste(text);
        }
    }

    /// Carries out an action.
    pub fn update(&mut self, action: Action) {
        match action {
            Action::Quit => self.quit = true,
            Action::Help => self.popup = Some(Popup::Help),
            Action::Tab(i) if i < TABS.len() => self.tab = i,
            _ if self.tab != 0 => {}
            Action::PickTopic => self.open_picker(PickerKind::Topic),
            Action::PickLanguage => self.open_picker(PickerKind::Language),
            Action::PickCounty => self.open_picker(PickerKind::County),
            Action::Copy => self.copy_contact(),
            Action::Refer => self.status = Some(self.lang.t(Msg::FeatureLater).to_owned()),
            other => {
                self.services.update(other);
            }
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
                self.clipboard = Some(text);
                message
            }
            None => self.lang.t(Msg::NothingToCopy).to_owned(),
        });
    }
}
