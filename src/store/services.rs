//! The services directory: loading it whole (the search index is built from it)
//! and adding or updating services in one transaction.

use std::borrow::Borrow;
use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{OptionalExtension, Row, Transaction, named_params};
use uuid::Uuid;

use super::audit::{Stamp, audited, service_snapshot};
use super::change::{ChangeError, check_version};
use super::columns::{self, date_col, days_from_db, days_to_db, time_col, uuid_col};
use super::{Store, catalogue};
use crate::audit::Kind;
use crate::model::Organization;
use crate::model::{Address, Localized, Location, LocationKind, Schedule, Service, ServiceStatus};

/// What an import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportOutcome {
    /// Services that were new.
    pub added: usize,
    /// Services that existed and were replaced.
    pub updated: usize,
}

/// Why an import wrote nothing.
#[derive(Debug, thiserror::Error)]
pub enum ImportRefused {
    /// The id of a place or an opening-hours rule in the file belongs to
    /// another service in the database.
    #[error("record {record}, field {field}: the id {id} belongs to another service")]
    IdTaken {
        /// 1-based position of the service in the imported list.
        record: usize,
        /// The field path in HSDS terms (`schedules[0].id`).
        field: String,
        /// The id.
        id: Uuid,
        /// The name of the service that has it.
        owner: String,
    },
    /// A database error.
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
}

impl Store {
    /// Every service with all its parts, ordered by name.
    ///
    /// Services and their parts are read in id order and joined in one pass
    /// (no per-row lookups), organisations are read once; this is what start-up
    /// waits for, so it matters at 10 000 services.
    pub fn services(&self) -> rusqlite::Result<Vec<Service>> {
        self.services_where(None)
    }

    /// One service with all its parts, `None` when there is none with the id.
    ///
    /// The screen reads the selected service with it at each move, so its
    /// statements stay prepared and its reads share one read transaction
    /// (each statement would otherwise take and release the file's locks).
    pub fn service(&self, id: Uuid) -> rusqlite::Result<Option<Service>> {
        let id = id.to_string();
        if !self.conn.is_autocommit() {
            return Ok(self.services_where(Some(&id))?.pop());
        }
        self.conn.prepare_cached("BEGIN")?.execute([])?;
        let read = self.services_where(Some(&id));
        // Only read: ending it cannot lose anything, and a failed read's
        // transaction must not stay open either.
        let ended = self.conn.prepare_cached("COMMIT")?.execute([]);
        let read = read?;
        ended?;
        Ok(read.into_iter().next_back())
    }

