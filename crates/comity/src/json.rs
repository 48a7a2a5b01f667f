//! The documented JSON shapes of comity's answers — one serialisation path for
//! the CLI's `--format json`, the HTTP API and the exports.
//!
//! Every function here builds a [`serde_json::Value`] from a library answer; the
//! shapes are documented in the README ("JSON output (stable keys)"). A claim has
//! one shape everywhere ([`claim`]), and [`crate::store::parse_import`] reads it
//! back.

use serde_json::{json, Value};

use comity_rules::{Base, Comparison, Rule, Threshold, Veto, VetoOutcome};

use crate::count::{CountEntry, Policy, Recognitions};
use crate::ledger::Ledger;
use crate::model::{Claim, Source};
use crate::rules::{Replay, Simulation};
use crate::status::{Decision, PairStatus, Recognition};

/// A source as `{id, url, citation, published, grade}`.
pub fn source(s: &Source) -> Value {
    json!({
        "id": s.id,
        "url": s.url,
        "citation": s.citation,
        "published": s.published,
        "grade": s.grade.map(|g| g.as_str()),
        "note": s.note,
    })
}

/// A claim as the documented JSON object (the same shape `comity import` reads).
pub fn claim(ledger: &Ledger, c: &Claim) -> Value {
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
                "grade": s.and_then(|s| s.grade).map(|g| g.as_str()),
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
        "bound": c.date.bound().as_str(),
        "claimant": c.claimant,
        "negated": c.negated,
        "status": c.status.as_str(),
        "confidence": c.confidence,
        "note": c.note,
        "supersedes": c.supersedes,
        "sources": sources,
        // A date before one of the pair existed, said beside the claim (timeline rows).
        "date_note": ledger.date_note(c),
    })
}

/// One-line citations for a claim's sources: `[id] URL` (or the citation), with
/// the quoted span of an ingested document.
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

