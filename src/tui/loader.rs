//! Reading the directory and the timetable for the screen, on a thread of its
//! own (a job of `tui::jobs`), so the first frame does not wait for 10 000 services to be read and
//! indexed: the screen opens at once and fills in when the data is ready.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver};

use crate::clock::Clock;
use crate::i18n::Lang;
use crate::model::{Listing, Reference, Session};
use crate::search::{DescriptionsBuilder, Filter, SearchIndex, Searcher};
use crate::store::Store;
use uuid::Uuid;

/// The kind under which the consultation form's draft is kept.
pub const CONSULTATION_DRAFT: &str = "consultation";

/// From this many services on, the parts of their listings are read on a
/// thread of their own.
const PARTS_APART_FROM: usize = 5_000;

/// Everything the screens show, read and prepared.
pub struct Loaded {
    /// Topics and counties.
    pub reference: Reference,
    /// The directory as the list shows it, sanitised for display.
    pub services: Vec<Listing>,
    /// Where the service shown is read whole: the connection the directory
    /// was read on, or one of its own to the same file (none if that could
    /// not be opened).
    pub reader: Option<Store>,
    /// The search over `services`, with the filter and the query asked for
    /// ([`SearchFor`]) already searched: the screen only swaps it in.
    pub searcher: Searcher,
    /// How many services were not verified for a long time (by the clock's
    /// today).
    pub stale: usize,
    /// The timetable's sessions, sanitised for display.
    pub sessions: Vec<Session>,
    /// When each session was last checked (never-checked ones missing).
    pub sessions_verified: HashMap<Uuid, chrono::NaiveDate>,
    /// The user's unsaved consultation draft (JSON) and when it was saved.
    pub draft: Option<(String, String)>,
    /// Follow-ups due today or earlier.
    pub due: usize,
    /// Each service's version as read with `services` (for the edit form).
    pub service_versions: HashMap<Uuid, i64>,
    /// The organisations (to pick from in the service form).
    pub organisations: Vec<crate::model::Organization>,
}

/// What the Services screen searches for when it asks for the directory:
/// the loader searches it, so that the screen has nothing to search again
/// when the data arrives (unless it was changed meanwhile).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchFor {
    /// The filter set.
    pub filter: Filter,
    /// The query typed.
    pub query: String,
}

/// Reads and prepares everything from an open store, with the draft of
/// `user` (the acting staff member); follow-ups are due by `clock`'s today.
/// The shown service is read on a connection of its own to the same file.
pub fn load(store: &Store, user: &str, lang: Lang, clock: Clock) -> rusqlite::Result<Loaded> {
    let loaded = load_from(
        store,
        &ReadFor {
            user,
            lang,
            clock,
            search_for: &SearchFor::default(),
        },
    )?;
    Ok(Loaded {
        reader: Store::open_existing(store.path()).ok(),
        ..loaded
    })
}

/// For whom and how the directory is read: the acting staff member (whose
/// draft is read), the interface language (of the index), the clock
/// (follow-ups due, stale services) and what the screen searches for.
struct ReadFor<'a> {
    user: &'a str,
    lang: Lang,
    clock: Clock,
    search_for: &'a SearchFor,
}

fn load_from(store: &Store, reading: &ReadFor<'_>) -> rusqlite::Result<Loaded> {
    // One read transaction: the services and their versions are of one moment.
    store.conn().execute_batch("BEGIN")?;
    let loaded = read(store, reading);
    store.conn().execute_batch("COMMIT")?;
    // Here rather than on the screen's thread: the reading's working
    // copies are freed by now.
    give_back_freed_memory();
    loaded
}