    /// Every service, or the one with the id `only`.
    fn services_where(&self, only: Option<&str>) -> rusqlite::Result<Vec<Service>> {
        // The clause that picks the one service (by the column `col`). The
        // id is compared as an expression, not as the bare parameter: with
        // a bare one SQLite takes the plan of a statement that is also
        // ordered to depend on the value bound, and prepares it again at
        // each use (rusqlite clears the bindings of a statement it keeps).
        let pick = |col: &str| match only {
            Some(_) => format!("WHERE {col} = CAST(?1 AS TEXT)"),
            None => String::new(),
        };
        // One copy of each organisation, shared by its services (one
        // service reads its own only: it is read at each selection).
        let organizations: HashMap<Uuid, Arc<Organization>> = if only.is_some() {
            HashMap::new()
        } else {
            self.organizations()?
                .into_iter()
                .map(|o| (o.id, Arc::new(o)))
                .collect()
        };
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT id, name, name_en, description, description_en, status,
                    eligibility, eligibility_en, application_process,
                    application_process_en, fees, fees_en, free_of_charge,
                    email, phones, url, last_verified, organization_id, hsds_raw
             FROM service {} ORDER BY id",
            pick("id")
        ))?;
        // Sized up front: a list grown by doubling holds up to twice the room
        // while it grows, and shrinking it copies it (at 100 000 services,
        // tens of megabytes at the peak).
        let count = if only.is_some() {
            1
        } else {
            self.service_count()?
        };
        let mut raws: Vec<Option<String>> = Vec::with_capacity(count);
        let mut services: Vec<Service> = Vec::with_capacity(count);
        let rows = stmt.query_map(rusqlite::params_from_iter(only), |r| {
            let phones: String = r.get("phones")?;
            raws.push(r.get("hsds_raw")?);
            let organization = match r.get_ref("organization_id")?.as_str_or_null()? {
                Some(id) => match Uuid::parse_str(id) {
                    Ok(id) if only.is_some() => self.organization(id)?.map(Arc::new),
                    Ok(id) => organizations.get(&id).cloned(),
                    Err(_) => None,
                },
                None => None,
            };
            Ok(Service {
                organization,
                description: localized(r, "description")?,
                status: ServiceStatus::parse(&r.get::<_, String>("status")?)
                    .unwrap_or(ServiceStatus::Inactive),
                eligibility: localized(r, "eligibility")?,
                application_process: localized(r, "application_process")?,
                fees: localized(r, "fees")?,
                free: r.get::<_, Option<bool>>("free_of_charge")?,
                email: r.get("email")?,
                phones: phones
                    .lines()
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned)
                    .collect(),
                url: r.get("url")?,
                last_verified: date_col(r, "last_verified")?,
                name: localized(r, "name")?,
                ..Service::new(uuid_col(r, "id")?, "")
            })
        })?;
        for service in rows {
            services.push(service?);
        }
        let ids: Vec<String> = services.iter().map(|s| s.id.to_string()).collect();
        super::translations::attach(&self.conn, &ids, &mut services, only)?;
        self.attach(
            &ids,
            &mut services,
            only,
            &format!(
                "SELECT st.service_id, st.topic_code FROM service_topic st
                 JOIN topic t ON t.code = st.topic_code {}
                 ORDER BY st.service_id, t.position",
                pick("st.service_id")
            ),
            |s, r| {
                s.topics.push(r.get("topic_code")?);
                Ok(())
            },
        )?;
        self.attach(
            &ids,
            &mut services,
            only,
            &format!(
                "SELECT service_id, language FROM service_language {} ORDER BY service_id, position",
                pick("service_id")
            ),
            |s, r| {
                s.languages.push(r.get("language")?);
                Ok(())
            },
        )?;
        self.attach(
            &ids,
            &mut services,
            only,
            &format!(
                "SELECT service_id, area FROM service_area {} ORDER BY service_id, position",
                pick("service_id")
            ),
            |s, r| {
                s.areas.push(r.get("area")?);
                Ok(())
            },
        )?;
        self.attach(
            &ids,
            &mut services,
            only,
            &format!(
                "SELECT service_id, id, kind, name, street, city, postal_code, url
                 FROM service_location {} ORDER BY service_id, position",
                pick("service_id")
            ),
            |s, r| {
                s.locations.push(location_from_row(r)?);
                Ok(())
            },
        )?;
        self.attach(
            &ids,
            &mut services,
            only,
            &format!(
                "SELECT service_id, id, days, opens, closes, valid_from, valid_to, note, note_en
                 FROM service_schedule {} ORDER BY service_id, position",
                pick("service_id")
            ),
            |s, r| {
                s.schedules.push(schedule_from_row(r)?);
                Ok(())
            },
        )?;
        for (s, raw) in services.iter_mut().zip(&raws) {
            let Some(raw) = raw else { continue };
            let Ok(raw) = serde_json::from_str::<serde_json::Value>(raw) else {
                continue;
            };
            let schedules: Vec<String> = s.schedules.iter().map(|x| x.id.to_string()).collect();
            s.published = crate::hsds::published(&raw, |id| schedules.iter().any(|x| x == id));
        }
        self.apply_term_topics(&mut services)?;
        let key = |s: &Service| crate::text::fold(&s.name.text);
        services.sort_by_cached_key(|s| (key(s), s.id));
        // Lists grown by pushing keep room for more (four parts for one, a
        // quarter more services than read): at 100 000 services that is
        // tens of megabytes, given back here.
        services.shrink_to_fit();
        for s in &mut services {
            s.topics.shrink_to_fit();
            s.languages.shrink_to_fit();
            s.areas.shrink_to_fit();
            s.locations.shrink_to_fit();
            s.schedules.shrink_to_fit();
        }
        Ok(services)
    }

    /// Records that a service's information was checked on `day`.
    pub fn mark_verified(
        &mut self,
        id: Uuid,
        day: NaiveDate,
        actor: &str,
    ) -> rusqlite::Result<bool> {
        self.change_service(id, "last_verified", &day.to_string(), actor)
    }

    /// Sets a service's status (retiring it: `defunct`; restoring: `active`).
    pub fn set_service_status(
        &mut self,
        id: Uuid,
        status: ServiceStatus,
        actor: &str,
    ) -> rusqlite::Result<bool> {
        self.change_service(id, "status", status.as_str(), actor)
    }

    /// One field of a service changed, attributed; false when there is no such
    /// service.
    fn change_service(
        &mut self,
        id: Uuid,
        column: &str,
        value: &str,
        actor: &str,
    ) -> rusqlite::Result<bool> {
        let now = self.clock.stamp();
        let tx = self.write()?;
        let id = id.to_string();
        let by = Stamp { actor, at: &now };
        let changed = audited(&tx, by, Kind::Service, &id, service_snapshot, |tx| {
            tx.execute(
                &format!(
                    "UPDATE service SET {column} = :value, updated_at = :now, updated_by = :actor,
                         version = version + 1 WHERE id = :id"
                ),
                named_params! { ":id": id, ":value": value, ":now": now, ":actor": actor },
            )
        })?;
        tx.commit()?;
        Ok(changed == 1)
    }

    /// Runs a query of a service's parts, ordered by service id like `ids`, and
    /// hands each row to `add` with its service, walking both lists together.
    pub(super) fn attach<T>(
        &self,
        ids: &[String],
        services: &mut [T],
        only: Option<&str>,
        sql: &str,
        add: impl Fn(&mut T, &Row<'_>) -> rusqlite::Result<()>,
    ) -> rusqlite::Result<()> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(only))?;
        let mut at = 0;
        while let Some(r) = rows.next()? {
            // The service's id is the first column.
            let id = r.get_ref(0)?.as_str()?;
            while at < ids.len() && ids[at].as_str() < id {
                at += 1;
            }
            if at < ids.len() && ids[at] == id {
                add(&mut services[at], r)?;
            }
        }
        Ok(())
    }

    /// Saves a service from the form, with the organisation it names if that
    /// is new, all or nothing. `expected` is the service's version when the
    /// form was opened (none for a new service): if someone saved it since,
    /// nothing is written and the conflict says who and when.
    pub fn save_service(
        &mut self,
        service: &Service,
        new_organisation: Option<&Organization>,
        expected: Option<i64>,
        actor: &str,
    ) -> Result<(), ChangeError> {
        let now = self.clock.stamp();
        let tx = self.write()?;
        let id = service.id.to_string();
        if let Some(expected) = expected {
            check_version(&tx, "service", &id, expected)?;
        }
        let by = Stamp { actor, at: &now };
        if let Some(org) = new_organisation {
            catalogue::upsert_organization_by(&tx, org, by)?;
        }
        audited(&tx, by, Kind::Service, &id, service_snapshot, |_| {
            upsert_service(&tx, service, actor, &now)
        })?;
        tx.commit()?;
        Ok(())
    }

    /// Every service's version (grows by one with each change), by id.
    pub fn service_versions(&self) -> rusqlite::Result<HashMap<Uuid, i64>> {
        let mut stmt = self.conn.prepare("SELECT id, version FROM service")?;
        let rows = stmt.query_map([], |r| Ok((uuid_col(r, "id")?, r.get("version")?)))?;
        rows.collect()
    }

    /// The number of services in the directory.
    pub fn service_count(&self) -> rusqlite::Result<usize> {
        self.conn
            .query_row("SELECT count(*) AS n FROM service", [], |r| {
                r.get::<_, i64>("n")
            })
            .map(|n| n as usize)
    }

    /// Adds or updates services (and their organisations) by id, all or
    /// nothing. A place or opening-hours rule whose id another service has
    /// is refused before anything is written (the ids are the rows' keys).
    /// The services may be given as they are or borrowed (`&[&Service]`).
    pub fn import_services<S: Borrow<Service>>(
        &mut self,
        services: &[S],
        actor: &str,
    ) -> Result<ImportOutcome, ImportRefused> {
        // Every statement of the loop stays prepared (rusqlite keeps 16 by
        // default, fewer than one service's writes use), and the pages a
        // large import touches stay in memory until the commit instead of
        // being written out and read back (SQLite's default is 2 MB).
        self.conn
            .set_prepared_statement_cache_capacity(IMPORT_STATEMENTS);
        let cache: i64 = self
            .conn
            .pragma_query_value(None, "cache_size", |r| r.get(0))?;
        self.conn
            .pragma_update(None, "cache_size", -IMPORT_CACHE_KIB)?;
        let outcome = self.import_in_one_transaction(services, actor);
        self.conn.pragma_update(None, "cache_size", cache)?;
        outcome
    }

    fn import_in_one_transaction<S: Borrow<Service>>(
        &mut self,
        services: &[S],
        actor: &str,
    ) -> Result<ImportOutcome, ImportRefused> {
        let now = self.clock.stamp();
        let tx = self.write()?;
        check_part_ids(&tx, services)?;
        let mut outcome = ImportOutcome::default();
        let by = Stamp { actor, at: &now };
        // The copy of each organisation written last: services of one
        // organisation carry the same copy, and writing it again changes
        // nothing (a different copy is written, as it comes).
        let mut written: HashMap<Uuid, &Organization> = HashMap::new();
        for service in services {
            let service = service.borrow();
            if let Some(org) = &service.organization {
                if written.get(&org.id).is_none_or(|last| **last != **org) {
                    catalogue::upsert_organization_by(&tx, org, by)?;
                    written.insert(org.id, org);
                }
            }
            let id = service.id.to_string();
            let added = audited(&tx, by, Kind::Service, &id, service_snapshot, |_| {
                upsert_service(&tx, service, actor, &now)
            })?;
            if added {
                outcome.added += 1;
            } else {
                outcome.updated += 1;
            }
        }
        tx.commit()?;
        Ok(outcome)
    }
}

