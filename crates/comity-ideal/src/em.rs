//! One iteration for the one-dimensional probit models: the map `θ → F(θ)` that
//! [`crate::squarem`] iterates and accelerates.
//!
//! Ordinal model (latent scale, Imai, Lo & Olmsted 2016): actor point `x_p`, item parameters
//! `a_j, b_j` and precision `τ_j²`; latent utility `z ~ N(a_j + b_j x_p, 1/τ_j²)`; the vote is
//! *no* if `z < 0`, *abstain* if `0 ≤ z < 1`, *yes* if `z ≥ 1`. Fixing the two cutpoints at
//! 0 and 1 and letting the variance vary by item is the same model as the usual ordered
//! probit with unit variance and free cutpoints, but it makes every M-step closed-form.
//! Binary model: `τ_j² = 1`, *no* if `z < 0`, *yes* if `z ≥ 0` (abstentions are missing).
//!
//! One iteration, built on ECM (Meng & Rubin 1993) for the posterior mode:
//! 1. per item, the E-step moments at the current parameters (and the log-likelihood);
//! 2. per item, one Newton step in `(a_j, b_j)` on the observed-data log-posterior, halved
//!    until it does not decrease; the E-step again at the new item (see [`block_pass`]);
//! 3. CM-step precisions (ordinal only): `τ_j² = n_j / (Σ E[(z − a_j − b_j x)²] + 2r)`
//!    (exponential prior, rate r);
//! 4. the points: the observed-data Newton step, or (the monotone fallback) the ECM step —
//!    the Gaussian conditional mode (static: one division; dynamic: the random-walk
//!    smoother of [`crate::points`]);
//! 5. parameter-expansion steps along the likelihood-invariant rescalings (see [`rescale`]).
//!
//! With the ECM step for the points every step is an exact or monotone conditional
//! maximisation, so the observed-data log-posterior never decreases; with the Newton step
//! for the points the driver checks the objective and falls back.
//!
//! Steps 1–3 and the sums of step 4 are one pass over the votes, item by
//! item: the truncated moments of an item's votes stay in a small scratch buffer while the
//! item is solved and its votes are added to the actors' precision sums. Items are cut into
//! [`BLOCKS`] blocks of about equal numbers of votes — a fixed cut, independent of the number
//! of threads — and each block sums into its own per-point arrays, which are then added in
//! block order. The result is therefore bitwise identical for any number of threads.

use rayon::prelude::*;

use crate::points::Layout;
use crate::truncated_normal::{above, above_in, below, between, tail_table};
use crate::{Error, RollCalls};

/// Number of item blocks of the E-step (fixed, so results do not depend on the thread count).
const BLOCKS: usize = 16;

/// Raw (unnormalised) parameters on the latent scale.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Params {
    /// Ideal points, one per point of the layout.
    pub x: Vec<f64>,
    /// Item intercepts.
    pub a: Vec<f64>,
    /// Item slopes.
    pub b: Vec<f64>,
    /// Item precisions τ² (all 1 in the binary model).
    pub tau2: Vec<f64>,
}

/// Prior, model and stopping settings of one EM run.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Settings {
    pub max_iter: usize,
    pub tolerance: f64,
    pub item_var: f64,
    pub precision_rate: f64,
    pub walk_sd: f64,
    /// Binary model (precision fixed at 1, yes above 0)?
    pub binary: bool,
    /// SQUAREM acceleration?
    pub accelerate: bool,
}

impl Settings {
    /// The latent threshold of a *yes*: 1 (ordinal) or 0 (binary).
    pub fn yes_cut(&self) -> f64 {
        if self.binary {
            0.0
        } else {
            1.0
        }
    }
}

/// Runs parallel sections on a dedicated pool, or on rayon's global pool.
pub(crate) struct Exec(Option<rayon::ThreadPool>);

impl Exec {
    /// A pool of `threads` threads, or the global pool for `None`.
    pub fn new(threads: Option<usize>) -> Result<Exec, Error> {
        match threads {
            None => Ok(Exec(None)),
            Some(n) => rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map(|p| Exec(Some(p)))
                .map_err(|e| Error::ThreadPool {
                    threads: n,
                    reason: e.to_string(),
                }),
        }
    }

    /// Runs `f` inside the pool.
    pub fn run<R: Send>(&self, f: impl FnOnce() -> R + Send) -> R {
        match &self.0 {
            Some(pool) => pool.install(f),
            None => f(),
        }
    }
}

