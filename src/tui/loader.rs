//! Reading the directory and the timetable for the screen, on a thread of its
//! own (a job of `tui::jobs`), so the first frame does not wait for 10 000 services to be read and
//! indexed: the screen opens at once and fills in when the data is ready.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver};

use crate::clock::Clock;
use crate::i18n::Lang;
use crate::model::{Listing, Reference, Session};
use crate::search::{DescriptionsBuilder, SearchIndex};
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
    /// The search index over `services`.
    pub index: SearchIndex,
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

/// Reads and prepares everything from an open store, with the draft of
/// `user` (the acting staff member); follow-ups are due by `clock`'s today.
/// The shown service is read on a connection of its own to the same file.
pub fn load(store: &Store, user: &str, lang: Lang, clock: Clock) -> rusqlite::Result<Loaded> {
    let loaded = load_from(store, user, lang, clock)?;
    Ok(Loaded {
        reader: Store::open_existing(store.path()).ok(),
        ..loaded
    })
}

fn load_from(store: &Store, user: &str, lang: Lang, clock: Clock) -> rusqlite::Result<Loaded> {
    // One read transaction: the services and their versions are of one moment.
    store.conn().execute_batch("BEGIN")?;
    let loaded = read(store, user, lang, clock);
    store.conn().execute_batch("COMMIT")?;
    loaded
}

fn read(store: &Store, user: &str, lang: Lang, clock: Clock) -> rusqlite::Result<Loaded> {
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
    services.iter_mut().for_each(Listing::sanitize);
    let mut sessions = store.sessions()?;
    sessions.iter_mut().for_each(Session::sanitize);
    let sessions_verified = store.sessions_verified()?;
    // Need words from words.tsv beside the database too (a bad line is left
    // out; `pomost topics words` names it).
    let (vocabulary, _) = crate::search::Vocabulary::load(&reference, store.path());
    let index = SearchIndex::build_listed(&services, || words.finish(), &reference, lang)
        .with_vocabulary(vocabulary);
    let draft = store.draft(user, CONSULTATION_DRAFT)?;
    let due = store.follow_up_count(clock.today())?;
    Ok(Loaded {
        reference,
        services,
        reader: None,
        index,
        sessions,
        sessions_verified,
        draft,
        due,
        service_versions,
        organisations,
    })
}

/// Opens the file on a connection of its own (WAL lets it read while the
/// screen's connection is idle) and loads, with `user`'s draft; an error in
/// words.
pub fn load_file(path: &Path, user: &str, lang: Lang, clock: Clock) -> Result<Loaded, String> {
    let store = Store::open_existing(path).map_err(|e| e.message(lang))?;
    let loaded = load_from(&store, user, lang, clock).map_err(|e| e.to_string())?;
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
