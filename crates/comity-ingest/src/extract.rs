//! Extraction: claims proposed from actor mentions and dates by patterns, per sentence.
//!
//! Rules are written against the phrasing of claims in general ("X does not recognise Y", "Y was
//! recognised by A, B and C", "A and B established diplomatic relations"), never against particular
//! sentences. Pronouns ("it", "the country", "the two") are resolved to nearby actors; each such
//! resolution lowers the confidence. Flags of the passage (chatbot, related articles, damage) lower it too.

use crate::claim::{Claim, ClaimKind, Counts, DateBasis};
use crate::clean::{Block, BlockKind};
use crate::dates::{DateMention, DateQualifier, PartialDate};
use crate::flag::FlagKind;
use crate::gate::ToLower;
use crate::mentions::{ActorKind, Gazetteer, Mention, MentionKind};
use crate::offset_map::OffsetMap;
use crate::rules;
use std::ops::Range;

/// Everything extraction needs about one document.
pub struct DocInput<'a> {
    /// Document name.
    pub name: &'a str,
    /// Cleaned text.
    pub text: &'a str,
    /// Blocks of the cleaned text.
    pub blocks: &'a [Block],
    /// Maps cleaned text to decoded text.
    pub clean_map: &'a OffsetMap,
    /// Decoded text.
    pub decoded: &'a str,
    /// Maps decoded text to original bytes.
    pub decode_map: &'a OffsetMap,
    /// Document-wide flags (damage), applied to every claim.
    pub doc_flags: &'a [FlagKind],
    /// The gazetteer.
    pub gazetteer: &'a Gazetteer,
    /// The document's stated date (resolves relative dates).
    pub stated_date: Option<PartialDate>,
}

/// A sentence with its mentions and dates (ranges relative to the cleaned text).
pub(crate) struct Sentence<'a> {
    pub range: Range<usize>,
    pub text: &'a str,
    pub mentions: Vec<Mention>,
    pub dates: Vec<DateMention>,
    pub block: usize,
}

/// A claim before evidence and confidence are attached.
#[derive(Clone)]
pub(crate) struct Proposal {
    pub kind: ClaimKind,
    pub subject: String,
    pub object: String,
    pub polarity: Option<&'static str>,
    /// Absolute offset of the trigger in the cleaned text (for date choice).
    pub trigger: usize,
    pub confidence: f64,
    pub rule: &'static str,
    pub quote: Option<String>,
    pub speaker_actor: Option<String>,
    /// An act's sayer: the actor whose reported words hold the act's clause (see
    /// [`crate::speech::reported_spans`]).
    pub reported_by: Option<String>,
    pub broker: Option<String>,
    pub counts: Option<Counts>,
    pub no_date: bool,
    /// The claim's own date when the rule read it (an item's date in a list of (actor, date) pairs).
    pub date: Option<PartialDate>,
}

impl Proposal {
    pub(crate) fn new(
        kind: ClaimKind,
        subject: &str,
        object: &str,
        polarity: Option<&'static str>,
        trigger: usize,
        rule: &'static str,
    ) -> Self {
        Self {
            kind,
            subject: subject.to_string(),
            object: object.to_string(),
            polarity,
            trigger,
            confidence: 0.8,
            rule,
            quote: None,
            speaker_actor: None,
            reported_by: None,
            broker: None,
            counts: None,
            no_date: false,
            date: None,
        }
    }
}

/// Splits a block's text into sentence ranges (absolute offsets).
pub(crate) fn split_sentences(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[range.clone()];
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut quote_depth = 0i32;
    for (i, c) in s.char_indices() {
        match c {
            '“' => quote_depth += 1,
            '”' => quote_depth = (quote_depth - 1).max(0),
            _ => {}
        }
        if !matches!(c, '.' | '?' | '!' | '…') || quote_depth > 0 {
            continue;
        }
        let mut j = i + c.len_utf8();
        while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')') {
            j += 1;
        }
        if j < bytes.len() && bytes[j] != b' ' {
            // "...Republic of Kosovo.As of 02 July" counts as a boundary when a capital follows.
            if !(c == '.'
                && bytes[j].is_ascii_uppercase()
                && i >= 3
                && bytes[i - 1].is_ascii_lowercase()
                && bytes[i - 2].is_ascii_lowercase())
            {
                continue;
            }
        }
        let rest = s[j..].trim_start();
        // "said in a statement. [9], On 19 February 2009, …": the cleaner removes the citation
        // marker and leaves ". , On": a stop, a space, then a comma no sentence begins with.
        // The next sentence starts after that comma (review 18: the statement took the next
        // sentence's date).
        let orphan_comma = rest.len() < s.len() - j
            && rest.starts_with(',')
            && rest[1..].trim_start().starts_with(char::is_uppercase);
        let next_ok = rest.is_empty()
            || orphan_comma
            || rest.starts_with(|ch: char| {
                ch.is_uppercase()
                    || ch.is_ascii_digit()
                    || matches!(ch, '"' | '“' | '[' | '‘' | '\'')
            });
        // The word before the stop (letters, digits and dots), read back only to its last dot: a
        // dot in it already makes an abbreviation ("U.S."), and reading further made a line of
        // dotted junk quadratic.
        let head = &s[..i];
        let cut = head
            .char_indices()
            .rev()
            .find(|(_, ch)| *ch == '.' || !ch.is_alphanumeric());
        let (word_before, dotted) = match cut {
            Some((k, '.')) => (&head[k + 1..], true),
            Some((k, ch)) => (&head[k + ch.len_utf8()..], false),
            None => (head, false),
        };
        let abbrev = c == '.'
            && (word_before.len() == 1
                || dotted
                || [
                    "Mr", "Mrs", "Ms", "Dr", "St", "No", "vs", "Jan", "Feb", "Aug", "Sept", "Oct",
                    "Nov", "Dec", "Gen", "Col", "Prof",
                ]
                .contains(&word_before));
        if next_ok && !abbrev {
            out.push(range.start + start..range.start + j);
            start = j + (s[j..].len() - s[j..].trim_start().len());
            if orphan_comma {
                start += 1 + (rest[1..].len() - rest[1..].trim_start().len());
            }
        }
    }
    if start < s.len() {
        out.push(range.start + start..range.end);
    }
    out.retain(|r| !text[r.clone()].trim().is_empty());
    out
}

/// Whether the date at `d` stands in a relative clause (", which …", ", who …") of the sentence
/// starting at `start` that a comma closes before `trigger`.
fn closed_relative(text: &str, start: usize, d: Range<usize>, trigger: usize) -> bool {
    let Some(head) = text.get(start..d.start) else {
        return false;
    };
    let Some(open) = [", which ", ", who "]
        .iter()
        .filter_map(|k| head.rfind(k))
        .max()
    else {
        return false;
    };
    // Another comma between the clause's opening and the date: the clause may have closed already.
    let inside = !head[open + 2..].contains(',');
    inside
        && text
            .get(d.end..trigger)
            .is_some_and(|g| g.contains(',') && !g.contains(['.', ';']))
}

/// Where the relative clause holding `trigger` closes (", which … ," / ", who … ,": the comma
/// after the trigger that ends it), if the trigger stands in one that a comma closes before the
/// sentence ends (h/extract18).
fn relative_close(text: &str, start: usize, trigger: usize, end: usize) -> Option<usize> {
    let head = text.get(start..trigger)?;
    let open = [", which ", ", who "]
        .iter()
        .filter_map(|k| head.rfind(k))
        .max()?;
    // The clause must still be open at the trigger.
    if head[open + 2..].contains([',', ';']) {
        return None;
    }
    let rest = text.get(trigger..end)?;
    let close = rest.find([',', ';'])?;
    // Only a comma: a ";" ends the sentence's clause anyway.
    (rest.as_bytes()[close] == b',').then_some(trigger + close)
}

/// Whether paragraph `a` is a hard-wrapped line that paragraph `b`, on the very next line, goes on
/// ("… has recognized the" / "independence of Nagorno-Karabakh, …"): `a` ends with no sentence
/// stop, colon or bracket, and `b` starts with a lower-case letter, or `a` is a long line
/// (55 bytes or more, as wrapped text is) that ends with a word or comma and `b` starts with a
/// letter. A short line with no stop (a byline, "RIA Novosti", a heading-like line) is left alone.
fn wraps_into(doc: &DocInput<'_>, a: &Block, b: &Block) -> bool {
    if a.kind != BlockKind::Paragraph
        || b.kind != BlockKind::Paragraph
        || a.range.end > b.range.start
    {
        return false;
    }
    let text = doc.text;
    let (Some(la), Some(lb)) = (text.get(a.range.clone()), text.get(b.range.clone())) else {
        return false;
    };
    // The cleaned text puts a blank line between all blocks: the gap is read in the decoded text.
    let (ea, sb) = (
        doc.clean_map.map_byte(a.range.end.saturating_sub(1)).end,
        doc.clean_map.map_byte(b.range.start).start,
    );
    let Some(gap) = doc.decoded.get(ea..sb) else {
        return false;
    };
    if ea > sb || !gap.trim().is_empty() || gap.matches('\n').count() != 1 {
        return false;
    }
    let (Some(end), Some(next)) = (la.trim_end().chars().last(), lb.trim_start().chars().next())
    else {
        return false;
    };
    if matches!(end, '.' | '!' | '?' | '…' | ':' | ';' | ')' | ']' | '|') {
        return false;
    }
    next.is_lowercase()
        || (la.trim_end().len() >= 55
            && (end.is_alphanumeric() || end == ',')
            && next.is_alphabetic())
}