/// Splits `data` into consecutive mutable slices delimited by the offsets `ptr`.
pub(crate) fn split_by<'a, T>(data: &'a mut [T], ptr: &[usize]) -> Vec<&'a mut [T]> {
    let mut out = Vec::with_capacity(ptr.len().saturating_sub(1));
    let mut rest = data;
    for w in ptr.windows(2) {
        let (head, tail) = std::mem::take(&mut rest).split_at_mut(w[1] - w[0]);
        out.push(head);
        rest = tail;
    }
    out
}

/// Moments of the latent utility of one vote: (ln P(vote), E[z], Var[z]). `yes_cut` is the
/// threshold of a *yes* (1 in the ordinal model, 0 in the binary model).
#[inline]
pub(crate) fn latent_moments(category: u8, mu: f64, tau: f64, yes_cut: f64) -> (f64, f64, f64) {
    let t = match category {
        0 => below(-mu * tau),
        1 => between(-mu * tau, (1.0 - mu) * tau),
        _ => above((yes_cut - mu) * tau),
    };
    (t.ln_p, mu + t.mean / tau, t.var / (tau * tau))
}

/// Pearson correlation of two equally long vectors (1 if either is constant and they are equal).
pub(crate) fn correlation(u: &[f64], v: &[f64]) -> f64 {
    let n = u.len() as f64;
    let (mu, mv) = (u.iter().sum::<f64>() / n, v.iter().sum::<f64>() / n);
    let (mut suv, mut suu, mut svv) = (0.0, 0.0, 0.0);
    for (a, b) in u.iter().zip(v) {
        suv += (a - mu) * (b - mv);
        suu += (a - mu) * (a - mu);
        svv += (b - mv) * (b - mv);
    }
    if suu == 0.0 || svv == 0.0 {
        return if u == v { 1.0 } else { 0.0 };
    }
    suv / (suu * svv).sqrt()
}

/// Parameter-expansion CM-step: the likelihood is unchanged by `x → (x − c)/s`,
/// `a → a + b c`, `b → b s`, so choose `(c, s)` to maximise the priors along that orbit.
/// This removes EM's slowest direction (the joint drift of the points' location and scale
/// against the items'), in the spirit of PX-EM (Liu, Rubin & Wu 1998), and keeps the
/// objective monotone because it is an exact conditional maximisation. In the dynamic
/// model it is followed by the per-session shifts and scales of [`Layout::shift_sessions`]
/// and [`Layout::scale_sessions`].
pub(crate) fn rescale(params: &mut Params, layout: &Layout, settings: &Settings) {
    rescale_all(params, layout, settings);
    let Params { x, a, b, .. } = params;
    layout.shift_sessions(x, a, b, settings.item_var, settings.walk_sd);
    layout.scale_sessions(x, b, settings.item_var, settings.walk_sd);
}

/// The global part of [`rescale`]: one location and scale for all points.
fn rescale_all(params: &mut Params, layout: &Layout, settings: &Settings) {
    let n_actors = layout.actor_offset.len() - 1;
    let v = settings.item_var;
    let firsts: Vec<f64> = (0..n_actors)
        .map(|i| params.x[layout.actor_offset[i]])
        .collect();
    // Random-walk increments scale like the points and do not move with the location
    // (their prior term is D / s²); the level prior of the later points (precision λ)
    // moves with both, like the first points' prior.
    let d: f64 = (0..n_actors)
        .map(|i| layout.walk_sum(i, &params.x, settings.walk_sd))
        .sum();
    let level = layout.level;
    let laters = || {
        (0..n_actors)
            .flat_map(|i| params.x[layout.actor_offset[i] + 1..layout.actor_offset[i + 1]].iter())
    };
    let (n_later, sum_later) = if level > 0.0 {
        laters().fold((0.0, 0.0), |(n, s), &v| (n + 1.0, s + v))
    } else {
        (0.0, 0.0)
    };
    let sum_first: f64 = firsts.iter().sum();
    let sum_ab: f64 = params.a.iter().zip(&params.b).map(|(a, b)| a * b).sum();
    let sum_bb: f64 = params.b.iter().map(|b| b * b).sum();
    if sum_bb <= 0.0 || sum_bb.is_nan() {
        return;
    }
    let n = n_actors as f64;
    let (mut c, mut s) = (0.0f64, 1.0f64);
    for _ in 0..20 {
        c = ((sum_first + level * sum_later) / (s * s) - sum_ab / v)
            / ((n + level * n_later) / (s * s) + sum_bb / v);
        let mut a_term: f64 = firsts.iter().map(|x| (x - c) * (x - c)).sum::<f64>() + d;
        if level > 0.0 {
            a_term += level * laters().map(|x| (x - c) * (x - c)).sum::<f64>();
        }
        let s_new = (a_term * v / sum_bb).sqrt().sqrt();
        if !(s_new > 0.0 && s_new.is_finite()) {
            return;
        }
        let done = (s_new - s).abs() < 1e-12 * s;
        s = s_new;
        if done {
            break;
        }
    }
    for x in params.x.iter_mut() {
        *x = (*x - c) / s;
    }
    for (a, b) in params.a.iter_mut().zip(params.b.iter_mut()) {
        *a += *b * c;
        *b *= s;
    }
}

