//! Importing a national-scale HSDS file with the real binary: 100 000
//! generated services by default.
//!
//! Run with `cargo bench --bench import`, or `cargo bench --bench import --
//! --services 10000` for a quick run. A plain `main` (no harness): each
//! measurement is one run of `pomost --db DB services import FILE`, timed from
//! spawn to exit, with the child's peak resident memory (`ru_maxrss` from
//! `wait4`, the kernel's own high-water mark).
//!
//! The services are those of `cargo bench --bench search` (the same seed and
//! generator, `common/generate.rs`), written as one HSDS 3.0 JSON array by the
//! program's own export (`pomost::hsds::to_json`). Measured, in this order:
//!
//! 1. the import into a freshly initialised database (`pomost init --empty`):
//!    every service added;
//! 2. `--dry-run` of the same file against the filled database: every service
//!    compared, nothing written;
//! 3. the same file imported again: every service updated.
//!
//! Each run's own summary is checked (so a run that imported nothing is not
//! a fast run), and the database must hold every service afterwards.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use pomost::model::Reference;

mod common;
use common::generate::{SEED, generate};
use common::{machine, verdict};

/// The size the issue asks about.
const DEFAULT_SERVICES: usize = 100_000;
/// "A 100 000-service HSDS file imports in under a minute."
const TARGET_S: f64 = 60.0;

/// A folder under the system's temporary directory, removed at the end.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Self {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let dir = std::env::temp_dir().join(format!(
            "pomost-import-bench-{}-{nanos}",
            std::process::id()
        ));
        std::fs::create_dir_all(&dir).expect("a folder for the bench files");
        Self(dir)
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// One run of the real binary.
struct Run {
    seconds: f64,
    /// Peak resident memory, MB (10^6 bytes).
    peak_mb: f64,
    stdout: String,
}

/// `pomost --db DB ARGS…` in English, timed, with its peak resident memory;
/// panics with its error output when it fails.
fn pomost(db: &Path, args: &[&str]) -> Run {
    let start = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_pomost"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("POMOST_LANG", "en")
        .env_remove("LC_ALL")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start pomost");
    let pid = child.id() as libc::pid_t;
    // The output is read on threads so a full pipe never stalls the child.
    let mut child = child;
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let out = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut out, &mut s).map(|_| s)
    });
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut err, &mut s).map(|_| s)
    });
    let mut status = 0;
    // SAFETY: a zeroed rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `pid` is our own child, not waited for yet; both pointers
    // point to live locals. wait4 reaps it (std's Child is not used after).
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let seconds = start.elapsed().as_secs_f64();
    assert_eq!(waited, pid, "wait for pomost");
    let stdout = out.join().expect("stdout thread").unwrap_or_default();
    let stderr = err.join().expect("stderr thread").unwrap_or_default();
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "pomost {} failed:\n{stderr}",
        args.join(" ")
    );
    Run {
        seconds,
        // Linux gives ru_maxrss in kB.
        peak_mb: usage.ru_maxrss as f64 * 1024.0 / 1e6,
        stdout,
    }
}

/// This process's peak resident memory, MB (`VmHWM`).
fn own_peak_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| {
            l.strip_prefix("VmHWM:")?
                .trim()
                .strip_suffix("kB")?
                .trim()
                .parse()
                .ok()
        })
        .map_or(f64::NAN, |kb: f64| kb * 1024.0 / 1e6)
}

/// The number of services in the database, read directly.
fn count(db: &Path) -> usize {
    let conn = rusqlite::Connection::open(db).expect("open the database");
    conn.query_row("SELECT count(*) FROM service", [], |r| r.get::<_, i64>(0))
        .expect("count the services") as usize
}

