//! A keyboard form: labelled fields, one focused. Its keys come from the
//! form's table in the key map (`Tab`/`Shift-Tab` move, `Ctrl-S` saves, `Esc`
//! cancels and asks first when something was typed, and what the focused
//! field's editor takes); a key not in the table is typed into a text field.
//! Each field shows its problem under it, and saving moves the focus to the
//! first field with one. What differs between forms — which lists fill which
//! fields and how their values are shown — each form's field type says once,
//! through [`Fields`].

mod draw;
mod input;

use chrono::Weekday;
use crossterm::event::KeyEvent;

pub use input::{Input, paste_into, pasted, type_into};

use super::picker::{Picker, PickerKind, PickerOutcome};
use crate::i18n::{Lang, Msg};
use crate::tui::action::Action;
use crate::tui::keymap::{Context, Focus};

/// What a form's field type tells the shared form plumbing. Every method
/// matches on every field, so a new field must say what it is.
pub trait Fields: Copy + Eq {
    /// What the lists and labels are read from.
    type Context<'a>;

    /// The list a field is filled from, with its (value, label) choices; none
    /// for a field that is typed or chosen in place.
    fn list(self, ctx: &Self::Context<'_>) -> Option<(PickerKind, Vec<(String, String)>)>;

    /// What a field filled from a list shows for one of its values.
    fn shown(self, value: &str, ctx: &Self::Context<'_>) -> String;

    /// The field's input holding `values` (for a field filled from a list).
    fn picked(self, values: Vec<String>, ctx: &Self::Context<'_>) -> Input {
        let labels = values.iter().map(|v| self.shown(v, ctx)).collect();
        Input::Picked { values, labels }
    }
}

/// The topics as a list's (code, label) choices.
pub fn topic_choices(reference: &crate::model::Reference, lang: Lang) -> Vec<(String, String)> {
    reference
        .topics
        .iter()
        .map(|t| (t.code.clone(), t.label(lang).to_owned()))
        .collect()
}

/// One labelled field.
pub struct Field<F> {
    /// Which field it is.
    pub id: F,
    /// Its label.
    pub label: String,
    /// Its editor.
    pub input: Input,
    /// Its problem, if the last save found one.
    pub error: Option<String>,
    /// Hidden fields are skipped (e.g. the date of a weekly session).
    pub visible: bool,
    /// A key hint drawn beside the field's value (`Ctrl-N new code`).
    pub hint: Option<String>,
}

impl<F> Field<F> {
    /// A visible field with no problem.
    pub fn new(id: F, label: Msg, input: Input, lang: Lang) -> Self {
        Self {
            id,
            label: lang.t(label).to_owned(),
            input,
            error: None,
            visible: true,
            hint: None,
        }
    }

    /// The same field with a key hint beside its value.
    pub fn with_hint(self, hint: Msg, lang: Lang) -> Self {
        Self {
            hint: Some(lang.t(hint).to_owned()),
            ..self
        }
    }
}

/// What a key did to the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormOutcome {
    /// Still editing.
    Keep,
    /// Closed without saving.
    Cancel,
    /// The user asked to save (the owner validates and may keep it open).
    Save,
}

/// A form over fields identified by `F`.
pub struct Form<F> {
    title: String,
    fields: Vec<Field<F>>,
    focus: usize,
    dirty: bool,
    confirm_discard: bool,
    /// The open list of a picked field; it takes the keys while open.
    picker: Option<(F, Picker)>,
    /// A message for the whole form (e.g. "correct the marked fields").
    pub message: Option<String>,
    /// The "correct the marked fields" message of the last refused save: it
    /// goes once no field is marked any more.
    fix_message: Option<String>,
}

impl<F: Fields> Form<F> {
    /// A form with its title and fields; the focus on the first visible field.
    pub fn new(title: String, fields: Vec<Field<F>>) -> Self {
        let focus = fields.iter().position(|f| f.visible).unwrap_or(0);
        Self {
            title,
            fields,
            focus,
            dirty: false,
            confirm_discard: false,
            fix_message: None,
            picker: None,
            message: None,
        }
    }

