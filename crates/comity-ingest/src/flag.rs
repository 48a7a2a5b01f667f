//! Flags: what ingestion noticed about a document. Flags lower confidence; they never delete text silently.

use serde::Serialize;
use std::ops::Range;

/// The kinds of problem or provenance signal a document can carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum FlagKind {
    /// Bytes that are not valid UTF-8 were replaced by U+FFFD.
    InvalidUtf8,
    /// The document already contains U+FFFD replacement characters (damage upstream).
    ReplacementChar,
    /// Mojibake such as `Ã©` or `â€™` (UTF-8 read as Windows-1252 somewhere upstream).
    Mojibake,
    /// NUL bytes (replaced by spaces in the text).
    NulBytes,
    /// Other control characters (replaced by spaces in the text).
    ControlChars,
    /// The text was decoded with a fallback encoding (e.g. Windows-1252), not UTF-8.
    FallbackEncoding,
    /// A script/style fragment or inline JavaScript was removed from the text.
    ScriptFragment,
    /// Navigation, newsletter, donation, share or cookie lines were removed.
    Boilerplate,
    /// A reference list / "See also" section was removed.
    References,
    /// Text that reads like chatbot output ("Regenerate response", "Here are some key aspects").
    ChatbotPassage,
    /// Snippets of other pages embedded in the document ("Related articles").
    RelatedArticles,
    /// HTML nested deeper than the configured limit (nesting tracking was capped).
    DeepNesting,
    /// A line longer than the configured limit (processed, but suspicious).
    LongLine,
    /// A sentence longer than `MAX_SENTENCE_BYTES` (kept in the text, not searched for claims).
    LongSentence,
}

impl FlagKind {
    /// Multiplier applied to the confidence of a claim whose evidence carries this flag.
    pub fn confidence_factor(self) -> f64 {
        match self {
            FlagKind::ChatbotPassage => 0.6,
            FlagKind::RelatedArticles => 0.75,
            FlagKind::Mojibake | FlagKind::ReplacementChar | FlagKind::InvalidUtf8 => 0.85,
            FlagKind::FallbackEncoding | FlagKind::NulBytes | FlagKind::ControlChars => 0.9,
            _ => 1.0,
        }
    }
}

/// One flag: its kind, where it applies in the ORIGINAL bytes (if localised), how many times, and a note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flag {
    /// What was noticed.
    pub kind: FlagKind,
    /// Byte range in the original document, when the flag is about one place.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub original: Option<Range<usize>>,
    /// How many occurrences this flag stands for.
    pub count: usize,
    /// A short human-readable note (e.g. the matched phrase).
    pub note: String,
}

impl Flag {
    /// A flag about one place in the original bytes.
    pub fn at(kind: FlagKind, original: Range<usize>, note: impl Into<String>) -> Self {
        Self {
            kind,
            original: Some(original),
            count: 1,
            note: note.into(),
        }
    }

    /// A document-wide flag with a count.
    pub fn counted(kind: FlagKind, count: usize, note: impl Into<String>) -> Self {
        Self {
            kind,
            original: None,
            count,
            note: note.into(),
        }
    }
}
