//! Fit on a simulated matrix of UNGA size (200 actors × 6,000 items, ~870k votes, 75 sessions).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use comity_ideal::{fit, FitOptions, Model, Simulation};
use criterion::{criterion_group, criterion_main, Criterion};

fn bench_fit(c: &mut Criterion) {
    let sim = Simulation::unga_size(1).run().unwrap();
    let mut group = c.benchmark_group("fit_unga_size");
    group.sample_size(10);
    for (name, dynamic, model) in [
        ("static", false, Model::Ordinal),
        ("dynamic", true, Model::Ordinal),
        ("static_binary", false, Model::Binary),
    ] {
        let options = FitOptions {
            dynamic,
            model,
            ..FitOptions::default()
        };
        group.bench_function(name, |b| {
            b.iter(|| fit(&sim.roll_calls, &options, &mut |_| {}).unwrap())
        });
    }
    group.finish();
}

criterion_group!(benches, bench_fit);
criterion_main!(benches);
