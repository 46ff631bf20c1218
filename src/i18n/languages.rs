//! Languages (ISO 639-1): which codes are known and in what order they are
//! offered; each language file names them.

use super::Lang;

/// Known language codes, most frequent at the desk first.
#[rustfmt::skip]
pub const LANGUAGE_CODES: &[&str] = &[
    "pl", "uk", "ru", "be", "en", "de", "fr", "es", "it", "pt", "ka", "hy", "az", "kk", "uz",
    "ky", "tg", "tk", "tr", "ar", "fa", "ps", "ku", "he", "hi", "ur", "bn", "ne", "ta", "zh",
    "ja", "ko", "vi", "th", "id", "tl", "am", "ti", "so", "sw", "ro", "bg", "cs", "sk", "lt",
    "lv", "et", "hu", "hr", "sr", "bs", "sl", "mk", "sq", "el", "nl", "sv", "no", "da", "fi",
    "yi",
];

/// The name of a language in the interface language, or `None` for an unknown code.
pub fn language_name(code: &str, lang: Lang) -> Option<&'static str> {
    super::name_by_code(lang.table().languages, code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_names_every_language_and_no_other() {
        for lang in Lang::ALL {
            assert_eq!(
                lang.table().languages.len(),
                LANGUAGE_CODES.len(),
                "{lang:?}"
            );
            for &code in LANGUAGE_CODES {
                let name = language_name(code, lang).unwrap_or_default();
                assert!(!name.trim().is_empty(), "no {lang:?} name for {code}");
            }
        }
    }
}
