//! `comity bodies`, `comity replay`, `comity simulate`, `comity model`.

use anyhow::Result;
use comity::rules::{self, Simulation};
use comity_rules::{Rule, VetoOutcome};
use serde_json::{json, Value};

use super::{Ctx, UsageError};
use crate::cli::{Format, ModelArgs, ReplayArgs, SimulateArgs};
use crate::output::{csv_out, print_flat_csv, print_json, wrap};

/// Table width: every line these commands print fits it.
const WIDTH: usize = 80;

/// Pushes one formatted line (it may hold several) onto `o`.
macro_rules! p {
    ($o:ident, $($t:tt)*) => {
        $o.push(format!($($t)*))
    };
}

/// Prints `lines` within [`WIDTH`] columns: a longer line is wrapped at spaces (continuation
/// lines keep its indent), and a single word still too long (a URL) is cut with `…` (the
/// JSON output has it whole).
fn emit(lines: &[String]) {
    for text in lines {
        for line in text.split('\n') {
            for l in fit(line) {
                println!("{l}");
            }
        }
    }
}

fn fit(line: &str) -> Vec<String> {
    if line.chars().count() <= WIDTH {
        return vec![line.to_string()];
    }
    let indent = line.chars().take_while(|c| *c == ' ').count();
    let mut out: Vec<String> = Vec::new();
    for l in wrap(line.trim_start(), indent).lines() {
        if l.chars().count() <= WIDTH {
            out.push(l.to_string());
            continue;
        }
        // A word longer than the width: keep a short label before it on its line
        // ("source: https://…"), then cut (kept for text that `wrap` leaves too wide).
        let joined = match out.last() {
            Some(prev) if prev.chars().count() < 20 => {
                let prev = out.pop().unwrap_or_default();
                format!("{prev} {}", l.trim_start())
            }
            _ => l.to_string(),
        };
        let mut cut: String = joined.chars().take(WIDTH - 1).collect();
        cut.push('…');
        out.push(cut);
    }
    out
}

/// "at least 2/3 of present-and-voting; veto: p5" (the library's words for a rule).
pub fn describe(rule: &Rule) -> String {
    comity::json::rule_text(rule)
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
            let mut o = Vec::new();
            for b in &catalog.bodies {
                p!(o, "{}  {}", b.id, b.name);
                for (k, r) in &b.rules {
                    let v = if r.verified {
                        ""
                    } else {
                        " [rule text not verified]"
                    };
                    p!(o, "{}", wrap(&format!("{k}: {}{v}", describe(&r.rule)), 2));
                    // The rule's sources, as the JSON and CSV give them (review 9: the table
                    // printed none).
                    for src in &r.sources {
                        p!(o, "{}", wrap(&format!("source: {src}"), 4));
                    }
                }
            }
            p!(o, "");
            p!(o, "procedures:");
            for p in &catalog.procedures {
                let stages: Vec<String> = p
                    .stages
                    .iter()
                    .map(|s| format!("{}:{}", s.body, s.rule))
                    .collect();
                p!(
                    o,
                    "{}",
                    wrap(&format!("{}  {}", p.id, stages.join(" -> ")), 2)
                );
            }
            emit(&o);
            Ok(())
        }
    }
}