/// The objective at the parameters a pass started from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Eval {
    /// Log-posterior up to a constant (may be non-finite at a bad extrapolated point).
    pub objective: f64,
    /// Log-likelihood of the votes.
    pub log_likelihood: f64,
}

/// One block's partial sums of a pass.
struct Block {
    /// Items `items.start..items.end`.
    items: std::ops::Range<usize>,
    /// Per-point sums of `τ² b²` (precision) and `τ² b (E[z] − a)`.
    prec: Vec<f64>,
    h: Vec<f64>,
    /// New `(a, b, τ²)` of the block's items.
    new_items: Vec<[f64; 3]>,
    /// Truncated means and variances of the current item's votes, and of a trial step.
    scratch: Vec<(f64, f64)>,
    trial: Vec<(f64, f64)>,
    ln_lik: f64,
}

/// The EM map of one matrix and layout, with its reusable workspace.
pub(crate) struct EmMap<'a> {
    rc: &'a RollCalls,
    layout: &'a Layout,
    settings: Settings,
    blocks: Vec<Block>,
}

impl<'a> EmMap<'a> {
    /// Workspace for `rc` laid out by `layout`.
    pub fn new(rc: &'a RollCalls, layout: &'a Layout, settings: Settings) -> EmMap<'a> {
        let n_items = rc.n_items();
        let total = rc.n_votes();
        let n_blocks = BLOCKS.min(n_items).max(1);
        let mut cuts = vec![0usize];
        for j in 0..n_items {
            let k = cuts.len();
            if k < n_blocks && rc.item_ptr[j + 1] * n_blocks >= k * total && j + 1 < n_items {
                cuts.push(j + 1);
            }
        }
        cuts.push(n_items);
        let n_points = layout.n_points();
        let blocks = cuts
            .windows(2)
            .map(|w| {
                let longest = (w[0]..w[1])
                    .map(|j| rc.item_ptr[j + 1] - rc.item_ptr[j])
                    .max()
                    .unwrap_or(0);
                Block {
                    items: w[0]..w[1],
                    prec: vec![0.0; n_points],
                    h: vec![0.0; n_points],
                    new_items: Vec::with_capacity(w[1] - w[0]),
                    scratch: Vec::with_capacity(longest),
                    trial: Vec::with_capacity(longest),
                    ln_lik: 0.0,
                }
            })
            .collect();
        EmMap {
            rc,
            layout,
            settings,
            blocks,
        }
    }

    /// One iteration from `theta`, written into `out`; returns the objective at `theta`.
    /// `newton_points = false`: the points take the ECM step, and the iteration never lowers
    /// the objective. `true`: they take an observed-data Newton step (much faster near the
    /// ends of the scale, but not guaranteed to increase the objective; the driver checks).
    pub fn step(
        &mut self,
        exec: &Exec,
        theta: &Params,
        out: &mut Params,
        newton_points: bool,
    ) -> Eval {
        let (rc, layout, settings) = (self.rc, self.layout, self.settings);
        exec.run(|| {
            self.blocks
                .par_iter_mut()
                .for_each(|block| block_pass(rc, layout, &settings, theta, newton_points, block))
        });
        let mut ln_lik = 0.0;
        for block in &self.blocks {
            ln_lik += block.ln_lik;
            for (j, v) in block.items.clone().zip(&block.new_items) {
                out.a[j] = v[0];
                out.b[j] = v[1];
                out.tau2[j] = v[2];
            }
        }
        let blocks = &self.blocks;
        let x_actors = split_by(&mut out.x, &layout.actor_offset);
        exec.run(|| {
            x_actors.into_par_iter().enumerate().for_each(|(i, xi)| {
                let range = layout.actor_offset[i]..layout.actor_offset[i + 1];
                let mut prec = vec![0.0; xi.len()];
                let mut h = vec![0.0; xi.len()];
                for block in blocks {
                    for (k, p) in range.clone().enumerate() {
                        prec[k] += block.prec[p];
                        h[k] += block.h[p];
                    }
                }
                layout.smooth(i, &prec, &h, settings.walk_sd, xi);
            })
        });
        rescale(out, layout, &settings);
        let item_prior: f64 = (0..rc.n_items())
            .map(|j| {
                let (a, b) = (theta.a[j], theta.b[j]);
                let tau_term = if settings.binary {
                    0.0
                } else {
                    settings.precision_rate * theta.tau2[j]
                };
                -0.5 * (a * a + b * b) / settings.item_var - tau_term
            })
            .sum();
        let point_prior: f64 = (0..rc.n_actors())
            .map(|i| layout.ln_prior(i, &theta.x, settings.walk_sd))
            .sum();
        Eval {
            objective: ln_lik + item_prior + point_prior,
            log_likelihood: ln_lik,
        }
    }
}

