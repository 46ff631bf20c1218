//! Running the app's effects: the only place where the TUI writes to the
//! terminal outside drawing, to files, or to the database. Running an effect
//! reads and writes the store (and files, and the clipboard) and returns an
//! [`Outcome`]; it never touches the app, which applies the outcome itself
//! ([`App::apply`](super::app::App::apply)).

use std::io::{self, Write};

use chrono::NaiveDate;

use super::app::App;
use super::effect::{Effect, Outcome, Rebase, Refusal, Saved};
use super::terminal::copy_to_clipboard;
use crate::i18n::{Lang, Msg};
use crate::model::{ServiceStatus, Session};
use crate::report::Report;
use crate::staff::Role;
use crate::store::{ChangeError, ConsultationQuery, Store};
use crate::timetable::ical::{Span, calendar};
use crate::tui::loader::CONSULTATION_DRAFT;

/// How long a draft's write waits for others' saves before it is left for the
/// next second.
const DRAFT_WAIT: std::time::Duration = std::time::Duration::from_millis(200);
/// How long a write the user did not ask for by saving (recording a look at a
/// client, removing a draft) may hold the screen.
const SHORT_WAIT: std::time::Duration = std::time::Duration::from_secs(2);

/// What running an effect may read of the app: who acts, when, and the
/// state a request refers to. The app lends it ([`App::env`](super::app::App::env)).
pub struct Env<'a> {
    /// Interface language (of the messages in outcomes).
    pub lang: Lang,
    /// The clock (for the iCalendar export's stamps).
    pub clock: crate::clock::Clock,
    /// Today, Warsaw time.
    pub today: NaiveDate,
    /// The acting staff member.
    pub user: &'a str,
    /// Their role.
    pub role: Role,
    /// The timetable's sessions (exported as shown).
    pub sessions: &'a [Session],
    /// The report shown (exported as CSV).
    pub report: Option<&'a Report>,
    /// Topics and counties (the report's labels).
    pub reference: &'a crate::model::Reference,
    /// What the Consultations screen lists.
    pub consultations: ConsultationsView,
}

impl Env<'_> {
    /// The acting staff member, as the policy knows them.
    pub fn actor(&self) -> crate::policy::Actor<'_> {
        crate::policy::Actor {
            user: self.user,
            role: self.role,
        }
    }
}

/// What the Consultations screen asks to be read.
pub struct ConsultationsView {
    /// The follow-ups due instead of the list.
    pub follow_ups: bool,
    /// The list's query.
    pub query: ConsultationQuery,
    /// The consultation selected now (kept selected if still listed).
    pub selected: Option<i64>,
}

/// Runs the app's effects and applies what came of each, until none is
/// left (an outcome may ask for more: a saved consultation reads the list
/// again). True when there were any (the screen is drawn again).
pub fn run_pending(app: &mut App, store: &mut Store, out: &mut impl Write) -> io::Result<bool> {
    let mut any = false;
    loop {
        let effects = app.take_effects();
        if effects.is_empty() {
            return Ok(any);
        }
        any = true;
        for effect in effects {
            let outcome = run(effect, &app.env(), store, out)?;
            app.apply(outcome);
        }
    }
}

