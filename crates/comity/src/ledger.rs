//! The ledger in memory: indexes over actors, groups and claims, name
//! resolution, rosters as of a date, and timelines.

use std::collections::HashMap;

use jiff::civil;

use crate::dataset::Dataset;
use crate::date::{Date, Timing};
use crate::error::{Error, Result};
use crate::model::{Actor, ActorKind, Claim, ClaimStatus, Group, Membership, Predicate, Source};

/// A count per (subject, object) pair.
type PairCounts = HashMap<(String, String), usize>;

/// An indexed, read-only snapshot of the ledger.
pub struct Ledger {
    ds: Dataset,
    actor_index: HashMap<String, usize>,
    names: HashMap<String, Vec<usize>>,
    source_index: HashMap<String, usize>,
    claim_index: HashMap<String, usize>,
    by_pair: HashMap<(String, String), Vec<usize>>,
    by_actor: HashMap<String, Vec<usize>>,
    /// Each entity's earliest accepted, exactly dated declaration (computed once:
    /// counting asks for it once per state).
    existence: HashMap<String, civil::Date>,
    /// Each actor's earliest day on which the data show it existing (see
    /// [`Ledger::attested_since`]; computed once; read by the `--among all` population).
    attested: HashMap<String, civil::Date>,
    /// Set by [`Ledger::with_min_grade`]: the grade, and how many claims it left out per
    /// (subject, object) pair — so that "no claim" is never said of a pair whose claims were
    /// only filtered out.
    grade_filter: Option<(crate::model::Grade, PairCounts)>,
    /// Claims replaced by an accepted claim's `supersedes`: kept for the record (timelines,
    /// listings) but never read by the status engine.
    superseded: std::collections::HashSet<String>,
}

/// A member of a group as of a date.
#[derive(Debug, Clone)]
pub struct RosterEntry<'a> {
    /// The member.
    pub actor: &'a Actor,
    /// Whether membership on the date is certain (`Before`) or not (`Uncertain`).
    pub timing: Timing,
    /// The membership row.
    pub membership: &'a Membership,
}

impl Ledger {
    /// Indexes a dataset.
    ///
    /// # Errors
    /// When the dataset's references do not resolve.
    pub fn new(ds: Dataset) -> Result<Ledger> {
        ds.check_references()?;
        let mut l = Ledger {
            actor_index: HashMap::new(),
            names: HashMap::new(),
            source_index: HashMap::new(),
            claim_index: HashMap::new(),
            by_pair: HashMap::new(),
            by_actor: HashMap::new(),
            existence: HashMap::new(),
            attested: HashMap::new(),
            grade_filter: None,
            superseded: std::collections::HashSet::new(),
            ds,
        };
        for (i, a) in l.ds.actors.iter().enumerate() {
            l.actor_index.insert(a.id.clone(), i);
            let mut keys: Vec<&String> = vec![&a.id, &a.name];
            keys.extend(a.iso2.iter());
            keys.extend(a.aliases.iter());
            keys.extend(a.demonyms.iter());
            for k in keys {
                let e = l.names.entry(normalise(k)).or_default();
                if !e.contains(&i) {
                    e.push(i);
                }
            }
        }
        for (i, s) in l.ds.sources.iter().enumerate() {
            l.source_index.insert(s.id.clone(), i);
        }
        for (i, c) in l.ds.claims.iter().enumerate() {
            l.claim_index.insert(c.id.clone(), i);
            l.by_pair
                .entry((c.subject.clone(), c.object.clone()))
                .or_default()
                .push(i);
            l.by_actor.entry(c.subject.clone()).or_default().push(i);
            if c.object != c.subject {
                l.by_actor.entry(c.object.clone()).or_default().push(i);
            }
            if let Some(old) = c
                .supersedes
                .as_ref()
                .filter(|_| c.status == ClaimStatus::Accepted)
            {
                l.superseded.insert(old.clone());
            }
        }
        l.derive_dates();
        Ok(l)
    }

