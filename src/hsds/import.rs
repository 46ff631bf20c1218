//! Reading and validating an HSDS services file: everything is checked before
//! anything is written, and every problem names its record and field.

use std::collections::HashSet;

use chrono::{NaiveDate, NaiveTime, Weekday};
use uuid::Uuid;

use super::{BYDAY, HsdsService, HsdsTranslation, TOPIC_TAXONOMY};
use crate::dates::{DateError, parse_date, parse_time};
use crate::i18n::LANGUAGE_CODES;
use crate::limits;
use crate::model::{
    Address, Localized, Location, LocationKind, Organization, Reference, Schedule, Service,
    ServiceStatus,
};
use crate::text::{excerpt, has_control};

mod problem;

pub use problem::{FieldError, ImportError, Problem};

/// Parses and validates a JSON array of HSDS services against the reference
/// lists. Returns every problem found, not just the first.
pub fn parse_services(json: &str, reference: &Reference) -> Result<Vec<Service>, ImportError> {
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| ImportError::Syntax {
        detail: strip_position(&e.to_string()),
        line: e.line(),
        column: e.column(),
    })?;
    let serde_json::Value::Array(items) = value else {
        return Err(ImportError::NotArray);
    };
    let mut errors = Vec::new();
    let mut services = Vec::with_capacity(items.len());
    let mut seen = HashSet::new();
    let mut parts = PartIds::default();
    for (i, item) in items.into_iter().enumerate() {
        let label = record_label(
            item.get("name")
                .and_then(|v| v.as_str())
                .or_else(|| item.get("id").and_then(|v| v.as_str()))
                .unwrap_or("?"),
        );
        let mut check = Checker {
            record: i + 1,
            label,
            errors: &mut errors,
            parts: &mut parts,
        };
        let raw: HsdsService = match serde_path_to_error::deserialize(item) {
            Ok(raw) => raw,
            Err(e) => {
                let field = e.path().to_string();
                check.fail(&field, Problem::Shape(e.into_inner().to_string()));
                continue;
            }
        };
        if !seen.insert(raw.id.clone()) {
            check.fail("id", Problem::DuplicateId(raw.id.clone()));
        }
        if let Some(service) = check.service(&raw, reference) {
            services.push(service);
        }
    }
    if errors.is_empty() {
        Ok(services)
    } else {
        Err(ImportError::Invalid(errors))
    }
}

/// A record's name (or id) as messages show it: one clean line of at most
/// 60 characters ([`excerpt`]).
pub fn record_label(name: &str) -> String {
    excerpt(name)
}

/// The ids of places and opening-hours rules seen so far in a file: each
/// names one row of the database, so none may appear twice.
#[derive(Default)]
struct PartIds {
    locations: HashSet<Uuid>,
    schedules: HashSet<Uuid>,
}

/// serde_json appends " at line L column C", which we report separately.
fn strip_position(s: &str) -> String {
    match s.rfind(" at line ") {
        Some(at) => s[..at].to_owned(),
        None => s.to_owned(),
    }
}

/// Collects the problems of one record.
struct Checker<'a> {
    record: usize,
    label: String,
    errors: &'a mut Vec<FieldError>,
    parts: &'a mut PartIds,
}

