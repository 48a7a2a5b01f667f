//! One module per group of commands; `run` dispatches.

mod browse;
pub mod ideal;
mod ingest;
mod io;
mod ledger;
pub mod map;
pub mod members;
mod rules;
pub mod serve;

use std::path::PathBuf;

use anyhow::{Context, Result};

use crate::cli::{Cli, Command};

/// A usage error found by the CLI itself (exit code 2).
#[derive(Debug)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// What every command gets.
pub struct Ctx {
    pub format: crate::cli::Format,
    pub db: PathBuf,
    /// Whether `db` is the default path (its folder may be created).
    pub default_db: bool,
    /// "Today": the system date, or `COMITY_TODAY` (YYYY-MM-DD) for reproducible output.
    pub today: jiff::civil::Date,
}

impl Ctx {
    pub fn store(&self) -> Result<comity::Store> {
        // Only the default folder in the user's data directory is created; a path the user
        // gave must be in an existing folder (no directories made at the filesystem root).
        if !self.default_db {
            if let Some(dir) = self.db.parent().filter(|d| !d.as_os_str().is_empty()) {
                if !dir.is_dir() {
                    return Err(UsageError(format!(
                        "--db {}: the folder {} does not exist (create it first, or give another path)",
                        self.db.display(),
                        dir.display()
                    ))
                    .into());
                }
            }
        }
        comity::Store::open(&self.db)
            .with_context(|| format!("opening the database {}", self.db.display()))
    }
}

fn default_db() -> Result<PathBuf> {
    let dir = dirs::data_dir()
        .or_else(dirs::home_dir)
        .context("no data directory for the database; pass --db or set COMITY_DB")?;
    Ok(dir.join("comity").join("comity.sqlite"))
}

fn today() -> Result<jiff::civil::Date> {
    match std::env::var("COMITY_TODAY") {
        Ok(s) if !s.is_empty() => s.parse().map_err(|e| {
            UsageError(format!("COMITY_TODAY={s:?}: {e} (expected YYYY-MM-DD)")).into()
        }),
        _ => Ok(jiff::Zoned::now().date()),
    }
}

pub fn run(cli: Cli) -> Result<()> {
    let ctx = Ctx {
        format: cli.format,
        default_db: cli.db.is_none(),
        db: match cli.db {
            Some(p) => p,
            None => default_db()?,
        },
        today: today()?,
    };
    match cli.command {
        Command::Status(a) => ledger::status(&ctx, &a),
        Command::Recognitions(a) => ledger::recognitions(&ctx, &a),
        Command::Timeline(a) => ledger::timeline(&ctx, &a),
        Command::Entities(a) => ledger::entities(&ctx, &a),
        Command::RecognisedBy(a) => ledger::recognised_by(&ctx, &a),
        Command::Actors(a) => browse::actors(&ctx, &a),
        Command::Members(a) => members::members(&ctx, &a),
        Command::Claims(a) => browse::claims(&ctx, &a),
        Command::Sources(a) if a.copies => ingest::copies(&ctx),
        Command::Sources(a) => browse::sources(&ctx, &a),
        Command::Import(a) => match &a.what {
            Some(crate::cli::ImportWhat::Unvotes { dir }) => ideal::import_unvotes(&ctx, dir),
            None if a.files.is_empty() => Err(UsageError(
                "comity import: give files to import, or `comity import unvotes <DIR>`".into(),
            )
            .into()),
            None => io::import(&ctx, &a),
        },
        Command::Export(a) => io::export(&ctx, &a),
        Command::Ingest(a) => ingest::ingest(&ctx, &a),
        Command::Review(a) => ingest::review(&ctx, &a),
        Command::Eval(a) => ingest::eval(&ctx, &a),
        Command::Bodies => rules::bodies(&ctx),
        Command::Replay(a) => rules::replay(&ctx, &a),
        Command::Simulate(a) => rules::simulate(&ctx, &a),
        Command::Model(a) => rules::model(&ctx, &a),
        Command::Ideal(a) => ideal::ideal(&ctx, &a),
        Command::Predict(a) => ideal::predict(&ctx, &a),
        Command::Serve(a) => serve::serve(&ctx, &a),
        Command::Map(a) => map::map(&ctx, &a),
    }
}
