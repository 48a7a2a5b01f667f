#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Integration tests: the whole pipeline on the seed documents, scored against gold-dev.

use comity_ingest::{evaluate, ingest, parse_jsonl, ClaimKey, Gazetteer, Options, Report};
use std::path::PathBuf;

mod context;
mod discourse;
mod enumeration;
mod extract15;
mod extract16;
mod extract17;
mod extract20;
mod heldout;
mod hostile;
mod implicit;
mod learned;
mod lexicon;
mod phrasebook;
mod precision;
mod sayer;
mod statements;
mod truth6;

fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

/// Reads a shared file; fails under CI when missing, else skips with a notice.
fn read_shared(rel: &str) -> Option<Vec<u8>> {
    let p = shared().join(rel);
    match std::fs::read(&p) {
        Ok(b) => Some(b),
        Err(e) => {
            if std::env::var("CI").as_deref() == Ok("true") {
                panic!("{}: {e} (required under CI=true)", p.display());
            }
            eprintln!("skipping: {} not readable: {e}", p.display());
            None
        }
    }
}

pub fn gazetteer() -> Gazetteer {
    let actors = include_str!("data/actors.csv");
    // Only the holders of the fixture's actors (the project's table names more actors).
    let ids: Vec<&str> = actors
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').next())
        .collect();
    let holders: String = include_str!("../../../data/office_holders.csv")
        .lines()
        .enumerate()
        .filter(|(i, l)| *i == 0 || l.split(',').nth(2).is_some_and(|a| ids.contains(&a)))
        .map(|(_, l)| format!("{l}\n"))
        .collect();
    Gazetteer::from_csv(actors, &holders).unwrap()
}

const SEEDS: [&str; 5] = [
    "000_8cdac366aff1a688.txt",
    "001_cd6efeac3a956f6f.txt",
    "002_48668f8254a4d677.txt",
    "003_fcfef2321529613f.txt",
    "004_f03d8c4ac22c41a0.txt",
];

fn seeds_report() -> Option<Report> {
    let mut docs = Vec::new();
    for s in SEEDS {
        docs.push((s, read_shared(&format!("seeds/{s}"))?));
    }
    let refs: Vec<(&str, &[u8])> = docs.iter().map(|(n, b)| (*n, b.as_slice())).collect();
    Some(ingest(&refs, &gazetteer(), &Options::default()))
}

#[test]
fn gold_dev_scores() {
    let Some(report) = seeds_report() else { return };
    let Some(gold) = read_shared("eval/gold-dev.jsonl") else {
        return;
    };
    let gold = parse_jsonl(std::str::from_utf8(&gold).unwrap(), "gold-dev.jsonl").unwrap();
    let docs: Vec<&str> = gold.iter().map(|g| g.doc.as_str()).collect();
    let pred: Vec<ClaimKey> = report
        .claims
        .iter()
        .filter(|c| docs.contains(&c.doc.as_str()))
        .map(|c| serde_json::from_value(serde_json::to_value(c).unwrap()).unwrap())
        .collect();
    let e = evaluate(&gold, &pred);
    for (k, s) in &e.per_kind {
        eprintln!(
            "{k:13} P {:.2} R {:.2} F1 {:.2} (tp {} fp {} fn {})",
            s.precision, s.recall, s.f1, s.tp, s.fp, s.fn_
        );
    }
    let o = e.overall;
    eprintln!(
        "overall       P {:.3} R {:.3} F1 {:.3} (tp {} fp {} fn {})",
        o.precision, o.recall, o.f1, o.tp, o.fp, o.fn_
    );
    for fp in &e.false_positives {
        eprintln!(
            "FP {} {} {} {:?} {:?} {:?}",
            &fp.doc[..3],
            fp.kind,
            fp.subject,
            fp.object,
            fp.polarity,
            fp.date
        );
    }
    for f in &e.false_negatives {
        eprintln!(
            "FN {} {} {} {:?} {:?} {:?}",
            &f.doc[..3],
            f.kind,
            f.subject,
            f.object,
            f.polarity,
            f.date
        );
    }
    // Targets of the task brief; the gold set is the source of truth.
    assert!(o.precision >= 0.85, "precision {:.3}", o.precision);
    assert!(o.recall >= 0.75, "recall {:.3}", o.recall);
}

