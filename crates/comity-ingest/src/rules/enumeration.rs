//! Enumerations (issue 10, branch h/extract14): when a rule or frame proposes an act for one actor
//! of a coordinated list, every other actor of the list does the same act, each with its own date
//! when the list pairs them.
//!
//! - "Albania (2008), Turkey (2008) and Japan (2008) recognised Kosovo": the frame reads the
//!   actor next to the verb (Japan); Albania and Turkey are the same list, each dated by its own
//!   parenthesis (year precision, never a day).
//! - "recognised by Algeria in 1976, by Mexico in 1979 and by Kenya in 2005", "by Albania and
//!   Turkey on 18 February 2008, and by Japan on 18 March 2008": a repeated "by" is a separator;
//!   "A and B on D" gives A the date of B (the date closes the pair), a bare comma does not.
//! - "The following states recognise Abkhazia: Russia; Nicaragua; Venezuela; Syria": semicolons.
//! - Gapping: "Algeria recognised the SADR in 1976, Mexico in 1979 and Kenya in 2005": a list of
//!   (actor, date) pairs right after the act's own date, ending the sentence, repeats the act with
//!   the other actor of the same category (a state for a state, an entity for an entity); when
//!   both parties are of the list's category it is ambiguous and gives nothing.
//!
//! What keeps it from joining clauses: a list is names joined only by commas, semicolons, "and",
//! "&", "as well as" (with an optional repeated "by"/"with"/"from" and "the"); two names need a
//! plain "and" (no comma: "when Tuvalu recognised Abkhazia, Georgia cut ties" is no list); the
//! other party of the act may not be in the list; on the object side every item must be of the
//! object's category (states, partially recognised entities or organisations), on the subject
//! side states and entities may mix (entities recognise each other) but organisations may not
//! join states. Statements and votes are not extended (their speakers are read by their own rules).
//! An item whose date is not exact ("around 2008", "by 2010") is undated, never given another's.

use super::Ctx;
use crate::claim::ClaimKind;
use crate::dates::{DateQualifier, PartialDate};
use crate::extract::Proposal;
use crate::gate::ToLower;
use crate::mentions::{ActorKind, MentionKind};
use crate::rx::Rx as Regex;
use std::ops::Range;
use std::sync::OnceLock;

struct Rxs {
    /// Between an item's name and its own date: " (", " (in ", ", in ", " on ".
    joint: Regex,
    /// Between one item (or its date) and the next item.
    sep: Regex,
    /// A two-item separator: a plain "and" (or "&"), no comma.
    sep_pair: Regex,
    /// Between the act's own date and a gapped list's first item: ", " or " and ".
    gap_open: Regex,
}

fn rx() -> Option<&'static Rxs> {
    static RX: OnceLock<Option<Rxs>> = OnceLock::new();
    RX.get_or_init(|| {
        let r = |p: &str| crate::rx::regex(p).ok();
        Some(Rxs {
            joint: r(r"^\s*(?:\(\s*(?:in\s+|on\s+)?|,?\s+(?:in|on)\s+)$")?,
            sep: r(
                r"^\s*\)?\s*(?:[,;]\s*(?:and\s+|as\s+well\s+as\s+|&\s*)?|(?:and|&|as\s+well\s+as)\s+)(?:(?:by|with|from)\s+)?(?:the\s+)?$",
            )?,
            sep_pair: r(r"^\s*\)?\s*(?:and|&)\s+(?:(?:by|with|from)\s+)?(?:the\s+)?$")?,
            gap_open: r(r"^\s*\)?\s*(?:,\s*|,?\s+and\s+)(?:the\s+)?$")?,
        })
    })
    .as_ref()
}

/// A state, a partially recognised entity, or an organisation (or anything else).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Category {
    State,
    Entity,
    Other,
}

fn category(c: &Ctx<'_>, id: &str) -> Category {
    match c.g.actor(id) {
        Some(a) if a.kind == ActorKind::Entity => Category::Entity,
        Some(_) if c.g.is_state(id) => Category::State,
        _ => Category::Other,
    }
}

