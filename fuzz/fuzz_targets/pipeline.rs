#![no_main]
//! The whole ingest pipeline (decode, clean, copies, dates, mentions, extraction) on up to
//! eight documents cut from the input: never panics; every claim's evidence lies inside
//! its document.

use std::sync::OnceLock;

use comity_ingest::{ingest, Gazetteer, Options};
use libfuzzer_sys::fuzz_target;

fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| comity::ingest::gazetteer().expect("gazetteer"))
}

fuzz_target!(|data: &[u8]| {
    // Documents are separated by 0x00 0xFF; at most eight.
    let mut docs: Vec<(String, &[u8])> = Vec::new();
    let mut rest = data;
    while docs.len() < 8 {
        match rest.windows(2).position(|w| w == [0x00, 0xFF]) {
            Some(i) if docs.len() < 7 => {
                docs.push((format!("d{}.txt", docs.len()), &rest[..i]));
                rest = &rest[i + 2..];
            }
            _ => {
                docs.push((format!("d{}.html", docs.len()), rest));
                break;
            }
        }
    }
    let inputs: Vec<(&str, &[u8])> = docs.iter().map(|(n, b)| (n.as_str(), *b)).collect();
    let report = ingest(&inputs, gazetteer(), &Options::default());
    assert_eq!(report.documents.len(), inputs.len());
    for c in &report.claims {
        let (_, bytes) = inputs
            .iter()
            .find(|(n, _)| *n == c.doc)
            .expect("a claim names one of the documents");
        assert!(c.span.start <= c.span.end && c.span.end <= bytes.len(), "{c:?}");
        assert!((0.0..=1.0).contains(&c.confidence), "{c:?}");
    }
});
