//! The documented JSON shapes (the same as `comity … --format json`).
//!
//! TEMPORARY: these builders mirror the CLI's (crates/comity-cli/src/output.rs and cmd/*.rs)
//! until they move into the library (`comity::json`); then this module re-exports those and
//! the copies go.

use comity::rules::Simulation;
use comity::{Claim, CountEntry, Decision, Ledger, PairStatus, Policy, Recognitions};
use comity_rules::{Base, Comparison, Rule, Threshold, Veto};
use serde_json::{json, Value};

/// A claim as the documented JSON object.
pub fn claim_json(ledger: &Ledger, c: &Claim) -> Value {
    let sources: Vec<Value> = c
        .sources
        .iter()
        .map(|sp| {
            let s = ledger.source(&sp.source);
            json!({
                "id": sp.source,
                "url": s.and_then(|s| s.url.clone()),
                "citation": s.map(|s| s.citation.clone()),
                "published": s.map(|s| s.published),
                "span": sp.range.map(|(start, end)| json!({"start": start, "end": end, "text": sp.text})),
            })
        })
        .collect();
    json!({
        "id": c.id,
        "subject": c.subject,
        "predicate": c.predicate.as_str(),
        "object": c.object,
        "date": c.date,
        "precision": c.date.precision().as_str(),
        "claimant": c.claimant,
        "negated": c.negated,
        "status": c.status.as_str(),
        "confidence": c.confidence,
        "note": c.note,
        "supersedes": c.supersedes,
        "sources": sources,
    })
}

/// A one-line citation for each of a claim's sources.
pub fn cite(ledger: &Ledger, c: &Claim) -> Vec<String> {
    c.sources
        .iter()
        .map(|sp| match ledger.source(&sp.source) {
            Some(s) => {
                let mut line = match &s.url {
                    Some(u) => format!("[{}] {u}", s.id),
                    None => format!("[{}] {}", s.id, s.citation),
                };
                if let (Some((a, b)), Some(t)) = (sp.range, &sp.text) {
                    line.push_str(&format!(" bytes {a}..{b}: \"{t}\""));
                }
                line
            }
            None => format!("[{}] (missing source)", sp.source),
        })
        .collect()
}

fn decisions_json(ledger: &Ledger, ds: &[Decision<'_>]) -> Vec<Value> {
    ds.iter()
        .map(|d| {
            let mut v = claim_json(ledger, d.claim);
            v["role"] = json!(d.role);
            v["timing"] = json!(d.timing);
            v
        })
        .collect()
}

/// `{"id", "name"}` of an actor.
pub fn actor_json(ledger: &Ledger, id: &str) -> Value {
    json!({"id": id, "name": ledger.actor(id).map(|a| a.name.clone())})
}

/// `comity status --format json`.
pub fn status_json(ledger: &Ledger, s: &PairStatus<'_>) -> Value {
    let r = &s.recognition;
    let rel = &s.relations;
    json!({
        "subject": actor_json(ledger, &s.subject),
        "object": actor_json(ledger, &s.object),
        "as_of": s.as_of.to_string(),
        "recognition": {
            "status": r.status.as_str(),
            "certain": r.certain,
            "since": r.since,
            "reason": r.reason,
            "confirmed_by_state": r.confirmed_by_state,
            "withdrawal_claimed_by": r.withdrawal_claimed_by,
            "denied_by": r.denied_by,
            "claims": decisions_json(ledger, &r.claims),
        },
        "relations": {
            "status": rel.status.as_str(),
            "certain": rel.certain,
            "since": rel.since,
            "reason": rel.reason,
            "claims": decisions_json(ledger, &rel.claims),
        },
    })
}

/// One entry of `comity recognitions --format json`.
pub fn entry_json(ledger: &Ledger, e: &CountEntry<'_>, policy: Policy) -> Value {
    let r = &e.status.recognition;
    json!({
        "id": e.actor.id,
        "name": e.actor.name,
        "status": r.status.as_str(),
        "since": r.since,
        "certain": r.certain,
        "member_certain": e.member_certain,
        "counted_as": if policy.counts_as_recognising(&e.status) { "recognising" } else { "not-recognising" },
        "confirmed_by_state": r.confirmed_by_state,
        "withdrawal_claimed_by": r.withdrawal_claimed_by,
        "denied_by": r.denied_by,
        "reason": r.reason,
        "claims": r.claims.iter().map(|d| d.claim.id.clone()).collect::<Vec<_>>(),
        "sources": r.claims.iter().flat_map(|d| cite(ledger, d.claim)).collect::<Vec<_>>(),
    })
}

/// `comity recognitions --format json`.
pub fn recognitions_json(ledger: &Ledger, r: &Recognitions<'_>) -> Value {
    let policy = r.policy;
    let list = |v: &[CountEntry<'_>]| {
        v.iter()
            .map(|e| entry_json(ledger, e, policy))
            .collect::<Vec<_>>()
    };
    json!({
        "object": actor_json(ledger, &r.object),
        "as_of": r.as_of.to_string(),
        "among": r.among,
        "policy": policy.as_str(),
        "policy_description": policy.describe(),
        "recognising": list(&r.recognising),
        "not_recognising": list(&r.not_recognising),
        "disputed": list(&r.disputed),
        "uncertain": list(&r.uncertain),
        "not_counted": r.not_counted.iter().map(|a| a.id.clone()).collect::<Vec<_>>(),
        "counts": r.counts(),
    })
}

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
