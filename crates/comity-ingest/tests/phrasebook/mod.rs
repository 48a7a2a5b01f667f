//! The written phrasebook of recognition news (`tests/data/phrasebook/phrasebook.txt`, branch
//! h/extract20): sentences written for it in the styles of wire copy, ministry releases,
//! encyclopaedia prose, Q&A pages and list rows, each annotated with the claims it states under
//! eval/SCHEMA.md, near misses with none. Its two halves were fixed before any rule was changed:
//! odd items (1st, 3rd, …) are the tuning half, even items the check half.
//!
//! `cargo test -p comity-ingest --test comity-ingest -- --nocapture phrasebook` prints both halves'
//! scores; `PHRASEBOOK_ERRORS=1` adds the tuning half's false positives and negatives (never the
//! check half's, so that rules are not written against it).

use comity_ingest::{evaluate, ingest, ClaimKey, Evaluation, Options};
use std::path::PathBuf;

/// One phrasebook item: its text and its gold claims.
struct Item {
    text: String,
    gold: Vec<ClaimKey>,
}

fn doc_name(i: usize) -> String {
    format!("pb{:03}.txt", i + 1)
}

/// Parses the phrasebook; a malformed line is an error naming its line.
fn parse(text: &str) -> Result<Vec<Item>, String> {
    let mut items: Vec<Item> = Vec::new();
    let mut open = false; // the last item may still take "> " lines
    for (n, line) in text.lines().enumerate() {
        let n = n + 1;
        if let Some(t) = line.strip_prefix("> ") {
            if open {
                let it = items.last_mut().expect("open item");
                it.text.push('\n');
                it.text.push_str(t);
            } else {
                items.push(Item {
                    text: t.to_string(),
                    gold: Vec::new(),
                });
                open = true;
            }
        } else if let Some(c) = line.strip_prefix("= ") {
            let doc = doc_name(
                items
                    .len()
                    .checked_sub(1)
                    .ok_or(format!("line {n}: claim before any item"))?,
            );
            let f: Vec<&str> = c.split(" | ").map(str::trim).collect();
            if f.len() != 5 {
                return Err(format!("line {n}: expected 5 fields, got {}", f.len()));
            }
            let opt = |s: &str| (s != "-").then(|| s.to_string());
            let kind = f[0].to_string();
            if ![
                "recognition",
                "relations",
                "independence",
                "membership",
                "vote",
                "statement",
                "contact",
                "agreement",
            ]
            .contains(&kind.as_str())
            {
                return Err(format!("line {n}: unknown kind {kind}"));
            }
            let speaker_actor = (kind == "statement").then(|| f[1].to_string());
            items.last_mut().expect("item").gold.push(ClaimKey {
                doc,
                kind,
                subject: f[1].to_string(),
                object: opt(f[2]),
                polarity: opt(f[3]),
                date: opt(f[4]),
                speaker_actor,
            });
            open = false;
        } else {
            open = false;
        }
    }
    Ok(items)
}

fn load() -> Vec<Item> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/phrasebook/phrasebook.txt");
    let t = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    parse(&t).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Scores the items whose 0-based index has parity `rem` (0: odd items, the tuning half).
fn score(items: &[Item], rem: usize) -> (Evaluation, usize, usize, Vec<comity_ingest::Claim>) {
    let sel: Vec<(usize, &Item)> = items
        .iter()
        .enumerate()
        .filter(|(i, _)| i % 2 == rem)
        .collect();
    let names: Vec<String> = sel.iter().map(|(i, _)| doc_name(*i)).collect();
    let docs: Vec<(&str, &[u8])> = sel
        .iter()
        .zip(&names)
        .map(|((_, it), n)| (n.as_str(), it.text.as_bytes()))
        .collect();
    let report = ingest(&docs, &crate::real_gazetteer(), &Options::default());
    let pred: Vec<ClaimKey> = report
        .claims
        .iter()
        .map(|c| serde_json::from_value(serde_json::to_value(c).unwrap()).unwrap())
        .collect();
    let gold: Vec<ClaimKey> = sel.iter().flat_map(|(_, it)| it.gold.clone()).collect();
    let near_misses = sel.iter().filter(|(_, it)| it.gold.is_empty()).count();
    (
        evaluate(&gold, &pred),
        sel.len(),
        near_misses,
        report.claims,
    )
}

#[test]
fn phrasebook_parses_and_is_large_enough() {
    let items = load();
    // The brief asks for at least 150 sentences; every kind of SCHEMA.md appears.
    assert!(items.len() >= 150, "{} items", items.len());
    for kind in [
        "recognition",
        "relations",
        "independence",
        "membership",
        "vote",
        "statement",
        "contact",
        "agreement",
    ] {
        assert!(
            items
                .iter()
                .any(|it| it.gold.iter().any(|g| g.kind == kind)),
            "no {kind}"
        );
    }
    // A malformed line is an error, not a panic or a silent skip.
    assert!(parse("> a\n= recognition | A | B\n").is_err());
    assert!(parse("= recognition | A | B | positive | -\n").is_err());
    assert!(parse("> a\n= recognised | A | B | positive | -\n").is_err());
}

#[test]
fn phrasebook_halves() {
    let items = load();
    let errors = std::env::var("PHRASEBOOK_ERRORS").is_ok();
    // Floors below what h/extract20 reached (tuning P 0.98 R 0.88, check P 0.88 R 0.74; before
    // it, main 654a582: tuning P 0.95 R 0.68, check P 0.87 R 0.72 on the first 234 items).
    let floors = [(0.95, 0.85), (0.85, 0.70)];
    for (rem, label) in [(0, "tuning (odd items)"), (1, "check (even items)")] {
        let (e, n, nm, claims) = score(&items, rem);
        let (p_min, r_min) = floors[rem];
        assert!(
            e.overall.precision >= p_min && e.overall.recall >= r_min,
            "phrasebook {label}: {:?}",
            e.overall
        );
        eprintln!(
            "phrasebook {label}: {n} items ({nm} near misses) P {:.2} R {:.2} F1 {:.2} (tp {} fp {} fn {})",
            e.overall.precision, e.overall.recall, e.overall.f1, e.overall.tp, e.overall.fp, e.overall.fn_
        );
        for (k, s) in &e.per_kind {
            eprintln!(
                "phrasebook {label}   {k:13} P {:.2} R {:.2} (tp {} fp {} fn {})",
                s.precision, s.recall, s.tp, s.fp, s.fn_
            );
        }
        if errors && rem == 0 {
            for x in &e.false_positives {
                let i: usize = x.doc[2..5].parse().unwrap();
                let rule = claims
                    .iter()
                    .find(|c| {
                        c.doc == x.doc
                            && c.kind.as_str() == x.kind
                            && c.subject == x.subject
                            && Some(&c.object) == x.object.as_ref()
                    })
                    .map_or("?", |c| c.rule);
                eprintln!(
                    "PB-FP {} {} {} {:?} {:?} {:?} [{rule}] | {}",
                    x.doc,
                    x.kind,
                    x.subject,
                    x.object,
                    x.polarity,
                    x.date,
                    items[i - 1].text.replace('\n', " / ")
                );
            }
            for x in &e.false_negatives {
                let i: usize = x.doc[2..5].parse().unwrap();
                eprintln!(
                    "PB-FN {} {} {} {:?} {:?} {:?} | {}",
                    x.doc,
                    x.kind,
                    x.subject,
                    x.object,
                    x.polarity,
                    x.date,
                    items[i - 1].text.replace('\n', " / ")
                );
            }
        }
    }
}
