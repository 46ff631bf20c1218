//! The command line, run as a user would: the real binary on real files.

use std::fs;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

mod common;
use common::hsds::assert_hsds_service;
use common::{pomost, stderr, stdout};

/// The services of `services search --json` (beside them: the reading).
fn found_services(out: &std::process::Output) -> Vec<Value> {
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    v["services"].as_array().expect("services").clone()
}

fn init(dir: &Path, empty: bool) -> std::path::PathBuf {
    let db = dir.join("pomost.db");
    let args: &[&str] = if empty {
        &["init", "--empty"]
    } else {
        &["init"]
    };
    let out = pomost(&db, args);
    assert!(out.status.success(), "{}", stderr(&out));
    db
}

#[test]
fn init_creates_and_then_leaves_an_existing_database_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path(), false);
    let again = pomost(&db, &["init"]);
    assert!(again.status.success());
    assert!(
        stdout(&again).contains("already exists"),
        "{}",
        stdout(&again)
    );
}

#[test]
fn search_json_ranks_like_the_screen_and_filters_by_topic() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path(), false);
    let out = Command::new(env!("CARGO_BIN_EXE_pomost"))
        .args(["--lang", "pl", "--db"])
        .arg(&db)
        .args(["services", "search", "jezyk", "--json"])
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = found_services(&out);
    assert_eq!(rows[0]["name"], "Kursy języka polskiego");
    let scores: Vec<i64> = rows
        .iter()
        .map(|r| r["score"].as_i64().expect("score"))
        .collect();
    assert!(
        scores.windows(2).all(|w| w[0] >= w[1]),
        "best first: {scores:?}"
    );

    // A query with a decomposed ę (e + U+0328) ranks exactly the same.
    let decomposed = Command::new(env!("CARGO_BIN_EXE_pomost"))
        .args(["--lang", "pl", "--db"])
        .arg(&db)
        .args(["services", "search", "je\u{328}zyk", "--json"])
        .output()
        .expect("run");
    assert!(decomposed.status.success(), "{}", stderr(&decomposed));
    let same = found_services(&decomposed);
    assert_eq!(same, rows);

    let legal = pomost(
        &db,
        &["services", "search", "", "--topic", "legal", "--json"],
    );
    let rows = found_services(&legal);
    assert!(!rows.is_empty());
    for r in &rows {
        let topics = r["topics"].as_array().expect("topics");
        assert!(topics.contains(&Value::from("legal")), "{r}");
    }
}

#[test]
fn unknown_codes_are_usage_errors_with_one_clear_message() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path(), false);
    for (args, needle) in [
        (
            &["services", "search", "x", "--topic", "nope"][..],
            "unknown topic code \"nope\"",
        ),
        (
            &["services", "search", "x", "--lang", "xx"][..],
            "unknown language code \"xx\"",
        ),
        (
            &["services", "search", "x", "--county", "Kraków"][..],
            "unknown county \"Kraków\"",
        ),
    ] {
        let out = pomost(&db, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stdout(&out).is_empty(), "nothing on stdout for {args:?}");
        assert!(stderr(&out).contains(needle), "{}", stderr(&out));
    }
    // The list of valid topic codes is offered.
    let out = pomost(&db, &["services", "search", "x", "--topic", "nope"]);
    assert!(stderr(&out).contains("legalisation"));
}

#[test]
fn county_filter_accepts_a_name_without_diacritics() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path(), false);
    let out = pomost(
        &db,
        &["services", "search", "", "--county", "gdansk", "--json"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = found_services(&out);
    assert!(!rows.is_empty());
    for r in &rows {
        let counties = r["counties"].as_array().expect("counties");
        assert!(
            counties.contains(&Value::from("Gdańsk"))
                || counties.contains(&Value::from("pomorskie")),
            "{r}"
        );
    }
}

#[test]
fn json_export_is_hsds_shaped_and_round_trips_through_an_empty_database() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path(), false);
    let first = pomost(&db, &["services", "export"]);
    assert!(first.status.success(), "{}", stderr(&first));
    let services: Vec<Value> = serde_json::from_slice(&first.stdout).expect("json");
    assert!(services.len() > 20);
    services.iter().for_each(assert_hsds_service);

    let file = dir.path().join("export.json");
    fs::write(&file, &first.stdout).expect("write");
    let empty_dir = tempfile::tempdir().expect("tempdir");
    let empty = init(empty_dir.path(), true);
    let imported = pomost(
        &empty,
        &["services", "import", file.to_str().expect("path")],
    );
    assert!(imported.status.success(), "{}", stderr(&imported));
    assert!(stdout(&imported).contains(&format!(
        "Imported {} services: {} added, 0 updated.",
        services.len(),
        services.len()
    )));
    let second = pomost(&empty, &["services", "export"]);
    assert_eq!(stdout(&first), stdout(&second));
}

