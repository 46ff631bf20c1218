//! The generated directory the benchmarks measure: services of Polish text
//! (names and descriptions with diacritics, 2–4 topics, organisations,
//! counties, places, schedules) from a fixed seed, so every run and every
//! benchmark works on the same data.

use chrono::{NaiveDate, NaiveTime, Weekday};
use pomost::hsds::derived_id;
use pomost::model::{
    Address, Localized, Location, LocationKind, Organization, Reference, Schedule, Service,
    ServiceStatus, WHOLE_REGION,
};

/// The generator's seed: change it and every figure refers to other data.
pub const SEED: u64 = 0x5EED_9057_2024_0001;

// ---------------------------------------------------------------------------
// Deterministic generator
// ---------------------------------------------------------------------------

/// SplitMix64: tiny, fast, good enough to pick words.
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// True with `percent` % probability.
    fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// `k` distinct indices of `0..n`, in random order.
    fn distinct(&mut self, n: usize, k: usize) -> Vec<usize> {
        let mut all: Vec<usize> = (0..n).collect();
        for i in 0..k.min(n) {
            let j = i + self.below(n - i);
            all.swap(i, j);
        }
        all.truncate(k.min(n));
        all
    }
}

// ---------------------------------------------------------------------------
// Word lists
// ---------------------------------------------------------------------------

/// Names (Polish, English) and one typical sentence per topic code.
struct TopicWords {
    code: &'static str,
    names: &'static [(&'static str, &'static str)],
    sentence: &'static str,
    sentence_en: &'static str,
}

