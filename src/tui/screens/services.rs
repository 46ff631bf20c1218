//! The Services screen's state: the search line, the filters, the result list
//! and the details pane, and how actions change them.

pub mod details;
pub mod form;
mod view;

use crossterm::event::KeyEvent;
use ratatui::widgets::ListState;
use ratatui_textarea::TextArea;

use crate::clock::Clock;
use crate::i18n::{LANGUAGE_CODES, Lang, language_name};
use crate::model::{Listing, Reference, Service};
use crate::search::{Filter, SearchIndex, Searcher};
use crate::tui::action::Action;
use crate::tui::keymap::Context;
use crate::tui::picker::{Picker, PickerKind};

pub use view::draw;

/// Where the keys go on the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    /// The search line, with the result list: letters are typed into the
    /// search, the arrows move in the results. Where the screen starts.
    Search,
    /// The details of the selected service (`Tab`): the arrows scroll; a
    /// letter typed here goes back to the search line.
    Details,
}

/// Where the Services screen reads the service it shows, whole.
pub enum Source {
    /// A connection of its own to the database (the one the directory was
    /// read on).
    Store(Box<crate::store::Store>),
    /// The services themselves (a screen made from a list of them).
    Services(std::collections::HashMap<uuid::Uuid, Service>),
}

impl Source {
    /// The service with this id, whole and sanitised for display; `None`
    /// when it cannot be read (another user removed it a moment ago).
    fn read(&self, id: uuid::Uuid) -> Option<Service> {
        match self {
            Source::Store(store) => {
                let mut service = store.service(id).ok().flatten()?;
                service.sanitize();
                Some(service)
            }
            Source::Services(all) => all.get(&id).cloned(),
        }
    }
}

/// State of the Services screen.
pub struct ServicesScreen {
    /// The directory as the list shows it.
    services: Vec<Listing>,
    /// The selected service, read whole: the details, the forms, the card
    /// and the referral show it. Read when first asked for (the frame
    /// drawn asks), not at each move: keys handled together (a held arrow,
    /// fast typing) move the selection several times before a frame is drawn.
    shown: std::cell::OnceCell<Option<Service>>,
    /// Where it is read.
    source: Source,
    searcher: Searcher,
    search: TextArea<'static>,
    /// Where the keyboard focus is.
    pub focus: Pane,
    list: ListState,
    /// How far the details are scrolled.
    details_scroll: crate::tui::scroll::Scroll,
    /// Rows of the list seen at the last draw (for page moves).
    list_height: u16,
    /// True until the directory has been read.
    pub loading: bool,
    /// Services not verified for a long time.
    stale: usize,
    /// What "now" is: for "open now" and "not verified for long".
    clock: Clock,
    /// The service to select when the directory is next read (just saved).
    wanted: Option<uuid::Uuid>,
}

/// How many of the services have not been verified for a long time by
/// `today`.
pub fn count_stale(services: &[Listing], today: chrono::NaiveDate) -> usize {
    let since = crate::search::stale_since(today);
    services
        .iter()
        .filter(|&s| crate::search::is_stale(s, since))
        .count()
}

/// Drops a previous directory on a thread of its own and gives the memory
/// back: freeing a large one's listings and index would hold the screen up
/// for milliseconds.
fn drop_apart(old: (Searcher, Vec<Listing>)) {
    if old.1.len() < 1_000 {
        return;
    }
    // Should no thread start, it is dropped here after all.
    let _ = std::thread::Builder::new()
        .name("drop".into())
        .spawn(move || {
            drop(old);
            crate::tui::loader::give_back_freed_memory();
        });
}

impl ServicesScreen {
    /// The screen over these services (already sanitised for display), at
    /// `clock`'s now.
    pub fn new(services: Vec<Service>, reference: &Reference, lang: Lang, clock: Clock) -> Self {
        let searcher = Searcher::new(SearchIndex::build(&services, reference, lang));
        let listings: Vec<Listing> = services.iter().map(Listing::of).collect();
        let stale = count_stale(&listings, clock.today());
        let source = Source::Services(services.into_iter().map(|s| (s.id, s)).collect());
        let mut search = TextArea::default();
        search.set_cursor_line_style(ratatui::style::Style::new());
        search.set_placeholder_text(lang.t(crate::i18n::Msg::SearchPlaceholder));
        let mut list = ListState::default();
        list.select((!listings.is_empty()).then_some(0));
        let mut screen = Self {
            services: listings,
            shown: std::cell::OnceCell::new(),
            source,
            searcher,
            search,
            focus: Pane::Search,
            list,
            details_scroll: Default::default(),
            list_height: 10,
            loading: false,
            stale,
            clock,
            wanted: None,
        };
        screen.show_selected();
        screen
    }

