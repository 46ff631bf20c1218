//! Key bindings as data: one table per context. The footer hints and the `?`
//! help are generated from these same tables, so they cannot drift apart.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use super::screen::Screen;
use crate::i18n::Msg;

/// Where the keyboard focus is, which decides the table consulted first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Keys that work everywhere (unless a text field takes the letter).
    Global,
    /// Typing in the services search line.
    Search,
    /// The services result list.
    List,
    /// The details pane.
    Details,
    /// A picker popup.
    Picker,
    /// The timetable's week.
    Timetable,
    /// A one-line question.
    Prompt,
    /// A form.
    Form,
    /// The consultations list and details.
    Consultations,
    /// The reports.
    Reports,
    /// The audit trail (from the reports).
    Audit,
}

/// One key (code + modifiers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    code: KeyCode,
    mods: KeyModifiers,
}

const fn key(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::NONE,
    }
}

const fn code(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}

impl Key {
    fn matches(&self, ev: &KeyEvent) -> bool {
        // Shift is part of the character for letters and symbols (`G`, `?`), so
        // it is ignored for characters; other modifiers must be equal.
        let mods = match ev.code {
            KeyCode::Char(_) => ev.modifiers - KeyModifiers::SHIFT,
            _ => ev.modifiers,
        };
        self.code == ev.code && self.mods == mods
    }
}

/// A binding: keys, how they are shown, the action, its description.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// The keys that trigger it.
    pub keys: &'static [Key],
    /// How the keys are written in hints (`j/k`).
    pub label: &'static str,
    /// What it does.
    pub action: Action,
    /// Its description.
    pub hint: Msg,
    /// Shown in the footer (all bindings are shown in the help).
    pub footer: bool,
}

const fn bind(
    keys: &'static [Key],
    label: &'static str,
    action: Action,
    hint: Msg,
    footer: bool,
) -> Binding {
    Binding {
        keys,
        label,
        action,
        hint,
        footer,
    }
}

#[rustfmt::skip]
const GLOBAL: &[Binding] = &[
    bind(&[key('?')], "?", Action::Help, Msg::KeyHelp, true),
    bind(&[key('*')], "*", Action::ToggleMask, Msg::KeyMask, false),
    bind(&[key('q'), ctrl('c')], "q", Action::Quit, Msg::KeyQuit, true),
    bind(&[code(KeyCode::Tab)], "Tab", Action::NextPane, Msg::KeyNextPane, true),
    bind(&[code(KeyCode::BackTab)], "S-Tab", Action::PrevPane, Msg::KeyNextPane, false),
    bind(&[key('1')], "1-4", Action::Show(Screen::Services), Msg::KeyTabs, false),
    bind(&[key('2')], "2", Action::Show(Screen::Consultations), Msg::KeyTabs, false),
    bind(&[key('3')], "3", Action::Show(Screen::Timetable), Msg::KeyTabs, false),
    bind(&[key('4')], "4", Action::Show(Screen::Reports), Msg::KeyTabs, false),
];

#[rustfmt::skip]
const SEARCH: &[Binding] = &[
    bind(&[code(KeyCode::Esc), code(KeyCode::Enter)], "Esc", Action::Back, Msg::KeyBack, true),
    bind(&[code(KeyCode::Up)], "↑↓ PgUp/Dn", Action::Up, Msg::KeyMove, true),
    bind(&[code(KeyCode::Down)], "↓", Action::Down, Msg::KeyMove, false),
    bind(&[code(KeyCode::PageUp)], "PgUp", Action::PageUp, Msg::KeyMove, false),
    bind(&[code(KeyCode::PageDown)], "PgDn", Action::PageDown, Msg::KeyMove, false),
    bind(&[code(KeyCode::Tab)], "Tab", Action::NextPane, Msg::KeyNextPane, true),
    bind(&[code(KeyCode::BackTab)], "S-Tab", Action::PrevPane, Msg::KeyNextPane, false),
    bind(&[ctrl('c')], "C-c", Action::Quit, Msg::KeyQuit, true),
];