/// The two actors a bilateral heading or title is about ("Kosovo–Russia relations").
pub(crate) fn focus_pair(text: &str, g: &Gazetteer) -> Option<(String, String)> {
    if !text.to_lower().contains("relations") {
        return None;
    }
    let ms = g.mentions(text);
    let mut ids: Vec<String> = Vec::new();
    for m in ms
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::Name | MentionKind::Demonym))
    {
        if !ids.contains(&m.actor) {
            ids.push(m.actor.clone());
        }
    }
    (ids.len() >= 2).then(|| (ids[0].clone(), ids[1].clone()))
}

/// The date a news page's first lines start with ("September 17, 2019The Solomon Islands …",
/// "AFP\nSeptember 29, 2019"), when the document states no date otherwise: a full date at the very
/// start of one of its first three text blocks.
fn dateline(doc: &DocInput<'_>) -> Option<PartialDate> {
    doc.blocks
        .iter()
        .filter(|b| !matches!(b.kind, BlockKind::Title | BlockKind::Heading))
        .take(3)
        .find_map(|b| {
            let t = doc.text.get(b.range.clone())?;
            let mut end = t.len().min(40);
            while !t.is_char_boundary(end) {
                end -= 1;
            }
            let d = crate::dates::find_dates(&t[..end], None)
                .into_iter()
                .next()?;
            let date = d.date?;
            (city_prefix(&t[..d.range.start]) && date.precision() == crate::dates::Precision::Day)
                .then_some(date)
        })
        .or_else(|| byline_date(doc.text))
}

/// Nothing, or a news dateline's place before its date ("MANAGUA, ", "TAIPEI, Taiwan, "): words
/// in capitals, then at most one more place name, each followed by a comma.
fn city_prefix(head: &str) -> bool {
    static CITY: std::sync::OnceLock<Option<crate::rx::Rx>> = std::sync::OnceLock::new();
    head.is_empty()
        || CITY
            .get_or_init(|| {
                crate::rx::regex(r"^\p{Lu}[\p{Lu}\s.'-]{1,30},(?:\s*\p{Lu}[\p{L}\s.]{1,30},)?\s*$")
                    .ok()
            })
            .as_ref()
            .is_some_and(|r| r.is_match(head))
}

/// A date line near the top of a page ("Civil Georgia, Tbilisi / 4 September 2008 / 11:19",
/// "  08 April 2016    Read: 1317", "Posted on December 29, 2025"): a full date on a short line
/// (at most eight words) among the first 400 bytes. A sentence that holds a date is no date line.
fn byline_date(text: &str) -> Option<PartialDate> {
    let mut end = text.len().min(400);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    // Whole lines only: the cut end of a sentence is no short line.
    let head = if end < text.len() {
        text[..end].rsplit_once('\n').map_or("", |(a, _)| a)
    } else {
        &text[..end]
    };
    head.lines().find_map(|line| {
        if line.split_whitespace().count() > 8 {
            return None;
        }
        crate::dates::find_dates(line, None)
            .into_iter()
            .filter_map(|d| d.date)
            .find(|d| d.precision() == crate::dates::Precision::Day)
    })
}

/// Sentences longer than this (bytes) are not searched for claims.
pub const MAX_SENTENCE_BYTES: usize = 20_000;

/// Proposes claims for one document.
pub fn extract(doc: &DocInput<'_>) -> Vec<Claim> {
    extract_counting(doc).0
}

/// [`extract`], also counting the sentences not searched because they are longer than
/// [`MAX_SENTENCE_BYTES`].
pub(crate) fn extract_counting(doc: &DocInput<'_>) -> (Vec<Claim>, usize) {
    let (claims, skipped, _) = extract_inner(doc, None);
    (claims, skipped)
}

/// [`extract`], and the candidates the rules and frames left undecided: pairs of actors named in a
/// sentence with a trigger word, for which no claim was proposed (see [`crate::decider`]).
pub(crate) fn extract_with_candidates(doc: &DocInput<'_>) -> (Vec<Claim>, Vec<Candidate>) {
    let (claims, _, candidates) = extract_inner(doc, Some(false));
    (claims, candidates)
}

/// [`extract_with_candidates`], with the pairs a rule or frame decided as well (marked
/// [`Candidate::decided`]): the examples a learned decider is trained on.
pub(crate) fn extract_with_all_pairs(doc: &DocInput<'_>) -> (Vec<Claim>, Vec<Candidate>) {
    let (claims, _, candidates) = extract_inner(doc, Some(true));
    (claims, candidates)
}

/// A sentence's pair of actors that no rule or frame decided, with the trigger word that makes it
/// worth asking about. `template` carries the evidence, its span in the original bytes, the date and
/// the flags; the decider fills in kind, parties and polarity.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Actor A (id).
    pub a: String,
    /// Actor B (id).
    pub b: String,
    /// The trigger word as written.
    pub trigger: String,
    /// The claim a decision completes (kind, subject, object and polarity are placeholders).
    pub template: Claim,
    /// The whole sentence as cleaned (the evidence may be trimmed); what a learned decider reads.
    pub sentence: String,
    /// Byte range of the first mention of `a` in `sentence` (A is named before B).
    pub a_at: Range<usize>,
    /// Byte range of the first mention of `b` in `sentence`.
    pub b_at: Range<usize>,
    /// How `a` and `b` are named (name, capital, person).
    pub named: (MentionKind, MentionKind),
    /// The kinds of `a` and `b` in the gazetteer.
    pub kinds: (ActorKind, ActorKind),
    /// How many distinct actors the sentence names (at most five are paired).
    pub actors: usize,
    /// Whether the sentence has a date expression of its own.
    pub dated: bool,
    /// Whether a rule or frame proposed a claim naming both (only in
    /// [`crate::decider::all_pairs`], the training examples; a decider never decides these).
    pub decided: bool,
}

/// Words that make a sentence about two actors a candidate for one of the frames' kinds (stance
/// words for statements included).
fn trigger_word(text: &str) -> Option<&str> {
    static RX: std::sync::OnceLock<Option<crate::rx::Rx>> = std::sync::OnceLock::new();
    let rx = RX
        .get_or_init(|| {
            crate::rx::regex(
                r"(?i)\b(?:recogni\w*|acknowledg\w*|derecogni\w*|relations|ties|embassy|member\w*|admi(?:t|tted|ssion)|accession|joined|independence|seced\w*|secession|sever\w*|switch\w*|agreement|treaty|accord|support\w*|back(?:s|ed|ing)?|oppos\w*|condemn\w*|welcom\w*|reject\w*|critici[sz]\w*|denounc\w*|prais\w*|protest\w*|sovereignty|integrity)\b",
            )
            .ok()
        })
        .as_ref()?;
    rx.find(text).map(|m| m.as_str())
}

