//! The grid's text never overlaps: every label is checked in the drawn
//! buffer, at many sizes, with the shipped sessions and more overlapping ones.

use chrono::{NaiveDate, NaiveTime};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::{Plan, WeekGrid, distinct_part, wrap};
use crate::i18n::Lang;
use crate::model::{Localized, SessionWhen};
use crate::tui::theme::Theme;
use crate::tui::timetable::TimetableScreen;

#[test]
fn wraps_words_into_the_width() {
    assert_eq!(
        wrap("Pomorskie spotkania online", 10, 5),
        ["Pomorskie", "spotkania", "online"]
    );
    assert_eq!(
        wrap("Pomorskie spotkania online", 20, 1),
        ["Pomorskie spotkania"]
    );
    assert_eq!(wrap("psychologists and", 8, 3), ["psychol…", "and"]);
}

#[test]
fn a_block_shows_what_no_other_title_shares() {
    let titles = [
        "„Pomorskie spotkania online” – dla psychologów i terapeutów",
        "„Pomorskie spotkania online” – dla doradców zawodowych",
        "Forum Wymiany Myśli – rodziny",
        "Forum Wymiany Myśli – dzieci",
        "Spotkanie inauguracyjne",
    ];
    let part = |i: usize| distinct_part(titles[i], &titles);
    assert_eq!(part(0), "psychologów i terapeutów");
    assert_eq!(part(1), "doradców zawodowych");
    assert_eq!(part(2), "rodziny");
    assert_eq!(part(4), "Spotkanie inauguracyjne");
    // A title that is all shared (the start of another) stays whole.
    assert_eq!(
        distinct_part("Forum Wymiany Myśli", &["Forum Wymiany Myśli – dzieci"]),
        "Forum Wymiany Myśli"
    );
}

/// The shipped sessions in week 2022-W48 (Thursday has the social workers'
/// meeting 13:00–15:00 and the Forum at 14:00), with `extra` more sessions
/// on that Thursday overlapping both.
pub(crate) fn thursday_crowded(extra: usize) -> TimetableScreen {
    let mut sessions = crate::seed::sessions().expect("the shipped sessions");
    let thursday = NaiveDate::from_ymd_opt(2022, 12, 1).expect("date");
    let at = |h, m| NaiveTime::from_hms_opt(h, m, 0).expect("time");
    for i in 0..extra {
        let mut s = sessions[0].clone();
        s.id = uuid::Uuid::from_u128(i as u128 + 1);
        s.title = Localized {
            text: format!("Dyżur prawny nr {}", i + 1),
            en: Some(format!("Legal clinic no. {}", i + 1)),
            ..Localized::default()
        };
        s.when = SessionWhen::Once {
            date: thursday,
            starts: at(13, 30),
            ends: Some(at(14, 30 + i as u32 * 10)),
        };
        sessions.push(s);
    }
    let now = NaiveDate::from_ymd_opt(2022, 11, 30)
        .and_then(|d| d.and_hms_opt(13, 0, 0))
        .expect("now");
    TimetableScreen::new(sessions, now)
}

/// Every label's text is where the plan put it in the drawn buffer (nothing
/// drawn later covered it), and no two labels share a cell.
fn assert_labels_apart(plan: &Plan, buf: &Buffer, what: &str) {
    use unicode_width::UnicodeWidthStr;
    for (i, (a, _)) in plan.blocks.iter().enumerate() {
        for (b, _) in &plan.blocks[i + 1..] {
            assert!(!a.intersects(*b), "{what}: blocks {a:?} and {b:?} overlap");
        }
    }
    let cells = |l: &super::Label| (l.x, l.x + l.text.width() as u16, l.y);
    for (i, a) in plan.labels.iter().enumerate() {
        let (a0, a1, ay) = cells(a);
        for b in &plan.labels[i + 1..] {
            let (b0, b1, by) = cells(b);
            assert!(
                ay != by || a1 <= b0 || b1 <= a0,
                "{what}: {:?} and {:?} overlap on row {ay}",
                a.text,
                b.text
            );
        }
        let drawn: String = (a0..a1).map(|x| buf[(x, ay)].symbol()).collect();
        assert_eq!(
            drawn, a.text,
            "{what}: the label on row {ay} was overwritten"
        );
    }
}

#[test]
fn no_two_labels_overlap_at_any_size_with_any_selection() {
    let theme = Theme::colored();
    for extra in [0, 1, 3] {
        let mut screen = thursday_crowded(extra);
        for (width, height) in [(90, 14), (98, 16), (120, 20), (160, 40), (250, 60)] {
            for lang in &Lang::ALL {
                for show_hours in [false, true] {
                    screen.show_hours = show_hours;
                    // Every occurrence of Thursday selected in turn.
                    screen.go_to(NaiveDate::from_ymd_opt(2022, 12, 1).expect("date"));
                    for step in 0..6 {
                        let grid = WeekGrid {
                            screen: &screen,
                            theme: &theme,
                            lang: *lang,
                        };
                        let area = Rect::new(0, 0, width, height);
                        let plan = grid.plan(area);
                        let mut buf = Buffer::empty(area);
                        WeekGrid {
                            screen: &screen,
                            theme: &theme,
                            lang: *lang,
                        }
                        .render(area, &mut buf);
                        let what = format!("{width}×{height} {lang:?} +{extra} step {step}");
                        assert_labels_apart(&plan, &buf, &what);
                        screen.update(crate::tui::action::Action::Down);
                    }
                }
            }
        }
    }
}

#[test]
fn the_selected_block_is_always_drawn_and_the_others_counted() {
    let theme = Theme::colored();
    let mut screen = thursday_crowded(3);
    screen.go_to(NaiveDate::from_ymd_opt(2022, 12, 1).expect("date"));
    let area = Rect::new(0, 0, 98, 16);
    for _ in 0..5 {
        let plan = WeekGrid {
            screen: &screen,
            theme: &theme,
            lang: Lang::En,
        }
        .plan(area);
        let selected: Vec<_> = plan
            .blocks
            .iter()
            .filter(|(_, style)| *style == theme.selection)
            .collect();
        assert_eq!(selected.len(), 1, "the selected block is drawn");
        let text: String = plan.labels.iter().map(|l| l.text.as_str()).collect();
        assert!(text.contains('+'), "the collapsed ones are counted: {text}");
        screen.update(crate::tui::action::Action::Down);
    }
}