    /// Opens the list of the focused field over the form, its current values
    /// ticked (or selected); nothing for a field with no list.
    fn open_list(&mut self, ctx: &F::Context<'_>, lang: Lang) {
        let field = self.focused();
        let Some((kind, choices)) = field.list(ctx) else {
            return;
        };
        let current = self.picked(field);
        let mut picker = Picker::new(kind, choices, current.first().map(String::as_str), lang);
        picker.tick(&current);
        self.picker = Some((field, picker));
    }

    /// Where the keys go: the open list, the "discard?" question, or the form.
    pub fn context(&self) -> Context {
        if self.picker.is_some() {
            Context::Picker
        } else if self.confirm_discard {
            Context::Confirm
        } else {
            Context::Form
        }
    }

    /// What has the focus, for the key tables.
    pub fn focus(&self) -> Focus {
        match &self.picker {
            Some((_, picker)) => picker.focus(),
            None => self.fields[self.focus].input.focus(),
        }
    }

    fn field(&self, id: F) -> Option<&Field<F>> {
        self.fields.iter().find(|f| f.id == id)
    }

    /// The text of a text field.
    pub fn text(&self, id: F) -> String {
        match self.field(id).map(|f| &f.input) {
            Some(Input::Text(area) | Input::Notes(area)) => area.lines().join("\n"),
            _ => String::new(),
        }
    }

    /// The values of a picked field.
    pub fn picked(&self, id: F) -> Vec<String> {
        match self.field(id).map(|f| &f.input) {
            Some(Input::Picked { values, .. }) => values.clone(),
            _ => Vec::new(),
        }
    }

    /// Sets the values of a picked field (after its list was closed).
    fn set_picked(&mut self, id: F, values: Vec<String>, ctx: &F::Context<'_>) {
        if let Some(f) = self.fields.iter_mut().find(|f| f.id == id) {
            f.input = id.picked(values, ctx);
            f.error = None;
            self.dirty = true;
        }
        self.error_fixed();
    }

    /// Replaces the text of a text field (e.g. a generated code).
    pub fn set_text(&mut self, id: F, text: &str) {
        if let Some(f) = self.fields.iter_mut().find(|f| f.id == id) {
            f.input = Input::text(text);
            f.error = None;
            self.dirty = true;
        }
        self.error_fixed();
    }

    /// After a field's problem went: when none is left, the message asking to
    /// correct them goes too (another message, such as a conflict, stays).
    fn error_fixed(&mut self) {
        if self.fields.iter().all(|f| f.error.is_none()) && self.message == self.fix_message {
            self.message = None;
            self.fix_message = None;
        }
    }

    /// The chosen option of a choice field.
    pub fn choice(&self, id: F) -> usize {
        match self.field(id).map(|f| &f.input) {
            Some(Input::Choice { selected, .. }) => *selected,
            _ => 0,
        }
    }

