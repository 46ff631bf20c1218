//! `pomost purge` and `pomost client export|erase`: retention and the rights of
//! the people whose data Pomost holds (coordinators only).

use std::io::{self, BufRead, Write};
use std::path::Path;

use clap::{Args, Subcommand};

use super::consultations::check_client;
use super::{Action, CliError, date_option, open_as, say};
use crate::clock::Clock;
use crate::i18n::{Lang, Msg};

/// Arguments of `pomost purge`.
#[derive(Debug, Args)]
pub struct PurgeArgs {
    /// Anonymise the consultations before this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    before: String,
    /// Do it without asking.
    #[arg(long)]
    yes: bool,
}

/// The `client` subcommands.
#[derive(Debug, Subcommand)]
pub enum ClientCommand {
    /// Print everything held about a client code as JSON (a subject access
    /// request); the look is recorded in the audit trail.
    Export {
        /// The client code.
        code: String,
    },
    /// Erase everything held about a client code; the audit trail keeps only
    /// that an erasure happened, by whom and when.
    Erase {
        /// The client code.
        code: String,
        /// Do it without asking.
        #[arg(long)]
        yes: bool,
    },
}

/// Runs `pomost purge`.
pub fn purge(args: &PurgeArgs, db: &Path, lang: Lang, clock: Clock) -> Result<(), CliError> {
    let day = date_option("--before", &args.before, lang)?;
    if day > clock.today() {
        return Err(CliError::usage(lang.fmt(Msg::ErrPurgeFuture, &[&day])));
    }
    let (mut store, me) = open_as(db, lang, Action::HandlePersonalData, clock)?;
    writable(&store, lang)?;
    let plan = store.purge_plan(day)?;
    if plan.consultations == 0 {
        return say(&lang.fmt(Msg::PurgeNothing, &[&day]), lang);
    }
    let consultations = |n| lang.count(n, Msg::CountConsultations);
    let clients = |n| lang.count(n, Msg::CountClients);
    let question = lang.fmt(
        Msg::PurgePlan,
        &[
            &day,
            &consultations(plan.consultations),
            &clients(plan.clients),
        ],
    );
    confirm(&question, args.yes, lang)?;
    let done = store.purge(day, &me.user)?;
    say(
        &lang.fmt(
            Msg::PurgeDone,
            &[
                &consultations(done.consultations),
                &clients(done.clients),
                &day,
            ],
        ),
        lang,
    )
}

/// Runs a `client` subcommand.
pub fn client(cmd: ClientCommand, db: &Path, lang: Lang, clock: Clock) -> Result<(), CliError> {
    let (ClientCommand::Export { code } | ClientCommand::Erase { code, .. }) = &cmd;
    let code = check_client(code, lang)?;
    let (mut store, me) = open_as(db, lang, Action::HandlePersonalData, clock)?;
    writable(&store, lang)?;
    let held = store.client_erase_plan(&code)?;
    if held == 0 {
        return Err(CliError::usage(lang.fmt(Msg::ClientNone, &[&code])));
    }
    match cmd {
        ClientCommand::Export { .. } => {
            let data = store.client_data(&code, &me.user)?;
            let mut out = io::stdout().lock();
            super::write_marked(&mut out, super::json_format::CLIENT, &data)
                .and_then(|()| out.flush())
                .or_else(|e| super::output_failed(e, lang))
        }
        ClientCommand::Erase { yes, .. } => {
            let consultations = |n| lang.count(n, Msg::CountConsultations);
            let plan = lang.fmt(Msg::ErasePlan, &[&code, &consultations(held)]);
            confirm(&plan, yes, lang)?;
            let erased = store.erase_client(&code, &me.user)?;
            say(
                &lang.fmt(Msg::EraseDone, &[&code, &consultations(erased)]),
                lang,
            )
        }
    }
}

/// Both commands write (the audit trail at least).
fn writable(store: &crate::store::Store, lang: Lang) -> Result<(), CliError> {
    if store.is_read_only() {
        return Err(CliError::runtime(
            lang.fmt(Msg::ErrReadOnlyFile, &[&store.path().display()]),
        ));
    }
    Ok(())
}

/// Shows what will happen and, unless `yes`, asks on standard input; anything
/// but yes (or the end of input) changes nothing.
fn confirm(what: &str, yes: bool, lang: Lang) -> Result<(), CliError> {
    let mut out = io::stdout().lock();
    writeln!(out, "{}", crate::text::sanitize(what)).or_else(|e| super::output_failed(e, lang))?;
    if yes {
        return Ok(());
    }
    write!(out, "{}", lang.t(Msg::ConfirmProceed))
        .and_then(|()| out.flush())
        .or_else(|e| super::output_failed(e, lang))?;
    let mut answer = String::new();
    io::stdin()
        .lock()
        .read_line(&mut answer)
        .map_err(|e| CliError::runtime(e.to_string()))?;
    let answer = answer.trim().to_lowercase();
    if ["y", "yes", "t", "tak"].contains(&answer.as_str()) {
        Ok(())
    } else {
        Err(CliError::runtime(lang.t(Msg::NothingChanged)))
    }
}
