//! What the help desk is shown of a publisher's HSDS beyond Pomost's own
//! fields ([`Published`]), read from the kept object.

use serde_json::Value;

use super::TOPIC_TAXONOMY;
use chrono::{NaiveDate, Weekday};

use super::import::{hsds_time, parse_byday};
use crate::model::{Published, Rule, Term};

/// A property as text: strings trimmed, numbers and booleans as written;
/// `None` when absent or empty.
fn text(v: &Value, key: &str) -> Option<String> {
    match v.get(key)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn list<'a>(v: &'a Value, key: &str) -> impl Iterator<Item = &'a Value> {
    v.get(key).and_then(Value::as_array).into_iter().flatten()
}

/// Present parts joined by `sep`.
fn join(parts: impl IntoIterator<Item = Option<String>>, sep: &str) -> String {
    parts.into_iter().flatten().collect::<Vec<_>>().join(sep)
}

fn languages(v: &Value) -> Option<String> {
    let names: Vec<String> = list(v, "languages")
        .filter_map(|l| text(l, "name").or_else(|| text(l, "code")))
        .collect();
    (!names.is_empty()).then(|| names.join(", "))
}

fn phone(p: &Value) -> Option<String> {
    let number = text(p, "number")?;
    let ext = text(p, "extension").map(|e| format!("#{e}"));
    let head = join([Some(number), ext], " ");
    let kind = text(p, "type").map(|t| format!("({t})"));
    let langs = languages(p).map(|l| format!("[{l}]"));
    Some(join([Some(head), kind, text(p, "description"), langs], " "))
}

fn contact(c: &Value) -> Option<String> {
    let who = join(
        [text(c, "name"), text(c, "title"), text(c, "department")],
        ", ",
    );
    let phones: Vec<String> = list(c, "phones").filter_map(phone).collect();
    let phones = (!phones.is_empty()).then(|| phones.join("; "));
    let line = join(
        [(!who.is_empty()).then_some(who), text(c, "email"), phones],
        " · ",
    );
    (!line.is_empty()).then_some(line)
}

fn address(a: &Value) -> Option<String> {
    let line = join(
        [
            text(a, "attention"),
            text(a, "address_1"),
            text(a, "address_2"),
            Some(join([text(a, "postal_code"), text(a, "city")], " ")).filter(|t| !t.is_empty()),
            text(a, "region"),
            text(a, "state_province"),
            text(a, "country"),
        ],
        ", ",
    );
    let kind = text(a, "address_type").map(|t| format!(" ({t})"));
    (!line.is_empty()).then(|| format!("{line}{}", kind.unwrap_or_default()))
}

fn cost(c: &Value) -> Option<String> {
    let amount = join([text(c, "amount"), text(c, "currency")], " ");
    let amount = (!amount.is_empty()).then_some(amount);
    let period = match (text(c, "valid_from"), text(c, "valid_to")) {
        (None, None) => None,
        (from, to) => Some(format!(
            "{} – {}",
            from.unwrap_or_default(),
            to.unwrap_or_default()
        )),
    };
    let line = join(
        [
            text(c, "option"),
            amount,
            text(c, "amount_description"),
            period,
        ],
        " · ",
    );
    (!line.is_empty()).then_some(line)
}

/// A rule Pomost does not model, in the publisher's words when it has them,
/// else as its iCalendar parts.
fn other_hours(s: &Value) -> Option<String> {
    let rule = join(
        [
            text(s, "freq"),
            text(s, "interval").map(|i| format!("INTERVAL={i}")),
            text(s, "byday").map(|d| format!("BYDAY={d}")),
            text(s, "bymonthday").map(|d| format!("BYMONTHDAY={d}")),
            text(s, "count").map(|c| format!("COUNT={c}")),
            text(s, "until").map(|u| format!("UNTIL={u}")),
            match (text(s, "opens_at"), text(s, "closes_at")) {
                (None, None) => None,
                (o, c) => Some(format!(
                    "{}–{}",
                    o.unwrap_or_default(),
                    c.unwrap_or_default()
                )),
            },
        ],
        " ",
    );
    let line = join(
        [(!rule.is_empty()).then_some(rule), text(s, "description")],
        " — ",
    );
    (!line.is_empty()).then_some(line)
}

/// The foreign taxonomy terms of a service's attributes.
pub fn terms(raw: &Value) -> Vec<Term> {
    let mut out: Vec<Term> = list(raw, "attributes")
        .filter_map(|a| {
            let t = a.get("taxonomy_term")?;
            let taxonomy = text(t, "taxonomy").unwrap_or_default();
            if taxonomy == TOPIC_TAXONOMY {
                return None;
            }
            Some(Term {
                taxonomy,
                code: text(t, "code").or_else(|| text(t, "id"))?,
                name: text(t, "name").unwrap_or_default(),
            })
        })
        .collect();
    out.dedup();
    out
}

