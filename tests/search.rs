//! Search on the shipped catalogue in a real database file, and ranking and
//! folding rules on small hand-made directories.

use pomost::i18n::Lang;
use pomost::model::{Localized, Organization, Reference, Service, Topic};
use pomost::search::{Filter, SearchIndex, Searcher};
use pomost::seed;
use pomost::store::Store;
fn catalogue() -> (tempfile::TempDir, Vec<Service>, Reference) {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut store, _) = Store::open(&dir.path().join("pomost.db")).expect("open");
    seed::seed(&mut store, "tester", true).expect("seed");
    let reference = Reference {
        topics: store.topics().expect("topics"),
        counties: store.counties().expect("counties"),
    };
    let services = store.services().expect("services");
    (dir, services, reference)
}

fn names(services: &[Service], searcher: &Searcher, lang: Lang) -> Vec<String> {
    searcher
        .hits()
        .iter()
        .map(|h| services[h.service as usize].name.get(lang).to_owned())
        .collect()
}

fn search(services: &[Service], reference: &Reference, lang: Lang, query: &str) -> Vec<String> {
    let mut searcher = Searcher::new(SearchIndex::build(services, reference, lang));
    searcher.set_query(query);
    names(services, &searcher, lang)
}

#[test]
fn queries_on_the_shipped_catalogue_find_the_expected_service_first() {
    let (_dir, services, reference) = catalogue();
    let cases: &[(Lang, &str, &str)] = &[
        (Lang::Pl, "jezyk", "Kursy języka polskiego"),
        (Lang::Pl, "JĘZYK", "Kursy języka polskiego"),
        (Lang::Pl, "kursy jezyka", "Kursy języka polskiego"),
        (Lang::Pl, "poradnictwo prawne", "Poradnictwo prawne"),
        (Lang::Pl, "prawne poradnictwo", "Poradnictwo prawne"),
        (Lang::Pl, "legalizac", "Poradnictwo legalizacyjne"),
        (
            Lang::Pl,
            "infolinia",
            "Infolinia kryzysowa dla imigrantów z Gdańska i Pomorza",
        ),
        (Lang::Pl, "livemore", "Portal LiveMore"),
        (Lang::Pl, "kultura laczy", "Projekt „Kultura łączy”"),
        (
            Lang::Pl,
            "kurs gminy",
            "Kursy języka polskiego dla dorosłych organizowane przez gminy",
        ),
        // A Ukrainian speaker asks about a residence card in their words (or
        // in Russian): the README's worked example.
        (Lang::Uk, "посвідка", "Poradnictwo legalizacyjne"),
        (
            Lang::Uk,
            "посвідку на проживання",
            "Poradnictwo legalizacyjne",
        ),
        (Lang::Uk, "вид на жительство", "Poradnictwo legalizacyjne"),
        (Lang::Uk, "карта побиту", "Poradnictwo legalizacyjne"),
    ];
    for (lang, query, expected) in cases {
        let found = search(&services, &reference, *lang, query);
        assert_eq!(
            found.first().map(String::as_str),
            Some(*expected),
            "query {query:?}: {found:?}"
        );
    }
}

#[test]
fn all_words_must_match() {
    let (_dir, services, reference) = catalogue();
    let one = search(&services, &reference, Lang::Pl, "kursy");
    let both = search(&services, &reference, Lang::Pl, "kursy dorosłych");
    assert!(both.len() < one.len(), "{both:?} vs {one:?}");
    assert!(both.iter().all(|n| one.contains(n)));
    assert!(search(&services, &reference, Lang::Pl, "kursy qqqzzz").is_empty());
}

#[test]
fn an_empty_query_lists_everything_by_name() {
    let (_dir, services, reference) = catalogue();
    let all = search(&services, &reference, Lang::Pl, "");
    assert_eq!(all.len(), services.len());
    let keys: Vec<String> = all
        .iter()
        .map(|n| pomost::text::fold(n.trim_start_matches(|c: char| !c.is_alphanumeric())))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
}

#[test]
fn a_topic_filter_keeps_only_that_topic() {
    let (_dir, services, reference) = catalogue();
    let mut searcher = Searcher::new(SearchIndex::build(&services, &reference, Lang::Pl));
    searcher.set_filter(
        Filter {
            topic: Some("legal".into()),
            ..Filter::default()
        },
        &services,
    );
    assert!(!searcher.hits().is_empty());
    for hit in searcher.hits() {
        assert!(
            services[hit.service as usize]
                .topics
                .contains(&"legal".to_owned())
        );
    }
    assert!(searcher.candidate_count() < services.len());
}

