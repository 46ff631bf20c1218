//! The client's card: opening it over the Services or Timetable screen, its
//! keys, and the language it leaves for the consultation logged next.

use super::{App, Popup};
use crate::i18n::{CardLang, Msg};
use crate::tui::action::Action;
use crate::tui::effect::Effect;
use crate::tui::widgets::card::{CardOf, CardPopup};

impl App {
    /// Opens the card of the selected service.
    pub(super) fn show_service_card(&mut self) {
        let Some(service) = self.services.selected() else {
            self.status = Some(self.lang.t(Msg::NoSelection).to_owned());
            return;
        };
        let of = CardOf::Service(Box::new(service.clone()));
        let popup = CardPopup::new(of, self.last_card_lang());
        self.open_card(popup);
    }

    /// Opens the card of the selected session.
    pub(super) fn show_session_card(&mut self) {
        let session = self
            .timetable
            .selected()
            .and_then(|o| self.timetable.sessions().get(o.session));
        let Some(session) = session else {
            self.status = Some(self.lang.t(Msg::NoSelection).to_owned());
            return;
        };
        let of = CardOf::Session(Box::new(session.clone()));
        let popup = CardPopup::new(of, self.last_card_lang());
        self.open_card(popup);
    }

    fn open_card(&mut self, popup: CardPopup) {
        self.card_language = Some((popup.service_id(), popup.lang));
        self.popup = Some(Popup::Card(Box::new(popup)));
    }

    /// The language of the last card shown, else the interface's.
    fn last_card_lang(&self) -> CardLang {
        self.card_language
            .map_or(CardLang::for_interface(self.lang), |(_, l)| l)
    }

    /// A key over the card.
    pub(super) fn card_key(&mut self, action: Option<Action>) {
        let Some(Popup::Card(card)) = &mut self.popup else {
            return;
        };
        match action {
            Some(Action::Back) => self.popup = None,
            Some(Action::CardLanguage) => {
                card.next_language();
                // The language chosen stays for the next card and for a
                // consultation logged from this service; nothing else about
                // the card is kept.
                self.card_language = Some((card.service_id(), card.lang));
            }
            Some(Action::Invert) => card.inverted = !card.inverted,
            Some(Action::Copy) => {
                let text = card.card().text();
                let name = card.lang.words().name;
                self.effects.push(Effect::Clipboard(text));
                self.status = Some(self.lang.fmt(Msg::CardCopied, &[&name]));
            }
            _ => {}
        }
    }

    /// The ISO code of the client's language chosen for this service's card,
    /// if its card was the last one shown (a hook for the consultation form).
    /// Taken once: a later consultation from the same service is another
    /// client's.
    pub(super) fn take_card_language_for(&mut self, service_id: &str) -> Option<String> {
        let (id, lang) = self.card_language?;
        if id?.to_string() != service_id {
            return None;
        }
        self.card_language = Some((None, lang));
        Some(lang.code().to_owned())
    }
}
