//! Membership of international bodies (joined, applied, refused, blocked) and admission votes.

use super::Ctx;
use crate::claim::{ClaimKind, Counts};
use crate::extract::Proposal;
use crate::gate::ToLower;
use crate::mentions::Mention;
use crate::rx::Rx as Regex;

/// The organisation `first` and those listed right after it ("UEFA and FIFA").
fn orgs_from(c: &Ctx<'_>, first: &Mention) -> Vec<String> {
    let mut out = vec![first.actor.clone()];
    let mut at = first.range.end;
    let start = first.range.end;
    for m in c.s.mentions.iter().filter(|m| m.range.start >= start) {
        let gap = c.sl(at, m.range.start).trim();
        if !c.org(m) || !["and", ",", ", and", "and the", ", the", ", and the"].contains(&gap) {
            break;
        }
        if !out.contains(&m.actor) {
            out.push(m.actor.clone());
        }
        at = m.range.end;
    }
    out
}

/// The actor a sentence with no state of its own speaks of ("It joined the IMF in 2009"), from the
/// sentence before: its only state or entity; of several, the document's entity when it is one of
/// them; else none (h/extract14: after "Kosovo declared independence from Serbia", "It joined the
/// IMF" was Serbia's membership — the last state named —, not Kosovo's).
fn prev_subject(c: &Ctx<'_>, p: &crate::extract::Sentence<'_>) -> Option<String> {
    let mut named: Vec<&str> = Vec::new();
    for x in p.mentions.iter().filter(|x| c.state(x)) {
        if !named.contains(&x.actor.as_str()) {
            named.push(&x.actor);
        }
    }
    match named[..] {
        [one] => Some(one.to_string()),
        _ => c
            .main_entity
            .filter(|e| named.contains(e))
            .map(str::to_string),
    }
}