/// `candidates`: `None` for none, `Some(false)` for the undecided pairs, `Some(true)` for every pair.
fn extract_inner(
    doc: &DocInput<'_>,
    candidates_of: Option<bool>,
) -> (Vec<Claim>, usize, Vec<Candidate>) {
    let mut candidates = Vec::new();
    let Some(rx) = rules::patterns() else {
        return (Vec::new(), 0, candidates);
    };
    let g = doc.gazetteer;
    let all_mentions = g.mentions(doc.text);
    let reference = doc.stated_date.or_else(|| dateline(doc));
    let all_dates = crate::dates::find_dates(doc.text, reference);
    // The sentences are kept as spans (range and block) only: a sentence with its mentions and
    // dates is built when a pass reaches it, and the main pass holds a window of four (the two
    // before, for a borrowed date; the next), so a huge document's sentences are never all held
    // at once with copies of their mentions (issue 13).
    let mut spans: Vec<(Range<usize>, usize)> = Vec::new();
    let mut block_focus: Vec<Option<(String, String)>> = Vec::new();
    let doc_focus = doc
        .blocks
        .iter()
        .find(|b| matches!(b.kind, BlockKind::Title | BlockKind::Heading))
        .and_then(|b| focus_pair(&doc.text[b.range.clone()], g));
    let mut section_focus = doc_focus.clone();
    for (bi, b) in doc.blocks.iter().enumerate() {
        if b.kind == BlockKind::Heading {
            let f = focus_pair(&doc.text[b.range.clone()], g);
            section_focus = if f.is_some() || b.flags.contains(&FlagKind::RelatedArticles) {
                f
            } else {
                doc_focus.clone()
            };
        }
        block_focus.push(section_focus.clone());
        if b.kind == BlockKind::Heading {
            continue;
        }
        // A hard-wrapped line goes on in this block: its sentences are read across the line break.
        if bi > 0
            && wraps_into(doc, &doc.blocks[bi - 1], b)
            && spans
                .last()
                .is_some_and(|(r, _)| r.end == doc.blocks[bi - 1].range.end)
        {
            if let Some((last, lbi)) = spans.pop() {
                let mut first = true;
                for r in split_sentences(doc.text, last.start..b.range.end) {
                    spans.push((r, if first { lbi } else { bi }));
                    first = false;
                }
            }
            continue;
        }
        for r in split_sentences(doc.text, b.range.clone()) {
            spans.push((r, bi));
        }
    }
    let sentence = |si: usize| -> Option<Sentence<'_>> {
        let (r, bi) = spans.get(si)?;
        let r = r.clone();
        let lo = all_mentions.partition_point(|m| m.range.start < r.start);
        let mentions = all_mentions[lo..]
            .iter()
            .take_while(|m| m.range.start < r.end)
            .filter(|m| m.range.end <= r.end)
            .cloned()
            .collect();
        let lo = all_dates.partition_point(|d| d.range.start < r.start);
        let dates = all_dates[lo..]
            .iter()
            .take_while(|d| d.range.start < r.end)
            .filter(|d| d.range.end <= r.end)
            .cloned()
            .collect();
        Some(Sentence {
            text: &doc.text[r.clone()],
            range: r,
            mentions,
            dates,
            block: *bi,
        })
    };
    // The document's title as a sentence: the act its news is about ([`rules::Ctx::lead`]).
    let title = doc
        .blocks
        .iter()
        .enumerate()
        .find(|(_, b)| b.kind == BlockKind::Title)
        .map(|(bi, b)| {
            let r = b.range.clone();
            Sentence {
                text: &doc.text[r.clone()],
                mentions: all_mentions
                    .iter()
                    .filter(|m| m.range.start >= r.start && m.range.end <= r.end)
                    .cloned()
                    .collect(),
                dates: Vec::new(),
                range: r,
                block: bi,
            }
        });
    let lead = title.or_else(|| sentence(0));
    // The partially recognised entity named most often in the document. Palestine is a state in
    // the actor table (a UN observer state recognised by most UN members) and partially recognised
    // too: its documents are about it as Kosovo's are about Kosovo.
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for m in &all_mentions {
        if m.actor == "PSE"
            || g.actor(&m.actor)
                .is_some_and(|a| a.kind == ActorKind::Entity)
        {
            match counts.iter_mut().find(|(a, _)| *a == m.actor) {
                Some(e) => e.1 += 1,
                None => counts.push((&m.actor, 1)),
            }
        }
    }
    let main_entity = counts.iter().max_by_key(|(_, n)| *n).map(|(a, _)| *a);
    let parents = rules::independence::parents(
        (0..spans.len()).filter_map(&sentence),
        g,
        doc.text,
        main_entity,
    );
    let mut claims = Vec::new();
    let mut list_claims = Vec::new();
    let mut lists = ListItems::default();
    let mut skipped = 0usize;
    // `window[at]` is sentence `si`; before it the two previous sentences, after it the next.
    let mut window: std::collections::VecDeque<Sentence<'_>> = std::collections::VecDeque::new();
    let mut at = 0usize;
    // The claims of the previous sentence (indices into `claims`), for "followed suit".
    let mut prev_claims = 0..0;
    for si in 0..spans.len() {
        if si == 0 {
            window.extend(sentence(0));
        } else {
            at += 1;
        }
        if window.len() == at + 1 {
            window.extend(sentence(si + 1));
        }
        while at > 2 {
            window.pop_front();
            at -= 1;
        }
        let win = window.make_contiguous();
        let s = &win[at];
        match lists.step(doc, s, main_entity) {
            Some(ListStep::Item(p)) => list_claims.push(finish(doc, win, at, *p)),
            // The date in the next cell of an item's row: the item's own, unless its cell had one.
            Some(ListStep::Date(d)) => {
                if let Some(c) = list_claims
                    .last_mut()
                    .filter(|c| c.date_basis != DateBasis::Sentence)
                {
                    c.date = Some(d);
                    c.date_basis = DateBasis::Paragraph;
                    c.date_bound = None;
                }
            }
            None => {}
        }
        // A "sentence" this long is no prose (a 5 MB line of junk): it is flagged, not searched.
        if s.text.len() > MAX_SENTENCE_BYTES {
            skipped += 1;
            prev_claims = claims.len()..claims.len();
            continue;
        }
        let prev = at
            .checked_sub(1)
            .map(|p| &win[p])
            .filter(|p| p.block == s.block || p.block + 1 == s.block);
        let next = win.get(at + 1).filter(|n| n.block == s.block);
        // The rules' regex prefilters on the sentence answered from one pass (issue 13 item 4).
        let _scope = crate::rx::Scope::enter(s.text);
        let ctx = rules::Ctx {
            s,
            prev,
            next,
            g,
            rx,
            focus: block_focus[s.block].as_ref(),
            text: doc.text,
            main_entity,
            parents: &parents,
            lead: lead.as_ref().filter(|l| l.range.start < s.range.start),
            earlier: &all_mentions
                [..all_mentions.partition_point(|m| m.range.start < s.range.start)],
            para_start: doc
                .blocks
                .get(s.block)
                .map_or(s.range.start, |b| b.range.start),
            prev_para_start: s
                .block
                .checked_sub(1)
                .and_then(|b| doc.blocks.get(b))
                .filter(|b| matches!(b.kind, BlockKind::Paragraph | BlockKind::ListItem))
                .map(|b| b.range.start),
        };
        let mut proposals = rules::propose(&ctx);
        let followed = rules::follow::followed_suit(
            &ctx,
            claims.get(prev_claims.clone()).unwrap_or(&[]),
            &proposals,
        );
        proposals.extend(followed);
        rules::enumeration::extend(&ctx, &mut proposals);
        let first = claims.len();
        if let Some(all) = candidates_of {
            undecided(doc, win, at, &proposals, all, &mut candidates);
        }
        // Who says an act (after the decider's candidates are taken: their templates stay unsaid).
        if proposals.iter().any(|p| p.kind != ClaimKind::Statement) {
            let spans = crate::speech::reported_spans(&ctx);
            for p in proposals
                .iter_mut()
                .filter(|p| p.kind != ClaimKind::Statement)
            {
                p.reported_by = crate::speech::sayer(&spans, &p.subject, p.trigger);
            }
        }
        for mut p in proposals {
            if hedged(s, &p) {
                continue;
            }
            if inside_closed_relative(s, &p) {
                continue;
            }
            if neither_nor(s, &p) {
                match (p.kind, p.polarity) {
                    (ClaimKind::Recognition, Some("positive")) => p.polarity = Some("negative"),
                    (ClaimKind::Recognition, Some("negative")) => {}
                    _ => continue,
                }
            }
            claims.push(finish(doc, win, at, p));
        }
        prev_claims = first..claims.len();
    }
    claims.append(&mut list_claims);
    (dedupe(claims), skipped, candidates)
}

/// An act the sentence does not assert (h/extract11, precision): it is denied ("denied reports
/// that it had recognised X", "Taiwan denied that Paraguay had cut ties"), doubted or rumoured ("it
/// is unclear whether X recognises Y", "rumours about X's willingness"), counterfactual ("Had Spain
/// recognised X, …"), reported as false ("Reports that A had established relations with B proved
/// false"), said not to be one ("not indicative of formal recognition of X by Y"), or done by the
/// actor a contrast sets apart ("Spain, unlike Portugal, does not recognise X": not Portugal).
/// Statements are reported speech by design and are not judged here.
fn hedged(s: &Sentence<'_>, p: &Proposal) -> bool {
    static RX: std::sync::OnceLock<Option<[crate::rx::Rx; 3]>> = std::sync::OnceLock::new();
    let Some([before, opening, false_report]) = RX
        .get_or_init(|| {
            Some([
                crate::rx::regex(
                    r"(?i)\b(?:(?:denied|denies|deny|denying)\s+(?:\w+\s+){0,3}?(?:that|reports?|claims?|rumou?rs?|allegations?|speculation)|(?:unclear|uncertain|not\s+clear|not\s+known|unknown|undecided)\s+(?:whether|if)|(?:rumou?rs?|speculation)\s+(?:about|of|that)|(?:claims|claimed|alleges|alleged|insists|insisted)\s+(?:\w+\s+){0,3}?that|(?:it\s+is|it's|it\s+was|it’s)\s+(?:not\s+true|false|untrue|a\s+lie|incorrect|wrong)\s+that|(?:no\s+one|nobody)\s+(?:believes|thinks|claims)\s+that|not\s+(?:indicative|a\s+sign|evidence|proof|tantamount|equivalent)\s+(?:of|to))\b",
                )
                .ok()?,
                crate::rx::regex(r"(?i)^\W*(?:had|were|should)\s+\p{Lu}").ok()?,
                crate::rx::regex(
                    r"(?i)\b(?:reports?|claims?|rumou?rs?)\s+that\b[^;]*\b(?:proved|proven|turned\s+out|were|was)\s+(?:to\s+be\s+)?(?:false|untrue|unfounded|baseless|incorrect)\b",
                )
                .ok()?,
            ])
        })
        .as_ref()
    else {
        return false;
    };
    if p.kind == ClaimKind::Statement {
        return false;
    }
    let t = p.trigger.clamp(s.range.start, s.range.end) - s.range.start;
    let mut t = t.min(s.text.len());
    while t > 0 && !s.text.is_char_boundary(t) {
        t -= 1;
    }
    let head = &s.text[..t];
    // Only the clause of the trigger: a hedge before a ";" does not reach past it.
    let clause = head.rfind(';').map_or(head, |i| &head[i + 1..]);
    if before.is_match(clause) || false_report.is_match(s.text) {
        return true;
    }
    if unasserted(clause, &s.text[t..]) {
        return true;
    }
    // "Had Spain recognised Kosovo, the vote would have passed."
    let inverted = opening.is_match(s.text)
        && s.text.contains(',')
        && [" would ", " could ", " might "]
            .iter()
            .any(|w| s.text.contains(w));
    if inverted {
        return true;
    }
    if asked(s, p) {
        return true;
    }
    // "Spain, unlike Portugal, does not recognise …": the subject is only named after "unlike".
    let named: Vec<&Mention> = s.mentions.iter().filter(|m| m.actor == p.subject).collect();
    !named.is_empty()
        && named.iter().all(|m| {
            let a = m
                .range
                .start
                .saturating_sub(s.range.start)
                .min(s.text.len());
            let mut a = a;
            while a > 0 && !s.text.is_char_boundary(a) {
                a -= 1;
            }
            s.text[..a].to_lower().trim_end().ends_with("unlike")
        })
}

/// "Kosovo, which Spain recognised in 2008, joined the IMF in 2009" (h/extract18, a sentence
/// written for it): an act's subject named only inside a relative clause that closes before the
/// act's trigger is the relative clause's, not the subject of the verb after it (Spain did not
/// join the IMF). Statements are judged by their own speaker rules.
fn inside_closed_relative(s: &Sentence<'_>, p: &Proposal) -> bool {
    if p.kind == ClaimKind::Statement {
        return false;
    }
    let named: Vec<&Mention> = s
        .mentions
        .iter()
        .filter(|m| m.actor == p.subject && m.range.end <= p.trigger)
        .collect();
    !named.is_empty()
        && s.mentions
            .iter()
            .all(|m| m.actor != p.subject || m.range.end <= p.trigger)
        && named.iter().all(|m| {
            let at = m.range.end.saturating_sub(s.range.start).min(s.text.len());
            s.text.is_char_boundary(at)
                && relative_close(s.text, 0, at, s.text.len())
                    .is_some_and(|c| s.range.start + c < p.trigger)
        })
}

