//! `comity import unvotes`, `comity ideal …`, `comity predict` (see docs/ideal.md).

use std::path::Path;

use anyhow::{Context, Result};
use clap::{Args, Subcommand, ValueEnum};
use comity::ideal::{
    ActorPrediction, FitInfo, FitProgress, FitSpec, IdealStanceModel, MotionSpec, Side, StoredFit,
};
use comity::rollcall::{ImportProgress, ImportStage, RollCallVote, Tallies};
use comity::{Ledger, Store};
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::{json, Value};

use super::{Ctx, UsageError};
use crate::cli::Format;
use crate::output::{csv_out, print_json, wrap};

/// Arguments of `comity ideal`.
#[derive(Debug, Args)]
pub struct IdealArgs {
    /// What to do.
    #[command(subcommand)]
    pub cmd: IdealCmd,
}

/// The `comity ideal` subcommands.
#[derive(Debug, Subcommand)]
pub enum IdealCmd {
    /// Fit ideal points to the imported roll calls and store them (previous fits are kept).
    Fit(FitArgs),
    /// An actor's ideal points (with bootstrap intervals when the fit has them).
    Show {
        /// The actor (any name or code).
        actor: String,
        /// Only this session (dynamic fits).
        #[arg(long)]
        session: Option<u16>,
        /// Fit number (default: the latest).
        #[arg(long)]
        fit: Option<i64>,
    },
    /// Every point of a fit (CSV unless --format json).
    Export {
        /// Fit number (default: the latest).
        #[arg(long)]
        fit: Option<i64>,
    },
    /// The stored fits.
    Fits,
    /// A roll call's tallies: as in the data and per the official record.
    Rollcall {
        /// rcid (4831) or resolution code (R/63/3).
        spec: String,
    },
    /// Validate the vote models on recorded votes (GA 63/3, UNESCO 2011, GA 67/19,
    /// UNESCO 2015, Interpol 2018, ES-10/23) with pre-vote information only.
    Validate {
        /// Worker threads for the ideal-point fits.
        #[arg(long)]
        threads: Option<usize>,
        /// Only these votes (comma-separated ids, e.g. un-ga-63-3).
        #[arg(long, value_delimiter = ',')]
        vote: Vec<String>,
        /// Print the development evaluation instead (forward chaining over the
        /// recognition-related roll calls before GA 63/3, on which the learned
        /// model was chosen; docs/ideal.md).
        #[arg(long, conflicts_with = "vote")]
        dev: bool,
        /// Print the second development set's evaluation (h/ideal7: the
        /// recognition-related roll calls after GA 63/3 and before GA 67/19,
        /// validation votes left out of training); with `--dev`, both sets and
        /// the rows pooled over them.
        #[arg(long, conflicts_with = "vote")]
        dev2: bool,
        /// Print the third development set's evaluation (h/ideal11: the roll
        /// calls *for* an entity after the first one *against* an entity with a
        /// recogniser, validation votes left out of training); with the other
        /// sets, the rows pooled over all the sets run.
        #[arg(long, conflicts_with = "vote")]
        dev3: bool,
        /// Print the fourth development set's evaluation (h/ideal12: the roll
        /// calls on an entity's status, validation votes left out of training);
        /// with the other sets, the rows pooled over all the sets run.
        #[arg(long, conflicts_with = "vote")]
        dev4: bool,
        /// With `--dev`/`--dev2`/`--dev3`/`--dev4`: only these candidates (comma-separated letters,
        /// e.g. U,V,N, or whole names; `h/ideal3` for the h/ideal3 model).
        #[arg(long, value_delimiter = ',')]
        candidates: Vec<String>,
    },
}

/// Arguments of `comity ideal fit`.
#[derive(Debug, Args)]
pub struct FitArgs {
    /// One point per actor and session (random walk).
    #[arg(long)]
    pub dynamic: bool,
    /// Sessions A..B (inclusive), e.g. 60..63.
    #[arg(long, value_parser = parse_sessions)]
    pub sessions: Option<(u16, u16)>,
    /// Only roll calls dated before this day (YYYY-MM-DD).
    #[arg(long)]
    pub before: Option<String>,
    /// Parametric-bootstrap replicates (intervals); 0 = none.
    #[arg(long, default_value_t = 0)]
    pub bootstrap: usize,
    /// Bootstrap seed.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Worker threads (default: all cores; results do not depend on it).
    #[arg(long)]
    pub threads: Option<usize>,
    /// The actor put on the positive side.
    #[arg(long, default_value = "USA")]
    pub anchor: String,
    /// Delete every previous fit.
    #[arg(long)]
    pub replace: bool,
}

/// `--side` of `comity predict`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SideArg {
    /// A yes favours the candidate.
    For,
    /// A yes goes against the candidate.
    Against,
}

/// `--subject` of `comity predict` (h/ideal12).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SubjectArg {
    /// The candidate's status: admission, membership, observer status,
    /// participation, representation, acknowledgement of its statehood.
    Status,
    /// Its people's rights: self-determination, sovereignty over resources,
    /// a peaceful settlement, the parent state's territorial integrity.
    Rights,
}

/// `--method` of `comity predict`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MethodArg {
    /// The multinomial logit fitted on earlier recognition-related roll calls
    /// (used when there is a candidate and no --like, --slope or --group-effect).
    Learned,
    /// The ordered-probit item with hand-set effects (the earlier model).
    Item,
}

/// Arguments of `comity predict`.
#[derive(Debug, Args)]
pub struct PredictArgs {
    /// Day of the vote (YYYY-MM-DD: a day, since the model trains only on what precedes it), `today` or `yesterday`.
    #[arg(long, required_unless_present = "validate_63_3")]
    pub date: Option<String>,
    /// Analog roll call: rcid or resolution code, `:reverse` if a yes there is a no here (repeatable).
    #[arg(long = "like")]
    pub like: Vec<String>,
    /// Known ballots: USA=no,SRB=yes (the item is estimated from them).
    #[arg(long, value_delimiter = ',')]
    pub known: Vec<String>,
    /// The actor the motion concerns (recognition feature), e.g. Kosovo.
    #[arg(long)]
    pub candidate: Option<String>,
    /// Whether a yes favours the candidate or goes against it.
    #[arg(long, value_enum, default_value_t = SideArg::Against)]
    pub side: SideArg,
    /// What the motion decides about the candidate (the learned model's
    /// status/rights options, docs/ideal.md h/ideal12).
    #[arg(long, value_enum, default_value_t = SubjectArg::Status)]
    pub subject: SubjectArg,
    /// Latent shift (probit units) of actors recognising the candidate toward its side.
    #[arg(long, default_value_t = 1.0)]
    pub recognition_effect: f64,
    /// Slope of the generic item (default: from the fit and the anchor's recognition).
    #[arg(long, allow_hyphen_values = true)]
    pub slope: Option<f64>,
    /// Latent shift for members of a group: eu=-0.5 (repeatable).
    #[arg(long = "group-effect", allow_hyphen_values = true)]
    pub group_effect: Vec<String>,
    /// Fit number (default: the latest).
    #[arg(long)]
    pub fit: Option<i64>,
    /// Vote model: learned (default; see docs/ideal.md) or item.
    #[arg(long, value_enum, default_value_t = MethodArg::Learned)]
    pub method: MethodArg,
    /// Predict for the members of this group on the date.
    #[arg(long, default_value = "un")]
    pub among: String,
    /// Reproduce the GA 63/3 validation (pre-vote data only) and print its table.
    #[arg(long = "validate-63-3")]
    pub validate_63_3: bool,
    /// Worker threads for the validation's fit.
    #[arg(long)]
    pub threads: Option<usize>,
}

