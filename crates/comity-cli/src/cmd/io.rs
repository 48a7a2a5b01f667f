//! `comity import` and `comity export`.

use std::io::Write;

use anyhow::{Context, Result};
use serde_json::json;

use super::Ctx;
use crate::cli::{ExportArgs, ExportWhat, Format, ImportArgs};
use crate::output::{print_json, write_claims_csv, write_sources_csv};

pub fn import(ctx: &Ctx, a: &ImportArgs) -> Result<()> {
    let mut sources = Vec::new();
    let mut claims = Vec::new();
    let mut texts: Vec<(String, String)> = Vec::new();
    for path in &a.files {
        let io = |source| comity::Error::Io {
            path: path.display().to_string(),
            source,
        };
        let size = std::fs::metadata(path).map_err(io)?.len();
        if size > comity::MAX_IMPORT_BYTES {
            return Err(comity::Error::Invalid(format!(
                "{}: {size} bytes is over the import limit of {} bytes (256 MiB); split the file (nothing was written)",
                path.display(),
                comity::MAX_IMPORT_BYTES
            ))
            .into());
        }
        let bytes = std::fs::read(path).map_err(io)?;
        let name = path.display().to_string();
        let text = String::from_utf8(bytes).map_err(|e| comity::Error::Import {
            file: name.clone(),
            line: 1,
            column: 1,
            field: "(file)".into(),
            reason: format!("not UTF-8 text ({e}); expected a UTF-8 CSV or JSON file"),
        })?;
        let (s, c) = comity::parse_import(&name, &text)?;
        sources.extend(s);
        claims.extend(c);
        texts.push((name, text));
    }
    let mut store = ctx.store()?;
    let report = store.import(&sources, &claims).map_err(|e| match e {
        comity::Error::ImportRecord {
            kind,
            id,
            field,
            reason,
        } => match texts.iter().find_map(|(file, text)| {
            comity::locate_import_record(file, text, &id, field).map(|at| (file.clone(), at))
        }) {
            Some((file, (line, column))) => comity::Error::Import {
                file,
                line,
                column,
                field: field.to_string(),
                reason: format!("{kind} {id}: {reason} (nothing was written)"),
            },
            None => comity::Error::ImportRecord {
                kind,
                id,
                field,
                reason,
            },
        },
        e => e,
    })?;
    match ctx.format {
        Format::Json => print_json(&json!(report)),
        _ => {
            println!(
                "imported {} claims and {} sources in one transaction",
                report.claims, report.sources
            );
            Ok(())
        }
    }
}

pub fn export(ctx: &Ctx, a: &ExportArgs) -> Result<()> {
    let store = ctx.store()?;
    let ds = store.dataset()?;
    let mut buf: Vec<u8> = Vec::new();
    match (ctx.format, a.what) {
        (_, ExportWhat::Wikidata) => {
            let ledger = comity::Ledger::new(ds)?;
            write_wikidata(&ledger, &mut csv::Writer::from_writer(&mut buf))?;
        }
        (Format::Json, _) => {
            // The one documented shape (comity::json), which `comity import` reads back.
            let ledger = comity::Ledger::new(ds)?;
            let sources: Vec<serde_json::Value> = ledger
                .dataset()
                .sources
                .iter()
                .map(comity::json::source)
                .collect();
            let claims: Vec<serde_json::Value> = ledger
                .claims()
                .iter()
                .map(|c| comity::json::claim(&ledger, c))
                .collect();
            serde_json::to_writer_pretty(&mut buf, &json!({"sources": sources, "claims": claims}))?;
            buf.push(b'\n');
        }
        (_, ExportWhat::Claims) => {
            write_claims_csv(&mut csv::Writer::from_writer(&mut buf), &ds.claims)?;
        }
        (_, ExportWhat::Sources) => {
            write_sources_csv(&mut csv::Writer::from_writer(&mut buf), &ds.sources)?;
        }
    }
    match &a.output {
        Some(p) => std::fs::write(p, &buf).with_context(|| format!("writing {}", p.display()))?,
        None => std::io::stdout().lock().write_all(&buf)?,
    }
    Ok(())
}

/// Recognition and relations claims as rows an editor can check against
/// Wikidata: one row per claim (never a flattened statement), with the Wikidata
/// ids of both sides, the property it bears on (P530 "diplomatic relation" for
/// relations; "recognition" has no Wikidata property, so it is named as such),
/// start or end, a rank (`deprecated` for denied, refuted or unconfirmed
/// claims), the claimant and the reference URL.
fn write_wikidata<W: Write>(ledger: &comity::Ledger, w: &mut csv::Writer<W>) -> Result<()> {
    use comity::Predicate as P;
    w.write_record([
        "subject",
        "subject_wikidata",
        "object",
        "object_wikidata",
        "property",
        "statement",
        "start",
        "end",
        "rank",
        "claimant",
        "reference_url",
        "claim",
        "note",
    ])?;
    let qid = |id: &str| {
        ledger
            .actor(id)
            .and_then(|a| a.wikidata.clone())
            .unwrap_or_default()
    };
    for c in ledger
        .claims()
        .iter()
        .filter(|c| c.status == comity::ClaimStatus::Accepted)
    {
        let (property, statement, start, end) = match c.predicate {
            P::Recognises => ("", "recognition", c.date.to_string(), String::new()),
            P::ReaffirmsRecognition => (
                "",
                "recognition (reaffirmed)",
                c.date.to_string(),
                String::new(),
            ),
            P::WithdrawsRecognition => ("", "recognition", String::new(), c.date.to_string()),
            P::SuspendsRecognition => (
                "",
                "recognition (suspended)",
                String::new(),
                c.date.to_string(),
            ),
            P::DoesNotRecognise => (
                "",
                "no recognition (stated position)",
                String::new(),
                String::new(),
            ),
            P::RelationsEstablished => (
                "P530",
                "diplomatic relation",
                c.date.to_string(),
                String::new(),
            ),
            P::RelationsSevered => (
                "P530",
                "diplomatic relation",
                String::new(),
                c.date.to_string(),
            ),
            _ => continue,
        };
        let rank = if c.negated || c.is_unconfirmed() {
            "deprecated"
        } else {
            "normal"
        };
        let url = ledger
            .sources_of(c)
            .iter()
            .find_map(|s| s.url.clone())
            .unwrap_or_default();
        w.write_record([
            c.subject.as_str(),
            &qid(&c.subject),
            c.object.as_str(),
            &qid(&c.object),
            property,
            statement,
            &start,
            &end,
            rank,
            c.claimant.as_str(),
            &url,
            c.id.as_str(),
            &comity::json::claim_text(c),
        ])?;
    }
    w.flush()?;
    Ok(())
}