/// "Neither Spain nor Greece recognises Kosovo" (h/extract18, a sentence written for it): every
/// item of a "neither … nor" list is negated, the one next to the verb too. True when the subject
/// is named right after "neither" or "nor" in the trigger's clause, before the trigger.
fn neither_nor(s: &Sentence<'_>, p: &Proposal) -> bool {
    s.mentions
        .iter()
        .filter(|m| m.actor == p.subject && m.range.end <= p.trigger)
        .any(|m| {
            let mut a = m
                .range
                .start
                .saturating_sub(s.range.start)
                .min(s.text.len());
            while a > 0 && !s.text.is_char_boundary(a) {
                a -= 1;
            }
            let head = s.text[..a].trim_end().to_lower();
            let head = head
                .strip_suffix("the")
                .map_or(head.as_str(), str::trim_end);
            let gap_ok = s
                .text
                .get(
                    m.range.end.saturating_sub(s.range.start)
                        ..p.trigger.saturating_sub(s.range.start),
                )
                .is_some_and(|g| !g.contains([',', ';', '.']) || g.trim().is_empty());
            (head.ends_with(" nor")
                || head == "nor"
                || head.ends_with(" neither")
                || head == "neither")
                && gap_ok
        })
}

/// An act the trigger's own stretch of the clause (from the comma before it to the trigger's next
/// four words) does not assert (h/extract18, precision on sentences written for it): asked as a
/// question ("debated whether Ireland should recognise", "refused to say whether it recognised"),
/// a purpose ("lobbied so that Ghana would withdraw"), a fear or warning ("fear that Kenya could
/// establish"), a possibility ("X could/might establish") or a counterfactual ("would not have been
/// recognised", "could have recognised"). The frames judge their own modality; this is the one
/// judgement for every rule's act, frames included.
fn unasserted(head: &str, tail: &str) -> bool {
    static RX: std::sync::OnceLock<Option<[crate::rx::Rx; 2]>> = std::sync::OnceLock::new();
    let Some([opener, modal]) = RX
        .get_or_init(|| {
            Some([
                crate::rx::regex(
                    r"(?i)\b(?:whether|if|so\s+that|in\s+order\s+that|lest|(?:fears?|feared|fearing|worr(?:y|ies|ied)|warn(?:s|ed|ing)?|concerned|afraid)\s+(?:\w+\s+){0,2}?that)\b",
                )
                .ok()?,
                crate::rx::regex(
                    r"(?i)\b(?:(?:would|could|might|should)\s+(?:not\s+|never\s+)?have|could|might)\b",
                )
                .ok()?,
            ])
        })
        .as_ref()
    else {
        return false;
    };
    let seg = head.rfind(',').map_or(head, |i| &head[i + 1..]);
    // After the trigger only its auxiliaries (a trigger at the subject: "Abkhazia would not have
    // been recognised"), not a later clause ("recognised X in 2009 so that it could …").
    let end = tail.find([',', ';', '.']).unwrap_or(tail.len());
    let words: Vec<&str> = tail[..end].split_whitespace().take(4).collect();
    let stretch = format!("{seg} {}", words.join(" "));
    opener.is_match(seg) || modal.is_match(&stretch)
}

/// "Serbia has lobbied countries such as Suriname, Burundi and Togo to withdraw their recognition"
/// (h/extract14): the subject is only named between a verb of asking and the "to" of the act it
/// is asked to do — asked, not acting. Success verbs ("persuaded", "convinced") are not asking.
fn asked(s: &Sentence<'_>, p: &Proposal) -> bool {
    static RX: std::sync::OnceLock<Option<[crate::rx::Rx; 2]>> = std::sync::OnceLock::new();
    let Some([ask, to_act]) = RX
        .get_or_init(|| {
            Some([
                crate::rx::regex(
                    r"(?i)\b(?:lobb(?:ied|ies|y|ying)|urg(?:ed|es|e|ing)|press(?:ed|es|ing)|pressur(?:ed|es|e|ing)|ask(?:ed|s|ing)?|call(?:ed|s|ing)?\s+on|call(?:ed|s|ing)?\s+upon|encourag(?:ed|es|e|ing)|appeal(?:ed|s|ing)?\s+to|invit(?:ed|es|e|ing))\b",
                )
                .ok()?,
                crate::rx::regex(
                    r"(?i)^[^.;]{0,150}?\bto\s+(?:\w+\s+){0,2}?(?:recogni[sz]e|withdraw|revoke|rescind|sever|cut|break|establish|join|derecogni[sz]e|suspend|switch|open|restore|vote|back|support|reconsider)\b",
                )
                .ok()?,
            ])
        })
        .as_ref()
    else {
        return false;
    };
    let named: Vec<&Mention> = s.mentions.iter().filter(|m| m.actor == p.subject).collect();
    !named.is_empty()
        && named.iter().all(|m| {
            ask.find_iter(s.text).any(|a| {
                let (a_end, m_start) = (s.range.start + a.end(), m.range.start);
                if m_start < a_end {
                    return false;
                }
                // The subject stands between the asking verb and the "to" of the act.
                let Some(gap) = s.text.get(a.end()..) else {
                    return false;
                };
                to_act
                    .find(gap)
                    .is_some_and(|t| a_end + t.end() > m.range.end)
                    && s.text
                        .get(a.end()..m_start - s.range.start)
                        .is_some_and(|g| !g.contains(['.', ';']) && g.len() <= 80)
            })
        })
}

/// What a list's introduction says of its items.
struct ListIntro {
    kind: ClaimKind,
    polarity: &'static str,
    host: String,
}

/// "Following is a list of states that have diplomatic ties with Taiwan:", "Countries that
/// recognise Kosovo:", "Kosovo has been recognised by:": a sentence ending in a colon that says
/// what each item of the list below does with one actor (the host).
fn list_intro(g: &Gazetteer, s: &Sentence<'_>) -> Option<ListIntro> {
    static RX: std::sync::OnceLock<Option<[crate::rx::Rx; 3]>> = std::sync::OnceLock::new();
    let [ties, rec, by] = RX
        .get_or_init(|| {
            Some([
                crate::rx::regex(r"(?i)\b(?:diplomatic\s+)?(?:ties|relations)\s+with\s+(?:the\s+)?$")
                    .ok()?,
                crate::rx::regex(
                    r"(?i)\brecogni[sz](?:e|es|ed|ing)\s+(?:the\s+(?:independence|state)\s+of\s+)?(?:the\s+)?$",
                )
                .ok()?,
                crate::rx::regex(r"(?i)^\s*(?:\w+\s+){0,3}?recogni[sz]ed\s+by\s*:?\s*$").ok()?,
            ])
        })
        .as_ref()?;
    let text = s.text.trim_end();
    if !text.ends_with(':') || text.len() > 300 {
        return None;
    }
    let withdrawn = text.contains("withdr") || text.contains("revok");
    let polarity = if withdrawn { "withdrawn" } else { "positive" };
    let local = |m: &Mention| m.range.start - s.range.start..m.range.end - s.range.start;
    let names: Vec<&Mention> = s
        .mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Name && g.actor(&m.actor).is_some())
        .collect();
    for m in &names {
        let r = local(m);
        let head = &s.text[..r.start];
        if ties.is_match(head) {
            return Some(ListIntro {
                kind: ClaimKind::Relations,
                polarity: "established",
                host: m.actor.clone(),
            });
        }
        if rec.is_match(head) {
            return Some(ListIntro {
                kind: ClaimKind::Recognition,
                polarity,
                host: m.actor.clone(),
            });
        }
        let tail = &s.text[r.end..];
        if by.is_match(tail.trim_start_matches(['\'', '’', 's', ' '])) {
            return Some(ListIntro {
                kind: ClaimKind::Recognition,
                polarity,
                host: m.actor.clone(),
            });
        }
    }
    None
}

/// A heading that introduces a list: "States that have recognised the SADR", "Withdrawn
/// recognitions", "Diplomatic relations".
fn heading_intro(g: &Gazetteer, heading: &str, main_entity: Option<&str>) -> Option<ListIntro> {
    if heading.len() > 120 {
        return None;
    }
    let lower = heading.to_lower();
    // Only a heading about recognition or relations introduces a list: the actors it names are
    // looked up only then.
    let relations = lower.contains("diplomatic relations")
        || lower.contains("diplomatic ties")
        || lower.contains("diplomatic allies");
    if !relations && !lower.contains("recogni") {
        return None;
    }
    // The document's entity when the heading names it, else the last actor it names ("Kenya
    // recognises Kosovo": Kosovo), else the document's entity.
    let named: Vec<String> = g
        .mentions(heading)
        .into_iter()
        .filter(|m| m.kind == MentionKind::Name && g.actor(&m.actor).is_some())
        .map(|m| m.actor)
        .collect();
    let host = main_entity
        .filter(|e| named.iter().any(|n| n == e))
        .map(str::to_string)
        .or_else(|| named.last().cloned())
        .or_else(|| main_entity.map(str::to_string))?;
    if lower.contains("recogni") {
        let withdrawn = ["withdr", "revok", "derecogni", "suspend"]
            .iter()
            .any(|w| lower.contains(w));
        let not = ["not recogni", "non-recogni", "do not", "does not", "refus"]
            .iter()
            .any(|w| lower.contains(w));
        if not {
            return None;
        }
        return Some(ListIntro {
            kind: ClaimKind::Recognition,
            polarity: if withdrawn { "withdrawn" } else { "positive" },
            host,
        });
    }
    relations.then_some(ListIntro {
        kind: ClaimKind::Relations,
        polarity: "established",
        host,
    })
}

