//! `pomost init`: create a database explicitly.

use std::path::Path;

use clap::Args;

use super::CliError;
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
}

/// Creates the database; an existing one is left as it is.
pub fn run(args: &InitArgs, db: &Path, lang: Lang) -> Result<(), CliError> {
    let (mut store, opened) = Store::open(db).map_err(|e| CliError::runtime(e.message(lang)))?;
    if opened == Opened::Existing && !store.topics()?.is_empty() {
        println!("{}", lang.fmt(Msg::CliInitExists, &[&db.display()]));
        return Ok(());
    }
    seed::seed(&mut store, &config::current_user(), !args.empty)
        .map_err(|e| CliError::runtime(format!("{e:#}")))?;
    println!(
        "{}",
        lang.fmt(
            Msg::CliInitDone,
            &[
                &db.display(),
                &store.service_count()?,
                &store.session_count()?
            ]
        )
    );
    Ok(())
}
