//! The status engine: what is true of a pair of actors as of a day, and which
//! claims decided it.
//!
//! A pair's recognition history is a sequence of *acts* — recognitions,
//! withdrawals, suspensions — each resting on one or more claims (several
//! claims of one act are competing accounts of it, possibly with competing
//! dates). The status on a day is the last act that had certainly or possibly
//! happened by then. The rules (each has a test in `tests/`):
//! - only accepted claims count; a claim whose date interval straddles the
//!   as-of day is *uncertain*, and the answer says so and why;
//! - a reaffirmation confirms a recognition and never moves its date;
//! - a recognition claimed by somebody else and denied by the state itself (or
//!   retracted by its own claimant) is *refuted* and never counts — unless an act
//!   dated between the two presupposes it (a withdrawal, suspension or
//!   reaffirmation made by the state or reported by anyone but the entity's
//!   rival): then the denial is a later reversal, not a refutation; a claim below
//!   the confirmation threshold is *unconfirmed*: it never counts, and it is no
//!   denial either (alone, the pair is as if nothing were recorded);
//! - a position (a stated non-recognition) dated to a month or year that contains
//!   the day may have been stated after it: it supports only an inference;
//! - a withdrawal makes the pair *withdrawn* only when the state itself made it
//!   and nobody denies it; any other withdrawal (claimed by a third party,
//!   denied, or reversed by the state) makes the pair *disputed*, shown with
//!   every claimant — it is never silently applied or ignored;
//! - a suspension (freeze) is its own status, neither recognised nor withdrawn,
//!   when confirmed like a withdrawal; one claimed only by the rival is disputed;
//! - after an actor ceased to exist it neither recognises nor is recognised;
//! - absence of a claim is not a claim: a pair with no claim is *not recorded*,
//!   unless a source states that the list of recognisers is complete (then,
//!   from the list's day on, *not recognised* is an inference, and says so;
//!   before that day a state off the list may have recognised and withdrawn);
//! - diplomatic relations presuppose recognition.

use jiff::civil;
use serde::Serialize;

use crate::date::{Bound, Date, Timing};
use crate::ledger::Ledger;
use crate::model::{Claim, ClaimStatus, Predicate};

/// The recognition status of a pair on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Recognition {
    /// The subject recognises the object.
    Recognised,
    /// The subject does not recognise the object (a stated position, a refuted
    /// claim, a recognition dated later, or a complete list that omits it).
    NotRecognised,
    /// The subject itself withdrew its recognition and nobody denies it.
    Withdrawn,
    /// The subject suspended (froze) its recognition.
    Suspended,
    /// A withdrawal is claimed but not confirmed by the state, or denied.
    Disputed,
    /// The ledger holds no claim about the pair: nothing is known.
    NotRecorded,
    /// The subject or the object no longer exists.
    Ceased,
}

impl Recognition {
    /// The kebab-case name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Recognition::Recognised => "recognised",
            Recognition::NotRecognised => "not-recognised",
            Recognition::Withdrawn => "withdrawn",
            Recognition::Suspended => "suspended",
            Recognition::Disputed => "disputed",
            Recognition::NotRecorded => "not-recorded",
            Recognition::Ceased => "ceased",
        }
    }
}

/// The diplomatic relations of a pair on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Relations {
    /// Relations are established.
    Established,
    /// Relations were severed.
    Severed,
    /// Relations were suspended (as the state words it; the recognition is not touched).
    Suspended,
    /// There are none: the subject does not recognise the object.
    None,
    /// The ledger does not say.
    NotRecorded,
}

impl Relations {
    /// The kebab-case name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Relations::Established => "established",
            Relations::Severed => "severed",
            Relations::Suspended => "suspended",
            Relations::None => "none",
            Relations::NotRecorded => "not-recorded",
        }
    }
}

/// The part a claim played in an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// A recognition act.
    Recognition,
    /// A reaffirmation of a recognition (confirms, never dates it).
    Reaffirmation,
    /// A withdrawal (claimed by the state or by others).
    Withdrawal,
    /// A suspension or freeze.
    Suspension,
    /// A denial (of a withdrawal, or of a claimed recognition).
    Denial,
    /// A recognition claim that was refuted.
    Refuted,
    /// A recognition claim below the confirmation threshold.
    Unconfirmed,
    /// A stated position of non-recognition.
    Position,
    /// Another source's date for the same act, which disagrees.
    CompetingDate,
    /// An act dated after the as-of day (context, not a disagreement).
    Later,
    /// Relations established.
    RelationsEstablished,
    /// Relations severed.
    RelationsSevered,
    /// Relations suspended.
    RelationsSuspended,
    /// An act of the pair's history before the act in force (an earlier withdrawal or
    /// freeze, a recognition withdrawn since): context, not a deciding claim.
    Earlier,
    /// The end of an actor.
    Ceased,
    /// A source's statement that the list of recognisers is complete.
    Completeness,
    /// An act dated wholly before its object existed (its dated declaration, else its
    /// beginning in the actor table): shown, never read (an imported "1900-01-01" is a broken
    /// date, not a recognition of Kosovo).
    PredatesEntity,
    /// An act dated wholly after one of the pair ceased to exist (its cessation claim, else
    /// its end in the actor table): shown, never read (review 21: an imported Soviet
    /// recognition of Abkhazia dated 2008 was hidden, and South Yemen's "relations" of 1995
    /// were read as established).
    PostdatesEntity,
}

/// A claim and the part it played.
#[derive(Debug, Clone, Serialize)]
pub struct Decision<'a> {
    /// What the claim did in the answer.
    pub role: Role,
    /// Where the claim's date lies relative to the as-of day.
    pub timing: Timing,
    /// The claim.
    pub claim: &'a Claim,
}

/// The recognition half of a [`PairStatus`].
#[derive(Debug, Clone, Serialize)]
pub struct RecognitionAnswer<'a> {
    /// The status.
    pub status: Recognition,
    /// False when a deciding date straddles the day or sources disagree.
    pub certain: bool,
    /// True when the status is an inference (from a complete list, from a
    /// recognition dated after the day, from a later withdrawal) rather than a claim.
    pub inferred: bool,
    /// The date of the recognition act in force (or withdrawn/suspended).
    pub since: Option<Date>,
    /// The date of the latest act (a withdrawal or suspension), if any.
    pub last_change: Option<Date>,
    /// Set when `since` is before the subject existed (a predecessor's act listed under
    /// today's state, or an act its source lists under a state that did not yet exist,
    /// Namibia's 1988 recognition of Palestine): why the date is not the state's own. Tables
    /// mark such a date (review 20: the reason said it, the recognitions table did not).
    pub since_note: Option<String>,
    /// True when the sources of a deciding act disagree on its date: the recognition in
    /// force, or the withdrawal or suspension that ended it (`since` and `last_change` are the
    /// earliest of the most confident accounts; `reason` and the claims give every date).
    pub dates_disagree: bool,
    /// Whether the state itself confirmed a withdrawal or suspension.
    pub confirmed_by_state: bool,
    /// When the status is uncertain because its last act may not have come by
    /// the day: the status before that act (a policy that counts both alike
    /// can count the pair with certainty).
    pub if_not_yet: Option<Recognition>,
    /// Who denies the claimed withdrawal.
    pub denied_by: Vec<String>,
    /// Who claims a withdrawal.
    pub withdrawal_claimed_by: Vec<String>,
    /// True when every deciding claim rests only on weak sources (Wikipedia
    /// copies, aggregators, partisan outlets).
    pub weak_sources: bool,
    /// Why, in one sentence.
    pub reason: String,
    /// The claims that decided it, with their roles.
    pub claims: Vec<Decision<'a>>,
}

impl<'a> RecognitionAnswer<'a> {
    /// The claim an answer's headline date comes from, to cite beside it: for a withdrawal,
    /// suspension or disputed withdrawal the most confident account of the latest act dated
    /// `last_change`; otherwise the most confident recognition account dated `since`; failing
    /// both, the latest-dated claim before the day, else the first claim (review 9: the map cited
    /// Guatemala's 1960 account of a recognition it dated 1933).
    pub fn deciding_claim(&self) -> Option<&'a Claim> {
        let surest = |roles: &[Role], date: Option<Date>| {
            let date = date?;
            self.claims
                .iter()
                .filter(|d| roles.contains(&d.role) && d.claim.date == date)
                .max_by(|a, b| a.claim.confidence.total_cmp(&b.claim.confidence))
                .map(|d| d.claim)
        };
        let changed = matches!(
            self.status,
            Recognition::Withdrawn | Recognition::Suspended | Recognition::Disputed
        );
        changed
            .then(|| surest(&[Role::Withdrawal, Role::Suspension], self.last_change))
            .flatten()
            .or_else(|| surest(&[Role::Recognition], self.since))
            .or_else(|| {
                self.claims
                    .iter()
                    .filter(|d| d.timing == Timing::Before)
                    .max_by(|a, b| a.claim.date.cmp(&b.claim.date))
                    .or_else(|| self.claims.first())
                    .map(|d| d.claim)
            })
    }

    /// What the answer may be on its day, with weights for models that condition on it: the
    /// status alone when it is certain or nothing else is known; an uncertain answer whose last
    /// act may not have come by the day is that status or the one before the act
    /// (`if_not_yet`), weighted equally — comity does not know the chance that the act had come
    /// (review 10: `predict` and `simulate` took Fiji's undated recognition of Kosovo as certain
    /// in 2010, where `status` says uncertain).
    pub fn possibilities(&self) -> Vec<(Recognition, f64)> {
        match self.if_not_yet {
            Some(before) if !self.certain && before != self.status => {
                vec![(self.status, 0.5), (before, 0.5)]
            }
            _ => vec![(self.status, 1.0)],
        }
    }

    /// An answer decided before any act is read (an actor's end or beginning, a declaration):
    /// no recognition date, no dispute, no weak sources.
    fn settled(
        status: Recognition,
        inferred: bool,
        last_change: Option<Date>,
        reason: String,
        claims: Vec<Decision<'a>>,
    ) -> Self {
        RecognitionAnswer {
            status,
            certain: true,
            inferred,
            since: None,
            last_change,
            since_note: None,
            dates_disagree: false,
            confirmed_by_state: false,
            if_not_yet: None,
            denied_by: Vec::new(),
            withdrawal_claimed_by: Vec::new(),
            weak_sources: false,
            reason,
            claims,
        }
    }
}

/// Whether there are sources and none is graded media or stronger. A source without a grade
/// (an ingested document, an imported source given none) is not known to be stronger than an
/// aggregator: it counts as weak (review 17: five copies of a hand-written text recognising
/// Northern Cyprus gave a certain answer with `weak_sources: false`, where a Wikipedia copy
/// would have been flagged).
fn all_weak<'s>(sources: impl Iterator<Item = &'s crate::model::Source>) -> bool {
    let mut any = false;
    for s in sources {
        any = true;
        if s.grade.is_some_and(|g| !g.is_weak()) {
            return false;
        }
    }
    any
}

/// The relations half of a [`PairStatus`].
#[derive(Debug, Clone, Serialize)]
pub struct RelationsAnswer<'a> {
    /// The status.
    pub status: Relations,
    /// False when a deciding date straddles the day or sources disagree.
    pub certain: bool,
    /// True when no claim about relations decided it: "none" read from the
    /// recognition answer (relations presuppose recognition), not stated by a source.
    pub inferred: bool,
    /// The date of the act in force.
    pub since: Option<Date>,
    /// True when every deciding claim rests only on weak sources (aggregators, partisan
    /// outlets), as for the recognition (review 14: Peru's relations with the SADR "established
    /// 1987" rested on one aggregator, unsaid).
    pub weak_sources: bool,
    /// Why, in one sentence.
    pub reason: String,
    /// The claims that decided it.
    pub claims: Vec<Decision<'a>>,
}

/// The answer to "what is the status of subject → object as of a day".
#[derive(Debug, Clone, Serialize)]
pub struct PairStatus<'a> {
    /// The recognising actor.
    pub subject: String,
    /// The recognised actor.
    pub object: String,
    /// The day.
    pub as_of: civil::Date,
    /// Recognition.
    pub recognition: RecognitionAnswer<'a>,
    /// Diplomatic relations.
    pub relations: RelationsAnswer<'a>,
}

#[derive(Clone, Copy)]
struct Timed<'a> {
    claim: &'a Claim,
    timing: Timing,
    /// Ordering key: [`Date::key_day`] narrowed by the known bounds, or for an
    /// undated claim the latest day it can describe.
    key: civil::Date,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ActKind {
    Recognise,
    /// A withdrawal or suspension (or a mix: accounts of one act that disagree
    /// on whether it was a withdrawal or a freeze).
    Negative,
}

struct Act<'a> {
    kind: ActKind,
    claims: Vec<Timed<'a>>,
}

impl<'a> Act<'a> {
    fn key(&self) -> civil::Date {
        self.claims
            .iter()
            .map(|t| t.key)
            .min()
            .unwrap_or(civil::Date::MIN)
    }

