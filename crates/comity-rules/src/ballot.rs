//! Per-voter ballots, rosters, and `--assume` parsing.

use std::collections::{BTreeMap, BTreeSet};

use crate::error::Error;
use crate::rule::{evaluate, ActorId, Counts, Outcome, Rule, Tally, Veto};

/// One member's ballot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Ballot {
    /// Affirmative.
    Yes,
    /// Negative (a veto when cast by a veto holder).
    No,
    /// Present, not voting either way.
    Abstain,
    /// Did not take part.
    Absent,
}

impl Ballot {
    /// All four ballots, in the order used by [`crate::Stance`].
    pub const ALL: [Ballot; 4] = [Ballot::Yes, Ballot::No, Ballot::Abstain, Ballot::Absent];

    /// Parses `yes`, `no`, `abstain` or `absent` (case-insensitive).
    #[must_use]
    pub fn parse(text: &str) -> Option<Ballot> {
        match text.trim().to_ascii_lowercase().as_str() {
            "yes" => Some(Ballot::Yes),
            "no" => Some(Ballot::No),
            "abstain" => Some(Ballot::Abstain),
            "absent" => Some(Ballot::Absent),
            _ => None,
        }
    }

    /// The lower-case name.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Ballot::Yes => "yes",
            Ballot::No => "no",
            Ballot::Abstain => "abstain",
            Ballot::Absent => "absent",
        }
    }
}

/// The members entitled to vote in a body on a date, and which of them hold a veto.
///
/// The caller builds it (e.g. the ledger: group memberships as of the date); this crate never
/// looks anything up.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Roster {
    members: Vec<ActorId>,
    veto_holders: BTreeSet<ActorId>,
}

impl Roster {
    /// A roster without veto holders.
    ///
    /// # Errors
    /// [`Error::Roster`] when an actor is listed twice.
    pub fn new(members: Vec<ActorId>) -> Result<Self, Error> {
        let mut seen = BTreeSet::new();
        for m in &members {
            if !seen.insert(m.as_str()) {
                return Err(Error::Roster {
                    actor: m.clone(),
                    reason: "listed twice in the roster".to_string(),
                });
            }
        }
        Ok(Roster {
            members,
            veto_holders: BTreeSet::new(),
        })
    }

    /// A roster whose veto holders follow `rule.veto`; `group` resolves a group id (e.g. `p5`)
    /// to its members on the vote's date.
    ///
    /// # Errors
    /// [`Error::Roster`] for a duplicate member, an unknown veto group, or a veto holder who is
    /// not a member.
    pub fn for_rule(
        rule: &Rule,
        members: Vec<ActorId>,
        group: impl Fn(&str) -> Option<Vec<ActorId>>,
    ) -> Result<Self, Error> {
        let roster = Roster::new(members)?;
        let holders = match &rule.veto {
            Veto::None => Vec::new(),
            Veto::AllMembers => roster.members.clone(),
            Veto::Actors(a) => a.clone(),
            Veto::Group(g) => group(g).ok_or_else(|| Error::Roster {
                actor: g.clone(),
                reason: "veto group is unknown to the caller".to_string(),
            })?,
        };
        roster.with_veto_holders(holders)
    }

    /// Sets the veto holders (each must be a member).
    ///
    /// # Errors
    /// [`Error::Roster`] when a veto holder is not a member.
    pub fn with_veto_holders(mut self, holders: Vec<ActorId>) -> Result<Self, Error> {
        for h in &holders {
            if !self.members.contains(h) {
                return Err(Error::Roster {
                    actor: h.clone(),
                    reason: "holds a veto but is not a member of the roster".to_string(),
                });
            }
        }
        self.veto_holders = holders.into_iter().collect();
        Ok(self)
    }

    /// The members, in the caller's order.
    #[must_use]
    pub fn members(&self) -> &[ActorId] {
        &self.members
    }

    /// Number of members.
    #[must_use]
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// Whether the roster is empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// Whether `actor` holds a veto.
    #[must_use]
    pub fn is_veto_holder(&self, actor: &str) -> bool {
        self.veto_holders.contains(actor)
    }

    /// The number of members as `u32`.
    pub(crate) fn size(&self) -> u32 {
        u32::try_from(self.members.len()).unwrap_or(u32::MAX)
    }

    /// Every member's ballot, `Absent` for members not in `ballots`.
    ///
    /// # Errors
    /// [`Error::Roster`] when a ballot names a non-member or names a member twice.
    pub fn complete(&self, ballots: &[(ActorId, Ballot)]) -> Result<Vec<Ballot>, Error> {
        let index: BTreeMap<&str, usize> = self
            .members
            .iter()
            .enumerate()
            .map(|(i, m)| (m.as_str(), i))
            .collect();
        let mut out = vec![None; self.members.len()];
        for (actor, ballot) in ballots {
            let i = *index.get(actor.as_str()).ok_or_else(|| Error::Roster {
                actor: actor.clone(),
                reason: "has a ballot but is not on the roster".to_string(),
            })?;
            if out[i].replace(*ballot).is_some() {
                return Err(Error::Roster {
                    actor: actor.clone(),
                    reason: "has two ballots".to_string(),
                });
            }
        }
        Ok(out
            .into_iter()
            .map(|b| b.unwrap_or(Ballot::Absent))
            .collect())
    }
}

