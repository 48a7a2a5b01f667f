//! The status engine: what is true of a pair of actors as of a day, and which
//! claims decided it.
//!
//! The rules (each has a test in `tests/`):
//! - only accepted claims count; a claim whose date interval straddles the
//!   as-of day is *uncertain*, and the answer says so;
//! - a recognition claimed by somebody else and denied by the state itself (or
//!   retracted by its own claimant) is *refuted* and never counts; a claim below
//!   the confirmation threshold is *unconfirmed* and never counts;
//! - a withdrawal makes the pair *withdrawn* only when the state itself made it
//!   and nobody denies it; any other withdrawal (claimed by a third party,
//!   denied, or reversed by the state) makes the pair *disputed*, shown with
//!   every claimant — it is never silently applied or ignored;
//! - diplomatic relations presuppose recognition.

use jiff::civil;
use serde::Serialize;

use crate::date::{Date, Timing};
use crate::ledger::Ledger;
use crate::model::{Claim, ClaimStatus, Predicate};

/// Recognition of the object by the subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Recognition {
    /// Recognised, with no withdrawal claimed.
    Recognised,
    /// Never recognised (or only claimed to, and refuted or unconfirmed).
    NotRecognised,
    /// Withdrawn by the state itself, and nobody denies it.
    Withdrawn,
    /// A withdrawal is claimed, but contested: see the claims.
    Disputed,
}

impl Recognition {
    /// The kebab-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Recognition::Recognised => "recognised",
            Recognition::NotRecognised => "not-recognised",
            Recognition::Withdrawn => "withdrawn",
            Recognition::Disputed => "disputed",
        }
    }
}

/// Diplomatic relations between the pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Relations {
    /// Established and not severed.
    Established,
    /// Severed.
    Severed,
    /// None: the subject does not recognise the object.
    None,
    /// The object is recognised, but the ledger has no claim about relations.
    NotRecorded,
}

impl Relations {
    /// The kebab-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Relations::Established => "established",
            Relations::Severed => "severed",
            Relations::None => "none",
            Relations::NotRecorded => "not-recorded",
        }
    }
}

/// Why a claim is part of an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// A recognition that counts.
    Recognition,
    /// A reaffirmation by the state.
    Reaffirmation,
    /// A claimed withdrawal.
    Withdrawal,
    /// A denial of a claimed withdrawal, or of a claimed recognition.
    Denial,
    /// A recognition claim refuted by the state or retracted by its claimant.
    Refuted,
    /// A recognition claim below the confirmation threshold.
    Unconfirmed,
    /// A stated position of non-recognition.
    Position,
    /// A claim of the same event with a date that disagrees.
    CompetingDate,
    /// Relations established.
    RelationsEstablished,
    /// Relations severed.
    RelationsSevered,
}

/// A claim with its role in an answer and its timing relative to the as-of day.
#[derive(Debug, Clone, Serialize)]
pub struct Decision<'a> {
    /// Role.
    pub role: Role,
    /// Before / uncertain / after the as-of day (after only for competing dates).
    pub timing: Timing,
    /// The claim.
    pub claim: &'a Claim,
}

/// The recognition part of a [`PairStatus`].
#[derive(Debug, Clone, Serialize)]
pub struct RecognitionAnswer<'a> {
    /// The status.
    pub status: Recognition,
    /// False when a deciding claim's date straddles the as-of day, or sources
    /// disagree about the date.
    pub certain: bool,
    /// Date of the earliest counted recognition claim.
    pub since: Option<Date>,
    /// For withdrawals: whether the state itself made the latest statement and it was negative.
    pub confirmed_by_state: bool,
    /// Who denies a claimed withdrawal (claimant ids), including the state when it reaffirmed.
    pub denied_by: Vec<String>,
    /// Who claims a withdrawal.
    pub withdrawal_claimed_by: Vec<String>,
    /// One sentence for people.
    pub reason: String,
    /// The claims that decided it.
    pub claims: Vec<Decision<'a>>,
}

/// The relations part of a [`PairStatus`].
#[derive(Debug, Clone, Serialize)]
pub struct RelationsAnswer<'a> {
    /// The status.
    pub status: Relations,
    /// False when a deciding claim's date straddles the as-of day.
    pub certain: bool,
    /// Date of the deciding claim.
    pub since: Option<Date>,
    /// One sentence for people.
    pub reason: String,
    /// The claims that decided it.
    pub claims: Vec<Decision<'a>>,
}