pub(super) fn membership(c: &Ctx<'_>, out: &mut Vec<Proposal>) {
    let (s, rx) = (c.s, c.rx);
    let mem = ClaimKind::Membership;
    let subject_for = |ts: usize| -> Option<String> {
        c.before(ts, 40, |x| c.state(x))
            .map(|x| x.actor.clone())
            .or_else(|| {
                s.mentions
                    .iter()
                    .find(|x| c.state(x))
                    .map(|x| x.actor.clone())
                    .or_else(|| c.prev.and_then(|p| prev_subject(c, p)))
            })
    };
    for m in rx.member_join.find_iter(s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let Some(org) = c.after(te, 6, |x| c.org(x)) else {
            continue;
        };
        let head = c.sl(s.range.start, ts).to_lower();
        // "would never become a member", "will join": a denial or a future, not a fact of joining.
        let last_words: Vec<&str> = head.split_whitespace().rev().take(3).collect();
        let future_or_denied = last_words.iter().any(|w| {
            [
                "never", "would", "will", "could", "may", "might", "should", "cannot", "can't",
                "won't",
            ]
            .contains(w)
        });
        if head.trim_end().ends_with(" to")
            || rx.negation.is_match(&head)
            || head.contains(" not ")
            || future_or_denied
        {
            continue; // "to become a member", "cannot ... become": not a fact of joining
        }
        // "… Palestine, but that was before they joined the EU": a pronoun right before the verb
        // is its subject, and the actor named before the pronoun is not (h/extract15: it gave
        // Palestine's EU membership); "A recognised Palestine and joined the EU": the verb's
        // subject is the first clause's, not its object. The frames read both (the pronoun with
        // its antecedent, the coordinated verb with `frames::shared_subject`).
        let pronoun = head
            .split_whitespace()
            .next_back()
            .is_some_and(|w| ["they", "it", "he", "she", "we", "and", "but", "then"].contains(&w));
        if pronoun {
            continue;
        }
        if let Some(sub) = subject_for(ts) {
            let mut p = Proposal::new(
                mem,
                &sub,
                &org.actor,
                Some("joined"),
                ts,
                "membership-joined",
            );
            p.confidence = 0.7;
            out.push(p);
        }
    }
    for m in rx.accepted.find_iter(s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let rest = s.text[m.end()..].to_lower();
        if !(rest.contains("member") || rest.contains(" as a ")) {
            continue;
        }
        let (Some(org), Some(sub)) = (
            c.before(ts, 12, |x| c.org(x)),
            c.after(te, 4, |x| c.state(x)),
        ) else {
            continue;
        };
        out.push(Proposal::new(
            mem,
            &sub.actor,
            &org.actor,
            Some("joined"),
            ts,
            "membership-accepted",
        ));
    }
    for m in rx.admitted_passive.find_iter(s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let head = c.sl(s.range.start, ts).to_lower();
        if head.contains(" not ") || head.contains("n't") || head.contains("never") {
            continue;
        }
        let (Some(sub), Some(org)) = (subject_for(ts), c.after(te, 6, |x| c.org(x))) else {
            continue;
        };
        for org in orgs_from(c, org) {
            let mut p = Proposal::new(mem, &sub, &org, Some("joined"), ts, "membership-admitted");
            p.confidence = 0.7;
            out.push(p);
        }
    }
    for m in rx.bid_failed.find_iter(s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let Some(org) = c.after(te, 6, |x| c.org(x)) else {
            continue;
        };
        let rest = c.sl(org.range.end, s.range.end).to_lower();
        let failed = [
            "failed",
            "was rejected",
            "was turned down",
            "was refused",
            "fell short",
            "was voted down",
        ]
        .iter()
        .any(|w| rest.find(w).is_some_and(|p| p <= 25));
        let head = c.sl(s.range.start, ts).trim();
        let sub = c
            .before(ts, 12, |x| c.state(x))
            .map(|x| x.actor.clone())
            .or_else(|| {
                (head == "Its" || head.ends_with(" its"))
                    .then(|| c.antecedent_it(ts, &[]))
                    .flatten()
            });
        let Some(sub) = sub else {
            continue;
        };
        if failed {
            let mut p = Proposal::new(
                mem,
                &sub,
                &org.actor,
                Some("refused"),
                ts,
                "membership-bid-failed",
            );
            p.confidence = 0.7;
            out.push(p);
        }
    }
    // "applied for EU membership".
    for m in rx.applied_for.find_iter(s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let Some(org) = c.after(te, 0, |x| c.org(x)) else {
            continue;
        };
        if !c
            .sl(org.range.end, s.range.end)
            .to_lower()
            .starts_with(" membership")
        {
            continue;
        }
        let head = c.sl(s.range.start, ts).to_lower();
        if head.contains(" not ") || head.contains("n't") || head.contains("never") {
            continue;
        }
        if let Some(sub) = c.before(ts, 30, |x| c.state(x)) {
            out.push(Proposal::new(
                mem,
                &sub.actor,
                &org.actor,
                Some("applied"),
                ts,
                "membership-applied-for",
            ));
        }
    }
    for m in rx.applied.find_iter(s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let head = c.sl(s.range.start, ts).to_lower();
        if head.contains(" not ") || head.contains("n't") || head.contains("never") {
            continue;
        }
        let (Some(sub), Some(org)) = (subject_for(ts), c.after(te, 6, |x| c.org(x))) else {
            continue;
        };
        out.push(Proposal::new(
            mem,
            &sub,
            &org.actor,
            Some("applied"),
            ts,
            "membership-applied",
        ));
    }
    for m in rx.fell_short.find_iter(s.text) {
        let ts = c.abs(m.start());
        let lower = s.text.to_lower();
        if !["accession", "membership", "admission", "to join"]
            .iter()
            .any(|w| lower.contains(w))
        {
            continue;
        }
        let org = s
            .mentions
            .iter()
            .find(|x| c.org(x))
            .map(|x| x.actor.clone());
        let sub = s
            .mentions
            .iter()
            .find(|x| c.state(x))
            .map(|x| x.actor.clone());
        if let (Some(org), Some(sub)) = (org, sub) {
            let mut p = Proposal::new(
                mem,
                &sub,
                &org,
                Some("refused"),
                ts,
                "membership-fell-short",
            );
            p.confidence = 0.6;
            out.push(p);
        }
    }
    for m in rx.blocked.find_iter(s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let blocker = c.before(ts, 80, |x| c.state(x)).map(|x| x.actor.clone());
        let org = s
            .mentions
            .iter()
            .filter(|x| c.org(x) && x.range.start + 40 >= te && x.range.start >= ts)
            .find(|x| x.range.start <= te + 40)
            .map(|x| x.actor.clone());
        let Some(org) = org else { continue };
        // The target is the state named last before the membership word ("prevented Kosovo from
        // achieving UN membership", "block Kosovo's membership").
        let target = s
            .mentions
            .iter()
            .rev()
            .find(|x| {
                x.range.start >= ts
                    && x.range.end <= te
                    && c.state(x)
                    && Some(&x.actor) != blocker.as_ref()
            })
            .map(|x| x.actor.clone())
            // "vetoed a resolution … for full UN membership for Palestine": the state after it.
            .or_else(|| {
                c.after(te, 16, |x| {
                    c.state(x)
                        && Some(&x.actor) != blocker.as_ref()
                        && [" for ", " of "].contains(&c.sl(te, x.range.start))
                })
                .map(|x| x.actor.clone())
            })
            .or_else(|| c.antecedent_it(ts, &[blocker.as_deref().unwrap_or("")]));
        if let Some(t) = target {
            let mut p = Proposal::new(mem, &t, &org, Some("blocked"), ts, "membership-blocked");
            p.confidence = 0.6;
            out.push(p);
        }
    }
}

