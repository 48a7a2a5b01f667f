//! Scoring predicted claims against gold claims (the rule of `eval/SCHEMA.md`).
//!
//! A prediction matches a gold claim of the same `doc` when `kind`, `subject`, `object` and `polarity`
//! are equal and the dates are compatible (equal, one a prefix of the other, or the gold date null).
//! Each gold claim matches at most one prediction; the matching is a maximum bipartite matching, so the
//! order of lines does not change the score.

use crate::error::IngestError;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The fields of a claim that the matching rule uses.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct ClaimKey {
    /// Document file name.
    pub doc: String,
    /// Claim kind.
    pub kind: String,
    /// Subject.
    pub subject: String,
    /// Object.
    #[serde(default)]
    pub object: Option<String>,
    /// Polarity.
    #[serde(default)]
    pub polarity: Option<String>,
    /// Date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[serde(default)]
    pub date: Option<String>,
}

/// Precision, recall and F1 with their counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Score {
    /// Matched predictions.
    pub tp: usize,
    /// Unmatched predictions.
    pub fp: usize,
    /// Unmatched gold claims.
    pub fn_: usize,
    /// tp / (tp + fp), 0 when nothing was predicted.
    pub precision: f64,
    /// tp / (tp + fn), 0 when there is no gold.
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
}

impl Score {
    fn from_counts(tp: usize, fp: usize, fn_: usize) -> Self {
        let p = if tp + fp == 0 {
            0.0
        } else {
            tp as f64 / (tp + fp) as f64
        };
        let r = if tp + fn_ == 0 {
            0.0
        } else {
            tp as f64 / (tp + fn_) as f64
        };
        let f1 = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        Self {
            tp,
            fp,
            fn_,
            precision: p,
            recall: r,
            f1,
        }
    }
}

/// Scores per kind and overall, plus the unmatched claims for error analysis.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Evaluation {
    /// Score per claim kind (kinds present in gold or predictions).
    pub per_kind: BTreeMap<String, Score>,
    /// Score over all claims.
    pub overall: Score,
    /// Predictions that matched no gold claim.
    pub false_positives: Vec<ClaimKey>,
    /// Gold claims that no prediction matched.
    pub false_negatives: Vec<ClaimKey>,
}

/// `true` when a predicted date is compatible with a gold date under the matching rule.
pub fn dates_compatible(gold: Option<&str>, predicted: Option<&str>) -> bool {
    match (gold, predicted) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(g), Some(p)) => {
            g == p || g.starts_with(&format!("{p}-")) || p.starts_with(&format!("{g}-"))
        }
    }
}

fn matches(g: &ClaimKey, p: &ClaimKey) -> bool {
    g.doc == p.doc
        && g.kind == p.kind
        && g.subject == p.subject
        && g.object == p.object
        && g.polarity == p.polarity
        && dates_compatible(g.date.as_deref(), p.date.as_deref())
}

/// Parses JSON lines into claim keys (extra fields are ignored; blank lines skipped).
///
/// # Errors
/// [`IngestError::Json`] naming `file` and the line when a line is not a JSON object with the fields.
pub fn parse_jsonl(text: &str, file: &str) -> Result<Vec<ClaimKey>, IngestError> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| IngestError::Json {
                file: file.to_string(),
                line: i + 1,
                reason: e.to_string(),
            })
        })
        .collect()
}

