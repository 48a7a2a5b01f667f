//! The page: embedded assets, security headers, request logs.

use std::sync::Arc;
use std::time::Instant;

use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use crate::error::ApiError;
use crate::AppState;

const INDEX: &str = include_str!("../assets/index.html");
const APP_JS: &str = include_str!("../assets/app.js");
const STYLE: &str = include_str!("../assets/style.css");
const LICENCES: &str = include_str!("../assets/map/LICENSE-world-atlas");

/// No inline script, no remote anything: hostile text from ingested documents stays inert.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

pub fn router() -> Router<Arc<AppState>> {
    Router::new()
        .route("/", get(page))
        .route("/pair/{a}/{b}", get(page))
        .route("/simulate", get(page))
        .route("/review", get(page))
        .route(
            "/assets/app.js",
            get(|| async { asset("text/javascript; charset=utf-8", APP_JS) }),
        )
        .route(
            "/assets/style.css",
            get(|| async { asset("text/css; charset=utf-8", STYLE) }),
        )
        .route(
            "/assets/LICENSE-world-atlas.txt",
            get(|| async { asset("text/plain; charset=utf-8", LICENCES) }),
        )
}

fn asset(ct: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, ct),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
        .into_response()
}

async fn page() -> Response {
    asset("text/html; charset=utf-8", INDEX)
}

pub async fn not_found(req: Request) -> Response {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "not-found",
        format!("no route {} {}", req.method(), req.uri().path()),
        "the API is under /api/v1 (see /api/v1/openapi.json); the page is at /",
    )
    .into_response()
}

/// Security headers on every response, and one structured log line per request.
pub async fn headers_and_log(req: Request, next: Next) -> Response {
    // The request line is kept only when the log will show it (`comity -v serve`).
    let logged = tracing::enabled!(target: "comity_server::request", tracing::Level::INFO)
        .then(|| (req.method().clone(), req.uri().path().to_string()));
    let start = Instant::now();
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if let Some((method, path)) = logged {
        tracing::info!(
            target: "comity_server::request",
            %method,
            path,
            status = res.status().as_u16(),
            micros = start.elapsed().as_micros() as u64,
            "request"
        );
    }
    res
}
