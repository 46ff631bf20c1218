//! At home in the shell: reading the command line (clap's own usage errors
//! and help texts in the interface language), `--version` with the
//! database's schema, completion scripts and man pages.

use std::ffi::{OsStr, OsString};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::OnceLock;

use clap::builder::{PossibleValue, StringValueParser, TypedValueParser};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Args, CommandFactory, FromArgMatches};

use super::{Cli, CliError};
use crate::consultation::{AgeBand, Channel, Gender};
use crate::i18n::{Lang, Msg};
use crate::text::{excerpt, sanitize};

/// `pomost completions SHELL`
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell: bash, zsh or fish (elvish and powershell work too).
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// `pomost man [COMMAND …]`
#[derive(Debug, Args)]
pub struct ManArgs {
    /// The command whose page to print, e.g. `report` or `services search`
    /// (default: pomost itself).
    #[arg(value_name = "COMMAND")]
    pub command: Vec<String>,
}

/// Reads the command line, and the interface language it asks for
/// ([`crate::config::lang`]). Help and the version are printed here (exit 0);
/// a usage error is one sentence in the interface language (exit 2).
pub fn parse() -> Result<(Cli, Lang), ExitCode> {
    let argv: Vec<OsString> = std::env::args_os().collect();
    let lang = crate::config::lang(lang_flag(&argv));
    let mut cmd = command(lang);
    let parsed = cmd
        .try_get_matches_from_mut(&argv)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    match parsed {
        Ok(cli) => Ok((cli, lang)),
        Err(e) => Err(failed(&e, &cmd, &argv, lang)),
    }
}

/// What to do when the command line did not give a command to run.
fn failed(e: &clap::Error, cmd: &clap::Command, argv: &[OsString], lang: Lang) -> ExitCode {
    match e.kind() {
        ErrorKind::DisplayHelp => {
            // Rendered by clap from the command as localised by [`command`].
            let _ = e.print();
            ExitCode::SUCCESS
        }
        ErrorKind::DisplayVersion => {
            // As for any run: under setgid, the data group is kept for the
            // shared database only, so no other file is read with it.
            let db = crate::privilege::settle(db_flag(argv), lang);
            // The path is the user's: cleaned like every message.
            let _ = write!(io::stdout().lock(), "{}", sanitize(&version(&db, lang)));
            ExitCode::SUCCESS
        }
        _ => {
            let message = usage_error(e, &path(cmd, argv), lang);
            let _ = writeln!(io::stderr(), "pomost: {}", sanitize(&message));
            ExitCode::from(2)
        }
    }
}

/// `--version`: the program's, then the schema of the database when one is
/// there (read without changing anything).
pub fn version(db: &Path, lang: Lang) -> String {
    let mut out = format!("pomost {}\n", env!("CARGO_PKG_VERSION"));
    if let Some(schema) = crate::store::Store::peek_schema_version(db) {
        out.push_str(&lang.fmt(
            Msg::VersionDatabase,
            &[&db.display(), &schema, &crate::store::SCHEMA_VERSION],
        ));
        out.push('\n');
    }
    out
}

/// The value of an option given as `--name VALUE` or `--name=VALUE` among
/// the first arguments, up to `stop` (a word that is no option: the
/// subcommand) when `stop` is set.
fn option_value(argv: &[OsString], name: &str, stop: bool) -> Option<OsString> {
    let with_equals = format!("{name}=");
    let mut words = argv.iter().skip(1);
    while let Some(word) = words.next() {
        let text = word.to_string_lossy();
        if text == "--" {
            break;
        }
        if text == name {
            return words.next().cloned();
        }
        if let Some(value) = text.strip_prefix(&with_equals) {
            return Some(value.into());
        }
        if text == "--db" {
            words.next();
        } else if stop && !text.starts_with('-') {
            break;
        }
    }
    None
}

/// `--lang` before the subcommand (after it, `services search --lang` is the
/// language of a service), if it names a language.
fn lang_flag(argv: &[OsString]) -> Option<Lang> {
    option_value(argv, "--lang", true).and_then(|v| Lang::from_code(&v.to_string_lossy()))
}

