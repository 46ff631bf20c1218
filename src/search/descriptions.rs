//! The descriptions, kept as words rather than as text: every distinct folded
//! word once for the whole directory, and for each service the list of its
//! words.
//!
//! A query word holds no white space, so it occurs in a description exactly
//! when it occurs in one of the description's words. Looking a query word up
//! then takes one pass over the distinct words (a few tens of thousands, even
//! in a national directory, where the descriptions hold millions) and, per
//! service, a look at a byte per word of its description instead of a
//! substring search through its text. It also keeps a tenth of the memory:
//! a word that occurs in 30 000 descriptions is stored and folded once.

use std::collections::HashMap;

use memchr::memmem;

use super::index::{char_bit, char_mask, initials};
use super::strings::Strings;
use crate::model::Localized;
use crate::text::search_fold;

/// How a query word occurs in a description word (a byte per distinct word,
/// computed once per search; see [`Descriptions::lookup`]).
pub(super) type Found = u8;
/// Not in the word.
const ABSENT: Found = 0;
/// Inside the word only.
const INSIDE: Found = 1;
/// At a start of a word within it (after `-`, `(` …).
const AFTER_MARK: Found = 2;
/// At the start of the word.
const AT_START: Found = 3;

/// Which characters of a description occur, and which begin its words, for
/// the one-letter words of a first keystroke (answered without a lookup).
#[derive(Clone, Copy, Default)]
pub(super) struct Letters {
    pub(super) mask: u64,
    pub(super) initials: u64,
    /// The bit of the first character of the description.
    pub(super) first: u64,
}

/// Every service's description as words.
#[derive(Default)]
pub struct Descriptions {
    /// The distinct folded words, by id.
    distinct: Strings,
    /// Where each service's words start in `words` (one more entry than
    /// services: the end).
    starts: Vec<u32>,
    /// Per service, the id of the word its description begins with, then
    /// the ids of its other words, each once, in order: the first two as
    /// they are, each further one as its difference from the one before,
    /// all seven bits a byte ([`push_varint`]): about two bytes a word
    /// instead of four.
    words: Vec<u8>,
    /// Per service, the letters of its description.
    letters: Vec<Letters>,
    /// Per distinct word, the services whose descriptions hold it
    /// ([`Postings`]), made once the services are in their final order
    /// ([`reordered`](Self::reordered)).
    postings: Option<Postings>,
}

/// The other way round from [`Descriptions::words`]: per distinct word, the
/// services (by number, ascending) whose descriptions hold it, as
/// differences, seven bits a byte. A short query word is inside thousands of
/// descriptions and absent from most of the rest; reading the few words
/// that hold it and marking their services is then far less than reading
/// every word of every description.
struct Postings {
    /// Where each word's services start in `services` (one more entry
    /// than words: the end).
    starts: Vec<u32>,
    /// How many services each word's list holds.
    counts: Vec<u32>,
    services: Vec<u8>,
}

impl Postings {
    /// The postings of descriptions given as word lists ([`WordIds`]), in
    /// the order of the services.
    fn of(descriptions: &Descriptions) -> Self {
        let distinct = descriptions.distinct.len();
        let each = |visit: &mut dyn FnMut(u32, u32)| {
            for s in 0..descriptions.len() {
                for w in descriptions.word_ids(s) {
                    visit(w, s as u32);
                }
            }
        };
        // First the room each word's list takes, then the lists.
        let mut counts = vec![0u32; distinct];
        let mut sizes = vec![0u32; distinct];
        let mut last = vec![0u32; distinct];
        each(&mut |w, s| {
            let w = w as usize;
            sizes[w] += varint_len(s - last[w]);
            counts[w] += 1;
            last[w] = s;
        });
        let mut starts = Vec::with_capacity(distinct + 1);
        let mut total = 0u32;
        starts.push(0);
        for size in &sizes {
            total += size;
            starts.push(total);
        }
        let mut services = vec![0u8; total as usize];
        let mut at: Vec<u32> = starts[..distinct].to_vec();
        last.fill(0);
        each(&mut |w, s| {
            let w = w as usize;
            varint(s - last[w], |b| {
                services[at[w] as usize] = b;
                at[w] += 1;
            });
            last[w] = s;
        });
        Self {
            starts,
            counts,
            services,
        }
    }

