//! Command-line arguments (clap derive).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// comity: who recognises whom, since when, according to whom — as of any date.
#[derive(Debug, Parser)]
#[command(name = "comity", version, about, long_about = None)]
pub struct Cli {
    /// Database file (default: comity.sqlite in the user's data directory).
    #[arg(long, global = true, env = "COMITY_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Output format.
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,

    /// More log output (-v info, -vv debug), on standard error.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// How results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned text for people, readable in 80 columns.
    Table,
    /// Stable JSON (keys documented in the README).
    Json,
    /// CSV with a header row.
    Csv,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Does A recognise B, and do they have diplomatic relations, as of a date?
    Status(StatusArgs),
    /// Who recognises B (among a group) as of a date, under a counting policy.
    Recognitions(RecognitionsArgs),
    /// Dated claims about an actor (or a pair), with their sources.
    Timeline(TimelineArgs),
    /// One row per partially recognised or disputed entity: recognising UN members, last change.
    Entities(EntitiesArgs),
    /// The field seen from one state: which entities it recognises, since when, according to whom.
    RecognisedBy(RecognisedByArgs),
    /// List or search actors (any name, alias, demonym or code).
    Actors(ActorsArgs),
    /// A group's members on a day (or an actor's memberships), with dates and sources.
    Members(crate::cmd::members::MembersArgs),
    /// List claims, filtered.
    Claims(ClaimsArgs),
    /// List sources, or show one with the claims that cite it.
    Sources(SourcesArgs),
    /// Import claims (CSV or JSON) in one transaction.
    Import(ImportArgs),
    /// Export claims and sources (CSV or JSON).
    Export(ExportArgs),
    /// Ingest documents (text, HTML, Markdown/wiki): clean, detect copies, propose claims.
    Ingest(IngestArgs),
    /// Accept or reject proposed claims (accepted claims enter the ledger).
    Review(ReviewArgs),
    /// Score extracted claims against a gold file (the SCHEMA.md matching rule).
    Eval(EvalArgs),
    /// International bodies and their admission rules (data/bodies.toml).
    Bodies,
    /// Replay a recorded vote under its body's rule (e.g. unesco-gc-2015).
    Replay(ReplayArgs),
    /// What-if: simulate a candidate's admission by a body or procedure.
    Simulate(SimulateArgs),
    /// Fit the ledger-based stance model on some recorded votes and validate it on others
    /// (`--votes`: the validation table of the UNGA vote-prediction models instead).
    Model(ModelArgs),
    /// Ideal points from UN General Assembly roll calls: fit, show, export.
    Ideal(crate::cmd::ideal::IdealArgs),
    /// Predict how states would vote on a motion.
    Predict(crate::cmd::ideal::PredictArgs),
    /// Serve the web page and the HTTP API (127.0.0.1:8080 by default).
    Serve(crate::cmd::serve::ServeArgs),
    /// Draw an entity's recognition map as SVG or PNG.
    Map(crate::cmd::map::MapArgs),
}

/// Arguments of `comity status`.
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// The recognising actor (any name or code: Russia, RU, RUS).
    pub a: String,
    /// The recognised actor.
    pub b: String,
    /// The day to answer for: YYYY-MM-DD (YYYY-MM or YYYY mean their last day), `today` or `yesterday`.
    #[arg(long, default_value = "today")]
    pub as_of: String,
    /// Use only claims with a source of this grade or stronger
    /// (official, wire, media, wikipedia, aggregator, partisan).
    #[arg(long)]
    pub min_grade: Option<String>,
}

/// Arguments of `comity recognitions`.
#[derive(Debug, Args)]
pub struct RecognitionsArgs {
    /// The recognised actor.
    pub b: String,
    /// The day: YYYY-MM-DD (YYYY-MM or YYYY mean their last day), `today` or `yesterday`.
    #[arg(long, default_value = "today")]
    pub as_of: String,
    /// Count members of this group on that day: un (the default), eu, nato, g20, oic, coe, p5,
    /// unesco, interpol … (id or name), or `all` for every state and entity in the ledger.
    #[arg(long)]
    pub among: Option<String>,
    /// How withdrawals and suspensions count: confirmed (default), never-subtract,
    /// subtract-claimed, kosovo-mfa, serbia-mfa, sadr, morocco (see the README).
    #[arg(long, default_value = "confirmed")]
    pub policy: String,
    /// Use only claims with a source of this grade or stronger.
    #[arg(long)]
    pub min_grade: Option<String>,
}

