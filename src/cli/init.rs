//! `pomost init`: create a database explicitly.

use std::path::{Path, PathBuf};

use clap::Args;

pub(crate) mod shared;

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
    /// With --shared: the folder the nightly `pomost backup --into` writes to
    /// (made when missing, root's alone), named in the system settings for
    /// `pomost doctor`.
    #[arg(long, value_name = "DIR", requires = "shared")]
    pub backups: Option<PathBuf>,
}

/// Creates the database; an existing one is left as it is.
pub fn run(args: &InitArgs, db: &Path, lang: Lang, clock: Clock) -> Result<(), CliError> {
    // Under setgid, creating is never done with the data group: whoever makes
    // a database is its first coordinator, so a missing shared database (moved
    // aside during a restore) must not be re-made by a staff member.
    crate::privilege::give_up(lang);
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
            write_settings(db, name, args.backups.as_deref(), lang)?;
        }
    }
    result
}

/// The system settings every run reads: this database and its group.
fn write_settings(
    db: &Path,
    group: &str,
    backups: Option<&Path>,
    lang: Lang,
) -> Result<(), CliError> {
    let path = config::system_config_path();
    if let Some(dir) = backups {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|e| CliError::runtime(lang.fmt(Msg::ErrCreate, &[&dir.display(), &e])))?;
    }
    let settings = config::SystemConfig {
        database: Some(std::path::absolute(db).unwrap_or_else(|_| db.to_owned())),
        group: Some(group.to_owned()),
        // A backup folder named earlier stays unless another is given.
        backups: backups
            .map(|d| std::path::absolute(d).unwrap_or_else(|_| d.to_owned()))
            .or_else(|| {
                config::read_system(&path)
                    .ok()
                    .flatten()
                    .and_then(|old| old.backups)
            }),
    };
    config::write_system(&path, &settings)
        .map_err(|e| CliError::runtime(lang.fmt(Msg::ErrSettingsWrite, &[&path.display(), &e])))?;
    super::say(
        &lang.fmt(Msg::SharedSettingsWritten, &[&path.display()]),
        lang,
    )
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
