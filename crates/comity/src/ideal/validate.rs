//! Validation of the vote models on recorded votes about Kosovo and
//! Palestine (docs/ideal.md): per-country ballots where the roll-call data
//! hold them (GA 63/3, GA 67/19), recorded tallies otherwise (UNESCO 2011 and
//! 2015, Interpol 2018, ES-10/23). For each vote every model uses only what
//! precedes it: an ideal-point fit of the roll calls dated before the vote,
//! the learned model fitted on the analog roll calls dated before it, the
//! ledger as of the day before.

use std::collections::HashMap;

use jiff::civil;
use serde::Serialize;

use super::fit::FitSpec;
use super::learned::{LearnedSpec, Subject};
use super::predict::{IdealStanceModel, MotionSpec, Side};
use crate::error::{Error, Result};
use crate::ledger::Ledger;
use crate::model::ActorKind;
use crate::rollcall::RollCallVote;
use crate::store::Store;

/// A vote to validate on.
#[derive(Debug, Clone, Copy)]
pub struct Target {
    /// Its id in data/votes.toml (date and recorded tally come from there).
    pub id: &'static str,
    /// The entity it concerns.
    pub entity: &'static str,
    /// Which way a yes goes for it.
    pub side: Side,
    /// The group whose members on the date vote.
    pub among: &'static str,
    /// Its resolution code in the roll-call data (per-country ballots), if there.
    pub unres: Option<&'static str>,
    /// What it decides about the entity (h/ideal12): every validation vote is
    /// on the entity's status.
    pub subject: Subject,
}

/// The shipped validation votes. Sides: GA 63/3 is Serbia's request for an ICJ
/// opinion (a yes goes against Kosovo, press release GA/10764); the others are
/// admissions or upgrades of the entity's status (a yes favours it).
pub const TARGETS: [Target; 6] = [
    Target {
        id: "un-ga-63-3",
        entity: "XKX",
        side: Side::Against,
        among: "un",
        unres: Some("R/63/3"),
        subject: Subject::Status,
    },
    Target {
        id: "unesco-gc-2011",
        entity: "PSE",
        side: Side::For,
        among: "unesco",
        unres: None,
        subject: Subject::Status,
    },
    Target {
        id: "un-ga-67-19",
        entity: "PSE",
        side: Side::For,
        among: "un",
        unres: Some("R/67/19"),
        subject: Subject::Status,
    },
    Target {
        id: "unesco-gc-2015",
        entity: "XKX",
        side: Side::For,
        among: "unesco",
        unres: None,
        subject: Subject::Status,
    },
    Target {
        id: "interpol-ga-2018",
        entity: "XKX",
        side: Side::For,
        among: "interpol",
        unres: None,
        subject: Subject::Status,
    },
    Target {
        id: "un-ga-es-10-23",
        entity: "PSE",
        side: Side::For,
        among: "un",
        unres: None,
        subject: Subject::Status,
    },
];

/// The models compared: the majority class, the ordered-probit item
/// (`--method item`), the learned model of h/ideal3
/// ([`super::learned::LearnedSpec::PREVIOUS`]) and the shipped learned model
/// ([`super::learned::LearnedSpec::SHIPPED`], chosen on the development set).
pub const MODELS: [&str; 4] = [
    "majority class",
    "current (probit item)",
    "learned h/ideal3",
    "learned",
];

/// Per-country scores of one model on one vote (voters only).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scores {
    /// Ballots scored.
    pub n: usize,
    /// Share whose most likely ballot was the ballot cast.
    pub accuracy: f64,
    /// Mean over ballots of the squared error summed over yes/abstain/no (0 best, 2 worst).
    pub brier: f64,
    /// Mean −ln P(ballot cast), probabilities floored at 0.001.
    pub log_loss: f64,
}

/// One model on one vote.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ModelResult {
    /// Model name ([`MODELS`]).
    pub model: &'static str,
    /// Expected yes, no, abstain among the voters, scaled to the recorded number of voters.
    pub expected: [f64; 3],
    /// Sum of |expected − recorded| over yes, no, abstain.
    pub abs_error: f64,
    /// Per-country scores, when the ballots are in the roll-call data.
    pub scores: Option<Scores>,
}

/// One validation vote.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VoteResult {
    /// Id in data/votes.toml.
    pub id: String,
    /// Date.
    pub date: String,
    /// Entity.
    pub entity: String,
    /// Recorded yes, no, abstain.
    pub recorded: [u32; 3],
    /// Members predicted (tallies) or ballots scored (per-country).
    pub voters: usize,
    /// The ideal-point fit used.
    pub fit: String,
    /// The learned model's training set.
    pub trained_on: String,
    /// One result per model.
    pub models: Vec<ModelResult>,
}

/// A reliability bin: forecasts of one class with probability in `[lo, hi)`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bin {
    /// Lower edge.
    pub lo: f64,
    /// Upper edge.
    pub hi: f64,
    /// Forecasts in the bin.
    pub n: usize,
    /// Mean forecast probability.
    pub predicted: f64,
    /// Share of them that happened.
    pub observed: f64,
}

