//! Keeping the directory: the service form's draft and its validation.

pub mod draft;
