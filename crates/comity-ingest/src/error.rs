//! The crate's error type.

use thiserror::Error;

/// Everything that can go wrong while ingesting documents or scoring claims.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum IngestError {
    /// A document is larger than the configured limit; nothing was decoded.
    #[error("document `{doc}` is {size} bytes, more than the limit of {limit} bytes")]
    TooLarge {
        /// Document name.
        doc: String,
        /// Its size in bytes.
        size: usize,
        /// The configured limit.
        limit: usize,
    },
    /// A CSV table (actors or office holders) could not be read.
    #[error("{table}: line {line}: {reason}")]
    Table {
        /// Which table (`actors.csv`, `office_holders.csv`).
        table: String,
        /// 1-based line number (0 when unknown).
        line: u64,
        /// What was wrong and what was expected.
        reason: String,
    },
    /// A JSON line of a claims file could not be read.
    #[error("{file}: line {line}: {reason}")]
    Json {
        /// Which input (`gold`, `predicted`).
        file: String,
        /// 1-based line number.
        line: usize,
        /// The parser's message.
        reason: String,
    },
    /// A pattern failed to compile (a bug, reported instead of panicking).
    #[error("internal pattern error: {0}")]
    Pattern(String),
}
