//! The domain types: what the directory, the timetable and the catalogue hold.
//!
//! These are plain data. Validation of outside input lives in `hsds` (services)
//! and `seed` (sessions); the store only accepts these already-valid values.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{NaiveDate, NaiveTime, Weekday};
use uuid::Uuid;

use crate::i18n::{Lang, Stored};

mod listing;
pub use listing::{Codes, Listed, Listing};

/// A text in its original language (Polish in the shipped data) with an optional
/// English translation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Localized {
    /// The original text.
    pub text: String,
    /// English translation, when one was given.
    pub en: Option<String>,
    /// Translations into the clients' other languages, by ISO 639-1 code
    /// (`uk`, `ru`): what a client's card shows in their language.
    pub more: BTreeMap<String, String>,
}

impl Localized {
    /// A text with no translation.
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            en: None,
            more: BTreeMap::new(),
        }
    }

    /// The translation into a language (`en`, `uk` …), when there is one.
    pub fn in_language(&self, code: &str) -> Option<&str> {
        let text = match code {
            "en" => self.en.as_deref(),
            _ => self.more.get(code).map(String::as_str),
        };
        text.filter(|t| !t.trim().is_empty())
    }

    /// The text for the interface language, falling back to the original.
    pub fn get(&self, lang: Lang) -> &str {
        self.stored(lang.stored())
    }

    /// One of the stored texts: the original, or the English translation
    /// falling back to the original.
    pub fn stored(&self, which: Stored) -> &str {
        match (which, &self.en) {
            (Stored::English, Some(en)) if !en.is_empty() => en,
            _ => &self.text,
        }
    }

    /// True when there is no text at all.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }
}

/// A topic area of the shared taxonomy (`legalisation`, `legal` …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topic {
    /// Stable code used by the command line and reports.
    pub code: String,
    /// Polish label.
    pub pl: String,
    /// English label.
    pub en: String,
}

impl Topic {
    /// The label in the interface language.
    pub fn label(&self, lang: Lang) -> &str {
        lang.topic_label(&self.code, &self.pl, &self.en)
    }
}

/// Whether a county is a city with county rights or a land county.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountyKind {
    /// Miasto na prawach powiatu.
    City,
    /// Powiat ziemski.
    Land,
}

/// A county of the Pomeranian voivodeship.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct County {
    /// The Polish name as written in the directory (`Gdańsk`, `kartuski`).
    pub name: String,
    /// City or land county.
    pub kind: CountyKind,
}

/// The area name that stands for the whole voivodeship in `service_areas`.
pub const WHOLE_REGION: &str = "pomorskie";

/// An organisation that runs services.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organization {
    /// HSDS id.
    pub id: Uuid,
    /// Name (with English translation).
    pub name: Localized,
    /// What it is (with English translation).
    pub description: Localized,
    /// Contact e-mail, if known.
    pub email: Option<String>,
    /// Web site, if known.
    pub website: Option<String>,
}

/// HSDS service status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServiceStatus {
    /// Running.
    Active,
    /// Not running now.
    Inactive,
    /// Retired for good.
    Defunct,
    /// Closed for a while.
    TemporarilyClosed,
}

impl ServiceStatus {
    /// All statuses, in HSDS order.
    pub const ALL: [ServiceStatus; 4] = [
        Self::Active,
        Self::Inactive,
        Self::Defunct,
        Self::TemporarilyClosed,
    ];

    /// The HSDS spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Defunct => "defunct",
            Self::TemporarilyClosed => "temporarily closed",
        }
    }

    /// Parses the HSDS spelling.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|st| st.as_str() == s)
    }
}

/// Where a service is delivered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocationKind {
    /// A place people go to.
    Physical,
    /// Online (video call, web portal, phone line).
    Virtual,
}

/// A postal address of a physical location.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    /// Street and number.
    pub street: String,
    /// City.
    pub city: String,
    /// Postal code (`80-001`).
    pub postal_code: String,
}

/// A place (or an online channel) where a service is delivered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// HSDS id of the location.
    pub id: Uuid,
    /// Physical or online.
    pub kind: LocationKind,
    /// Name of the place or platform (`Zoom`, `Gdańsk`).
    pub name: Option<String>,
    /// Address, when one is known.
    pub address: Option<Address>,
    /// Link, for online locations.
    pub url: Option<String>,
}

/// A weekly opening rule: on these weekdays from `opens` to `closes`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    /// HSDS id of the schedule.
    pub id: Uuid,
    /// Weekdays (at least one), in week order.
    pub days: Vec<Weekday>,
    /// Opening time, Europe/Warsaw wall clock.
    pub opens: NaiveTime,
    /// Closing time, after `opens`.
    pub closes: NaiveTime,
    /// First day the rule applies.
    pub valid_from: Option<NaiveDate>,
    /// Last day the rule applies.
    pub valid_to: Option<NaiveDate>,
    /// A note (who the hours are for).
    pub note: Option<String>,
    /// The note in English, when translated (issue #14).
    pub note_en: Option<String>,
}

