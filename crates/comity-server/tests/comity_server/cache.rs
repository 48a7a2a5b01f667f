//! The answer cache belongs to one ledger snapshot: a write swaps the snapshot, and the next
//! answer is the one a server freshly opened on the same database gives.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode};

use crate::fixture::{fresh_state, send, today, TOKEN};

fn get(uri: &str) -> Request<Body> {
    Request::get(uri).body(Body::empty()).expect("request")
}

fn post(uri: &str, ct: &str, body: String) -> Request<Body> {
    Request::post(uri)
        .header("content-type", ct)
        .header("authorization", format!("Bearer {TOKEN}"))
        .body(Body::from(body))
        .expect("request")
}

#[tokio::test]
async fn cached_answers_are_the_computed_ones_and_a_write_replaces_them() {
    let (dir, st) = fresh_state();
    let app = || comity_server::app(Arc::clone(&st));
    let uris = [
        "/api/v1/status/RUS/XKX",
        "/api/v1/recognitions/XKX",
        "/api/v1/recognitions/XKX?among=all",
        "/api/v1/map/XKX",
        "/api/v1/recognitions/XKX/series?from=2019-01-01",
    ];
    // First request computes, second is a hit: the same bytes.
    let mut before = Vec::new();
    for u in uris {
        let a = send(app(), get(u)).await;
        let b = send(app(), get(u)).await;
        assert_eq!(a.status, StatusCode::OK, "{u}: {}", a.text);
        assert_eq!(a.text, b.text, "{u}");
        assert_eq!(b.headers["content-type"], "application/json");
        before.push(a.text);
    }
    let s = st.snapshot().answers.stats();
    assert_eq!(s.entries, uris.len());
    assert!(s.hits >= uris.len() as u64, "{s:?}");
    let generation = st.snapshot().generation;
    // A proposed claim that Russia recognised Kosovo, imported then accepted.
    let source = st
        .ledger()
        .claim("USA.recognises.1")
        .expect("shipped")
        .sources[0]
        .source
        .clone();
    let csv = format!(
        "id,subject,predicate,object,date,claimant,negated,confidence,sources,note\n\
         cache.1,RUS,recognises,XKX,2020-05-01,media,false,0.5,{source},cache test\n"
    );
    let r = send(app(), post("/api/v1/import", "text/csv", csv)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let r = send(
        app(),
        post(
            "/api/v1/review",
            "application/json",
            r#"{"decision":"accept","ids":["cache.1"]}"#.into(),
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    // Two writes, two new snapshots, each with an empty cache.
    assert_eq!(st.snapshot().generation, generation + 2);
    assert_eq!(st.snapshot().answers.stats().entries, 0);
    // Every answer now equals a fresh server's on the same database, and the pair's status
    // (which lists its claims) has changed.
    let db = dir.path().join("t.sqlite");
    let fresh =
        Arc::new(comity_server::AppState::open(&db, TOKEN.into(), Some(today())).expect("reopen"));
    for (i, u) in uris.iter().enumerate() {
        let now = send(app(), get(u)).await;
        let other = send(comity_server::app(Arc::clone(&fresh)), get(u)).await;
        assert_eq!(now.text, other.text, "{u}");
        if i == 0 {
            assert_ne!(now.text, before[i], "{u} did not change after the accept");
            assert!(now.text.contains("cache.1"), "{u}");
        }
    }
}

#[tokio::test]
async fn errors_are_answered_and_not_kept() {
    let (_dir, st) = fresh_state();
    let app = || comity_server::app(Arc::clone(&st));
    for _ in 0..2 {
        let r = send(app(), get("/api/v1/status/Rusia/XKX")).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        let r = send(app(), get("/api/v1/recognitions/XKX?among=nowhere")).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST);
    }
    let s = st.snapshot().answers.stats();
    assert_eq!((s.entries, s.bytes), (0, 0), "{s:?}");
}
