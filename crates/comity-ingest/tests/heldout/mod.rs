//! The held-out gold corpus of issue 10 (`tests/data/heldout/`, annotated by the `gold` helper from
//! real pages, split into a development and a test half before any rule was written for them).
//!
//! Rules are written against the development half only; the test half is measured, never read.
//! Set `HELDOUT_ERRORS=1` to print the development half's errors (never the test half's).
//! Set `HELDOUT_ONLY=doc1,doc2` (file names, with or without extension) to restrict both halves'
//! gold, and so the documents read and the predictions scored, to those documents: aggregate scores
//! of a subset (e.g. one batch), with the development floors not asserted.
//! Set `COMITY_DECIDER=learned` to add the learned decider's claims (`comity_ingest::learned`).
//! Set `HELDOUT_STAGES=1` to print, for both halves, the stage × kind table of where each gold
//! claim is lost ([`stages`]); with `HELDOUT_ERRORS=1` too, the development half's claims one a line.

mod stages;

use comity_ingest::{
    bootstrap, evaluate, ingest, parse_jsonl, Claim, ClaimKey, Evaluation, Options,
};
use std::path::PathBuf;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/heldout")
}

/// Scores one half: (evaluation, number of documents), or None when the half has no gold yet.
/// A half's evaluation, its gold claims, the predicted keys and the predicted claims.
type Scored = (Evaluation, Vec<ClaimKey>, Vec<ClaimKey>, Vec<Claim>);

/// `HELDOUT_STAGES=1`: the stage table of `half` (aggregate), and with `detail` each claim's line.
fn stage_report(half: &str, label: &str, e: &Evaluation, claims: &[Claim], detail: bool) {
    if std::env::var("HELDOUT_STAGES").is_err() {
        return;
    }
    let gold_text =
        std::fs::read_to_string(dir().join(format!("gold-heldout-{half}.jsonl"))).unwrap();
    let only = only();
    let sel = |d: &str| selected(d, &only);
    let mut names: Vec<String> = parse_jsonl(&gold_text, half)
        .unwrap()
        .into_iter()
        .map(|g| g.doc)
        .filter(|d| sel(d))
        .collect();
    names.sort();
    names.dedup();
    let docs: Vec<(String, Vec<u8>)> = names
        .iter()
        .map(|n| {
            (
                n.clone(),
                std::fs::read(dir().join("docs").join(n)).unwrap(),
            )
        })
        .collect();
    let rows = stages::diagnose(&gold_text, &sel, &docs, e, claims, &crate::real_gazetteer());
    stages::print_table(label, &rows);
    if detail {
        for (s, k, why, ev) in &rows {
            if *s != 'g' {
                eprintln!(
                    "STAGE {s} {} {} {} {:?} {:?} {:?} {:?} {why} | {}",
                    k.doc,
                    k.kind,
                    k.subject,
                    k.object,
                    k.polarity,
                    k.date,
                    k.speaker_actor,
                    ev.replace('\n', " ")
                );
            }
        }
    }
}

/// The documents of `HELDOUT_ONLY` (comma-separated file names, extension optional), if set.
fn only() -> Option<Vec<String>> {
    let v = std::env::var("HELDOUT_ONLY").ok()?;
    Some(
        v.split(',')
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect(),
    )
}

fn selected(doc: &str, only: &Option<Vec<String>>) -> bool {
    match only {
        None => true,
        Some(list) => list
            .iter()
            .any(|o| doc == o || doc.rsplit_once('.').is_some_and(|(stem, _)| stem == o)),
    }
}

