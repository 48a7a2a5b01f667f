//! The category model recovers a simulated truth and refuses to validate on its fitting votes.

use std::collections::BTreeMap;

use comity_rules::{
    validate, Base, CategoryModel, Comparison, Condition, Counts, FitVote, HeldOutVote, Rule,
    Stance, Threshold, Veto, Xoshiro256, DEFAULT_RIDGE,
};

const CATS: [&str; 3] = ["recognises", "does-not-recognise", "unknown"];

/// The simulated truth (made up for the test; the test checks recovery, not real behaviour).
fn truth() -> [Stance; 3] {
    [
        Stance {
            yes: 0.8,
            no: 0.05,
            abstain: 0.1,
            absent: 0.05,
        },
        Stance {
            yes: 0.05,
            no: 0.6,
            abstain: 0.25,
            absent: 0.1,
        },
        Stance {
            yes: 0.3,
            no: 0.2,
            abstain: 0.3,
            absent: 0.2,
        },
    ]
}

fn simulate(id: &str, sizes: [u32; 3], rng: &mut Xoshiro256) -> FitVote {
    let mut c = Counts::default();
    for (s, &n) in truth().iter().zip(&sizes) {
        for _ in 0..n {
            let u = rng.next_f64();
            if u < s.yes {
                c.yes += 1;
            } else if u < s.yes + s.no {
                c.no += 1;
            } else if u < s.yes + s.no + s.abstain {
                c.abstain += 1;
            } else {
                c.absent += 1;
            }
        }
    }
    let cats: BTreeMap<String, u32> = CATS.iter().map(|s| s.to_string()).zip(sizes).collect();
    FitVote::new(id, cats, c).unwrap()
}

#[test]
fn fit_recovers_simulated_truth_and_validates_on_other_votes() {
    let mut rng = Xoshiro256::seed_from(42);
    let designs = [
        [2000, 500, 300],
        [600, 1800, 400],
        [900, 900, 1500],
        [1500, 300, 1200],
        [400, 1200, 900],
        [1100, 700, 200],
    ];
    let votes: Vec<FitVote> = designs
        .iter()
        .enumerate()
        .map(|(i, d)| simulate(&format!("sim-{i}"), *d, &mut rng))
        .collect();
    let model = CategoryModel::fit(&votes, DEFAULT_RIDGE).unwrap();
    assert!(model.identified);
    for (name, t) in CATS.iter().zip(truth()) {
        let s = model.stances[*name];
        for b in comity_rules::Ballot::ALL {
            // ~3000 voters per category over 6 votes: sampling error of a share is ~0.01.
            assert!(
                (s.of(b) - t.of(b)).abs() < 0.05,
                "{name} {b:?}: {} vs {}",
                s.of(b),
                t.of(b)
            );
        }
    }
    let rule = Rule {
        conditions: vec![Condition {
            threshold: Threshold::Fraction { num: 2, den: 3 },
            base: Base::PresentAndVoting,
            comparison: Comparison::AtLeast,
        }],
        veto: Veto::None,
        quorum: None,
    };
    // A held-out vote simulated from the same truth: mostly recognisers, so yes/(yes+no) is
    // about 0.94 in expectation -> it passes, and the model should say so with high probability.
    let held = simulate("held-out", [80, 20, 30], &mut rng);
    let v = validate(
        &model,
        &[HeldOutVote {
            vote: held.clone(),
            rule: rule.clone(),
            passed: true,
        }],
    )
    .unwrap();
    assert!(v.votes[0].p_recorded_outcome > 0.95, "{:?}", v.votes[0]);
    assert!(v.mean_abs_error < 40.0);
    // Never the same vote both ways.
    let again = HeldOutVote {
        vote: votes[0].clone(),
        rule,
        passed: true,
    };
    assert!(validate(&model, &[again]).is_err());
}

#[test]
fn one_vote_cannot_identify_three_categories() {
    let mut rng = Xoshiro256::seed_from(7);
    let v = simulate("only", [100, 50, 20], &mut rng);
    let model = CategoryModel::fit(&[v], DEFAULT_RIDGE).unwrap();
    assert!(!model.identified);
    for s in model.stances.values() {
        s.validate().unwrap();
    }
}
