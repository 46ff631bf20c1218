//! A small harness for end-to-end tests: the real `pomost` binary in a real
//! pseudo-terminal, its output fed into a vt100 emulator of the same size.
//!
//! Tests synchronise on what the screen shows (`wait_for`), never on fixed
//! sleeps. Every wait is bounded; a session that is dropped while the program
//! still runs kills it, so a hang fails one test instead of blocking CI.

use std::os::fd::RawFd;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

/// How long any single wait may take before the test fails.
pub const TIMEOUT: Duration = Duration::from_secs(10);

/// The binary under test.
pub fn binary() -> &'static str {
    env!("CARGO_BIN_EXE_pomost")
}

/// The variables of this process that decide what time it is: `POMOST_NOW`,
/// and a shifted clock's (`faketime` works through `LD_PRELOAD` and `FAKETIME*`).
/// A process started with a cleared environment is given them, so it runs on
/// the same clock as the test and the commands the test runs directly.
pub fn clock_env() -> Vec<(String, String)> {
    std::env::vars()
        .filter(|(k, _)| k == "POMOST_NOW" || k == "LD_PRELOAD" || k.starts_with("FAKETIME"))
        .collect()
}

/// Leave the alternate screen, as crossterm writes it.
pub const LEAVE_ALT: &[u8] = b"\x1b[?1049l";
/// Enter the alternate screen.
pub const ENTER_ALT: &[u8] = b"\x1b[?1049h";
/// Device status report: "where is the cursor?"
pub const DSR: &[u8] = b"\x1b[6n";
/// Show the cursor.
pub const SHOW_CURSOR: &[u8] = b"\x1b[?25h";

/// What the emulator saw besides the screen: things a hostile text could make
/// a terminal do (retitle the window, write the clipboard, ring the bell).
#[derive(Debug, Default)]
pub struct Recorder {
    pub titles: Vec<Vec<u8>>,
    pub clipboard: Vec<Vec<u8>>,
    pub bells: usize,
}

impl vt100::Callbacks for Recorder {
    fn audible_bell(&mut self, _: &mut vt100::Screen) {
        self.bells += 1;
    }

    fn set_window_title(&mut self, _: &mut vt100::Screen, title: &[u8]) {
        self.titles.push(title.to_vec());
    }

    fn set_window_icon_name(&mut self, _: &mut vt100::Screen, name: &[u8]) {
        self.titles.push(name.to_vec());
    }

    fn copy_to_clipboard(&mut self, _: &mut vt100::Screen, _ty: &[u8], data: &[u8]) {
        self.clipboard.push(data.to_vec());
    }
}

/// How to start the program.
pub struct Spawn {
    program: String,
    args: Vec<String>,
    env: Vec<(String, String)>,
    cols: u16,
    rows: u16,
    answer_cursor_queries: bool,
}

impl Spawn {
    /// `pomost --db <db>` with a clean, explicit environment: Polish locale,
    /// `TERM=xterm-256color`, no `POMOST_LANG`, `POMOST_DB` or `NO_COLOR`, and
    /// `HOME` inside the test's own directory. The test's clock goes along
    /// (see [`clock_env`]), so the screen and the commands a test runs beside
    /// it agree on what day it is.
    pub fn new(db: &Path) -> Self {
        let home = db
            .parent()
            .unwrap_or(Path::new("/nonexistent"))
            .join("home");
        let mut env: Vec<(String, String)> = vec![
            ("TERM".into(), "xterm-256color".into()),
            ("LANG".into(), "pl_PL.UTF-8".into()),
            ("HOME".into(), home.display().to_string()),
            ("PATH".into(), "/usr/bin:/bin".into()),
        ];
        env.extend(clock_env());
        Self {
            program: binary().into(),
            args: vec!["--db".into(), db.display().to_string()],
            env,
            cols: 80,
            rows: 24,
            answer_cursor_queries: true,
        }
    }

