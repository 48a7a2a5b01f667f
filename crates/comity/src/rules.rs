//! Admission rules of international bodies, joined to the ledger: the shipped
//! catalogue (`data/bodies.toml`) and recorded votes (`data/votes.toml`),
//! rosters from the ledger's groups as of a date, a stance model from
//! recognition status, replay of real votes, and what-if simulations.
//!
//! The voting mathematics (thresholds, vetoes, exact pass probability, votes
//! needed) lives in the pure `comity-rules` crate; this module only feeds it.

use std::collections::BTreeMap;

use comity_rules::{
    evaluate, pass_probability, votes_needed, votes_needed_tally, Ballot, Body, BodyRule, Catalog,
    CategoryModel, Counts, FitVote, HeldOutVote, Motion, Outcome, PassProbability, RecordedVote,
    Roster, Stance, StanceModel, Validation, Voters, VotesNeeded,
};
use jiff::civil;

use crate::date::Timing;
use crate::error::{Error, Result};
use crate::ledger::Ledger;
use crate::status::{PairStatus, Recognition, Role};

const BODIES: &str = include_str!("../../../data/bodies.toml");
const VOTES: &str = include_str!("../../../data/votes.toml");

/// The shipped catalogue of bodies and admission procedures.
///
/// # Errors
/// Only if the shipped file is malformed (a test guards against that).
pub fn shipped_catalog() -> Result<Catalog> {
    Ok(comity_rules::parse_bodies(BODIES)?)
}

/// The shipped recorded votes.
///
/// # Errors
/// Only if the shipped file is malformed.
pub fn shipped_votes() -> Result<Vec<RecordedVote>> {
    Ok(comity_rules::parse_votes(VOTES)?)
}

/// A stance category from recognition status (what the ledger-based model
/// conditions on).
pub fn category(status: &PairStatus<'_>) -> &'static str {
    category_of(status.recognition.status)
}

/// The stance category of one recognition status.
pub fn category_of(status: Recognition) -> &'static str {
    match status {
        Recognition::Recognised => "recognises",
        // One category for a recognition withdrawn, suspended or whose withdrawal is disputed
        // (too few voters for three); named for all three (review 12: Japan's withdrawal from
        // Taiwan read "disputed" on the page, whose legend says "withdrawal disputed").
        Recognition::Withdrawn | Recognition::Disputed | Recognition::Suspended => {
            "withdrawn-or-disputed"
        }
        // No claim is not a "no": its own category, fitted on the recorded votes like the
        // others (51 UNESCO members had no claim on Kosovo in 2015).
        Recognition::NotRecorded => "not-recorded",
        Recognition::NotRecognised | Recognition::Ceased => "does-not-recognise",
    }
}

/// Label for a Security Council seat the ledger cannot fill (its elected
/// members are known for 1994–2009 only).
pub const UNKNOWN_SEAT: &str = "unknown-elected-seat";

/// A roster of actor ids for `body` on `day`, from the ledger's groups.
///
/// States only (organisations in a group, such as the EU in the G20, do not
/// vote). When the body has a fixed `size` and the groups give fewer members
/// (the Security Council outside 1994–2009), the missing seats are filled with
/// placeholders `unknown-elected-seat-N`, reported to the caller.
///
/// # Errors
/// For bodies whose voters are not states (PACE, UEFA, FIFA): only recorded
/// tallies can be replayed for them.
pub fn roster(ledger: &Ledger, body: &Body, day: civil::Date) -> Result<(Vec<String>, usize)> {
    if body.roster.voters != Voters::States {
        return Err(Error::Invalid(format!(
            "{}: its voters are not states ({:?}), so a roster cannot be built from the ledger; \
             only recorded tallies can be replayed",
            body.id, body.roster.voters
        )));
    }
    let mut members: Vec<String> = Vec::new();
    // A membership the data do not date (the Interpol rows, reference/SOURCES.md: "no join date
    // was found") is assumed on any day — but never for a state that did not exist on it
    // (review 9: Interpol's 1980 roster held Czechia, Kazakhstan and Serbia). Existence is read
    // as for `--among all` (former states by their dates, a successor out while a predecessor
    // certainly existed).
    let mut existing: Option<std::collections::HashSet<String>> = None;
    for g in &body.roster.groups {
        for e in ledger.roster(g, day) {
            if e.membership.joined.is_unknown() {
                let existing = existing.get_or_insert_with(|| {
                    ledger
                        .population_all(day)
                        .0
                        .into_iter()
                        .map(|(a, _)| a.id.clone())
                        .collect()
                });
                if !existing.contains(&e.actor.id) {
                    continue;
                }
            }
            if e.actor.kind.is_state_like() && !members.contains(&e.actor.id) {
                members.push(e.actor.id.clone());
            }
        }
    }
    let mut placeholders = 0;
    if let Some(size) = body.roster.size {
        let size = size as usize;
        if members.len() > size {
            return Err(Error::Invalid(format!(
                "{}: the groups {:?} give {} members on {day}, more than the body's {size} seats",
                body.id,
                body.roster.groups,
                members.len()
            )));
        }
        while members.len() < size {
            placeholders += 1;
            members.push(format!("{UNKNOWN_SEAT}-{placeholders}"));
        }
    }
    Ok((members, placeholders))
}

