//! The details of the selected session: every field, the rule in words, this
//! occurrence, and the next dates.

use ratatui::text::{Line, Span};

use crate::i18n::{Lang, Msg};
use crate::model::SessionMode;
use crate::timetable::{Occurrence, next_dates, recurrence_in_words};
use crate::tui::theme::Theme;

use super::TimetableScreen;

/// The lines of the details pane for the selected occurrence.
pub fn lines<'a>(
    screen: &'a TimetableScreen,
    o: &Occurrence,
    lang: Lang,
    theme: &Theme,
) -> Vec<Line<'a>> {
    let s = &screen.sessions()[o.session];
    let mut out = vec![
        Line::styled(s.title.get(lang), theme.heading),
        Line::default(),
    ];
    let mut field = |label: Msg, value: String| {
        if !value.is_empty() {
            out.push(Line::from(vec![
                Span::styled(format!("{}: ", lang.t(label)), theme.label),
                Span::raw(value),
            ]));
        }
    };
    field(Msg::FieldWhen, recurrence_in_words(s, lang));
    // What overlaps it that day (the grid may show it only as "+1").
    field(
        Msg::FieldAtSameTime,
        at_the_same_time(screen, o, lang).join("; "),
    );
    if let Some(reason) = &o.cancelled {
        let date = lang.date(o.date);
        field(Msg::Cancelled, format!("{date} — {reason}"));
    }
    field(Msg::FieldWho, s.audience.get(lang).to_owned());
    field(Msg::FieldTheme, s.theme.get(lang).to_owned());
    field(Msg::FieldOrganiser, s.organiser.get(lang).to_owned());
    let mode = match s.mode {
        SessionMode::Online => Msg::Online,
        SessionMode::InPerson => Msg::InPerson,
    };
    field(Msg::FieldMode, lang.t(mode).to_owned());
    field(Msg::FieldPlace, s.place.clone().unwrap_or_default());
    field(Msg::FieldLink, s.link.clone().unwrap_or_default());
    field(Msg::FieldContact, s.contact.clone().unwrap_or_default());
    let next: Vec<String> = next_dates(s, screen.now().date(), 3)
        .into_iter()
        .map(|d| {
            format!(
                "{} {}",
                lang.weekday_short(chrono::Datelike::weekday(&d)),
                lang.date(d)
            )
        })
        .collect();
    field(
        Msg::FieldNextDates,
        if next.is_empty() {
            lang.t(Msg::NoDatesAhead).to_owned()
        } else {
            next.join(", ")
        },
    );
    let cancelled: Vec<String> = s
        .cancellations
        .iter()
        .map(|c| format!("{} ({})", lang.date(c.date), c.reason))
        .collect();
    field(Msg::FieldCancelledDates, cancelled.join(", "));
    // Old information says so, like a service's "last verified".
    let verified = screen
        .last_verified(s.id)
        .map_or_else(|| lang.t(Msg::NeverVerified).to_owned(), |d| lang.date(d));
    if screen.is_stale(s.id) {
        out.push(Line::from(vec![
            Span::styled(format!("{}: ", lang.t(Msg::FieldVerified)), theme.label),
            Span::styled(lang.fmt(Msg::SessionMayBeOld, &[&verified]), theme.warning),
        ]));
    } else {
        out.push(Line::from(vec![
            Span::styled(format!("{}: ", lang.t(Msg::FieldVerified)), theme.label),
            Span::raw(verified),
        ]));
    }
    out
}

/// The other sessions of the occurrence's day whose time overlaps it
/// ("14:00 Forum …"), by time; a session without an end counts an hour.
fn at_the_same_time(screen: &TimetableScreen, o: &Occurrence, lang: Lang) -> Vec<String> {
    let span = |o: &Occurrence| {
        let ends = o.ends.unwrap_or(o.starts + chrono::Duration::hours(1));
        (o.starts, ends)
    };
    let (starts, ends) = span(o);
    screen
        .occurrences()
        .iter()
        .filter(|x| *x != o && x.date == o.date)
        .filter(|x| {
            let (a, b) = span(x);
            a < ends && starts < b
        })
        .map(|x| {
            let title = screen.sessions()[x.session].title.get(lang);
            format!("{} {title}", x.starts.format("%H:%M"))
        })
        .collect()
}
