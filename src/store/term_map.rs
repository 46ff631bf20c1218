//! The coordinators' mapping of other taxonomies' terms to Pomost topics
//! (branch hsds), applied whenever the directory is loaded.

use std::collections::HashMap;

use rusqlite::named_params;

use super::Store;
use crate::model::{Service, Term};

/// One mapping: a term of a taxonomy leads to a topic.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct TermTopic {
    /// The taxonomy's name as files give it ('' for none).
    pub taxonomy: String,
    /// The term's code.
    pub code: String,
    /// The Pomost topic code.
    pub topic: String,
}

impl Store {
    /// Maps a term to a topic; false when it already was.
    pub fn map_term(&mut self, m: &TermTopic) -> rusqlite::Result<bool> {
        let tx = self.write()?;
        let n = tx.execute(
            "INSERT OR IGNORE INTO term_topic (taxonomy, code, topic_code)
             VALUES (:taxonomy, :code, :topic)",
            named_params! { ":taxonomy": m.taxonomy, ":code": m.code, ":topic": m.topic },
        )?;
        tx.commit()?;
        Ok(n == 1)
    }

    /// Removes a term's mapping to `topic` (to every topic when `None`);
    /// the number of mappings removed.
    pub fn unmap_term(
        &mut self,
        taxonomy: &str,
        code: &str,
        topic: Option<&str>,
    ) -> rusqlite::Result<usize> {
        let tx = self.write()?;
        let n = tx.execute(
            "DELETE FROM term_topic WHERE taxonomy = :taxonomy AND code = :code
                 AND (:topic IS NULL OR topic_code = :topic)",
            named_params! { ":taxonomy": taxonomy, ":code": code, ":topic": topic },
        )?;
        tx.commit()?;
        Ok(n)
    }

    /// Every mapping, by taxonomy, code and topic.
    pub fn term_topics(&self) -> rusqlite::Result<Vec<TermTopic>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT taxonomy, code, topic_code FROM term_topic ORDER BY taxonomy, code, topic_code",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(TermTopic {
                taxonomy: r.get("taxonomy")?,
                code: r.get("code")?,
                topic: r.get("topic_code")?,
            })
        })?;
        rows.collect()
    }

    /// Adds to each service the topics its publisher's terms are mapped to
    /// (noted as mapped, so they are not written as its own on export or
    /// saved as its own), in taxonomy order.
    pub(super) fn apply_term_topics(&self, services: &mut [Service]) -> rusqlite::Result<()> {
        let Some(map) = self.term_mapping()? else {
            return Ok(());
        };
        for s in services {
            if let Some(p) = s.published.as_deref_mut() {
                map.apply(&p.terms, &mut s.topics, &mut p.mapped);
            }
        }
        Ok(())
    }

    /// The coordinators' mapping, ready to apply; `None` when there is none.
    pub(super) fn term_mapping(&self) -> rusqlite::Result<Option<TermMapping>> {
        let map = self.term_topics()?;
        if map.is_empty() {
            return Ok(None);
        }
        let mut by_term: HashMap<(String, String), Vec<String>> = HashMap::new();
        for m in map {
            by_term
                .entry((m.taxonomy, m.code))
                .or_default()
                .push(m.topic);
        }
        let order = self.topics()?.into_iter().map(|t| t.code).collect();
        Ok(Some(TermMapping { by_term, order }))
    }
}

/// The mapping of terms to topics, by term, and the topics' order.
pub(super) struct TermMapping {
    by_term: HashMap<(String, String), Vec<String>>,
    order: Vec<String>,
}

impl TermMapping {
    /// Adds to `topics` those the terms lead to, noting each added in
    /// `mapped`, and puts the topics in taxonomy order.
    pub(super) fn apply(&self, terms: &[Term], topics: &mut Vec<String>, mapped: &mut Vec<String>) {
        let mut added = false;
        for t in terms {
            let key = (t.taxonomy.clone(), t.code.clone());
            for topic in self.by_term.get(&key).into_iter().flatten() {
                if !topics.contains(topic) {
                    topics.push(topic.clone());
                    mapped.push(topic.clone());
                    added = true;
                }
            }
        }
        if added {
            let position =
                |c: &String| self.order.iter().position(|o| o == c).unwrap_or(usize::MAX);
            topics.sort_by_key(position);
        }
    }
}
