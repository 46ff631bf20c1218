//! Drawing the whole screen from the app state: tab bar, the screen, the status
//! line, the key hints, and any popup.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::action::Action;
use super::app::{App, Popup};
use super::keymap::{self, Context, Focus, Need};
use super::screen::Screen;
use super::{consultations, services, timetable};
use crate::i18n::Msg;
use unicode_width::UnicodeWidthStr;

/// The smallest terminal Pomost draws its screens in.
pub const MIN_WIDTH: u16 = 60;
/// See [`MIN_WIDTH`].
pub const MIN_HEIGHT: u16 = 16;

/// Draws everything.
pub fn draw(frame: &mut Frame<'_>, app: &mut App) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let notice = app.lang.fmt(
            Msg::TooSmall,
            &[&area.width, &area.height, &MIN_WIDTH, &MIN_HEIGHT],
        );
        frame.render_widget(Paragraph::new(notice).wrap(Wrap { trim: true }), area);
        return;
    }
    // A long message (a refusal, a conflict and what to do next) is wrapped
    // over as many lines as it needs, up to a third of the screen: never cut.
    let status_text = app
        .status
        .as_deref()
        .map(|m| Paragraph::new(Line::styled(m, app.theme.status)).wrap(Wrap { trim: true }));
    let status_height = status_text.as_ref().map_or(1, |p| {
        u16::try_from(p.line_count(area.width))
            .unwrap_or(u16::MAX)
            .clamp(1, area.height / 3)
    });
    let [tabs, body, status, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(status_height),
        Constraint::Length(1),
    ])
    .areas(area);
    draw_tabs(frame, tabs, app);
    match app.screen {
        Screen::Services => services::draw(
            frame,
            body,
            &mut app.services,
            &app.reference,
            &app.theme,
            app.lang,
        ),
        Screen::Consultations => consultations::draw(
            frame,
            body,
            &mut app.consultations,
            &app.reference,
            app.services.services(),
            &app.theme,
            app.lang,
        ),
        Screen::Timetable => timetable::draw(frame, body, &app.timetable, &app.theme, app.lang),
        Screen::Reports if !app.actor().may(crate::policy::Action::SeeReports) => {
            let notice = app
                .lang
                .fmt(Msg::ReportsForCoordinators, &[&app.role.label(app.lang)]);
            frame.render_widget(
                Paragraph::new(Line::styled(notice, app.theme.muted))
                    .block(ratatui::widgets::Block::bordered()),
                body,
            );
        }
        Screen::Reports if app.reports.audit.is_some() => {
            if let Some(audit) = &mut app.reports.audit {
                audit.draw(frame, body, &app.theme, app.lang);
            }
        }
        Screen::Reports => super::reports::draw(
            frame,
            body,
            &app.reports,
            &app.reference,
            app.timetable.now().date(),
            &app.theme,
            app.lang,
        ),
    }
    if let Some(text) = status_text {
        frame.render_widget(text, status);
    }
    draw_footer(frame, footer, app);
    match &mut app.popup {
        Some(Popup::Help(offset)) => {
            let offset = *offset;
            draw_help(frame, body, app, offset);
        }
        Some(Popup::Picker(picker)) => picker.draw(frame, body, &app.theme, app.lang),
        Some(Popup::Prompt(prompt)) => prompt.draw(frame, body, &app.theme),
        Some(Popup::SessionForm(form)) => form.form.draw(frame, body, &app.theme, app.lang),
        Some(Popup::ServiceForm(form)) => form.form.draw(frame, body, &app.theme, app.lang),
        Some(Popup::ConsultationForm(form)) => form.form.draw(frame, body, &app.theme, app.lang),
        Some(Popup::Text(title, lines)) => {
            frame.render_widget(Clear, body);
            let text: Vec<Line<'_>> = lines.iter().map(|l| Line::raw(l.as_str())).collect();
            let block = Block::bordered()
                .border_style(app.theme.border_focused)
                .title(Span::styled(format!(" {title} "), app.theme.title));
            app.text_scroll
                .draw(frame, body, block, text, &app.theme, app.lang);
        }
        Some(Popup::Card(card)) => {
            // The code needs every line it can get: all but the footer.
            let over = Rect {
                height: area.height.saturating_sub(1),
                ..area
            };
            card.draw(frame, over, &app.theme, app.lang, app.status.as_deref());
        }
        Some(Popup::Confirm(confirm)) => {
            draw_question(frame, body, &confirm.question, &app.theme);
        }
        Some(Popup::DraftOffer(_, when)) => {
            let question = app.lang.fmt(Msg::DraftOffered, &[when]);
            draw_question(frame, body, &question, &app.theme);
        }
        None => {}
    }
}

