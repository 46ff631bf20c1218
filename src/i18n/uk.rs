//! Українська: the texts and every other Ukrainian-specific datum.
//!
//! Services, organisations and sessions are stored in Polish and English only;
//! Ukrainian shows the Polish original (the authoritative text).

use super::{Language, Msg, Stored};

/// Ukrainian.
pub static UKRAINIAN: Language = Language {
    code: "uk",
    aliases: &["ua"],
    text,
    weekdays_short: ["пн", "вт", "ср", "чт", "пт", "сб", "нд"],
    weekdays_long: [
        "понеділок",
        "вівторок",
        "середа",
        "четвер",
        "п'ятниця",
        "субота",
        "неділя",
    ],
    every_weekday: [
        "щопонеділка",
        "щовівторка",
        "щосереди",
        "щочетверга",
        "щоп'ятниці",
        "щосуботи",
        "щонеділі",
    ],
    every_prefix: "",
    and: " та ",
    months: [
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    ],
    long_date: "{} {} {}",
    short_date: "%d.%m.%Y",
    date_time: "%d.%m.%Y %H:%M",
    schedule_days: ["пн", "вт", "ср", "чт", "пт", "сб", "нд"],
    schedule_from: &["з", "від"],
    schedule_to: &["до", "по"],
    stored: Stored::Original,
    topics: TOPICS,
    countries: COUNTRIES,
    languages: LANGUAGES,
};

/// Labels of the shipped topics by code; a topic added later shows its Polish
/// label until it is named here.
const TOPICS: &[(&str, &str)] = &[
    ("legalisation", "Легалізація перебування та роботи"),
    ("legal", "Юридичні консультації"),
    ("employment", "Робота та профорієнтація"),
    ("language", "Польська мова"),
    ("education", "Освіта"),
    ("health", "Здоров'я"),
    ("housing", "Житло"),
    ("social-assistance", "Соціальна допомога"),
    ("family", "Сім'я та діти"),
    ("psychological", "Психологічна підтримка"),
    ("crisis", "Кризове втручання"),
    ("discrimination", "Насильство та дискримінація"),
    ("exclusion", "Соціальне виключення"),
    ("culture", "Культура"),
    ("sport", "Спорт"),
    ("communication", "Соціальна комунікація"),
    ("community", "Місцеві громади"),
    ("safety", "Безпека"),
];

