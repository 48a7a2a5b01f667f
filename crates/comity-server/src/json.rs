//! The documented JSON shapes (the same as `comity … --format json`): the library's
//! [`comity::json`] builders, re-exported — one serialisation path for the CLI and the API.

pub use comity::json::{actor_ref, cite, claim, recognitions, rule_text as describe, status};

use comity::rules::Simulation;
use serde_json::Value;

/// `comity simulate --format json`.
pub fn simulation_json(s: &Simulation, fitted_on: &[String]) -> Value {
    comity::json::simulation(s, fitted_on)
}
