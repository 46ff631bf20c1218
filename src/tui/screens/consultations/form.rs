//! The consultation form: date/time prefilled, client code (Ctrl-N makes a new
//! one), topics, referrals, country, language and county from fuzzy pickers,
//! gender, age band and channel as quick choices, minutes, follow-up, notes.
//! What it holds is a [`ConsultationDraft`], which the app keeps as a draft in
//! the database while the form is open.

use std::collections::HashSet;

use chrono::NaiveDateTime;
use crossterm::event::{KeyCode, KeyEvent};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::consultation::{
    AgeBand, Channel, ConsultationDraft, ConsultationField, Gender, NewConsultation,
    OUTSIDE_POMORSKIE, new_client_code,
};
use crate::i18n::{COUNTRY_CODES, LANGUAGE_CODES, Lang, Msg, country_name, language_name};
use crate::model::{Listing, Reference};
use crate::tui::action::Action;
use crate::tui::form::{Field, Fields, Form, FormOutcome, Input, topic_choices};
use crate::tui::keymap::{Context, Focus};
use crate::tui::picker::PickerKind;

/// What the form edits: a new consultation, or a correction of one opened at
/// a version (so a change by someone else in between is noticed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Editing {
    /// The consultation's row id.
    pub id: i64,
    /// Its version when the form was opened.
    pub version: i64,
}

/// A draft as kept in the database: the form's content and what it edits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedDraft {
    /// The correction this draft belongs to, if any.
    pub editing: Option<Editing>,
    /// The content.
    pub draft: ConsultationDraft,
}

/// What a key did to the form.
pub enum ConsultationFormOutcome {
    /// Still editing.
    Keep,
    /// Closed without saving.
    Cancel,
    /// A valid consultation to save.
    Save(Box<NewConsultation>, Option<Editing>),
    /// A new client code was proposed (to be checked for uniqueness).
    NewCode,
}

/// What the form needs to know to fill its lists and check its content.
pub struct FormContext<'a> {
    /// Topics and counties.
    pub reference: &'a Reference,
    /// The directory (referrals).
    pub services: &'a [Listing],
    /// Now, Warsaw wall clock.
    pub now: NaiveDateTime,
    /// The staff member logging (the Unix user).
    pub staff: &'a str,
    /// Interface language.
    pub lang: Lang,
}

/// The form, its open picker, and what it edits.
pub struct ConsultationForm {
    /// The fields.
    pub form: Form<ConsultationField>,
    /// What the form edits.
    pub editing: Option<Editing>,
}

fn choice_index<T: PartialEq + Copy>(all: &[T], code: Option<T>, default: T) -> usize {
    let value = code.unwrap_or(default);
    all.iter().position(|v| *v == value).unwrap_or(0)
}

impl ConsultationForm {
    /// A form holding `draft`.
    pub fn new(draft: &ConsultationDraft, editing: Option<Editing>, ctx: &FormContext<'_>) -> Self {
        use ConsultationField as F;
        let lang = ctx.lang;
        let field = |id, m: Msg, input| Field::new(id, m, input, lang);
        let picked = |id: ConsultationField, values: &[String]| id.picked(values.to_vec(), ctx);
        let one = |v: &str| {
            if v.trim().is_empty() {
                Vec::new()
            } else {
                vec![v.trim().to_owned()]
            }
        };
        let choice = |labels: Vec<&str>, selected| {
            Input::choice(labels.into_iter().map(str::to_owned), selected)
        };
        let fields = vec![
            field(F::At, Msg::FieldAt, Input::text(&draft.at)),
            field(F::Client, Msg::FieldClient, Input::text(&draft.client))
                .with_hint(Msg::FormNewCodeHint, lang),
            field(
                F::Topics,
                Msg::FieldTopics,
                picked(F::Topics, &draft.topics),
            ),
            field(
                F::Referrals,
                Msg::FieldReferrals,
                picked(F::Referrals, &draft.referrals),
            ),
            field(
                F::Country,
                Msg::FieldCountry,
                picked(F::Country, &one(&draft.country.to_uppercase())),
            ),
            field(
                F::Language,
                Msg::FieldLanguageUsed,
                picked(F::Language, &one(&draft.language.to_lowercase())),
            ),
            field(
                F::Interpreter,
                Msg::FieldInterpreter,
                picked(F::Interpreter, &one(&draft.interpreter.to_lowercase())),
            ),
            field(
                F::County,
                Msg::FieldCounty,
                picked(F::County, &one(&draft.county)),
            ),
            field(
                F::Gender,
                Msg::FieldGender,
                choice(
                    Gender::ALL.iter().map(|g| g.label(lang)).collect(),
                    choice_index(Gender::ALL, Gender::parse(&draft.gender), Gender::NotStated),
                ),
            ),
            field(
                F::AgeBand,
                Msg::FieldAgeBand,
                choice(
                    AgeBand::ALL.iter().map(|a| a.label(lang)).collect(),
                    choice_index(
                        AgeBand::ALL,
                        AgeBand::parse(&draft.age_band),
                        AgeBand::NotStated,
                    ),
                ),
            ),
            field(
                F::Channel,
                Msg::FieldChannel,
                choice(
                    Channel::ALL.iter().map(|c| c.label(lang)).collect(),
                    choice_index(
                        Channel::ALL,
                        Channel::parse(&draft.channel),
                        Channel::InPerson,
                    ),
                ),
            ),
            field(F::Minutes, Msg::FieldMinutes, Input::text(&draft.minutes)),
            field(
                F::FollowUp,
                Msg::FieldFollowUp,
                Input::text(&draft.follow_up),
            ),
            field(F::Notes, Msg::FieldNotes, Input::notes(&draft.notes)),
        ];
        let title = lang.t(if editing.is_some() {
            Msg::FormCorrectConsultation
        } else {
            Msg::FormNewConsultation
        });
        // The staff member is the one logged in; shown, not typed.
        let title = format!(
            "{title} · {}: {}",
            lang.t(Msg::FieldStaff),
            crate::text::one_line(ctx.staff)
        );
        Self {
            form: Form::new(title, fields),
            editing,
        }
    }

