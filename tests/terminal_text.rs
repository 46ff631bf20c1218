//! Text that reaches a terminal or a log from the command line: stored names
//! holding escape sequences, C1 controls and bidirectional overrides come out
//! of every command without a control character; error messages quote short,
//! clean excerpts; and a reader that stops early (`| head`) is no error.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

mod common;
use common::{pomost, stderr, stdout};

/// A window title (OSC 0), a clear screen (CSI 2J), a C1 CSI, a right-to-left
/// override and an isolate, around the letters `ABCDE`.
const POISON: &str = "A\u{1b}]0;pwned\u{7}B\u{1b}[2JC\u{9b}31mD\u{202e}E\u{2066}";

/// What the sanitiser leaves of [`POISON`].
const CLEANED: &str = "ABCDE";

/// The first control character (or bidirectional control) in a text, if any;
/// newline is allowed, and carriage return where a format needs it
/// (iCalendar, CSV).
fn first_control(text: &str, cr_allowed: bool) -> Option<(usize, char)> {
    text.char_indices().find(|&(_, c)| {
        let allowed = c == '\n' || (cr_allowed && c == '\r');
        (c.is_control() && !allowed)
            || ('\u{80}'..='\u{9f}').contains(&c)
            || pomost::text::is_bidi_control(c)
    })
}

fn assert_clean(what: &str, text: &str, cr_allowed: bool) {
    if let Some((at, c)) = first_control(text, cr_allowed) {
        let before: String = text[..at].chars().rev().take(40).collect();
        let before: String = before.chars().rev().collect();
        panic!("{what}: {c:?} at byte {at}, after {before:?}");
    }
}