fn service(n: usize, name: &str, topics: &[&str], org: &str, description: &str) -> Service {
    Service {
        organization: (!org.is_empty()).then(|| {
            std::sync::Arc::new(Organization {
                id: pomost::hsds::derived_id(&format!("org:{n}")),
                name: Localized::new(org),
                description: Localized::default(),
                email: None,
                website: None,
            })
        }),
        description: Localized::new(description),
        topics: topics.iter().map(|t| t.to_string()).collect(),
        ..Service::new(pomost::hsds::derived_id(&format!("test:{n}")), name)
    }
}

fn small_reference() -> Reference {
    Reference {
        topics: vec![Topic {
            code: "health".into(),
            pl: "Zdrowie".into(),
            en: "Health".into(),
        }],
        counties: vec![],
    }
}

#[test]
fn polish_letters_fold_on_both_sides() {
    let services = vec![
        service(1, "Łódź – punkt informacyjny", &[], "", ""),
        service(2, "Żółw", &[], "", ""),
        service(3, "Kursy języka polskiego", &[], "", ""),
        service(4, "Inna usługa", &[], "", ""),
    ];
    let reference = small_reference();
    let cases = [
        ("lodz", "Łódź – punkt informacyjny"),
        ("ŁÓDŹ", "Łódź – punkt informacyjny"),
        ("ZOLW", "Żółw"),
        ("żółw", "Żółw"),
        ("jezyk", "Kursy języka polskiego"),
        ("języka", "Kursy języka polskiego"),
    ];
    for (query, expected) in cases {
        let found = search(&services, &reference, Lang::Pl, query);
        assert_eq!(found.first().map(String::as_str), Some(expected), "{query}");
    }
}

#[test]
fn decomposed_and_compatibility_letters_are_normalised_on_both_sides() {
    // Stored decomposed (as text pasted from some systems arrives): `e` +
    // U+0328 for ę, `o` + U+0301 for ó, `Z` + U+0307 for Ż.
    let services = vec![
        service(1, "Kursy je\u{328}zyka polskiego", &[], "", ""),
        service(2, "Z\u{307}o\u{301}\u{142}w", &[], "", ""),
        service(3, "Inna usługa", &[], "", ""),
    ];
    let reference = small_reference();
    let cases = [
        ("jezyka", "Kursy je\u{328}zyka polskiego"),
        ("języka", "Kursy je\u{328}zyka polskiego"),
        ("je\u{328}zyka", "Kursy je\u{328}zyka polskiego"),
        ("żółw", "Z\u{307}o\u{301}\u{142}w"),
        ("zolw", "Z\u{307}o\u{301}\u{142}w"),
    ];
    for (query, expected) in cases {
        let found = search(&services, &reference, Lang::Pl, query);
        assert_eq!(
            found.first().map(String::as_str),
            Some(expected),
            "{query:?}"
        );
    }
    // Highlights land on the shown (decomposed) name: the ę with its mark.
    let index = SearchIndex::build(&services, &reference, Lang::Pl);
    let query = pomost::search::Query::parse("języka");
    assert_eq!(index.name_highlights(0, &query), [6, 7, 8, 9, 10, 11, 12]);
}

#[test]
fn a_query_typed_with_decomposed_or_full_width_letters_finds_the_catalogue() {
    let (_dir, services, reference) = catalogue();
    let expected = "Kursy języka polskiego";
    for query in [
        "je\u{328}zyka",
        "JE\u{328}ZYKA",
        "kursy je\u{328}zyka",
        // Full-width letters, as a CJK input method types them.
        "\u{ff4a}\u{ff45}\u{ff5a}\u{ff59}\u{ff4b}",
    ] {
        let found = search(&services, &reference, Lang::Pl, query);
        assert_eq!(
            found.first().map(String::as_str),
            Some(expected),
            "{query:?}"
        );
    }
}

#[test]
fn a_hit_in_the_name_ranks_above_topic_above_organisation_above_description() {
    let services = vec![
        service(1, "Alfa", &[], "", "Pomoc w sprawach zdrowia psychicznego."),
        service(2, "Beta", &[], "Centrum Zdrowia Migranta", ""),
        service(3, "Gamma", &["health"], "", ""),
        service(4, "Zdrowie na co dzień", &[], "", ""),
    ];
    let found = search(&services, &small_reference(), Lang::Pl, "zdrow");
    assert_eq!(found, ["Zdrowie na co dzień", "Gamma", "Beta", "Alfa"]);
}

