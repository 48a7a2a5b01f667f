//! The curated tables comity ships in `data/`, and the parsers shared with
//! `comity import`.
//!
//! The shipped tables are compiled into the library, so a fresh install answers
//! questions with no download: the store loads them on first use (and again
//! whenever they change, see [`Dataset::fingerprint`]).

use std::collections::{HashMap, HashSet};

use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::model::{
    Actor, Claim, ClaimStatus, Completeness, CoverageGap, Group, Membership, Predicate, Source,
    Span,
};
use crate::table::{split_list, Table};

const ACTORS: &str = include_str!("../../../data/actors.csv");
const GROUPS: &str = include_str!("../../../data/groups.csv");
const MEMBERSHIPS: &str = include_str!("../../../data/memberships.csv");
const SOURCES: &str = include_str!("../../../data/sources.csv");
const CLAIMS: &str = include_str!("../../../data/claims.csv");
const COMPLETENESS: &str = include_str!("../../../data/completeness.csv");
const DATASET: &str = include_str!("../../../data/dataset.toml");
const OPPONENTS: &str = include_str!("../../../data/opponents.csv");
const COVERAGE_GAPS: &str = include_str!("../../../data/coverage_gaps.csv");

/// A complete set of ledger tables.
#[derive(Debug, Clone, Default)]
pub struct Dataset {
    /// Actors.
    pub actors: Vec<Actor>,
    /// Groups.
    pub groups: Vec<Group>,
    /// Memberships of groups.
    pub memberships: Vec<Membership>,
    /// Sources.
    pub sources: Vec<Source>,
    /// Claims.
    pub claims: Vec<Claim>,
    /// Statements that a list of recognisers is complete.
    pub completeness: Vec<Completeness>,
    /// The day the shipped tables were compiled, if this is the shipped
    /// dataset: an undated shipped claim happened on or before it.
    pub compiled: Option<crate::date::Date>,
    /// Per recognised entity, an earlier compilation day where its tables are
    /// known to be older (`[entity]` in `data/dataset.toml`).
    pub compiled_for: HashMap<String, crate::date::Date>,
    /// Per recognised entity, the state whose claim to its territory it disputes
    /// (`[rival]` in `data/dataset.toml`).
    pub rivals: HashMap<String, String>,
    /// The states each entity's claim is made against (`data/opponents.csv`).
    pub opponents: Vec<Opponent>,
    /// Known gaps in the shipped tables' sources (`data/coverage_gaps.csv`).
    pub gaps: Vec<CoverageGap>,
    /// Ids of the claims that came from the shipped tables (the compilation
    /// days bound only these).
    pub shipped: HashSet<String>,
}

impl Dataset {
    /// The tables shipped in the repository's `data/` folder.
    ///
    /// # Errors
    /// Only if a shipped table is malformed (a test guards against that).
    pub fn shipped() -> Result<Dataset> {
        let actors = parse_actors("data/actors.csv", ACTORS)?;
        let groups = parse_groups("data/groups.csv", GROUPS)?;
        let memberships = parse_memberships("data/memberships.csv", MEMBERSHIPS)?;
        let sources = parse_sources("data/sources.csv", SOURCES)?;
        let claims = parse_claims("data/claims.csv", CLAIMS, ClaimStatus::Accepted)?;
        let completeness = parse_completeness("data/completeness.csv", COMPLETENESS)?;
        let shipped = claims.iter().map(|c| c.id.clone()).collect();
        let ds = Dataset {
            shipped,
            actors,
            groups,
            memberships,
            sources,
            claims,
            completeness,
            compiled: Some(Dataset::compiled()?),
            compiled_for: Dataset::compiled_for()?,
            rivals: Dataset::rivals()?,
            opponents: Dataset::opponents()?,
            gaps: Dataset::gaps()?,
        };
        ds.check_references()?;
        ds.check_opponents()?;
        ds.check_actors()?;
        Ok(ds)
    }

