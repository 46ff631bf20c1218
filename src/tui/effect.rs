//! What the app asks the outside world to do. `App::update` only changes state
//! and queues effects; the event loop carries them out (terminal, files, the
//! database) and reports back, so the app stays testable without any of them.

use chrono::NaiveDate;
use std::path::PathBuf;
use uuid::Uuid;

use crate::timetable::Week;

/// One request to the outside world.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Put text on the terminal's clipboard (OSC 52).
    Clipboard(String),
    /// Write the week's timetable as iCalendar to a file.
    ExportWeek {
        /// The week shown.
        week: Week,
        /// Where to write it.
        path: PathBuf,
    },
    /// Write the shown report as CSV to a file.
    ExportReport(PathBuf),
    /// Cancel one occurrence of a session.
    CancelOccurrence {
        /// The session.
        session: Uuid,
        /// The date of the occurrence.
        date: NaiveDate,
        /// Why.
        reason: String,
    },
    /// Add or replace a session of the timetable.
    SaveSession(Box<crate::model::Session>, Option<i64>),
    /// Save a service from the form (with a new organisation, and the version
    /// the form was opened on).
    SaveService(
        Box<crate::model::Service>,
        Option<crate::model::Organization>,
        Option<i64>,
    ),
    /// Read the latest audit entries and show them.
    LoadAudit,
    /// Open the form on a session as stored now, with its version.
    OpenSessionForm(uuid::Uuid),
    /// Read the consultations list (and the follow-ups count, and the selected
    /// client's earlier visits) again.
    RefreshConsultations,
    /// Record in the audit trail that the user looked at a client's history.
    RecordClientView(String),
    /// Log a consultation, or correct one opened at a version.
    SaveConsultation(
        Box<crate::consultation::NewConsultation>,
        Option<crate::tui::consultations::form::Editing>,
    ),
    /// Keep the open consultation form as the user's draft (JSON).
    SaveDraft(String),
    /// Make sure the client code proposed in the open form is not in use
    /// (replacing it with another until it is not).
    EnsureUniqueCode(String),
    /// Remove the user's consultation draft.
    DeleteDraft,
    /// Mark a consultation's follow-up done.
    MarkFollowUpDone(i64),
    /// Read a consultation's earlier versions and show them.
    ShowHistory(i64),
    /// Compute the Reports screen's numbers (on a thread).
    ComputeReport,
    /// Mark a service verified today.
    VerifyService(Uuid),
    /// Retire or restore a service.
    SetServiceStatus(Uuid, crate::model::ServiceStatus),
    /// Restore a cancelled occurrence.
    RestoreOccurrence {
        /// The session.
        session: Uuid,
        /// The date of the occurrence.
        date: NaiveDate,
    },
}