/// What is true of `subject` → `object` as of a day.
#[derive(Debug, Clone, Serialize)]
pub struct PairStatus<'a> {
    /// Subject id.
    pub subject: String,
    /// Object id.
    pub object: String,
    /// The day asked about.
    pub as_of: civil::Date,
    /// Does the subject recognise the object?
    pub recognition: RecognitionAnswer<'a>,
    /// Diplomatic relations.
    pub relations: RelationsAnswer<'a>,
}

struct Timed<'a> {
    claim: &'a Claim,
    timing: Timing,
    /// Ordering key: first possible day, or for an undated claim the day of its
    /// earliest dated source (or `today`).
    key: civil::Date,
}

impl Ledger {
    /// The status of `subject` → `object` as of `as_of`; `today` bounds undated claims.
    pub fn status(
        &self,
        subject: &str,
        object: &str,
        as_of: civil::Date,
        today: civil::Date,
    ) -> PairStatus<'_> {
        let recognition = self.recognition(subject, object, as_of, today);
        let relations = self.relations(subject, object, as_of, today, &recognition);
        PairStatus {
            subject: subject.to_string(),
            object: object.to_string(),
            as_of,
            recognition,
            relations,
        }
    }

    fn timed<'a>(
        &'a self,
        claims: impl IntoIterator<Item = &'a Claim>,
        object: &str,
        as_of: civil::Date,
        today: civil::Date,
    ) -> Vec<Timed<'a>> {
        let not_before = self.existence_start(object);
        let mut out: Vec<Timed<'a>> = claims
            .into_iter()
            .filter(|c| c.status == ClaimStatus::Accepted)
            .map(|c| {
                let not_after = self.reported_by(c).unwrap_or(today).min(today);
                let nb = if c.predicate.is_recognition() {
                    not_before
                } else {
                    None
                };
                let timing = c.date.timing_within(as_of, nb, Some(not_after));
                let key = c
                    .date
                    .bounds()
                    .map_or(not_after, |b| b.0.max(nb.unwrap_or(b.0)));
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

    fn recognition(
        &self,
        a: &str,
        b: &str,
        as_of: civil::Date,
        today: civil::Date,
    ) -> RecognitionAnswer<'_> {
        let all = self.timed(
            self.claims_between(a, b)
                .into_iter()
                .filter(|c| c.predicate.is_recognition()),
            b,
            as_of,
            today,
        );
        let (known, later): (Vec<&Timed<'_>>, Vec<&Timed<'_>>) =
            all.iter().partition(|t| t.timing != Timing::After);
        let is_positive = |c: &Claim| {
            !c.negated
                && matches!(
                    c.predicate,
                    Predicate::Recognises | Predicate::ReaffirmsRecognition
                )
        };
        let is_negative_statement = |c: &Claim| {
            (c.predicate == Predicate::DoesNotRecognise && !c.negated)
                || (c.predicate == Predicate::Recognises && c.negated)
        };
        let mut decisions: Vec<Decision<'_>> = Vec::new();
        let mut valid: Vec<&Timed<'_>> = Vec::new();
        // Negative statements by the state after its own positive act are reversals.
        let mut reversals: Vec<&Timed<'_>> = Vec::new();
        for p in known.iter().copied().filter(|t| is_positive(t.claim)) {
            let refuter = known.iter().copied().find(|q| {
                is_negative_statement(q.claim)
                    && q.key >= p.key
                    && (q.claim.claimant == a || q.claim.claimant == p.claim.claimant)
                    && p.claim.claimant != a
            });
            if let Some(q) = refuter {
                decisions.push(decision(Role::Refuted, p));
                decisions.push(decision(Role::Denial, q));
            } else if p.claim.is_unconfirmed() {
                decisions.push(decision(Role::Unconfirmed, p));
            } else {
                valid.push(p);
            }
        }
        if let Some(first_self) = valid.iter().find(|p| p.claim.claimant == a) {
            for q in known.iter().copied() {
                if is_negative_statement(q.claim)
                    && q.claim.claimant == a
                    && q.key >= first_self.key
                {
                    reversals.push(q);
                }
            }
        }
        if valid.is_empty() {
            for q in known.iter().copied() {
                if is_negative_statement(q.claim)
                    && !decisions.iter().any(|d| d.claim.id == q.claim.id)
                {
                    decisions.push(decision(Role::Position, q));
                }
            }
            let reason = if decisions.iter().any(|d| d.role == Role::Refuted) {
                format!("{a} does not recognise {b}: a claimed recognition was refuted")
            } else if decisions.iter().any(|d| d.role == Role::Unconfirmed) {
                format!("{a} does not recognise {b}: a recognition is claimed but unconfirmed")
            } else if decisions.is_empty() {
                format!("{a} does not recognise {b}: the ledger has no recognition claim dated on or before {as_of}")
            } else {
                format!("{a} does not recognise {b} (stated position)")
            };
            // A recognition dated after the as-of day is worth showing as context.
            for t in later.iter().copied().filter(|t| is_positive(t.claim)) {
                if !t.claim.is_unconfirmed() {
                    decisions.push(decision(Role::CompetingDate, t));
                    break;
                }
            }
            return RecognitionAnswer {
                status: Recognition::NotRecognised,
                certain: !known
                    .iter()
                    .any(|t| t.timing == Timing::Uncertain && is_positive(t.claim)),
                since: None,
                confirmed_by_state: false,
                denied_by: Vec::new(),
                withdrawal_claimed_by: Vec::new(),
                reason,
                claims: decisions,
            };
        }
        let first = valid[0];
        let since = valid
            .iter()
            .map(|t| t.claim.date)
            .filter(|d| !d.is_unknown())
            .min();
        let mut certain = valid.iter().any(|t| t.timing == Timing::Before);
        for p in &valid {
            let role = if p.claim.predicate == Predicate::ReaffirmsRecognition {
                Role::Reaffirmation
            } else {
                Role::Recognition
            };
            decisions.push(decision(role, p));
        }
        // Competing dates: a positive claim of the same act dated after the as-of day.
        for t in later.iter().copied().filter(|t| is_positive(t.claim)) {
            if !t.claim.is_unconfirmed()
                && !valid.iter().any(|v| v.claim.date.compatible(&t.claim.date))
            {
                decisions.push(decision(Role::CompetingDate, t));
                certain = false;
            }
        }
        let withdrawals: Vec<&Timed<'_>> = known
            .iter()
            .copied()
            .filter(|t| t.claim.predicate == Predicate::WithdrawsRecognition && !t.claim.negated)
            .chain(reversals.iter().copied())
            .collect();
        let recognitions: Vec<&Timed<'_>> = valid
            .iter()
            .copied()
            .filter(|t| t.claim.predicate == Predicate::Recognises)
            .collect();
        let disagreement = date_disagreement(&recognitions);
        if withdrawals.is_empty() {
            let mut reason = if certain {
                format!("{a} recognises {b} since {}", fmt_date(since))
            } else {
                format!(
                    "{a} recognises {b} since {}, but the date is uncertain as of {as_of}",
                    fmt_date(since)
                )
            };
            if let Some(d) = &disagreement {
                reason.push_str(&format!(" ({d})"));
            }
            return RecognitionAnswer {
                status: Recognition::Recognised,
                certain,
                since,
                confirmed_by_state: false,
                denied_by: Vec::new(),
                withdrawal_claimed_by: Vec::new(),
                reason,
                claims: decisions,
            };
        }
        let latest_w = withdrawals.iter().map(|t| t.key).max().unwrap_or(first.key);
        let mut denied_by: Vec<String> = Vec::new();
        for t in known.iter().copied() {
            let c = t.claim;
            if c.predicate == Predicate::WithdrawsRecognition && c.negated {
                decisions.push(decision(Role::Denial, t));
                push_unique(&mut denied_by, &c.claimant);
            }
        }
        // A reaffirmation by the state (or a fresh positive act) after the latest withdrawal.
        let reaffirmed = valid.iter().any(|p| {
            p.claim.claimant == a
                && p.key >= latest_w
                && p.claim.predicate == Predicate::ReaffirmsRecognition
        });
        if reaffirmed {
            push_unique(&mut denied_by, a);
        }
        let mut withdrawal_claimed_by = Vec::new();
        for w in &withdrawals {
            decisions.push(decision(Role::Withdrawal, w));
            push_unique(&mut withdrawal_claimed_by, &w.claim.claimant);
            if w.timing != Timing::Before {
                certain = false;
            }
        }
        // The state's own latest word decides `confirmed`.
        let latest_self = known
            .iter()
            .copied()
            .filter(|t| {
                t.claim.claimant == a
                    && !(t.claim.predicate == Predicate::WithdrawsRecognition && t.claim.negated)
            })
            .max_by_key(|t| t.key);
        let confirmed_by_state = latest_self.is_some_and(|t| {
            (t.claim.predicate == Predicate::WithdrawsRecognition && !t.claim.negated)
                || is_negative_statement(t.claim)
        });
        let status = if confirmed_by_state && denied_by.is_empty() {
            Recognition::Withdrawn
        } else {
            Recognition::Disputed
        };
        let reason = match status {
            Recognition::Withdrawn => format!(
                "{a} recognised {b} ({}) and withdrew the recognition itself; nobody denies it",
                fmt_date(since)
            ),
            _ => format!(
                "{a} recognised {b} ({}); a withdrawal is claimed by {} and {}",
                fmt_date(since),
                withdrawal_claimed_by.join(", "),
                if denied_by.is_empty() {
                    "not confirmed by the state".to_string()
                } else {
                    format!("denied by {}", denied_by.join(", "))
                }
            ),
        };
        RecognitionAnswer {
            status,
            certain,
            since,
            confirmed_by_state,
            denied_by,
            withdrawal_claimed_by,
            reason,
            claims: decisions,
        }
    }

    fn relations<'a>(
        &'a self,
        a: &str,
        b: &str,
        as_of: civil::Date,
        today: civil::Date,
        recognition: &RecognitionAnswer<'_>,
    ) -> RelationsAnswer<'a> {
        let claims = self
            .claims_between(a, b)
            .into_iter()
            .chain(self.claims_between(b, a))
            .filter(|c| c.predicate.is_relations() && !c.negated);
        let all = self.timed(claims, b, as_of, today);
        let mut decisions = Vec::new();
        let known: Vec<&Timed<'_>> = all.iter().filter(|t| t.timing != Timing::After).collect();
        let latest = known.iter().copied().max_by_key(|t| t.key);
        let Some(latest) = latest else {
            for t in all
                .iter()
                .filter(|t| t.claim.predicate == Predicate::RelationsEstablished)
                .take(1)
            {
                decisions.push(decision(Role::CompetingDate, t));
            }
            let (status, reason) = match recognition.status {
                Recognition::NotRecognised => (
                    Relations::None,
                    format!("no diplomatic relations: {a} does not recognise {b}, and relations presuppose recognition"),
                ),
                _ => (
                    Relations::NotRecorded,
                    format!("the ledger has no claim about diplomatic relations between {a} and {b} on or before {as_of}"),
                ),
            };
            return RelationsAnswer {
                status,
                certain: recognition.status == Recognition::NotRecognised && recognition.certain
                    || recognition.status != Recognition::NotRecognised,
                since: None,
                reason,
                claims: decisions,
            };
        };
        let mut certain = latest.timing == Timing::Before;
        for t in &known {
            let role = if t.claim.predicate == Predicate::RelationsEstablished {
                Role::RelationsEstablished
            } else {
                Role::RelationsSevered
            };
            decisions.push(decision(role, t));
        }
        for t in all.iter().filter(|t| t.timing == Timing::After) {
            if t.claim.predicate == latest.claim.predicate
                && !t.claim.date.compatible(&latest.claim.date)
            {
                decisions.push(decision(Role::CompetingDate, t));
                certain = false;
            }
        }
        let (status, verb) = if latest.claim.predicate == Predicate::RelationsEstablished {
            (Relations::Established, "established")
        } else {
            (Relations::Severed, "severed")
        };
        // Claims of the same act (same predicate, after any earlier act of the other kind):
        // the earliest date is the answer, and any disagreement is said.
        let previous_other = known
            .iter()
            .filter(|t| t.claim.predicate != latest.claim.predicate)
            .map(|t| t.key)
            .max();
        let same_act: Vec<&Timed<'_>> = known
            .iter()
            .copied()
            .filter(|t| {
                t.claim.predicate == latest.claim.predicate
                    && previous_other.is_none_or(|k| t.key >= k)
            })
            .collect();
        let since = same_act
            .iter()
            .map(|t| t.claim.date)
            .filter(|d| !d.is_unknown())
            .min()
            .unwrap_or(latest.claim.date);
        let mut reason = format!(
            "diplomatic relations {verb} {}{}",
            fmt_date(Some(since)),
            if certain {
                ""
            } else {
                " (date uncertain or disputed)"
            }
        );
        if let Some(d) = date_disagreement(&same_act) {
            reason.push_str(&format!(" ({d})"));
        }
        RelationsAnswer {
            status,
            certain,
            since: Some(since),
            reason,
            claims: decisions,
        }
    }
}

/// "sources disagree on the date: 2008-02-17 (XKX), 2008-02-18 (wikipedia)" when the
/// claims of one act carry dates that cannot denote the same day.
fn date_disagreement(claims: &[&Timed<'_>]) -> Option<String> {
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
    let mut parts: Vec<(Date, String)> = Vec::new();
    for c in dated {
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

fn fmt_date(d: Option<Date>) -> String {
    match d {
        Some(d) if !d.is_unknown() => d.to_string(),
        _ => "an unknown date".to_string(),
    }
}
