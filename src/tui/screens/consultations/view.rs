//! Drawing the Consultations screen: search line and list on the left, the
//! selected consultation and the client's earlier visits on the right.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, List, ListItem, Paragraph, Wrap};

use super::{ConsultationsScreen, Focus};
use crate::consultation::{Consultation, county_label};
use crate::i18n::{Lang, Msg, country_name, language_name};
use crate::model::{Listing, Reference};
use crate::text::one_line;
use crate::tui::theme::Theme;

/// Draws the screen into `area`.
pub fn draw(
    frame: &mut Frame<'_>,
    area: Rect,
    screen: &mut ConsultationsScreen,
    reference: &Reference,
    services: &[Listing],
    theme: &Theme,
    lang: Lang,
) {
    let [left, right] = if area.width >= 80 {
        Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(area)
    } else {
        Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(area)
    };
    let [search, list] = Layout::vertical([Constraint::Length(3), Constraint::Min(3)]).areas(left);
    let block = |title: String, focused: bool| {
        Block::bordered()
            .border_style(if focused {
                theme.border_focused
            } else {
                theme.border
            })
            .title(Span::styled(title, theme.title))
    };
    let search_block = block(
        format!(" {} [/] ", lang.t(Msg::SearchTitle)),
        screen.focus == Focus::Search,
    );
    let inner = search_block.inner(search);
    frame.render_widget(search_block, search);
    let cursor = if screen.focus == Focus::Search {
        ratatui::style::Style::new().add_modifier(ratatui::style::Modifier::REVERSED)
    } else {
        ratatui::style::Style::new()
    };
    screen.search.set_cursor_style(cursor);
    frame.render_widget(&screen.search, inner);

    let what = if screen.follow_ups {
        lang.t(Msg::FollowUpsTitle).to_owned()
    } else {
        let period = match screen.range {
            Some((from, to)) => format!("{} – {}", lang.date(from), lang.date(to)),
            None => lang
                .t(if screen.today_only {
                    Msg::ConsToday
                } else {
                    Msg::ConsAllDates
                })
                .to_owned(),
        };
        let whose = lang.t(if screen.mine_only {
            Msg::ConsMine
        } else {
            Msg::ConsEveryone
        });
        let mut what = format!("{period}, {whose}");
        if let Some(t) = &screen.topic {
            what.push_str(&format!(", {}", reference.topic_label(t, lang)));
        }
        if let Some(c) = &screen.client {
            what.push_str(&format!(", {}", one_line(c)));
        }
        what
    };
    let title = format!(" {what} ({}) ", screen.rows().len());
    let list_block = block(title, screen.focus == Focus::List);
    if screen.rows().is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled(lang.t(Msg::ConsNone), theme.muted))
                .wrap(Wrap { trim: true })
                .block(list_block),
            list,
        );
    } else {
        let items: Vec<ListItem<'_>> = screen
            .rows()
            .iter()
            .map(|c| ListItem::new(row(c, reference, lang, screen.masked)))
            .collect();
        let widget = List::new(items)
            .block(list_block)
            .highlight_style(theme.selection)
            .highlight_symbol("› ");
        frame.render_stateful_widget(widget, list, &mut screen.list);
    }

    let [details, earlier] =
        Layout::vertical([Constraint::Percentage(65), Constraint::Percentage(35)]).areas(right);
    let details_block = block(
        format!(" {} ", lang.t(Msg::DetailsTitle)),
        screen.focus == Focus::Details,
    );
    let lines = screen
        .selected()
        .map(|c| detail_lines(c, reference, services, lang, theme, screen.masked));
    screen.details_scroll.draw_or(
        frame,
        details,
        details_block,
        lines,
        Msg::NoSelection,
        theme,
        lang,
    );
    let earlier_lines: Vec<Line<'_>> = if screen.earlier().is_empty() {
        vec![Line::styled(lang.t(Msg::ConsNoEarlier), theme.muted)]
    } else {
        screen
            .earlier()
            .iter()
            .map(|c| row(c, reference, lang, screen.masked))
            .collect()
    };
    frame.render_widget(
        Paragraph::new(earlier_lines)
            .block(block(format!(" {} ", lang.t(Msg::ConsEarlier)), false)),
        earlier,
    );
}

/// One line of the list: date, time, client, topics, staff member.
/// What stands on screen for a client code or notes while they are masked.
pub const MASK: &str = "••••••";

/// The client code as shown: masked, or marked when a purge removed it.
fn client_shown(c: &Consultation, lang: Lang, masked: bool) -> String {
    if c.client.is_empty() {
        lang.t(Msg::Anonymised).to_owned()
    } else if masked {
        MASK.to_owned()
    } else {
        one_line(&c.client)
    }
}