/// A question in a box over the screen, as tall as its wrapped text needs
/// (never cut).
fn draw_question(frame: &mut Frame<'_>, body: Rect, question: &str, theme: &super::theme::Theme) {
    let text = Paragraph::new(question).wrap(Wrap { trim: true });
    let width = 64.min(body.width);
    let lines = text.line_count(width.saturating_sub(2));
    let height = u16::try_from(lines).unwrap_or(u16::MAX).saturating_add(2);
    let area = super::picker::centered(body, width, height.max(5));
    frame.render_widget(Clear, area);
    frame.render_widget(
        text.block(Block::bordered().border_style(theme.border_focused)),
        area,
    );
}

fn draw_tabs(frame: &mut Frame<'_>, area: Rect, app: &App) {
    let mut spans = Vec::new();
    for screen in Screen::ALL {
        let style = if screen == app.screen {
            app.theme.tab_active
        } else {
            app.theme.tab
        };
        spans.push(Span::styled(
            format!(" {} {} ", screen.number(), app.lang.t(screen.title())),
            style,
        ));
        spans.push(Span::raw(" "));
    }
    if app.consultations.masked {
        spans.push(Span::styled(
            format!("[{}] ", app.lang.t(Msg::Masked)),
            app.theme.warning,
        ));
    }
    if app.consultations.due > 0 {
        spans.push(Span::styled(
            format!(
                "[{}] ",
                app.lang.fmt(Msg::FollowUpsDue, &[&app.consultations.due])
            ),
            app.theme.warning,
        ));
    }
    if app.read_only {
        spans.push(Span::styled(
            format!("[{}]", app.lang.t(Msg::ReadOnly)),
            app.theme.warning,
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// Key hints of the focused context, generated from the key map: help and
/// quit always, then as many of the others as fit, in the table's order (the
/// most used come first), so the less important are dropped first.
fn draw_footer(frame: &mut Frame<'_>, area: Rect, app: &App) {
    // Only what works for this user with this focus (the tables say).
    let hints: Vec<(&keymap::Binding, String)> = keymap::footer(app.context(), &app.situation())
        .map(|b| (b, format!(" {}  ", app.lang.t(b.hint))))
        .collect();
    let width = |(b, hint): &(&keymap::Binding, String)| b.label.width() + hint.width();
    let kept = |b: &keymap::Binding| matches!(b.action, Action::Help | Action::Quit);
    // The last hint's two trailing spaces may fall off the edge.
    let mut room = (usize::from(area.width) + 2)
        .saturating_sub(hints.iter().filter(|h| kept(h.0)).map(width).sum());
    let mut full = false;
    let mut spans = Vec::new();
    for hint in &hints {
        if !kept(hint.0) {
            if full || width(hint) > room {
                full = true;
                continue;
            }
            room -= width(hint);
        }
        spans.push(Span::styled(hint.0.label, app.theme.key));
        spans.push(Span::styled(hint.1.as_str(), app.theme.muted));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// A section of the help: in the left column or not, its heading, its key
/// table, who may use it, and the kinds of focus that occur there.
struct Section(bool, Msg, Context, Need, &'static [Focus]);

impl Section {
    const fn right(title: Msg, context: Context) -> Self {
        Self(false, title, context, Need::Anyone, &[Focus::Other])
    }

    /// A list to choose from: one value or several.
    const fn picker() -> Self {
        Self(
            true,
            Msg::HelpPicker,
            Context::Picker,
            Need::Anyone,
            &[Focus::Other, Focus::ListOfSeveral],
        )
    }

    /// A search line's keys (letters are text there).
    const fn typing(title: Msg, context: Context) -> Self {
        Self(true, title, context, Need::Anyone, &[Focus::Typing])
    }

    /// A form's keys, for those who may open it.
    const fn form(title: Msg, need: Need, focuses: &'static [Focus]) -> Self {
        Self(false, title, Context::Form, need, focuses)
    }

    /// The consultation form's keys (a form's, and its own shortcuts).
    const fn consultation_form() -> Self {
        Self(
            false,
            Msg::FormNewConsultation,
            Context::ConsultationForm,
            Need::Writing,
            CONSULTATION_FORM,
        )
    }
}

/// The kinds of field of the consultation form.
const CONSULTATION_FORM: &[Focus] = &[
    Focus::Text,
    Focus::ClientCode,
    Focus::Picked,
    Focus::Choice,
    Focus::Notes,
];
/// The kinds of field of the session form.
const SESSION_FORM: &[Focus] = &[Focus::Text, Focus::Choice, Focus::Days];
/// The kinds of field of the service form.
const SERVICE_FORM: &[Focus] = &[Focus::Text, Focus::Picked, Focus::Choice, Focus::Notes];

/// The help overlay: the bindings that work everywhere and those of the screen
/// shown, from the same tables as the footer, in two columns so it fits 80×24.
fn draw_help(frame: &mut Frame<'_>, area: Rect, app: &App, offset: u16) {
    let lang = app.lang;
    let theme = &app.theme;
    // A key already listed in the same column (same key, same meaning) is not
    // repeated under a later heading.
    // A section lists the keys this user may use, for the kinds of focus
    // that occur there (a form's kinds of field), and is left out when none
    // of its keys is theirs (the form of a change they may not make).
    let situation = app.situation();
    let section = |lines: &mut Vec<Line<'static>>,
                   shown: &mut Vec<(&'static str, Msg)>,
                   title: Msg,
                   context: Context,
                   need: Need,
                   focuses: &[Focus]| {
        if !need.met(&situation) {
            return;
        }
        let keys: Vec<_> = keymap::described(context, &situation)
            .filter(|b| focuses.iter().any(|&f| b.on.holds(f)))
            .filter(|b| !shown.contains(&(b.label, b.hint)))
            .collect();
        // A heading with no key of this user's under it is left out.
        if keys.is_empty() {
            return;
        }
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.push(Line::styled(lang.t(title), theme.label));
        for b in keys {
            if shown.contains(&(b.label, b.hint)) {
                continue;
            }
            shown.push((b.label, b.hint));
            lines.push(Line::from(vec![
                Span::styled(format!(" {:<13}", b.label), theme.key),
                Span::raw(lang.t(b.hint)),
            ]));
        }
    };
    // Everywhere, then the keys of the screen shown; a key listed once (same
    // key, same meaning) is not repeated under a later heading.
    let mut shown = Vec::new();
    let (mut left, mut right) = (Vec::new(), Vec::new());
    if let Some(database) = &app.database {
        left.push(Line::styled(
            lang.fmt(Msg::DatabaseOpen, &[database]),
            theme.muted,
        ));
    }
    // On the Services screen letters are always typed into the search, so
    // the keys that work everywhere are those that cannot occur in a word;
    // on the Consultations screen both kinds (its list, its search line).
    let anywhere = match app.screen {
        Screen::Services => &[Focus::Typing][..],
        Screen::Consultations => &[Focus::Other, Focus::Typing][..],
        Screen::Timetable | Screen::Reports => &[Focus::Other][..],
    };
    section(
        &mut left,
        &mut shown,
        Msg::HelpEverywhere,
        Context::Global,
        Need::Anyone,
        anywhere,
    );
    let sections: &[Section] = match app.screen {
        Screen::Consultations => &[
            Section::right(Msg::TabConsultations, Context::Consultations),
            Section::right(Msg::DetailsTitle, Context::ConsultationDetails),
            Section::typing(Msg::SearchTitle, Context::Search),
            Section::picker(),
            Section::consultation_form(),
        ],
        Screen::Timetable => &[
            Section::right(Msg::TabTimetable, Context::Timetable),
            Section::right(Msg::DetailsTitle, Context::Reading),
            Section::form(Msg::FormNewSession, Need::CoordinatorWriting, SESSION_FORM),
        ],
        Screen::Reports => &[Section::right(Msg::TabReports, Context::Reports)],
        Screen::Services => &[
            Section::right(Msg::ResultsTitle, Context::Services),
            Section::picker(),
            Section::typing(Msg::DetailsTitle, Context::Details),
            Section::form(Msg::FormNewService, Need::CoordinatorWriting, SERVICE_FORM),
        ],
    };
    for &Section(in_left_column, title, context, need, focuses) in sections {
        let column = if in_left_column {
            &mut left
        } else {
            &mut right
        };
        section(column, &mut shown, title, context, need, focuses);
    }
    let popup = area;
    frame.render_widget(Clear, popup);
    // Taller than the window: it scrolls (both columns together).
    let longest = left.len().max(right.len());
    let height = usize::from(popup.height.saturating_sub(2));
    let overflow = longest.saturating_sub(height);
    let offset = offset.min(u16::try_from(overflow).unwrap_or(u16::MAX));
    let mut hint = lang.t(Msg::HelpClose).to_owned();
    if overflow > 0 {
        hint = format!("{hint} · {}", lang.t(Msg::HelpScroll));
    }
    let block = Block::bordered()
        .border_style(theme.border_focused)
        .title(Span::styled(
            format!(" {} ", lang.t(Msg::HelpTitle)),
            theme.title,
        ))
        .title_bottom(Span::styled(format!(" {hint} "), theme.muted));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let [l, r] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(inner);
    frame.render_widget(Paragraph::new(left).scroll((offset, 0)), l);
    frame.render_widget(Paragraph::new(right).scroll((offset, 0)), r);
}
