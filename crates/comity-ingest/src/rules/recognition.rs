//! Recognition claims: active, passive, negative, planned, withdrawn, colon lists.

use super::{former_province, object_glue, possessive_noun, Ctx};
use crate::claim::ClaimKind;
use crate::extract::{Proposal, Sentence};
use crate::mentions::MentionKind;

pub(super) fn recognition(c: &Ctx<'_>, out: &mut Vec<Proposal>) {
    let (s, rx) = (c.s, c.rx);
    let rec = ClaimKind::Recognition;
    for m in rx.rec_neg.find_iter(s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let subjects = c.list_before(ts, 45);
        let object = c
            .after(te, 25, |x| {
                c.state(x) && object_glue(c.sl(te, x.range.start)) && !possessive_noun(c, x)
            })
            .map(|x| x.actor.clone())
            .or_else(|| former_province(c, te))
            .or_else(|| {
                let ex: Vec<&str> = subjects.iter().map(|m| m.actor.as_str()).collect();
                c.sl(te, c.s.range.end)
                    .trim_start()
                    .starts_with("it")
                    .then(|| c.antecedent_it(ts, &ex))
                    .flatten()
            });
        if let Some(obj) = object {
            for sub in &subjects {
                out.push(Proposal::new(
                    rec,
                    &sub.actor,
                    &obj,
                    Some("negative"),
                    ts,
                    "recognition-negative",
                ));
            }
        }
    }
    for cap in rx.consider_neg.captures_iter(s.text) {
        let (Some(m), Some(o)) = (cap.get(0), cap.get(1)) else {
            continue;
        };
        let ts = c.abs(m.start());
        let Some(sub) = c.before(ts, 30, |x| c.state(x)) else {
            continue;
        };
        let obj = if o.as_str() == "it" {
            c.antecedent_it(ts, &[sub.actor.as_str()])
        } else {
            c.after(c.abs(o.start()), 0, |x| c.state(x))
                .map(|x| x.actor.clone())
        };
        if let Some(obj) = obj {
            let mut p = Proposal::new(
                rec,
                &sub.actor,
                &obj,
                Some("negative"),
                ts,
                "recognition-not-considered-state",
            );
            p.confidence = 0.6;
            out.push(p);
        }
    }
    for m in rx.lack_rec.find_iter(s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let obj = c
            .before(ts, 6, |x| c.state(x))
            .map(|x| x.actor.clone())
            .or_else(|| c.antecedent_it(ts, &[]));
        if let Some(obj) = obj {
            for sub in c.list_after(te, 10) {
                out.push(Proposal::new(
                    rec,
                    &sub.actor,
                    &obj,
                    Some("negative"),
                    ts,
                    "recognition-lack-of",
                ));
            }
        }
    }
    for cap in rx.prevent_rec.captures_iter(s.text) {
        let (Some(m), Some(who)) = (cap.get(0), cap.get(1)) else {
            continue;
        };
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let Some(obj) = c.after(te, 25, |x| c.state(x)).map(|x| x.actor.clone()) else {
            continue;
        };
        let sub = if who.as_str().starts_with(char::is_uppercase) && who.as_str() != "It" {
            c.after(c.abs(who.start()), 0, |x| c.state(x))
                .map(|x| x.actor.clone())
        } else {
            c.s.mentions
                .iter()
                .rev()
                .find(|x| x.range.end <= ts && c.state(x) && x.actor != obj)
                .map(|x| x.actor.clone())
        };
        if let Some(sub) = sub {
            let mut p = Proposal::new(
                rec,
                &sub,
                &obj,
                Some("negative"),
                ts,
                "recognition-prevented",
            );
            p.confidence = 0.6;
            out.push(p);
        }
    }
    for m in rx.rec_verb.find_iter(s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let head = &s.text[..m.start()];
        let lower_head = head.to_lowercase();
        if lower_head.trim_end().ends_with(" to")
            || lower_head.ends_with("be ")
            || lower_head.ends_with("been ")
        {
            continue;
        }
        let Some(sub) = c.before(ts, 24, |x| c.state(x)) else {
            continue;
        };
        let gap = c.sl(sub.range.end, ts).to_lowercase();
        if gap.contains(',')
            || gap.contains("not")
            || gap.contains("n't")
            || gap.contains("never")
            || ["was", "were", "is", "are", "been"]
                .iter()
                .any(|w| gap.split_whitespace().any(|g| g == *w))
        {
            continue;
        }
        if gap.trim_start().starts_with("'s") || gap.trim_start().starts_with("’s") {
            continue;
        }
        let obj = c
            .after(te, 25, |x| {
                c.state(x)
                    && x.actor != sub.actor
                    && object_glue(c.sl(te, x.range.start))
                    && !possessive_noun(c, x)
            })
            .map(|x| x.actor.clone())
            .or_else(|| {
                c.sl(te, c.s.range.end)
                    .trim_start()
                    .starts_with("it")
                    .then(|| c.antecedent_it(ts, &[sub.actor.as_str()]))
                    .flatten()
            });
        if let Some(obj) = obj {
            out.push(Proposal::new(
                rec,
                &sub.actor,
                &obj,
                Some("positive"),
                ts,
                "recognition-active",
            ));
        }
    }
    for m in rx.passive_rec.find_iter(s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let obj = c.before(ts, 30, |x| c.state(x)).map(|x| x.actor.clone());
        let Some(obj) = obj else { continue };
        if c.sl(s.range.start, ts).to_lowercase().contains(" not ") {
            continue;
        }
        let mut subs = c.list_after(te, 12);
        if subs.is_empty() {
            // "recognized by over 100 countries, including the U.S., Britain and Turkey"
            subs = c.list_after(te, 60);
        }
        for sub in subs {
            out.push(Proposal::new(
                rec,
                &sub.actor,
                &obj,
                Some("positive"),
                ts,
                "recognition-passive",
            ));
        }
    }
    colon_lists(c, out);
    for m in rx.gain_rec.find_iter(s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let Some(obj) = c.before(ts, 12, |x| c.state(x)).map(|x| x.actor.clone()) else {
            continue;
        };
        for sub in c.list_after(te, 70) {
            out.push(Proposal::new(
                rec,
                &sub.actor,
                &obj,
                Some("positive"),
                ts,
                "recognition-gained",
            ));
        }
    }
    for m in rx.gerund_rec.find_iter(s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        if rx.negative_ctx.is_match(&s.text[..m.start()]) {
            continue;
        }
        let Some(obj) = c
            .after(te, 4, |x| x.kind == MentionKind::Name)
            .map(|x| x.actor.clone())
        else {
            continue;
        };
        let sub = s.mentions.iter().find(|x| {
            x.range.end <= ts && c.state(x) && x.actor != obj && x.kind == MentionKind::Name
        });
        if let Some(sub) = sub {
            let mut p = Proposal::new(
                rec,
                &sub.actor,
                &obj,
                Some("positive"),
                ts,
                "recognition-gerund",
            );
            p.confidence = 0.7;
            out.push(p);
        }
    }
    for (re, pol, rule) in [
        (&rx.planned_rec, "planned", "recognition-planned"),
        (&rx.withdrawn_rec, "withdrawn", "recognition-withdrawn"),
    ] {
        for m in re.find_iter(s.text) {
            let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
            let Some(sub) = c.before(ts, 20, |x| c.state(x)) else {
                continue;
            };
            let Some(obj) = c.after(te, 6, |x| c.state(x)) else {
                continue;
            };
            out.push(Proposal::new(
                rec,
                &sub.actor,
                &obj.actor,
                Some(pol),
                ts,
                rule,
            ));
        }
    }
}

