//! Contacts (events, meetings) and agreements between two states.

use super::Ctx;
use crate::claim::ClaimKind;
use crate::extract::Proposal;
use crate::mentions::{Mention, MentionKind};

pub(super) fn contact(c: &Ctx<'_>, out: &mut Vec<Proposal>) {
    let (s, rx) = (c.s, c.rx);
    let Some(m) = rx.contact.find(s.text) else {
        return;
    };
    let Some((a, b)) = c.focus else { return };
    if rx.negation.is_match(s.text) {
        return;
    }
    let named = s
        .mentions
        .iter()
        .any(|x| c.state(x) && (x.actor == *a || x.actor == *b));
    if !named {
        return;
    }
    let mut p = Proposal::new(
        ClaimKind::Contact,
        a,
        b,
        None,
        c.abs(m.start()),
        "contact-event",
    );
    p.confidence = 0.6;
    out.push(p);
}

/// Titles of officials who stand for their state at a meeting.
const OFFICIALS: [&str; 12] = [
    "ambassador",
    "president",
    "minister",
    "chancellor",
    "envoy",
    "premier",
    "king",
    "delegation",
    "representative",
    "foreign",
    "deputy",
    "head",
];

/// A meeting or visit between people or bodies of two states ("A met with B", "after meeting with
/// his Serbian counterpart B"): a contact between the two states.
pub(super) fn meeting(c: &Ctx<'_>, out: &mut Vec<Proposal>) {
    let (s, rx) = (c.s, c.rx);
    let Some(m) = rx.meeting.find(s.text) else {
        return;
    };
    if rx.negation.is_match(s.text) {
        return;
    }
    let mut ids: Vec<&str> = Vec::new();
    for x in &s.mentions {
        // "Russia's ambassador", "Germany's Chancellor": a state through its official.
        let possessive = {
            let rest = c.sl(x.range.end, s.range.end).to_lowercase();
            let rest = rest
                .strip_prefix("'s ")
                .or_else(|| rest.strip_prefix("’s "))
                .unwrap_or("");
            rest.split_whitespace()
                .take(3)
                .any(|w| OFFICIALS.contains(&w.trim_matches(|ch: char| !ch.is_alphabetic())))
        };
        let party = match x.kind {
            MentionKind::Person => true,
            MentionKind::Demonym => c.g.is_state(&x.actor),
            MentionKind::Name => c.state(x) && possessive,
            MentionKind::Capital => false,
        };
        if party && !ids.contains(&x.actor.as_str()) {
            ids.push(&x.actor);
        }
    }
    if let [a, b] = ids[..] {
        let mut p = Proposal::new(
            ClaimKind::Contact,
            a,
            b,
            None,
            c.abs(m.start()),
            "contact-meeting",
        );
        p.confidence = 0.6;
        out.push(p);
    }
}

pub(super) fn agreement(c: &Ctx<'_>, out: &mut Vec<Proposal>) {
    let (s, rx) = (c.s, c.rx);
    let Some(m) = rx.agreement.find(s.text) else {
        return;
    };
    let lower = s.text.to_lowercase();
    if !(lower.contains("agreed")
        || lower.contains("agreement")
        || lower.contains("accord")
        || lower.contains("treaty")
        || lower.contains("deal"))
    {
        return;
    }
    let ts = c.abs(m.start());
    let parties: Vec<&Mention> = s
        .mentions
        .iter()
        .filter(|x| c.g.is_state(&x.actor) && x.kind != MentionKind::Person)
        .collect();
    let mut ids: Vec<String> = Vec::new();
    for p in &parties {
        if !ids.contains(&p.actor) {
            ids.push(p.actor.clone());
        }
    }
    // Require the parties to be coordinated ("A and B agreed", "between A and B").
    let coordinated = parties.windows(2).any(|w| {
        let gap = c.text[w[0].range.end..w[1].range.start].trim();
        gap == "and" || gap.ends_with(" and") || gap.ends_with(" and the")
    });
    if ids.len() != 2 || !coordinated {
        return;
    }
    let broker = rx.broker.captures(s.text).and_then(|cap| {
        cap.iter()
            .skip(1)
            .flatten()
            .next()
            .map(|g| g.as_str().to_string())
    });
    let mut p = Proposal::new(
        ClaimKind::Agreement,
        &ids[0],
        &ids[1],
        None,
        ts,
        "agreement",
    );
    p.broker = broker;
    p.confidence = 0.7;
    out.push(p);
}
