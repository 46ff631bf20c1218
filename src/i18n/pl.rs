//! Polski: the texts and every other Polish-specific datum.

use super::{Language, Msg, Stored};

/// Polish.
pub static POLISH: Language = Language {
    code: "pl",
    aliases: &[],
    text,
    weekdays_short: ["pn", "wt", "śr", "czw", "pt", "sob", "nd"],
    weekdays_long: [
        "poniedziałek",
        "wtorek",
        "środa",
        "czwartek",
        "piątek",
        "sobota",
        "niedziela",
    ],
    every_weekday: [
        "w każdy poniedziałek",
        "w każdy wtorek",
        "w każdą środę",
        "w każdy czwartek",
        "w każdy piątek",
        "w każdą sobotę",
        "w każdą niedzielę",
    ],
    every_prefix: "",
    and: " i ",
    months: [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ],
    long_date: "{} {} {}",
    short_date: "%d.%m.%Y",
    date_time: "%d.%m.%Y %H:%M",
    schedule_days: ["pn", "wt", "śr", "cz", "pt", "so", "nd"],
    schedule_from: &["od"],
    schedule_to: &["do"],
    stored: Stored::Original,
    topics: &[],
    countries: COUNTRIES,
    languages: LANGUAGES,
};

/// The Polish text of a message.
pub fn text(msg: Msg) -> &'static str {
    use Msg::*;
    match msg {
        TabServices => "Usługi",
        TabConsultations => "Konsultacje",
        TabTimetable => "Harmonogram",
        TabReports => "Raporty",
        SearchTitle => "Szukaj",
        SearchPlaceholder => "wpisz: nazwa, temat, organizacja…",
        ResultsTitle => "Usługi",
        ReadingPlace => "miejsce",
        ReadingTopic => "temat",
        CliReadAs => "Odczytano: {}",
        DetailsTitle => "Szczegóły",
        NoResults => "Brak pasujących usług. Esc czyści wyszukiwanie, Alt-x czyści filtry.",
        NoSelection => "Nic nie wybrano.",
        FilterTopic => "temat",
        FilterLanguage => "język",
        FilterCounty => "powiat",
        FilterFree => "bezpłatne",
        FilterAny => "(dowolny)",
        PickerTitleTopic => "Filtr: temat",
        PickerTitleLanguage => "Filtr: język",
        PickerTitleCounty => "Filtr: powiat",
        PickerHint => "pisz, by zawęzić · Enter wybierz · Esc anuluj",
        FieldOrganisation => "Organizacja",
        FieldStatus => "Status",
        FieldTopics => "Tematy",
        FieldLanguages => "Języki",
        FieldAreas => "Powiaty",
        FieldWho => "Dla kogo",
        FieldCost => "Koszt",
        FieldWhere => "Gdzie",
        FieldWhen => "Kiedy",
        FieldContact => "Kontakt",
        FieldApply => "Jak się zgłosić",
        FieldVerified => "Ostatnio sprawdzono",
        FieldDescription => "Co",
        Free => "bezpłatne",
        NotStated => "nie podano",
        Online => "online",
        InPerson => "stacjonarnie",
        WholeRegion => "całe województwo pomorskie",
        Since => "od",
        Until => "do",
        StatusActive => "aktywna",
        StatusInactive => "nieaktywna",
        StatusDefunct => "wycofana",
        StatusTemporarilyClosed => "czasowo zamknięta",
        Copied => "Skopiowano kontakt do schowka: {}",
        NothingToCopy => "Ta usługa nie ma kontaktu do skopiowania.",
        ReadOnly => "tylko odczyt",
        TooSmall => "Terminal za mały ({}×{}): Pomost potrzebuje co najmniej {}×{}. Powiększ okno.",
        HelpTitle => "Klawisze",
        HelpClose => "Esc lub ? zamyka pomoc",
        HelpEverywhere => "Wszędzie",
        HelpPicker => "W liście wyboru",
        KeyQuit => "wyjście",
        KeyHelp => "pomoc",
        KeyNextPane => "następny panel",
        KeyMove => "ruch",
        KeySearch => "szukaj",
        KeyBack => "wstecz",
        KeyClearSearch => "wyczyść",
        KeyDetailsPane => "szczegóły",
        KeyBackToSearch => "do wyszukiwania",
        KeyTabs => "ekrany",
        KeyTopic => "filtr tematu",
        KeyLanguage => "filtr języka",
        KeyCounty => "filtr powiatu",
        KeyFree => "tylko bezpłatne",
        KeyClearFilters => "wyczyść filtry",
        KeyCopy => "kopiuj kontakt",
        KeyRefer => "skieruj (konsultacja)",
        KeyScroll => "przewiń",
        KeyPick => "wybierz",
        KeyTop => "pierwsza / ostatnia",
        CliImported => "Zaimportowano: {} (nowe: {}, zaktualizowane: {}).",
        CliInitDone => "Utworzono bazę {} ({}, {}).",
        CliInitExists => "Baza {} już istnieje; niczego nie zmieniono.",
        CliNoMatches => "Brak pasujących usług.",
        CliImportInvalid => {
            "Niczego nie zaimportowano: w {} jest błędów: {}. Popraw je i uruchom import ponownie."
        }
        CliImportInvalidOne => "Niczego nie zaimportowano z {}: {}.",
        ColName => "Nazwa",
        ColOrganisation => "Organizacja",
        ColTopics => "Tematy",
        ErrNotSqlite => {
            "{} nie jest bazą Pomostu (to nie jest plik SQLite); plik pozostał nietknięty. Sprawdź --db lub POMOST_DB."
        }
        ErrForeignDb => {
            "{} jest bazą SQLite innego programu; plik pozostał nietknięty. Wskaż inną ścieżkę przez --db."
        }
        ErrTooNew => {
            "{} zapisała nowsza wersja Pomostu (schemat {}, ta zna {}); zaktualizuj Pomost przed otwarciem."
        }
        ErrUnreadable => {
            "Nie można odczytać {}: {}. Sprawdź uprawnienia pliku lub zapytaj administratora."
        }
        ErrNoDatabase => {
            "Nie ma bazy danych w {}: utwórz ją poleceniem `pomost init --db {}` (raz, robi to koordynator) albo wskaż właściwą przez --db lub POMOST_DB."
        }
        ErrEmptyFile => {
            "{} to pusty plik, nie baza Pomostu; pozostał nietknięty. Utwórz w nim bazę poleceniem `pomost init --db {}`."
        }
        DatabaseOpen => "Baza danych: {}",
        ErrDamaged => {
            "{} jest uszkodzona (sprawdzenie SQLite: {}); to, co Pomost z niej pokazuje, może być niepełne. Powiedz koordynatorowi: trzeba odtworzyć ostatnią dobrą kopię zapasową (README, rozdział „Backups”)."
        }
        ErrBackupDamaged => {
            "Nie wykonano kopii: {} jest uszkodzona (sprawdzenie SQLite: {}), więc kopii nie zachowano. Odtwórz ostatnią dobrą kopię zapasową (README, rozdział „Backups”)."
        }
        ErrCorrupt => {
            "{} jest uszkodzona ({}); plik pozostał nietknięty. Odtwórz ją z kopii zapasowej."
        }
        ErrCreate => "Nie można utworzyć bazy {}: {}.",
        ErrUnknownTopic => "nieznany kod tematu „{}” (lista: `pomost log --help`)",
        ErrUnknownLanguage => "nieznany kod języka „{}” (ISO 639-1, np. uk, ru, pl)",
        ErrUnknownCounty => "nieznany powiat „{}” (podaj nazwę powiatu, np. Gdańsk lub kartuski)",
        ProbInvalidUuid => "to nie jest UUID: „{}”",
        ProbInvalidDate => {
            "to nie jest data w postaci RRRR-MM-DD albo taki dzień nie istnieje: „{}”"
        }
        ProbInvalidTime => "to nie jest godzina w postaci GG:MM: „{}”",
        ProbClosesBeforeOpens => "godzina zamknięcia musi być późniejsza niż otwarcia",
        ProbInvalidEmail => "to nie jest adres e-mail: „{}”",
        ProbInvalidUrl => "to nie jest link zaczynający się od http:// lub https://: „{}”",
        ProbUnknownStatus => {
            "nieznany status „{}” (dozwolone: active, inactive, defunct, temporarily closed)"
        }
        ProbEmpty => "nie może być puste",
        ProbControlChars => {
            "zawiera znaki sterujące (kody sterujące terminala są niedozwolone w tekście)"
        }
        ProbTooLong => "tekst za długi (długość: {}, dozwolone najwyżej {} znaków)",
        ProbDuplicateId => "identyfikator {} występuje w pliku więcej niż raz",
        ProbIdTaken => {
            "identyfikator {} należy już do innej usługi („{}”); nadaj tej usłudze nowy identyfikator"
        }
        ProbInvalidDays => "dni tygodnia muszą być kodami iCalendar, np. MO lub TH,FR, a nie „{}”",
        ProbUnsupportedFreq => "obsługiwane są tylko harmonogramy tygodniowe (WEEKLY), nie „{}”",
        ProbUnknownLocationType => "nieznany rodzaj miejsca „{}” (physical lub virtual)",
        ProbOrgMismatch => "organization_id różni się od organization.id",
        ProbMissingTopicCode => "temat wymaga kodu (taxonomy_term.code)",
        ErrRecordField => "rekord {} („{}”), pole {}: {}",
        ErrJsonSyntax => "plik nie jest poprawnym JSON-em w wierszu {}, kolumnie {}: {}",
        ErrNotArray => {
            "plik musi zawierać HSDS 3.0: usługę, listę usług, stronę API (contents), organizację z jej usługami albo pakiet tabelaryczny (folder lub zip z datapackage.json)"
        }
        ErrDatabase => {
            "baza danych zgłosiła błąd ({}); niczego nie zmieniono. Spróbuj ponownie, a jeśli błąd się powtarza, zgłoś go administratorowi."
        }
        ErrOutput => "nie można zapisać wyniku: {}.",
        ErrNeedsTerminal => {
            "ekran interaktywny wymaga terminala; w skryptach użyj podpolecenia (zob. pomost --help)."
        }
        ErrTerminal => "terminal przestał działać ({}); Pomost został zamknięty.",
        ErrBadNow => {
            "{} ma wartość {}, która nie jest czasem: podaj ją jako 2026-11-23T12:00:00Z (RFC 3339) lub 2026-11-23 12:00 (czas warszawski) albo usuń tę zmienną."
        }
        WeekTitle => "Tydzień {} · {} – {}",
        NoSessionsThisWeek => {
            "W tym tygodniu nie ma spotkań. [ ] zmienia tydzień, g idzie do daty."
        }
        Cancelled => "odwołane",
        FieldTheme => "Temat",
        FieldOrganiser => "Organizator",
        FieldMode => "Forma",
        FieldPlace => "Miejsce",
        FieldLink => "Link",
        FieldNextDates => "Najbliższe terminy",
        FieldCancelledDates => "Odwołane terminy",
        NoDatesAhead => "brak kolejnych terminów",
        KeyPrevWeek => "poprzedni tydzień",
        KeyNextWeek => "następny tydzień",
        KeyThisWeek => "ten tydzień",
        KeyGoTo => "idź do daty",
        KeyExportIcs => "eksport iCalendar",
        KeyExportCsv => "zapisz jako CSV",
        KeyServiceHours => "godziny usług",
        KeyCancelOccurrence => "odwołaj / przywróć termin",
        KeyNewSession => "nowe spotkanie",
        KeyEditSession => "popraw spotkanie",
        KeyDays => "dni",
        GoToPrompt => "Idź do daty (RRRR-MM-DD): ",
        ExportPrompt => "Zapisz tydzień jako iCalendar do pliku: ",
        ReportExportPrompt => "Zapisz zestawienie jako CSV do pliku: ",
        ReportExportedTo => "Zapisano zestawienie do {}",
        ReportNotReady => "Zestawienie jest jeszcze liczone",
        ErrInvalidDate => "„{}” nie jest datą w postaci RRRR-MM-DD (np. 2022-12-01)",
        ErrInvalidWeek => "„{}” nie jest tygodniem w postaci RRRR-Wtt (np. 2022-W48)",
        ExportedTo => "Zapisano tydzień {} do {}",
        ErrExport => "Nie zapisano {}: {}",
        ErrExportOverDatabase => {
            "Nie zapisano: {} to baza danych (lub jeden z jej plików); wybierz inną nazwę pliku."
        }
        ServiceHoursShown => "Godziny otwarcia usług widoczne (filtr tematu z ekranu Usługi: {})",
        ServiceHoursHidden => "Godziny otwarcia usług ukryte",
        Now => "teraz",
        AllTopics => "wszystkie",
        CancelReasonPrompt => "Powód odwołania (np. święto): ",
        OccurrenceCancelled => "Odwołano termin {} spotkania „{}”.",
        OccurrenceRestored => "Przywrócono termin {} spotkania „{}”.",
        ErrReasonEmpty => "Podaj powód odwołania, aby inni wiedzieli, dlaczego.",
        ErrReadOnlyDb => "Baza jest tylko do odczytu; zmiana nie jest możliwa.",
        CliNoSessionsThisWeek => "W tym tygodniu nie ma spotkań.",
        ProbNoWeekday => "wybierz co najmniej jeden dzień tygodnia",
        ProbUntilBeforeFrom => "data końca jest przed datą początku",
        FormNewSession => "Nowe spotkanie",
        FormEditSession => "Popraw spotkanie",
        FormHint => "Tab/Shift-Tab pola · Ctrl-S zapisz · Esc anuluj",
        FormChoiceHint => "←/→ zmień",
        FormDaysHint => "←/→ dzień · spacja zaznacz",
        FormFixErrors => "Nie zapisano: popraw zaznaczone pola.",
        FormDiscard => "Porzucić wpisane zmiany? y = tak, inny klawisz = wróć do formularza",
        FieldTitle => "Tytuł",
        FieldTitleEn => "Tytuł po angielsku",
        FieldRepeat => "Powtarzanie",
        FieldDays => "Dni",
        FieldDate => "Data",
        FieldStarts => "Początek",
        FieldEnds => "Koniec",
        FieldValidFrom => "Od dnia",
        FieldValidUntil => "Do dnia",
        Weekly => "co tydzień",
        Once => "jednorazowo",
        SessionSaved => "Zapisano spotkanie „{}”.",
        KeyNextField => "następne pole",
        KeySave => "zapisz",
        KeyCancel => "anuluj",
        KeyNewClientCode => "nowy kod klienta",
        KeyOpenList => "otwórz listę",
        KeyClearPicked => "wyczyść wybór",
        KeyChangeChoice => "zmień wybór",
        KeyMoveDay => "poprzedni / następny dzień",
        KeyToggleDay => "dzień tak / nie",
        KeyNewLine => "nowa linia w notatkach",
        KeyClearLine => "wyczyść wiersz",
        KeyUndo => "cofnij",
        KeyTick => "zaznacz / odznacz",
        KeyYes => "tak",
        KeyNo => "nie",
        KeyOpenDraft => "otwórz szkic",
        KeyDiscardDraft => "odrzuć szkic",
        KeyClose => "zamknij",
        ProbEndBeforeStart => "koniec musi być później niż początek",
        Loading => "Wczytywanie katalogu…",
        ProbInFuture => "data i godzina są w przyszłości",
        ProbInvalidDateTime => {
            "to nie jest data i godzina w postaci RRRR-MM-DD GG:MM albo taki dzień nie istnieje: „{}”"
        }
        ProbYearOutOfRange => "„{}” nie mieści się w latach {}–{}",
        ProbSkippedInWarsaw => {
            "{} nie istnieje w Warszawie (tej nocy zegary przestawia się z 02:00 na 03:00)"
        }
        ProbClientCode => {
            "3–20 wielkich liter, cyfr lub myślników (kod, nie imię i nazwisko), a nie „{}”"
        }
        ProbNoTopic => "wybierz co najmniej jeden temat",
        ProbUnknownService => "nie ma w katalogu usługi o identyfikatorze „{}”",
        ProbUnknownCountry => "nieznany kod kraju „{}” (ISO 3166-1, np. UA, BY, GE)",
        ProbUnknownCode => "nieznana wartość „{}” (dozwolone: {})",
        ProbMinutes => "czas trwania to liczba minut od 1 do 600, a nie „{}”",
        ProbFollowUpPast => "termin kontaktu uzupełniającego jest w przeszłości",
        ConsToday => "dziś",
        ConsAllDates => "wszystkie daty",
        ConsMine => "moje",
        ConsEveryone => "wszystkich",
        ConsNone => "Brak konsultacji w tym widoku. n zapisuje nową, a zmienia okres.",
        ConsEarlier => "Wcześniejsze wizyty klienta",
        ConsNoEarlier => "brak",
        FieldClient => "Klient",
        FieldStaff => "Pracownik",
        FieldAt => "Data i godzina",
        FieldReferrals => "Skierowano do",
        FieldCountry => "Kraj pochodzenia",
        FieldLanguageUsed => "Język rozmowy",
        FieldInterpreter => "Tłumacz",
        InterpreterNotNeeded => "niepotrzebny",
        FieldCounty => "Powiat",
        FieldGender => "Płeć",
        FieldAgeBand => "Wiek",
        FieldChannel => "Kanał",
        FieldMinutes => "Minuty",
        FieldFollowUp => "Kontakt uzupełniający",
        FieldNotes => "Notatki",
        CorrectedBy => "poprawione przez {}, {}",
        FollowUpsDue => "do kontaktu: {}",
        FollowUpDone => "wykonany",
        GenderFemale => "kobieta",
        GenderMale => "mężczyzna",
        GenderOther => "inna",
        ChannelPhone => "telefonicznie",
        OutsidePomorskie => "spoza województwa pomorskiego",
        KeyNewConsultation => "nowa konsultacja",
        KeyCorrect => "popraw",
        KeyFollowUps => "kontakty uzupełniające",
        KeyMarkDone => "oznacz kontakt jako wykonany",
        KeyMineAll => "moje / wszystkich",
        KeyPeriod => "dziś / wszystkie daty",
        FormNewConsultation => "Nowa konsultacja",
        FormCorrectConsultation => "Popraw konsultację",
        DraftOffered => {
            "Masz niezapisany szkic konsultacji z {}. Otworzyć go? Enter = otwórz, Ctrl-D = odrzuć"
        }
        ConsultationSaved => "Zapisano konsultację klienta {}.",
        ErrChangedMeanwhile => {
            "Nie zapisano: {} zmienił(a) ten wpis ({}) po jego otwarciu. Ctrl-S ponownie zapisze Twoją wersję jako nowszą (ich zostaje w historii); Esc i ponowne otwarcie pokaże ich wersję."
        }
        FollowUpMarked => "Kontakt uzupełniający oznaczony jako wykonany.",
        FollowUpsTitle => "Kontakty uzupełniające do wykonania",
        PickerTitleTopics => "Tematy (Tab zaznacza)",
        PickerTitleServices => "Skieruj do usług (Tab zaznacza)",
        PickerTitleCountry => "Kraj pochodzenia",
        PickerTitleResidence => "Powiat zamieszkania",
        PickerTitleLanguageUsed => "Język rozmowy",
        PickerTitleInterpreter => "Tłumacz potrzebny na język",
        FormPickHint => "Enter: wybierz z listy",
        CliNoConsultations => "Brak pasujących konsultacji.",
        ErrFromAfterTo => "--from {} jest po --to {}: żaden dzień nie pasuje; zamień daty",
        KeyHistory => "historia zmian",
        HistoryTitle => "Historia zmian",
        HistoryEntry => "wersja {} — zastąpiona przez {}, {}",
        HistoryNone => "Ten wpis nie był poprawiany.",
        KeyDateRange => "zakres dat",
        DateRangePrompt => "Daty (RRRR-MM-DD albo RRRR-MM-DD..RRRR-MM-DD): ",
        ErrBackupExists => {
            "{} już istnieje; podaj nazwę nowego pliku, kopia niczego nie nadpisuje."
        }
        ErrBackup => "Nie udało się zapisać kopii {}: {}.",
        BackupDone => "Zapisano spójną kopię bazy: {}",
        KeyClientFilter => "jeden klient",
        ClientFilterPrompt => "Kod klienta (puste: wszyscy klienci): ",
        KeyOpenNow => "teraz otwarte",
        KeyStale => "dawno niesprawdzone",
        FilterOpenNow => "otwarte",
        FilterStale => "niesprawdzone",
        ErrUnknownGroup => r#"nie ma grupy „{}”; utwórz ją (groupadd) albo podaj istniejącą"#,
        SharedReady => {
            r#"Baza {} jest gotowa dla grupy {}: zainstaluj pomost z setgid do tej grupy i dodaj pracowników przez `pomost staff add` — nie do grupy (README, „Running on a shared server”)."#
        }
        ErrReadOnlyFile => {
            r#"Możesz czytać {}, ale nie zmieniać: poproś administratora o dodanie Cię do grupy tej bazy (zob. README, „Running on a shared server”)."#
        }
        KeyRetired => r#"pokaż wycofane"#,
        KeyVerify => r#"sprawdzone dziś"#,
        KeyRetire => r#"wycofaj / przywróć"#,
        FilterRetired => r#"wycofane"#,
        RetireQuestion => {
            r#"Wycofać usługę „{}”? Zniknie z wyszukiwania, ale zostanie w bazie. y = tak, inny klawisz = nie"#
        }
        RestoreQuestion => r#"Przywrócić usługę „{}”? y = tak, inny klawisz = nie"#,
        ServiceVerified => r#"Zapisano: usługa sprawdzona dziś."#,
        ServiceRetired => r#"Usługa wycofana (w: pokaż wycofane)."#,
        ServiceRestored => r#"Usługa przywrócona."#,
        KeyMask => "ukryj / pokaż dane klientów",
        Masked => "dane ukryte *",
        ReportConsultations => "Konsultacje",
        ReportClients => "Różni klienci",
        ReportFollowUpsDone => "Kontakty uzupełniające wykonane",
        ReportFollowUpsOverdue => "Kontakty uzupełniające zaległe",
        ReportMinutes => "Minuty",
        ReportTopicsNote => {
            "Konsultacja z kilkoma tematami liczy się raz w sumie i raz pod każdym ze swoich tematów."
        }
        PeriodThisMonth => "ten miesiąc",
        PeriodLastMonth => "poprzedni miesiąc",
        PeriodQuarter => "ten kwartał",
        PeriodYear => "ten rok",
        PeriodCustom => "wybrane daty",
        Computing => "liczenie…",
        KeyPeriodCycle => "okres",
        KeyBreakdown => "podział",
        ErrNotStaff => {
            "Użytkownika {} nie ma na liście personelu bazy {}. Poproś koordynatora o: pomost staff add {} --role desk"
        }
        ErrNeedsRole => "To wymaga roli {}; {} ma rolę {}. Poproś koordynatora.",
        ErrNeedsUpgrade => {
            "{} ma starszy schemat; otwórz ją raz jako użytkownik z prawem zapisu, aby ją uaktualnić."
        }
        RoleDesk => "recepcja",
        RoleCounselor => "doradca",
        RoleCoordinator => "koordynator",
        ErrNoUnixUser => {
            "Na tym komputerze nie ma użytkownika {}; najpierw utwórz konto (adduser), potem je dodaj."
        }
        ErrLastCoordinator => "{} to ostatni koordynator; najpierw dodaj innego koordynatora.",
        ErrStaffNotFound => "Użytkownika {} nie ma na liście personelu (zob. pomost staff list).",
        StaffAdded => "Dodano {} ({}) w roli: {}.",
        StaffChanged => "{} ({}) ma teraz rolę: {} (było: {}).",
        StaffRemoved => "Usunięto {} ({}, {}) z listy personelu.",
        StaffHeader => "UŻYTKOWNIK|IMIĘ I NAZWISKO|ROLA|OD|DODAŁ(A)",
        AuditHeader => "KIEDY|KTO|CO|REKORD|ZMIANY",
        AuditNone => "Brak wpisów audytu spełniających warunki.",
        ActCreate => "utworzenie",
        ActChange => "zmiana",
        ActErase => "usunięcie",
        ActAnonymise => "anonimizacja",
        ActView => "wgląd",
        ActRemove => "usunięcie z listy",
        KindConsultation => "konsultacja",
        KindService => "usługa",
        KindSession => "zajęcia",
        KindStaff => "personel",
        KindClient => "klient",
        ReportsForCoordinators => "Raporty i dziennik zmian są dla koordynatorów; Twoja rola: {}.",
        PurgePlan => {
            "Przed {}: {} ({}). Kody klientów i notatki zostaną usunięte; daty, tematy i pozostałe pola statystyczne zostają, więc raporty dadzą te same liczby."
        }
        PurgeNothing => {
            "Żadna konsultacja przed {} nie ma kodu klienta; nie ma czego anonimizować."
        }
        ConfirmProceed => "Kontynuować? [t/N] ",
        NothingChanged => "Nic nie zmieniono (odpowiedz t albo podaj --yes).",
        PurgeDone => "Zanonimizowano: {} ({}), sprzed {}.",
        ErrPurgeFuture => {
            "--before {} jest po dzisiejszej dacie; anonimizacja nie obejmuje dzisiejszych ani późniejszych konsultacji."
        }
        ClientNone => "Nie ma żadnych danych o kodzie klienta {}.",
        ErasePlan => "Do trwałego usunięcia wraz z historią — klient {}: {}.",
        EraseDone => "Usunięto dane klienta {}: {}.",
        Anonymised => "(zanonimizowano)",
        ErrGone => "Tego wpisu nie ma już w bazie (ktoś go usunął).",
        KeyAudit => "dziennik zmian",
        AuditTitle => "Dziennik zmian",
        AuditBefore => "przed",
        AuditAfter => "po",
        ProbUnknownTopic => "nieznany temat „{}”",
        ProbUnknownCounty => "nieznany powiat „{}”",
        ProbUnknownLanguage => "nieznany kod języka „{}” (ISO 639-1, np. uk, ru, en)",
        ProbScheduleLine => "wiersz {}: {}",
        ProbScheduleDays => "dni tygodnia jak pn-pt albo Mon,Wed, a nie „{}”",
        ProbScheduleHours => "godziny jak 09:00-15:00, a nie „{}”",
        ProbScheduleWord => "po godzinach tylko „od DATA” i „do DATA”, a nie „{}”",
        ProbPhone => "to nie numer telefonu: „{}” (cyfry, spacje, + - ( ) /)",
        ProbAddress => {
            "wpisz adres jako: ulica i numer, kod pocztowy miejscowość (np. ul. Długa 1, 80-001 Gdańsk)"
        }
        FormNewService => "Nowa usługa",
        FormEditService => "Edycja usługi",
        FieldServiceName => "Nazwa",
        FieldServiceNameEn => "Nazwa po angielsku",
        FieldNewOrganisation => "…albo nowa organizacja",
        FieldDescriptionEn => "Co (po angielsku)",
        FieldLanguageCodes => "Języki (kody)",
        FieldOpeningHours => "Godziny otwarcia",
        FieldEmail => "E-mail",
        FieldPhones => "Telefony",
        FieldWebsite => "Strona WWW",
        FieldAddress => "Adres",
        FieldOnlineLink => "Online (link)",
        FieldFreeOfCharge => "Bezpłatna",
        FieldFees => "Opłaty",
        Paid => "płatna",
        PickerTitleOrganisation => "Organizacja",
        PickerTitleAreas => "Obsługiwane powiaty (Tab zaznacza)",
        KeyNewService => "nowa usługa",
        KeyEditService => "edytuj usługę",
        ServiceSaved => "Zapisano usługę „{}”.",
        HintOpeningHours => "jedna reguła w wierszu: pn-pt 09:00-15:00 od 2026-01-01 do 2026-06-30",
        WaitingForSave => "czekam na zapis innego użytkownika…",
        ErrBusy => {
            "Nie zapisano: zapis innego użytkownika blokował bazę ponad {} s. Wpisane dane zostają; spróbuj ponownie."
        }
        ErrBusyCli => {
            "Nic nie zapisano: zapis innego użytkownika blokował bazę ponad {} s; spróbuj ponownie."
        }
        FieldWhoEn => "Dla kogo (po angielsku)",
        FieldApplyEn => "Jak się zgłosić (po angielsku)",
        FieldFeesEn => "Opłaty (po angielsku)",
        ErrAnonymised => {
            "Ta konsultacja została zanonimizowana (bez kodu klienta i notatek); nie można jej już poprawiać."
        }
        KindOrganisation => "organizacja",
        RemovedFromStaff => {
            "Nie jesteś już na liście personelu; poproś koordynatora. Teraz nic nie można zmienić."
        }
        HelpScroll => "j/k ↑↓ przewiń",
        // shell: the whole-timetable calendar, the shell's help and usage errors
        CalendarAllTitle => "Plan spotkań Pomostu",
        ErrAllNeedsIcs => "--all eksportuje kalendarz: podaj go z --format ics.",
        VersionDatabase => "Baza danych {}: wersja schematu {} (tego programu: {}).",
        HelpUsage => "Użycie:",
        HelpCommands => "Polecenia",
        HelpOptions => "Opcje",
        HelpArguments => "Argumenty",
        HelpFlagHelp => "Pokaż pomoc",
        HelpFlagVersion => "Pokaż wersję (i wersję schematu bazy danych)",
        ErrUsageUnknownArgument => "{} nie jest opcją polecenia {}; zobacz {} --help.",
        ErrUsageUnknownCommand => "„{}” nie jest poleceniem {}; zobacz {} --help.",
        ErrUsageNoValue => "{} wymaga wartości.",
        ErrUsageNotOneOf => "{}: „{}” nie jest żadną z wartości {}.",
        ErrUsageBadValue => "{}: „{}” nie jest poprawną wartością.",
        ErrUsageMissing => "Trzeba podać {}; zobacz {} --help.",
        ErrUsageConflict => "{} nie można podać razem z {}.",
        ErrUsageNoCommand => "{} wymaga polecenia; zobacz {} --help.",
        ErrUsageValues => "{} ma złą liczbę wartości; zobacz {} --help.",
        ErrUsageOther => "Nie udało się odczytać wiersza poleceń {}; zobacz {} --help.",
        AboutPomost => "Pomost: katalog usług, konsultacje i plan spotkań punktu pomocy migrantom.",
        AboutInit => "Utwórz bazę danych i wczytaj do niej dołączony katalog.",
        AboutReport => {
            "Liczby konsultacji w okresie według tematu, kraju, powiatu, formy, płci, grupy wieku lub pracownika, z sumami."
        }
        AboutBackup => "Zapisz spójną kopię bazy danych, gdy inni dalej pracują.",
        AboutServices => "Szukaj, eksportuj lub importuj katalog usług.",
        AboutServicesSearch => "Szukaj w katalogu, w kolejności jak na ekranie.",
        AboutServicesExport => "Wypisz katalog: HSDS 3.0 JSON (domyślnie) lub CSV.",
        AboutServicesImport => "Sprawdź plik HSDS 3.0 (usługę, tablicę usług, stronę API, organizację z usługami albo pakiet tabelaryczny CSV jako folder lub zip), a potem dodaj usługi lub zaktualizuj je według identyfikatora.",
        AboutTopics => {
            "Potoczne słowa tematów (rozumiane przez `services search` i ekran) oraz plik słów koordynatorów."
        }
        AboutTopicsWords => {
            "Wypisz potoczne słowa, które znajdują usługi każdego tematu, i sprawdź plik słów koordynatorów."
        }
        AboutTimetable => {
            "Spotkania jednego tygodnia jako tekst, JSON lub iCalendar albo wszystkie spotkania jako jeden kalendarz."
        }
        AboutLog => "Zapisz jedną konsultację bez ekranu; wypisuje jej identyfikator (UUID).",
        AboutConsultations => "Wypisz lub eksportuj konsultacje, od najnowszej.",
        AboutConsultationsList => "Pokaż konsultacje, od najnowszej (domyślny format: tabela).",
        AboutConsultationsExport => "Wypisz konsultacje do arkusza lub skryptu, od najnowszej (domyślny format: csv, z wierszem nagłówka; listy łączone przez „; ”).",
        AboutStaff => {
            "Kto może korzystać z bazy i w jakiej roli: desk, counselor, coordinator (tylko koordynatorzy)."
        }
        AboutStaffAdd => "Dodaj pracownika albo zmień rolę lub nazwę już wpisanego.",
        AboutStaffList => "Wypisz pracowników z ich rolami.",
        AboutStaffRemove => "Usuń pracownika (jego konsultacje i historia zostają).",
        AboutAudit => "Kto co utworzył, zmienił, usunął lub przeglądał (tylko koordynatorzy).",
        AboutPurge => {
            "Zanonimizuj konsultacje sprzed danego dnia, zachowując liczby wszystkich raportów (tylko koordynatorzy)."
        }
        AboutClient => {
            "Wszystko, co zapisano o jednym kodzie klienta, jako JSON, albo usunięcie tego (tylko koordynatorzy)."
        }
        AboutClientExport => "Wypisz wszystko, co zapisano o kodzie klienta, jako JSON (żądanie dostępu do danych); wgląd trafia do dziennika zmian.",
        AboutClientErase => "Usuń wszystko, co zapisano o kodzie klienta; dziennik zmian zachowuje tylko fakt usunięcia, kto i kiedy to zrobił.",
        AboutCompletions => "Wypisz skrypt uzupełniania dla powłoki: bash, zsh lub fish.",
        AboutMan => {
            "Wypisz stronę podręcznika man programu pomost lub jednego z jego poleceń (np. `pomost man report`)."
        }
        // Lines kept as printed (the indentation is part of the text).
        HelpEnvironment => {
            "Zmienne środowiska:
  POMOST_DB            plik bazy danych, gdy nie podają go ani --db, ani ustawienia systemowe
  POMOST_LANG          język interfejsu (pl, en, uk), gdy nie podano --lang
  LC_ALL, LC_MESSAGES, LANG
                       ustawienia regionalne, gdy języka nie podaje żadna opcja ani plik ustawień
  POMOST_NOW           zegar, do testów i szkoleń (\"2026-11-23 12:00\", czas warszawski)
  POMOST_BUSY_LIMIT    ile sekund czekać na zapis innego użytkownika (domyślnie 30)
  POMOST_STALE_MONTHS  po ilu miesiącach usługa uchodzi za niesprawdzoną (domyślnie 6)
  POMOST_SYSTEM_CONFIG inny plik ustawień systemowych niż /etc/pomost/pomost.toml (do testów)
  NO_COLOR             ustawiona i niepusta: ekran bez kolorów
  TERM, COLORFGBG      bez kolorów: czy kod QR wizytówki rysować na ciemne tło
                       (TERM=linux albo ciemne COLORFGBG)
  XDG_DATA_HOME, HOME  gdzie leży domyślna baza: $XDG_DATA_HOME/pomost/pomost.db,
                       inaczej ~/.local/share/pomost/pomost.db
  XDG_CONFIG_HOME      gdzie są twoje ustawienia: $XDG_CONFIG_HOME/pomost/pomost.toml,
                       inaczej ~/.config/pomost/pomost.toml
  USER                 kto pracuje, tylko gdy systemowa lista użytkowników tego nie podaje"
        }
        HelpCommandHelp => "Pokaż tę pomoc lub pomoc podanego polecenia",
        AboutServicesSearchLong => {
            "Szukaj w katalogu, w kolejności jak na ekranie.

Zapytanie jest czytane jak na ekranie: miejscowość Pomorza (`Słupsk`, `w Słupsku`, `Kartuzy`, `kartuski`) zawęża wyniki do usług, które ją obsługują, a potoczne słowa potrzeby (`prawnik`, `робота`, `karta pobytu`) znajdują też usługi swojego tematu. Słowa pochodzą z dołączonej tabeli i z pliku words.tsv obok bazy danych (zobacz `pomost topics words --help`)."
        }
        AboutTopicsWordsLong => {
            "Wypisz potoczne słowa, które znajdują usługi każdego tematu, i sprawdź plik słów koordynatorów.

Szukane słowo (lub fraza) równe jednemu z tych słów, bez względu na wielkość liter i znaki diakrytyczne, znajduje też usługi jego tematu („prawnik”, „юрист” → legal). Dołączone słowa są wbudowane; własne dodaj, bez przebudowy programu, w pliku words.tsv w katalogu bazy danych (dla domyślnej bazy ~/.local/share/pomost/words.tsv). Jeden wiersz na temat i język: kod tematu, tabulator, kod języka (pl, en, uk, ru …), tabulator, potem słowa lub frazy rozdzielone przecinkami, np.

  legal<TAB>pl<TAB>mecenas, mecenasa, kancelaria

Wiersze zaczynające się od # są komentarzami. Błędny wiersz jest pomijany i wskazany (plik i wiersz) na stderr; reszta pliku nadal się liczy. Słowa są czytane, gdy ekran wczytuje katalog, i przy każdym `services search`."
        }
        OptDb => "Plik bazy danych (domyślnie: baza z ustawień systemowych, inaczej $POMOST_DB, inaczej ~/.local/share/pomost/pomost.db)",
        OptLang => "Język interfejsu (domyślnie: $POMOST_LANG, inaczej twoje ustawienia, inaczej ustawienia regionalne). Podaj go przed poleceniem: `services search --lang` filtruje według języka usługi",
        OptInitEmpty => "Tylko tematy i powiaty, bez dołączonych usług i spotkań",
        OptInitShared => "Przygotuj bazę dla pracowników tej grupy uniksowej: katalog z setgid i zapisem dla grupy, baza i jej pliki -wal/-shm do odczytu i zapisu dla grupy, bez dostępu dla innych",
        OptReportFrom => "Pierwszy dzień (RRRR-MM-DD; domyślnie: bez dolnej granicy)",
        OptReportTo => "Ostatni dzień, włącznie (RRRR-MM-DD; domyślnie: bez górnej granicy)",
        OptReportBy => "Według czego liczyć",
        OptFormat => "Format wyniku",
        OptBackupFile => "Nowy plik (nie może jeszcze istnieć)",
        OptSearchQuery => "Szukane słowa (muszą pasować wszystkie; znaki diakrytyczne nieobowiązkowe)",
        OptSearchTopic => "Tylko usługi z tym kodem tematu (np. legalisation, legal, language)",
        OptSearchLanguage => "Tylko usługi w tym języku (ISO 639-1, np. uk, ru, pl)",
        OptSearchCounty => "Tylko usługi obsługujące ten powiat (np. Gdańsk, kartuski)",
        OptSearchFree => "Tylko usługi oznaczone jako bezpłatne",
        OptSearchOpenNow => "Tylko usługi otwarte w tej chwili (czas warszawski), według ich godzin",
        OptSearchStale => "Tylko usługi niesprawdzane od ponad 6 miesięcy ($POMOST_STALE_MONTHS), od najdawniej sprawdzonej",
        OptSearchRetired => "Uwzględnij wycofane usługi (inaczej pomijane w każdym wyszukiwaniu)",
        OptSearchJson => "Wypisz JSON (jak odczytano zapytanie i znalezione usługi) zamiast tabeli",
        OptImportFile => "Plik lub folder (JSON HSDS 3.0 albo pakiet tabelaryczny: folder lub zip z datapackage.json)",
        OptWordsTopic => "Tylko słowa tematu o tym kodzie (np. legal, employment)",
        OptWordsCheck => "Zakończ z kodem 2, gdy jakiś wiersz pliku słów zostanie pominięty",
        OptWeek => "Tydzień ISO, np. 2022-W48 (domyślnie: bieżący tydzień w Warszawie)",
        OptWeekDate => "Dowolny dzień tygodnia, np. 2022-12-01",
        OptTimetableAll => "Wszystkie spotkania jako jeden kalendarz, każda seria raz (z --format ics): zaimportowany raz, pozostaje aktualny, gdy spotkania się zmieniają",
        OptTimetableFrom => "Z --all: tylko spotkania odbywające się tego dnia lub później",
        OptTimetableTo => "Z --all: tylko spotkania odbywające się tego dnia lub wcześniej",
        OptLogClient => "Kod klienta (wymagany): 3–20 wielkich liter A–Z, cyfr i myślników, np. K-7QX2MA; pseudonim, nigdy imię i nazwisko. Małe litery są zamieniane na wielkie",
        OptLogTopic => "Kod tematu (wymagany; powtórz dla kilku): legalisation, legal, employment, language, education, health, housing, social-assistance, family, psychological, crisis, discrimination, exclusion, culture, sport, communication, community, safety",
        OptLogAt => "Kiedy się odbyła, czas warszawski (domyślnie: teraz); dla konsultacji zapisywanej później",
        OptLogChannel => "Forma: in-person (osobiście, domyślnie), phone (telefon) lub online",
        OptLogGender => "Płeć: female (kobieta), male (mężczyzna), other (inna) lub not-stated (nie podano, domyślnie)",
        OptLogAgeBand => "Grupa wieku: 0-17, 18-29, 30-44, 45-64, 65+ lub not-stated (nie podano, domyślnie)",
        OptLogCountry => "Kraj pochodzenia, ISO 3166-1 alpha-2 (np. UA, BY, GE)",
        OptLogLanguage => "Język konsultacji, ISO 639-1 (np. uk, ru, pl)",
        OptLogInterpreter => "Język, do którego potrzebny był tłumacz, ISO 639-1 (np. uk), z tej samej listy co --language; `none` (domyślnie), gdy tłumacz nie był potrzebny",
        OptLogCounty => "Powiat zamieszkania (np. Gdańsk, kartuski; znaki diakrytyczne nieobowiązkowe), outside-pomorskie (poza pomorskim) lub not-stated (nie podano, domyślnie)",
        OptLogRefer => "Identyfikator usługi, do której skierowano klienta (powtórz dla kilku; identyfikatory podaje `pomost services search … --json`)",
        OptLogMinutes => "Czas trwania w minutach, 1–600",
        OptLogFollowUp => "Data dalszego kontaktu, dziś lub później",
        OptLogNote => "Notatki: co zrobiono (mogą zaczynać się od myślnika)",
        OptConsultationsFrom => "Od tego dnia (domyślnie: od najwcześniejszej)",
        OptConsultationsTo => "Do tego dnia włącznie (domyślnie: do najpóźniejszej)",
        OptConsultationsClient => "Tylko konsultacje tego klienta (kod klienta; wielkość liter bez znaczenia)",
        OptConsultationsFormat => "Format wyniku (domyślnie: table dla list, csv dla export)",
        OptStaffAddUser => "Nazwa użytkownika uniksowego (konto, na które się loguje)",
        OptStaffRole => "Co może robić",
        OptStaffName => "Imię i nazwisko, pod którym znają go współpracownicy (domyślnie: już wpisane, inaczej pełna nazwa konta, inaczej nazwa użytkownika)",
        OptStaffJson => "Wypisz tablicę JSON zamiast tabeli",
        OptStaffRemoveUser => "Nazwa użytkownika uniksowego",
        OptAuditSince => "Tylko wpisy od tego dnia (RRRR-MM-DD, czas warszawski)",
        OptAuditUser => "Tylko to, co zrobił ten użytkownik uniksowy",
        OptPurgeBefore => "Zanonimizuj konsultacje sprzed tego dnia (RRRR-MM-DD)",
        OptYes => "Zrób to bez pytania",
        OptClientCode => "Kod klienta",
        OptCompletionsShell => "Powłoka: bash, zsh lub fish (działają też elvish i powershell)",
        OptManCommand => "Polecenie, którego stronę wypisać, np. `report` lub `services search` (domyślnie: sam pomost)",
        AboutDoctor => "Sprawdź wspólną instalację: ustawienia, uprawnienia i właścicieli plików, setgid programu, bazę danych, kopie zapasowe i pracowników; po jednym wierszu",
        OptInitBackups => "Z --shared: katalog, do którego nocny `pomost backup --into` zapisuje kopie (tworzony, gdy go brak, tylko dla roota), wpisany do ustawień systemowych dla `pomost doctor`",
        OptBackupInto => "Zamiast tego zapisz kopię z datą (pomost-YYYY-MM-DD-HHMMSS.db) w tym katalogu",
        OptBackupKeep => "Z --into: zachowaj tyle kopii z datą, usuwając najstarsze ponad tę liczbę",
        // shared (issue #16): the setgid installation, doctor, backups.
        ErrSettings => {
            r#"ustawień {} nie da się użyć, więc pominięto je; popraw plik albo go usuń"#
        }
        SharedSettingsWritten => {
            r#"Zapisano ustawienia systemowe {}: każde uruchomienie pomost na tym serwerze używa teraz tej bazy, bez własnych ustawień."#
        }
        ErrSettingsWrite => {
            r#"Nie udało się zapisać ustawień systemowych {}: {}. Uruchom to jako root."#
        }
        BackupRemoved => r#"Usunięto najstarszą kopię ponad liczbę przechowywanych: {}"#,
        ErrBackupInto => r#"{} nie jest folderem; podaj w --into istniejący folder"#,
        DoctorOk => r#"dobrze: {}"#,
        DoctorFix => r#"do poprawy: {} — {}"#,
        DoctorAllWell => r#"Wszystko, co sprawdzono, jest w porządku."#,
        DoctorProblems => r#"Do poprawy: {}."#,
        DrSettings => r#"ustawienia systemowe {} wskazują bazę {} i grupę {}"#,
        DrNoSettings => r#"nie ma ustawień systemowych {}"#,
        DrRunInit => {
            r#"jako root uruchom `pomost init --shared GRUPA --db ŚCIEŻKA` (README, „Running on a shared server”)"#
        }
        DrBadSettings => r#"ustawień systemowych nie da się użyć: {}"#,
        DrFixSettings => {
            r#"popraw plik albo zapisz go ponownie przez `pomost init --shared GRUPA --db ŚCIEŻKA`"#
        }
        DrFile => r#"{} ma {} {}:{}"#,
        DrFixFile => r#"uruchom: chgrp {} {} && chmod {} {}"#,
        DrMissing => r#"{} nie istnieje"#,
        DrBinary => r#"program {} ma setgid do grupy {}"#,
        DrBinaryNot => r#"program {} nie ma setgid do grupy {} (ma {} {}:{})"#,
        DrNoMembers => r#"nikt nie należy do grupy {}: bazę otwiera tylko pomost"#,
        DrMember => r#"{} należy do grupy {} i może otworzyć bazę z pominięciem Pomostu"#,
        DrFixMember => r#"uruchom: gpasswd -d {} {}"#,
        DrSound => r#"quick_check SQLite uznaje {} za nieuszkodzoną"#,
        DrDamaged => r#"{} jest uszkodzona: {}"#,
        DrRestore => r#"przywróć ostatnią kopię (README, „Backups”)"#,
        DrJournal => r#"tryb dziennika to WAL"#,
        DrJournalNot => r#"tryb dziennika to {}, nie WAL"#,
        DrFixJournal => {
            r#"uruchom raz jako root dowolne polecenie pomost na tej bazie (przełącza na WAL)"#
        }
        DrBackup => r#"najnowsza kopia w {} to {}, sprzed {} h"#,
        DrBackupOld => r#"najnowsza kopia w {} ma {} h"#,
        DrNoBackup => r#"w {} nie ma żadnej kopii"#,
        DrNoBackupDir => r#"ustawienia systemowe nie wskazują folderu kopii"#,
        DrFixBackups => {
            r#"uruchamiaj co noc `pomost backup --into FOLDER --keep N` i wpisz FOLDER jako `backups` w ustawieniach systemowych (README, „Backups”)"#
        }
        DrStaff => r#"wszyscy pracownicy ({}) mają konto uniksowe"#,
        DrStaffGone => r#"pracownik {} nie ma już konta uniksowego"#,
        DrFixStaff => r#"uruchom: pomost staff remove {}"#,
        DrCatalogue => r#"katalog jest tak aktualny jak dostarczony"#,
        DrCatalogueNewer => r#"dostarczony katalog ma {} usług sprawdzonych później niż w bazie"#,
        DrFixCatalogue => {
            r#"koordynator może przejrzeć data/services.json i wczytać go przez `pomost services import`"#
        }
        DrNoDatabaseChecks => r#"nie udało się sprawdzić bazy: {}"#,
        DrFixAccess => r#"uruchom `pomost doctor` jako root albo koordynator"#,
        ErrGiveUpGroup => r#"nie udało się zrzec grupy danych ({}); niczego nie zrobiono"#,
        // desk: the referral in 20 keys (issue #13).
        FormNewCodeHint => "Ctrl-N nowy kod",
        KeyGoToFields => "minuty/kontakt/notatki",
        ReferralSaved => "Zapisano {} ze skierowaniem do: {}.",
        // Branch hsds: importing any HSDS 3.0 serialisation.
        CliImportRead => "Odczytano {} jako HSDS 3.0 ({}): {}.",
        CliImportCame => "Przybyło: {}, {}, {}.",
        CliImportKept => {
            "Zachowane bez zmian, choć Pomost ich nie modeluje (wracają w eksporcie): {}"
        }
        CliImportSkipped => "Pominięto nieprawidłowe rekordy: {} (pozostałe zaimportowano):",
        CliImportSkippedOne => "rekord {} (id {}), pole {}: {}",
        CliDryRun => "Próba: niczego nie zmieniono.",
        CliDryAdd => "zostałaby dodana: {} ({})",
        CliDryUpdate => "zostałaby zmieniona: {} ({})",
        CliDryField => "  pole {}: {} → {}",
        CliDryUnchanged => "bez zmian: {}",
        ErrTabular => "nie można odczytać pakietu tabelarycznego: {}",
        FieldAlternateName => "Inna nazwa",
        FieldAlert => "Uwaga",
        FieldInterpretation => "Tłumaczenie ustne",
        FieldAges => "Wiek",
        FieldPeople => "Osoby do kontaktu",
        FieldDocuments => "Wymagane dokumenty",
        FieldCostOptions => "Warianty opłat",
        FieldAccessibility => "Dostępność",
        FieldAddresses => "Adresy (jak podano)",
        FieldCoordinates => "Współrzędne",
        FieldOtherHours => "Inne godziny",
        FieldTerms => "Kategorie wydawcy",
        CliMapNone => "Żadne terminy innych taksonomii nie są przypisane do tematów.",
        CliMapped => "Termin {} {} prowadzi teraz do tematu {} (ma go usług: {}).",
        CliMapRemoved => "Usunięto przypisań terminu: {} ({} {}).",
        CliAllMapped => "Każda zaimportowana usługa ma temat.",
        ColTaxonomy => "Taksonomia",
        ColTerm => "Termin",
        ColTerms => "Terminy wydawcy",
        ErrMapTermEmpty => "podaj kod terminu (taxonomy_term.code)",
        RuleMonthly => "co miesiąc",
        RuleEveryMonths => "co {} mies.",
        RuleEveryWeeks => "co {} tyg.",
        RuleFirst => "1.",
        RuleSecond => "2.",
        RuleThird => "3.",
        RuleFourth => "4.",
        RuleLast => "ostatni",
        RuleNthWeekday => "{} {} miesiąca",
        RuleMonthDays => "{} dnia miesiąca",
        RuleCount => "{} razy",
        CliImportLoneOrgs => {
            "Nie zaimportowano organizacji bez usług: {} (katalog zawiera usługi)."
        }
        // card: the client's card and its QR code (issue #17)
        KeyCard => "karta dla klienta (QR)",
        KeyCardLanguage => "język karty",
        KeyCardCopy => "kopiuj jako tekst",
        KeyCardInvert => "odwróć kolory",
        CardTitle => "Karta dla klienta · {}",
        CardScan => "Klient skanuje kod aparatem telefonu i dostaje ten tekst:",
        CardDropped => "Pominięte, by zmieścić się na ekranie: {}",
        CardTooSmall => {
            "Okno jest za małe na kod QR: powiększ je albo skopiuj kartę jako tekst (y)."
        }
        CardCopied => "Skopiowano kartę ({}): można ją wkleić do SMS-a lub e-maila.",
        ErrUnknownSession => "żadne spotkanie harmonogramu nie ma identyfikatora „{}”",
        ErrCardTooLong => "karta jest za długa na kod QR; wydrukuj ją jako tekst (--format text).",
        FieldServiceNameUk => "Nazwa po ukraińsku",
        FieldDescriptionUk => "Co (po ukraińsku)",
        FieldApplyUk => "Jak się zgłosić (po ukraińsku)",
        // panes: details to read whole, messages, footer, local times, history in words
        MoreAbove => "↑ wyżej jest więcej",
        MoreBelow => "↓ niżej jest więcej",
        KeyTopEnd => "początek/koniec",
        KeyListPane => "wyjdź ze szczegółów",
        FieldFollowUpDone => "Kontakt uzupełniający wykonany",
        HistoryNoChange => "nic z tego, co widać, się nie zmieniło",
        // lists (branch `lists`): issue 14
        FollowUpDoneQuestion => {
            "Oznaczyć jako wykonany kontakt uzupełniający klienta {} z terminem {}? y = tak, inny klawisz = nie"
        }
        NoFollowUpToMark => "Ta konsultacja nie ma kontaktu uzupełniającego do oznaczenia.",
        FollowUpAlreadyDone => {
            "Kontakt uzupełniający tej konsultacji jest już oznaczony jako wykonany."
        }
        ReplaceFileQuestion => "Plik {} już istnieje. Zastąpić go? y = tak, inny klawisz = nie",
        FileKept => "Nic nie zapisano: plik {} pozostał bez zmian.",
        FieldAtSameTime => "W tym samym czasie",
        NeverVerified => "nigdy",
        SessionMayBeOld => "{} — dawno niesprawdzane: spotkanie może się już nie odbywać",
        KeyEndSeries => "zakończ cykl",
        EndSeriesPrompt => "Ostatni dzień cyklu (RRRR-MM-DD):",
        SeriesEnded => "Cykl kończy się teraz w dniu {}: {}",
        ErrNotASeries => "To spotkanie odbywa się raz; zakończyć można tylko cykl cotygodniowy.",
        ErrEndBeforeStart => "Cykl zaczyna się {}; nie może skończyć się wcześniej.",
        CountConsultations => "konsultacja|konsultacji|konsultacje|konsultacji",
        CountClients => "klient|klientów|klientów|klientów",
        CountServices => "usługa|usług|usługi|usług",
        CountOrganisations => "organizacja|organizacji|organizacje|organizacji",
        CountPlaces => "miejsce|miejsc|miejsca|miejsc",
        DrPersonal => {
            r#"nie ma ustawień systemowych {}: {} jest sprawdzana jako baza osobista (serwer wspólny: README, „Running on a shared server”)"#
        }
        DrRunInitPersonal => "utwórz ją: `pomost init --db ŚCIEŻKA`",
        DrFixPersonal => "uruchom: chmod 600 {}",
        CountSessions => "spotkanie|spotkań|spotkania|spotkań",
        ErrNoSuchDay => "Nie ma dnia {}: ten miesiąc ma {} dni.",
        ProbClientCodeMissing => "podaj kod klienta: 3–20 wielkich liter, cyfr lub myślników",
        RetiredMark => "wycofana",
        // lead: translated help of the commands merged last (issue #18)
        OptImportDryRun => "Wypisz, co zostałoby dodane, zmienione (pole po polu) i zachowane bez modelowania; niczego nie zmieniaj",
        OptImportSkipInvalid => "Zaimportuj poprawne rekordy i wypisz każdy odrzucony (numer rekordu, id, pole, powód), zamiast odrzucać cały plik",
        AboutServicesCard => "Wizytówka usługi dla klienta, w jego języku: nazwa, organizacja, adres lub link, godziny, telefon, e-mail, strona, jak się zgłosić, dokumenty. Nic o kliencie nie jest zapisywane",
        AboutTimetableCard => "Wizytówka spotkania dla klienta, w jego języku: tytuł, organizator, kiedy, gdzie lub link, kontakt, dla kogo. Nic o kliencie nie jest zapisywane",
        OptCardId => "Identyfikator (UUID; wystarczą jego pierwsze znaki, jeśli żaden inny się od nich nie zaczyna)",
        OptCardLang => "Język klienta: etykiety i godziny wizytówki oraz własne teksty rekordu, jeśli katalog ma je w tym języku (inaczej po polsku). Domyślnie: język interfejsu",
        OptCardFormat => "Format: tekst do wydruku lub wysłania, JSON albo kod QR (czarny na białym w terminalu; ciemne moduły jako znaki, gdy wyjście idzie do potoku)",
        AboutTopicsMap => "Przypisz pojęcie innej taksonomii do tematu Pomostu albo wypisz przypisania.",
        AboutTopicsMapLong => "Przypisz pojęcie innej taksonomii do tematu Pomostu albo wypisz przypisania.\n\nUsługi zaimportowane z HSDS niosą pojęcia taksonomii wydawcy (attributes[].taxonomy_term: taksonomia i kod). Przypisane pojęcie sprawia, że jego usługi znajdują się pod tematem w filtrze tematów i w wyszukiwaniu, od teraz i przy kolejnych importach; dane samych usług się nie zmieniają, a eksport zapisuje pojęcia wydawcy bez zmian. Pojęcie można przypisać do kilku tematów. Przykłady:\n\n  pomost topics map \"AIRS/211 LA County\" LH-2000 legal\n  pomost topics map --list\n  pomost topics map --remove \"AIRS/211 LA County\" LH-2000\n\nDla pojęć bez nazwy taksonomii podaj \"\". `pomost topics unmapped` wypisuje zaimportowane usługi, do których nie prowadzi żaden temat, z ich pojęciami.",
        OptMapTaxonomy => "Nazwa innej taksonomii tak, jak podają ją pliki (taxonomy_term.taxonomy)",
        OptMapTerm => "Kod pojęcia (taxonomy_term.code)",
        OptMapTopic => "Kod tematu Pomostu (np. legal, employment); przy --remove nieobowiązkowy",
        OptMapList => "Zamiast tego wypisz przypisania",
        OptMapRemove => "Usuń przypisanie pojęcia (do TEMATU albo do wszystkich tematów)",
        AboutTopicsUnmapped => "Wypisz zaimportowane usługi, do których nie prowadzi żaden temat (ani własny, ani przez przypisane pojęcie), z pojęciami wydawcy, aby je przypisać",
        OptConsultationsText => "Tylko konsultacje, których notatki, kod klienta lub tematy zawierają te słowa (każde jako początek słowa; wielkość liter i znaki diakrytyczne bez znaczenia), czytane jak w wyszukiwaniu pełnotekstowym na ekranie",
        // sheets: CSV for spreadsheets (--excel) and the directory's CSV headers
        CsvId => "ID",
        CsvOrganisationId => "ID organizacji",
        OptExcel => "CSV dla Excela lub LibreOffice w polskich ustawieniach: UTF-8 ze znacznikiem BOM, „;” między komórkami (oznacza --format csv)",
        ErrExcelNeedsCsv => "--excel zapisuje CSV: pomiń --format albo podaj --format csv.",
        // tongue: the organiser of a session in English (issue #14)
        FieldOrganiserEn => "Organizator po angielsku",
        FieldThemeEn => "Temat po angielsku",
    }
}

