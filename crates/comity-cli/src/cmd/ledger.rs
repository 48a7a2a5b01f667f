//! `comity status`, `comity recognitions`, `comity timeline`.

use anyhow::Result;
use comity::{CountEntry, Decision, Ledger, PairStatus, Policy};
use serde_json::{json, Value};

use super::Ctx;
use crate::cli::{Format, RecognitionsArgs, StatusArgs, TimelineArgs};
use crate::output::{cite, claim_json, csv_out, id_list, print_json, wrap};

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

fn actor_json(ledger: &Ledger, id: &str) -> Value {
    json!({"id": id, "name": ledger.actor(id).map(|a| a.name.clone())})
}

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

pub fn status(ctx: &Ctx, a: &StatusArgs) -> Result<()> {
    let store = ctx.store()?;
    let ledger = store.ledger()?;
    let x = ledger.resolve(&a.a)?;
    let y = ledger.resolve(&a.b)?;
    let as_of = comity::parse_as_of(&a.as_of, ctx.today)?;
    let s = ledger.status(&x.id, &y.id, as_of, ctx.today);
    match ctx.format {
        Format::Json => print_json(&status_json(&ledger, &s)),
        Format::Csv => {
            let mut w = csv_out();
            w.write_record([
                "subject", "object", "as_of", "part", "status", "certain", "claim", "role", "date",
                "claimant", "negated", "sources",
            ])?;
            let parts = [
                (
                    "recognition",
                    s.recognition.status.as_str(),
                    s.recognition.certain,
                    &s.recognition.claims,
                ),
                (
                    "relations",
                    s.relations.status.as_str(),
                    s.relations.certain,
                    &s.relations.claims,
                ),
            ];
            for (part, st, certain, claims) in parts {
                let base = [
                    s.subject.clone(),
                    s.object.clone(),
                    as_of.to_string(),
                    part.into(),
                    st.into(),
                    certain.to_string(),
                ];
                if claims.is_empty() {
                    let mut row: Vec<String> = base.to_vec();
                    row.extend(std::iter::repeat_n(String::new(), 6));
                    w.write_record(&row)?;
                }
                for d in claims.iter() {
                    let mut row: Vec<String> = base.to_vec();
                    row.extend([
                        d.claim.id.clone(),
                        serde_json::to_value(d.role)?
                            .as_str()
                            .unwrap_or("")
                            .to_string(),
                        d.claim.date.to_string(),
                        d.claim.claimant.clone(),
                        d.claim.negated.to_string(),
                        cite(&ledger, d.claim).join(" ; "),
                    ]);
                    w.write_record(&row)?;
                }
            }
            w.flush()?;
            Ok(())
        }
        Format::Table => {
            println!(
                "{} ({}) -> {} ({}) as of {}",
                x.id, x.name, y.id, y.name, as_of
            );
            let r = &s.recognition;
            println!(
                "recognition: {}{}",
                r.status.as_str(),
                if r.certain {
                    ""
                } else {
                    " (UNCERTAIN on this date)"
                }
            );
            println!("{}", wrap(&r.reason, 2));
            let rel = &s.relations;
            println!(
                "relations:   {}{}",
                rel.status.as_str(),
                if rel.certain { "" } else { " (uncertain)" }
            );
            println!("{}", wrap(&rel.reason, 2));
            let all: Vec<&Decision<'_>> = r.claims.iter().chain(rel.claims.iter()).collect();
            if !all.is_empty() {
                println!("claims:");
            }
            for d in all {
                print_decision(&ledger, d);
            }
            Ok(())
        }
    }
}

fn print_decision(ledger: &Ledger, d: &Decision<'_>) {
    let c = d.claim;
    let date = if c.date.is_unknown() {
        "(undated)".to_string()
    } else {
        c.date.to_string()
    };
    let role = serde_json::to_value(d.role)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    let head = format!(
        "{date:<10}  {role:<14} {} {}{} {}  [by {}]",
        c.subject,
        if c.negated { "DENIES " } else { "" },
        c.predicate,
        c.object,
        c.claimant
    );
    println!("{}", wrap(&head, 2));
    println!("{}", wrap(&format!("{} · {}", c.id, c.note), 14));
    for line in cite(ledger, c) {
        println!("{}", wrap(&line, 14));
    }
}

