//! A consultation as typed (in the form or on the command line): text that may
//! be incomplete or wrong. It becomes a [`NewConsultation`] only through
//! [`ConsultationDraft::validate`], which names every field that is wrong, in
//! the interface language — the form and `pomost log` share these rules.

use std::collections::HashSet;

use chrono::{Duration, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{AgeBand, Channel, Consultation, Gender, OUTSIDE_POMORSKIE};
use crate::dates::{parse_date, parse_date_time};
use crate::i18n::{Lang, Msg, country_name, language_name};
use crate::limits;
use crate::model::Reference;
use crate::text::{fold, has_control};

/// The fields of a consultation, in form order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[allow(missing_docs)]
pub enum ConsultationField {
    At,
    Client,
    Topics,
    Referrals,
    Country,
    Language,
    Interpreter,
    County,
    Gender,
    AgeBand,
    Channel,
    Minutes,
    FollowUp,
    Notes,
}

/// What is wrong with one field, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    /// The field.
    pub field: ConsultationField,
    /// The problem, in the interface language.
    pub message: String,
}

/// The form's (or the command line's) content. Serialisable: open forms are
/// kept as drafts in the database.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsultationDraft {
    /// `YYYY-MM-DD HH:MM`.
    pub at: String,
    /// Client code.
    pub client: String,
    /// Topic codes.
    pub topics: Vec<String>,
    /// Service ids referred to.
    pub referrals: Vec<String>,
    /// ISO 3166-1 alpha-2, or empty.
    pub country: String,
    /// ISO 639-1, or empty.
    pub language: String,
    /// The language an interpreter was needed for (ISO 639-1), or empty
    /// when none was needed.
    #[serde(default)]
    pub interpreter: String,
    /// County name, `outside-pomorskie`, or empty (not stated).
    pub county: String,
    /// Gender code, empty meaning not stated.
    pub gender: String,
    /// Age band code, empty meaning not stated.
    pub age_band: String,
    /// Channel code, empty meaning in person.
    pub channel: String,
    /// Minutes, or empty.
    pub minutes: String,
    /// Follow-up date `YYYY-MM-DD`, or empty.
    pub follow_up: String,
    /// Notes.
    pub notes: String,
}

/// A valid consultation, ready to be stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewConsultation {
    /// When.
    pub at: NaiveDateTime,
    /// Client code (upper case).
    pub client: String,
    /// Topic codes in taxonomy order.
    pub topics: Vec<String>,
    /// Services referred to.
    pub referrals: Vec<Uuid>,
    /// Country.
    pub country: Option<String>,
    /// Language.
    pub language: Option<String>,
    /// The language an interpreter was needed for, if one was.
    pub interpreter: Option<String>,
    /// County.
    pub county: Option<String>,
    /// Gender.
    pub gender: Gender,
    /// Age band.
    pub age_band: AgeBand,
    /// Channel.
    pub channel: Channel,
    /// Minutes.
    pub minutes: Option<u32>,
    /// Follow-up date.
    pub follow_up: Option<NaiveDate>,
    /// Notes.
    pub notes: String,
}

/// How far ahead of the clock a consultation time may be (clocks differ).
const FUTURE_SLACK_MINUTES: i64 = 10;

impl ConsultationDraft {
    /// The form's content for correcting a stored consultation (the way back
    /// is [`ConsultationDraft::validate`], then the store).
    pub fn from_consultation(c: &Consultation) -> Self {
        Self {
            at: c.at.format("%Y-%m-%d %H:%M").to_string(),
            client: c.client.clone(),
            topics: c.topics.clone(),
            referrals: c.referrals.iter().map(Uuid::to_string).collect(),
            country: c.country.clone().unwrap_or_default(),
            language: c.language.clone().unwrap_or_default(),
            interpreter: c.interpreter.clone().unwrap_or_default(),
            county: c.county.clone().unwrap_or_default(),
            gender: c.gender.code().to_owned(),
            age_band: c.age_band.code().to_owned(),
            channel: c.channel.code().to_owned(),
            minutes: c.minutes.map(|m| m.to_string()).unwrap_or_default(),
            follow_up: c.follow_up.map(|d| d.to_string()).unwrap_or_default(),
            notes: c.notes.clone(),
        }
    }

