//! Integration tests of comity-ideal. Expected values come from simulations with a known
//! truth (`Simulation`), never from the program's own output.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use comity_ideal::{fit, Error, Fit, FitOptions, Model, Progress, RollCalls, Simulation, Vote};
use proptest::prelude::*;

fn pearson(u: &[f64], v: &[f64]) -> f64 {
    let n = u.len() as f64;
    let (mu, mv) = (u.iter().sum::<f64>() / n, v.iter().sum::<f64>() / n);
    let cov: f64 = u.iter().zip(v).map(|(a, b)| (a - mu) * (b - mv)).sum();
    let su: f64 = u.iter().map(|a| (a - mu) * (a - mu)).sum();
    let sv: f64 = v.iter().map(|b| (b - mv) * (b - mv)).sum();
    cov / (su * sv).sqrt()
}

#[path = "comity_ideal/bsv.rs"]
mod bsv;

fn argmax(v: &[f64]) -> usize {
    (0..v.len()).max_by(|&a, &b| v[a].total_cmp(&v[b])).unwrap()
}

fn static_sim(n_actors: usize, n_items: usize, seed: u64) -> comity_ideal::Simulated {
    Simulation {
        n_actors,
        n_items,
        n_sessions: 1,
        participation: 0.8,
        drift_sd: 0.0,
        seed,
    }
    .run()
    .unwrap()
}

fn assert_monotone(f: &Fit) {
    for w in f.objective.windows(2) {
        assert!(
            w[1] >= w[0] - 1e-9 * w[0].abs(),
            "objective decreased: {} -> {}",
            w[0],
            w[1]
        );
    }
}

#[test]
fn static_model_recovers_simulated_truth() {
    // Truth: the simulation's actor points; the anchor is the actor with the highest true
    // point, so the sign convention aligns the estimates with the truth.
    let sim = static_sim(100, 500, 7);
    let truth: Vec<f64> = sim.truth.iter().map(|p| p[0]).collect();
    let options = FitOptions {
        anchor: argmax(&truth),
        ..FitOptions::default()
    };
    let f = fit(&sim.roll_calls, &options, &mut |_| {}).unwrap();
    assert!(
        f.converged,
        "did not converge in {} iterations",
        f.iterations
    );
    let est: Vec<f64> = f.points.iter().map(|p| p.estimate).collect();
    let r = pearson(&est, &truth);
    assert!(r >= 0.95, "correlation with truth {r}");
    // Normalisation convention: mean 0, sd 1.
    let mean = est.iter().sum::<f64>() / est.len() as f64;
    let sd = (est.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / est.len() as f64).sqrt();
    assert!(mean.abs() < 1e-9 && (sd - 1.0).abs() < 1e-9);
    assert!(f.points[options.anchor].estimate > 0.0);
    assert_monotone(&f);
    // Item discriminations: same signs as the truth for most items.
    let agree = f
        .items
        .iter()
        .zip(&sim.items)
        .filter(|(a, b)| a.discrimination.signum() == b.discrimination.signum())
        .count();
    assert!(
        agree as f64 >= 0.9 * sim.items.len() as f64,
        "{agree} signs agree"
    );
}

#[test]
fn binary_model_recovers_simulated_truth() {
    // Truth: the simulation's actor points. The binary model drops the abstentions and
    // fits yes/no only; the ordering of actors must still be recovered, and no item may
    // predict an abstention.
    let sim = static_sim(100, 500, 17);
    let truth: Vec<f64> = sim.truth.iter().map(|p| p[0]).collect();
    let options = FitOptions {
        anchor: argmax(&truth),
        model: Model::Binary,
        ..FitOptions::default()
    };
    let f = fit(&sim.roll_calls, &options, &mut |_| {}).unwrap();
    assert!(f.converged, "{} iterations", f.iterations);
    let est: Vec<f64> = f.points.iter().map(|p| p.estimate).collect();
    let r = pearson(&est, &truth);
    assert!(r >= 0.95, "correlation with truth {r}");
    assert_monotone(&f);
    for item in &f.items {
        assert_eq!(item.cutpoints[0], item.cutpoints[1]);
        let [yes, abstain, no] = item.probabilities(0.5);
        assert!(abstain < 1e-12 && (yes + no - 1.0).abs() < 1e-12);
    }
    // A new item: abstentions are ignored, and an item of abstentions only is an error.
    let votes: Vec<(usize, Vote)> = (0..100)
        .map(|i| {
            let v = if truth[i] > 0.0 { Vote::Yes } else { Vote::No };
            (i, if i % 10 == 0 { Vote::Abstain } else { v })
        })
        .collect();
    let item = f.estimate_item(&votes, None, &options).unwrap();
    assert!(item.discrimination > 0.0 && item.cutpoints[0] == item.cutpoints[1]);
    assert!(f
        .estimate_item(&[(0, Vote::Abstain)], None, &options)
        .is_err());
}

