//! The public entry point [`fit`] and its result [`Fit`].

use std::borrow::Cow;

use crate::bootstrap;
use crate::em::{latent_moments, Exec, Params, Settings};
use crate::points::Layout;
use crate::squarem::run_em;
use crate::start::initial_params;
use crate::truncated_normal::cdf;
use crate::{Error, FitOptions, Model, Progress, RollCalls, Vote};

/// Parameters of one item on the normalised ideal-point scale (ordered probit, unit variance).
///
/// With `η = discrimination · x`: `P(no) = Φ(c₀ − η)`, `P(no or abstain) = Φ(c₁ − η)`,
/// `P(yes) = 1 − Φ(c₁ − η)`, where `[c₀, c₁] = cutpoints` and `c₀ < c₁`. An item of the
/// binary model ([`crate::Model::Binary`]) has `c₀ = c₁`, so `P(abstain) = 0`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ItemParams {
    /// How strongly the vote depends on the ideal point (sign: positive means actors with
    /// higher points are more likely to vote yes).
    pub discrimination: f64,
    /// The two cutpoints `[c₀, c₁]` (no | abstain, abstain | yes).
    pub cutpoints: [f64; 2],
}

impl ItemParams {
    /// Probabilities `[yes, abstain, no]` for an actor at `point` (sum to 1).
    ///
    /// # Example
    ///
    /// ```
    /// let item = comity_ideal::ItemParams { discrimination: 1.0, cutpoints: [-1.0, 0.0] };
    /// let [yes, abstain, no] = item.probabilities(0.0);
    /// assert!((yes - 0.5).abs() < 1e-12 && (yes + abstain + no - 1.0).abs() < 1e-12);
    /// ```
    pub fn probabilities(&self, point: f64) -> [f64; 3] {
        let eta = self.discrimination * point;
        let no = cdf(self.cutpoints[0] - eta);
        let yes = cdf(eta - self.cutpoints[1]);
        let abstain = (1.0 - yes - no).max(0.0);
        [yes, abstain, no]
    }
}

/// One estimated ideal point (normalised scale, see the crate documentation).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct IdealPoint {
    /// The actor index.
    pub actor: usize,
    /// The session (dynamic model), `None` in the static model.
    pub session: Option<u16>,
    /// Point estimate (posterior mode).
    pub estimate: f64,
    /// Standard deviation over the parametric-bootstrap replicates (if any were run).
    pub std_error: Option<f64>,
    /// 2.5 % and 97.5 % quantiles over the bootstrap replicates (if any were run).
    pub interval: Option<[f64; 2]>,
}

/// What the parametric bootstrap did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BootstrapSummary {
    /// Replicates run.
    pub replicates: usize,
    /// Replicates whose refit converged within `max_iter`.
    pub converged: usize,
}

/// The result of [`fit`].
#[derive(Debug, Clone)]
pub struct Fit {
    /// Ideal points ordered by actor, then session. Static: one per actor (index = actor).
    /// Dynamic: one per session from the actor's first to its last voting session.
    pub points: Vec<IdealPoint>,
    /// Item parameters, indexed by item.
    pub items: Vec<ItemParams>,
    /// Log-posterior (up to a constant) of each accepted iterate, in order; entry 0 is the
    /// starting value and the last entry belongs to the returned estimates. Never decreases.
    pub objective: Vec<f64>,
    /// Log-likelihood of the votes, aligned with `objective`.
    pub log_likelihood: Vec<f64>,
    /// Number of iterations performed: passes over the votes, each one evaluation of the
    /// iteration map (with SQUAREM, extrapolated and rejected points count too).
    pub iterations: usize,
    /// Whether the stopping rule of [`FitOptions::tolerance`] held within `max_iter`.
    pub converged: bool,
    /// Present when `bootstrap > 0`.
    pub bootstrap: Option<BootstrapSummary>,
    dynamic: bool,
    binary: bool,
    actor_offset: Vec<usize>,
    item_session: Vec<u16>,
}

/// Affine map from the raw latent scale to the reported scale.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Normalisation {
    center: f64,
    scale: f64,
    sign: f64,
    /// Latent threshold of a yes: 1 (ordinal) or 0 (binary).
    yes_cut: f64,
}

