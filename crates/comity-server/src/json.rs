//! The documented JSON shapes (the same as `comity … --format json`): the library's
//! [`comity::json`] builders, re-exported — one serialisation path for the CLI and the API.

pub use comity::json::{actor_ref, cite, claim, recognitions, rule_text as describe, status};

use comity::rules::Simulation;
use serde_json::{json, Value};

/// `comity simulate --format json`, with what the CLI's table says beside it:
/// `model_fitted_later` (the fitting votes held on or after the day simulated: the what-if
/// uses what was learnt then) and `notes`, the CLI's warnings in words (unverified rule
/// texts, voters with no claim on the candidate, assumptions).
pub fn simulation_json(s: &Simulation, fitted_on: &[String]) -> Value {
    let mut v = comity::json::simulation(s, fitted_on);
    let later: Vec<Value> = comity::rules::shipped_votes()
        .unwrap_or_default()
        .into_iter()
        .filter(|x| fitted_on.contains(&x.id))
        .filter(|x| {
            x.date
                .parse::<jiff::civil::Date>()
                .is_ok_and(|d| d >= s.as_of)
        })
        .map(|x| json!({"id": x.id, "date": x.date}))
        .collect();
    let mut notes: Vec<String> = Vec::new();
    if !later.is_empty() {
        notes.push(format!(
            "stance model fitted on {} held on or after {}: this what-if uses what was learnt \
             then, not what was known on the day",
            later
                .iter()
                .map(|x| format!(
                    "{} ({})",
                    x["id"].as_str().unwrap_or(""),
                    x["date"].as_str().unwrap_or("")
                ))
                .collect::<Vec<_>>()
                .join(", "),
            s.as_of
        ));
    }
    for st in &s.stages {
        if !st.rule.verified {
            notes.push(format!(
                "{}: rule text not verified (not retrieved and checked verbatim: the rule is the catalogue's reading)",
                st.body.id
            ));
        }
        let unrecorded = st
            .voters
            .iter()
            .filter(|x| x.basis() == "not-recorded")
            .count();
        if unrecorded > 0 {
            notes.push(format!(
                "{}: no claim on {} for {} of the {} voters: their probabilities are modelled \
                 (the average of the categories that rest on claims, unless the fitting votes \
                 identify a stance of their own), not recorded positions",
                st.body.id,
                s.candidate,
                unrecorded,
                st.voters.len()
            ));
        }
    }
    v["model_fitted_later"] = Value::from(later);
    v["notes"] = Value::from(notes);
    v
}
