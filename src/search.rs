//! Searching the directory as the user types.
//!
//! Every searchable text is folded once when the index is built (lower case, no
//! diacritics, `ł` → `l`), and each query word is folded the same way, so
//! `jezyk` finds `języka` and `ZOLW` finds `żółw`. All words must match. Names,
//! topics and organisations are matched fuzzily as well (a word of two
//! letters or more: its letters in order from a word start, at most three
//! letters skipped between two, so `prwnik` finds „prawnik”); descriptions
//! only by substring, because a fuzzy match across a long paragraph finds
//! almost any scattered letters and would bury the real hits.
//!
//! Ranking, per word: found whole beats scattered letters; then the field it
//! hit (name, the name in the other language, topics, organisation,
//! description); then a hit at a word start, or fewer letters skipped; ties
//! go to the name in alphabetical order.

mod descriptions;
mod index;
mod reading;
mod strings;

use chrono::{NaiveDate, NaiveDateTime};

use crate::model::{Listed, ServiceStatus};
use crate::text::search_fold;

pub use descriptions::{Descriptions, DescriptionsBuilder};
pub use index::SearchIndex;
pub use reading::{
    LineProblem, Place, Reading, SHIPPED_PLACES, SHIPPED_WORDS, Vocabulary, WORDS_FILE, read_query,
    words_file,
};

/// A parsed query: its folded words (or phrases), for each the topics it is
/// a need word for, and the county of the place it named.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub(crate) words: Vec<String>,
    /// Parallel to `words`: the topics a need word also finds (empty for a
    /// plain word).
    pub(crate) needs: Vec<Vec<String>>,
    /// The county of the place named, and the place's words as typed, folded.
    pub(crate) place: Option<(String, String)>,
}

impl Query {
    /// Normalises and folds the text as the index's texts are
    /// ([`search_fold`]), and splits it on white space.
    /// No word is read as a place or a need (see [`read_query`]).
    pub fn parse(text: &str) -> Self {
        let words: Vec<String> = search_fold(text)
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        Self {
            needs: vec![Vec::new(); words.len()],
            words,
            place: None,
        }
    }

    /// True when there is nothing to search for.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.place.is_none()
    }

    /// True when each earlier word only grew at its end, and words may have
    /// been added. The place must be the same, and a need word (or a word that
    /// became one) must be unchanged: it matches its topics too, which the
    /// plain word it grew from did not.
    ///
    /// Then every service matching `self` also matches `prev`, and the new
    /// results can be looked for among the previous ones only: a word found
    /// whole is found whole without its last letter; one found fuzzily (two
    /// letters or more) has each prefix found fuzzily (see
    /// `index::subsequences`), and its first letter occurs where a word of
    /// one letter is looked for.
    pub fn grows(&self, prev: &Query) -> bool {
        !prev.is_empty()
            && self.place == prev.place
            && self.words.len() >= prev.words.len()
            && prev
                .words
                .iter()
                .zip(&prev.needs)
                .zip(self.words.iter().zip(&self.needs))
                .all(|((old, old_needs), (new, new_needs))| {
                    if old_needs.is_empty() && new_needs.is_empty() {
                        new.starts_with(old.as_str())
                    } else {
                        old == new && old_needs == new_needs
                    }
                })
    }
}

/// A matched service and its score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Index into the services the index was built from.
    pub service: u32,
    /// Its position in the index's alphabetical order.
    pub at: u32,
    /// Higher is better.
    pub score: i64,
}

/// The filters of the Services screen and of `services search`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only services with this topic code.
    pub topic: Option<String>,
    /// Only services in this language (ISO 639-1).
    pub language: Option<String>,
    /// Only services serving this county (or the whole region).
    pub county: Option<String>,
    /// Only services stated to be free of charge.
    pub free_only: bool,
    /// Only services whose schedule says they are open at this moment (Warsaw
    /// wall clock).
    pub open_at: Option<NaiveDateTime>,
    /// Only services not verified since this day (or never).
    pub stale_before: Option<NaiveDate>,
    /// Also retired (defunct) services, which are otherwise left out.
    pub show_retired: bool,
}

impl Filter {
    /// True when no filter is set.
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// True when the service passes every filter that is set.
    pub fn accepts(&self, s: &impl Listed) -> bool {
        (self.show_retired || s.status() != ServiceStatus::Defunct)
            && self.topic.as_ref().is_none_or(|t| s.topics().contains(t))
            && self
                .language
                .as_ref()
                .is_none_or(|l| s.languages().contains(l))
            && self.county.as_ref().is_none_or(|c| s.serves(c))
            && (!self.free_only || s.free() == Some(true))
            && self.open_at.is_none_or(|at| s.is_open_at(at))
            && self.stale_before.is_none_or(|day| is_stale(s, day))
    }
}

/// True when the service was not verified since `day` (or never).
pub fn is_stale(s: &impl Listed, day: NaiveDate) -> bool {
    s.last_verified().is_none_or(|v| v < day)
}