    /// The services whose descriptions hold word `w`, ascending.
    fn of_word(&self, w: usize) -> impl Iterator<Item = u32> + '_ {
        let bytes = &self.services[self.starts[w] as usize..self.starts[w + 1] as usize];
        let mut previous = 0;
        Varints(bytes).map(move |gap| {
            previous += gap;
            previous
        })
    }
}

/// How many bytes [`varint`] gives for `n`.
fn varint_len(n: u32) -> u32 {
    (32 - n.leading_zeros()).max(1).div_ceil(7)
}

impl Descriptions {
    /// The number of services described.
    pub fn len(&self) -> usize {
        self.letters.len()
    }

    /// True when no service is described.
    pub fn is_empty(&self) -> bool {
        self.letters.is_empty()
    }

    /// The letters of a service's description.
    pub(super) fn letters(&self, service: u32) -> Letters {
        self.letters[service as usize]
    }

    /// The same descriptions in another order: the `i`th is the one that
    /// was `order[i]`th.
    pub(super) fn reordered(self, order: &[u32]) -> Self {
        let mut starts = Vec::with_capacity(order.len() + 1);
        let mut words = Vec::with_capacity(self.words.len());
        starts.push(0);
        for &s in order {
            let s = s as usize;
            words.extend_from_slice(
                &self.words[self.starts[s] as usize..self.starts[s + 1] as usize],
            );
            starts.push(words.len() as u32);
        }
        let letters = order.iter().map(|&s| self.letters[s as usize]).collect();
        // The old order's lists are given back before the postings are made
        // (at the peak of a national directory's loading).
        let Self { distinct, .. } = self;
        let mut reordered = Self {
            distinct,
            starts,
            words,
            letters,
            postings: None,
        };
        reordered.postings = Some(Postings::of(&reordered));
        reordered
    }

    /// The ids of the words of a service's description: the first word's,
    /// then the others ascending.
    fn word_ids(&self, service: usize) -> WordIds<'_> {
        WordIds::new(&self.words[self.starts[service] as usize..self.starts[service + 1] as usize])
    }

    /// How many (service, word) pairs reading the postings of the words
    /// `found` would visit: the work of [`Descriptions::occurrences`];
    /// `None` before the postings are made.
    pub(super) fn postings_len(&self, found: &[Found]) -> Option<usize> {
        let postings = self.postings.as_ref()?;
        Some(
            found
                .iter()
                .zip(&postings.counts)
                .filter(|(f, _)| **f != ABSENT)
                .map(|(_, &n)| n as usize)
                .sum(),
        )
    }

    /// [`bonus`](Self::bonus) for every service at once, from the
    /// postings: per service, how the word whose lookup is `found` occurs
    /// in its description ([`Occurs`]). Only once the postings are made
    /// ([`postings_len`](Self::postings_len) says).
    pub(super) fn occurrences(&self, found: &[Found]) -> Vec<Occurs> {
        let postings = self.postings.as_ref().expect("postings made");
        let mut occurs = vec![Occurs::Absent; self.len()];
        for (w, &f) in found.iter().enumerate() {
            let here = match f {
                ABSENT => continue,
                INSIDE => Occurs::Inside,
                _ => Occurs::AtWordStart,
            };
            for s in postings.of_word(w) {
                let o = &mut occurs[s as usize];
                *o = (*o).max(here);
            }
        }
        occurs
    }

    /// The bonus of a service whose description holds a word as
    /// [`occurrences`](Self::occurrences) says: what [`bonus`](Self::bonus)
    /// says.
    pub(super) fn bonus_of(&self, service: u32, occurs: Occurs, found: &[Found]) -> Option<i64> {
        match occurs {
            Occurs::Absent => None,
            Occurs::Inside => Some(0),
            Occurs::AtWordStart => {
                let first = self.word_ids(service as usize).next();
                Some(match first.map(|w| found[w as usize]) {
                    Some(AT_START) => 200,
                    _ => 100,
                })
            }
        }
    }

    /// How `word` (folded, without white space, two characters or more)
    /// occurs in each distinct word, by the distinct word's id.
    pub(super) fn lookup(&self, word: &memmem::Finder<'_>) -> Vec<Found> {
        (0..self.distinct.len())
            .map(|id| {
                let text = self.distinct.get(id);
                let mut found = ABSENT;
                for at in word.find_iter(text.as_bytes()) {
                    found = found.max(match text[..at].chars().next_back() {
                        None => AT_START,
                        Some(c) if !c.is_alphanumeric() => AFTER_MARK,
                        Some(_) => INSIDE,
                    });
                    if found >= AFTER_MARK {
                        break;
                    }
                }
                found
            })
            .collect()
    }

    /// Where the word whose [`lookup`](Self::lookup) is `found` occurs in a
    /// service's description, as a substring search through its text would
    /// say: 200 at the very start, 100 at the start of a word, 0 inside a
    /// word; `None` when it does not occur.
    pub(super) fn bonus(&self, service: u32, found: &[Found]) -> Option<i64> {
        let mut words = self.word_ids(service as usize);
        let first = words.next()?;
        let mut best = match found[first as usize] {
            AT_START => return Some(200),
            AFTER_MARK => return Some(100),
            INSIDE => Some(0),
            _ => None,
        };
        for w in words {
            match found[w as usize] {
                AT_START | AFTER_MARK => return Some(100),
                INSIDE => best = Some(0),
                _ => {}
            }
        }
        best
    }
}

