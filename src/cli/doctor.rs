//! `pomost doctor`: checks a shared installation and says, one line per
//! finding, what is in order and what to do about the rest.

use std::ffi::{CStr, CString};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use super::CliError;
use crate::clock::Clock;
use crate::config::{self, SystemConfig};
use crate::i18n::{Lang, Msg};
use crate::privilege::as_user;
use crate::store::Store;

/// Backups older than this are a finding.
const BACKUP_HOURS: i64 = 48;

/// One line of the report: what was found, and what to do when it is not
/// in order.
struct Finding {
    what: String,
    fix: Option<String>,
}

impl Finding {
    fn ok(what: String) -> Self {
        Self { what, fix: None }
    }

    fn fix(what: String, fix: String) -> Self {
        Self {
            what,
            fix: Some(fix),
        }
    }
}

/// Runs every check on the installation around `db` and prints its lines;
/// fails (exit 1) when any needs fixing.
pub fn run(db: &Path, lang: Lang, clock: Clock) -> Result<(), CliError> {
    let mut found = Vec::new();
    let settings = match settings(&mut found, db, lang) {
        Settings::Shared(settings) => settings,
        Settings::Personal => {
            // No system settings at all: a personal database, whose files
            // are the user's alone; nothing of a shared installation applies.
            personal(&mut found, db, lang);
            if db.exists() {
                database(&mut found, db, lang, clock);
            }
            return report(found, lang);
        }
    };
    let group = settings
        .as_ref()
        .and_then(|s| s.group.clone())
        .or_else(|| group_of(db.parent().unwrap_or(Path::new("/"))));
    let gid = group.as_deref().and_then(super::init::shared::group_id);
    files(&mut found, db, group.as_deref(), gid, lang);
    binary(&mut found, group.as_deref(), gid, lang);
    if let Some(group) = &group {
        members(&mut found, group, lang);
    }
    if db.exists() {
        database(&mut found, db, lang, clock);
    }
    backups(&mut found, settings.as_ref(), lang, clock);
    report(found, lang)
}

/// Prints the findings, one line each; fails (exit 1) when any needs fixing.
fn report(found: Vec<Finding>, lang: Lang) -> Result<(), CliError> {
    let problems = found.iter().filter(|f| f.fix.is_some()).count();
    let mut lines: Vec<String> = found
        .into_iter()
        .map(|f| match f.fix {
            None => lang.fmt(Msg::DoctorOk, &[&f.what]),
            Some(fix) => lang.fmt(Msg::DoctorFix, &[&f.what, &fix]),
        })
        .collect();
    if problems == 0 {
        lines.push(lang.t(Msg::DoctorAllWell).to_owned());
    }
    super::say(&lines.join("\n"), lang)?;
    if problems == 0 {
        Ok(())
    } else {
        Err(CliError::runtime(
            lang.fmt(Msg::DoctorProblems, &[&problems]),
        ))
    }
}

/// What the system settings say this installation is.
enum Settings {
    /// There are none: a personal database.
    Personal,
    /// A shared installation, with its settings when they can be read.
    Shared(Option<SystemConfig>),
}

/// The system settings: there, readable, naming a database and a group.
fn settings(found: &mut Vec<Finding>, db: &Path, lang: Lang) -> Settings {
    let path = config::system_config_path();
    match config::read_system(&path) {
        Ok(Some(s)) => match (&s.database, &s.group) {
            (Some(db), Some(group)) if db.is_absolute() => {
                found.push(Finding::ok(
                    lang.fmt(Msg::DrSettings, &[&path.display(), &db.display(), group]),
                ));
                Settings::Shared(Some(s))
            }
            _ => {
                found.push(Finding::fix(
                    lang.fmt(Msg::DrBadSettings, &[&path.display()]),
                    lang.t(Msg::DrFixSettings).to_owned(),
                ));
                Settings::Shared(Some(s))
            }
        },
        Ok(None) => {
            found.push(Finding::ok(
                lang.fmt(Msg::DrPersonal, &[&path.display(), &db.display()]),
            ));
            Settings::Personal
        }
        Err(problem) => {
            found.push(Finding::fix(
                lang.fmt(Msg::DrBadSettings, &[&problem]),
                lang.t(Msg::DrFixSettings).to_owned(),
            ));
            Settings::Shared(None)
        }
    }
}