/// Prepared statements kept during an import (all its writes, with room).
const IMPORT_STATEMENTS: usize = 64;

/// SQLite's page cache during an import, in KiB: at most this much memory,
/// taken only as pages are used (the database of 100 000 services is about
/// 400 MB; its indexes and the pages being written fit).
const IMPORT_CACHE_KIB: i64 = 256 * 1024;

/// Refuses a service whose places or opening-hours rules carry the id of
/// another service's: the first such part, in the order of the list (each
/// service's places, then its rules). The database is asked once per table
/// for all the ids.
fn check_part_ids<S: Borrow<Service>>(
    tx: &Transaction<'_>,
    services: &[S],
) -> Result<(), ImportRefused> {
    // The service and its name for each id of the list that a row has.
    let owners_of = |sql: &str,
                     parts: fn(&Service) -> Vec<Uuid>|
     -> rusqlite::Result<HashMap<Uuid, (String, String)>> {
        let ids: Vec<String> = services
            .iter()
            .flat_map(|s| parts(s.borrow()))
            .map(|id| id.to_string())
            .collect();
        if ids.is_empty() {
            return Ok(HashMap::new());
        }
        let ids = serde_json::to_string(&ids).unwrap_or_default();
        let mut stmt = tx.prepare(sql)?;
        let rows = stmt.query_map(named_params! { ":ids": ids }, |r| {
            Ok((uuid_col(r, "id")?, (r.get("service_id")?, r.get("name")?)))
        })?;
        rows.collect()
    };
    let located = owners_of(
        "SELECT p.id, p.service_id, s.name FROM json_each(:ids) AS j
         JOIN service_location p ON p.id = j.value JOIN service s ON s.id = p.service_id",
        |s| s.locations.iter().map(|l| l.id).collect(),
    )?;
    let scheduled = owners_of(
        "SELECT p.id, p.service_id, s.name FROM json_each(:ids) AS j
         JOIN service_schedule p ON p.id = j.value JOIN service s ON s.id = p.service_id",
        |s| s.schedules.iter().map(|r| r.id).collect(),
    )?;
    if located.is_empty() && scheduled.is_empty() {
        return Ok(());
    }
    for (i, s) in services.iter().enumerate() {
        let s = s.borrow();
        let own = s.id.to_string();
        let parts = s
            .locations
            .iter()
            .enumerate()
            .map(|(i, l)| {
                (
                    &located,
                    format!("service_at_locations[{i}].location.id"),
                    l.id,
                )
            })
            .chain(
                s.schedules
                    .iter()
                    .enumerate()
                    .map(|(i, r)| (&scheduled, format!("schedules[{i}].id"), r.id)),
            );
        for (owners, field, id) in parts {
            if let Some((owner, name)) = owners.get(&id) {
                if *owner != own {
                    return Err(ImportRefused::IdTaken {
                        record: i + 1,
                        field,
                        id,
                        owner: name.clone(),
                    });
                }
            }
        }
    }
    Ok(())
}

