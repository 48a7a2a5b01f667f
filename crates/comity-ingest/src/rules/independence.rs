//! Declarations of independence: the seceding entity and the state it left.
//!
//! The object is the state named by the sentence ("independence from Serbia") or, when the sentence
//! names none ("Kosovo declared independence in 2008"), the entity's parent as the *document* states
//! it elsewhere ("Serbia's former province", "Serbia considers Kosovo part of its territory",
//! "Kosovo, a former province of Serbia"). Without such a statement no claim is made: the parent is
//! never taken from world knowledge.

use super::Ctx;
use crate::claim::ClaimKind;
use crate::extract::{Proposal, Sentence};
use crate::gate::ToLower;
use crate::mentions::{Gazetteer, Mention, MentionKind};
use crate::rx::Rx as Regex;
use std::sync::OnceLock;

/// Patterns of this module.
struct IndRx {
    /// "declared independence from X", "seceded from X": the object follows.
    from: Regex,
    /// "Kosovo (unilaterally) declared (its) independence": subject before.
    verb: Regex,
    /// "Kosovo's (declaration of) independence in/on <date>": subject ends at the match.
    noun: Regex,
    /// "the (unilateral) declaration of independence by Kosovo": subject after.
    by: Regex,
    /// Negation or modality just before a trigger.
    not: Regex,
    /// Parent cues: "X's former province (of E)".
    poss_province: Regex,
    /// ", a former province of X" after E.
    appositive: Regex,
    /// "X considers E (to be) part of its territory", "claims it as the Autonomous Province".
    considers: Regex,
    /// "E is (an integral) part of X".
    part_of: Regex,
    /// "<demonym> province of E".
    demonym_province: Regex,
}

static IRX: OnceLock<Option<IndRx>> = OnceLock::new();

fn patterns() -> Option<&'static IndRx> {
    IRX.get_or_init(|| {
        let r = |p: &str| crate::rx::regex(p).ok();
        Some(IndRx {
            from: r(r"(?i)\b(?:(?:unilaterally\s+)?(?:declar(?:ed|es|ing|ation\s+of)|proclaim(?:ed|s|ing)|proclamation\s+of)\s+(?:its\s+|their\s+)?independence|seceded|became\s+independent)\s+from\s+(?:the\s+)?")?,
            verb: r(r"(?i)\b(?:unilaterally\s+)?(?:declared|proclaimed)\s+(?:(?:its\s+|their\s+)?(?:formal\s+)?independence|itself\s+(?:an?\s+)?(?:independent\s+|sovereign\s+)?(?:state|republic))\b")?,
            noun: r(r"(?i)^(?:'s|’s)\s+(?:unilateral\s+|formal\s+)?(?:declaration\s+of\s+independence|proclamation\s+of\s+independence|independence\s+declaration|independence)\s+(?:(?:was\s+)?(?:declared|proclaimed)\s+)?(?:in|on)\s+")?,
            by: r(r"(?i)\b(?:unilateral\s+)?(?:declaration|proclamation)\s+of\s+independence\s+by\s+")?,
            not: r(r"(?i)\b(?:not|never|n't|would|will|could|might|threaten\w*|plan\w*|refus\w*)\b")?,
            poss_province: r(r"(?i)^(?:'s|’s)\s+(?:former|breakaway|separatist|rebel|renegade|southern|northern|autonomous)\s+(?:province|region|territory)\b(\s+of\s+)?")?,
            appositive: r(r"(?i)^,\s+(?:a|the)\s+(?:former|breakaway|separatist|rebel)\s+(?:province|region|territory)\s+of\s+$")?,
            considers: r(r"(?i)\b(?:considers?|considered|regards?|regarded|claims?|claimed|sees|saw|views?|viewed|treats?)\s+(it|[A-Z][\w-]*)\s+(?:as\s+|to\s+be\s+)?(?:(?:its|an?|the)\s+)?(?:own\s+)?(?:integral\s+|southern\s+|northern\s+|autonomous\s+|breakaway\s+|sovereign\s+)*(?:part|province|territory|region)\b")?,
            part_of: r(r"(?i)^\s+(?:is|was|remains|as)\s+(?:still\s+|formally\s+|legally\s+)?(?:an\s+integral\s+|a\s+)?part\s+of\s+$")?,
            demonym_province: r(r"(?i)^\s+(?:breakaway\s+|former\s+|southern\s+)?province\s+of\s+$")?,
        })
    })
    .as_ref()
}

