//! A record's fields in words, as a worker reads them: labels and values in
//! the interface language (topics by their labels, countries by name, dates
//! and times in the language's form, a session's days by name), for the
//! audit trail and a consultation's history alike. The bookkeeping of a
//! record (its uid, version, who changed it last and when) is said elsewhere
//! and not listed as a field.

use chrono::{NaiveDate, NaiveDateTime};
use serde_json::Value;

use super::Kind;
use crate::consultation::{AgeBand, Channel, Gender, county_label};
use crate::i18n::{Lang, Msg, country_name, language_name};
use crate::model::Reference;
use crate::text::one_line;

/// What a record's values refer to by id (services, organisations), by name.
pub type Names<'a> = &'a dyn Fn(&str) -> Option<String>;

/// One field that differs, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The field's stored name.
    pub key: String,
    /// The field's label.
    pub label: String,
    /// Its value before ("—" when it had none).
    pub before: String,
    /// Its value after ("—" when it has none).
    pub after: String,
}

/// How a value is shown where a record has none.
pub const NONE: &str = "—";

/// The label of a record's field, or `None` for its bookkeeping. A field
/// this version does not know is shown by its stored name.
pub fn label(kind: Kind, key: &str, lang: Lang) -> Option<String> {
    let msg = match (kind, key) {
        (
            _,
            "uid" | "id" | "version" | "updated_at" | "updated_by" | "created_at" | "created_by",
        ) => {
            return None;
        }
        (Kind::Consultation, "at") => Msg::FieldAt,
        (Kind::Consultation, "staff") => Msg::FieldStaff,
        (Kind::Consultation, "client") => Msg::FieldClient,
        (Kind::Consultation | Kind::Service, "topics") => Msg::FieldTopics,
        (Kind::Consultation, "referrals") => Msg::FieldReferrals,
        (Kind::Consultation, "country") => Msg::FieldCountry,
        (Kind::Consultation, "language") => Msg::FieldLanguageUsed,
        (Kind::Consultation, "interpreter") => Msg::FieldInterpreter,
        (Kind::Consultation, "county") => Msg::FieldCounty,
        (Kind::Consultation, "gender") => Msg::FieldGender,
        (Kind::Consultation, "age_band") => Msg::FieldAgeBand,
        (Kind::Consultation, "channel") => Msg::FieldChannel,
        (Kind::Consultation, "minutes") => Msg::FieldMinutes,
        (Kind::Consultation, "follow_up") => Msg::FieldFollowUp,
        (Kind::Consultation, "follow_up_done") => Msg::FieldFollowUpDone,
        (Kind::Consultation, "notes") => Msg::FieldNotes,
        (Kind::Session, "title") => Msg::FieldTitle,
        (Kind::Session, "title_en") => Msg::FieldTitleEn,
        (Kind::Session, "audience") | (Kind::Service, "eligibility") => Msg::FieldWho,
        (Kind::Session, "audience_en") | (Kind::Service, "eligibility_en") => Msg::FieldWhoEn,
        (Kind::Session, "theme") => Msg::FieldTheme,
        (Kind::Session, "theme_en") => Msg::FieldThemeEn,
        (Kind::Session, "organiser") => Msg::FieldOrganiser,
        (Kind::Session, "organiser_en") => Msg::FieldOrganiserEn,
        (Kind::Session, "mode") => Msg::FieldMode,
        (Kind::Session, "place") => Msg::FieldPlace,
        (Kind::Session, "link") => Msg::FieldLink,
        (Kind::Session, "contact") => Msg::FieldContact,
        (Kind::Session, "days") => Msg::FieldDays,
        (Kind::Session, "date") => Msg::FieldDate,
        (Kind::Session, "starts") => Msg::FieldStarts,
        (Kind::Session, "ends") => Msg::FieldEnds,
        (Kind::Session, "valid_from") => Msg::FieldValidFrom,
        (Kind::Session, "valid_until") => Msg::FieldValidUntil,
        (Kind::Session, "cancelled") => Msg::FieldCancelledDates,
        (Kind::Service | Kind::Organisation, "name") => Msg::FieldServiceName,
        (Kind::Service | Kind::Organisation, "name_en") => Msg::FieldServiceNameEn,
        (Kind::Service, "organization_id") => Msg::FieldOrganisation,
        (Kind::Service | Kind::Organisation, "description") => Msg::FieldDescription,
        (Kind::Service | Kind::Organisation, "description_en") => Msg::FieldDescriptionEn,
        (Kind::Service, "status") => Msg::FieldStatus,
        (Kind::Service, "application_process") => Msg::FieldApply,
        (Kind::Service, "application_process_en") => Msg::FieldApplyEn,
        (Kind::Service, "fees") => Msg::FieldFees,
        (Kind::Service, "fees_en") => Msg::FieldFeesEn,
        (Kind::Service, "free_of_charge") => Msg::FieldFreeOfCharge,
        (Kind::Service | Kind::Organisation, "email") => Msg::FieldEmail,
        (Kind::Service, "phones") => Msg::FieldPhones,
        (Kind::Service, "url") | (Kind::Organisation, "website") => Msg::FieldWebsite,
        (Kind::Service, "last_verified") => Msg::FieldVerified,
        (Kind::Service, "languages") => Msg::FieldLanguages,
        (Kind::Service, "areas") => Msg::FieldAreas,
        (Kind::Service, "locations") => Msg::FieldWhere,
        (Kind::Service, "schedules") => Msg::FieldOpeningHours,
        _ => return Some(one_line(key)),
    };
    Some(lang.t(msg).to_owned())
}

