//! The extraction rules, one module per claim kind. See [`crate::extract`] for the model.
//! This module holds the compiled patterns, the rule context and the shared helpers.

mod contact;
pub(crate) mod enumeration;
#[cfg(test)]
pub(crate) mod fixture;
pub(crate) mod follow;
pub(crate) mod independence;
mod inline_list;
mod membership;
mod recognition;
mod relations;
mod stance;

use crate::claim::ClaimKind;
use crate::extract::{Proposal, Sentence};
use crate::gate::ToLower;
use crate::mentions::{Gazetteer, Mention, MentionKind};
use crate::rx::Rx as Regex;
use std::sync::OnceLock;

/// Compiled patterns.
pub(crate) struct Rx {
    rec_neg: Regex,
    consider_neg: Regex,
    lack_rec: Regex,
    prevent_rec: Regex,
    rec_verb: Regex,
    passive_rec: Regex,
    gain_rec: Regex,
    gerund_rec: Regex,
    planned_rec: Regex,
    withdrawn_rec: Regex,
    rel_none: Regex,
    rel_est: Regex,
    rel_sev: Regex,
    represented: Regex,
    member_join: Regex,
    accepted: Regex,
    applied: Regex,
    admitted_passive: Regex,
    applied_for: Regex,
    bid_failed: Regex,
    blocked: Regex,
    vote: Regex,
    /// "voted 143-9", "by a vote of 107 to 14": yes and no.
    vote_pair: Regex,
    poss_stance: Regex,
    verb_stance: Regex,
    aligns: Regex,
    pro: Regex,
    opponents: Regex,
    contact: Regex,
    negation: Regex,
    agreement: Regex,
    no_agreement: Regex,
    broker: Regex,
    negative_ctx: Regex,
    two: Regex,
    meeting: Regex,
    ties: Regex,
    fell_short: Regex,
    concern: Regex,
    former_province: Regex,
    num_yes: Regex,
    num_abstain: Regex,
    num_no: Regex,
    num_total: Regex,
    boycott: Regex,
}

static RX: OnceLock<Option<Rx>> = OnceLock::new();

