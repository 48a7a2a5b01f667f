//! Time of the pipeline on one long line as it grows (finds superlinear steps).
//! Usage: `long_lines [kind]` with kind `prose` (sentences), `list` (one sentence of mentions),
//! `said` (a sentence of speech verbs and mentions), `junk` (no spaces, dots).

use comity_ingest::{ingest, Gazetteer, Options};
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let kind = std::env::args().nth(1).unwrap_or_else(|| "list".into());
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/");
    let g = Gazetteer::from_csv(
        &std::fs::read_to_string(format!("{root}actors.csv"))?,
        &std::fs::read_to_string(format!("{root}office_holders.csv"))?,
    )?;
    let unit = match kind.as_str() {
        "prose" => "Serbia does not recognize Kosovo, the minister said on 3 May 2008. ",
        "list" => "Serbia, Russia, China and Kosovo and it ",
        "said" => "Serbia said it, Russia told Kosovo that China warned ",
        _ => "a.Bc.Dd.Ee",
    };
    let sizes: Vec<usize> = match std::env::args().nth(2) {
        Some(n) => vec![n.parse()?],
        None => vec![2_500, 5_000, 10_000, 20_000, 40_000],
    };
    for n in sizes {
        let text = unit.repeat(n / unit.len() + 1);
        let t = Instant::now();
        let r = ingest(&[("x", text.as_bytes())], &g, &Options::default());
        println!(
            "{kind} {:>7} bytes: {:>8.1} ms, {} claims",
            text.len(),
            t.elapsed().as_secs_f64() * 1e3,
            r.claims.len()
        );
    }
    Ok(())
}
