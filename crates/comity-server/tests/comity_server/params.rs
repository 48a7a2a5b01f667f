//! Query parameters: a misspelt or unknown one is a 400 naming it and the accepted ones (it
//! used to be ignored, so `?asof=2020-01-01` answered for today); an unknown actor kind is a
//! 400 listing the kinds.

use axum::http::StatusCode;

use crate::fixture::{assert_error, get};

async fn assert_refused(uri: &str, bad: &str, accepted: &[&str]) {
    let v = assert_error(&get(uri).await, StatusCode::BAD_REQUEST, "bad-request");
    let detail = v["detail"].as_str().expect("detail");
    assert!(detail.contains(&format!("`{bad}`")), "{uri}: {detail}");
    for a in accepted {
        assert!(detail.contains(&format!("`{a}`")), "{uri}: {a} in {detail}");
    }
}

#[tokio::test]
async fn misspelt_parameters_are_refused_with_the_accepted_ones() {
    assert_refused("/api/v1/status/USA/XKX?asof=2020-01-01", "asof", &["as_of"]).await;
    assert_refused(
        "/api/v1/recognitions/XKX?as_of=2020-01-01&amnog=eu",
        "amnog",
        &["as_of", "among", "policy"],
    )
    .await;
    assert_refused(
        "/api/v1/recognitions/XKX/series?since=2010-01-01",
        "since",
        &["among", "from", "to"],
    )
    .await;
    assert_refused("/api/v1/timeline/XKX?with=SRB", "with", &["other"]).await;
    assert_refused("/api/v1/actors?name=Kosovo", "name", &["q", "kind"]).await;
    assert_refused(
        "/api/v1/claims?subjet=XKX",
        "subjet",
        &[
            "subject",
            "object",
            "predicate",
            "status",
            "claimant",
            "offset",
            "limit",
        ],
    )
    .await;
    assert_refused(
        "/api/v1/simulate?body=un&candidate=XKX&date=2020-01-01",
        "date",
        &["body", "candidate", "as_of", "assume"],
    )
    .await;
    assert_refused(
        "/api/v1/map/XKX?as_of=2020-01-01&policy=confirmed&amog=un",
        "amog",
        &["as_of", "among", "policy"],
    )
    .await;
    assert_refused("/api/v1/map/XKX/svg?asof=2020", "asof", &["as_of"]).await;
}

// Endpoints that take no parameter refuse any.
#[tokio::test]
async fn endpoints_without_parameters_refuse_any() {
    for uri in [
        "/api/v1/meta?as_of=2020-01-01",
        "/api/v1/votes?body=un.sc",
        "/api/v1/bodies?x=1",
        "/api/v1/entities?kind=state",
        "/api/v1/sources?q=x",
        "/api/v1/replay/unesco-gc-2015?as_of=2020-01-01",
        "/api/v1/published-counts/XKX?as_of=2020",
        "/api/v1/map-shapes?entity=XKX",
        "/api/v1/review?status=proposed",
    ] {
        let v = assert_error(&get(uri).await, StatusCode::BAD_REQUEST, "bad-request");
        assert!(
            v["detail"]
                .as_str()
                .expect("detail")
                .contains("unknown field"),
            "{uri}: {v}"
        );
    }
    // Without parameters they answer.
    for uri in [
        "/api/v1/meta",
        "/api/v1/votes",
        "/api/v1/replay/unesco-gc-2015",
    ] {
        assert_eq!(get(uri).await.status, StatusCode::OK, "{uri}");
    }
}

// The actor kinds are those of data/actors.csv's `kind` column (ARCHITECTURE.md, `model`).
#[tokio::test]
async fn unknown_actor_kind_is_400_listing_the_kinds() {
    let v = assert_error(
        &get("/api/v1/actors?kind=foo").await,
        StatusCode::BAD_REQUEST,
        "bad-request",
    );
    let detail = v["detail"].as_str().expect("detail");
    for k in ["state", "entity", "former-state", "organisation", "place"] {
        assert!(detail.contains(k), "{k} in {detail}");
    }
    let v = get("/api/v1/actors?kind=entity").await.json();
    let list = v.as_array().expect("actors");
    assert!(list.iter().any(|a| a["id"] == "XKX"));
    assert!(list.iter().all(|a| a["kind"] == "entity"));
}
