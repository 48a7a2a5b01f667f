//! The EM algorithm for the one-dimensional ordinal probit model.
//!
//! Model (latent scale, Imai, Lo & Olmsted 2016, ordinal model): actor point `x_p`, item
//! parameters `a_j, b_j` and precision `τ_j²`; latent utility `z ~ N(a_j + b_j x_p, 1/τ_j²)`;
//! the vote is *no* if `z < 0`, *abstain* if `0 ≤ z < 1`, *yes* if `z ≥ 1`. Fixing the two
//! cutpoints at 0 and 1 and letting the variance vary by item is the same model as the usual
//! ordered probit with unit variance and free cutpoints, but it makes every M-step closed-form.
//!
//! One iteration is an ECM step (Meng & Rubin 1993) for the posterior mode:
//! 1. E-step: for each vote, the mean and variance of `z` truncated to the vote's interval
//!    (this pass also yields the log-likelihood of the current parameters);
//! 2. CM-step items: `(a_j, b_j)` by ridge regression of `E[z]` on `x` (prior N(0, s²));
//! 3. CM-step actors: each actor's point(s) by the Gaussian conditional mode (static: one
//!    division; dynamic: the random-walk smoother of [`crate::points`]);
//! 4. CM-step precisions: `τ_j² = n_j / (Σ E[(z − a_j − b_j x)²] + 2r)` (exponential prior, rate r).
//!
//! Every CM-step maximises the expected complete-data log-posterior over its block exactly,
//! so the observed-data log-posterior never decreases (the trace records it).
//!
//! Parallelism: items and actors are processed in parallel, each by one task that sums its own
//! entries in a fixed order; totals are summed sequentially in index order. The result is
//! therefore bitwise identical for any number of threads.

use rayon::prelude::*;

use crate::points::Layout;
use crate::truncated_normal::{above, below, between};
use crate::{Error, RollCalls};

/// Raw (unnormalised) parameters on the latent scale.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Params {
    /// Ideal points, one per point of the layout.
    pub x: Vec<f64>,
    /// Item intercepts.
    pub a: Vec<f64>,
    /// Item slopes.
    pub b: Vec<f64>,
    /// Item precisions τ².
    pub tau2: Vec<f64>,
}

/// Prior and stopping settings of one EM run.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Settings {
    pub max_iter: usize,
    pub tolerance: f64,
    pub item_var: f64,
    pub precision_rate: f64,
    pub walk_sd: f64,
}

/// Outcome of one EM run.
#[derive(Debug, Clone)]
pub(crate) struct EmRun {
    pub params: Params,
    pub objective: Vec<f64>,
    pub log_likelihood: Vec<f64>,
    pub iterations: usize,
    pub converged: bool,
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
pub(crate) fn split_by<'a>(data: &'a mut [f64], ptr: &[usize]) -> Vec<&'a mut [f64]> {
    let mut out = Vec::with_capacity(ptr.len().saturating_sub(1));
    let mut rest = data;
    for w in ptr.windows(2) {
        let (head, tail) = std::mem::take(&mut rest).split_at_mut(w[1] - w[0]);
        out.push(head);
        rest = tail;
    }
    out
}

/// Moments of the latent utility of one vote: (ln P(vote), E[z], Var[z]).
#[inline]
pub(crate) fn latent_moments(category: u8, mu: f64, tau: f64) -> (f64, f64, f64) {
    let t = match category {
        0 => below(-mu * tau),
        1 => between(-mu * tau, (1.0 - mu) * tau),
        _ => above((1.0 - mu) * tau),
    };
    (t.ln_p, mu + t.mean / tau, t.var / (tau * tau))
}

/// Ridge regression of `m` on `(1, x)` with precision weight `tau2` and prior variance `v`.
#[inline]
fn item_solve(s: &[f64; 5], tau2: f64, item_var: f64) -> (f64, f64) {
    let [n, sx, sxx, sm, sxm] = *s;
    let p = 1.0 / item_var;
    let (a11, a12, a22) = (tau2 * n + p, tau2 * sx, tau2 * sxx + p);
    let (r1, r2) = (tau2 * sm, tau2 * sxm);
    let det = a11 * a22 - a12 * a12;
    ((a22 * r1 - a12 * r2) / det, (a11 * r2 - a12 * r1) / det)
}

struct ItemPass {
    ln_lik: f64,
    sum_var: f64,
    a: f64,
    b: f64,
}

