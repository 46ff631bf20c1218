//! A client's card: what the person at the desk takes away about a service or
//! a timetable session (name, where, when, how to reach it), in the language
//! the worker chooses for them — as text to copy or print, or as a QR code
//! ([`qr`]) a phone reads as that same text.
//!
//! A card holds no client data and is recorded nowhere. Its labels and hours
//! are always in the card's language ([`CardLang`]); the service's own texts
//! are in that language where the directory has them, else in Polish.

pub mod qr;

use chrono::NaiveDate;
use serde::Serialize;

use crate::i18n::{CardLang, CardWords};
use crate::model::{Localized, LocationKind, Schedule, Service, Session, SessionMode, SessionWhen};
use crate::schedule::days_with_names;
use crate::text::one_line;

/// One line of a card: a label and its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CardLine {
    /// The label, in the card's language (`Адреса`).
    pub label: &'static str,
    /// The text (on one line, cleaned for the terminal).
    pub text: String,
    /// How long the line is kept when the card must be shortened: lines of
    /// the highest rank go first (the phone number stays longest).
    #[serde(skip)]
    pub rank: u8,
}

/// A card: a title (the name) and labelled lines, in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    /// The card's language.
    pub lang: CardLang,
    /// The name of the service or the title of the session.
    pub title: String,
    /// The lines, in the order they are written.
    pub lines: Vec<CardLine>,
}

/// The characters of a title kept before the most important lines are left
/// out of a shortened card.
pub const TITLE_KEPT: usize = 32;

/// Ranks: the lower, the longer a line stays on a shortened card.
mod rank {
    pub const PHONE: u8 = 0;
    pub const WHEN: u8 = 0;
    pub const WHERE: u8 = 1;
    pub const HOURS: u8 = 2;
    pub const EMAIL: u8 = 2;
    pub const WEB: u8 = 3;
    pub const APPLY: u8 = 4;
    pub const DOCUMENTS: u8 = 4;
    pub const AUDIENCE: u8 = 4;
    pub const ORGANISATION: u8 = 5;
    pub const MORE_PLACES: u8 = 6;
}

impl Card {
    /// The card of a service of the directory.
    pub fn of_service(s: &Service, lang: CardLang) -> Card {
        let w = lang.words();
        let mut card = Card::new(lang, own(&s.name, w));
        if let Some(org) = &s.organization {
            card.push(w.organisation, own(&org.name, w), rank::ORGANISATION);
        }
        for (i, loc) in s.locations.iter().enumerate() {
            let text = match loc.kind {
                LocationKind::Virtual => join(&[Some(w.online), loc.url.as_deref()]),
                LocationKind::Physical => match &loc.address {
                    Some(a) => {
                        let city = join_with(&[&a.postal_code, &a.city], " ");
                        join_with(&[&a.street, &city], ", ")
                    }
                    None => loc.name.clone().unwrap_or_default(),
                },
            };
            let rank = if i == 0 {
                rank::WHERE
            } else {
                rank::MORE_PLACES
            };
            card.push(w.address, text, rank);
        }
        let hours: Vec<String> = s.schedules.iter().map(|r| hours(r, w)).collect();
        card.push(w.hours, hours.join("; "), rank::HOURS);
        card.push(w.phone, s.phones.join(", "), rank::PHONE);
        let org = s.organization.as_ref();
        let email = s
            .email
            .clone()
            .or_else(|| org.and_then(|o| o.email.clone()));
        card.push(w.email, email.unwrap_or_default(), rank::EMAIL);
        let web = s
            .url
            .clone()
            .or_else(|| org.and_then(|o| o.website.clone()));
        card.push(w.web, web.unwrap_or_default(), rank::WEB);
        card.push(w.apply, own(&s.application_process, w), rank::APPLY);
        // Required documents are known for services imported from a publisher's
        // HSDS (`required_documents`, kept as published, in its language).
        if let Some(published) = &s.published {
            card.push(w.documents, published.documents.join("; "), rank::DOCUMENTS);
        }
        card
    }