/// `--db`, wherever it is given.
fn db_flag(argv: &[OsString]) -> Option<PathBuf> {
    option_value(argv, "--db", false).map(PathBuf::from)
}

/// `pomost services search`: the command path the arguments reached.
fn path(cmd: &clap::Command, argv: &[OsString]) -> String {
    let mut names = vec![cmd.get_name().to_owned()];
    let mut at = cmd;
    for word in argv.iter().skip(1) {
        let word = word.to_string_lossy();
        if let Some(sub) = at.find_subcommand(word.as_ref()) {
            names.push(sub.get_name().to_owned());
            at = sub;
        }
    }
    names.join(" ")
}

/// A context value of clap's error as text (a list joined with `, `).
fn context(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(list) => Some(list.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The option as typed, without its value's name (`--week`, not
/// `--week <YYYY-Www>`).
fn option_name(arg: &str) -> String {
    arg.split([' ', '=']).next().unwrap_or(arg).to_owned()
}

/// One sentence for a usage error, naming the argument; `path` is the
/// command it was given to (`pomost timetable`).
fn usage_error(e: &clap::Error, path: &str, lang: Lang) -> String {
    let arg = context(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = context(e, ContextKind::InvalidValue).unwrap_or_default();
    match e.kind() {
        ErrorKind::UnknownArgument => lang.fmt(
            Msg::ErrUsageUnknownArgument,
            &[&excerpt(&arg), &path, &path],
        ),
        ErrorKind::InvalidSubcommand => {
            let name = context(e, ContextKind::InvalidSubcommand).unwrap_or_default();
            lang.fmt(
                Msg::ErrUsageUnknownCommand,
                &[&excerpt(&name), &path, &path],
            )
        }
        ErrorKind::InvalidValue if value.is_empty() => {
            lang.fmt(Msg::ErrUsageNoValue, &[&option_name(&arg)])
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            match context(e, ContextKind::ValidValue) {
                Some(valid) => lang.fmt(
                    Msg::ErrUsageNotOneOf,
                    &[&option_name(&arg), &excerpt(&value), &valid],
                ),
                None => lang.fmt(
                    Msg::ErrUsageBadValue,
                    &[&option_name(&arg), &excerpt(&value)],
                ),
            }
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = match e.get(ContextKind::InvalidArg) {
                Some(ContextValue::Strings(list)) => list.iter().map(|a| option_name(a)).collect(),
                _ => vec![option_name(&arg)],
            };
            lang.fmt(Msg::ErrUsageMissing, &[&missing.join(", "), &path, &path])
        }
        ErrorKind::ArgumentConflict => {
            let prior = context(e, ContextKind::PriorArg).unwrap_or_default();
            lang.fmt(
                Msg::ErrUsageConflict,
                &[&option_name(&arg), &option_name(&prior)],
            )
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            lang.fmt(Msg::ErrUsageNoCommand, &[&path, &path])
        }
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            lang.fmt(Msg::ErrUsageValues, &[&option_name(&arg), &path, &path])
        }
        _ => lang.fmt(Msg::ErrUsageOther, &[&path, &path]),
    }
}

/// The command line's description, with its help texts in `lang` where
/// Pomost has them: the about text of every command, the headings, the help
/// and version flags, and the environment variables after the help.
pub fn command(lang: Lang) -> clap::Command {
    let cmd = Cli::command()
        .after_help(lang.t(Msg::HelpEnvironment))
        .about(lang.t(Msg::AboutPomost));
    let mut cmd = localise(cmd, &[], lang);
    // clap adds its `help` commands when building.
    cmd.build();
    help_commands(cmd, lang)
}

/// The about text of clap's `help` command, in each command that has one.
fn help_commands(mut cmd: clap::Command, lang: Lang) -> clap::Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        cmd = if name == "help" {
            cmd.mut_subcommand("help", |help| help.about(lang.t(Msg::HelpCommandHelp)))
        } else {
            cmd.mut_subcommand(&name, |sub| help_commands(sub, lang))
        };
    }
    cmd
}

