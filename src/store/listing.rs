//! Reading the directory for the Services screen: each service's
//! [`Listing`], its description folded into words on the way (never kept
//! whole), without the texts and places only the details show.

use std::collections::HashMap;
use std::sync::Arc;

use uuid::Uuid;

use super::Store;
use rusqlite::types::Type;

use super::columns::date_col;
use super::services::schedule_from_row;
use crate::model::{Codes, Listing, Localized, Organization, ServiceStatus};
use crate::search::DescriptionsBuilder;

/// Which list of codes of a listing a query fills in.
type CodesOf = fn(&mut Listing) -> &mut Arc<[String]>;

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
        let mut ids: Vec<Uuid> = Vec::with_capacity(count);
        // The publisher's HSDS, for its opening rules and its terms (only
        // of services imported from such a file).
        let mut raws: Vec<(usize, String)> = Vec::new();
        let none: Arc<[String]> = Arc::new([]);
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, name_en, description, description_en, status, free_of_charge,
                    last_verified, organization_id, hsds_raw
             FROM service",
        )?;
        let mut rows = stmt.query([])?;
        // The columns by their place (looking names up costs at every row).
        while let Some(r) = rows.next()? {
            descriptions.push_texts(r.get_ref(3)?.as_str()?, r.get_ref(4)?.as_str_or_null()?);
            if let Some(raw) = r.get_ref(9)?.as_str_or_null()? {
                raws.push((listings.len(), raw.to_owned()));
            }
            let organization = match r.get_ref(8)?.as_str_or_null()? {
                Some(id) => Uuid::parse_str(id)
                    .ok()
                    .and_then(|id| organizations.get(&id).cloned()),
                None => None,
            };
            let id = Uuid::parse_str(r.get_ref(0)?.as_str()?).map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(0, Type::Text, Box::new(e))
            })?;
            ids.push(id);
            listings.push(Listing {
                id,
                organization,
                name: Localized {
                    text: r.get(1)?,
                    en: r.get(2)?,
                    ..Localized::default()
                },
                status: ServiceStatus::parse(r.get_ref(5)?.as_str()?)
                    .unwrap_or(ServiceStatus::Inactive),
                topics: Arc::clone(&none),
                languages: Arc::clone(&none),
                areas: Arc::clone(&none),
                free: r.get(6)?,
                schedules: Vec::new(),
                rules: Vec::new(),
                last_verified: date_col(r, 7)?,
            });
        }
        // The services are read in the order they are stored (in order of
        // their ids they would be read from all over the file); their parts
        // are found by id.
        let ids = ById::new(&ids);
        let mut codes = Codes::default();
        // Each in the order of the table's key (no sorting by SQLite): a
        // service's codes come together, and are put in their order here.
        let lists: [(&str, CodesOf); 3] = [
            (
                "SELECT st.service_id, st.topic_code, t.position FROM service_topic st
                 JOIN topic t ON t.code = st.topic_code ORDER BY st.service_id",
                |s| &mut s.topics,
            ),
            (
                "SELECT service_id, language, position FROM service_language
                 ORDER BY service_id",
                |s| &mut s.languages,
            ),
            (
                "SELECT service_id, area, position FROM service_area ORDER BY service_id",
                |s| &mut s.areas,
            ),
        ];
        for (sql, field) in lists {
            self.attach_codes(&ids, &mut listings, &mut codes, sql, field)?;
        }
        // Opening hours in the order they are stored (by their index on the
        // service they would be read from all over the file), then put in
        // each service's order.
        let mut hours = Vec::with_capacity(count);
        ids.walk(
            &self.conn,
            "SELECT service_id, id, days, opens, closes, valid_from, valid_to, note, note_en,
                    position
             FROM service_schedule",
            |service, r| {
                hours.push((service, r.get::<_, i64>(9)?, schedule_from_row(r)?));
                Ok(())
            },
        )?;
        hours.sort_by_key(|&(service, position, _)| (service, position));
        for (service, _, schedule) in hours {
            listings[service].schedules.push(schedule);
        }
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
                let mut topics = s.topics.to_vec();
                mapping.apply(&p.terms, &mut topics, &mut p.mapped);
                s.topics = codes.share(&topics);
            }
            s.rules = p.rules;
        }
        for s in &mut listings {
            s.schedules.shrink_to_fit();
        }
        Ok(listings)
    }

    /// Reads a list of codes of every service (`sql` gives the service's id,
    /// a code and its place in the list, a service's rows together) into
    /// `field` of its listing, each distinct list shared.
    fn attach_codes(
        &self,
        ids: &ById,
        listings: &mut [Listing],
        codes: &mut Codes,
        sql: &str,
        field: CodesOf,
    ) -> rusqlite::Result<()> {
        // The service whose codes are being gathered, and its codes so far
        // with their places.
        let mut current: Option<usize> = None;
        let mut gathered: Vec<(i64, String)> = Vec::new();
        let mut list: Vec<String> = Vec::new();
        let mut flush = |current: Option<usize>, gathered: &mut Vec<(i64, String)>| {
            if let Some(i) = current {
                gathered.sort_by_key(|&(place, _)| place);
                list.clear();
                list.extend(gathered.drain(..).map(|(_, code)| code));
                *field(&mut listings[i]) = codes.share(&list);
            }
            gathered.clear();
        };
        ids.walk(&self.conn, sql, |service, r| {
            if current != Some(service) {
                flush(current, &mut gathered);
                current = Some(service);
            }
            gathered.push((r.get(2)?, r.get_ref(1)?.as_str()?.to_owned()));
            Ok(())
        })?;
        flush(current, &mut gathered);
        Ok(())
    }
}

/// The services' ids in order, each with the service's position in the
/// listings, to find a part's service by its id.
struct ById(Vec<(u128, u32)>);

impl ById {
    fn new(ids: &[Uuid]) -> Self {
        let mut by_id: Vec<(u128, u32)> = ids
            .iter()
            .enumerate()
            .map(|(at, id)| (id.as_u128(), at as u32))
            .collect();
        by_id.sort_unstable();
        Self(by_id)
    }

    /// Runs `sql`, whose rows begin with a service's id, and hands each row
    /// to `add` with the position of its service; rows of a service not
    /// listed (added since) are left out.
    fn walk(
        &self,
        conn: &rusqlite::Connection,
        sql: &str,
        mut add: impl FnMut(usize, &rusqlite::Row<'_>) -> rusqlite::Result<()>,
    ) -> rusqlite::Result<()> {
        let mut stmt = conn.prepare_cached(sql)?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let Ok(id) = Uuid::parse_str(r.get_ref(0)?.as_str()?) else {
                continue;
            };
            let id = id.as_u128();
            if let Ok(at) = self.0.binary_search_by_key(&id, |&(key, _)| key) {
                add(self.0[at].1 as usize, r)?;
            }
        }
        Ok(())
    }
}
