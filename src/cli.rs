//! The command line: argument types, and one file per subcommand.

mod audit;
mod backup;
mod consultations;
mod init;
mod log;
mod privacy;
mod report;
mod services;
mod staff;
mod timetable;

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use unicode_width::UnicodeWidthStr;

use crate::clock::Clock;
use crate::config;
use crate::i18n::{Lang, Msg};
use crate::seed;
use crate::staff::{Role, StaffMember};
use crate::store::{Opened, Store};

pub use consultations::{ConsultationsArgs, ConsultationsCommand, ConsultationsFormat};
pub use init::InitArgs;
pub use log::LogArgs;
pub use services::ServicesCommand;
pub use staff::StaffCommand;
pub use timetable::{TimetableArgs, TimetableFormat};

/// Pomost: services directory, consultations and timetable for a migrant help desk.
#[derive(Debug, Parser)]
#[command(name = "pomost", version, about, long_about = None)]
pub struct Cli {
    /// Database file (default: $POMOST_DB, else ~/.local/share/pomost/pomost.db).
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Interface language (default: $POMOST_LANG, else the locale). Give it before
    /// the subcommand: `services search --lang` filters by the service's language.
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
    /// What to do; without a command the interactive screen opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a database and seed it with the shipped catalogue.
    Init(InitArgs),
    /// Counts of consultations for a period, by topic, country, county, channel,
    /// gender, age band or staff member, with totals.
    Report(report::ReportArgs),
    /// Write a consistent copy of the database while others keep working.
    Backup {
        /// The new file (must not exist yet).
        file: PathBuf,
    },
    /// Search, export or import the services directory.
    #[command(subcommand)]
    Services(ServicesCommand),
    /// The sessions of one week: as text, JSON or iCalendar.
    Timetable(TimetableArgs),
    /// Log one consultation non-interactively; prints its id (a UUID).
    Log(Box<LogArgs>),
    /// List or export consultations, newest first.
    #[command(subcommand)]
    Consultations(ConsultationsCommand),
    /// Who may use the database, in which role: desk, counselor, coordinator
    /// (coordinators only).
    #[command(subcommand)]
    Staff(StaffCommand),
    /// Who created, changed, erased or looked at what (coordinators only).
    Audit(audit::AuditArgs),
    /// Anonymise the consultations before a day, keeping every report's
    /// numbers (coordinators only).
    Purge(privacy::PurgeArgs),
    /// Everything held about one client code as JSON, or its erasure
    /// (coordinators only).
    #[command(subcommand)]
    Client(privacy::ClientCommand),
}

/// A failed command: what to print on stderr and the exit code.
#[derive(Debug)]
pub enum CliError {
    /// Bad usage or invalid input (exit 2), already in words.
    Usage(String),
    /// A runtime failure (exit 1), already in words.
    Runtime(String),
    /// A database failure (exit 1), put in words in the interface language.
    Database(rusqlite::Error),
}

impl CliError {
    /// Bad usage or invalid input (exit 2).
    pub fn usage(message: impl Into<String>) -> Self {
        Self::Usage(message.into())
    }

    /// A runtime failure (exit 1).
    pub fn runtime(message: impl Into<String>) -> Self {
        Self::Runtime(message.into())
    }

    /// 1 for a runtime error, 2 for bad usage or invalid input.
    pub fn code(&self) -> u8 {
        match self {
            Self::Usage(_) => 2,
            Self::Runtime(_) | Self::Database(_) => 1,
        }
    }

    /// What went wrong and what to do.
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

impl From<rusqlite::Error> for CliError {
    fn from(e: rusqlite::Error) -> Self {
        Self::Database(e)
    }
}

/// Runs a subcommand and turns its outcome into an exit code. `clock` says
/// what "now" is: the default time of a consultation, today, the times stored.
pub fn run(command: Command, db: Option<PathBuf>, lang: Lang, clock: Clock) -> ExitCode {
    let db = config::database_path(db);
    let result = match command {
        Command::Init(args) => init::run(&args, &db, lang, clock),
        Command::Backup { file } => backup::run(&file, &db, lang),
        Command::Report(args) => report::run(&args, &db, lang, clock),
        Command::Services(cmd) => services::run(cmd, &db, lang, clock),
        Command::Timetable(args) => timetable::run(&args, &db, lang, clock),
        Command::Log(args) => log::run(*args, &db, lang, clock),
        Command::Consultations(cmd) => consultations::run(cmd, &db, lang, clock),
        Command::Staff(cmd) => staff::run(cmd, &db, lang, clock),
        Command::Audit(args) => audit::run(&args, &db, lang, clock),
        Command::Purge(args) => privacy::purge(&args, &db, lang, clock),
        Command::Client(cmd) => privacy::client(cmd, &db, lang, clock),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("pomost: {}", e.message(lang));
            ExitCode::from(e.code())
        }
    }
}

