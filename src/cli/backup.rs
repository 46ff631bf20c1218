//! `pomost backup FILE`: a consistent copy of the database while others work.

use std::path::Path;
use std::time::Duration;

use super::CliError;
use crate::i18n::{Lang, Msg};
use crate::store::Store;

/// Copies the database to `target` with SQLite's online backup: page by page,
/// letting other users' writes through between steps; the copy is a consistent
/// snapshot. An existing file is never overwritten.
pub fn run(target: &Path, db: &Path, lang: Lang) -> Result<(), CliError> {
    if target.exists() {
        return Err(CliError::usage(
            lang.fmt(Msg::ErrBackupExists, &[&target.display()]),
        ));
    }
    let store = Store::open_existing(db).map_err(|e| CliError::runtime(e.message(lang)))?;
    super::authorize(&store, super::Need::Coordinator, lang)?;
    store
        .backup_to(target, Duration::from_millis(5))
        .map_err(|e| CliError::runtime(lang.fmt(Msg::ErrBackup, &[&target.display(), &e])))?;
    super::say(&lang.fmt(Msg::BackupDone, &[&target.display()]), lang)
}