fn entry_json(ledger: &Ledger, e: &CountEntry<'_>, policy: Policy) -> Value {
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

pub fn recognitions(ctx: &Ctx, a: &RecognitionsArgs) -> Result<()> {
    let store = ctx.store()?;
    let ledger = store.ledger()?;
    let b = ledger.resolve(&a.b)?;
    let as_of = comity::parse_as_of(&a.as_of, ctx.today)?;
    let policy: Policy = a.policy.parse()?;
    let r = ledger.recognitions(&b.id, as_of, a.among.as_deref(), policy, ctx.today)?;
    let counts = r.counts();
    let ids = |v: &[CountEntry<'_>]| v.iter().map(|e| e.actor.id.clone()).collect::<Vec<_>>();
    match ctx.format {
        Format::Json => {
            let list = |v: &[CountEntry<'_>]| {
                v.iter()
                    .map(|e| entry_json(&ledger, e, policy))
                    .collect::<Vec<_>>()
            };
            print_json(&json!({
                "object": actor_json(&ledger, &b.id),
                "as_of": as_of.to_string(),
                "among": r.among,
                "policy": policy.as_str(),
                "policy_description": policy.describe(),
                "recognising": list(&r.recognising),
                "not_recognising": list(&r.not_recognising),
                "disputed": list(&r.disputed),
                "uncertain": list(&r.uncertain),
                "not_counted": r.not_counted.iter().map(|a| a.id.clone()).collect::<Vec<_>>(),
                "counts": counts,
            }))
        }
        Format::Csv => {
            let mut w = csv_out();
            w.write_record([
                "actor",
                "name",
                "counted_as",
                "status",
                "certain",
                "since",
                "disputed",
                "policy",
                "as_of",
                "among",
            ])?;
            let disputed = ids(&r.disputed);
            for (bucket, v) in [
                ("recognising", &r.recognising),
                ("not-recognising", &r.not_recognising),
                ("uncertain", &r.uncertain),
            ] {
                for e in v.iter() {
                    let st = &e.status.recognition;
                    w.write_record([
                        e.actor.id.as_str(),
                        e.actor.name.as_str(),
                        bucket,
                        st.status.as_str(),
                        &st.certain.to_string(),
                        &st.since.map(|d| d.to_string()).unwrap_or_default(),
                        &disputed.contains(&e.actor.id).to_string(),
                        policy.as_str(),
                        &as_of.to_string(),
                        &r.among,
                    ])?;
                }
            }
            w.flush()?;
            Ok(())
        }
        Format::Table => {
            println!(
                "Recognition of {} ({}) among {} as of {}",
                b.id, b.name, r.among, as_of
            );
            println!(
                "{}",
                wrap(
                    &format!("policy {}: {}", policy.as_str(), policy.describe()),
                    0
                )
            );
            println!();
            println!("recognising ({}):", counts.recognising);
            println!("{}", id_list(&ids(&r.recognising), 2));
            println!("not recognising ({}):", counts.not_recognising);
            println!("{}", id_list(&ids(&r.not_recognising), 2));
            println!(
                "disputed withdrawals ({}), counted as the policy says:",
                counts.disputed
            );
            if r.disputed.is_empty() {
                println!("  (none)");
            }
            for e in &r.disputed {
                let st = &e.status.recognition;
                let counted = if policy.counts_as_recognising(&e.status) {
                    "recognising"
                } else {
                    "not recognising"
                };
                let line = format!(
                    "{} {} — counted {counted}; withdrawal claimed by {}{}{}",
                    e.actor.id,
                    st.status.as_str(),
                    st.withdrawal_claimed_by.join(", "),
                    if st.denied_by.is_empty() {
                        String::new()
                    } else {
                        format!("; denied by {}", st.denied_by.join(", "))
                    },
                    if st.confirmed_by_state {
                        "; confirmed by the state"
                    } else {
                        ""
                    },
                );
                println!("{}", wrap(&line, 2));
            }
            if !r.uncertain.is_empty() {
                println!(
                    "uncertain on this date ({}), in neither total:",
                    counts.uncertain
                );
                for e in &r.uncertain {
                    println!(
                        "{}",
                        wrap(
                            &format!("{}: {}", e.actor.id, e.status.recognition.reason),
                            2
                        )
                    );
                }
            }
            println!();
            println!(
                "{}",
                wrap(
                    &format!(
                        "total (policy {}): {} recognising, {} not recognising, {} uncertain, of {} members{}",
                        policy.as_str(),
                        counts.recognising,
                        counts.not_recognising,
                        counts.uncertain,
                        counts.total,
                        if r.not_counted.is_empty() {
                            String::new()
                        } else {
                            format!(
                                " (not counted, not states: {})",
                                r.not_counted.iter().map(|a| a.id.as_str()).collect::<Vec<_>>().join(", ")
                            )
                        }
                    ),
                    0
                )
            );
            let others: Vec<String> = Policy::ALL
                .into_iter()
                .filter(|p| *p != policy)
                .map(|p| {
                    let n = r
                        .recognising
                        .iter()
                        .chain(r.not_recognising.iter())
                        .filter(|e| p.counts_as_recognising(&e.status))
                        .count();
                    format!("{} {n}", p.as_str())
                })
                .collect();
            println!(
                "{}",
                wrap(
                    &format!(
                        "recognising under the other policies: {}",
                        others.join(", ")
                    ),
                    0
                )
            );
            Ok(())
        }
    }
}

pub fn timeline(ctx: &Ctx, a: &TimelineArgs) -> Result<()> {
    let store = ctx.store()?;
    let ledger = store.ledger()?;
    let x = ledger.resolve(&a.a)?;
    let y = a.b.as_deref().map(|b| ledger.resolve(b)).transpose()?;
    let claims = ledger.timeline(&x.id, y.map(|y| y.id.as_str()));
    match ctx.format {
        Format::Json => print_json(&json!({
            "actor": actor_json(&ledger, &x.id),
            "other": y.map(|y| actor_json(&ledger, &y.id)),
            "claims": claims.iter().map(|c| claim_json(&ledger, c)).collect::<Vec<_>>(),
        })),
        Format::Csv => {
            let mut w = csv_out();
            w.write_record([
                "date",
                "precision",
                "id",
                "subject",
                "predicate",
                "object",
                "claimant",
                "negated",
                "status",
                "sources",
            ])?;
            for c in &claims {
                w.write_record([
                    c.date.to_string(),
                    c.date.precision().as_str().to_string(),
                    c.id.clone(),
                    c.subject.clone(),
                    c.predicate.to_string(),
                    c.object.clone(),
                    c.claimant.clone(),
                    c.negated.to_string(),
                    c.status.as_str().to_string(),
                    cite(&ledger, c).join(" ; "),
                ])?;
            }
            w.flush()?;
            Ok(())
        }
        Format::Table => {
            match y {
                Some(y) => println!(
                    "Timeline of {} and {} ({} claims)",
                    x.id,
                    y.id,
                    claims.len()
                ),
                None => println!(
                    "Timeline of {} ({}) ({} claims)",
                    x.id,
                    x.name,
                    claims.len()
                ),
            }
            for c in claims {
                let date = if c.date.is_unknown() {
                    "(undated)".to_string()
                } else {
                    c.date.to_string()
                };
                let head = format!(
                    "{date:<10}  {} {}{} {}  [by {}; {}]",
                    c.subject,
                    if c.negated { "DENIES " } else { "" },
                    c.predicate,
                    c.object,
                    c.claimant,
                    c.status.as_str()
                );
                println!("{}", wrap(&head, 0));
                if !c.note.is_empty() {
                    println!("{}", wrap(&c.note, 12));
                }
                for line in cite(&ledger, c) {
                    println!("{}", wrap(&line, 12));
                }
            }
            Ok(())
        }
    }
}
