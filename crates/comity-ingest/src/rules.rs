//! The extraction rules, one function per claim kind. See [`crate::extract`] for the model.

use crate::claim::{ClaimKind, Counts};
use crate::extract::{Proposal, Sentence};
use crate::mentions::{Gazetteer, Mention, MentionKind};
use regex::Regex;
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
    independence: Regex,
    member_join: Regex,
    accepted: Regex,
    applied: Regex,
    blocked: Regex,
    vote: Regex,
    poss_stance: Regex,
    verb_stance: Regex,
    aligns: Regex,
    pro: Regex,
    opponents: Regex,
    contact: Regex,
    negation: Regex,
    agreement: Regex,
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
        let r = |p: &str| Regex::new(p).ok();
        Some(Rx {
            rec_neg: r(r"(?i)\b(?:does|do|did|has|have|had|will|would|could)\s*(?:not|n't|never)\s+(?:yet\s+)?(?:formally\s+|officially\s+)?recogni[sz]e[ds]?\b|\b(?:refused?|refuses|refusing|declined?)\s+to\s+recogni[sz]e\b|\b(?:have|has)\s+yet\s+to\s+recogni[sz]e\b|\bwould\s+not\s+recogni[sz]e\b")?,
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
            rel_est: r(r"(?i)\bestablish(?:ed|es)?\s+(?:official\s+|formal\s+|full\s+)*(?:diplomatic\s+)?relations\b")?,
            rel_sev: r(r"(?i)\b(?:severed|broke\s+off|cut\s+off|suspended)\s+(?:all\s+)?(?:diplomatic\s+)?(?:ties|relations)\b")?,
            represented: r(r"(?i)\bis\s+represented\s+in\s+|\bhas\s+an?\s+(?:honorary\s+consulate\s+and\s+)?(?:embassy|consulate)\s+in\s+")?,
            independence: r(r"(?i)\bdeclar(?:ed|es|ing|ation\s+of)\s+(?:its\s+|their\s+)?independence\s+from\s+")?,
            member_join: r(r"(?i)\b(?:became|becomes|become|becoming)\s+(?:a\s+)?(?:full\s+)?members?\s+(?:state\s+)?of\s+|\bjoin(?:ed|s)\s+")?,
            accepted: r(r"(?i)\b(?:had\s+|has\s+|have\s+)?(?:accepted|admitted)\s+")?,
            applied: r(r"(?i)\bappl(?:ied|ies)\s+(?:for\s+membership\s+(?:of|in)|to\s+join)\s+")?,
            blocked: r(r"(?i)\b(?:block(?:s|ed|ing)?|veto(?:es|ed)?|prevent(?:s|ed|ing)?)\b[^.;]{0,120}?\b(?:member(?:ship)?|admi(?:t|ssion)|accession|entry)\b")?,
            vote: r(r"(?i)\bunanimous(?:ly)?\b|\bvotes?\s+in\s+favou?r\b|\b\d+\s+(?:delegations|members|states)\s+voted\b|\babstained\b")?,
            poss_stance: r(r"(?i)(?:'s|’s|\bits)\s+(?:\w+\s+){0,2}?(support|backing|opposition|alliance)\s+(?:for|to|of|with)\s+(?:the\s+)?")?,
            verb_stance: r(r"(?i)\b(?:strongly\s+|openly\s+|firmly\s+|also\s+|immediately\s+|consistently\s+|fully\s+|have\s+|has\s+)*(opposed|opposes|oppose|rejects|rejected|condemned|condemns|criticized|criticised|denounced|accused|supported|supports|backs|backed|welcomed|welcomes)\b")?,
            aligns: r(r"(?i)\baligns?\s+(?:itself\s+|themselves\s+)?with\s+")?,
            pro: r(r"\bpro-")?,
            opponents: r(r"(?i)\b(?:opponents?|critics?)\s+of\s+")?,
            contact: r(r"(?i)\b(?:championships?|world\s+cup|olympics?|olympic\s+games|tournament|under-\d+|national\s+(?:football\s+)?team|teams|perform(?:ed|s)?|concert|festival|exhibition|singer|match(?:es)?)\b")?,
            negation: r(r"(?i)\b(?:could\s+not|cannot|can't|did\s+not|will\s+not|not\s+allowed|refused|banned|barred|does\s+not)\b")?,
            agreement: r(r"(?i)\b(?:agreed|signed|concluded|reached)\b|\bagreement\b")?,
            broker: r(r"\bwith\s+((?:[A-Z][\w.-]+\s+){0,3}[A-Z][\w.-]+)\s+(?:brokering|mediating)|\b(?:brokered|mediated|facilitated)\s+by\s+(?:the\s+)?((?:[A-Z][\w.-]+\s+){0,3}[A-Z][\w.-]+)|\b([A-Z][\w.]+)-(?:brokered|mediated)\b")?,
            negative_ctx: r(r"(?i)\b(?:block|prevent|oppos|against|veto|refus|reject|not|never)")?,
            meeting: r(r"\b(?:met\s+with|meeting\s+with|their\s+meeting|held\s+talks\s+with|talks\s+with\s+(?:his|her)|visited)\b")?,
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
    fn org(&self, m: &Mention) -> bool {
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
        pick(self.s, pos).or_else(|| self.prev.and_then(|p| pick(p, p.range.end)))
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
            if let Some(head) = rest.get(..role.len()).filter(|h| h.to_lowercase() == role) {
                return format!("{written}{head}");
            }
        }
        written.to_string()
    }
}

