//! Reported speech: statements by a named speaker ("X said", "X told a daily that", "“…,” X said",
//! "This was stated by X", "X accused Y of …", "X urged Y to …").
//!
//! The speaker is an office holder (`office_holders.csv`), a ministry or government named by a demonym
//! ("the Russian Foreign Ministry"), an office of a state ("The president of Kosovo"), or a state.
//! The stance comes from the words of what was said (a quote, a `that` clause, or the clause before
//! ", X said"); its object is the actor those words are about. When the words carry no stance cue the
//! rule proposes nothing: a neutral guess would cost a reviewer more than it saves.

use crate::claim::ClaimKind;
use crate::extract::Proposal;
use crate::gate::ToLower;
use crate::mentions::{Mention, MentionKind};
use crate::rules::Ctx;
use crate::rx::Rx as Regex;
use std::ops::Range;
use std::sync::OnceLock;

struct SpeechRx {
    verb: Regex,
    passive: Regex,
    ministry: Regex,
    office_of: Regex,
    quote: Regex,
    open_quote: Regex,
    support: Regex,
    recognise: Regex,
    oppose_to: Regex,
    oppose_attr: Regex,
    descriptive: Regex,
    according: Regex,
    country_office: Regex,
}

/// The stance cue table (`data/stances.txt`, documented there).
const STANCES: &str = include_str!("../../../data/stances.txt");

/// One regular expression for the cues of `class` in the stance table: `(?i)(?:\bA\b|\bB\b|…)`.
/// `None` when the class has no cue or a line is malformed (the table's test rules both out).
fn stance_cues(class: &str) -> Option<String> {
    let mut alts = Vec::new();
    for line in STANCES.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (k, cue) = line.split_once(" | ")?;
        if k.trim() != class {
            continue;
        }
        let cue = cue.trim();
        alts.push(match cue.strip_prefix('~') {
            Some(c) => format!("(?:{c})\\b"),
            None => format!("\\b(?:{cue})\\b"),
        });
    }
    (!alts.is_empty()).then(|| format!("(?i)(?:{})", alts.join("|")))
}

static SRX: OnceLock<Option<SpeechRx>> = OnceLock::new();

fn patterns() -> Option<&'static SpeechRx> {
    SRX.get_or_init(|| {
        let r = |p: &str| crate::rx::regex(p).ok();
        Some(SpeechRx {
            verb: r(r"\b(said|says|told|tells|stated|states|stating|warned|warns|urged|urges|declared|described|announced|characterized|characterised|accused|accuses|blamed|blames|criticized|criticised|condemned|condemns|slammed|explained|maintains|maintained|argues|argued|insists|insisted|called\s+on|added|adds|noted|notes|stressed|stresses|emphasi[sz]ed|wrote|writes|tweeted|reiterated|reiterates|underlined|affirmed|reaffirmed)\b")?,
            passive: r(r"(?i)^(?:this|that|it)\s+was\s+(?:stated|said|announced|declared)\s+by\s+")?,
            ministry: r(r"^\s+(Ministry\s+of\s+Foreign\s+Affairs|(?:[Ff]oreign\s+|[Dd]efen[cs]e\s+|[Ii]nterior\s+|[Pp]rime\s+)?(?:[Mm]inistry|[Mm]inister|[Gg]overnment|[Ee]mbassy|[Pp]residency|[Pp]resident['’]s\s+[Oo]ffice|[Pp]resident|[Aa]uthorities|[Ll]eadership|[Aa]mbassador|[Ee]nvoy|[Ss]pokes(?:man|woman|person))(?:\s+spokes(?:man|woman|person))?)\b")?,
            office_of: r(r"(?i)\bthe\s+(?:president|prime\s+minister|foreign\s+minister|government|foreign\s+ministry|ambassador|leaders?)\s+of\s+$")?,
            quote: r("\"([^\"]{3,600})\"|“([^”]{3,600})”|\u{FFFD}([^\u{FFFD}]{3,600})\u{FFFD}")?,
            open_quote: r("[\"“]([^\"“”]{3,600})$")?,
            support: r(&stance_cues("support")?)?,
            descriptive: r(&stance_cues("descriptive")?)?,
            recognise: r(r"(?i)\brecogni[sz](?:e|es|ed|ing)\b")?,
            oppose_to: r(&stance_cues("oppose")?)?,
            oppose_attr: r(&stance_cues("oppose-attr")?)?,
            country_office: r(r"(?i)\bthe\s+(?:[A-Za-z-]+\s+){0,3}(?:country|nation|state|kingdom|republic)['’]s\s+(?:foreign\s+|prime\s+)?(?:ministry|minister|government|president|presidency|embassy|authorities|leadership)(?:\s+spokes(?:man|woman|person))?\s+(?:(?:also|has|had|then|later)\s+)?$")?,
            // "according to the X", and "according to officials in <capital>" (review 9: the
            // officials of a state named by its capital speak for it).
            according: r(
                r"(?i)(?:^|[.;:]\s+|,\s+)according\s+to\s+(?:the\s+)?(?:(?:senior\s+|government\s+)?(?:officials|sources|diplomats|authorities)\s+in\s+)?$",
            )?,
        })
    })
    .as_ref()
}

/// Who speaks: the text as written for `subject`, the actor spoken for, and where the phrase is.
struct Speaker {
    text: String,
    actor: String,
    range: Range<usize>,
    /// Named outside the sentence and carried by a pronoun or a surname (h/extract19): its
    /// statements get a lower confidence than a speaker the sentence names.
    carried: bool,
}

/// A mention usable as the object of what was said (states, organisations, demonyms, capitals, people).
fn object_actor(c: &Ctx<'_>, m: &Mention) -> bool {
    match m.kind {
        MentionKind::Name | MentionKind::Capital | MentionKind::Person => true,
        MentionKind::Demonym => c.g.is_state(&m.actor),
    }
}

/// Short, clause-internal text between a speaker and the verb ("", " also", " on 01 June 2023").
fn speaker_gap(gap: &str) -> bool {
    if gap.len() > 40 || gap.contains(['.', ';', '"', '“', '”', ',', '(']) {
        return false;
    }
    let g = gap.trim();
    g.is_empty()
        || [
            "also", "has", "had", "have", "then", "later", "again", "has also", "had also",
        ]
        .contains(&g)
        || g.split_whitespace().all(|w| {
            [
                "has",
                "have",
                "had",
                "also",
                "repeatedly",
                "publicly",
                "previously",
                "long",
                "again",
                "officially",
                "reportedly",
                "recently",
            ]
            .contains(&w)
        })
        || ((g.starts_with("on ") || g.starts_with("in "))
            && g.chars().any(|ch| ch.is_ascii_digit()))
        // "the TRNC president's office in a statement said"
        || [
            "in a statement",
            "in a written statement",
            "in a press release",
            "in a communique",
        ]
        .contains(&g)
}

