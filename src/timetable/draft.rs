//! A session as typed into the form: text that may be incomplete or wrong. It
//! becomes a [`Session`] only through [`SessionDraft::validate`], which names
//! every field that is wrong.

use chrono::{NaiveDate, NaiveTime, Weekday};
use uuid::Uuid;

use crate::dates::{parse_date, parse_time, warsaw_instant};
use crate::hsds::{is_email, is_url};
use crate::i18n::{Lang, Msg};
use crate::limits;
use crate::model::{Cancellation, Localized, Session, SessionMode, SessionWhen};
use crate::text::has_control;

/// The fields of the session form, in form order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum SessionField {
    Title,
    TitleEn,
    Audience,
    AudienceEn,
    Theme,
    ThemeEn,
    Organiser,
    OrganiserEn,
    Mode,
    Place,
    Link,
    Contact,
    Weekly,
    Days,
    Date,
    Starts,
    Ends,
    ValidFrom,
    ValidUntil,
}

/// What is wrong with one field, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftError {
    /// The field.
    pub field: SessionField,
    /// The problem, in the interface language.
    pub message: String,
}

/// The form's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionDraft {
    /// Title (Polish).
    pub title: String,
    /// Title in English.
    pub title_en: String,
    /// Who it is for.
    pub audience: String,
    /// Who it is for, in English.
    pub audience_en: String,
    /// Theme.
    pub theme: String,
    /// Theme, in English.
    pub theme_en: String,
    /// Who runs it.
    pub organiser: String,
    /// Who runs it, in English.
    pub organiser_en: String,
    /// Online or in person.
    pub mode: SessionMode,
    /// Place, for in person.
    pub place: String,
    /// Link, for online.
    pub link: String,
    /// Contact e-mail (or any contact text).
    pub contact: String,
    /// Weekly (true) or once.
    pub weekly: bool,
    /// Weekdays, for weekly sessions.
    pub days: Vec<Weekday>,
    /// The date, for one-off sessions.
    pub date: String,
    /// Start time `HH:MM`.
    pub starts: String,
    /// End time `HH:MM` (optional for one-off sessions).
    pub ends: String,
    /// First day, for weekly sessions.
    pub valid_from: String,
    /// Last day (optional), for weekly sessions.
    pub valid_until: String,
}

impl SessionDraft {
    /// An empty weekly online session starting on `today`.
    pub fn new(today: NaiveDate) -> Self {
        Self {
            title: String::new(),
            title_en: String::new(),
            audience: String::new(),
            audience_en: String::new(),
            theme: String::new(),
            theme_en: String::new(),
            organiser: String::new(),
            organiser_en: String::new(),
            mode: SessionMode::Online,
            place: String::new(),
            link: String::new(),
            contact: String::new(),
            weekly: true,
            days: Vec::new(),
            date: today.to_string(),
            starts: String::new(),
            ends: String::new(),
            valid_from: today.to_string(),
            valid_until: String::new(),
        }
    }

    /// The draft of an existing session (for editing).
    pub fn from_session(s: &Session) -> Self {
        let time = |t: &NaiveTime| t.format("%H:%M").to_string();
        let mut d = Self {
            title: s.title.text.clone(),
            title_en: s.title.en.clone().unwrap_or_default(),
            audience: s.audience.text.clone(),
            audience_en: s.audience.en.clone().unwrap_or_default(),
            theme: s.theme.text.clone(),
            theme_en: s.theme.en.clone().unwrap_or_default(),
            organiser: s.organiser.text.clone(),
            organiser_en: s.organiser.en.clone().unwrap_or_default(),
            mode: s.mode,
            place: s.place.clone().unwrap_or_default(),
            link: s.link.clone().unwrap_or_default(),
            contact: s.contact.clone().unwrap_or_default(),
            ..Self::new(NaiveDate::default())
        };
        match &s.when {
            SessionWhen::Weekly {
                days,
                starts,
                ends,
                valid_from,
                valid_until,
            } => {
                d.weekly = true;
                d.days = days.clone();
                d.starts = time(starts);
                d.ends = time(ends);
                d.valid_from = valid_from.to_string();
                d.valid_until = valid_until.map(|u| u.to_string()).unwrap_or_default();
                d.date = valid_from.to_string();
            }
            SessionWhen::Once { date, starts, ends } => {
                d.weekly = false;
                d.date = date.to_string();
                d.starts = time(starts);
                d.ends = ends.as_ref().map(time).unwrap_or_default();
                d.valid_from = date.to_string();
            }
        }
        d
    }