/// Country names by ISO 3166-1 code.
#[rustfmt::skip]
const COUNTRIES: &[(&str, &str)] = &[
    ("AD", "Andora"), ("AE", "Zjednoczone Emiraty Arabskie"), ("AF", "Afganistan"),
    ("AG", "Antigua i Barbuda"), ("AI", "Anguilla"), ("AL", "Albania"), ("AM", "Armenia"),
    ("AO", "Angola"), ("AQ", "Antarktyka"), ("AR", "Argentyna"), ("AS", "Samoa Amerykańskie"),
    ("AT", "Austria"), ("AU", "Australia"), ("AW", "Aruba"), ("AX", "Wyspy Alandzkie"),
    ("AZ", "Azerbejdżan"), ("BA", "Bośnia i Hercegowina"), ("BB", "Barbados"),
    ("BD", "Bangladesz"), ("BE", "Belgia"), ("BF", "Burkina Faso"), ("BG", "Bułgaria"),
    ("BH", "Bahrajn"), ("BI", "Burundi"), ("BJ", "Benin"), ("BL", "Saint-Barthélemy"),
    ("BM", "Bermudy"), ("BN", "Brunei"), ("BO", "Boliwia"),
    ("BQ", "Bonaire, Sint Eustatius i Saba"), ("BR", "Brazylia"), ("BS", "Bahamy"),
    ("BT", "Bhutan"), ("BV", "Wyspa Bouveta"), ("BW", "Botswana"), ("BY", "Białoruś"),
    ("BZ", "Belize"), ("CA", "Kanada"), ("CC", "Wyspy Kokosowe"),
    ("CD", "Demokratyczna Republika Konga"), ("CF", "Republika Środkowoafrykańska"),
    ("CG", "Kongo"), ("CH", "Szwajcaria"), ("CI", "Wybrzeże Kości Słoniowej"),
    ("CK", "Wyspy Cooka"), ("CL", "Chile"), ("CM", "Kamerun"), ("CN", "Chiny"),
    ("CO", "Kolumbia"), ("CR", "Kostaryka"), ("CU", "Kuba"),
    ("CV", "Republika Zielonego Przylądka"), ("CW", "Curaçao"),
    ("CX", "Wyspa Bożego Narodzenia"), ("CY", "Cypr"), ("CZ", "Czechy"), ("DE", "Niemcy"),
    ("DJ", "Dżibuti"), ("DK", "Dania"), ("DM", "Dominika"), ("DO", "Dominikana"),
    ("DZ", "Algieria"), ("EC", "Ekwador"), ("EE", "Estonia"), ("EG", "Egipt"),
    ("EH", "Sahara Zachodnia"), ("ER", "Erytrea"), ("ES", "Hiszpania"), ("ET", "Etiopia"),
    ("FI", "Finlandia"), ("FJ", "Fidżi"), ("FK", "Falklandy"), ("FM", "Mikronezja"),
    ("FO", "Wyspy Owcze"), ("FR", "Francja"), ("GA", "Gabon"), ("GB", "Wielka Brytania"),
    ("GD", "Grenada"), ("GE", "Gruzja"), ("GF", "Gujana Francuska"), ("GG", "Guernsey"),
    ("GH", "Ghana"), ("GI", "Gibraltar"), ("GL", "Grenlandia"), ("GM", "Gambia"),
    ("GN", "Gwinea"), ("GP", "Gwadelupa"), ("GQ", "Gwinea Równikowa"), ("GR", "Grecja"),
    ("GS", "Georgia Południowa i Sandwich Południowy"), ("GT", "Gwatemala"), ("GU", "Guam"),
    ("GW", "Gwinea Bissau"), ("GY", "Gujana"), ("HK", "Hongkong"),
    ("HM", "Wyspy Heard i McDonalda"), ("HN", "Honduras"), ("HR", "Chorwacja"), ("HT", "Haiti"),
    ("HU", "Węgry"), ("ID", "Indonezja"), ("IE", "Irlandia"), ("IL", "Izrael"),
    ("IM", "Wyspa Man"), ("IN", "Indie"), ("IO", "Brytyjskie Terytorium Oceanu Indyjskiego"),
    ("IQ", "Irak"), ("IR", "Iran"), ("IS", "Islandia"), ("IT", "Włochy"), ("JE", "Jersey"),
    ("JM", "Jamajka"), ("JO", "Jordania"), ("JP", "Japonia"), ("KE", "Kenia"),
    ("KG", "Kirgistan"), ("KH", "Kambodża"), ("KI", "Kiribati"), ("KM", "Komory"),
    ("KN", "Saint Kitts i Nevis"), ("KP", "Korea Północna"), ("KR", "Korea Południowa"),
    ("KW", "Kuwejt"), ("KY", "Kajmany"), ("KZ", "Kazachstan"), ("LA", "Laos"), ("LB", "Liban"),
    ("LC", "Saint Lucia"), ("LI", "Liechtenstein"), ("LK", "Sri Lanka"), ("LR", "Liberia"),
    ("LS", "Lesotho"), ("LT", "Litwa"), ("LU", "Luksemburg"), ("LV", "Łotwa"), ("LY", "Libia"),
    ("MA", "Maroko"), ("MC", "Monako"), ("MD", "Mołdawia"), ("ME", "Czarnogóra"),
    ("MF", "Saint-Martin"), ("MG", "Madagaskar"), ("MH", "Wyspy Marshalla"),
    ("MK", "Macedonia Północna"), ("ML", "Mali"), ("MM", "Mjanma"), ("MN", "Mongolia"),
    ("MO", "Makau"), ("MP", "Mariany Północne"), ("MQ", "Martynika"), ("MR", "Mauretania"),
    ("MS", "Montserrat"), ("MT", "Malta"), ("MU", "Mauritius"), ("MV", "Malediwy"),
    ("MW", "Malawi"), ("MX", "Meksyk"), ("MY", "Malezja"), ("MZ", "Mozambik"),
    ("NA", "Namibia"), ("NC", "Nowa Kaledonia"), ("NE", "Niger"), ("NF", "Norfolk"),
    ("NG", "Nigeria"), ("NI", "Nikaragua"), ("NL", "Holandia"), ("NO", "Norwegia"),
    ("NP", "Nepal"), ("NR", "Nauru"), ("NU", "Niue"), ("NZ", "Nowa Zelandia"), ("OM", "Oman"),
    ("PA", "Panama"), ("PE", "Peru"), ("PF", "Polinezja Francuska"),
    ("PG", "Papua-Nowa Gwinea"), ("PH", "Filipiny"), ("PK", "Pakistan"), ("PL", "Polska"),
    ("PM", "Saint-Pierre i Miquelon"), ("PN", "Pitcairn"), ("PR", "Portoryko"),
    ("PS", "Palestyna"), ("PT", "Portugalia"), ("PW", "Palau"), ("PY", "Paragwaj"),
    ("QA", "Katar"), ("RE", "Reunion"), ("RO", "Rumunia"), ("RS", "Serbia"), ("RU", "Rosja"),
    ("RW", "Rwanda"), ("SA", "Arabia Saudyjska"), ("SB", "Wyspy Salomona"), ("SC", "Seszele"),
    ("SD", "Sudan"), ("SE", "Szwecja"), ("SG", "Singapur"),
    ("SH", "Wyspa Świętej Heleny, Wyspa Wniebowstąpienia i Tristan da Cunha"),
    ("SI", "Słowenia"), ("SJ", "Svalbard i Jan Mayen"), ("SK", "Słowacja"),
    ("SL", "Sierra Leone"), ("SM", "San Marino"), ("SN", "Senegal"), ("SO", "Somalia"),
    ("SR", "Surinam"), ("SS", "Sudan Południowy"), ("ST", "Wyspy Świętego Tomasza i Książęca"),
    ("SV", "Salwador"), ("SX", "Sint Maarten"), ("SY", "Syria"), ("SZ", "Eswatini"),
    ("TC", "Turks i Caicos"), ("TD", "Czad"), ("TF", "Francuskie Terytoria Południowe"),
    ("TG", "Togo"), ("TH", "Tajlandia"), ("TJ", "Tadżykistan"), ("TK", "Tokelau"),
    ("TL", "Timor Wschodni"), ("TM", "Turkmenistan"), ("TN", "Tunezja"), ("TO", "Tonga"),
    ("TR", "Turcja"), ("TT", "Trynidad i Tobago"), ("TV", "Tuvalu"), ("TW", "Tajwan"),
    ("TZ", "Tanzania"), ("UA", "Ukraina"), ("UG", "Uganda"),
    ("UM", "Dalekie Wyspy Mniejsze Stanów Zjednoczonych"), ("US", "Stany Zjednoczone"),
    ("UY", "Urugwaj"), ("UZ", "Uzbekistan"), ("VA", "Watykan"),
    ("VC", "Saint Vincent i Grenadyny"), ("VE", "Wenezuela"),
    ("VG", "Brytyjskie Wyspy Dziewicze"), ("VI", "Wyspy Dziewicze Stanów Zjednoczonych"),
    ("VN", "Wietnam"), ("VU", "Vanuatu"), ("WF", "Wallis i Futuna"), ("WS", "Samoa"),
    ("YE", "Jemen"), ("YT", "Majotta"), ("ZA", "Republika Południowej Afryki"),
    ("ZM", "Zambia"), ("ZW", "Zimbabwe"),
];