    /// Before when the act certainly happened by the day, After when it
    /// certainly had not, otherwise Uncertain. Accounts that agree with a
    /// certainly-earlier account (a year that contains its day) do not make it
    /// uncertain; accounts that disagree do, and so does a more confident account
    /// that leaves the day open: a weaker account's day (Wikipedia's unverified
    /// 18 November against the announcement dated only to November 2010) cannot
    /// make the day certain on its own.
    fn timing(&self) -> Timing {
        let before: Vec<&Timed<'a>> = self
            .claims
            .iter()
            .filter(|t| t.timing == Timing::Before)
            .collect();
        if before.is_empty() {
            // The same rule the other way: accounts certainly after the day, and the rest
            // agreeing with one of them and no more confident — an "on or before 2004-08-19"
            // that contains Saint Lucia's 1989 withdrawal of the SADR's recognition does not
            // pull it into 1980 (review 11) — leave the act after the day.
            let after: Vec<&Timed<'a>> = self
                .claims
                .iter()
                .filter(|t| t.timing == Timing::After)
                .collect();
            let surest_after = after
                .iter()
                .map(|t| t.claim.confidence)
                .fold(f64::MIN, f64::max);
            let open = self.claims.iter().any(|t| {
                t.timing != Timing::After
                    && (t.claim.date.is_unknown()
                        || t.claim.confidence > surest_after
                        || !after.iter().any(|a| a.claim.date.compatible(&t.claim.date)))
            });
            if !after.is_empty() && !open {
                return Timing::After;
            }
            return Timing::Uncertain;
        }
        let surest_before = before
            .iter()
            .map(|t| t.claim.confidence)
            .fold(f64::MIN, f64::max);
        let disagrees = self.claims.iter().any(|t| {
            t.timing != Timing::Before
                && !t.claim.date.is_unknown()
                && (t.claim.confidence > surest_before
                    || !before
                        .iter()
                        .any(|b| b.claim.date.compatible(&t.claim.date)))
        });
        if disagrees {
            Timing::Uncertain
        } else {
            Timing::Before
        }
    }

    /// The act's date as an answer gives it: the earliest date among its most confident dated
    /// accounts. A less confident account's earlier day is listed beside it ("sources
    /// disagree"), never the headline: Wikipedia's unverified 18 Feb 2008 for Senegal's
    /// recognition of Kosovo (SEN.recognises.2, confidence 0.5) against the Kosovo MFA list's
    /// 19 Feb (SEN.recognises.1, 0.9).
    /// How the answer names its date when accounts disagree: "the earliest", or, when a less
    /// confident account gives an earlier day, "the most confident account's".
    fn which_date(&self) -> &'static str {
        let earliest = self
            .claims
            .iter()
            .map(|t| t.claim.date)
            .filter(|d| !d.is_unknown())
            .min();
        if earliest == self.earliest_date() {
            "the earliest"
        } else {
            "the most confident account's"
        }
    }

    ///
    /// Only accounts that may date from on or before the as-of day compete when there are any:
    /// on 2008-02-18 Senegal's recognition rests on the 18th, and `since` is never after the day
    /// an answer says "recognised" (code review).
    fn earliest_date(&self) -> Option<Date> {
        let dated: Vec<&Timed<'a>> = self
            .claims
            .iter()
            .filter(|t| !t.claim.date.is_unknown())
            .collect();
        let by_day: Vec<&Timed<'a>> = dated
            .iter()
            .copied()
            .filter(|t| t.timing != Timing::After)
            .collect();
        let pool = if by_day.is_empty() { dated } else { by_day };
        // A reaffirmation dates only a day by which the act had happened (review 15: an act
        // known only from "NOR reaffirms ESH 2015-06-10" said "recognises since 2015-06-10"):
        // an account of the act itself dates it; failing one, the reaffirmation as a bound.
        let reaffirms = |t: &&Timed<'a>| t.claim.predicate == Predicate::ReaffirmsRecognition;
        if pool.iter().all(reaffirms) {
            return pool
                .iter()
                .filter_map(|t| t.claim.date.bounds().map(|(_, last)| (last, t.claim.date)))
                .min_by_key(|(last, _)| *last)
                .map(|(_, d)| d.with_bound(Bound::OnOrBefore));
        }
        let pool: Vec<&Timed<'a>> = pool.into_iter().filter(|t| !reaffirms(t)).collect();
        let surest = pool
            .iter()
            .map(|t| t.claim.confidence)
            .fold(f64::MIN, f64::max);
        pool.iter()
            .filter(|t| t.claim.confidence >= surest)
            .map(|t| t.claim.date)
            .min()
    }
}

/// A predecessor's recognition of the object, shown beside a successor's "not recorded"
/// (review 9 of 2026-12-07: `status SRB ESH` said "no claim" while Yugoslavia's 1984
/// recognition and Serbia and Montenegro's 2004 withdrawal are in the ledger). The ledger does
/// not carry a predecessor's acts over to its successor — whether a state continues its
/// predecessor's recognitions is a question of law the sources do not settle — so this is
/// context, never the successor's answer.
#[derive(Debug, Clone)]
pub struct PredecessorAnswer<'a> {
    /// The predecessor (from the actor table's `predecessors`, nearest first).
    pub actor: String,
    /// The day its answer is for: the day asked, or the last day it certainly existed.
    pub as_of: civil::Date,
    /// Its recognition of the object on that day.
    pub recognition: RecognitionAnswer<'a>,
}

impl Ledger {
    /// For a pair whose recognition is not recorded: what the subject's predecessors (the actor
    /// table's `predecessors`, nearest first, each once) held toward the object on the day, or on
    /// their last certain day if they had ceased by then. Only predecessors with a recorded
    /// answer are listed; none for any other pair.
    pub fn predecessor_answers<'a>(&'a self, s: &PairStatus<'_>) -> Vec<PredecessorAnswer<'a>> {
        // Also for a state that did not exist apart from a predecessor on the day (review 21:
        // Kazakhstan in 1990, "not yet", with the USSR's recognition of Palestine not shown).
        let part_of = self.predecessor_then(&s.subject, s.as_of).map(|p| &p.id);
        if s.recognition.status != Recognition::NotRecorded
            && self.not_begun(&s.subject, s.as_of).is_none()
            && part_of.is_none()
        {
            return Vec::new();
        }
        // Nothing to say for a day before the object existed (the USSR and Kosovo).
        let object_from = self.existence_start(&s.object).or_else(|| {
            self.actor(&s.object)
                .and_then(|a| a.from.bounds())
                .map(|(first, _)| first)
        });
        let mut out = Vec::new();
        for actor in self.ancestors(&s.subject) {
            let p = actor.id.clone();
            // It had not begun by the day: nothing to say for it.
            if actor
                .from
                .bounds()
                .is_some_and(|(first, _)| first > s.as_of)
            {
                continue;
            }
            // A separate state on the day, merged into the subject later (South Yemen before
            // 1990, beside North Yemen, Yemen's row): not the subject's predecessor yet (review
            // 21: "predecessors of YEM: YMD" in 1989).
            let still_apart = actor.to.bounds().is_none_or(|(first, _)| first > s.as_of);
            if still_apart && part_of != Some(&actor.id) {
                continue;
            }
            // Its last certain day (the day before its end's earliest day) if it may have ended
            // by the day asked.
            let day = match actor.to.bounds() {
                Some((first, _)) if first <= s.as_of => match first.yesterday() {
                    Ok(d) => d,
                    Err(_) => continue,
                },
                _ => s.as_of,
            };
            if object_from.is_some_and(|f| day < f) {
                continue;
            }
            let r = self.recognition(&p, &s.object, day);
            if matches!(r.status, Recognition::NotRecorded | Recognition::Ceased) {
                continue;
            }
            out.push(PredecessorAnswer {
                actor: p,
                as_of: day,
                recognition: r,
            });
        }
        out
    }
}

impl Ledger {
    /// The accepted claims between the pair of `s`, in either direction, that neither its
    /// recognition nor its relations answer rests on and that may date from on or before its
    /// day: statements, plans, contacts, memoranda (Ethiopia's 2024 memorandum with
    /// Somaliland, Belgium's 2025 announcement about Palestine). Shown beside the answer, so
    /// that "no recognition claim" is never read as "no claim at all".
    pub fn other_claims<'a>(&'a self, s: &PairStatus<'_>) -> Vec<&'a Claim> {
        let used: std::collections::HashSet<&str> = s
            .recognition
            .claims
            .iter()
            .chain(&s.relations.claims)
            .map(|d| d.claim.id.as_str())
            .collect();
        let mut out: Vec<&Claim> = self
            .claims_between(&s.subject, &s.object)
            .into_iter()
            .chain(self.claims_between(&s.object, &s.subject))
            .filter(|c| c.status == ClaimStatus::Accepted && !used.contains(c.id.as_str()))
            // The pair's earlier acts are its history, which the answer's reason tells: only
            // what is no recognition or relations act is "other".
            .filter(|c| {
                !matches!(
                    c.predicate,
                    Predicate::Recognises
                        | Predicate::WithdrawsRecognition
                        | Predicate::SuspendsRecognition
                        | Predicate::ReaffirmsRecognition
                        | Predicate::DoesNotRecognise
                        | Predicate::RelationsEstablished
                        | Predicate::RelationsSevered
                        | Predicate::RelationsSuspended
                        | Predicate::NoRelations
                        | Predicate::CeasesToExist
                )
            })
            .filter(|c| c.date.bounds().is_none_or(|(first, _)| first <= s.as_of))
            .collect();
        out.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
        out
    }

