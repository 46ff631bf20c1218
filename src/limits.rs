//! How long a text may be: one table for the import, the forms and
//! `pomost log`, in characters (not bytes).
//!
//! The limits are generous for a help desk (the longest description in the
//! shipped catalogue has 565 characters) and keep out what no person types: a
//! 10 MB description made every key on its service slow.

use crate::i18n::{Lang, Msg};

/// Names and titles: a service, an organisation, a session, a place, a person.
pub const NAME: usize = 200;
/// One line of detail: an address part, a phone number, an e-mail address, a
/// contact, an organiser, a place, a note on opening hours, a reason.
pub const LINE: usize = 300;
/// A web link.
pub const LINK: usize = 2_000;
/// Running text: a description, who it is for, how to apply, fees, a
/// session's audience and theme; the opening-hours rules of the service form.
pub const TEXT: usize = 4_000;
/// A consultation's notes.
pub const NOTES: usize = 8_000;
/// Items in one list of a service (phones, places, opening-hours rules,
/// languages, areas, topics).
pub const ITEMS: usize = 100;

/// The text's length in characters, when it is longer than `max`.
pub fn excess(text: &str, max: usize) -> Option<usize> {
    // A character is at least one byte: few bytes are few characters.
    if text.len() <= max {
        return None;
    }
    let n = text.chars().count();
    (n > max).then_some(n)
}

/// "too long: N characters, at most MAX are allowed", when it is.
pub fn too_long(text: &str, max: usize, lang: Lang) -> Option<String> {
    excess(text, max).map(|n| lang.fmt(Msg::ProbTooLong, &[&n, &max]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_characters_not_bytes() {
        assert_eq!(
            excess(&"ż".repeat(200), NAME),
            None,
            "400 bytes, 200 characters"
        );
        assert_eq!(excess(&"a".repeat(201), NAME), Some(201));
        assert_eq!(excess("", NAME), None);
        assert_eq!(
            too_long(&"x".repeat(4_001), TEXT, Lang::En).as_deref(),
            Some("too long: 4001 characters, at most 4000 are allowed")
        );
    }
}
