//! Scores predicted claims (JSON lines, e.g. from `ingest_files`) against gold claims.
//! Usage: `cargo run -p comity-ingest --example score -- <gold.jsonl> <pred.jsonl> [doc-prefix...]`
//! With doc prefixes, only gold and predicted claims of documents starting with one are scored.

use comity_ingest::{evaluate, parse_jsonl, ClaimKey};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [gold, pred, prefixes @ ..] = args.as_slice() else {
        return Err("usage: score <gold.jsonl> <pred.jsonl> [doc-prefix...]".into());
    };
    let keep = |k: &ClaimKey| prefixes.is_empty() || prefixes.iter().any(|p| k.doc.starts_with(p));
    let g: Vec<ClaimKey> = parse_jsonl(&std::fs::read_to_string(gold)?, gold)?
        .into_iter()
        .filter(keep)
        .collect();
    let docs: Vec<String> = g.iter().map(|k| k.doc.clone()).collect();
    let p: Vec<ClaimKey> = parse_jsonl(&std::fs::read_to_string(pred)?, pred)?
        .into_iter()
        .filter(|k| keep(k) && docs.contains(&k.doc))
        .collect();
    let e = evaluate(&g, &p);
    for (kind, s) in e
        .per_kind
        .iter()
        .chain([(&"OVERALL".to_string(), &e.overall)])
    {
        println!(
            "{kind:<13} tp {:>3} fp {:>3} fn {:>3}  P {:.2} R {:.2} F1 {:.2}",
            s.tp, s.fp, s.fn_, s.precision, s.recall, s.f1
        );
    }
    for k in &e.false_positives {
        println!("FP {k:?}");
    }
    for k in &e.false_negatives {
        println!("FN {k:?}");
    }
    Ok(())
}
