//! The key tables, one per context. A binding's place in its table is its
//! place in the footer and the help; the first binding whose keys match (and
//! whose focus holds) wins.

use crossterm::event::KeyCode;

use super::{Binding, Need, On, alt, bind, code, ctrl, fkey, key};
use crate::i18n::Msg;
use crate::tui::action::Action;
use crate::tui::screen::Screen;

/// Keys that work everywhere. Where letters are typed (`On::Typing`: the
/// search lines, the Services screen) they are keys that cannot occur in a
/// word: F-keys, Ctrl and Alt; elsewhere the short letters work too.
#[rustfmt::skip]
pub(super) const GLOBAL: &[Binding] = &[
    bind(&[fkey(1)], "F1", Action::Help, Msg::KeyHelp, true).on(On::Typing),
    bind(&[key('?'), fkey(1)], "?", Action::Help, Msg::KeyHelp, true).on(On::Keys),
    bind(&[ctrl('q'), ctrl('c')], "C-q", Action::Quit, Msg::KeyQuit, true).on(On::Typing),
    bind(&[key('q'), ctrl('q'), ctrl('c')], "q", Action::Quit, Msg::KeyQuit, true).on(On::Keys),
    bind(&[alt('*')], "Alt-*", Action::ToggleMask, Msg::KeyMask, false).on(On::Typing),
    bind(&[key('*'), alt('*')], "*", Action::ToggleMask, Msg::KeyMask, false).on(On::Keys),
    bind(&[alt('1'), fkey(2)], "Alt-1…4 F2…5", Action::Show(Screen::Services), Msg::KeyTabs, false).on(On::Typing),
    bind(&[alt('2'), fkey(3)], "Alt-2", Action::Show(Screen::Consultations), Msg::KeyTabs, false).on(On::Typing),
    bind(&[alt('3'), fkey(4)], "Alt-3", Action::Show(Screen::Timetable), Msg::KeyTabs, false).on(On::Typing),
    bind(&[alt('4'), fkey(5)], "Alt-4", Action::Show(Screen::Reports), Msg::KeyTabs, false).on(On::Typing),
    bind(&[key('1'), alt('1'), fkey(2)], "1-4", Action::Show(Screen::Services), Msg::KeyTabs, false).on(On::Keys),
    bind(&[key('2'), alt('2'), fkey(3)], "2", Action::Show(Screen::Consultations), Msg::KeyTabs, false).on(On::Keys),
    bind(&[key('3'), alt('3'), fkey(4)], "3", Action::Show(Screen::Timetable), Msg::KeyTabs, false).on(On::Keys),
    bind(&[key('4'), alt('4'), fkey(5)], "4", Action::Show(Screen::Reports), Msg::KeyTabs, false).on(On::Keys),
];

/// The consultations' full-text search line: letters are text.
#[rustfmt::skip]
pub(super) const SEARCH: &[Binding] = &[
    bind(&[code(KeyCode::Esc), code(KeyCode::Enter)], "Esc", Action::Back, Msg::KeyBack, true),
    bind(&[code(KeyCode::Up)], "↑↓ PgUp/Dn", Action::Up, Msg::KeyMove, true),
    bind(&[code(KeyCode::Down)], "↓", Action::Down, Msg::KeyMove, false),
    bind(&[code(KeyCode::PageUp)], "PgUp", Action::PageUp, Msg::KeyMove, false),
    bind(&[code(KeyCode::PageDown)], "PgDn", Action::PageDown, Msg::KeyMove, false),
    bind(&[code(KeyCode::Tab)], "Tab", Action::NextPane, Msg::KeyNextPane, true),
    bind(&[code(KeyCode::BackTab)], "S-Tab", Action::PrevPane, Msg::KeyNextPane, false),
    bind(&[ctrl('u')], "C-u", Action::ClearLine, Msg::KeyClearLine, false),
    bind(&[ctrl('z')], "C-z", Action::Undo, Msg::KeyUndo, false),
];

