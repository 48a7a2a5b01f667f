//! The learned vote model: a multinomial logistic regression of a state's
//! ballot (yes / abstain / no, given that it votes) on what is known before
//! the vote — the ledger's recognition of the motion's entity by the state,
//! its ideal point, its ballot on the latest earlier roll call about the same
//! entity, and its group memberships — fitted on the earlier
//! recognition-related UNGA roll calls ([`ANALOG_RULES`]) dated strictly
//! before the vote being predicted, with every feature computed as of each
//! fitted roll call's date. See docs/ideal.md.

use std::collections::{HashMap, HashSet};

use jiff::civil;

use super::fit::StoredFit;
use super::predict::Side;
use crate::error::{Error, Result};
use crate::ledger::Ledger;
use crate::rollcall::RollCallVote;
use crate::status::Recognition;
use crate::store::Store;

/// A rule that selects the roll calls about an entity and says which way a
/// yes goes for it. Rules are fixed in advance (they do not look at ballots).
#[derive(Debug, Clone, Copy)]
pub struct AnalogRule {
    /// The entity the roll calls concern.
    pub entity: &'static str,
    /// Every one of these must occur in the roll call's `short` or `descr`
    /// (upper-cased).
    pub all_of: &'static [&'static str],
    /// At least one of these must occur (empty: no condition).
    pub any_of: &'static [&'static str],
    /// Which way a yes goes for the entity.
    pub side: Side,
    /// Why, for people.
    pub why: &'static str,
}

/// The shipped rules (docs/ideal.md): resolutions on Palestine's statehood,
/// status or participation in the UN and on the Palestinian people's right
/// to self-determination (a yes favours Palestine); the Kosovo roll call of
/// the data, GA 63/3 (Serbia's request for an ICJ opinion on Kosovo's
/// declaration of independence: a yes goes against Kosovo). Amendment and
/// paragraph votes are excluded (their direction is not the resolution's).
pub const ANALOG_RULES: &[AnalogRule] = &[
    AnalogRule {
        entity: "PSE",
        all_of: &["PALESTIN"],
        any_of: &[
            "STATE OF PALESTINE",
            "PALESTINE, STATE",
            "STATUS OF PALESTINE",
            "PLO, STATUS",
            "U.N. PARTICIPATION",
        ],
        side: Side::For,
        why: "Palestine's statehood, UN status or participation, self-determination",
    },
    AnalogRule {
        entity: "XKX",
        all_of: &["KOSOVO"],
        any_of: &[],
        side: Side::Against,
        why: "GA 63/3: Serbia's request for an ICJ advisory opinion (A/63/L.2)",
    },
];

/// The groups whose membership on the date is a feature (when in the ledger).
pub const FEATURE_GROUPS: [&str; 3] = ["eu", "nato", "oic"];

/// Names of the features, in order (after the intercept).
/// The first four are signed by the motion's side (+1 when a yes favours the
/// entity, −1 when it goes against it); not-recorded recognition is neither
/// "recognises" nor "does not".
pub const FEATURES: [&str; 8] = [
    "recognises the entity (signed)",
    "does not recognise it (signed)",
    "ideal point (signed; + when the anchor recognises)",
    "pro +1 / con -1 on the last analog (signed)",
    "abstained on the last analog",
    "EU member",
    "NATO member",
    "OIC member",
];
const P: usize = FEATURES.len() + 1;

/// Prior sd of the coefficients (ridge); the intercepts have a weak prior.
const PRIOR_SD: f64 = 1.0;

/// An earlier roll call selected by a rule.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalogCall {
    /// rcid.
    pub rcid: u32,
    /// Date.
    pub date: civil::Date,
    /// Session.
    pub session: u16,
    /// Resolution code.
    pub unres: String,
    /// The entity.
    pub entity: &'static str,
    /// Which way a yes goes for it.
    pub side: Side,
}

