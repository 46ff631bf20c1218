//! The app's part for consultations: the form, its draft, referrals from the
//! Services screen, and the actions of the Consultations screen.

use std::time::{Duration, Instant};

use crossterm::event::KeyEvent;

use super::{App, Popup};
use crate::consultation::ConsultationDraft;
use crate::i18n::Msg;
use crate::tui::action::Action;
use crate::tui::consultations::form::{
    ConsultationForm, ConsultationFormOutcome, Editing, FormContext, SavedDraft,
};
use crate::tui::effect::Effect;
use crate::tui::screen::Screen;

/// The draft is written at most this often while typing (and always within
/// about a second of a change: the event loop ticks every 200 ms).
const DRAFT_EVERY: Duration = Duration::from_millis(800);

impl App {
    fn form_context(&self) -> FormContext<'_> {
        FormContext {
            reference: &self.reference,
            services: self.services.services(),
            now: self.timetable.now(),
            staff: self.consultations.user(),
            lang: self.lang,
        }
    }

    /// Opens the form on a draft (switching to the Consultations screen).
    pub(super) fn open_consultation_form(
        &mut self,
        draft: &ConsultationDraft,
        editing: Option<Editing>,
    ) {
        let form = ConsultationForm::new(draft, editing, &self.form_context());
        self.draft_saved = (None, Instant::now());
        self.referral = None;
        self.show_consultations();
        self.popup = Some(Popup::ConsultationForm(Box::new(form)));
    }

    fn blank_draft(&self) -> ConsultationDraft {
        ConsultationDraft {
            at: self.timetable.now().format("%Y-%m-%d %H:%M").to_string(),
            ..ConsultationDraft::default()
        }
    }

    /// Switches to the Consultations screen behind a popup (the form, the
    /// draft offer), reading its list as a change of tab does: whatever the
    /// popup's answer, the list under it is today's, not an empty one.
    fn show_consultations(&mut self) {
        if self.screen != Screen::Consultations {
            self.show(Screen::Consultations);
        }
    }

    /// `Enter` on the Services screen: a new consultation referring to the
    /// selected service, with what the search already says about the person
    /// (see [`referral_draft`](Self::referral_draft)), the focus on the
    /// client code. Saving or cancelling comes back to the search as it was.
    pub(super) fn refer_selected_service(&mut self) {
        let Some(service) = self.services.selected() else {
            return;
        };
        let name = service.name.get(self.lang).to_owned();
        let mut draft = self.referral_draft(service);
        // card: the client's language chosen for this service's card (issue
        // #17) is the consultation's, unless the worker changes it.
        let id = draft.referrals.first().cloned().unwrap_or_default();
        if let Some(language) = self.take_card_language_for(&id) {
            draft.language = language;
        }
        self.open_consultation_form(&draft, None);
        if let Some(Popup::ConsultationForm(form)) = &mut self.popup {
            form.focus_client();
        }
        self.referral = Some(name);
    }

    /// A referral to `service`: its topics (only those the query asked about
    /// when it named some of them: `prawnik` → legal advice, not the
    /// service's other topics; else the topic filter's, else all), and the
    /// county of the county filter or, failing that, of the place the query
    /// named (`słupsk` → the city county Słupsk).
    fn referral_draft(&self, service: &crate::model::Service) -> ConsultationDraft {
        let reading = self.services.reading();
        let filter = self.services.filter();
        let asked: Vec<String> = reading
            .topics
            .iter()
            .chain(filter.topic.iter())
            .filter(|t| service.topics.contains(t))
            .cloned()
            .collect();
        let mut topics = if asked.is_empty() {
            service.topics.clone()
        } else {
            asked
        };
        topics.dedup();
        let county = filter
            .county
            .clone()
            .or_else(|| reading.place.as_ref().map(|p| p.county.clone()))
            .filter(|c| self.reference.counties.iter().any(|k| k.name == *c))
            .unwrap_or_default();
        ConsultationDraft {
            referrals: vec![service.id.to_string()],
            topics,
            county,
            ..self.blank_draft()
        }
    }

    pub(super) fn consultation_form_key(&mut self, action: Option<Action>, ev: KeyEvent) {
        let ctx = FormContext {
            reference: &self.reference,
            services: self.services.services(),
            now: self.timetable.now(),
            staff: self.consultations.user(),
            lang: self.lang,
        };
        let Some(Popup::ConsultationForm(form)) = &mut self.popup else {
            return;
        };
        match form.handle(action, ev, &ctx) {
            ConsultationFormOutcome::Keep => {}
            ConsultationFormOutcome::NewCode => {
                self.effects.push(Effect::EnsureUniqueCode(form.client()));
            }
            ConsultationFormOutcome::Cancel => {
                self.popup = None;
                self.effects.push(Effect::DeleteDraft);
                // A referral cancelled: back to the search, as it was.
                if self.referral.take().is_some() {
                    self.screen = Screen::Services;
                }
            }
            // The form stays open until the save has succeeded, so nothing typed
            // is lost if it fails.
            ConsultationFormOutcome::Save(c, editing) => {
                self.effects.push(Effect::SaveConsultation(c, editing));
            }
        }
    }

    /// Writes the open form's content as the user's draft when it changed, at
    /// most every [`DRAFT_EVERY`].
    pub(super) fn autosave_draft(&mut self) {
        let Some(Popup::ConsultationForm(form)) = &self.popup else {
            return;
        };
        if self.read_only || self.draft_saved.1.elapsed() < DRAFT_EVERY {
            return;
        }
        let current = form.saved_draft();
        if !form.is_dirty() || self.draft_saved.0.as_ref() == Some(&current) {
            return;
        }
        if let Ok(json) = serde_json::to_string(&current) {
            self.effects.push(Effect::SaveDraft(json));
            self.draft_saved = (Some(current), Instant::now());
        }
    }

    /// The last draft write failed (another user's save held the database):
    /// it is tried again at the next tick.
    pub fn draft_not_saved(&mut self) {
        self.draft_saved.0 = None;
    }

    /// Reads the consultations list again at the next chance (others' changes).
    pub fn refresh_consultations_soon(&mut self) {
        self.effects.push(Effect::RefreshConsultations);
    }

    /// Writes the open form's content as the draft now if it changed (before
    /// the process ends on a signal).
    pub fn flush_draft(&mut self) {
        self.draft_saved.1 = Instant::now() - DRAFT_EVERY;
        self.autosave_draft();
    }

    /// After loading: offers the user's unsaved draft back, if there is one.
    pub(super) fn offer_draft(&mut self, draft: Option<(String, String)>) {
        let Some((json, saved_at)) = draft else {
            return;
        };
        match serde_json::from_str::<SavedDraft>(&json) {
            Ok(saved) if !saved.draft.is_blank() => {
                // Kept in UTC; said in the desk's (Warsaw) time.
                let when = self.lang.instant(&saved_at);
                self.pending_offer = Some((Box::new(saved), when));
                self.offer_pending_draft();
            }
            _ => self.effects.push(Effect::DeleteDraft),
        }
    }

    /// Shows the draft offer once nothing else is open: keys typed before the
    /// data was loaded may have opened a form, which the offer must not
    /// replace. True when it was shown.
    pub(super) fn offer_pending_draft(&mut self) -> bool {
        if self.popup.is_some() {
            return false;
        }
        let Some((saved, when)) = self.pending_offer.take() else {
            return false;
        };
        self.show_consultations();
        self.popup = Some(Popup::DraftOffer(saved, when));
        true
    }

    /// The answer to "open your draft?": yes opens it, no discards it; any
    /// other key (or a paste) leaves the question exactly as it was, with the
    /// draft's time, because the draft is only kept until the next form opens.
    pub(super) fn draft_offer_key(&mut self, action: Option<Action>) {
        let Some(Popup::DraftOffer(saved, when)) = self.popup.take() else {
            return;
        };
        match action {
            Some(Action::Yes) => {
                self.open_consultation_form(&saved.draft, saved.editing);
                // What the draft holds was typed: closing asks first.
                if let Some(Popup::ConsultationForm(form)) = &mut self.popup {
                    form.form.mark_dirty();
                }
            }
            Some(Action::No) => self.effects.push(Effect::DeleteDraft),
            _ => self.popup = Some(Popup::DraftOffer(saved, when)),
        }
    }

    /// The actions of the Consultations screen.
    pub(super) fn update_consultations(&mut self, action: Action) {
        match action {
            Action::NewConsultation | Action::CorrectConsultation | Action::MarkFollowUpDone
                if self.refused(false) => {}
            Action::CorrectConsultation | Action::MarkFollowUpDone | Action::ShowHistory
                if self.refused_others() => {}
            Action::CorrectConsultation
                if self
                    .consultations
                    .selected()
                    .is_some_and(|c| c.client.is_empty()) =>
            {
                self.status = Some(self.lang.t(Msg::ErrAnonymised).to_owned());
            }
            Action::NewConsultation => {
                let draft = self.blank_draft();
                self.open_consultation_form(&draft, None);
            }
            Action::CorrectConsultation => {
                if let Some(c) = self.consultations.selected() {
                    let editing = Editing {
                        id: c.id,
                        version: c.version,
                    };
                    let draft = ConsultationDraft::from_consultation(c);
                    self.open_consultation_form(&draft, Some(editing));
                }
            }
            Action::GoToDate => {
                let prompt = crate::tui::prompt::Prompt::new(
                    crate::tui::prompt::PromptKind::DateRange,
                    self.lang.t(Msg::DateRangePrompt).to_owned(),
                    "",
                );
                self.popup = Some(Popup::Prompt(Box::new(prompt)));
            }
            Action::PickTopic => {
                let choices = self
                    .reference
                    .topics
                    .iter()
                    .map(|t| (t.code.clone(), t.label(self.lang).to_owned()))
                    .collect();
                let picker = crate::tui::picker::Picker::new(
                    crate::tui::picker::PickerKind::Topic,
                    choices,
                    self.consultations.topic.as_deref(),
                    self.lang,
                );
                self.popup = Some(Popup::Picker(Box::new(picker)));
            }
            Action::FilterClient => {
                let prompt = crate::tui::prompt::Prompt::new(
                    crate::tui::prompt::PromptKind::ClientCode,
                    self.lang.t(Msg::ClientFilterPrompt).to_owned(),
                    self.consultations.client.as_deref().unwrap_or(""),
                );
                self.popup = Some(Popup::Prompt(Box::new(prompt)));
            }
            Action::ShowHistory => {
                if let Some(c) = self.consultations.selected() {
                    self.effects.push(Effect::ShowHistory(c.id));
                }
            }
            Action::MarkFollowUpDone => self.ask_follow_up_done(),
            other => {
                if self.consultations.update(other) {
                    self.effects.push(Effect::RefreshConsultations);
                }
            }
        }
    }
}