    /// Selects this service when the directory is next read (one just
    /// saved), if the list shows it.
    pub fn select_when_read(&mut self, id: uuid::Uuid) {
        self.wanted = Some(id);
    }

    /// What the screen searches for now (the directory is read for it).
    pub fn search_for(&self) -> crate::tui::loader::SearchFor {
        crate::tui::loader::SearchFor {
            filter: self.filter().clone(),
            query: self.query_text().to_owned(),
        }
    }

    /// Replaces the directory (when it has been loaded), keeping the query, the
    /// filter and the focus.
    /// `searcher` searches `services` (searched already for what the screen
    /// searched for when it asked: only what changed since is searched
    /// again here); `stale` is how many of them are not verified for long.
    /// The selected service and the list's scroll position are kept when the
    /// service is still listed (another user's change must not move the list
    /// under the cursor).
    /// `reader`, when given, is where the shown service is read from now.
    pub fn replace(
        &mut self,
        services: Vec<Listing>,
        searcher: Searcher,
        stale: usize,
        reader: Option<crate::store::Store>,
    ) {
        if let Some(reader) = reader {
            self.source = Source::Store(Box::new(reader));
        }
        let filter = self.filter().clone();
        let wanted = self.wanted.take();
        let selected = wanted.or(self.selected_id());
        let offset = self.list.offset();
        let old = (
            std::mem::replace(&mut self.searcher, searcher),
            std::mem::replace(&mut self.services, services),
        );
        drop_apart(old);
        self.stale = stale;
        if *self.searcher.filter() != filter {
            self.searcher.set_filter(filter, &self.services);
        }
        self.requery();
        let at = selected.and_then(|id| {
            self.searcher
                .hits()
                .iter()
                .position(|h| self.services[h.service as usize].id == id)
        });
        if let Some(at) = at {
            self.list.select(Some(at));
            // A saved service is shown wherever it is; another's change does
            // not scroll the list.
            if wanted.is_none() {
                *self.list.offset_mut() = offset.min(at);
            }
        }
        // Read again even if the same is selected: it may have changed.
        self.shown = std::cell::OnceCell::new();
    }

    /// The id of the selected service (listed, even if it could not be
    /// read whole).
    fn selected_id(&self) -> Option<uuid::Uuid> {
        let hit = self.searcher.hits().get(self.list.selected()?)?;
        Some(self.services.get(hit.service as usize)?.id)
    }

    /// Forgets the service read whole unless it is the one selected (or
    /// it could not be read: it is tried again); [`Self::selected`] reads
    /// the selected one.
    fn show_selected(&mut self) {
        let read = self.shown.get().and_then(Option::as_ref).map(|s| s.id);
        if read.is_none() || read != self.selected_id() {
            self.shown = std::cell::OnceCell::new();
        }
    }

    /// The key-map context of the focused pane.
    pub fn context(&self) -> Context {
        match self.focus {
            Pane::Search => Context::Services,
            Pane::Details => Context::Details,
        }
    }

    /// The selected service, whole, if any (read now if it was not yet).
    pub fn selected(&self) -> Option<&Service> {
        let id = self.selected_id()?;
        self.shown
            .get_or_init(|| self.source.read(id))
            .as_ref()
            .filter(|s| s.id == id)
    }

    /// How many services have not been verified for a long time (counted when
    /// the directory is loaded).
    pub fn stale_count(&self) -> usize {
        self.stale
    }

    /// The directory as listed (sanitised).
    pub fn services(&self) -> &[Listing] {
        &self.services
    }

    /// The current filter.
    pub fn filter(&self) -> &Filter {
        self.searcher.filter()
    }

    /// How the query typed was read (its place and need topics).
    pub fn reading(&self) -> &crate::search::Reading {
        self.searcher.reading()
    }

    /// Types a key into the search line; the results follow at once.
    pub fn type_key(&mut self, ev: KeyEvent) {
        if crate::tui::form::type_into(&mut self.search, ev, false) {
            self.requery();
        }
    }

    /// Inserts pasted text into the search line (on one line).
    pub fn paste(&mut self, text: &str) {
        if crate::tui::form::paste_into(&mut self.search, text, false) {
            self.requery();
        }
    }

    fn query_text(&self) -> &str {
        self.search.lines().first().map_or("", String::as_str)
    }

