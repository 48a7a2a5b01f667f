//! Exact pass probability by dynamic programming over tallies; expected tallies and their
//! distributions.
//!
//! # Algorithm
//!
//! Voters are independent; voter `i` votes yes/no/abstain/absent with probabilities
//! `Stance { yes, no, abstain, absent }`. The rule only looks at a few counts, so the DP keeps
//! the joint distribution of just those:
//!
//! * `yes` always;
//! * `no` when a condition takes a fraction of `present-and-voting`/`votes-cast` (= yes + no);
//! * `other` when a condition takes a fraction of `valid-votes`/`present`, or there is a quorum:
//!   abstentions (plus negative votes when `no` is not tracked separately).
//!
//! Each voter adds one to one coordinate or to none. A veto holder's "no" is not added anywhere:
//! its probability mass is dropped, because any such path fails. After all voters, `P(pass)` is
//! the mass of the states whose counts satisfy every condition and the quorum. With `n` voters
//! the table has `O(n^d)` cells for `d` tracked counts and each voter updates it once: `O(n^2)`
//! for count thresholds, `O(n^3)` for a two-thirds-of-present-and-voting rule, `O(n^4)` only when
//! both `no` and `other` are needed. Updates run in place, from high indices to low.

use crate::ballot::{Ballot, Roster};
use crate::error::Error;
use crate::rule::{Base, Counts, Rule, Threshold};

/// Probabilities that one member votes yes, no, abstains or is absent. They sum to 1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stance {
    /// P(yes).
    pub yes: f64,
    /// P(no).
    pub no: f64,
    /// P(abstain).
    pub abstain: f64,
    /// P(absent).
    pub absent: f64,
}

/// Tolerance on the sum of a stance's probabilities.
const SUM_TOLERANCE: f64 = 1e-9;

impl Stance {
    /// A validated stance.
    ///
    /// # Errors
    /// [`Error::Invalid`] when a probability is not finite or outside `[0, 1]`, or the four do
    /// not sum to 1 (within 1e-9).
    pub fn new(yes: f64, no: f64, abstain: f64, absent: f64) -> Result<Self, Error> {
        let s = Stance {
            yes,
            no,
            abstain,
            absent,
        };
        s.validate()?;
        Ok(s)
    }

    /// A stance that is certain of one ballot.
    #[must_use]
    pub fn certain(ballot: Ballot) -> Self {
        let mut s = Stance {
            yes: 0.0,
            no: 0.0,
            abstain: 0.0,
            absent: 0.0,
        };
        match ballot {
            Ballot::Yes => s.yes = 1.0,
            Ballot::No => s.no = 1.0,
            Ballot::Abstain => s.abstain = 1.0,
            Ballot::Absent => s.absent = 1.0,
        }
        s
    }

    /// The probability of `ballot`.
    #[must_use]
    pub fn of(&self, ballot: Ballot) -> f64 {
        match ballot {
            Ballot::Yes => self.yes,
            Ballot::No => self.no,
            Ballot::Abstain => self.abstain,
            Ballot::Absent => self.absent,
        }
    }

    /// Checks the stance.
    ///
    /// # Errors
    /// As for [`Stance::new`].
    pub fn validate(&self) -> Result<(), Error> {
        let p = [self.yes, self.no, self.abstain, self.absent];
        for (b, v) in Ballot::ALL.iter().zip(p) {
            if !v.is_finite() || !(0.0..=1.0).contains(&v) {
                return Err(Error::Invalid {
                    what: "stance",
                    id: format!("{self:?}"),
                    field: b.as_str(),
                    reason: format!("expected a probability in [0, 1], got {v}"),
                });
            }
        }
        let sum: f64 = p.iter().sum();
        if (sum - 1.0).abs() > SUM_TOLERANCE {
            return Err(Error::Invalid {
                what: "stance",
                id: format!("{self:?}"),
                field: "yes+no+abstain+absent",
                reason: format!("expected probabilities summing to 1, got {sum}"),
            });
        }
        Ok(())
    }
}

/// Expected counts.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct ExpectedTally {
    /// Expected number of `yes` ballots.
    pub yes: f64,
    /// Expected number of `no` ballots.
    pub no: f64,
    /// Expected number of `abstain` ballots.
    pub abstain: f64,
    /// Expected number of `absent` ballots.
    pub absent: f64,
}