/// Scores `predicted` against `gold`.
///
/// # Example
/// ```
/// use comity_ingest::{evaluate, ClaimKey};
/// let k = |date: Option<&str>| ClaimKey { doc: "d".into(), kind: "recognition".into(),
///     subject: "JPN".into(), object: Some("XKX".into()), polarity: Some("positive".into()),
///     date: date.map(str::to_string) };
/// let e = evaluate(&[k(Some("2008-03-18"))], &[k(Some("2008")), k(None)]);
/// assert_eq!((e.overall.tp, e.overall.fp, e.overall.fn_), (1, 1, 0));
/// ```
pub fn evaluate(gold: &[ClaimKey], predicted: &[ClaimKey]) -> Evaluation {
    // Maximum bipartite matching (Kuhn), gold on the left.
    let adj: Vec<Vec<usize>> = gold
        .iter()
        .map(|g| {
            (0..predicted.len())
                .filter(|&j| matches(g, &predicted[j]))
                .collect()
        })
        .collect();
    let mut owner: Vec<Option<usize>> = vec![None; predicted.len()];
    for gi in 0..gold.len() {
        let mut seen = vec![false; predicted.len()];
        augment(gi, &adj, &mut owner, &mut seen);
    }
    let mut gold_matched = vec![false; gold.len()];
    for g in owner.iter().flatten() {
        gold_matched[*g] = true;
    }
    let mut counts: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    let mut ev = Evaluation::default();
    for (j, p) in predicted.iter().enumerate() {
        let c = counts.entry(p.kind.clone()).or_default();
        if owner[j].is_some() {
            c.0 += 1;
        } else {
            c.1 += 1;
            ev.false_positives.push(p.clone());
        }
    }
    for (i, g) in gold.iter().enumerate() {
        if !gold_matched[i] {
            counts.entry(g.kind.clone()).or_default().2 += 1;
            ev.false_negatives.push(g.clone());
        }
    }
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    for (k, (a, b, c)) in counts {
        tp += a;
        fp += b;
        fn_ += c;
        ev.per_kind.insert(k, Score::from_counts(a, b, c));
    }
    ev.overall = Score::from_counts(tp, fp, fn_);
    ev
}

fn augment(gi: usize, adj: &[Vec<usize>], owner: &mut [Option<usize>], seen: &mut [bool]) -> bool {
    for &pj in &adj[gi] {
        if seen[pj] {
            continue;
        }
        seen[pj] = true;
        let free = match owner[pj] {
            None => true,
            Some(other) => augment(other, adj, owner, seen),
        };
        if free {
            owner[pj] = Some(gi);
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(doc: &str, subject: &str, date: Option<&str>) -> ClaimKey {
        ClaimKey {
            doc: doc.into(),
            kind: "recognition".into(),
            subject: subject.into(),
            object: Some("XKX".into()),
            polarity: Some("positive".into()),
            date: date.map(str::to_string),
        }
    }

    #[test]
    fn truth_by_construction() {
        // Gold: 3 claims. Predictions: one exact, one with a coarser date, one wrong subject,
        // one duplicate of the first. Expected by construction: tp 2, fp 2, fn 1.
        let gold = [
            key("a", "JPN", Some("2008-03-18")),
            key("a", "LVA", Some("2008-02-20")),
            key("a", "USA", None),
        ];
        let pred = [
            key("a", "JPN", Some("2008-03-18")),
            key("a", "LVA", Some("2008")),
            key("a", "DEU", None),
            key("a", "JPN", Some("2008-03")),
        ];
        let e = evaluate(&gold, &pred);
        assert_eq!((e.overall.tp, e.overall.fp, e.overall.fn_), (2, 2, 1));
        assert!((e.overall.precision - 0.5).abs() < 1e-12);
        assert!((e.overall.recall - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn other_doc_and_missing_predicted_date_do_not_match() {
        let e = evaluate(
            &[key("a", "JPN", Some("2008"))],
            &[key("b", "JPN", Some("2008")), key("a", "JPN", None)],
        );
        assert_eq!(e.overall.tp, 0);
    }

    #[test]
    fn matching_is_optimal_not_greedy() {
        // Prediction 1 ("2008") could take either gold; greedy in the wrong order would leave one unmatched.
        let gold = [
            key("a", "JPN", Some("2008-03")),
            key("a", "JPN", Some("2008-05")),
        ];
        let pred = [
            key("a", "JPN", Some("2008")),
            key("a", "JPN", Some("2008-03")),
        ];
        assert_eq!(evaluate(&gold, &pred).overall.tp, 2);
    }

    #[test]
    fn date_rule() {
        assert!(dates_compatible(None, Some("2001")));
        assert!(dates_compatible(Some("2008-02"), Some("2008")));
        assert!(!dates_compatible(Some("2008-02"), Some("2008-1")));
        assert!(!dates_compatible(Some("2008"), None));
    }
}
