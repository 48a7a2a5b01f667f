//! `comity serve`: the web page and the HTTP API.

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::{Context, Result};
use clap::Args;

use super::{Ctx, UsageError};

/// Arguments of `comity serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: String,
    /// Allow an address other than loopback (the API and page become reachable from the network).
    #[arg(long)]
    pub allow_remote: bool,
}

pub fn serve(ctx: &Ctx, a: &ServeArgs) -> Result<()> {
    let addr: SocketAddr = a.addr.parse().map_err(|e| {
        UsageError(format!(
            "--addr {:?}: {e} (expected IP:PORT such as 127.0.0.1:8080)",
            a.addr
        ))
    })?;
    if !addr.ip().is_loopback() {
        if !a.allow_remote {
            return Err(UsageError(format!(
                "--addr {addr} is not a loopback address: add --allow-remote to serve the network"
            ))
            .into());
        }
        eprintln!(
            "warning: serving on {addr}, reachable from the network; reads need no token, writes need the token"
        );
    }
    let (token, created) = comity_server::load_or_create_token(&ctx.db)?;
    let token_file = comity_server::token_path(&ctx.db);
    if created {
        eprintln!(
            "write token (printed once; stored in {}):",
            token_file.display()
        );
        eprintln!("{token}");
    } else {
        eprintln!("write token: in {}", token_file.display());
    }
    let today = std::env::var("COMITY_TODAY")
        .ok()
        .filter(|s| !s.is_empty())
        .map(|_| ctx.today);
    let state = comity_server::AppState::open(&ctx.db, token, today)
        .with_context(|| format!("opening the database {}", ctx.db.display()))?;
    comity_server::serve_blocking(Arc::new(state), addr)?;
    Ok(())
}
