//! Starting values of EM: the leading singular vector of the item-centred vote matrix.
//!
//! Votes are coded yes = 1, abstain = 1/2, no = 0 and centred by item; the actors' scores on
//! the first principal component (found by power iteration on `R Rᵀ`, as emIRT starts its
//! EM from a principal component) are standardised and used as the starting points. Items
//! start at zero and precisions at one, so the first EM iteration fits every item to these
//! points.

use rayon::prelude::*;

use crate::em::{correlation, Exec, Params};
use crate::points::Layout;
use crate::RollCalls;

/// Power iterations at most.
const MAX_POWER_ITERATIONS: usize = 50;
/// Stop the power iteration when successive vectors correlate at `1 − this` (a start only
/// needs the direction roughly).
const POWER_TOLERANCE: f64 = 1e-6;

/// Starting values for `rc` laid out by `layout`.
pub(crate) fn initial_params(rc: &RollCalls, layout: &Layout, exec: &Exec) -> Params {
    let n_items = rc.n_items();
    let n_actors = rc.n_actors();
    let mut resid = vec![0.0; rc.n_votes()];
    exec.run(|| {
        crate::em::split_by(&mut resid, &rc.item_ptr)
            .into_par_iter()
            .enumerate()
            .for_each(|(j, rj)| {
                let votes = &rc.entry_vote[rc.item_ptr[j]..rc.item_ptr[j + 1]];
                let mean = votes.iter().map(|&v| f64::from(v)).sum::<f64>()
                    / (2.0 * votes.len().max(1) as f64);
                for (slot, &v) in rj.iter_mut().zip(votes) {
                    *slot = f64::from(v) / 2.0 - mean;
                }
            })
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
    for _ in 0..MAX_POWER_ITERATIONS {
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
        let mut next: Vec<f64> = exec.run(|| {
            (0..n_actors)
                .into_par_iter()
                .map(|i| actor_sum(i, &|e| resid[e] * v[rc.entry_item[e] as usize]))
                .collect()
        });
        let norm = next.iter().map(|v| v * v).sum::<f64>().sqrt();
        if !(norm > 0.0 && norm.is_finite()) {
            break;
        }
        next.iter_mut().for_each(|v| *v /= norm);
        let settled = correlation(&next, &u).abs() >= 1.0 - POWER_TOLERANCE;
        u = next;
        if settled {
            break;
        }
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
