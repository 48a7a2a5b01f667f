//! The one integration-test binary of comity-server: every endpoint and error through
//! `tower::ServiceExt::oneshot`, the OpenAPI document against the router, the page's headers.

#![allow(clippy::expect_used, clippy::unwrap_used)] // helpers outside #[test] fns

mod api;
mod cache;
mod findings;
mod fixture;
mod openapi;
mod params;
mod published;
mod review_context;
mod session10;
mod web16;
mod web19;
mod writes;
