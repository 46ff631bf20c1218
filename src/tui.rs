//! The terminal face: set-up and restore, the event loop, and the screens.

pub mod action;
pub mod app;
pub mod effect;
mod effects;
pub mod jobs;
pub mod keymap;
pub mod loader;
pub mod screen;
pub mod screens;
pub mod terminal;
pub mod theme;
pub mod ui;
pub mod widgets;

// The screens and widgets by their short paths (`tui::services`, `tui::form`).
/// Carrying out the app's requests on a store (screen tests drive it as the
/// event loop does).
pub use effects::run_pending;
pub use screens::{audit, consultations, reports, services, timetable};
pub use widgets::{form, picker, prompt, scroll};

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use crossterm::event::{self, Event, KeyEventKind};

use crate::access::{authorize, finish_seeding, open_noticed, open_seeded};
use crate::clock::Clock;
use crate::config;
use crate::i18n::{Lang, Msg};
use crate::store::Store;
use app::App;
use jobs::{Job, Kind};
use terminal::Signals;
use theme::Theme;

/// How long the loop waits for input before looking at signals again.
const TICK: Duration = Duration::from_millis(200);
/// The same while the directory is loading, so it appears as soon as it is
/// read (the loader cannot wake the wait for input: a millisecond on average
/// passes between the directory read and the screen taking it).
const LOADING_TICK: Duration = Duration::from_millis(2);

/// Opens the interactive screen on the database; `clock` says what "now" is
/// for every screen, the loader and the times saved.
pub fn run(db: Option<PathBuf>, lang: Lang, clock: Clock) -> ExitCode {
    if !io::stdin().is_terminal() || !io::stdout().is_terminal() {
        eprintln!("pomost: {}", lang.t(Msg::ErrNeedsTerminal));
        return ExitCode::from(2);
    }
    let path = config::database_path(db);
    // Only the very first run on the personal default path makes a database;
    // a path given with --db or POMOST_DB must name one. The file is checked
    // for damage in the background (the first frame does not wait for it).
    let opened = if config::is_personal_default(&path) {
        open_seeded(&path, lang, clock)
    } else {
        open_noticed(&path, lang, clock).and_then(finish_seeding)
    }
    .and_then(|store| authorize(&store, crate::policy::Action::Use, lang).map(|me| (store, me)));
    let (mut store, me) = match opened {
        Ok(opened) => opened,
        Err(e) => {
            eprintln!("pomost: {}", e.message(lang));
            return ExitCode::from(e.code());
        }
    };
    // Saves must not wait for a checkpoint: a job of its own does them,
    // after checking the file for damage (which the status line then says).
    let checkpoints = !store.is_read_only() && store.set_auto_checkpoint(false).is_ok();
    let mut app = App::loading(lang, Theme::from_env(), clock).acting_as(&me.user, me.role);
    // The check reads the whole file: it waits until the directory has been
    // read, so a large one is searchable sooner.
    app.after_load = Some(Job::Check {
        path: path.clone(),
        checkpoints,
    });
    // The first frame is drawn at once; the directory is read by a job and
    // appears when ready (keys typed meanwhile are kept).
    app.jobs.request(load(&path, &app));
    app.read_only = store.is_read_only();
    let shown = std::path::absolute(&path).unwrap_or_else(|_| path.clone());
    let database = crate::text::one_line(&shown.display().to_string());
    app.status = Some(lang.fmt(Msg::DatabaseOpen, &[&database]));
    app.database = Some(database);
    terminal::install_panic_hook();
    match run_loop(&mut app, &mut store, &path) {
        Ok(None) => ExitCode::SUCCESS,
        Ok(Some(signal)) => ExitCode::from(128u8.saturating_add(signal as u8)),
        Err(e) => {
            // After a hang-up there may be no terminal to write to; `eprintln!`
            // would panic then, so the message is written best-effort.
            let _ = writeln!(
                io::stderr(),
                "pomost: {}",
                lang.fmt(Msg::ErrTerminal, &[&e])
            );
            ExitCode::from(1)
        }
    }
}