/// The about text of each command, by its path, and the longer one its
/// `--help` shows, if any.
const ABOUTS: &[(&[&str], Msg, Option<Msg>)] = &[
    (&["init"], Msg::AboutInit, None),
    (&["report"], Msg::AboutReport, None),
    (&["backup"], Msg::AboutBackup, None),
    (&["services"], Msg::AboutServices, None),
    (
        &["services", "search"],
        Msg::AboutServicesSearch,
        Some(Msg::AboutServicesSearchLong),
    ),
    (&["services", "export"], Msg::AboutServicesExport, None),
    (&["services", "import"], Msg::AboutServicesImport, None),
    (&["services", "card"], Msg::AboutServicesCard, None),
    (&["topics"], Msg::AboutTopics, None),
    (
        &["topics", "words"],
        Msg::AboutTopicsWords,
        Some(Msg::AboutTopicsWordsLong),
    ),
    (&["timetable"], Msg::AboutTimetable, None),
    (&["timetable", "card"], Msg::AboutTimetableCard, None),
    (
        &["topics", "map"],
        Msg::AboutTopicsMap,
        Some(Msg::AboutTopicsMapLong),
    ),
    (&["topics", "unmapped"], Msg::AboutTopicsUnmapped, None),
    (&["log"], Msg::AboutLog, None),
    (&["consultations"], Msg::AboutConsultations, None),
    (
        &["consultations", "list"],
        Msg::AboutConsultationsList,
        None,
    ),
    (
        &["consultations", "export"],
        Msg::AboutConsultationsExport,
        None,
    ),
    (&["staff"], Msg::AboutStaff, None),
    (&["staff", "add"], Msg::AboutStaffAdd, None),
    (&["staff", "list"], Msg::AboutStaffList, None),
    (&["staff", "remove"], Msg::AboutStaffRemove, None),
    (&["audit"], Msg::AboutAudit, None),
    (&["doctor"], Msg::AboutDoctor, None),
    (&["purge"], Msg::AboutPurge, None),
    (&["client"], Msg::AboutClient, None),
    (&["client", "export"], Msg::AboutClientExport, None),
    (&["client", "erase"], Msg::AboutClientErase, None),
    (&["completions"], Msg::AboutCompletions, None),
    (&["man"], Msg::AboutMan, None),
];

