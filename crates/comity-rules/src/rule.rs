//! A decision rule as data: thresholds over a base, vetoes, quorum; and its evaluation on a
//! recorded tally.

use serde::Deserialize;

use crate::error::Error;

/// An actor id (`RUS`, `XKX`, `FRA`), as in the ledger.
pub type ActorId = String;

/// A threshold: an exact fraction of a base, or a fixed number of affirmative votes.
///
/// In TOML: a string `"2/3"` (fraction) or an integer `9` (count).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(try_from = "ThresholdRepr")]
pub enum Threshold {
    /// `num/den` of the base (e.g. 2/3); `0 < num <= den`.
    Fraction {
        /// Numerator.
        num: u32,
        /// Denominator (positive).
        den: u32,
    },
    /// A fixed number of affirmative votes (e.g. 9 in the UN Security Council).
    Count(u32),
}

#[derive(Deserialize)]
#[serde(untagged)]
enum ThresholdRepr {
    Count(i64),
    Text(String),
}

impl TryFrom<ThresholdRepr> for Threshold {
    type Error = String;
    fn try_from(repr: ThresholdRepr) -> Result<Self, String> {
        match repr {
            ThresholdRepr::Count(k) => u32::try_from(k)
                .map(Threshold::Count)
                .map_err(|_| format!("a count threshold must be a non-negative integer, got {k}")),
            ThresholdRepr::Text(text) => Threshold::parse(&text),
        }
    }
}

impl Threshold {
    /// Parses `"2/3"` (fraction) or `"9"` (count).
    ///
    /// # Errors
    /// A message naming what was expected when the text is neither form, when the denominator is
    /// zero, or when the fraction is not in `(0, 1]`.
    pub fn parse(text: &str) -> Result<Self, String> {
        let text = text.trim();
        if let Some((n, d)) = text.split_once('/') {
            let num: u32 = n.trim().parse().map_err(|_| {
                format!("expected a fraction like \"2/3\", got {text:?} (bad numerator)")
            })?;
            let den: u32 = d.trim().parse().map_err(|_| {
                format!("expected a fraction like \"2/3\", got {text:?} (bad denominator)")
            })?;
            if den == 0 || num == 0 || num > den {
                return Err(format!(
                    "expected a fraction num/den with 0 < num <= den, got {text:?}"
                ));
            }
            Ok(Threshold::Fraction { num, den })
        } else {
            text.parse().map(Threshold::Count).map_err(|_| {
                format!("expected a fraction like \"2/3\" or a count like 9, got {text:?}")
            })
        }
    }
}

/// What a fraction is taken of.
///
/// `present-and-voting` and `votes-cast` have the same arithmetic here: both are `yes + no`
/// (abstentions, absentees and invalid ballots excluded). They are kept apart because the legal
/// texts use different words (UN Charter Art. 18 "present and voting"; Interpol "votes cast,
/// abstentions excluded"), and a reader checks a rule against its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Base {
    /// `yes + no` (UN and UNESCO usage: abstainers are "not voting").
    PresentAndVoting,
    /// `yes + no`: votes cast, abstentions excluded (same arithmetic as present-and-voting).
    VotesCast,
    /// `yes + no + abstain`: valid ballots, blank/abstention ballots included, invalid excluded.
    ValidVotes,
    /// `yes + no + abstain + invalid`: everyone who attended the vote.
    Present,
    /// All members entitled to vote (the roster size), whether they attended or not.
    Members,
}

/// Whether the yes votes must reach the threshold or strictly exceed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Comparison {
    /// `yes >= threshold` ("a two-thirds majority", "at least 9").
    AtLeast,
    /// `yes > threshold` ("more than half").
    MoreThan,
}

/// One condition on the affirmative votes. A rule passes when all its conditions hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// The threshold.
    pub threshold: Threshold,
    /// What a fractional threshold is taken of (ignored for a count threshold).
    pub base: Base,
    /// Reach or exceed.
    pub comparison: Comparison,
}

/// A quorum: how many members must attend (`yes + no + abstain + invalid`), relative to the
/// members entitled to vote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quorum {
    /// A fraction of the members or a fixed count.
    pub threshold: Threshold,
    /// Reach or exceed.
    pub comparison: Comparison,
}