/// The whole validation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Validation {
    /// Per vote.
    pub votes: Vec<VoteResult>,
    /// Reliability of the learned model over the per-country ballots (each
    /// ballot gives three forecasts: yes, abstain, no).
    pub reliability: Vec<Bin>,
    /// The same for the learned model of h/ideal3.
    pub reliability_current: Vec<Bin>,
}

fn index(v: RollCallVote) -> usize {
    match v {
        RollCallVote::Yes => 0,
        RollCallVote::Abstain => 1,
        RollCallVote::No => 2,
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

/// Scores `[yes, abstain, no]` forecasts against ballots.
pub fn score(preds: &[([f64; 3], RollCallVote)]) -> Scores {
    let n = preds.len().max(1) as f64;
    let (mut hits, mut brier, mut ll) = (0.0, 0.0, 0.0);
    for (p, v) in preds {
        let t = index(*v);
        if argmax(p) == t {
            hits += 1.0;
        }
        brier += (0..3)
            .map(|k| (p[k] - f64::from(u8::from(k == t))).powi(2))
            .sum::<f64>();
        ll -= p[t].max(1e-3).ln();
    }
    Scores {
        n: preds.len(),
        accuracy: hits / n,
        brier: brier / n,
        log_loss: ll / n,
    }
}

/// A reliability table in ten bins of width 0.1.
pub fn reliability(preds: &[([f64; 3], RollCallVote)]) -> Vec<Bin> {
    let mut acc = [(0usize, 0.0f64, 0.0f64); 10];
    for (p, v) in preds {
        for (k, &pk) in p.iter().enumerate() {
            let b = ((pk * 10.0).floor() as usize).min(9);
            acc[b].0 += 1;
            acc[b].1 += pk;
            acc[b].2 += f64::from(u8::from(index(*v) == k));
        }
    }
    acc.iter()
        .enumerate()
        .map(|(b, &(n, p, o))| Bin {
            lo: b as f64 / 10.0,
            hi: (b + 1) as f64 / 10.0,
            n,
            predicted: if n > 0 { p / n as f64 } else { 0.0 },
            observed: if n > 0 { o / n as f64 } else { 0.0 },
        })
        .collect()
}

fn states_among(ledger: &Ledger, group: &str, date: civil::Date) -> Vec<String> {
    ledger
        .roster(group, date)
        .iter()
        .filter(|m| matches!(m.actor.kind, ActorKind::State))
        .map(|m| m.actor.id.clone())
        .collect()
}

/// Runs the validation (see the module docs) on every [`TARGETS`] vote, or
/// only on those whose ids are in `only` (when not empty). `progress` gets
/// the vote id before each vote.
///
/// # Errors
/// [`Error::Invalid`] when an id of `only` is not a target, a vote is not in
/// data/votes.toml, the roll calls were not imported, or a fit fails.
pub fn validate(
    store: &Store,
    ledger: &Ledger,
    today: civil::Date,
    threads: Option<usize>,
    only: &[String],
    progress: &mut dyn FnMut(&str),
) -> Result<Validation> {
    if let Some(bad) = only.iter().find(|o| !TARGETS.iter().any(|t| t.id == *o)) {
        return Err(Error::Invalid(format!(
            "{bad:?} is not a validation vote; expected one of: {}",
            TARGETS.map(|t| t.id).join(", ")
        )));
    }
    let recorded = crate::rules::shipped_votes()?;
    let mut votes = Vec::new();
    let mut pooled: [Vec<([f64; 3], RollCallVote)>; 2] = [Vec::new(), Vec::new()];
    for t in TARGETS
        .iter()
        .filter(|t| only.is_empty() || only.iter().any(|o| o == t.id))
    {
        progress(t.id);
        let rv = recorded
            .iter()
            .find(|v| v.id == t.id)
            .ok_or_else(|| Error::Invalid(format!("{}: not in data/votes.toml", t.id)))?;
        let date: civil::Date = rv
            .date
            .parse()
            .map_err(|e| Error::Invalid(format!("{}: date {:?}: {e}", t.id, rv.date)))?;
        let rec = [rv.yes, rv.no, rv.abstain.unwrap_or(0)];
        // Ideal points: a dynamic fit of the roll calls dated before the vote.
        let spec = FitSpec {
            dynamic: true,
            sessions: Some((40, u16::MAX)),
            before: Some(date),
            threads,
            ..FitSpec::default()
        };
        let fit = store.fit_ideal_unsaved(&spec, &mut |_| {})?;
        let truth: Option<Vec<(String, RollCallVote)>> = match t.unres {
            Some(u) => {
                let rc = store
                    .find_roll_calls(u)?
                    .into_iter()
                    .find(|r| r.date == rv.date)
                    .ok_or_else(|| {
                        Error::Invalid(format!("{u}: no roll call dated {}", rv.date))
                    })?;
                Some(
                    store
                        .roll_call_votes(rc.rcid)?
                        .into_iter()
                        .map(|(a, _, official)| (a, official))
                        .collect(),
                )
            }
            None => None,
        };
        let voters: Vec<String> = match &truth {
            Some(tr) => tr.iter().map(|(a, _)| a.clone()).collect(),
            None => states_among(ledger, t.among, date),
        };
        let mut spec = MotionSpec::on(date);
        spec.candidate = Some(t.entity.to_string());
        spec.side = t.side;
        spec.subject = t.subject;
        spec.learned = false;
        let current = IdealStanceModel::new(store, ledger, &fit, spec.clone(), today)?;
        spec.learned = true;
        spec.learned_spec = LearnedSpec::PREVIOUS;
        let previous = IdealStanceModel::new(store, ledger, &fit, spec.clone(), today)?;
        spec.learned_spec = LearnedSpec::SHIPPED;
        let learned = IdealStanceModel::new(store, ledger, &fit, spec, today)?;
        let trained_on = match learned.learned() {
            Some(m) => format!(
                "{} ballots of {} roll calls, {}..{}",
                m.rows,
                m.fitted_on.len(),
                m.fitted_on
                    .first()
                    .map(|c| c.date.to_string())
                    .unwrap_or_default(),
                m.fitted_on
                    .last()
                    .map(|c| c.date.to_string())
                    .unwrap_or_default()
            ),
            None => {
                return Err(Error::Invalid(format!(
                    "{}: the learned model could not be fitted (no earlier roll call)",
                    t.id
                )))
            }
        };
        let shares = current.window().shares;
        let mut majority = [0.0; 3];
        majority[argmax(&shares)] = 1.0;
        let forecasts: [HashMap<&str, [f64; 3]>; 4] = [
            voters.iter().map(|a| (a.as_str(), majority)).collect(),
            voters
                .iter()
                .map(|a| (a.as_str(), current.predict(a).voting))
                .collect(),
            voters
                .iter()
                .map(|a| (a.as_str(), previous.predict(a).voting))
                .collect(),
            voters
                .iter()
                .map(|a| (a.as_str(), learned.predict(a).voting))
                .collect(),
        ];
        let total = f64::from(rec.iter().sum::<u32>());
        let mut models = Vec::new();
        for (m, f) in MODELS.iter().zip(&forecasts) {
            let mut mean = [0.0; 3];
            for p in f.values() {
                for k in 0..3 {
                    mean[k] += p[k] / f.len().max(1) as f64;
                }
            }
            // [yes, abstain, no] → [yes, no, abstain] as recorded.
            let expected = [mean[0] * total, mean[2] * total, mean[1] * total];
            let abs_error = (0..3)
                .map(|k| (expected[k] - f64::from(rec[k])).abs())
                .sum();
            let scores = truth.as_ref().map(|tr| {
                let preds: Vec<([f64; 3], RollCallVote)> = tr
                    .iter()
                    .map(|(a, v)| (f.get(a.as_str()).copied().unwrap_or([1.0 / 3.0; 3]), *v))
                    .collect();
                if *m == MODELS[2] || *m == MODELS[3] {
                    pooled[usize::from(*m == MODELS[3])].extend(preds.iter().copied());
                }
                score(&preds)
            });
            models.push(ModelResult {
                model: m,
                expected,
                abs_error,
                scores,
            });
        }
        votes.push(VoteResult {
            id: t.id.to_string(),
            date: rv.date.clone(),
            entity: t.entity.to_string(),
            recorded: rec,
            voters: voters.len(),
            fit: format!(
                "dynamic, sessions {}, roll calls before {date}",
                fit.info.sessions
            ),
            trained_on,
            models,
        });
    }
    Ok(Validation {
        votes,
        reliability: reliability(&pooled[1]),
        reliability_current: reliability(&pooled[0]),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_of_a_certain_right_forecast_are_perfect() {
        let s = score(&[([1.0, 0.0, 0.0], RollCallVote::Yes)]);
        assert_eq!((s.accuracy, s.brier), (1.0, 0.0));
        assert!(s.log_loss.abs() < 1e-12);
        // Wrong and certain: Brier 2, log loss −ln 0.001.
        let s = score(&[([1.0, 0.0, 0.0], RollCallVote::No)]);
        assert_eq!((s.accuracy, s.brier), (0.0, 2.0));
        assert!((s.log_loss - 1000f64.ln()).abs() < 1e-12);
    }

    #[test]
    fn reliability_bins_count_every_class_forecast() {
        let r = reliability(&[([0.75, 0.2, 0.05], RollCallVote::Yes)]);
        assert_eq!(r.iter().map(|b| b.n).sum::<usize>(), 3);
        assert_eq!(r[7].n, 1);
        assert_eq!(r[7].observed, 1.0);
        assert_eq!(r[2].observed, 0.0);
    }
}
