//! Recognition and relations claims as rows a Wikidata editor can check (`comity export --what
//! wikidata`, `GET /api/v1/export/wikidata`): built here, in the library, so that the CLI and
//! the HTTP API give the same rows.

use serde::Serialize;

/// One row of the Wikidata export (README "Exports"); the JSON export is a list of these, the
/// CSV export has [`COLUMNS`] as its header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    /// The acting state's id.
    pub subject: String,
    /// Its Wikidata item (Q-id), if the actor table has one.
    pub subject_wikidata: String,
    /// The other side's id.
    pub object: String,
    /// Its Wikidata item.
    pub object_wikidata: String,
    /// The Wikidata property the row bears on (`P530` for relations; none for recognition, which has no property).
    pub property: String,
    /// What the row states ("recognition", "diplomatic relation", "denial: …").
    pub statement: String,
    /// The date as a start time (P580) qualifier.
    pub start: String,
    /// The date as an end time (P582) qualifier.
    pub end: String,
    /// The date as a point in time (P585) qualifier.
    pub point_in_time: String,
    /// Wikidata's precision code: 11 day, 10 month, 9 year.
    pub precision: String,
    /// For a bounded date, the qualifier it needs (latest date P1326, earliest date P1319).
    pub bound: String,
    /// `normal`, `deprecated` or `none` (a denial).
    pub rank: String,
    /// Who denies it (P1310), `;`-separated.
    pub disputed_by: String,
    /// What an editor must know before adding it.
    pub caveat: String,
    /// Who makes the claim.
    pub claimant: String,
    /// The source's URL.
    pub reference_url: String,
    /// The sources' citations.
    pub reference_citation: String,
    /// The ledger's claim id.
    pub claim: String,
    /// The claim in words, with the ledger's note.
    pub note: String,
}

impl Row {
    /// The fields in the order of [`COLUMNS`].
    pub fn fields(&self) -> [&str; 19] {
        [
            &self.subject,
            &self.subject_wikidata,
            &self.object,
            &self.object_wikidata,
            &self.property,
            &self.statement,
            &self.start,
            &self.end,
            &self.point_in_time,
            &self.precision,
            &self.bound,
            &self.rank,
            &self.disputed_by,
            &self.caveat,
            &self.claimant,
            &self.reference_url,
            &self.reference_citation,
            &self.claim,
            &self.note,
        ]
    }
}

/// The columns of `export --what wikidata` (README "Exports"), in the order of [`Row`]'s fields.
pub const COLUMNS: [&str; 19] = [
    "subject",
    "subject_wikidata",
    "object",
    "object_wikidata",
    "property",
    "statement",
    "start",
    "end",
    "point_in_time",
    "precision",
    "bound",
    "rank",
    "disputed_by",
    "caveat",
    "claimant",
    "reference_url",
    "reference_citation",
    "claim",
    "note",
];