#[test]
fn binary_model_rejects_an_actor_with_only_abstentions() {
    let rc = RollCalls::new(
        3,
        vec![1, 1],
        &[
            (0, 0, Vote::Yes),
            (1, 0, Vote::No),
            (2, 0, Vote::Abstain),
            (0, 1, Vote::No),
            (1, 1, Vote::Yes),
        ],
    )
    .unwrap();
    let options = FitOptions {
        model: Model::Binary,
        ..FitOptions::default()
    };
    assert_eq!(
        fit(&rc, &options, &mut |_| {}).unwrap_err(),
        Error::OnlyAbstentions { actor: 2 }
    );
}

#[test]
fn accelerated_and_plain_runs_reach_the_same_mode() {
    // The posterior mode does not depend on how it is reached: run both drivers to a tight
    // tolerance and compare the points and the final objective.
    let sim = static_sim(40, 200, 23);
    let run = |accelerate| {
        let options = FitOptions {
            accelerate,
            tolerance: 1e-12,
            max_iter: 5_000,
            ..FitOptions::default()
        };
        fit(&sim.roll_calls, &options, &mut |_| {}).unwrap()
    };
    let (a, b) = (run(true), run(false));
    assert!(a.converged && b.converged);
    assert_monotone(&a);
    assert_monotone(&b);
    let oa = *a.objective.last().unwrap();
    let ob = *b.objective.last().unwrap();
    assert!((oa - ob).abs() < 1e-6 * oa.abs(), "{oa} vs {ob}");
    for (p, q) in a.points.iter().zip(&b.points) {
        assert!((p.estimate - q.estimate).abs() < 1e-3, "{p:?} vs {q:?}");
    }
}

#[test]
fn estimate_item_finds_the_mode_of_a_fitted_item() {
    // At the posterior mode each fitted item maximises its own votes' log-posterior given
    // the fitted points, which is what `estimate_item` maximises too (with the prior on the
    // normalised scale, where the fit has it on its raw scale). So the re-estimated item must
    // score at least as well as the fitted one under `estimate_item`'s objective, and
    // predict the same votes.
    let sim = static_sim(50, 250, 31);
    for model in [Model::Ordinal, Model::Binary] {
        let options = FitOptions {
            model,
            tolerance: 1e-13,
            max_iter: 5_000,
            ..FitOptions::default()
        };
        let f = fit(&sim.roll_calls, &options, &mut |_| {}).unwrap();
        assert!(f.converged);
        let v = options.item_prior_sd * options.item_prior_sd;
        for j in [0, 7, 100, 249] {
            let votes: Vec<(usize, Vote)> = sim
                .roll_calls
                .item_votes(j)
                .filter(|&(_, vote)| model == Model::Ordinal || vote != Vote::Abstain)
                .collect();
            let score = |item: &comity_ideal::ItemParams| -> f64 {
                let ln_lik: f64 = votes
                    .iter()
                    .map(|&(i, vote)| {
                        let [yes, abstain, no] = item.probabilities(f.points[i].estimate);
                        match vote {
                            Vote::Yes => yes.ln(),
                            Vote::Abstain => abstain.ln(),
                            Vote::No => no.ln(),
                        }
                    })
                    .sum();
                // Latent-scale parameters: τ = c₁ − c₀ (ordinal) or 1 (binary).
                let tau = if model == Model::Binary {
                    1.0
                } else {
                    item.cutpoints[1] - item.cutpoints[0]
                };
                let (a, b) = (-item.cutpoints[0] / tau, item.discrimination / tau);
                let precision = if model == Model::Binary {
                    0.0
                } else {
                    options.precision_prior_rate * tau * tau
                };
                ln_lik - (a * a + b * b) / (2.0 * v) - precision
            };
            let item = f.estimate_item(&votes, None, &options).unwrap();
            let fitted = f.items[j];
            assert!(
                score(&item) >= score(&fitted) - 1e-9,
                "{model:?} item {j}: {item:?} {} vs {fitted:?} {}",
                score(&item),
                score(&fitted)
            );
            for &(i, _) in &votes {
                let x = f.points[i].estimate;
                let (p, q) = (item.probabilities(x), fitted.probabilities(x));
                assert!((0..3).all(|k| (p[k] - q[k]).abs() < 0.01), "{p:?} vs {q:?}");
            }
        }
    }
}