/// The speakers of a verb at `v` (absolute): the nearest speaker phrase before it, plus office holders
/// coordinated with it ("Macron and Germany's Chancellor Olaf Scholz").
fn speakers_before(c: &Ctx<'_>, v: usize, rx: &SpeechRx) -> Vec<Speaker> {
    let s = c.s;
    let mut best: Option<Speaker> = None;
    // Text from here to `v` is known to hold no clause boundary (checked once, not per mention:
    // a long sentence of mentions made this quadratic).
    let mut clear_from = v;
    for m in s.mentions.iter().rev().filter(|m| m.range.end <= v) {
        let gap = c.text.get(m.range.end..v).unwrap_or("");
        let cand = match m.kind {
            MentionKind::Person if speaker_gap(gap) => Some(Speaker {
                carried: false,
                text: c.text[m.range.clone()].to_string(),
                actor: m.actor.clone(),
                range: m.range.clone(),
            }),
            // "... address in which he blamed": the person named before the pronoun.
            MentionKind::Person
                if gap.len() <= 80
                    && !gap.contains(['.', ';', '"', '“', '”'])
                    && (gap.ends_with(" he ") || gap.ends_with(" she ")) =>
            {
                Some(Speaker {
                    carried: false,
                    text: c.text[m.range.clone()].to_string(),
                    actor: m.actor.clone(),
                    range: m.range.clone(),
                })
            }
            MentionKind::Demonym if c.g.is_state(&m.actor) => {
                rx.ministry.find(gap).and_then(|mm| {
                    let end = m.range.end + mm.end();
                    speaker_gap(c.text.get(end..v).unwrap_or("x;")).then(|| Speaker {
                        carried: false,
                        text: c.text[m.range.start..end].to_string(),
                        actor: m.actor.clone(),
                        range: m.range.start..end,
                    })
                })
            }
            // "Serbia's foreign ministry said", "China's embassy stated": the state's institution.
            MentionKind::Name
                if c.g.is_state(&m.actor)
                    && (gap.starts_with("'s ") || gap.starts_with("’s "))
                    && rx
                        .ministry
                        .find(&gap[gap.find(' ').unwrap_or(0)..])
                        .is_some_and(|mm| {
                            speaker_gap(&gap[gap.find(' ').unwrap_or(0) + mm.end()..])
                        }) =>
            {
                let sp = gap.find(' ').unwrap_or(0);
                let mm = rx.ministry.find(&gap[sp..]).map_or(0, |mm| mm.end());
                let end = m.range.end + sp + mm;
                Some(Speaker {
                    carried: false,
                    text: c.text[m.range.start..end].to_string(),
                    actor: m.actor.clone(),
                    range: m.range.start..end,
                })
            }
            // "the TRNC president's office said", "the Kosovo government said": a state's
            // institution after its name used as an adjective.
            MentionKind::Name
                if c.g.is_state(&m.actor)
                    && rx
                        .ministry
                        .find(gap)
                        .is_some_and(|mm| speaker_gap(&gap[mm.end()..])) =>
            {
                let end = m.range.end + rx.ministry.find(gap).map_or(0, |mm| mm.end());
                Some(Speaker {
                    carried: false,
                    text: c.text[m.range.start..end].to_string(),
                    actor: m.actor.clone(),
                    range: m.range.start..end,
                })
            }
            // A state, or its capital used for its government ("Moscow said", "Baku said").
            MentionKind::Name | MentionKind::Capital
                if c.g.is_state(&m.actor) && speaker_gap(gap) =>
            {
                let head = c.text.get(s.range.start..m.range.start).unwrap_or("");
                match rx.office_of.find(head) {
                    Some(o) => {
                        let start = s.range.start + o.start();
                        Some(Speaker {
                            carried: false,
                            text: c.text[start..m.range.end].to_string(),
                            actor: m.actor.clone(),
                            range: start..m.range.end,
                        })
                    }
                    // A state as speaker only when it opens its clause ("Russia said that").
                    None if head.trim_end().is_empty()
                        || head.trim_end().ends_with(',')
                        || head.trim_end().ends_with("and") =>
                    {
                        Some(Speaker {
                            carried: false,
                            text: c.speaker_text(m),
                            actor: m.actor.clone(),
                            range: m.range.clone(),
                        })
                    }
                    None => None,
                }
            }
            _ => None,
        };
        if cand.is_some() {
            best = cand;
            break;
        }
        // Stop at the first clause boundary: a speaker is never further away.
        if m.range.end < clear_from {
            let fresh = c.text.get(m.range.end..clear_from).unwrap_or(".");
            if fresh.contains(['.', ';']) {
                break;
            }
            clear_from = m.range.end;
        }
    }
    let Some(first) = best else {
        return Vec::new();
    };
    let mut out = vec![first];
    // Coordinated office holders: "A and B's Chancellor C on DATE urged".
    if let Some(head) = out.first().map(|f| f.range.start) {
        if let Some(m) = s.mentions.iter().rev().find(|m| {
            m.kind == MentionKind::Person && m.range.end <= head && {
                let gap = c.text.get(m.range.end..head).unwrap_or("");
                gap.len() <= 40
                    && gap.trim_start().starts_with("and ")
                    && !gap.contains(['.', ';', ',', '"'])
            }
        }) {
            out.push(Speaker {
                carried: false,
                text: c.text[m.range.clone()].to_string(),
                actor: m.actor.clone(),
                range: m.range.clone(),
            });
        }
    }
    out
}

/// The first speaker phrase after `pos` ("This was stated by Russia's UN envoy Vitaly Churkin").
fn speaker_after(c: &Ctx<'_>, pos: usize) -> Option<Speaker> {
    c.s.mentions
        .iter()
        .find(|m| {
            m.kind == MentionKind::Person
                && m.range.start >= pos
                && m.range.start - pos <= 40
                && !c.text[pos..m.range.start].contains(['.', ';', ','])
        })
        .map(|m| Speaker {
            carried: false,
            text: c.text[m.range.clone()].to_string(),
            actor: m.actor.clone(),
            range: m.range.clone(),
        })
}

/// Role nouns that refer back to a named office holder ("The spokeswoman said").
const ROLES: [(&str, &str); 10] = [
    ("spokeswoman", "spokes"),
    ("spokesman", "spokes"),
    ("spokesperson", "spokes"),
    ("minister", "minister"),
    ("president", "president"),
    ("chancellor", "chancellor"),
    ("ambassador", "ambassador"),
    ("envoy", "envoy"),
    ("premier", "prime minister"),
    ("diplomat", "diplomat"),
];

/// "The spokeswoman" / "The French president" / "She" opening the clause before the verb: the person
/// the previous sentence names in that role (by the office-holder table or the words before the
/// name), or, for a pronoun, the only person it names. `None` when that is not unique.
fn role_anaphor(c: &Ctx<'_>, head: &str) -> Option<Speaker> {
    let prev = c.prev?;
    let people: Vec<&Mention> = prev
        .mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Person)
        .collect();
    let to_speaker = |m: &Mention| Speaker {
        carried: false,
        text: c.text[m.range.clone()].to_string(),
        actor: m.actor.clone(),
        range: c.s.range.start..c.s.range.start + head.len(),
    };
    let lower = head.to_lower();
    if lower == "he" || lower == "she" {
        let first = people.first()?;
        return people
            .iter()
            .all(|m| m.holder == first.holder && m.actor == first.actor)
            .then(|| to_speaker(first));
    }
    let words: Vec<&str> = lower.split_whitespace().collect();
    if words.first() != Some(&"the") || words.len() > 4 {
        return None;
    }
    let last = *words.last()?;
    let (_, key) = ROLES.iter().find(|(r, _)| *r == last)?;
    // A qualifier before the role must agree with the person's state ("The French president").
    let qualifier: Vec<&Mention> =
        c.s.mentions
            .iter()
            .filter(|m| m.range.end <= c.s.range.start + head.len())
            .collect();
    let holders = c.g.holders();
    let fits = |m: &&&Mention| {
        let role_ok = m
            .holder
            .and_then(|h| holders.get(h))
            .is_some_and(|h| h.role.to_lower().contains(key))
            || c.sl(m.range.start.saturating_sub(40), m.range.start)
                .to_lower()
                .contains(key);
        role_ok && qualifier.iter().all(|q| q.actor == m.actor)
    };
    let matching: Vec<&&Mention> = people.iter().filter(fits).collect();
    let first = matching.first()?;
    matching
        .iter()
        .all(|m| m.actor == first.actor && m.holder == first.holder)
        .then(|| to_speaker(first))
}