/// What may stand between a recognition verb and its object ("recognise the independence of X").
fn object_glue(gap: &str) -> bool {
    let g = gap.trim().to_lowercase();
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
    recognition(c, &mut out);
    relations(c, &mut out);
    independence(c, &mut out);
    membership(c, &mut out);
    vote(c, &mut out);
    statement(c, &mut out);
    crate::speech::speech(c, &mut out);
    contact(c, &mut out);
    meeting(c, &mut out);
    concern(c, &mut out);
    agreement(c, &mut out);
    out
}

fn recognition(c: &Ctx<'_>, out: &mut Vec<Proposal>) {
    let (s, rx) = (c.s, c.rx);
    let rec = ClaimKind::Recognition;
    for m in rx.rec_neg.find_iter(s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let subjects = c.list_before(ts, 45);
        let object = c
            .after(te, 25, |x| {
                c.state(x) && object_glue(c.sl(te, x.range.start)) && !possessive_noun(c, x)
            })
            .map(|x| x.actor.clone())
            .or_else(|| former_province(c, te))
            .or_else(|| {
                let ex: Vec<&str> = subjects.iter().map(|m| m.actor.as_str()).collect();
                c.sl(te, c.s.range.end)
                    .trim_start()
                    .starts_with("it")
                    .then(|| c.antecedent_it(ts, &ex))
                    .flatten()
            });
        if let Some(obj) = object {
            for sub in &subjects {
                out.push(Proposal::new(
                    rec,
                    &sub.actor,
                    &obj,
                    Some("negative"),
                    ts,
                    "recognition-negative",
                ));
            }
        }
    }
    for cap in rx.consider_neg.captures_iter(s.text) {
        let (Some(m), Some(o)) = (cap.get(0), cap.get(1)) else {
            continue;
        };
        let ts = c.abs(m.start());
        let Some(sub) = c.before(ts, 30, |x| c.state(x)) else {
            continue;
        };
        let obj = if o.as_str() == "it" {
            c.antecedent_it(ts, &[sub.actor.as_str()])
        } else {
            c.after(c.abs(o.start()), 0, |x| c.state(x))
                .map(|x| x.actor.clone())
        };
        if let Some(obj) = obj {
            let mut p = Proposal::new(
                rec,
                &sub.actor,
                &obj,
                Some("negative"),
                ts,
                "recognition-not-considered-state",
            );
            p.confidence = 0.6;
            out.push(p);
        }
    }
    for m in rx.lack_rec.find_iter(s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let obj = c
            .before(ts, 6, |x| c.state(x))
            .map(|x| x.actor.clone())
            .or_else(|| c.antecedent_it(ts, &[]));
        if let Some(obj) = obj {
            for sub in c.list_after(te, 10) {
                out.push(Proposal::new(
                    rec,
                    &sub.actor,
                    &obj,
                    Some("negative"),
                    ts,
                    "recognition-lack-of",
                ));
            }
        }
    }
    for cap in rx.prevent_rec.captures_iter(s.text) {
        let (Some(m), Some(who)) = (cap.get(0), cap.get(1)) else {
            continue;
        };
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let Some(obj) = c.after(te, 25, |x| c.state(x)).map(|x| x.actor.clone()) else {
            continue;
        };
        let sub = if who.as_str().starts_with(char::is_uppercase) && who.as_str() != "It" {
            c.after(c.abs(who.start()), 0, |x| c.state(x))
                .map(|x| x.actor.clone())
        } else {
            c.s.mentions
                .iter()
                .rev()
                .find(|x| x.range.end <= ts && c.state(x) && x.actor != obj)
                .map(|x| x.actor.clone())
        };
        if let Some(sub) = sub {
            let mut p = Proposal::new(
                rec,
                &sub,
                &obj,
                Some("negative"),
                ts,
                "recognition-prevented",
            );
            p.confidence = 0.6;
            out.push(p);
        }
    }
    for m in rx.rec_verb.find_iter(s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let head = &s.text[..m.start()];
        let lower_head = head.to_lowercase();
        if lower_head.trim_end().ends_with(" to")
            || lower_head.ends_with("be ")
            || lower_head.ends_with("been ")
        {
            continue;
        }
        let Some(sub) = c.before(ts, 24, |x| c.state(x)) else {
            continue;
        };
        let gap = c.sl(sub.range.end, ts).to_lowercase();
        if gap.contains(',')
            || gap.contains("not")
            || gap.contains("n't")
            || gap.contains("never")
            || ["was", "were", "is", "are", "been"]
                .iter()
                .any(|w| gap.split_whitespace().any(|g| g == *w))
        {
            continue;
        }
        if gap.trim_start().starts_with("'s") || gap.trim_start().starts_with("’s") {
            continue;
        }
        let obj = c
            .after(te, 25, |x| {
                c.state(x)
                    && x.actor != sub.actor
                    && object_glue(c.sl(te, x.range.start))
                    && !possessive_noun(c, x)
            })
            .map(|x| x.actor.clone())
            .or_else(|| {
                c.sl(te, c.s.range.end)
                    .trim_start()
                    .starts_with("it")
                    .then(|| c.antecedent_it(ts, &[sub.actor.as_str()]))
                    .flatten()
            });
        if let Some(obj) = obj {
            out.push(Proposal::new(
                rec,
                &sub.actor,
                &obj,
                Some("positive"),
                ts,
                "recognition-active",
            ));
        }
    }
    for m in rx.passive_rec.find_iter(s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let obj = c.before(ts, 30, |x| c.state(x)).map(|x| x.actor.clone());
        let Some(obj) = obj else { continue };
        if c.sl(s.range.start, ts).to_lowercase().contains(" not ") {
            continue;
        }
        let mut subs = c.list_after(te, 12);
        if subs.is_empty() {
            // "recognized by over 100 countries, including the U.S., Britain and Turkey"
            subs = c.list_after(te, 60);
        }
        for sub in subs {
            out.push(Proposal::new(
                rec,
                &sub.actor,
                &obj,
                Some("positive"),
                ts,
                "recognition-passive",
            ));
        }
    }
    colon_lists(c, out);
    for m in rx.gain_rec.find_iter(s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let Some(obj) = c.before(ts, 12, |x| c.state(x)).map(|x| x.actor.clone()) else {
            continue;
        };
        for sub in c.list_after(te, 70) {
            out.push(Proposal::new(
                rec,
                &sub.actor,
                &obj,
                Some("positive"),
                ts,
                "recognition-gained",
            ));
        }
    }
    for m in rx.gerund_rec.find_iter(s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        if rx.negative_ctx.is_match(&s.text[..m.start()]) {
            continue;
        }
        let Some(obj) = c
            .after(te, 4, |x| x.kind == MentionKind::Name)
            .map(|x| x.actor.clone())
        else {
            continue;
        };
        let sub = s.mentions.iter().find(|x| {
            x.range.end <= ts && c.state(x) && x.actor != obj && x.kind == MentionKind::Name
        });
        if let Some(sub) = sub {
            let mut p = Proposal::new(
                rec,
                &sub.actor,
                &obj,
                Some("positive"),
                ts,
                "recognition-gerund",
            );
            p.confidence = 0.7;
            out.push(p);
        }
    }
    for (re, pol, rule) in [
        (&rx.planned_rec, "planned", "recognition-planned"),
        (&rx.withdrawn_rec, "withdrawn", "recognition-withdrawn"),
    ] {
        for m in re.find_iter(s.text) {
            let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
            let Some(sub) = c.before(ts, 20, |x| c.state(x)) else {
                continue;
            };
            let Some(obj) = c.after(te, 6, |x| c.state(x)) else {
                continue;
            };
            out.push(Proposal::new(
                rec,
                &sub.actor,
                &obj.actor,
                Some(pol),
                ts,
                rule,
            ));
        }
    }
}

