//! Full-text search of consultations: the query typed, folded like the
//! indexed text, and each consultation's entry in the index.

use rusqlite::{Connection, OptionalExtension, named_params};

use crate::consultation::NewConsultation;
use crate::store::Store;
use crate::text::search_fold;

impl Store {
    /// The FTS5 query for what the user typed: like [`fts_query`], but a word of
    /// four or more letters becomes the exact indexed words it begins (when
    /// there are few), which FTS5 can walk newest first and stop early.
    pub(super) fn fts_match(&self, text: &str) -> rusqlite::Result<String> {
        let plain = fts_query(text);
        let mut parts = Vec::new();
        for part in plain.split(" AND ") {
            let word = part.trim_matches(|c| c == '"' || c == '*');
            if word.chars().count() < EXPAND_FROM {
                parts.push(part.to_owned());
                continue;
            }
            let mut stmt = self.conn.prepare_cached(
                "SELECT term FROM consultation_term WHERE term >= :lo AND term < :hi LIMIT :most",
            )?;
            let terms: Vec<String> = stmt
                .query_map(
                    named_params! {
                        ":lo": word,
                        ":hi": successor(word),
                        ":most": (EXPAND_AT_MOST + 1) as i64,
                    },
                    |r| r.get("term"),
                )?
                .collect::<rusqlite::Result<_>>()?;
            if terms.is_empty() || terms.len() > EXPAND_AT_MOST {
                parts.push(part.to_owned());
            } else {
                let alternatives: Vec<String> = terms.iter().map(|t| format!("\"{t}\"")).collect();
                parts.push(format!("({})", alternatives.join(" OR ")));
            }
        }
        Ok(parts.join(" AND "))
    }
}

/// Replaces a consultation's entry in the full-text index: its notes, client
/// code and the labels of its topics in both stored languages.
pub(super) fn index(conn: &Connection, id: i64, c: &NewConsultation) -> rusqlite::Result<()> {
    let mut labels = Vec::new();
    {
        let mut stmt =
            conn.prepare_cached("SELECT label_pl, label_en FROM topic WHERE code = :code")?;
        for t in &c.topics {
            if let Some((pl, en)) = stmt
                .query_row(named_params! { ":code": t }, |r| {
                    Ok((
                        r.get::<_, String>("label_pl")?,
                        r.get::<_, String>("label_en")?,
                    ))
                })
                .optional()?
            {
                labels.push(pl);
                labels.push(en);
            }
        }
    }
    let body = search_fold(&format!("{} {} {}", c.notes, c.client, labels.join(" ")));
    conn.execute(
        "DELETE FROM consultation_fts WHERE rowid = :id",
        named_params! { ":id": id },
    )?;
    conn.execute(
        "INSERT INTO consultation_fts (rowid, body) VALUES (:id, :body)",
        named_params! { ":id": id, ":body": body },
    )?;
    let mut term =
        conn.prepare_cached("INSERT OR IGNORE INTO consultation_term (term) VALUES (:term)")?;
    for word in words(&body) {
        term.execute(named_params! { ":term": word })?;
    }
    Ok(())
}

/// The words of folded text as the full-text tokenizer (unicode61) sees them.
pub(in crate::store) fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Prefixes at least this long are expanded into the words they match.
const EXPAND_FROM: usize = 4;
/// More matching words than this: the prefix query is used as it is.
const EXPAND_AT_MOST: usize = 50;

/// A query for FTS5 from what the user typed: each word normalised and folded
/// like the indexed text, quoted (so no FTS syntax gets through) and matched
/// as a word beginning; all words must match.
pub fn fts_query(text: &str) -> String {
    let folded = search_fold(text);
    let words: Vec<&str> = words(&folded).collect();
    // A one-letter word (the `K` of `K-RUXUDH`) matches nearly every row and
    // adds nothing next to longer words.
    let longest = words.iter().map(|w| w.chars().count()).max().unwrap_or(0);
    words
        .iter()
        .filter(|w| longest == 1 || w.chars().count() > 1)
        .map(|w| format!("\"{w}\"*"))
        .collect::<Vec<_>>()
        .join(" AND ")
}

/// The smallest string greater than every string starting with `prefix`.
fn successor(prefix: &str) -> String {
    let mut chars: Vec<char> = prefix.chars().collect();
    while let Some(last) = chars.pop() {
        if let Some(next) = char::from_u32(last as u32 + 1) {
            chars.push(next);
            return chars.into_iter().collect();
        }
    }
    String::from(char::MAX)
}