fn parse_sessions(s: &str) -> std::result::Result<(u16, u16), String> {
    let (a, b) = s
        .split_once("..")
        .or_else(|| s.split_once('-'))
        .ok_or_else(|| format!("{s:?}: expected A..B, e.g. 60..63"))?;
    let p = |x: &str| {
        x.trim()
            .parse::<u16>()
            .map_err(|_| format!("{s:?}: expected session numbers A..B, e.g. 60..63"))
    };
    let (a, b) = (p(a)?, p(b)?);
    if a > b {
        return Err(format!(
            "{s:?}: the first session must not be after the last"
        ));
    }
    Ok((a, b))
}

fn bar() -> ProgressBar {
    let pb = ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} {wide_bar} {pos}/{len}") {
        pb.set_style(style);
    }
    pb
}

pub fn import_unvotes(ctx: &Ctx, dir: &Path) -> Result<()> {
    let mut store = ctx.store()?;
    let pb = bar();
    let mut on = |p: ImportProgress| {
        pb.set_length(p.total);
        pb.set_position(p.done);
        pb.set_message(match p.stage {
            ImportStage::RollCalls => "reading roll calls",
            ImportStage::Issues => "reading issues",
            ImportStage::Votes => "reading votes (bytes)",
            _ => "writing",
        });
    };
    let r = store
        .import_unvotes(dir, &mut on)
        .with_context(|| format!("importing UN roll calls from {}", dir.display()))?;
    pb.finish_and_clear();
    match ctx.format {
        Format::Json => print_json(&serde_json::to_value(&r)?),
        Format::Csv => {
            let mut w = csv_out();
            w.write_record(["roll_calls", "issues", "votes_read", "votes", "corrections"])?;
            w.write_record([
                r.roll_calls.to_string(),
                r.issues.to_string(),
                r.votes_read.to_string(),
                r.votes.to_string(),
                r.corrections.to_string(),
            ])?;
            Ok(w.flush()?)
        }
        Format::Table => {
            println!(
                "imported {} roll calls, {} issue rows, {} of {} vote rows",
                r.roll_calls, r.issues, r.votes, r.votes_read
            );
            for (why, n) in &r.votes_skipped {
                println!("  not imported: {n} votes of {why}");
            }
            println!(
                "  {} corrections loaded (official record differs from the data)",
                r.corrections
            );
            for n in &r.corrections_not_applied {
                println!("{}", wrap(&format!("correction not applied: {n}"), 2));
            }
            Ok(())
        }
    }
}

fn fit_info_json(f: &FitInfo) -> Value {
    comity::json::fit_info(f)
}

fn describe(f: &FitInfo) -> String {
    format!(
        "fit {}: {} model, sessions {}{}, {} actors x {} roll calls ({} votes), {} iterations{}, {}, {:.1} s",
        f.id,
        if f.spec.dynamic { "dynamic" } else { "static" },
        f.sessions,
        f.spec.before.map(|d| format!(" before {d}")).unwrap_or_default(),
        f.actors,
        f.roll_calls,
        f.votes,
        f.iterations,
        if f.converged { "" } else { " (NOT converged)" },
        if f.spec.bootstrap > 0 {
            format!("{} bootstrap replicates", f.spec.bootstrap)
        } else {
            "no bootstrap (no intervals)".into()
        },
        f.seconds
    )
}

fn run_fit(store: &mut Store, spec: &FitSpec) -> Result<FitInfo> {
    let pb = bar();
    let mut on = |p: FitProgress| match p {
        FitProgress::Iteration {
            iteration,
            log_likelihood,
            ..
        } => {
            pb.set_message(format!(
                "EM iteration {iteration}, log-likelihood {log_likelihood:.1}"
            ));
            pb.tick();
        }
        FitProgress::Bootstrap { done, total } => {
            pb.set_message("bootstrap");
            pb.set_length(total as u64);
            pb.set_position(done as u64);
        }
        _ => {}
    };
    let info = store.fit_ideal(spec, &mut on)?;
    pb.finish_and_clear();
    Ok(info)
}

fn point_row(p: &comity::ideal::StoredPoint) -> [String; 5] {
    let f = |v: Option<f64>| v.map(|v| format!("{v:.3}")).unwrap_or_default();
    [
        p.session
            .map(|s| s.to_string())
            .unwrap_or_else(|| "all".into()),
        format!("{:.3}", p.estimate),
        f(p.std_error),
        f(p.lo),
        f(p.hi),
    ]
}