pub fn replay(ctx: &Ctx, a: &ReplayArgs) -> Result<()> {
    let Some(id) = &a.vote else {
        let mut o = Vec::new();
        for v in rules::shipped_votes()? {
            p!(
                o,
                "{:<26} {:<10} {:<13} {}–{}–{}",
                v.id,
                v.date,
                v.body,
                v.yes,
                v.no,
                v.abstain.map_or("?".into(), |x| x.to_string())
            );
        }
        emit(&o);
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
    let applies_unverified = comity::json::replay_rule_unverified(&r);
    let value = || comity::json::replay(&r);
    match ctx.format {
        Format::Json => print_json(&value()),
        Format::Csv => print_flat_csv(&[value()]),
        Format::Table => {
            let mut o = Vec::new();
            p!(
                o,
                "{}",
                wrap(&format!("{} — {} ({})", v.id, v.motion, v.date), 0)
            );
            p!(
                o,
                "tally: {}–{}–{} (yes–no–abstain){}{}",
                v.yes,
                v.no,
                v.abstain.map_or("?".into(), |x| x.to_string()),
                v.absent.map_or(String::new(), |x| format!(", {x} absent")),
                v.invalid
                    .map_or(String::new(), |x| format!(", {x} invalid")),
            );
            p!(
                o,
                "{}",
                wrap(
                    &format!(
                        "rule ({} {}): {}{}",
                        v.body,
                        v.rule,
                        describe(&r.rule.rule),
                        match (r.rule.verified, applies_unverified) {
                            (true, false) => "",
                            (false, _) => " [rule text not verified]",
                            (true, true) => {
                                " [that this rule governed this vote is not verified: the outcome and margin assume it; see the note]"
                            }
                        }
                    ),
                    0
                )
            );
            if !v.rule_applies {
                p!(
                    o,
                    "the sources do not say which rule governed this vote: the {} rule is \
                     shown for reference, not as the rule that applied",
                    v.rule
                );
            }
            if let Some(b) = binding {
                p!(o, "base {}, threshold {} yes", b.base, b.needed);
            }
            // The rule's caveats (review 9: UEFA 2016's base and threshold are disputed — 52
            // and 27, or 54 and 28 per an Albanian report — and only the rule's note said so).
            if let Some(n) = &r.rule.note {
                p!(o, "{}", wrap(&format!("rule note: {n}"), 0));
            }
            if let Some(m) = r.members_from_ledger {
                p!(o, "members entitled to vote: {m} (not in the record: from the ledger's roster on that date)");
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
            match &veto {
                Some(a) => p!(
                    o,
                    "outcome: {verdict}, vetoed by {} (the other conditions: {by})",
                    a.join(", ")
                ),
                None => p!(o, "outcome: {verdict}, {by}"),
            }
            if let Some(c) = r.needed.as_ref().and_then(|n| n.to_pass.as_ref()) {
                let mut parts = Vec::new();
                if !c.vetoes_to_turn.is_empty() {
                    parts.push(format!(
                        "the veto of {} must turn (to yes or an abstention)",
                        c.vetoes_to_turn.join(", ")
                    ));
                }
                if c.no_to_yes + c.abstain_to_yes + c.absent_to_yes > 0 || parts.is_empty() {
                    parts.push(format!(
                        "{} no→yes, {} abstain→yes, {} absent→yes",
                        c.no_to_yes, c.abstain_to_yes, c.absent_to_yes
                    ));
                }
                p!(o, "smallest change to pass: {}", parts.join("; "));
            }
            if let Some(t) = &v.outcome_text {
                p!(
                    o,
                    "recorded: {t}{}",
                    match r.agrees {
                        Some(true) => " (agrees)",
                        Some(false) => " (DISAGREES with the rule's verdict)",
                        None => "",
                    }
                );
            }
            for f in &v.flags {
                p!(o, "flag: {f}");
            }
            if let Some(n) = &v.note {
                p!(o, "{}", wrap(&format!("note: {n}"), 0));
            }
            for s in &v.sources {
                p!(o, "source: {s}");
            }
            emit(&o);
            Ok(())
        }
    }
}

pub fn simulate(ctx: &Ctx, a: &SimulateArgs) -> Result<()> {
    let store = ctx.store()?;
    let ledger = store.ledger()?;
    let cand = ledger.resolve(&a.candidate)?;
    let as_of = super::ledger::as_of(ctx, &a.as_of)?;
    let mut assume = Vec::new();
    if let Some(text) = &a.assume {
        for (name, ballot) in comity_rules::parse_assumptions(text)? {
            assume.push((ledger.resolve(&name)?.id.clone(), ballot));
        }
    }
    let model = match a.model.as_str() {
        "ledger" => rules::SimulationModel::Ledger(&a.fit_on),
        "ideal" => rules::SimulationModel::Ideal(&store),
        m => return Err(UsageError(format!("--model {m:?}: expected ledger or ideal")).into()),
    };
    let (sim, fitted) =
        rules::simulate_with(&ledger, &a.body, &cand.id, as_of, model, &assume, ctx.today)?;
    print_simulation(ctx, &sim, &fitted)
}

pub fn print_simulation(ctx: &Ctx, sim: &Simulation, fitted_on: &[String]) -> Result<()> {
    // A what-if for a day after today uses today's rosters and statuses: said in every format
    // (review 14).
    let future = comity::notes::after_today(sim.as_of, ctx.today);
    match ctx.format {
        Format::Json => print_json(&comity::json::simulation(sim, fitted_on, ctx.today)),
        Format::Csv => {
            // Per-voter rows, as before; the stage's and the procedure's P(pass) are columns
            // repeated on each row (review 17: a spreadsheet had no P(pass)), and the notes of
            // the JSON document go to stderr, each "note: …" (a `#` line is not CSV).
            let doc = comity::json::simulation(sim, fitted_on, ctx.today);
            for n in doc["notes"].as_array().into_iter().flatten() {
                eprintln!("note: {}", n.as_str().unwrap_or_default());
            }
            let pass = |p: Option<f64>| p.map(|p| format!("{p:.4}")).unwrap_or_default();
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
                "stage_pass",
                "procedure_pass",
            ])?;
            for st in &sim.stages {
                let stage_pass = pass(st.unanswerable.is_none().then_some(st.probability.pass));
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
                        stage_pass.clone(),
                        pass(sim.pass),
                    ])?;
                }
            }
            w.flush()?;
            Ok(())
        }
        Format::Table => {
            let mut o = Vec::new();
            print_simulation_table(&mut o, sim, fitted_on);
            if let Some(n) = future {
                o.insert(1.min(o.len()), format!("note: {n}"));
            }
            emit(&o);
            Ok(())
        }
    }
}