/// Carries out one effect. Only a broken terminal is an error; a failed save
/// is an outcome the app shows.
pub fn run(
    effect: Effect,
    env: &Env<'_>,
    store: &mut Store,
    out: &mut impl Write,
) -> io::Result<Outcome> {
    let lang = env.lang;
    let user = env.user;
    let failed = |e: &rusqlite::Error| Outcome::Said(database_message(e, lang));
    Ok(match effect {
        Effect::Clipboard(text) => {
            copy_to_clipboard(out, &text)?;
            Outcome::Done
        }
        Effect::ExportWeek { path, .. } | Effect::ExportReport(path, _)
            if store.is_database_file(&path) =>
        {
            Outcome::Said(lang.fmt(Msg::ErrExportOverDatabase, &[&path.display()]))
        }
        Effect::ExportWeek {
            week,
            path,
            replace,
        } => {
            let revisions = match store.session_revisions() {
                Ok(revisions) => revisions,
                Err(e) => return Ok(failed(&e)),
            };
            let calendar = calendar(env.sessions, &revisions, Span::Week(week), lang, env.clock);
            let written =
                export_file(&path, replace).and_then(|mut f| f.write_all(calendar.as_bytes()));
            if let Some(ask) = ask_to_replace(&written, &path, lang, || Effect::ExportWeek {
                week,
                path: path.clone(),
                replace: true,
            }) {
                return Ok(ask);
            }
            Outcome::Said(match written {
                Ok(()) => {
                    let shown = std::path::absolute(&path).unwrap_or(path);
                    lang.fmt(Msg::ExportedTo, &[&week, &shown.display()])
                }
                Err(e) => lang.fmt(Msg::ErrExport, &[&path.display(), &e]),
            })
        }
        Effect::ExportReport(path, replace) => {
            let Some(report) = env.report else {
                return Ok(Outcome::Done);
            };
            // For a spreadsheet: the Excel layout (BOM, `;`, CRLF).
            let excel = crate::text::spreadsheet::Dialect::Excel;
            let written = export_file(&path, replace)
                .and_then(|mut file| report.write_csv(&mut file, excel, env.reference, lang));
            if let Some(ask) = ask_to_replace(&written, &path, lang, || {
                Effect::ExportReport(path.clone(), true)
            }) {
                return Ok(ask);
            }
            Outcome::Said(match written {
                Ok(()) => {
                    let shown = std::path::absolute(&path).unwrap_or(path);
                    lang.fmt(Msg::ReportExportedTo, &[&shown.display()])
                }
                Err(e) => lang.fmt(Msg::ErrExport, &[&path.display(), &e]),
            })
        }
        Effect::EndSeries { session, until } => match store.end_series(session, until, user) {
            Ok(()) => sessions_changed(store, Ok(()), Msg::SeriesEnded, session, until, lang),
            Err(crate::store::EndSeriesError::NotASeries) => {
                Outcome::Said(lang.t(Msg::ErrNotASeries).to_owned())
            }
            Err(crate::store::EndSeriesError::BeforeStart(from)) => {
                Outcome::Said(lang.fmt(Msg::ErrEndBeforeStart, &[&lang.date(from)]))
            }
            Err(crate::store::EndSeriesError::Database(e)) => failed(&e),
        },
        Effect::CancelOccurrence {
            session,
            date,
            reason,
        } => {
            let result = store.cancel_occurrence(session, date, &reason, user);
            sessions_changed(store, result, Msg::OccurrenceCancelled, session, date, lang)
        }
        Effect::RestoreOccurrence { session, date } => {
            let result = store.restore_occurrence(session, date, user);
            sessions_changed(store, result, Msg::OccurrenceRestored, session, date, lang)
        }
        Effect::SaveService(service, organisation, version) => {
            match store.save_service(&service, organisation.as_ref(), version, user) {
                Ok(()) => Outcome::Saved(Saved::Service(
                    lang.fmt(
                        Msg::ServiceSaved,
                        &[&crate::text::one_line(&service.name.text)],
                    ),
                    service.id,
                )),
                Err(e) => {
                    let refusal = refusal(&e, lang);
                    let rebase = match e {
                        // Build on the service as it is now; keep the typing.
                        ChangeError::Conflict { version, .. } => match store.services() {
                            Ok(all) => Rebase::Service(
                                all.into_iter().find(|s| s.id == service.id).map(Box::new),
                                version,
                            ),
                            Err(e) => return Ok(failed(&e)),
                        },
                        _ => Rebase::None,
                    };
                    Outcome::Refused { refusal, rebase }
                }
            }
        }
        Effect::SaveSession(session, version) => {
            match store.save_session(&session, version, user) {
                Ok(()) => match store.sessions() {
                    Ok(sessions) => Outcome::Saved(Saved::Session(
                        Some(sessions),
                        lang.fmt(
                            Msg::SessionSaved,
                            &[&crate::text::one_line(&session.title.text)],
                        ),
                        session.id,
                    )),
                    Err(e) => {
                        Outcome::Saved(Saved::Session(None, database_message(&e, lang), session.id))
                    }
                },
                Err(e) => refused(e, lang),
            }
        }
        Effect::SaveConsultation(c, editing) => {
            // The draft goes in the save's own transaction: a save cannot
            // succeed and leave its draft to be offered again at the next start.
            let saved = match editing {
                None => store
                    .add_consultation_from_draft(&c, user, CONSULTATION_DRAFT)
                    .map_err(ChangeError::from),
                Some(e) => store.correct_consultation_from_draft(
                    e.id,
                    e.version,
                    &c,
                    user,
                    CONSULTATION_DRAFT,
                ),
            };
            match saved {
                Ok(saved) => Outcome::Saved(Saved::Consultation(
                    lang.fmt(Msg::ConsultationSaved, &[&saved.client]),
                    saved.id,
                )),
                Err(e) => refused(e, lang),
            }
        }
        Effect::LoadAudit => {
            let latest = crate::audit::Query {
                limit: Some(crate::tui::audit::SHOWN),
                ..Default::default()
            };
            match store.audit(&latest) {
                Ok(entries) => Outcome::Audit(entries),
                Err(e) => failed(&e),
            }
        }
        Effect::OpenSessionForm(id) => {
            let stored = store.session_version(id).and_then(|version| {
                let session = store.sessions()?.into_iter().find(|s| s.id == id);
                Ok(version.zip(session))
            });
            match stored {
                Ok(Some((version, session))) => Outcome::Session(Box::new(session), version),
                Ok(None) => Outcome::Said(lang.t(Msg::ErrGone).to_owned()),
                Err(e) => failed(&e),
            }
        }
        Effect::RefreshConsultations => read_consultations(env, store),
        Effect::RecordClientView(client) => {
            match store.with_busy_limit(SHORT_WAIT, |s| s.record_client_view(user, &client)) {
                Ok(()) => Outcome::Done,
                Err(e) => failed(&e),
            }
        }
        Effect::SaveDraft(json) => {
            // A draft is written again a second later: it never holds the
            // screen while someone else saves.
            let saved = store.with_busy_limit(DRAFT_WAIT, |s| {
                s.save_draft(user, CONSULTATION_DRAFT, &json)
            });
            match saved {
                Ok(()) => Outcome::Done,
                Err(e) if crate::store::is_busy(&e) => Outcome::DraftNotSaved(None),
                Err(e) => Outcome::DraftNotSaved(Some(database_message(&e, lang))),
            }
        }
        Effect::EnsureUniqueCode(mut code) => {
            // 31^6 codes: a clash is rare, and each retry is one indexed lookup.
            let mut problem = None;
            for _ in 0..20 {
                match store.client_code_exists(&code) {
                    Ok(false) => break,
                    Ok(true) => code = crate::consultation::new_client_code(),
                    Err(e) => {
                        problem = Some(database_message(&e, lang));
                        break;
                    }
                }
            }
            Outcome::ClientCode(code, problem)
        }
        Effect::DeleteDraft => {
            match store.with_busy_limit(SHORT_WAIT, |s| s.delete_draft(user, CONSULTATION_DRAFT)) {
                Ok(()) => Outcome::Done,
                Err(e) => failed(&e),
            }
        }
        Effect::MarkFollowUpDone(id) => {
            Outcome::Saved(Saved::FollowUp(match store.mark_follow_up_done(id, user) {
                Ok(()) => lang.t(Msg::FollowUpMarked).to_owned(),
                Err(e) => conflict_message(&e, lang),
            }))
        }
        Effect::ShowHistory(id) => match store
            .consultation_versions(id)
            .and_then(|versions| Ok((versions, store.consultation(id)?)))
        {
            Ok((versions, current)) => Outcome::History(versions, current.map(Box::new)),
            Err(e) => failed(&e),
        },
        Effect::ComputeReport => Outcome::Report(store.path().to_owned(), env.today),
        Effect::VerifyService(id) => {
            let done = store.mark_verified(id, env.today, user);
            directory_changed(done, Msg::ServiceVerified, lang)
        }
        Effect::SetServiceStatus(id, status) => {
            let done = store.set_service_status(id, status, user);
            let message = if status == ServiceStatus::Defunct {
                Msg::ServiceRetired
            } else {
                Msg::ServiceRestored
            };
            directory_changed(done, message, lang)
        }
    })
}

