//! A popup list to choose one value from, filtered as you type (fuzzy, without
//! regard to case or Polish diacritics).

use crossterm::event::KeyEvent;
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, List, ListItem, ListState, Paragraph};
use ratatui_textarea::TextArea;
use unicode_width::UnicodeWidthStr;

use crate::i18n::{Lang, Msg};
use crate::text::search_fold;
use crate::tui::action::Action;
use crate::tui::keymap::Focus;
use crate::tui::theme::Theme;

/// Which filter a picker sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickerKind {
    /// Topic code.
    Topic,
    /// Language code.
    Language,
    /// County name.
    County,
    /// Topics of a consultation (several).
    Topics,
    /// Services a client is referred to (several).
    Services,
    /// Country of origin.
    Country,
    /// Language used in a consultation.
    LanguageUsed,
    /// The language an interpreter was needed for.
    Interpreter,
    /// County of residence (with "outside" and "not stated").
    Residence,
    /// The organisation running a service.
    Organisation,
    /// Counties a service serves (several).
    Areas,
}

impl PickerKind {
    /// True for pickers that choose several values.
    pub fn is_multi(self) -> bool {
        matches!(self, Self::Topics | Self::Services | Self::Areas)
    }

    fn title(self) -> Msg {
        match self {
            Self::Topic => Msg::PickerTitleTopic,
            Self::Language => Msg::PickerTitleLanguage,
            Self::County => Msg::PickerTitleCounty,
            Self::Topics => Msg::PickerTitleTopics,
            Self::Services => Msg::PickerTitleServices,
            Self::Country => Msg::PickerTitleCountry,
            Self::LanguageUsed => Msg::PickerTitleLanguageUsed,
            Self::Interpreter => Msg::PickerTitleInterpreter,
            Self::Residence => Msg::PickerTitleResidence,
            Self::Organisation => Msg::PickerTitleOrganisation,
            Self::Areas => Msg::PickerTitleAreas,
        }
    }
}

/// What a key did to the picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickerOutcome {
    /// Still open.
    Keep,
    /// Closed without a choice.
    Cancel,
    /// Closed with this value (`None` = "any").
    Chosen(Option<String>),
    /// Closed with these values (a picker of several).
    ChosenMany(Vec<String>),
}

struct Item {
    value: Option<String>,
    label: String,
    folded: String,
    /// Ticked, in a picker of several.
    ticked: bool,
}

/// The picker's state.
pub struct Picker {
    /// Which filter it sets.
    pub kind: PickerKind,
    items: Vec<Item>,
    input: TextArea<'static>,
    shown: Vec<usize>,
    state: ListState,
    matcher: SkimMatcherV2,
}

impl Picker {
    /// A picker over `(value, label)` pairs, with "(any)" first and the current
    /// value selected.
    pub fn new(
        kind: PickerKind,
        choices: Vec<(String, String)>,
        current: Option<&str>,
        lang: Lang,
    ) -> Self {
        let mut items = Vec::new();
        if !kind.is_multi() {
            items.push(Item {
                value: None,
                label: lang.t(Msg::FilterAny).to_owned(),
                folded: search_fold(lang.t(Msg::FilterAny)),
                ticked: false,
            });
        }
        items.extend(choices.into_iter().map(|(value, label)| Item {
            folded: search_fold(&format!("{label} {value}")),
            value: Some(value),
            // Labels are names from the database: drawn clean, on one line.
            label: crate::text::one_line(&label),
            ticked: false,
        }));
        let selected = items
            .iter()
            .position(|i| i.value.as_deref() == current)
            .unwrap_or(0);
        let mut input = TextArea::default();
        input.set_cursor_line_style(ratatui::style::Style::new());
        let mut picker = Self {
            kind,
            shown: (0..items.len()).collect(),
            items,
            input,
            state: ListState::default(),
            matcher: SkimMatcherV2::default().ignore_case(),
        };
        picker.state.select(Some(selected));
        picker
    }

    /// Ticks the given values (a picker of several).
    pub fn tick(&mut self, values: &[String]) {
        for item in &mut self.items {
            item.ticked = item.value.as_ref().is_some_and(|v| values.contains(v));
        }
    }

    /// What has the focus, for the key tables: a list of several ticks (on
    /// `Tab`); a space is always text of the filter.
    pub fn focus(&self) -> Focus {
        if self.kind.is_multi() {
            Focus::ListOfSeveral
        } else {
            Focus::Other
        }
    }

