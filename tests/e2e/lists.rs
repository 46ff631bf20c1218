//! The lists that must never look empty when they are not (issue 14): the
//! Consultations list under the draft offer and after a referral is cancelled.

use super::harness::{Fixture, flat};
use super::{CTRL_Q, cli, wait_for_layout};

/// Logs one consultation for today with `note`, through the command line.
fn log_today(fx: &Fixture, note: &str) {
    cli(
        fx,
        &[
            "log", "--client", "AB-100", "--topic", "legal", "--note", note,
        ],
    );
}

#[test]
fn the_list_under_the_draft_offer_shows_todays_consultations_whatever_the_answer() {
    use pomost::consultation::ConsultationDraft;
    use pomost::tui::consultations::form::SavedDraft;
    let fx = Fixture::new();
    fx.init();
    log_today(&fx, "logged before the start");
    let saved = SavedDraft {
        editing: None,
        draft: ConsultationDraft {
            client: "KL-7".into(),
            notes: "half typed".into(),
            ..ConsultationDraft::default()
        },
    };
    // Ctrl-D discards the draft; Enter opens it, and Esc then discards it.
    for (answer, then) in [("\x04", ""), ("\r", "\x1b")] {
        let mut store = pomost::store::Store::open_existing(&fx.db).expect("open");
        let json = serde_json::to_string(&saved).expect("json");
        store
            .save_draft(&pomost::config::current_user(), "consultation", &json)
            .expect("save the draft");
        drop(store);
        let mut s = fx.spawn().args(&["--lang", "en"]).start();
        // The list under the question is read at once: without it, only a
        // later write (the answer deleting the draft) would fill it.
        s.wait_for("the draft offered over today's list", |s| {
            let text = s.text();
            flat(&text).contains("You have an unsaved consultation draft")
                && text.contains("today, everyone's (1)")
        });
        s.send(answer);
        if !then.is_empty() {
            s.wait_for("the form with the draft", |s| s.text().contains("KL-7"));
            s.send(then);
            s.wait_for("the discard question", |s| {
                flat(&s.text()).contains("Discard what you typed?")
            });
            s.send("y");
        }
        s.wait_for(
            "today's consultation listed under the answered offer",
            |s| {
                let text = s.text();
                !flat(&text).contains("unsaved consultation draft")
                    && !text.contains("New consultation")
                    && text.contains("today, everyone's (1)")
                    && text.contains("logged before the start")
            },
        );
        s.send(CTRL_Q);
        assert!(s.wait_exit().success());
    }
}

#[test]
fn the_list_after_a_cancelled_referral_shows_todays_consultations() {
    let fx = Fixture::new();
    fx.init();
    log_today(&fx, "logged before the referral");
    let mut s = fx.spawn().args(&["--lang", "en"]).start();
    wait_for_layout(&mut s, "Services");
    // Enter on the selected service: a consultation referring to it.
    s.send("\r");
    s.wait_for("the consultation form", |s| {
        s.text().contains("New consultation")
    });
    s.send("\x1b");
    // Cancelled: back on the search as it was; the Consultations tab then
    // lists today's consultation (never an empty list).
    wait_for_layout(&mut s, "Services");
    s.send("\x1b2");
    s.wait_for("the list of today with the logged consultation", |s| {
        let text = s.text();
        text.contains("today, everyone's (1)") && text.contains("logged before the referral")
    });
    s.send(CTRL_Q);
    assert!(s.wait_exit().success());
}

#[test]
fn an_export_from_the_screen_asks_before_replacing_a_file() {
    let fx = Fixture::new();
    fx.init();
    let target = fx.db.with_file_name("important.txt");
    std::fs::write(&target, "kept\n").expect("write the file");
    let mut s = fx.spawn().args(&["--lang", "en"]).start();
    wait_for_layout(&mut s, "Services");
    s.send("\x1b3");
    s.wait_for("the timetable", |s| s.text().contains("Week "));
    // No, then yes.
    for answer in ["n", "y"] {
        s.send("x");
        s.wait_for("the export prompt", |s| s.text().contains(".ics"));
        for _ in 0..40 {
            s.send("\x7f");
        }
        s.send(format!("{}\r", target.display()));
        s.wait_for("the question before replacing", |s| {
            flat(&s.text()).contains("already exists. Replace")
        });
        assert_eq!(
            std::fs::read_to_string(&target).expect("the file"),
            "kept\n",
            "nothing is written before the answer"
        );
        s.send(answer);
        if answer == "n" {
            s.wait_for("the file kept", |s| {
                flat(&s.text()).contains("Nothing was written")
            });
            assert_eq!(std::fs::read_to_string(&target).expect("file"), "kept\n");
        } else {
            s.wait_for("the saved week", |s| flat(&s.text()).contains("Saved week"));
        }
    }
    s.send(CTRL_Q);
    assert!(s.wait_exit().success());
    let written = std::fs::read_to_string(&target).expect("the file");
    assert!(written.starts_with("BEGIN:VCALENDAR"), "{written}");
}
