//! Options of a fit and the progress reports it emits.

use crate::Error;

/// How to fit the model. Start from [`FitOptions::default`] and change what you need.
#[derive(Debug, Clone, PartialEq)]
pub struct FitOptions {
    /// `false`: one ideal point per actor. `true`: one per actor per session, following a
    /// Gaussian random walk across the sessions in which the actor is present.
    pub dynamic: bool,
    /// Maximum number of iterations, i.e. passes over the votes (default 1,000).
    pub max_iter: usize,
    /// Stop when one more iteration would change the ideal points, item intercepts and item
    /// slopes so little that each correlates with its current value at `1 − tolerance` or
    /// more (the rule of emIRT, Imai, Lo & Olmsted 2016, applied to the Newton-based
    /// iteration; default `1e-6`). `0` runs `max_iter` iterations.
    pub tolerance: f64,
    /// Seed of the parametric bootstrap (the point estimates use no randomness).
    pub seed: u64,
    /// Number of parametric-bootstrap replicates (0 = no standard errors; 100+ for intervals).
    /// Each replicate's refit stops at tolerance `max(tolerance, 1e-3)`.
    pub bootstrap: usize,
    /// Actor whose ideal point is made positive (static: its point; dynamic: the mean of its
    /// points). Identification only; choose an actor at one end of the scale.
    pub anchor: usize,
    /// Number of worker threads (`None`: rayon's global pool). Results do not depend on it.
    pub threads: Option<usize>,
    /// Dynamic model: standard deviation of the random-walk step per session unit, on the
    /// scale of the N(0, 1) prior of the first point (default 0.1). A gap of `k` sessions
    /// between two of an actor's points has variance `k · random_walk_sd²`.
    pub random_walk_sd: f64,
    /// Dynamic model: standard deviation of a N(0, sd²) prior on every point after an
    /// actor's first, on the scale of the first point's N(0, 1) prior (`None`, the default:
    /// no such prior, a plain random walk). It keeps actors that vote as one bloc, apart
    /// from everyone else, from running off to the end of the scale when the random walk
    /// is loose.
    pub point_prior_sd: Option<f64>,
    /// Prior standard deviation of the item intercepts and slopes on the latent scale (default 5).
    pub item_prior_sd: f64,
    /// Rate of the exponential prior on each item's latent precision τ² (default 0.5); it
    /// keeps unanimous items finite. Unused by the binary model (its precision is fixed at 1).
    pub precision_prior_rate: f64,
    /// Which item response model to fit (default [`Model::Ordinal`]).
    pub model: Model,
    /// Accelerate the iteration with SQUAREM (Varadhan & Roland 2008), keeping an
    /// extrapolated step only when it does not lower the objective (default `true`). `false`
    /// runs the plain iteration; both stop by the same rule and reach the same posterior mode.
    pub accelerate: bool,
}

/// The item response model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Model {
    /// Ordered probit over `no < abstain < yes` (Imai, Lo & Olmsted 2016, ordinal model).
    #[default]
    Ordinal,
    /// Binary probit over `yes`/`no`; abstentions are treated as missing (the model of
    /// `pscl::ideal`, `MCMCpack::MCMCirt1d` and emIRT's `binIRT`). Use it for matrices that
    /// have no abstentions: the ordinal model would still reserve probability for them.
    Binary,
}

impl Default for FitOptions {
    fn default() -> Self {
        FitOptions {
            dynamic: false,
            max_iter: 1_000,
            tolerance: 1e-6,
            seed: 0,
            bootstrap: 0,
            anchor: 0,
            threads: None,
            random_walk_sd: 0.1,
            item_prior_sd: 5.0,
            point_prior_sd: None,
            precision_prior_rate: 0.5,
            model: Model::Ordinal,
            accelerate: true,
        }
    }
}

fn invalid(option: &'static str, value: impl ToString, expected: &'static str) -> Error {
    Error::InvalidOption {
        option,
        value: value.to_string(),
        expected,
    }
}

impl FitOptions {
    /// Checks every option against its valid range for a matrix of `n_actors` actors.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidOption`] naming the first bad field.
    pub fn validate(&self, n_actors: usize) -> Result<(), Error> {
        if self.max_iter == 0 {
            return Err(invalid("max_iter", self.max_iter, "at least 1"));
        }
        if !(self.tolerance.is_finite() && self.tolerance >= 0.0) {
            return Err(invalid("tolerance", self.tolerance, "a finite number >= 0"));
        }
        if self.anchor >= n_actors {
            return Err(invalid(
                "anchor",
                self.anchor,
                "an actor index below n_actors",
            ));
        }
        if self.threads == Some(0) {
            return Err(invalid("threads", 0, "None or at least 1"));
        }
        if !(self.random_walk_sd.is_finite() && self.random_walk_sd > 0.0) {
            return Err(invalid(
                "random_walk_sd",
                self.random_walk_sd,
                "a finite number > 0",
            ));
        }
        if !(self.item_prior_sd.is_finite() && self.item_prior_sd > 0.0) {
            return Err(invalid(
                "item_prior_sd",
                self.item_prior_sd,
                "a finite number > 0",
            ));
        }
        if let Some(sd) = self.point_prior_sd {
            if !(sd.is_finite() && sd > 0.0) {
                return Err(invalid("point_prior_sd", sd, "a finite number > 0"));
            }
        }
        if !(self.precision_prior_rate.is_finite() && self.precision_prior_rate > 0.0) {
            return Err(invalid(
                "precision_prior_rate",
                self.precision_prior_rate,
                "a finite number > 0",
            ));
        }
        Ok(())
    }
}

/// A progress report, sent to the caller's callback from the calling thread.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub enum Progress {
    /// The main fit accepted a new iterate; `objective` is its log-posterior (up to a
    /// constant), `iteration` the number of iterations (passes) completed before it.
    Iteration {
        /// Completed M-steps.
        iteration: usize,
        /// Log-posterior up to an additive constant.
        objective: f64,
        /// Log-likelihood of the votes.
        log_likelihood: f64,
    },
    /// Bootstrap replicates completed so far.
    Bootstrap {
        /// Replicates done.
        done: usize,
        /// Replicates requested.
        total: usize,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nan_options_are_errors() {
        let o = FitOptions {
            tolerance: f64::NAN,
            ..FitOptions::default()
        };
        assert!(matches!(
            o.validate(3),
            Err(Error::InvalidOption {
                option: "tolerance",
                ..
            })
        ));
        let o = FitOptions {
            random_walk_sd: f64::NAN,
            ..FitOptions::default()
        };
        assert!(o.validate(3).is_err());
        let o = FitOptions {
            anchor: 3,
            ..FitOptions::default()
        };
        assert!(o.validate(3).is_err());
        assert!(FitOptions::default().validate(3).is_ok());
    }
}
