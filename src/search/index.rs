//! The search index: every service's texts folded once, and the scoring of a
//! query against them.
//!
//! Keeping a keystroke inside one frame at 100 000 services takes: a
//! 64-bit "which letters occur" mask per text, so texts that lack a letter
//! of the word are skipped without looking at them; the services kept in
//! alphabetical order, their masks in one array and their folded names end
//! to end ([`Strings`]), so a keystroke reads them as one stream; topics and
//! organisations matched once per word (there are a few dozen of them,
//! shared by thousands of services) rather than once per service;
//! descriptions looked up through their distinct words, and a word held by
//! few descriptions through its postings ([`Descriptions`]); and loose
//! matching that only narrows as a word grows, so each keystroke searches
//! the previous results.

use std::collections::HashMap;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use memchr::memmem;

use super::descriptions::{Descriptions, DescriptionsBuilder, Found, Occurs};
use super::strings::Strings;
use super::{Hit, Query, Vocabulary};
use crate::i18n::Lang;
use crate::model::{Listed, Reference, Service, WHOLE_REGION};
use crate::text::{fold, search_fold};

/// Score of a word found whole (as a substring), above any scattered match.
const EXACT: i64 = 1_000_000;
/// Score added per word for the field it hit, so a weaker field never outranks
/// a stronger one within the same kind of match.
const TIER_NAME: i64 = 50_000;
const TIER_ALT_NAME: i64 = 40_000;
const TIER_TOPIC: i64 = 30_000;
const TIER_ORG: i64 = 20_000;
const TIER_DESCRIPTION: i64 = 10_000;
/// A query word's postings are read when they hold at most this many
/// services per candidate of the search (reading a candidate's description
/// reads a few dozen words).
const POSTINGS_PER_CANDIDATE: usize = 8;
/// A word of one letter is matched whole only (a letter at a word start
/// would add nothing to that).
pub(super) const MIN_FUZZY_LEN: usize = 2;

/// What a keystroke looks at of a folded text before reading it: the mask
/// of the characters in it, the mask of the characters that begin its words
/// (where a fuzzy match must start), its first character and its pairs of
/// neighbouring characters.
#[derive(Clone, Copy, Default)]
struct Masks {
    mask: u64,
    initials: u64,
    /// The bit of the first character (0 for an empty text).
    first: u64,
    /// Its pairs of neighbouring characters hashed into 64 bits (for a name
    /// of a few words most bits stay clear, so a word with a pair it lacks
    /// is ruled out without reading it).
    pairs: u64,
}

impl Masks {
    fn of(folded: &str) -> Self {
        Self {
            mask: char_mask(folded),
            initials: initials(folded),
            first: folded.chars().next().map_or(0, char_bit),
            pairs: pairs64(folded),
        }
    }

    /// True when every character of the word occurs in the text (else neither a
    /// substring nor a fuzzy match is possible).
    fn may_contain(&self, word: &Word) -> bool {
        self.mask & word.mask == word.mask
    }

    /// Where the word occurs whole in `folded` (the text of these masks), as
    /// [`substring_bonus`] says, `None` when it does not. A word of one
    /// letter or digit is answered from the masks alone (its bit is its own,
    /// so the masks are exact), without reading the text: the first
    /// keystroke of a query looks at every service.
    fn whole(&self, folded: &str, word: &Word<'_>) -> Option<i64> {
        if !self.may_contain(word) {
            return None;
        }
        if !word.single && self.pairs & word.pairs64 != word.pairs64 {
            return None;
        }
        if word.single {
            return Some(single_letter_bonus(self.first, self.initials, word.mask));
        }
        substring_bonus(folded, &word.finder)
    }
}

/// A text shared by many services (a topic, an organisation), folded, with
/// its masks.
struct Text {
    folded: String,
    masks: Masks,
}

impl Text {
    fn new(text: &str) -> Self {
        let folded = search_fold(text);
        Self {
            masks: Masks::of(&folded),
            folded,
        }
    }

    fn whole(&self, word: &Word<'_>) -> Option<i64> {
        self.masks.whole(&self.folded, word)
    }
}

/// For a shown name whose folding changed it beyond case and diacritics
/// (decomposed letters, a ligature): the original character each folded
/// character comes from (and, last, the name's length), so highlights land
/// on the shown name (empty for a name too long to map: no highlights then).
/// `None` for almost every name: folding keeps their positions.
fn origin_of(name: &str, folded: &str) -> Option<Box<[usize]>> {
    use unicode_normalization::{IsNormalized, is_nfkc_quick};
    // Checked cheaply first: almost no name needs a map.
    if is_nfkc_quick(name.chars()) == IsNormalized::Yes || folded == fold(name) {
        return None;
    }
    Some(if name.chars().count() <= MAP_AT_MOST {
        origin_map(name).into_boxed_slice()
    } else {
        Box::default()
    })
}

/// Names longer than this get no position map (it costs the square of the
/// length).
const MAP_AT_MOST: usize = 512;