/// The Ukrainian text of a message.
pub fn text(msg: Msg) -> &'static str {
    use Msg::*;
    match msg {
        TabServices => "Послуги",
        TabConsultations => "Консультації",
        TabTimetable => "Розклад",
        TabReports => "Звіти",
        SearchTitle => "Пошук",
        SearchPlaceholder => "введіть: назва, тема, організація…",
        ResultsTitle => "Послуги",
        ReadingPlace => "місце",
        ReadingTopic => "тема",
        CliReadAs => "Прочитано: {}",
        DetailsTitle => "Деталі",
        NoResults => "Немає відповідних послуг. Esc очищає пошук, Alt-x очищає фільтри.",
        NoSelection => "Нічого не вибрано.",
        FilterTopic => "тема",
        FilterLanguage => "мова",
        FilterCounty => "повіт",
        FilterFree => "безкоштовні",
        FilterAny => "(будь-який)",
        PickerTitleTopic => "Фільтр: тема",
        PickerTitleLanguage => "Фільтр: мова",
        PickerTitleCounty => "Фільтр: повіт",
        PickerHint => "пишіть, щоб знайти · Enter вибір · Esc назад",
        FieldOrganisation => "Організація",
        FieldStatus => "Статус",
        FieldTopics => "Теми",
        FieldLanguages => "Мови",
        FieldAreas => "Повіти",
        FieldWho => "Для кого",
        FieldCost => "Вартість",
        FieldWhere => "Де",
        FieldWhen => "Коли",
        FieldContact => "Контакт",
        FieldApply => "Як звернутися",
        FieldVerified => "Востаннє перевірено",
        FieldDescription => "Що",
        Free => "безкоштовно",
        NotStated => "не вказано",
        Online => "онлайн",
        InPerson => "особисто",
        WholeRegion => "усе Поморське воєводство",
        Since => "з",
        Until => "до",
        StatusActive => "активна",
        StatusInactive => "неактивна",
        StatusDefunct => "в архіві",
        StatusTemporarilyClosed => "тимчасово зачинена",
        Copied => "Контакт скопійовано в буфер обміну: {}",
        NothingToCopy => "Ця послуга не має контакту для копіювання.",
        ReadOnly => "лише читання",
        TooSmall => "Термінал замалий ({}×{}): Pomost потребує щонайменше {}×{}. Збільште вікно.",
        HelpTitle => "Клавіші",
        HelpClose => "Esc або ? закриває довідку",
        HelpEverywhere => "Усюди",
        HelpPicker => "У списку вибору",
        KeyQuit => "вийти",
        KeyHelp => "довідка",
        KeyNextPane => "наступна панель",
        KeyMove => "рух",
        KeySearch => "пошук",
        KeyBack => "назад",
        KeyClearSearch => "очистити пошук",
        KeyDetailsPane => "деталі",
        KeyBackToSearch => "до пошуку",
        KeyTabs => "екрани",
        KeyTopic => "фільтр теми",
        KeyLanguage => "фільтр мови",
        KeyCounty => "фільтр повіту",
        KeyFree => "лише безкоштовні",
        KeyClearFilters => "очистити фільтри",
        KeyCopy => "копіювати контакт",
        KeyRefer => "направити (консультація)",
        KeyScroll => "прокрутка",
        KeyPick => "вибрати",
        KeyTop => "перший / останній",
        CliImported => "Імпортовано: {} (додано: {}, оновлено: {}).",
        CliInitDone => "Створено базу даних {} ({}, {}).",
        CliInitExists => "База даних {} уже існує; нічого не змінено.",
        CliNoMatches => "Немає відповідних послуг.",
        CliImportInvalid => {
            "Нічого не імпортовано: у {} знайдено помилок: {}. Виправте їх і запустіть імпорт ще раз."
        }
        CliImportInvalidOne => "Нічого не імпортовано з {}: {}.",
        ColName => "Назва",
        ColOrganisation => "Організація",
        ColTopics => "Теми",
        ErrNotSqlite => {
            "{} не є базою даних Pomost (це не файл SQLite); файл не змінено. Перевірте --db або POMOST_DB."
        }
        ErrForeignDb => {
            "{} є базою даних SQLite іншої програми; файл не змінено. Виберіть інший шлях через --db."
        }
        ErrTooNew => {
            "Файл {} записано новішою версією Pomost (схема {}, ця версія знає {}); оновіть Pomost, щоб його відкрити."
        }
        ErrUnreadable => {
            "Не вдається прочитати {}: {}. Перевірте права доступу до файлу або зверніться до адміністратора."
        }
        ErrNoDatabase => {
            "За шляхом {} немає бази даних: створіть її командою `pomost init --db {}` (один раз, це робить координатор) або вкажіть правильну через --db чи POMOST_DB."
        }
        ErrEmptyFile => {
            "{} — порожній файл, а не база даних Pomost; файл не змінено. Створіть там базу даних командою `pomost init --db {}`."
        }
        DatabaseOpen => "База даних: {}",
        ErrDamaged => {
            "Файл {} пошкоджено (перевірка SQLite: {}); дані, які показує Pomost, можуть бути неповними. Повідомте координатора: слід відновити останню справну резервну копію (README, Backups)."
        }
        ErrBackupDamaged => {
            "Резервну копію не створено: файл {} пошкоджено (перевірка SQLite: {}). Відновіть останню справну резервну копію (README, Backups)."
        }
        ErrCorrupt => "Файл {} пошкоджено ({}); його не змінено. Відновіть його з резервної копії.",
        ErrCreate => "Не вдається створити базу даних {}: {}.",
        ErrUnknownTopic => "невідомий код теми «{}» (список: `pomost log --help`)",
        ErrUnknownLanguage => "невідомий код мови «{}» (ISO 639-1, напр. uk, ru, pl)",
        ErrUnknownCounty => "невідомий повіт «{}» (назва повіту, напр. Gdańsk або kartuski)",
        ProbInvalidUuid => r#"це не UUID: «{}»"#,
        ProbInvalidDate => r#"це не дата у форматі РРРР-ММ-ДД або такого дня немає: «{}»"#,
        ProbInvalidTime => r#"це не час у форматі ГГ:ХХ: «{}»"#,
        ProbClosesBeforeOpens => "час закриття має бути пізнішим за час відкриття",
        ProbInvalidEmail => r#"це не адреса електронної пошти: «{}»"#,
        ProbInvalidUrl => r#"це не вебпосилання, що починається з http:// або https://: «{}»"#,
        ProbUnknownStatus => {
            r#"невідомий статус «{}» (active, inactive, defunct або temporarily closed)"#
        }
        ProbEmpty => "не може бути порожнім",
        ProbControlChars => {
            "містить керівні символи (керівні коди термінала в тексті не допускаються)"
        }
        ProbTooLong => "задовгий текст (символів: {}), допустимо щонайбільше {}",
        ProbDuplicateId => "ідентифікатор {} трапляється у файлі кілька разів",
        ProbIdTaken => {
            r#"ідентифікатор {} уже належить іншій послузі («{}»); дайте цій новий ідентифікатор"#
        }
        ProbInvalidDays => {
            r#"дні тижня мають бути кодами iCalendar, як-от MO або TH,FR, а не «{}»"#
        }
        ProbUnsupportedFreq => r#"підтримуються лише щотижневі розклади (WEEKLY), а не «{}»"#,
        ProbUnknownLocationType => r#"невідомий тип місця «{}» (physical або virtual)"#,
        ProbOrgMismatch => "organization_id відрізняється від organization.id",
        ProbMissingTopicCode => "тема потребує коду (taxonomy_term.code)",
        ErrRecordField => r#"запис {} («{}»), поле {}: {}"#,
        ErrJsonSyntax => "файл не є правильним JSON у рядку {}, стовпці {}: {}",
        ErrNotArray => {
            "файл має містити HSDS 3.0: послугу, список послуг, сторінку API (contents), організацію з її послугами або табличний пакет (теку чи zip із datapackage.json)"
        }
        ErrDatabase => {
            "база даних повідомила про помилку ({}); нічого не змінено. Спробуйте ще раз, а якщо помилка повторюватиметься, повідомте адміністратора."
        }
        ErrOutput => "не вдається записати результат: {}.",
        ErrNeedsTerminal => {
            "інтерактивний екран потребує термінала; у скриптах використовуйте підкоманду (див. pomost --help)."
        }
        ErrTerminal => "термінал перестав працювати ({}); Pomost закрито.",
        ErrBadNow => {
            "{} має значення {}, що не є часом: задайте його як 2026-11-23T12:00:00Z (RFC 3339) або як 2026-11-23 12:00 (час Варшави), або приберіть його."
        }
        WeekTitle => "Тиждень {} · {} – {}",
        NoSessionsThisWeek => {
            "Цього тижня зустрічей немає. [ ] змінює тиждень, g — перехід до дати."
        }
        Cancelled => "скасовано",
        FieldTheme => "Тема",
        FieldOrganiser => "Організатор",
        FieldMode => "Формат",
        FieldPlace => "Місце",
        FieldLink => "Посилання",
        FieldNextDates => "Найближчі дати",
        FieldCancelledDates => "Скасовані дати",
        NoDatesAhead => "найближчих дат немає",
        KeyPrevWeek => "попередній тиждень",
        KeyNextWeek => "наступний тиждень",
        KeyThisWeek => "цей тиждень",
        KeyGoTo => "перейти до дати",
        KeyExportIcs => "експорт iCalendar",
        KeyExportCsv => "зберегти як CSV",
        KeyServiceHours => "години роботи послуг",
        KeyCancelOccurrence => "скасувати / відновити дату",
        KeyNewSession => "нова зустріч",
        KeyEditSession => "змінити зустріч",
        KeyDays => "дні",
        GoToPrompt => "Перейти до дати (РРРР-ММ-ДД): ",
        ExportPrompt => "Зберегти тиждень як iCalendar у файл: ",
        ReportExportPrompt => "Зберегти звіт як CSV у файл: ",
        ReportExportedTo => "Звіт збережено у файлі {}",
        ReportNotReady => "Звіт ще обчислюється",
        ErrInvalidDate => r#"«{}» не є датою у форматі РРРР-ММ-ДД (напр. 2022-12-01)"#,
        ErrInvalidWeek => r#"«{}» не є тижнем у форматі РРРР-Wтт (напр. 2022-W48)"#,
        ExportedTo => "Тиждень {} збережено у файлі {}",
        ErrExport => "Не вдалося зберегти {}: {}",
        ErrExportOverDatabase => {
            "Не збережено: {} — це база даних (або один з її файлів); виберіть іншу назву файлу."
        }
        ServiceHoursShown => "Показано години роботи послуг (фільтр теми з екрана «Послуги»: {})",
        ServiceHoursHidden => "Години роботи послуг приховано",
        Now => "зараз",
        AllTopics => "усі",
        CancelReasonPrompt => "Причина скасування (напр. свято): ",
        OccurrenceCancelled => r#"Скасовано зустріч {} — «{}»."#,
        OccurrenceRestored => r#"Відновлено зустріч {} — «{}»."#,
        ErrReasonEmpty => "Вкажіть причину, щоб інші знали, чому зустріч скасовано.",
        ErrReadOnlyDb => "База даних доступна лише для читання; змінити її неможливо.",
        CliNoSessionsThisWeek => "Цього тижня зустрічей немає.",
        ProbNoWeekday => "виберіть щонайменше один день тижня",
        ProbUntilBeforeFrom => "дата закінчення раніша за дату початку",
        FormNewSession => "Нова зустріч",
        FormEditSession => "Зміна зустрічі",
        FormHint => "Tab/Shift-Tab поля · Ctrl-S зберегти · Esc скасувати",
        FormChoiceHint => "←/→ змінити",
        FormDaysHint => "←/→ день · пробіл позначає",
        FormFixErrors => "Не збережено: виправте позначені поля.",
        FormDiscard => "Відкинути введене? y = так, будь-яка інша клавіша = назад до форми",
        FieldTitle => "Назва (польською)",
        FieldTitleEn => "Назва англійською",
        FieldRepeat => "Повторення",
        FieldDays => "Дні",
        FieldDate => "Дата",
        FieldStarts => "Початок",
        FieldEnds => "Кінець",
        FieldValidFrom => "Від",
        FieldValidUntil => "До",
        Weekly => "щотижня",
        Once => "одноразово",
        SessionSaved => r#"Зустріч «{}» збережено."#,
        KeyNextField => "наступне поле",
        KeySave => "зберегти",
        KeyCancel => "скасувати",
        KeyNewClientCode => "новий код клієнта",
        KeyOpenList => "відкрити список",
        KeyClearPicked => "очистити вибір",
        KeyChangeChoice => "змінити вибір",
        KeyMoveDay => "попередній / наступний день",
        KeyToggleDay => "день так / ні",
        KeyNewLine => "новий рядок у нотатках",
        KeyClearLine => "стерти рядок",
        KeyUndo => "скасувати зміну",
        KeyTick => "позначити / зняти",
        KeyYes => "так",
        KeyNo => "ні",
        KeyOpenDraft => "відкрити чернетку",
        KeyDiscardDraft => "відхилити чернетку",
        KeyClose => "закрити",
        ProbEndBeforeStart => "кінець має бути пізніше за початок",
        Loading => "Завантаження довідника…",
        ProbInFuture => "ця дата й час ще не настали",
        ProbInvalidDateTime => {
            r#"це не дата й час у форматі РРРР-ММ-ДД ГГ:ХХ або такого дня немає: «{}»"#
        }
        ProbYearOutOfRange => r#"«{}» виходить за межі років {}–{}"#,
        ProbSkippedInWarsaw => {
            "{} не існує за варшавським часом (тієї ночі годинники переводять з 02:00 на 03:00)"
        }
        ProbClientCode => {
            r#"код — це 3–20 великих латинських літер, цифр або дефісів, не ім'я; введено «{}»"#
        }
        ProbNoTopic => "виберіть щонайменше одну тему",
        ProbUnknownService => r#"у довіднику немає послуги з ідентифікатором «{}»"#,
        ProbUnknownCountry => r#"невідомий код країни «{}» (ISO 3166-1, напр. UA, BY, GE)"#,
        ProbUnknownCode => r#"невідоме значення «{}» (допустимо: {})"#,
        ProbMinutes => r#"тривалість — це кількість хвилин від 1 до 600, а не «{}»"#,
        ProbFollowUpPast => "дата повторного контакту вже минула",
        ConsToday => "сьогодні",
        ConsAllDates => "усі дати",
        ConsMine => "мої",
        ConsEveryone => "усіх",
        ConsNone => "Тут консультацій немає. n — нова консультація, a — змінити період.",
        ConsEarlier => "Попередні візити клієнта",
        ConsNoEarlier => "немає",
        FieldClient => "Клієнт",
        FieldStaff => "Працівник",
        FieldAt => "Дата й час",
        FieldReferrals => "Направлено до",
        FieldCountry => "Країна походження",
        FieldLanguageUsed => "Мова спілкування",
        FieldInterpreter => "Перекладач",
        InterpreterNotNeeded => "не потрібен",
        FieldCounty => "Повіт",
        FieldGender => "Стать",
        FieldAgeBand => "Вікова група",
        FieldChannel => "Канал",
        FieldMinutes => "Хвилини",
        FieldFollowUp => "Повторний контакт",
        FieldNotes => "Нотатки",
        CorrectedBy => "виправлено: {}, {}",
        FollowUpsDue => "повторних контактів: {}",
        FollowUpDone => "виконано",
        GenderFemale => "жінка",
        GenderMale => "чоловік",
        GenderOther => "інша",
        ChannelPhone => "телефоном",
        OutsidePomorskie => "поза Поморським воєводством",
        KeyNewConsultation => "нова консультація",
        KeyCorrect => "виправити",
        KeyFollowUps => "повторні контакти",
        KeyMarkDone => "позначити контакт виконаним",
        KeyMineAll => "мої / усіх",
        KeyPeriod => "сьогодні / усі дати",
        FormNewConsultation => "Нова консультація",
        FormCorrectConsultation => "Виправлення консультації",
        DraftOffered => {
            "У вас є незбережена чернетка консультації від {}. Відкрити її? Enter = відкрити, Ctrl-D = відкинути"
        }
        ConsultationSaved => "Консультацію клієнта {} збережено.",
        ErrChangedMeanwhile => {
            "Не збережено: {} змінив(ла) цей запис ({}) після того, як ви його відкрили. Ще раз Ctrl-S збереже вашу версію як новішу (їхня залишиться в історії); Esc і відкрийте запис знову, щоб побачити їхню."
        }
        FollowUpMarked => "Повторний контакт позначено виконаним.",
        FollowUpsTitle => "Заплановані повторні контакти",
        PickerTitleTopics => "Теми (Tab позначає)",
        PickerTitleServices => "Направити до послуг (Tab позначає)",
        PickerTitleCountry => "Країна походження",
        PickerTitleResidence => "Повіт проживання",
        PickerTitleLanguageUsed => "Мова спілкування",
        PickerTitleInterpreter => "Потрібен перекладач з мови",
        FormPickHint => "Enter: вибрати зі списку",
        CliNoConsultations => "Немає відповідних консультацій.",
        ErrFromAfterTo => {
            "--from {} пізніше за --to {}: жоден день не підходить; поміняйте дати місцями"
        }
        KeyHistory => "історія змін",
        HistoryTitle => "Історія змін",
        HistoryEntry => "версія {} — замінив(ла) {}, {}",
        HistoryNone => "Цей запис ніколи не виправляли.",
        KeyDateRange => "діапазон дат",
        DateRangePrompt => "Дати (РРРР-ММ-ДД або РРРР-ММ-ДД..РРРР-ММ-ДД): ",
        ErrBackupExists => {
            "{} уже існує; вкажіть назву нового файлу (резервна копія ніколи не перезаписує)."
        }
        ErrBackup => "Не вдалося записати резервну копію {}: {}.",
        BackupDone => "Записано цілісну копію бази даних: {}",
        KeyClientFilter => "один клієнт",
        ClientFilterPrompt => "Код клієнта (порожньо — усі клієнти): ",
        KeyOpenNow => "відкриті зараз",
        KeyStale => "давно не перевірені",
        FilterOpenNow => "відкриті",
        FilterStale => "неперевірені",
        ErrUnknownGroup => r#"групи «{}» немає; створіть її (groupadd) або вкажіть наявну"#,
        SharedReady => {
            r#"База даних {} готова для групи {}: встановіть pomost із setgid до цієї групи й додайте працівників через `pomost staff add`, а не до групи (README, «Running on a shared server»)."#
        }
        ErrReadOnlyFile => {
            r#"Ви можете читати {}, але не змінювати: попросіть адміністратора додати вас до групи бази даних (див. README, «Running on a shared server»)."#
        }
        KeyRetired => r#"показати архівні"#,
        KeyVerify => r#"перевірено сьогодні"#,
        KeyRetire => r#"в архів / відновити"#,
        FilterRetired => r#"архівні"#,
        RetireQuestion => {
            r#"Перенести послугу «{}» в архів? Вона зникне з пошуку, але залишиться в базі даних. y = так, будь-яка інша клавіша = ні"#
        }
        RestoreQuestion => r#"Відновити послугу «{}»? y = так, будь-яка інша клавіша = ні"#,
        ServiceVerified => r#"Записано: послугу перевірено сьогодні."#,
        ServiceRetired => r#"Послугу перенесено в архів (w: показати архівні)."#,
        ServiceRestored => r#"Послугу відновлено."#,
        KeyMask => "сховати / показати дані",
        Masked => "дані приховано *",
        ReportConsultations => "Консультації",
        ReportClients => "Унікальні клієнти",
        ReportFollowUpsDone => "Виконані повторні контакти",
        ReportFollowUpsOverdue => "Прострочені повторні контакти",
        ReportMinutes => "Хвилини",
        ReportTopicsNote => {
            "Консультація з кількома темами рахується один раз у загальній сумі та по одному разу в кожній своїй темі."
        }
        PeriodThisMonth => "цей місяць",
        PeriodLastMonth => "минулий місяць",
        PeriodQuarter => "цей квартал",
        PeriodYear => "цей рік",
        PeriodCustom => "вибрані дати",
        Computing => "обчислення…",
        KeyPeriodCycle => "період",
        KeyBreakdown => "розподіл",
        ErrNotStaff => {
            "{} немає у списку працівників бази даних {}. Попросіть координатора виконати: pomost staff add {} --role desk"
        }
        ErrNeedsRole => {
            "Для цього потрібна роль «{}»; {} має роль «{}». Зверніться до координатора."
        }
        ErrNeedsUpgrade => {
            "База даних {} має старішу схему; відкрийте її один раз як користувач із правом запису, щоб її оновити."
        }
        RoleDesk => "рецепція",
        RoleCounselor => "консультант",
        RoleCoordinator => "координатор",
        ErrNoUnixUser => {
            "На цьому комп'ютері немає користувача Unix {}; спершу створіть обліковий запис (adduser), потім додайте його."
        }
        ErrLastCoordinator => "{} — останній координатор; спершу додайте іншого координатора.",
        ErrStaffNotFound => "{} немає у списку працівників (див.: pomost staff list).",
        StaffAdded => "Додано {} ({}) з роллю «{}».",
        StaffChanged => "{} ({}) тепер має роль «{}» (було: «{}»).",
        StaffRemoved => "{} ({}, {}) вилучено зі списку працівників.",
        StaffHeader => "КОРИСТУВАЧ|ІМ'Я|РОЛЬ|ВІД|ХТО ДОДАВ",
        AuditHeader => "КОЛИ|ХТО|ЩО|ЗАПИС|ЗМІНИ",
        AuditNone => "Немає відповідних записів журналу змін.",
        ActCreate => "створено",
        ActChange => "змінено",
        ActErase => "стерто",
        ActAnonymise => "анонімізовано",
        ActView => "переглянуто",
        ActRemove => "вилучено",
        // The kinds follow an action word ("створено консультацію"): accusative.
        KindConsultation => "консультацію",
        KindService => "послугу",
        KindSession => "зустріч",
        KindStaff => "працівника",
        KindClient => "клієнта",
        ReportsForCoordinators => "Звіти та журнал змін доступні координаторам; ваша роль: {}.",
        PurgePlan => {
            "До {}: {} ({}). Їхні коди клієнтів і нотатки буде вилучено; дати, теми та всі інші статистичні поля залишаться, тож звіти покажуть ті самі числа."
        }
        PurgeNothing => "Жодна консультація до {} не містить коду клієнта; очищати нічого.",
        ConfirmProceed => "Продовжити? [y/N] ",
        NothingChanged => "Нічого не змінено (відповідайте y або додайте --yes).",
        PurgeDone => "Анонімізовано: {} ({}), до {}.",
        ErrPurgeFuture => {
            "--before {} пізніше за сьогодні; очищення ніколи не зачіпає сьогоднішніх і пізніших консультацій."
        }
        ClientNone => "Про клієнта з кодом {} даних немає.",
        ErasePlan => "Буде назавжди стерто разом з історією — клієнт {}: {}.",
        EraseDone => "Стерто дані клієнта {}: {}.",
        Anonymised => "(анонімізовано)",
        ErrGone => "Цього запису вже немає в базі даних (хтось його вилучив).",
        KeyAudit => "журнал змін",
        AuditTitle => "Журнал змін",
        AuditBefore => "до",
        AuditAfter => "після",
        ProbUnknownTopic => "невідома тема «{}»",
        ProbUnknownCounty => "невідомий повіт «{}»",
        ProbUnknownLanguage => "невідомий код мови «{}» (ISO 639-1, напр. uk, ru, en)",
        ProbScheduleLine => "рядок {}: {}",
        ProbScheduleDays => "дні тижня на зразок пн-пт або Mon,Wed, а не «{}»",
        ProbScheduleHours => "години на зразок 09:00-15:00, а не «{}»",
        ProbScheduleWord => "після годин лише «з ДАТА» і «до ДАТА», а не «{}»",
        ProbPhone => "це не номер телефону: «{}» (цифри, пробіли, + - ( ) /)",
        ProbAddress => {
            "запишіть адресу так: вулиця й номер, поштовий індекс місто (напр. ul. Długa 1, 80-001 Gdańsk)"
        }
        FormNewService => "Нова послуга",
        FormEditService => "Зміна послуги",
        FieldServiceName => "Назва (польською)",
        FieldServiceNameEn => "Назва англійською",
        FieldNewOrganisation => "…або нова організація",
        FieldDescriptionEn => "Що (англійською)",
        FieldLanguageCodes => "Мови (коди)",
        FieldOpeningHours => "Години роботи",
        FieldEmail => "Ел. пошта",
        FieldPhones => "Телефони",
        FieldWebsite => "Вебсторінка",
        FieldAddress => "Адреса",
        FieldOnlineLink => "Онлайн (посилання)",
        FieldFreeOfCharge => "Безкоштовно",
        FieldFees => "Оплата",
        Paid => "платно",
        PickerTitleOrganisation => "Організація",
        PickerTitleAreas => "Повіти обслуговування (Tab позначає)",
        KeyNewService => "нова послуга",
        KeyEditService => "змінити послугу",
        ServiceSaved => "Послугу «{}» збережено.",
        HintOpeningHours => "одне правило на рядок: пн-пт 09:00-15:00 з 2026-01-01 до 2026-06-30",
        WaitingForSave => "очікування на збереження іншого користувача…",
        ErrBusy => {
            "Не збережено: збереження іншого користувача утримувало базу даних понад {} с. Введене залишається у формі; спробуйте ще раз."
        }
        ErrBusyCli => {
            "Нічого не записано: збереження іншого користувача утримувало базу даних понад {} с; спробуйте ще раз."
        }
        FieldWhoEn => "Для кого (англійською)",
        FieldApplyEn => "Як звернутися (англійською)",
        FieldFeesEn => "Оплата (англійською)",
        ErrAnonymised => {
            "Цю консультацію анонімізовано (код клієнта й нотатки вилучено); виправити її вже неможливо."
        }
        KindOrganisation => "організацію",
        RemovedFromStaff => {
            "Вас більше немає у списку працівників; зверніться до координатора. Зараз нічого змінити не можна."
        }
        HelpScroll => "j/k ↑↓ прокрутка",
        // shell: the whole-timetable calendar, the shell's help and usage errors
        CalendarAllTitle => "Розклад зустрічей Pomost",
        ErrAllNeedsIcs => "--all експортує календар: вкажіть його разом із --format ics.",
        VersionDatabase => "База даних {}: версія схеми {} (цієї програми: {}).",
        HelpUsage => "Використання:",
        HelpCommands => "Команди",
        HelpOptions => "Параметри",
        HelpArguments => "Аргументи",
        HelpFlagHelp => "Показати довідку",
        HelpFlagVersion => "Показати версію (і версію схеми бази даних)",
        ErrUsageUnknownArgument => "{} не є параметром команди {}; див. {} --help.",
        ErrUsageUnknownCommand => "«{}» не є командою {}; див. {} --help.",
        ErrUsageNoValue => "{} потребує значення.",
        ErrUsageNotOneOf => "{}: «{}» не є жодним зі значень {}.",
        ErrUsageBadValue => "{}: «{}» не є допустимим значенням.",
        ErrUsageMissing => "Потрібно вказати {}; див. {} --help.",
        ErrUsageConflict => "{} не можна вказувати разом із {}.",
        ErrUsageNoCommand => "{} потребує команди; див. {} --help.",
        ErrUsageValues => "{} має неправильну кількість значень; див. {} --help.",
        ErrUsageOther => "Не вдалося прочитати командний рядок {}; див. {} --help.",
        AboutPomost => {
            "Pomost: довідник послуг, консультації та розклад зустрічей для пункту допомоги мігрантам."
        }
        AboutInit => "Створити базу даних і завантажити до неї доданий каталог.",
        AboutReport => {
            "Кількість консультацій за період за темою, країною, повітом, формою, статтю, віковою групою або працівником, з підсумками."
        }
        AboutBackup => "Записати узгоджену копію бази даних, поки інші працюють далі.",
        AboutServices => "Шукати, експортувати або імпортувати довідник послуг.",
        AboutServicesSearch => "Шукати в довіднику в тому ж порядку, що й на екрані.",
        AboutServicesExport => "Вивести довідник: HSDS 3.0 JSON (типово) або CSV.",
        AboutServicesImport => "Перевірити файл HSDS 3.0 (послугу, масив послуг, сторінку API, організацію з послугами або табличний пакет CSV як теку чи zip), потім додати послуги або оновити їх за ідентифікатором.",
        AboutTopics => {
            "Повсякденні слова тем (які розуміють `services search` і екран) та файл слів координаторів."
        }
        AboutTopicsWords => {
            "Вивести повсякденні слова, що знаходять послуги кожної теми, і перевірити файл слів координаторів."
        }
        AboutTimetable => {
            "Зустрічі одного тижня як текст, JSON або iCalendar, або всі зустрічі як один календар."
        }
        AboutLog => "Записати одну консультацію без екрана; виводить її ідентифікатор (UUID).",
        AboutConsultations => "Вивести або експортувати консультації, від найновішої.",
        AboutConsultationsList => {
            "Показати консультації, від найновішої (типовий формат: таблиця)."
        }
        AboutConsultationsExport => "Вивести консультації для таблиці або скрипту, від найновішої (типовий формат: csv, з рядком заголовка; списки з'єднуються через «; »).",
        AboutStaff => {
            "Хто може користуватися базою і в якій ролі: desk, counselor, coordinator (лише координатори)."
        }
        AboutStaffAdd => "Додати працівника або змінити роль чи ім'я вже внесеного.",
        AboutStaffList => "Вивести працівників з їхніми ролями.",
        AboutStaffRemove => "Вилучити працівника (його консультації та історія залишаються).",
        AboutAudit => "Хто що створив, змінив, стер або переглядав (лише координатори).",
        AboutPurge => {
            "Знеособити консультації до певного дня, зберігши числа всіх звітів (лише координатори)."
        }
        AboutClient => {
            "Усе, що збережено про один код клієнта, як JSON, або його стирання (лише координатори)."
        }
        AboutClientExport => "Вивести все, що збережено про код клієнта, як JSON (запит на доступ до даних); перегляд записується до журналу аудиту.",
        AboutClientErase => "Стерти все, що збережено про код клієнта; журнал аудиту зберігає лише факт стирання, хто і коли це зробив.",
        AboutCompletions => "Вивести скрипт автодоповнення для оболонки: bash, zsh або fish.",
        AboutMan => {
            "Вивести сторінку довідки man програми pomost або однієї з її команд (напр. `pomost man report`)."
        }
        // Lines kept as printed (the indentation is part of the text).
        HelpEnvironment => {
            "Змінні середовища:
  POMOST_DB            файл бази даних, якщо його не задають ні --db, ні системні налаштування
  POMOST_LANG          мова інтерфейсу (pl, en, uk), якщо не вказано --lang
  LC_ALL, LC_MESSAGES, LANG
                       локаль, якщо мову не задає жоден параметр чи файл налаштувань
  POMOST_NOW           годинник, для тестів і навчання (\"2026-11-23 12:00\", час Варшави)
  POMOST_BUSY_LIMIT    скільки секунд чекати на збереження іншого користувача (типово 30)
  POMOST_STALE_MONTHS  через скільки місяців послуга вважається неперевіреною (типово 6)
  POMOST_SYSTEM_CONFIG інший файл системних налаштувань замість /etc/pomost/pomost.toml (для тестів)
  NO_COLOR             задана й непорожня: екран без кольорів
  TERM, COLORFGBG      без кольорів: чи малювати QR-код картки для темного тла
                       (TERM=linux або темний COLORFGBG)
  XDG_DATA_HOME, HOME  де лежить типова база: $XDG_DATA_HOME/pomost/pomost.db,
                       інакше ~/.local/share/pomost/pomost.db
  XDG_CONFIG_HOME      де лежать ваші налаштування: $XDG_CONFIG_HOME/pomost/pomost.toml,
                       інакше ~/.config/pomost/pomost.toml
  USER                 хто працює, лише якщо системний список користувачів цього не каже"
        }
        HelpCommandHelp => "Показати цю довідку або довідку вказаної команди",
        AboutServicesSearchLong => {
            "Шукати в довіднику в тому ж порядку, що й на екрані.

Запит читається як на екрані: населений пункт Помор'я (`Słupsk`, `w Słupsku`, `Kartuzy`, `kartuski`) звужує пошук до послуг, що його обслуговують, а повсякденні слова потреби (`prawnik`, `робота`, `karta pobytu`) знаходять також послуги своєї теми. Слова беруться з доданої таблиці та з файлу words.tsv поруч із базою даних (див. `pomost topics words --help`)."
        }
        AboutTopicsWordsLong => {
            "Вивести повсякденні слова, що знаходять послуги кожної теми, і перевірити файл слів координаторів.

Пошукове слово (або фраза), що збігається з одним із цих слів без огляду на регістр і діакритичні знаки, знаходить також послуги його теми («prawnik», «юрист» → legal). Додані слова вбудовано; власні додайте без перезбирання програми у файлі words.tsv у каталозі бази даних (для типової бази ~/.local/share/pomost/words.tsv). Один рядок на тему й мову: код теми, табуляція, код мови (pl, en, uk, ru …), табуляція, далі слова або фрази через кому, напр.

  legal<TAB>pl<TAB>mecenas, mecenasa, kancelaria

Рядки, що починаються з #, є коментарями. Хибний рядок пропускається й називається (файл і рядок) у stderr; решта файлу все одно враховується. Слова читаються, коли екран завантажує довідник, і під час кожного `services search`."
        }
        OptDb => "Файл бази даних (типово: база із системних налаштувань, інакше $POMOST_DB, інакше ~/.local/share/pomost/pomost.db)",
        OptLang => "Мова інтерфейсу (типово: $POMOST_LANG, інакше ваші налаштування, інакше локаль). Вказуйте її перед командою: `services search --lang` фільтрує за мовою послуги",
        OptInitEmpty => "Лише теми й повіти, без доданих послуг і зустрічей",
        OptInitShared => "Підготувати базу для працівників цієї групи Unix: каталог із setgid і записом для групи, база та її файли -wal/-shm доступні групі для читання й запису, іншим — ні",
        OptReportFrom => "Перший день (РРРР-ММ-ДД; типово: без нижньої межі)",
        OptReportTo => "Останній день, включно (РРРР-ММ-ДД; типово: без верхньої межі)",
        OptReportBy => "За чим рахувати",
        OptFormat => "Формат виводу",
        OptBackupFile => "Новий файл (ще не повинен існувати)",
        OptSearchQuery => "Слова для пошуку (мають збігатися всі; діакритичні знаки необов'язкові)",
        OptSearchTopic => "Лише послуги з цим кодом теми (напр. legalisation, legal, language)",
        OptSearchLanguage => "Лише послуги цією мовою (ISO 639-1, напр. uk, ru, pl)",
        OptSearchCounty => "Лише послуги, що обслуговують цей повіт (напр. Gdańsk, kartuski)",
        OptSearchFree => "Лише послуги, позначені як безкоштовні",
        OptSearchOpenNow => "Лише послуги, відкриті саме зараз (час Варшави), за їхнім розкладом",
        OptSearchStale => "Лише послуги, не перевірені понад 6 місяців ($POMOST_STALE_MONTHS), від найдавніше перевіреної",
        OptSearchRetired => "Включити виведені з ужитку послуги (інакше їх пропускає кожен пошук)",
        OptSearchJson => "Вивести JSON (як прочитано запит і знайдені послуги) замість таблиці",
        OptImportFile => "Файл або тека (JSON HSDS 3.0 або табличний пакет: тека чи zip із datapackage.json)",
        OptWordsTopic => "Лише слова теми з цим кодом (напр. legal, employment)",
        OptWordsCheck => "Завершити з кодом 2, якщо якийсь рядок файлу слів пропущено",
        OptWeek => "Тиждень ISO, напр. 2022-W48 (типово: поточний тиждень у Варшаві)",
        OptWeekDate => "Будь-який день тижня, напр. 2022-12-01",
        OptTimetableAll => "Усі зустрічі як один календар, кожна серія один раз (з --format ics): імпортований один раз, він лишається правильним, коли зустрічі змінюються",
        OptTimetableFrom => "З --all: лише зустрічі, що відбуваються цього дня або пізніше",
        OptTimetableTo => "З --all: лише зустрічі, що відбуваються цього дня або раніше",
        OptLogClient => "Код клієнта (обов'язковий): 3–20 великих літер A–Z, цифр і дефісів, напр. K-7QX2MA; псевдонім, ніколи не ім'я. Малі літери перетворюються на великі",
        OptLogTopic => "Код теми (обов'язковий; повторіть для кількох): legalisation, legal, employment, language, education, health, housing, social-assistance, family, psychological, crisis, discrimination, exclusion, culture, sport, communication, community, safety",
        OptLogAt => "Коли вона відбулася, за часом Варшави (типово: зараз); для консультації, записаної пізніше",
        OptLogChannel => "Форма: in-person (особисто, типово), phone (телефон) або online",
        OptLogGender => "Стать: female (жінка), male (чоловік), other (інша) або not-stated (не вказано, типово)",
        OptLogAgeBand => "Вікова група: 0-17, 18-29, 30-44, 45-64, 65+ або not-stated (не вказано, типово)",
        OptLogCountry => "Країна походження, ISO 3166-1 alpha-2 (напр. UA, BY, GE)",
        OptLogLanguage => "Мова консультації, ISO 639-1 (напр. uk, ru, pl)",
        OptLogInterpreter => "Мова, для якої був потрібен перекладач, ISO 639-1 (напр. uk), з того самого списку, що й --language; `none` (типово), якщо перекладач не був потрібен",
        OptLogCounty => "Повіт проживання (напр. Gdańsk, kartuski; діакритичні знаки необов'язкові), outside-pomorskie (поза Поморським) або not-stated (не вказано, типово)",
        OptLogRefer => "Ідентифікатор послуги, до якої скеровано клієнта (повторіть для кількох; ідентифікатори дає `pomost services search … --json`)",
        OptLogMinutes => "Тривалість у хвилинах, 1–600",
        OptLogFollowUp => "Дата подальшого контакту, сьогодні або пізніше",
        OptLogNote => "Нотатки: що було зроблено (можуть починатися з дефіса)",
        OptConsultationsFrom => "Від цього дня (типово: від найранішої)",
        OptConsultationsTo => "До цього дня включно (типово: до найпізнішої)",
        OptConsultationsClient => "Лише консультації цього клієнта (код клієнта; регістр не має значення)",
        OptConsultationsFormat => "Формат виводу (типово: table для list, csv для export)",
        OptStaffAddUser => "Ім'я користувача Unix (обліковий запис, під яким він входить)",
        OptStaffRole => "Що може робити",
        OptStaffName => "Ім'я, під яким його знають колеги (типово: уже внесене, інакше повне ім'я облікового запису, інакше ім'я користувача)",
        OptStaffJson => "Вивести масив JSON замість таблиці",
        OptStaffRemoveUser => "Ім'я користувача Unix",
        OptAuditSince => "Лише записи від цього дня (РРРР-ММ-ДД, час Варшави)",
        OptAuditUser => "Лише те, що зробив цей користувач Unix",
        OptPurgeBefore => "Знеособити консультації до цього дня (РРРР-ММ-ДД)",
        OptYes => "Зробити це без запитання",
        OptClientCode => "Код клієнта",
        OptCompletionsShell => "Оболонка: bash, zsh або fish (працюють також elvish і powershell)",
        OptManCommand => "Команда, сторінку якої вивести, напр. `report` або `services search` (типово: сам pomost)",
        AboutDoctor => "Перевірити спільне встановлення: налаштування, права й власників файлів, setgid програми, базу даних, резервні копії та працівників; по одному рядку",
        OptInitBackups => "З --shared: каталог, куди нічний `pomost backup --into` записує копії (створюється, якщо його немає, лише для root), записаний у системні налаштування для `pomost doctor`",
        OptBackupInto => "Натомість записати копію з датою (pomost-YYYY-MM-DD-HHMMSS.db) у цей каталог",
        OptBackupKeep => "З --into: зберігати стільки копій з датою, видаляючи найстаріші понад цю кількість",
        // shared (issue #16): the setgid installation, doctor, backups.
        ErrSettings => {
            r#"налаштуваннями {} неможливо скористатися, тому їх пропущено; виправте файл або видаліть його"#
        }
        SharedSettingsWritten => {
            r#"Записано системні налаштування {}: кожен запуск pomost на цьому сервері тепер працює з цією базою даних без власних налаштувань."#
        }
        ErrSettingsWrite => {
            r#"Не вдалося записати системні налаштування {}: {}. Запустіть це від імені root."#
        }
        BackupRemoved => r#"Видалено найстарішу копію понад кількість, що зберігається: {}"#,
        ErrBackupInto => r#"{} не є текою; вкажіть у --into наявну теку"#,
        DoctorOk => r#"гаразд: {}"#,
        DoctorFix => r#"виправити: {} — {}"#,
        DoctorAllWell => r#"Усе перевірене в порядку."#,
        DoctorProblems => r#"Потрібно виправити: {}."#,
        DrSettings => r#"системні налаштування {} вказують базу даних {} і групу {}"#,
        DrNoSettings => r#"системних налаштувань {} немає"#,
        DrRunInit => {
            r#"від імені root виконайте `pomost init --shared ГРУПА --db ШЛЯХ` (README, «Running on a shared server»)"#
        }
        DrBadSettings => r#"системними налаштуваннями неможливо скористатися: {}"#,
        DrFixSettings => {
            r#"виправте файл або запишіть його знову через `pomost init --shared ГРУПА --db ШЛЯХ`"#
        }
        DrFile => r#"{} має {} {}:{}"#,
        DrFixFile => r#"виконайте: chgrp {} {} && chmod {} {}"#,
        DrMissing => r#"{} не існує"#,
        DrBinary => r#"програма {} має setgid до групи {}"#,
        DrBinaryNot => r#"програма {} не має setgid до групи {} (має {} {}:{})"#,
        DrNoMembers => r#"ніхто не входить до групи {}: базу даних відкриває лише pomost"#,
        DrMember => r#"{} входить до групи {} і може відкрити базу даних в обхід Pomost"#,
        DrFixMember => r#"виконайте: gpasswd -d {} {}"#,
        DrSound => r#"quick_check SQLite не знаходить пошкоджень у {}"#,
        DrDamaged => r#"{} пошкоджено: {}"#,
        DrRestore => r#"відновіть останню резервну копію (README, «Backups»)"#,
        DrJournal => r#"режим журналу — WAL"#,
        DrJournalNot => r#"режим журналу — {}, а не WAL"#,
        DrFixJournal => {
            r#"один раз виконайте від імені root будь-яку команду pomost з цією базою (вона перемикає на WAL)"#
        }
        DrBackup => r#"найновіша копія в {} — {}, їй {} год"#,
        DrBackupOld => r#"найновішій копії в {} уже {} год"#,
        DrNoBackup => r#"у {} немає жодної резервної копії"#,
        DrNoBackupDir => r#"системні налаштування не вказують теки резервних копій"#,
        DrFixBackups => {
            r#"запускайте щоночі `pomost backup --into ТЕКА --keep N` і вкажіть ТЕКУ як `backups` у системних налаштуваннях (README, «Backups»)"#
        }
        DrStaff => r#"усі працівники ({}) мають обліковий запис Unix"#,
        DrStaffGone => r#"працівник {} більше не має облікового запису Unix"#,
        DrFixStaff => r#"виконайте: pomost staff remove {}"#,
        DrCatalogue => r#"довідник такий самий актуальний, як постачений каталог"#,
        DrCatalogueNewer => {
            r#"постачений каталог має послуги ({}), перевірені пізніше, ніж у базі даних"#
        }
        DrFixCatalogue => {
            r#"координатор може переглянути data/services.json і завантажити його через `pomost services import`"#
        }
        DrNoDatabaseChecks => r#"базу даних не вдалося перевірити: {}"#,
        DrFixAccess => r#"виконайте `pomost doctor` від імені root або координатора"#,
        ErrGiveUpGroup => r#"не вдалося відмовитися від групи даних ({}); нічого не зроблено"#,
        // desk: the referral in 20 keys (issue #13).
        FormNewCodeHint => "Ctrl-N новий код",
        KeyGoToFields => "хвилини/контакт/нотатки",
        ReferralSaved => "Збережено {} зі скеруванням до: {}.",
        // Branch hsds: importing any HSDS 3.0 serialisation.
        CliImportRead => "Прочитано {} як HSDS 3.0 ({}): {}.",
        CliImportCame => "Надійшло: {}, {}, {}.",
        CliImportKept => {
            "Збережено як є, хоча Pomost їх не моделює (повертаються під час експорту): {}"
        }
        CliImportSkipped => "Пропущено недійсних записів: {} (решту імпортовано):",
        CliImportSkippedOne => "запис {} (id {}), поле {}: {}",
        CliDryRun => "Пробний запуск: нічого не змінено.",
        CliDryAdd => "буде додано: {} ({})",
        CliDryUpdate => "буде змінено: {} ({})",
        CliDryField => "  поле {}: {} → {}",
        CliDryUnchanged => "без змін: {}",
        ErrTabular => "не вдається прочитати табличний пакет: {}",
        FieldAlternateName => "Інша назва",
        FieldAlert => "Увага",
        FieldInterpretation => "Усний переклад",
        FieldAges => "Вік",
        FieldPeople => "Контактні особи",
        FieldDocuments => "Потрібні документи",
        FieldCostOptions => "Варіанти оплати",
        FieldAccessibility => "Доступність",
        FieldAddresses => "Адреси (як надано)",
        FieldCoordinates => "Координати",
        FieldOtherHours => "Інші години",
        FieldTerms => "Категорії видавця",
        CliMapNone => "Жодні терміни інших таксономій не зіставлено з темами.",
        CliMapped => "Термін {} {} тепер веде до теми {} (послуг із ним: {}).",
        CliMapRemoved => "Видалено зіставлень терміна: {} ({} {}).",
        CliAllMapped => "Кожна імпортована послуга має тему.",
        ColTaxonomy => "Таксономія",
        ColTerm => "Термін",
        ColTerms => "Терміни видавця",
        ErrMapTermEmpty => "вкажіть код терміна (taxonomy_term.code)",
        RuleMonthly => "щомісяця",
        RuleEveryMonths => "кожні {} міс.",
        RuleEveryWeeks => "кожні {} тиж.",
        RuleFirst => "1-й",
        RuleSecond => "2-й",
        RuleThird => "3-й",
        RuleFourth => "4-й",
        RuleLast => "останній",
        RuleNthWeekday => "{} {} місяця",
        RuleMonthDays => "{} числа місяця",
        RuleCount => "{} разів",
        CliImportLoneOrgs => {
            "Не імпортовано організацій без послуг: {} (довідник містить послуги)."
        }
        // card: the client's card and its QR code (issue #17)
        KeyCard => "картка для клієнта (QR)",
        KeyCardLanguage => "мова картки",
        KeyCardCopy => "копіювати як текст",
        KeyCardInvert => "інвертувати кольори",
        CardTitle => "Картка для клієнта · {}",
        CardScan => "Клієнт сканує код камерою телефону й отримує цей текст:",
        CardDropped => "Пропущено, щоб вмістилося на екрані: {}",
        CardTooSmall => {
            "Вікно замале для QR-коду: збільште його або скопіюйте картку як текст (y)."
        }
        CardCopied => "Картку скопійовано ({}): її можна вставити в SMS чи лист.",
        ErrUnknownSession => "жодна зустріч розкладу не має ідентифікатора «{}»",
        ErrCardTooLong => "картка задовга для QR-коду; надрукуйте її як текст (--format text).",
        FieldServiceNameUk => "Назва українською",
        FieldDescriptionUk => "Що (українською)",
        FieldApplyUk => "Як звернутися (українською)",
        // panes: details to read whole, messages, footer, local times, history in words
        MoreAbove => "↑ вище є ще",
        MoreBelow => "↓ нижче є ще",
        KeyTopEnd => "початок/кінець",
        KeyListPane => "вийти з деталей",
        FieldFollowUpDone => "Повторний контакт виконано",
        HistoryNoChange => "нічого з показаного не змінилося",
        // lists (branch `lists`): issue 14
        FollowUpDoneQuestion => {
            "Позначити виконаним повторний контакт клієнта {} із терміном {}? y = так, будь-яка інша клавіша = ні"
        }
        NoFollowUpToMark => "Ця консультація не має повторного контакту, який можна позначити.",
        FollowUpAlreadyDone => "Повторний контакт цієї консультації вже позначено виконаним.",
        ReplaceFileQuestion => {
            "Файл {} уже існує. Замінити його? y = так, будь-яка інша клавіша = ні"
        }
        FileKept => "Нічого не записано: файл {} залишився без змін.",
        FieldAtSameTime => "У той самий час",
        NeverVerified => "ніколи",
        SessionMayBeOld => "{} — давно не перевірялося: зустріч може вже не відбуватися",
        KeyEndSeries => "завершити цикл",
        EndSeriesPrompt => "Останній день циклу (РРРР-ММ-ДД):",
        SeriesEnded => "Цикл тепер завершується {}: {}",
        ErrNotASeries => "Ця зустріч відбувається один раз; завершити можна лише щотижневий цикл.",
        ErrEndBeforeStart => "Цикл починається {}; він не може завершитися раніше.",
        CountConsultations => "консультація|консультація|консультації|консультацій",
        CountClients => "клієнт|клієнт|клієнти|клієнтів",
        CountServices => "послуга|послуга|послуги|послуг",
        CountOrganisations => "організація|організація|організації|організацій",
        CountPlaces => "місце|місце|місця|місць",
        DrPersonal => {
            r#"немає системних налаштувань {}: {} перевіряється як особиста база (спільний сервер: README, «Running on a shared server»)"#
        }
        DrRunInitPersonal => "створіть її: `pomost init --db ШЛЯХ`",
        DrFixPersonal => "виконайте: chmod 600 {}",
        CountSessions => "зустріч|зустріч|зустрічі|зустрічей",
        ErrNoSuchDay => "Дня {} не існує: у цьому місяці {} днів.",
        ProbClientCodeMissing => {
            "введіть код клієнта: 3–20 великих латинських літер, цифр або дефісів"
        }
        RetiredMark => "в архіві",
        // lead: translated help of the commands merged last (issue #18)
        OptImportDryRun => "Показати, що буде додано, змінено (поле за полем) і збережено без моделювання; нічого не змінювати",
        OptImportSkipInvalid => "Імпортувати правильні записи й показати кожен відхилений (номер запису, id, поле, причина), замість того щоб відхилити весь файл",
        AboutServicesCard => "Картка послуги для клієнта його мовою: назва, організація, адреса або посилання, години, телефон, e-mail, сайт, як звернутися, документи. Нічого про клієнта не записується",
        AboutTimetableCard => "Картка зустрічі для клієнта його мовою: назва, організатор, коли, де або посилання, контакт, для кого. Нічого про клієнта не записується",
        OptCardId => "Ідентифікатор (UUID; досить перших символів, якщо жоден інший з них не починається)",
        OptCardLang => "Мова клієнта: підписи й години картки та власні тексти запису, якщо довідник має їх цією мовою (інакше польською). Типово: мова інтерфейсу",
        OptCardFormat => "Формат: текст для друку чи надсилання, JSON або QR-код (чорний на білому в терміналі; темні модулі символами, коли вивід іде в конвеєр)",
        AboutTopicsMap => "Зіставити термін іншої таксономії з темою Pomost або показати зіставлення.",
        AboutTopicsMapLong => "Зіставити термін іншої таксономії з темою Pomost або показати зіставлення.\n\nПослуги, імпортовані з HSDS, несуть терміни таксономії видавця (attributes[].taxonomy_term: таксономія і код). Зіставлений термін робить так, що його послуги знаходяться під темою у фільтрі тем і в пошуку, відтепер і під час наступних імпортів; дані самих послуг не змінюються, а експорт записує терміни видавця без змін. Термін можна зіставити з кількома темами. Приклади:\n\n  pomost topics map \"AIRS/211 LA County\" LH-2000 legal\n  pomost topics map --list\n  pomost topics map --remove \"AIRS/211 LA County\" LH-2000\n\nДля термінів без назви таксономії вкажіть \"\". `pomost topics unmapped` показує імпортовані послуги, до яких не веде жодна тема, з їхніми термінами.",
        OptMapTaxonomy => "Назва іншої таксономії, як її подають файли (taxonomy_term.taxonomy)",
        OptMapTerm => "Код терміна (taxonomy_term.code)",
        OptMapTopic => "Код теми Pomost (напр. legal, employment); з --remove необов'язковий",
        OptMapList => "Натомість показати зіставлення",
        OptMapRemove => "Видалити зіставлення терміна (з ТЕМОЮ або з усіма темами)",
        AboutTopicsUnmapped => "Показати імпортовані послуги, до яких не веде жодна тема (ні власна, ні через зіставлений термін), з термінами видавця, щоб їх зіставити",
        OptConsultationsText => "Лише консультації, чиї нотатки, код клієнта чи теми містять ці слова (кожне як початок слова; регістр і діакритика не мають значення), прочитані так, як їх читає повнотекстовий пошук на екрані",
        // sheets: CSV for spreadsheets (--excel) and the directory's CSV headers
        CsvId => "Ідентифікатор",
        CsvOrganisationId => "Ідентифікатор організації",
        OptExcel => "CSV для Excel або LibreOffice з польськими налаштуваннями: UTF-8 з міткою порядку байтів (BOM), «;» між клітинками (означає --format csv)",
        ErrExcelNeedsCsv => "--excel записує CSV: не вказуйте --format або вкажіть --format csv.",
        // tongue: the organiser of a session in English (issue #14)
        FieldOrganiserEn => "Організатор англійською",
        FieldThemeEn => "Тема англійською",
    }
}

