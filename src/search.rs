//! Searching the directory as the user types.
//!
//! Every searchable text is folded once when the index is built (lower case, no
//! diacritics, `ł` → `l`), and each query word is folded the same way, so
//! `jezyk` finds `języka` and `ZOLW` finds `żółw`. All words must match. Names,
//! topics and organisations are matched fuzzily (skim's algorithm); descriptions
//! by substring, because a fuzzy match across a long paragraph finds almost any
//! scattered letters and would bury the real hits.
//!
//! Ranking, per word: found whole beats scattered letters; then the field it
//! hit (name, the name in the other language, topics, organisation,
//! description); then a hit at a word start, or skim's score; ties go to the
//! name in alphabetical order.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use crate::i18n::Lang;
use crate::model::{Reference, Service};
use crate::text::fold;

/// Score of a word found whole (as a substring), above any scattered match.
const EXACT: i64 = 1_000_000;
/// Score added per word for the field it hit, so a weaker field never outranks
/// a stronger one within the same kind of match.
const TIER_NAME: i64 = 50_000;
const TIER_ALT_NAME: i64 = 40_000;
const TIER_TOPIC: i64 = 30_000;
const TIER_ORG: i64 = 20_000;
const TIER_DESCRIPTION: i64 = 10_000;
/// Scattered matches scoring less than this per query letter are noise (skim
/// gives 16 per matched letter and takes points for gaps).
const MIN_FUZZY_PER_CHAR: i64 = 12;

/// One service's searchable text, folded.
struct Entry {
    name: String,
    alt_name: String,
    topics: String,
    organization: String,
    description: String,
}

/// The folded texts of every service, built once per load.
pub struct SearchIndex {
    entries: Vec<Entry>,
    /// Service indices in alphabetical order of their shown name.
    by_name: Vec<u32>,
    /// The inverse: the alphabetical position of each service.
    rank: Vec<u32>,
    matcher: SkimMatcherV2,
}

/// A parsed query: its folded words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    words: Vec<String>,
}

impl Query {
    /// Splits on white space and folds each word.
    pub fn parse(text: &str) -> Self {
        Self {
            words: text.split_whitespace().map(fold).collect(),
        }
    }

    /// True when there is nothing to search for.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// True when every service matching `self` also matches `prev`: each earlier
    /// word only grew at its end, and words may have been added. Then the new
    /// results can be looked for among the previous ones only.
    pub fn narrows(&self, prev: &Query) -> bool {
        !prev.is_empty()
            && self.words.len() >= prev.words.len()
            && prev
                .words
                .iter()
                .zip(&self.words)
                .all(|(old, new)| new.starts_with(old.as_str()))
    }
}

/// A matched service and its score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Index into the services the index was built from.
    pub service: u32,
    /// Higher is better.
    pub score: i64,
}

impl SearchIndex {
    /// Folds every service's texts; names are taken in the interface language.
    pub fn build(services: &[Service], reference: &Reference, lang: Lang) -> Self {
        let other = match lang {
            Lang::Pl => Lang::En,
            Lang::En => Lang::Pl,
        };
        let entries: Vec<Entry> = services
            .iter()
            .map(|s| {
                let topics = s
                    .topics
                    .iter()
                    .filter_map(|c| reference.topic(c))
                    .map(|t| format!("{} {} {}", t.code, t.pl, t.en))
                    .collect::<Vec<_>>()
                    .join(" | ");
                let organization = s
                    .organization
                    .as_ref()
                    .map(|o| format!("{} {}", o.name.text, o.name.en.as_deref().unwrap_or("")))
                    .unwrap_or_default();
                let description = format!(
                    "{} \n {}",
                    s.description.text,
                    s.description.en.as_deref().unwrap_or("")
                );
                Entry {
                    name: fold(s.name.get(lang)),
                    alt_name: fold(s.name.get(other)),
                    topics: fold(&topics),
                    organization: fold(&organization),
                    description: fold(&description),
                }
            })
            .collect();
        let mut by_name: Vec<u32> = (0..entries.len() as u32).collect();
        by_name.sort_by(|&a, &b| {
            let (ea, eb) = (&entries[a as usize], &entries[b as usize]);
            sort_key(&ea.name).cmp(sort_key(&eb.name)).then(a.cmp(&b))
        });
        let mut rank = vec![0u32; by_name.len()];
        for (pos, &service) in by_name.iter().enumerate() {
            rank[service as usize] = pos as u32;
        }
        Self {
            entries,
            by_name,
            rank,
            matcher: SkimMatcherV2::default().ignore_case(),
        }
    }

    /// The number of services indexed.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when no service is indexed.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// All service indices in alphabetical order of name.
    pub fn alphabetical(&self) -> &[u32] {
        &self.by_name
    }