/// Marginal distributions of each count: `yes[k]` = P(exactly k yes votes), and so on.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TallyDistribution {
    /// P(yes = k), k = 0..=n.
    pub yes: Vec<f64>,
    /// P(no = k).
    pub no: Vec<f64>,
    /// P(abstain = k).
    pub abstain: Vec<f64>,
    /// P(absent = k).
    pub absent: Vec<f64>,
}

/// The pass probability and what drives it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PassProbability {
    /// P(the motion passes).
    pub pass: f64,
    /// P(at least one veto holder votes no).
    pub vetoed: f64,
    /// Expected counts.
    pub expected: ExpectedTally,
}

pub(crate) fn check_len(roster: &Roster, stances: &[Stance]) -> Result<(), Error> {
    if roster.len() != stances.len() {
        return Err(Error::Model {
            reason: format!(
                "expected {} stances (one per roster member, in roster order), got {}",
                roster.len(),
                stances.len()
            ),
        });
    }
    for s in stances {
        s.validate()?;
    }
    Ok(())
}

/// Which counts the DP must track for `rule`.
fn tracked(rule: &Rule) -> (bool, bool) {
    let frac = |b: &[Base]| {
        rule.conditions
            .iter()
            .any(|c| matches!(c.threshold, Threshold::Fraction { .. }) && b.contains(&c.base))
    };
    let track_no = frac(&[Base::PresentAndVoting, Base::VotesCast]);
    let track_other = frac(&[Base::ValidVotes, Base::Present]) || rule.quorum.is_some();
    (track_no, track_other)
}

/// Exact probability that the motion passes, with the veto probability and expected counts.
///
/// `stances[i]` is the stance of `roster.members()[i]`.
///
/// # Errors
/// [`Error::Model`] when the number of stances differs from the roster size;
/// [`Error::Invalid`] for a stance whose probabilities are not valid.
///
/// # Example
/// ```
/// use comity_rules::{pass_probability, Base, Comparison, Condition, Roster, Rule, Stance,
///                    Threshold, Veto};
/// let rule = Rule {
///     conditions: vec![Condition { threshold: Threshold::Fraction { num: 1, den: 2 },
///                                  base: Base::PresentAndVoting,
///                                  comparison: Comparison::MoreThan }],
///     veto: Veto::None,
///     quorum: None,
/// };
/// let roster = Roster::new(vec!["A".into(), "B".into()]).unwrap();
/// let s = Stance::new(0.5, 0.5, 0.0, 0.0).unwrap();
/// // Passes only when both vote yes: 1 yes of 2 votes is not more than half. P = 1/4.
/// let p = pass_probability(&rule, &roster, &[s, s]).unwrap();
/// assert!((p.pass - 0.25).abs() < 1e-12);
/// ```
pub fn pass_probability(
    rule: &Rule,
    roster: &Roster,
    stances: &[Stance],
) -> Result<PassProbability, Error> {
    check_len(roster, stances)?;
    let n = stances.len();
    let members = roster.size();
    let (track_no, track_other) = tracked(rule);
    let dy = n + 1;
    let dn = if track_no { n + 1 } else { 1 };
    let dot = if track_other { n + 1 } else { 1 };
    let idx = |y: usize, k: usize, o: usize| (y * dn + k) * dot + o;
    let mut table = vec![0.0_f64; dy * dn * dot];
    table[0] = 1.0;
    let mut not_vetoed = 1.0;
    for (i, (s, member)) in stances.iter().zip(roster.members()).enumerate() {
        let veto = roster.is_veto_holder(member);
        if veto {
            not_vetoed *= 1.0 - s.no;
        }
        // Weights of staying, and of stepping in each tracked coordinate.
        let w_y = s.yes;
        let no_mass = if veto { 0.0 } else { s.no };
        let (mut w_n, mut w_o, mut w_stay) = (0.0, 0.0, s.absent);
        if track_no {
            w_n = no_mass;
        } else if track_other {
            w_o += no_mass;
        } else {
            w_stay += no_mass;
        }
        if track_other {
            w_o += s.abstain;
        } else {
            w_stay += s.abstain;
        }
        // After i voters, indices sum to at most i; this voter makes it i + 1.
        let top = i + 1;
        for y in (0..=top.min(dy - 1)).rev() {
            for k in (0..=(top - y).min(dn - 1)).rev() {
                for o in (0..=(top - y - k).min(dot - 1)).rev() {
                    let mut v = table[idx(y, k, o)] * w_stay;
                    if y > 0 {
                        v += table[idx(y - 1, k, o)] * w_y;
                    }
                    if k > 0 {
                        v += table[idx(y, k - 1, o)] * w_n;
                    }
                    if o > 0 {
                        v += table[idx(y, k, o - 1)] * w_o;
                    }
                    table[idx(y, k, o)] = v;
                }
            }
        }
    }
    let mut pass = 0.0;
    for y in 0..dy {
        for k in 0..dn.min(n + 1 - y) {
            for o in 0..dot.min(n + 1 - y - k) {
                let p = table[idx(y, k, o)];
                if p == 0.0 {
                    continue;
                }
                let c = state_counts(y, k, o, track_no, members);
                if rule.conditions_hold(&c, members) {
                    pass += p;
                }
            }
        }
    }
    Ok(PassProbability {
        pass: pass.clamp(0.0, 1.0),
        vetoed: (1.0 - not_vetoed).clamp(0.0, 1.0),
        expected: expected_tally(stances),
    })
}