/// Recognition and relations claims as rows an editor can check against Wikidata: one row per
/// claim (never a flattened statement), with the Wikidata ids of both sides, the property it
/// bears on (P530 "diplomatic relation" for relations; "recognition" has no Wikidata property,
/// so it is named as such), its date in the column of the qualifier it would be (start time
/// P580, end time P582, point in time P585 — a reaffirmation, a stated position or a denial
/// never moves a start), Wikidata's precision code (11 day, 10 month, 9 year) and, for a bound,
/// the qualifier it needs (latest date P1326, earliest date P1319). The rank says what Wikidata's
/// ranks say: `deprecated` only for a claim the state itself denies or the status engine holds
/// refuted (a state's own later word against an act attributed to it) or dated wholly before its
/// object existed or after one of the pair ceased (no answer reads it; the caveat says why); a
/// claim disputed by others
/// stays `normal` with `disputed_by` (P1310) naming them; a denial is no statement of its own
/// (`none`); an unconfirmed claim says so in `caveat`, never by a rank. The ledger's note and
/// the source's citation go with every row.
pub fn rows(ledger: &crate::Ledger, today: jiff::civil::Date) -> Vec<Row> {
    use crate::Predicate as P;
    let qid = |id: &str| {
        ledger
            .actor(id)
            .and_then(|a| a.wikidata.clone())
            .unwrap_or_default()
    };
    let accepted: Vec<&crate::Claim> = ledger
        .claims()
        .iter()
        .filter(|c| c.status == crate::ClaimStatus::Accepted && !ledger.is_superseded(&c.id))
        .collect();
    // Claims the status engine holds refuted today (a state's own later word against a
    // recognition attributed to it: JAM.recognises.1, rejected by Jamaica's minister).
    let mut refuted: std::collections::HashSet<&str> = std::collections::HashSet::new();
    // Withdrawals and suspensions the status engine holds disputed today (claimed by the
    // rival alone, or not confirmed by the state), and the claims it counts in an act.
    let mut disputed: std::collections::HashMap<&str, String> = std::collections::HashMap::new();
    let mut counted: std::collections::HashSet<&str> = std::collections::HashSet::new();
    let mut denied: std::collections::HashMap<&str, Vec<String>> = std::collections::HashMap::new();
    let mut pairs: Vec<(&str, &str)> = accepted
        .iter()
        .filter(|c| c.predicate.is_recognition())
        .map(|c| (c.subject.as_str(), c.object.as_str()))
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    for (a, b) in pairs {
        let st = ledger.status(a, b, today, today);
        refuted.extend(
            st.recognition
                .claims
                .iter()
                .filter(|d| d.role == crate::Role::Refuted)
                .map(|d| d.claim.id.as_str()),
        );
        for d in &st.recognition.claims {
            let acted = matches!(
                d.role,
                crate::Role::Withdrawal | crate::Role::Suspension | crate::Role::Recognition
            );
            if acted {
                counted.insert(d.claim.id.as_str());
            }
            if st.recognition.status == crate::Recognition::Disputed
                && matches!(d.role, crate::Role::Withdrawal | crate::Role::Suspension)
            {
                disputed.insert(d.claim.id.as_str(), st.recognition.reason.clone());
            }
            // Who the engine says denies a claimed withdrawal — a denial row or the state's own
            // later reaffirmation (review 13: Guinea-Bissau's reaffirmation against Serbia's
            // claim of its 2017 withdrawal was exported at normal rank, `disputed_by` empty).
            if matches!(d.role, crate::Role::Withdrawal | crate::Role::Suspension)
                && !st.recognition.denied_by.is_empty()
            {
                denied
                    .entry(d.claim.id.as_str())
                    .or_default()
                    .extend(st.recognition.denied_by.iter().cloned());
            }
        }
    }
    let mut rows = Vec::new();
    for c in &accepted {
        let d = c.date.to_string();
        let (property, statement, start, end, point) = match c.predicate {
            P::Recognises => ("", "recognition", d, String::new(), String::new()),
            P::ReaffirmsRecognition => (
                "",
                "recognition (reaffirmed)",
                String::new(),
                String::new(),
                d,
            ),
            // Named as a withdrawal, so that an undated one (no end date to show it) is not read
            // as an undated recognition (review 18: Malawi's and two of Togo's withdrawals).
            P::WithdrawsRecognition => (
                "",
                "recognition (withdrawn)",
                String::new(),
                d,
                String::new(),
            ),
            P::SuspendsRecognition => (
                "",
                "recognition (suspended)",
                String::new(),
                d,
                String::new(),
            ),
            P::DoesNotRecognise if c.claimant != c.subject => (
                "",
                "no recognition (position attributed by others)",
                String::new(),
                String::new(),
                d,
            ),
            P::DoesNotRecognise => (
                "",
                "no recognition (stated position)",
                String::new(),
                String::new(),
                d,
            ),
            P::RelationsEstablished => (
                "P530",
                "diplomatic relation",
                d,
                String::new(),
                String::new(),
            ),
            P::RelationsSevered => (
                "P530",
                "diplomatic relation",
                String::new(),
                d,
                String::new(),
            ),
            // A suspension ends the relations until restored; Wikidata has no qualifier for it
            // (the caveat says so). Review 18: suspensions were missing from the export.
            P::RelationsSuspended => (
                "P530",
                "diplomatic relation (suspended)",
                String::new(),
                d,
                String::new(),
            ),
            _ => continue,
        };
        let (statement, start, end, point) = if c.negated {
            // A denial is evidence against the claim it denies, not a statement to add.
            let blank = String::new();
            let date = [start, end, point]
                .into_iter()
                .find(|x| !x.is_empty())
                .unwrap_or_default();
            (
                format!("denial: {} {} {}", c.subject, c.predicate, c.object),
                blank.clone(),
                blank,
                date,
            )
        } else {
            (statement.to_string(), start, end, point)
        };
        let deniers: Vec<&str> = accepted
            .iter()
            .filter(|x| {
                x.negated
                    && !c.negated
                    && x.subject == c.subject
                    && x.predicate == c.predicate
                    && x.object == c.object
                    && x.date.compatible(&c.date)
            })
            .map(|x| x.claimant.as_str())
            .chain(
                denied
                    .get(c.id.as_str())
                    .into_iter()
                    .flatten()
                    .map(String::as_str),
            )
            .collect();
        let rank = if c.negated {
            "none"
        } else if deniers.contains(&c.subject.as_str())
            || refuted.contains(c.id.as_str())
            || ledger.predates_object(c).is_some()
            || ledger.postdates_party(c).is_some()
        {
            // Dated wholly before its object existed, or after one of the pair ceased: no answer
            // reads it (review 21: such rows went out at normal rank, only the caveat said so).
            "deprecated"
        } else {
            "normal"
        };
        let mut disputed_by: Vec<&str> = deniers.clone();
        disputed_by.sort_unstable();
        disputed_by.dedup();
        let caveat = if c.predicate == P::RelationsSuspended && !c.negated {
            "a suspension of relations, not a severance: the end time is the suspension's day; \
             relations may be restored later"
                .to_string()
        } else if let Some(why) = disputed.get(c.id.as_str()) {
            format!("disputed in the ledger today: {why}")
        } else if c.is_unconfirmed() && counted.contains(c.id.as_str()) {
            // A low-confidence account of an act that other claims confirm (Serbia's word on
            // Togo's withdrawal, confirmed by Togo's FM): the act counts, this account is weak.
            "low-confidence account of an act the ledger counts on other claims".to_string()
        } else if c.is_unconfirmed() {
            "unconfirmed: below the ledger's confirmation threshold; not counted".to_string()
        } else {
            String::new()
        };
        let precision = match c.date.precision() {
            crate::Precision::Day => "11",
            crate::Precision::Month => "10",
            crate::Precision::Year => "9",
            crate::Precision::Unknown => "",
        };
        let bound = match c.date.bound() {
            crate::Bound::Exact => "",
            crate::Bound::OnOrBefore => "latest date (P1326): on or before the date",
            crate::Bound::OnOrAfter => "earliest date (P1319): on or after the date",
        };
        let sources = ledger.sources_of(c);
        let url = sources
            .iter()
            .find_map(|s| s.url.clone())
            .unwrap_or_default();
        let citation = sources
            .iter()
            .map(|s| s.citation.as_str())
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(" ; ");
        // A date before the subject existed apart from a predecessor (review 9: Serbia's and
        // Yugoslavia's rows both "start 1988-11-16" for Palestine): the act is the predecessor's,
        // and the editor must decide which item carries it.
        let caveat = match c
            .date
            .bounds()
            .and_then(|(_, last)| ledger.act_of_predecessor(&c.subject, last))
        {
            Some((p, continued)) if !c.negated => {
                let note = format!(
                    "dated before {} existed apart from {} ({}, {}){}: the act is the predecessor's; check which item carries it",
                    c.subject,
                    p.id,
                    p.name,
                    p.wikidata.as_deref().unwrap_or("no Wikidata id"),
                    if continued {
                        format!(", whose seat {} continues", c.subject)
                    } else {
                        String::new()
                    }
                );
                if caveat.is_empty() {
                    note
                } else {
                    format!("{caveat}; {note}")
                }
            }
            _ => match ledger.date_warning(c) {
                // Dated before the object (or a subject no predecessor carries) existed.
                Some(why) if caveat.is_empty() => why,
                Some(why) => format!("{caveat}; {why}"),
                None => caveat,
            },
        };
        // A row an editor cannot check from a link says so (Wikipedia dates "as reported in"
        // the shared notes, revision not retrieved).
        let caveat = if url.is_empty() && !c.negated {
            let no_url =
                "no reference URL: the source is cited without one; check it before adding";
            if caveat.is_empty() {
                no_url.to_string()
            } else {
                format!("{caveat}; {no_url}")
            }
        } else {
            caveat
        };
        let note = if c.note.is_empty() {
            crate::json::claim_text(c)
        } else {
            format!("{} — {}", crate::json::claim_text(c), c.note)
        };
        rows.push(Row {
            subject: c.subject.clone(),
            subject_wikidata: qid(&c.subject),
            object: c.object.clone(),
            object_wikidata: qid(&c.object),
            property: property.to_string(),
            statement,
            start,
            end,
            point_in_time: point,
            precision: precision.to_string(),
            bound: bound.to_string(),
            rank: rank.to_string(),
            disputed_by: disputed_by.join(";"),
            caveat,
            claimant: c.claimant.clone(),
            reference_url: url,
            reference_citation: citation,
            claim: c.id.clone(),
            note,
        });
    }
    rows
}
