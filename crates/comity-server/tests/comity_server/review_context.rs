//! The review queue shows each ingested span inside its surrounding cleaned text.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode};

use crate::fixture::{send, today, TOKEN};

/// A news item: the story's first sentence is the claim's span (dated by the dateline: "today");
/// the dateline and a headline that states no claim come before it, the next paragraph after it.
/// The tags in that paragraph are markup the cleaner drops.
const DOC: &str = "Tokyo, 18 March 2008\n\nForeign ministry statement\n\nThe Government of Japan today decided to recognise the Republic of Kosovo as an independent state, the Ministry of Foreign Affairs said in a statement.\n\nThe ministry gave no <b>further</b> details.<script>window.__pwned=1</script>\n";

#[tokio::test]
async fn proposed_claims_carry_their_span_in_context() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("t.sqlite");
    {
        let mut store = comity::Store::open(&db).expect("store");
        let out = store
            .ingest_files(&[("japan.txt".into(), DOC.as_bytes().to_vec())])
            .expect("ingest");
        assert!(
            !out.new_claims.is_empty(),
            "the story's first sentence is a recognition claim"
        );
    }
    let st =
        Arc::new(comity_server::AppState::open(&db, TOKEN.into(), Some(today())).expect("open"));
    let r = send(
        comity_server::app(Arc::clone(&st)),
        Request::get("/api/v1/review")
            .body(Body::empty())
            .expect("req"),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    let v = r.json();
    let c = v["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .find(|c| c["subject"] == "JPN" && c["object"] == "XKX")
        .unwrap_or_else(|| panic!("JPN recognises XKX proposed: {v}"))
        .clone();
    let span = &c["sources"][0]["span"];
    let (start, end) = (
        span["start"].as_u64().expect("start") as usize,
        span["end"].as_u64().expect("end") as usize,
    );
    // The span is the story's first sentence, as written in the document.
    assert_eq!(span["text"], &DOC[start..end]);
    assert!(
        DOC[start..end].starts_with("The Government of Japan today decided"),
        "{}",
        &DOC[start..end]
    );
    let cx = &span["context"];
    assert_eq!(cx["from"], "cleaned", "{cx}");
    assert_eq!(cx["text"], span["text"]);
    // Before: the dateline and the headline; after: the next paragraph, its tags dropped.
    let before = cx["before"].as_str().expect("before");
    assert!(before.contains("Tokyo, 18 March 2008"), "{before:?}");
    assert!(
        before.trim_end().ends_with("Foreign ministry statement"),
        "{before:?}"
    );
    let after = cx["after"].as_str().expect("after");
    assert!(
        after
            .trim_start()
            .starts_with("The ministry gave no further details."),
        "{after:?}"
    );
    assert!(!after.contains('<'), "{after:?}");
    // The context is rebuilt with each snapshot: after accepting, the claim leaves the queue.
    let r = send(
        comity_server::app(Arc::clone(&st)),
        Request::post("/api/v1/review")
            .header("content-type", "application/json")
            .header("authorization", format!("Bearer {TOKEN}"))
            .body(Body::from(format!(
                r#"{{"decision":"accept","ids":[{}]}}"#,
                c["id"]
            )))
            .expect("req"),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let v = send(
        comity_server::app(Arc::clone(&st)),
        Request::get("/api/v1/review")
            .body(Body::empty())
            .expect("req"),
    )
    .await
    .json();
    assert!(v["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .all(|x| x["id"] != c["id"]));
}

#[tokio::test]
async fn a_database_without_documents_has_no_context() {
    // The shipped ledger's claims have no document spans: no context, no error.
    let (_dir, st) = crate::fixture::fresh_state();
    assert!(st.snapshot().contexts.is_empty());
}