    /// The status of `subject` → `object` as of `as_of`.
    ///
    /// `today` matters only for a day after it: undated claims are bounded by
    /// their sources' publication and by the day the shipped tables were
    /// compiled, so a past day gets the same answer whenever it is asked; a day
    /// after today gets what the ledger holds, never as certain (acts after today
    /// are unknown) and its reason says so.
    pub fn status(
        &self,
        subject: &str,
        object: &str,
        as_of: civil::Date,
        today: civil::Date,
    ) -> PairStatus<'_> {
        let mut recognition = self.recognition(subject, object, as_of);
        let mut relations = self.relations(subject, object, as_of, &recognition);
        self.contrary_relations(subject, object, as_of, &mut relations);
        let deciding: Vec<&Claim> = relations
            .claims
            .iter()
            .filter(|d| {
                matches!(
                    d.role,
                    Role::RelationsEstablished
                        | Role::RelationsSevered
                        | Role::RelationsSuspended
                        | Role::Position
                )
            })
            .map(|d| d.claim)
            .collect();
        if !deciding.is_empty()
            && relations.status != Relations::NotRecorded
            && deciding.iter().all(|c| self.weak(c))
        {
            relations.weak_sources = true;
            relations
                .reason
                .push_str(" (every deciding claim rests only on weak sources)");
        }
        if as_of > today {
            let note = format!(
                " ({as_of} is after today, {today}: what the ledger holds as of today; acts after today are unknown)"
            );
            if recognition.status != Recognition::NotRecorded {
                recognition.certain = false;
                recognition.if_not_yet = None;
                recognition.reason.push_str(&note);
            }
            if relations.status != Relations::NotRecorded {
                relations.certain = false;
                relations.reason.push_str(&note);
            }
        }
        // A recognition the shipped tables do not hold (imported or ingested), dated on or before
        // a day on which a source states the list of recognisers complete, while the ledger
        // holds no recognition by the state that the list could have named: the claim and the
        // list disagree (review 9: an accepted "Gabon recognised Somaliland in April 2024"
        // against the list complete on 2025-12-26 with Israel alone). Both are shown; the answer
        // is not certain.
        // (A disputed withdrawal leaves a recognition standing too: review 13, an ingested
        // "Ghana recognised Somaliland in 2019" whose withdrawal only a document reports.)
        if matches!(
            recognition.status,
            Recognition::Recognised
                | Recognition::Withdrawn
                | Recognition::Suspended
                | Recognition::Disputed
        ) {
            let acts: Vec<&Claim> = recognition
                .claims
                .iter()
                .filter(|d| d.role == Role::Recognition)
                .map(|d| d.claim)
                .collect();
            let unlisted =
                !acts.is_empty() && acts.iter().all(|c| !self.dataset().shipped.contains(&c.id));
            if unlisted {
                let contradicted = self.dataset().completeness.iter().find(|k| {
                    k.entity == object
                        && k.as_of.bounds().is_some_and(|(_, last)| {
                            as_of >= last
                                && self.is_member(&k.among, subject, last)
                                && acts
                                    .iter()
                                    .any(|c| c.date.bounds().is_none_or(|(first, _)| first <= last))
                        })
                });
                if let Some(k) = contradicted {
                    recognition.certain = false;
                    recognition.if_not_yet = None;
                    recognition.reason.push_str(&format!(
                        " (but {} states the list of recognisers among {} complete as of {}, and the shipped tables record no recognition by {subject} that it names: the claim and the list disagree)",
                        k.sources.join(", "),
                        k.among,
                        k.as_of.describe()
                    ));
                }
            }
        }
        // A recognition dated while a predecessor existed and the state did not apart from it
        // (review 9: "SVK recognises PSE since 1988-11-18" in 1990): the act is the
        // predecessor's, which the source lists under today's state. Said, not changed.
        if let Some(note) = recognition
            .since
            .and_then(|since| self.since_note(subject, since, "recognition"))
        {
            recognition.reason.push_str(&format!(" ({note})"));
            recognition.since_note = Some(note);
        }
        // An inferred "no" for a state that did not exist apart from a predecessor on the day
        // (Kazakhstan in 1990: "not yet", its recognition dated 1992): said, and the
        // predecessor's answer is shown beside (review 21).
        if recognition.inferred && recognition.status == Recognition::NotRecognised {
            if let Some(p) = self.predecessor_then(subject, as_of) {
                recognition.reason.push_str(&format!(
                    " ({subject} did not exist apart from {} ({}) on {as_of}: the predecessor's answer is shown beside, not read as {subject}'s)",
                    p.id, p.name
                ));
            }
        }
        // `--min-grade` left claims about the pair out: every answer says so, not only "not
        // recorded" (review 15: under `official`, Malawi's and Saudi Arabia's withdrawals from
        // Taiwan lost their confirming media and wire accounts and read as disputed, with no
        // word that the weaker accounts had been set aside).
        if let Some((g, n)) = self.left_out_by_grade(subject, object) {
            if n > 0 && recognition.status != Recognition::NotRecorded {
                recognition.reason.push_str(&format!(
                    " (--min-grade {} left out {n} weaker claim{} about the pair: this answer reads only the rest)",
                    g.as_str(),
                    if n == 1 { "" } else { "s" }
                ));
            }
        }
        // A known gap in the sources: the record of this pair after the gap's day may miss acts.
        if let Some(g) = self.coverage_gap(object, subject, as_of) {
            // "Not recorded" where the sources are known to be incomplete: say so (review 9:
            // Serbia, Yemen and South Sudan are named by the SADR notes, and their answers said
            // only "no claim").
            if recognition.status == Recognition::NotRecorded {
                recognition.reason.push_str(&format!(
                    " (and the record of {subject}'s acts toward {object} after {} is known to be incomplete, {}: {})",
                    g.after.describe(),
                    g.reference,
                    g.note
                ));
            }
            if !matches!(
                recognition.status,
                Recognition::NotRecorded | Recognition::Ceased
            ) && recognition.certain
                && !recognition.inferred
            {
                recognition.certain = false;
                recognition.if_not_yet = None;
                recognition.reason.push_str(&format!(
                    " (uncertain on {as_of}: the record of {subject}'s acts toward {object} after {} is incomplete, {}: {})",
                    g.after.describe(),
                    g.reference,
                    g.note
                ));
            }
        }
        PairStatus {
            subject: subject.to_string(),
            object: object.to_string(),
            as_of,
            recognition,
            relations,
        }
    }

    /// The beginning of `actor` in the actor table (`from`), if it is wholly after `as_of`: the
    /// actor did not exist yet on that day.
    pub fn not_begun(&self, actor: &str, as_of: civil::Date) -> Option<Date> {
        self.actor(actor)
            .map(|x| x.from)
            .filter(|d| !d.is_unknown() && d.timing(as_of) == Timing::After)
    }

    /// The first day `actor` can have acted or been recognised: its dated declaration of
    /// independence, else the first day of its beginning in the actor table.
    fn beginning(&self, actor: &str) -> Option<civil::Date> {
        self.existence_start(actor).or_else(|| {
            self.actor(actor)
                .and_then(|x| x.from.bounds())
                .map(|(first, _)| first)
                .filter(|d| *d > civil::Date::MIN)
        })
    }

    /// Why `who` cannot be party to `c` as dated: the claim is dated wholly before `who`'s
    /// beginning. `None` for an undated claim, one that may be on or after the beginning, or
    /// when the ledger dates no beginning.
    fn predates(&self, c: &Claim, who: &str) -> Option<String> {
        let (_, last) = c.date.bounds()?;
        let from = self.began_after(who, last)?;
        Some(format!(
            "dated {} but {who} existed only from {from}",
            c.date.describe()
        ))
    }

    /// `who`'s beginning, at its own precision, when it is wholly after `day` (review 20:
    /// Artsakh's `from` "1991" was said as "1991-01-01").
    fn began_after(&self, who: &str, day: civil::Date) -> Option<String> {
        let start = self.beginning(who).filter(|s| day < *s)?;
        Some(if self.existence_start(who).is_some() {
            start.to_string()
        } else {
            self.actor(who)
                .map_or_else(|| start.to_string(), |x| x.from.describe())
        })
    }

    /// Why an act of `subject` dated `date` is not the state's own act as dated: the date is
    /// before `subject` existed apart from a predecessor (the act is the predecessor's, listed
    /// under today's state by its source: Slovakia's 1988 recognition of Palestine was
    /// Czechoslovakia's), or before it existed at all with no predecessor to carry it (Namibia's
    /// 1988 recognition of Palestine was SWAPO's). `what` names the act ("recognition").
    /// `None` for an undated act or one that may be the state's own.
    pub fn since_note(&self, subject: &str, date: Date, what: &str) -> Option<String> {
        let (_, last) = date.bounds()?;
        match self.act_of_predecessor(subject, last) {
            Some((p, false)) => {
                return Some(format!(
                    "{} is before {subject} existed apart from {} ({}): the act is its predecessor's, listed under {subject} by the source",
                    date.describe(),
                    p.id,
                    p.name
                ))
            }
            Some((p, true)) => {
                return Some(format!(
                    "{} is before {subject} existed apart from {} ({}): {subject} continues {}'s seat (data/memberships.csv), and the act is {}'s, carried to {subject}",
                    date.describe(),
                    p.id,
                    p.name,
                    p.id,
                    p.id
                ))
            }
            None => {}
        }
        let start = self.began_after(subject, last)?;
        Some(format!(
            "{} is before {subject} existed ({start}): the source lists the act under {subject}; {subject}'s own {what} can date only from its beginning",
            date.describe()
        ))
    }

    /// The predecessor whose act an act of `subject` dated on or before `day` was: the state
    /// `subject` was then part of ([`Ledger::predecessor_then`]; `false`), or the state whose
    /// seat `subject` continues when that state existed on the day (`true`: Russia, whose UN row
    /// "continues the USSR seat", data/memberships.csv). Review 21: Russia's 1988 recognition of
    /// Palestine, the USSR's act, was answered as Russia's own without a word.
    pub fn act_of_predecessor(
        &self,
        subject: &str,
        day: civil::Date,
    ) -> Option<(&crate::model::Actor, bool)> {
        if let Some(p) = self.predecessor_then(subject, day) {
            return Some((p, false));
        }
        let a = self.actor(subject)?;
        self.seat_predecessor(a, day, &["continues the "], false)
            .map(|p| (p, true))
    }

    /// What a reader of a recognition or relations claim must know about its date, for a
    /// timeline row: dated before its object existed (shown, never read), or before its
    /// subject existed ([`Ledger::since_note`]). `None` for other claims (a statement about
    /// Kosovo made in 1999 is dated as made) and for dates that may be the parties' own.
    pub fn date_note(&self, c: &Claim) -> Option<String> {
        let what = if c.predicate.is_recognition() {
            "recognition"
        } else if c.predicate.is_relations() {
            "act"
        } else {
            return None;
        };
        if let Some(why) = self.predates_object(c).or_else(|| self.postdates_party(c)) {
            return Some(format!("{why}: shown, never read"));
        }
        self.since_note(&c.subject, c.date, what)
    }

    /// Why a claim is dated wholly before its object existed (a recognition of Kosovo dated
    /// 1900): such a claim is shown and never read. `None` otherwise.
    pub fn predates_object(&self, c: &Claim) -> Option<String> {
        self.predates(c, &c.object)
    }

    /// Why a recognition or relations claim is dated wholly after one of its pair ceased to
    /// exist (the accepted cessation claim's date, else the actor table's `to`): such a claim is
    /// shown and never read. `None` otherwise, and for other claims.
    pub fn postdates_party(&self, c: &Claim) -> Option<String> {
        if !(c.predicate.is_recognition() || c.predicate.is_relations()) {
            return None;
        }
        let (first, _) = c.date.bounds()?;
        for who in [&c.subject, &c.object] {
            let end = self
                .ceased(who)
                .map(|x| x.date)
                .or_else(|| self.actor(who).map(|x| x.to).filter(|d| !d.is_unknown()));
            if let Some((_, last)) = end.and_then(|e| e.bounds()) {
                if first > last {
                    return Some(format!(
                        "dated {} but {who} ceased to exist on {}",
                        c.date.describe(),
                        end.unwrap_or(Date::UNKNOWN).describe()
                    ));
                }
            }
        }
        None
    }

    /// The pair's recognition claims dated after one of them ceased to exist, as decisions of
    /// [`Role::PostdatesEntity`]: an answer "ceased" lists them (review 21: they were hidden).
    fn after_end<'a>(&'a self, a: &str, b: &str, as_of: civil::Date) -> Vec<Decision<'a>> {
        self.timed(
            self.claims_between(a, b)
                .into_iter()
                .filter(|c| c.predicate.is_recognition() && self.postdates_party(c).is_some()),
            b,
            as_of,
        )
        .iter()
        .map(|t| decision(Role::PostdatesEntity, t))
        .collect()
    }

    /// "; not read, dated after …: ids" for [`Ledger::after_end`]'s claims, or "".
    fn after_end_note(&self, a: &str, b: &str) -> String {
        let late: Vec<String> = self
            .claims_between(a, b)
            .into_iter()
            .filter(|c| c.predicate.is_recognition())
            .filter_map(|c| {
                self.postdates_party(c)
                    .map(|why| format!("{} ({why})", c.id))
            })
            .collect();
        if late.is_empty() {
            String::new()
        } else {
            format!(
                "; not read, dated after one of the pair ceased to exist: {}",
                late.join(", ")
            )
        }
    }

    /// The role and reason of a claim whose date lies outside its pair's existence: before its
    /// object began ([`Role::PredatesEntity`]) or after one of the pair ended
    /// ([`Role::PostdatesEntity`]). Both are shown, never read.
    fn outside_existence(&self, c: &Claim) -> Option<(Role, String)> {
        self.predates_object(c)
            .map(|w| (Role::PredatesEntity, w))
            .or_else(|| self.postdates_party(c).map(|w| (Role::PostdatesEntity, w)))
    }

    /// For an importer: a recognition or relations claim about an entity the ledger dates no
    /// beginning of (no dated declaration, no `from` in the actor table: Palestine, Taiwan,
    /// Abkhazia, South Ossetia, Transnistria), dated wholly before every dated claim about it
    /// the ledger holds. comity cannot tell whether the entity existed then; the claim is read
    /// as written (review 21: "AFG recognises XAB 1900-01-01" was imported without a word and
    /// answered as a certain recognition since 1900). `None` otherwise.
    pub fn unchecked_early(&self, c: &Claim) -> Option<String> {
        if !(c.predicate.is_recognition() || c.predicate.is_relations()) || c.negated {
            return None;
        }
        if self.beginning(&c.object).is_some() {
            return None;
        }
        let (_, last) = c.date.bounds()?;
        let first = self.first_dated_claim(&c.object)?;
        let (earliest, _) = first.date.bounds()?;
        (last < earliest).then(|| {
            format!(
                "dated {}, before every other dated claim about {} (the earliest: {}, {}), and the ledger dates no beginning of {} (no dated declaration, no `from` in data/actors.csv): comity cannot check that {} existed then; answers read the claim as written",
                c.date.describe(),
                c.object,
                first.id,
                first.date.describe(),
                c.object,
                c.object
            )
        })
    }

    /// What makes a claim's date doubtful for its pair, for an importer to check: dated wholly
    /// before its object existed (never read), or before its subject existed when no
    /// predecessor carries the subject's earlier acts (read, as the source lists it, with a
    /// note: Namibia's 1988 recognition of Palestine was SWAPO's). `None` otherwise.
    pub fn date_warning(&self, c: &Claim) -> Option<String> {
        if let Some(why) = self.predates_object(c).or_else(|| self.postdates_party(c)) {
            return Some(format!("{why}; answers show the claim and never read it"));
        }
        let carried = self
            .actor(&c.subject)
            .is_some_and(|x| !x.predecessors.is_empty());
        if carried {
            return None;
        }
        self.predates(c, &c.subject).map(|why| {
            format!("{why}; answers read it as its source lists it, with a note on the date")
        })
    }

    /// Why `actor` certainly did not exist on `day`, when the ledger shows it: its beginning in
    /// the actor table or its dated declaration of independence wholly after the day, its end in
    /// the actor table wholly before it, or an accepted claim that it ceased to exist dated on or
    /// before it. `None` when it existed or the data cannot tell. (Review 12: `simulate un XAR`
    /// today put Artsakh's admission to a vote, every state's "no" read from its cessation.)
    pub fn absent_on(&self, actor: &str, day: civil::Date) -> Option<String> {
        if let Some(from) = self.not_begun(actor, day) {
            return Some(format!("it begins {from} (actor table)"));
        }
        if let Some(d) = self.existence_start(actor).filter(|d| *d > day) {
            return Some(format!("it declared independence on {d}"));
        }
        let a = self.actor(actor)?;
        if a.to.bounds().is_some_and(|(_, last)| last < day) {
            return Some(format!("it ended {} (actor table)", a.to));
        }
        self.ceased(actor)
            .filter(|c| c.date.timing(day) == Timing::Before)
            .map(|c| format!("it ceased to exist {} (claim {})", c.date, c.id))
    }

    /// The known gap in the shipped tables' sources for `actor`'s acts toward `entity` that
    /// `as_of` falls in (after the gap's last covered day), if any.
    pub fn coverage_gap(
        &self,
        entity: &str,
        actor: &str,
        as_of: civil::Date,
    ) -> Option<&crate::model::CoverageGap> {
        self.gap_where(entity, actor, |g| {
            g.after.bounds().is_some_and(|(_, last)| as_of > last)
        })
    }

    fn gap_where(
        &self,
        entity: &str,
        actor: &str,
        covers: impl Fn(&crate::model::CoverageGap) -> bool,
    ) -> Option<&crate::model::CoverageGap> {
        self.dataset()
            .gaps
            .iter()
            .find(|g| g.entity == entity && g.actor == actor && covers(g))
    }

    /// The known gap in the shipped tables' sources for `actor`'s acts toward `entity` *before*
    /// a day, if `as_of` falls before its first covered day: the acts before it were not
    /// retrieved (Nicaragua "re-recognized" Taiwan in 1990: its earlier recognition and the
    /// withdrawal of 1985 are not in the tables).
    pub fn coverage_gap_before(
        &self,
        entity: &str,
        actor: &str,
        as_of: civil::Date,
    ) -> Option<&crate::model::CoverageGap> {
        self.gap_where(entity, actor, |g| {
            g.before.bounds().is_some_and(|(first, _)| as_of < first)
        })
    }

    /// The latest day an accepted claim can describe, from what is known of it:
    /// its sources' publication, and for shipped claims the compilation day of
    /// the shipped tables.
    pub fn latest_day(&self, claim: &Claim, object: &str) -> Option<civil::Date> {
        let reported = self.reported_by(claim);
        let compiled = if self.dataset().shipped.contains(&claim.id) {
            self.dataset()
                .compiled_for
                .get(object)
                .or(self.dataset().compiled.as_ref())
                .and_then(|d| d.bounds().map(|b| b.1))
        } else {
            None
        };
        match (reported, compiled) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// The accepted, non-negated claim that `actor` ceased to exist, if any.
    pub fn ceased(&self, actor: &str) -> Option<&Claim> {
        self.claims_of(actor).into_iter().find(|c| {
            c.subject == actor
                && c.predicate == Predicate::CeasesToExist
                && c.status == ClaimStatus::Accepted
                && !c.negated
        })
    }

    fn timed<'a>(
        &'a self,
        claims: impl IntoIterator<Item = &'a Claim>,
        object: &str,
        as_of: civil::Date,
    ) -> Vec<Timed<'a>> {
        let not_before = self.existence_start(object);
        let mut out: Vec<Timed<'a>> = claims
            .into_iter()
            .filter(|c| c.status == ClaimStatus::Accepted)
            .map(|c| {
                let not_after = self.latest_day(c, object);
                let nb = if c.predicate.is_recognition() {
                    not_before
                } else {
                    None
                };
                // A reaffirmation on a day says the recognition happened by that day.
                let date = if c.predicate == Predicate::ReaffirmsRecognition {
                    c.date.with_bound(Bound::OnOrBefore)
                } else {
                    c.date
                };
                let timing = date.timing_within(as_of, nb, not_after);
                let key = match date.key_day() {
                    Some(k) => {
                        let k = nb.map_or(k, |nb| k.max(nb));
                        if date.bound() == Bound::OnOrBefore {
                            not_after.map_or(k, |na| k.min(na))
                        } else {
                            k
                        }
                    }
                    // An undated recognition precedes whatever withdraws it; an
                    // undated withdrawal follows what it withdraws.
                    None if matches!(
                        c.predicate,
                        Predicate::Recognises | Predicate::ReaffirmsRecognition
                    ) && !c.negated =>
                    {
                        nb.unwrap_or(civil::Date::MIN)
                    }
                    None => not_after.unwrap_or(civil::Date::MAX),
                };
                Timed {
                    claim: c,
                    timing,
                    key,
                }
            })
            .collect();
        out.sort_by(|a, b| a.key.cmp(&b.key).then_with(|| a.claim.id.cmp(&b.claim.id)));
        out
    }

    fn recognition(&self, a: &str, b: &str, as_of: civil::Date) -> RecognitionAnswer<'_> {
        // An actor that no longer exists neither recognises nor is recognised.
        for who in [b, a] {
            if let Some(c) = self.ceased(who) {
                let t = self.timed([c], who, as_of);
                if let Some(t) = t.first().filter(|t| t.timing != Timing::After) {
                    if t.timing == Timing::Before {
                        return RecognitionAnswer {
                            weak_sources: self.weak(c),
                            ..RecognitionAnswer::settled(
                                Recognition::Ceased,
                                false,
                                Some(c.date),
                                format!(
                                    "{who} ceased to exist on {}: after that it neither recognises nor is recognised{}",
                                    c.date.describe(),
                                    self.after_end_note(a, b)
                                ),
                                std::iter::once(decision(Role::Ceased, t))
                                    .chain(self.after_end(a, b, as_of))
                                    .collect(),
                            )
                        };
                    }
                }
            }
        }
        // A former state whose end the actor table dates (its `to`: the day it ceased, e.g.
        // Czechoslovakia 1993-01-01) and that no claim ends: the same answer, from the table.
        for who in [b, a] {
            if self.ceased(who).is_some() {
                continue;
            }
            let Some(end) = self.actor(who).map(|x| x.to).filter(|d| !d.is_unknown()) else {
                continue;
            };
            if end.timing(as_of) == Timing::Before {
                return RecognitionAnswer::settled(
                    Recognition::Ceased,
                    false,
                    Some(end),
                    format!(
                        "{who} ceased to exist on {} (its end date in the actor table, data/actors.csv): after that it neither recognises nor is recognised{}",
                        end.describe(),
                        self.after_end_note(a, b)
                    ),
                    self.after_end(a, b, as_of),
                );
            }
        }
        // A state recognises nothing before it exists (review 9: Serbia and Montenegro, which
        // began on 2003-02-04, was "recognised (inferred)" toward the SADR in 1995 from its 2004
        // withdrawal; the recognition was Yugoslavia's). Its predecessors' answers are shown
        // beside (`Ledger::predecessor_answers`).
        if let Some(from) = self.not_begun(a, as_of) {
            return RecognitionAnswer::settled(
                Recognition::NotRecognised,
                true,
                None,
                format!(
                    "{a} did not exist yet on {as_of} (it began on {}, data/actors.csv): a state recognises nothing before it exists; its predecessors' acts are not its own",
                    from.describe()
                ),
                Vec::new(),
            );
        }
        // Nobody recognises an entity before it declared itself.
        if let Some(start) = self.existence_start(b).filter(|s| as_of < *s) {
            let decl: Vec<Timed<'_>> = self.timed(
                self.claims_of(b).into_iter().filter(|c| {
                    c.subject == b && c.predicate == Predicate::DeclaresIndependence && !c.negated
                }),
                b,
                as_of,
            );
            // Acts dated before the declaration are listed too (review 20: an imported 1900
            // recognition was absent from the answer for 2000).
            let early = self.timed(
                self.claims_between(a, b)
                    .into_iter()
                    .filter(|c| c.predicate.is_recognition() && self.predates_object(c).is_some()),
                b,
                as_of,
            );
            return RecognitionAnswer::settled(
                Recognition::NotRecognised,
                true,
                None,
                format!("{a} does not recognise {b}: {b} declared independence only on {start}"),
                decl.iter()
                    .map(|t| decision(Role::Later, t))
                    .chain(early.iter().map(|t| decision(Role::PredatesEntity, t)))
                    .collect(),
            );
        }
        // No declaration claim, but the actor table dates the entity's beginning (Artsakh
        // `from` 1991): before it, nothing could recognise it.
        if self.existence_start(b).is_none() {
            if let Some(from) = self
                .actor(b)
                .map(|x| x.from)
                .filter(|d| !d.is_unknown() && d.timing(as_of) == Timing::After)
            {
                return RecognitionAnswer::settled(
                    Recognition::NotRecognised,
                    true,
                    None,
                    format!(
                        "{a} does not recognise {b}: {b} came into existence only in {} (its beginning in the actor table, data/actors.csv)",
                        from.describe()
                    ),
                    Vec::new(),
                );
            }
        }
        let mut answer = self.recognition_history(a, b, as_of);
        // Claims dated outside the pair's existence, named (each kind once).
        for (role, words) in [
            (Role::PredatesEntity, format!("dated before {b} existed")),
            (
                Role::PostdatesEntity,
                "dated after one of the pair ceased to exist".to_string(),
            ),
        ] {
            let ids: Vec<String> = answer
                .claims
                .iter()
                .filter(|d| d.role == role)
                .filter_map(|d| {
                    self.outside_existence(d.claim)
                        .map(|(_, why)| format!("{} ({why})", d.claim.id))
                })
                .collect();
            if !ids.is_empty() {
                answer
                    .reason
                    .push_str(&format!("; not read, {words}: {}", ids.join(", ")));
            }
        }
        // An end that may or may not have come by the day makes every answer uncertain.
        for who in [b, a] {
            if self.ceased(who).is_none() {
                if let Some(end) = self
                    .actor(who)
                    .map(|x| x.to)
                    .filter(|d| d.timing(as_of) == Timing::Uncertain && !d.is_unknown())
                {
                    answer.certain = false;
                    answer.reason.push_str(&format!(
                        "; {who} ceased to exist {} (data/actors.csv), which may be before this day",
                        end.describe()
                    ));
                }
            }
            if let Some(c) = self.ceased(who) {
                if let Some(t) = self
                    .timed([c], who, as_of)
                    .first()
                    .filter(|t| t.timing == Timing::Uncertain)
                {
                    answer.certain = false;
                    answer.reason.push_str(&format!(
                        "; {who} ceased to exist {}, which may be before this day",
                        c.date.describe()
                    ));
                    answer.claims.push(decision(Role::Ceased, t));
                }
            }
        }
        let deciding: Vec<&Decision<'_>> = answer
            .claims
            .iter()
            .filter(|d| {
                !matches!(
                    d.role,
                    Role::Later
                        | Role::Refuted
                        | Role::Unconfirmed
                        | Role::Earlier
                        | Role::PredatesEntity
                        | Role::PostdatesEntity
                )
            })
            .collect();
        // (An answer no claim decides keeps what it was given: a complete list's sources.)
        if !deciding.is_empty() {
            answer.weak_sources = deciding.iter().all(|d| self.weak(d.claim));
        }
        if answer.weak_sources
            && !matches!(
                answer.status,
                Recognition::NotRecorded | Recognition::Ceased
            )
        {
            answer.reason.push_str(if deciding.is_empty() {
                " (the list rests only on weak sources)"
            } else {
                " (every deciding claim rests only on weak sources)"
            });
        }
        answer
    }

    /// Whether every source of a claim is graded weak (ungraded sources are not
    /// called weak: nothing is known of them).
    pub fn weak(&self, c: &Claim) -> bool {
        all_weak(self.sources_of(c).into_iter())
    }

    fn recognition_history(&self, a: &str, b: &str, as_of: civil::Date) -> RecognitionAnswer<'_> {
        let all = self.timed(
            self.claims_between(a, b)
                .into_iter()
                .filter(|c| c.predicate.is_recognition()),
            b,
            as_of,
        );
        // Acts dated wholly before the object existed, or after one of the pair ceased, are
        // shown and not read.
        let (early, all): (Vec<Timed<'_>>, Vec<Timed<'_>>) = all
            .into_iter()
            .partition(|t| self.outside_existence(t.claim).is_some());
        let is_positive = |c: &Claim| !c.negated && c.predicate == Predicate::Recognises;
        let is_reaffirmation =
            |c: &Claim| !c.negated && c.predicate == Predicate::ReaffirmsRecognition;
        let is_negative_statement = |c: &Claim| {
            (c.predicate == Predicate::DoesNotRecognise && !c.negated)
                || (c.predicate == Predicate::Recognises && c.negated)
        };
        let is_negative_act = |c: &Claim| {
            !c.negated
                && matches!(
                    c.predicate,
                    Predicate::WithdrawsRecognition | Predicate::SuspendsRecognition
                )
        };
        let is_denial = |c: &Claim| {
            c.negated
                && matches!(
                    c.predicate,
                    Predicate::WithdrawsRecognition | Predicate::SuspendsRecognition
                )
        };
        let mut decisions: Vec<Decision<'_>> = early
            .iter()
            .filter_map(|t| {
                self.outside_existence(t.claim)
                    .map(|(role, _)| decision(role, t))
            })
            .collect();
        let mut used: Vec<&str> = Vec::new();
        // 1. Recognitions: refuted (denied by the state, or retracted by their own
        //    claimant, whenever) and unconfirmed ones never count.
        let mut valid: Vec<Timed<'_>> = Vec::new();
        // A withdrawal, suspension or reaffirmation dated between the claimed
        // recognition and the later denial, made by the state itself or reported by
        // anyone but the entity's rival, presupposes that recognition: the denial is
        // then a later position (a reversal), not a refutation of it.
        let rival = self.dataset().rivals.get(b).map(String::as_str);
        let presupposed_between = |p: &Timed<'_>, q: &Timed<'_>| {
            all.iter().any(|r| {
                (is_negative_act(r.claim) || is_reaffirmation(r.claim))
                    && Some(r.claim.claimant.as_str()) != rival
                    && r.key >= p.key
                    && r.key <= q.key
                    && r.claim.id != p.claim.id
            })
        };
        for p in all.iter().filter(|t| is_positive(t.claim)) {
            let refuter = all.iter().find(|q| {
                is_negative_statement(q.claim)
                    && q.key >= p.key
                    && (q.claim.claimant == a || q.claim.claimant == p.claim.claimant)
                    && p.claim.claimant != a
                    && !presupposed_between(p, q)
            });
            if let Some(q) = refuter {
                decisions.push(decision(Role::Refuted, p));
                if !used.contains(&q.claim.id.as_str()) {
                    decisions.push(decision(Role::Denial, q));
                    used.push(&q.claim.id);
                }
            } else if p.claim.is_unconfirmed() {
                decisions.push(decision(Role::Unconfirmed, p));
            } else {
                valid.push(*p);
            }
        }
        // A reaffirmation with no recorded recognition is the evidence of one.
        if !all.iter().any(|t| is_positive(t.claim)) {
            valid.extend(all.iter().filter(|t| is_reaffirmation(t.claim)).copied());
        }
        // 2. The state's own negative statements after its own recognition are reversals.
        let first_self = valid.iter().find(|p| p.claim.claimant == a).map(|p| p.key);
        let mut negatives: Vec<Timed<'_>> = Vec::new();
        // A withdrawal claimed at low confidence is still a claimed withdrawal: it
        // makes the pair disputed (never withdrawn), and policies decide.
        negatives.extend(all.iter().filter(|t| is_negative_act(t.claim)).copied());
        for q in all.iter().filter(|t| is_negative_statement(t.claim)) {
            if used.contains(&q.claim.id.as_str()) {
                continue;
            }
            if q.claim.claimant == a && first_self.is_some_and(|k| q.key >= k) {
                negatives.push(*q);
                used.push(&q.claim.id);
            }
        }
        // 3. The sequence of acts.
        let mut events: Vec<(ActKind, Timed<'_>)> = valid
            .iter()
            .map(|t| (ActKind::Recognise, *t))
            .chain(negatives.iter().map(|t| (ActKind::Negative, *t)))
            .collect();
        events.sort_by(|x, y| {
            x.1.key
                .cmp(&y.1.key)
                .then_with(|| x.1.claim.id.cmp(&y.1.claim.id))
        });
        // Negative claims in a row are accounts of one act, except a later act the record
        // itself shows to be another: a withdrawal dated after a freeze it cannot be a date of
        // (Barbados froze its recognition of the SADR in 2013 and withdrew it on 2019-06-21),
        // or the state's own second account of the same act at a date the first cannot
        // describe (Zambia withdrew in 2011 and again in 2016: it had recognised again between,
        // unrecorded). Accounts by different claimants stay competing dates of one act.
        let another_act = |act: &Act<'_>, t: &Timed<'_>| {
            act.kind == ActKind::Negative
                && act.claims.iter().all(|c| {
                    c.key < t.key
                        && !c.claim.date.compatible(&t.claim.date)
                        && !c.claim.date.is_unknown()
                })
                && (act.claims.iter().all(|c| {
                    // More than a month apart: a day's difference between a freeze and a
                    // withdrawal is more likely two accounts of one act (time zones, reports).
                    c.claim.predicate == Predicate::SuspendsRecognition
                        && t.claim.predicate == Predicate::WithdrawsRecognition
                        && c.key.saturating_add(jiff::Span::new().days(31)) < t.key
                }) || (t.claim.claimant == a
                    && act.claims.iter().any(|c| {
                        // More than a month apart too (review 15: a note verbale of 2019-06-21
                        // and a press release of 2019-06-22 by the state were two acts, with an
                        // unrecorded recognition between them).
                        c.claim.claimant == a
                            && c.claim.predicate == t.claim.predicate
                            && c.key.saturating_add(jiff::Span::new().days(31)) < t.key
                    })))
        };
        let mut acts: Vec<Act<'_>> = Vec::new();
        for (kind, t) in events {
            match acts.last_mut() {
                Some(act) if act.kind == kind && !another_act(act, &t) => act.claims.push(t),
                _ => acts.push(Act {
                    kind,
                    claims: vec![t],
                }),
            }
        }
        let positions: Vec<&Timed<'_>> = all
            .iter()
            .filter(|t| is_negative_statement(t.claim) && !used.contains(&t.claim.id.as_str()))
            .collect();
        // Acts are sequential: an act after one that certainly came after the day
        // came after the day too (a withdrawal cannot precede its recognition).
        let mut later_from = acts.len();
        for (i, act) in acts.iter().enumerate() {
            if act.timing() == Timing::After {
                later_from = i;
                break;
            }
        }
        for act in &mut acts[later_from..] {
            for t in &mut act.claims {
                t.timing = Timing::After;
            }
        }
        let last = acts.iter().rposition(|act| act.timing() != Timing::After);
        let Some(last) = last else {
            return self.before_any_act(a, b, as_of, &acts, &positions, decisions);
        };
        // Acts after the day are context.
        for act in &acts[last + 1..] {
            for t in &act.claims {
                decisions.push(decision(Role::Later, t));
            }
        }
        let act = &acts[last];
        let timing = act.timing();
        let certain = timing == Timing::Before;
        let recognition_index = acts[..=last]
            .iter()
            .rposition(|x| x.kind == ActKind::Recognise);
        let recognition_act = recognition_index.map(|i| &acts[i]);
        // The acts before the one in force other than the recognition it rests on: the pair's
        // history, shown with their claims and named in the reason (Vanuatu's June 2011
        // retraction before its 2013 withdrawal; Barbados's 2013 freeze before 2019).
        let earlier: Vec<&Act<'_>> = acts[..last]
            .iter()
            .enumerate()
            .filter(|(i, _)| Some(*i) != recognition_index)
            .map(|(_, a)| a)
            .collect();
        // A withdrawal after a withdrawal ends a recognition the record does not date (the one
        // the second act presupposes), not the first recognition (review 16: Vanuatu's 2013
        // withdrawal from Abkhazia read "recognised (2011-05) and withdrew (2013-07-12)").
        let since = if act.kind == ActKind::Negative
            && last > 0
            && acts[last - 1].kind == ActKind::Negative
            && reversed_after(&acts[last - 1], act)
        {
            None
        } else {
            recognition_act.and_then(Act::earliest_date)
        };
        let reaffirmations: Vec<&Timed<'_>> = all
            .iter()
            .filter(|t| {
                is_reaffirmation(t.claim)
                    && t.key <= as_of
                    && !valid.iter().any(|v| v.claim.id == t.claim.id)
            })
            .collect();
        // A withdrawal followed by another withdrawal (or suspension) by the state presupposes a
        // recognition again between them, on a day the record does not give: until the second
        // act, the first may have been reversed (review 15: Vanuatu withdrew its recognition of
        // Abkhazia in June 2011 and again on 2013-07-12; in 2012 it was a certain "withdrawn").
        let reversed_later = (act.kind == ActKind::Negative)
            .then(|| acts.get(last + 1))
            .flatten()
            .filter(|next| next.kind == ActKind::Negative && reversed_after(act, next));
        let mut answer = match act.kind {
            ActKind::Recognise => {
                push_act(&mut decisions, act, Role::Recognition);
                for r in &reaffirmations {
                    decisions.push(decision(Role::Reaffirmation, r));
                }
                let mut reason = match (certain, since) {
                    (true, Some(d)) => format!("{a} recognises {b} since {}", d.describe()),
                    (true, None) => {
                        format!("{a} recognises {b} (on or before this day; the date is unknown)")
                    }
                    (false, _) => format!(
                        "{a} recognises {b} if the recognition came by {as_of}, which is uncertain: {}",
                        why_uncertain(act, as_of)
                    ),
                };
                let disagreement = date_disagreement(&act.claims);
                if certain {
                    if let Some(d) = &disagreement {
                        reason.push_str(&format!(" ({d})"));
                    }
                }
                if last > 0 {
                    reason.push_str(&format!("; {}", history(&acts[..=last], a)));
                }
                RecognitionAnswer {
                    status: Recognition::Recognised,
                    certain,
                    inferred: false,
                    since,
                    last_change: None,
                    since_note: None,
                    dates_disagree: disagreement.is_some(),
                    confirmed_by_state: false,
                    if_not_yet: (!certain)
                        .then_some(Recognition::NotRecognised)
                        .filter(|_| last == 0),
                    denied_by: Vec::new(),
                    withdrawal_claimed_by: Vec::new(),
                    weak_sources: false,
                    reason,
                    claims: decisions,
                }
            }
            ActKind::Negative => {
                let previous_key = recognition_act.map_or(civil::Date::MIN, Act::key);
                let act_key = act.key();
                for t in &act.claims {
                    let role = if t.claim.predicate == Predicate::SuspendsRecognition {
                        Role::Suspension
                    } else {
                        Role::Withdrawal
                    };
                    decisions.push(decision(role, t));
                }
                if let Some(r) = recognition_act {
                    push_act(&mut decisions, r, Role::Recognition);
                }
                let mut denied_by: Vec<String> = Vec::new();
                for t in all.iter().filter(|t| {
                    is_denial(t.claim) && t.timing != Timing::After && t.key >= previous_key
                }) {
                    decisions.push(decision(Role::Denial, t));
                    push_unique(&mut denied_by, &t.claim.claimant);
                }
                // A reaffirmation by the state after the act reverses it.
                let reaffirmed: Vec<&&Timed<'_>> = reaffirmations
                    .iter()
                    .filter(|r| r.claim.claimant == a && r.key >= act_key)
                    .collect();
                for r in &reaffirmed {
                    decisions.push(decision(Role::Reaffirmation, r));
                }
                if !reaffirmed.is_empty() {
                    push_unique(&mut denied_by, a);
                }
                let mut withdrawal_claimed_by = Vec::new();
                for t in &act.claims {
                    push_unique(&mut withdrawal_claimed_by, &t.claim.claimant);
                }
                // An account below the confirmation threshold confirms nothing (review 14:
                // Oman's withdrawal of 2011-09, a 0.3 claim relayed from a newspaper, read as a
                // certain "withdrawn … nobody denies it" and was subtracted by the default policy).
                let own: Vec<&Timed<'_>> = act
                    .claims
                    .iter()
                    .filter(|t| t.claim.claimant == a && !t.claim.is_unconfirmed())
                    .collect();
                let confirmed_by_state = !own.is_empty() && reaffirmed.is_empty();
                // Confirmed otherwise: acknowledged by the entity itself, or reported
                // by a source independent of the rival claimant (not the rival, not
                // only aggregators or partisan outlets), or acted on (relations severed).
                let rival = self.dataset().rivals.get(b).map(String::as_str);
                let independent = act.claims.iter().any(|t| {
                    let c = t.claim;
                    if c.is_unconfirmed() {
                        return false;
                    }
                    c.claimant == b
                        || (Some(c.claimant.as_str()) != rival
                            && c.claimant != a
                            && self.sources_of(c).iter().any(|s| {
                                s.grade
                                    .is_some_and(|g| g.at_least(crate::model::Grade::Wikipedia))
                            }))
                });
                let severed = self
                    .claims_between(a, b)
                    .into_iter()
                    .chain(self.claims_between(b, a))
                    .any(|c| {
                        c.predicate == Predicate::RelationsSevered
                            && c.status == ClaimStatus::Accepted
                            && !c.negated
                            && Some(c.claimant.as_str()) != rival
                            && act.claims.iter().any(|t| t.claim.date.compatible(&c.date))
                    });
                let confirmed = confirmed_by_state || independent || severed;
                let own_suspends = own
                    .iter()
                    .any(|t| t.claim.predicate == Predicate::SuspendsRecognition);
                let all_suspend = act
                    .claims
                    .iter()
                    .all(|t| t.claim.predicate == Predicate::SuspendsRecognition);
                // A suspension counts only when confirmed like a withdrawal (by the
                // state, the entity, an independent report or severed relations); one
                // claimed only by the rival is disputed, never silently applied.
                let status = if !denied_by.is_empty() {
                    Recognition::Disputed
                } else if (confirmed_by_state && own_suspends) || (all_suspend && confirmed) {
                    Recognition::Suspended
                } else if confirmed {
                    Recognition::Withdrawn
                } else {
                    Recognition::Disputed
                };
                let last_change = act.earliest_date().or(Some(Date::UNKNOWN));
                // Competing dates of the withdrawal are named, as a recognition's are: the
                // earliest is shown, never as if the sources agreed (JPN–TWN: 27 or 29 Sep 1972).
                let when = match (
                    last_change.map_or_else(String::new, |d| d.describe()),
                    date_disagreement(&act.claims),
                ) {
                    (w, Some(d)) => format!("{w} — {}; {d}", act.which_date()),
                    (w, None) => w,
                };
                let others: Vec<&str> = withdrawal_claimed_by
                    .iter()
                    .map(String::as_str)
                    .filter(|w| *w != a)
                    .collect();
                let also = if others.is_empty() {
                    String::new()
                } else {
                    format!(" (also reported by {})", others.join(", "))
                };
                // The recognition's competing dates too, as a standing recognition names them
                // (SUR–XKX: 2016-07-08 or 2016-07-22).
                let recognised_disagree = recognition_act
                    .and_then(|r| {
                        date_disagreement(&r.claims).map(|d| format!(" — {}; {d}", r.which_date()))
                    })
                    .unwrap_or_default();
                let recognised = match since {
                    Some(d) => {
                        format!("{a} recognised {b} ({}{recognised_disagree})", d.describe())
                    }
                    None => format!("{a} recognised {b} (date unknown)"),
                };
                let mut reason = match status {
                    Recognition::Withdrawn if confirmed_by_state => format!(
                        "{recognised} and withdrew the recognition itself ({when}){also}; nobody denies it"
                    ),
                    Recognition::Withdrawn => format!(
                        "{recognised} and withdrew the recognition ({when}), as reported by {}{}; nobody denies it",
                        withdrawal_claimed_by.join(", "),
                        if severed { ", with relations severed" } else { "" }
                    ),
                    // "as X words it" names the claimants already when the state is not one of
                    // them: "also reported by" them again would name them twice (Madagascar 2005).
                    Recognition::Suspended => format!(
                        "{recognised} and suspended the recognition ({when}, as {} words it){}: neither recognised nor withdrawn",
                        if own_suspends { a.to_string() } else { withdrawal_claimed_by.join(", ") },
                        if own_suspends { also.as_str() } else { "" }
                    ),
                    _ => format!(
                        "{recognised}; a {} ({when}) is claimed by {}{} and {}",
                        if all_suspend { "suspension" } else { "withdrawal" },
                        withdrawal_claimed_by.join(", "),
                        if act.claims.iter().all(|t| t.claim.is_unconfirmed()) {
                            " (below the confirmation threshold: unconfirmed)"
                        } else {
                            ""
                        },
                        if denied_by.is_empty() {
                            "not confirmed by the state".to_string()
                        } else {
                            format!("denied by {}", denied_by.join(", "))
                        }
                    ),
                };
                // More than the recognition and this act: the whole sequence is said.
                if !earlier.is_empty() {
                    reason.push_str(&format!("; {}", history(&acts[..=last], a)));
                }
                if !certain {
                    reason.push_str(&format!(
                        "; whether it came by {as_of} is uncertain: {}",
                        why_uncertain(act, as_of)
                    ));
                }
                RecognitionAnswer {
                    status,
                    certain,
                    inferred: false,
                    since,
                    last_change,
                    since_note: None,
                    // Review 14: Japan's withdrawal from Taiwan (27 or 29 Sep 1972) was said in
                    // the reason, never flagged, so no list marked it.
                    dates_disagree: recognition_act
                        .is_some_and(|r| date_disagreement(&r.claims).is_some())
                        || date_disagreement(&act.claims).is_some(),
                    confirmed_by_state,
                    if_not_yet: (!certain
                        && last > 0
                        && acts[last - 1].kind == ActKind::Recognise
                        && acts[last - 1].timing() == Timing::Before)
                        .then_some(Recognition::Recognised),
                    denied_by,
                    withdrawal_claimed_by,
                    weak_sources: false,
                    reason,
                    claims: decisions,
                }
            }
        };
        // Two acts of different kinds whose dates do not order them (a withdrawal "2019" and a
        // recognition of 2019-06-01): the sort by first day put one before the other as if the
        // order were known (review 15: the same facts gave "recognised" or "withdrawn", both
        // certain, by claim id). Then the status is one of the two, uncertain. A recognition
        // that is the pair's first act precedes the withdrawal that ends it (a withdrawal
        // presupposes it), unless both begin on the same day.
        if last > 0 && reversed_later.is_none() {
            let prev = &acts[last - 1];
            let exact = |x: &Act<'_>| x.claims.iter().all(|t| t.claim.date.is_exact());
            let prev_last = prev
                .claims
                .iter()
                .filter_map(|t| t.claim.date.bounds().map(|b| b.1))
                .max();
            let act_first = act.claims.iter().map(|t| t.key).min();
            let prev_first = prev.claims.iter().map(|t| t.key).min();
            let tie = prev_first == act_first;
            let natural = prev.kind == ActKind::Recognise && last == 1 && !tie;
            if prev.kind != act.kind
                && exact(prev)
                && exact(act)
                && !natural
                && prev_last.zip(act_first).is_some_and(|(p, f)| p >= f)
                && answer.certain
            {
                let kind = |x: &Act<'_>| match x.kind {
                    ActKind::Recognise => "recognition",
                    ActKind::Negative => "withdrawal or suspension",
                };
                answer.certain = false;
                // The other order leaves the earlier act's status in force.
                let pred = |p: Predicate| prev.claims.iter().all(|t| t.claim.predicate == p);
                answer.if_not_yet = match prev.kind {
                    ActKind::Recognise => Some(Recognition::Recognised),
                    ActKind::Negative if pred(Predicate::WithdrawsRecognition) => {
                        Some(Recognition::Withdrawn)
                    }
                    ActKind::Negative if pred(Predicate::SuspendsRecognition) => {
                        Some(Recognition::Suspended)
                    }
                    ActKind::Negative => None,
                };
                answer.reason.push_str(&format!(
                    "; uncertain: the {} dated {} and the {} dated {} are not ordered by their dates, so either may be the later",
                    kind(prev),
                    prev.earliest_date().unwrap_or(Date::UNKNOWN).describe(),
                    kind(act),
                    act.earliest_date().unwrap_or(Date::UNKNOWN).describe(),
                ));
            }
        }
        if let Some(next) = reversed_later {
            answer.certain = false;
            // The other possibility is a recognition again: a policy that counts both alike
            // (never-subtract) counts the pair with certainty (review 16).
            answer.if_not_yet = Some(Recognition::Recognised);
            answer.reason.push_str(&format!(
                "; uncertain on {as_of}: a later {} dated {} presupposes that {a} recognised {b} again in between, on a day the record does not give",
                if next.claims.iter().all(|t| t.claim.predicate == Predicate::SuspendsRecognition) {
                    "suspension"
                } else {
                    "withdrawal"
                },
                next.earliest_date().unwrap_or(Date::UNKNOWN).describe()
            ));
        }
        for a in &earlier {
            for t in &a.claims {
                answer.claims.push(decision(Role::Earlier, t));
            }
        }
        // Positions no act used (a third party's "never recognised", a position
        // the state stated before its own recognition) are shown beside the acts,
        // never dropped: a contrary claim is part of the answer.
        for t in &positions {
            let role = if t.timing == Timing::After {
                Role::Later
            } else {
                Role::Position
            };
            answer.claims.push(decision(role, t));
        }
        // A third party's word that the state does not (or never did) recognise, after the
        // recognition the answer rests on, is named in the reason too (review 19: "never
        // recognised" for São Tomé and Príncipe was only a row of the claims list).
        let rec_key = recognition_act.map_or(civil::Date::MIN, Act::key);
        let contrary: Vec<String> = positions
            .iter()
            .filter(|t| {
                t.timing != Timing::After
                    && t.claim.claimant != a
                    && (t.claim.date.is_unknown() || t.key >= rec_key)
            })
            .map(|t| {
                format!(
                    "{} says {a} does not recognise {b} ({}, {})",
                    t.claim.claimant,
                    t.claim.id,
                    if t.claim.date.is_unknown() {
                        "undated".to_string()
                    } else {
                        t.claim.date.describe()
                    }
                )
            })
            .collect();
        if !contrary.is_empty() && answer.status != Recognition::NotRecognised {
            answer.reason.push_str(&format!(
                "; {}: a position attributed to the state, shown beside",
                contrary.join("; ")
            ));
        }
        answer
    }

    /// No act had happened by the day: a stated position, a later recognition,
    /// a complete list, or nothing at all.
    fn before_any_act<'a>(
        &'a self,
        a: &str,
        b: &str,
        as_of: civil::Date,
        acts: &[Act<'a>],
        positions: &[&Timed<'a>],
        mut decisions: Vec<Decision<'a>>,
    ) -> RecognitionAnswer<'a> {
        let answer = |status, certain, inferred, reason: String, claims| RecognitionAnswer {
            certain,
            ..RecognitionAnswer::settled(status, inferred, None, reason, claims)
        };
        for act in acts {
            for t in &act.claims {
                decisions.push(decision(Role::Later, t));
            }
        }
        let refuted = decisions.iter().any(|d| d.role == Role::Refuted);
        let unconfirmed = decisions.iter().any(|d| d.role == Role::Unconfirmed);
        // Positions certainly stated by the day; one whose date (a month, a year)
        // straddles the day may have come after it, so it only supports an inference.
        let known_positions: Vec<&&Timed<'a>> = positions
            .iter()
            .filter(|t| t.timing == Timing::Before)
            .collect();
        let stated_by_day = decisions
            .iter()
            .any(|d| d.role == Role::Denial && d.timing == Timing::Before);
        for t in positions {
            let role = if t.timing == Timing::After {
                Role::Later
            } else {
                Role::Position
            };
            decisions.push(decision(role, t));
        }
        if let Some(first) = acts.first() {
            if first.kind == ActKind::Recognise {
                let d = first.earliest_date().unwrap_or(Date::UNKNOWN);
                // The recognition restored an earlier one the sources do not date: before
                // the gap's day, "not yet" would be an invention (review: Nicaragua–Taiwan
                // was a certain "no" in 1970, when Nicaragua recognised the Republic of China).
                if let Some(g) = known_positions
                    .is_empty()
                    .then(|| self.coverage_gap_before(b, a, as_of))
                    .flatten()
                {
                    return answer(
                        Recognition::NotRecorded,
                        false,
                        false,
                        format!(
                            "the ledger cannot say whether {a} recognised {b} on {as_of}: its recognition dated {} restored an earlier one, and its acts toward {b} before {} were not retrieved ({}: {})",
                            d.describe(),
                            g.before.describe(),
                            g.reference,
                            g.note
                        ),
                        decisions,
                    );
                }
                let mut reason = if d.is_unknown() {
                    format!(
                        "{a} does not recognise {b} yet on {as_of}: its recognition (undated) can only have come later"
                    )
                } else if d.timing(as_of) == Timing::After {
                    format!(
                        "{a} does not recognise {b} yet on {as_of}: its recognition is dated {}, after this day",
                        d.describe()
                    )
                } else {
                    // A coarser account contains the day, the ones that place the act certainly
                    // after it decide (review 19: "dated 2008-03, after this day" on 2008-03-10).
                    let after: Vec<String> = first
                        .claims
                        .iter()
                        .filter(|t| t.claim.date.timing(as_of) == Timing::After)
                        .map(|t| t.claim.date.describe())
                        .collect();
                    format!(
                        "{a} does not recognise {b} yet on {as_of}: its recognition is dated {} by the accounts that place it, after this day ({} by another, which agrees with them)",
                        after.join(", "),
                        d.describe()
                    )
                };
                // An earlier recognition claimed but unconfirmed is said, not dropped in
                // silence (Malta: the A/78/846 annex's 16 Nov 1988, against Malta's own 2025).
                let earlier: Vec<String> = decisions
                    .iter()
                    .filter(|x| x.role == Role::Unconfirmed && x.timing != Timing::After)
                    .map(|x| {
                        format!(
                            "{} claims a recognition dated {} ({}), unconfirmed: it does not count",
                            x.claim.claimant,
                            x.claim.date.describe(),
                            x.claim.id
                        )
                    })
                    .collect();
                if !earlier.is_empty() {
                    reason.push_str(&format!("; {}", earlier.join("; ")));
                }
                return answer(
                    Recognition::NotRecognised,
                    true,
                    known_positions.is_empty(),
                    reason,
                    decisions,
                );
            }
            // A withdrawal with no recorded recognition: it presupposes one.
            return answer(
                Recognition::Recognised,
                false,
                true,
                format!(
                    "{a} recognised {b} at an unrecorded date: a withdrawal dated {} presupposes a recognition",
                    first.earliest_date().unwrap_or(Date::UNKNOWN).describe()
                ),
                decisions,
            );
        }
        // An unconfirmed recognition claim that nobody denies does not count, and it
        // is no "no" either: the pair is as if nothing were recorded (a complete list
        // may still say "not recognised", as an inference), and the answer names it.
        let unconfirmed_note = (unconfirmed
            && !refuted
            && positions.iter().all(|p| p.timing == Timing::After))
        .then(|| {
            let who: Vec<String> = decisions
                .iter()
                .filter(|d| d.role == Role::Unconfirmed)
                .map(|d| format!("{} ({})", d.claim.id, d.claim.claimant))
                .collect();
            format!(
                "a recognition is claimed but unconfirmed ({}): it does not count, and it is not a denial",
                who.join(", ")
            )
        });
        // A refutation whose every denial is dated after the day says nothing of the day either
        // (review 20: Czechia–Palestine was a certain "no" in 1994 from a denial of 2025): the
        // refuted claim does not count, and nothing else is recorded.
        let later_denials: Vec<&Decision<'a>> = decisions
            .iter()
            .filter(|d| d.role == Role::Denial)
            .collect();
        let refuted_later = refuted
            && !stated_by_day
            && !later_denials.is_empty()
            && later_denials.iter().all(|d| d.timing == Timing::After);
        let refuted_note = refuted_later.then(|| {
            format!(
                "; a claimed recognition was refuted by {} dated after this day, which says nothing of it",
                later_denials
                    .iter()
                    .map(|d| format!("{} ({})", d.claim.id, d.claim.date.describe()))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        });
        let refuted = refuted && !refuted_later;
        // A refutation whose denials are each dated to a period containing the day (a month, a
        // year, a bound) may have come after it: the "no" is not certain (review 21: Nigeria's
        // denial dated 2012-09 made Nigeria–Kosovo a certain "no" on 2012-09-01, and "not
        // recorded" on 2012-08-31). An undated denial is read as standing, as an undated
        // position is.
        let denials_by_day: Vec<&Decision<'a>> = decisions
            .iter()
            .filter(|d| d.role == Role::Denial && d.timing != Timing::After)
            .collect();
        let refuted_maybe_later = refuted
            && !stated_by_day
            && !denials_by_day.is_empty()
            && denials_by_day
                .iter()
                .all(|d| d.timing == Timing::Uncertain && !d.claim.date.is_unknown());
        if refuted || positions.iter().any(|p| p.timing != Timing::After) {
            // No recognition is recorded at any date: a position stated by the day says the
            // state does not recognise; one whose date (a month, a year) contains the day may
            // have been stated after it, so the "no" is not certain.
            // An undated position is read as the state's standing one (no recognition is
            // recorded at any date); a dated one whose month or year contains the day may
            // have come after it.
            let by_day: Vec<_> = positions
                .iter()
                .filter(|p| p.timing != Timing::After)
                .collect();
            let positions_certain = !known_positions.is_empty()
                || (!by_day.is_empty() && by_day.iter().all(|p| p.claim.date.is_unknown()));
            let certain = (refuted && !refuted_maybe_later) || positions_certain;
            let reason = if refuted && stated_by_day {
                format!("{a} does not recognise {b}: a claimed recognition was refuted")
            } else if refuted_maybe_later {
                format!(
                    "{a} does not recognise {b} (inferred, not certain): a claimed recognition was refuted by {}, a period that contains this day: the denial may have come after it",
                    denials_by_day
                        .iter()
                        .map(|d| format!("{} (dated {})", d.claim.id, d.claim.date.describe()))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            } else if refuted {
                // Review 17: an undated denial was called "dated after this day".
                let after = decisions
                    .iter()
                    .any(|d| d.role == Role::Denial && d.timing == Timing::After);
                format!(
                    "{a} does not recognise {b} (inferred): a claimed recognition was refuted by a denial {}",
                    if after {
                        "dated after this day"
                    } else {
                        "whose date does not place it before this day"
                    }
                )
            } else if let Some(p) = known_positions
                .iter()
                .filter(|p| !p.claim.date.is_unknown())
                .max_by_key(|p| p.key)
                .or(known_positions.last())
            {
                if p.claim.claimant == a {
                    format!(
                        "{a} does not recognise {b} (stated position, {})",
                        p.claim.date.describe()
                    )
                } else {
                    // A third party's word, not the state's (the Kosovo tables' "never
                    // recognised" rows rest on absence from the recognition list).
                    format!(
                        "{a} does not recognise {b} (a position attributed to it by {}, {})",
                        p.claim.claimant,
                        p.claim.date.describe()
                    )
                }
            } else {
                let p = positions
                    .iter()
                    .filter(|p| p.timing != Timing::After)
                    .min_by_key(|p| p.key)
                    .unwrap_or(&positions[0]);
                let whose = if p.claim.claimant == a {
                    "its stated position".to_string()
                } else {
                    format!("a position attributed to it by {}", p.claim.claimant)
                };
                if p.claim.date.is_unknown() {
                    format!(
                        "{a} does not recognise {b} (inferred): no recognition is recorded at any date, and {whose} ({}, undated) is read as its standing position",
                        p.claim.id
                    )
                } else {
                    format!(
                        "{a} does not recognise {b} (inferred, not certain): no recognition is recorded, and {whose} ({}) is dated {}, a period that contains this day: it may have been stated after it",
                        p.claim.id,
                        p.claim.date.describe()
                    )
                }
            };
            let inferred = if refuted {
                !stated_by_day
            } else {
                known_positions.is_empty()
            };
            return answer(
                Recognition::NotRecognised,
                certain,
                inferred,
                reason,
                decisions,
            );
        }
        // Only positions stated after the day: they say nothing of it (review 19: Vanuatu's 2013
        // position made it a certain "no" toward South Ossetia in 1995, though Vanuatu had
        // recognised Abkhazia in 2011 and stated the opposite later). What is recorded decides.
        let later_note = (!refuted && !positions.is_empty()).then(|| {
            let p = positions
                .iter()
                .min_by_key(|p| p.key)
                .unwrap_or(&positions[0]);
            format!(
                "; {} ({}, {}) is dated after this day and says nothing of it",
                if p.claim.claimant == a {
                    "its stated position".to_string()
                } else {
                    format!("a position attributed to it by {}", p.claim.claimant)
                },
                p.claim.id,
                p.claim.date.describe()
            )
        });
        let mut tail = self.nothing_recorded(a, b, as_of, unconfirmed_note, decisions);
        if refuted_later {
            tail.reason =
                tail.reason
                    .replacen("holds no claim about", "holds no counted claim about", 1);
        }
        for n in [refuted_note, later_note].into_iter().flatten() {
            tail.reason.push_str(&n);
        }
        tail
    }

    /// Nothing is recorded by the day: a complete list may say "not recognised" (an
    /// inference); else the pair is not recorded.
    fn nothing_recorded<'a>(
        &'a self,
        a: &str,
        b: &str,
        as_of: civil::Date,
        unconfirmed_note: Option<String>,
        decisions: Vec<Decision<'a>>,
    ) -> RecognitionAnswer<'a> {
        let answer = |status, certain, inferred, reason: String, claims| RecognitionAnswer {
            certain,
            ..RecognitionAnswer::settled(status, inferred, None, reason, claims)
        };
        // Nothing recorded: only a complete list allows "not recognised".
        if let Some((k, covered)) = self.completeness_for(b, a, as_of) {
            let source = k.sources.join(", ");
            if covered {
                // The list's own sources decide the answer: when every one is weak, the answer
                // says so as a claim's would (review 12: Transnistria's 193 "no"s rest on a copy
                // of Wikipedia, and said `weak_sources: false`).
                let weak = all_weak(k.sources.iter().filter_map(|id| self.source(id)));
                return RecognitionAnswer {
                    weak_sources: weak,
                    ..answer(
                        Recognition::NotRecognised,
                        true,
                        true,
                        format!(
                            "{a} does not recognise {b} (inferred): {source} states that the list of recognisers among {} is complete as of {}, {a} is not on it, and the ledger records no recognition by {a}{}",
                            k.among,
                            k.as_of,
                            unconfirmed_note
                                .as_ref()
                                .map_or_else(String::new, |n| format!(" that counts; {n}"))
                        ),
                        decisions,
                    )
                };
            }
            if let Some(n) = &unconfirmed_note {
                return answer(
                    Recognition::NotRecorded,
                    false,
                    false,
                    format!("no counted claim about {a} and {b}: {n}"),
                    decisions,
                );
            }
            return answer(
                Recognition::NotRecorded,
                false,
                false,
                if let Some((first, _)) = k.as_of.bounds().filter(|(_, last)| as_of < *last) {
                    format!(
                        "no recognition claim about {a} and {b}; the list of recognisers among {} was stated complete as of {} ({source}), {}: {a} may have recognised {b} before and withdrawn",
                        k.among,
                        k.as_of,
                        if as_of < first {
                            "after this day"
                        } else {
                            "a period that does not end before this day"
                        }
                    )
                } else {
                    let compiled = self
                        .dataset()
                        .compiled_for
                        .get(b)
                        .or(self.dataset().compiled.as_ref());
                    format!(
                        "no recognition claim about {a} and {b}; the list of recognisers among {} was stated complete as of {} ({source}), and the shipped tables record no later recognition up to their compilation{}: after that, a recognition they do not record may have come",
                        k.among,
                        k.as_of,
                        compiled.map_or_else(String::new, |d| format!(" ({d})"))
                    )
                },
                decisions,
            );
        }
        answer(
            Recognition::NotRecorded,
            false,
            false,
            match &unconfirmed_note {
                Some(n) => format!(
                    "no counted claim about whether {a} recognises {b}: {n} (no data is not a \"no\")"
                ),
                None => match self.left_out_by_grade(a, b) {
                    Some((g, n)) if n > 0 => format!(
                        "no claim with a source graded {} or stronger about whether {a} recognises {b}: --min-grade left out {n} weaker claim{} about the pair (no data is not a \"no\")",
                        g.as_str(),
                        if n == 1 { "" } else { "s" }
                    ),
                    _ => format!(
                        "the ledger holds no claim about whether {a} recognises {b} (no data is not a \"no\")"
                    ),
                },
            },
            decisions,
        )
    }

    /// The first day a list's completeness is known (the last day of its `as_of`) and the last
    /// day it is read (the day the shipped tables were compiled, when later).
    fn completeness_span(
        &self,
        k: &crate::model::Completeness,
    ) -> Option<(civil::Date, civil::Date)> {
        let (_, last) = k.as_of.bounds()?;
        // The shipped tables were compiled later and record no recognition since the list was
        // stated complete: the inference holds until compilation.
        let compiled = self
            .dataset()
            .compiled_for
            .get(&k.entity)
            .or(self.dataset().compiled.as_ref())
            .and_then(|d| d.bounds().map(|b| b.1))
            .filter(|_| self.dataset().compiled.is_some());
        Some((last, compiled.map_or(last, |c| c.max(last))))
    }

    /// The lists of recognisers of `entity` stated complete whose reading ended before `as_of`
    /// (after the shipped tables' compilation a recognition they do not record may have come),
    /// each with the last day it is read: a count on a later day has those states "not
    /// recorded", and the count's notes say why it changed (review 18: Somaliland's 192 "no"s
    /// became 190 "not recorded" between 2 and 3 December 2026 with no word).
    pub fn completeness_lapsed(
        &self,
        entity: &str,
        as_of: civil::Date,
    ) -> Vec<(&crate::model::Completeness, civil::Date)> {
        self.dataset()
            .completeness
            .iter()
            .filter(|k| k.entity == entity)
            .filter_map(|k| {
                let (_, until) = self.completeness_span(k)?;
                (as_of > until).then_some((k, until))
            })
            .collect()
    }

    /// The completeness statement for `entity` that covers `member`, and whether
    /// it covers `as_of` (the day is on or after the day the list is complete, and
    /// on or before the day the shipped tables were compiled).
    fn completeness_for(
        &self,
        entity: &str,
        member: &str,
        as_of: civil::Date,
    ) -> Option<(&crate::model::Completeness, bool)> {
        let mut best: Option<(&crate::model::Completeness, bool)> = None;
        for k in self
            .dataset()
            .completeness
            .iter()
            .filter(|k| k.entity == entity)
        {
            let Some((last, until)) = self.completeness_span(k) else {
                continue;
            };
            let member_then = self.is_member(&k.among, member, last);
            if !member_then {
                continue;
            }
            // Only from the day the list was complete on: before it, a state off the list may
            // have recognised and withdrawn without the ledger recording either (Taiwan's allies
            // of 1970 are not its allies of 2024), so an earlier day is not recorded, not "no".
            // A list dated only to a month or a year ("as of 2019") was complete on some day
            // of it: only from its last day is that day surely past.
            let covered = as_of >= last
                && as_of <= until
                && self
                    .existence_start(entity)
                    .is_none_or(|start| as_of >= start);
            match best {
                Some((_, true)) => {}
                _ => best = Some((k, covered)),
            }
        }
        best
    }

    /// Claims that contradict relations rather than make an act (review 15: both were read by
    /// no answer): a stated "no diplomatic relations" (`no-relations`) and a denial of a
    /// relations act (a negated `relations-established` or `relations-severed`). A stated "no
    /// relations" known by the day answers where no act does (stated, not inferred); where an
    /// act is in force and such a claim is dated on or after it (or undated), the sources
    /// disagree: the answer stays, uncertain, and names them. Either way they are shown.
    fn contrary_relations<'a>(
        &'a self,
        a: &str,
        b: &str,
        as_of: civil::Date,
        answer: &mut RelationsAnswer<'a>,
    ) {
        let contrary: Vec<Timed<'a>> = self.timed(
            self.claims_between(a, b)
                .into_iter()
                .chain(self.claims_between(b, a))
                .filter(|c| {
                    (c.predicate == Predicate::NoRelations && !c.negated)
                        || (c.predicate.is_relations() && c.negated)
                })
                .filter(|c| !c.is_unconfirmed()),
            b,
            as_of,
        );
        if contrary.is_empty() {
            return;
        }
        let known: Vec<&Timed<'a>> = contrary
            .iter()
            .filter(|t| t.timing != Timing::After)
            .collect();
        let says = |t: &Timed<'_>| {
            let c = t.claim;
            let what = if c.predicate == Predicate::NoRelations {
                "states that there are no diplomatic relations".to_string()
            } else {
                format!("denies that relations were {}", relations_verb(c.predicate))
            };
            format!("{} {what} ({}, {})", c.claimant, c.date.describe(), c.id)
        };
        match answer.status {
            Relations::Established | Relations::Severed | Relations::Suspended => {
                let since = answer.since.and_then(|d| d.key_day());
                let against: Vec<&&Timed<'a>> = known
                    .iter()
                    .filter(|t| t.claim.date.is_unknown() || since.is_none_or(|d| t.key >= d))
                    .collect();
                if !against.is_empty() {
                    answer.certain = false;
                    answer.reason.push_str(&format!(
                        "; but {}: the sources disagree",
                        against
                            .iter()
                            .map(|t| says(t))
                            .collect::<Vec<_>>()
                            .join("; ")
                    ));
                }
            }
            Relations::NotRecorded | Relations::None => {
                if let Some(t) = known
                    .iter()
                    .filter(|t| t.claim.predicate == Predicate::NoRelations)
                    .max_by_key(|t| t.key)
                {
                    let certain = t.timing == Timing::Before;
                    answer.status = Relations::None;
                    answer.inferred = false;
                    answer.certain = certain;
                    answer.reason = format!(
                        "no diplomatic relations: {}{}",
                        says(t),
                        if certain {
                            String::new()
                        } else {
                            format!(", a date that may be after {as_of}")
                        }
                    );
                }
            }
        }
        for t in &contrary {
            let role = match (t.timing, t.claim.negated) {
                (Timing::After, _) => Role::Later,
                (_, true) => Role::Denial,
                (_, false) => Role::Position,
            };
            answer.claims.push(decision(role, t));
        }
    }

    fn relations<'a>(
        &'a self,
        a: &str,
        b: &str,
        as_of: civil::Date,
        recognition: &RecognitionAnswer<'_>,
    ) -> RelationsAnswer<'a> {
        let claims = self
            .claims_between(a, b)
            .into_iter()
            .chain(self.claims_between(b, a))
            .filter(|c| c.predicate.is_relations() && !c.negated);
        // A relations claim below the confirmation threshold (e.g. a signing reported as
        // scheduled, not as done) is shown and never counts, as an unconfirmed recognition.
        let (weak, all): (Vec<Timed<'_>>, Vec<Timed<'_>>) = self
            .timed(claims, b, as_of)
            .into_iter()
            .partition(|t| t.claim.is_unconfirmed());
        // Relations dated wholly before the entity existed are shown and never read, as such
        // recognitions are (review 20: an imported 2007-12-01 with Kosovo read as certain).
        // And those dated after one of the pair ceased to exist (review 21: South Yemen's
        // imported relations of 1995, five years after it merged into Yemen, were read).
        let (early, all): (Vec<Timed<'_>>, Vec<Timed<'_>>) = all
            .into_iter()
            .partition(|t| self.outside_existence(t.claim).is_some());
        let early_note = (!early.is_empty()).then(|| {
            format!(
                "; not read, dated outside the pair's existence: {}",
                early
                    .iter()
                    .filter_map(|t| self
                        .outside_existence(t.claim)
                        .map(|(_, why)| format!("{} ({why})", t.claim.id)))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        });
        let weak_note = (!weak.is_empty()).then(|| {
            format!(
                "; a relations claim is unconfirmed ({}): it does not count",
                weak.iter()
                    .map(|t| format!("{} {}", t.claim.claimant, t.claim.date.describe()))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        });
        let mut decisions: Vec<Decision<'a>> = weak
            .iter()
            .map(|t| decision(Role::Unconfirmed, t))
            .chain(early.iter().filter_map(|t| {
                self.outside_existence(t.claim)
                    .map(|(role, _)| decision(role, t))
            }))
            .collect();
        // No relations with an entity before it declared itself (a relations claim
        // bounded only "on or before" a later day cannot reach back before that).
        for who in [b, a] {
            if let Some(start) = self.existence_start(who).filter(|s| as_of < *s) {
                return RelationsAnswer {
                    status: Relations::None,
                    certain: true,
                    inferred: true,
                    since: None,
                    weak_sources: false,
                    reason: format!(
                        "no diplomatic relations (inferred): {who} declared independence only on {start}"
                    ),
                    claims: all
                        .iter()
                        .chain(weak.iter())
                        .map(|t| decision(Role::Later, t))
                        .chain(early.iter().filter_map(|t| {
                            self.outside_existence(t.claim)
                                .map(|(role, _)| decision(role, t))
                        }))
                        .collect(),
                };
            }
        }
        let known: Vec<&Timed<'_>> = all.iter().filter(|t| t.timing != Timing::After).collect();
        let latest = known.iter().copied().max_by_key(|t| t.key);
        let Some(latest) = latest else {
            for t in all.iter() {
                decisions.push(decision(Role::Later, t));
            }
            let (status, certain, inferred, reason) = match recognition.status {
                // An inference from a rule with exceptions, never certain (review 17: the
                // Czech Republic says it does not recognise Palestine and hosts its embassy;
                // Czechia–Palestine relations were a certain "none").
                Recognition::NotRecognised if !recognition.inferred => (
                    Relations::None,
                    false,
                    true,
                    format!("no diplomatic relations (inferred, not certain): {a} does not recognise {b}, and relations usually presuppose recognition; the ledger has no claim about relations between them"),
                ),
                Recognition::Ceased => (
                    Relations::None,
                    true,
                    false,
                    "no diplomatic relations: one of the two no longer exists".to_string(),
                ),
                _ => (
                    Relations::NotRecorded,
                    false,
                    false,
                    format!("the ledger has no claim about diplomatic relations between {a} and {b} on or before {as_of}"),
                ),
            };
            let reason = match &weak_note {
                Some(n) => format!("{reason}{n}"),
                None => reason,
            };
            let reason = match &early_note {
                Some(n) => format!("{reason}{n}"),
                None => reason,
            };
            return RelationsAnswer {
                status,
                certain,
                inferred,
                since: None,
                weak_sources: false,
                reason,
                claims: decisions,
            };
        };
        // A party's own second account of the same kind at a date the first cannot describe is
        // another act, not a competing date (Peru severed relations with the SADR on
        // 2022-08-18 and suspended them on 2023-09-08, by its own communiques).
        let own_second = |x: &Timed<'_>, y: &Timed<'_>| {
            x.claim.claimant == y.claim.claimant
                && (x.claim.claimant == a || x.claim.claimant == b)
                && !x.claim.date.is_unknown()
                && !y.claim.date.is_unknown()
        };
        let mut certain = latest.timing == Timing::Before;
        // An act of the other kind that the latest's date does not place it after (a bound
        // "on or before 2023-03-26" against severances of the 25th and 26th; two acts of one
        // day): which came last is not known, so neither is the answer (review 22: Honduras–
        // Taiwan relations were a certain "established" from such a bound).
        let begins_kind = |t: &Timed<'_>| t.claim.predicate == Predicate::RelationsEstablished;
        let unordered: Vec<&Timed<'_>> = known
            .iter()
            .copied()
            .filter(|k| {
                begins_kind(k) != begins_kind(latest)
                    && !k.claim.date.is_unknown()
                    && match (latest.claim.date.bounds(), k.claim.date.bounds()) {
                        (Some((first, _)), Some((_, k_last))) => first <= k_last,
                        _ => false,
                    }
            })
            .collect();
        let unordered_note = (!unordered.is_empty()).then(|| {
            format!(
                "; its date ({}) does not place it after {}: which came last is not known",
                latest.claim.date.describe(),
                unordered
                    .iter()
                    .map(|k| format!("{} ({})", k.claim.id, k.claim.date.describe()))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        });
        if unordered_note.is_some() {
            certain = false;
        }
        for t in &known {
            let role = match t.claim.predicate {
                Predicate::RelationsEstablished => Role::RelationsEstablished,
                Predicate::RelationsSuspended => Role::RelationsSuspended,
                _ => Role::RelationsSevered,
            };
            decisions.push(decision(role, t));
        }
        // Two kinds of act: relations begin (established) or end (severed or suspended). A
        // suspension and a severance are one kind for ordering and for grouping the accounts
        // of one act; the answer's word is the latest act's own.
        let begins = |t: &Timed<'_>| t.claim.predicate == Predicate::RelationsEstablished;
        for t in all.iter().filter(|t| t.timing == Timing::After) {
            // A later claim of the same kind is a competing date of the latest act only when no
            // act of the other kind comes between them, known or not yet (Nauru and Taiwan:
            // severed 2002-07, re-established 2005-05-14, severed again 2024-01-15).
            if begins(t) == begins(latest)
                && !t.claim.date.compatible(&latest.claim.date)
                && !own_second(t, latest)
                && !all
                    .iter()
                    .any(|k| begins(k) != begins(t) && k.key > latest.key && k.key <= t.key)
            {
                decisions.push(decision(Role::CompetingDate, t));
                certain = false;
            } else {
                decisions.push(decision(Role::Later, t));
            }
        }
        let status = match latest.claim.predicate {
            Predicate::RelationsEstablished => Relations::Established,
            Predicate::RelationsSuspended => Relations::Suspended,
            _ => Relations::Severed,
        };
        let verb = relations_verb(latest.claim.predicate);
        // Claims of the same act (same predicate, after any earlier act of the other kind):
        // the earliest date is the answer, and any disagreement is said.
        let previous_other = known
            .iter()
            .filter(|t| begins(t) != begins(latest) && t.key <= latest.key)
            .map(|t| t.key)
            .max();
        let same_act: Vec<Timed<'_>> = known
            .iter()
            .copied()
            .filter(|t| {
                begins(t) == begins(latest)
                    && previous_other.is_none_or(|k| t.key >= k)
                    && (t.claim.date.compatible(&latest.claim.date) || !own_second(t, latest))
            })
            .copied()
            .collect();
        let since = same_act
            .iter()
            .map(|t| t.claim.date)
            .filter(|d| !d.is_unknown())
            .min()
            .unwrap_or(latest.claim.date);
        let mut reason = format!(
            "diplomatic relations {verb} {}{}",
            since.describe(),
            if certain {
                ""
            } else {
                " (the date is uncertain on this day or disputed)"
            }
        );
        if let Some(d) = date_disagreement(&same_act) {
            reason.push_str(&format!(" ({d})"));
        }
        if let Some(n) = &unordered_note {
            reason.push_str(n);
        }
        // Accounts of one end of relations that name it differently: the word is the latest
        // account's, and the other is said (a severance reported by one source is a
        // suspension in another's words).
        let words: std::collections::BTreeSet<&str> = same_act
            .iter()
            .filter(|t| !begins(t))
            .map(|t| relations_verb(t.claim.predicate))
            .collect();
        if words.len() > 1 {
            reason.push_str(&format!(
                " (the accounts of this act call it {}: the word shown is {}'s, {})",
                words.into_iter().collect::<Vec<_>>().join(" and "),
                latest.claim.claimant,
                latest.claim.id
            ));
        }
        // An act of the other kind whose date does not order it before this one (severed
        // "2005" beside established 2005-05-14): either may be the later (review 15).
        let unordered: Vec<&&Timed<'_>> = known
            .iter()
            .filter(|t| {
                begins(t) != begins(latest)
                    && t.claim.date.is_exact()
                    && latest.claim.date.is_exact()
                    && t.claim
                        .date
                        .bounds()
                        .is_some_and(|(_, last)| last >= latest.key)
            })
            .collect();
        if let Some(t) = unordered.first() {
            certain = false;
            reason.push_str(&format!(
                "; uncertain: relations {} {} ({}) is not ordered by its date before this act, so either may be the later",
                relations_verb(t.claim.predicate),
                t.claim.date.describe(),
                t.claim.id
            ));
        }
        if let Some(n) = &weak_note {
            reason.push_str(n);
        }
        if let Some(n) = &early_note {
            reason.push_str(n);
        }
        RelationsAnswer {
            status,
            certain,
            inferred: false,
            since: Some(since),
            weak_sources: false,
            reason,
            claims: decisions,
        }
    }
}

/// The word for a relations act: established, severed or suspended.
fn relations_verb(p: Predicate) -> &'static str {
    match p {
        Predicate::RelationsEstablished => "established",
        Predicate::RelationsSuspended => "suspended",
        _ => "severed",
    }
}