/// The candidate's own membership of a body's groups on a day: it is on the body's roster,
/// so it is already a member (or possibly one, when a membership date is uncertain).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CandidateMember {
    /// The roster group it is a member of.
    pub group: String,
    /// Its joining date as the ledger records it (`data/memberships.csv`).
    pub since: String,
    /// Certainly a member on the day (`false`: the dates make it possible, not certain).
    pub certain: bool,
}

/// The voters of `body` on `day` on a motion about `candidate`: its [`roster`] without the
/// candidate (an entity never votes on its own admission), the unknown seats, and the
/// candidate's membership when it was on the roster.
///
/// # Errors
/// As [`roster`].
pub fn voting_roster(
    ledger: &Ledger,
    body: &Body,
    day: civil::Date,
    candidate: Option<&str>,
) -> Result<(Vec<String>, usize, Option<CandidateMember>)> {
    let (mut members, unknown) = roster(ledger, body, day)?;
    let Some(c) = candidate else {
        return Ok((members, unknown, None));
    };
    if !members.iter().any(|m| m == c) {
        return Ok((members, unknown, None));
    }
    members.retain(|m| m != c);
    let mut found: Option<CandidateMember> = None;
    for g in &body.roster.groups {
        if let Some(e) = ledger.roster(g, day).into_iter().find(|e| e.actor.id == c) {
            let m = CandidateMember {
                group: g.clone(),
                since: e.membership.joined.to_string(),
                certain: e.timing == Timing::Before,
            };
            // The most certain of its memberships.
            if found.as_ref().is_none_or(|f| !f.certain && m.certain) {
                found = Some(m);
            }
        }
    }
    Ok((members, unknown, found))
}

/// The ledger-based stance model: each actor's category (recognises /
/// does-not-recognise / withdrawn-or-disputed) toward the candidate as of the motion's date,
/// and per-category probabilities fitted on recorded votes.
pub struct LedgerModel<'a> {
    ledger: &'a Ledger,
    model: CategoryModel,
    today: civil::Date,
}

impl<'a> LedgerModel<'a> {
    /// Wraps a fitted category model.
    pub fn new(ledger: &'a Ledger, model: CategoryModel, today: civil::Date) -> Self {
        LedgerModel {
            ledger,
            model,
            today,
        }
    }

    /// The fitted per-category stances.
    pub fn model(&self) -> &CategoryModel {
        &self.model
    }
}

impl StanceModel for LedgerModel<'_> {
    fn stance(&self, actor: &str, motion: &Motion) -> Stance {
        let fallback = Stance {
            yes: 0.25,
            no: 0.25,
            abstain: 0.25,
            absent: 0.25,
        };
        let Some(candidate) = motion.candidate.as_deref() else {
            return fallback;
        };
        let Ok(day) = motion.date.parse::<civil::Date>() else {
            return fallback;
        };
        let cats: Vec<(&str, f64)> = if actor.starts_with(UNKNOWN_SEAT) {
            vec![("unknown", 1.0)]
        } else {
            // An uncertain answer is either of its possibilities, weighted (review 10: Fiji's
            // undated recognition of Kosovo was a certain "recognises" in 2010).
            self.ledger
                .status(actor, candidate, day, self.today)
                .recognition
                .possibilities()
                .into_iter()
                .map(|(s, w)| (category_of(s), w))
                .collect()
        };
        if cats.len() > 1 {
            let mut sum = [0.0; 4];
            for (c, w) in &cats {
                let s = self.category_stance(c);
                sum[0] += w * s.yes;
                sum[1] += w * s.no;
                sum[2] += w * s.abstain;
                sum[3] += w * s.absent;
            }
            return Stance {
                yes: sum[0],
                no: sum[1],
                abstain: sum[2],
                absent: sum[3],
            };
        }
        self.category_stance(cats[0].0)
    }
}

