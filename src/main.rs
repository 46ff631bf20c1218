//! `pomost`: parse the command line, then run a subcommand or the TUI.

use std::process::ExitCode;

use clap::Parser;

use pomost::cli::{self, Cli};
use pomost::clock::Clock;

fn main() -> ExitCode {
    let mut args = Cli::parse();
    let lang = pomost::config::lang(args.lang);
    // Under setgid, the data group is kept for the shared database only.
    args.db = Some(pomost::privilege::settle(args.db.take(), lang));
    // The one clock of this process: everything that needs "now" is given it.
    let clock = match Clock::from_env() {
        Ok(clock) => clock,
        Err(e) => {
            eprintln!("pomost: {}", e.message(lang));
            return ExitCode::from(2);
        }
    };
    match args.command {
        Some(command) => cli::run(command, args.db, lang, clock),
        None => pomost::tui::run(args.db, lang, clock),
    }
}