/// Whether `next`, a negative act after the negative act `first`, presupposes a recognition
/// again between them: a withdrawal after a withdrawal, a freeze after a freeze; not a withdrawal
/// after a freeze, which is a sequence (Barbados froze its recognition of the SADR in 2013 and
/// withdrew it in 2019).
fn reversed_after(first: &Act<'_>, next: &Act<'_>) -> bool {
    let suspends = |t: &Timed<'_>| t.claim.predicate == Predicate::SuspendsRecognition;
    next.kind == ActKind::Negative
        && first.kind == ActKind::Negative
        && (!first.claims.iter().all(suspends) || next.claims.iter().all(suspends))
}

/// Which accounts make an act uncertain on the day, in words.
fn why_uncertain(act: &Act<'_>, as_of: civil::Date) -> String {
    let mut parts: Vec<String> = Vec::new();
    for t in &act.claims {
        let what = match t.timing {
            Timing::Uncertain if t.claim.date.is_unknown() => {
                format!("{} gives no date", t.claim.claimant)
            }
            Timing::Uncertain => format!(
                "{} dates it {}, which includes {as_of}",
                t.claim.claimant,
                t.claim.date.describe()
            ),
            Timing::After => format!(
                "{} dates it {}, after this day",
                t.claim.claimant,
                t.claim.date.describe()
            ),
            Timing::Before => format!("{} dates it {}", t.claim.claimant, t.claim.date.describe()),
        };
        if !parts.contains(&what) {
            parts.push(what);
        }
    }
    parts.join("; ")
}

