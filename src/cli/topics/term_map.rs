//! `pomost topics map | unmapped` (branch hsds): other taxonomies' terms
//! leading to Pomost topics.

use std::io;
use std::path::Path;

use crate::cli::{Action, CliError, open_as, write_table};
use crate::clock::Clock;
use crate::i18n::{Lang, Msg};
use crate::model::Reference;
use crate::store::TermTopic;
use crate::text::excerpt;

/// The arguments of `topics map`.
pub struct MapArgs {
    pub taxonomy: Option<String>,
    pub term: Option<String>,
    pub topic: Option<String>,
    pub list: bool,
    pub remove: bool,
}

/// `topics map`: add, remove or list mappings.
pub fn map(db: &Path, lang: Lang, clock: Clock, args: MapArgs) -> Result<(), CliError> {
    if args.list {
        let (store, _) = open_as(db, lang, Action::Use, clock)?;
        let reference = Reference {
            topics: store.topics()?,
            counties: Vec::new(),
        };
        let rows: Vec<[String; 3]> = store
            .term_topics()?
            .into_iter()
            .map(|m| {
                let label = reference.topic_label(&m.topic, lang).to_owned();
                [m.taxonomy, m.code, format!("{} ({label})", m.topic)]
            })
            .collect();
        if rows.is_empty() {
            return crate::cli::say(lang.t(Msg::CliMapNone), lang);
        }
        let mut out = io::stdout().lock();
        return write_table(
            &mut out,
            [
                lang.t(Msg::ColTaxonomy),
                lang.t(Msg::ColTerm),
                lang.t(Msg::ColTopics),
            ],
            &rows,
        )
        .or_else(|e| crate::cli::output_failed(e, lang));
    }
    let (mut store, _) = open_as(db, lang, Action::EditDirectory, clock)?;
    let taxonomy = args.taxonomy.unwrap_or_default();
    let code = args.term.unwrap_or_default().trim().to_owned();
    if code.is_empty() {
        return Err(CliError::usage(lang.t(Msg::ErrMapTermEmpty).to_owned()));
    }
    if let Some(topic) = &args.topic {
        let topics = store.topics()?;
        if !topics.iter().any(|t| &t.code == topic) {
            let known: Vec<&str> = topics.iter().map(|t| t.code.as_str()).collect();
            return Err(CliError::usage(format!(
                "{}: {}",
                lang.fmt(Msg::ErrUnknownTopic, &[&excerpt(topic)]),
                known.join(", ")
            )));
        }
    }
    if args.remove {
        let n = store.unmap_term(&taxonomy, &code, args.topic.as_deref())?;
        return crate::cli::say(
            &lang.fmt(
                Msg::CliMapRemoved,
                &[&n, &excerpt(&taxonomy), &excerpt(&code)],
            ),
            lang,
        );
    }
    let topic = args.topic.unwrap_or_default();
    store.map_term(&TermTopic {
        taxonomy: taxonomy.clone(),
        code: code.clone(),
        topic: topic.clone(),
    })?;
    let reached = store
        .services()?
        .iter()
        .filter(|s| {
            s.published.as_deref().is_some_and(|p| {
                p.terms
                    .iter()
                    .any(|t| t.taxonomy == taxonomy && t.code == code)
            })
        })
        .count();
    crate::cli::say(
        &lang.fmt(
            Msg::CliMapped,
            &[&excerpt(&taxonomy), &excerpt(&code), &topic, &reached],
        ),
        lang,
    )
}

/// `topics unmapped`: imported services without a topic, with their terms.
pub fn unmapped(db: &Path, lang: Lang, clock: Clock) -> Result<(), CliError> {
    let (store, _) = open_as(db, lang, Action::Use, clock)?;
    let rows: Vec<[String; 3]> = store
        .services()?
        .iter()
        .filter(|s| s.topics.is_empty() && s.published.is_some())
        .map(|s| {
            let terms = s
                .published
                .as_deref()
                .map(|p| {
                    p.terms
                        .iter()
                        .map(|t| format!("{} {} ({})", t.taxonomy, t.code, t.name))
                        .collect::<Vec<_>>()
                        .join("; ")
                })
                .unwrap_or_default();
            [s.name.get(lang).to_owned(), s.id.to_string(), terms]
        })
        .collect();
    if rows.is_empty() {
        return crate::cli::say(lang.t(Msg::CliAllMapped), lang);
    }
    let mut out = io::stdout().lock();
    write_table(
        &mut out,
        [lang.t(Msg::ColName), "id", lang.t(Msg::ColTerms)],
        &rows,
    )
    .or_else(|e| crate::cli::output_failed(e, lang))
}
