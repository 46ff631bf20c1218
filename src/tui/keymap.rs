//! Key bindings as data: one table per context (`keymap/tables.rs`). The
//! footer hints and the `?` help are generated from these same tables, so they
//! cannot drift apart; each binding says who may use it and where it works, so
//! neither shows a key that does nothing here.

mod tables;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use crate::i18n::Msg;
use crate::staff::Role;
use tables::*;

/// Where the keyboard focus is, which decides the table consulted first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Keys that work everywhere (unless a text field takes the letter).
    Global,
    /// Typing in the consultations' full-text search line.
    Search,
    /// The Services screen's search line with its result list: letters are
    /// text, commands are keys that cannot occur while typing a word.
    Services,
    /// The details pane.
    Details,
    /// A picker popup.
    Picker,
    /// The timetable's week.
    Timetable,
    /// A one-line question.
    Prompt,
    /// A yes/no question (retiring a service, discarding a form's typing).
    Confirm,
    /// "Open your unsaved draft?"
    DraftOffer,
    /// The help overlay.
    Help,
    /// A text to read (any key closes it).
    Text,
    /// A form.
    Form,
    /// The consultation form: a form's keys and its own shortcuts.
    ConsultationForm,
    /// The consultations list and details.
    Consultations,
    /// The reports.
    Reports,
    /// The audit trail (from the reports).
    Audit,
    /// The client's card (a QR code) over the screen.
    Card,
    /// A details pane to read (the session's, the audit entry's): it scrolls.
    Reading,
    /// The selected consultation's details: they scroll, and the
    /// consultation's own commands work there too.
    ConsultationDetails,
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

/// Alt with a letter (a terminal sends Esc and the letter; crossterm reads
/// them together as Alt).
const fn alt(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::ALT,
    }
}

const fn fkey(n: u8) -> Key {
    code(KeyCode::F(n))
}

/// True for a key that types a character (with or without Shift): where
/// text is typed it is text, never a command.
pub fn is_printable(ev: &KeyEvent) -> bool {
    matches!(ev.code, KeyCode::Char(c) if !c.is_control())
        && (ev.modifiers - KeyModifiers::SHIFT).is_empty()
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

/// Who may use a binding. Others do not see it in the footer or the help; if
/// they press it anyway, the screen says why it is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Everyone.
    Anyone,
    /// A database open for writing.
    Writing,
    /// Those who may see reports (coordinators, by the policy).
    Coordinator,
    /// Those who may edit the directory (coordinators), on a database open
    /// for writing.
    CoordinatorWriting,
}

/// What must have the focus for a binding to work (in a form: the kind of
/// the focused field; in a list: whether it takes several values).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum On {
    /// Anywhere in its context.
    Anything,
    /// A text field (one line or several).
    Text,
    /// A notes field (several lines).
    Notes,
    /// Anything but a notes field.
    NotNotes,
    /// The client code of the consultation form.
    ClientCode,
    /// A quick choice (←/→).
    Choice,
    /// A field filled from a list.
    Picked,
    /// A set of weekdays.
    Days,
    /// A list that takes several values.
    ListOfSeveral,
    /// Where letters are typed into a search line (the keys that work
    /// everywhere are then the ones that cannot occur in a word).
    Typing,
    /// Where letters are commands.
    Keys,
}

/// What has the focus, as far as the key tables care.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Focus {
    /// Nothing that changes the keys.
    #[default]
    Other,
    /// A one-line text field.
    Text,
    /// A notes field.
    Notes,
    /// The client code of the consultation form.
    ClientCode,
    /// A quick choice.
    Choice,
    /// A field filled from a list.
    Picked,
    /// A set of weekdays.
    Days,
    /// A list that takes several values.
    ListOfSeveral,
    /// A search line whose letters are text, with the screen's commands on
    /// keys that cannot occur while typing.
    Typing,
}

/// Who is working and what has the focus: decides which bindings are shown
/// and which work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Situation {
    /// The acting staff member's role.
    pub role: Role,
    /// True when the database is open for reading only.
    pub read_only: bool,
    /// What has the focus.
    pub focus: Focus,
}

impl Situation {
    /// What the policy lets this role do (none of the bindings' actions
    /// depends on whose record it is).
    fn may(&self, action: crate::policy::Action<'_>) -> bool {
        crate::policy::Actor {
            user: "",
            role: self.role,
        }
        .may(action)
    }

    /// A coordinator with a writable database and nothing special focused.
    pub fn anyone() -> Self {
        Self {
            role: Role::Coordinator,
            read_only: false,
            focus: Focus::Other,
        }
    }
}

impl Need {
    /// True when the situation's user may use the binding.
    pub fn met(self, s: &Situation) -> bool {
        match self {
            Need::Anyone => true,
            Need::Writing => !s.read_only,
            Need::Coordinator => s.may(crate::policy::Action::SeeReports),
            Need::CoordinatorWriting => !s.read_only && s.may(crate::policy::Action::EditDirectory),
        }
    }
}

