//! "A followed suit", "B and C did the same", "C followed in 2009", "…, followed by D a week later",
//! "A and B followed Paris" (the act of the state followed):
//! the act of the clause before (of the same sentence when it states one before the phrase, else of
//! the previous sentence), done by the actors named before the phrase (after it for "followed by").
//! Each actor gets its own claim with the act's kind, object and polarity. The date is the
//! sentence's own after the phrase; the previous act's only when the sentence says it was the same
//! day ("on the same day") or the same year ("later that year": its year). Never another.

use super::Ctx;
use crate::claim::{Claim, ClaimKind};
use crate::dates::PartialDate;
use crate::extract::Proposal;
use crate::gate::ToLower;
use crate::mentions::MentionKind;

const PHRASES: [&str; 8] = [
    "followed suit",
    "did the same",
    // h/extract14: "Togo revoked its recognition of Kosovo in 2019 and Ghana did so in 2020".
    "did so",
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

/// Words after a bare "followed" that end its clause or date it ("Venezuela followed in 2009",
/// "Nauru followed a week later"): "followed" then means "did the same", not "followed X".
const BARE_FOLLOWED: [&str; 16] = [
    "", ",", ".", ";", "in ", "on ", "later", "shortly", "soon", "a week", "a month", "a day",
    "days ", "weeks ", "months ", "within ",
];

/// The act a follower repeats: kind, object, polarity and date.
struct Act {
    kind: ClaimKind,
    object: String,
    polarity: &'static str,
    date: Option<PartialDate>,
}

/// Claims of the current sentence that repeat the act before the phrase: `same` (this sentence's
/// proposals, those whose trigger is before the phrase) or else `prev_claims` (the previous
/// sentence's), for the actors that "followed suit". Gated by the literal phrases.
pub(crate) fn followed_suit(
    c: &Ctx<'_>,
    prev_claims: &[Claim],
    same: &[Proposal],
) -> Vec<Proposal> {
    let mut out = Vec::new();
    // Every phrase below contains "did" or "followed"; a sentence with neither in any ASCII case
    // has none (lower-casing makes those letters only from ASCII: `gate::contains_ascii_ci`).
    if !crate::gate::contains_ascii_ci(c.s.text, "followed")
        && !crate::gate::contains_ascii_ci(c.s.text, "did")
    {
        return out;
    }
    let lower = c.s.text.to_lower();
    let found = PHRASES
        .iter()
        .find_map(|p| lower.find(p).map(|i| (i, *p, false)))
        .or_else(|| {
            // "followed by Nicaragua": the followers come after the phrase.
            lower
                .find(", followed by ")
                .map(|i| (i + 2, "followed by", true))
        })
        .or_else(|| {
            lower.match_indices("followed").find_map(|(i, _)| {
                let rest = lower[i + "followed".len()..].trim_start_matches(' ');
                let bare = BARE_FOLLOWED.iter().any(|w| {
                    if w.is_empty() {
                        rest.is_empty()
                    } else {
                        rest.starts_with(w)
                    }
                });
                bare.then_some((i, "followed", false))
            })
        });
    // "Britain, Germany and Italy followed Paris": the act of the state followed (its own act,
    // named as a state or its capital right after "followed").
    let mut leader: Option<String> = None;
    let found = found.or_else(|| {
        lower.match_indices("followed ").find_map(|(i, _)| {
            let at = c.abs(i + "followed ".len());
            let m = c.s.mentions.iter().find(|m| {
                m.range.start == at
                    && matches!(m.kind, MentionKind::Name | MentionKind::Capital)
                    && c.g.is_state(&m.actor)
            })?;
            // Not "followed X's lead" (that is "followed its lead" with a name) nor "followed
            // X into …": the mention ends the clause or a time follows.
            let rest = c.sl(m.range.end, c.s.range.end).trim_start().to_lower();
            let ends = rest.is_empty()
                || rest.starts_with(['.', ',', ';'])
                || [
                    "minutes ", "hours ", "days ", "weeks ", "months ", "a day", "a week", "later",
                    "shortly", "soon", "in ", "on ",
                ]
                .iter()
                .any(|w| rest.starts_with(w));
            if !ends {
                return None;
            }
            leader = Some(m.actor.clone());
            Some((i, "followed", false))
        })
    });
    let Some((pos, phrase, passive)) = found else {
        return out;
    };
    let trigger = c.abs(pos);
    // The act: this sentence's claims before the phrase, else the previous sentence's.
    let led = |subject: &str| leader.as_deref().is_none_or(|l| l == subject);
    let mut acts: Vec<Act> = same
        .iter()
        .filter(|p| p.trigger < trigger && led(&p.subject))
        .filter_map(|p| {
            Some(Act {
                kind: p.kind,
                object: p.object.clone(),
                polarity: p.polarity?,
                date: None,
            })
        })
        .collect();
    let from_same = !acts.is_empty();
    if !from_same {
        if c.prev.is_none() {
            return out;
        }
        acts = prev_claims
            .iter()
            .filter(|pc| led(&pc.subject))
            .filter_map(|pc| {
                Some(Act {
                    kind: pc.kind,
                    object: pc.object.clone(),
                    polarity: polarity(pc.polarity.as_deref())?,
                    date: pc.date,
                })
            })
            .collect();
    }
    if acts.is_empty() {
        return out;
    }
    let followers = if passive {
        followers_after(c, c.abs(pos + phrase.len()))
    } else {
        let Some(f) = followers_before(c, trigger, from_same) else {
            return out;
        };
        f
    };
    if followers.is_empty() {
        return out;
    }
    let after = &lower[pos + phrase.len()..];
    let same_day = after.contains("same day");
    let same_year = after.contains("same year") || after.contains("later that year");
    // The follower's own date: one after the phrase (before it is the act's, in this sentence).
    let own =
        c.s.dates
            .iter()
            .find(|d| d.range.start >= trigger)
            .and_then(|d| d.date);
    let own_date = if from_same {
        own.is_some()
    } else {
        !c.s.dates.is_empty()
    };
    for f in followers.iter() {
        for act in &acts {
            if !matches!(
                act.kind,
                ClaimKind::Recognition | ClaimKind::Relations | ClaimKind::Statement
            ) || act.object == f.actor
            {
                continue;
            }
            // A follower repeats another's act, not its own ("Russia recognised X, followed by
            // Nicaragua": Russia is no follower).
            let subject = if act.kind == ClaimKind::Statement {
                c.speaker_text(f)
            } else {
                f.actor.clone()
            };
            let mut p = Proposal::new(
                act.kind,
                &subject,
                &act.object,
                Some(act.polarity),
                trigger,
                "followed-suit",
            );
            if act.kind == ClaimKind::Statement {
                p.speaker_actor = Some(f.actor.clone());
            }
            p.confidence = 0.6;
            if from_same {
                p.date = own;
                p.no_date = own.is_none();
            } else if !own_date {
                p.date = match act.date {
                    Some(d) if same_day => Some(d),
                    Some(d) if same_year => PartialDate::new(d.year, None, None),
                    _ => None,
                };
                p.no_date = p.date.is_none();
            }
            out.push(p);
        }
    }
    // Each follower once per act.
    out.dedup_by(|a, b| a.subject == b.subject && a.object == b.object && a.kind == b.kind);
    out
}

/// The followers before the phrase: the list of states right before it ("Nauru, Tuvalu and
/// Palau"), opening its clause ("In 2008, Nicaragua followed suit", not "after Russia's move,
/// Nicaragua…" read as Russia too: the list walk stops at the first other word). In the sentence
/// of the act, a clause opened by "and" or "while" too ("…, and Kiribati did the same").
fn followers_before<'a>(
    c: &'a Ctx<'_>,
    trigger: usize,
    same: bool,
) -> Option<Vec<&'a crate::mentions::Mention>> {
    let mut followers = Vec::new();
    let mut end = trigger;
    for m in c.s.mentions.iter().rev().filter(|m| m.range.end <= trigger) {
        let gap = c.sl(m.range.end, end).to_lower();
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
    let head = c.sl(c.s.range.start, end).trim_end();
    let opens = head.is_empty()
        || head.ends_with(',')
        || head.ends_with(';')
        || head == "The"
        // "Reuters says that Britain, Germany and Italy followed Paris": a `that` clause opens.
        || head.ends_with(" that")
        || (same
            && (head.ends_with(", and") || head.ends_with(" and") || head.ends_with(", while")));
    if followers.is_empty() || !opens {
        return None;
    }
    followers.reverse();
    Some(followers)
}

/// The followers after "followed by": the list of states right after it.
fn followers_after<'a>(c: &'a Ctx<'_>, from: usize) -> Vec<&'a crate::mentions::Mention> {
    c.list_after(from, 5)
}

#[cfg(test)]
mod tests {
    /// `followed_suit` returns early on a sentence without "did" or "followed": every phrase it
    /// looks for must have one of them (a phrase added without would never be found).
    #[test]
    fn every_phrase_has_did_or_followed() {
        for p in super::PHRASES
            .iter()
            .chain(&[", followed by ", "followed", "followed "])
        {
            assert!(p.contains("did") || p.contains("followed"), "{p}");
        }
    }
}