/// Stance and object of what was said (`words` is an absolute range of the cleaned text).
fn stance(
    c: &Ctx<'_>,
    mentions: &[Mention],
    words: Range<usize>,
    speaker_actor: &str,
    rx: &SpeechRx,
    quoted: bool,
    according: bool,
) -> Option<(&'static str, String)> {
    let text = c.text.get(words.clone())?;
    let in_words: Vec<&Mention> = mentions
        .iter()
        .filter(|m| {
            m.range.start >= words.start
                && m.range.end <= words.end
                && object_actor(c, m)
                && m.actor != speaker_actor
        })
        .collect();
    let first_in_words = || in_words.first().map(|m| m.actor.clone());
    // After "According to X," two actors in the words make the object a guess: nothing.
    if according
        && in_words
            .iter()
            .any(|m| in_words.first().is_some_and(|f| f.actor != m.actor))
    {
        return None;
    }
    // There a support cue that describes others ("Taiwan's allies are few") is no stance.
    let support = rx.support.find_iter(text).find(|m| {
        let describes = rx
            .descriptive
            .find_at(text, m.start())
            .is_some_and(|d| d.start() == m.start());
        // "we will not back down", "backed off": a phrasal verb, no backing of anyone.
        let phrasal = text[m.end()..]
            .trim_start()
            .to_lower()
            .split(|ch: char| !ch.is_alphanumeric())
            .next()
            .is_some_and(|w| ["down", "off", "away", "out"].contains(&w));
        !(phrasal || according && describes)
    });
    let cues = [
        (support, "support", true),
        // "“We recognise the State of Palestine,” X said": in the speaker's own quoted words a
        // recognition is support. Not in a reported clause ("X said it would recognise Y"): that
        // is the recognition (planned) the frames read, not a statement besides it.
        // Not an infinitive or a modal ("asked Serbia to recognise Kosovo", "would recognise"):
        // what others ask or what might be is no stance of the speaker. Nor a passive ("the
        // prospect of Kosovo's independence being recognised", h/extract15): a recognition by
        // others the speaker speaks of, not the speaker's.
        (
            rx.recognise.find(text).filter(|m| {
                let before = format!(" {}", text[..m.start()].trim_end().to_lower());
                quoted
                    && ![
                        " to", " would", " could", " should", " might", " must", " not", " never",
                        " can", " cannot", " being", " been", " be", " is", " are", " was",
                        " were",
                    ]
                    .iter()
                    .any(|w| before.ends_with(w))
                    && own_side_acts(
                        c,
                        mentions,
                        words.start,
                        words.start + m.start(),
                        speaker_actor,
                    )
            }),
            "support",
            true,
        ),
        (rx.oppose_to.find(text), "oppose", true),
        (rx.oppose_attr.find(text), "oppose", false),
    ];
    let (cue, pol, transitive) = cues
        .into_iter()
        .filter_map(|(m, p, t)| m.map(|m| (m, p, t)))
        .min_by_key(|(m, _, _)| m.start())?;
    let at = words.start + cue.start();
    // "for the U.S. to support X, negotiations must …", "if X recognised …": a condition, no stance.
    let head = text[..cue.start()].to_lower();
    if head.starts_with("for ") && head.trim_end().ends_with(" to")
        || head.starts_with("if ")
        || head.contains(" if ")
        || head.starts_with("unless ")
    {
        return None;
    }
    let obj = if transitive {
        // "said Serbia was blocking Kosovo's membership in Interpol": an actor acting before the
        // cue and another after it; the stance could go to either, so none is guessed.
        let subject_before = in_words.iter().any(|m| {
            let gap = &c.text[m.range.end.min(at)..at];
            m.range.end <= at
                && m.kind != MentionKind::Demonym
                && gap.len() <= 30
                && !gap.contains([',', ';', '.', '"', '“', '”'])
                && !gap.contains(" but ")
                && !gap.contains(" and ")
                && !gap.contains(" that ")
        });
        let after = in_words
            .iter()
            .any(|m| m.range.start >= at + cue.len() && m.range.start - at <= 90);
        if subject_before && after {
            return None;
        }
        // "support X", "countering attempts to push X": the actor after the cue.
        in_words
            .iter()
            .find(|m| m.range.start >= at + cue.len() && m.range.start - at <= 90)
            .map(|m| m.actor.clone())
            .or_else(first_in_words)
    } else {
        // "X carried out aggression", "X cannot be viewed as": the actor before, in the same clause.
        in_words
            .iter()
            .rev()
            .find(|m| m.range.end <= at && !c.text[m.range.end..at].contains([',', ';', '"', '“']))
            .map(|m| m.actor.clone())
            .or_else(first_in_words)
    }
    // Words about an act and no actor ("the decision was illegal", "the move is a reward"):
    // the state that acted, named at the start of this sentence or the previous one (the
    // annotation's "condemning a state's act is opposing that state").
    .or_else(|| {
        act_noun(text)
            .then(|| crate::frames::act_actors(c, words.start))
            .and_then(|a| a.into_iter().find(|x| x != speaker_actor))
    })
    // Words with a stance and no actor ("we will never accept the unilateral declaration")
    // speak of the entity the document is about, when the speaker is not that entity.
    .or_else(|| {
        c.main_entity
            .filter(|e| *e != speaker_actor)
            .map(str::to_string)
    })?;
    Some((pol, obj))
}

/// Whether the clause before a recognition cue at `at` (from its last clause mark after
/// `from`) has the speaker's side as its subject: "we", "I", "our …", or a mention of the
/// speaker's own actor ("“…, the Republic of Armenia recognises the State of Palestine,” the
/// ministry said"). Not a recognition by others the speaker quotes or mocks ("“… to have Abkhazia
/// and South Ossetia recognize each other …,” Rice added"; "“… 116 states which, as Pristina
/// claims, have recognized …”", h/extract19).
fn own_side_acts(c: &Ctx<'_>, mentions: &[Mention], from: usize, at: usize, speaker: &str) -> bool {
    let head = c.sl(from, at);
    let start = head.rfind([',', ';', '.', ':', '“', '"']).map_or(0, |i| {
        i + head[i..].chars().next().map_or(1, char::len_utf8)
    });
    let clause = &head[start..];
    let lower = format!(" {} ", clause.to_lower());
    [" we ", " i ", " our "].iter().any(|w| lower.contains(w))
        || mentions
            .iter()
            .any(|m| m.actor == speaker && m.range.start >= from + start && m.range.end <= at)
}

/// The length of "the decision" / "this move" / "its historic step" opening `rest`, if it does.
fn act_phrase(rest: &str) -> Option<usize> {
    static RX: OnceLock<Option<Regex>> = OnceLock::new();
    RX.get_or_init(|| {
        crate::rx::regex(
            r"(?i)^[\s\x22”’']*(?:the|this|that|its|their)\s+(?:\w+\s+)?(?:decision|move|step|announcement)\b(?:\s+to\b)?",
        )
        .ok()
    })
    .as_ref()?
    .find(rest)
    .filter(|m| m.as_str().ends_with("to"))
    .map(|m| m.end())
}

/// The words speak of an act ("the decision", "this move"). Not "the recognition": what is said
/// of a recognition speaks of the recognised (held-out annotation: "this recognition rewards
/// terrorism" opposes Palestine).
fn act_noun(text: &str) -> bool {
    let lower = text.to_lower();
    let words: Vec<&str> = lower
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).any(|w| {
        ["the", "this", "that", "its", "their"].contains(&w[0])
            && ["decision", "move", "step", "announcement"].contains(&w[1])
    })
}