impl On {
    /// True when the focus is where the binding works.
    pub fn holds(self, focus: Focus) -> bool {
        match self {
            On::Anything => true,
            On::Text => matches!(focus, Focus::Text | Focus::Notes | Focus::ClientCode),
            On::Notes => focus == Focus::Notes,
            On::NotNotes => focus != Focus::Notes,
            On::ClientCode => focus == Focus::ClientCode,
            On::Choice => focus == Focus::Choice,
            On::Picked => focus == Focus::Picked,
            On::Days => focus == Focus::Days,
            On::ListOfSeveral => focus == Focus::ListOfSeveral,
            On::Typing => focus == Focus::Typing,
            On::Keys => focus != Focus::Typing,
        }
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
    /// Who may use it.
    pub need: Need,
    /// Where it works.
    pub on: On,
}

impl Binding {
    /// The same binding, for those who meet `need` only.
    const fn needs(self, need: Need) -> Self {
        Self { need, ..self }
    }

    /// The same binding, working only where `on` holds.
    const fn on(self, on: On) -> Self {
        Self { on, ..self }
    }

    /// True when it works and may be used in this situation.
    pub fn available(&self, s: &Situation) -> bool {
        self.need.met(s) && self.on.holds(s.focus)
    }
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
        need: Need::Anyone,
        on: On::Anything,
    }
}

/// The bindings of a context.
pub fn bindings(context: Context) -> &'static [Binding] {
    match context {
        Context::Global => GLOBAL,
        Context::Search => SEARCH,
        Context::Services => SERVICES,
        Context::Details => DETAILS,
        Context::Picker => PICKER,
        Context::Timetable => TIMETABLE,
        Context::Prompt => PROMPT,
        Context::Confirm => CONFIRM,
        Context::DraftOffer => DRAFT_OFFER,
        Context::Help => HELP,
        Context::Text => TEXT,
        Context::Form | Context::ConsultationForm => FORM,
        Context::Consultations => CONSULTATIONS,
        Context::Reports => REPORTS,
        Context::Audit => AUDIT,
        Context::Card => CARD,
        Context::Reading => READING,
        Context::ConsultationDetails => CONSULTATION_DETAILS,
    }
}

/// The keys a context has on top of its table (after it in the help; in the
/// footer after the focused field's keys): the consultation form's shortcuts
/// on top of every form's keys.
fn extra(context: Context) -> &'static [Binding] {
    match context {
        Context::ConsultationForm => CONSULTATION_FORM,
        _ => &[],
    }
}

/// True when the keys that work everywhere apply in a context too (not where
/// letters are text or the context takes every key).
fn takes_global_keys(context: Context) -> bool {
    match context {
        Context::Global
        | Context::Search
        | Context::Services
        | Context::Details
        | Context::Timetable
        | Context::Consultations
        | Context::Reports
        | Context::Audit
        | Context::Reading
        | Context::ConsultationDetails => true,
        Context::Picker
        | Context::Prompt
        | Context::Confirm
        | Context::DraftOffer
        | Context::Help
        | Context::Text
        | Context::Form
        | Context::ConsultationForm
        | Context::Card => false,
    }
}

/// The action for a key in a context. Global keys apply after the context's
/// own, except in popups that take every key; where letters are typed
/// (`Focus::Typing`) only those that cannot occur in a word do. A binding for
/// another focus does not match; one this user may not use does, so the
/// refusal can say why.
pub fn lookup(context: Context, ev: &KeyEvent, situation: &Situation) -> Option<Action> {
    let find = |table: &[Binding]| {
        table
            .iter()
            .filter(|b| b.on.holds(situation.focus))
            .find(|b| b.keys.iter().any(|k| k.matches(ev)))
            .map(|b| b.action)
    };
    find(bindings(context))
        .or_else(|| find(extra(context)))
        .or_else(|| {
            if takes_global_keys(context) {
                find(GLOBAL)
            } else {
                None
            }
        })
}

/// The bindings of a context as the help lists them for this user (whatever
/// the focus): a binding that only continues the previous one (same
/// description where the same focus holds, e.g. `↓` after `j/k`) is folded
/// into it; `?` after `F1` is not (one works where letters are typed, the
/// other elsewhere).
pub fn described(
    context: Context,
    situation: &Situation,
) -> impl Iterator<Item = &'static Binding> {
    let table: Vec<&'static Binding> = bindings(context).iter().chain(extra(context)).collect();
    let situation = *situation;
    let kept: Vec<&'static Binding> = (0..table.len())
        .filter(|&i| i == 0 || (table[i - 1].hint, table[i - 1].on) != (table[i].hint, table[i].on))
        .map(|i| table[i])
        .collect();
    kept.into_iter().filter(move |b| b.need.met(&situation))
}

