//! The whole pipeline report of a set of files, as JSON lines, for checking that an optimisation
//! changes no output: every claim, then every document (name, hash, format, title, date, flags,
//! cluster, error — the cleaned text as its SHA-256), then the copy pairs, passages and clusters.
//! Usage: `dump_report <actors.csv> <office_holders.csv> <file>...` (`INGEST_THREADS=n` as in
//! `ingest_files`). Compare two builds with `diff`.

use comity_ingest::{ingest, Gazetteer, Options};
use serde_json::json;
use sha2::{Digest, Sha256};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [actors, holders, files @ ..] = args.as_slice() else {
        return Err("usage: dump_report <actors.csv> <office_holders.csv> <file>...".into());
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
    let r = ingest(&refs, &g, &opts);
    for c in &r.claims {
        println!("{}", serde_json::to_string(c)?);
    }
    for d in &r.documents {
        let mut v = serde_json::to_value(d)?;
        let cleaned: String = Sha256::digest(d.cleaned.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        v["cleaned"] = json!(cleaned);
        println!("{}", serde_json::to_string(&v)?);
    }
    for p in &r.copies.pairs {
        println!("{}", serde_json::to_string(p)?);
    }
    for p in &r.copies.passages {
        println!("{}", serde_json::to_string(p)?);
    }
    println!("{}", serde_json::to_string(&r.copies.clusters)?);
    println!("{}", serde_json::to_string(&r.copies.cluster_of)?);
    println!("{}", serde_json::to_string(&r.summary)?);
    Ok(())
}