/// One item of a list: its actor, the span of its name (and of its own date when it has one), and
/// its own date: `Some(Some(d))` an exact date, `Some(None)` a date that is not exact (the item is
/// dated, but not usable), `None` no date of its own.
struct Item {
    actor: String,
    span: Range<usize>,
    /// The name as written (a statement's speaker).
    name: Range<usize>,
    date: Option<Option<PartialDate>>,
    /// The date stands in a parenthesis ("Albania (2008)"): it is the item's alone.
    paren: bool,
}

fn items(c: &Ctx<'_>, rx: &Rxs) -> Vec<Item> {
    let s = c.s;
    let mut out: Vec<Item> = Vec::new();
    for m in &s.mentions {
        if m.kind != MentionKind::Name || c.g.actor(&m.actor).is_none() {
            continue;
        }
        // Overlapping mentions: the first one read stands.
        if out.last().is_some_and(|l| m.range.start < l.span.end) {
            continue;
        }
        let own = s.dates.iter().find(|d| {
            d.range.start >= m.range.end && rx.joint.is_match(c.sl(m.range.end, d.range.start))
        });
        let item = match own {
            Some(d) => {
                let usable = !d.relative && d.qualifier == DateQualifier::Exact;
                Item {
                    actor: m.actor.clone(),
                    span: m.range.start..d.range.end,
                    name: m.range.clone(),
                    date: Some(d.date.filter(|_| usable)),
                    paren: c.sl(m.range.end, d.range.start).contains('('),
                }
            }
            None => Item {
                actor: m.actor.clone(),
                span: m.range.clone(),
                name: m.range.clone(),
                date: None,
                paren: false,
            },
        };
        out.push(item);
    }
    out
}

/// Runs of items joined by list separators only (index ranges into `items`), two or more long.
fn runs(c: &Ctx<'_>, rx: &Rxs, items: &[Item]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < items.len() {
        let mut j = i + 1;
        let bare_comma =
            |a: usize, b: usize| c.sl(items[a].span.end, items[b].span.start).trim() == ",";
        while j < items.len()
            && rx
                .sep
                .is_match(c.sl(items[j - 1].span.end, items[j].span.start))
        {
            // "Since its split from Serbia, Japan and Canada recognised Kosovo": the first item
            // is the object of a preposition in a fronted clause, which the comma closes
            // (h/extract16). "… by Russia, Nicaragua and Nauru, Georgia still claims it": a list
            // closes with its plain-"and" item; a bare comma after it starts something else
            // (", and by Spain, Ireland and Norway" opens a group, it closes none).
            if bare_comma(j - 1, j)
                && ((j - 1 == i
                    && crate::frames::fronted_preposition_object(
                        c.sl(c.s.range.start, items[i].span.start),
                    ))
                    || (j >= i + 2
                        && matches!(
                            c.sl(items[j - 2].span.end, items[j - 1].span.start).trim(),
                            "and" | "and the"
                        )))
            {
                break;
            }
            j += 1;
        }
        let ok = match j - i {
            0 | 1 => false,
            2 => rx
                .sep_pair
                .is_match(c.sl(items[i].span.end, items[i + 1].span.start)),
            _ => true,
        };
        if ok {
            out.push(i..j);
        }
        i = j;
    }
    out
}

