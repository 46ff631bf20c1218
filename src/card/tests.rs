use chrono::{NaiveTime, Weekday};
use uuid::Uuid;

use super::*;
use crate::model::{Address, Location, Organization};

fn time(h: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, 0, 0).unwrap()
}

/// A service with every field a card shows.
fn full_service() -> Service {
    let mut s = Service::new(Uuid::nil(), "Poradnictwo prawne");
    s.name.en = Some("Legal advice".into());
    s.organization = Some(std::sync::Arc::new(Organization {
        id: Uuid::nil(),
        name: Localized::new("Centrum Wsparcia"),
        description: Localized::default(),
        email: Some("biuro@example.org".into()),
        website: Some("https://example.org".into()),
    }));
    s.locations = vec![Location {
        id: Uuid::nil(),
        kind: LocationKind::Physical,
        name: None,
        address: Some(Address {
            street: "ul. Długa 1".into(),
            city: "Gdańsk".into(),
            postal_code: "80-001".into(),
        }),
        url: None,
    }];
    s.schedules = vec![Schedule {
        id: Uuid::nil(),
        days: vec![Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Sun],
        opens: time(9),
        closes: time(15),
        valid_from: None,
        valid_to: NaiveDate::from_ymd_opt(2027, 6, 30),
        note: None,
        note_en: None,
    }];
    s.phones = vec!["+48 58 000 00 00".into()];
    s.application_process = Localized::new("Zadzwoń i umów się.");
    s
}

#[test]
fn a_service_card_in_russian_has_russian_labels_and_weekdays() {
    let card = Card::of_service(&full_service(), CardLang::Ru);
    assert_eq!(
        card.text(),
        "Poradnictwo prawne\n\
         Организация: Centrum Wsparcia\n\
         Адрес: ul. Długa 1, 80-001 Gdańsk\n\
         Часы: пн–ср, вс 09:00–15:00 (до 30.06.2027)\n\
         Тел.: +48 58 000 00 00\n\
         Эл. почта: biuro@example.org\n\
         Сайт: https://example.org\n\
         Как обратиться: Zadzwoń i umów się."
    );
}

#[test]
fn an_english_card_shows_the_english_texts_the_directory_has() {
    let card = Card::of_service(&full_service(), CardLang::En);
    assert_eq!(card.title, "Legal advice");
    let text = card.text();
    assert!(
        text.contains("Hours: Mon–Wed, Sun 09:00–15:00 (until 2027-06-30)"),
        "{text}"
    );
    // No English text for how to apply: the Polish one.
    assert!(text.contains("How to apply: Zadzwoń i umów się."), "{text}");
    let uk = Card::of_service(&full_service(), CardLang::Uk).text();
    assert!(uk.starts_with("Poradnictwo prawne\nОрганізація:"), "{uk}");
    assert!(
        uk.contains("Години: пн–ср, нд 09:00–15:00 (до 30.06.2027)"),
        "{uk}"
    );
}

#[test]
fn an_online_service_says_online_with_its_link_and_empty_lines_are_left_out() {
    let mut s = Service::new(Uuid::nil(), "Portal");
    s.locations = vec![Location {
        id: Uuid::nil(),
        kind: LocationKind::Virtual,
        name: Some("Zoom".into()),
        address: None,
        url: Some("https://live.example".into()),
    }];
    assert_eq!(
        Card::of_service(&s, CardLang::Uk).text(),
        "Portal\nАдреса: онлайн, https://live.example"
    );
}

#[test]
fn stored_text_is_cleaned_of_terminal_controls() {
    let mut s = full_service();
    s.name = Localized::new("Zła\u{1b}[2J nazwa\u{202e}");
    s.phones = vec!["58\u{7}\n123".into()];
    let text = Card::of_service(&s, CardLang::Pl).text();
    assert!(
        !text
            .chars()
            .any(|c| c == '\u{1b}' || c == '\u{7}' || c == '\u{202e}'),
        "{text:?}"
    );
    assert_eq!(text.lines().count(), 8, "{text}");
}

#[test]
fn a_shortened_card_loses_the_least_important_lines_first() {
    let card = Card::of_service(&full_service(), CardLang::Pl);
    let (short, dropped) = card.fitted(|t| t.lines().count() <= 4).expect("fits");
    assert_eq!(dropped, ["Organizacja", "E-mail", "WWW", "Jak się zgłosić"]);
    assert_eq!(
        short.text(),
        "Poradnictwo prawne\nAdres: ul. Długa 1, 80-001 Gdańsk\n\
         Godziny: pn–śr, nd 09:00–15:00 (do 30.06.2027)\nTel.: +48 58 000 00 00"
    );
    let (title_only, _) = card.fitted(|t| t.chars().count() <= 12).expect("fits");
    assert_eq!(title_only.text(), "Poradnict…");
    assert!(card.fitted(|_| false).is_none());
}

#[test]
fn a_session_card_says_when_and_where() {
    let sessions = crate::seed::sessions().unwrap();
    let online = sessions
        .iter()
        .find(|s| s.mode == SessionMode::Online)
        .unwrap();
    let text = Card::of_session(online, CardLang::Ru).text();
    let mut lines = text.lines();
    // The shipped sessions have Russian titles.
    assert_eq!(lines.next(), online.title.in_language("ru"));
    let polish = Card::of_session(online, CardLang::Pl);
    assert_eq!(polish.title, online.title.text);
    assert!(text.contains("Когда: "), "{text}");
    assert!(text.contains("Адрес: онлайн"), "{text}");
    let en = Card::of_session(online, CardLang::En);
    assert_eq!(en.title, online.title.en.clone().unwrap());
}

#[test]
fn every_shipped_service_has_a_card_in_every_language() {
    for s in crate::seed::services().unwrap() {
        for lang in CardLang::ALL {
            let card = Card::of_service(&s, lang);
            assert!(!card.title.is_empty(), "{}", s.id);
            let json = card.to_json();
            assert_eq!(json["text"], card.text());
            assert_eq!(json["lang"], lang.code());
        }
    }
}

#[test]
fn a_long_title_is_cut_before_the_phone_is_left_out() {
    let mut s = full_service();
    s.name =
        Localized::new("Bardzo długa nazwa usługi, która nie mieści się w kodzie QR na ekranie");
    let card = Card::of_service(&s, CardLang::Pl);
    let phone = "Tel.: +48 58 000 00 00";
    let (short, dropped) = card
        .fitted(|t| t.chars().count() <= 33 + 1 + phone.chars().count())
        .expect("fits");
    assert_eq!(short.title, "Bardzo długa nazwa usługi, która…");
    assert_eq!(short.lines.len(), 1);
    assert_eq!(short.text().lines().nth(1), Some(phone));
    assert_eq!(dropped.len(), 6);
}

#[test]
fn documents_a_publisher_lists_are_on_the_card_after_how_to_apply() {
    let mut s = full_service();
    s.published = Some(Box::new(crate::model::Published {
        documents: vec!["Paszport".into(), "Decyzja wojewody".into()],
        ..Default::default()
    }));
    let text = Card::of_service(&s, CardLang::En).text();
    assert!(
        text.ends_with(
            "How to apply: Zadzwoń i umów się.\nDocuments to bring: Paszport; Decyzja wojewody"
        ),
        "{text}"
    );
    let uk = Card::of_service(&s, CardLang::Uk).text();
    assert!(
        uk.contains("\nДокументи: Paszport; Decyzja wojewody"),
        "{uk}"
    );
}
