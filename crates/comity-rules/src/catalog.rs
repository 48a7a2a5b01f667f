//! Bodies, their rules and admission procedures, read from TOML (`data/bodies.toml`).
//!
//! The format is documented in the crate README and in `data/bodies.md`.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use crate::error::{line_column, Error};
use crate::rule::{Condition, Quorum, Rule, Veto};

/// Where a body's members come from.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RosterSpec {
    /// Who casts the votes (default: states, one vote each).
    #[serde(default)]
    pub voters: Voters,
    /// Ledger groups whose members, as of the vote's date, form the roster (their union).
    /// For `parliamentarians` the groups say which states send delegations, not who votes.
    #[serde(default)]
    pub groups: Vec<String>,
    /// The expected number of members: a check on the groups, or the roster itself when the
    /// members are not states in the ledger (football associations).
    pub size: Option<u32>,
    /// The date on which `size` is known to hold (`YYYY-MM-DD`).
    pub size_as_of: Option<String>,
    /// Explanation.
    pub note: Option<String>,
}

/// Who votes in a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Voters {
    /// Member states, one vote each (the roster can be built from ledger groups).
    #[default]
    States,
    /// Members of parliament from member states' delegations (PACE): the roster is not a list
    /// of states, so only recorded tallies can be replayed.
    Parliamentarians,
    /// Football associations (UEFA, FIFA): not states; a fixed roster size.
    Associations,
}

/// A rule of a body with its provenance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyRule {
    /// The rule.
    pub rule: Rule,
    /// The rule's wording or a summary, as cited.
    pub text: Option<String>,
    /// Source URLs.
    pub sources: Vec<String>,
    /// Whether the rule's text was retrieved and checked verbatim.
    pub verified: bool,
    /// Caveats.
    pub note: Option<String>,
}

/// A voting organ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Body {
    /// Id (`un.sc`, `unesco.gc`).
    pub id: String,
    /// Name.
    pub name: String,
    /// Where its members come from.
    pub roster: RosterSpec,
    /// Rules by motion kind (`admission`, `ordinary`, `opinion`...).
    pub rules: BTreeMap<String, BodyRule>,
    /// Caveats about the body.
    pub note: Option<String>,
}

impl Body {
    /// The rule for a kind of motion.
    #[must_use]
    pub fn rule(&self, kind: &str) -> Option<&BodyRule> {
        self.rules.get(kind)
    }
}

/// One stage of an admission procedure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stage {
    /// The body that votes.
    pub body: String,
    /// The kind of motion (selects the body's rule).
    pub rule: String,
    /// What this stage decides.
    pub note: Option<String>,
}

/// An admission procedure: stages that must all pass, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Procedure {
    /// Id (`un.admission`).
    pub id: String,
    /// Name.
    pub name: String,
    /// Which candidates it applies to (e.g. "states not members of the UN").
    pub applies_to: Option<String>,
    /// Stages in order.
    pub stages: Vec<Stage>,
    /// Source URLs.
    pub sources: Vec<String>,
    /// Caveats.
    pub note: Option<String>,
}

/// All bodies and procedures of a document.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Catalog {
    /// Bodies, in document order.
    pub bodies: Vec<Body>,
    /// Procedures, in document order.
    pub procedures: Vec<Procedure>,
}

impl Catalog {
    /// The body with this id.
    #[must_use]
    pub fn body(&self, id: &str) -> Option<&Body> {
        self.bodies.iter().find(|b| b.id == id)
    }

