//! Reading the directory for the Services screen: each service's
//! [`Listing`], its description folded into words on the way (never kept
//! whole), without the texts and places only the details show.

use std::collections::HashMap;
use std::sync::Arc;

use uuid::Uuid;

use super::Store;
use super::columns::{date_col, uuid_col};
use super::services::{localized, schedule_from_row};
use crate::model::{Listing, Organization, ServiceStatus};
use crate::search::DescriptionsBuilder;

impl Store {
    /// Every service's [`Listing`], in the order of their ids; each one's
    /// description goes to `descriptions`, in the same order.
    pub fn listings(
        &self,
        descriptions: &mut DescriptionsBuilder,
    ) -> rusqlite::Result<Vec<Listing>> {
        let organizations: HashMap<Uuid, Arc<Organization>> = self
            .organizations()?
            .into_iter()
            .map(|o| (o.id, Arc::new(o)))
            .collect();
        let count = self.service_count()?;
        let mut listings: Vec<Listing> = Vec::with_capacity(count);
        let mut ids: Vec<String> = Vec::with_capacity(count);
        // The publisher's HSDS, for its opening rules and its terms (only
        // of services imported from such a file).
        let mut raws: Vec<(usize, String)> = Vec::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, name_en, description, description_en, status, free_of_charge,
                    last_verified, organization_id, hsds_raw
             FROM service ORDER BY id",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            descriptions.push_texts(
                r.get_ref("description")?.as_str()?,
                r.get_ref("description_en")?.as_str_or_null()?,
            );
            if let Some(raw) = r.get_ref("hsds_raw")?.as_str_or_null()? {
                raws.push((listings.len(), raw.to_owned()));
            }
            let organization = match r.get_ref("organization_id")?.as_str_or_null()? {
                Some(id) => Uuid::parse_str(id)
                    .ok()
                    .and_then(|id| organizations.get(&id).cloned()),
                None => None,
            };
            ids.push(r.get("id")?);
            listings.push(Listing {
                id: uuid_col(r, "id")?,
                organization,
                name: localized(r, "name")?,
                status: ServiceStatus::parse(r.get_ref("status")?.as_str()?)
                    .unwrap_or(ServiceStatus::Inactive),
                topics: Vec::new(),
                languages: Vec::new(),
                areas: Vec::new(),
                free: r.get("free_of_charge")?,
                schedules: Vec::new(),
                rules: Vec::new(),
                last_verified: date_col(r, "last_verified")?,
            });
        }
        self.attach(
            &ids,
            &mut listings,
            None,
            "SELECT st.service_id, st.topic_code FROM service_topic st
             JOIN topic t ON t.code = st.topic_code ORDER BY st.service_id, t.position",
            |s, r| {
                s.topics.push(r.get("topic_code")?);
                Ok(())
            },
        )?;
        self.attach(
            &ids,
            &mut listings,
            None,
            "SELECT service_id, language FROM service_language ORDER BY service_id, position",
            |s, r| {
                s.languages.push(r.get("language")?);
                Ok(())
            },
        )?;
        self.attach(
            &ids,
            &mut listings,
            None,
            "SELECT service_id, area FROM service_area ORDER BY service_id, position",
            |s, r| {
                s.areas.push(r.get("area")?);
                Ok(())
            },
        )?;
        self.attach(
            &ids,
            &mut listings,
            None,
            "SELECT service_id, id, days, opens, closes, valid_from, valid_to, note, note_en
             FROM service_schedule ORDER BY service_id, position",
            |s, r| {
                s.schedules.push(schedule_from_row(r)?);
                Ok(())
            },
        )?;
        drop(ids);
        let mapping = self.term_mapping()?;
        for (at, raw) in raws {
            let Ok(raw) = serde_json::from_str::<serde_json::Value>(&raw) else {
                continue;
            };
            let s = &mut listings[at];
            let schedules: Vec<String> = s.schedules.iter().map(|x| x.id.to_string()).collect();
            let Some(p) = crate::hsds::published(&raw, |id| schedules.iter().any(|x| x == id))
            else {
                continue;
            };
            let mut p = *p;
            if let Some(mapping) = &mapping {
                mapping.apply(&p.terms, &mut s.topics, &mut p.mapped);
            }
            s.rules = p.rules;
        }
        for s in &mut listings {
            s.topics.shrink_to_fit();
            s.languages.shrink_to_fit();
            s.areas.shrink_to_fit();
            s.schedules.shrink_to_fit();
        }
        Ok(listings)
    }
}