const TOPIC_WORDS: &[TopicWords] = &[
    TopicWords {
        code: "legalisation",
        names: &[
            ("Poradnictwo legalizacyjne", "Counselling on legal stay"),
            ("Pomoc w legalizacji pobytu", "Help with legalising stay"),
            (
                "Konsultacje w sprawie karty pobytu",
                "Residence card consultations",
            ),
            (
                "Wypełnianie wniosków o zezwolenie na pracę",
                "Help with work permit applications",
            ),
        ],
        sentence: "Pomagamy wypełnić wniosek o kartę pobytu, zezwolenie na pracę lub pobyt stały i sprawdzamy komplet dokumentów przed złożeniem w urzędzie wojewódzkim.",
        sentence_en: "We help fill in applications for a residence card, a work permit or permanent residence and check the documents before they go to the voivodeship office.",
    },
    TopicWords {
        code: "legal",
        names: &[
            ("Poradnictwo prawne", "Legal counselling"),
            ("Bezpłatna pomoc prawna", "Free legal aid"),
            ("Dyżur prawnika", "Lawyer on duty"),
            (
                "Porady prawne w sprawach cudzoziemców",
                "Legal advice for foreigners",
            ),
        ],
        sentence: "Prawniczka udziela porad w sprawach prawa pracy, najmu mieszkania, umów cywilnoprawnych i postępowań administracyjnych dotyczących cudzoziemców.",
        sentence_en: "A lawyer advises on employment law, renting a flat, civil contracts and administrative proceedings concerning foreigners.",
    },
    TopicWords {
        code: "employment",
        names: &[
            ("Doradztwo zawodowe", "Career counselling"),
            ("Klub pracy", "Job club"),
            ("Pomoc w szukaniu pracy", "Help finding a job"),
            ("Warsztaty pisania CV", "CV writing workshops"),
        ],
        sentence: "Doradca zawodowy pomaga przygotować życiorys, list motywacyjny i rozmowę kwalifikacyjną oraz wskazuje oferty pracy w Trójmieście.",
        sentence_en: "A career adviser helps prepare a CV, a cover letter and a job interview and points to job offers in the Tricity.",
    },
    TopicWords {
        code: "language",
        names: &[
            ("Kursy języka polskiego", "Polish language courses"),
            (
                "Lekcje polskiego dla dorosłych",
                "Polish lessons for adults",
            ),
            ("Konwersacje po polsku", "Polish conversation club"),
            ("Nauka języka polskiego online", "Learning Polish online"),
        ],
        sentence: "Zajęcia z języka polskiego odbywają się w małych grupach na poziomach od A1 do B2, a słuchacze otrzymują bezpłatne podręczniki i zaświadczenie.",
        sentence_en: "Polish language classes run in small groups from level A1 to B2, and learners receive free textbooks and a certificate.",
    },
    TopicWords {
        code: "education",
        names: &[
            ("Korepetycje dla uczniów", "Tutoring for pupils"),
            ("Zajęcia wyrównawcze", "Catch-up classes"),
            ("Pomoc w zapisach do szkoły", "Help enrolling in school"),
            (
                "Asystent międzykulturowy w szkole",
                "Intercultural assistant at school",
            ),
        ],
        sentence: "Wspieramy dzieci w nauce, pomagamy zapisać je do szkoły lub przedszkola i tłumaczymy rodzicom, jak działa polski system edukacji.",
        sentence_en: "We support children with learning, help enrol them in school or kindergarten and explain the Polish school system to parents.",
    },
    TopicWords {
        code: "health",
        names: &[
            ("Konsultacje lekarskie", "Medical consultations"),
            (
                "Pomoc w dostępie do opieki zdrowotnej",
                "Access to health care",
            ),
            ("Punkt szczepień", "Vaccination point"),
            ("Opieka położnej", "Midwife care"),
        ],
        sentence: "Pomagamy zapisać się do lekarza rodzinnego, wyjaśniamy zasady ubezpieczenia zdrowotnego w NFZ i towarzyszymy podczas wizyt w przychodni.",
        sentence_en: "We help register with a family doctor, explain health insurance rules and accompany people to the clinic.",
    },
    TopicWords {
        code: "housing",
        names: &[
            ("Pomoc w znalezieniu mieszkania", "Help finding a flat"),
            ("Hostel interwencyjny", "Emergency hostel"),
            ("Mieszkanie chronione", "Supported housing"),
            ("Poradnictwo mieszkaniowe", "Housing advice"),
        ],
        sentence: "Doradzamy przy wynajmie mieszkania, czytamy umowę najmu razem z lokatorem i pomagamy w sporach z właścicielem lokalu.",
        sentence_en: "We advise on renting a flat, read the tenancy agreement together with the tenant and help in disputes with the landlord.",
    },
    TopicWords {
        code: "social-assistance",
        names: &[
            ("Pomoc społeczna", "Social assistance"),
            ("Paczki żywnościowe", "Food parcels"),
            ("Wsparcie socjalne", "Social support"),
            ("Pomoc rzeczowa i odzież", "Material aid and clothing"),
        ],
        sentence: "Osoby w trudnej sytuacji materialnej mogą otrzymać paczki żywnościowe, odzież, środki czystości oraz pomoc w złożeniu wniosku o zasiłek.",
        sentence_en: "People in financial hardship can receive food parcels, clothing, hygiene products and help applying for benefits.",
    },
    TopicWords {
        code: "family",
        names: &[
            ("Świetlica dla dzieci", "After-school club for children"),
            ("Zajęcia dla rodziców", "Classes for parents"),
            ("Wsparcie rodziny", "Family support"),
            ("Klub mam", "Mothers' club"),
        ],
        sentence: "Świetlica zaprasza dzieci w wieku od sześciu do dwunastu lat na zabawy, odrabianie lekcji i zajęcia plastyczne, a rodziców na spotkania z pedagogiem.",
        sentence_en: "The club welcomes children aged six to twelve for play, homework and art classes, and parents for meetings with an educator.",
    },
    TopicWords {
        code: "psychological",
        names: &[
            ("Wsparcie psychologiczne", "Psychological support"),
            ("Grupa wsparcia", "Support group"),
            ("Konsultacje psychologiczne", "Psychological consultations"),
            (
                "Psychoterapia w języku ukraińskim",
                "Psychotherapy in Ukrainian",
            ),
        ],
        sentence: "Psycholożka prowadzi indywidualne konsultacje i grupy wsparcia dla osób przeżywających stres związany z migracją, żałobą lub przemocą.",
        sentence_en: "A psychologist holds individual consultations and support groups for people under stress from migration, grief or violence.",
    },
    TopicWords {
        code: "crisis",
        names: &[
            ("Pomoc kryzysowa", "Crisis help"),
            ("Telefon zaufania", "Helpline"),
            ("Interwencja kryzysowa", "Crisis intervention"),
            (
                "Całodobowy punkt interwencyjny",
                "Round-the-clock crisis point",
            ),
        ],
        sentence: "W sytuacji kryzysowej można przyjść bez zapisów lub zadzwonić na całodobowy telefon zaufania, także w nocy i w dni świąteczne.",
        sentence_en: "In a crisis you can come without an appointment or call the helpline around the clock, also at night and on holidays.",
    },
    TopicWords {
        code: "discrimination",
        names: &[
            (
                "Przeciwdziałanie dyskryminacji",
                "Countering discrimination",
            ),
            (
                "Zgłaszanie przestępstw z nienawiści",
                "Reporting hate crime",
            ),
            ("Punkt antydyskryminacyjny", "Anti-discrimination point"),
        ],
        sentence: "Przyjmujemy zgłoszenia dyskryminacji i przestępstw z nienawiści, pomagamy zawiadomić policję i towarzyszymy w postępowaniu.",
        sentence_en: "We take reports of discrimination and hate crime, help notify the police and accompany victims through the proceedings.",
    },
    TopicWords {
        code: "exclusion",
        names: &[
            (
                "Pomoc osobom w kryzysie bezdomności",
                "Help for people experiencing homelessness",
            ),
            ("Wsparcie osób wykluczonych", "Support for excluded people"),
            ("Łaźnia i pralnia socjalna", "Social bathhouse and laundry"),
        ],
        sentence: "Osoby w kryzysie bezdomności mogą skorzystać z łaźni, pralni, ciepłego posiłku i pomocy streetworkera.",
        sentence_en: "People experiencing homelessness can use the bathhouse, the laundry, a hot meal and the help of a street worker.",
    },
    TopicWords {
        code: "culture",
        names: &[
            ("Spotkania międzykulturowe", "Intercultural meetings"),
            ("Klub filmowy", "Film club"),
            ("Biblioteka wielojęzyczna", "Multilingual library"),
            ("Warsztaty kuchni gruzińskiej", "Georgian cooking workshops"),
        ],
        sentence: "Organizujemy wieczory filmowe, koncerty, warsztaty kulinarne i wystawy, na których sąsiedzi z różnych krajów poznają się nawzajem.",
        sentence_en: "We organise film evenings, concerts, cooking workshops and exhibitions where neighbours from different countries meet.",
    },
    TopicWords {
        code: "sport",
        names: &[
            ("Zajęcia sportowe", "Sports activities"),
            ("Piłka nożna dla wszystkich", "Football for everyone"),
            ("Joga dla kobiet", "Yoga for women"),
            ("Nauka pływania", "Swimming lessons"),
        ],
        sentence: "Treningi są bezpłatne i otwarte dla wszystkich, sprzęt zapewniamy na miejscu, wystarczy wygodny strój sportowy.",
        sentence_en: "Training is free and open to everyone; we provide the equipment, comfortable sportswear is enough.",
    },
    TopicWords {
        code: "communication",
        names: &[
            ("Tłumaczenia ustne", "Interpreting"),
            ("Pomoc tłumacza w urzędzie", "An interpreter at the office"),
            ("Tłumaczenia przysięgłe", "Sworn translations"),
        ],
        sentence: "Tłumacz towarzyszy w urzędzie, u lekarza lub w szkole i pomaga przetłumaczyć pisma na język ukraiński, rosyjski lub angielski.",
        sentence_en: "An interpreter accompanies you at the office, the doctor's or school and helps translate letters into Ukrainian, Russian or English.",
    },
    TopicWords {
        code: "community",
        names: &[
            ("Wolontariat", "Volunteering"),
            ("Spotkania sąsiedzkie", "Neighbourhood meetings"),
            ("Centrum społeczności", "Community centre"),
            ("Klub seniora", "Seniors' club"),
        ],
        sentence: "Zapraszamy do wolontariatu i wspólnego działania w dzielnicy: sprzątamy plaże, sadzimy drzewa i gotujemy razem w każdą sobotę.",
        sentence_en: "Join our volunteers in the neighbourhood: we clean beaches, plant trees and cook together every Saturday.",
    },
    TopicWords {
        code: "safety",
        names: &[
            ("Bezpieczeństwo w sieci", "Online safety"),
            (
                "Pomoc ofiarom handlu ludźmi",
                "Help for victims of trafficking",
            ),
            ("Pierwsza pomoc", "First aid"),
        ],
        sentence: "Uczymy, jak rozpoznać oszustwa internetowe i nieuczciwe oferty pracy, oraz pomagamy ofiarom handlu ludźmi i pracy przymusowej.",
        sentence_en: "We teach how to recognise online scams and dishonest job offers and help victims of trafficking and forced labour.",
    },
];

