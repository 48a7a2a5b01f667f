//! Ingestion joined to the ledger (issue #5), on the five seed documents.
//!
//! Expected facts come from the issue text and shared/eval/gold-dev.jsonl: 000 and
//! 001 are two versions of one article; 002 shares passages with 004; 002 has a script
//! fragment and U+FFFD characters; 004 ends in a chatbot's "Regenerate response"; the
//! gold claims date Konuzin's words to June 2009, the Crimea precedent to March 2014.

use std::path::PathBuf;

use comity::{ClaimStatus, Store};

use crate::today;

fn seeds() -> Option<Vec<(String, Vec<u8>)>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    let entries = match std::fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) if std::env::var("CI").as_deref() == Ok("true") => {
            panic!(
                "{}: {e} (CI=true: the seeds must be present)",
                dir.display()
            )
        }
        Err(_) => {
            eprintln!("skipping: {} not found", dir.display());
            return None;
        }
    };
    let mut files: Vec<(String, Vec<u8>)> = entries
        .map(|e| {
            let p = e.unwrap().path();
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    files.sort();
    Some(files)
}

#[test]
fn seeds_clusters_flags_and_review() {
    let Some(files) = seeds() else { return };
    let mut store = Store::open_in_memory().unwrap();
    let out = store.ingest_files(&files).unwrap();
    assert_eq!(out.new_documents.len(), 5);
    let docs = store.documents().unwrap();
    let cluster = |prefix: &str| {
        docs.iter()
            .find(|d| d.name.starts_with(prefix))
            .unwrap()
            .cluster
    };
    assert_eq!(
        cluster("000"),
        cluster("001"),
        "000 and 001 are one article"
    );
    assert_ne!(cluster("000"), cluster("002"));
    let name = |id: &str| docs.iter().find(|d| d.source == id).unwrap().name.clone();
    let pairs = store.document_pairs().unwrap();
    assert!(
        pairs.iter().any(|p| {
            let (a, b) = (name(&p.a), name(&p.b));
            a.starts_with("002") && b.starts_with("004") && !p.passages.is_empty()
        }),
        "002 shares passages with 004"
    );
    let flags = |prefix: &str| {
        docs.iter()
            .find(|d| d.name.starts_with(prefix))
            .unwrap()
            .flags
            .to_string()
    };
    assert!(flags("002").contains("script-fragment"), "{}", flags("002"));
    assert!(
        flags("002").contains("replacement-char"),
        "{}",
        flags("002")
    );
    assert!(flags("004").contains("chatbot"), "{}", flags("004"));

    // Re-ingesting the same bytes is a no-op.
    let again = store.ingest_files(&files).unwrap();
    assert!(again.new_documents.is_empty() && again.new_claims.is_empty());
    assert_eq!(again.skipped.len(), 5);
    // Issue 9: the second run reports the claims the ledger already holds for these documents
    // (the first run's claims, the same ids), so `ingest --format json` twice gives the same lines.
    let (mut first, mut second) = (out.new_claims.clone(), again.stored_claims.clone());
    first.sort();
    second.sort();
    assert_eq!(
        first, second,
        "issue 9: stored claims of re-ingested documents"
    );

    // Proposed claims do not count until accepted.
    let l = store.ledger().unwrap();
    let proposed: Vec<String> = l
        .claims()
        .iter()
        .filter(|c| c.status == ClaimStatus::Proposed)
        .map(|c| c.id.clone())
        .collect();
    assert_eq!(proposed.len(), out.new_claims.len());
    assert!(l
        .timeline("XKX", Some("RUS"))
        .iter()
        .all(|c| c.status == ClaimStatus::Accepted));
    store.set_status(&proposed, ClaimStatus::Accepted).unwrap();
    let l = store.ledger().unwrap();
    let tl = l.timeline("XKX", Some("RUS"));
    let has = |date: &str, text: &str| {
        tl.iter().any(|c| {
            c.date.to_string() == date
                && c.sources.iter().any(|s| {
                    s.range.is_some() && s.text.as_deref().is_some_and(|t| t.contains(text))
                })
        })
    };
    assert!(has("2009-06", "Konuzin"), "Konuzin, June 2009");
    assert!(has("2014-03", "Crimea"), "Crimea precedent, March 2014");
    assert!(has("2014", "Chelyabinsk"), "judo in Chelyabinsk, 2014");
    // Spans point at the exact bytes of the original document.
    for c in tl.iter().filter(|c| c.id.starts_with("doc:")) {
        let sp = &c.sources[0];
        let (a, b) = sp.range.unwrap();
        let doc = files
            .iter()
            .find(|(n, _)| {
                l.source(&sp.source)
                    .unwrap()
                    .citation
                    .starts_with(n.as_str())
            })
            .unwrap();
        assert_eq!(
            std::str::from_utf8(&doc.1[a..b]).ok(),
            sp.text.as_deref(),
            "{}",
            c.id
        );
    }
    // The shipped ledger's answers are unchanged by accepted statements and contacts.
    let s = l.status("RUS", "XKX", today(), today());
    assert_eq!(s.recognition.status, comity::Recognition::NotRecognised);
}

/// The model decider's claims are stored as proposed under the document they quote, once
/// (`Store::store_decided`); a claim of a document that is not stored writes nothing.
#[test]
fn decided_claims_wait_for_review_once() {
    let text = "Serbia does not recognize Kosovo. Nauru and Kosovo met in Pristina.";
    let mut store = Store::open_in_memory().unwrap();
    let out = store
        .ingest_files(&[("note.txt".to_string(), text.as_bytes().to_vec())])
        .unwrap();
    let base = out.report.claims.first().expect("a claim").clone();
    // A label a model chose for the second sentence's pair (the span is comity's own).
    let start = text.find("Nauru").unwrap();
    let mut decided = base.clone();
    decided.kind = comity_ingest::ClaimKind::Recognition;
    decided.subject = "NRU".into();
    decided.object = "XKX".into();
    decided.polarity = Some("positive".into());
    decided.evidence = text[start..].to_string();
    decided.span = start..text.len();
    decided.rule = "model-decider";
    decided.decided_by = Some("tiny at http://127.0.0.1:9".into());
    let ids = store.store_decided(std::slice::from_ref(&decided)).unwrap();
    assert_eq!(ids.len(), 1);
    let ledger = store.ledger().unwrap();
    let c = ledger.claim(&ids[0]).expect("stored");
    assert_eq!(c.status, ClaimStatus::Proposed);
    assert_eq!((c.subject.as_str(), c.object.as_str()), ("NRU", "XKX"));
    assert!(
        c.note.contains("label chosen by the model tiny"),
        "{}",
        c.note
    );
    // Again: nothing new.
    assert!(store
        .store_decided(std::slice::from_ref(&decided))
        .unwrap()
        .is_empty());
    // A document that is not stored: an error, and nothing written.
    let before = store.ledger().unwrap().claims().len();
    let mut stray = decided.clone();
    stray.doc = "elsewhere.txt".into();
    let mut fresh = decided.clone();
    fresh.subject = "SRB".into();
    let e = store.store_decided(&[fresh, stray]).unwrap_err();
    assert!(e.to_string().contains("elsewhere.txt"), "{e}");
    assert_eq!(store.ledger().unwrap().claims().len(), before);
}

/// A refusal the page reports with no date of its own takes the page's date line as a bound:
/// stated on or before that day (eval/SCHEMA.md dates such claims by the page; the page below
/// prints 4 March 2024), and the note says where the date comes from. An act with no date of its
/// own stays undated.
#[test]
fn page_dated_claims_are_stored_as_on_or_before_the_page() {
    let text = "News of the day\nPosted on March 4, 2024\n\nSerbia does not recognise Kosovo.\n";
    let mut store = Store::open_in_memory().unwrap();
    store
        .ingest_files(&[("page.txt".to_string(), text.as_bytes().to_vec())])
        .unwrap();
    let ledger = store.ledger().unwrap();
    let refusal = ledger
        .claims()
        .iter()
        .find(|c| c.subject == "SRB" && c.object == "XKX" && c.status == ClaimStatus::Proposed)
        .expect("the refusal is proposed");
    assert_eq!(refusal.date.to_string(), "../2024-03-04");
    assert_eq!(refusal.date.bound(), comity::Bound::OnOrBefore);
    assert!(
        refusal.note.contains("on or before the page's date line"),
        "{}",
        refusal.note
    );
}

/// A sentence that dates an act only by a bound or vaguely gives the ledger the bound or no date,
/// never an exact day (found in the truth review of 2026-12-07: "By 4 January 2023, Burundi had
/// withdrawn" was stored as an act on 4 January 2023). Sentences written for this test.
#[test]
fn sentence_bounds_and_vague_dates_are_never_exact() {
    let text = "Recognitions of Kosovo\n\nBy 4 January 2023, Burundi had withdrawn its recognition of Kosovo.\n\nPalau recognised Kosovo after 2008.\n\nAround 2012, Nauru recognised Kosovo.\n\nJapan recognised Kosovo on 17 or 18 March 2008.\n\nAlbania recognised Kosovo on 18 February 2008.\n";
    let mut store = Store::open_in_memory().unwrap();
    store
        .ingest_files(&[("page.txt".to_string(), text.as_bytes().to_vec())])
        .unwrap();
    let ledger = store.ledger().unwrap();
    let date_of = |s: &str| {
        ledger
            .claims()
            .iter()
            .find(|c| c.subject == s && c.object == "XKX" && c.status == ClaimStatus::Proposed)
            .unwrap_or_else(|| panic!("a proposed claim by {s}"))
            .date
            .to_string()
    };
    assert_eq!(date_of("BDI"), "../2023-01-04");
    assert_eq!(date_of("PLW"), "2008/..");
    assert_eq!(date_of("NRU"), "");
    assert_eq!(date_of("JPN"), "2008-03");
    assert_eq!(date_of("ALB"), "2008-02-18");
}

/// Everything an ingest leaves in the store that copy detection and extraction decide: each
/// document's cluster, the pairs and shared passages (by document name), and each proposed
/// claim's stored JSON (with its support count) and status.
type Snapshot = (
    Vec<(String, i64)>,
    Vec<(String, String, String, String)>,
    Vec<(String, String, String)>,
);

/// Asserts two lists equal, naming the first item that differs (the lists are long).
fn same<T: PartialEq + std::fmt::Debug>(a: &[T], b: &[T], what: &str) {
    if let Some(i) = (0..a.len().max(b.len())).find(|&i| a.get(i) != b.get(i)) {
        panic!(
            "{what}: item {i} differs:\n  {:?}\n  {:?}",
            a.get(i),
            b.get(i)
        );
    }
}

/// The claims of a snapshot whose document's name starts with one of `prefixes`.
fn claims_of<'a>(s: &'a Snapshot, prefixes: &[&str]) -> Vec<&'a (String, String, String)> {
    s.2.iter()
        .filter(|(_, _, extra)| {
            let v: serde_json::Value = serde_json::from_str(extra).unwrap();
            let doc = v["doc"].as_str().unwrap_or("");
            prefixes.iter().any(|p| doc.starts_with(p))
        })
        .collect()
}

