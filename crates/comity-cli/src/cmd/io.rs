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
    for path in &a.files {
        let bytes = std::fs::read(path).map_err(|source| comity::Error::Io {
            path: path.display().to_string(),
            source,
        })?;
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
    }
    let mut store = ctx.store()?;
    let report = store.import(&sources, &claims)?;
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
        (Format::Json, _) => {
            serde_json::to_writer_pretty(
                &mut buf,
                &json!({"sources": ds.sources, "claims": ds.claims}),
            )?;
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
