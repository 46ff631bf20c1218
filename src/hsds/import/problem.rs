//! What an import found wrong: the problem with one field, the field and
//! record it is in, and the whole file's refusal, each put into words.

use crate::dates::DateError;
use crate::i18n::{Lang, Msg};
use crate::text::{excerpt, shorten_quoted};

/// What is wrong with one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Not a UUID.
    InvalidUuid(String),
    /// Not a YYYY-MM-DD date that exists.
    InvalidDate(String),
    /// A date outside the years Pomost accepts (a short excerpt of it).
    YearOutOfRange(String),
    /// The end of a validity period before its start.
    UntilBeforeFrom,
    /// Not an HH:MM time.
    InvalidTime(String),
    /// Closing time not after opening time.
    ClosesBeforeOpens,
    /// Not an e-mail address.
    InvalidEmail(String),
    /// Not an http(s) link.
    InvalidUrl(String),
    /// Status not in the HSDS list.
    UnknownStatus(String),
    /// A required text is empty.
    Empty,
    /// Terminal control characters in text.
    ControlCharacters,
    /// Longer than its limit ([`crate::limits`]): its length and the limit,
    /// in characters (or items, for a list).
    TooLong {
        /// How long it is.
        len: usize,
        /// How long it may be.
        max: usize,
    },
    /// The id appears twice in the file.
    DuplicateId(String),
    /// The id of a place or opening-hours rule belongs to another service in
    /// the database (that service's name, short).
    IdTaken {
        /// The id.
        id: String,
        /// The name of the service that has it.
        owner: String,
    },
    /// Weekday codes not like `MO,TU`.
    InvalidDays(String),
    /// Only weekly schedules are kept.
    UnsupportedFreq(String),
    /// Location type not physical/virtual/postal.
    UnknownLocationType(String),
    /// `organization_id` differs from the embedded organisation.
    OrganizationMismatch,
    /// A topic attribute without a code.
    MissingTopicCode,
    /// Unknown topic code.
    UnknownTopic(String),
    /// Unknown language code.
    UnknownLanguage(String),
    /// Unknown county.
    UnknownCounty(String),
    /// JSON of the wrong shape (serde's words).
    Shape(String),
}

impl Problem {
    /// The problem in words, in the interface language. A value is quoted as
    /// a short, clean [`excerpt`]: the file may hold megabytes in one field,
    /// or escape sequences.
    pub fn message(&self, lang: Lang) -> String {
        use Problem::*;
        let quote = |msg: Msg, v: &str| lang.fmt(msg, &[&excerpt(v)]);
        match self {
            InvalidUuid(v) => quote(Msg::ProbInvalidUuid, v),
            InvalidDate(v) => quote(Msg::ProbInvalidDate, v),
            YearOutOfRange(v) => DateError::OutOfRange.message(v, lang),
            UntilBeforeFrom => lang.t(Msg::ProbUntilBeforeFrom).to_owned(),
            InvalidTime(v) => quote(Msg::ProbInvalidTime, v),
            ClosesBeforeOpens => lang.t(Msg::ProbClosesBeforeOpens).to_owned(),
            InvalidEmail(v) => quote(Msg::ProbInvalidEmail, v),
            InvalidUrl(v) => quote(Msg::ProbInvalidUrl, v),
            UnknownStatus(v) => quote(Msg::ProbUnknownStatus, v),
            Empty => lang.t(Msg::ProbEmpty).to_owned(),
            ControlCharacters => lang.t(Msg::ProbControlChars).to_owned(),
            TooLong { len, max } => lang.fmt(Msg::ProbTooLong, &[len, max]),
            DuplicateId(v) => quote(Msg::ProbDuplicateId, v),
            IdTaken { id, owner } => lang.fmt(Msg::ProbIdTaken, &[&excerpt(id), owner]),
            InvalidDays(v) => quote(Msg::ProbInvalidDays, v),
            UnsupportedFreq(v) => quote(Msg::ProbUnsupportedFreq, v),
            UnknownLocationType(v) => quote(Msg::ProbUnknownLocationType, v),
            OrganizationMismatch => lang.t(Msg::ProbOrgMismatch).to_owned(),
            MissingTopicCode => lang.t(Msg::ProbMissingTopicCode).to_owned(),
            UnknownTopic(v) => quote(Msg::ErrUnknownTopic, v),
            UnknownLanguage(v) => quote(Msg::ErrUnknownLanguage, v),
            UnknownCounty(v) => quote(Msg::ErrUnknownCounty, v),
            // serde's sentence may quote the value ("invalid type: string …").
            Shape(v) => shorten_quoted(v),
        }
    }
}

/// A problem at one field of one record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// 1-based position of the record in the array.
    pub record: usize,
    /// The record's name (or id) to help find it.
    pub label: String,
    /// The field path (`schedules[0].closes_at`).
    pub field: String,
    /// What is wrong.
    pub problem: Problem,
}

impl FieldError {
    /// One line in the interface language; the record's name and the field's
    /// path (which holds the file's keys) are quoted as excerpts.
    pub fn message(&self, lang: Lang) -> String {
        lang.fmt(
            Msg::ErrRecordField,
            &[
                &self.record,
                &excerpt(&self.label),
                &excerpt(&self.field),
                &self.problem.message(lang),
            ],
        )
    }
}

/// Why a services file cannot be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Not JSON at all (with serde's line and column).
    Syntax {
        /// serde's description.
        detail: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// JSON, but not an array.
    NotArray,
    /// Records with problems.
    Invalid(Vec<FieldError>),
}

impl ImportError {
    /// Every line of the explanation, in the interface language.
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        match self {
            Self::Syntax {
                detail,
                line,
                column,
            } => vec![lang.fmt(Msg::ErrJsonSyntax, &[line, column, &shorten_quoted(detail)])],
            Self::NotArray => vec![lang.t(Msg::ErrNotArray).to_owned()],
            Self::Invalid(errors) => errors.iter().map(|e| e.message(lang)).collect(),
        }
    }
}
