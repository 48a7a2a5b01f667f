//! Simulated roll calls with a known truth, for tests, benchmarks and method checks.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::{Error, ItemParams, RollCalls, Vote};

/// A recipe for a simulated roll-call matrix (see [`Simulation::run`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Simulation {
    /// Number of actors.
    pub n_actors: usize,
    /// Number of items.
    pub n_items: usize,
    /// Number of sessions (items are spread evenly over sessions `1..=n_sessions`).
    pub n_sessions: u16,
    /// Probability that an actor votes on an item (0–1].
    pub participation: f64,
    /// Standard deviation of each actor's random-walk step per session (0 = static truth).
    pub drift_sd: f64,
    /// Seed of the generator (ChaCha8).
    pub seed: u64,
}

/// A simulated matrix and the truth that generated it.
#[derive(Debug, Clone)]
pub struct Simulated {
    /// The votes.
    pub roll_calls: RollCalls,
    /// `truth[i][t]`: true point of actor `i` in session `t + 1` (all equal if `drift_sd = 0`).
    pub truth: Vec<Vec<f64>>,
    /// True item parameters (on the scale of the true points).
    pub items: Vec<ItemParams>,
}

fn normal(rng: &mut impl Rng) -> f64 {
    // Box–Muller; 1 - u avoids ln(0).
    let u: f64 = 1.0 - rng.random::<f64>();
    let v: f64 = rng.random();
    (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
}

impl Simulation {
    /// A matrix the size of the UN General Assembly data (200 actors, 6,000 items,
    /// 75 sessions, about 870,000 votes).
    pub fn unga_size(seed: u64) -> Simulation {
        Simulation {
            n_actors: 200,
            n_items: 6_000,
            n_sessions: 75,
            participation: 0.725,
            drift_sd: 0.1,
            seed,
        }
    }

    /// Draws the truth and the votes.
    ///
    /// Truth: first points N(0, 1), then a random walk with step sd `drift_sd`; items:
    /// discrimination `±(0.5 + |N(0, 1)|)`, cutpoints `c₀ ~ N(−1.5, 0.5)`,
    /// `c₁ = c₀ + 0.3 + |N(0, 0.5)|` (mostly yes, some abstentions and noes, like the UNGA).
    /// Actor `j mod n_actors` always votes on item `j`, so no item or actor is empty when
    /// `n_items ≥ n_actors`.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidOption`] for a participation outside (0, 1] or zero sessions;
    /// errors of [`RollCalls::new`].
    pub fn run(&self) -> Result<Simulated, Error> {
        if !(self.participation > 0.0 && self.participation <= 1.0) {
            return Err(Error::InvalidOption {
                option: "participation",
                value: self.participation.to_string(),
                expected: "a number in (0, 1]",
            });
        }
        if self.n_sessions == 0 || !(self.drift_sd >= 0.0 && self.drift_sd.is_finite()) {
            return Err(Error::InvalidOption {
                option: "n_sessions/drift_sd",
                value: format!("{}/{}", self.n_sessions, self.drift_sd),
                expected: "at least one session and a finite drift >= 0",
            });
        }
        let mut rng = ChaCha8Rng::seed_from_u64(self.seed);
        let t_count = self.n_sessions as usize;
        let truth: Vec<Vec<f64>> = (0..self.n_actors)
            .map(|_| {
                let mut path = Vec::with_capacity(t_count);
                let mut x = normal(&mut rng);
                for _ in 0..t_count {
                    path.push(x);
                    x += self.drift_sd * normal(&mut rng);
                }
                path
            })
            .collect();
        let mut items = Vec::with_capacity(self.n_items);
        let mut sessions = Vec::with_capacity(self.n_items);
        let mut votes = Vec::new();
        for j in 0..self.n_items {
            let t = j * t_count / self.n_items.max(1);
            sessions.push(t as u16 + 1);
            let sign = if rng.random::<bool>() { 1.0 } else { -1.0 };
            let discrimination = sign * (0.5 + normal(&mut rng).abs());
            let c0 = -1.5 + 0.5 * normal(&mut rng);
            let c1 = c0 + 0.3 + 0.5 * normal(&mut rng).abs();
            let item = ItemParams {
                discrimination,
                cutpoints: [c0, c1],
            };
            items.push(item);
            for (i, path) in truth.iter().enumerate() {
                let forced = self.n_actors > 0 && i == j % self.n_actors;
                if !forced && rng.random::<f64>() >= self.participation {
                    continue;
                }
                let [yes, abstain, _] = item.probabilities(path[t]);
                let u: f64 = rng.random();
                let vote = if u < yes {
                    Vote::Yes
                } else if u < yes + abstain {
                    Vote::Abstain
                } else {
                    Vote::No
                };
                votes.push((i, j, vote));
            }
        }
        let roll_calls = RollCalls::new(self.n_actors, sessions, &votes)?;
        Ok(Simulated {
            roll_calls,
            truth,
            items,
        })
    }
}