/// Counts for a DP state; `other` holds abstentions (plus no votes when `no` is untracked).
fn state_counts(y: usize, k: usize, o: usize, track_no: bool, members: u32) -> Counts {
    let as32 = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
    let (no, abstain) = if track_no { (k, o) } else { (0, o) };
    let yes = as32(y);
    let no = as32(no);
    let abstain = as32(abstain);
    Counts {
        yes,
        no,
        abstain,
        absent: members.saturating_sub(yes + no + abstain),
        invalid: 0,
    }
}

/// Expected counts (sums of the stances' probabilities).
#[must_use]
pub fn expected_tally(stances: &[Stance]) -> ExpectedTally {
    stances.iter().fold(ExpectedTally::default(), |mut e, s| {
        e.yes += s.yes;
        e.no += s.no;
        e.abstain += s.abstain;
        e.absent += s.absent;
        e
    })
}

/// Distribution of the number of successes of independent trials (Poisson-binomial), `O(n^2)`.
fn poisson_binomial(p: impl Iterator<Item = f64>, n: usize) -> Vec<f64> {
    let mut d = vec![0.0; n + 1];
    d[0] = 1.0;
    for (i, q) in p.enumerate() {
        for k in (0..=(i + 1).min(n)).rev() {
            let stay = d[k] * (1.0 - q);
            d[k] = if k > 0 { stay + d[k - 1] * q } else { stay };
        }
    }
    d
}

/// Marginal distribution of each count.
#[must_use]
pub fn tally_distribution(stances: &[Stance]) -> TallyDistribution {
    let n = stances.len();
    let of = |b: Ballot| poisson_binomial(stances.iter().map(|s| s.of(b)), n);
    TallyDistribution {
        yes: of(Ballot::Yes),
        no: of(Ballot::No),
        abstain: of(Ballot::Abstain),
        absent: of(Ballot::Absent),
    }
}

/// Joint distribution of (yes, no): `joint[y][k]` = P(yes = y and no = k), `O(n^3)`.
#[must_use]
pub fn joint_yes_no(stances: &[Stance]) -> Vec<Vec<f64>> {
    let n = stances.len();
    let mut t = vec![vec![0.0; n + 1]; n + 1];
    t[0][0] = 1.0;
    for (i, s) in stances.iter().enumerate() {
        let stay = s.abstain + s.absent;
        let top = i + 1;
        for y in (0..=top).rev() {
            for k in (0..=(top - y)).rev() {
                let mut v = t[y][k] * stay;
                if y > 0 {
                    v += t[y - 1][k] * s.yes;
                }
                if k > 0 {
                    v += t[y][k - 1] * s.no;
                }
                t[y][k] = v;
            }
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stance_validation() {
        assert!(Stance::new(0.5, 0.5, 0.0, 0.0).is_ok());
        assert!(Stance::new(0.5, 0.6, 0.0, 0.0).is_err());
        assert!(Stance::new(-0.1, 0.6, 0.5, 0.0).is_err());
        assert!(Stance::new(f64::NAN, 0.6, 0.4, 0.0).is_err());
    }

    #[test]
    fn poisson_binomial_of_fair_coins_is_binomial() {
        // Binomial(3, 1/2): 1/8, 3/8, 3/8, 1/8 (textbook).
        let d = poisson_binomial([0.5; 3].into_iter(), 3);
        for (got, want) in d.iter().zip([0.125, 0.375, 0.375, 0.125]) {
            assert!((got - want).abs() < 1e-15);
        }
    }
}
