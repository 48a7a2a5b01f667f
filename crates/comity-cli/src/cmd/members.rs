//! `comity members`: a group's members on a day, or an actor's memberships, each row with its
//! joined and left dates at their precision, whether membership on the day is certain, and the
//! row's source and note (review 14: memberships were never shown with their source).

use anyhow::Result;
use clap::Args;
use comity::json as cj;
use comity::{Date, Ledger, Membership, Timing};
use serde_json::{json, Value};

use super::ledger::short;
use super::{Ctx, UsageError};
use crate::cli::Format;
use crate::output::{csv_out, print_json, wrap};

/// Arguments of `comity members`.
#[derive(Debug, Args)]
pub struct MembersArgs {
    /// The group (id or name: un, eu, nato, g20, oic, coe, p5, unesco, interpol …).
    #[arg(required_unless_present = "of", conflicts_with = "of")]
    pub group: Option<String>,
    /// Instead: every membership of this actor (any name or code), in every group.
    #[arg(long, value_name = "ACTOR")]
    pub of: Option<String>,
    /// The day: YYYY-MM-DD (YYYY-MM or YYYY mean their last day), `today` or `yesterday`.
    #[arg(long, default_value = "today")]
    pub as_of: String,
}

/// A membership row on a day: `member` (certainly joined and not left), `possibly` (the joined
/// or left date, at its precision, does not settle the day), `not-yet` or `left`.
fn on_day(m: &Membership, day: jiff::civil::Date) -> &'static str {
    match m.on(day) {
        Some(Timing::Before) => "member",
        Some(_) => "possibly",
        None if m.joined.timing(day) == Timing::After => "not-yet",
        None => "left",
    }
}

fn date_text(d: Option<&Date>) -> String {
    match d {
        None => String::new(),
        Some(d) if d.is_unknown() => "(undated)".into(),
        Some(d) => d.to_string(),
    }
}

fn precision(d: Option<&Date>) -> &'static str {
    d.map_or("", |d| d.precision().as_str())
}

/// One membership row as JSON (`on_day` and `certain` for the day asked about).
fn row_json(ledger: &Ledger, m: &Membership, day: jiff::civil::Date) -> Value {
    let state = on_day(m, day);
    json!({
        "group": m.group,
        "group_name": ledger.group(&m.group).ok().map(|g| g.name.clone()),
        "actor": cj::actor_ref(ledger, &m.actor),
        "joined": m.joined,
        "joined_precision": m.joined.precision().as_str(),
        "left": m.left,
        "left_precision": m.left.map(|l| l.precision().as_str()),
        "on_day": state,
        "certain": state != "possibly",
        "source": m.source,
        "note": m.note,
    })
}

pub fn members(ctx: &Ctx, a: &MembersArgs) -> Result<()> {
    let store = ctx.store()?;
    let ledger = store.ledger()?;
    let day = super::ledger::as_of(ctx, &a.as_of)?;
    let future = comity::notes::after_today(day, ctx.today);
    // The rows to show and the title; `group` mode keeps the day's roster (a member listed
    // twice, Greece in the Council of Europe, once: its most certain row, as counts use it).
    let (title, rows, subject): (String, Vec<&Membership>, Value) = match (&a.group, &a.of) {
        (_, Some(of)) => {
            let x = ledger.resolve(of)?;
            let mut rows: Vec<&Membership> = ledger
                .dataset()
                .memberships
                .iter()
                .filter(|m| m.actor == x.id)
                .collect();
            rows.sort_by(|p, q| p.group.cmp(&q.group).then(p.joined.cmp(&q.joined)));
            (
                format!("Memberships of {} ({}), on {day}", x.id, x.name),
                rows,
                json!({"actor": cj::actor_ref(&ledger, &x.id)}),
            )
        }
        (Some(g), None) => {
            let g = ledger.group(g)?;
            let roster = ledger.roster(&g.id, day);
            (
                format!("Members of {} ({}) on {day}", g.id, g.name),
                roster.iter().map(|e| e.membership).collect(),
                json!({"group": {"id": g.id, "name": g.name, "description": g.description}}),
            )
        }
        (None, None) => {
            return Err(UsageError("comity members: give a group, or --of ACTOR".into()).into())
        }
    };
    let mut notes: Vec<String> = future.into_iter().collect();
    if a.of.is_none() && rows.is_empty() {
        notes.push(format!(
            "nobody is recorded as a member on {day}: the group or its roster did not exist \
             then, or its members then are not recorded; no answer, not \"no members\""
        ));
    }
    let unsure = rows.iter().filter(|m| on_day(m, day) == "possibly").count();
    match ctx.format {
        Format::Json => {
            let mut v = subject;
            v["as_of"] = json!(day.to_string());
            v["memberships"] = json!(rows
                .iter()
                .map(|m| row_json(&ledger, m, day))
                .collect::<Vec<_>>());
            v["not_certain"] = json!(unsure);
            v["notes"] = json!(notes);
            print_json(&v)
        }
        Format::Csv => {
            for n in &notes {
                eprintln!("note: {n}");
            }
            let mut w = csv_out();
            w.write_record([
                "group",
                "actor",
                "name",
                "joined",
                "joined_precision",
                "left",
                "left_precision",
                "as_of",
                "on_day",
                "certain",
                "source",
                "note",
            ])?;
            for m in &rows {
                let state = on_day(m, day);
                w.write_record([
                    m.group.as_str(),
                    m.actor.as_str(),
                    ledger.actor(&m.actor).map_or("", |x| x.name.as_str()),
                    &date_text(Some(&m.joined)),
                    precision(Some(&m.joined)),
                    &date_text(m.left.as_ref()),
                    precision(m.left.as_ref()),
                    &day.to_string(),
                    state,
                    &(state != "possibly").to_string(),
                    &m.source,
                    &m.note,
                ])?;
            }
            w.flush()?;
            Ok(())
        }
        Format::Table => {
            println!("{}", wrap(&title, 0));
            for n in &notes {
                println!("{}", wrap(&format!("note: {n}"), 0));
            }
            let by_group = a.of.is_some();
            println!(
                "{:<9} {:<24} {:<10} {:<10} on the day",
                if by_group { "group" } else { "id" },
                if by_group { "group name" } else { "name" },
                "joined",
                "left",
            );
            for m in &rows {
                let (key, name) = if by_group {
                    (
                        m.group.clone(),
                        ledger
                            .group(&m.group)
                            .map_or(String::new(), |g| g.name.clone()),
                    )
                } else {
                    (
                        m.actor.clone(),
                        ledger
                            .actor(&m.actor)
                            .map_or(String::new(), |x| x.name.clone()),
                    )
                };
                let state = on_day(m, day);
                let line = format!(
                    "{key:<9} {:<24} {:<10} {:<10} {}",
                    short(&name, 24),
                    date_text(Some(&m.joined)),
                    date_text(m.left.as_ref()),
                    if state == "possibly" {
                        "NOT CERTAIN"
                    } else {
                        state
                    }
                );
                println!("{line}");
                println!("{}", wrap(&format!("source: {}", m.source), 10));
                if !m.note.is_empty() {
                    println!("{}", wrap(&format!("note: {}", m.note), 10));
                }
            }
            println!(
                "{}",
                wrap(
                    &format!(
                        "{} row{}; membership on {day} not certain for {unsure} (a joined or \
                         left date known only to the year or month, or not at all: \
                         `--format json` has each date's precision)",
                        rows.len(),
                        if rows.len() == 1 { "" } else { "s" }
                    ),
                    0
                )
            );
            Ok(())
        }
    }
}
