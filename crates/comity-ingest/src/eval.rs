//! Scoring predicted claims against gold claims (the rule of `eval/SCHEMA.md`).
//!
//! A prediction matches a gold claim of the same `doc` when `kind`, the two parties and `polarity`
//! are equal and the dates are compatible (equal, one a prefix of the other, or the gold date null).
//! The parties are `subject` and `object`, except that a statement's speaker side is its
//! `speaker_actor` (the `subject` as written when there is none) and that `relations`, `agreement` and
//! `contact` are unordered pairs. Each gold claim matches at most one prediction; the matching is a
//! maximum bipartite matching, so the order of lines does not change the score.
//!
//! [`bootstrap`] gives percentile confidence intervals by resampling documents with replacement.

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
    /// For statements: the state or body the speaker speaks for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_actor: Option<String>,
}

impl ClaimKey {
    /// The two parties the matching rule compares, in a canonical order for unordered kinds.
    pub fn parties(&self) -> (&str, Option<&str>) {
        let a = if self.kind == "statement" {
            self.speaker_actor.as_deref().unwrap_or(&self.subject)
        } else {
            &self.subject
        };
        let b = self.object.as_deref();
        let unordered = matches!(self.kind.as_str(), "relations" | "agreement" | "contact");
        match b {
            Some(b) if unordered && b < a => (b, Some(a)),
            _ => (a, b),
        }
    }
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

/// `true` when prediction `p` matches gold claim `g` under the rule above.
pub(crate) fn matches(g: &ClaimKey, p: &ClaimKey) -> bool {
    g.doc == p.doc
        && g.kind == p.kind
        && g.parties() == p.parties()
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
            let err = |reason: String| IngestError::Json {
                file: file.to_string(),
                line: i + 1,
                reason,
            };
            let k: ClaimKey = serde_json::from_str(l).map_err(|e| err(e.to_string()))?;
            // SCHEMA.md: a date is YYYY-MM-DD, YYYY-MM, YYYY or null, and a real one (review 10:
            // "2008-99-99" was read, and matched as a true positive).
            if let Some(d) = k.date.as_deref() {
                if crate::dates::PartialDate::parse_iso(d).is_none() {
                    return Err(err(format!(
                        "date {d:?}: expected YYYY-MM-DD, YYYY-MM, YYYY or null (a real date; \
                         SCHEMA.md)"
                    )));
                }
            }
            Ok(k)
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
///     date: date.map(str::to_string), speaker_actor: None };
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

/// A 95 % percentile interval for precision, recall and F1.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Interval {
    /// Precision (2.5 %, 97.5 %).
    pub precision: (f64, f64),
    /// Recall (2.5 %, 97.5 %).
    pub recall: (f64, f64),
    /// F1 (2.5 %, 97.5 %).
    pub f1: (f64, f64),
}

/// Bootstrap over documents: `rounds` resamples of the gold documents (with replacement), each
/// scored by summing the per-document counts of [`evaluate`]; the 2.5th and 97.5th percentiles per
/// kind (key `"overall"` for all kinds). Deterministic for a given `seed`. Predictions on documents
/// without gold are ignored, as the command does.
///
/// # Example
/// ```
/// use comity_ingest::{bootstrap, ClaimKey};
/// let k = |doc: &str| ClaimKey { doc: doc.into(), kind: "recognition".into(),
///     subject: "JPN".into(), object: Some("XKX".into()), polarity: Some("positive".into()),
///     date: None, speaker_actor: None };
/// // Every document scored perfectly: every resample is perfect.
/// let ci = bootstrap(&[k("a"), k("b")], &[k("a"), k("b")], 200, 1);
/// assert_eq!(ci["overall"].precision, (1.0, 1.0));
/// ```
pub fn bootstrap(
    gold: &[ClaimKey],
    predicted: &[ClaimKey],
    rounds: usize,
    seed: u64,
) -> BTreeMap<String, Interval> {
    let docs: Vec<&str> = {
        let mut d: Vec<&str> = gold.iter().map(|g| g.doc.as_str()).collect();
        d.sort_unstable();
        d.dedup();
        d
    };
    // Per document, per kind: (tp, fp, fn).
    let mut per_doc: Vec<BTreeMap<String, (usize, usize, usize)>> = Vec::new();
    for d in &docs {
        let g: Vec<ClaimKey> = gold.iter().filter(|c| c.doc == *d).cloned().collect();
        let p: Vec<ClaimKey> = predicted.iter().filter(|c| c.doc == *d).cloned().collect();
        let e = evaluate(&g, &p);
        let mut m: BTreeMap<String, (usize, usize, usize)> = e
            .per_kind
            .iter()
            .map(|(k, s)| (k.clone(), (s.tp, s.fp, s.fn_)))
            .collect();
        m.insert(
            "overall".into(),
            (e.overall.tp, e.overall.fp, e.overall.fn_),
        );
        per_doc.push(m);
    }
    let kinds: std::collections::BTreeSet<String> =
        per_doc.iter().flat_map(|m| m.keys().cloned()).collect();
    let mut samples: BTreeMap<String, [Vec<f64>; 3]> = kinds
        .iter()
        .map(|k| (k.clone(), [Vec::new(), Vec::new(), Vec::new()]))
        .collect();
    let mut state = seed;
    let mut next = || {
        // splitmix64
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    if !per_doc.is_empty() {
        for _ in 0..rounds {
            let mut sum: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
            for _ in 0..per_doc.len() {
                let i = (next() % per_doc.len() as u64) as usize;
                for (k, c) in &per_doc[i] {
                    let s = sum.entry(k.as_str()).or_default();
                    s.0 += c.0;
                    s.1 += c.1;
                    s.2 += c.2;
                }
            }
            for k in &kinds {
                let (tp, fp, fn_) = sum.get(k.as_str()).copied().unwrap_or_default();
                if tp + fp + fn_ == 0 {
                    continue; // the kind is absent from this resample: no score
                }
                let s = Score::from_counts(tp, fp, fn_);
                if let Some(v) = samples.get_mut(k) {
                    if tp + fp > 0 {
                        v[0].push(s.precision);
                    }
                    if tp + fn_ > 0 {
                        v[1].push(s.recall);
                    }
                    v[2].push(s.f1);
                }
            }
        }
    }
    let pct = |v: &mut Vec<f64>| -> (f64, f64) {
        if v.is_empty() {
            return (0.0, 0.0);
        }
        v.sort_by(f64::total_cmp);
        let at = |q: f64| v[((v.len() - 1) as f64 * q).round() as usize];
        (at(0.025), at(0.975))
    };
    samples
        .into_iter()
        .map(|(k, mut v)| {
            let iv = Interval {
                precision: pct(&mut v[0]),
                recall: pct(&mut v[1]),
                f1: pct(&mut v[2]),
            };
            (k, iv)
        })
        .collect()
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
            speaker_actor: None,
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

    fn with(kind: &str, s: &str, o: &str, speaker: Option<&str>) -> ClaimKey {
        ClaimKey {
            doc: "a".into(),
            kind: kind.into(),
            subject: s.into(),
            object: Some(o.into()),
            polarity: None,
            date: None,
            speaker_actor: speaker.map(str::to_string),
        }
    }

    #[test]
    fn schema_rule_unordered_pairs_and_speaker_actor() {
        // SCHEMA.md: relations/agreement/contact are unordered pairs; statements match on speaker_actor.
        for kind in ["relations", "agreement", "contact"] {
            let e = evaluate(
                &[with(kind, "SRB", "RUS", None)],
                &[with(kind, "RUS", "SRB", None)],
            );
            assert_eq!(e.overall.tp, 1, "{kind}");
        }
        let e = evaluate(
            &[with("recognition", "SRB", "RUS", None)],
            &[with("recognition", "RUS", "SRB", None)],
        );
        assert_eq!(e.overall.tp, 0, "recognition is directed");
        let e = evaluate(
            &[with("statement", "Aleksandar Vucic", "XKX", Some("SRB"))],
            &[with("statement", "Vucic", "XKX", Some("SRB"))],
        );
        assert_eq!(
            e.overall.tp, 1,
            "speaker as written differs, speaker_actor equal"
        );
        let e = evaluate(
            &[with("statement", "Vucic", "XKX", Some("SRB"))],
            &[with("statement", "Vucic", "XKX", Some("RUS"))],
        );
        assert_eq!(e.overall.tp, 0);
        // No speaker_actor on either side: the subject as written.
        let e = evaluate(
            &[with("statement", "NGO X", "XKX", None)],
            &[with("statement", "NGO X", "XKX", None)],
        );
        assert_eq!(e.overall.tp, 1);
    }

    #[test]
    fn bootstrap_interval_contains_the_point_estimate_and_varies() {
        // Two documents, one perfect and one entirely missed: resamples range from recall 0 to 1.
        let mut g = vec![key("a", "JPN", None), key("b", "USA", None)];
        g[1].doc = "b".into();
        let p = vec![key("a", "JPN", None)];
        let ci = bootstrap(&g, &p, 500, 7);
        let r = ci["overall"].recall;
        assert!(r.0 <= 0.5 && 0.5 <= r.1, "{r:?}");
        assert_eq!(r, (0.0, 1.0));
        assert_eq!(bootstrap(&g, &p, 500, 7), ci, "deterministic for a seed");
    }

    #[test]
    fn date_rule() {
        assert!(dates_compatible(None, Some("2001")));
        assert!(dates_compatible(Some("2008-02"), Some("2008")));
        assert!(!dates_compatible(Some("2008-02"), Some("2008-1")));
        assert!(!dates_compatible(Some("2008"), None));
    }
}