    /// Checks that every recognition claim names known actors (the shipped
    /// tables must; ingested claims may name places that are no actor, such as
    /// Crimea, and are checked at review).
    ///
    /// # Errors
    /// The first unknown actor, as an [`Error::Invalid`].
    pub fn check_actors(&self) -> Result<()> {
        let actors: HashSet<&str> = self.actors.iter().map(|a| a.id.as_str()).collect();
        for c in self.claims.iter().filter(|c| c.predicate.is_recognition()) {
            for who in [&c.subject, &c.object] {
                if !actors.contains(who.as_str()) {
                    return Err(Error::Invalid(format!(
                        "claim {} names unknown actor {who}",
                        c.id
                    )));
                }
            }
        }
        Ok(())
    }

    /// The day the shipped tables were compiled (`data/dataset.toml`), which
    /// bounds every undated shipped claim from above — whatever day it is when
    /// the question is asked.
    ///
    /// # Errors
    /// Only if `data/dataset.toml` is malformed (a test guards against that).
    pub fn compiled() -> Result<crate::date::Date> {
        let line = DATASET
            .lines()
            .find_map(|l| l.trim().strip_prefix("compiled"))
            .and_then(|rest| rest.trim().strip_prefix('='))
            .ok_or_else(|| {
                Error::Invalid("data/dataset.toml: no `compiled = \"YYYY-MM-DD\"`".into())
            })?;
        line.trim().trim_matches('"').parse().map_err(Error::from)
    }

    /// The `[entity]` table of `data/dataset.toml`: entity id → compilation day.
    ///
    /// # Errors
    /// Only if `data/dataset.toml` is malformed.
    pub fn compiled_for() -> Result<HashMap<String, crate::date::Date>> {
        toml_section("[entity]")?
            .into_iter()
            .map(|(k, v)| Ok((k, v.parse()?)))
            .collect()
    }

    /// The `[rival]` table of `data/dataset.toml`: entity id → the state whose
    /// claim to its territory it disputes.
    ///
    /// # Errors
    /// Only if `data/dataset.toml` is malformed.
    pub fn rivals() -> Result<HashMap<String, String>> {
        Ok(toml_section("[rival]")?.into_iter().collect())
    }

    /// The shipped `data/opponents.csv`.
    ///
    /// # Errors
    /// Only if the table is malformed (a test guards against that).
    pub fn opponents() -> Result<Vec<Opponent>> {
        parse_opponents("data/opponents.csv", OPPONENTS)
    }

    /// The shipped `data/coverage_gaps.csv`.
    ///
    /// # Errors
    /// Only if the table is malformed (a test guards against that).
    pub fn gaps() -> Result<Vec<CoverageGap>> {
        parse_coverage_gaps("data/coverage_gaps.csv", COVERAGE_GAPS)
    }

    /// Checks that every opponent row names known actors, and that every
    /// `[rival]` of `data/dataset.toml` has its sourced row.
    ///
    /// # Errors
    /// The first unknown actor or missing row, as an [`Error::Invalid`].
    pub fn check_opponents(&self) -> Result<()> {
        let actors: HashSet<&str> = self.actors.iter().map(|a| a.id.as_str()).collect();
        for o in &self.opponents {
            for who in [&o.entity, &o.opponent] {
                if !actors.contains(who.as_str()) {
                    return Err(Error::Invalid(format!(
                        "data/opponents.csv: {} / {}: unknown actor {who}",
                        o.entity, o.opponent
                    )));
                }
            }
        }
        let mut pairs: HashSet<(&str, &str, bool)> = HashSet::new();
        for g in &self.gaps {
            if !pairs.insert((g.entity.as_str(), g.actor.as_str(), g.after.is_unknown())) {
                return Err(Error::Invalid(format!(
                    "data/coverage_gaps.csv: {} / {}: two rows of one side for one pair (expected one `after` row, starting at the earliest day, and at most one `before` row)",
                    g.entity, g.actor
                )));
            }
            for who in [&g.entity, &g.actor] {
                if !actors.contains(who.as_str()) {
                    return Err(Error::Invalid(format!(
                        "data/coverage_gaps.csv: {} / {}: unknown actor {who}",
                        g.entity, g.actor
                    )));
                }
            }
        }
        for (entity, rival) in &self.rivals {
            if !self
                .opponents
                .iter()
                .any(|o| &o.entity == entity && &o.opponent == rival)
            {
                return Err(Error::Invalid(format!(
                    "[rival] {entity} = {rival} has no row in data/opponents.csv"
                )));
            }
        }
        Ok(())
    }

