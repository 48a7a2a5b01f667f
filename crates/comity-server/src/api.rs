//! The `/api/v1` handlers. Every handler is listed in the OpenAPI document through
//! `utoipa-axum`'s `routes!`, so the document cannot miss a route the router serves.

use std::sync::Arc;

use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use comity::{normalise, ClaimStatus, Policy, Predicate};
use serde::Deserialize;
use serde_json::{json, Value};
use utoipa::{IntoParams, OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ErrorBody};
use crate::json::{actor_ref as actor_json, claim as claim_json, describe, simulation_json};
use crate::json::{recognitions as recognitions_json, status as status_json};
use crate::{AppState, Snapshot};
use axum::body::Bytes;

type S = State<Arc<AppState>>;
type ApiResult = Result<Json<Value>, ApiError>;
type Answer = Result<Response, ApiError>;

const JSON_TYPE: &str = "application/json";

/// The answer kept under `key` in the snapshot's cache, or computed by `f` from the
/// snapshot's ledger on a blocking thread (and kept). `key` must name the endpoint and every
/// input of the answer, "today" included.
async fn cached<F>(snap: &Arc<Snapshot>, key: String, content_type: &'static str, f: F) -> Answer
where
    F: FnOnce(&Snapshot) -> Result<Vec<u8>, ApiError> + Send + 'static,
{
    let s2 = Arc::clone(snap);
    let body = snap
        .answers
        .get_or_compute(key, || async move {
            // At most two computations per core at once: a burst of distinct missing answers
            // queues here instead of filling the blocking pool.
            let _permit = computations()
                .acquire()
                .await
                .map_err(|e| ApiError::internal(e.to_string()))?;
            tokio::task::spawn_blocking(move || f(&s2).map(Bytes::from)).await?
        })
        .await?;
    Ok(([(axum::http::header::CONTENT_TYPE, content_type)], body).into_response())
}

fn computations() -> &'static tokio::sync::Semaphore {
    static S: std::sync::OnceLock<tokio::sync::Semaphore> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        tokio::sync::Semaphore::new(2 * cores)
    })
}

/// A JSON answer, cached as [`cached`].
async fn cached_json<F>(snap: &Arc<Snapshot>, key: String, f: F) -> Answer
where
    F: FnOnce(&Snapshot) -> Result<Value, ApiError> + Send + 'static,
{
    cached(snap, key, JSON_TYPE, move |s| {
        let v = f(s)?;
        serde_json::to_vec(&v).map_err(|e| ApiError::internal(e.to_string()))
    })
    .await
}

/// A cache key from the endpoint and its inputs (separated by a byte no input contains
/// unescaped: inputs are shown with `{:?}`).
fn key(parts: &[&dyn std::fmt::Debug]) -> String {
    let mut k = String::new();
    for p in parts {
        k.push_str(&format!("{p:?}\u{1f}"));
    }
    k
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "comity",
        description = "Who recognises whom, since when, according to whom, as of any date. JSON bodies are the shapes of `comity … --format json` (see the README). Errors are `{error, detail, hint}`. A query parameter an endpoint does not list, or one given twice, is refused (400 naming it and the accepted ones); a name that fits several actors (\"Congo\") is a 400 listing them. Dates are YYYY-MM-DD, or YYYY-MM / YYYY meaning their last day, today or yesterday.",
        license(name = "MIT OR Apache-2.0")
    ),
    components(schemas(ErrorBody, ReviewRequest, crate::published::PublishedCount)),
    tags(
        (name = "ledger", description = "Status, recognitions, timelines, actors, claims, sources"),
        (name = "rules", description = "Bodies, recorded votes, simulations"),
        (name = "review", description = "Proposed claims and decisions (writes need the token)"),
        (name = "map", description = "The world map")
    )
)]
struct ApiDoc;

/// The API router (paths under `/api/v1`) with its OpenAPI document.
pub fn router() -> OpenApiRouter<Arc<AppState>> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(meta))
        .routes(routes!(status))
        .routes(routes!(recognitions))
        .routes(routes!(series))
        .routes(routes!(published_counts))
        .routes(routes!(timeline))
        .routes(routes!(actors))
        .routes(routes!(entities))
        .routes(routes!(entities_overview))
        .routes(routes!(claims))
        .routes(routes!(sources))
        .routes(routes!(export_wikidata))
        .routes(routes!(source))
        .routes(routes!(bodies))
        .routes(routes!(votes))
        .routes(routes!(replay))
        .routes(routes!(simulate))
        .routes(routes!(members))
        .routes(routes!(memberships))
        .routes(routes!(recognised_by))
        .routes(routes!(ideal))
        .routes(routes!(review_queue))
        .routes(routes!(review_decide))
        .routes(routes!(import))
        .routes(routes!(map_data))
        .routes(routes!(map_svg))
        .routes(routes!(map_shapes))
}

/// No query parameters: any given is refused (a misspelt one would otherwise be ignored).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoParams {}

/// `as_of` and `min_grade`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct AsOf {
    /// YYYY-MM-DD (YYYY-MM or YYYY mean their last day) or `today` (the default).
    as_of: Option<String>,
    /// Read only claims with a source of at least this grade (official, wire, media, wikipedia, aggregator, partisan), as the CLI's `--min-grade`: no list of recognisers is read as complete, and the answer says what was left out.
    min_grade: Option<String>,
}

/// Parameters of recognitions and the map.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct RecognitionsQuery {
    /// YYYY-MM-DD (YYYY-MM or YYYY mean their last day) or `today` (the default).
    as_of: Option<String>,
    /// A group id (un — the default —, eu, nato, g20, oic, coe, p5, unesco, interpol …), or `all` for every state and entity.
    among: Option<String>,
    /// kosovo-mfa, serbia-mfa or confirmed (the default).
    policy: Option<String>,
    /// Read only claims with a source of at least this grade (official, wire, media, wikipedia, aggregator, partisan), as the CLI's `--min-grade`: no list of recognisers is read as complete, and the answer says what was left out.
    min_grade: Option<String>,
}

fn err<E: Into<ApiError>>(e: E) -> ApiError {
    e.into()
}

fn day_on(today: jiff::civil::Date, as_of: Option<&str>) -> Result<jiff::civil::Date, ApiError> {
    day_param(today, "as_of", as_of)
}

/// The day the query parameter `name` gives (`today` when absent), its error naming `name`
/// (review 18: the series' `from` was reported as `as_of`).
fn day_param(
    today: jiff::civil::Date,
    name: &str,
    value: Option<&str>,
) -> Result<jiff::civil::Date, ApiError> {
    let s = value.unwrap_or("today");
    comity::parse_as_of(s, today).map_err(|e| {
        let mut a = ApiError::from(e);
        // The parser's reason ("year must have 4 digits") names a part it guessed at; say
        // first what was given and what is expected.
        a.body.detail = format!(
            "{name} {}: expected YYYY-MM-DD, YYYY-MM, YYYY, today or yesterday ({})",
            crate::error::echo(s),
            a.body.detail
        );
        a.body.error = "bad-date".into();
        a.body.hint =
            "dates are YYYY-MM-DD (YYYY-MM or YYYY mean their last day), today or yesterday".into();
        a
    })
}