    /// The dates derived from the claims and memberships once every correction is known:
    /// each entity's declaration ([`Ledger::existence_start`]) and each actor's first attested
    /// day ([`Ledger::attested_since`]). Run again when the corrections change.
    fn derive_dates(&mut self) {
        self.existence.clear();
        // Declarations, once every correction is known (a superseded declaration dates nothing).
        for c in &self.ds.claims {
            let declared = c.predicate == Predicate::DeclaresIndependence
                && c.status == ClaimStatus::Accepted
                && !c.negated
                && c.date.is_exact()
                && !self.superseded.contains(&c.id);
            if let Some((first, _)) = c.date.bounds().filter(|_| declared) {
                self.existence
                    .entry(c.subject.clone())
                    .and_modify(|d| *d = (*d).min(first))
                    .or_insert(first);
            }
        }
        // Existence shown by the data: a UN membership (a seat, not any body's row: UNESCO
        // and OIC rows predate some states — Namibia 1978, Kuwait 1960, the PLO's OIC seat, the
        // ROC's UNESCO seat under China's id) or a dated declaration; a dated claim about the
        // actor only for an actor that has neither (Abkhazia and South Ossetia: 2008).
        let mut since: HashMap<String, civil::Date> = HashMap::new();
        fn earliest(since: &mut HashMap<String, civil::Date>, a: &str, d: civil::Date) {
            since
                .entry(a.to_string())
                .and_modify(|x| *x = (*x).min(d))
                .or_insert(d);
        }
        for m in self.ds.memberships.iter().filter(|m| m.group == "un") {
            if let Some((_, last)) = m.joined.bounds() {
                earliest(&mut since, &m.actor, last);
            }
        }
        for (a, d) in &self.existence {
            earliest(&mut since, a, *d);
        }
        let shown: std::collections::HashSet<String> = since.keys().cloned().collect();
        for c in self
            .ds
            .claims
            .iter()
            .filter(|c| c.status == ClaimStatus::Accepted && !self.superseded.contains(&c.id))
            .filter(|c| !shown.contains(&c.object))
        {
            if let Some((first, last)) = c.date.bounds() {
                if first != civil::Date::MIN {
                    earliest(&mut since, &c.object, last);
                }
            }
        }
        self.attested = since;
    }

    /// The latest act about `entity` surely done by `day`: for each state with an accepted,
    /// confirmed recognition, withdrawal or suspension of it, the act the status engine's answer
    /// on the day dates itself by ([`RecognitionAnswer::deciding_claim`]) when that act had
    /// certainly happened by the day — not a denial (Kosovo denying Oman's withdrawal is no
    /// withdrawal), not a reaffirmation or a stated position (they change nothing), not a claim
    /// dated "1990" on 1990-01-01 unless the act is certain by then.
    ///
    /// The engine decides what is one act and what is two (review 13: Israel's recognition of
    /// Kosovo, dated 2020-09, 2021-02-01 and "probably a typo" 2021-07-01 by three accounts, was
    /// Kosovo's last change on 2021-07-01; code review: Vanuatu's second withdrawal from Abkhazia
    /// and Zambia's from the SADR are acts of their own).
    ///
    /// [`RecognitionAnswer::deciding_claim`]: crate::status::RecognitionAnswer::deciding_claim
    pub fn last_change(&self, entity: &str, day: civil::Date) -> Option<&Claim> {
        self.last_change_with_status(entity, day).map(|(c, _)| c)
    }

    /// [`Ledger::last_change`] with the status the act gives the pair on the day — `disputed`
    /// when the act is a withdrawal or suspension the state has not confirmed (review 15:
    /// `entities` said "last change 2024-10-22 ECU suspends" for a suspension claimed by Morocco
    /// alone, which `status ECU ESH` calls disputed).
    pub fn last_change_with_status(
        &self,
        entity: &str,
        day: civil::Date,
    ) -> Option<(&Claim, crate::Recognition)> {
        let is_act = |c: &Claim| {
            c.object == entity
                && c.status == ClaimStatus::Accepted
                && !c.is_unconfirmed()
                && c.predicate.is_recognition()
                && c.predicate != Predicate::DoesNotRecognise
                && !c.negated
                && c.predicate != Predicate::ReaffirmsRecognition
        };
        let mut subjects: Vec<&str> = self
            .claims_of(entity)
            .into_iter()
            .filter(|c| is_act(c) && c.date.timing(day) != Timing::After)
            .map(|c| c.subject.as_str())
            .collect();
        subjects.sort_unstable();
        subjects.dedup();
        subjects
            .into_iter()
            .filter_map(|s| {
                let r = self.status(s, entity, day, day).recognition;
                // Only an answer an act gives (not an inference: a "no" before a recognition
                // dated 2008-03 names that recognition as its claim).
                let acted = !r.inferred
                    && matches!(
                        r.status,
                        crate::Recognition::Recognised
                            | crate::Recognition::Withdrawn
                            | crate::Recognition::Suspended
                            | crate::Recognition::Disputed
                    );
                let c = r.deciding_claim()?;
                // Surely done: its date is past and no other account dates it later (review 16:
                // Nicaragua's withdrawal from Taiwan, 9 or 10 Dec 2021, was "the latest act
                // surely by" 2021-12-09), or the engine holds the answer certain.
                let done = (c.date.timing(day) == Timing::Before && !r.dates_disagree)
                    || (r.certain && c.date.timing(day) != Timing::After);
                (acted && is_act(c) && done).then_some((c, r.status))
            })
            .max_by_key(|(c, _)| (c.date.key_day(), c.id.clone()))
    }

