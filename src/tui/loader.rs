//! Reading the directory and the timetable for the screen, on a thread of its
//! own, so the first frame does not wait for 10 000 services to be read and
//! indexed: the screen opens at once and fills in when the data is ready.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver};

use crate::clock::Clock;
use crate::i18n::Lang;
use crate::model::{Reference, Service, Session};
use crate::search::SearchIndex;
use crate::store::Store;
use uuid::Uuid;

/// The kind under which the consultation form's draft is kept.
pub const CONSULTATION_DRAFT: &str = "consultation";

/// Everything the screens show, read and prepared.
pub struct Loaded {
    /// Topics and counties.
    pub reference: Reference,
    /// The directory, sanitised for display.
    pub services: Vec<Service>,
    /// The search index over `services`.
    pub index: SearchIndex,
    /// The timetable's sessions, sanitised for display.
    pub sessions: Vec<Session>,
    /// The user's unsaved consultation draft (JSON) and when it was saved.
    pub draft: Option<(String, String)>,
    /// Follow-ups due today or earlier.
    pub due: usize,
    /// Each service's version as read with `services` (for the edit form).
    pub service_versions: HashMap<Uuid, i64>,
    /// The organisations (to pick from in the service form).
    pub organisations: Vec<crate::model::Organization>,
}

/// Reads and prepares everything from an open store; follow-ups are due by
/// `clock`'s today.
pub fn load(store: &Store, lang: Lang, clock: Clock) -> rusqlite::Result<Loaded> {
    // One read transaction: the services and their versions are of one moment.
    store.conn().execute_batch("BEGIN")?;
    let loaded = read(store, lang, clock);
    store.conn().execute_batch("COMMIT")?;
    loaded
}

fn read(store: &Store, lang: Lang, clock: Clock) -> rusqlite::Result<Loaded> {
    let reference = Reference {
        topics: store.topics()?,
        counties: store.counties()?,
    };
    let mut services = store.services()?;
    let service_versions = store.service_versions()?;
    let organisations = store.organizations()?;
    services.iter_mut().for_each(Service::sanitize);
    let mut sessions = store.sessions()?;
    sessions.iter_mut().for_each(Session::sanitize);
    let index = SearchIndex::build(&services, &reference, lang);
    let draft = store.draft(&crate::config::current_user(), CONSULTATION_DRAFT)?;
    let due = store.follow_up_count(clock.today())?;
    Ok(Loaded {
        reference,
        services,
        index,
        sessions,
        draft,
        due,
        service_versions,
        organisations,
    })
}

/// Loads on a thread with its own connection (WAL lets it read while the
/// screen's connection is idle); the result, or the error in words, arrives
/// on the returned channel.
pub fn spawn(path: PathBuf, lang: Lang, clock: Clock) -> Receiver<Result<Loaded, String>> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let result = Store::open_existing(&path)
            .map_err(|e| e.message(lang))
            .and_then(|store| load(&store, lang, clock).map_err(|e| e.to_string()));
        // The screen may have closed already; then nobody needs the data.
        let _ = tx.send(result);
    });
    rx
}