/// The items of lists under an introduction ([`list_intro`]): each paragraph after it that is one
/// actor's name (with at most a date or a parenthesis after it) gives a claim; capitalised region
/// headings ("PACIFIC") are passed over; anything else ends the list.
#[derive(Default)]
struct ListItems {
    intro: Option<ListIntro>,
    last_block: Option<usize>,
    /// The block of the last item read (a table's next cell may hold its date).
    item_block: Option<usize>,
}

/// What a sentence is to a list under an introduction.
enum ListStep {
    /// An item: its claim.
    Item(Box<Proposal>),
    /// The cell right after an item's cell holds a date and nothing else (a table row turned into
    /// blocks: "Albania" | "18 February 2008"): the item's date.
    Date(PartialDate),
}

/// Column headings of a table of recognitions ("Country", "Date of recognition", "Notes"): words
/// that do not end the list under an introduction.
fn column_heading(text: &str) -> bool {
    const WORDS: [&str; 22] = [
        "country",
        "countries",
        "state",
        "states",
        "date",
        "dates",
        "year",
        "of",
        "recognition",
        "recognised",
        "recognized",
        "notes",
        "note",
        "name",
        "status",
        "relations",
        "established",
        "diplomatic",
        "source",
        "sources",
        "no",
        "ref",
    ];
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    !words.is_empty() && words.iter().all(|w| WORDS.contains(&w.as_str()))
}

/// The sentence is one exact date and nothing else but punctuation or table bars.
fn date_only(s: &Sentence<'_>) -> Option<PartialDate> {
    let [d] = &s.dates[..] else { return None };
    if d.relative || d.qualifier != DateQualifier::Exact {
        return None;
    }
    let a = d.range.start.checked_sub(s.range.start)?;
    let b = d.range.end.checked_sub(s.range.start)?;
    let rest = format!("{}{}", s.text.get(..a)?, s.text.get(b..)?);
    rest.chars()
        .all(|c| c.is_whitespace() || "|.,;:()[]–—-".contains(c))
        .then_some(d.date)?
}

impl ListItems {
    /// The claim of sentence `s`, the next sentence of the document, when it is a list's item.
    fn step(
        &mut self,
        doc: &DocInput<'_>,
        s: &Sentence<'_>,
        main_entity: Option<&str>,
    ) -> Option<ListStep> {
        let intro = &mut self.intro;
        // The headings passed since the previous sentence: a heading that introduces a list
        // ("States that have recognised the SADR") starts one, any other heading ends it.
        let from = self.last_block.map_or(0, |b: usize| b + 1);
        for b in doc.blocks.get(from..s.block).unwrap_or(&[]) {
            if b.kind == BlockKind::Heading {
                *intro = doc
                    .text
                    .get(b.range.clone())
                    .and_then(|h| heading_intro(doc.gazetteer, h, main_entity));
            }
        }
        let prev_block = self.last_block.replace(s.block);
        if let Some(next) = list_intro(doc.gazetteer, s) {
            *intro = Some(next);
            return None;
        }
        let text = s.text.trim();
        // A Markdown heading the cleaner kept as a paragraph ("## States that recognised
        // Kosovo") may introduce a list too.
        // So may a short line of its own with no closing punctuation ("States that recognise
        // the SADR" above lines "Algeria – 6 March 1976"): encyclopedia lists copied as text.
        let own_line = doc.text[..s.range.start].ends_with('\n')
            && doc.text[s.range.end..]
                .trim_start_matches([' ', '\t', '\r'])
                .starts_with('\n');
        let heading_like = !text.ends_with(['.', '!', '?', ':', ';', ','])
            && (text.len() <= 120 && text.starts_with('#') || text.len() <= 80 && own_line);
        let Some(li) = &*intro else {
            if heading_like {
                *intro = heading_intro(doc.gazetteer, text.trim_start_matches('#'), main_entity);
            }
            return None;
        };
        // A table row's cell after the item's cell: its date (h/extract14).
        if s.mentions.is_empty() {
            if let Some(d) = date_only(s) {
                let next_cell = self
                    .item_block
                    .is_some_and(|b| b + 1 == s.block && prev_block == Some(b));
                if next_cell {
                    self.item_block = None;
                    return Some(ListStep::Date(d));
                }
            }
        }
        // A table's column headings do not end the list ("Country", "Date of recognition").
        if s.mentions.is_empty() && text.len() <= 60 && column_heading(text) {
            if let Some(next) =
                heading_intro(doc.gazetteer, text.trim_start_matches('#'), main_entity)
            {
                *intro = Some(next);
            }
            return None;
        }
        let lead = s.text.len()
            - s.text
                .trim_start_matches(|c: char| {
                    matches!(c, '-' | '*' | '•' | '·' | ' ' | '.' | ')' | '|') || c.is_ascii_digit()
                })
                .len();
        let first = s.mentions.first();
        let item = first.filter(|m| {
            let at = m.range.start - s.range.start;
            let rest = s
                .text
                .get(m.range.end - s.range.start..)
                .unwrap_or("")
                .trim();
            m.kind == MentionKind::Name
                && at == lead
                && doc.gazetteer.actor(&m.actor).is_some()
                && rest.len() <= 100
                && (rest.is_empty()
                    || rest.starts_with(['(', '[', '–', '—', '-', ':', ',', '|'])
                    || (rest.len() <= 40 && rest.starts_with(|c: char| c.is_ascii_digit())))
        });
        match item {
            Some(m) if m.actor != li.host => {
                // The item acts: it has ties with, or recognises, the host.
                let p = Proposal::new(
                    li.kind,
                    &m.actor,
                    &li.host,
                    Some(li.polarity),
                    m.range.end,
                    "list-item",
                );
                self.item_block = Some(s.block);
                return Some(ListStep::Item(Box::new(p)));
            }
            Some(_) => {}
            None if s.mentions.is_empty()
                && text.len() <= 60
                && !text.chars().any(char::is_lowercase) => {}
            None if heading_like => {
                *intro = heading_intro(doc.gazetteer, text.trim_start_matches('#'), main_entity);
            }
            None => *intro = None,
        }
        None
    }
}

