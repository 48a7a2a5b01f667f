//! The motion spec and the prediction model behind `comity predict` and
//! `simulate --model ideal` (see docs/ideal.md).

use std::collections::HashMap;

use comity_ideal::ItemParams;
use comity_rules::{Motion, Stance, StanceModel};
use jiff::civil;
use serde::Serialize;

use super::fit::StoredFit;
use super::learned::{
    absence, analog_attendance, fit_motion_excluding, previous_ballots_for_motion, record_before,
    Context, LearnedModel, LearnedSpec, PreviousBallot, Subject, SHIPPED_ABSENCE,
};
use super::probit::{estimate_item, phi_inv, probabilities, reversed};
use super::window::VoteWindow;
use crate::error::{Error, Result};
use crate::ledger::Ledger;
use crate::rollcall::RollCallVote;
use crate::status::Recognition;
use crate::store::Store;

/// Which way a motion goes with respect to its candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    /// A yes favours the candidate (e.g. its admission).
    For,
    /// A yes goes against the candidate (e.g. GA 63/3, Serbia's request to the ICJ).
    Against,
}

/// A hypothetical motion to predict (the `comity predict` spec; see docs/ideal.md).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MotionSpec {
    /// The day of the vote: recognition is taken as of the day before; the
    /// base rates and absence rates from the 365 days before.
    pub date: civil::Date,
    /// Analog roll calls of the fit: `(rcid, reversed)`.
    pub analogs: Vec<(u32, bool)>,
    /// Known ballots of some actors (they are certain; the item is estimated from them).
    pub known: Vec<(String, RollCallVote)>,
    /// The actor the motion concerns (recognition feature), e.g. `XKX`.
    pub candidate: Option<String>,
    /// Which way a yes goes for the candidate.
    pub side: Side,
    /// Latent shift (probit units) for an actor that recognises the candidate
    /// (toward the candidate's side); `0` ignores recognition.
    pub recognition_effect: f64,
    /// Slope of the generic item (when there are no analogs or known votes);
    /// `None`: the median |discrimination| of the fit, signed by the anchor's
    /// recognition of the candidate, or 0 without a candidate.
    pub slope: Option<f64>,
    /// Latent shifts for members of groups on the date (`eu`, `oic` …).
    pub group_effects: Vec<(String, f64)>,
    /// Use the learned model (docs/ideal.md) when there is a candidate and no
    /// analog, slope or group effect is given; `false`: always the probit item.
    pub learned: bool,
    /// Which version of the learned model (default [`LearnedSpec::SHIPPED`]).
    pub learned_spec: LearnedSpec,
    /// What the motion decides about the candidate: its status (admission,
    /// membership, observer status, participation; the default) or its
    /// people's rights (h/ideal12; read by the learned model's options).
    pub subject: Subject,
}

impl MotionSpec {
    /// A spec with only a date (generic item, no recognition effect).
    pub fn on(date: civil::Date) -> MotionSpec {
        MotionSpec {
            date,
            analogs: Vec::new(),
            known: Vec::new(),
            candidate: None,
            side: Side::Against,
            recognition_effect: 1.0,
            slope: None,
            group_effects: Vec::new(),
            learned: true,
            learned_spec: LearnedSpec::SHIPPED,
            subject: Subject::Status,
        }
    }
}

/// One actor's predicted vote.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorPrediction {
    /// Actor id.
    pub actor: String,
    /// Ideal point used (`None`: not in the fit; the mean, 0, is used).
    pub point: Option<f64>,
    /// Recognition of the candidate as of the day before (`None`: no candidate).
    pub recognition: Option<Recognition>,
    /// False when that answer's last act may not have come by the day (an undated or
    /// month-dated act: `RecognitionAnswer::possibilities`); the shift is then the weighted lean
    /// of both possibilities.
    pub recognition_certain: bool,
    /// Total latent shift from recognition and groups.
    pub shift: f64,
    /// Whether the ballot was given as known.
    pub known: bool,
    /// P(yes), P(abstain), P(no) given that the actor votes.
    pub voting: [f64; 3],
    /// P(absent): the actor's share of missed roll calls in the window; with the learned
    /// model, its share of missed analog roll calls shrunk toward that (docs/ideal.md).
    pub absent: f64,
}