/// A personal database and its side files: nobody but their owner may read
/// or write them (`rw-------`).
fn personal(found: &mut Vec<Finding>, db: &Path, lang: Lang) {
    for path in [db.to_owned(), side(db, "-wal"), side(db, "-shm")] {
        let Ok(meta) = std::fs::metadata(&path) else {
            if path == db {
                found.push(Finding::fix(
                    lang.fmt(Msg::DrMissing, &[&path.display()]),
                    lang.t(Msg::DrRunInitPersonal).to_owned(),
                ));
            }
            continue;
        };
        let what = describe(&path, &meta, lang);
        if meta.mode() & 0o077 == 0 {
            found.push(Finding::ok(what));
        } else {
            found.push(Finding::fix(
                what,
                lang.fmt(Msg::DrFixPersonal, &[&path.display()]),
            ));
        }
    }
}

/// The `-wal` or `-shm` file beside `db`.
fn side(db: &Path, suffix: &str) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// The folder (`rwxrws---`), the database and its side files (`rw-rw----`),
/// all of the data group: who may open them.
fn files(found: &mut Vec<Finding>, db: &Path, group: Option<&str>, gid: Option<u32>, lang: Lang) {
    let folder = db.parent().unwrap_or(Path::new("/"));
    let mut paths = vec![(folder.to_owned(), 0o2770)];
    paths.push((db.to_owned(), 0o660));
    for suffix in ["-wal", "-shm"] {
        let side = side(db, suffix);
        if side.exists() {
            paths.push((side, 0o660));
        }
    }
    let group_name = group.unwrap_or("?");
    for (path, want) in paths {
        let Ok(meta) = std::fs::metadata(&path) else {
            found.push(Finding::fix(
                lang.fmt(Msg::DrMissing, &[&path.display()]),
                lang.t(Msg::DrRunInit).to_owned(),
            ));
            continue;
        };
        let what = describe(&path, &meta, lang);
        if meta.mode() & 0o7777 == want && Some(meta.gid()) == gid {
            found.push(Finding::ok(what));
        } else {
            let mode = format!("{want:o}");
            let shown = path.display();
            found.push(Finding::fix(
                what,
                lang.fmt(Msg::DrFixFile, &[&group_name, &shown, &mode, &shown]),
            ));
        }
    }
}

/// `PATH is rw-rw---- owner:group`.
fn describe(path: &Path, meta: &std::fs::Metadata, lang: Lang) -> String {
    let owner = crate::config::user_name(meta.uid()).unwrap_or_else(|| meta.uid().to_string());
    let group = group_name(meta.gid()).unwrap_or_else(|| meta.gid().to_string());
    lang.fmt(
        Msg::DrFile,
        &[&path.display(), &mode_text(meta.mode()), &owner, &group],
    )
}

/// `rwxrws---`, as `ls` writes it.
fn mode_text(mode: u32) -> String {
    let bit = |m: u32, c: char| if mode & m != 0 { c } else { '-' };
    let exec = |x: u32, special: u32, set: char| match (mode & x != 0, mode & special != 0) {
        (true, true) => set,
        (false, true) => set.to_ascii_uppercase(),
        (true, false) => 'x',
        (false, false) => '-',
    };
    [
        bit(0o400, 'r'),
        bit(0o200, 'w'),
        exec(0o100, 0o4000, 's'),
        bit(0o040, 'r'),
        bit(0o020, 'w'),
        exec(0o010, 0o2000, 's'),
        bit(0o004, 'r'),
        bit(0o002, 'w'),
        exec(0o001, 0o1000, 't'),
    ]
    .iter()
    .collect()
}