impl Store {
    /// The roll calls selected by [`ANALOG_RULES`] dated strictly before `before`, oldest first.
    ///
    /// # Errors
    /// Only on a database failure or a malformed date in the store.
    pub fn analog_calls(&self, before: civil::Date) -> Result<Vec<AnalogCall>> {
        let mut st = self.conn().prepare(
            "SELECT rcid, date, session, unres, short, descr FROM rollcall
             WHERE date < ?1 AND COALESCE(amend, 0) = 0 AND COALESCE(para, 0) = 0
             ORDER BY date, rcid",
        )?;
        let mut rows = st.query([before.to_string()])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let (rcid, date, session, unres, short, descr): (
                u32,
                String,
                u16,
                String,
                String,
                String,
            ) = (
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            );
            let text = format!("{short} {descr}").to_uppercase();
            let Some(rule) = ANALOG_RULES.iter().find(|ru| {
                ru.all_of.iter().all(|w| text.contains(w))
                    && (ru.any_of.is_empty() || ru.any_of.iter().any(|w| text.contains(w)))
            }) else {
                continue;
            };
            let date = date
                .parse::<civil::Date>()
                .map_err(|e| Error::Invalid(format!("rollcall {rcid}: date {date:?}: {e}")))?;
            out.push(AnalogCall {
                rcid,
                date,
                session,
                unres,
                entity: rule.entity,
                side: rule.side,
            });
        }
        Ok(out)
    }
}

/// A state's ballot on the latest earlier analog roll call about the entity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PreviousBallot {
    /// The ballot.
    pub vote: RollCallVote,
    /// Which way a yes went for the entity there.
    pub side: Side,
}

fn sign(side: Side) -> f64 {
    match side {
        Side::For => 1.0,
        Side::Against => -1.0,
    }
}

/// Everything the features of one (state, motion) need, as of the motion's date.
pub struct Context<'a> {
    ledger: &'a Ledger,
    today: civil::Date,
    entity: String,
    side: Side,
    day: civil::Date,
    /// +1 when the fit's anchor recognises the entity on `day`, else −1.
    direction: f64,
    groups: Vec<HashSet<String>>,
}

impl<'a> Context<'a> {
    /// The context of a motion about `entity` on `date` (recognition as of the day before).
    pub fn new(
        ledger: &'a Ledger,
        anchor: &str,
        entity: &str,
        side: Side,
        date: civil::Date,
        today: civil::Date,
    ) -> Context<'a> {
        let day = date.yesterday().unwrap_or(date);
        let direction = if ledger.status(anchor, entity, day, today).recognition.status
            == Recognition::Recognised
        {
            1.0
        } else {
            -1.0
        };
        let groups = FEATURE_GROUPS
            .iter()
            .map(|g| {
                ledger
                    .roster(g, date)
                    .iter()
                    .map(|m| m.actor.id.clone())
                    .collect()
            })
            .collect();
        Context {
            ledger,
            today,
            entity: entity.to_string(),
            side,
            day,
            direction,
            groups,
        }
    }

    /// The recognition of the entity by `actor` on the day before the motion.
    pub fn recognition(&self, actor: &str) -> Recognition {
        self.ledger
            .status(actor, &self.entity, self.day, self.today)
            .recognition
            .status
    }

    /// The feature vector (intercept first).
    pub fn features(
        &self,
        actor: &str,
        point: Option<f64>,
        previous: Option<PreviousBallot>,
    ) -> [f64; P] {
        let (rec, not) = match self.recognition(actor) {
            Recognition::Recognised => (1.0, 0.0),
            Recognition::NotRecognised | Recognition::Withdrawn | Recognition::Suspended => {
                (0.0, 1.0)
            }
            // Nothing recorded is not a "does not recognise".
            Recognition::NotRecorded | Recognition::Disputed | Recognition::Ceased => (0.0, 0.0),
        };
        let (pro, abstained) = match previous {
            Some(PreviousBallot { vote, side }) => match vote {
                RollCallVote::Yes => (sign(side), 0.0),
                RollCallVote::No => (-sign(side), 0.0),
                RollCallVote::Abstain => (0.0, 1.0),
            },
            None => (0.0, 0.0),
        };
        let member = |k: usize| f64::from(u8::from(self.groups[k].contains(actor)));
        let s = sign(self.side);
        [
            1.0,
            s * rec,
            s * not,
            s * self.direction * point.unwrap_or(0.0),
            s * pro,
            abstained,
            member(0),
            member(1),
            member(2),
        ]
    }
}

/// The fitted coefficients: for yes and for no (abstain is the reference).
#[derive(Debug, Clone, PartialEq)]
pub struct LearnedModel {
    /// Coefficients of yes (intercept first, then [`FEATURES`]).
    pub yes: [f64; P],
    /// Coefficients of no.
    pub no: [f64; P],
    /// The roll calls fitted on.
    pub fitted_on: Vec<AnalogCall>,
    /// Ballots fitted on.
    pub rows: usize,
    /// Newton iterations.
    pub iterations: usize,
}