fn snapshot(store: &Store) -> Snapshot {
    let docs = store.documents().unwrap();
    let name = |id: &str| docs.iter().find(|d| d.source == id).unwrap().name.clone();
    let clusters = docs.iter().map(|d| (d.name.clone(), d.cluster)).collect();
    let pairs = store
        .document_pairs()
        .unwrap()
        .into_iter()
        .map(|p| {
            (
                name(&p.a),
                name(&p.b),
                format!("{:.6} {:.6}", p.containment, p.jaccard),
                format!("{:?}", p.passages),
            )
        })
        .collect();
    let extras = store.claim_extras().unwrap();
    let ledger = store.ledger().unwrap();
    let mut claims: Vec<(String, String, String)> = ledger
        .claims()
        .iter()
        .filter(|c| c.id.starts_with("doc:"))
        .map(|c| {
            (
                c.id.clone(),
                format!("{:?} {}", c.status, c.note),
                extras.get(&c.id).map(|v| v.to_string()).unwrap_or_default(),
            )
        })
        .collect();
    claims.sort();
    (clusters, pairs, claims)
}

/// Issue 13: a stored document takes part in a later ingest's copy detection by its stored
/// cleaned text, blocks and claims (not re-extracted): the clusters, pairs, shared passages and
/// the new documents' claims are those of one ingest of all the documents in the same order, and
/// the stored documents' claims are left as they were. The seeds' facts (module doc): 001 is a copy of
/// 000 and joins its cluster though 000 was stored first; 004 shares passages with the stored 002.
#[test]
fn a_later_ingest_is_as_one_ingest_of_all() {
    let Some(files) = seeds() else { return };
    let by = |p: &str| {
        files
            .iter()
            .find(|(n, _)| n.starts_with(p))
            .unwrap()
            .clone()
    };
    let first = vec![by("000"), by("002")];
    let later = vec![by("001"), by("003"), by("004")];
    let all: Vec<_> = first.iter().chain(&later).cloned().collect();

    let mut one = Store::open_in_memory().unwrap();
    one.ingest_files(&all).unwrap();
    let mut two = Store::open_in_memory().unwrap();
    two.ingest_files(&first).unwrap();
    let before = snapshot(&two);
    let out = two.ingest_files(&later).unwrap();
    // The stored documents were given as known (not decoded, cleaned and extracted again) and
    // the new ones were processed.
    let known: Vec<bool> = out.report.documents.iter().map(|d| d.known).collect();
    assert_eq!(known, [true, true, false, false, false]);
    assert!(out
        .report
        .claims
        .iter()
        .all(|c| !c.doc.starts_with("000") && !c.doc.starts_with("002")));

    let (a, b) = (snapshot(&one), snapshot(&two));
    same(&a.0, &b.0, "clusters");
    same(&a.1, &b.1, "pairs and shared passages");
    // The new documents' claims (with their support counts) are those of one ingest of all; the
    // stored documents' claims are left as their ingest stored them (an ingest adds claims,
    // it does not revise the support counts of claims stored before).
    let new = ["001", "003", "004"];
    same(
        &claims_of(&a, &new),
        &claims_of(&b, &new),
        "new documents' claims, their support and the review queue",
    );
    same(
        &claims_of(&before, &["000", "002"]),
        &claims_of(&b, &["000", "002"]),
        "stored documents' claims",
    );
    let cluster = |p: &str| b.0.iter().find(|(n, _)| n.starts_with(p)).unwrap().1;
    assert_eq!(
        cluster("000"),
        cluster("001"),
        "000 and 001 are one article"
    );
    assert_ne!(cluster("000"), cluster("002"));
    assert!(
        b.1.iter().any(|(x, y, _, passages)| x.starts_with("002")
            && y.starts_with("004")
            && passages != "[]"),
        "002 shares passages with 004"
    );
}

