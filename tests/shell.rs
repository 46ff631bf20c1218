//! At home in the shell: completion scripts with the codes options take, man
//! pages, `--version` everywhere (with the database's schema, read without
//! changing it), the environment in `--help` and the README, and clap's own
//! usage errors in the interface language, one sentence each.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

mod common;
use common::{pomost, stderr, stdout};

/// `pomost ARGS…` with no `--db` (the help and the version need none), in
/// the C locale and with a home of its own, so no personal database is read.
fn bare(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pomost"))
        .args(args)
        .env_remove("POMOST_LANG")
        .env_remove("POMOST_DB")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .output()
        .expect("run pomost")
}

fn init(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("pomost.db");
    let out = pomost(&db, &["init"]);
    assert!(out.status.success(), "{}", stderr(&out));
    db
}

#[test]
fn completion_scripts_know_the_commands_and_the_codes_options_take() {
    let dir = tempfile::tempdir().expect("tempdir");
    for shell in ["bash", "zsh", "fish"] {
        let out = bare(dir.path(), &["completions", shell]);
        assert!(out.status.success(), "{shell}: {}", stderr(&out));
        let script = stdout(&out);
        for word in [
            // Commands and formats.
            "timetable",
            "consultations",
            "completions",
            "ics",
            // Topics, channels, counties, roles, breakdowns, languages.
            "legalisation",
            "social-assistance",
            "in-person",
            "Gdańsk",
            "kartuski",
            "outside-pomorskie",
            "coordinator",
            "interpreter",
            "not-stated",
        ] {
            assert!(script.contains(word), "{shell} lacks {word}");
        }
    }
    // The bash script is valid bash.
    let file = dir.path().join("pomost.bash");
    fs::write(&file, stdout(&bare(dir.path(), &["completions", "bash"]))).expect("write");
    if let Ok(check) = Command::new("bash").arg("-n").arg(&file).output() {
        assert!(check.status.success(), "{}", stderr(&check));
    }
    // An unknown shell is a usage error.
    let out = bare(dir.path(), &["completions", "tcsh"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("\"tcsh\" is not one of bash"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_man_page_for_pomost_and_for_each_command() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = bare(dir.path(), &["man"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let page = stdout(&out);
    assert!(page.contains(".TH pomost 1"), "{page}");
    assert!(page.contains("timetable"));
    for (args, title, usage) in [
        (
            &["man", "report"][..],
            ".TH pomost-report 1",
            "pomost report",
        ),
        (
            &["man", "services", "search"][..],
            ".TH pomost-services-search 1",
            "pomost services search",
        ),
        (
            &["man", "timetable"][..],
            ".TH pomost-timetable 1",
            "\\-\\-all",
        ),
    ] {
        let out = bare(dir.path(), args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        let page = stdout(&out);
        assert!(page.contains(title), "{args:?}: {page}");
        assert!(page.contains(usage), "{args:?}: {page}");
    }
    let out = bare(dir.path(), &["man", "reports"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "pomost: \"reports\" is not a command of pomost; see pomost man --help.\n"
    );
}

#[test]
fn version_on_every_command_with_the_schema_of_the_database_read_without_change() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = init(dir.path());
    let before = fs::read(&db).expect("read");
    let version = format!("pomost {}\n", env!("CARGO_PKG_VERSION"));
    let schema = format!(
        "Database {}: schema version {} (this program's: {}).\n",
        db.display(),
        pomost::store::SCHEMA_VERSION,
        pomost::store::SCHEMA_VERSION
    );
    for args in [
        &["--version"][..],
        &["-V"][..],
        &["timetable", "--version"][..],
        &["services", "search", "-V"][..],
        // Required arguments are not asked for.
        &["staff", "add", "--version"][..],
    ] {
        let out = pomost(&db, args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert_eq!(stdout(&out), format!("{version}{schema}"), "{args:?}");
    }
    assert_eq!(
        fs::read(&db).expect("read"),
        before,
        "the database is unchanged"
    );
    // No database there: the version alone, and nothing is created.
    let missing = dir.path().join("none.db");
    let out = pomost(&missing, &["report", "--version"]);
    assert!(out.status.success());
    assert_eq!(stdout(&out), version);
    assert!(!missing.exists());
    // A file that is no database: the version alone.
    let text = dir.path().join("notes.txt");
    fs::write(&text, "not a database").expect("write");
    assert_eq!(stdout(&pomost(&text, &["-V"])), version);
    assert_eq!(fs::read_to_string(&text).expect("read"), "not a database");
}

/// Every environment variable Pomost reads.
const ENVIRONMENT: &[&str] = &[
    "POMOST_DB",
    "POMOST_LANG",
    "POMOST_NOW",
    "POMOST_BUSY_LIMIT",
    "POMOST_STALE_MONTHS",
    "NO_COLOR",
    "TERM",
    "COLORFGBG",
    "LANG",
    "LC_ALL",
    "LC_MESSAGES",
    "POMOST_SYSTEM_CONFIG",
    "XDG_DATA_HOME",
    "XDG_CONFIG_HOME",
    "HOME",
    "USER",
];

#[test]
fn every_environment_variable_is_listed_in_help_in_each_language_and_in_the_readme() {
    let dir = tempfile::tempdir().expect("tempdir");
    // The list above is the source's: each name read there is in it.
    let mut read = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(at) = stack.pop() {
        for entry in fs::read_dir(&at).expect("src").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = fs::read_to_string(&path).expect("read");
                for (i, _) in text.match_indices("env::var") {
                    let rest = &text[i..];
                    if let Some(name) = rest.split('"').nth(1) {
                        read.push(name.to_owned());
                    }
                }
            }
        }
    }
    for name in &read {
        if name.chars().all(|c| c.is_ascii_uppercase() || c == '_') {
            assert!(
                ENVIRONMENT.contains(&name.as_str()),
                "{name} is read but not listed"
            );
        }
    }
    let readme = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README");
    for (lang, heading) in [
        ("en", "Environment:"),
        ("pl", "Zmienne środowiska:"),
        ("uk", "Змінні середовища:"),
    ] {
        let out = bare(dir.path(), &["--lang", lang, "--help"]);
        assert!(out.status.success());
        let help = stdout(&out);
        assert!(help.contains(heading), "{lang}: {help}");
        for name in ENVIRONMENT {
            assert!(help.contains(name), "{lang} --help lacks {name}");
            assert!(readme.contains(&format!("`{name}`")), "README lacks {name}");
        }
    }
}

#[test]
fn help_follows_the_interface_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (lang, words) in [
        (
            "pl",
            &[
                "Użycie: pomost",
                "Polecenia:",
                "Opcje:",
                "Utwórz bazę danych",
                "Pokaż pomoc",
            ][..],
        ),
        (
            "uk",
            &[
                "Використання: pomost",
                "Команди:",
                "Параметри:",
                "Створити базу даних",
            ][..],
        ),
        (
            "en",
            &[
                "Usage: pomost",
                "Commands:",
                "Options:",
                "Create a database",
            ][..],
        ),
    ] {
        let help = stdout(&bare(dir.path(), &["--lang", lang, "--help"]));
        for word in words {
            assert!(help.contains(word), "{lang}: {word} in {help}");
        }
    }
    // POMOST_LANG as well as --lang; a subcommand's help too.
    let out = Command::new(env!("CARGO_BIN_EXE_pomost"))
        .args(["timetable", "--help"])
        .env("POMOST_LANG", "pl")
        .output()
        .expect("run");
    let help = stdout(&out);
    assert!(
        help.contains("Spotkania jednego tygodnia") && help.contains("Użycie: pomost timetable"),
        "{help}"
    );
}

#[test]
fn usage_errors_are_one_sentence_in_the_interface_language_naming_the_argument() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("never.db");
    let cases: &[(&[&str], &str)] = &[
        (
            &["--lang", "en", "timetable", "--frob"],
            "pomost: --frob is not an option of pomost timetable; see pomost timetable --help.",
        ),
        (
            &["--lang", "pl", "timetable", "--format", "xml"],
            "pomost: --format: „xml” nie jest żadną z wartości text, ics, json.",
        ),
        (
            &["--lang", "uk", "timetabel"],
            "pomost: «timetabel» не є командою pomost; див. pomost --help.",
        ),
        (
            &["--lang", "en", "timetable", "--week"],
            "pomost: --week needs a value.",
        ),
        (
            &[
                "--lang",
                "pl",
                "timetable",
                "--week",
                "2022-W01",
                "--date",
                "2022-01-01",
            ],
            "pomost: --week nie można podać razem z --date.",
        ),
        (
            &["--lang", "en", "staff", "add", "anna"],
            "pomost: --role must be given; see pomost staff add --help.",
        ),
        (
            &["--lang", "uk", "services"],
            "pomost: pomost services потребує команди; див. pomost services --help.",
        ),
        (
            &["--lang", "en", "timetable", "--from", "2026-01-01"],
            "pomost: --all must be given; see pomost timetable --help.",
        ),
    ];
    for (args, said) in cases {
        let out = pomost(&db, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert_eq!(stderr(&out).trim_end(), *said, "{args:?}");
    }
    assert!(!db.exists());
}
