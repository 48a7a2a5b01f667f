//! The EM driver: plain ECM, or ECM accelerated by SQUAREM with a monotone safeguard.
//!
//! SQUAREM (Varadhan & Roland 2008, scheme S3) treats the EM map `F` as a fixed-point
//! iteration and extrapolates along its last two steps: from `θ₀`, with `θ₁ = F(θ₀)`,
//! `θ₂ = F(θ₁)`, `r = θ₁ − θ₀` and `v = θ₂ − 2θ₁ + θ₀`, the new point is
//! `θ′ = θ₀ + 2αr + α²v` with `α = ‖r‖/‖v‖`, clamped to `[1, α_max]` (`α = 1` gives `θ₂`
//! itself). `θ′` is kept only if its objective is at least that of `θ₀`; otherwise the run
//! falls back to the plain EM iterates `θ₁, θ₂` (whose objectives cannot decrease), and
//! `α_max` shrinks. When the clamp was hit and the step accepted, `α_max` grows fourfold.
//! The objective trace therefore never decreases. Item precisions are extrapolated on the
//! log scale (they must stay positive), and `θ′` gets the parameter-expansion rescaling
//! (an exact conditional maximisation) before it is evaluated.
//!
//! A pass over the votes evaluates the objective at its input and computes `F` of it at the
//! same time, so an accepted cycle costs two passes.
//!
//! Stopping rule (emIRT's, Imai, Lo & Olmsted 2016): `F(θ)` and `θ` correlate at
//! `1 − tolerance` or more for the points, the intercepts and the slopes; the fit returned is
//! `θ`, whose objective is the last entry of the trace.

use crate::em::{correlation, rescale, EmMap, Eval, Exec, Params, Settings};
use crate::points::Layout;
use crate::{Error, RollCalls};

/// Growth (and shrink) factor of the largest extrapolation step.
const STEP_FACTOR: f64 = 4.0;

/// Outcome of one EM run.
#[derive(Debug, Clone)]
pub(crate) struct EmRun {
    pub params: Params,
    pub objective: Vec<f64>,
    pub log_likelihood: Vec<f64>,
    pub iterations: usize,
    pub converged: bool,
}

/// Records accepted iterates and reports them.
struct Trace<'c> {
    objective: Vec<f64>,
    log_likelihood: Vec<f64>,
    on_iteration: &'c mut dyn FnMut(usize, f64, f64),
}

impl Trace<'_> {
    /// Records the objective of an accepted iterate reached after `passes` EM maps.
    fn push(&mut self, passes: usize, eval: Eval) -> Result<(), Error> {
        if !eval.objective.is_finite() {
            return Err(Error::Numerical {
                stage: "e-step",
                iteration: passes,
                what: format!("objective is {}", eval.objective),
            });
        }
        (self.on_iteration)(passes, eval.objective, eval.log_likelihood);
        self.objective.push(eval.objective);
        self.log_likelihood.push(eval.log_likelihood);
        Ok(())
    }
}

/// Has the EM map stopped moving the parameters (emIRT's correlation rule)?
fn stable(next: &Params, current: &Params, tolerance: f64) -> bool {
    [
        correlation(&next.x, &current.x),
        correlation(&next.a, &current.a),
        correlation(&next.b, &current.b),
    ]
    .iter()
    .all(|&r| r >= 1.0 - tolerance)
}

/// Blocks of a parameter vector as SQUAREM sees them (precisions on the log scale).
fn coordinates(p: &Params) -> impl Iterator<Item = f64> + '_ {
    p.x.iter()
        .chain(&p.a)
        .chain(&p.b)
        .copied()
        .chain(p.tau2.iter().map(|t| t.ln()))
}

/// `θ₀ + 2αr + α²v`, written into `out`; returns `α`.
fn extrapolate(t0: &Params, t1: &Params, t2: &Params, step_max: f64, out: &mut Params) -> f64 {
    let (mut rr, mut vv) = (0.0, 0.0);
    for ((p0, p1), p2) in coordinates(t0).zip(coordinates(t1)).zip(coordinates(t2)) {
        let r = p1 - p0;
        let v = p2 - 2.0 * p1 + p0;
        rr += r * r;
        vv += v * v;
    }
    let alpha = if vv > 0.0 {
        (rr / vv).sqrt().clamp(1.0, step_max)
    } else {
        1.0
    };
    let mix = |p0: f64, p1: f64, p2: f64| {
        let r = p1 - p0;
        let v = p2 - 2.0 * p1 + p0;
        p0 + 2.0 * alpha * r + alpha * alpha * v
    };
    for (k, o) in out.x.iter_mut().enumerate() {
        *o = mix(t0.x[k], t1.x[k], t2.x[k]);
    }
    for (k, o) in out.a.iter_mut().enumerate() {
        *o = mix(t0.a[k], t1.a[k], t2.a[k]);
    }
    for (k, o) in out.b.iter_mut().enumerate() {
        *o = mix(t0.b[k], t1.b[k], t2.b[k]);
    }
    for (k, o) in out.tau2.iter_mut().enumerate() {
        *o = mix(t0.tau2[k].ln(), t1.tau2[k].ln(), t2.tau2[k].ln()).exp();
    }
    alpha
}