/// How a query word occurs in one description, from the postings.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub(super) enum Occurs {
    Absent,
    /// Inside its words only.
    Inside,
    /// At the start of one of its words (or after a mark within one).
    AtWordStart,
}

/// Gives `n` seven bits a byte, lowest first, the high bit set on every
/// byte but the last.
fn varint(mut n: u32, mut byte: impl FnMut(u8)) {
    while n >= 0x80 {
        byte((n & 0x7F) as u8 | 0x80);
        n >>= 7;
    }
    byte(n as u8);
}

/// Appends `n` as a [`varint`].
fn push_varint(out: &mut Vec<u8>, n: u32) {
    varint(n, |b| out.push(b));
}

/// Numbers read back from [`varint`]s, one after the other.
struct Varints<'a>(&'a [u8]);

impl Iterator for Varints<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        let mut n = 0u32;
        let mut shift = 0;
        loop {
            let (&b, rest) = self.0.split_first()?;
            self.0 = rest;
            n |= u32::from(b & 0x7F) << shift;
            if b < 0x80 {
                return Some(n);
            }
            shift += 7;
        }
    }
}

/// The word ids of one description, read back: the first two as they are,
/// the others from their differences.
struct WordIds<'a> {
    numbers: Varints<'a>,
    /// How many were read.
    count: usize,
    previous: u32,
}

impl<'a> WordIds<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Self {
            numbers: Varints(bytes),
            count: 0,
            previous: 0,
        }
    }
}

impl Iterator for WordIds<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        let n = self.numbers.next()?;
        let id = if self.count < 2 { n } else { self.previous + n };
        self.count += 1;
        self.previous = id;
        Some(id)
    }
}

/// Builds [`Descriptions`] from one service's description after another, in
/// the order of the services.
#[derive(Default)]
pub struct DescriptionsBuilder {
    built: Descriptions,
    /// Each distinct word as written (before folding), to the ids of its
    /// folded form, as a range of `folded`: most words of a description were
    /// seen before, and are then neither folded nor stored again.
    seen: HashMap<Box<str>, (u32, u32), foldhash::fast::RandomState>,
    /// The ids each word as written folds to, one after the other (almost
    /// always one id; a compatibility space splits a word in two).
    folded: Vec<u32>,
    /// Each distinct folded word, to its id.
    ids: HashMap<Box<str>, u32, foldhash::fast::RandomState>,
    /// The words of the description being added (reused).
    scratch: Vec<u32>,
    /// The letters of each distinct folded word, by its id.
    letters: Vec<Letters>,
}

