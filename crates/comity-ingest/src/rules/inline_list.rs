//! Lists of (actor, date) pairs in running prose: "Kosovo has been recognised by Ghana (2012), Togo
//! (2014) and Kenya (2025)", "countries that have withdrawn recognition of the SADR include Ecuador
//! (2024), Panama (2013)", "X was recognised by A on 3 March, B on 5 May and C on 9 June". Each item
//! gives its own claim with its own date; the act and its other party come from the words before the
//! first item, which must name exactly one other actor (the host) and no negation.

use super::Ctx;
use crate::claim::ClaimKind;
use crate::dates::PartialDate;
use crate::extract::Proposal;
use crate::gate::ToLower;
use crate::mentions::{Mention, MentionKind};
use crate::rx::Rx as Regex;
use std::sync::OnceLock;

struct ListRx {
    /// "… recognised by": the items recognise the host named before.
    by: Regex,
    /// "… countries that (have) recognised HOST include", "… recognised HOST:": the items recognise.
    recognise: Regex,
    /// "… withdrew / have withdrawn / suspended recognition of HOST include": withdrawn.
    withdrawn: Regex,
    /// A negation or a condition in the introduction: no claim.
    negated: Regex,
    /// What may stand between an item's name and its date: " (", " (in ", " on ", " in ".
    joint: Regex,
    /// What may stand between one item's date and the next item: ", ", " and ", "; ".
    sep: Regex,
}

fn rx() -> Option<&'static ListRx> {
    static RX: OnceLock<Option<ListRx>> = OnceLock::new();
    RX.get_or_init(|| {
        let r = |p: &str| crate::rx::regex(p).ok();
        Some(ListRx {
            by: r(r"(?i)\brecogni[sz]ed\s+(?:\w+\s+){0,2}?by\s*:?\s*(?:the\s+)?$")?,
            recognise: r(
                r"(?i)\b(?:recogni[sz](?:e|es|ed|ing)|recognition\s+(?:of|from))\b.{0,80}?(?:\b(?:include|includes|included|including|are|were)\s*:?|:)\s*(?:the\s+)?$",
            )?,
            withdrawn: r(
                r"(?i)\b(?:withdr[ae]w\w*|revok\w*|rescind\w*|suspend\w*|froze|frozen|derecogni[sz]\w*|de-recogni[sz]\w*)\b",
            )?,
            negated: r(r"(?i)\b(?:not|never|no|nor|if|whether|unless|would|will|may|might|could)\b|n['’]t\b")?,
            joint: r(r"^\s*(?:\(\s*(?:in\s+|on\s+)?|,?\s+(?:in|on)\s+)$")?,
            sep: r(r"^\s*\)?\s*(?:,\s*(?:and\s+)?|;\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$")?,
        })
    })
    .as_ref()
}

/// One item: the actor, where its name starts and where its date ends (absolute), and its date.
struct Item {
    actor: String,
    start: usize,
    end: usize,
    date: PartialDate,
}

pub(crate) fn inline_lists(c: &Ctx<'_>, out: &mut Vec<Proposal>) {
    let Some(rx) = rx() else { return };
    let s = c.s;
    if s.dates.len() < 2 {
        return;
    }
    // Items: a state or entity name directly followed by its own date.
    let mut items: Vec<Item> = Vec::new();
    for m in &s.mentions {
        if m.kind != MentionKind::Name || c.g.actor(&m.actor).is_none() || c.org(m) {
            continue;
        }
        let Some(d) = s.dates.iter().find(|d| d.range.start >= m.range.end) else {
            continue;
        };
        let (Some(date), false) = (d.date, d.relative) else {
            continue;
        };
        if !rx.joint.is_match(c.sl(m.range.end, d.range.start)) {
            continue;
        }
        items.push(Item {
            actor: m.actor.clone(),
            start: m.range.start,
            end: d.range.end,
            date,
        });
    }
    // The longest run of items that follow each other with only a separator between them.
    let mut best: &[Item] = &[];
    let mut i = 0;
    while i < items.len() {
        let mut j = i + 1;
        while j < items.len() && rx.sep.is_match(c.sl(items[j - 1].end, items[j].start)) {
            j += 1;
        }
        if j - i > best.len() {
            best = &items[i..j];
        }
        i = j;
    }
    if best.len() < 2 {
        return;
    }
    let intro = c.sl(s.range.start, best[0].start);
    if rx.negated.is_match(intro) || intro.contains(['.', ';']) {
        return;
    }
    // The host: the one actor the introduction names.
    let mut hosts: Vec<&str> = Vec::new();
    for m in s.mentions.iter().filter(|m| m.range.end <= best[0].start) {
        if matches!(m.kind, MentionKind::Name | MentionKind::Capital)
            && c.g.actor(&m.actor).is_some()
            && !hosts.contains(&m.actor.as_str())
        {
            hosts.push(&m.actor);
        }
    }
    let [host] = hosts[..] else { return };
    let polarity = if rx.withdrawn.is_match(intro) {
        "withdrawn"
    } else if rx.by.is_match(intro) || rx.recognise.is_match(intro) {
        "positive"
    } else {
        return;
    };
    if polarity == "withdrawn" && !rx.recognise.is_match(intro) {
        return;
    }
    for it in best.iter().filter(|it| it.actor != host) {
        let mut p = Proposal::new(
            ClaimKind::Recognition,
            &it.actor,
            host,
            Some(polarity),
            it.start,
            "inline-list",
        );
        p.date = Some(it.date);
        out.push(p);
    }
}