/// Who can block a motion by voting no (an abstention is not a veto).
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
#[serde(try_from = "VetoRepr")]
pub enum Veto {
    /// Nobody.
    #[default]
    None,
    /// The members of a ledger group (e.g. `p5`), resolved by the caller as of the vote's date.
    Group(String),
    /// A fixed list of actor ids.
    Actors(Vec<ActorId>),
    /// Every member (unanimity: any no blocks).
    AllMembers,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct VetoRepr {
    group: Option<String>,
    actors: Option<Vec<String>>,
    #[serde(default)]
    all_members: bool,
}

impl TryFrom<VetoRepr> for Veto {
    type Error = String;
    fn try_from(r: VetoRepr) -> Result<Self, String> {
        match (r.group, r.actors, r.all_members) {
            (Some(g), None, false) => Ok(Veto::Group(g)),
            (None, Some(a), false) => Ok(Veto::Actors(a)),
            (None, None, true) => Ok(Veto::AllMembers),
            (None, None, false) => Ok(Veto::None),
            _ => Err(
                "expected exactly one of `group = \"p5\"`, `actors = [..]` or \
                      `all-members = true`"
                    .to_string(),
            ),
        }
    }
}

/// A decision rule: all conditions must hold, no veto holder may vote no, the quorum must be met.
///
/// A motion with no affirmative vote never passes (so that `1/1` of an empty base does not pass).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Conditions on the yes votes (at least one).
    #[serde(rename = "condition")]
    pub conditions: Vec<Condition>,
    /// Veto holders.
    #[serde(default)]
    pub veto: Veto,
    /// Quorum, if the rule has one.
    #[serde(default)]
    pub quorum: Option<Quorum>,
}

/// The counts of one vote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Affirmative votes.
    pub yes: u32,
    /// Negative votes.
    pub no: u32,
    /// Abstentions (including blank ballots).
    pub abstain: u32,
    /// Members who did not take part.
    pub absent: u32,
    /// Invalid ballots.
    pub invalid: u32,
}

/// A recorded tally: what sources report for a vote.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Tally {
    /// Affirmative votes.
    pub yes: u32,
    /// Negative votes.
    pub no: u32,
    /// Abstentions.
    pub abstain: u32,
    /// Invalid ballots.
    pub invalid: u32,
    /// Members entitled to vote, when known (needed for a `members` base or a quorum).
    pub members: Option<u32>,
    /// The veto holders who voted no, when known. `None` = not recorded.
    pub veto_no: Option<Vec<ActorId>>,
}

impl Tally {
    /// A tally of yes, no and abstain with nothing else recorded.
    #[must_use]
    pub fn new(yes: u32, no: u32, abstain: u32) -> Self {
        Tally {
            yes,
            no,
            abstain,
            ..Tally::default()
        }
    }

    /// Sets the number of members entitled to vote.
    #[must_use]
    pub fn with_members(mut self, members: u32) -> Self {
        self.members = Some(members);
        self
    }

    /// Sets the number of invalid ballots.
    #[must_use]
    pub fn with_invalid(mut self, invalid: u32) -> Self {
        self.invalid = invalid;
        self
    }

    /// Records which veto holders voted no (an empty list: none did).
    #[must_use]
    pub fn with_veto_no(mut self, holders: Vec<ActorId>) -> Self {
        self.veto_no = Some(holders);
        self
    }

    /// Members who attended: `yes + no + abstain + invalid`.
    #[must_use]
    pub fn present(&self) -> u32 {
        self.yes + self.no + self.abstain + self.invalid
    }
}

/// How one condition fared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConditionOutcome {
    /// The condition.
    pub condition: Condition,
    /// The base it was taken of (for a count threshold: the base named by the rule, for display).
    pub base: u32,
    /// The smallest number of yes votes that meets the condition at this base.
    pub needed: u32,
    /// Whether it was met.
    pub met: bool,
    /// `yes - needed`: negative = that many short, zero or positive = that many to spare.
    pub margin: i64,
}

