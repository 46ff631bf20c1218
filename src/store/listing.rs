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
use crate::model::{Codes, Listing, Localized, Organization, Schedule, ServiceStatus};
use crate::search::DescriptionsBuilder;

/// Which list of codes of a listing a query fills in.
type CodesOf = fn(&mut Listing) -> &mut Arc<[String]>;

/// What a listing holds beyond its service's own row (lists of codes and
/// opening hours), read by id: the loader reads them on a connection of its
/// own while the services' rows are read ([`Store::listings_with`]).
pub struct ListingParts {
    /// The directory they were read from ([`Store::directory_version`]).
    version: (i64, i64),
    /// Topics, languages and areas, each list by its service's id, in order
    /// of the ids.
    codes: [Vec<(u128, Arc<[String]>)>; 3],
    /// Opening hours by their service's id and their place, in that order.
    hours: Vec<(u128, i64, Schedule)>,
}

impl Store {
    /// Every service's [`Listing`], in the order they are stored; each one's
    /// description goes to `descriptions`, in the same order.
    pub fn listings(
        &self,
        descriptions: &mut DescriptionsBuilder,
    ) -> rusqlite::Result<Vec<Listing>> {
        Ok(self.listings_with(descriptions, || None)?.0)
    }

    /// The count of services and the newest audit entry: every change of a
    /// service's parts is audited (so is much else, which only makes the
    /// loader read them once more). Both are read without a pass over the
    /// services' rows.
    pub fn directory_version(&self) -> rusqlite::Result<(i64, i64)> {
        self.conn.query_row(
            "SELECT (SELECT count(*) FROM service), (SELECT ifnull(max(id), 0) FROM audit)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    }

    /// The parts of every service's listing, read in one transaction.
    pub fn listing_parts(&self) -> rusqlite::Result<ListingParts> {
        self.conn.execute_batch("BEGIN")?;
        let parts = self.read_listing_parts();
        self.conn.execute_batch("COMMIT")?;
        parts
    }

    fn read_listing_parts(&self) -> rusqlite::Result<ListingParts> {
        let version = self.directory_version()?;
        let mut codes = Codes::default();
        // Each in the order of the table's key (no sorting by SQLite): a
        // service's codes come together, and are put in their order here.
        let lists = [
            "SELECT st.service_id, st.topic_code, t.position FROM service_topic st
             JOIN topic t ON t.code = st.topic_code ORDER BY st.service_id",
            "SELECT service_id, language, position FROM service_language ORDER BY service_id",
            "SELECT service_id, area, position FROM service_area ORDER BY service_id",
        ]
        .map(|sql| self.codes_by_id(&mut codes, sql));
        let [topics, languages, areas] = lists;
        // Opening hours in the order they are stored (by their index on the
        // service they would be read from all over the file), then put in
        // each service's order.
        let mut hours = Vec::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT service_id, id, days, opens, closes, valid_from, valid_to, note, note_en,
                    position
             FROM service_schedule",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            if let Some(id) = id_col(r)? {
                hours.push((id, r.get::<_, i64>(9)?, schedule_from_row(r)?));
            }
        }
        hours.sort_by_key(|&(id, position, _)| (id, position));
        Ok(ListingParts {
            version,
            codes: [topics?, languages?, areas?],
            hours,
        })
    }

    /// Reads lists of codes (`sql` gives a service's id, a code and its
    /// place in the list, a service's rows together), each distinct list
    /// shared.
    fn codes_by_id(
        &self,
        codes: &mut Codes,
        sql: &str,
    ) -> rusqlite::Result<Vec<(u128, Arc<[String]>)>> {
        let mut out = Vec::new();
        let mut stmt = self.conn.prepare_cached(sql)?;
        let mut rows = stmt.query([])?;
        // The service whose codes are being gathered, and its codes so far
        // with their places.
        let mut current: Option<u128> = None;
        let mut gathered: Vec<(i64, String)> = Vec::new();
        let mut list: Vec<String> = Vec::new();
        let mut flush = |current: Option<u128>, gathered: &mut Vec<(i64, String)>| {
            if let Some(id) = current {
                gathered.sort_by_key(|&(place, _)| place);
                list.clear();
                list.extend(gathered.drain(..).map(|(_, code)| code));
                out.push((id, codes.share(&list)));
            }
            gathered.clear();
        };
        while let Some(r) = rows.next()? {
            let Some(id) = id_col(r)? else { continue };
            if current != Some(id) {
                flush(current, &mut gathered);
                current = Some(id);
            }
            gathered.push((r.get(2)?, r.get_ref(1)?.as_str()?.to_owned()));
        }
        flush(current, &mut gathered);
        out.sort_unstable_by_key(|&(id, _)| id);
        Ok(out)
    }

