//! The consultation form: date/time prefilled, client code (Ctrl-N makes a new
//! one), topics, referrals, country, language and county from fuzzy pickers,
//! gender, age band and channel as quick choices, minutes, follow-up, notes.
//! What it holds is a [`ConsultationDraft`], which the app keeps as a draft in
//! the database while the form is open.

use std::collections::HashSet;

use chrono::NaiveDateTime;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::consultation::{
    AgeBand, Channel, ConsultationDraft, ConsultationField, Gender, NewConsultation,
    OUTSIDE_POMORSKIE, new_client_code,
};
use crate::i18n::{COUNTRY_CODES, LANGUAGE_CODES, Lang, Msg, country_name, language_name};
use crate::model::{Reference, Service};
use crate::tui::form::{Field, Form, FormOutcome, Input};
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
    pub services: &'a [Service],
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
        let label = |m: Msg| lang.t(m).to_owned();
        let field = |id, m: Msg, input| Field {
            id,
            label: label(m),
            input,
            error: None,
            visible: true,
        };
        let picked = |values: Vec<String>, labels: Vec<String>| Input::Picked { values, labels };
        let one = |v: &str| {
            if v.trim().is_empty() {
                Vec::new()
            } else {
                vec![v.trim().to_owned()]
            }
        };
        let country = one(&draft.country.to_uppercase());
        let language = one(&draft.language.to_lowercase());
        let interpreter = one(&draft.interpreter.to_lowercase());
        let county = one(&draft.county);
        let choice = |labels: Vec<&str>, selected| Input::Choice {
            options: labels.into_iter().map(str::to_owned).collect(),
            selected,
        };
        let fields = vec![
            field(F::At, Msg::FieldAt, Input::text(&draft.at)),
            field(F::Client, Msg::FieldClient, Input::text(&draft.client)),
            field(
                F::Topics,
                Msg::FieldTopics,
                picked(
                    draft.topics.clone(),
                    labels_of(F::Topics, &draft.topics, ctx),
                ),
            ),
            field(
                F::Referrals,
                Msg::FieldReferrals,
                picked(
                    draft.referrals.clone(),
                    labels_of(F::Referrals, &draft.referrals, ctx),
                ),
            ),
            field(
                F::Country,
                Msg::FieldCountry,
                picked(country.clone(), labels_of(F::Country, &country, ctx)),
            ),
            field(
                F::Language,
                Msg::FieldLanguageUsed,
                picked(language.clone(), labels_of(F::Language, &language, ctx)),
            ),
            field(
                F::Interpreter,
                Msg::FieldInterpreter,
                picked(
                    interpreter.clone(),
                    labels_of(F::Interpreter, &interpreter, ctx),
                ),
            ),
            field(
                F::County,
                Msg::FieldCounty,
                picked(county.clone(), labels_of(F::County, &county, ctx)),
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
            field(F::Notes, Msg::FieldNotes, {
                let mut area = ratatui_textarea::TextArea::new(
                    draft.notes.lines().map(str::to_owned).collect::<Vec<_>>(),
                );
                area.set_cursor_line_style(ratatui::style::Style::new());
                Input::Notes(Box::new(area))
            }),
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

    /// Handles a key.
    pub fn handle(&mut self, ev: KeyEvent, ctx: &FormContext<'_>) -> ConsultationFormOutcome {
        if ev.code == KeyCode::Char('n')
            && ev.modifiers.contains(KeyModifiers::CONTROL)
            && self.form.focused() == ConsultationField::Client
        {
            // A code is proposed at once; the app checks it is not in use.
            self.form
                .set_text(ConsultationField::Client, &new_client_code());
            return ConsultationFormOutcome::NewCode;
        }
        match self.form.handle(ev) {
            FormOutcome::Keep => ConsultationFormOutcome::Keep,
            FormOutcome::Cancel => ConsultationFormOutcome::Cancel,
            FormOutcome::Pick(field) => {
                let (kind, choices) = choices_for(field, ctx);
                self.form.open_picker(field, kind, choices, ctx.lang);
                ConsultationFormOutcome::Keep
            }
            FormOutcome::Picked(field, values) => {
                let labels = labels_of(field, &values, ctx);
                self.form.set_picked(field, values, labels);
                ConsultationFormOutcome::Keep
            }
            FormOutcome::Save => {
                let known: HashSet<Uuid> = ctx.services.iter().map(|s| s.id).collect();
                match self
                    .draft()
                    .validate(ctx.reference, &known, ctx.now, ctx.lang)
                {
                    Ok(c) => ConsultationFormOutcome::Save(Box::new(c), self.editing),
                    Err(problems) => {
                        let marked: Vec<(ConsultationField, String)> =
                            problems.into_iter().map(|p| (p.field, p.message)).collect();
                        self.form.set_errors(&marked);
                        self.form.message = Some(ctx.lang.t(Msg::FormFixErrors).to_owned());
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

/// The list of a picked field: what kind, and the (value, label) choices.
fn choices_for(
    field: ConsultationField,
    ctx: &FormContext<'_>,
) -> (PickerKind, Vec<(String, String)>) {
    use ConsultationField as F;
    let lang = ctx.lang;
    let (kind, choices): (PickerKind, Vec<(String, String)>) = match field {
        F::Topics => (
            PickerKind::Topics,
            ctx.reference
                .topics
                .iter()
                .map(|t| (t.code.clone(), t.label(lang).to_owned()))
                .collect(),
        ),
        F::Referrals => (
            PickerKind::Services,
            ctx.services
                .iter()
                .map(|s| (s.id.to_string(), s.name.get(lang).to_owned()))
                .collect(),
        ),
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
        _ => (
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
    };
    (kind, choices)
}

/// What a picked field shows for its values.
fn labels_of(field: ConsultationField, values: &[String], ctx: &FormContext<'_>) -> Vec<String> {
    use ConsultationField as F;
    let lang = ctx.lang;
    values
        .iter()
        .map(|v| match field {
            F::Topics => ctx.reference.topic_label(v, lang).to_owned(),
            F::Referrals => ctx
                .services
                .iter()
                .find(|s| s.id.to_string() == *v)
                .map_or_else(|| v.clone(), |s| s.name.get(lang).to_owned()),
            F::Country => country_name(v, lang).map_or_else(|| v.clone(), str::to_owned),
            F::Language | F::Interpreter => {
                language_name(v, lang).map_or_else(|| v.clone(), str::to_owned)
            }
            F::County if v == OUTSIDE_POMORSKIE => lang.t(Msg::OutsidePomorskie).to_owned(),
            _ => v.clone(),
        })
        .collect()
}
