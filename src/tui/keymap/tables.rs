//! The key tables, one per context. A binding's place in its table is its
//! place in the footer and the help; the first binding whose keys match (and
//! whose focus holds) wins.

use crossterm::event::KeyCode;

use super::{Binding, Need, On, bind, code, ctrl, key};
use crate::i18n::Msg;
use crate::tui::action::Action;
use crate::tui::screen::Screen;

#[rustfmt::skip]
pub(super) const GLOBAL: &[Binding] = &[
    bind(&[key('?')], "?", Action::Help, Msg::KeyHelp, true),
    bind(&[key('*')], "*", Action::ToggleMask, Msg::KeyMask, false),
    bind(&[key('q'), ctrl('c')], "q", Action::Quit, Msg::KeyQuit, true),
    bind(&[key('1')], "1-4", Action::Show(Screen::Services), Msg::KeyTabs, false),
    bind(&[key('2')], "2", Action::Show(Screen::Consultations), Msg::KeyTabs, false),
    bind(&[key('3')], "3", Action::Show(Screen::Timetable), Msg::KeyTabs, false),
    bind(&[key('4')], "4", Action::Show(Screen::Reports), Msg::KeyTabs, false),
];

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
    bind(&[ctrl('c')], "C-c", Action::Quit, Msg::KeyQuit, true),
];

#[rustfmt::skip]
pub(super) const LIST: &[Binding] = &[
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
    bind(&[key('v')], "v", Action::VerifyService, Msg::KeyVerify, false).needs(Need::CoordinatorWriting),
    bind(&[key('d')], "d", Action::RetireService, Msg::KeyRetire, false).needs(Need::CoordinatorWriting),
    bind(&[key('n')], "n", Action::NewService, Msg::KeyNewService, false).needs(Need::CoordinatorWriting),
    bind(&[key('e')], "e", Action::EditService, Msg::KeyEditService, false).needs(Need::CoordinatorWriting),
    bind(&[key('x')], "x", Action::ClearFilters, Msg::KeyClearFilters, false),
    bind(&[key('y')], "y", Action::Copy, Msg::KeyCopy, true),
    bind(&[key('r')], "r", Action::Refer, Msg::KeyRefer, false).needs(Need::Writing),
    bind(&[code(KeyCode::Esc)], "Esc", Action::Back, Msg::KeyBack, false),
    bind(&[code(KeyCode::Tab)], "Tab", Action::NextPane, Msg::KeyNextPane, false),
    bind(&[code(KeyCode::BackTab)], "S-Tab", Action::PrevPane, Msg::KeyNextPane, false),
];

#[rustfmt::skip]
pub(super) const DETAILS: &[Binding] = &[
    bind(&[key('k'), code(KeyCode::Up)], "j/k ↑↓", Action::Up, Msg::KeyScroll, true),
    bind(&[key('j'), code(KeyCode::Down)], "↓", Action::Down, Msg::KeyScroll, false),
    bind(&[code(KeyCode::PageUp)], "PgUp", Action::PageUp, Msg::KeyScroll, false),
    bind(&[code(KeyCode::PageDown)], "PgDn", Action::PageDown, Msg::KeyScroll, false),
    bind(&[key('/')], "/", Action::FocusSearch, Msg::KeySearch, true),
    bind(&[key('y')], "y", Action::Copy, Msg::KeyCopy, true),
    bind(&[key('r')], "r", Action::Refer, Msg::KeyRefer, false).needs(Need::Writing),
    bind(&[key('e')], "e", Action::EditService, Msg::KeyEditService, false).needs(Need::CoordinatorWriting),
    bind(&[code(KeyCode::Esc)], "Esc", Action::Back, Msg::KeyBack, true),
    bind(&[code(KeyCode::Tab)], "Tab", Action::NextPane, Msg::KeyNextPane, false),
    bind(&[code(KeyCode::BackTab)], "S-Tab", Action::PrevPane, Msg::KeyNextPane, false),
];

/// A list to choose from (over a screen or over a form); Space ticks in a
/// list of several, and is a letter of the filter in a list of one.
#[rustfmt::skip]
pub(super) const PICKER: &[Binding] = &[
    bind(&[code(KeyCode::Up)], "↑↓", Action::Up, Msg::KeyMove, true),
    bind(&[code(KeyCode::Down)], "↓", Action::Down, Msg::KeyMove, false),
    bind(&[key(' ')], "Space", Action::Tick, Msg::KeyTick, true).on(On::ListOfSeveral),
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

/// "Open your unsaved draft?": other keys leave the question as it is.
#[rustfmt::skip]
pub(super) const DRAFT_OFFER: &[Binding] = &[
    bind(&[key('y'), key('Y'), key('t'), key('T'), code(KeyCode::Enter)], "y/Enter", Action::Yes, Msg::KeyOpenDraft, true),
    bind(&[key('n'), key('N')], "n", Action::No, Msg::KeyDiscardDraft, true),
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
    bind(&[key('s')], "s", Action::ToggleServiceHours, Msg::KeyServiceHours, false),
    bind(&[key('c')], "c", Action::CancelOccurrence, Msg::KeyCancelOccurrence, false).needs(Need::CoordinatorWriting),
    bind(&[key('n')], "n", Action::NewSession, Msg::KeyNewSession, false).needs(Need::CoordinatorWriting),
    bind(&[key('e')], "e", Action::EditSession, Msg::KeyEditSession, false).needs(Need::CoordinatorWriting),
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
];

/// A form: moving between fields, saving and leaving, then what the focused
/// field's editor takes (a key not listed is typed into a text field).
#[rustfmt::skip]
pub(super) const FORM: &[Binding] = &[
    bind(&[code(KeyCode::Tab)], "Tab/S-Tab", Action::NextField, Msg::KeyNextField, true),
    bind(&[code(KeyCode::BackTab)], "S-Tab", Action::PrevField, Msg::KeyNextField, false),
    bind(&[ctrl('s')], "C-s", Action::Save, Msg::KeySave, true),
    bind(&[code(KeyCode::Esc), ctrl('c')], "Esc", Action::Back, Msg::KeyCancel, true),
    bind(&[ctrl('n')], "C-n", Action::NewClientCode, Msg::KeyNewClientCode, true).on(On::ClientCode),
    bind(&[code(KeyCode::Enter)], "Enter", Action::OpenList, Msg::KeyOpenList, true).on(On::Picked),
    bind(&[code(KeyCode::Backspace), code(KeyCode::Delete)], "Bksp", Action::ClearPicked, Msg::KeyClearPicked, true).on(On::Picked),
    bind(&[code(KeyCode::Left)], "←→ Space", Action::Left, Msg::KeyChangeChoice, true).on(On::Choice),
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

/// A text to read: any key closes it.
#[rustfmt::skip]
pub(super) const TEXT: &[Binding] = &[
    bind(&[code(KeyCode::Esc)], "Esc", Action::Back, Msg::KeyClose, true),
];