/// The characters of the original name that a character of the folded one
/// comes from (a letter with its combining marks), given the name's
/// [`origin_of`].
fn original_positions(origin: Option<&[usize]>, at: usize) -> std::ops::Range<usize> {
    match origin {
        Some(map) => match (map.get(at), map.get(at + 1)) {
            (Some(&from), Some(&to)) => from..to.max(from + 1),
            _ => 0..0,
        },
        None => at..at + 1,
    }
}

/// Where a word of one letter (`bit`, its own in [`char_mask`]) that a text
/// holds occurs, as [`substring_bonus`] says, from the text's first letter
/// and the letters its words begin with.
fn single_letter_bonus(first: u64, initials: u64, bit: u64) -> i64 {
    if first == bit {
        200
    } else if initials & bit != 0 {
        100
    } else {
        0
    }
}

/// For each character of the normalised text, the index of the character of
/// `text` it comes from, then the length of `text`: the count of normalised
/// characters grows as the prefix grows, and a character belongs to the
/// prefix that first produced it.
fn origin_map(text: &str) -> Vec<usize> {
    let total = search_fold(text).chars().count();
    let mut map = Vec::with_capacity(total + 1);
    let mut prefix = String::new();
    let mut len = 0;
    for (i, c) in text.chars().enumerate() {
        prefix.push(c);
        len = i + 1;
        let n = search_fold(&prefix).chars().count();
        while map.len() < n.min(total) {
            map.push(i);
        }
    }
    let last = map.last().copied().unwrap_or(0);
    map.resize(total, last);
    map.push(len);
    map
}

/// Which characters occur: `a`–`z` and digits have a bit each, the rest share
/// the remaining bits.
pub(super) fn char_mask(folded: &str) -> u64 {
    folded.chars().fold(0u64, |mask, c| mask | char_bit(c))
}

/// Which characters begin a word (a letter or digit after anything else, or
/// first), in the bits of [`char_mask`].
pub(super) fn initials(folded: &str) -> u64 {
    let mut initials = 0;
    let mut previous = ' ';
    for c in folded.chars() {
        if !previous.is_alphanumeric() && c.is_alphanumeric() {
            initials |= char_bit(c);
        }
        previous = c;
    }
    initials
}

/// The words that named the query's place, if it named one, prepared as a
/// query word is (so a name without their letters is passed over unread).
fn place_said(query: &Query) -> Option<Word<'_>> {
    query.place.as_ref().map(|(_, said)| Word::new(said))
}

/// A 32-bit hash of each pair of neighbouring characters.
fn pair_hashes(folded: &str) -> impl Iterator<Item = u32> + '_ {
    folded
        .chars()
        .zip(folded.chars().skip(1))
        .map(|(a, b)| (a as u32).wrapping_mul(0x9E37_79B1) ^ (b as u32).wrapping_mul(0x85EB_CA77))
}

/// The pairs of neighbouring characters in 64 bits.
fn pairs64(folded: &str) -> u64 {
    pair_hashes(folded).fold(0, |m, h| m | 1 << (h >> 26))
}

/// True when the word is one letter `a`–`z` or one digit: its bit in
/// [`char_mask`] belongs to it alone.
fn is_single(word: &str) -> bool {
    matches!(word.as_bytes(), [b'a'..=b'z' | b'0'..=b'9'])
}

/// The bit of one character in [`char_mask`] (none for white space).
pub(super) fn char_bit(c: char) -> u64 {
    let bit = match c {
        'a'..='z' => c as u32 - 'a' as u32,
        '0'..='9' => 26 + (c as u32 - '0' as u32),
        c if c.is_whitespace() => return 0,
        c => 36 + (c as u32 % 28),
    };
    1 << bit
}

/// Where the place a query names is, in [`SearchIndex::areas`].
#[derive(Clone, Copy, Default)]
struct Areas {
    county: Option<u32>,
    whole: Option<u32>,
}

/// What a keystroke reads of one service first: the masks of its names (the
/// folded names are in [`SearchIndex::names`]), its topics and its
/// organisation. Kept small and in alphabetical order, so a keystroke over
/// the whole directory reads them as one stream.
struct Entry {
    name: Masks,
    alt_name: Masks,
    /// Bit `i` set when the service has topic `i` of the index's topic list.
    topics: u32,
    /// Index into the organisations, if it has one.
    organization: Option<u32>,
}

/// A query word prepared against the index: its mask, and how it matches each
/// topic and organisation (computed once per search, not once per service).
struct Word<'q> {
    text: &'q str,
    /// A prepared substring searcher (SIMD), built once per search.
    finder: memmem::Finder<'q>,
    mask: u64,
    /// True for a word of one letter `a`–`z` or digit, whose mask bit is
    /// exact (see [`Text::whole`]).
    single: bool,
    /// Its pairs of neighbouring characters in 64 bits, for [`Text::pairs`].
    pairs64: u64,
    /// How it occurs in each distinct word of the descriptions (empty for a
    /// one-letter word: the letters of a description answer that).
    found: Vec<Found>,
    /// For a word found in few descriptions of a large search: how it
    /// occurs in each service's, from the postings (else the descriptions
    /// are read service by service).
    described: Option<Vec<Occurs>>,
    fuzzy: bool,
    /// How it scores against each topic of the index's list.
    topics: Vec<Option<i64>>,
    /// Bit `i` set when it matches topic `i` (among the first 32) at all,
    /// and when it matches it whole: a service's topics are checked
    /// against these bits before any score is looked at.
    topics_matched: u32,
    topics_whole: u32,
    organizations: Vec<Option<i64>>,
    /// Bit `i` set when the word is a need word for topic `i`.
    needs: u32,
}