#[test]
fn csv_export_has_a_header_and_one_row_per_service() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path(), false);
    let json = pomost(&db, &["services", "export"]);
    let count = serde_json::from_slice::<Vec<Value>>(&json.stdout)
        .expect("json")
        .len();
    let args = ["--lang", "en", "services", "export", "--format", "csv"];
    let out = pomost(&db, &args);
    assert!(out.status.success());
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let header = reader.headers().expect("header").clone();
    assert_eq!(&header[0], "ID");
    assert!(header.iter().any(|h| h == "Name") && header.iter().any(|h| h == "Topics"));
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), count);
    assert!(rows.iter().all(|r| r.len() == header.len()));
}

#[test]
fn an_invalid_import_changes_nothing_and_names_record_and_field() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path(), false);
    let before = stdout(&pomost(&db, &["services", "export"]));
    let mut services: Vec<Value> = serde_json::from_str(&before).expect("json");
    services[0]["name"] = Value::from("Zmieniona nazwa");
    services[4]["email"] = Value::from("not an address");
    let file = dir.path().join("bad.json");
    fs::write(&file, serde_json::to_string(&services).expect("json")).expect("write");
    let out = pomost(&db, &["services", "import", file.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("Nothing was imported"), "{err}");
    assert!(
        err.contains("record 5") && err.contains("field email"),
        "{err}"
    );
    assert_eq!(
        stdout(&pomost(&db, &["services", "export"])),
        before,
        "database unchanged"
    );

    fs::write(&file, "[\n  {\"id\": 1,\n  }\n").expect("write");
    let out = pomost(&db, &["services", "import", file.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("line 3, column 3"),
        "{}",
        stderr(&out)
    );

    let missing = pomost(&db, &["services", "import", "/nonexistent/file.json"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("Cannot read /nonexistent/file.json"));
}

#[test]
fn a_valid_import_updates_by_id() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path(), false);
    let mut services: Vec<Value> =
        serde_json::from_slice(&pomost(&db, &["services", "export"]).stdout).expect("json");
    services.truncate(1);
    services[0]["name"] = Value::from("Nowa nazwa usługi");
    let file = dir.path().join("one.json");
    fs::write(&file, serde_json::to_string(&services).expect("json")).expect("write");
    let out = pomost(&db, &["services", "import", file.to_str().expect("path")]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("0 added, 1 updated"));
    let found = pomost(&db, &["services", "search", "nowa nazwa", "--json"]);
    let rows = found_services(&found);
    // Found by the new Polish name (the English screen shows the translation).
    assert_eq!(rows[0]["id"], services[0]["id"]);
}

#[test]
fn a_file_that_is_not_a_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("notes.db");
    fs::write(&path, "to nie jest baza danych\n").expect("write");
    let out = pomost(&path, &["services", "search", "x"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("is not a Pomost database"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "one sentence: {err}");
    assert_eq!(
        fs::read_to_string(&path).expect("read"),
        "to nie jest baza danych\n"
    );
}

#[test]
fn every_command_has_help() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("x.db");
    for args in [
        &["--help"][..],
        &["init", "--help"],
        &["services", "--help"],
        &["services", "search", "--help"],
        &["services", "export", "--help"],
        &["services", "import", "--help"],
        &["topics", "words", "--help"],
    ] {
        let out = pomost(&db, args);
        assert!(out.status.success(), "{args:?}");
        assert!(stdout(&out).contains("Usage"), "{args:?}");
    }
    assert!(!db.exists(), "help does not create a database");
}