/// "Nine of them, which have not yet recognised the Palestinian state, express the willingness of
/// their country to do so: Andorra, Australia and Canada": a list after a colon whose introduction
/// states an intention to recognise gives a planned recognition for each item. The recognised actor
/// is the one the introduction names, else the document's entity; a negation outside a relative
/// clause ("which have not yet recognised …") gives nothing.
pub(crate) fn intention_lists(c: &Ctx<'_>, out: &mut Vec<Proposal>) {
    static RX: OnceLock<Option<[Regex; 4]>> = OnceLock::new();
    let Some([relative, intention, recognise, negated]) = RX
        .get_or_init(|| {
            let r = |p: &str| crate::rx::regex(p).ok();
            Some([
                r(r"(?i),\s*(?:which|who|that)\b[^,]{0,120},")?,
                r(r"(?i)\b(?:willing\w*|intention|intends?|intended|plans?\s+to|planning\s+to|ready\s+to|prepared\s+to|positive\s+consideration)\b")?,
                r(r"(?i)\b(?:recogni[sz]\w*|to\s+do\s+so)\b")?,
                r(r"(?i)\b(?:not|never|no|nor|if|whether|unless)\b|n['’]t\b")?,
            ])
        })
        .as_ref()
    else {
        return;
    };
    let Some(sep) = rx().map(|r| &r.sep) else {
        return;
    };
    let s = c.s;
    let Some(colon) = s.text.find(':') else {
        return;
    };
    let colon = s.range.start + colon;
    let intro = c.sl(s.range.start, colon);
    let stripped = relative.replace_all(intro, ",");
    let Some(trigger) = intention.find(&stripped) else {
        return;
    };
    if !recognise.is_match(&stripped[trigger.start()..]) || negated.is_match(&stripped) {
        return;
    }
    // The items: states named one after the other after the colon, up to the sentence's end.
    let mut items: Vec<&crate::mentions::Mention> = Vec::new();
    let mut at = colon + 1;
    for m in s.mentions.iter().filter(|m| m.range.start > colon) {
        if m.kind != MentionKind::Name || !c.g.is_state(&m.actor) {
            return;
        }
        let gap = c.sl(at, m.range.start);
        let ok = if items.is_empty() {
            gap.trim().is_empty()
        } else {
            sep.is_match(gap)
        };
        if !ok {
            return;
        }
        items.push(m);
        at = m.range.end;
    }
    let tail = c.sl(at, s.range.end).trim();
    if items.len() < 2 || !tail.chars().all(|ch| ".!\"”’'".contains(ch)) {
        return;
    }
    let mut named: Vec<&str> = Vec::new();
    for m in s.mentions.iter().filter(|m| m.range.end <= colon) {
        if m.kind != MentionKind::Person
            && c.g.actor(&m.actor).is_some()
            && !named.contains(&m.actor.as_str())
        {
            named.push(&m.actor);
        }
    }
    let host = match named[..] {
        [one] => one,
        [] => match c.main_entity {
            Some(e) => e,
            None => return,
        },
        _ => return,
    };
    for m in items.iter().filter(|m| m.actor != host) {
        out.push(Proposal::new(
            ClaimKind::Recognition,
            &m.actor,
            host,
            Some("planned"),
            m.range.start,
            "intention-list",
        ));
    }
}