#[test]
fn narrowing_gives_the_same_results_as_searching_afresh() {
    let (_dir, services, reference) = catalogue();
    for query in [
        "pomoc kryzys",
        "kursy jezyka",
        "prwnik",
        "poradnictwo prawne",
        "zolw",
    ] {
        typed_equals_fresh(&services, &reference, Lang::Pl, query);
    }
}

/// Types `query` letter by letter, then takes it back (results remembered),
/// checking after each key that the results are those of a fresh search.
fn typed_equals_fresh(services: &[Service], reference: &Reference, lang: Lang, query: &str) {
    let mut typed = Searcher::new(SearchIndex::build(services, reference, lang));
    let ends: Vec<usize> = query
        .char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .collect();
    for &end in ends.iter().chain(ends.iter().rev().skip(1)) {
        typed.set_query(&query[..end]);
        let fresh = search(services, reference, lang, &query[..end]);
        assert_eq!(
            names(services, &typed, lang),
            fresh,
            "{lang:?} after {:?}",
            &query[..end]
        );
    }
}

/// Typing a longer word never loses a service a fresh search for it finds
/// (issue #13: `słu` → `słup` dropped one): a fuzzy match of the longer word
/// can pass where its prefix's did not, so the previous results are not a
/// superset once a word of three letters or more grows.
#[test]
fn a_growing_word_never_loses_what_a_fresh_search_finds() {
    let (_dir, services, reference) = catalogue();
    for lang in [Lang::Pl, Lang::En] {
        for query in [
            "słupsk",
            "slupsk",
            "prawnik",
            "legal",
            "integracja",
            "kryzys",
            "migrant",
            "doradztwo",
            "pomorze",
            "career",
            "counselling",
        ] {
            typed_equals_fresh(&services, &reference, lang, query);
        }
    }
}

#[test]
fn open_now_and_stale_filters_hold_at_their_boundaries() {
    use chrono::{NaiveDate, NaiveTime, Weekday};
    use pomost::model::Schedule;
    let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).expect("time");
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).expect("date");
    let mut open = service(1, "Dyżur", &[], "", "");
    open.schedules = vec![Schedule {
        id: pomost::hsds::derived_id("schedule"),
        days: vec![Weekday::Wed],
        opens: t(12, 0),
        closes: t(14, 0),
        valid_from: None,
        valid_to: None,
        note: None,
        note_en: None,
    }];
    open.last_verified = Some(d(2026, 5, 22));
    let mut old = service(2, "Stary wpis", &[], "", "");
    old.last_verified = Some(d(2026, 5, 21));
    let never = service(3, "Nigdy nie sprawdzony", &[], "", "");
    let services = vec![open, old, never];
    let names_with = |filter: Filter| {
        let mut searcher =
            Searcher::new(SearchIndex::build(&services, &small_reference(), Lang::Pl));
        searcher.set_filter(filter, &services);
        let mut n = names(&services, &searcher, Lang::Pl);
        n.sort();
        n
    };
    // Wednesday 25 November 2026 (Warsaw wall clock, winter time).
    let at = |h, m| d(2026, 11, 25).and_time(t(h, m));
    let open_at = |h, m| Filter {
        open_at: Some(at(h, m)),
        ..Filter::default()
    };
    assert_eq!(names_with(open_at(12, 0)), ["Dyżur"]);
    assert_eq!(names_with(open_at(13, 59)), ["Dyżur"]);
    assert!(
        names_with(open_at(14, 0)).is_empty(),
        "closed at the closing minute"
    );
    assert!(names_with(open_at(11, 59)).is_empty());
    // In the week of the spring clock change wall-clock hours still apply.
    let dst = Filter {
        open_at: Some(d(2026, 3, 25).and_time(t(12, 30))),
        ..Filter::default()
    };
    assert_eq!(names_with(dst), ["Dyżur"]);
    // Stale: verified more than 6 months ago, or never. 22 May is exactly six
    // months before 22 November: not stale yet; 21 May is.
    let since = pomost::search::stale_since(d(2026, 11, 22));
    assert_eq!(since, d(2026, 5, 22));
    let stale = Filter {
        stale_before: Some(since),
        ..Filter::default()
    };
    assert_eq!(names_with(stale), ["Nigdy nie sprawdzony", "Stary wpis"]);
}

