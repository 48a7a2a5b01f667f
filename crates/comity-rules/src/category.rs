//! A category stance model fitted from recorded tallies only, and its validation on other votes.
//!
//! # Model
//!
//! Every voter carries a category label (e.g. `recognises`, `does-not-recognise`, `withdrawn-or-disputed`,
//! `unknown`). All voters of category `c` vote independently with the same probabilities
//! `θ_c = (yes, no, abstain, absent)`.
//!
//! # Fitting (documented method)
//!
//! We only know, for each recorded vote `v`, how many voters of each category took part
//! (`n_vc`, from the ledger as of the vote's date) and the total tally `t_vk` for each ballot `k`.
//! The expected tally is `E[t_vk] = Σ_c n_vc θ_ck`. The fit minimises the weighted least squares
//!
//! ```text
//!   Σ_v Σ_k (t_vk − Σ_c n_vc θ_ck)² / N_v   +   λ Σ_c Σ_k (θ_ck − 1/4)²
//! ```
//!
//! over `θ_c` in the probability simplex, where `N_v` is the number of voters (the weight is the
//! inverse of the multinomial variance scale, so large bodies do not swamp small ones) and `λ`
//! (default [`DEFAULT_RIDGE`]) is a small ridge towards the uniform stance that makes the
//! solution unique when the votes cannot separate the categories. The problem is convex; it is
//! solved by accelerated projected gradient descent (FISTA) with exact Euclidean projection on
//! the simplex (sort-based). The fit reports whether the category counts identify the model
//! (the matrix `n_vc` has full column rank); when it does not, the ridge decides, and the
//! answer must be read as a prior, not an estimate.

use std::collections::{BTreeMap, BTreeSet};

use crate::ballot::Roster;
use crate::error::Error;
use crate::probability::{expected_tally, pass_probability, ExpectedTally, Stance};
use crate::rule::{Counts, Rule};
use crate::stance::{Motion, StanceModel};

/// Default ridge weight λ.
pub const DEFAULT_RIDGE: f64 = 1e-3;

/// One recorded vote as fitting data: voters per category and the observed tally.
#[derive(Debug, Clone, PartialEq)]
pub struct FitVote {
    /// Vote id (`unesco-gc-2015`).
    pub id: String,
    /// Number of voters (members entitled to vote) in each category.
    pub categories: BTreeMap<String, u32>,
    /// Observed counts; `yes + no + abstain + absent` must equal the number of voters
    /// (invalid ballots: count them as abstentions and say so).
    pub observed: Counts,
}

impl FitVote {
    /// A validated fitting vote.
    ///
    /// # Errors
    /// [`Error::Model`] when the counts do not add up to the number of voters.
    pub fn new(
        id: &str,
        categories: BTreeMap<String, u32>,
        observed: Counts,
    ) -> Result<Self, Error> {
        let voters: u32 = categories.values().sum();
        let counted =
            observed.yes + observed.no + observed.abstain + observed.absent + observed.invalid;
        if voters != counted || voters == 0 {
            return Err(Error::Model {
                reason: format!(
                    "vote `{id}`: {voters} voters in categories but the tally counts {counted} \
                     (yes + no + abstain + absent must equal the voters, and be positive)"
                ),
            });
        }
        Ok(FitVote {
            id: id.to_string(),
            categories,
            observed,
        })
    }

    fn observed_vec(&self) -> [f64; 4] {
        let o = &self.observed;
        [
            f64::from(o.yes),
            f64::from(o.no),
            f64::from(o.abstain + o.invalid),
            f64::from(o.absent),
        ]
    }

    fn voters(&self) -> u32 {
        self.categories.values().sum()
    }
}

/// Per-category stances, fitted on some votes.
#[derive(Debug, Clone, PartialEq)]
pub struct CategoryModel {
    /// Stance of each category.
    pub stances: BTreeMap<String, Stance>,
    /// Ids of the votes it was fitted on (validation refuses them).
    pub fitted_on: Vec<String>,
    /// Whether the fitting votes identify every category (full column rank).
    pub identified: bool,
    /// Final value of the objective.
    pub objective: f64,
    /// Iterations used.
    pub iterations: usize,
}