/// `[yes, abstain, no]` of a coefficient set at features `f`.
pub fn softmax(yes: &[f64; P], no: &[f64; P], f: &[f64; P]) -> [f64; 3] {
    let dot = |b: &[f64; P]| b.iter().zip(f).map(|(a, x)| a * x).sum::<f64>();
    let (ey, en) = (dot(yes), dot(no));
    let m = ey.max(en).max(0.0);
    let (a, b, c) = ((ey - m).exp(), (-m).exp(), (en - m).exp());
    let t = a + b + c;
    [a / t, b / t, c / t]
}

impl LearnedModel {
    /// P(yes), P(abstain), P(no) given that the state votes.
    pub fn probabilities(&self, f: &[f64; P]) -> [f64; 3] {
        softmax(&self.yes, &self.no, f)
    }
}

/// Fits the multinomial logit on `(features, ballot)` rows by Newton's method
/// (posterior mode: N(0, 1) coefficients, N(0, 10²) intercepts).
///
/// # Errors
/// [`Error::Invalid`] when there are no rows.
pub fn fit_logit(rows: &[([f64; P], RollCallVote)]) -> Result<([f64; P], [f64; P], usize)> {
    if rows.is_empty() {
        return Err(Error::Invalid("no ballots to fit the vote model on".into()));
    }
    const N: usize = 2 * P;
    let prec = |j: usize| {
        if j % P == 0 {
            1.0 / 100.0
        } else {
            1.0 / (PRIOR_SD * PRIOR_SD)
        }
    };
    let mut theta = [0.0f64; N];
    let mut iterations = 0;
    for it in 0..100 {
        iterations = it + 1;
        let mut g = [0.0f64; N];
        let mut h = [[0.0f64; N]; N];
        for j in 0..N {
            g[j] = -prec(j) * theta[j];
            h[j][j] = prec(j);
        }
        let (yes, no) = split(&theta);
        for (f, v) in rows {
            let p = softmax(&yes, &no, f);
            let (py, pn) = (p[0], p[2]);
            let (ty, tn) = match v {
                RollCallVote::Yes => (1.0, 0.0),
                RollCallVote::No => (0.0, 1.0),
                RollCallVote::Abstain => (0.0, 0.0),
            };
            for a in 0..P {
                g[a] += (ty - py) * f[a];
                g[P + a] += (tn - pn) * f[a];
                for b in 0..P {
                    let ff = f[a] * f[b];
                    h[a][b] += py * (1.0 - py) * ff;
                    h[P + a][P + b] += pn * (1.0 - pn) * ff;
                    h[a][P + b] -= py * pn * ff;
                    h[P + a][b] -= py * pn * ff;
                }
            }
        }
        let step = solve(h, g).ok_or_else(|| {
            Error::Invalid("the vote model's Newton step failed (singular)".into())
        })?;
        let mut change = 0.0f64;
        for j in 0..N {
            theta[j] += step[j];
            change = change.max(step[j].abs());
        }
        if !theta.iter().all(|t| t.is_finite()) {
            return Err(Error::Invalid("the vote model diverged".into()));
        }
        if change < 1e-8 {
            break;
        }
    }
    let (yes, no) = split(&theta);
    Ok((yes, no, iterations))
}

fn split(theta: &[f64; 2 * P]) -> ([f64; P], [f64; P]) {
    let mut yes = [0.0; P];
    let mut no = [0.0; P];
    yes.copy_from_slice(&theta[..P]);
    no.copy_from_slice(&theta[P..]);
    (yes, no)
}

/// Solves `h x = g` (Gaussian elimination with partial pivoting).
#[allow(clippy::needless_range_loop)]
fn solve<const N: usize>(mut h: [[f64; N]; N], mut g: [f64; N]) -> Option<[f64; N]> {
    for c in 0..N {
        let piv = (c..N).max_by(|a, b| h[*a][c].abs().total_cmp(&h[*b][c].abs()))?;
        if h[piv][c].abs() < 1e-300 {
            return None;
        }
        h.swap(c, piv);
        g.swap(c, piv);
        for r in c + 1..N {
            let f = h[r][c] / h[c][c];
            for k in c..N {
                h[r][k] -= f * h[c][k];
            }
            g[r] -= f * g[c];
        }
    }
    let mut x = [0.0; N];
    for c in (0..N).rev() {
        let s: f64 = (c + 1..N).map(|k| h[c][k] * x[k]).sum();
        x[c] = (g[c] - s) / h[c][c];
    }
    Some(x)
}

/// Official ballots of a roll call (corrections applied), by actor.
fn ballots(store: &Store, rcid: u32) -> Result<HashMap<String, RollCallVote>> {
    Ok(store
        .roll_call_votes(rcid)?
        .into_iter()
        .map(|(a, _, official)| (a, official))
        .collect())
}

