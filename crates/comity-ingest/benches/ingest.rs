#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Throughput of the pipeline on a corpus synthesised at bench time from the seed documents.
//!
//! The corpus (≥ 50 MB in full mode, small under `--test`) is built from the seeds with variations:
//! paragraphs shuffled and dropped per copy, numbers changed, a copy wrapped as HTML every third
//! document. Nothing is committed. Seeds are read from `../shared/seeds`.

use comity_ingest::{clean, decode, ingest, CleanOptions, Gazetteer, Options};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::PathBuf;

fn seeds() -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    let mut out = Vec::new();
    match std::fs::read_dir(&dir) {
        Ok(rd) => {
            let mut paths: Vec<_> = rd.flatten().map(|e| e.path()).collect();
            paths.sort();
            for p in paths {
                out.push(String::from_utf8_lossy(&std::fs::read(p).unwrap()).into_owned());
            }
        }
        Err(e) => {
            if std::env::var("CI").as_deref() == Ok("true") {
                panic!("{}: {e}", dir.display());
            }
            eprintln!(
                "seeds not found at {}: using a built-in paragraph",
                dir.display()
            );
            out.push("Serbia does not recognize Kosovo as an independent state.\n\nJapan recognized it on March 18, 2008.".to_string());
        }
    }
    out
}

/// A deterministic variation of a seed: paragraphs rotated and some dropped, numbers altered.
fn vary(seed: &str, i: usize) -> String {
    let paras: Vec<&str> = seed.split("\n\n").collect();
    let n = paras.len().max(1);
    let mut out = String::with_capacity(seed.len());
    for k in 0..n {
        let p = paras[(k + i) % n];
        if (k * 7 + i) % 11 == 0 {
            continue;
        }
        out.push_str(&p.replace("2008", &format!("{}", 1990 + i % 30)));
        out.push_str("\n\n");
    }
    if i % 3 == 0 {
        let body: String = out.split("\n\n").map(|p| format!("<p>{p}</p>\n")).collect();
        return format!("<html><head><title>Doc {i}</title><script>var x = {i};</script></head><body><nav><a href=\"/\">Home</a> <a href=\"/n\">News</a></nav><article>{body}</article><footer>Newsletter · Donate</footer></body></html>");
    }
    out
}

fn corpus(target: usize) -> Vec<(String, Vec<u8>)> {
    let seeds = seeds();
    let mut docs = Vec::new();
    let mut total = 0;
    let mut i = 0;
    while total < target {
        let d = vary(&seeds[i % seeds.len()], i).into_bytes();
        total += d.len();
        docs.push((format!("doc{i}"), d));
        i += 1;
    }
    docs
}

fn gazetteer() -> Gazetteer {
    Gazetteer::from_csv(
        include_str!("../tests/data/actors.csv"),
        include_str!("../../../data/office_holders.csv"),
    )
    .unwrap()
}

fn bench(c: &mut Criterion) {
    let test_mode = std::env::args().any(|a| a == "--test");
    let target = if test_mode { 200_000 } else { 50 * 1024 * 1024 };
    let docs = corpus(target);
    let bytes: usize = docs.iter().map(|(_, d)| d.len()).sum();
    eprintln!(
        "corpus: {} documents, {:.1} MB",
        docs.len(),
        bytes as f64 / 1e6
    );
    let g = gazetteer();
    let refs: Vec<(&str, &[u8])> = docs
        .iter()
        .map(|(n, d)| (n.as_str(), d.as_slice()))
        .collect();
    let mut group = c.benchmark_group("ingest");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("decode+clean", |b| {
        b.iter(|| {
            let mut n = 0;
            for (_, d) in &refs {
                n += clean(&decode(d), &CleanOptions::default()).text.len();
            }
            n
        })
    });
    group.bench_function("pipeline", |b| {
        b.iter(|| ingest(&refs, &g, &Options::default()).claims.len())
    });
    group.throughput(Throughput::Elements(docs.len() as u64));
    group.bench_function("pipeline-docs", |b| {
        b.iter(|| ingest(&refs, &g, &Options::default()).claims.len())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
