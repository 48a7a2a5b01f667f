//! The concepts of ARCHITECTURE.md as plain types: actors, groups,
//! memberships, sources and claims. No I/O here.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::date::{Date, Timing};

/// What kind of actor an [`Actor`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActorKind {
    /// A UN member or observer state.
    State,
    /// A partially recognised or unrecognised entity (Kosovo, Taiwan, Abkhazia …).
    Entity,
    /// A state that no longer exists (Czechoslovakia …).
    FormerState,
    /// An international organisation or body.
    Organisation,
    /// A place that is no state (Crimea): named in claims, never counted.
    Place,
}

impl ActorKind {
    /// Whether the actor is a state or an entity that can recognise and vote: today's states
    /// and entities, and former states on the days they were members of a group (a roster
    /// only holds them while they existed).
    pub fn is_state_like(self) -> bool {
        matches!(
            self,
            ActorKind::State | ActorKind::Entity | ActorKind::FormerState
        )
    }

    /// The kebab-case name used in files and output.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::State => "state",
            ActorKind::Entity => "entity",
            ActorKind::FormerState => "former-state",
            ActorKind::Organisation => "organisation",
            ActorKind::Place => "place",
        }
    }
}

impl FromStr for ActorKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s {
            "state" => ActorKind::State,
            "entity" => ActorKind::Entity,
            "former-state" => ActorKind::FormerState,
            "organisation" => ActorKind::Organisation,
            "place" => ActorKind::Place,
            _ => return Err("one of state, entity, former-state, organisation, place".into()),
        })
    }
}

/// A state, a partially recognised entity, or an organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// ISO 3166-1 alpha-3 where one exists (`RUS`), `XKX` for Kosovo, short
    /// upper-case ids for organisations (`UN`).
    pub id: String,
    /// What kind of actor this is.
    pub kind: ActorKind,
    /// Common English short name.
    pub name: String,
    /// ISO 3166-1 alpha-2 code, where one exists.
    pub iso2: Option<String>,
    /// ISO 3166-1 numeric code, where one exists.
    pub iso_numeric: Option<String>,
    /// Wikidata item id (`Q1246`), where known.
    pub wikidata: Option<String>,
    /// Other names.
    pub aliases: Vec<String>,
    /// Demonyms and adjectives.
    pub demonyms: Vec<String>,
    /// Capital cities (used as metonyms in news text).
    pub capitals: Vec<String>,
    /// When the actor came into existence as a state or entity, where known.
    #[serde(default)]
    pub from: Date,
    /// When it ceased to exist (former states), where known.
    #[serde(default)]
    pub to: Date,
    /// Ids of the actors that succeeded it (`SCG` → `SRB`, `MNE`).
    #[serde(default)]
    pub successors: Vec<String>,
    /// Ids of the actors it succeeded.
    #[serde(default)]
    pub predecessors: Vec<String>,
}

/// One actor's membership of a group over a period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Membership {
    /// Group id (`un`, `eu`, `p5` …).
    pub group: String,
    /// Member actor id.
    pub actor: String,
    /// When the actor joined (may be unknown).
    pub joined: Date,
    /// When the actor left, if it did.
    pub left: Option<Date>,
    /// Where this membership is documented.
    pub source: String,
    /// Free-text notes.
    pub note: String,
}

impl Membership {
    /// Where `day` lies relative to this membership: [`Timing::Before`] when the actor had
    /// certainly joined and not yet left (a member), [`Timing::Uncertain`] when the joined or
    /// left date, at its precision, does not settle the day, and `None` when it had certainly
    /// not joined yet or had certainly left. (`left` is the first day not a member.) The one
    /// reading of a row for rosters, `is_member` and `comity members`.
    pub fn on(&self, day: jiff::civil::Date) -> Option<Timing> {
        let joined = self.joined.timing(day);
        let left = self.left.map_or(Timing::After, |l| l.timing(day));
        match (joined, left) {
            (Timing::After, _) | (_, Timing::Before) => None,
            (Timing::Before, Timing::After) => Some(Timing::Before),
            _ => Some(Timing::Uncertain),
        }
    }
}

/// A group of actors over time (`un`, `eu`, `nato`, `g20`, `p5` …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// Lower-case id.
    pub id: String,
    /// Human name.
    pub name: String,
    /// What the group is and what its membership rows rest on.
    pub description: String,
    /// The days the membership rows cover, `[from, until)`, when their source covers less than
    /// the group's life (the Security Council's elected seats: 1994–2009 only). Outside it no
    /// row says who was or was not a member: a row's "not yet" or "left" there is no answer
    /// (review 17: Türkiye, elected for 2009–2010, "left" on 2010-01-01, certain).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub covers: Option<Coverage>,
}