    /// Whether `state` is an opponent of `entity` (`whole`: only claimants of
    /// the whole territory count).
    pub fn is_opponent(&self, state: &str, entity: &str, whole: bool) -> bool {
        self.opponents.iter().any(|o| {
            o.entity == entity && o.opponent == state && (!whole || o.claim == ClaimExtent::Whole)
        })
    }

    /// A hash of the shipped tables: the store reloads them when it changes.
    pub fn fingerprint() -> String {
        let mut h = Sha256::new();
        for t in [
            ACTORS,
            GROUPS,
            MEMBERSHIPS,
            SOURCES,
            CLAIMS,
            COMPLETENESS,
            DATASET,
            OPPONENTS,
            COVERAGE_GAPS,
        ] {
            h.update((t.len() as u64).to_le_bytes());
            h.update(t.as_bytes());
        }
        h.finalize()
            .iter()
            .take(12)
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// Checks that every claim names known actors and sources, and every
    /// membership a known group and actor.
    ///
    /// # Errors
    /// The first dangling reference, as an [`Error::Invalid`].
    pub fn check_references(&self) -> Result<()> {
        let actors: HashSet<&str> = self.actors.iter().map(|a| a.id.as_str()).collect();
        let groups: HashSet<&str> = self.groups.iter().map(|g| g.id.as_str()).collect();
        let sources: HashSet<&str> = self.sources.iter().map(|s| s.id.as_str()).collect();
        for m in &self.memberships {
            if !groups.contains(m.group.as_str()) {
                return Err(Error::Invalid(format!(
                    "membership of unknown group {}",
                    m.group
                )));
            }
            if !actors.contains(m.actor.as_str()) {
                return Err(Error::Invalid(format!(
                    "membership of {} names unknown actor {}",
                    m.group, m.actor
                )));
            }
        }
        for k in &self.completeness {
            for s in &k.sources {
                if !sources.contains(s.as_str()) {
                    return Err(Error::Invalid(format!(
                        "completeness of {} cites unknown source {s}",
                        k.entity
                    )));
                }
            }
        }
        for c in &self.claims {
            for s in &c.sources {
                if !sources.contains(s.source.as_str()) {
                    return Err(Error::Invalid(format!(
                        "claim {} cites unknown source {}",
                        c.id, s.source
                    )));
                }
            }
        }
        Ok(())
    }
}

/// `KEY = "value"` lines of one `[section]` of `data/dataset.toml`.
fn toml_section(section: &str) -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    let mut inside = false;
    for l in DATASET.lines().map(str::trim) {
        if l.starts_with('[') {
            inside = l == section;
            continue;
        }
        if !inside || l.is_empty() || l.starts_with('#') {
            continue;
        }
        let (k, v) = l.split_once('=').ok_or_else(|| {
            Error::Invalid(format!(
                "data/dataset.toml {section}: expected KEY = \"value\", got {l:?}"
            ))
        })?;
        out.push((k.trim().to_string(), v.trim().trim_matches('"').to_string()));
    }
    Ok(out)
}

/// Parses an actor table (`data/actors.csv` format).
///
/// # Errors
/// A malformed row, with file, line and column.
pub fn parse_actors(file: &str, text: &str) -> Result<Vec<Actor>> {
    let t = Table::parse(file, text, &["id", "kind", "name"])?;
    let mut seen = HashMap::new();
    let mut out = Vec::new();
    for r in t.rows() {
        let id = r.required("id")?.to_string();
        if let Some(prev) = seen.insert(id.clone(), r.line()) {
            return Err(r.error("id", &format!("duplicate id {id:?} (first on line {prev})")));
        }
        let opt = |f: &str| Some(r.get(f).to_string()).filter(|s| !s.is_empty());
        out.push(Actor {
            kind: r.parse("kind")?,
            name: r.required("name")?.to_string(),
            iso2: opt("iso2"),
            iso_numeric: opt("iso_numeric"),
            wikidata: opt("wikidata"),
            aliases: r.list("aliases"),
            demonyms: r.list("demonyms"),
            capitals: r.list("capitals"),
            from: r.date("from")?,
            to: r.date("to")?,
            successors: r.list("successors"),
            predecessors: r.list("predecessors"),
            id,
        });
    }
    Ok(out)
}