pub(super) fn vote(c: &Ctx<'_>, out: &mut Vec<Proposal>) {
    let (s, rx) = (c.s, c.rx);
    let Some(m) = rx.vote.find(s.text) else {
        return;
    };
    let ts = c.abs(m.start());
    let mut counts = Counts::default();
    let num = |re: &Regex, t: &str| -> Option<u32> {
        re.captures(t).and_then(|cap| {
            cap.iter()
                .skip(1)
                .flatten()
                .next()
                .and_then(|g| g.as_str().parse().ok())
        })
    };
    let scope = format!("{} {}", s.text, c.next.map_or("", |n| n.text));
    if s.text.to_lower().contains("unanimous") {
        counts.unanimous = Some(true);
    }
    counts.yes = num(&rx.num_yes, &scope);
    counts.no = num(&rx.num_no, &scope);
    counts.abstain = num(&rx.num_abstain, &scope);
    counts.present_and_voting = num(&rx.num_total, &scope);
    if let Some(cap) = rx.vote_pair.captures(s.text) {
        let n = |i: usize| cap.get(i).and_then(|g| g.as_str().parse().ok());
        if counts.yes.is_none() && counts.no.is_none() {
            counts.yes = n(1);
            counts.no = n(2);
        }
    }
    counts.boycotted = num(&rx.boycott, &scope);
    if counts.is_empty() {
        return;
    }
    // The body: "vote of the Assembly of X" -> X; else an organisation named in the sentence.
    let lower = s.text.to_lower();
    let body = lower
        .find("assembly of ")
        .and_then(|p| c.after(c.abs(p + 12), 4, |x| c.state(x)))
        .map(|x| x.actor.clone())
        .or_else(|| {
            s.mentions
                .iter()
                .find(|x| c.org(x))
                .map(|x| x.actor.clone())
        })
        // "The resolution was adopted by a vote of 143 to 9": the body and the motion's actor
        // of the sentence before, which named them.
        .or_else(|| {
            c.prev?
                .mentions
                .iter()
                .find(|x| c.org(x))
                .map(|x| x.actor.clone())
        });
    let object = s
        .mentions
        .iter()
        .find(|x| c.state(x))
        .or_else(|| c.prev?.mentions.iter().find(|x| c.state(x)))
        .map(|x| x.actor.clone());
    if let (Some(body), Some(obj)) = (body, object) {
        let mut p = Proposal::new(ClaimKind::Vote, &body, &obj, None, ts, "vote-counts");
        p.counts = Some(counts);
        p.confidence = 0.6;
        out.push(p);
    }
}

