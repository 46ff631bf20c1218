//! Consultation log benchmark over 1 000 000 generated consultations.
//!
//! Run with `cargo bench --bench consultations`. A plain `main` (no harness):
//! the figures are percentiles of many single measurements, because what the
//! counselor feels is the slow searches and saves, not the mean.
//!
//! `cargo bench --bench consultations -- --detail` adds the query plans of the
//! SQL that `Store::consultations` builds and the timing of other query shapes.
//!
//! The database is generated once, deterministically (a fixed seed, one small
//! SplitMix64 generator per row), and cached in
//! `target/bench-data/consultations-1m.db`; it is generated again when missing,
//! when the generator changes, or when the schema this build creates differs
//! from the one it was generated with. Generation bulk-loads: the indexes are
//! dropped and made again after the rows, and the full-text index is filled in
//! a second pass, with the same folded text `Store::add_consultation` writes.
//! Saves are measured on a copy of the file, so the cached file stays exactly
//! as generated.
//!
//! The dates run over five years up to the day of generation; "today" in the
//! measurements is the newest day in the data (the generation day), so a cached
//! file from an earlier day still lists a full day on the first page.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use chrono::{Days, NaiveDate, NaiveDateTime, TimeZone};
use chrono_tz::Europe::Warsaw;
use pomost::clock::Clock;
use pomost::consultation::{AgeBand, Channel, Gender, NewConsultation, OUTSIDE_POMORSKIE};
use pomost::hsds::derived_id;
use pomost::i18n::{COUNTRY_CODES, LANGUAGE_CODES, Lang};
use pomost::report::Breakdown;
use pomost::store::{ConsultationQuery, SCHEMA_VERSION, Store, fts_query, load_consultation_row};
use pomost::text::fold;
use pomost::tui::action::Action;
use pomost::tui::app::App;
use pomost::tui::consultations::PAGE;
use pomost::tui::loader;
use pomost::tui::theme::Theme;
use pomost::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use rusqlite::{Connection, OpenFlags, params};
use uuid::Uuid;

mod common;
use common::{Samples, Table, machine, measure, ms, timed, verdict};

/// How many consultations the database holds.
const ROWS: i64 = 1_000_000;
/// About this many distinct clients (some codes never come up, a few collide).
const CLIENTS: u64 = 300_000;
/// Staff members (Unix users).
const STAFF: usize = 300;
/// Five years of days, up to and including the day of generation.
const DAYS: i64 = 5 * 365 + 1;
/// The generator's seed: change it and every figure refers to other data.
const SEED: u64 = 0x5EED_C045_2024_0001;
/// Bump when the generated data changes, so a cached file is made again.
const GENERATOR: u32 = 2;
/// The cached database, under the target directory.
const DB_NAME: &str = "consultations-1m.db";

/// Targets from the issue.
const TARGET_SEARCH_MS: f64 = 20.0;
const TARGET_PAGE_MS: f64 = 10.0;
const TARGET_START_MS: f64 = 50.0;
const TARGET_SAVE_MS: f64 = 100.0;
const TARGET_RSS_MB: f64 = 50.0;
const TARGET_REPORT_MS: f64 = 1000.0;

// ---------------------------------------------------------------------------
// Deterministic generator
// ---------------------------------------------------------------------------

/// SplitMix64: tiny, fast, good enough to pick words.
struct Rng(u64);

impl Rng {
    /// The generator of one row (or one other stream), independent of the others.
    fn stream(n: u64) -> Self {
        let mut r = Rng(SEED ^ n.wrapping_mul(0xD6E8_FEB8_6659_FD93));
        r.next_u64();
        r
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// Uniform in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// True with `permille` ‰ probability.
    fn permille(&mut self, permille: u64) -> bool {
        self.next_u64() % 1000 < permille
    }

    /// An index in `0..n`, the first ones much more often (roughly Zipf).
    fn skewed(&mut self, n: usize, power: f64) -> usize {
        ((self.unit().powf(power) * n as f64) as usize).min(n - 1)
    }

    /// An index by weight.
    fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u32 = weights.iter().sum();
        let mut x = (self.next_u64() % u64::from(total)) as u32;
        for (i, w) in weights.iter().enumerate() {
            if x < *w {
                return i;
            }
            x -= w;
        }
        weights.len() - 1
    }
}

/// SplitMix64's finaliser, for codes derived from a number.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The code of client number `n`: `K-` and six characters from the alphabet
/// `new_client_code` uses.
fn client_code(n: u64) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut z = mix(n ^ SEED);
    let mut code = String::from("K-");
    for _ in 0..6 {
        code.push(ALPHABET[(z % ALPHABET.len() as u64) as usize] as char);
        z /= ALPHABET.len() as u64;
    }
    code
}

// ---------------------------------------------------------------------------
// Word lists
// ---------------------------------------------------------------------------

/// Words of consultation notes, most frequent first.
const NOTE_WORDS: &[&str] = &[
    "pomoc",
    "wniosek",
    "klient",
    "klientka",
    "karta",
    "pobytu",
    "praca",
    "dokumenty",
    "urząd",
    "wojewódzki",
    "termin",
    "wizyta",
    "zezwolenie",
    "umowa",
    "pracodawca",
    "rodzina",
    "dzieci",
    "mieszkanie",
    "decyzja",
    "złożyć",
    "brakuje",
    "zaświadczenie",
    "paszport",
    "odwołanie",
    "ponownie",
    "przyjdzie",
    "przyniesie",
    "zadzwonić",
    "umówić",
    "porada",
    "konsultacja",
    "tłumaczenie",
    "tłumacz",
    "przedłużenie",
    "wiza",
    "szkoła",
    "przedszkole",
    "lekarz",
    "przychodnia",
    "ubezpieczenie",
    "zdrowotne",
    "zasiłek",
    "świadczenie",
    "wynagrodzenie",
    "wypłata",
    "zaległe",
    "nadgodziny",
    "najem",
    "właściciel",
    "kaucja",
    "meldunek",
    "zameldowanie",
    "PESEL",
    "ZUS",
    "podatek",
    "skarga",
    "inspekcja",
    "sąd",
    "prawnik",
    "spotkanie",
    "telefon",
    "pilne",
    "jutro",
    "tydzień",
    "miesiąc",
    "wrócić",
    "złożył",
    "złożyła",
    "uzupełnić",
    "stały",
    "czasowy",
    "rezydent",
    "długoterminowy",
    "obywatelstwo",
    "małżonek",
    "żona",
    "mąż",
    "córka",
    "syn",
    "ciąża",
    "szczepienie",
    "psycholog",
    "stres",
    "przemoc",
    "bezdomność",
    "schronisko",
    "żywność",
    "paczka",
    "odzież",
    "ogrzewanie",
    "rachunki",
    "dług",
    "komornik",
    "bank",
    "konto",
    "Gdańsk",
    "Gdynia",
    "Sopot",
    "Ukraina",
    "Białoruś",
    "Gruzja",
    "wojna",
    "ochrona",
    "międzynarodowa",
    "status",
    "uchodźcy",
    "Straż",
    "Graniczna",
    "odciski",
    "biometria",
    "opłata",
    "skarbowa",
    "pełnomocnictwo",
    "odbiór",
    "odmowa",
    "uzasadnienie",
    "niepełnosprawność",
    "orzeczenie",
    "rehabilitacja",
    "emerytura",
    "renta",
    "kurs",
    "język",
    "polskiego",
    "egzamin",
    "certyfikat",
    "nostryfikacja",
    "dyplom",
    "świadectwo",
    "żłobek",
];

/// Words that occur in about one note in 2 500 each.
const RARE_WORDS: &[&str] = &[
    "ekstradycja",
    "apostille",
    "współmałżonek",
    "ubezwłasnowolnienie",
    "repatriacja",
];

