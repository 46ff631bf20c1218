//! A service as typed into the form: text that may be incomplete or wrong. It
//! becomes a [`Service`] only through [`ServiceDraft::validate`], which names
//! every field that is wrong, so nothing half-valid is ever saved.

use chrono::{NaiveTime, Weekday};
use uuid::Uuid;

use crate::dates::parse_date;
use crate::hsds::{is_email, is_url};
use crate::i18n::{CardLang, LANGUAGE_CODES, Lang, Msg};
use crate::limits;
use crate::model::{
    Address, Localized, Location, LocationKind, Organization, Reference, Schedule, Service,
    WHOLE_REGION,
};
use crate::text::{fold, has_control};

/// The fields of the service form, in form order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum ServiceField {
    Name,
    NameEn,
    Organisation,
    NewOrganisation,
    Description,
    DescriptionEn,
    Topics,
    Languages,
    Counties,
    Schedules,
    Email,
    Phones,
    Url,
    Address,
    OnlineLink,
    Eligibility,
    EligibilityEn,
    HowToApply,
    HowToApplyEn,
    Free,
    Fees,
    FeesEn,
    // card: the texts a client's card shows in Ukrainian (issue #17)
    NameUk,
    DescriptionUk,
    HowToApplyUk,
}

/// What is wrong with one field, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceProblem {
    /// The field.
    pub field: ServiceField,
    /// The problem, in the interface language.
    pub message: String,
}

/// The form's content.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ServiceDraft {
    /// Name (Polish, required).
    pub name: String,
    /// Name in English.
    pub name_en: String,
    /// The id of an existing organisation, if one was picked.
    pub organisation: Option<Uuid>,
    /// The name of a new organisation to create (instead of picking one).
    pub new_organisation: String,
    /// What it is.
    pub description: String,
    /// What it is, in English.
    pub description_en: String,
    /// Topic codes.
    pub topics: Vec<String>,
    /// Language codes, separated by commas or spaces.
    pub languages: String,
    /// Counties served (or the whole region).
    pub counties: Vec<String>,
    /// Opening hours, one rule per line (`Mon-Fri 09:00-15:00 from 2026-01-01`).
    pub schedules: String,
    /// Contact e-mail.
    pub email: String,
    /// Phone numbers, separated by commas.
    pub phones: String,
    /// Web page.
    pub url: String,
    /// `street, postal-code city`.
    pub address: String,
    /// A link for online delivery.
    pub online_link: String,
    /// Who it is for.
    pub eligibility: String,
    /// Who it is for, in English.
    pub eligibility_en: String,
    /// How to apply.
    pub how_to_apply: String,
    /// How to apply, in English.
    pub how_to_apply_en: String,
    /// Free of charge: yes, no, not stated.
    pub free: Option<bool>,
    /// Fees in words.
    pub fees: String,
    /// Fees in English.
    pub fees_en: String,
    /// Name in Ukrainian (for the client's card).
    pub name_uk: String,
    /// What it is, in Ukrainian.
    pub description_uk: String,
    /// How to apply, in Ukrainian.
    pub how_to_apply_uk: String,
}

impl ServiceDraft {
    /// The form's content for a stored service (opening hours written in the
    /// interface language's weekday abbreviations).
    pub fn from_service(s: &Service, lang: Lang) -> Self {
        let physical = s
            .locations
            .iter()
            .find(|l| l.kind == LocationKind::Physical);
        let online = s.locations.iter().find(|l| l.kind == LocationKind::Virtual);
        Self {
            name: s.name.text.clone(),
            name_en: s.name.en.clone().unwrap_or_default(),
            organisation: s.organization.as_ref().map(|o| o.id),
            new_organisation: String::new(),
            description: s.description.text.clone(),
            description_en: s.description.en.clone().unwrap_or_default(),
            topics: s.topics.clone(),
            languages: s.languages.join(", "),
            counties: s.areas.clone(),
            schedules: s
                .schedules
                .iter()
                .map(|r| schedule_line(r, lang))
                .collect::<Vec<_>>()
                .join("\n"),
            email: s.email.clone().unwrap_or_default(),
            phones: s.phones.join(", "),
            url: s.url.clone().unwrap_or_default(),
            address: physical
                .and_then(|l| l.address.as_ref())
                .map(address_line)
                .unwrap_or_default(),
            online_link: online.and_then(|l| l.url.clone()).unwrap_or_default(),
            eligibility: s.eligibility.text.clone(),
            eligibility_en: s.eligibility.en.clone().unwrap_or_default(),
            how_to_apply: s.application_process.text.clone(),
            how_to_apply_en: s.application_process.en.clone().unwrap_or_default(),
            free: s.free,
            fees: s.fees.text.clone(),
            fees_en: s.fees.en.clone().unwrap_or_default(),
            name_uk: ukrainian(&s.name),
            description_uk: ukrainian(&s.description),
            how_to_apply_uk: ukrainian(&s.application_process),
        }
    }

