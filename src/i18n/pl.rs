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
        ErrNotArray => "plik musi zawierać tablicę JSON obiektów usług HSDS",
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
        CountSessions => "spotkanie|spotkań|spotkania|spotkań",
        ErrNoSuchDay => "Nie ma dnia {}: ten miesiąc ma {} dni.",
        ProbClientCodeMissing => "podaj kod klienta: 3–20 wielkich liter, cyfr lub myślników",
        RetiredMark => "wycofana",
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
