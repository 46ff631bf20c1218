//! How a query is read: which of its words name a place of Pomorskie (which
//! narrows to the services serving it), which are everyday words for a need
//! (which also find the services of that topic), and which are plain words.
//!
//! The tables are shipped in `data/places.tsv` and `data/words.tsv`; a
//! coordinator extends the words with `words.tsv` beside the database (same
//! format), read when the directory is loaded.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::Query;
use crate::i18n::{Lang, Msg};
use crate::model::Reference;
use crate::text::search_fold;

/// The shipped place table (county, tab, the place's forms).
pub const SHIPPED_PLACES: &str = include_str!("../../data/places.tsv");
/// The shipped words table (topic code, tab, language, tab, words).
pub const SHIPPED_WORDS: &str = include_str!("../../data/words.tsv");
/// The name of the coordinators' words file, in the database's directory.
pub const WORDS_FILE: &str = "words.tsv";

/// Words a place may follow that are not part of the query ("w Słupsku",
/// "z Gdańska", "powiat kartuski", "в Гдині").
const BEFORE_PLACE: &[&str] = &[
    "w", "we", "z", "ze", "do", "na", "dla", "kolo", "pod", "od", "powiat", "powiatu", "powiecie",
    "gmina", "gminie", "gminy", "miasto", "miescie", "miasta", "in", "near", "в", "у", "з", "із",
    "из", "до", "на",
];

/// The longest phrase, in words, looked for.
const LONGEST: usize = 4;

/// The place and need words a query is read with.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    /// Folded phrase → county name (as stored).
    places: HashMap<String, String>,
    /// Folded phrase → topic codes.
    needs: HashMap<String, Vec<String>>,
}

/// A place named in a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// The words as typed (`Słupsku`).
    pub said: String,
    /// The county serving it (`Słupsk`, `kartuski`).
    pub county: String,
}

/// How a query was read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reading {
    /// The query searched with.
    pub query: Query,
    /// The place named, if any.
    pub place: Option<Place>,
    /// The topics that need words led to, in the order first named.
    pub topics: Vec<String>,
}

impl Reading {
    /// The words (or phrases) matched as text, folded.
    pub fn words(&self) -> &[String] {
        &self.query.words
    }

    /// What was read, for the screen and the command line: `place: Słupsk`,
    /// `topic: Legal advice`, … (empty when only plain words were read).
    pub fn describe(&self, reference: &Reference, lang: Lang) -> Vec<String> {
        let place = self
            .place
            .iter()
            .map(|p| format!("{}: {}", lang.t(Msg::ReadingPlace), p.county));
        let topics = self.topics.iter().map(|t| {
            format!(
                "{}: {}",
                lang.t(Msg::ReadingTopic),
                reference.topic_label(t, lang)
            )
        });
        place.chain(topics).collect()
    }
}

/// A problem with one line of a words file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineProblem {
    pub file: PathBuf,
    /// The line, counted from 1 (0: the file as a whole).
    pub line: usize,
    pub problem: String,
}

impl std::fmt::Display for LineProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line == 0 {
            // The whole file.
            return write!(
                f,
                "{}: {}; only the shipped words are used.",
                self.file.display(),
                self.problem
            );
        }
        write!(
            f,
            "{} line {}: {}; the line is left out.",
            self.file.display(),
            self.line,
            self.problem
        )
    }
}

impl Vocabulary {
    /// The shipped tables, with the counties of `reference` (their names are
    /// places too). Places of counties the database does not know are left out.
    pub fn shipped(reference: &Reference) -> Self {
        let mut v = Self::default();
        for county in &reference.counties {
            v.places
                .insert(search_fold(&county.name), county.name.clone());
        }
        for line in SHIPPED_PLACES.lines() {
            let Some((county, forms)) = content(line).and_then(|l| l.split_once('\t')) else {
                continue;
            };
            if !reference.counties.iter().any(|c| c.name == county) {
                continue;
            }
            for form in phrases(forms) {
                v.places.entry(form).or_insert_with(|| county.to_owned());
            }
        }
        let codes: Vec<&str> = reference.topics.iter().map(|t| t.code.as_str()).collect();
        for line in SHIPPED_WORDS.lines() {
            let _ = v.add_words_line(line, &codes);
        }
        v
    }