    /// The service the form describes, built on `base` (the service being
    /// edited, or a new one) so that what the form does not show is kept: its
    /// status and verification date, further places, a place's name and link,
    /// the notes on opening hours. A field left as the form showed it leaves
    /// that part of `base` exactly as it was. Returned with the organisation to
    /// create, if a new one was named; every problem at once, each with its
    /// field.
    pub fn validate(
        &self,
        base: &Service,
        reference: &Reference,
        organisations: &[Organization],
        lang: Lang,
    ) -> Result<(Service, Option<Organization>), Vec<ServiceProblem>> {
        use ServiceField as F;
        let mut problems = Vec::new();
        let mut problem = |field, message: String| problems.push(ServiceProblem { field, message });
        let texts = [
            (F::Name, &self.name, limits::NAME),
            (F::NameEn, &self.name_en, limits::NAME),
            (F::NewOrganisation, &self.new_organisation, limits::NAME),
            (F::Description, &self.description, limits::TEXT),
            (F::DescriptionEn, &self.description_en, limits::TEXT),
            (F::Schedules, &self.schedules, limits::TEXT),
            (F::Email, &self.email, limits::LINE),
            (F::Phones, &self.phones, limits::LINE),
            (F::Url, &self.url, limits::LINK),
            // Street, postal code and city together: three lines' worth.
            (F::Address, &self.address, 3 * limits::LINE),
            (F::OnlineLink, &self.online_link, limits::LINK),
            (F::Eligibility, &self.eligibility, limits::TEXT),
            (F::EligibilityEn, &self.eligibility_en, limits::TEXT),
            (F::HowToApply, &self.how_to_apply, limits::TEXT),
            (F::HowToApplyEn, &self.how_to_apply_en, limits::TEXT),
            (F::Fees, &self.fees, limits::TEXT),
            (F::FeesEn, &self.fees_en, limits::TEXT),
            (F::NameUk, &self.name_uk, limits::NAME),
            (F::DescriptionUk, &self.description_uk, limits::TEXT),
            (F::HowToApplyUk, &self.how_to_apply_uk, limits::TEXT),
        ];
        let mut oversize = Vec::new();
        for (field, text, max) in texts {
            if let Some(message) = limits::too_long(text.trim(), max, lang) {
                problem(field, message);
                oversize.push(field);
            // Line breaks are allowed in the long texts; nothing else unseen.
            } else if has_control(&text.replace('\n', " ")) {
                problem(field, lang.t(Msg::ProbControlChars).to_owned());
            }
        }
        // An oversize field says only that: its other checks would quote it.
        let checked = |field| !oversize.contains(&field);
        if self.name.trim().is_empty() {
            problem(F::Name, lang.t(Msg::ProbEmpty).to_owned());
        }
        let new_org = self.new_organisation.trim();
        let organisation = if !new_org.is_empty() {
            let folded = fold(new_org);
            match organisations.iter().find(|o| fold(&o.name.text) == folded) {
                Some(existing) => Some((existing.clone(), false)),
                None => Some((new_organisation(new_org), true)),
            }
        } else {
            match self.organisation {
                Some(id) => match organisations.iter().find(|o| o.id == id) {
                    Some(o) => Some((o.clone(), false)),
                    None => {
                        problem(F::Organisation, lang.t(Msg::ErrGone).to_owned());
                        None
                    }
                },
                None => None,
            }
        };
        for t in &self.topics {
            if !reference.topics.iter().any(|r| &r.code == t) {
                problem(F::Topics, lang.fmt(Msg::ProbUnknownTopic, &[t]));
            }
        }
        let mut languages = Vec::new();
        for code in self
            .languages
            .split([',', ' ', ';'])
            .map(|c| c.trim().to_lowercase())
            .filter(|c| !c.is_empty())
        {
            if !LANGUAGE_CODES.contains(&code.as_str()) {
                problem(F::Languages, lang.fmt(Msg::ProbUnknownLanguage, &[&code]));
            } else if !languages.contains(&code) {
                languages.push(code);
            }
        }
        for c in &self.counties {
            if c != WHOLE_REGION && !reference.counties.iter().any(|r| &r.name == c) {
                problem(F::Counties, lang.fmt(Msg::ProbUnknownCounty, &[c]));
            }
        }
        let shown = Self::from_service(base, lang);
        let mut schedules = Vec::new();
        let mut unused: Vec<&Schedule> = base.schedules.iter().collect();
        let rules = if checked(F::Schedules) {
            self.schedules.as_str()
        } else {
            ""
        };
        for (i, line) in rules.lines().map(str::trim).enumerate() {
            if line.is_empty() {
                continue;
            }
            match parse_schedule_line(line, lang) {
                Ok(mut rule) => {
                    // A rule that was there before keeps its id and its note.
                    if let Some(k) = unused.iter().position(|old| same_rule(old, &rule)) {
                        let old = unused.remove(k);
                        rule.id = old.id;
                        rule.note.clone_from(&old.note);
                        rule.note_en.clone_from(&old.note_en);
                    }
                    schedules.push(rule);
                }
                Err(message) => problem(
                    F::Schedules,
                    lang.fmt(Msg::ProbScheduleLine, &[&(i + 1), &message]),
                ),
            }
        }
        let email = self.email.trim();
        if !email.is_empty() && checked(F::Email) && !is_email(email) {
            problem(F::Email, lang.fmt(Msg::ProbInvalidEmail, &[&email]));
        }
        let phones: Vec<String> = self
            .phones
            .split([',', ';'])
            .map(|p| p.trim().to_owned())
            .filter(|p| !p.is_empty())
            .collect();
        for p in phones.iter().filter(|_| checked(F::Phones)) {
            let digits = p.chars().filter(char::is_ascii_digit).count();
            let allowed = p
                .chars()
                .all(|c| c.is_ascii_digit() || " +-()/".contains(c));
            if !allowed || !(6..=15).contains(&digits) {
                problem(F::Phones, lang.fmt(Msg::ProbPhone, &[p]));
            }
        }
        for (field, link) in [(F::Url, &self.url), (F::OnlineLink, &self.online_link)] {
            let link = link.trim();
            if !link.is_empty() && checked(field) && !is_url(link) {
                problem(field, lang.fmt(Msg::ProbInvalidUrl, &[&link]));
            }
        }
        let address = self.address.trim();
        let parsed_address = if address.is_empty() {
            None
        } else {
            match parse_address(address) {
                Some(a) => Some(a),
                None => {
                    problem(F::Address, lang.t(Msg::ProbAddress).to_owned());
                    None
                }
            }
        };
        if !problems.is_empty() {
            return Err(problems);
        }
        let optional = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        let localized = |text: &str, en: Option<&str>, old: &Localized| Localized {
            text: text.trim().to_owned(),
            en: match en {
                Some(en) => optional(en),
                None => old.en.clone(),
            },
            // card: translations into the clients' languages (issue #17)
            // are kept as they were.
            more: old.more.clone(),
        };
        let mut s = base.clone();
        s.name = localized(&self.name, Some(&self.name_en), &base.name);
        s.description = localized(
            &self.description,
            Some(&self.description_en),
            &base.description,
        );
        s.organization = organisation
            .as_ref()
            .map(|(o, _)| std::sync::Arc::new(o.clone()));
        s.topics = reference
            .topics
            .iter()
            .filter(|t| self.topics.contains(&t.code))
            .map(|t| t.code.clone())
            .collect();
        s.languages = languages;
        s.areas = self.counties.clone();
        if self.schedules.trim() != shown.schedules.trim() {
            s.schedules = schedules;
        }
        s.email = optional(email);
        s.phones = phones;
        s.url = optional(&self.url);
        s.eligibility = localized(
            &self.eligibility,
            Some(&self.eligibility_en),
            &base.eligibility,
        );
        s.application_process = localized(
            &self.how_to_apply,
            Some(&self.how_to_apply_en),
            &base.application_process,
        );
        s.free = self.free;
        s.fees = localized(&self.fees, Some(&self.fees_en), &base.fees);
        set_ukrainian(&mut s.name, &self.name_uk);
        set_ukrainian(&mut s.description, &self.description_uk);
        set_ukrainian(&mut s.application_process, &self.how_to_apply_uk);
        // Places change only when their field was changed: a place with only a
        // name (no street or link) is shown empty and must survive a save.
        if address != shown.address.trim() {
            replace_location(&mut s.locations, LocationKind::Physical, |l| {
                parsed_address.map(|a| Location {
                    address: Some(a),
                    ..l
                })
            });
        }
        if self.online_link.trim() != shown.online_link.trim() {
            replace_location(&mut s.locations, LocationKind::Virtual, |l| {
                optional(&self.online_link).map(|url| Location {
                    url: Some(url),
                    ..l
                })
            });
        }
        let created = organisation.and_then(|(o, new)| new.then_some(o));
        Ok((s, created))
    }
}

