//! The texts of services and sessions in the clients' languages beyond Polish
//! and English (`service_translation`, `session_translation`): written with
//! the record, read into each text's [`Localized::more`].

use std::collections::HashMap;

use rusqlite::{Connection, Row, Transaction, named_params};

use crate::model::{Localized, Service, Session};

/// The translatable texts of a service, by the field name stored (the HSDS one).
pub(super) fn fields(s: &Service) -> [(&'static str, &Localized); 5] {
    [
        ("name", &s.name),
        ("description", &s.description),
        ("eligibility", &s.eligibility),
        ("application_process", &s.application_process),
        ("fees", &s.fees),
    ]
}

fn field_mut<'a>(s: &'a mut Service, field: &str) -> Option<&'a mut Localized> {
    match field {
        "name" => Some(&mut s.name),
        "description" => Some(&mut s.description),
        "eligibility" => Some(&mut s.eligibility),
        "application_process" => Some(&mut s.application_process),
        "fees" => Some(&mut s.fees),
        _ => None,
    }
}

/// Replaces a service's translations with those it holds.
pub(super) fn write(tx: &Transaction<'_>, s: &Service) -> rusqlite::Result<()> {
    replace(tx, "service", &s.id.to_string(), &fields(s))
}

/// Replaces the rows of `<kind>_translation` for one record.
fn replace(
    tx: &Transaction<'_>,
    kind: &str,
    id: &str,
    texts: &[(&str, &Localized)],
) -> rusqlite::Result<()> {
    tx.prepare_cached(&format!(
        "DELETE FROM {kind}_translation WHERE {kind}_id = :id"
    ))?
    .execute(named_params! { ":id": id })?;
    let mut insert = tx.prepare_cached(&format!(
        "INSERT INTO {kind}_translation ({kind}_id, field, lang, text)
         VALUES (:id, :field, :lang, :text)"
    ))?;
    for (field, text) in texts {
        for (lang, translated) in &text.more {
            insert.execute(
                named_params! { ":id": id, ":field": field, ":lang": lang, ":text": translated },
            )?;
        }
    }
    Ok(())
}

/// Reads every translation into the services (ordered by id, as `ids`).
pub(super) fn attach(
    conn: &Connection,
    ids: &[String],
    services: &mut [Service],
    only: Option<&str>,
) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare_cached(match only {
        Some(_) => {
            "SELECT service_id, field, lang, text FROM service_translation
             WHERE service_id = ?1"
        }
        None => "SELECT service_id, field, lang, text FROM service_translation ORDER BY service_id",
    })?;
    let mut rows = stmt.query(rusqlite::params_from_iter(only))?;
    while let Some(r) = rows.next()? {
        let id = r.get_ref("service_id")?.as_str()?;
        if let Ok(at) = ids.binary_search_by(|probe| probe.as_str().cmp(id)) {
            add(&mut services[at], r)?;
        }
    }
    Ok(())
}

fn add(s: &mut Service, r: &Row<'_>) -> rusqlite::Result<()> {
    let field: String = r.get("field")?;
    if let Some(text) = field_mut(s, &field) {
        text.more.insert(r.get("lang")?, r.get("text")?);
    }
    Ok(())
}

/// The translatable texts of a session, by the field name stored.
fn session_fields(s: &mut Session) -> [(&'static str, &mut Localized); 4] {
    [
        ("title", &mut s.title),
        ("audience", &mut s.audience),
        ("theme", &mut s.theme),
        ("organiser", &mut s.organiser),
    ]
}

/// Replaces a session's translations with those it holds (the shipped
/// sessions; the session form leaves them as they are).
pub(super) fn write_session(tx: &Transaction<'_>, s: &Session) -> rusqlite::Result<()> {
    let texts = [
        ("title", &s.title),
        ("audience", &s.audience),
        ("theme", &s.theme),
        ("organiser", &s.organiser),
    ];
    replace(tx, "session", &s.id.to_string(), &texts)
}

/// Reads every session translation into the sessions.
pub(super) fn attach_sessions(conn: &Connection, sessions: &mut [Session]) -> rusqlite::Result<()> {
    let at: HashMap<String, usize> = sessions
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.to_string(), i))
        .collect();
    let mut stmt =
        conn.prepare_cached("SELECT session_id, field, lang, text FROM session_translation")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let Some(&i) = at.get(r.get_ref("session_id")?.as_str()?) else {
            continue;
        };
        let field: String = r.get("field")?;
        let lang: String = r.get("lang")?;
        let text: String = r.get("text")?;
        if let Some((_, into)) = session_fields(&mut sessions[i])
            .into_iter()
            .find(|(f, _)| *f == field)
        {
            into.more.insert(lang, text);
        }
    }
    Ok(())
}