/// The object of "have recognized X['s independence]:" ending just before `colon` (absolute).
fn colon_object(c: &Ctx<'_>, sent: &Sentence<'_>, colon: usize) -> Option<String> {
    let head = c.sl(sent.range.start, colon);
    let v = c.rx.rec_verb.find_iter(head).last()?;
    let lower = head[..v.start()].to_lowercase();
    if lower.contains(" not ") || lower.contains("n't ") || lower.ends_with("to ") {
        return None;
    }
    let te = sent.range.start + v.end();
    sent.mentions
        .iter()
        .find(|x| {
            x.range.start >= te
                && x.range.end <= colon
                && c.state(x)
                && object_glue(c.sl(te, x.range.start))
        })
        .filter(|x| {
            let tail = c.sl(x.range.end, colon).trim().to_lowercase();
            [
                "",
                "'s independence",
                "’s independence",
                "as a state",
                "as an independent state",
            ]
            .contains(&tail.as_str())
        })
        .map(|x| x.actor.clone())
}

/// "N have recognized X: A, B and C." (positive for the list) and the elliptical follow-up
/// "M, however, have not: D, E and F." (negative for X, from the previous sentence).
fn colon_lists(c: &Ctx<'_>, out: &mut Vec<Proposal>) {
    let s = c.s;
    let Some(colon) = s.text.find(": ") else {
        return;
    };
    let at = c.abs(colon);
    let head = c.sl(s.range.start, at).to_lowercase();
    let (obj, pol, rule) = if let Some(o) = colon_object(c, s, at) {
        (o, "positive", "recognition-colon-list")
    } else if head.ends_with("have not")
        || head.ends_with("has not")
        || head.ends_with("have not yet")
    {
        let Some(prev) = c.prev else { return };
        let Some(pc) = prev.text.find(": ") else {
            return;
        };
        let Some(o) = colon_object(c, prev, prev.range.start + pc) else {
            return;
        };
        (o, "negative", "recognition-colon-list-elliptical")
    } else {
        return;
    };
    for sub in c.list_after(at + 1, 6) {
        if sub.actor != obj {
            let mut p = Proposal::new(
                ClaimKind::Recognition,
                &sub.actor,
                &obj,
                Some(pol),
                at,
                rule,
            );
            p.confidence = 0.7;
            out.push(p);
        }
    }
}

