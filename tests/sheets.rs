//! CSV for spreadsheets: `--excel` writes UTF-8 with a byte order mark, `;`
//! and CRLF, read back here with the `csv` crate; the default is RFC 4180
//! (`,`, CRLF); the report keeps its totals out of the count column and says
//! when topics overlap; the directory's CSV follows `--lang`.

use std::path::{Path, PathBuf};

use serde_json::Value;

mod common;
use common::{pomost, pomost_at, stderr, stdout};

const NOW: &str = "2026-11-23 12:00";
const BOM: &[u8] = "\u{feff}".as_bytes();
const NOTE: &str = "Zażółć gęślą jaźń; łódź, śnieg, źdźbło\nDrugi wiersz: Ąę ŁŚŻŹĆŃÓ";

/// A database with the shipped catalogue and three consultations: one with
/// two topics (and Polish letters in its county and notes), two with one.
fn logged(dir: &Path) -> PathBuf {
    let db = dir.join("pomost.db");
    let out = pomost_at(NOW, &db, &["init"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let consultations: [&[&str]; 3] = [
        &[
            "--client",
            "K-SLUP1",
            "--topic",
            "legal",
            "--topic",
            "housing",
            "--county",
            "Słupsk",
            "--minutes",
            "30",
            "--note",
            NOTE,
        ],
        &[
            "--client",
            "K-GDA2",
            "--topic",
            "legal",
            "--channel",
            "phone",
            "--minutes",
            "20",
        ],
        &["--client", "K-SLUP1", "--topic", "health", "--minutes", "5"],
    ];
    for args in consultations {
        let mut all = vec!["log", "--at", "2026-11-20 10:00"];
        all.extend_from_slice(args);
        let out = pomost_at(NOW, &db, &all);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    db
}

fn run(db: &Path, args: &[&str]) -> Vec<u8> {
    let out = pomost_at(NOW, db, args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    out.stdout
}

/// The rows of an `--excel` file: it starts with the BOM, is UTF-8, ends
/// every row with CRLF (a bare LF only inside a quoted cell), and every row
/// has as many cells as the header.
fn excel_rows(bytes: &[u8]) -> Vec<Vec<String>> {
    let rest = bytes
        .strip_prefix(BOM)
        .expect("a UTF-8 byte order mark first");
    let rows = rows(rest, b';');
    assert_crlf(rest, &rows);
    rows
}

/// Rows read with `delimiter`, the header first; each as long as the header.
fn rows(bytes: &[u8], delimiter: u8) -> Vec<Vec<String>> {
    assert!(!bytes.starts_with(BOM), "a BOM only with --excel");
    let text = std::str::from_utf8(bytes).expect("UTF-8");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.expect("a row").iter().map(str::to_owned).collect())
        .collect();
    let width = rows[0].len();
    for row in &rows {
        assert_eq!(row.len(), width, "cells in {row:?}");
    }
    rows
}

/// Each row ends with CRLF: as many CRLFs as rows, and a line feed alone only
/// where a cell holds one.
fn assert_crlf(bytes: &[u8], rows: &[Vec<String>]) {
    let text = std::str::from_utf8(bytes).expect("UTF-8");
    assert!(text.ends_with("\r\n"));
    let in_cells: usize = rows.iter().flatten().map(|c| c.matches('\n').count()).sum();
    assert_eq!(text.matches("\r\n").count(), rows.len(), "{text}");
    assert_eq!(text.matches('\n').count(), rows.len() + in_cells, "{text}");
}

#[test]
fn consultations_for_excel_are_semicolons_with_a_bom_and_every_letter() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = logged(dir.path());
    for args in [
        &["consultations", "export", "--excel"][..],
        &["consultations", "list", "--excel"],
        &["consultations", "export", "--format", "csv", "--excel"],
    ] {
        let rows = excel_rows(&run(&db, args));
        let header = &rows[0];
        assert!(header.len() >= 19, "{header:?}");
        assert_eq!(rows.len(), 4, "a header and three consultations");
        let notes = header.iter().position(|h| h == "notes").expect("notes");
        let county = header.iter().position(|h| h == "county").expect("county");
        assert!(rows.iter().any(|r| r[notes] == NOTE), "{rows:?}");
        assert!(rows.iter().any(|r| r[county] == "Słupsk"), "{rows:?}");
        // Read with the wrong separator, the file is one column wide.
        let text = std::str::from_utf8(&run(&db, args))
            .expect("UTF-8")
            .to_owned();
        let first = text.lines().next().expect("header");
        assert!(!first.contains(','), "{first}");
    }
}

#[test]
fn the_default_csv_is_rfc_4180_commas_and_crlf_without_a_bom() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = logged(dir.path());
    let excel = excel_rows(&run(&db, &["consultations", "export", "--excel"]));
    for args in [
        &["consultations", "export"][..],
        &["services", "export", "--format", "csv"],
        &["report", "--format", "csv"],
    ] {
        let bytes = run(&db, args);
        let cells = rows_of(&bytes);
        assert_crlf(&bytes, &cells);
        if args[0] == "consultations" {
            assert_eq!(cells, excel, "the same cells either way");
        }
    }
}

/// The count column of the report adds up to the consultations; the totals
/// are in rows of their own, under `value`.
fn count_and_totals(rows: &[Vec<String>]) -> (u64, Vec<(String, String)>) {
    assert_eq!(rows[0], ["code", "label", "count", "value"]);
    let sum = rows[1..]
        .iter()
        .filter(|r| !r[2].is_empty())
        .map(|r| r[2].parse::<u64>().expect("a plain integer"))
        .sum();
    let totals = rows[1..]
        .iter()
        .filter(|r| r[2].is_empty())
        .map(|r| (r[0].clone(), r[3].clone()))
        .collect();
    (sum, totals)
}

#[test]
fn the_report_keeps_totals_out_of_the_count_column_and_notes_overlapping_topics() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = logged(dir.path());
    let report = |args: &[&str]| {
        let mut all = vec!["--lang", "pl", "report"];
        all.extend_from_slice(args);
        excel_rows(&run(&db, &all))
    };
    for by in ["channel", "county", "gender", "staff"] {
        let rows = report(&["--by", by, "--excel"]);
        let (sum, totals) = count_and_totals(&rows);
        assert_eq!(sum, 3, "--by {by}: {rows:?}");
        assert_eq!(totals[0], ("total".to_owned(), "3".to_owned()));
        assert!(totals.contains(&("minutes".to_owned(), "55".to_owned())));
        assert!(totals.iter().all(|(code, _)| code != "note"), "{rows:?}");
    }
    let rows = report(&["--by", "county", "--excel"]);
    assert!(
        rows.iter().any(|r| r[1] == "Słupsk" && r[2] == "1"),
        "{rows:?}"
    );

    // Topics overlap: 4 under topics for 3 consultations, and the note says so.
    let rows = report(&["--excel"]);
    let (sum, totals) = count_and_totals(&rows);
    assert_eq!(sum, 4, "{rows:?}");
    assert_eq!(totals[0], ("total".to_owned(), "3".to_owned()));
    let note = rows.last().expect("rows");
    assert_eq!(note[0], "note");
    assert!(note[1].contains("kilkoma tematami"), "{note:?}");
    assert_eq!(
        rows,
        rows_of(&run(&db, &["--lang", "pl", "report", "--format", "csv"]))
    );
}