/// The date an item of a run gets: its own; else, in a run that pairs items with dates, the date
/// of the next item when only a plain "and" stands between them ("Albania and Turkey on 18
/// February 2008"), else none (`Err`: the claim is undated, never dated by a neighbour's date). In
/// a run with no paired dates, `Ok(None)`: the act's own date applies to every item.
fn item_date(
    c: &Ctx<'_>,
    rx: &Rxs,
    items: &[Item],
    run: &Range<usize>,
    k: usize,
) -> Result<Option<PartialDate>, ()> {
    let dated = run.clone().filter(|&i| items[i].date.is_some()).count();
    let paired = dated >= 2 || run.clone().any(|i| items[i].paren);
    if !paired {
        return Ok(None);
    }
    match items[k].date {
        Some(Some(d)) => Ok(Some(d)),
        Some(None) => Err(()),
        None => {
            // "… and by Spain, Ireland and Norway in 2024": a group of undated items opened by
            // "by" (or opening the list) and closed by one dated item (not in a parenthesis, no
            // "by" inside the group) takes that date.
            let mut n = k + 1;
            while n < run.end
                && items[n].date.is_none()
                && !c
                    .sl(items[n - 1].span.end, items[n].span.start)
                    .contains("by ")
            {
                n += 1;
            }
            if n >= run.end
                || items[n].paren
                || c.sl(items[n - 1].span.end, items[n].span.start)
                    .contains("by ")
            {
                return Err(());
            }
            let mut gs = k;
            while gs > run.start
                && items[gs - 1].date.is_none()
                && !c
                    .sl(items[gs - 1].span.end, items[gs].span.start)
                    .contains("by ")
            {
                gs -= 1;
            }
            let opened = gs == run.start
                || c.sl(items[gs - 1].span.end, items[gs].span.start)
                    .contains("by ");
            // Two items with a plain "and" ("Albania and Turkey on 18 February 2008") need no "by".
            let pair = n == k + 1
                && rx
                    .sep_pair
                    .is_match(c.sl(items[k].span.end, items[n].span.start));
            match items[n].date {
                Some(Some(d)) if opened || pair => Ok(Some(d)),
                _ => Err(()),
            }
        }
    }
}

/// Words that may open a comma-separated piece between a list and its act's trigger without
/// opening another clause ("recognised by several states, including A, B and C").
const LINKS: [&str; 14] = [
    "including",
    "among",
    "such",
    "notably",
    "namely",
    "especially",
    "particularly",
    "by",
    "and",
    "as",
    "in",
    "on",
    "the",
    "with",
];

