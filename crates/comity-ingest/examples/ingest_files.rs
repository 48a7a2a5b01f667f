//! Ingests files and prints proposed claims as JSON lines (the SCHEMA.md format plus extras).
//! Usage: `cargo run -p comity-ingest --example ingest_files -- <actors.csv> <office_holders.csv> <file>...`
//! (`INGEST_THREADS=n` sets the number of worker threads; default: up to 2.)

use comity_ingest::{ingest, Gazetteer, Options};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [actors, holders, files @ ..] = args.as_slice() else {
        return Err("usage: ingest_files <actors.csv> <office_holders.csv> <file>...".into());
    };
    let g = Gazetteer::from_csv(
        &std::fs::read_to_string(actors)?,
        &std::fs::read_to_string(holders)?,
    )?;
    let mut docs = Vec::new();
    for f in files {
        let name = std::path::Path::new(f)
            .file_name()
            .map_or(f.clone(), |n| n.to_string_lossy().into_owned());
        docs.push((name, std::fs::read(f)?));
    }
    let refs: Vec<(&str, &[u8])> = docs
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let mut opts = Options::default();
    if let Some(t) = std::env::var("INGEST_THREADS")
        .ok()
        .and_then(|t| t.parse().ok())
    {
        opts.threads = t;
    }
    let report = ingest(&refs, &g, &opts);
    for c in &report.claims {
        println!("{}", serde_json::to_string(c)?);
    }
    eprintln!("{}", serde_json::to_string_pretty(&report.summary)?);
    Ok(())
}