fn state(g: &Gazetteer, m: &Mention) -> bool {
    matches!(m.kind, MentionKind::Name | MentionKind::Capital) && g.is_state(&m.actor)
}

/// The mention of a state starting within `max_gap` bytes after `pos` in `s`.
fn after<'a>(
    g: &Gazetteer,
    text: &str,
    s: &'a Sentence<'_>,
    pos: usize,
    max_gap: usize,
) -> Option<&'a Mention> {
    s.mentions.iter().find(|m| {
        m.range.start >= pos
            && state(g, m)
            && text
                .get(pos..m.range.start)
                .is_some_and(|gap| gap.len() <= max_gap && !gap.contains(['.', ';', ',']))
    })
}

/// (entity, parent) pairs the document states, most supported parent per entity.
pub(crate) fn parents<'a>(
    sentences: impl Iterator<Item = Sentence<'a>>,
    g: &Gazetteer,
    text: &str,
    main_entity: Option<&str>,
) -> Vec<(String, String)> {
    let Some(rx) = patterns() else {
        return Vec::new();
    };
    let mut votes: Vec<((String, String), usize)> = Vec::new();
    let mut vote = |e: &str, p: &str| {
        if e == p {
            return;
        }
        let key = (e.to_string(), p.to_string());
        match votes.iter_mut().find(|(k, _)| *k == key) {
            Some(v) => v.1 += 1,
            None => votes.push((key, 1)),
        }
    };
    let sl = |a: usize, b: usize| text.get(a..b).unwrap_or("");
    for s in sentences {
        let s = &s;
        // "E declared independence from X", "E seceded from X".
        for m in rx.from.find_iter(s.text) {
            let (ts, te) = (s.range.start + m.start(), s.range.start + m.end());
            let sub = s
                .mentions
                .iter()
                .rev()
                .find(|x| x.range.end <= ts && sl(x.range.end, ts).len() <= 40 && state(g, x));
            if let (Some(e), Some(p)) = (sub, after(g, text, s, te, 4)) {
                vote(&e.actor, &p.actor);
            }
        }
        for (i, x) in s.mentions.iter().enumerate() {
            // "Northern Cyprus", "the Turkish Republic of Northern Cyprus": an entity whose own
            // name ends with a state's name, as the document writes it (h/extract19).
            if x.kind == MentionKind::Name
                && g.actor(&x.actor)
                    .is_some_and(|a| a.kind == crate::mentions::ActorKind::Entity)
            {
                if let Some(p) = parent_in_name(g, sl(x.range.start, x.range.end), &x.actor) {
                    vote(&x.actor, &p);
                }
            }
            let rest = sl(x.range.end, s.range.end);
            // "X's former province (of E)".
            if state(g, x) {
                if let Some(c) = rx.poss_province.captures(rest) {
                    let end = x.range.end + c.get(0).map_or(0, |m| m.end());
                    let e = if c.get(1).is_some() {
                        after(g, text, s, end, 0).map(|m| m.actor.as_str())
                    } else {
                        main_entity
                    };
                    if let Some(e) = e {
                        vote(e, &x.actor);
                    }
                }
            }
            // "E, a former province of X" / "E is an integral part of X".
            if state(g, x) {
                if let Some(next) = s.mentions.get(i + 1).filter(|n| state(g, n)) {
                    let gap = sl(x.range.end, next.range.start);
                    if rx.appositive.is_match(gap) || rx.part_of.is_match(gap) {
                        vote(&x.actor, &next.actor);
                    }
                }
            }
            // "the Serbian province of Kosovo".
            if x.kind == MentionKind::Demonym && g.is_state(&x.actor) {
                if let Some(next) = s.mentions.get(i + 1).filter(|n| state(g, n)) {
                    if rx
                        .demonym_province
                        .is_match(sl(x.range.end, next.range.start))
                    {
                        vote(&next.actor, &x.actor);
                    }
                }
            }
        }
        // "X considers E part of its territory", "X claims it as the Autonomous Province".
        for cap in rx.considers.captures_iter(s.text) {
            let (Some(m), Some(o)) = (cap.get(0), cap.get(1)) else {
                continue;
            };
            let ts = s.range.start + m.start();
            let e = if o.as_str().eq_ignore_ascii_case("it") {
                main_entity.map(str::to_string)
            } else {
                after(g, text, s, s.range.start + o.start(), 0).map(|m| m.actor.clone())
            };
            let Some(e) = e else { continue };
            // The holder of the view: the nearest other state before the verb in the clause.
            let x = s.mentions.iter().rev().find(|x| {
                // The cheap tests first: a long sentence has many mentions before the verb.
                x.range.end <= ts
                    && sl(x.range.end, ts).len() <= 80
                    && !sl(x.range.end, ts).contains(['.', ';'])
                    && x.actor != e
                    && state(g, x)
            });
            if let Some(x) = x {
                vote(&e, &x.actor);
            }
        }
    }
    let mut out: Vec<(String, String)> = Vec::new();
    let entities: Vec<String> = votes.iter().map(|((e, _), _)| e.clone()).collect();
    for e in entities {
        if out.iter().any(|(x, _)| *x == e) {
            continue;
        }
        let mine: Vec<&((String, String), usize)> =
            votes.iter().filter(|((x, _), _)| *x == e).collect();
        let best = mine.iter().map(|(_, n)| *n).max().unwrap_or(0);
        let top: Vec<&&((String, String), usize)> =
            mine.iter().filter(|(_, n)| *n == best).collect();
        if let [only] = top[..] {
            out.push(only.0.clone());
        }
    }
    out
}

