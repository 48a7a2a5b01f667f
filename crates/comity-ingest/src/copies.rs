//! Copies: passage-level near-duplicate detection across documents.
//!
//! Each document's cleaned text is split into words; passages (blocks cut into windows of 20 words,
//! every 10 words) get a MinHash signature of their 5-word shingles (one-permutation hashing: 64 bins
//! of one hash, densified; see `EMPTY`), and LSH (16 bands of 4 rows) proposes
//! document pairs that share a similar passage. Exact hashes of normalised paragraphs propose pairs too.
//! Each proposed pair is then verified exactly: the shared shingles are collected into maximal runs
//! (shared passages, with spans in both documents) and the share of the smaller document covered.
//! Documents whose shared share reaches a threshold form a copy cluster (union-find).

use serde::Serialize;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

const SHINGLE: usize = 5;
const PERMS: usize = 64;
const BANDS: usize = 16;
const ROWS: usize = PERMS / BANDS;
const WINDOW: usize = 20;
const STRIDE: usize = 10;

/// Input to copy detection: one document's cleaned text and block ranges.
#[derive(Debug, Clone, Copy)]
pub struct CopyInput<'a> {
    /// Cleaned text.
    pub text: &'a str,
    /// Block (paragraph) ranges in `text`.
    pub blocks: &'a [Range<usize>],
}

/// A passage shared by two documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SharedPassage {
    /// Index of the first document.
    pub a: usize,
    /// Byte range in the first document's cleaned text.
    pub a_range: Range<usize>,
    /// Index of the second document.
    pub b: usize,
    /// Byte range in the second document's cleaned text (first occurrence).
    pub b_range: Range<usize>,
    /// Number of words in the shared passage.
    pub words: usize,
}

/// How much two documents share.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PairOverlap {
    /// First document.
    pub a: usize,
    /// Second document.
    pub b: usize,
    /// Shared shingles / shingles of the smaller document (containment, 0–1).
    pub containment: f64,
    /// Shared shingles / union of shingles (Jaccard, 0–1).
    pub jaccard: f64,
    /// Number of identical normalised paragraphs found for the pair: those whose copies the two
    /// documents are within 64 places of each other in (a paragraph in more documents is
    /// compared along a chain, `PARA_PEERS`).
    pub exact_paragraphs: usize,
}

/// The result of copy detection.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Copies {
    /// Cluster id of each document (documents in one cluster copy each other).
    pub cluster_of: Vec<usize>,
    /// Clusters as lists of document indexes (only clusters of two or more).
    pub clusters: Vec<Vec<usize>>,
    /// Every verified pair that shares anything.
    pub pairs: Vec<PairOverlap>,
    /// Shared passages of at least `min_passage_words` words.
    pub passages: Vec<SharedPassage>,
    /// Candidate pairs proposed by LSH and paragraph hashes (before `max_pairs`): the cost of
    /// verification, reported by the benchmark.
    #[serde(skip)]
    pub candidate_pairs: usize,
}

/// Options for copy detection.
#[derive(Debug, Clone, Copy)]
pub struct CopyOptions {
    /// Containment at or above which two documents are one copy cluster.
    pub cluster_containment: f64,
    /// Shortest shared passage reported, in words.
    pub min_passage_words: usize,
    /// Upper bound on verified pairs (bounds time on large corpora of near-copies).
    pub max_pairs: usize,
}

impl Default for CopyOptions {
    fn default() -> Self {
        Self {
            cluster_containment: 0.3,
            min_passage_words: 12,
            max_pairs: 20_000,
        }
    }
}

/// The words of a text (lower-cased alphanumeric runs) in one buffer: `lower` holds every word
/// followed by a space, word `i` is `lower[off[i]..off[i + 1]]` (space included) and lies at
/// `range[i]` in the text. One allocation per document instead of one per word.
#[derive(Default)]
pub(crate) struct Words {
    lower: Vec<u8>,
    off: Vec<u32>,
    range: Vec<(u32, u32)>,
}

impl Words {
    pub(crate) fn new(text: &str) -> Self {
        // Offsets are u32: copy detection sees at most the first 4 GiB of a text (the document size
        // limit is far below).
        let mut text = text;
        if text.len() > u32::MAX as usize {
            let mut end = u32::MAX as usize;
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            text = &text[..end];
        }
        let mut w = Words {
            lower: Vec::with_capacity(text.len() / 2),
            off: vec![0],
            range: Vec::new(),
        };
        let mut start = None;
        let mut ascii = true;
        for (i, c) in text.char_indices() {
            if c.is_alphanumeric() {
                start.get_or_insert(i);
                ascii &= c.is_ascii();
            } else if let Some(s) = start.take() {
                w.push(&text[s..i], s, ascii);
                ascii = true;
            }
        }
        if let Some(s) = start {
            w.push(&text[s..], s, ascii);
        }
        w
    }
    fn push(&mut self, word: &str, at: usize, ascii: bool) {
        if ascii {
            self.lower
                .extend(word.bytes().map(|b| b.to_ascii_lowercase()));
        } else {
            self.lower.extend_from_slice(word.to_lowercase().as_bytes());
        }
        self.lower.push(b' ');
        self.off.push(self.lower.len() as u32);
        self.range.push((at as u32, (at + word.len()) as u32));
    }
    pub(crate) fn len(&self) -> usize {
        self.range.len()
    }
    /// FNV-1a of words `a..b` (each followed by a space).
    fn fnv(&self, a: usize, b: usize) -> u64 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for &x in &self.lower[self.off[a] as usize..self.off[b] as usize] {
            h ^= u64::from(x);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        h
    }
    /// Shingle hashes of words `a..b`: one per 5-word window, or one of all words when fewer.
    pub(crate) fn shingles(&self, a: usize, b: usize) -> Vec<u64> {
        if b <= a {
            return Vec::new();
        }
        if b - a < SHINGLE {
            return vec![self.fnv(a, b)];
        }
        (a..=b - SHINGLE)
            .map(|i| self.fnv(i, i + SHINGLE))
            .collect()
    }
}

const fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// A window's sketch is one-permutation hashing (Li, Owen and Zhang, "One permutation hashing",
/// NIPS 2012) with optimal densification (Shrivastava, "Optimal densification for fast and accurate
/// minwise hashing", ICML 2017): a shingle is hashed once (`mix`), the top six bits of the hash
/// pick one of `PERMS` bins and the bin keeps the least hash that falls in it; an empty bin then
/// takes the value of the first non-empty bin of its own fixed pseudo-random sequence of bins
/// ([`PROBE`]), or, should all `PROBES` of those be empty, of the next non-empty bin to its right,
/// cyclically (the rotation of Shrivastava and Li, "Densifying one permutation hashing via
/// rotation", ICML 2014). For two sets a bin's values agree with probability their Jaccard
/// similarity, as a MinHash permutation's do, and a shingle costs one hash instead of 64. A hash
/// equal to `EMPTY` (probability 2^-64) leaves its bin as it was, in both documents alike.
const EMPTY: u64 = u64::MAX;

/// Bins of a densified empty bin's sequence tried before the rotation.
const PROBES: usize = 32;

/// The `a`-th bin of empty bin `i`'s sequence (the definition; [`PROBE`] is its table).
const fn probe(i: usize, a: usize) -> usize {
    (mix(((i as u64) << 32 | a as u64) ^ 0x5851_f42d_4c95_7f2d) >> (64 - PERMS.trailing_zeros()))
        as usize
}

/// [`probe`] for every bin and attempt.
static PROBE: [[u8; PROBES]; PERMS] = {
    let mut t = [[0u8; PROBES]; PERMS];
    let mut i = 0;
    while i < PERMS {
        let mut a = 0;
        while a < PROBES {
            t[i][a] = probe(i, a) as u8;
            a += 1;
        }
        i += 1;
    }
    t
};

/// The bin and value of shingle `s` in the one-permutation sketch.
#[inline]
fn bin_of(s: u64) -> (usize, u64) {
    let g = mix(s);
    ((g >> (64 - PERMS.trailing_zeros())) as usize, g)
}

/// Adds shingle `s` to the bins `v` (each the least value of its shingles so far, `EMPTY` if none).
#[inline]
fn add_to_bins(s: u64, v: &mut [u64; PERMS]) {
    let (b, g) = bin_of(s);
    v[b] = v[b].min(g);
}

/// The densified sketch of bins `v`: every empty bin takes a non-empty bin's value as described
/// at [`EMPTY`] (all bins stay empty if all are).
fn densify(v: &[u64; PERMS]) -> [u64; PERMS] {
    // A bit per non-empty bin: a probe is one bit test, the rotation one count of zeros.
    let full = v
        .iter()
        .enumerate()
        .fold(0u64, |m, (i, &x)| m | (u64::from(x != EMPTY) << i));
    let mut out = *v;
    if full == 0 {
        return out;
    }
    let mut empty = !full;
    while empty != 0 {
        let i = empty.trailing_zeros() as usize;
        empty &= empty - 1;
        let j = match PROBE[i].iter().find(|&&j| full >> j & 1 != 0) {
            Some(&j) => usize::from(j),
            None => {
                (i + 1 + full.rotate_right((i as u32 + 1) % 64).trailing_zeros() as usize) % PERMS
            }
        };
        out[i] = v[j];
    }
    out
}