    /// The card of a timetable session.
    pub fn of_session(s: &Session, lang: CardLang) -> Card {
        let w = lang.words();
        let mut card = Card::new(lang, own(&s.title, w));
        card.push(w.organisation, own(&s.organiser, w), rank::ORGANISATION);
        let when = match &s.when {
            SessionWhen::Weekly {
                days,
                starts,
                ends,
                valid_from,
                valid_until,
            } => {
                let mut text = format!(
                    "{} {}–{}",
                    days_with_names(days, &w.weekdays),
                    starts.format("%H:%M"),
                    ends.format("%H:%M")
                );
                text.push_str(&validity(Some(*valid_from), *valid_until, w));
                text
            }
            SessionWhen::Once { date, starts, ends } => {
                let mut text = format!("{} {}", date.format(w.date), starts.format("%H:%M"));
                if let Some(ends) = ends {
                    text.push_str(&format!("–{}", ends.format("%H:%M")));
                }
                text
            }
        };
        card.push(w.when, when, rank::WHEN);
        let place = match s.mode {
            SessionMode::Online => join(&[Some(w.online), s.link.as_deref()]),
            SessionMode::InPerson => s.place.clone().unwrap_or_default(),
        };
        card.push(w.address, place, rank::WHERE);
        card.push(
            w.contact,
            s.contact.clone().unwrap_or_default(),
            rank::EMAIL,
        );
        card.push(w.audience, own(&s.audience, w), rank::AUDIENCE);
        card
    }

    fn new(lang: CardLang, title: String) -> Card {
        Card {
            lang,
            title,
            lines: Vec::new(),
        }
    }

    /// Adds a line unless its text is empty.
    fn push(&mut self, label: &'static str, text: String, rank: u8) {
        let text = one_line(&text).trim().to_owned();
        if !text.is_empty() {
            self.lines.push(CardLine { label, text, rank });
        }
    }

    /// The card as text: the title, then one `Label: text` line each.
    pub fn text(&self) -> String {
        let mut out = self.title.clone();
        for line in &self.lines {
            out.push('\n');
            out.push_str(line.label);
            out.push_str(": ");
            out.push_str(&line.text);
        }
        out
    }

    /// The card shortened until `fits` accepts its text: the lines of the
    /// highest rank go first (the later of equal ones first); the most
    /// important ones (the phone, a session's dates) only after the title has
    /// been cut to [`TITLE_KEPT`] characters, and then the title is cut
    /// further. Returns the card and the labels of the lines left out, in the
    /// card's order; `None` when not even a short title fits.
    pub fn fitted(&self, fits: impl Fn(&str) -> bool) -> Option<(Card, Vec<&'static str>)> {
        let original: Vec<char> = self.title.chars().collect();
        let mut kept = original.len();
        let mut card = self.clone();
        while !fits(&card.text()) {
            let least = card
                .lines
                .iter()
                .enumerate()
                .filter(|(_, l)| l.rank > 0 || kept <= TITLE_KEPT)
                .max_by_key(|(i, l)| (l.rank, *i))
                .map(|(i, _)| i);
            if let Some(i) = least {
                card.lines.remove(i);
                continue;
            }
            if kept <= 2 {
                return None;
            }
            kept = if kept > TITLE_KEPT {
                (kept - 4).max(TITLE_KEPT)
            } else {
                kept / 2
            };
            let title: String = original[..kept].iter().collect();
            card.title = format!("{}…", title.trim_end());
        }
        let dropped = self
            .lines
            .iter()
            .filter(|l| !card.lines.contains(l))
            .map(|l| l.label)
            .collect();
        Some((card, dropped))
    }

    /// The card as JSON: its language, title, lines and the whole text.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "lang": self.lang.code(),
            "title": self.title,
            "lines": self.lines,
            "text": self.text(),
        })
    }
}

/// A stored text in the card's language: its translation where the directory
/// has one, else the Polish original; cleaned, on one line.
fn own(text: &Localized, w: &CardWords) -> String {
    one_line(text.in_language(w.code).unwrap_or(&text.text))
        .trim()
        .to_owned()
}

/// One opening-hours rule in the card's words: `ср 12:00–14:00 (з 13.04.2022)`.
fn hours(rule: &Schedule, w: &CardWords) -> String {
    format!(
        "{} {}–{}{}",
        days_with_names(&rule.days, &w.weekdays),
        rule.opens.format("%H:%M"),
        rule.closes.format("%H:%M"),
        validity(rule.valid_from, rule.valid_to, w)
    )
}

/// ` (from DATE until DATE)`, or nothing.
fn validity(from: Option<NaiveDate>, to: Option<NaiveDate>, w: &CardWords) -> String {
    let mut parts = Vec::new();
    if let Some(from) = from {
        parts.push(format!("{} {}", w.since, from.format(w.date)));
    }
    if let Some(to) = to {
        parts.push(format!("{} {}", w.until, to.format(w.date)));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join(" "))
    }
}

/// The present parts, joined with a comma.
fn join(parts: &[Option<&str>]) -> String {
    let present: Vec<&str> = parts.iter().flatten().copied().collect();
    join_with(&present, ", ")
}

fn join_with(parts: &[&str], sep: &str) -> String {
    parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(sep)
}

#[cfg(test)]
mod tests;