/// Replaces the first location of a kind (keeping its id and name), adds one
/// when there was none, or removes it when the form's field was emptied.
fn replace_location(
    locations: &mut Vec<Location>,
    kind: LocationKind,
    make: impl FnOnce(Location) -> Option<Location>,
) {
    let at = locations.iter().position(|l| l.kind == kind);
    let old = at.map(|i| locations[i].clone()).unwrap_or(Location {
        id: Uuid::new_v4(),
        kind,
        name: None,
        address: None,
        url: None,
    });
    match (at, make(old)) {
        (Some(i), Some(new)) => locations[i] = new,
        (Some(i), None) => {
            locations.remove(i);
        }
        (None, Some(new)) => locations.push(new),
        (None, None) => {}
    }
}

/// The same weekly rule: days, hours and validity.
fn same_rule(a: &Schedule, b: &Schedule) -> bool {
    (
        a.days.as_slice(),
        a.opens,
        a.closes,
        a.valid_from,
        a.valid_to,
    ) == (
        b.days.as_slice(),
        b.opens,
        b.closes,
        b.valid_from,
        b.valid_to,
    )
}

fn new_organisation(name: &str) -> Organization {
    Organization {
        id: Uuid::new_v4(),
        name: Localized::new(name),
        description: Localized::default(),
        email: None,
        website: None,
    }
}

