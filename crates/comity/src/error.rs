//! The one error type of the `comity` library.

use crate::date::DateError;

/// Everything that can go wrong in the ledger.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A row of an imported or shipped file is malformed. Nothing was written.
    #[error("{file}:{line}:{column}: field `{field}`: {reason}")]
    Import {
        /// File name as given.
        file: String,
        /// 1-based line number.
        line: u64,
        /// 1-based character column where the field starts.
        column: u64,
        /// The column header of the field.
        field: String,
        /// What was wrong and what was expected.
        reason: String,
    },
    /// A record of an import names what the ledger does not know (an actor, a source, a
    /// claimant) or reuses an id. Nothing was written. The caller that read the file can
    /// place it (`file:line:column`): the record's id and field say where.
    #[error("{kind} {id}: field `{field}`: {reason}")]
    ImportRecord {
        /// `claim` or `source`.
        kind: &'static str,
        /// The record's id.
        id: String,
        /// The column header of the field.
        field: &'static str,
        /// What was wrong and what was expected.
        reason: String,
    },
    /// A name that matches no actor.
    #[error("unknown actor {name:?}{}", did_you_mean(.suggestions))]
    UnknownActor {
        /// The name as given.
        name: String,
        /// Close names, best first.
        suggestions: Vec<String>,
    },
    /// A claimant filter that is neither an actor nor a claimant the ledger's claims name.
    #[error(
        "unknown claimant {name:?}: neither an actor nor one of the ledger's other claimants ({}){}",
        .kinds.join(", "),
        did_you_mean(.suggestions)
    )]
    UnknownClaimant {
        /// The name as given.
        name: String,
        /// Close claimant kinds and actors, best first.
        suggestions: Vec<String>,
        /// The claimants of the ledger that are not actors (`media`, `wikipedia` …).
        kinds: Vec<String>,
    },
    /// A name that matches several actors.
    #[error("{name:?} is ambiguous: it names {}; give one of their codes", .candidates.join(", "))]
    AmbiguousActor {
        /// The name as given.
        name: String,
        /// The actors it names, as `ID (Name)`.
        candidates: Vec<String>,
    },
    /// A group id that does not exist.
    #[error("unknown group {name:?} (known groups: {})", .known.join(", "))]
    UnknownGroup {
        /// The id as given.
        name: String,
        /// The ids that exist.
        known: Vec<String>,
    },
    /// A claim id that does not exist.
    #[error("unknown claim {0:?}")]
    UnknownClaim(String),
    /// A source id that does not exist.
    #[error("unknown source {0:?}")]
    UnknownSource(String),
    /// A recorded vote id that does not exist.
    #[error("unknown vote {id:?} (known: {known})")]
    UnknownVote {
        /// The id given.
        id: String,
        /// The known ids, comma-separated.
        known: String,
    },
    /// A malformed date given by the user.
    #[error(transparent)]
    Date(#[from] DateError),
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A value given by the user is not acceptable.
    #[error("{0}")]
    Invalid(String),
    /// A rule, a recorded vote or a stance failed in the rules engine.
    #[error(transparent)]
    Rules(#[from] comity_rules::Error),
    /// The database failed. (Not a `#[source]`: the message already says it all, and
    /// error chains printed with `{:#}` would repeat it.)
    #[error("database: {0}")]
    Storage(StorageError),
}

/// An opaque database error (SQLite stays an implementation detail).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct StorageError(String);

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        let hint = match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
                BUSY_HINT
            }
            Some(rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::CannotOpen) => READ_ONLY_HINT,
            Some(rusqlite::ErrorCode::DiskFull) => FULL_HINT,
            _ => "",
        };
        Error::Storage(StorageError(format!("{e}{hint}")))
    }
}

/// Added to "database is locked": another writer held the database past the busy timeout.
pub(crate) const BUSY_HINT: &str = " (another comity process is writing to this database and did not finish within the busy timeout; nothing was written; retry when it is done)";
/// Added when the database cannot be written where it is.
pub(crate) const READ_ONLY_HINT: &str = " (cannot write the database here: is the directory or file read-only? pass --db with a writable path)";
/// Added when the disk is full or failing.
pub(crate) const FULL_HINT: &str =
    " (the disk is full or failing; the transaction was rolled back, nothing was written)";

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::Invalid(format!("JSON: {e}"))
    }
}

fn did_you_mean(s: &[String]) -> String {
    if s.is_empty() {
        String::new()
    } else {
        format!("; did you mean: {}?", s.join(", "))
    }
}

/// Shorthand for results of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