/// Claims with the role they played in an answer and their timing.
pub fn decisions(ledger: &Ledger, ds: &[Decision<'_>]) -> Vec<Value> {
    ds.iter()
        .map(|d| {
            let mut v = claim(ledger, d.claim);
            v["role"] = json!(d.role);
            v["timing"] = json!(d.timing);
            v["text"] = json!(claim_text(d.claim));
            v
        })
        .collect()
}

/// `{id, name}` of an actor.
pub fn actor_ref(ledger: &Ledger, id: &str) -> Value {
    json!({"id": id, "name": ledger.actor(id).map(|a| a.name.clone())})
}

/// The answer of `comity status A B`.
pub fn status(ledger: &Ledger, s: &PairStatus<'_>) -> Value {
    let r = &s.recognition;
    let rel = &s.relations;
    json!({
        "subject": actor_ref(ledger, &s.subject),
        "object": actor_ref(ledger, &s.object),
        "as_of": s.as_of.to_string(),
        "recognition": {
            "status": r.status.as_str(),
            "certain": r.certain,
            "since": r.since,
            "dates_disagree": r.dates_disagree,
            "reason": r.reason,
            "inferred": r.inferred,
            "last_change": r.last_change,
            "confirmed_by_state": r.confirmed_by_state,
            "withdrawal_claimed_by": r.withdrawal_claimed_by,
            "denied_by": r.denied_by,
            "weak_sources": r.weak_sources,
            "claims": decisions(ledger, &r.claims),
        },
        "relations": {
            "status": rel.status.as_str(),
            "certain": rel.certain,
            "inferred": rel.inferred,
            "since": rel.since,
            "weak_sources": rel.weak_sources,
            "reason": rel.reason,
            "claims": decisions(ledger, &rel.claims),
        },
        // Claims about the pair that decide neither half (statements, plans, contacts).
        "other_claims": ledger.other_claims(s).into_iter().map(|c| claim(ledger, c)).collect::<Vec<_>>(),
        // For a recognition not recorded: the subject's predecessors' answers (context, not
        // carried over).
        "predecessors": ledger.predecessor_answers(s).iter().map(|p| json!({
            "actor": actor_ref(ledger, &p.actor),
            "as_of": p.as_of.to_string(),
            "status": p.recognition.status.as_str(),
            "certain": p.recognition.certain,
            "since": p.recognition.since,
            "reason": p.recognition.reason,
            "claims": decisions(ledger, &p.recognition.claims),
        })).collect::<Vec<_>>(),
    })
}

/// One member's entry in a recognitions answer.
pub fn count_entry(ledger: &Ledger, e: &CountEntry<'_>, policy: &Policy) -> Value {
    let r = &e.status.recognition;
    json!({
        "id": e.actor.id,
        "name": e.actor.name,
        "status": r.status.as_str(),
        "since": r.since,
        "certain": r.certain,
        "inferred": r.inferred,
        "last_change": r.last_change,
        "dates_disagree": r.dates_disagree,
        "weak_sources": r.weak_sources,
        "member_certain": e.member_certain,
        "seat_held_by": e.seat_held_by.map(|a| actor_ref(ledger, &a.id)),
        "counted_as": e.counted_as.as_str(),
        "confirmed_by_state": r.confirmed_by_state,
        "withdrawal_claimed_by": r.withdrawal_claimed_by,
        "denied_by": r.denied_by,
        "reason": r.reason,
        "policy": policy.name(),
        "claims": r.claims.iter().map(|d| d.claim.id.clone()).collect::<Vec<_>>(),
        "sources": r.claims.iter().flat_map(|d| cite(ledger, d.claim)).collect::<Vec<_>>(),
    })
}

/// What a count needs said beside its numbers (the CLI's notes): `ceased` `{date, claim}` when
/// the entity had ceased to exist by the day (its "not recognising" are no refusals), and the
/// notes in words (that, and a day on which nobody is counted: a total of 0 is no answer).
/// Part of [`recognitions`]; the server's map carries it too.
pub fn count_notes(ledger: &Ledger, r: &Recognitions<'_>) -> (Value, Vec<String>) {
    let mut notes: Vec<String> = Vec::new();
    // An entity that had ceased to exist by the day (the CLI's note): its "not recognising"
    // are no refusals.
    let ceased: Value = ledger
        .ceased(&r.object)
        .filter(|c| c.date.timing(r.as_of) == crate::date::Timing::Before)
        .map(|c| {
            notes.push(format!(
                "{} ceased to exist on {} ({}): after that nobody recognises it, and the states \
                 counted as not recognising it did not refuse it (their status is \"ceased\")",
                r.object,
                c.date.describe(),
                c.id
            ));
            json!({"date": c.date.to_string(), "claim": c.id})
        })
        .unwrap_or(Value::Null);
    // Under `--min-grade` the count reads only claims with a source of the grade (review 16:
    // no table said a filter was applied while Saudi Arabia counted as Taiwan's ally in 2024,
    // its confirming reports set aside).
    if let Some(g) = ledger.min_grade() {
        let n = ledger.left_out_total(&r.object);
        notes.push(format!(
            "--min-grade {}: {n} claim{} about {} with only weaker sources {} left out, and \
             complete lists are not read (a list names its recognisers through claims the \
             filter may drop); each pair's answer reads only the rest",
            g.as_str(),
            if n == 1 { "" } else { "s" },
            r.object,
            if n == 1 { "was" } else { "were" }
        ));
    }
    // A complete list is read only up to the shipped tables' compilation: on a later day the
    // states off it are not recorded, and the count changes on a day nothing happened (review
    // 18). Said whenever it bears on the count.
    if r.counts().not_recorded > 0 {
        for (k, until) in ledger.completeness_lapsed(&r.object, r.as_of) {
            notes.push(format!(
                "the list of recognisers of {} among {} stated complete as of {} ({}) is read only \
                 up to {until}, when the shipped tables were compiled: after that day a \
                 recognition they do not record may have come, so the states off the list are \
                 not recorded, not \"no\"",
                r.object,
                k.among,
                k.as_of,
                k.sources.join(", ")
            ));
        }
    }
    if r.counts().total == 0 {
        notes.push(format!(
            "nobody is counted on {}: no member of {} on that day in the ledger (the group or \
             its roster did not exist then, or its members then are not recorded); a total of \
             0 is no answer, not \"nobody recognises it\"",
            r.as_of, r.among
        ));
    }
    (ceased, notes)
}

/// The answer of `comity recognitions B`.
pub fn recognitions(ledger: &Ledger, r: &Recognitions<'_>) -> Value {
    let (ceased, notes) = count_notes(ledger, r);
    let list = |v: &[CountEntry<'_>]| {
        v.iter()
            .map(|e| count_entry(ledger, e, &r.policy))
            .collect::<Vec<_>>()
    };
    json!({
        "object": actor_ref(ledger, &r.object),
        "as_of": r.as_of.to_string(),
        "among": r.among,
        "among_description": r.among_description,
        "policy": r.policy.name(),
        "policy_description": r.policy.describe(),
        "recognising": list(&r.recognising),
        "not_recognising": list(&r.not_recognising),
        "disputed": list(&r.disputed),
        "uncertain": list(&r.uncertain),
        "not_recorded": list(&r.not_recorded),
        "not_counted": r.not_counted.iter().map(|a| a.id.clone()).collect::<Vec<_>>(),
        "successors_left_out": r.successors_left_out.iter().map(|a| a.id.clone()).collect::<Vec<_>>(),
        "counts": r.counts(),
        "ceased": ceased,
        "notes": notes,
    })
}

/// For each claim of `claims` that states the same thing from the same sentence as an earlier
/// one (a copy of one text; [`crate::same_sentence_groups`]): the first such claim's id. The
/// timeline's `same_sentence_as`, in the JSON and the CSV alike.
pub fn same_sentence_as<'a>(claims: &[&'a Claim]) -> std::collections::HashMap<&'a str, &'a str> {
    let mut first_of = std::collections::HashMap::new();
    for g in crate::ledger::same_sentence_groups(claims) {
        for c in &g[1..] {
            first_of.insert(c.id.as_str(), g[0].id.as_str());
        }
    }
    first_of
}