/// The snapshot's ledger under `min_grade` (the CLI's `--min-grade`; review 16: the API had
/// no way to ask the filtered question).
fn graded(s: &Snapshot, min_grade: Option<&str>) -> Result<Arc<comity::Ledger>, ApiError> {
    let g = match min_grade.map(str::trim) {
        None | Some("") => None,
        Some(g) => Some(g.parse::<comity::Grade>().map_err(|why| {
            ApiError::bad_request(
                format!("min_grade {}: expected {why}", crate::error::echo(g)),
                "min_grade keeps the claims with a source of at least that grade",
            )
        })?),
    };
    Ok(s.ledger_at(g)?)
}

fn policy(p: Option<&str>) -> Result<Policy, ApiError> {
    p.unwrap_or("confirmed").parse().map_err(err)
}

/// As the CLI: UN members by default, `all` for every state and entity.
fn among(a: Option<&str>) -> Option<&str> {
    match a.map(str::trim) {
        None | Some("") => Some("un"),
        Some("all") => None,
        Some(g) => Some(g),
    }
}

/// The server's "today" (fixed by `COMITY_TODAY` or the system date) and version.
#[utoipa::path(get, path = "/api/v1/meta", tag = "ledger",
    responses((status = 200, description = "`{today, version, policies: [{name, description}]}`", body = Object)))]
async fn meta(State(st): S, np: Result<Query<NoParams>, QueryRejection>) -> ApiResult {
    let Query(NoParams {}) = np?;
    let policies: Vec<Value> = Policy::ALL
        .iter()
        .map(|p| json!({"name": p.name(), "description": p.describe()}))
        .collect();
    Ok(Json(json!({
        "today": st.today().to_string(),
        "version": env!("CARGO_PKG_VERSION"),
        "policies": policies,
    })))
}

/// Does A recognise B, and do they have diplomatic relations, as of a date.
#[utoipa::path(get, path = "/api/v1/status/{a}/{b}", tag = "ledger",
    params(("a" = String, Path, description = "The recognising actor (any name or code)"),
           ("b" = String, Path, description = "The recognised actor"), AsOf),
    responses((status = 200, description = "`comity status A B --format json`", body = Object),
              (status = 400, description = "Malformed date or grade; an ambiguous name; the same actor twice; an organisation or a place, which recognises nothing", body = ErrorBody),
              (status = 404, description = "Unknown actor, with suggestions", body = ErrorBody)))]
async fn status(
    State(st): S,
    p: Result<Path<(String, String)>, PathRejection>,
    q: Result<Query<AsOf>, QueryRejection>,
) -> Answer {
    let Path((a, b)) = p?;
    let Query(q) = q?;
    let snap = st.snapshot();
    let today = st.today();
    let k = key(&[&"status", &a, &b, &q.as_of, &q.min_grade, &today]);
    cached_json(&snap, k, move |s| {
        let ledger = &*graded(s, q.min_grade.as_deref())?;
        let x = ledger.resolve(&a)?;
        let y = ledger.resolve(&b)?;
        // The CLI's check (`comity status`): the same pairs refused with the same reason.
        comity::Ledger::check_pair(x, y).map_err(|e| {
            let mut a = ApiError::from(e);
            a.body.hint = "ask about two different states or entities; for the members of an \
                           organisation use /api/v1/recognitions/{entity}?among=GROUP"
                .into();
            a
        })?;
        let d = day_on(today, q.as_of.as_deref())?;
        let st = ledger.status(&x.id, &y.id, d, today);
        Ok(status_json(ledger, &st))
    })
    .await
}

/// Who recognises an entity (among a group) as of a date, under a counting policy.
#[utoipa::path(get, path = "/api/v1/recognitions/{entity}", tag = "ledger",
    params(("entity" = String, Path, description = "The recognised actor"), RecognitionsQuery),
    responses((status = 200, description = "`comity recognitions B --format json`, with `ceased` (`{date, claim}` when the entity had ceased to exist by the day: its \"not recognising\" are no refusals) and `notes` (what the CLI says beside the counts, in words)", body = Object),
              (status = 400, description = "Malformed date, unknown group or policy", body = ErrorBody),
              (status = 404, description = "Unknown actor", body = ErrorBody)))]
async fn recognitions(
    State(st): S,
    p: Result<Path<String>, PathRejection>,
    q: Result<Query<RecognitionsQuery>, QueryRejection>,
) -> Answer {
    let Path(b) = p?;
    let Query(q) = q?;
    let snap = st.snapshot();
    let today = st.today();
    let k = key(&[
        &"recognitions",
        &b,
        &q.as_of,
        &q.among,
        &q.policy,
        &q.min_grade,
        &today,
    ]);
    cached_json(&snap, k, move |s| {
        let ledger = &*graded(s, q.min_grade.as_deref())?;
        let b = ledger.resolve(&b)?;
        let d = day_on(today, q.as_of.as_deref())?;
        let pol = policy(q.policy.as_deref())?;
        let r = ledger.recognitions(&b.id, d, among(q.among.as_deref()), pol, today)?;
        Ok(recognitions_json(ledger, &r))
    })
    .await
}

/// Parameters of the counts over time.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct SeriesQuery {
    /// A group id; the default is `un` (recognising UN members).
    among: Option<String>,
    /// First day (default: the entity's declaration, or 30 years ago); a month or a year starts on its first day.
    from: Option<String>,
    /// Last day (default: today).
    to: Option<String>,
}

/// Recognitions counted once a month (and on the last day) under every policy: the data of the
/// counts-over-time chart. A range of more than 1,200 months is counted every `step_months`
/// months, with a `note` saying so.
#[utoipa::path(get, path = "/api/v1/recognitions/{entity}/series", tag = "ledger",
    params(("entity" = String, Path, description = "The recognised actor"), SeriesQuery),
    responses((status = 200, description = "`{object, among, from, to, step_months, note, points: [{as_of, recognising: {policy: n}, uncertain: {policy: n}, not_recorded, total}]}`: a pair uncertain under one policy may be certain under another", body = Object),
              (status = 400, description = "Malformed date or unknown group", body = ErrorBody),
              (status = 404, description = "Unknown actor", body = ErrorBody)))]
async fn series(
    State(st): S,
    p: Result<Path<String>, PathRejection>,
    q: Result<Query<SeriesQuery>, QueryRejection>,
) -> Answer {
    let Path(b) = p?;
    let Query(q) = q?;
    let snap = st.snapshot();
    let today = st.today();
    let k = key(&[&"series", &b, &q.among, &q.from, &q.to, &today]);
    cached_json(&snap, k, move |s| series_value(&s.ledger, &b, &q, today)).await
}

