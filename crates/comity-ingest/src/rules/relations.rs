//! Diplomatic relations claims: established, none, severed, close ties, representation.

use super::Ctx;
use crate::claim::ClaimKind;
use crate::extract::Proposal;
use crate::gate::ToLower;
use crate::mentions::{Mention, MentionKind};

/// The subject of a relations verb at `ts`: the state right before it ("Panama established"), or,
/// after "and" in a coordinated predicate ("... and severed its ties"), the subject of the first verb.
fn subject_of(c: &Ctx<'_>, ts: usize) -> Option<String> {
    if let Some(x) = c.before(ts, 20, |x| c.state(x)) {
        let gap = c.sl(x.range.end, ts).trim().to_lower();
        if gap.is_empty()
            || ["has", "have", "had", "also", "formally", "officially"].contains(&gap.as_str())
        {
            return Some(x.actor.clone());
        }
    }
    let head = c.sl(c.s.range.start, ts).trim_end().to_lower();
    if head.ends_with(" and") {
        let first = c.s.mentions.iter().find(|x| c.state(x))?;
        let gap = c
            .sl(first.range.end, first.range.end + 14)
            .trim_start()
            .to_lower();
        if gap.starts_with("established") || gap.starts_with("severed") || gap.starts_with("broke")
        {
            return Some(first.actor.clone());
        }
    }
    None
}

/// The two parties of a bilateral sentence: "A and B", "between A and B", else the antecedent pair.
fn pair(c: &Ctx<'_>, trigger: usize) -> Option<(String, String, f64)> {
    let ms: Vec<&Mention> =
        c.s.mentions
            .iter()
            .filter(|m| {
                matches!(m.kind, MentionKind::Name | MentionKind::Demonym) && c.g.is_state(&m.actor)
            })
            .collect();
    for w in ms.windows(2) {
        let gap = c.text[w[0].range.end..w[1].range.start].trim();
        if (gap == "and" || gap == "&" || gap == "–" || gap == "-") && w[0].actor != w[1].actor {
            return Some((w[0].actor.clone(), w[1].actor.clone(), 0.8));
        }
    }
    let states: Vec<&Mention> = ms
        .iter()
        .copied()
        .filter(|m| m.kind == MentionKind::Name)
        .collect();
    let mut distinct: Vec<String> = Vec::new();
    for m in &states {
        if !distinct.contains(&m.actor) {
            distinct.push(m.actor.clone());
        }
    }
    if c.rx.two.is_match(c.s.text) || distinct.is_empty() {
        if let Some(p) = c.prev {
            let mut d: Vec<String> = Vec::new();
            for m in p
                .mentions
                .iter()
                .filter(|m| m.kind == MentionKind::Name && c.g.is_state(&m.actor))
            {
                if !d.contains(&m.actor) {
                    d.push(m.actor.clone());
                }
            }
            if d.len() == 2 && (distinct.is_empty() || distinct.iter().all(|x| d.contains(x))) {
                return Some((d[0].clone(), d[1].clone(), 0.6));
            }
        }
        if let Some((a, b)) = c.focus {
            if distinct.is_empty() || distinct.iter().any(|x| x == a || x == b) {
                return Some((a.clone(), b.clone(), 0.5));
            }
        }
    }
    if let Some((a, b)) = c.focus {
        if distinct.is_empty() || distinct.iter().all(|x| x == a || x == b) {
            return Some((a.clone(), b.clone(), 0.6));
        }
    }
    let _ = trigger;
    (distinct.len() == 2).then(|| (distinct[0].clone(), distinct[1].clone(), 0.7))
}