/// The Services screen: the search line always takes the letters (as in fzf
/// or atuin); the arrows move in the results, and every command is on a key
/// that cannot occur while typing a word (Alt with a letter, Enter, Tab).
#[rustfmt::skip]
pub(super) const SERVICES: &[Binding] = &[
    bind(&[code(KeyCode::Esc)], "Esc", Action::Back, Msg::KeyClearSearch, true),
    bind(&[code(KeyCode::Up)], "↑↓ PgUp/Dn", Action::Up, Msg::KeyMove, false),
    bind(&[code(KeyCode::Down)], "↓", Action::Down, Msg::KeyMove, false),
    bind(&[code(KeyCode::PageUp)], "PgUp", Action::PageUp, Msg::KeyMove, false),
    bind(&[code(KeyCode::PageDown)], "PgDn", Action::PageDown, Msg::KeyMove, false),
    bind(&[code(KeyCode::Home)], "Home/End", Action::Top, Msg::KeyTop, false),
    bind(&[code(KeyCode::End)], "End", Action::Bottom, Msg::KeyTop, false),
    bind(&[code(KeyCode::Enter), alt('r')], "Enter", Action::Refer, Msg::KeyRefer, true).needs(Need::Writing),
    bind(&[alt('t')], "Alt-t", Action::PickTopic, Msg::KeyTopic, true),
    bind(&[alt('c')], "Alt-c", Action::PickCounty, Msg::KeyCounty, true),
    bind(&[alt('l')], "Alt-l", Action::PickLanguage, Msg::KeyLanguage, false),
    bind(&[alt('f')], "Alt-f", Action::ToggleFree, Msg::KeyFree, false),
    bind(&[alt('o')], "Alt-o", Action::ToggleOpenNow, Msg::KeyOpenNow, false),
    bind(&[alt('s')], "Alt-s", Action::ToggleStale, Msg::KeyStale, false),
    bind(&[alt('w')], "Alt-w", Action::ToggleRetired, Msg::KeyRetired, false),
    bind(&[alt('x')], "Alt-x", Action::ClearFilters, Msg::KeyClearFilters, false),
    bind(&[alt('y')], "Alt-y", Action::Copy, Msg::KeyCopy, true),
    bind(&[alt('k'), fkey(6)], "Alt-k", Action::ShowCard, Msg::KeyCard, true),
    bind(&[alt('v')], "Alt-v", Action::VerifyService, Msg::KeyVerify, false).needs(Need::CoordinatorWriting),
    bind(&[alt('d')], "Alt-d", Action::RetireService, Msg::KeyRetire, false).needs(Need::CoordinatorWriting),
    bind(&[alt('n')], "Alt-n", Action::NewService, Msg::KeyNewService, false).needs(Need::CoordinatorWriting),
    bind(&[alt('e')], "Alt-e", Action::EditService, Msg::KeyEditService, false).needs(Need::CoordinatorWriting),
    bind(&[code(KeyCode::Tab)], "Tab", Action::NextPane, Msg::KeyDetailsPane, true),
    bind(&[code(KeyCode::BackTab)], "S-Tab", Action::PrevPane, Msg::KeyDetailsPane, false),
    bind(&[ctrl('u')], "C-u", Action::ClearLine, Msg::KeyClearLine, false),
    bind(&[ctrl('z')], "C-z", Action::Undo, Msg::KeyUndo, false),
];

/// The details of the selected service: a letter typed here goes back to
/// the search line.
#[rustfmt::skip]
pub(super) const DETAILS: &[Binding] = &[
    bind(&[code(KeyCode::Up)], "↑↓ PgUp/Dn", Action::Up, Msg::KeyScroll, true),
    bind(&[code(KeyCode::Down)], "↓", Action::Down, Msg::KeyScroll, false),
    bind(&[code(KeyCode::PageUp)], "PgUp", Action::PageUp, Msg::KeyScroll, false),
    bind(&[code(KeyCode::PageDown)], "PgDn", Action::PageDown, Msg::KeyScroll, false),
    bind(&[code(KeyCode::Home)], "Home/End", Action::Top, Msg::KeyTopEnd, false),
    bind(&[code(KeyCode::End)], "End", Action::Bottom, Msg::KeyTopEnd, false),
    bind(&[code(KeyCode::Enter), alt('r')], "Enter", Action::Refer, Msg::KeyRefer, true).needs(Need::Writing),
    bind(&[alt('y')], "Alt-y", Action::Copy, Msg::KeyCopy, true),
    bind(&[alt('k'), fkey(6)], "Alt-k", Action::ShowCard, Msg::KeyCard, true),
    bind(&[alt('e')], "Alt-e", Action::EditService, Msg::KeyEditService, false).needs(Need::CoordinatorWriting),
    bind(&[code(KeyCode::Esc), code(KeyCode::Tab), code(KeyCode::BackTab)], "Esc/Tab", Action::Back, Msg::KeyBackToSearch, true),
];