#[test]
fn retired_services_leave_the_search_unless_asked_for() {
    let mut retired = service(1, "Wycofana porada", &[], "", "");
    retired.status = pomost::model::ServiceStatus::Defunct;
    let services = vec![retired, service(2, "Porada", &[], "", "")];
    let found = |show_retired| {
        let mut searcher =
            Searcher::new(SearchIndex::build(&services, &small_reference(), Lang::Pl));
        searcher.set_filter(
            Filter {
                show_retired,
                ..Filter::default()
            },
            &services,
        );
        searcher.set_query("porada");
        names(&services, &searcher, Lang::Pl)
    };
    assert_eq!(found(false), ["Porada"]);
    assert_eq!(found(true).len(), 2);
}

#[test]
fn open_now_follows_the_wall_clock_on_both_clock_change_days() {
    use chrono::{NaiveDate, NaiveTime, Weekday};
    use pomost::model::Schedule;
    let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).expect("time");
    let mut sunday = service(1, "Niedzielny dyżur", &[], "", "");
    sunday.schedules = vec![Schedule {
        id: pomost::hsds::derived_id("sunday"),
        days: vec![Weekday::Sun],
        opens: t(1, 0),
        closes: t(12, 0),
        valid_from: None,
        valid_to: None,
        note: None,
        note_en: None,
    }];
    let services = vec![sunday];
    let open_at = |day: NaiveDate, h, m| {
        let mut searcher =
            Searcher::new(SearchIndex::build(&services, &small_reference(), Lang::Pl));
        searcher.set_filter(
            Filter {
                open_at: Some(day.and_time(t(h, m))),
                ..Filter::default()
            },
            &services,
        );
        !names(&services, &searcher, Lang::Pl).is_empty()
    };
    // 29 March 2026: 02:00 becomes 03:00; 25 October 2026: 03:00 becomes 02:00.
    for day in [
        NaiveDate::from_ymd_opt(2026, 3, 29).expect("date"),
        NaiveDate::from_ymd_opt(2026, 10, 25).expect("date"),
    ] {
        assert!(!open_at(day, 0, 59), "{day}");
        assert!(open_at(day, 1, 0), "{day}");
        assert!(open_at(day, 3, 30), "{day}: after the change");
        assert!(open_at(day, 11, 59), "{day}");
        assert!(!open_at(day, 12, 0), "{day}: closed at the closing minute");
    }
}

/// The services found for a query read with the shipped places and words,
/// their areas, and the reading.
fn read_and_search(
    services: &[Service],
    reference: &Reference,
    query: &str,
) -> (Vec<(String, Vec<String>)>, pomost::search::Reading) {
    let mut searcher = Searcher::new(SearchIndex::build(services, reference, Lang::Pl));
    searcher.set_query(query);
    let found = searcher
        .hits()
        .iter()
        .map(|h| {
            let s = &services[h.service as usize];
            (s.name.text.clone(), s.areas.clone())
        })
        .collect();
    (found, searcher.reading().clone())
}

#[test]
fn the_desks_questions_find_legal_advice_and_a_place_narrows() {
    let (_dir, services, reference) = catalogue();
    // (query, the place's county if one is named, the topic read)
    let cases: &[(&str, Option<&str>, &str)] = &[
        ("legal slupsk", Some("Słupsk"), "legal"),
        ("porady prawne słupsk", Some("Słupsk"), "legal"),
        ("porady prawne w Słupsku", Some("Słupsk"), "legal"),
        ("prawnik", None, "legal"),
        ("adwokat", None, "legal"),
        ("prawnika z Gdańska", Some("Gdańsk"), "legal"),
        ("юрист", None, "legal"),
        ("адвокат Слупськ", Some("Słupsk"), "legal"),
        ("LAWYER", None, "legal"),
    ];
    for &(query, place, topic) in cases {
        let (found, reading) = read_and_search(&services, &reference, query);
        assert!(
            found.iter().any(|(n, _)| n == "Poradnictwo prawne"),
            "{query}: {found:?}"
        );
        assert_eq!(
            reading.place.as_ref().map(|p| p.county.as_str()),
            place,
            "{query}"
        );
        assert!(reading.topics.iter().any(|t| t == topic), "{query}");
        if let Some(county) = place {
            for (name, areas) in &found {
                assert!(
                    areas.iter().any(|a| a == county || a == "pomorskie"),
                    "{query}: {name} serves {areas:?}"
                );
            }
        }
    }
    // A whole name that names a place and a need finds that service first.
    for name in [
        "Infolinia kryzysowa dla imigrantów z Gdańska i Pomorza",
        "Kursy języka polskiego dla dorosłych organizowane przez gminy",
    ] {
        let (found, _) = read_and_search(&services, &reference, name);
        assert_eq!(found.first().map(|(n, _)| n.as_str()), Some(name));
    }
    // Legal advice of the metropolitan area (Gdańsk, Gdynia, Sopot) is not
    // for Słupsk.
    let (all, _) = read_and_search(&services, &reference, "prawnik");
    let (slupsk, _) = read_and_search(&services, &reference, "prawnik słupsk");
    assert!(slupsk.len() < all.len(), "{slupsk:?} vs {all:?}");
}