/// A form's save that did not happen: why, and what the form now builds on.
/// The file an export writes: a new one, or (asked first) replacing one;
/// created as the user (under setgid, never with the data group).
fn export_file(path: &std::path::Path, replace: bool) -> io::Result<std::fs::File> {
    crate::privilege::as_user(|| {
        if replace {
            std::fs::File::create(path)
        } else {
            // Made only if absent, in one step: nothing is overwritten unasked.
            std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)
        }
    })
}

/// "Replace it?" when an export found its file already there; `again` is
/// the export that replaces it.
fn ask_to_replace(
    written: &io::Result<()>,
    path: &std::path::Path,
    lang: Lang,
    again: impl FnOnce() -> Effect,
) -> Option<Outcome> {
    let exists = matches!(written, Err(e) if e.kind() == io::ErrorKind::AlreadyExists);
    exists.then(|| {
        let shown = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        let shown = shown.display().to_string();
        let shown = crate::text::sanitize(&shown);
        Outcome::Confirm(Box::new(crate::tui::effect::Confirm {
            question: lang.fmt(Msg::ReplaceFileQuestion, &[&shown]),
            yes: again(),
            no: Some(lang.fmt(Msg::FileKept, &[&shown])),
        }))
    })
}

fn refused(e: ChangeError, lang: Lang) -> Outcome {
    let refusal = refusal(&e, lang);
    let rebase = match e {
        ChangeError::Conflict { version, .. } => Rebase::Version(version),
        _ => Rebase::None,
    };
    Outcome::Refused { refusal, rebase }
}

