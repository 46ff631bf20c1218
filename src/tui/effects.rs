//! Carrying out the app's effects: the only place where the TUI writes to the
//! terminal outside drawing, to files, or to the database.

use std::io::{self, Write};

use super::app::App;
use super::effect::Effect;
use super::terminal::copy_to_clipboard;
use crate::i18n::Msg;
use crate::store::{ChangeError, ConsultationQuery, Store};
use crate::timetable::ical::week_calendar;
use crate::tui::app::Popup;
use crate::tui::loader::CONSULTATION_DRAFT;
use crate::tui::timetable::form::SessionForm;

/// How long a draft's write waits for others' saves before it is left for the
/// next second.
const DRAFT_WAIT: std::time::Duration = std::time::Duration::from_millis(200);
/// How long a write the user did not ask for by saving (recording a look at a
/// client, removing a draft) may hold the screen.
const SHORT_WAIT: std::time::Duration = std::time::Duration::from_secs(2);

/// Carries out one effect and tells the user what happened in the status line.
/// Only a broken terminal is an error; a failed save is reported and the app
/// goes on.
pub fn apply(
    effect: Effect,
    app: &mut App,
    store: &mut Store,
    out: &mut impl Write,
) -> io::Result<()> {
    let lang = app.lang;
    let user = app.user.clone();
    match effect {
        Effect::Clipboard(text) => copy_to_clipboard(out, &text)?,
        Effect::ExportWeek { path, .. } | Effect::ExportReport(path)
            if store.is_database_file(&path) =>
        {
            app.status = Some(lang.fmt(Msg::ErrExportOverDatabase, &[&path.display()]));
        }
        Effect::ExportWeek { week, path } => {
            let calendar = week_calendar(app.timetable.sessions(), week, lang, app.clock);
            app.status = Some(match std::fs::write(&path, calendar) {
                Ok(()) => {
                    let shown = std::path::absolute(&path).unwrap_or(path);
                    lang.fmt(Msg::ExportedTo, &[&week, &shown.display()])
                }
                Err(e) => lang.fmt(Msg::ErrExport, &[&path.display(), &e]),
            });
        }
        Effect::ExportReport(path) => {
            let Some(report) = app.reports.report() else {
                return Ok(());
            };
            let written = std::fs::File::create(&path)
                .and_then(|mut file| report.write_csv(&mut file, &app.reference, lang));
            app.status = Some(match written {
                Ok(()) => {
                    let shown = std::path::absolute(&path).unwrap_or(path);
                    lang.fmt(Msg::ReportExportedTo, &[&shown.display()])
                }
                Err(e) => lang.fmt(Msg::ErrExport, &[&path.display(), &e]),
            });
        }
        Effect::CancelOccurrence {
            session,
            date,
            reason,
        } => {
            let result = store.cancel_occurrence(session, date, &reason, &user);
            report(app, store, result, Msg::OccurrenceCancelled, session, date);
        }
        Effect::SaveService(service, organisation, version) => {
            match store.save_service(&service, organisation.as_ref(), version, &user) {
                Ok(()) => {
                    app.popup = None;
                    app.reload_directory = true;
                    app.status = Some(lang.fmt(
                        Msg::ServiceSaved,
                        &[&crate::text::one_line(&service.name.text)],
                    ));
                }
                Err(e) => {
                    let message = conflict_message(&e, lang);
                    if let Some(Popup::ServiceForm(form)) = &mut app.popup {
                        if let ChangeError::Conflict { version, .. } = e {
                            // Build on the service as it is now; keep the typing.
                            let id = form.service_id();
                            match store.services() {
                                Ok(all) => {
                                    if let Some(stored) = all.into_iter().find(|s| s.id == id) {
                                        form.rebase(stored, version);
                                    }
                                }
                                Err(e) => app.status = Some(database_message(&e, lang)),
                            }
                        }
                        form.form.message = Some(message);
                    } else {
                        app.status = Some(message);
                    }
                }
            }
        }
        Effect::LoadAudit => {
            let latest = crate::audit::Query {
                limit: Some(crate::tui::audit::SHOWN),
                ..Default::default()
            };
            match store.audit(&latest) {
                Ok(entries) => app.reports.audit = Some(crate::tui::audit::AuditView::new(entries)),
                Err(e) => app.status = Some(database_message(&e, lang)),
            }
        }
        Effect::OpenSessionForm(id) => {
            let stored = store.session_version(id).and_then(|version| {
                let session = store.sessions()?.into_iter().find(|s| s.id == id);
                Ok(version.zip(session))
            });
            match stored {
                Ok(Some((version, mut session))) => {
                    session.sanitize();
                    let draft = crate::timetable::draft::SessionDraft::from_session(&session);
                    let mut form = SessionForm::new(&draft, Some(&session), lang);
                    form.version = Some(version);
                    app.popup = Some(Popup::SessionForm(Box::new(form)));
                }
                Ok(None) => app.status = Some(lang.t(Msg::ErrGone).to_owned()),
                Err(e) => app.status = Some(database_message(&e, lang)),
            }
        }
        Effect::SaveSession(session, version) => {
            match store.save_session(&session, version, &user) {
                Ok(()) => {
                    app.popup = None;
                    app.status = Some(match store.sessions() {
                        Ok(sessions) => {
                            app.reload_sessions(sessions);
                            lang.fmt(
                                Msg::SessionSaved,
                                &[&crate::text::one_line(&session.title.text)],
                            )
                        }
                        Err(e) => database_message(&e, lang),
                    });
                }
                Err(e) => {
                    let message = conflict_message(&e, lang);
                    if let Some(Popup::SessionForm(form)) = &mut app.popup {
                        if let ChangeError::Conflict { version, .. } = e {
                            form.version = Some(version);
                        }
                        form.form.message = Some(message);
                    } else {
                        app.status = Some(message);
                    }
                }
            }
        }
        Effect::RefreshConsultations => refresh_consultations(app, store),
        Effect::RecordClientView(client) => {
            let recorded =
                store.with_busy_limit(SHORT_WAIT, |s| s.record_client_view(&user, &client));
            if let Err(e) = recorded {
                app.status = Some(database_message(&e, lang));
            }
        }
        Effect::SaveConsultation(c, editing) => {
            // The draft goes in the save's own transaction: a save cannot
            // succeed and leave its draft to be offered again at the next start.
            let saved = match editing {
                None => store
                    .add_consultation_from_draft(&c, &user, CONSULTATION_DRAFT)
                    .map_err(ChangeError::from),
                Some(e) => store.correct_consultation_from_draft(
                    e.id,
                    e.version,
                    &c,
                    &user,
                    CONSULTATION_DRAFT,
                ),
            };
            match saved {
                Ok(saved) => {
                    app.popup = None;
                    app.status = Some(lang.fmt(Msg::ConsultationSaved, &[&saved.client]));
                    refresh_consultations(app, store);
                }
                Err(e) => {
                    let message = conflict_message(&e, lang);
                    if let Some(Popup::ConsultationForm(form)) = &mut app.popup {
                        if let ChangeError::Conflict { version, .. } = e {
                            // Saving again keeps this user's change as the newer one.
                            form.rebase(version);
                        }
                        form.form.message = Some(message);
                    } else {
                        app.status = Some(message);
                    }
                }
            }
        }
        Effect::SaveDraft(json) => {
            // A draft is written again a second later: it never holds the
            // screen while someone else saves.
            let saved = store.with_busy_limit(DRAFT_WAIT, |s| {
                s.save_draft(&user, CONSULTATION_DRAFT, &json)
            });
            match saved {
                Ok(()) => {}
                Err(e) if crate::store::is_busy(&e) => app.draft_not_saved(),
                Err(e) => {
                    app.draft_not_saved();
                    app.status = Some(database_message(&e, lang));
                }
            }
        }
        Effect::EnsureUniqueCode(mut code) => {
            // 31^6 codes: a clash is rare, and each retry is one indexed lookup.
            for _ in 0..20 {
                match store.client_code_exists(&code) {
                    Ok(false) => break,
                    Ok(true) => code = crate::consultation::new_client_code(),
                    Err(e) => {
                        app.status = Some(database_message(&e, lang));
                        break;
                    }
                }
            }
            if let Some(Popup::ConsultationForm(form)) = &mut app.popup {
                if form.client() != code {
                    form.set_client(&code);
                }
            }
        }
        Effect::DeleteDraft => {
            let deleted =
                store.with_busy_limit(SHORT_WAIT, |s| s.delete_draft(&user, CONSULTATION_DRAFT));
            if let Err(e) = deleted {
                app.status = Some(database_message(&e, lang));
            }
        }
        Effect::MarkFollowUpDone(id) => {
            app.status = Some(match store.mark_follow_up_done(id, &user) {
                Ok(()) => lang.t(Msg::FollowUpMarked).to_owned(),
                Err(e) => conflict_message(&e, lang),
            });
            refresh_consultations(app, store);
        }
        Effect::ShowHistory(id) => match store.consultation_versions(id) {
            Ok(versions) => {
                let lines = history_lines(&versions, lang, app.consultations.masked);
                app.popup = Some(Popup::Text(lang.t(Msg::HistoryTitle).to_owned(), lines));
            }
            Err(e) => app.status = Some(database_message(&e, lang)),
        },
        Effect::ComputeReport => {
            let today = app.timetable.now().date();
            app.reports.compute(store.path().to_owned(), today);
        }
        Effect::VerifyService(id) => {
            let today = app.timetable.now().date();
            let done = store.mark_verified(id, today, &user);
            service_changed(app, done, Msg::ServiceVerified);
        }
        Effect::SetServiceStatus(id, status) => {
            let done = store.set_service_status(id, status, &user);
            let message = if status == crate::model::ServiceStatus::Defunct {
                Msg::ServiceRetired
            } else {
                Msg::ServiceRestored
            };
            service_changed(app, done, message);
        }
        Effect::RestoreOccurrence { session, date } => {
            let result = store.restore_occurrence(session, date, &user);
            report(app, store, result, Msg::OccurrenceRestored, session, date);
        }
    }
    Ok(())
}

