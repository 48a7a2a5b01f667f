//! `comity members`: a group's members on a day, or an actor's memberships, each row with its
//! joined and left dates at their precision, whether membership on the day is certain, and the
//! row's source and note (review 14: memberships were never shown with their source).

use anyhow::Result;
use clap::Args;
use comity::json::{membership_on_day, membership_settled, Members};
use comity::Date;

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

pub fn members(ctx: &Ctx, a: &MembersArgs) -> Result<()> {
    let store = ctx.store()?;
    let ledger = store.ledger()?;
    let day = super::ledger::as_of(ctx, &a.as_of)?;
    // The rows, title and notes, shared with the API's /members and /memberships (the JSON
    // document is one builder, `Members::json`).
    let answer = match (&a.group, &a.of) {
        (_, Some(of)) => Members::of_actor(&ledger, of, day, ctx.today)?,
        (Some(g), None) => Members::of_group(&ledger, g, day, ctx.today)?,
        (None, None) => {
            return Err(UsageError("comity members: give a group, or --of ACTOR".into()).into())
        }
    };
    let (title, rows, notes) = (&answer.title, &answer.rows, &answer.notes);
    let unsure = answer.not_certain(&ledger);
    match ctx.format {
        Format::Json => print_json(&answer.json(&ledger)),
        Format::Csv => {
            for n in notes {
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
            for m in rows {
                let state = membership_on_day(&ledger, m, day);
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
                    &membership_settled(state).to_string(),
                    &m.source,
                    &m.note,
                ])?;
            }
            w.flush()?;
            Ok(())
        }
        Format::Table => {
            println!("{}", wrap(title, 0));
            for n in notes {
                println!("{}", wrap(&format!("note: {n}"), 0));
            }
            let by_group = answer.by_group;
            println!(
                "{:<9} {:<24} {:<10} {:<10} on the day",
                if by_group { "group" } else { "id" },
                if by_group { "group name" } else { "name" },
                "joined",
                "left",
            );
            for m in rows {
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
                let state = membership_on_day(&ledger, m, day);
                let line = format!(
                    "{key:<9} {:<24} {:<10} {:<10} {}",
                    short(&name, 24),
                    date_text(Some(&m.joined)),
                    date_text(m.left.as_ref()),
                    match state {
                        "possibly" => "NOT CERTAIN",
                        "not-recorded" => "NOT RECORDED",
                        s => s,
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
