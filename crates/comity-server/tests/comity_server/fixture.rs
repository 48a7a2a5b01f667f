//! A server over a fresh database (the shipped dataset), built once per test binary.

use std::sync::{Arc, OnceLock};

use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::Router;
use comity_server::AppState;
use http_body_util::BodyExt;
use tower::ServiceExt;

pub const TOKEN: &str = "test-token-0123456789";

/// "Today" fixed so answers do not move with the calendar.
pub fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 22)
}

pub fn fresh_state() -> (tempfile::TempDir, Arc<AppState>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("t.sqlite");
    let st = AppState::open(&db, TOKEN.into(), Some(today())).expect("open state");
    (dir, Arc::new(st))
}

pub fn shared() -> Router {
    static S: OnceLock<(tempfile::TempDir, Arc<AppState>)> = OnceLock::new();
    let (_, st) = S.get_or_init(fresh_state);
    comity_server::app(Arc::clone(st))
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub text: String,
}

impl Reply {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| {
            panic!("not JSON ({e}): {}", &self.text[..self.text.len().min(300)])
        })
    }
}

pub async fn send(app: Router, req: Request<Body>) -> Reply {
    let res = app.oneshot(req).await.expect("response");
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await.expect("body").to_bytes();
    Reply {
        status,
        headers,
        text: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

pub async fn get(uri: &str) -> Reply {
    send(
        shared(),
        Request::get(uri).body(Body::empty()).expect("request"),
    )
    .await
}

/// An error reply has the documented shape.
pub fn assert_error(r: &Reply, status: StatusCode, code: &str) -> serde_json::Value {
    assert_eq!(r.status, status, "{}", r.text);
    let v = r.json();
    assert_eq!(v["error"], code, "{v}");
    assert!(v["detail"].as_str().is_some_and(|s| !s.is_empty()), "{v}");
    assert!(v["hint"].is_string(), "{v}");
    v
}