fn series_value(
    ledger: &comity::Ledger,
    b: &str,
    q: &SeriesQuery,
    today: jiff::civil::Date,
) -> Result<Value, ApiError> {
    let id = ledger.resolve(b)?.id.clone();
    let to = day_param(today, "to", q.to.as_deref())?;
    let from = match q.from.as_deref() {
        // A start given as a month or a year starts on its first day ("from=2010" was read as
        // 2010-12-31, the as_of reading, and skipped the year; review 18).
        Some(f) => match f.trim().parse::<comity::Date>().ok().and_then(|d| {
            (d.bound() == comity::Bound::Exact)
                .then(|| d.bounds())
                .flatten()
        }) {
            Some((first, _)) => first,
            None => day_param(today, "from", Some(f))?,
        },
        // `Ledger::series_start`; else 30 years.
        None => ledger
            .series_start(&id)
            .unwrap_or_else(|| to.saturating_sub(jiff::Span::new().years(30))),
    };
    if from > to {
        return Err(ApiError::bad_request(
            format!("from {from} is after to {to}"),
            "give from <= to",
        ));
    }
    let group = q.among.clone().unwrap_or_else(|| "un".into());
    ledger.group(&group)?;
    // Month steps counted from the start, so that a start on the 31st stays on each month's
    // last day instead of drifting to the 28th after February (review 18).
    // At most MAX_POINTS counted days: a longer range is counted every `step` months, said in
    // the answer (review 21: Taiwan from 1912 stopped at 2011-12 and jumped to the last day,
    // fifteen years missing without a word).
    const MAX_POINTS: i64 = 1200;
    let months = i64::from(to.year() - from.year()) * 12 + i64::from(to.month() - from.month());
    let step = ((months + MAX_POINTS - 1) / MAX_POINTS).max(1);
    let mut days = Vec::new();
    let mut i = 0i64;
    loop {
        let d = from.saturating_add(jiff::Span::new().months(i * step));
        if d >= to || i >= MAX_POINTS {
            break;
        }
        days.push(d);
        i += 1;
    }
    days.push(to);
    let note = (step > 1).then(|| {
        format!(
            "the range spans {months} months: counted every {step} months from {from} (at most {MAX_POINTS} points) and on {to}"
        )
    });
    let mut points = Vec::new();
    for d in days {
        let r = ledger.recognitions(&id, d, Some(&group), Policy::CONFIRMED, today)?;
        let by: serde_json::Map<String, Value> = Policy::ALL
            .iter()
            .map(|p| (p.as_str().to_string(), json!(r.recognising_under(*p))))
            .collect();
        let uncertain: serde_json::Map<String, Value> = Policy::ALL
            .iter()
            .map(|p| (p.as_str().to_string(), json!(r.uncertain_under(*p))))
            .collect();
        let c = r.counts();
        // Not recorded (no claim) is its own count, never folded into "not recognising".
        // A pair may be uncertain under one policy and certain under another: the
        // uncertain count is per policy, like the recognising one.
        points.push(json!({"as_of": d.to_string(), "recognising": by, "uncertain": uncertain, "not_recorded": c.not_recorded, "total": c.total}));
    }
    Ok(json!({
        "object": {"id": id},
        "among": q.among.clone().unwrap_or_else(|| "un".into()),
        "from": from.to_string(),
        "to": to.to_string(),
        "step_months": step,
        "note": note,
        "points": points,
    }))
}

/// Counts of recognitions published by third parties (Wikipedia revisions and mirrors, news
/// stories, foreign ministries) with their sources: the points of the counts-over-time chart.
/// Transcribed from the entity's `shared/data/<entity>/SOURCES.md` tables
/// (`data/published_counts.csv`); a month- or year-only "as of" keeps its precision (`start`
/// and `end` are the first and last day it can mean).
#[utoipa::path(get, path = "/api/v1/published-counts/{entity}", tag = "ledger",
    params(("entity" = String, Path, description = "The recognised actor")),
    responses((status = 200, description = "`{object: {id, name}, counts: [PublishedCount]}` by start date (empty when none is transcribed)", body = Object),
              (status = 404, description = "Unknown actor, with suggestions", body = ErrorBody)))]
async fn published_counts(
    State(st): S,
    p: Result<Path<String>, PathRejection>,
    np: Result<Query<NoParams>, QueryRejection>,
) -> ApiResult {
    let Path(b) = p?;
    let Query(NoParams {}) = np?;
    let ledger = st.ledger();
    let id = ledger.resolve(&b)?.id.clone();
    let rows = crate::published::of(&id).map_err(ApiError::internal)?;
    Ok(Json(json!({
        "object": actor_json(&ledger, &id),
        "counts": rows,
    })))
}

/// `other` of a timeline.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct TimelineQuery {
    /// Only claims that also name this actor.
    other: Option<String>,
}

/// Dated claims about an actor (or a pair), with their sources.
#[utoipa::path(get, path = "/api/v1/timeline/{actor}", tag = "ledger",
    params(("actor" = String, Path, description = "The actor"), TimelineQuery),
    responses((status = 200, description = "`comity timeline A [B] --format json`", body = Object),
              (status = 404, description = "Unknown actor", body = ErrorBody)))]
async fn timeline(
    State(st): S,
    p: Result<Path<String>, PathRejection>,
    q: Result<Query<TimelineQuery>, QueryRejection>,
) -> ApiResult {
    let Path(a) = p?;
    let Query(q) = q?;
    let ledger = st.ledger();
    let x = ledger.resolve(&a)?;
    let y = q.other.as_deref().map(|b| ledger.resolve(b)).transpose()?;
    if let Some(y) = y {
        comity::Ledger::check_distinct(x, y)?;
    }
    let claims = ledger.timeline(&x.id, y.map(|y| y.id.as_str()));
    // The shape of `comity timeline --format json`: each claim with its text and the claim
    // whose sentence it copies.
    Ok(Json(comity::json::timeline(
        &ledger,
        &x.id,
        y.map(|y| y.id.as_str()),
        &claims,
    )))
}

/// Actor search.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ActorsQuery {
    /// Part of a name, alias, demonym or code.
    q: Option<String>,
    /// Only actors of this kind (state, entity, organisation …).
    kind: Option<String>,
}

/// List or search actors.
#[utoipa::path(get, path = "/api/v1/actors", tag = "ledger", params(ActorsQuery),
    responses((status = 200, description = "`comity actors [Q] --format json`", body = Object),
              (status = 400, description = "Bad parameters", body = ErrorBody),
              (status = 404, description = "Nothing matches; suggestions", body = ErrorBody)))]