/// The compiled patterns (`None` only if a pattern fails to compile, which tests rule out).
pub(crate) fn patterns() -> Option<&'static Rx> {
    RX.get_or_init(|| {
        let r = |p: &str| crate::rx::regex(p).ok();
        Some(Rx {
            rec_neg: r(r"(?i)\b(?:does|do|did|has|have|had|will|would|could)(?:\s+(?:to\s+date|so\s+far|still))?\s*(?:not|n't|never)\s+(?:yet\s+)?(?:formally\s+|officially\s+)?recogni[sz]e[ds]?\b|\b(?:refused?|refuses|refusing|declined?)\s+to\s+recogni[sz]e\b|\b(?:have|has)\s+yet\s+to\s+recogni[sz]e\b|\bwould\s+not\s+recogni[sz]e\b")?,
            consider_neg: r(r#"(?i)\b(?:not|never)\b[^.;]{0,40}?\b(?:consider|regard|view|treat|accept)\s+(it|[A-Z][\w-]*)\s+as\s+(?:an?\s+)?["“]?(?:sovereign|independent)"#)?,
            lack_rec: r(r"(?i)\b(?:lack\s+of|absence\s+of|without)\s+recognition\s+(?:by|from)\s+")?,
            prevent_rec: r(r"(?i)\bprevent(?:s|ed|ing)?\s+(the\s+country|it|[A-Z]\w+)\s+from\b[^.;]{0,60}?\brecogni[sz]ing\b")?,
            rec_verb: r(r"\b(?:recogni[sz]ed|recogni[sz]es|recogni[sz]e)\b")?,
            passive_rec: r(r"(?i)\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being)\s+(?:\w+\s+){0,2}?recogni[sz]ed\s+(?:as\s+[^,;.]{0,60}?\s+)?by\s+")?,
            gain_rec: r(r"(?i)\b(?:gain(?:ing|ed|s)?|receiv(?:ed|ing|es)|won|secured|achieved|obtained)\s+(?:\w+\s+)?recognition\s+from\s+")?,
            gerund_rec: r(r"(?i)\b(?:for|by|in)\s+recogni[sz]ing\s+(?:the\s+independence\s+of\s+)?")?,
            planned_rec: r(r"(?i)\b(?:is|was|are|were)\s+planning\s+(?:the\s+recognition\s+of|to\s+recogni[sz]e)\s+|\bplans?\s+to\s+recogni[sz]e\s+|\b(?:will|would)\s+recogni[sz]e\s+")?,
            withdrawn_rec: r(r"(?i)\b(?:withdr[ae]wn?|revok(?:ed|es)|rescind(?:ed|s)|revert(?:ed|s))\s+(?:its\s+|the\s+|their\s+)?recognition\s+of\s+|\bderecogni[sz](?:ed|es)\s+")?,
            rel_none: r(r"(?i)\b(?:do|does|did)\s+not\s+have\s+(?:any\s+)?(?:official\s+|formal\s+|diplomatic\s+)*relations\b|\bno\s+(?:official\s+|formal\s+|diplomatic\s+)*(?:relations|relationship)\b|\brelations\b[^.;]{0,50}\b(?:are|is|remain)\s+non-existent\b")?,
            rel_est: r(r"(?i)\bestablish(?:ed|es)?\s+(?:official\s+|formal\s+|full\s+)*(?:diplomatic\s+)?(?:relations|ties)\b|\b(?:diplomatic\s+)?(?:relations|ties)\s+between\s+[^.;]{0,60}?\b(?:were|was|have\s+been|had\s+been)\s+(?:formally\s+|officially\s+|first\s+)?established\b")?,
            rel_sev: r(r"(?i)\b(?:severed|broke\s+off|cut\s+off|cut|suspended)\s+(?:all\s+|its\s+|their\s+)?(?:diplomatic\s+|official\s+)?(?:ties|relations)\b")?,
            represented: r(r"(?i)\bis\s+represented\s+in\s+|\bhas\s+an?\s+(?:honorary\s+consulate\s+and\s+)?(?:embassy|consulate)\s+in\s+")?,
            member_join: r(r"(?i)\b(?:became|becomes|become|becoming)\s+(?:a\s+)?(?:full\s+)?members?\s+(?:state\s+)?of\s+|\bjoin(?:ed|s)\s+")?,
            accepted: r(r"(?i)\b(?:had\s+|has\s+|have\s+)?(?:accepted|admitted)\s+")?,
            applied: r(r"(?i)\bappl(?:ied|ies)\s+(?:for\s+membership\s+(?:of|in)|to\s+join)\s+|\bsubmitted\s+(?:an|its|a\s+formal)\s+(?:membership\s+)?application\s+(?:for\s+membership\s+(?:of|in)|to\s+join|to)\s+")?,
            applied_for: r(r"(?i)\bappl(?:ied|ies)\s+for\s+(?:full\s+)?(?:the\s+)?")?,
            admitted_passive: r(r"(?i)\b(?:was|were|has\s+been|had\s+been)\s+(?:formally\s+|officially\s+|unanimously\s+)?(?:admitted|accepted)\s+(?:as\s+(?:a\s+)?(?:full\s+)?member\s+)?(?:to|into|by|of|in)\s+(?:the\s+)?")?,
            bid_failed: r(r"(?i)\b(?:bid|application|attempt|request)\s+(?:to\s+join|for\s+membership\s+(?:of|in))\s+(?:the\s+)?")?,
            blocked: r(r"(?i)\b(?:block(?:s|ed|ing)?|veto(?:es|ed)?|prevent(?:s|ed|ing)?)\b[^.;]{0,120}?\b(?:member(?:ship)?|admi(?:t|ssion)|accession|entry)\b")?,
            vote: r(r"(?i)\bunanimous(?:ly)?\b|\bvotes?\s+in\s+favou?r\b|\b\d+\s+(?:delegations|members|states)\s+voted\b|\babstained\b|\b\d{1,3}\s+in\s+favou?r\b|\b(?:voted|vote\s+of|approved|adopted|passed|rejected)\s+(?:it\s+|the\s+\w+\s+)?(?:by\s+)?(?:a\s+)?(?:vote\s+of\s+)?\d{1,3}\s*(?:[-–]|to)\s*\d{1,3}\b")?,
            vote_pair: r(r"(?i)\b(?:voted|vote\s+of|approved|adopted|passed|rejected)\s+(?:it\s+|the\s+\w+\s+)?(?:by\s+)?(?:a\s+)?(?:vote\s+of\s+)?(\d{1,3})\s*(?:[-–]|to)\s*(\d{1,3})\b")?,
            poss_stance: r(r"(?i)(?:'s|’s|\bits)\s+(?:\w+\s+){0,2}?(support|backing|opposition|alliance)\s+(?:for|to|of|with)\s+(?:the\s+)?")?,
            verb_stance: r(r"(?i)\b(?:strongly\s+|openly\s+|firmly\s+|also\s+|immediately\s+|consistently\s+|fully\s+|have\s+|has\s+)*(opposed|opposes|oppose|rejects|rejected|condemned|condemns|criticized|criticised|denounced|accused|supported|supports|backs|backed|welcomed|welcomes)\b")?,
            aligns: r(r"(?i)\baligns?\s+(?:itself\s+|themselves\s+)?with\s+")?,
            pro: r(r"\bpro-")?,
            opponents: r(r"(?i)\b(?:opponents?|critics?)\s+of\s+")?,
            contact: r(r"(?i)\b(?:championships?|world\s+cup|olympics?|olympic\s+games|tournament|under-\d+|national\s+(?:football\s+)?team|teams|perform(?:ed|s)?|concert|festival|exhibition|singer|match(?:es)?)\b")?,
            negation: r(r"(?i)\b(?:could\s+not|cannot|can't|did\s+not|will\s+not|not\s+allowed|refused|banned|barred|does\s+not)\b")?,
            agreement: r(r"(?i)\b(?:agreed|signed|concluded|reached|brokered)\b|\b(?:agreement|deal|accord|treaty)\b")?,
            no_agreement: r(r"(?i)\b(?:fail(?:ed|s)?|not|n't|never|no|collapsed?|stalled|broke\s+down|rejected|refused|would|will|could|proposed|draft|talks\s+on|negotiations\s+on)\b")?,
            broker: r(r"\bwith\s+((?:[A-Z][\w.-]+\s+){0,3}[A-Z][\w.-]+)\s+(?:brokering|mediating)|\b(?:brokered|mediated|facilitated)\s+by\s+(?:the\s+)?((?:[A-Z][\w.-]+\s+){0,3}[A-Z][\w.-]+)|\b([A-Z][\w.]+)-(?:brokered|mediated)\b")?,
            negative_ctx: r(r"(?i)\b(?:block|prevent|oppos|against|veto|refus|reject|not|never)")?,
            meeting: r(r"\b(?:met\s+with|meeting\s+with|their\s+meeting|held\s+talks\s+with|talks\s+with\s+(?:his|her)|visited|met|hosted|received)\b")?,
            ties: r(r"(?i)\b(?:maintains?|maintained|has|have|enjoys?)\s+(?:close|strong|good|friendly|cordial|warm|excellent)\s+(?:[\w-]+,?\s+(?:and\s+)?){0,4}?(?:ties|relations)\s+with\s+")?,
            fell_short: r(r"(?i)\bvotes?\s+short\s+of\b|\bfell\s+short\s+of\b|\bfailed\s+to\s+(?:win|gain|secure|obtain|get)\b")?,
            concern: r(r"(?i)\bexpressed\s+(?:\w+\s+)?concerns?\s+(?:about|over)\s+")?,
            former_province: r(r"^[’']s\s+(?:former|breakaway|separatist|rebel)\s+(?:province|region|territory)\b")?,
            two: r(r"(?i)\bbetween\s+(?:the\s+)?two\b|\bthe\s+(?:two\s+)?countries\b|\bboth\s+(?:sides|countries|states)\b")?,
            num_yes: r(r"(?i)\b(\d{1,3})\s+votes?\s+in\s+favou?r\b|\b(\d{1,3})\s+(?:in\s+favou?r|voted\s+(?:yes|for|in\s+favou?r))\b")?,
            num_abstain: r(r"(?i)\b(\d{1,3})\s+(?:abstained|abstentions)\b")?,
            num_no: r(r"(?i)\b(\d{1,3})\s+(?:against|votes?\s+against|voted\s+against)\b")?,
            num_total: r(r"(?i)\btotal\s+of\s+(\d{1,3})\s+(?:delegations|members|states)\s+voted\b")?,
            boycott: r(r"(?i)\b(\d{1,3})\s+[^.]{0,60}?\bboycotted\b")?,
        })
    })
    .as_ref()
}