    /// Behave like a terminal that never answers cursor position queries.
    pub fn without_cursor_replies(mut self) -> Self {
        self.answer_cursor_queries = false;
        self
    }

    /// Adds command-line arguments (after `--db PATH`).
    pub fn args(mut self, args: &[&str]) -> Self {
        self.args.extend(args.iter().map(|a| (*a).to_owned()));
        self
    }

    /// Runs `program` with exactly `args` instead of `pomost --db PATH` (e.g.
    /// `ssh`, which runs pomost on the far side); the environment, the size and
    /// the terminal's behaviour stay as set. Not every test file uses it.
    #[allow(dead_code)]
    pub fn program(mut self, program: &str, args: &[&str]) -> Self {
        self.program = program.into();
        self.args = args.iter().map(|a| (*a).to_owned()).collect();
        self
    }

    /// Sets (or replaces) an environment variable.
    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.env.retain(|(k, _)| k != key);
        self.env.push((key.into(), value.into()));
        self
    }

    /// The terminal size.
    pub fn size(mut self, cols: u16, rows: u16) -> Self {
        self.cols = cols;
        self.rows = rows;
        self
    }

    /// Starts the program in a new pseudo-terminal.
    pub fn start(self) -> Session {
        let pty = native_pty_system()
            .openpty(pty_size(self.cols, self.rows))
            .expect("open a pseudo-terminal");
        let mut cmd = CommandBuilder::new(&self.program);
        cmd.args(&self.args);
        cmd.env_clear();
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        cmd.cwd(std::env::temp_dir());
        let child = pty
            .slave
            .spawn_command(cmd)
            .unwrap_or_else(|e| panic!("spawn {}: {e}", self.program));
        // Only the child keeps the terminal side open, so reading the master
        // ends (EOF/EIO) once the program has exited. The master is read and
        // written through its one descriptor (no reader thread, no duplicate),
        // so dropping it really closes the terminal: a hang-up.
        drop(pty.slave);
        let fd = pty
            .master
            .as_raw_fd()
            .expect("the pty master has a descriptor");
        Session {
            child,
            master: Some(pty.master),
            fd,
            raw: Vec::new(),
            fed: 0,
            answer_cursor_queries: self.answer_cursor_queries,
            parser: vt100::Parser::new_with_callbacks(self.rows, self.cols, 0, Recorder::default()),
            eof: false,
            status: None,
        }
    }
}