/// Statements of reported speech in the current sentence.
pub(crate) fn speech(c: &Ctx<'_>, out: &mut Vec<Proposal>) {
    let Some(rx) = patterns() else { return };
    let s = c.s;
    // "This was stated by X": the words are the previous sentence.
    if let (Some(pm), Some(prev)) = (rx.passive.find(s.text), c.prev) {
        if let Some(sp) = speaker_after(c, c.abs(pm.end())) {
            // "“…,” . It was announced by X": a previous sentence that is a quote is X's words.
            let quoted = prev.text.trim_start().starts_with(['"', '“']);
            if let Some((pol, obj)) = stance(
                c,
                &prev.mentions,
                prev.range.clone(),
                &sp.actor,
                rx,
                quoted,
                false,
            ) {
                push(out, &sp, &obj, pol, c.abs(pm.start()), None);
            }
        }
        return;
    }
    according_to(c, rx, out);
    for vm in rx.verb.find_iter(s.text) {
        let v = c.abs(vm.start());
        let verb = vm.as_str().to_lower();
        // "declared independence", "declared itself a state": an act, not speech.
        if verb == "declared" && declared_act(&s.text[vm.end()..]) {
            continue;
        }
        let speakers = speakers_of(c, rx, v);
        if speakers.is_empty() {
            continue;
        }
        let after_verb = c.abs(vm.end());
        // Verbs whose object is named right after them.
        let direct: Option<&'static str> = if DIRECT_VERBS.contains(&verb.as_str()) {
            Some("oppose")
        } else if verb.starts_with("urge") || verb.starts_with("called") {
            Some("neutral")
        } else {
            None
        };
        for sp in &speakers {
            if let Some(pol) = direct {
                let obj = s.mentions.iter().find(|m| {
                    m.range.start >= after_verb
                        && m.range.start - after_verb <= 12
                        && object_actor(c, m)
                        && m.actor != sp.actor
                });
                if let Some(o) = obj {
                    push(out, sp, &o.actor, pol, v, None);
                }
                continue;
            }
            let (words, quote) = words_of(c, rx, v, after_verb, sp);
            let Some(mut words) = words else { continue };
            // Unquoted words after the verb end at the writer's next clause ("Somalia said that
            // the UK recognised Somaliland, a claim London rejected": London's rejection is not
            // Somalia's words).
            if quote.is_none() && words.start >= after_verb {
                words = own_clause(c.text, words);
            }
            // "“Tuvalu recognises the territorial integrity of Georgia …,” Georgia's foreign
            // ministry said": words whose own subject is another state acting are that state's (a
            // document quoted), no stance of the speaker toward it (h/extract11).
            // A quote an earlier sentence of the paragraph opens ("“X is an integral part of Y.
            // We will work with X,” Demir stated"): its words' mentions are read there too.
            let spanning: Vec<Mention>;
            let ms: &[Mention] = if words.start < s.range.start {
                spanning = c
                    .earlier
                    .iter()
                    .filter(|m| m.range.start >= words.start)
                    .chain(s.mentions.iter())
                    .cloned()
                    .collect();
                &spanning
            } else {
                &s.mentions
            };
            // Those words are that state's own statement, quoted (h/extract19): it is the
            // statement's speaker ("“Tuvalu recognises the territorial integrity of Georgia …,”
            // Georgia's foreign ministry said": Tuvalu supports Georgia).
            if let Some(q) = quote
                .as_ref()
                .and_then(|_| quoted_state_acts(c, ms, &words, &sp.actor))
            {
                let own = Speaker {
                    text: c.text[q.range.clone()].to_string(),
                    actor: q.actor.clone(),
                    range: q.range.clone(),
                    carried: false,
                };
                if let Some((pol, obj)) = stance(c, ms, words.clone(), &own.actor, rx, true, false)
                {
                    push(out, &own, &obj, pol, v, quote.clone());
                }
                continue;
            }
            // A short quote after the verb with no actor in it ("said it “highly commends” the
            // decision of Nauru"): its object is in the rest of the sentence.
            if quote.is_some()
                && words.start >= after_verb
                && !s.mentions.iter().any(|m| {
                    m.range.start >= words.start
                        && m.range.end <= words.end
                        && object_actor(c, m)
                        && m.actor != sp.actor
                })
            {
                let rest = c.text.get(words.end..s.range.end).unwrap_or("");
                // "… the decision to sever ties with Taiwan": the decision is its decider's, not
                // Taiwan's; only the act noun is taken (its actor is found like any act's).
                let act = act_phrase(rest);
                if act.is_some()
                    && !crate::frames::act_actors(c, words.start)
                        .iter()
                        .any(|a| *a != sp.actor)
                {
                    // No decider named nearby: the document's entity would be a guess.
                    continue;
                }
                let clause = act.unwrap_or_else(|| rest.find([';', '.']).unwrap_or(rest.len()));
                words = words.start..words.end + clause;
            }
            if let Some((pol, obj)) =
                stance(c, ms, words.clone(), &sp.actor, rx, quote.is_some(), false)
            {
                push(out, sp, &obj, pol, v, quote);
            } else if quote.is_some() && words.start >= after_verb {
                // A first quote without a cue ("warned of a 'huge explosion', the same place 'where
                // X carried out aggression'"): the rest of the sentence after the verb.
                let rest = after_verb..s.range.end;
                if let Some((pol, obj)) = stance(c, &s.mentions, rest, &sp.actor, rx, false, false)
                {
                    push(out, sp, &obj, pol, v, None);
                }
            }
        }
    }
}

/// The speakers of the verb at `v` (absolute): a role or pronoun referring back, the nearest speaker
/// phrase before it, "It" for the previous sentence's state, "the country's ministry", an
/// institution named before.
fn speakers_of(c: &Ctx<'_>, rx: &SpeechRx, v: usize) -> Vec<Speaker> {
    let s = c.s;
    // "The French president said" after a sentence naming Macron: the person, before the
    // state the demonym names.
    let mut speakers: Vec<Speaker> = role_anaphor(c, c.sl(s.range.start, v).trim())
        .into_iter()
        .collect();
    if speakers.is_empty() {
        speakers = speakers_before(c, v, rx);
    }
    if speakers.is_empty() {
        // "It maintains that …": the state of the previous sentence.
        let head = c.sl(s.range.start, v).trim();
        // "It also condemned …" (h/extract19): an adverb after the pronoun.
        let words: Vec<&str> = head.split_whitespace().collect();
        if words.first() == Some(&"It")
            && (words.len() == 1 || words.len() == 2 && CARRY_ADVERBS.contains(&words[1]))
        {
            if let Some(a) = c.antecedent_it(v, &[]) {
                let name = c.g.actor(&a).map_or_else(|| a.clone(), |x| x.name.clone());
                speakers.push(Speaker {
                    carried: false,
                    text: name,
                    actor: a,
                    range: s.range.start..s.range.start + 2,
                });
            }
        }
    }
    if speakers.is_empty() {
        if let Some(sp) = role_anaphor(c, c.sl(s.range.start, v).trim()) {
            speakers.push(sp);
        }
    }
    if speakers.is_empty() {
        speakers.extend(country_office(c, rx, v));
    }
    if speakers.is_empty() {
        speakers.extend(institution_anaphor(c, v));
    }
    if speakers.is_empty() {
        speakers.extend(after_quote(c, v));
    }
    if speakers.is_empty() {
        speakers.extend(carried_speaker(c, v));
    }
    speakers
}

/// Adverbs a pronoun subject may carry before its verb ("He also said", "It also condemned").
const CARRY_ADVERBS: [&str; 6] = ["also", "then", "later", "further", "again", "too"];

/// The subject words right before the verb at `v` (absolute): after the sentence's start, its
/// last closing quote or its last comma ("He also said", "“…,” Demir stated", "…, he added"),
/// with where they start. `None` when empty or longer than a name.
fn subject_words<'t>(c: &'t Ctx<'_>, v: usize) -> Option<(usize, &'t str)> {
    let head = c.sl(c.s.range.start, v);
    let cut = head.rfind(['”', '"', ',']).map_or(0, |i| {
        i + head[i..].chars().next().map_or(1, char::len_utf8)
    });
    let raw = &head[cut..];
    let t = raw.trim_start_matches([',', ' ', '\n']);
    let from = c.s.range.start + cut + (raw.len() - t.len());
    let t = t.trim_end();
    (!t.is_empty() && t.len() <= 40).then_some((from, t))
}