/// Who a service is for (Polish, English).
const AUDIENCES: &[(&str, &str)] = &[
    ("dla cudzoziemców", "for foreigners"),
    ("dla migrantów", "for migrants"),
    ("dla uchodźców z Ukrainy", "for refugees from Ukraine"),
    ("dla kobiet", "for women"),
    ("dla dzieci i młodzieży", "for children and young people"),
    ("dla seniorów", "for seniors"),
    ("dla rodzin z dziećmi", "for families with children"),
    ("dla studentów zagranicznych", "for international students"),
    ("dla pracowników z Gruzji", "for workers from Georgia"),
    ("dla osób z Białorusi", "for people from Belarus"),
    (
        "dla osób z niepełnosprawnością",
        "for people with disabilities",
    ),
];

/// Places (shown as "… – Gdańsk").
const PLACES: &[&str] = &[
    "Gdańsk",
    "Gdynia",
    "Słupsk",
    "Sopot",
    "Tczew",
    "Wejherowo",
    "Kartuzy",
    "Kościerzyna",
    "Chojnice",
    "Malbork",
    "Lębork",
    "Kwidzyn",
    "Bytów",
    "Człuchów",
    "Puck",
    "Starogard Gdański",
    "Sztum",
    "Nowy Dwór Gdański",
    "Łódź",
    "Żukowo",
    "Rumia",
    "Reda",
    "Władysławowo",
    "Ustka",
    "Łeba",
    "Pruszcz Gdański",
];

