//! Calls exact P(pass) for 195 voters (two-thirds of present and voting, the benchmark's
//! seeded stances) `N` times, for CPU-time measurements that do not depend on the load of a
//! shared machine: `perf stat -e task-clock target/release/examples/pass_probability_loop
//! [score|tally] N` (task-clock / N = CPU time per call).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;

use comity_rules::{
    pass_probability, pass_probability_by_tallies, Base, Comparison, Condition, Roster, Rule,
    Stance, Threshold, Veto, Xoshiro256,
};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let which = args.get(1).map_or("score", String::as_str);
    let n: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let rule = Rule {
        conditions: vec![Condition {
            threshold: Threshold::Fraction { num: 2, den: 3 },
            base: Base::PresentAndVoting,
            comparison: Comparison::AtLeast,
        }],
        veto: Veto::None,
        quorum: None,
    };
    let roster = Roster::new((0..195).map(|i| format!("A{i:03}")).collect()).unwrap();
    let mut rng = Xoshiro256::seed_from(2015);
    let stances: Vec<Stance> = (0..195)
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
    let mut sum = 0.0;
    for _ in 0..n {
        sum += match which {
            "tally" => {
                pass_probability_by_tallies(black_box(&rule), &roster, black_box(&stances)).unwrap()
            }
            _ => {
                pass_probability(black_box(&rule), &roster, black_box(&stances))
                    .unwrap()
                    .pass
            }
        };
    }
    println!("{which}: {n} calls, mean P(pass) = {:.6}", sum / n as f64);
}