    /// What the form holds now.
    pub fn draft(&self) -> ConsultationDraft {
        use ConsultationField as F;
        let f = &self.form;
        let first = |id| f.picked(id).into_iter().next().unwrap_or_default();
        ConsultationDraft {
            at: f.text(F::At),
            client: f.text(F::Client),
            topics: f.picked(F::Topics),
            referrals: f.picked(F::Referrals),
            country: first(F::Country),
            language: first(F::Language),
            interpreter: first(F::Interpreter),
            county: first(F::County),
            gender: Gender::ALL[f.choice(F::Gender)].code().to_owned(),
            age_band: AgeBand::ALL[f.choice(F::AgeBand)].code().to_owned(),
            channel: Channel::ALL[f.choice(F::Channel)].code().to_owned(),
            minutes: f.text(F::Minutes),
            follow_up: f.text(F::FollowUp),
            notes: f.text(F::Notes),
        }
    }

    /// The client code typed or proposed.
    pub fn client(&self) -> String {
        self.form.text(ConsultationField::Client)
    }

    /// Replaces the client code (a unique one chosen by the app).
    pub fn set_client(&mut self, code: &str) {
        self.form.set_text(ConsultationField::Client, code);
    }

    /// After a conflict: the form now corrects the version saved meanwhile,
    /// so saving again keeps this user's change as the newer one.
    pub fn rebase(&mut self, version: i64) {
        if let Some(editing) = &mut self.editing {
            editing.version = version;
        }
    }

    /// The draft as kept in the database.
    pub fn saved_draft(&self) -> SavedDraft {
        SavedDraft {
            editing: self.editing,
            draft: self.draft(),
        }
    }

    /// True when closing would lose something typed.
    pub fn is_dirty(&self) -> bool {
        self.form.is_dirty()
    }

    /// Where the keys go (the form, its open list, or "discard?"); the
    /// form itself has its own shortcuts on top of every form's keys.
    pub fn context(&self) -> Context {
        match self.form.context() {
            Context::Form => Context::ConsultationForm,
            other => other,
        }
    }

    /// Puts the focus on the client code (a referral: the date is now).
    pub fn focus_client(&mut self) {
        self.form.focus_on(ConsultationField::Client);
    }

    /// What has the focus, for the key tables: the client code takes Ctrl-N.
    pub fn focus(&self) -> Focus {
        match self.form.focus() {
            Focus::Text if self.form.focused() == ConsultationField::Client => Focus::ClientCode,
            other => other,
        }
    }