    /// The earliest day on which the data show `actor` existing: the certain day of its UN
    /// membership or its declaration of independence; for an actor with neither, the last
    /// possible day of the earliest dated, accepted claim about it. `None` when nothing dates it.
    pub fn attested_since(&self, actor: &str) -> Option<civil::Date> {
        self.attested.get(actor).copied()
    }

    /// The underlying tables.
    pub fn dataset(&self) -> &Dataset {
        &self.ds
    }

    /// An actor by exact id.
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actor_index.get(id).map(|&i| &self.ds.actors[i])
    }

    /// A source by id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.source_index.get(id).map(|&i| &self.ds.sources[i])
    }

    /// A claim by id.
    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.claim_index.get(id).map(|&i| &self.ds.claims[i])
    }

    /// All actors, sorted by id.
    pub fn actors(&self) -> &[Actor] {
        &self.ds.actors
    }

    /// All groups.
    pub fn groups(&self) -> &[Group] {
        &self.ds.groups
    }

    /// All claims.
    pub fn claims(&self) -> &[Claim] {
        &self.ds.claims
    }

    /// Finds an actor by id, ISO code, name, alias or demonym, in any case and
    /// with or without diacritics and dots (`Russia`, `Russian Federation`,
    /// `RU`, `RUS`, `russian`).
    ///
    /// # Errors
    /// [`Error::UnknownActor`] with the closest names when nothing matches, or
    /// with the candidates when the name is ambiguous.
    pub fn resolve(&self, name: &str) -> Result<&Actor> {
        let key = normalise(name);
        if let Some(&i) = self.actor_index.get(&name.trim().to_uppercase()) {
            return Ok(&self.ds.actors[i]);
        }
        match self.names.get(&key).map(Vec::as_slice) {
            Some([i]) => Ok(&self.ds.actors[*i]),
            Some(many) => Err(Error::AmbiguousActor {
                name: name.to_string(),
                candidates: many
                    .iter()
                    .map(|&i| self.label(&self.ds.actors[i]))
                    .collect(),
            }),
            None => Err(Error::UnknownActor {
                name: name.to_string(),
                suggestions: self.suggest(&key),
            }),
        }
    }

    fn label(&self, a: &Actor) -> String {
        format!("{} ({})", a.id, a.name)
    }

    fn suggest(&self, key: &str) -> Vec<String> {
        let mut scored: Vec<(usize, usize)> = Vec::new();
        let key_chars = key.chars().count();
        let limit = (key_chars / 3).clamp(1, 3);
        for (name, idx) in &self.names {
            let d = if name.starts_with(key) && key.len() >= 3 {
                1
            } else if key_chars.abs_diff(name.chars().count()) > limit {
                // The edit distance is at least the difference in length: skip the quadratic
                // comparison (a hostile 1 MB "name" costs one pass over the names, not hours).
                continue;
            } else {
                strsim::levenshtein(key, name)
            };
            if d <= limit {
                for &i in idx {
                    scored.push((d, i));
                }
            }
        }
        scored.sort();
        let mut out: Vec<String> = Vec::new();
        for (_, i) in scored {
            let l = self.label(&self.ds.actors[i]);
            if !out.contains(&l) {
                out.push(l);
            }
            if out.len() == 5 {
                break;
            }
        }
        out
    }

    /// A group by id (case-insensitive).
    ///
    /// # Errors
    /// [`Error::UnknownGroup`] listing the known ids.
    pub fn group(&self, id: &str) -> Result<&Group> {
        let wanted = id.trim().to_lowercase();
        // The exact id first; the name and the actor resolution only when it is not one (the
        // rosters and the members documents look a group up once per membership row).
        self.ds
            .groups
            .iter()
            .find(|g| g.id == wanted)
            .or_else(|| {
                let key = normalise(id);
                self.ds.groups.iter().find(|g| normalise(&g.name) == key)
            })
            .or_else(|| {
                let a = self.resolve(id).ok()?.id.to_lowercase();
                self.ds.groups.iter().find(|g| g.id == a)
            })
            .ok_or_else(|| Error::UnknownGroup {
                name: id.trim().to_string(),
                known: self.ds.groups.iter().map(|g| g.id.clone()).collect(),
            })
    }

    /// The ledger restricted to claims with at least one source graded `min`
    /// or stronger (`--min-grade`). Ungraded sources (ingested documents) do not
    /// pass a grade filter.
    ///
    /// # Errors
    /// Only if the restricted dataset's references do not resolve.
    pub fn with_min_grade(&self, min: crate::model::Grade) -> Result<Ledger> {
        let mut ds = self.ds.clone();
        let strong: std::collections::HashSet<&str> = self
            .ds
            .sources
            .iter()
            .filter(|s| s.grade.is_some_and(|g| g.at_least(min)))
            .map(|s| s.id.as_str())
            .collect();
        let mut left_out: HashMap<(String, String), usize> = HashMap::new();
        ds.claims.retain(|c| {
            let keep = c.predicate == Predicate::DeclaresIndependence
                || c.predicate == Predicate::CeasesToExist
                || c.sources.iter().any(|s| strong.contains(s.source.as_str()));
            // Counted as "left out" only what an answer would have read: accepted claims
            // no correction replaces.
            let read = c.status == ClaimStatus::Accepted && !self.superseded.contains(&c.id);
            if !keep && read {
                *left_out
                    .entry((c.subject.clone(), c.object.clone()))
                    .or_default() += 1;
            }
            keep
        });
        // A list stated complete names its recognisers through the ledger's recognition claims,
        // which the filter may drop: under `--min-grade official` Russia became an inferred "no"
        // for Abkhazia (review 15), and under `official` Turkey for Northern Cyprus although the
        // Cyprus MFA's list names it (review 16). No list is read under a grade filter.
        ds.completeness.clear();
        let mut l = Ledger::new(ds)?;
        l.grade_filter = Some((min, left_out));
        // A correction stays applied even when its own source is weaker than the grade, and
        // the dates derived from the claims are derived again under it.
        l.superseded.extend(self.superseded.iter().cloned());
        l.derive_dates();
        Ok(l)
    }

    /// The grade of `--min-grade`, when the ledger is so filtered.
    pub fn min_grade(&self) -> Option<crate::model::Grade> {
        self.grade_filter.as_ref().map(|(g, _)| *g)
    }

    /// With `--min-grade`: how many claims about `object` (as either party) the filter left out.
    pub fn left_out_total(&self, object: &str) -> usize {
        self.grade_filter.as_ref().map_or(0, |(_, m)| {
            m.iter()
                .filter(|((s, o), _)| s == object || o == object)
                .map(|(_, n)| n)
                .sum()
        })
    }

    /// With `--min-grade`: the grade, and the number of claims about (`subject`, `object`)
    /// that the filter left out.
    pub fn left_out_by_grade(
        &self,
        subject: &str,
        object: &str,
    ) -> Option<(crate::model::Grade, usize)> {
        self.grade_filter.as_ref().map(|(g, m)| {
            (
                *g,
                m.get(&(subject.to_string(), object.to_string()))
                    .copied()
                    .unwrap_or(0),
            )
        })
    }

    /// The partially recognised or disputed entities the ledger answers for:
    /// those with a rival claimant in `data/dataset.toml`, and any other actor of
    /// kind `entity` that is the object of a recognition claim; sorted by id.
    pub fn entities(&self) -> Vec<&Actor> {
        let mut out: Vec<&Actor> = self
            .ds
            .actors
            .iter()
            .filter(|a| {
                self.ds.rivals.contains_key(&a.id)
                    || (a.kind == ActorKind::Entity
                        && self
                            .claims_of(&a.id)
                            .iter()
                            .any(|c| c.object == a.id && c.predicate == Predicate::Recognises))
            })
            .collect();
        out.sort_by(|a, b| a.id.cmp(&b.id));
        out
    }

    /// The claimants of the ledger's claims that are not actors (`media`, `wikipedia`,
    /// `dataset` …), sorted.
    pub fn claimant_kinds(&self) -> Vec<&str> {
        let mut kinds: Vec<&str> = self
            .ds
            .claims
            .iter()
            .map(|c| c.claimant.as_str())
            .filter(|c| self.actor(c).is_none())
            .collect();
        kinds.sort_unstable();
        kinds.dedup();
        kinds
    }

    /// A claimant as given by a user: one of the ledger's claimants that are not actors
    /// ([`Ledger::claimant_kinds`], case-insensitive) as the ledger spells it, or an
    /// actor's name or code (`Serbia` → `SRB`), resolved as [`Ledger::resolve`] does.
    ///
    /// # Errors
    /// [`Error::UnknownClaimant`] (with close actors and kinds, and the kinds) for anything
    /// else; [`Error::AmbiguousActor`] for a name of several actors.
    pub fn resolve_claimant(&self, who: &str) -> Result<String> {
        let kinds = self.claimant_kinds();
        let w = who.trim();
        if let Some(k) = kinds.iter().find(|k| k.eq_ignore_ascii_case(w)) {
            return Ok((*k).to_string());
        }
        match self.resolve(who) {
            Ok(a) => Ok(a.id.clone()),
            Err(Error::UnknownActor { suggestions, .. }) => {
                let key = normalise(who);
                let limit = (key.chars().count() / 3).clamp(1, 3);
                let mut close: Vec<String> = kinds
                    .iter()
                    .filter(|k| {
                        (key.len() >= 3 && k.starts_with(key.as_str()))
                            || strsim::osa_distance(&key, k) <= limit
                    })
                    .map(|k| (*k).to_string())
                    .collect();
                close.extend(suggestions);
                Err(Error::UnknownClaimant {
                    name: who.to_string(),
                    suggestions: close,
                    kinds: kinds.iter().map(|k| (*k).to_string()).collect(),
                })
            }
            Err(e) => Err(e),
        }
    }

    /// Checks that "does `x` recognise `y`" is a question the ledger answers: two different
    /// actors, neither an organisation nor a place. `comity status` and the API's `/status`
    /// both ask it, so they refuse the same pairs with the same reason.
    ///
    /// # Errors
    /// [`Error::Invalid`] saying why the question has no answer.
    pub fn check_pair(x: &Actor, y: &Actor) -> Result<()> {
        if x.id == y.id {
            return Err(Error::Invalid(format!(
                "{} ({}) and {} are the same actor: recognition is a relation between two different actors",
                x.id, x.name, y.name
            )));
        }
        for a in [x, y] {
            Self::check_party(a)?;
        }
        Ok(())
    }

    /// Checks that `a` can recognise or be recognised: a state or entity, not an organisation
    /// or a place (`check_pair` for each side; `comity recognised-by` and the API's
    /// `/recognised-by` for their one actor — review 21: `recognised-by EU` answered ten
    /// "not recorded"s where `status EU PSE` refused).
    ///
    /// # Errors
    /// [`Error::Invalid`] saying why the question has no answer.
    pub fn check_party(a: &Actor) -> Result<()> {
        if matches!(a.kind, ActorKind::Organisation | ActorKind::Place) {
            return Err(Error::Invalid(format!(
                "{} ({}) is {}, not a state or entity: recognition is between states and \
                 entities (for its members count among the group: `comity recognitions … --among {}`, in the API `?among={}`)",
                a.id,
                a.name,
                if a.kind == ActorKind::Place {
                    "a place"
                } else {
                    "an organisation"
                },
                a.id.to_lowercase(),
                a.id.to_lowercase()
            )));
        }
        Ok(())
    }

    /// Checks that a timeline between `x` and `y` is a question: two different actors
    /// (`comity timeline` and the API's `/timeline` both ask it).
    ///
    /// # Errors
    /// [`Error::Invalid`] when `x` and `y` are the same actor.
    pub fn check_distinct(x: &Actor, y: &Actor) -> Result<()> {
        if x.id == y.id {
            return Err(Error::Invalid(format!(
                "{} ({}) is given twice: a timeline is of one actor, or between two different ones",
                x.id, x.name
            )));
        }
        Ok(())
    }

    /// Whether `actor` is certainly a member of `group` on `day`.
    pub fn is_member(&self, group: &str, actor: &str, day: civil::Date) -> bool {
        self.ds
            .memberships
            .iter()
            .any(|m| m.group == group && m.actor == actor && m.on(day) == Some(Timing::Before))
    }

    /// The members of `group` on `day`: rows whose joining is certainly or
    /// possibly on or before the day and whose leaving is not certainly on or
    /// before it. An actor listed twice (Greece in the Council of Europe) is
    /// returned once, with its most certain row.
    pub fn roster(&self, group: &str, day: civil::Date) -> Vec<RosterEntry<'_>> {
        let mut out: Vec<RosterEntry<'_>> = Vec::new();
        for m in self.ds.memberships.iter().filter(|m| m.group == group) {
            let Some(timing) = m.on(day) else {
                continue;
            };
            let Some(actor) = self.actor(&m.actor) else {
                continue;
            };
            if let Some(e) = out.iter_mut().find(|e| e.actor.id == actor.id) {
                if timing == Timing::Before {
                    e.timing = timing;
                    e.membership = m;
                }
                continue;
            }
            out.push(RosterEntry {
                actor,
                timing,
                membership: m,
            });
        }
        out.sort_by(|a, b| a.actor.id.cmp(&b.actor.id));
        out
    }

    /// Every state and entity (the default population for counts).
    pub fn states(&self) -> Vec<&Actor> {
        self.ds
            .actors
            .iter()
            .filter(|a| matches!(a.kind, ActorKind::State | ActorKind::Entity))
            .collect()
    }

    /// Claims with `subject` and `object` exactly (in that order), except those an accepted
    /// claim supersedes (a correction replaces them; the timeline still shows both).
    pub fn claims_between(&self, subject: &str, object: &str) -> Vec<&Claim> {
        self.by_pair
            .get(&(subject.to_string(), object.to_string()))
            .map(|v| {
                v.iter()
                    .map(|&i| &self.ds.claims[i])
                    .filter(|c| !self.superseded.contains(&c.id))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Whether an accepted claim supersedes the claim `id` (its `supersedes` names it).
    pub fn is_superseded(&self, id: &str) -> bool {
        self.superseded.contains(id)
    }

    /// All claims that name `actor` as subject or object; or, with `other`, the
    /// claims that involve both (named as subject, object or claimant, or
    /// mentioned in the claim's source text); sorted by date (unknown dates
    /// last). Only accepted claims: proposed ones wait for review.
    pub fn timeline(&self, actor: &str, other: Option<&str>) -> Vec<&Claim> {
        let involves = |c: &Claim, x: &str| {
            c.subject == x
                || c.object == x
                || c.claimant == x
                || c.sources
                    .iter()
                    .filter_map(|s| s.text.as_deref())
                    .any(|t| self.mentions(t, x))
        };
        let mut v: Vec<&Claim> = match other {
            None => self
                .by_actor
                .get(actor)
                .map(|v| v.iter().map(|&i| &self.ds.claims[i]).collect())
                .unwrap_or_default(),
            // A claim belongs to the pair when it names or quotes both: as subject,
            // object or claimant, or in its source text (a Russian ambassador's words
            // "with regards to Kosovo").
            Some(o) => self
                .ds
                .claims
                .iter()
                .filter(|c| involves(c, actor) && involves(c, o))
                .collect(),
        };
        v.retain(|c| c.status == ClaimStatus::Accepted);
        v.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
        v
    }

    /// Whether `text` mentions the actor `id` by its name, an alias, a demonym
    /// or its capital (whole words, case and diacritics folded).
    pub fn mentions(&self, text: &str, id: &str) -> bool {
        let Some(a) = self.actor(id) else {
            return false;
        };
        let hay = format!(" {} ", normalise(text));
        std::iter::once(&a.name)
            .chain(a.aliases.iter())
            .chain(a.demonyms.iter())
            .chain(a.capitals.iter())
            .map(|n| normalise(n))
            .filter(|n| n.chars().count() >= 3)
            .any(|n| hay.contains(&format!(" {n} ")))
    }

    /// The earliest day `object` can have been recognised: its declaration of
    /// independence, if the ledger has an accepted, dated one.
    pub fn existence_start(&self, object: &str) -> Option<civil::Date> {
        self.existence.get(object).copied()
    }

    /// Every predecessor of `actor` through the actor table's `predecessors` links, nearest first
    /// (breadth first), each once (a visited set guards against a cycle in edited data).
    pub fn ancestors(&self, actor: &str) -> Vec<&crate::model::Actor> {
        let mut out: Vec<&crate::model::Actor> = Vec::new();
        let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::from([actor]);
        let mut queue: std::collections::VecDeque<&str> = self
            .actor(actor)
            .map(|a| a.predecessors.iter().map(String::as_str).collect())
            .unwrap_or_default();
        while let Some(id) = queue.pop_front() {
            if !seen.insert(id) {
                continue;
            }
            if let Some(p) = self.actor(id) {
                queue.extend(p.predecessors.iter().map(String::as_str));
                out.push(p);
            }
        }
        out
    }

    /// The predecessor of `actor` that certainly existed on `day` (its own `from`/`to` say so)
    /// while `actor` is not shown to exist apart from it (no `from` of its own on or before the
    /// day, no earlier sign of it in the data: [`Ledger::attested_since`]): an act of `actor` dated then is its predecessor's, carried over by a source that
    /// lists today's states (Slovakia's 1988 recognition of Palestine is Czechoslovakia's).
    pub fn predecessor_then(&self, actor: &str, day: civil::Date) -> Option<&crate::model::Actor> {
        let a = self.actor(actor)?;
        // Shown existing by then: its own beginning, or a seat of its own (the Ukrainian SSR's
        // UN seat from 1945 is Ukraine's row).
        if a.from.bounds().is_some_and(|(_, last)| last <= day)
            || self.attested_since(actor).is_some_and(|d| d <= day)
        {
            return None;
        }
        self.ancestors(&a.id).into_iter().find(|p| {
            let began = p.from.bounds().is_some_and(|(_, last)| last <= day);
            let not_ended =
                p.to.is_unknown() || p.to.bounds().is_some_and(|(first, _)| day < first);
            began && not_ended
        })
    }

    /// The first day a series about `entity` starts on: its declaration of independence, else
    /// the first day of its beginning in the actor table (Artsakh: 1991), else the first day of
    /// its earliest counted, dated claim (Palestine 1988, the ROC). One answer for the page's
    /// slider and the series API (code review).
    pub fn series_start(&self, entity: &str) -> Option<civil::Date> {
        self.existence_start(entity)
            .or_else(|| {
                self.actor(entity)
                    .and_then(|a| a.from.bounds())
                    .map(|(first, _)| first)
            })
            .or_else(|| self.first_claim_day(entity))
    }

    /// The first day of the earliest dated, accepted claim about `object` (as the object of a
    /// claim): where a record of the entity starts when no declaration dates it (Palestine's
    /// 1988 recognitions, the ROC's). `None` when no such claim is dated.
    pub fn first_claim_day(&self, object: &str) -> Option<civil::Date> {
        self.first_dated_claim(object)
            .and_then(|c| c.date.bounds().map(|b| b.0))
    }

    /// The earliest dated, accepted claim about `object` that counts (not unconfirmed), by the
    /// first day its date allows; its date keeps its precision (a claim dated "2008" is not
    /// one of 1 January 2008). `None` when no such claim is dated.
    pub fn first_dated_claim(&self, object: &str) -> Option<&Claim> {
        self.claims_of(object)
            .into_iter()
            .filter(|c| c.object == object && c.status == ClaimStatus::Accepted)
            // A claim that does not count (Uruguay "could recognize" Artsakh, 2012-11) does not
            // start the record (review 12: it began Artsakh's slider).
            .filter(|c| !c.is_unconfirmed())
            // Nor does a statement about a recognition: it is no act of the record (review 19:
            // Uruguay's remark became a statement).
            .filter(|c| c.predicate != crate::model::Predicate::Statement)
            .filter_map(|c| c.date.bounds().map(|b| (b.0, c)))
            // An on-or-before bound has no first day.
            .filter(|(d, _)| *d != civil::Date::MIN)
            .min_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.id.cmp(&b.1.id)))
            .map(|(_, c)| c)
    }

    /// Every claim that names `actor` as subject or object, any status, except those an
    /// accepted claim supersedes.
    pub fn claims_of(&self, actor: &str) -> Vec<&Claim> {
        self.by_actor
            .get(actor)
            .map(|v| {
                v.iter()
                    .map(|&i| &self.ds.claims[i])
                    .filter(|c| !self.superseded.contains(&c.id))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The latest day a claim can describe: the earliest publication date of its
    /// sources (an undated claim happened before the source that reports it).
    pub fn reported_by(&self, claim: &Claim) -> Option<civil::Date> {
        claim
            .sources
            .iter()
            .filter_map(|s| self.source(&s.source))
            .filter_map(|s| s.published.bounds().map(|b| b.1))
            .min()
    }

    /// The sources of a claim, resolved.
    pub fn sources_of<'a>(&'a self, claim: &'a Claim) -> Vec<&'a Source> {
        claim
            .sources
            .iter()
            .filter_map(|s| self.source(&s.source))
            .collect()
    }
}

/// Claims (in the order given, e.g. a timeline's) grouped when they state the same thing —
/// subject, predicate, object, date, claimant, negation, status — from the same sentence
/// (their first source's quoted text): the copies of one text give one group, so five copies of
/// a page are read as one statement, not five. A claim without quoted text is alone. Groups keep
/// the order of their first claim; the CLI's timeline table and the API's `same_sentence_as`
/// both come from here.
pub fn same_sentence_groups<'a>(claims: &[&'a Claim]) -> Vec<Vec<&'a Claim>> {
    type Key<'k> = (
        &'k str,
        Predicate,
        &'k str,
        Date,
        &'k str,
        bool,
        ClaimStatus,
        &'k str,
    );
    let mut groups: Vec<Vec<&Claim>> = Vec::new();
    let mut index: HashMap<Key<'a>, usize> = HashMap::new();
    for &c in claims {
        let key = c.sources.first().and_then(|s| s.text.as_deref()).map(|t| {
            (
                c.subject.as_str(),
                c.predicate,
                c.object.as_str(),
                c.date,
                c.claimant.as_str(),
                c.negated,
                c.status,
                t,
            )
        });
        match key.and_then(|k| index.get(&k).copied()) {
            Some(g) => groups[g].push(c),
            None => {
                if let Some(k) = key {
                    index.insert(k, groups.len());
                }
                groups.push(vec![c]);
            }
        }
    }
    groups
}

