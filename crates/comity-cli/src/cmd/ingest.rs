//! `comity ingest`, `comity review`, `comity eval claims`, `comity sources --copies`.

use std::path::{Path, PathBuf};

use anyhow::Result;
use comity::ClaimStatus;
use serde_json::json;

use super::{Ctx, UsageError};
use crate::cli::{DeciderChoice, Decision, EvalArgs, EvalWhat, Format, IngestArgs, ReviewArgs};
use crate::output::{print_flat_csv, print_json, wrap};

/// The documents under `path` (itself, or a folder's files, recursively, hidden ones left
/// out). A path that does not exist, or a folder that cannot be listed, goes to `not_read`
/// with the reason (review 17: `comity ingest h2 /nonexistent` stopped the whole run with
/// "No such file or directory" and ingested nothing; README "Limits": the others go on).
fn collect(path: &Path, out: &mut Vec<PathBuf>, not_read: &mut Vec<(String, String)>) {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            not_read.push((path.display().to_string(), e.to_string()));
            return;
        }
    };
    if meta.is_dir() {
        let listing = match std::fs::read_dir(path) {
            Ok(l) => l,
            Err(e) => {
                not_read.push((
                    path.display().to_string(),
                    format!("the folder cannot be listed: {e}"),
                ));
                return;
            }
        };
        let mut entries: Vec<PathBuf> = listing.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for e in entries {
            let hidden = e
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'));
            if hidden {
                continue;
            }
            collect(&e, out, not_read);
        }
    } else {
        out.push(path.to_path_buf());
    }
}

/// The bytes of the document at `p`: a regular file of at most `limit` bytes, else why not.
fn read_document(p: &std::path::Path, limit: usize) -> std::result::Result<Vec<u8>, String> {
    use std::io::Read;
    let meta = std::fs::metadata(p).map_err(|e| e.to_string())?;
    if !meta.is_file() {
        return Err("not a regular file (a pipe, a device or a socket is not read)".into());
    }
    let too_big = |n: u64| {
        format!("{n} bytes, more than the limit of {limit} bytes (64 MiB) for one document")
    };
    if meta.len() > limit as u64 {
        return Err(too_big(meta.len()));
    }
    let f = std::fs::File::open(p).map_err(|e| e.to_string())?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    f.take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() > limit {
        // It grew while being read.
        return Err(too_big(bytes.len() as u64));
    }
    Ok(bytes)
}

