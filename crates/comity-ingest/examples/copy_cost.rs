//! Cost of copy detection alone on a folder: documents are decoded and cleaned first (not timed),
//! then `detect_copies` is timed; prints documents, words, candidate pairs compared, verified pairs,
//! clusters and seconds.
//! Usage: `copy_cost <file>...`

use comity_ingest::{clean, decode, detect_copies, CleanOptions, CopyInput, CopyOptions};
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
    let t = Instant::now();
    let r = detect_copies(&docs, &CopyOptions::default());
    let s = t.elapsed().as_secs_f64();
    println!(
        "documents {} bytes {} candidate_pairs {} verified_pairs {} clusters {} passages {} seconds {:.3}",
        docs.len(),
        bytes,
        r.candidate_pairs,
        r.pairs.len(),
        r.clusters.len(),
        r.passages.len(),
        s
    );
    Ok(())
}
