//! Hostile inputs: never a panic, bounded time.

use comity_ingest::{clean, decode, find_dates, ingest, CleanOptions, FlagKind, Options};

#[test]
fn invalid_utf8_nul_and_huge_line() {
    let g = super::gazetteer();
    let mut big = b"Serbia does not recognize Kosovo. ".repeat(100_000); // ~3.4 MB single line (50 MB runs in the benchmark's corpus sizes)
    big.extend_from_slice(b"\xff\xfe\0\0\x80");
    let r = ingest(&[("big", &big)], &g, &Options::default());
    assert!(r.documents[0]
        .flags
        .iter()
        .any(|f| f.kind == FlagKind::InvalidUtf8 || f.kind == FlagKind::NulBytes));
    assert!(!r.claims.is_empty());
}

#[test]
fn too_large_is_an_error_not_a_panic() {
    let g = super::gazetteer();
    let opts = Options {
        max_bytes: 10,
        ..Options::default()
    };
    let r = ingest(&[("x", b"01234567890123")], &g, &opts);
    assert!(r.documents[0].error.is_some());
}

#[test]
fn deep_html_is_flagged() {
    let html = format!(
        "<html><body>{}<p>Kosovo</p>{}</body></html>",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    let c = clean(&decode(html.as_bytes()), &CleanOptions::default());
    assert!(c.flags.iter().any(|f| f.kind == FlagKind::DeepNesting));
    assert!(c.text.contains("Kosovo"));
}

#[test]
fn garbage_dates() {
    assert!(
        find_dates("99 Smarch 2008, 0 January 0000, 32 May 2001", None)
            .iter()
            .all(|d| d.date.is_none_or(|d| d.year >= 1600))
    );
}

// One test per input limit (README "Limits"): each is enforced with a message naming the document
// and the limit, and the other documents of the run go on.

#[test]
fn limit_document_size() {
    let g = super::gazetteer();
    let opts = Options {
        max_bytes: 40,
        ..Options::default()
    };
    let small = b"Serbia does not recognize Kosovo.";
    let big = b"Serbia does not recognize Kosovo. Serbia does not recognize Kosovo.";
    let r = ingest(&[("big.txt", big), ("small.txt", small)], &g, &opts);
    let e = r.documents[0].error.as_deref().unwrap_or_default();
    assert!(
        e.contains("big.txt") && e.contains("limit of 40 bytes") && e.contains("max_bytes"),
        "{e}"
    );
    assert!(r.documents[1].error.is_none());
    assert!(r.claims.iter().all(|c| c.doc == "small.txt") && !r.claims.is_empty());
    assert_eq!(r.summary.failed, 1);
}

#[test]
fn limit_number_of_documents() {
    let g = super::gazetteer();
    let opts = Options {
        max_documents: 2,
        ..Options::default()
    };
    let t = b"Serbia does not recognize Kosovo.".as_slice();
    let r = ingest(&[("a.txt", t), ("b.txt", t), ("c.txt", t)], &g, &opts);
    assert!(r.documents[0].error.is_none() && r.documents[1].error.is_none());
    let e = r.documents[2].error.as_deref().unwrap_or_default();
    assert!(
        e.contains("c.txt") && e.contains("limit of 2 documents") && e.contains("max_documents"),
        "{e}"
    );
    assert!(r.claims.iter().all(|c| c.doc != "c.txt"));
    assert_eq!(r.summary.failed, 1);
}

#[test]
fn limit_html_nesting_depth() {
    let opts = CleanOptions {
        max_depth: 8,
        ..CleanOptions::default()
    };
    let html = format!(
        "<html><body>{}<p>Serbia does not recognize Kosovo.</p>{}</body></html>",
        "<div>".repeat(20),
        "</div>".repeat(20)
    );
    let c = clean(&decode(html.as_bytes()), &opts);
    let f = c.flags.iter().find(|f| f.kind == FlagKind::DeepNesting);
    assert!(
        f.is_some_and(|f| f.note.contains("deeper than 8")),
        "{:?}",
        c.flags
    );
    assert!(c.text.contains("Serbia does not recognize Kosovo."));
}

#[test]
fn limit_line_length() {
    let g = super::gazetteer();
    let opts = Options {
        clean: CleanOptions {
            long_line: 100,
            ..CleanOptions::default()
        },
        ..Options::default()
    };
    let line = "Serbia does not recognize Kosovo. ".repeat(5);
    let r = ingest(&[("long.txt", line.as_bytes())], &g, &opts);
    let f = r.documents[0]
        .flags
        .iter()
        .find(|f| f.kind == FlagKind::LongLine);
    assert!(
        f.is_some_and(|f| f.note.contains("longer than 100 bytes")),
        "{:?}",
        r.documents[0].flags
    );
    // Flagged, still processed.
    assert!(!r.claims.is_empty());
}

#[test]
fn limit_sentence_length() {
    let g = super::gazetteer();
    let junk = "Serbia Kosovo ".repeat(comity_ingest::MAX_SENTENCE_BYTES / 14 + 10);
    let text = format!("Serbia does not recognize Kosovo.\n\nJapan said {junk} ok.");
    let r = ingest(&[("junk.txt", text.as_bytes())], &g, &Options::default());
    let f = r.documents[0]
        .flags
        .iter()
        .find(|f| f.kind == FlagKind::LongSentence);
    let note = f.map(|f| f.note.clone()).unwrap_or_default();
    assert!(
        note.contains("junk.txt")
            && note.contains(&format!(
                "limit of {} bytes",
                comity_ingest::MAX_SENTENCE_BYTES
            )),
        "{:?}",
        r.documents[0].flags
    );
    // The short sentence is still read; the long one kept in the text.
    assert!(r.claims.iter().any(|c| c.subject == "SRB"));
    assert!(r.documents[0].cleaned.contains(&junk));
}