/// Country names by ISO 3166-1 code.
#[rustfmt::skip]
const COUNTRIES: &[(&str, &str)] = &[
    ("AD", "Андорра"), ("AE", "Об'єднані Арабські Емірати"), ("AF", "Афганістан"),
    ("AG", "Антигуа і Барбуда"), ("AI", "Ангілья"), ("AL", "Албанія"), ("AM", "Вірменія"),
    ("AO", "Ангола"), ("AQ", "Антарктида"), ("AR", "Аргентина"), ("AS", "Американське Самоа"),
    ("AT", "Австрія"), ("AU", "Австралія"), ("AW", "Аруба"), ("AX", "Аландські острови"),
    ("AZ", "Азербайджан"), ("BA", "Боснія і Герцеговина"), ("BB", "Барбадос"),
    ("BD", "Бангладеш"), ("BE", "Бельгія"), ("BF", "Буркіна-Фасо"), ("BG", "Болгарія"),
    ("BH", "Бахрейн"), ("BI", "Бурунді"), ("BJ", "Бенін"), ("BL", "Сен-Бартелемі"),
    ("BM", "Бермудські острови"), ("BN", "Бруней"), ("BO", "Болівія"),
    ("BQ", "Бонайре, Сінт-Естатіус і Саба"), ("BR", "Бразилія"), ("BS", "Багамські острови"),
    ("BT", "Бутан"), ("BV", "Острів Буве"), ("BW", "Ботсвана"), ("BY", "Білорусь"),
    ("BZ", "Беліз"), ("CA", "Канада"), ("CC", "Кокосові (Кілінг) острови"),
    ("CD", "Демократична Республіка Конго"), ("CF", "Центральноафриканська Республіка"),
    ("CG", "Конго"), ("CH", "Швейцарія"), ("CI", "Кот-д'Івуар"), ("CK", "Острови Кука"),
    ("CL", "Чилі"), ("CM", "Камерун"), ("CN", "Китай"), ("CO", "Колумбія"),
    ("CR", "Коста-Рика"), ("CU", "Куба"), ("CV", "Кабо-Верде"), ("CW", "Кюрасао"),
    ("CX", "Острів Різдва"), ("CY", "Кіпр"), ("CZ", "Чехія"), ("DE", "Німеччина"),
    ("DJ", "Джибуті"), ("DK", "Данія"), ("DM", "Домініка"), ("DO", "Домініканська Республіка"),
    ("DZ", "Алжир"), ("EC", "Еквадор"), ("EE", "Естонія"), ("EG", "Єгипет"),
    ("EH", "Західна Сахара"), ("ER", "Еритрея"), ("ES", "Іспанія"), ("ET", "Ефіопія"),
    ("FI", "Фінляндія"), ("FJ", "Фіджі"), ("FK", "Фолклендські острови"), ("FM", "Мікронезія"),
    ("FO", "Фарерські острови"), ("FR", "Франція"), ("GA", "Габон"), ("GB", "Велика Британія"),
    ("GD", "Гренада"), ("GE", "Грузія"), ("GF", "Французька Гвіана"), ("GG", "Гернсі"),
    ("GH", "Гана"), ("GI", "Гібралтар"), ("GL", "Гренландія"), ("GM", "Гамбія"),
    ("GN", "Гвінея"), ("GP", "Гваделупа"), ("GQ", "Екваторіальна Гвінея"), ("GR", "Греція"),
    ("GS", "Південна Джорджія та Південні Сандвічеві острови"), ("GT", "Гватемала"),
    ("GU", "Гуам"), ("GW", "Гвінея-Бісау"), ("GY", "Гаяна"), ("HK", "Гонконг"),
    ("HM", "Острів Герд і острови Макдональд"), ("HN", "Гондурас"), ("HR", "Хорватія"),
    ("HT", "Гаїті"), ("HU", "Угорщина"), ("ID", "Індонезія"), ("IE", "Ірландія"),
    ("IL", "Ізраїль"), ("IM", "Острів Мен"), ("IN", "Індія"),
    ("IO", "Британська територія в Індійському океані"), ("IQ", "Ірак"), ("IR", "Іран"),
    ("IS", "Ісландія"), ("IT", "Італія"), ("JE", "Джерсі"), ("JM", "Ямайка"),
    ("JO", "Йорданія"), ("JP", "Японія"), ("KE", "Кенія"), ("KG", "Киргизстан"),
    ("KH", "Камбоджа"), ("KI", "Кірибаті"), ("KM", "Коморські Острови"),
    ("KN", "Сент-Кіттс і Невіс"), ("KP", "Північна Корея"), ("KR", "Південна Корея"),
    ("KW", "Кувейт"), ("KY", "Кайманові острови"), ("KZ", "Казахстан"), ("LA", "Лаос"),
    ("LB", "Ліван"), ("LC", "Сент-Люсія"), ("LI", "Ліхтенштейн"), ("LK", "Шрі-Ланка"),
    ("LR", "Ліберія"), ("LS", "Лесото"), ("LT", "Литва"), ("LU", "Люксембург"),
    ("LV", "Латвія"), ("LY", "Лівія"), ("MA", "Марокко"), ("MC", "Монако"), ("MD", "Молдова"),
    ("ME", "Чорногорія"), ("MF", "Сен-Мартен (французька частина)"), ("MG", "Мадагаскар"),
    ("MH", "Маршаллові Острови"), ("MK", "Північна Македонія"), ("ML", "Малі"),
    ("MM", "М'янма"), ("MN", "Монголія"), ("MO", "Макао"),
    ("MP", "Північні Маріанські острови"), ("MQ", "Мартиніка"), ("MR", "Мавританія"),
    ("MS", "Монтсеррат"), ("MT", "Мальта"), ("MU", "Маврикій"), ("MV", "Мальдіви"),
    ("MW", "Малаві"), ("MX", "Мексика"), ("MY", "Малайзія"), ("MZ", "Мозамбік"),
    ("NA", "Намібія"), ("NC", "Нова Каледонія"), ("NE", "Нігер"), ("NF", "Острів Норфолк"),
    ("NG", "Нігерія"), ("NI", "Нікарагуа"), ("NL", "Нідерланди"), ("NO", "Норвегія"),
    ("NP", "Непал"), ("NR", "Науру"), ("NU", "Ніуе"), ("NZ", "Нова Зеландія"), ("OM", "Оман"),
    ("PA", "Панама"), ("PE", "Перу"), ("PF", "Французька Полінезія"),
    ("PG", "Папуа Нова Гвінея"), ("PH", "Філіппіни"), ("PK", "Пакистан"), ("PL", "Польща"),
    ("PM", "Сен-П'єр і Мікелон"), ("PN", "Острови Піткерн"), ("PR", "Пуерто-Рико"),
    ("PS", "Палестина"), ("PT", "Португалія"), ("PW", "Палау"), ("PY", "Парагвай"),
    ("QA", "Катар"), ("RE", "Реюньйон"), ("RO", "Румунія"), ("RS", "Сербія"), ("RU", "Росія"),
    ("RW", "Руанда"), ("SA", "Саудівська Аравія"), ("SB", "Соломонові Острови"),
    ("SC", "Сейшельські Острови"), ("SD", "Судан"), ("SE", "Швеція"), ("SG", "Сінгапур"),
    ("SH", "Острови Святої Єлени, Вознесіння і Тристан-да-Кунья"), ("SI", "Словенія"),
    ("SJ", "Шпіцберген і Ян-Маєн"), ("SK", "Словаччина"), ("SL", "Сьєрра-Леоне"),
    ("SM", "Сан-Марино"), ("SN", "Сенегал"), ("SO", "Сомалі"), ("SR", "Суринам"),
    ("SS", "Південний Судан"), ("ST", "Сан-Томе і Принсіпі"), ("SV", "Сальвадор"),
    ("SX", "Сінт-Мартен (нідерландська частина)"), ("SY", "Сирія"), ("SZ", "Есватіні"),
    ("TC", "Острови Теркс і Кайкос"), ("TD", "Чад"),
    ("TF", "Французькі Південні і Антарктичні території"), ("TG", "Того"), ("TH", "Таїланд"),
    ("TJ", "Таджикистан"), ("TK", "Токелау"), ("TL", "Тимор-Леште"), ("TM", "Туркменістан"),
    ("TN", "Туніс"), ("TO", "Тонга"), ("TR", "Туреччина"), ("TT", "Тринідад і Тобаго"),
    ("TV", "Тувалу"), ("TW", "Тайвань"), ("TZ", "Танзанія"), ("UA", "Україна"),
    ("UG", "Уганда"), ("UM", "Зовнішні малі острови США"), ("US", "Сполучені Штати Америки"),
    ("UY", "Уругвай"), ("UZ", "Узбекистан"), ("VA", "Ватикан"),
    ("VC", "Сент-Вінсент і Гренадини"), ("VE", "Венесуела"),
    ("VG", "Британські Віргінські острови"), ("VI", "Віргінські острови (США)"),
    ("VN", "В'єтнам"), ("VU", "Вануату"), ("WF", "Волліс і Футуна"), ("WS", "Самоа"),
    ("YE", "Ємен"), ("YT", "Майотта"), ("ZA", "Південно-Африканська Республіка"),
    ("ZM", "Замбія"), ("ZW", "Зімбабве"),
];