async fn actors(State(st): S, q: Result<Query<ActorsQuery>, QueryRejection>) -> ApiResult {
    let Query(q) = q?;
    let ledger = st.ledger();
    let key = q.q.as_deref().map(normalise).unwrap_or_default();
    let kind: Option<comity::ActorKind> = q
        .kind
        .as_deref()
        .map(|k| {
            k.trim().parse().map_err(|e| {
                ApiError::bad_request(
                    format!("kind {k:?}: expected {e}"),
                    "omit kind for every actor",
                )
            })
        })
        .transpose()?;
    let found: Vec<&comity::Actor> = ledger
        .actors()
        .iter()
        .filter(|x| kind.is_none_or(|k| x.kind == k))
        .filter(|x| {
            key.is_empty()
                || normalise(&x.id) == key
                || x.iso2.as_deref().is_some_and(|c| normalise(c) == key)
                || std::iter::once(&x.name)
                    .chain(x.aliases.iter())
                    .chain(x.demonyms.iter())
                    .any(|n| normalise(n).contains(&key))
        })
        .collect();
    if found.is_empty() {
        if let Some(name) = q.q.as_deref().filter(|s| !s.trim().is_empty()) {
            ledger.resolve(name)?;
        }
    }
    Ok(Json(
        serde_json::to_value(&found).map_err(|e| ApiError::internal(e.to_string()))?,
    ))
}

/// Parameters of the entities overview.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct OverviewQuery {
    /// YYYY-MM-DD (YYYY-MM or YYYY mean their last day), `today` (the default) or `yesterday`.
    as_of: Option<String>,
    /// A counting policy (confirmed — the default —, never-subtract, kosovo-mfa …).
    policy: Option<String>,
    /// Read only claims with a source of at least this grade (official, wire, media, wikipedia, aggregator, partisan), as the CLI's `--min-grade`: no list of recognisers is read as complete, and the answer says what was left out.
    min_grade: Option<String>,
}

/// Every partially recognised or disputed entity on a day: recognising UN members, uncertain,
/// disputed, suspended and not-recorded counts, whether it had ceased, and its last change —
/// the document of `comity entities --format json`.
#[utoipa::path(get, path = "/api/v1/entities/overview", tag = "ledger",
    params(OverviewQuery),
    responses((status = 200, description = "`comity entities --format json`: `{as_of, policy, entities: [{id, name, recognising_un_members, uncertain, disputed, suspended, not_recorded, ceased, last_change}]}`", body = Object),
              (status = 400, description = "Malformed date or unknown policy", body = ErrorBody)))]
async fn entities_overview(
    State(st): S,
    q: Result<Query<OverviewQuery>, QueryRejection>,
) -> Answer {
    let Query(q) = q?;
    let snap = st.snapshot();
    let today = st.today();
    let k = key(&[
        &"entities-overview",
        &q.as_of,
        &q.policy,
        &q.min_grade,
        &today,
    ]);
    cached_json(&snap, k, move |s| {
        let ledger = graded(s, q.min_grade.as_deref())?;
        let d = day_on(today, q.as_of.as_deref())?;
        let pol = policy(q.policy.as_deref())?;
        Ok(comity::json::entities(&ledger, d, pol, today)?)
    })
    .await
}

/// The entities one can pick on the page: actors of kind `entity`, plus Palestine and Taiwan,
/// each with the day its existence starts (the slider's first day).
#[utoipa::path(get, path = "/api/v1/entities", tag = "map",
    responses((status = 200, description = "`[{id, name, kind, since, begins, first_claim, series_start}]`: `since` the declaration's day, `begins` the actor table's beginning at its precision, `first_claim` `{id, date}` the earliest dated claim about it with its date at its precision, `series_start` the first day a series or the page's slider starts (the declaration, else the first day of the actor table's beginning, else the first day the earliest counted claim's date allows)", body = Object)))]
async fn entities(State(st): S, np: Result<Query<NoParams>, QueryRejection>) -> ApiResult {
    let Query(NoParams {}) = np?;
    let ledger = st.ledger();
    let list: Vec<Value> = ledger
        .actors()
        .iter()
        .filter(|a| a.kind == comity::ActorKind::Entity || a.id == "PSE" || a.id == "TWN")
        .map(|a| {
            let first = ledger.first_dated_claim(&a.id);
            json!({
                "id": a.id, "name": a.name, "kind": a.kind.as_str(),
                "since": ledger.existence_start(&a.id).map(|d| d.to_string()),
                // Its beginning in the actor table, at its precision ("1991"), when known.
                "begins": (!a.from.is_unknown()).then(|| a.from.to_string()),
                // The earliest dated claim's date at its precision ("2008" stays a year), and
                // the first day it allows, where the page's slider starts.
                "first_claim": first.map(|c| json!({"id": c.id, "date": c.date.to_string()})),
                "series_start": ledger.series_start(&a.id).map(|d| d.to_string()),
            })
        })
        .collect();
    Ok(Json(json!(list)))
}

/// Claim filters and paging.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ClaimsQuery {
    /// Only claims with this subject.
    subject: Option<String>,
    /// Only claims with this object.
    object: Option<String>,
    /// Only claims with this predicate (recognises, withdraws-recognition, …).
    predicate: Option<String>,
    /// Only claims with this review status (proposed, accepted, rejected).
    status: Option<String>,
    /// Only claims made by this claimant.
    claimant: Option<String>,
    /// Skip this many (default 0).
    offset: Option<usize>,
    /// At most this many (default 100, at most 1000).
    limit: Option<usize>,
}

/// List claims, filtered, a page at a time.
#[utoipa::path(get, path = "/api/v1/claims", tag = "ledger", params(ClaimsQuery),
    responses((status = 200, description = "`{total, offset, limit, claims: [claim]}`", body = Object),
              (status = 400, description = "Bad filter", body = ErrorBody),
              (status = 404, description = "Unknown actor", body = ErrorBody)))]
async fn claims(State(st): S, q: Result<Query<ClaimsQuery>, QueryRejection>) -> ApiResult {
    let Query(q) = q?;
    let ledger = st.ledger();
    let subject = q
        .subject
        .as_deref()
        .map(|s| ledger.resolve(s))
        .transpose()?;
    let object = q.object.as_deref().map(|s| ledger.resolve(s)).transpose()?;
    let predicate: Option<Predicate> = q
        .predicate
        .as_deref()
        .map(|p| {
            p.parse()
                .map_err(|e| ApiError::bad_request(format!("predicate {p:?}: expected {e}"), ""))
        })
        .transpose()?;
    let status: Option<ClaimStatus> = q
        .status
        .as_deref()
        .map(|p| {
            p.parse()
                .map_err(|e| ApiError::bad_request(format!("status {p:?}: expected {e}"), ""))
        })
        .transpose()?;
    // Resolved as the CLI's `--claimant`: a claimant kind of the ledger or an actor's name.
    let claimant = q
        .claimant
        .as_deref()
        .map(|w| ledger.resolve_claimant(w))
        .transpose()?;
    let all: Vec<&comity::Claim> = ledger
        .claims()
        .iter()
        .filter(|c| subject.is_none_or(|s| c.subject == s.id))
        .filter(|c| object.is_none_or(|o| c.object == o.id))
        .filter(|c| predicate.is_none_or(|p| c.predicate == p))
        .filter(|c| status.is_none_or(|s| c.status == s))
        .filter(|c| {
            claimant
                .as_deref()
                .is_none_or(|w| c.claimant.eq_ignore_ascii_case(w))
        })
        .collect();
    let offset = q.offset.unwrap_or(0);
    let limit = q.limit.unwrap_or(100).min(1000);
    let page: Vec<Value> = all
        .iter()
        .skip(offset)
        .take(limit)
        .map(|c| claim_json(&ledger, c))
        .collect();
    Ok(Json(
        json!({"total": all.len(), "offset": offset, "limit": limit, "claims": page}),
    ))
}