impl<'q> Word<'q> {
    /// A query word (folded) as it is before the index looks it up: no
    /// description word, topic or organisation matched yet.
    fn new(text: &'q str) -> Self {
        Self {
            text,
            finder: memmem::Finder::new(text.as_bytes()),
            mask: char_mask(text),
            single: is_single(text),
            pairs64: pairs64(text),
            found: Vec::new(),
            described: None,
            fuzzy: text.chars().count() >= MIN_FUZZY_LEN,
            topics: Vec::new(),
            topics_matched: 0,
            topics_whole: 0,
            organizations: Vec::new(),
            needs: 0,
        }
    }

    /// The best score of the word among a service's topics (`topics`, its
    /// bits) that are also in `among` (one of the word's topic bits).
    fn best_topic(&self, topics: u32, among: u32) -> Option<i64> {
        let mut bits = topics & among;
        let mut best = None;
        while bits != 0 {
            best = best.max(self.topics[bits.trailing_zeros() as usize]);
            bits &= bits - 1;
        }
        best
    }
}

/// The folded texts of every service, built once per load.
pub struct SearchIndex {
    /// By alphabetical position, like all the per-service fields below.
    entries: Vec<Entry>,
    /// The folded shown names.
    names: Strings,
    /// The folded names in the other stored language (empty where there is
    /// no other).
    alt_names: Strings,
    /// The positions map of the few names whose folding moved characters
    /// ([`origin_of`]), by alphabetical position.
    origins: HashMap<u32, Box<[usize]>>,
    /// The areas each serves (`pomorskie`: all of them), as one of
    /// `area_lists`.
    served: Vec<u32>,
    /// Each distinct list of areas served, as positions in `areas` (one
    /// copy of each name for the whole directory): a few hundred lists for
    /// 100 000 services.
    area_lists: Vec<Box<[u32]>>,
    /// The descriptions, as words.
    descriptions: Descriptions,
    topics: Vec<Text>,
    organizations: Vec<Text>,
    /// Service indices in alphabetical order of their shown name.
    by_name: Vec<u32>,
    /// The inverse: the alphabetical position of each service.
    rank: Vec<u32>,
    matcher: SkimMatcherV2,
    /// Topic codes in the order of `topics`.
    topic_codes: Vec<String>,
    /// The names of the areas services serve, each once.
    areas: Vec<String>,
    /// How queries are read (places, need words).
    vocabulary: Vocabulary,
}

/// The names of some services folded, in the services' order (a part of the
/// building of a [`SearchIndex`]).
#[derive(Default)]
struct Folded {
    entries: Vec<Entry>,
    names: Strings,
    alt_names: Strings,
    /// By service index.
    origins: Vec<(u32, Box<[usize]>)>,
}

impl Folded {
    /// Adds the services of `other`, which come after these.
    fn append(&mut self, other: Folded) {
        self.entries.extend(other.entries);
        self.names.append(&other.names);
        self.alt_names.append(&other.alt_names);
        self.origins.extend(other.origins);
    }
}

impl SearchIndex {
    /// Folds every service's texts; names are taken in the interface language.
    pub fn build(services: &[Service], reference: &Reference, lang: Lang) -> Self {
        Self::build_listed(
            services,
            || {
                let mut words = DescriptionsBuilder::with_capacity(services.len());
                services.iter().for_each(|s| words.push(&s.description));
                words.finish()
            },
            reference,
            lang,
        )
    }

