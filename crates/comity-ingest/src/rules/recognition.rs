//! Recognition claims: active, passive, negative, planned, withdrawn, colon lists.

use super::{former_province, object_glue, possessive_noun, Ctx};
use crate::claim::ClaimKind;
use crate::extract::{Proposal, Sentence};
use crate::gate::ToLower;
use crate::mentions::MentionKind;
use crate::rx::Rx as Regex;
use std::sync::OnceLock;

/// "recognised Morocco's sovereignty over Western Sahara", "the sovereignty of Morocco over …": the
/// state is recognised a claim to a territory (a stance for it, read by a statement frame), not
/// recognised (h/extract15).
fn sovereignty_over(c: &Ctx<'_>, x: &crate::mentions::Mention) -> bool {
    let after = c.sl(x.range.end, c.s.range.end);
    let after = after
        .strip_prefix("'s sovereignty")
        .or_else(|| after.strip_prefix("’s sovereignty"))
        .or_else(|| {
            c.sl(c.s.range.start, x.range.start)
                .to_lower()
                .ends_with("sovereignty of ")
                .then_some(after)
        });
    after.is_some_and(|r| r.starts_with(" over "))
}

pub(super) fn recognition(c: &Ctx<'_>, out: &mut Vec<Proposal>) {
    let (s, rx) = (c.s, c.rx);
    let rec = ClaimKind::Recognition;
    // Every pattern searched in `rec_text` matches only where the sentence has "recogni" (in
    // any case; test below): without it, they are not run (`consider_neg` and the colon lists
    // are).
    let rec_text = if crate::gate::contains_ascii_ci(s.text, "recogni") {
        s.text
    } else {
        ""
    };
    for m in rx.rec_neg.find_iter(rec_text) {
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
                    .then(|| c.recognised_it(ts, &ex))
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
    for m in rx.lack_rec.find_iter(rec_text) {
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
    for cap in rx.prevent_rec.captures_iter(rec_text) {
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
    for m in rx.rec_verb.find_iter(rec_text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let head = &s.text[..m.start()];
        let lower_head = head.to_lower();
        if lower_head.trim_end().ends_with(" to")
            || lower_head.ends_with("be ")
            || lower_head.ends_with("been ")
        {
            continue;
        }
        let Some(sub) = c.before(ts, 24, |x| c.state(x)) else {
            continue;
        };
        if c.requested(sub.range.start) {
            continue;
        }
        // "cut ties with Taiwan and recognise China": an actor after a preposition is its
        // object, not the subject of the verb coordinated after it.
        let before_sub = c.sl(c.s.range.start, sub.range.start).trim_end().to_lower();
        if [
            " with", " from", " to", " of", " by", " in", " for", " against",
        ]
        .iter()
        .any(|w| before_sub.ends_with(w))
            && {
                // "and", "and instead", "and then also"
                let g = c.sl(sub.range.end, ts).trim();
                g == "and" || (g.starts_with("and ") && g.split_whitespace().count() <= 3)
            }
        {
            continue;
        }
        let gap = c.sl(sub.range.end, ts).to_lower();
        // "de-recognised", "un-recognised": the hyphenated prefix undoes the verb.
        if gap.contains(',')
            || gap.trim_end().ends_with('-')
            || gap.contains("not")
            || gap.contains("n't")
            || gap.contains("never")
            // "will soon recognise", "would recognise": a plan, for the frames to read as one.
            || [
                "was", "were", "is", "are", "been", "could", "may", "might", "should", "will",
                "would", "shall",
            ]
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
                    && !sovereignty_over(c, x)
            })
            .map(|x| x.actor.clone())
            .or_else(|| {
                c.sl(te, c.s.range.end)
                    .trim_start()
                    .starts_with("it")
                    .then(|| c.recognised_it(ts, &[sub.actor.as_str()]))
                    .flatten()
            })
            .or_else(|| new_state(c, te));
        if let Some(obj) = obj {
            // "the United States, France and Germany recognised X": every listed state.
            let list = c.list_before(ts, 24);
            let subs: Vec<&str> = if list.last().is_some_and(|l| l.range == sub.range) {
                list.iter().map(|m| m.actor.as_str()).collect()
            } else {
                vec![sub.actor.as_str()]
            };
            for sub in subs {
                out.push(Proposal::new(
                    rec,
                    sub,
                    &obj,
                    Some("positive"),
                    ts,
                    "recognition-active",
                ));
            }
        }
    }
    for m in rx.passive_rec.find_iter(rec_text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let Some(near) = c.before(ts, 30, |x| c.state(x)) else {
            continue;
        };
        // "Kosovo declared independence from Serbia in 2008 and has been recognised by …": a
        // state after a preposition is that clause's object; the recognised one is the subject
        // that opens the sentence.
        let after_prep = {
            let b = c.sl(s.range.start, near.range.start).trim_end().to_lower();
            [" from", " of", " with", " to", " by", " against", " over"]
                .iter()
                .any(|w| b.ends_with(w))
        };
        let obj = if after_prep {
            let Some(first) = s
                .mentions
                .iter()
                .find(|x| c.state(x) && c.sl(s.range.start, x.range.start).trim().len() <= 4)
            else {
                continue;
            };
            if first.range == near.range || !c.sl(near.range.end, ts).contains(" and ") {
                continue;
            }
            first.actor.clone()
        } else {
            near.actor.clone()
        };
        // "Abkhazia and South Ossetia's independence was recognised by": the possessive closes a
        // list, every listed state is recognised (h/extract11).
        let mut objs = vec![obj];
        let poss = c.sl(near.range.end, ts);
        if !after_prep && (poss.starts_with("'s ") || poss.starts_with("’s ")) {
            let list = c.list_before(near.range.end, 1);
            // Not a list that opens after a preposition ("from Serbia and South Ossetia's").
            let opens_after_prep = list.first().is_some_and(|f| {
                let b = c.sl(s.range.start, f.range.start).trim_end().to_lower();
                [" from", " of", " with", " to", " by", " against", " over"]
                    .iter()
                    .any(|w| b.ends_with(w))
            });
            if list.len() > 1
                && !opens_after_prep
                && list.last().is_some_and(|l| l.range == near.range)
            {
                objs = list.iter().map(|m| m.actor.clone()).collect();
            }
        }
        // "was not recognised by": the negation may stand inside the match, before the verb.
        let head = format!(" {} ", c.sl(s.range.start, te).to_lower());
        if [" not ", " never ", "n't ", "n’t "]
            .iter()
            .any(|w| head.contains(w))
        {
            continue;
        }
        let mut subs = c.list_after(te, 12);
        if subs.is_empty() {
            // "recognized by over 100 countries, including the U.S., Britain and Turkey"
            subs = c.list_after(te, 60);
        }
        for sub in subs {
            for obj in &objs {
                out.push(Proposal::new(
                    rec,
                    &sub.actor,
                    obj,
                    Some("positive"),
                    ts,
                    "recognition-passive",
                ));
            }
        }
    }
    colon_lists(c, out);
    for m in rx.gain_rec.find_iter(rec_text) {
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
    for m in rx.gerund_rec.find_iter(rec_text) {
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
        // "Georgia severed relations with Syria for recognizing X": the one punished or praised
        // for recognising is the actor just before "for", not the sentence's subject.
        // But "used X as a justification for recognizing Z": "for" completes a noun of reasons,
        // and the one who recognises is the sentence's subject ("Russia used Kosovo's declaration
        // as a justification for recognizing … Crimea" is Russia's act, not Kosovo's).
        let reason_noun = {
            let head = s.text[..m.start()].trim_end().to_lower();
            [
                "justification",
                "justify",
                "pretext",
                "precedent",
                "basis",
                "reason",
                "grounds",
                "argument",
                "excuse",
                "rationale",
                "model",
            ]
            .iter()
            .any(|w| head.ends_with(w))
        };
        let for_gerund = m.as_str().to_lower().starts_with("for") && !reason_noun;
        let eligible = |x: &&crate::mentions::Mention| {
            x.range.end <= ts && c.state(x) && x.actor != obj && x.kind == MentionKind::Name
        };
        let sub = if for_gerund {
            s.mentions.iter().rev().find(eligible)
        } else {
            s.mentions.iter().find(eligible)
        };
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
        for m in re.find_iter(rec_text) {
            let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
            let Some(sub) = c.before(ts, 20, |x| c.state(x)) else {
                continue;
            };
            // "Serbia wants Kenya to withdraw its recognition": Kenya is asked, not acting.
            let gap = c.sl(sub.range.end, ts).trim().to_lower();
            if c.requested(sub.range.start) || gap == "to" || gap.ends_with(" to") {
                continue;
            }
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
    let lower = head[..v.start()].to_lower();
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
            let tail = c.sl(x.range.end, colon).trim().to_lower();
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
    let head = c.sl(s.range.start, at).to_lower();
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

/// "X is not recognised by any UN member state (…), but has been recognised by A, B and C": the
/// recognisers after "but" recognise the subject of the negated passive, which the second clause
/// leaves out (the frames read the negation between X and A as the second verb's).
fn contrast_passive(c: &Ctx<'_>, out: &mut Vec<Proposal>) {
    static RX: OnceLock<Option<Regex>> = OnceLock::new();
    let Some(rx) = RX
        .get_or_init(|| {
            crate::rx::regex(r"(?i)\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:not|never)\s+(?:been\s+)?(?:formally\s+|officially\s+)?recogni[sz]ed\s+by\b[^;.]{0,140}?,\s+but\s+(?:it\s+|they\s+)?(?:has|have|had|is|are|was|were)\s+(?:also\s+|since\s+)?(?:been\s+)?(?:formally\s+|officially\s+)?recogni[sz]ed\s+by\s+").ok()
        })
        .as_ref()
    else {
        return;
    };
    for m in rx.find_iter(c.s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        // The entity must stand right before the negated verb ("the Artsakh is not recognized").
        let Some(obj) = c.before(ts, 1, |x| c.state(x)) else {
            continue;
        };
        for sub in c.list_after(te, 4) {
            if sub.actor != obj.actor {
                let mut p = Proposal::new(
                    ClaimKind::Recognition,
                    &sub.actor,
                    &obj.actor,
                    Some("positive"),
                    te,
                    "recognition-contrast-passive",
                );
                p.confidence = 0.7;
                out.push(p);
            }
        }
    }
}

/// "recognised the new state": the partially recognised entity the document is about.
fn new_state(c: &Ctx<'_>, te: usize) -> Option<String> {
    let rest = c.sl(te, c.s.range.end).trim_start().to_lower();
    [
        "the new state",
        "the new country",
        "the new republic",
        "the breakaway republic",
    ]
    .iter()
    .any(|w| rest.starts_with(w))
    .then(|| c.main_entity.map(str::to_string))
    .flatten()
}

/// Patterns for recognition phrasings without a finite "recognised" verb.
struct MoreRx {
    /// "extended/granted (diplomatic) recognition to Y".
    extended: Regex,
    /// "'s recognition of Y" right after the recogniser.
    noun: Regex,
    /// "was the second country to recognise Y".
    ordinal: Regex,
    /// "is one of five states that do not recognise Y".
    group_neg: Regex,
    /// Words that make a noun phrase "X's recognition of Y" not a positive act.
    spoil: Regex,
    /// "switched (diplomatic) recognition from A to B" (group 1: the " to ").
    switched: Regex,
    /// "have withdrawn their recognition." with no object named.
    withdrawn_bare: Regex,
}

static MRX: OnceLock<Option<MoreRx>> = OnceLock::new();

fn more_patterns() -> Option<&'static MoreRx> {
    MRX.get_or_init(|| {
        let r = |p: &str| crate::rx::regex(p).ok();
        Some(MoreRx {
            extended: r(r"(?i)\b(?:extend(?:ed|s)?|grant(?:ed|s)?|accorded|gave|given)\s+(?:(?:formal|full|official|diplomatic)\s+)*recognition\s+to\s+(?:the\s+)?")?,
            noun: r(r"(?i)^(?:'s|’s)\s+(?:formal\s+|official\s+|diplomatic\s+)?recognition\s+of\s+(?:the\s+independence\s+of\s+)?")?,
            ordinal: r(r"(?i)\b(?:was|is|became|becomes|were)\s+(?:among\s+|one\s+of\s+)?the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest|\d+(?:st|nd|rd|th)|[a-z]+tieth|[a-z]+teenth)\s+(?:[\w-]+\s+){0,3}?(?:countr(?:y|ies)|states?|nations?|members?)\s+(?:to|that)\s+(?:formally\s+|officially\s+)?recogni[sz]ed?\s+(?:the\s+independence\s+of\s+)?")?,
            group_neg: r(r"(?i)\b(?:is|are)\s+(?:one|among|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:countries|states|nations|members)\s+(?:that|which|who)\s+(?:do|does|did|have|has)\s+not\s+(?:yet\s+)?(?:formally\s+)?recogni[sz]ed?\s+(?:the\s+independence\s+of\s+)?")?,
            switched: r(r"(?i)\bswitch(?:ed|es)\s+(?:its\s+|their\s+)?(?:diplomatic\s+)?recognition\s+from\s+(?:the\s+)?[^.;]{1,60}?(\s+to\s+)")?,
            withdrawn_bare: r(r"(?i)\b(?:withdr[ae]wn?|revok(?:ed|es)|rescind(?:ed|s))\s+(?:its|their)\s+recognition(?:\s+of\s+(?:the\s+country|the\s+state|it))?\s*(?:[.;,]|$|\s+in\s+\d)")?,
            spoil: r(r"(?i)\b(?:withdr\w+|revok\w+|rescind\w+|not|never|no|refus\w+|reject\w+|oppos\w+|against|would|will|could|if|whether)\b")?,
        })
    })
    .as_ref()
}

/// "Germany extended recognition to X", "Japan's recognition of X came in 2008", "Albania was the
/// second country to recognise X", "Spain is one of five states that do not recognise X".
pub(super) fn recognition_phrases(c: &Ctx<'_>, out: &mut Vec<Proposal>) {
    contrast_passive(c, out);
    let Some(rx) = more_patterns() else { return };
    let s = c.s;
    let rec = ClaimKind::Recognition;
    let object_after = |te: usize, sub: &str| {
        c.after(te, 4, |x| {
            c.state(x) && x.actor != sub && !possessive_noun(c, x)
        })
        .map(|x| x.actor.clone())
    };
    for (re, rule) in [
        (&rx.extended, "recognition-extended"),
        (&rx.ordinal, "recognition-ordinal"),
    ] {
        for m in re.find_iter(s.text) {
            let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
            let Some(sub) = c.before(ts, 30, |x| c.state(x)) else {
                continue;
            };
            let gap = c.sl(sub.range.end, ts).to_lower();
            if gap.contains("not") || gap.contains("n't") || gap.contains("never") {
                continue;
            }
            if let Some(obj) = object_after(te, &sub.actor) {
                out.push(Proposal::new(
                    rec,
                    &sub.actor,
                    &obj,
                    Some("positive"),
                    ts,
                    rule,
                ));
            }
        }
    }
    for m in rx.group_neg.find_iter(s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let subs = c.list_before(ts, 10);
        let Some(obj) = subs.last().and_then(|l| object_after(te, &l.actor)) else {
            continue;
        };
        for sub in subs {
            out.push(Proposal::new(
                rec,
                &sub.actor,
                &obj,
                Some("negative"),
                ts,
                "recognition-group-negative",
            ));
        }
    }
    // "Dominica and Niger have withdrawn their recognition." — of the document's entity.
    if let Some(ent) = c.main_entity {
        for m in rx.withdrawn_bare.find_iter(s.text) {
            let ts = c.abs(m.start());
            for sub in c.list_before(ts, 20) {
                if sub.actor != ent {
                    let mut p = Proposal::new(
                        rec,
                        &sub.actor,
                        ent,
                        Some("withdrawn"),
                        ts,
                        "recognition-withdrawn-bare",
                    );
                    p.confidence = 0.6;
                    out.push(p);
                }
            }
        }
    }
    // "X switched (diplomatic) recognition from A to B".
    for cap in rx.switched.captures_iter(s.text) {
        let (Some(m), Some(to)) = (cap.get(0), cap.get(1)) else {
            continue;
        };
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let to_start = c.abs(to.start());
        let from = s
            .mentions
            .iter()
            .find(|x| x.range.start >= ts && x.range.end <= to_start && c.state(x));
        let to = c.after(te, 4, |x| c.state(x));
        let sub = c.before(ts, 20, |x| c.state(x));
        if let (Some(sub), Some(from), Some(to)) = (sub, from, to) {
            if c.sl(from.range.end, to_start).trim().is_empty() {
                for (obj, pol) in [(&from.actor, "withdrawn"), (&to.actor, "positive")] {
                    if *obj != sub.actor {
                        out.push(Proposal::new(
                            rec,
                            &sub.actor,
                            obj,
                            Some(pol),
                            ts,
                            "recognition-switched",
                        ));
                    }
                }
            }
        }
    }
    if rx.spoil.is_match(s.text) {
        return;
    }
    for sub in s.mentions.iter().filter(|x| c.state(x)) {
        let Some(m) = rx.noun.find(c.sl(sub.range.end, s.range.end)) else {
            continue;
        };
        let te = sub.range.end + m.end();
        let obj = c
            .after(te, 0, |x| c.state(x) && x.actor != sub.actor)
            .filter(|x| {
                // "Kosovo's passports": only the state itself or its independence.
                let rest = c.sl(x.range.end, s.range.end);
                !(rest.starts_with("'s") || rest.starts_with("’s"))
                    || ["independence", "statehood"]
                        .iter()
                        .any(|w| rest[3.min(rest.len())..].trim_start().starts_with(w))
            });
        if let Some(obj) = obj {
            let mut p = Proposal::new(
                rec,
                &sub.actor,
                &obj.actor,
                Some("positive"),
                sub.range.end,
                "recognition-noun",
            );
            p.confidence = 0.7;
            out.push(p);
        }
    }
}

#[cfg(test)]
mod tests {

    //! Recognition phrasings of news and encyclopedia text, in sentences written for these tests
    //! (not from the seed documents). Expected claims per eval/SCHEMA.md: subject recognises object,
    //! polarity positive / negative / withdrawn / planned, the date the sentence gives.
    use crate::rules::fixture::of_kind;

    type Row = (String, String, String, Option<String>);

    fn rec(text: &str) -> Vec<Row> {
        of_kind(text, "recognition")
            .into_iter()
            .map(|(s, o, p, d)| (s, o, p.unwrap_or_default(), d))
            .collect()
    }

    fn has(text: &str, sub: &str, obj: &str, pol: &str, date: Option<&str>) {
        let got = rec(text);
        let want = (
            sub.to_string(),
            obj.to_string(),
            pol.to_string(),
            date.map(str::to_string),
        );
        assert!(got.contains(&want), "{text}\n expected {want:?} in {got:?}");
    }

    #[test]
    fn plain_phrasings_still_found() {
        has(
            "Japan recognised Kosovo on 18 March 2008.",
            "JPN",
            "XKX",
            "positive",
            Some("2008-03-18"),
        );
        has(
            "Italy formally recognised Kosovo as an independent state on 21 February 2008.",
            "ITA",
            "XKX",
            "positive",
            Some("2008-02-21"),
        );
        has(
            "Kosovo's independence was recognised by Germany on 20 February 2008.",
            "DEU",
            "XKX",
            "positive",
            Some("2008-02-20"),
        );
        has(
            "Kosovo was recognized by Italy and Austria in February 2008.",
            "AUT",
            "XKX",
            "positive",
            Some("2008-02"),
        );
        has(
            "Dominica withdrew its recognition of Kosovo in 2018.",
            "DMA",
            "XKX",
            "withdrawn",
            Some("2018"),
        );
    }

    #[test]
    fn extended_or_granted_recognition() {
        has(
            "Germany extended recognition to Kosovo on 20 February 2008.",
            "DEU",
            "XKX",
            "positive",
            Some("2008-02-20"),
        );
        has(
            "France granted diplomatic recognition to Kosovo in 2008.",
            "FRA",
            "XKX",
            "positive",
            Some("2008"),
        );
        has(
            "Japan's recognition of Kosovo came in March 2008.",
            "JPN",
            "XKX",
            "positive",
            Some("2008-03"),
        );
        has(
            "Following Albania's recognition of Kosovo in February 2008, the two opened embassies.",
            "ALB",
            "XKX",
            "positive",
            Some("2008-02"),
        );
    }

    #[test]
    fn ordinal_recognisers() {
        has(
            "Albania was the second country to recognise Kosovo.",
            "ALB",
            "XKX",
            "positive",
            None,
        );
        has(
            "Turkey was among the first countries to recognize Kosovo's independence.",
            "TUR",
            "XKX",
            "positive",
            None,
        );
        has(
            "In 2008 Latvia became the first state to recognise Kosovo.",
            "LVA",
            "XKX",
            "positive",
            Some("2008"),
        );
        has(
            "Brazil was one of the first Latin American countries to recognise Kosovo.",
            "BRA",
            "XKX",
            "positive",
            None,
        );
    }

    #[test]
    fn list_subjects_and_negative_membership_of_a_group() {
        has(
            "In February 2008, the United States, France and Germany recognised Kosovo.",
            "FRA",
            "XKX",
            "positive",
            Some("2008-02"),
        );
        has(
            "In February 2008, the United States, France and Germany recognised Kosovo.",
            "USA",
            "XKX",
            "positive",
            Some("2008-02"),
        );
        has(
            "Spain is one of five EU member states that do not recognise Kosovo.",
            "ESP",
            "XKX",
            "negative",
            None,
        );
        has(
            "Spain and Georgia are among the countries that have not recognised Kosovo.",
            "GEO",
            "XKX",
            "negative",
            None,
        );
    }

    #[test]
    fn the_new_state_is_the_documents_entity() {
        has(
            "Kosovo declared independence from Serbia in 2008. Germany recognised the new state on 20 February 2008.",
            "DEU",
            "XKX",
            "positive",
            Some("2008-02-20"),
        );
    }

    #[test]
    fn switched_recognition() {
        // Written for this test: switching recognition withdraws one and recognises the other.
        let t = "In 1972 Japan switched recognition from Taipei to Beijing.";
        has(t, "JPN", "TWN", "withdrawn", Some("1972"));
        has(t, "JPN", "CHN", "positive", Some("1972"));
        let t = "Ukraine switched diplomatic recognition from Taiwan to China in 1992.";
        has(t, "UKR", "TWN", "withdrawn", Some("1992"));
        has(t, "UKR", "CHN", "positive", Some("1992"));
    }

    #[test]
    fn withdrawn_without_named_object_is_the_documents_entity() {
        // Written for this test: the document is about Kosovo; "their recognition" is of Kosovo.
        let t = "Kosovo declared independence from Serbia in 2008. Since then, Dominica and Niger have withdrawn their recognition.";
        has(t, "DMA", "XKX", "withdrawn", None);
        has(t, "NER", "XKX", "withdrawn", None);
        let t = "Kosovo declared independence from Serbia in 2008. In 2019 Nigeria revoked its recognition of the country.";
        has(t, "NGA", "XKX", "withdrawn", Some("2019"));
        // No entity in the document: nothing is guessed.
        assert!(rec("Dominica has withdrawn its recognition.").is_empty());
    }

    #[test]
    fn not_recognition() {
        assert!(rec("Russia urged other states not to recognise Kosovo.")
            .iter()
            .all(|r| r.2 != "positive"));
        assert!(
            rec("Serbia lobbied Dominica to recognise Serbia's position on Kosovo.").is_empty()
        );
        assert!(rec("Would Spain ever recognise Kosovo?").is_empty());
        assert!(
            rec("Japan's recognition of Kosovo's passports was discussed.")
                .iter()
                .all(|r| r.0 != "JPN" || r.2 != "negative")
        );
    }

    /// Whether every match of `h` contains "recogni": a piece of it begins or ends with literals
    /// that all do, or every branch of an alternation does, or a part of a concatenation does.
    fn requires(h: &regex_syntax::hir::Hir) -> bool {
        use regex_syntax::hir::HirKind;
        crate::gate::required_of(h)
            .iter()
            .any(|set| set.iter().all(|l| l.contains("recogni")))
            || match h.kind() {
                HirKind::Alternation(v) => v.iter().all(requires),
                HirKind::Concat(v) => v.iter().any(requires),
                HirKind::Capture(c) => requires(&c.sub),
                _ => false,
            }
    }

    /// The patterns `recognition` runs only on sentences with "recogni" require it: each has a
    /// piece every match of which begins or ends with a literal containing it (regex-syntax's
    /// literal extraction, as the frames' gate reads patterns), and no letter of it matches a
    /// non-ASCII character case-insensitively, so an ASCII case-insensitive search finds it.
    #[test]
    fn recognition_patterns_require_recogni() {
        let rx = crate::rules::patterns().unwrap_or_else(|| panic!("patterns"));
        for re in [
            &rx.rec_neg,
            &rx.lack_rec,
            &rx.prevent_rec,
            &rx.rec_verb,
            &rx.passive_rec,
            &rx.gain_rec,
            &rx.gerund_rec,
            &rx.planned_rec,
            &rx.withdrawn_rec,
        ] {
            let p = re.as_str();
            let hir = crate::gate::parse(p).unwrap_or_else(|e| panic!("{p}: {e}"));
            assert!(requires(&hir), "{p}");
        }
        let letters = regex::Regex::new(r"(?i)^[recogni]$").unwrap_or_else(|e| panic!("{e}"));
        let folded: Vec<char> = (0..=u32::from(char::MAX))
            .filter_map(char::from_u32)
            .filter(|c| !c.is_ascii() && letters.is_match(c.encode_utf8(&mut [0; 4])))
            .collect();
        assert!(folded.is_empty(), "{folded:?}");
        assert!(crate::gate::contains_ascii_ci("It RECOGNIsed", "recogni"));
        assert!(!crate::gate::contains_ascii_ci("It recogn-ised", "recogni"));
        assert!(!crate::gate::contains_ascii_ci("rec", "recogni"));
    }
}