fn project_simplex(v: [f64; 4]) -> [f64; 4] {
    let mut u = v;
    u.sort_by(|a, b| b.total_cmp(a));
    let mut cum = 0.0;
    let mut theta = 0.0;
    for (j, &x) in u.iter().enumerate() {
        cum += x;
        #[allow(clippy::cast_precision_loss)]
        let t = (cum - 1.0) / (j as f64 + 1.0);
        if x - t > 0.0 {
            theta = t;
        }
    }
    v.map(|x| (x - theta).max(0.0))
}

fn rank(rows: &[Vec<f64>]) -> usize {
    let mut m: Vec<Vec<f64>> = rows.to_vec();
    let cols = m.first().map_or(0, Vec::len);
    let mut r = 0;
    for c in 0..cols {
        let Some(p) = (r..m.len()).max_by(|&a, &b| m[a][c].abs().total_cmp(&m[b][c].abs())) else {
            break;
        };
        if m[p][c].abs() < 1e-9 {
            continue;
        }
        m.swap(r, p);
        let pivot = m[r].clone();
        for (i, row) in m.iter_mut().enumerate() {
            if i != r {
                let f = row[c] / pivot[c];
                for (x, p) in row.iter_mut().zip(&pivot).skip(c) {
                    *x -= f * p;
                }
            }
        }
        r += 1;
    }
    r
}

impl CategoryModel {
    /// Fits the model on `votes` with ridge `lambda` (see the module docs for the method).
    ///
    /// # Errors
    /// [`Error::Model`] when there are no votes, no categories, or `lambda` is negative or not
    /// finite.
    pub fn fit(votes: &[FitVote], lambda: f64) -> Result<CategoryModel, Error> {
        if votes.is_empty() {
            return Err(Error::Model {
                reason: "expected at least one vote to fit on".to_string(),
            });
        }
        if !lambda.is_finite() || lambda < 0.0 {
            return Err(Error::Model {
                reason: format!("expected a ridge weight >= 0, got {lambda}"),
            });
        }
        let cats: Vec<String> = votes
            .iter()
            .flat_map(|v| v.categories.keys().cloned())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        if cats.is_empty() {
            return Err(Error::Model {
                reason: "expected at least one category".to_string(),
            });
        }
        let rows: Vec<Vec<f64>> = votes
            .iter()
            .map(|v| {
                cats.iter()
                    .map(|c| f64::from(v.categories.get(c).copied().unwrap_or(0)))
                    .collect()
            })
            .collect();
        let weights: Vec<f64> = votes.iter().map(|v| 1.0 / f64::from(v.voters())).collect();
        let obs: Vec<[f64; 4]> = votes.iter().map(FitVote::observed_vec).collect();
        // Lipschitz constant of the gradient: 2 (Σ_v w_v ||n_v||² + λ).
        let lip = 2.0
            * (rows
                .iter()
                .zip(&weights)
                .map(|(r, w)| w * r.iter().map(|x| x * x).sum::<f64>())
                .sum::<f64>()
                + lambda);
        let step = 1.0 / lip;
        let objective = |th: &[[f64; 4]]| -> f64 {
            let mut f = 0.0;
            for ((r, w), o) in rows.iter().zip(&weights).zip(&obs) {
                for k in 0..4 {
                    let e: f64 = r.iter().zip(th).map(|(n, t)| n * t[k]).sum();
                    f += w * (o[k] - e).powi(2);
                }
            }
            f + lambda * th.iter().flatten().map(|t| (t - 0.25).powi(2)).sum::<f64>()
        };
        let gradient = |th: &[[f64; 4]]| -> Vec<[f64; 4]> {
            let mut g = vec![[0.0; 4]; th.len()];
            for ((r, w), o) in rows.iter().zip(&weights).zip(&obs) {
                for k in 0..4 {
                    let e: f64 = r.iter().zip(th).map(|(n, t)| n * t[k]).sum();
                    let d = -2.0 * w * (o[k] - e);
                    for (gc, n) in g.iter_mut().zip(r) {
                        gc[k] += d * n;
                    }
                }
            }
            for (gc, t) in g.iter_mut().zip(th) {
                for k in 0..4 {
                    gc[k] += 2.0 * lambda * (t[k] - 0.25);
                }
            }
            g
        };
        let mut x = vec![[0.25; 4]; cats.len()];
        let mut y = x.clone();
        let mut t = 1.0_f64;
        let mut iterations = 0;
        for it in 1..=200_000 {
            iterations = it;
            let g = gradient(&y);
            let next: Vec<[f64; 4]> = y
                .iter()
                .zip(&g)
                .map(|(yc, gc)| project_simplex([0, 1, 2, 3].map(|k| yc[k] - step * gc[k])))
                .collect();
            let t_next = (1.0 + (1.0 + 4.0 * t * t).sqrt()) / 2.0;
            let change: f64 = next
                .iter()
                .zip(&x)
                .flat_map(|(a, b)| a.iter().zip(b).map(|(p, q)| (p - q).abs()))
                .fold(0.0, f64::max);
            y = next
                .iter()
                .zip(&x)
                .map(|(a, b)| [0, 1, 2, 3].map(|k| a[k] + (t - 1.0) / t_next * (a[k] - b[k])))
                .collect();
            x = next;
            t = t_next;
            if change < 1e-13 {
                break;
            }
        }
        let stances = cats
            .iter()
            .zip(&x)
            .map(|(c, th)| {
                let s: f64 = th.iter().sum();
                let th = th.map(|p| p / s);
                (
                    c.clone(),
                    Stance {
                        yes: th[0],
                        no: th[1],
                        abstain: th[2],
                        absent: th[3],
                    },
                )
            })
            .collect();
        Ok(CategoryModel {
            stances,
            fitted_on: votes.iter().map(|v| v.id.clone()).collect(),
            identified: rank(&rows) == cats.len(),
            objective: objective(&x),
            iterations,
        })
    }