impl Schedule {
    /// The note in the interface language: the English one in English when
    /// there is one, else the original.
    pub fn note_in(&self, lang: Lang) -> Option<&str> {
        match (lang.stored(), self.note_en.as_deref()) {
            (Stored::English, Some(en)) if !en.trim().is_empty() => Some(en),
            _ => self.note.as_deref(),
        }
    }
}

/// A service of the directory, as the store holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Service {
    /// HSDS id (a UUID).
    pub id: Uuid,
    /// The organisation that runs it, shared by every service of the
    /// organisation that was read together (at 100 000 services a copy each
    /// was a fifth of the directory's memory).
    pub organization: Option<Arc<Organization>>,
    /// Name.
    pub name: Localized,
    /// What it is.
    pub description: Localized,
    /// HSDS status.
    pub status: ServiceStatus,
    /// Topic codes, in taxonomy order.
    pub topics: Vec<String>,
    /// Languages spoken, ISO 639-1 codes.
    pub languages: Vec<String>,
    /// Counties served (or [`WHOLE_REGION`]).
    pub areas: Vec<String>,
    /// Who it is for.
    pub eligibility: Localized,
    /// How to apply.
    pub application_process: Localized,
    /// Fees in words.
    pub fees: Localized,
    /// Free of charge: `Some(true)`, paid: `Some(false)`, not stated: `None`.
    pub free: Option<bool>,
    /// Contact e-mail.
    pub email: Option<String>,
    /// Phone numbers.
    pub phones: Vec<String>,
    /// Web page.
    pub url: Option<String>,
    /// Where it is delivered.
    pub locations: Vec<Location>,
    /// When it is open.
    pub schedules: Vec<Schedule>,
    /// The day its information was last checked.
    pub last_verified: Option<NaiveDate>,
    /// What the publisher's HSDS says beyond Pomost's own fields, for the
    /// details pane (only for a service imported from such a file).
    pub published: Option<Box<Published>>,
}

/// What a publisher's HSDS says of a service beyond the fields Pomost edits
/// (branch hsds), each part in the publisher's words, ready to show.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Published {
    /// Another name the service is known by.
    pub alternate_name: Option<String>,
    /// A notice (closure, change of hours).
    pub alert: Option<String>,
    /// Interpretation the service offers.
    pub interpretation: Option<String>,
    /// Ages served: `12–100`, `12+`, `–17`.
    pub ages: Option<String>,
    /// Named people: name, title, department, e-mail, phones.
    pub contacts: Vec<String>,
    /// Documents to bring.
    pub documents: Vec<String>,
    /// Cost options: option, amount and currency as given, what the amount is for.
    pub costs: Vec<String>,
    /// Phones: number, extension, type, description, languages.
    pub phones: Vec<String>,
    /// Accessibility of its places.
    pub accessibility: Vec<String>,
    /// Addresses of its places as given (every part, the country as written).
    pub addresses: Vec<String>,
    /// Coordinates of its places: `name: latitude, longitude`.
    pub coordinates: Vec<String>,
    /// Opening rules Pomost does not model (monthly, every other week …), in
    /// the publisher's words or as the rule.
    pub other_hours: Vec<String>,
    /// Opening rules beyond the weekly ones (monthly, every other week,
    /// counted), read for "open now" and shown in words.
    pub rules: Vec<Rule>,
    /// Taxonomy terms of other taxonomies than Pomost's topics.
    pub terms: Vec<Term>,
    /// Topics reached only through the coordinators' mapping of `terms`.
    pub mapped: Vec<String>,
}

impl Published {
    /// True when it holds nothing to show.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// An opening rule of a publisher's HSDS beyond "every week on these days"
/// (RFC 5545 as HSDS uses it): weekly every `interval` weeks, or monthly
/// every `interval` months on ordinal weekdays (`1MO`: the first Monday,
/// `-1FR`: the last Friday) or days of the month, for `count` occurrences or
/// until a day. Times are Warsaw wall-clock times.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    /// Monthly (else weekly).
    pub monthly: bool,
    /// Every how many weeks or months (1 or more).
    pub interval: u32,
    /// Weekdays, each with its ordinal in the month (0: every such weekday).
    pub days: Vec<(i32, Weekday)>,
    /// Days of the month (negative: from its end, -1 the last day).
    pub month_days: Vec<i32>,
    /// Opening time.
    pub opens: NaiveTime,
    /// Closing time (after `opens`).
    pub closes: NaiveTime,
    /// The first occurrence's day (`dtstart`, else `valid_from`): what
    /// `interval` and `count` count from.
    pub start: Option<NaiveDate>,
    /// First day the rule applies.
    pub valid_from: Option<NaiveDate>,
    /// Last day the rule applies (`valid_to` or `until`, the earlier).
    pub valid_to: Option<NaiveDate>,
    /// How many occurrences there are, from `start`.
    pub count: Option<u32>,
    /// The publisher's words for it.
    pub note: Option<String>,
}