/// Parses a group table (`id,name,description`).
///
/// # Errors
/// A malformed row, with file, line and column.
pub fn parse_groups(file: &str, text: &str) -> Result<Vec<Group>> {
    let t = Table::parse(file, text, &["id", "name"])?;
    t.rows()
        .map(|r| {
            let covers = match r.get("covers").trim() {
                "" => None,
                c => Some(c.parse().map_err(|why: String| r.error("covers", &why))?),
            };
            Ok(Group {
                id: r.required("id")?.to_string(),
                name: r.required("name")?.to_string(),
                description: r.get("description").to_string(),
                covers,
            })
        })
        .collect()
}

/// How much of an entity's territory its opponent claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimExtent {
    /// The whole territory (or the entity as part of itself).
    Whole,
    /// Part of it.
    Part,
}

/// A row of `data/opponents.csv`: a state that claims an entity's territory,
/// or from which it seceded.
#[derive(Debug, Clone, PartialEq)]
pub struct Opponent {
    /// The entity.
    pub entity: String,
    /// The state.
    pub opponent: String,
    /// Whole or part of the territory.
    pub claim: ClaimExtent,
    /// What the source says.
    pub basis: String,
    /// One URL.
    pub source: String,
}

/// Parses a coverage-gap table (`entity,actor,after,reference,note`).
///
/// # Errors
/// A malformed row, with file, line and column.
pub fn parse_coverage_gaps(file: &str, text: &str) -> Result<Vec<CoverageGap>> {
    let t = Table::parse(
        file,
        text,
        &["entity", "actor", "after", "reference", "note"],
    )?;
    t.rows()
        .map(|r| {
            let after = r.date("after")?;
            // `before` is optional (a column added for gaps before a day): absent = unknown.
            let before = r.date("before")?;
            match (after.is_unknown(), before.is_unknown()) {
                (true, true) => {
                    return Err(r.error(
                        "after",
                        "expected the last day, month or year covered (`after`) or the first (`before`)",
                    ))
                }
                (false, false) => {
                    return Err(r.error(
                        "before",
                        "a row has either `after` or `before`, not both (write two rows)",
                    ))
                }
                _ => {}
            }
            for (field, d) in [("after", after), ("before", before)] {
                if !d.is_unknown() && !d.is_exact() {
                    return Err(r.error(field, "expected a day, month or year, not a range"));
                }
            }
            Ok(CoverageGap {
                entity: r.required("entity")?.to_string(),
                actor: r.required("actor")?.to_string(),
                after,
                before,
                reference: r.required("reference")?.to_string(),
                note: r.get("note").to_string(),
            })
        })
        .collect()
}

/// Parses an opponents table (`entity,opponent,claim,basis,source,note`).
///
/// # Errors
/// A malformed row (a `claim` other than `whole` or `part`, a `source` that is
/// not a URL), with file and line.
pub fn parse_opponents(file: &str, text: &str) -> Result<Vec<Opponent>> {
    let t = Table::parse(
        file,
        text,
        &["entity", "opponent", "claim", "basis", "source"],
    )?;
    t.rows()
        .map(|r| {
            let entity = r.required("entity")?.to_string();
            let opponent = r.required("opponent")?.to_string();
            let claim = match r.required("claim")? {
                "whole" => ClaimExtent::Whole,
                "part" => ClaimExtent::Part,
                other => {
                    return Err(Error::Invalid(format!(
                        "{file}: {entity} / {opponent}: claim {other:?} is neither whole nor part"
                    )))
                }
            };
            let source = r.required("source")?.to_string();
            if !(source.starts_with("http://") || source.starts_with("https://")) {
                return Err(Error::Invalid(format!(
                    "{file}: {entity} / {opponent}: source {source:?} is not a URL"
                )));
            }
            Ok(Opponent {
                entity,
                opponent,
                claim,
                basis: r.required("basis")?.to_string(),
                source,
            })
        })
        .collect()
}

