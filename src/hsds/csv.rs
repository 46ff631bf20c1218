//! CSV export of the directory: one row per service, readable columns, lists
//! joined with "; " so a spreadsheet shows them in one cell.

use std::io::Write;

use crate::i18n::Lang;
use crate::model::{LocationKind, Reference, Service};
use crate::schedule::schedule_in_words;
use crate::text::spreadsheet::write_record;

const HEADER: [&str; 21] = [
    "id",
    "name",
    "name_en",
    "organization",
    "status",
    "topics",
    "languages",
    "counties",
    "free_of_charge",
    "fees",
    "email",
    "phones",
    "url",
    "locations",
    "schedules",
    "eligibility",
    "application_process",
    "description",
    "description_en",
    "last_verified",
    "organization_id",
];

/// Writes the directory as CSV with a header row; cells go through the
/// sanitiser ([`crate::text::spreadsheet`]).
pub fn write_csv(
    services: &[Service],
    reference: &Reference,
    out: impl Write,
) -> Result<(), csv::Error> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(HEADER)?;
    for s in services {
        let locations = s
            .locations
            .iter()
            .map(|l| {
                let kind = match l.kind {
                    LocationKind::Physical => "physical",
                    LocationKind::Virtual => "online",
                };
                let mut parts = vec![kind.to_owned()];
                parts.extend(l.name.clone());
                if let Some(a) = &l.address {
                    parts.push(format!("{}, {} {}", a.street, a.postal_code, a.city));
                }
                parts.extend(l.url.clone());
                parts.join(": ")
            })
            .collect::<Vec<_>>()
            .join("; ");
        let schedules = s
            .schedules
            .iter()
            .map(|sc| schedule_in_words(sc, Lang::En))
            .collect::<Vec<_>>()
            .join("; ");
        let free = match s.free {
            Some(true) => "yes",
            Some(false) => "no",
            None => "",
        };
        let topics = s
            .topics
            .iter()
            .map(|c| reference.topic_label(c, Lang::En))
            .collect::<Vec<_>>()
            .join("; ");
        write_record(
            &mut w,
            [
                s.id.to_string().as_str(),
                &s.name.text,
                s.name.en.as_deref().unwrap_or(""),
                s.organization.as_ref().map_or("", |o| o.name.text.as_str()),
                s.status.as_str(),
                &topics,
                &s.languages.join("; "),
                &s.areas.join("; "),
                free,
                &s.fees.text,
                s.email.as_deref().unwrap_or(""),
                &s.phones.join("; "),
                s.url.as_deref().unwrap_or(""),
                &locations,
                &schedules,
                &s.eligibility.text,
                &s.application_process.text,
                &s.description.text,
                s.description.en.as_deref().unwrap_or(""),
                &s.last_verified.map(|d| d.to_string()).unwrap_or_default(),
                &s.organization
                    .as_ref()
                    .map(|o| o.id.to_string())
                    .unwrap_or_default(),
            ],
        )?;
    }
    w.flush()?;
    Ok(())
}