/// `street, postal-code city` (the postal code may be left out).
fn parse_address(text: &str) -> Option<Address> {
    let (street, place) = text.rsplit_once(',')?;
    let (street, place) = (street.trim(), place.trim());
    if street.is_empty() || place.is_empty() {
        return None;
    }
    let (postal_code, city) = match place.split_once(' ') {
        Some((code, city)) if is_postal_code(code) => (code.to_owned(), city.trim().to_owned()),
        _ if is_postal_code(place) => return None,
        _ => (String::new(), place.to_owned()),
    };
    Some(Address {
        street: street.to_owned(),
        city,
        postal_code,
    })
}

fn is_postal_code(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 6
        && b[2] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 2 || c.is_ascii_digit())
}

fn address_line(a: &Address) -> String {
    let place = format!("{} {}", a.postal_code, a.city);
    format!("{}, {}", a.street, place.trim())
}

/// One opening rule as a line of the form: `Mon-Fri 09:00-15:00 from … to …`.
pub fn schedule_line(r: &Schedule, lang: Lang) -> String {
    let words = lang.table();
    let names = words.schedule_days;
    let idx: Vec<usize> = r
        .days
        .iter()
        .map(|d| d.num_days_from_monday() as usize)
        .collect();
    // Consecutive days as a range (Mon-Fri), others listed.
    let mut parts = Vec::new();
    let mut i = 0;
    while i < idx.len() {
        let mut j = i;
        while j + 1 < idx.len() && idx[j + 1] == idx[j] + 1 {
            j += 1;
        }
        parts.push(if j >= i + 2 {
            format!("{}-{}", names[idx[i]], names[idx[j]])
        } else {
            (i..=j).map(|k| names[idx[k]]).collect::<Vec<_>>().join(",")
        });
        i = j + 1;
    }
    let mut line = format!(
        "{} {}-{}",
        parts.join(","),
        r.opens.format("%H:%M"),
        r.closes.format("%H:%M")
    );
    let (from, to) = (words.schedule_from[0], words.schedule_to[0]);
    if let Some(d) = r.valid_from {
        line.push_str(&format!(" {from} {d}"));
    }
    if let Some(d) = r.valid_to {
        line.push_str(&format!(" {to} {d}"));
    }
    line
}

