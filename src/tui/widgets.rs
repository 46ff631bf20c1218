//! Widgets that open over a screen (forms, pickers, one-line prompts) and the
//! scrolled pane of text every details pane is drawn in.

pub mod card;
pub mod form;
pub mod picker;
pub mod prompt;
pub mod scroll;
