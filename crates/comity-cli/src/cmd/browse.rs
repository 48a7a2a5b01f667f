//! `comity actors`, `comity claims`, `comity sources`.

use anyhow::Result;
use comity::{normalise, ClaimStatus, Predicate};
use serde_json::json;

use super::{Ctx, UsageError};
use crate::cli::{ActorsArgs, ClaimsArgs, Format, SourcesArgs};
use crate::output::{
    cite, claim_json, csv_out, print_json, wrap, write_claims_csv, write_sources_csv,
};

pub fn actors(ctx: &Ctx, a: &ActorsArgs) -> Result<()> {
    let store = ctx.store()?;
    let ledger = store.ledger()?;
    let q = a.query.as_deref().map(normalise).unwrap_or_default();
    // A query of punctuation alone (`%`, `_`, `'`) normalises to nothing, which matched every
    // actor (review 14): it is matched literally instead, in any case.
    let literal = a
        .query
        .as_deref()
        .filter(|raw| q.is_empty() && !raw.trim().is_empty())
        .map(|raw| raw.trim().to_lowercase());
    let found: Vec<&comity::Actor> = ledger
        .actors()
        .iter()
        .filter(|x| {
            let mut names = std::iter::once(&x.name)
                .chain(x.aliases.iter())
                .chain(x.demonyms.iter());
            match &literal {
                Some(l) => names.any(|n| n.to_lowercase().contains(l.as_str())),
                None => {
                    q.is_empty()
                        || normalise(&x.id) == q
                        || x.iso2.as_deref().is_some_and(|c| normalise(c) == q)
                        || names.any(|n| normalise(n).contains(&q))
                }
            }
        })
        .collect();
    if found.is_empty() {
        if let Some(raw) = &literal {
            return Err(UsageError(format!(
                "no actor's name, alias or demonym contains {raw:?}"
            ))
            .into());
        }
        if let Some(q) = &a.query {
            // Let the resolver say "did you mean".
            ledger.resolve(q)?;
        }
    }
    match ctx.format {
        Format::Json => print_json(&serde_json::to_value(&found)?),
        Format::Csv => {
            let mut w = csv_out();
            w.write_record([
                "id", "kind", "name", "iso2", "wikidata", "aliases", "demonyms",
            ])?;
            for x in found {
                w.write_record([
                    x.id.as_str(),
                    x.kind.as_str(),
                    x.name.as_str(),
                    x.iso2.as_deref().unwrap_or(""),
                    x.wikidata.as_deref().unwrap_or(""),
                    &x.aliases.join("|"),
                    &x.demonyms.join("|"),
                ])?;
            }
            w.flush()?;
            Ok(())
        }
        Format::Table => {
            for x in found {
                println!("{:<8} {:<13} {}", x.id, x.kind.as_str(), x.name);
                if a.query.is_some() && !x.aliases.is_empty() {
                    println!("{}", wrap(&format!("also: {}", x.aliases.join("; ")), 23));
                }
            }
            Ok(())
        }
    }
}