impl DescriptionsBuilder {
    /// A builder expecting about `services` descriptions.
    pub fn with_capacity(services: usize) -> Self {
        let mut builder = Self::default();
        builder.built.starts.reserve(services + 1);
        builder.built.letters.reserve(services);
        builder.built.starts.push(0);
        builder
    }

    /// Adds the next service's description: its text, then its English
    /// translation (as if they were one text, the English after the other).
    pub fn push(&mut self, description: &Localized) {
        self.push_texts(&description.text, description.en.as_deref());
    }

    /// [`push`](Self::push) from the texts themselves.
    pub fn push_texts(&mut self, text: &str, en: Option<&str>) {
        if self.built.starts.is_empty() {
            self.built.starts.push(0);
        }
        let mut letters = Letters::default();
        let mut scratch = std::mem::take(&mut self.scratch);
        scratch.clear();
        for raw in text
            .split_whitespace()
            .chain(en.into_iter().flat_map(str::split_whitespace))
        {
            let (from, to) = match self.seen.get(raw) {
                Some(&range) => range,
                None => {
                    let range = self.fold_new(raw);
                    self.seen.insert(raw.into(), range);
                    range
                }
            };
            for at in from..to {
                let id = self.folded[at as usize];
                let word = self.letters[id as usize];
                if scratch.is_empty() {
                    letters.first = word.first;
                }
                letters.mask |= word.mask;
                letters.initials |= word.initials;
                scratch.push(id);
            }
        }
        // The first word stays first (it decides the bonus of a hit at the
        // very start); the others are kept once each.
        if let Some((_, rest)) = scratch.split_first_mut() {
            rest.sort_unstable();
        }
        let mut kept = scratch.len().min(1);
        for i in 1..scratch.len() {
            if kept == 1 || scratch[i] != scratch[kept - 1] {
                scratch[kept] = scratch[i];
                kept += 1;
            }
        }
        scratch.truncate(kept);
        let mut previous = 0;
        for (i, &id) in scratch.iter().enumerate() {
            // The first and the second as they are (the first is not in
            // order with the others); then the differences.
            push_varint(
                &mut self.built.words,
                if i < 2 { id } else { id - previous },
            );
            previous = id;
        }
        self.built.starts.push(self.built.words.len() as u32);
        self.built.letters.push(letters);
        self.scratch = scratch;
    }

    /// Folds a word not seen before, and returns where its ids are in
    /// `folded`: folding may split it (a compatibility space), so it may be
    /// several folded words, or none.
    fn fold_new(&mut self, raw: &str) -> (u32, u32) {
        let from = self.folded.len() as u32;
        for folded in search_fold(raw).split_whitespace() {
            let id = match self.ids.get(folded) {
                Some(&id) => id,
                None => {
                    let id = self.built.distinct.len() as u32;
                    self.built.distinct.push(folded);
                    self.ids.insert(folded.into(), id);
                    self.letters.push(Letters {
                        mask: char_mask(folded),
                        initials: initials(folded),
                        first: folded.chars().next().map_or(0, char_bit),
                    });
                    id
                }
            };
            self.folded.push(id);
        }
        (from, self.folded.len() as u32)
    }

