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
//! 3. the same file imported again: every service updated;
//! 4. the same directory as the tabular package (a folder of CSV files, with
//!    `datapackage.json`, written by the bench) into another new database.
//!
//! Each run's own summary is checked (so a run that imported nothing is not
//! a fast run), and the database must hold every service afterwards.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use pomost::model::Reference;
use serde_json::{Map, Value};

mod common;
use common::generate::{SEED, generate};
use common::{machine, verdict};

/// The size the issue asks about.
const DEFAULT_SERVICES: usize = 100_000;
/// "A 100 000-service HSDS file imports in under a minute."
const TARGET_S: f64 = 60.0;

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

/// Writes the generated directory as HSDS JSON to `file`, and as the
/// tabular package into the folder `package`; the JSON's size in bytes.
fn write_file(file: &Path, package: &Path, size: usize) -> usize {
    let reference: Reference = pomost::seed::reference().expect("shipped reference lists");
    let services = generate(&reference, size);
    let json = pomost::hsds::to_json(&services, &reference);
    std::fs::write(file, &json).expect("write the HSDS file");
    drop(json);
    let values: Vec<Value> = services
        .iter()
        .map(|s| pomost::hsds::hsds_value(s, &reference))
        .collect();
    write_package(&values, package);
    std::fs::metadata(file).map_or(0, |m| m.len() as usize)
}

/// The tabular package of HSDS service objects: one CSV file per kind of
/// object, linked by `service_id`, `location_id`, `link_id`, and a
/// `datapackage.json`. (Pomost has no tabular export; translations, an
/// extension, have no table and are left out.)
fn write_package(services: &[Value], dir: &Path) {
    type Row = Map<String, Value>;
    let scalars = |v: &Value| -> Row {
        v.as_object()
            .into_iter()
            .flatten()
            .filter(|(_, v)| !v.is_object() && !v.is_array() && !v.is_null())
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    };
    let linked = |v: &Value, key: &str, id: &Value| -> Row {
        let mut row = scalars(v);
        row.insert(key.to_owned(), id.clone());
        row
    };
    let mut tables: BTreeMap<&str, Vec<Row>> = BTreeMap::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut once = |table: &'static str, v: &Value, tables: &mut BTreeMap<&str, Vec<Row>>| {
        let id = v["id"].as_str().unwrap_or_default();
        if seen.insert(format!("{table}/{id}")) {
            tables.entry(table).or_default().push(scalars(v));
        }
    };
    let items = |v: &Value, key: &str| v[key].as_array().cloned().unwrap_or_default();
    for s in services {
        let sid = &s["id"];
        tables.entry("services").or_default().push(scalars(s));
        if s["organization"].is_object() {
            once("organizations", &s["organization"], &mut tables);
        }
        for (key, table) in [
            ("phones", "phones"),
            ("schedules", "schedules"),
            ("service_areas", "service_areas"),
            ("languages", "languages"),
            ("cost_options", "cost_options"),
        ] {
            for item in items(s, key) {
                tables
                    .entry(table)
                    .or_default()
                    .push(linked(&item, "service_id", sid));
            }
        }
        for a in items(s, "attributes") {
            tables
                .entry("attributes")
                .or_default()
                .push(linked(&a, "link_id", sid));
            if a["taxonomy_term"].is_object() {
                once("taxonomy_terms", &a["taxonomy_term"], &mut tables);
            }
        }
        for sal in items(s, "service_at_locations") {
            let location = &sal["location"];
            let mut row = linked(&sal, "service_id", sid);
            row.insert("location_id".into(), location["id"].clone());
            tables.entry("service_at_location").or_default().push(row);
            tables
                .entry("locations")
                .or_default()
                .push(scalars(location));
            for a in items(location, "addresses") {
                tables.entry("addresses").or_default().push(linked(
                    &a,
                    "location_id",
                    &location["id"],
                ));
            }
        }
    }
    std::fs::create_dir_all(dir).expect("the package's folder");
    for (table, rows) in &tables {
        let columns: BTreeSet<&String> = rows.iter().flat_map(|r| r.keys()).collect();
        let mut out = csv::Writer::from_path(dir.join(format!("{table}.csv"))).expect("a CSV file");
        out.write_record(columns.iter().map(|c| c.as_str()))
            .expect("write a header");
        for row in rows {
            out.write_record(columns.iter().map(|c| match row.get(*c) {
                None => String::new(),
                Some(Value::String(s)) => s.clone(),
                Some(v) => v.to_string(),
            }))
            .expect("write a row");
        }
        out.flush().expect("write the CSV file");
    }
    let resources: Vec<Value> = tables
        .keys()
        .map(|t| serde_json::json!({"name": t, "path": format!("{t}.csv")}))
        .collect();
    let datapackage = serde_json::json!({"name": "pomost-bench", "resources": resources});
    std::fs::write(dir.join("datapackage.json"), datapackage.to_string())
        .expect("write datapackage.json");
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
        let package = file.with_extension("package");
        let bytes = write_file(&file, &package, size);
        println!("{bytes}");
        return;
    }
    let started = Instant::now();
    let dir = tempfile::tempdir().expect("a folder for the bench files");
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

    let summary = |run: &Run| {
        run.stdout
            .lines()
            .find(|l| l.starts_with("Imported ") || l.contains("unchanged"))
            .unwrap_or("")
            .to_owned()
    };
    let db = dir.path().join("bench.db");
    pomost(&db, &["init", "--empty"]);
    let first = pomost(&db, &["services", "import", file_arg]);
    assert_eq!(count(&db), size, "every service is in the database");
    let dry = pomost(&db, &["services", "import", "--dry-run", file_arg]);
    assert!(
        summary(&dry).contains(&format!("unchanged: {size} services")),
        "--dry-run finds the file as the database holds it: {}",
        dry.stdout
    );
    let again = pomost(&db, &["services", "import", file_arg]);
    assert_eq!(count(&db), size, "the second import added nothing");

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
    let _ = std::fs::remove_file(&db);

    // The same directory as the tabular package (a folder of CSV files).
    let package = file.with_extension("package");
    let package_arg = package.to_str().expect("a UTF-8 temporary path");
    let tabular_db = dir.path().join("tabular.db");
    pomost(&tabular_db, &["init", "--empty"]);
    let tabular = pomost(&tabular_db, &["services", "import", package_arg]);
    assert_eq!(count(&tabular_db), size, "every service of the package");
    println!(
        "  {:<52} {:>9.1} {:>10.0}  {}",
        "the tabular package (CSV folder), new database",
        tabular.seconds,
        tabular.peak_mb,
        summary(&tabular)
    );

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
