#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Placeholder, replaced below.
fn main() {}
