//! Pre-vote statistics of the roll calls in a window before a date.

use std::collections::HashMap;

use jiff::civil;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::rollcall::RollCallVote;
use crate::store::Store;

impl Store {
    /// Vote shares, absence rates and the latest session of the roll calls
    /// dated in the `days` days before `day` (pre-vote information only).
    ///
    /// # Errors
    /// [`Error::Invalid`] when no roll call falls in the window.
    pub fn vote_window(&self, day: civil::Date, days: i32) -> Result<VoteWindow> {
        let start = day
            .checked_sub(jiff::Span::new().days(days))
            .map_err(|e| Error::Invalid(format!("date window: {e}")))?;
        let (from, to) = (start.to_string(), day.to_string());
        let c = self.conn();
        let (n_rc, session): (i64, Option<u16>) = c.query_row(
            "SELECT COUNT(*), MAX(session) FROM rollcall WHERE date >= ?1 AND date < ?2",
            [&from, &to],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        if n_rc == 0 {
            return Err(Error::Invalid(format!(
                "no roll call dated from {from} to before {to}: the prediction needs pre-vote roll calls"
            )));
        }
        let mut st = c.prepare(
            "SELECT v.actor, v.vote, COUNT(*) FROM rollcall_vote v JOIN rollcall r ON r.rcid = v.rcid
             WHERE r.date >= ?1 AND r.date < ?2 GROUP BY v.actor, v.vote",
        )?;
        let mut rows = st.query([&from, &to])?;
        let mut shares = [0.0f64; 3];
        let mut present: HashMap<String, f64> = HashMap::new();
        let mut abstained: HashMap<String, f64> = HashMap::new();
        while let Some(r) = rows.next()? {
            let (actor, vote, n): (String, String, i64) = (r.get(0)?, r.get(1)?, r.get(2)?);
            let k = match RollCallVote::parse(&vote) {
                Some(RollCallVote::Yes) => 0,
                Some(RollCallVote::Abstain) => 1,
                _ => 2,
            };
            shares[k] += n as f64;
            if k == 1 {
                *abstained.entry(actor.clone()).or_default() += n as f64;
            }
            *present.entry(actor).or_default() += n as f64;
        }
        let total: f64 = shares.iter().sum();
        for s in &mut shares {
            *s /= total;
        }
        let abstain: HashMap<String, f64> = present
            .iter()
            .map(|(a, &n)| (a.clone(), abstained.get(a).copied().unwrap_or(0.0) / n))
            .collect();
        let mean_abstain = abstain.values().sum::<f64>() / abstain.len().max(1) as f64;
        let absent: HashMap<String, f64> = present
            .into_iter()
            .map(|(a, n)| (a, (1.0 - n / n_rc as f64).clamp(0.0, 1.0)))
            .collect();
        let mean_absent = absent.values().sum::<f64>() / absent.len().max(1) as f64;
        Ok(VoteWindow {
            roll_calls: n_rc as usize,
            session: session.unwrap_or(0),
            shares,
            absent,
            mean_absent,
            abstain,
            mean_abstain,
        })
    }
}

/// Pre-vote statistics of the roll calls in a window before a date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VoteWindow {
    /// Roll calls in the window.
    pub roll_calls: usize,
    /// Latest session in the window.
    pub session: u16,
    /// Shares of yes, abstain, no among recorded votes.
    pub shares: [f64; 3],
    /// Per actor that voted in the window: the share of its roll calls it missed.
    pub absent: HashMap<String, f64>,
    /// Mean of `absent` (used for actors that did not vote in the window).
    pub mean_absent: f64,
    /// Per actor that voted in the window: the share of abstentions among its ballots.
    pub abstain: HashMap<String, f64>,
    /// Mean of `abstain`.
    pub mean_abstain: f64,
}