/// Reads one opening rule; the error is the problem in words.
pub fn parse_schedule_line(line: &str, lang: Lang) -> Result<Schedule, String> {
    let mut words = line.split_whitespace();
    let days_text = words.next().unwrap_or_default();
    let days =
        parse_days(days_text).ok_or_else(|| lang.fmt(Msg::ProbScheduleDays, &[&days_text]))?;
    let hours = words.next().unwrap_or_default();
    let (opens, closes) = hours
        .split_once('-')
        .and_then(|(a, b)| Some((parse_time(a)?, parse_time(b)?)))
        .ok_or_else(|| lang.fmt(Msg::ProbScheduleHours, &[&hours]))?;
    if closes <= opens {
        return Err(lang.t(Msg::ProbClosesBeforeOpens).to_owned());
    }
    let (mut valid_from, mut valid_to) = (None, None);
    while let Some(word) = words.next() {
        // The words of every language are read, whichever the interface shows.
        let lower = word.to_lowercase();
        let is = |words: fn(&Lang) -> &'static [&'static str]| {
            Lang::ALL.iter().any(|l| words(l).contains(&lower.as_str()))
        };
        let slot = if is(|l| l.table().schedule_from) {
            &mut valid_from
        } else if is(|l| l.table().schedule_to) {
            &mut valid_to
        } else {
            return Err(lang.fmt(Msg::ProbScheduleWord, &[&word]));
        };
        let date = words.next().unwrap_or_default();
        *slot = Some(parse_date(date).map_err(|e| e.message(date, lang))?);
    }
    if let (Some(f), Some(t)) = (valid_from, valid_to) {
        if t < f {
            return Err(lang.t(Msg::ProbUntilBeforeFrom).to_owned());
        }
    }
    Ok(Schedule {
        id: Uuid::new_v4(),
        days,
        opens,
        closes,
        valid_from,
        valid_to,
        note: None,
        note_en: None,
    })
}

fn parse_time(s: &str) -> Option<NaiveTime> {
    crate::dates::parse_time(s, false).ok()
}

/// `Mon-Fri`, `pn,śr`, `Tue,Thu-Sat`: weekdays in week order, each once; the
/// abbreviations of every language are read, and a beginning of two letters
/// or more of one (`Th`).
fn parse_days(text: &str) -> Option<Vec<Weekday>> {
    let day = |s: &str| -> Option<usize> {
        let s = fold(s);
        let s = s.as_str();
        let find = |matches: &dyn Fn(&str) -> bool| {
            Lang::ALL.iter().find_map(|l| {
                l.table()
                    .schedule_days
                    .iter()
                    .position(|d| matches(&fold(d)))
            })
        };
        find(&|d| d == s).or_else(|| find(&|d| s.chars().count() >= 2 && d.starts_with(s)))
    };
    let mut on = [false; 7];
    for part in text.split(',').filter(|p| !p.is_empty()) {
        match part.split_once('-') {
            Some((a, b)) => {
                let (a, b) = (day(a)?, day(b)?);
                if b < a {
                    return None;
                }
                on[a..=b].iter_mut().for_each(|d| *d = true);
            }
            None => on[day(part)?] = true,
        }
    }
    let days: Vec<Weekday> = (0..7u8)
        .filter(|&i| on[usize::from(i)])
        .filter_map(|i| Weekday::try_from(i).ok())
        .collect();
    (!days.is_empty()).then_some(days)
}

/// card: a text's Ukrainian translation as the form shows it (issue #17).
fn ukrainian(text: &Localized) -> String {
    text.more
        .get(CardLang::Uk.code())
        .cloned()
        .unwrap_or_default()
}

/// Sets (or, when empty, removes) a text's Ukrainian translation.
fn set_ukrainian(text: &mut Localized, typed: &str) {
    let code = CardLang::Uk.code().to_owned();
    match typed.trim() {
        "" => text.more.remove(&code),
        typed => text.more.insert(code, typed.to_owned()),
    };
}

#[cfg(test)]
mod tests;