    /// The stances of a vote's voters, category by category, in category order.
    ///
    /// # Errors
    /// [`Error::Model`] when the vote has a category the model was not fitted on.
    pub fn voter_stances(&self, vote: &FitVote) -> Result<Vec<Stance>, Error> {
        let mut out = Vec::new();
        for (c, &n) in &vote.categories {
            let s = self.stances.get(c).ok_or_else(|| Error::Model {
                reason: format!(
                    "vote `{}`: category `{c}` was not in the fitting votes",
                    vote.id
                ),
            })?;
            out.extend(std::iter::repeat_n(*s, n as usize));
        }
        Ok(out)
    }

    /// Attaches actor labels, giving a [`StanceModel`].
    #[must_use]
    pub fn with_labels(&self, labels: BTreeMap<String, String>) -> LabelledModel<'_> {
        LabelledModel {
            model: self,
            labels,
        }
    }
}

/// A category model with each actor's category: a [`StanceModel`]. An actor without a label,
/// or with a label the model lacks, gets the `unknown` category's stance if fitted, else the
/// average of the fitted stances.
#[derive(Debug, Clone)]
pub struct LabelledModel<'a> {
    model: &'a CategoryModel,
    labels: BTreeMap<String, String>,
}

impl StanceModel for LabelledModel<'_> {
    fn stance(&self, actor: &str, _motion: &Motion) -> Stance {
        let fitted = |c: &str| self.model.stances.get(c).copied();
        if let Some(s) = self
            .labels
            .get(actor)
            .and_then(|c| fitted(c))
            .or_else(|| fitted("unknown"))
        {
            return s;
        }
        let n = self.model.stances.len().max(1);
        #[allow(clippy::cast_precision_loss)]
        let n = n as f64;
        let e = expected_tally(&self.model.stances.values().copied().collect::<Vec<_>>());
        Stance {
            yes: e.yes / n,
            no: e.no / n,
            abstain: e.abstain / n,
            absent: 1.0 - (e.yes + e.no + e.abstain) / n,
        }
    }
}