    /// Scores one service against the query, `None` when a word does not match.
    pub fn score(&self, service: u32, query: &Query) -> Option<i64> {
        let e = &self.entries[service as usize];
        let fields = [
            (e.name.as_str(), TIER_NAME),
            (e.alt_name.as_str(), TIER_ALT_NAME),
            (e.topics.as_str(), TIER_TOPIC),
            (e.organization.as_str(), TIER_ORG),
            (e.description.as_str(), TIER_DESCRIPTION),
        ];
        query.words.iter().try_fold(0i64, |total, word| {
            // A word found whole beats any scattered match; among whole-word hits
            // the field's tier decides, and a hit at a word start is preferred.
            let whole = fields.iter().find_map(|&(text, tier)| {
                substring_bonus(text, word).map(|bonus| EXACT + tier + bonus)
            });
            let best = whole.or_else(|| {
                fields[..4].iter().find_map(|&(text, tier)| {
                    self.matcher
                        .fuzzy_match(text, word)
                        .filter(|&s| s >= MIN_FUZZY_PER_CHAR * word.chars().count() as i64)
                        .map(|s| tier + s)
                })
            })?;
            Some(total + best)
        })
    }

    /// Matches the query among `candidates` and ranks the hits (best first, then
    /// alphabetical). `candidates` must be in alphabetical order for the tie-break
    /// to hold; an empty query keeps them all, in that order.
    pub fn search(&self, query: &Query, candidates: &[u32]) -> Vec<Hit> {
        if query.is_empty() {
            return candidates
                .iter()
                .map(|&service| Hit { service, score: 0 })
                .collect();
        }
        let mut hits: Vec<Hit> = candidates
            .iter()
            .filter_map(|&service| {
                self.score(service, query)
                    .map(|score| Hit { service, score })
            })
            .collect();
        // Stable: equal scores keep the alphabetical order of `candidates`.
        hits.sort_by_key(|h| std::cmp::Reverse(h.score));
        hits
    }

    /// Character positions in the shown name that the query matched, for
    /// highlighting (folding keeps positions, so they index the original name).
    pub fn name_highlights(&self, service: u32, query: &Query) -> Vec<usize> {
        let name = &self.entries[service as usize].name;
        let mut out = Vec::new();
        for word in &query.words {
            if let Some(at) = name.find(word.as_str()) {
                let start = name[..at].chars().count();
                out.extend(start..start + word.chars().count());
            } else if let Some((_, idx)) = self.matcher.fuzzy_indices(name, word) {
                out.extend(idx);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// Names sort by their first letter or digit (`„Kultura łączy”` under K).
fn sort_key(folded: &str) -> &str {
    folded.trim_start_matches(|c: char| !c.is_alphanumeric())
}

/// Where `word` occurs whole in `text`: 200 at the very start, 100 at a word
/// start, 0 inside a word; `None` when it does not occur.
fn substring_bonus(text: &str, word: &str) -> Option<i64> {
    let mut best = None;
    for (at, _) in text.match_indices(word) {
        let bonus = match text[..at].chars().next_back() {
            None => return Some(200),
            Some(c) if !c.is_alphanumeric() => 100,
            Some(_) => 0,
        };
        best = best.max(Some(bonus));
        if bonus == 100 {
            break;
        }
    }
    best
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
}

impl Filter {
    /// True when no filter is set.
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// True when the service passes every filter that is set.
    pub fn accepts(&self, s: &Service) -> bool {
        self.topic.as_ref().is_none_or(|t| s.topics.contains(t))
            && self
                .language
                .as_ref()
                .is_none_or(|l| s.languages.contains(l))
            && self.county.as_ref().is_none_or(|c| s.serves(c))
            && (!self.free_only || s.free == Some(true))
    }
}

/// Search as you type: keeps the filtered candidates and the last results, and
/// narrows the previous results instead of scanning everything again when the
/// query only grew.
pub struct Searcher {
    index: SearchIndex,
    filter: Filter,
    /// Services passing the filter, alphabetical.
    candidates: Vec<u32>,
    query: Query,
    hits: Vec<Hit>,
}

impl Searcher {
    /// An index over the services, no filter, empty query.
    pub fn new(index: SearchIndex) -> Self {
        let candidates = index.alphabetical().to_vec();
        let hits = index.search(&Query::default(), &candidates);
        Self {
            index,
            filter: Filter::default(),
            candidates,
            query: Query::default(),
            hits,
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

    /// Changes the filter and searches again from scratch.
    pub fn set_filter(&mut self, filter: Filter, services: &[Service]) {
        self.candidates = self
            .index
            .alphabetical()
            .iter()
            .copied()
            .filter(|&i| filter.accepts(&services[i as usize]))
            .collect();
        self.filter = filter;
        self.hits = self.index.search(&self.query, &self.candidates);
    }

    /// Sets the query text and updates the results.
    pub fn set_query(&mut self, text: &str) {
        let query = Query::parse(text);
        if query == self.query {
            return;
        }
        self.hits = if query.narrows(&self.query) {
            // Previous hits are a superset; re-score them in alphabetical order so
            // the stable sort keeps the tie-break.
            let mut within: Vec<u32> = self.hits.iter().map(|h| h.service).collect();
            within.sort_unstable_by_key(|&s| self.index.rank[s as usize]);
            self.index.search(&query, &within)
        } else {
            self.index.search(&query, &self.candidates)
        };
        self.query = query;
    }
}