/// "A and B (have) established": two states coordinated right before the verb at `ts`.
fn coordinated_before(c: &Ctx<'_>, ts: usize) -> bool {
    // "relations between A and B were established": the pair the relations noun names.
    let all: Vec<&Mention> =
        c.s.mentions
            .iter()
            .filter(|m| c.g.is_state(&m.actor))
            .collect();
    let between = all.windows(2).any(|w| {
        c.sl(w[0].range.end, w[1].range.start).trim() == "and"
            && c.sl(c.s.range.start, w[0].range.start)
                .to_lower()
                .trim_end()
                .ends_with("between")
    });
    if between {
        return true;
    }
    let ms: Vec<&Mention> = all.into_iter().filter(|m| m.range.end <= ts).collect();
    ms.windows(2).any(|w| {
        let gap = c.sl(w[0].range.end, w[1].range.start).trim();
        let mut rest = c.sl(w[1].range.end, ts);
        // A relative clause after the pair ("Honduras and Taiwan, which Beijing considers …,
        // have severed") is passed over.
        if rest.starts_with(", which ") || rest.starts_with(", who ") {
            if let Some(end) = rest[1..].find(',') {
                rest = &rest[end + 2..];
            }
        }
        (gap == "and" || gap == "&" || gap == "and the")
            && rest.len() <= 30
            && !rest.contains([',', ';', '.'])
            && rest.split_whitespace().all(|x| {
                [
                    "have",
                    "has",
                    "had",
                    "also",
                    "formally",
                    "officially",
                    "will",
                    "would",
                    "agreed",
                    "to",
                    "on",
                    "jointly",
                    "mutually",
                    "today",
                    "finally",
                    "both",
                ]
                .contains(&x.to_lower().as_str())
                    || x.ends_with("day")
            })
    })
}