#[rustfmt::skip]
const LIST: &[Binding] = &[
    bind(&[key('/')], "/", Action::FocusSearch, Msg::KeySearch, true),
    bind(&[key('k'), code(KeyCode::Up)], "j/k ↑↓", Action::Up, Msg::KeyMove, true),
    bind(&[key('j'), code(KeyCode::Down)], "↓", Action::Down, Msg::KeyMove, false),
    bind(&[code(KeyCode::PageUp)], "PgUp", Action::PageUp, Msg::KeyMove, false),
    bind(&[code(KeyCode::PageDown)], "PgDn", Action::PageDown, Msg::KeyMove, false),
    bind(&[key('g'), code(KeyCode::Home)], "g/G", Action::Top, Msg::KeyTop, false),
    bind(&[key('G'), code(KeyCode::End)], "G", Action::Bottom, Msg::KeyTop, false),
    bind(&[key('t')], "t", Action::PickTopic, Msg::KeyTopic, true),
    bind(&[key('l')], "l", Action::PickLanguage, Msg::KeyLanguage, false),
    bind(&[key('c')], "c", Action::PickCounty, Msg::KeyCounty, true),
    bind(&[key('f')], "f", Action::ToggleFree, Msg::KeyFree, true),
    bind(&[key('o')], "o", Action::ToggleOpenNow, Msg::KeyOpenNow, false),
    bind(&[key('s')], "s", Action::ToggleStale, Msg::KeyStale, false),
    bind(&[key('w')], "w", Action::ToggleRetired, Msg::KeyRetired, false),
    bind(&[key('v')], "v", Action::VerifyService, Msg::KeyVerify, false),
    bind(&[key('d')], "d", Action::RetireService, Msg::KeyRetire, false),
    bind(&[key('n')], "n", Action::NewService, Msg::KeyNewService, false),
    bind(&[key('e')], "e", Action::EditService, Msg::KeyEditService, false),
    bind(&[key('x')], "x", Action::ClearFilters, Msg::KeyClearFilters, false),
    bind(&[key('y')], "y", Action::Copy, Msg::KeyCopy, true),
    bind(&[key('r')], "r", Action::Refer, Msg::KeyRefer, false),
    bind(&[code(KeyCode::Esc)], "Esc", Action::Back, Msg::KeyBack, false),
];

#[rustfmt::skip]
const DETAILS: &[Binding] = &[
    bind(&[key('k'), code(KeyCode::Up)], "j/k ↑↓", Action::Up, Msg::KeyScroll, true),
    bind(&[key('j'), code(KeyCode::Down)], "↓", Action::Down, Msg::KeyScroll, false),
    bind(&[code(KeyCode::PageUp)], "PgUp", Action::PageUp, Msg::KeyScroll, false),
    bind(&[code(KeyCode::PageDown)], "PgDn", Action::PageDown, Msg::KeyScroll, false),
    bind(&[key('/')], "/", Action::FocusSearch, Msg::KeySearch, true),
    bind(&[key('y')], "y", Action::Copy, Msg::KeyCopy, true),
    bind(&[key('r')], "r", Action::Refer, Msg::KeyRefer, false),
    bind(&[key('e')], "e", Action::EditService, Msg::KeyEditService, false),
    bind(&[code(KeyCode::Esc)], "Esc", Action::Back, Msg::KeyBack, true),
];

#[rustfmt::skip]
const PICKER: &[Binding] = &[
    bind(&[code(KeyCode::Up)], "↑↓", Action::Up, Msg::KeyMove, true),
    bind(&[code(KeyCode::Down)], "↓", Action::Down, Msg::KeyMove, false),
    bind(&[code(KeyCode::Enter)], "Enter", Action::Confirm, Msg::KeyPick, true),
    bind(&[code(KeyCode::Esc)], "Esc", Action::Back, Msg::KeyBack, true),
];

#[rustfmt::skip]
const PROMPT: &[Binding] = &[
    bind(&[code(KeyCode::Enter)], "Enter", Action::Confirm, Msg::KeyPick, true),
    bind(&[code(KeyCode::Esc)], "Esc", Action::Back, Msg::KeyBack, true),
];