impl Normalisation {
    /// Mean 0 and standard deviation 1 over all points; sign such that the anchor actor's
    /// (mean) point is positive.
    pub fn of(
        layout: &Layout,
        x: &[f64],
        anchor: usize,
        settings: &Settings,
    ) -> Result<Normalisation, Error> {
        let n = x.len() as f64;
        let center = x.iter().sum::<f64>() / n;
        let scale = (x.iter().map(|v| (v - center) * (v - center)).sum::<f64>() / n).sqrt();
        if !(scale > 0.0 && scale.is_finite()) {
            return Err(Error::Numerical {
                stage: "normalisation",
                iteration: 0,
                what: format!("standard deviation of the ideal points is {scale}"),
            });
        }
        let range = layout.actor_offset[anchor]..layout.actor_offset[anchor + 1];
        let anchor_mean = x[range.clone()].iter().sum::<f64>() / range.len() as f64;
        let sign = if anchor_mean >= center { 1.0 } else { -1.0 };
        Ok(Normalisation {
            center,
            scale,
            sign,
            yes_cut: settings.yes_cut(),
        })
    }

    /// A raw point on the reported scale.
    pub fn point(&self, x: f64) -> f64 {
        self.sign * (x - self.center) / self.scale
    }

    /// Raw item parameters `(a, b, τ²)` on the reported scale.
    fn item(&self, a: f64, b: f64, tau2: f64) -> ItemParams {
        let tau = tau2.sqrt();
        let a0 = a + b * self.center;
        ItemParams {
            discrimination: tau * b * self.scale * self.sign,
            cutpoints: [-tau * a0, tau * (self.yes_cut - a0)],
        }
    }
}

/// Fits the one-dimensional ideal-point model chosen by `options.model` to `roll_calls`
/// (the binary model ignores abstentions).
///
/// `progress` is called from the calling thread after every EM iteration and after every
/// batch of bootstrap replicates.
///
/// # Errors
///
/// [`Error::InvalidOption`] for a bad option, [`Error::ThreadPool`], [`Error::OnlyAbstentions`]
/// (binary model), or [`Error::Numerical`] if the estimation produced a non-finite number.
///
/// # Example
///
/// ```
/// use comity_ideal::{fit, FitOptions, RollCalls, Vote::*};
/// // Actor 0 votes yes on everything, actor 2 no on everything, actor 1 in between.
/// let votes = [(0, 0, Yes), (1, 0, Yes), (2, 0, No), (0, 1, Yes), (1, 1, No), (2, 1, No)];
/// let rc = RollCalls::new(3, vec![1, 1], &votes)?;
/// let f = fit(&rc, &FitOptions { anchor: 0, ..FitOptions::default() }, &mut |_| {})?;
/// assert!(f.points[0].estimate > f.points[1].estimate && f.points[1].estimate > f.points[2].estimate);
/// # Ok::<(), comity_ideal::Error>(())
/// ```
pub fn fit(
    roll_calls: &RollCalls,
    options: &FitOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<Fit, Error> {
    options.validate(roll_calls.n_actors())?;
    let exec = Exec::new(options.threads)?;
    let binary = options.model == Model::Binary;
    let roll_calls: Cow<'_, RollCalls> = if binary {
        Cow::Owned(roll_calls.without_abstentions()?)
    } else {
        Cow::Borrowed(roll_calls)
    };
    let roll_calls: &RollCalls = &roll_calls;
    let mut layout = Layout::new(roll_calls, options.dynamic);
    if options.dynamic {
        layout.level = options.point_prior_sd.map_or(0.0, |sd| 1.0 / (sd * sd));
    }
    let settings = Settings {
        max_iter: options.max_iter,
        tolerance: options.tolerance,
        item_var: options.item_prior_sd * options.item_prior_sd,
        precision_rate: options.precision_prior_rate,
        walk_sd: options.random_walk_sd,
        binary,
        accelerate: options.accelerate,
    };
    let start = initial_params(roll_calls, &layout, &exec);
    let run = run_em(
        roll_calls,
        &layout,
        start,
        &settings,
        &exec,
        &mut |it, obj, ll| {
            progress(Progress::Iteration {
                iteration: it,
                objective: obj,
                log_likelihood: ll,
            })
        },
    )?;
    let norm = Normalisation::of(&layout, &run.params.x, options.anchor, &settings)?;
    let mut points: Vec<IdealPoint> = Vec::with_capacity(layout.n_points());
    for i in 0..roll_calls.n_actors() {
        for p in layout.actor_offset[i]..layout.actor_offset[i + 1] {
            points.push(IdealPoint {
                actor: i,
                session: layout.session_of(p),
                estimate: norm.point(run.params.x[p]),
                std_error: None,
                interval: None,
            });
        }
    }
    let Params { a, b, tau2, .. } = &run.params;
    let items = (0..roll_calls.n_items())
        .map(|j| norm.item(a[j], b[j], tau2[j]))
        .collect();
    let summary = if options.bootstrap > 0 {
        let boot = bootstrap::run(
            roll_calls,
            &layout,
            &run.params,
            &settings,
            options,
            &exec,
            progress,
        )?;
        for (p, point) in points.iter_mut().enumerate() {
            point.std_error = Some(boot.std_error[p]);
            point.interval = Some(boot.interval[p]);
        }
        Some(BootstrapSummary {
            replicates: options.bootstrap,
            converged: boot.converged,
        })
    } else {
        None
    };
    Ok(Fit {
        points,
        items,
        objective: run.objective,
        log_likelihood: run.log_likelihood,
        iterations: run.iterations,
        converged: run.converged,
        bootstrap: summary,
        dynamic: options.dynamic,
        binary,
        actor_offset: layout.actor_offset,
        item_session: roll_calls.item_sessions().to_vec(),
    })
}