fn print_simulation_table(o: &mut Vec<String>, sim: &Simulation, fitted_on: &[String]) {
    p!(
        o,
        "Simulated admission of {} by {} as of {}",
        sim.candidate,
        sim.procedure,
        sim.as_of
    );
    if !fitted_on.is_empty() {
        p!(o, "stance model fitted on: {}", fitted_on.join(", "));
        // A what-if for a past day fitted on votes held on or after it (the vote itself, or
        // later ones) uses what was learnt then.
        let later: Vec<String> = comity::json::fitted_later(fitted_on, sim.as_of)
            .into_iter()
            .map(|(id, date)| format!("{id} ({date})"))
            .collect();
        for n in comity::json::fit_candidate_notes(fitted_on, &sim.candidate) {
            p!(o, "{}", wrap(&format!("warning: {n}"), 0));
        }
        if !later.is_empty() {
            p!(
                o,
                "{}",
                wrap(
                    &format!(
                        "note: {} held on or after {}: this what-if uses what was learnt \
                         then (choose earlier votes with --fit-on)",
                        later.join(", "),
                        sim.as_of
                    ),
                    0
                )
            );
        }
    }
    for st in &sim.stages {
        if let Some(m) = &st.candidate_member {
            p!(
                o,
                "warning: {} is {} a member of {} on {} (group {} since {} in the ledger's \
                 memberships): its admission is moot{}",
                sim.candidate,
                if m.certain {
                    "already"
                } else {
                    "possibly already"
                },
                st.body.id,
                sim.as_of,
                m.group,
                m.since,
                if m.certain {
                    ""
                } else {
                    " if it was one (the membership's date does not settle it)"
                }
            );
        } else if st.undated_members > 0 {
            p!(
                o,
                "{}",
                wrap(
                    &format!(
                        "note: whether {} was a member of {} on {} is not recorded: the \
                         membership list has {} rows without a join date, so it does not \
                         say who was a member before",
                        sim.candidate, st.body.id, sim.as_of, st.undated_members
                    ),
                    0
                )
            );
        }
    }
    for st in &sim.stages {
        let e = &st.probability.expected;
        p!(o, "");
        p!(o, "{} — {}", st.body.id, st.body.name);
        p!(
            o,
            "  rule: {}{}",
            describe(&st.rule.rule),
            if st.rule.verified {
                ""
            } else {
                " [rule text not verified]"
            }
        );
        p!(
            o,
            "  roster: {} members{}{}",
            st.members,
            if st.candidate_member.is_some() {
                format!(
                    " ({}, the candidate, left out: an entity does not vote on its own \
                     admission)",
                    sim.candidate
                )
            } else {
                String::new()
            },
            if st.unknown_seats > 0 {
                format!(
                    " ({} seats unknown to the ledger: their stances are the average of \
                     the categories)",
                    st.unknown_seats
                )
            } else {
                String::new()
            }
        );
        // A roster that is only a size (no ledger group) holds on one day (review 22: the AU's
        // 54 members of 2017-01-30, before Morocco's readmission, given for 2026 without a word).
        if st.body.roster.groups.is_empty() {
            if let Some(d) = &st.body.roster.size_as_of {
                p!(
                    o,
                    "{}",
                    wrap(
                        &format!(
                            "  roster size as of {d} (data/bodies.toml; the ledger holds no roster of this body): on {} it may differ",
                            sim.as_of
                        ),
                        2
                    )
                );
            }
        }
        if !st.seated_by_assumption.is_empty() {
            p!(
                o,
                "{}",
                wrap(
                    &format!(
                        "  seated by assumption in seats the ledger cannot fill: {} (your --assume, not a recorded membership)",
                        st.seated_by_assumption.join(", ")
                    ),
                    2
                )
            );
        }
        // The body's note (review 19: UNESCO's "members without voting rights (arrears) are
        // not known to the roster" was in the JSON, the CSV's stderr and the page, not here).
        if let Some(n) = st.body.note.as_deref().filter(|n| !n.trim().is_empty()) {
            p!(o, "{}", wrap(&format!("  note: {n}"), 2));
        }
        if st.undated_members > 0 {
            p!(
                o,
                "{}",
                wrap(
                    &format!(
                        "{} of them with no join date in the data: assumed members on {} \
                         (those that did not exist then are left out)",
                        st.undated_members, sim.as_of
                    ),
                    4
                )
            );
        }
        let assumed: Vec<String> = st
            .voters
            .iter()
            .filter(|v| v.assumed)
            .map(|v| format!("{}={}", v.actor, comity::json::assumed_ballot(&v.stance)))
            .collect();
        if !assumed.is_empty() {
            p!(
                o,
                "{}",
                wrap(
                    &format!("assumed (--assume, not data): {}", assumed.join(", ")),
                    2
                )
            );
        }
        let unrecorded: Vec<&str> = st
            .voters
            .iter()
            .filter(|v| v.basis() == "not-recorded")
            .map(|v| v.actor.as_str())
            .collect();
        if !unrecorded.is_empty() {
            p!(
                o,
                "{}",
                wrap(
                    &format!(
                        "no claim on {}: {} of the voters (modelled without a position: the \
                         average of the categories that rest on claims, unless the fitting votes \
                         identify a stance of their own): {}",
                        sim.candidate,
                        unrecorded.len(),
                        if unrecorded.len() > 12 {
                            format!("{} …", unrecorded[..12].join(", "))
                        } else {
                            unrecorded.join(", ")
                        }
                    ),
                    2
                )
            );
        }
        for v in st.voters.iter().filter(|v| v.stated_position) {
            p!(
                o,
                "  veto assumed from {}: its stated position is not to recognise {} \
                 (claims: {}), read by the model as a certain no (a position on recognition, \
                 not a stated veto); override with --assume {}=yes",
                v.actor,
                sim.candidate,
                v.claims.join(", "),
                v.actor
            );
        }
        for v in st
            .voters
            .iter()
            .filter(|v| v.veto_holder && !v.stated_position && v.stance.no > 0.5)
        {
            p!(
                o,
                "  veto likely from {} (P(no) = {:.2}; {}; claims: {})",
                v.actor,
                v.stance.no,
                v.category,
                if v.claims.is_empty() {
                    "none".to_string()
                } else {
                    v.claims.join(", ")
                }
            );
        }
        if let Some(why) = &st.unanswerable {
            p!(o, "  cannot answer: {why}");
            continue;
        }
        if let Some(a) = &st.attendance {
            p!(
                o,
                "  absence: {:.1} % a member, from {}'s recorded votes ({}: {} of {} seats \
                 did not vote; (absent + 1/2) / (seats + 1), a Jeffreys prior, so that no \
                 absence is not read as a certainty), in place of the model's own",
                100.0 * a.rate(),
                st.body.id,
                a.votes.join(", "),
                a.absent,
                a.seats
            );
        }
        p!(
            o,
            "  expected: {:.1} yes, {:.1} no, {:.1} abstain, {:.1} absent",
            e.yes,
            e.no,
            e.abstain,
            e.absent
        );
        p!(
            o,
            "  P(pass) = {:.4}; P(vetoed) = {:.4}",
            st.probability.pass,
            st.probability.vetoed
        );
        let p = st.probability.pass;
        let verdict = if p >= 0.5 {
            "more likely to pass than not"
        } else {
            "more likely to be rejected than not"
        };
        p!(o, "  verdict: {verdict} (P(pass) = {p:.4})");
        // The most-likely-ballot scenario: each voter's single most probable ballot. It is
        // one outcome among many, so it is shown only as what it is.
        match (&st.needed.to_pass, st.needed.passes_now) {
            (_, true) if p < 0.5 => p!(
                o,
                "  each voter's most likely ballot alone would pass it, but those ballots \
                 are unlikely to come together: P(pass) = {p:.4} is the answer"
            ),
            (_, true) => {}
            (Some(c), false) => {
                let mut parts = Vec::new();
                if !c.vetoes_to_turn.is_empty() {
                    // Say which vetoes rest on a stated position, which on other claims, and
                    // which on no claim at all (absence modelled as a stance, never a "no").
                    let (mut assumed, mut stated, mut claimed, mut inferred, mut modelled) =
                        (vec![], vec![], vec![], vec![], vec![]);
                    for a in &c.vetoes_to_turn {
                        let v = st.voters.iter().find(|v| &v.actor == a);
                        match v.map(|v| v.basis()) {
                            Some("assumed") => assumed.push(a.as_str()),
                            Some("stated-position") => stated.push(a.as_str()),
                            Some("not-recorded") => modelled.push(a.as_str()),
                            Some("inferred") => inferred.push(a.as_str()),
                            _ => claimed.push(a.as_str()),
                        }
                    }
                    let mut who = Vec::new();
                    for (ids, how) in [
                        (assumed, "assumed: --assume"),
                        (stated, "stated position"),
                        (claimed, "from the ledger's claims"),
                        (
                            inferred,
                            "inferred, not a claim about the day: e.g. absent from a complete \
                             list of recognisers, or recognising only later",
                        ),
                        (
                            modelled,
                            "no claim in the ledger: a veto modelled from the category average, \
                             not a recorded position",
                        ),
                    ] {
                        if !ids.is_empty() {
                            who.push(format!("{} ({how})", ids.join(", ")));
                        }
                    }
                    parts.push(format!(
                        "BLOCKED by the veto of {}: the vetoes must turn",
                        who.join("; ")
                    ));
                }
                if c.no_to_yes + c.abstain_to_yes + c.absent_to_yes > 0 {
                    parts.push(format!(
                        "{} no→yes, {} abstain→yes, {} absent→yes",
                        c.no_to_yes, c.abstain_to_yes, c.absent_to_yes
                    ));
                }
                p!(
                    o,
                    "  with each voter's most likely ballot: {}",
                    parts.join("; ")
                );
            }
            (None, false) => p!(o, "  no change of ballots can pass it"),
        }
    }
    for (body, why) in &sim.skipped {
        p!(o, "");
        p!(o, "{body}: {why}");
    }
    p!(o, "");
    match sim.pass {
        Some(p) => p!(
            o,
            "P(every simulated stage passes) = {p:.4} (stages treated as independent{})",
            if sim.skipped.is_empty() {
                ""
            } else {
                "; skipped stages not included"
            }
        ),
        None => p!(
            o,
            "P(every simulated stage passes): cannot answer (a stage above cannot be answered)"
        ),
    }
}