/// How often each topic (in taxonomy order) is chosen.
const TOPIC_WEIGHTS: &[u32] = &[
    400, 120, 150, 90, 60, 80, 90, 70, 60, 40, 20, 15, 15, 10, 5, 10, 10, 10,
];

const FIRST_NAMES: &[&str] = &[
    "anna",
    "maria",
    "katarzyna",
    "magdalena",
    "agnieszka",
    "joanna",
    "ewa",
    "olena",
    "iryna",
    "natalia",
    "piotr",
    "tomasz",
    "pawel",
    "michal",
    "krzysztof",
    "andrii",
    "jakub",
    "marta",
    "zofia",
    "oksana",
];

const SURNAMES: &[&str] = &[
    "nowak",
    "kowalska",
    "wisniewska",
    "wojcik",
    "kowalczyk",
    "kaminska",
    "lewandowski",
    "zielinski",
    "szymanska",
    "wozniak",
    "dabrowski",
    "kozlowska",
    "jankowski",
    "mazur",
    "kwiatkowska",
    "krawczyk",
    "piotrowski",
    "grabowska",
    "shevchenko",
    "kovalenko",
];

// ---------------------------------------------------------------------------
// Generated rows
// ---------------------------------------------------------------------------

/// What a generated consultation is drawn from.
struct Ctx {
    /// The first day of the five years.
    first_day: NaiveDate,
    /// The last day (the day of generation).
    today: NaiveDate,
    /// Topic code, Polish label, English label, in taxonomy order.
    topics: Vec<(String, String, String)>,
    /// County names.
    counties: Vec<String>,
    /// Service ids (for referrals).
    services: Vec<String>,
    /// Staff logins.
    staff: Vec<String>,
}

impl Ctx {
    fn new(store: &Store, today: NaiveDate) -> Self {
        let topics = store
            .topics()
            .expect("topics")
            .into_iter()
            .map(|t| (t.code, t.pl, t.en))
            .collect::<Vec<_>>();
        assert_eq!(topics.len(), TOPIC_WEIGHTS.len(), "one weight per topic");
        let counties = store
            .counties()
            .expect("counties")
            .into_iter()
            .map(|c| c.name)
            .collect();
        let services = {
            let mut stmt = store
                .conn()
                .prepare("SELECT id FROM service ORDER BY id")
                .expect("services");
            stmt.query_map([], |r| r.get(0))
                .expect("services")
                .collect::<rusqlite::Result<Vec<String>>>()
                .expect("services")
        };
        let staff = FIRST_NAMES
            .iter()
            .flat_map(|f| SURNAMES.iter().map(move |s| format!("{f}.{s}")))
            .take(STAFF)
            .collect();
        Self {
            first_day: today - Days::new((DAYS - 1) as u64),
            today,
            topics,
            counties,
            services,
            staff,
        }
    }
}

/// One generated consultation.
struct Gen {
    at: NaiveDateTime,
    staff: usize,
    client: String,
    /// Indices into `Ctx::topics`, ascending (taxonomy order).
    topics: Vec<usize>,
    referral: Option<usize>,
    country: Option<&'static str>,
    language: Option<&'static str>,
    county: Option<String>,
    gender: Gender,
    age_band: AgeBand,
    channel: Channel,
    minutes: Option<u32>,
    follow_up: Option<NaiveDate>,
    follow_up_done: bool,
    notes: String,
}

/// The first row of day `d` (rows are spread evenly over the days, in time order).
fn first_row_of_day(d: i64) -> i64 {
    (d * ROWS + DAYS - 1) / DAYS
}

/// Consultation number `i` (0-based; its row id is `i + 1`). Rows grow with
/// time, like rows logged at the desk.
fn gen_row(i: i64, ctx: &Ctx) -> Gen {
    let mut rng = Rng::stream(i as u64);
    let day = i * DAYS / ROWS;
    let first = first_row_of_day(day);
    let count = first_row_of_day(day + 1) - first;
    let minute = 8 * 60 + (i - first) * 600 / count.max(1);
    let date = ctx.first_day + Days::new(day as u64);
    let at = date
        .and_hms_opt((minute / 60) as u32, (minute % 60) as u32, 0)
        .expect("a time of day");

    // Clients arrive over time; most visits are by someone seen recently.
    let newest = (i as u64 * CLIENTS) / ROWS as u64;
    let client = if rng.permille(300) {
        newest
    } else {
        newest.saturating_sub(rng.skewed(30_000, 2.0) as u64)
    };

    let mut topics = vec![rng.weighted(TOPIC_WEIGHTS)];
    let extra = rng.weighted(&[60, 30, 10]);
    for _ in 0..extra {
        let t = rng.weighted(TOPIC_WEIGHTS);
        if !topics.contains(&t) {
            topics.push(t);
        }
    }
    topics.sort_unstable();

    let referral =
        (rng.permille(120) && !ctx.services.is_empty()).then(|| rng.below(ctx.services.len()));
    let country = (!rng.permille(50)).then(|| {
        let i = match rng.weighted(&[45, 10, 6, 4, 35]) {
            k @ 0..=3 => k,
            _ => rng.skewed(COUNTRY_CODES.len(), 2.0),
        };
        COUNTRY_CODES[i]
    });
    let language =
        (!rng.permille(30)).then(|| LANGUAGE_CODES[rng.skewed(LANGUAGE_CODES.len(), 3.0)]);
    let county = match rng.weighted(&[40, 15, 5, 30, 5, 5]) {
        0 => Some(ctx.counties[0].clone()),
        1 => Some(ctx.counties[1].clone()),
        2 => Some(ctx.counties[3].clone()),
        3 => Some(ctx.counties[rng.below(ctx.counties.len())].clone()),
        4 => Some(OUTSIDE_POMORSKIE.to_owned()),
        _ => None,
    };
    let gender = Gender::ALL[rng.weighted(&[50, 42, 2, 6])];
    let age_band = AgeBand::ALL[rng.weighted(&[5, 30, 35, 20, 5, 5])];
    let channel = Channel::ALL[rng.weighted(&[70, 20, 10])];
    let minutes = (!rng.permille(100)).then(|| 5 * rng.range(1, 18) as u32);

    let (follow_up, follow_up_done) = if rng.permille(100) {
        let due = date + Days::new(rng.range(3, 30) as u64);
        let long_ago = due + Days::new(14) < ctx.today;
        (Some(due), long_ago && rng.permille(970))
    } else {
        (None, false)
    };

    let notes = if rng.permille(300) {
        let n = rng.range(5, 30);
        let mut words: Vec<&str> = (0..n)
            .map(|_| NOTE_WORDS[rng.skewed(NOTE_WORDS.len(), 2.5)])
            .collect();
        if rng.permille(2) {
            let at = rng.below(words.len());
            words[at] = RARE_WORDS[rng.below(RARE_WORDS.len())];
        }
        let mut s = words.join(" ");
        if let Some(c) = s.get(..1) {
            let upper = c.to_uppercase();
            s.replace_range(..1, &upper);
        }
        s.push('.');
        s
    } else {
        String::new()
    };

    Gen {
        at,
        staff: rng.below(ctx.staff.len()),
        client: client_code(client),
        topics,
        referral,
        country,
        language,
        county,
        gender,
        age_band,
        channel,
        minutes,
        follow_up,
        follow_up_done,
        notes,
    }
}

/// The full-text body exactly as `write_parts` in src/store/consultations.rs
/// makes it: notes, client code, then each topic's Polish and English label.
fn fts_body(g: &Gen, ctx: &Ctx) -> String {
    let labels: Vec<&str> = g
        .topics
        .iter()
        .flat_map(|&t| [ctx.topics[t].1.as_str(), ctx.topics[t].2.as_str()])
        .collect();
    fold(&format!("{} {} {}", g.notes, g.client, labels.join(" ")))
}

