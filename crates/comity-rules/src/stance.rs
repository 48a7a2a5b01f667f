//! Motions, the stance-model interface, and user assumptions layered over a model.

use std::collections::BTreeMap;

use crate::ballot::{Ballot, Roster};
use crate::error::Error;
use crate::probability::Stance;
use crate::rule::ActorId;

/// A question put to a body on a date.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Motion {
    /// Id (e.g. `unesco-gc-2015`, or a made-up id for a hypothetical vote).
    pub id: String,
    /// The body that votes (e.g. `unesco.gc`).
    pub body: String,
    /// The kind of motion, which selects the body's rule (e.g. `admission`, `ordinary`).
    pub kind: String,
    /// The date, `YYYY-MM-DD`.
    pub date: String,
    /// The candidate for admission, if any (e.g. `XKX`).
    pub candidate: Option<ActorId>,
    /// The motion's text or a summary.
    pub text: String,
}

/// Anything that can say how likely an actor is to vote each way on a motion: the ledger's
/// recognition-based model, a fitted [`crate::CategoryModel`], later an ideal-point model.
pub trait StanceModel {
    /// The actor's stance on the motion. Implementations must return a valid stance
    /// (probabilities in `[0, 1]` summing to 1); [`stances_for`] checks it.
    fn stance(&self, actor: &str, motion: &Motion) -> Stance;

    /// Whether the model's absence probabilities were fitted on `body`'s own votes (then a
    /// simulation keeps them; otherwise it uses the body's recorded attendance where it has
    /// one, see [`crate::attendance`]).
    fn models_absence_in(&self, _body: &str) -> bool {
        false
    }
}

/// A model with some actors' ballots fixed by the user (`--assume ESP=yes,GRC=abstain`).
#[derive(Debug, Clone)]
pub struct Assumed<M> {
    model: M,
    fixed: BTreeMap<ActorId, Ballot>,
}

impl<M: StanceModel> Assumed<M> {
    /// Wraps `model`; assumed actors vote their assumed ballot with certainty.
    #[must_use]
    pub fn new(model: M, assumptions: Vec<(ActorId, Ballot)>) -> Self {
        Assumed {
            model,
            fixed: assumptions.into_iter().collect(),
        }
    }

    /// Checks that every assumed actor is on the roster (a typo such as `EPS=yes` would
    /// otherwise be silently ignored).
    ///
    /// # Errors
    /// [`Error::Roster`] naming the first assumed actor who is not a member.
    pub fn check_roster(&self, roster: &Roster) -> Result<(), Error> {
        for actor in self.fixed.keys() {
            if !roster.members().iter().any(|m| m == actor) {
                return Err(Error::Roster {
                    actor: actor.clone(),
                    reason: "is assumed but is not a member of the body on this date".to_string(),
                });
            }
        }
        Ok(())
    }
}

impl<M: StanceModel> StanceModel for Assumed<M> {
    fn stance(&self, actor: &str, motion: &Motion) -> Stance {
        match self.fixed.get(actor) {
            Some(b) => Stance::certain(*b),
            None => self.model.stance(actor, motion),
        }
    }

    fn models_absence_in(&self, body: &str) -> bool {
        self.model.models_absence_in(body)
    }
}

/// A model that gives every actor the same stance (a baseline, and handy in tests).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct UniformStance(pub Stance);

impl StanceModel for UniformStance {
    fn stance(&self, _actor: &str, _motion: &Motion) -> Stance {
        self.0
    }
}

/// Every roster member's stance on `motion`, in roster order, validated.
///
/// # Errors
/// [`Error::Invalid`] naming the actor whose stance is not a valid probability vector.
pub fn stances_for(
    model: &impl StanceModel,
    roster: &Roster,
    motion: &Motion,
) -> Result<Vec<Stance>, Error> {
    roster
        .members()
        .iter()
        .map(|m| {
            let s = model.stance(m, motion);
            s.validate().map_err(|e| match e {
                Error::Invalid { field, reason, .. } => Error::Invalid {
                    what: "stance",
                    id: m.clone(),
                    field,
                    reason,
                },
                other => other,
            })?;
            Ok(s)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assumptions_override_the_model() {
        let base = UniformStance(Stance {
            yes: 0.25,
            no: 0.25,
            abstain: 0.25,
            absent: 0.25,
        });
        let m = Assumed::new(base, vec![("ESP".into(), Ballot::Yes)]);
        let roster = Roster::new(vec!["ESP".into(), "GRC".into()]).unwrap();
        let s = stances_for(&m, &roster, &Motion::default()).unwrap();
        assert_eq!(s[0], Stance::certain(Ballot::Yes));
        assert_eq!(s[1], base.0);
        assert!(m.check_roster(&roster).is_ok());
        let typo = Assumed::new(base, vec![("EPS".into(), Ballot::Yes)]);
        assert!(typo.check_roster(&roster).is_err());
    }

    #[test]
    fn invalid_model_output_names_the_actor() {
        let bad = UniformStance(Stance {
            yes: 0.9,
            no: 0.9,
            abstain: 0.0,
            absent: 0.0,
        });
        let roster = Roster::new(vec!["ESP".into()]).unwrap();
        let e = stances_for(&bad, &roster, &Motion::default()).unwrap_err();
        assert!(matches!(e, Error::Invalid { id, .. } if id == "ESP"));
    }
}