impl ActorPrediction {
    /// P(yes), P(abstain), P(no), P(absent), unconditionally: the ballot probabilities times
    /// P(present). They sum to 1 (a known ballot is certain and never absent).
    pub fn unconditional(&self) -> [f64; 4] {
        let present = 1.0 - self.absent;
        [
            self.voting[0] * present,
            self.voting[1] * present,
            self.voting[2] * present,
            self.absent,
        ]
    }

    /// The most likely ballot among yes, abstain, no.
    pub fn most_likely(&self) -> RollCallVote {
        let p = self.voting;
        if p[0] >= p[1] && p[0] >= p[2] {
            RollCallVote::Yes
        } else if p[1] >= p[2] {
            RollCallVote::Abstain
        } else {
            RollCallVote::No
        }
    }
}

/// Ideal points plus ledger features as a [`StanceModel`] (the lead's
/// `simulate --model ideal`). Build it with [`IdealStanceModel::new`].
pub struct IdealStanceModel<'a> {
    ledger: &'a Ledger,
    fit: &'a StoredFit,
    spec: MotionSpec,
    items: Vec<ItemParams>,
    /// Where the item came from, for people.
    pub item_source: String,
    session: u16,
    known: HashMap<String, RollCallVote>,
    window: VoteWindow,
    today: civil::Date,
    learned: Option<Learned<'a>>,
}

struct Learned<'a> {
    model: LearnedModel,
    context: Context<'a>,
    previous: HashMap<String, PreviousBallot>,
    /// Each state's record on the roll calls the model was fitted on: (missed, of).
    attendance: HashMap<String, (f64, f64)>,
}

