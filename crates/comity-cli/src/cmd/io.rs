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
    let mut inline = Vec::new();
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
        let text = String::from_utf8(bytes).map_err(|e| {
            // Where the first invalid byte is: its line, and its column in characters.
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let line = valid.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
            let start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            let column = String::from_utf8_lossy(&valid[start..]).chars().count() as u64 + 1;
            comity::Error::Import {
                file: name.clone(),
                line,
                column,
                field: "(file)".into(),
                reason: format!(
                    "not UTF-8 text (byte {} of the file); expected a UTF-8 CSV or JSON file",
                    e.utf8_error().valid_up_to()
                ),
            }
        })?;
        let (s, c, i) = comity::parse_import_checked(&name, &text)?;
        sources.extend(s);
        claims.extend(c);
        inline.extend(i);
        texts.push((name, text));
    }
    let mut store = ctx.store()?;
    let report = store
        .check_inline_sources(&inline)
        .and_then(|()| store.import(&sources, &claims))
        .map_err(|e| comity::locate_import_error(e, &texts))?;
    match ctx.format {
        Format::Json => print_json(&json!(report)),
        _ => {
            println!(
                "imported {} claims and {} sources in one transaction",
                report.claims, report.sources
            );
            for w in &report.warnings {
                eprintln!("warning: {w}");
            }
            Ok(())
        }
    }
}

pub fn export(ctx: &Ctx, a: &ExportArgs) -> Result<()> {
    let store = ctx.store()?;
    let ds = store.dataset()?;
    let mut buf: Vec<u8> = Vec::new();
    match (ctx.format, a.what) {
        (fmt, ExportWhat::Wikidata) => {
            let ledger = comity::Ledger::new(ds)?;
            let rows = comity::wikidata::rows(&ledger, ctx.today);
            if fmt == Format::Json {
                serde_json::to_writer_pretty(&mut buf, &rows)?;
                buf.push(b'\n');
            } else {
                let mut w = csv::Writer::from_writer(&mut buf);
                w.write_record(comity::wikidata::COLUMNS)?;
                for r in &rows {
                    w.write_record(r.fields())?;
                }
                w.flush()?;
            }
        }
        (Format::Json, ExportWhat::Sources) => {
            let sources: Vec<serde_json::Value> =
                ds.sources.iter().map(comity::json::source).collect();
            serde_json::to_writer_pretty(&mut buf, &json!({"sources": sources}))?;
            buf.push(b'\n');
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