/// The consultation's changes in words, newest first: who replaced each
/// version and when (the centre's time), and what they changed, field by
/// field with labels and values in the interface language ("Minutes: 15 →
/// 20"). `current` is the consultation as it is now (what the last version
/// was replaced by); client codes and notes stay hidden while `masked`.
pub fn history_lines(
    versions: &[crate::store::ConsultationVersion],
    current: Option<&crate::consultation::Consultation>,
    reference: &crate::model::Reference,
    names: crate::audit::words::Names<'_>,
    lang: Lang,
    masked: bool,
) -> Vec<String> {
    use crate::audit::{Kind, words};
    use crate::tui::consultations::MASK;
    if versions.is_empty() {
        return vec![lang.t(Msg::HistoryNone).to_owned()];
    }
    let mut sorted: Vec<&crate::store::ConsultationVersion> = versions.iter().collect();
    sorted.sort_by_key(|v| v.version);
    let data: Vec<Option<serde_json::Value>> = sorted
        .iter()
        .map(|v| serde_json::from_str(&v.data).ok())
        .chain(std::iter::once(
            current.and_then(|c| serde_json::to_value(c.record()).ok()),
        ))
        .collect();
    let mut lines = Vec::new();
    for (i, v) in sorted.iter().enumerate().rev() {
        lines.push(lang.fmt(
            Msg::HistoryEntry,
            &[
                &v.version,
                &crate::text::one_line(&v.replaced_by),
                &lang.instant(&v.replaced_at),
            ],
        ));
        let changes = match (&data[i], &data[i + 1]) {
            (Some(before), Some(after)) => words::changes(
                Kind::Consultation,
                Some(before),
                Some(after),
                reference,
                names,
                lang,
            ),
            _ => Vec::new(),
        };
        if changes.is_empty() {
            lines.push(format!("  {}", lang.t(Msg::HistoryNoChange)));
        }
        for c in changes {
            let hidden = masked && matches!(c.key.as_str(), "client" | "notes");
            if hidden {
                lines.push(format!("  {}: {MASK}", c.label));
            } else {
                lines.push(format!("  {}: {} → {}", c.label, c.before, c.after));
            }
        }
        lines.push(String::new());
    }
    lines
}