/// Lower case, Latin diacritics folded, dots and apostrophes dropped, other
/// punctuation and runs of spaces turned into one space.
pub fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for ch in s.trim().chars().flat_map(char::to_lowercase) {
        let ch = fold(ch);
        if ch == '.' || ch == '\'' || ch == '’' {
            continue;
        }
        if ch.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(ch);
        } else {
            space = true;
        }
    }
    out
}

fn fold(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'š' | 'ś' | 'ş' | 'ș' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        'ř' => 'r',
        'ť' | 'ţ' | 'ț' => 't',
        'ł' => 'l',
        'ğ' => 'g',
        other => other,
    }
}

/// Parses a user's as-of date: a day (`2015-11-09`), or `today`.
///
/// A month or a year is accepted too and means its *last* day — "as of 2015"
/// asks what was true by the end of 2015 — and the answer says which day it used.
///
/// # Errors
/// When the text is not a date; the message names the format.
pub fn parse_as_of(s: &str, today: civil::Date) -> Result<civil::Date> {
    if s.trim().eq_ignore_ascii_case("today") {
        return Ok(today);
    }
    if s.trim().eq_ignore_ascii_case("yesterday") {
        return today
            .yesterday()
            .map_err(|e| Error::Invalid(format!("the day before {today}: {e}")));
    }
    let d: Date = s.parse()?;
    // `../D` and `D/..` are bounds of a claim's date, not days to ask about.
    if d.bound() != crate::date::Bound::Exact {
        return Err(Error::Invalid(format!(
            "invalid date {s:?}: a bound is a claim's date, not a day to ask about; expected YYYY-MM-DD (or YYYY-MM, YYYY, today, yesterday)"
        )));
    }
    match d.bounds() {
        Some((_, last)) => Ok(last),
        None => Err(Error::Invalid(format!(
            "invalid date {s:?}: expected YYYY-MM-DD (or YYYY-MM, YYYY, today, yesterday)"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words are read in any case (the fuzz target `cli_as_of` once asserted every accepted
    /// text was a date and failed on `YESTERdAY`); a month means its last day (the doc above).
    #[test]
    fn as_of_words_and_precision() {
        let today = civil::date(2026, 11, 22);
        assert_eq!(
            parse_as_of("YESTERdAY", today).unwrap(),
            civil::date(2026, 11, 21)
        );
        assert_eq!(parse_as_of(" Today ", today).unwrap(), today);
        assert_eq!(
            parse_as_of("2015-02", today).unwrap(),
            civil::date(2015, 2, 28)
        );
        assert!(parse_as_of("../2015", today).is_err());
        assert!(parse_as_of("tomorrow", today).is_err());
    }

    #[test]
    fn normalise_folds() {
        assert_eq!(normalise("  Côte d'Ivoire "), "cote divoire");
        assert_eq!(normalise("U.S."), "us");
        assert_eq!(normalise("Kosovë"), "kosove");
        assert_eq!(normalise("Russian  Federation"), "russian federation");
    }
}
