//! # comity — the recognition ledger
//!
//! Actors (states, partially recognised entities, organisations), groups over
//! time, and dated claims — each with its sources and its claimant — stored in
//! SQLite; and the engine that answers *as of a date*: does A recognise B, since
//! when, according to whom; how many members of a group recognise B under a
//! named counting policy; which withdrawals are disputed.
//!
//! ```no_run
//! use comity::{Store, Policy};
//! let store = Store::open_in_memory()?;            // loads the shipped dataset
//! let ledger = store.ledger()?;
//! let today = jiff::civil::date(2026, 11, 22);
//! let rus = ledger.resolve("Russian Federation")?;
//! let s = ledger.status(&rus.id, "XKX", today, today);
//! println!("{}", s.recognition.reason);
//! let g20 = ledger.recognitions("XKX", today, Some("g20"), Policy::CONFIRMED, today)?;
//! println!("{} of the G20 recognise Kosovo", g20.counts().recognising);
//! # Ok::<(), comity::Error>(())
//! ```
//!
//! Layers (see ARCHITECTURE.md): [`date`] and [`model`] are plain types;
//! [`Store`] is the database; [`Ledger`] is an indexed snapshot that answers
//! queries ([`Ledger::status`], [`Ledger::recognitions`], [`Ledger::timeline`]).

pub mod date;
pub mod model;

mod count;
mod dataset;
mod error;
pub mod ideal;
pub mod ingest;
pub mod json;
mod ledger;
pub mod notes;
pub mod rollcall;
pub mod rules;
mod status;
mod store;
mod table;
pub mod wikidata;

pub use count::{CountEntry, Counted, Counts, Policy, Recognitions, Rule};
pub use dataset::{
    parse_actors, parse_claims, parse_coverage_gaps, parse_groups, parse_memberships,
    parse_opponents, parse_sources, ClaimExtent, Dataset, Opponent, CLAIM_COLUMNS,
};
pub use date::{Bound, Date, DateError, Precision, Timing};
pub use error::{Error, Result};
pub use ledger::{normalise, parse_as_of, same_sentence_groups, Ledger, RosterEntry};
pub use model::{
    Actor, ActorKind, Claim, ClaimStatus, Completeness, Coverage, Grade, Group, Membership,
    Predicate, Source, Span,
};
pub use status::{
    Decision, PairStatus, PredecessorAnswer, Recognition, RecognitionAnswer, Relations,
    RelationsAnswer, Role,
};
pub use store::{
    locate_import_error, locate_import_record, parse_import, parse_import_checked, ImportReport,
    InlineSource, Store, BUSY_TIMEOUT, MAX_IMPORT_BYTES,
};
