//! Copies: passage-level near-duplicate detection across documents.
//!
//! Each document's cleaned text is split into words; passages (blocks cut into windows of 20 words,
//! every 10 words) get a MinHash signature of their 5-word shingles, and LSH (16 bands of 4 rows) proposes
//! document pairs that share a similar passage. Exact hashes of normalised paragraphs propose pairs too.
//! Each proposed pair is then verified exactly: the shared shingles are collected into maximal runs
//! (shared passages, with spans in both documents) and the share of the smaller document covered.
//! Documents whose shared share reaches a threshold form a copy cluster (union-find).

use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

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
    /// Number of identical normalised paragraphs.
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

/// Words of a text with their byte ranges (lower-cased alphanumeric runs).
pub(crate) fn words(text: &str) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push((s..i, text[s..i].to_lowercase()));
        }
    }
    if let Some(s) = start {
        out.push((s..text.len(), text[s..].to_lowercase()));
    }
    out
}

fn fnv(words: &[(Range<usize>, String)]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (_, w) in words {
        for b in w.bytes().chain(std::iter::once(b' ')) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// Shingle hashes of a word sequence.
pub(crate) fn shingles(w: &[(Range<usize>, String)]) -> Vec<u64> {
    if w.len() < SHINGLE {
        return if w.is_empty() {
            Vec::new()
        } else {
            vec![fnv(w)]
        };
    }
    w.windows(SHINGLE).map(fnv).collect()
}

fn minhash(sh: &[u64]) -> [u64; PERMS] {
    let mut sig = [u64::MAX; PERMS];
    for &s in sh {
        for (i, slot) in sig.iter_mut().enumerate() {
            let v = mix(s ^ (i as u64).wrapping_mul(0x2545_f491_4f6c_dd1d));
            if v < *slot {
                *slot = v;
            }
        }
    }
    sig
}

struct DocShingles {
    words: Vec<(Range<usize>, String)>,
    sh: Vec<u64>,
    set: HashSet<u64>,
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

/// Detects copies among documents.
pub fn detect_copies(docs: &[CopyInput<'_>], opts: &CopyOptions) -> Copies {
    let n = docs.len();
    let data: Vec<DocShingles> = docs
        .iter()
        .map(|d| {
            let words = words(d.text);
            let sh = shingles(&words);
            let set = sh.iter().copied().collect();
            DocShingles { words, sh, set }
        })
        .collect();
    // Candidate pairs from passage-level LSH and exact paragraph hashes.
    let mut buckets: HashMap<(usize, u64), Vec<usize>> = HashMap::new();
    let mut para: HashMap<u64, Vec<usize>> = HashMap::new();
    for (di, d) in docs.iter().enumerate() {
        for b in d.blocks {
            let Some(t) = d.text.get(b.clone()) else {
                continue;
            };
            let w = words(t);
            if w.len() >= 8 {
                para.entry(fnv(&w)).or_default().push(di);
            }
            let mut at = 0;
            while at < w.len() {
                let win = &w[at..(at + WINDOW).min(w.len())];
                at += STRIDE;
                if win.len() < SHINGLE * 2 {
                    continue;
                }
                let sig = minhash(&shingles(win));
                for band in 0..BANDS {
                    let h = fnv_u64(&sig[band * ROWS..(band + 1) * ROWS]);
                    buckets.entry((band, h)).or_default().push(di);
                }
            }
        }
    }
    let mut cand: HashSet<(usize, usize)> = HashSet::new();
    let mut exact: HashMap<(usize, usize), usize> = HashMap::new();
    for list in para.values() {
        let mut l = list.clone();
        l.sort_unstable();
        l.dedup();
        for i in 0..l.len() {
            for j in i + 1..l.len() {
                *exact.entry((l[i], l[j])).or_default() += 1;
                cand.insert((l[i], l[j]));
            }
        }
    }
    for list in buckets.values() {
        let mut l = list.clone();
        l.sort_unstable();
        l.dedup();
        if l.len() > 64 {
            l.truncate(64);
        }
        for i in 0..l.len() {
            for j in i + 1..l.len() {
                cand.insert((l[i], l[j]));
            }
        }
    }
    let mut cand: Vec<(usize, usize)> = cand.into_iter().collect();
    cand.sort_unstable();
    cand.truncate(opts.max_pairs);
    let mut parent: Vec<usize> = (0..n).collect();
    let mut out = Copies::default();
    for (a, b) in cand {
        let (da, db) = (&data[a], &data[b]);
        let shared = da.set.intersection(&db.set).count();
        if shared == 0 {
            continue;
        }
        let smaller = da.set.len().min(db.set.len()).max(1);
        let union = da.set.len() + db.set.len() - shared;
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
        shared_runs(a, b, da, db, opts.min_passage_words, &mut out.passages);
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
    out
}

fn fnv_u64(xs: &[u64]) -> u64 {
    xs.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, x| mix(h ^ x))
}

/// Maximal runs of consecutive shingles of `a` that also occur in `b`.
fn shared_runs(
    a: usize,
    b: usize,
    da: &DocShingles,
    db: &DocShingles,
    min_words: usize,
    out: &mut Vec<SharedPassage>,
) {
    let mut first_in_b: HashMap<u64, usize> = HashMap::new();
    for (i, s) in db.sh.iter().enumerate() {
        first_in_b.entry(*s).or_insert(i);
    }
    let mut i = 0;
    while i < da.sh.len() {
        let Some(&bj) = first_in_b.get(&da.sh[i]) else {
            i += 1;
            continue;
        };
        let start = i;
        let mut j = bj;
        while i + 1 < da.sh.len() && j + 1 < db.sh.len() && da.sh[i + 1] == db.sh[j + 1] {
            i += 1;
            j += 1;
        }
        let words = i - start + SHINGLE.min(da.words.len());
        if words >= min_words {
            let a_end = (i + SHINGLE - 1).min(da.words.len() - 1);
            let b_end = (j + SHINGLE - 1).min(db.words.len() - 1);
            out.push(SharedPassage {
                a,
                a_range: da.words[start].0.start..da.words[a_end].0.end,
                b,
                b_range: db.words[bj].0.start..db.words[b_end].0.end,
                words,
            });
        }
        i += 1;
    }
}

/// Word-shingle containment of `a` in `b` (share of `a`'s shingles found in `b`), for evidence texts.
pub(crate) fn containment(a: &str, b: &str) -> f64 {
    let sa: HashSet<u64> = shingles(&words(a)).into_iter().collect();
    let sb: HashSet<u64> = shingles(&words(b)).into_iter().collect();
    if sa.is_empty() {
        return 0.0;
    }
    sa.intersection(&sb).count() as f64 / sa.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
