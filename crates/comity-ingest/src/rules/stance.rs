//! Statements of stance: support or opposition expressed by a state or its speaker.

use super::Ctx;
use crate::claim::ClaimKind;
use crate::extract::Proposal;
use crate::mentions::{Mention, MentionKind};

pub(super) fn statement(c: &Ctx<'_>, out: &mut Vec<Proposal>) {
    let (s, rx) = (c.s, c.rx);
    let st = ClaimKind::Statement;
    let push = |out: &mut Vec<Proposal>,
                sp: &Mention,
                obj: &str,
                pol: &'static str,
                ts: usize,
                rule: &'static str,
                conf: f64| {
        if sp.actor == obj {
            return;
        }
        let mut p = Proposal::new(st, &c.speaker_text(sp), obj, Some(pol), ts, rule);
        p.speaker_actor = Some(sp.actor.clone());
        p.confidence = conf;
        out.push(p);
    };
    let speaker_ok = |x: &Mention| c.state(x) || x.kind == MentionKind::Person;
    for cap in rx.poss_stance.captures_iter(s.text) {
        let (Some(m), Some(w)) = (cap.get(0), cap.get(1)) else {
            continue;
        };
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let sp = if m.as_str().to_lowercase().starts_with("its") {
            s.mentions.iter().find(|x| c.state(x) && x.range.end <= ts)
        } else {
            s.mentions
                .iter()
                .find(|x| x.range.end == ts && speaker_ok(x))
        };
        let Some(sp) = sp else { continue };
        let Some(obj) = c.after(te, 2, |x| c.state(x)) else {
            continue;
        };
        let pol = if w.as_str().eq_ignore_ascii_case("opposition") {
            "oppose"
        } else {
            "support"
        };
        // A stance noun states a standing position, not a dated act: no date.
        let before = out.len();
        push(out, sp, &obj.actor, pol, ts, "statement-stance-noun", 0.7);
        for p in &mut out[before..] {
            p.no_date = true;
        }
    }
    for cap in rx.verb_stance.captures_iter(s.text) {
        let (Some(m), Some(v)) = (cap.get(0), cap.get(1)) else {
            continue;
        };
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        if c.sl(ts.saturating_sub(1), ts) == "-" {
            continue; // "US-backed government": an adjective, not a statement
        }
        let verb = v.as_str().to_lowercase();
        let pol = if [
            "supported",
            "supports",
            "backs",
            "backed",
            "welcomed",
            "welcomes",
        ]
        .contains(&verb.as_str())
        {
            "support"
        } else {
            "oppose"
        };
        let sp = c.before(ts, 60, speaker_ok).filter(|sp| {
            let gap = c.sl(sp.range.end, ts);
            !s.mentions
                .iter()
                .any(|x| x.range.start >= sp.range.end && x.range.end <= ts && c.state(x))
                && !gap.contains(" by ")
                && !c
                    .sl(s.range.start, sp.range.start)
                    .to_lowercase()
                    .ends_with(" of ")
                && ((!gap.trim_start().starts_with("'s") && !gap.trim_start().starts_with("’s"))
                    || c.speaker_text(sp) != c.sl(sp.range.start, sp.range.end))
        });
        let Some(sp) = sp else { continue };
        let tail = c.sl(te, s.range.end);
        let obj = if rx.two.find(tail).is_some_and(|t| t.start() < 40) {
            c.focus
                .and_then(|(a, b)| {
                    if *a == sp.actor {
                        Some(b.clone())
                    } else if *b == sp.actor {
                        Some(a.clone())
                    } else {
                        None
                    }
                })
                .or_else(|| {
                    c.prev
                        .and_then(|p| {
                            p.mentions
                                .iter()
                                .rev()
                                .find(|x| c.state(x) && x.actor != sp.actor)
                        })
                        .map(|x| x.actor.clone())
                })
        } else {
            c.after(te, 50, |x| {
                c.state(x) && x.actor != sp.actor && !c.sl(te, x.range.start).contains(',')
            })
            .map(|x| x.actor.clone())
            .or_else(|| {
                tail.trim_matches(|ch: char| !ch.is_alphanumeric())
                    .is_empty()
                    .then(|| {
                        s.mentions
                            .iter()
                            .find(|x| c.state(x) && x.actor != sp.actor)
                            .map(|x| x.actor.clone())
                    })
                    .flatten()
            })
        };
        if let Some(obj) = obj {
            push(out, sp, &obj, pol, ts, "statement-stance-verb", 0.7);
        }
    }
    for (re, rule) in [
        (&rx.aligns, "statement-aligns"),
        (&rx.opponents, "statement-opponents"),
    ] {
        for m in re.find_iter(s.text) {
            let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
            let sp = s.mentions.iter().find(|x| c.state(x) && x.range.end <= ts);
            let Some(sp) = sp else { continue };
            let Some(obj) = c.after(te, 8, |x| {
                c.g.is_state(&x.actor) && x.kind != MentionKind::Person
            }) else {
                continue;
            };
            let pol = if rule == "statement-aligns" {
                "support"
            } else {
                "oppose"
            };
            push(out, sp, &obj.actor.clone(), pol, ts, rule, 0.6);
        }
    }
    for m in rx.pro.find_iter(s.text) {
        let te = c.abs(m.end());
        let Some(obj) = c.after(te, 0, |x| x.kind == MentionKind::Demonym || c.state(x)) else {
            continue;
        };
        let Some(sp) = c.before(c.abs(m.start()), 60, |x| c.state(x)) else {
            continue;
        };
        push(
            out,
            sp,
            &obj.actor.clone(),
            "support",
            c.abs(m.start()),
            "statement-pro",
            0.6,
        );
    }
}

/// "X has expressed concerns about Y": X's stance against Y.
pub(super) fn concern(c: &Ctx<'_>, out: &mut Vec<Proposal>) {
    for m in c.rx.concern.find_iter(c.s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let Some(sp) = c.before(ts, 20, |x| c.state(x)) else {
            continue;
        };
        let obj = c.s.mentions.iter().find(|x| {
            x.range.start >= te
                && x.actor != sp.actor
                && x.kind == MentionKind::Name
                && !c.sl(te, x.range.start).contains(['.', ';'])
        });
        if let Some(obj) = obj {
            let mut p = Proposal::new(
                ClaimKind::Statement,
                &c.speaker_text(sp),
                &obj.actor,
                Some("oppose"),
                ts,
                "statement-concern",
            );
            p.speaker_actor = Some(sp.actor.clone());
            p.confidence = 0.6;
            out.push(p);
        }
    }
}