impl Group {
    /// Whether the group's rows say anything about `day` (always, without a coverage).
    pub fn covers(&self, day: jiff::civil::Date) -> bool {
        self.covers.is_none_or(|c| c.from <= day && day < c.until)
    }
}

/// The days a group's membership rows cover: from `from` (included) to `until` (excluded).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Coverage {
    /// The first day covered.
    pub from: jiff::civil::Date,
    /// The first day no longer covered.
    pub until: jiff::civil::Date,
}

impl fmt::Display for Coverage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.from, self.until)
    }
}

impl FromStr for Coverage {
    type Err = String;
    /// `FROM..UNTIL`, two days (`1994-01-01..2010-01-01`), FROM before UNTIL.
    fn from_str(s: &str) -> Result<Self, String> {
        let bad = || {
            format!("{s:?}: expected FROM..UNTIL, two days YYYY-MM-DD, e.g. 1994-01-01..2010-01-01 (UNTIL is the first day not covered)")
        };
        let (a, b) = s.trim().split_once("..").ok_or_else(bad)?;
        let from: jiff::civil::Date = a.trim().parse().map_err(|_| bad())?;
        let until: jiff::civil::Date = b.trim().parse().map_err(|_| bad())?;
        if from >= until {
            return Err(format!("{s:?}: FROM must come before UNTIL"));
        }
        Ok(Coverage { from, until })
    }
}

/// Where claims come from.
///
/// Read with unknown fields refused (a misspelt field of an imported source would be dropped in
/// silence).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Stable id (`S` + 8 hex digits of a hash of the URL or citation for shipped
    /// sources, `doc:` + 12 hex digits of the SHA-256 for ingested documents).
    pub id: String,
    /// URL, when there is one. Some citations name only an outlet and a date.
    pub url: Option<String>,
    /// Outlet, title and date as cited.
    pub citation: String,
    /// When the source was published, as precisely as known.
    pub published: Date,
    /// How much weight the source carries (official, wire, … partisan), where graded.
    #[serde(default)]
    pub grade: Option<Grade>,
    /// Notes on reliability.
    pub note: String,
}

/// The kind of a source, strongest first; `--min-grade` keeps a grade and the
/// ones above it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Grade {
    /// A government, parliament or international organisation speaking for itself.
    Official,
    /// A news agency (Reuters, AP, AFP …) or a faithful reprint of its story.
    Wire,
    /// A newspaper, broadcaster or magazine.
    Media,
    /// Wikipedia, its mirrors, other encyclopedias.
    Wikipedia,
    /// Fan sites, list sites, blogs, compilations of other sources.
    Aggregator,
    /// Advocacy, or an outlet of a party to the dispute speaking for it.
    Partisan,
}

impl Grade {
    /// All grades, strongest first.
    pub const ALL: [Grade; 6] = [
        Grade::Official,
        Grade::Wire,
        Grade::Media,
        Grade::Wikipedia,
        Grade::Aggregator,
        Grade::Partisan,
    ];

    /// The kebab-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Grade::Official => "official",
            Grade::Wire => "wire",
            Grade::Media => "media",
            Grade::Wikipedia => "wikipedia",
            Grade::Aggregator => "aggregator",
            Grade::Partisan => "partisan",
        }
    }

    /// Strength: 5 for official down to 0 for partisan.
    pub fn strength(self) -> u8 {
        5 - Grade::ALL.iter().position(|g| *g == self).unwrap_or(5) as u8
    }

    /// Whether this grade is at least as strong as `min`.
    pub fn at_least(self, min: Grade) -> bool {
        self.strength() >= min.strength()
    }

    /// Whether a source of this grade is weak (Wikipedia copies, aggregators,
    /// partisan outlets): an answer resting only on weak sources says so.
    pub fn is_weak(self) -> bool {
        !self.at_least(Grade::Media)
    }
}

impl FromStr for Grade {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Grade::ALL
            .iter()
            .copied()
            .find(|g| g.as_str() == s)
            .ok_or_else(|| {
                "one of official, wire, media, wikipedia, aggregator, partisan".to_string()
            })
    }
}

/// A source's statement that the list of recognisers of `entity` among the
/// members of `among` is complete as of a day ("Turkey is the only UN member
/// that recognises Northern Cyprus"). Only such a statement lets comity infer
/// "not recognised" for a pair with no claim; without it the answer is "not
/// recorded".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Completeness {
    /// The recognised entity.
    pub entity: String,
    /// The day the list is stated complete.
    pub as_of: Date,
    /// The group whose members the list covers (`un`).
    pub among: String,
    /// The sources that state it.
    pub sources: Vec<String>,
    /// What the source says.
    pub note: String,
}