impl App {
    /// `d`: asks before marking the selected consultation's follow-up done
    /// (it cannot be undone), or says why there is nothing to mark.
    fn ask_follow_up_done(&mut self) {
        let lang = self.lang;
        let Some(c) = self.consultations.selected() else {
            return;
        };
        let question = match c.follow_up {
            None => Err(Msg::NoFollowUpToMark),
            Some(_) if c.follow_up_done => Err(Msg::FollowUpAlreadyDone),
            Some(due) => {
                let client = if self.consultations.masked {
                    crate::tui::consultations::MASK.to_owned()
                } else {
                    c.client.clone()
                };
                Ok(lang.fmt(Msg::FollowUpDoneQuestion, &[&client, &lang.date(due)]))
            }
        };
        match question {
            Ok(question) => self.confirm(question, Effect::MarkFollowUpDone(c.id), None),
            Err(why) => self.status = Some(lang.t(why).to_owned()),
        }
    }

    /// True, with the reason in the status line, when the selected
    /// consultation is someone else's and this user (desk) may only correct
    /// and read the history of their own.
    fn refused_others(&mut self) -> bool {
        let Some(staff) = self.consultations.selected().map(|c| c.staff.clone()) else {
            return false;
        };
        self.refused_role(crate::policy::Action::HandleConsultationOf(&staff))
    }
}