/// A timeline (`comity timeline A [B]`, `GET /api/v1/timeline/{actor}`): the actor, the other
/// actor (or null) and the claims in timeline order, each with its [`claim_text`] and
/// `same_sentence_as` — the id of the first claim that states the same thing from the same
/// sentence (a copy of one text; [`crate::same_sentence_groups`]), null for a first or lone one.
pub fn timeline(ledger: &Ledger, actor: &str, other: Option<&str>, claims: &[&Claim]) -> Value {
    let first_of = same_sentence_as(claims);
    json!({
        "actor": actor_ref(ledger, actor),
        "other": other.map(|o| actor_ref(ledger, o)),
        "claims": claims.iter().map(|c| {
            let mut v = claim(ledger, c);
            v["text"] = json!(claim_text(c));
            v["same_sentence_as"] = json!(first_of.get(c.id.as_str()));
            v
        }).collect::<Vec<_>>(),
    })
}

/// What a `0*` row of `comity ideal show` means (a dynamic point in a session the state cast no
/// ballot in).
pub const UNVOTED_NOTE: &str = "*: no ballot cast in that session: the point is the random walk's \
     interpolation between sessions it voted in, and its interval is no measurement (Bailey, \
     Strezhnev & Voeten publish no estimate for such sessions)";

/// `comity ideal show A --format json` and `GET /api/v1/ideal/{actor}` (one shape): the actor,
/// the fit, whether it has intervals, the points, the ballots the actor cast in each of their
/// sessions (review 10: a dynamic point in a session with none is the random walk's
/// interpolation, not a measurement) and, when there is such a session, [`UNVOTED_NOTE`].
///
/// # Errors
/// When the database cannot be read.
pub fn ideal_show(
    store: &crate::Store,
    actor: Value,
    fit: &crate::ideal::StoredFit,
    points: &[&crate::ideal::StoredPoint],
) -> crate::Result<Value> {
    let id = actor["id"].as_str().unwrap_or_default().to_string();
    let ballots = store.ballots_by_session(&id)?;
    let by_session: std::collections::BTreeMap<String, usize> = points
        .iter()
        .filter_map(|p| p.session)
        .map(|s| (s.to_string(), ballots.get(&s).copied().unwrap_or(0)))
        .collect();
    let unvoted = by_session.values().any(|n| *n == 0);
    Ok(json!({
        "actor": actor,
        "fit": fit_info(&fit.info),
        "intervals": fit.info.spec.bootstrap > 0,
        "points": points,
        "ballots_by_session": by_session,
        "note": unvoted.then_some(UNVOTED_NOTE),
    }))
}

/// A stored ideal-point fit's description (`comity ideal fit/show --format json`,
/// `GET /api/v1/ideal/{actor}`): one shape for the CLI and the API.
pub fn fit_info(f: &crate::ideal::FitInfo) -> Value {
    json!({
        "id": f.id, "created": f.created, "dynamic": f.spec.dynamic,
        "sessions": f.sessions, "before": f.spec.before.map(|d| d.to_string()),
        "bootstrap": f.spec.bootstrap, "seed": f.spec.seed, "anchor": f.spec.anchor,
        "actors": f.actors, "roll_calls": f.roll_calls, "votes": f.votes,
        "iterations": f.iterations, "converged": f.converged,
        "log_likelihood": f.log_likelihood, "seconds": f.seconds,
    })
}