/// Writes one service and replaces its parts; returns true when it was new.
fn upsert_service(
    tx: &Transaction<'_>,
    s: &Service,
    actor: &str,
    now: &str,
) -> rusqlite::Result<bool> {
    let id = s.id.to_string();
    let existed: bool = tx
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM service WHERE id = :id) AS found")?
        .query_row(named_params! { ":id": id }, |r| r.get("found"))?;
    columns::upsert(tx, "service", &id, &fields(s), now, actor)?;
    super::translations::write(tx, s)?;
    // A new service has no parts to replace (the foreign keys delete a
    // service's parts with it).
    let deletes = [
        "DELETE FROM service_topic WHERE service_id = :id",
        "DELETE FROM service_language WHERE service_id = :id",
        "DELETE FROM service_area WHERE service_id = :id",
        "DELETE FROM service_location WHERE service_id = :id",
        "DELETE FROM service_schedule WHERE service_id = :id",
    ];
    for delete in deletes.iter().filter(|_| existed) {
        tx.prepare_cached(delete)?
            .execute(named_params! { ":id": id })?;
    }
    // Topics reached only through the mapping of the publisher's terms are
    // not the service's own.
    let mapped = s.published.as_deref().map_or(&[][..], |p| &p.mapped[..]);
    for code in s.topics.iter().filter(|c| !mapped.contains(c)) {
        tx.prepare_cached(
            "INSERT INTO service_topic (service_id, topic_code) VALUES (:id, :code)",
        )?
        .execute(named_params! { ":id": id, ":code": code })?;
    }
    for (i, code) in s.languages.iter().enumerate() {
        tx.prepare_cached(
            "INSERT INTO service_language (service_id, language, position)
             VALUES (:id, :language, :position)",
        )?
        .execute(named_params! { ":id": id, ":language": code, ":position": i as i64 })?;
    }
    for (i, area) in s.areas.iter().enumerate() {
        tx.prepare_cached(
            "INSERT INTO service_area (service_id, area, position) VALUES (:id, :area, :position)",
        )?
        .execute(named_params! { ":id": id, ":area": area, ":position": i as i64 })?;
    }
    for (i, l) in s.locations.iter().enumerate() {
        let kind = match l.kind {
            LocationKind::Physical => "physical",
            LocationKind::Virtual => "virtual",
        };
        let a = l.address.as_ref();
        tx.prepare_cached(
            "INSERT INTO service_location
                 (id, service_id, position, kind, name, street, city, postal_code, url)
             VALUES (:part, :id, :position, :kind, :name, :street, :city, :postal_code, :url)",
        )?
        .execute(named_params! {
            ":part": l.id.to_string(),
            ":id": id,
            ":position": i as i64,
            ":kind": kind,
            ":name": l.name,
            ":street": a.map(|a| &a.street),
            ":city": a.map(|a| &a.city),
            ":postal_code": a.map(|a| &a.postal_code),
            ":url": l.url,
        })?;
    }
    for (i, sc) in s.schedules.iter().enumerate() {
        tx.prepare_cached(
            "INSERT INTO service_schedule
                 (id, service_id, position, days, opens, closes, valid_from, valid_to, note,
                  note_en)
             VALUES (:part, :id, :position, :days, :opens, :closes, :valid_from, :valid_to,
                 :note, :note_en)",
        )?
        .execute(named_params! {
            ":part": sc.id.to_string(),
            ":id": id,
            ":position": i as i64,
            ":days": days_to_db(&sc.days),
            ":opens": sc.opens.format("%H:%M").to_string(),
            ":closes": sc.closes.format("%H:%M").to_string(),
            ":valid_from": sc.valid_from.map(|d| d.to_string()),
            ":valid_to": sc.valid_to.map(|d| d.to_string()),
            ":note": sc.note,
            ":note_en": sc.note_en,
        })?;
    }
    Ok(!existed)
}

