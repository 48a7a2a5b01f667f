//! Trains the learned decider from the development half and writes its weights file
//! (`crates/comity-ingest/data/learned-decider.tsv`), following the crate README's protocol
//! ("Learned decider"): 5-fold cross-validation by document over the grid, the criterion, then the
//! chosen setting trained on the whole half.
//!
//! Usage: `cargo run --release -p comity-ingest --example train_decider [-- --check]`
//! (`--check`: write nothing; exit 1 when the file differs from what this run produces;
//! `--undecided-only`: print the cross-validation of training on the undecided pairs only, write
//! nothing).
//!
//! Reads only `tests/data/heldout/gold-heldout-dev.jsonl` and its documents: never the test half.

use comity_ingest::learned::{self, Model, GRID_THRESHOLD};
use comity_ingest::{parse_jsonl, ClaimKey, Gazetteer};
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let check = std::env::args().any(|a| a == "--check");
    // A variant for comparison (prints the cross-validation, writes nothing): train on the
    // undecided pairs only, not on the pairs a rule decided as well.
    let undecided_only = std::env::args().any(|a| a == "--undecided-only");
    let crate_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = crate_dir.join("tests/data/heldout");
    let gold_path = dir.join("gold-heldout-dev.jsonl");
    let gold_text = std::fs::read_to_string(&gold_path)?;
    let gold_spans = learned::parse_gold(&gold_text, "gold-heldout-dev.jsonl")?;
    let gold: Vec<ClaimKey> = parse_jsonl(&gold_text, "gold-heldout-dev.jsonl")?;
    let mut names: Vec<String> = gold.iter().map(|g| g.doc.clone()).collect();
    names.sort();
    names.dedup();
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for n in &names {
        let p = dir.join("docs").join(n);
        let bytes = std::fs::read(&p).map_err(|e| format!("{}: {e}", p.display()))?;
        files.push((n.clone(), bytes));
    }
    let refs: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let g = Gazetteer::from_csv(
        include_str!("../../../data/actors.csv"),
        include_str!("../../../data/office_holders.csv"),
    )?;
    let mut docs = learned::training_docs(&refs, &gold_spans, &g);
    if undecided_only {
        docs = docs.iter().map(|d| d.undecided_only()).collect();
    }
    let pairs = |decided: bool, labelled: bool| -> usize {
        docs.iter()
            .map(|d| {
                d.candidates
                    .iter()
                    .zip(&d.labels)
                    .filter(|(c, l)| c.decided == decided && (!labelled || **l != 0))
                    .count()
            })
            .sum()
    };
    let (n_cands, n_pos) = (pairs(false, false), pairs(false, true));
    let (n_dec, n_dec_pos) = (pairs(true, false), pairs(true, true));
    eprintln!(
        "development half: {} documents, {} gold claims; {} candidates ({} with a gold label), {} pairs a rule decided ({} with a gold label)",
        docs.len(),
        gold.len(),
        n_cands,
        n_pos,
        n_dec,
        n_dec_pos
    );
    let rules = learned::rules_score(&docs, &gold);
    eprintln!(
        "rules alone: P {:.3} R {:.3} F1 {:.3} (tp {} fp {} fn {})",
        rules.precision, rules.recall, rules.f1, rules.tp, rules.fp, rules.fn_
    );
    let (rows, chosen, on) = learned::select(&docs, &gold);
    eprintln!(
        "cross-validation by document ({} folds, seed {}):",
        learned::FOLDS,
        learned::SEED
    );
    for (i, r) in rows.iter().enumerate() {
        let s = &r.cv.whole;
        eprintln!(
            "{} lambda {:<6} epochs {:>2} t {:.1}: P {:.3} R {:.3} F1 {:.3} (tp {} fp {}) added {} (tp {}, P {:.2}){}",
            if Some(i) == chosen { "*" } else { " " },
            r.settings.lambda,
            r.settings.epochs,
            r.settings.threshold,
            s.precision,
            s.recall,
            s.f1,
            s.tp,
            s.fp,
            r.cv.added,
            r.cv.added_tp,
            r.cv.added_precision(),
            if r.admissible() { "" } else { "  (not admissible)" }
        );
    }
    if undecided_only {
        return Ok(());
    }
    let Some(c) = chosen else {
        return Err("no setting has a pooled CV precision >= 0.85: nothing to write".into());
    };
    let row = rows[c];
    let examples = learned::examples(&docs);
    let mut model: Model = learned::train(&examples, row.settings);
    model.default_on = on;
    let s = row.cv.whole;
    model.comments = vec![
        "comity-ingest learned decider (issue 10): multinomial logistic regression over the decider's candidates.".into(),
        "Written by `cargo run --release -p comity-ingest --example train_decider` (see the crate README,".into(),
        "\"Learned decider\"); do not edit by hand. Trained on tests/data/heldout/gold-heldout-dev.jsonl only:".into(),
        format!(
            "{} documents, {} gold claims; examples: {} candidates ({} with a gold label) and {} pairs a rule decided ({} with one).",
            docs.len(),
            gold.len(),
            n_cands,
            n_pos,
            n_dec,
            n_dec_pos
        ),
        format!(
            "Rules alone on the half: P {:.3} R {:.3} F1 {:.3}. Chosen by {}-fold CV by document (seed {}), grid {} settings x {} thresholds:",
            rules.precision,
            rules.recall,
            rules.f1,
            learned::FOLDS,
            learned::SEED,
            rows.len() / GRID_THRESHOLD.len(),
            GRID_THRESHOLD.len()
        ),
        format!(
            "rules + learned decider, pooled CV: P {:.3} R {:.3} F1 {:.3} (tp {} fp {}); added claims {} (tp {}){}.",
            s.precision,
            s.recall,
            s.f1,
            s.tp,
            s.fp,
            row.cv.added,
            row.cv.added_tp,
            if row.admissible() {
                ""
            } else {
                "; no setting met both constraints"
            }
        ),
        format!(
            "Default in `comity ingest`: {} (criterion: admissible and CV F1 >= rules' F1 + {}).",
            if on { "on" } else { "off" },
            learned::MIN_F1_GAIN
        ),
    ];
    let text = model.to_text();
    let path = crate_dir.join(learned::WEIGHTS_FILE);
    if check {
        let old = std::fs::read_to_string(&path).unwrap_or_default();
        if old != text {
            eprintln!("{} differs from what the trainer produces", path.display());
            std::process::exit(1);
        }
        eprintln!("{} is what the trainer produces", path.display());
        return Ok(());
    }
    std::fs::write(&path, &text)?;
    eprintln!(
        "wrote {} ({} features, default {})",
        path.display(),
        model.features(),
        if on { "on" } else { "off" }
    );
    Ok(())
}