impl LedgerModel<'_> {
    /// The fitted stance of one category.
    fn category_stance(&self, cat: &str) -> Stance {
        // The average of the categories that rest on claims: for an unknown seat, and for a
        // voter with no claim when the fitting votes do not identify the categories (then the
        // "not recorded" stance is whatever soaked up the tallies' remainder — fitted on
        // Interpol 2018 and the Committee of Ministers 2023 it was "no" or absent, which made
        // no data a "no"; review 5). Identified, it is the record's own estimate.
        let average = || {
            let known: Vec<&Stance> = self
                .model
                .stances
                .iter()
                .filter(|(c, _)| c.as_str() != "not-recorded")
                .map(|(_, s)| s)
                .collect();
            let n = known.len().max(1) as f64;
            let sum = known.iter().fold([0.0; 4], |a, s| {
                [a[0] + s.yes, a[1] + s.no, a[2] + s.abstain, a[3] + s.absent]
            });
            Stance {
                yes: sum[0] / n,
                no: sum[1] / n,
                abstain: sum[2] / n,
                absent: sum[3] / n,
            }
        };
        if cat == "not-recorded" && !self.model.identified {
            return average();
        }
        match self.model.stances.get(cat) {
            Some(s) => *s,
            None => average(),
        }
    }
}

/// The first and last day a recorded vote may have been held: one day for a vote dated to the
/// day; a vote dated only to a month (`unesco-eb-2011`, "2011-10") spans it. A roster and the
/// members' statuses are read on the first day (what was surely in force when the vote was
/// held); "held before a day" asks for the last (review 17: a month-dated vote could not be
/// read at all: "failed to parse separator after month").
///
/// # Errors
/// A date that is no date, or an unknown one.
pub fn vote_days(vote: &RecordedVote) -> Result<(civil::Date, civil::Date)> {
    let d: crate::Date = vote
        .date
        .parse()
        .map_err(|e| Error::Invalid(format!("vote {}: date {:?}: {e}", vote.id, vote.date)))?;
    d.bounds().ok_or_else(|| {
        Error::Invalid(format!(
            "vote {}: date {:?} is unknown: a recorded vote needs a date",
            vote.id, vote.date
        ))
    })
}