    /// The shipped tables and the words file beside the database at
    /// `db` (if there is one), with a sentence for each line of it left out.
    pub fn load(reference: &Reference, db: &Path) -> (Self, Vec<LineProblem>) {
        let mut v = Self::shipped(reference);
        let file = words_file(db);
        let problems = match std::fs::read_to_string(&file) {
            Ok(text) => v.add_words(&text, &file, reference),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(e) => vec![LineProblem {
                file: file.clone(),
                line: 0,
                problem: format!("it cannot be read ({e})"),
            }],
        };
        (v, problems)
    }

    /// Adds the lines of a words file; a bad line is left out and named.
    pub fn add_words(
        &mut self,
        text: &str,
        file: &Path,
        reference: &Reference,
    ) -> Vec<LineProblem> {
        let codes: Vec<&str> = reference.topics.iter().map(|t| t.code.as_str()).collect();
        text.lines()
            .enumerate()
            .filter_map(|(i, line)| {
                self.add_words_line(line, &codes)
                    .err()
                    .map(|problem| LineProblem {
                        file: file.to_owned(),
                        line: i + 1,
                        problem,
                    })
            })
            .collect()
    }

    fn add_words_line(&mut self, line: &str, codes: &[&str]) -> Result<(), String> {
        let Some(line) = content(line) else {
            return Ok(());
        };
        let mut fields = line.split('\t');
        let (Some(code), Some(_lang), Some(words), None) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            return Err(
                "expected a topic code, a language code and the words, separated by tabs"
                    .to_owned(),
            );
        };
        let code = code.trim();
        if !codes.contains(&code) {
            return Err(format!(
                "unknown topic code \"{code}\" (known: {})",
                codes.join(", ")
            ));
        }
        let words: Vec<String> = phrases(words).collect();
        if words.is_empty() {
            return Err("no words after the language code".to_owned());
        }
        for word in words {
            let topics = self.needs.entry(word).or_default();
            if !topics.iter().any(|t| t == code) {
                topics.push(code.to_owned());
            }
        }
        Ok(())
    }

    /// The topics a folded phrase is a need word for.
    pub fn topics_of(&self, word: &str) -> Option<&[String]> {
        self.needs.get(&search_fold(word)).map(Vec::as_slice)
    }

    /// The county a place (as typed) is in.
    pub fn county_of(&self, place: &str) -> Option<&str> {
        self.places.get(&search_fold(place)).map(String::as_str)
    }

    /// Every need word with its topics (for listing).
    pub fn needs(&self) -> impl Iterator<Item = (&str, &[String])> {
        self.needs.iter().map(|(w, t)| (w.as_str(), t.as_slice()))
    }
}

/// The words file read for the database at `db`: `words.tsv` in its directory.
pub fn words_file(db: &Path) -> PathBuf {
    db.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .join(WORDS_FILE)
}

/// The line without a comment or surrounding blanks, `None` when nothing is left.
fn content(line: &str) -> Option<&str> {
    let line = line.trim_end_matches(['\r', '\n']);
    (!line.trim().is_empty() && !line.trim_start().starts_with('#')).then_some(line)
}

/// The comma-separated phrases, folded, blanks squeezed.
fn phrases(list: &str) -> impl Iterator<Item = String> + '_ {
    list.split(',')
        .map(|p| {
            search_fold(p)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|p| !p.is_empty())
}

