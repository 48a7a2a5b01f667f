//! Real-data benchmark: fits the UNGA roll calls (Voeten data, R package `unvotes` 0.3.0).
//!
//! ```text
//! cargo run --release -p comity-ideal --example unvotes_fit -- <data_dir> <out.csv> \
//!     [--sessions FIRST-LAST] [--binary] [--export matrix.csv] [--threads N] \
//!     [--bootstrap B] [--static-only | --dynamic-only] [--anchor US] [--tolerance T] [--max-iter N] [--plain] \
//!     [--model ordinal|binary] [--reference] [--walk-sd W] [--point-sd P] [--item-sd S] \
//!     [--rate R] [--bsv-prep] [--matches Matches.csv]
//! ```
//!
//! `--walk-sd`, `--point-sd`, `--item-sd`, `--rate` set the priors (`FitOptions::random_walk_sd`,
//! `point_prior_sd`, `item_prior_sd`, `precision_prior_rate`); `--bsv-prep` applies Bailey,
//! Strezhnev & Voeten's data processing (session 19, paragraph and amendment votes after 1989
//! dropped) and `--matches` bridges their matched resolutions (docs/ideal.md).
//!
//! Actors are keyed by `country_code` (the literal `NA` is Namibia), or by `country` when the
//! code is empty (3 historical entities). `--binary` drops abstentions (as binary-only peer
//! programs do) and fits the binary model (`--model ordinal` fits the ordinal model to the
//! yes/no matrix instead). `--plain` turns SQUAREM off. `--reference` also runs each fit to
//! full convergence (tolerance 1e-13, up to 20,000 iterations) and prints the
//! correlation and largest absolute difference of the points. `--export` writes the matrix used, as `actor,item,vote,session` with vote 1 = yes,
//! 0 = no, 2 = abstain (rows = actor keys, items = rcids), for the peer benchmark.
//! The estimates are written as `model,actor,session,estimate,std_error,lower,upper`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write;
use std::time::Instant;

use comity_ideal::{fit, Fit, FitOptions, Model, RollCalls, Vote};

fn gz_reader(path: &str) -> csv::Reader<flate2::read::GzDecoder<std::fs::File>> {
    let f = std::fs::File::open(path).unwrap_or_else(|e| panic!("cannot open {path}: {e}"));
    csv::Reader::from_reader(flate2::read::GzDecoder::new(f))
}

/// CPU time (user + system, all threads) of this process in seconds, from /proc/self/stat
/// (Linux; clock ticks of 1/100 s, the fixed USER_HZ of the Linux ABI). NaN elsewhere.
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return f64::NAN;
    };
    let Some(rest) = stat.rsplit(')').next() else {
        return f64::NAN;
    };
    // Fields after the command name start at field 3; utime and stime are fields 14 and 15.
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |k: usize| fields.get(k - 3).and_then(|v| v.parse::<f64>().ok());
    match (ticks(14), ticks(15)) {
        (Some(u), Some(s)) => (u + s) / 100.0,
        _ => f64::NAN,
    }
}