/// The state whose name ends the entity's name as written after a word of direction
/// ("Northern Cyprus", "the Turkish Republic of Northern Cyprus" → Cyprus): the shortest word
/// suffix that is exactly one mention of a state other than the entity, right after "Northern",
/// "Southern", "Eastern", "Western", "North", "South", "East" or "West". "South Ossetia",
/// "Western Sahara", "Kosovo": no state; "Republic of China": no direction, none.
fn parent_in_name(g: &Gazetteer, surface: &str, entity: &str) -> Option<String> {
    const DIRECTIONS: [&str; 8] = [
        "northern", "southern", "eastern", "western", "north", "south", "east", "west",
    ];
    let starts: Vec<usize> = surface
        .char_indices()
        .filter(|(i, ch)| *ch == ' ' && *i + 1 < surface.len())
        .map(|(i, _)| i + 1)
        .collect();
    starts.iter().rev().find_map(|&at| {
        let suffix = &surface[at..];
        let before = surface[..at].trim_end();
        let word = before.rsplit(' ').next().unwrap_or("").to_lower();
        if !DIRECTIONS.contains(&word.as_str()) {
            return None;
        }
        // Read as a state's name where one is expected (an ambiguous name such as "Cyprus" or
        // "Georgia" is a mention only with a state word nearby).
        const FRAME: &str = "the government of ";
        let ms = g.mentions(&format!("{FRAME}{suffix}"));
        match ms.as_slice() {
            [m] if m.range == (FRAME.len()..FRAME.len() + suffix.len())
                && m.kind == MentionKind::Name
                && m.actor != entity
                && g.is_state(&m.actor) =>
            {
                Some(m.actor.clone())
            }
            _ => None,
        }
    })
}

/// The subject of a verb at `ts`: the nearest state before it in the clause, skipping one inside an
/// "of" phrase ("Kosovo, a former province of Serbia, declared ...").
fn subject_before<'a>(c: &'a Ctx<'_>, ts: usize) -> Option<&'a Mention> {
    c.s.mentions
        .iter()
        .rev()
        .filter(|x| x.range.end <= ts && c.state(x))
        .take_while(|x| {
            let gap = c.sl(x.range.end, ts);
            gap.len() <= 80 && !gap.contains(['.', ';', '"', '“', '”'])
        })
        .find(|x| {
            let head = c.sl(c.s.range.start, x.range.start).to_lower();
            let appositive = head.ends_with(" of ") && c.sl(x.range.end, ts).starts_with(',');
            !appositive && c.sl(x.range.end, ts).len() <= 60
        })
}