/// Sentences any description may use (Polish).
const GENERAL_PL: &[&str] = &[
    "Spotkania odbywają się w siedzibie organizacji przy ulicy Długiej w Gdańsku.",
    "Zapisy przyjmujemy telefonicznie od poniedziałku do piątku w godzinach pracy biura.",
    "Konsultacje są bezpłatne i poufne.",
    "Rozmawiamy po polsku, ukraińsku, rosyjsku i angielsku.",
    "W razie potrzeby zapewniamy tłumacza języka gruzińskiego lub białoruskiego.",
    "Na pierwszą wizytę warto zabrać paszport lub inny dokument tożsamości.",
    "Dojazd tramwajem linii 8 lub autobusem 199 do przystanku Żółwia.",
    "Lokal jest dostępny dla osób poruszających się na wózku.",
    "W Słupsku i Łodzi dyżury odbywają się raz w miesiącu.",
    "Program jest współfinansowany ze środków Unii Europejskiej.",
    "Liczba miejsc jest ograniczona, decyduje kolejność zgłoszeń.",
    "Zajęcia prowadzą doświadczeni trenerzy i wolontariusze.",
    "Dla dzieci przygotowaliśmy kącik zabaw, więc można przyjść z całą rodziną.",
    "Informacje o kolejnych terminach publikujemy na stronie internetowej i w mediach społecznościowych.",
    "Pomagamy także osobom, które nie mają jeszcze uregulowanego statusu pobytu.",
    "Wolontariusze z Gdyni i Sopotu odwiedzają również mniejsze miejscowości powiatu.",
    "Można też umówić się na rozmowę przez komunikator wideo.",
    "Po spotkaniu każdy otrzymuje pisemne podsumowanie porady.",
    "Współpracujemy z urzędem wojewódzkim, powiatowym urzędem pracy i ośrodkami pomocy społecznej.",
    "Szczególnie zapraszamy osoby, które niedawno przyjechały do Polski.",
    "Żółty budynek znajduje się tuż obok dworca kolejowego.",
    "Kawa i herbata czekają na wszystkich gości.",
];