/// The E-step and the item steps of one block of items, and its points' sums.
///
/// Per item:
/// 1. evaluate at the current parameters: log-likelihood (for the objective), gradient and
///    observed information in `(a, b)`;
/// 2. one Newton step in `(a, b)` on the item's observed-data log-posterior given the points
///    and `τ²`, halved until the log-posterior does not decrease (so the objective cannot
///    decrease);
/// 3. the trial evaluation of the accepted step is the E-step at the new item parameters;
///    from it, the CM-step for `τ²` (ordinal model) and the item's contribution to the
///    points' step: the ECM step (both are CM-steps of the same expected log-posterior, so
///    the objective cannot decrease) or, with `newton_points`, an observed-data Newton step
///    from the same moments (not guaranteed to increase the objective; the driver checks).
///
/// EM's item and point steps weigh every vote by the complete-data information `τ²`,
/// while a vote whose side is nearly certain carries almost none: near-unanimous items and
/// actors at the ends of the scale then crawl for thousands of iterations. The Newton steps
/// use the observed information instead (`τ²(1 − τ² Var[z])`, Louis 1982).
fn block_pass(
    rc: &RollCalls,
    layout: &Layout,
    settings: &Settings,
    theta: &Params,
    newton_points: bool,
    block: &mut Block,
) {
    block.prec.fill(0.0);
    block.h.fill(0.0);
    block.new_items.clear();
    block.ln_lik = 0.0;
    let yes_cut = settings.yes_cut();
    let p = 1.0 / settings.item_var;
    let posterior = |ev: &ItemEval, a: f64, b: f64| ev.ln_lik - 0.5 * p * (a * a + b * b);
    for j in block.items.clone() {
        let (mut a, mut b) = (theta.a[j], theta.b[j]);
        let item = |a: f64, b: f64, tau2: f64, scratch: &mut Vec<(f64, f64)>| {
            item_eval(rc, layout, yes_cut, &theta.x, j, (a, b, tau2), scratch)
        };
        let tau2 = theta.tau2[j];
        let mut ev = item(a, b, tau2, &mut block.scratch);
        block.ln_lik += ev.ln_lik;
        let value = posterior(&ev, a, b);
        let g = [ev.grad[0] - p * a, ev.grad[1] - p * b];
        let (h11, h12, h22) = (ev.info[0] + p, ev.info[1], ev.info[2] + p);
        let det = h11 * h22 - h12 * h12;
        let d = [
            (h22 * g[0] - h12 * g[1]) / det,
            (h11 * g[1] - h12 * g[0]) / det,
        ];
        let decrement = g[0] * d[0] + g[1] * d[1];
        if det > 0.0 && decrement.is_finite() && decrement > 1e-10 * (1.0 + value.abs()) {
            let mut step = 1.0;
            for _ in 0..MAX_HALVINGS {
                let (ta, tb) = (a + step * d[0], b + step * d[1]);
                let trial = item(ta, tb, tau2, &mut block.trial);
                if posterior(&trial, ta, tb) >= value {
                    (a, b, ev) = (ta, tb, trial);
                    std::mem::swap(&mut block.scratch, &mut block.trial);
                    break;
                }
                step *= 0.5;
            }
        }
        // CM-step for τ² from the E-step at the new (a, b) (ordinal model).
        let tau2 = if settings.binary {
            1.0
        } else {
            let n = (rc.item_ptr[j + 1] - rc.item_ptr[j]) as f64;
            n / (ev.sum_var + ev.ssr + 2.0 * settings.precision_rate)
        };
        block.new_items.push([a, b, tau2]);
        let entries = rc.item_ptr[j]..rc.item_ptr[j + 1];
        if newton_points {
            for (e, &(mean, var)) in entries.zip(&block.scratch) {
                let pt = layout.entry_point[e] as usize;
                let xp = theta.x[pt];
                let w = tau2 * (1.0 - tau2 * var).max(0.0) * b * b;
                block.prec[pt] += w;
                block.h[pt] += tau2 * b * (mean - a - b * xp) + w * xp;
            }
        } else {
            let w = tau2 * b;
            for (e, &(mean, _)) in entries.zip(&block.scratch) {
                let pt = layout.entry_point[e] as usize;
                block.prec[pt] += w * b;
                block.h[pt] += w * (mean - a);
            }
        }
    }
}