/// Every source.
#[utoipa::path(get, path = "/api/v1/sources", tag = "ledger",
    responses((status = 200, description = "`comity sources --format json`", body = Object)))]
async fn sources(State(st): S, np: Result<Query<NoParams>, QueryRejection>) -> ApiResult {
    let Query(NoParams {}) = np?;
    let ledger = st.ledger();
    Ok(Json(
        serde_json::to_value(&ledger.dataset().sources)
            .map_err(|e| ApiError::internal(e.to_string()))?,
    ))
}

/// Recognition and relations claims as rows a Wikidata editor can check: the rows of
/// `comity export --what wikidata --format json` (built by the library, so both give the same).
#[utoipa::path(get, path = "/api/v1/export/wikidata", tag = "ledger",
    responses((status = 200, description = "`comity export --what wikidata --format json`", body = Object)))]
async fn export_wikidata(State(st): S, np: Result<Query<NoParams>, QueryRejection>) -> Answer {
    let Query(NoParams {}) = np?;
    let snap = st.snapshot();
    let today = st.today();
    let k = key(&[&"export-wikidata", &today]);
    cached_json(&snap, k, move |s| {
        serde_json::to_value(comity::wikidata::rows(&s.ledger, today))
            .map_err(|e| ApiError::internal(e.to_string()))
    })
    .await
}

/// One source and the claims that cite it.
#[utoipa::path(get, path = "/api/v1/sources/{id}", tag = "ledger",
    params(("id" = String, Path, description = "Source id")),
    responses((status = 200, description = "`comity sources ID --format json`", body = Object),
              (status = 404, description = "Unknown source", body = ErrorBody)))]
async fn source(
    State(st): S,
    p: Result<Path<String>, PathRejection>,
    np: Result<Query<NoParams>, QueryRejection>,
) -> ApiResult {
    let Path(id) = p?;
    let Query(NoParams {}) = np?;
    let ledger = st.ledger();
    let s = ledger
        .source(&id)
        .ok_or_else(|| comity::Error::UnknownSource(id.clone()))?;
    let citing: Vec<Value> = ledger
        .claims()
        .iter()
        .filter(|c| c.sources.iter().any(|sp| sp.source == id))
        .map(|c| claim_json(&ledger, c))
        .collect();
    Ok(Json(json!({"source": s, "claims": citing})))
}

/// International bodies and their admission rules, and the procedures.
#[utoipa::path(get, path = "/api/v1/bodies", tag = "rules",
    responses((status = 200, description = "`comity bodies --format json`", body = Object)))]
async fn bodies(np: Result<Query<NoParams>, QueryRejection>) -> ApiResult {
    let Query(NoParams {}) = np?;
    let catalog = comity::rules::shipped_catalog()?;
    let v: Vec<Value> = catalog
        .bodies
        .iter()
        .map(|b| {
            json!({
                "id": b.id, "name": b.name, "roster_groups": b.roster.groups, "roster_size": b.roster.size,
                "rules": b.rules.iter().map(|(k, r)| json!({"kind": k, "rule": describe(&r.rule), "text": r.text, "sources": r.sources, "verified": r.verified, "note": r.note})).collect::<Vec<_>>(),
            })
        })
        .collect();
    let p: Vec<Value> = catalog
        .procedures
        .iter()
        .map(|p| json!({"id": p.id, "name": p.name, "stages": p.stages.iter().map(|s| format!("{}:{}", s.body, s.rule)).collect::<Vec<_>>(), "sources": p.sources}))
        .collect();
    Ok(Json(json!({"bodies": v, "procedures": p})))
}

/// The recorded votes that can be replayed.
#[utoipa::path(get, path = "/api/v1/votes", tag = "rules",
    responses((status = 200, description = "`[{id, date, body, motion, candidate, yes, no, abstain}]`", body = Object)))]
async fn votes(np: Result<Query<NoParams>, QueryRejection>) -> ApiResult {
    let Query(NoParams {}) = np?;
    let v: Vec<Value> = comity::rules::shipped_votes()?
        .iter()
        .map(|v| json!({"id": v.id, "date": v.date, "body": v.body, "motion": v.motion, "candidate": v.candidate, "yes": v.yes, "no": v.no, "abstain": v.abstain}))
        .collect();
    Ok(Json(json!(v)))
}

/// Replays a recorded vote under its body's rule.
#[utoipa::path(get, path = "/api/v1/replay/{vote}", tag = "rules",
    params(("vote" = String, Path, description = "Recorded vote id (see /api/v1/votes)")),
    responses((status = 200, description = "`comity replay ID --format json`", body = Object),
              (status = 400, description = "Unknown vote", body = ErrorBody)))]
async fn replay(
    State(st): S,
    p: Result<Path<String>, PathRejection>,
    np: Result<Query<NoParams>, QueryRejection>,
) -> ApiResult {
    let Path(id) = p?;
    let Query(NoParams {}) = np?;
    let ledger = st.ledger();
    let v = tokio::task::spawn_blocking(move || -> Result<Value, ApiError> {
        let r = comity::rules::replay(&ledger, &id)?;
        Ok(comity::json::replay(&r))
    })
    .await??;
    Ok(Json(v))
}

/// Simulation parameters.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct SimulateQuery {
    /// A procedure (`un`, `unesco.admission-non-un`, `coe` …) or a body (`un.sc`, `unesco.gc`).
    body: String,
    /// The candidate (any name or code).
    candidate: String,
    /// YYYY-MM-DD or `today` (the default).
    as_of: Option<String>,
    /// Fixed ballots: `ESP=yes,GRC=abstain` (yes|no|abstain|absent).
    assume: Option<String>,
    /// Stance model: `ledger` (the default: recognition status, fitted on recorded votes) or `ideal` (ideal points from the stored UN General Assembly fit), as the CLI's `--model`.
    model: Option<String>,
    /// Recorded votes the ledger model is fitted on, comma-separated (the default: interpol-ga-2018,coe-cm-2023), as the CLI's `--fit-on`.
    fit_on: Option<String>,
}

/// What-if: a candidate's admission by a body or procedure, with the ledger stance model
/// fitted on the default recorded votes: expected tallies, P(pass), likely vetoes with their
/// claims, votes needed.
#[utoipa::path(get, path = "/api/v1/simulate", tag = "rules", params(SimulateQuery),
    responses((status = 200, description = "`comity simulate BODY CANDIDATE --format json`, with `model_fitted_later` (`[{id, date}]`: the fitting votes held on or after the day simulated) and `notes` (the CLI table's warnings in words: later fitting votes, unverified rule texts, voters with no claim on the candidate)", body = Object),
              (status = 400, description = "Unknown body, malformed date or assumption", body = ErrorBody),
              (status = 404, description = "Unknown actor", body = ErrorBody)))]
