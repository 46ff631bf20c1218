//! `pomost`: parse the command line, then run a subcommand or the TUI.

use std::process::ExitCode;

use pomost::cli;
use pomost::clock::Clock;
use pomost::i18n::Lang;

fn main() -> ExitCode {
    // Help, the version and usage errors are printed here, in the UI language.
    let args = match cli::shell::parse() {
        Ok(args) => args,
        Err(code) => return code,
    };
    let lang = Lang::resolve(args.lang);
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