/// Step halvings of an item's Newton step at most.
const MAX_HALVINGS: usize = 12;

/// One item's votes at some `(a, b, τ²)`: log-likelihood, gradient and minus the Hessian in
/// `(a, b)`, and the sums that the CM-step for `τ²` needs.
struct ItemEval {
    ln_lik: f64,
    grad: [f64; 2],
    info: [f64; 3],
    /// Σ Var[z].
    sum_var: f64,
    /// Σ (E[z] − μ)².
    ssr: f64,
}

/// Evaluates item `j` at `(a, b, τ²)` given the points `x`, leaving `(E[z], Var[z])` of its
/// votes in `scratch`. The gradient of ln P(vote) in μ is τ²(E[z] − μ) and minus its second
/// derivative is τ²(1 − τ² Var[z]) (the missing-information principle, Louis 1982).
fn item_eval(
    rc: &RollCalls,
    layout: &Layout,
    yes_cut: f64,
    x: &[f64],
    j: usize,
    (a, b, tau2): (f64, f64, f64),
    scratch: &mut Vec<(f64, f64)>,
) -> ItemEval {
    let tau = tau2.sqrt();
    let inv_tau = 1.0 / tau;
    let entries = rc.item_ptr[j]..rc.item_ptr[j + 1];
    let points = &layout.entry_point[entries.clone()];
    let votes = &rc.entry_vote[entries];
    scratch.clear();
    let table = tail_table();
    // Sums in standardised units (t = τ(z − μ)), scaled once at the end.
    let (mut ln_lik, mut sum_tv, mut sum_tm2) = (0.0, 0.0, 0.0);
    let (mut g0, mut g1, mut w0, mut w1, mut w2) = (0.0, 0.0, 0.0, 0.0, 0.0);
    for (&point, &vote) in points.iter().zip(votes) {
        let xp = x[point as usize];
        let mu = a + b * xp;
        let t = match vote {
            0 => above_in(table, mu * tau).negated(),
            1 => between(-mu * tau, (1.0 - mu) * tau),
            _ => above_in(table, (yes_cut - mu) * tau),
        };
        scratch.push((mu + t.mean * inv_tau, t.var * inv_tau * inv_tau));
        ln_lik += t.ln_p;
        sum_tv += t.var;
        sum_tm2 += t.mean * t.mean;
        let w = 1.0 - t.var;
        g0 += t.mean;
        g1 += t.mean * xp;
        w0 += w;
        w1 += w * xp;
        w2 += w * xp * xp;
    }
    ItemEval {
        ln_lik,
        grad: [tau * g0, tau * g1],
        info: [tau2 * w0, tau2 * w1, tau2 * w2],
        sum_var: sum_tv / tau2,
        ssr: sum_tm2 / tau2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_by_covers_everything() {
        let mut v = vec![0.0; 6];
        let parts = split_by(&mut v, &[0, 2, 2, 6]);
        assert_eq!(
            parts.iter().map(|p| p.len()).collect::<Vec<_>>(),
            vec![2, 0, 4]
        );
    }
}