    /// Folds the services' names, organisations and topics, and takes their
    /// descriptions from `descriptions` (run on a thread of its own in a
    /// large directory, beside the folding), in the same order.
    pub fn build_listed<S: Listed + Sync>(
        services: &[S],
        descriptions: impl FnOnce() -> Descriptions + Send,
        reference: &Reference,
        lang: Lang,
    ) -> Self {
        let other = lang.stored().other();
        let topics: Vec<Text> = reference
            .topics
            .iter()
            .map(|t| {
                // The interface's own label too, when it is neither stored one.
                let own = Some(t.label(lang)).filter(|l| *l != t.pl && *l != t.en);
                let own = own.unwrap_or_default();
                Text::new(format!("{} {} {} {own}", t.code, t.pl, t.en).trim_end())
            })
            .collect();
        let mut organizations = Vec::new();
        let mut org_index = HashMap::new();
        let of_service: Vec<Option<u32>> = services
            .iter()
            .map(|s| {
                s.organization().map(|o| {
                    *org_index.entry(o.id).or_insert_with(|| {
                        organizations.push(Text::new(&format!(
                            "{} {}",
                            o.name.text,
                            o.name.en.as_deref().unwrap_or("")
                        )));
                        (organizations.len() - 1) as u32
                    })
                })
            })
            .collect();
        let mut areas: Vec<String> = Vec::new();
        let mut area_index: HashMap<&str, u32> = HashMap::new();
        let mut area_lists: Vec<Box<[u32]>> = Vec::new();
        let mut list_index: HashMap<Box<[u32]>, u32> = HashMap::new();
        let of_areas: Vec<u32> = services
            .iter()
            .map(|s| {
                let list: Box<[u32]> = s
                    .areas()
                    .iter()
                    .map(|a| {
                        *area_index.entry(a.as_str()).or_insert_with(|| {
                            areas.push(a.clone());
                            (areas.len() - 1) as u32
                        })
                    })
                    .collect();
                *list_index.entry(list).or_insert_with_key(|list| {
                    area_lists.push(list.clone());
                    (area_lists.len() - 1) as u32
                })
            })
            .collect();
        let topics_of = |s: &S| {
            s.topics()
                .iter()
                .filter_map(|c| reference.topics.iter().position(|t| &t.code == c))
                .filter(|&i| i < 32)
                .fold(0u32, |m, i| m | (1 << i))
        };
        let names = |from: usize, to: usize, room: usize| -> Folded {
            let mut part = Folded {
                entries: Vec::with_capacity(room),
                ..Folded::default()
            };
            for (at, s) in services.iter().enumerate().take(to).skip(from) {
                let shown = s.name().get(lang);
                let name = search_fold(shown);
                if let Some(map) = origin_of(shown, &name) {
                    part.origins.push((at as u32, map));
                }
                // A name with no translation would be its own other name:
                // left empty (it matches nothing the name did not), which
                // saves a folded copy of most names.
                let alt_name = match s.name().stored(other) {
                    alt if alt == shown => String::new(),
                    alt => search_fold(alt),
                };
                part.entries.push(Entry {
                    name: Masks::of(&name),
                    alt_name: Masks::of(&alt_name),
                    topics: topics_of(s),
                    organization: of_service[at],
                });
                part.names.push(&name);
                part.alt_names.push(&alt_name);
            }
            part
        };
        // Folding is most of the time of a load: in a large directory the
        // descriptions and the second half of the names are folded on
        // another thread.
        let (folded, descriptions): (Folded, Descriptions) = if services.len() < PARALLEL_FROM {
            (names(0, services.len(), services.len()), descriptions())
        } else {
            let half = services.len() / 2;
            std::thread::scope(|scope| {
                let other = scope.spawn(|| {
                    let descriptions = descriptions();
                    (descriptions, names(half, services.len(), 0))
                });
                // Room for all: the second half joins it without a copy.
                let mut folded = names(0, half, services.len());
                let (descriptions, second) = other
                    .join()
                    .unwrap_or_else(|e| std::panic::resume_unwind(e));
                folded.append(second);
                (folded, descriptions)
            })
        };
        let Folded {
            mut entries,
            names,
            alt_names,
            origins,
        } = folded;
        let mut by_name: Vec<u32> = (0..entries.len() as u32).collect();
        // The index breaks ties, so an unstable sort gives the same order.
        let keys: Vec<&str> = (0..names.len()).map(|i| sort_key(names.get(i))).collect();
        by_name.sort_unstable_by(|&a, &b| keys[a as usize].cmp(keys[b as usize]).then(a.cmp(&b)));
        drop(keys);
        let mut rank = vec![0u32; by_name.len()];
        for (pos, &service) in by_name.iter().enumerate() {
            rank[service as usize] = pos as u32;
        }
        // Kept in alphabetical order: the candidates of a search are, so a
        // keystroke reads the entries and the names one after the other
        // rather than jumping through memory (at 100 000 services, a cache
        // miss each).
        reorder(&mut entries, &by_name);
        let mut served = of_areas;
        reorder(&mut served, &by_name);
        Self {
            entries,
            names: names.reordered(&by_name),
            alt_names: alt_names.reordered(&by_name),
            origins: origins
                .into_iter()
                .map(|(service, map)| (rank[service as usize], map))
                .collect(),
            served,
            area_lists,
            descriptions: descriptions.reordered(&by_name),
            topics,
            organizations,
            by_name,
            rank,
            matcher: SkimMatcherV2::default().ignore_case(),
            topic_codes: reference.topics.iter().map(|t| t.code.clone()).collect(),
            areas,
            vocabulary: Vocabulary::shipped(reference),
        }
    }

    /// The index reading queries with this vocabulary (the shipped one and a
    /// coordinator's words file, [`Vocabulary::load`]) instead of the shipped one.
    pub fn with_vocabulary(mut self, vocabulary: Vocabulary) -> Self {
        self.vocabulary = vocabulary;
        self
    }