fn row<'a>(c: &Consultation, reference: &Reference, lang: Lang, masked: bool) -> Line<'a> {
    let topics = c
        .topics
        .iter()
        .map(|t| reference.topic_label(t, lang).to_owned())
        .collect::<Vec<_>>()
        .join(", ");
    // An interpreter needed is said beside the client: it matters for the visit.
    let interpreter = c.interpreter.as_deref().map_or_else(String::new, |code| {
        format!(" ({}: {})", lang.t(Msg::FieldInterpreter), one_line(code))
    });
    Line::raw(format!(
        "{}  {}{interpreter}  {}  {}",
        lang.date_time(c.at),
        client_shown(c, lang, masked),
        topics,
        one_line(&c.staff)
    ))
}

/// "Label: value" (nothing when the value is empty).
fn push_field(out: &mut Vec<Line<'_>>, label: Msg, value: String, lang: Lang, theme: &Theme) {
    if !value.is_empty() {
        out.push(Line::from(vec![
            Span::styled(format!("{}: ", lang.t(label)), theme.label),
            Span::raw(value),
        ]));
    }
}

fn detail_lines<'a>(
    c: &Consultation,
    reference: &Reference,
    services: &[Listing],
    lang: Lang,
    theme: &Theme,
    masked: bool,
) -> Vec<Line<'a>> {
    let client = client_shown(c, lang, masked);
    let mut out = vec![Line::styled(
        format!("{client} · {}", lang.date_time(c.at)),
        theme.heading,
    )];
    if c.version > 1 {
        let when = lang.instant(&c.updated_at);
        out.push(Line::styled(
            lang.fmt(Msg::CorrectedBy, &[&one_line(&c.updated_by), &when]),
            theme.muted,
        ));
    }
    out.push(Line::default());
    let topics = c
        .topics
        .iter()
        .map(|t| reference.topic_label(t, lang).to_owned())
        .collect::<Vec<_>>()
        .join(", ");
    push_field(&mut out, Msg::FieldTopics, topics, lang, theme);
    let referred: Vec<String> = c
        .referrals
        .iter()
        .map(|id| {
            services
                .iter()
                .find(|s| s.id == *id)
                .map_or_else(|| id.to_string(), |s| s.name.get(lang).to_owned())
        })
        .collect();
    push_field(
        &mut out,
        Msg::FieldReferrals,
        referred.join(", "),
        lang,
        theme,
    );
    // The notes come early: they are what the next counselor reads first.
    if !c.notes.is_empty() && masked {
        out.push(Line::styled(
            format!("{}: {MASK}", lang.t(Msg::FieldNotes)),
            theme.label,
        ));
    } else if !c.notes.is_empty() {
        out.push(Line::styled(
            format!("{}:", lang.t(Msg::FieldNotes)),
            theme.label,
        ));
        out.extend(
            crate::text::sanitize(&c.notes)
                .lines()
                .map(|l| Line::raw(format!("  {l}"))),
        );
    }
    let code_name = |code: Option<&str>, name: fn(&str, Lang) -> Option<&'static str>| {
        code.map(|c| name(c, lang).unwrap_or(c).to_owned())
            .unwrap_or_default()
    };
    let fields = [
        (Msg::FieldStaff, one_line(&c.staff)),
        (
            Msg::FieldCountry,
            code_name(c.country.as_deref(), country_name),
        ),
        (
            Msg::FieldLanguageUsed,
            code_name(c.language.as_deref(), language_name),
        ),
        (
            Msg::FieldInterpreter,
            code_name(c.interpreter.as_deref(), language_name),
        ),
        (Msg::FieldCounty, county_label(c.county.as_deref(), lang)),
        (Msg::FieldGender, c.gender.label(lang).to_owned()),
        (Msg::FieldAgeBand, c.age_band.label(lang).to_owned()),
        (Msg::FieldChannel, c.channel.label(lang).to_owned()),
        (
            Msg::FieldMinutes,
            c.minutes.map(|m| m.to_string()).unwrap_or_default(),
        ),
    ];
    for (label, value) in fields {
        push_field(&mut out, label, value, lang, theme);
    }
    if let Some(f) = c.follow_up {
        let done = if c.follow_up_done {
            format!(" ({})", lang.t(Msg::FollowUpDone))
        } else {
            String::new()
        };
        push_field(
            &mut out,
            Msg::FieldFollowUp,
            format!("{}{done}", lang.date(f)),
            lang,
            theme,
        );
    }
    out
}