impl<'a> IdealStanceModel<'a> {
    /// Resolves the motion's item(s) against `fit` and the pre-vote window.
    ///
    /// # Errors
    /// [`Error::Invalid`] when an analog is not in the fit, no roll call falls
    /// in the year before the date, or a known actor has no point.
    pub fn new(
        store: &Store,
        ledger: &'a Ledger,
        fit: &'a StoredFit,
        spec: MotionSpec,
        today: civil::Date,
    ) -> Result<IdealStanceModel<'a>> {
        let window = window_before(store, spec.date)?;
        let session = window.session;
        let mut learned = None;
        if let (true, true, None, true, Some(c)) = (
            spec.learned,
            spec.analogs.is_empty(),
            spec.slope,
            spec.group_effects.is_empty(),
            &spec.candidate,
        ) {
            if let Ok(model) = fit_motion_excluding(
                store,
                ledger,
                fit,
                spec.date,
                today,
                &spec.learned_spec,
                spec.side,
                spec.subject,
                &std::collections::HashSet::new(),
            ) {
                let calls = &model.fitted_on;
                let previous =
                    previous_ballots_for_motion(store, &model, c, spec.side, spec.subject)?;
                let attendance = analog_attendance(store, ledger, calls)?;
                let context = Context::new(
                    ledger,
                    &fit.info.spec.anchor,
                    c,
                    spec.side,
                    spec.date,
                    today,
                )
                .with_abstention(&window)
                .with_subject(spec.subject);
                let context = match model.spec.record {
                    Some(k) => context.with_record(record_before(
                        store,
                        spec.date,
                        c,
                        k,
                        &std::collections::HashSet::new(),
                    )?),
                    None => context,
                };
                learned = Some(Learned {
                    model,
                    context,
                    previous,
                    attendance,
                });
            }
        }
        let mut items = Vec::new();
        let mut sources = Vec::new();
        for &(rcid, rev) in &spec.analogs {
            let it = fit.items.get(&rcid).ok_or_else(|| {
                Error::Invalid(format!(
                    "roll call {rcid} is not in fit {} (sessions {}); choose an analog inside the fit",
                    fit.info.id, fit.info.sessions
                ))
            })?;
            items.push(if rev { reversed(it) } else { *it });
            sources.push(format!(
                "analog {rcid}{}",
                if rev { " reversed" } else { "" }
            ));
        }
        if !spec.known.is_empty() {
            let mut pts = Vec::new();
            for (a, v) in &spec.known {
                let p = fit.point_at(a, Some(session)).ok_or_else(|| {
                    Error::Invalid(format!("{a} has no ideal point in fit {}", fit.info.id))
                })?;
                pts.push((p.estimate, *v));
            }
            items.push(estimate_item(&pts));
            sources.push(format!("estimated from {} known ballots", pts.len()));
        }
        if let Some(l) = &learned {
            sources.push(format!(
                "learned: multinomial logit fitted on {} ballots of {} recognition-related roll calls before {} ({}..{})",
                l.model.rows,
                l.model.fitted_on.len(),
                spec.date,
                l.model.fitted_on.first().map(|c| c.unres.as_str()).unwrap_or(""),
                l.model.fitted_on.last().map(|c| c.unres.as_str()).unwrap_or(""),
            ));
        }
        // The generic item is also the learned model's fallback for a motion about
        // another candidate (`StanceModel::stance`).
        if items.is_empty() {
            let [_, a, n] = window.shares;
            let slope = match (spec.slope, &spec.candidate) {
                (Some(s), _) => s,
                (None, None) => 0.0,
                (None, Some(c)) => {
                    let mut d: Vec<f64> =
                        fit.items.values().map(|i| i.discrimination.abs()).collect();
                    d.sort_by(f64::total_cmp);
                    let median = d.get(d.len() / 2).copied().unwrap_or(0.0);
                    let day = spec.date.yesterday().unwrap_or(spec.date);
                    let st = ledger.status(&fit.info.spec.anchor, c, day, today);
                    let anchor_recognises = st.recognition.status == Recognition::Recognised;
                    if anchor_recognises == (spec.side == Side::For) {
                        median
                    } else {
                        -median
                    }
                }
            };
            items.push(ItemParams {
                discrimination: slope,
                cutpoints: [phi_inv(n), phi_inv(n + a)],
            });
            if learned.is_none() {
                sources.push(format!(
                    "generic: base rates of {} roll calls in the year before, slope {slope:.3}",
                    window.roll_calls
                ));
            }
        }
        Ok(IdealStanceModel {
            ledger,
            fit,
            known: spec.known.iter().cloned().collect(),
            spec,
            items,
            item_source: sources.join("; "),
            session,
            window,
            today,
            learned,
        })
    }

    /// The learned model, when it is used (see [`MotionSpec::learned`]).
    pub fn learned(&self) -> Option<&LearnedModel> {
        self.learned.as_ref().map(|l| &l.model)
    }

    /// The motion spec.
    pub fn spec(&self) -> &MotionSpec {
        &self.spec
    }

    /// The pre-vote window used.
    pub fn window(&self) -> &VoteWindow {
        &self.window
    }

    /// The prediction for one actor on the spec's date and candidate.
    pub fn predict(&self, actor: &str) -> ActorPrediction {
        self.predict_on(actor, self.spec.date, self.spec.candidate.as_deref())
    }

    fn predict_on(
        &self,
        actor: &str,
        date: civil::Date,
        candidate: Option<&str>,
    ) -> ActorPrediction {
        let point = self
            .fit
            .point_at(actor, Some(self.session))
            .map(|p| p.estimate);
        let day = date.yesterday().unwrap_or(date);
        let answer = candidate
            .filter(|c| *c != actor)
            .map(|c| self.ledger.status(actor, c, day, self.today).recognition);
        let recognition = answer.as_ref().map(|a| a.status);
        // Symmetric: a recogniser leans toward the candidate's side, a state that does not
        // (or no longer) recognise it leans away by as much; a disputed withdrawal and "no
        // candidate" lean neither way. (Before, non-recognisers got no shift at all, so a
        // generic item gave Serbia P(yes) 0.91 on a motion for Kosovo: issue 9, item 14.)
        // An uncertain answer leans by the weighted lean of its possibilities (review 10).
        let lean = |s: Recognition| match s {
            Recognition::Recognised => 1.0,
            Recognition::NotRecognised | Recognition::Withdrawn | Recognition::Suspended => -1.0,
            // Nothing recorded is no lean either way (absence is not a "no").
            Recognition::Disputed | Recognition::NotRecorded | Recognition::Ceased => 0.0,
        };
        let r: f64 = answer
            .as_ref()
            .map(|a| {
                a.possibilities()
                    .into_iter()
                    .map(|(s, w)| w * lean(s))
                    .sum()
            })
            .unwrap_or(0.0);
        let sign = if self.spec.side == Side::For {
            1.0
        } else {
            -1.0
        };
        let mut shift = sign * self.spec.recognition_effect * r;
        for (g, e) in &self.spec.group_effects {
            if self
                .ledger
                .roster(g, date)
                .iter()
                .any(|m| m.actor.id == actor)
            {
                shift += e;
            }
        }
        // With the learned model: the state's record on the analog roll calls it
        // was fitted on, shrunk toward the 365-day share (docs/ideal.md).
        let attendance = self
            .learned
            .as_ref()
            .filter(|_| candidate == self.spec.candidate.as_deref())
            .map(|l| &l.attendance);
        let absent = match attendance {
            Some(a) => absence(&self.window, a, actor, SHIPPED_ABSENCE),
            None => self
                .window
                .absent
                .get(actor)
                .copied()
                .unwrap_or(self.window.mean_absent),
        };
        // The learned model takes recognition and groups as features of its own: the item's
        // shift is not applied there, and is reported as 0 (review 10: `--recognition-effect 5`
        // was shown as a shift of 5 that changed nothing).
        let learned_here = self.learned.is_some() && candidate == self.spec.candidate.as_deref();
        if learned_here && !self.known.contains_key(actor) {
            shift = 0.0;
        }
        let (voting, known) = match self.known.get(actor) {
            Some(v) => {
                let mut p = [0.0; 3];
                p[match v {
                    RollCallVote::Yes => 0,
                    RollCallVote::Abstain => 1,
                    RollCallVote::No => 2,
                }] = 1.0;
                (p, true)
            }
            None if learned_here => {
                let l = self.learned.as_ref().map(|l| {
                    let f = l.context.features(
                        actor,
                        point,
                        l.previous.get(actor).copied(),
                        &l.model.spec,
                    );
                    l.model.probabilities(&f, self.spec.side)
                });
                (l.unwrap_or([1.0 / 3.0; 3]), false)
            }
            None => {
                let mut p = [0.0; 3];
                for it in &self.items {
                    let q = probabilities(it, it.discrimination * point.unwrap_or(0.0) + shift);
                    for k in 0..3 {
                        p[k] += q[k] / self.items.len() as f64;
                    }
                }
                (p, false)
            }
        };
        ActorPrediction {
            actor: actor.to_string(),
            point,
            recognition,
            recognition_certain: answer.as_ref().is_none_or(|a| a.possibilities().len() == 1),
            shift,
            known,
            voting,
            absent: if known { 0.0 } else { absent },
        }
    }
}