/// The program itself: setgid to the data group.
fn binary(found: &mut Vec<Finding>, group: Option<&str>, gid: Option<u32>, lang: Lang) {
    let Ok(exe) = std::env::current_exe() else {
        return;
    };
    let Ok(meta) = std::fs::metadata(&exe) else {
        return;
    };
    let group_name = group.unwrap_or("?");
    if meta.mode() & 0o2000 != 0 && Some(meta.gid()) == gid {
        found.push(Finding::ok(
            lang.fmt(Msg::DrBinary, &[&exe.display(), &group_name]),
        ));
    } else {
        let owner = crate::config::user_name(meta.uid()).unwrap_or_default();
        let has = group_name_of(&meta);
        let shown = exe.display();
        found.push(Finding::fix(
            lang.fmt(
                Msg::DrBinaryNot,
                &[&shown, &group_name, &mode_text(meta.mode()), &owner, &has],
            ),
            lang.fmt(Msg::DrFixFile, &[&group_name, &shown, &"2755", &shown]),
        ));
    }
}

fn group_name_of(meta: &std::fs::Metadata) -> String {
    group_name(meta.gid()).unwrap_or_else(|| meta.gid().to_string())
}

/// Nobody is a member of the data group: whoever is can open the file with
/// any program, past roles and the audit of reads.
fn members(found: &mut Vec<Finding>, group: &str, lang: Lang) {
    let members = group_members(group);
    if members.is_empty() {
        found.push(Finding::ok(lang.fmt(Msg::DrNoMembers, &[&group])));
    }
    for user in members {
        found.push(Finding::fix(
            lang.fmt(Msg::DrMember, &[&user, &group]),
            lang.fmt(Msg::DrFixMember, &[&user, &group]),
        ));
    }
}

