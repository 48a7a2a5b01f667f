//! Exact pass probability by dynamic programming; expected tallies and their distributions.
//!
//! # Algorithm
//!
//! Voters are independent; voter `i` votes yes/no/abstain/absent with probabilities
//! `Stance { yes, no, abstain, absent }`.
//!
//! **Score DP (the fast path).** A fractional condition on a base made of ballots is linear in
//! the counts: with the fraction reduced to `num/den`, "yes ≥ ⌈num·B/den⌉" is
//! `den·yes − num·B ≥ 0` and "yes > num·B/den" is `den·yes − num·B ≥ 1`, all in integers (no
//! floating-point threshold). For `B = yes + no` (present-and-voting, votes cast) a yes adds
//! `den − num` to the score and a no subtracts `num`; for `B = yes + no + abstain` (valid votes,
//! present) an abstention subtracts `num` too. So the DP keeps the distribution of one integer
//! score (at most `n·den + 1` cells) instead of the joint distribution of two or three tallies.
//! The other parts of a rule add small dimensions:
//!
//! * conditions on the yes count alone (a count threshold, a fraction of the members): the yes
//!   count capped at the largest such need `K` (`K + 1` cells, the last meaning "≥ K");
//! * a quorum `Q`: the attendance capped at `Q` (`Q + 1` cells);
//! * a veto holder's "no" is not added anywhere: its probability mass is dropped, because any
//!   such path fails;
//! * "a motion with no yes vote never passes": when nothing else tracks the yes count, the
//!   probability of passing with zero yes votes is computed by the same DP with every yes weight
//!   set to zero (its score can only fall, so that run is tiny) and subtracted.
//!
//! Cells that can no longer pass (the score is below the threshold by more than the remaining
//! voters can add) are dropped, and cells that can no longer fail are added to the result and
//! dropped, so the live band shrinks towards both ends of the roll. With `n` voters and one
//! fractional condition the cost is `O(n²·den)`; 195 voters under two-thirds of present and
//! voting take tens of microseconds.
//!
//! **Tally DP (the fallback).** A rule with two fractional conditions on ballot bases keeps the
//! joint distribution of `yes`, `no` (and `other`), as before: `O(n³)` or `O(n⁴)`.

use crate::ballot::{Ballot, Roster};
use crate::error::Error;
use crate::rule::{Base, Comparison, Counts, Rule, Threshold};

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
    let vetoed = 1.0
        - roster
            .members()
            .iter()
            .zip(stances)
            .filter(|(m, _)| roster.is_veto_holder(m))
            .map(|(_, s)| 1.0 - s.no)
            .product::<f64>();
    let pass = match ScorePlan::new(rule, roster.size(), stances.len()) {
        Some(plan) => plan.pass(roster, stances),
        None => pass_by_tallies(rule, roster, stances),
    };
    Ok(PassProbability {
        pass: pass.clamp(0.0, 1.0),
        vetoed: vetoed.clamp(0.0, 1.0),
        expected: expected_tally(stances),
    })
}

/// The fast path's shape for one rule: the linear score (if a fractional condition on ballots
/// exists), the capped yes count, the capped attendance.
#[derive(Debug, Clone, Copy)]
struct ScorePlan {
    /// Score added by a yes, a no, an abstention (an absence adds 0).
    coef: [i64; 3],
    /// The condition holds when the score is at least this.
    min_score: i64,
    /// Whether a fractional condition on ballots exists (else the score is always 0).
    has_form: bool,
    /// The yes count must reach this (at least 1).
    yes_needed: usize,
    /// Attendance needed (0 = no quorum).
    present_needed: usize,
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

impl ScorePlan {
    /// `None` when the rule has two or more fractional conditions on ballot bases (the tally DP
    /// handles those).
    fn new(rule: &Rule, members: u32, n: usize) -> Option<ScorePlan> {
        let mut plan = ScorePlan {
            coef: [0; 3],
            min_score: 0,
            has_form: false,
            yes_needed: 1,
            present_needed: 0,
        };
        let cap = |v: u32| usize::try_from(v).unwrap_or(usize::MAX).min(n + 1);
        for c in &rule.conditions {
            match (c.threshold, c.base) {
                (Threshold::Count(_), _) | (Threshold::Fraction { .. }, Base::Members) => {
                    let k = cap(crate::rule::needed(c.threshold, c.comparison, members));
                    plan.yes_needed = plan.yes_needed.max(k);
                }
                (Threshold::Fraction { num, den }, base) => {
                    let g = gcd(u64::from(num), u64::from(den)).max(1);
                    let num = i64::try_from(u64::from(num) / g).ok()?;
                    let den = i64::try_from(u64::from(den) / g).ok()?;
                    let with_abstain = matches!(base, Base::ValidVotes | Base::Present);
                    let coef = [den - num, -num, if with_abstain { -num } else { 0 }];
                    let min_score = match c.comparison {
                        Comparison::AtLeast => 0,
                        Comparison::MoreThan => 1,
                    };
                    if plan.has_form && (plan.coef != coef || plan.min_score != min_score) {
                        return None;
                    }
                    plan.coef = coef;
                    plan.min_score = min_score;
                    plan.has_form = true;
                }
            }
        }
        if let Some(q) = rule.quorum {
            plan.present_needed = cap(crate::rule::needed(q.threshold, q.comparison, members));
        }
        Some(plan)
    }

