//! Entering and leaving the full-screen terminal mode, on every exit path:
//! normal quit, error, panic and the signals a dropped SSH connection or a
//! service manager sends.

mod wire;

use std::io::{self, Stdout, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use base64::Engine;
use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;

pub use wire::Wire;

/// The terminal Pomost draws on, through a backend that sends few bytes (see
/// [`Wire`]).
pub type Tui = Terminal<Wire<Stdout>>;

/// Raw mode, the alternate screen and bracketed paste; the cursor is hidden.
/// If any step fails, whatever was already switched on is switched off again.
pub fn enter() -> io::Result<Tui> {
    enable_raw_mode()?;
    let entered = (|| {
        let mut stdout = io::stdout();
        // Clearing through crossterm directly: ratatui's `clear` asks the terminal
        // for the cursor position, a round trip that a slow link pays for and a
        // terminal that never answers turns into a two-second failure.
        execute!(
            stdout,
            EnterAlternateScreen,
            EnableBracketedPaste,
            crossterm::cursor::Hide,
            crossterm::terminal::Clear(crossterm::terminal::ClearType::All)
        )?;
        Terminal::new(Wire::new(stdout))
    })();
    if entered.is_err() {
        restore();
    }
    entered
}

/// Puts the terminal back as it was. Safe to call more than once, and errors are
/// ignored: after a hang-up there may be no terminal left to write to.
pub fn restore() {
    let mut stdout = io::stdout();
    let _ = execute!(
        stdout,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
    let _ = disable_raw_mode();
    let _ = stdout.flush();
}

/// Restores the terminal before the default panic message is printed, so the
/// message is readable and the shell usable.
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// The termination signals received (SIGTERM, SIGHUP, SIGINT, SIGQUIT). The
/// event loop checks them at every tick and leaves cleanly.
///
/// When the terminal has gone (a dropped SSH connection), crossterm's input
/// reader retries the dead terminal forever and the loop never gets to look
/// (crossterm-rs/crossterm#793). So a watchdog thread waits for the signal too,
/// gives the loop [`GRACE`] to leave by itself, and otherwise restores what it can
/// and ends the process with the conventional 128 + signal.
pub struct Signals {
    received: Arc<AtomicUsize>,
}

/// How long the watchdog lets the event loop finish on its own.
pub const GRACE: Duration = Duration::from_millis(750);

impl Signals {
    /// Registers the handlers and starts the watchdog.
    pub fn register() -> io::Result<Self> {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
        let received = Arc::new(AtomicUsize::new(0));
        let mut incoming = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
        let flag = Arc::clone(&received);
        std::thread::Builder::new()
            .name("signals".into())
            .spawn(move || {
                if let Some(signal) = incoming.forever().next() {
                    flag.store(signal as usize, Ordering::SeqCst);
                    std::thread::sleep(GRACE);
                    restore();
                    std::process::exit(128 + signal);
                }
            })?;
        watch_for_hang_up()?;
        Ok(Self { received })
    }

    /// The signal number, once one has arrived.
    pub fn received(&self) -> Option<i32> {
        match self.received.load(Ordering::SeqCst) {
            0 => None,
            n => i32::try_from(n).ok(),
        }
    }
}

/// Ends the program as SIGHUP does when its terminal hangs up but no SIGHUP
/// comes: under `runuser`, `su` or `setsid` Pomost is not in the terminal's
/// session, so the kernel signals only the session's own processes, and
/// crossterm would read the dead terminal in a busy loop forever. A thread
/// waits on the terminal crossterm reads (standard input when it is one, else
/// `/dev/tty`) and, once it reports a hang-up, sends this process SIGHUP, which
/// the handlers above treat like any other: the draft kept, the exit 129.
fn watch_for_hang_up() -> io::Result<()> {
    use std::os::fd::{AsRawFd, OwnedFd};
    // SAFETY: isatty only reads the descriptor's state.
    let tty: Option<OwnedFd> = if unsafe { libc::isatty(libc::STDIN_FILENO) } == 1 {
        None
    } else {
        match std::fs::File::open("/dev/tty") {
            Ok(file) => Some(file.into()),
            // No terminal to watch: nothing can hang up.
            Err(_) => return Ok(()),
        }
    };
    std::thread::Builder::new()
        .name("hang-up".into())
        .spawn(move || {
            let fd = tty.as_ref().map_or(libc::STDIN_FILENO, AsRawFd::as_raw_fd);
            loop {
                // No events asked for: poll reports a hang-up or an error anyway.
                let mut pfd = libc::pollfd {
                    fd,
                    events: 0,
                    revents: 0,
                };
                // SAFETY: one valid pollfd, for the length given.
                let ready = unsafe { libc::poll(&mut pfd, 1, 500) };
                let gone = libc::POLLHUP | libc::POLLERR | libc::POLLNVAL;
                if ready > 0 && pfd.revents & gone != 0 {
                    // SAFETY: kill has no memory preconditions.
                    unsafe { libc::kill(libc::getpid(), libc::SIGHUP) };
                    return;
                }
            }
        })?;
    Ok(())
}

/// Asks the terminal to put `text` on the clipboard (OSC 52). It travels in the
/// output stream, so it works over SSH and in tmux with `set-clipboard on`.
pub fn copy_to_clipboard(out: &mut impl Write, text: &str) -> io::Result<()> {
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    write!(out, "\x1b]52;c;{encoded}\x07")?;
    out.flush()
}
