//! Regex compilation for the whole crate.
//!
//! Every pattern's `\b` is compiled as an ASCII word boundary, `(?-u:\b)`. The regex crate's lazy
//! DFA cannot evaluate a Unicode word boundary on non-ASCII text (it gives up at the first
//! non-ASCII byte), and nearly every web sentence has one (’, “, é, and the private-use
//! characters of [`crate::frames`]' actor tokens), so with Unicode `\b` each search fell back to the
//! backtracking engine, which clears a visited set as large as the haystack on every call: about
//! half the pipeline's instructions (issue 13 item 4). `\w`, `\d`, `\s` and case folding stay
//! Unicode. The two boundaries differ only next to a non-ASCII letter or digit touching an ASCII one
//! ("Priština" has ASCII boundaries around the "š"); no pattern of the crate starts or ends a word
//! there, and the proposed claims on the seeds and the held-out gold are unchanged.

use regex::Regex;

/// `pattern` with every `\b` (outside a character class, not escaped) made ASCII.
pub(crate) fn ascii_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars().peekable();
    let mut class = 0usize;
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let Some(n) = chars.next() else {
                    out.push(c);
                    break;
                };
                if n == 'b' && class == 0 && chars.peek() != Some(&'{') {
                    out.push_str(r"(?-u:\b)");
                } else {
                    out.push(c);
                    out.push(n);
                }
            }
            '[' => {
                class += 1;
                out.push(c);
            }
            ']' if class > 0 => {
                class -= 1;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Compiles `pattern` with ASCII word boundaries (see the module documentation).
pub(crate) fn regex(pattern: &str) -> Result<Regex, regex::Error> {
    Regex::new(&ascii_boundaries(pattern))
}

/// The capacity of each frame pattern's lazy-DFA cache, per thread (the regex crate's default is
/// 2 MiB). The frames are some hundred patterns each searched on many sentences: with the default
/// their caches grew to about 290 MB on the 50 MB single-line bench document, the largest part of
/// the pipeline's peak memory (issue 13 item 4); with 1 MiB the folder's peak RSS is about 100 MB
/// lower and the 10× bench corpus takes 0.3 % more instructions. 256 KiB saved 50 MB more but is too
/// small a cache for the largest frames, whose searches then fall back to the backtracking engine
/// (13 % more instructions). The matches are the same whatever the capacity.
const FRAME_DFA_CACHE_BYTES: usize = 1 << 20;

/// Compiles a frame's pattern (already written with the boundaries it needs) with a lazy-DFA cache
/// of [`FRAME_DFA_CACHE_BYTES`].
pub(crate) fn frame_regex(pattern: &str) -> Result<Regex, regex::Error> {
    regex::RegexBuilder::new(pattern)
        .dfa_size_limit(FRAME_DFA_CACHE_BYTES)
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries_outside_classes_become_ascii() {
        assert_eq!(ascii_boundaries(r"\bx\b"), r"(?-u:\b)x(?-u:\b)");
        assert_eq!(ascii_boundaries(r"[\b]\\b"), r"[\b]\\b");
        assert_eq!(ascii_boundaries(r"\d\w\s"), r"\d\w\s");
        let r = regex(r"(?i)\brecogni[sz]e\b").unwrap_or_else(|e| panic!("{e}"));
        assert!(r.is_match("Kosovo’s bid: Japan will RECOGNISE it"));
        assert!(!r.is_match("unrecognised"));
    }
}