/// Parses `YYYY-MM-DD` or `YYYY-MM-DD..YYYY-MM-DD` (also with a space, a dash
/// or an en/em dash between) into a range, earlier date first.
///
/// The text is whatever was typed, so it is never cut at a byte position: the
/// first date is read off the front and the rest is what remains of it.
pub fn parse_range(text: &str) -> Option<(chrono::NaiveDate, chrono::NaiveDate)> {
    // Only a date that starts with a digit: `%Y` would read `-2022` as a year.
    let starts_with_digit = |t: &str| t.starts_with(|c: char| c.is_ascii_digit());
    let text = text.trim();
    if !starts_with_digit(text) {
        return None;
    }
    let (a, rest) = chrono::NaiveDate::parse_and_remainder(text, "%Y-%m-%d").ok()?;
    let rest = rest.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '.' | '-' | '\u{2013}' | '\u{2014}')
    });
    let b = if rest.is_empty() {
        a
    } else if starts_with_digit(rest) {
        chrono::NaiveDate::parse_from_str(rest.trim_end(), "%Y-%m-%d").ok()?
    } else {
        return None;
    };
    // The same years as every other date typed ([`crate::dates`]).
    if !(crate::dates::in_range(a) && crate::dates::in_range(b)) {
        return None;
    }
    Some((a.min(b), a.max(b)))
}

#[cfg(test)]
mod tests;
