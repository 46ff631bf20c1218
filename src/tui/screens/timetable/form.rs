//! The form for adding or correcting a session of the timetable.

use crossterm::event::KeyEvent;
use uuid::Uuid;

use crate::i18n::{Lang, Msg};
use crate::model::{Cancellation, Session, SessionMode};
use crate::timetable::draft::{SessionDraft, SessionField};
use crate::tui::action::Action;
use crate::tui::form::{Field, Fields, Form, FormOutcome, Input};
use crate::tui::picker::PickerKind;

/// What a key did to the session form.
pub enum SessionFormOutcome {
    /// Still editing.
    Keep,
    /// Closed without saving.
    Cancel,
    /// A valid session to save.
    Save(Box<Session>),
}

/// The form and what it edits.
pub struct SessionForm {
    /// The fields.
    pub form: Form<SessionField>,
    /// The session being corrected (id and cancellations to keep), or none for
    /// a new one.
    editing: Option<(Uuid, Vec<Cancellation>)>,
    /// The version of the session when the form was opened (none for a new
    /// one); after a conflict, the version saved meanwhile.
    pub version: Option<i64>,
}

impl SessionForm {
    /// A form holding `draft`; `editing` is the session it corrects, if any.
    pub fn new(draft: &SessionDraft, editing: Option<&Session>, lang: Lang) -> Self {
        use SessionField as F;
        let text = |id, label: Msg, value: &str| Field::new(id, label, Input::text(value), lang);
        let choice = |id, label: Msg, options: [Msg; 2], selected: usize| {
            let options = options.map(|m| lang.t(m).to_owned());
            Field::new(id, label, Input::choice(options, selected), lang)
        };
        let mut on = [false; 7];
        for d in &draft.days {
            on[d.num_days_from_monday() as usize] = true;
        }
        let fields = vec![
            text(F::Title, Msg::FieldTitle, &draft.title),
            text(F::TitleEn, Msg::FieldTitleEn, &draft.title_en),
            text(F::Audience, Msg::FieldWho, &draft.audience),
            text(F::AudienceEn, Msg::FieldWhoEn, &draft.audience_en),
            text(F::Theme, Msg::FieldTheme, &draft.theme),
            text(F::ThemeEn, Msg::FieldThemeEn, &draft.theme_en),
            text(F::Organiser, Msg::FieldOrganiser, &draft.organiser),
            text(F::OrganiserEn, Msg::FieldOrganiserEn, &draft.organiser_en),
            choice(
                F::Mode,
                Msg::FieldMode,
                [Msg::Online, Msg::InPerson],
                usize::from(draft.mode == SessionMode::InPerson),
            ),
            text(F::Place, Msg::FieldPlace, &draft.place),
            text(F::Link, Msg::FieldLink, &draft.link),
            text(F::Contact, Msg::FieldContact, &draft.contact),
            choice(
                F::Weekly,
                Msg::FieldRepeat,
                [Msg::Weekly, Msg::Once],
                usize::from(!draft.weekly),
            ),
            Field::new(F::Days, Msg::FieldDays, Input::Days { on, cursor: 0 }, lang),
            text(F::Date, Msg::FieldDate, &draft.date),
            text(F::Starts, Msg::FieldStarts, &draft.starts),
            text(F::Ends, Msg::FieldEnds, &draft.ends),
            text(F::ValidFrom, Msg::FieldValidFrom, &draft.valid_from),
            text(F::ValidUntil, Msg::FieldValidUntil, &draft.valid_until),
        ];
        let title = lang.t(if editing.is_some() {
            Msg::FormEditSession
        } else {
            Msg::FormNewSession
        });
        let mut form = Self {
            form: Form::new(title.to_owned(), fields),
            editing: editing.map(|s| (s.id, s.cancellations.clone())),
            version: None,
        };
        form.show_fields_of_repeat();
        form
    }

    /// Weekly sessions have days and a validity; one-off sessions a date.
    fn show_fields_of_repeat(&mut self) {
        let weekly = self.form.choice(SessionField::Weekly) == 0;
        self.form.set_visible(SessionField::Days, weekly);
        self.form.set_visible(SessionField::ValidFrom, weekly);
        self.form.set_visible(SessionField::ValidUntil, weekly);
        self.form.set_visible(SessionField::Date, !weekly);
    }

    /// What the form holds now.
    pub fn draft(&self) -> SessionDraft {
        use SessionField as F;
        let f = &self.form;
        SessionDraft {
            title: f.text(F::Title),
            title_en: f.text(F::TitleEn),
            audience: f.text(F::Audience),
            audience_en: f.text(F::AudienceEn),
            theme: f.text(F::Theme),
            theme_en: f.text(F::ThemeEn),
            organiser: f.text(F::Organiser),
            organiser_en: f.text(F::OrganiserEn),
            mode: if f.choice(F::Mode) == 1 {
                SessionMode::InPerson
            } else {
                SessionMode::Online
            },
            place: f.text(F::Place),
            link: f.text(F::Link),
            contact: f.text(F::Contact),
            weekly: f.choice(F::Weekly) == 0,
            days: f.days(F::Days),
            date: f.text(F::Date),
            starts: f.text(F::Starts),
            ends: f.text(F::Ends),
            valid_from: f.text(F::ValidFrom),
            valid_until: f.text(F::ValidUntil),
        }
    }

    /// Handles a key (`action` is what the key map made of it); on save,
    /// validates and either returns the session or marks the fields that are
    /// wrong.
    pub fn handle(
        &mut self,
        action: Option<Action>,
        ev: KeyEvent,
        lang: Lang,
    ) -> SessionFormOutcome {
        match self.form.handle(action, ev, &(), lang) {
            FormOutcome::Keep => {
                self.show_fields_of_repeat();
                SessionFormOutcome::Keep
            }
            FormOutcome::Cancel => SessionFormOutcome::Cancel,
            FormOutcome::Save => {
                let (id, cancellations) = self
                    .editing
                    .clone()
                    .unwrap_or_else(|| (Uuid::new_v4(), Vec::new()));
                match self.draft().validate(id, cancellations, lang) {
                    Ok(session) => SessionFormOutcome::Save(Box::new(session)),
                    Err(errors) => {
                        let problems = errors.into_iter().map(|e| (e.field, e.message));
                        self.form.refuse(problems, lang);
                        SessionFormOutcome::Keep
                    }
                }
            }
        }
    }
}

/// A session's fields are all typed or chosen in place.
impl Fields for SessionField {
    type Context<'a> = ();

    fn list(self, (): &()) -> Option<(PickerKind, Vec<(String, String)>)> {
        match self {
            SessionField::Title
            | SessionField::TitleEn
            | SessionField::Audience
            | SessionField::AudienceEn
            | SessionField::Theme
            | SessionField::ThemeEn
            | SessionField::Organiser
            | SessionField::OrganiserEn
            | SessionField::Mode
            | SessionField::Place
            | SessionField::Link
            | SessionField::Contact
            | SessionField::Weekly
            | SessionField::Days
            | SessionField::Date
            | SessionField::Starts
            | SessionField::Ends
            | SessionField::ValidFrom
            | SessionField::ValidUntil => None,
        }
    }

    fn shown(self, value: &str, (): &()) -> String {
        value.to_owned()
    }
}