/// What a rule sees: the sentence, its neighbours, the gazetteer, the section's focus pair.
pub(crate) struct Ctx<'a> {
    pub s: &'a Sentence<'a>,
    pub prev: Option<&'a Sentence<'a>>,
    pub next: Option<&'a Sentence<'a>>,
    pub g: &'a Gazetteer,
    pub rx: &'a Rx,
    pub focus: Option<&'a (String, String)>,
    pub text: &'a str,
    /// The partially recognised entity the document names most ("Serbia's former province" = it).
    pub main_entity: Option<&'a str>,
    /// (entity, state it left) pairs the document states ("Serbia's former province").
    pub parents: &'a [(String, String)],
    /// The document's first sentence (its title or lead), when it is before this one: the news
    /// "the decision" and "the move" speak of when no nearer sentence names an act.
    pub lead: Option<&'a Sentence<'a>>,
    /// The document's mentions that start before this sentence (in text order): the discourse a
    /// pronoun or a surname refers back to (h/extract19, [`crate::speech`]).
    pub earlier: &'a [Mention],
    /// Where this sentence's paragraph starts, and the paragraph before it when that one is a
    /// paragraph or list item (not a heading): the bounds a carried speaker may come from.
    pub para_start: usize,
    pub prev_para_start: Option<usize>,
}

