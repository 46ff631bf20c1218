//! `pomost services search | export | import | card`.

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
use crate::text::spreadsheet::Dialect;

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
        #[arg(long, value_name = "CODE", value_parser = super::shell::topics(), hide_possible_values = true)]
        topic: Option<String>,
        /// Only services in this language (ISO 639-1, e.g. uk, ru, pl).
        #[arg(long = "lang", value_name = "ISO", id = "language",
              value_parser = super::shell::languages(), hide_possible_values = true)]
        language: Option<String>,
        /// Only services serving this county (e.g. Gdańsk, kartuski).
        #[arg(long, value_name = "NAME", value_parser = super::shell::counties(), hide_possible_values = true)]
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
        /// Print JSON (how the query was read, and the services found) instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Print the directory: HSDS 3.0 JSON (default) or CSV.
    Export {
        /// Output format (default: json).
        #[arg(long, value_enum)]
        format: Option<ExportFormat>,
        /// CSV for Excel or LibreOffice in a Polish locale: UTF-8 with a byte
        /// order mark, `;` between cells (implies `--format csv`).
        #[arg(long)]
        excel: bool,
    },
    /// Validate a file of HSDS 3.0, then add or update its services by id.
    ///
    /// The file may be any serialisation HSDS 3.0 defines, and which one is
    /// told apart by itself: a service object, a JSON array of services, an
    /// API page ({"contents": [...]}), an organisation with its services, or
    /// the tabular package (a folder, or a zip, of CSV files with
    /// datapackage.json). Every property Pomost does not model is kept and
    /// written back by `services export`. By default nothing is imported if
    /// any record is invalid.
    Import {
        /// The file, or the tabular package's folder.
        file: PathBuf,
        /// Print what would be added, updated (field by field) and kept
        /// without being modelled; change nothing.
        #[arg(long)]
        dry_run: bool,
        /// Import the valid records and list each refused one (record number,
        /// id, field, reason) instead of refusing the whole file.
        #[arg(long)]
        skip_invalid: bool,
    },
    /// A service's card for the client, in their language: name, organisation,
    /// address or link, opening hours, phone, e-mail, web page, how to apply.
    /// Nothing about the client is recorded.
    Card(super::card::CardArgs),
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
        ServicesCommand::Export { format, excel } => {
            let format = super::excel_format(format, ExportFormat::Csv, excel, lang)?;
            let (store, _) = open_as(db, lang, Action::Use, clock)?;
            let reference = Reference {
                topics: store.topics()?,
                counties: store.counties()?,
            };
            let services = store.services()?;
            let mut out = io::stdout().lock();
            let written = match format.unwrap_or(ExportFormat::Json) {
                ExportFormat::Json => {
                    let kept = store.kept_hsds()?;
                    out.write_all(hsds::to_json_kept(&services, &reference, &kept).as_bytes())
                }
                ExportFormat::Csv => {
                    let dialect = Dialect::excel_if(excel);
                    hsds::write_csv(&services, &reference, dialect, lang, &mut out)
                }
            };
            written
                .and_then(|()| out.flush())
                .or_else(|e| super::output_failed(e, lang))
        }
        ServicesCommand::Import {
            file,
            dry_run,
            skip_invalid,
        } => import(
            &file,
            db,
            lang,
            clock,
            Steer {
                dry_run,
                skip_invalid,
            },
        ),
        ServicesCommand::Card(args) => {
            let (store, _) = open_as(db, lang, Action::Use, clock)?;
            let services = store.services()?;
            let service =
                super::card::find_by_id(&services, &args.id, |s| s.id).ok_or_else(|| {
                    CliError::usage(lang.fmt(Msg::ProbUnknownService, &[&excerpt(&args.id)]))
                })?;
            let card = crate::card::Card::of_service(service, args.card_lang(lang));
            super::card::print(&card, args.format, lang)
        }
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
        super::write_marked(&mut out, super::json_format::SEARCH, &output)
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