/// Arguments of `comity entities`.
#[derive(Debug, Args)]
pub struct EntitiesArgs {
    /// The day: YYYY-MM-DD (YYYY-MM or YYYY mean their last day), `today` or `yesterday`.
    #[arg(long, default_value = "today")]
    pub as_of: String,
    /// Counting policy (as for `recognitions`).
    #[arg(long, default_value = "confirmed")]
    pub policy: String,
    /// Use only claims with a source of this grade or stronger.
    #[arg(long)]
    pub min_grade: Option<String>,
}

/// Arguments of `comity recognised-by`.
#[derive(Debug, Args)]
pub struct RecognisedByArgs {
    /// The recognising state (any name or code).
    pub state: String,
    /// The day: YYYY-MM-DD (YYYY-MM or YYYY mean their last day), `today` or `yesterday`.
    #[arg(long, default_value = "today")]
    pub as_of: String,
    /// Use only claims with a source of this grade or stronger.
    #[arg(long)]
    pub min_grade: Option<String>,
}

/// Arguments of `comity timeline`.
#[derive(Debug, Args)]
pub struct TimelineArgs {
    /// The actor.
    pub a: String,
    /// Only claims that also name this actor.
    pub b: Option<String>,
}

/// Arguments of `comity actors`.
#[derive(Debug, Args)]
pub struct ActorsArgs {
    /// Part of a name, alias, demonym or code.
    pub query: Option<String>,
}

/// Arguments of `comity claims`.
#[derive(Debug, Args)]
pub struct ClaimsArgs {
    /// Only claims with this subject.
    #[arg(long)]
    pub subject: Option<String>,
    /// Only claims with this object.
    #[arg(long)]
    pub object: Option<String>,
    /// Only claims with this predicate (recognises, withdraws-recognition, …).
    #[arg(long)]
    pub predicate: Option<String>,
    /// Only claims with this review status (proposed, accepted, rejected).
    #[arg(long)]
    pub status: Option<String>,
    /// Only claims made by this claimant (an actor id such as SRB, or media, wikipedia …).
    #[arg(long)]
    pub claimant: Option<String>,
}

/// Arguments of `comity sources`.
#[derive(Debug, Args)]
pub struct SourcesArgs {
    /// Show this source and the claims that cite it.
    pub id: Option<String>,
    /// Show which ingested documents share which passages, and how much.
    #[arg(long, conflicts_with = "id")]
    pub copies: bool,
}

/// Arguments of `comity import`.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ImportArgs {
    /// Import something other than claims.
    #[command(subcommand)]
    pub what: Option<ImportWhat>,
    /// Files: claims as CSV (the data/claims.csv columns, plus an optional `status`; rows
    /// default to `proposed`) or JSON (`{"sources": [...], "claims": [...]}` as exported).
    pub files: Vec<PathBuf>,
}

/// What else `comity import` can import.
#[derive(Debug, Subcommand)]
pub enum ImportWhat {
    /// UN General Assembly roll calls (un_votes.csv[.gz], un_roll_calls.csv[.gz],
    /// un_roll_call_issues.csv[.gz] from the R package `unvotes`) from a folder.
    Unvotes {
        /// The folder holding the three files.
        dir: PathBuf,
    },
}

/// Arguments of `comity export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Write to this file instead of standard output.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// What to export.
    #[arg(long, value_enum, default_value_t = ExportWhat::Claims)]
    pub what: ExportWhat,
}

/// What `comity export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportWhat {
    /// Claims.
    Claims,
    /// Sources.
    Sources,
    /// Recognitions and relations as Wikidata-style rows (P530 diplomatic relation and
    /// recognition statements: subject, object, start, end, rank, reference URL), one row
    /// per claim, so disputes stay separate rows an editor can check.
    Wikidata,
}

/// Arguments of `comity replay`.
#[derive(Debug, Args)]
pub struct ReplayArgs {
    /// Recorded vote id (see `comity replay --list`); omit to list them.
    pub vote: Option<String>,
}

/// Arguments of `comity simulate`.
#[derive(Debug, Args)]
pub struct SimulateArgs {
    /// A procedure (`un`, `un.admission`, `unesco.admission-non-un`, `coe`, `interpol` …) or a body (`un.sc`, `unesco.gc`).
    pub body: String,
    /// The candidate (any name or code).
    pub candidate: String,
    /// The day whose rosters and recognition statuses are used: YYYY-MM-DD (YYYY-MM or YYYY mean their last day), `today` or `yesterday`.
    #[arg(long, default_value = "today")]
    pub as_of: String,
    /// Fix some ballots: `ESP=yes,GRC=abstain` (yes|no|abstain|absent).
    #[arg(long)]
    pub assume: Option<String>,
    /// Stance model: `ledger` (recognition status, fitted on recorded votes) or `ideal` (ideal points).
    #[arg(long, default_value = "ledger")]
    pub model: String,
    /// Recorded votes the ledger model is fitted on (comma-separated ids).
    #[arg(long, value_delimiter = ',', default_values_t = comity::rules::DEFAULT_FIT.map(String::from))]
    pub fit_on: Vec<String>,
}

