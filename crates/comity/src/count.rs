//! Counting recognitions among a group as of a day, under a named policy for
//! withdrawals.
//!
//! Sources disagree on totals because they count withdrawals differently:
//! Kosovo's foreign ministry never subtracts them, Serbia's subtracts every one
//! it claims. A total in comity always names the [`Policy`] that made it, and
//! the disputed cases are listed whatever the policy.

use std::fmt;
use std::str::FromStr;

use jiff::civil;
use serde::Serialize;

use crate::date::Timing;
use crate::error::{Error, Result};
use crate::ledger::Ledger;
use crate::model::Actor;
use crate::status::{PairStatus, Recognition};

/// How withdrawn and disputed recognitions count in totals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Policy {
    /// Never subtract a withdrawal (Kosovo's foreign ministry).
    KosovoMfa,
    /// Subtract every claimed withdrawal (Serbia's foreign ministry).
    SerbiaMfa,
    /// Subtract a withdrawal only when the withdrawing state itself confirmed
    /// it and did not reverse it later.
    Confirmed,
}

impl Policy {
    /// All policies.
    pub const ALL: [Policy; 3] = [Policy::KosovoMfa, Policy::SerbiaMfa, Policy::Confirmed];

    /// The kebab-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Policy::KosovoMfa => "kosovo-mfa",
            Policy::SerbiaMfa => "serbia-mfa",
            Policy::Confirmed => "confirmed",
        }
    }

    /// One sentence saying what the policy does.
    pub fn describe(self) -> &'static str {
        match self {
            Policy::KosovoMfa => {
                "never subtracts withdrawals (as Kosovo's foreign ministry counts)"
            }
            Policy::SerbiaMfa => {
                "subtracts every claimed withdrawal (as Serbia's foreign ministry counts)"
            }
            Policy::Confirmed => {
                "subtracts only withdrawals confirmed by the withdrawing state itself"
            }
        }
    }

    /// Whether a pair with this status counts as recognising under the policy.
    pub fn counts_as_recognising(self, s: &PairStatus<'_>) -> bool {
        match s.recognition.status {
            Recognition::Recognised => true,
            Recognition::NotRecognised => false,
            Recognition::Withdrawn | Recognition::Disputed => match self {
                Policy::KosovoMfa => true,
                Policy::SerbiaMfa => false,
                Policy::Confirmed => !s.recognition.confirmed_by_state,
            },
        }
    }
}

impl fmt::Display for Policy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Policy {
    type Err = Error;
    fn from_str(s: &str) -> Result<Policy> {
        Policy::ALL
            .into_iter()
            .find(|p| p.as_str() == s)
            .ok_or_else(|| {
                Error::Invalid(format!(
                    "unknown policy {s:?} (expected one of kosovo-mfa, serbia-mfa, confirmed)"
                ))
            })
    }
}

/// One actor in a count.
#[derive(Debug, Clone, Serialize)]
pub struct CountEntry<'a> {
    /// The actor.
    pub actor: &'a Actor,
    /// Its status toward the object.
    pub status: PairStatus<'a>,
    /// Whether its membership of the group on the day is certain.
    pub member_certain: bool,
}

/// The answer to "who recognises X among G as of D".
#[derive(Debug, Clone, Serialize)]
pub struct Recognitions<'a> {
    /// The object of recognition.
    pub object: String,
    /// The day.
    pub as_of: civil::Date,
    /// The group (`all` for every state and entity).
    pub among: String,
    /// The policy used for the totals.
    pub policy: Policy,
    /// Counted as recognising under the policy (certain dates only).
    pub recognising: Vec<CountEntry<'a>>,
    /// Counted as not recognising under the policy (certain dates only).
    pub not_recognising: Vec<CountEntry<'a>>,
    /// Every pair with a claimed withdrawal (withdrawn or disputed), whichever
    /// side the policy put it on.
    pub disputed: Vec<CountEntry<'a>>,
    /// Pairs whose status is uncertain on the day (a date straddles it, or
    /// sources disagree on the date); not in either total.
    pub uncertain: Vec<CountEntry<'a>>,
    /// Members left out because they are organisations (the EU in the G20).
    pub not_counted: Vec<&'a Actor>,
}

/// Totals of a [`Recognitions`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Recognising, under the policy.
    pub recognising: usize,
    /// Not recognising, under the policy.
    pub not_recognising: usize,
    /// With a claimed withdrawal (included in one of the two above).
    pub disputed: usize,
    /// Uncertain on the day (in neither of the two totals).
    pub uncertain: usize,
    /// Members counted: recognising + not recognising + uncertain.
    pub total: usize,
}

impl Recognitions<'_> {
    /// The totals.
    pub fn counts(&self) -> Counts {
        Counts {
            recognising: self.recognising.len(),
            not_recognising: self.not_recognising.len(),
            disputed: self.disputed.len(),
            uncertain: self.uncertain.len(),
            total: self.recognising.len() + self.not_recognising.len() + self.uncertain.len(),
        }
    }
}

impl Ledger {
    /// Who recognises `object` among the members of `among` (a group id, or
    /// `None` for every state and entity) as of `as_of`, counted under `policy`.
    ///
    /// # Errors
    /// When `among` is not a known group.
    pub fn recognitions(
        &self,
        object: &str,
        as_of: civil::Date,
        among: Option<&str>,
        policy: Policy,
        today: civil::Date,
    ) -> Result<Recognitions<'_>> {
        let members: Vec<(&Actor, bool)> = match among {
            None => self.states().into_iter().map(|a| (a, true)).collect(),
            Some(g) => {
                let g = self.group(g)?;
                self.roster(&g.id, as_of)
                    .into_iter()
                    .map(|e| (e.actor, e.timing == Timing::Before))
                    .collect()
            }
        };
        let mut out = Recognitions {
            object: object.to_string(),
            as_of,
            among: among.map_or("all".to_string(), |g| g.to_lowercase()),
            policy,
            recognising: Vec::new(),
            not_recognising: Vec::new(),
            disputed: Vec::new(),
            uncertain: Vec::new(),
            not_counted: Vec::new(),
        };
        for (actor, member_certain) in members {
            if actor.id == object {
                continue;
            }
            if !matches!(
                actor.kind,
                crate::model::ActorKind::State | crate::model::ActorKind::Entity
            ) {
                out.not_counted.push(actor);
                continue;
            }
            let status = self.status(&actor.id, object, as_of, today);
            let entry = CountEntry {
                actor,
                status,
                member_certain,
            };
            let s = &entry.status.recognition;
            if matches!(s.status, Recognition::Withdrawn | Recognition::Disputed) {
                out.disputed.push(entry.clone());
            }
            if !s.certain {
                out.uncertain.push(entry);
            } else if policy.counts_as_recognising(&entry.status) {
                out.recognising.push(entry);
            } else {
                out.not_recognising.push(entry);
            }
        }
        Ok(out)
    }
}