    /// P(pass), vetoes included.
    fn pass(&self, roster: &Roster, stances: &[Stance]) -> f64 {
        if self.has_form && self.yes_needed <= 1 {
            // Nothing else tracks the yes count: subtract P(zero yes votes and the rest holds).
            let (all, zero_yes) = if self.present_needed == 0 {
                (
                    self.run_band(roster, stances, false),
                    self.run_band(roster, stances, true),
                )
            } else {
                (
                    self.run(roster, stances, false, 1),
                    self.run(roster, stances, true, 1),
                )
            };
            all - zero_yes
        } else if !self.has_form && self.present_needed == 0 {
            self.run_yes_count(roster, stances)
        } else {
            self.run(roster, stances, false, self.yes_needed + 1)
        }
    }

    /// Conditions on the yes count alone (counts, fractions of the members), no quorum:
    /// P(yes ≥ K) by the yes count capped at `K` (`O(n·K)`), veto holders' no mass dropped.
    fn run_yes_count(&self, roster: &Roster, stances: &[Stance]) -> f64 {
        let k = self.yes_needed;
        let mut d = vec![0.0_f64; k + 1];
        d[0] = 1.0;
        for (i, (m, s)) in roster.members().iter().zip(stances).enumerate() {
            let no = if roster.is_veto_holder(m) { 0.0 } else { s.no };
            let stay = no + s.abstain + s.absent;
            d[k] = d[k] * (stay + s.yes) + if k > 0 { d[k - 1] * s.yes } else { 0.0 };
            for j in (1..=(k - 1).min(i + 1)).rev() {
                d[j] = d[j] * stay + d[j - 1] * s.yes;
            }
            if k > 0 {
                d[0] *= stay;
            }
        }
        d[k]
    }