/// The project's real gazetteer (`data/actors.csv`, `data/office_holders.csv`).
pub fn real_gazetteer() -> Gazetteer {
    let actors = include_str!("../../../data/actors.csv");
    let holders = include_str!("../../../data/office_holders.csv");
    Gazetteer::from_csv(actors, holders).unwrap()
}

#[test]
fn gold_extra_scores() {
    // The expected claims come from tests/data/gold-extra.jsonl: hand annotations of seeds 002-004
    // made from the documents (eval/SCHEMA.md conventions) BEFORE the extractor's output for them was
    // looked at; that file is the source. The floors are below what the rules reach (P 0.98, R 0.70
    // when this test was written; P 1.00, R 0.80 after the general-pattern rules of Nov 2026) and
    // above the rules of before (P 0.75, R 0.15).
    let mut docs = Vec::new();
    for s in &SEEDS[2..] {
        let Some(b) = read_shared(&format!("seeds/{s}")) else {
            return;
        };
        docs.push((*s, b));
    }
    let refs: Vec<(&str, &[u8])> = docs.iter().map(|(n, b)| (*n, b.as_slice())).collect();
    let report = ingest(&refs, &real_gazetteer(), &Options::default());
    let gold = parse_jsonl(include_str!("data/gold-extra.jsonl"), "gold-extra.jsonl").unwrap();
    let pred: Vec<ClaimKey> = report
        .claims
        .iter()
        .map(|c| serde_json::from_value(serde_json::to_value(c).unwrap()).unwrap())
        .collect();
    let e = evaluate(&gold, &pred);
    for (k, s) in &e.per_kind {
        eprintln!(
            "{k:13} P {:.2} R {:.2} F1 {:.2} (tp {} fp {} fn {})",
            s.precision, s.recall, s.f1, s.tp, s.fp, s.fn_
        );
    }
    if std::env::var("GOLD_EXTRA_ERRORS").is_ok() {
        for x in &e.false_positives {
            let c = report.claims.iter().find(|c| {
                c.doc == x.doc
                    && c.kind.as_str() == x.kind
                    && c.subject == x.subject
                    && Some(&c.object) == x.object.as_ref()
                    && c.polarity == x.polarity
            });
            eprintln!(
                "FP {} {} {} {:?} {:?} {:?} | {}",
                x.doc,
                x.kind,
                x.subject,
                x.object,
                x.polarity,
                x.date,
                c.map_or(String::new(), |c| format!("{} {}", c.rule, c.evidence))
            );
        }
    }
    let o = e.overall;
    eprintln!(
        "overall P {:.3} R {:.3} F1 {:.3}",
        o.precision, o.recall, o.f1
    );
    assert!(o.precision >= 0.95, "precision {:.3}", o.precision);
    assert!(o.recall >= 0.75, "recall {:.3}", o.recall);
    let rec = e.per_kind["recognition"];
    assert!(rec.recall >= 0.85, "recognition recall {:.3}", rec.recall);
    let st = e.per_kind["statement"];
    assert!(st.precision >= 0.85 && st.recall >= 0.6, "statement {st:?}");
}

#[test]
fn every_evidence_is_a_substring_at_its_span() {
    let Some(report) = seeds_report() else { return };
    for c in &report.claims {
        let bytes = read_shared(&format!("seeds/{}", c.doc)).unwrap();
        let at = std::str::from_utf8(&bytes[c.span.clone()]).unwrap();
        assert_eq!(at, c.evidence, "{} {:?}", c.doc, c.rule);
        assert!(c.evidence.chars().count() <= 300);
        assert!((0.0..=1.0).contains(&c.confidence));
    }
}