/// What to show of a kept publisher's object; `None` when nothing.
/// `modelled_schedule` tells the rules Pomost models (by id) from others.
pub fn published(raw: &Value, modelled_schedule: impl Fn(&str) -> bool) -> Option<Box<Published>> {
    let locations: Vec<&Value> = list(raw, "service_at_locations")
        .filter_map(|sal| sal.get("location"))
        .collect();
    let ages = match (text(raw, "minimum_age"), text(raw, "maximum_age")) {
        (None, None) => None,
        (Some(min), None) => Some(format!("{min}+")),
        (min, max) => Some(format!(
            "{}–{}",
            min.unwrap_or_default(),
            max.unwrap_or_default()
        )),
    };
    let mut p = Published {
        alternate_name: text(raw, "alternate_name"),
        alert: text(raw, "alert"),
        interpretation: text(raw, "interpretation_services"),
        ages,
        contacts: list(raw, "contacts").filter_map(contact).collect(),
        documents: list(raw, "required_documents")
            .filter_map(|d| {
                let line = join([text(d, "document"), text(d, "uri")], " · ");
                (!line.is_empty()).then_some(line)
            })
            .collect(),
        costs: list(raw, "cost_options").filter_map(cost).collect(),
        phones: list(raw, "phones").filter_map(phone).collect(),
        accessibility: locations
            .iter()
            .flat_map(|l| list(l, "accessibility"))
            .filter_map(|a| {
                let line = join(
                    [text(a, "description"), text(a, "details"), text(a, "url")],
                    " · ",
                );
                (!line.is_empty()).then_some(line)
            })
            .collect(),
        addresses: locations
            .iter()
            .flat_map(|l| list(l, "addresses"))
            .filter_map(address)
            .collect(),
        coordinates: locations
            .iter()
            .filter_map(|l| {
                let (lat, lon) = (text(l, "latitude")?, text(l, "longitude")?);
                Some(match text(l, "name") {
                    Some(name) => format!("{name}: {lat}, {lon}"),
                    None => format!("{lat}, {lon}"),
                })
            })
            .collect(),
        rules: Vec::new(),
        other_hours: Vec::new(),
        terms: terms(raw),
        mapped: Vec::new(),
    };
    for sc in list(raw, "schedules") {
        if text(sc, "id").is_some_and(|id| modelled_schedule(&id)) {
            continue;
        }
        match rule(sc) {
            Some(r) => p.rules.push(r),
            None => p.other_hours.extend(other_hours(sc)),
        }
    }
    for l in &locations {
        p.phones.extend(list(l, "phones").filter_map(phone));
        p.contacts.extend(list(l, "contacts").filter_map(contact));
    }
    for list in [
        &mut p.phones,
        &mut p.contacts,
        &mut p.addresses,
        &mut p.accessibility,
    ] {
        let mut seen = std::collections::HashSet::new();
        list.retain(|x| seen.insert(x.clone()));
    }
    (!p.is_empty()).then(|| Box::new(p))
}

/// An RFC 5545 date (`2026-01-05`, or the date of a date-time).
fn day(v: &Value, key: &str) -> Option<Option<NaiveDate>> {
    match text(v, key) {
        None => Some(None),
        Some(t) => {
            let d = t.get(..10).unwrap_or(&t);
            crate::dates::parse_date(d).ok().map(Some)
        }
    }
}

/// `1MO`, `-1FR`, `+2TU`, `WE`: the ordinal (0: every) and the weekday.
fn ordinal_day(code: &str) -> Option<(i32, Weekday)> {
    let code = code.trim();
    let at = code.len().checked_sub(2)?;
    let (n, wd) = (code.get(..at)?, code.get(at..)?);
    let wd = parse_byday(wd)?.first().copied()?;
    let n = match n {
        "" => 0,
        n => n.trim_start_matches('+').parse::<i32>().ok()?,
    };
    ((-5..=5).contains(&n)).then_some((n, wd))
}

/// A schedule as a [`Rule`] Pomost can read for "open now": weekly or
/// monthly, with opening and closing times, days it can place, and no week
/// or year numbers. `None` for anything else (shown in words as given).
fn rule(s: &Value) -> Option<Rule> {
    let monthly = match text(s, "freq").as_deref() {
        Some(f) if f.eq_ignore_ascii_case("MONTHLY") => true,
        Some(f) if f.eq_ignore_ascii_case("WEEKLY") => false,
        None => false,
        Some(_) => return None,
    };
    if text(s, "byweekno").is_some() || text(s, "byyearday").is_some() {
        return None;
    }
    let opens = hsds_time(&text(s, "opens_at")?)?;
    let closes = hsds_time(&text(s, "closes_at")?)?;
    if closes <= opens {
        return None;
    }
    let interval = match text(s, "interval") {
        None => 1,
        Some(i) => i.parse::<u32>().ok().filter(|i| (1..=60).contains(i))?,
    };
    let days = match text(s, "byday") {
        None => Vec::new(),
        Some(d) => d.split(',').map(ordinal_day).collect::<Option<Vec<_>>>()?,
    };
    if !monthly && days.iter().any(|(n, _)| *n != 0) {
        return None;
    }
    let month_days = match text(s, "bymonthday") {
        None => Vec::new(),
        Some(d) => d
            .split(',')
            .map(|x| {
                x.trim()
                    .parse::<i32>()
                    .ok()
                    .filter(|n| (1..=31).contains(&n.abs()))
            })
            .collect::<Option<Vec<_>>>()?,
    };
    let valid_from = day(s, "valid_from")?;
    let until = day(s, "until")?;
    let valid_to = match (day(s, "valid_to")?, until) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    let start = day(s, "dtstart")?.or(valid_from);
    let count = match text(s, "count") {
        None => None,
        Some(c) => Some(c.parse::<u32>().ok().filter(|c| *c >= 1)?),
    };
    Some(Rule {
        monthly,
        interval,
        days,
        month_days,
        opens,
        closes,
        start,
        valid_from,
        valid_to,
        count,
        note: text(s, "description"),
    })
}
