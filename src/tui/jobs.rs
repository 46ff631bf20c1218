//! One runner for the work done off the screen: reading the directory, a
//! report's numbers, the database check and the checkpoints. Each job runs
//! on a thread with its own connection and reports back on one channel; of
//! each kind at most one runs and one waits, a newer request replacing the
//! waiting one (only the latest numbers or directory matter).

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Duration;

use chrono::NaiveDate;

use super::loader::{self, Loaded};
use crate::clock::Clock;
use crate::i18n::Lang;
use crate::report::{Breakdown, Report};
use crate::store::Store;

/// How often other users' changes are looked for.
const CHANGES_EVERY: Duration = Duration::from_secs(1);
/// How often the checkpoints job checkpoints the write-ahead log.
const CHECKPOINT_EVERY: Duration = Duration::from_secs(5);

/// A piece of work off the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Job {
    /// Read the directory, the timetable and the user's draft.
    Load {
        /// The database file.
        path: PathBuf,
        /// The acting staff member (whose draft is read).
        user: String,
        /// Interface language (of the search index and errors).
        lang: Lang,
        /// What "now" is (follow-ups due).
        clock: Clock,
        /// The filter and the query to search the directory for.
        search_for: loader::SearchFor,
    },
    /// Compute a report's numbers.
    Report {
        /// The database file.
        path: PathBuf,
        /// First day.
        from: NaiveDate,
        /// Last day.
        to: NaiveDate,
        /// The breakdown.
        by: Breakdown,
        /// Today (ages of follow-ups).
        today: NaiveDate,
    },
    /// Check the database for damage, then (when `checkpoints`) checkpoint
    /// the write-ahead log every few seconds for as long as Pomost runs
    /// (PASSIVE: it never blocks a save).
    Check {
        /// The database file.
        path: PathBuf,
        /// Checkpoint after the check.
        checkpoints: bool,
    },
    /// Look for other users' changes every second, for as long as Pomost
    /// runs: the database's version (which moves with every commit), and
    /// then this user's role and the directory's stamp.
    Watch {
        /// The database file.
        path: PathBuf,
        /// The acting staff member.
        user: String,
    },
}

/// The kinds of job: one of each runs at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// [`Job::Load`].
    Load,
    /// [`Job::Report`].
    Report,
    /// [`Job::Check`].
    Check,
    /// [`Job::Watch`].
    Watch,
}

/// What a job found.
pub enum Done {
    /// The directory as read, or the error in words.
    Loaded(Box<Result<Loaded, String>>),
    /// A report's numbers, or the error in words.
    Report(Result<Report, String>),
    /// The database check found this problem.
    Damaged(String),
    /// The database changed (maybe by another user).
    Changed {
        /// This user's role now (none when they were removed from the
        /// staff; an error when it could not be read).
        role: Result<Option<crate::staff::Role>, ()>,
        /// True when the directory or the timetable changed.
        directory: bool,
    },
}

impl Job {
    /// Its kind.
    pub fn kind(&self) -> Kind {
        match self {
            Job::Load { .. } => Kind::Load,
            Job::Report { .. } => Kind::Report,
            Job::Check { .. } => Kind::Check,
            Job::Watch { .. } => Kind::Watch,
        }
    }

    /// Does the work, sending what it found and then that it finished (a
    /// job whose screen is gone has nobody to tell, which is fine).
    fn run(self, tx: &Sender<Message>) {
        let kind = self.kind();
        self.work(&|done| {
            let _ = tx.send(Message::Done(done));
        });
        let _ = tx.send(Message::Finished(kind));
    }