    fn requery(&mut self) {
        let text = self.query_text().to_owned();
        self.searcher.set_query(&text);
        self.reset_selection();
    }

    fn reset_selection(&mut self) {
        *self.list.offset_mut() = 0;
        self.list
            .select((!self.searcher.hits().is_empty()).then_some(0));
        self.details_scroll.reset();
        self.show_selected();
    }

    /// Sets a new filter and searches again.
    pub fn set_filter(&mut self, filter: Filter) {
        self.searcher.set_filter(filter, &self.services);
        self.reset_selection();
    }

    /// A picker for one of the filters, with the choices in the interface language.
    pub fn picker(&self, kind: PickerKind, reference: &Reference, lang: Lang) -> Picker {
        let filter = self.filter();
        let (choices, current) = match kind {
            PickerKind::Topic => (
                reference
                    .topics
                    .iter()
                    .map(|t| (t.code.clone(), t.label(lang).to_owned()))
                    .collect(),
                filter.topic.as_deref(),
            ),
            PickerKind::Language => {
                // Only languages some service offers, most useful first.
                let offered: Vec<(String, String)> = LANGUAGE_CODES
                    .iter()
                    .filter(|&&code| {
                        self.services
                            .iter()
                            .any(|s| s.languages.iter().any(|l| l == code))
                    })
                    .map(|&code| {
                        let name = language_name(code, lang).unwrap_or(code);
                        (code.to_owned(), name.to_owned())
                    })
                    .collect();
                (offered, filter.language.as_deref())
            }
            _ => (
                reference
                    .counties
                    .iter()
                    .map(|c| (c.name.clone(), c.name.clone()))
                    .collect(),
                filter.county.as_deref(),
            ),
        };
        Picker::new(kind, choices, current, lang)
    }

    /// Applies a picker's choice to the filter.
    pub fn apply_choice(&mut self, kind: PickerKind, value: Option<String>) {
        let mut filter = self.filter().clone();
        match kind {
            PickerKind::Topic => filter.topic = value,
            PickerKind::Language => filter.language = value,
            PickerKind::County => filter.county = value,
            _ => {}
        }
        self.set_filter(filter);
    }

    /// Carries out a screen-level action; returns false when it did not apply.
    pub fn update(&mut self, action: Action) -> bool {
        let page = self.list_height.saturating_sub(1).max(1);
        match (self.focus, action) {
            (
                Pane::Details,
                Action::Up
                | Action::Down
                | Action::PageUp
                | Action::PageDown
                | Action::Top
                | Action::Bottom,
            ) => {
                self.details_scroll.update(action);
            }
            (Pane::Details, Action::Back | Action::NextPane | Action::PrevPane) => {
                self.focus = Pane::Search
            }
            (_, Action::Up) => self.select_by(-1),
            (_, Action::Down) => self.select_by(1),
            (_, Action::PageUp) => self.select_by(-i64::from(page)),
            (_, Action::PageDown) => self.select_by(i64::from(page)),
            (_, Action::Top) => self.select_by(i64::MIN / 2),
            (_, Action::Bottom) => self.select_by(i64::MAX / 2),
            (_, Action::FocusSearch) => self.focus = Pane::Search,
            (Pane::Search, Action::Back) => {
                if !self.query_text().is_empty() {
                    self.search = {
                        let mut fresh = TextArea::default();
                        fresh.set_cursor_line_style(ratatui::style::Style::new());
                        fresh.set_placeholder_text(self.search.placeholder_text().to_owned());
                        fresh
                    };
                    self.requery();
                }
            }
            (Pane::Search, Action::NextPane | Action::PrevPane) => self.focus = Pane::Details,
            (_, Action::ToggleFree) => {
                let mut filter = self.filter().clone();
                filter.free_only = !filter.free_only;
                self.set_filter(filter);
            }
            (_, Action::ClearFilters) => self.set_filter(Filter::default()),
            (_, Action::ToggleOpenNow) => {
                let mut filter = self.filter().clone();
                filter.open_at = match filter.open_at {
                    Some(_) => None,
                    None => Some(self.clock.warsaw_now()),
                };
                self.set_filter(filter);
            }
            (_, Action::ToggleRetired) => {
                let mut filter = self.filter().clone();
                filter.show_retired = !filter.show_retired;
                self.set_filter(filter);
            }
            (_, Action::ToggleStale) => {
                let mut filter = self.filter().clone();
                filter.stale_before = match filter.stale_before {
                    Some(_) => None,
                    None => Some(crate::search::stale_since(self.clock.today())),
                };
                self.set_filter(filter);
            }
            _ => return false,
        }
        true
    }