/// The two parties of a bilateral sentence: "A and B", "between A and B", else the antecedent pair.
fn pair(c: &Ctx<'_>, trigger: usize) -> Option<(String, String, f64)> {
    let ms: Vec<&Mention> =
        c.s.mentions
            .iter()
            .filter(|m| {
                matches!(m.kind, MentionKind::Name | MentionKind::Demonym) && c.g.is_state(&m.actor)
            })
            .collect();
    for w in ms.windows(2) {
        let gap = c.text[w[0].range.end..w[1].range.start].trim();
        if (gap == "and" || gap == "&" || gap == "–" || gap == "-") && w[0].actor != w[1].actor {
            return Some((w[0].actor.clone(), w[1].actor.clone(), 0.8));
        }
    }
    let states: Vec<&Mention> = ms
        .iter()
        .copied()
        .filter(|m| m.kind == MentionKind::Name)
        .collect();
    let mut distinct: Vec<String> = Vec::new();
    for m in &states {
        if !distinct.contains(&m.actor) {
            distinct.push(m.actor.clone());
        }
    }
    if c.rx.two.is_match(c.s.text) || distinct.is_empty() {
        if let Some(p) = c.prev {
            let mut d: Vec<String> = Vec::new();
            for m in p
                .mentions
                .iter()
                .filter(|m| m.kind == MentionKind::Name && c.g.is_state(&m.actor))
            {
                if !d.contains(&m.actor) {
                    d.push(m.actor.clone());
                }
            }
            if d.len() == 2 && (distinct.is_empty() || distinct.iter().all(|x| d.contains(x))) {
                return Some((d[0].clone(), d[1].clone(), 0.6));
            }
        }
        if let Some((a, b)) = c.focus {
            if distinct.is_empty() || distinct.iter().any(|x| x == a || x == b) {
                return Some((a.clone(), b.clone(), 0.5));
            }
        }
    }
    if let Some((a, b)) = c.focus {
        if distinct.is_empty() || distinct.iter().all(|x| x == a || x == b) {
            return Some((a.clone(), b.clone(), 0.6));
        }
    }
    let _ = trigger;
    (distinct.len() == 2).then(|| (distinct[0].clone(), distinct[1].clone(), 0.7))
}