pub fn ideal(ctx: &Ctx, a: &IdealArgs) -> Result<()> {
    let mut store = ctx.store()?;
    match &a.cmd {
        IdealCmd::Fit(f) => {
            let before = f
                .before
                .as_deref()
                .map(|d| d.parse::<jiff::civil::Date>())
                .transpose()
                .map_err(|e| UsageError(format!("--before: {e} (expected YYYY-MM-DD)")))?;
            let ledger = store.ledger()?;
            let anchor = ledger.resolve(&f.anchor)?.id.clone();
            let spec = FitSpec {
                dynamic: f.dynamic,
                sessions: f.sessions,
                before,
                bootstrap: f.bootstrap,
                seed: f.seed,
                threads: f.threads,
                anchor,
                replace: f.replace,
            };
            let info = run_fit(&mut store, &spec)?;
            match ctx.format {
                Format::Json => print_json(&fit_info_json(&info)),
                _ => {
                    println!("{}", wrap(&describe(&info), 0));
                    Ok(())
                }
            }
        }
        IdealCmd::Fits => {
            let fits = store.ideal_fits()?;
            match ctx.format {
                Format::Json => {
                    print_json(&json!(fits.iter().map(fit_info_json).collect::<Vec<_>>()))
                }
                Format::Csv => {
                    let mut w = csv_out();
                    w.write_record([
                        "id",
                        "dynamic",
                        "sessions",
                        "before",
                        "bootstrap",
                        "actors",
                        "roll_calls",
                        "votes",
                        "converged",
                        "seconds",
                    ])?;
                    for f in &fits {
                        w.write_record([
                            f.id.to_string(),
                            f.spec.dynamic.to_string(),
                            f.sessions.clone(),
                            f.spec.before.map(|d| d.to_string()).unwrap_or_default(),
                            f.spec.bootstrap.to_string(),
                            f.actors.to_string(),
                            f.roll_calls.to_string(),
                            f.votes.to_string(),
                            f.converged.to_string(),
                            format!("{:.2}", f.seconds),
                        ])?;
                    }
                    Ok(w.flush()?)
                }
                Format::Table => {
                    if fits.is_empty() {
                        println!("no fits yet: run `comity ideal fit`");
                    }
                    for f in &fits {
                        println!("{}", wrap(&describe(f), 0));
                    }
                    Ok(())
                }
            }
        }
        IdealCmd::Show {
            actor,
            session,
            fit,
        } => {
            let ledger = store.ledger()?;
            let who = ledger.resolve(actor)?;
            let fit = store.ideal_fit(*fit)?;
            let mut pts: Vec<&comity::ideal::StoredPoint> = fit
                .points
                .get(&who.id)
                .map(|v| v.iter().collect())
                .unwrap_or_default();
            if let Some(s) = session {
                pts.retain(|p| p.session == Some(*s) || p.session.is_none());
            }
            // A session the fit does not hold is said as such (review 19: session 80, beyond
            // the data's last, was "it cast no vote in the fitted roll calls").
            let span = fit
                .info
                .sessions
                .split_once('-')
                .and_then(|(a, b)| Some((a.parse::<u16>().ok()?, b.parse::<u16>().ok()?)));
            if let Some(s) = session.filter(|s| span.is_some_and(|(a, b)| *s < a || *s > b)) {
                return Err(UsageError(format!(
                    "fit {} has no session {s}: its sessions are {}",
                    fit.info.id, fit.info.sessions
                ))
                .into());
            }
            if pts.is_empty() {
                return Err(UsageError(format!(
                    "{} ({}) has no ideal point in fit {}{} (it cast no vote in the fitted roll calls)",
                    who.id,
                    who.name,
                    fit.info.id,
                    session.map(|s| format!(" for session {s}")).unwrap_or_default()
                ))
                .into());
            }
            // Ballots cast per session: a dynamic point in a session the state cast none in is
            // the random walk's interpolation, and its interval is no measurement (review 10:
            // South Africa, absent from the Assembly 1974-1994, had the narrowest intervals).
            let ballots = store.ballots_by_session(&who.id)?;
            let cast = |p: &comity::ideal::StoredPoint| {
                p.session.map(|s| ballots.get(&s).copied().unwrap_or(0))
            };
            let unvoted = pts.iter().any(|p| cast(p) == Some(0));
            // The ballots column: `0*` for a session with none (see the note).
            let cell = |p: &comity::ideal::StoredPoint| match cast(p) {
                Some(0) => "0*".to_string(),
                Some(n) => n.to_string(),
                None => String::new(),
            };
            let unvoted_note = comity::json::UNVOTED_NOTE;
            // When each session's roll calls were held (review 19: bare session numbers).
            let days = store.session_days()?;
            let held = |p: &comity::ideal::StoredPoint| {
                p.session
                    .and_then(|s| days.get(&s))
                    .map(|(a, b)| {
                        // To the month: the table stays within 80 columns.
                        let m = |d: &str| d.get(..7).unwrap_or(d).to_string();
                        format!("{}..{}", m(a), m(b))
                    })
                    .unwrap_or_default()
            };
            match ctx.format {
                Format::Json => print_json(&comity::json::ideal_show(
                    &store,
                    json!({"id": who.id, "name": who.name}),
                    &fit,
                    &pts,
                )?),
                Format::Csv => {
                    let mut w = csv_out();
                    w.write_record(["actor", "session", "estimate", "std_error", "lo", "hi"])?;
                    for p in pts {
                        let r = point_row(p);
                        w.write_record([who.id.as_str(), &r[0], &r[1], &r[2], &r[3], &r[4]])?;
                    }
                    Ok(w.flush()?)
                }
                Format::Table => {
                    println!("{}", wrap(&format!("{} ({}): ideal points on the fit's scale (mean 0, sd 1 over its points; positive = the anchor {}'s side)", who.id, who.name, fit.info.spec.anchor), 0));
                    println!("{}", wrap(&describe(&fit.info), 2));
                    if fit.info.spec.bootstrap == 0 {
                        println!("  no bootstrap in this fit: no interval is shown (refit with --bootstrap N)");
                        println!(
                            "  {:>8}  {:>8}  {:>7}  roll calls held",
                            "session", "estimate", "ballots"
                        );
                        for p in &pts {
                            let r = point_row(p);
                            println!("  {:>8}  {:>8}  {:>7}  {}", r[0], r[1], cell(p), held(p));
                        }
                    } else {
                        // A percentile interval from few replicates is rough: say how many.
                        if fit.info.spec.bootstrap < 100 {
                            println!(
                                "{}",
                                wrap(
                                    &format!(
                                        "  the 95% intervals are percentiles of only {} bootstrap \
                                         replicates: rough (refit with --bootstrap 100 or more)",
                                        fit.info.spec.bootstrap
                                    ),
                                    4
                                )
                            );
                        }
                        // Nominal: on simulated data with known truth these intervals cover
                        // about 0.86-0.91 of the true points (docs/ideal.md, "Bootstrap intervals").
                        println!(
                            "{}",
                            wrap(
                                "  nominal 95% bootstrap intervals: on simulated data with known \
                                 truth they cover about 0.86-0.91 of the true points (5 seeds), \
                                 0.78-0.89 with few actors (docs/ideal.md)",
                                4
                            )
                        );
                        println!(
                            "  {:>8}  {:>8}  {:>8}  {:>17}  {:>7}  roll calls held",
                            "session", "estimate", "std err", "nominal 95%", "ballots"
                        );
                        for p in &pts {
                            let r = point_row(p);
                            println!(
                                "  {:>8}  {:>8}  {:>8}  [{:>7}, {:>7}]  {:>7}  {}",
                                r[0],
                                r[1],
                                r[2],
                                r[3],
                                r[4],
                                cell(p),
                                held(p)
                            );
                        }
                    }
                    if unvoted {
                        println!("{}", wrap(unvoted_note, 2));
                    }
                    Ok(())
                }
            }
        }
        IdealCmd::Export { fit } => {
            let fit = store.ideal_fit(*fit)?;
            if ctx.format == Format::Json {
                return print_json(&json!({
                    "fit": fit_info_json(&fit.info),
                    "points": fit.points.values().flatten().collect::<Vec<_>>(),
                }));
            }
            let mut w = csv_out();
            w.write_record([
                "fit",
                "actor",
                "session",
                "estimate",
                "std_error",
                "lo",
                "hi",
            ])?;
            for p in fit.points.values().flatten() {
                let r = point_row(p);
                w.write_record([
                    &fit.info.id.to_string(),
                    &p.actor,
                    &r[0],
                    &r[1],
                    &r[2],
                    &r[3],
                    &r[4],
                ])?;
            }
            Ok(w.flush()?)
        }
        IdealCmd::Validate {
            threads,
            dev,
            dev2,
            dev3,
            dev4,
            candidates,
            ..
        } if *dev || *dev2 || *dev3 || *dev4 => {
            use comity::ideal::learned::DevSet;
            let sets: Vec<DevSet> = [
                (*dev, DevSet::First),
                (*dev2, DevSet::Second),
                (*dev3, DevSet::Third),
                (*dev4, DevSet::Fourth),
            ]
            .into_iter()
            .filter(|(on, _)| *on)
            .map(|(_, s)| s)
            .collect();
            let candidates = comity::ideal::learned::LearnedSpec::select(candidates)
                .map_err(|e| UsageError(format!("--candidates: {e}")))?;
            development(ctx, &store, *threads, &sets, &candidates)
        }
        IdealCmd::Validate { candidates, .. } if !candidates.is_empty() => Err(UsageError(
            "--candidates goes with --dev, --dev2, --dev3 or --dev4 (the development runs)".into(),
        )
        .into()),
        IdealCmd::Validate { threads, vote, .. } => validate_models(ctx, &store, *threads, vote),
        IdealCmd::Rollcall { spec } => {
            let rcs = store.find_roll_calls(spec)?;
            let all: Vec<Tallies> = rcs
                .iter()
                .map(|r| store.tally(r.rcid))
                .collect::<comity::Result<_>>()?;
            match ctx.format {
                Format::Json => print_json(&serde_json::to_value(&all)?),
                Format::Csv => {
                    let mut w = csv_out();
                    w.write_record([
                        "rcid",
                        "session",
                        "date",
                        "unres",
                        "data_yes",
                        "data_no",
                        "data_abstain",
                        "official_yes",
                        "official_no",
                        "official_abstain",
                    ])?;
                    for t in &all {
                        let o = t.official.unwrap_or(t.data);
                        w.write_record([
                            t.roll_call.rcid.to_string(),
                            t.roll_call.session.to_string(),
                            t.roll_call.date.clone(),
                            t.roll_call.unres.clone(),
                            t.data.yes.to_string(),
                            t.data.no.to_string(),
                            t.data.abstain.to_string(),
                            o.yes.to_string(),
                            o.no.to_string(),
                            o.abstain.to_string(),
                        ])?;
                    }
                    Ok(w.flush()?)
                }
                Format::Table => {
                    for t in &all {
                        print_tallies(t);
                    }
                    Ok(())
                }
            }
        }
    }
}

