//! Reference data: topics, counties, organisations.

use rusqlite::{OptionalExtension, Row, Transaction, params};
use uuid::Uuid;

use super::Store;
use crate::model::{County, CountyKind, Localized, Organization, Topic};

impl Store {
    /// All topics in taxonomy order.
    pub fn topics(&self) -> rusqlite::Result<Vec<Topic>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT code, label_pl, label_en FROM topic ORDER BY position")?;
        stmt.query_map([], |r| {
            Ok(Topic {
                code: r.get(0)?,
                pl: r.get(1)?,
                en: r.get(2)?,
            })
        })?
        .collect()
    }

    /// All counties, city counties first, in the catalogue's order.
    pub fn counties(&self) -> rusqlite::Result<Vec<County>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT name, kind FROM county ORDER BY position")?;
        stmt.query_map([], |r| {
            let kind: String = r.get(1)?;
            Ok(County {
                name: r.get(0)?,
                kind: if kind == "city" {
                    CountyKind::City
                } else {
                    CountyKind::Land
                },
            })
        })?
        .collect()
    }

    /// All organisations, by name.
    pub fn organizations(&self) -> rusqlite::Result<Vec<Organization>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, name_en, description, description_en, email, website
             FROM organization ORDER BY name",
        )?;
        stmt.query_map([], organization_from_row)?.collect()
    }

    /// One organisation by id.
    pub fn organization(&self, id: Uuid) -> rusqlite::Result<Option<Organization>> {
        self.conn
            .query_row(
                "SELECT id, name, name_en, description, description_en, email, website
                 FROM organization WHERE id = ?1",
                [id.to_string()],
                organization_from_row,
            )
            .optional()
    }

    /// Replaces the topic list and the county list (reference data of a new database).
    pub fn put_reference(&mut self, topics: &[Topic], counties: &[County]) -> rusqlite::Result<()> {
        let tx = self.write()?;
        for (i, t) in topics.iter().enumerate() {
            tx.execute(
                "INSERT INTO topic (code, label_pl, label_en, position) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (code) DO UPDATE SET label_pl = ?2, label_en = ?3, position = ?4",
                params![t.code, t.pl, t.en, i as i64],
            )?;
        }
        for (i, c) in counties.iter().enumerate() {
            let kind = match c.kind {
                CountyKind::City => "city",
                CountyKind::Land => "land",
            };
            tx.execute(
                "INSERT INTO county (name, kind, position) VALUES (?1, ?2, ?3)
                 ON CONFLICT (name) DO UPDATE SET kind = ?2, position = ?3",
                params![c.name, kind, i as i64],
            )?;
        }
        tx.commit()
    }

    /// Adds or updates organisations in one transaction.
    pub fn put_organizations(&mut self, orgs: &[Organization]) -> rusqlite::Result<()> {
        let tx = self.write()?;
        for org in orgs {
            upsert_organization(&tx, org)?;
        }
        tx.commit()
    }
}

/// Adds or updates one organisation inside a transaction.
/// Adds or changes an organisation as `by` says who did it, and when, in the
/// audit trail.
pub(super) fn upsert_organization_by(
    tx: &Transaction<'_>,
    org: &Organization,
    by: super::audit::Stamp<'_>,
) -> rusqlite::Result<()> {
    let id = org.id.to_string();
    super::audit::audited(
        tx,
        by,
        crate::audit::Kind::Organisation,
        &id,
        super::audit::organisation_snapshot,
        |_| upsert_organization(tx, org),
    )
}

/// Adds an organisation or updates it. What the new copy does not give (an
/// English name or description, an e-mail, a web site) is kept: a service's
/// embedded copy of its organisation often carries less than the directory's.
pub(super) fn upsert_organization(
    tx: &Transaction<'_>,
    org: &Organization,
) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO organization (id, name, name_en, description, description_en, email, website)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (id) DO UPDATE SET name = ?2, name_en = ifnull(?3, name_en),
             description = ?4, description_en = ifnull(?5, description_en),
             email = ifnull(?6, email), website = ifnull(?7, website)",
        params![
            org.id.to_string(),
            org.name.text,
            org.name.en,
            org.description.text,
            org.description.en,
            org.email,
            org.website
        ],
    )?;
    Ok(())
}

/// Reads an organisation from columns id, name, name_en, description,
/// description_en, email, website starting at `at`.
pub(super) fn organization_at(r: &Row<'_>, at: usize) -> rusqlite::Result<Organization> {
    Ok(Organization {
        id: super::columns::uuid_col(r, at)?,
        name: Localized {
            text: r.get(at + 1)?,
            en: r.get(at + 2)?,
        },
        description: Localized {
            text: r.get(at + 3)?,
            en: r.get(at + 4)?,
        },
        email: r.get(at + 5)?,
        website: r.get(at + 6)?,
    })
}

fn organization_from_row(r: &Row<'_>) -> rusqlite::Result<Organization> {
    organization_at(r, 0)
}