/// A field's value in words ([`NONE`] when it has none).
pub fn value(
    kind: Kind,
    key: &str,
    v: Option<&Value>,
    reference: &Reference,
    names: Names<'_>,
    lang: Lang,
) -> String {
    let text = match v {
        None | Some(Value::Null) => return NONE.to_owned(),
        Some(Value::String(s)) => s.as_str(),
        Some(Value::Array(items)) => {
            let words: Vec<String> = items
                .iter()
                .map(|item| value(kind, key, Some(item), reference, names, lang))
                .collect();
            return if words.is_empty() {
                NONE.to_owned()
            } else {
                words.join(", ")
            };
        }
        Some(Value::Bool(b)) => {
            return match (key, b) {
                ("follow_up_done", true) => lang.t(Msg::FollowUpDone).to_owned(),
                (_, true) => "✓".to_owned(),
                (_, false) => NONE.to_owned(),
            };
        }
        Some(Value::Number(n)) => return n.to_string(),
        Some(object) => return one_line(&object.to_string()),
    };
    if text.is_empty() {
        return NONE.to_owned();
    }
    let code_name = |name: Option<&'static str>| name.map_or_else(|| one_line(text), str::to_owned);
    match (kind, key) {
        (Kind::Session, "days") => days(text, lang),
        (Kind::Consultation, "at") => NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M")
            .map_or_else(|_| one_line(text), |at| lang.date_time(at)),
        (_, "follow_up" | "date" | "valid_from" | "valid_until" | "last_verified") => {
            NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .map_or_else(|_| one_line(text), |d| lang.date(d))
        }
        (_, "topics") => reference.topic_label(text, lang).to_owned(),
        (_, "country") => code_name(country_name(text, lang)),
        (_, "language" | "interpreter" | "languages") => code_name(language_name(text, lang)),
        (_, "county") => county_label(Some(text), lang),
        (_, "gender") => code_name(Gender::parse(text).map(|g| g.label(lang))),
        (_, "age_band") => code_name(AgeBand::parse(text).map(|a| a.label(lang))),
        (_, "channel") => code_name(Channel::parse(text).map(|c| c.label(lang))),
        (Kind::Session, "mode") => match text {
            "online" => lang.t(Msg::Online).to_owned(),
            "in-person" => lang.t(Msg::InPerson).to_owned(),
            other => one_line(other),
        },
        (_, "referrals" | "organization_id") => names(text).unwrap_or_else(|| one_line(text)),
        (Kind::Service, "status") => match text {
            "active" => lang.t(Msg::StatusActive).to_owned(),
            "inactive" => lang.t(Msg::StatusInactive).to_owned(),
            "defunct" => lang.t(Msg::StatusDefunct).to_owned(),
            "temporarily closed" => lang.t(Msg::StatusTemporarilyClosed).to_owned(),
            other => one_line(other),
        },
        _ => one_line(text),
    }
}

/// A session's weekdays as stored (`1,3`: Monday is 1) by their short names.
fn days(stored: &str, lang: Lang) -> String {
    use chrono::Weekday;
    let names: Vec<&str> = stored
        .split(',')
        .filter_map(|n| n.trim().parse::<u8>().ok())
        .filter_map(|n| Weekday::try_from(n.checked_sub(1)?).ok())
        .map(|d| lang.weekday_short(d))
        .collect();
    if names.is_empty() {
        one_line(stored)
    } else {
        names.join(", ")
    }
}