/// RFC 3339 UTC (seconds), like the store's `now_utc`, for a Warsaw wall-clock time.
fn utc_of(at: NaiveDateTime) -> String {
    let utc = Warsaw
        .from_local_datetime(&at)
        .earliest()
        .map_or(at, |t| t.naive_utc());
    utc.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

// ---------------------------------------------------------------------------
// The cached database
// ---------------------------------------------------------------------------

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"))
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut p = path.to_owned().into_os_string();
    p.push(suffix);
    PathBuf::from(p)
}

fn remove_db(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(with_suffix(path, suffix));
    }
}

/// The schema this build creates: `user_version` and every schema entry's SQL.
fn schema_of(conn: &Connection) -> String {
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .expect("user_version");
    let mut stmt = conn
        .prepare(
            "SELECT type, name, coalesce(sql, '') FROM sqlite_schema
             WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name",
        )
        .expect("schema");
    let rows = stmt
        .query_map([], |r| {
            Ok(format!(
                "{} {}: {}",
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?
            ))
        })
        .expect("schema")
        .collect::<rusqlite::Result<Vec<_>>>()
        .expect("schema");
    format!("user_version {version}\n{}", rows.join("\n"))
}

fn fresh_schema(dir: &Path) -> String {
    let path = dir.join(format!("schema-{}.db", std::process::id()));
    remove_db(&path);
    let schema = {
        let (store, _) = Store::open(&path).expect("a new database");
        schema_of(store.conn())
    };
    remove_db(&path);
    schema
}

/// What the `.meta` file beside the database records.
fn meta_text(schema: &str, today: NaiveDate) -> String {
    format!("generator {GENERATOR}\nrows {ROWS}\ntoday {today}\n{schema}\n")
}

/// Why the cached file cannot be used, if it cannot.
fn stale_reason(db: &Path, schema: &str) -> Option<String> {
    if !db.exists() {
        return Some("no cached database".to_owned());
    }
    let Ok(meta) = std::fs::read_to_string(with_suffix(db, ".meta")) else {
        return Some("no .meta beside the cached database".to_owned());
    };
    let Some(today) = meta
        .lines()
        .find_map(|l| l.strip_prefix("today "))
        .and_then(|d| d.parse::<NaiveDate>().ok())
    else {
        return Some("unreadable .meta".to_owned());
    };
    if meta != meta_text(schema, today) {
        return Some("generated by another generator or for another schema".to_owned());
    }
    let conn = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY).ok()?;
    if schema_of(&conn) != schema {
        return Some(format!(
            "its schema differs from this build's (version {SCHEMA_VERSION})"
        ));
    }
    let newest: Option<i64> = conn
        .query_row("SELECT max(id) FROM consultation", [], |r| r.get(0))
        .ok()?;
    if newest != Some(ROWS) {
        return Some("its rows were changed".to_owned());
    }
    None
}

/// Makes the database: schema and reference lists through the store, then the
/// rows in one transaction without the secondary indexes, the indexes, the
/// full-text index in a second pass, ANALYZE. Written to a temporary name and
/// renamed when complete.
fn generate(db: &Path, schema: &str) -> f64 {
    let started = Instant::now();
    let tmp = with_suffix(db, ".tmp");
    remove_db(&tmp);
    let today = Clock::system().warsaw_now().date();
    let (mut store, _) = Store::open(&tmp).expect("a new database");
    pomost::seed::seed(&mut store, "bench", true).expect("seed the reference lists");
    let ctx = Ctx::new(&store, today);
    let conn = store.conn();
    conn.pragma_update(None, "foreign_keys", false)
        .expect("foreign_keys");
    let mode: String = conn
        .pragma_update_and_check(None, "journal_mode", "off", |r| r.get(0))
        .expect("journal_mode");
    assert_eq!(mode, "off");
    conn.pragma_update(None, "synchronous", "off")
        .expect("synchronous");
    conn.pragma_update(None, "cache_size", -512 * 1024)
        .expect("cache_size");
    conn.pragma_update(None, "temp_store", "memory")
        .expect("temp_store");

    // The secondary indexes are made again after the rows (their SQL as the
    // migration wrote it, so the schema stays the same).
    let indexes: Vec<(String, String)> = {
        let mut stmt = conn
            .prepare(
                "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL
                 AND tbl_name IN ('consultation', 'consultation_topic', 'consultation_referral')",
            )
            .expect("indexes");
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("indexes")
            .collect::<rusqlite::Result<_>>()
            .expect("indexes")
    };
    for (name, _) in &indexes {
        conn.execute_batch(&format!("DROP INDEX \"{name}\""))
            .expect("drop index");
    }

    let t_rows = Instant::now();
    let tx = conn.unchecked_transaction().expect("begin");
    {
        let mut topic = tx
            .prepare("INSERT INTO consultation_topic (consultation_id, topic_code) VALUES (?1, ?2)")
            .expect("prepare");
        let mut referral = tx
            .prepare(
                "INSERT INTO consultation_referral (consultation_id, service_id) VALUES (?1, ?2)",
            )
            .expect("prepare");
        for i in 0..ROWS {
            let g = gen_row(i, &ctx);
            let id = i + 1;
            let created = utc_of(g.at + chrono::Duration::minutes(i % 5));
            let row = NewConsultation {
                at: g.at,
                client: g.client.clone(),
                topics: Vec::new(),
                referrals: Vec::new(),
                country: g.country.map(str::to_owned),
                language: g.language.map(str::to_owned),
                interpreter: None,
                county: g.county.clone(),
                gender: g.gender,
                age_band: g.age_band,
                channel: g.channel,
                minutes: g.minutes,
                follow_up: g.follow_up,
                notes: g.notes.clone(),
            };
            // The row through the store's own column list.
            load_consultation_row(
                &tx,
                id,
                derived_id(&format!("c{i}")),
                &ctx.staff[g.staff],
                &row,
                g.follow_up_done,
                &created,
            )
            .expect("insert a consultation");
            for &t in &g.topics {
                topic
                    .execute(params![id, ctx.topics[t].0])
                    .expect("insert a topic");
            }
            if let Some(s) = g.referral {
                referral
                    .execute(params![id, ctx.services[s]])
                    .expect("insert a referral");
            }
        }
    }
    let rows_s = t_rows.elapsed().as_secs_f64();
    let t_index = Instant::now();
    for (_, sql) in &indexes {
        tx.execute_batch(sql).expect("create index");
    }
    let index_s = t_index.elapsed().as_secs_f64();
    tx.commit().expect("commit the rows");

    let t_fts = Instant::now();
    let tx = conn.unchecked_transaction().expect("begin");
    {
        let mut fts = tx
            .prepare("INSERT INTO consultation_fts (rowid, body) VALUES (?1, ?2)")
            .expect("prepare");
        for i in 0..ROWS {
            let g = gen_row(i, &ctx);
            fts.execute(params![i + 1, fts_body(&g, &ctx)])
                .expect("insert a full-text entry");
        }
    }
    // The word list the store keeps beside the index (what write_parts and
    // migration 4 fill), taken from the index's own vocabulary.
    tx.execute_batch(
        "CREATE VIRTUAL TABLE temp.consultation_vocab USING fts5vocab (main, consultation_fts, row);
         INSERT OR IGNORE INTO consultation_term (term) SELECT term FROM temp.consultation_vocab;
         DROP TABLE temp.consultation_vocab;",
    )
    .expect("fill the word list");
    tx.commit().expect("commit the full-text index");
    let fts_s = t_fts.elapsed().as_secs_f64();

    let t_analyze = Instant::now();
    conn.execute_batch("ANALYZE").expect("analyze");
    let analyze_s = t_analyze.elapsed().as_secs_f64();
    let violations: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .expect("foreign_key_check");
    assert_eq!(violations, 0, "the generated rows keep the foreign keys");
    let mode: String = conn
        .pragma_update_and_check(None, "journal_mode", "wal", |r| r.get(0))
        .expect("journal_mode");
    assert_eq!(mode, "wal");
    drop(store);
    remove_db(db);
    std::fs::rename(&tmp, db).expect("move the generated database in place");
    std::fs::write(with_suffix(db, ".meta"), meta_text(schema, today)).expect("write the .meta");
    let total = started.elapsed().as_secs_f64();
    println!(
        "generated {ROWS} consultations in {total:.1} s (rows + topics {rows_s:.1} s, \
         indexes {index_s:.1} s, full-text index {fts_s:.1} s, ANALYZE {analyze_s:.1} s)"
    );
    total
}

