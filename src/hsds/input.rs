//! Which HSDS 3.0 serialisation a file is, and its service objects.
//!
//! HSDS publishes a directory as one service, an array of services, an API
//! page (`{"contents": [...]}`, of services or of organisations), an
//! organisation with its services, or the tabular package (CSV files with a
//! `datapackage.json`, in a folder or a zip). Each is read into the same list
//! of service objects; an organisation's own object (without its `services`)
//! goes into each of its services that does not carry one.

use std::path::Path;

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
    /// The service objects.
    pub records: Vec<Value>,
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
        return Ok(Input {
            shape: Shape::Tabular,
            records: tabular::services(&tables),
            lone_organizations: 0,
        });
    }
    let bytes = std::fs::read(path).map_err(ReadError::Io)?;
    if bytes.starts_with(b"PK\x03\x04") {
        if !tabular::zip_has_datapackage(&bytes) {
            return Err(ReadError::Import(ImportError::NotArray));
        }
        let tables = tabular::read_zip(&bytes).map_err(|e| ReadError::Tabular(e.0))?;
        return Ok(Input {
            shape: Shape::Tabular,
            records: tabular::services(&tables),
            lone_organizations: 0,
        });
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

/// Reads JSON text of any HSDS shape.
pub fn from_json(text: &str) -> Result<Input, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(syntax_error)?;
    match value {
        Value::Array(items) => Ok(flatten(Shape::Array, items)),
        Value::Object(mut obj) => {
            if let Some(Value::Array(items)) = obj.remove("contents") {
                return Ok(flatten(Shape::Page, items));
            }
            if is_organization(&obj) {
                return Ok(Input {
                    shape: Shape::Organization,
                    records: organization_services(obj),
                    lone_organizations: 0,
                });
            }
            Ok(Input {
                shape: Shape::Service,
                records: vec![Value::Object(obj)],
                lone_organizations: 0,
            })
        }
        _ => Err(ImportError::NotArray),
    }
}

/// An organisation: it has `services`, and no service `status`.
fn is_organization(obj: &Map<String, Value>) -> bool {
    obj.get("services").is_some_and(Value::is_array) && !obj.contains_key("status")
}

/// A list's items: services as they are, organisations replaced by their
/// services (an organisation without services brings none, and is counted).
fn flatten(shape: Shape, items: Vec<Value>) -> Input {
    let mut records = Vec::with_capacity(items.len());
    let mut lone_organizations = 0;
    for item in items {
        match item {
            Value::Object(obj) if is_organization(&obj) => {
                records.extend(organization_services(obj));
            }
            Value::Object(obj)
                if !obj.contains_key("status")
                    && (obj.contains_key("website") || obj.contains_key("legal_status")) =>
            {
                lone_organizations += 1;
            }
            other => records.push(other),
        }
    }
    Input {
        shape,
        records,
        lone_organizations,
    }
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
