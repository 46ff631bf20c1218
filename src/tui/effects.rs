//! Carrying out the app's effects: the only place where the TUI writes to the
//! terminal outside drawing, to files, or to the database.

use std::io::{self, Write};

use super::app::App;
use super::effect::Effect;
use super::terminal::copy_to_clipboard;
use crate::config;
use crate::i18n::Msg;
use crate::store::Store;
use crate::timetable::ical::week_calendar;

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
    match effect {
        Effect::Clipboard(text) => copy_to_clipboard(out, &text)?,
        Effect::ExportWeek { week, path } => {
            let calendar = week_calendar(app.timetable.sessions(), week, lang);
            app.status = Some(match std::fs::write(&path, calendar) {
                Ok(()) => {
                    let shown = std::path::absolute(&path).unwrap_or(path);
                    lang.fmt(Msg::ExportedTo, &[&week, &shown.display()])
                }
                Err(e) => lang.fmt(Msg::ErrExport, &[&path.display(), &e]),
            });
        }
        Effect::CancelOccurrence {
            session,
            date,
            reason,
        } => {
            let result = store.cancel_occurrence(session, date, &reason, &config::current_user());
            report(app, store, result, Msg::OccurrenceCancelled, session, date);
        }
        Effect::SaveSession(session) => {
            let result =
                store.put_sessions(std::slice::from_ref(&*session), &config::current_user());
            let reloaded = result.and_then(|()| store.sessions());
            app.status = Some(match reloaded {
                Ok(sessions) => {
                    app.reload_sessions(sessions);
                    lang.fmt(
                        Msg::SessionSaved,
                        &[&crate::text::one_line(&session.title.text)],
                    )
                }
                Err(e) => lang.fmt(Msg::ErrDatabase, &[&e]),
            });
        }
        Effect::RestoreOccurrence { session, date } => {
            let result = store.restore_occurrence(session, date, &config::current_user());
            report(app, store, result, Msg::OccurrenceRestored, session, date);
        }
    }
    Ok(())
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
        Err(e) => lang.fmt(Msg::ErrDatabase, &[&e]),
    });
}