/// Parses a membership table (`group,actor,joined,left,source,note`).
///
/// # Errors
/// A malformed row, with file, line and column.
pub fn parse_memberships(file: &str, text: &str) -> Result<Vec<Membership>> {
    let t = Table::parse(file, text, &["group", "actor", "joined", "left"])?;
    t.rows()
        .map(|r| {
            let left = r.date("left")?;
            Ok(Membership {
                group: r.required("group")?.to_string(),
                actor: r.required("actor")?.to_string(),
                joined: r.date("joined")?,
                left: (!left.is_unknown()).then_some(left),
                source: r.get("source").to_string(),
                note: r.get("note").to_string(),
            })
        })
        .collect()
}

/// Parses a source table (`id,url,citation,published,note`).
///
/// # Errors
/// A malformed row, with file, line and column.
pub fn parse_sources(file: &str, text: &str) -> Result<Vec<Source>> {
    let t = Table::parse(file, text, &["id", "citation"])?;
    t.rows()
        .map(|r| {
            let url = Some(r.get("url").to_string()).filter(|s| !s.is_empty());
            let citation = r.get("citation").to_string();
            if url.is_none() && citation.is_empty() {
                return Err(r.error("citation", "a source needs a url or a citation"));
            }
            Ok(Source {
                id: r.required("id")?.to_string(),
                url,
                citation,
                published: r.date("published")?,
                grade: match r.get("grade") {
                    "" => None,
                    g => Some(g.parse().map_err(|e: String| {
                        r.error("grade", &format!("got {g:?}, expected {e}"))
                    })?),
                },
                note: r.get("note").to_string(),
            })
        })
        .collect()
}

/// Parses a completeness table (`entity,as_of,among,sources,note`).
///
/// # Errors
/// A malformed row, with file, line and column.
pub fn parse_completeness(file: &str, text: &str) -> Result<Vec<Completeness>> {
    let t = Table::parse(file, text, &["entity", "as_of", "among", "sources"])?;
    t.rows()
        .map(|r| {
            let as_of = r.date("as_of")?;
            if !as_of.is_exact() {
                return Err(r.error(
                    "as_of",
                    "expected the day, month or year the list is complete",
                ));
            }
            Ok(Completeness {
                entity: r.required("entity")?.to_string(),
                as_of,
                among: r.required("among")?.to_string(),
                sources: r.list("sources"),
                note: r.get("note").to_string(),
            })
        })
        .collect()
}

/// Every column of a claims CSV, in the order the export writes them; an import refuses others.
pub const CLAIM_COLUMNS: [&str; 12] = [
    "id",
    "subject",
    "predicate",
    "object",
    "date",
    "claimant",
    "negated",
    "confidence",
    "sources",
    "note",
    "status",
    "supersedes",
];