/// Ukrainian is chosen by `--lang uk` (or `ua`), by `POMOST_LANG`, and by a
/// `uk_*` locale, and it reaches the command line's messages and reports.
#[test]
fn ukrainian_from_the_flag_the_variable_or_the_locale() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("missing.db");
    let no_database = "За шляхом";
    let with_env = |vars: &[(&str, &str)]| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_pomost"));
        command.arg("--db").arg(&missing).arg("report");
        for name in ["POMOST_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            command.env_remove(name);
        }
        command.envs(vars.iter().copied());
        stderr(&command.output().expect("run pomost"))
    };
    assert!(with_env(&[("POMOST_LANG", "uk")]).contains(no_database));
    assert!(with_env(&[("POMOST_LANG", "ua"), ("LANG", "pl_PL.UTF-8")]).contains(no_database));
    assert!(with_env(&[("LANG", "uk_UA.UTF-8")]).contains(no_database));
    assert!(with_env(&[("LC_MESSAGES", "uk_UA"), ("LANG", "en_GB")]).contains(no_database));
    assert!(with_env(&[("LANG", "pl_PL.UTF-8")]).contains("Nie ma bazy"));
    for flag in ["uk", "ua"] {
        let out = pomost(&missing, &["--lang", flag, "report"]);
        assert!(stderr(&out).contains(no_database), "{flag}");
    }
    let db = init(dir.path(), false);
    let out = pomost(&db, &["--lang", "uk", "timetable", "--week", "2022-W48"]);
    let text = stdout(&out);
    assert!(
        text.starts_with("Тиждень 2022-W48 · 28.11.2022 – 04.12.2022"),
        "{text}"
    );
    assert!(text.contains("четвер 01.12.2022"), "{text}");
}

/// Runs `services search QUERY --json` in Polish and returns the whole answer.
fn search_json(db: &Path, query: &str) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_pomost"))
        .args(["--lang", "pl", "--db"])
        .arg(db)
        .args(["services", "search", query, "--json"])
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).expect("json")
}

#[test]
fn search_reads_a_place_and_need_words_and_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path(), false);
    for query in [
        "legal slupsk",
        "porady prawne słupsk",
        "prawnik w Słupsku",
        "adwokat Słupsk",
    ] {
        let answer = search_json(&db, query);
        assert_eq!(answer["reading"]["place"]["county"], "Słupsk", "{query}");
        assert!(
            answer["reading"]["topics"]
                .as_array()
                .expect("topics")
                .contains(&Value::from("legal")),
            "{query}: {}",
            answer["reading"]
        );
        let rows = answer["services"].as_array().expect("services");
        assert!(
            rows.iter().any(|r| r["name"] == "Poradnictwo prawne"),
            "{query}: {rows:?}"
        );
        for r in rows {
            let counties = r["counties"].as_array().expect("counties");
            assert!(
                ["Słupsk", "słupski", "pomorskie"]
                    .iter()
                    .any(|c| counties.contains(&Value::from(*c))),
                "{query}: {r}"
            );
        }
    }
    // The table says how the query was read, in the interface language.
    let out = Command::new(env!("CARGO_BIN_EXE_pomost"))
        .args(["--lang", "en", "--db"])
        .arg(&db)
        .args(["services", "search", "юрист у Гдині"])
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("Read as: place: Gdynia · topic: Legal advice\n"),
        "{}",
        stdout(&out)
    );
    // Plain words: nothing read, no line.
    let out = pomost(&db, &["services", "search", "kursy"]);
    assert!(!stdout(&out).contains("Read as"), "{}", stdout(&out));
}

#[test]
fn a_words_file_beside_the_database_extends_the_need_words() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path(), false);
    let answer = search_json(&db, "mecenas");
    assert!(answer["services"].as_array().expect("services").is_empty());
    fs::write(
        dir.path().join("words.tsv"),
        "# our words\nlegal\tpl\tmecenas, mecenasa\nlegal pl zły wiersz\nnope\tpl\tcoś\n",
    )
    .expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_pomost"))
        .args(["--lang", "pl", "--db"])
        .arg(&db)
        .args(["services", "search", "mecenasa", "--json"])
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", stderr(&out));
    let answer: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(answer["reading"]["topics"], serde_json::json!(["legal"]));
    let rows = answer["services"].as_array().expect("services");
    assert!(rows.iter().any(|r| r["name"] == "Poradnictwo prawne"));
    // One sentence for each bad line, naming the file and the line.
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(lines[0].contains("words.tsv line 3:"), "{err}");
    assert!(
        lines[1].contains("words.tsv line 4: unknown topic code \"nope\""),
        "{err}"
    );
    // `topics words` lists them with the shipped ones, and --check fails.
    let out = pomost(&db, &["topics", "words", "legal"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let listed = stdout(&out);
    assert!(
        listed.contains("mecenasa") && listed.contains("prawnik"),
        "{listed}"
    );
    assert!(!listed.contains("employment"), "{listed}");
    assert_eq!(stderr(&out).lines().count(), 2, "{}", stderr(&out));
    let out = pomost(&db, &["topics", "words", "--check"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}
