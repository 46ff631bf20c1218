//! Who may use a database, and in which role.
//!
//! What each role may do is decided in [`crate::policy`]. Roles guard against
//! mistakes (a desk worker correcting a counselor's notes, someone retiring a
//! service by accident); they are not a security boundary against a person
//! who can open the database file directly.

use serde::Serialize;

use crate::i18n::{Lang, Msg};

/// What a staff member may do. Each role may do everything the one before it may.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
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
    /// Every role, least first.
    pub const ALL: &'static [Role] = &[Self::Desk, Self::Counselor, Self::Coordinator];

    /// The stored (and command-line) code.
    pub fn code(self) -> &'static str {
        match self {
            Self::Desk => "desk",
            Self::Counselor => "counselor",
            Self::Coordinator => "coordinator",
        }
    }

    /// The role of a stored code.
    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|r| r.code() == code)
    }

    /// The role's name in the interface language.
    pub fn label(self, lang: Lang) -> &'static str {
        lang.t(match self {
            Self::Desk => Msg::RoleDesk,
            Self::Counselor => Msg::RoleCounselor,
            Self::Coordinator => Msg::RoleCoordinator,
        })
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
    fn roles_are_ordered_and_read_back_from_their_codes() {
        assert!(Role::Desk < Role::Counselor && Role::Counselor < Role::Coordinator);
        for role in Role::ALL {
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