fn score(half: &str) -> Option<Scored> {
    let gold_text =
        std::fs::read_to_string(dir().join(format!("gold-heldout-{half}.jsonl"))).ok()?;
    let only = only();
    let mut gold = parse_jsonl(&gold_text, half).unwrap();
    gold.retain(|g| selected(&g.doc, &only));
    if gold.is_empty() {
        return None;
    }
    let mut names: Vec<String> = gold.iter().map(|g| g.doc.clone()).collect();
    names.sort();
    names.dedup();
    let docs: Vec<(String, Vec<u8>)> = names
        .iter()
        .map(|n| {
            let p = dir().join("docs").join(n);
            (
                n.clone(),
                std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display())),
            )
        })
        .collect();
    let refs: Vec<(&str, &[u8])> = docs
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let g = crate::real_gazetteer();
    let mut report = ingest(&refs, &g, &Options::default());
    // With a model endpoint (COMITY_LLM_ENDPOINT, optional): the decider's claims are added, so the
    // scores printed are those with the model. Never set in CI.
    if let Ok(endpoint) = std::env::var("COMITY_LLM_ENDPOINT") {
        use comity_ingest::decider;
        let mut o = decider::DeciderOptions::new(&endpoint);
        if let Ok(m) = std::env::var("COMITY_LLM_MODEL") {
            o.model = m;
        }
        let cands: Vec<_> = refs
            .iter()
            .flat_map(|(n, b)| decider::candidates(n, b, &g))
            .collect();
        let d = decider::decide(&cands, &o).unwrap_or_else(|e| panic!("{e}"));
        let extra = decider::decided_claims(&d, &report.claims);
        eprintln!(
            "{half}: model decider {}: {} candidates, {} claims added",
            endpoint,
            cands.len(),
            extra.len()
        );
        report.claims.extend(extra);
    }
    // With the learned decider (COMITY_DECIDER=learned): its claims are added to the rules'.
    if std::env::var("COMITY_DECIDER").as_deref() == Ok("learned") {
        use comity_ingest::{decider, learned::Model};
        let m = Model::embedded().unwrap_or_else(|e| panic!("{e}"));
        let cands: Vec<_> = refs
            .iter()
            .flat_map(|(n, b)| decider::candidates(n, b, &g))
            .collect();
        let extra = decider::decided_claims(&m.decide(&cands), &report.claims);
        eprintln!(
            "{half}: learned decider: {} candidates, {} claims added",
            cands.len(),
            extra.len()
        );
        report.claims.extend(extra);
    }
    let pred: Vec<ClaimKey> = report
        .claims
        .iter()
        .map(|c| serde_json::from_value(serde_json::to_value(c).unwrap()).unwrap())
        .collect();
    Some((evaluate(&gold, &pred), gold, pred, report.claims))
}

fn print(half: &str, e: &Evaluation, gold: &[ClaimKey], pred: &[ClaimKey]) {
    let ci = bootstrap(gold, pred, 500, 1);
    for (k, s) in e
        .per_kind
        .iter()
        .chain([(&"overall".to_string(), &e.overall)])
    {
        let c = ci.get(k).copied().unwrap_or_default();
        eprintln!(
            "{half} {k:13} P {:.2} [{:.2}-{:.2}] R {:.2} [{:.2}-{:.2}] F1 {:.2} (tp {} fp {} fn {})",
            s.precision, c.precision.0, c.precision.1, s.recall, c.recall.0, c.recall.1, s.f1,
            s.tp, s.fp, s.fn_
        );
    }
}