/// A speaker named outside the sentence and referred to by a pronoun or a surname (h/extract19):
/// "He also said …" / "“…,” she added" / "…, he added" → the only person named earlier in this
/// paragraph, or, when the sentence opens its paragraph and the paragraph names nobody before
/// it, the only person the paragraph before names (never further, never across a heading);
/// "“…,” Demir stated" → the one person of the document named before whose name ends with that
/// surname. Two different people where one is looked for give nothing: no speaker is guessed.
fn carried_speaker(c: &Ctx<'_>, v: usize) -> Option<Speaker> {
    let (from, t) = subject_words(c, v)?;
    let words: Vec<&str> = t.split_whitespace().collect();
    let first = words.first()?.to_lower();
    let person_ok = |m: &&Mention| m.kind == MentionKind::Person;
    let surname_of = |m: &Mention| {
        c.text[m.range.clone()]
            .rsplit(' ')
            .next()
            .unwrap_or("")
            .to_lower()
    };
    let unique = |ps: &[&Mention]| -> Option<Mention> {
        let f = ps.first()?;
        ps.iter()
            .all(|m| m.actor == f.actor && surname_of(m) == surname_of(f))
            .then(|| (*f).clone())
    };
    // "the minister added", "the foreign minister said": a role noun (as [`role_anaphor`], which
    // looks in the sentence before only), with the pronoun's scope.
    let role_key = (first == "the"
        && (words.len() == 2
            || words.len() == 3 && ["foreign", "prime", "deputy"].contains(&words[1])))
    .then(|| {
        let last = words.last().map(|w| w.to_lower()).unwrap_or_default();
        ROLES.iter().find(|(r, _)| *r == last).map(|(_, k)| *k)
    })
    .flatten();
    let pronoun = (first == "he" || first == "she")
        && (words.len() == 1 || words.len() == 2 && CARRY_ADVERBS.contains(&words[1]));
    let person = if pronoun || role_key.is_some() {
        let holders = c.g.holders();
        let fits = |m: &&Mention| {
            role_key.is_none_or(|key| {
                m.holder
                    .and_then(|h| holders.get(h))
                    .is_some_and(|h| h.role.to_lower().contains(key))
                    || c.sl(m.range.start.saturating_sub(40), m.range.start)
                        .to_lower()
                        .contains(key)
            })
        };
        let within = |a: usize, b: usize| -> Vec<&Mention> {
            c.earlier
                .iter()
                .filter(person_ok)
                .filter(|m| m.range.start >= a && m.range.end <= b)
                .filter(fits)
                .collect()
        };
        let mut ps = within(c.para_start, c.s.range.start);
        if ps.is_empty() && c.sl(c.para_start, c.s.range.start).trim().is_empty() {
            if let Some(pp) = c.prev_para_start.filter(|p| *p < c.para_start) {
                ps = within(pp, c.para_start);
            }
        }
        unique(&ps)?
    } else {
        // A surname: one to three capitalised words, none a pronoun or an article, and no
        // mention of the sentence there (a state or a body is named, not carried).
        const NOT_NAMES: [&str; 9] = ["the", "it", "they", "we", "he", "she", "this", "that", "i"];
        let name_like = words.len() <= 3
            && words.iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && !NOT_NAMES.contains(&w.to_lower().as_str())
            });
        let end = from + t.len();
        if !name_like
            || c.s
                .mentions
                .iter()
                .any(|m| m.range.start < end && m.range.end > from)
        {
            return None;
        }
        let want = t.to_lower();
        let ps: Vec<&Mention> = c
            .earlier
            .iter()
            .filter(person_ok)
            .filter(|m| {
                let name = c.text[m.range.clone()].to_lower();
                name.len() > want.len()
                    && name.ends_with(&want)
                    && name[..name.len() - want.len()].ends_with(' ')
            })
            .collect();
        unique(&ps)?
    };
    // The person as written most fully in the document so far ("Recep Tayyip Erdogan", not a
    // later "Erdogan"): one speaker, one subject, so a restatement is one claim.
    let text = c
        .earlier
        .iter()
        .filter(|m| m.kind == MentionKind::Person && m.actor == person.actor)
        .filter(|m| surname_of(m) == surname_of(&person))
        .map(|m| &c.text[m.range.clone()])
        .max_by_key(|t| t.len())
        .unwrap_or(&c.text[person.range.clone()])
        .to_string();
    Some(Speaker {
        text,
        actor: person.actor.clone(),
        range: from..from + t.len(),
        carried: true,
    })
}

/// "“…,” he said" / "“…,” the foreign ministry said": the words between a closing quote and the
/// verb are a pronoun (the only person the previous sentence names, as [`role_anaphor`]) or an
/// institution with no state of its own (the state of the previous sentence, as
/// [`institution_anaphor`]) (h/extract16).
fn after_quote(c: &Ctx<'_>, v: usize) -> Option<Speaker> {
    let head = c.sl(c.s.range.start, v);
    let q = head.rfind(['”', '"'])?;
    let close = q + head[q..].chars().next()?.len_utf8();
    let tail = head[close..].trim_start_matches([',', ' ']).trim_end();
    if tail.is_empty() || tail.len() > 40 {
        return None;
    }
    let from = c.s.range.start
        + close
        + (head[close..].len() - head[close..].trim_start_matches([',', ' ']).len());
    let lower = tail.to_lowercase();
    if lower == "he" || lower == "she" {
        let mut sp = role_anaphor(c, tail)?;
        sp.range = from..from + tail.len();
        return Some(sp);
    }
    institution_of_previous(c, tail, from)
}

/// "declared independence", "declared itself a state": an act, not speech (`rest` follows the verb).
fn declared_act(rest: &str) -> bool {
    let next = rest.trim_start().to_lower();
    [
        "independence",
        "itself",
        "its independence",
        "a state",
        "war",
        "sovereignty",
    ]
    .iter()
    .any(|w| next.starts_with(w))
}

/// Verbs whose object is a party named right after them, not a clause of reported words.
const DIRECT_VERBS: [&str; 9] = [
    "accused",
    "accuses",
    "blamed",
    "blames",
    "criticized",
    "criticised",
    "condemned",
    "condemns",
    "slammed",
];

/// What may follow a speech verb that closes "<words>, X said": nothing, or a time, a channel or
/// an audience ("on Tuesday", "in a statement", "told reporters") — never a clause of its own
/// ("…, and Russia said the move was welcome" says nothing of the clause before the comma).
fn closing_tail(tail: &str) -> bool {
    let t = tail.trim().trim_end_matches(['.', '"', '”', ' ']).trim();
    if t.is_empty() {
        return true;
    }
    if t.len() > 40 || t.contains([',', ';', '"', '“', '”']) {
        return false;
    }
    let first = t.split_whitespace().next().unwrap_or("").to_lower();
    [
        "on",
        "in",
        "at",
        "last",
        "this",
        "yesterday",
        "today",
        "earlier",
        "later",
        "late",
        "reporters",
        "journalists",
    ]
    .contains(&first.as_str())
        || crate::dates::DAYS.contains(&first.as_str())
}

/// Ends the words of a report at the first clause the writer adds in their own voice ("Georgia
/// said Venezuela recognised Abkhazia, but Caracas has not confirmed it": up to ", but"). A
/// coordinated clause (", and Nauru recognised …") may or may not be the speaker's: it is cut
/// too, so that no act is given a sayer by a guess; ", and" or ", but" followed by a bare verb goes
/// on with the same subject ("…, and congratulated the people of Kosovo").
fn own_clause(text: &str, words: Range<usize>) -> Range<usize> {
    let w = text.get(words.clone()).unwrap_or("");
    // ", and congratulated …", ", but will never …": the same subject goes on (a verb, lowercase,
    // no pronoun or article opening a new subject); ", and Nauru recognised …", ", but the move …"
    // open a new clause.
    let new_clause = |joint: &'static str| {
        w.match_indices(joint).map(|(i, _)| i).find(move |&i| {
            let next = w[i + joint.len()..].split_whitespace().next().unwrap_or("");
            next.starts_with(|ch: char| !ch.is_lowercase())
                || [
                    "the", "a", "an", "it", "its", "this", "that", "they", "he", "she", "his",
                    "her", "their", "there",
                ]
                .contains(&next)
        })
    };
    let cut = [
        ";",
        ", while ",
        ", whereas ",
        ", although ",
        ", though ",
        ", a claim ",
        ", which ",
    ]
    .iter()
    .filter_map(|b| w.find(b))
    .chain(new_clause(", and "))
    .chain(new_clause(", but "))
    .min();
    match cut {
        Some(k) => words.start..words.start + k,
        None => words,
    }
}