fn relations(c: &Ctx<'_>, out: &mut Vec<Proposal>) {
    let (s, rx) = (c.s, c.rx);
    let rel = ClaimKind::Relations;
    for m in rx.rel_none.find_iter(s.text) {
        let ts = c.abs(m.start());
        // "relations ... are non-existent as A does not recognize B" -> (B, A).
        let as_clause = rx
            .rec_neg
            .find_at(s.text, m.end())
            .filter(|n| s.text[m.end()..n.start()].contains(" as "));
        if let Some(n) = as_clause {
            let a = c.before(c.abs(n.start()), 20, |x| c.state(x));
            let b = c.after(c.abs(n.end()), 20, |x| c.state(x));
            if let (Some(a), Some(b)) = (a, b) {
                out.push(Proposal::new(
                    rel,
                    &b.actor,
                    &a.actor,
                    Some("none"),
                    ts,
                    "relations-none-as-not-recognised",
                ));
                continue;
            }
        }
        if let Some((a, b, conf)) = pair(c, ts) {
            let mut p = Proposal::new(rel, &a, &b, Some("none"), ts, "relations-none");
            p.confidence = conf;
            out.push(p);
        }
    }
    for (re, pol, rule) in [
        (&rx.rel_est, "established", "relations-established"),
        (&rx.rel_sev, "severed", "relations-severed"),
    ] {
        for m in re.find_iter(s.text) {
            let ts = c.abs(m.start());
            if s.text[..m.start()].to_lowercase().contains(" not ") {
                continue;
            }
            if let Some((a, b, conf)) = pair(c, ts) {
                let mut p = Proposal::new(rel, &a, &b, Some(pol), ts, rule);
                p.confidence = conf;
                out.push(p);
            }
        }
    }
    for m in rx.ties.find_iter(s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        if rx.negation.is_match(c.sl(s.range.start, ts)) {
            continue;
        }
        let a = c.before(ts, 30, |x| c.state(x));
        let b = c.after(te, 6, |x| c.state(x));
        if let (Some(a), Some(b)) = (a, b) {
            if a.actor != b.actor {
                let mut p = Proposal::new(
                    rel,
                    &a.actor,
                    &b.actor,
                    Some("established"),
                    ts,
                    "relations-close-ties",
                );
                p.confidence = 0.6;
                out.push(p);
            }
        }
    }
    for m in rx.represented.find_iter(s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let a = c.before(ts, 3, |x| c.state(x));
        let b = c.after(te, 20, |x| c.state(x));
        if let (Some(a), Some(b)) = (a, b) {
            if a.actor != b.actor {
                let mut p = Proposal::new(
                    rel,
                    &a.actor,
                    &b.actor,
                    Some("established"),
                    ts,
                    "relations-represented",
                );
                p.confidence = 0.6;
                p.no_date = true;
                out.push(p);
            }
        }
    }
}

fn independence(c: &Ctx<'_>, out: &mut Vec<Proposal>) {
    for m in c.rx.independence.find_iter(c.s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let sub = c.before(ts, 30, |x| c.state(x)).map(|x| x.actor.clone());
        let obj = c.after(te, 6, |x| c.state(x)).map(|x| x.actor.clone());
        if let (Some(sub), Some(obj)) = (sub, obj) {
            out.push(Proposal::new(
                ClaimKind::Independence,
                &sub,
                &obj,
                None,
                ts,
                "independence-declared",
            ));
        }
    }
}