pub(super) fn relations(c: &Ctx<'_>, out: &mut Vec<Proposal>) {
    let (s, rx) = (c.s, c.rx);
    let rel = ClaimKind::Relations;
    for m in rx.rel_none.find_iter(s.text) {
        let ts = c.abs(m.start());
        // "relations ... are non-existent as A does not recognize B" -> (B, A).
        let as_clause = rx
            .rec_neg
            .find_at(s.text, m.end())
            .filter(|n| s.text[m.end()..n.start()].contains(" as "));
        if let Some(n) = as_clause {
            let a = c.before(c.abs(n.start()), 20, |x| c.state(x));
            let b = c.after(c.abs(n.end()), 20, |x| c.state(x));
            if let (Some(a), Some(b)) = (a, b) {
                out.push(Proposal::new(
                    rel,
                    &b.actor,
                    &a.actor,
                    Some("none"),
                    ts,
                    "relations-none-as-not-recognised",
                ));
                continue;
            }
        }
        if let Some((a, b, conf)) = pair(c, ts) {
            let mut p = Proposal::new(rel, &a, &b, Some("none"), ts, "relations-none");
            p.confidence = conf;
            out.push(p);
        }
    }
    for (re, pol, rule) in [
        (&rx.rel_est, "established", "relations-established"),
        (&rx.rel_sev, "severed", "relations-severed"),
    ] {
        for m in re.find_iter(s.text) {
            let ts = c.abs(m.start());
            let head = s.text[..m.start()].to_lower();
            // "hopes to establish", "urged X to “immediately” establish": no act stated.
            let bare = head
                .trim_end()
                .trim_end_matches(['"', '“', '”', '\''])
                .trim_end();
            let bare = match bare.rsplit_once(' ') {
                Some((h, w)) if w.ends_with("ly") => {
                    h.trim_end_matches(['"', '“', '”', '\'']).trim_end()
                }
                _ => bare,
            };
            if head.contains(" not ") || bare.ends_with(" to") || bare == "to" {
                continue; // "have not established", "hopes to establish"
            }
            // "A established relations with B": the parties are the subject and the "with" object.
            let te = c.abs(m.end());
            let with = c
                .sl(te, s.range.end)
                .strip_prefix(" with ")
                .and_then(|_| c.after(te + 6, 4, |x| c.state(x)));
            let subject = subject_of(c, ts);
            if let (Some(a), Some(b)) = (subject, with) {
                if a != b.actor {
                    out.push(Proposal::new(rel, &a, &b.actor, Some(pol), ts, rule));
                    continue;
                }
            }
            if let Some((a, b, conf)) = pair(c, ts) {
                // A pair coordinated elsewhere in the sentence is no subject of this verb
                // ("China and Kiribati established relations, days after the island nation
                // severed ties with Taiwan"): only a pair right before the verb is.
                if conf >= 0.8 && !coordinated_before(c, ts) {
                    continue;
                }
                let mut p = Proposal::new(rel, &a, &b, Some(pol), ts, rule);
                p.confidence = conf;
                out.push(p);
            }
        }
    }
    for m in rx.ties.find_iter(s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        if rx.negation.is_match(c.sl(s.range.start, ts)) {
            continue;
        }
        let a = c.before(ts, 30, |x| c.state(x));
        let b = c.after(te, 6, |x| c.state(x));
        if let (Some(a), Some(b)) = (a, b) {
            if a.actor != b.actor {
                let mut p = Proposal::new(
                    rel,
                    &a.actor,
                    &b.actor,
                    Some("established"),
                    ts,
                    "relations-close-ties",
                );
                p.confidence = 0.6;
                out.push(p);
            }
        }
    }
    for m in rx.represented.find_iter(s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let a = c.before(ts, 3, |x| c.state(x));
        let b = c.after(te, 20, |x| c.state(x));
        if let (Some(a), Some(b)) = (a, b) {
            if a.actor != b.actor {
                let mut p = Proposal::new(
                    rel,
                    &a.actor,
                    &b.actor,
                    Some("established"),
                    ts,
                    "relations-represented",
                );
                p.confidence = 0.6;
                p.no_date = true;
                out.push(p);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    //! Relations phrasings in sentences written for these tests (not from the seed documents).
    //! Expected claims per eval/SCHEMA.md: the two states, established / none / severed, the date.
    use crate::rules::fixture::of_kind;

    fn rel(text: &str) -> Vec<(String, String, String, Option<String>)> {
        let mut v: Vec<_> = of_kind(text, "relations")
            .into_iter()
            .map(|(s, o, p, d)| {
                let (a, b) = if s < o { (s, o) } else { (o, s) };
                (a, b, p.unwrap_or_default(), d)
            })
            .collect();
        v.sort();
        v
    }

    fn one(
        a: &str,
        b: &str,
        p: &str,
        d: Option<&str>,
    ) -> Vec<(String, String, String, Option<String>)> {
        vec![(
            a.to_string(),
            b.to_string(),
            p.to_string(),
            d.map(str::to_string),
        )]
    }

    #[test]
    fn established() {
        assert_eq!(
            rel("Kosovo and Japan established diplomatic relations on 25 February 2009."),
            one("JPN", "XKX", "established", Some("2009-02-25"))
        );
        assert_eq!(
            rel("Diplomatic relations between Kosovo and Albania were established in 2008."),
            one("ALB", "XKX", "established", Some("2008"))
        );
        assert_eq!(
            rel("Kosovo and Turkey established diplomatic ties in March 2008."),
            one("TUR", "XKX", "established", Some("2008-03"))
        );
        assert_eq!(
            rel("Relations between Germany and Kosovo were formally established on 27 June 2008."),
            one("DEU", "XKX", "established", Some("2008-06-27"))
        );
    }

    #[test]
    fn severed_and_none() {
        assert_eq!(
            rel("Georgia broke off diplomatic relations with Russia in August 2008."),
            one("GEO", "RUS", "severed", Some("2008-08"))
        );
        assert_eq!(
            rel("Russia has no diplomatic relations with Kosovo."),
            one("RUS", "XKX", "none", None)
        );
        assert_eq!(
            rel("Ukraine severed diplomatic ties with Russia on 24 February 2022."),
            one("RUS", "UKR", "severed", Some("2022-02-24"))
        );
    }

    #[test]
    fn directed_with_clauses_among_three_states() {
        // Written for this test: "A established relations with B and severed its ties with C".
        let got = rel("Japan established diplomatic relations with China on 29 September 1972 and severed its ties with Taiwan.");
        assert!(
            got.contains(&(
                "CHN".into(),
                "JPN".into(),
                "established".into(),
                Some("1972-09-29".into())
            )),
            "{got:?}"
        );
        assert!(
            got.contains(&(
                "JPN".into(),
                "TWN".into(),
                "severed".into(),
                Some("1972-09-29".into())
            )),
            "{got:?}"
        );
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(
            rel("Ukraine cut ties with Russia in February 2022."),
            one("RUS", "UKR", "severed", Some("2022-02"))
        );
    }

    #[test]
    fn not_relations() {
        assert!(rel("Kosovo hopes to establish diplomatic relations with Spain.").is_empty());
        assert!(rel("Serbia and Kosovo have not established diplomatic relations.").is_empty());
    }
}
