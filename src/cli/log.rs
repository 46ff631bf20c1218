//! `pomost log`: one consultation from the command line, checked by the same
//! rules as the form ([`ConsultationDraft::validate`]).

use std::collections::HashSet;
use std::io::{self, Write};
use std::path::Path;

use clap::Args;
use uuid::Uuid;

use super::{Action, CliError, open_as};
use crate::clock::Clock;
use crate::consultation::{ConsultationDraft, ConsultationField, FieldProblem};
use crate::i18n::{Lang, Msg};
use crate::model::Reference;
use crate::text::shorten_quoted;

/// Log one consultation, by the current user, without the interactive screen.
///
/// On success only the new consultation's id is printed: a UUID, the same id
/// `pomost consultations export` and `list --format json` carry in `uid`, so a
/// script can capture it. On invalid input every problem is printed on stderr,
/// one line each naming the option, the exit status is 2 and nothing is written.
/// The interface language is the `--lang` given before `log`
/// (`pomost --lang pl log …`); `--language` is the language used with the client.
#[derive(Debug, Args)]
pub struct LogArgs {
    /// The client's code (required): 3–20 capital letters A–Z, digits and dashes,
    /// e.g. K-7QX2MA; a pseudonym, never a name. Lower case is upper-cased.
    #[arg(long, value_name = "CODE")]
    pub client: Option<String>,
    /// A topic code (required; repeat for several): legalisation, legal, employment,
    /// language, education, health, housing, social-assistance, family,
    /// psychological, crisis, discrimination, exclusion, culture, sport,
    /// communication, community, safety.
    #[arg(long = "topic", value_name = "CODE", value_parser = super::shell::topics(), hide_possible_values = true)]
    pub topics: Vec<String>,
    /// When it took place, Warsaw time (default: now); for a consultation logged later.
    #[arg(long, value_name = "YYYY-MM-DD HH:MM")]
    pub at: Option<String>,
    /// How it took place: in-person (default), phone or online.
    #[arg(long, value_name = "CHANNEL", value_parser = super::shell::channels(), hide_possible_values = true)]
    pub channel: Option<String>,
    /// female, male, other or not-stated (default).
    #[arg(long, value_name = "GENDER", value_parser = super::shell::genders(), hide_possible_values = true)]
    pub gender: Option<String>,
    /// 0-17, 18-29, 30-44, 45-64, 65+ or not-stated (default).
    #[arg(long = "age-band", value_name = "BAND", value_parser = super::shell::age_bands(), hide_possible_values = true)]
    pub age_band: Option<String>,
    /// Country of origin, ISO 3166-1 alpha-2 (e.g. UA, BY, GE).
    #[arg(long, value_name = "ISO2", value_parser = super::shell::countries(), hide_possible_values = true)]
    pub country: Option<String>,
    /// Language used in the consultation, ISO 639-1 (e.g. uk, ru, pl).
    #[arg(long, value_name = "ISO639", value_parser = super::shell::languages(), hide_possible_values = true)]
    pub language: Option<String>,
    /// The language an interpreter was needed for, ISO 639-1 (e.g. uk), from
    /// the same list as --language; `none` (the default) when none was needed.
    #[arg(long, value_name = "ISO639|none", value_parser = super::shell::interpreters(), hide_possible_values = true)]
    pub interpreter: Option<String>,
    /// County of residence (e.g. Gdańsk, kartuski; diacritics optional),
    /// outside-pomorskie, or not-stated (default).
    #[arg(long, value_name = "NAME", value_parser = super::shell::counties(), hide_possible_values = true)]
    pub county: Option<String>,
    /// The id of a service the client was referred to (repeat for several; ids are
    /// in `pomost services search … --json`).
    #[arg(long = "refer", value_name = "SERVICE_ID")]
    pub referrals: Vec<String>,
    /// Duration in minutes, 1–600.
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub minutes: Option<String>,
    /// Follow-up date, today or later.
    #[arg(long = "follow-up", value_name = "YYYY-MM-DD")]
    pub follow_up: Option<String>,
    /// Notes: what was done (may start with a dash).
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub note: Option<String>,
}

impl LogArgs {
    /// The options as the form's content; `now` fills a missing `--at`.
    fn draft(self, now: chrono::NaiveDateTime) -> ConsultationDraft {
        ConsultationDraft {
            at: self
                .at
                .unwrap_or_else(|| now.format("%Y-%m-%d %H:%M").to_string()),
            client: self.client.unwrap_or_default(),
            topics: self.topics,
            referrals: self.referrals,
            country: self.country.unwrap_or_default(),
            language: self.language.unwrap_or_default(),
            interpreter: self
                .interpreter
                .filter(|l| !l.trim().eq_ignore_ascii_case("none"))
                .unwrap_or_default(),
            county: self.county.unwrap_or_default(),
            gender: self.gender.unwrap_or_default(),
            age_band: self.age_band.unwrap_or_default(),
            channel: self.channel.unwrap_or_default(),
            minutes: self.minutes.unwrap_or_default(),
            follow_up: self.follow_up.unwrap_or_default(),
            notes: self.note.unwrap_or_default(),
        }
    }
}

/// The option of `pomost log` that sets a field.
pub fn option_name(field: ConsultationField) -> &'static str {
    use ConsultationField as F;
    match field {
        F::At => "--at",
        F::Client => "--client",
        F::Topics => "--topic",
        F::Referrals => "--refer",
        F::Country => "--country",
        F::Language => "--language",
        F::Interpreter => "--interpreter",
        F::County => "--county",
        F::Gender => "--gender",
        F::AgeBand => "--age-band",
        F::Channel => "--channel",
        F::Minutes => "--minutes",
        F::FollowUp => "--follow-up",
        F::Notes => "--note",
    }
}

/// Every problem as one line `--option: message`, what was typed quoted
/// short and clean; the lines after the first get the `pomost: ` prefix here,
/// the first gets it where every error is printed.
fn problems_message(problems: &[FieldProblem]) -> String {
    problems
        .iter()
        .map(|p| format!("{}: {}", option_name(p.field), shorten_quoted(&p.message)))
        .collect::<Vec<_>>()
        .join("\npomost: ")
}

/// Runs `log`; without `--at` the consultation is at `clock`'s now.
pub fn run(args: LogArgs, db: &Path, lang: Lang, clock: Clock) -> Result<(), CliError> {
    let now = clock.warsaw_now();
    let draft = args.draft(now);
    let (mut store, me) = open_as(db, lang, Action::Use, clock)?;
    let reference = Reference {
        topics: store.topics()?,
        counties: store.counties()?,
    };
    let services: HashSet<Uuid> = store.services()?.iter().map(|s| s.id).collect();
    let new = draft
        .validate(&reference, &services, now, lang)
        .map_err(|problems| CliError::usage(problems_message(&problems)))?;
    if store.is_read_only() {
        return Err(CliError::runtime(
            lang.fmt(Msg::ErrReadOnlyFile, &[&store.path().display()]),
        ));
    }
    let stored = store.add_consultation(&new, &me.user)?;
    let mut out = io::stdout().lock();
    writeln!(out, "{}", stored.uid)
        .and_then(|()| out.flush())
        .or_else(|e| super::output_failed(e, lang))
}
