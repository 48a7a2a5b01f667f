//! Votes needed: the smallest change of ballots that flips an outcome.

use crate::ballot::{count, Ballot, Roster};
use crate::error::Error;
use crate::rule::{ActorId, Counts, Rule, Tally};

/// A set of ballot changes that would make a failing motion pass.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Change {
    /// Veto holders who voted no and must stop doing so. They are counted here as turning to
    /// yes (abstaining would lift the veto but add no vote); they are *not* included in
    /// `no_to_yes`.
    pub vetoes_to_turn: Vec<ActorId>,
    /// Other no voters who must vote yes.
    pub no_to_yes: u32,
    /// Abstainers who must vote yes.
    pub abstain_to_yes: u32,
    /// Absentees who must attend and vote yes.
    pub absent_to_yes: u32,
}

impl Change {
    /// Number of members who must change their ballot.
    #[must_use]
    pub fn total(&self) -> u32 {
        u32::try_from(self.vetoes_to_turn.len()).unwrap_or(u32::MAX)
            + self.no_to_yes
            + self.abstain_to_yes
            + self.absent_to_yes
    }
}

/// How far an outcome is from flipping.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VotesNeeded {
    /// Whether the motion passes as things stand.
    pub passes_now: bool,
    /// When failing: the smallest change that makes it pass (ties: fewest no voters turned,
    /// then abstainers before absentees). `None` when passing, or when no change of the
    /// members' ballots can pass it (e.g. a roster too small for a count threshold).
    pub to_pass: Option<Change>,
    /// When failing: the smallest change using no voters only (vetoes included).
    pub to_pass_from_no_only: Option<Change>,
    /// When failing: the smallest change using abstainers and absentees only, if vetoes are
    /// not in the way (a veto can only be lifted by its holder).
    pub to_pass_from_non_voters_only: Option<Change>,
    /// When passing: how many yes voters turning no would defeat it (`None` when failing).
    pub defections_to_fail: Option<u32>,
    /// When passing: veto holders who did not vote no and could block it alone.
    pub could_veto: Vec<ActorId>,
}

fn passes(rule: &Rule, c: &Counts, members: u32) -> bool {
    rule.conditions_hold(c, members)
}

fn apply(c: &Counts, x: u32, y: u32, z: u32) -> Counts {
    Counts {
        yes: c.yes + x + y + z,
        no: c.no - x,
        abstain: c.abstain - y,
        absent: c.absent - z,
        invalid: c.invalid,
    }
}

/// Smallest (x no->yes, y abstain->yes, z absent->yes) passing, with limits on each.
fn search(rule: &Rule, c: &Counts, members: u32, max: (u32, u32, u32)) -> Option<(u32, u32, u32)> {
    let (mx, my, mz) = max;
    for t in 0..=(mx + my + mz) {
        for x in 0..=t.min(mx) {
            let rest = t - x;
            // Prefer abstainers over absentees: y descending.
            for y in (0..=rest.min(my)).rev() {
                let z = rest - y;
                if z > mz {
                    break;
                }
                if passes(rule, &apply(c, x, y, z), members) {
                    return Some((x, y, z));
                }
            }
        }
    }
    None
}

fn analyse(
    rule: &Rule,
    counts: Counts,
    members: u32,
    veto_no: &[ActorId],
    could_veto: Vec<ActorId>,
) -> VotesNeeded {
    let vetoed = !veto_no.is_empty();
    let now = !vetoed && passes(rule, &counts, members);
    if now {
        let defections = (1..=counts.yes).find(|&a| {
            let c = Counts {
                yes: counts.yes - a,
                no: counts.no + a,
                ..counts
            };
            !passes(rule, &c, members)
        });
        return VotesNeeded {
            passes_now: true,
            to_pass: None,
            to_pass_from_no_only: None,
            to_pass_from_non_voters_only: None,
            defections_to_fail: defections,
            could_veto,
        };
    }
    // Veto holders who voted no must turn: counted as no -> yes.
    let v = u32::try_from(veto_no.len()).unwrap_or(u32::MAX);
    let base = Counts {
        yes: counts.yes + v,
        no: counts.no.saturating_sub(v),
        ..counts
    };
    let make = |(x, y, z): (u32, u32, u32)| Change {
        vetoes_to_turn: veto_no.to_vec(),
        no_to_yes: x,
        abstain_to_yes: y,
        absent_to_yes: z,
    };
    let all = search(rule, &base, members, (base.no, base.abstain, base.absent)).map(make);
    let from_no = search(rule, &base, members, (base.no, 0, 0)).map(make);
    let from_non_voters = if vetoed {
        None
    } else {
        search(rule, &base, members, (0, base.abstain, base.absent)).map(make)
    };
    VotesNeeded {
        passes_now: false,
        to_pass: all,
        to_pass_from_no_only: from_no,
        to_pass_from_non_voters_only: from_non_voters,
        defections_to_fail: None,
        could_veto: Vec::new(),
    }
}

/// Votes needed for per-voter ballots (members without a ballot are absent).
///
/// # Errors
/// [`Error::Roster`] for a ballot from a non-member or a duplicate ballot.
pub fn votes_needed(
    rule: &Rule,
    roster: &Roster,
    ballots: &[(ActorId, Ballot)],
) -> Result<VotesNeeded, Error> {
    let full = roster.complete(ballots)?;
    let counts = count(&full);
    let mut veto_no = Vec::new();
    let mut could_veto = Vec::new();
    for (m, b) in roster.members().iter().zip(&full) {
        if roster.is_veto_holder(m) {
            if *b == Ballot::No {
                veto_no.push(m.clone());
            } else {
                could_veto.push(m.clone());
            }
        }
    }
    Ok(analyse(rule, counts, roster.size(), &veto_no, could_veto))
}

/// Votes needed for a recorded tally. Absentees are only considered when the tally records the
/// number of members (absent = members − present); otherwise only no voters and abstainers can
/// change.
///
/// # Errors
/// [`Error::MissingCount`] when the rule needs the number of members and the tally lacks it, or
/// when a veto rule meets negative votes whose casters are not recorded.
pub fn votes_needed_tally(rule: &Rule, tally: &Tally) -> Result<VotesNeeded, Error> {
    // Reuse evaluate's checks for missing counts.
    crate::rule::evaluate(rule, tally)?;
    let members = tally.members.unwrap_or(0);
    let counts = Counts {
        yes: tally.yes,
        no: tally.no,
        abstain: tally.abstain,
        absent: members.saturating_sub(tally.present()),
        invalid: tally.invalid,
    };
    let veto_no = tally.veto_no.clone().unwrap_or_default();
    Ok(analyse(rule, counts, members, &veto_no, Vec::new()))
}
