//! The review context of ingested claims: each quoted span inside its surrounding cleaned text.
//!
//! An ingested claim's span is a byte range in the document's *original* bytes, and its text
//! is an exact substring of the document. The cleaner keeps text verbatim wherever it can, so
//! the span's text is normally found in the cleaned text too; the context is then the
//! cleaned text before and after that occurrence (the occurrence nearest the span's offset
//! when the words repeat). When the cleaner changed the passage, the context comes from the
//! original bytes around the range instead, and says so (`from: "original"`).
//!
//! The documents are read once per snapshot, read-only, from the store's `document` table
//! (schema version 3 of `comity::Store`). Nothing here is HTML: the page inserts every part as
//! text.

use std::collections::HashMap;
use std::path::Path;

use comity::Ledger;
use serde::Serialize;

/// Bytes of context on each side of a span (cut at a character boundary, then at a space
/// when there is one nearby).
pub const CONTEXT_BYTES: usize = 240;

/// A span's surroundings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Context {
    /// The text before the span (starts with `…` when cut).
    pub before: String,
    /// The span's text as it appears in the text the context comes from.
    pub text: String,
    /// The text after the span (ends with `…` when cut).
    pub after: String,
    /// `cleaned` (the document's cleaned text) or `original` (its bytes, decoded).
    pub from: &'static str,
}

/// Contexts by (claim id, source id).
#[derive(Debug, Default)]
pub struct Contexts {
    by_claim: HashMap<String, Vec<(String, Context)>>,
}

impl Contexts {
    /// Reads the stored documents of `db` and builds the context of every claim span that
    /// points into one. A database without documents (or one that cannot be read) gives
    /// no contexts: the review view then shows the spans alone.
    pub fn load(db: &Path, ledger: &Ledger) -> Contexts {
        match read_documents(db) {
            Ok(docs) => Self::build(&docs, ledger),
            Err(e) => {
                tracing::warn!(error = %e, "no review context: the documents could not be read");
                Contexts::default()
            }
        }
    }

    /// Contexts from documents given as source id → (original bytes, cleaned text).
    pub fn build(docs: &HashMap<String, (Vec<u8>, String)>, ledger: &Ledger) -> Contexts {
        let mut by_claim: HashMap<String, Vec<(String, Context)>> = HashMap::new();
        if docs.is_empty() {
            return Contexts { by_claim };
        }
        for c in ledger.claims() {
            for sp in &c.sources {
                let (Some((start, end)), Some((bytes, cleaned))) = (sp.range, docs.get(&sp.source))
                else {
                    continue;
                };
                if let Some(cx) = context(bytes, cleaned, start, end, sp.text.as_deref()) {
                    by_claim
                        .entry(c.id.clone())
                        .or_default()
                        .push((sp.source.clone(), cx));
                }
            }
        }
        Contexts { by_claim }
    }

    /// The context of `claim`'s span in `source`.
    pub fn get(&self, claim: &str, source: &str) -> Option<&Context> {
        self.by_claim
            .get(claim)?
            .iter()
            .find(|(s, _)| s == source)
            .map(|(_, c)| c)
    }

    /// How many spans have a context.
    pub fn len(&self) -> usize {
        self.by_claim.values().map(Vec::len).sum()
    }

    /// Whether no span has a context.
    pub fn is_empty(&self) -> bool {
        self.by_claim.is_empty()
    }
}

fn read_documents(db: &Path) -> rusqlite::Result<HashMap<String, (Vec<u8>, String)>> {
    let conn = rusqlite::Connection::open_with_flags(
        db,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    let has_table: bool = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'document'",
            [],
            |r| r.get::<_, i64>(0),
        )
        .map(|n| n > 0)?;
    if !has_table {
        return Ok(HashMap::new());
    }
    let mut st = conn.prepare("SELECT source, bytes, cleaned FROM document")?;
    let rows = st.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            (r.get::<_, Vec<u8>>(1)?, r.get::<_, String>(2)?),
        ))
    })?;
    rows.collect()
}