/// States named together opening the clause of the verb at `v`, the clause's only words besides
/// them ("Ireland, Norway and Spain said", "Taiwan and the breakaway state of Somaliland
/// announced", "The Pacific Island nation of Nauru said Monday", "Armenia has announced"): each
/// speaks; with the end of the last. Empty when anything else stands before the verb.
fn opening_states(c: &Ctx<'_>, v: usize) -> (Vec<String>, usize) {
    static RX: OnceLock<Option<Regex>> = OnceLock::new();
    let Some(rx) = RX
        .get_or_init(|| {
            crate::rx::regex(
                r"(?i)^(?:date\s+\d{4}-\d{2}-\d{2}\s+)?(?:(?:and\s+|,\s*(?:and\s+)?)?(?:the\s+)?(?:(?:[a-z-]+\s+){0,4}?(?:nation|country|state|kingdom|republic|island|islands)\s+of\s+)?(?:the\s+)?@\s*)+(?:(?:has|have|had|also|both|jointly|officially|formally|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\s+)*$",
            )
            .ok()
        })
        .as_ref()
    else {
        return (Vec::new(), v);
    };
    let s = c.s;
    let mut shape = String::new();
    let mut actors = Vec::new();
    let mut at = s.range.start;
    for m in s.mentions.iter().filter(|m| m.range.end <= v) {
        if m.range.start < at {
            continue;
        }
        if !(matches!(m.kind, MentionKind::Name) && c.g.is_state(&m.actor)) {
            return (Vec::new(), v);
        }
        shape.push_str(c.sl(at, m.range.start));
        shape.push('@');
        actors.push(m.actor.clone());
        at = m.range.end;
    }
    shape.push_str(c.sl(at, v));
    if actors.is_empty() || !rx.is_match(&shape) {
        return (Vec::new(), v);
    }
    (actors, at)
}

/// The reported words of the current sentence and who says them: for each speech verb, its
/// speakers (the nearest speaker phrase and those coordinated with it, or the states opening the
/// clause, [`opening_states`]) and the words `words_of` finds — a quote, a `that` clause, the rest
/// of a sentence the speaker opens, or the clause before a closing ", X said" — ended at the
/// writer's next clause ([`own_clause`]); and the words of "according to X". An act whose trigger
/// lies in such words is said by those speakers ([`sayer`]).
pub(crate) fn reported_spans(c: &Ctx<'_>) -> Vec<(Range<usize>, Vec<String>)> {
    let Some(rx) = patterns() else {
        return Vec::new();
    };
    let s = c.s;
    let mut out = Vec::new();
    if let Some((sp, words)) = according_span(c, rx) {
        out.push((own_clause(c.text, words), vec![sp.actor]));
    }
    let verbs = rx.verb.find_iter(s.text).chain(
        ACT_VERBS
            .get_or_init(|| crate::rx::regex(r"\b(?:confirmed|confirms)\b").ok())
            .iter()
            .flat_map(|r| r.find_iter(s.text)),
    );
    for vm in verbs {
        let verb = vm.as_str().to_lower();
        if verb == "declared" && declared_act(&s.text[vm.end()..]) {
            continue;
        }
        if DIRECT_VERBS.contains(&verb.as_str())
            || verb.starts_with("urge")
            || verb.starts_with("called")
        {
            continue;
        }
        let v = c.abs(vm.start());
        let mut speakers = speakers_of(c, rx, v);
        if speakers.is_empty() {
            // States opening the clause, as one speaker phrase from the first to the last.
            let (states, end) = opening_states(c, v);
            if let (Some(a), Some(first)) = (
                states.first(),
                s.mentions.iter().find(|m| m.range.start >= s.range.start),
            ) {
                speakers.push(Speaker {
                    carried: false,
                    text: c.sl(first.range.start, end).to_string(),
                    actor: a.clone(),
                    range: first.range.start..end,
                });
            }
            let after_verb = c.abs(vm.end());
            if let Some(first) = speakers.first() {
                let (Some(words), quote) = words_of(c, rx, v, after_verb, first) else {
                    continue;
                };
                let words = if words.start >= after_verb && quote.is_none() {
                    // From the speaker's end: a frame's trigger may sit at the verb.
                    first.range.end..own_clause(c.text, words).end
                } else {
                    words
                };
                out.push((words, states));
            }
            continue;
        }
        let Some(first) = speakers.first() else {
            continue;
        };
        let after_verb = c.abs(vm.end());
        let (Some(words), quote) = words_of(c, rx, v, after_verb, first) else {
            continue;
        };
        if words.end <= first.range.start
            && quote.is_none()
            && !closing_tail(c.sl(after_verb, s.range.end))
        {
            continue;
        }
        let words = if words.start >= after_verb && quote.is_none() {
            // From the speaker's end: a frame's trigger may sit at the verb ("Nauru said it would
            // recognise China").
            first.range.end.max(v.saturating_sub(1))..own_clause(c.text, words).end
        } else {
            words
        };
        // "Ireland, Norway and Spain said": the nearest speaker is Spain, but all three speak.
        let (states, _) = opening_states(c, v);
        let mut actors: Vec<String> = if states.contains(&first.actor) {
            states
        } else {
            speakers.iter().map(|x| x.actor.clone()).collect()
        };
        actors.dedup();
        out.push((words, actors));
    }
    out
}

/// Verbs that report an act but are no statement verbs of [`speech`] ("the Kosovan president
/// confirmed").
static ACT_VERBS: OnceLock<Option<Regex>> = OnceLock::new();

/// The sayer of the act of `subject` whose trigger is at `trigger`: the speakers of the innermost
/// reported words holding it ("Georgia said Russia told it that …": Russia) — the act's subject
/// when it is one of them ("Ireland, Norway and Spain said they would recognise …": each its own
/// word), else their one actor. `None` when no words hold it, or the speakers (or two equally
/// inner words) name different actors and none is the subject.
pub(crate) fn sayer(
    spans: &[(Range<usize>, Vec<String>)],
    subject: &str,
    trigger: usize,
) -> Option<String> {
    let holding: Vec<&(Range<usize>, Vec<String>)> =
        spans.iter().filter(|(r, _)| r.contains(&trigger)).collect();
    let inner = holding.iter().map(|(r, _)| r.len()).min()?;
    let mut actors: Vec<&String> = holding
        .iter()
        .filter(|(r, _)| r.len() == inner)
        .flat_map(|(_, a)| a)
        .collect();
    if actors.iter().any(|a| *a == subject) {
        return Some(subject.to_string());
    }
    actors.dedup();
    let a = actors.first()?;
    actors.iter().all(|x| x == a).then(|| a.to_string())
}

/// "the troubled Asian country's Foreign Ministry spokesman said", "the island nation's president
/// said": an office of a state named before, as "the country" is anywhere (`frames::tokenise`): the
/// first state of the previous sentence, else of the document's title or lead, that is not the
/// entity the document is about.
fn country_office(c: &Ctx<'_>, rx: &SpeechRx, v: usize) -> Option<Speaker> {
    let mut a = v.saturating_sub(90).max(c.s.range.start);
    while a > c.s.range.start && !c.text.is_char_boundary(a) {
        a -= 1;
    }
    let m = rx.country_office.find(c.sl(a, v))?;
    let from = a + m.start();
    let state_of = |s: &crate::extract::Sentence<'_>| {
        s.mentions
            .iter()
            .find(|x| {
                matches!(x.kind, MentionKind::Name | MentionKind::Capital)
                    && c.g.is_state(&x.actor)
                    && c.main_entity != Some(x.actor.as_str())
            })
            .map(|x| x.actor.clone())
    };
    let actor = c
        .prev
        .and_then(state_of)
        .or_else(|| c.lead.and_then(state_of))?;
    Some(Speaker {
        carried: false,
        text: c.text[from..v].trim().to_string(),
        actor,
        range: from..v,
    })
}