/// The stance model of a simulation: the ledger model fitted on recorded votes, or the
/// ideal-point model of the store's latest fit.
pub enum SimulationModel<'s> {
    /// [`LedgerModel`] fitted on these recorded votes.
    Ledger(&'s [String]),
    /// [`crate::ideal::IdealStanceModel`] from the latest fit stored in this database.
    Ideal(&'s crate::Store),
}

/// [`simulate`] with the model `comity simulate --model` (and the API's `model=`) names,
/// built once for both, and the votes or roll calls it was fitted on (for
/// [`crate::json::simulation`], which says which of them were held on or after the day).
///
/// # Errors
/// As [`fit_and_validate`], [`crate::Store::ideal_fit`] and [`simulate`].
pub fn simulate_with(
    ledger: &Ledger,
    what: &str,
    candidate: &str,
    as_of: civil::Date,
    model: SimulationModel<'_>,
    assume: &[(String, Ballot)],
    today: civil::Date,
) -> Result<(Simulation, Vec<String>)> {
    match model {
        SimulationModel::Ledger(fit_on) => {
            let ids: Vec<&str> = fit_on.iter().map(String::as_str).collect();
            let report = fit_and_validate(ledger, &ids, &[], today)?;
            let model = LedgerModel::new(ledger, report.model, today);
            let sim = simulate(ledger, what, candidate, as_of, &model, assume, today)?;
            Ok((sim, fit_on.to_vec()))
        }
        SimulationModel::Ideal(store) => {
            let fit = store.ideal_fit(None)?;
            let mut spec = crate::ideal::MotionSpec::on(as_of);
            spec.candidate = Some(candidate.to_string());
            spec.side = crate::ideal::Side::For;
            let model = crate::ideal::IdealStanceModel::new(store, ledger, &fit, spec, today)?;
            let sim = simulate(ledger, what, candidate, as_of, &model, assume, today)?;
            // A fit that saw votes held on or after the day says so (review 10).
            let fitted = crate::json::ideal_fitted_on(store, &fit.info, &model.item_source, as_of)?;
            Ok((sim, fitted))
        }
    }
}

/// A recorded vote turned into fitting data: its body's roster on the day,
/// split by recognition category, with the absentees derived from the roster.
///
/// # Errors
/// When the body's roster cannot be built from the ledger, or the tally has
/// more ballots than the roster has members.
pub fn fit_vote(
    ledger: &Ledger,
    catalog: &Catalog,
    vote: &RecordedVote,
    today: civil::Date,
) -> Result<FitVote> {
    let body = catalog.body(&vote.body).ok_or_else(|| {
        Error::Invalid(format!("vote {} names unknown body {}", vote.id, vote.body))
    })?;
    let (day, _) = vote_days(vote)?;
    let candidate = vote.candidate.as_deref().unwrap_or("XKX");
    let (members, placeholders, _) = voting_roster(ledger, body, day, Some(candidate))?;
    if placeholders > 0 {
        return Err(Error::Invalid(format!(
            "vote {}: the roster of {} on {day} is incomplete in the ledger",
            vote.id, body.id
        )));
    }
    let mut categories: BTreeMap<String, u32> = BTreeMap::new();
    for m in &members {
        *categories
            .entry(category(&ledger.status(m, candidate, day, today)).to_string())
            .or_default() += 1;
    }
    let abstain = vote.abstain.unwrap_or(0);
    let invalid = vote.invalid.unwrap_or(0);
    let cast = vote.yes + vote.no + abstain + invalid;
    let n = members.len() as u32;
    if cast > n {
        return Err(Error::Invalid(format!(
            "vote {}: {cast} ballots but the ledger's roster of {} on {day} has {n} members",
            vote.id, body.id
        )));
    }
    Ok(FitVote::new(
        &vote.id,
        categories,
        Counts {
            yes: vote.yes,
            no: vote.no,
            abstain,
            absent: n - cast,
            invalid,
        },
    )?)
}

/// The outcome of fitting on some recorded votes and validating on others.
#[derive(Debug, Clone)]
pub struct FitReport {
    /// The fitted model.
    pub model: CategoryModel,
    /// Scores on the held-out votes (none when none were held out).
    pub validation: Option<Validation>,
}

/// Fits the ledger model on `fit_on` and validates it on `validate_on` (never
/// the same vote both ways: the rules crate refuses it).
///
/// # Errors
/// When a vote cannot be turned into fitting data, or the sets overlap.
pub fn fit_and_validate(
    ledger: &Ledger,
    fit_on: &[&str],
    validate_on: &[&str],
    today: civil::Date,
) -> Result<FitReport> {
    let catalog = shipped_catalog()?;
    let votes = shipped_votes()?;
    let find = |id: &str| {
        votes
            .iter()
            .find(|v| v.id == id)
            .ok_or_else(|| Error::Invalid(format!("unknown recorded vote {id:?}")))
    };
    let mut fit = Vec::new();
    for id in fit_on {
        fit.push(fit_vote(ledger, &catalog, find(id)?, today)?);
    }
    let model = CategoryModel::fit(&fit, comity_rules::DEFAULT_RIDGE)?;
    let mut held = Vec::new();
    for id in validate_on {
        let v = find(id)?;
        let (rule, _) = body_rule(&catalog, &v.body, &v.rule)?;
        let vote = fit_vote(ledger, &catalog, v, today)?;
        let mut tally = v.tally();
        if tally.members.is_none() {
            // The roster the vote was split by is also the membership the rule counts.
            tally.members = Some(vote.categories.values().sum());
        }
        held.push(HeldOutVote {
            passed: evaluate(&rule.rule, &tally)?.passed,
            vote,
            rule: rule.rule.clone(),
        });
    }
    let validation = if held.is_empty() {
        None
    } else {
        Some(comity_rules::validate(&model, &held)?)
    };
    Ok(FitReport { model, validation })
}

/// The default split: fitted on Interpol 2018 and the Committee of Ministers
/// 2023 vote; UNESCO's 2015 General Conference is held out.
pub const DEFAULT_FIT: [&str; 2] = ["interpol-ga-2018", "coe-cm-2023"];
/// The vote held out by default.
pub const DEFAULT_VALIDATE: [&str; 1] = ["unesco-gc-2015"];

fn body_rule<'c>(catalog: &'c Catalog, body: &str, kind: &str) -> Result<(&'c BodyRule, &'c Body)> {
    let b = catalog.body(body).ok_or_else(|| {
        Error::Invalid(format!(
            "unknown body {body:?} (known: {})",
            catalog
                .bodies
                .iter()
                .map(|b| b.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ))
    })?;
    let r = b.rule(kind).ok_or_else(|| {
        Error::Invalid(format!(
            "{body} has no {kind:?} rule (it has: {})",
            b.rules.keys().cloned().collect::<Vec<_>>().join(", ")
        ))
    })?;
    Ok((r, b))
}

/// A replayed recorded vote.
#[derive(Debug, Clone)]
pub struct Replay {
    /// The record.
    pub vote: RecordedVote,
    /// The body's rule that applied.
    pub rule: BodyRule,
    /// What the rule says of the tally.
    pub outcome: Outcome,
    /// How far from flipping.
    pub needed: Option<VotesNeeded>,
    /// Members entitled to vote, when taken from the ledger's roster (the record did not say).
    pub members_from_ledger: Option<u32>,
    /// Whether the computed outcome agrees with the recorded one (None when none was recorded).
    pub agrees: Option<bool>,
}

/// Replays a recorded vote by id.
///
/// # Errors
/// For an unknown id (listing the known ones) or a tally the rule cannot judge.
pub fn replay(ledger: &Ledger, id: &str) -> Result<Replay> {
    let catalog = shipped_catalog()?;
    let votes = shipped_votes()?;
    let vote = votes
        .iter()
        .find(|v| v.id == id)
        .cloned()
        .ok_or_else(|| Error::UnknownVote {
            id: id.to_string(),
            known: votes
                .iter()
                .map(|v| v.id.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        })?;
    let (rule, _) = body_rule(&catalog, &vote.body, &vote.rule)?;
    let mut tally = vote.tally();
    let outcome = match evaluate(&rule.rule, &tally) {
        Err(comity_rules::Error::MissingCount { what: "members" }) => {
            // The record does not say how many members were entitled to vote: take the
            // body's roster from the ledger's groups on the vote's date.
            let body = catalog
                .body(&vote.body)
                .ok_or_else(|| Error::Invalid(format!("unknown body {}", vote.body)))?;
            let (day, _) = vote_days(&vote)?;
            let (members, unknown, _) =
                voting_roster(ledger, body, day, vote.candidate.as_deref())?;
            if unknown > 0 {
                return Err(Error::Invalid(format!(
                    "vote {}: the rule needs the number of members, which neither the record nor the ledger gives",
                    vote.id
                )));
            }
            tally.members = Some(members.len() as u32);
            evaluate(&rule.rule, &tally)?
        }
        other => other?,
    };
    let needed = votes_needed_tally(&rule.rule, &tally).ok();
    let agrees = vote
        .outcome
        .map(|o| matches!(o, comity_rules::RecordedOutcome::Passed) == outcome.passed);
    let members_from_ledger = if vote.members.is_none() {
        tally.members
    } else {
        None
    };
    Ok(Replay {
        members_from_ledger,
        rule: rule.clone(),
        vote,
        outcome,
        needed,
        agrees,
    })
}

/// One voter's predicted stance in a simulation, with the ledger status behind it.
#[derive(Debug, Clone)]
pub struct VoterStance {
    /// Actor id (or an unknown-seat placeholder).
    pub actor: String,
    /// The stance used.
    pub stance: Stance,
    /// Assumed by the user (`--assume`).
    pub assumed: bool,
    /// The recognition category the model used.
    pub category: String,
    /// Whether the actor holds a veto in this body.
    pub veto_holder: bool,
    /// Ids of the claims behind the category (the stated-position claims first when
    /// `stated_position`).
    pub claims: Vec<String>,
    /// The stance is a certain "no" derived from a stated position of non-recognition in the
    /// ledger (a veto holder that documents its opposition), not the category average.
    pub stated_position: bool,
    /// The ledger's answer for the pair is an inference (a complete list, a later position, a
    /// recognition dated after the day), not a claim about that day.
    pub inferred: bool,
}

impl VoterStance {
    /// What a voter's stance rests on, in words for a verdict: `assumed` (`--assume`), `stated
    /// position` (a documented refusal), `claims` (the ledger's claims about the pair on the
    /// day), `inferred` (an inference: absent from a complete list of recognisers, a later
    /// position, a recognition dated after the day) or `not-recorded` (no claim at all: the
    /// stance is the model's category average, never a recorded position).
    pub fn basis(&self) -> &'static str {
        if self.assumed {
            "assumed"
        } else if self.stated_position {
            "stated-position"
        } else if self.category == "not-recorded" {
            "not-recorded"
        } else if self.inferred || self.claims.is_empty() {
            "inferred"
        } else {
            "claims"
        }
    }
}

/// One stage of a simulated procedure.
#[derive(Debug, Clone)]
pub struct StageResult {
    /// The body.
    pub body: Body,
    /// Its rule.
    pub rule: BodyRule,
    /// Roster size (including unknown seats; never the candidate).
    pub members: usize,
    /// The candidate's membership of the body on the day, when the ledger's roster held it:
    /// it is already a member (the admission is moot), and it was left out of the roster.
    pub candidate_member: Option<CandidateMember>,
    /// Seats the ledger cannot fill (Security Council outside 1994–2009), after those an
    /// assumption filled.
    pub unknown_seats: usize,
    /// States an assumption (`--assume`) seated in an unknown seat: the user's word that they
    /// sat on the body that day, not the ledger's.
    pub seated_by_assumption: Vec<String>,
    /// Roster members whose membership the data do not date (assumed members on the day).
    pub undated_members: usize,
    /// Voters whose membership on the day their dated rows do not settle (a join or leave date
    /// at a precision that contains the day), each with its row's dates: they are
    /// counted as voters, and the answer says so (review 17: the USA, "joined 2023-07", voted
    /// in a UNESCO what-if of 2023-07-05 without a word).
    pub uncertain_members: Vec<(String, String)>,
    /// The candidate's own dated membership rows in the body's groups all say it was not a
    /// member on the day (not yet joined, or left): it was certainly not a member, whatever
    /// the undated rows of others leave open (review 17: Palestine in UNESCO in 1989, joined
    /// 2011-11-23, was "not recorded").
    pub candidate_settled_out: bool,
    /// Exact probability and expected tally.
    pub probability: PassProbability,
    /// Votes needed, from each voter's most likely ballot.
    pub needed: VotesNeeded,
    /// Per-voter stances.
    pub voters: Vec<VoterStance>,
    /// Why the probability cannot be trusted as an answer, when it cannot: most seats are
    /// unknown to the ledger and no certain veto decides the vote. `None`: answerable.
    pub unanswerable: Option<String>,
    /// The body's attendance on its recorded votes, when it replaced the model's absence
    /// probabilities (the model was not fitted on this body's votes).
    pub attendance: Option<comity_rules::Attendance>,
}

/// A simulated admission of `candidate` by a body or procedure.
#[derive(Debug, Clone)]
pub struct Simulation {
    /// Procedure id (or the body id when a single body was asked).
    pub procedure: String,
    /// Candidate.
    pub candidate: String,
    /// Day.
    pub as_of: civil::Date,
    /// The stages in order.
    pub stages: Vec<StageResult>,
    /// P(every simulated stage passes), treating stages as independent given the stances;
    /// `None` when a stage cannot be answered (see [`StageResult::unanswerable`]).
    pub pass: Option<f64>,
    /// Stages that cannot be simulated from the ledger (their voters are not states:
    /// PACE's parliamentarians, football associations), with the reason.
    pub skipped: Vec<(String, String)>,
}

impl Simulation {
    /// Whether the candidate is already a member of a simulated body on the day (it was on
    /// a stage's roster and left out): `Some(true)` certainly, `None` possibly (the ledger's
    /// membership date is uncertain on the day) or not known (review 9: a body whose
    /// membership list has undated rows — Interpol's list of today's members — does not say who
    /// was a member before: the Republic of China until 1984), `Some(false)` on no stage's
    /// roster of a list whose rows are dated.
    pub fn candidate_already_member(&self) -> Option<bool> {
        let found: Vec<&CandidateMember> = self
            .stages
            .iter()
            .filter_map(|st| st.candidate_member.as_ref())
            .collect();
        if found.iter().any(|m| m.certain) {
            Some(true)
        } else if found.is_empty()
            && self
                .stages
                .iter()
                .all(|st| st.undated_members == 0 || st.candidate_settled_out)
        {
            Some(false)
        } else {
            None
        }
    }
}

/// Resolves `what` to a list of (body, rule kind) stages: a procedure id
/// (`un.admission`), a procedure prefix (`un` → `un.admission`), or a body id
/// (`unesco.gc`, using its `admission` rule).
///
/// # Errors
/// When nothing matches; the message lists the procedures.
pub fn stages_for(catalog: &Catalog, what: &str) -> Result<(String, Vec<(String, String)>)> {
    let what = what.trim().to_lowercase();
    if let Some(p) = catalog.procedure(&what).or_else(|| {
        catalog
            .procedures
            .iter()
            .find(|p| p.id.split('.').next() == Some(what.as_str()))
    }) {
        return Ok((
            p.id.clone(),
            p.stages
                .iter()
                .map(|s| (s.body.clone(), s.rule.clone()))
                .collect(),
        ));
    }
    if let Some(b) = catalog.body(&what) {
        let kind = if b.rule("admission").is_some() {
            "admission"
        } else {
            b.rules.keys().next().map_or("admission", String::as_str)
        };
        return Ok((b.id.clone(), vec![(b.id.clone(), kind.to_string())]));
    }
    Err(Error::Invalid(format!(
        "unknown body or procedure {what:?} (procedures: {}; bodies: {})",
        catalog
            .procedures
            .iter()
            .map(|p| p.id.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        catalog
            .bodies
            .iter()
            .map(|b| b.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    )))
}

/// Simulates `candidate`'s admission by `what` on `as_of` with `model`, after
/// the user's `assume`d ballots.
///
/// # Errors
/// For an unknown body, a body whose voters are not states, an assumed actor
/// who is not on a roster, or an invalid stance.
pub fn simulate(
    ledger: &Ledger,
    what: &str,
    candidate: &str,
    as_of: civil::Date,
    model: &dyn StanceModel,
    assume: &[(String, Ballot)],
    today: civil::Date,
) -> Result<Simulation> {
    // An entity that did not exist on the day is not admitted on it: its "votes" would be read
    // from its absence (a ceased entity is "not recognised" by everyone).
    if let Some(why) = ledger.absent_on(candidate, as_of) {
        let name = ledger
            .actor(candidate)
            .map_or(candidate, |a| a.name.as_str());
        return Err(Error::Invalid(format!(
            "{candidate} ({name}) did not exist on {as_of}: {why}; nothing to simulate"
        )));
    }
    let catalog = shipped_catalog()?;
    let recorded = shipped_votes()?;
    let (procedure, stages) = stages_for(&catalog, what)?;
    let mut out = Vec::new();
    let mut skipped = Vec::new();
    let mut pass = Some(1.0);
    let several = stages.len() > 1;
    for (body_id, kind) in stages {
        let (rule, body) = body_rule(&catalog, &body_id, &kind)?;
        if several && body.roster.voters != Voters::States {
            skipped.push((
                body.id.clone(),
                format!(
                    "its voters are not states ({:?}): not simulated; see `comity replay` for its recorded votes",
                    body.roster.voters
                )
                .to_lowercase(),
            ));
            continue;
        }
        // An entity never votes on its own admission: the candidate is not a voter.
        let (mut members, mut unknown_seats, candidate_member) =
            voting_roster(ledger, body, as_of, Some(candidate))?;
        // A state assumed to vote where the ledger cannot fill every seat (the Security
        // Council's elected seats outside 1994–2009) takes one of the unknown seats: the user
        // says who sat there (review 22: `--assume DZA=yes` on the 2024 Council was "not a
        // member", so no 2024 simulation could ever be answered). Said in the answer.
        let mut seated_by_assumption = Vec::new();
        for (a, _) in assume {
            if unknown_seats == 0 || a == candidate || members.contains(a) {
                continue;
            }
            if !ledger.actor(a).is_some_and(|x| x.kind.is_state_like()) {
                continue;
            }
            if let Some(pos) = members.iter().rposition(|m| m.starts_with(UNKNOWN_SEAT)) {
                members[pos] = a.clone();
                unknown_seats -= 1;
                seated_by_assumption.push(a.clone());
            }
        }
        // No recorded member at all on the day (review 9: `simulate un XKX --as-of 1800-01-01`
        // answered with 15 unknown seats and an empty Assembly): the body had no members the
        // ledger knows of, so there is nothing to simulate.
        // (A body with no ledger group at all — the UNESCO Executive Board's elected seats — is
        // answered as unanswerable below, not refused.)
        if !body.roster.groups.is_empty()
            && body
                .roster
                .groups
                .iter()
                .all(|g| ledger.roster(g, as_of).is_empty())
        {
            return Err(Error::Invalid(format!(
                "{}: the ledger records no member of it on {as_of} (its groups {:?} have none then; \
                 did the body exist?): nothing to simulate",
                body.id, body.roster.groups
            )));
        }
        let group = |g: &str| -> Option<Vec<String>> {
            ledger.group(g).ok()?;
            Some(
                ledger
                    .roster(g, as_of)
                    .into_iter()
                    .map(|e| e.actor.id.clone())
                    .filter(|a| a != candidate)
                    .collect(),
            )
        };
        let r = Roster::for_rule(&rule.rule, members.clone(), group)?;
        for (a, _) in assume {
            if a == candidate {
                return Err(Error::Invalid(format!(
                    "--assume {a}: {a} is the candidate, and an entity does not vote on its own \
                     admission"
                )));
            }
            if !members.contains(a) {
                return Err(Error::Invalid(format!(
                    "--assume {a}: not a member of {} on {as_of}",
                    body.id
                )));
            }
        }
        let motion = Motion {
            id: format!("{}-{candidate}-{as_of}", body.id),
            body: body.id.clone(),
            kind: kind.clone(),
            date: as_of.to_string(),
            candidate: Some(candidate.to_string()),
            text: format!("admission of {candidate}"),
        };
        // Only votes held before the day: a what-if for a past vote never learns its absences
        // from that vote (review 9: UNESCO 2015's own tally gave the rate for a simulation of
        // it) or from later ones.
        let before: Vec<_> = recorded
            .iter()
            .filter(|v| vote_days(v).is_ok_and(|(_, last)| last < as_of))
            .cloned()
            .collect();
        let attendance = (!model.models_absence_in(&body.id))
            .then(|| comity_rules::attendance(&before, &body.id))
            .flatten();
        let mut voters = Vec::new();
        let mut stances = Vec::new();
        let mut likely: Vec<(String, Ballot)> = Vec::new();
        for m in &members {
            let assumed = assume.iter().find(|(a, _)| a == m).map(|(_, b)| *b);
            let (cat, mut claims, positions, inferred) = if m.starts_with(UNKNOWN_SEAT) {
                ("unknown".to_string(), Vec::new(), Vec::new(), false)
            } else {
                let st = ledger.status(m, candidate, as_of, today);
                // A stated position is the state's own (claimed by it, not attributed to it by
                // media or a third party) and known by the day (review 17: China's position
                // "attributed to it by media" and Russia's of 2008-05-15, asked about on
                // 2008-03-01, were each a "veto certain … its stated position" while `status`
                // called the one an attribution and the other an inference).
                let positions: Vec<String> = st
                    .recognition
                    .claims
                    .iter()
                    .filter(|d| {
                        d.role == Role::Position
                            && d.timing == crate::date::Timing::Before
                            && d.claim.claimant == *m
                    })
                    .map(|d| d.claim.id.clone())
                    .collect();
                // An uncertain answer names both possibilities ("recognises|not-recorded"):
                // the model weighs them equally (`LedgerModel::stance`).
                let cat = st
                    .recognition
                    .possibilities()
                    .into_iter()
                    .map(|(s, _)| category_of(s))
                    .collect::<Vec<_>>()
                    .join("|");
                (
                    cat,
                    st.recognition
                        .claims
                        .iter()
                        .map(|d| d.claim.id.clone())
                        .collect(),
                    positions,
                    st.recognition.inferred,
                )
            };
            // A veto holder whose stated position (a claim in the ledger) is not to recognise
            // the candidate: a certain "no", shown with the claim; `--assume` overrides it.
            let stated_position = assumed.is_none()
                && r.is_veto_holder(m)
                && cat == "does-not-recognise"
                && !positions.is_empty();
            let stance = match assumed {
                Some(b) => Stance::certain(b),
                None if stated_position => Stance::certain(Ballot::No),
                None => {
                    let s = model.stance(m, &motion);
                    match &attendance {
                        Some(a) => comity_rules::with_absence(s, a.rate()),
                        None => s,
                    }
                }
            };
            stance.validate()?;
            if stated_position {
                claims.retain(|c| !positions.contains(c));
                claims.splice(0..0, positions);
            }
            let best = [
                (Ballot::Yes, stance.yes),
                (Ballot::No, stance.no),
                (Ballot::Abstain, stance.abstain),
                (Ballot::Absent, stance.absent),
            ]
            .into_iter()
            .fold(
                (Ballot::Absent, -1.0),
                |acc, x| if x.1 > acc.1 { x } else { acc },
            )
            .0;
            likely.push((m.clone(), best));
            voters.push(VoterStance {
                actor: m.clone(),
                stance,
                assumed: assumed.is_some(),
                category: cat,
                veto_holder: r.is_veto_holder(m),
                claims,
                stated_position,
                inferred,
            });
            stances.push(stance);
        }
        let probability = pass_probability(&rule.rule, &r, &stances)?;
        let needed = votes_needed(&rule.rule, &r, &likely)?;
        let certain_veto = voters.iter().any(|v| v.veto_holder && v.stance.no >= 1.0);
        let unanswerable = (unknown_seats * 2 > members.len() && !certain_veto).then(|| {
            format!(
                "{unknown_seats} of {} seats are unknown to the ledger on {as_of}: their \
                 stances would be guesses, so P(pass) is not an answer",
                members.len()
            )
        });
        pass = match (pass, &unanswerable) {
            (Some(p), None) => Some(p * probability.pass),
            _ => None,
        };
        // One pass over the body's rosters: members with an undated row (said apart) and members
        // whose dated row does not settle the day.
        let mut undated: std::collections::HashSet<&str> = std::collections::HashSet::new();
        let mut uncertain_members: Vec<(String, String)> = Vec::new();
        for g in &body.roster.groups {
            for e in ledger.roster(g, as_of) {
                if !members.contains(&e.actor.id) {
                    continue;
                }
                let m = e.membership;
                if m.joined.is_unknown() {
                    undated.insert(e.actor.id.as_str());
                } else if e.timing != Timing::Before
                    && !uncertain_members.iter().any(|(a, _)| *a == e.actor.id)
                {
                    let dates = match &m.left {
                        Some(l) => format!("{g}: joined {}, left {l}", m.joined.describe()),
                        None => format!("{g}: joined {}", m.joined.describe()),
                    };
                    uncertain_members.push((e.actor.id.clone(), dates));
                }
            }
        }
        let undated_members = undated.len();
        let candidate_settled_out = {
            let rows: Vec<&crate::model::Membership> = ledger
                .dataset()
                .memberships
                .iter()
                .filter(|m| m.actor == candidate && body.roster.groups.contains(&m.group))
                .collect();
            // A group whose rows do not cover the day settles nothing (`Group::covers`).
            !rows.is_empty()
                && rows.iter().all(|m| {
                    !m.joined.is_unknown()
                        && m.on(as_of).is_none()
                        && ledger.group(&m.group).is_ok_and(|g| g.covers(as_of))
                })
        };
        out.push(StageResult {
            body: body.clone(),
            rule: rule.clone(),
            members: members.len(),
            candidate_member,
            unknown_seats,
            seated_by_assumption,
            undated_members,
            uncertain_members,
            candidate_settled_out,
            probability,
            needed,
            voters,
            unanswerable,
            attendance,
        });
    }
    Ok(Simulation {
        procedure,
        candidate: candidate.to_string(),
        as_of,
        stages: out,
        pass,
        skipped,
    })
}