fn pty_size(cols: u16, rows: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

/// A running program in a pseudo-terminal.
pub struct Session {
    child: Box<dyn Child + Send + Sync>,
    /// The terminal; `None` after [`Session::hang_up`].
    master: Option<Box<dyn MasterPty + Send>>,
    /// The master's descriptor, valid while `master` is `Some`.
    fd: RawFd,
    raw: Vec<u8>,
    /// How much of `raw` the emulator has processed.
    fed: usize,
    answer_cursor_queries: bool,
    parser: vt100::Parser<Recorder>,
    eof: bool,
    status: Option<ExitStatus>,
}

impl Session {
    /// Types bytes into the terminal (keys, escape sequences).
    pub fn send(&mut self, bytes: impl AsRef<[u8]>) {
        assert!(self.master.is_some(), "the terminal was closed");
        if let Err(err) = self.write_all(bytes.as_ref()) {
            self.fail(&format!("cannot write to the terminal: {err}"));
        }
    }

    fn write_all(&self, mut bytes: &[u8]) -> std::io::Result<()> {
        while !bytes.is_empty() {
            // SAFETY: writes from a live slice to the open master descriptor.
            let n = unsafe { libc::write(self.fd, bytes.as_ptr().cast(), bytes.len()) };
            if n < 0 {
                let err = std::io::Error::last_os_error();
                if err.kind() != std::io::ErrorKind::Interrupted {
                    return Err(err);
                }
            } else {
                bytes = &bytes[n.unsigned_abs()..];
            }
        }
        Ok(())
    }

    /// The emulated screen as it is now (call `wait_for` to let output arrive).
    pub fn screen(&self) -> &vt100::Screen {
        self.parser.screen()
    }

    /// The screen's text, rows separated by newlines.
    pub fn text(&self) -> String {
        self.screen().contents()
    }

    /// The screen's rows as text, each exactly as wide as the screen.
    pub fn rows(&self) -> Vec<String> {
        let (_, cols) = self.screen().size();
        self.screen().rows(0, cols).collect()
    }

    /// Everything the program wrote to the terminal so far.
    pub fn raw(&self) -> &[u8] {
        &self.raw
    }

    /// What the emulator recorded besides the screen.
    pub fn recorded(&self) -> &Recorder {
        self.parser.callbacks()
    }

    /// The program's process id.
    pub fn pid(&self) -> i32 {
        let pid = self.child.process_id().expect("the child has a pid");
        i32::try_from(pid).expect("pid fits in i32")
    }

    /// Sends a signal to the program.
    pub fn signal(&self, signal: i32) {
        // SAFETY: kill(2) with our own child's pid; no memory is shared.
        let rc = unsafe { libc::kill(self.pid(), signal) };
        assert_eq!(rc, 0, "kill({}, {signal}) failed", self.pid());
    }

    /// Resizes the terminal (the program gets SIGWINCH) and the emulator.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        // Take what was drawn at the old size first, so it lands in the old grid.
        while self.pump(Duration::ZERO) == Pumped::Data {}
        self.parser.screen_mut().set_size(rows, cols);
        self.master
            .as_ref()
            .expect("the terminal is open")
            .resize(pty_size(cols, rows))
            .expect("resize the pty");
    }

    /// Closes the terminal, as a dropped SSH connection or a closed terminal
    /// window does: the kernel hangs up the program's side (SIGHUP, and reads
    /// fail from then on). Nothing more can be sent or read.
    pub fn hang_up(&mut self) {
        self.master = None;
        self.eof = true;
    }

    /// Reads output that has arrived, waiting at most `timeout` for some.
    fn pump(&mut self, timeout: Duration) -> Pumped {
        if self.eof {
            return Pumped::Closed;
        }
        let mut pfd = libc::pollfd {
            fd: self.fd,
            events: libc::POLLIN,
            revents: 0,
        };
        let ms = libc::c_int::try_from(timeout.as_millis()).unwrap_or(libc::c_int::MAX);
        // SAFETY: one valid pollfd for the open master descriptor.
        let ready = unsafe { libc::poll(&mut pfd, 1, ms) };
        if ready < 0 {
            let err = std::io::Error::last_os_error();
            assert_eq!(err.kind(), std::io::ErrorKind::Interrupted, "poll: {err}");
            return Pumped::Nothing;
        }
        if ready == 0 {
            return Pumped::Nothing;
        }
        let mut buf = [0u8; 16 * 1024];
        // SAFETY: reads into a live buffer of the given length.
        let n = unsafe { libc::read(self.fd, buf.as_mut_ptr().cast(), buf.len()) };
        if n > 0 {
            self.take(&buf[..n.unsigned_abs()]);
            return Pumped::Data;
        }
        if n < 0 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
            return Pumped::Nothing;
        }
        // 0 or EIO: every descriptor of the program's side is closed.
        self.eof = true;
        Pumped::Closed
    }

    /// Records output and feeds it to the emulator. Like a real terminal, it
    /// answers cursor position queries (`ESC[6n`, sent by ratatui when it clears
    /// the screen) with the emulated cursor position, unless told not to.
    fn take(&mut self, chunk: &[u8]) {
        self.raw.extend_from_slice(chunk);
        let fed = self.fed;
        // A query may straddle two chunks: look back a little.
        let scan = fed.saturating_sub(DSR.len() - 1);
        let queries: Vec<usize> = find_all(&self.raw[scan..], DSR)
            .into_iter()
            .map(|at| scan + at + DSR.len())
            .collect();
        for end in queries {
            self.parser.process(&self.raw[self.fed..end]);
            self.fed = end;
            if self.answer_cursor_queries {
                let (row, col) = self.parser.screen().cursor_position();
                let reply = format!("\x1b[{};{}R", row + 1, col + 1);
                // The program may have gone meanwhile; then nobody is asking.
                let _ = self.write_all(reply.as_bytes());
            }
        }
        self.parser.process(&self.raw[self.fed..]);
        self.fed = self.raw.len();
    }

    /// Reads output until `ready` holds; fails the test, showing the last
    /// screen, when it does not hold within [`TIMEOUT`] or the program exits.
    pub fn wait_for(&mut self, what: &str, ready: impl Fn(&Session) -> bool) {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if ready(self) {
                return;
            }
            let now = Instant::now();
            if now >= deadline {
                self.fail(&format!("timed out after {TIMEOUT:?} waiting for {what}"));
            }
            if self.pump(deadline - now) == Pumped::Closed {
                // No more output can come; one last look.
                if ready(self) {
                    return;
                }
                self.fail(&format!(
                    "the program closed the terminal while waiting for {what}"
                ));
            }
        }
    }

    /// Reads output until none has arrived for `quiet` (or the program closed
    /// the terminal), at most [`TIMEOUT`] in all; returns how many bytes
    /// arrived meanwhile. With `raw().len()` before a key, this counts what the
    /// key made the program write. (Used by `benches/keystrokes.rs`.)
    #[allow(dead_code)]
    pub fn read_until_quiet(&mut self, quiet: Duration) -> usize {
        let before = self.raw.len();
        let deadline = Instant::now() + TIMEOUT;
        loop {
            match self.pump(quiet) {
                Pumped::Data if Instant::now() < deadline => {}
                Pumped::Data => self.fail(&format!(
                    "output did not stop for {quiet:?} within {TIMEOUT:?}"
                )),
                Pumped::Nothing | Pumped::Closed => return self.raw.len() - before,
            }
        }
    }

    /// True once the program's side of the terminal is closed (it exited).
    pub fn closed(&self) -> bool {
        self.eof
    }

    /// True when the terminal is in canonical ("cooked") mode with echo, as a
    /// shell leaves it; false in raw mode. Read from the pty's line discipline.
    pub fn cooked(&self) -> bool {
        assert!(self.master.is_some(), "the terminal was closed");
        let fd = self.fd;
        // SAFETY: tcgetattr fills a termios struct for a valid, open descriptor.
        let mut t: libc::termios = unsafe { std::mem::zeroed() };
        let rc = unsafe { libc::tcgetattr(fd, &mut t) };
        assert_eq!(rc, 0, "tcgetattr on the pty master");
        t.c_lflag & libc::ICANON != 0 && t.c_lflag & libc::ECHO != 0
    }

    /// Waits (bounded) for the program to exit and for all its output.
    pub fn wait_exit(&mut self) -> ExitStatus {
        let deadline = Instant::now() + TIMEOUT;
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                break status;
            }
            let now = Instant::now();
            if now >= deadline {
                self.fail("timed out waiting for the program to exit");
            }
            // Reads output meanwhile (returning as soon as some arrives); once
            // the terminal is closed there is nothing to wait on but the clock.
            let slice = (deadline - now).min(Duration::from_millis(20));
            if self.pump(slice) == Pumped::Closed {
                std::thread::sleep(slice);
            }
        };
        self.status = Some(status.clone());
        // The program's side is closed now: read what is left until EOF.
        while self.pump(deadline.saturating_duration_since(Instant::now())) != Pumped::Closed {
            if Instant::now() >= deadline {
                self.fail("timed out reading the program's last output");
            }
        }
        status
    }

    /// Fails the test, showing the screen and the end of the raw output.
    pub fn fail(&mut self, message: &str) -> ! {
        self.kill();
        let tail_start = self.raw.len().saturating_sub(600);
        panic!(
            "{message}\n--- screen ({:?}) ---\n{}\n--- last output bytes ---\n{}\n",
            self.screen().size(),
            self.rows().join("\n"),
            String::from_utf8_lossy(&self.raw[tail_start..]).escape_debug(),
        );
    }

    fn kill(&mut self) {
        if self.status.is_some() {
            return;
        }
        if let Ok(None) = self.child.try_wait() {
            // SAFETY: kill(2) with our own child's pid.
            unsafe {
                libc::kill(self.pid(), libc::SIGKILL);
            }
        }
        self.status = self.child.wait().ok();
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        self.kill();
    }
}

