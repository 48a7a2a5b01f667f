//! "A followed suit", "B and C did the same": the act of the previous sentence, done by the actors
//! named before the phrase. Each actor gets its own claim with the previous claim's kind, object and
//! polarity. The date is the sentence's own; the previous act's only when the sentence says it was
//! the same day ("on the same day") or the same year ("later that year": its year). Never another.

use super::Ctx;
use crate::claim::{Claim, ClaimKind};
use crate::dates::PartialDate;
use crate::extract::Proposal;
use crate::mentions::MentionKind;

const PHRASES: [&str; 7] = [
    "followed suit",
    "did the same",
    "did likewise",
    "followed its lead",
    "followed their lead",
    "followed its example",
    "followed their example",
];

/// Words that may stand between the followers and the phrase ("Tuvalu soon followed suit").
const ADVERBS: [&str; 10] = [
    "soon",
    "quickly",
    "later",
    "also",
    "then",
    "promptly",
    "swiftly",
    "immediately",
    "too",
    "has",
];

/// The polarity as a static string (the claim's is owned).
fn polarity(p: Option<&str>) -> Option<&'static str> {
    const ALL: [&str; 15] = [
        "positive",
        "negative",
        "withdrawn",
        "planned",
        "established",
        "none",
        "severed",
        "joined",
        "applied",
        "refused",
        "blocked",
        "allowed",
        "support",
        "oppose",
        "neutral",
    ];
    let p = p?;
    ALL.iter().find(|x| **x == p).copied()
}

/// Claims of the current sentence that repeat `prev_claims` (the previous sentence's) for the actors
/// that "followed suit". Gated by the literal phrases.
pub(crate) fn followed_suit(c: &Ctx<'_>, prev_claims: &[Claim]) -> Vec<Proposal> {
    let mut out = Vec::new();
    if prev_claims.is_empty() || c.prev.is_none() {
        return out;
    }
    let lower = c.s.text.to_lowercase();
    let Some((pos, phrase)) = PHRASES.iter().find_map(|p| lower.find(p).map(|i| (i, *p))) else {
        return out;
    };
    let trigger = c.abs(pos);
    // The followers: the list of states right before the phrase ("Nauru, Tuvalu and Palau").
    let mut followers = Vec::new();
    let mut end = trigger;
    for m in c.s.mentions.iter().rev().filter(|m| m.range.end <= trigger) {
        let gap = c.sl(m.range.end, end).to_lowercase();
        let words: Vec<&str> = gap
            .split(|ch: char| ch.is_whitespace() || ch == ',')
            .filter(|w| !w.is_empty())
            .collect();
        let ok = if followers.is_empty() {
            words.iter().all(|w| ADVERBS.contains(w))
        } else {
            words.is_empty() || words == ["and"]
        };
        let state =
            matches!(m.kind, MentionKind::Name | MentionKind::Capital) && c.g.is_state(&m.actor);
        if !ok || !state {
            break;
        }
        followers.push(m);
        end = m.range.start;
    }
    // A follower must open its clause ("In 2008, Nicaragua followed suit", not "after Russia's
    // move, Nicaragua…" read as Russia too: the list walk stops at the first other word).
    let head = c.sl(c.s.range.start, end).trim_end();
    if followers.is_empty()
        || !(head.is_empty() || head.ends_with(',') || head.ends_with(';') || head == "The")
    {
        return out;
    }
    let after = &lower[pos + phrase.len()..];
    let same_day = after.contains("same day");
    let same_year = after.contains("same year") || after.contains("later that year");
    let own_date = !c.s.dates.is_empty();
    for f in followers.iter().rev() {
        for pc in prev_claims {
            if !matches!(
                pc.kind,
                ClaimKind::Recognition | ClaimKind::Relations | ClaimKind::Statement
            ) || pc.object == f.actor
            {
                continue;
            }
            let Some(pol) = polarity(pc.polarity.as_deref()) else {
                continue;
            };
            let subject = if pc.kind == ClaimKind::Statement {
                c.speaker_text(f)
            } else {
                f.actor.clone()
            };
            let mut p = Proposal::new(
                pc.kind,
                &subject,
                &pc.object,
                Some(pol),
                trigger,
                "followed-suit",
            );
            if pc.kind == ClaimKind::Statement {
                p.speaker_actor = Some(f.actor.clone());
            }
            p.confidence = 0.6;
            if !own_date {
                p.date = match pc.date {
                    Some(d) if same_day => Some(d),
                    Some(d) if same_year => PartialDate::new(d.year, None, None),
                    _ => None,
                };
                p.no_date = p.date.is_none();
            }
            out.push(p);
        }
    }
    out
}
