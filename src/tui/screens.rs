//! The screens of the tab bar: each its state, update and drawing.

pub mod audit;
pub mod consultations;
pub mod reports;
pub mod services;
pub mod timetable;
