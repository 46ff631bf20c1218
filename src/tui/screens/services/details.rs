//! The details pane of a service: every field, labelled, in the interface
//! language. Text was sanitised when the services were loaded.

use ratatui::text::{Line, Span};

use crate::i18n::{Lang, Msg, language_name};
use crate::model::{LocationKind, Reference, Service, ServiceStatus, WHOLE_REGION};
use crate::schedule::schedule_in_words;
use crate::tui::theme::Theme;

/// The lines of the details pane for one service.
pub fn lines<'a>(
    s: &'a Service,
    reference: &'a Reference,
    lang: Lang,
    theme: &Theme,
) -> Vec<Line<'a>> {
    let mut out = vec![
        Line::styled(s.name.get(lang), theme.heading),
        Line::default(),
    ];
    // "Label: first value", further values indented below it.
    let mut field = |label: Msg, values: Vec<String>| {
        let mut values = values.into_iter().filter(|v| !v.is_empty());
        let Some(first) = values.next() else {
            return;
        };
        out.push(Line::from(vec![
            Span::styled(format!("{}: ", lang.t(label)), theme.label),
            Span::raw(first),
        ]));
        out.extend(values.map(|v| Line::raw(format!("  {v}"))));
    };
    let published = s.published.as_deref().cloned().unwrap_or_default();
    let one = |v: &Option<String>| v.iter().cloned().collect::<Vec<_>>();
    field(Msg::FieldAlert, one(&published.alert));
    field(Msg::FieldAlternateName, one(&published.alternate_name));
    if let Some(org) = &s.organization {
        field(Msg::FieldOrganisation, vec![org.name.get(lang).to_owned()]);
    }
    if s.status != ServiceStatus::Active {
        let status = match s.status {
            ServiceStatus::Active => Msg::StatusActive,
            ServiceStatus::Inactive => Msg::StatusInactive,
            ServiceStatus::Defunct => Msg::StatusDefunct,
            ServiceStatus::TemporarilyClosed => Msg::StatusTemporarilyClosed,
        };
        field(Msg::FieldStatus, vec![lang.t(status).to_owned()]);
    }
    field(
        Msg::FieldTopics,
        vec![
            s.topics
                .iter()
                .map(|c| reference.topic_label(c, lang))
                .collect::<Vec<_>>()
                .join(", "),
        ],
    );
    let terms: Vec<String> = published
        .terms
        .iter()
        .map(|t| match (t.taxonomy.as_str(), t.name.as_str()) {
            ("", "") => t.code.clone(),
            ("", name) => format!("{name} ({})", t.code),
            (taxonomy, "") => format!("{taxonomy}: {}", t.code),
            (taxonomy, name) => format!("{taxonomy}: {name} ({})", t.code),
        })
        .collect();
    field(Msg::FieldTerms, terms);
    field(Msg::FieldDescription, paragraphs(s.description.get(lang)));
    field(Msg::FieldWho, paragraphs(s.eligibility.get(lang)));
    field(Msg::FieldAges, one(&published.ages));
    field(
        Msg::FieldLanguages,
        vec![
            s.languages
                .iter()
                .map(|c| language_name(c, lang).unwrap_or(c).to_owned())
                .collect::<Vec<_>>()
                .join(", "),
        ],
    );
    field(Msg::FieldInterpretation, one(&published.interpretation));
    let cost = match (s.free, s.fees.get(lang)) {
        // "Free of charge" as stored reads as the screen's own words.
        (Some(true), fees) if fees.is_empty() || says_any(fees, Msg::Free) => {
            lang.t(Msg::Free).to_owned()
        }
        (_, "") => lang.t(Msg::NotStated).to_owned(),
        (_, fees) => fees.to_owned(),
    };
    field(Msg::FieldCost, vec![cost]);
    field(Msg::FieldCostOptions, published.costs.clone());
    let places: Vec<String> = s
        .locations
        .iter()
        .map(|l| {
            let mode = match l.kind {
                LocationKind::Virtual => lang.t(Msg::Online),
                LocationKind::Physical => lang.t(Msg::InPerson),
            };
            let mut parts = vec![mode.to_owned()];
            // A place named just "Online" says the mode again.
            let repeats = match l.kind {
                LocationKind::Virtual => Msg::Online,
                LocationKind::Physical => Msg::InPerson,
            };
            parts.extend(l.name.clone().filter(|n| !says_any(n, repeats)));
            if let Some(a) = &l.address {
                parts.push(format!("{}, {} {}", a.street, a.postal_code, a.city));
            }
            parts.extend(l.url.clone());
            parts.join(" · ")
        })
        .collect();
    field(Msg::FieldWhere, places);
    field(Msg::FieldAddresses, published.addresses.clone());
    field(Msg::FieldCoordinates, published.coordinates.clone());
    field(Msg::FieldAccessibility, published.accessibility.clone());
    if !s.areas.is_empty() {
        let areas: Vec<&str> = s
            .areas
            .iter()
            .map(|a| {
                if a == WHOLE_REGION {
                    lang.t(Msg::WholeRegion)
                } else {
                    a.as_str()
                }
            })
            .collect();
        field(Msg::FieldAreas, vec![areas.join(", ")]);
    }
    field(
        Msg::FieldWhen,
        s.schedules
            .iter()
            .map(|sc| match sc.note_in(lang) {
                Some(note) => format!("{} — {note}", schedule_in_words(sc, lang)),
                None => schedule_in_words(sc, lang),
            })
            .collect(),
    );
    let mut other: Vec<String> = published
        .rules
        .iter()
        .map(|r| crate::schedule::rule_in_words(r, lang))
        .collect();
    other.extend(published.other_hours.iter().cloned());
    field(Msg::FieldOtherHours, other);
    let mut contact: Vec<String> = s.email.iter().cloned().collect();
    contact.extend(s.phones.iter().cloned());
    contact.extend(s.url.iter().cloned());
    field(Msg::FieldContact, contact);
    field(Msg::FieldPhones, published.phones.clone());
    field(Msg::FieldPeople, published.contacts.clone());
    field(Msg::FieldApply, paragraphs(s.application_process.get(lang)));
    field(Msg::FieldDocuments, published.documents.clone());
    field(
        Msg::FieldVerified,
        vec![
            s.last_verified
                .map(|d| lang.date(d))
                .unwrap_or_else(|| lang.t(Msg::NotStated).to_owned()),
        ],
    );
    out
}

