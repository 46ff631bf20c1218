//! Widgets that open over a screen: forms, pickers, one-line prompts.

pub mod card;
pub mod form;
pub mod picker;
pub mod prompt;