/// Sentences any English description may use.
const GENERAL_EN: &[&str] = &[
    "Meetings take place at the organisation's office on Długa Street in Gdańsk.",
    "Book by phone from Monday to Friday during office hours.",
    "Consultations are free and confidential.",
    "We speak Polish, Ukrainian, Russian and English.",
    "An interpreter of Georgian or Belarusian can be arranged when needed.",
    "Bring a passport or another identity document to the first visit.",
    "Places are limited and given in order of registration.",
    "We also help people whose residence status is not yet settled.",
    "You can also arrange a video call.",
    "The programme is co-financed by the European Union.",
];

const ORG_KINDS: &[(&str, &str)] = &[
    ("Fundacja", "Foundation"),
    ("Stowarzyszenie", "Association"),
    ("Centrum", "Centre"),
    ("Ośrodek", "Centre"),
    ("Spółdzielnia Socjalna", "Social Cooperative"),
    ("Klub", "Club"),
    ("Instytut", "Institute"),
];

const ORG_CORES: &[&str] = &[
    "Ocalenie",
    "Dla Wolności",
    "Wspólna Ziemia",
    "Nasz Wybór",
    "Przystań",
    "Mosty Kultur",
    "Otwarte Pomorze",
    "Żółw",
    "Łączy Nas Morze",
    "Pomorska Inicjatywa Migracyjna",
    "Różnorodność",
    "Sąsiedzi",
    "Kaszubski Dom",
    "Bałtycki Most",
    "Źródło",
    "Świt",
    "Nadzieja",
    "Dobry Start",
    "Horyzont",
    "Kompas",
    "Zielona Latarnia",
    "Wspólnota Gruzińska",
    "Ukraiński Dom",
    "Białoruski Dom",
    "Integracja",
    "Słoneczna Przystań",
    "Strefa Wsparcia",
    "Kuźnia Kompetencji",
    "Ścieżki",
    "Wiatrak",
];

const STREETS: &[&str] = &[
    "ul. Długa",
    "ul. Łąkowa",
    "ul. Żeromskiego",
    "al. Grunwaldzka",
    "ul. Wojska Polskiego",
    "ul. Świętojańska",
    "ul. Kościuszki",
    "ul. Mickiewicza",
    "ul. Źródlana",
    "ul. Ogarna",
    "ul. Wajdeloty",
    "ul. Starowiejska",
];

const ELIGIBILITY: &[&str] = &[
    "Pełnoletni cudzoziemcy mieszkający w województwie pomorskim.",
    "Osoby z doświadczeniem migracji i ich rodziny.",
    "Dzieci w wieku szkolnym i ich rodzice.",
    "Każdy, bez względu na status pobytu.",
];

const APPLY: &[&str] = &[
    "Zapisy telefoniczne lub mailowe.",
    "Bez zapisów, w godzinach dyżuru.",
    "Formularz zgłoszeniowy na stronie internetowej.",
];

const LANGUAGES: &[&str] = &["pl", "uk", "ru", "en", "be", "ka"];

