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