impl Fit {
    /// Probabilities `[yes, abstain, no]` of an actor at `point` on `item` (see
    /// [`ItemParams::probabilities`]).
    pub fn probabilities(point: f64, item: &ItemParams) -> [f64; 3] {
        item.probabilities(point)
    }

    /// The points of `actor` (one in the static model; one per session in the dynamic model).
    pub fn actor_points(&self, actor: usize) -> &[IdealPoint] {
        match (
            self.actor_offset.get(actor),
            self.actor_offset.get(actor + 1),
        ) {
            (Some(&a), Some(&b)) => &self.points[a..b],
            _ => &[],
        }
    }

    /// The point of `actor` in `session` (ignored in the static model). Outside the actor's
    /// span of sessions, the nearest end of the span is used (a forecast by the random walk
    /// keeps its last value). `None` if the actor does not exist.
    pub fn point_at(&self, actor: usize, session: Option<u16>) -> Option<&IdealPoint> {
        let pts = self.actor_points(actor);
        if !self.dynamic || pts.len() <= 1 {
            return pts.first();
        }
        let s = session?;
        let pos = pts.partition_point(|p| p.session.is_some_and(|ps| ps < s));
        if pos < pts.len() && pts[pos].session == Some(s) {
            return pts.get(pos);
        }
        if pos == 0 {
            return pts.first();
        }
        if pos >= pts.len() {
            return pts.last();
        }
        // A session not in the data between two points: the earlier point.
        pts.get(pos - 1)
    }

    /// Predicted `[yes, abstain, no]` for `actor` on a fitted `item` (using the actor's point
    /// in the item's session). `None` if either index is out of range.
    pub fn predict(&self, actor: usize, item: usize) -> Option<[f64; 3]> {
        let params = self.items.get(item)?;
        let point = self.point_at(actor, self.item_session.get(item).copied())?;
        Some(params.probabilities(point.estimate))
    }

