//! Offset maps: from a byte offset in a derived text back to a byte range in its source.
//!
//! Every text this crate derives (decoded text, cleaned text) carries an [`OffsetMap`] so that any span
//! of it can be shown in the document's original bytes.

use serde::Serialize;
use std::ops::Range;

/// One run of output bytes and the source bytes it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
struct Segment {
    out_start: usize,
    out_len: usize,
    src_start: usize,
    src_len: usize,
    /// `true` when output byte `i` of the run is source byte `src_start + i` (a verbatim copy).
    linear: bool,
}

/// Maps byte offsets of a derived text to byte ranges of its source.
///
/// Built by appending runs in output order: [`OffsetMap::push_copy`] for verbatim copies and
/// [`OffsetMap::push_replace`] for output bytes that stand for a whole source range (an entity, a
/// re-encoded character, an inserted separator).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OffsetMap {
    segments: Vec<Segment>,
    out_len: usize,
}

impl OffsetMap {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    /// The identity map of a text of `len` bytes.
    pub fn identity(len: usize) -> Self {
        let mut map = Self::new();
        map.push_copy(0, len);
        map
    }

    /// Length of the output text covered so far.
    pub fn out_len(&self) -> usize {
        self.out_len
    }

    /// Appends `len` output bytes copied verbatim from `src_start..src_start + len`.
    pub fn push_copy(&mut self, src_start: usize, len: usize) {
        if len == 0 {
            return;
        }
        if let Some(last) = self.segments.last_mut() {
            if last.linear && last.src_start + last.src_len == src_start {
                last.out_len += len;
                last.src_len += len;
                self.out_len += len;
                return;
            }
        }
        self.segments.push(Segment {
            out_start: self.out_len,
            out_len: len,
            src_start,
            src_len: len,
            linear: true,
        });
        self.out_len += len;
    }

    /// Appends `out_len` output bytes that all stand for the source range `src`.
    pub fn push_replace(&mut self, out_len: usize, src: Range<usize>) {
        if out_len == 0 {
            return;
        }
        if out_len == src.len() {
            // A same-length replacement is mapped byte for byte (e.g. NUL -> space).
            self.push_copy(src.start, out_len);
            return;
        }
        self.segments.push(Segment {
            out_start: self.out_len,
            out_len,
            src_start: src.start,
            src_len: src.len(),
            linear: false,
        });
        self.out_len += out_len;
    }

    fn segment_at(&self, out: usize) -> Option<&Segment> {
        let idx = self
            .segments
            .partition_point(|s| s.out_start + s.out_len <= out);
        self.segments.get(idx)
    }

    /// The source range of the output byte at `out` (empty range at the end for `out >= out_len`).
    pub fn map_byte(&self, out: usize) -> Range<usize> {
        match self.segment_at(out) {
            Some(s) if s.linear => {
                let p = s.src_start + (out - s.out_start);
                p..p + 1
            }
            Some(s) => s.src_start..s.src_start + s.src_len,
            None => {
                let end = self.segments.last().map_or(0, |s| s.src_start + s.src_len);
                end..end
            }
        }
    }

    /// The smallest source range that covers the output range `range`.
    pub fn map_range(&self, range: Range<usize>) -> Range<usize> {
        if range.is_empty() {
            let p = self.map_byte(range.start).start;
            return p..p;
        }
        let start = self.map_byte(range.start).start;
        let end = self.map_byte(range.end - 1).end;
        start..end.max(start)
    }
}

/// A set of byte ranges that may overlap each other, for "does this range overlap one already
/// taken?" in logarithmic time (a scan of every taken range made long documents quadratic).
#[derive(Debug, Default)]
pub(crate) struct Intervals {
    /// (start, insertion number) → end.
    by_start: std::collections::BTreeMap<(usize, usize), usize>,
    longest: usize,
}

impl Intervals {
    /// Whether `r` overlaps a taken range (`t.start < r.end && r.start < t.end`).
    pub(crate) fn overlaps(&self, r: &Range<usize>) -> bool {
        self.by_start
            .range(..(r.end, 0))
            .rev()
            .take_while(|((start, _), _)| start + self.longest > r.start)
            .any(|(_, end)| *end > r.start)
    }
    /// Whether a taken range starts at `at`.
    pub(crate) fn starts_at(&self, at: usize) -> bool {
        self.by_start
            .range((at, 0)..=(at, usize::MAX))
            .next()
            .is_some()
    }
    pub(crate) fn insert(&mut self, r: &Range<usize>) {
        let n = self.by_start.len();
        self.by_start.insert((r.start, n), r.end);
        self.longest = self.longest.max(r.end.saturating_sub(r.start));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_and_replace_runs_map_back() {
        // out "a&b" from src "a&amp;b": 'a' copy, '&' replaces 5 bytes, 'b' copy.
        let mut m = OffsetMap::new();
        m.push_copy(0, 1);
        m.push_replace(1, 1..6);
        m.push_copy(6, 1);
        assert_eq!(m.map_byte(0), 0..1);
        assert_eq!(m.map_byte(1), 1..6);
        assert_eq!(m.map_byte(2), 6..7);
        assert_eq!(m.map_range(0..3), 0..7);
        assert_eq!(m.map_range(5..5), 7..7);
    }

    #[test]
    fn contiguous_copies_merge() {
        let mut m = OffsetMap::new();
        m.push_copy(10, 3);
        m.push_copy(13, 2);
        assert_eq!(m.segments.len(), 1);
        assert_eq!(m.map_range(1..4), 11..14);
    }
}