/// Draws and handles input until the user quits (`Ok(None)`) or a termination
/// signal arrives (`Ok(Some(signal))`). The terminal is restored in every case.
fn run_loop(app: &mut App, store: &mut Store, path: &std::path::Path) -> io::Result<Option<i32>> {
    let signals = Signals::register()?;
    let mut tui = terminal::enter()?;
    // A save that waits for another user's says so on the status line at once
    // (the loop is blocked in the save); the screen is repainted afterwards.
    let waiting = app.lang.t(Msg::WaitingForSave);
    let _ = store.on_long_wait(move || show_waiting(waiting));
    let result = (|| {
        // Frames are drawn after input, loading, effects, and when the minute
        // changes ("now" moves); an idle tick sends nothing over the wire.
        let mut redraw = true;
        let mut minute = None;
        // Other users' changes are watched for by a job (every second); the
        // directory and the timetable are read again by the loading job, the
        // consultations list at once (it is one page).
        app.jobs.request(Job::Watch {
            path: path.to_owned(),
            user: app.user.clone(),
        });
        loop {
            let now = app.clock.warsaw_now();
            if app.reload_directory {
                app.reload_directory = false;
                app.jobs.request(load(path, app));
            }
            redraw |= app.tick(now);
            redraw |= effects::run_pending(app, store, tui.backend_mut())?;
            repaint_after_waiting(&mut tui)?;
            let this_minute = now.format("%H:%M").to_string();
            if minute.as_ref() != Some(&this_minute) {
                minute = Some(this_minute);
                redraw = true;
            }
            if redraw {
                tui.draw(|frame| ui::draw(frame, app))?;
                redraw = false;
            }
            match wait_for_input(&signals, app)? {
                Wake::Signal(signal) => {
                    // A dropped connection or a kill: keep what was typed.
                    app.flush_draft();
                    effects::run_pending(app, store, tui.backend_mut())?;
                    return Ok(Some(signal));
                }
                Wake::Loaded => {
                    redraw = true;
                    continue;
                }
                Wake::Tick => continue,
                Wake::Input => {}
            }
            // Handle everything already waiting (fast typing, a paste) before the
            // next frame, so a burst of keys costs one redraw.
            loop {
                match event::read()? {
                    Event::Key(key) if key.kind == KeyEventKind::Press => app.on_key(key),
                    Event::Paste(text) => app.on_paste(&text),
                    _ => {}
                }
                effects::run_pending(app, store, tui.backend_mut())?;
                repaint_after_waiting(&mut tui)?;
                if app.should_quit() {
                    return Ok(None);
                }
                if !event::poll(Duration::ZERO)? {
                    break;
                }
            }
            redraw = true;
        }
    })();
    if tui.show_cursor().is_err() {
        // The terminal is gone. ratatui's drop would try to show the cursor again
        // and report the failure on stderr, which panics on a closed terminal.
        std::mem::forget(tui);
    }
    terminal::restore();
    // After a hang-up reading the terminal fails, often just before SIGHUP is
    // delivered; the signal is the real reason, so give it a moment to arrive.
    if result.is_err() && signals.received().is_none() {
        std::thread::sleep(Duration::from_millis(100));
    }
    match (result, signals.received()) {
        (Err(_), Some(signal)) => Ok(Some(signal)),
        (result, _) => result,
    }
}

/// Set when the waiting notice was written past ratatui.
static WAITING_SHOWN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Writes the notice on the status line (the row above the key hints) straight
/// to the terminal: the event loop is inside the save and cannot draw.
fn show_waiting(text: &str) {
    use crossterm::{cursor, queue, style, terminal as term};
    let Ok((_, rows)) = term::size() else {
        return;
    };
    let mut out = io::stdout();
    let _ = queue!(
        out,
        cursor::MoveTo(0, rows.saturating_sub(2)),
        style::SetAttribute(style::Attribute::Reverse),
        style::Print(format!(" {text} ")),
        style::SetAttribute(style::Attribute::Reset),
        term::Clear(term::ClearType::UntilNewLine)
    );
    let _ = out.flush();
    WAITING_SHOWN.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// After a notice written past ratatui, the screen is cleared and drawn whole
/// (ratatui's idea of what is on screen no longer holds).
fn repaint_after_waiting(tui: &mut terminal::Tui) -> io::Result<()> {
    use ratatui::backend::{Backend, ClearType};
    if WAITING_SHOWN.swap(false, std::sync::atomic::Ordering::Relaxed) {
        // Through the backend, so its idea of the cursor, the attributes and
        // the screen's cells is right again.
        let backend = tui.backend_mut();
        backend.set_cursor_position(ratatui::layout::Position::ORIGIN)?;
        backend.clear_region(ClearType::All)?;
        Backend::flush(backend)?;
        // Both buffers blank, like the cleared screen: the next frame is sent whole.
        tui.swap_buffers();
        tui.swap_buffers();
    }
    Ok(())
}

/// The job that reads the directory for the app.
fn load(path: &std::path::Path, app: &App) -> Job {
    Job::Load {
        path: path.to_owned(),
        user: app.user.clone(),
        lang: app.lang,
        clock: app.clock,
        search_for: app.services.search_for(),
    }
}

/// Why the loop woke up.
enum Wake {
    /// Input is waiting.
    Input,
    /// A termination signal arrived.
    Signal(i32),
    /// A job finished: the directory was read, a report computed (redraw).
    Loaded,
    /// Time passed: the clock moves, drafts are written.
    Tick,
}

/// Waits for input, a signal, or a finished job.
fn wait_for_input(signals: &Signals, app: &mut App) -> io::Result<Wake> {
    loop {
        if let Some(signal) = signals.received() {
            return Ok(Wake::Signal(signal));
        }
        if app.poll_jobs() {
            return Ok(Wake::Loaded);
        }
        let loading = app.jobs.busy(Kind::Load);
        let tick = if loading { LOADING_TICK } else { TICK };
        match event::poll(tick) {
            Ok(true) => return Ok(Wake::Input),
            Ok(false) if !loading => return Ok(Wake::Tick),
            Ok(false) => {}
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
}
