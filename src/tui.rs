//! The terminal face: set-up and restore, the event loop, and the screens.

pub mod action;
pub mod app;
pub mod effect;
mod effects;
pub mod form;
pub mod keymap;
pub mod picker;
pub mod prompt;
pub mod services;
pub mod terminal;
pub mod theme;
pub mod timetable;
pub mod ui;

use std::io::{self, IsTerminal};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use crossterm::event::{self, Event, KeyEventKind};

use crate::cli::open_seeded;
use crate::config;
use crate::i18n::{Lang, Msg};
use crate::model::Reference;
use crate::store::Store;
use crate::timetable::warsaw_now;
use app::App;
use terminal::Signals;
use theme::Theme;

/// How long the loop waits for input before looking at signals again.
const TICK: Duration = Duration::from_millis(200);

/// Opens the interactive screen on the database.
pub fn run(db: Option<PathBuf>, lang: Lang) -> ExitCode {
    if !io::stdin().is_terminal() || !io::stdout().is_terminal() {
        eprintln!("pomost: {}", lang.t(Msg::ErrNeedsTerminal));
        return ExitCode::from(2);
    }
    let path = config::database_path(db);
    let mut store = match open_seeded(&path, lang) {
        Ok(store) => store,
        Err(e) => {
            eprintln!("pomost: {}", e.message(lang));
            return ExitCode::from(e.code());
        }
    };
    let loaded = store.topics().and_then(|topics| {
        Ok((
            Reference {
                topics,
                counties: store.counties()?,
            },
            store.services()?,
        ))
    });
    let (reference, services) = match loaded {
        Ok(data) => data,
        Err(e) => {
            eprintln!("pomost: {}", lang.fmt(Msg::ErrDatabase, &[&e]));
            return ExitCode::from(1);
        }
    };
    let sessions = match store.sessions() {
        Ok(sessions) => sessions,
        Err(e) => {
            eprintln!("pomost: {}", lang.fmt(Msg::ErrDatabase, &[&e]));
            return ExitCode::from(1);
        }
    };
    let mut app = App::new(services, reference, lang, Theme::from_env())
        .with_sessions(sessions, warsaw_now());
    app.read_only = store.is_read_only();
    terminal::install_panic_hook();
    match run_loop(&mut app, &mut store) {
        Ok(None) => ExitCode::SUCCESS,
        Ok(Some(signal)) => ExitCode::from(128u8.saturating_add(signal as u8)),
        Err(e) => {
            eprintln!("pomost: {}", lang.fmt(Msg::ErrTerminal, &[&e]));
            ExitCode::from(1)
        }
    }
}

/// Draws and handles input until the user quits (`Ok(None)`) or a termination
/// signal arrives (`Ok(Some(signal))`). The terminal is restored in every case.
fn run_loop(app: &mut App, store: &mut Store) -> io::Result<Option<i32>> {
    let signals = Signals::register()?;
    let mut tui = terminal::enter()?;
    let result = (|| {
        loop {
            app.tick(warsaw_now());
            tui.draw(|frame| ui::draw(frame, app))?;
            if let Some(signal) = wait_for_input(&signals)? {
                return Ok(Some(signal));
            }
            // Handle everything already waiting (fast typing, a paste) before the
            // next frame, so a burst of keys costs one redraw.
            loop {
                match event::read()? {
                    Event::Key(key) if key.kind == KeyEventKind::Press => app.on_key(key),
                    Event::Paste(text) => app.on_paste(&text),
                    _ => {}
                }
                for effect in app.take_effects() {
                    effects::apply(effect, app, store, tui.backend_mut())?;
                }
                if app.should_quit() {
                    return Ok(None);
                }
                if !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
    })();
    terminal::restore();
    // After a hang-up reading the terminal fails; the signal is the real reason.
    match (result, signals.received()) {
        (Err(_), Some(signal)) => Ok(Some(signal)),
        (result, _) => result,
    }
}

/// Waits until input is ready; returns the signal number if one arrived first.
fn wait_for_input(signals: &Signals) -> io::Result<Option<i32>> {
    loop {
        if let Some(signal) = signals.received() {
            return Ok(Some(signal));
        }
        match event::poll(TICK) {
            Ok(true) => return Ok(None),
            Ok(false) => {}
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
}