impl Checker<'_> {
    fn fail(&mut self, field: &str, problem: Problem) {
        self.errors.push(FieldError {
            record: self.record,
            label: self.label.clone(),
            field: field.to_owned(),
            problem,
        });
    }

    fn uuid(&mut self, field: &str, v: &str) -> Option<Uuid> {
        let parsed = Uuid::parse_str(v).ok();
        if parsed.is_none() {
            self.fail(field, Problem::InvalidUuid(v.to_owned()));
        }
        parsed
    }

    fn date(&mut self, field: &str, v: Option<&str>) -> Option<NaiveDate> {
        let v = v?;
        match parse_date(v) {
            Ok(date) => Some(date),
            Err(DateError::OutOfRange) => {
                self.fail(field, Problem::YearOutOfRange(record_label(v)));
                None
            }
            Err(_) => {
                self.fail(field, Problem::InvalidDate(record_label(v)));
                None
            }
        }
    }

    fn time(&mut self, field: &str, v: Option<&str>) -> Option<NaiveTime> {
        let v = v.unwrap_or("");
        let parsed = parse_time(v, true).ok();
        if parsed.is_none() {
            self.fail(field, Problem::InvalidTime(record_label(v)));
        }
        parsed
    }

    /// True when the text is within `max` characters; else says so.
    fn fits(&mut self, field: &str, v: &str, max: usize) -> bool {
        match limits::excess(v, max) {
            Some(len) => {
                self.fail(field, Problem::TooLong { len, max });
                false
            }
            None => true,
        }
    }

    /// A list of at most [`limits::ITEMS`] items.
    fn few<T>(&mut self, field: &str, items: &[T]) {
        if items.len() > limits::ITEMS {
            self.fail(
                field,
                Problem::TooLong {
                    len: items.len(),
                    max: limits::ITEMS,
                },
            );
        }
    }

    /// A free text of at most `max` characters: refused when it holds
    /// terminal control characters.
    fn text(&mut self, field: &str, v: Option<&str>, max: usize) -> String {
        let v = v.unwrap_or("").trim();
        if self.fits(field, v, max) && has_control(v) {
            self.fail(field, Problem::ControlCharacters);
        }
        v.to_owned()
    }

    fn optional_text(&mut self, field: &str, v: Option<&str>, max: usize) -> Option<String> {
        Some(self.text(field, v, max)).filter(|s| !s.is_empty())
    }

    fn localized(
        &mut self,
        field: &str,
        v: Option<&str>,
        en: Option<&String>,
        max: usize,
    ) -> Localized {
        Localized {
            text: self.text(field, v, max),
            en: self.optional_text(
                &format!("translations.en.{field}"),
                en.map(String::as_str),
                max,
            ),
            ..Localized::default()
        }
    }

    /// card: the service's texts in languages other than English
    /// (`translations.uk` …, issue #17), checked as the English ones are.
    fn more_translations(&mut self, raw: &HsdsService, mut service: Service) -> Service {
        for (code, t) in raw.translations.iter().filter(|(code, _)| *code != "en") {
            if crate::i18n::language_name(code, crate::i18n::Lang::En).is_none() {
                self.fail(
                    &format!("translations.{code}"),
                    Problem::UnknownLanguage(code.clone()),
                );
                continue;
            }
            let texts = [
                ("name", &t.name, &mut service.name, limits::NAME),
                (
                    "description",
                    &t.description,
                    &mut service.description,
                    limits::TEXT,
                ),
                (
                    "eligibility_description",
                    &t.eligibility_description,
                    &mut service.eligibility,
                    limits::TEXT,
                ),
                (
                    "application_process",
                    &t.application_process,
                    &mut service.application_process,
                    limits::TEXT,
                ),
                (
                    "fees_description",
                    &t.fees_description,
                    &mut service.fees,
                    limits::TEXT,
                ),
            ];
            for (field, given, into, max) in texts {
                let field = format!("translations.{code}.{field}");
                if let Some(text) = self.optional_text(&field, given.as_deref(), max) {
                    into.more.insert(code.clone(), text);
                }
            }
        }
        service
    }

    fn email(&mut self, field: &str, v: Option<&str>) -> Option<String> {
        let v = v?.trim();
        if !self.fits(field, v, limits::LINE) {
            None
        } else if is_email(v) {
            Some(v.to_owned())
        } else {
            self.fail(field, Problem::InvalidEmail(v.to_owned()));
            None
        }
    }

    fn url(&mut self, field: &str, v: Option<&str>) -> Option<String> {
        let v = v?.trim();
        if !self.fits(field, v, limits::LINK) {
            None
        } else if is_url(v) {
            Some(v.to_owned())
        } else {
            self.fail(field, Problem::InvalidUrl(v.to_owned()));
            None
        }
    }

    fn service(&mut self, raw: &HsdsService, reference: &Reference) -> Option<Service> {
        let before = self.errors.len();
        let id = self.uuid("id", &raw.id);
        let none = HsdsTranslation::default();
        let en = raw.translations.get("en").unwrap_or(&none);
        let name = self.localized("name", Some(&raw.name), en.name.as_ref(), limits::NAME);
        if name.is_empty() {
            self.fail("name", Problem::Empty);
        }
        self.few("phones", &raw.phones);
        self.few("attributes", &raw.attributes);
        self.few("languages", &raw.languages);
        self.few("service_areas", &raw.service_areas);
        self.few("service_at_locations", &raw.service_at_locations);
        self.few("schedules", &raw.schedules);
        let status = ServiceStatus::parse(&raw.status);
        if status.is_none() {
            self.fail("status", Problem::UnknownStatus(raw.status.clone()));
        }
        let organization = self.organization(raw);
        let topics = self.topics(raw, reference);
        let languages = self.languages(raw);
        let areas = self.areas(raw, reference);
        let locations = self.locations(raw);
        let schedules = self.schedules(raw);
        let service = Service {
            id: id.unwrap_or_default(),
            organization,
            name,
            description: self.localized(
                "description",
                raw.description.as_deref(),
                en.description.as_ref(),
                limits::TEXT,
            ),
            status: status.unwrap_or(ServiceStatus::Active),
            topics,
            languages,
            areas,
            eligibility: self.localized(
                "eligibility_description",
                raw.eligibility_description.as_deref(),
                en.eligibility_description.as_ref(),
                limits::TEXT,
            ),
            application_process: self.localized(
                "application_process",
                raw.application_process.as_deref(),
                en.application_process.as_ref(),
                limits::TEXT,
            ),
            fees: self.localized(
                "fees_description",
                raw.fees_description.as_deref(),
                en.fees_description.as_ref(),
                limits::TEXT,
            ),
            free: (!raw.cost_options.is_empty())
                .then(|| raw.cost_options.iter().any(|c| c.amount == Some(0.0))),
            email: self.email("email", raw.email.as_deref()),
            phones: raw
                .phones
                .iter()
                .enumerate()
                .filter_map(|(i, p)| {
                    self.optional_text(
                        &format!("phones[{i}].number"),
                        Some(&p.number),
                        limits::LINE,
                    )
                })
                .collect(),
            url: self.url("url", raw.url.as_deref()),
            locations,
            schedules,
            last_verified: self.date("assured_date", raw.assured_date.as_deref()),
        };
        let service = self.more_translations(raw, service);
        (self.errors.len() == before).then_some(service)
    }

    fn organization(&mut self, raw: &HsdsService) -> Option<Organization> {
        let org = raw.organization.as_ref()?;
        let id = self.uuid("organization.id", &org.id)?;
        if let Some(oid) = &raw.organization_id {
            if oid != &org.id {
                self.fail("organization_id", Problem::OrganizationMismatch);
            }
        }
        let none = HsdsTranslation::default();
        let en = org.translations.get("en").unwrap_or(&none);
        let name = self.localized(
            "organization.name",
            Some(&org.name),
            en.name.as_ref(),
            limits::NAME,
        );
        if name.is_empty() {
            self.fail("organization.name", Problem::Empty);
        }
        Some(Organization {
            id,
            name,
            description: self.localized(
                "organization.description",
                Some(&org.description),
                en.description.as_ref(),
                limits::TEXT,
            ),
            email: self.email("organization.email", org.email.as_deref()),
            website: self.url("organization.website", org.website.as_deref()),
        })
    }

    fn topics(&mut self, raw: &HsdsService, reference: &Reference) -> Vec<String> {
        let mut topics = Vec::new();
        for (i, attr) in raw.attributes.iter().enumerate() {
            let Some(term) = &attr.taxonomy_term else {
                continue;
            };
            // Attributes of other taxonomies are not Pomost's topics: ignore them.
            if term
                .taxonomy
                .as_deref()
                .is_some_and(|t| t != TOPIC_TAXONOMY)
            {
                continue;
            }
            let field = format!("attributes[{i}].taxonomy_term.code");
            match &term.code {
                None => self.fail(&field, Problem::MissingTopicCode),
                Some(code) if reference.topic(code).is_none() => {
                    self.fail(&field, Problem::UnknownTopic(code.clone()))
                }
                Some(code) if !topics.contains(code) => topics.push(code.clone()),
                Some(_) => {}
            }
        }
        topics.sort_by_key(|c| reference.topic_position(c));
        topics
    }

    fn languages(&mut self, raw: &HsdsService) -> Vec<String> {
        let mut out = Vec::new();
        for (i, l) in raw.languages.iter().enumerate() {
            let code = l.code.as_deref().unwrap_or("").trim().to_ascii_lowercase();
            if !LANGUAGE_CODES.contains(&code.as_str()) {
                self.fail(
                    &format!("languages[{i}].code"),
                    Problem::UnknownLanguage(code),
                );
            } else if !out.contains(&code) {
                out.push(code);
            }
        }
        out
    }

    fn areas(&mut self, raw: &HsdsService, reference: &Reference) -> Vec<String> {
        let mut out = Vec::new();
        for (i, a) in raw.service_areas.iter().enumerate() {
            let name = a.name.as_deref().unwrap_or("").trim().to_owned();
            if !reference.is_area(&name) {
                self.fail(
                    &format!("service_areas[{i}].name"),
                    Problem::UnknownCounty(name),
                );
            } else if !out.contains(&name) {
                out.push(name);
            }
        }
        out
    }

    fn locations(&mut self, raw: &HsdsService) -> Vec<Location> {
        let mut out = Vec::new();
        for (i, sal) in raw.service_at_locations.iter().enumerate() {
            let Some(loc) = &sal.location else { continue };
            let at = format!("service_at_locations[{i}].location");
            let kind = match loc.location_type.as_str() {
                "physical" | "postal" => LocationKind::Physical,
                "virtual" => LocationKind::Virtual,
                other => {
                    self.fail(
                        &format!("{at}.location_type"),
                        Problem::UnknownLocationType(other.to_owned()),
                    );
                    continue;
                }
            };
            let id = self.uuid(&format!("{at}.id"), &loc.id);
            if let Some(id) = id {
                if !self.parts.locations.insert(id) {
                    self.fail(&format!("{at}.id"), Problem::DuplicateId(id.to_string()));
                }
            }
            let address = loc.addresses.first().map(|a| Address {
                street: self.text(
                    &format!("{at}.addresses[0].address_1"),
                    Some(&a.address_1),
                    limits::LINE,
                ),
                city: self.text(
                    &format!("{at}.addresses[0].city"),
                    Some(&a.city),
                    limits::LINE,
                ),
                postal_code: self.text(
                    &format!("{at}.addresses[0].postal_code"),
                    Some(&a.postal_code),
                    limits::LINE,
                ),
            });
            let location = Location {
                id: id.unwrap_or_default(),
                kind,
                name: self.optional_text(&format!("{at}.name"), loc.name.as_deref(), limits::NAME),
                address,
                url: self.url(&format!("{at}.url"), loc.url.as_deref()),
            };
            out.push(location);
        }
        out
    }

    fn schedules(&mut self, raw: &HsdsService) -> Vec<Schedule> {
        let mut out = Vec::new();
        for (i, s) in raw.schedules.iter().enumerate() {
            let at = format!("schedules[{i}]");
            let freq = s.freq.as_deref().unwrap_or("WEEKLY");
            if freq != "WEEKLY" {
                self.fail(
                    &format!("{at}.freq"),
                    Problem::UnsupportedFreq(freq.to_owned()),
                );
                continue;
            }
            let id = self.uuid(&format!("{at}.id"), &s.id);
            if let Some(id) = id {
                if !self.parts.schedules.insert(id) {
                    self.fail(&format!("{at}.id"), Problem::DuplicateId(id.to_string()));
                }
            }
            let byday = s.byday.as_deref().unwrap_or("");
            let days = parse_byday(byday);
            if days.is_none() {
                self.fail(
                    &format!("{at}.byday"),
                    Problem::InvalidDays(byday.to_owned()),
                );
            }
            let opens = self.time(&format!("{at}.opens_at"), s.opens_at.as_deref());
            let closes = self.time(&format!("{at}.closes_at"), s.closes_at.as_deref());
            if let (Some(o), Some(c)) = (opens, closes) {
                if c <= o {
                    self.fail(&format!("{at}.closes_at"), Problem::ClosesBeforeOpens);
                }
            }
            let valid_from = self.date(&format!("{at}.valid_from"), s.valid_from.as_deref());
            let valid_to = self.date(&format!("{at}.valid_to"), s.valid_to.as_deref());
            if let (Some(from), Some(to)) = (valid_from, valid_to) {
                if to < from {
                    self.fail(&format!("{at}.valid_to"), Problem::UntilBeforeFrom);
                }
            }
            let schedule = Schedule {
                id: id.unwrap_or_default(),
                days: days.unwrap_or_default(),
                opens: opens.unwrap_or_default(),
                closes: closes.unwrap_or_default(),
                valid_from,
                valid_to,
                note: self.optional_text(
                    &format!("{at}.description"),
                    s.description.as_deref(),
                    limits::LINE,
                ),
            };
            out.push(schedule);
        }
        out
    }
}

/// Parses iCalendar weekday codes (`WE`, `TH,FR`) into weekdays in week order.
pub fn parse_byday(s: &str) -> Option<Vec<Weekday>> {
    let mut days = Vec::new();
    for part in s.split(',') {
        let i = BYDAY
            .iter()
            .position(|d| d.eq_ignore_ascii_case(part.trim()))?;
        let day = Weekday::try_from(i as u8).ok()?;
        if !days.contains(&day) {
            days.push(day);
        }
    }
    days.sort_by_key(|d: &Weekday| d.num_days_from_monday());
    (!days.is_empty()).then_some(days)
}

/// A plain check: one `@`, something before it, a dotted domain after, no spaces.
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// An absolute http(s) link without spaces.
pub fn is_url(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty() && !s.chars().any(|c| c.is_whitespace() || c.is_control()))
}