fn print_tallies(t: &Tallies) {
    let r = &t.roll_call;
    println!(
        "{}",
        wrap(
            &format!(
                "rcid {} · {} · session {} · {} · {}",
                r.rcid, r.unres, r.session, r.date, r.short
            ),
            0
        )
    );
    println!("  data (Voeten/unvotes) yes-no-abstain: {}", t.data);
    match &t.official {
        Some(o) => {
            println!("  official record      yes-no-abstain: {o}");
            for c in &t.corrections {
                println!(
                    "{}",
                    wrap(
                        &format!(
                            "{}: data {}, official {} — {}",
                            c.actor,
                            c.data_vote.as_str(),
                            c.official_vote.as_str(),
                            c.source
                        ),
                        4
                    )
                );
            }
        }
        None => println!("  official record: no correction on file (the data's tally is shown)"),
    }
}

fn parse_vote(s: &str) -> Option<RollCallVote> {
    RollCallVote::parse(&s.trim().to_lowercase())
}

fn motion_spec(
    store: &Store,
    ledger: &Ledger,
    a: &PredictArgs,
    date: jiff::civil::Date,
) -> Result<MotionSpec> {
    let mut spec = MotionSpec::on(date);
    for l in &a.like {
        let (what, rev) = match l.rsplit_once(':') {
            Some((w, "reverse")) => (w, true),
            _ => (l.as_str(), false),
        };
        for rc in store.find_roll_calls(what)? {
            // A prediction uses only what preceded its day (review 10: `--date 2008-10-07
            // --like R/63/3` fitted the item on the vote it predicts).
            if rc.date.as_str() >= date.to_string().as_str() {
                return Err(UsageError(format!(
                    "--like {l}: roll call {} ({}) was held on {}, not before --date {date}: a \
                     prediction learns only from what preceded its day (choose an earlier \
                     analog)",
                    rc.rcid, rc.unres, rc.date
                ))
                .into());
            }
            spec.analogs.push((rc.rcid, rev));
        }
    }
    for k in a.known.iter().filter(|k| !k.is_empty()) {
        let (who, v) = k
            .split_once('=')
            .ok_or_else(|| UsageError(format!("--known {k:?}: expected ACTOR=yes|abstain|no")))?;
        let v = parse_vote(v)
            .ok_or_else(|| UsageError(format!("--known {k:?}: expected yes, abstain or no")))?;
        spec.known.push((ledger.resolve(who)?.id.clone(), v));
    }
    spec.candidate = a
        .candidate
        .as_deref()
        .map(|c| ledger.resolve(c).map(|x| x.id.clone()))
        .transpose()?;
    spec.side = if a.side == SideArg::For {
        Side::For
    } else {
        Side::Against
    };
    spec.subject = match a.subject {
        SubjectArg::Status => comity::ideal::learned::Subject::Status,
        SubjectArg::Rights => comity::ideal::learned::Subject::Rights,
    };
    spec.recognition_effect = a.recognition_effect;
    spec.slope = a.slope;
    spec.learned = a.method == MethodArg::Learned;
    // The item model's knobs change nothing under the learned model: refused, not ignored.
    // (The learned model is used when there is a candidate and no --like, --slope or
    // --group-effect: `MotionSpec::learned`.)
    let learned_used = spec.learned
        && a.candidate.is_some()
        && a.like.is_empty()
        && a.slope.is_none()
        && a.group_effect.is_empty();
    if learned_used && a.recognition_effect != 1.0 {
        return Err(UsageError(
            "--recognition-effect sets the item model's shift: use it with --method item (or \
             with --like, --slope or --group-effect, which select the item model); the learned \
             model estimates the effect of recognition from the roll calls"
                .into(),
        )
        .into());
    }
    for g in &a.group_effect {
        let (grp, e) = g
            .split_once('=')
            .and_then(|(g, e)| Some((g, e.trim().parse::<f64>().ok()?)))
            .ok_or_else(|| {
                UsageError(format!(
                    "--group-effect {g:?}: expected GROUP=NUMBER, e.g. eu=-0.5"
                ))
            })?;
        spec.group_effects.push((ledger.group(grp)?.id.clone(), e));
    }
    Ok(spec)
}

fn prediction_json(p: &ActorPrediction, ledger: &Ledger) -> Value {
    json!({
        "actor": p.actor, "name": ledger.actor(&p.actor).map(|a| a.name.clone()),
        "point": p.point, "recognition": p.recognition.map(|r| r.as_str()),
        "recognition_certain": p.recognition_certain, "shift": p.shift,
        "known": p.known, "yes": p.unconditional()[0], "abstain": p.unconditional()[1],
        "no": p.unconditional()[2], "absent": p.absent, "if_voting": p.voting, "most_likely": p.most_likely().as_str(),
    })
}

