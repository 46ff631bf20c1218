//! The staff table: who may use the database, in which role. Every change is
//! recorded in the audit trail in the same transaction.

use rusqlite::{Connection, OptionalExtension, Row, named_params};

use super::Store;
use super::audit::{Stamp, record};
use crate::audit::{Action, Kind};
use crate::staff::{Role, StaffMember};

/// Why a change to the staff table was refused.
#[derive(Debug, thiserror::Error)]
pub enum StaffError {
    /// No such staff member.
    #[error("{0} is not on the staff list")]
    NotFound(String),
    /// The change would leave nobody who can manage staff.
    #[error("{0} is the last coordinator")]
    LastCoordinator(String),
    /// The database failed.
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
}

impl Store {
    /// Everyone on the staff list, by user name.
    pub fn staff(&self) -> rusqlite::Result<Vec<StaffMember>> {
        let mut stmt = self
            .conn
            .prepare("SELECT user, name, role, added_at, added_by FROM staff ORDER BY user")?;
        let rows = stmt.query_map([], member_from_row)?;
        rows.collect()
    }

    /// One staff member, if the user is on the list.
    pub fn staff_member(&self, user: &str) -> rusqlite::Result<Option<StaffMember>> {
        member(&self.conn, user)
    }

    /// Adds a staff member, or changes the name and role of one already on the
    /// list; returns what they were before. A coordinator cannot be demoted if
    /// no other coordinator would be left.
    pub fn put_staff(
        &mut self,
        user: &str,
        name: &str,
        role: Role,
        actor: &str,
    ) -> Result<Option<StaffMember>, StaffError> {
        let at = self.clock.stamp();
        let tx = self.write()?;
        let before = member(&tx, user)?;
        if before.as_ref().is_some_and(|b| b.role == Role::Coordinator) && role != Role::Coordinator
        {
            refuse_last_coordinator(&tx, user)?;
        }
        tx.execute(
            "INSERT INTO staff (user, name, role, added_at, added_by)
             VALUES (:user, :name, :role, :at, :by)
             ON CONFLICT (user) DO UPDATE
             SET name = :name, role = :role, added_at = :at, added_by = :by",
            named_params! {
                ":user": user,
                ":name": name,
                ":role": role.code(),
                ":at": at,
                ":by": actor,
            },
        )?;
        let after = member(&tx, user)?;
        let action = if before.is_some() {
            Action::Change
        } else {
            Action::Create
        };
        record(
            &tx,
            Stamp { actor, at: &at },
            action,
            Kind::Staff,
            user,
            before.as_ref().map(json).as_deref(),
            after.as_ref().map(json).as_deref(),
        )?;
        tx.commit()?;
        Ok(before)
    }

    /// Removes a staff member (not the last coordinator); returns who it was.
    pub fn remove_staff(&mut self, user: &str, actor: &str) -> Result<StaffMember, StaffError> {
        let at = self.clock.stamp();
        let tx = self.write()?;
        let before = member(&tx, user)?.ok_or_else(|| StaffError::NotFound(user.to_owned()))?;
        if before.role == Role::Coordinator {
            refuse_last_coordinator(&tx, user)?;
        }
        tx.execute(
            "DELETE FROM staff WHERE user = :user",
            named_params! { ":user": user },
        )?;
        record(
            &tx,
            Stamp { actor, at: &at },
            Action::Remove,
            Kind::Staff,
            user,
            Some(&json(&before)),
            None,
        )?;
        tx.commit()?;
        Ok(before)
    }
}

/// Puts the user who creates (or upgrades) a database on its staff list as a
/// coordinator when the list is empty, so someone can manage it; `at` is now.
pub(super) fn bootstrap(conn: &Connection, user: &str, at: &str) -> rusqlite::Result<()> {
    let empty: bool = conn.query_row(
        "SELECT NOT EXISTS (SELECT 1 FROM staff) AS empty",
        [],
        |r| r.get("empty"),
    )?;
    if !empty {
        return Ok(());
    }
    let name = crate::staff::unix_full_name(user).unwrap_or_else(|| user.to_owned());
    conn.execute(
        "INSERT INTO staff (user, name, role, added_at, added_by)
         VALUES (:user, :name, 'coordinator', :at, :user)",
        named_params! { ":user": user, ":name": name, ":at": at },
    )?;
    let after = member(conn, user)?;
    record(
        conn,
        Stamp { actor: user, at },
        Action::Create,
        Kind::Staff,
        user,
        None,
        after.as_ref().map(json).as_deref(),
    )
}

fn refuse_last_coordinator(conn: &Connection, user: &str) -> Result<(), StaffError> {
    let others: i64 = conn.query_row(
        "SELECT count(*) AS others FROM staff WHERE role = 'coordinator' AND user <> :user",
        named_params! { ":user": user },
        |r| r.get("others"),
    )?;
    if others == 0 {
        return Err(StaffError::LastCoordinator(user.to_owned()));
    }
    Ok(())
}

fn member(conn: &Connection, user: &str) -> rusqlite::Result<Option<StaffMember>> {
    conn.query_row(
        "SELECT user, name, role, added_at, added_by FROM staff WHERE user = :user",
        named_params! { ":user": user },
        member_from_row,
    )
    .optional()
}

fn json(m: &StaffMember) -> String {
    serde_json::json!({ "user": m.user, "name": m.name, "role": m.role }).to_string()
}

fn member_from_row(r: &Row<'_>) -> rusqlite::Result<StaffMember> {
    let role: String = r.get("role")?;
    Ok(StaffMember {
        user: r.get("user")?,
        name: r.get("name")?,
        role: Role::parse(&role).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                r.as_ref().column_index("role").unwrap_or_default(),
                rusqlite::types::Type::Text,
                format!("unknown role {role}").into(),
            )
        })?,
        added_at: r.get("added_at")?,
        added_by: r.get("added_by")?,
    })
}
