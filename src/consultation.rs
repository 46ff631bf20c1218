//! Consultations: what a counselor records about one contact with a client,
//! and the codes of its statistical fields.

mod draft;
mod record;

use chrono::{NaiveDate, NaiveDateTime};

use crate::i18n::{Lang, Msg};
use uuid::Uuid;

pub use draft::{
    ConsultationDraft, ConsultationField, FieldProblem, NewConsultation, is_client_code,
    new_client_code,
};
pub use record::Record;

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
    /// The language an interpreter was needed for (ISO 639-1), or `None`
    /// when none was needed.
    pub interpreter: Option<String>,
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