/// What copy detection keeps of a document: its shingle sequence and the text range of each word;
/// for the documents of candidate pairs, when they are compared, also the distinct shingles sorted
/// with their first position (two parallel vectors: 12 bytes a distinct shingle, not 16).
struct DocShingles {
    /// Text ranges of the words.
    range: Vec<(u32, u32)>,
    sh: Vec<u64>,
    /// Distinct shingles, sorted (empty until [`DocShingles::sort`]).
    keys: Vec<u64>,
    /// The first index in `sh` of each of `keys`.
    firsts: Vec<u32>,
}

impl DocShingles {
    fn new(range: Vec<(u32, u32)>, sh: Vec<u64>) -> Self {
        DocShingles {
            range,
            sh,
            keys: Vec::new(),
            firsts: Vec::new(),
        }
    }
    /// The words, shingles and sorted distinct shingles of a text (the first 4 GiB), remade from
    /// the text when the document is compared.
    fn of_text(text: &str) -> Self {
        let text = u32_prefix(text);
        let mut range = word_ranges(text);
        range.shrink_to_fit();
        let sh = shingle_hashes(text, &range);
        let mut d = DocShingles::new(range, sh);
        d.sort();
        d
    }
    /// Bytes held (for the comparison's cache budget).
    fn heap_bytes(&self) -> usize {
        self.range.capacity() * 8
            + self.sh.capacity() * 8
            + self.keys.capacity() * 8
            + self.firsts.capacity() * 4
    }
    /// Makes the sorted distinct shingles, once: only documents that are compared need them.
    fn sort(&mut self) {
        if !self.keys.is_empty() || self.sh.is_empty() {
            return;
        }
        // (shingle, position) pairs sorted and deduplicated; for a long document, one range of
        // the shingles' top bits at a time (16 ranges in order), so that the pairs of 16 bytes a
        // word are never all in memory.
        let bits = if self.sh.len() > 1 << 20 { 4 } else { 0 };
        // At most one key a shingle: reserved once, so that growing by doubling never holds the
        // old and the new buffer of a long document's keys at once.
        self.keys.reserve_exact(self.sh.len());
        self.firsts.reserve_exact(self.sh.len());
        let mut set: Vec<(u64, u32)> = Vec::new();
        for part in 0..1u64 << bits {
            set.clear();
            set.extend(
                self.sh
                    .iter()
                    .enumerate()
                    .filter(|(_, h)| bits == 0 || **h >> (64 - bits) == part)
                    .map(|(i, h)| (*h, i as u32)),
            );
            // By shingle, then position: the first of equal shingles is its first position.
            sort_rows(&mut set);
            set.dedup_by_key(|x| x.0);
            self.keys.extend(set.iter().map(|x| x.0));
            self.firsts.extend(set.iter().map(|x| x.1));
        }
        self.keys.shrink_to_fit();
        self.firsts.shrink_to_fit();
    }
    fn distinct(&self) -> usize {
        self.keys.len()
    }
    fn first(&self, h: u64) -> Option<usize> {
        self.keys
            .binary_search(&h)
            .ok()
            .map(|i| self.firsts[i] as usize)
    }
    /// Number of distinct shingles shared with `o` ([`common_sorted`]).
    fn shared(&self, o: &DocShingles) -> usize {
        common_sorted(&self.keys, &o.keys)
    }
}

/// Number of values two sorted, deduplicated lists share: one merge, or, when one is much
/// smaller, its values looked up in the other. (Shared shingles here, shared evidence hashes in
/// the pipeline's support counting.)
pub(crate) fn common_sorted(a: &[u64], b: &[u64]) -> usize {
    let (a, b) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let log = (usize::BITS - b.len().leading_zeros()) as usize;
    if a.len() * log < b.len() {
        return a.iter().filter(|h| b.binary_search(h).is_ok()).count();
    }
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

fn find(parent: &mut [usize], x: usize) -> usize {
    let mut r = x;
    while parent[r] != r {
        r = parent[r];
    }
    let mut y = x;
    while parent[y] != r {
        let n = parent[y];
        parent[y] = r;
        y = n;
    }
    r
}

/// The key of LSH band `band` with rows `rows`: one `u64` for the band and its values (a
/// polynomial in an odd multiplier, then mixed; two different bands or values collide with
/// probability about 2^-64, and a collision could only propose a pair for exact verification).
/// The reference keys a band by its number and the FNV of its values: the same equalities.
fn band_key(band: usize, rows: &[u64]) -> u64 {
    mix(rows.iter().fold(band as u64 + 1, |h, &x| {
        h.wrapping_mul(0x9fb2_1c65_1e98_df25).wrapping_add(x)
    }))
}

/// The LSH band keys of one document's passages and the hashes of its paragraphs, each sorted and
/// once per document. `range` are the words of `d.text` ([`word_ranges`]), `sh` their shingles.
fn index_document(
    d: &CopyInput<'_>,
    range: &[(u32, u32)],
    sh: &[u64],
    para_words: usize,
    bands: &mut Vec<u64>,
    para: &mut Vec<u64>,
) {
    let mut scratch = Vec::new();
    // One key per band and window, reserved at once (no doubling of a large document's keys).
    let windows: usize = d
        .blocks
        .iter()
        .filter(|b| d.text.get((*b).clone()).is_some())
        .map(|b| {
            let n = within(range, b).len();
            (0..n)
                .step_by(STRIDE)
                .filter(|at| WINDOW.min(n - at) >= SHINGLE * 2)
                .count()
        })
        .sum();
    bands.reserve(windows * BANDS);
    // The keys are sorted and deduplicated whenever they double, so that a long document that
    // repeats itself holds its distinct keys, not one per window (the result is the same).
    let mut dedup_at = 1 << 16;
    for b in d.blocks {
        if d.text.get(b.clone()).is_none() {
            continue;
        }
        let r = within(range, b);
        let n = r.len();
        if n >= para_words {
            para.push(fnv_words(d.text, range, r.start, r.end, &mut scratch));
        }
        let mut at = 0;
        while at < n {
            let len = WINDOW.min(n - at);
            let start = at;
            at += STRIDE;
            if len < SHINGLE * 2 {
                continue;
            }
            // Shingles of words start..start+len of the block are the document's shingles
            // r.start+start ..= r.start+start+len-SHINGLE.
            let (lo, hi) = (r.start + start, r.start + start + len - SHINGLE);
            let mut bins = [EMPTY; PERMS];
            for &x in &sh[lo..=hi] {
                add_to_bins(x, &mut bins);
            }
            let sig = densify(&bins);
            for band in 0..BANDS {
                bands.push(band_key(band, &sig[band * ROWS..(band + 1) * ROWS]));
            }
            if bands.len() >= dedup_at {
                bands.sort_unstable();
                bands.dedup();
                dedup_at = dedup_at.max(bands.len() * 2);
            }
        }
    }
    bands.sort_unstable();
    bands.dedup();
    para.sort_unstable();
    para.dedup();
}

/// Detects copies among documents.
pub fn detect_copies(docs: &[CopyInput<'_>], opts: &CopyOptions) -> Copies {
    let mut index = CopyIndex::default();
    for d in docs {
        index.add(*d);
    }
    index.finish(opts)
}

/// What copy detection keeps of one document, made by [`CopyDoc::new`] (independently for each
/// document, so in parallel) and added to a [`CopyIndex`] in document order: its cleaned text
/// (1 byte a byte; its words and shingles, 16 bytes a word, are remade from it only if the document
/// is compared) and its sorted LSH band keys and paragraph hashes.
pub struct CopyDoc {
    text: String,
    bands: Vec<u64>,
    para: Vec<u64>,
}

impl CopyDoc {
    /// LSH keys and paragraph hashes of one document, with a copy of its text.
    pub fn new(d: CopyInput<'_>) -> Self {
        Self::from_text(d.text.to_string(), d.blocks)
    }

    /// [`CopyDoc::new`] taking the text, which [`CopyIndex::finish_with_texts`] gives back. The
    /// words and shingles are read from the text block by block as the keys are made: no word
    /// list, shingle list or lower-cased copy of the text is made, so that a large document's
    /// peak stays near its text and its keys (8 bytes a distinct key).
    pub fn from_text(text: String, blocks: &[Range<usize>]) -> Self {
        let t = u32_prefix(&text);
        let (mut bands, mut para) = (Vec::new(), Vec::new());
        if blocks
            .windows(2)
            .all(|w| w[0].start <= w[0].end && w[0].end <= w[1].start)
        {
            index_with_span(t, blocks, &mut bands, &mut para, |b, words, bands, para| {
                index_blocks(t, b, words, bands, para);
            });
        } else {
            // Blocks out of order or overlapping (not made by the cleaner): the words and
            // shingles of the whole text, as before.
            let range = word_ranges(t);
            let sh = shingle_hashes(t, &range);
            index_with_span(
                t,
                blocks,
                &mut bands,
                &mut para,
                |blocks, words, bands, para| {
                    let d = CopyInput { text: t, blocks };
                    index_document(&d, &range, &sh, words, bands, para);
                },
            );
        }
        bands.shrink_to_fit();
        para.shrink_to_fit();
        CopyDoc { text, bands, para }
    }
}

/// `index` of the blocks (each block's exact key from [`PARA_WORDS`] words); when that gives no
/// window (every block is shorter than one: a list of short lines, a headline and a sentence),
/// also of the blocks' span read as one block, so that its windows cross the line breaks and its
/// words, however few, are one exact key. (Such a document had no key at all: five copies of a
/// short text were five independent documents.)
fn index_with_span(
    text: &str,
    blocks: &[Range<usize>],
    bands: &mut Vec<u64>,
    para: &mut Vec<u64>,
    mut index: impl FnMut(&[Range<usize>], usize, &mut Vec<u64>, &mut Vec<u64>),
) {
    index(blocks, PARA_WORDS, bands, para);
    if bands.is_empty() {
        if let Some(span) = whole_span(text, blocks) {
            index(&[span], 1, bands, para);
        }
    }
}

/// How many documents sharing one exact key are compared with each other (see `finish_inner`).
pub(super) const PARA_PEERS: usize = 64;

/// Words a block needs for its exact (paragraph) key.
pub(super) const PARA_WORDS: usize = 8;

/// From the first block's start to the last block's end, when that is a range of `text` (the
/// span a document of short blocks is read as, [`CopyDoc::from_text`]).
pub(super) fn whole_span(text: &str, blocks: &[Range<usize>]) -> Option<Range<usize>> {
    let start = blocks.iter().map(|b| b.start).min()?;
    let end = blocks.iter().map(|b| b.end).max()?;
    text.get(start..end).map(|_| start..end)
}

/// The words of `text` lying wholly inside block `b` (as [`within`] of [`word_ranges`] finds them:
/// a word cut by the block's edge is not one), lower-cased into `word`, each passed to `f`.
fn block_words(text: &str, b: &Range<usize>, word: &mut Vec<u8>, mut f: impl FnMut(&[u8])) {
    let Some(block) = text.get(b.clone()) else {
        return;
    };
    let cut_before = text[..b.start]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    let cut_after = text[b.end..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric);
    let mut emit = |s: usize, e: usize| {
        if (s == 0 && cut_before) || (e == block.len() && cut_after) {
            return;
        }
        word.clear();
        push_lower(&block[s..e], word);
        f(word);
    };
    let mut start = None;
    for (i, c) in block.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            emit(s, i);
        }
    }
    if let Some(s) = start {
        emit(s, block.len());
    }
}