// ---------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------

fn open(path: &Path) -> Store {
    Store::open(path).expect("open the database").0
}

/// The full-text matches of a query (the size of the set the store filters).
fn match_count(store: &Store, text: &str) -> i64 {
    store
        .conn()
        .query_row(
            "SELECT count(*) FROM consultation_fts WHERE consultation_fts MATCH ?1",
            [fts_query(text)],
            |r| r.get(0),
        )
        .expect("count matches")
}

fn text_query(text: &str, limit: usize) -> ConsultationQuery {
    ConsultationQuery {
        text: Some(text.to_owned()),
        limit,
        ..ConsultationQuery::default()
    }
}

fn day_query(day: NaiveDate, text: Option<&str>) -> ConsultationQuery {
    ConsultationQuery {
        from: Some(day),
        to: Some(day),
        text: text.map(str::to_owned),
        limit: PAGE,
        ..ConsultationQuery::default()
    }
}

/// A consultation as the form would save it (Warsaw now, a known client or a
/// new one, 1–3 topics, notes of 5–30 words).
fn new_consultation(rng: &mut Rng, ctx_topics: &[String], services: &[Uuid]) -> NewConsultation {
    let client = if rng.permille(500) {
        client_code(rng.below(CLIENTS as usize) as u64)
    } else {
        pomost::consultation::new_client_code()
    };
    let mut topics: Vec<usize> = (0..rng.range(1, 3))
        .map(|_| rng.weighted(TOPIC_WEIGHTS))
        .collect();
    topics.sort_unstable();
    topics.dedup();
    let notes: Vec<&str> = (0..rng.range(5, 30))
        .map(|_| NOTE_WORDS[rng.skewed(NOTE_WORDS.len(), 2.5)])
        .collect();
    NewConsultation {
        at: Clock::system().warsaw_now(),
        client,
        topics: topics.iter().map(|&t| ctx_topics[t].clone()).collect(),
        referrals: if rng.permille(200) && !services.is_empty() {
            vec![services[rng.below(services.len())]]
        } else {
            Vec::new()
        },
        country: Some("UA".to_owned()),
        language: Some("uk".to_owned()),
        interpreter: None,
        county: Some("Gdańsk".to_owned()),
        gender: Gender::Female,
        age_band: AgeBand::From30,
        channel: Channel::InPerson,
        minutes: Some(20),
        follow_up: None,
        notes: notes.join(" "),
    }
}

/// A copy of the database for the saves, written through to the disk first
/// (otherwise the first checkpoint's fsync would flush the whole copy). The
/// cached file itself is never written to: saves leave small full-text
/// segments behind that every later search would read.
fn copy_for_saves(db: &Path) -> PathBuf {
    let copy = with_suffix(db, ".saves");
    remove_db(&copy);
    std::fs::copy(db, &copy).expect("copy the database");
    std::fs::File::open(&copy)
        .and_then(|f| f.sync_all())
        .expect("sync the copy");
    copy
}

/// Saves `n` consultations one by one, `pause` apart.
fn save_series(
    store: &mut Store,
    rng: &mut Rng,
    n: usize,
    pause: Duration,
    topics: &[String],
    services: &[Uuid],
) -> Samples {
    let mut saves = Samples::default();
    for _ in 0..n {
        let c = new_consultation(rng, topics, services);
        let (t, saved) = timed(|| store.add_consultation(&c, "bench").expect("save"));
        black_box(saved.id);
        saves.push(t);
        if !pause.is_zero() {
            std::thread::sleep(pause);
        }
    }
    saves
}

/// What another connection (another `pomost`) did meanwhile.
struct Neighbour {
    checkpoints: Samples,
    writes: Samples,
}

/// Saves `n` consultations `pause` apart while another connection, in rounds
/// 100 ms apart, saves `writes` consultations and runs
/// `PRAGMA wal_checkpoint(mode)`.
#[allow(clippy::too_many_arguments)]
fn saves_beside(
    store: &mut Store,
    path: &Path,
    mode: &str,
    writes: usize,
    n: usize,
    pause: Duration,
    topics: &[String],
    services: &[Uuid],
) -> (Samples, Neighbour) {
    let stop = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let neighbour = scope.spawn(|| {
            let mut other = Store::open_existing(path).expect("a second connection");
            let mut rng = Rng::stream(u64::MAX - 1);
            let mut done = Neighbour {
                checkpoints: Samples::default(),
                writes: Samples::default(),
            };
            let pragma = format!("PRAGMA wal_checkpoint({mode})");
            while !stop.load(Ordering::Relaxed) {
                for _ in 0..writes {
                    let c = new_consultation(&mut rng, topics, services);
                    let (t, _) = timed(|| other.add_consultation(&c, "other").expect("save"));
                    done.writes.push(t);
                }
                let (t, ()) = timed(|| {
                    other
                        .conn()
                        .query_row(&pragma, [], |_| Ok(()))
                        .expect("checkpoint");
                });
                done.checkpoints.push(t);
                std::thread::sleep(Duration::from_millis(100));
            }
            done
        });
        let mut rng = Rng::stream(u64::MAX - 2);
        let saves = save_series(store, &mut rng, n, pause, topics, services);
        stop.store(true, Ordering::Relaxed);
        (saves, neighbour.join().expect("the other connection"))
    })
}

// ---------------------------------------------------------------------------
// The resident-memory child
// ---------------------------------------------------------------------------

/// `VmRSS` and `VmHWM` of this process, in kB.
fn memory() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// What the TUI does at start, in a process of its own: open (with the
/// reference check `pomost` does), the loading frame, the loader on a thread
/// with its own connection, the Consultations screen's first page with the
/// follow-up count and the client's earlier visits, a frame of it; then a few
/// searches typed on that screen. Prints `key value` lines for the parent.
fn rss_child(path: &Path, day: NaiveDate) {
    let (rss, hwm) = memory();
    println!("before {rss} {hwm}");
    let lang = Lang::Pl;
    let store =
        pomost::access::open_seeded(path, lang, Clock::system()).expect("open the database");
    let rx = loader::spawn(path.to_owned(), "bench".to_owned(), lang, Clock::system());
    let mut app = App::loading(lang, Theme::colored(), Clock::system());
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("test terminal");
    terminal
        .draw(|f| ui::draw(f, &mut app))
        .expect("draw the loading frame");
    let loaded = rx.recv().expect("the loader answers");
    app.set_loaded(loaded);
    app.update(Action::Show(pomost::tui::screen::Screen::Consultations));
    let refresh = |app: &mut App, store: &Store, q: &ConsultationQuery| {
        let rows = store.consultations(q).expect("first page");
        let due = store.follow_up_count(day).expect("follow-ups");
        app.consultations.set_rows(rows);
        app.consultations.due = due;
        let earlier = app.consultations.selected().map(|c| {
            store
                .consultations(&ConsultationQuery {
                    client: Some(c.client.clone()),
                    limit: 50,
                    ..ConsultationQuery::default()
                })
                .expect("earlier visits")
        });
        app.consultations.set_earlier(earlier.unwrap_or_default());
    };
    refresh(&mut app, &store, &day_query(day, None));
    terminal
        .draw(|f| ui::draw(f, &mut app))
        .expect("draw the Consultations screen");
    let (rss, hwm) = memory();
    println!("started {rss} {hwm}");
    for text in ["pomoc", "zdrowie", "odwolanie", "karta pobytu", "k"] {
        refresh(&mut app, &store, &day_query(day, Some(text)));
        let mut q = day_query(day, Some(text));
        q.from = None;
        q.to = None;
        refresh(&mut app, &store, &q);
        terminal
            .draw(|f| ui::draw(f, &mut app))
            .expect("draw the search results");
    }
    let (rss, hwm) = memory();
    println!("searched {rss} {hwm}");
}