/// The candidates of sentence `si`: every pair of the (at most five) actors it names, when it has a
/// trigger word and no proposal names both (with `all`, the pairs a proposal names as well).
fn undecided(
    doc: &DocInput<'_>,
    sentences: &[Sentence<'_>],
    si: usize,
    proposals: &[Proposal],
    all: bool,
    out: &mut Vec<Candidate>,
) {
    let s = &sentences[si];
    let Some(trigger) = trigger_word(s.text) else {
        return;
    };
    let mut ids: Vec<&str> = Vec::new();
    // The first mention of each actor: its range in the sentence, how it is named, its kind.
    let mut firsts: Vec<(Range<usize>, MentionKind, ActorKind)> = Vec::new();
    for m in &s.mentions {
        if !matches!(
            m.kind,
            MentionKind::Name | MentionKind::Capital | MentionKind::Person
        ) || ids.contains(&m.actor.as_str())
        {
            continue;
        }
        let Some(actor) = doc.gazetteer.actor(&m.actor) else {
            continue;
        };
        ids.push(&m.actor);
        let r =
            m.range.start.saturating_sub(s.range.start)..m.range.end.saturating_sub(s.range.start);
        firsts.push((r, m.kind, actor.kind));
    }
    let actors = ids.len();
    ids.truncate(5);
    let at = s.range.start + s.text.find(trigger).unwrap_or(0);
    for (i, a) in ids.iter().enumerate() {
        for (j, b) in ids.iter().enumerate().skip(i + 1) {
            // A statement's party is its speaker's actor (its subject is the speaker as written).
            let decided = proposals.iter().any(|p| {
                let s = p.speaker_actor.as_deref().unwrap_or(&p.subject);
                (s == *a && p.object == *b) || (s == *b && p.object == *a)
            });
            if decided && !all {
                continue;
            }
            let p = Proposal::new(ClaimKind::Recognition, a, b, None, at, "model-decider");
            out.push(Candidate {
                a: a.to_string(),
                b: b.to_string(),
                trigger: trigger.to_string(),
                template: finish(doc, sentences, si, p),
                sentence: s.text.to_string(),
                a_at: firsts[i].0.clone(),
                b_at: firsts[j].0.clone(),
                named: (firsts[i].1, firsts[j].1),
                kinds: (firsts[i].2, firsts[j].2),
                actors,
                dated: !s.dates.is_empty(),
                decided,
            });
        }
    }
}

/// The relative clause or apposition that opens right after `at` and closes with a comma before
/// `end` (", which joined NATO in 2017,", ", a former Soviet republic,"), if any.
fn aside_after(text: &str, at: usize, end: usize) -> Option<Range<usize>> {
    let rest = text.get(at..end)?;
    let opens = [
        ", which ",
        ", who ",
        ", a ",
        ", an ",
        ", the ",
        ", itself ",
        ", once ",
    ]
    .iter()
    .any(|o| rest.starts_with(o));
    if !opens {
        return None;
    }
    let close = rest[1..].find(',')? + 1;
    (close <= 120).then_some(at..at + close)
}

fn finish(doc: &DocInput<'_>, sentences: &[Sentence<'_>], si: usize, p: Proposal) -> Claim {
    let s = &sentences[si];
    let block = &doc.blocks[s.block];
    // Date: the sentence date nearest the trigger (after it preferred at equal distance).
    let mut date_bound = None;
    let (date, basis) = if p.no_date {
        (None, DateBasis::None)
    } else if let Some(d) = p.date {
        (Some(d), DateBasis::Sentence)
    } else {
        // A date shortly after the trigger in the same clause ("recognised it on 18 March 2008") wins;
        // else the nearest date.
        // An end of a year range ("the 1991–1992 war") names a period, not the claim's date.
        let range_end = |d: &DateMention| {
            let after = doc.text.get(d.range.end..).unwrap_or("");
            let before = doc.text.get(..d.range.start).unwrap_or("");
            let dash = |t: &str| t.starts_with(['–', '—', '-']);
            d.date
                .is_some_and(|x| x.precision() == crate::dates::Precision::Year)
                && ((dash(after) && after.chars().nth(1).is_some_and(|c| c.is_ascii_digit()))
                    || (before.ends_with(['–', '—', '-'])
                        && before
                            .trim_end_matches(['–', '—', '-'])
                            .ends_with(|c: char| c.is_ascii_digit())))
        };
        // "Rice told journalists on September 3 that … Russia's recognition of X": a date before a
        // verb of saying dates the saying, which is the date of a statement, a refusal or an
        // intention the speech states, but not of an earlier act it names.
        // Only for an act named as a possessive noun ("Russia's recognition", "its decision to"):
        // "Nauru said Monday that it is switching recognition" is an act the saying announces.
        let act = !(p.kind == ClaimKind::Statement
            || p.kind == ClaimKind::Recognition
                && matches!(p.polarity, Some("negative" | "planned")))
            && doc
                .text
                .get(p.trigger..)
                .is_some_and(|t| t.starts_with("'s ") || t.starts_with("’s "));
        // "Montenegro, which joined NATO in 2017, recognised Kosovo": a relative clause or an
        // apposition right after the trigger (the subject) dates its own verb, not the claim's
        // (h/extract11).
        // Not when the claim itself is stated in it (its object named there: "Montenegro, which
        // joined NATO in 2017, …" for the membership).
        let aside = aside_after(doc.text, p.trigger, s.range.end).filter(|a| {
            !s.mentions
                .iter()
                .any(|m| m.actor == p.object && a.contains(&m.range.start))
        });
        let in_aside = |d: &DateMention| aside.as_ref().is_some_and(|a| a.contains(&d.range.start));
        // "Spain, which has not recognised Kosovo, voted against its bid in 2015": a trigger in a
        // relative clause is not dated by the main clause after it (h/extract18).
        let relative_close = relative_close(doc.text, s.range.start, p.trigger, s.range.end);
        let past_relative = |d: &DateMention| relative_close.is_some_and(|c| d.range.start >= c);
        // Where the claim's own clause resumes for a date after the aside.
        let from = |d: &DateMention| {
            aside
                .as_ref()
                .filter(|a| d.range.start >= a.end)
                .map_or(p.trigger, |a| a.end)
        };
        let after = s
            .dates
            .iter()
            .filter(|d| {
                (d.date.is_some() || d.qualifier == DateQualifier::Vague)
                    && !in_aside(d)
                    && !past_relative(d)
                    && d.range.start >= p.trigger
                    && d.range.start - p.trigger <= 100
                    && !range_end(d)
            })
            .find(|d| {
                !doc.text[p.trigger..d.range.start].contains([';', '('])
                    && !doc.text[from(d)..d.range.start].contains(", and")
                    && !crate::dates::other_clause(&doc.text[from(d)..d.range.start])
            });
        let best = after.or_else(|| {
            // Not further than 150 bytes from the trigger: a far date belongs to another clause.
            s.dates
                .iter()
                .filter(|d| {
                    (d.date.is_some() || d.qualifier == DateQualifier::Vague)
                        && !in_aside(d)
                        && !past_relative(d)
                        && d.range
                            .start
                            .abs_diff(p.trigger)
                            .min(d.range.end.abs_diff(p.trigger))
                            <= 150
                        && !range_end(d)
                        && !(d.range.start >= p.trigger
                            && crate::dates::other_clause(
                                doc.text.get(from(d)..d.range.start).unwrap_or(""),
                            ))
                        // "Kosovo declared independence in 2008, but Serbia never recognised
                        // it": the clause after ", but" is not dated by the one before it
                        // (h/extract14).
                        // A date opening the sentence dates both clauses ("In 1983, X declared
                        // independence, but this was condemned by Y").
                        && !(d.range.end <= p.trigger
                            && doc
                                .text
                                .get(d.range.end..p.trigger)
                                .is_some_and(|g| g.contains(", but "))
                            && !doc.text.get(s.range.start..d.range.start).is_some_and(|h| {
                                ["", "in", "on"].contains(&h.trim().to_lower().as_str())
                            }))
                        // "Serbia, which gained independence from Turkey in 1878, opposes …": a
                        // relative clause closed before the trigger dates its own verb (h/extract17).
                        && !(d.range.end <= p.trigger
                            && closed_relative(doc.text, s.range.start, d.range.clone(), p.trigger))
                        // "… recognised Somaliland in 1960, a claim London rejected": the
                        // comment on the clause before is not dated by it (review of h/extract13).
                        && !(d.range.end <= p.trigger
                            && doc.text.get(d.range.end..p.trigger).is_some_and(|g| {
                                [", a claim ", ", an allegation ", ", a charge ", ", a report "]
                                    .iter()
                                    .any(|w| g.contains(w))
                            }))
                        && !(d.range.end <= p.trigger
                            && act
                            && said_between(
                                doc.text
                                    .get(
                                        floor_boundary(doc.text, d.range.start.saturating_sub(40))
                                            .max(s.range.start)
                                            ..p.trigger,
                                    )
                                    .unwrap_or(""),
                            ))
                })
                .min_by_key(|d| {
                    if d.range.start >= p.trigger {
                        d.range.start - p.trigger
                    } else {
                        (p.trigger - d.range.end) + 1
                    }
                })
        });
        // "The United Kingdom will recognise Palestine on 22 September": a plan's date after its
        // verb is the day it aims at, not the day it was made (review 6).
        // Only a date after the intention's own verb is its aim: "Spain announced on Wednesday
        // that it would recognise Palestine on 28 May" was announced on Wednesday (held-out
        // guideline 3: a plan is dated when it was announced; h/extract20, the phrasebook).
        let best = best.filter(|d| {
            !(p.kind == ClaimKind::Recognition
                && p.polarity == Some("planned")
                && d.range.start >= p.trigger
                && {
                    let gap = doc
                        .text
                        .get(p.trigger..d.range.start)
                        .unwrap_or("")
                        .to_lower();
                    gap.contains("recogni")
                        || [" would ", " will ", " plan", " intend", " to "]
                            .iter()
                            .any(|w| gap.contains(w))
                        || gap.trim().is_empty()
                })
        });
        // "MOSCOW, 26 August 2008 — Russia recognised Abkhazia": the dateline is the page's date,
        // not the act's: the act came on or before it, as any claim dated by its page (review 6).
        let from_dateline = best.is_some_and(|d| is_dateline(doc, s, d));
        // "officials claimed on Tuesday that Ethiopia had recognised", "…, state media reported
        // Saturday": the day of the saying bounds an act it reports; it is not the act's day.
        let reported_on = best.is_some_and(|d| act_kind(&p) && said_on(doc.text, d));
        // "around 2012", "until 2015", "in 2008 or 2009": the sentence gives no date of the
        // event, and no other date may stand in for it. "by 4 January 2023": a bound.
        if let Some(m) = best.filter(|m| m.qualifier.is_bound()) {
            date_bound = Some(m.qualifier);
        }
        if from_dateline || reported_on {
            date_bound = Some(DateQualifier::OnOrBefore);
        }

        match best.map(|m| (m.date, m.qualifier)) {
            Some((_, DateQualifier::Vague)) => (None, DateBasis::None),
            Some((Some(d), _)) if from_dateline => (Some(d), DateBasis::Document),
            Some((Some(d), _)) => (Some(d), DateBasis::Sentence),
            _ => match borrowed_date(doc, sentences, si, &p) {
                Some(d) => (Some(d), DateBasis::Paragraph),
                None => match page_date(doc, s, &p) {
                    Some(d) => (Some(d), DateBasis::Document),
                    // An act the page reports with no date of its own happened on or before
                    // the page's day: the page's date as that bound (never as the act's day).
                    None if act_kind(&p) => match doc.stated_date.or_else(|| dateline(doc)) {
                        Some(d) => (Some(d), DateBasis::Document),
                        None => (None, DateBasis::None),
                    },
                    None => (None, DateBasis::None),
                },
            },
        }
    };
    // A claim dated by its page was said or done on or before the page's day: the bound is part
    // of the claim as proposed (`ingest --format json`), as the ledger stores it (review 6).
    if basis == DateBasis::Document && date.is_some() && date_bound.is_none() {
        date_bound = Some(DateQualifier::OnOrBefore);
    }
    // Evidence: the sentence, trimmed to ≤ 300 characters around the trigger.
    let mut ev = s.range.clone();
    let trimmed = doc.text[ev.clone()].trim_end();
    ev.end = ev.start + trimmed.len();
    if doc.text[ev.clone()].chars().count() > 300 {
        let t = p.trigger.clamp(ev.start, ev.end);
        let mut lo = t.saturating_sub(150).max(ev.start);
        let mut hi = (lo + 290).min(ev.end);
        while !doc.text.is_char_boundary(lo) {
            lo += 1;
        }
        while !doc.text.is_char_boundary(hi) {
            hi -= 1;
        }
        ev = lo..hi;
    }
    let dec = doc.clean_map.map_range(ev.clone());
    let span = doc.decode_map.map_range(dec.clone());
    let mut evidence = doc.decoded.get(dec).unwrap_or("").to_string();
    if evidence.chars().count() > 300 || evidence.contains("\n\n") {
        evidence = doc.text[ev].to_string();
    }
    let mut flags: Vec<FlagKind> = block.flags.clone();
    if evidence.contains('\u{FFFD}') {
        flags.push(FlagKind::ReplacementChar);
    }
    flags.extend(
        doc.doc_flags
            .iter()
            .copied()
            .filter(|k| matches!(k, FlagKind::FallbackEncoding | FlagKind::Mojibake)),
    );
    flags.sort();
    flags.dedup();
    let confidence = flags
        .iter()
        .fold(p.confidence, |c, k| c * k.confidence_factor())
        .clamp(0.0, 1.0);
    let mut notes = Vec::new();
    if flags.contains(&FlagKind::RelatedArticles) {
        notes.push("[related-articles]");
    }
    if flags.contains(&FlagKind::ChatbotPassage) {
        notes.push("[chatbot-passage]");
    }
    Claim {
        doc: doc.name.to_string(),
        kind: p.kind,
        subject: p.subject,
        object: p.object,
        polarity: p.polarity.map(str::to_string),
        date,
        evidence,
        counts: p.counts,
        quote: p.quote,
        speaker_actor: p.speaker_actor,
        reported_by: p.reported_by,
        broker: p.broker,
        note: (!notes.is_empty()).then(|| notes.join(" ")),
        span,
        confidence,
        status: "proposed",
        date_basis: basis,
        date_bound,
        flags,
        support_clusters: 0,
        rule: p.rule,
        decided_by: None,
    }
}

