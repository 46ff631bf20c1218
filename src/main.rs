//! `pomost`: parse the command line, then run a subcommand or the TUI.

use std::process::ExitCode;

use pomost::cli;
use pomost::clock::Clock;

fn main() -> ExitCode {
    // Help, the version and usage errors are printed here, in the UI language.
    let (mut args, lang) = match cli::shell::parse() {
        Ok(parsed) => parsed,
        Err(code) => return code,
    };
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