/// A taxonomy term of another taxonomy, as the publisher gave it.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Term {
    /// The taxonomy's name (`AIRS/211 LA County`), or empty.
    pub taxonomy: String,
    /// The term's code (`LH-2000`), or its id when it has none.
    pub code: String,
    /// The term's name.
    pub name: String,
}

impl Service {
    /// An active service with only an id and a name; every other field empty.
    pub fn new(id: Uuid, name: impl Into<String>) -> Self {
        Self {
            id,
            organization: None,
            name: Localized::new(name),
            description: Localized::default(),
            status: ServiceStatus::Active,
            topics: Vec::new(),
            languages: Vec::new(),
            areas: Vec::new(),
            eligibility: Localized::default(),
            application_process: Localized::default(),
            fees: Localized::default(),
            free: None,
            email: None,
            phones: Vec::new(),
            url: None,
            locations: Vec::new(),
            schedules: Vec::new(),
            last_verified: None,
            published: None,
        }
    }

    /// True when the service is delivered online.
    pub fn is_online(&self) -> bool {
        self.locations
            .iter()
            .any(|l| l.kind == LocationKind::Virtual)
    }

    /// True when the service serves the county (or the whole region).
    pub fn serves(&self, county: &str) -> bool {
        self.areas.iter().any(|a| a == county || a == WHOLE_REGION)
    }
}

/// How a support session is attended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionMode {
    /// Online (a video call).
    Online,
    /// In person at a place.
    InPerson,
}

impl SessionMode {
    /// The stored spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Online => "online",
            Self::InPerson => "in-person",
        }
    }

    /// Parses the stored spelling.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "online" => Some(Self::Online),
            "in-person" => Some(Self::InPerson),
            _ => None,
        }
    }
}

/// What is stored about a session's changes: its version (1 when created,
/// one more with each change) and the moment of its last change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Revision {
    /// The stored version.
    pub version: i64,
    /// When it last changed (none if the stored stamp cannot be read).
    pub updated: Option<chrono::DateTime<chrono::Utc>>,
}

/// Each session's [`Revision`], by id.
pub type Revisions = std::collections::HashMap<Uuid, Revision>;

/// When a session takes place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionWhen {
    /// Every week on these days.
    Weekly {
        /// Weekdays, at least one.
        days: Vec<Weekday>,
        /// Start, Europe/Warsaw wall clock.
        starts: NaiveTime,
        /// End, after the start.
        ends: NaiveTime,
        /// First day of the series.
        valid_from: NaiveDate,
        /// Last day of the series, if it ends.
        valid_until: Option<NaiveDate>,
    },
    /// Once, on one date.
    Once {
        /// The day.
        date: NaiveDate,
        /// Start, Europe/Warsaw wall clock.
        starts: NaiveTime,
        /// End, when announced.
        ends: Option<NaiveTime>,
    },
}

/// One cancelled occurrence of a weekly session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cancellation {
    /// The date of the cancelled occurrence.
    pub date: NaiveDate,
    /// Why (a holiday …).
    pub reason: String,
}

/// A support session of the timetable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// Stable id.
    pub id: Uuid,
    /// Title.
    pub title: Localized,
    /// Who it is for.
    pub audience: Localized,
    /// Theme or description.
    pub theme: Localized,
    /// Who runs it (an institution's name, with its English translation).
    pub organiser: Localized,
    /// Online or in person.
    pub mode: SessionMode,
    /// Place, for in-person sessions.
    pub place: Option<String>,
    /// Link, for online sessions.
    pub link: Option<String>,
    /// Contact (e-mail).
    pub contact: Option<String>,
    /// When.
    pub when: SessionWhen,
    /// Cancelled single occurrences.
    pub cancellations: Vec<Cancellation>,
}

impl Session {
    /// Strips every text of terminal control sequences, for display.
    pub fn sanitize(&mut self) {
        for t in [
            &mut self.title,
            &mut self.audience,
            &mut self.theme,
            &mut self.organiser,
        ] {
            clean_localized(t);
        }
        clean_opt(&mut self.place);
        clean_opt(&mut self.link);
        clean_opt(&mut self.contact);
        for c in &mut self.cancellations {
            clean(&mut c.reason);
        }
    }
}