pub fn predict(ctx: &Ctx, a: &PredictArgs) -> Result<()> {
    if a.validate_63_3 {
        return validate(ctx, a.threads);
    }
    let store = ctx.store()?;
    let ledger = store.ledger()?;
    let typed = a.date.as_deref().unwrap_or("today");
    // The model is trained on what precedes the vote's day: a month or a year would let it
    // train on roll calls held after a vote inside that period.
    if let Ok(d) = typed.parse::<comity::Date>() {
        if !d.is_exact() || d.precision() != comity::Precision::Day {
            return Err(UsageError(format!(
                "--date {typed}: the vote's day is needed (YYYY-MM-DD): the model trains only on \
                 what precedes that day, and a month or a year would let it see later votes"
            ))
            .into());
        }
    }
    let date = super::ledger::day_arg(ctx, "--date", typed)?;
    let fit: StoredFit = store.ideal_fit(a.fit)?;
    let spec = motion_spec(&store, &ledger, a, date)?;
    // The ideal points of a fit that saw votes held on or after the day (review 10: a
    // prediction for 2011 used a fit of sessions 1-74): said, with the way to avoid it.
    let later_votes = store.fit_saw_from(&fit.info.spec, date)?;
    let later_note = (later_votes > 0).then(|| {
        format!(
            "note: fit {} saw {later_votes} roll calls held on or after {date} (its ideal points \
             are smoothed over them): for a prediction from what preceded the day, fit with \
             `comity ideal fit --dynamic --before {date}` and pass its id with --fit",
            fit.info.id
        )
    });
    let model = IdealStanceModel::new(&store, &ledger, &fit, spec, ctx.today)?;
    ledger.group(&a.among)?;
    // The candidate never votes on its own motion (as in `simulate`): a member entity (Palestine
    // in UNESCO from 2011) is left out of its own prediction.
    let candidate = model.spec().candidate.clone();
    let roster = ledger.roster(&a.among, date);
    // No member recorded on the day: nothing to predict (as `simulate` says; review 10).
    if roster.is_empty() {
        return Err(UsageError(format!(
            "--among {}: the ledger records no member of it on {date}: nothing to predict",
            a.among
        ))
        .into());
    }
    let left_out = roster
        .iter()
        .any(|m| Some(&m.actor.id) == candidate.as_ref());
    let preds: Vec<ActorPrediction> = roster
        .iter()
        .filter(|m| Some(&m.actor.id) != candidate.as_ref())
        .map(|m| model.predict(&m.actor.id))
        .collect();
    let analog_tallies: Vec<Tallies> = model
        .spec()
        .analogs
        .iter()
        .map(|(r, _)| store.tally(*r))
        .collect::<comity::Result<_>>()?;
    let expected = preds.iter().fold([0.0f64; 4], |mut e, p| {
        for (k, v) in p.voting.iter().enumerate() {
            e[k] += v * (1.0 - p.absent);
        }
        e[3] += p.absent;
        e
    });
    match ctx.format {
        Format::Json => print_json(&json!({
            "date": date.to_string(), "candidate_left_out": left_out, "fit": fit_info_json(&fit.info), "item": model.item_source,
            "spec": model.spec(), "analogs": analog_tallies,
            "fit_later_roll_calls": later_votes, "note": later_note,
            "notes": comity::notes::after_today(date, ctx.today).into_iter().collect::<Vec<_>>(),
            "expected": {"yes": expected[0], "abstain": expected[1], "no": expected[2], "absent": expected[3]},
            "predictions": preds.iter().map(|p| prediction_json(p, &ledger)).collect::<Vec<_>>(),
        })),
        Format::Csv => {
            let mut w = csv_out();
            w.write_record([
                "actor",
                "point",
                "recognition",
                "shift",
                "known",
                "yes",
                "abstain",
                "no",
                "absent",
                "most_likely",
            ])?;
            for p in &preds {
                w.write_record([
                    p.actor.clone(),
                    p.point.map(|x| format!("{x:.3}")).unwrap_or_default(),
                    p.recognition
                        .map(|r| r.as_str().to_string())
                        .unwrap_or_default(),
                    format!("{:.3}", p.shift),
                    p.known.to_string(),
                    format!("{:.3}", p.unconditional()[0]),
                    format!("{:.3}", p.unconditional()[1]),
                    format!("{:.3}", p.unconditional()[2]),
                    format!("{:.3}", p.unconditional()[3]),
                    p.most_likely().as_str().to_string(),
                ])?;
            }
            Ok(w.flush()?)
        }
        Format::Table => {
            println!(
                "{}",
                wrap(
                    &format!(
                        "prediction for {date} among {} ({} actors{}); {}",
                        a.among,
                        preds.len(),
                        match (&candidate, left_out) {
                            (Some(c), true) => format!("; {c}, the candidate, left out"),
                            _ => String::new(),
                        },
                        describe(&fit.info)
                    ),
                    0
                )
            );
            println!("{}", wrap(&format!("item: {}", model.item_source), 2));
            // Which way a yes counts, said (review 19: `--side` defaults to `against`, and
            // nothing in the output said so).
            if let Some(c) = &candidate {
                println!(
                    "{}",
                    wrap(
                        &format!(
                            "side: a yes {} {c} (--side {}; the default is against)",
                            if a.side == SideArg::For {
                                "favours"
                            } else {
                                "goes against"
                            },
                            if a.side == SideArg::For {
                                "for"
                            } else {
                                "against"
                            }
                        ),
                        2
                    )
                );
            }
            if let Some(n) = comity::notes::after_today(date, ctx.today) {
                println!("{}", wrap(&format!("note: {n}"), 0));
            }
            for t in &analog_tallies {
                print_tallies(t);
            }
            println!(
                "  {:<5} {:>7} {:<15} {:>5} {:>5} {:>5} {:>6}  likely if voting",
                "actor", "point", "recognition", "yes", "abst", "no", "absent"
            );
            for p in &preds {
                println!(
                    "  {:<5} {:>7} {:<15} {:>5.2} {:>5.2} {:>5.2} {:>6.2}  {}{}",
                    p.actor,
                    p.point
                        .map(|x| format!("{x:.2}"))
                        .unwrap_or_else(|| "-".into()),
                    // "?": uncertain on the day (both possibilities weighted).
                    p.recognition
                        .map(|r| format!(
                            "{}{}",
                            r.as_str(),
                            if p.recognition_certain { "" } else { "?" }
                        ))
                        .unwrap_or_else(|| "-".into()),
                    p.unconditional()[0],
                    p.unconditional()[1],
                    p.unconditional()[2],
                    p.unconditional()[3],
                    p.most_likely().as_str(),
                    if p.known { " (known)" } else { "" }
                );
            }
            println!(
                "expected tally: yes {:.1}, no {:.1}, abstain {:.1}, absent {:.1}",
                expected[0], expected[2], expected[1], expected[3]
            );
            if let Some(n) = &later_note {
                println!("{}", wrap(n, 0));
            }
            if preds.iter().any(|p| p.point.is_none()) {
                println!(
                    "{}",
                    wrap(
                        "-: no ideal point (no roll-call record in the fit): the mean, 0, is \
                         used, and P(absent) is the average of the others'; such a row is a \
                         guess, not a record",
                        0
                    )
                );
            }
            if preds.iter().any(|p| !p.recognition_certain) {
                println!(
                    "{}",
                    wrap(
                        "?: the recognition is uncertain on the day (its act may not have come \
                         yet: `comity status` says why); the prediction weights both \
                         possibilities equally",
                        0
                    )
                );
            }
            Ok(())
        }
    }
}