    /// The procedure with this id.
    #[must_use]
    pub fn procedure(&self, id: &str) -> Option<&Procedure> {
        self.procedures.iter().find(|p| p.id == id)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Doc {
    format: u32,
    #[serde(default)]
    body: Vec<BodyRepr>,
    #[serde(default)]
    procedure: Vec<ProcedureRepr>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BodyRepr {
    id: Spanned<String>,
    name: String,
    roster: Spanned<RosterSpec>,
    rules: Spanned<BTreeMap<String, RuleRepr>>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleRepr {
    condition: Spanned<Vec<Condition>>,
    #[serde(default)]
    veto: Veto,
    quorum: Option<Quorum>,
    text: Option<String>,
    sources: Vec<String>,
    verified: bool,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct ProcedureRepr {
    id: Spanned<String>,
    name: String,
    applies_to: Option<String>,
    stages: Vec<StageRepr>,
    sources: Vec<String>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StageRepr {
    body: Spanned<String>,
    rule: Spanned<String>,
    note: Option<String>,
}

/// The format version this crate reads.
pub const FORMAT: u32 = 1;

pub(crate) fn at(what: &'static str, text: &str, span: Range<usize>, reason: String) -> Error {
    let (line, column) = line_column(text, span.start);
    Error::Toml {
        what,
        line,
        column,
        reason,
    }
}

/// Parses a bodies document (`data/bodies.toml`).
///
/// # Errors
/// [`Error::Toml`] with line and column for malformed TOML, an unknown or missing field, a bad
/// threshold, a duplicate body or procedure id, a roster with neither groups nor size, a rule
/// without conditions, or a procedure stage naming an unknown body or rule.
///
/// # Example
/// ```
/// let text = r#"
/// format = 1
/// [[body]]
/// id = "x.council"
/// name = "X Council"
/// roster = { size = 3 }
/// [body.rules.admission]
/// condition = [{ threshold = "1/1", base = "members", comparison = "at-least" }]
/// sources = []
/// verified = false
/// "#;
/// let catalog = comity_rules::parse_bodies(text).unwrap();
/// assert!(catalog.body("x.council").unwrap().rule("admission").is_some());
/// assert!(comity_rules::parse_bodies("format = 1\n[[body]]\nid = 3\n").is_err());
/// ```
pub fn parse_bodies(text: &str) -> Result<Catalog, Error> {
    const WHAT: &str = "bodies";
    let doc: Doc = toml::from_str(text).map_err(|e| Error::from_toml(WHAT, text, &e))?;
    if doc.format != FORMAT {
        return Err(Error::Toml {
            what: WHAT,
            line: 0,
            column: 0,
            reason: format!("expected `format = {FORMAT}`, got {}", doc.format),
        });
    }
    let mut catalog = Catalog::default();
    let mut seen = BTreeSet::new();
    for b in doc.body {
        let id_span = b.id.span();
        let id = b.id.into_inner();
        if !seen.insert(id.clone()) {
            return Err(at(WHAT, text, id_span, format!("duplicate body id `{id}`")));
        }
        let roster_span = b.roster.span();
        let roster = b.roster.into_inner();
        if roster.groups.is_empty() && roster.size.is_none() {
            return Err(at(
                WHAT,
                text,
                roster_span,
                format!("body `{id}`: roster needs `groups = [..]`, `size = N`, or both"),
            ));
        }
        let rules_span = b.rules.span();
        let reprs = b.rules.into_inner();
        if reprs.is_empty() {
            return Err(at(
                WHAT,
                text,
                rules_span,
                format!("body `{id}`: expected at least one rule"),
            ));
        }
        let mut rules = BTreeMap::new();
        for (kind, r) in reprs {
            let cond_span = r.condition.span();
            let rule = Rule {
                conditions: r.condition.into_inner(),
                veto: r.veto,
                quorum: r.quorum,
            };
            rule.validate(&format!("{id}/{kind}"))
                .map_err(|e| at(WHAT, text, cond_span, e.to_string()))?;
            rules.insert(
                kind,
                BodyRule {
                    rule,
                    text: r.text,
                    sources: r.sources,
                    verified: r.verified,
                    note: r.note,
                },
            );
        }
        catalog.bodies.push(Body {
            id,
            name: b.name,
            roster,
            rules,
            note: b.note,
        });
    }
    let mut seen = BTreeSet::new();
    for p in doc.procedure {
        let id_span = p.id.span();
        let id = p.id.into_inner();
        if !seen.insert(id.clone()) {
            return Err(at(
                WHAT,
                text,
                id_span,
                format!("duplicate procedure id `{id}`"),
            ));
        }
        let mut stages = Vec::new();
        for s in p.stages {
            let body_span = s.body.span();
            let rule_span = s.rule.span();
            let (body, rule) = (s.body.into_inner(), s.rule.into_inner());
            let Some(b) = catalog.body(&body) else {
                return Err(at(
                    WHAT,
                    text,
                    body_span,
                    format!("procedure `{id}`: unknown body `{body}`"),
                ));
            };
            if b.rule(&rule).is_none() {
                return Err(at(
                    WHAT,
                    text,
                    rule_span,
                    format!("procedure `{id}`: body `{body}` has no rule `{rule}`"),
                ));
            }
            stages.push(Stage {
                body,
                rule,
                note: s.note,
            });
        }
        catalog.procedures.push(Procedure {
            id,
            name: p.name,
            applies_to: p.applies_to,
            stages,
            sources: p.sources,
            note: p.note,
        });
    }
    Ok(catalog)
}