/// A failure to write the command's output: a closed pipe (`| head`) is the
/// reader's choice, not an error; anything else is reported.
pub(crate) fn output_failed(e: std::io::Error, lang: Lang) -> Result<(), CliError> {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(CliError::runtime(lang.fmt(Msg::ErrOutput, &[&e])))
    }
}

/// What a command needs of the person running it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Anyone on the staff list.
    Member,
    /// A coordinator.
    Coordinator,
}

/// The staff member running Pomost, if they may do what `need` asks; else one
/// sentence saying who to ask.
pub fn authorize(store: &Store, need: Need, lang: Lang) -> Result<StaffMember, CliError> {
    let user = config::current_user();
    if store.schema_version()? < 5 {
        // A database this user can only read, not yet upgraded to have staff.
        return Err(CliError::runtime(
            lang.fmt(Msg::ErrNeedsUpgrade, &[&store.path().display()]),
        ));
    }
    let Some(member) = store.staff_member(&user)? else {
        return Err(CliError::runtime(
            lang.fmt(Msg::ErrNotStaff, &[&user, &store.path().display(), &user]),
        ));
    };
    if need == Need::Coordinator && !member.role.coordinates() {
        return Err(CliError::runtime(lang.fmt(
            Msg::ErrNeedsRole,
            &[
                &Role::Coordinator.label(lang),
                &user,
                &member.role.label(lang),
            ],
        )));
    }
    Ok(member)
}

/// Opens (creating and seeding when new) the database for a staff member who
/// may do what `need` asks; the times it writes are taken from `clock`.
pub fn open_as(
    path: &Path,
    lang: Lang,
    need: Need,
    clock: Clock,
) -> Result<(Store, StaffMember), CliError> {
    let mut store = open_seeded(path, lang, clock)?;
    // A write that waits for another user's save says so, then goes on.
    store.on_long_wait(move || eprintln!("pomost: {}", lang.t(Msg::WaitingForSave)))?;
    let member = authorize(&store, need, lang)?;
    Ok((store, member))
}

/// Opens the database, creating and seeding it with the shipped catalogue when it
/// is new (or when an earlier first run stopped before seeding); the times it
/// writes are taken from `clock`.
pub fn open_seeded(path: &Path, lang: Lang, clock: Clock) -> Result<Store, CliError> {
    let (mut store, opened) =
        Store::open_with_clock(path, clock).map_err(|e| CliError::runtime(e.message(lang)))?;
    if (opened == Opened::Created || store.topics()?.is_empty()) && !store.is_read_only() {
        seed::seed(&mut store, &config::current_user(), true)
            .map_err(|e| CliError::runtime(format!("{e:#}")))?;
    }
    Ok(store)
}

/// Column headings kept in one message, separated by `|`.
pub(crate) fn columns<const N: usize>(lang: Lang, msg: Msg) -> [&'static str; N] {
    let mut out = [""; N];
    for (slot, heading) in out.iter_mut().zip(lang.t(msg).split('|')) {
        *slot = heading;
    }
    out
}

/// A plain table: columns padded to their widest cell (by display width, at
/// most 60 columns of padding), the last column unpadded.
pub(crate) fn write_table<const N: usize>(
    out: &mut impl Write,
    header: [&str; N],
    rows: &[[String; N]],
) -> io::Result<()> {
    let mut widths = header.map(UnicodeWidthStr::width);
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.width().min(60));
        }
    }
    let line = |cells: [&str; N]| {
        let mut s = String::new();
        for (i, cell) in cells.iter().enumerate() {
            s.push_str(cell);
            if i + 1 < N {
                s.push_str(&" ".repeat(widths[i].saturating_sub(cell.width()) + 2));
            }
        }
        s.trim_end().to_owned()
    };
    writeln!(out, "{}", line(header))?;
    for row in rows {
        writeln!(out, "{}", line(row.each_ref().map(String::as_str)))?;
    }
    Ok(())
}