/// What one read of the terminal found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pumped {
    Data,
    Nothing,
    Closed,
}

/// A test's own directory and database path.
pub struct Fixture {
    _dir: tempfile::TempDir,
    pub db: PathBuf,
}

impl Fixture {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("pomost.db");
        Self { _dir: dir, db }
    }

    /// Starts the TUI on this fixture's database.
    pub fn spawn(&self) -> Spawn {
        Spawn::new(&self.db)
    }

    /// Runs `pomost init --db` (no terminal involved), checking it succeeds.
    pub fn init(&self) {
        let out = std::process::Command::new(binary())
            .arg("--lang")
            .arg("en")
            .arg("init")
            .arg("--db")
            .arg(&self.db)
            .env_remove("POMOST_DB")
            .env_remove("POMOST_LANG")
            .stdin(std::process::Stdio::null())
            .output()
            .expect("run pomost init");
        assert!(
            out.status.success(),
            "pomost init failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// The screen text with all runs of white space (including line breaks)
/// collapsed to one space: wrapped sentences read whole.
pub fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The last position of `needle` in `haystack`.
pub fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

/// Every position of `needle` in `haystack`.
pub fn find_all(haystack: &[u8], needle: &[u8]) -> Vec<usize> {
    haystack
        .windows(needle.len())
        .enumerate()
        .filter(|(_, w)| *w == needle)
        .map(|(i, _)| i)
        .collect()
}

/// The `shown/total` counter after `title` (e.g. `Usługi 4/31`), if on screen.
pub fn list_count(text: &str, title: &str) -> Option<(usize, usize)> {
    fn number(s: &str) -> Option<(usize, &str)> {
        let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
        Some((s[..end].parse().ok()?, &s[end..]))
    }
    text.match_indices(title).find_map(|(at, _)| {
        let rest = text[at + title.len()..].strip_prefix(' ')?;
        let (shown, rest) = number(rest)?;
        let (total, _) = number(rest.strip_prefix('/')?)?;
        Some((shown, total))
    })
}

/// The name on the selected row of the result list (after the `›` marker).
pub fn selected_row(rows: &[String]) -> Option<String> {
    rows.iter().find_map(|row| {
        let (_, rest) = row.split_once("│› ")?;
        let name = rest.split('│').next()?;
        Some(name.trim_end().to_owned())
    })
}

/// In an open consultation form (focus on its first field): types the client
/// code and ticks the crisis topic in the topic picker, leaving the form open
/// on the topics field.
#[allow(dead_code)]
pub fn fill_client_and_crisis_topic(s: &mut Session, client: &str) {
    s.send("\t");
    s.send(client);
    s.wait_for("the client code", |s| s.text().contains(client));
    s.send("\t");
    s.send("\r");
    s.wait_for("the topic picker", |s| {
        s.text().contains("Crisis intervention")
    });
    for c in "crisis".chars() {
        s.send(c.to_string());
    }
    s.wait_for("the picker narrowed to one topic", |s| {
        s.text().contains("crisis") && !s.text().contains("Legal advice")
    });
    // Tab ticks (a space would be a letter of the filter).
    s.send("\t");
    s.send("\r");
    s.wait_for("the topic in the form", |s| {
        s.text().contains("New consultation") && s.text().contains("Crisis intervention")
    });
}