/// [`index_document`] for blocks in order and disjoint, reading each block's words from the text
/// as they come (a ring of the last five words for the shingles, the bins of the window's two
/// chunks): the same keys and paragraph hashes, without the document's word and shingle lists.
fn index_blocks(
    text: &str,
    blocks: &[Range<usize>],
    para_words: usize,
    bands: &mut Vec<u64>,
    para: &mut Vec<u64>,
) {
    // A window's bins (before densification) are the minima over its shingles, bin by bin.
    // Windows start every STRIDE shingles and span at most WINDOW - SHINGLE + 1 < 2 * STRIDE of
    // them, so a window is its first STRIDE-shingle chunk and the start of the next: `prev` holds
    // the bins of the previous chunk, `cur` those of the current chunk so far, and a window's bins
    // are the minima of the two (or `cur` alone for a window within the current chunk), densified.
    const _: () = assert!(WINDOW - SHINGLE < 2 * STRIDE);
    let mut prev = [EMPTY; PERMS];
    let mut cur = [EMPTY; PERMS];
    let mut words: [Vec<u8>; SHINGLE] = Default::default();
    let mut word = Vec::new();
    // The window of the shingles `lo..=hi`, `hi` the last shingle read (its chunk the current).
    let push =
        |bands: &mut Vec<u64>, prev: &[u64; PERMS], cur: &[u64; PERMS], lo: usize, hi: usize| {
            let sig = densify(&if lo / STRIDE == hi / STRIDE {
                *cur
            } else {
                std::array::from_fn(|i| prev[i].min(cur[i]))
            });
            // The keys are sorted and deduplicated when their buffer is full, so that a long
            // document that repeats itself holds its distinct keys, not one per window; the buffer
            // grows only when that frees less than half of it (the result is the same: sorted and
            // deduplicated at the end).
            if bands.len() + BANDS > bands.capacity() && bands.len() >= 1 << 16 {
                bands.sort_unstable();
                bands.dedup();
                if bands.len() * 2 > bands.capacity() {
                    bands.reserve(bands.capacity());
                }
            }
            for band in 0..BANDS {
                bands.push(band_key(band, &sig[band * ROWS..(band + 1) * ROWS]));
            }
        };
    for b in blocks {
        // Word `n` of the block arrives; with it, shingle `n + 1 - SHINGLE` (words
        // n + 1 - SHINGLE..=n). Windows start every STRIDE words; a window of WINDOW words is
        // complete when its last shingle is made, a shorter one (at the block's end) when the
        // block is read.
        let mut n = 0usize;
        let mut p = FNV_OFFSET;
        let mut next_window = 0usize;
        block_words(text, b, &mut word, |w| {
            p = fnv_bytes(p, w);
            let slot = &mut words[n % SHINGLE];
            slot.clear();
            slot.extend_from_slice(w);
            n += 1;
            if n >= SHINGLE {
                let j = n - SHINGLE;
                let h = (j..n).fold(FNV_OFFSET, |h, k| fnv_bytes(h, &words[k % SHINGLE]));
                if j % STRIDE == 0 {
                    prev = cur;
                    cur = [EMPTY; PERMS];
                }
                add_to_bins(h, &mut cur);
                if j == next_window + WINDOW - SHINGLE {
                    push(bands, &prev, &cur, next_window, j);
                    next_window += STRIDE;
                }
            }
        });
        if n >= para_words {
            para.push(p);
        }
        // The windows shorter than WINDOW, of at least 2 * SHINGLE words.
        while next_window < n && n - next_window >= SHINGLE * 2 {
            push(bands, &prev, &cur, next_window, n - SHINGLE);
            next_window += STRIDE;
        }
    }
    bands.sort_unstable();
    bands.dedup();
    para.sort_unstable();
    para.dedup();
}

/// The longest prefix of `text` of at most `u32::MAX` bytes (offsets are u32: copy detection sees
/// at most the first 4 GiB of a text; the document size limit is far below).
fn u32_prefix(text: &str) -> &str {
    if text.len() <= u32::MAX as usize {
        return text;
    }
    let mut end = u32::MAX as usize;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The byte ranges of the words of `text` (alphanumeric runs), as [`Words::new`] finds them.
fn word_ranges(text: &str) -> Vec<(u32, u32)> {
    let mut out = Vec::with_capacity(text.len() / 8);
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push((s as u32, i as u32));
        }
    }
    if let Some(s) = start {
        out.push((s as u32, text.len() as u32));
    }
    out
}

/// Appends the lower-cased word and a space to `buf` (as [`Words`] stores it).
fn push_lower(word: &str, buf: &mut Vec<u8>) {
    if word.is_ascii() {
        buf.extend(word.bytes().map(|b| b.to_ascii_lowercase()));
    } else {
        buf.extend_from_slice(word.to_lowercase().as_bytes());
    }
    buf.push(b' ');
}