async fn simulate(State(st): S, q: Result<Query<SimulateQuery>, QueryRejection>) -> Answer {
    let Query(q) = q?;
    let snap = st.snapshot();
    let today = st.today();
    let k = key(&[
        &"simulate",
        &q.body,
        &q.candidate,
        &q.as_of,
        &q.assume,
        &q.model,
        &q.fit_on,
        &today,
    ]);
    let db = st.db().to_path_buf();
    cached_json(&snap, k, move |s| {
        let ledger = &s.ledger;
        let cand = ledger.resolve(&q.candidate)?.id.clone();
        let d = day_on(today, q.as_of.as_deref())?;
        let mut assume = Vec::new();
        if let Some(text) = q.assume.as_deref().filter(|s| !s.trim().is_empty()) {
            for (name, ballot) in comity_rules::parse_assumptions(text)? {
                // A placeholder for a seat the ledger cannot fill is no actor: its holder on
                // the day is unknown, so no ballot of its own can be assumed (review 19: the
                // page offered one and the answer was "unknown actor").
                if name
                    .trim()
                    .to_ascii_lowercase()
                    .starts_with(comity::rules::UNKNOWN_SEAT)
                {
                    return Err(ApiError::bad_request(
                        format!(
                            "assume {}: a seat the ledger cannot fill (its holder on {d} is \
                             unknown), not an actor: no ballot can be assumed for it",
                            crate::error::echo(name.trim())
                        ),
                        "assume ballots of named members; an unknown seat keeps the average of \
                         the categories",
                    ));
                }
                assume.push((ledger.resolve(&name)?.id.clone(), ballot));
            }
        }
        // The CLI's `--model` and `--fit-on` (review 17: the API refused both).
        let fit_on: Vec<String> = match q.fit_on.as_deref().map(str::trim) {
            None | Some("") => comity::rules::DEFAULT_FIT.map(String::from).to_vec(),
            Some(list) => list
                .split(',')
                .map(|x| x.trim().to_string())
                .filter(|x| !x.is_empty())
                .collect(),
        };
        let store;
        let model = match q.model.as_deref().map(str::trim).unwrap_or("ledger") {
            "ledger" | "" => comity::rules::SimulationModel::Ledger(&fit_on),
            "ideal" => {
                if q.fit_on.is_some() {
                    return Err(ApiError::bad_request(
                        "fit_on is for model=ledger",
                        "the ideal-point model uses the stored fit (`comity ideal fit`)",
                    ));
                }
                store = comity::Store::open(&db)?;
                if store.ideal_fits()?.is_empty() {
                    return Err(ApiError::not_found(
                        "no ideal-point fit is stored in this database",
                        "import roll calls (`comity import unvotes DIR`) and fit (`comity ideal fit`) first",
                    ));
                }
                comity::rules::SimulationModel::Ideal(&store)
            }
            m => {
                return Err(ApiError::bad_request(
                    format!("model {}: expected ledger or ideal", crate::error::echo(m)),
                    "model is ledger (the default) or ideal",
                ))
            }
        };
        let (sim, fitted) =
            comity::rules::simulate_with(ledger, &q.body, &cand, d, model, &assume, today)
                .map_err(assume_words)?;
        Ok(simulation_json(&sim, &fitted, today))
    })
    .await
}

/// The library's refusal of an assumption names the CLI's flag ("--assume XKX: XKX is the
/// candidate …"); the API's parameter is `assume` (review 17).
fn assume_words(e: comity::Error) -> ApiError {
    let mut a = ApiError::from(e);
    if let Some(rest) = a.body.detail.strip_prefix("--assume ") {
        a.body.detail = format!("assume {rest}");
    }
    a
}

/// `as_of` alone.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct DayOnly {
    /// YYYY-MM-DD (YYYY-MM or YYYY mean their last day) or `today` (the default).
    as_of: Option<String>,
}

/// An unknown group in a path: 404 with the known ids as suggestions.
fn group_not_found(e: comity::Error) -> ApiError {
    match e {
        comity::Error::UnknownGroup { ref known, .. } => {
            let mut a = ApiError::new(
                StatusCode::NOT_FOUND,
                "unknown-group",
                e.to_string(),
                "give a group id such as un, eu, nato, g20, coe, unesco, interpol",
            );
            a.body.suggestions = known.clone();
            a
        }
        e => e.into(),
    }
}

/// A group's members on a day, each row with its joined and left dates at their precision,
/// whether membership on the day is certain, and its source and note.
#[utoipa::path(get, path = "/api/v1/members/{group}", tag = "ledger",
    params(("group" = String, Path, description = "A group id or name (un, eu, nato, g20, oic, coe, p5, unesco, interpol …)"), DayOnly),
    responses((status = 200, description = "`comity members GROUP --format json`: `{group: {id, name, description}, as_of, memberships: [{group, group_name, actor, joined, joined_precision, left, left_precision, on_day, certain, source, note}], not_certain, notes}`", body = Object),
              (status = 400, description = "Malformed date", body = ErrorBody),
              (status = 404, description = "Unknown group, with the known ids as suggestions", body = ErrorBody)))]
async fn members(
    State(st): S,
    p: Result<Path<String>, PathRejection>,
    q: Result<Query<DayOnly>, QueryRejection>,
) -> Answer {
    let Path(g) = p?;
    let Query(q) = q?;
    let snap = st.snapshot();
    let today = st.today();
    let k = key(&[&"members", &g, &q.as_of, &today]);
    cached_json(&snap, k, move |s| {
        let ledger = &s.ledger;
        let id = ledger.group(&g).map_err(group_not_found)?.id.clone();
        let d = day_on(today, q.as_of.as_deref())?;
        Ok(comity::json::Members::of_group(ledger, &id, d, today)?.json(ledger))
    })
    .await
}

/// Every membership of an actor, in every group, each row read on the day asked about.
#[utoipa::path(get, path = "/api/v1/memberships/{actor}", tag = "ledger",
    params(("actor" = String, Path, description = "The actor (any name or code)"), DayOnly),
    responses((status = 200, description = "`comity members --of ACTOR --format json`: `{actor: {id, name}, as_of, memberships: [...], not_certain, notes}`", body = Object),
              (status = 400, description = "Malformed date", body = ErrorBody),
              (status = 404, description = "Unknown actor, with suggestions", body = ErrorBody)))]
async fn memberships(
    State(st): S,
    p: Result<Path<String>, PathRejection>,
    q: Result<Query<DayOnly>, QueryRejection>,
) -> Answer {
    let Path(a) = p?;
    let Query(q) = q?;
    let snap = st.snapshot();
    let today = st.today();
    let k = key(&[&"memberships", &a, &q.as_of, &today]);
    cached_json(&snap, k, move |s| {
        let ledger = &s.ledger;
        let id = ledger.resolve(&a)?.id.clone();
        let d = day_on(today, q.as_of.as_deref())?;
        Ok(comity::json::Members::of_actor(ledger, &id, d, today)?.json(ledger))
    })
    .await
}

