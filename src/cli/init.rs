//! `pomost init`: create a database explicitly.

use std::path::Path;

use clap::Args;

mod shared;

use super::CliError;
use crate::clock::Clock;
use crate::config;
use crate::i18n::{Lang, Msg};
use crate::seed;
use crate::store::{Opened, Store};

/// Arguments of `pomost init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Only the topics and counties, without the shipped services and sessions.
    #[arg(long)]
    pub empty: bool,
    /// Prepare the database for the staff of this Unix group: the directory
    /// setgid and group-writable, the database and its -wal/-shm files
    /// readable and writable by the group, nothing by others.
    #[arg(long, value_name = "GROUP")]
    pub shared: Option<String>,
}

/// Creates the database; an existing one is left as it is.
pub fn run(args: &InitArgs, db: &Path, lang: Lang, clock: Clock) -> Result<(), CliError> {
    let group = match &args.shared {
        Some(name) => Some(
            shared::group_id(name)
                .ok_or_else(|| CliError::usage(lang.fmt(Msg::ErrUnknownGroup, &[name])))?,
        ),
        None => None,
    };
    if let Some(gid) = group {
        shared::prepare(db, gid)
            .map_err(|e| CliError::runtime(lang.fmt(Msg::ErrCreate, &[&db.display(), &e])))?;
    }
    // A database made here is the owner's alone, or the group's when shared,
    // whatever mode an empty file at the path had.
    let mode = if group.is_some() { 0o660 } else { 0o600 };
    let (mut store, opened) =
        Store::create(db, mode, clock).map_err(|e| CliError::store(&e, lang))?;
    let result = seed_if_new(&mut store, opened, args, db, lang);
    if let Some(gid) = group {
        drop(store);
        shared::finish(db, gid)
            .map_err(|e| CliError::runtime(lang.fmt(Msg::ErrCreate, &[&db.display(), &e])))?;
        if let Some(name) = &args.shared {
            super::say(&lang.fmt(Msg::SharedReady, &[&db.display(), name]), lang)?;
        }
    }
    result
}

fn seed_if_new(
    store: &mut Store,
    opened: Opened,
    args: &InitArgs,
    db: &Path,
    lang: Lang,
) -> Result<(), CliError> {
    if opened == Opened::Existing && !store.topics()?.is_empty() {
        return super::say(&lang.fmt(Msg::CliInitExists, &[&db.display()]), lang);
    }
    seed::seed(store, &config::current_user(), !args.empty)
        .map_err(|e| CliError::runtime(format!("{e:#}")))?;
    let done = lang.fmt(
        Msg::CliInitDone,
        &[
            &db.display(),
            &lang.count(store.service_count()? as u64, Msg::CountServices),
            &lang.count(store.session_count()? as u64, Msg::CountSessions),
        ],
    );
    super::say(&done, lang)
}