/// The reference lists that validation and display look codes up in.
#[derive(Debug, Clone, Default)]
pub struct Reference {
    /// Topics in taxonomy order.
    pub topics: Vec<Topic>,
    /// Counties in catalogue order.
    pub counties: Vec<County>,
}

impl Reference {
    /// The topic with this code.
    pub fn topic(&self, code: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.code == code)
    }

    /// The position of a topic in the taxonomy (unknown codes last).
    pub fn topic_position(&self, code: &str) -> usize {
        self.topics
            .iter()
            .position(|t| t.code == code)
            .unwrap_or(usize::MAX)
    }

    /// True for a county name of the list or [`WHOLE_REGION`].
    pub fn is_area(&self, name: &str) -> bool {
        name == WHOLE_REGION || self.counties.iter().any(|c| c.name == name)
    }

    /// The label of a topic code in the interface language (the code if unknown).
    pub fn topic_label<'a>(&'a self, code: &'a str, lang: Lang) -> &'a str {
        self.topic(code).map_or(code, |t| t.label(lang))
    }

    /// Strips the topics' labels of terminal control sequences, for display
    /// (codes and county names are keys, compared with stored values, and
    /// left as they are).
    pub fn sanitize(&mut self) {
        for t in &mut self.topics {
            clean(&mut t.pl);
            clean(&mut t.en);
        }
    }
}

/// Strips terminal control sequences from a text in place (allocating only
/// when there is something to strip).
fn clean(text: &mut String) {
    if let std::borrow::Cow::Owned(stripped) = crate::text::sanitize(text) {
        *text = stripped;
    }
}

fn clean_opt(text: &mut Option<String>) {
    if let Some(t) = text {
        clean(t);
    }
}

fn clean_localized(text: &mut Localized) {
    clean(&mut text.text);
    clean_opt(&mut text.en);
    text.more.values_mut().for_each(clean);
}

impl Organization {
    /// True when no text of it needs [`Organization::sanitize`] (a shared
    /// organisation is then left shared).
    pub fn is_clean(&self) -> bool {
        let clean = |t: &str| matches!(crate::text::sanitize(t), std::borrow::Cow::Borrowed(_));
        let localized = |l: &Localized| {
            clean(&l.text) && l.en.as_deref().is_none_or(clean) && l.more.values().all(|t| clean(t))
        };
        localized(&self.name)
            && localized(&self.description)
            && self.email.as_deref().is_none_or(clean)
            && self.website.as_deref().is_none_or(clean)
    }

    /// Strips every text of terminal control sequences, for display.
    pub fn sanitize(&mut self) {
        clean_localized(&mut self.name);
        clean_localized(&mut self.description);
        clean_opt(&mut self.email);
        clean_opt(&mut self.website);
    }
}

impl Service {
    /// Strips every text of terminal control sequences, for display.
    pub fn sanitize(&mut self) {
        if let Some(org) = &mut self.organization {
            if !org.is_clean() {
                Arc::make_mut(org).sanitize();
            }
        }
        for t in [
            &mut self.name,
            &mut self.description,
            &mut self.eligibility,
            &mut self.application_process,
            &mut self.fees,
        ] {
            clean_localized(t);
        }
        for list in [
            &mut self.topics,
            &mut self.languages,
            &mut self.areas,
            &mut self.phones,
        ] {
            list.iter_mut().for_each(clean);
        }
        clean_opt(&mut self.email);
        clean_opt(&mut self.url);
        for loc in &mut self.locations {
            clean_opt(&mut loc.name);
            clean_opt(&mut loc.url);
            if let Some(a) = &mut loc.address {
                clean(&mut a.street);
                clean(&mut a.city);
                clean(&mut a.postal_code);
            }
        }
        for sc in &mut self.schedules {
            clean_opt(&mut sc.note);
            clean_opt(&mut sc.note_en);
        }
        if let Some(p) = &mut self.published {
            for t in [
                &mut p.alternate_name,
                &mut p.alert,
                &mut p.interpretation,
                &mut p.ages,
            ] {
                clean_opt(t);
            }
            for list in [
                &mut p.contacts,
                &mut p.documents,
                &mut p.costs,
                &mut p.phones,
                &mut p.accessibility,
                &mut p.addresses,
                &mut p.coordinates,
                &mut p.other_hours,
            ] {
                list.iter_mut().for_each(clean);
            }
            for r in &mut p.rules {
                clean_opt(&mut r.note);
            }
            for t in &mut p.terms {
                clean(&mut t.taxonomy);
                clean(&mut t.code);
                clean(&mut t.name);
            }
        }
    }
}