#[test]
fn seed_copies() {
    let Some(report) = seeds_report() else { return };
    // SCHEMA.md / the brief: 000 and 001 are two versions of one Wikipedia article.
    assert_eq!(report.copies.cluster_of[0], report.copies.cluster_of[1]);
    for p in &report.copies.pairs {
        eprintln!(
            "pair {}~{} containment {:.3} jaccard {:.3} exact paragraphs {}",
            p.a, p.b, p.containment, p.jaccard, p.exact_paragraphs
        );
    }
    // 002 contains sentences of 004 verbatim (e.g. the Botsan-Kharchenko sentence of 08 February 2017).
    assert!(report.copies.passages.iter().any(|p| (p.a, p.b) == (2, 4)));
}

/// Issue 13: documents processed by an earlier run, given as known (their cleaned text, block
/// ranges and claims, as a store keeps them) instead of their bytes, give the copy detection and
/// the other documents' claims (support counts included) of a run over all the bytes, on one
/// worker or two. The seeds' facts (see `seed_copies`): 001 is a copy of 000, 002 shares
/// passages with 004.
#[test]
fn known_documents_give_the_report_of_their_bytes() {
    use comity_ingest::{clean, decode, ingest_inputs, Input, Known, KnownClaim};
    use std::borrow::Cow;
    let Some(full) = seeds_report() else { return };
    let bytes: Vec<Vec<u8>> = SEEDS
        .iter()
        .map(|s| read_shared(&format!("seeds/{s}")).unwrap())
        .collect();
    let g = gazetteer();
    let is_known = |i: usize| i == 0 || i == 2;
    let known = |i: usize| {
        let c = clean(&decode(&bytes[i]), &Options::default().clean);
        Known {
            sha256: full.documents[i].sha256.clone(),
            bytes: bytes[i].len(),
            cleaned: c.text,
            blocks: c.blocks.iter().map(|b| b.range.clone()).collect(),
            claims: full
                .claims
                .iter()
                .filter(|c| c.doc == SEEDS[i])
                .map(|c| KnownClaim {
                    kind: c.kind,
                    subject: c.subject.clone(),
                    object: c.object.clone(),
                    polarity: c.polarity.clone(),
                    evidence: c.evidence.clone(),
                })
                .collect(),
        }
    };
    for threads in [1, 2] {
        let opts = Options {
            threads,
            keep_cleaned: false,
            ..Options::default()
        };
        let inputs = (0..SEEDS.len()).map(|i| {
            let input = if is_known(i) {
                Input::Known(known(i))
            } else {
                Input::Bytes(Ok(Cow::Borrowed(bytes[i].as_slice())))
            };
            (Cow::Borrowed(SEEDS[i]), input)
        });
        let r = ingest_inputs(SEEDS.len(), inputs, &g, &opts);
        let flags: Vec<bool> = r.documents.iter().map(|d| d.known).collect();
        assert_eq!(flags, [true, false, true, false, false]);
        assert_eq!(r.copies.cluster_of, full.copies.cluster_of, "clusters");
        assert_eq!(r.copies.pairs, full.copies.pairs, "pairs");
        assert_eq!(r.copies.passages, full.copies.passages, "shared passages");
        assert_eq!(
            r.copies.cluster_of[0], r.copies.cluster_of[1],
            "001 copies 000"
        );
        assert!(r.copies.passages.iter().any(|p| (p.a, p.b) == (2, 4)));
        let others: Vec<_> = full
            .claims
            .iter()
            .filter(|c| c.doc == SEEDS[1] || c.doc == SEEDS[3] || c.doc == SEEDS[4])
            .collect();
        assert!(!others.is_empty());
        assert_eq!(r.claims.iter().collect::<Vec<_>>(), others, "claims");
        // A known document's claims are not repeated: theirs are the run that stored them.
        assert_eq!(r.summary.claims, others.len());
    }
}
