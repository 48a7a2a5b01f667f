//! `comity import unvotes`, `comity ideal …`, `comity predict`.
//!
//! (Being written.)

use std::path::Path;

use anyhow::Result;
use clap::Args;

use super::{Ctx, UsageError};

/// Arguments of `comity ideal`.
#[derive(Debug, Args)]
pub struct IdealArgs {}

/// Arguments of `comity predict`.
#[derive(Debug, Args)]
pub struct PredictArgs {}

pub fn import_unvotes(_ctx: &Ctx, _dir: &Path) -> Result<()> {
    Err(UsageError("`comity import unvotes` is not available yet".into()).into())
}

pub fn ideal(_ctx: &Ctx, _a: &IdealArgs) -> Result<()> {
    Err(UsageError("`comity ideal` is not available yet".into()).into())
}

pub fn predict(_ctx: &Ctx, _a: &PredictArgs) -> Result<()> {
    Err(UsageError("`comity predict` is not available yet".into()).into())
}
