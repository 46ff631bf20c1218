//! The audit trail: who created, changed, erased, anonymised or looked at what.

use serde::Serialize;
use serde_json::Value;

use crate::i18n::{Lang, Msg};

pub mod words;

/// What was done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// A record was added.
    Create,
    /// A record was changed (before and after are kept).
    Change,
    /// A record (or a client's records) was erased.
    Erase,
    /// Personal data was removed, statistics kept (a purge).
    Anonymise,
    /// Someone looked at a client's history.
    View,
    /// A staff member was removed.
    Remove,
}

/// What kind of record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A consultation (target: its uid).
    Consultation,
    /// A service of the directory (target: its id).
    Service,
    /// An organisation running services (target: its id).
    Organisation,
    /// A session of the timetable (target: its id).
    Session,
    /// A staff member (target: the Unix user).
    Staff,
    /// A client code (views, exports, erasures, purges).
    Client,
}

macro_rules! codes {
    ($ty:ty { $($variant:ident => $code:literal),* $(,)? }) => {
        impl $ty {
            /// The stored code.
            pub fn code(self) -> &'static str {
                match self { $(Self::$variant => $code),* }
            }

            /// The value of a stored code.
            pub fn parse(code: &str) -> Option<Self> {
                match code { $($code => Some(Self::$variant),)* _ => None }
            }
        }
    };
}

codes!(Action {
    Create => "create",
    Change => "change",
    Erase => "erase",
    Anonymise => "anonymise",
    View => "view",
    Remove => "remove",
});

codes!(Kind {
    Consultation => "consultation",
    Service => "service",
    Organisation => "organisation",
    Session => "session",
    Staff => "staff",
    Client => "client",
});

impl Action {
    /// The action in the interface language.
    pub fn label(self, lang: Lang) -> &'static str {
        lang.t(match self {
            Self::Create => Msg::ActCreate,
            Self::Change => Msg::ActChange,
            Self::Erase => Msg::ActErase,
            Self::Anonymise => Msg::ActAnonymise,
            Self::View => Msg::ActView,
            Self::Remove => Msg::ActRemove,
        })
    }
}

impl Kind {
    /// The kind of record in the interface language.
    pub fn label(self, lang: Lang) -> &'static str {
        lang.t(match self {
            Self::Consultation => Msg::KindConsultation,
            Self::Service => Msg::KindService,
            Self::Organisation => Msg::KindOrganisation,
            Self::Session => Msg::KindSession,
            Self::Staff => Msg::KindStaff,
            Self::Client => Msg::KindClient,
        })
    }
}

/// One line of the audit trail.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    /// Row id (grows with time).
    pub id: i64,
    /// When (RFC 3339, UTC).
    pub at: String,
    /// The Unix user who did it.
    pub actor: String,
    /// What was done.
    pub action: Action,
    /// To what kind of record.
    pub kind: Kind,
    /// Which one.
    pub target: String,
    /// The record before (JSON), for changes, erasures and removals.
    pub before: Option<Value>,
    /// The record after (JSON), for creations and changes.
    pub after: Option<Value>,
}

impl Entry {
    /// The top-level fields whose values differ between before and after, in
    /// the order of the record; all fields of a creation or a removal.
    pub fn changed_fields(&self) -> Vec<String> {
        let fields = |v: &Value| match v {
            Value::Object(map) => map.keys().cloned().collect(),
            _ => Vec::new(),
        };
        match (&self.before, &self.after) {
            (Some(Value::Object(b)), Some(Value::Object(a))) => {
                let mut keys: Vec<String> = a
                    .iter()
                    .filter(|(k, v)| b.get(*k) != Some(v))
                    .map(|(k, _)| k.clone())
                    .collect();
                keys.extend(b.keys().filter(|k| !a.contains_key(*k)).cloned());
                keys
            }
            (None, Some(v)) | (Some(v), None) => fields(v),
            _ => Vec::new(),
        }
    }

    /// The record as a worker knows it: a consultation by its client code
    /// and time, a service or an organisation by its name, a session by its
    /// title (in the language's stored text); else what the trail stores (a
    /// client code, a Unix user).
    pub fn record_name(&self, lang: Lang) -> String {
        let text = |key: &str| {
            [&self.after, &self.before]
                .into_iter()
                .flatten()
                .find_map(|v| match v.get(key)? {
                    Value::String(s) if !s.is_empty() => Some(s.clone()),
                    Value::Object(o) => o.get("text")?.as_str().map(str::to_owned),
                    _ => None,
                })
        };
        // The English translation where the language shows that one.
        let localized = |key: &str| match lang.stored() {
            crate::i18n::Stored::English => text(&format!("{key}_en")).or_else(|| text(key)),
            crate::i18n::Stored::Original => text(key),
        };
        let name = match self.kind {
            Kind::Consultation => match (
                text("client"),
                text("at").map(|at| {
                    words::value(
                        Kind::Consultation,
                        "at",
                        Some(&Value::String(at)),
                        &Default::default(),
                        &|_| None,
                        lang,
                    )
                }),
            ) {
                (Some(client), Some(at)) => Some(format!("{client} · {at}")),
                (None, Some(at)) => Some(at),
                _ => None,
            },
            Kind::Service | Kind::Organisation => localized("name"),
            Kind::Session => localized("title"),
            Kind::Staff | Kind::Client => None,
        };
        name.unwrap_or_else(|| self.target.clone())
    }
}

/// Which entries to list.
#[derive(Debug, Clone, Default)]
pub struct Query {
    /// Only entries at or after this instant (RFC 3339 or a `YYYY-MM-DD` date,
    /// compared as text against the stored UTC time).
    pub since: Option<String>,
    /// Only entries by this Unix user.
    pub user: Option<String>,
    /// Only entries about this target.
    pub target: Option<String>,
    /// At most this many, newest first.
    pub limit: Option<usize>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn entry(before: Option<Value>, after: Option<Value>) -> Entry {
        Entry {
            id: 1,
            at: String::new(),
            actor: String::new(),
            action: Action::Change,
            kind: Kind::Service,
            target: String::new(),
            before,
            after,
        }
    }

    #[test]
    fn changed_fields_name_what_differs_and_what_was_dropped() {
        let e = entry(
            Some(json!({"a": 1, "b": "x", "gone": true})),
            Some(json!({"a": 1, "b": "y", "new": 2})),
        );
        assert_eq!(e.changed_fields(), ["b", "new", "gone"]);
        let created = entry(None, Some(json!({"a": 1, "b": 2})));
        assert_eq!(created.changed_fields(), ["a", "b"]);
    }

    #[test]
    fn codes_read_back() {
        for a in [
            Action::Create,
            Action::Change,
            Action::Erase,
            Action::Anonymise,
            Action::View,
            Action::Remove,
        ] {
            assert_eq!(Action::parse(a.code()), Some(a));
        }
        assert_eq!(Kind::parse("client"), Some(Kind::Client));
        assert_eq!(Kind::parse("clients"), None);
    }
}