/// Writes the generated directory as HSDS JSON to `file`; its size in bytes.
fn write_file(file: &Path, size: usize) -> usize {
    let reference: Reference = pomost::seed::reference().expect("shipped reference lists");
    let services = generate(&reference, size);
    let json = pomost::hsds::to_json(&services, &reference);
    std::fs::write(file, &json).expect("write the HSDS file");
    json.len()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let size = match args.iter().position(|a| a == "--services") {
        Some(at) => args
            .get(at + 1)
            .and_then(|n| n.parse().ok())
            .expect("--services takes a number"),
        None => DEFAULT_SERVICES,
    };
    // `--write FILE`: only write the file (also handy for profiling an
    // import by hand). The measuring process has it written by a copy of
    // itself: a child's peak resident memory starts from its parent's at
    // the fork, and generating takes far more than this process needs.
    if let Some(at) = args.iter().position(|a| a == "--write") {
        let file = PathBuf::from(args.get(at + 1).expect("--write takes a file"));
        let bytes = write_file(&file, size);
        println!("{bytes}");
        return;
    }
    let started = Instant::now();
    let dir = TempDir::new();
    let file = dir.path().join("services.json");
    let written = Command::new(std::env::current_exe().expect("the bench's own path"))
        .arg("--write")
        .arg(&file)
        .args(["--services", &size.to_string()])
        .output()
        .expect("run the bench to write the file");
    assert!(
        written.status.success(),
        "writing the file failed: {}",
        String::from_utf8_lossy(&written.stderr)
    );
    let file_mb = String::from_utf8_lossy(&written.stdout)
        .trim()
        .parse::<f64>()
        .unwrap_or(f64::NAN)
        / 1e6;
    let file_arg = file.to_str().expect("a UTF-8 temporary path");

    println!(
        "pomost import benchmark: {size} services (seed {SEED:#x}), one HSDS JSON array of \
         {file_mb:.0} MB, generated and written in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    println!("machine: {}", machine());
    println!("binary: {}", env!("CARGO_BIN_EXE_pomost"));

    let db = dir.path().join("bench.db");
    pomost(&db, &["init", "--empty"]);
    let first = pomost(&db, &["services", "import", file_arg]);
    assert_eq!(count(&db), size, "every service is in the database");
    let dry = pomost(&db, &["services", "import", "--dry-run", file_arg]);
    let again = pomost(&db, &["services", "import", file_arg]);
    assert_eq!(count(&db), size, "the second import added nothing");

    let summary = |run: &Run| {
        run.stdout
            .lines()
            .find(|l| l.starts_with("Imported ") || l.contains("unchanged"))
            .unwrap_or("")
            .to_owned()
    };
    assert!(
        summary(&first).contains(&format!("{size} added, 0 updated")),
        "the first import adds every service: {}",
        first.stdout
    );
    assert!(
        summary(&again).contains(&format!("0 added, {size} updated")),
        "the second import updates every service: {}",
        again.stdout
    );

    println!();
    println!("`pomost --db DB services import FILE` (the real binary, spawn to exit)");
    println!(
        "  {:<52} {:>9} {:>10}  what it said",
        "run", "wall s", "peak MB"
    );
    for (name, run) in [
        ("into a new database (every service added)", &first),
        ("--dry-run against the filled database", &dry),
        ("the same file again (every service updated)", &again),
    ] {
        println!(
            "  {:<52} {:>9.1} {:>10.0}  {}",
            name,
            run.seconds,
            run.peak_mb,
            summary(run)
        );
    }
    let db_mb = std::fs::metadata(&db).map_or(0.0, |m| m.len() as f64 / 1e6);
    println!("database file afterwards: {db_mb:.0} MB");
    println!(
        "(a child's peak cannot be below this measuring process's own, {:.0} MB)",
        own_peak_mb()
    );

    println!();
    if size == DEFAULT_SERVICES {
        let worst = first.seconds.max(again.seconds);
        println!(
            "import of {size} services, slower of the two {worst:.1} s (target < {TARGET_S} s): {}",
            verdict(worst < TARGET_S)
        );
    } else {
        println!("(the target is for {DEFAULT_SERVICES} services: run without --services)");
    }
    println!("(whole run {:.1} s)", started.elapsed().as_secs_f64());
}