/// A service's own columns and their values: `INSERT` and `UPDATE` are
/// written from this list, each value bound as `:column`.
fn fields(s: &Service) -> Vec<(&'static str, Value)> {
    vec![
        (
            "organization_id",
            s.organization.as_ref().map(|o| o.id.to_string()).into(),
        ),
        ("name", s.name.text.clone().into()),
        ("name_en", s.name.en.clone().into()),
        ("description", s.description.text.clone().into()),
        ("description_en", s.description.en.clone().into()),
        ("status", s.status.as_str().to_owned().into()),
        ("eligibility", s.eligibility.text.clone().into()),
        ("eligibility_en", s.eligibility.en.clone().into()),
        (
            "application_process",
            s.application_process.text.clone().into(),
        ),
        (
            "application_process_en",
            s.application_process.en.clone().into(),
        ),
        ("fees", s.fees.text.clone().into()),
        ("fees_en", s.fees.en.clone().into()),
        ("free_of_charge", s.free.into()),
        ("email", s.email.clone().into()),
        ("phones", s.phones.join("\n").into()),
        ("url", s.url.clone().into()),
        (
            "last_verified",
            s.last_verified.map(|d| d.to_string()).into(),
        ),
    ]
}

fn location_from_row(r: &Row<'_>) -> rusqlite::Result<Location> {
    let street: Option<String> = r.get("street")?;
    let city: Option<String> = r.get("city")?;
    let address = match (street, city) {
        (Some(street), Some(city)) => Some(Address {
            street,
            city,
            postal_code: r
                .get::<_, Option<String>>("postal_code")?
                .unwrap_or_default(),
        }),
        _ => None,
    };
    Ok(Location {
        id: uuid_col(r, "id")?,
        kind: if r.get::<_, String>("kind")? == "virtual" {
            LocationKind::Virtual
        } else {
            LocationKind::Physical
        },
        name: r.get("name")?,
        address,
        url: r.get("url")?,
    })
}

