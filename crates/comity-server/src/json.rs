//! The documented JSON shapes (the same as `comity … --format json`): the library's
//! [`comity::json`] builders, re-exported — one serialisation path for the CLI and the API.

pub use comity::json::{
    actor_ref, cite, claim, recognitions, rule_text as describe, simulation as simulation_json,
    status,
};