/// A claim in words, with the claimant as the subject of a denial: `SUR
/// withdraws-recognition XKX (claimed by SRB)`, `XKX denies that SUR
/// withdraws-recognition XKX`.
pub fn claim_text(c: &Claim) -> String {
    if c.negated {
        format!(
            "{} denies that {} {} {}",
            c.claimant, c.subject, c.predicate, c.object
        )
    } else if c.claimant == c.subject {
        format!("{} {} {} (its own word)", c.subject, c.predicate, c.object)
    } else {
        format!(
            "{} {} {} (claimed by {})",
            c.subject, c.predicate, c.object, c.claimant
        )
    }
}

/// The grades of a claim's sources, strongest first (`official`, `media` …).
pub fn grades(ledger: &Ledger, c: &Claim) -> Vec<&'static str> {
    let mut g: Vec<crate::model::Grade> = ledger
        .sources_of(c)
        .iter()
        .filter_map(|s| s.grade)
        .collect();
    g.sort_by_key(|g| std::cmp::Reverse(g.strength()));
    g.dedup();
    g.into_iter().map(|g| g.as_str()).collect()
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
pub fn rule_text(rule: &Rule) -> String {
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

/// `comity replay ID --format json` (and the API's `/replay/{vote}`): the record, the rule
/// and what it says of the tally. `rule_verified` is about the rule's text;
/// `rule_applies_verified` false means the record's `rule-unverified` flag (that this rule
/// governed the vote is not verified); `rule_applies` false means the sources do not say
/// which rule governed the vote, and `rule_kind`'s rule is shown for reference only.
pub fn replay(r: &Replay) -> Value {
    let v = &r.vote;
    let binding = r.outcome.binding();
    let veto = match &r.outcome.veto {
        VetoOutcome::ExercisedBy(a) => Some(a.clone()),
        _ => None,
    };
    json!({
        "id": v.id,
        "body": v.body,
        "date": v.date,
        "motion": v.motion,
        "candidate": v.candidate,
        "yes": v.yes, "no": v.no, "abstain": v.abstain, "absent": v.absent, "invalid": v.invalid,
        "rule": rule_text(&r.rule.rule),
        "rule_verified": r.rule.verified,
        "rule_note": r.rule.note,
        "rule_applies_verified": !replay_rule_unverified(r),
        "rule_kind": v.rule,
        "rule_applies": v.rule_applies,
        "base": binding.map(|b| b.base),
        "needed": binding.map(|b| b.needed),
        "members_from_ledger": r.members_from_ledger,
        "passed": r.outcome.passed,
        "margin": r.outcome.margin,
        "vetoed_by": veto,
        "recorded_outcome": v.outcome_text,
        "agrees_with_record": r.agrees,
        "votes_needed": r.needed.as_ref().and_then(|n| n.to_pass.as_ref()).map(|c| json!({
            "no_to_yes": c.no_to_yes, "abstain_to_yes": c.abstain_to_yes, "absent_to_yes": c.absent_to_yes, "vetoes_to_turn": c.vetoes_to_turn,
        })),
        "flags": v.flags,
        "sources": v.sources,
        "note": v.note,
    })
}

/// Whether the record says that the rule's governing this vote is not verified (its
/// `rule-unverified` flag): the rule's text can be verified while that is not.
pub fn replay_rule_unverified(r: &Replay) -> bool {
    r.vote.flags.iter().any(|f| f == "rule-unverified")
}

/// `comity entities --format json` (and the API's `/api/v1/entities/overview`): for each
/// partially recognised or disputed entity on `day`, its recognising UN members under `policy`,
/// the uncertain, disputed, suspended and not-recorded counts, the day it ceased if it had, and
/// its last change (the latest act surely by the day, with its claim and sources).
///
/// # Errors
/// When a count fails (an unknown group: never for the shipped `un`).
pub fn entities(
    ledger: &Ledger,
    day: jiff::civil::Date,
    policy: Policy,
    today: jiff::civil::Date,
) -> crate::Result<Value> {
    let mut rows: Vec<Value> = Vec::new();
    for e in ledger.entities() {
        let r = ledger.recognitions(&e.id, day, Some("un"), policy, today)?;
        let c = r.counts();
        let ceased = ledger
            .ceased(&e.id)
            .filter(|cl| cl.date.timing(day) == crate::Timing::Before);
        let last = ledger.last_change_with_status(&e.id, day);
        rows.push(json!({
            "id": e.id,
            "name": e.name,
            "as_of": day.to_string(),
            "policy": policy.as_str(),
            "recognising_un_members": c.recognising,
            "uncertain": c.uncertain,
            "disputed": r.disputed.iter().filter(|x| x.status.recognition.status == Recognition::Disputed).count(),
            "suspended": c.suspended,
            "not_recorded": c.not_recorded,
            "ceased": ceased.map(|cl| cl.date),
            // The claim it ceased by, with its sources (review 9: the day had no source).
            "ceased_claim": ceased.map(|cl| json!({
                "claim": cl.id,
                "text": claim_text(cl),
                "sources": cite(ledger, cl),
            })),
            "last_change": last.map(|(cl, status)| json!({
                "claim": cl.id,
                "subject": cl.subject,
                "predicate": cl.predicate.as_str(),
                // The pair's status the act gives on the day: "disputed" for a withdrawal or
                // suspension the state has not confirmed.
                "status": status.as_str(),
                "date": cl.date,
                "text": claim_text(cl),
                "sources": cite(ledger, cl),
            })),
        }));
    }
    let mut out = json!({"as_of": day.to_string(), "policy": policy.as_str(), "entities": rows});
    // A day after today is said to be one (review 14), in the CLI's and the API's document alike;
    // `notes` only then, so other days' documents keep their keys.
    if let Some(n) = crate::notes::after_today(day, today) {
        out["notes"] = json!([n]);
    }
    Ok(out)
}

/// The ballot an `--assume` set (its stance is certain).
pub fn assumed_ballot(s: &comity_rules::Stance) -> &'static str {
    if s.yes >= 1.0 {
        "yes"
    } else if s.no >= 1.0 {
        "no"
    } else if s.abstain >= 1.0 {
        "abstain"
    } else {
        "absent"
    }
}