/// What a state recognises as of a date: its status towards every partially recognised or
/// disputed entity.
#[utoipa::path(get, path = "/api/v1/recognised-by/{state}", tag = "ledger",
    params(("state" = String, Path, description = "The recognising state (any name or code)"), AsOf),
    responses((status = 200, description = "`comity recognised-by STATE --format json`: `{state: {id, name}, as_of, entities: [status]}` (each entry the document of /status)", body = Object),
              (status = 400, description = "Malformed date or grade; an organisation or a place, which recognises nothing", body = ErrorBody),
              (status = 404, description = "Unknown actor, with suggestions", body = ErrorBody)))]
async fn recognised_by(
    State(st): S,
    p: Result<Path<String>, PathRejection>,
    q: Result<Query<AsOf>, QueryRejection>,
) -> Answer {
    let Path(a) = p?;
    let Query(q) = q?;
    let snap = st.snapshot();
    let today = st.today();
    let k = key(&[&"recognised-by", &a, &q.as_of, &q.min_grade, &today]);
    cached_json(&snap, k, move |s| {
        let ledger = &*graded(s, q.min_grade.as_deref())?;
        let x = ledger.resolve(&a)?;
        comity::Ledger::check_party(x)?;
        let id = x.id.clone();
        let d = day_on(today, q.as_of.as_deref())?;
        let rows = comity::json::recognised_by_rows(ledger, &id, d, today);
        Ok(comity::json::recognised_by(ledger, &id, d, &rows))
    })
    .await
}

/// Ideal points of an actor from the latest stored fit of UN General Assembly roll calls.
#[utoipa::path(get, path = "/api/v1/ideal/{actor}", tag = "rules",
    params(("actor" = String, Path, description = "The actor")),
    responses((status = 200, description = "`{actor, fit, intervals, points: [{session, estimate, std_error, lo, hi}]}` (the shape of `comity ideal show A --format json`)", body = Object),
              (status = 404, description = "Unknown actor, no stored fit, or no point for the actor", body = ErrorBody)))]
async fn ideal(
    State(st): S,
    p: Result<Path<String>, PathRejection>,
    np: Result<Query<NoParams>, QueryRejection>,
) -> ApiResult {
    let Path(a) = p?;
    let Query(NoParams {}) = np?;
    let ledger = st.ledger();
    let id = ledger.resolve(&a)?.id.clone();
    let db = st.db().to_path_buf();
    let v = tokio::task::spawn_blocking(move || -> Result<Value, ApiError> {
        let store = comity::Store::open(&db)?;
        if store.ideal_fits()?.is_empty() {
            return Err(ApiError::not_found(
                "no ideal-point fit is stored in this database",
                "import roll calls (`comity import unvotes DIR`) and fit (`comity ideal fit`) first",
            ));
        }
        let fit = store.ideal_fit(None)?;
        let Some(points) = fit.points.get(&id) else {
            return Err(ApiError::not_found(
                format!("the stored fit has no ideal point for {id}"),
                "the actor has no recorded UN General Assembly votes in the fitted sessions",
            ));
        };
        // The shape of `comity ideal show A --format json`.
        let points: Vec<&comity::ideal::StoredPoint> = points.iter().collect();
        Ok(comity::json::ideal_show(
            &store,
            actor_json(&ledger, &id),
            &fit,
            &points,
        )?)
    })
    .await??;
    Ok(Json(v))
}

/// The review queue: proposed claims (from ingestion) with their quoted spans, each inside its
/// surrounding cleaned text.
#[utoipa::path(get, path = "/api/v1/review", tag = "review",
    responses((status = 200, description = "`{claims: [claim]}` (status proposed), highest confidence first; each ingested span also has `context: {before, text, after, from}` — the cleaned text around the span (`from: cleaned`), or the original bytes when the cleaner changed the passage (`from: original`); `before` starts and `after` ends with `…` when cut", body = Object)))]
async fn review_queue(State(st): S, np: Result<Query<NoParams>, QueryRejection>) -> ApiResult {
    let Query(NoParams {}) = np?;
    let snap = st.snapshot();
    let ledger = &snap.ledger;
    let mut list: Vec<&comity::Claim> = ledger
        .claims()
        .iter()
        .filter(|c| c.status == ClaimStatus::Proposed)
        .collect();
    list.sort_by(|a, b| b.confidence.total_cmp(&a.confidence).then(a.id.cmp(&b.id)));
    let claims: Vec<Value> = list
        .iter()
        .map(|c| {
            let mut v = claim_json(ledger, c);
            with_context(&mut v, &c.id, &snap.contexts);
            v
        })
        .collect();
    Ok(Json(json!({ "claims": claims })))
}

/// Adds `context` to each span of a claim's JSON that has one.
fn with_context(v: &mut Value, claim: &str, contexts: &crate::context::Contexts) {
    let Some(sources) = v.get_mut("sources").and_then(Value::as_array_mut) else {
        return;
    };
    for s in sources {
        let Some(id) = s.get("id").and_then(Value::as_str).map(str::to_string) else {
            continue;
        };
        if let (Some(span), Some(cx)) = (
            s.get_mut("span").filter(|x| x.is_object()),
            contexts.get(claim, &id),
        ) {
            span["context"] = json!(cx);
        }
    }
}

/// A review decision.
#[derive(Debug, Deserialize, ToSchema)]
pub struct ReviewRequest {
    /// `accept` or `reject`.
    decision: String,
    /// Claim ids.
    ids: Vec<String>,
}

fn authorise(st: &AppState, headers: &HeaderMap) -> Result<(), ApiError> {
    let given = headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .or_else(|| headers.get("x-comity-token").and_then(|v| v.to_str().ok()))
        .unwrap_or("");
    if st.token_ok(given.trim()) {
        Ok(())
    } else {
        Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthorised",
            "this write needs the server's token",
            "send `Authorization: Bearer TOKEN`; the token was printed on first start and is stored beside the database (<db>.token)",
        ))
    }
}

/// Accept or reject proposed claims (needs the token). Accepted claims enter the ledger.
#[utoipa::path(post, path = "/api/v1/review", tag = "review", request_body = ReviewRequest,
    security(("token" = [])),
    responses((status = 200, description = "`{status, claims}` as `comity review --format json`", body = Object),
              (status = 400, description = "Bad body or decision", body = ErrorBody),
              (status = 401, description = "Missing or wrong token", body = ErrorBody),
              (status = 404, description = "Unknown claim", body = ErrorBody)))]