/// The earlier versions in words: who replaced each and when, and what it held.
fn history_lines(
    versions: &[crate::store::ConsultationVersion],
    lang: crate::i18n::Lang,
    masked: bool,
) -> Vec<String> {
    use crate::tui::consultations::MASK;
    if versions.is_empty() {
        return vec![lang.t(Msg::HistoryNone).to_owned()];
    }
    let mut lines = Vec::new();
    for v in versions.iter().rev() {
        let when = v
            .replaced_at
            .replace('T', " ")
            .trim_end_matches('Z')
            .to_owned();
        lines.push(lang.fmt(
            Msg::HistoryEntry,
            &[&v.version, &crate::text::one_line(&v.replaced_by), &when],
        ));
        let data = crate::consultation::Record::from_json(&v.data).unwrap_or_default();
        lines.push(format!(
            "  {} · {} · {}",
            crate::text::one_line(&data.at),
            if masked {
                MASK.to_owned()
            } else {
                crate::text::one_line(&data.client)
            },
            data.topics.join(", ")
        ));
        if masked {
            lines.push(format!("  {MASK}"));
        } else {
            for note in crate::text::sanitize(&data.notes).lines() {
                lines.push(format!("  {note}"));
            }
        }
        lines.push(String::new());
    }
    lines
}

