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
    keys(&mut app, "/польськ");
    press(&mut app, KeyCode::Esc);
    keys(&mut app, "tпольськ");
    press(&mut app, KeyCode::Enter);
    snapshot("search_with_a_filter_80x24", app);
}

#[test]
fn topic_picker() {
    let mut app = services();
    keys(&mut app, "t");
    snapshot("topic_picker_80x24", app);
}

#[test]
fn help_overlay() {
    let mut app = services();
    keys(&mut app, "?");
    snapshot("help_overlay_80x24", app);
}

#[test]
fn service_form_with_a_problem() {
    let mut app = services();
    keys(&mut app, "n");
    keys(&mut app, "Porady");
    for _ in 0..10 {
        press(&mut app, KeyCode::Tab);
    }
    keys(&mut app, "porady@");
    app.on_key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL));
    snapshot("service_form_80x24", app);
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
fn reports() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("pomost.db");
    let (mut store, _) = Store::open(&db).expect("open");
    seed::seed(&mut store, "tester", true).expect("seed");
    let reference = Reference {
        topics: store.topics().expect("topics"),
        counties: store.counties().expect("counties"),
    };
    let draft = pomost::consultation::ConsultationDraft {
        at: "2022-11-30 10:00".into(),
        client: "KL-1".into(),
        topics: vec!["legal".into(), "crisis".into()],
        country: "UA".into(),
        ..Default::default()
    };
    let new = draft
        .validate(&reference, &Default::default(), fixed_now(), Lang::Uk)
        .expect("valid");
    store.add_consultation(&new, "anna").expect("log");
    let services = store.services().expect("services");
    let mut app = App::new(services, reference, Lang::Uk, Theme::colored())
        .with_sessions(Vec::new(), fixed_now());
    keys(&mut app, "4");
    app.take_effects();
    app.reports.compute(db, fixed_now().date());
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !app.tick(fixed_now()) {
        assert!(std::time::Instant::now() < deadline, "the report arrives");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    snapshot("reports_80x24", app);
}
