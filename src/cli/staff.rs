//! `pomost staff add|list|remove`: who may use the database, in which role
//! (coordinators only).

use std::io::{self, Write};
use std::path::Path;

use clap::Subcommand;

use super::{Action, CliError, open_as, write_table};
use crate::clock::Clock;
use crate::i18n::{Lang, Msg};
use crate::limits;
use crate::staff::{Role, unix_full_name, unix_user_exists};
use crate::store::StaffError;
use crate::text::{excerpt, has_control, one_line};

/// The `staff` subcommands.
#[derive(Debug, Subcommand)]
pub enum StaffCommand {
    /// Add a staff member, or change the role or name of one already listed.
    Add {
        /// Their Unix user name (the account they log in with).
        user: String,
        /// What they may do.
        #[arg(long, value_parser = super::code_parser(Role::ALL, Role::code))]
        role: Role,
        /// Their name as colleagues know it (default: the name already listed,
        /// else the account's full name, else the user name).
        #[arg(long)]
        name: Option<String>,
    },
    /// List the staff, with roles.
    List {
        /// Print a JSON array instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Remove a staff member (their consultations and history stay).
    Remove {
        /// Their Unix user name.
        user: String,
    },
}

/// Runs a `staff` subcommand.
pub fn run(cmd: StaffCommand, db: &Path, lang: Lang, clock: Clock) -> Result<(), CliError> {
    let (mut store, me) = open_as(db, lang, Action::ManageStaff, clock)?;
    let refused = |e: StaffError| match e {
        StaffError::NotFound(user) => {
            CliError::usage(lang.fmt(Msg::ErrStaffNotFound, &[&excerpt(&user)]))
        }
        StaffError::LastCoordinator(user) => {
            CliError::usage(lang.fmt(Msg::ErrLastCoordinator, &[&user]))
        }
        StaffError::Sqlite(e) => CliError::from(e),
    };
    let message = match cmd {
        StaffCommand::Add { user, role, name } => {
            let user = user.trim().to_owned();
            let too_long = name
                .as_deref()
                .and_then(|n| limits::too_long(n.trim(), limits::NAME, lang));
            if let Some(problem) = too_long {
                return Err(CliError::usage(format!("--name: {problem}")));
            }
            if !unix_user_exists(&user) {
                return Err(CliError::usage(
                    lang.fmt(Msg::ErrNoUnixUser, &[&excerpt(&user)]),
                ));
            }
            // A name is stored as given, so escape codes are refused at the
            // door, as import and the forms refuse them.
            if name.as_deref().is_some_and(has_control) {
                return Err(CliError::usage(format!(
                    "--name: {}",
                    lang.t(Msg::ProbControlChars)
                )));
            }
            if store.is_read_only() {
                return Err(CliError::runtime(
                    lang.fmt(Msg::ErrReadOnlyFile, &[&store.path().display()]),
                ));
            }
            let name = name
                .map(|n| n.trim().to_owned())
                .filter(|n| !n.is_empty())
                .or(store.staff_member(&user)?.map(|m| m.name))
                // The account's full name is whatever its owner set: cleaned.
                .or_else(|| unix_full_name(&user).map(|n| one_line(&n)))
                .unwrap_or_else(|| user.clone());
            match store
                .put_staff(&user, &name, role, &me.user)
                .map_err(refused)?
            {
                Some(was) => lang.fmt(
                    Msg::StaffChanged,
                    &[&user, &name, &role.label(lang), &was.role.label(lang)],
                ),
                None => lang.fmt(Msg::StaffAdded, &[&user, &name, &role.label(lang)]),
            }
        }
        StaffCommand::Remove { user } => {
            if store.is_read_only() {
                return Err(CliError::runtime(
                    lang.fmt(Msg::ErrReadOnlyFile, &[&store.path().display()]),
                ));
            }
            let was = store.remove_staff(user.trim(), &me.user).map_err(refused)?;
            lang.fmt(
                Msg::StaffRemoved,
                &[&was.user, &was.name, &was.role.label(lang)],
            )
        }
        StaffCommand::List { json } => {
            let staff = store.staff()?;
            let mut out = io::stdout().lock();
            let written = if json {
                super::write_marked_each(&mut out, super::json_format::STAFF, &staff)
            } else {
                let rows: Vec<[String; 5]> = staff
                    .iter()
                    .map(|m| {
                        [
                            m.user.clone(),
                            m.name.clone(),
                            m.role.label(lang).to_owned(),
                            m.added_at.get(..10).unwrap_or_default().to_owned(),
                            m.added_by.clone(),
                        ]
                    })
                    .collect();
                write_table(&mut out, super::columns(lang, Msg::StaffHeader), &rows)
            };
            return written
                .and_then(|()| out.flush())
                .or_else(|e| super::output_failed(e, lang));
        }
    };
    super::say(&message, lang)
}
