//! Entering and leaving the full-screen terminal mode, on every exit path:
//! normal quit, error, panic and the signals a dropped SSH connection or a
//! service manager sends.

use std::io::{self, Stdout, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use base64::Engine;
use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

/// The terminal Pomost draws on.
pub type Tui = Terminal<CrosstermBackend<Stdout>>;

/// Raw mode, the alternate screen and bracketed paste; the cursor is hidden.
pub fn enter() -> io::Result<Tui> {
    enable_raw_mode()?;
    let mut stdout = io::stdout();
    if let Err(e) = execute!(stdout, EnterAlternateScreen, EnableBracketedPaste) {
        restore();
        return Err(e);
    }
    let mut terminal = Terminal::new(CrosstermBackend::new(stdout))?;
    terminal.hide_cursor()?;
    terminal.clear()?;
    Ok(terminal)
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

/// The termination signals received (SIGTERM, SIGHUP, SIGINT, SIGQUIT), checked
/// by the event loop, which then leaves cleanly.
pub struct Signals {
    received: Arc<AtomicUsize>,
}

impl Signals {
    /// Registers the handlers.
    pub fn register() -> io::Result<Self> {
        let received = Arc::new(AtomicUsize::new(0));
        for signal in [
            signal_hook::consts::SIGTERM,
            signal_hook::consts::SIGHUP,
            signal_hook::consts::SIGINT,
            signal_hook::consts::SIGQUIT,
        ] {
            signal_hook::flag::register_usize(signal, Arc::clone(&received), signal as usize)?;
        }
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

/// Asks the terminal to put `text` on the clipboard (OSC 52). It travels in the
/// output stream, so it works over SSH and in tmux with `set-clipboard on`.
pub fn copy_to_clipboard(out: &mut impl Write, text: &str) -> io::Result<()> {
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    write!(out, "\x1b]52;c;{encoded}\x07")?;
    out.flush()
}
