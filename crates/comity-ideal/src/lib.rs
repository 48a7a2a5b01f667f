#![doc = include_str!("../README.md")]

mod bootstrap;
mod em;
mod error;
mod fit;
mod options;
mod points;
mod roll_calls;
mod simulate;
mod squarem;
mod start;
mod truncated_normal;

pub use error::Error;
pub use fit::{fit, BootstrapSummary, Fit, IdealPoint, ItemParams};
pub use options::{FitOptions, Model, Progress};
pub use roll_calls::{RollCalls, Vote};
pub use simulate::{Simulated, Simulation};