/// A list to choose from (over a screen or over a form): letters and
/// spaces go into its filter; `Tab` (or `Ctrl-Space`) ticks in a list of
/// several, and `Enter` takes the ticked items, or the highlighted one when
/// none is ticked.
#[rustfmt::skip]
pub(super) const PICKER: &[Binding] = &[
    bind(&[code(KeyCode::Up)], "↑↓", Action::Up, Msg::KeyMove, true),
    bind(&[code(KeyCode::Down)], "↓", Action::Down, Msg::KeyMove, false),
    bind(&[code(KeyCode::Tab), ctrl(' ')], "Tab", Action::Tick, Msg::KeyTick, true).on(On::ListOfSeveral),
    bind(&[code(KeyCode::Enter)], "Enter", Action::Confirm, Msg::KeyPick, true),
    bind(&[code(KeyCode::Esc)], "Esc", Action::Back, Msg::KeyBack, true),
    bind(&[ctrl('u')], "C-u", Action::ClearLine, Msg::KeyClearLine, false),
    bind(&[ctrl('z')], "C-z", Action::Undo, Msg::KeyUndo, false),
];

#[rustfmt::skip]
pub(super) const PROMPT: &[Binding] = &[
    bind(&[code(KeyCode::Enter)], "Enter", Action::Confirm, Msg::KeyPick, true),
    bind(&[code(KeyCode::Esc)], "Esc", Action::Back, Msg::KeyBack, true),
    bind(&[ctrl('u')], "C-u", Action::ClearLine, Msg::KeyClearLine, true),
    bind(&[ctrl('z')], "C-z", Action::Undo, Msg::KeyUndo, true),
];

/// A yes/no question: `y` (or `t`, *tak*) says yes, any other key no.
#[rustfmt::skip]
pub(super) const CONFIRM: &[Binding] = &[
    bind(&[key('y'), key('Y'), key('t'), key('T')], "y", Action::Yes, Msg::KeyYes, true),
    bind(&[key('n'), key('N'), code(KeyCode::Esc)], "n/Esc", Action::No, Msg::KeyNo, true),
];

/// "Open your unsaved draft?" (offered at the start, over the Services
/// search): keys that cannot occur while typing a word answer it, so a word
/// typed at once neither opens the form nor discards the draft; other keys
/// leave the question as it is.
#[rustfmt::skip]
pub(super) const DRAFT_OFFER: &[Binding] = &[
    bind(&[code(KeyCode::Enter)], "Enter", Action::Yes, Msg::KeyOpenDraft, true),
    bind(&[ctrl('d'), code(KeyCode::Delete)], "C-d", Action::No, Msg::KeyDiscardDraft, true),
];

/// The help overlay and texts to read.
#[rustfmt::skip]
pub(super) const HELP: &[Binding] = &[
    bind(&[code(KeyCode::Esc), key('?'), key('q')], "Esc/?", Action::Back, Msg::KeyClose, true),
    bind(&[key('k'), code(KeyCode::Up)], "j/k ↑↓", Action::Up, Msg::KeyScroll, true),
    bind(&[key('j'), code(KeyCode::Down)], "↓", Action::Down, Msg::KeyScroll, false),
    bind(&[code(KeyCode::PageUp)], "PgUp/Dn", Action::PageUp, Msg::KeyScroll, false),
    bind(&[code(KeyCode::PageDown)], "PgDn", Action::PageDown, Msg::KeyScroll, false),
];