/// Starting values: points from the leading singular vector of the item-centred vote matrix
/// (yes = 1, abstain = 1/2, no = 0), items at zero, precisions at one.
pub(crate) fn initial_params(rc: &RollCalls, layout: &Layout, exec: &Exec) -> Params {
    let n_items = rc.n_items();
    let n_actors = rc.n_actors();
    let resid: Vec<f64> = exec.run(|| {
        (0..n_items)
            .into_par_iter()
            .flat_map_iter(|j| {
                let r = rc.item_ptr[j]..rc.item_ptr[j + 1];
                let mean = rc.entry_vote[r.clone()]
                    .iter()
                    .map(|&v| v as f64)
                    .sum::<f64>()
                    / (2.0 * r.len() as f64);
                rc.entry_vote[r].iter().map(move |&v| v as f64 / 2.0 - mean)
            })
            .collect()
    });
    let actor_sum = |i: usize, f: &dyn Fn(usize) -> f64| -> f64 {
        rc.actor_entry[rc.actor_ptr[i]..rc.actor_ptr[i + 1]]
            .iter()
            .map(|&e| f(e as usize))
            .sum()
    };
    // Start from each actor's mean residual (its propensity to vote yes), which is
    // correlated with the main dimension in practice; alternate signs if it vanishes.
    let mut u: Vec<f64> = (0..n_actors).map(|i| actor_sum(i, &|e| resid[e])).collect();
    if u.iter().all(|v| v.abs() < 1e-12) {
        u = (0..n_actors)
            .map(|i| if i % 2 == 0 { 1.0 } else { -1.0 })
            .collect();
    }
    for _ in 0..20 {
        let v: Vec<f64> = exec.run(|| {
            (0..n_items)
                .into_par_iter()
                .map(|j| {
                    (rc.item_ptr[j]..rc.item_ptr[j + 1])
                        .map(|e| resid[e] * u[rc.entry_actor[e] as usize])
                        .sum()
                })
                .collect()
        });
        u = exec.run(|| {
            (0..n_actors)
                .into_par_iter()
                .map(|i| actor_sum(i, &|e| resid[e] * v[rc.entry_item[e] as usize]))
                .collect()
        });
        let norm = u.iter().map(|v| v * v).sum::<f64>().sqrt();
        if !(norm > 0.0 && norm.is_finite()) {
            break;
        }
        u.iter_mut().for_each(|v| *v /= norm);
    }
    let n = n_actors as f64;
    let mean = u.iter().sum::<f64>() / n;
    let sd = (u.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / n).sqrt();
    let scale = if sd > 0.0 && sd.is_finite() {
        1.0 / sd
    } else {
        0.0
    };
    let mut x = vec![0.0; layout.n_points()];
    for (i, ui) in u.iter().enumerate() {
        let value = (ui - mean) * scale;
        x[layout.actor_offset[i]..layout.actor_offset[i + 1]].fill(value);
    }
    Params {
        x,
        a: vec![0.0; n_items],
        b: vec![0.0; n_items],
        tau2: vec![1.0; n_items],
    }
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
/// objective monotone because it is an exact conditional maximisation.
fn rescale(params: &mut Params, layout: &Layout, settings: &Settings) {
    let n_actors = layout.actor_offset.len() - 1;
    let v = settings.item_var;
    let firsts: Vec<f64> = (0..n_actors)
        .map(|i| params.x[layout.actor_offset[i]])
        .collect();
    // Random-walk increments scale like the points (their prior term is D / s²).
    let mut d = 0.0;
    for i in 0..n_actors {
        let start = layout.actor_offset[i];
        let full = layout.ln_prior(i, &params.x, settings.walk_sd);
        let first = -0.5 * params.x[start] * params.x[start];
        d += -2.0 * (full - first);
    }
    let sum_first: f64 = firsts.iter().sum();
    let sum_ab: f64 = params.a.iter().zip(&params.b).map(|(a, b)| a * b).sum();
    let sum_bb: f64 = params.b.iter().map(|b| b * b).sum();
    if sum_bb <= 0.0 || sum_bb.is_nan() {
        return;
    }
    let n = n_actors as f64;
    let (mut c, mut s) = (0.0f64, 1.0f64);
    for _ in 0..20 {
        c = (sum_first / (s * s) - sum_ab / v) / (n / (s * s) + sum_bb / v);
        let a_term: f64 = firsts.iter().map(|x| (x - c) * (x - c)).sum::<f64>() + d;
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

/// Runs ECM from `start` until convergence or `max_iter`. `on_iteration(iterations,
/// objective, log_likelihood)` is called after every E-step.
pub(crate) fn run_em(
    rc: &RollCalls,
    layout: &Layout,
    start: Params,
    settings: &Settings,
    exec: &Exec,
    on_iteration: &mut dyn FnMut(usize, f64, f64),
) -> Result<EmRun, Error> {
    let n_items = rc.n_items();
    let n_actors = rc.n_actors();
    let mut params = start;
    let mut m = vec![0.0; rc.n_votes()];
    let mut objective = Vec::new();
    let mut log_likelihood = Vec::new();
    let mut iterations = 0;
    let mut converged = false;
    let mut stop_next = false;
    loop {
        // E-step and item CM-step (items depend only on E[z] and the current points).
        let passes: Vec<ItemPass> = {
            let Params { x, a, b, tau2 } = &params;
            let m_items = split_by(&mut m, &rc.item_ptr);
            exec.run(|| {
                m_items
                    .into_par_iter()
                    .enumerate()
                    .map(|(j, mj)| {
                        let tau = tau2[j].sqrt();
                        let start = rc.item_ptr[j];
                        let (mut ln_lik, mut sum_var) = (0.0, 0.0);
                        let mut s = [0.0; 5];
                        for (k, slot) in mj.iter_mut().enumerate() {
                            let e = start + k;
                            let xp = x[layout.entry_point[e] as usize];
                            let mu = a[j] + b[j] * xp;
                            let (lp, mean, var) = latent_moments(rc.entry_vote[e], mu, tau);
                            *slot = mean;
                            ln_lik += lp;
                            sum_var += var;
                            s[0] += 1.0;
                            s[1] += xp;
                            s[2] += xp * xp;
                            s[3] += mean;
                            s[4] += xp * mean;
                        }
                        let (na, nb) = item_solve(&s, tau2[j], settings.item_var);
                        ItemPass {
                            ln_lik,
                            sum_var,
                            a: na,
                            b: nb,
                        }
                    })
                    .collect()
            })
        };
        let ll: f64 = passes.iter().map(|p| p.ln_lik).sum();
        let item_prior: f64 = (0..n_items)
            .map(|j| {
                -0.5 * (params.a[j] * params.a[j] + params.b[j] * params.b[j]) / settings.item_var
                    - settings.precision_rate * params.tau2[j]
            })
            .sum();
        let point_prior: f64 = (0..n_actors)
            .map(|i| layout.ln_prior(i, &params.x, settings.walk_sd))
            .sum();
        let obj = ll + item_prior + point_prior;
        if !obj.is_finite() {
            return Err(Error::Numerical {
                stage: "e-step",
                iteration: iterations,
                what: format!("objective is {obj}"),
            });
        }
        on_iteration(iterations, obj, ll);
        objective.push(obj);
        log_likelihood.push(ll);
        if stop_next {
            converged = true;
            break;
        }
        if iterations >= settings.max_iter {
            break;
        }
        for (j, p) in passes.iter().enumerate() {
            params.a[j] = p.a;
            params.b[j] = p.b;
        }
        let before = (params.x.clone(), params.a.clone(), params.b.clone());
        // Actor CM-step.
        {
            let Params { x, a, b, tau2 } = &mut params;
            let (a, b, tau2) = (&*a, &*b, &*tau2);
            let m = &m;
            let x_actors = split_by(x, &layout.actor_offset);
            exec.run(|| {
                x_actors.into_par_iter().enumerate().for_each(|(i, xi)| {
                    let offset = layout.actor_offset[i];
                    let mut prec = vec![0.0; xi.len()];
                    let mut h = vec![0.0; xi.len()];
                    for &e in &rc.actor_entry[rc.actor_ptr[i]..rc.actor_ptr[i + 1]] {
                        let e = e as usize;
                        let j = rc.entry_item[e] as usize;
                        let k = layout.entry_point[e] as usize - offset;
                        let w = tau2[j] * b[j];
                        prec[k] += w * b[j];
                        h[k] += w * (m[e] - a[j]);
                    }
                    layout.smooth(i, &prec, &h, settings.walk_sd, xi);
                })
            });
        }
        // Precision CM-step.
        {
            let Params { x, a, b, .. } = &params;
            let new_tau2: Vec<f64> = exec.run(|| {
                (0..n_items)
                    .into_par_iter()
                    .map(|j| {
                        let mut ssr = passes[j].sum_var;
                        for e in rc.item_ptr[j]..rc.item_ptr[j + 1] {
                            let r = m[e] - a[j] - b[j] * x[layout.entry_point[e] as usize];
                            ssr += r * r;
                        }
                        let n = (rc.item_ptr[j + 1] - rc.item_ptr[j]) as f64;
                        n / (ssr + 2.0 * settings.precision_rate)
                    })
                    .collect()
            });
            params.tau2 = new_tau2;
        }
        rescale(&mut params, layout, settings);
        iterations += 1;
        // Stopping rule of emIRT (Imai, Lo & Olmsted 2016): every parameter block correlates
        // with its previous value at 1 - tolerance or more.
        let stable = [
            correlation(&params.x, &before.0),
            correlation(&params.a, &before.1),
            correlation(&params.b, &before.2),
        ]
        .iter()
        .all(|&r| r >= 1.0 - settings.tolerance);
        if stable {
            stop_next = true;
        }
    }
    Ok(EmRun {
        params,
        objective,
        log_likelihood,
        iterations,
        converged,
    })
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

    #[test]
    fn item_solve_without_prior_is_least_squares() {
        // Points (0, 1), (1, 3), (2, 5) lie on m = 1 + 2x.
        let s = [3.0, 3.0, 5.0, 9.0, 13.0];
        let (a, b) = item_solve(&s, 1.0, 1e12);
        assert!((a - 1.0).abs() < 1e-9 && (b - 2.0).abs() < 1e-9);
    }
}