/// A known gap in the sources of the shipped tables: the acts of `actor` toward `entity` after
/// a day were not retrieved (`data/coverage_gaps.csv`), so the record after that day may miss
/// a withdrawal, a freeze or a restoration and no answer after it is certain; or its acts
/// *before* a day were not retrieved (a "re-recognized" row whose earlier recognition and
/// withdrawal the source does not date), so before that day nothing is inferred from the
/// recorded acts: a recognition dated after the day does not mean "not yet".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CoverageGap {
    /// The recognised entity.
    pub entity: String,
    /// The state whose later acts were not retrieved.
    pub actor: String,
    /// The last day the retrieved record covers (unknown for a gap `before`).
    pub after: Date,
    /// The first day the retrieved record covers: the acts before it were not retrieved
    /// (unknown for a gap `after`). A row has exactly one of `after` and `before`.
    #[serde(default)]
    pub before: Date,
    /// Where the gap is stated (the shared tables' own notes).
    pub reference: String,
    /// What the reference says.
    pub note: String,
}

/// The verb of a [`Claim`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Predicate {
    /// Subject recognises object as a state.
    Recognises,
    /// Subject states that it does not recognise object.
    DoesNotRecognise,
    /// Subject withdraws (revokes) its recognition of object.
    WithdrawsRecognition,
    /// Subject suspends (freezes) its recognition of object, as the state words
    /// it: neither a recognition nor a withdrawal. A later `recognises` or
    /// `reaffirms-recognition` lifts it.
    SuspendsRecognition,
    /// Subject (a state or entity) ceases to exist; object, if any, is the state
    /// that absorbed it. After that day it neither recognises nor is recognised.
    CeasesToExist,
    /// Subject reaffirms an earlier recognition of object.
    ReaffirmsRecognition,
    /// Subject and object establish diplomatic relations.
    RelationsEstablished,
    /// Subject severs diplomatic relations with object.
    RelationsSevered,
    /// Subject suspends diplomatic relations with object, as the state words it: the
    /// relations end until restored (a later `relations-established`), and the recognition
    /// is not touched. Not a severance: Peru's 1996 suspension left its recognition of the
    /// SADR standing, per the Peruvian MFA (data/claims.csv, PER.relations-suspended.ESH.1).
    RelationsSuspended,
    /// Subject declares independence from object.
    DeclaresIndependence,
    /// Subject joins the organisation object.
    Joins,
    /// Subject leaves the organisation object.
    Leaves,
    /// Subject applies to join the organisation object.
    Applies,
    /// The organisation subject refuses object's application.
    Refused,
    /// Subject makes a statement about object.
    Statement,
    /// Subject says it plans to recognise object (not a recognition).
    PlansRecognition,
    /// Subject and object have no diplomatic relations (a stated fact).
    NoRelations,
    /// Subject's membership of the organisation object is blocked (by a veto or a vote).
    MembershipBlocked,
    /// Subject is allowed to take part in the organisation object.
    MembershipAllowed,
    /// The body subject votes on a motion concerning object (counts in the note).
    Vote,
    /// Subject and object have a (sporting, cultural) contact.
    Contact,
    /// Subject and object conclude an agreement.
    Agreement,
}

impl Predicate {
    /// All predicates, in declaration order.
    pub const ALL: [Predicate; 22] = [
        Predicate::Recognises,
        Predicate::DoesNotRecognise,
        Predicate::WithdrawsRecognition,
        Predicate::ReaffirmsRecognition,
        Predicate::RelationsEstablished,
        Predicate::RelationsSevered,
        Predicate::DeclaresIndependence,
        Predicate::Joins,
        Predicate::Leaves,
        Predicate::Applies,
        Predicate::Refused,
        Predicate::Statement,
        Predicate::Contact,
        Predicate::Agreement,
        Predicate::PlansRecognition,
        Predicate::NoRelations,
        Predicate::MembershipBlocked,
        Predicate::MembershipAllowed,
        Predicate::Vote,
        Predicate::SuspendsRecognition,
        Predicate::CeasesToExist,
        Predicate::RelationsSuspended,
    ];