#[test]
fn dynamic_model_recovers_simulated_paths() {
    // Truth: random walks with step sd 0.3 over 8 sessions.
    let sim = Simulation {
        n_actors: 60,
        n_items: 960,
        n_sessions: 8,
        participation: 0.8,
        drift_sd: 0.3,
        seed: 11,
    }
    .run()
    .unwrap();
    let means: Vec<f64> = sim
        .truth
        .iter()
        .map(|p| p.iter().sum::<f64>() / p.len() as f64)
        .collect();
    let options = FitOptions {
        dynamic: true,
        anchor: argmax(&means),
        random_walk_sd: 0.3,
        ..FitOptions::default()
    };
    let f = fit(&sim.roll_calls, &options, &mut |_| {}).unwrap();
    let mut est = Vec::new();
    let mut truth = Vec::new();
    for p in &f.points {
        let t = p.session.unwrap() as usize - 1;
        est.push(p.estimate);
        truth.push(sim.truth[p.actor][t]);
    }
    assert_eq!(est.len(), 60 * 8);
    let r = pearson(&est, &truth);
    assert!(r >= 0.95, "correlation with truth {r}");
    assert_monotone(&f);
    // Within-actor movement is recovered too (not just the actors' levels).
    let first: Vec<f64> = (0..60).map(|i| f.actor_points(i)[0].estimate).collect();
    let last: Vec<f64> = (0..60).map(|i| f.actor_points(i)[7].estimate).collect();
    let d_est: Vec<f64> = last.iter().zip(&first).map(|(a, b)| a - b).collect();
    let d_true: Vec<f64> = (0..60).map(|i| sim.truth[i][7] - sim.truth[i][0]).collect();
    assert!(pearson(&d_est, &d_true) > 0.5);
}

#[test]
fn bootstrap_intervals_cover_the_truth() {
    // 95 % intervals should cover the (normalised) truth for most actors; a small simulation
    // with 40 replicates, so we only ask for at least 80 %.
    let sim = static_sim(40, 240, 3);
    let raw: Vec<f64> = sim.truth.iter().map(|p| p[0]).collect();
    let anchor = argmax(&raw);
    let mean = raw.iter().sum::<f64>() / raw.len() as f64;
    let sd = (raw.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / raw.len() as f64).sqrt();
    let truth: Vec<f64> = raw.iter().map(|v| (v - mean) / sd).collect();
    let options = FitOptions {
        anchor,
        bootstrap: 40,
        seed: 5,
        ..FitOptions::default()
    };
    let mut reports = 0;
    let f = fit(&sim.roll_calls, &options, &mut |p| {
        if matches!(p, Progress::Bootstrap { .. }) {
            reports += 1;
        }
    })
    .unwrap();
    assert!(reports >= 1);
    assert_eq!(f.bootstrap.unwrap().replicates, 40);
    let covered = f
        .points
        .iter()
        .filter(|p| {
            let [lo, hi] = p.interval.unwrap();
            lo <= truth[p.actor] && truth[p.actor] <= hi
        })
        .count();
    assert!(covered >= 32, "coverage {covered}/40");
    assert!(f.points.iter().all(|p| p.std_error.unwrap() > 0.0));
    // Every interval holds its own estimate (intervals are recentred on it).
    for p in &f.points {
        let [lo, hi] = p.interval.unwrap();
        assert!(
            lo <= p.estimate && p.estimate <= hi,
            "{lo} {} {hi}",
            p.estimate
        );
    }
}

