//! Opening a database and saying who works on it: the same rules for the
//! screen and the commands. Only `pomost init` and the screen's first run on
//! the personal default path create a database; everything else opens one
//! that exists, says once when it is damaged, and finishes a seeding that an
//! earlier first run left undone.

use std::io::{self, Write};
use std::path::Path;

use crate::clock::Clock;
use crate::config;
use crate::i18n::{Lang, Msg};
use crate::policy::Action;
use crate::seed;
use crate::staff::StaffMember;
use crate::store::{Store, StoreError};
use crate::text::one_line;

/// Why a database could not be opened or used by this person — and, with
/// the same three cases, why a command failed (the command line calls it
/// `CliError`): what to print and the exit code.
#[derive(Debug)]
pub enum AccessError {
    /// Bad usage or invalid input, such as a wrong path (exit 2), already in words.
    Usage(String),
    /// Refused or failed (not on the staff list, the wrong role …; exit 1),
    /// already in words.
    Runtime(String),
    /// A database failure (exit 1), put in words in the interface language.
    Database(rusqlite::Error),
}

impl AccessError {
    /// Bad usage or invalid input (exit 2).
    pub fn usage(message: impl Into<String>) -> Self {
        Self::Usage(message.into())
    }

    /// A runtime failure (exit 1).
    pub fn runtime(message: impl Into<String>) -> Self {
        Self::Runtime(message.into())
    }

    /// A database that could not be opened: a wrong path (nothing there, an
    /// empty file) is bad usage (exit 2), anything else a failure (exit 1).
    pub fn store(e: &StoreError, lang: Lang) -> Self {
        if e.is_wrong_path() {
            Self::usage(e.message(lang))
        } else {
            Self::runtime(e.message(lang))
        }
    }

    /// 1 for a runtime error, 2 for bad usage or invalid input.
    pub fn code(&self) -> u8 {
        match self {
            Self::Usage(_) => 2,
            Self::Runtime(_) | Self::Database(_) => 1,
        }
    }

    /// What went wrong and what to do: another user's save that held the
    /// database past the limit says so (never "database is locked").
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::Usage(m) | Self::Runtime(m) => m.clone(),
            Self::Database(e) if crate::store::is_busy(e) => {
                lang.fmt(Msg::ErrBusyCli, &[&crate::store::busy_limit().as_secs()])
            }
            Self::Database(e) => lang.fmt(Msg::ErrDatabase, &[e]),
        }
    }
}

impl From<rusqlite::Error> for AccessError {
    fn from(e: rusqlite::Error) -> Self {
        Self::Database(e)
    }
}

/// The staff member running Pomost, if they may do `action`; else one
/// sentence saying who to ask.
pub fn authorize(
    store: &Store,
    action: Action<'_>,
    lang: Lang,
) -> Result<StaffMember, AccessError> {
    let user = config::current_user();
    if store.schema_version()? < 5 {
        // A database this user can only read, not yet upgraded to have staff.
        return Err(AccessError::Runtime(
            lang.fmt(Msg::ErrNeedsUpgrade, &[&store.path().display()]),
        ));
    }
    let Some(member) = store.staff_member(&user)? else {
        return Err(AccessError::Runtime(
            lang.fmt(Msg::ErrNotStaff, &[&user, &store.path().display(), &user]),
        ));
    };
    if !member.actor().may(action) {
        return Err(AccessError::Runtime(member.actor().refusal(action, lang)));
    }
    Ok(member)
}

/// Opens the database for a staff member who may do `action`. It must exist:
/// a missing or mistyped path never becomes a new database. The times it
/// writes are taken from `clock`.
pub fn open_as(
    path: &Path,
    lang: Lang,
    action: Action<'_>,
    clock: Clock,
) -> Result<(Store, StaffMember), AccessError> {
    let store = open_existing(path, lang, clock)?;
    let member = authorize(&store, action, lang)?;
    Ok((store, member))
}

/// Opens an existing database (never creating one), finishing its seeding if
/// an earlier `init` stopped before it.
pub fn open_existing(path: &Path, lang: Lang, clock: Clock) -> Result<Store, AccessError> {
    let store = open_noticed(path, lang, clock)?;
    say_if_damaged(&store, lang);
    finish_seeding(store)
}

/// Opens an existing database as it is. Waiting for another program's lock
/// is said on stderr from the start, opening included (the screen says it on
/// its status line once it is drawn).
pub fn open_noticed(path: &Path, lang: Lang, clock: Clock) -> Result<Store, AccessError> {
    let notice = move || warn(lang.t(Msg::WaitingForSave));
    Store::open_existing_noticed(path, clock, notice).map_err(|e| AccessError::store(&e, lang))
}

/// Opens the database, creating and seeding it with the shipped catalogue when
/// it is new: only for the screen's first run on the personal default path.
pub fn open_seeded(path: &Path, lang: Lang, clock: Clock) -> Result<Store, AccessError> {
    let (store, _) =
        Store::open_with_clock(path, clock).map_err(|e| AccessError::store(&e, lang))?;
    finish_seeding(store)
}

/// Seeds a database that has no topics yet (new, or an earlier first run or
/// `init` stopped before seeding) with the shipped catalogue.
pub fn finish_seeding(mut store: Store) -> Result<Store, AccessError> {
    if !store.is_read_only() && store.topics()?.is_empty() {
        seed::seed(&mut store, &config::current_user(), true)
            .map_err(|e| AccessError::Runtime(format!("{e:#}")))?;
    }
    Ok(store)
}

/// A line on stderr that the command (or the screen, before it is drawn)
/// goes on after: cleaned, and no panic when stderr is closed.
fn warn(text: &str) {
    let _ = writeln!(io::stderr(), "pomost: {}", one_line(text));
}

/// Databases up to this size are checked for damage each time a command
/// opens them (SQLite's quick check reads the whole file, about 10 ms per MB);
/// larger ones by `pomost backup` and by the screen, in the background.
const CHECK_ON_OPEN_UP_TO: u64 = 32 << 20;

/// Says once, on stderr, when the database is damaged; the command goes on
/// (reading what can be read), the file untouched.
fn say_if_damaged(store: &Store, lang: Lang) {
    let small = std::fs::metadata(store.path()).is_ok_and(|m| m.len() <= CHECK_ON_OPEN_UP_TO);
    if small {
        if let Ok(Some(problem)) = store.damage() {
            warn(&lang.fmt(Msg::ErrDamaged, &[&store.path().display(), &problem]));
        }
    }
}
