//! All user-facing text, in Polish and English, looked up by key.
//!
//! Rendering code and the command line never hold literal sentences; they ask for
//! a [`Msg`] in the interface [`Lang`]. Each language lives in its own file so a
//! translator reads one table.

mod countries;
mod en;
mod languages;
mod pl;

use chrono::Weekday;
use clap::ValueEnum;

pub use countries::{COUNTRIES, country_name};
pub use languages::{LANGUAGES, language_name};

/// The interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Lang {
    /// Polski.
    Pl,
    /// English.
    En,
}

impl Lang {
    /// Chooses the language: the flag, else `$POMOST_LANG`, else the locale
    /// variables (`LC_ALL`, `LC_MESSAGES`, `LANG`, first one set) starting with `pl`.
    pub fn resolve(flag: Option<Lang>) -> Lang {
        Self::resolve_with(flag, |k| std::env::var(k).ok())
    }

    /// [`Lang::resolve`] over any environment (testable).
    pub fn resolve_with(flag: Option<Lang>, env: impl Fn(&str) -> Option<String>) -> Lang {
        if let Some(lang) = flag {
            return lang;
        }
        if let Some(v) = env("POMOST_LANG").filter(|v| !v.is_empty()) {
            return if v.to_ascii_lowercase().starts_with("pl") {
                Lang::Pl
            } else {
                Lang::En
            };
        }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|k| env(k).filter(|v| !v.is_empty()));
        match locale {
            Some(v) if v.to_ascii_lowercase().starts_with("pl") => Lang::Pl,
            _ => Lang::En,
        }
    }

    /// The text of a message.
    pub fn t(self, msg: Msg) -> &'static str {
        match self {
            Lang::Pl => pl::text(msg),
            Lang::En => en::text(msg),
        }
    }

    /// A message with `{}` placeholders filled in order.
    pub fn fmt(self, msg: Msg, args: &[&dyn std::fmt::Display]) -> String {
        fill(self.t(msg), args)
    }

    /// Short weekday name (`śr`, `Wed`).
    pub fn weekday_short(self, day: Weekday) -> &'static str {
        let i = day.num_days_from_monday() as usize;
        match self {
            Lang::Pl => ["pn", "wt", "śr", "czw", "pt", "sob", "nd"][i],
            Lang::En => ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][i],
        }
    }

    /// Full weekday name (`środa`, `Wednesday`).
    pub fn weekday_long(self, day: Weekday) -> &'static str {
        let i = day.num_days_from_monday() as usize;
        match self {
            Lang::Pl => [
                "poniedziałek",
                "wtorek",
                "środa",
                "czwartek",
                "piątek",
                "sobota",
                "niedziela",
            ][i],
            Lang::En => [
                "Monday",
                "Tuesday",
                "Wednesday",
                "Thursday",
                "Friday",
                "Saturday",
                "Sunday",
            ][i],
        }
    }

    /// "Every <weekday>" with Polish gender and case (`w każdą środę`,
    /// `w każdy czwartek`).
    pub fn every_weekday(self, day: Weekday) -> String {
        let i = day.num_days_from_monday() as usize;
        match self {
            Lang::Pl => [
                "w każdy poniedziałek",
                "w każdy wtorek",
                "w każdą środę",
                "w każdy czwartek",
                "w każdy piątek",
                "w każdą sobotę",
                "w każdą niedzielę",
            ][i]
                .to_owned(),
            Lang::En => format!("every {}", self.weekday_long(day)),
        }
    }

    /// A date in words (`13 kwietnia 2022`, `13 April 2022`).
    pub fn long_date(self, date: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        let m = date.month0() as usize;
        let month = match self {
            Lang::Pl => [
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
            ][m],
            Lang::En => [
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
            ][m],
        };
        format!("{} {month} {}", date.day(), date.year())
    }

    /// A date in the customary short form (`13.04.2022`, `2022-04-13`).
    pub fn date(self, date: chrono::NaiveDate) -> String {
        match self {
            Lang::Pl => date.format("%d.%m.%Y").to_string(),
            Lang::En => date.format("%Y-%m-%d").to_string(),
        }
    }
}

