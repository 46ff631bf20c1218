//! Who may use a database, and in which role.
//!
//! Roles guard against mistakes (a desk worker correcting a counselor's notes,
//! someone retiring a service by accident); they are not a security boundary
//! against a person who can open the database file directly.

use clap::ValueEnum;
use serde::Serialize;

use crate::i18n::{Lang, Msg};

/// What a staff member may do. Each role may do everything the one before it may.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Search the directory, log consultations (and correct their own), see the
    /// timetable.
    Desk,
    /// Also see and correct every consultation's notes.
    Counselor,
    /// Also edit the directory and the timetable, see reports and the audit
    /// trail, manage staff, purge and erase.
    Coordinator,
}

impl Role {
    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            Self::Desk => "desk",
            Self::Counselor => "counselor",
            Self::Coordinator => "coordinator",
        }
    }

    /// The role of a stored code.
    pub fn parse(code: &str) -> Option<Self> {
        Self::value_variants()
            .iter()
            .copied()
            .find(|r| r.code() == code)
    }

    /// The role's name in the interface language.
    pub fn label(self, lang: Lang) -> &'static str {
        lang.t(match self {
            Self::Desk => Msg::RoleDesk,
            Self::Counselor => Msg::RoleCounselor,
            Self::Coordinator => Msg::RoleCoordinator,
        })
    }

    /// Reads and corrects every consultation, not only one's own.
    pub fn sees_all_notes(self) -> bool {
        self >= Self::Counselor
    }

    /// Edits the directory and the timetable, sees reports and the audit trail,
    /// manages staff and personal data (purge, client export and erasure).
    pub fn coordinates(self) -> bool {
        self == Self::Coordinator
    }
}

/// One person in the staff table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StaffMember {
    /// Their Unix user name (how Pomost knows who is working).
    pub user: String,
    /// Their name as colleagues know it.
    pub name: String,
    /// What they may do.
    pub role: Role,
    /// When they were added or last changed (RFC 3339, UTC).
    pub added_at: String,
    /// Who added or last changed them.
    pub added_by: String,
}

/// Whether a Unix account of this name exists on this machine.
pub fn unix_user_exists(user: &str) -> bool {
    let Ok(name) = std::ffi::CString::new(user) else {
        return false;
    };
    // SAFETY: getpwnam reads the password database and returns a pointer into
    // static storage or null; only its nullness is looked at.
    unsafe { !libc::getpwnam(name.as_ptr()).is_null() }
}

/// The display name of a Unix account (the first field of its GECOS entry),
/// if it has one.
pub fn unix_full_name(user: &str) -> Option<String> {
    let name = std::ffi::CString::new(user).ok()?;
    // SAFETY: as in `unix_user_exists`; the string is copied out at once.
    let gecos = unsafe {
        let pw = libc::getpwnam(name.as_ptr());
        if pw.is_null() || (*pw).pw_gecos.is_null() {
            return None;
        }
        std::ffi::CStr::from_ptr((*pw).pw_gecos)
            .to_string_lossy()
            .into_owned()
    };
    let full = gecos
        .split(',')
        .next()
        .unwrap_or_default()
        .trim()
        .to_owned();
    (!full.is_empty()).then_some(full)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_role_may_do_what_the_one_before_may() {
        assert!(!Role::Desk.sees_all_notes());
        assert!(Role::Counselor.sees_all_notes());
        assert!(Role::Coordinator.sees_all_notes());
        assert!(!Role::Counselor.coordinates());
        assert!(Role::Coordinator.coordinates());
        for role in Role::value_variants() {
            assert_eq!(Role::parse(role.code()), Some(*role));
        }
        assert_eq!(Role::parse("admin"), None);
    }

    #[test]
    fn root_exists_and_a_made_up_name_does_not() {
        assert!(unix_user_exists("root"));
        assert!(!unix_user_exists("no-such-user-pomost"));
        assert!(!unix_user_exists("bad\0name"));
    }
}
