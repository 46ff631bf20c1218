//! `pomost backup FILE`: a consistent copy of the database while others work.

use std::path::Path;
use std::time::Duration;

use super::CliError;
use crate::clock::Clock;
use crate::i18n::{Lang, Msg};

/// Copies the database to `target` with SQLite's online backup: page by page,
/// letting other users' writes through between steps; the copy is a consistent
/// snapshot. An existing file is never overwritten.
pub fn run(target: &Path, db: &Path, lang: Lang, clock: Clock) -> Result<(), CliError> {
    if target.exists() {
        return Err(CliError::usage(
            lang.fmt(Msg::ErrBackupExists, &[&target.display()]),
        ));
    }
    // Not checked at opening: the copy is checked, whatever the size.
    let store = crate::access::open_noticed(db, lang, clock)?;
    super::authorize(&store, super::Action::HandlePersonalData, lang)?;
    let damage = store
        .backup_to(target, Duration::from_millis(5))
        .map_err(|e| CliError::runtime(lang.fmt(Msg::ErrBackup, &[&target.display(), &e])))?;
    if let Some(problem) = damage {
        return Err(CliError::runtime(
            lang.fmt(Msg::ErrBackupDamaged, &[&db.display(), &problem]),
        ));
    }
    println!("{}", lang.fmt(Msg::BackupDone, &[&target.display()]));
    Ok(())
}