/// The context of the span `start..end` (original bytes) whose text is `text`.
pub fn context(
    bytes: &[u8],
    cleaned: &str,
    start: usize,
    end: usize,
    text: Option<&str>,
) -> Option<Context> {
    if let Some(t) = text.filter(|t| !t.is_empty()) {
        // The occurrence in the cleaned text nearest the original offset (the cleaner only
        // removes or normalises, so the cleaned offset is usually at or before it).
        let at = cleaned
            .match_indices(t)
            .map(|(i, _)| i)
            .min_by_key(|&i| i.abs_diff(start));
        if let Some(i) = at {
            return Some(Context {
                before: before(cleaned, i),
                text: t.to_string(),
                after: after(cleaned, i + t.len()),
                from: "cleaned",
            });
        }
    }
    if start > end || end > bytes.len() {
        return None;
    }
    let original = String::from_utf8_lossy(bytes);
    // The lossy decoding keeps byte offsets only for valid UTF-8; otherwise find the span's
    // text again, or give up.
    let (s, e) = if matches!(original, std::borrow::Cow::Borrowed(_)) {
        (start, end)
    } else {
        let t = String::from_utf8_lossy(&bytes[start..end]);
        let i = original.find(t.as_ref())?;
        (i, i + t.len())
    };
    let (s, e) = (floor_char(&original, s), ceil_char(&original, e));
    Some(Context {
        before: before(&original, s),
        text: original[s..e].to_string(),
        after: after(&original, e),
        from: "original",
    })
}

fn floor_char(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Up to [`CONTEXT_BYTES`] before `i`, starting after a space when one is near the cut.
fn before(s: &str, i: usize) -> String {
    let i = floor_char(s, i);
    if i <= CONTEXT_BYTES {
        return s[..i].to_string();
    }
    let mut from = ceil_char(s, i - CONTEXT_BYTES);
    if let Some(sp) = s[from..i].find(char::is_whitespace) {
        if sp < CONTEXT_BYTES / 4 {
            from += sp + 1;
            from = ceil_char(s, from);
        }
    }
    format!("…{}", &s[from..i])
}

/// Up to [`CONTEXT_BYTES`] after `i`, ending before a space when one is near the cut.
fn after(s: &str, i: usize) -> String {
    let i = ceil_char(s, i);
    if s.len() - i <= CONTEXT_BYTES {
        return s[i..].to_string();
    }
    let mut to = floor_char(s, i + CONTEXT_BYTES);
    if let Some(sp) = s[i..to].rfind(char::is_whitespace) {
        if to - (i + sp) < CONTEXT_BYTES / 4 {
            to = i + sp;
        }
    }
    format!("{}…", &s[i..to])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn found_in_the_cleaned_text_with_both_sides() {
        let cleaned = "Intro. Japan recognised Kosovo today. Outro.";
        let bytes = b"<p>Intro.</p> <p>Japan recognised Kosovo today.</p> <p>Outro.</p>";
        let t = "Japan recognised Kosovo today.";
        let start = 17;
        let c = context(bytes, cleaned, start, start + t.len(), Some(t)).expect("context");
        assert_eq!(c.before, "Intro. ");
        assert_eq!(c.text, t);
        assert_eq!(c.after, " Outro.");
        assert_eq!(c.from, "cleaned");
    }

    #[test]
    fn long_sides_are_cut_at_spaces_and_marked() {
        let pad = "word ".repeat(100);
        let cleaned = format!("{pad}SPAN{pad}");
        let i = pad.len();
        let c = context(cleaned.as_bytes(), &cleaned, i, i + 4, Some("SPAN")).expect("context");
        assert!(c.before.starts_with('…') && c.before.len() <= CONTEXT_BYTES + 3);
        assert!(c.before.ends_with("word "));
        assert!(c.after.ends_with('…') && c.after.len() <= CONTEXT_BYTES + 3);
        assert!(c.after.starts_with("word"));
    }

    #[test]
    fn falls_back_to_the_original_bytes_and_never_splits_a_character() {
        let bytes = "Prishtinë: ça va, Kosovë".as_bytes();
        // A range starting inside "ë" (2 bytes) is widened to whole characters.
        let c = context(bytes, "unrelated", 9, 12, None).expect("context");
        assert_eq!(c.from, "original");
        assert_eq!(
            format!("{}{}{}", c.before, c.text, c.after),
            "Prishtinë: ça va, Kosovë"
        );
        // Out-of-range spans give nothing rather than a panic.
        assert!(context(bytes, "", 5, 500, None).is_none());
        assert!(context(bytes, "", 9, 3, None).is_none());
    }
}
