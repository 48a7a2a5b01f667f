//! `comity bodies`, `comity replay`, `comity simulate`, `comity model`.

use anyhow::Result;
use comity::rules::{self, LedgerModel, Simulation};
use comity_rules::{Base, Comparison, Rule, Threshold, Veto, VetoOutcome};
use serde_json::{json, Value};

use super::{Ctx, UsageError};
use crate::cli::{Format, ModelArgs, ReplayArgs, SimulateArgs};
use crate::output::{csv_out, print_flat_csv, print_json, wrap};

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

pub fn bodies(ctx: &Ctx) -> Result<()> {
    let catalog = rules::shipped_catalog()?;
    match ctx.format {
        Format::Json => {
            let v: Vec<Value> = catalog
                .bodies
                .iter()
                .map(|b| {
                    json!({
                        "id": b.id,
                        "name": b.name,
                        "roster_groups": b.roster.groups,
                        "roster_size": b.roster.size,
                        "rules": b.rules.iter().map(|(k, r)| json!({
                            "kind": k,
                            "rule": describe(&r.rule),
                            "text": r.text,
                            "sources": r.sources,
                            "verified": r.verified,
                            "note": r.note,
                        })).collect::<Vec<_>>(),
                    })
                })
                .collect();
            let p: Vec<Value> = catalog
                .procedures
                .iter()
                .map(|p| json!({"id": p.id, "name": p.name, "stages": p.stages.iter().map(|s| format!("{}:{}", s.body, s.rule)).collect::<Vec<_>>(), "sources": p.sources}))
                .collect();
            print_json(&json!({"bodies": v, "procedures": p}))
        }
        Format::Csv => {
            let mut w = csv_out();
            w.write_record(["body", "name", "kind", "rule", "verified", "sources"])?;
            for b in &catalog.bodies {
                for (k, r) in &b.rules {
                    w.write_record([
                        b.id.as_str(),
                        b.name.as_str(),
                        k.as_str(),
                        &describe(&r.rule),
                        &r.verified.to_string(),
                        &r.sources.join(" ; "),
                    ])?;
                }
            }
            w.flush()?;
            Ok(())
        }
        Format::Table => {
            for b in &catalog.bodies {
                println!("{}  {}", b.id, b.name);
                for (k, r) in &b.rules {
                    let v = if r.verified {
                        ""
                    } else {
                        " [rule text not verified]"
                    };
                    println!("{}", wrap(&format!("{k}: {}{v}", describe(&r.rule)), 2));
                }
            }
            println!();
            println!("procedures:");
            for p in &catalog.procedures {
                let stages: Vec<String> = p
                    .stages
                    .iter()
                    .map(|s| format!("{}:{}", s.body, s.rule))
                    .collect();
                println!("{}", wrap(&format!("{}  {}", p.id, stages.join(" -> ")), 2));
            }
            Ok(())
        }
    }
}