pub fn ingest(ctx: &Ctx, a: &IngestArgs) -> Result<()> {
    let mut paths = Vec::new();
    let mut not_read: Vec<(String, String)> = Vec::new();
    for p in &a.paths {
        collect(p, &mut paths, &mut not_read);
    }
    let bar = indicatif::ProgressBar::new(paths.len() as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("reading {pos}/{len} {wide_bar} {msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    if paths.len() < 20 {
        bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
    let mut files = Vec::new();
    // A path that cannot be read as a document is refused by name and the others go on (README
    // "Limits"; review 10: a dangling link aborted the run, `/dev/zero` was read until memory
    // ran out, a pipe hung): only regular files are read, never more than the size limit.
    let limit = comity_ingest::Options::default().max_bytes;
    for p in &paths {
        bar.inc(1);
        match read_document(p, limit) {
            Ok(bytes) => {
                let name = p.file_name().map_or_else(
                    || p.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                files.push((name, bytes));
            }
            Err(why) => not_read.push((p.display().to_string(), why)),
        }
    }
    bar.finish_and_clear();
    for (p, why) in &not_read {
        eprintln!("not read {p}: {why}");
    }
    if files.is_empty() && !not_read.is_empty() {
        return Err(UsageError(format!(
            "no document could be read ({} refused: see above)",
            not_read.len()
        ))
        .into());
    }
    let mut store = ctx.store()?;
    let out = store.ingest_files(&files)?;
    let r = &out.report;
    // A document that dates itself after today (review 22: a page dated 2027 was ingested and its
    // claims accepted without a word): its claims' dates rest on that date, so it is said.
    for d in &r.documents {
        if let Some(sd) = d.stated_date {
            let first = jiff::civil::Date::new(
                i16::try_from(sd.year).unwrap_or(i16::MAX),
                i8::try_from(sd.month.unwrap_or(1)).unwrap_or(1),
                i8::try_from(sd.day.unwrap_or(1)).unwrap_or(1),
            );
            if first.is_ok_and(|f| f > ctx.today) {
                eprintln!(
                    "warning: {} states the date {sd}, after today ({}): the dates of its claims rest on it; check it",
                    d.name, ctx.today
                );
            }
        }
    }
    let endpoint = a.llm_endpoint.as_deref().filter(|e| !e.trim().is_empty());
    let choice = match (a.decider, endpoint) {
        (Some(c), _) => c,
        (None, Some(_)) => DeciderChoice::Llm,
        (None, None) => {
            if comity_ingest::learned::Model::embedded_default_on() {
                DeciderChoice::Learned
            } else {
                DeciderChoice::None
            }
        }
    };
    let decided = match (choice, endpoint) {
        (DeciderChoice::Llm, Some(endpoint)) => {
            Some(model_decider(a, endpoint, &files, &r.claims)?)
        }
        (DeciderChoice::Llm, None) => {
            return Err(UsageError("--decider llm needs --llm-endpoint URL".into()).into())
        }
        (DeciderChoice::Learned, _) => Some(learned_decider(&files, &r.claims)?),
        (DeciderChoice::None, _) => None,
    };
    // The decided claims wait for review like the others (one transaction; a re-run stores
    // nothing twice).
    let decided_ids = match &decided {
        Some(d) => store.store_decided(&d.claims)?,
        None => Vec::new(),
    };
    if ctx.format == Format::Json {
        // The model decider's claims (stored as proposed, ids in the table output), after the others.
        for c in decided.iter().flat_map(|d| &d.claims) {
            println!("{}", serde_json::to_string(c)?);
        }
        // JSON lines in the SCHEMA.md format (plus `id`, `span`, `confidence` and other extras),
        // one per proposed claim, so that `comity eval claims` can score them.
        let extras = store.claim_extras()?;
        // New claims, then (issue 9) the stored claims of documents that were already stored, so
        // that running the same command twice prints the same claims.
        for id in out.new_claims.iter().chain(&out.stored_claims) {
            if let Some(v) = extras.get(id) {
                let mut v = v.clone();
                v["id"] = json!(id);
                println!("{}", serde_json::to_string(&v)?);
            }
        }
        eprintln!("{}", serde_json::to_string(&r.summary)?);
        return Ok(());
    }
    if ctx.format == Format::Csv {
        let extras = store.claim_extras()?;
        let rows: Vec<serde_json::Value> = out
            .new_claims
            .iter()
            .chain(&out.stored_claims)
            .filter_map(|id| {
                extras.get(id).map(|v| {
                    let mut v = v.clone();
                    v["id"] = json!(id);
                    v
                })
            })
            .collect();
        return print_flat_csv(&rows);
    }
    let names: Vec<&str> = r.documents.iter().map(|d| d.name.as_str()).collect();
    println!(
        "ingested {} new documents ({} skipped); {} proposed claims",
        out.new_documents.len(),
        out.skipped.len(),
        out.new_claims.len()
    );
    for (n, why) in &out.skipped {
        println!("{}", wrap(&format!("skipped {n}: {why}"), 2));
    }
    if !out.stored_claims.is_empty() {
        println!(
            "{}",
            wrap(
                &format!(
                    "the skipped documents' {} stored claims: `comity claims --status proposed`, \
                     or this command with `--format json` prints them",
                    out.stored_claims.len()
                ),
                2
            )
        );
    }
    for d in r.documents.iter().filter(|d| d.error.is_some()) {
        println!(
            "{}",
            wrap(
                &format!(
                    "not processed {}: {}",
                    d.name,
                    d.error.as_deref().unwrap_or("")
                ),
                2
            )
        );
    }
    println!(
        "copy clusters (documents that copy one another): {}",
        r.copies.clusters.len()
    );
    for c in &r.copies.clusters {
        let members: Vec<&str> = c.iter().filter_map(|&i| names.get(i).copied()).collect();
        println!("{}", wrap(&members.join(" ~ "), 2));
    }
    let shared: Vec<String> = r
        .copies
        .pairs
        .iter()
        .filter(|p| r.copies.cluster_of.get(p.a) != r.copies.cluster_of.get(p.b))
        .filter(|p| r.copies.passages.iter().any(|s| s.a == p.a && s.b == p.b))
        .map(|p| {
            let words: usize = r
                .copies
                .passages
                .iter()
                .filter(|s| s.a == p.a && s.b == p.b)
                .map(|s| s.words)
                .sum();
            format!(
                "{} ~ {}: {words} words in shared passages (containment {:.2})",
                names.get(p.a).copied().unwrap_or("?"),
                names.get(p.b).copied().unwrap_or("?"),
                p.containment
            )
        })
        .collect();
    println!("shared passages across clusters: {}", shared.len());
    for s in &shared {
        println!("{}", wrap(s, 2));
    }
    // Stored documents not given again take part in copy detection only (issue 13): their
    // claims and flags were reported by the ingest that stored them.
    println!(
        "{}",
        wrap(
            &format!(
                "claims found by kind, in every document read now (new and already stored; {} \
                 of them newly proposed above):",
                out.new_claims.len()
            ),
            0
        )
    );
    for (k, n) in &r.summary.claims_by_kind {
        println!("  {k:<14} {n}");
    }
    println!("flags (documents read now):");
    if r.summary.flags.is_empty() {
        println!("  (none)");
    }
    for d in &r.documents {
        let mut kinds: std::collections::BTreeMap<String, usize> = Default::default();
        for f in &d.flags {
            *kinds
                .entry(
                    serde_json::to_value(f.kind)?
                        .as_str()
                        .unwrap_or("?")
                        .to_string(),
                )
                .or_default() += f.count.max(1);
        }
        if !kinds.is_empty() {
            let list: Vec<String> = kinds.iter().map(|(k, n)| format!("{k} {n}")).collect();
            println!("{}", wrap(&format!("{}: {}", d.name, list.join(", ")), 2));
        }
    }
    if let Some(d) = &decided {
        println!(
            "{}: {} candidates, {} decided ({} claims, {} newly stored as proposed), {} dropped",
            d.who,
            d.candidates,
            d.decided,
            d.claims.len(),
            decided_ids.len(),
            d.dropped.len()
        );
        for c in &d.claims {
            println!(
                "{}",
                wrap(
                    &format!(
                        "{} {} {} {} {}: {}",
                        c.doc,
                        c.kind.as_str(),
                        c.subject,
                        c.object,
                        c.polarity.as_deref().unwrap_or("-"),
                        c.evidence
                    ),
                    2
                )
            );
        }
        for why in d.dropped.iter().take(10) {
            println!("{}", wrap(&format!("dropped: {why}"), 2));
        }
    }
    println!(
        "{}",
        wrap(
            "review with `comity claims --status proposed` and `comity review accept|reject <ID>...`",
            0
        )
    );
    Ok(())
}

/// What a decider made of a run's undecided candidates.
struct Decided {
    /// Which decider (for the summary line).
    who: String,
    candidates: usize,
    decided: usize,
    claims: Vec<comity_ingest::Claim>,
    dropped: Vec<String>,
}

/// Asks the endpoint about the candidates of every file (see `comity_ingest::decider`).
fn model_decider(
    a: &IngestArgs,
    endpoint: &str,
    files: &[(String, Vec<u8>)],
    existing: &[comity_ingest::Claim],
) -> Result<Decided> {
    use comity_ingest::decider::{self, DeciderOptions, Outcome};
    if !(a.llm_timeout.is_finite() && a.llm_timeout > 0.0) {
        return Err(UsageError("--llm-timeout must be a positive number of seconds".into()).into());
    }
    let g = comity::ingest::gazetteer()?;
    let candidates: Vec<comity_ingest::Candidate> = files
        .iter()
        .flat_map(|(name, bytes)| decider::candidates(name, bytes, &g))
        .collect();
    let mut o = DeciderOptions::new(endpoint);
    o.model = a.llm_model.clone();
    o.timeout = std::time::Duration::from_secs_f64(a.llm_timeout);
    o.concurrency = a.llm_concurrency.max(1);
    let decisions =
        decider::decide(&candidates, &o).map_err(|e| UsageError(format!("--llm-endpoint: {e}")))?;
    let dropped: Vec<String> = decisions
        .iter()
        .filter_map(|d| match &d.outcome {
            Outcome::Dropped(why) => Some(format!(
                "{} ({} {}): {why}",
                d.candidate.template.doc, d.candidate.a, d.candidate.b
            )),
            Outcome::Decided { .. } => None,
        })
        .collect();
    Ok(Decided {
        who: format!("model decider ({} at {endpoint})", a.llm_model),
        candidates: candidates.len(),
        decided: decisions.len() - dropped.len(),
        claims: decider::decided_claims(&decisions, existing),
        dropped,
    })
}

/// Labels the candidates of every file with the built-in learned decider
/// (`comity_ingest::learned`, its embedded weights file).
fn learned_decider(
    files: &[(String, Vec<u8>)],
    existing: &[comity_ingest::Claim],
) -> Result<Decided> {
    use comity_ingest::{decider, learned};
    let model = learned::Model::embedded()?;
    let g = comity::ingest::gazetteer()?;
    let candidates: Vec<comity_ingest::Candidate> = files
        .iter()
        .flat_map(|(name, bytes)| decider::candidates(name, bytes, &g))
        .collect();
    let decisions = model.decide(&candidates);
    Ok(Decided {
        who: format!(
            "learned decider ({}, threshold {})",
            learned::WEIGHTS_FILE,
            model.settings.threshold
        ),
        candidates: candidates.len(),
        decided: decisions.len(),
        claims: decider::decided_claims(&decisions, existing),
        dropped: Vec::new(),
    })
}

pub fn review(ctx: &Ctx, a: &ReviewArgs) -> Result<()> {
    let mut store = ctx.store()?;
    let ids: Vec<String> = if a.all_proposed {
        if !a.ids.is_empty() {
            return Err(UsageError("give claim ids or --all-proposed, not both".into()).into());
        }
        store
            .ledger()?
            .claims()
            .iter()
            .filter(|c| c.status == ClaimStatus::Proposed && c.confidence >= a.min_confidence)
            .map(|c| c.id.clone())
            .collect()
    } else {
        if a.ids.is_empty() {
            return Err(UsageError(
                "give claim ids (see `comity claims --status proposed`) or --all-proposed".into(),
            )
            .into());
        }
        a.ids.clone()
    };
    let status = match a.decision {
        Decision::Accept => ClaimStatus::Accepted,
        Decision::Reject => ClaimStatus::Rejected,
    };
    // A decision that reverses an earlier one is said (review 13: a rejected claim accepted
    // later was reported like any other).
    let reversed: Vec<String> = {
        let l = store.ledger()?;
        ids.iter()
            .filter(|id| {
                l.claim(id).is_some_and(|c| {
                    c.status != status
                        && matches!(c.status, ClaimStatus::Accepted | ClaimStatus::Rejected)
                })
            })
            .cloned()
            .collect()
    };
    let n = store.set_status(&ids, status)?;
    match ctx.format {
        Format::Json => {
            print_json(&json!({"status": status.as_str(), "claims": ids, "reversed": reversed}))
        }
        _ => {
            println!("{n} claims {}", status.as_str());
            if !reversed.is_empty() {
                println!(
                    "{}",
                    wrap(
                        &format!(
                            "reversing an earlier decision for {}: {}",
                            reversed.len(),
                            reversed.join(", ")
                        ),
                        0
                    )
                );
            }
            Ok(())
        }
    }
}

pub fn eval(ctx: &Ctx, a: &EvalArgs) -> Result<()> {
    let EvalWhat::Claims { gold, predicted } = &a.what;
    let read = |p: &PathBuf| -> Result<Vec<comity_ingest::ClaimKey>> {
        let text = std::fs::read_to_string(p).map_err(|source| comity::Error::Io {
            path: p.display().to_string(),
            source,
        })?;
        comity_ingest::parse_jsonl(&text, &p.display().to_string())
            .map_err(|e| UsageError(e.to_string()).into())
    };
    let (g, all) = (read(gold)?, read(predicted)?);
    // Nothing to score is no score of 0 (review 10).
    if g.is_empty() {
        return Err(UsageError(format!(
            "{}: no gold claims: nothing to score against",
            gold.display()
        ))
        .into());
    }
    // Only documents that have gold claims are scored: a prediction on a document nobody
    // annotated is neither right nor wrong.
    let docs: std::collections::HashSet<&str> = g.iter().map(|c| c.doc.as_str()).collect();
    let p: Vec<comity_ingest::ClaimKey> = all
        .iter()
        .filter(|c| docs.contains(c.doc.as_str()))
        .cloned()
        .collect();
    let ignored = all.len() - p.len();
    let e = comity_ingest::evaluate(&g, &p);
    // Percentile intervals from 1000 resamples of the documents (fixed seed: same input, same output).
    let ci = comity_ingest::bootstrap(&g, &p, 1000, 0x00c0_417e);
    match ctx.format {
        Format::Json => {
            let mut v = serde_json::to_value(&e)?;
            // A precision with no prediction, a recall with no gold claim: undefined, null.
            let undefined = |x: &mut serde_json::Value| {
                let n = |x: &serde_json::Value, k: &str| x[k].as_u64().unwrap_or(0);
                let (tp, fp, fn_) = (n(x, "tp"), n(x, "fp"), n(x, "fn_") + n(x, "fn"));
                if tp + fp == 0 {
                    x["precision"] = serde_json::Value::Null;
                    x["f1"] = serde_json::Value::Null;
                }
                if tp + fn_ == 0 {
                    x["recall"] = serde_json::Value::Null;
                    x["f1"] = serde_json::Value::Null;
                }
            };
            undefined(&mut v["overall"]);
            if let Some(m) = v["per_kind"].as_object_mut() {
                m.values_mut().for_each(undefined);
            }
            v["ignored_predictions_on_documents_without_gold"] = json!(ignored);
            v["confidence_intervals_95"] = serde_json::to_value(&ci)?;
            v["documents"] = json!(docs.len());
            let mut names: Vec<&str> = docs.iter().copied().collect();
            names.sort_unstable();
            v["document_ids"] = json!(names);
            v["matching_rule"] = json!(MATCHING_RULE);
            print_json(&v)
        }
        Format::Csv => {
            let rows: Vec<serde_json::Value> = e
                .per_kind
                .iter()
                .chain(std::iter::once((&"overall".to_string(), &e.overall)))
                .map(|(k, sc)| {
                    let iv = ci.get(k).copied().unwrap_or_default();
                    json!({"kind": k, "precision": sc.precision, "precision_lo": iv.precision.0,
                        "precision_hi": iv.precision.1, "recall": sc.recall, "recall_lo": iv.recall.0,
                        "recall_hi": iv.recall.1, "f1": sc.f1, "f1_lo": iv.f1.0, "f1_hi": iv.f1.1,
                        "tp": sc.tp, "fp": sc.fp, "fn": sc.fn_})
                })
                .collect();
            print_flat_csv(&rows)
        }
        Format::Table => {
            for l in eval_table(&e, &ci, g.len(), docs.len(), p.len(), ignored) {
                println!("{l}");
            }
            let mut names: Vec<&str> = docs.iter().copied().collect();
            names.sort_unstable();
            let shown = if names.len() > 8 {
                format!("{} … ({} in all)", names[..8].join(", "), names.len())
            } else {
                names.join(", ")
            };
            for l in [
                format!("documents: {shown}"),
                format!("matching: {MATCHING_RULE}"),
            ] {
                println!("{}", wrap(&l, 0));
            }
            if docs.len() < 10 {
                println!(
                    "{}",
                    wrap(
                        &format!(
                            "note: the intervals resample {} document{}; with fewer than 10 \
                             they say little (an interval of zero width is not certainty)",
                            docs.len(),
                            if docs.len() == 1 { "" } else { "s" }
                        ),
                        0
                    )
                );
            }
            Ok(())
        }
    }
}

/// The matching rule of `../shared/eval/SCHEMA.md`, as `comity_ingest::evaluate` applies it.
const MATCHING_RULE: &str = "SCHEMA.md's rule: same document, kind, parties and polarity, \
     compatible dates (equal, a prefix, or no gold date); statements match on the speaker's \
     actor; relations, agreements and contacts are unordered pairs; each gold claim matches at \
     most one prediction";

/// The `eval claims` table: one line per kind and overall, P/R/F1 with 95 % bootstrap intervals
/// over documents; every line fits 80 columns.
fn eval_table(
    e: &comity_ingest::Evaluation,
    ci: &std::collections::BTreeMap<String, comity_ingest::Interval>,
    gold: usize,
    docs: usize,
    scored: usize,
    ignored: usize,
) -> Vec<String> {
    let mut out = vec![wrap(
        &format!(
            "{gold} gold claims on {docs} documents; {scored} predictions scored \
             ({ignored} on other documents ignored); 95% intervals: bootstrap over documents"
        ),
        0,
    )];
    out.push(format!(
        "{:<13} {:>5} {:<11} {:>5} {:<11} {:>5} {:>4} {:>4} {:>4}",
        "kind", "P", "  95% CI", "R", "  95% CI", "F1", "tp", "fp", "fn"
    ));
    let iv = |(a, b): (f64, f64)| format!("[{a:.2}-{b:.2}]");
    for (k, s) in e
        .per_kind
        .iter()
        .chain(std::iter::once((&"overall".to_string(), &e.overall)))
    {
        let c = ci.get(k).copied().unwrap_or_default();
        let name: String = if k.chars().count() > 13 {
            k.chars().take(12).chain(std::iter::once('…')).collect()
        } else {
            k.clone()
        };
        // Undefined (no prediction, no gold claim of the kind) is "-", never 0.
        let num = |x: f64, defined: bool| {
            if defined {
                format!("{x:.3}")
            } else {
                "-".to_string()
            }
        };
        let (p_ok, r_ok) = (s.tp + s.fp > 0, s.tp + s.fn_ > 0);
        out.push(format!(
            "{name:<13} {:>5} {:<11} {:>5} {:<11} {:>5} {:>4} {:>4} {:>4}",
            num(s.precision, p_ok),
            if p_ok { iv(c.precision) } else { String::new() },
            num(s.recall, r_ok),
            if r_ok { iv(c.recall) } else { String::new() },
            num(s.f1, p_ok && r_ok),
            s.tp,
            s.fp,
            s.fn_
        ));
    }
    out
}

pub fn copies(ctx: &Ctx) -> Result<()> {
    let store = ctx.store()?;
    let docs = store.documents()?;
    let pairs = store.document_pairs()?;
    let name = |id: &str| {
        docs.iter()
            .find(|d| d.source == id)
            .map_or(id.to_string(), |d| format!("{} ({})", d.name, d.source))
    };
    match ctx.format {
        Format::Json => print_json(&json!({"documents": docs, "pairs": pairs})),
        _ => {
            println!("{} ingested documents", docs.len());
            let mut clusters: std::collections::BTreeMap<i64, Vec<&str>> = Default::default();
            for d in &docs {
                clusters.entry(d.cluster).or_default().push(d.name.as_str());
            }
            for (c, members) in clusters.iter().filter(|(_, m)| m.len() > 1) {
                println!(
                    "{}",
                    wrap(&format!("copy cluster {c}: {}", members.join(" ~ ")), 0)
                );
            }
            for p in &pairs {
                let words: usize = p.passages.iter().map(|x| x.4).sum();
                println!(
                    "{}",
                    wrap(
                        &format!(
                            "{} ~ {}: containment {:.2}, Jaccard {:.2}, {} shared passages ({words} words)",
                            name(&p.a),
                            name(&p.b),
                            p.containment,
                            p.jaccard,
                            p.passages.len()
                        ),
                        0
                    )
                );
                for x in p.passages.iter().take(3) {
                    let text: String = x.5.chars().take(160).collect();
                    println!("{}", wrap(&format!("\"{text}…\""), 4));
                }
            }
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use comity_ingest::{bootstrap, evaluate, ClaimKey};

    #[test]
    fn eval_table_fits_80_columns() {
        // Issue 9: table output fits an 80-column terminal, whatever the counts and kind names.
        let k = |doc: &str, kind: &str| ClaimKey {
            doc: doc.into(),
            kind: kind.into(),
            subject: "JPN".into(),
            object: Some("XKX".into()),
            polarity: None,
            date: None,
            speaker_actor: None,
        };
        let gold: Vec<ClaimKey> = (0..5000)
            .map(|i| {
                k(
                    &format!("d{}", i % 40),
                    if i % 2 == 0 {
                        "recognition"
                    } else {
                        "a-very-long-kind-name"
                    },
                )
            })
            .collect();
        let pred: Vec<ClaimKey> = gold.iter().step_by(3).cloned().collect();
        let e = evaluate(&gold, &pred);
        let ci = bootstrap(&gold, &pred, 50, 1);
        let t = eval_table(&e, &ci, 123_456, 99_999, 123_456, 99_999);
        assert!(t.len() >= 4);
        for l in t.iter().flat_map(|l| l.lines()) {
            assert!(l.chars().count() <= 80, "{} wide: {l}", l.chars().count());
        }
    }
}
