//! CSV export of the directory: one row per service, readable columns, lists
//! joined with "; " so a spreadsheet shows them in one cell.

use std::io::{self, Write};

use crate::i18n::{Lang, Msg, language_name};
use crate::model::{LocationKind, Reference, Service, ServiceStatus, WHOLE_REGION};
use crate::schedule::schedule_in_words;
use crate::text::spreadsheet::{Dialect, Writer};

/// The header row, in the interface language.
const HEADER: [Msg; 21] = [
    Msg::CsvId,
    Msg::FieldServiceName,
    Msg::FieldServiceNameEn,
    Msg::FieldOrganisation,
    Msg::FieldStatus,
    Msg::FieldTopics,
    Msg::FieldLanguages,
    Msg::FieldAreas,
    Msg::FieldFreeOfCharge,
    Msg::FieldFees,
    Msg::FieldEmail,
    Msg::FieldPhones,
    Msg::FieldWebsite,
    Msg::FieldWhere,
    Msg::FieldOpeningHours,
    Msg::FieldWho,
    Msg::FieldApply,
    Msg::FieldDescription,
    Msg::FieldDescriptionEn,
    Msg::FieldVerified,
    Msg::CsvOrganisationId,
];

/// Writes the directory as CSV with a header row, in the interface language
/// (headers, status, topics, languages, counties, cost, places, opening
/// hours, and the texts that have no column of their own for English; name
/// and description as stored, with the English ones in their columns); cells go through the sanitiser ([`crate::text::spreadsheet`]).
pub fn write_csv(
    services: &[Service],
    reference: &Reference,
    dialect: Dialect,
    lang: Lang,
    out: impl Write,
) -> io::Result<()> {
    let mut w = Writer::new(out, dialect)?;
    w.row(HEADER.map(|m| lang.t(m)))?;
    let list = |items: Vec<String>| items.join("; ");
    for s in services {
        let locations = s
            .locations
            .iter()
            .map(|l| {
                let kind = match l.kind {
                    LocationKind::Physical => lang.t(Msg::InPerson),
                    LocationKind::Virtual => lang.t(Msg::Online),
                };
                let mut parts = vec![kind.to_owned()];
                parts.extend(l.name.clone());
                if let Some(a) = &l.address {
                    parts.push(format!("{}, {} {}", a.street, a.postal_code, a.city));
                }
                parts.extend(l.url.clone());
                parts.join(": ")
            })
            .collect();
        let schedules = s
            .schedules
            .iter()
            .map(|sc| schedule_in_words(sc, lang))
            .collect();
        let free = match s.free {
            Some(true) => lang.t(Msg::Free),
            Some(false) => lang.t(Msg::Paid),
            None => "",
        };
        let status = match s.status {
            ServiceStatus::Active => Msg::StatusActive,
            ServiceStatus::Inactive => Msg::StatusInactive,
            ServiceStatus::Defunct => Msg::StatusDefunct,
            ServiceStatus::TemporarilyClosed => Msg::StatusTemporarilyClosed,
        };
        let topics = s
            .topics
            .iter()
            .map(|c| reference.topic_label(c, lang).to_owned())
            .collect();
        let languages = s
            .languages
            .iter()
            .map(|c| language_name(c, lang).unwrap_or(c).to_owned())
            .collect();
        let counties = s
            .areas
            .iter()
            .map(|a| match a.as_str() {
                WHOLE_REGION => lang.t(Msg::WholeRegion).to_owned(),
                county => county.to_owned(),
            })
            .collect();
        w.row([
            s.id.to_string().as_str(),
            &s.name.text,
            s.name.en.as_deref().unwrap_or(""),
            s.organization.as_ref().map_or("", |o| o.name.text.as_str()),
            lang.t(status),
            &list(topics),
            &list(languages),
            &list(counties),
            free,
            s.fees.get(lang),
            s.email.as_deref().unwrap_or(""),
            &s.phones.join("; "),
            s.url.as_deref().unwrap_or(""),
            &list(locations),
            &list(schedules),
            s.eligibility.get(lang),
            s.application_process.get(lang),
            &s.description.text,
            s.description.en.as_deref().unwrap_or(""),
            &s.last_verified.map(|d| d.to_string()).unwrap_or_default(),
            &s.organization
                .as_ref()
                .map(|o| o.id.to_string())
                .unwrap_or_default(),
        ])?;
    }
    w.flush()
}