/// An act, as opposed to what a page reports as held or said on its day (a statement, a refusal,
/// an intention): the kinds whose date a saying's day only bounds.
fn act_kind(p: &Proposal) -> bool {
    !(p.kind == ClaimKind::Statement
        || p.kind == ClaimKind::Recognition && matches!(p.polarity, Some("negative" | "planned")))
}

/// `true` when the date `d` is the day of a verb of saying or reporting written right before it
/// ("claimed on Tuesday", "reported Saturday", "said on 3 May"): the day of the report.
fn said_on(text: &str, d: &DateMention) -> bool {
    static RX: std::sync::OnceLock<Option<crate::rx::Rx>> = std::sync::OnceLock::new();
    let head = text
        .get(floor_boundary(text, d.range.start.saturating_sub(40))..d.range.start)
        .unwrap_or("");
    RX.get_or_init(|| {
        crate::rx::regex(
            r"(?i)\b(?:said|says|told|stated|announced|reported|reports|claimed|claims|wrote|confirmed|revealed|disclosed)\s+(?:on\s+|late\s+|early\s+|last\s+)?$",
        )
        .ok()
    })
    .as_ref()
    .is_some_and(|r| r.is_match(head))
}

/// `true` when `d` is the sentence's news dateline: a full date opening one of the document's
/// first three text blocks, after nothing or a place in capitals ("MOSCOW, 26 August 2008 —"),
/// and followed by a dash — the page's date, not the sentence's.
fn is_dateline(doc: &DocInput<'_>, s: &Sentence<'_>, d: &DateMention) -> bool {
    let first_blocks = doc
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| !matches!(b.kind, BlockKind::Title | BlockKind::Heading))
        .take(3)
        .any(|(i, _)| i == s.block);
    if !first_blocks || d.range.start < s.range.start {
        return false;
    }
    let head = doc.text.get(s.range.start..d.range.start).unwrap_or("");
    let tail = doc.text.get(d.range.end..s.range.end).unwrap_or("");
    let tail = tail.trim_start_matches([' ', '\u{a0}']);
    city_prefix(head)
        && d.date
            .is_some_and(|x| x.precision() == crate::dates::Precision::Day)
        && (tail.starts_with(['—', '–', '-'])
            || tail.starts_with("(AP)")
            || tail.starts_with("(Reuters)")
            || tail.starts_with("(AFP)"))
}

/// `true` when `gap` (from a few words before a date to a trigger after it) holds a verb of
/// saying.
fn said_between(gap: &str) -> bool {
    static RX: std::sync::OnceLock<Option<crate::rx::Rx>> = std::sync::OnceLock::new();
    RX.get_or_init(|| {
        crate::rx::regex(
            r"(?i)\b(?:said|says|told|tells|stated|announced|added|noted|wrote|reported|declared)\b",
        )
        .ok()
    })
    .as_ref()
    .is_some_and(|r| r.is_match(gap))
}

/// The largest char boundary of `t` at or before `i`.
fn floor_boundary(t: &str, mut i: usize) -> usize {
    i = i.min(t.len());
    while !t.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The page's own date (its stated date, news dateline or date line) for a claim the page reports
/// *as of* that date: a statement, a refusal to recognise ("does not recognise", "has no plans to
/// recognise") or an intention to ("would recognise"), in a sentence that gives no time of its own
/// and is not narrated in a past before the page ("had said", "in the past", "at the time",
/// "previously", "former", a year). An act (a recognition, a membership …) is not dated here: the
/// day it happened is not the day it was reported; `finish` gives it the page's date only as an
/// on-or-before bound. The claim's `date_basis` is then `document`, which the JSON and the review
/// note show, so the page's date is never presented as the sentence's.
fn page_date(doc: &DocInput<'_>, s: &Sentence<'_>, p: &Proposal) -> Option<PartialDate> {
    let reported = match p.kind {
        ClaimKind::Statement => true,
        ClaimKind::Recognition => matches!(p.polarity, Some("negative" | "planned")),
        _ => false,
    };
    if !reported || !s.dates.is_empty() {
        return None;
    }
    static PAST: std::sync::OnceLock<Option<crate::rx::Rx>> = std::sync::OnceLock::new();
    let past = PAST
        .get_or_init(|| {
            crate::rx::regex(
                r"(?i)\b(?:had|ago|previously|earlier|formerly|once|former|late|then|until|since|used\s+to|in\s+the\s+past|at\s+the\s+time|back\s+in|(?:1[89]|20)\d\d|century|decades?|years?|months?|weeks?|yesterday|history|historically)\b",
            )
            .ok()
        })
        .as_ref()?;
    if past.is_match(s.text) {
        return None;
    }
    doc.stated_date.or_else(|| dateline(doc))
}

/// The date of the previous sentence of the same paragraph, for a sentence without a date that
/// points back to it: a deictic day ("earlier on Monday", "the same day") or the same office holder
/// named in both ("Putin stated … on 24 May 2013. “…” Putin said"). Only when the previous sentence
/// has exactly one full date, so that the borrowed date is never a guess between two.
fn borrowed_date(
    doc: &DocInput<'_>,
    sentences: &[Sentence<'_>],
    si: usize,
    p: &Proposal,
) -> Option<PartialDate> {
    let s = &sentences[si];
    let single = |p: &Sentence<'_>| {
        let dated: Vec<PartialDate> = p.dates.iter().filter_map(|d| d.date).collect();
        let first = *dated.first()?;
        dated.iter().all(|d| *d == first).then_some(first)
    };
    let lower = s.text.to_lower();
    let deictic = [
        "on monday",
        "on tuesday",
        "on wednesday",
        "on thursday",
        "on friday",
        "on saturday",
        "on sunday",
        "the same day",
        "that day",
        "later that",
        "earlier that",
        "earlier on",
    ]
    .iter()
    .any(|w| lower.contains(w));
    let persons: Vec<&Mention> = s
        .mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Person)
        .collect();
    // The two previous sentences of the same paragraph, nearest first.
    for back in 1..=2 {
        let prev = sentences.get(si.checked_sub(back)?)?;
        if prev.block != s.block {
            return None;
        }
        let same_person = persons.iter().any(|m| {
            prev.mentions.iter().any(|p| {
                p.kind == MentionKind::Person
                    && (p.holder.is_some() && p.holder == m.holder
                        || doc.text[p.range.clone()].ends_with(&doc.text[m.range.clone()]))
            })
        });
        // The news of the previous sentence continued about the same actor ("Nauru said Monday
        // that … . A statement from the government of Nauru said it was severing ties"): its date,
        // when it is a day the text gave relative to the document's date.
        let same_actor = back == 1
            && s.dates.is_empty()
            && prev
                .mentions
                .iter()
                .any(|m| m.actor == p.subject || m.actor == p.object)
            && prev.dates.iter().any(|d| {
                d.relative
                    && d.date
                        .is_some_and(|d| d.precision() == crate::dates::Precision::Day)
            });
        if (deictic && back == 1) || same_person || same_actor {
            return single(prev);
        }
    }
    None
}

