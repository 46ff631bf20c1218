//! `pomost topics words`: the everyday words that lead to each topic.

use std::io::{self, Write};
use std::path::Path;

use clap::Subcommand;

use super::{Action, CliError, open_as};
use crate::clock::Clock;
use crate::i18n::Lang;
use crate::model::Reference;
use crate::search::{Vocabulary, words_file};

mod term_map;

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
    /// Map a term of another taxonomy to a Pomost topic, or list the mappings.
    ///
    /// Services imported from HSDS carry their publisher's taxonomy terms
    /// (attributes[].taxonomy_term: its taxonomy and code). A mapped term
    /// makes its services found under the topic in the topic filter and in
    /// searches, from now on and for later imports; the services' own data
    /// is not changed and the export writes the publisher's terms as they
    /// were. A term may be mapped to several topics. Examples:
    ///
    ///   pomost topics map "AIRS/211 LA County" LH-2000 legal
    ///
    ///   pomost topics map --list
    ///
    ///   pomost topics map --remove "AIRS/211 LA County" LH-2000
    ///
    /// Give "" as the taxonomy for terms that name none. `pomost topics
    /// unmapped` lists the imported services no topic reaches, with their terms.
    Map {
        /// The other taxonomy's name as the files give it (taxonomy_term.taxonomy).
        #[arg(required_unless_present = "list")]
        taxonomy: Option<String>,
        /// The term's code (taxonomy_term.code).
        #[arg(required_unless_present = "list")]
        term: Option<String>,
        /// The Pomost topic code (e.g. legal, employment); with --remove, optional.
        #[arg(required_unless_present_any = ["list", "remove"])]
        topic: Option<String>,
        /// List the mappings instead.
        #[arg(long, conflicts_with_all = ["taxonomy", "term", "topic", "remove"])]
        list: bool,
        /// Remove the term's mapping (to TOPIC, or to every topic).
        #[arg(long)]
        remove: bool,
    },
    /// List the imported services no topic reaches (neither their own nor a
    /// mapped term's), with their publisher's terms, to map them.
    Unmapped,
}

/// Runs a `topics` subcommand.
pub fn run(cmd: TopicsCommand, db: &Path, lang: Lang, clock: Clock) -> Result<(), CliError> {
    let (topic, check) = match cmd {
        TopicsCommand::Words { topic, check } => (topic, check),
        TopicsCommand::Map {
            taxonomy,
            term,
            topic,
            list,
            remove,
        } => {
            return term_map::map(
                db,
                lang,
                clock,
                term_map::MapArgs {
                    taxonomy,
                    term,
                    topic,
                    list,
                    remove,
                },
            );
        }
        TopicsCommand::Unmapped => return term_map::unmapped(db, lang, clock),
    };
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