async fn review_decide(
    State(st): S,
    headers: HeaderMap,
    np: Result<Query<NoParams>, QueryRejection>,
    body: Result<Json<ReviewRequest>, JsonRejection>,
) -> ApiResult {
    authorise(&st, &headers)?;
    let Query(NoParams {}) = np?;
    let Json(req) = body?;
    let status = match req.decision.as_str() {
        "accept" => ClaimStatus::Accepted,
        "reject" => ClaimStatus::Rejected,
        d => {
            return Err(ApiError::bad_request(
                format!("decision {d:?}"),
                "decision is accept or reject",
            ))
        }
    };
    if req.ids.is_empty() {
        return Err(ApiError::bad_request("no claim ids", "give ids: [\"…\"]"));
    }
    let ledger = st.ledger();
    if let Some(missing) = req.ids.iter().find(|id| ledger.claim(id).is_none()) {
        return Err(comity::Error::UnknownClaim(missing.clone()).into());
    }
    let st2 = Arc::clone(&st);
    let ids = req.ids.clone();
    tokio::task::spawn_blocking(move || -> Result<(), ApiError> {
        st2.write(|store| store.set_status(&ids, status).map(|_| ()))
            .map_err(ApiError::from)
    })
    .await??;
    tracing::info!(decision = status.as_str(), n = req.ids.len(), "review");
    Ok(Json(json!({"status": status.as_str(), "claims": req.ids})))
}

/// Import claims in one transaction (needs the token): a JSON body
/// `{"sources": [...], "claims": [...]}` in the export format, or CSV text (the
/// data/claims.csv columns; rows default to `proposed`).
#[utoipa::path(post, path = "/api/v1/import", tag = "review",
    request_body(content = String, description = "JSON (Content-Type application/json) or CSV (text/csv)"),
    security(("token" = [])),
    responses((status = 200, description = "`{claims, sources, warnings}`: counts written, and a sentence for each written claim dated before one of its pair existed (shown by answers, never read)", body = Object),
              (status = 400, description = "Malformed file, located by line and column", body = ErrorBody),
              (status = 401, description = "Missing or wrong token", body = ErrorBody),
              (status = 413, description = "Body over 2 MiB", body = ErrorBody)))]
async fn import(
    State(st): S,
    headers: HeaderMap,
    np: Result<Query<NoParams>, QueryRejection>,
    body: Result<String, axum::extract::rejection::StringRejection>,
) -> Result<Response, ApiError> {
    authorise(&st, &headers)?;
    let Query(NoParams {}) = np?;
    let body = body?;
    let json_body = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("json"));
    let file = if json_body {
        "request.json"
    } else {
        "request.csv"
    };
    let (sources, claims, inline) = comity::parse_import_checked(file, &body)?;
    let st2 = Arc::clone(&st);
    let report = tokio::task::spawn_blocking(move || -> Result<comity::ImportReport, ApiError> {
        st2.write(|store| {
            store.check_inline_sources(&inline)?;
            store.import(&sources, &claims)
        })
        .map_err(|e| ApiError::from(comity::locate_import_error(e, &[(file.to_string(), body)])))
    })
    .await??;
    Ok(Json(json!(report)).into_response())
}

/// The per-state classes and totals the map is coloured by.
#[utoipa::path(get, path = "/api/v1/map/{entity}", tag = "map",
    params(("entity" = String, Path, description = "The recognised actor"), RecognitionsQuery),
    responses((status = 200, description = "`{object, as_of, among, policy, counts, recognising_by_policy, classes: {CLASS: n}, counted_as: {CLASS: {recognising|not-recognising|uncertain|not-recorded: n}}, inferred: {CLASS: n}, legend: {CLASS: text}, states: {ID: {class, status, certain, inferred, counted_as, since, when, dates_disagree, reason, claim}}, predecessors: {ID: {id, name, to, counted, class, status, certain, inferred, when}}, also_covers: {ID: [same]}, ceased, notes}`; a class follows how the state was counted (the legend adds up to the totals); `inferred` counts the statuses inferred, not claimed; `predecessors` gives a state that did not exist apart from a predecessor on the day (Czechia in 1989) that predecessor's entry, `also_covers` the former states a state's shape also held (the GDR in Germany's); `ceased` `{date, claim}` when the entity had ceased to exist; `notes` in words", body = Object),
              (status = 400, description = "Malformed date, unknown group or policy", body = ErrorBody),
              (status = 404, description = "Unknown actor", body = ErrorBody)))]
async fn map_data(
    State(st): S,
    p: Result<Path<String>, PathRejection>,
    q: Result<Query<RecognitionsQuery>, QueryRejection>,
) -> Answer {
    let Path(b) = p?;
    let Query(q) = q?;
    let snap = st.snapshot();
    let today = st.today();
    let k = key(&[
        &"map",
        &b,
        &q.as_of,
        &q.among,
        &q.policy,
        &q.min_grade,
        &today,
    ]);
    cached_json(&snap, k, move |s| {
        map_value(&*graded(s, q.min_grade.as_deref())?, today, &b, &q)
    })
    .await
}

fn map_value(
    ledger: &comity::Ledger,
    today: jiff::civil::Date,
    b: &str,
    q: &RecognitionsQuery,
) -> Result<Value, ApiError> {
    let b = ledger.resolve(b)?;
    let d = day_on(today, q.as_of.as_deref())?;
    let pol = policy(q.policy.as_deref())?;
    let r = ledger.recognitions(&b.id, d, among(q.among.as_deref()), pol, today)?;
    Ok(crate::map::map_json(ledger, &r, today))
}

/// The map as an SVG image (the same drawing as `comity map -o map.svg`).
#[utoipa::path(get, path = "/api/v1/map/{entity}/svg", tag = "map",
    params(("entity" = String, Path, description = "The recognised actor"), RecognitionsQuery),
    responses((status = 200, description = "SVG", content_type = "image/svg+xml", body = String),
              (status = 400, description = "Malformed date, unknown group or policy", body = ErrorBody),
              (status = 404, description = "Unknown actor", body = ErrorBody)))]
async fn map_svg(
    State(st): S,
    p: Result<Path<String>, PathRejection>,
    q: Result<Query<RecognitionsQuery>, QueryRejection>,
) -> Answer {
    let Path(b) = p?;
    let Query(q) = q?;
    let snap = st.snapshot();
    let today = st.today();
    let k = key(&[
        &"map.svg",
        &b,
        &q.as_of,
        &q.among,
        &q.policy,
        &q.min_grade,
        &today,
    ]);
    let st2 = Arc::clone(&st);
    cached(&snap, k, "image/svg+xml", move |s| {
        let m = map_value(&*graded(s, q.min_grade.as_deref())?, today, &b, &q)?;
        Ok(crate::map::render_svg(st2.shapes(), &m).into_bytes())
    })
    .await
}

/// The map's shapes (Natural Earth via world-atlas), each keyed to a comity actor id.
#[utoipa::path(get, path = "/api/v1/map-shapes", tag = "map",
    responses((status = 200, description = "`{width, height, features: [{id, n3, name, overlay, d, cx, cy, area, dot_x, dot_y}]}` (`dot_x`, `dot_y`: where a small state's dot is drawn, apart from its neighbours')", body = Object)))]
async fn map_shapes(State(st): S, np: Result<Query<NoParams>, QueryRejection>) -> Answer {
    let Query(NoParams {}) = np?;
    Ok((
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        st.shapes_json().to_string(),
    )
        .into_response())
}
