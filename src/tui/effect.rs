//! What the app asks the outside world to do, and what came of it.
//! `App::update` only changes state and queues effects; the event loop runs
//! them (terminal, files, the database: `effects::run`) and hands each
//! [`Outcome`] back to `App::apply`, the one place that changes popups and
//! forms after a save or a read. So outcomes flow back one way, and the app
//! stays testable without any of the outside world.

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
        /// True when an existing file may be replaced (asked first).
        replace: bool,
    },
    /// Write the shown report as CSV to a file (true: replacing one that
    /// exists, asked first).
    ExportReport(PathBuf, bool),
    /// End a weekly series on its last day.
    EndSeries {
        /// The session.
        session: Uuid,
        /// Its last day.
        until: NaiveDate,
    },
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

/// A yes/no question: `y` carries out the effect; any other key says `no`
/// (if anything) and changes nothing.
#[derive(Debug)]
pub struct Confirm {
    /// The question, with what `y` and the other keys do.
    pub question: String,
    /// What `y` does.
    pub yes: Effect,
    /// What is said when the answer is no.
    pub no: Option<String>,
}

/// What came of an effect, for the app to show.
#[derive(Debug)]
pub enum Outcome {
    /// A question to ask before going on (a file would be replaced).
    Confirm(Box<Confirm>),
    /// Nothing to show.
    Done,
    /// A message for the status line (done, or failed).
    Said(String),
    /// A record of the open form was saved: the form closes.
    Saved(Saved),
    /// The open form's save did not happen: why (shown in the form, which
    /// stays open with what was typed), and what it now builds on.
    Refused {
        /// Why.
        refusal: Refusal,
        /// What the form builds on now.
        rebase: Rebase,
    },
    /// The directory changed (verified, retired, restored): read it again.
    DirectoryChanged(String),
    /// The timetable as stored now, after a change to a session's date.
    SessionsChanged(Vec<crate::model::Session>, String),
    /// The latest audit entries.
    Audit(Vec<crate::audit::Entry>),
    /// A session as stored now, with its version, to open the form on.
    Session(Box<crate::model::Session>, i64),
    /// What the Consultations screen shows.
    Rows {
        /// The list (or the follow-ups due).
        rows: Vec<crate::consultation::Consultation>,
        /// How many follow-ups are due.
        due: usize,
        /// The selected client's earlier visits.
        earlier: Vec<crate::consultation::Consultation>,
        /// Why the earlier visits could not be read, if they could not.
        problem: Option<String>,
    },
    /// A consultation's earlier versions, and the consultation as it is now
    /// (what the last of them was replaced by).
    History(
        Vec<crate::store::ConsultationVersion>,
        Option<Box<crate::consultation::Consultation>>,
    ),
    /// A client code not in use (and why it could not be checked, if so).
    ClientCode(String, Option<String>),
    /// The draft was not written (another user's save held the database;
    /// with a message when it was something else): it is tried again.
    DraftNotSaved(Option<String>),
    /// The report is to be computed from this database file for this day.
    Report(PathBuf, NaiveDate),
}

/// A saved record, by the form it came from.
#[derive(Debug)]
pub enum Saved {
    /// A service (the directory is read again, and the service selected).
    Service(String, uuid::Uuid),
    /// A session, with the timetable as stored now (none if it could not be
    /// read, the message then says why), and the session's id to select.
    Session(Option<Vec<crate::model::Session>>, String, uuid::Uuid),
    /// A consultation (the list is read again, and its row selected).
    Consultation(String, i64),
    /// A follow-up marked done, or why not (the list is read again).
    FollowUp(String),
}

/// Why a save did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Someone else saved the record since the form opened.
    Conflict {
        /// Who (their user name).
        by: String,
        /// When (RFC 3339, UTC).
        at: String,
    },
    /// The record is gone.
    Gone,
    /// The consultation was anonymised meanwhile.
    Anonymised,
    /// The database failed; in words.
    Failed(String),
}

impl Refusal {
    /// In words: who changed the record and when (Warsaw time), with the two
    /// ways on; or what else went wrong.
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::Msg;
        match self {
            Refusal::Conflict { by, at } => lang.fmt(
                Msg::ErrChangedMeanwhile,
                &[&crate::text::one_line(by), &lang.instant(at)],
            ),
            Refusal::Gone => lang.t(Msg::ErrGone).to_owned(),
            Refusal::Anonymised => lang.t(Msg::ErrAnonymised).to_owned(),
            Refusal::Failed(message) => message.clone(),
        }
    }
}

/// What a form builds on after a refused save.
#[derive(Debug)]
pub enum Rebase {
    /// The same as before.
    None,
    /// The version saved meanwhile (saving again keeps this user's change).
    Version(i64),
    /// The service as saved meanwhile, with its version.
    Service(Option<Box<crate::model::Service>>, i64),
}
