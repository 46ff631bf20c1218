//! The HSDS 3.0 tabular package (one CSV file per object, `datapackage.json`
//! beside them, in a folder or a zip) read into the nested service objects
//! of the JSON serialisation, so one validation reads both.
//!
//! Each row becomes an object of its non-empty cells; the columns that only
//! link rows (`service_id`, `location_id` …) become the nesting. Numbers and
//! booleans of the schema are read as JSON numbers and booleans; a cell that
//! is not one stays text, so validation can name it.

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::Path;

use serde_json::{Map, Value};

/// A tabular package's tables: file stem (`services`) to rows.
pub type Tables = BTreeMap<String, Vec<Map<String, Value>>>;

/// Columns whose HSDS type is a number.
const NUMBERS: &[&str] = &[
    "minimum_age",
    "maximum_age",
    "extension",
    "amount",
    "latitude",
    "longitude",
    "year_incorporated",
    "timezone",
    "count",
    "interval",
];

/// Why a package could not be read (the file's words).
#[derive(Debug)]
pub struct TabularError(pub String);

/// Reads the CSV files of a folder.
pub fn read_folder(dir: &Path) -> Result<Tables, TabularError> {
    let mut tables = Tables::new();
    let entries = std::fs::read_dir(dir).map_err(|e| TabularError(e.to_string()))?;
    for entry in entries {
        let path = entry.map_err(|e| TabularError(e.to_string()))?.path();
        let Some(stem) = csv_stem(&path.to_string_lossy()) else {
            continue;
        };
        let bytes = std::fs::read(&path).map_err(|e| TabularError(format!("{stem}.csv: {e}")))?;
        tables.insert(stem.clone(), rows(&stem, &bytes)?);
    }
    Ok(tables)
}

/// Reads the CSV files of a zip (at its top level or in one folder).
pub fn read_zip(bytes: &[u8]) -> Result<Tables, TabularError> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| TabularError(e.to_string()))?;
    let mut tables = Tables::new();
    for i in 0..archive.len() {
        let mut file = archive
            .by_index(i)
            .map_err(|e| TabularError(e.to_string()))?;
        let Some(stem) = csv_stem(file.name()) else {
            continue;
        };
        let mut data = Vec::new();
        file.read_to_end(&mut data)
            .map_err(|e| TabularError(format!("{stem}.csv: {e}")))?;
        tables.insert(stem.clone(), rows(&stem, &data)?);
    }
    Ok(tables)
}

/// True when a zip holds a `datapackage.json`.
pub fn zip_has_datapackage(bytes: &[u8]) -> bool {
    zip::ZipArchive::new(std::io::Cursor::new(bytes)).is_ok_and(|a| {
        a.file_names()
            .any(|n| n.rsplit('/').next() == Some("datapackage.json"))
    })
}

/// `services` for `…/services.csv`.
fn csv_stem(name: &str) -> Option<String> {
    let base = name.rsplit(['/', '\\']).next()?;
    base.strip_suffix(".csv").map(str::to_owned)
}

fn rows(stem: &str, bytes: &[u8]) -> Result<Vec<Map<String, Value>>, TabularError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new().from_reader(bytes);
    let header = reader
        .headers()
        .map_err(|e| TabularError(format!("{stem}.csv: {e}")))?
        .clone();
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| TabularError(format!("{stem}.csv: {e}")))?;
        let mut row = Map::new();
        for (key, cell) in header.iter().zip(record.iter()) {
            if cell.is_empty() {
                continue;
            }
            row.insert(key.to_owned(), cell_value(key, cell));
        }
        out.push(row);
    }
    Ok(out)
}

fn cell_value(key: &str, cell: &str) -> Value {
    if NUMBERS.contains(&key) {
        if let Ok(n) = cell.parse::<i64>() {
            return n.into();
        }
        if let Some(n) = cell
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
        {
            return Value::Number(n);
        }
    }
    match cell {
        "true" | "TRUE" => Value::Bool(true),
        "false" | "FALSE" => Value::Bool(false),
        _ => Value::String(cell.to_owned()),
    }
}

/// The tables, and where each id is in them: for each table, each column
/// that links rows (`id`, `service_id` …) and each of its values, the rows
/// that have it, in table order. Each service's rows are found at once
/// (reading every table again for each service took hours at 100 000).
struct Package<'a> {
    tables: &'a Tables,
    index: HashMap<&'a str, HashMap<&'a str, HashMap<&'a str, Vec<usize>>>>,
}

impl<'a> Package<'a> {
    fn new(tables: &'a Tables) -> Self {
        let mut index: HashMap<&str, HashMap<&str, HashMap<&str, Vec<usize>>>> = HashMap::new();
        for (table, rows) in tables {
            let columns = index.entry(table.as_str()).or_default();
            for (at, row) in rows.iter().enumerate() {
                for (column, value) in row {
                    let links =
                        column == "id" || column == "resource_id" || LINKS.contains(&&**column);
                    if let (true, Some(value)) = (links, value.as_str()) {
                        let values = columns.entry(column.as_str()).or_default();
                        values.entry(value).or_default().push(at);
                    }
                }
            }
        }
        Self { tables, index }
    }

    /// The rows of `table` whose `key` column is `id`, in table order.
    fn rows(
        &self,
        table: &str,
        key: &str,
        id: &str,
    ) -> impl Iterator<Item = &'a Map<String, Value>> {
        let rows = self.tables.get(table);
        self.index
            .get(table)
            .and_then(|columns| columns.get(key))
            .and_then(|values| values.get(id))
            .into_iter()
            .flatten()
            .filter_map(move |&at| rows.and_then(|r| r.get(at)))
    }

    fn get(&self, table: &str) -> Option<&'a Vec<Map<String, Value>>> {
        self.tables.get(table)
    }
}

