//! `pomost`: parse the command line, then run a subcommand or the TUI.

use std::process::ExitCode;

use pomost::cli;
use pomost::clock::Clock;

fn main() -> ExitCode {
    one_memory_arena();
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

/// Asks glibc to keep one memory arena for all threads: the directory is
/// read on threads of their own, and an arena each keeps what each freed
/// (megabytes more at the peak of a large directory's loading); the
/// threads seldom allocate at the same time.
fn one_memory_arena() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: called first, before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
}