/// Whether a veto decided the vote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VetoOutcome {
    /// The rule has no veto holders.
    NotApplicable,
    /// No veto holder voted no.
    NotExercised,
    /// These veto holders voted no.
    ExercisedBy(Vec<ActorId>),
}

/// How the quorum fared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuorumOutcome {
    /// Members present.
    pub present: u32,
    /// Members needed present.
    pub needed: u32,
    /// Whether it was met.
    pub met: bool,
}

/// The result of applying a rule to a tally.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Whether the motion passed under the rule.
    pub passed: bool,
    /// Each condition, in rule order.
    pub conditions: Vec<ConditionOutcome>,
    /// The smallest condition margin (the binding condition): negative = votes short.
    pub margin: i64,
    /// The quorum, when the rule has one.
    pub quorum: Option<QuorumOutcome>,
    /// The veto.
    pub veto: VetoOutcome,
}

impl Outcome {
    /// The binding condition (smallest margin); `None` only for a rule without conditions.
    #[must_use]
    pub fn binding(&self) -> Option<&ConditionOutcome> {
        self.conditions.iter().min_by_key(|c| c.margin)
    }
}

/// Smallest `yes` meeting `threshold` (with `comparison`) at `base`; at least 1.
pub(crate) fn needed(threshold: Threshold, comparison: Comparison, base: u32) -> u32 {
    let n = match (threshold, comparison) {
        (Threshold::Count(k), Comparison::AtLeast) => u64::from(k),
        (Threshold::Count(k), Comparison::MoreThan) => u64::from(k) + 1,
        (Threshold::Fraction { num, den }, cmp) => {
            let prod = u64::from(num) * u64::from(base);
            let den = u64::from(den.max(1));
            match cmp {
                Comparison::AtLeast => prod.div_ceil(den),
                Comparison::MoreThan => prod / den + 1,
            }
        }
    };
    u32::try_from(n.max(1)).unwrap_or(u32::MAX)
}

impl Rule {
    /// Whether any condition or the quorum needs the number of members.
    #[must_use]
    pub fn needs_members(&self) -> bool {
        self.quorum.is_some()
            || self.conditions.iter().any(|c| {
                c.base == Base::Members && matches!(c.threshold, Threshold::Fraction { .. })
            })
    }

    /// Checks the rule's own consistency (at least one condition).
    ///
    /// # Errors
    /// [`Error::Invalid`] naming `id` when the rule has no condition.
    pub fn validate(&self, id: &str) -> Result<(), Error> {
        if self.conditions.is_empty() {
            return Err(Error::Invalid {
                what: "rule",
                id: id.to_string(),
                field: "condition",
                reason: "expected at least one condition".to_string(),
            });
        }
        Ok(())
    }

    /// The base of `base` for these counts and `members` entitled to vote.
    pub(crate) fn base_of(base: Base, c: &Counts, members: u32) -> u32 {
        match base {
            Base::PresentAndVoting | Base::VotesCast => c.yes + c.no,
            Base::ValidVotes => c.yes + c.no + c.abstain,
            Base::Present => c.yes + c.no + c.abstain + c.invalid,
            Base::Members => members,
        }
    }

    /// Fast check used by the probability engine: conditions and quorum only (vetoes are handled
    /// by the caller).
    pub(crate) fn conditions_hold(&self, c: &Counts, members: u32) -> bool {
        if c.yes == 0 {
            return false;
        }
        if let Some(q) = self.quorum {
            let present = c.yes + c.no + c.abstain + c.invalid;
            if present < needed(q.threshold, q.comparison, members) {
                return false;
            }
        }
        self.conditions.iter().all(|cond| {
            let base = Self::base_of(cond.base, c, members);
            c.yes >= needed(cond.threshold, cond.comparison, base)
        })
    }
}