impl Ctx<'_> {
    /// `text[a..b]`, or "" when the range is not valid (never panics).
    pub(crate) fn sl(&self, a: usize, b: usize) -> &str {
        self.text.get(a..b).unwrap_or("")
    }
    pub(crate) fn abs(&self, local: usize) -> usize {
        self.s.range.start + local
    }
    fn state(&self, m: &Mention) -> bool {
        matches!(m.kind, MentionKind::Name | MentionKind::Capital) && self.g.is_state(&m.actor)
    }
    pub(crate) fn org(&self, m: &Mention) -> bool {
        m.kind == MentionKind::Name && !self.g.is_state(&m.actor)
    }
    /// Nearest mention ending at or before `pos` (absolute) whose gap is short and clause-internal.
    fn before(
        &self,
        pos: usize,
        max_gap: usize,
        ok: impl Fn(&Mention) -> bool,
    ) -> Option<&Mention> {
        self.s
            .mentions
            .iter()
            .rev()
            .filter(|m| m.range.end <= pos && ok(m))
            .find(|m| {
                let gap = self.sl(m.range.end, pos);
                gap.len() <= max_gap && !gap.contains(['.', ';', '"', '“', '”'])
            })
    }
    /// First mention starting at or after `pos` within `max_gap` bytes.
    fn after(&self, pos: usize, max_gap: usize, ok: impl Fn(&Mention) -> bool) -> Option<&Mention> {
        self.s
            .mentions
            .iter()
            .filter(|m| m.range.start >= pos && ok(m))
            .find(|m| {
                let gap = self.sl(pos, m.range.start);
                gap.len() <= max_gap && !gap.contains(['.', ';'])
            })
    }
    /// A list of states starting after `pos` ("the United States, Turkey, ... and others").
    fn list_after(&self, pos: usize, first_gap: usize) -> Vec<&Mention> {
        let mut out: Vec<&Mention> = Vec::new();
        let mut at = pos;
        for m in self
            .s
            .mentions
            .iter()
            .filter(|m| m.range.start >= pos && m.kind == MentionKind::Name)
        {
            let gap = self.sl(at, m.range.start);
            let ok = if out.is_empty() {
                gap.len() <= first_gap
                    && !gap.contains(['.', ';', ':'])
                    && (!gap.contains(',')
                        || gap.contains("including")
                        || gap.contains("such as")
                        || gap.contains("notably"))
            } else {
                is_list_glue(gap)
            };
            if !ok {
                break;
            }
            out.push(m);
            at = m.range.end;
            // Skip a parenthesised alias right after ("the Republic of China (Taiwan)").
            if let Some(close) = self
                .sl(at, self.s.range.end)
                .strip_prefix(" (")
                .and_then(|r| r.find(')'))
            {
                if close < 40 {
                    at += 2 + close + 1;
                }
            }
        }
        out.retain(|m| self.state(m));
        out
    }
    /// A list of states ending just before `pos` ("Serbia, Russia and China are among...").
    fn list_before(&self, pos: usize, max_gap: usize) -> Vec<&Mention> {
        let Some(last) = self.before(pos, max_gap, |m| self.state(m)) else {
            return Vec::new();
        };
        let mut out = vec![last];
        for m in self
            .s
            .mentions
            .iter()
            .rev()
            .filter(|m| m.range.end <= last.range.start)
        {
            let Some(first) = out.last() else { break };
            if !is_list_glue(self.sl(m.range.end, first.range.start)) || !self.state(m) {
                break;
            }
            out.push(m);
        }
        out.reverse();
        out
    }
    /// Whether the clause before `pos` asks for the act rather than stating it ("does not require
    /// that Serbia recognise Kosovo", "urged Pristina to establish relations", "calls on Belgium
    /// to recognise"): the actor at `pos` is asked, so the verb after it states nothing.
    pub(crate) fn requested(&self, pos: usize) -> bool {
        let mut lo = pos.saturating_sub(40).max(self.s.range.start);
        while lo < pos && !self.text.is_char_boundary(lo) {
            lo += 1;
        }
        requested_before(self.sl(lo, pos))
    }
    /// Resolves "it": the first state named before `pos` in the sentence, else in the previous one.
    pub(crate) fn antecedent_it(&self, pos: usize, exclude: &[&str]) -> Option<String> {
        let pick = |s: &Sentence<'_>, lim: usize| {
            s.mentions
                .iter()
                .filter(|m| {
                    m.range.end <= lim && self.state(m) && !exclude.contains(&m.actor.as_str())
                })
                .map(|m| m.actor.clone())
                .next()
        };
        // "While China and Somalia condemned the partnership, the United States hailed it": an
        // act noun named before "it" in the sentence is what "it" stands for, not a state
        // (h/extract18: it read the United States' support of China).
        static ACT_NOUN: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
        let local = pos
            .saturating_sub(self.s.range.start)
            .min(self.s.text.len());
        if let (Some(rx), Some(head)) = (
            ACT_NOUN
                .get_or_init(|| {
                    regex::Regex::new(r"(?i)\b(?:the|this|that|its|their)\s+(?:\w+\s+)?(?:partnership|decision|move|deal|agreement|accord|pact|step|declaration|announcement|recognition|referendum|resolution|vote|plan|proposal|initiative)\b").ok()
                })
                .as_ref(),
            self.s.text.get(..local),
        ) {
            if rx.is_match(head) {
                return None;
            }
        }
        pick(self.s, pos).or_else(|| self.prev.and_then(|p| pick(p, p.range.end)))
    }
    /// Resolves "it" as the object of a recognition verb ("Norway recognised it on Wednesday"):
    /// what a document's states recognise is the entity it is about, not the last state it named
    /// (h/extract12: stage b, the object out of the sentence). The nearest partially recognised
    /// entity (or Palestine) named before `pos` in the sentence or the previous one, else the
    /// document's entity; a state (`antecedent_it`) only when the document has no entity. Never
    /// one of `exclude`.
    pub(crate) fn recognised_it(&self, pos: usize, exclude: &[&str]) -> Option<String> {
        let entity = |m: &&Mention| {
            m.kind == MentionKind::Name
                && !exclude.contains(&m.actor.as_str())
                && (m.actor == "PSE"
                    || self
                        .g
                        .actor(&m.actor)
                        .is_some_and(|a| a.kind == crate::mentions::ActorKind::Entity))
        };
        self.s
            .mentions
            .iter()
            .rev()
            .filter(|m| m.range.end <= pos)
            .find(entity)
            .or_else(|| self.prev.and_then(|p| p.mentions.iter().rev().find(entity)))
            .map(|m| m.actor.clone())
            .or_else(|| {
                self.main_entity
                    .filter(|e| !exclude.contains(e))
                    .map(str::to_string)
            })
            .or_else(|| self.antecedent_it(pos, exclude))
    }
    /// The speaker as written: "Kosovo's leaders", a person's name, or the state's name.
    pub(crate) fn speaker_text(&self, m: &Mention) -> String {
        let written = &self.text[m.range.clone()];
        if m.kind == MentionKind::Capital {
            return self
                .g
                .actor(&m.actor)
                .map_or_else(|| written.to_string(), |a| a.name.clone());
        }
        // A sentence-initial article belongs to the name as written ("The United States").
        let written = if self.sl(self.s.range.start, m.range.start) == "The " {
            self.sl(self.s.range.start, m.range.end)
        } else {
            written
        };
        let rest = self.sl(m.range.end, self.s.range.end);
        for role in [
            "'s leaders",
            "’s leaders",
            "'s government",
            "’s government",
            "'s president",
            "'s prime minister",
            "'s foreign ministry",
            "'s officials",
        ] {
            if let Some(head) = rest.get(..role.len()).filter(|h| h.to_lower() == role) {
                return format!("{written}{head}");
            }
        }
        written.to_string()
    }
}

