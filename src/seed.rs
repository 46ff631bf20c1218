//! The shipped catalogue, embedded in the binary, and first-run seeding.
//!
//! Services go through the same parser and validator as `pomost services
//! import`, so the shipped data and an imported file are one code path.

use std::collections::BTreeMap;

use anyhow::{Context, Result, bail};
use chrono::{NaiveDate, NaiveTime};
use serde::Deserialize;
use uuid::Uuid;

use crate::hsds::{self, HsdsOrganization};
use crate::i18n::Lang;
use crate::model::{
    Cancellation, County, CountyKind, Localized, Organization, Reference, Service, Session,
    SessionMode, SessionWhen, Topic,
};
use crate::store::Store;

const TOPICS: &str = include_str!("../data/topics.json");
const COUNTIES: &str = include_str!("../data/counties.json");
const ORGANIZATIONS: &str = include_str!("../data/organizations.json");
const SERVICES: &str = include_str!("../data/services.json");
const SESSIONS: &str = include_str!("../data/sessions.json");

/// What seeding put into the database.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Seeded {
    /// Services added.
    pub services: usize,
    /// Sessions added.
    pub sessions: usize,
}

#[derive(Deserialize)]
struct TopicRow {
    code: String,
    pl: String,
    en: String,
}

#[derive(Deserialize)]
struct CountyRow {
    name: String,
    kind: String,
}

/// The shipped topics and counties.
pub fn reference() -> Result<Reference> {
    let topics: Vec<TopicRow> = serde_json::from_str(TOPICS).context("data/topics.json")?;
    let counties: Vec<CountyRow> = serde_json::from_str(COUNTIES).context("data/counties.json")?;
    Ok(Reference {
        topics: topics
            .into_iter()
            .map(|t| Topic {
                code: t.code,
                pl: t.pl,
                en: t.en,
            })
            .collect(),
        counties: counties
            .into_iter()
            .map(|c| County {
                kind: if c.kind == "city" {
                    CountyKind::City
                } else {
                    CountyKind::Land
                },
                name: c.name,
            })
            .collect(),
    })
}

/// Writes the reference lists into a new database; with `catalogue`, also the
/// shipped organisations, services and sessions.
pub fn seed(store: &mut Store, actor: &str, catalogue: bool) -> Result<Seeded> {
    let reference = reference()?;
    store.put_reference(&reference.topics, &reference.counties)?;
    if !catalogue {
        return Ok(Seeded::default());
    }
    store.put_organizations(&organizations()?)?;
    let services = parse_shipped(&reference)?;
    let outcome = store.import_services(&services, actor)?;
    let sessions = sessions()?;
    store.put_sessions(&sessions, actor)?;
    Ok(Seeded {
        services: outcome.added + outcome.updated,
        sessions: sessions.len(),
    })
}

/// The shipped services, as the store would hold them (for tests of what is
/// shown of each, and the doctor's comparison).
pub fn services() -> Result<Vec<Service>> {
    parse_shipped(&reference()?)
}

fn parse_shipped(reference: &Reference) -> Result<Vec<Service>> {
    hsds::parse_services(SERVICES, reference).map_err(|e| {
        anyhow::anyhow!(
            "the shipped data/services.json is invalid: {}",
            e.lines(Lang::En).join("; ")
        )
    })
}

