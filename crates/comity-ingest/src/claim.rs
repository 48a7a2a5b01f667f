//! Claims: the structured statements proposed by extraction, in the JSON format of `eval/SCHEMA.md`.

use crate::dates::PartialDate;
use crate::flag::FlagKind;
use serde::Serialize;
use std::ops::Range;

/// The kinds of claim of `eval/SCHEMA.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    /// Recognition of a state (`positive`, `negative`, `withdrawn`, `planned`).
    Recognition,
    /// Diplomatic relations (`established`, `none`, `severed`).
    Relations,
    /// A declaration of independence (subject from object).
    Independence,
    /// Membership of an organisation (`joined`, `applied`, `refused`, `blocked`, `allowed`).
    Membership,
    /// A vote of a body (subject) on a motion about an actor (object), with counts.
    Vote,
    /// A statement by a speaker, with a stance (`support`, `oppose`, `neutral`) toward the object.
    Statement,
    /// Sport or cultural contact.
    Contact,
    /// An agreement between parties, possibly brokered.
    Agreement,
}

impl ClaimKind {
    /// The kind's name as written in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Recognition => "recognition",
            ClaimKind::Relations => "relations",
            ClaimKind::Independence => "independence",
            ClaimKind::Membership => "membership",
            ClaimKind::Vote => "vote",
            ClaimKind::Statement => "statement",
            ClaimKind::Contact => "contact",
            ClaimKind::Agreement => "agreement",
        }
    }

    /// `true` for kinds whose subject and object can be swapped without changing the meaning.
    pub fn symmetric(self) -> bool {
        matches!(
            self,
            ClaimKind::Relations | ClaimKind::Contact | ClaimKind::Agreement
        )
    }
}

/// Where a claim's date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DateBasis {
    /// A date in the evidence sentence.
    Sentence,
    /// A date elsewhere in the paragraph.
    Paragraph,
    /// The page's own date (stated date, news dateline or date line) while the sentence gives no
    /// time of its own: for a statement, refusal or intention the page reports as of that date
    /// (`extract::page_date`), and for an act it reports, which came on or before it. Always an
    /// on-or-before bound (`date_bound`), never the day of what the sentence states.
    Document,
    /// No date.
    None,
}

/// Vote counts as written (any subset).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Votes in favour.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub yes: Option<u32>,
    /// Votes against.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub no: Option<u32>,
    /// Abstentions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub abstain: Option<u32>,
    /// Members present and voting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub present_and_voting: Option<u32>,
    /// `true` for a unanimous vote.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unanimous: Option<bool>,
    /// Members who boycotted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub boycotted: Option<u32>,
}

impl Counts {
    /// `true` when no count is known.
    pub fn is_empty(&self) -> bool {
        *self == Counts::default()
    }
}

/// A proposed claim. The first fields are exactly those of `eval/SCHEMA.md`; the rest are extras.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    /// Document name.
    pub doc: String,
    /// Kind.
    pub kind: ClaimKind,
    /// Subject (actor id; for statements the speaker as written).
    pub subject: String,
    /// Object (actor id, or a place name that is no state).
    pub object: String,
    /// Polarity, or `null` for kinds without one.
    pub polarity: Option<String>,
    /// Date as precise as the text gives it.
    pub date: Option<PartialDate>,
    /// Exact substring of the document (≤ 300 characters).
    pub evidence: String,
    /// Vote counts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counts: Option<Counts>,
    /// The quoted words, for statements that quote.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// The state or body a statement's speaker speaks for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_actor: Option<String>,
    /// For an act (not a statement): the state or body whose reported words state it ("Georgia
    /// said Venezuela recognised Abkhazia": `GEO`; "Nauru said it would recognise China": `NRU`,
    /// the state's own word). `None` when the document states the act in its own voice or the
    /// sayer of the act's clause is not clear. The ledger's claimant of the act.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reported_by: Option<String>,
    /// Who brokered an agreement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub broker: Option<String>,
    /// Free text, with tags such as `[related-articles]`, `[chatbot-passage]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Byte range of the evidence in the ORIGINAL document bytes.
    pub span: Range<usize>,
    /// Confidence in [0, 1], lowered by flags.
    pub confidence: f64,
    /// Always `proposed`: review accepts or rejects.
    pub status: &'static str,
    /// Where the date came from.
    pub date_basis: DateBasis,
    /// The sentence dates the claim only as a bound ("by 4 January 2023": `on-or-before`); absent
    /// when the date is the event's own (to its precision).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_bound: Option<crate::dates::DateQualifier>,
    /// Flags on the evidence's passage.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<FlagKind>,
    /// Number of independent copy clusters whose documents state this claim (filled by the pipeline).
    pub support_clusters: usize,
    /// The rule that proposed the claim.
    pub rule: &'static str,
    /// The model that chose this claim's label (`None`: rules and frames proposed it), as
    /// `MODEL at ENDPOINT`; see [`crate::decider`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decided_by: Option<String>,
}