pub fn replay(ctx: &Ctx, a: &ReplayArgs) -> Result<()> {
    let Some(id) = &a.vote else {
        for v in rules::shipped_votes()? {
            println!(
                "{:<34} {} {} {}–{}–{}",
                v.id,
                v.date,
                v.body,
                v.yes,
                v.no,
                v.abstain.map_or("?".into(), |x| x.to_string())
            );
        }
        return Ok(());
    };
    let store = ctx.store()?;
    let ledger = store.ledger()?;
    let r = rules::replay(&ledger, id)?;
    let v = &r.vote;
    let binding = r.outcome.binding();
    let veto = match &r.outcome.veto {
        VetoOutcome::ExercisedBy(a) => Some(a.clone()),
        _ => None,
    };
    let value = || {
        json!({
            "id": v.id,
            "body": v.body,
            "date": v.date,
            "motion": v.motion,
            "candidate": v.candidate,
            "yes": v.yes, "no": v.no, "abstain": v.abstain, "absent": v.absent, "invalid": v.invalid,
            "rule": describe(&r.rule.rule),
            "rule_verified": r.rule.verified,
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
    };
    match ctx.format {
        Format::Json => print_json(&value()),
        Format::Csv => print_flat_csv(&[value()]),
        Format::Table => {
            println!(
                "{}",
                wrap(&format!("{} — {} ({})", v.id, v.motion, v.date), 0)
            );
            println!(
                "tally: {}–{}–{} (yes–no–abstain){}{}",
                v.yes,
                v.no,
                v.abstain.map_or("?".into(), |x| x.to_string()),
                v.absent.map_or(String::new(), |x| format!(", {x} absent")),
                v.invalid
                    .map_or(String::new(), |x| format!(", {x} invalid")),
            );
            println!(
                "{}",
                wrap(
                    &format!(
                        "rule ({}): {}{}",
                        v.body,
                        describe(&r.rule.rule),
                        if r.rule.verified {
                            ""
                        } else {
                            " [rule text not verified]"
                        }
                    ),
                    0
                )
            );
            if let Some(b) = binding {
                println!("base {}, threshold {} yes", b.base, b.needed);
            }
            if let Some(m) = r.members_from_ledger {
                println!("members entitled to vote: {m} (not in the record: from the ledger's roster on that date)");
            }
            let verdict = if r.outcome.passed {
                "passed"
            } else {
                "rejected"
            };
            let m = r.outcome.margin;
            let by = if m < 0 {
                format!("{} short", -m)
            } else {
                format!("{m} to spare")
            };
            println!(
                "outcome: {verdict}, {by}{}",
                veto.map_or(String::new(), |a| format!(", vetoed by {}", a.join(", ")))
            );
            if let Some(c) = r.needed.as_ref().and_then(|n| n.to_pass.as_ref()) {
                println!(
                    "{}",
                    wrap(
                        &format!(
                            "smallest change to pass: {} no→yes, {} abstain→yes, {} absent→yes",
                            c.no_to_yes, c.abstain_to_yes, c.absent_to_yes
                        ),
                        0
                    )
                );
            }
            if let Some(t) = &v.outcome_text {
                println!(
                    "recorded: {t}{}",
                    match r.agrees {
                        Some(true) => " (agrees)",
                        Some(false) => " (DISAGREES with the rule's verdict)",
                        None => "",
                    }
                );
            }
            for f in &v.flags {
                println!("flag: {f}");
            }
            if let Some(n) = &v.note {
                println!("{}", wrap(&format!("note: {n}"), 0));
            }
            for s in &v.sources {
                println!("source: {s}");
            }
            Ok(())
        }
    }
}

fn simulation_json(s: &Simulation, fitted_on: &[String]) -> Value {
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

pub fn simulate(ctx: &Ctx, a: &SimulateArgs) -> Result<()> {
    let store = ctx.store()?;
    let ledger = store.ledger()?;
    let cand = ledger.resolve(&a.candidate)?;
    let as_of = comity::parse_as_of(&a.as_of, ctx.today)?;
    let mut assume = Vec::new();
    if let Some(text) = &a.assume {
        for (name, ballot) in comity_rules::parse_assumptions(text)? {
            assume.push((ledger.resolve(&name)?.id.clone(), ballot));
        }
    }
    let fit_on: Vec<&str> = a.fit_on.iter().map(String::as_str).collect();
    let sim = match a.model.as_str() {
        "ledger" => {
            let report = rules::fit_and_validate(&ledger, &fit_on, &[], ctx.today)?;
            let model = LedgerModel::new(&ledger, report.model, ctx.today);
            rules::simulate(
                &ledger, &a.body, &cand.id, as_of, &model, &assume, ctx.today,
            )?
        }
        "ideal" => {
            let fit = store.ideal_fit(None)?;
            let mut spec = comity::ideal::MotionSpec::on(as_of);
            spec.candidate = Some(cand.id.clone());
            spec.side = comity::ideal::Side::For;
            let model =
                comity::ideal::IdealStanceModel::new(&store, &ledger, &fit, spec, ctx.today)?;
            let sim = rules::simulate(
                &ledger, &a.body, &cand.id, as_of, &model, &assume, ctx.today,
            )?;
            return print_simulation(
                ctx,
                &sim,
                &[format!(
                    "ideal points: fit {} ({})",
                    fit.info.id, model.item_source
                )],
            );
        }
        m => return Err(UsageError(format!("--model {m:?}: expected ledger or ideal")).into()),
    };
    print_simulation(ctx, &sim, &a.fit_on)
}

pub fn print_simulation(ctx: &Ctx, sim: &Simulation, fitted_on: &[String]) -> Result<()> {
    match ctx.format {
        Format::Json => print_json(&simulation_json(sim, fitted_on)),
        Format::Csv => {
            let mut w = csv_out();
            w.write_record([
                "body",
                "actor",
                "yes",
                "no",
                "abstain",
                "absent",
                "assumed",
                "category",
                "veto_holder",
            ])?;
            for st in &sim.stages {
                for v in &st.voters {
                    w.write_record([
                        st.body.id.clone(),
                        v.actor.clone(),
                        format!("{:.4}", v.stance.yes),
                        format!("{:.4}", v.stance.no),
                        format!("{:.4}", v.stance.abstain),
                        format!("{:.4}", v.stance.absent),
                        v.assumed.to_string(),
                        v.category.clone(),
                        v.veto_holder.to_string(),
                    ])?;
                }
            }
            w.flush()?;
            Ok(())
        }
        Format::Table => {
            println!(
                "Simulated admission of {} by {} as of {}",
                sim.candidate, sim.procedure, sim.as_of
            );
            if !fitted_on.is_empty() {
                println!(
                    "{}",
                    wrap(
                        &format!("stance model fitted on: {}", fitted_on.join(", ")),
                        0
                    )
                );
            }
            for st in &sim.stages {
                let e = &st.probability.expected;
                println!();
                println!("{} — {}", st.body.id, st.body.name);
                println!(
                    "{}",
                    wrap(
                        &format!(
                            "rule: {}{}",
                            describe(&st.rule.rule),
                            if st.rule.verified {
                                ""
                            } else {
                                " [rule text not verified]"
                            }
                        ),
                        2
                    )
                );
                println!(
                    "  roster: {} members{}",
                    st.members,
                    if st.unknown_seats > 0 {
                        format!(
                            " ({} elected seats unknown to the ledger)",
                            st.unknown_seats
                        )
                    } else {
                        String::new()
                    }
                );
                println!(
                    "  expected: {:.1} yes, {:.1} no, {:.1} abstain, {:.1} absent",
                    e.yes, e.no, e.abstain, e.absent
                );
                println!(
                    "  P(pass) = {:.4}; P(vetoed) = {:.4}",
                    st.probability.pass, st.probability.vetoed
                );
                for v in st
                    .voters
                    .iter()
                    .filter(|v| v.veto_holder && v.stance.no > 0.5)
                {
                    println!(
                        "{}",
                        wrap(
                            &format!(
                                "veto likely from {} (P(no) = {:.2}; {}; claims: {})",
                                v.actor,
                                v.stance.no,
                                v.category,
                                if v.claims.is_empty() {
                                    "none".to_string()
                                } else {
                                    v.claims.join(", ")
                                }
                            ),
                            2
                        )
                    );
                }
                let vetoers: Vec<&str> = st
                    .needed
                    .to_pass
                    .as_ref()
                    .map(|c| c.vetoes_to_turn.iter().map(String::as_str).collect())
                    .unwrap_or_default();
                if !st.needed.passes_now {
                    if vetoers.is_empty() {
                        println!("  verdict with each voter's most likely ballot: rejected");
                    } else {
                        println!("  verdict with each voter's most likely ballot: BLOCKED by the veto of {}", vetoers.join(", "));
                    }
                }
                match (&st.needed.to_pass, st.needed.passes_now) {
                    (_, true) => println!("  verdict with each voter's most likely ballot: passes"),
                    (Some(c), false) => {
                        let mut parts = Vec::new();
                        if !c.vetoes_to_turn.is_empty() {
                            parts.push(format!(
                                "vetoes of {} must turn",
                                c.vetoes_to_turn.join(", ")
                            ));
                        }
                        if c.no_to_yes + c.abstain_to_yes + c.absent_to_yes > 0 {
                            parts.push(format!(
                                "{} no→yes, {} abstain→yes, {} absent→yes",
                                c.no_to_yes, c.abstain_to_yes, c.absent_to_yes
                            ));
                        }
                        println!(
                            "{}",
                            wrap(
                                &format!(
                                    "votes needed (from the most likely ballots): {}",
                                    parts.join("; ")
                                ),
                                2
                            )
                        );
                    }
                    (None, false) => println!("  no change of ballots can pass it"),
                }
            }
            for (body, why) in &sim.skipped {
                println!();
                println!("{}", wrap(&format!("{body}: {why}"), 0));
            }
            println!();
            println!(
                "{}",
                wrap(
                    &format!(
                        "P(every simulated stage passes) = {:.4} (stages treated as independent{})",
                        sim.pass,
                        if sim.skipped.is_empty() {
                            ""
                        } else {
                            "; skipped stages not included"
                        }
                    ),
                    0
                )
            );
            Ok(())
        }
    }
}

pub fn model(ctx: &Ctx, a: &ModelArgs) -> Result<()> {
    let store = ctx.store()?;
    let ledger = store.ledger()?;
    let fit: Vec<&str> = a.fit_on.iter().map(String::as_str).collect();
    let val: Vec<&str> = a.validate_on.iter().map(String::as_str).collect();
    let r = rules::fit_and_validate(&ledger, &fit, &val, ctx.today)?;
    let stances: Value = r
        .model
        .stances
        .iter()
        .map(|(k, s)| {
            (
                k.clone(),
                json!({"yes": s.yes, "no": s.no, "abstain": s.abstain, "absent": s.absent}),
            )
        })
        .collect::<serde_json::Map<_, _>>()
        .into();
    let Some(validation) = &r.validation else {
        return Err(
            UsageError("comity model: give at least one vote to --validate-on".into()).into(),
        );
    };
    let votes: Vec<Value> = validation
        .votes
        .iter()
        .map(|v| {
            json!({
                "id": v.id,
                "expected": {"yes": v.expected.yes, "no": v.expected.no, "abstain": v.expected.abstain, "absent": v.expected.absent},
                "observed": {"yes": v.observed.yes, "no": v.observed.no, "abstain": v.observed.abstain + v.observed.invalid, "absent": v.observed.absent},
                "abs_error": v.abs_error,
                "p_recorded_outcome": v.p_recorded_outcome,
            })
        })
        .collect();
    match ctx.format {
        Format::Json => print_json(&json!({
            "fitted_on": r.model.fitted_on,
            "identified": r.model.identified,
            "stances": stances,
            "validation": votes,
            "mean_abs_error": validation.mean_abs_error,
            "log_score": validation.log_score,
        })),
        Format::Csv => print_flat_csv(&votes),
        Format::Table => {
            println!(
                "ledger stance model fitted on: {}",
                r.model.fitted_on.join(", ")
            );
            if !r.model.identified {
                println!("{}", wrap("warning: these votes cannot separate every category; the ridge pulls unidentified stances toward equal probabilities", 0));
            }
            for (k, s) in &r.model.stances {
                println!(
                    "  {k:<20} yes {:.3}  no {:.3}  abstain {:.3}  absent {:.3}",
                    s.yes, s.no, s.abstain, s.absent
                );
            }
            println!("validated on: {}", a.validate_on.join(", "));
            for v in &validation.votes {
                let o = &v.observed;
                println!(
                    "  {:<22} expected {:.1}–{:.1}–{:.1} ({:.1} absent); recorded {}–{}–{} ({} absent); P(recorded outcome) {:.3}",
                    v.id, v.expected.yes, v.expected.no, v.expected.abstain, v.expected.absent, o.yes, o.no, o.abstain + o.invalid, o.absent, v.p_recorded_outcome
                );
            }
            Ok(())
        }
    }
}
