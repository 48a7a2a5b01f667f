//! Fit on a simulated matrix of UNGA size (200 actors × 6,000 items, ~870k votes, 75 sessions).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use comity_ideal::{fit, FitOptions, Simulation};
use criterion::{criterion_group, criterion_main, Criterion};

fn bench_fit(c: &mut Criterion) {
    let sim = Simulation::unga_size(1).run().unwrap();
    let mut group = c.benchmark_group("fit_unga_size");
    group.sample_size(10);
    for (name, dynamic) in [("static", false), ("dynamic", true)] {
        let options = FitOptions {
            dynamic,
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