    /// How queries are read.
    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocabulary
    }

    /// The number of services indexed.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when no service is indexed.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// All service indices in alphabetical order of name: the service at
    /// each alphabetical position.
    pub fn alphabetical(&self) -> &[u32] {
        &self.by_name
    }

    /// Every alphabetical position, in order: the candidates of an
    /// unfiltered search.
    pub fn positions(&self) -> Vec<u32> {
        (0..self.entries.len() as u32).collect()
    }

    /// The hit of the service at an alphabetical position.
    fn hit(&self, at: u32, score: i64) -> Hit {
        Hit {
            service: self.by_name[at as usize],
            at,
            score,
        }
    }

    /// How a word scores against a shared text (topic or organisation).
    fn shared_score(&self, text: &Text, word: &Word<'_>, tier: i64) -> Option<i64> {
        if !text.masks.may_contain(word) {
            return None;
        }
        text.whole(word)
            .map(|b| EXACT + tier + b)
            .or_else(|| fuzzy(&text.masks, &text.folded, word).map(|s| tier + s))
    }

    /// The query's words looked up in the index, for a search among
    /// `candidates` services.
    fn prepare<'q>(&self, query: &'q Query, candidates: usize) -> Vec<Word<'q>> {
        query
            .words
            .iter()
            .zip(&query.needs)
            .map(|(w, needs)| {
                let mut word = Word::new(w);
                if !word.single {
                    word.found = self.descriptions.lookup(&word.finder);
                    // Marking the services of the few descriptions that
                    // hold it, rather than reading every candidate's.
                    if self
                        .descriptions
                        .postings_len(&word.found)
                        .is_some_and(|n| n <= candidates * POSTINGS_PER_CANDIDATE)
                    {
                        word.described = Some(self.descriptions.occurrences(&word.found));
                    }
                }
                word.needs = needs
                    .iter()
                    .filter_map(|c| self.topic_codes.iter().position(|t| t == c))
                    .filter(|&i| i < 32)
                    .fold(0u32, |m, i| m | (1 << i));
                word.topics = self
                    .topics
                    .iter()
                    .map(|t| self.shared_score(t, &word, TIER_TOPIC))
                    .collect();
                let bits = |keep: fn(i64) -> bool| {
                    word.topics
                        .iter()
                        .take(32)
                        .enumerate()
                        .filter(|(_, s)| s.is_some_and(keep))
                        .fold(0u32, |m, (i, _)| m | (1 << i))
                };
                word.topics_matched = bits(|_| true);
                word.topics_whole = bits(|s| s >= EXACT);
                word.organizations = self
                    .organizations
                    .iter()
                    .map(|o| self.shared_score(o, &word, TIER_ORG))
                    .collect();
                word
            })
            .collect()
    }

    /// Scores the service at alphabetical position `at`, `None` when a word
    /// does not match. `said` is the place's words ([`place_said`]),
    /// prepared once per search.
    fn score(
        &self,
        at: usize,
        words: &[Word<'_>],
        query: &Query,
        said: Option<&Word<'_>>,
        areas: Areas,
    ) -> Option<i64> {
        let e = &self.entries[at];
        let name = || self.names.get(at);
        let alt_name = || self.alt_names.get(at);
        let place = match &query.place {
            None => 0,
            Some(_) => {
                let said = said?;
                let served = &self.area_lists[self.served[at] as usize];
                // A service named after the place is never hidden by it.
                if let Some(bonus) = e.name.whole(name(), said) {
                    EXACT + TIER_NAME + bonus
                } else if let Some(bonus) = e.alt_name.whole(alt_name(), said) {
                    EXACT + TIER_ALT_NAME + bonus
                } else if areas.county.is_some_and(|c| served.contains(&c)) {
                    EXACT + 100
                } else if areas.whole.is_some_and(|w| served.contains(&w)) {
                    EXACT
                } else {
                    return None;
                }
            }
        };
        words.iter().try_fold(place, |total, word| {
            let whole = |masks: &Masks, text: &str, tier: i64| {
                masks.whole(text, word).map(|bonus| EXACT + tier + bonus)
            };
            let organization = || e.organization.and_then(|o| word.organizations[o as usize]);
            // Whole-word hits, strongest field first; a shared text's score is
            // already tiered, and exact ones are above every fuzzy one.
            let exact = whole(&e.name, name(), TIER_NAME)
                .or_else(|| whole(&e.alt_name, alt_name(), TIER_ALT_NAME))
                .or_else(|| word.best_topic(e.topics, word.topics_whole))
                .or_else(|| (e.topics & word.needs != 0).then_some(EXACT + TIER_TOPIC + 100))
                .or_else(|| organization().filter(|&s| s >= EXACT))
                .or_else(|| {
                    self.in_description(at, word)
                        .map(|bonus| EXACT + TIER_DESCRIPTION + bonus)
                });
            let best = exact.or_else(|| {
                fuzzy(&e.name, name(), word)
                    .map(|s| TIER_NAME + s)
                    .or_else(|| fuzzy(&e.alt_name, alt_name(), word).map(|s| TIER_ALT_NAME + s))
                    .or_else(|| word.best_topic(e.topics, word.topics_matched))
                    .or_else(organization)
            })?;
            Some(total + best)
        })
    }

    /// Where the word occurs whole in the description of the service at
    /// alphabetical position `at`, as [`substring_bonus`] says.
    fn in_description(&self, at: usize, word: &Word<'_>) -> Option<i64> {
        let at = at as u32;
        let letters = self.descriptions.letters(at);
        if letters.mask & word.mask != word.mask {
            return None;
        }
        if word.single {
            // The word's bit is its own: the letters answer exactly.
            return Some(single_letter_bonus(
                letters.first,
                letters.initials,
                word.mask,
            ));
        }
        match &word.described {
            Some(occurs) => self
                .descriptions
                .bonus_of(at, occurs[at as usize], &word.found),
            None => self.descriptions.bonus(at, &word.found),
        }
    }

    /// Matches the query among the services at the alphabetical positions
    /// `candidates` (ascending: they break ties) and ranks the hits, best
    /// first, then alphabetical; an empty query keeps them all, in that order.
    pub fn search(&self, query: &Query, candidates: &[u32]) -> Vec<Hit> {
        if query.is_empty() {
            return candidates.iter().map(|&at| self.hit(at, 0)).collect();
        }
        let words = self.prepare(query, candidates.len());
        let said = place_said(query);
        let areas = self.areas_of(query);
        ranked(candidates, |at| {
            self.score(at as usize, &words, query, said.as_ref(), areas)
                .map(|score| self.hit(at, score))
        })
    }

    /// The positions in [`SearchIndex::areas`] of the county of the place the
    /// query names and of the whole region, looked up once per search.
    fn areas_of(&self, query: &Query) -> Areas {
        let find = |name: &str| self.areas.iter().position(|a| a == name).map(|i| i as u32);
        match &query.place {
            None => Areas::default(),
            Some((county, _)) => Areas {
                county: find(county),
                whole: find(WHOLE_REGION),
            },
        }
    }

    /// Character positions in the shown name that the query matched, for
    /// highlighting (folding keeps positions, so they index the original name).
    pub fn name_highlights(&self, service: u32, query: &Query) -> Vec<usize> {
        let at = self.rank[service as usize];
        let name = self.names.get(at as usize);
        let origin = self.origins.get(&at).map(|map| &map[..]);
        let mut out = Vec::new();
        for word in &query.words {
            if let Some(at) = name.find(word.as_str()) {
                let start = name[..at].chars().count();
                out.extend(start..start + word.chars().count());
            } else if word.chars().count() >= MIN_FUZZY_LEN {
                if let Some((_, idx)) = self.matcher.fuzzy_indices(name, word) {
                    out.extend(idx);
                }
            }
        }
        let mut out: Vec<usize> = out
            .into_iter()
            .flat_map(|at| original_positions(origin, at))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// How the word matches a text fuzzily (`folded`, with its `masks`), as
/// [`subsequence_score`] says; `None` for a word too short to match so.
fn fuzzy(masks: &Masks, folded: &str, word: &Word<'_>) -> Option<i64> {
    if !word.fuzzy || !masks.may_contain(word) {
        return None;
    }
    subsequence_score(folded, word.text)
}

/// Below this many candidates one thread scores them faster than two.
const PARALLEL_FROM: usize = 2048;

/// Scores the candidates (on two threads when there are many: a help-desk
/// server has at least two cores) and ranks the hits, best first; equal scores
/// keep the candidates' (alphabetical) order.
fn ranked(candidates: &[u32], score: impl Fn(u32) -> Option<Hit> + Sync) -> Vec<Hit> {
    let run = |part: &[u32]| -> Vec<Hit> { part.iter().filter_map(|&at| score(at)).collect() };
    let mut hits = if candidates.len() < PARALLEL_FROM {
        run(candidates)
    } else {
        let (first, second) = candidates.split_at(candidates.len() / 2);
        std::thread::scope(|scope| {
            let other = scope.spawn(|| run(second));
            let mut hits = run(first);
            // A panic in the other half is a bug; surface it rather than lose hits.
            hits.extend(
                other
                    .join()
                    .unwrap_or_else(|e| std::panic::resume_unwind(e)),
            );
            hits
        })
    };
    best_first(&mut hits);
    hits
}

/// At most this many distinct scores are ordered by counting (see
/// [`best_first`]).
const COUNTED_AT_MOST: usize = 256;

/// Orders hits best first, equal scores in the order they were in (a stable
/// sort). The hits of a short query are many but share few scores (a
/// score is the field's tier and a bonus, per word): then they are counted
/// per score and each put straight into its place, in two passes, where a
/// sort of 100 000 takes several milliseconds.
fn best_first(hits: &mut Vec<Hit>) {
    if hits.len() < PARALLEL_FROM {
        hits.sort_by_key(|h| std::cmp::Reverse(h.score));
        return;
    }
    let mut places: HashMap<i64, usize, foldhash::fast::RandomState> = HashMap::default();
    for h in hits.iter() {
        *places.entry(h.score).or_default() += 1;
        if places.len() > COUNTED_AT_MOST {
            hits.sort_by_key(|h| std::cmp::Reverse(h.score));
            return;
        }
    }
    let mut scores: Vec<(i64, usize)> = places.iter().map(|(&s, &n)| (s, n)).collect();
    scores.sort_unstable_by_key(|&(s, _)| std::cmp::Reverse(s));
    // Each score's count becomes where its first hit goes.
    let mut next = 0;
    for (score, count) in scores {
        places.insert(score, next);
        next += count;
    }
    let mut ordered = vec![
        Hit {
            service: 0,
            at: 0,
            score: 0
        };
        hits.len()
    ];
    for &h in hits.iter() {
        let place = places.get_mut(&h.score).expect("every score was counted");
        ordered[*place] = h;
        *place += 1;
    }
    *hits = ordered;
}

/// At most this many characters between two letters of a word matched
/// fuzzily (`prwnik` in „prawnik” skips one).
const MAX_GAP: usize = 3;

/// True when the word matches the text fuzzily ([`subsequences`]).
#[cfg(test)]
fn starts_a_subsequence(text: &str, word: &str) -> bool {
    subsequences(text, word, |_, _| true)
}

/// How well the word matches the text fuzzily ([`subsequences`], its best
/// start): 16 a letter, 4 less for each letter skipped, 16 more at
/// the very start of the text; `None` when it does not.
fn subsequence_score(text: &str, word: &str) -> Option<i64> {
    let letters = word.chars().count() as i64;
    let mut best = None;
    subsequences(text, word, |at, skipped| {
        let score = 16 * letters - 4 * skipped as i64 + if at == 0 { 16 } else { 0 };
        best = best.max(Some(score));
        false
    });
    best
}

/// A fuzzy match: the word's letters occur in order in the text, starting at
/// the beginning of one of its words, each found at most [`MAX_GAP`]
/// characters after the one before (the first such letter each time): what
/// someone abbreviating or skipping letters types (`prwnik` for „prawnik”).
///
/// A word that matches this way has every prefix matching the same way (the
/// letters of a prefix are found where the word's first letters were), so a
/// word that grows can only lose fuzzy matches, and typing narrows the
/// previous results ([`super::Query::grows`]).
///
/// Calls `found` with the start (byte) and the letters skipped of each such
/// match, until it returns true; true when it did.
fn subsequences(text: &str, word: &str, found: impl FnMut(usize, usize) -> bool) -> bool {
    if word.is_ascii() {
        return subsequences_ascii(text, word.as_bytes(), found);
    }
    let mut found = found;
    let want: Vec<char> = word.chars().collect();
    let Some((&first, rest)) = want.split_first() else {
        return false;
    };
    let mut previous = ' ';
    for (at, c) in text.char_indices() {
        let at_word_start = !previous.is_alphanumeric();
        previous = c;
        if c != first || !at_word_start {
            continue;
        }
        let (mut next, mut gap, mut skipped) = (0, 0, 0);
        for t in text[at..].chars().skip(1) {
            if next == rest.len() {
                break;
            }
            if t == rest[next] {
                next += 1;
                skipped += gap;
                gap = 0;
            } else {
                gap += 1;
                if gap > MAX_GAP {
                    break;
                }
            }
        }
        if next == rest.len() && found(at, skipped) {
            return true;
        }
    }
    false
}

/// [`subsequences`] for a word of ASCII characters, on bytes: they never
/// occur inside another character's encoding, so the letters are found
/// where reading characters finds them.
fn subsequences_ascii(
    text: &str,
    word: &[u8],
    mut found: impl FnMut(usize, usize) -> bool,
) -> bool {
    let Some((&first, rest)) = word.split_first() else {
        return false;
    };
    let bytes = text.as_bytes();
    memchr::memchr_iter(first, bytes).any(|at| {
        let at_word_start = match at.checked_sub(1).map(|i| bytes[i]) {
            None => true,
            Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
            Some(_) => !text[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric),
        };
        if !at_word_start {
            return false;
        }
        let (mut next, mut gap, mut skipped) = (0, 0, 0);
        for &t in &bytes[at + 1..] {
            if next == rest.len() {
                break;
            }
            if t == rest[next] {
                next += 1;
                skipped += gap;
                gap = 0;
            } else if t & 0xC0 != 0x80 {
                // A character begins at every byte but the continuing ones.
                gap += 1;
                if gap > MAX_GAP {
                    break;
                }
            }
        }
        next == rest.len() && found(at, skipped)
    })
}

/// Puts the items in the `order` given (the `i`th becomes the one that was
/// `order[i]`th) in place, one cycle of the permutation after another: a
/// copy of the entries of a national directory would be 20 MB more at the
/// peak of its loading.
fn reorder<T>(items: &mut [T], order: &[u32]) {
    let mut done = vec![false; items.len()];
    for start in 0..items.len() {
        let mut at = start;
        while !done[at] {
            done[at] = true;
            let from = order[at] as usize;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// Names sort by their first letter or digit (`„Kultura łączy”` under K).
fn sort_key(folded: &str) -> &str {
    folded.trim_start_matches(|c: char| !c.is_alphanumeric())
}

/// Where the word occurs whole in `text`: 200 at the very start, 100 at a word
/// start, 0 inside a word; `None` when it does not occur.
pub(super) fn substring_bonus(text: &str, word: &memmem::Finder<'_>) -> Option<i64> {
    let mut best = None;
    for at in word.find_iter(text.as_bytes()) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_rule_out_texts_without_the_letters() {
        let text = Text::new("Kursy języka polskiego");
        let word = Word::new;
        assert!(text.masks.may_contain(&word("jezyk")));
        assert!(!text.masks.may_contain(&word("zolw")));
        assert!(text.masks.may_contain(&word("kur")));
    }

    #[test]
    fn one_letter_words_are_placed_from_the_masks_as_by_reading() {
        for text in [
            "Kursy języka polskiego",
            "„Kultura łączy” – pomoc",
            "abc a-b 1x x1",
            "Юридична допомога k",
            "",
        ] {
            let text = Text::new(text);
            for c in ('a'..='z').chain('0'..='9') {
                let w = c.to_string();
                let word = Word::new(&w);
                assert!(word.single);
                assert_eq!(
                    text.whole(&word),
                    substring_bonus(&text.folded, &word.finder),
                    "{c:?} in {:?}",
                    text.folded
                );
            }
        }
        assert!(!is_single("ab") && !is_single("ł") && !is_single(""));
    }

    #[test]
    fn highlights_of_a_decomposed_name_land_on_its_characters() {
        // "Język" with the ę decomposed (e + U+0328): six characters shown,
        // five after normalising.
        let name = "Je\u{328}zyk polski";
        let folded = search_fold(name);
        assert_eq!(folded, "jezyk polski");
        let map = origin_of(name, &folded);
        let at = |i| original_positions(map.as_deref(), i);
        let shown: Vec<usize> = (0..5).flat_map(at).collect();
        assert_eq!(shown, [0, 1, 2, 3, 4, 5], "the ę with its mark");
        assert_eq!(at(6), 7..8);
        assert_eq!(at(11), 12..13);
        assert_eq!(at(12), 0..0);
        // A ligature expands: both letters come from the one character.
        let name = "\u{fb01}nanse";
        let folded = search_fold(name);
        assert_eq!(folded, "finanse");
        let map = origin_of(name, &folded);
        let at = |i| original_positions(map.as_deref(), i);
        assert_eq!(at(0), 0..1);
        assert_eq!(at(1), 0..1);
        assert_eq!(at(2), 1..2);
        // Nothing to normalise: positions are the folded ones.
        assert!(origin_of("Łódź", &search_fold("Łódź")).is_none());
    }

    #[test]
    fn hits_come_best_first_and_equal_ones_in_their_order() {
        // Few distinct scores (counted) and many (sorted), above and below
        // the size where counting starts.
        for (count, distinct) in [(10, 3), (5000, 7), (5000, COUNTED_AT_MOST + 50)] {
            let mut hits: Vec<Hit> = (0..count as u32)
                .map(|at| Hit {
                    service: at.wrapping_mul(7919) % count as u32,
                    at,
                    score: i64::from(at.wrapping_mul(2_654_435_761) % distinct as u32) * 100,
                })
                .collect();
            let mut sorted = hits.clone();
            sorted.sort_by_key(|h| std::cmp::Reverse(h.score));
            best_first(&mut hits);
            assert_eq!(hits, sorted, "{count} hits, {distinct} scores");
        }
    }

    #[test]
    fn reordering_in_place_puts_each_where_the_order_says() {
        for order in [
            vec![2u32, 0, 1],
            vec![0, 1, 2, 3],
            vec![3, 2, 1, 0],
            vec![1, 0, 3, 4, 2],
            vec![],
        ] {
            let mut items: Vec<u32> = (0..order.len() as u32).map(|i| i * 10).collect();
            reorder(&mut items, &order);
            let wanted: Vec<u32> = order.iter().map(|&i| i * 10).collect();
            assert_eq!(items, wanted, "{order:?}");
        }
    }

    #[test]
    fn a_word_matched_fuzzily_has_each_prefix_matched_too() {
        // What lets a grown query be searched among the previous results.
        let texts = [
            "porady prawne dla cudzoziemcow",
            "kursy jezyka polskiego a1-b2",
            "szkoly z doswiadczeniem w slupsku",
            "юридична допомога у слупську",
            "p-r-a-w-n-i-k prawnik",
        ];
        let words = [
            "prwnik", "slupsk", "jzkpl", "kursyj", "юрдп", "pranik", "szkdo",
        ];
        for text in texts {
            for word in words {
                let chars: Vec<char> = word.chars().collect();
                let mut last = true;
                for n in 1..=chars.len() {
                    let prefix: String = chars[..n].iter().collect();
                    let now = starts_a_subsequence(text, &prefix);
                    assert!(last || !now, "{prefix:?} in {text:?}, not its prefix");
                    assert_eq!(now, subsequence_score(text, &prefix).is_some());
                    last = now;
                }
            }
        }
    }

    #[test]
    fn fuzzy_candidates_start_at_a_word_start() {
        assert!(starts_a_subsequence("porady prawnika", "prwnik"));
        assert!(starts_a_subsequence("kursy jezyka", "jzk"));
        assert!(!starts_a_subsequence("doradztwo zawodowe", "pom"));
        assert!(!starts_a_subsequence("abc", "bc"));
        assert!(!starts_a_subsequence(
            "p-------------------------------r w",
            "prw"
        ));
        // A word of plain letters in a text of other scripts: read on bytes,
        // found as by characters.
        assert!(starts_a_subsequence("юр prawnik", "prw"));
        assert!(
            !starts_a_subsequence("юprawnik", "prw"),
            "not at a word start"
        );
        assert!(starts_a_subsequence("ю-prawnik", "prw"));
        assert!(starts_a_subsequence("юридична допомога", "юрд"));
    }
}
