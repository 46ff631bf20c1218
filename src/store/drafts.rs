//! The drafts of open forms: one per staff member and kind of form, so that
//! what was typed before a hang-up is offered back.

use rusqlite::{Connection, OptionalExtension, named_params};

use super::Store;

impl Store {
    /// Saves (replaces) a staff member's draft of one kind of form.
    pub fn save_draft(&mut self, staff: &str, kind: &str, data: &str) -> rusqlite::Result<()> {
        let now = self.clock.stamp();
        let tx = self.write()?;
        tx.execute(
            "INSERT INTO draft (staff, kind, data, saved_at) VALUES (:staff, :kind, :data, :now)
             ON CONFLICT (staff, kind) DO UPDATE SET data = :data, saved_at = :now",
            named_params! { ":staff": staff, ":kind": kind, ":data": data, ":now": now },
        )?;
        tx.commit()
    }

    /// A staff member's draft of one kind of form, with when it was saved.
    pub fn draft(&self, staff: &str, kind: &str) -> rusqlite::Result<Option<(String, String)>> {
        self.conn
            .query_row(
                "SELECT data, saved_at FROM draft WHERE staff = :staff AND kind = :kind",
                named_params! { ":staff": staff, ":kind": kind },
                |r| Ok((r.get("data")?, r.get("saved_at")?)),
            )
            .optional()
    }

    /// Removes a draft (after discarding the form; a save removes it in its
    /// own transaction, see [`Store::add_consultation_from_draft`]).
    pub fn delete_draft(&mut self, staff: &str, kind: &str) -> rusqlite::Result<()> {
        let tx = self.write()?;
        remove_draft(&tx, staff, kind)?;
        tx.commit()
    }
}

/// Removes a staff member's draft of one kind, inside the caller's transaction.
pub(super) fn remove_draft(conn: &Connection, staff: &str, kind: &str) -> rusqlite::Result<()> {
    conn.execute(
        "DELETE FROM draft WHERE staff = :staff AND kind = :kind",
        named_params! { ":staff": staff, ":kind": kind },
    )?;
    Ok(())
}