/// The footer: the context's hints that work here, then the global ones;
/// where letters are typed the global ones (help, quit) come first, so the
/// way out is always on screen.
pub fn footer(context: Context, situation: &Situation) -> impl Iterator<Item = &'static Binding> {
    let globals = if takes_global_keys(context) {
        GLOBAL
    } else {
        &[][..]
    };
    // A context with shortcuts of its own (the consultation form) shows the
    // focused field's keys first, then its shortcuts, then the rest of its
    // table (moving, saving, leaving: also on the form's border).
    let table = bindings(context);
    let extra = extra(context);
    let own: Vec<&'static Binding> = if extra.is_empty() {
        table.iter().collect()
    } else {
        let by_field = |wanted: bool| {
            table
                .iter()
                .filter(move |b| (b.on != On::Anything) == wanted)
        };
        by_field(true).chain(extra).chain(by_field(false)).collect()
    };
    let situation = *situation;
    let chained: Vec<&'static Binding> = if situation.focus == Focus::Typing {
        globals.iter().chain(own).collect()
    } else {
        own.into_iter().chain(globals).collect()
    };
    chained
        .into_iter()
        .filter(move |b| b.footer && b.available(&situation))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::screen::Screen;

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    fn ch(c: char) -> KeyEvent {
        press(KeyCode::Char(c), KeyModifiers::NONE)
    }

    fn at(focus: Focus) -> Situation {
        Situation {
            focus,
            ..Situation::anyone()
        }
    }

    #[test]
    fn lookups() {
        let s = Situation::anyone();
        let c = Context::Consultations;
        assert_eq!(lookup(c, &ch('q'), &s), Some(Action::Quit));
        assert_eq!(lookup(c, &ch('j'), &s), Some(Action::Down));
        assert_eq!(
            lookup(c, &ch('3'), &s),
            Some(Action::Show(Screen::Timetable))
        );
        // In the search lines letters are text, not commands.
        let typing = at(Focus::Typing);
        for context in [Context::Search, Context::Services, Context::Details] {
            for c in ['q', 'j', '1', '?', '/', ' ', 'n', 'e', 'Ł', 'ї'] {
                assert_eq!(lookup(context, &ch(c), &typing), None, "{c}");
            }
        }
        let ctrl_c = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
        let ctrl_q = press(KeyCode::Char('q'), KeyModifiers::CONTROL);
        let alt = |c| press(KeyCode::Char(c), KeyModifiers::ALT);
        let f = |n| press(KeyCode::F(n), KeyModifiers::NONE);
        let svc = |ev: &KeyEvent| lookup(Context::Services, ev, &typing);
        assert_eq!(svc(&ctrl_c), Some(Action::Quit));
        assert_eq!(svc(&ctrl_q), Some(Action::Quit));
        assert_eq!(svc(&f(1)), Some(Action::Help));
        assert_eq!(svc(&f(3)), Some(Action::Show(Screen::Consultations)));
        assert_eq!(svc(&alt('4')), Some(Action::Show(Screen::Reports)));
        assert_eq!(svc(&alt('t')), Some(Action::PickTopic));
        assert_eq!(svc(&alt('n')), Some(Action::NewService));
        let home = press(KeyCode::Home, KeyModifiers::NONE);
        assert_eq!(svc(&home), Some(Action::Top));
        // The same keys work where letters are commands.
        assert_eq!(lookup(c, &f(1), &s), Some(Action::Help));
        assert_eq!(
            lookup(c, &alt('1'), &s),
            Some(Action::Show(Screen::Services))
        );
        let shift_g = press(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(lookup(c, &shift_g, &s), None);
    }

    /// Where letters are typed, no binding of the context or of the keys
    /// that work everywhere is a key that types a character.
    #[test]
    fn where_letters_are_typed_no_binding_is_a_printable_key() {
        let typing = at(Focus::Typing);
        for context in [Context::Search, Context::Services, Context::Details] {
            for b in bindings(context).iter().chain(GLOBAL) {
                if !b.on.holds(typing.focus) {
                    continue;
                }
                for k in b.keys {
                    let ev = press(k.code, k.mods);
                    assert!(!is_printable(&ev), "{context:?}: {}", b.label);
                }
            }
        }
    }

    #[test]
    fn form_keys_follow_the_focused_field() {
        let enter = press(KeyCode::Enter, KeyModifiers::NONE);
        let right = press(KeyCode::Right, KeyModifiers::NONE);
        let ctrl_n = press(KeyCode::Char('n'), KeyModifiers::CONTROL);
        let form = |ev: &KeyEvent, focus| lookup(Context::Form, ev, &at(focus));
        assert_eq!(form(&enter, Focus::Picked), Some(Action::OpenList));
        assert_eq!(form(&enter, Focus::Text), Some(Action::NextField));
        assert_eq!(form(&enter, Focus::Notes), Some(Action::NewLine));
        assert_eq!(form(&right, Focus::Choice), Some(Action::Right));
        assert_eq!(form(&right, Focus::Text), None);
        assert_eq!(
            form(&ctrl_n, Focus::ClientCode),
            Some(Action::NewClientCode)
        );
        assert_eq!(form(&ctrl_n, Focus::Text), None);
        assert_eq!(form(&ch('q'), Focus::Text), None);
        // A space is text of a list's filter; Tab ticks in a list of several.
        let list = |ev: &KeyEvent, focus| lookup(Context::Picker, ev, &at(focus));
        let tab = press(KeyCode::Tab, KeyModifiers::NONE);
        assert_eq!(list(&ch(' '), Focus::ListOfSeveral), None);
        assert_eq!(list(&ch(' '), Focus::Other), None);
        assert_eq!(list(&tab, Focus::ListOfSeveral), Some(Action::Tick));
    }

    /// The consultation form's shortcuts: Alt with a letter, from any field,
    /// only in that form; in its footer after the focused field's keys, and
    /// in the help with the letters that open lists and choose.
    #[test]
    fn the_consultation_form_has_its_alt_shortcuts_on_top_of_a_forms_keys() {
        let alt = |c| press(KeyCode::Char(c), KeyModifiers::ALT);
        let ctrl_s = press(KeyCode::Char('s'), KeyModifiers::CONTROL);
        for focus in [
            Focus::Text,
            Focus::ClientCode,
            Focus::Picked,
            Focus::Choice,
            Focus::Notes,
        ] {
            for c in ['m', 'f', 'n'] {
                let found = lookup(Context::ConsultationForm, &alt(c), &at(focus));
                assert_eq!(found, Some(Action::GoToField), "{focus:?} {c}");
                assert_eq!(lookup(Context::Form, &alt(c), &at(focus)), None);
            }
            let save = lookup(Context::ConsultationForm, &ctrl_s, &at(focus));
            assert_eq!(save, Some(Action::Save));
            // A letter is typed into the field (or opens its list, or chooses).
            assert_eq!(
                lookup(Context::ConsultationForm, &ch('m'), &at(focus)),
                None
            );
        }
        let labels = |focus| {
            footer(Context::ConsultationForm, &at(focus))
                .map(|b| b.label)
                .collect::<Vec<_>>()
        };
        assert_eq!(labels(Focus::ClientCode)[..2], ["C-n", "Alt-m/f/n"]);
        assert_eq!(labels(Focus::Text)[..2], ["Alt-m/f/n", "Tab/S-Tab"]);
        let help: Vec<Msg> = described(Context::ConsultationForm, &Situation::anyone())
            .map(|b| b.hint)
            .collect();
        for hint in [
            Msg::KeyNewClientCode,
            Msg::KeyChangeChoice,
            Msg::KeyOpenList,
            Msg::KeyGoToFields,
            Msg::KeySave,
        ] {
            assert!(help.contains(&hint), "{hint:?}");
        }
    }

    #[test]
    fn the_footer_shows_what_works_for_this_user_here() {
        let labels = |c, s: &Situation| footer(c, s).map(|b| b.label).collect::<Vec<_>>();
        let s = Situation::anyone();
        // Tab moves between panes (to the details to read them whole); the
        // reports have one.
        let has_tab = |c| described(c, &s).any(|b| b.label == "Tab");
        assert!(has_tab(Context::Services) && has_tab(Context::Consultations));
        assert!(has_tab(Context::Timetable) && has_tab(Context::Audit));
        assert!(!has_tab(Context::Reports));
        let typing = at(Focus::Typing);
        // Where letters are typed, the way out and the help come first.
        let services = labels(Context::Services, &typing);
        assert_eq!(services[..2], ["F1", "C-q"]);
        assert!(services.contains(&"Alt-t") && !services.contains(&"q"));
        assert!(labels(Context::Consultations, &s).contains(&"q"));
        assert!(!labels(Context::Search, &typing).contains(&"q"));
        assert!(labels(Context::Search, &typing).contains(&"C-q"));
        let desk = Situation {
            role: Role::Desk,
            ..s
        };
        assert_eq!(labels(Context::Reports, &desk), ["?", "q"]);
        assert!(labels(Context::Form, &at(Focus::ClientCode)).contains(&"C-n"));
        assert!(!labels(Context::Form, &at(Focus::Text)).contains(&"C-n"));
        let read_only = Situation {
            read_only: true,
            ..s
        };
        assert!(!described(Context::Consultations, &read_only).any(|b| b.label == "n"));
        assert!(described(Context::Consultations, &s).any(|b| b.label == "n"));
    }
}
