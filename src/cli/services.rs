//! `pomost services search | export | import`.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use clap::{Subcommand, ValueEnum};
use serde::Serialize;

use super::{Action, CliError, open_as, write_table};
use crate::clock::Clock;
use crate::hsds;
use crate::i18n::{LANGUAGE_CODES, Lang, Msg};
use crate::model::{Reference, Service};
use crate::search::{Filter, Reading, SearchIndex, Searcher, Vocabulary};
use crate::store::ImportRefused;
use crate::text::excerpt;

/// `pomost services …`
#[derive(Debug, Subcommand)]
pub enum ServicesCommand {
    /// Search the directory, ranked as in the interactive screen.
    ///
    /// The query is read as on the screen: a place of Pomorskie (`Słupsk`,
    /// `w Słupsku`, `Kartuzy`, `kartuski`) narrows to the services serving it,
    /// and everyday words for a need (`prawnik`, `робота`, `karta pobytu`) also
    /// find their topic's services. The words come from the shipped table and
    /// from words.tsv beside the database (see `pomost topics words --help`).
    Search {
        /// Words to look for (all must match; diacritics optional).
        #[arg(default_value = "")]
        query: String,
        /// Only services with this topic code (e.g. legalisation, legal, language).
        #[arg(long, value_name = "CODE")]
        topic: Option<String>,
        /// Only services in this language (ISO 639-1, e.g. uk, ru, pl).
        #[arg(long = "lang", value_name = "ISO", id = "language")]
        language: Option<String>,
        /// Only services serving this county (e.g. Gdańsk, kartuski).
        #[arg(long, value_name = "NAME")]
        county: Option<String>,
        /// Only services stated to be free of charge.
        #[arg(long)]
        free: bool,
        /// Only services open at this moment (Europe/Warsaw), by their schedules.
        #[arg(long)]
        open_now: bool,
        /// Only services not verified for more than 6 months ($POMOST_STALE_MONTHS),
        /// oldest verification first.
        #[arg(long)]
        stale: bool,
        /// Include retired services (left out of every search otherwise).
        #[arg(long)]
        retired: bool,
        /// Print a JSON array instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Print the directory: HSDS 3.0 JSON (default) or CSV.
    Export {
        /// Output format.
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
    },
    /// Validate a JSON file of HSDS services, then add or update them by id.
    Import {
        /// The file (a JSON array of HSDS 3.0 service objects).
        file: PathBuf,
    },
}

/// Formats of `services export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// HSDS 3.0 service objects.
    Json,
    /// One row per service.
    Csv,
}

/// Runs a `services` subcommand.
pub fn run(cmd: ServicesCommand, db: &Path, lang: Lang, clock: Clock) -> Result<(), CliError> {
    match cmd {
        ServicesCommand::Search {
            query,
            topic,
            language,
            county,
            free,
            open_now,
            stale,
            retired,
            json,
        } => {
            let (store, _) = open_as(db, lang, Action::Use, clock)?;
            let reference = Reference {
                topics: store.topics()?,
                counties: store.counties()?,
            };
            let filter = Filter {
                topic: topic
                    .map(|t| check_topic(&t, &reference, lang))
                    .transpose()?,
                language: language.map(|l| check_language(&l, lang)).transpose()?,
                county: county
                    .map(|c| check_county(&c, &reference, lang))
                    .transpose()?,
                free_only: free,
                open_at: open_now.then(|| clock.warsaw_now()),
                stale_before: stale.then(|| crate::search::stale_since(clock.today())),
                show_retired: retired,
            };
            let services = store.services()?;
            let (vocabulary, problems) = Vocabulary::load(&reference, db);
            for problem in &problems {
                eprintln!("{problem}");
            }
            let index = SearchIndex::build(&services, &reference, lang).with_vocabulary(vocabulary);
            search(&services, &reference, index, &filter, &query, json, lang)
        }
        ServicesCommand::Export { format } => {
            let (store, _) = open_as(db, lang, Action::Use, clock)?;
            let reference = Reference {
                topics: store.topics()?,
                counties: store.counties()?,
            };
            let services = store.services()?;
            let mut out = io::stdout().lock();
            let written = match format {
                ExportFormat::Json => {
                    out.write_all(hsds::to_json(&services, &reference).as_bytes())
                }
                ExportFormat::Csv => {
                    hsds::write_csv(&services, &reference, &mut out).map_err(io::Error::other)
                }
            };
            written
                .and_then(|()| out.flush())
                .or_else(|e| super::output_failed(e, lang))
        }
        ServicesCommand::Import { file } => import(&file, db, lang, clock),
    }
}

