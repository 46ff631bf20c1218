//! Every screen in Ukrainian at 80×24, beside the Polish and English ones
//! (the snapshots are `tests/snapshots/screens__ukrainian__*.snap`).

use super::*;

/// The snapshot of the app at 80×24, kept with the others in `tests/snapshots`.
fn snapshot(name: &str, mut app: App) {
    insta::with_settings!({ snapshot_path => "../snapshots" }, {
        insta::assert_snapshot!(name, render(&mut app, 80, 24).backend());
    });
}

fn services() -> App {
    app(Lang::Uk, Theme::colored())
}

#[test]
fn services_screen() {
    snapshot("services_80x24", services());
}

#[test]
fn search_with_a_filter() {
    let mut app = services();
    keys(&mut app, "польськ");
    alt(&mut app, 't');
    keys(&mut app, "польськ");
    press(&mut app, KeyCode::Enter);
    snapshot("search_with_a_filter_80x24", app);
}

#[test]
fn topic_picker() {
    let mut app = services();
    alt(&mut app, 't');
    snapshot("topic_picker_80x24", app);
}

#[test]
fn help_overlay() {
    let mut app = services();
    press(&mut app, KeyCode::F(1));
    snapshot("help_overlay_80x24", app);
}

#[test]
fn service_form_with_a_problem() {
    snapshot(
        "service_form_80x24",
        service_form_with_a_wrong_email(Lang::Uk),
    );
}

#[test]
fn consultations_screen() {
    snapshot("consultations_80x24", consultations(Lang::Uk));
}

#[test]
fn consultation_form_with_errors() {
    let mut app = consultations(Lang::Uk);
    keys(&mut app, "n");
    app.on_key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL));
    snapshot("consultation_form_80x24", app);
}

#[test]
fn follow_ups() {
    let mut app = consultations(Lang::Uk);
    keys(&mut app, "f");
    snapshot("follow_ups_80x24", app);
}

#[test]
fn timetable_week() {
    snapshot("timetable_week_80x24", timetable(Lang::Uk));
}

#[test]
fn timetable_session_form() {
    let mut app = timetable(Lang::Uk);
    keys(&mut app, "n");
    snapshot("session_form_80x24", app);
}

#[test]
fn reports_screen() {
    let (_dir, db, mut app) = reports(Lang::Uk);
    app.take_effects();
    app.compute_report(db, fixed_now().date());
    report_arrives(&mut app);
    snapshot("reports_80x24", app);
}