/// Applies `rule` to a recorded tally.
///
/// # Errors
/// [`Error::MissingCount`] when the rule needs the number of members (a `members` base or a
/// quorum) and the tally does not record it, or when the rule has veto holders, some votes were
/// negative and the tally does not say whether a veto holder cast one.
///
/// # Example
/// ```
/// use comity_rules::{evaluate, Base, Comparison, Condition, Rule, Tally, Threshold, Veto};
/// // UNESCO General Conference, 9 Nov 2015: two-thirds of members present and voting.
/// let rule = Rule {
///     conditions: vec![Condition {
///         threshold: Threshold::Fraction { num: 2, den: 3 },
///         base: Base::PresentAndVoting,
///         comparison: Comparison::AtLeast,
///     }],
///     veto: Veto::None,
///     quorum: None,
/// };
/// let out = evaluate(&rule, &Tally::new(92, 50, 29)).unwrap();
/// assert!(!out.passed);
/// assert_eq!(out.conditions[0].needed, 95);
/// assert_eq!(out.margin, -3);
/// ```
pub fn evaluate(rule: &Rule, tally: &Tally) -> Result<Outcome, Error> {
    let members = match (tally.members, rule.needs_members()) {
        (Some(m), _) => m,
        (None, false) => 0,
        (None, true) => return Err(Error::MissingCount { what: "members" }),
    };
    let counts = Counts {
        yes: tally.yes,
        no: tally.no,
        abstain: tally.abstain,
        absent: members.saturating_sub(tally.present()),
        invalid: tally.invalid,
    };
    let conditions: Vec<ConditionOutcome> = rule
        .conditions
        .iter()
        .map(|cond| {
            let base = Rule::base_of(cond.base, &counts, members);
            let needed = needed(cond.threshold, cond.comparison, base);
            ConditionOutcome {
                condition: *cond,
                base,
                needed,
                met: counts.yes >= needed,
                margin: i64::from(counts.yes) - i64::from(needed),
            }
        })
        .collect();
    let quorum = rule.quorum.map(|q| {
        let needed = needed(q.threshold, q.comparison, members);
        QuorumOutcome {
            present: tally.present(),
            needed,
            met: tally.present() >= needed,
        }
    });
    let veto = match (&rule.veto, &tally.veto_no) {
        (Veto::None, _) => VetoOutcome::NotApplicable,
        (_, Some(v)) if !v.is_empty() => VetoOutcome::ExercisedBy(v.clone()),
        (_, Some(_)) => VetoOutcome::NotExercised,
        (_, None) if tally.no == 0 => VetoOutcome::NotExercised,
        (_, None) => {
            return Err(Error::MissingCount {
                what: "which veto holders voted no",
            })
        }
    };
    let margin = conditions.iter().map(|c| c.margin).min().unwrap_or(0);
    let passed = tally.yes > 0
        && conditions.iter().all(|c| c.met)
        && quorum.is_none_or(|q| q.met)
        && !matches!(veto, VetoOutcome::ExercisedBy(_));
    Ok(Outcome {
        passed,
        conditions,
        margin,
        quorum,
        veto,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn threshold_parse_accepts_and_rejects() {
        assert_eq!(
            Threshold::parse("2/3"),
            Ok(Threshold::Fraction { num: 2, den: 3 })
        );
        assert_eq!(Threshold::parse(" 9 "), Ok(Threshold::Count(9)));
        assert!(Threshold::parse("3/2").is_err());
        assert!(Threshold::parse("1/0").is_err());
        assert!(Threshold::parse("two thirds").is_err());
    }

    #[test]
    fn needed_handles_strictness() {
        let half = Threshold::Fraction { num: 1, den: 2 };
        // 52 valid votes: more than half = 27; at least half = 26.
        assert_eq!(needed(half, Comparison::MoreThan, 52), 27);
        assert_eq!(needed(half, Comparison::AtLeast, 52), 26);
        let two_thirds = Threshold::Fraction { num: 2, den: 3 };
        // 142 present and voting: 94.67 -> 95 (UNESCO 2015, io_events.csv).
        assert_eq!(needed(two_thirds, Comparison::AtLeast, 142), 95);
        // exact multiple: 2/3 of 120 = 80; more-than -> 81.
        assert_eq!(needed(two_thirds, Comparison::AtLeast, 120), 80);
        assert_eq!(needed(two_thirds, Comparison::MoreThan, 120), 81);
        assert_eq!(needed(Threshold::Count(9), Comparison::AtLeast, 15), 9);
        // never fewer than one yes vote
        assert_eq!(needed(two_thirds, Comparison::AtLeast, 0), 1);
    }
}