fn membership(c: &Ctx<'_>, out: &mut Vec<Proposal>) {
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
                    .or_else(|| {
                        c.prev.and_then(|p| {
                            p.mentions
                                .iter()
                                .rev()
                                .find(|x| c.state(x))
                                .map(|x| x.actor.clone())
                        })
                    })
            })
    };
    for m in rx.member_join.find_iter(s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let Some(org) = c.after(te, 6, |x| c.org(x)) else {
            continue;
        };
        let head = c.sl(s.range.start, ts).to_lowercase();
        if head.trim_end().ends_with(" to") || rx.negation.is_match(&head) || head.contains(" not ")
        {
            continue; // "to become a member", "cannot ... become": not a fact of joining
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
        let rest = s.text[m.end()..].to_lowercase();
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
    for m in rx.applied.find_iter(s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
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
        let lower = s.text.to_lowercase();
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
            .or_else(|| c.antecedent_it(ts, &[blocker.as_deref().unwrap_or("")]));
        if let Some(t) = target {
            let mut p = Proposal::new(mem, &t, &org, Some("blocked"), ts, "membership-blocked");
            p.confidence = 0.6;
            out.push(p);
        }
    }
}

fn vote(c: &Ctx<'_>, out: &mut Vec<Proposal>) {
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
    if s.text.to_lowercase().contains("unanimous") {
        counts.unanimous = Some(true);
    }
    counts.yes = num(&rx.num_yes, &scope);
    counts.no = num(&rx.num_no, &scope);
    counts.abstain = num(&rx.num_abstain, &scope);
    counts.present_and_voting = num(&rx.num_total, &scope);
    counts.boycotted = num(&rx.boycott, &scope);
    if counts.is_empty() {
        return;
    }
    // The body: "vote of the Assembly of X" -> X; else an organisation named in the sentence.
    let lower = s.text.to_lowercase();
    let body = lower
        .find("assembly of ")
        .and_then(|p| c.after(c.abs(p + 12), 4, |x| c.state(x)))
        .map(|x| x.actor.clone())
        .or_else(|| {
            s.mentions
                .iter()
                .find(|x| c.org(x))
                .map(|x| x.actor.clone())
        });
    let object = s
        .mentions
        .iter()
        .find(|x| c.state(x))
        .map(|x| x.actor.clone());
    if let (Some(body), Some(obj)) = (body, object) {
        let mut p = Proposal::new(ClaimKind::Vote, &body, &obj, None, ts, "vote-counts");
        p.counts = Some(counts);
        p.confidence = 0.6;
        out.push(p);
    }
}

fn statement(c: &Ctx<'_>, out: &mut Vec<Proposal>) {
    let (s, rx) = (c.s, c.rx);
    let st = ClaimKind::Statement;
    let push = |out: &mut Vec<Proposal>,
                sp: &Mention,
                obj: &str,
                pol: &'static str,
                ts: usize,
                rule: &'static str,
                conf: f64| {
        if sp.actor == obj {
            return;
        }
        let mut p = Proposal::new(st, &c.speaker_text(sp), obj, Some(pol), ts, rule);
        p.speaker_actor = Some(sp.actor.clone());
        p.confidence = conf;
        out.push(p);
    };
    let speaker_ok = |x: &Mention| c.state(x) || x.kind == MentionKind::Person;
    for cap in rx.poss_stance.captures_iter(s.text) {
        let (Some(m), Some(w)) = (cap.get(0), cap.get(1)) else {
            continue;
        };
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let sp = if m.as_str().to_lowercase().starts_with("its") {
            s.mentions.iter().find(|x| c.state(x) && x.range.end <= ts)
        } else {
            s.mentions
                .iter()
                .find(|x| x.range.end == ts && speaker_ok(x))
        };
        let Some(sp) = sp else { continue };
        let Some(obj) = c.after(te, 2, |x| c.state(x)) else {
            continue;
        };
        let pol = if w.as_str().eq_ignore_ascii_case("opposition") {
            "oppose"
        } else {
            "support"
        };
        // A stance noun states a standing position, not a dated act: no date.
        let before = out.len();
        push(out, sp, &obj.actor, pol, ts, "statement-stance-noun", 0.7);
        for p in &mut out[before..] {
            p.no_date = true;
        }
    }
    for cap in rx.verb_stance.captures_iter(s.text) {
        let (Some(m), Some(v)) = (cap.get(0), cap.get(1)) else {
            continue;
        };
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        if c.sl(ts.saturating_sub(1), ts) == "-" {
            continue; // "US-backed government": an adjective, not a statement
        }
        let verb = v.as_str().to_lowercase();
        let pol = if [
            "supported",
            "supports",
            "backs",
            "backed",
            "welcomed",
            "welcomes",
        ]
        .contains(&verb.as_str())
        {
            "support"
        } else {
            "oppose"
        };
        let sp = c.before(ts, 60, speaker_ok).filter(|sp| {
            let gap = c.sl(sp.range.end, ts);
            !s.mentions
                .iter()
                .any(|x| x.range.start >= sp.range.end && x.range.end <= ts && c.state(x))
                && !gap.contains(" by ")
                && !c
                    .sl(s.range.start, sp.range.start)
                    .to_lowercase()
                    .ends_with(" of ")
                && ((!gap.trim_start().starts_with("'s") && !gap.trim_start().starts_with("’s"))
                    || c.speaker_text(sp) != c.sl(sp.range.start, sp.range.end))
        });
        let Some(sp) = sp else { continue };
        let tail = c.sl(te, s.range.end);
        let obj = if rx.two.find(tail).is_some_and(|t| t.start() < 40) {
            c.focus
                .and_then(|(a, b)| {
                    if *a == sp.actor {
                        Some(b.clone())
                    } else if *b == sp.actor {
                        Some(a.clone())
                    } else {
                        None
                    }
                })
                .or_else(|| {
                    c.prev
                        .and_then(|p| {
                            p.mentions
                                .iter()
                                .rev()
                                .find(|x| c.state(x) && x.actor != sp.actor)
                        })
                        .map(|x| x.actor.clone())
                })
        } else {
            c.after(te, 50, |x| {
                c.state(x) && x.actor != sp.actor && !c.sl(te, x.range.start).contains(',')
            })
            .map(|x| x.actor.clone())
            .or_else(|| {
                tail.trim_matches(|ch: char| !ch.is_alphanumeric())
                    .is_empty()
                    .then(|| {
                        s.mentions
                            .iter()
                            .find(|x| c.state(x) && x.actor != sp.actor)
                            .map(|x| x.actor.clone())
                    })
                    .flatten()
            })
        };
        if let Some(obj) = obj {
            push(out, sp, &obj, pol, ts, "statement-stance-verb", 0.7);
        }
    }
    for (re, rule) in [
        (&rx.aligns, "statement-aligns"),
        (&rx.opponents, "statement-opponents"),
    ] {
        for m in re.find_iter(s.text) {
            let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
            let sp = s.mentions.iter().find(|x| c.state(x) && x.range.end <= ts);
            let Some(sp) = sp else { continue };
            let Some(obj) = c.after(te, 8, |x| {
                c.g.is_state(&x.actor) && x.kind != MentionKind::Person
            }) else {
                continue;
            };
            let pol = if rule == "statement-aligns" {
                "support"
            } else {
                "oppose"
            };
            push(out, sp, &obj.actor.clone(), pol, ts, rule, 0.6);
        }
    }
    for m in rx.pro.find_iter(s.text) {
        let te = c.abs(m.end());
        let Some(obj) = c.after(te, 0, |x| x.kind == MentionKind::Demonym || c.state(x)) else {
            continue;
        };
        let Some(sp) = c.before(c.abs(m.start()), 60, |x| c.state(x)) else {
            continue;
        };
        push(
            out,
            sp,
            &obj.actor.clone(),
            "support",
            c.abs(m.start()),
            "statement-pro",
            0.6,
        );
    }
}

fn contact(c: &Ctx<'_>, out: &mut Vec<Proposal>) {
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
fn meeting(c: &Ctx<'_>, out: &mut Vec<Proposal>) {
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

/// "X has expressed concerns about Y": X's stance against Y.
fn concern(c: &Ctx<'_>, out: &mut Vec<Proposal>) {
    for m in c.rx.concern.find_iter(c.s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let Some(sp) = c.before(ts, 20, |x| c.state(x)) else {
            continue;
        };
        let obj = c.s.mentions.iter().find(|x| {
            x.range.start >= te
                && x.actor != sp.actor
                && x.kind == MentionKind::Name
                && !c.sl(te, x.range.start).contains(['.', ';'])
        });
        if let Some(obj) = obj {
            let mut p = Proposal::new(
                ClaimKind::Statement,
                &c.speaker_text(sp),
                &obj.actor,
                Some("oppose"),
                ts,
                "statement-concern",
            );
            p.speaker_actor = Some(sp.actor.clone());
            p.confidence = 0.6;
            out.push(p);
        }
    }
}

fn agreement(c: &Ctx<'_>, out: &mut Vec<Proposal>) {
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