/// "The ministry said", "The government added" opening the sentence: the institution of the only
/// state the previous sentence names ("Serbia's foreign ministry condemned the move. The ministry
/// said …"). `None` when it names none or several.
fn institution_anaphor(c: &Ctx<'_>, v: usize) -> Option<Speaker> {
    let head = c.sl(c.s.range.start, v).trim();
    institution_of_previous(c, head, c.s.range.start)
}

/// The institution `head` (one of "the ministry", "the foreign ministry", "the government" …, as
/// written at `at`) speaks for the only state the previous sentence names; with several, for the
/// state that opens it as the subject of a verb ("Armenia recognised Palestine on Friday. The
/// ministry said …": Armenia's, h/extract16).
fn institution_of_previous(c: &Ctx<'_>, head: &str, at: usize) -> Option<Speaker> {
    const HEADS: [&str; 8] = [
        "the ministry",
        "the foreign ministry",
        "the government",
        "the embassy",
        "the presidency",
        "the authorities",
        "the ministry also",
        "the government also",
    ];
    if !HEADS.contains(&head.to_lower().as_str()) {
        return None;
    }
    let prev = c.prev?;
    let states: Vec<&Mention> = prev
        .mentions
        .iter()
        .filter(|m| {
            matches!(
                m.kind,
                MentionKind::Name | MentionKind::Capital | MentionKind::Demonym
            ) && c.g.is_state(&m.actor)
        })
        .collect();
    let first = states.first()?;
    let actor = if states.iter().all(|m| m.actor == first.actor) {
        first.actor.clone()
    } else {
        // The previous sentence opens with the state ("Armenia", "The Armenian government"),
        // followed by a lower-case word (its verb).
        let lead = c.sl(prev.range.start, first.range.start).trim();
        let after = c.sl(first.range.end, prev.range.end).trim_start();
        let opens = lead.is_empty() || lead == "The" || lead == "the";
        let verb = after.chars().next().is_some_and(char::is_lowercase)
            && !after.starts_with("and ")
            && !after.starts_with("or ");
        if !(opens && verb && first.kind == MentionKind::Name) {
            return None;
        }
        first.actor.clone()
    };
    Some(Speaker {
        carried: false,
        text: head.to_string(),
        actor,
        range: at..at + head.len(),
    })
}

/// "According to X, <words>" and "<words>, according to X": X (a state or its capital, a body, a
/// titled person, a state's ministry or embassy) says the words. Gated by the literal word; the
/// object must be unambiguous (see [`stance`]).
fn according_to(c: &Ctx<'_>, rx: &SpeechRx, out: &mut Vec<Proposal>) {
    let Some((sp, words)) = according_span(c, rx) else {
        return;
    };
    if let Some((pol, obj)) = stance(c, &c.s.mentions, words, &sp.actor, rx, false, true) {
        push(out, &sp, &obj, pol, sp.range.start, None);
    }
}

/// The speaker and words of "According to X, <words>" / "<words>, according to X".
fn according_span(c: &Ctx<'_>, rx: &SpeechRx) -> Option<(Speaker, Range<usize>)> {
    let s = c.s;
    let at = s.text.find("ccording to ")?;
    let at = c.abs(at.saturating_sub(1));
    let m = s.mentions.iter().find(|m| m.range.start > at)?;
    let head = c.sl(s.range.start, m.range.start);
    let a = rx.according.find(head)?;
    let rest = c.sl(m.range.end, s.range.end);
    // The speaker phrase: the mention and a ministry/embassy/spokesman after it.
    let (actor_ok, extra) = match m.kind {
        MentionKind::Name | MentionKind::Capital => {
            let poss = ["'s", "’s"]
                .iter()
                .find(|p| rest.starts_with(**p))
                .map_or(0, |p| p.len());
            let inst = rx
                .ministry
                .find(&rest[poss..])
                .map_or(0, |mm| poss + mm.end());
            (m.kind == MentionKind::Name || c.g.is_state(&m.actor), inst)
        }
        MentionKind::Person => (true, 0),
        MentionKind::Demonym => match rx.ministry.find(rest) {
            Some(mm) if c.g.is_state(&m.actor) => (true, mm.end()),
            _ => (false, 0),
        },
    };
    if !actor_ok {
        return None;
    }
    let sp_end = m.range.end + extra;
    let start = s.range.start + a.start();
    let sp = Speaker {
        carried: false,
        text: c.text[m.range.start..sp_end].to_string(),
        actor: m.actor.clone(),
        range: m.range.start..sp_end,
    };
    // Opening the sentence: the words are the rest after the speaker's comma.
    let words = if start == s.range.start {
        let after = c.sl(sp_end, s.range.end);
        if !after.starts_with(',') {
            return None;
        }
        sp_end + 1..s.range.end
    } else if c.sl(start, start + 1) == "," {
        // Closing it: "<words>, according to X."
        let tail = c
            .sl(sp_end, s.range.end)
            .trim_end_matches(['.', '"', '”', ' ']);
        if !tail.is_empty() {
            return None;
        }
        s.range.start..start
    } else {
        return None;
    };
    Some((sp, words))
}

/// The state other than the speaker's that opens quoted words, followed by a verb of
/// recognition or support ("“Tuvalu recognises …”", "“The Republic of Vanuatu supports …”").
fn quoted_state_acts(
    c: &Ctx<'_>,
    mentions: &[Mention],
    words: &Range<usize>,
    speaker: &str,
) -> Option<Mention> {
    const VERBS: [&str; 16] = [
        "recognises",
        "recognizes",
        "recognised",
        "recognized",
        "supports",
        "supported",
        "respects",
        "respected",
        "reaffirms",
        "reaffirmed",
        "affirms",
        "affirmed",
        "acknowledges",
        "acknowledged",
        "backs",
        "backed",
    ];
    let first = mentions
        .iter()
        .find(|m| m.range.start >= words.start && m.range.start < words.end)?;
    if first.actor == speaker || !c.g.is_state(&first.actor) {
        return None;
    }
    let lead = c.sl(words.start, first.range.start).trim().to_lower();
    if !(lead.is_empty() || lead == "the") {
        return None;
    }
    let rest = c.sl(first.range.end, words.end).trim_start().to_lower();
    VERBS
        .iter()
        .any(|v| rest.strip_prefix(v).is_some_and(|r| r.starts_with(' ')))
        .then(|| first.clone())
}

/// What was said: a quote next to the verb, a `that` clause, or the clause before ", X said".
fn words_of(
    c: &Ctx<'_>,
    rx: &SpeechRx,
    v: usize,
    after_verb: usize,
    sp: &Speaker,
) -> (Option<Range<usize>>, Option<String>) {
    let s = c.s;
    let local = |a: usize| a - s.range.start;
    // A quote ending just before the speaker, or starting shortly after the verb.
    for cap in rx.quote.captures_iter(s.text) {
        let Some(q) = cap.get(1).or_else(|| cap.get(2)).or_else(|| cap.get(3)) else {
            continue;
        };
        let Some(whole) = cap.get(0) else { continue };
        let before =
            whole.end() <= local(sp.range.start) && local(sp.range.start) - whole.end() <= 40;
        let after = whole.start() >= local(after_verb) && whole.start() - local(after_verb) <= 60;
        if before || after {
            let r = c.abs(q.start())..c.abs(q.end());
            return (Some(r), Some(q.as_str().to_string()));
        }
    }
    if let Some(r) = spanning_quote(c, sp) {
        let q = c.sl(r.start, r.end).to_string();
        return (Some(r), Some(q));
    }
    let rest = c.sl(after_verb, s.range.end);
    if let Some(q) = rx.open_quote.captures(rest).and_then(|cap| cap.get(1)) {
        if q.start() <= 60 {
            let r = after_verb + q.start()..after_verb + q.end();
            return (Some(r), Some(q.as_str().trim_end().to_string()));
        }
    }
    if let Some(p) = rest.find(" that ").filter(|p| *p <= 60) {
        return (Some(after_verb + p + 6..s.range.end), None);
    }
    // "X described Y as …", "X warned of …": the rest of the sentence.
    let opens = c
        .sl(s.range.start, sp.range.start)
        .split_whitespace()
        .count()
        <= 3;
    if opens && rest.trim().len() > 10 {
        return (Some(after_verb..s.range.end), None);
    }
    // "<words>, X said": the clause before the speaker.
    let head = c.sl(s.range.start, sp.range.start);
    if let Some(comma) = head.rfind(',') {
        let tail = head[comma + 1..].trim();
        let appositive_ok = tail.split_whitespace().count() <= 12;
        if comma >= 10 && appositive_ok {
            return (Some(s.range.start..s.range.start + comma), None);
        }
    }
    let _ = v;
    (None, None)
}

