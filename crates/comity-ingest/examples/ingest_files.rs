//! Ingests files and prints proposed claims as JSON lines (the SCHEMA.md format plus extras).
//! Usage: `cargo run -p comity-ingest --example ingest_files -- <actors.csv> <office_holders.csv> <file or folder>...`
//! (`INGEST_THREADS=n` sets the number of worker threads; default: up to 2.)
//!
//! Files are read when a worker takes them and their text dropped once their claims and copy
//! fingerprint are taken (`ingest_from` with `Options::keep_cleaned` off): memory follows the
//! largest document, not the corpus.

use comity_ingest::{ingest_from, Files, Gazetteer, Options};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [actors, holders, files @ ..] = args.as_slice() else {
        return Err("usage: ingest_files <actors.csv> <office_holders.csv> <file>...".into());
    };
    let g = Gazetteer::from_csv(
        &std::fs::read_to_string(actors)?,
        &std::fs::read_to_string(holders)?,
    )?;
    // A folder stands for its files, in byte order of their names (a short command line for
    // tools that record it, such as heaptrack).
    let mut paths = Vec::new();
    for f in files {
        let p = std::path::PathBuf::from(f);
        if p.is_dir() {
            let mut inside: Vec<std::path::PathBuf> = std::fs::read_dir(&p)?
                .map(|e| e.map(|e| e.path()))
                .collect::<Result<_, _>>()?;
            inside.retain(|q| q.is_file());
            inside.sort();
            paths.extend(inside);
        } else {
            paths.push(p);
        }
    }
    let source = Files(paths);
    let mut opts = Options {
        keep_cleaned: false,
        ..Options::default()
    };
    if let Some(t) = std::env::var("INGEST_THREADS")
        .ok()
        .and_then(|t| t.parse().ok())
    {
        opts.threads = t;
    }
    let report = ingest_from(&source, &g, &opts);
    for d in report.documents.iter().filter_map(|d| d.error.as_ref()) {
        eprintln!("{d}");
    }
    for c in &report.claims {
        println!("{}", serde_json::to_string(c)?);
    }
    eprintln!("{}", serde_json::to_string_pretty(&report.summary)?);
    Ok(())
}
