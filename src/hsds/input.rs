//! Which HSDS 3.0 serialisation a file is, and its service objects.
//!
//! HSDS publishes a directory as one service, an array of services, an API
//! page (`{"contents": [...]}`, of services or of organisations), an
//! organisation with its services, or the tabular package (CSV files with a
//! `datapackage.json`, in a folder or a zip). Each is read into the same list
//! of service objects; an organisation's own object (without its `services`)
//! goes into each of its services that does not carry one.
//!
//! Each service object is kept as compact JSON text, and a file that is an
//! array is read one item at a time: a national directory (100 000 services,
//! 400 MB) as one tree of values took over 2 GB of memory.

use std::path::Path;

use serde::Deserialize;
use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use super::ImportError;
use super::import::syntax_error;
use super::tabular;

/// The serialisation a file turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// One service object.
    Service,
    /// A JSON array of services (or of organisations with services).
    Array,
    /// An API page: `{"contents": [...]}`.
    Page,
    /// An organisation with its `services`.
    Organization,
    /// The tabular package (CSV and `datapackage.json`).
    Tabular,
}

impl Shape {
    /// The HSDS words for it, as the import's summary names it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Service => "service",
            Self::Array => "array",
            Self::Page => "page",
            Self::Organization => "organization",
            Self::Tabular => "tabular",
        }
    }
}

/// A file read: what it was, and its service objects in file order.
#[derive(Debug, Clone)]
pub struct Input {
    /// The serialisation.
    pub shape: Shape,
    /// The service objects, each as compact JSON (keys in alphabetical
    /// order, as serde_json writes a value), which takes far less memory
    /// than the tree.
    pub records: Vec<String>,
    /// Organisations the file lists without any service (not imported:
    /// the directory lists services).
    pub lone_organizations: usize,
}

/// Reads a file or folder of HSDS: `Err(None)` when it cannot be read at all
/// (the caller says so with the system's words), else the shape's problem.
pub fn read_input(path: &Path) -> Result<Input, ReadError> {
    if path.is_dir() {
        if !path.join("datapackage.json").exists() {
            return Err(ReadError::Import(ImportError::NotArray));
        }
        let tables = tabular::read_folder(path).map_err(|e| ReadError::Tabular(e.0))?;
        return Ok(tabular_input(&tables));
    }
    let bytes = std::fs::read(path).map_err(ReadError::Io)?;
    if bytes.starts_with(b"PK\x03\x04") {
        if !tabular::zip_has_datapackage(&bytes) {
            return Err(ReadError::Import(ImportError::NotArray));
        }
        let tables = tabular::read_zip(&bytes).map_err(|e| ReadError::Tabular(e.0))?;
        return Ok(tabular_input(&tables));
    }
    let text = String::from_utf8(bytes).map_err(|e| ReadError::Io(std::io::Error::other(e)))?;
    from_json(&text).map_err(ReadError::Import)
}

/// Why a file could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// The system could not read it (or it is not UTF-8).
    Io(std::io::Error),
    /// A tabular package's CSV could not be read (the reader's words).
    Tabular(String),
    /// Not JSON, or not a shape of HSDS.
    Import(ImportError),
}

/// The tabular package's services.
fn tabular_input(tables: &tabular::Tables) -> Input {
    Input {
        shape: Shape::Tabular,
        records: tabular::services(tables),
        lone_organizations: 0,
    }
}

/// Reads JSON text of any HSDS shape.
pub fn from_json(text: &str) -> Result<Input, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match serde_json::from_str(text).map_err(syntax_error)? {
        Top::Array(records) => Ok(records.into_input(Shape::Array)),
        Top::Object(mut obj) => {
            if let Some(Value::Array(items)) = obj.remove("contents") {
                let mut records = Records::default();
                for item in items {
                    records.push(item);
                }
                return Ok(records.into_input(Shape::Page));
            }
            if is_organization(&obj) {
                return Ok(Input {
                    shape: Shape::Organization,
                    records: organization_services(obj)
                        .iter()
                        .map(Value::to_string)
                        .collect(),
                    lone_organizations: 0,
                });
            }
            Ok(Input {
                shape: Shape::Service,
                records: vec![Value::Object(obj).to_string()],
                lone_organizations: 0,
            })
        }
        Top::Other => Err(ImportError::NotArray),
    }
}

/// The whole file: an array is taken in item by item as it is read (never
/// the whole tree at once); an object is read whole.
enum Top {
    Array(Records),
    Object(Map<String, Value>),
    Other,
}