/// The parent the document states for `entity`.
fn parent_of<'a>(c: &'a Ctx<'_>, entity: &str) -> Option<&'a str> {
    c.parents
        .iter()
        .find(|(e, _)| e == entity)
        .map(|(_, p)| p.as_str())
}

pub(super) fn independence(c: &Ctx<'_>, out: &mut Vec<Proposal>) {
    let Some(rx) = patterns() else { return };
    let s = c.s;
    let mut push = |sub: &str, obj: &str, ts: usize, rule: &'static str, conf: f64| {
        if sub == obj
            || out
                .iter()
                .any(|p: &Proposal| p.kind == ClaimKind::Independence && p.subject == sub)
        {
            return;
        }
        let mut p = Proposal::new(ClaimKind::Independence, sub, obj, None, ts, rule);
        p.confidence = conf;
        out.push(p);
    };
    let negated = |from: usize, ts: usize| rx.not.is_match(c.sl(from, ts));
    // "E declared independence from X".
    for m in rx.from.find_iter(s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let sub = c.before(ts, 30, |x| c.state(x));
        let obj = c.after(te, 6, |x| c.state(x));
        if let (Some(sub), Some(obj)) = (sub, obj) {
            if !negated(sub.range.end, ts) {
                push(&sub.actor, &obj.actor, ts, "independence-declared", 0.8);
            }
        }
    }
    // A date stated in the sentence, starting exactly at `pos` or before `ts` ("In 2008, ...").
    let dated_at = |pos: usize| {
        s.dates
            .iter()
            .any(|d| d.date.is_some() && d.range.start == pos)
    };
    let dated_near = |ts: usize, te: usize| {
        s.dates.iter().any(|d| {
            d.date.is_some()
                && ((d.range.start >= te
                    && d.range.start - te <= 40
                    && !c.sl(te, d.range.start).contains([',', ';', '(']))
                    || d.range.end <= ts)
        })
    };
    // "E (unilaterally) declared independence in <date>".
    for m in rx.verb.find_iter(s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        if c.sl(te, s.range.end)
            .trim_start()
            .to_lower()
            .starts_with("from")
        {
            continue;
        }
        let Some(sub) = subject_before(c, ts) else {
            continue;
        };
        if negated(sub.range.end, ts) || !dated_near(ts, te) {
            continue;
        }
        if let Some(obj) = parent_of(c, &sub.actor) {
            push(&sub.actor, obj, ts, "independence-declared-parent", 0.7);
        }
    }
    // "E's (declaration of) independence in <date>".
    for x in &s.mentions {
        if !c.state(x) {
            continue;
        }
        let rest = c.sl(x.range.end, s.range.end);
        if !rx
            .noun
            .find(rest)
            .is_some_and(|m| dated_at(x.range.end + m.end()))
        {
            continue;
        }
        if let Some(obj) = parent_of(c, &x.actor) {
            push(&x.actor, obj, x.range.end, "independence-noun-dated", 0.7);
        }
    }
    // "the declaration of independence by E in <date>".
    for m in rx.by.find_iter(s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let Some(sub) = c.after(te, 4, |x| c.state(x)) else {
            continue;
        };
        if !dated_near(sub.range.end, sub.range.end) {
            continue;
        }
        if let Some(obj) = parent_of(c, &sub.actor) {
            push(&sub.actor, obj, ts, "independence-declaration-by", 0.7);
        }
    }
}

#[cfg(test)]
mod tests {
    //! Sentences written for these tests (news and encyclopedia phrasing, not taken from the seed
    //! documents). Expected claims follow eval/SCHEMA.md: `independence` has the seceding entity as
    //! subject and the state it left as object, and that object must be stated by the document itself
    //! ("from Serbia", "Serbia's former province", "Serbia considers it part of its territory").
    use crate::rules::fixture::of_kind;