fn pearson(u: &[f64], v: &[f64]) -> f64 {
    let n = u.len() as f64;
    let (mu, mv) = (u.iter().sum::<f64>() / n, v.iter().sum::<f64>() / n);
    let cov: f64 = u.iter().zip(v).map(|(a, b)| (a - mu) * (b - mv)).sum();
    let su: f64 = u.iter().map(|a| (a - mu) * (a - mu)).sum();
    let sv: f64 = v.iter().map(|b| (b - mv) * (b - mv)).sum();
    cov / (su * sv).sqrt()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: unvotes_fit <data_dir> <out.csv> [--sessions A-B] [--binary] [--export m.csv] [--threads N] [--bootstrap B] [--static-only] [--anchor US]");
        std::process::exit(2);
    }
    let (dir, out) = (&args[1], &args[2]);
    let mut sessions = (1u16, u16::MAX);
    let (mut binary, mut export, mut threads, mut boot, mut static_only) =
        (false, None, None, 0, false);
    let mut anchor_key = "US".to_string();
    let (mut tolerance, mut max_iter, mut accelerate, mut model, mut reference) =
        (None, None, true, None, false);
    let (mut walk_sd, mut bsv_prep): (Option<f64>, bool) = (None, false);
    let mut dynamic_only = false;
    let mut item_sd: Option<f64> = None;
    let mut point_sd: Option<f64> = None;
    let mut rate: Option<f64> = None;
    let mut matches: Option<String> = None;
    let mut k = 3;
    while k < args.len() {
        match args[k].as_str() {
            "--sessions" => {
                let (a, b) = args[k + 1].split_once('-').expect("--sessions A-B");
                sessions = (a.parse().unwrap(), b.parse().unwrap());
                k += 1;
            }
            "--binary" => binary = true,
            "--export" => {
                export = Some(args[k + 1].clone());
                k += 1;
            }
            "--threads" => {
                threads = Some(args[k + 1].parse().unwrap());
                k += 1;
            }
            "--bootstrap" => {
                boot = args[k + 1].parse().unwrap();
                k += 1;
            }
            "--anchor" => {
                anchor_key = args[k + 1].clone();
                k += 1;
            }
            "--static-only" => static_only = true,
            "--dynamic-only" => dynamic_only = true,
            "--walk-sd" => {
                walk_sd = Some(args[k + 1].parse().unwrap());
                k += 1;
            }
            "--bsv-prep" => bsv_prep = true,
            "--matches" => {
                matches = Some(args[k + 1].clone());
                k += 1;
            }
            "--rate" => {
                rate = Some(args[k + 1].parse().unwrap());
                k += 1;
            }
            "--point-sd" => {
                point_sd = Some(args[k + 1].parse().unwrap());
                k += 1;
            }
            "--item-sd" => {
                item_sd = Some(args[k + 1].parse().unwrap());
                k += 1;
            }
            "--plain" => accelerate = false,
            "--reference" => reference = true,
            "--tolerance" => {
                tolerance = Some(args[k + 1].parse().unwrap());
                k += 1;
            }
            "--max-iter" => {
                max_iter = Some(args[k + 1].parse().unwrap());
                k += 1;
            }
            "--model" => {
                model = Some(match args[k + 1].as_str() {
                    "ordinal" => Model::Ordinal,
                    "binary" => Model::Binary,
                    other => panic!("unknown model {other}"),
                });
                k += 1;
            }
            other => panic!("unknown argument {other}"),
        }
        k += 1;
    }
    let t_read = Instant::now();
    let mut rcid_session: HashMap<u32, u16> = HashMap::new();
    let mut rdr = gz_reader(&format!("{dir}/un_roll_calls.csv.gz"));
    for rec in rdr.records() {
        let rec = rec.unwrap();
        let session: u16 = rec[1].parse().unwrap();
        // BSV (UN_DataProcessing.R, April 2020): drop session 19 and, after 1989,
        // paragraph and amendment votes.
        let year: u32 = rec[3][..4].parse().unwrap();
        if bsv_prep && (session == 19 || (year > 1989 && (&rec[5] == "1" || &rec[6] == "1"))) {
            continue;
        }
        rcid_session.insert(rec[0].parse().unwrap(), session);
    }
    let mut raw: Vec<(String, u32, Vote)> = Vec::new();
    let mut rdr = gz_reader(&format!("{dir}/un_votes.csv.gz"));
    let mut total_rows = 0usize;
    for rec in rdr.records() {
        let rec = rec.unwrap();
        total_rows += 1;
        let rcid: u32 = rec[0].parse().unwrap();
        let Some(&s) = rcid_session.get(&rcid) else {
            continue;
        };
        if s < sessions.0 || s > sessions.1 {
            continue;
        }
        let key = if rec[2].is_empty() {
            rec[1].to_string()
        } else {
            rec[2].to_string()
        };
        let vote = match &rec[3] {
            "yes" => Vote::Yes,
            "no" => Vote::No,
            "abstain" if binary => continue,
            "abstain" => Vote::Abstain,
            other => panic!("unexpected vote {other}"),
        };
        raw.push((key, rcid, vote));
    }
    let actors: Vec<String> = raw
        .iter()
        .map(|r| r.0.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    // Bridging (BSV, UN_DataProcessing.R): each rcid2 of Matches.csv takes the smallest rcid1
    // matched to it, and chains (a -> b -> c) resolve to their earliest roll call.
    let mut link: HashMap<u32, u32> = HashMap::new();
    if let Some(path) = &matches {
        let mut rdr = csv::Reader::from_path(path).unwrap();
        for rec in rdr.records() {
            let rec = rec.unwrap();
            let (r1, r2): (u32, u32) = (rec[1].parse().unwrap(), rec[2].parse().unwrap());
            let e = link.entry(r2).or_insert(r1);
            *e = (*e).min(r1);
        }
    }
    let canonical = |mut r: u32| {
        while let Some(&to) = link.get(&r) {
            r = to;
        }
        r
    };
    let rcids: Vec<u32> = raw
        .iter()
        .map(|r| canonical(r.1))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let actor_index: HashMap<&str, usize> = actors
        .iter()
        .enumerate()
        .map(|(i, a)| (a.as_str(), i))
        .collect();
    let item_index: HashMap<u32, usize> = rcids.iter().enumerate().map(|(j, r)| (*r, j)).collect();
    let quads: Vec<(usize, usize, u16, Vote)> = raw
        .iter()
        .map(|(a, r, v)| {
            (
                actor_index[a.as_str()],
                item_index[&canonical(*r)],
                rcid_session[r],
                *v,
            )
        })
        .collect();
    let rc = RollCalls::bridged(actors.len(), rcids.len(), &quads).unwrap();
    println!(
        "read {total_rows} vote rows in {:.2?}; matrix: {} actors x {} items, {} votes (sessions {}-{}, binary={binary})",
        t_read.elapsed(),
        rc.n_actors(),
        rc.n_items(),
        rc.n_votes(),
        sessions.0,
        sessions.1.min(74)
    );
    if let Some(path) = export {
        let mut w = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
        writeln!(w, "actor,item,vote,session").unwrap();
        for (a, r, v) in &raw {
            let code = match v {
                Vote::Yes => 1,
                Vote::No => 0,
                Vote::Abstain => 2,
            };
            writeln!(w, "{a},{r},{code},{}", rcid_session[r]).unwrap();
        }
        println!("exported matrix to {path}");
    }
    let anchor = *actor_index
        .get(anchor_key.as_str())
        .expect("anchor actor not in matrix");
    let mut results: Vec<(&str, Fit)> = Vec::new();
    let models: &[(&str, bool)] = if static_only {
        &[("static", false)]
    } else if dynamic_only {
        &[("dynamic", true)]
    } else {
        &[("static", false), ("dynamic", true)]
    };
    for &(name, dynamic) in models {
        let defaults = FitOptions::default();
        let options = FitOptions {
            dynamic,
            anchor,
            threads,
            bootstrap: boot,
            seed: 1,
            model: model.unwrap_or(if binary {
                Model::Binary
            } else {
                Model::Ordinal
            }),
            accelerate,
            item_prior_sd: item_sd.unwrap_or(defaults.item_prior_sd),
            point_prior_sd: point_sd,
            precision_prior_rate: rate.unwrap_or(defaults.precision_prior_rate),
            random_walk_sd: walk_sd.unwrap_or(defaults.random_walk_sd),
            tolerance: tolerance.unwrap_or(defaults.tolerance),
            max_iter: max_iter.unwrap_or(defaults.max_iter),
        };
        let (t, cpu) = (Instant::now(), cpu_seconds());
        let f = fit(&rc, &options, &mut |_| {}).unwrap();
        let (wall, cpu) = (t.elapsed().as_secs_f64(), cpu_seconds() - cpu);
        println!(
            "fit {name}: {wall:.3} s wall, {cpu:.2} s cpu, {} iterations ({} accepted), converged={}, log-likelihood {:.1}, objective {:.1}, {} points ({:?})",
            f.iterations,
            f.objective.len(),
            f.converged,
            f.log_likelihood.last().copied().unwrap_or(f64::NAN),
            f.objective.last().copied().unwrap_or(f64::NAN),
            f.points.len(),
            options.model,
        );
        if reference {
            let full = FitOptions {
                tolerance: 1e-13,
                max_iter: 20_000,
                bootstrap: 0,
                ..options.clone()
            };
            let t = Instant::now();
            let g = fit(&rc, &full, &mut |_| {}).unwrap();
            let (u, v): (Vec<f64>, Vec<f64>) = f
                .points
                .iter()
                .zip(&g.points)
                .map(|(p, q)| (p.estimate, q.estimate))
                .unzip();
            let max_diff = u
                .iter()
                .zip(&v)
                .map(|(a, b)| (a - b).abs())
                .fold(0.0, f64::max);
            println!(
                "  reference {name} (tolerance 1e-13): {:.3} s, {} iterations, converged={}, objective {:.3}; stopped fit vs reference: r = {:.8}, max |diff| = {:.2e}, objective gap {:.3}",
                t.elapsed().as_secs_f64(),
                g.iterations,
                g.converged,
                g.objective.last().copied().unwrap_or(f64::NAN),
                pearson(&u, &v),
                max_diff,
                g.objective.last().copied().unwrap_or(f64::NAN) - f.objective.last().copied().unwrap_or(f64::NAN),
            );
        }
        results.push((name, f));
    }
    let mut w = std::io::BufWriter::new(std::fs::File::create(out).unwrap());
    writeln!(w, "model,actor,session,estimate,std_error,lower,upper").unwrap();
    let mut by_model: BTreeMap<&str, usize> = BTreeMap::new();
    for (name, f) in &results {
        for p in &f.points {
            let s = p.session.map(|s| s.to_string()).unwrap_or_default();
            let se = p.std_error.map(|v| v.to_string()).unwrap_or_default();
            let (lo, hi) = p
                .interval
                .map(|[a, b]| (a.to_string(), b.to_string()))
                .unwrap_or_default();
            writeln!(
                w,
                "{name},{},{s},{},{se},{lo},{hi}",
                actors[p.actor], p.estimate
            )
            .unwrap();
            *by_model.entry(name).or_default() += 1;
        }
    }
    println!("wrote {out}: {by_model:?}");
}
