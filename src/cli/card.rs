//! `pomost services card ID` and `pomost timetable card ID`: a client's card
//! as text (to print or send), JSON, or a QR code in half-block characters.

use std::io::{self, IsTerminal, Write};

use clap::{Args, ValueEnum};
use uuid::Uuid;

use super::{CliError, code_parser};
use crate::card::Card;
use crate::card::qr::{QUIET, Qr};
use crate::i18n::{CardLang, Lang, Msg};

/// The options of a card: which record, its language, the format.
#[derive(Debug, Args)]
pub struct CardArgs {
    /// The id (a UUID; its first characters are enough when no other id
    /// begins with them).
    pub id: String,
    /// The client's language: the card's labels and hours, and the service's
    /// own texts where the directory has them in it (else Polish). Default:
    /// the interface language.
    #[arg(long = "lang", value_name = "pl|uk|en|ru", value_parser = code_parser(&CardLang::ALL, CardLang::code))]
    pub lang: Option<CardLang>,
    /// Output format: text to print or send, JSON, or a QR code (black on
    /// white on a terminal; dark modules as characters when piped).
    #[arg(long, value_enum, default_value_t = CardFormat::Text)]
    pub format: CardFormat,
}

/// Formats of a card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CardFormat {
    /// The card's text.
    Text,
    /// The card as a QR code that a phone reads as the text.
    Qr,
    /// Its language, title, lines and text.
    Json,
}

impl CardArgs {
    /// The card's language: `--lang`, else the interface's.
    pub fn card_lang(&self, lang: Lang) -> CardLang {
        self.lang.unwrap_or(CardLang::for_interface(lang))
    }
}

/// The one item whose id is `id` or begins with it.
pub(super) fn find_by_id<'a, T>(
    items: &'a [T],
    id: &str,
    of: impl Fn(&T) -> Uuid,
) -> Option<&'a T> {
    let wanted = id.trim().to_ascii_lowercase();
    if wanted.is_empty() {
        return None;
    }
    let mut found = items
        .iter()
        .filter(|i| of(i).to_string().starts_with(&wanted));
    match (found.next(), found.next()) {
        (Some(one), None) => Some(one),
        _ => None,
    }
}

/// Prints a card in the format asked for.
pub(super) fn print(card: &Card, format: CardFormat, lang: Lang) -> Result<(), CliError> {
    let mut out = io::stdout().lock();
    let written = match format {
        // The card's lines were cleaned when it was made.
        CardFormat::Text => writeln!(out, "{}", card.text()),
        CardFormat::Json => super::write_json(&mut out, &card.to_json()),
        CardFormat::Qr => {
            let qr = Qr::encode(&card.text())
                .ok_or_else(|| CliError::usage(lang.t(Msg::ErrCardTooLong)))?;
            // On a terminal the code is drawn black on white whatever the
            // terminal's colours (NO_COLOR asks for none: then, as in a
            // pipe, the characters are the dark modules, as on paper).
            let colour = io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            qr.half_blocks(QUIET, true).iter().try_for_each(|line| {
                if colour {
                    writeln!(out, "\x1b[30;107m{line}\x1b[0m")
                } else {
                    writeln!(out, "{line}")
                }
            })
        }
    };
    written
        .and_then(|()| out.flush())
        .or_else(|e| super::output_failed(e, lang))
}