/// A store written before the block ranges were kept (their column NULL) is read from the
/// documents' bytes, as before, once: that ingest stores their cleaned text and blocks, and the
/// next one reads them as known, with the clusters, pairs, passages and new claims of one ingest
/// of all.
#[test]
fn documents_stored_without_blocks_are_read_from_bytes_once() {
    let Some(files) = seeds() else { return };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    let (first, later) = files.split_at(3);
    {
        let mut store = Store::open(&path).unwrap();
        store.ingest_files(first).unwrap();
    }
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute("UPDATE document SET blocks = NULL", []).unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    let out = store.ingest_files(&later[..1]).unwrap();
    assert!(out.report.documents.iter().all(|d| !d.known));
    let out = store.ingest_files(&later[1..]).unwrap();
    let known: Vec<bool> = out.report.documents.iter().map(|d| d.known).collect();
    assert_eq!(known, [true, true, true, true, false]);
    let mut one = Store::open_in_memory().unwrap();
    one.ingest_files(&files).unwrap();
    let (a, b) = (snapshot(&one), snapshot(&store));
    same(&a.0, &b.0, "clusters");
    same(&a.1, &b.1, "pairs and shared passages");
    let last = [&later[1].0[..3]];
    same(
        &claims_of(&a, &last),
        &claims_of(&b, &last),
        "the last ingest's claims and their support",
    );
}