    /// Handles a key (`action` is what the key map made of it).
    pub fn handle(
        &mut self,
        action: Option<Action>,
        ev: KeyEvent,
        ctx: &FormContext<'_>,
    ) -> ConsultationFormOutcome {
        if action == Some(Action::NewClientCode) {
            // A code is proposed at once; the app checks it is not in use.
            self.form
                .set_text(ConsultationField::Client, &new_client_code());
            return ConsultationFormOutcome::NewCode;
        }
        // Alt-m, Alt-f, Alt-n: the fields filled last, from anywhere.
        let jump = match (action, ev.code) {
            (Some(Action::GoToField), KeyCode::Char('m')) => Some(ConsultationField::Minutes),
            (Some(Action::GoToField), KeyCode::Char('f')) => Some(ConsultationField::FollowUp),
            (Some(Action::GoToField), KeyCode::Char('n')) => Some(ConsultationField::Notes),
            _ => None,
        };
        if let Some(field) = jump {
            self.form.focus_on(field);
            return ConsultationFormOutcome::Keep;
        }
        match self.form.handle(action, ev, ctx, ctx.lang) {
            FormOutcome::Keep => ConsultationFormOutcome::Keep,
            FormOutcome::Cancel => ConsultationFormOutcome::Cancel,
            FormOutcome::Save => {
                let known: HashSet<Uuid> = ctx.services.iter().map(|s| s.id).collect();
                match self
                    .draft()
                    .validate(ctx.reference, &known, ctx.now, ctx.lang)
                {
                    Ok(c) => ConsultationFormOutcome::Save(Box::new(c), self.editing),
                    Err(problems) => {
                        let problems = problems.into_iter().map(|p| (p.field, p.message));
                        self.form.refuse(problems, ctx.lang);
                        ConsultationFormOutcome::Keep
                    }
                }
            }
        }
    }
}

/// Codes with their names in the interface language: `(code, "name (code)")`.
fn coded_names(
    codes: &[&str],
    name: fn(&str, Lang) -> Option<&'static str>,
    lang: Lang,
) -> Vec<(String, String)> {
    codes
        .iter()
        .map(|&code| {
            let shown = name(code, lang).unwrap_or(code);
            (code.to_owned(), format!("{shown} ({code})"))
        })
        .collect()
}

/// The fields that are typed or chosen in place (no list, shown as stored).
macro_rules! typed_consultation_fields {
    () => {
        ConsultationField::At
            | ConsultationField::Client
            | ConsultationField::Gender
            | ConsultationField::AgeBand
            | ConsultationField::Channel
            | ConsultationField::Minutes
            | ConsultationField::FollowUp
            | ConsultationField::Notes
    };
}

impl Fields for ConsultationField {
    type Context<'a> = FormContext<'a>;

    fn list(self, ctx: &FormContext<'_>) -> Option<(PickerKind, Vec<(String, String)>)> {
        use ConsultationField as F;
        let lang = ctx.lang;
        let list = match self {
            F::Topics => (PickerKind::Topics, topic_choices(ctx.reference, lang)),
            F::Referrals => {
                // By the names as shown, in the interface language.
                let mut services: Vec<(String, String)> = ctx
                    .services
                    .iter()
                    .map(|s| (s.id.to_string(), s.name.get(lang).to_owned()))
                    .collect();
                services.sort_by_cached_key(|(_, name)| {
                    crate::text::fold(name.trim_start_matches(|c: char| !c.is_alphanumeric()))
                });
                (PickerKind::Services, services)
            }
            F::Country => (
                PickerKind::Country,
                coded_names(COUNTRY_CODES, country_name, lang),
            ),
            F::Language => (
                PickerKind::LanguageUsed,
                coded_names(LANGUAGE_CODES, language_name, lang),
            ),
            F::Interpreter => (
                PickerKind::Interpreter,
                coded_names(LANGUAGE_CODES, language_name, lang),
            ),
            F::County => (
                PickerKind::Residence,
                ctx.reference
                    .counties
                    .iter()
                    .map(|c| (c.name.clone(), c.name.clone()))
                    .chain(std::iter::once((
                        OUTSIDE_POMORSKIE.to_owned(),
                        lang.t(Msg::OutsidePomorskie).to_owned(),
                    )))
                    .collect(),
            ),
            typed_consultation_fields!() => return None,
        };
        Some(list)
    }

    fn shown(self, v: &str, ctx: &FormContext<'_>) -> String {
        use ConsultationField as F;
        let lang = ctx.lang;
        match self {
            F::Topics => ctx.reference.topic_label(v, lang).to_owned(),
            F::Referrals => ctx
                .services
                .iter()
                .find(|s| s.id.to_string() == v)
                .map_or_else(|| v.to_owned(), |s| s.name.get(lang).to_owned()),
            F::Country => country_name(v, lang).map_or_else(|| v.to_owned(), str::to_owned),
            F::Language | F::Interpreter => {
                language_name(v, lang).map_or_else(|| v.to_owned(), str::to_owned)
            }
            F::County if v == OUTSIDE_POMORSKIE => lang.t(Msg::OutsidePomorskie).to_owned(),
            F::County | typed_consultation_fields!() => v.to_owned(),
        }
    }
}