pub fn claims(ctx: &Ctx, a: &ClaimsArgs) -> Result<()> {
    let store = ctx.store()?;
    let ledger = store.ledger()?;
    let subject = a
        .subject
        .as_deref()
        .map(|s| ledger.resolve(s))
        .transpose()?;
    let object = a.object.as_deref().map(|s| ledger.resolve(s)).transpose()?;
    let predicate: Option<Predicate> = a
        .predicate
        .as_deref()
        .map(|p| {
            p.parse()
                .map_err(|e| UsageError(format!("--predicate {p:?}: expected {e}")))
        })
        .transpose()?;
    let status: Option<ClaimStatus> = a
        .status
        .as_deref()
        .map(|p| {
            p.parse()
                .map_err(|e| UsageError(format!("--status {p:?}: expected {e}")))
        })
        .transpose()?;
    let claimant = a
        .claimant
        .as_deref()
        .map(|w| ledger.resolve_claimant(w))
        .transpose()?;
    let claims: Vec<&comity::Claim> = ledger
        .claims()
        .iter()
        .filter(|c| subject.is_none_or(|s| c.subject == s.id))
        .filter(|c| object.is_none_or(|o| c.object == o.id))
        .filter(|c| predicate.is_none_or(|p| c.predicate == p))
        .filter(|c| status.is_none_or(|s| c.status == s))
        .filter(|c| {
            claimant
                .as_deref()
                .is_none_or(|w| c.claimant.eq_ignore_ascii_case(w))
        })
        .collect();
    match ctx.format {
        Format::Json => print_json(&json!(claims
            .iter()
            .map(|c| claim_json(&ledger, c))
            .collect::<Vec<_>>())),
        Format::Csv => write_claims_csv(&mut csv_out(), claims),
        Format::Table => {
            println!("{} claims", claims.len());
            for c in claims {
                let date = if c.date.is_unknown() {
                    "(undated)".to_string()
                } else {
                    c.date.to_string()
                };
                let line = format!(
                    "{date:<13} {} [{}] {}",
                    comity::json::claim_text(c),
                    c.status.as_str(),
                    c.id
                );
                println!("{}", wrap(&line, 14));
                // Each source's id and URL (or citation), as the JSON has them (review 14: the
                // table showed the claim's id alone). A URL longer than a line is cut into
                // pieces, as in `timeline`.
                for l in cite(&ledger, c) {
                    println!("{}", wrap(&l, 14));
                }
            }
            Ok(())
        }
    }
}

pub fn sources(ctx: &Ctx, a: &SourcesArgs) -> Result<()> {
    let store = ctx.store()?;
    let ledger = store.ledger()?;
    match &a.id {
        Some(id) => {
            let s = ledger
                .source(id)
                .ok_or_else(|| comity::Error::UnknownSource(id.clone()))?;
            let citing: Vec<&comity::Claim> = ledger
                .claims()
                .iter()
                .filter(|c| c.sources.iter().any(|sp| &sp.source == id))
                .collect();
            match ctx.format {
                Format::Json => print_json(&json!({
                    "source": s,
                    "claims": citing.iter().map(|c| claim_json(&ledger, c)).collect::<Vec<_>>(),
                })),
                Format::Csv => {
                    let mut w = csv_out();
                    w.write_record([
                        "source",
                        "url",
                        "citation",
                        "claim",
                        "subject",
                        "predicate",
                        "object",
                        "date",
                    ])?;
                    for c in citing {
                        w.write_record([
                            s.id.clone(),
                            s.url.clone().unwrap_or_default(),
                            s.citation.clone(),
                            c.id.clone(),
                            c.subject.clone(),
                            c.predicate.to_string(),
                            c.object.clone(),
                            c.date.to_string(),
                        ])?;
                    }
                    w.flush()?;
                    Ok(())
                }
                Format::Table => {
                    println!(
                        "{}",
                        wrap(
                            &format!("{}  {}", s.id, s.url.as_deref().unwrap_or("(no URL)")),
                            0
                        )
                    );
                    println!("{}", wrap(&s.citation, 2));
                    if !s.published.is_unknown() {
                        println!("  published {}", s.published);
                    }
                    if let Some(g) = s.grade {
                        println!(
                            "  grade {}{}",
                            g.as_str(),
                            if g.is_weak() { " (weak)" } else { "" }
                        );
                    }
                    println!("cited by {} claims:", citing.len());
                    for c in citing {
                        println!(
                            "{}",
                            wrap(
                                &format!("{} {} {}", c.id, c.date, comity::json::claim_text(c)),
                                2
                            )
                        );
                        for line in cite(&ledger, c).iter().filter(|l| l.contains("bytes")) {
                            println!("{}", wrap(line, 4));
                        }
                    }
                    Ok(())
                }
            }
        }
        None => {
            let all = &ledger.dataset().sources;
            match ctx.format {
                Format::Json => print_json(&serde_json::to_value(all)?),
                Format::Csv => write_sources_csv(&mut csv_out(), all),
                Format::Table => {
                    for s in all {
                        let line = format!(
                            "{} {:<10} {}",
                            s.id,
                            s.grade.map_or("", |g| g.as_str()),
                            s.url.as_deref().unwrap_or(&s.citation)
                        );
                        println!("{}", wrap(&line, 0));
                    }
                    Ok(())
                }
            }
        }
    }
}