/// Whether the list `span` and the trigger `at` lie in one clause: at most 120 bytes apart, no
/// sentence or semicolon break between them, and every comma between them followed by a linking
/// word (not "…, Chinese state media reported Saturday, days after …").
fn same_clause(c: &Ctx<'_>, span: &Range<usize>, at: usize) -> bool {
    let gap = if at < span.start {
        c.sl(at, span.start)
    } else if at > span.end {
        c.sl(span.end, at)
    } else {
        return true;
    };
    if gap.len() > 120 || gap.contains(['.', ';', '!', '?']) {
        return false;
    }
    gap.split(',').skip(1).all(|piece| {
        let w = piece
            .trim_start()
            .split(|ch: char| !ch.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_lower();
        w.is_empty() || LINKS.contains(&w.as_str()) || w.chars().all(|ch| ch.is_ascii_digit())
    })
}

/// The next word is a finite verb (roughly: an auxiliary, a saying, or a word in -ed / -es).
fn verb_follows(rest: &str) -> bool {
    let rest = rest.trim_start_matches(|c: char| c == ')' || c.is_whitespace());
    if rest.starts_with([',', ';', '.', ':', '(', '!', '?']) {
        return false;
    }
    let w = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lower();
    const AUX: [&str; 16] = [
        "is", "was", "are", "were", "has", "have", "had", "will", "would", "did", "does", "do",
        "said", "says", "also", "then",
    ];
    AUX.contains(&w.as_str()) || (w.len() > 4 && (w.ends_with("ed") || w.ends_with("ised")))
}

/// The text between the clause's start (the sentence's, or after ", but" / ", and" / ";" / ":")
/// and `at` is empty or an article.
fn opens_clause(c: &Ctx<'_>, at: usize) -> bool {
    let head = c.sl(c.s.range.start, at);
    let from = [", but ", ", and ", "; ", ": ", ", while "]
        .iter()
        .filter_map(|b| head.rfind(b).map(|i| i + b.len()))
        .max()
        .unwrap_or(0);
    let h = head.get(from..).unwrap_or("").trim().to_lower();
    h.is_empty() || h == "the" || h == "both"
}

/// The word before `at` (an article skipped) is a preposition other than "by": the name at `at`
/// is a prepositional object, not a subject.
fn after_preposition(c: &Ctx<'_>, at: usize) -> bool {
    const PREPOSITIONS: [&str; 12] = [
        "from", "of", "to", "against", "with", "into", "over", "than", "between", "for", "about",
        "toward",
    ];
    let head = c.sl(c.s.range.start, at).to_lower();
    let mut words = head
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev();
    let mut w = words.next().unwrap_or("");
    if w == "the" {
        w = words.next().unwrap_or("");
    }
    PREPOSITIONS.contains(&w)
}

fn extendable(kind: ClaimKind) -> bool {
    kind != ClaimKind::Vote
}

/// Adds, for each proposal of an act whose subject or object is an item of a list, the same act for
/// the list's other items (see the module's documentation).
pub(crate) fn extend(c: &Ctx<'_>, proposals: &mut Vec<Proposal>) {
    let Some(rx) = rx() else { return };
    if proposals.iter().all(|p| !extendable(p.kind)) {
        return;
    }
    let items = items(c, rx);
    if items.len() < 2 {
        return;
    }
    let runs = runs(c, rx, &items);
    let mut added: Vec<Proposal> = Vec::new();
    let exists = |ps: &[Proposal], added: &[Proposal], q: &Proposal| {
        ps.iter().chain(added).any(|p| {
            p.kind == q.kind
                && (p.subject == q.subject
                    || (p.kind == ClaimKind::Statement
                        && p.speaker_actor.is_some()
                        && p.speaker_actor == q.speaker_actor))
                && p.object == q.object
                && p.polarity == q.polarity
        })
    };
    for pi in 0..proposals.len() {
        if !extendable(proposals[pi].kind) {
            continue;
        }
        let mut own_date: Option<Result<Option<PartialDate>, ()>> = None;
        let statement = proposals[pi].kind == ClaimKind::Statement;
        for subject_side in [true, false] {
            let p = &proposals[pi];
            // A statement's speaker is its actor (its subject is the name as written); only the
            // speakers are listed ("Russia and China said they would block …").
            if statement && !subject_side {
                continue;
            }
            let Some(speaker) = p
                .speaker_actor
                .as_ref()
                .filter(|_| statement)
                .or(Some(&p.subject))
            else {
                continue;
            };
            let (party, other) = if subject_side {
                (speaker, &p.object)
            } else {
                (&p.object, &p.subject)
            };
            let cat = category(c, party);
            let Some((run, at)) = runs.iter().find_map(|r| {
                r.clone()
                    .find(|&i| &items[i].actor == party)
                    .map(|i| (r.clone(), i))
            }) else {
                continue;
            };
            if run.clone().any(|i| &items[i].actor == other) {
                continue;
            }
            // The list must be the rule's reading, not a list elsewhere in the sentence that
            // happens to name the party ("China and Kiribati have established relations, …, days
            // after the tiny Pacific island nation severed ties with Taiwan").
            let span = items[run.start].span.start..items[run.end - 1].span.end;
            if !same_clause(c, &span, p.trigger) {
                continue;
            }
            // The party named again outside the list: which mention the rule read is not known
            // ("Kosovo and Russia do not have relations due to Russia's support for Serbia").
            if items
                .iter()
                .enumerate()
                .any(|(i, it)| &it.actor == party && !run.contains(&i))
            {
                continue;
            }
            // An object list is not followed by a verb: "… from Serbia on 17 February 2008 and
            // Latvia recognised it" is a new clause, not a list of objects.
            if !subject_side && verb_follows(c.sl(span.end, c.s.range.end)) {
                continue;
            }
            // A subject list does not begin inside a prepositional phrase: "Kosovo declared its
            // independence from Serbia on 17 February 2008 and Latvia recognised it on 20
            // February 2008" gave Serbia recognising Kosovo (review 17); "by" is the passive's
            // agent and stays ("recognised by Albania and Turkey").
            if subject_side && after_preposition(c, span.start) {
                continue;
            }
            // Speakers open their clause ("Russia and China said …"; not "Talks between Greece
            // and Cyprus criticised Turkey").
            if statement && !opens_clause(c, span.start) {
                continue;
            }
            let fits = |id: &str| {
                let k = category(c, id);
                if subject_side {
                    k == cat || (k != Category::Other && cat != Category::Other)
                } else {
                    k == cat
                }
            };
            if !run.clone().all(|i| fits(&items[i].actor)) {
                continue;
            }
            if own_date.is_none() {
                own_date = Some(item_date(c, rx, &items, &run, at));
            }
            for k in run.clone() {
                let actor = &items[k].actor;
                if actor == party {
                    continue;
                }
                let mut q = p.clone();
                if statement {
                    q.subject = c.sl(items[k].name.start, items[k].name.end).to_string();
                    q.speaker_actor = Some(actor.clone());
                } else if subject_side {
                    q.subject = actor.clone();
                } else {
                    q.object = actor.clone();
                }
                q.rule = "enumeration";
                q.quote = None;
                match item_date(c, rx, &items, &run, k) {
                    Ok(Some(d)) => {
                        q.date = Some(d);
                        q.no_date = false;
                    }
                    Ok(None) => {}
                    Err(()) => {
                        q.date = None;
                        q.no_date = true;
                    }
                }
                if !exists(proposals, &added, &q) {
                    added.push(q);
                }
            }
        }
        // The listed party's own date, when the list pairs dates and the rule read none.
        let p = &mut proposals[pi];
        match own_date {
            Some(Ok(Some(d))) if p.date.is_none() => {
                p.date = Some(d);
                p.no_date = false;
            }
            Some(Err(())) if p.date.is_none() => p.no_date = true,
            _ => {}
        }
    }
    gapped(c, rx, &items, proposals, &mut added);
    for q in added {
        if !exists(proposals, &[], &q) {
            proposals.push(q);
        }
    }
}

/// "Algeria recognised the SADR in 1976, Mexico in 1979 and Kenya in 2005": after the act's own
/// date, a list of (actor, date) pairs that ends the sentence repeats the act for each actor.
fn gapped(
    c: &Ctx<'_>,
    rx: &Rxs,
    items: &[Item],
    proposals: &[Proposal],
    added: &mut Vec<Proposal>,
) {
    let s = c.s;
    for p in proposals
        .iter()
        .filter(|p| extendable(p.kind) && p.kind != ClaimKind::Statement)
    {
        // The act's own date: the first date after the trigger, exact, with no third actor between.
        let Some(d0) = s.dates.iter().find(|d| d.range.start >= p.trigger) else {
            continue;
        };
        if d0.date.is_none() || d0.relative || d0.qualifier != DateQualifier::Exact {
            continue;
        }
        let between_ok = s
            .mentions
            .iter()
            .filter(|m| m.range.start >= p.trigger && m.range.end <= d0.range.start)
            .all(|m| m.actor == p.subject || m.actor == p.object);
        if !between_ok {
            continue;
        }
        // The list: dated items from right after d0 to the sentence's end.
        let Some(first) = items.iter().position(|it| it.span.start >= d0.range.end) else {
            continue;
        };
        if !rx
            .gap_open
            .is_match(c.sl(d0.range.end, items[first].span.start))
        {
            continue;
        }
        let mut last = first;
        while last + 1 < items.len()
            && rx
                .sep
                .is_match(c.sl(items[last].span.end, items[last + 1].span.start))
        {
            last += 1;
        }
        let list = &items[first..=last];
        let tail = c.sl(items[last].span.end, s.range.end);
        if !tail.chars().all(|ch| ").!\"”’' ".contains(ch))
            || !list.iter().all(|it| it.date.is_some())
        {
            continue;
        }
        let kinds: Vec<Category> = list.iter().map(|it| category(c, &it.actor)).collect();
        let k0 = kinds[0];
        if k0 == Category::Other || kinds.iter().any(|&k| k != k0) {
            continue;
        }
        let subject_side = match (category(c, &p.subject) == k0, category(c, &p.object) == k0) {
            (true, false) => true,
            (false, true) => false,
            _ => continue,
        };
        for it in list {
            if it.actor == p.subject || it.actor == p.object {
                continue;
            }
            let mut q = p.clone();
            if subject_side {
                q.subject = it.actor.clone();
            } else {
                q.object = it.actor.clone();
            }
            q.rule = "enumeration-gapped";
            q.quote = None;
            match it.date {
                Some(Some(d)) => {
                    q.date = Some(d);
                    q.no_date = false;
                }
                _ => {
                    q.date = None;
                    q.no_date = true;
                }
            }
            added.push(q);
        }
    }
}