/// Issue 10 (truth review of ingestion): an ingested act is claimed by whoever the sentence says
/// states it. Written sentences; the expected statuses are the ledger's rules (status.rs): a
/// withdrawal the state makes itself is *withdrawn*, one only a third party claims is *disputed*.
/// Finland recognised Kosovo on 7 March 2008 (the shipped tables).
#[test]
fn an_ingested_act_is_claimed_by_its_sayer() {
    let run = |text: &str| {
        let mut store = Store::open_in_memory().unwrap();
        store
            .ingest_files(&[("t.txt".to_string(), text.as_bytes().to_vec())])
            .unwrap();
        let l = store.ledger().unwrap();
        let ids: Vec<String> = l
            .claims()
            .iter()
            .filter(|c| c.status == ClaimStatus::Proposed)
            .map(|c| c.id.clone())
            .collect();
        let claimants: Vec<String> = l
            .claims()
            .iter()
            .filter(|c| c.status == ClaimStatus::Proposed && c.subject == "FIN")
            .map(|c| c.claimant.clone())
            .collect();
        store.set_status(&ids, ClaimStatus::Accepted).unwrap();
        let l = store.ledger().unwrap();
        let status = l.status("FIN", "XKX", today(), today()).recognition.status;
        (claimants, status)
    };
    let (who, st) = run(
        "Serbia's foreign ministry said on 3 March 2026 that Finland had withdrawn its recognition of Kosovo.",
    );
    assert_eq!(who, ["SRB"]);
    assert_eq!(st, comity::Recognition::Disputed);
    let (who, st) =
        run("Finland said on 3 March 2026 that it had withdrawn its recognition of Kosovo.");
    assert_eq!(who, ["FIN"]);
    assert_eq!(st, comity::Recognition::Withdrawn);
    // The document's own voice: no one but the document claims it.
    let (who, _) = run("On 3 March 2026 Finland withdrew its recognition of Kosovo.");
    assert_eq!(who, ["document"]);
}
