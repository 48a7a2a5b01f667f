//! The first implementation of copy detection (one `String` per word, hash maps of vectors), kept
//! as the reference the optimised one must agree with exactly. (Its window sketch changed with the
//! optimised one's on 2026-12-07, from 64 MinHash permutations to one-permutation hashing.)

use super::{
    Copies, CopyInput, CopyOptions, PairOverlap, SharedPassage, BANDS, PERMS, ROWS, SHINGLE,
    STRIDE, WINDOW,
};
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// Words of a text with their byte ranges (lower-cased alphanumeric runs).
fn words(text: &str) -> Vec<(Range<usize>, String)> {
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
fn shingles(w: &[(Range<usize>, String)]) -> Vec<u64> {
    if w.len() < SHINGLE {
        return if w.is_empty() {
            Vec::new()
        } else {
            vec![fnv(w)]
        };
    }
    w.windows(SHINGLE).map(fnv).collect()
}

/// The window's sketch: one-permutation hashing with optimal densification, as `copies.rs`
/// describes it (each shingle hashed once, the hash's top six bits its bin, a bin's least hash
/// kept; an empty bin takes the first non-empty bin of the sequence `mix((i << 32 | a) ^ C)`'s top
/// six bits, a = 0..32, else the next non-empty bin to its right), written out plainly.
fn minhash(sh: &[u64]) -> [u64; PERMS] {
    let mut bins = [u64::MAX; PERMS];
    for &s in sh {
        let g = mix(s);
        let b = (g >> 58) as usize;
        if g < bins[b] {
            bins[b] = g;
        }
    }
    let mut sig = bins;
    for i in 0..PERMS {
        if bins[i] != u64::MAX {
            continue;
        }
        let mut found = None;
        for a in 0..32u64 {
            let j = (mix(((i as u64) << 32 | a) ^ 0x5851_f42d_4c95_7f2d) >> 58) as usize;
            if bins[j] != u64::MAX {
                found = Some(bins[j]);
                break;
            }
        }
        if found.is_none() {
            for d in 1..PERMS {
                if bins[(i + d) % PERMS] != u64::MAX {
                    found = Some(bins[(i + d) % PERMS]);
                    break;
                }
            }
        }
        sig[i] = found.unwrap_or(u64::MAX);
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
pub(super) fn detect_copies(docs: &[CopyInput<'_>], opts: &CopyOptions) -> Copies {
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
        let mut windows = 0;
        for b in d.blocks {
            windows += index_block(d.text, b, 8, di, &mut buckets, &mut para);
        }
        // No window in any block: the blocks' span as one block, its words one exact key.
        if windows == 0 {
            if let Some(span) = super::whole_span(d.text, d.blocks) {
                index_block(d.text, &span, 1, di, &mut buckets, &mut para);
            }
        }
    }
    let mut cand: HashSet<(usize, usize)> = HashSet::new();
    let mut exact: HashMap<(usize, usize), usize> = HashMap::new();
    let mut links: Vec<(usize, usize)> = Vec::new();
    for list in para.values() {
        let mut l = list.clone();
        l.sort_unstable();
        l.dedup();
        for i in 0..l.len() {
            for j in i + 1..l.len().min(i + super::PARA_PEERS) {
                *exact.entry((l[i], l[j])).or_default() += 1;
                cand.insert((l[i], l[j]));
            }
            if i + 1 < l.len() {
                links.push((l[i], l[i + 1]));
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
    // The chains' links are kept beyond `max_pairs`.
    links.sort_unstable();
    links.dedup();
    links.retain(|p| cand.binary_search(p).is_err());
    cand.extend(links);
    cand.sort_unstable();
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

/// The LSH band keys of a block's windows and its exact key (of at least `para_words` words), for
/// document `di`; the number of windows.
fn index_block(
    text: &str,
    b: &Range<usize>,
    para_words: usize,
    di: usize,
    buckets: &mut HashMap<(usize, u64), Vec<usize>>,
    para: &mut HashMap<u64, Vec<usize>>,
) -> usize {
    let Some(t) = text.get(b.clone()) else {
        return 0;
    };
    let w = words(t);
    if w.len() >= para_words {
        para.entry(fnv(&w)).or_default().push(di);
    }
    let mut windows = 0;
    let mut at = 0;
    while at < w.len() {
        let win = &w[at..(at + WINDOW).min(w.len())];
        at += STRIDE;
        if win.len() < SHINGLE * 2 {
            continue;
        }
        windows += 1;
        let sig = minhash(&shingles(win));
        for band in 0..BANDS {
            let h = fnv_u64(&sig[band * ROWS..(band + 1) * ROWS]);
            buckets.entry((band, h)).or_default().push(di);
        }
    }
    windows
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