impl StanceModel for IdealStanceModel<'_> {
    /// Uses the motion's date and candidate when given (else the spec's); the
    /// item stays the one resolved at construction.
    fn stance(&self, actor: &str, motion: &Motion) -> Stance {
        let date = motion.date.parse().unwrap_or(self.spec.date);
        let candidate = motion
            .candidate
            .as_deref()
            .or(self.spec.candidate.as_deref());
        let p = self.predict_on(actor, date, candidate);
        let present = 1.0 - p.absent;
        let yes = p.voting[0] * present;
        let no = p.voting[2] * present;
        let abstain = (1.0 - yes - no - p.absent).max(0.0);
        Stance {
            yes,
            no,
            abstain,
            absent: 1.0 - yes - no - abstain,
        }
    }

    /// Absence is each state's share of missed UN General Assembly roll calls: fitted on the
    /// Assembly, so a simulation of the Assembly keeps it; other bodies use their own record.
    fn models_absence_in(&self, body: &str) -> bool {
        body == "un.ga"
    }
}

/// The vote window of the 365 days before `date`, or, when no roll call falls
/// in it (a date after the data), of the 365 days before the latest roll call
/// that precedes `date`.
fn window_before(store: &Store, date: civil::Date) -> Result<VoteWindow> {
    match store.vote_window(date, 365) {
        Ok(w) => Ok(w),
        Err(e) => {
            let last: Option<String> = store
                .conn()
                .query_row(
                    "SELECT MAX(date) FROM rollcall WHERE date < ?1",
                    [date.to_string()],
                    |r| r.get(0),
                )
                .map_err(Error::from)?;
            match last.and_then(|d| d.parse::<civil::Date>().ok()) {
                Some(d) => store.vote_window(d.tomorrow().unwrap_or(d), 365),
                None => Err(e),
            }
        }
    }
}
