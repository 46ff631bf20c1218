//! What the HSDS 3.0 service schema requires of the fields Pomost writes,
//! as the tests' own assertions (the schema in `shared/hsds-3.0/` is for
//! checking by hand).

use serde_json::Value;

pub fn is_uuid(v: &Value) -> bool {
    let s = v.as_str().unwrap_or("");
    s.len() == 36
        && s.char_indices().all(|(i, c)| {
            if [8, 13, 18, 23].contains(&i) {
                c == '-'
            } else {
                c.is_ascii_hexdigit() && !c.is_ascii_uppercase()
            }
        })
}

pub fn is_date(v: &Value) -> bool {
    let s = v.as_str().unwrap_or("");
    s.len() == 10 && chrono_free_date(s)
}

fn chrono_free_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let [y, m, d] = parts[..] else { return false };
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    (1..=12).contains(&m) && d >= 1 && d <= days[(m - 1) as usize]
}

pub fn is_hhmm(v: &Value) -> bool {
    let s = v.as_str().unwrap_or("");
    let Some((h, m)) = s.split_once(':') else {
        return false;
    };
    h.len() == 2
        && m.len() == 2
        && h.parse::<u32>().is_ok_and(|h| h < 24)
        && m.parse::<u32>().is_ok_and(|m| m < 60)
}

/// What the HSDS 3.0 service schema requires of the fields Pomost writes,
/// checked by hand: required fields, UUID ids everywhere, the status list,
/// ISO dates, HH:MM times, iCalendar weekdays.
pub fn assert_hsds_service(s: &Value) {
    assert!(is_uuid(&s["id"]), "service id {}", s["id"]);
    assert!(s["name"].as_str().is_some_and(|n| !n.is_empty()));
    let status = s["status"].as_str().expect("status");
    assert!(["active", "inactive", "defunct", "temporarily closed"].contains(&status));
    if let Some(org) = s.get("organization") {
        assert!(is_uuid(&org["id"]));
        assert_eq!(org["id"], s["organization_id"]);
        assert!(org["name"].is_string() && org["description"].is_string());
    }
    if let Some(d) = s.get("assured_date") {
        assert!(is_date(d), "assured_date {d}");
    }
    for list in [
        "attributes",
        "languages",
        "service_areas",
        "service_at_locations",
        "schedules",
        "cost_options",
        "phones",
    ] {
        for item in s.get(list).and_then(Value::as_array).into_iter().flatten() {
            assert!(is_uuid(&item["id"]), "{list} id {}", item["id"]);
        }
    }
    for a in s
        .get("attributes")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let term = &a["taxonomy_term"];
        assert!(
            is_uuid(&term["id"]) && term["name"].is_string() && term["description"].is_string()
        );
        assert_eq!(a["taxonomy_term_id"], term["id"]);
    }
    for sal in s
        .get("service_at_locations")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let loc = &sal["location"];
        assert!(is_uuid(&loc["id"]));
        assert!(
            ["physical", "postal", "virtual"]
                .contains(&loc["location_type"].as_str().expect("type"))
        );
    }
    for sc in s
        .get("schedules")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        assert!(["WEEKLY", "MONTHLY"].contains(&sc["freq"].as_str().expect("freq")));
        assert!(
            sc["byday"]
                .as_str()
                .expect("byday")
                .split(',')
                .all(|d| ["MO", "TU", "WE", "TH", "FR", "SA", "SU"].contains(&d))
        );
        assert!(
            is_hhmm(&sc["opens_at"]) && is_hhmm(&sc["closes_at"]),
            "{sc}"
        );
        for k in ["valid_from", "valid_to"] {
            if let Some(d) = sc.get(k) {
                assert!(is_date(d), "{k} {d}");
            }
        }
    }
    if let Some(email) = s.get("email") {
        let e = email.as_str().expect("email");
        assert!(e.contains('@') && !e.contains(' '));
    }
}
