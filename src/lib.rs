//! Pomost: the help desk of a migrant support centre, in a terminal.
//!
//! The core — domain types, the SQLite store, search, import/export and the
//! shipped catalogue — has no terminal code. The `tui` module is a thin face over
//! it, and `cli` runs the subcommands.

#![deny(clippy::unwrap_used)]
#![cfg_attr(test, allow(clippy::unwrap_used))]

pub mod access;
pub mod audit;
pub mod card;
pub mod cli;
pub mod clock;
pub mod config;
pub mod consultation;
pub mod dates;
pub mod directory;
pub mod hsds;
pub mod i18n;
pub mod limits;
pub mod model;
pub mod policy;
pub mod privilege;
pub mod report;
pub mod schedule;
pub mod search;
pub mod seed;
pub mod staff;
pub mod store;
pub mod text;
pub mod timetable;
pub mod tui;
