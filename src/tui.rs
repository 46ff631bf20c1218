//! The terminal face: set-up and restore, the event loop, and the screens.

pub mod action;
pub mod app;
pub mod audit;
pub mod consultations;
pub mod effect;
mod effects;
pub mod form;
pub mod keymap;
pub mod loader;
pub mod picker;
pub mod prompt;
pub mod reports;
pub mod services;
pub mod terminal;
pub mod theme;
pub mod timetable;
pub mod ui;

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::{Duration, Instant};

use crossterm::event::{self, Event, KeyEventKind};

use crate::access::{authorize, finish_seeding, open_noticed, open_seeded};
use crate::clock::Clock;
use crate::config;
use crate::i18n::{Lang, Msg};
use crate::store::Store;
use app::App;
use loader::Loaded;
use terminal::Signals;
use theme::Theme;

/// How long the loop waits for input before looking at signals again.
const TICK: Duration = Duration::from_millis(200);
/// How often other users' changes are looked for.
const CHANGES_EVERY: Duration = Duration::from_secs(1);
/// The same while the directory is loading, so it appears as soon as it is read.
const LOADING_TICK: Duration = Duration::from_millis(10);

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
    // Saves must not wait for a checkpoint: a thread of its own does them,
    // after checking the file for damage (which the status line then says).
    let checkpoints = !store.is_read_only() && store.set_auto_checkpoint(false).is_ok();
    spawn_checkpointer(path.clone(), checkpoints);
    // The first frame is drawn at once; the directory is read on a thread and
    // appears when ready (keys typed meanwhile are kept).
    let loading = loader::spawn(path.clone(), lang, clock);
    let mut app = App::loading(lang, Theme::from_env(), clock);
    app.read_only = store.is_read_only();
    let shown = std::path::absolute(&path).unwrap_or_else(|_| path.clone());
    let database = crate::text::one_line(&shown.display().to_string());
    app.status = Some(lang.fmt(Msg::DatabaseOpen, &[&database]));
    app.database = Some(database);
    app.role = me.role;
    terminal::install_panic_hook();
    match run_loop(&mut app, &mut store, &path, Some(loading)) {
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
fn run_loop(
    app: &mut App,
    store: &mut Store,
    path: &std::path::Path,
    mut loading: Option<Receiver<Result<Loaded, String>>>,
) -> io::Result<Option<i32>> {
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
        let mut seen_version = store.data_version().ok();
        let mut seen_stamp = store.directory_stamp().ok();
        let mut version_checked = Instant::now();
        let mut damage_said = false;
        loop {
            let now = app.clock.warsaw_now();
            // Other users' changes: looked for every second; the directory and
            // the timetable are read again on the loader thread, the
            // consultations list at once (it is one page).
            if app.reload_directory && loading.is_none() {
                app.reload_directory = false;
                loading = Some(loader::spawn(path.to_owned(), app.lang, app.clock));
            }
            if version_checked.elapsed() >= CHANGES_EVERY && loading.is_none() {
                version_checked = Instant::now();
                let version = store.data_version().ok();
                if version != seen_version {
                    seen_version = version;
                    app.refresh_consultations_soon();
                    // A coordinator may have changed this user's role.
                    match store.staff_member(&app.user) {
                        Ok(Some(me)) => app.role = me.role,
                        Ok(None) if !app.read_only => {
                            app.read_only = true;
                            app.status = Some(app.lang.t(Msg::RemovedFromStaff).to_owned());
                        }
                        _ => {}
                    }
                    let stamp = store.directory_stamp().ok();
                    if stamp != seen_stamp {
                        seen_stamp = stamp;
                        loading = Some(loader::spawn(path.to_owned(), app.lang, app.clock));
                    }
                }
            }
            redraw |= app.tick(now);
            if let Some(problem) = DAMAGE.get().filter(|_| !damage_said) {
                damage_said = true;
                let shown = app.database.clone().unwrap_or_default();
                app.status = Some(app.lang.fmt(Msg::ErrDamaged, &[&shown, problem]));
                redraw = true;
            }
            let mut effects = app.take_effects();
            redraw |= !effects.is_empty();
            for effect in effects.drain(..) {
                effects::apply(effect, app, store, tui.backend_mut())?;
            }
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
            match wait_for_input(&signals, &mut loading, app)? {
                Wake::Signal(signal) => {
                    // A dropped connection or a kill: keep what was typed.
                    app.flush_draft();
                    for effect in app.take_effects() {
                        effects::apply(effect, app, store, tui.backend_mut())?;
                    }
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
                for effect in app.take_effects() {
                    effects::apply(effect, app, store, tui.backend_mut())?;
                }
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

/// How often the background thread checkpoints the write-ahead log.
const CHECKPOINT_EVERY: Duration = Duration::from_secs(5);

/// SQLite's quick check of the open database, when it found a problem: set
/// once by the checkpointer thread, said once on the status line.
static DAMAGE: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Checks the database for damage (into [`DAMAGE`]), then, when `checkpoints`,
/// checkpoints the write-ahead log every few seconds on a connection of its
/// own (PASSIVE: it never blocks a save). Ends with the process.
fn spawn_checkpointer(path: PathBuf, checkpoints: bool) {
    std::thread::spawn(move || {
        let Ok(store) = Store::open_existing(&path) else {
            return;
        };
        if let Ok(Some(problem)) = store.damage() {
            let _ = DAMAGE.set(problem);
        }
        if !checkpoints {
            return;
        }
        loop {
            std::thread::sleep(CHECKPOINT_EVERY);
            // A busy database is checkpointed next time.
            let _ = store.checkpoint_passive();
        }
    });
}

/// Why the loop woke up.
enum Wake {
    /// Input is waiting.
    Input,
    /// A termination signal arrived.
    Signal(i32),
    /// The directory finished loading (redraw).
    Loaded,
    /// Time passed: the clock moves, drafts are written.
    Tick,
}

/// Waits for input, a signal, or the end of loading.
fn wait_for_input(
    signals: &Signals,
    loading: &mut Option<Receiver<Result<Loaded, String>>>,
    app: &mut App,
) -> io::Result<Wake> {
    loop {
        if let Some(signal) = signals.received() {
            return Ok(Wake::Signal(signal));
        }
        if let Some(rx) = loading {
            match rx.try_recv() {
                Ok(result) => {
                    *loading = None;
                    app.set_loaded(result);
                    return Ok(Wake::Loaded);
                }
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => {
                    *loading = None;
                    app.set_loaded(Err(String::new()));
                    return Ok(Wake::Loaded);
                }
            }
        }
        let tick = if loading.is_some() {
            LOADING_TICK
        } else {
            TICK
        };
        match event::poll(tick) {
            Ok(true) => return Ok(Wake::Input),
            Ok(false) if loading.is_none() => return Ok(Wake::Tick),
            Ok(false) => {}
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
}