fn check_topic(code: &str, reference: &Reference, lang: Lang) -> Result<String, CliError> {
    if reference.topic(code).is_some() {
        return Ok(code.to_owned());
    }
    let known: Vec<&str> = reference.topics.iter().map(|t| t.code.as_str()).collect();
    Err(CliError::usage(format!(
        "{}: {}",
        lang.fmt(Msg::ErrUnknownTopic, &[&excerpt(code)]),
        known.join(", ")
    )))
}

fn check_language(code: &str, lang: Lang) -> Result<String, CliError> {
    let code = code.to_ascii_lowercase();
    if LANGUAGE_CODES.contains(&code.as_str()) {
        Ok(code)
    } else {
        Err(CliError::usage(
            lang.fmt(Msg::ErrUnknownLanguage, &[&excerpt(&code)]),
        ))
    }
}

fn check_county(name: &str, reference: &Reference, lang: Lang) -> Result<String, CliError> {
    // Accept any capitalisation and missing diacritics, answer with the real name.
    let folded = crate::text::fold(name);
    reference
        .counties
        .iter()
        .find(|c| crate::text::fold(&c.name) == folded)
        .map(|c| c.name.clone())
        .ok_or_else(|| CliError::usage(lang.fmt(Msg::ErrUnknownCounty, &[&excerpt(name)])))
}

#[derive(Serialize)]
struct SearchRow<'a> {
    id: String,
    name: &'a str,
    organization: Option<&'a str>,
    topics: &'a [String],
    languages: &'a [String],
    counties: &'a [String],
    free_of_charge: Option<bool>,
    email: Option<&'a str>,
    phones: &'a [String],
    url: Option<&'a str>,
    score: i64,
}

/// `services search --json`: how the query was read, and the services found.
#[derive(Serialize)]
struct SearchOutput<'a> {
    reading: ReadingRow<'a>,
    services: Vec<SearchRow<'a>>,
}

#[derive(Serialize)]
struct ReadingRow<'a> {
    /// The words matched as text (folded; a need phrase is one entry).
    words: &'a [String],
    /// The place named: as typed, and its county.
    place: Option<PlaceRow<'a>>,
    /// The topics need words led to.
    topics: &'a [String],
}

#[derive(Serialize)]
struct PlaceRow<'a> {
    said: &'a str,
    county: &'a str,
}

impl<'a> ReadingRow<'a> {
    fn new(reading: &'a Reading) -> Self {
        Self {
            words: reading.words(),
            place: reading.place.as_ref().map(|p| PlaceRow {
                said: &p.said,
                county: &p.county,
            }),
            topics: &reading.topics,
        }
    }
}

