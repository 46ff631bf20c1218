//! `pomost`: parse the command line, then run a subcommand or the TUI.

use std::process::ExitCode;

use clap::Parser;

use pomost::cli::{self, Cli};
use pomost::i18n::Lang;

fn main() -> ExitCode {
    let args = Cli::parse();
    let lang = Lang::resolve(args.lang);
    match args.command {
        Some(command) => cli::run(command, args.db, lang),
        None => pomost::tui::run(args.db, lang),
    }
}