fn fnv_bytes(mut h: u64, bytes: &[u8]) -> u64 {
    for &x in bytes {
        h ^= u64::from(x);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a of words `a..b` of `text` (lower-cased, each followed by a space): [`Words::fnv`].
fn fnv_words(text: &str, range: &[(u32, u32)], a: usize, b: usize, scratch: &mut Vec<u8>) -> u64 {
    let mut h = FNV_OFFSET;
    for &(s, e) in &range[a..b] {
        scratch.clear();
        push_lower(&text[s as usize..e as usize], scratch);
        h = fnv_bytes(h, scratch);
    }
    h
}

/// The shingle hashes of all the words of `text` ([`Words::shingles`] of all words), made from
/// the last five words only.
fn shingle_hashes(text: &str, range: &[(u32, u32)]) -> Vec<u64> {
    let n = range.len();
    let mut scratch = Vec::new();
    if n < SHINGLE {
        return if n == 0 {
            Vec::new()
        } else {
            vec![fnv_words(text, range, 0, n, &mut scratch)]
        };
    }
    let mut out = Vec::with_capacity(n + 1 - SHINGLE);
    let mut ring: [Vec<u8>; SHINGLE] = Default::default();
    for (i, &(s, e)) in range.iter().enumerate() {
        let slot = &mut ring[i % SHINGLE];
        slot.clear();
        push_lower(&text[s as usize..e as usize], slot);
        if i + 1 >= SHINGLE {
            let first = i + 1 - SHINGLE;
            let h = (first..=i).fold(FNV_OFFSET, |h, k| fnv_bytes(h, &ring[k % SHINGLE]));
            out.push(h);
        }
    }
    out
}

/// Words lying wholly inside `r` (a block of the text).
fn within(range: &[(u32, u32)], r: &Range<usize>) -> Range<usize> {
    let lo = range.partition_point(|w| (w.0 as usize) < r.start);
    let hi = range.partition_point(|w| (w.1 as usize) <= r.end);
    lo..hi.max(lo)
}

/// Copy detection one document at a time: [`CopyIndex::add`] keeps only each document's text
/// and LSH keys, [`CopyIndex::finish`] compares the candidate pairs.
#[derive(Default)]
pub struct CopyIndex {
    texts: Vec<String>,
    /// Each document's LSH band keys, sorted and distinct (8 bytes a key; the documents sharing
    /// a key are found by merging these lists, with no index of all keys beside them).
    bands: Vec<Vec<u64>>,
    para: Vec<(u64, u32)>,
    /// The comparison's cache budget in bytes, when not [`COMPARE_CACHE_BYTES`] (tests).
    cache_bytes: Option<usize>,
}

/// Bytes of remade words and shingles ([`DocShingles`]) kept for documents that will be compared
/// again (at least twice the largest document's); beyond it, those needed again last are dropped
/// (and remade if needed).
const COMPARE_CACHE_BYTES: usize = 64 << 20;

impl CopyIndex {
    /// Adds the next document (its index is the number added before it).
    pub fn add(&mut self, d: CopyInput<'_>) {
        self.push(CopyDoc::new(d));
    }

    /// Adds the next document, prepared by [`CopyDoc::new`].
    pub fn push(&mut self, d: CopyDoc) {
        let di = self.texts.len() as u32;
        self.bands.push(d.bands);
        self.para.extend(d.para.into_iter().map(|h| (h, di)));
        self.texts.push(d.text);
    }

    /// Number of documents added.
    pub fn len(&self) -> usize {
        self.texts.len()
    }

    /// Whether no document was added.
    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }

    /// Compares the candidate pairs and forms the clusters.
    pub fn finish(self, opts: &CopyOptions) -> Copies {
        self.finish_threads(opts, 1)
    }

    /// [`CopyIndex::finish`] on `threads` threads (the same result: the candidate pairs are
    /// found and compared in parallel, and their results taken in order).
    pub fn finish_threads(self, opts: &CopyOptions, threads: usize) -> Copies {
        self.finish_inner(opts, threads, false).0
    }

    /// [`CopyIndex::finish_threads`], giving back the documents' texts in order (as given to
    /// [`CopyDoc::from_text`]).
    pub fn finish_with_texts(self, opts: &CopyOptions, threads: usize) -> (Copies, Vec<String>) {
        self.finish_inner(opts, threads, true)
    }

    fn finish_inner(
        mut self,
        opts: &CopyOptions,
        threads: usize,
        keep_texts: bool,
    ) -> (Copies, Vec<String>) {
        let threads = threads.max(1);
        let n = self.texts.len();
        let mut texts = std::mem::take(&mut self.texts);
        // Candidate pairs from passage-level LSH and exact paragraph hashes.
        let mut cand: Vec<(u32, u32)> = Vec::new();
        let mut exact: HashMap<(usize, usize), usize> = HashMap::new();
        let mut para = std::mem::take(&mut self.para);
        para.sort_unstable();
        // A paragraph in k documents makes pairs of each with the next PARA_PEERS - 1 (all
        // pairs when k <= PARA_PEERS): a chain, so that k copies still form one cluster, in
        // O(k) pairs, not k(k - 1)/2 (100,000 copies of one line were 5 billion pairs).
        // The chain's links, (i, i + 1), are compared even beyond `max_pairs`: a truncation that
        // cut them would split the copies (code review: 400 copies of a paragraph made 23,184
        // pairs, cut to 20,000, and 20 copies counted as independent sources). They are at most
        // one per document and paragraph.
        let mut links: Vec<(u32, u32)> = Vec::new();
        for l in para.chunk_by(|x, y| x.0 == y.0) {
            for i in 0..l.len() {
                for j in i + 1..l.len().min(i + PARA_PEERS) {
                    *exact.entry((l[i].1 as usize, l[j].1 as usize)).or_default() += 1;
                    cand.push((l[i].1, l[j].1));
                }
                if i + 1 < l.len() {
                    links.push((l[i].1, l[i + 1].1));
                }
            }
        }
        drop(para);
        // The documents of each band key, in (key, document) order: the keys are cut by their
        // top bits into 64 ranges, and each range's (key, document) rows are gathered from the
        // documents' sorted lists and sorted, so that only a range's rows per thread are in
        // memory at a time.
        let bands = std::mem::take(&mut self.bands);
        // Where each range begins in each document's list, from one pass over the list (two
        // binary searches per document and range, in lists of tens of megabytes, were cache
        // misses: ~4 % of the 100x CPU).
        let cuts: Vec<[u32; 65]> = bands
            .iter()
            .map(|l| {
                let mut cut = [0u32; 65];
                let mut i = 0usize;
                for (part, c) in cut.iter_mut().enumerate().skip(1) {
                    while i < l.len() && l[i] >> 58 < part as u64 {
                        i += 1;
                    }
                    *c = i as u32;
                }
                cut
            })
            .collect();
        let parts: Vec<usize> = (0..64).collect();
        for mut c in par_map(&parts, threads, |&part| {
            let mut rows: Vec<(u64, u32)> = Vec::new();
            for (d, (l, cut)) in bands.iter().zip(&cuts).enumerate() {
                let (start, end) = (cut[part] as usize, cut[part + 1] as usize);
                rows.extend(l[start..end].iter().map(|&k| (k, d as u32)));
            }
            sort_rows(&mut rows);
            let mut cand = Vec::new();
            for l in rows.chunk_by(|x, y| x.0 == y.0) {
                let l = &l[..l.len().min(64)];
                for i in 0..l.len() {
                    for j in i + 1..l.len() {
                        cand.push((l[i].1, l[j].1));
                    }
                }
            }
            cand
        }) {
            cand.append(&mut c);
        }
        drop(bands);
        drop(cuts);
        cand.sort_unstable();
        cand.dedup();
        let mut out = Copies {
            candidate_pairs: cand.len(),
            ..Copies::default()
        };
        cand.truncate(opts.max_pairs);
        links.sort_unstable();
        links.dedup();
        links.retain(|p| cand.binary_search(p).is_err());
        cand.extend(links);
        cand.sort_unstable();
        if !keep_texts {
            // The texts of documents that are not compared are not needed any more.
            let mut needed = vec![false; n];
            for &(a, b) in &cand {
                needed[a as usize] = true;
                needed[b as usize] = true;
            }
            for (t, need) in texts.iter_mut().zip(needed) {
                if !need {
                    *t = String::new();
                }
            }
        }
        // Each pair's shared shingles and passages, with the two documents' numbers of distinct
        // shingles. A thread compares a contiguous share of the pairs; a document's words and
        // shingles are remade from its text when a pair first needs them, once for all threads,
        // and dropped after its last pair (or, beyond a budget, those needed again last).
        let bounds = share_bounds(&cand, &texts, threads);
        let cache = CompareCache::new(
            &texts,
            &cand,
            &bounds,
            self.cache_bytes.unwrap_or(COMPARE_CACHE_BYTES),
        );
        let compared = par_shares_indexed(&cand, &bounds, |t, &(a, b)| {
            let (da, db) = (cache.get(a), cache.get(b));
            let shared = da.shared(&db);
            let mut passages = Vec::new();
            if shared > 0 {
                shared_runs(
                    a as usize,
                    b as usize,
                    &da,
                    &db,
                    opts.min_passage_words,
                    &mut passages,
                );
            }
            let r = (shared, passages, da.distinct(), db.distinct());
            drop((da, db));
            cache.done(a, b, t);
            r
        });
        drop(cache);
        let mut parent: Vec<usize> = (0..n).collect();
        for (&(a, b), (shared, mut passages, da, db)) in cand.iter().zip(compared) {
            let (a, b) = (a as usize, b as usize);
            if shared == 0 {
                continue;
            }
            let smaller = da.min(db).max(1);
            let union = da + db - shared;
            let containment = shared as f64 / smaller as f64;
            out.pairs.push(PairOverlap {
                a,
                b,
                containment,
                jaccard: shared as f64 / union.max(1) as f64,
                exact_paragraphs: exact.get(&(a, b)).copied().unwrap_or(0),
            });
            if containment >= opts.cluster_containment {
                let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
                parent[ra.max(rb)] = ra.min(rb);
            }
            out.passages.append(&mut passages);
        }
        let mut ids: HashMap<usize, usize> = HashMap::new();
        let mut members: Vec<Vec<usize>> = Vec::new();
        for d in 0..n {
            let r = find(&mut parent, d);
            let next = ids.len();
            let id = *ids.entry(r).or_insert(next);
            if id == members.len() {
                members.push(Vec::new());
            }
            members[id].push(d);
            out.cluster_of.push(id);
        }
        out.clusters = members.into_iter().filter(|m| m.len() > 1).collect();
        if !keep_texts {
            texts = Vec::new();
        }
        (out, texts)
    }
}

/// `f` of each item, in order, on up to `threads` threads (contiguous shares of the items).
/// Sorts `(key, document)` rows (or `(shingle, position)` pairs) as `sort_unstable` does (by
/// key, then document): a stable least-significant-digit radix sort of the keys, a byte at a time
/// (a pass whose byte is the same in every row is skipped), then each run of equal keys sorted by
/// document (short runs: a band key is shared by few documents, a shingle seldom repeats in a
/// document). The keys are hashes, so a radix pass reads each row once, where a comparison sort
/// compares each about log2(rows) times.
fn sort_rows(rows: &mut Vec<(u64, u32)>) {
    // Below this, a comparison sort takes fewer instructions than the eight passes' tables.
    if rows.len() < RADIX_MIN_ROWS {
        rows.sort_unstable();
        return;
    }
    // The counts of every byte of the keys, from one pass.
    let mut count = [[0usize; 256]; 8];
    for r in rows.iter() {
        for (d, c) in count.iter_mut().enumerate() {
            c[(r.0 >> (8 * d)) as usize & 0xff] += 1;
        }
    }
    let mut other: Vec<(u64, u32)> = vec![(0, 0); rows.len()];
    for (d, count) in count.iter().enumerate() {
        if count.contains(&rows.len()) {
            continue;
        }
        let mut at = [0usize; 256];
        let mut sum = 0;
        for (a, c) in at.iter_mut().zip(count) {
            *a = sum;
            sum += c;
        }
        for r in rows.iter() {
            let b = (r.0 >> (8 * d)) as usize & 0xff;
            other[at[b]] = *r;
            at[b] += 1;
        }
        std::mem::swap(rows, &mut other);
    }
    for run in rows.chunk_by_mut(|x, y| x.0 == y.0) {
        if run.len() > 1 {
            run.sort_unstable();
        }
    }
}

/// The fewest rows [`sort_rows`] sorts by radix (callgrind, 10× bench: the documents' shingle
/// pairs, some hundreds each, took more instructions by radix than by `sort_unstable`).
const RADIX_MIN_ROWS: usize = 1 << 12;

fn par_map<T: Sync, R: Send>(items: &[T], threads: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    if threads <= 1 || items.len() < 2 {
        return items.iter().map(&f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    let f = &f;
    std::thread::scope(|sc| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|c| sc.spawn(move || c.iter().map(f).collect::<Vec<R>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// Where each of `threads` contiguous shares of the candidate pairs begins, and the end: shares of
/// about equal work, a pair's work taken as its two texts' lengths (remaking a document's words
/// and shingles and comparing a pair both go with the texts' lengths). Shares of equal numbers of
/// pairs left one thread with more than half again the other's work on the 100x bench corpus
/// (the pairs are sorted, and the later documents' pairs were the longer).
fn share_bounds(cand: &[(u32, u32)], texts: &[String], threads: usize) -> Vec<usize> {
    let threads = threads.max(1);
    let len = |d: u32| texts.get(d as usize).map_or(0, String::len) as u64;
    let weight = |&(a, b): &(u32, u32)| len(a) + len(b) + 1;
    let total: u64 = cand.iter().map(weight).sum();
    let mut bounds = vec![0];
    let mut acc = 0u64;
    for (i, p) in cand.iter().enumerate() {
        // Share k ends where the work so far reaches k / threads of the whole.
        let k = bounds.len() as u64;
        if k < threads as u64 && acc * threads as u64 >= k * total {
            bounds.push(i);
        }
        acc += weight(p);
    }
    while bounds.len() <= threads {
        bounds.push(cand.len());
    }
    bounds
}

/// `f` of each item, in order, each share `bounds[k]..bounds[k + 1]` of the items on its own
/// thread (one share: the calling thread), with the item's index in its share.
fn par_shares_indexed<T: Sync, R: Send>(
    items: &[T],
    bounds: &[usize],
    f: impl Fn(usize, &T) -> R + Sync,
) -> Vec<R> {
    let run = |c: &[T]| {
        c.iter()
            .enumerate()
            .map(|(i, x)| f(i, x))
            .collect::<Vec<R>>()
    };
    let shares: Vec<&[T]> = bounds
        .windows(2)
        .map(|w| items.get(w[0]..w[1]).unwrap_or_default())
        .filter(|c| !c.is_empty())
        .collect();
    if shares.len() <= 1 {
        return run(items);
    }
    let run = &run;
    std::thread::scope(|sc| {
        let handles: Vec<_> = shares
            .into_iter()
            .map(|c| sc.spawn(move || run(c)))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// One document's remade words and shingles in the [`CompareCache`].
#[derive(Default)]
struct CacheEntry {
    data: OnceLock<DocShingles>,
    /// Whether its bytes are counted in [`CompareCache::held`] (changed under the map's lock).
    counted: AtomicBool,
}

/// The documents' words and shingles while their pairs are compared ([`par_shares_indexed`]
/// shares of the sorted candidate pairs): remade from the text by the first thread that needs
/// them (the others wait for it), dropped after the document's last pair, and, when more than
/// [`COMPARE_CACHE_BYTES`] (or twice the largest document's) are held, those next needed last are
/// dropped and remade if needed again. The results do not depend on what is kept.
struct CompareCache<'t> {
    texts: &'t [String],
    /// Bytes held beyond which documents are dropped (at least twice the largest document's).
    budget: usize,
    map: Mutex<HashMap<u32, Arc<CacheEntry>>>,
    held: AtomicUsize,
    largest: AtomicUsize,
    /// Pairs left per document.
    left: Vec<AtomicU32>,
    /// The positions (index in its thread's share) of each document's pairs, sorted: when it is
    /// needed next, for the budget.
    uses: Vec<Vec<u32>>,
}

impl<'t> CompareCache<'t> {
    fn new(texts: &'t [String], cand: &[(u32, u32)], bounds: &[usize], budget: usize) -> Self {
        let n = texts.len();
        let mut left = vec![0u32; n];
        let mut uses: Vec<Vec<u32>> = vec![Vec::new(); n];
        // The index of each pair in its share ([`share_bounds`]).
        let mut share = 0;
        for (i, &(a, b)) in cand.iter().enumerate() {
            while bounds.get(share + 1).is_some_and(|&e| i >= e) {
                share += 1;
            }
            let pos = i - bounds.get(share).copied().unwrap_or(0).min(i);
            for d in [a, b] {
                left[d as usize] += 1;
                uses[d as usize].push(pos as u32);
            }
        }
        for u in &mut uses {
            u.sort_unstable();
        }
        CompareCache {
            texts,
            budget,
            map: Mutex::new(HashMap::new()),
            held: AtomicUsize::new(0),
            largest: AtomicUsize::new(0),
            left: left.into_iter().map(AtomicU32::new).collect(),
            uses,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<u32, Arc<CacheEntry>>> {
        self.map
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Document `d`'s words and shingles, remade if not held.
    fn get(&self, d: u32) -> CacheRef {
        let e = Arc::clone(self.lock().entry(d).or_default());
        let mut made = 0;
        e.data.get_or_init(|| {
            let s = DocShingles::of_text(self.texts.get(d as usize).map_or("", |t| t.as_str()));
            made = s.heap_bytes();
            s
        });
        if made > 0 {
            self.largest.fetch_max(made, Ordering::Relaxed);
            let map = self.lock();
            if map.get(&d).is_some_and(|x| Arc::ptr_eq(x, &e)) {
                e.counted.store(true, Ordering::Relaxed);
                self.held.fetch_add(made, Ordering::Relaxed);
            }
        }
        CacheRef(e)
    }

    fn remove(&self, map: &mut HashMap<u32, Arc<CacheEntry>>, d: u32) {
        if let Some(e) = map.remove(&d) {
            if e.counted.load(Ordering::Relaxed) {
                let bytes = e.data.get().map_or(0, DocShingles::heap_bytes);
                self.held.fetch_sub(bytes, Ordering::Relaxed);
            }
        }
    }

    /// Pair `(a, b)` at position `t` of its share is compared.
    fn done(&self, a: u32, b: u32, t: usize) {
        let mut map = self.lock();
        for d in [a, b] {
            if let Some(l) = self.left.get(d as usize) {
                if l.fetch_sub(1, Ordering::Relaxed) == 1 {
                    self.remove(&mut map, d);
                }
            }
        }
        let budget = self.budget.max(2 * self.largest.load(Ordering::Relaxed));
        if self.held.load(Ordering::Relaxed) <= budget {
            return;
        }
        let next = |d: u32| {
            let u = &self.uses[d as usize];
            u.get(u.partition_point(|&x| x as usize <= t))
                .copied()
                .unwrap_or(u32::MAX)
        };
        let mut by_next: Vec<(u32, u32)> = map.keys().map(|&d| (next(d), d)).collect();
        by_next.sort_unstable_by(|x, y| y.cmp(x));
        for (_, d) in by_next {
            if self.held.load(Ordering::Relaxed) <= budget {
                break;
            }
            self.remove(&mut map, d);
        }
    }
}

/// A held document's words and shingles.
struct CacheRef(Arc<CacheEntry>);

impl std::ops::Deref for CacheRef {
    type Target = DocShingles;
    fn deref(&self) -> &DocShingles {
        // Made by `CompareCache::get` before the reference is given.
        self.0.data.get().unwrap_or(&EMPTY_SHINGLES)
    }
}

static EMPTY_SHINGLES: DocShingles = DocShingles {
    range: Vec::new(),
    sh: Vec::new(),
    keys: Vec::new(),
    firsts: Vec::new(),
};

/// Maximal runs of consecutive shingles of `a` that also occur in `b`.
/// The shingles two sorted documents share, each with its first position in the second: a table
/// of twice as many slots as shingles (a power of two), a shingle at the slot of its low bits or
/// the next free one after it.
#[derive(Default)]
struct SharedShingles {
    /// (shingle, first position + 1); position 0: a free slot.
    slots: Vec<(u64, u32)>,
}

impl SharedShingles {
    fn of(da: &DocShingles, db: &DocShingles) -> Self {
        let mut shared: Vec<(u64, u32)> = Vec::new();
        let (mut i, mut j) = (0, 0);
        while i < da.keys.len() && j < db.keys.len() {
            match da.keys[i].cmp(&db.keys[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared.push((da.keys[i], db.firsts[j].saturating_add(1)));
                    i += 1;
                    j += 1;
                }
            }
        }
        if shared.is_empty() {
            return SharedShingles::default();
        }
        let mask = (shared.len() * 2).next_power_of_two() - 1;
        let mut slots = vec![(0u64, 0u32); mask + 1];
        for (h, f) in shared {
            let mut k = h as usize & mask;
            while slots[k].1 != 0 {
                k = (k + 1) & mask;
            }
            slots[k] = (h, f);
        }
        SharedShingles { slots }
    }
    /// The first position in the second document of shingle `h`, if the two share it.
    fn get(&self, h: u64) -> Option<usize> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut k = h as usize & mask;
        loop {
            let (x, f) = self.slots[k];
            if f == 0 {
                return None;
            }
            if x == h {
                return Some(f as usize - 1);
            }
            k = (k + 1) & mask;
        }
    }
}

fn shared_runs(
    a: usize,
    b: usize,
    da: &DocShingles,
    db: &DocShingles,
    min_words: usize,
    out: &mut Vec<SharedPassage>,
) {
    let (na, nb) = (da.range.len(), db.range.len());
    // The shingles the two documents share, each with its first position in `db`, from one merge
    // of the two sorted sets (when both are sorted), in an open-addressing table keyed by the
    // shingle's low bits (shingles are hashes): each shingle of `da` is looked up there, not
    // searched for in all of `db`'s keys (a binary search, a cache miss a step).
    let sorted = !da.keys.is_empty() && !db.keys.is_empty();
    let shared = if sorted {
        SharedShingles::of(da, db)
    } else {
        SharedShingles::default()
    };
    let first_in_b = |i: usize| {
        if sorted {
            shared.get(da.sh[i])
        } else {
            db.first(da.sh[i])
        }
    };
    let mut i = 0;
    while i < da.sh.len() {
        let Some(bj) = first_in_b(i) else {
            i += 1;
            continue;
        };
        let start = i;
        let mut j = bj;
        while i + 1 < da.sh.len() && j + 1 < db.sh.len() && da.sh[i + 1] == db.sh[j + 1] {
            i += 1;
            j += 1;
        }
        let words = i - start + SHINGLE.min(na);
        if words >= min_words {
            let a_end = (i + SHINGLE - 1).min(na - 1);
            let b_end = (j + SHINGLE - 1).min(nb - 1);
            out.push(SharedPassage {
                a,
                a_range: da.range[start].0 as usize..da.range[a_end].1 as usize,
                b,
                b_range: db.range[bj].0 as usize..db.range[b_end].1 as usize,
                words,
            });
        }
        i += 1;
    }
}

#[cfg(test)]
#[path = "copies_reference.rs"]
mod reference;

#[cfg(test)]
mod tests {
    use super::*;

    /// The shares of the pairs cover them in order, one per thread, each with at most its part of
    /// the work and one pair more; and the shares' results come back in the pairs' order.
    #[test]
    fn shares_cover_the_pairs_with_equal_work() {
        let texts: Vec<String> = (0..40).map(|i| "x".repeat(1 + (i * i) % 97)).collect();
        let cand: Vec<(u32, u32)> = (0..40u32)
            .flat_map(|a| (a + 1..40).step_by(3).map(move |b| (a, b)))
            .collect();
        let w =
            |&(a, b): &(u32, u32)| (texts[a as usize].len() + texts[b as usize].len() + 1) as u64;
        let total: u64 = cand.iter().map(w).sum();
        let most = cand.iter().map(w).max().unwrap_or(0);
        for threads in 1..5 {
            let b = share_bounds(&cand, &texts, threads);
            assert_eq!(b.len(), threads + 1);
            assert_eq!((b[0], b[threads]), (0, cand.len()));
            assert!(b.windows(2).all(|x| x[0] <= x[1]));
            for x in b.windows(2) {
                let work: u64 = cand[x[0]..x[1]].iter().map(w).sum();
                assert!(
                    work <= total / threads as u64 + most,
                    "{threads}: {work} of {total}"
                );
            }
            let got = par_shares_indexed(&cand, &b, |_, p| *p);
            assert_eq!(got, cand);
        }
        assert_eq!(share_bounds(&[], &texts, 2), vec![0, 0, 0]);
    }

    /// The probe table is its definition, and every probe is a bin.
    #[test]
    fn probe_table_is_the_probe_function() {
        for (i, row) in PROBE.iter().enumerate() {
            for (a, &j) in row.iter().enumerate() {
                assert_eq!(j as usize, probe(i, a));
                assert!((j as usize) < PERMS);
            }
        }
    }

    /// Densification fills every empty bin from a non-empty one (a bin's value is some shingle's
    /// hash), leaves non-empty bins alone, and leaves all-empty bins empty.
    #[test]
    fn densified_bins_are_shingle_hashes() {
        assert_eq!(densify(&[EMPTY; PERMS]), [EMPTY; PERMS]);
        let mut x = 7u64;
        for n in 1..40 {
            let sh: Vec<u64> = (0..n)
                .map(|_| {
                    x = mix(x);
                    x
                })
                .collect();
            let mut bins = [EMPTY; PERMS];
            for &s in &sh {
                add_to_bins(s, &mut bins);
            }
            let d = densify(&bins);
            let values: Vec<u64> = sh.iter().map(|&s| mix(s)).collect();
            for (b, v) in bins.iter().zip(&d) {
                assert!(values.contains(v));
                if *b != EMPTY {
                    assert_eq!(b, v);
                }
            }
        }
    }

    /// The old sketch (64 MinHash permutations, one mix each), for comparing recall.
    fn minhash_64(sh: &[u64]) -> [u64; PERMS] {
        let mut sig = [u64::MAX; PERMS];
        for &s in sh {
            for (i, slot) in sig.iter_mut().enumerate() {
                *slot = (*slot).min(mix(s ^ (i as u64).wrapping_mul(0x2545_f491_4f6c_dd1d)));
            }
        }
        sig
    }

    fn sketch(sh: &[u64]) -> [u64; PERMS] {
        let mut bins = [EMPTY; PERMS];
        for &s in sh {
            add_to_bins(s, &mut bins);
        }
        densify(&bins)
    }

    fn any_band_equal(a: &[u64; PERMS], b: &[u64; PERMS]) -> bool {
        (0..BANDS)
            .any(|band| a[band * ROWS..(band + 1) * ROWS] == b[band * ROWS..(band + 1) * ROWS])
    }

    /// Two windows of 16 shingles (a full window: 20 words) sharing `s` of them, at Jaccard
    /// s / (32 - s), are proposed as often by the one-permutation sketch as by the 64 permutations
    /// it replaced: not less (recall) and not more (candidates to verify), within 0.03, about
    /// three standard deviations of a rate near 0.5 over the 2,000 random pairs of a level; and
    /// always when they are equal.
    #[test]
    fn windows_are_proposed_as_often_as_with_64_permutations() {
        let mut x = 1u64;
        let mut next = move || {
            x = mix(x.wrapping_add(0x1234_5678));
            x
        };
        for s in [16usize, 15, 14, 13, 12, 10, 8, 6] {
            let (mut old, mut new) = (0, 0);
            let trials = 2000;
            for _ in 0..trials {
                let a: Vec<u64> = (0..16).map(|_| next()).collect();
                let mut b: Vec<u64> = a[..s].to_vec();
                b.extend((s..16).map(|_| next()));
                old += usize::from(any_band_equal(&minhash_64(&a), &minhash_64(&b)));
                new += usize::from(any_band_equal(&sketch(&a), &sketch(&b)));
            }
            let (old, new) = (old as f64 / trials as f64, new as f64 / trials as f64);
            eprintln!(
                "shared {s}/16 (Jaccard {:.2}): 64 permutations {old:.3}, one permutation {new:.3}",
                s as f64 / (32 - s) as f64
            );
            if s == 16 {
                assert_eq!(new, 1.0);
            }
            assert!((new - old).abs() <= 0.03, "shared {s}: {new} against {old}");
        }
    }

    /// A text of `words` random words (a vocabulary of 5,000 made-up words) in paragraphs of 40,
    /// and its paragraph ranges.
    fn random_text(words: &[String]) -> (String, Vec<Range<usize>>) {
        let mut text = String::new();
        let mut blocks = Vec::new();
        for para in words.chunks(40) {
            let start = text.len();
            text.push_str(&para.join(" "));
            blocks.push(start..text.len());
            text.push_str("\n\n");
        }
        (text, blocks)
    }

    /// Near-copies at known shingle Jaccard levels are found and clustered: a document of 400
    /// random words and a copy with every `m`-th word replaced by a new word (each replacement
    /// changes five shingles), for Jaccard about 0.9, 0.8 and 0.7 (checked from the shingle sets
    /// before the detection is asked); and at the clustering threshold, a document that holds
    /// three copied passages of the other among new words (containment at or just above 0.3). Twenty random documents a level; every pair must be a cluster.
    #[test]
    fn near_copies_at_known_jaccard_are_found() {
        let mut x = 99u64;
        let mut word = move || {
            x = mix(x);
            format!("w{}", x % 5000)
        };
        let jaccard = |a: &str, b: &str| {
            let set = |t: &str| {
                let r = word_ranges(t);
                shingle_hashes(t, &r)
                    .into_iter()
                    .collect::<std::collections::HashSet<u64>>()
            };
            let (sa, sb) = (set(a), set(b));
            let shared = sa.intersection(&sb).count();
            (
                shared as f64 / (sa.len() + sb.len() - shared) as f64,
                shared as f64 / sa.len().min(sb.len()) as f64,
            )
        };
        for (target, m) in [(0.9, 100), (0.8, 45), (0.7, 28), (0.0, 0)] {
            for _ in 0..20 {
                let a: Vec<String> = (0..400).map(|_| word()).collect();
                let b: Vec<String> = if m > 0 {
                    a.iter()
                        .enumerate()
                        .map(|(i, w)| {
                            if i % m == m / 2 {
                                format!("new{i}x")
                            } else {
                                w.clone()
                            }
                        })
                        .collect()
                } else {
                    // Paragraphs 2 and 5 of `a` and its words 320..372 (132 of its 400 words, 120
                    // of its 396 shingles) in their places among new words.
                    let mut b: Vec<String> = (0..400).map(|i| format!("new{i}y")).collect();
                    for r in [80..120, 200..240, 320..372] {
                        b[r.clone()].clone_from_slice(&a[r]);
                    }
                    b
                };
                let ((ta, ba), (tb, bb)) = (random_text(&a), random_text(&b));
                let (j, c) = jaccard(&ta, &tb);
                if m > 0 {
                    assert!((j - target).abs() < 0.05, "Jaccard {j} for {target}");
                } else {
                    assert!((0.3..0.32).contains(&c), "containment {c}");
                }
                let docs = [
                    CopyInput {
                        text: &ta,
                        blocks: &ba,
                    },
                    CopyInput {
                        text: &tb,
                        blocks: &bb,
                    },
                ];
                let got = detect_copies(&docs, &CopyOptions::default());
                assert_eq!(
                    got.clusters,
                    vec![vec![0, 1]],
                    "Jaccard {j}, containment {c}"
                );
            }
        }
    }

    fn same(docs: &[CopyInput<'_>]) -> Copies {
        let opts = CopyOptions::default();
        let (new, old) = (
            detect_copies(docs, &opts),
            reference::detect_copies(docs, &opts),
        );
        assert_eq!(new.cluster_of, old.cluster_of);
        assert_eq!(new.clusters, old.clusters);
        assert_eq!(new.pairs, old.pairs);
        assert_eq!(new.passages, old.passages);
        // On several threads too.
        for threads in [1, 2, 3] {
            let mut index = CopyIndex::default();
            for d in docs {
                index.add(*d);
            }
            // With no budget beyond twice the largest document: documents are dropped and
            // remade while their pairs are compared.
            index.cache_bytes = Some(0);
            let (par, texts) = index.finish_with_texts(&opts, threads);
            assert!(texts
                .iter()
                .map(String::as_str)
                .eq(docs.iter().map(|d| d.text)));
            assert_eq!(par.cluster_of, new.cluster_of);
            assert_eq!(par.pairs, new.pairs);
            assert_eq!(par.passages, new.passages);
            assert_eq!(par.candidate_pairs, new.candidate_pairs);
        }
        new
    }

    /// The held-out gold documents (tests/data/heldout/docs), cleaned, in file-name order.
    fn heldout_cleaned() -> Vec<crate::Cleaned> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/heldout/docs");
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .map(|rd| rd.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        paths.sort();
        paths
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e != "json"))
            .map(|p| {
                let bytes = std::fs::read(p).unwrap_or_default();
                crate::clean(&crate::decode(&bytes), &crate::CleanOptions::default())
            })
            .collect()
    }

    /// The optimised detection agrees exactly with the first implementation on real documents
    /// (the held-out gold documents, cleaned, and variants of them sharing paragraphs).
    #[test]
    fn agrees_with_the_reference_on_real_documents() {
        let texts = heldout_cleaned();
        assert!(texts.len() > 20);
        let mut extra: Vec<(String, Vec<Range<usize>>)> = Vec::new();
        // A variant of each: every other paragraph of it plus the next document's first paragraph.
        for (i, c) in texts.iter().enumerate() {
            let next = &texts[(i + 1) % texts.len()];
            let mut t = String::new();
            let mut blocks = Vec::new();
            let own = c
                .blocks
                .iter()
                .step_by(2)
                .map(|b| c.text.get(b.range.clone()));
            let other = next
                .blocks
                .iter()
                .take(1)
                .map(|b| next.text.get(b.range.clone()));
            for piece in own.chain(other) {
                let s = t.len();
                t.push_str(piece.unwrap_or(""));
                blocks.push(s..t.len());
                t.push_str("\n\n");
            }
            extra.push((t, blocks));
        }
        let ranges: Vec<Vec<Range<usize>>> = texts
            .iter()
            .map(|c| c.blocks.iter().map(|b| b.range.clone()).collect())
            .collect();
        let mut docs: Vec<CopyInput<'_>> = texts
            .iter()
            .zip(&ranges)
            .map(|(c, b)| CopyInput {
                text: &c.text,
                blocks: b,
            })
            .collect();
        docs.extend(extra.iter().map(|(t, b)| CopyInput { text: t, blocks: b }));
        let r = same(&docs);
        assert!(!r.clusters.is_empty() && !r.passages.is_empty());
    }

    /// The sorted distinct shingles of a document of more than 2^20 shingles (made by ranges of
    /// their top bits) are those of one sort of all (shingle, position) pairs.
    #[test]
    fn distinct_shingles_of_a_long_document() {
        // 1.2 million pseudo-random hashes (mix of a counter), a quarter of them repeats.
        let sh: Vec<u64> = (0..1_200_000u64).map(|i| mix(i % 900_000)).collect();
        let mut d = DocShingles::new(Vec::new(), sh.clone());
        d.sort();
        let mut set: Vec<(u64, u32)> = sh.iter().enumerate().map(|(i, h)| (*h, i as u32)).collect();
        set.sort_unstable();
        set.dedup_by_key(|x| x.0);
        assert_eq!(d.keys.len(), 900_000);
        assert_eq!(d.keys, set.iter().map(|x| x.0).collect::<Vec<_>>());
        assert_eq!(d.firsts, set.iter().map(|x| x.1).collect::<Vec<_>>());
    }

    /// A document long enough that its LSH keys are deduplicated while they are made (more than
    /// 65,536 keys): the held-out documents one after another and variants of them, and a second
    /// document that copies two stretches of it. Same result as the reference.
    #[test]
    fn agrees_with_the_reference_on_a_long_document() {
        let mut long = String::new();
        let mut blocks = Vec::new();
        let texts = heldout_cleaned();
        // The documents, then four variants of them with a marker word after every word (so
        // that their keys are new ones).
        for k in 0..5 {
            for c in &texts {
                for b in &c.blocks {
                    let t = c.text.get(b.range.clone()).unwrap_or("");
                    let s = long.len();
                    if k == 0 {
                        long.push_str(t);
                    } else {
                        for w in t.split(' ') {
                            long.push_str(&format!("{w} r{k} "));
                        }
                    }
                    blocks.push(s..long.len());
                    long.push_str("\n\n");
                }
            }
        }
        let words = Words::new(&long).len();
        assert!(words > 60_000, "{words} words");
        let cut = |f: usize| {
            let mut at = long.len() * f / 10;
            while !long.is_char_boundary(at) {
                at += 1;
            }
            at
        };
        let copy = format!("{}\n\n{}", &long[cut(1)..cut(2)], &long[cut(6)..cut(7)]);
        let copy_blocks = vec![0..cut(2) - cut(1), cut(2) - cut(1) + 2..copy.len()];
        let docs = [
            CopyInput {
                text: &long,
                blocks: &blocks,
            },
            CopyInput {
                text: &copy,
                blocks: &copy_blocks,
            },
        ];
        let (mut bands, mut para) = (Vec::new(), Vec::new());
        let range = word_ranges(&long);
        index_document(
            &docs[0],
            &range,
            &shingle_hashes(&long, &range),
            PARA_WORDS,
            &mut bands,
            &mut para,
        );
        assert!(bands.len() > 1 << 16, "{} keys", bands.len());
        let r = same(&docs);
        assert_eq!(r.clusters, [vec![0, 1]]);
    }

    /// The keys of the whole text's words and shingles ([`index_document`], the implementation
    /// before streaming).
    fn keys_of_lists(text: &str, blocks: &[Range<usize>]) -> (Vec<u64>, Vec<u64>) {
        let (mut bands, mut para) = (Vec::new(), Vec::new());
        let range = word_ranges(text);
        let sh = shingle_hashes(text, &range);
        index_with_span(
            text,
            blocks,
            &mut bands,
            &mut para,
            |blocks, words, bands, para| {
                index_document(&CopyInput { text, blocks }, &range, &sh, words, bands, para);
            },
        );
        (bands, para)
    }

    proptest::proptest! {
        /// The shared shingles' table answers as a search in the second document's keys: for
        /// every shingle of the first (values from a small range, so that many are shared and
        /// repeated; slots collide) and for shingles of neither.
        #[test]
        fn shared_shingles_table_is_the_search(
            a in proptest::collection::vec(0u64..400, 0..600),
            b in proptest::collection::vec(0u64..400, 0..600),
        ) {
            let spread = |v: &[u64]| -> Vec<u64> {
                v.iter().map(|&x| x.wrapping_mul(0x9e37_79b9_7f4a_7c15) & !0xff | (x & 7)).collect()
            };
            let mut da = DocShingles::new(Vec::new(), spread(&a));
            let mut db = DocShingles::new(Vec::new(), spread(&b));
            da.sort();
            db.sort();
            let t = SharedShingles::of(&da, &db);
            for h in da.sh.iter().chain(&spread(&[400, 401, 402])) {
                proptest::prop_assert_eq!(t.get(*h), db.first(*h));
            }
        }

        /// The radix sort of band-key rows gives the order of `sort_unstable`: random keys, keys
        /// drawn from a few values (runs of equal keys, documents out of order), keys that share
        /// their top bytes (skipped passes), short and long lists.
        #[test]
        fn radix_sorted_rows_are_sorted_rows(
            rows in proptest::collection::vec((proptest::num::u64::ANY, 0u32..50), 0..9000),
            few in proptest::collection::vec((0u64..6, 0u32..50), 0..9000),
            top in 0u64..64,
        ) {
            for mut v in [
                rows.clone(),
                few.iter().map(|&(k, d)| (k.wrapping_mul(0x9e37_79b9_7f4a_7c15), d)).collect(),
                rows.iter().map(|&(k, d)| ((top << 58) | (k >> 40), d)).collect::<Vec<_>>(),
            ] {
                let mut want = v.clone();
                want.sort_unstable();
                sort_rows(&mut v);
                proptest::prop_assert_eq!(v, want);
            }
        }
    }

    proptest::proptest! {
        /// Keys made block by block from the text are those made from the whole text's word and
        /// shingle lists, with blocks that cut words, are empty, touch, leave gaps, or run past
        /// the text (in order and disjoint: the streaming path).
        #[test]
        fn streamed_keys_are_those_of_the_lists(
            text in "([a-cÉé]{1,4}[ ,.]{0,2}){0,120}",
            cuts in proptest::collection::vec(0usize..520, 0..12),
        ) {
            let mut cuts: Vec<usize> = cuts
                .into_iter()
                .map(|c| {
                    let mut c = c.min(text.len() + 3);
                    while c <= text.len() && !text.is_char_boundary(c) {
                        c -= 1;
                    }
                    c
                })
                .collect();
            cuts.sort_unstable();
            let blocks: Vec<Range<usize>> = cuts.chunks(2).filter(|c| c.len() == 2).map(|c| c[0]..c[1]).collect();
            let d = CopyDoc::from_text(text.clone(), &blocks);
            let (bands, para) = keys_of_lists(&text, &blocks);
            proptest::prop_assert_eq!(d.bands, bands);
            proptest::prop_assert_eq!(d.para, para);
            // Consecutive blocks (no gaps), as the cleaner's separators would leave none.
            let blocks: Vec<Range<usize>> = cuts.windows(2).map(|c| c[0]..c[1]).collect();
            let d = CopyDoc::from_text(text.clone(), &blocks);
            let (bands, para) = keys_of_lists(&text, &blocks);
            proptest::prop_assert_eq!(d.bands, bands);
            proptest::prop_assert_eq!(d.para, para);
        }

        #[test]
        fn agrees_with_the_reference_on_random_texts(
            paras in proptest::collection::vec("[a-dÉé ]{0,60}( [a-c]{1,3}){0,30}", 1..8),
            picks in proptest::collection::vec(proptest::collection::vec(0usize..8, 0..6), 1..6),
        ) {
            let mut owned = Vec::new();
            for pick in &picks {
                let mut t = String::new();
                let mut blocks = Vec::new();
                for &k in pick {
                    let p = &paras[k % paras.len()];
                    let s = t.len();
                    t.push_str(p);
                    blocks.push(s..t.len());
                    t.push_str("\n\n");
                }
                owned.push((t, blocks));
            }
            let docs: Vec<CopyInput<'_>> =
                owned.iter().map(|(t, b)| CopyInput { text: t, blocks: b }).collect();
            same(&docs);
        }
    }

    #[test]
    fn copied_paragraph_is_found_and_clusters() {
        let p = "Russia is in touch with Belgrade over the escalation of the situation between Serbia and Kosovo, the director said.";
        let a = format!(
            "{p}\n\nSomething else entirely about football and weather in the mountains today."
        );
        let b = format!("Unrelated opening words here about other matters.\n\n{p}");
        let c = "A third text with nothing in common at all, about cooking pasta and rice at home.";
        let blocks = |t: &str| -> Vec<Range<usize>> {
            let mut v = Vec::new();
            let mut s = 0;
            for part in t.split("\n\n") {
                v.push(s..s + part.len());
                s += part.len() + 2;
            }
            v
        };
        let (ba, bb, bc) = (blocks(&a), blocks(&b), blocks(c));
        let docs = [
            CopyInput {
                text: &a,
                blocks: &ba,
            },
            CopyInput {
                text: &b,
                blocks: &bb,
            },
            CopyInput {
                text: c,
                blocks: &bc,
            },
        ];
        let r = detect_copies(&docs, &CopyOptions::default());
        assert_eq!(r.cluster_of[0], r.cluster_of[1]);
        assert_ne!(r.cluster_of[0], r.cluster_of[2]);
        let pass = r.passages.iter().find(|p| p.a == 0 && p.b == 1).unwrap();
        assert_eq!(&a[pass.a_range.clone()], p.trim_end_matches('.'));
        assert_eq!(r.pairs[0].exact_paragraphs, 1);
    }

    /// Documents whose every block is shorter than a window had no key and were never compared:
    /// five copies of a short text were five independent sources (review of the fifth session).
    /// Texts written for this test: a one-line report in three copies, a list of short lines in
    /// two near-copies (one line differs), and two short texts that share nothing.
    #[test]
    fn documents_of_short_blocks_are_compared() {
        let one = "Japan recognised Kosovo on 18 March 2008.";
        let list_a = "Recognitions\nJapan: 18 March 2008\nCanada: 18 March 2008\nPeru: 22 February 2008\nMalta: 21 August 2008\nOman: 4 February 2011";
        let list_b = "Recognitions\nJapan: 18 March 2008\nCanada: 18 March 2008\nPeru: 22 February 2008\nMalta: 21 August 2008\nGhana: 23 January 2012";
        let other = "Serbia protested on Monday.";
        let texts = [one, one, one, list_a, list_b, other, "Bhutan said nothing."];
        let lines = |t: &str| -> Vec<Range<usize>> {
            let mut v = Vec::new();
            let mut s = 0;
            for part in t.split('\n') {
                v.push(s..s + part.len());
                s += part.len() + 1;
            }
            v
        };
        let blocks: Vec<Vec<Range<usize>>> = texts.iter().map(|t| lines(t)).collect();
        let docs: Vec<CopyInput> = texts
            .iter()
            .zip(&blocks)
            .map(|(text, blocks)| CopyInput { text, blocks })
            .collect();
        let r = same(&docs);
        assert_eq!(r.clusters, [vec![0, 1, 2], vec![3, 4]]);
        let c = &r.cluster_of;
        assert!(c[5] != c[6] && c[5] != c[0] && c[6] != c[3]);
    }

    /// Copies of one paragraph are compared along a chain, not all pairs with all: 400 copies of
    /// a one-line text make one cluster from fewer than 400 × 64 candidate pairs (all pairs would
    /// be 79,800) — and stay one when the pairs are cut at `max_pairs` (20,000: the chain's links
    /// are kept; code review: 20 of them were independent sources).
    #[test]
    fn many_copies_of_a_paragraph_are_linear() {
        let text = "Japan recognised Kosovo on 18 March 2008, the ministry said.";
        let whole = 0..text.len();
        let docs: Vec<CopyInput> = (0..400)
            .map(|_| CopyInput {
                text,
                blocks: std::slice::from_ref(&whole),
            })
            .collect();
        let r = same(&docs);
        assert_eq!(r.clusters, [(0..400).collect::<Vec<_>>()]);
        assert!(
            r.candidate_pairs < 400 * PARA_PEERS,
            "{}",
            r.candidate_pairs
        );
        assert!(r.candidate_pairs > CopyOptions::default().max_pairs);
    }
}