    /// The kebab-case name used in files and output.
    pub fn as_str(self) -> &'static str {
        match self {
            Predicate::Recognises => "recognises",
            Predicate::DoesNotRecognise => "does-not-recognise",
            Predicate::WithdrawsRecognition => "withdraws-recognition",
            Predicate::ReaffirmsRecognition => "reaffirms-recognition",
            Predicate::RelationsEstablished => "relations-established",
            Predicate::RelationsSevered => "relations-severed",
            Predicate::RelationsSuspended => "relations-suspended",
            Predicate::DeclaresIndependence => "declares-independence",
            Predicate::Joins => "joins",
            Predicate::Leaves => "leaves",
            Predicate::Applies => "applies",
            Predicate::Refused => "refused",
            Predicate::Statement => "statement",
            Predicate::Contact => "contact",
            Predicate::Agreement => "agreement",
            Predicate::PlansRecognition => "plans-recognition",
            Predicate::NoRelations => "no-relations",
            Predicate::MembershipBlocked => "membership-blocked",
            Predicate::MembershipAllowed => "membership-allowed",
            Predicate::Vote => "vote",
            Predicate::SuspendsRecognition => "suspends-recognition",
            Predicate::CeasesToExist => "ceases-to-exist",
        }
    }

    /// Whether this predicate bears on recognition status.
    pub fn is_recognition(self) -> bool {
        matches!(
            self,
            Predicate::Recognises
                | Predicate::DoesNotRecognise
                | Predicate::WithdrawsRecognition
                | Predicate::SuspendsRecognition
                | Predicate::ReaffirmsRecognition
        )
    }

    /// Whether this predicate bears on diplomatic relations.
    pub fn is_relations(self) -> bool {
        matches!(
            self,
            Predicate::RelationsEstablished
                | Predicate::RelationsSevered
                | Predicate::RelationsSuspended
        )
    }

    /// Whether `A p B` says the same as `B p A` (relations, contacts, agreements).
    pub fn is_symmetric(self) -> bool {
        matches!(
            self,
            Predicate::RelationsEstablished
                | Predicate::RelationsSevered
                | Predicate::RelationsSuspended
                | Predicate::NoRelations
                | Predicate::Contact
                | Predicate::Agreement
        )
    }
}

impl fmt::Display for Predicate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Predicate {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Predicate::ALL
            .iter()
            .copied()
            .find(|p| p.as_str() == s)
            .ok_or_else(|| {
                let names: Vec<&str> = Predicate::ALL.iter().map(|p| p.as_str()).collect();
                format!("one of {}", names.join(", "))
            })
    }
}

/// Review status of a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimStatus {
    /// Extracted or imported, waiting for review; not used in answers.
    Proposed,
    /// Reviewed and accepted; used in answers.
    Accepted,
    /// Reviewed and rejected; kept for the record, never used.
    Rejected,
}

impl ClaimStatus {
    /// The lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimStatus::Proposed => "proposed",
            ClaimStatus::Accepted => "accepted",
            ClaimStatus::Rejected => "rejected",
        }
    }
}

impl FromStr for ClaimStatus {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s {
            "proposed" => ClaimStatus::Proposed,
            "accepted" => ClaimStatus::Accepted,
            "rejected" => ClaimStatus::Rejected,
            _ => return Err("one of proposed, accepted, rejected".into()),
        })
    }
}

/// A pointer into a source: which source, and optionally the exact bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// The source id.
    pub source: String,
    /// Byte range in the source's original bytes, for ingested documents.
    pub range: Option<(usize, usize)>,
    /// The exact text of the range, when known.
    pub text: Option<String>,
}

/// Claims below this confidence are *unconfirmed*: shown, never counted.
pub const UNCONFIRMED_BELOW: f64 = 0.5;

/// One dated statement: `subject predicate object [date]`, asserted by a
/// claimant, resting on one or more sources.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Stable id.
    pub id: String,
    /// Actor id of the subject.
    pub subject: String,
    /// The verb.
    pub predicate: Predicate,
    /// Actor id of the object (or a place name for places that are no actor).
    pub object: String,
    /// When, as precisely as the sources say.
    pub date: Date,
    /// Who asserts it: an actor id when a government or body speaks
    /// (`XKX` = Kosovo's government, `SRB` = Serbia's), otherwise a lower-case
    /// word for the kind of publisher (`media`, `wikipedia`, `fan-site`, `blog`).
    pub claimant: String,
    /// True when the claimant *denies* the statement (e.g. Kosovo's foreign
    /// ministry denying that Suriname withdrew its recognition).
    pub negated: bool,
    /// Where it comes from (at least one).
    pub sources: Vec<Span>,
    /// Review status.
    pub status: ClaimStatus,
    /// 0..=1; below [`UNCONFIRMED_BELOW`] a claim is unconfirmed.
    pub confidence: f64,
    /// Free text: what the source says, disagreements, caveats.
    pub note: String,
    /// Id of a claim this one corrects.
    pub supersedes: Option<String>,
}

impl Claim {
    /// Whether the claim is below the confirmation threshold.
    pub fn is_unconfirmed(&self) -> bool {
        self.confidence < UNCONFIRMED_BELOW
    }

    /// Whether the claimant is the subject itself (a state speaking about its own act).
    pub fn is_by_subject(&self) -> bool {
        self.claimant == self.subject
    }
}
