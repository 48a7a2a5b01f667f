//! The ordered-probit item: probabilities, reversal, estimation from known ballots.

use comity_ideal::ItemParams;

use crate::rollcall::RollCallVote;

/// The standard normal distribution function.
pub(crate) fn phi(x: f64) -> f64 {
    0.5 * libm::erfc(-x / std::f64::consts::SQRT_2)
}

/// Its inverse (bisection; `p` is clamped to `[1e-12, 1 − 1e-12]`).
pub(crate) fn phi_inv(p: f64) -> f64 {
    let p = p.clamp(1e-12, 1.0 - 1e-12);
    let (mut lo, mut hi) = (-10.0f64, 10.0f64);
    for _ in 0..100 {
        let mid = 0.5 * (lo + hi);
        if phi(mid) < p {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    0.5 * (lo + hi)
}

/// `[yes, abstain, no]` of an ordered-probit item at linear predictor `eta`
/// (`eta = discrimination · x + shift`).
pub fn probabilities(item: &ItemParams, eta: f64) -> [f64; 3] {
    let no = phi(item.cutpoints[0] - eta);
    let yes = 1.0 - phi(item.cutpoints[1] - eta);
    [yes, (1.0 - yes - no).max(0.0), no]
}

/// The item of a roll call reversed (a yes there is a no here).
pub fn reversed(item: &ItemParams) -> ItemParams {
    ItemParams {
        discrimination: -item.discrimination,
        cutpoints: [-item.cutpoints[1], -item.cutpoints[0]],
    }
}

/// Estimates an item (posterior mode, priors N(0, 5²) on slope and cutpoints)
/// from some actors' known votes, with their points held fixed.
pub fn estimate_item(known: &[(f64, RollCallVote)]) -> ItemParams {
    let mut counts = [0.5f64; 3];
    for (_, v) in known {
        counts[match v {
            RollCallVote::No => 0,
            RollCallVote::Abstain => 1,
            RollCallVote::Yes => 2,
        }] += 1.0;
    }
    let n: f64 = counts.iter().sum();
    let c0 = phi_inv(counts[0] / n);
    let c1 = phi_inv((counts[0] + counts[1]) / n);
    let objective = |t: &[f64; 3]| -> f64 {
        let item = ItemParams {
            discrimination: t[0],
            cutpoints: [t[1], t[1] + t[2].exp()],
        };
        let mut ll = -(t[0] * t[0] + t[1] * t[1] + item.cutpoints[1].powi(2)) / 50.0;
        for (x, v) in known {
            let p = probabilities(&item, item.discrimination * x);
            let k = match v {
                RollCallVote::Yes => 0,
                RollCallVote::Abstain => 1,
                RollCallVote::No => 2,
            };
            ll += p[k].max(1e-300).ln();
        }
        ll
    };
    let mut t = [0.0, c0, (c1 - c0).max(1e-3).ln()];
    let mut f = objective(&t);
    let mut step = 0.5;
    for _ in 0..2_000 {
        let h = 1e-6;
        let mut g = [0.0; 3];
        for k in 0..3 {
            let mut up = t;
            up[k] += h;
            let mut down = t;
            down[k] -= h;
            g[k] = (objective(&up) - objective(&down)) / (2.0 * h);
        }
        let norm = g.iter().map(|v| v * v).sum::<f64>().sqrt();
        if norm < 1e-7 {
            break;
        }
        loop {
            let cand = [t[0] + step * g[0], t[1] + step * g[1], t[2] + step * g[2]];
            let fc = objective(&cand);
            if fc > f {
                (t, f) = (cand, fc);
                step *= 1.5;
                break;
            }
            step *= 0.5;
            if step < 1e-12 {
                break;
            }
        }
        if step < 1e-12 {
            break;
        }
    }
    ItemParams {
        discrimination: t[0],
        cutpoints: [t[1], t[1] + t[2].exp()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rollcall::RollCallVote;

    #[test]
    fn phi_and_inverse_agree() {
        // Φ(1.959964) = 0.975 (standard normal table).
        assert!((phi(1.959964) - 0.975).abs() < 1e-6);
        assert!((phi_inv(0.975) - 1.959964).abs() < 1e-5);
    }

    #[test]
    fn reversing_swaps_yes_and_no() {
        let it = ItemParams {
            discrimination: 1.3,
            cutpoints: [-0.4, 0.7],
        };
        let p = probabilities(&it, 0.3 * 1.3);
        let q = probabilities(&reversed(&it), -0.3 * 1.3);
        assert!((p[0] - q[2]).abs() < 1e-12 && (p[2] - q[0]).abs() < 1e-12);
    }

    #[test]
    fn known_votes_give_the_direction() {
        // Simulated truth: actors with positive points vote yes, negative no.
        let known: Vec<(f64, RollCallVote)> = (0..20)
            .map(|i| {
                let x = -1.0 + i as f64 / 10.0;
                (
                    x,
                    if x > 0.05 {
                        RollCallVote::Yes
                    } else {
                        RollCallVote::No
                    },
                )
            })
            .collect();
        let it = estimate_item(&known);
        assert!(it.discrimination > 1.0, "{it:?}");
        assert!(probabilities(&it, it.discrimination * 1.0)[0] > 0.9);
        assert!(probabilities(&it, -it.discrimination)[2] > 0.9);
    }
}
