//! The service form draft: parsing opening-hours lines and validating.

use super::*;

fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

#[test]
fn schedule_lines_read_back_in_every_language() {
    for lang in Lang::ALL {
        for line in [
            "Mon-Fri 09:00-15:00",
            "pn,śr 10:00-14:30 od 2026-01-01 do 2026-06-30",
            "Tue,Thu-Sat 08:00-09:00 from 2026-03-01",
            "пн-пт 09:00-15:00 з 2026-01-01 до 2026-06-30",
        ] {
            let rule = parse_schedule_line(line, lang).unwrap();
            let again = parse_schedule_line(&schedule_line(&rule, lang), lang).unwrap();
            assert_eq!(
                (
                    rule.days,
                    rule.opens,
                    rule.closes,
                    rule.valid_from,
                    rule.valid_to
                ),
                (
                    again.days,
                    again.opens,
                    again.closes,
                    again.valid_from,
                    again.valid_to
                ),
                "{line}"
            );
        }
    }
    let rule = parse_schedule_line("Tue,Thu-Sat 08:00-09:00", Lang::En).unwrap();
    assert_eq!(
        rule.days,
        [Weekday::Tue, Weekday::Thu, Weekday::Fri, Weekday::Sat]
    );
    assert_eq!(schedule_line(&rule, Lang::Pl), "wt,cz-so 08:00-09:00");
    assert_eq!(schedule_line(&rule, Lang::Uk), "вт,чт-сб 08:00-09:00");
    assert_eq!((rule.opens, rule.closes), (t(8, 0), t(9, 0)));
}

#[test]
fn bad_schedule_lines_say_what_is_wrong() {
    let cases = [
        (
            "Mon-Fri 15:00-09:00",
            "the closing time must be after the opening time",
        ),
        (
            "Mon-Fri 15:00-15:00",
            "the closing time must be after the opening time",
        ),
        ("Fri-Mon 09:00-10:00", "weekdays"),
        ("Mon 9-10", "hours"),
        ("Mon 09:00-10:00 from 2026-02-30", "2026-02-30"),
        (
            "Mon 09:00-10:00 from 2026-03-01 to 2026-02-01",
            "end date is before",
        ),
        ("Mon 09:00-10:00 weekly", "weekly"),
        (
            "Mon 09:00-10:00 from 0000-01-01",
            "outside the years 1900–2200",
        ),
        (
            "Mon 09:00-10:00 to 2201-01-01",
            "outside the years 1900–2200",
        ),
    ];
    for (line, expected) in cases {
        let e = parse_schedule_line(line, Lang::En).unwrap_err();
        assert!(e.contains(expected), "{line}: {e}");
    }
}

#[test]
fn addresses_with_and_without_a_postal_code() {
    let a = parse_address("ul. Długa 1, 80-001 Gdańsk").unwrap();
    assert_eq!(
        (a.street.as_str(), a.postal_code.as_str(), a.city.as_str()),
        ("ul. Długa 1", "80-001", "Gdańsk")
    );
    assert_eq!(address_line(&a), "ul. Długa 1, 80-001 Gdańsk");
    let b = parse_address("Plac Kaszubski 8, Gdynia").unwrap();
    assert_eq!((b.postal_code.as_str(), b.city.as_str()), ("", "Gdynia"));
    assert!(parse_address("Gdańsk").is_none());
    assert!(parse_address("ul. Długa 1, 80-001").is_none());
}