fn paragraphs(text: &str) -> Vec<String> {
    text.lines().map(str::to_owned).collect()
}

/// The text `y` copies: name, e-mail, phones and link of the service (or of its
/// organisation when the service has none). `None` when there is no contact.
pub fn contact_text(s: &Service, lang: Lang) -> Option<String> {
    let mut parts: Vec<String> = s.email.iter().cloned().collect();
    parts.extend(s.phones.iter().cloned());
    parts.extend(s.url.iter().cloned());
    if parts.is_empty() {
        if let Some(org) = &s.organization {
            parts.extend(org.email.iter().cloned());
            parts.extend(org.website.iter().cloned());
        }
    }
    if parts.is_empty() {
        return None;
    }
    Some(format!("{} — {}", s.name.get(lang), parts.join(", ")))
}

/// Spans for a name with matched letters (by character index) highlighted.
pub fn highlighted<'a>(name: &'a str, matched: &[usize], theme: &Theme) -> Vec<Span<'a>> {
    if matched.is_empty() {
        return vec![Span::raw(name)];
    }
    let mut spans = Vec::new();
    let mut run_start = 0;
    let mut run_matched = false;
    let mut next = matched.iter().peekable();
    for (ci, (bi, _)) in name.char_indices().enumerate() {
        let is_match = next.peek().is_some_and(|&&m| m == ci);
        if is_match {
            next.next();
        }
        if is_match != run_matched && bi > run_start {
            let style = if run_matched {
                theme.matched
            } else {
                Default::default()
            };
            spans.push(Span::styled(&name[run_start..bi], style));
            run_start = bi;
        }
        if bi == run_start {
            run_matched = is_match;
        }
    }
    let style = if run_matched {
        theme.matched
    } else {
        Default::default()
    };
    spans.push(Span::styled(&name[run_start..], style));
    spans
}

/// True when `text` is `msg` in one of the languages (case, diacritics and
/// punctuation aside): stored words that repeat the screen's own.
fn says_any(text: &str, msg: Msg) -> bool {
    let plain = |t: &str| {
        crate::text::fold(t)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
    };
    let text = plain(text);
    crate::i18n::Lang::ALL
        .iter()
        .any(|l| plain(l.t(msg)) == text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_split_into_runs() {
        let theme = Theme::plain();
        let spans = highlighted("Łódź port", &[0, 1, 5], &theme);
        let texts: Vec<&str> = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(texts, ["Łó", "dź ", "p", "ort"]);
        assert_eq!(spans[0].style, theme.matched);
        assert_eq!(spans[1].style, Default::default());
        assert_eq!(spans[2].style, theme.matched);
    }
}
