//! English: the texts and every other English-specific datum.

use super::{Language, Msg, Stored};

/// Weekday names, Monday first.
const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// English.
pub static ENGLISH: Language = Language {
    code: "en",
    aliases: &[],
    text,
    weekdays_short: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    weekdays_long: DAYS,
    // "every" once before the list: every Monday and Friday.
    every_weekday: DAYS,
    every_prefix: "every ",
    and: " and ",
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    long_date: "{} {} {}",
    short_date: "%Y-%m-%d",
    date_time: "%Y-%m-%d %H:%M",
    schedule_days: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    schedule_from: &["from"],
    schedule_to: &["to", "until"],
    stored: Stored::English,
    topics: &[],
    countries: COUNTRIES,
    languages: LANGUAGES,
};

/// The English text of a message.
pub fn text(msg: Msg) -> &'static str {
    use Msg::*;
    match msg {
        TabServices => "Services",
        TabConsultations => "Consultations",
        TabTimetable => "Timetable",
        TabReports => "Reports",
        SearchTitle => "Search",
        SearchPlaceholder => "type to search: name, topic, organisation…",
        ResultsTitle => "Services",
        ReadingPlace => "place",
        ReadingTopic => "topic",
        CliReadAs => "Read as: {}",
        DetailsTitle => "Details",
        NoResults => "No service matches. Esc clears the search, Alt-x clears the filters.",
        NoSelection => "Nothing selected.",
        FilterTopic => "topic",
        FilterLanguage => "language",
        FilterCounty => "county",
        FilterFree => "free of charge",
        FilterAny => "(any)",
        PickerTitleTopic => "Filter by topic",
        PickerTitleLanguage => "Filter by language",
        PickerTitleCounty => "Filter by county",
        PickerHint => "type to filter · Enter choose · Esc cancel",
        FieldOrganisation => "Organisation",
        FieldStatus => "Status",
        FieldTopics => "Topics",
        FieldLanguages => "Languages",
        FieldAreas => "Counties",
        FieldWho => "Who for",
        FieldCost => "Cost",
        FieldWhere => "Where",
        FieldWhen => "When",
        FieldContact => "Contact",
        FieldApply => "How to apply",
        FieldVerified => "Last verified",
        FieldDescription => "What",
        Free => "free of charge",
        NotStated => "not stated",
        Online => "online",
        InPerson => "in person",
        WholeRegion => "whole Pomeranian voivodeship",
        Since => "since",
        Until => "until",
        StatusActive => "active",
        StatusInactive => "inactive",
        StatusDefunct => "retired",
        StatusTemporarilyClosed => "temporarily closed",
        Copied => "Contact copied to the clipboard: {}",
        NothingToCopy => "This service has no contact to copy.",
        ReadOnly => "read-only",
        TooSmall => "Terminal too small ({}×{}): Pomost needs at least {}×{}. Enlarge the window.",
        HelpTitle => "Keys",
        HelpClose => "Esc or ? closes this help",
        HelpEverywhere => "Everywhere",
        HelpPicker => "In a picker",
        KeyQuit => "quit",
        KeyHelp => "help",
        KeyNextPane => "next pane",
        KeyMove => "move",
        KeySearch => "search",
        KeyBack => "back",
        KeyClearSearch => "clear search",
        KeyDetailsPane => "details",
        KeyBackToSearch => "back to search",
        KeyTabs => "screens",
        KeyTopic => "topic filter",
        KeyLanguage => "language filter",
        KeyCounty => "county filter",
        KeyFree => "free only",
        KeyClearFilters => "clear filters",
        KeyCopy => "copy contact",
        KeyRefer => "refer (log consultation)",
        KeyScroll => "scroll",
        KeyPick => "choose",
        KeyTop => "first / last",
        CliImported => "Imported {}: {} added, {} updated.",
        CliInitDone => "Created the database {} ({}, {}).",
        CliInitExists => "The database {} already exists; nothing was changed.",
        CliNoMatches => "No service matches.",
        CliImportInvalid => {
            "Nothing was imported: {} has {} error(s). Fix them and run the import again."
        }
        CliImportInvalidOne => "Nothing was imported from {}: {}.",
        ColName => "Name",
        ColOrganisation => "Organisation",
        ColTopics => "Topics",
        ErrNotSqlite => {
            "{} is not a Pomost database (it is not an SQLite file); it was left untouched. Check --db or POMOST_DB."
        }
        ErrForeignDb => {
            "{} is an SQLite database of another program; it was left untouched. Choose another path with --db."
        }
        ErrTooNew => {
            "{} was written by a newer Pomost (schema {}, this one knows {}); update Pomost before opening it."
        }
        ErrUnreadable => {
            "Cannot read {}: {}. Check the file's permissions or ask the administrator."
        }
        ErrNoDatabase => {
            "There is no database at {}: create one with `pomost init --db {}` (once, by a coordinator), or name the right one with --db or POMOST_DB."
        }
        ErrEmptyFile => {
            "{} is an empty file, not a Pomost database; it was left untouched. Create the database there with `pomost init --db {}`."
        }
        DatabaseOpen => "Database: {}",
        ErrDamaged => {
            "{} is damaged (SQLite's check: {}); what Pomost shows from it may be incomplete. Tell the coordinator: restore the last good backup (README, Backups)."
        }
        ErrBackupDamaged => {
            "Not backed up: {} is damaged (SQLite's check: {}), so no copy was kept. Restore the last good backup (README, Backups)."
        }
        ErrCorrupt => "{} is damaged ({}); it was left untouched. Restore it from a backup.",
        ErrCreate => "Cannot create the database {}: {}.",
        ErrUnknownTopic => "unknown topic code \"{}\" (the list: `pomost log --help`)",
        ErrUnknownLanguage => "unknown language code \"{}\" (use ISO 639-1, e.g. uk, ru, pl)",
        ErrUnknownCounty => "unknown county \"{}\" (use a county name such as Gdańsk or kartuski)",
        ProbInvalidUuid => r#"not a UUID: "{}""#,
        ProbInvalidDate => r#"not a date in the form YYYY-MM-DD, or no such day: "{}""#,
        ProbInvalidTime => r#"not a time in the form HH:MM: "{}""#,
        ProbClosesBeforeOpens => "the closing time must be after the opening time",
        ProbInvalidEmail => r#"not an e-mail address: "{}""#,
        ProbInvalidUrl => r#"not a web link starting with http:// or https://: "{}""#,
        ProbUnknownStatus => {
            r#"unknown status "{}" (use active, inactive, defunct or temporarily closed)"#
        }
        ProbEmpty => "must not be empty",
        ProbControlChars => {
            "contains control characters (terminal escape codes are not allowed in text)"
        }
        ProbTooLong => "too long: {} characters, at most {} are allowed",
        ProbDuplicateId => "the id {} appears more than once in the file",
        ProbIdTaken => {
            r#"the id {} already belongs to another service ("{}"); give this one a new id"#
        }
        ProbInvalidDays => r#"weekdays must be iCalendar codes like MO or TH,FR, not "{}""#,
        ProbUnsupportedFreq => r#"only weekly schedules (WEEKLY) are supported, not "{}""#,
        ProbUnknownLocationType => r#"unknown location type "{}" (use physical or virtual)"#,
        ProbOrgMismatch => "organization_id differs from organization.id",
        ProbMissingTopicCode => "a topic needs its code (taxonomy_term.code)",
        ErrRecordField => r#"record {} ("{}"), field {}: {}"#,
        ErrJsonSyntax => "the file is not valid JSON at line {}, column {}: {}",
        ErrNotArray => {
            "the file must hold HSDS 3.0: a service, a list of services, an API page (contents), an organisation with its services, or a tabular package (a folder or zip with datapackage.json)"
        }
        ErrDatabase => {
            "the database reported an error ({}); nothing was changed. Try again, and if it keeps happening tell the administrator."
        }
        ErrOutput => "cannot write the output: {}.",
        ErrNeedsTerminal => {
            "the interactive screen needs a terminal; in scripts use a subcommand (see pomost --help)."
        }
        ErrTerminal => "the terminal stopped working ({}); Pomost has closed.",
        ErrBadNow => {
            "{} is {}, which is not a time: give it as 2026-11-23T12:00:00Z (RFC 3339) or as 2026-11-23 12:00 (Warsaw time), or unset it."
        }
        WeekTitle => "Week {} · {} – {}",
        NoSessionsThisWeek => "No sessions this week. [ ] change the week, g goes to a date.",
        Cancelled => "cancelled",
        FieldTheme => "Theme",
        FieldOrganiser => "Organiser",
        FieldMode => "Mode",
        FieldPlace => "Place",
        FieldLink => "Link",
        FieldNextDates => "Next dates",
        FieldCancelledDates => "Cancelled dates",
        NoDatesAhead => "no dates ahead",
        KeyPrevWeek => "previous week",
        KeyNextWeek => "next week",
        KeyThisWeek => "this week",
        KeyGoTo => "go to date",
        KeyExportIcs => "export iCalendar",
        KeyExportCsv => "save as CSV",
        KeyServiceHours => "service hours",
        KeyCancelOccurrence => "cancel / restore a date",
        KeyNewSession => "new session",
        KeyEditSession => "edit session",
        KeyDays => "days",
        GoToPrompt => "Go to date (YYYY-MM-DD): ",
        ExportPrompt => "Save the week as iCalendar to: ",
        ReportExportPrompt => "Save the report as CSV to: ",
        ReportExportedTo => "Saved the report to {}",
        ReportNotReady => "The report is still being computed",
        ErrInvalidDate => r#""{}" is not a date in the form YYYY-MM-DD (e.g. 2022-12-01)"#,
        ErrInvalidWeek => r#""{}" is not a week in the form YYYY-Www (e.g. 2022-W48)"#,
        ExportedTo => "Saved week {} to {}",
        ErrExport => "Could not save {}: {}",
        ErrExportOverDatabase => {
            "Not saved: {} is the database (or one of its files); choose another file name."
        }
        ServiceHoursShown => {
            "Service opening hours shown (topic filter of the Services screen: {})"
        }
        ServiceHoursHidden => "Service opening hours hidden",
        Now => "now",
        AllTopics => "all",
        CancelReasonPrompt => "Reason for cancelling (e.g. a holiday): ",
        OccurrenceCancelled => r#"Cancelled the {} occurrence of "{}"."#,
        OccurrenceRestored => r#"Restored the {} occurrence of "{}"."#,
        ErrReasonEmpty => "Give a reason so others know why it is cancelled.",
        ErrReadOnlyDb => "The database is read-only; the change is not possible.",
        CliNoSessionsThisWeek => "No sessions this week.",
        ProbNoWeekday => "choose at least one weekday",
        ProbUntilBeforeFrom => "the end date is before the start date",
        FormNewSession => "New session",
        FormEditSession => "Edit session",
        FormHint => "Tab/Shift-Tab fields · Ctrl-S save · Esc cancel",
        FormChoiceHint => "←/→ change",
        FormDaysHint => "←/→ day · space toggles",
        FormFixErrors => "Not saved: correct the marked fields.",
        FormDiscard => "Discard what you typed? y = yes, any other key = back to the form",
        FieldTitle => "Title",
        FieldTitleEn => "Title in English",
        FieldRepeat => "Repeats",
        FieldDays => "Days",
        FieldDate => "Date",
        FieldStarts => "Starts",
        FieldEnds => "Ends",
        FieldValidFrom => "From",
        FieldValidUntil => "Until",
        Weekly => "weekly",
        Once => "once",
        SessionSaved => r#"Saved the session "{}"."#,
        KeyNextField => "next field",
        KeySave => "save",
        KeyCancel => "cancel",
        KeyNewClientCode => "new client code",
        KeyOpenList => "open the list",
        KeyClearPicked => "clear the choice",
        KeyChangeChoice => "change the choice",
        KeyMoveDay => "previous / next day",
        KeyToggleDay => "day on / off",
        KeyNewLine => "new line in notes",
        KeyClearLine => "clear the line",
        KeyUndo => "undo",
        KeyTick => "tick / untick",
        KeyYes => "yes",
        KeyNo => "no",
        KeyOpenDraft => "open the draft",
        KeyDiscardDraft => "discard the draft",
        KeyClose => "close",
        ProbEndBeforeStart => "the end must be after the start",
        Loading => "Loading the directory…",
        ProbInFuture => "the date and time are in the future",
        ProbInvalidDateTime => {
            r#"not a date and time in the form YYYY-MM-DD HH:MM, or no such day: "{}""#
        }
        ProbYearOutOfRange => r#""{}" is outside the years {}–{}"#,
        ProbSkippedInWarsaw => {
            "{} does not exist in Warsaw (the clocks go forward from 02:00 to 03:00 that night)"
        }
        ProbClientCode => {
            r#"3–20 capital letters, digits or dashes (a code, not a name), not "{}""#
        }
        ProbNoTopic => "choose at least one topic",
        ProbUnknownService => r#"no service in the directory has the id "{}""#,
        ProbUnknownCountry => r#"unknown country code "{}" (ISO 3166-1, e.g. UA, BY, GE)"#,
        ProbUnknownCode => r#"unknown value "{}" (allowed: {})"#,
        ProbMinutes => r#"the duration is a number of minutes from 1 to 600, not "{}""#,
        ProbFollowUpPast => "the follow-up date is in the past",
        ConsToday => "today",
        ConsAllDates => "all dates",
        ConsMine => "mine",
        ConsEveryone => "everyone's",
        ConsNone => "No consultations in this view. n logs a new one, a changes the period.",
        ConsEarlier => "The client's earlier visits",
        ConsNoEarlier => "none",
        FieldClient => "Client",
        FieldStaff => "Staff member",
        FieldAt => "Date and time",
        FieldReferrals => "Referred to",
        FieldCountry => "Country of origin",
        FieldLanguageUsed => "Language used",
        FieldInterpreter => "Interpreter",
        InterpreterNotNeeded => "not needed",
        FieldCounty => "County",
        FieldGender => "Gender",
        FieldAgeBand => "Age band",
        FieldChannel => "Channel",
        FieldMinutes => "Minutes",
        FieldFollowUp => "Follow-up",
        FieldNotes => "Notes",
        CorrectedBy => "corrected by {} on {}",
        FollowUpsDue => "follow-ups due: {}",
        FollowUpDone => "done",
        GenderFemale => "female",
        GenderMale => "male",
        GenderOther => "other",
        ChannelPhone => "by phone",
        OutsidePomorskie => "outside Pomorskie",
        KeyNewConsultation => "new consultation",
        KeyCorrect => "correct",
        KeyFollowUps => "follow-ups",
        KeyMarkDone => "mark follow-up done",
        KeyMineAll => "mine / everyone",
        KeyPeriod => "today / all dates",
        FormNewConsultation => "New consultation",
        FormCorrectConsultation => "Correct the consultation",
        DraftOffered => {
            "You have an unsaved consultation draft from {}. Open it? Enter = open, Ctrl-D = discard it"
        }
        ConsultationSaved => "Saved the consultation of client {}.",
        ErrChangedMeanwhile => {
            "Not saved: {} changed this record ({}) after you opened it. Ctrl-S again saves yours as the newer version (theirs stays in the history); Esc and open it again to see theirs."
        }
        FollowUpMarked => "Follow-up marked done.",
        FollowUpsTitle => "Follow-ups due",
        PickerTitleTopics => "Topics (Tab ticks)",
        PickerTitleServices => "Refer to services (Tab ticks)",
        PickerTitleCountry => "Country of origin",
        PickerTitleResidence => "County of residence",
        PickerTitleLanguageUsed => "Language used",
        PickerTitleInterpreter => "Interpreter needed for",
        FormPickHint => "Enter: choose from a list",
        CliNoConsultations => "No consultations match.",
        ErrFromAfterTo => "--from {} is after --to {}: no day can match; swap the dates",
        KeyHistory => "history of changes",
        HistoryTitle => "History of changes",
        HistoryEntry => "version {} — replaced by {} on {}",
        HistoryNone => "This record was never corrected.",
        KeyDateRange => "date range",
        DateRangePrompt => "Dates (YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD): ",
        ErrBackupExists => {
            "{} already exists; give the name of a new file (a backup never overwrites)."
        }
        ErrBackup => "Could not write the backup {}: {}.",
        BackupDone => "Wrote a consistent copy of the database: {}",
        KeyClientFilter => "one client",
        ClientFilterPrompt => "Client code (empty: all clients): ",
        KeyOpenNow => "open now",
        KeyStale => "not verified lately",
        FilterOpenNow => "open",
        FilterStale => "stale",
        ErrUnknownGroup => {
            r#"there is no group "{}"; create it (groupadd) or give an existing one"#
        }
        SharedReady => {
            r#"The database {} is ready for the group {}: install pomost setgid to this group and add the staff with `pomost staff add` — not to the group (README, "Running on a shared server")."#
        }
        ErrReadOnlyFile => {
            r#"You can read {} but not change it: ask the administrator to add you to the database's group (see README, "Running on a shared server")."#
        }
        KeyRetired => r#"show retired"#,
        KeyVerify => r#"verified today"#,
        KeyRetire => r#"retire / restore"#,
        FilterRetired => r#"retired"#,
        RetireQuestion => {
            r#"Retire the service "{}"? It leaves the search but stays in the database. y = yes, any other key = no"#
        }
        RestoreQuestion => r#"Restore the service "{}"? y = yes, any other key = no"#,
        ServiceVerified => r#"Recorded: the service was verified today."#,
        ServiceRetired => r#"The service was retired (w: show retired ones)."#,
        ServiceRestored => r#"The service was restored."#,
        KeyMask => "hide / show client data",
        Masked => "data hidden *",
        ReportConsultations => "Consultations",
        ReportClients => "Distinct clients",
        ReportFollowUpsDone => "Follow-ups done",
        ReportFollowUpsOverdue => "Follow-ups overdue",
        ReportMinutes => "Minutes",
        ReportTopicsNote => {
            "A consultation with several topics counts once in the total and once under each of its topics."
        }
        PeriodThisMonth => "this month",
        PeriodLastMonth => "last month",
        PeriodQuarter => "this quarter",
        PeriodYear => "this year",
        PeriodCustom => "chosen dates",
        Computing => "computing…",
        KeyPeriodCycle => "period",
        KeyBreakdown => "breakdown",
        ErrNotStaff => {
            "{} is not on the staff list of {}. Ask a coordinator to run: pomost staff add {} --role desk"
        }
        ErrNeedsRole => "This needs the {} role; {} is {}. Ask a coordinator.",
        ErrNeedsUpgrade => {
            "{} has an older schema; open it once as a user who can write it, so it is upgraded."
        }
        RoleDesk => "desk",
        RoleCounselor => "counselor",
        RoleCoordinator => "coordinator",
        ErrNoUnixUser => {
            "There is no Unix user {} on this machine; create the account first (adduser), then add it."
        }
        ErrLastCoordinator => "{} is the last coordinator; add another coordinator first.",
        ErrStaffNotFound => "{} is not on the staff list (see: pomost staff list).",
        StaffAdded => "Added {} ({}) as {}.",
        StaffChanged => "{} ({}) is now {} (was {}).",
        StaffRemoved => "Removed {} ({}, {}) from the staff list.",
        StaffHeader => "USER|NAME|ROLE|SINCE|ADDED BY",
        AuditHeader => "WHEN|WHO|WHAT|RECORD|CHANGED",
        AuditNone => "No audit entries match.",
        ActCreate => "created",
        ActChange => "changed",
        ActErase => "erased",
        ActAnonymise => "anonymised",
        ActView => "viewed",
        ActRemove => "removed",
        KindConsultation => "consultation",
        KindService => "service",
        KindSession => "session",
        KindStaff => "staff",
        KindClient => "client",
        ReportsForCoordinators => "Reports and the audit trail are for coordinators; you are {}.",
        PurgePlan => {
            "Before {}: {} of {}. Their client codes and notes will be removed; dates, topics and every other statistical field stay, so reports give the same numbers."
        }
        PurgeNothing => "No consultation before {} holds a client code; nothing to purge.",
        ConfirmProceed => "Go on? [y/N] ",
        NothingChanged => "Nothing was changed (answer y, or give --yes).",
        PurgeDone => "Anonymised {} of {} before {}.",
        ErrPurgeFuture => {
            "--before {} is after today; a purge never touches today's or later consultations."
        }
        ClientNone => "No data is held about client code {}.",
        ErasePlan => "Client {}: {}, with their history, will be erased for good.",
        EraseDone => "Erased client {}: {}.",
        Anonymised => "(anonymised)",
        ErrGone => "That record is no longer in the database (someone removed it).",
        KeyAudit => "audit trail",
        AuditTitle => "Audit trail",
        AuditBefore => "before",
        AuditAfter => "after",
        ProbUnknownTopic => "unknown topic \"{}\"",
        ProbUnknownCounty => "unknown county \"{}\"",
        ProbUnknownLanguage => "unknown language code \"{}\" (ISO 639-1, e.g. uk, ru, en)",
        ProbScheduleLine => "line {}: {}",
        ProbScheduleDays => "weekdays like Mon-Fri or pn,śr, not \"{}\"",
        ProbScheduleHours => "hours like 09:00-15:00, not \"{}\"",
        ProbScheduleWord => "after the hours only \"from DATE\" and \"to DATE\", not \"{}\"",
        ProbPhone => "not a phone number: \"{}\" (digits, spaces, + - ( ) /)",
        ProbAddress => {
            "write the address as: street and number, postal code city (e.g. ul. Długa 1, 80-001 Gdańsk)"
        }
        FormNewService => "New service",
        FormEditService => "Edit service",
        FieldServiceName => "Name",
        FieldServiceNameEn => "Name in English",
        FieldNewOrganisation => "…or new organisation",
        FieldDescriptionEn => "What (in English)",
        FieldLanguageCodes => "Languages (codes)",
        FieldOpeningHours => "Opening hours",
        FieldEmail => "E-mail",
        FieldPhones => "Phones",
        FieldWebsite => "Web page",
        FieldAddress => "Address",
        FieldOnlineLink => "Online (link)",
        FieldFreeOfCharge => "Free of charge",
        FieldFees => "Fees",
        Paid => "paid",
        PickerTitleOrganisation => "Organisation",
        PickerTitleAreas => "Counties served (Tab ticks)",
        KeyNewService => "new service",
        KeyEditService => "edit service",
        ServiceSaved => "Saved the service \"{}\".",
        HintOpeningHours => "one rule per line: Mon-Fri 09:00-15:00 from 2026-01-01 to 2026-06-30",
        WaitingForSave => "waiting for another user's save…",
        ErrBusy => {
            "Not saved: another user's save held the database for over {} s. What you typed is kept; try again."
        }
        ErrBusyCli => {
            "Nothing was written: another user's save held the database for over {} s; try again."
        }
        FieldWhoEn => "Who for (in English)",
        FieldApplyEn => "How to apply (in English)",
        FieldFeesEn => "Fees (in English)",
        ErrAnonymised => {
            "This consultation was anonymised (its client code and notes removed); it can no longer be corrected."
        }
        KindOrganisation => "organisation",
        RemovedFromStaff => {
            "You are no longer on the staff list; ask a coordinator. Nothing can be changed now."
        }
        HelpScroll => "j/k ↑↓ scroll",
        // shell: the whole-timetable calendar, the shell's help and usage errors
        CalendarAllTitle => "Pomost timetable",
        ErrAllNeedsIcs => "--all exports a calendar: give it with --format ics.",
        VersionDatabase => "Database {}: schema version {} (this program's: {}).",
        HelpUsage => "Usage:",
        HelpCommands => "Commands",
        HelpOptions => "Options",
        HelpArguments => "Arguments",
        HelpFlagHelp => "Print help",
        HelpFlagVersion => "Print the version (and the database's schema version)",
        ErrUsageUnknownArgument => "{} is not an option of {}; see {} --help.",
        ErrUsageUnknownCommand => "\"{}\" is not a command of {}; see {} --help.",
        ErrUsageNoValue => "{} needs a value.",
        ErrUsageNotOneOf => "{}: \"{}\" is not one of {}.",
        ErrUsageBadValue => "{}: \"{}\" is not a valid value.",
        ErrUsageMissing => "{} must be given; see {} --help.",
        ErrUsageConflict => "{} cannot be given together with {}.",
        ErrUsageNoCommand => "{} needs a command; see {} --help.",
        ErrUsageValues => "{} was given the wrong number of values; see {} --help.",
        ErrUsageOther => "The command line of {} could not be read; see {} --help.",
        AboutPomost => {
            "Pomost: services directory, consultations and timetable for a migrant help desk."
        }
        AboutInit => "Create a database and seed it with the shipped catalogue.",
        AboutReport => {
            "Counts of consultations for a period, by topic, country, county, channel, gender, age band or staff member, with totals."
        }
        AboutBackup => "Write a consistent copy of the database while others keep working.",
        AboutServices => "Search, export or import the services directory.",
        AboutServicesSearch => "Search the directory, ranked as in the interactive screen.",
        AboutServicesExport => "Print the directory: HSDS 3.0 JSON (default) or CSV.",
        AboutServicesImport => "Check a file of HSDS 3.0 (a service, an array of them, an API page, an organisation with its services, or the tabular CSV package as a folder or zip), then add or update the services by id.",
        AboutTopics => {
            "The topics' everyday words (what `services search` and the screen understand), and the coordinators' words file."
        }
        AboutTopicsWords => {
            "List the everyday words that find each topic's services, and check the coordinators' words file."
        }
        AboutTimetable => {
            "The sessions of one week as text, JSON or iCalendar, or every session as one calendar."
        }
        AboutLog => "Log one consultation non-interactively; prints its id (a UUID).",
        AboutConsultations => "List or export consultations, newest first.",
        AboutConsultationsList => "Show consultations, newest first (default format: table).",
        AboutConsultationsExport => "Print consultations for a spreadsheet or a script, newest first (default format: csv, with a header row; lists are joined with \"; \").",
        AboutStaff => {
            "Who may use the database, in which role: desk, counselor, coordinator (coordinators only)."
        }
        AboutStaffAdd => "Add a staff member, or change the role or name of one already listed.",
        AboutStaffList => "List the staff, with roles.",
        AboutStaffRemove => "Remove a staff member (their consultations and history stay).",
        AboutAudit => "Who created, changed, erased or looked at what (coordinators only).",
        AboutPurge => {
            "Anonymise the consultations before a day, keeping every report's numbers (coordinators only)."
        }
        AboutClient => {
            "Everything held about one client code as JSON, or its erasure (coordinators only)."
        }
        AboutClientExport => "Print everything held about a client code as JSON (a subject access request); the look is recorded in the audit trail.",
        AboutClientErase => "Erase everything held about a client code; the audit trail keeps only that an erasure happened, by whom and when.",
        AboutCompletions => "Print a completion script for a shell: bash, zsh or fish.",
        AboutMan => {
            "Print the man page of pomost or of one of its commands (e.g. `pomost man report`)."
        }
        // Lines kept as printed (the indentation is part of the text).
        HelpEnvironment => {
            "Environment:
  POMOST_DB            the database file, when neither --db nor the system settings give one
  POMOST_LANG          the interface language (pl, en, uk), when --lang is not given
  LC_ALL, LC_MESSAGES, LANG
                       the locale, when no option or settings file gives the language
  POMOST_NOW           the clock, for tests and training (\"2026-11-23 12:00\", Warsaw time)
  POMOST_BUSY_LIMIT    seconds to wait for another user's save (default 30)
  POMOST_STALE_MONTHS  months after which a service counts as not verified (default 6)
  POMOST_SYSTEM_CONFIG another system settings file than /etc/pomost/pomost.toml (for tests)
  NO_COLOR             when set and not empty, the screen uses no colours
  TERM, COLORFGBG      without colours, whether the QR card is drawn for a dark
                       background (TERM=linux, or a dark COLORFGBG)
  XDG_DATA_HOME, HOME  where the default database is: $XDG_DATA_HOME/pomost/pomost.db,
                       else ~/.local/share/pomost/pomost.db
  XDG_CONFIG_HOME      where your settings are: $XDG_CONFIG_HOME/pomost/pomost.toml,
                       else ~/.config/pomost/pomost.toml
  USER                 who is working, only when the system's user list cannot say"
        }
        HelpCommandHelp => "Print this message or the help of the given command",
        AboutServicesSearchLong => {
            "Search the directory, ranked as in the interactive screen.

The query is read as on the screen: a place of Pomorskie (`Słupsk`, `w Słupsku`, `Kartuzy`, `kartuski`) narrows to the services serving it, and everyday words for a need (`prawnik`, `робота`, `karta pobytu`) also find their topic's services. The words come from the shipped table and from words.tsv beside the database (see `pomost topics words --help`)."
        }
        AboutTopicsWordsLong => {
            "List the everyday words that find each topic's services, and check the coordinators' words file.

A search word (or phrase) equal to one of these words, ignoring case and diacritics, also finds the services of its topic (\"prawnik\", \"юрист\" → legal). The shipped words are built in; add your own, without rebuilding, in words.tsv in the directory of the database (for the default database ~/.local/share/pomost/words.tsv). One line per topic and language: a topic code, a tab, a language code (pl, en, uk, ru …), a tab, then words or phrases separated by commas, e.g.

  legal<TAB>pl<TAB>mecenas, mecenasa, kancelaria

Lines starting with # are comments. A bad line is left out and named (file and line) on stderr; the rest of the file still counts. The words are read when the screen loads the directory and by every `services search`."
        }
        OptDb => "Database file (default: the system settings' database, else $POMOST_DB, else ~/.local/share/pomost/pomost.db)",
        OptLang => "Interface language (default: $POMOST_LANG, else your settings, else the locale). Give it before the subcommand: `services search --lang` filters by the service's language",
        OptInitEmpty => "Only the topics and counties, without the shipped services and sessions",
        OptInitShared => "Prepare the database for the staff of this Unix group: the directory setgid and group-writable, the database and its -wal/-shm files readable and writable by the group, nothing by others",
        OptReportFrom => "First day (YYYY-MM-DD; default: no lower bound)",
        OptReportTo => "Last day, inclusive (YYYY-MM-DD; default: no upper bound)",
        OptReportBy => "What to count by",
        OptFormat => "Output format",
        OptBackupFile => "The new file (must not exist yet)",
        OptSearchQuery => "Words to look for (all must match; diacritics optional)",
        OptSearchTopic => "Only services with this topic code (e.g. legalisation, legal, language)",
        OptSearchLanguage => "Only services in this language (ISO 639-1, e.g. uk, ru, pl)",
        OptSearchCounty => "Only services serving this county (e.g. Gdańsk, kartuski)",
        OptSearchFree => "Only services stated to be free of charge",
        OptSearchOpenNow => "Only services open at this moment (Europe/Warsaw), by their schedules",
        OptSearchStale => "Only services not verified for more than 6 months ($POMOST_STALE_MONTHS), oldest verification first",
        OptSearchRetired => "Include retired services (left out of every search otherwise)",
        OptSearchJson => "Print JSON (how the query was read, and the services found) instead of a table",
        OptImportFile => "The file or folder (HSDS 3.0 JSON, or the tabular package: a folder or zip with datapackage.json)",
        OptWordsTopic => "Only the words of this topic code (e.g. legal, employment)",
        OptWordsCheck => "Exit with 2 when a line of the words file is left out",
        OptWeek => "The ISO week, e.g. 2022-W48 (default: this week in Warsaw)",
        OptWeekDate => "Any date of the week, e.g. 2022-12-01",
        OptTimetableAll => "Every session as one calendar, each series once (with --format ics): imported once, it stays right as sessions change",
        OptTimetableFrom => "With --all: only sessions that take place on or after this day",
        OptTimetableTo => "With --all: only sessions that take place on or before this day",
        OptLogClient => "The client's code (required): 3–20 capital letters A–Z, digits and dashes, e.g. K-7QX2MA; a pseudonym, never a name. Lower case is upper-cased",
        OptLogTopic => "A topic code (required; repeat for several): legalisation, legal, employment, language, education, health, housing, social-assistance, family, psychological, crisis, discrimination, exclusion, culture, sport, communication, community, safety",
        OptLogAt => "When it took place, Warsaw time (default: now); for a consultation logged later",
        OptLogChannel => "How it took place: in-person (default), phone or online",
        OptLogGender => "female, male, other or not-stated (default)",
        OptLogAgeBand => "0-17, 18-29, 30-44, 45-64, 65+ or not-stated (default)",
        OptLogCountry => "Country of origin, ISO 3166-1 alpha-2 (e.g. UA, BY, GE)",
        OptLogLanguage => "Language used in the consultation, ISO 639-1 (e.g. uk, ru, pl)",
        OptLogInterpreter => "The language an interpreter was needed for, ISO 639-1 (e.g. uk), from the same list as --language; `none` (the default) when none was needed",
        OptLogCounty => "County of residence (e.g. Gdańsk, kartuski; diacritics optional), outside-pomorskie, or not-stated (default)",
        OptLogRefer => "The id of a service the client was referred to (repeat for several; ids are in `pomost services search … --json`)",
        OptLogMinutes => "Duration in minutes, 1–600",
        OptLogFollowUp => "Follow-up date, today or later",
        OptLogNote => "Notes: what was done (may start with a dash)",
        OptConsultationsFrom => "From this day on (default: the earliest)",
        OptConsultationsTo => "Up to and including this day (default: the latest)",
        OptConsultationsClient => "Only this client's consultations (the client code; case does not matter)",
        OptConsultationsFormat => "Output format (default: table for list, csv for export)",
        OptStaffAddUser => "Their Unix user name (the account they log in with)",
        OptStaffRole => "What they may do",
        OptStaffName => "Their name as colleagues know it (default: the name already listed, else the account's full name, else the user name)",
        OptStaffJson => "Print a JSON array instead of a table",
        OptStaffRemoveUser => "Their Unix user name",
        OptAuditSince => "Only entries from this day on (YYYY-MM-DD, Warsaw time)",
        OptAuditUser => "Only what this Unix user did",
        OptPurgeBefore => "Anonymise the consultations before this day (YYYY-MM-DD)",
        OptYes => "Do it without asking",
        OptClientCode => "The client code",
        OptCompletionsShell => "The shell: bash, zsh or fish (elvish and powershell work too)",
        OptManCommand => "The command whose page to print, e.g. `report` or `services search` (default: pomost itself)",
        AboutDoctor => "Check a shared installation: settings, file modes and owners, the program's setgid, the database, backups and staff; one line each",
        OptInitBackups => "With --shared: the folder the nightly `pomost backup --into` writes to (made when missing, root's alone), named in the system settings for `pomost doctor`",
        OptBackupInto => "Write a dated copy (pomost-YYYY-MM-DD-HHMMSS.db) into this folder instead",
        OptBackupKeep => "With --into: keep this many dated copies, deleting the oldest beyond",
        // shared (issue #16): the setgid installation, doctor, backups.
        ErrSettings => {
            r#"the settings {} cannot be used, so they were left out; correct the file or remove it"#
        }
        SharedSettingsWritten => {
            r#"Wrote the system settings {}: every pomost run on this server now uses this database, with no setting of its own."#
        }
        ErrSettingsWrite => r#"Could not write the system settings {}: {}. Run this as root."#,
        BackupRemoved => r#"Removed the oldest backup beyond the number kept: {}"#,
        ErrBackupInto => r#"{} is not a folder; give an existing folder to --into"#,
        DoctorOk => r#"ok: {}"#,
        DoctorFix => r#"to fix: {} — {}"#,
        DoctorAllWell => r#"Everything checked is in order."#,
        DoctorProblems => r#"Things to fix: {}."#,
        DrSettings => r#"the system settings {} name the database {} and the group {}"#,
        DrNoSettings => r#"there are no system settings {}"#,
        DrRunInit => {
            r#"as root, run `pomost init --shared GROUP --db PATH` (README, "Running on a shared server")"#
        }
        DrBadSettings => r#"the system settings cannot be used: {}"#,
        DrFixSettings => {
            r#"correct the file, or write it again with `pomost init --shared GROUP --db PATH`"#
        }
        DrFile => r#"{} is {} {}:{}"#,
        DrFixFile => r#"run: chgrp {} {} && chmod {} {}"#,
        DrMissing => r#"{} does not exist"#,
        DrBinary => r#"the program {} is setgid to the group {}"#,
        DrBinaryNot => r#"the program {} is not setgid to the group {} (it is {} {}:{})"#,
        DrNoMembers => r#"nobody is a member of the group {}: only pomost opens the database"#,
        DrMember => r#"{} is a member of the group {} and can open the database without Pomost"#,
        DrFixMember => r#"run: gpasswd -d {} {}"#,
        DrSound => r#"SQLite's quick_check finds {} sound"#,
        DrDamaged => r#"{} is damaged: {}"#,
        DrRestore => r#"restore the last backup (README, "Backups")"#,
        DrJournal => r#"the journal mode is WAL"#,
        DrJournalNot => r#"the journal mode is {}, not WAL"#,
        DrFixJournal => r#"run any pomost command on it as root once (it switches to WAL)"#,
        DrBackup => r#"the newest backup in {} is {}, {} h old"#,
        DrBackupOld => r#"the newest backup in {} is {} h old"#,
        DrNoBackup => r#"there is no backup in {}"#,
        DrNoBackupDir => r#"the system settings name no backup folder"#,
        DrFixBackups => {
            r#"run `pomost backup --into DIR --keep N` nightly and name DIR as `backups` in the system settings (README, "Backups")"#
        }
        DrStaff => r#"every staff member ({}) has a Unix account"#,
        DrStaffGone => r#"the staff member {} has no Unix account any more"#,
        DrFixStaff => r#"run: pomost staff remove {}"#,
        DrCatalogue => r#"the directory is as recent as the shipped catalogue"#,
        DrCatalogueNewer => {
            r#"the shipped catalogue has {} services checked more recently than the database's"#
        }
        DrFixCatalogue => {
            r#"a coordinator can review data/services.json and bring it in with `pomost services import`"#
        }
        DrNoDatabaseChecks => r#"the database could not be checked: {}"#,
        DrFixAccess => r#"run `pomost doctor` as root or as a coordinator"#,
        ErrGiveUpGroup => r#"could not give up the data group ({}); nothing was done"#,
        // desk: the referral in 20 keys (issue #13).
        FormNewCodeHint => "Ctrl-N new code",
        KeyGoToFields => "minutes/follow-up/notes",
        ReferralSaved => "Saved {}, referred to {}.",
        // Branch hsds: importing any HSDS 3.0 serialisation.
        CliImportRead => "Read {} as HSDS 3.0 ({}): {}.",
        CliImportCame => "Came in: {}, {}, {}.",
        CliImportKept => "Kept as given without being modelled (written back on export): {}",
        CliImportSkipped => "Skipped {} invalid records (the others were imported):",
        CliImportSkippedOne => "record {} (id {}), field {}: {}",
        CliDryRun => "Dry run: nothing was changed.",
        CliDryAdd => "would add: {} ({})",
        CliDryUpdate => "would update: {} ({})",
        CliDryField => "  {}: {} → {}",
        CliDryUnchanged => "unchanged: {}",
        ErrTabular => "the tabular package cannot be read: {}",
        FieldAlternateName => "Also known as",
        FieldAlert => "Notice",
        FieldInterpretation => "Interpretation",
        FieldAges => "Ages",
        FieldPeople => "People to ask",
        FieldDocuments => "Documents to bring",
        FieldCostOptions => "Cost options",
        FieldAccessibility => "Accessibility",
        FieldAddresses => "Addresses as given",
        FieldCoordinates => "Coordinates",
        FieldOtherHours => "Other hours",
        FieldTerms => "Publisher's categories",
        CliMapNone => "No terms of other taxonomies are mapped to topics.",
        CliMapped => "The term {} {} now leads to the topic {} (services with the term: {}).",
        CliMapRemoved => "Removed {} mappings of the term {} {}.",
        CliAllMapped => "Every imported service is reached by a topic.",
        ColTaxonomy => "Taxonomy",
        ColTerm => "Term",
        ColTerms => "Publisher's terms",
        ErrMapTermEmpty => "give the term's code (taxonomy_term.code)",
        RuleMonthly => "monthly",
        RuleEveryMonths => "every {} months",
        RuleEveryWeeks => "every {} weeks",
        RuleFirst => "1st",
        RuleSecond => "2nd",
        RuleThird => "3rd",
        RuleFourth => "4th",
        RuleLast => "last",
        RuleNthWeekday => "{} {} of the month",
        RuleMonthDays => "day {} of the month",
        RuleCount => "{} times",
        CliImportLoneOrgs => {
            "{} organisations without services were not imported (the directory lists services)."
        }
        // card: the client's card and its QR code (issue #17)
        KeyCard => "client's card (QR)",
        KeyCardLanguage => "card language",
        KeyCardCopy => "copy as text",
        KeyCardInvert => "invert colours",
        CardTitle => "Card for the client · {}",
        CardScan => "The client scans the code with a phone camera and gets this text:",
        CardDropped => "Left out to fit the screen: {}",
        CardTooSmall => {
            "The window is too small for the QR code: enlarge it, or copy the card as text (y)."
        }
        CardCopied => "Card copied ({}): paste it into an SMS or an e-mail.",
        ErrUnknownSession => "no session of the timetable has the id \"{}\"",
        ErrCardTooLong => "the card is too long for a QR code; print it as text (--format text).",
        FieldServiceNameUk => "Name in Ukrainian",
        FieldDescriptionUk => "What (in Ukrainian)",
        FieldApplyUk => "How to apply (Ukrainian)",
        // panes: details to read whole, messages, footer, local times, history in words
        MoreAbove => "↑ more above",
        MoreBelow => "↓ more below",
        KeyTopEnd => "top/end",
        KeyListPane => "leave the details",
        FieldFollowUpDone => "Follow-up done",
        HistoryNoChange => "nothing that is shown changed",
        // lists (branch `lists`): issue 14
        FollowUpDoneQuestion => {
            "Mark done the follow-up of client {} due {}? y = yes, any other key = no"
        }
        NoFollowUpToMark => "This consultation has no follow-up to mark done.",
        FollowUpAlreadyDone => "The follow-up of this consultation is already marked done.",
        ReplaceFileQuestion => {
            "The file {} already exists. Replace it? y = yes, any other key = no"
        }
        FileKept => "Nothing was written: {} is kept as it was.",
        FieldAtSameTime => "At the same time",
        NeverVerified => "never",
        SessionMayBeOld => "{} — not checked for a long time: it may no longer take place",
        KeyEndSeries => "end the series",
        EndSeriesPrompt => "The last day of the series (YYYY-MM-DD):",
        SeriesEnded => "The series now ends on {}: {}",
        ErrNotASeries => "This session takes place once; only a weekly series can be ended.",
        ErrEndBeforeStart => "The series starts on {}; it cannot end before that.",
        CountConsultations => "consultation|consultations",
        CountClients => "client|clients",
        CountServices => "service|services",
        CountOrganisations => "organisation|organisations",
        CountPlaces => "place|places",
        DrPersonal => {
            r#"there are no system settings {}: {} is checked as a personal database (for a shared server, see the README, "Running on a shared server")"#
        }
        DrRunInitPersonal => "create it with `pomost init --db PATH`",
        DrFixPersonal => "run: chmod 600 {}",
        CountSessions => "session|sessions",
        ErrNoSuchDay => "There is no day {}: that month has {} days.",
        ProbClientCodeMissing => "give the client's code: 3–20 capital letters, digits or dashes",
        RetiredMark => "retired",
        // lead: translated help of the commands merged last (issue #18)
        OptImportDryRun => "Print what would be added, updated (field by field) and kept without being modelled; change nothing",
        OptImportSkipInvalid => "Import the valid records and list each refused one (record number, id, field, reason) instead of refusing the whole file",
        AboutServicesCard => "A service's card for the client, in their language: name, organisation, address or link, opening hours, phone, e-mail, web page, how to apply, documents. Nothing about the client is recorded",
        AboutTimetableCard => "A session's card for the client, in their language: title, organiser, when, where or the link, contact, who it is for. Nothing about the client is recorded",
        OptCardId => "The id (a UUID; its first characters are enough when no other id begins with them)",
        OptCardLang => "The client's language: the card's labels and hours, and the record's own texts where the directory has them in it (else Polish). Default: the interface language",
        OptCardFormat => "Output format: text to print or send, JSON, or a QR code (black on white on a terminal; dark modules as characters when piped)",
        AboutTopicsMap => "Map a term of another taxonomy to a Pomost topic, or list the mappings.",
        AboutTopicsMapLong => "Map a term of another taxonomy to a Pomost topic, or list the mappings.\n\nServices imported from HSDS carry their publisher's taxonomy terms (attributes[].taxonomy_term: its taxonomy and code). A mapped term makes its services found under the topic in the topic filter and in searches, from now on and for later imports; the services' own data is not changed and the export writes the publisher's terms as they were. A term may be mapped to several topics. Examples:\n\n  pomost topics map \"AIRS/211 LA County\" LH-2000 legal\n  pomost topics map --list\n  pomost topics map --remove \"AIRS/211 LA County\" LH-2000\n\nGive \"\" as the taxonomy for terms that name none. `pomost topics unmapped` lists the imported services no topic reaches, with their terms.",
        OptMapTaxonomy => "The other taxonomy's name as the files give it (taxonomy_term.taxonomy)",
        OptMapTerm => "The term's code (taxonomy_term.code)",
        OptMapTopic => "The Pomost topic code (e.g. legal, employment); with --remove, optional",
        OptMapList => "List the mappings instead",
        OptMapRemove => "Remove the term's mapping (to TOPIC, or to every topic)",
        AboutTopicsUnmapped => "List the imported services no topic reaches (neither their own nor a mapped term's), with their publisher's terms, to map them",
        OptConsultationsText => "Only consultations whose notes, client code or topics hold these words (each as the start of a word; case and diacritics do not matter), read as the screen's full-text search reads them",
        // sheets: CSV for spreadsheets (--excel) and the directory's CSV headers
        CsvId => "ID",
        CsvOrganisationId => "Organisation ID",
        OptExcel => "CSV for Excel or LibreOffice in a Polish locale: UTF-8 with a byte order mark, \";\" between cells (implies --format csv)",
        ErrExcelNeedsCsv => "--excel writes CSV: leave out --format or give --format csv.",
        // tongue: the organiser of a session in English (issue #14)
        FieldOrganiserEn => "Organiser in English",
        FieldThemeEn => "Theme in English",
    }
}

/// Country names by ISO 3166-1 code.
#[rustfmt::skip]
const COUNTRIES: &[(&str, &str)] = &[
    ("AD", "Andorra"), ("AE", "United Arab Emirates"), ("AF", "Afghanistan"),
    ("AG", "Antigua and Barbuda"), ("AI", "Anguilla"), ("AL", "Albania"), ("AM", "Armenia"),
    ("AO", "Angola"), ("AQ", "Antarctica"), ("AR", "Argentina"), ("AS", "American Samoa"),
    ("AT", "Austria"), ("AU", "Australia"), ("AW", "Aruba"), ("AX", "Åland Islands"),
    ("AZ", "Azerbaijan"), ("BA", "Bosnia and Herzegovina"), ("BB", "Barbados"),
    ("BD", "Bangladesh"), ("BE", "Belgium"), ("BF", "Burkina Faso"), ("BG", "Bulgaria"),
    ("BH", "Bahrain"), ("BI", "Burundi"), ("BJ", "Benin"), ("BL", "Saint Barthélemy"),
    ("BM", "Bermuda"), ("BN", "Brunei"), ("BO", "Bolivia"),
    ("BQ", "Bonaire, Sint Eustatius and Saba"), ("BR", "Brazil"), ("BS", "Bahamas"),
    ("BT", "Bhutan"), ("BV", "Bouvet Island"), ("BW", "Botswana"), ("BY", "Belarus"),
    ("BZ", "Belize"), ("CA", "Canada"), ("CC", "Cocos (Keeling) Islands"),
    ("CD", "Democratic Republic of the Congo"), ("CF", "Central African Republic"),
    ("CG", "Congo"), ("CH", "Switzerland"), ("CI", "Côte d'Ivoire"), ("CK", "Cook Islands"),
    ("CL", "Chile"), ("CM", "Cameroon"), ("CN", "China"), ("CO", "Colombia"),
    ("CR", "Costa Rica"), ("CU", "Cuba"), ("CV", "Cabo Verde"), ("CW", "Curaçao"),
    ("CX", "Christmas Island"), ("CY", "Cyprus"), ("CZ", "Czechia"), ("DE", "Germany"),
    ("DJ", "Djibouti"), ("DK", "Denmark"), ("DM", "Dominica"), ("DO", "Dominican Republic"),
    ("DZ", "Algeria"), ("EC", "Ecuador"), ("EE", "Estonia"), ("EG", "Egypt"),
    ("EH", "Western Sahara"), ("ER", "Eritrea"), ("ES", "Spain"), ("ET", "Ethiopia"),
    ("FI", "Finland"), ("FJ", "Fiji"), ("FK", "Falkland Islands"), ("FM", "Micronesia"),
    ("FO", "Faroe Islands"), ("FR", "France"), ("GA", "Gabon"), ("GB", "United Kingdom"),
    ("GD", "Grenada"), ("GE", "Georgia"), ("GF", "French Guiana"), ("GG", "Guernsey"),
    ("GH", "Ghana"), ("GI", "Gibraltar"), ("GL", "Greenland"), ("GM", "Gambia"),
    ("GN", "Guinea"), ("GP", "Guadeloupe"), ("GQ", "Equatorial Guinea"), ("GR", "Greece"),
    ("GS", "South Georgia and the South Sandwich Islands"), ("GT", "Guatemala"), ("GU", "Guam"),
    ("GW", "Guinea-Bissau"), ("GY", "Guyana"), ("HK", "Hong Kong"),
    ("HM", "Heard Island and McDonald Islands"), ("HN", "Honduras"), ("HR", "Croatia"),
    ("HT", "Haiti"), ("HU", "Hungary"), ("ID", "Indonesia"), ("IE", "Ireland"),
    ("IL", "Israel"), ("IM", "Isle of Man"), ("IN", "India"),
    ("IO", "British Indian Ocean Territory"), ("IQ", "Iraq"), ("IR", "Iran"), ("IS", "Iceland"),
    ("IT", "Italy"), ("JE", "Jersey"), ("JM", "Jamaica"), ("JO", "Jordan"), ("JP", "Japan"),
    ("KE", "Kenya"), ("KG", "Kyrgyzstan"), ("KH", "Cambodia"), ("KI", "Kiribati"),
    ("KM", "Comoros"), ("KN", "Saint Kitts and Nevis"), ("KP", "North Korea"),
    ("KR", "South Korea"), ("KW", "Kuwait"), ("KY", "Cayman Islands"), ("KZ", "Kazakhstan"),
    ("LA", "Laos"), ("LB", "Lebanon"), ("LC", "Saint Lucia"), ("LI", "Liechtenstein"),
    ("LK", "Sri Lanka"), ("LR", "Liberia"), ("LS", "Lesotho"), ("LT", "Lithuania"),
    ("LU", "Luxembourg"), ("LV", "Latvia"), ("LY", "Libya"), ("MA", "Morocco"),
    ("MC", "Monaco"), ("MD", "Moldova"), ("ME", "Montenegro"),
    ("MF", "Saint Martin (French part)"), ("MG", "Madagascar"), ("MH", "Marshall Islands"),
    ("MK", "North Macedonia"), ("ML", "Mali"), ("MM", "Myanmar"), ("MN", "Mongolia"),
    ("MO", "Macao"), ("MP", "Northern Mariana Islands"), ("MQ", "Martinique"),
    ("MR", "Mauritania"), ("MS", "Montserrat"), ("MT", "Malta"), ("MU", "Mauritius"),
    ("MV", "Maldives"), ("MW", "Malawi"), ("MX", "Mexico"), ("MY", "Malaysia"),
    ("MZ", "Mozambique"), ("NA", "Namibia"), ("NC", "New Caledonia"), ("NE", "Niger"),
    ("NF", "Norfolk Island"), ("NG", "Nigeria"), ("NI", "Nicaragua"), ("NL", "Netherlands"),
    ("NO", "Norway"), ("NP", "Nepal"), ("NR", "Nauru"), ("NU", "Niue"), ("NZ", "New Zealand"),
    ("OM", "Oman"), ("PA", "Panama"), ("PE", "Peru"), ("PF", "French Polynesia"),
    ("PG", "Papua New Guinea"), ("PH", "Philippines"), ("PK", "Pakistan"), ("PL", "Poland"),
    ("PM", "Saint Pierre and Miquelon"), ("PN", "Pitcairn"), ("PR", "Puerto Rico"),
    ("PS", "Palestine"), ("PT", "Portugal"), ("PW", "Palau"), ("PY", "Paraguay"),
    ("QA", "Qatar"), ("RE", "Réunion"), ("RO", "Romania"), ("RS", "Serbia"), ("RU", "Russia"),
    ("RW", "Rwanda"), ("SA", "Saudi Arabia"), ("SB", "Solomon Islands"), ("SC", "Seychelles"),
    ("SD", "Sudan"), ("SE", "Sweden"), ("SG", "Singapore"),
    ("SH", "Saint Helena, Ascension and Tristan da Cunha"), ("SI", "Slovenia"),
    ("SJ", "Svalbard and Jan Mayen"), ("SK", "Slovakia"), ("SL", "Sierra Leone"),
    ("SM", "San Marino"), ("SN", "Senegal"), ("SO", "Somalia"), ("SR", "Suriname"),
    ("SS", "South Sudan"), ("ST", "Sao Tome and Principe"), ("SV", "El Salvador"),
    ("SX", "Sint Maarten (Dutch part)"), ("SY", "Syria"), ("SZ", "Eswatini"),
    ("TC", "Turks and Caicos Islands"), ("TD", "Chad"), ("TF", "French Southern Territories"),
    ("TG", "Togo"), ("TH", "Thailand"), ("TJ", "Tajikistan"), ("TK", "Tokelau"),
    ("TL", "Timor-Leste"), ("TM", "Turkmenistan"), ("TN", "Tunisia"), ("TO", "Tonga"),
    ("TR", "Türkiye"), ("TT", "Trinidad and Tobago"), ("TV", "Tuvalu"), ("TW", "Taiwan"),
    ("TZ", "Tanzania"), ("UA", "Ukraine"), ("UG", "Uganda"),
    ("UM", "United States Minor Outlying Islands"), ("US", "United States"), ("UY", "Uruguay"),
    ("UZ", "Uzbekistan"), ("VA", "Vatican City"), ("VC", "Saint Vincent and the Grenadines"),
    ("VE", "Venezuela"), ("VG", "British Virgin Islands"), ("VI", "U.S. Virgin Islands"),
    ("VN", "Vietnam"), ("VU", "Vanuatu"), ("WF", "Wallis and Futuna"), ("WS", "Samoa"),
    ("YE", "Yemen"), ("YT", "Mayotte"), ("ZA", "South Africa"), ("ZM", "Zambia"),
    ("ZW", "Zimbabwe"),
];

/// Language names by ISO 639-1 code.
#[rustfmt::skip]
const LANGUAGES: &[(&str, &str)] = &[
    ("am", "Amharic"), ("ar", "Arabic"), ("az", "Azerbaijani"), ("be", "Belarusian"),
    ("bg", "Bulgarian"), ("bn", "Bengali"), ("bs", "Bosnian"), ("cs", "Czech"),
    ("da", "Danish"), ("de", "German"), ("el", "Greek"), ("en", "English"), ("es", "Spanish"),
    ("et", "Estonian"), ("fa", "Persian"), ("fi", "Finnish"), ("fr", "French"),
    ("he", "Hebrew"), ("hi", "Hindi"), ("hr", "Croatian"), ("hu", "Hungarian"),
    ("hy", "Armenian"), ("id", "Indonesian"), ("it", "Italian"), ("ja", "Japanese"),
    ("ka", "Georgian"), ("kk", "Kazakh"), ("ko", "Korean"), ("ku", "Kurdish"), ("ky", "Kyrgyz"),
    ("lt", "Lithuanian"), ("lv", "Latvian"), ("mk", "Macedonian"), ("ne", "Nepali"),
    ("nl", "Dutch"), ("no", "Norwegian"), ("pl", "Polish"), ("ps", "Pashto"),
    ("pt", "Portuguese"), ("ro", "Romanian"), ("ru", "Russian"), ("sk", "Slovak"),
    ("sl", "Slovenian"), ("so", "Somali"), ("sq", "Albanian"), ("sr", "Serbian"),
    ("sv", "Swedish"), ("sw", "Swahili"), ("ta", "Tamil"), ("tg", "Tajik"), ("th", "Thai"),
    ("ti", "Tigrinya"), ("tk", "Turkmen"), ("tl", "Tagalog"), ("tr", "Turkish"),
    ("uk", "Ukrainian"), ("ur", "Urdu"), ("uz", "Uzbek"), ("vi", "Vietnamese"),
    ("yi", "Yiddish"), ("zh", "Chinese"),
];
