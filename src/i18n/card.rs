//! The languages of a client's card and their words.
//!
//! A card is handed to the person at the desk, not read by the worker, so its
//! languages are the clients' (Polish, Ukrainian, English, Russian), not the
//! interface's: Russian has no interface texts, only these few labels and
//! weekday names. [`CardLang::words`] is the one match over them.

/// A language a card can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardLang {
    /// Polski.
    Pl,
    /// Українська.
    Uk,
    /// English.
    En,
    /// Русский.
    Ru,
}

/// The labels and calendar words of one card language.
#[derive(Debug)]
pub struct CardWords {
    /// ISO 639-1 code (`--lang` of `services card`, the consultation's language).
    pub code: &'static str,
    /// The language's own name, shown in the popup (`українська`).
    pub name: &'static str,
    /// Label of the organisation that runs the service.
    pub organisation: &'static str,
    /// Label of the address.
    pub address: &'static str,
    /// Said instead of an address for a service or session held online.
    pub online: &'static str,
    /// Label of the opening hours.
    pub hours: &'static str,
    /// Label of the phone numbers.
    pub phone: &'static str,
    /// Label of the e-mail address.
    pub email: &'static str,
    /// Label of the web page.
    pub web: &'static str,
    /// Label of how to apply.
    pub apply: &'static str,
    /// Label of the documents to bring.
    pub documents: &'static str,
    /// Label of the dates and times of a session.
    pub when: &'static str,
    /// Label of who a session is for.
    pub audience: &'static str,
    /// Label of a session's contact.
    pub contact: &'static str,
    /// "from DATE" in opening hours.
    pub since: &'static str,
    /// "until DATE" in opening hours.
    pub until: &'static str,
    /// Short weekday names, Monday first.
    pub weekdays: [&'static str; 7],
    /// The customary short date, as a `chrono` format.
    pub date: &'static str,
}

impl CardLang {
    /// Every card language, in the order the popup cycles through them.
    pub const ALL: [CardLang; 4] = [CardLang::Pl, CardLang::Uk, CardLang::En, CardLang::Ru];

    /// The language's words: the one match over card languages.
    pub fn words(self) -> &'static CardWords {
        match self {
            CardLang::Pl => &POLISH,
            CardLang::Uk => &UKRAINIAN,
            CardLang::En => &ENGLISH,
            CardLang::Ru => &RUSSIAN,
        }
    }

    /// The ISO 639-1 code (`uk`).
    pub fn code(self) -> &'static str {
        self.words().code
    }

    /// The card language of a code (`uk`, `ru`), if it is one.
    pub fn from_code(code: &str) -> Option<CardLang> {
        let code = code.trim().to_ascii_lowercase();
        Self::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The card language that goes with an interface language (its code).
    pub fn for_interface(lang: super::Lang) -> CardLang {
        Self::from_code(lang.code()).unwrap_or(CardLang::Pl)
    }

    /// The next language of [`CardLang::ALL`], round.
    pub fn next(self) -> CardLang {
        let at = Self::ALL.iter().position(|l| *l == self).unwrap_or(0);
        Self::ALL[(at + 1) % Self::ALL.len()]
    }
}

static POLISH: CardWords = CardWords {
    code: "pl",
    name: "polski",
    organisation: "Organizacja",
    address: "Adres",
    online: "online",
    hours: "Godziny",
    phone: "Tel.",
    email: "E-mail",
    web: "WWW",
    apply: "Jak się zgłosić",
    documents: "Dokumenty",
    when: "Kiedy",
    audience: "Dla kogo",
    contact: "Kontakt",
    since: "od",
    until: "do",
    weekdays: ["pn", "wt", "śr", "czw", "pt", "sob", "nd"],
    date: "%d.%m.%Y",
};

static UKRAINIAN: CardWords = CardWords {
    code: "uk",
    name: "українська",
    organisation: "Організація",
    address: "Адреса",
    online: "онлайн",
    hours: "Години",
    phone: "Тел.",
    email: "Ел. пошта",
    web: "Сайт",
    apply: "Як звернутися",
    documents: "Документи",
    when: "Коли",
    audience: "Для кого",
    contact: "Контакт",
    since: "з",
    until: "до",
    weekdays: ["пн", "вт", "ср", "чт", "пт", "сб", "нд"],
    date: "%d.%m.%Y",
};

static ENGLISH: CardWords = CardWords {
    code: "en",
    name: "English",
    organisation: "Organisation",
    address: "Address",
    online: "online",
    hours: "Hours",
    phone: "Phone",
    email: "E-mail",
    web: "Web",
    apply: "How to apply",
    documents: "Documents to bring",
    when: "When",
    audience: "For",
    contact: "Contact",
    since: "from",
    until: "until",
    weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    date: "%Y-%m-%d",
};

static RUSSIAN: CardWords = CardWords {
    code: "ru",
    name: "русский",
    organisation: "Организация",
    address: "Адрес",
    online: "онлайн",
    hours: "Часы",
    phone: "Тел.",
    email: "Эл. почта",
    web: "Сайт",
    apply: "Как обратиться",
    documents: "Документы",
    when: "Когда",
    audience: "Для кого",
    contact: "Контакт",
    since: "с",
    until: "до",
    weekdays: ["пн", "вт", "ср", "чт", "пт", "сб", "вс"],
    date: "%d.%m.%Y",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_card_language_has_every_label() {
        for lang in CardLang::ALL {
            let w = lang.words();
            let labels = [
                w.name,
                w.organisation,
                w.address,
                w.online,
                w.hours,
                w.phone,
                w.email,
                w.web,
                w.apply,
                w.documents,
                w.when,
                w.audience,
                w.contact,
                w.since,
                w.until,
                w.date,
            ];
            for label in labels.iter().chain(&w.weekdays) {
                assert!(!label.trim().is_empty(), "{lang:?}: an empty label");
            }
            assert_eq!(CardLang::from_code(w.code), Some(lang));
        }
    }

    #[test]
    fn cyrillic_cards_are_written_in_cyrillic() {
        for lang in [CardLang::Uk, CardLang::Ru] {
            let w = lang.words();
            for label in [
                w.address,
                w.hours,
                w.web,
                w.apply,
                w.documents,
                w.when,
                w.contact,
            ] {
                assert!(
                    label.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)),
                    "{lang:?}: {label}"
                );
            }
        }
        assert_ne!(
            CardLang::Ru.words().weekdays,
            CardLang::Uk.words().weekdays,
            "Sunday differs"
        );
    }

    #[test]
    fn the_popup_cycles_through_every_language() {
        let mut seen = vec![CardLang::Pl];
        while seen.len() < 5 {
            seen.push(seen[seen.len() - 1].next());
        }
        assert_eq!(&seen[..4], &CardLang::ALL);
        assert_eq!(seen[4], CardLang::Pl);
        assert_eq!(CardLang::from_code(" RU "), Some(CardLang::Ru));
        assert_eq!(CardLang::from_code("de"), None);
    }
}