#[test]
fn dynamic_bootstrap_intervals_cover_the_truth() {
    // The dynamic model's 95 % intervals against the simulation's known paths (random
    // walks with step sd 0.3, fitted with that walk), normalised like the fit: mean 0 and
    // sd 1 over all actor-sessions, the anchor (highest mean truth) positive.
    let sim = Simulation {
        n_actors: 150,
        n_items: 480,
        n_sessions: 4,
        participation: 0.8,
        drift_sd: 0.3,
        seed: 21,
    }
    .run()
    .unwrap();
    let means: Vec<f64> = sim
        .truth
        .iter()
        .map(|p| p.iter().sum::<f64>() / p.len() as f64)
        .collect();
    let options = FitOptions {
        dynamic: true,
        anchor: argmax(&means),
        random_walk_sd: 0.3,
        bootstrap: 40,
        seed: 9,
        ..FitOptions::default()
    };
    let f = fit(&sim.roll_calls, &options, &mut |_| {}).unwrap();
    let raw: Vec<f64> = f
        .points
        .iter()
        .map(|p| sim.truth[p.actor][p.session.unwrap() as usize - 1])
        .collect();
    let n = raw.len() as f64;
    let mean = raw.iter().sum::<f64>() / n;
    let sd = (raw.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / n).sqrt();
    let covered = f
        .points
        .iter()
        .zip(&raw)
        .filter(|(p, t)| {
            let truth = (*t - mean) / sd;
            let [lo, hi] = p.interval.unwrap();
            lo <= truth && truth <= hi
        })
        .count();
    let coverage = covered as f64 / n;
    eprintln!("dynamic bootstrap: coverage {covered}/{n} = {coverage:.3}");
    assert!(coverage >= 0.85, "coverage {covered}/{n}");
}

#[test]
fn same_seed_same_bits_with_one_or_two_threads() {
    let sim = static_sim(30, 150, 9);
    let run = |threads| {
        let options = FitOptions {
            threads: Some(threads),
            bootstrap: 4,
            seed: 42,
            ..FitOptions::default()
        };
        fit(&sim.roll_calls, &options, &mut |_| {}).unwrap()
    };
    let (a, b) = (run(1), run(2));
    assert_eq!(a.points, b.points);
    assert_eq!(a.items, b.items);
    assert_eq!(a.objective, b.objective);
    let dyn_run = |threads| {
        let sim = Simulation {
            n_sessions: 3,
            drift_sd: 0.2,
            ..static_sim_spec()
        }
        .run()
        .unwrap();
        let options = FitOptions {
            dynamic: true,
            threads: Some(threads),
            ..FitOptions::default()
        };
        fit(&sim.roll_calls, &options, &mut |_| {}).unwrap()
    };
    assert_eq!(dyn_run(1).points, dyn_run(2).points);
}

fn static_sim_spec() -> Simulation {
    Simulation {
        n_actors: 30,
        n_items: 150,
        n_sessions: 1,
        participation: 0.8,
        drift_sd: 0.0,
        seed: 1,
    }
}