fn read(store: &Store, reading: &ReadFor<'_>) -> rusqlite::Result<Loaded> {
    let &ReadFor {
        user,
        lang,
        clock,
        search_for,
    } = reading;
    let mut reference = Reference {
        topics: store.topics()?,
        counties: store.counties()?,
    };
    reference.sanitize();
    let count = store.service_count()?;
    let mut words = DescriptionsBuilder::with_capacity(count);
    // A large directory's codes and opening hours are read on a connection
    // of their own, on the other core, while its rows are read here (and
    // again here, should someone have changed it in between).
    let (mut services, service_versions) = if count < PARTS_APART_FROM {
        store.listings_with(&mut words, || None)?
    } else {
        let path = store.path().to_owned();
        std::thread::scope(|scope| {
            let parts = scope.spawn(move || {
                Store::open_existing(&path)
                    .ok()
                    .and_then(|other| other.listing_parts().ok())
            });
            store.listings_with(&mut words, || parts.join().ok().flatten())
        })?
    };
    let mut organisations = store.organizations()?;
    organisations
        .iter_mut()
        .for_each(crate::model::Organization::sanitize);
    Listing::sanitize_all(&mut services);
    let mut sessions = store.sessions()?;
    sessions.iter_mut().for_each(Session::sanitize);
    let sessions_verified = store.sessions_verified()?;
    // Need words from words.tsv beside the database too (a bad line is left
    // out; `pomost topics words` names it).
    let (vocabulary, _) = crate::search::Vocabulary::load(&reference, store.path());
    let index = SearchIndex::build_listed(&services, || words.finish(), &reference, lang)
        .with_vocabulary(vocabulary);
    let searcher = searcher_for(index, &services, search_for);
    let stale = crate::tui::services::count_stale(&services, clock.today());
    let draft = store.draft(user, CONSULTATION_DRAFT)?;
    let due = store.follow_up_count(clock.today())?;
    Ok(Loaded {
        reference,
        services,
        reader: None,
        searcher,
        stale,
        sessions,
        sessions_verified,
        draft,
        due,
        service_versions,
        organisations,
    })
}

/// The search over the directory with `search_for` searched.
fn searcher_for(index: SearchIndex, services: &[Listing], search_for: &SearchFor) -> Searcher {
    let mut searcher = Searcher::new(index);
    // A new search lists every service, retired ones too, with no filter
    // set; any filter, even none, leaves those out: it is set unless it
    // would leave the list as it is (a second pass over all of them).
    let filter = &search_for.filter;
    if !(filter.is_empty() && services.iter().all(|s| filter.accepts(s))) {
        searcher.set_filter(filter.clone(), services);
    }
    searcher.set_query(&search_for.query);
    searcher
}

/// Opens the file on a connection of its own (WAL lets it read while the
/// screen's connection is idle) and loads, with `user`'s draft; an error in
/// words.
pub fn load_file(path: &Path, user: &str, lang: Lang, clock: Clock) -> Result<Loaded, String> {
    load_file_for(path, user, lang, clock, &SearchFor::default())
}

/// [`load_file`], with the directory searched for what the screen searched
/// for when it asked.
pub fn load_file_for(
    path: &Path,
    user: &str,
    lang: Lang,
    clock: Clock,
    search_for: &SearchFor,
) -> Result<Loaded, String> {
    let store = Store::open_existing(path).map_err(|e| e.message(lang))?;
    let reading = ReadFor {
        user,
        lang,
        clock,
        search_for,
    };
    let loaded = load_from(&store, &reading).map_err(|e| e.to_string())?;
    Ok(Loaded {
        reader: Some(store),
        ..loaded
    })
}

/// [`load_file`] on a thread; the result arrives on the returned channel.
/// (The screen loads through its job runner, `tui::jobs`; this is for
/// measuring the load on its own.)
pub fn spawn(
    path: PathBuf,
    user: String,
    lang: Lang,
    clock: Clock,
) -> Receiver<Result<Loaded, String>> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        // Nobody may be waiting any more; then nobody needs the data.
        let _ = tx.send(load_file(&path, &user, lang, clock));
    });
    rx
}

