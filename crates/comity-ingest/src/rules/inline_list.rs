//! Lists of (actor, date) pairs in running prose: "Kosovo has been recognised by Ghana (2012), Togo
//! (2014) and Kenya (2025)", "countries that have withdrawn recognition of the SADR include Ecuador
//! (2024), Panama (2013)", "X was recognised by A on 3 March, B on 5 May and C on 9 June". Each item
//! gives its own claim with its own date; the act and its other party come from the words before the
//! first item, which must name exactly one other actor (the host) and no negation.

use super::Ctx;
use crate::claim::ClaimKind;
use crate::dates::PartialDate;
use crate::extract::Proposal;
use crate::mentions::MentionKind;
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
