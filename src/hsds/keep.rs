//! Nothing a publisher sends is lost: an imported service keeps the object
//! as the file gave it (`raw`) and Pomost's own HSDS of it just after the
//! import (`base`). The export writes the publisher's object back as given
//! while nothing was changed in Pomost; after a change, it writes what was
//! changed in Pomost over the publisher's object, field by field, and keeps
//! everything else as given (a three-way merge: `base` tells what changed).

use std::collections::BTreeSet;

use serde_json::{Map, Value};

/// The object to export: `now` (Pomost's HSDS of the service) merged over
/// the kept `raw` object, `base` being Pomost's HSDS of it when imported.
pub fn export_object(now: Value, kept: Option<(&Value, &Value)>) -> Value {
    match kept {
        None => now,
        Some((raw, base)) => merge(raw, base, &now),
    }
}

fn merge(raw: &Value, base: &Value, now: &Value) -> Value {
    if now == base {
        return raw.clone();
    }
    match (raw, base, now) {
        (Value::Object(r), Value::Object(b), Value::Object(n)) => {
            let mut out = Map::new();
            for (k, rv) in r {
                match (b.get(k), n.get(k)) {
                    // Not Pomost's: as given.
                    (None, None) => {
                        out.insert(k.clone(), rv.clone());
                    }
                    // Cleared in Pomost.
                    (Some(_), None) => {}
                    (None, Some(nv)) => {
                        out.insert(k.clone(), nv.clone());
                    }
                    (Some(bv), Some(nv)) => {
                        out.insert(k.clone(), merge(rv, bv, nv));
                    }
                }
            }
            for (k, nv) in n {
                if !r.contains_key(k) && b.get(k) != Some(nv) {
                    out.insert(k.clone(), nv.clone());
                }
            }
            Value::Object(out)
        }
        (Value::Array(r), Value::Array(b), Value::Array(n)) => merge_list(r, b, n),
        _ => now.clone(),
    }
}

fn id_of(v: &Value) -> Option<&str> {
    v.get("id").and_then(Value::as_str)
}

/// A changed list: Pomost's items, each over the publisher's item it came
/// from (same id, or same place when Pomost derives the ids and the lists
/// were as long), then the publisher's items Pomost never modelled.
fn merge_list(r: &[Value], b: &[Value], n: &[Value]) -> Value {
    let mut used = BTreeSet::new();
    let mut out = Vec::with_capacity(n.len());
    for item in n {
        let at_base = id_of(item).and_then(|id| b.iter().position(|x| id_of(x) == Some(id)));
        let from = at_base.and_then(|j| {
            let by_id = id_of(&b[j]).and_then(|id| r.iter().position(|x| id_of(x) == Some(id)));
            by_id.or((r.len() == b.len()).then_some(j))
        });
        match (at_base, from) {
            (Some(j), Some(k)) => {
                used.insert(k);
                out.push(merge(&r[k], &b[j], item));
            }
            _ => out.push(item.clone()),
        }
    }
    let base_ids: BTreeSet<&str> = b.iter().filter_map(id_of).collect();
    for (k, item) in r.iter().enumerate() {
        let modelled = r.len() == b.len() || id_of(item).is_some_and(|id| base_ids.contains(id));
        if !used.contains(&k) && !modelled {
            out.push(item.clone());
        }
    }
    Value::Array(out)
}

/// The properties of `raw` that `modelled` (Pomost's HSDS of it) does not
/// have, as paths (`alternate_name`, `phones[].type`), each once.
pub fn kept_properties(raw: &Value, modelled: &Value, out: &mut BTreeSet<String>) {
    walk(raw, Some(modelled), "", out);
}

fn walk(raw: &Value, modelled: Option<&Value>, path: &str, out: &mut BTreeSet<String>) {
    match raw {
        Value::Object(r) => {
            for (k, v) in r {
                let here = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                match modelled.and_then(|m| m.get(k)) {
                    None => {
                        out.insert(here);
                    }
                    Some(m) => walk(v, Some(m), &here, out),
                }
            }
        }
        Value::Array(items) => {
            let m = modelled.and_then(Value::as_array);
            for (i, item) in items.iter().enumerate() {
                let counterpart = m.and_then(|m| {
                    id_of(item)
                        .and_then(|id| m.iter().find(|x| id_of(x) == Some(id)))
                        .or_else(|| (m.len() == items.len()).then(|| &m[i]))
                });
                match counterpart {
                    Some(c) => walk(item, Some(c), &format!("{path}[]"), out),
                    None => {
                        out.insert(format!("{path}[]"));
                    }
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn unchanged_gives_the_publisher_object_back() {
        let raw = json!({"id": "a", "name": "X", "opens_at": "10:00:00", "extra": 1});
        let base = json!({"id": "a", "name": "X", "opens_at": "10:00"});
        assert_eq!(export_object(base.clone(), Some((&raw, &base))), raw);
    }

    #[test]
    fn a_change_is_written_over_the_publisher_object_keeping_the_rest() {
        let raw = json!({"id": "a", "name": "X", "t": "10:00:00", "extra": 1,
            "phones": [{"id": "p1", "number": "1", "type": "voice"}]});
        let base = json!({"id": "a", "name": "X", "t": "10:00",
            "phones": [{"id": "d1", "number": "1"}]});
        let now = json!({"id": "a", "name": "Y", "t": "10:00",
            "phones": [{"id": "d1", "number": "2"}]});
        assert_eq!(
            export_object(now, Some((&raw, &base))),
            json!({"id": "a", "name": "Y", "t": "10:00:00", "extra": 1,
                "phones": [{"id": "p1", "number": "2", "type": "voice"}]})
        );
    }

    #[test]
    fn unmodelled_items_of_a_changed_list_stay() {
        let raw =
            json!({"s": [{"id": "w", "freq": "WEEKLY", "x": 1}, {"id": "m", "freq": "MONTHLY"}]});
        let base = json!({"s": [{"id": "w", "freq": "WEEKLY"}]});
        let now = json!({"s": [{"id": "w", "freq": "WEEKLY", "note": "n"}]});
        assert_eq!(
            export_object(now, Some((&raw, &base))),
            json!({"s": [{"id": "w", "freq": "WEEKLY", "x": 1, "note": "n"}, {"id": "m", "freq": "MONTHLY"}]})
        );
    }

    #[test]
    fn kept_properties_are_named_by_path() {
        let raw = json!({"id": "a", "alert": "!", "phones": [{"id": "p", "type": "voice"}]});
        let modelled = json!({"id": "a", "phones": [{"id": "q"}]});
        let mut out = BTreeSet::new();
        kept_properties(&raw, &modelled, &mut out);
        assert_eq!(
            out.into_iter().collect::<Vec<_>>(),
            ["alert", "phones[].type"]
        );
    }
}