/// What may stand between a recognition verb and its object ("recognise the independence of X").
fn object_glue(gap: &str) -> bool {
    let g = gap.trim().to_lower();
    [
        "",
        "the",
        "the independence of",
        "independence of",
        "the state of",
        "the sovereignty of",
    ]
    .contains(&g.as_str())
}

/// `X's former province`: X is a possessor, not the object (but `X's independence` is X).
fn possessive_noun(c: &Ctx<'_>, m: &Mention) -> bool {
    let rest = c.sl(m.range.end, c.s.range.end);
    let Some(after) = rest
        .strip_prefix("'s ")
        .or_else(|| rest.strip_prefix("’s "))
    else {
        return false;
    };
    !["independence", "sovereignty", "statehood"]
        .iter()
        .any(|w| after.starts_with(w))
}

fn is_list_glue(gap: &str) -> bool {
    let g = gap.trim();
    g.is_empty()
        || [
            ",",
            "and",
            ", and",
            "or",
            ", or",
            "&",
            ", the",
            "and the",
            ", and the",
            "the",
            "as well as",
            "as well as the",
        ]
        .contains(&g)
}

/// "the independence of Serbia's former province": the document's main entity, when the possessor
/// is another state.
fn former_province(c: &Ctx<'_>, te: usize) -> Option<String> {
    let ent = c.main_entity?;
    let m = c.after(te, 25, |x| {
        c.state(x) && object_glue(c.sl(te, x.range.start)) && x.actor != ent
    })?;
    c.rx.former_province
        .is_match(c.sl(m.range.end, c.s.range.end))
        .then(|| ent.to_string())
}