#[cfg(test)]
mod tests {
    //! Membership phrasings in sentences written for these tests (not from the seed documents).
    //! Expected claims per eval/SCHEMA.md: state, organisation, joined / applied / refused / blocked.
    use crate::rules::fixture::of_kind;

    fn mem(text: &str) -> Vec<(String, String, String, Option<String>)> {
        of_kind(text, "membership")
            .into_iter()
            .map(|(s, o, p, d)| (s, o, p.unwrap_or_default(), d))
            .collect()
    }

    fn has(text: &str, s: &str, o: &str, p: &str, d: Option<&str>) {
        let got = mem(text);
        let want = (
            s.to_string(),
            o.to_string(),
            p.to_string(),
            d.map(str::to_string),
        );
        assert!(got.contains(&want), "{text}\n expected {want:?} in {got:?}");
    }

    #[test]
    fn joined_and_applied() {
        has(
            "Kosovo joined UEFA in May 2016.",
            "XKX",
            "UEFA",
            "joined",
            Some("2016-05"),
        );
        has(
            "Kosovo was admitted to FIFA on 13 May 2016.",
            "XKX",
            "FIFA",
            "joined",
            Some("2016-05-13"),
        );
        has(
            "Kosovo became a full member of the International Olympic Committee in 2014.",
            "XKX",
            "IOC",
            "joined",
            Some("2014"),
        );
        has(
            "Kosovo formally applied to join the European Union in December 2022.",
            "XKX",
            "EU",
            "applied",
            Some("2022-12"),
        );
        has(
            "Kosovo submitted an application for membership of Interpol in 2018.",
            "XKX",
            "INTERPOL",
            "applied",
            Some("2018"),
        );
    }

    #[test]
    fn refused() {
        has(
            "Kosovo's bid to join UNESCO failed in November 2015.",
            "XKX",
            "UNESCO",
            "refused",
            Some("2015-11"),
        );
        has(
            "Kosovo's application to join Interpol was rejected in November 2018.",
            "XKX",
            "INTERPOL",
            "refused",
            Some("2018-11"),
        );
    }

    #[test]
    fn listed_organisations_and_its_bid() {
        has(
            "Kosovo joined the IMF in 2009, and was admitted to UEFA and FIFA in May 2016.",
            "XKX",
            "UEFA",
            "joined",
            Some("2016-05"),
        );
        has(
            "Kosovo joined the IMF in 2009, and was admitted to UEFA and FIFA in May 2016.",
            "XKX",
            "FIFA",
            "joined",
            Some("2016-05"),
        );
        has(
            "Kosovo declared independence in 2008. Its bid to join UNESCO failed in November 2015.",
            "XKX",
            "UNESCO",
            "refused",
            Some("2015-11"),
        );
    }

    #[test]
    fn applied_for_org_membership() {
        // Written for this test.
        has(
            "Kosovo applied for EU membership in December 2022.",
            "XKX",
            "EU",
            "applied",
            Some("2022-12"),
        );
        has(
            "Ukraine formally applied for NATO membership on 30 September 2022.",
            "UKR",
            "NATO",
            "applied",
            Some("2022-09-30"),
        );
    }

    #[test]
    fn not_membership() {
        assert!(mem("Kosovo hopes to join NATO one day.").is_empty());
        assert!(mem("Kosovo has not applied to join the United Nations.").is_empty());
    }
}