// ---------------------------------------------------------------------------
// Where the time goes (`-- --detail`)
// ---------------------------------------------------------------------------

use pomost::store::CONSULTATION_COLUMNS as COLUMNS;

/// The SQL `Store::consultations` runs for a day and/or text, with its named
/// arguments, as the store builds it.
fn store_sql(
    store: &Store,
    day: Option<NaiveDate>,
    text: Option<&str>,
    limit: usize,
) -> (String, Vec<(String, String)>) {
    let query = ConsultationQuery {
        from: day,
        to: day,
        text: text.map(str::to_owned),
        limit,
        ..ConsultationQuery::default()
    };
    let (sql, args) = store.consultations_sql(&query).expect("the store's SQL");
    (
        sql,
        args.into_iter().map(|(n, v)| (n.to_owned(), v)).collect(),
    )
}

/// Positional arguments (`?1`, `?2` …) named, as SQLite names them.
fn pos(args: &[String]) -> Vec<(String, String)> {
    args.iter()
        .enumerate()
        .map(|(i, v)| (format!("?{}", i + 1), v.clone()))
        .collect()
}

/// The arguments as rusqlite binds them by name.
fn bound(args: &[(String, String)]) -> Vec<(&str, &dyn rusqlite::ToSql)> {
    args.iter()
        .map(|(n, v)| (n.as_str(), v as &dyn rusqlite::ToSql))
        .collect()
}

fn plan(conn: &Connection, sql: &str, args: &[(String, String)]) -> Vec<String> {
    let mut stmt = conn
        .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
        .expect("explain");
    stmt.query_map(bound(args).as_slice(), |r| r.get::<_, String>(3))
        .expect("explain")
        .collect::<rusqlite::Result<_>>()
        .expect("explain")
}

/// Times a raw query (all rows read), median of a few runs, and the row count.
fn raw(conn: &Connection, sql: &str, args: &[(String, String)]) -> (Samples, usize) {
    let (s, n) = measure(5, 1500.0, || {
        let mut stmt = conn.prepare(sql).expect("prepare");
        let mut rows = stmt.query(bound(args).as_slice()).expect("query");
        let mut n = 0;
        while let Some(r) = rows.next().expect("row") {
            black_box(r.get_ref(0).expect("column"));
            n += 1;
        }
        n
    });
    (s, n)
}

fn detail(store: &Store, day: NaiveDate, texts: &[(&str, String)]) {
    let conn = store.conn();
    println!();
    println!(
        "Query plans of the SQL Store::consultations builds (Store::consultations_sql; with ANALYZE stats)"
    );
    let cases: Vec<(String, Option<NaiveDate>, Option<String>, usize)> = vec![
        (
            "text, all dates, LIMIT 50".to_owned(),
            None,
            Some("pomoc".to_owned()),
            50,
        ),
        (
            "text + today, LIMIT 200 (the screen)".to_owned(),
            Some(day),
            Some("pomoc".to_owned()),
            PAGE,
        ),
        (
            "today, LIMIT 200 (first page)".to_owned(),
            Some(day),
            None,
            PAGE,
        ),
        ("all dates, LIMIT 200".to_owned(), None, None, PAGE),
    ];
    for (label, d, t, limit) in &cases {
        let (sql, args) = store_sql(store, *d, t.as_deref(), *limit);
        println!("  {label}:");
        for line in plan(conn, &sql, &args) {
            println!("    {line}");
        }
    }
    for (label, sql) in [
        (
            "follow_up_count",
            "SELECT count(*) FROM consultation WHERE follow_up IS NOT NULL AND follow_up_done = 0 AND follow_up <= ?1",
        ),
        (
            "earlier visits (client, LIMIT 50)",
            "SELECT c.id FROM consultation c WHERE 1 = 1 AND c.client_code = ?1 ORDER BY c.at DESC, c.id DESC LIMIT 50",
        ),
    ] {
        println!("  {label}:");
        for line in plan(conn, sql, &pos(&[day.to_string()])) {
            println!("    {line}");
        }
    }

    println!();
    println!("Full-text query shapes, all rows read (newest 50, all dates)");
    println!(
        "  {:<22} {:>9} {:>9} {:>9} {:>9} {:>9}",
        "query", "matches", "count(*)", "store SQL", "fts only", "fts JOIN"
    );
    for (_, text) in texts {
        let q = fts_query(text);
        let args = pos(std::slice::from_ref(&q));
        let (count, _) = raw(
            conn,
            "SELECT count(*) FROM consultation_fts WHERE consultation_fts MATCH ?1",
            &args,
        );
        let matches = match_count(store, text);
        let (sql, sargs) = store_sql(store, None, Some(text), 50);
        let (store_s, _) = raw(conn, &sql, &sargs);
        let (fts_s, _) = raw(
            conn,
            "SELECT rowid FROM consultation_fts WHERE consultation_fts MATCH ?1 ORDER BY rowid DESC LIMIT 50",
            &args,
        );
        let (join_s, _) = raw(
            conn,
            &format!(
                "SELECT {COLUMNS} FROM consultation_fts f JOIN consultation c ON c.id = f.rowid
                 WHERE consultation_fts MATCH ?1 ORDER BY f.rowid DESC LIMIT 50"
            ),
            &args,
        );
        println!(
            "  {:<22} {:>9} {:>9.2} {:>9.2} {:>9.2} {:>9.2}   ({q})",
            format!("{text:?}"),
            matches,
            count.pct(50.0),
            store_s.pct(50.0),
            fts_s.pct(50.0),
            join_s.pct(50.0),
        );
    }
    let args = pos(&[fts_query("pomoc")]);
    println!(
        "  plan of the fts JOIN shape: {}",
        plan(
            conn,
            &format!(
                "SELECT {COLUMNS} FROM consultation_fts f JOIN consultation c ON c.id = f.rowid
                 WHERE consultation_fts MATCH ?1 ORDER BY f.rowid DESC LIMIT 50"
            ),
            &args,
        )
        .join(" | ")
    );
    println!("  (median ms of up to 5 runs; \"fts only\" = rowids ORDER BY rowid DESC LIMIT 50)");

    // Text on today's list: the store's IN (all matches) against a join that
    // lets FTS5 walk newest first inside the day's row-id window.
    let window = format!(
        "SELECT {COLUMNS} FROM consultation_fts f JOIN consultation c ON c.id = f.rowid
         WHERE consultation_fts MATCH ?1 AND c.at >= ?2 AND c.at < ?3
           AND f.rowid >= (SELECT min(id) FROM consultation WHERE at >= ?2 AND at < ?3)
           AND f.rowid <= (SELECT max(id) FROM consultation WHERE at >= ?2 AND at < ?3)
         ORDER BY f.rowid DESC LIMIT {PAGE}"
    );
    println!();
    println!(
        "Text on today's list (LIMIT {PAGE}), all rows read: store SQL / join in the day's row-id window"
    );
    for text in [
        "o",
        "od",
        "odwol",
        "pomoc",
        "karta pobytu",
        texts[11].1.as_str(),
    ] {
        let (sql, args) = store_sql(store, Some(day), Some(text), PAGE);
        let (store_s, n) = raw(conn, &sql, &args);
        let wargs = vec![
            fts_query(text),
            day.to_string(),
            (day + Days::new(1)).to_string(),
        ];
        let (window_s, wn) = raw(conn, &window, &pos(&wargs));
        println!(
            "  {:<22} {:>9.2} ms {:>4} rows   {:>9.2} ms {:>4} rows",
            format!("{text:?}"),
            store_s.pct(50.0),
            n,
            window_s.pct(50.0),
            wn
        );
    }
    let wargs = vec![
        fts_query("pomoc"),
        day.to_string(),
        (day + Days::new(1)).to_string(),
    ];
    println!(
        "  plan of the window join: {}",
        plan(conn, &window, &pos(&wargs)).join(" | ")
    );

    // Where the first page's time goes.
    println!();
    println!("First page (today, LIMIT {PAGE}): where the time goes");
    let q = day_query(day, None);
    let (whole, rows) = measure(30, 1500.0, || store.consultations(&q).expect("page"));
    Table::row("  Store::consultations(today)", &whole);
    let (in_tx, _) = measure(30, 1500.0, || {
        conn.execute_batch("BEGIN").expect("begin");
        let n = store.consultations(&q).expect("page").len();
        conn.execute_batch("COMMIT").expect("commit");
        n
    });
    Table::row(
        "  the same inside one read transaction (BEGIN … COMMIT)",
        &in_tx,
    );
    let (sql, args) = store_sql(store, Some(day), None, PAGE);
    let (main_s, _) = raw(conn, &sql, &args);
    Table::row("  its SQL alone (no topics, no referrals)", &main_s);
    let ids: Vec<i64> = rows.iter().map(|c| c.id).collect();
    let (per_row, _) = measure(30, 1500.0, || {
        let mut n = 0;
        for id in &ids {
            let mut t = conn
                .prepare_cached(
                    "SELECT ct.topic_code FROM consultation_topic ct JOIN topic t ON t.code = ct.topic_code
                     WHERE ct.consultation_id = ?1 ORDER BY t.position",
                )
                .expect("topics");
            n += t
                .query_map([id], |r| r.get::<_, String>(0))
                .expect("topics")
                .count();
            let mut r = conn
                .prepare_cached(
                    "SELECT service_id FROM consultation_referral WHERE consultation_id = ?1 ORDER BY service_id",
                )
                .expect("referrals");
            n += r
                .query_map([id], |r| r.get::<_, String>(0))
                .expect("referrals")
                .count();
        }
        n
    });
    Table::row(
        "  topics + referrals, 2 queries per row (as with_parts)",
        &per_row,
    );
    let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let (batched, _) = measure(30, 1500.0, || {
        let mut n = 0;
        for sql in [
            format!(
                "SELECT ct.consultation_id, ct.topic_code FROM consultation_topic ct
                 JOIN topic t ON t.code = ct.topic_code
                 WHERE ct.consultation_id IN ({list}) ORDER BY ct.consultation_id, t.position"
            ),
            format!(
                "SELECT consultation_id, service_id FROM consultation_referral
                 WHERE consultation_id IN ({list}) ORDER BY consultation_id, service_id"
            ),
        ] {
            let mut stmt = conn.prepare(&sql).expect("batched");
            n += stmt
                .query_map([], |r| r.get::<_, String>(1))
                .expect("batched")
                .count();
        }
        n
    });
    Table::row(
        "  topics + referrals, 2 queries for the page (IN list)",
        &batched,
    );
}

