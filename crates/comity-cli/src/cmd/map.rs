//! `comity map`: the recognition map as SVG or PNG, without a browser.

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;

use super::{Ctx, UsageError};

/// Arguments of `comity map`.
#[derive(Debug, Args)]
pub struct MapArgs {
    /// The recognised entity (any name or code).
    pub entity: String,
    /// The day: YYYY-MM-DD (YYYY-MM or YYYY mean their last day), `today` or `yesterday`.
    #[arg(long, default_value = "today")]
    pub as_of: String,
    /// Counting policy for the totals (`comity recognitions --help` lists them).
    #[arg(long, default_value = "confirmed")]
    pub policy: String,
    /// Count only members of this group (un, eu, …; default un, as `comity recognitions`);
    /// `all` for every state and entity.
    #[arg(long, default_value = "un")]
    pub among: String,
    /// Output file: .svg or .png.
    #[arg(long, short)]
    pub output: PathBuf,
}

pub fn map(ctx: &Ctx, a: &MapArgs) -> Result<()> {
    let ext = a
        .output
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if ext != "svg" && ext != "png" {
        return Err(UsageError(format!(
            "-o {}: expected a file ending in .svg or .png",
            a.output.display()
        ))
        .into());
    }
    let store = ctx.store()?;
    let ledger = store.ledger()?;
    let as_of = crate::cmd::ledger::as_of(ctx, &a.as_of)?;
    let policy: comity::Policy = a.policy.parse()?;
    let svg = comity_server::map_svg(
        &ledger,
        &a.entity,
        as_of,
        (!a.among.eq_ignore_ascii_case("all")).then_some(a.among.as_str()),
        policy,
        ctx.today,
    )?;
    let bytes = if ext == "png" {
        comity_server::map::render_png(&svg).map_err(|e| anyhow::anyhow!("rendering PNG: {e}"))?
    } else {
        svg.into_bytes()
    };
    std::fs::write(&a.output, bytes).with_context(|| format!("writing {}", a.output.display()))?;
    eprintln!("wrote {}", a.output.display());
    // The image cannot say it; standard error does (review 14).
    if let Some(n) = comity::notes::after_today(as_of, ctx.today) {
        eprintln!("note: {n}");
    }
    Ok(())
}