/// "11 had previously established diplomatic relations with the SADR. These are A, B and C.": a
/// sentence that opens with "These are", "They include", "Among them are" or "Namely" names the
/// members of a group the previous sentence counted ("11", "several countries", "four states")
/// as doing one act with one host (h/extract12: lists out of the sentence of their act). Each
/// listed state gets the act: relations established, recognition given or withdrawn. The count
/// must stand right before the act (no negation, condition or other subject between), the host
/// right after it; the items are the states named up to the end of the clause.
pub(crate) fn these_are(c: &Ctx<'_>, out: &mut Vec<Proposal>) {
    static RX: OnceLock<Option<[Regex; 4]>> = OnceLock::new();
    let Some([opening, counted, inner, passive]) = RX
        .get_or_init(|| {
            Some([
                crate::rx::regex(
                    r"(?i)^\W*(?:(?:these|they|those)\s+(?:are|were|include|included)|among\s+them(?:\s+(?:are|were))?|namely)\b\s*:?\s*",
                )
                .ok()?,
                crate::rx::regex(
                    r#"(?i)\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|a\s+number|a\s+handful)(?:\s+(?:other|more|of\s+them|of\s+these|of\s+those|[a-z]+an))?(?:\s+(?:countries|states|nations|governments|members))?(?:\s+(?:had|have|has|also|previously|already|since|formally|officially))*\s+(?P<act>established\s+(?:formal\s+)?(?:diplomatic\s+)?(?:relations|ties)\s+with|(?:maintain|maintained|maintains|had|have|has)\s+(?:formal\s+)?(?:diplomatic\s+)?(?:relations|ties)\s+with|(?:formally\s+|officially\s+)?recogni[sz]ed|(?:withdr[ae]wn?|revoked|rescinded|suspended|frozen|froze)\s+(?:their\s+|its\s+)?recognition\s+(?:of|for))\s+(?:the\s+)?["“]?$"#,
                )
                .ok()?,
                crate::rx::regex(r#"[.!?]["”’]?\s+"#).ok()?,
                // h/extract14: "Kosovo has been recognised by 114 states. These include A, B":
                // the host before a passive whose agent is the count (no negation allowed).
                crate::rx::regex(
                    r#"(?i)^(?:['’]s\s+independence)?\s+(?:has|have|had|is|was|were|are)\s+(?:been\s+)?(?:so\s+far\s+|now\s+|since\s+|formally\s+|officially\s+)*recogni[sz]ed\s+by\s+(?:over\s+|more\s+than\s+|at\s+least\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|a\s+number\s+of|a\s+handful\s+of|dozens\s+of)(?:\s+(?:of\s+the\s+\d+\s+)?(?:other|UN|U\.N\.|United\s+Nations|member|[a-z]+an))*\s+(?:countries|states|nations|governments|members)(?:\s+(?:worldwide|so\s+far|to\s+date|in\s+total))?\s*[.,;:]?\s*$"#,
                )
                .ok()?,
            ])
        })
        .as_ref()
    else {
        return;
    };
    // The opening at the sentence's start (the intro is the previous sentence), or after a full
    // stop the splitter did not cut at (an unclosed quote: "relations with the “SADR. These are").
    let (open, intro_range, intro_mentions): ((usize, usize), (usize, usize), &[Mention]) =
        match opening.find(c.s.text) {
            Some(m) => {
                let Some(prev) = c.prev else { return };
                (
                    (m.start(), m.end()),
                    (prev.range.start, prev.range.end),
                    &prev.mentions,
                )
            }
            None => {
                let found = inner.find_iter(c.s.text).find_map(|m| {
                    let o = opening.find(&c.s.text[m.end()..])?;
                    Some((m.end(), (m.end() + o.start(), m.end() + o.end())))
                });
                let Some((at, o)) = found else { return };
                (o, (c.s.range.start, c.abs(at)), &c.s.mentions)
            }
        };
    // The host and the act: the first actor of the intro that the counted act names right
    // before it.
    let intro = intro_mentions
        .iter()
        .filter(|m| m.range.end <= intro_range.1)
        .find_map(|m| {
            if passive.is_match(c.sl(m.range.end, intro_range.1)) {
                return Some((m.actor.clone(), ClaimKind::Recognition, "positive"));
            }
            let head = c.sl(intro_range.0, m.range.start);
            let cap = counted.captures(head)?;
            let act = cap.name("act")?.as_str().to_lower();
            let (kind, pol) = if act.contains("relations") || act.contains("ties") {
                (ClaimKind::Relations, "established")
            } else if act.contains("recognition") {
                (ClaimKind::Recognition, "withdrawn")
            } else {
                (ClaimKind::Recognition, "positive")
            };
            Some((m.actor.clone(), kind, pol))
        });
    let Some((host, kind, pol)) = intro else {
        return;
    };
    let trigger = c.abs(open.0);
    // The items: every state named from the opening to the end of its clause (a name the
    // gazetteer does not know, a misspelling, does not end the list).
    let from = c.abs(open.1);
    let rest = c.sl(from, c.s.range.end);
    let to = inner
        .find(rest)
        .map_or(c.s.range.end, |m| from + m.start() + 1)
        .min(rest.find(';').map_or(usize::MAX, |i| from + i));
    let mut seen: Vec<&str> = Vec::new();
    for item in
        c.s.mentions
            .iter()
            .filter(|m| m.range.start >= from && m.range.end <= to && c.state(m))
    {
        if item.actor == host || seen.contains(&item.actor.as_str()) {
            continue;
        }
        seen.push(&item.actor);
        let mut p = Proposal::new(kind, &item.actor, &host, Some(pol), trigger, "these-are");
        p.confidence = 0.7;
        out.push(p);
    }
}
