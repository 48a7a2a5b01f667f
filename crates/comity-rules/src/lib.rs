#![doc = include_str!("../README.md")]

mod attendance;
mod ballot;
mod catalog;
mod category;
mod error;
mod monte_carlo;
mod needed;
mod probability;
mod record;
mod rule;
mod stance;

pub use attendance::{attendance, with_absence, Attendance};
pub use ballot::{evaluate_votes, parse_assumptions, Ballot, Roster};
pub use catalog::{
    parse_bodies, Body, BodyRule, Catalog, Procedure, RosterSpec, Stage, Voters, FORMAT,
};
pub use category::{
    validate, CategoryModel, FitVote, HeldOutVote, LabelledModel, Validation, VoteScore,
    DEFAULT_RIDGE,
};
pub use error::Error;
pub use monte_carlo::{monte_carlo, wilson_interval, MonteCarlo, Xoshiro256, Z_999};
pub use needed::{votes_needed, votes_needed_tally, Change, VotesNeeded};
pub use probability::{
    expected_tally, joint_yes_no, pass_probability, pass_probability_by_tallies,
    tally_distribution, ExpectedTally, PassProbability, Stance, TallyDistribution,
};
pub use record::{check_votes, parse_votes, RecordedOutcome, RecordedVote};
pub use rule::{
    evaluate, ActorId, Base, Comparison, Condition, ConditionOutcome, Counts, Outcome, Quorum,
    QuorumOutcome, Rule, Tally, Threshold, Veto, VetoOutcome,
};
pub use stance::{stances_for, Assumed, Motion, StanceModel, UniformStance};
