//! The crate's one error type.

/// Everything that can go wrong in `comity-rules`.
///
/// Every variant carries enough context (line and column, the field, what was expected) for a
/// user to fix the input without reading the code.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A TOML document (bodies or votes) could not be read or does not match the format.
    #[error("{what}: line {line}, column {column}: {reason}")]
    Toml {
        /// Which document (`bodies` or `votes`).
        what: &'static str,
        /// 1-based line of the offending text (0 when the parser gave no position).
        line: usize,
        /// 1-based column (in characters) of the offending text (0 when unknown).
        column: usize,
        /// The parser's message.
        reason: String,
    },
    /// A value parsed but is not acceptable (a bad fraction, a duplicate id, an unknown body).
    #[error("{what} `{id}`, field `{field}`: {reason}")]
    Invalid {
        /// What kind of record (`body`, `vote`, `procedure`, `stance`, `rule`).
        what: &'static str,
        /// The record's id (or a description when it has none).
        id: String,
        /// The field at fault.
        field: &'static str,
        /// What was wrong and what was expected.
        reason: String,
    },
    /// An `--assume` list such as `ESP=yes,GRC=abstain` could not be parsed.
    #[error("assumption {position} (`{text}`): {reason}")]
    Assumption {
        /// 1-based position of the item in the comma-separated list.
        position: usize,
        /// The offending item as written.
        text: String,
        /// What was expected.
        reason: String,
    },
    /// A rule needs a count the tally does not have (e.g. the number of members for a
    /// `members` base or a quorum). The answer would be a guess, so none is given.
    #[error("rule needs `{what}`, which this tally does not record")]
    MissingCount {
        /// The missing count.
        what: &'static str,
    },
    /// A ballot names an actor that is not on the roster, or names one twice.
    #[error("actor `{actor}`: {reason}")]
    Roster {
        /// The actor id.
        actor: String,
        /// What is wrong.
        reason: String,
    },
    /// A model could not be fitted or used (no data, inconsistent counts).
    #[error("model: {reason}")]
    Model {
        /// What went wrong.
        reason: String,
    },
}

impl Error {
    /// Builds an [`Error::Toml`] from the toml crate's error and the source text, turning the
    /// byte span into a 1-based line and column.
    pub(crate) fn from_toml(what: &'static str, source: &str, err: &toml::de::Error) -> Self {
        let (line, column) = match err.span() {
            Some(span) => line_column(source, span.start),
            None => (0, 0),
        };
        Error::Toml {
            what,
            line,
            column,
            reason: err.message().trim().to_string(),
        }
    }
}

/// 1-based (line, column) of a byte offset; columns count characters.
pub(crate) fn line_column(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = source.get(..offset).unwrap_or(source);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_column_counts_from_one() {
        let text = "a = 1\nb = é2\n";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 6), (2, 1));
        // 'é' is two bytes but one column.
        assert_eq!(line_column(text, 6 + 4 + 2), (2, 6));
    }
}