/// After a change to a service: the directory is read again, with what
/// happened.
fn directory_changed(done: rusqlite::Result<bool>, message: Msg, lang: Lang) -> Outcome {
    match done {
        Ok(_) => Outcome::DirectoryChanged(lang.t(message).to_owned()),
        Err(e) => Outcome::Said(database_message(&e, lang)),
    }
}

/// Reads what the Consultations screen shows: its list (or the follow-ups due),
/// the number of follow-ups due, and the selected client's earlier visits.
fn read_consultations(env: &Env<'_>, store: &Store) -> Outcome {
    let view = &env.consultations;
    let rows = if view.follow_ups {
        store.follow_ups_due(env.today)
    } else {
        let mut query = view.query.clone();
        env.actor().scope(&mut query);
        store.consultations(&query)
    };
    let due = store.follow_up_count(env.today);
    let (mut rows, due) = match rows.and_then(|rows| due.map(|due| (rows, due))) {
        Ok(read) => read,
        Err(e) => return Outcome::Said(database_message(&e, env.lang)),
    };
    env.actor().hide_notes(&mut rows);
    // The selection stays on the same consultation if it is still listed
    // (as the screen keeps it), else on the first.
    let selected = view
        .selected
        .and_then(|id| rows.iter().find(|c| c.id == id))
        .or(rows.first());
    let earlier = match selected {
        // An anonymised consultation has no client to look up.
        Some(c) if c.client.is_empty() => Ok(Vec::new()),
        Some(c) => store
            .consultations(&ConsultationQuery {
                client: Some(c.client.clone()),
                limit: 50,
                ..ConsultationQuery::default()
            })
            .map(|all| {
                let (id, at) = (c.id, c.at);
                all.into_iter()
                    .filter(|o| o.id != id && o.at <= at)
                    .collect()
            }),
        None => Ok(Vec::new()),
    };
    let (earlier, problem) = match earlier {
        Ok(mut earlier) => {
            env.actor().hide_notes(&mut earlier);
            (earlier, None)
        }
        Err(e) => (Vec::new(), Some(database_message(&e, env.lang))),
    };
    Outcome::Rows {
        rows,
        due,
        earlier,
        problem,
    }
}

/// What a failed save says: who changed the record meanwhile and when (in
/// Warsaw time), with the two ways on; or the database's error.
fn conflict_message(e: &ChangeError, lang: Lang) -> String {
    refusal(e, lang).message(lang)
}

/// Why a change did not happen, as the app shows it (a database error is
/// put in words here, where the error is known).
fn refusal(e: &ChangeError, lang: Lang) -> Refusal {
    match e {
        ChangeError::Conflict { by, at, .. } => Refusal::Conflict {
            by: by.clone(),
            at: at.clone(),
        },
        ChangeError::NotFound => Refusal::Gone,
        ChangeError::Anonymised => Refusal::Anonymised,
        ChangeError::Sqlite(e) => Refusal::Failed(database_message(e, lang)),
    }
}

/// A database error in words: another user's save that held the database past
/// the limit says so (never "database is locked").
pub fn database_message(e: &rusqlite::Error, lang: Lang) -> String {
    if crate::store::is_busy(e) {
        lang.fmt(Msg::ErrBusy, &[&crate::store::busy_limit().as_secs()])
    } else {
        lang.fmt(Msg::ErrDatabase, &[e])
    }
}

/// After a change to a session: the timetable as stored now, with what
/// happened.
fn sessions_changed(
    store: &Store,
    result: rusqlite::Result<()>,
    done: Msg,
    session: uuid::Uuid,
    date: NaiveDate,
    lang: Lang,
) -> Outcome {
    match result.and_then(|()| store.sessions()) {
        Ok(sessions) => {
            let title = sessions
                .iter()
                .find(|s| s.id == session)
                .map(|s| crate::text::one_line(s.title.get(lang)))
                .unwrap_or_default();
            let message = lang.fmt(done, &[&lang.date(date), &title]);
            Outcome::SessionsChanged(sessions, message)
        }
        Err(e) => Outcome::Said(database_message(&e, lang)),
    }
}

#[cfg(test)]
mod tests;
