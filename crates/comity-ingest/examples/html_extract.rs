//! Times HTML main-content extraction (decode + clean) over every file of a directory.
//! Usage: `cargo run --release -p comity-ingest --example html_extract -- <dir> [repeats]`

use comity_ingest::{clean, decode, CleanOptions};
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = args.next().ok_or("usage: html_extract <dir> [repeats]")?;
    let repeats: usize = args.next().map(|r| r.parse()).transpose()?.unwrap_or(5);
    let mut pages = Vec::new();
    for e in std::fs::read_dir(&dir)? {
        pages.push(std::fs::read(e?.path())?);
    }
    let bytes: usize = pages.iter().map(Vec::len).sum();
    let mut chars = 0usize;
    let t = Instant::now();
    for _ in 0..repeats {
        for p in &pages {
            chars += clean(&decode(p), &CleanOptions::default()).text.len();
        }
    }
    let secs = t.elapsed().as_secs_f64();
    let n = (pages.len() * repeats) as f64;
    println!(
        "comity-ingest: {} pages x {repeats}: {:.1} MB/s, {:.0} pages/s, {} bytes kept per pass",
        pages.len(),
        bytes as f64 * repeats as f64 / secs / 1e6,
        n / secs,
        chars / repeats
    );
    Ok(())
}
