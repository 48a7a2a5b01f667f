//! The OpenAPI document: generated from the handlers, 3.1, and listing every route the router
//! serves (and the router serving every route it lists).

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};

use crate::fixture::{get, send, shared};

/// The endpoints issue 12 asks for, as the router serves them.
const SERVED: &[(&str, &str)] = &[
    ("get", "/api/v1/meta"),
    ("get", "/api/v1/status/{a}/{b}"),
    ("get", "/api/v1/recognitions/{entity}"),
    ("get", "/api/v1/recognitions/{entity}/series"),
    ("get", "/api/v1/published-counts/{entity}"),
    ("get", "/api/v1/timeline/{actor}"),
    ("get", "/api/v1/actors"),
    ("get", "/api/v1/entities"),
    ("get", "/api/v1/claims"),
    ("get", "/api/v1/entities/overview"),
    ("get", "/api/v1/sources"),
    ("get", "/api/v1/sources/{id}"),
    ("get", "/api/v1/export/wikidata"),
    ("get", "/api/v1/bodies"),
    ("get", "/api/v1/votes"),
    ("get", "/api/v1/replay/{vote}"),
    ("get", "/api/v1/simulate"),
    ("get", "/api/v1/ideal/{actor}"),
    ("get", "/api/v1/review"),
    ("post", "/api/v1/review"),
    ("post", "/api/v1/import"),
    ("get", "/api/v1/map/{entity}"),
    ("get", "/api/v1/map/{entity}/svg"),
    ("get", "/api/v1/map-shapes"),
    // Review 17: the CLI's `members`, `members --of` and `recognised-by`.
    ("get", "/api/v1/members/{group}"),
    ("get", "/api/v1/memberships/{actor}"),
    ("get", "/api/v1/recognised-by/{state}"),
];

#[tokio::test]
async fn document_is_openapi_3_1_and_lists_every_route() {
    let r = get("/api/v1/openapi.json").await;
    assert_eq!(r.status, StatusCode::OK);
    let doc = r.json();
    assert!(
        doc["openapi"]
            .as_str()
            .is_some_and(|v| v.starts_with("3.1")),
        "{}",
        doc["openapi"]
    );
    let paths = doc["paths"].as_object().expect("paths");
    let mut listed: Vec<(String, String)> = Vec::new();
    for (p, ops) in paths {
        for m in ["get", "post", "put", "delete", "patch"] {
            if ops.get(m).is_some() {
                listed.push((m.to_string(), p.clone()));
            }
        }
    }
    for (m, p) in SERVED {
        assert!(
            listed.iter().any(|(lm, lp)| lm == m && lp == p),
            "{m} {p} not in the document"
        );
    }
    assert_eq!(
        listed.len(),
        SERVED.len(),
        "document lists routes the test does not know: {listed:?}"
    );
    // Every documented route is served: a request to it never reaches the router's fallback.
    for (m, p) in &listed {
        let uri = p
            .replace("{a}", "USA")
            .replace("{b}", "XKX")
            .replace("{entity}", "XKX")
            .replace("{actor}", "USA")
            .replace("{group}", "eu")
            .replace("{state}", "RUS")
            .replace("{id}", "Snothing")
            .replace("{vote}", "unesco-gc-2015");
        let method = if m == "post" {
            Method::POST
        } else {
            Method::GET
        };
        let r = send(
            shared(),
            Request::builder()
                .method(method)
                .uri(&uri)
                .body(Body::empty())
                .expect("req"),
        )
        .await;
        let fell_through = r.status == StatusCode::NOT_FOUND && r.text.contains("no route");
        assert!(!fell_through, "{m} {uri} is documented but not served");
        assert!(!r.status.is_server_error(), "{m} {uri}: {}", r.status);
    }
    // Every error response is documented with the error shape.
    assert!(doc["components"]["schemas"]["ErrorBody"].is_object());
}

#[test]
fn document_from_the_library_matches_the_served_one() {
    let doc = comity_server::openapi();
    assert_eq!(
        doc.paths.paths.len(),
        SERVED
            .iter()
            .map(|(_, p)| p)
            .collect::<std::collections::BTreeSet<_>>()
            .len()
    );
}
