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
    let value: serde_json::Value = serde_json::from_str(json).map_err(syntax_error)?;
    let serde_json::Value::Array(items) = value else {
        return Err(ImportError::NotArray);
    };
    let parsed = parse_records(items.iter().map(ToString::to_string).collect(), reference);
    if parsed.errors.is_empty() {
        Ok(parsed.services.into_iter().map(|i| i.service).collect())
    } else {
        Err(ImportError::Invalid(parsed.errors))
    }
}

/// serde_json's syntax error as an [`ImportError`].
pub fn syntax_error(e: serde_json::Error) -> ImportError {
    ImportError::Syntax {
        detail: strip_position(&e.to_string()),
        line: e.line(),
        column: e.column(),
    }
}

/// One valid record of a file: the service as Pomost models it, and the
/// publisher's object as given (written back on export).
#[derive(Debug, Clone)]
pub struct Imported {
    /// 1-based position of the record in the file.
    pub record: usize,
    /// The service.
    pub service: Service,
    /// The HSDS object as the file gave it, as compact JSON (keys in
    /// alphabetical order), which takes far less memory than the tree.
    pub raw: String,
}

/// What reading the records found: the valid services, and each problem of
/// the others (a record with a problem is not among the services).
#[derive(Debug, Default)]
pub struct Parsed {
    /// The valid records.
    pub services: Vec<Imported>,
    /// Every problem, by record.
    pub errors: Vec<FieldError>,
    /// Each record's id as messages show it ([`excerpt`]; `?` when it has
    /// none), in file order.
    pub ids: Vec<String>,
}

/// Validates HSDS service objects (each as JSON text, as
/// [`super::Input::records`] holds them) against the reference lists, each
/// on its own: a record with a problem is left out and its problems listed.
pub fn parse_records(items: Vec<String>, reference: &Reference) -> Parsed {
    let mut errors = Vec::new();
    let mut services = Vec::with_capacity(items.len());
    let mut ids = Vec::with_capacity(items.len());
    let mut seen = HashSet::new();
    let mut parts = PartIds::default();
    let mut items = items.into_iter().peekable();
    let mut i = 0;
    while items.peek().is_some() {
        // Each batch is read on all cores, then checked in file order (ids
        // seen twice are told by the order).
        let batch: Vec<String> = items.by_ref().take(READ_BATCH).collect();
        let read = super::on_all_cores(&batch, |part| {
            part.iter()
                .map(|text| read_record(text))
                .collect::<Vec<_>>()
        });
        for (text, read) in batch.into_iter().zip(read.into_iter().flatten()) {
            i += 1;
            ids.push(read.id);
            let mut check = Checker {
                record: i,
                label: read.label,
                errors: &mut errors,
                parts: &mut parts,
            };
            let raw = match read.service {
                Ok(raw) => raw,
                Err((field, problem)) => {
                    check.fail(&field, Problem::Shape(problem));
                    continue;
                }
            };
            let before = check.errors.len();
            if !seen.insert(raw.id.clone()) {
                check.fail("id", Problem::DuplicateId(raw.id.clone()));
            }
            if let Some(service) = check.service(&raw, reference) {
                if check.errors.len() == before {
                    services.push(Imported {
                        record: i,
                        service,
                        raw: text,
                    });
                }
            }
        }
    }
    Parsed {
        services,
        errors,
        ids,
    }
}

/// Records read at once (on all cores) before they are checked.
const READ_BATCH: usize = 8_192;

/// A record read as an HSDS service, before its values are checked.
struct ReadRecord {
    /// The service, or where its shape is wrong and how.
    service: Result<HsdsService, (String, String)>,
    /// Its id, as messages show it (`?` when it has none).
    id: String,
    /// Its name, else its id, as messages show it.
    label: String,
}

