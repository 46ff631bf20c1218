//! What a staff member may see and do: decided here, once, for the screen and
//! the commands alike. Both faces ask [`Actor::may`] before offering or doing
//! something, and pass what they read through [`Actor::hide_notes`].
//!
//! Roles guard against mistakes, not against someone who can open the
//! database file directly (see [`crate::staff`]) — which on a setgid
//! installation no staff member can (see [`crate::privilege`]).

use crate::consultation::Consultation;
use crate::i18n::{Lang, Msg};
use crate::staff::{Role, StaffMember};
use crate::store::ConsultationQuery;

/// Something a staff member may or may not do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action<'a> {
    /// Open the database at all: search the directory, log consultations,
    /// see the timetable.
    Use,
    /// Read the notes of, correct, and see the history of a consultation
    /// logged by this user.
    HandleConsultationOf(&'a str),
    /// Find consultations by the words of anyone's notes.
    SearchAllNotes,
    /// Edit the directory and the timetable.
    EditDirectory,
    /// See reports and the audit trail.
    SeeReports,
    /// Add, change and remove staff.
    ManageStaff,
    /// Back up, purge, export or erase a client's data.
    HandlePersonalData,
}

/// Who is acting: their user name and their role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Actor<'a> {
    /// Their Unix user name.
    pub user: &'a str,
    /// Their role.
    pub role: Role,
}

impl Action<'_> {
    /// The least role that may do this, for `user`.
    pub fn needs(self, user: &str) -> Role {
        match self {
            Self::Use => Role::Desk,
            Self::HandleConsultationOf(staff) if staff == user => Role::Desk,
            Self::HandleConsultationOf(_) | Self::SearchAllNotes => Role::Counselor,
            Self::EditDirectory | Self::SeeReports | Self::ManageStaff => Role::Coordinator,
            Self::HandlePersonalData => Role::Coordinator,
        }
    }
}

impl Actor<'_> {
    /// True when this person may do `action`.
    pub fn may(self, action: Action<'_>) -> bool {
        self.role >= action.needs(self.user)
    }

    /// Why this person may not do `action`: the role it needs, who they are
    /// and their role, and whom to ask.
    pub fn refusal(self, action: Action<'_>, lang: Lang) -> String {
        lang.fmt(
            Msg::ErrNeedsRole,
            &[
                &action.needs(self.user).label(lang),
                &self.user,
                &self.role.label(lang),
            ],
        )
    }

    /// Clears the notes this person may not read (a desk worker reads the
    /// notes of their own consultations only).
    pub fn hide_notes(self, rows: &mut [Consultation]) {
        for c in rows
            .iter_mut()
            .filter(|c| !self.may(Action::HandleConsultationOf(&c.staff)))
        {
            c.notes.clear();
        }
    }

    /// Narrows a query so that the words of notes this person may not read
    /// never find their consultations.
    pub fn scope(self, query: &mut ConsultationQuery) {
        if query.text.is_some() && !self.may(Action::SearchAllNotes) {
            query.staff = Some(self.user.to_owned());
        }
    }
}

impl StaffMember {
    /// This member as the one acting.
    pub fn actor(&self) -> Actor<'_> {
        Actor {
            user: &self.user,
            role: self.role,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_role_may_do_what_the_one_before_may() {
        let as_role = |role| Actor { user: "anna", role };
        let cases = [
            (Action::Use, Role::Desk),
            (Action::HandleConsultationOf("anna"), Role::Desk),
            (Action::HandleConsultationOf("piotr"), Role::Counselor),
            (Action::SearchAllNotes, Role::Counselor),
            (Action::EditDirectory, Role::Coordinator),
            (Action::SeeReports, Role::Coordinator),
            (Action::ManageStaff, Role::Coordinator),
            (Action::HandlePersonalData, Role::Coordinator),
        ];
        for (action, least) in cases {
            for role in Role::ALL {
                assert_eq!(
                    as_role(*role).may(action),
                    *role >= least,
                    "{action:?} {role:?}"
                );
            }
        }
    }

    #[test]
    fn desk_searches_and_reads_only_their_own_notes() {
        let desk = Actor {
            user: "anna",
            role: Role::Desk,
        };
        let mut query = ConsultationQuery {
            text: Some("meldunek".into()),
            ..ConsultationQuery::default()
        };
        desk.scope(&mut query);
        assert_eq!(query.staff.as_deref(), Some("anna"));
        let mut plain = ConsultationQuery::default();
        desk.scope(&mut plain);
        assert_eq!(plain.staff, None);
        let counselor = Actor {
            role: Role::Counselor,
            ..desk
        };
        let mut query = ConsultationQuery {
            text: Some("meldunek".into()),
            ..ConsultationQuery::default()
        };
        counselor.scope(&mut query);
        assert_eq!(query.staff, None);
    }
}