fn import(file: &Path, db: &Path, lang: Lang, clock: Clock, steer: Steer) -> Result<(), CliError> {
    // Read as the user: under setgid, never with the data group.
    let input = crate::privilege::as_user(|| hsds::read_input(file)).map_err(|e| match e {
        hsds::ReadError::Io(e) => {
            CliError::usage(lang.fmt(Msg::ErrUnreadable, &[&file.display(), &e]))
        }
        hsds::ReadError::Tabular(detail) => import_refused(
            &[lang.fmt(Msg::ErrTabular, &[&crate::text::shorten_quoted(&detail)])],
            file,
            lang,
        ),
        hsds::ReadError::Import(e) => import_refused(&e.lines(lang), file, lang),
    })?;
    let (mut store, me) = open_as(db, lang, Action::EditDirectory, clock)?;
    let reference = Reference {
        topics: store.topics()?,
        counties: store.counties()?,
    };
    let shape = input.shape;
    let lone = input.lone_organizations;
    let records = input.records.len();
    let mut parsed = hsds::parse_records(input.records, &reference);
    let ids = std::mem::take(&mut parsed.ids);
    let mut read = lang.fmt(
        Msg::CliImportRead,
        &[
            &file.display(),
            &shape.as_str(),
            &lang.count(records as u64, Msg::CountServices),
        ],
    );
    if lone > 0 {
        read.push('\n');
        read.push_str(&lang.fmt(Msg::CliImportLoneOrgs, &[&lone]));
    }
    if !parsed.errors.is_empty() && !steer.skip_invalid {
        let lines: Vec<String> = parsed.errors.iter().map(|e| e.message(lang)).collect();
        return Err(import_refused(&lines, file, lang));
    }
    if steer.dry_run {
        super::say(&read, lang)?;
        return dry_run(&store, &parsed, &ids, &reference, lang);
    }
    // A place or rule whose id another service in the database has refuses
    // the file, or with --skip-invalid just its record (and the rest is
    // tried again: nothing was written).
    let outcome = loop {
        let services: Vec<&Service> = parsed.services.iter().map(|i| &i.service).collect();
        match store.import_services(&services, &me.user) {
            Ok(outcome) => break outcome,
            Err(ImportRefused::IdTaken {
                record,
                field,
                id,
                owner,
            }) => {
                let imported = parsed.services.remove(record - 1);
                let error = hsds::FieldError {
                    record: imported.record,
                    label: hsds::record_label(&imported.service.name.text),
                    field,
                    problem: hsds::Problem::IdTaken {
                        id: id.to_string(),
                        owner: hsds::record_label(&owner),
                    },
                };
                if !steer.skip_invalid {
                    return Err(import_refused(&[error.message(lang)], file, lang));
                }
                parsed.errors.push(error);
            }
            Err(ImportRefused::Sqlite(e)) => return Err(e.into()),
        }
    };
    let stored = store.services()?;
    let (kept, properties) = hsds::kept_for_import(&parsed.services, &stored, &reference);
    store.keep_hsds(&kept)?;
    super::say(&read, lang)?;
    super::say(
        &lang.fmt(
            Msg::CliImported,
            &[
                &lang.count(parsed.services.len() as u64, Msg::CountServices),
                &outcome.added,
                &outcome.updated,
            ],
        ),
        lang,
    )?;
    summary(&parsed.services, &properties, lang)?;
    skipped(&parsed.errors, &ids, lang)
}

/// `--dry-run` and `--skip-invalid` of `services import`.
#[derive(Debug, Clone, Copy, Default)]
struct Steer {
    dry_run: bool,
    skip_invalid: bool,
}

/// How many services, organisations and places came in, and the properties
/// kept without being modelled.
fn summary(
    imported: &[hsds::Imported],
    properties: &std::collections::BTreeSet<String>,
    lang: Lang,
) -> Result<(), CliError> {
    let services = || imported.iter().map(|i| &i.service);
    let organisations: std::collections::HashSet<_> = services()
        .filter_map(|s| s.organization.as_ref().map(|o| o.id))
        .collect();
    let places: usize = services().map(|s| s.locations.len()).sum();
    super::say(
        &lang.fmt(
            Msg::CliImportCame,
            &[
                &lang.count(imported.len() as u64, Msg::CountServices),
                &lang.count(organisations.len() as u64, Msg::CountOrganisations),
                &lang.count(places as u64, Msg::CountPlaces),
            ],
        ),
        lang,
    )?;
    if !properties.is_empty() {
        let list: Vec<&str> = properties.iter().map(String::as_str).collect();
        super::say(&lang.fmt(Msg::CliImportKept, &[&list.join(", ")]), lang)?;
    }
    Ok(())
}

/// The records `--skip-invalid` left out, one line each.
fn skipped(errors: &[hsds::FieldError], ids: &[String], lang: Lang) -> Result<(), CliError> {
    if errors.is_empty() {
        return Ok(());
    }
    let records: std::collections::BTreeSet<usize> = errors.iter().map(|e| e.record).collect();
    let mut text = lang.fmt(Msg::CliImportSkipped, &[&records.len()]);
    for e in errors {
        text.push_str("\n  ");
        text.push_str(&lang.fmt(
            Msg::CliImportSkippedOne,
            &[
                &e.record,
                &ids.get(e.record - 1).map_or("?", String::as_str),
                &excerpt(&e.field),
                &e.problem.message(lang),
            ],
        ));
    }
    super::say(&text, lang)
}

