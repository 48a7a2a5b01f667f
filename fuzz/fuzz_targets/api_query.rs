#![no_main]
//! The HTTP API's path, query-string and JSON-body parsing (`comity serve`, issue 12): any
//! request under `/api/v1/` gets an answer, and never a server error (5xx) — a malformed
//! date, an unknown actor or a broken body is the user's mistake, answered with 4xx.
//!
//! Input: the request path and query after `/api/v1/`, then optionally a newline and a JSON
//! body (sent as a POST). Write endpoints need the token, which the fuzzer does not have.

use std::sync::{Arc, OnceLock};

use libfuzzer_sys::fuzz_target;
use tower::ServiceExt;

struct Env {
    rt: tokio::runtime::Runtime,
    app: axum::Router,
    _dir: tempfile::TempDir,
}

static ENV: OnceLock<Env> = OnceLock::new();

fn env() -> &'static Env {
    ENV.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let state = comity_server::AppState::open(
            &dir.path().join("fuzz.sqlite"),
            "not-the-fuzzer's".into(),
            Some(jiff::civil::date(2026, 11, 22)),
        )
        .expect("the shipped ledger opens");
        Env {
            rt: tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime"),
            app: comity_server::app(Arc::new(state)),
            _dir: dir,
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let (path, body) = s.split_once('\n').unwrap_or((s, ""));
    let uri = format!("/api/v1/{path}");
    let mut req = axum::http::Request::builder().uri(&uri);
    if !body.is_empty() {
        req = req
            .method("POST")
            .header("content-type", "application/json");
    }
    let Ok(req) = req.body(axum::body::Body::from(body.to_owned())) else {
        return; // not a valid URI: no server would see it
    };
    let env = env();
    let resp = env
        .rt
        .block_on(env.app.clone().oneshot(req))
        .expect("the router is infallible");
    assert!(
        !resp.status().is_server_error(),
        "{uri} {body:?}: {}",
        resp.status()
    );
});
