//! A consultation with every field, as exported (`pomost consultations …
//! --format json|csv`) and as kept in the version history, which the
//! history view reads back into the same type.

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::Consultation;

/// Every stored field of a consultation, borrowed from it when written and
/// owned when read back from a kept version. A field missing from a version
/// kept by an older Pomost reads as empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Record<'a> {
    /// Stable id.
    pub uid: Uuid,
    /// `YYYY-MM-DD HH:MM`.
    pub at: String,
    /// Who logged it.
    pub staff: Cow<'a, str>,
    /// Client code.
    pub client: Cow<'a, str>,
    /// Topic codes.
    pub topics: Cow<'a, [String]>,
    /// Services referred to.
    pub referrals: Cow<'a, [Uuid]>,
    /// Country code.
    pub country: Option<Cow<'a, str>>,
    /// Language code.
    pub language: Option<Cow<'a, str>>,
    /// The language an interpreter was needed for, if one was.
    pub interpreter: Option<Cow<'a, str>>,
    /// County.
    pub county: Option<Cow<'a, str>>,
    /// Gender code.
    pub gender: Cow<'a, str>,
    /// Age band code.
    pub age_band: Cow<'a, str>,
    /// Channel code.
    pub channel: Cow<'a, str>,
    /// Minutes.
    pub minutes: Option<u32>,
    /// Follow-up date.
    pub follow_up: Option<NaiveDate>,
    /// Follow-up done.
    pub follow_up_done: bool,
    /// Notes.
    pub notes: Cow<'a, str>,
    /// Version.
    pub version: i64,
    /// Last change (RFC 3339 UTC).
    pub updated_at: Cow<'a, str>,
    /// Who made it.
    pub updated_by: Cow<'a, str>,
}

impl Consultation {
    /// The exported form of this consultation.
    pub fn record(&self) -> Record<'_> {
        Record {
            uid: self.uid,
            at: self.at.format("%Y-%m-%d %H:%M").to_string(),
            staff: Cow::Borrowed(&self.staff),
            client: Cow::Borrowed(&self.client),
            topics: Cow::Borrowed(&self.topics),
            referrals: Cow::Borrowed(&self.referrals),
            country: self.country.as_deref().map(Cow::Borrowed),
            language: self.language.as_deref().map(Cow::Borrowed),
            interpreter: self.interpreter.as_deref().map(Cow::Borrowed),
            county: self.county.as_deref().map(Cow::Borrowed),
            gender: Cow::Borrowed(self.gender.code()),
            age_band: Cow::Borrowed(self.age_band.code()),
            channel: Cow::Borrowed(self.channel.code()),
            minutes: self.minutes,
            follow_up: self.follow_up,
            follow_up_done: self.follow_up_done,
            notes: Cow::Borrowed(&self.notes),
            version: self.version,
            updated_at: Cow::Borrowed(&self.updated_at),
            updated_by: Cow::Borrowed(&self.updated_by),
        }
    }
}

impl Record<'_> {
    /// The CSV header and this record's cells, name beside value: lists
    /// joined with `; `, a missing value empty.
    pub fn csv_cells(&self) -> Vec<(&'static str, String)> {
        let text = |v: &Option<Cow<'_, str>>| v.as_deref().unwrap_or_default().to_owned();
        let referrals: Vec<String> = self.referrals.iter().map(Uuid::to_string).collect();
        vec![
            ("uid", self.uid.to_string()),
            ("at", self.at.clone()),
            ("staff", self.staff.to_string()),
            ("client", self.client.to_string()),
            ("topics", self.topics.join("; ")),
            ("referrals", referrals.join("; ")),
            ("country", text(&self.country)),
            ("language", text(&self.language)),
            ("county", text(&self.county)),
            ("gender", self.gender.to_string()),
            ("age_band", self.age_band.to_string()),
            ("channel", self.channel.to_string()),
            (
                "minutes",
                self.minutes.map(|m| m.to_string()).unwrap_or_default(),
            ),
            (
                "follow_up",
                self.follow_up.map(|d| d.to_string()).unwrap_or_default(),
            ),
            ("follow_up_done", self.follow_up_done.to_string()),
            ("notes", self.notes.to_string()),
            ("version", self.version.to_string()),
            ("updated_at", self.updated_at.to_string()),
            ("updated_by", self.updated_by.to_string()),
            // Columns added later come last: a spreadsheet that reads the
            // export by column position keeps working.
            ("interpreter", text(&self.interpreter)),
        ]
    }

    /// A record read back from a kept version's JSON (`None` when it is not one).
    pub fn from_json(json: &str) -> Option<Record<'static>> {
        serde_json::from_str(json).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_kept_before_a_field_existed_reads_it_as_empty() {
        let old = r#"{"uid":"6f1c2b4e-8a57-4d1e-9a51-0c3f8d2a9b11","at":"2022-11-30 10:00",
            "staff":"anna","client":"K-ABC123","topics":["legal"],"notes":"Odwołanie"}"#;
        let read = Record::from_json(old).expect("a record");
        assert_eq!(read.client, "K-ABC123");
        assert_eq!(read.topics.as_ref(), ["legal".to_owned()]);
        assert_eq!(read.interpreter, None);
        assert_eq!(Record::from_json("not json"), None);
    }
}
