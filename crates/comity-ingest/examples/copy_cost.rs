//! Cost of copy detection alone on a folder: documents are decoded and cleaned first (not timed),
//! then copy detection is timed; prints documents, bytes, candidate pairs compared, verified pairs,
//! clusters, passages and seconds: all, the fingerprints (made by the pipeline's workers) and the
//! comparison (after the last document, on `INGEST_THREADS` threads, default 1).
//! Usage: `[INGEST_THREADS=n] copy_cost <file>...`

use comity_ingest::{clean, decode, CleanOptions, CopyDoc, CopyIndex, CopyInput, CopyOptions};
use std::ops::Range;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let files: Vec<String> = std::env::args().skip(1).collect();
    let mut texts: Vec<(String, Vec<Range<usize>>)> = Vec::new();
    let mut bytes = 0usize;
    for f in &files {
        let b = std::fs::read(f)?;
        bytes += b.len();
        let c = clean(&decode(&b), &CleanOptions::default());
        let blocks = c.blocks.iter().map(|b| b.range.clone()).collect();
        texts.push((c.text, blocks));
    }
    let docs: Vec<CopyInput<'_>> = texts
        .iter()
        .map(|(t, b)| CopyInput { text: t, blocks: b })
        .collect();
    // Fingerprints (made by the pipeline's workers, in parallel), then the comparison of the
    // candidate pairs (one thread, after the last document).
    let t = Instant::now();
    let mut index = CopyIndex::default();
    for d in &docs {
        index.push(CopyDoc::new(*d));
    }
    let fingerprints = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let threads = std::env::var("INGEST_THREADS")
        .ok()
        .and_then(|t| t.parse().ok())
        .unwrap_or(1);
    let r = index.finish_threads(&CopyOptions::default(), threads);
    let compare = t.elapsed().as_secs_f64();
    println!(
        "documents {} bytes {} candidate_pairs {} verified_pairs {} clusters {} passages {} seconds {:.3} (fingerprints {:.3}, comparison {:.3})",
        docs.len(),
        bytes,
        r.candidate_pairs,
        r.pairs.len(),
        r.clusters.len(),
        r.passages.len(),
        fingerprints + compare,
        fingerprints,
        compare
    );
    Ok(())
}