/// `comity simulate --format json` (and the API's simulate). `today` makes a day after it say
/// so in `notes` (the what-if uses today's rosters and statuses).
pub fn simulation(s: &Simulation, fitted_on: &[String], today: jiff::civil::Date) -> Value {
    let mut v = simulation_core(s, fitted_on);
    // What the CLI's table says beside the numbers: `model_fitted_later` (the fitting votes held
    // on or after the day simulated: the what-if uses what was learnt then) and `notes`, the
    // table's warnings in words (unverified rule texts, voters with no claim on the candidate).
    let later: Vec<Value> = fitted_later(fitted_on, s.as_of)
        .into_iter()
        .map(|(id, date)| json!({"id": id, "date": date}))
        .collect();
    let mut notes: Vec<String> = crate::notes::after_today(s.as_of, today)
        .into_iter()
        .collect();
    notes.extend(fit_candidate_notes(fitted_on, &s.candidate));
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
        // What the catalogue says of the body's roster (review 17: UNESCO's 2015 vote had 186
        // of 195 members present, some without a vote for arrears — the roster cannot know,
        // and the body's note saying so was never shown).
        if let Some(n) = st.body.note.as_deref().filter(|n| !n.trim().is_empty()) {
            notes.push(format!("{}: {n}", st.body.id));
        }
        if !st.uncertain_members.is_empty() {
            let n = st.uncertain_members.len();
            let plural = if n == 1 { "" } else { "s" };
            notes.push(format!(
                "{}: membership on {} is not settled by the dates for {n} voter{plural} ({}): \
                 counted as voter{plural} all the same",
                st.body.id,
                s.as_of,
                st.uncertain_members
                    .iter()
                    .take(5)
                    .map(|(a, d)| format!("{a}, {d}"))
                    .chain((st.uncertain_members.len() > 5).then(|| "…".to_string()))
                    .collect::<Vec<_>>()
                    .join("; "),
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

fn simulation_core(s: &Simulation, fitted_on: &[String]) -> Value {
    json!({
        "procedure": s.procedure,
        "candidate": s.candidate,
        "as_of": s.as_of.to_string(),
        "pass": s.pass,
        "candidate_already_member": s.candidate_already_member(),
        "skipped_stages": s.skipped.iter().map(|(b, why)| json!({"body": b, "reason": why})).collect::<Vec<_>>(),
        "model_fitted_on": fitted_on,
        // Every `--assume`, in one place (each voter also carries `assumed`).
        "assumptions": s.stages.iter().flat_map(|st| st.voters.iter().filter(|v| v.assumed).map(|v| json!({
            "body": st.body.id, "actor": v.actor, "ballot": assumed_ballot(&v.stance),
        }))).collect::<Vec<_>>(),
        "stages": s.stages.iter().map(|st| {
            let e = &st.probability.expected;
            json!({
                "body": st.body.id,
                // Voters with no claim on the candidate: modelled by the "not recorded"
                // category, never as a position.
                "not_recorded": st.voters.iter().filter(|v| v.basis() == "not-recorded").map(|v| v.actor.as_str()).collect::<Vec<_>>(),
                "rule": rule_text(&st.rule.rule),
                "rule_verified": st.rule.verified,
                "members": st.members,
                // A roster that is only a size has the day that size holds on (review 22: the
                // AU's 54 of 2017-01-30 was given for 2026 without a word; 55 since Morocco).
                "roster_size_as_of": st.body.roster.groups.is_empty().then_some(st.body.roster.size_as_of.as_deref()).flatten(),
                "candidate_member": st.candidate_member.as_ref().map(|m| json!({"group": m.group, "since": m.since, "certain": m.certain})),
                "unknown_seats": st.unknown_seats,
                "seated_by_assumption": st.seated_by_assumption,
                "undated_members": st.undated_members,
                "uncertain_members": st.uncertain_members.iter().map(|(a, d)| json!({"actor": a, "membership": d})).collect::<Vec<_>>(),
                "pass": st.unanswerable.is_none().then_some(st.probability.pass),
                "vetoed": st.probability.vetoed,
                "expected": {"yes": e.yes, "no": e.no, "abstain": e.abstain, "absent": e.absent},
                "unanswerable": st.unanswerable,
                "attendance": st.attendance.as_ref().map(|a| json!({"rate": a.rate(), "seats": a.seats, "absent": a.absent, "votes": a.votes})),
                "likely_vetoes": st.voters.iter().filter(|v| v.veto_holder && v.stance.no > 0.5).map(|v| json!({"actor": v.actor, "p_no": v.stance.no, "category": v.category, "claims": v.claims, "stated_position": v.stated_position, "basis": v.basis()})).collect::<Vec<_>>(),
                "votes_needed": st.needed.to_pass.as_ref().map(|c| json!({"vetoes_to_turn": c.vetoes_to_turn, "veto_basis": c.vetoes_to_turn.iter().map(|a| (a.clone(), json!(st.voters.iter().find(|v| &v.actor == a).map(|v| v.basis())))).collect::<serde_json::Map<_, _>>(), "no_to_yes": c.no_to_yes, "abstain_to_yes": c.abstain_to_yes, "absent_to_yes": c.absent_to_yes})),
                "passes_with_most_likely_ballots": st.needed.passes_now,
                "voters": st.voters.iter().map(|v| json!({"actor": v.actor, "yes": v.stance.yes, "no": v.stance.no, "abstain": v.stance.abstain, "absent": v.stance.absent, "assumed": v.assumed, "category": v.category, "veto_holder": v.veto_holder})).collect::<Vec<_>>(),
            })
        }).collect::<Vec<_>>(),
    })
}

/// Whether a [`membership_on_day`] state settles the day (`possibly` and `not-recorded` do
/// not).
pub fn membership_settled(state: &str) -> bool {
    !matches!(state, "possibly" | "not-recorded")
}

/// A membership row on a day: `member` (certainly joined and not left), `possibly` (the joined
/// or left date, at its precision, does not settle the day), `not-yet`, `left`, or
/// `not-recorded` when the day is outside what the group's rows cover (`groups.csv` `covers`:
/// the elected Security Council seats' source covers 1994–2009, so Türkiye's 2009 row says
/// nothing of 2010 — review 17).
pub fn membership_on_day(
    ledger: &Ledger,
    m: &crate::model::Membership,
    day: jiff::civil::Date,
) -> &'static str {
    if ledger.group(&m.group).is_ok_and(|g| !g.covers(day)) {
        return "not-recorded";
    }
    match m.on(day) {
        Some(crate::Timing::Before) => "member",
        Some(_) => "possibly",
        None if m.joined.timing(day) == crate::Timing::After => "not-yet",
        None => "left",
    }
}

/// The answer of `comity members` (a group's roster on a day, or an actor's memberships): the
/// rows, the title and the notes, which the CLI's table and CSV print and [`Members::json`]
/// serialises for the CLI's `--format json` and the API's `/members` alike.
#[derive(Debug)]
pub struct Members<'a> {
    /// The day asked about.
    pub day: jiff::civil::Date,
    /// "Members of eu (European Union) on 2020-01-01" or "Memberships of XKX (Kosovo), on …".
    pub title: String,
    /// Rows by group (an actor's memberships) rather than by member (a group's roster).
    pub by_group: bool,
    /// The rows: a group's roster on the day (a member listed twice once: its most certain
    /// row, as counts use it), or every membership row of the actor.
    pub rows: Vec<&'a crate::model::Membership>,
    /// `{group: {id, name, description}}` or `{actor: {id, name}}`.
    pub subject: Value,
    /// A day after today; a group with nobody recorded on the day (no answer, not "none").
    pub notes: Vec<String>,
}

impl<'a> Members<'a> {
    /// The roster of `group` on `day`.
    ///
    /// # Errors
    /// An unknown group.
    pub fn of_group(
        ledger: &'a Ledger,
        group: &str,
        day: jiff::civil::Date,
        today: jiff::civil::Date,
    ) -> crate::Result<Members<'a>> {
        let g = ledger.group(group)?;
        let rows: Vec<&crate::model::Membership> = ledger
            .roster(&g.id, day)
            .iter()
            .map(|e| e.membership)
            .collect();
        let mut notes: Vec<String> = crate::notes::after_today(day, today).into_iter().collect();
        if let Some(c) = g.covers.filter(|_| !g.covers(day)) {
            notes.push(format!(
                "the rows of {} cover {} to {} only: its members on {day} are not recorded; no \
                 answer, not \"no members\"",
                g.id, c.from, c.until
            ));
        } else if rows.is_empty() {
            notes.push(format!(
                "nobody is recorded as a member on {day}: the group or its roster did not exist \
                 then, or its members then are not recorded; no answer, not \"no members\""
            ));
        }
        Ok(Members {
            day,
            title: format!("Members of {} ({}) on {day}", g.id, g.name),
            by_group: false,
            rows,
            subject: json!({"group": {"id": g.id, "name": g.name, "description": g.description}}),
            notes,
        })
    }

    /// Every membership row of `actor` (any name or code), by group then joining date.
    ///
    /// # Errors
    /// An unknown actor (with suggestions).
    pub fn of_actor(
        ledger: &'a Ledger,
        actor: &str,
        day: jiff::civil::Date,
        today: jiff::civil::Date,
    ) -> crate::Result<Members<'a>> {
        let x = ledger.resolve(actor)?;
        let mut rows: Vec<&crate::model::Membership> = ledger
            .dataset()
            .memberships
            .iter()
            .filter(|m| m.actor == x.id)
            .collect();
        rows.sort_by(|p, q| p.group.cmp(&q.group).then(p.joined.cmp(&q.joined)));
        let mut notes: Vec<String> = crate::notes::after_today(day, today).into_iter().collect();
        let mut uncovered: Vec<&crate::model::Group> = Vec::new();
        for m in &rows {
            if let Ok(g) = ledger.group(&m.group) {
                if !g.covers(day) && !uncovered.iter().any(|u| u.id == g.id) {
                    uncovered.push(g);
                }
            }
        }
        for g in uncovered {
            if let Some(c) = g.covers {
                notes.push(format!(
                    "{}: its rows cover {} to {} only; membership on {day} is not recorded, \
                     neither \"not yet\" nor \"left\"",
                    g.id, c.from, c.until
                ));
            }
        }
        Ok(Members {
            day,
            title: format!("Memberships of {} ({}), on {day}", x.id, x.name),
            by_group: true,
            rows,
            subject: json!({"actor": actor_ref(ledger, &x.id)}),
            notes,
        })
    }

    /// Rows whose membership on the day is not certain.
    pub fn not_certain(&self, ledger: &Ledger) -> usize {
        self.rows
            .iter()
            .filter(|m| membership_on_day(ledger, m, self.day) == "possibly")
            .count()
    }

    /// `comity members --format json` and the API's `/members/{group}` and
    /// `/memberships/{actor}`: the subject, `as_of`, `memberships` (each row with `on_day` and
    /// `certain` for the day), `not_certain` and `notes`.
    pub fn json(&self, ledger: &Ledger) -> Value {
        let day = self.day;
        let rows: Vec<Value> = self
            .rows
            .iter()
            .map(|m| {
                let state = membership_on_day(ledger, m, day);
                json!({
                    "group": m.group,
                    "group_name": ledger.group(&m.group).ok().map(|g| g.name.clone()),
                    "actor": actor_ref(ledger, &m.actor),
                    "joined": m.joined,
                    "joined_precision": m.joined.precision().as_str(),
                    "left": m.left,
                    "left_precision": m.left.map(|l| l.precision().as_str()),
                    "on_day": state,
                    "certain": membership_settled(state),
                    "source": m.source,
                    "note": m.note,
                })
            })
            .collect();
        let mut v = self.subject.clone();
        v["as_of"] = json!(day.to_string());
        v["memberships"] = json!(rows);
        v["not_certain"] = json!(self.not_certain(ledger));
        v["notes"] = json!(self.notes);
        v
    }
}