/// "recognised 1980-05-04, withdrawn 2002-07-21, recognised 2005-05-14" for a
/// pair with several acts.
fn history(acts: &[Act<'_>], state: &str) -> String {
    let steps: Vec<String> = acts
        .iter()
        .map(|act| {
            let date = act.earliest_date().unwrap_or(Date::UNKNOWN).describe();
            let suspension = act
                .claims
                .iter()
                .all(|t| t.claim.predicate == Predicate::SuspendsRecognition);
            match act.kind {
                ActKind::Recognise => format!("recognised {date}"),
                // An act the state itself never stated is a claim, said as one (Honduras's 2014
                // withdrawal, from a Congress official's letter; Ecuador's 2024 suspension,
                // claimed by Morocco alone).
                ActKind::Negative if !act.claims.iter().any(|t| t.claim.claimant == state) => {
                    let mut by: Vec<&str> = Vec::new();
                    for t in &act.claims {
                        if !by.contains(&t.claim.claimant.as_str()) {
                            by.push(&t.claim.claimant);
                        }
                    }
                    format!(
                        "{} claimed by {} {date}",
                        if suspension {
                            "a suspension"
                        } else {
                            "a withdrawal"
                        },
                        by.join(", ")
                    )
                }
                ActKind::Negative if suspension => format!("suspended {date}"),
                ActKind::Negative => format!("withdrawn {date}"),
            }
        })
        .collect();
    format!("history: {}", steps.join(", "))
}

fn push_act<'a>(decisions: &mut Vec<Decision<'a>>, act: &Act<'a>, role: Role) {
    let before: Vec<&Timed<'a>> = act
        .claims
        .iter()
        .filter(|t| t.timing != Timing::After)
        .collect();
    for t in &act.claims {
        let r = if t.timing == Timing::After
            && !before
                .iter()
                .any(|b| b.claim.date.compatible(&t.claim.date))
        {
            Role::CompetingDate
        } else {
            role
        };
        decisions.push(decision(r, t));
    }
}

