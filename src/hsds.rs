//! The exchange format of the directory: a JSON array of HSDS 3.0 `service`
//! objects (Open Referral Human Services Data Specification), and CSV.
//!
//! Only the HSDS fields Pomost keeps are read; others are ignored. Topics travel
//! as `attributes` with taxonomy terms of the `pomost-topics` taxonomy; counties
//! as `service_areas`; English texts in a `translations.en` extension object
//! (HSDS allows additional properties). Ids of parts Pomost does not store
//! separately (topic links, languages, areas, cost options) are derived with
//! UUID v5, so an export is the same every time.

mod csv;
mod import;
mod input;
mod keep;
mod published;
mod tabular;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::model::{LocationKind, Reference, Service};
use crate::store::KeptHsds;

pub use self::csv::write_csv;
pub use import::{
    FieldError, ImportError, Imported, Parsed, Problem, hsds_time, is_email, is_url, language_code,
    parse_byday, parse_records, parse_services, record_label,
};
pub use input::{Input, ReadError, Shape, read_input};
pub use keep::{export_object, kept_properties};
pub use published::{published, terms};

/// Namespace of the UUID v5 ids Pomost derives.
pub const ID_NAMESPACE: Uuid = Uuid::from_u128(0x6f1d6c3e_2b8a_4c55_9a57_0c1f5e8b7d21);

/// The taxonomy name of the topic attributes.
pub const TOPIC_TAXONOMY: &str = "pomost-topics";

/// A derived id: UUID v5 of `name` in [`ID_NAMESPACE`].
pub fn derived_id(name: &str) -> Uuid {
    Uuid::new_v5(&ID_NAMESPACE, name.as_bytes())
}

/// An HSDS `service` object (the fields Pomost reads and writes).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct HsdsService {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_process: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fees_description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility_description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assured_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<HsdsOrganization>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<HsdsPhone>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<HsdsAttribute>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<HsdsLanguage>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub service_areas: Vec<HsdsArea>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub service_at_locations: Vec<HsdsServiceAtLocation>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schedules: Vec<HsdsSchedule>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cost_options: Vec<HsdsCostOption>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, HsdsTranslation>,
}

/// Translated texts of a service or organisation (Pomost extension).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct HsdsTranslation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_process: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility_description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fees_description: Option<String>,
}

/// An HSDS `organization` object.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct HsdsOrganization {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, HsdsTranslation>,
}

/// An HSDS `phone` object.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct HsdsPhone {
    pub id: String,
    pub number: String,
}

/// An HSDS `attribute` linking the service to a taxonomy term (a topic).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct HsdsAttribute {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taxonomy_term_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_entity: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taxonomy_term: Option<HsdsTaxonomyTerm>,
}

/// An HSDS `taxonomy_term`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct HsdsTaxonomyTerm {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taxonomy: Option<String>,
}

/// An HSDS `language`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct HsdsLanguage {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// An HSDS `service_area`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct HsdsArea {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// An HSDS `service_at_location` with its location.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct HsdsServiceAtLocation {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<HsdsLocation>,
}

/// An HSDS `location`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct HsdsLocation {
    pub id: String,
    pub location_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub addresses: Vec<HsdsAddress>,
}

/// An HSDS `address`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct HsdsAddress {
    pub id: String,
    pub address_1: String,
    pub city: String,
    pub state_province: String,
    pub postal_code: String,
    pub country: String,
    pub address_type: String,
}

/// An HSDS `schedule` (weekly rules only).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct HsdsSchedule {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub freq: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byday: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opens_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closes_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The note (`description`) in English, in `translations.en.description`
    /// as for a service (Pomost extension, issue #14).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, HsdsTranslation>,
    /// The other properties as given (`interval`, `count`, `until`,
    /// `bymonthday` …): read to tell a plain weekly rule from others, never
    /// written (the publisher's object is).
    #[serde(flatten, skip_serializing)]
    pub rest: serde_json::Map<String, serde_json::Value>,
}

/// An HSDS `cost_option`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct HsdsCostOption {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
}