/// What only the database says: its journal mode, its soundness, the staff
/// and the catalogue. Only for root and coordinators.
fn database(found: &mut Vec<Finding>, db: &Path, lang: Lang, clock: Clock) {
    // Read before Pomost opens it (opening switches it to WAL).
    let journal = rusqlite::Connection::open_with_flags(
        db,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .and_then(|c| c.pragma_query_value(None, "journal_mode", |r| r.get::<_, String>(0)));
    let store = crate::access::open_noticed(db, lang, clock).and_then(|store| {
        super::authorize(&store, super::Action::ManageStaff, lang)?;
        Ok(store)
    });
    let store = match store {
        Ok(store) => store,
        Err(e) => {
            found.push(Finding::fix(
                lang.fmt(Msg::DrNoDatabaseChecks, &[&e.message(lang)]),
                lang.t(Msg::DrFixAccess).to_owned(),
            ));
            return;
        }
    };
    match journal {
        Ok(mode) if mode.eq_ignore_ascii_case("wal") => {
            found.push(Finding::ok(lang.t(Msg::DrJournal).to_owned()));
        }
        Ok(mode) => found.push(Finding::fix(
            lang.fmt(Msg::DrJournalNot, &[&mode]),
            lang.t(Msg::DrFixJournal).to_owned(),
        )),
        Err(e) => found.push(Finding::fix(
            lang.fmt(Msg::DrJournalNot, &[&e]),
            lang.t(Msg::DrFixJournal).to_owned(),
        )),
    }
    match store.damage() {
        Ok(None) => found.push(Finding::ok(lang.fmt(Msg::DrSound, &[&db.display()]))),
        Ok(Some(problem)) => found.push(Finding::fix(
            lang.fmt(Msg::DrDamaged, &[&db.display(), &problem]),
            lang.t(Msg::DrRestore).to_owned(),
        )),
        Err(e) => found.push(Finding::fix(
            lang.fmt(Msg::DrDamaged, &[&db.display(), &e]),
            lang.t(Msg::DrRestore).to_owned(),
        )),
    }
    if let Ok(staff) = store.staff() {
        let gone: Vec<_> = staff
            .iter()
            .filter(|m| !crate::staff::unix_user_exists(&m.user))
            .collect();
        if gone.is_empty() {
            found.push(Finding::ok(lang.fmt(Msg::DrStaff, &[&staff.len()])));
        }
        for member in gone {
            found.push(Finding::fix(
                lang.fmt(Msg::DrStaffGone, &[&member.user]),
                lang.fmt(Msg::DrFixStaff, &[&member.user]),
            ));
        }
    }
    catalogue(found, &store, lang);
}

/// Services the shipped catalogue checked later than the database's copy.
fn catalogue(found: &mut Vec<Finding>, store: &Store, lang: Lang) {
    let (Ok(shipped), Ok(here)) = (crate::seed::services(), store.services()) else {
        return;
    };
    let newer = shipped
        .iter()
        .filter(|s| {
            here.iter()
                .find(|h| h.id == s.id)
                .is_some_and(|h| s.last_verified > h.last_verified)
        })
        .count();
    if newer == 0 {
        found.push(Finding::ok(lang.t(Msg::DrCatalogue).to_owned()));
    } else {
        found.push(Finding::fix(
            lang.fmt(Msg::DrCatalogueNewer, &[&newer]),
            lang.t(Msg::DrFixCatalogue).to_owned(),
        ));
    }
}

/// The newest dated copy in the backup folder the settings name, and its age.
fn backups(found: &mut Vec<Finding>, settings: Option<&SystemConfig>, lang: Lang, clock: Clock) {
    let fix = || lang.t(Msg::DrFixBackups).to_owned();
    let Some(dir) = settings.and_then(|s| s.backups.as_ref()) else {
        found.push(Finding::fix(lang.t(Msg::DrNoBackupDir).to_owned(), fix()));
        return;
    };
    let newest = as_user(|| super::backup::dated_copies(dir)).pop();
    let Some(newest) = newest else {
        found.push(Finding::fix(
            lang.fmt(Msg::DrNoBackup, &[&dir.display()]),
            fix(),
        ));
        return;
    };
    let name = newest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let hours = super::backup::taken_at(&name)
        .map(|at| (clock.warsaw_now() - at).num_hours())
        .unwrap_or(i64::MAX);
    if hours <= BACKUP_HOURS {
        found.push(Finding::ok(
            lang.fmt(Msg::DrBackup, &[&dir.display(), &name, &hours]),
        ));
    } else {
        found.push(Finding::fix(
            lang.fmt(Msg::DrBackupOld, &[&dir.display(), &hours]),
            fix(),
        ));
    }
}

/// The name of a group id.
fn group_name(gid: u32) -> Option<String> {
    // SAFETY: getgrgid returns null or static storage that is copied at once.
    unsafe {
        let gr = libc::getgrgid(gid);
        (!gr.is_null() && !(*gr).gr_name.is_null())
            .then(|| CStr::from_ptr((*gr).gr_name).to_string_lossy().into_owned())
    }
}

/// The group that owns `path`, by name.
fn group_of(path: &Path) -> Option<String> {
    std::fs::metadata(path)
        .ok()
        .and_then(|m| group_name(m.gid()))
}

/// The listed members of a group (`/etc/group`).
fn group_members(group: &str) -> Vec<String> {
    let Ok(name) = CString::new(group) else {
        return Vec::new();
    };
    let mut members = Vec::new();
    // SAFETY: getgrnam returns null or static storage; the member list is a
    // null-terminated array of C strings, copied out at once.
    unsafe {
        let gr = libc::getgrnam(name.as_ptr());
        if gr.is_null() || (*gr).gr_mem.is_null() {
            return members;
        }
        let mut at = (*gr).gr_mem;
        while !(*at).is_null() {
            members.push(CStr::from_ptr(*at).to_string_lossy().into_owned());
            at = at.add(1);
        }
    }
    members
}

#[cfg(test)]
mod tests {
    use super::mode_text;

    #[test]
    fn modes_read_as_ls_writes_them() {
        assert_eq!(mode_text(0o2770), "rwxrws---");
        assert_eq!(mode_text(0o2755), "rwxr-sr-x");
        assert_eq!(mode_text(0o660), "rw-rw----");
        assert_eq!(mode_text(0o2660), "rw-rwS---");
    }
}