    /// The DP over the score alone (one fractional condition, no quorum, yes count untracked):
    /// one fused pass per voter over the live band, `new[s] = w₀·old[s] + w₊·old[s − up] +
    /// w₋·old[s + down]`. `old` is kept zero outside the band.
    fn run_band(&self, roster: &Roster, stances: &[Stance], zero_yes: bool) -> f64 {
        let n = stances.len();
        let n64 = i64::try_from(n).unwrap_or(i64::MAX);
        // A yes adds `a >= 0`; a no subtracts `b > 0`; an abstention adds 0 or subtracts `b`.
        let a = self.coef[0];
        let b = -self.coef[1];
        let abstain_drops = self.coef[2] != 0;
        let au = usize::try_from(a).unwrap_or(0);
        let bu = usize::try_from(b).unwrap_or(0);
        // Cell of score s: s + b·n + a (padding of `a` below and `b` above, kept zero).
        let width = usize::try_from((a + b) * n64 + 1).unwrap_or(1) + au + bu;
        let off = b * n64 + a;
        let idx = |s: i64| usize::try_from(s + off).unwrap_or(0);
        // Per voter: weights of score +a, 0, −b.
        let w: Vec<[f64; 3]> = roster
            .members()
            .iter()
            .zip(stances)
            .map(|(m, s)| {
                let no = if roster.is_veto_holder(m) { 0.0 } else { s.no };
                let yes = if zero_yes { 0.0 } else { s.yes };
                let (mut up, mut stay, mut down) = (yes, s.absent, no);
                if abstain_drops {
                    down += s.abstain;
                } else {
                    stay += s.abstain;
                }
                if a == 0 {
                    stay += up;
                    up = 0.0;
                }
                [up, stay, down]
            })
            .collect();
        let mut upper = vec![0_i64; n + 1];
        let mut lower = vec![0_i64; n + 1];
        let mut rest = vec![1.0_f64; n + 1];
        for i in (0..n).rev() {
            let [u, z, d] = w[i];
            rest[i] = rest[i + 1] * (u + z + d);
            upper[i] = upper[i + 1] + if u > 0.0 { a } else { 0 };
            lower[i] = lower[i + 1] + if d > 0.0 { b } else { 0 };
        }
        let min_score = self.min_score;
        let mut old = vec![0.0_f64; width];
        let mut new = vec![0.0_f64; width];
        old[idx(0)] = 1.0;
        let (mut lo, mut hi) = (0_i64, 0_i64);
        let mut sure = 0.0;
        for (i, &[wu, wz, wd]) in w.iter().enumerate() {
            let nlo = lo - if wd > 0.0 { b } else { 0 };
            let nhi = hi + if wu > 0.0 { a } else { 0 };
            let (from, to) = (idx(nlo), idx(nhi));
            {
                let dst = &mut new[from..=to];
                let same = &old[from..=to];
                let below = &old[from - au..=to - au];
                let above = &old[from + bu..=to + bu];
                for (((d, &z), &u), &v) in dst.iter_mut().zip(same).zip(below).zip(above) {
                    *d = wz * z + wu * u + wd * v;
                }
            }
            old[idx(lo)..=idx(hi)].fill(0.0);
            std::mem::swap(&mut old, &mut new);
            lo = nlo;
            hi = nhi;
            // Cells that can no longer reach the threshold.
            let dead = min_score - upper[i + 1];
            if dead > lo {
                let top = dead.min(hi + 1);
                old[idx(lo)..idx(top)].fill(0.0);
                lo = top;
            }
            // Cells that can no longer fall below it, whatever the voters after `i` do.
            let certain = min_score + lower[i + 1];
            if certain <= hi {
                let start = certain.max(lo);
                let cells = &mut old[idx(start)..=idx(hi)];
                sure += cells.iter().sum::<f64>() * rest[i + 1];
                cells.fill(0.0);
                hi = start - 1;
            }
            if lo > hi {
                return sure;
            }
        }
        sure
    }