/// The object of "have recognized X['s independence]:" ending just before `colon` (absolute).
fn colon_object(c: &Ctx<'_>, sent: &Sentence<'_>, colon: usize) -> Option<String> {
    let head = c.sl(sent.range.start, colon);
    let v = c.rx.rec_verb.find_iter(head).last()?;
    let lower = head[..v.start()].to_lowercase();
    if lower.contains(" not ") || lower.contains("n't ") || lower.ends_with("to ") {
        return None;
    }
    let te = sent.range.start + v.end();
    sent.mentions
        .iter()
        .find(|x| {
            x.range.start >= te
                && x.range.end <= colon
                && c.state(x)
                && object_glue(c.sl(te, x.range.start))
        })
        .filter(|x| {
            let tail = c.sl(x.range.end, colon).trim().to_lowercase();
            [
                "",
                "'s independence",
                "’s independence",
                "as a state",
                "as an independent state",
            ]
            .contains(&tail.as_str())
        })
        .map(|x| x.actor.clone())
}

/// "N have recognized X: A, B and C." (positive for the list) and the elliptical follow-up
/// "M, however, have not: D, E and F." (negative for X, from the previous sentence).
fn colon_lists(c: &Ctx<'_>, out: &mut Vec<Proposal>) {
    let s = c.s;
    let Some(colon) = s.text.find(": ") else {
        return;
    };
    let at = c.abs(colon);
    let head = c.sl(s.range.start, at).to_lowercase();
    let (obj, pol, rule) = if let Some(o) = colon_object(c, s, at) {
        (o, "positive", "recognition-colon-list")
    } else if head.ends_with("have not")
        || head.ends_with("has not")
        || head.ends_with("have not yet")
    {
        let Some(prev) = c.prev else { return };
        let Some(pc) = prev.text.find(": ") else {
            return;
        };
        let Some(o) = colon_object(c, prev, prev.range.start + pc) else {
            return;
        };
        (o, "negative", "recognition-colon-list-elliptical")
    } else {
        return;
    };
    for sub in c.list_after(at + 1, 6) {
        if sub.actor != obj {
            let mut p = Proposal::new(
                ClaimKind::Recognition,
                &sub.actor,
                &obj,
                Some(pol),
                at,
                rule,
            );
            p.confidence = 0.7;
            out.push(p);
        }
    }
}
