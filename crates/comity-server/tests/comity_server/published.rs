//! Published snapshot counts: served with their sources, and every row traceable to the
//! SOURCES.md table it was transcribed from.

use axum::http::StatusCode;

use crate::fixture::{assert_error, get};

#[tokio::test]
async fn kosovo_counts_with_their_sources_and_precision() {
    let r = get("/api/v1/published-counts/Kosovo").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let v = r.json();
    assert_eq!(v["object"]["id"], "XKX");
    let counts = v["counts"].as_array().expect("counts");
    let find = |source: &str| {
        counts
            .iter()
            .find(|c| c["source"] == source)
            .unwrap_or_else(|| panic!("no row from {source}: {v}"))
            .clone()
    };
    // shared/data/kosovo/SOURCES.md §2: "en.wikipedia oldid=249325238 | 31 Oct 2008 | 52 of 192
    // UN members"; §7 gives the revision's URL.
    let wp = find("en.wikipedia oldid=249325238");
    assert_eq!(wp["date"], "2008-10-31");
    assert_eq!(wp["count"], 52);
    assert_eq!(wp["basis"], "un-members");
    assert!(wp["url"].as_str().is_some_and(
        |u| u.starts_with("https://en.wikipedia.org/") && u.contains("oldid=249325238")
    ));
    // §2: "gpedia.com/it | Mar 2022 | 103/193": month precision kept, its period is the month.
    let g = find("gpedia.com/it");
    assert_eq!(g["date"], "2022-03");
    assert_eq!(g["start"], "2022-03-01");
    assert_eq!(g["end"], "2022-03-31");
    assert_eq!(g["count"], 103);
    // §2: "mfa-ks.net (via telegrafi.com, rtvahireti.com) | 2023–2025 | 117": a range of years,
    // and Kosovo's own count of every state that ever recognised (§2, below the table).
    let mfa = find("mfa-ks.net (via telegrafi.com, rtvahireti.com)");
    assert_eq!(
        (mfa["start"].as_str(), mfa["end"].as_str()),
        (Some("2023-01-01"), Some("2025-12-31"))
    );
    assert_eq!(mfa["count"], 117);
    assert_eq!(mfa["basis"], "ever");
    // Sorted by start date.
    let starts: Vec<&str> = counts.iter().filter_map(|c| c["start"].as_str()).collect();
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts, sorted);
    // No transcribed count: an empty list, not an error.
    let v = get("/api/v1/published-counts/XTR").await.json();
    assert_eq!(v["counts"].as_array().map(Vec::len), Some(0));
    assert_error(
        &get("/api/v1/published-counts/Kosovoo").await,
        StatusCode::NOT_FOUND,
        "unknown-actor",
    );
}

/// shared/data, as the comity crate's tests find it (`../shared` beside the repository).
fn shared(rel: &str) -> Option<String> {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data")
        .join(rel);
    match std::fs::read_to_string(&p) {
        Ok(t) => Some(t),
        Err(e) => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "{}: {e} (CI=true: shared data must be present)",
                p.display()
            );
            None
        }
    }
}

#[test]
fn every_row_is_in_the_sources_md_it_names() {
    // Each row's source name, "as of" text and count appear in the SOURCES.md it was
    // transcribed from, and every entity is a ledger actor.
    let rows = comity_server::published::all().expect("parses");
    let actors: Vec<String> = comity::Store::open_in_memory()
        .and_then(|s| s.ledger())
        .expect("shipped ledger")
        .actors()
        .iter()
        .map(|a| a.id.clone())
        .collect();
    for r in rows {
        assert!(actors.contains(&r.entity), "{}: not an actor", r.entity);
        let file = r.from.split_whitespace().next().expect("from names a file");
        let Some(md) = shared(file) else { return };
        let whole = format!("{} {}", r.source, r.as_of_text);
        assert!(md.contains(&r.source), "{whole}: source not in {file}");
        assert!(
            md.contains(r.as_of_text.trim_matches('"')),
            "{whole}: as-of text not in {file}"
        );
        assert!(
            md.contains(&r.count.to_string()),
            "{whole}: count {} not in {file}",
            r.count
        );
        if let Some(u) = &r.url {
            assert!(md.contains(u.as_str()), "{whole}: url {u} not in {file}");
        }
    }
}
