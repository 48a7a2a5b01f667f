//! Ledger benchmarks: opening a warm database, a pair status query, a group
//! count at a date. Run with `cargo bench -p comity`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use comity::{Policy, Store};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bench.sqlite");
    drop(Store::open(&path).unwrap()); // first use: loads the shipped dataset
    let today = jiff::civil::date(2026, 11, 22);
    let as_of = jiff::civil::date(2015, 11, 9);

    c.bench_function("open warm database + read ledger", |b| {
        b.iter(|| {
            let store = Store::open(&path).unwrap();
            black_box(store.ledger().unwrap());
        })
    });
    let ledger = Store::open(&path).unwrap().ledger().unwrap();
    c.bench_function("status RUS XKX as of 2015-11-09", |b| {
        b.iter(|| black_box(ledger.status(black_box("RUS"), "XKX", as_of, today)))
    });
    c.bench_function("status SUR XKX (disputed) today", |b| {
        b.iter(|| black_box(ledger.status(black_box("SUR"), "XKX", today, today)))
    });
    c.bench_function("recognitions XKX among un as of 2015-11-09", |b| {
        b.iter(|| {
            black_box(
                ledger
                    .recognitions("XKX", as_of, Some("un"), Policy::CONFIRMED, today)
                    .unwrap(),
            )
        })
    });
    c.bench_function("recognitions XKX among all today", |b| {
        b.iter(|| {
            black_box(
                ledger
                    .recognitions("XKX", today, None, Policy::CONFIRMED, today)
                    .unwrap(),
            )
        })
    });
}

criterion_group!(ledger_benches, benches);
criterion_main!(ledger_benches);