fn rows_of(bytes: &[u8]) -> Vec<Vec<String>> {
    rows(bytes, b',')
}

#[test]
fn the_directory_csv_follows_the_language_and_keeps_every_letter() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = logged(dir.path());
    let json: Vec<Value> =
        serde_json::from_slice(&run(&db, &["services", "export"])).expect("json");
    let names: Vec<&str> = json.iter().filter_map(|s| s["name"].as_str()).collect();
    assert!(names.iter().any(|n| n.contains('ł') || n.contains('ż')));
    let mut topics = Vec::new();
    for (lang, name, whole_region) in [
        ("pl", "Nazwa", "całe województwo pomorskie"),
        ("en", "Name", "whole Pomeranian voivodeship"),
        ("uk", "Назва (польською)", "усе Поморське воєводство"),
    ] {
        let rows = excel_rows(&run(
            &db,
            &["--lang", lang, "services", "export", "--excel"],
        ));
        let header = &rows[0];
        assert_eq!(header.len(), 21, "{header:?}");
        assert_eq!(header[1], name);
        assert_eq!(rows.len(), json.len() + 1, "one row per service");
        let csv_names: Vec<&str> = rows[1..].iter().map(|r| r[1].as_str()).collect();
        assert_eq!(csv_names, names, "every letter as stored");
        assert!(rows.iter().any(|r| r[7] == whole_region), "{lang}");
        topics.push(rows[1][5].clone());
    }
    assert_ne!(topics[0], topics[1], "topic labels in Polish and English");
    assert_ne!(
        topics[1], topics[2],
        "topic labels in English and Ukrainian"
    );
}

#[test]
fn excel_with_another_format_is_refused_in_one_sentence() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = logged(dir.path());
    for args in [
        &["report", "--format", "json", "--excel"][..],
        &["report", "--format", "table", "--excel"],
        &["services", "export", "--format", "json", "--excel"],
        &["consultations", "list", "--format", "table", "--excel"],
        &["consultations", "export", "--format", "json", "--excel"],
    ] {
        let out = pomost(&db, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}: {}", stdout(&out));
        assert_eq!(
            stderr(&out).trim(),
            "pomost: --excel writes CSV: leave out --format or give --format csv."
        );
    }
}