pub(super) fn schedule_from_row(r: &Row<'_>) -> rusqlite::Result<Schedule> {
    Ok(Schedule {
        id: uuid_col(r, "id")?,
        days: days_from_db(&r.get::<_, String>("days")?),
        opens: time_col(r, "opens")?,
        closes: time_col(r, "closes")?,
        valid_from: date_col(r, "valid_from")?,
        valid_to: date_col(r, "valid_to")?,
        note: r.get("note")?,
        note_en: r.get("note_en")?,
    })
}

/// A stored text and its English translation: columns `col` and `col_en`.
fn localized(r: &Row<'_>, col: &str) -> rusqlite::Result<Localized> {
    Ok(Localized {
        text: r.get(col)?,
        en: r.get(format!("{col}_en").as_str())?,
        ..Localized::default()
    })
}

/// A service's kept HSDS (branch hsds): the publisher's object as imported,
/// and Pomost's HSDS of the service just after that import, both JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptHsds {
    /// The object as the file gave it.
    pub raw: String,
    /// Pomost's own HSDS of the service when it was imported.
    pub base: String,
}

impl Store {
    /// Records, for services just imported, what their files gave beyond
    /// Pomost's model (`None`: nothing, Pomost's format says it all).
    pub fn keep_hsds(&mut self, kept: &[(Uuid, Option<KeptHsds>)]) -> rusqlite::Result<()> {
        let tx = self.write()?;
        {
            let mut stmt = tx.prepare_cached(
                "UPDATE service SET hsds_raw = :raw, hsds_base = :base WHERE id = :id",
            )?;
            for (id, k) in kept {
                stmt.execute(named_params! {
                    ":id": id.to_string(),
                    ":raw": k.as_ref().map(|k| k.raw.as_str()),
                    ":base": k.as_ref().map(|k| k.base.as_str()),
                })?;
            }
        }
        tx.commit()
    }

    /// Every service's kept HSDS, by id (only services that have one).
    pub fn kept_hsds(&self) -> rusqlite::Result<HashMap<Uuid, KeptHsds>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, hsds_raw, hsds_base FROM service
             WHERE hsds_raw IS NOT NULL AND hsds_base IS NOT NULL",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                uuid_col(r, "id")?,
                KeptHsds {
                    raw: r.get("hsds_raw")?,
                    base: r.get("hsds_base")?,
                },
            ))
        })?;
        rows.collect()
    }

    /// One service's kept publisher object, if it has one.
    pub fn kept_raw(&self, id: Uuid) -> rusqlite::Result<Option<String>> {
        self.conn
            .query_row(
                "SELECT hsds_raw FROM service WHERE id = :id",
                named_params! { ":id": id.to_string() },
                |r| r.get("hsds_raw"),
            )
            .optional()
            .map(Option::flatten)
    }
}