/// The help of each option, by the command's path and the option's id.
const OPTIONS: &[(&[&str], &str, Msg)] = &[
    (&[], "db", Msg::OptDb),
    (&[], "lang", Msg::OptLang),
    (&["init"], "empty", Msg::OptInitEmpty),
    (&["init"], "shared", Msg::OptInitShared),
    (&["init"], "backups", Msg::OptInitBackups),
    (&["report"], "from", Msg::OptReportFrom),
    (&["report"], "to", Msg::OptReportTo),
    (&["report"], "by", Msg::OptReportBy),
    (&["report"], "format", Msg::OptFormat),
    (&["services", "export"], "format", Msg::OptFormat),
    (&["services", "export"], "excel", Msg::OptExcel),
    (&["report"], "excel", Msg::OptExcel),
    (&["consultations", "list"], "excel", Msg::OptExcel),
    (&["consultations", "export"], "excel", Msg::OptExcel),
    (&["timetable"], "format", Msg::OptFormat),
    (&["audit"], "format", Msg::OptFormat),
    (&["backup"], "file", Msg::OptBackupFile),
    (&["backup"], "into", Msg::OptBackupInto),
    (&["backup"], "keep", Msg::OptBackupKeep),
    (&["services", "search"], "query", Msg::OptSearchQuery),
    (&["services", "search"], "topic", Msg::OptSearchTopic),
    (&["services", "search"], "language", Msg::OptSearchLanguage),
    (&["services", "search"], "county", Msg::OptSearchCounty),
    (&["services", "search"], "free", Msg::OptSearchFree),
    (&["services", "search"], "open_now", Msg::OptSearchOpenNow),
    (&["services", "search"], "stale", Msg::OptSearchStale),
    (&["services", "search"], "retired", Msg::OptSearchRetired),
    (&["services", "search"], "json", Msg::OptSearchJson),
    (&["services", "import"], "file", Msg::OptImportFile),
    (&["services", "import"], "dry_run", Msg::OptImportDryRun),
    (
        &["services", "import"],
        "skip_invalid",
        Msg::OptImportSkipInvalid,
    ),
    (&["services", "card"], "id", Msg::OptCardId),
    (&["services", "card"], "lang", Msg::OptCardLang),
    (&["services", "card"], "format", Msg::OptCardFormat),
    (&["timetable", "card"], "id", Msg::OptCardId),
    (&["timetable", "card"], "lang", Msg::OptCardLang),
    (&["timetable", "card"], "format", Msg::OptCardFormat),
    (&["topics", "map"], "taxonomy", Msg::OptMapTaxonomy),
    (&["topics", "map"], "term", Msg::OptMapTerm),
    (&["topics", "map"], "topic", Msg::OptMapTopic),
    (&["topics", "map"], "list", Msg::OptMapList),
    (&["topics", "map"], "remove", Msg::OptMapRemove),
    (
        &["consultations", "list"],
        "text",
        Msg::OptConsultationsText,
    ),
    (
        &["consultations", "export"],
        "text",
        Msg::OptConsultationsText,
    ),
    (&["topics", "words"], "topic", Msg::OptWordsTopic),
    (&["topics", "words"], "check", Msg::OptWordsCheck),
    (&["timetable"], "week", Msg::OptWeek),
    (&["timetable"], "date", Msg::OptWeekDate),
    (&["timetable"], "all", Msg::OptTimetableAll),
    (&["timetable"], "from", Msg::OptTimetableFrom),
    (&["timetable"], "to", Msg::OptTimetableTo),
    (&["log"], "client", Msg::OptLogClient),
    (&["log"], "topics", Msg::OptLogTopic),
    (&["log"], "at", Msg::OptLogAt),
    (&["log"], "channel", Msg::OptLogChannel),
    (&["log"], "gender", Msg::OptLogGender),
    (&["log"], "age_band", Msg::OptLogAgeBand),
    (&["log"], "country", Msg::OptLogCountry),
    (&["log"], "language", Msg::OptLogLanguage),
    (&["log"], "interpreter", Msg::OptLogInterpreter),
    (&["log"], "county", Msg::OptLogCounty),
    (&["log"], "referrals", Msg::OptLogRefer),
    (&["log"], "minutes", Msg::OptLogMinutes),
    (&["log"], "follow_up", Msg::OptLogFollowUp),
    (&["log"], "note", Msg::OptLogNote),
    (
        &["consultations", "list"],
        "from",
        Msg::OptConsultationsFrom,
    ),
    (
        &["consultations", "export"],
        "from",
        Msg::OptConsultationsFrom,
    ),
    (&["consultations", "list"], "to", Msg::OptConsultationsTo),
    (&["consultations", "export"], "to", Msg::OptConsultationsTo),
    (
        &["consultations", "list"],
        "client",
        Msg::OptConsultationsClient,
    ),
    (
        &["consultations", "export"],
        "client",
        Msg::OptConsultationsClient,
    ),
    (
        &["consultations", "list"],
        "format",
        Msg::OptConsultationsFormat,
    ),
    (
        &["consultations", "export"],
        "format",
        Msg::OptConsultationsFormat,
    ),
    (&["staff", "add"], "user", Msg::OptStaffAddUser),
    (&["staff", "add"], "role", Msg::OptStaffRole),
    (&["staff", "add"], "name", Msg::OptStaffName),
    (&["staff", "list"], "json", Msg::OptStaffJson),
    (&["staff", "remove"], "user", Msg::OptStaffRemoveUser),
    (&["audit"], "since", Msg::OptAuditSince),
    (&["audit"], "user", Msg::OptAuditUser),
    (&["purge"], "before", Msg::OptPurgeBefore),
    (&["purge"], "yes", Msg::OptYes),
    (&["client", "erase"], "yes", Msg::OptYes),
    (&["client", "export"], "code", Msg::OptClientCode),
    (&["client", "erase"], "code", Msg::OptClientCode),
    (&["completions"], "shell", Msg::OptCompletionsShell),
    (&["man"], "command", Msg::OptManCommand),
];