/// The rows of `table` whose `key` column is `id`, without the linking columns.
fn children(tables: &Package<'_>, table: &str, key: &str, id: &str, drop: &[&str]) -> Vec<Value> {
    tables
        .rows(table, key, id)
        .map(|r| {
            let mut r = r.clone();
            for k in drop {
                r.remove(*k);
            }
            Value::Object(r)
        })
        .collect()
}

/// The row of `table` with this id.
fn by_id<'a>(tables: &Package<'a>, table: &str, id: &str) -> Option<&'a Map<String, Value>> {
    tables.rows(table, "id", id).next()
}

fn put(obj: &mut Map<String, Value>, key: &str, list: Vec<Value>) {
    if !list.is_empty() {
        obj.insert(key.to_owned(), Value::Array(list));
    }
}

const LINKS: &[&str] = &[
    "service_id",
    "location_id",
    "organization_id",
    "phone_id",
    "contact_id",
    "service_at_location_id",
    "link_id",
    "link_type",
];

/// Phones (with their languages) linked by `key` to `id`.
fn phones(tables: &Package<'_>, key: &str, id: &str) -> Vec<Value> {
    let mut list = children(tables, "phones", key, id, LINKS);
    for p in &mut list {
        let pid = p["id"].as_str().unwrap_or_default().to_owned();
        if let Value::Object(p) = p {
            put(
                p,
                "languages",
                children(tables, "languages", "phone_id", &pid, LINKS),
            );
        }
    }
    list
}

/// Attributes linked to an object, with their taxonomy terms.
fn attributes(tables: &Package<'_>, id: &str) -> Vec<Value> {
    let mut list = children(tables, "attributes", "link_id", id, &["link_id"]);
    for a in &mut list {
        let term_id = a["taxonomy_term_id"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        if let (Value::Object(a), Some(term)) = (a, by_id(tables, "taxonomy_terms", &term_id)) {
            a.insert("taxonomy_term".into(), Value::Object(term.clone()));
        }
    }
    list
}

/// A location with its addresses, accessibility, phones, languages and schedules.
fn location(tables: &Package<'_>, id: &str) -> Option<Value> {
    let mut loc = by_id(tables, "locations", id)?.clone();
    loc.remove("organization_id");
    let only_location = |table: &str| children(tables, table, "location_id", id, LINKS);
    put(&mut loc, "addresses", only_location("addresses"));
    put(&mut loc, "accessibility", only_location("accessibility"));
    put(&mut loc, "phones", phones(tables, "location_id", id));
    put(&mut loc, "languages", only_location("languages"));
    put(&mut loc, "schedules", only_location("schedules"));
    put(&mut loc, "contacts", only_location("contacts"));
    put(&mut loc, "attributes", attributes(tables, id));
    Some(Value::Object(loc))
}

/// The package as service objects, each with its organisation, locations
/// and every linked row nested as in the JSON serialisation; each as compact
/// JSON as soon as it is made (as [`super::Input::records`] keeps them).
pub fn services(tables: &Tables) -> Vec<String> {
    let tables = &Package::new(tables);
    let mut out = Vec::new();
    for row in tables.get("services").into_iter().flatten() {
        let mut s = row.clone();
        let sid = s
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        if let Some(pid) = s.remove("program_id") {
            if let Some(p) = pid.as_str().and_then(|p| by_id(tables, "programs", p)) {
                let mut p = p.clone();
                p.remove("organization_id");
                s.insert("program".into(), Value::Object(p));
            }
        }
        let org_id = s.get("organization_id").and_then(Value::as_str);
        if let Some(org) = org_id.and_then(|o| by_id(tables, "organizations", o)) {
            let oid = org["id"].as_str().unwrap_or_default();
            let mut org = org.clone();
            put(
                &mut org,
                "funding",
                children(tables, "funding", "organization_id", oid, LINKS),
            );
            put(
                &mut org,
                "organization_identifiers",
                children(
                    tables,
                    "organization_identifiers",
                    "organization_id",
                    oid,
                    LINKS,
                ),
            );
            s.insert("organization".into(), Value::Object(org));
        }
        put(&mut s, "phones", phones(tables, "service_id", &sid));
        let own = |table: &str| children(tables, table, "service_id", &sid, LINKS);
        put(&mut s, "schedules", own("schedules"));
        put(&mut s, "service_areas", own("service_areas"));
        let mut sals = Vec::new();
        for row in tables.rows("service_at_location", "service_id", &sid) {
            let mut sal = row.clone();
            for k in LINKS {
                sal.remove(*k);
            }
            let lid = row
                .get("location_id")
                .and_then(Value::as_str)
                .unwrap_or_default();
            if let Some(loc) = location(tables, lid) {
                sal.insert("location".into(), loc);
            }
            sals.push(Value::Object(sal));
        }
        put(&mut s, "service_at_locations", sals);
        put(&mut s, "languages", own("languages"));
        put(&mut s, "funding", own("funding"));
        put(&mut s, "cost_options", own("cost_options"));
        put(&mut s, "required_documents", own("required_documents"));
        put(&mut s, "contacts", own("contacts"));
        put(&mut s, "attributes", attributes(tables, &sid));
        let metadata: Vec<Value> = children(tables, "metadata", "resource_id", &sid, &[]);
        put(&mut s, "metadata", metadata);
        out.push(Value::Object(s).to_string());
    }
    out
}