    /// The descriptions added.
    pub fn finish(mut self) -> Descriptions {
        if self.built.starts.is_empty() {
            self.built.starts.push(0);
        }
        self.built.distinct.shrink_to_fit();
        self.built.words.shrink_to_fit();
        self.built.starts.shrink_to_fit();
        self.built.letters.shrink_to_fit();
        self.built
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::index::substring_bonus;

    #[test]
    fn many_words_are_kept_and_found() {
        // Word ids past one byte, in and out of order, repeated.
        let long: Vec<String> = (0..400).rev().map(|i| format!("slowo{i}")).collect();
        let mut words = DescriptionsBuilder::with_capacity(2);
        words.push_texts(&long.join(" "), None);
        words.push_texts("slowo399 inne slowo7 slowo7", Some("slowo350"));
        let descriptions = words.finish();
        for (query, first, second) in [
            ("slowo399", Some(200), Some(200)),
            ("slowo0", Some(100), None),
            ("slowo350", Some(100), Some(100)),
            ("lowo7", Some(0), Some(0)),
            ("inne", None, Some(100)),
        ] {
            let found = descriptions.lookup(&memmem::Finder::new(query.as_bytes()));
            assert_eq!(descriptions.bonus(0, &found), first, "{query}");
            assert_eq!(descriptions.bonus(1, &found), second, "{query}");
        }
    }

    #[test]
    fn a_word_is_found_where_a_search_through_the_text_finds_it() {
        let texts = [
            ("Porady prawne dla cudzoziemców (prawo pobytowe).", None),
            (
                "Kursy języka polskiego, A1–B2; e-mail: kursy@example.pl",
                Some("Polish courses, A1-B2"),
            ),
            ("  pomoc   psychologiczna\tw języku ukraińskim", None),
            ("Юридична допомога у Слупську", Some("Legal aid in Słupsk")),
            ("ﬁnanse i\u{a0}podatki", None),
            ("", None),
            ("prawo prawnik", None),
        ];
        let mut words = DescriptionsBuilder::with_capacity(texts.len());
        for (text, en) in texts {
            words.push_texts(text, en);
        }
        // In another order, as the index keeps them (which makes the
        // postings too).
        let order: Vec<u32> = [4u32, 6, 0, 2, 1, 5, 3].into();
        let descriptions = words.finish().reordered(&order);
        assert_eq!(descriptions.len(), texts.len());
        for query in [
            "pra",
            "prawo",
            "awo",
            "pobytowe)",
            "(prawo",
            "kursy",
            "a1",
            "b2",
            "mail",
            "example",
            "курс",
            "допомога",
            "слупськ",
            "slupsk",
            "fin",
            "nanse",
            "podatki",
            "jezyku",
            "po",
            "i",
            "zolw",
            "ps",
            "aid",
        ] {
            let finder = memmem::Finder::new(query.as_bytes());
            let found = descriptions.lookup(&finder);
            let occurs = descriptions.occurrences(&found);
            for (i, &from) in order.iter().enumerate() {
                let (text, en) = texts[from as usize];
                let whole = match en {
                    Some(en) => format!("{text} \n {en}"),
                    None => text.to_string(),
                };
                let folded = search_fold(whole.trim_start());
                let expected = substring_bonus(&folded, &finder);
                let i = i as u32;
                assert_eq!(
                    descriptions.bonus(i, &found),
                    expected,
                    "{query:?} in {folded:?}"
                );
                assert_eq!(
                    descriptions.bonus_of(i, occurs[i as usize], &found),
                    expected,
                    "{query:?} in {folded:?}, from the postings"
                );
            }
        }
    }

    #[test]
    fn postings_hold_services_far_apart() {
        // Gaps between services past one byte; a word in the first and the
        // last description only, another in every one.
        let mut words = DescriptionsBuilder::with_capacity(300);
        for i in 0..300 {
            let rare = if i == 0 || i == 200 || i == 299 {
                "rzadkie"
            } else {
                ""
            };
            words.push_texts(&format!("wszystkie {rare} opis{i}"), None);
        }
        let order: Vec<u32> = (0..300).collect();
        let descriptions = words.finish().reordered(&order);
        let found = descriptions.lookup(&memmem::Finder::new(b"rzadk"));
        assert_eq!(descriptions.postings_len(&found), Some(3));
        let occurs = descriptions.occurrences(&found);
        let holding: Vec<usize> = (0..300).filter(|&i| occurs[i] != Occurs::Absent).collect();
        assert_eq!(holding, [0, 200, 299]);
        let found = descriptions.lookup(&memmem::Finder::new(b"wszyst"));
        assert_eq!(descriptions.postings_len(&found), Some(300));
        let occurs = descriptions.occurrences(&found);
        assert!(occurs.iter().all(|&o| o == Occurs::AtWordStart));
        assert_eq!(descriptions.bonus_of(7, occurs[7], &found), Some(200));
    }
}