pub fn model(ctx: &Ctx, a: &ModelArgs) -> Result<()> {
    let store = ctx.store()?;
    if a.votes {
        return crate::cmd::ideal::validate_models(ctx, &store, a.threads, &a.vote);
    }
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
            let mut o = Vec::new();
            p!(
                o,
                "ledger stance model fitted on: {}",
                r.model.fitted_on.join(", ")
            );
            if !r.model.identified {
                p!(o, "{}", wrap("warning: these votes cannot separate every category: other stances fit the recorded tallies as well, so a 0 or 1 below is not evidence (a small ridge toward equal probabilities picks one solution); simulations take absence from each body's own recorded votes where it has them", 0));
            }
            for (k, s) in &r.model.stances {
                p!(
                    o,
                    "  {k:<20} yes {:.3}  no {:.3}  abstain {:.3}  absent {:.3}",
                    s.yes,
                    s.no,
                    s.abstain,
                    s.absent
                );
            }
            p!(o, "validated on: {}", a.validate_on.join(", "));
            let records = rules::shipped_votes()?;
            for v in &validation.votes {
                let ob = &v.observed;
                p!(
                    o,
                    "  {}: expected {:.1}–{:.1}–{:.1} ({:.1} absent); recorded {}–{}–{} \
                     ({} absent of the ledger's roster); P(recorded outcome) {:.3}",
                    v.id,
                    v.expected.yes,
                    v.expected.no,
                    v.expected.abstain,
                    v.expected.absent,
                    ob.yes,
                    ob.no,
                    ob.abstain + ob.invalid,
                    ob.absent,
                    v.p_recorded_outcome
                );
                let roster = ob.yes + ob.no + ob.abstain + ob.invalid + ob.absent;
                if let Some(said) = records
                    .iter()
                    .find(|r| r.id == v.id)
                    .and_then(|r| r.absent)
                    .filter(|said| *said != ob.absent)
                {
                    p!(
                        o,
                        "    absent: {} = the ledger's roster of {roster} minus the {} ballots; \
                         the record (`replay {}`) says {said} did not attend: the other {} are \
                         members the sources do not account for (e.g. without voting rights)",
                        ob.absent,
                        roster - ob.absent,
                        v.id,
                        ob.absent.saturating_sub(said)
                    );
                }
            }
            emit(&o);
            Ok(())
        }
    }
}