/// All proposals for one sentence.
pub(crate) fn propose(c: &Ctx<'_>) -> Vec<Proposal> {
    let mut out = Vec::new();
    // A question states nothing ("Does Russia recognize Kosovo?").
    if c.s.text.trim_end().ends_with('?') {
        return out;
    }
    // Nor does a condition ("If Kosovo joined UNESCO, ...").
    let head = c.s.text.trim_start();
    if head.starts_with("If ") || head.starts_with("Unless ") || head.starts_with("Should ") {
        return out;
    }
    recognition::recognition(c, &mut out);
    recognition::recognition_phrases(c, &mut out);
    relations::relations(c, &mut out);
    independence::independence(c, &mut out);
    membership::membership(c, &mut out);
    membership::vote(c, &mut out);
    stance::statement(c, &mut out);
    stance::positions(c, &mut out);
    stance::votes(c, &mut out);
    crate::speech::speech(c, &mut out);
    contact::contact(c, &mut out);
    contact::meeting(c, &mut out);
    stance::concern(c, &mut out);
    stance::demonym_stance_noun(c, &mut out);
    contact::agreement(c, &mut out);
    let before = out.len();
    crate::frames::frames(c, &mut out);
    // Negation and modality, judged once by the frames, overrule a plain positive reading of the
    // same pair in the same sentence ("would recognise X if ...": planned, not recognised).
    let overruled: Vec<(String, String)> = out[before..]
        .iter()
        .filter(|p| {
            p.kind == ClaimKind::Recognition && matches!(p.polarity, Some("planned" | "negative"))
        })
        .map(|p| (p.subject.clone(), p.object.clone()))
        .collect();
    // A frame that read the whole clause ("Nauru will sever relations with Taiwan and recognise
    // China") overrules a pattern that took one of the frame's objects as the subject of the same
    // recognition ("Taiwan … recognise China").
    let frame_objects: Vec<&str> = out[before..].iter().map(|p| p.object.as_str()).collect();
    let framed_recognitions: Vec<(&str, &str)> = out[before..]
        .iter()
        .filter(|p| p.kind == ClaimKind::Recognition)
        .map(|p| (p.subject.as_str(), p.object.as_str()))
        .collect();
    let keep: Vec<bool> = out
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let overruled_pair = p.kind == ClaimKind::Recognition
                && p.polarity == Some("positive")
                && overruled.contains(&(p.subject.clone(), p.object.clone()));
            let misread_subject = i < before
                && p.kind == ClaimKind::Recognition
                && frame_objects.contains(&p.subject.as_str())
                && framed_recognitions
                    .iter()
                    .any(|(s, o)| *o == p.object && *s != p.subject);
            // Where the frames read a recognition or relations claim in the sentence, the older
            // patterns' other pairs of that kind and polarity are misreadings of the same clause.
            let framed_kind = i < before
                && matches!(p.kind, ClaimKind::Recognition | ClaimKind::Relations)
                && out[before..]
                    .iter()
                    .any(|f| f.kind == p.kind && f.polarity == p.polarity)
                && !out[before..].iter().any(|f| {
                    f.kind == p.kind
                        && ((f.subject == p.subject && f.object == p.object)
                            || (p.kind == ClaimKind::Relations
                                && f.subject == p.object
                                && f.object == p.subject))
                });
            !(overruled_pair || misread_subject || framed_kind)
        })
        .collect();
    let mut k = keep.into_iter();
    out.retain(|_| k.next().unwrap_or(true));
    // One speaker's stance read twice in a clause ("Kosovo's President X welcomed Y's decision":
    // "X" by one rule, "Kosovo" by a frame) is one statement: the speaker as written most fully
    // (a person or office before the bare state name) is kept.
    let mut i = 0;
    while i < out.len() {
        let twin = (0..out.len()).find(|&j| {
            j != i
                && out[j].kind == ClaimKind::Statement
                && out[i].kind == ClaimKind::Statement
                && out[j].speaker_actor == out[i].speaker_actor
                && out[j].object == out[i].object
                && out[j].polarity == out[i].polarity
                && out[j].subject != out[i].subject
                && c.g
                    .actor(out[i].speaker_actor.as_deref().unwrap_or(""))
                    .is_some_and(|a| a.name == out[i].subject)
        });
        if twin.is_some() {
            out.remove(i);
        } else {
            i += 1;
        }
    }
    // After the frames' overrules: a frame that read the list's first item ("recognised by Ghana
    // (2012)") does not make the other items misreadings.
    inline_list::inline_lists(c, &mut out);
    inline_list::these_are(c, &mut out);
    inline_list::intention_lists(c, &mut out);
    out
}

/// `head` (the text before an actor) ends in a verb of asking, with "that" or "the" after it:
/// "require that ", "urged ", "called on the ", "lobbied ", "invited ".
pub(crate) fn requested_before(head: &str) -> bool {
    static RX: std::sync::OnceLock<Option<Regex>> = std::sync::OnceLock::new();
    RX.get_or_init(|| {
        crate::rx::regex(
            r"(?i)\b(?:requir(?:e|es|ed|ing)|demand(?:s|ed|ing)?|insist(?:s|ed|ing)?|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)|invit(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon)|appeal(?:s|ed|ing)?\s+to|push(?:es|ed|ing)?|persuad(?:e|es|ed|ing)|convinc(?:e|es|ed|ing)|want(?:s|ed)?|expect(?:s|ed)?|hop(?:e|es|ed)\s+(?:that)|doubt(?:s|ed)?|question(?:s|ed)?\s+whether|unlikely\s+that)\s+(?:that\s+)?(?:the\s+)?[\x22“‘']?$",
        )
        .ok()
    })
    .as_ref()
    .is_some_and(|rx| rx.is_match(head))
}
