//! Exact P(pass) for 195 voters with heterogeneous stances under a two-thirds
//! present-and-voting rule, and its agreement with 10^6 Monte Carlo draws.
//!
//! `exact_195_two_thirds_pv` is the score DP (issue 13 item 5); `tally_dp_195_two_thirds_pv`
//! the joint-tally DP it replaced (kept as the fallback and test reference), for the before/after.
//!
//! Run: `cargo bench -p comity-rules --bench pass_probability`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;
use std::time::Instant;

use comity_rules::{
    monte_carlo, pass_probability, pass_probability_by_tallies, Base, Comparison, Condition,
    Roster, Rule, Stance, Threshold, Veto, Xoshiro256,
};
use criterion::{criterion_group, criterion_main, Criterion};

const VOTERS: usize = 195;

fn setup() -> (Rule, Roster, Vec<Stance>) {
    let rule = Rule {
        conditions: vec![Condition {
            threshold: Threshold::Fraction { num: 2, den: 3 },
            base: Base::PresentAndVoting,
            comparison: Comparison::AtLeast,
        }],
        veto: Veto::None,
        quorum: None,
    };
    let roster = Roster::new((0..VOTERS).map(|i| format!("A{i:03}")).collect()).unwrap();
    // Heterogeneous, seeded stances: P(yes) uniform in [0.15, 0.95]; the rest split at random
    // between no, abstain and absent.
    let mut rng = Xoshiro256::seed_from(2015);
    let stances = (0..VOTERS)
        .map(|_| {
            let yes = 0.15 + 0.8 * rng.next_f64();
            let rest = 1.0 - yes;
            let a = rng.next_f64();
            let b = rng.next_f64() * (1.0 - a);
            Stance {
                yes,
                no: rest * a,
                abstain: rest * b,
                absent: rest * (1.0 - a - b),
            }
        })
        .collect();
    (rule, roster, stances)
}

fn bench(c: &mut Criterion) {
    let (rule, roster, stances) = setup();

    // Agreement check, printed once (not timed by criterion).
    let t = Instant::now();
    let exact = pass_probability(&rule, &roster, &stances).unwrap();
    let t_exact = t.elapsed();
    let t = Instant::now();
    let mc = monte_carlo(&rule, &roster, &stances, 1_000_000, 1).unwrap();
    let t_mc = t.elapsed();
    let inside = mc.low <= exact.pass && exact.pass <= mc.high;
    println!(
        "195 voters, 2/3 of present and voting: exact P(pass) = {:.6} ({:?}); \
         Monte Carlo 10^6 draws = {:.6}, 99.9% CI [{:.6}, {:.6}] ({:?}); exact inside CI: {}",
        exact.pass, t_exact, mc.pass, mc.low, mc.high, t_mc, inside
    );
    assert!(
        inside,
        "exact P(pass) outside the Monte Carlo 99.9% interval"
    );

    let mut group = c.benchmark_group("pass_probability");
    group.sample_size(20);
    group.bench_function("exact_195_two_thirds_pv", |b| {
        b.iter(|| pass_probability(black_box(&rule), &roster, black_box(&stances)).unwrap());
    });
    group.bench_function("tally_dp_195_two_thirds_pv", |b| {
        b.iter(|| {
            pass_probability_by_tallies(black_box(&rule), &roster, black_box(&stances)).unwrap()
        });
    });
    // The same stances with five veto holders and a majority quorum (score + attendance).
    let veto_rule = Rule {
        veto: Veto::Actors(roster.members()[..5].to_vec()),
        quorum: Some(comity_rules::Quorum {
            threshold: Threshold::Fraction { num: 1, den: 2 },
            comparison: Comparison::MoreThan,
        }),
        ..rule.clone()
    };
    let veto_roster = roster
        .clone()
        .with_veto_holders(roster.members()[..5].to_vec())
        .unwrap();
    group.bench_function("exact_195_two_thirds_pv_veto_quorum", |b| {
        b.iter(|| {
            pass_probability(black_box(&veto_rule), &veto_roster, black_box(&stances)).unwrap()
        });
    });
    // Two-thirds of the members (a count on yes alone).
    let members_rule = Rule {
        conditions: vec![Condition {
            threshold: Threshold::Fraction { num: 2, den: 3 },
            base: Base::Members,
            comparison: Comparison::AtLeast,
        }],
        veto: Veto::None,
        quorum: None,
    };
    group.bench_function("exact_195_two_thirds_members", |b| {
        b.iter(|| {
            pass_probability(black_box(&members_rule), &roster, black_box(&stances)).unwrap()
        });
    });
    group.bench_function("monte_carlo_195_10k_draws", |b| {
        b.iter(|| monte_carlo(black_box(&rule), &roster, black_box(&stances), 10_000, 7).unwrap());
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