#[rustfmt::skip]
pub(super) const TIMETABLE: &[Binding] = &[
    bind(&[key('h'), code(KeyCode::Left)], "h/l ←→", Action::Left, Msg::KeyDays, true),
    bind(&[key('l'), code(KeyCode::Right)], "→", Action::Right, Msg::KeyDays, false),
    bind(&[key('k'), code(KeyCode::Up)], "j/k ↑↓", Action::Up, Msg::KeyMove, true),
    bind(&[key('j'), code(KeyCode::Down)], "↓", Action::Down, Msg::KeyMove, false),
    bind(&[key('['), code(KeyCode::PageUp)], "[", Action::PrevWeek, Msg::KeyPrevWeek, true),
    bind(&[key(']'), code(KeyCode::PageDown)], "]", Action::NextWeek, Msg::KeyNextWeek, true),
    bind(&[key('t')], "t", Action::ThisWeek, Msg::KeyThisWeek, true),
    bind(&[key('g')], "g", Action::GoToDate, Msg::KeyGoTo, true),
    bind(&[key('x')], "x", Action::ExportWeek, Msg::KeyExportIcs, true),
    bind(&[alt('k'), fkey(6)], "Alt-k", Action::ShowCard, Msg::KeyCard, false),
    bind(&[key('s')], "s", Action::ToggleServiceHours, Msg::KeyServiceHours, false),
    bind(&[key('c')], "c", Action::CancelOccurrence, Msg::KeyCancelOccurrence, false).needs(Need::CoordinatorWriting),
    bind(&[key('n')], "n", Action::NewSession, Msg::KeyNewSession, false).needs(Need::CoordinatorWriting),
    bind(&[key('e')], "e", Action::EditSession, Msg::KeyEditSession, false).needs(Need::CoordinatorWriting),
    bind(&[code(KeyCode::Tab), code(KeyCode::BackTab)], "Tab", Action::NextPane, Msg::KeyDetailsPane, false),
    bind(&[key('u')], "u", Action::EndSeries, Msg::KeyEndSeries, false).needs(Need::CoordinatorWriting),
];

#[rustfmt::skip]
pub(super) const CONSULTATIONS: &[Binding] = &[
    bind(&[key('n')], "n", Action::NewConsultation, Msg::KeyNewConsultation, true).needs(Need::Writing),
    bind(&[key('/')], "/", Action::FocusSearch, Msg::KeySearch, true),
    bind(&[key('k'), code(KeyCode::Up)], "j/k ↑↓", Action::Up, Msg::KeyMove, true),
    bind(&[key('j'), code(KeyCode::Down)], "↓", Action::Down, Msg::KeyMove, false),
    bind(&[code(KeyCode::PageUp)], "PgUp", Action::PageUp, Msg::KeyMove, false),
    bind(&[code(KeyCode::PageDown)], "PgDn", Action::PageDown, Msg::KeyMove, false),
    bind(&[key('e')], "e", Action::CorrectConsultation, Msg::KeyCorrect, true).needs(Need::Writing),
    bind(&[key('a')], "a", Action::TogglePeriod, Msg::KeyPeriod, true),
    bind(&[key('g')], "g", Action::GoToDate, Msg::KeyDateRange, false),
    bind(&[key('t')], "t", Action::PickTopic, Msg::KeyTopic, false),
    bind(&[key('m')], "m", Action::ToggleMine, Msg::KeyMineAll, false),
    bind(&[key('f')], "f", Action::ToggleFollowUps, Msg::KeyFollowUps, true),
    bind(&[key('d')], "d", Action::MarkFollowUpDone, Msg::KeyMarkDone, false).needs(Need::Writing),
    bind(&[key('h')], "h", Action::ShowHistory, Msg::KeyHistory, false),
    bind(&[key('c')], "c", Action::FilterClient, Msg::KeyClientFilter, false),
    bind(&[code(KeyCode::Esc)], "Esc", Action::Back, Msg::KeyBack, false),
    bind(&[code(KeyCode::Tab)], "Tab", Action::NextPane, Msg::KeyNextPane, false),
    bind(&[code(KeyCode::BackTab)], "S-Tab", Action::PrevPane, Msg::KeyNextPane, false),
];