    /// The weekdays set in a days field, Monday first.
    pub fn days(&self, id: F) -> Vec<Weekday> {
        match self.field(id).map(|f| &f.input) {
            Some(Input::Days { on, .. }) => (0..7u8)
                .filter(|&i| on[usize::from(i)])
                .filter_map(|i| Weekday::try_from(i).ok())
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Shows or hides a field.
    pub fn set_visible(&mut self, id: F, visible: bool) {
        if let Some(f) = self.fields.iter_mut().find(|f| f.id == id) {
            f.visible = visible;
        }
    }

    /// Counts the content as typed (a form reopened from a draft).
    pub fn mark_dirty(&mut self) {
        self.dirty = true;
    }

    /// True when something was changed since the form opened.
    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// Marks fields with their problems and moves the focus to the first one.
    pub fn set_errors(&mut self, errors: &[(F, String)]) {
        for f in &mut self.fields {
            f.error = errors
                .iter()
                .find(|(id, _)| *id == f.id)
                .map(|(_, m)| m.clone());
        }
        if let Some(first) = self
            .fields
            .iter()
            .position(|f| f.visible && f.error.is_some())
        {
            self.focus = first;
        }
    }

    /// Refuses a save: marks the fields with their problems, focuses the
    /// first, and says so under the form.
    pub fn refuse(&mut self, problems: impl IntoIterator<Item = (F, String)>, lang: Lang) {
        let marked: Vec<(F, String)> = problems.into_iter().collect();
        self.set_errors(&marked);
        self.message = Some(lang.t(Msg::FormFixErrors).to_owned());
        self.fix_message = self.message.clone();
    }

    /// The id of the focused field.
    pub fn focused(&self) -> F {
        self.fields[self.focus].id
    }

    /// Moves the focus to a field (if it is shown).
    pub fn focus_on(&mut self, id: F) {
        if let Some(i) = self.fields.iter().position(|f| f.id == id && f.visible) {
            self.focus = i;
        }
    }

    fn step(&mut self, forward: bool) {
        let n = self.fields.len();
        for k in 1..=n {
            let i = if forward {
                (self.focus + k) % n
            } else {
                (self.focus + n - k) % n
            };
            if self.fields[i].visible {
                self.focus = i;
                return;
            }
        }
    }

    /// Handles a key: `action` is what the key map made of it in this form's
    /// [`context`](Self::context) and [`focus`](Self::focus) (none for a key
    /// typed as text). A list opened or closed is handled here.
    pub fn handle(
        &mut self,
        action: Option<Action>,
        ev: KeyEvent,
        ctx: &F::Context<'_>,
        lang: Lang,
    ) -> FormOutcome {
        if let Some((field, picker)) = &mut self.picker {
            let field = *field;
            let values = match picker.handle(action, &ev) {
                PickerOutcome::Keep => return FormOutcome::Keep,
                PickerOutcome::Cancel => None,
                PickerOutcome::Chosen(value) => Some(value.into_iter().collect()),
                PickerOutcome::ChosenMany(values) => Some(values),
            };
            self.picker = None;
            if let Some(values) = values {
                self.set_picked(field, values, ctx);
            }
            return FormOutcome::Keep;
        }
        if self.confirm_discard {
            self.confirm_discard = false;
            return if action == Some(Action::Yes) {
                FormOutcome::Cancel
            } else {
                FormOutcome::Keep
            };
        }
        match action {
            Some(Action::Save) => return FormOutcome::Save,
            Some(Action::Back) if self.dirty => self.confirm_discard = true,
            Some(Action::Back) => return FormOutcome::Cancel,
            Some(Action::OpenList) => self.open_list(ctx, lang),
            Some(Action::NextField) => self.step(true),
            Some(Action::PrevField) => self.step(false),
            // A letter typed on a field filled from a list opens the list
            // with that letter in its filter.
            None if matches!(self.fields[self.focus].input, Input::Picked { .. })
                && crate::tui::keymap::is_printable(&ev) =>
            {
                self.open_list(ctx, lang);
                if let Some((_, picker)) = &mut self.picker {
                    picker.handle(None, &ev);
                }
            }
            _ => {
                let field = &mut self.fields[self.focus];
                if input::edit(&mut field.input, action, ev) {
                    field.error = None;
                    self.dirty = true;
                    self.error_fixed();
                }
            }
        }
        FormOutcome::Keep
    }

    /// Inserts pasted text into the focused text field (or the filter of the
    /// open list): on one line in a one-line field, with its line breaks in a
    /// notes field. A paste on a field that is not text is ignored.
    pub fn paste(&mut self, text: &str) {
        if let Some((_, picker)) = &mut self.picker {
            picker.paste(text);
            return;
        }
        if self.confirm_discard {
            // "Discard what you typed?" waits for a key, not for text.
            return;
        }
        let field = &mut self.fields[self.focus];
        let changed = match &mut field.input {
            Input::Text(area) => paste_into(area, text, false),
            Input::Notes(area) => paste_into(area, text, true),
            _ => false,
        };
        if changed {
            field.error = None;
            self.dirty = true;
            self.error_fixed();
        }
    }
}