// ---------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--rss-child") {
        let path = PathBuf::from(&args[at + 1]);
        let day: NaiveDate = args[at + 2].parse().expect("a day");
        rss_child(&path, day);
        return;
    }
    let detail_wanted = args.iter().any(|a| a == "--detail");
    let started = Instant::now();
    println!("pomost consultations benchmark: {ROWS} consultations (seed {SEED:#x})");
    println!("machine: {}", machine());

    // The database, generated or cached.
    let dir = target_dir().join("bench-data");
    std::fs::create_dir_all(&dir).expect("target/bench-data");
    let db = dir.join(DB_NAME);
    let schema = fresh_schema(&dir);
    match stale_reason(&db, &schema) {
        Some(why) => {
            println!("generating {} ({why})", db.display());
            generate(&db, &schema);
        }
        None => println!("using the cached {}", db.display()),
    }
    let run_started = Instant::now();

    let store = open(&db);
    let conn = store.conn();
    let count: i64 = conn
        .query_row("SELECT count(*) FROM consultation", [], |r| r.get(0))
        .expect("count");
    assert_eq!(count, ROWS, "the cached database holds the generated rows");
    let day: NaiveDate = conn
        .query_row("SELECT max(at) FROM consultation", [], |r| {
            r.get::<_, String>(0)
        })
        .expect("newest")
        .get(..10)
        .and_then(|d| d.parse().ok())
        .expect("a day");
    let (clients, on_day, with_notes, due): (i64, i64, i64, usize) = (
        conn.query_row(
            "SELECT count(*) FROM (SELECT DISTINCT client_code FROM consultation)",
            [],
            |r| r.get(0),
        )
        .expect("clients"),
        store
            .consultations(&ConsultationQuery {
                from: Some(day),
                to: Some(day),
                ..ConsultationQuery::default()
            })
            .expect("today")
            .len() as i64,
        conn.query_row(
            "SELECT count(*) FROM consultation WHERE notes <> ''",
            [],
            |r| r.get(0),
        )
        .expect("notes"),
        store.follow_up_count(day).expect("follow-ups"),
    );
    let file_mb = std::fs::metadata(&db).map_or(0.0, |m| m.len() as f64 / 1e6);
    let real_today = Clock::system().warsaw_now().date();
    println!(
        "data: {count} consultations, {clients} distinct clients, {with_notes} with notes, \
         {on_day} on {day} (\"today\" below{}), {due} follow-ups due; file {file_mb:.0} MB",
        if day == real_today {
            String::new()
        } else {
            format!("; generated on that day, the clock says {real_today}")
        }
    );

    // A client with a few visits near the end, for the client-code search.
    let client: String = conn
        .query_row(
            "SELECT client_code FROM consultation WHERE id = ?1",
            [ROWS - 2000],
            |r| r.get(0),
        )
        .expect("a client");
    let texts: Vec<(&str, String)> = vec![
        ("common word", "pomoc".to_owned()),
        ("common word", "wniosek".to_owned()),
        ("topic label (pl)", "zdrowie".to_owned()),
        ("topic label (en)", "housing".to_owned()),
        ("two words", "karta pobytu".to_owned()),
        ("no diacritics", "odwolanie".to_owned()),
        ("no diacritics", "zaswiadczenie".to_owned()),
        ("no diacritics, two", "zlozyc wniosek".to_owned()),
        ("rare word", "ekstradycja".to_owned()),
        ("rare, no diacritics", "wspolmalzonek".to_owned()),
        ("rare, no diacritics", "ubezwlasnowolnienie".to_owned()),
        ("client code", client.clone()),
        ("client code, lower", client.to_lowercase()),
        ("nothing matches", "qqqzzz".to_owned()),
    ];

    // a. Newest 50 full-text matches.
    Table::header("Full-text search: Store::consultations { text, limit: 50 } (all dates)");
    let mut search_all = Samples::default();
    let mut worst_search = (String::new(), 0.0);
    for (kind, text) in &texts {
        let (s, hits) = measure(30, 1500.0, || {
            store
                .consultations(&text_query(text, 50))
                .expect("search")
                .len()
        });
        let matches = match_count(&store, text);
        Table::row_with(
            &format!("{kind}: {text:?}"),
            &s,
            &format!("{hits} shown of {matches}"),
        );
        if s.pct(95.0) > worst_search.1 {
            worst_search = (text.clone(), s.pct(95.0));
        }
        search_all.extend(&s);
    }
    Table::row("all of the above", &search_all);

    // a'. As typed on the Consultations screen: every keystroke reads the list
    // again (text + today, 200 rows; `t` switches to all dates).
    Table::header(&format!(
        "Typing on the Consultations screen: each keystroke, limit {PAGE} (today / all dates)"
    ));
    let mut typed_today = Samples::default();
    let mut typed_all = Samples::default();
    // Each letter of a word typed without diacritics; a few steps of a code.
    let steps = [
        ("odwolanie", vec![1, 2, 3, 4, 5, 7, 9]),
        (client.as_str(), vec![1, 3, 5, client.len()]),
    ];
    for (word, ends) in &steps {
        for &end in ends {
            let prefix = &word[..end];
            let (st, hits_t) = measure(10, 400.0, || {
                store
                    .consultations(&day_query(day, Some(prefix)))
                    .expect("search")
                    .len()
            });
            let (sa, hits_a) = measure(10, 400.0, || {
                store
                    .consultations(&text_query(prefix, PAGE))
                    .expect("search")
                    .len()
            });
            Table::row_with(
                &format!("today: {prefix:?}"),
                &st,
                &format!("{hits_t} shown"),
            );
            Table::row_with(
                &format!("all dates: {prefix:?}"),
                &sa,
                &format!("{hits_a} shown"),
            );
            typed_today.extend(&st);
            typed_all.extend(&sa);
        }
    }
    Table::row("every keystroke, today", &typed_today);
    Table::row("every keystroke, all dates", &typed_all);

    // b. The screen's first page.
    Table::header(&format!(
        "Consultations screen, first page (limit {PAGE}; \"today\" = {day})"
    ));
    let (today_s, today_n) = measure(50, 3000.0, || {
        store
            .consultations(&day_query(day, None))
            .expect("today")
            .len()
    });
    let all_q = ConsultationQuery {
        limit: PAGE,
        ..ConsultationQuery::default()
    };
    let (all_s, all_n) = measure(50, 3000.0, || {
        store.consultations(&all_q).expect("all").len()
    });
    let (count_s, _) = measure(50, 2000.0, || store.follow_up_count(day).expect("count"));
    let (page_today, _) = measure(50, 3000.0, || {
        let rows = store.consultations(&day_query(day, None)).expect("today");
        (rows.len(), store.follow_up_count(day).expect("count"))
    });
    let (page_all, _) = measure(50, 3000.0, || {
        let rows = store.consultations(&all_q).expect("all");
        (rows.len(), store.follow_up_count(day).expect("count"))
    });
    let first_client = store
        .consultations(&day_query(day, None))
        .expect("today")
        .first()
        .map(|c| c.client.clone())
        .unwrap_or_default();
    let (earlier_s, earlier_n) = measure(50, 2000.0, || {
        store
            .consultations(&ConsultationQuery {
                client: Some(first_client.clone()),
                limit: 50,
                ..ConsultationQuery::default()
            })
            .expect("earlier")
            .len()
    });
    let (due_s, due_n) = measure(20, 2000.0, || store.follow_ups_due(day).expect("due").len());
    Table::row_with(
        "consultations(today only)",
        &today_s,
        &format!("{today_n} rows"),
    );
    Table::row_with("consultations(all dates)", &all_s, &format!("{all_n} rows"));
    Table::row("follow_up_count(today)", &count_s);
    Table::row("today only + follow_up_count", &page_today);
    Table::row("all dates + follow_up_count", &page_all);
    Table::row_with(
        "the first client's earlier visits (client, limit 50)",
        &earlier_s,
        &format!("{earlier_n} rows"),
    );
    Table::row_with(
        "follow_ups_due(today) (the follow-ups view)",
        &due_s,
        &format!("{due_n} rows"),
    );

    // c. Start to first frame, and the loader.
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("test terminal");
    let mut open_s = Samples::default();
    let mut loading_s = Samples::default();
    let mut draw_s = Samples::default();
    let mut first_frame_s = Samples::default();
    let mut loader_s = Samples::default();
    let mut screen_s = Samples::default();
    for _ in 0..15 {
        let start = Instant::now();
        let (t_open, other) = timed(|| {
            pomost::access::open_seeded(&db, Lang::Pl, Clock::system()).expect("open the database")
        });
        let (t_app, mut app) = timed(|| App::loading(Lang::Pl, Theme::colored(), Clock::system()));
        let (t_draw, ()) = timed(|| {
            terminal
                .draw(|f| ui::draw(f, &mut app))
                .expect("draw the first frame");
        });
        first_frame_s.push(ms(start.elapsed()));
        open_s.push(t_open);
        loading_s.push(t_app);
        draw_s.push(t_draw);

        // What the loader thread does with a connection of its own.
        let (t_load, loaded) = timed(|| {
            let s = Store::open_existing(&db).expect("open for the loader");
            loader::load(&s, "bench", Lang::Pl, Clock::system()).expect("load")
        });
        loader_s.push(t_load);
        app.set_loaded(Ok(loaded));

        // Switching to the Consultations screen: its first page, the count,
        // the earlier visits, a frame.
        let (t_screen, ()) = timed(|| {
            app.update(Action::Show(pomost::tui::screen::Screen::Consultations));
            let rows = other.consultations(&day_query(day, None)).expect("page");
            app.consultations.due = other.follow_up_count(day).expect("count");
            app.consultations.set_rows(rows);
            let earlier = app.consultations.selected().map(|c| {
                other
                    .consultations(&ConsultationQuery {
                        client: Some(c.client.clone()),
                        limit: 50,
                        ..ConsultationQuery::default()
                    })
                    .expect("earlier")
            });
            app.consultations.set_earlier(earlier.unwrap_or_default());
            terminal
                .draw(|f| ui::draw(f, &mut app))
                .expect("draw the Consultations screen");
        });
        screen_s.push(t_screen);
    }
    Table::header("Start-up with this database (page cache warm)");
    Table::row("access::open_seeded (Store::open + topics check)", &open_s);
    Table::row("App::loading", &loading_s);
    Table::row("first draw 80×24 (TestBackend)", &draw_s);
    Table::row(
        "start to first frame (open + App::loading + draw)",
        &first_frame_s,
    );
    Table::row("loader: open_existing + loader::load", &loader_s);
    Table::row(
        "Consultations tab: page + count + earlier + draw",
        &screen_s,
    );

    // d. Saves, on a copy of the database.
    store
        .conn()
        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .expect("checkpoint");
    let (copy_ms, copy) = timed(|| copy_for_saves(&db));
    let mut wstore = open(&copy);
    let topics: Vec<String> = wstore
        .topics()
        .expect("topics")
        .into_iter()
        .map(|t| t.code)
        .collect();
    let services: Vec<Uuid> = wstore
        .services()
        .expect("services")
        .into_iter()
        .map(|s| s.id)
        .collect();
    let mut rng = Rng::stream(u64::MAX);
    let saves = save_series(
        &mut wstore,
        &mut rng,
        400,
        Duration::ZERO,
        &topics,
        &services,
    );
    let slow = |s: &Samples| s.0.iter().filter(|&&t| t > 10.0 * s.pct(50.0)).count();
    // While another `pomost` writes and checkpoints: TRUNCATE (as a tool or a
    // maintenance job would) and PASSIVE (as SQLite's auto-checkpoint does).
    let (saves_trunc, trunc) = saves_beside(
        &mut wstore,
        &copy,
        "TRUNCATE",
        20,
        150,
        Duration::from_millis(10),
        &topics,
        &services,
    );
    let (saves_passive, passive) = saves_beside(
        &mut wstore,
        &copy,
        "PASSIVE",
        20,
        150,
        Duration::from_millis(10),
        &topics,
        &services,
    );
    // What the TUI does (tui::run): no auto-checkpoint on the screen's
    // connection, PASSIVE checkpoints on a thread of their own.
    wstore
        .conn()
        .pragma_update(None, "wal_autocheckpoint", 0)
        .expect("wal_autocheckpoint");
    let (saves_off, off) = saves_beside(
        &mut wstore,
        &copy,
        "PASSIVE",
        0,
        400,
        Duration::ZERO,
        &topics,
        &services,
    );
    drop(wstore);
    remove_db(&copy);
    Table::header(&format!(
        "Saving: Store::add_consultation (WAL, synchronous=NORMAL; on a copy of the file, copied in {:.1} s)",
        copy_ms / 1000.0
    ));
    Table::row_with(
        "alone, back to back",
        &saves,
        &format!("{} over 10× the median", slow(&saves)),
    );
    Table::row_with(
        "10 ms apart; another connection: 20 saves + TRUNCATE",
        &saves_trunc,
        &format!("{} over 10× the median", slow(&saves_trunc)),
    );
    Table::row("  its wal_checkpoint(TRUNCATE)", &trunc.checkpoints);
    Table::row("  its add_consultation", &trunc.writes);
    Table::row_with(
        "10 ms apart; another connection: 20 saves + PASSIVE",
        &saves_passive,
        &format!("{} over 10× the median", slow(&saves_passive)),
    );
    Table::row("  its wal_checkpoint(PASSIVE)", &passive.checkpoints);
    Table::row("  its add_consultation", &passive.writes);
    Table::row_with(
        "the TUI: wal_autocheckpoint=0, PASSIVE on a thread",
        &saves_off,
        &format!("{} over 10× the median", slow(&saves_off)),
    );
    Table::row("  the thread's wal_checkpoint(PASSIVE)", &off.checkpoints);

    // e. Resident memory of a process that starts like the TUI.
    let exe = std::env::current_exe().expect("this benchmark's path");
    let out = Command::new(exe)
        .arg("--rss-child")
        .arg(&db)
        .arg(day.to_string())
        .output()
        .expect("run the memory child");
    assert!(
        out.status.success(),
        "the memory child failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = String::from_utf8_lossy(&out.stdout).into_owned();
    let mem = |key: &str| -> (f64, f64) {
        report
            .lines()
            .find_map(|l| l.strip_prefix(key))
            .map(|v| {
                let v: Vec<f64> = v
                    .split_whitespace()
                    .filter_map(|x| x.parse().ok())
                    .collect();
                (v[0] / 1024.0, v[1] / 1024.0)
            })
            .unwrap_or((f64::NAN, f64::NAN))
    };
    let (rss0, _) = mem("before ");
    let (rss1, hwm1) = mem("started ");
    let (rss2, hwm2) = mem("searched ");
    println!();
    println!("Resident memory of a process starting like the TUI (a child process)");
    println!("  {:<56} {:>9} {:>9}", "after", "VmRSS MB", "VmHWM MB");
    println!("  {:<56} {:>9.1}", "process start (nothing done)", rss0);
    println!(
        "  {:<56} {:>9.1} {:>9.1}",
        "open + loader + first page + earlier + 2 frames", rss1, hwm1
    );
    println!(
        "  {:<56} {:>9.1} {:>9.1}",
        "then 10 searches (5 texts, today and all dates)", rss2, hwm2
    );

    // f. A year's report, as the Reports screen's thread computes it: its own
    // connection, then the counts and the totals, for each breakdown.
    let year_from = day.checked_sub_days(Days::new(364)).expect("a year back");
    Table::header(&format!(
        "Report of the year {year_from} – {day}: open + Store::report (as the screen's thread)"
    ));
    let mut reports = Samples::default();
    for by in [
        Breakdown::Topic,
        Breakdown::Country,
        Breakdown::County,
        Breakdown::Channel,
        Breakdown::Gender,
        Breakdown::Age,
        Breakdown::Staff,
    ] {
        let (s, total) = measure(5, 3000.0, || {
            let own = Store::open_existing(&db).expect("the thread's connection");
            own.report(Some(year_from), Some(day), by, day)
                .expect("report")
                .totals
                .consultations
        });
        Table::row_with(&format!("by {by:?}"), &s, &format!("{total} consultations"));
        reports.extend(&s);
    }
    // For reference: every consultation at once (no period), the heaviest case.
    let mut all_rows = Samples::default();
    for by in [Breakdown::Topic, Breakdown::Country] {
        let (s, total) = measure(3, 3000.0, || {
            let own = Store::open_existing(&db).expect("the thread's connection");
            own.report(None, None, by, day)
                .expect("report")
                .totals
                .consultations
        });
        Table::row_with(
            &format!("all dates, by {by:?}"),
            &s,
            &format!("{total} consultations"),
        );
        all_rows.extend(&s);
    }

    if detail_wanted {
        detail(&store, day, &texts);
    }
    let run_s = run_started.elapsed().as_secs_f64();

    // Verdicts.
    let s95 = search_all.pct(95.0);
    let p95 = page_today.pct(95.0).max(page_all.pct(95.0));
    let f95 = first_frame_s.pct(95.0);
    let save_max = saves_off.max().max(saves_passive.max());
    let rss_peak = hwm1.max(hwm2);
    println!();
    println!("Targets:");
    println!(
        "newest 50 full-text matches p95 {s95:.2} ms over {} queries, worst {:?} p95 {:.2} ms \
         (target ≤ {TARGET_SEARCH_MS} ms): {}",
        texts.len(),
        worst_search.0,
        worst_search.1,
        verdict(s95 <= TARGET_SEARCH_MS)
    );
    println!(
        "first page (today or all dates, + follow_up_count) p95 {p95:.2} ms \
         (target ≤ {TARGET_PAGE_MS} ms): {}",
        verdict(p95 <= TARGET_PAGE_MS)
    );
    println!(
        "start to first frame p95 {f95:.2} ms (target ≤ {TARGET_START_MS} ms): {}",
        verdict(f95 <= TARGET_START_MS)
    );
    println!(
        "save from the screen p95 {:.2} ms, max {:.2} ms; beside a neighbour's PASSIVE checkpoints \
         max {:.2} ms; worst {save_max:.2} ms (target max ≤ {TARGET_SAVE_MS} ms): {} \
         [for reference, with SQLite's auto-checkpoint as `pomost log` runs: max {:.2} ms; \
         beside a TRUNCATE checkpoint, which Pomost never runs: max {:.2} ms]",
        saves_off.pct(95.0),
        saves_off.max(),
        saves_passive.max(),
        verdict(save_max <= TARGET_SAVE_MS),
        saves.max(),
        saves_trunc.max(),
    );
    println!(
        "resident memory peak {rss_peak:.1} MB (VmRSS after start {rss1:.1} MB) \
         (target ≤ {TARGET_RSS_MB} MB): {}",
        verdict(rss_peak <= TARGET_RSS_MB)
    );
    println!(
        "a year's report p95 {:.0} ms, max {:.0} ms over seven breakdowns \
         (target ≤ {TARGET_REPORT_MS} ms, computed off the screen's thread): {}",
        reports.pct(95.0),
        reports.max(),
        verdict(reports.max() <= TARGET_REPORT_MS)
    );
    println!(
        "[for reference, all {ROWS} consultations at once: max {:.0} ms]",
        all_rows.max()
    );
    println!(
        "(run {run_s:.1} s after generation, {:.1} s in all)",
        started.elapsed().as_secs_f64()
    );
}