/// The day before which a verification is stale: `months` months before today
/// (`POMOST_STALE_MONTHS` sets the months, 6 by default).
pub fn stale_since(today: NaiveDate) -> NaiveDate {
    let months = std::env::var("POMOST_STALE_MONTHS")
        .ok()
        .and_then(|m| m.trim().parse::<u32>().ok())
        .unwrap_or(6);
    today
        .checked_sub_months(chrono::Months::new(months))
        .unwrap_or(today)
}

/// How many earlier results are kept for going back (backspace).
const HISTORY: usize = 64;
/// At most this many results in all are kept for going back (16 bytes each):
/// two or three short queries of a national directory; going back further
/// searches again (within a frame).
const HISTORY_HITS: usize = 250_000;

/// Search as you type: keeps the filtered candidates and the last results,
/// narrows the previous results instead of scanning everything again when the
/// query only grew, and returns to earlier results at once when it shrinks.
pub struct Searcher {
    index: SearchIndex,
    filter: Filter,
    /// The alphabetical positions of the services passing the filter,
    /// ascending.
    candidates: Vec<u32>,
    query: Query,
    reading: Reading,
    hits: Vec<Hit>,
    /// Earlier queries of this typing session and their results, newest last.
    history: Vec<(Query, Vec<Hit>)>,
}

impl Searcher {
    /// An index over the services, no filter, empty query.
    pub fn new(index: SearchIndex) -> Self {
        let candidates = index.positions();
        let hits = index.search(&Query::default(), &candidates);
        Self {
            index,
            filter: Filter::default(),
            candidates,
            query: Query::default(),
            reading: Reading::default(),
            hits,
            history: Vec::new(),
        }
    }

    /// The index searched.
    pub fn index(&self) -> &SearchIndex {
        &self.index
    }

    /// The current query.
    pub fn query(&self) -> &Query {
        &self.query
    }

    /// How the current query was read (its place and need topics).
    pub fn reading(&self) -> &Reading {
        &self.reading
    }

    /// The current filter.
    pub fn filter(&self) -> &Filter {
        &self.filter
    }

    /// The current results, best first.
    pub fn hits(&self) -> &[Hit] {
        &self.hits
    }

    /// The number of services passing the filter (the denominator of "12/143").
    pub fn candidate_count(&self) -> usize {
        self.candidates.len()
    }

    /// Forgets the results kept for going back, so the next queries are
    /// searched afresh (benchmarks use it to measure cold keystrokes).
    pub fn forget_history(&mut self) {
        self.history.clear();
    }

    /// Changes the filter and searches again from scratch.
    pub fn set_filter(&mut self, filter: Filter, services: &[impl Listed]) {
        let alphabetical = self.index.alphabetical();
        self.candidates = self
            .index
            .positions()
            .into_iter()
            .filter(|&at| filter.accepts(&services[alphabetical[at as usize] as usize]))
            .collect();
        self.filter = filter;
        self.history.clear();
        self.hits = self.index.search(&self.query, &self.candidates);
    }

    /// The alphabetical positions of `hits`, ascending: many (a short
    /// query's) are marked and read off in order rather than sorted (a sort
    /// of 100 000 is several milliseconds).
    fn in_alphabetical_order(&self, hits: &[Hit]) -> Vec<u32> {
        if hits.len() < self.index.len() / 16 {
            let mut within: Vec<u32> = hits.iter().map(|h| h.at).collect();
            within.sort_unstable();
            return within;
        }
        let mut hit = vec![false; self.index.len()];
        for h in hits {
            hit[h.at as usize] = true;
        }
        (0..self.index.len() as u32)
            .filter(|&at| hit[at as usize])
            .collect()
    }

    /// Sets the query text and updates the results.
    pub fn set_query(&mut self, text: &str) {
        let reading = read_query(text, self.index.vocabulary());
        let query = reading.query.clone();
        self.reading = reading;
        if query == self.query {
            return;
        }
        let previous = (
            std::mem::take(&mut self.query),
            std::mem::take(&mut self.hits),
        );
        self.hits = if let Some(at) = self.history.iter().rposition(|(q, _)| *q == query) {
            // Back to a query typed a moment ago (backspace): its results are known.
            let (_, hits) = self.history.swap_remove(at);
            hits
        } else if query.grows(&previous.0) {
            // The previous hits are a superset; re-score them in alphabetical order
            // so the stable sort keeps the tie-break.
            let within = self.in_alphabetical_order(&previous.1);
            self.index.search(&query, &within)
        } else {
            self.index.search(&query, &self.candidates)
        };
        if !previous.0.is_empty() {
            if self.history.len() == HISTORY {
                self.history.remove(0);
            }
            self.history.push(previous);
            // In a national directory one short query's results are 100 000
            // hits: keep the memory kept for going back bounded too.
            while self.history.iter().map(|(_, h)| h.len()).sum::<usize>() > HISTORY_HITS {
                self.history.remove(0);
            }
        }
        self.query = query;
    }
}