/// Returns to the system the memory freed after reading the directory (the
/// loader's working copies, a previous directory): glibc keeps freed memory
/// of a thread's arena otherwise, and a large directory's reading frees tens
/// of megabytes.
pub(crate) fn give_back_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free memory; no pointer is involved.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::consultation::ConsultationDraft;
    use crate::tui::app::App;
    use crate::tui::theme::Theme;

    fn at(when: &str) -> Clock {
        Clock::parse(when).unwrap()
    }

    #[test]
    fn follow_ups_are_due_by_the_clock_given() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, _) = Store::open(&dir.path().join("pomost.db")).unwrap();
        crate::seed::seed(&mut store, "tester", false).unwrap();
        let reference = Reference {
            topics: store.topics().unwrap(),
            counties: store.counties().unwrap(),
        };
        let draft = ConsultationDraft {
            at: "2026-11-20 10:00".into(),
            client: "AB12".into(),
            topics: vec!["legal".into()],
            follow_up: "2026-11-25".into(),
            ..ConsultationDraft::default()
        };
        let now = at("2026-11-23 12:00").warsaw_now();
        let new = draft
            .validate(&reference, &HashSet::new(), now, Lang::En)
            .unwrap();
        store.add_consultation(&new, "tester").unwrap();
        let due = |when| load(&store, "tester", Lang::En, at(when)).unwrap().due;
        assert_eq!(due("2026-11-24 23:59"), 0);
        assert_eq!(due("2026-11-25 00:00"), 1);
        // The thread is given the clock too.
        let spawned = spawn(
            store.path().to_owned(),
            "tester".to_owned(),
            Lang::En,
            at("2026-11-24 12:00"),
        );
        assert_eq!(spawned.recv().unwrap().map(|l| l.due), Ok(0));
    }

    /// The Services screen of an app drawn at 80×24, as text.
    fn services_text(app: &mut App) -> String {
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
        terminal.draw(|f| crate::tui::ui::draw(f, app)).unwrap();
        let buffer = terminal.backend().buffer();
        buffer.content().iter().map(|c| c.symbol()).collect()
    }

    #[test]
    fn the_directory_arrives_searched_for_what_the_screen_searches_for() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, _) = Store::open(&dir.path().join("pomost.db")).unwrap();
        crate::seed::seed(&mut store, "tester", true).unwrap();
        let clock = at("2026-11-23 12:00");
        // A retired service: listed by a new search, left out by any filter.
        let retired = store.services().unwrap()[0].id;
        store
            .set_service_status(retired, crate::model::ServiceStatus::Defunct, "tester")
            .unwrap();
        let read = |search_for: &SearchFor| {
            load_file_for(store.path(), "tester", Lang::En, clock, search_for).unwrap()
        };
        let legal = Filter {
            topic: Some("legal".to_owned()),
            ..Filter::default()
        };
        for search_for in [
            SearchFor::default(),
            SearchFor {
                filter: Filter::default(),
                query: "pomoc".to_owned(),
            },
            SearchFor {
                filter: legal.clone(),
                query: "gdansk".to_owned(),
            },
        ] {
            // As searched afresh after an unsearched load.
            let mut afresh = read(&SearchFor::default());
            afresh
                .searcher
                .set_filter(search_for.filter.clone(), &afresh.services);
            afresh.searcher.set_query(&search_for.query);
            let searched = read(&search_for);
            assert_eq!(
                searched.searcher.hits(),
                afresh.searcher.hits(),
                "{search_for:?}"
            );
            assert_eq!(searched.searcher.filter(), &search_for.filter);
            let listed = |l: &Loaded| -> Vec<Uuid> {
                l.searcher
                    .hits()
                    .iter()
                    .map(|h| l.services[h.service as usize].id)
                    .collect()
            };
            assert!(!listed(&searched).contains(&retired));
            assert!(!listed(&searched).is_empty(), "{search_for:?}");
        }
        // What the screen asked for, or something else if the user changed
        // the query or the filter while the directory was read: the screen
        // shows the same.
        let typed = |app: &mut App| {
            app.services.apply_choice(
                crate::tui::picker::PickerKind::Topic,
                Some("legal".to_owned()),
            );
            for c in "gdansk".chars() {
                app.on_key(crossterm::event::KeyEvent::from(
                    crossterm::event::KeyCode::Char(c),
                ));
            }
        };
        let mut asked = App::loading(Lang::En, Theme::plain(), clock);
        typed(&mut asked);
        let search_for = asked.services.search_for();
        assert_eq!(search_for.query, "gdansk");
        asked.set_loaded(Ok(read(&search_for)));
        let mut changed = App::loading(Lang::En, Theme::plain(), clock);
        let stale = read(&SearchFor::default());
        typed(&mut changed);
        changed.set_loaded(Ok(stale));
        assert!(asked.services.selected().is_some());
        assert_eq!(services_text(&mut asked), services_text(&mut changed));
    }

    #[test]
    fn the_screens_start_on_the_clock_given() {
        for (when, week) in [
            ("2026-11-23 12:00", "2026-W48"),
            ("2030-01-02 08:00", "2030-W01"),
        ] {
            let app = App::loading(Lang::En, Theme::plain(), at(when));
            assert_eq!(app.timetable.now().date(), at(when).today());
            assert_eq!(app.timetable.week().to_string(), week);
            assert_eq!(app.consultations.today(), at(when).today());
            assert_eq!(app.consultations.query().from, Some(at(when).today()));
        }
    }
}