/// The shipped organisations (including partners that run no listed service).
pub fn organizations() -> Result<Vec<Organization>> {
    let raw: Vec<HsdsOrganization> =
        serde_json::from_str(ORGANIZATIONS).context("data/organizations.json")?;
    raw.into_iter()
        .map(|o| {
            let en = o.translations.get("en").cloned().unwrap_or_default();
            Ok(Organization {
                id: Uuid::parse_str(&o.id).with_context(|| format!("organisation id {}", o.id))?,
                name: Localized {
                    text: o.name,
                    en: en.name,
                    ..Localized::default()
                },
                description: Localized {
                    text: o.description,
                    en: en.description,
                    ..Localized::default()
                },
                email: o.email,
                website: o.website,
            })
        })
        .collect()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SessionRow {
    id: Uuid,
    title: String,
    title_en: Option<String>,
    #[serde(default)]
    audience: String,
    audience_en: Option<String>,
    #[serde(default)]
    theme: String,
    theme_en: Option<String>,
    #[serde(default)]
    organiser: String,
    organiser_en: Option<String>,
    mode: String,
    place: Option<String>,
    link: Option<String>,
    contact: Option<String>,
    weekly: Option<WeeklyRow>,
    date: Option<NaiveDate>,
    starts: Option<NaiveTime>,
    ends: Option<NaiveTime>,
    #[serde(default)]
    cancellations: Vec<CancellationRow>,
    /// card: the texts in the clients' languages (`uk`, `ru`), for the
    /// session's card (issue #17).
    #[serde(default)]
    translations: BTreeMap<String, SessionTexts>,
}

/// A session's texts in one language.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SessionTexts {
    title: Option<String>,
    audience: Option<String>,
    theme: Option<String>,
    organiser: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WeeklyRow {
    days: Vec<String>,
    starts: NaiveTime,
    ends: NaiveTime,
    valid_from: NaiveDate,
    valid_until: Option<NaiveDate>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CancellationRow {
    date: NaiveDate,
    #[serde(default)]
    reason: String,
}

/// The shipped timetable sessions, validated.
pub fn sessions() -> Result<Vec<Session>> {
    parse_sessions(SESSIONS)
}

/// Parses and checks sessions in the shipped format.
pub fn parse_sessions(json: &str) -> Result<Vec<Session>> {
    let rows: Vec<SessionRow> = serde_json::from_str(json).context("sessions")?;
    rows.into_iter().map(session_from_row).collect()
}

fn session_from_row(r: SessionRow) -> Result<Session> {
    let title = r.title.clone();
    let Some(mode) = SessionMode::parse(&r.mode) else {
        bail!(
            "session {title:?}: mode must be online or in-person, not {:?}",
            r.mode
        );
    };
    let when = match (r.weekly, r.date) {
        (Some(w), None) => {
            let days = hsds::parse_byday(&w.days.join(","))
                .with_context(|| format!("session {title:?}: weekdays {:?}", w.days))?;
            if w.ends <= w.starts {
                bail!("session {title:?}: the end must be after the start");
            }
            if w.valid_until.is_some_and(|u| u < w.valid_from) {
                bail!("session {title:?}: valid_until is before valid_from");
            }
            SessionWhen::Weekly {
                days,
                starts: w.starts,
                ends: w.ends,
                valid_from: w.valid_from,
                valid_until: w.valid_until,
            }
        }
        (None, Some(date)) => {
            let starts = r
                .starts
                .with_context(|| format!("session {title:?}: a dated session needs starts"))?;
            if r.ends.is_some_and(|e| e <= starts) {
                bail!("session {title:?}: the end must be after the start");
            }
            SessionWhen::Once {
                date,
                starts,
                ends: r.ends,
            }
        }
        _ => bail!("session {title:?}: give either weekly or date, not both or neither"),
    };
    let more = |pick: fn(&SessionTexts) -> &Option<String>| {
        r.translations
            .iter()
            .filter_map(|(code, t)| pick(t).clone().map(|text| (code.clone(), text)))
            .collect()
    };
    let (title_more, audience_more, theme_more, organiser_more) = (
        more(|t| &t.title),
        more(|t| &t.audience),
        more(|t| &t.theme),
        more(|t| &t.organiser),
    );
    Ok(Session {
        id: r.id,
        title: Localized {
            text: r.title,
            en: r.title_en,
            more: title_more,
        },
        audience: Localized {
            text: r.audience,
            en: r.audience_en,
            more: audience_more,
        },
        theme: Localized {
            text: r.theme,
            en: r.theme_en,
            more: theme_more,
        },
        organiser: Localized {
            text: r.organiser,
            en: r.organiser_en,
            more: organiser_more,
        },
        mode,
        place: r.place,
        link: r.link,
        contact: r.contact,
        when,
        cancellations: r
            .cancellations
            .into_iter()
            .map(|c| Cancellation {
                date: c.date,
                reason: c.reason,
            })
            .collect(),
    })
}
