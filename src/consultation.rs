//! Consultations: what a counselor records about one contact with a client,
//! and the codes of its statistical fields.

mod draft;

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

use crate::i18n::{Lang, Msg};
use uuid::Uuid;

pub use draft::{
    ConsultationDraft, ConsultationField, FieldProblem, NewConsultation, is_client_code,
    new_client_code,
};

/// Declares a code list: an enum with its stored spelling.
macro_rules! codes {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $code:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vdoc])* $variant),*
        }

        impl $name {
            /// Every value, in the order forms and reports list them.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The stored (and command-line) spelling.
            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code),*
                }
            }

            /// Parses the stored spelling.
            pub fn parse(s: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.code() == s)
            }
        }
    };
}

codes! {
    /// Gender, for statistics.
    Gender {
        /// Female.
        Female = "female",
        /// Male.
        Male = "male",
        /// Other.
        Other = "other",
        /// Not stated.
        NotStated = "not-stated",
    }
}

codes! {
    /// Age band, for statistics.
    AgeBand {
        /// Under 18.
        Under18 = "0-17",
        /// 18 to 29.
        From18 = "18-29",
        /// 30 to 44.
        From30 = "30-44",
        /// 45 to 64.
        From45 = "45-64",
        /// 65 and over.
        From65 = "65+",
        /// Not stated.
        NotStated = "not-stated",
    }
}

codes! {
    /// How the consultation took place.
    Channel {
        /// At the desk.
        InPerson = "in-person",
        /// By phone.
        Phone = "phone",
        /// Online.
        Online = "online",
    }
}

/// The county value for clients living outside the voivodeship.
pub const OUTSIDE_POMORSKIE: &str = "outside-pomorskie";

impl Gender {
    /// In words, in the interface language.
    pub fn label(self, lang: Lang) -> &'static str {
        lang.t(match self {
            Gender::Female => Msg::GenderFemale,
            Gender::Male => Msg::GenderMale,
            Gender::Other => Msg::GenderOther,
            Gender::NotStated => Msg::NotStated,
        })
    }
}

impl AgeBand {
    /// In words (the band itself, or "not stated").
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            AgeBand::NotStated => lang.t(Msg::NotStated),
            other => other.code(),
        }
    }
}

impl Channel {
    /// In words, in the interface language.
    pub fn label(self, lang: Lang) -> &'static str {
        lang.t(match self {
            Channel::InPerson => Msg::InPerson,
            Channel::Phone => Msg::ChannelPhone,
            Channel::Online => Msg::Online,
        })
    }
}

/// A county value in words: the county, "outside Pomorskie", or "not stated".
pub fn county_label(county: Option<&str>, lang: Lang) -> String {
    match county {
        None | Some("not-stated") => lang.t(Msg::NotStated).to_owned(),
        Some(OUTSIDE_POMORSKIE) => lang.t(Msg::OutsidePomorskie).to_owned(),
        Some(name) => crate::text::one_line(name),
    }
}

/// A consultation as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consultation {
    /// Row id (grows with insertion).
    pub id: i64,
    /// Stable id for exports.
    pub uid: Uuid,
    /// When, Warsaw wall clock.
    pub at: NaiveDateTime,
    /// The staff member (Unix user) who logged it.
    pub staff: String,
    /// The client's pseudonymous code.
    pub client: String,
    /// Topic codes, at least one.
    pub topics: Vec<String>,
    /// Services the client was referred to.
    pub referrals: Vec<Uuid>,
    /// Country of origin, ISO 3166-1 alpha-2.
    pub country: Option<String>,
    /// Language used, ISO 639-1.
    pub language: Option<String>,
    /// County of residence, [`OUTSIDE_POMORSKIE`], or `None` (not stated).
    pub county: Option<String>,
    /// Gender.
    pub gender: Gender,
    /// Age band.
    pub age_band: AgeBand,
    /// Channel.
    pub channel: Channel,
    /// Duration.
    pub minutes: Option<u32>,
    /// Follow-up date.
    pub follow_up: Option<NaiveDate>,
    /// True once the follow-up was done.
    pub follow_up_done: bool,
    /// Free text.
    pub notes: String,
    /// Grows by one per correction.
    pub version: i64,
    /// When it was last changed (RFC 3339 UTC).
    pub updated_at: String,
    /// Who last changed it.
    pub updated_by: String,
}

/// A consultation with every field, as exported (`pomost consultations … --format
/// json`) and as kept in the version history.
#[derive(Debug, Serialize)]
pub struct Record<'a> {
    /// Stable id.
    pub uid: Uuid,
    /// `YYYY-MM-DD HH:MM`.
    pub at: String,
    /// Who logged it.
    pub staff: &'a str,
    /// Client code.
    pub client: &'a str,
    /// Topic codes.
    pub topics: &'a [String],
    /// Services referred to.
    pub referrals: &'a [Uuid],
    /// Country code.
    pub country: Option<&'a str>,
    /// Language code.
    pub language: Option<&'a str>,
    /// County.
    pub county: Option<&'a str>,
    /// Gender code.
    pub gender: &'static str,
    /// Age band code.
    pub age_band: &'static str,
    /// Channel code.
    pub channel: &'static str,
    /// Minutes.
    pub minutes: Option<u32>,
    /// Follow-up date.
    pub follow_up: Option<NaiveDate>,
    /// Follow-up done.
    pub follow_up_done: bool,
    /// Notes.
    pub notes: &'a str,
    /// Version.
    pub version: i64,
    /// Last change (RFC 3339 UTC).
    pub updated_at: &'a str,
    /// Who made it.
    pub updated_by: &'a str,
}

impl Consultation {
    /// The exported form of this consultation.
    pub fn record(&self) -> Record<'_> {
        Record {
            uid: self.uid,
            at: self.at.format("%Y-%m-%d %H:%M").to_string(),
            staff: &self.staff,
            client: &self.client,
            topics: &self.topics,
            referrals: &self.referrals,
            country: self.country.as_deref(),
            language: self.language.as_deref(),
            county: self.county.as_deref(),
            gender: self.gender.code(),
            age_band: self.age_band.code(),
            channel: self.channel.code(),
            minutes: self.minutes,
            follow_up: self.follow_up,
            follow_up_done: self.follow_up_done,
            notes: &self.notes,
            version: self.version,
            updated_at: &self.updated_at,
            updated_by: &self.updated_by,
        }
    }
}
