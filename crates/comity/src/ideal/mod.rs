//! Ideal points from the stored roll calls: fitting with `comity-ideal`,
//! storing estimates, and predicting votes through the rules' stance-model
//! interface ([`IdealStanceModel`]). The motion spec and the validation on
//! GA 63/3 are described in `docs/ideal.md`.
//!
//! Fits use the official vote where a shipped correction applies (GA 63/3,
//! Afghanistan: abstain), the data's vote everywhere else. Identification:
//! the anchor (USA by default) is on the positive side. Every fit is kept
//! (numbered); commands use the latest unless told otherwise.
//!
//! Modules: `fit` (fitting, storing and loading fits), `window` (pre-vote
//! statistics of the roll calls before a date), `probit` (the ordered-probit
//! item), [`learned`] (the vote model fitted on earlier roll calls),
//! `predict` (the motion spec and [`IdealStanceModel`]).

/// Progress reports of a fit (EM iterations, bootstrap replicates).
pub use comity_ideal::Progress as FitProgress;

mod fit;
pub mod learned;
mod predict;
mod probit;
pub mod validate;
mod window;

pub use fit::{dynamic_options, FitInfo, FitSpec, StoredFit, StoredPoint};
pub use predict::{ActorPrediction, IdealStanceModel, MotionSpec, Side};
pub use probit::{estimate_item, probabilities, reversed};
pub use window::VoteWindow;
