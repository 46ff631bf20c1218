//! Which country (ISO 3166-1 alpha-2) and language (ISO 639-1) codes exist,
//! and the order lists offer them in; each language file names them.

use super::Lang;

/// Country codes, those most frequent at the desk first, then by code.
#[rustfmt::skip]
pub const COUNTRY_CODES: &[&str] = &[
    "UA", "BY", "GE", "RU", "MD", "KZ", "UZ", "KG", "TJ", "TM", "AZ", "AM", "IN", "BD", "NP",
    "PH", "VN", "TR", "SY", "AF", "IQ", "IR", "ER", "ET", "NG", "CO", "VE", "AD", "AE", "AG",
    "AI", "AL", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "BA", "BB", "BE", "BF", "BG",
    "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BV", "BW", "BZ", "CA",
    "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CR", "CU", "CV", "CW", "CX",
    "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "EH", "ES", "FI", "FJ",
    "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP",
    "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM", "HN", "HR", "HT", "HU", "ID", "IE",
    "IL", "IM", "IO", "IS", "IT", "JE", "JM", "JO", "JP", "KE", "KH", "KI", "KM", "KN", "KP",
    "KR", "KW", "KY", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA",
    "MC", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT",
    "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE", "NF", "NI", "NL", "NO", "NR", "NU",
    "NZ", "OM", "PA", "PE", "PF", "PG", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY",
    "QA", "RE", "RO", "RS", "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK",
    "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SX", "SZ", "TC", "TD", "TF", "TG", "TH",
    "TK", "TL", "TN", "TO", "TT", "TV", "TW", "TZ", "UG", "UM", "US", "UY", "VA", "VC", "VG",
    "VI", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
];

/// The name of a country in the interface language, or `None` for an unknown
/// code (codes are upper case, e.g. `UA`).
pub fn country_name(code: &str, lang: Lang) -> Option<&'static str> {
    super::name_by_code(lang.table().countries, code)
}

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
    use std::collections::HashSet;

    #[test]
    fn codes_are_unique_upper_case_pairs() {
        assert_eq!(COUNTRY_CODES.len(), 249);
        let mut seen = HashSet::new();
        for &code in COUNTRY_CODES {
            assert!(
                code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()),
                "bad code {code:?}"
            );
            assert!(seen.insert(code), "duplicate code {code}");
        }
    }

    #[test]
    fn every_language_names_every_code_and_no_other() {
        type Names = fn(Lang) -> &'static [(&'static str, &'static str)];
        let lists: [(&[&str], Names); 2] = [
            (COUNTRY_CODES, |l| l.table().countries),
            (LANGUAGE_CODES, |l| l.table().languages),
        ];
        for (codes, names) in lists {
            for lang in Lang::ALL {
                assert_eq!(names(lang).len(), codes.len(), "{lang:?}");
                for &code in codes {
                    let name = super::super::name_by_code(names(lang), code);
                    assert!(
                        !name.unwrap_or_default().trim().is_empty(),
                        "no {lang:?} name for {code}"
                    );
                }
            }
        }
    }

    #[test]
    fn names_in_each_language() {
        assert_eq!(country_name("UA", Lang::Pl), Some("Ukraina"));
        assert_eq!(country_name("BY", Lang::En), Some("Belarus"));
        assert_eq!(country_name("GE", Lang::Uk), Some("Грузія"));
        assert_eq!(country_name("XX", Lang::Pl), None);
        assert_eq!(language_name("uk", Lang::Uk), Some("українська"));
        assert_eq!(language_name("xx", Lang::Uk), None);
    }
}
