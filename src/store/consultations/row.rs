//! A consultation's row: which columns hold its fields, by name, both ways.
//! Adding a field means a migration, one entry in [`fields`] and one line
//! in [`from_row`].

use chrono::NaiveDateTime;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row};

use crate::consultation::{AgeBand, Channel, Consultation, Gender, NewConsultation};
use crate::store::columns::{date_col, uuid_col};

/// The columns read for a consultation (`c` is the consultation table).
pub const COLUMNS: &str = "c.id, c.uid, c.at, c.staff, c.client_code, c.country,
    c.language, c.interpreter, c.county, c.gender, c.age_band, c.channel, c.minutes, c.follow_up,
    c.follow_up_done, c.notes, c.version, c.updated_at, c.updated_by";

/// The columns a form or `pomost log` sets, with their values: `INSERT` and
/// `UPDATE` are written from this list, each value bound as `:column`.
pub(super) fn fields(c: &NewConsultation) -> Vec<(&'static str, Value)> {
    vec![
        ("at", c.at.format("%Y-%m-%d %H:%M").to_string().into()),
        ("client_code", c.client.clone().into()),
        ("country", c.country.clone().into()),
        ("language", c.language.clone().into()),
        ("interpreter", c.interpreter.clone().into()),
        ("county", c.county.clone().into()),
        ("gender", c.gender.code().to_owned().into()),
        ("age_band", c.age_band.code().to_owned().into()),
        ("channel", c.channel.code().to_owned().into()),
        ("minutes", c.minutes.into()),
        ("follow_up", c.follow_up.map(|d| d.to_string()).into()),
        ("notes", c.notes.clone().into()),
    ]
}

/// The fields of a row read with [`COLUMNS`], by column name; topics and
/// referrals are added by the caller.
pub(super) fn from_row(r: &Row<'_>) -> rusqlite::Result<Consultation> {
    let bad = |col: &str, what: &str| {
        let at = r.as_ref().column_index(col).unwrap_or_default();
        rusqlite::Error::FromSqlConversionFailure(
            at,
            rusqlite::types::Type::Text,
            format!("unknown {what}").into(),
        )
    };
    let code = |col: &str| r.get::<_, String>(col);
    let at: String = r.get("at")?;
    Ok(Consultation {
        id: r.get("id")?,
        uid: uuid_col(r, "uid")?,
        at: NaiveDateTime::parse_from_str(&at, "%Y-%m-%d %H:%M").map_err(|_| bad("at", "time"))?,
        staff: r.get("staff")?,
        client: r.get("client_code")?,
        topics: Vec::new(),
        referrals: Vec::new(),
        country: r.get("country")?,
        language: r.get("language")?,
        interpreter: r.get("interpreter")?,
        county: r.get("county")?,
        gender: Gender::parse(&code("gender")?).ok_or_else(|| bad("gender", "gender"))?,
        age_band: AgeBand::parse(&code("age_band")?).ok_or_else(|| bad("age_band", "age band"))?,
        channel: Channel::parse(&code("channel")?).ok_or_else(|| bad("channel", "channel"))?,
        minutes: r.get("minutes")?,
        follow_up: date_col(r, "follow_up")?,
        follow_up_done: r.get("follow_up_done")?,
        notes: r.get("notes")?,
        version: r.get("version")?,
        updated_at: r.get("updated_at")?,
        updated_by: r.get("updated_by")?,
    })
}

/// One consultation by row id, with its topics and referrals.
pub(in crate::store) fn read_one(
    conn: &Connection,
    id: i64,
) -> rusqlite::Result<Option<Consultation>> {
    let found = conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM consultation c WHERE c.id = :id"),
            rusqlite::named_params! { ":id": id },
            from_row,
        )
        .optional()?;
    found.map(|c| with_parts(conn, c)).transpose()
}

/// Adds topics and referrals to a consultation read from its row.
fn with_parts(conn: &Connection, mut c: Consultation) -> rusqlite::Result<Consultation> {
    let mut stmt = conn.prepare_cached(
        "SELECT ct.topic_code FROM consultation_topic ct JOIN topic t ON t.code = ct.topic_code
             WHERE ct.consultation_id = :id ORDER BY t.position",
    )?;
    c.topics = stmt
        .query_map(rusqlite::named_params! { ":id": c.id }, |r| {
            r.get("topic_code")
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT service_id FROM consultation_referral WHERE consultation_id = :id
             ORDER BY service_id",
    )?;
    c.referrals = stmt
        .query_map(rusqlite::named_params! { ":id": c.id }, |r| {
            uuid_col(r, "service_id")
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(c)
}