/// A database whose every kind of stored text holds [`POISON`]: a service and
/// its organisation, the user's own staff name, a topic label, a session, a
/// consultation's notes and staff member, an audit entry.
fn poisoned(dir: &Path) -> PathBuf {
    let db = dir.join("pomost.db");
    let out = pomost(&db, &["init"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = pomost(
        &db,
        &[
            "log",
            "--client",
            "K-TEST1",
            "--topic",
            "legal",
            "--at",
            "2022-11-30 10:00",
            "--note",
            "zwykła notatka",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let conn = rusqlite::Connection::open(&db).expect("open");
    let updates = [
        "UPDATE service SET name = 'Usługa ' || ?1, name_en = 'Service ' || ?1
          WHERE rowid = (SELECT min(rowid) FROM service WHERE organization_id IS NOT NULL)",
        "UPDATE organization SET name = 'Organizacja ' || ?1, name_en = 'Organisation ' || ?1
          WHERE id = (SELECT organization_id FROM service WHERE name LIKE 'Usługa %')",
        "UPDATE staff SET name = 'Pracownik ' || ?1",
        "UPDATE topic SET label_pl = 'Prawo ' || ?1, label_en = 'Law ' || ?1 WHERE code = 'legal'",
        "UPDATE session SET title = 'Spotkanie ' || ?1, title_en = 'Meeting ' || ?1, organiser = ?1",
        "UPDATE consultation SET notes = 'Notatka ' || ?1",
        "INSERT INTO consultation_topic (consultation_id, topic_code)
          SELECT id, 'legal' FROM consultation WHERE NOT EXISTS
            (SELECT 1 FROM consultation_topic WHERE consultation_id = id)",
        "UPDATE audit SET target = target || ?1",
    ];
    for sql in updates {
        let params: &[&dyn rusqlite::ToSql] = if sql.contains("?1") { &[&POISON] } else { &[] };
        let changed = conn.execute(sql, params).expect(sql);
        assert!(
            changed > 0 || sql.starts_with("INSERT"),
            "nothing changed: {sql}"
        );
    }
    // A consultation logged by a member whose user name itself is hostile
    // (only the database can hold such a name).
    conn.execute(
        "INSERT INTO consultation (uid, at, staff, client_code, gender, age_band, channel,
                                   notes, created_at, created_by, updated_at, updated_by)
         VALUES ('00000000-0000-4000-8000-000000000001', '2022-11-29 09:00', ?1, 'K-TEST2',
                 'not-stated', 'not-stated', 'phone', ?1, '2022-11-29T08:00:00Z', ?1,
                 '2022-11-29T08:00:00Z', ?1)",
        [POISON],
    )
    .expect("insert");
    db
}

/// Every command that prints stored text, in every language, leaves no
/// control character on stdout or stderr; where people read it, the visible
/// letters are all there.
#[test]
fn stored_escape_sequences_never_reach_the_terminal_from_any_command() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = poisoned(dir.path());
    // (arguments, the output is for reading and shows the poisoned text)
    let commands: &[(&[&str], bool)] = &[
        (&["services", "search"], true),
        (&["services", "search", "usługa"], true),
        (&["services", "search", "--json"], false),
        (&["services", "export"], false),
        (&["services", "export", "--format", "csv"], false),
        (&["services", "export", "--excel"], false),
        (&["report", "--by", "topic"], true),
        (&["report", "--by", "staff"], true),
        (&["report", "--by", "topic", "--format", "csv"], false),
        (&["report", "--by", "staff", "--excel"], false),
        (&["report", "--by", "staff", "--format", "json"], false),
        (&["staff", "list"], true),
        (&["staff", "list", "--json"], false),
        (&["consultations", "list"], true),
        (&["consultations", "export"], false),
        (&["consultations", "export", "--excel"], false),
        (&["consultations", "export", "--format", "json"], false),
        (&["timetable", "--week", "2022-W48"], true),
        (
            &["timetable", "--week", "2022-W48", "--format", "json"],
            false,
        ),
        (
            &["timetable", "--week", "2022-W48", "--format", "ics"],
            false,
        ),
        (&["audit"], true),
        (&["audit", "--format", "json"], false),
        (&["client", "export", "K-TEST1"], false),
    ];
    for lang in ["en", "pl", "uk"] {
        for (args, readable) in commands {
            let mut all = vec!["--lang", lang];
            all.extend_from_slice(args);
            let out = pomost(&db, &all);
            let what = all.join(" ");
            assert!(out.status.success(), "{what}: {}", stderr(&out));
            let text = stdout(&out);
            // iCalendar and CSV end their lines with CRLF.
            let crlf = args.contains(&"ics")
                || args.contains(&"csv")
                || args.contains(&"--excel")
                || args == &["consultations", "export"];
            assert_clean(&format!("{what} (stdout)"), &text, crlf);
            assert_clean(&format!("{what} (stderr)"), &stderr(&out), false);
            // Ukrainian names the shipped topics itself, by code, rather than
            // showing the (poisoned) stored label.
            let own_topic_labels = lang == "uk" && args.contains(&"topic");
            if *readable && !own_topic_labels {
                assert!(text.contains(CLEANED), "{what}: no {CLEANED} in\n{text}");
                assert!(!text.contains("pwned"), "{what}: the title payload shows");
            }
        }
    }
}

/// The data formats keep the data: JSON escapes the controls and reads back
/// the very text stored; CSV cells lose only the control sequences.
#[test]
fn json_escapes_the_controls_and_keeps_the_stored_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = poisoned(dir.path());
    let out = pomost(&db, &["services", "search", "--json"]);
    let answer: Value = serde_json::from_slice(&out.stdout).expect("json");
    let rows = answer["services"].as_array().expect("services");
    let names: Vec<&str> = rows.iter().filter_map(|r| r["name"].as_str()).collect();
    let stored = format!("Service {POISON}");
    assert!(names.contains(&stored.as_str()), "{names:?}");
    let raw = stdout(&out);
    for escape in ["\\u001b", "\\u009b", "\\u202e", "\\u2066"] {
        assert!(raw.contains(escape), "{escape} missing");
    }

    let csv = stdout(&pomost(&db, &["services", "export", "--format", "csv"]));
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let names: Vec<String> = reader
        .records()
        .map(|r| r.expect("row")[1].to_owned())
        .collect();
    assert!(
        names.iter().any(|n| n == &format!("Usługa {CLEANED}")),
        "{names:?}"
    );
}

/// `staff add --name` refuses escape codes (nothing stored) rather than
/// storing and echoing them; a right-to-left override is text and is
/// stored, but shown neutralised.
#[test]
fn staff_add_refuses_a_name_with_escape_codes_and_echoes_names_clean() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("pomost.db");
    assert!(pomost(&db, &["init", "--empty"]).status.success());
    let me = pomost::config::current_user();
    let before = stdout(&pomost(&db, &["staff", "list", "--json"]));

    let out = pomost(
        &db,
        &[
            "staff",
            "add",
            &me,
            "--role",
            "coordinator",
            "--name",
            POISON,
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_clean("staff add (stderr)", &stderr(&out), false);
    assert_clean("staff add (stdout)", &stdout(&out), false);
    assert!(stderr(&out).contains("--name"), "{}", stderr(&out));
    assert_eq!(
        stdout(&pomost(&db, &["staff", "list", "--json"])),
        before,
        "nothing stored"
    );

    let out = pomost(
        &db,
        &[
            "staff",
            "add",
            &me,
            "--role",
            "coordinator",
            "--name",
            "Ala \u{202e}atoK",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_clean("staff add (stdout)", &stdout(&out), false);
    assert!(stdout(&out).contains("Ala atoK"), "{}", stdout(&out));
    let list = stdout(&pomost(&db, &["staff", "list"]));
    assert_clean("staff list", &list, false);
    assert!(list.contains("Ala atoK"), "{list}");
}

/// Arguments quoted back in an error are cleaned and short.
#[test]
fn arguments_quoted_in_errors_are_clean_and_short() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("pomost.db");
    assert!(pomost(&db, &["init", "--empty"]).status.success());
    let long = format!("{POISON}{}", "x".repeat(5000));
    for args in [
        vec!["services", "search", "--topic", &long],
        vec!["services", "search", "--county", &long],
        vec!["consultations", "list", "--from", &long],
        vec!["report", "--to", &long],
        vec!["timetable", "--week", &long],
        vec!["audit", "--since", &long],
        vec!["consultations", "list", "--client", &long],
        vec![
            "log",
            "--topic",
            "legal",
            "--at",
            "2022-11-30 10:00",
            "--client",
            &long,
        ],
        vec!["--lang", "pl", "log", "--topic", "legal", "--county", &long],
    ] {
        let out = pomost(&db, &args);
        let what = args[..args.len() - 1].join(" ");
        assert_eq!(out.status.code(), Some(2), "{what}: {}", stderr(&out));
        let err = stderr(&out);
        assert_clean(&what, &err, false);
        assert!(err.len() < 600, "{what}: {} bytes:\n{err}", err.len());
        assert!(err.contains(CLEANED) && err.contains('…'), "{what}: {err}");
    }
}

/// An import whose values are huge or hostile is refused with one short,
/// clean line per problem: never the whole value.
#[test]
fn a_huge_or_hostile_value_in_an_import_yields_a_short_clean_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("pomost.db");
    assert!(pomost(&db, &["init"]).status.success());
    let mut services: Vec<Value> =
        serde_json::from_slice(&pomost(&db, &["services", "export"]).stdout).expect("json");
    services.truncate(3);
    let huge = format!("{POISON}{}", "y".repeat(10 << 20));
    // A huge name (so the record's label is huge) with a bad e-mail address.
    services[0]["name"] = Value::from(huge.clone());
    services[0]["email"] = Value::from(huge.clone());
    // A huge hostile value where serde's own sentence quotes it.
    services[1]["phones"] = Value::from(huge.clone());
    // A huge hostile key: the field's path holds it.
    services[2]["translations"] = serde_json::json!({ huge.clone(): { "name": 1 } });
    let file = dir.path().join("bad.json");
    fs::write(&file, serde_json::to_vec(&services).expect("json")).expect("write");

    let out = pomost(&db, &["services", "import", file.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert_clean("import", &err, false);
    assert!(err.len() < 2_000, "{} bytes:\n{err}", err.len());
    for line in err.lines() {
        assert!(line.chars().count() <= 300, "a long line: {line}");
    }
    for needed in [
        "record 1",
        "field email",
        "record 2",
        "field phones",
        "record 3",
    ] {
        assert!(err.contains(needed), "{needed} missing:\n{err}");
    }
    assert!(err.contains(CLEANED) && err.contains('…'), "{err}");
}

/// Services enough that every output below is at least twice the pipe's
/// buffer (64 KiB), and consultations of many staff members so the report by
/// staff is as long.
fn big(dir: &Path) -> PathBuf {
    let db = dir.join("pomost.db");
    assert!(pomost(&db, &["init", "--empty"]).status.success());
    let filler = "opis usługi ".repeat(40);
    // Enough rows that even the services table, whose long names are cut at
    // 60 columns, is more than a pipe holds.
    let services: Vec<Value> = (0..2500)
        .map(|i| {
            serde_json::json!({
                "id": format!("00000000-0000-4000-8000-{i:012}"),
                "name": format!(
                    "Usługa numer {i} z dość długą nazwą, by wiersz tabeli był długi \
                     i wszystko razem przekraczało bufor potoku"
                ),
                "status": "active",
                "description": filler,
            })
        })
        .collect();
    let file = dir.join("many.json");
    fs::write(&file, serde_json::to_vec(&services).expect("json")).expect("write");
    let out = pomost(&db, &["services", "import", file.to_str().expect("path")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let conn = rusqlite::Connection::open(&db).expect("open");
    conn.execute_batch(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6000)
         INSERT INTO consultation (uid, at, staff, client_code, gender, age_band, channel,
                                   notes, created_at, created_by, updated_at, updated_by)
         SELECT printf('00000000-0000-4000-9000-%012d', i), '2022-11-29 09:00',
                'pracownik' || i, 'K-' || i, 'not-stated', 'not-stated', 'phone',
                'notatka numer ' || i, '2022-11-29T08:00:00Z', 'tester',
                '2022-11-29T08:00:00Z', 'tester'
         FROM n;",
    )
    .expect("insert consultations");
    db
}

/// `| head`: the reader takes a few bytes and closes the pipe. The command
/// stops quietly with exit 0, as `cat` or `grep` would.
#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = big(dir.path());
    let commands: &[&[&str]] = &[
        &["services", "export", "--format", "csv"],
        &["services", "export"],
        &["services", "search", "--json"],
        &["services", "search"],
        &["consultations", "export", "--format", "json"],
        &["consultations", "export"],
        &["consultations", "export", "--excel"],
        &["consultations", "list"],
        &["report", "--by", "staff", "--format", "json"],
        &["report", "--by", "staff", "--format", "csv"],
        &["report", "--by", "staff"],
        &["audit", "--format", "json"],
    ];
    for args in commands {
        let what = args.join(" ");
        let whole = pomost(&db, args);
        assert!(whole.status.success(), "{what}: {}", stderr(&whole));
        assert!(
            whole.stdout.len() > 2 * 65_536,
            "{what}: only {} bytes, no more than a pipe holds",
            whole.stdout.len()
        );

        let mut child = Command::new(env!("CARGO_BIN_EXE_pomost"))
            .arg("--db")
            .arg(&db)
            .args(*args)
            .env("LANG", "C.UTF-8")
            .env_remove("POMOST_LANG")
            .env_remove("LC_ALL")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        let mut first = [0u8; 100];
        let mut stdout = child.stdout.take().expect("stdout");
        stdout.read_exact(&mut first).expect("the first bytes");
        drop(stdout);
        let mut err = String::new();
        child
            .stderr
            .take()
            .expect("stderr")
            .read_to_string(&mut err)
            .expect("stderr");
        let status = child.wait().expect("wait");
        assert_eq!(status.code(), Some(0), "{what}: {err}");
        assert_eq!(err, "", "{what}");
    }
}