/// What `state` recognises on `day`: its status towards every entity but itself (the rows of
/// `comity recognised-by` in every format, and of the API's `/recognised-by/{state}`).
pub fn recognised_by_rows<'a>(
    ledger: &'a Ledger,
    state: &str,
    day: jiff::civil::Date,
    today: jiff::civil::Date,
) -> Vec<(&'a crate::model::Actor, PairStatus<'a>)> {
    ledger
        .entities()
        .into_iter()
        .filter(|e| e.id != state)
        .map(|e| (e, ledger.status(state, &e.id, day, today)))
        .collect()
}

/// `comity recognised-by STATE --format json` and the API's `/recognised-by/{state}`: the
/// state, the day and its status towards every entity (each as [`status`]).
pub fn recognised_by(
    ledger: &Ledger,
    state: &str,
    day: jiff::civil::Date,
    rows: &[(&crate::model::Actor, PairStatus<'_>)],
) -> Value {
    json!({
        "state": actor_ref(ledger, state),
        "as_of": day.to_string(),
        "entities": rows.iter().map(|(_, s)| status(ledger, s)).collect::<Vec<_>>(),
    })
}

/// `model_fitted_on` of a simulation with the ideal-point stance model (`--model ideal`, the
/// API's `model=ideal`): the stored fit and its item source, and a note when the fit saw roll
/// calls held on or after the day simulated (review 10).
///
/// # Errors
/// When the roll calls cannot be counted.
pub fn ideal_fitted_on(
    store: &crate::Store,
    fit: &crate::ideal::FitInfo,
    item_source: &str,
    as_of: jiff::civil::Date,
) -> crate::Result<Vec<String>> {
    let later = store.fit_saw_from(&fit.spec, as_of)?;
    let mut fitted = vec![format!("ideal points: fit {} ({item_source})", fit.id)];
    if later > 0 {
        fitted.push(format!(
            "note: fit {} saw {later} roll calls held on or after {as_of}; fit with \
             `comity ideal fit --dynamic --before {as_of}` for a what-if from what \
             preceded the day",
            fit.id
        ));
    }
    Ok(fitted)
}

/// The fitting votes (of `fitted_on`) that were or may have been held on or after `as_of`, as
/// `(id, date as recorded)`. A vote's date is read at its precision (votes.toml dates some to
/// the month: `unesco-eb-2011` is "2011-10"): one that may fall on or after the day is listed
/// (review 17: a month-dated vote failed to parse and was never listed).
pub fn fitted_later(fitted_on: &[String], as_of: jiff::civil::Date) -> Vec<(String, String)> {
    let day_before = as_of.yesterday().unwrap_or(as_of);
    crate::rules::shipped_votes()
        .unwrap_or_default()
        .into_iter()
        .filter(|x| fitted_on.contains(&x.id))
        .filter(|x| {
            x.date
                .parse::<crate::Date>()
                .map_or(true, |d| d.timing(day_before) != crate::Timing::Before)
        })
        .map(|x| (x.id, x.date))
        .collect()
}

/// Notes for a simulation of `candidate`'s admission fitted on recorded votes about another
/// candidate, or about none (review 17: `--fit-on un-ga-63-3`, a vote with no candidate whose
/// "yes" was Serbia's side, and `--fit-on un-ga-es-10-23`, a vote on Palestine, gave a Kosovo
/// motion P(pass) 1.0000 with no word). The ledger model learns how each recognition category
/// voted on the fitting vote's candidate: a "yes" there is a "yes" here only when it is the
/// same candidate.
pub fn fit_candidate_notes(fitted_on: &[String], candidate: &str) -> Vec<String> {
    let votes = crate::rules::shipped_votes().unwrap_or_default();
    fitted_on
        .iter()
        .filter_map(|id| votes.iter().find(|v| &v.id == id))
        .filter_map(|v| match v.candidate.as_deref() {
            Some(c) if c == candidate => None,
            Some(c) => Some(format!(
                "fitting vote {} was on {c}, not {candidate}: the stances learnt from it are \
                 how recognisers of {c} voted on {c}, not a reading of {candidate}'s case",
                v.id
            )),
            None => Some(format!(
                "fitting vote {} has no candidate (\"{}\"): a \"yes\" there is not a \"yes\" \
                 to {candidate}'s admission, and the stances learnt from it may point the \
                 other way",
                v.id, v.motion
            )),
        })
        .collect()
}