    /// Handles a key: `action` is what the picker's key table made of it
    /// (none for a key typed into the filter).
    pub fn handle(&mut self, action: Option<Action>, ev: &KeyEvent) -> PickerOutcome {
        match action {
            Some(Action::Tick) => {
                if let Some(&i) = self.state.selected().and_then(|i| self.shown.get(i)) {
                    self.items[i].ticked = !self.items[i].ticked;
                }
                PickerOutcome::Keep
            }
            Some(Action::Back) => PickerOutcome::Cancel,
            // Enter takes the ticked items, or the highlighted one when none
            // is ticked.
            Some(Action::Confirm) if self.kind.is_multi() => {
                if self.items.iter().any(|i| i.ticked) {
                    PickerOutcome::ChosenMany(
                        self.items
                            .iter()
                            .filter(|i| i.ticked)
                            .filter_map(|i| i.value.clone())
                            .collect(),
                    )
                } else {
                    match self.state.selected().and_then(|i| self.shown.get(i)) {
                        Some(&i) => PickerOutcome::ChosenMany(
                            self.items[i].value.clone().into_iter().collect(),
                        ),
                        None => PickerOutcome::ChosenMany(Vec::new()),
                    }
                }
            }
            Some(Action::Confirm) => match self.state.selected().and_then(|i| self.shown.get(i)) {
                Some(&i) => PickerOutcome::Chosen(self.items[i].value.clone()),
                None => PickerOutcome::Keep,
            },
            Some(Action::Up) => {
                self.state.select_previous();
                PickerOutcome::Keep
            }
            Some(Action::Down) => {
                self.state.select_next();
                PickerOutcome::Keep
            }
            _ => {
                if super::form::type_into(&mut self.input, *ev, false) {
                    self.refilter();
                }
                PickerOutcome::Keep
            }
        }
    }

    /// Types pasted text into the filter (on one line).
    pub fn paste(&mut self, text: &str) {
        if super::form::paste_into(&mut self.input, text, false) {
            self.refilter();
        }
    }

    fn refilter(&mut self) {
        let query = search_fold(self.input.lines().first().map_or("", String::as_str));
        let words: Vec<&str> = query.split_whitespace().collect();
        let mut scored: Vec<(i64, usize)> = self
            .items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| {
                words
                    .iter()
                    .try_fold(0, |acc, w| {
                        self.matcher.fuzzy_match(&item.folded, w).map(|s| acc + s)
                    })
                    .map(|score| (score, i))
            })
            .collect();
        if !words.is_empty() {
            scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        }
        self.shown = scored.into_iter().map(|(_, i)| i).collect();
        self.state.select((!self.shown.is_empty()).then_some(0));
    }

    /// Draws the popup over `area`.
    pub fn draw(&mut self, frame: &mut Frame<'_>, area: Rect, theme: &Theme, lang: Lang) {
        let title = self.kind.title();
        // As wide as the longest choice needs (with its mark), at least 48
        // columns, at most the screen.
        let longest = self
            .items
            .iter()
            .map(|i| i.label.width())
            .max()
            .unwrap_or(0);
        let width = u16::try_from(longest + 10).unwrap_or(u16::MAX).max(48);
        let popup = centered(area, width, 18);
        frame.render_widget(Clear, popup);
        let block = Block::bordered()
            .border_style(theme.border_focused)
            .title(Span::styled(format!(" {} ", lang.t(title)), theme.title));
        let inner = block.inner(popup);
        frame.render_widget(block, popup);
        let [input, list, hint] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(1),
        ])
        .areas(inner);
        frame.render_widget(&self.input, input);
        let items: Vec<ListItem<'_>> = self
            .shown
            .iter()
            .map(|&i| {
                let item = &self.items[i];
                if self.kind.is_multi() {
                    let mark = if item.ticked { "[x] " } else { "[ ] " };
                    ListItem::new(format!("{mark}{}", item.label))
                } else {
                    ListItem::new(item.label.as_str())
                }
            })
            .collect();
        let list_widget = List::new(items)
            .highlight_style(theme.selection)
            .highlight_symbol("› ");
        frame.render_stateful_widget(list_widget, list, &mut self.state);
        frame.render_widget(
            Paragraph::new(Line::styled(lang.t(Msg::PickerHint), theme.muted)),
            hint,
        );
    }
}

/// A rectangle of at most `width`×`height`, centred in `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}