    fn work(self, send: &dyn Fn(Done)) {
        match self {
            Job::Load {
                path,
                user,
                lang,
                clock,
                search_for,
            } => {
                let loaded = loader::load_file_for(&path, &user, lang, clock, &search_for);
                send(Done::Loaded(Box::new(loaded)));
            }
            Job::Report {
                path,
                from,
                to,
                by,
                today,
            } => {
                let result = Store::open_existing(&path)
                    .map_err(|e| e.to_string())
                    .and_then(|store| {
                        store
                            .report(Some(from), Some(to), by, today)
                            .map_err(|e| e.to_string())
                    });
                send(Done::Report(result));
            }
            Job::Check { path, checkpoints } => {
                let Ok(store) = Store::open_existing(&path) else {
                    return;
                };
                if let Ok(Some(problem)) = store.damage() {
                    send(Done::Damaged(problem));
                }
                if !checkpoints {
                    return;
                }
                loop {
                    std::thread::sleep(CHECKPOINT_EVERY);
                    // A busy database is checkpointed next time.
                    let _ = store.checkpoint_passive();
                }
            }
            Job::Watch { path, user } => {
                let Ok(store) = Store::open_existing(&path) else {
                    return;
                };
                let mut seen_version = store.data_version().ok();
                // Not read at start: it counts the whole directory, which
                // would slow its first reading. The first change seen is
                // then taken as one of the directory's (one reading more).
                let mut seen_stamp: Option<String> = None;
                loop {
                    std::thread::sleep(CHANGES_EVERY);
                    let version = store.data_version().ok();
                    if version == seen_version {
                        continue;
                    }
                    seen_version = version;
                    // A coordinator may have changed this user's role.
                    let role = store
                        .staff_member(&user)
                        .map(|me| me.map(|me| me.role))
                        .map_err(|_| ());
                    let stamp = store.directory_stamp().ok();
                    let directory = stamp != seen_stamp;
                    seen_stamp = stamp;
                    send(Done::Changed { role, directory });
                }
            }
        }
    }
}

/// What the threads send back.
enum Message {
    Done(Done),
    Finished(Kind),
}

/// The runner: what runs and what waits, by kind.
pub struct Jobs {
    tx: Sender<Message>,
    rx: Receiver<Message>,
    running: HashMap<Kind, bool>,
    waiting: HashMap<Kind, Job>,
}

impl Default for Jobs {
    fn default() -> Self {
        let (tx, rx) = mpsc::channel();
        Self {
            tx,
            rx,
            running: HashMap::new(),
            waiting: HashMap::new(),
        }
    }
}

impl Jobs {
    /// Starts a job, or keeps it as the next of its kind (replacing an older
    /// waiting one) while one of its kind runs.
    pub fn request(&mut self, job: Job) {
        let kind = job.kind();
        if self.busy(kind) {
            self.waiting.insert(kind, job);
            return;
        }
        self.running.insert(kind, true);
        let tx = self.tx.clone();
        std::thread::spawn(move || job.run(&tx));
    }

    /// True while a job of this kind runs or waits.
    pub fn busy(&self, kind: Kind) -> bool {
        self.running.get(&kind).copied().unwrap_or(false) || self.waiting.contains_key(&kind)
    }

    /// What a job found since the last call, if anything; a finished job
    /// lets the next of its kind start.
    pub fn try_done(&mut self) -> Option<Done> {
        while let Ok(message) = self.rx.try_recv() {
            match message {
                Message::Done(done) => return Some(done),
                Message::Finished(kind) => {
                    self.running.insert(kind, false);
                    if let Some(next) = self.waiting.remove(&kind) {
                        self.request(next);
                    }
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_latest_request_of_a_kind_replaces_the_waiting_one() {
        let mut jobs = Jobs::default();
        let check = |n: u8| Job::Check {
            path: PathBuf::from(format!("/nonexistent/{n}.db")),
            checkpoints: false,
        };
        jobs.request(check(1));
        jobs.request(check(2));
        jobs.request(check(3));
        assert_eq!(jobs.waiting.get(&Kind::Check), Some(&check(3)));
        assert!(jobs.busy(Kind::Check));
        assert!(!jobs.busy(Kind::Report));
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while jobs.busy(Kind::Check) {
            assert!(std::time::Instant::now() < deadline);
            assert!(jobs.try_done().is_none(), "a missing file finds nothing");
            std::thread::sleep(Duration::from_millis(5));
        }
    }
}