/// [`command`] for one command at `path` and, in turn, its subcommands.
fn localise(mut cmd: clap::Command, path: &[&str], lang: Lang) -> clap::Command {
    if let Some((_, about, long)) = ABOUTS.iter().find(|(p, _, _)| *p == path) {
        cmd = cmd
            .about(lang.t(*about))
            .long_about(long.map(|m| lang.t(m)));
    }
    for (_, id, msg) in OPTIONS.iter().filter(|(p, _, _)| *p == path) {
        cmd = cmd.mut_arg(*id, |arg| arg.help(lang.t(*msg)));
    }
    let template = format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        lang.t(Msg::HelpUsage)
    );
    cmd = cmd
        .help_template(template)
        .subcommand_help_heading(lang.t(Msg::HelpCommands))
        .disable_help_flag(true)
        .disable_version_flag(true)
        .mut_args(|arg| {
            let heading = if arg.is_positional() {
                Msg::HelpArguments
            } else {
                Msg::HelpOptions
            };
            arg.help_heading(lang.t(heading))
        })
        .arg(
            clap::Arg::new("help")
                .short('h')
                .long("help")
                .action(clap::ArgAction::Help)
                .help(lang.t(Msg::HelpFlagHelp))
                .help_heading(lang.t(Msg::HelpOptions)),
        )
        .arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version)
                .help(lang.t(Msg::HelpFlagVersion))
                .help_heading(lang.t(Msg::HelpOptions)),
        );
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        let mut sub_path = path.to_vec();
        sub_path.push(&name);
        cmd = cmd.mut_subcommand(&name, |sub| localise(sub, &sub_path, lang));
    }
    cmd
}

/// `pomost completions SHELL`: the completion script on stdout.
pub fn completions(args: &CompletionsArgs, lang: Lang) -> Result<(), CliError> {
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command(lang), "pomost", &mut script);
    print(&script, lang)
}

/// `pomost man [COMMAND …]`: the man page (roff) of pomost or one command.
pub fn man(args: &ManArgs, lang: Lang) -> Result<(), CliError> {
    let cmd = command(lang);
    let mut page = &cmd;
    for name in &args.command {
        page = page.find_subcommand(name).ok_or_else(|| {
            CliError::usage(lang.fmt(
                Msg::ErrUsageUnknownCommand,
                &[&excerpt(name), &"pomost", &"pomost man"],
            ))
        })?;
    }
    // Built, a subcommand knows its page's name (pomost-services-search)
    // and its usage (pomost services search).
    let mut roff = Vec::new();
    clap_mangen::Man::new(page.clone())
        .render(&mut roff)
        .map_err(|e| CliError::runtime(lang.fmt(Msg::ErrOutput, &[&e])))?;
    print(&roff, lang)
}

/// Writes a generated file to stdout; a closed pipe is no error.
fn print(bytes: &[u8], lang: Lang) -> Result<(), CliError> {
    let mut out = io::stdout().lock();
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .or_else(|e| super::output_failed(e, lang))
}

/// An option whose value Pomost checks itself (with its own one-sentence
/// messages and its own leniency: `gdansk` for Gdańsk, `ua` for UA), whose
/// usual values the shell completes.
#[derive(Clone)]
pub(crate) struct Hint(fn() -> Vec<&'static str>);

impl TypedValueParser for Hint {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<String, clap::Error> {
        StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new((self.0)().into_iter().map(PossibleValue::new)))
    }
}

/// The shipped topic codes and county names, read once.
fn shipped() -> &'static (Vec<String>, Vec<String>) {
    static LISTS: OnceLock<(Vec<String>, Vec<String>)> = OnceLock::new();
    LISTS.get_or_init(|| match crate::seed::reference() {
        Ok(r) => (
            r.topics.into_iter().map(|t| t.code).collect(),
            r.counties.into_iter().map(|c| c.name).collect(),
        ),
        Err(_) => Default::default(),
    })
}

/// The shipped topic codes (`--topic`).
pub(crate) fn topics() -> Hint {
    Hint(|| shipped().0.iter().map(String::as_str).collect())
}

/// The county names, and the two codes for none of them (`--county`).
pub(crate) fn counties() -> Hint {
    Hint(|| {
        let names = shipped().1.iter().map(String::as_str);
        names.chain(["outside-pomorskie", "not-stated"]).collect()
    })
}