/// Runs the iterations from `start` until the stopping rule holds or `max_iter` passes
/// were made. `on_iteration(passes, objective, log_likelihood)` is called for every accepted
/// iterate.
pub(crate) fn run_em(
    rc: &RollCalls,
    layout: &Layout,
    start: Params,
    settings: &Settings,
    exec: &Exec,
    on_iteration: &mut dyn FnMut(usize, f64, f64),
) -> Result<EmRun, Error> {
    let mut run = Run {
        map: EmMap::new(rc, layout, *settings),
        exec,
        passes: 0,
        trace: Trace {
            objective: Vec::new(),
            log_likelihood: Vec::new(),
            on_iteration,
        },
    };
    // Invariant at the top of the loop: `current` is accepted, its objective is the last
    // entry of the trace, and `next = F(current)` (Newton points).
    let mut current = start;
    let mut next = current.clone();
    let mut second = current.clone();
    let mut jump = current.clone();
    let mut after_jump = current.clone();
    let eval = run.step(&current, &mut next, true);
    run.trace.push(0, eval)?;
    let mut current_objective = eval.objective;
    let mut step_max = 1.0f64;
    let mut converged = false;
    loop {
        if stable(&next, &current, settings.tolerance) {
            converged = true;
            break;
        }
        if run.passes >= settings.max_iter {
            break;
        }
        if !settings.accelerate || run.passes + 4 > settings.max_iter {
            // Plain iteration: θ₁ = F(θ₀), kept if its objective is not lower.
            let eval = run.step(&next, &mut second, true);
            if eval.objective.is_finite() && eval.objective >= current_objective {
                std::mem::swap(&mut current, &mut next);
                std::mem::swap(&mut next, &mut second);
                run.trace.push(run.passes - 1, eval)?;
                current_objective = eval.objective;
            } else {
                current_objective = run.safe_step(&mut current, &mut next)?;
            }
            continue;
        }
        // θ₁ = next; θ₂ = second.
        let eval_1 = run.step(&next, &mut second, true);
        let alpha = extrapolate(&current, &next, &second, step_max, &mut jump);
        rescale(&mut jump, layout, settings);
        let eval_jump = run.step(&jump, &mut after_jump, true);
        if eval_jump.objective.is_finite() && eval_jump.objective >= current_objective {
            std::mem::swap(&mut current, &mut jump);
            std::mem::swap(&mut next, &mut after_jump);
            run.trace.push(run.passes - 1, eval_jump)?;
            current_objective = eval_jump.objective;
            if alpha >= step_max {
                step_max *= STEP_FACTOR;
            }
            continue;
        }
        if alpha >= step_max {
            step_max = (step_max / STEP_FACTOR).max(1.0);
        }
        if eval_1.objective.is_finite() && eval_1.objective >= current_objective {
            // Keep θ₁; its map θ₂ is already computed.
            std::mem::swap(&mut current, &mut next);
            std::mem::swap(&mut next, &mut second);
            run.trace.push(run.passes - 2, eval_1)?;
            current_objective = eval_1.objective;
        } else {
            current_objective = run.safe_step(&mut current, &mut next)?;
        }
    }
    Ok(EmRun {
        params: current,
        objective: run.trace.objective,
        log_likelihood: run.trace.log_likelihood,
        iterations: run.passes,
        converged,
    })
}

/// The map, its pool, the pass count and the trace of one run.
struct Run<'a, 'c> {
    map: EmMap<'a>,
    exec: &'a Exec,
    passes: usize,
    trace: Trace<'c>,
}

impl Run<'_, '_> {
    /// One pass: the objective at `theta`, and the map of `theta` in `out`.
    fn step(&mut self, theta: &Params, out: &mut Params, newton_points: bool) -> Eval {
        self.passes += 1;
        self.map.step(self.exec, theta, out, newton_points)
    }

    /// The monotone fallback: replaces `current` by its ECM map (points by their ECM step),
    /// whose objective cannot be lower, records it, and leaves its Newton map in `next`.
    /// Returns the new objective.
    fn safe_step(&mut self, current: &mut Params, next: &mut Params) -> Result<f64, Error> {
        self.step(current, next, false);
        std::mem::swap(current, next);
        let eval = self.step(current, next, true);
        self.trace.push(self.passes - 1, eval)?;
        Ok(eval.objective)
    }
}