/// GA 63/3 (rcid 4831, 2008-10-08): the day of the vote, and the day before (recognition).
const VOTE_DAY: &str = "2008-10-08";
const RCID_63_3: u32 = 4831;

struct Row {
    model: &'static str,
    how: String,
    preds: Vec<(String, [f64; 3])>,
}

fn one_hot(v: RollCallVote) -> [f64; 3] {
    match v {
        RollCallVote::Yes => [1.0, 0.0, 0.0],
        RollCallVote::Abstain => [0.0, 1.0, 0.0],
        RollCallVote::No => [0.0, 0.0, 1.0],
    }
}

fn argmax(p: &[f64; 3]) -> usize {
    if p[0] >= p[1] && p[0] >= p[2] {
        0
    } else if p[1] >= p[2] {
        1
    } else {
        2
    }
}

/// Predicts GA 63/3 with pre-vote information only and scores the predictions
/// against the official record (Afghanistan: abstain).
fn validate(ctx: &Ctx, threads: Option<usize>) -> Result<()> {
    let store = ctx.store()?;
    let ledger = store.ledger()?;
    let day: jiff::civil::Date = VOTE_DAY.parse()?;
    let tallies = store.tally(RCID_63_3)?;
    // Truth: the official votes (corrections applied). Used for scoring only.
    let truth: Vec<(String, RollCallVote)> = store
        .roll_call_votes(RCID_63_3)?
        .into_iter()
        .map(|(a, _, official)| (a, official))
        .collect();
    let spec = FitSpec {
        sessions: Some((58, 63)),
        before: Some(day),
        threads,
        ..FitSpec::default()
    };
    let pb = bar();
    let fit = store.fit_ideal_unsaved(&spec, &mut |_| pb.tick())?;
    pb.finish_and_clear();
    let window = store.vote_window(day, 365)?;
    let shares = window.shares;
    let mode = argmax(&shares);
    let mut rows: Vec<Row> = Vec::new();
    let majority = [RollCallVote::Yes, RollCallVote::Abstain, RollCallVote::No][mode];
    rows.push(Row {
        model: "majority class",
        how: format!(
            "everyone votes {}, the most frequent vote in the {} roll calls of the year before",
            majority.as_str(),
            window.roll_calls
        ),
        preds: truth
            .iter()
            .map(|(a, _)| (a.clone(), one_hot(majority)))
            .collect(),
    });
    rows.push(Row {
        model: "base rates",
        how: format!(
            "everyone gets the vote shares of that year ({:.3} yes, {:.3} abstain, {:.3} no)",
            shares[0], shares[1], shares[2]
        ),
        preds: truth.iter().map(|(a, _)| (a.clone(), shares)).collect(),
    });
    let yesterday = day.yesterday()?;
    let recognises = |a: &str| {
        ledger
            .status(a, "XKX", yesterday, ctx.today)
            .recognition
            .status
            == comity::Recognition::Recognised
    };
    rows.push(Row {
        model: "recognition alone",
        how: "recognised Kosovo on 2008-10-07 (ledger): no; otherwise: yes (rule fixed before scoring)".into(),
        preds: truth
            .iter()
            .map(|(a, _)| (a.clone(), one_hot(if recognises(a) { RollCallVote::No } else { RollCallVote::Yes })))
            .collect(),
    });
    let variants: [(&'static str, f64, Option<f64>, &str); 5] = [
        ("base rates + recognition", 0.5, Some(0.0), "generic item (base rates), recognisers shifted by -0.5, no ideal points"),
        ("base rates + recognition", 1.0, Some(0.0), "as above, shift -1 (the default effect)"),
        ("base rates + recognition", 2.0, Some(0.0), "as above, shift -2"),
        ("ideal points alone", 0.0, None, "generic item, slope = median |discrimination| of the fit, sign from USA recognising XKX"),
        ("ideal points + recognition", 1.0, None, "the default model: ideal points, generic item as above, recognisers shifted by -1"),
    ];
    for (model, effect, slope, how) in variants {
        let mut spec = MotionSpec::on(day);
        spec.candidate = Some("XKX".into());
        spec.side = Side::Against;
        spec.recognition_effect = effect;
        spec.slope = slope;
        // This table documents the item model (docs/ideal.md).
        spec.learned = false;
        let m = IdealStanceModel::new(&store, &ledger, &fit, spec, ctx.today)?;
        rows.push(Row {
            model,
            how: format!("{how} [{}]", m.item_source),
            preds: truth
                .iter()
                .map(|(a, _)| (a.clone(), m.predict(a).voting))
                .collect(),
        });
    }
    let truth_of: std::collections::HashMap<&str, usize> = truth
        .iter()
        .map(|(a, v)| {
            (
                a.as_str(),
                match v {
                    RollCallVote::Yes => 0,
                    RollCallVote::Abstain => 1,
                    RollCallVote::No => 2,
                },
            )
        })
        .collect();
    let scored: Vec<(&Row, f64, f64)> = rows
        .iter()
        .map(|r| {
            let n = r.preds.len() as f64;
            let (mut hits, mut brier) = (0.0, 0.0);
            for (a, p) in &r.preds {
                let t = truth_of.get(a.as_str()).copied().unwrap_or(3);
                if argmax(p) == t {
                    hits += 1.0;
                }
                let s: f64 = p.iter().sum::<f64>().max(1e-12);
                brier += (0..3)
                    .map(|k| (p[k] / s - f64::from(u8::from(k == t))).powi(2))
                    .sum::<f64>();
            }
            (r, hits / n, brier / n)
        })
        .collect();
    let head = format!(
        "GA 63/3 (rcid {RCID_63_3}, {VOTE_DAY}); data {} / official {} (yes-no-abstain; scored against the official record, Afghanistan abstain). Ideal points: {}. Pre-vote window: {} roll calls dated 2007-10-09..2008-10-07. {} voting actors scored; absent members are not scored.",
        tallies.data,
        tallies.official.unwrap_or(tallies.data),
        describe(&fit.info),
        window.roll_calls,
        truth.len()
    );
    match ctx.format {
        Format::Json => print_json(&json!({
            "header": head,
            "rows": scored.iter().map(|(r, acc, b)| json!({"model": r.model, "how": r.how, "accuracy": acc, "brier": b})).collect::<Vec<_>>(),
        })),
        Format::Csv => {
            let mut w = csv_out();
            w.write_record(["model", "accuracy", "brier", "how"])?;
            for (r, acc, b) in &scored {
                w.write_record([
                    r.model.to_string(),
                    format!("{acc:.3}"),
                    format!("{b:.3}"),
                    r.how.clone(),
                ])?;
            }
            Ok(w.flush()?)
        }
        Format::Table => {
            println!("{}", wrap(&head, 0));
            println!("{:<28} {:>8} {:>7}", "model", "accuracy", "Brier");
            for (r, acc, b) in &scored {
                println!("{:<28} {:>8.3} {:>7.3}", r.model, acc, b);
                println!("{}", wrap(&r.how, 4));
            }
            println!("Brier: mean over actors of the squared error summed over yes/abstain/no (0 best, 2 worst).");
            Ok(())
        }
    }
}

fn yna(e: &[f64; 3]) -> String {
    format!("{:.1}-{:.1}-{:.1}", e[0], e[1], e[2])
}

/// `comity ideal validate --dev` / `--dev2` / `--dev3`: the development tables of docs/ideal.md.
fn development(
    ctx: &Ctx,
    store: &Store,
    threads: Option<usize>,
    sets: &[comity::ideal::learned::DevSet],
    candidates: &[comity::ideal::learned::LearnedSpec],
) -> Result<()> {
    use comity::ideal::learned::{develop_set, pool_developments};
    let ledger = store.ledger()?;
    let mut runs = Vec::new();
    for set in sets {
        let pb = bar();
        runs.push(develop_set(
            store,
            &ledger,
            ctx.today,
            threads,
            *set,
            candidates,
            &mut |id| {
                pb.set_message(format!("development: {id}"));
                pb.tick();
            },
        )?);
        pb.finish_and_clear();
    }
    let both = if runs.len() > 1 {
        Some(pool_developments(&runs.iter().collect::<Vec<_>>())?)
    } else {
        None
    };
    if ctx.format == Format::Json {
        return match (&both, runs.as_slice()) {
            (None, [d]) => print_json(&serde_json::to_value(d)?),
            _ => print_json(&serde_json::json!({ "sets": runs, "pooled": both })),
        };
    }
    for (k, d) in runs.iter().enumerate() {
        print_development(ctx, d, k == 0)?;
    }
    if let Some(b) = both {
        match ctx.format {
            Format::Csv => {
                let mut w = csv_out();
                let row = |w: &mut csv::Writer<std::io::Stdout>,
                           m: &str,
                           s: &comity::ideal::validate::Scores| {
                    w.write_record([
                        "pooled over the sets".to_string(),
                        String::new(),
                        String::new(),
                        m.to_string(),
                        s.n.to_string(),
                        format!("{:.3}", s.accuracy),
                        format!("{:.3}", s.brier),
                        format!("{:.4}", s.log_loss),
                    ])
                };
                row(&mut w, "majority class", &b.pooled_majority)?;
                for (name, s) in b.candidates.iter().zip(&b.pooled) {
                    row(&mut w, name, s)?;
                }
                w.flush()?;
            }
            _ => {
                println!();
                println!(
                    "{}",
                    wrap(
                        "Pooled over the development sets run (the criterion of h/ideal7, h/ideal8 and h/ideal11: log loss):",
                        0
                    )
                );
                print_pooled(&b.pooled_majority, &b.candidates, &b.pooled, &b.tempered);
            }
        }
    }
    Ok(())
}

/// One development set's table (`header`: the CSV header is printed).
fn print_development(
    ctx: &Ctx,
    d: &comity::ideal::learned::Development,
    header: bool,
) -> Result<()> {
    use comity::ideal::learned::{DevSet, DEV2_END, DEV_END};
    match ctx.format {
        Format::Json => print_json(&serde_json::to_value(d)?),
        Format::Csv => {
            let mut w = csv_out();
            if header {
                w.write_record([
                    "target", "date", "entity", "model", "n", "accuracy", "brier", "log_loss",
                ])?;
            }
            let row = |w: &mut csv::Writer<std::io::Stdout>,
                       t: &str,
                       date: &str,
                       e: &str,
                       m: &str,
                       s: &comity::ideal::validate::Scores| {
                w.write_record([
                    t.to_string(),
                    date.to_string(),
                    e.to_string(),
                    m.to_string(),
                    s.n.to_string(),
                    format!("{:.3}", s.accuracy),
                    format!("{:.3}", s.brier),
                    format!("{:.3}", s.log_loss),
                ])
            };
            for t in &d.targets {
                row(
                    &mut w,
                    &t.unres,
                    &t.date,
                    &t.entity,
                    "majority class",
                    &t.majority,
                )?;
                for (name, s) in d.candidates.iter().zip(&t.models) {
                    if let Some(s) = s {
                        row(&mut w, &t.unres, &t.date, &t.entity, name, s)?;
                    }
                }
            }
            row(
                &mut w,
                "pooled",
                "",
                "",
                "majority class",
                &d.pooled_majority,
            )?;
            for (name, s) in d.candidates.iter().zip(&d.pooled) {
                row(&mut w, "pooled", "", "", name, s)?;
            }
            Ok(w.flush()?)
        }
        Format::Table => {
            let which = match d.set {
                DevSet::First => format!("Development set (docs/ideal.md): each recognition-related roll call of the shipped rules dated before {DEV_END}"),
                DevSet::Second => format!("Second development set (docs/ideal.md, h/ideal7): each recognition-related roll call dated after {DEV_END} and before {DEV2_END}, validation votes excluded (and left out of every model's training calls),"),
                DevSet::Third => "Third development set (docs/ideal.md, h/ideal11): each roll call for its entity dated after the first roll call against an entity with a recogniser among its voters, validation votes excluded (and left out of every model's training calls),".to_string(),
                DevSet::Fourth => "Fourth development set (docs/ideal.md, h/ideal12): each roll call on an entity's status (China representation excluded), validation votes excluded (and left out of every model's training calls),".to_string(),
            };
            println!("{}", wrap(&format!("{which} predicted by each candidate fitted on the roll calls before it; per-country ballots; Brier summed over yes/abstain/no; log loss floored at 0.001. '-': no earlier roll call to fit on."), 0));
            println!();
            println!(
                "{:<12} {:<10} {:<4} {:<30} {:>4} {:>6} {:>6} {:>7}",
                "target", "date", "ent", "model", "n", "acc", "Brier", "logloss"
            );
            for t in &d.targets {
                let m = &t.majority;
                println!(
                    "{:<12} {:<10} {:<4} {:<30} {:>4} {:>6.3} {:>6.3} {:>7.3}",
                    t.unres,
                    t.date,
                    t.entity,
                    "majority class",
                    m.n,
                    m.accuracy,
                    m.brier,
                    m.log_loss
                );
                for (name, s) in d.candidates.iter().zip(&t.models) {
                    match s {
                        Some(s) => println!(
                            "{:<12} {:<10} {:<4} {:<30} {:>4} {:>6.3} {:>6.3} {:>7.3}",
                            "", "", "", name, s.n, s.accuracy, s.brier, s.log_loss
                        ),
                        None => println!("{:<12} {:<10} {:<4} {:<30} -", "", "", "", name),
                    }
                }
            }
            println!();
            println!(
                "{}",
                wrap("Pooled over the targets every candidate could predict:", 0)
            );
            print_pooled(&d.pooled_majority, &d.candidates, &d.pooled, &d.tempered);
            println!();
            match d.temperature {
                Some(t) => println!(
                    "Temperature of the shipped model minimising the pooled log loss: {t:.2}"
                ),
                None => println!("The shipped model was not among the candidates run."),
            }
            println!();
            println!(
                "{}",
                wrap("P(absent) of the UN members on the same targets (absent: no ballot); Brier and log loss of the binary forecast:", 0)
            );
            println!(
                "{:<36} {:>5} {:>6} {:>6} {:>6} {:>7}",
                "estimate", "n", "obs", "pred", "Brier", "logloss"
            );
            for a in &d.absence {
                println!(
                    "{:<36} {:>5} {:>6.3} {:>6.3} {:>6.4} {:>7.4}",
                    a.name, a.n, a.observed, a.predicted, a.brier, a.log_loss
                );
            }
            Ok(())
        }
    }
}

/// `comity ideal validate` (and `comity model --votes`): the validation table of docs/ideal.md.
pub(crate) fn validate_models(
    ctx: &Ctx,
    store: &Store,
    threads: Option<usize>,
    only: &[String],
) -> Result<()> {
    let ledger = store.ledger()?;
    let pb = bar();
    let v =
        comity::ideal::validate::validate(store, &ledger, ctx.today, threads, only, &mut |id| {
            pb.set_message(format!("validating on {id}"));
            pb.tick();
        })?;
    pb.finish_and_clear();
    match ctx.format {
        Format::Json => print_json(&serde_json::to_value(&v)?),
        Format::Csv => {
            let mut w = csv_out();
            w.write_record([
                "vote",
                "model",
                "n",
                "accuracy",
                "brier",
                "log_loss",
                "expected_yes",
                "expected_no",
                "expected_abstain",
                "recorded_yes",
                "recorded_no",
                "recorded_abstain",
                "abs_error",
            ])?;
            for r in &v.votes {
                for m in &r.models {
                    let f = |x: Option<f64>| x.map(|x| format!("{x:.3}")).unwrap_or_default();
                    let sc = m.scores.as_ref();
                    w.write_record([
                        r.id.clone(),
                        m.model.to_string(),
                        sc.map(|s| s.n.to_string()).unwrap_or_default(),
                        f(sc.map(|s| s.accuracy)),
                        f(sc.map(|s| s.brier)),
                        f(sc.map(|s| s.log_loss)),
                        format!("{:.1}", m.expected[0]),
                        format!("{:.1}", m.expected[1]),
                        format!("{:.1}", m.expected[2]),
                        r.recorded[0].to_string(),
                        r.recorded[1].to_string(),
                        r.recorded[2].to_string(),
                        format!("{:.1}", m.abs_error),
                    ])?;
                }
            }
            Ok(w.flush()?)
        }
        Format::Table => {
            println!("{}", wrap("Vote models on recorded votes, pre-vote information only (docs/ideal.md). Per-country ballots from the roll-call data (official record); Brier summed over yes/abstain/no (0 best, 2 worst); log loss with probabilities floored at 0.001.", 0));
            println!();
            println!(
                "{:<16} {:<22} {:>4} {:>6} {:>6} {:>7}",
                "vote", "model", "n", "acc", "Brier", "logloss"
            );
            for r in &v.votes {
                for m in &r.models {
                    if let Some(sc) = &m.scores {
                        println!(
                            "{:<16} {:<22} {:>4} {:>6.3} {:>6.3} {:>7.3}",
                            r.id, m.model, sc.n, sc.accuracy, sc.brier, sc.log_loss
                        );
                    }
                }
            }
            println!();
            println!("{}", wrap("Tallies: expected yes-no-abstain among the members on the date (given that they vote), scaled to the recorded number voting; |err| = sum of absolute errors.", 0));
            println!(
                "{:<16} {:<22} {:>17} {:>11} {:>5}",
                "vote", "model", "expected", "recorded", "|err|"
            );
            for r in &v.votes {
                let rec = format!("{}-{}-{}", r.recorded[0], r.recorded[1], r.recorded[2]);
                for m in &r.models {
                    println!(
                        "{:<16} {:<22} {:>17} {:>11} {:>5.1}",
                        r.id,
                        m.model,
                        yna(&m.expected),
                        rec,
                        m.abs_error
                    );
                }
            }
            println!();
            println!("{}", wrap("Reliability over the per-country ballots (each ballot gives three forecasts: yes, abstain, no):", 0));
            println!(
                "{:<9} {:>6} {:>9} {:>8}   {:>6} {:>9} {:>8}",
                "", "learned", "", "", "h/ideal3", "", ""
            );
            println!(
                "{:<9} {:>6} {:>9} {:>8}   {:>6} {:>9} {:>8}",
                "bin", "n", "predicted", "observed", "n", "predicted", "observed"
            );
            for (b, c) in v.reliability.iter().zip(&v.reliability_current) {
                println!(
                    "{:<9} {:>6} {:>9.3} {:>8.3}   {:>6} {:>9.3} {:>8.3}",
                    format!("{:.1}-{:.1}", b.lo, b.hi),
                    b.n,
                    b.predicted,
                    b.observed,
                    c.n,
                    c.predicted,
                    c.observed
                );
            }
            println!();
            for r in &v.votes {
                println!(
                    "{}",
                    wrap(
                        &format!(
                            "{} ({}, {}): {} voters; ideal points {}; learned model fitted on {}",
                            r.id, r.date, r.entity, r.voters, r.fit, r.trained_on
                        ),
                        0
                    )
                );
            }
            Ok(())
        }
    }
}

/// The pooled table of a development run: the majority class, then each candidate with its
/// scores, the temperature minimising its log loss and the log loss there.
fn print_pooled(
    majority: &comity::ideal::validate::Scores,
    candidates: &[&str],
    pooled: &[comity::ideal::validate::Scores],
    tempered: &[(f64, f64)],
) {
    println!(
        "{:<30} {:>5} {:>6} {:>6} {:>7} {:>5} {:>9}",
        "model", "n", "acc", "Brier", "logloss", "T*", "ll at T*"
    );
    println!(
        "{:<30} {:>5} {:>6.3} {:>6.3} {:>7.4}",
        "majority class", majority.n, majority.accuracy, majority.brier, majority.log_loss
    );
    for ((name, s), (t, ll)) in candidates.iter().zip(pooled).zip(tempered) {
        println!(
            "{:<30} {:>5} {:>6.3} {:>6.3} {:>7.4} {:>5.2} {:>9.4}",
            name, s.n, s.accuracy, s.brier, s.log_loss, t, ll
        );
    }
}