/// Country codes (`--country`).
pub(crate) fn countries() -> Hint {
    Hint(|| crate::i18n::COUNTRY_CODES.to_vec())
}

/// Language codes (`--language`, `services search --lang`).
pub(crate) fn languages() -> Hint {
    Hint(|| crate::i18n::LANGUAGE_CODES.to_vec())
}

/// Language codes and `none` (`--interpreter`).
pub(crate) fn interpreters() -> Hint {
    Hint(|| {
        let codes = crate::i18n::LANGUAGE_CODES.iter().copied();
        codes.chain(["none"]).collect()
    })
}

/// How it took place (`--channel`).
pub(crate) fn channels() -> Hint {
    Hint(|| Channel::ALL.iter().map(|c| c.code()).collect())
}

/// Genders (`--gender`).
pub(crate) fn genders() -> Hint {
    Hint(|| Gender::ALL.iter().map(|c| c.code()).collect())
}

/// Age bands (`--age-band`).
pub(crate) fn age_bands() -> Hint {
    Hint(|| AgeBand::ALL.iter().map(|c| c.code()).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The command at `path` in the command line as declared.
    fn find<'a>(cmd: &'a clap::Command, path: &[&str]) -> Option<&'a clap::Command> {
        path.iter()
            .try_fold(cmd, |at, name| at.find_subcommand(name))
    }

    #[test]
    fn every_translated_text_names_a_command_and_an_option_that_exist() {
        let cli = Cli::command();
        for (path, _, _) in ABOUTS {
            assert!(find(&cli, path).is_some(), "no command {path:?}");
        }
        for (path, id, _) in OPTIONS {
            let cmd = find(&cli, path).unwrap_or_else(|| panic!("no command {path:?}"));
            assert!(
                cmd.get_arguments().any(|a| a.get_id() == *id),
                "no option {id} in {path:?}"
            );
        }
    }

    #[test]
    fn every_command_and_option_has_its_translated_help() {
        // A command or an option added without an entry here would show its
        // English help in the Polish and Ukrainian interface.
        fn walk(cmd: &clap::Command, path: &mut Vec<String>, missing: &mut Vec<String>) {
            let here: Vec<&str> = path.iter().map(String::as_str).collect();
            if !here.is_empty() && !ABOUTS.iter().any(|(p, _, _)| *p == here.as_slice()) {
                missing.push(format!("about of {here:?}"));
            }
            for arg in cmd.get_arguments() {
                let id = arg.get_id().as_str();
                let global = arg.is_global_set() && !here.is_empty();
                if matches!(id, "help" | "version") || global {
                    continue;
                }
                if !OPTIONS
                    .iter()
                    .any(|(p, i, _)| *p == here.as_slice() && *i == id)
                {
                    missing.push(format!("option {id} of {here:?}"));
                }
            }
            for sub in cmd.get_subcommands() {
                if sub.get_name() == "help" {
                    continue;
                }
                path.push(sub.get_name().to_owned());
                walk(sub, path, missing);
                path.pop();
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), &mut Vec::new(), &mut missing);
        assert!(missing.is_empty(), "no translated help: {missing:#?}");
    }

    #[test]
    fn options_are_found_before_the_command_and_the_path_after() {
        let argv = |words: &[&str]| -> Vec<OsString> {
            std::iter::once("pomost")
                .chain(words.iter().copied())
                .map(OsString::from)
                .collect()
        };
        let given = argv(&[
            "--db",
            "x.db",
            "--lang=uk",
            "services",
            "search",
            "--lang",
            "pl",
        ]);
        assert_eq!(lang_flag(&given), Some(Lang::Uk));
        assert_eq!(db_flag(&given), Some(PathBuf::from("x.db")));
        // After the command, --lang is the service's language.
        assert_eq!(
            lang_flag(&argv(&["services", "search", "--lang", "pl"])),
            None
        );
        assert_eq!(
            db_flag(&argv(&["timetable", "--db=y.db"])),
            Some(PathBuf::from("y.db"))
        );
        let cli = command(Lang::En);
        assert_eq!(
            path(&cli, &argv(&["--db", "x", "services", "search", "q"])),
            "pomost services search"
        );
        assert_eq!(option_name("--week <YYYY-Www>"), "--week");
    }
}