/// iCalendar two-letter weekday codes, Monday first.
pub const BYDAY: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// Converts a stored service to its HSDS form.
pub fn to_hsds(s: &Service, reference: &Reference) -> HsdsService {
    let sid = s.id.to_string();
    let sub = |kind: &str, key: &str| derived_id(&format!("{sid}/{kind}/{key}")).to_string();
    let opt = |t: &str| (!t.is_empty()).then(|| t.to_owned());
    let en = HsdsTranslation {
        name: s.name.en.clone(),
        description: s.description.en.clone(),
        application_process: s.application_process.en.clone(),
        eligibility_description: s.eligibility.en.clone(),
        fees_description: s.fees.en.clone(),
    };
    let organization = s.organization.as_ref().map(|o| {
        let oen = HsdsTranslation {
            name: o.name.en.clone(),
            description: o.description.en.clone(),
            ..Default::default()
        };
        HsdsOrganization {
            id: o.id.to_string(),
            name: o.name.text.clone(),
            description: o.description.text.clone(),
            email: o.email.clone(),
            website: o.website.clone(),
            translations: translations(oen),
        }
    });
    // Topics reached through the mapping of the publisher's terms are not
    // written: the publisher's terms are.
    let mapped = s.published.as_deref().map_or(&[][..], |p| &p.mapped[..]);
    let attributes = s
        .topics
        .iter()
        .filter(|c| !mapped.contains(c))
        .map(|code| {
            let term_id = derived_id(&format!("topic:{code}")).to_string();
            let topic = reference.topic(code);
            HsdsAttribute {
                id: sub("topic", code),
                taxonomy_term_id: Some(term_id.clone()),
                link_entity: Some("service".into()),
                taxonomy_term: Some(HsdsTaxonomyTerm {
                    id: term_id,
                    code: Some(code.clone()),
                    name: topic.map(|t| t.pl.clone()).unwrap_or_else(|| code.clone()),
                    description: topic.map(|t| t.en.clone()).unwrap_or_default(),
                    taxonomy: Some(TOPIC_TAXONOMY.into()),
                }),
            }
        })
        .collect();
    let languages = s
        .languages
        .iter()
        .map(|code| HsdsLanguage {
            id: sub("language", code),
            code: Some(code.clone()),
            name: crate::i18n::language_name(code, crate::i18n::Lang::Pl).map(str::to_owned),
        })
        .collect();
    let service_areas = s
        .areas
        .iter()
        .map(|a| HsdsArea {
            id: sub("area", a),
            name: Some(a.clone()),
            description: None,
        })
        .collect();
    let service_at_locations = s
        .locations
        .iter()
        .enumerate()
        .map(|(n, l)| HsdsServiceAtLocation {
            id: sub("location", &n.to_string()),
            location: Some(HsdsLocation {
                id: l.id.to_string(),
                location_type: match l.kind {
                    LocationKind::Physical => "physical",
                    LocationKind::Virtual => "virtual",
                }
                .into(),
                name: l.name.clone(),
                url: l.url.clone(),
                addresses: l
                    .address
                    .iter()
                    .map(|a| HsdsAddress {
                        id: derived_id(&format!("{}/address", l.id)).to_string(),
                        address_1: a.street.clone(),
                        city: a.city.clone(),
                        state_province: crate::model::WHOLE_REGION.into(),
                        postal_code: a.postal_code.clone(),
                        country: "PL".into(),
                        address_type: "physical".into(),
                    })
                    .collect(),
            }),
        })
        .collect();
    let schedules = s
        .schedules
        .iter()
        .map(|sc| HsdsSchedule {
            id: sc.id.to_string(),
            freq: Some("WEEKLY".into()),
            byday: Some(
                sc.days
                    .iter()
                    .map(|d| BYDAY[d.num_days_from_monday() as usize])
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            opens_at: Some(sc.opens.format("%H:%M").to_string()),
            closes_at: Some(sc.closes.format("%H:%M").to_string()),
            valid_from: sc.valid_from.map(|d| d.to_string()),
            valid_to: sc.valid_to.map(|d| d.to_string()),
            description: sc.note.clone(),
            translations: translations(HsdsTranslation {
                description: sc.note_en.clone(),
                ..HsdsTranslation::default()
            }),
            ..Default::default()
        })
        .collect();
    let cost_options = match s.free {
        None => Vec::new(),
        Some(free) => vec![HsdsCostOption {
            id: sub("cost", if free { "free" } else { "paid" }),
            option: Some(if free { "Bezpłatne" } else { "Odpłatne" }.into()),
            amount: free.then_some(0.0),
            currency: Some("PLN".into()),
        }],
    };
    HsdsService {
        id: sid.clone(),
        organization_id: s.organization.as_ref().map(|o| o.id.to_string()),
        name: s.name.text.clone(),
        description: opt(&s.description.text),
        url: s.url.clone(),
        email: s.email.clone(),
        status: s.status.as_str().into(),
        application_process: opt(&s.application_process.text),
        fees_description: opt(&s.fees.text),
        eligibility_description: opt(&s.eligibility.text),
        assured_date: s.last_verified.map(|d| d.to_string()),
        organization,
        phones: s
            .phones
            .iter()
            .map(|p| HsdsPhone {
                id: sub("phone", p),
                number: p.clone(),
            })
            .collect(),
        attributes,
        languages,
        service_areas,
        service_at_locations,
        schedules,
        cost_options,
        translations: more_translations(s, translations(en)),
    }
}

fn translations(en: HsdsTranslation) -> BTreeMap<String, HsdsTranslation> {
    let mut map = BTreeMap::new();
    if en != HsdsTranslation::default() {
        map.insert("en".to_owned(), en);
    }
    map
}

/// card: the service's texts in the clients' other languages, beside the
/// English ones (`translations.uk` …, issue #17).
fn more_translations(
    s: &Service,
    mut map: BTreeMap<String, HsdsTranslation>,
) -> BTreeMap<String, HsdsTranslation> {
    let texts = [
        &s.name,
        &s.description,
        &s.eligibility,
        &s.application_process,
        &s.fees,
    ];
    for code in texts.iter().flat_map(|t| t.more.keys()) {
        let get = |t: &crate::model::Localized| t.more.get(code).cloned();
        map.entry(code.clone()).or_insert_with(|| HsdsTranslation {
            name: get(&s.name),
            description: get(&s.description),
            eligibility_description: get(&s.eligibility),
            application_process: get(&s.application_process),
            fees_description: get(&s.fees),
        });
    }
    map
}

/// The directory as pretty JSON (an array of HSDS services), ending in a
/// newline; terminal controls in texts are `\uXXXX` escapes
/// ([`crate::text::json`]), so the file reads back the same.
pub fn to_json(services: &[Service], reference: &Reference) -> String {
    to_json_kept(services, reference, &HashMap::new())
}

/// [`to_json`], each service that came from a publisher's file written as
/// that file gave it, with what was changed in Pomost since written over it
/// ([`export_object`]).
pub fn to_json_kept(
    services: &[Service],
    reference: &Reference,
    kept: &HashMap<Uuid, KeptHsds>,
) -> String {
    let list: Vec<serde_json::Value> = services
        .iter()
        .map(|s| {
            let now = hsds_value(s, reference);
            let Some(k) = kept.get(&s.id) else {
                return now;
            };
            match (serde_json::from_str(&k.raw), serde_json::from_str(&k.base)) {
                (Ok(raw), Ok(base)) => export_object(now, Some((&raw, &base))),
                _ => now,
            }
        })
        .collect();
    let mut out = crate::text::json::to_string_pretty(&list);
    if out.is_empty() {
        out.push_str("[]");
    }
    out.push('\n');
    out
}

/// A service's HSDS as a JSON value.
pub fn hsds_value(s: &Service, reference: &Reference) -> serde_json::Value {
    serde_json::to_value(to_hsds(s, reference)).unwrap_or_default()
}

/// What to keep of each imported record: its object as given and Pomost's
/// HSDS of the service as stored (`stored`, read back after the import, in
/// any order), or nothing when the two are the same. Also the properties
/// kept without being modelled, by path.
///
/// A large import is shared out among the processor's cores (writing each
/// service's HSDS is most of the work: seconds at 100 000 services).
pub fn kept_for_import(
    imported: &[Imported],
    stored: &[Service],
    reference: &Reference,
) -> (Vec<(Uuid, Option<KeptHsds>)>, BTreeSet<String>) {
    let by_id: HashMap<Uuid, &Service> = stored.iter().map(|s| (s.id, s)).collect();
    let mut kept = Vec::with_capacity(imported.len());
    let mut properties = BTreeSet::new();
    for (k, p) in on_all_cores(imported, |part| kept_of(part, &by_id, reference)) {
        kept.extend(k);
        properties.extend(p);
    }
    (kept, properties)
}

/// `f` of consecutive parts of `items`, in order: a large list (2 000 or
/// more) shared out among the processor's cores (at most four), a short one
/// at once.
pub fn on_all_cores<I: Sync, T: Send>(items: &[I], f: impl Fn(&[I]) -> T + Sync) -> Vec<T> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 4);
    if threads == 1 || items.len() < 2_000 {
        return vec![f(items)];
    }
    let f = &f;
    std::thread::scope(|scope| {
        let workers: Vec<_> = items
            .chunks(items.len().div_ceil(threads))
            .map(|part| scope.spawn(move || f(part)))
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// [`kept_for_import`] of some of the records, in their order.
fn kept_of(
    imported: &[Imported],
    by_id: &HashMap<Uuid, &Service>,
    reference: &Reference,
) -> (Vec<(Uuid, Option<KeptHsds>)>, BTreeSet<String>) {
    let mut properties = BTreeSet::new();
    let kept = imported
        .iter()
        .filter_map(|i| {
            let s = by_id.get(&i.service.id)?;
            let base = hsds_value(s, reference).to_string();
            if base == i.raw {
                return Some((s.id, None));
            }
            if let (Ok(raw), Ok(modelled)) =
                (serde_json::from_str(&i.raw), serde_json::from_str(&base))
            {
                kept_properties(&raw, &modelled, &mut properties);
            }
            Some((
                s.id,
                Some(KeptHsds {
                    raw: i.raw.clone(),
                    base,
                }),
            ))
        })
        .collect();
    (kept, properties)
}