    /// The DP. `ky` yes-count cells (1 = untracked); `zero_yes` sets every yes weight to 0.
    #[allow(clippy::too_many_lines)]
    fn run(&self, roster: &Roster, stances: &[Stance], zero_yes: bool, ky: usize) -> f64 {
        let n = stances.len();
        let n64 = i64::try_from(n).unwrap_or(i64::MAX);
        let kq = if self.present_needed > 0 {
            self.present_needed + 1
        } else {
            1
        };
        let coef = if self.has_form { self.coef } else { [0; 3] };
        let lowest = coef.iter().copied().min().unwrap_or(0).min(0);
        let highest = coef.iter().copied().max().unwrap_or(0).max(0);
        let smin = lowest * n64;
        let width = usize::try_from((highest - lowest) * n64 + 1).unwrap_or(1);
        let layers = ky * kq;
        let min_score = if self.has_form { self.min_score } else { 0 };
        // Per voter: (score step, yes step, attendance step, weight) of each ballot.
        let steps: Vec<[(i64, usize, usize, f64); 4]> = roster
            .members()
            .iter()
            .zip(stances)
            .map(|(m, s)| {
                let no = if roster.is_veto_holder(m) { 0.0 } else { s.no };
                let yes = if zero_yes { 0.0 } else { s.yes };
                [
                    (coef[0], 1, 1, yes),
                    (coef[1], 0, 1, no),
                    (coef[2], 0, 1, s.abstain),
                    (0, 0, 0, s.absent),
                ]
            })
            .collect();
        // up[i] / down[i]: the most voters i.. can still add to / take from the score.
        // rest[i]: the probability mass voters i.. keep (below 1 when a veto's or, in the
        // zero-yes run, a yes's mass is dropped).
        let mut up = vec![0_i64; n + 1];
        let mut down = vec![0_i64; n + 1];
        let mut rest = vec![1.0_f64; n + 1];
        for i in (0..n).rev() {
            rest[i] = rest[i + 1] * steps[i].iter().map(|t| t.3).sum::<f64>();
            let live = steps[i].iter().filter(|t| t.3 > 0.0);
            let (mut u, mut d) = (0_i64, 0_i64);
            for t in live {
                u = u.max(t.0);
                d = d.max(-t.0);
            }
            up[i] = up[i + 1] + u;
            down[i] = down[i + 1] + d;
        }
        let idx = |s: i64| usize::try_from(s - smin).unwrap_or(0);
        let mut old = vec![0.0_f64; layers * width];
        let mut new = vec![0.0_f64; layers * width];
        old[idx(0)] = 1.0;
        let (mut lo, mut hi) = (0_i64, 0_i64);
        let mut sure = 0.0;
        let last = layers - 1;
        for (i, st) in steps.iter().enumerate() {
            let live: Vec<&(i64, usize, usize, f64)> = st.iter().filter(|t| t.3 > 0.0).collect();
            if live.is_empty() {
                return sure;
            }
            let nlo = lo + live.iter().map(|t| t.0).min().unwrap_or(0);
            let nhi = hi + live.iter().map(|t| t.0).max().unwrap_or(0);
            // Live layers before voter i: at most i yes votes / attendances so far, and enough
            // voters left to reach the need (the capped top layer is always live). Layers
            // below a live range are never read again, so they need no clearing.
            let left = n - i;
            let (ylo, yhi) = ((ky - 1).saturating_sub(left), i.min(ky - 1));
            let (qlo, qhi) = ((kq - 1).saturating_sub(left), i.min(kq - 1));
            for y in ylo..=(i + 1).min(ky - 1) {
                for q in qlo..=(i + 1).min(kq - 1) {
                    let l = y * kq + q;
                    new[l * width + idx(nlo)..=l * width + idx(nhi)].fill(0.0);
                }
            }
            let len = idx(hi) - idx(lo) + 1;
            for &&(ds, dy, dq, w) in &live {
                for y in ylo..=yhi {
                    let ty = (y + dy).min(ky - 1);
                    for q in qlo..=qhi {
                        let tq = (q + dq).min(kq - 1);
                        let from = (y * kq + q) * width + idx(lo);
                        let to = (ty * kq + tq) * width + idx(lo + ds);
                        let (src, dst) = (&old[from..from + len], &mut new[to..to + len]);
                        for (d, s) in dst.iter_mut().zip(src) {
                            *d += w * *s;
                        }
                    }
                }
            }
            std::mem::swap(&mut old, &mut new);
            lo = nlo.max(min_score - up[i + 1]);
            hi = nhi;
            // Cells of the last layer (yes and attendance needs met) that cannot fail any more,
            // whatever the voters after `i` do (weighted by the mass those voters keep).
            let certain = min_score + down[i + 1];
            if certain <= hi {
                let from = last * width + idx(certain.max(lo));
                let cells = &mut old[from..=last * width + idx(hi)];
                sure += cells.iter().sum::<f64>() * rest[i + 1];
                cells.fill(0.0);
                if layers == 1 {
                    hi = certain - 1;
                }
            }
            if lo > hi {
                return sure;
            }
        }
        let from = idx(lo.max(min_score));
        if lo.max(min_score) > hi {
            return sure;
        }
        sure + old[last * width + from..=last * width + idx(hi)]
            .iter()
            .sum::<f64>()
    }
}

/// Exact P(pass) by the joint distribution of the tallies: the slower algorithm
/// [`pass_probability`] falls back to for rules with two fractional conditions on ballots, and
/// the reference it is tested against (`O(n³)` for a two-thirds-of-present-and-voting rule).
///
/// # Errors
/// As for [`pass_probability`].
pub fn pass_probability_by_tallies(
    rule: &Rule,
    roster: &Roster,
    stances: &[Stance],
) -> Result<f64, Error> {
    check_len(roster, stances)?;
    Ok(pass_by_tallies(rule, roster, stances).clamp(0.0, 1.0))
}

fn pass_by_tallies(rule: &Rule, roster: &Roster, stances: &[Stance]) -> f64 {
    let n = stances.len();
    let members = roster.size();
    let (track_no, track_other) = tracked(rule);
    let dy = n + 1;
    let dn = if track_no { n + 1 } else { 1 };
    let dot = if track_other { n + 1 } else { 1 };
    let idx = |y: usize, k: usize, o: usize| (y * dn + k) * dot + o;
    let mut table = vec![0.0_f64; dy * dn * dot];
    table[0] = 1.0;
    for (i, (s, member)) in stances.iter().zip(roster.members()).enumerate() {
        let veto = roster.is_veto_holder(member);
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
    pass
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
