//! `pomost backup FILE` and `pomost backup --into DIR --keep N`: a consistent
//! copy of the database while others work, and the nightly rotation.

use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::Args;

use super::CliError;
use crate::clock::Clock;
use crate::i18n::{Lang, Msg};
use crate::privilege::as_user;

/// Arguments of `pomost backup`.
#[derive(Debug, Args)]
pub struct BackupArgs {
    /// The new file (must not exist yet).
    #[arg(required_unless_present = "into", conflicts_with = "into")]
    pub file: Option<PathBuf>,
    /// Write a dated copy (pomost-YYYY-MM-DD-HHMMSS.db) into this folder instead.
    #[arg(long, value_name = "DIR")]
    pub into: Option<PathBuf>,
    /// With --into: keep this many dated copies, deleting the oldest beyond.
    #[arg(long, value_name = "N", requires = "into",
          value_parser = clap::value_parser!(u32).range(1..))]
    pub keep: Option<u32>,
}

/// Copies the database with SQLite's online backup: page by page, letting
/// other users' writes through between steps; the copy is a consistent
/// snapshot, checked with `quick_check`. An existing file is never
/// overwritten. The copy is made as the user (a coordinator): under setgid
/// it belongs to them and their group, never to the data group.
pub fn run(args: &BackupArgs, db: &Path, lang: Lang, clock: Clock) -> Result<(), CliError> {
    let target = match (&args.file, &args.into) {
        (_, Some(dir)) => {
            if !as_user(|| dir.is_dir()) {
                return Err(CliError::usage(
                    lang.fmt(Msg::ErrBackupInto, &[&dir.display()]),
                ));
            }
            dir.join(dated_name(clock))
        }
        (Some(file), None) => file.clone(),
        (None, None) => return Err(CliError::usage(lang.fmt(Msg::ErrBackupInto, &[&"."]))),
    };
    if as_user(|| target.exists()) {
        return Err(CliError::usage(
            lang.fmt(Msg::ErrBackupExists, &[&target.display()]),
        ));
    }
    // Not checked at opening: the copy is checked, whatever the size.
    let store = crate::access::open_noticed(db, lang, clock)?;
    super::authorize(&store, super::Action::HandlePersonalData, lang)?;
    // The database's own files are open by now; everything made from here on
    // (the copy, its journal) is the user's.
    let damage = as_user(|| store.backup_to(&target, Duration::from_millis(5)))
        .map_err(|e| CliError::runtime(lang.fmt(Msg::ErrBackup, &[&target.display(), &e])))?;
    if let Some(problem) = damage {
        return Err(CliError::runtime(
            lang.fmt(Msg::ErrBackupDamaged, &[&db.display(), &problem]),
        ));
    }
    super::say(&lang.fmt(Msg::BackupDone, &[&target.display()]), lang)?;
    if let (Some(dir), Some(keep)) = (&args.into, args.keep) {
        for old in as_user(|| beyond(dir, keep as usize)) {
            if as_user(|| std::fs::remove_file(&old)).is_ok() {
                super::say(&lang.fmt(Msg::BackupRemoved, &[&old.display()]), lang)?;
            }
        }
    }
    Ok(())
}

/// `pomost-YYYY-MM-DD-HHMMSS.db`, at this clock's Warsaw time: names that sort
/// as the copies were taken.
pub fn dated_name(clock: Clock) -> String {
    format!("pomost-{}.db", clock.warsaw_now().format("%Y-%m-%d-%H%M%S"))
}

/// When a copy named by [`dated_name`] was taken (Warsaw time).
pub fn taken_at(name: &str) -> Option<chrono::NaiveDateTime> {
    let stamp = name.strip_prefix("pomost-")?.strip_suffix(".db")?;
    chrono::NaiveDateTime::parse_from_str(stamp, "%Y-%m-%d-%H%M%S").ok()
}

/// True for a name [`dated_name`] makes.
pub fn is_dated_name(name: &str) -> bool {
    taken_at(name).is_some()
}

/// The dated copies in `dir`, oldest first.
pub fn dated_copies(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_name().to_str().is_some_and(is_dated_name))
        .map(|e| e.path())
        .collect();
    found.sort();
    found
}

/// The dated copies in `dir` beyond the newest `keep`, oldest first.
fn beyond(dir: &Path, keep: usize) -> Vec<PathBuf> {
    let mut copies = dated_copies(dir);
    let extra = copies.len().saturating_sub(keep);
    copies.truncate(extra);
    copies
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dated_names_are_recognised_and_others_are_not() {
        let clock = Clock::parse("2026-11-22 03:15").expect("a time");
        let name = dated_name(clock);
        assert_eq!(name, "pomost-2026-11-22-031500.db");
        assert!(is_dated_name(&name));
        for other in [
            "pomost.db",
            "pomost-2026-11-22.db",
            "notes-2026-11-22-031500.db",
        ] {
            assert!(!is_dated_name(other), "{other}");
        }
    }
}