/// Arguments of `comity model`.
#[derive(Debug, Args)]
pub struct ModelArgs {
    /// Recorded votes to fit on (comma-separated ids).
    #[arg(long, value_delimiter = ',', default_values_t = comity::rules::DEFAULT_FIT.map(String::from))]
    pub fit_on: Vec<String>,
    /// Recorded votes to validate on (never one fitted on).
    #[arg(long, value_delimiter = ',', default_values_t = comity::rules::DEFAULT_VALIDATE.map(String::from))]
    pub validate_on: Vec<String>,
    /// Print instead the validation table of the UNGA vote-prediction models (what
    /// `comity ideal validate` prints; needs `comity import unvotes` first; minutes;
    /// docs/ideal.md).
    #[arg(long, conflicts_with_all = ["fit_on", "validate_on"])]
    pub votes: bool,
    /// With --votes: only these votes (comma-separated ids, e.g. un-ga-63-3).
    #[arg(long, value_delimiter = ',', requires = "votes")]
    pub vote: Vec<String>,
    /// With --votes: worker threads for the ideal-point fits.
    #[arg(long, requires = "votes")]
    pub threads: Option<usize>,
}

/// Arguments of `comity ingest`.
#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Files or folders (read recursively).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Who labels the candidates the frames could not decide: `learned` (the built-in classifier
    /// learned from the annotated development half), `llm` (the model at --llm-endpoint) or
    /// `none`. Default: `llm` when an endpoint is given, else the learned decider when its weights
    /// file says it is on by default (decided by cross-validation; crates/comity-ingest/README.md),
    /// else `none`.
    #[arg(long, env = "COMITY_DECIDER", value_enum)]
    pub decider: Option<DeciderChoice>,
    /// Optional model decider: an OpenAI-compatible chat-completions endpoint
    /// (`http://127.0.0.1:8080` for llama-server, `http://127.0.0.1:11434` for Ollama) asked to
    /// label the candidates the frames could not decide. Its answers must echo the candidate's span
    /// and name a label of a fixed set, else they are dropped. Plain http only.
    #[arg(long, env = "COMITY_LLM_ENDPOINT", value_name = "URL")]
    pub llm_endpoint: Option<String>,
    /// With --llm-endpoint: the model name sent in each request.
    #[arg(long, env = "COMITY_LLM_MODEL", default_value = "default")]
    pub llm_model: String,
    /// With --llm-endpoint: seconds to wait for one answer (one retry after a failure).
    #[arg(long, default_value_t = 30.0)]
    pub llm_timeout: f64,
    /// With --llm-endpoint: requests in flight at most.
    #[arg(long, default_value_t = 2)]
    pub llm_concurrency: usize,
}

/// The decider of `comity ingest`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DeciderChoice {
    /// The built-in classifier (`comity_ingest::learned`).
    Learned,
    /// The model behind --llm-endpoint.
    Llm,
    /// No decider: the rules' and frames' claims only.
    None,
}

/// Arguments of `comity review`.
#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// accept or reject.
    #[arg(value_enum)]
    pub decision: Decision,
    /// Claim ids.
    pub ids: Vec<String>,
    /// Every proposed claim (optionally only those at or above --min-confidence).
    #[arg(long)]
    pub all_proposed: bool,
    /// With --all-proposed: only claims with at least this confidence (0 to 1).
    #[arg(long, default_value_t = 0.0, value_parser = confidence)]
    pub min_confidence: f64,
}

/// A confidence: a number from 0 to 1 (review 9: `--min-confidence 2` and `nan` were taken and
/// accepted nothing, in silence).
fn confidence(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        Ok(_) => Err(format!(
            "{s:?} is outside 0..1: a confidence is a number from 0 to 1"
        )),
        Err(_) => Err(format!(
            "{s:?} is not a number: expected a confidence from 0 to 1, e.g. 0.6"
        )),
    }
}

/// A review decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Decision {
    /// The claim enters the ledger.
    Accept,
    /// The claim is kept for the record but never used.
    Reject,
}

/// Arguments of `comity eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// What to evaluate.
    #[command(subcommand)]
    pub what: EvalWhat,
}

/// What `comity eval` scores.
#[derive(Debug, Subcommand)]
pub enum EvalWhat {
    /// Extracted claims against gold claims (JSON lines, SCHEMA.md).
    Claims {
        /// Gold claims (JSON lines).
        #[arg(long)]
        gold: PathBuf,
        /// Predicted claims (JSON lines, e.g. from `comity ingest … --format json`).
        #[arg(long)]
        predicted: PathBuf,
    },
}
