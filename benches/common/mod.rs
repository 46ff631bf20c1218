//! Measuring helpers shared by the benchmarks: timings in milliseconds,
//! percentiles, aligned tables, the machine's description.
// Each benchmark uses a part of them.
#![allow(dead_code)]

pub mod generate;

use std::time::{Duration, Instant};

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

///
/// With `POMOST_BENCH_CPU=1` it is the CPU time of the whole process instead
/// (every thread's): for comparing two versions on a busy machine, where the
/// wall clock measures the other work too.
pub fn timed<R>(f: impl FnOnce() -> R) -> (f64, R) {
    if std::env::var_os("POMOST_BENCH_CPU").is_some_and(|v| v == "1") {
        let before = process_cpu_ms();
        let r = f();
        return (process_cpu_ms() - before, r);
    }
    let start = Instant::now();
    let r = f();
    (ms(start.elapsed()), r)
}

/// The CPU time the process has used, in milliseconds.
fn process_cpu_ms() -> f64 {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid timespec for the call to fill in.
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut t) };
    t.tv_sec as f64 * 1e3 + t.tv_nsec as f64 / 1e6
}

/// Samples in milliseconds.
#[derive(Default, Clone)]
pub struct Samples(pub Vec<f64>);

impl Samples {
    pub fn push(&mut self, v: f64) {
        self.0.push(v);
    }

    pub fn extend(&mut self, other: &Samples) {
        self.0.extend_from_slice(&other.0);
    }

    /// Nearest-rank percentile.
    pub fn pct(&self, p: f64) -> f64 {
        let mut v = self.0.clone();
        v.sort_by(f64::total_cmp);
        if v.is_empty() {
            return f64::NAN;
        }
        let rank = ((p / 100.0) * v.len() as f64).ceil() as usize;
        v[rank.clamp(1, v.len()) - 1]
    }

    pub fn max(&self) -> f64 {
        self.0.iter().copied().fold(f64::NAN, f64::max)
    }
}

/// Runs `f` once to warm up, then up to `n` times within about `budget_ms`
/// (at least 3 times).
pub fn measure<R>(n: usize, budget_ms: f64, mut f: impl FnMut() -> R) -> (Samples, R) {
    let mut last = f();
    let mut s = Samples::default();
    let started = Instant::now();
    while s.0.len() < n && (s.0.len() < 3 || ms(started.elapsed()) < budget_ms) {
        let (t, r) = timed(&mut f);
        s.push(t);
        last = r;
    }
    (s, last)
}

pub struct Table;

impl Table {
    pub fn header(title: &str) {
        println!();
        println!("{title}");
        println!(
            "  {:<56} {:>5} {:>9} {:>9} {:>9}",
            "measurement", "n", "p50 ms", "p95 ms", "max ms"
        );
    }

    pub fn row(name: &str, s: &Samples) {
        Self::row_with(name, s, "");
    }

    pub fn row_with(name: &str, s: &Samples, extra: &str) {
        println!(
            "  {:<56} {:>5} {:>9.3} {:>9.3} {:>9.3}  {extra}",
            name,
            s.0.len(),
            s.pct(50.0),
            s.pct(95.0),
            s.max()
        );
    }
}

pub fn machine() -> String {
    let threads = std::thread::available_parallelism().map_or(0, |n| n.get());
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    format!("{threads} threads, {model}")
}

pub fn verdict(ok: bool) -> &'static str {
    if ok { "PASS" } else { "FAIL" }
}