/// A quote that closes just before the speaker (at most 40 bytes before it) in a sentence that
/// opens no quote of its own before that, opened by an earlier sentence of the same paragraph
/// (at most 1500 bytes back): "“Turkish Cypriots are part of the Turkic world. We will work with
/// the TRNC,” Demir stated" (h/extract19). The words, from after the opening quote to the
/// closing one. `None` when the paragraph before the sentence has no unclosed opening quote.
fn spanning_quote(c: &Ctx<'_>, sp: &Speaker) -> Option<Range<usize>> {
    let s = c.s;
    let head = c.sl(s.range.start, sp.range.start);
    let close = head.rfind(['”', '"'])?;
    let close_len = head[close..].chars().next()?.len_utf8();
    if head.len() - close - close_len > 40 {
        return None;
    }
    let inside = &head[..close];
    let curly = head[close..].starts_with('”');
    if curly && inside.contains('“') || !curly && inside.contains('"') {
        return None;
    }
    let mut from = s.range.start.saturating_sub(1500).max(c.para_start);
    while from > 0 && !c.text.is_char_boundary(from) {
        from -= 1;
    }
    let back = c.sl(from, s.range.start);
    let open = if curly {
        let o = back.rfind('“')?;
        if back[o..].contains('”') || back[o..].contains("\n\n") {
            return None;
        }
        o + '“'.len_utf8()
    } else {
        // Straight quotes: an odd number of them in the paragraph before means one is open.
        if back.matches('"').count() % 2 == 0 {
            return None;
        }
        let o = back.rfind('"')?;
        if back[o..].contains("\n\n") {
            return None;
        }
        o + 1
    };
    let start = from + open;
    let end = s.range.start + close;
    (start < end).then_some(start..end)
}

fn push(
    out: &mut Vec<Proposal>,
    sp: &Speaker,
    obj: &str,
    pol: &'static str,
    trigger: usize,
    quote: Option<String>,
) {
    if sp.actor == obj {
        return;
    }
    let mut p = Proposal::new(
        ClaimKind::Statement,
        &sp.text,
        obj,
        Some(pol),
        trigger,
        "statement-speech",
    );
    p.speaker_actor = Some(sp.actor.clone());
    p.quote = quote;
    p.confidence = if sp.carried { 0.6 } else { 0.7 };
    out.push(p);
}

#[cfg(test)]
mod tests {
    //! Sentences written for these tests (news phrasing, not from the seed documents): a speaker
    //! referred to by role ("The spokeswoman") or pronoun ("She") is the person the previous sentence
    //! names in that role; the claim's subject is that person's name as written there.
    use crate::rules::fixture::{has_statement as has, statements as st};

    #[test]
    fn the_stance_table_is_well_formed() {
        // Every line is a comment, blank, or "CLASS | CUE" with a known class; the patterns built
        // from it compile (a malformed table would switch reported speech off).
        let classes = ["support", "descriptive", "oppose", "oppose-attr"];
        for (i, line) in super::STANCES.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (k, cue) = line
                .split_once(" | ")
                .unwrap_or_else(|| panic!("data/stances.txt line {}: no \" | \"", i + 1));
            assert!(classes.contains(&k.trim()), "line {}: class {k}", i + 1);
            assert!(!cue.trim().is_empty(), "line {}: empty cue", i + 1);
        }
        assert!(super::patterns().is_some());
    }

    #[test]
    fn role_anaphor_resolves_to_the_named_holder() {
        has(
            "Foreign Ministry spokeswoman Maria Zakharova briefed reporters on Thursday. The spokeswoman said Moscow fully supports Serbia.",
            "Maria Zakharova",
            "SRB",
            "support",
        );
        has(
            "Sergei Lavrov met reporters in Moscow. The minister said that Russia opposes Kosovo's membership in UNESCO.",
            "Sergei Lavrov",
            "XKX",
            "oppose",
        );
        // Two people named: the role picks the holder (Scholz is Chancellor of Germany).
        has(
            "Olaf Scholz and Emmanuel Macron met in Paris. The chancellor said Germany supports Kosovo's European perspective.",
            "Olaf Scholz",
            "XKX",
            "support",
        );
        has(
            "Emmanuel Macron and Olaf Scholz met in Berlin. The French president said France would support Kosovo.",
            "Emmanuel Macron",
            "XKX",
            "support",
        );
        has(
            "Vjosa Osmani addressed parliament on Monday. She said Kosovo would never accept Serbian interference.",
            "Vjosa Osmani",
            "SRB",
            "oppose",
        );
        has(
            "Aleksandar Vucic spoke after the vote. He said Serbia would never recognise Kosovo.",
            "Aleksandar Vucic",
            "XKX",
            "oppose",
        );
    }

    #[test]
    fn later_quote_gives_the_stance() {
        // Written for this test: the first quote has no stance cue, the second names the target.
        has(
            "Sergei Lavrov warned of \"a new crisis in the Balkans,\" the region \"where NATO carried out aggression in 1999.\" He spoke in Moscow.",
            "Sergei Lavrov",
            "NATO",
            "oppose",
        );
        has(
            "Vladimir Putin said \"we are watching closely\" and that \"Kosovo's illegal declaration\" must be reversed. He spoke in Moscow.",
            "Vladimir Putin",
            "XKX",
            "oppose",
        );
    }

    #[test]
    fn veto_refusal_and_destabilising_are_opposition() {
        // Written for this test.
        has(
            "Vladimir Putin said Russia would veto any application by Kosovo to join the United Nations.",
            "Vladimir Putin",
            "XKX",
            "oppose",
        );
        has(
            "Aleksandar Vucic said he respects the Albanian people but will never accept Kosovo's independence.",
            "Aleksandar Vucic",
            "XKX",
            "oppose",
        );
        has(
            "Albin Kurti said in 2023 that Serbia \"continues to destabilise the north\". He spoke in Pristina.",
            "Albin Kurti",
            "SRB",
            "oppose",
        );
    }

    #[test]
    fn adverbs_between_speaker_and_verb() {
        // Written for this test.
        has(
            "Russia has repeatedly said it would veto any application by Kosovo to join the United Nations.",
            "Russia",
            "XKX",
            "oppose",
        );
        has(
            "Aleksandar Vucic has publicly stated that Serbia will never recognise Kosovo.",
            "Aleksandar Vucic",
            "XKX",
            "oppose",
        );
    }

    #[test]
    fn unresolved_role_is_no_speaker() {
        // Nobody is named before: the role is not a speaker.
        let got = st("The spokeswoman said Moscow fully supports Serbia.");
        assert!(
            !got.iter().any(|(s, _, _)| s.contains("Zakharova")),
            "{got:?}"
        );
        // Two people and a role neither holds: no guess.
        let got = st("Olaf Scholz and Emmanuel Macron met in Paris. The ambassador said Russia opposes Kosovo.");
        assert!(
            !got.iter()
                .any(|(s, _, _)| s == "Olaf Scholz" || s == "Emmanuel Macron"),
            "{got:?}"
        );
        // A pronoun with two people named before is ambiguous.
        let got =
            st("Olaf Scholz and Emmanuel Macron met in Paris. He said France supports Kosovo.");
        assert!(
            !got.iter()
                .any(|(s, _, _)| s == "Olaf Scholz" || s == "Emmanuel Macron"),
            "{got:?}"
        );
    }
}