#[test]
fn heldout_dev_half() {
    let subset = only().is_some();
    let Some((e, gold, pred, claims)) = score("dev") else {
        if subset {
            eprintln!("dev half: no gold for the HELDOUT_ONLY documents");
            return;
        }
        panic!("tests/data/heldout/gold-heldout-dev.jsonl is missing or empty");
    };
    let docs = {
        let mut d: Vec<&str> = gold.iter().map(|g| g.doc.as_str()).collect();
        d.sort();
        d.dedup();
        d.len()
    };
    let label = if subset {
        format!("dev[HELDOUT_ONLY: {docs} docs]")
    } else {
        "dev".to_string()
    };
    print(&label, &e, &gold, &pred);
    stage_report(
        "dev",
        &label,
        &e,
        &claims,
        std::env::var("HELDOUT_ERRORS").is_ok(),
    );
    if std::env::var("HELDOUT_ERRORS").is_ok() {
        for x in &e.false_positives {
            eprintln!(
                "FP {} {} {} {:?} {:?} {:?} {:?}",
                x.doc, x.kind, x.subject, x.object, x.polarity, x.date, x.speaker_actor
            );
            // The rule and evidence of the prediction (development half only).
            if let Some(c) = claims.iter().find(|c| {
                c.doc == x.doc
                    && c.kind.as_str() == x.kind
                    && c.subject == x.subject
                    && Some(&c.object) == x.object.as_ref()
                    && c.polarity == x.polarity
            }) {
                eprintln!("   {} | {}", c.rule, c.evidence.replace('\n', " "));
            }
        }
        // Predictions and false positives per rule (development half only).
        let mut per_rule: std::collections::BTreeMap<&str, (usize, usize)> = Default::default();
        for (c, k) in claims.iter().zip(&pred) {
            let r = per_rule.entry(c.rule).or_default();
            r.0 += 1;
            if e.false_positives.contains(k) {
                r.1 += 1;
            }
        }
        for (rule, (n, fp)) in &per_rule {
            eprintln!("RULE {rule:24} predicted {n:3} false positives {fp:3}");
        }
        for x in &e.false_negatives {
            eprintln!(
                "FN {} {} {} {:?} {:?} {:?} {:?}",
                x.doc, x.kind, x.subject, x.object, x.polarity, x.date, x.speaker_actor
            );
        }
    }
    // Every prediction on one development document (`HELDOUT_DOC=name`), to debug a rule.
    if let Ok(doc) = std::env::var("HELDOUT_DOC") {
        for c in claims.iter().filter(|c| doc == "*" || c.doc == doc) {
            eprintln!(
                "PRED {} {} {} {} {:?} {:?} {:?} {} | {}",
                c.doc,
                c.kind.as_str(),
                c.subject,
                c.object,
                c.polarity,
                c.date.map(|d| d.to_string()),
                c.speaker_actor,
                c.rule,
                c.evidence.replace('\n', " ")
            );
        }
    }
    // Floors: below what the rules and frames reach on this half (P 0.86, R 0.42 with the frames
    // of h/extract3; P 0.72, R 0.22 before them), above the extractor of before issue 10 (P 0.57,
    // R 0.12 on the first 129 claims).
    // h/extract4 (structural fixes and probes): P 0.94, R 0.54.
    // h/extract5 (broad lexicon, news mechanisms): P 0.93, R 0.56.
    // With batch 5 added to the half (h/gold5, 7 more documents, 55 claims; main 7413666's rules):
    // P 0.94, R 0.58 (tp 187 fp 13 fn 138); batch 5 alone P 0.81, R 0.24 — the floors still hold.
    // With batch 6 added (h/extract11, 7 more documents, 114 claims, annotated before any run):
    // main feba677's rules P 0.94, R 0.47 (tp 205 fp 14) — below the recall floor; with the rules
    // written from batch 6's development errors P 0.94, R 0.50 (tp 221 fp 13). The floors are kept.
    // h/extract12 (general mechanisms for stages b and d): P 0.95, R 0.54 (tp 236 fp 13).
    // With batch 7 added (h/extract15, 7 more documents, 67 claims, annotated before any run):
    // main f13472d's rules P 0.96, R 0.49 (tp 247 fp 11) — below the recall floor; with the rules
    // written from batch 7's development errors P 0.96, R 0.54 (tp 275 fp 11). The floors are kept.
    // With batch 8 added (h/extract16, 6 more documents, 40 claims, annotated before any run):
    // main fce4045's rules P 0.96, R 0.53 (tp 288 fp 13); with the rules written from the
    // development errors P 0.96, R 0.54 (tp 297 fp 13). The floors are kept.
    if subset {
        return; // the floors are for the whole half
    }
    assert!(e.overall.precision >= 0.88, "{:?}", e.overall);
    assert!(e.overall.recall >= 0.50, "{:?}", e.overall);
}

#[test]
fn heldout_test_half() {
    // Measured only: scores, never the errors.
    if let Some((e, gold, pred, claims)) = score("test") {
        let label = if only().is_some() {
            let mut d: Vec<&str> = gold.iter().map(|g| g.doc.as_str()).collect();
            d.sort();
            d.dedup();
            format!("test[HELDOUT_ONLY: {} docs]", d.len())
        } else {
            "test".to_string()
        };
        print(&label, &e, &gold, &pred);
        // Aggregate counts only: never a test claim's line.
        stage_report("test", &label, &e, &claims, false);
    } else {
        eprintln!("test half: no gold yet (or none for the HELDOUT_ONLY documents)");
    }
}

/// `PROBE_DIR=dir`: prints the claims of every file in `dir` (sentences one writes oneself to see
/// how the rules read unseen phrasings; never the held-out documents).
#[test]
fn probe_own_sentences() {
    let Ok(d) = std::env::var("PROBE_DIR") else {
        return;
    };
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&d)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .filter_map(|e| {
                    let n = e.file_name().to_string_lossy().to_string();
                    std::fs::read(e.path()).ok().map(|b| (n, b))
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let refs: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let report = ingest(&refs, &crate::real_gazetteer(), &Options::default());
    for c in &report.claims {
        eprintln!(
            "PROBE {} {} {} {} {:?} {:?} {:?} {} | {}",
            c.doc,
            c.kind.as_str(),
            c.subject,
            c.object,
            c.polarity,
            c.date.map(|d| d.to_string()),
            c.speaker_actor,
            c.rule,
            c.evidence.replace('\n', " ")
        );
    }
}