    /// Every service's [`Listing`], in the order they are stored, and each
    /// one's version (read with its row: a second pass over the services
    /// would read them all again); each one's description goes to
    /// `descriptions`, in the same order. Their parts are `parts()`, called
    /// once the services' rows are read, if they were read from the same
    /// state of the directory; else they are read here.
    pub fn listings_with(
        &self,
        descriptions: &mut DescriptionsBuilder,
        parts: impl FnOnce() -> Option<ListingParts>,
    ) -> rusqlite::Result<(Vec<Listing>, HashMap<Uuid, i64>)> {
        let organizations: HashMap<Uuid, Arc<Organization>> = self
            .organizations()?
            .into_iter()
            .map(|o| (o.id, Arc::new(o)))
            .collect();
        let count = self.service_count()?;
        let mut listings: Vec<Listing> = Vec::with_capacity(count);
        let mut ids: Vec<Uuid> = Vec::with_capacity(count);
        let mut versions: HashMap<Uuid, i64> = HashMap::with_capacity(count);
        // The publisher's HSDS, for its opening rules and its terms (only
        // of services imported from such a file).
        let mut raws: Vec<(usize, String)> = Vec::new();
        let none: Arc<[String]> = Arc::new([]);
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, name_en, description, description_en, status, free_of_charge,
                    last_verified, organization_id, hsds_raw, version
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
            versions.insert(id, r.get(10)?);
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
        let version = self.directory_version()?;
        let parts = match parts() {
            Some(parts) if parts.version == version => parts,
            _ => self.read_listing_parts()?,
        };
        let [topics, languages, areas] = parts.codes;
        let fields: [CodesOf; 3] = [|s| &mut s.topics, |s| &mut s.languages, |s| &mut s.areas];
        for (lists, field) in [topics, languages, areas].into_iter().zip(fields) {
            let mut walk = 0;
            for (id, list) in lists {
                if let Some(at) = ids.find_from(&mut walk, id) {
                    *field(&mut listings[at]) = list;
                }
            }
        }
        // A service's hours come together (ordered by its id): its list is
        // made its size at once. Grown by pushing it would keep room for
        // four, and shrinking 100 000 lists afterwards leaves as many
        // pieces of freed memory for the allocator to sort out.
        let runs: Vec<(u128, usize)> = parts
            .hours
            .chunk_by(|a, b| a.0 == b.0)
            .map(|run| (run[0].0, run.len()))
            .collect();
        let mut hours = parts.hours.into_iter().map(|(_, _, schedule)| schedule);
        let mut walk = 0;
        for (id, n) in runs {
            let run = hours.by_ref().take(n);
            match ids.find_from(&mut walk, id) {
                Some(at) => {
                    let schedules = &mut listings[at].schedules;
                    schedules.reserve_exact(n);
                    schedules.extend(run);
                }
                None => run.for_each(drop),
            }
        }
        drop(ids);
        let mut codes = Codes::default();
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
        Ok((listings, versions))
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

    /// The position of the service with this id.
    fn find(&self, id: u128) -> Option<usize> {
        self.0
            .binary_search_by_key(&id, |&(key, _)| key)
            .ok()
            .map(|at| self.0[at].1 as usize)
    }

    /// [`ById::find`] for ids asked for in ascending order (the parts are
    /// read in the order of their services' ids): walks on from `walk`,
    /// where the last one was found, so that all of them are found in one
    /// pass rather than a search each (an id asked for out of order is
    /// searched for).
    fn find_from(&self, walk: &mut usize, id: u128) -> Option<usize> {
        // Every id before `walk` is below the last one asked for.
        if walk
            .checked_sub(1)
            .and_then(|before| self.0.get(before))
            .is_some_and(|&(key, _)| key >= id)
        {
            return self.find(id);
        }
        while self.0.get(*walk).is_some_and(|&(key, _)| key < id) {
            *walk += 1;
        }
        match self.0.get(*walk) {
            Some(&(key, at)) if key == id => Some(at as usize),
            _ => None,
        }
    }
}

/// The service id a row begins with (`None` for one that is not an id).
fn id_col(r: &rusqlite::Row<'_>) -> rusqlite::Result<Option<u128>> {
    Ok(Uuid::parse_str(r.get_ref(0)?.as_str()?)
        .ok()
        .map(|id| id.as_u128()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_asked_for_in_order_are_found_walking_and_others_searched_for() {
        // Positions in the listings: 0 → id 30, 1 → 10, 2 → 20, 3 → 40.
        let ids = [30u128, 10, 20, 40].map(Uuid::from_u128);
        let by_id = ById::new(&ids);
        let mut walk = 0;
        let found: Vec<Option<usize>> = [5, 10, 20, 25, 30, 40, 50]
            .into_iter()
            .map(|id| by_id.find_from(&mut walk, id))
            .collect();
        assert_eq!(
            found,
            [None, Some(1), Some(2), None, Some(0), Some(3), None]
        );
        // Out of order after the walk: still found.
        assert_eq!(by_id.find_from(&mut walk, 20), Some(2));
        assert_eq!(by_id.find_from(&mut walk, 15), None);
        let mut walk = 0;
        assert_eq!(by_id.find_from(&mut walk, 30), Some(0));
        assert_eq!(by_id.find_from(&mut walk, 10), Some(1));
        assert_eq!(by_id.find_from(&mut walk, 40), Some(3));
    }
}
