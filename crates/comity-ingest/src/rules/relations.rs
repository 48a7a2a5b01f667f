//! Diplomatic relations claims: established, none, severed, close ties, representation.

use super::Ctx;
use crate::claim::ClaimKind;
use crate::extract::Proposal;
use crate::mentions::{Mention, MentionKind};

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
            if s.text[..m.start()].to_lowercase().contains(" not ") {
                continue;
            }
            if let Some((a, b, conf)) = pair(c, ts) {
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