/// What an import would do, changing nothing: each service added, each
/// updated with its changed fields (old → new), and what would be kept
/// without being modelled.
fn dry_run(
    store: &crate::store::Store,
    parsed: &hsds::Parsed,
    ids: &[String],
    reference: &Reference,
    lang: Lang,
) -> Result<(), CliError> {
    let existing: std::collections::HashMap<uuid::Uuid, Service> =
        store.services()?.into_iter().map(|s| (s.id, s)).collect();
    let kept = store.kept_hsds()?;
    let mut lines = Vec::new();
    let mut unchanged = 0;
    let mut properties = std::collections::BTreeSet::new();
    let parts = hsds::on_all_cores(&parsed.services, |part| {
        dry_run_part(part, &existing, &kept, reference, lang)
    });
    for part in parts {
        lines.extend(part.lines);
        unchanged += part.unchanged;
        properties.extend(part.properties);
    }
    if unchanged > 0 {
        lines.push(lang.fmt(
            Msg::CliDryUnchanged,
            &[&lang.count(unchanged as u64, Msg::CountServices)],
        ));
    }
    for line in &lines {
        super::say(line, lang)?;
    }
    summary(&parsed.services, &properties, lang)?;
    skipped(&parsed.errors, ids, lang)?;
    super::say(lang.t(Msg::CliDryRun), lang)
}

/// What `--dry-run` found in some of the records.
#[derive(Default)]
struct DryRunPart {
    /// Services added, and updated with their changed fields.
    lines: Vec<String>,
    unchanged: usize,
    /// Properties that would be kept without being modelled.
    properties: std::collections::BTreeSet<String>,
}

fn dry_run_part(
    part: &[hsds::Imported],
    existing: &std::collections::HashMap<uuid::Uuid, Service>,
    kept: &std::collections::HashMap<uuid::Uuid, crate::store::KeptHsds>,
    reference: &Reference,
    lang: Lang,
) -> DryRunPart {
    let mut out = DryRunPart::default();
    for i in part {
        let s = &i.service;
        let new = hsds::hsds_value(s, reference);
        // The file's object as Pomost writes it has nothing more to keep
        // (the objects are compared as compact JSON, keys in order; a value
        // equals a string only when it is that string).
        let written = new.to_string();
        if written != i.raw {
            if let Ok(raw) = serde_json::from_str(&i.raw) {
                hsds::kept_properties(&raw, &new, &mut out.properties);
            }
        }
        let name = excerpt(&s.name.text);
        let Some(old) = existing.get(&s.id) else {
            out.lines.push(lang.fmt(Msg::CliDryAdd, &[&name, &s.id]));
            continue;
        };
        // What the export says of it now, against what the file gives.
        let old = hsds::hsds_value(old, reference);
        let old = match kept
            .get(&s.id)
            .map(|k| (serde_json::from_str(&k.raw), serde_json::from_str(&k.base)))
        {
            Some((Ok(raw), Ok(base))) => hsds::export_object(old, Some((&raw, &base))),
            _ => old,
        };
        let exported = old.to_string();
        if exported == i.raw {
            out.unchanged += 1;
            continue;
        }
        let given = serde_json::from_str(&i.raw).unwrap_or(new);
        let changed = changed_fields(&old, &given);
        if changed.is_empty() {
            out.unchanged += 1;
            continue;
        }
        out.lines.push(lang.fmt(Msg::CliDryUpdate, &[&name, &s.id]));
        for (field, was, now) in changed {
            out.lines
                .push(lang.fmt(Msg::CliDryField, &[&field, &was, &now]));
        }
    }
    out
}

/// The top-level HSDS fields that differ, each with its old and new value
/// as a short excerpt of their JSON.
fn changed_fields(
    old: &serde_json::Value,
    new: &serde_json::Value,
) -> Vec<(String, String, String)> {
    let empty = serde_json::Map::new();
    let old = old.as_object().unwrap_or(&empty);
    let new = new.as_object().unwrap_or(&empty);
    let keys: std::collections::BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    let show = |v: Option<&serde_json::Value>| match v {
        None => "—".to_owned(),
        Some(serde_json::Value::String(s)) => excerpt(s),
        Some(v) => excerpt(&v.to_string()),
    };
    keys.into_iter()
        .filter(|k| old.get(*k) != new.get(*k))
        .map(|k| (k.clone(), show(old.get(k)), show(new.get(k))))
        .collect()
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