/// The order fields are listed in: as the details panes show them (the
/// stored JSON keeps its keys sorted by name).
const ORDER: &[&str] = &[
    "at",
    "client",
    "staff",
    "topics",
    "referrals",
    "notes",
    "country",
    "language",
    "interpreter",
    "county",
    "gender",
    "age_band",
    "channel",
    "minutes",
    "follow_up",
    "follow_up_done",
    "title",
    "title_en",
    "name",
    "name_en",
    "organization_id",
    "status",
    "audience",
    "audience_en",
    "eligibility",
    "eligibility_en",
    "theme",
    "theme_en",
    "description",
    "description_en",
    "organiser",
    "organiser_en",
    "mode",
    "place",
    "link",
    "contact",
    "days",
    "date",
    "starts",
    "ends",
    "valid_from",
    "valid_until",
    "cancelled",
    "languages",
    "fees",
    "fees_en",
    "free_of_charge",
    "locations",
    "areas",
    "schedules",
    "email",
    "phones",
    "url",
    "website",
    "application_process",
    "application_process_en",
    "last_verified",
];

/// The fields whose values differ between two versions of a record (JSON
/// objects), in the record's order, in words; every field of a record that
/// exists on one side only (a creation, an erasure).
pub fn changes(
    kind: Kind,
    before: Option<&Value>,
    after: Option<&Value>,
    reference: &Reference,
    names: Names<'_>,
    lang: Lang,
) -> Vec<Change> {
    let keys: Vec<&String> = {
        let mut keys: Vec<&String> = Vec::new();
        for side in [after, before].into_iter().flatten() {
            if let Value::Object(map) = side {
                keys.extend(map.keys().filter(|k| !keys.contains(k)).collect::<Vec<_>>());
            }
        }
        keys.sort_by_key(|k| (ORDER.iter().position(|o| o == k).unwrap_or(ORDER.len()), *k));
        keys
    };
    let get = |side: Option<&Value>, key: &str| side.and_then(|v| v.get(key)).cloned();
    keys.into_iter()
        .filter(|key| get(before, key) != get(after, key) || before.is_none() || after.is_none())
        .filter_map(|key| {
            let label = label(kind, key, lang)?;
            let say = |side: Option<&Value>| {
                value(
                    kind,
                    key,
                    side.and_then(|v| v.get(key)),
                    reference,
                    names,
                    lang,
                )
            };
            Some(Change {
                key: key.clone(),
                label,
                before: say(before),
                after: say(after),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn reference() -> Reference {
        Reference {
            topics: vec![crate::model::Topic {
                code: "legal".into(),
                pl: "Porady prawne".into(),
                en: "Legal advice".into(),
            }],
            counties: Vec::new(),
        }
    }

    #[test]
    fn a_correction_says_each_changed_field_in_words() {
        let before = json!({"uid": "x", "at": "2026-12-01 14:07", "topics": ["legal"],
            "minutes": 15, "country": "UA", "version": 1, "updated_at": "2026-12-01T13:07:00Z"});
        let after = json!({"uid": "x", "at": "2026-12-01 14:07", "topics": ["legal", "new"],
            "minutes": 20, "country": "UA", "version": 2, "updated_at": "2026-12-01T13:08:00Z"});
        let none = |_: &str| None;
        let said = changes(
            Kind::Consultation,
            Some(&before),
            Some(&after),
            &reference(),
            &none,
            Lang::Pl,
        );
        let lines: Vec<String> = said
            .iter()
            .map(|c| format!("{}: {} → {}", c.label, c.before, c.after))
            .collect();
        assert_eq!(
            lines,
            [
                "Tematy: Porady prawne → Porady prawne, new",
                "Minuty: 15 → 20"
            ],
            "{said:?}"
        );
    }

    #[test]
    fn a_sessions_days_and_a_time_read_as_words() {
        let none = |_: &str| None;
        let r = reference();
        let days = value(
            Kind::Session,
            "days",
            Some(&json!("2,4")),
            &r,
            &none,
            Lang::En,
        );
        assert_eq!(days, "Tue, Thu");
        let at = value(
            Kind::Consultation,
            "at",
            Some(&json!("2026-12-01 14:07")),
            &r,
            &none,
            Lang::Pl,
        );
        assert_eq!(at, "01.12.2026 14:07");
        assert_eq!(label(Kind::Consultation, "version", Lang::En), None);
    }
}
