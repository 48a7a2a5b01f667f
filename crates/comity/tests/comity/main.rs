//! Integration tests of the ledger: the rules of the status engine, the counts
//! the issue and the sources name, imports, and the shipped dataset.
//!
//! Expected values come from the sources named beside them: the issue text
//! (which restates the published G20/EU/P5 positions), `shared/data/kosovo/
//! SOURCES.md`, and the official pages cited in `data/sources.csv`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod bodies;
mod dataset;
mod field;
mod ideal_dev;
mod ingest;
mod issue9;
mod review15;
mod review17;
mod review18;
mod rules;
mod session10;
mod session9;
mod snapshots;
mod store;
mod suspended;

use comity::{Ledger, Store};
use jiff::civil;

pub fn ledger() -> Ledger {
    Store::open_in_memory().unwrap().ledger().unwrap()
}

pub fn day(s: &str) -> civil::Date {
    s.parse().unwrap()
}

/// A fixed "today" so that answers do not drift with the calendar.
pub fn today() -> civil::Date {
    day("2026-11-22")
}
mod rollcall;