/// "sources disagree on the date: 2008-02-17 (XKX), 2008-02-18 (wikipedia)" when the
/// claims of one act carry dates that cannot denote the same day.
fn date_disagreement(claims: &[Timed<'_>]) -> Option<String> {
    let dated: Vec<&Claim> = claims
        .iter()
        .map(|t| t.claim)
        .filter(|c| !c.date.is_unknown())
        .collect();
    let clash = dated
        .iter()
        .enumerate()
        .any(|(i, x)| dated[i + 1..].iter().any(|y| !x.date.compatible(&y.date)));
    if !clash {
        return None;
    }
    // One source giving every date (Vanuatu's two withdrawals of Abkhazia's recognition, 2011
    // and 2013, both from Civil.ge) is no disagreement between sources: two acts the ledger
    // records as one, or one act dated twice by that source.
    let one_source = dated.first().and_then(|first| {
        first.sources.iter().map(|s| s.source.as_str()).find(|s| {
            dated
                .iter()
                .all(|c| c.sources.iter().any(|x| x.source == *s))
        })
    });
    let mut parts: Vec<(Date, String)> = Vec::new();
    for c in &dated {
        match parts.iter_mut().find(|(d, _)| *d == c.date) {
            Some((_, who)) => {
                if !who.split(", ").any(|w| w == c.claimant) {
                    who.push_str(&format!(", {}", c.claimant));
                }
            }
            None => parts.push((c.date, c.claimant.clone())),
        }
    }
    parts.sort();
    if let Some(src) = one_source {
        return Some(format!(
            "one source ({src}) gives several dates: {} — separate acts the ledger records as \
             one, or one act dated twice",
            parts
                .iter()
                .map(|(d, who)| format!("{d} ({who})"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    Some(format!(
        "sources disagree on the date: {}",
        parts
            .iter()
            .map(|(d, who)| format!("{d} ({who})"))
            .collect::<Vec<_>>()
            .join(", ")
    ))
}

fn decision<'a>(role: Role, t: &Timed<'a>) -> Decision<'a> {
    Decision {
        role,
        timing: t.timing,
        claim: t.claim,
    }
}

fn push_unique(v: &mut Vec<String>, s: &str) {
    if !v.iter().any(|x| x == s) {
        v.push(s.to_string());
    }
}