#[rustfmt::skip]
pub(super) const REPORTS: &[Binding] = &[
    bind(&[key('p')], "p/P", Action::NextPeriod, Msg::KeyPeriodCycle, true).needs(Need::Coordinator),
    bind(&[key('P')], "P", Action::PrevPeriod, Msg::KeyPeriodCycle, false).needs(Need::Coordinator),
    bind(&[key('l'), code(KeyCode::Right), key('j'), code(KeyCode::Down)], "←→", Action::Right, Msg::KeyBreakdown, true).needs(Need::Coordinator),
    bind(&[key('h'), code(KeyCode::Left), key('k'), code(KeyCode::Up)], "←", Action::Left, Msg::KeyBreakdown, false).needs(Need::Coordinator),
    bind(&[key('g')], "g", Action::GoToDate, Msg::KeyDateRange, true).needs(Need::Coordinator),
    bind(&[key('x')], "x", Action::ExportReport, Msg::KeyExportCsv, true).needs(Need::Coordinator),
    bind(&[key('a')], "a", Action::ToggleAudit, Msg::KeyAudit, true).needs(Need::Coordinator),
];

#[rustfmt::skip]
pub(super) const AUDIT: &[Binding] = &[
    bind(&[key('k'), code(KeyCode::Up)], "j/k ↑↓", Action::Up, Msg::KeyMove, true),
    bind(&[key('j'), code(KeyCode::Down)], "↓", Action::Down, Msg::KeyMove, false),
    bind(&[code(KeyCode::PageUp)], "PgUp", Action::PageUp, Msg::KeyMove, false),
    bind(&[code(KeyCode::PageDown)], "PgDn", Action::PageDown, Msg::KeyMove, false),
    bind(&[key('a'), code(KeyCode::Esc)], "a/Esc", Action::ToggleAudit, Msg::KeyBack, true),
    bind(&[code(KeyCode::Tab), code(KeyCode::BackTab)], "Tab", Action::NextPane, Msg::KeyDetailsPane, false),
];

/// Scrolling a text to read: the arrows (and `j`/`k`), pages, `Home`, `End`.
#[rustfmt::skip]
const SCROLLING: [Binding; 6] = [
    bind(&[key('k'), code(KeyCode::Up)], "j/k ↑↓ PgUp/Dn", Action::Up, Msg::KeyScroll, true),
    bind(&[key('j'), code(KeyCode::Down)], "↓", Action::Down, Msg::KeyScroll, false),
    bind(&[code(KeyCode::PageUp)], "PgUp", Action::PageUp, Msg::KeyScroll, false),
    bind(&[code(KeyCode::PageDown)], "PgDn", Action::PageDown, Msg::KeyScroll, false),
    bind(&[code(KeyCode::Home)], "Home/End", Action::Top, Msg::KeyTopEnd, false),
    bind(&[code(KeyCode::End)], "End", Action::Bottom, Msg::KeyTopEnd, false),
];

/// The bindings of `a`, then those of `b`, as one table of `N` (their sum).
const fn then<const A: usize, const B: usize, const N: usize>(
    a: [Binding; A],
    b: [Binding; B],
) -> [Binding; N] {
    assert!(A > 0 && A + B == N);
    let mut out = [a[0]; N];
    let mut i = 0;
    while i < N {
        out[i] = if i < A { a[i] } else { b[i - A] };
        i += 1;
    }
    out
}

/// A details pane to read: the arrows, pages, `Home` and `End` scroll it.
#[rustfmt::skip]
pub(super) const READING: &[Binding] = &then::<6, 1, 7>(SCROLLING, [
    bind(&[code(KeyCode::Esc), code(KeyCode::Tab), code(KeyCode::BackTab)], "Esc/Tab", Action::Back, Msg::KeyListPane, true),
]);

/// The selected consultation's details: they scroll, and what can be done
/// with the consultation is done from here too.
#[rustfmt::skip]
pub(super) const CONSULTATION_DETAILS: &[Binding] = &then::<6, 6, 12>(SCROLLING, [
    bind(&[key('e')], "e", Action::CorrectConsultation, Msg::KeyCorrect, true).needs(Need::Writing),
    bind(&[key('d')], "d", Action::MarkFollowUpDone, Msg::KeyMarkDone, false).needs(Need::Writing),
    bind(&[key('h')], "h", Action::ShowHistory, Msg::KeyHistory, false),
    bind(&[code(KeyCode::Tab)], "Tab", Action::NextPane, Msg::KeyNextPane, true),
    bind(&[code(KeyCode::BackTab)], "S-Tab", Action::PrevPane, Msg::KeyNextPane, false),
    bind(&[code(KeyCode::Esc)], "Esc", Action::Back, Msg::KeyListPane, true),
]);

