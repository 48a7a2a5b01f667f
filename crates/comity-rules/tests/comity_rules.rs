//! Integration tests of `comity-rules`: the shipped data, the named votes, the probability engine
//! and the category model.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "comity_rules/category.rs"]
mod category;
#[path = "comity_rules/data.rs"]
mod data;
#[path = "comity_rules/probability.rs"]
mod probability;
#[path = "comity_rules/votes.rs"]
mod votes;

use comity_rules::{parse_bodies, parse_votes, Catalog, RecordedVote, Rule};

/// The repository's `data/` folder.
pub fn data_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

/// The shipped bodies.
pub fn catalog() -> Catalog {
    let text = std::fs::read_to_string(data_dir().join("bodies.toml")).unwrap();
    parse_bodies(&text).unwrap()
}

/// The shipped recorded votes.
pub fn recorded() -> Vec<RecordedVote> {
    let text = std::fs::read_to_string(data_dir().join("votes.toml")).unwrap();
    parse_votes(&text).unwrap()
}

/// A body's rule from the shipped data.
pub fn rule(body: &str, kind: &str) -> Rule {
    catalog()
        .body(body)
        .unwrap()
        .rule(kind)
        .unwrap()
        .rule
        .clone()
}