/// Fills `{}` placeholders in order; missing arguments leave the braces.
pub fn fill(template: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut args = args.iter();
    let mut rest = template;
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        match args.next() {
            Some(a) => out.push_str(&a.to_string()),
            None => out.push_str("{}"),
        }
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}

/// Declares the message keys and the list of all of them (so tests can check
/// that both languages are complete).
macro_rules! messages {
    ($($name:ident),* $(,)?) => {
        /// The keys of every user-facing message.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[allow(missing_docs)]
        pub enum Msg { $($name),* }

        /// Every message key.
        pub const ALL_MSGS: &[Msg] = &[$(Msg::$name),*];
    };
}

messages! {
    TabServices,
    TabConsultations,
    TabTimetable,
    TabReports,
    SearchTitle,
    SearchPlaceholder,
    ResultsTitle,
    DetailsTitle,
    NoResults,
    NoSelection,
    FilterTopic,
    FilterLanguage,
    FilterCounty,
    FilterFree,
    FilterAny,
    PickerTitleTopic,
    PickerTitleLanguage,
    PickerTitleCounty,
    PickerHint,
    FieldOrganisation,
    FieldStatus,
    FieldTopics,
    FieldLanguages,
    FieldAreas,
    FieldWho,
    FieldCost,
    FieldWhere,
    FieldWhen,
    FieldContact,
    FieldApply,
    FieldVerified,
    FieldDescription,
    Free,
    NotStated,
    Online,
    InPerson,
    WholeRegion,
    Since,
    Until,
    StatusActive,
    StatusInactive,
    StatusDefunct,
    StatusTemporarilyClosed,
    Copied,
    NothingToCopy,
    ReadOnly,
    TooSmall,
    HelpTitle,
    HelpClose,
    HelpEverywhere,
    HelpPicker,
    KeyQuit,
    KeyHelp,
    KeyNextPane,
    KeyMove,
    KeySearch,
    KeyBack,
    KeyTabs,
    KeyTopic,
    KeyLanguage,
    KeyCounty,
    KeyFree,
    KeyClearFilters,
    KeyCopy,
    KeyRefer,
    KeyScroll,
    KeyPick,
    KeyTop,
    CliImported,
    CliInitDone,
    CliInitExists,
    CliNoMatches,
    CliImportInvalid,
    CliImportInvalidOne,
    ColName,
    ColOrganisation,
    ColTopics,
    ErrNotSqlite,
    ErrForeignDb,
    ErrTooNew,
    ErrUnreadable,
    ErrNoDatabase,
    ErrEmptyFile,
    DatabaseOpen,
    ErrCorrupt,
    ErrDamaged,
    ErrBackupDamaged,
    ErrCreate,
    ErrUnknownTopic,
    ErrUnknownLanguage,
    ErrUnknownCounty,
    ProbInvalidUuid,
    ProbInvalidDate,
    ProbInvalidTime,
    ProbClosesBeforeOpens,
    ProbInvalidEmail,
    ProbInvalidUrl,
    ProbUnknownStatus,
    ProbEmpty,
    ProbControlChars,
    ProbTooLong,
    ProbDuplicateId,
    ProbIdTaken,
    ProbInvalidDays,
    ProbUnsupportedFreq,
    ProbUnknownLocationType,
    ProbOrgMismatch,
    ProbMissingTopicCode,
    ErrRecordField,
    ErrJsonSyntax,
    ErrNotArray,
    WeekTitle,
    NoSessionsThisWeek,
    Cancelled,
    FieldTheme,
    FieldOrganiser,
    FieldMode,
    FieldPlace,
    FieldLink,
    FieldNextDates,
    FieldCancelledDates,
    NoDatesAhead,
    KeyPrevWeek,
    KeyNextWeek,
    KeyThisWeek,
    KeyGoTo,
    KeyExportIcs,
    KeyExportCsv,
    KeyServiceHours,
    KeyCancelOccurrence,
    KeyNewSession,
    KeyEditSession,
    KeyDays,
    GoToPrompt,
    ExportPrompt,
    ReportExportPrompt,
    ReportExportedTo,
    ReportNotReady,
    ErrInvalidDate,
    ErrInvalidWeek,
    ExportedTo,
    ErrExport,
    ErrExportOverDatabase,
    ServiceHoursShown,
    ServiceHoursHidden,
    Now,
    AllTopics,
    PeriodThisMonth,
    PeriodLastMonth,
    PeriodQuarter,
    PeriodYear,
    PeriodCustom,
    Computing,
    KeyPeriodCycle,
    KeyBreakdown,
    HelpScroll,
    KindOrganisation,
    RemovedFromStaff,
    ErrAnonymised,
    FieldWhoEn,
    FieldApplyEn,
    FieldFeesEn,
    WaitingForSave,
    ErrBusy,
    ErrBusyCli,
    FormNewService,
    FormEditService,
    FieldServiceName,
    FieldServiceNameEn,
    FieldNewOrganisation,
    FieldDescriptionEn,
    FieldLanguageCodes,
    FieldOpeningHours,
    FieldEmail,
    FieldPhones,
    FieldWebsite,
    FieldAddress,
    FieldOnlineLink,
    FieldFreeOfCharge,
    FieldFees,
    Paid,
    PickerTitleOrganisation,
    PickerTitleAreas,
    KeyNewService,
    KeyEditService,
    ServiceSaved,
    HintOpeningHours,
    ProbUnknownTopic,
    ProbUnknownCounty,
    ProbUnknownLanguage,
    ProbScheduleLine,
    ProbScheduleDays,
    ProbScheduleHours,
    ProbScheduleWord,
    ProbPhone,
    ProbAddress,
    KeyAudit,
    AuditTitle,
    AuditBefore,
    AuditAfter,
    ErrGone,
    Anonymised,
    PurgePlan,
    PurgeNothing,
    ConfirmProceed,
    NothingChanged,
    PurgeDone,
    ErrPurgeFuture,
    ClientNone,
    ErasePlan,
    EraseDone,
    ReportsForCoordinators,
    ErrNotStaff,
    ErrNeedsRole,
    ErrNeedsUpgrade,
    RoleDesk,
    RoleCounselor,
    RoleCoordinator,
    ErrNoUnixUser,
    ErrLastCoordinator,
    ErrStaffNotFound,
    StaffAdded,
    StaffChanged,
    StaffRemoved,
    StaffHeader,
    AuditHeader,
    AuditNone,
    ActCreate,
    ActChange,
    ActErase,
    ActAnonymise,
    ActView,
    ActRemove,
    KindConsultation,
    KindService,
    KindSession,
    KindStaff,
    KindClient,
    ReportConsultations,
    ReportClients,
    ReportFollowUpsDone,
    ReportFollowUpsOverdue,
    ReportMinutes,
    ReportTopicsNote,
    KeyMask,
    Masked,
    KeyRetired,
    KeyVerify,
    KeyRetire,
    FilterRetired,
    RetireQuestion,
    RestoreQuestion,
    ServiceVerified,
    ServiceRetired,
    ServiceRestored,
    ErrReadOnlyFile,
    ErrUnknownGroup,
    SharedReady,
    KeyOpenNow,
    KeyStale,
    FilterOpenNow,
    FilterStale,
    KeyClientFilter,
    ClientFilterPrompt,
    ErrBackupExists,
    ErrBackup,
    BackupDone,
    KeyDateRange,
    DateRangePrompt,
    KeyHistory,
    HistoryTitle,
    HistoryEntry,
    HistoryNone,
    CliNoConsultations,
    ErrFromAfterTo,
    ConsToday,
    ConsAllDates,
    ConsMine,
    ConsEveryone,
    ConsNone,
    ConsEarlier,
    ConsNoEarlier,
    FieldClient,
    FieldStaff,
    FieldAt,
    FieldReferrals,
    FieldCountry,
    FieldLanguageUsed,
    FieldCounty,
    FieldGender,
    FieldAgeBand,
    FieldChannel,
    FieldMinutes,
    FieldFollowUp,
    FieldNotes,
    CorrectedBy,
    FollowUpsDue,
    FollowUpDone,
    GenderFemale,
    GenderMale,
    GenderOther,
    ChannelPhone,
    OutsidePomorskie,
    KeyNewConsultation,
    KeyCorrect,
    KeyFollowUps,
    KeyMarkDone,
    KeyMineAll,
    KeyPeriod,
    FormNewConsultation,
    FormCorrectConsultation,
    DraftOffered,
    ConsultationSaved,
    ErrChangedMeanwhile,
    FollowUpMarked,
    FollowUpsTitle,
    PickerTitleTopics,
    PickerTitleServices,
    PickerTitleCountry,
    PickerTitleResidence,
    PickerTitleLanguageUsed,
    FormPickHint,
    ProbInFuture,
    ProbInvalidDateTime,
    ProbYearOutOfRange,
    ProbSkippedInWarsaw,
    ProbClientCode,
    ProbNoTopic,
    ProbUnknownService,
    ProbUnknownCountry,
    ProbUnknownCode,
    ProbMinutes,
    ProbFollowUpPast,
    Loading,
    ProbEndBeforeStart,
    KeyNextField,
    KeySave,
    ProbNoWeekday,
    ProbUntilBeforeFrom,
    FormNewSession,
    FormEditSession,
    FormHint,
    FormChoiceHint,
    FormDaysHint,
    FormFixErrors,
    FormDiscard,
    FieldTitle,
    FieldTitleEn,
    FieldRepeat,
    FieldDays,
    FieldDate,
    FieldStarts,
    FieldEnds,
    FieldValidFrom,
    FieldValidUntil,
    Weekly,
    Once,
    SessionSaved,
    CliNoSessionsThisWeek,
    CancelReasonPrompt,
    OccurrenceCancelled,
    OccurrenceRestored,
    ErrReasonEmpty,
    ErrReadOnlyDb,
    ErrDatabase,
    ErrOutput,
    ErrNeedsTerminal,
    ErrBadNow,
    ErrTerminal,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_from_environment() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            Lang::resolve_with(Some(Lang::En), env(&[("LANG", "pl_PL.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            Lang::resolve_with(None, env(&[("LANG", "pl_PL.UTF-8")])),
            Lang::Pl
        );
        assert_eq!(
            Lang::resolve_with(None, env(&[("POMOST_LANG", "en"), ("LANG", "pl_PL")])),
            Lang::En
        );
        assert_eq!(
            Lang::resolve_with(None, env(&[("LC_ALL", "C"), ("LANG", "pl_PL")])),
            Lang::En
        );
        assert_eq!(
            Lang::resolve_with(None, env(&[("LC_MESSAGES", "pl_PL")])),
            Lang::Pl
        );
        assert_eq!(Lang::resolve_with(None, env(&[])), Lang::En);
    }

    #[test]
    fn every_message_has_text_in_both_languages() {
        for &m in ALL_MSGS {
            assert!(!Lang::Pl.t(m).is_empty(), "{m:?} pl");
            assert!(!Lang::En.t(m).is_empty(), "{m:?} en");
            let holes = |s: &str| s.matches("{}").count();
            assert_eq!(
                holes(Lang::Pl.t(m)),
                holes(Lang::En.t(m)),
                "{m:?} placeholders"
            );
        }
    }

    #[test]
    fn fill_replaces_in_order() {
        assert_eq!(fill("{} of {}", &[&3, &"x"]), "3 of x");
        assert_eq!(fill("{} {}", &[&1]), "1 {}");
    }
}
