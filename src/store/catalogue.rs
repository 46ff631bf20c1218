//! Reference data: topics, counties, organisations.

use rusqlite::{OptionalExtension, Row, Transaction, named_params};
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
                code: r.get("code")?,
                pl: r.get("label_pl")?,
                en: r.get("label_en")?,
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
            let kind: String = r.get("kind")?;
            Ok(County {
                name: r.get("name")?,
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
        // Read at each selection on the Services screen: kept prepared.
        self.conn
            .prepare_cached(
                "SELECT id, name, name_en, description, description_en, email, website
                 FROM organization WHERE id = :id",
            )?
            .query_row(
                named_params! { ":id": id.to_string() },
                organization_from_row,
            )
            .optional()
    }

    /// Replaces the topic list and the county list (reference data of a new database).
    pub fn put_reference(&mut self, topics: &[Topic], counties: &[County]) -> rusqlite::Result<()> {
        let tx = self.write()?;
        for (i, t) in topics.iter().enumerate() {
            tx.execute(
                "INSERT INTO topic (code, label_pl, label_en, position)
                 VALUES (:code, :pl, :en, :position)
                 ON CONFLICT (code) DO UPDATE
                 SET label_pl = :pl, label_en = :en, position = :position",
                named_params! {
                    ":code": t.code,
                    ":pl": t.pl,
                    ":en": t.en,
                    ":position": i as i64,
                },
            )?;
        }
        for (i, c) in counties.iter().enumerate() {
            let kind = match c.kind {
                CountyKind::City => "city",
                CountyKind::Land => "land",
            };
            tx.execute(
                "INSERT INTO county (name, kind, position) VALUES (:name, :kind, :position)
                 ON CONFLICT (name) DO UPDATE SET kind = :kind, position = :position",
                named_params! { ":name": c.name, ":kind": kind, ":position": i as i64 },
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
    tx.prepare_cached(
        "INSERT INTO organization (id, name, name_en, description, description_en, email, website)
         VALUES (:id, :name, :name_en, :description, :description_en, :email, :website)
         ON CONFLICT (id) DO UPDATE SET name = :name, name_en = ifnull(:name_en, name_en),
             description = :description,
             description_en = ifnull(:description_en, description_en),
             email = ifnull(:email, email), website = ifnull(:website, website)",
    )?
    .execute(named_params! {
        ":id": org.id.to_string(),
        ":name": org.name.text,
        ":name_en": org.name.en,
        ":description": org.description.text,
        ":description_en": org.description.en,
        ":email": org.email,
        ":website": org.website,
    })?;
    Ok(())
}

/// Reads an organisation from its columns, by name.
fn organization_from_row(r: &Row<'_>) -> rusqlite::Result<Organization> {
    Ok(Organization {
        id: super::columns::uuid_col(r, "id")?,
        name: Localized {
            text: r.get("name")?,
            en: r.get("name_en")?,
            ..Localized::default()
        },
        description: Localized {
            text: r.get("description")?,
            en: r.get("description_en")?,
            ..Localized::default()
        },
        email: r.get("email")?,
        website: r.get("website")?,
    })
}