fn search(
    services: &[Service],
    reference: &Reference,
    index: SearchIndex,
    filter: &Filter,
    query: &str,
    json: bool,
    lang: Lang,
) -> Result<(), CliError> {
    let mut searcher = Searcher::new(index);
    searcher.set_filter(filter.clone(), services);
    searcher.set_query(query);
    let mut hits = searcher.hits().to_vec();
    if filter.stale_before.is_some() && query.trim().is_empty() {
        // The stalest first: never verified, then the oldest verification.
        hits.sort_by_key(|h| services[h.service as usize].last_verified);
    }
    let hits = &hits;
    let mut out = io::stdout().lock();
    let result = if json {
        let rows: Vec<SearchRow<'_>> = hits
            .iter()
            .map(|h| {
                let s = &services[h.service as usize];
                SearchRow {
                    id: s.id.to_string(),
                    name: s.name.get(lang),
                    organization: s.organization.as_ref().map(|o| o.name.get(lang)),
                    topics: &s.topics,
                    languages: &s.languages,
                    counties: &s.areas,
                    free_of_charge: s.free,
                    email: s.email.as_deref(),
                    phones: &s.phones,
                    url: s.url.as_deref(),
                    score: h.score,
                }
            })
            .collect();
        let output = SearchOutput {
            reading: ReadingRow::new(searcher.reading()),
            services: rows,
        };
        super::write_json(&mut out, &output)
    } else if let Err(e) = read_as(&mut out, searcher.reading(), reference, lang) {
        Err(e)
    } else if hits.is_empty() {
        writeln!(out, "{}", lang.t(Msg::CliNoMatches))
    } else {
        let rows: Vec<[String; 3]> = hits
            .iter()
            .map(|h| {
                let s = &services[h.service as usize];
                [
                    s.name.get(lang).to_owned(),
                    s.organization
                        .as_ref()
                        .map(|o| o.name.get(lang).to_owned())
                        .unwrap_or_default(),
                    s.topics
                        .iter()
                        .map(|c| reference.topic_label(c, lang))
                        .collect::<Vec<_>>()
                        .join(", "),
                ]
            })
            .collect();
        write_table(
            &mut out,
            [
                lang.t(Msg::ColName),
                lang.t(Msg::ColOrganisation),
                lang.t(Msg::ColTopics),
            ],
            &rows,
        )
    };
    result.or_else(|e| super::output_failed(e, lang))
}

/// The line saying how the query was read, when a place or need word was.
fn read_as(
    out: &mut impl Write,
    reading: &Reading,
    reference: &Reference,
    lang: Lang,
) -> io::Result<()> {
    let read = reading.describe(reference, lang);
    if read.is_empty() {
        return Ok(());
    }
    writeln!(out, "{}", lang.fmt(Msg::CliReadAs, &[&read.join(" · ")]))
}

fn import(file: &Path, db: &Path, lang: Lang, clock: Clock) -> Result<(), CliError> {
    // Read as the user: under setgid, never with the data group.
    let json = crate::privilege::as_user(|| std::fs::read_to_string(file))
        .map_err(|e| CliError::usage(lang.fmt(Msg::ErrUnreadable, &[&file.display(), &e])))?;
    let (mut store, me) = open_as(db, lang, Action::EditDirectory, clock)?;
    let reference = Reference {
        topics: store.topics()?,
        counties: store.counties()?,
    };
    let services = hsds::parse_services(&json, &reference)
        .map_err(|e| import_refused(&e.lines(lang), file, lang))?;
    let outcome = match store.import_services(&services, &me.user) {
        Ok(outcome) => outcome,
        Err(ImportRefused::IdTaken {
            record,
            field,
            id,
            owner,
        }) => {
            let error = hsds::FieldError {
                record,
                label: hsds::record_label(&services[record - 1].name.text),
                field,
                problem: hsds::Problem::IdTaken {
                    id: id.to_string(),
                    owner: hsds::record_label(&owner),
                },
            };
            return Err(import_refused(&[error.message(lang)], file, lang));
        }
        Err(ImportRefused::Sqlite(e)) => return Err(e.into()),
    };
    super::say(
        &lang.fmt(
            Msg::CliImported,
            &[
                &lang.count(services.len() as u64, Msg::CountServices),
                &outcome.added,
                &outcome.updated,
            ],
        ),
        lang,
    )
}

/// Why nothing was imported: one sentence for one problem, else a sentence
/// and the problems below it, one a line.
fn import_refused(lines: &[String], file: &Path, lang: Lang) -> CliError {
    if let [line] = lines {
        return CliError::usage(lang.fmt(Msg::CliImportInvalidOne, &[&file.display(), line]));
    }
    let mut message = lang.fmt(Msg::CliImportInvalid, &[&file.display(), &lines.len()]);
    for line in lines {
        message.push_str("\n  ");
        message.push_str(line);
    }
    CliError::usage(message)
}
