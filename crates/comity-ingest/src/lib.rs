//! # comity-ingest
//!
//! Ingestion of messy web documents into **proposed, sourced claims** for the comity ledger.
//! Bytes and strings in, structured results out: no SQLite, no CLI, no async.
//!
//! The stages, each a module named after its concept:
//!
//! 1. [`decode()`] — bytes to text (BOM, UTF-8, UTF-16, Windows-1252 fallback), with an [`OffsetMap`]
//!    back to the original bytes; U+FFFD, mojibake, NUL bytes and invalid UTF-8 are flagged.
//! 2. [`clean()`] — plain, wiki/Markdown and HTML text to paragraphs; script fragments, navigation,
//!    newsletter lines and reference lists are removed *and flagged*; chatbot leftovers and embedded
//!    related-article snippets are kept and flagged.
//! 3. [`detect_copies`] — passage-level near-duplicates (MinHash + LSH over word shingles, exact
//!    paragraph hashes): copy clusters and shared passages.
//! 4. [`find_dates`] — date expressions with precision; impossible dates rejected; relative dates
//!    resolved only against a stated document date.
//! 5. [`Gazetteer`] — actors, aliases, demonyms, capitals and office holders from the project's CSV
//!    tables; longest match on word boundaries.
//! 6. [`extract()`] — claims of the kinds of `eval/SCHEMA.md`, with evidence and its byte span in the
//!    original document, date and precision, confidence lowered by flags, status `proposed`.
//! 7. [`evaluate`] — precision/recall/F1 of predicted against gold claims (the SCHEMA.md matching rule).
//! 8. [`ingest`] — the whole pipeline, returning a [`Report`].
//! 9. [`decider`] — optional: a model behind an OpenAI-compatible endpoint chooses a label for the
//!    candidates the frames left undecided (never required; echoes the span or is dropped).
//! 10. [`learned`] — optional: a classifier learned from the annotated development half chooses
//!     the label instead of a model (built in, no endpoint; never overrides a rule's claim).

mod claim;
mod clean;
mod copies;
mod dates;
pub mod decider;
mod decode;
mod error;
mod eval;
mod extract;
mod flag;
mod frames;
mod gate;
mod html;
pub mod learned;
mod mentions;
mod offset_map;
mod pipeline;
mod rules;
mod rx;
mod speech;

pub use claim::{Claim, ClaimKind, Counts, DateBasis};
pub use clean::{clean, Block, BlockKind, CleanOptions, Cleaned, Format};
pub use copies::{
    detect_copies, Copies, CopyDoc, CopyIndex, CopyInput, CopyOptions, PairOverlap, SharedPassage,
};
pub use dates::{
    days_in_month, find_dates, impossible_dates, DateMention, DateQualifier, PartialDate, Precision,
};
pub use decode::{decode, Decoded};
pub use error::IngestError;
pub use eval::{
    bootstrap, dates_compatible, evaluate, parse_jsonl, ClaimKey, Evaluation, Interval, Score,
};
pub use extract::{extract, Candidate, DocInput, MAX_SENTENCE_BYTES};
pub use flag::{Flag, FlagKind};
pub use mentions::{Actor, ActorKind, Gazetteer, Holder, Mention, MentionKind};
pub use offset_map::OffsetMap;
pub use pipeline::{
    ingest, ingest_from, ingest_inputs, ingest_iter, Document, Files, Input, Known, KnownClaim,
    Options, Report, Source, Summary,
};
