//! The crate's one error type.

/// Everything that can go wrong when building roll calls or fitting a model.
///
/// Bad input is always reported as one of these variants, never as a panic.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The roll-call matrix has no actors, no items or no votes.
    #[error("empty roll-call matrix: {what} (expected at least one)")]
    Empty {
        /// What was empty (`"actors"`, `"items"`, `"votes"`).
        what: &'static str,
    },
    /// A vote names an actor index outside `0..n_actors`.
    #[error("vote #{position}: actor index {actor} is out of range (expected < {n_actors})")]
    ActorOutOfRange {
        /// Position of the offending triple in the input.
        position: usize,
        /// The actor index found.
        actor: usize,
        /// The number of actors declared.
        n_actors: usize,
    },
    /// A vote names an item index outside `0..n_items`.
    #[error("vote #{position}: item index {item} is out of range (expected < {n_items})")]
    ItemOutOfRange {
        /// Position of the offending triple in the input.
        position: usize,
        /// The item index found.
        item: usize,
        /// The number of items declared.
        n_items: usize,
    },
    /// The same actor voted twice on the same item.
    #[error("actor {actor} has more than one vote on item {item} (expected at most one)")]
    DuplicateVote {
        /// The actor index.
        actor: usize,
        /// The item index.
        item: usize,
    },
    /// An actor has no vote at all, so it has no estimable ideal point.
    #[error("actor {actor} has no votes (expected every actor to vote at least once)")]
    ActorWithoutVotes {
        /// The actor index.
        actor: usize,
    },
    /// An item has no vote at all, so its parameters cannot be estimated.
    #[error("item {item} has no votes (expected every item to have at least one vote)")]
    ItemWithoutVotes {
        /// The item index.
        item: usize,
    },
    /// The binary model treats abstentions as missing, and this actor has nothing else.
    #[error("actor {actor} has only abstentions: the binary model treats them as missing (expected at least one yes or no vote)")]
    OnlyAbstentions {
        /// The actor index.
        actor: usize,
    },
    /// More than `u32::MAX` actors, items or votes.
    #[error("too many {what}: {count} (at most {max} supported)")]
    TooLarge {
        /// What overflowed.
        what: &'static str,
        /// How many were given.
        count: usize,
        /// The maximum supported.
        max: usize,
    },
    /// An option is out of its valid range (NaN, negative, zero where positive is needed...).
    #[error("invalid option `{option}` = {value}: expected {expected}")]
    InvalidOption {
        /// The option's field name.
        option: &'static str,
        /// The value given, formatted.
        value: String,
        /// What was expected.
        expected: &'static str,
    },
    /// The estimation produced a non-finite number (should not happen; reported instead of a panic).
    #[error("numerical failure in {stage} at iteration {iteration}: {what}")]
    Numerical {
        /// The algorithm stage (`"e-step"`, `"normalisation"`, ...).
        stage: &'static str,
        /// The iteration at which it happened.
        iteration: usize,
        /// Description.
        what: String,
    },
    /// A thread pool of the requested size could not be built.
    #[error("could not build a thread pool of {threads} threads: {reason}")]
    ThreadPool {
        /// Requested number of threads.
        threads: usize,
        /// The reason given by rayon.
        reason: String,
    },
}