    /// Estimates the parameters of a new item from some actors' votes on it, holding the fitted
    /// ideal points fixed (posterior mode of one item of the fit's model, same priors as the
    /// fit, by the fit's item steps: Newton in the intercept and slope, CM for the precision;
    /// the binary model ignores abstentions). Use the
    /// result with [`ItemParams::probabilities`] to predict the other actors' votes.
    ///
    /// # Errors
    ///
    /// [`Error::Empty`] without votes (binary model: without yes or no votes),
    /// [`Error::ActorOutOfRange`], [`Error::DuplicateVote`].
    pub fn estimate_item(
        &self,
        votes: &[(usize, Vote)],
        session: Option<u16>,
        options: &FitOptions,
    ) -> Result<ItemParams, Error> {
        if votes.is_empty() {
            return Err(Error::Empty { what: "votes" });
        }
        let n_actors = self.actor_offset.len() - 1;
        let mut seen = vec![false; n_actors];
        let mut xs = Vec::with_capacity(votes.len());
        for (position, &(actor, vote)) in votes.iter().enumerate() {
            let point = self
                .point_at(actor, session)
                .ok_or(Error::ActorOutOfRange {
                    position,
                    actor,
                    n_actors,
                })?;
            if std::mem::replace(&mut seen[actor], true) {
                return Err(Error::DuplicateVote {
                    actor,
                    item: self.items.len(),
                });
            }
            if !(self.binary && vote == Vote::Abstain) {
                xs.push((point.estimate, vote.category()));
            }
        }
        if xs.is_empty() {
            return Err(Error::Empty {
                what: "yes or no votes",
            });
        }
        let item_var = options.item_prior_sd * options.item_prior_sd;
        let yes_cut = if self.binary { 0.0 } else { 1.0 };
        let p = 1.0 / item_var;
        let n = xs.len() as f64;
        // The item's log-posterior in (a, b) at precision τ², its gradient and minus its
        // Hessian, and the sums of the CM-step for τ² (as in the fit's item step).
        let eval = |a: f64, b: f64, tau2: f64| {
            let tau = tau2.sqrt();
            let (mut ln_lik, mut sum_var, mut ssr) = (0.0, 0.0, 0.0);
            let (mut g, mut h) = ([0.0; 2], [0.0; 3]);
            for &(x, cat) in &xs {
                let mu = a + b * x;
                let (lp, mean, var) = latent_moments(cat, mu, tau, yes_cut);
                let r = mean - mu;
                ln_lik += lp;
                sum_var += var;
                ssr += r * r;
                let (gi, w) = (tau2 * r, tau2 * (1.0 - tau2 * var).max(0.0));
                g = [g[0] + gi, g[1] + gi * x];
                h = [h[0] + w, h[1] + w * x, h[2] + w * x * x];
            }
            let value = ln_lik - 0.5 * p * (a * a + b * b);
            let grad = [g[0] - p * a, g[1] - p * b];
            (value, grad, [h[0] + p, h[1], h[2] + p], sum_var + ssr)
        };
        let (mut a, mut b, mut tau2) = (0.0f64, 0.0f64, 1.0f64);
        let mut ev = eval(a, b, tau2);
        for _ in 0..options.max_iter.min(10_000) {
            // Newton step in (a, b), halved until the log-posterior does not decrease.
            let (value, g, h, _) = ev;
            let det = h[0] * h[2] - h[1] * h[1];
            let d = [
                (h[2] * g[0] - h[1] * g[1]) / det,
                (h[0] * g[1] - h[1] * g[0]) / det,
            ];
            let mut change = 0.0;
            if det > 0.0 && d.iter().all(|v| v.is_finite()) {
                let mut step = 1.0;
                for _ in 0..40 {
                    let (ta, tb) = (a + step * d[0], b + step * d[1]);
                    let trial = eval(ta, tb, tau2);
                    if trial.0 >= value {
                        change = (ta - a).abs() + (tb - b).abs();
                        (a, b, ev) = (ta, tb, trial);
                        break;
                    }
                    step *= 0.5;
                }
            }
            // CM-step for τ² (ordinal model) from the moments at the new (a, b).
            if !self.binary {
                let nt = n / (ev.3 + 2.0 * options.precision_prior_rate);
                change += (nt - tau2).abs();
                tau2 = nt;
                ev = eval(a, b, tau2);
            }
            if change < 1e-10 {
                break;
            }
        }
        let tau = tau2.sqrt();
        Ok(ItemParams {
            discrimination: tau * b,
            cutpoints: [-tau * a, tau * (yes_cut - a)],
        })
    }
}