/// Language names by ISO 639-1 code.
#[rustfmt::skip]
const LANGUAGES: &[(&str, &str)] = &[
    ("am", "амхарська"), ("ar", "арабська"), ("az", "азербайджанська"), ("be", "білоруська"),
    ("bg", "болгарська"), ("bn", "бенгальська"), ("bs", "боснійська"), ("cs", "чеська"),
    ("da", "данська"), ("de", "німецька"), ("el", "грецька"), ("en", "англійська"),
    ("es", "іспанська"), ("et", "естонська"), ("fa", "перська"), ("fi", "фінська"),
    ("fr", "французька"), ("he", "іврит"), ("hi", "гінді"), ("hr", "хорватська"),
    ("hu", "угорська"), ("hy", "вірменська"), ("id", "індонезійська"), ("it", "італійська"),
    ("ja", "японська"), ("ka", "грузинська"), ("kk", "казахська"), ("ko", "корейська"),
    ("ku", "курдська"), ("ky", "киргизька"), ("lt", "литовська"), ("lv", "латиська"),
    ("mk", "македонська"), ("ne", "непальська"), ("nl", "нідерландська"), ("no", "норвезька"),
    ("pl", "польська"), ("ps", "пушту"), ("pt", "португальська"), ("ro", "румунська"),
    ("ru", "російська"), ("sk", "словацька"), ("sl", "словенська"), ("so", "сомалі"),
    ("sq", "албанська"), ("sr", "сербська"), ("sv", "шведська"), ("sw", "суахілі"),
    ("ta", "тамільська"), ("tg", "таджицька"), ("th", "тайська"), ("ti", "тигринья"),
    ("tk", "туркменська"), ("tl", "тагальська"), ("tr", "турецька"), ("uk", "українська"),
    ("ur", "урду"), ("uz", "узбецька"), ("vi", "в'єтнамська"), ("yi", "їдиш"),
    ("zh", "китайська"),
];
