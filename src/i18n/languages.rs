//! Names of languages (ISO 639-1) in Polish and English.

use super::Lang;

/// Known language codes with their Polish and English names, most frequent at the desk first.
pub const LANGUAGES: &[(&str, &str, &str)] = &[
    ("pl", "polski", "Polish"),
    ("uk", "ukraiński", "Ukrainian"),
    ("ru", "rosyjski", "Russian"),
    ("be", "białoruski", "Belarusian"),
    ("en", "angielski", "English"),
    ("de", "niemiecki", "German"),
    ("fr", "francuski", "French"),
    ("es", "hiszpański", "Spanish"),
    ("it", "włoski", "Italian"),
    ("pt", "portugalski", "Portuguese"),
    ("ka", "gruziński", "Georgian"),
    ("hy", "ormiański", "Armenian"),
    ("az", "azerski", "Azerbaijani"),
    ("kk", "kazachski", "Kazakh"),
    ("uz", "uzbecki", "Uzbek"),
    ("ky", "kirgiski", "Kyrgyz"),
    ("tg", "tadżycki", "Tajik"),
    ("tk", "turkmeński", "Turkmen"),
    ("tr", "turecki", "Turkish"),
    ("ar", "arabski", "Arabic"),
    ("fa", "perski", "Persian"),
    ("ps", "paszto", "Pashto"),
    ("ku", "kurdyjski", "Kurdish"),
    ("he", "hebrajski", "Hebrew"),
    ("hi", "hindi", "Hindi"),
    ("ur", "urdu", "Urdu"),
    ("bn", "bengalski", "Bengali"),
    ("ne", "nepalski", "Nepali"),
    ("ta", "tamilski", "Tamil"),
    ("zh", "chiński", "Chinese"),
    ("ja", "japoński", "Japanese"),
    ("ko", "koreański", "Korean"),
    ("vi", "wietnamski", "Vietnamese"),
    ("th", "tajski", "Thai"),
    ("id", "indonezyjski", "Indonesian"),
    ("tl", "tagalski", "Tagalog"),
    ("am", "amharski", "Amharic"),
    ("ti", "tigrinia", "Tigrinya"),
    ("so", "somalijski", "Somali"),
    ("sw", "suahili", "Swahili"),
    ("ro", "rumuński", "Romanian"),
    ("bg", "bułgarski", "Bulgarian"),
    ("cs", "czeski", "Czech"),
    ("sk", "słowacki", "Slovak"),
    ("lt", "litewski", "Lithuanian"),
    ("lv", "łotewski", "Latvian"),
    ("et", "estoński", "Estonian"),
    ("hu", "węgierski", "Hungarian"),
    ("hr", "chorwacki", "Croatian"),
    ("sr", "serbski", "Serbian"),
    ("bs", "bośniacki", "Bosnian"),
    ("sl", "słoweński", "Slovenian"),
    ("mk", "macedoński", "Macedonian"),
    ("sq", "albański", "Albanian"),
    ("el", "grecki", "Greek"),
    ("nl", "niderlandzki", "Dutch"),
    ("sv", "szwedzki", "Swedish"),
    ("no", "norweski", "Norwegian"),
    ("da", "duński", "Danish"),
    ("fi", "fiński", "Finnish"),
    ("yi", "jidysz", "Yiddish"),
];

/// The name of a language in the interface language, or `None` for an unknown code.
pub fn language_name(code: &str, lang: Lang) -> Option<&'static str> {
    LANGUAGES
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|&(_, pl, en)| if lang == Lang::Pl { pl } else { en })
}