    /// Checks every field; on success the session (with `id`, keeping the
    /// cancellations given), otherwise every problem found.
    pub fn validate(
        &self,
        id: Uuid,
        cancellations: Vec<Cancellation>,
        lang: Lang,
    ) -> Result<Session, Vec<DraftError>> {
        let mut errors = Vec::new();
        let mut fail = |field, message: String| errors.push(DraftError { field, message });
        let texts = [
            (SessionField::Title, &self.title, limits::NAME),
            (SessionField::TitleEn, &self.title_en, limits::NAME),
            (SessionField::Audience, &self.audience, limits::TEXT),
            (SessionField::AudienceEn, &self.audience_en, limits::TEXT),
            (SessionField::Theme, &self.theme, limits::TEXT),
            (SessionField::ThemeEn, &self.theme_en, limits::TEXT),
            (SessionField::Organiser, &self.organiser, limits::LINE),
            (SessionField::OrganiserEn, &self.organiser_en, limits::LINE),
            (SessionField::Place, &self.place, limits::LINE),
            (SessionField::Link, &self.link, limits::LINK),
            (SessionField::Contact, &self.contact, limits::LINE),
        ];
        let mut oversize = Vec::new();
        for (field, text, max) in texts {
            if let Some(message) = limits::too_long(text.trim(), max, lang) {
                fail(field, message);
                oversize.push(field);
            } else if has_control(text) {
                fail(field, lang.t(Msg::ProbControlChars).to_owned());
            }
        }
        if self.title.trim().is_empty() {
            fail(SessionField::Title, lang.t(Msg::ProbEmpty).to_owned());
        }
        let link = self.link.trim();
        if !link.is_empty() && !oversize.contains(&SessionField::Link) && !is_url(link) {
            fail(SessionField::Link, lang.fmt(Msg::ProbInvalidUrl, &[&link]));
        }
        let contact = self.contact.trim();
        if contact.contains('@') && !oversize.contains(&SessionField::Contact) && !is_email(contact)
        {
            fail(
                SessionField::Contact,
                lang.fmt(Msg::ProbInvalidEmail, &[&contact]),
            );
        }
        let mut time = |field, text: &str, required: bool| -> Option<NaiveTime> {
            let text = text.trim();
            if text.is_empty() && !required {
                return None;
            }
            let parsed = parse_time(text, false);
            if let Err(e) = parsed {
                fail(field, e.message(text, lang));
            }
            parsed.ok()
        };
        let starts = time(SessionField::Starts, &self.starts, true);
        let ends = time(SessionField::Ends, &self.ends, self.weekly);
        let mut date = |field, text: &str, required: bool| -> Option<NaiveDate> {
            let text = text.trim();
            if text.is_empty() && !required {
                return None;
            }
            let parsed = parse_date(text);
            if let Err(e) = parsed {
                fail(field, e.message(text, lang));
            }
            parsed.ok()
        };
        let when = if self.weekly {
            let from = date(SessionField::ValidFrom, &self.valid_from, true);
            let until = date(SessionField::ValidUntil, &self.valid_until, false);
            if self.days.is_empty() {
                errors.push(DraftError {
                    field: SessionField::Days,
                    message: lang.t(Msg::ProbNoWeekday).to_owned(),
                });
            }
            if let (Some(f), Some(u)) = (from, until) {
                if u < f {
                    errors.push(DraftError {
                        field: SessionField::ValidUntil,
                        message: lang.t(Msg::ProbUntilBeforeFrom).to_owned(),
                    });
                }
            }
            match (starts, ends, from) {
                (Some(starts), Some(ends), Some(valid_from)) => Some(SessionWhen::Weekly {
                    days: self.days.clone(),
                    starts,
                    ends,
                    valid_from,
                    valid_until: until,
                }),
                _ => None,
            }
        } else {
            let on = date(SessionField::Date, &self.date, true);
            if let (Some(day), Some(at)) = (on, starts) {
                // A one-off session at an hour the clocks skip would have no
                // instant (a weekly one simply moves that day, as its rule says).
                let local = day.and_time(at);
                if let Err(e) = warsaw_instant(local) {
                    errors.push(DraftError {
                        field: SessionField::Starts,
                        message: e.message(&local.format("%Y-%m-%d %H:%M").to_string(), lang),
                    });
                }
            }
            match (on, starts) {
                (Some(date), Some(starts)) => Some(SessionWhen::Once { date, starts, ends }),
                _ => None,
            }
        };
        if let (Some(s), Some(e)) = (starts, ends) {
            if e <= s {
                errors.push(DraftError {
                    field: SessionField::Ends,
                    message: lang.t(Msg::ProbEndBeforeStart).to_owned(),
                });
            }
        }
        match when {
            Some(when) if errors.is_empty() => {
                let opt = |t: &str| Some(t.trim().to_owned()).filter(|t| !t.is_empty());
                Ok(Session {
                    id,
                    title: Localized {
                        text: self.title.trim().to_owned(),
                        en: opt(&self.title_en),
                        ..Localized::default()
                    },
                    audience: Localized {
                        text: self.audience.trim().to_owned(),
                        en: opt(&self.audience_en),
                        ..Localized::default()
                    },
                    theme: Localized {
                        text: self.theme.trim().to_owned(),
                        en: opt(&self.theme_en),
                        ..Localized::default()
                    },
                    organiser: Localized {
                        text: self.organiser.trim().to_owned(),
                        en: opt(&self.organiser_en),
                        ..Localized::default()
                    },
                    mode: self.mode,
                    place: opt(&self.place),
                    link: opt(&self.link),
                    contact: opt(&self.contact),
                    when,
                    cancellations,
                })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> SessionDraft {
        SessionDraft {
            title: "Spotkanie".into(),
            days: vec![Weekday::Wed],
            starts: "12:00".into(),
            ends: "14:00".into(),
            ..SessionDraft::new(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap())
        }
    }

    fn fields(d: &SessionDraft) -> Vec<SessionField> {
        match d.validate(Uuid::nil(), vec![], Lang::En) {
            Ok(_) => vec![],
            Err(errors) => errors.into_iter().map(|e| e.field).collect(),
        }
    }

    #[test]
    fn validation_table() {
        use SessionField::*;
        type Change = Box<dyn Fn(&mut SessionDraft)>;
        let cases: Vec<(&str, Change, Vec<SessionField>)> = vec![
            ("valid weekly", Box::new(|_| {}), vec![]),
            ("no title", Box::new(|d| d.title = " ".into()), vec![Title]),
            (
                "end before start",
                Box::new(|d| d.ends = "11:00".into()),
                vec![Ends],
            ),
            (
                "end equals start",
                Box::new(|d| d.ends = "12:00".into()),
                vec![Ends],
            ),
            ("no weekday", Box::new(|d| d.days.clear()), vec![Days]),
            (
                "bad time",
                Box::new(|d| d.starts = "25:00".into()),
                vec![Starts],
            ),
            (
                "until before from",
                Box::new(|d| d.valid_until = "2026-01-01".into()),
                vec![ValidUntil],
            ),
            (
                "impossible date",
                Box::new(|d| d.valid_from = "2026-02-30".into()),
                vec![ValidFrom],
            ),
            (
                "bad link",
                Box::new(|d| d.link = "zoom meeting".into()),
                vec![Link],
            ),
            (
                "bad e-mail",
                Box::new(|d| d.contact = "a@b".into()),
                vec![Contact],
            ),
            (
                "escape codes",
                Box::new(|d| d.theme = "x\u{1b}[2J".into()),
                vec![Theme],
            ),
            (
                "once without end",
                Box::new(|d| {
                    d.weekly = false;
                    d.days.clear();
                    d.ends.clear();
                }),
                vec![],
            ),
            (
                "once on no such day",
                Box::new(|d| {
                    d.weekly = false;
                    d.date = "2022-13-01".into();
                }),
                vec![Date],
            ),
        ];
        for (name, change, expected) in cases {
            let mut d = draft();
            change(&mut d);
            assert_eq!(fields(&d), expected, "{name}");
        }
    }

    #[test]
    fn the_english_audience_and_theme_survive_a_save_from_the_form() {
        // Saving a shipped session from the form (e.g. to mark it verified)
        // must not drop the English texts it came with.
        let s = SessionDraft {
            audience_en: "Career advisers".into(),
            theme_en: "How to support refugees".into(),
            ..draft()
        }
        .validate(Uuid::nil(), vec![], Lang::Pl)
        .unwrap();
        let again = SessionDraft::from_session(&s)
            .validate(Uuid::nil(), vec![], Lang::Pl)
            .unwrap();
        assert_eq!(again.audience.get(Lang::En), "Career advisers");
        assert_eq!(again.theme.get(Lang::En), "How to support refugees");
    }

    #[test]
    fn a_session_survives_the_round_trip_through_its_draft() {
        let d = SessionDraft {
            organiser: "Urząd Miejski w Gdańsku".into(),
            organiser_en: " Gdańsk City Hall ".into(),
            ..draft()
        };
        let s = d.validate(Uuid::nil(), vec![], Lang::Pl).unwrap();
        assert_eq!(s.organiser.en.as_deref(), Some("Gdańsk City Hall"));
        assert_eq!(s.organiser.get(Lang::En), "Gdańsk City Hall");
        assert_eq!(s.organiser.get(Lang::Pl), "Urząd Miejski w Gdańsku");
        let again = SessionDraft::from_session(&s)
            .validate(Uuid::nil(), vec![], Lang::Pl)
            .unwrap();
        assert_eq!(s, again);
    }
}