/// Counts of a complete ballot vector.
pub(crate) fn count(ballots: &[Ballot]) -> Counts {
    let mut c = Counts::default();
    for b in ballots {
        match b {
            Ballot::Yes => c.yes += 1,
            Ballot::No => c.no += 1,
            Ballot::Abstain => c.abstain += 1,
            Ballot::Absent => c.absent += 1,
        }
    }
    c
}

/// Applies `rule` to per-voter ballots; members without a ballot are absent.
///
/// # Errors
/// [`Error::Roster`] for a ballot from a non-member or a second ballot from one member.
///
/// # Example
/// ```
/// use comity_rules::{evaluate_votes, Ballot, Base, Comparison, Condition, Roster, Rule,
///                    Threshold, Veto, VetoOutcome};
/// let rule = Rule {
///     conditions: vec![Condition { threshold: Threshold::Count(2), base: Base::Members,
///                                  comparison: Comparison::AtLeast }],
///     veto: Veto::Actors(vec!["A".into()]),
///     quorum: None,
/// };
/// let roster = Roster::for_rule(&rule, vec!["A".into(), "B".into(), "C".into()], |_| None).unwrap();
/// let votes = [("A".to_string(), Ballot::No), ("B".into(), Ballot::Yes), ("C".into(), Ballot::Yes)];
/// let out = evaluate_votes(&rule, &roster, &votes).unwrap();
/// assert!(!out.passed);
/// assert_eq!(out.veto, VetoOutcome::ExercisedBy(vec!["A".into()]));
/// ```
pub fn evaluate_votes(
    rule: &Rule,
    roster: &Roster,
    ballots: &[(ActorId, Ballot)],
) -> Result<Outcome, Error> {
    let full = roster.complete(ballots)?;
    let c = count(&full);
    let veto_no: Vec<ActorId> = roster
        .members
        .iter()
        .zip(&full)
        .filter(|(m, b)| **b == Ballot::No && roster.is_veto_holder(m))
        .map(|(m, _)| m.clone())
        .collect();
    let tally = Tally::new(c.yes, c.no, c.abstain)
        .with_members(roster.size())
        .with_veto_no(veto_no);
    evaluate(rule, &tally)
}

/// Parses a user's assumptions such as `ESP=yes,GRC=abstain` (spaces allowed around items).
///
/// # Errors
/// [`Error::Assumption`] naming the 1-based position of the bad item, the item, and what was
/// expected (`ACTOR=yes|no|abstain|absent`, a non-empty actor id, no actor twice).
///
/// # Example
/// ```
/// use comity_rules::{parse_assumptions, Ballot};
/// let a = parse_assumptions("ESP=yes, GRC=abstain").unwrap();
/// assert_eq!(a, vec![("ESP".to_string(), Ballot::Yes), ("GRC".to_string(), Ballot::Abstain)]);
/// assert!(parse_assumptions("ESP=yes,GRC").is_err());
/// ```
pub fn parse_assumptions(text: &str) -> Result<Vec<(String, Ballot)>, Error> {
    let mut out: Vec<(String, Ballot)> = Vec::new();
    if text.trim().is_empty() {
        return Ok(out);
    }
    for (i, item) in text.split(',').enumerate() {
        let position = i + 1;
        let err = |reason: String| Error::Assumption {
            position,
            text: item.trim().to_string(),
            reason,
        };
        let (actor, ballot) = item.split_once('=').ok_or_else(|| {
            err("expected ACTOR=BALLOT with BALLOT one of yes, no, abstain, absent".to_string())
        })?;
        let actor = actor.trim();
        if actor.is_empty() || actor.chars().any(char::is_whitespace) {
            return Err(err(
                "expected an actor id (such as ESP) before `=`".to_string()
            ));
        }
        let ballot = Ballot::parse(ballot).ok_or_else(|| {
            err(format!(
                "expected yes, no, abstain or absent after `=`, got {:?}",
                ballot.trim()
            ))
        })?;
        if out.iter().any(|(a, _)| a == actor) {
            return Err(err(format!("actor {actor} is assumed twice")));
        }
        out.push((actor.to_string(), ballot));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assumption_errors_name_position_and_expectation() {
        let e = parse_assumptions("ESP=yes,GRC=maybe").unwrap_err();
        assert!(
            matches!(&e, Error::Assumption { position: 2, text, reason }
                if text == "GRC=maybe" && reason.contains("abstain")),
            "{e:?}"
        );
        let e = parse_assumptions("ESP=yes,,GRC=no").unwrap_err();
        assert!(matches!(e, Error::Assumption { position: 2, .. }));
        let e = parse_assumptions("ESP=yes,ESP=no").unwrap_err();
        assert!(matches!(e, Error::Assumption { position: 2, .. }));
        assert_eq!(parse_assumptions("  ").unwrap(), vec![]);
    }

    #[test]
    fn roster_rejects_strangers_and_doubles() {
        let r = Roster::new(vec!["A".into(), "B".into()]).unwrap();
        assert!(r.complete(&[("C".into(), Ballot::Yes)]).is_err());
        assert!(r
            .complete(&[("A".into(), Ballot::Yes), ("A".into(), Ballot::No)])
            .is_err());
        assert_eq!(
            r.complete(&[("B".into(), Ballot::No)]).unwrap(),
            vec![Ballot::Absent, Ballot::No]
        );
        assert!(Roster::new(vec!["A".into(), "A".into()]).is_err());
        assert!(r.with_veto_holders(vec!["Z".into()]).is_err());
    }
}