impl<'de> Deserialize<'de> for Top {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TopVisitor)
    }
}

struct TopVisitor;

impl<'de> Visitor<'de> for TopVisitor {
    type Value = Top;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("JSON")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Top, A::Error> {
        let mut records = Records::default();
        while let Some(item) = seq.next_element::<Value>()? {
            records.push(item);
        }
        Ok(Top::Array(records))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Top, A::Error> {
        let obj = Map::deserialize(de::value::MapAccessDeserializer::new(map))?;
        Ok(Top::Object(obj))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Top, E> {
        Ok(Top::Other)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Top, E> {
        Ok(Top::Other)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Top, E> {
        Ok(Top::Other)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Top, E> {
        Ok(Top::Other)
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Top, E> {
        Ok(Top::Other)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Top, E> {
        Ok(Top::Other)
    }
}

/// A list's items as they come: services as they are, organisations
/// replaced by their services (an organisation without services brings
/// none, and is counted).
#[derive(Default)]
struct Records {
    records: Vec<String>,
    lone_organizations: usize,
}

impl Records {
    fn push(&mut self, item: Value) {
        match item {
            Value::Object(obj) if is_organization(&obj) => {
                let services = organization_services(obj);
                self.records.extend(services.iter().map(Value::to_string));
            }
            Value::Object(obj)
                if !obj.contains_key("status")
                    && (obj.contains_key("website") || obj.contains_key("legal_status")) =>
            {
                self.lone_organizations += 1;
            }
            other => self.records.push(other.to_string()),
        }
    }

    fn into_input(self, shape: Shape) -> Input {
        Input {
            shape,
            records: self.records,
            lone_organizations: self.lone_organizations,
        }
    }
}

/// An organisation: it has `services`, and no service `status`.
fn is_organization(obj: &Map<String, Value>) -> bool {
    obj.get("services").is_some_and(Value::is_array) && !obj.contains_key("status")
}

/// An organisation's services, each carrying the organisation (without its
/// list of services) unless it has its own copy.
fn organization_services(mut org: Map<String, Value>) -> Vec<Value> {
    let Some(Value::Array(services)) = org.remove("services") else {
        return Vec::new();
    };
    services
        .into_iter()
        .map(|s| match s {
            Value::Object(mut s) => {
                if !s.contains_key("organization") {
                    s.insert("organization".into(), Value::Object(org.clone()));
                }
                Value::Object(s)
            }
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_array_is_read_item_by_item_into_compact_records_with_sorted_keys() {
        let text = r#"[
            {"name": "B", "id": "1", "status": "active"},
            {"id": "o", "name": "Org", "services": [{"id": "2", "name": "C", "status": "active"}]},
            {"id": "lone", "name": "Lone", "website": "https://example.org"},
            7
        ]"#;
        let input = from_json(text).expect("an array");
        assert_eq!(input.shape, Shape::Array);
        assert_eq!(input.lone_organizations, 1);
        assert_eq!(
            input.records,
            [
                r#"{"id":"1","name":"B","status":"active"}"#,
                r#"{"id":"2","name":"C","organization":{"id":"o","name":"Org"},"status":"active"}"#,
                "7",
            ]
        );
    }

    #[test]
    fn other_shapes_are_told_apart_and_a_bare_value_is_not_hsds() {
        let page =
            from_json(r#"{"contents": [{"id": "1", "status": "active"}], "total_items": 1}"#)
                .expect("a page");
        assert_eq!(page.shape, Shape::Page);
        assert_eq!(page.records, [r#"{"id":"1","status":"active"}"#]);
        let one = from_json("\u{feff}{\"id\": \"1\", \"status\": \"active\"}").expect("a service");
        assert_eq!(one.shape, Shape::Service);
        for bare in ["5", "\"text\"", "true", "null", "1.5", "-3"] {
            assert!(
                matches!(from_json(bare), Err(ImportError::NotArray)),
                "{bare}"
            );
        }
    }

    #[test]
    fn a_syntax_error_in_a_later_item_names_its_line_and_column() {
        let text = "[\n  {\"id\": \"1\"},\n  {\"id\": }\n]";
        match from_json(text) {
            Err(ImportError::Syntax { line, column, .. }) => assert_eq!((line, column), (3, 10)),
            other => panic!("a syntax error: {other:?}"),
        }
        assert!(matches!(
            from_json("[{\"id\": \"1\"}] x"),
            Err(ImportError::Syntax { .. })
        ));
    }
}