/// One claim per distinct statement of a document: same kind, parties (unordered for symmetric kinds)
/// and polarity with compatible dates are merged, keeping the most precise date and the first evidence.
fn dedupe(claims: Vec<Claim>) -> Vec<Claim> {
    let mut out: Vec<Claim> = Vec::new();
    for c in claims {
        if c.subject == c.object && c.kind != ClaimKind::Vote {
            continue;
        }
        let same = out.iter_mut().find(|o| {
            let parties = (o.subject == c.subject && o.object == c.object)
                || (c.kind.symmetric() && o.subject == c.object && o.object == c.subject);
            o.kind == c.kind
                && parties
                && o.polarity == c.polarity
                && match (o.date, c.date) {
                    (Some(a), Some(b)) => a.compatible(&b),
                    // A claim stated once with its date and once without, in two sentences, is
                    // two claims (the held-out annotation guideline 1); a borrowed date is no
                    // statement of the date.
                    (Some(_), None) | (None, Some(_)) => {
                        // A headline restates its story's lead: one claim.
                        let headline =
                            |e: &str| !e.trim_end().ends_with(['.', '!', '?', '"', '”', '’']);
                        o.evidence == c.evidence
                            || headline(&o.evidence)
                            || headline(&c.evidence)
                            || o.date_basis != DateBasis::Sentence
                                && c.date_basis != DateBasis::Sentence
                    }
                    (None, None) => true,
                }
        });
        match same {
            Some(o) => {
                let more_precise = match (o.date, c.date) {
                    (None, Some(_)) => true,
                    (Some(a), Some(b)) => b.precision() > a.precision(),
                    _ => false,
                };
                let conf = o.confidence.max(c.confidence);
                if more_precise {
                    // Keep the evidence that states the more precise date, and the first orientation.
                    let (subject, object) = (o.subject.clone(), o.object.clone());
                    *o = c;
                    o.subject = subject;
                    o.object = object;
                }
                o.confidence = conf;
            }
            None => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::split_sentences;

    #[test]
    fn ellipsis_ends_a_sentence() {
        // Written for this test: a multi-byte "…" before a capital is a boundary like ".".
        let t = "Serbia objected. … Talks resumed in 2013.";
        let parts: Vec<&str> = split_sentences(t, 0..t.len())
            .into_iter()
            .map(|r| &t[r])
            .collect();
        assert_eq!(parts, ["Serbia objected. …", "Talks resumed in 2013."]);
    }

    fn dated(text: &str, kind: &str, a: &str, b: &str) -> Option<String> {
        let g = crate::Gazetteer::from_csv(
            include_str!("../../../data/actors.csv"),
            include_str!("../../../data/office_holders.csv"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let r = crate::ingest(&[("t.txt", text.as_bytes())], &g, &Default::default());
        let c = r
            .claims
            .iter()
            .find(|c| c.kind.as_str() == kind && c.subject == a && c.object == b)
            .unwrap_or_else(|| panic!("no {kind} {a} {b} in {:?}", r.claims));
        c.date.map(|d| d.to_string())
    }

    fn pairs(text: &str) -> Vec<(String, String, String)> {
        let g = crate::Gazetteer::from_csv(
            include_str!("../../../data/actors.csv"),
            include_str!("../../../data/office_holders.csv"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let r = crate::ingest(&[("t.txt", text.as_bytes())], &g, &Default::default());
        r.claims
            .iter()
            .filter(|c| c.kind.as_str() != "statement")
            .map(|c| {
                (
                    c.kind.as_str().to_string(),
                    c.subject.clone(),
                    c.object.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn questions_purposes_fears_and_counterfactuals_are_no_acts() {
        // h/extract18, sentences written for this test: each states no act of its subject.
        for (t, s, o) in [
            (
                "The parliament debated whether Ireland should recognise Palestine.",
                "IRL",
                "PSE",
            ),
            (
                "Brazil refused to say whether it recognised Abkhazia.",
                "BRA",
                "XAB",
            ),
            (
                "Serbia lobbied hard so that Ghana would withdraw its recognition of Kosovo.",
                "GHA",
                "XKX",
            ),
            (
                "Critics fear that Kenya could establish diplomatic relations with Somaliland.",
                "KEN",
                "XSL",
            ),
            (
                "Without Russia's support, Abkhazia would not have been recognised by Nauru.",
                "NRU",
                "XAB",
            ),
            (
                "Analysts warned that Chad might recognise Kosovo.",
                "TCD",
                "XKX",
            ),
        ] {
            let got = pairs(t);
            assert!(!got.iter().any(|k| k.1 == s && k.2 == o), "{t}: {got:?}");
        }
        // Near misses: the act is stated; the question, purpose or possibility is another clause's.
        for (t, s, o) in [
            ("Asked whether Japan would follow, the minister said Japan recognised Kosovo in 2008.", "JPN", "XKX"),
            ("Nauru recognised Abkhazia in 2009 so that it could receive aid.", "NRU", "XAB"),
            ("Ireland recognised Palestine in May 2024.", "IRL", "PSE"),
            ("Kenya established diplomatic relations with Somaliland, which could anger Somalia.", "KEN", "XSL"),
        ] {
            let got = pairs(t);
            assert!(got.iter().any(|k| k.1 == s && k.2 == o), "{t}: {got:?}");
        }
    }

    #[test]
    fn relative_clauses_keep_their_own_subject_object_and_date() {
        // h/extract18, sentences written for this test.
        // The antecedent is what the relative clause's subject recognises or not; the main
        // clause's date is not the relative clause's.
        let t = "Kosovo, which Spain does not recognise, joined the IMF in 2009.";
        assert_eq!(dated(t, "recognition", "ESP", "XKX"), None);
        assert!(
            !pairs(t).iter().any(|k| k.1 == "ESP" && k.2 == "IMF"),
            "{:?}",
            pairs(t)
        );
        let t = "Spain, which has not recognised Kosovo, voted against its UNESCO bid in 2015.";
        assert_eq!(dated(t, "recognition", "ESP", "XKX"), None);
        // Spain named only inside the relative clause did not join the IMF; Kosovo did, in 2009.
        let t = "Kosovo, which Spain recognised in 2008, joined the IMF in 2009.";
        assert_eq!(dated(t, "recognition", "ESP", "XKX"), Some("2008".into()));
        assert_eq!(dated(t, "membership", "XKX", "IMF"), Some("2009".into()));
        assert!(
            !pairs(t).iter().any(|k| k.1 == "ESP" && k.2 == "IMF"),
            "{:?}",
            pairs(t)
        );
        // Near miss: a relative clause of the object is no relative clause of the subject.
        let t = "Montenegro, which joined NATO in 2017, recognised Kosovo in 2008.";
        assert_eq!(dated(t, "recognition", "MNE", "XKX"), Some("2008".into()));
    }

    #[test]
    fn neither_nor_negates_every_item() {
        // h/extract18, a sentence written for this test.
        let g = crate::Gazetteer::from_csv(
            include_str!("../../../data/actors.csv"),
            include_str!("../../../data/office_holders.csv"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let pol = |t: &str, s: &str| -> Vec<Option<String>> {
            let r = crate::ingest(&[("t.txt", t.as_bytes())], &g, &Default::default());
            r.claims
                .iter()
                .filter(|c| c.kind.as_str() == "recognition" && c.subject == s && c.object == "XKX")
                .map(|c| c.polarity.clone())
                .collect()
        };
        let t = "Neither Spain nor Greece recognises Kosovo.";
        assert!(
            pol(t, "GRC")
                .iter()
                .all(|p| p.as_deref() == Some("negative")),
            "{:?}",
            pol(t, "GRC")
        );
        assert!(
            pol(t, "ESP")
                .iter()
                .all(|p| p.as_deref() == Some("negative")),
            "{:?}",
            pol(t, "ESP")
        );
        assert!(!pol(t, "GRC").is_empty() || !pol(t, "ESP").is_empty());
        // Near miss: "nor" in another clause does not reach the act.
        let t = "Serbia did not object, nor did Russia. Greece recognises Kosovo.";
        assert_eq!(pol(t, "GRC"), [Some("positive".to_string())]);
    }

    #[test]
    fn dates_of_follow_up_sentences_and_year_ranges() {
        // Written for this test: the second sentence continues the first one's news about Nauru.
        let t = "date 2024-01-15\n\nNauru said Monday that it is switching recognition from Taiwan \
                 to China. A statement from the government of Nauru said it was severing ties with Taiwan.";
        assert_eq!(
            dated(t, "relations", "NRU", "TWN").as_deref(),
            Some("2024-01-15")
        );
        let t = "History\n\nTransnistria declared independence from Moldova during the 1990–1992 \
                 conflict, on 2 September 1990.";
        assert_eq!(
            dated(t, "independence", "XTR", "MDA").as_deref(),
            Some("1990-09-02")
        );
    }

    #[test]
    fn lists_under_an_introduction() {
        // Written for this test: a list page's structure (introduction, region headings, items).
        let t = "Taiwan's allies\n\nTaiwan has lost many allies.\n\nFollowing is a list of states that \
                 have diplomatic ties with Taiwan:\n\nLATIN AMERICA\n\nBelize\n\nParaguay\n\nPACIFIC\n\n\
                 Palau (since 1999)\n\nChina objects to these ties.\n\nSerbia\n";
        let g = crate::Gazetteer::from_csv(
            include_str!("../../../data/actors.csv"),
            include_str!("../../../data/office_holders.csv"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let r = crate::ingest(&[("t.txt", t.as_bytes())], &g, &Default::default());
        let got: Vec<(String, String)> = r
            .claims
            .iter()
            .filter(|c| c.rule == "list-item")
            .map(|c| (c.subject.clone(), c.object.clone()))
            .collect();
        let want: Vec<(String, String)> = ["BLZ", "PRY", "PLW"]
            .iter()
            .map(|x| (x.to_string(), "TWN".to_string()))
            .collect();
        assert_eq!(got, want);
        // A Markdown heading introduces a list of (actor, date) items; the next heading ends it.
        let t = "# Kosovo\n\nKosovo is in the Balkans.\n\n## States that recognised Kosovo\n\n\
                 1. Afghanistan – 18 February 2008\n\n2. Albania 18 February 2008\n\n\
                 ## Economy\n\nSerbia – a neighbour\n";
        let items = |name: &str, t: &str| -> Vec<(String, String, Option<String>)> {
            let r = crate::ingest(&[(name, t.as_bytes())], &g, &Default::default());
            r.claims
                .iter()
                .filter(|c| c.rule == "list-item")
                .map(|c| {
                    (
                        c.subject.clone(),
                        c.object.clone(),
                        c.date.map(|d| d.to_string()),
                    )
                })
                .collect()
        };
        let want = [
            (
                "AFG".to_string(),
                "XKX".to_string(),
                Some("2008-02-18".to_string()),
            ),
            (
                "ALB".to_string(),
                "XKX".to_string(),
                Some("2008-02-18".to_string()),
            ),
        ];
        assert_eq!(items("t.md", t), want);
        let t = "Recognitions\n\nKosovo has been recognised by:\n\n- Afghanistan – 18 February 2008\n\n\
                 - Albania – 18 February 2008\n";
        assert_eq!(items("t.txt", t), want);
    }
}