/// Language names by ISO 639-1 code.
#[rustfmt::skip]
const LANGUAGES: &[(&str, &str)] = &[
    ("am", "amharski"), ("ar", "arabski"), ("az", "azerski"), ("be", "białoruski"),
    ("bg", "bułgarski"), ("bn", "bengalski"), ("bs", "bośniacki"), ("cs", "czeski"),
    ("da", "duński"), ("de", "niemiecki"), ("el", "grecki"), ("en", "angielski"),
    ("es", "hiszpański"), ("et", "estoński"), ("fa", "perski"), ("fi", "fiński"),
    ("fr", "francuski"), ("he", "hebrajski"), ("hi", "hindi"), ("hr", "chorwacki"),
    ("hu", "węgierski"), ("hy", "ormiański"), ("id", "indonezyjski"), ("it", "włoski"),
    ("ja", "japoński"), ("ka", "gruziński"), ("kk", "kazachski"), ("ko", "koreański"),
    ("ku", "kurdyjski"), ("ky", "kirgiski"), ("lt", "litewski"), ("lv", "łotewski"),
    ("mk", "macedoński"), ("ne", "nepalski"), ("nl", "niderlandzki"), ("no", "norweski"),
    ("pl", "polski"), ("ps", "paszto"), ("pt", "portugalski"), ("ro", "rumuński"),
    ("ru", "rosyjski"), ("sk", "słowacki"), ("sl", "słoweński"), ("so", "somalijski"),
    ("sq", "albański"), ("sr", "serbski"), ("sv", "szwedzki"), ("sw", "suahili"),
    ("ta", "tamilski"), ("tg", "tadżycki"), ("th", "tajski"), ("ti", "tigrinia"),
    ("tk", "turkmeński"), ("tl", "tagalski"), ("tr", "turecki"), ("uk", "ukraiński"),
    ("ur", "urdu"), ("uz", "uzbecki"), ("vi", "wietnamski"), ("yi", "jidysz"),
    ("zh", "chiński"),
];