    /// The query typed so far.
    pub fn query(&self) -> &str {
        self.query_text()
    }

    fn select_by(&mut self, delta: i64) {
        let len = self.searcher.hits().len() as i64;
        if len == 0 {
            return;
        }
        let current = self.list.selected().unwrap_or(0) as i64;
        let next = current.saturating_add(delta).clamp(0, len - 1) as usize;
        if Some(next) != self.list.selected() {
            self.list.select(Some(next));
            self.details_scroll.reset();
            self.show_selected();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    fn service(name: &str) -> Service {
        Service::new(Uuid::new_v4(), name)
    }

    fn screen() -> ServicesScreen {
        let services = ["Alfa", "Beta", "Gamma", "Delta"].map(service).to_vec();
        let clock = Clock::parse("2026-11-23 12:00").unwrap();
        ServicesScreen::new(services, &Reference::default(), Lang::En, clock)
    }

    #[test]
    fn the_clock_given_decides_what_is_stale_and_open_now() {
        let mut alfa = service("Alfa");
        alfa.last_verified = chrono::NaiveDate::from_ymd_opt(2026, 10, 1);
        let at = |when| {
            let clock = Clock::parse(when).unwrap();
            ServicesScreen::new(vec![alfa.clone()], &Reference::default(), Lang::En, clock)
        };
        let (mut early, mut late) = (at("2026-11-23 12:00"), at("2027-11-23 12:00"));
        assert_eq!((early.stale_count(), late.stale_count()), (0, 1));
        for s in [&mut early, &mut late] {
            s.update(Action::ToggleOpenNow);
            s.update(Action::ToggleStale);
        }
        let day = |s: &ServicesScreen| s.filter().open_at.map(|t| t.date().to_string());
        assert_eq!(day(&early).as_deref(), Some("2026-11-23"));
        assert_eq!(day(&late).as_deref(), Some("2027-11-23"));
        assert!(early.filter().stale_before < late.filter().stale_before);
    }

    #[test]
    fn moves_stay_inside_the_list() {
        let cases = [
            (vec![Action::Down], "Beta"),
            (vec![Action::Up], "Alfa"),
            (vec![Action::Bottom], "Gamma"),
            (vec![Action::Bottom, Action::Down], "Gamma"),
            (vec![Action::Down, Action::Down, Action::Top], "Alfa"),
            (vec![Action::PageDown], "Gamma"),
        ];
        for (actions, expected) in cases {
            let mut s = screen();
            for a in &actions {
                s.update(*a);
            }
            assert_eq!(
                s.selected().map(|x| x.name.text.as_str()),
                Some(expected),
                "{actions:?}"
            );
        }
    }

    #[test]
    fn the_service_shown_is_read_when_asked_for_not_at_each_move() {
        let mut s = screen();
        assert_eq!(s.selected().map(|x| x.name.text.as_str()), Some("Alfa"));
        for _ in 0..3 {
            s.update(Action::Down);
        }
        assert!(s.shown.get().is_none(), "nothing read while moving");
        assert_eq!(s.selected().map(|x| x.name.text.as_str()), Some("Gamma"));
        assert!(s.shown.get().is_some());
        // Still the same: kept.
        s.update(Action::Down);
        assert!(s.shown.get().is_some());
        s.update(Action::Up);
        assert!(s.shown.get().is_none());
        assert_eq!(s.selected().map(|x| x.name.text.as_str()), Some("Delta"));
    }

    #[test]
    fn tab_goes_to_the_details_and_back_and_esc_backs_out() {
        let mut s = screen();
        assert_eq!(s.focus, Pane::Search);
        s.update(Action::NextPane);
        assert_eq!(s.focus, Pane::Details);
        s.update(Action::NextPane);
        assert_eq!(s.focus, Pane::Search);
        s.update(Action::PrevPane);
        assert_eq!(s.focus, Pane::Details);
        s.update(Action::Back);
        assert_eq!(s.focus, Pane::Search);
    }

    #[test]
    fn typing_narrows_and_esc_clears() {
        let mut s = screen();
        for c in "gam".chars() {
            s.type_key(KeyEvent::from(crossterm::event::KeyCode::Char(c)));
        }
        assert_eq!(s.selected().map(|x| x.name.text.as_str()), Some("Gamma"));
        s.update(Action::Back);
        assert_eq!(s.focus, Pane::Search);
        assert_eq!(s.query_text(), "");
        assert_eq!(s.selected().map(|x| x.name.text.as_str()), Some("Alfa"));
    }
}