/// Parses a claim table (`id,subject,predicate,object,date,claimant,negated,
/// confidence,sources,note[,status]`). Rows without a `status` column get
/// `default_status`.
///
/// # Errors
/// A malformed row, with file, line, column and what was expected.
pub fn parse_claims(file: &str, text: &str, default_status: ClaimStatus) -> Result<Vec<Claim>> {
    let t = Table::parse(
        file,
        text,
        &[
            "id",
            "subject",
            "predicate",
            "object",
            "date",
            "claimant",
            "sources",
        ],
    )?;
    t.refuse_unknown_columns(
        &CLAIM_COLUMNS,
        " (a date's precision and bound are written in the date itself: 2008-02, 2008, ../2008-02-17, 2008-02-17/..)",
    )?;
    let mut seen = HashMap::new();
    let mut out = Vec::new();
    for r in t.rows() {
        let id = r.required("id")?.to_string();
        if let Some(prev) = seen.insert(id.clone(), r.line()) {
            return Err(r.error(
                "id",
                &format!("duplicate claim id {id:?} (first on line {prev})"),
            ));
        }
        let predicate: Predicate = r.parse("predicate")?;
        let negated = match r.get("negated") {
            "" | "false" | "0" | "no" => false,
            "true" | "1" | "yes" => true,
            v => {
                // Review 18: the message said "true or false" while yes/no/1/0 pass too.
                return Err(r.error(
                    "negated",
                    &format!(
                        "got {:?}, expected true or false (or yes/no, 1/0; lower case), or empty \
                         for false",
                        crate::date::clip(v)
                    ),
                ));
            }
        };
        let confidence = match r.get("confidence") {
            "" => 0.9,
            v => match v.parse::<f64>() {
                Ok(x) if (0.0..=1.0).contains(&x) => x,
                _ => {
                    return Err(r.error(
                        "confidence",
                        &format!("got {v:?}, expected a number from 0 to 1"),
                    ))
                }
            },
        };
        let sources: Vec<Span> = split_list(r.get("sources"), ';')
            .into_iter()
            .map(|source| Span {
                source,
                range: None,
                text: None,
            })
            .collect();
        if sources.is_empty() {
            return Err(r.error("sources", "every claim needs at least one source id"));
        }
        let status = match r.get("status") {
            "" => default_status,
            _ => r.parse("status")?,
        };
        out.push(Claim {
            id,
            subject: r.required("subject")?.to_string(),
            predicate,
            object: r.required("object")?.to_string(),
            date: r.date("date")?,
            claimant: r.required("claimant")?.to_string(),
            negated,
            sources,
            status,
            confidence,
            note: r.get("note").to_string(),
            supersedes: Some(r.get("supersedes").to_string()).filter(|s| !s.is_empty()),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_tables_parse_and_link() {
        let ds = Dataset::shipped().unwrap();
        assert!(ds.actors.len() > 200);
        assert!(!ds.claims.is_empty());
    }

    #[test]
    fn bad_date_is_located() {
        let text = "id,subject,predicate,object,date,claimant,sources\nc1,JPN,recognises,XKX,2008-02-30,JPN,S1\n";
        // "c1,JPN,recognises,XKX," is 22 characters: the date starts at column 23.
        let e = parse_claims("x.csv", text, ClaimStatus::Proposed)
            .err()
            .unwrap();
        let msg = e.to_string();
        assert!(msg.starts_with("x.csv:2:23: field `date`"), "{msg}");
    }

    #[test]
    fn an_unknown_column_is_refused_not_ignored() {
        // Review 15: `precision` and a misspelt `confidance` were ignored, and the row's date
        // imported as day-precise with the default confidence. "id,subject,predicate,object,"
        // + "date," = 33 characters: `precision` starts at column 34.
        let text = "id,subject,predicate,object,date,precision,claimant,sources\nc1,JPN,recognises,XKX,2008-02-17,month,JPN,S1\n";
        let msg = parse_claims("x.csv", text, ClaimStatus::Proposed)
            .err()
            .unwrap()
            .to_string();
        assert!(msg.starts_with("x.csv:1:34: field `precision`"), "{msg}");
        assert!(msg.contains("unknown column"), "{msg}");
        assert!(msg.contains("2008-02"), "{msg}");
        let text = "id,subject,predicate,object,date,claimant,sources,confidance\nc1,JPN,recognises,XKX,2008,JPN,S1,0.2\n";
        let msg = parse_claims("x.csv", text, ClaimStatus::Proposed)
            .err()
            .unwrap()
            .to_string();
        assert!(msg.contains("\"confidance\""), "{msg}");
    }

    #[test]
    fn bad_predicate_lists_the_expected() {
        let text = "id,subject,predicate,object,date,claimant,sources\nc1,JPN,likes,XKX,,JPN,S1\n";
        let msg = parse_claims("x.csv", text, ClaimStatus::Proposed)
            .err()
            .unwrap()
            .to_string();
        assert!(msg.contains("expected one of recognises"), "{msg}");
    }
}