/// Reads a query: a place (the first one named, with the prepositions before
/// it) leaves the words and narrows; a need word or phrase stays a word that
/// also matches its topics; every other word is matched as text.
pub fn read_query(text: &str, vocabulary: &Vocabulary) -> Reading {
    let shown: Vec<&str> = text.split_whitespace().collect();
    let folded: Vec<String> = shown.iter().map(|w| search_fold(w)).collect();
    let mut reading = Reading::default();
    let mut plain_since = 0; // where the words not yet part of a phrase start
    let mut i = 0;
    while i < folded.len() {
        let longest = LONGEST.min(folded.len() - i);
        let phrase = |n: usize| folded[i..i + n].join(" ");
        if reading.place.is_none() {
            if let Some((n, county)) = (1..=longest)
                .rev()
                .find_map(|n| vocabulary.places.get(&phrase(n)).map(|c| (n, c)))
            {
                // Drop the prepositions just before it that are still plain words.
                while reading.query.words.len() > plain_since.min(reading.query.words.len())
                    && reading
                        .query
                        .words
                        .last()
                        .is_some_and(|w| BEFORE_PLACE.contains(&w.as_str()))
                    && reading.query.needs.last().is_some_and(Vec::is_empty)
                {
                    reading.query.words.pop();
                    reading.query.needs.pop();
                }
                reading.place = Some(Place {
                    said: shown[i..i + n].join(" "),
                    county: county.clone(),
                });
                reading.query.place = Some((county.clone(), phrase(n)));
                i += n;
                plain_since = reading.query.words.len();
                continue;
            }
        }
        if let Some((n, topics)) = (1..=longest)
            .rev()
            .find_map(|n| vocabulary.needs.get(&phrase(n)).map(|t| (n, t)))
        {
            for t in topics {
                if !reading.topics.contains(t) {
                    reading.topics.push(t.clone());
                }
            }
            reading.query.words.push(phrase(n));
            reading.query.needs.push(topics.clone());
            i += n;
            continue;
        }
        reading.query.words.push(folded[i].clone());
        reading.query.needs.push(Vec::new());
        i += 1;
    }
    reading
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{County, CountyKind, Topic};

    fn reference() -> Reference {
        let counties: Vec<County> = serde_json::from_str::<Vec<serde_json::Value>>(include_str!(
            "../../data/counties.json"
        ))
        .expect("counties")
        .iter()
        .map(|c| County {
            name: c["name"].as_str().expect("name").to_owned(),
            kind: if c["kind"] == "city" {
                CountyKind::City
            } else {
                CountyKind::Land
            },
        })
        .collect();
        let topics =
            serde_json::from_str::<Vec<serde_json::Value>>(include_str!("../../data/topics.json"))
                .expect("topics")
                .iter()
                .map(|t| Topic {
                    code: t["code"].as_str().expect("code").to_owned(),
                    pl: t["pl"].as_str().expect("pl").to_owned(),
                    en: t["en"].as_str().expect("en").to_owned(),
                })
                .collect();
        Reference { topics, counties }
    }

    #[test]
    fn every_shipped_place_is_in_a_known_county_and_every_line_is_good() {
        let r = reference();
        for (n, line) in SHIPPED_PLACES.lines().enumerate() {
            let Some(line) = content(line) else { continue };
            let (county, forms) = line.split_once('\t').expect("a tab");
            assert!(
                r.counties.iter().any(|c| c.name == county),
                "places.tsv line {}: {county}",
                n + 1
            );
            assert!(phrases(forms).count() >= 3, "line {}", n + 1);
        }
        let mut v = Vocabulary::default();
        let codes: Vec<&str> = r.topics.iter().map(|t| t.code.as_str()).collect();
        for (n, line) in SHIPPED_WORDS.lines().enumerate() {
            assert_eq!(
                v.add_words_line(line, &codes),
                Ok(()),
                "words.tsv line {}",
                n + 1
            );
        }
    }

    #[test]
    fn every_topic_has_at_least_eight_words_in_each_of_four_languages() {
        let r = reference();
        for topic in &r.topics {
            for lang in ["pl", "en", "uk", "ru"] {
                let count: usize = SHIPPED_WORDS
                    .lines()
                    .filter_map(content)
                    .filter_map(|l| {
                        let f: Vec<&str> = l.split('\t').collect();
                        (f[0] == topic.code && f[1] == lang).then(|| phrases(f[2]).count())
                    })
                    .sum();
                assert!(count >= 5, "{} {lang}: {count}", topic.code);
            }
            let all = Vocabulary::shipped(&r)
                .needs()
                .filter(|(_, t)| t.contains(&topic.code))
                .count();
            assert!(all >= 20, "{}: {all}", topic.code);
        }
    }

    #[test]
    fn every_county_is_reached_by_its_name_and_its_seat() {
        let v = Vocabulary::shipped(&reference());
        let cases = [
            ("Słupsk", "Słupsk"),
            ("slupsku", "Słupsk"),
            ("Gdyni", "Gdynia"),
            ("Gdańsku", "Gdańsk"),
            ("Sopocie", "Sopot"),
            ("Kartuzy", "kartuski"),
            ("kartuski", "kartuski"),
            ("Lębork", "lęborski"),
            ("Wejherowo", "wejherowski"),
            ("Reda", "wejherowski"),
            ("Rumi", "wejherowski"),
            ("Tczew", "tczewski"),
            ("Malborku", "malborski"),
            ("Kwidzyn", "kwidzyński"),
            ("Chojnice", "chojnicki"),
            ("Bytów", "bytowski"),
            ("Człuchów", "człuchowski"),
            ("Kościerzyna", "kościerski"),
            ("starogard gdanski", "starogardzki"),
            ("Puck", "pucki"),
            ("Władysławowo", "pucki"),
            ("Hel", "pucki"),
            ("Pruszcz Gdański", "gdański"),
            ("Nowy Dwór Gdański", "nowodworski"),
            ("Sztum", "sztumski"),
            ("Ustka", "słupski"),
        ];
        for (said, county) in cases {
            assert_eq!(v.county_of(said), Some(county), "{said}");
        }
        for c in &reference().counties {
            assert_eq!(v.county_of(&c.name), Some(c.name.as_str()));
        }
    }

    #[test]
    fn a_query_is_read_into_words_a_place_and_topics() {
        let v = Vocabulary::shipped(&reference());
        let r = read_query("porady prawne w Słupsku", &v);
        assert_eq!(r.words(), ["porady prawne"]);
        assert_eq!(r.topics, ["legal"]);
        let place = r.place.expect("place");
        assert_eq!(
            (place.said.as_str(), place.county.as_str()),
            ("Słupsku", "Słupsk")
        );
        let r = read_query("prawnik z Gdańska", &v);
        assert_eq!(r.words(), ["prawnik"]);
        assert_eq!(r.place.expect("place").county, "Gdańsk");
        let r = read_query("w powiecie kartuskim praca", &v);
        assert_eq!(r.words(), ["praca"]);
        assert_eq!(r.place.expect("place").county, "kartuski");
        let r = read_query("карта побиту", &v);
        assert_eq!(r.words(), ["карта побиту"]);
        assert_eq!(r.topics, ["legalisation"]);
        // The starogard is not the county gdański: the longest phrase wins.
        let r = read_query("starogardzie gdańskim", &v);
        assert_eq!(r.place.expect("place").county, "starogardzki");
        // A plain word before a place stays.
        let r = read_query("kursy gdynia", &v);
        assert_eq!(r.words(), ["kursy"]);
        // Words not in a table are plain.
        let r = read_query("dyżur", &v);
        assert!(r.place.is_none());
        assert_eq!(r.query.needs, [Vec::<String>::new()]);
    }

    #[test]
    fn a_bad_line_of_a_words_file_is_named_and_the_rest_is_read() {
        let r = reference();
        let mut v = Vocabulary::shipped(&r);
        let text = "# mine\nlegal\tpl\tmecenas, mecenasa\nnope\tpl\tx\nhousing pl dach\n\nhousing\tuk\tхата\n";
        let problems = v.add_words(text, Path::new("/d/words.tsv"), &r);
        assert_eq!(problems.len(), 2);
        assert_eq!(problems[0].line, 3);
        assert_eq!(problems[1].line, 4);
        assert!(
            problems[0]
                .to_string()
                .starts_with("/d/words.tsv line 3: unknown topic code \"nope\""),
            "{}",
            problems[0]
        );
        assert_eq!(v.topics_of("Mecenasa"), Some(&["legal".to_owned()][..]));
        assert_eq!(v.topics_of("хата"), Some(&["housing".to_owned()][..]));
    }
}