/// A form: moving between fields, saving and leaving, then what the focused
/// field's editor takes (a key not listed is typed into a text field).
#[rustfmt::skip]
pub(super) const FORM: &[Binding] = &[
    bind(&[code(KeyCode::Tab)], "Tab/S-Tab", Action::NextField, Msg::KeyNextField, true),
    bind(&[code(KeyCode::BackTab)], "S-Tab", Action::PrevField, Msg::KeyNextField, false),
    bind(&[ctrl('s')], "C-s", Action::Save, Msg::KeySave, true),
    bind(&[code(KeyCode::Esc), ctrl('c')], "Esc", Action::Back, Msg::KeyCancel, true),
    bind(&[ctrl('n')], "C-n", Action::NewClientCode, Msg::KeyNewClientCode, true).on(On::ClientCode),
    bind(&[code(KeyCode::Enter)], "Enter a-z", Action::OpenList, Msg::KeyOpenList, true).on(On::Picked),
    bind(&[code(KeyCode::Backspace), code(KeyCode::Delete)], "Bksp", Action::ClearPicked, Msg::KeyClearPicked, true).on(On::Picked),
    bind(&[code(KeyCode::Left)], "←→ Space a-z", Action::Left, Msg::KeyChangeChoice, true).on(On::Choice),
    bind(&[code(KeyCode::Right), key(' ')], "→", Action::Right, Msg::KeyChangeChoice, false).on(On::Choice),
    bind(&[code(KeyCode::Left)], "←→", Action::Left, Msg::KeyMoveDay, true).on(On::Days),
    bind(&[code(KeyCode::Right)], "→", Action::Right, Msg::KeyMoveDay, false).on(On::Days),
    bind(&[key(' '), key('1'), key('2'), key('3'), key('4'), key('5'), key('6'), key('7')], "Space 1-7", Action::Tick, Msg::KeyToggleDay, true).on(On::Days),
    bind(&[code(KeyCode::Enter)], "Enter", Action::NewLine, Msg::KeyNewLine, false).on(On::Notes),
    bind(&[code(KeyCode::Down), code(KeyCode::Enter)], "↑↓ Enter", Action::NextField, Msg::KeyNextField, false).on(On::NotNotes),
    bind(&[code(KeyCode::Up)], "↑", Action::PrevField, Msg::KeyNextField, false).on(On::NotNotes),
    bind(&[ctrl('u')], "C-u", Action::ClearLine, Msg::KeyClearLine, false).on(On::Text),
    bind(&[ctrl('z')], "C-z", Action::Undo, Msg::KeyUndo, false).on(On::Text),
];

/// The consultation form's own keys, on top of `FORM`: the fields filled
/// last are one key away from anywhere in the form (Alt with a letter, never
/// a key typed into a field). desk, issue #13.
#[rustfmt::skip]
pub(super) const CONSULTATION_FORM: &[Binding] = &[
    bind(&[alt('m'), alt('f'), alt('n')], "Alt-m/f/n", Action::GoToField, Msg::KeyGoToFields, true),
];

/// A text to read: the reading keys scroll it, any other key closes it.
#[rustfmt::skip]
pub(super) const TEXT: &[Binding] = &then::<1, 6, 7>([
    bind(&[code(KeyCode::Esc)], "Esc", Action::Back, Msg::KeyClose, true),
], SCROLLING);

/// The client's card as a QR code: the language, copying the text, turning
/// the colours round for a phone that does not read it.
#[rustfmt::skip]
pub(super) const CARD: &[Binding] = &[
    bind(&[code(KeyCode::Tab), key('l'), alt('k')], "Tab/l", Action::CardLanguage, Msg::KeyCardLanguage, true),
    bind(&[key('y'), key('c'), alt('y')], "y", Action::Copy, Msg::KeyCardCopy, true),
    bind(&[key('i')], "i", Action::Invert, Msg::KeyCardInvert, true),
    bind(&[code(KeyCode::Esc), key('q')], "Esc", Action::Back, Msg::KeyClose, true),
];