    /// Checks every field against the reference lists, the known services and
    /// the current time; returns the consultation or every problem.
    pub fn validate(
        &self,
        reference: &Reference,
        services: &HashSet<Uuid>,
        now: NaiveDateTime,
        lang: Lang,
    ) -> Result<NewConsultation, Vec<FieldProblem>> {
        use ConsultationField as F;
        let mut problems = Vec::new();
        let mut fail = |field, message: String| problems.push(FieldProblem { field, message });

        let at = match parse_date_time(&self.at) {
            Ok(at) if at > now + Duration::minutes(FUTURE_SLACK_MINUTES) => {
                fail(F::At, lang.t(Msg::ProbInFuture).to_owned());
                None
            }
            Ok(at) => Some(at),
            Err(e) => {
                fail(F::At, e.message(&self.at, lang));
                None
            }
        };
        let client = self.client.trim().to_uppercase();
        if client.is_empty() {
            // Nothing typed: say what to give, not what it is not.
            fail(F::Client, lang.t(Msg::ProbClientCodeMissing).to_owned());
        } else if !is_client_code(&client) {
            fail(
                F::Client,
                lang.fmt(Msg::ProbClientCode, &[&self.client.trim()]),
            );
        }
        let mut topics: Vec<String> = Vec::new();
        for code in &self.topics {
            let code = code.trim();
            if reference.topic(code).is_none() {
                fail(F::Topics, lang.fmt(Msg::ErrUnknownTopic, &[&code]));
            } else if !topics.iter().any(|t| t == code) {
                topics.push(code.to_owned());
            }
        }
        if self.topics.is_empty() {
            fail(F::Topics, lang.t(Msg::ProbNoTopic).to_owned());
        }
        topics.sort_by_key(|c| reference.topic_position(c));
        let mut referrals = Vec::new();
        for id in &self.referrals {
            match Uuid::parse_str(id.trim()) {
                Ok(uid) if services.contains(&uid) => {
                    if !referrals.contains(&uid) {
                        referrals.push(uid);
                    }
                }
                _ => fail(
                    F::Referrals,
                    lang.fmt(Msg::ProbUnknownService, &[&id.trim()]),
                ),
            }
        }
        let country = Some(self.country.trim().to_uppercase()).filter(|c| !c.is_empty());
        if let Some(c) = &country {
            if country_name(c, lang).is_none() {
                fail(F::Country, lang.fmt(Msg::ProbUnknownCountry, &[c]));
            }
        }
        let language = Some(self.language.trim().to_lowercase()).filter(|c| !c.is_empty());
        if let Some(l) = &language {
            if language_name(l, lang).is_none() {
                fail(F::Language, lang.fmt(Msg::ErrUnknownLanguage, &[l]));
            }
        }
        // The same list of languages as the consultation's own.
        let interpreter = Some(self.interpreter.trim().to_lowercase()).filter(|c| !c.is_empty());
        if let Some(l) = &interpreter {
            if language_name(l, lang).is_none() {
                fail(F::Interpreter, lang.fmt(Msg::ErrUnknownLanguage, &[l]));
            }
        }
        let county = match self.county.trim() {
            "" | "not-stated" => None,
            OUTSIDE_POMORSKIE => Some(OUTSIDE_POMORSKIE.to_owned()),
            name => {
                let folded = fold(name);
                let found = reference.counties.iter().find(|c| fold(&c.name) == folded);
                if found.is_none() {
                    fail(F::County, lang.fmt(Msg::ErrUnknownCounty, &[&name]));
                }
                found.map(|c| c.name.clone())
            }
        };
        let mut code = |field, text: &str, default: &str, valid: &[&str]| -> String {
            let text = text.trim();
            let value = if text.is_empty() { default } else { text };
            if !valid.contains(&value) {
                fail(
                    field,
                    lang.fmt(Msg::ProbUnknownCode, &[&value, &valid.join(", ")]),
                );
            }
            value.to_owned()
        };
        let gender_codes: Vec<&str> = Gender::ALL.iter().map(|g| g.code()).collect();
        let age_codes: Vec<&str> = AgeBand::ALL.iter().map(|a| a.code()).collect();
        let channel_codes: Vec<&str> = Channel::ALL.iter().map(|c| c.code()).collect();
        let gender = Gender::parse(&code(F::Gender, &self.gender, "not-stated", &gender_codes));
        let age_band = AgeBand::parse(&code(F::AgeBand, &self.age_band, "not-stated", &age_codes));
        let channel = Channel::parse(&code(
            F::Channel,
            &self.channel,
            "in-person",
            &channel_codes,
        ));
        let minutes = match self.minutes.trim() {
            "" => None,
            m => match m.parse::<u32>() {
                Ok(n) if (1..=600).contains(&n) => Some(n),
                _ => {
                    fail(F::Minutes, lang.fmt(Msg::ProbMinutes, &[&m]));
                    None
                }
            },
        };
        let follow_up = match self.follow_up.trim() {
            "" => None,
            d => match parse_date(d) {
                Ok(date) if date < now.date() => {
                    fail(F::FollowUp, lang.t(Msg::ProbFollowUpPast).to_owned());
                    None
                }
                Ok(date) => Some(date),
                Err(e) => {
                    fail(F::FollowUp, e.message(d, lang));
                    None
                }
            },
        };
        if has_control(&self.notes) {
            fail(F::Notes, lang.t(Msg::ProbControlChars).to_owned());
        }
        if let Some(message) = limits::too_long(self.notes.trim_end(), limits::NOTES, lang) {
            fail(F::Notes, message);
        }
        match (at, gender, age_band, channel) {
            (Some(at), Some(gender), Some(age_band), Some(channel)) if problems.is_empty() => {
                Ok(NewConsultation {
                    at,
                    client,
                    topics,
                    referrals,
                    country,
                    language,
                    interpreter,
                    county,
                    gender,
                    age_band,
                    channel,
                    minutes,
                    follow_up,
                    notes: self.notes.trim_end().to_owned(),
                })
            }
            _ => Err(problems),
        }
    }

    /// True when nothing has been typed that would be lost by closing.
    pub fn is_blank(&self) -> bool {
        let typed = [
            &self.client,
            &self.country,
            &self.language,
            &self.interpreter,
            &self.county,
            &self.minutes,
            &self.follow_up,
            &self.notes,
        ];
        typed.iter().all(|t| t.trim().is_empty())
            && self.topics.is_empty()
            && self.referrals.is_empty()
    }
}

/// A client code: 3–20 characters, upper-case letters (A–Z), digits and dashes —
/// a pseudonym, never a name.
pub fn is_client_code(code: &str) -> bool {
    (3..=20).contains(&code.len())
        && code
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
        && code.chars().any(|c| c.is_ascii_alphanumeric())
}

/// A new client code: `K-` and six characters from an alphabet without the
/// look-alikes (0/O, 1/I/L), from a random UUID. The caller checks uniqueness.
pub fn new_client_code() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let bytes = Uuid::new_v4().into_bytes();
    let tail: String = bytes[..6]
        .iter()
        .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
        .collect();
    format!("K-{tail}")
}
