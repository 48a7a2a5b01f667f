//! Recorded votes, read from TOML (`data/votes.toml`).

use std::collections::BTreeSet;

use serde::Deserialize;
use toml::Spanned;

use crate::catalog::{at, Catalog};
use crate::error::Error;
use crate::rule::{ActorId, Tally};

/// The outcome a source reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RecordedOutcome {
    /// Adopted, admitted, recommended.
    Passed,
    /// Rejected.
    Failed,
}

/// A vote as reported by its sources. Counts are never filled in by inference: a count the
/// sources do not give is `None`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RecordedVote {
    /// Id (`unesco-gc-2015`).
    pub id: String,
    /// The body (`unesco.gc`).
    pub body: String,
    /// The kind of motion (selects the body's rule).
    pub rule: String,
    /// Whether the body's rule of that kind is known to govern this vote. `false` for
    /// procedural votes whose rule the sources do not give.
    #[serde(default = "yes")]
    pub rule_applies: bool,
    /// Date, `YYYY-MM-DD`.
    pub date: String,
    /// The motion, as described by the sources.
    pub motion: String,
    /// The candidate (`XKX`).
    pub candidate: Option<ActorId>,
    /// Votes for.
    pub yes: u32,
    /// Votes against.
    pub no: u32,
    /// Abstentions, when reported.
    pub abstain: Option<u32>,
    /// Members who did not attend, when reported.
    pub absent: Option<u32>,
    /// Invalid ballots, when reported.
    pub invalid: Option<u32>,
    /// Members entitled to vote, when reported.
    pub members: Option<u32>,
    /// Veto holders who voted no, when known.
    pub veto_no: Option<Vec<ActorId>>,
    /// "Present and voting" as the source states it (a check, not an input).
    pub reported_base: Option<u32>,
    /// Votes needed as the source states it (a check, not an input).
    pub reported_needed: Option<u32>,
    /// The outcome the sources report; `None` when they do not say.
    pub outcome: Option<RecordedOutcome>,
    /// The outcome in the sources' words.
    pub outcome_text: Option<String>,
    /// Source URLs.
    pub sources: Vec<String>,
    /// Flags such as `single-source`, `first-round`, `disputed-count`.
    #[serde(default)]
    pub flags: Vec<String>,
    /// Caveats.
    pub note: Option<String>,
}

fn yes() -> bool {
    true
}

impl RecordedVote {
    /// The tally for [`crate::evaluate`]. Unreported abstentions and invalid ballots count as
    /// 0; `members` is only what the sources report (never derived from `absent`, because
    /// members without voting rights would make such a sum wrong).
    #[must_use]
    pub fn tally(&self) -> Tally {
        Tally {
            yes: self.yes,
            no: self.no,
            abstain: self.abstain.unwrap_or(0),
            invalid: self.invalid.unwrap_or(0),
            members: self.members,
            veto_no: self.veto_no.clone(),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Doc {
    format: u32,
    #[serde(default)]
    vote: Vec<Spanned<RecordedVote>>,
}

/// Parses a votes document (`data/votes.toml`).
///
/// # Errors
/// [`Error::Toml`] with line and column for malformed TOML, a missing or unknown field, a
/// duplicate id, or counts that contradict `members`.
pub fn parse_votes(text: &str) -> Result<Vec<RecordedVote>, Error> {
    const WHAT: &str = "votes";
    let doc: Doc = toml::from_str(text).map_err(|e| Error::from_toml(WHAT, text, &e))?;
    if doc.format != crate::catalog::FORMAT {
        return Err(Error::Toml {
            what: WHAT,
            line: 0,
            column: 0,
            reason: format!(
                "expected `format = {}`, got {}",
                crate::catalog::FORMAT,
                doc.format
            ),
        });
    }
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for v in doc.vote {
        let span = v.span();
        let v = v.into_inner();
        if !seen.insert(v.id.clone()) {
            return Err(at(
                WHAT,
                text,
                span,
                format!("duplicate vote id `{}`", v.id),
            ));
        }
        let counted =
            v.yes + v.no + v.abstain.unwrap_or(0) + v.invalid.unwrap_or(0) + v.absent.unwrap_or(0);
        if let Some(m) = v.members {
            if counted > m {
                return Err(at(
                    WHAT,
                    text,
                    span,
                    format!(
                        "vote `{}`: counts add up to {counted}, more than members = {m}",
                        v.id
                    ),
                ));
            }
        }
        out.push(v);
    }
    Ok(out)
}

/// Checks that every vote names a known body and rule.
///
/// # Errors
/// [`Error::Invalid`] naming the vote and the unknown body or rule.
pub fn check_votes(catalog: &Catalog, votes: &[RecordedVote]) -> Result<(), Error> {
    for v in votes {
        let body = catalog.body(&v.body).ok_or_else(|| Error::Invalid {
            what: "vote",
            id: v.id.clone(),
            field: "body",
            reason: format!("unknown body `{}`", v.body),
        })?;
        if body.rule(&v.rule).is_none() {
            return Err(Error::Invalid {
                what: "vote",
                id: v.id.clone(),
                field: "rule",
                reason: format!("body `{}` has no rule `{}`", v.body, v.rule),
            });
        }
    }
    Ok(())
}