#[rustfmt::skip]
const TIMETABLE: &[Binding] = &[
    bind(&[key('h'), code(KeyCode::Left)], "h/l ←→", Action::Left, Msg::KeyDays, true),
    bind(&[key('l'), code(KeyCode::Right)], "→", Action::Right, Msg::KeyDays, false),
    bind(&[key('k'), code(KeyCode::Up)], "j/k ↑↓", Action::Up, Msg::KeyMove, true),
    bind(&[key('j'), code(KeyCode::Down)], "↓", Action::Down, Msg::KeyMove, false),
    bind(&[key('['), code(KeyCode::PageUp)], "[", Action::PrevWeek, Msg::KeyPrevWeek, true),
    bind(&[key(']'), code(KeyCode::PageDown)], "]", Action::NextWeek, Msg::KeyNextWeek, true),
    bind(&[key('t')], "t", Action::ThisWeek, Msg::KeyThisWeek, true),
    bind(&[key('g')], "g", Action::GoToDate, Msg::KeyGoTo, true),
    bind(&[key('x')], "x", Action::ExportWeek, Msg::KeyExportIcs, true),
    bind(&[key('s')], "s", Action::ToggleServiceHours, Msg::KeyServiceHours, false),
    bind(&[key('c')], "c", Action::CancelOccurrence, Msg::KeyCancelOccurrence, false),
    bind(&[key('n')], "n", Action::NewSession, Msg::KeyNewSession, false),
    bind(&[key('e')], "e", Action::EditSession, Msg::KeyEditSession, false),
];

#[rustfmt::skip]
const CONSULTATIONS: &[Binding] = &[
    bind(&[key('n')], "n", Action::NewConsultation, Msg::KeyNewConsultation, true),
    bind(&[key('/')], "/", Action::FocusSearch, Msg::KeySearch, true),
    bind(&[key('k'), code(KeyCode::Up)], "j/k ↑↓", Action::Up, Msg::KeyMove, true),
    bind(&[key('j'), code(KeyCode::Down)], "↓", Action::Down, Msg::KeyMove, false),
    bind(&[code(KeyCode::PageUp)], "PgUp", Action::PageUp, Msg::KeyMove, false),
    bind(&[code(KeyCode::PageDown)], "PgDn", Action::PageDown, Msg::KeyMove, false),
    bind(&[key('e')], "e", Action::CorrectConsultation, Msg::KeyCorrect, true),
    bind(&[key('a')], "a", Action::TogglePeriod, Msg::KeyPeriod, true),
    bind(&[key('g')], "g", Action::GoToDate, Msg::KeyDateRange, false),
    bind(&[key('t')], "t", Action::PickTopic, Msg::KeyTopic, false),
    bind(&[key('m')], "m", Action::ToggleMine, Msg::KeyMineAll, false),
    bind(&[key('f')], "f", Action::ToggleFollowUps, Msg::KeyFollowUps, true),
    bind(&[key('d')], "d", Action::MarkFollowUpDone, Msg::KeyMarkDone, false),
    bind(&[key('h')], "h", Action::ShowHistory, Msg::KeyHistory, false),
    bind(&[key('c')], "c", Action::FilterClient, Msg::KeyClientFilter, false),
    bind(&[code(KeyCode::Esc)], "Esc", Action::Back, Msg::KeyBack, false),
];

#[rustfmt::skip]
const REPORTS: &[Binding] = &[
    bind(&[key('p')], "p/P", Action::NextPeriod, Msg::KeyPeriodCycle, true),
    bind(&[key('P')], "P", Action::PrevPeriod, Msg::KeyPeriodCycle, false),
    bind(&[key('l'), code(KeyCode::Right), key('j'), code(KeyCode::Down)], "←→", Action::Right, Msg::KeyBreakdown, true),
    bind(&[key('h'), code(KeyCode::Left), key('k'), code(KeyCode::Up)], "←", Action::Left, Msg::KeyBreakdown, false),
    bind(&[key('g')], "g", Action::GoToDate, Msg::KeyDateRange, true),
    bind(&[key('x')], "x", Action::ExportReport, Msg::KeyExportCsv, true),
    bind(&[key('a')], "a", Action::ToggleAudit, Msg::KeyAudit, true),
];

#[rustfmt::skip]
const AUDIT: &[Binding] = &[
    bind(&[key('k'), code(KeyCode::Up)], "j/k ↑↓", Action::Up, Msg::KeyMove, true),
    bind(&[key('j'), code(KeyCode::Down)], "↓", Action::Down, Msg::KeyMove, false),
    bind(&[code(KeyCode::PageUp)], "PgUp", Action::PageUp, Msg::KeyMove, false),
    bind(&[code(KeyCode::PageDown)], "PgDn", Action::PageDown, Msg::KeyMove, false),
    bind(&[key('a'), code(KeyCode::Esc)], "a/Esc", Action::ToggleAudit, Msg::KeyBack, true),
];

