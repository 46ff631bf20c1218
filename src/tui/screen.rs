//! The screens, by name: routing, the tab bar and the number keys all use
//! [`Screen`], never a position.

use crate::i18n::Msg;

/// One screen of the tab bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    /// The directory of services.
    #[default]
    Services,
    /// The consultations log.
    Consultations,
    /// The week's sessions.
    Timetable,
    /// Numbers and the audit trail (coordinators).
    Reports,
}

impl Screen {
    /// The screens in tab order (the number keys follow it).
    pub const ALL: [Screen; 4] = [
        Screen::Services,
        Screen::Consultations,
        Screen::Timetable,
        Screen::Reports,
    ];

    /// The tab's title.
    pub fn title(self) -> Msg {
        match self {
            Screen::Services => Msg::TabServices,
            Screen::Consultations => Msg::TabConsultations,
            Screen::Timetable => Msg::TabTimetable,
            Screen::Reports => Msg::TabReports,
        }
    }

    /// The number key that shows it (`1` for the first tab).
    pub fn number(self) -> usize {
        Self::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }
}