/// A vote held out for validation: the fitting data plus the rule and what happened.
#[derive(Debug, Clone, PartialEq)]
pub struct HeldOutVote {
    /// Voters per category and the observed tally.
    pub vote: FitVote,
    /// The rule the body applied (vetoes are ignored: who cast which ballot is unknown).
    pub rule: Rule,
    /// Whether the motion passed, per the sources.
    pub passed: bool,
}

/// How the model did on one held-out vote.
#[derive(Debug, Clone, PartialEq)]
pub struct VoteScore {
    /// Vote id.
    pub id: String,
    /// Expected counts under the model.
    pub expected: ExpectedTally,
    /// Recorded counts (invalid ballots counted as abstentions).
    pub observed: Counts,
    /// Σ |expected − observed| over yes, no, abstain, absent.
    pub abs_error: f64,
    /// P(the recorded outcome) under the model, exact.
    pub p_recorded_outcome: f64,
}

/// Validation of a model on held-out votes.
#[derive(Debug, Clone, PartialEq)]
pub struct Validation {
    /// One score per vote.
    pub votes: Vec<VoteScore>,
    /// Mean of `abs_error`.
    pub mean_abs_error: f64,
    /// Σ ln P(recorded outcome) (higher is better; 0 is perfect).
    pub log_score: f64,
}

/// Scores `model` on votes it was not fitted on.
///
/// # Errors
/// [`Error::Model`] when a vote was used for fitting, has a category the model lacks, or the
/// list is empty.
pub fn validate(model: &CategoryModel, votes: &[HeldOutVote]) -> Result<Validation, Error> {
    if votes.is_empty() {
        return Err(Error::Model {
            reason: "expected at least one held-out vote".to_string(),
        });
    }
    let mut scores = Vec::new();
    for h in votes {
        if model.fitted_on.contains(&h.vote.id) {
            return Err(Error::Model {
                reason: format!(
                    "vote `{}` was used to fit the model; validate on other votes",
                    h.vote.id
                ),
            });
        }
        let stances = model.voter_stances(&h.vote)?;
        let ids: Vec<String> = (0..stances.len()).map(|i| format!("v{i}")).collect();
        let roster = Roster::new(ids)?;
        let rule = Rule {
            veto: crate::rule::Veto::None,
            ..h.rule.clone()
        };
        let p = pass_probability(&rule, &roster, &stances)?;
        let o = h.vote.observed;
        let e = p.expected;
        let abs_error = (e.yes - f64::from(o.yes)).abs()
            + (e.no - f64::from(o.no)).abs()
            + (e.abstain - f64::from(o.abstain + o.invalid)).abs()
            + (e.absent - f64::from(o.absent)).abs();
        scores.push(VoteScore {
            id: h.vote.id.clone(),
            expected: e,
            observed: o,
            abs_error,
            p_recorded_outcome: if h.passed { p.pass } else { 1.0 - p.pass },
        });
    }
    #[allow(clippy::cast_precision_loss)]
    let mean_abs_error = scores.iter().map(|s| s.abs_error).sum::<f64>() / scores.len() as f64;
    let log_score = scores
        .iter()
        .map(|s| s.p_recorded_outcome.max(1e-300).ln())
        .sum();
    Ok(Validation {
        votes: scores,
        mean_abs_error,
        log_score,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simplex_projection() {
        let p = project_simplex([0.5, 0.5, 0.5, 0.5]);
        for x in p {
            assert!((x - 0.25).abs() < 1e-15);
        }
        let p = project_simplex([2.0, 0.0, 0.0, 0.0]);
        assert_eq!(p, [1.0, 0.0, 0.0, 0.0]);
    }

    #[test]
    fn rank_detects_collinear_votes() {
        assert_eq!(rank(&[vec![1.0, 2.0], vec![2.0, 4.0]]), 1);
        assert_eq!(rank(&[vec![1.0, 2.0], vec![2.0, 3.0]]), 2);
    }
}