// ---------------------------------------------------------------------------
// Generating the directory
// ---------------------------------------------------------------------------

fn organizations(rng: &mut Rng) -> Vec<Organization> {
    (0..400)
        .map(|i| {
            let (kind, kind_en) = *rng.pick(ORG_KINDS);
            let core = *rng.pick(ORG_CORES);
            let name = if rng.chance(40) {
                format!("{kind} {core} – {}", rng.pick(PLACES))
            } else {
                format!("{kind} {core}")
            };
            let en = rng.chance(30).then(|| format!("{kind_en} {core}"));
            Organization {
                id: derived_id(&format!("bench:org:{i}")),
                name: Localized {
                    text: name,
                    en,
                    ..Localized::default()
                },
                description: Localized::new(description(rng, 15, 30)),
                email: Some(format!("biuro{i}@organizacja.pl")),
                website: Some(format!("https://organizacja{i}.pl")),
            }
        })
        .collect()
}

/// `min..=max` words of general Polish sentences (the last one cut short).
fn description(rng: &mut Rng, min: usize, max: usize) -> String {
    let target = rng.range(min, max);
    let mut words: Vec<&str> = Vec::with_capacity(target + 20);
    while words.len() < target {
        words.extend(rng.pick(GENERAL_PL).split_whitespace());
    }
    finish(words, target)
}

fn finish(mut words: Vec<&str>, target: usize) -> String {
    words.truncate(target);
    let mut text = words.join(" ");
    if !text.ends_with('.') {
        text = text.trim_end_matches([',', ':']).to_owned();
        text.push('.');
    }
    text
}

