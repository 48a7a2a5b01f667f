//! The documented JSON shapes (the same as `comity … --format json`): the library's
//! [`comity::json`] builders (claims, status, recognitions), re-exported — one serialisation
//! path for the CLI and the API.
//!
//! TEMPORARY: [`describe`] and [`simulation_json`] mirror the CLI's (crates/comity-cli/src/cmd/
//! rules.rs), which has not moved them into the library yet; they go when it does.

pub use comity::json::{actor_ref, cite, claim, recognitions, status};

use comity::rules::Simulation;
use comity_rules::{Base, Comparison, Rule, Threshold, Veto};
use serde_json::{json, Value};

fn base_name(b: Base) -> &'static str {
    match b {
        Base::PresentAndVoting => "present-and-voting",
        Base::VotesCast => "votes-cast",
        Base::ValidVotes => "valid-votes",
        Base::Present => "present",
        Base::Members => "members",
    }
}

/// "at least 2/3 of present-and-voting; veto: p5".
pub fn describe(rule: &Rule) -> String {
    let mut parts: Vec<String> = rule
        .conditions
        .iter()
        .map(|c| {
            let cmp = match c.comparison {
                Comparison::AtLeast => "at least",
                Comparison::MoreThan => "more than",
            };
            match c.threshold {
                Threshold::Fraction { num, den } => {
                    format!("{cmp} {num}/{den} of {}", base_name(c.base))
                }
                Threshold::Count(k) => format!("{cmp} {k} yes ({})", base_name(c.base)),
            }
        })
        .collect();
    match &rule.veto {
        Veto::None => {}
        Veto::Group(g) => parts.push(format!("no negative vote of a veto holder ({g})")),
        Veto::Actors(a) => parts.push(format!("no negative vote of {}", a.join(", "))),
        Veto::AllMembers => parts.push("unanimity: every member holds a veto".into()),
    }
    if let Some(q) = &rule.quorum {
        parts.push(format!("quorum {q:?}"));
    }
    parts.join("; ")
}

/// `comity simulate --format json`.
pub fn simulation_json(s: &Simulation, fitted_on: &[String]) -> Value {
    json!({
        "procedure": s.procedure,
        "candidate": s.candidate,
        "as_of": s.as_of.to_string(),
        "pass": s.pass,
        "skipped_stages": s.skipped.iter().map(|(b, why)| json!({"body": b, "reason": why})).collect::<Vec<_>>(),
        "model_fitted_on": fitted_on,
        "stages": s.stages.iter().map(|st| {
            let e = &st.probability.expected;
            json!({
                "body": st.body.id,
                "rule": describe(&st.rule.rule),
                "rule_verified": st.rule.verified,
                "members": st.members,
                "unknown_seats": st.unknown_seats,
                "pass": st.probability.pass,
                "vetoed": st.probability.vetoed,
                "expected": {"yes": e.yes, "no": e.no, "abstain": e.abstain, "absent": e.absent},
                "likely_vetoes": st.voters.iter().filter(|v| v.veto_holder && v.stance.no > 0.5).map(|v| json!({"actor": v.actor, "p_no": v.stance.no, "category": v.category, "claims": v.claims})).collect::<Vec<_>>(),
                "votes_needed": st.needed.to_pass.as_ref().map(|c| json!({"vetoes_to_turn": c.vetoes_to_turn, "no_to_yes": c.no_to_yes, "abstain_to_yes": c.abstain_to_yes, "absent_to_yes": c.absent_to_yes})),
                "passes_with_most_likely_ballots": st.needed.passes_now,
                "voters": st.voters.iter().map(|v| json!({"actor": v.actor, "yes": v.stance.yes, "no": v.stance.no, "abstain": v.stance.abstain, "absent": v.stance.absent, "assumed": v.assumed, "category": v.category, "veto_holder": v.veto_holder})).collect::<Vec<_>>(),
            })
        }).collect::<Vec<_>>(),
    })
}