fn read_record(text: &str) -> ReadRecord {
    // Read straight from the text (a tree of values first would take twice
    // as long); the text was written from a value, so no key comes twice
    // and a field problem is the same as the value's.
    let mut de = serde_json::Deserializer::from_str(text);
    match serde_path_to_error::deserialize::<_, HsdsService>(&mut de) {
        Ok(raw) => ReadRecord {
            id: excerpt(&raw.id),
            label: record_label(&raw.name),
            service: Ok(raw),
        },
        Err(e) => {
            let item: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
            let id = item.get("id").and_then(|v| v.as_str());
            let name = item.get("name").and_then(|v| v.as_str());
            ReadRecord {
                id: id.map_or_else(|| "?".into(), excerpt),
                label: record_label(name.or(id).unwrap_or("?")),
                service: Err((
                    e.path().to_string(),
                    strip_position(&e.into_inner().to_string()),
                )),
            }
        }
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
        let parsed = hsds_time(v);
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
            organization: organization.map(std::sync::Arc::new),
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
            published: None,
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
            // Attributes of other taxonomies are not Pomost's topics: they
            // are kept with the publisher's object. A term naming no taxonomy
            // is a topic only when its code is one.
            let ours = match term.taxonomy.as_deref() {
                Some(t) => t == TOPIC_TAXONOMY,
                None => term
                    .code
                    .as_deref()
                    .is_some_and(|c| reference.topic(c).is_some()),
            };
            if !ours {
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
            // ISO 639-1, 639-3 or a name; one Pomost does not know is kept
            // as given (its code, else its name).
            let field = format!("languages[{i}].code");
            if let Some(given) = l.code.as_deref().filter(|c| !c.trim().is_empty()) {
                if !looks_like_language_code(given.trim()) {
                    self.fail(&field, Problem::UnknownLanguage(given.to_owned()));
                    continue;
                }
            }
            let code = language_code(l.code.as_deref(), l.name.as_deref());
            let Some(code) = code else { continue };
            if self.fits(&field, &code, limits::LINE) && has_control(&code) {
                self.fail(&field, Problem::ControlCharacters);
            } else if !out.contains(&code) {
                out.push(code);
            }
        }
        out
    }

    fn areas(&mut self, raw: &HsdsService, reference: &Reference) -> Vec<String> {
        let mut out = Vec::new();
        for (i, a) in raw.service_areas.iter().enumerate() {
            // A county of Pomorskie is recognised in any capitalisation,
            // with or without diacritics; any other area is kept as given.
            let field = format!("service_areas[{i}].name");
            let name = self.text(&field, a.name.as_deref(), limits::LINE);
            if name.is_empty() {
                continue;
            }
            let name = county_name(&name, reference).unwrap_or(name);
            if !out.contains(&name) {
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
            // A place several services share (HSDS allows it) is one row
            // per service in Pomost: the second service's copy gets an id
            // derived from both; the publisher's id stays in the kept object.
            let id = self.uuid(&format!("{at}.id"), &loc.id).map(|id| {
                if self.parts.locations.insert(id) {
                    id
                } else {
                    super::derived_id(&format!("{}/location/{id}", raw.id))
                }
            });
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
            // Rules beyond "every week on these days, from … to …" (monthly,
            // every other week, counted, days of the month) and rules
            // without hours are kept with the publisher's object as given.
            if !is_plain_weekly(s) {
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
                note_en: self.optional_text(
                    &format!("{at}.translations.en.description"),
                    s.translations
                        .get("en")
                        .and_then(|t| t.description.as_deref()),
                    limits::LINE,
                ),
            };
            out.push(schedule);
        }
        out
    }
}

/// True for a schedule Pomost models: weekly (or no `freq`), every week,
/// on plain weekdays, with opening and closing times, and nothing else of
/// iCalendar's recurrence (`count`, `until`, month or year days, week numbers).
fn is_plain_weekly(s: &super::HsdsSchedule) -> bool {
    let weekly = s
        .freq
        .as_deref()
        .is_none_or(|f| f.eq_ignore_ascii_case("WEEKLY"));
    let every_week = s
        .rest
        .get("interval")
        .is_none_or(|v| v.is_null() || v.as_i64() == Some(1) || v.as_str() == Some("1"));
    let extra = ["count", "until", "bymonthday", "byweekno", "byyearday"]
        .iter()
        .any(|k| s.rest.get(*k).is_some_and(|v| !v.is_null()));
    weekly
        && every_week
        && !extra
        && s.byday.as_deref().is_some_and(|d| parse_byday(d).is_some())
        && s.opens_at.is_some()
        && s.closes_at.is_some()
}

/// An HSDS time as Warsaw wall time: `HH:MM`, `HH:MM:SS`, either with `Z` or
/// a UTC offset (`10:00+01:00`). An offset Warsaw uses (`+01:00` in winter,
/// `+02:00` in summer) marks the local clock time, kept as written all year;
/// any other offset is converted to Warsaw winter time (UTC+1), and that
/// clock time is used all year.
pub fn hsds_time(v: &str) -> Option<NaiveTime> {
    let v = v.trim();
    let (clock, offset) = match v.find(['Z', 'z', '+', '-']) {
        Some(at) => (&v[..at], Some(&v[at..])),
        None => (v, None),
    };
    let time = parse_time(clock, true).ok()?;
    let minutes = match offset {
        None => return Some(time),
        Some("Z" | "z") => 0,
        Some(o) => {
            let sign = if o.starts_with('-') { -1 } else { 1 };
            let digits = o[1..].replace(':', "");
            if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let h: i64 = digits[..2].parse().ok()?;
            let m: i64 = digits[2..].parse().ok()?;
            if h > 14 || m > 59 {
                return None;
            }
            sign * (h * 60 + m)
        }
    };
    if minutes == 60 || minutes == 120 {
        return Some(time);
    }
    let shift = chrono::Duration::minutes(60 - minutes);
    Some(time.overflowing_add_signed(shift).0)
}

/// A language as Pomost keeps it: the ISO 639-1 code when the code (639-1 or
/// 639-3) or the name (in English, Polish or Ukrainian) is known, else the
/// code or name as given.
pub fn language_code(code: Option<&str>, name: Option<&str>) -> Option<String> {
    let code = code.map(str::trim).filter(|c| !c.is_empty());
    let name = name.map(str::trim).filter(|n| !n.is_empty());
    if let Some(c) = code {
        let lower = c.to_lowercase();
        let short = lower.split(['-', '_']).next().unwrap_or(&lower);
        if let Some(&known) = LANGUAGE_CODES.iter().find(|k| **k == short) {
            return Some(known.to_owned());
        }
        if let Some((_, one)) = ISO_639_3.iter().find(|(three, _)| *three == short) {
            return Some((*one).to_owned());
        }
    }
    if let Some(n) = name {
        let folded = crate::text::fold(n);
        let named = |known: &str| {
            crate::i18n::Lang::ALL.iter().any(|&l| {
                crate::i18n::language_name(known, l).is_some_and(|x| crate::text::fold(x) == folded)
            })
        };
        if let Some(&known) = LANGUAGE_CODES.iter().find(|k| named(k)) {
            return Some(known.to_owned());
        }
    }
    code.or(name).map(str::to_owned)
}

/// The shape of an ISO 639-1 or 639-3 code, optionally with BCP 47
/// subtags (`uk`, `ukr`, `en-GB`): what HSDS's `languages[].code` holds.
fn looks_like_language_code(code: &str) -> bool {
    let mut parts = code.split(['-', '_']);
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// ISO 639-3 (and 639-2/B) codes of the languages Pomost names, with their
/// 639-1 code.
#[rustfmt::skip]
const ISO_639_3: &[(&str, &str)] = &[
    ("pol", "pl"), ("ukr", "uk"), ("rus", "ru"), ("bel", "be"), ("eng", "en"), ("deu", "de"),
    ("ger", "de"), ("fra", "fr"), ("fre", "fr"), ("spa", "es"), ("ita", "it"), ("por", "pt"),
    ("kat", "ka"), ("geo", "ka"), ("hye", "hy"), ("arm", "hy"), ("aze", "az"), ("azj", "az"),
    ("kaz", "kk"), ("uzb", "uz"), ("uzn", "uz"), ("kir", "ky"), ("tgk", "tg"), ("tuk", "tk"),
    ("tur", "tr"), ("ara", "ar"), ("arb", "ar"), ("fas", "fa"), ("per", "fa"), ("pes", "fa"),
    ("pus", "ps"), ("kur", "ku"), ("kmr", "ku"), ("ckb", "ku"), ("heb", "he"), ("hin", "hi"),
    ("urd", "ur"), ("ben", "bn"), ("nep", "ne"), ("npi", "ne"), ("tam", "ta"), ("zho", "zh"),
    ("chi", "zh"), ("cmn", "zh"), ("jpn", "ja"), ("kor", "ko"), ("vie", "vi"), ("tha", "th"),
    ("ind", "id"), ("tgl", "tl"), ("fil", "tl"), ("amh", "am"), ("tir", "ti"), ("som", "so"),
    ("swa", "sw"), ("swh", "sw"), ("ron", "ro"), ("rum", "ro"), ("bul", "bg"), ("ces", "cs"),
    ("cze", "cs"), ("slk", "sk"), ("slo", "sk"), ("lit", "lt"), ("lav", "lv"), ("lvs", "lv"),
    ("est", "et"), ("ekk", "et"), ("hun", "hu"), ("hrv", "hr"), ("srp", "sr"), ("bos", "bs"),
    ("slv", "sl"), ("mkd", "mk"), ("mac", "mk"), ("sqi", "sq"), ("alb", "sq"), ("ell", "el"),
    ("gre", "el"), ("nld", "nl"), ("dut", "nl"), ("swe", "sv"), ("nor", "no"), ("nob", "no"),
    ("nno", "no"), ("dan", "da"), ("fin", "fi"), ("yid", "yi"),
];

/// A county (or the whole region) named in any capitalisation, with or
/// without diacritics: its name as the catalogue writes it.
fn county_name(name: &str, reference: &Reference) -> Option<String> {
    let folded = crate::text::fold(name);
    if folded == crate::text::fold(crate::model::WHOLE_REGION) {
        return Some(crate::model::WHOLE_REGION.to_owned());
    }
    reference
        .counties
        .iter()
        .find(|c| crate::text::fold(&c.name) == folded)
        .map(|c| c.name.clone())
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

#[cfg(test)]
mod hsds_input_tests {
    use super::*;

    /// Read in batches on several threads, records are still checked in
    /// file order: a duplicate id in a later batch is the later record's
    /// problem, and every record keeps its number and id.
    #[test]
    fn records_past_a_batch_keep_their_numbers_and_order() {
        let n = READ_BATCH + 10;
        let id = |k: usize| format!("00000000-0000-4000-8000-{k:012}");
        let mut items: Vec<String> = (0..n)
            .map(|k| format!(r#"{{"id":"{}","name":"S{k}","status":"active"}}"#, id(k)))
            .collect();
        items[READ_BATCH + 2] = items[1].clone();
        items[READ_BATCH + 5] = "7".to_owned();
        let parsed = parse_records(items, &Reference::default());
        assert_eq!(parsed.ids.len(), n);
        assert_eq!(parsed.ids[READ_BATCH + 2], id(1));
        assert_eq!(parsed.ids[READ_BATCH + 5], "?");
        let bad: Vec<(usize, &str)> = parsed
            .errors
            .iter()
            .map(|e| (e.record, e.field.as_str()))
            .collect();
        assert_eq!(bad, [(READ_BATCH + 3, "id"), (READ_BATCH + 6, ".")]);
        assert_eq!(parsed.services.len(), n - 2);
        assert!(
            parsed
                .services
                .iter()
                .zip(parsed.services.iter().skip(1))
                .all(|(a, b)| a.record < b.record)
        );
        // Records READ_BATCH + 3 and + 6 are left out.
        assert_eq!(parsed.services[READ_BATCH + 5].record, READ_BATCH + 8);
    }

    fn t(h: u32, m: u32) -> Option<NaiveTime> {
        NaiveTime::from_hms_opt(h, m, 0)
    }

    #[test]
    fn times_with_seconds_and_offsets_are_read_as_warsaw_clock_time() {
        assert_eq!(hsds_time("10:00"), t(10, 0));
        assert_eq!(hsds_time("10:00:00"), t(10, 0));
        // Warsaw's own offsets: the clock time as written.
        assert_eq!(hsds_time("10:00+01:00"), t(10, 0));
        assert_eq!(hsds_time("10:00:00+02:00"), t(10, 0));
        // Others: converted to Warsaw winter time (UTC+1).
        assert_eq!(hsds_time("09:00Z"), t(10, 0));
        assert_eq!(hsds_time("09:00-05:00"), t(15, 0));
        assert_eq!(hsds_time("09:00+0530"), t(4, 30));
        for bad in ["", "9", "25:00", "10:00+1", "10:00+15:00", "10:00Q"] {
            assert_eq!(hsds_time(bad), None, "{bad}");
        }
    }

    #[test]
    fn languages_by_639_1_639_3_or_name() {
        let code = |c: Option<&str>, n: Option<&str>| language_code(c, n);
        assert_eq!(code(Some("uk"), None).as_deref(), Some("uk"));
        assert_eq!(code(Some("UKR"), None).as_deref(), Some("uk"));
        assert_eq!(code(Some("en-GB"), None).as_deref(), Some("en"));
        assert_eq!(code(None, Some("Ukrainian")).as_deref(), Some("uk"));
        assert_eq!(code(None, Some("ukraiński")).as_deref(), Some("uk"));
        assert_eq!(code(None, Some("українська")).as_deref(), Some("uk"));
        assert_eq!(code(Some("csb"), Some("Kashubian")).as_deref(), Some("csb"));
        assert_eq!(code(None, Some("Kashubian")).as_deref(), Some("Kashubian"));
        assert_eq!(code(Some(" "), None), None);
        for good in ["uk", "ukr", "en-GB", "zh_Hant"] {
            assert!(looks_like_language_code(good), "{good}");
        }
        for bad in ["x1", "u", "ukra", "en-", "uk ua", "12"] {
            assert!(!looks_like_language_code(bad), "{bad}");
        }
        for (three, one) in ISO_639_3 {
            assert!(LANGUAGE_CODES.contains(one), "{three} → {one}");
        }
    }
}