/// After a change to a service: ask for the directory to be read again, and
/// say what happened.
fn service_changed(app: &mut App, done: rusqlite::Result<bool>, message: Msg) {
    app.status = Some(match done {
        Ok(_) => {
            app.reload_directory = true;
            app.lang.t(message).to_owned()
        }
        Err(e) => database_message(&e, app.lang),
    });
}

/// Reads what the Consultations screen shows: its list (or the follow-ups due),
/// the number of follow-ups due, and the selected client's earlier visits.
fn refresh_consultations(app: &mut App, store: &Store) {
    let screen = &app.consultations;
    let today = screen.today();
    let rows = if screen.follow_ups {
        store.follow_ups_due(today)
    } else {
        let mut query = screen.query();
        app.actor().scope(&mut query);
        store.consultations(&query)
    };
    let due = store.follow_up_count(today);
    match rows.and_then(|rows| due.map(|due| (rows, due))) {
        Ok((mut rows, due)) => {
            app.actor().hide_notes(&mut rows);
            app.consultations.set_rows(rows);
            app.consultations.due = due;
        }
        Err(e) => app.status = Some(database_message(&e, app.lang)),
    }
    let earlier = match app.consultations.selected() {
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
    match earlier {
        Ok(mut earlier) => {
            app.actor().hide_notes(&mut earlier);
            app.consultations.set_earlier(earlier);
        }
        Err(e) => app.status = Some(database_message(&e, app.lang)),
    }
}

/// What a failed save says: who changed the record meanwhile and when (in
/// Warsaw time), with the two ways on; or the database's error.
fn conflict_message(e: &ChangeError, lang: crate::i18n::Lang) -> String {
    match e {
        ChangeError::Conflict { by, at, .. } => lang.fmt(
            Msg::ErrChangedMeanwhile,
            &[
                &crate::text::one_line(by),
                &crate::timetable::local_time(at),
            ],
        ),
        ChangeError::NotFound => lang.t(Msg::ErrGone).to_owned(),
        ChangeError::Anonymised => lang.t(Msg::ErrAnonymised).to_owned(),
        ChangeError::Sqlite(e) => database_message(e, lang),
    }
}

/// A database error in words: another user's save that held the database past
/// the limit says so (never "database is locked").
pub fn database_message(e: &rusqlite::Error, lang: crate::i18n::Lang) -> String {
    if crate::store::is_busy(e) {
        lang.fmt(Msg::ErrBusy, &[&crate::store::busy_limit().as_secs()])
    } else {
        lang.fmt(Msg::ErrDatabase, &[e])
    }
}

/// After a change to a session: reload the timetable and say what happened.
fn report(
    app: &mut App,
    store: &Store,
    result: rusqlite::Result<()>,
    done: Msg,
    session: uuid::Uuid,
    date: chrono::NaiveDate,
) {
    let lang = app.lang;
    let reloaded = result.and_then(|()| store.sessions());
    app.status = Some(match reloaded {
        Ok(sessions) => {
            let title = sessions
                .iter()
                .find(|s| s.id == session)
                .map(|s| crate::text::one_line(s.title.get(lang)))
                .unwrap_or_default();
            app.reload_sessions(sessions);
            lang.fmt(done, &[&lang.date(date), &title])
        }
        Err(e) => database_message(&e, lang),
    });
}

#[cfg(test)]
mod tests;