#[test]
fn bad_input_is_an_error_not_a_panic() {
    assert!(matches!(
        RollCalls::new(0, vec![1], &[(0, 0, Vote::Yes)]),
        Err(Error::Empty { .. })
    ));
    assert!(matches!(
        RollCalls::new(2, vec![1], &[(0, 0, Vote::Yes), (5, 0, Vote::No)]),
        Err(Error::ActorOutOfRange {
            position: 1,
            actor: 5,
            n_actors: 2
        })
    ));
    assert!(matches!(
        RollCalls::new(1, vec![1], &[(0, 3, Vote::Yes)]),
        Err(Error::ItemOutOfRange { .. })
    ));
    let rc = RollCalls::new(2, vec![1, 1], &[(0, 0, Vote::Yes), (1, 1, Vote::No)]).unwrap();
    for options in [
        FitOptions {
            tolerance: f64::NAN,
            ..FitOptions::default()
        },
        FitOptions {
            random_walk_sd: f64::NAN,
            dynamic: true,
            ..FitOptions::default()
        },
        FitOptions {
            item_prior_sd: f64::INFINITY,
            ..FitOptions::default()
        },
        FitOptions {
            anchor: 2,
            ..FitOptions::default()
        },
        FitOptions {
            threads: Some(0),
            ..FitOptions::default()
        },
        FitOptions {
            max_iter: 0,
            ..FitOptions::default()
        },
    ] {
        assert!(matches!(
            fit(&rc, &options, &mut |_| {}),
            Err(Error::InvalidOption { .. })
        ));
    }
}

#[test]
fn predictions_for_fitted_and_new_items() {
    let sim = static_sim(60, 300, 21);
    let truth: Vec<f64> = sim.truth.iter().map(|p| p[0]).collect();
    let anchor = argmax(&truth);
    let options = FitOptions {
        anchor,
        ..FitOptions::default()
    };
    let f = fit(&sim.roll_calls, &options, &mut |_| {}).unwrap();
    let p = f.predict(0, 0).unwrap();
    assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-12);
    assert!(f.predict(60, 0).is_none() && f.predict(0, 300).is_none());
    // A new item on which the actors above the median vote yes and the others no: the
    // estimated discrimination must be positive and predictions must follow the split.
    let mut sorted = truth.clone();
    sorted.sort_by(f64::total_cmp);
    let median = sorted[30];
    let votes: Vec<(usize, Vote)> = (0..60)
        .map(|i| {
            (
                i,
                if truth[i] >= median {
                    Vote::Yes
                } else {
                    Vote::No
                },
            )
        })
        .collect();
    let item = f.estimate_item(&votes, None, &options).unwrap();
    assert!(item.discrimination > 0.0);
    let hi = f.points[argmax(&truth)].estimate;
    assert!(Fit::probabilities(hi, &item)[0] > 0.9);
    assert!(f.estimate_item(&[], None, &options).is_err());
    assert!(f.estimate_item(&[(99, Vote::Yes)], None, &options).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// The EM objective never decreases, whatever the data, and probabilities are proper.
    #[test]
    fn objective_never_decreases(seed in 0u64..10_000, n_actors in 8usize..30, extra in 0usize..60, dynamic: bool, binary: bool, accelerate: bool, level: bool) {
        let sim = Simulation {
            n_actors,
            n_items: n_actors + extra,
            n_sessions: if dynamic { 3 } else { 1 },
            participation: 0.7,
            drift_sd: if dynamic { 0.2 } else { 0.0 },
            seed,
        }
        .run()
        .unwrap();
        let model = if binary { Model::Binary } else { Model::Ordinal };
        // `level`: the dynamic model's N(0, 0.5²) prior on the later points.
        let point_prior_sd = (dynamic && level).then_some(0.5);
        let options = FitOptions { dynamic, max_iter: 60, model, accelerate, point_prior_sd, ..FitOptions::default() };
        let f = match fit(&sim.roll_calls, &options, &mut |_| {}) {
            Ok(f) => f,
            // A small simulated actor may have abstained on everything it voted on.
            Err(Error::OnlyAbstentions { .. }) if binary => return Ok(()),
            Err(e) => return Err(TestCaseError::fail(e.to_string())),
        };
        for w in f.objective.windows(2) {
            prop_assert!(w[1] >= w[0] - 1e-9 * w[0].abs(), "{} -> {}", w[0], w[1]);
        }
        for item in &f.items {
            let p = item.probabilities(0.3);
            prop_assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-9);
            prop_assert!(p.iter().all(|&q| (0.0..=1.0).contains(&q)));
        }
    }
}