/// The form's keys are handled by the form itself; listed here for the footer
/// and the help.
#[rustfmt::skip]
const FORM: &[Binding] = &[
    bind(&[code(KeyCode::Tab)], "Tab/S-Tab", Action::NextPane, Msg::KeyNextField, true),
    bind(&[ctrl('s')], "C-s", Action::Confirm, Msg::KeySave, true),
    bind(&[code(KeyCode::Esc)], "Esc", Action::Back, Msg::KeyBack, true),
];

/// The bindings of a context.
pub fn bindings(context: Context) -> &'static [Binding] {
    match context {
        Context::Global => GLOBAL,
        Context::Search => SEARCH,
        Context::List => LIST,
        Context::Details => DETAILS,
        Context::Picker => PICKER,
        Context::Timetable => TIMETABLE,
        Context::Prompt => PROMPT,
        Context::Form => FORM,
        Context::Consultations => CONSULTATIONS,
        Context::Reports => REPORTS,
        Context::Audit => AUDIT,
    }
}

/// The action for a key in a context. Global keys apply after the context's own,
/// except in the search line, where printable keys are text.
pub fn lookup(context: Context, ev: &KeyEvent) -> Option<Action> {
    let find = |table: &[Binding]| {
        table
            .iter()
            .find(|b| b.keys.iter().any(|k| k.matches(ev)))
            .map(|b| b.action)
    };
    find(bindings(context)).or_else(|| match context {
        Context::Search | Context::Picker | Context::Prompt | Context::Form => None,
        _ => find(GLOBAL),
    })
}

/// The bindings of a context as the help lists them: a binding that only
/// continues the previous one (same description, e.g. `↓` after `j/k`) is folded
/// into it.
pub fn described(context: Context) -> impl Iterator<Item = &'static Binding> {
    let table = bindings(context);
    table
        .iter()
        .enumerate()
        .filter(move |(i, b)| *i == 0 || table[i - 1].hint != b.hint)
        .map(|(_, b)| b)
}

/// The footer: the context's hints, then the global ones.
pub fn footer(context: Context) -> impl Iterator<Item = &'static Binding> {
    let globals = match context {
        Context::Search | Context::Picker | Context::Prompt | Context::Form => &[][..],
        _ => GLOBAL,
    };
    // Tab moves between panes; the timetable and the reports have one.
    let one_pane = matches!(
        context,
        Context::Timetable | Context::Reports | Context::Audit
    );
    bindings(context)
        .iter()
        .chain(globals)
        .filter(move |b| b.footer && !(one_pane && b.action == Action::NextPane))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn lookups() {
        let ch = |c| press(KeyCode::Char(c), KeyModifiers::NONE);
        assert_eq!(lookup(Context::List, &ch('q')), Some(Action::Quit));
        assert_eq!(lookup(Context::List, &ch('j')), Some(Action::Down));
        assert_eq!(
            lookup(Context::List, &ch('3')),
            Some(Action::Show(Screen::Timetable))
        );
        // In the search line letters are text, not commands.
        assert_eq!(lookup(Context::Search, &ch('q')), None);
        assert_eq!(lookup(Context::Search, &ch('j')), None);
        assert_eq!(
            lookup(
                Context::Search,
                &press(KeyCode::Char('c'), KeyModifiers::CONTROL)
            ),
            Some(Action::Quit)
        );
        assert_eq!(
            lookup(
                Context::List,
                &press(KeyCode::Char('G'), KeyModifiers::SHIFT)
            ),
            Some(Action::Bottom)
        );
    }

    #[test]
    fn tab_is_offered_only_where_there_are_panes() {
        let has_tab = |c| footer(c).any(|b| b.label == "Tab");
        assert!(has_tab(Context::List));
        assert!(has_tab(Context::Consultations));
        assert!(!has_tab(Context::Timetable));
        assert!(!has_tab(Context::Reports));
    }

    #[test]
    fn footer_comes_from_the_table() {
        let labels: Vec<_> = footer(Context::List).map(|b| b.label).collect();
        assert!(labels.contains(&"/"));
        assert!(labels.contains(&"q"));
        assert!(!footer(Context::Search).any(|b| b.label == "q"));
    }
}