#[test]
fn everyday_words_in_four_languages_find_their_topic() {
    let (_dir, services, reference) = catalogue();
    let cases: &[(&str, &str)] = &[
        ("robota", "employment"),
        ("робота", "employment"),
        ("работа", "employment"),
        ("job", "employment"),
        ("karta pobytu", "legalisation"),
        ("карта побиту", "legalisation"),
        ("вид на жительство", "legalisation"),
        ("szkoła", "education"),
        ("школа", "education"),
        ("kurs polskiego", "language"),
        ("psycholog", "psychological"),
        ("допоможіть", "crisis"),
    ];
    for &(query, topic) in cases {
        let mut searcher = Searcher::new(SearchIndex::build(&services, &reference, Lang::Pl));
        searcher.set_query(query);
        assert_eq!(searcher.reading().topics, [topic], "{query}");
        let hits = searcher.hits();
        assert!(!hits.is_empty(), "{query}");
        assert!(
            services[hits[0].service as usize]
                .topics
                .contains(&topic.to_owned()),
            "{query}: the first hit is of the topic"
        );
    }
}

#[test]
fn a_place_or_need_word_never_hides_a_service_named_by_it() {
    let mut named = service(1, "Punkt informacyjny w Słupsku", &[], "", "");
    named.areas = vec![];
    let mut elsewhere = service(2, "Dyżur w Gdyni", &["health"], "", "");
    elsewhere.areas = vec!["Gdynia".into()];
    let mut region = service(3, "Porady dla całego regionu", &["health"], "", "");
    region.areas = vec!["pomorskie".into()];
    let mut local = service(4, "Porady na miejscu", &["health"], "", "");
    local.areas = vec!["Słupsk".into()];
    let lekarz = service(5, "Lekarz rodzinny – lista", &[], "", "");
    let services = vec![named, elsewhere, region, local, lekarz];
    let reference = Reference {
        counties: vec![
            pomost::model::County {
                name: "Słupsk".into(),
                kind: pomost::model::CountyKind::City,
            },
            pomost::model::County {
                name: "Gdynia".into(),
                kind: pomost::model::CountyKind::City,
            },
        ],
        ..small_reference()
    };
    // The place keeps what serves it (the county's own first) and what is
    // named after it, and leaves out the rest.
    let found = search(&services, &reference, Lang::Pl, "w Słupsku");
    assert_eq!(
        found,
        [
            "Punkt informacyjny w Słupsku",
            "Porady na miejscu",
            "Porady dla całego regionu"
        ]
    );
    // A need word: the service named by it first, then the topic's.
    let found = search(&services, &reference, Lang::Pl, "lekarz");
    assert_eq!(found[0], "Lekarz rodzinny – lista");
    assert_eq!(found.len(), 4, "{found:?}");
    // Named after the place first, then what serves it with the topic.
    let found = search(&services, &reference, Lang::Pl, "lekarz gdyni");
    assert_eq!(found, ["Dyżur w Gdyni", "Porady dla całego regionu"]);
}

#[test]
fn typing_a_place_letter_by_letter_gives_the_same_results_as_afresh() {
    // Compared wherever a word is complete: a plain word's loose match can
    // find more after one more letter (skim's score per letter is not
    // monotonic: `słu` → `słup`), which narrowing by plain words does not
    // see; that is older than places and need words and not tested here.
    let (_dir, services, reference) = catalogue();
    for query in [
        "adwokat w słupsku",
        "карта побиту",
        "kursy gdyni",
        "słupsk porady prawne",
        "robota w gdyni kursy",
        "karta pobytu gdansk poradnictwo",
    ] {
        let mut typed = Searcher::new(SearchIndex::build(&services, &reference, Lang::Pl));
        let ends: Vec<usize> = query
            .char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .collect();
        for &end in ends.iter().chain(ends.iter().rev().skip(1)) {
            typed.set_query(&query[..end]);
            if !query[end..].is_empty() && !query[end..].starts_with(' ') {
                continue;
            }
            let fresh = search(&services, &reference, Lang::Pl, &query[..end]);
            assert_eq!(
                names(&services, &typed, Lang::Pl),
                fresh,
                "{:?}",
                &query[..end]
            );
        }
    }
}
