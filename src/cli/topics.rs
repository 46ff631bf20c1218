//! `pomost topics words`: the everyday words that lead to each topic.

use std::io::{self, Write};
use std::path::Path;

use clap::Subcommand;

use super::{Action, CliError, open_as};
use crate::clock::Clock;
use crate::i18n::Lang;
use crate::model::Reference;
use crate::search::{Vocabulary, words_file};

/// `pomost topics …`
#[derive(Debug, Subcommand)]
pub enum TopicsCommand {
    /// List the everyday words that find each topic's services, and check the
    /// coordinators' words file.
    ///
    /// A search word (or phrase) equal to one of these words, ignoring case and
    /// diacritics, also finds the services of its topic ("prawnik", "юрист" →
    /// legal). The shipped words are built in; add your own, without
    /// rebuilding, in words.tsv in the directory of the database (for the
    /// default database ~/.local/share/pomost/words.tsv). One line per topic
    /// and language: a topic code, a tab, a language code (pl, en, uk, ru …), a
    /// tab, then words or phrases separated by commas, e.g.
    ///
    ///   legal<TAB>pl<TAB>mecenas, mecenasa, kancelaria
    ///
    /// Lines starting with # are comments. A bad line is left out and named
    /// (file and line) on stderr; the rest of the file still counts. The words
    /// are read when the screen loads the directory and by every
    /// `services search`.
    Words {
        /// Only the words of this topic code (e.g. legal, employment).
        topic: Option<String>,
        /// Exit with 2 when a line of the words file is left out.
        #[arg(long)]
        check: bool,
    },
}

/// Runs a `topics` subcommand.
pub fn run(cmd: TopicsCommand, db: &Path, lang: Lang, clock: Clock) -> Result<(), CliError> {
    let TopicsCommand::Words { topic, check } = cmd;
    let (store, _) = open_as(db, lang, Action::Use, clock)?;
    let reference = Reference {
        topics: store.topics()?,
        counties: store.counties()?,
    };
    if let Some(code) = &topic {
        if reference.topic(code).is_none() {
            let known: Vec<&str> = reference.topics.iter().map(|t| t.code.as_str()).collect();
            return Err(CliError::usage(format!(
                "unknown topic code \"{}\": {}",
                crate::text::excerpt(code),
                known.join(", ")
            )));
        }
    }
    let (vocabulary, problems) = Vocabulary::load(&reference, db);
    for problem in &problems {
        eprintln!("{problem}");
    }
    let file = words_file(db);
    let mut out = io::stdout().lock();
    let mut written = writeln!(
        out,
        "# shipped words, and {} ({})",
        file.display(),
        if file.exists() { "read" } else { "not there" }
    );
    for t in &reference.topics {
        if topic.as_ref().is_some_and(|c| *c != t.code) {
            continue;
        }
        let mut words: Vec<&str> = vocabulary
            .needs()
            .filter(|(_, codes)| codes.contains(&t.code))
            .map(|(w, _)| w)
            .collect();
        words.sort_unstable();
        if written.is_ok() {
            written = writeln!(out, "{}\t{}", t.code, words.join(", "));
        }
    }
    written
        .and_then(|()| out.flush())
        .or_else(|e| super::output_failed(e, lang))?;
    if check && !problems.is_empty() {
        return Err(CliError::usage(format!(
            "{}: {} line(s) left out",
            file.display(),
            problems.len()
        )));
    }
    Ok(())
}