fn service(
    i: usize,
    rng: &mut Rng,
    reference: &Reference,
    orgs: &[std::sync::Arc<Organization>],
) -> Service {
    // Topics: 2–4 distinct codes, the first drawn decides the name.
    let count = rng.range(2, 4);
    let picked = rng.distinct(TOPIC_WORDS.len(), count);
    let main = &TOPIC_WORDS[picked[0]];
    let mut topics: Vec<String> = picked
        .iter()
        .map(|&t| TOPIC_WORDS[t].code.to_owned())
        .collect();
    topics.sort_by_key(|c| reference.topic_position(c));

    let (kind, kind_en) = *rng.pick(main.names);
    let mut name = kind.to_owned();
    let mut name_en = kind_en.to_owned();
    if rng.chance(60) {
        let (a, a_en) = *rng.pick(AUDIENCES);
        name = format!("{name} {a}");
        name_en = format!("{name_en} {a_en}");
    }
    if rng.chance(50) {
        let place = *rng.pick(PLACES);
        name = format!("{name} – {place}");
        name_en = format!("{name_en} – {place}");
    }

    // Description: 20–60 words, starting with the main topic's sentence, then
    // a sentence of another topic and general ones.
    let target = rng.range(20, 60);
    let mut words: Vec<&str> = main.sentence.split_whitespace().collect();
    if picked.len() > 1 && rng.chance(50) {
        words.extend(TOPIC_WORDS[picked[1]].sentence.split_whitespace());
    }
    while words.len() < target {
        words.extend(rng.pick(GENERAL_PL).split_whitespace());
    }
    let text = finish(words, target);

    let translated = rng.chance(40);
    let description_en = translated.then(|| {
        let target = rng.range(20, 50);
        let mut words: Vec<&str> = main.sentence_en.split_whitespace().collect();
        while words.len() < target {
            words.extend(rng.pick(GENERAL_EN).split_whitespace());
        }
        finish(words, target)
    });

    let mut languages = Vec::new();
    if rng.chance(90) {
        languages.push("pl".to_owned());
    }
    let extra = rng.range(0, 3);
    for l in rng.distinct(LANGUAGES.len() - 1, extra) {
        languages.push(LANGUAGES[l + 1].to_owned());
    }
    if languages.is_empty() {
        languages.push("uk".to_owned());
    }

    let areas = if rng.chance(20) {
        vec![WHOLE_REGION.to_owned()]
    } else {
        let n = rng.range(1, 3);
        rng.distinct(reference.counties.len(), n)
            .into_iter()
            .map(|c| reference.counties[c].name.clone())
            .collect()
    };

    let city = *rng.pick(PLACES);
    let mut locations = vec![Location {
        id: derived_id(&format!("bench:{i}:loc:0")),
        kind: LocationKind::Physical,
        name: Some(city.to_owned()),
        address: Some(Address {
            street: format!("{} {}", rng.pick(STREETS), rng.range(1, 120)),
            city: city.to_owned(),
            postal_code: format!("8{}-{:03}", rng.range(0, 4), rng.range(0, 999)),
        }),
        url: None,
    }];
    if rng.chance(30) {
        locations.push(Location {
            id: derived_id(&format!("bench:{i}:loc:1")),
            kind: LocationKind::Virtual,
            name: Some("Zoom".to_owned()),
            address: None,
            url: Some(format!(
                "https://zoom.us/j/{}",
                rng.next_u64() % 1_000_000_000
            )),
        });
    }

    let schedules = (0..rng.range(0, 2))
        .map(|k| {
            let n = rng.range(1, 3);
            let mut days: Vec<Weekday> = rng
                .distinct(5, n)
                .into_iter()
                .filter_map(|d| Weekday::try_from(d as u8).ok())
                .collect();
            days.sort_by_key(|d| d.number_from_monday());
            let opens = rng.range(8, 13) as u32;
            let closes = opens + rng.range(2, 6) as u32;
            Schedule {
                id: derived_id(&format!("bench:{i}:sched:{k}")),
                days,
                opens: NaiveTime::from_hms_opt(opens, 0, 0).expect("valid time"),
                closes: NaiveTime::from_hms_opt(closes, 30, 0).expect("valid time"),
                valid_from: None,
                valid_to: None,
                note: rng
                    .chance(20)
                    .then(|| "Dyżur w języku ukraińskim".to_owned()),
                note_en: None,
            }
        })
        .collect();

    let free = match rng.below(100) {
        0..70 => Some(true),
        70..85 => Some(false),
        _ => None,
    };

    Service {
        id: derived_id(&format!("bench:{i}")),
        organization: rng.chance(90).then(|| rng.pick(orgs).clone()),
        name: Localized {
            text: name,
            en: translated.then_some(name_en),
            ..Localized::default()
        },
        description: Localized {
            text,
            en: description_en,
            ..Localized::default()
        },
        status: if rng.chance(90) {
            ServiceStatus::Active
        } else {
            ServiceStatus::TemporarilyClosed
        },
        topics,
        languages,
        areas,
        eligibility: Localized::new(*rng.pick(ELIGIBILITY)),
        application_process: Localized::new(*rng.pick(APPLY)),
        fees: Localized::new(if free == Some(true) {
            "Bezpłatnie"
        } else {
            ""
        }),
        free,
        email: Some(format!("kontakt{i}@pomoc.pl")),
        phones: vec![format!(
            "+48 58 {:03} {:02} {:02}",
            rng.range(100, 999),
            rng.range(0, 99),
            rng.range(0, 99)
        )],
        url: rng
            .chance(60)
            .then(|| format!("https://pomoc.pl/uslugi/{i}")),
        locations,
        schedules,
        last_verified: NaiveDate::from_ymd_opt(
            2025,
            rng.range(1, 12) as u32,
            rng.range(1, 28) as u32,
        ),
        published: None,
    }
}

/// `n` services, the same for the same `n` (and the first `k` of them the
/// same for every `n` ≥ `k`).
pub fn generate(reference: &Reference, n: usize) -> Vec<Service> {
    let mut rng = Rng(SEED);
    let orgs: Vec<_> = organizations(&mut rng)
        .into_iter()
        .map(std::sync::Arc::new)
        .collect();
    (0..n)
        .map(|i| service(i, &mut rng, reference, &orgs))
        .collect()
}