    fn ind(text: &str) -> Vec<(String, String, Option<String>)> {
        of_kind(text, "independence")
            .into_iter()
            .map(|(s, o, _, d)| (s, o, d))
            .collect()
    }

    fn one(s: &str, o: &str, d: &str) -> Vec<(String, String, Option<String>)> {
        vec![(s.to_string(), o.to_string(), Some(d.to_string()))]
    }

    #[test]
    fn declared_from() {
        assert_eq!(
            ind("Kosovo declared independence from Serbia on 17 February 2008."),
            one("XKX", "SRB", "2008-02-17")
        );
        assert_eq!(
            ind("Kosovo unilaterally proclaimed its independence from Serbia in 2008."),
            one("XKX", "SRB", "2008")
        );
        assert_eq!(
            ind("Kosovo seceded from Serbia in February 2008 after years of UN administration."),
            one("XKX", "SRB", "2008-02")
        );
        assert_eq!(
            ind("Kosovo became independent from Serbia in 2008."),
            one("XKX", "SRB", "2008")
        );
    }

    #[test]
    fn parent_from_appositive_or_possessive() {
        assert_eq!(
            ind("Kosovo, a former province of Serbia, declared independence in 2008."),
            one("XKX", "SRB", "2008")
        );
        assert_eq!(
            ind("Serbia's breakaway province of Kosovo declared independence in 2008 with Western backing."),
            one("XKX", "SRB", "2008")
        );
        assert_eq!(
            ind("Tensions rose in the Serbian province of Kosovo. Kosovo declared independence on 17 February 2008."),
            one("XKX", "SRB", "2008-02-17")
        );
    }

    #[test]
    fn parent_from_claim_of_territory() {
        assert_eq!(
            ind("Serbia still considers Kosovo part of its territory. Kosovo proclaimed independence on 17 February 2008."),
            one("XKX", "SRB", "2008-02-17")
        );
        assert_eq!(
            ind("Kosovo's declaration of independence in 2008 was backed by the United States. Serbia continues to claim Kosovo as its province."),
            one("XKX", "SRB", "2008")
        );
        assert_eq!(
            ind("Since Kosovo's independence in 2008, Belgrade has refused to accept the loss. Serbia regards Kosovo as an integral part of its territory."),
            one("XKX", "SRB", "2008")
        );
        assert_eq!(
            ind("The unilateral declaration of independence by Kosovo in February 2008 angered Serbia, which sees Kosovo as its southern province."),
            one("XKX", "SRB", "2008-02")
        );
        assert_eq!(
            ind("Under the Serbian constitution Kosovo is an integral part of Serbia. In 2008 Kosovo declared independence."),
            one("XKX", "SRB", "2008")
        );
    }

    #[test]
    fn no_parent_stated_no_claim() {
        // The document never says what Kosovo left: no object is invented.
        assert!(ind("Kosovo declared independence in 2008.").is_empty());
        assert!(
            ind("Kosovo's declaration of independence in 2008 was welcomed in Washington.")
                .is_empty()
        );
    }

    #[test]
    fn not_a_declaration() {
        // A recognition statement about "independence" is not a dated declaration.
        assert!(ind("Russia does not recognise Kosovo's independence. Serbia considers Kosovo part of its territory.").is_empty());
        // A demand, not a declaration.
        assert!(ind("Kosovo Albanians demanded independence from Serbia in the 1990s.").is_empty());
        // A negated or hypothetical declaration.
        assert!(ind("Serbia's former province of Kosovo would never declare independence, officials in Belgrade said in 2006.").is_empty());
        // The date is the ruling's, not the declaration's: without a stated date the noun form is left.
        assert!(ind("The ICJ ruled in 2010 that Kosovo's declaration of independence did not violate international law. Serbia considers Kosovo its province.").is_empty());
        // A question states nothing.
        assert!(ind("Did Kosovo declare independence from Serbia in 2008?").is_empty());
    }
}