/// Each actor's ballot on the latest analog about `entity` among `calls`
/// (those before the motion), with that analog's side.
pub fn previous_ballots(
    store: &Store,
    calls: &[AnalogCall],
    entity: &str,
) -> Result<HashMap<String, PreviousBallot>> {
    let Some(last) = calls.iter().rev().find(|c| c.entity == entity) else {
        return Ok(HashMap::new());
    };
    Ok(ballots(store, last.rcid)?
        .into_iter()
        .map(|(a, vote)| {
            (
                a,
                PreviousBallot {
                    vote,
                    side: last.side,
                },
            )
        })
        .collect())
}

/// Fits the learned model on every analog roll call dated strictly before
/// `date` on which at least one voter recognised the entity: each voter's features as of that roll call's date (recognition on
/// the day before, its ballot on the previous analog of the same entity, its
/// point in `fit` for the session before, group memberships on the day).
///
/// # Errors
/// [`Error::Invalid`] when no analog roll call precedes `date`.
pub fn fit_before(
    store: &Store,
    ledger: &Ledger,
    fit: &StoredFit,
    date: civil::Date,
    today: civil::Date,
) -> Result<LearnedModel> {
    let all = store.analog_calls(date)?;
    let mut calls = Vec::new();
    let mut rows = Vec::new();
    let mut last: HashMap<&str, (Side, HashMap<String, RollCallVote>)> = HashMap::new();
    for c in all {
        let b = ballots(store, c.rcid)?;
        let ctx = Context::new(
            ledger,
            &fit.info.spec.anchor,
            c.entity,
            c.side,
            c.date,
            today,
        );
        // Before anyone recognises the entity (Palestine before 15 Nov 1988) the
        // recognition features carry nothing: such roll calls are not used.
        if !b
            .keys()
            .any(|a| ctx.recognition(a) == Recognition::Recognised)
        {
            continue;
        }
        let prev = last.get(c.entity);
        for (actor, vote) in &b {
            let previous = prev.and_then(|(side, m)| {
                m.get(actor).map(|v| PreviousBallot {
                    vote: *v,
                    side: *side,
                })
            });
            let point = fit
                .point_at(actor, Some(c.session.saturating_sub(1)))
                .map(|p| p.estimate);
            rows.push((ctx.features(actor, point, previous), *vote));
        }
        last.insert(c.entity, (c.side, b));
        calls.push(c);
    }
    if calls.is_empty() {
        return Err(Error::Invalid(format!(
            "no recognition-related roll call before {date} to fit the vote model on"
        )));
    }
    let (yes, no, iterations) = fit_logit(&rows)?;
    Ok(LearnedModel {
        yes,
        no,
        rows: rows.len(),
        fitted_on: calls,
        iterations,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Simulated truth: ballots drawn from known coefficients; the fit recovers them.
    #[test]
    fn logit_recovers_known_coefficients() {
        let mut yes = [0.0; P];
        let mut no = [0.0; P];
        yes[0] = 1.0;
        yes[1] = 1.5;
        no[0] = -1.0;
        no[1] = -1.0;
        // A small deterministic generator (LCG) for features and draws.
        let mut s: u64 = 42;
        let mut u = || {
            s = s
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (s >> 11) as f64 / (1u64 << 53) as f64
        };
        let mut rows = Vec::new();
        for _ in 0..20_000 {
            let mut f = [0.0; P];
            f[0] = 1.0;
            f[1] = if u() < 0.5 { 1.0 } else { -1.0 };
            let p = softmax(&yes, &no, &f);
            let r = u();
            let v = if r < p[0] {
                RollCallVote::Yes
            } else if r < p[0] + p[1] {
                RollCallVote::Abstain
            } else {
                RollCallVote::No
            };
            rows.push((f, v));
        }
        let (y, n, _) = fit_logit(&rows).unwrap();
        assert!(
            (y[0] - 1.0).abs() < 0.1 && (y[1] - 1.5).abs() < 0.1,
            "{y:?}"
        );
        assert!(
            (n[0] + 1.0).abs() < 0.1 && (n[1] + 1.0).abs() < 0.1,
            "{n:?}"
        );
        // Unused features stay at 0 (ridge, no signal).
        assert!(y[5].abs() < 1e-9 && n[8].abs() < 1e-9);
    }

    #[test]
    fn probabilities_sum_to_one() {
        let p = softmax(&[3.0; P], &[-2.0; P], &[1.0; P]);
        assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-12);
    }

    #[test]
    fn no_rows_is_an_error() {
        assert!(fit_logit(&[]).is_err());
    }
}
