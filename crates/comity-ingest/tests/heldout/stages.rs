//! Stage diagnosis of the held-out halves (`HELDOUT_STAGES=1`): for every gold claim, the first
//! stage of the extractor at which it is lost.
//!
//! - **a** a party (subject or object; a statement's `speaker_actor`) is never resolved anywhere in
//!   the document: no gazetteer mention of it in the cleaned text, and no claim or candidate pair of
//!   the document names it (so anaphora the extractor resolved count as resolved);
//! - **b** both are resolved in the document, but not both in the evidence window: the gazetteer
//!   mentions of the gold evidence, and the parties of every claim or candidate pair whose span
//!   overlaps the evidence's span (the detail says which party is out, whether it is the
//!   document's entity, whether it is named in the 600 bytes before, and how the evidence refers
//!   to it: a descriptive anaphor, a pronoun, an act noun, or nothing);
//! - **c** both are in the window, but the evidence has no trigger word of the claim's kind (the
//!   lexicon: the words of `data/frames.txt`'s phrases of that kind, the cues of `data/stances.txt`
//!   for statements, and the rules' trigger words, [`RULE_TRIGGERS`]);
//! - **d** a trigger word is there, but no claim of the document whose span overlaps the evidence
//!   names the pair;
//! - **e** such a claim names the pair, with the wrong kind, polarity or direction;
//! - **f** the right claim (kind, parties, polarity) is proposed in the document, with an
//!   incompatible date;
//! - **g** found (matched by the scorer).
//!
//! Stages are checked from the most advanced down (g, f, e, then a, b, c, d), so each claim gets
//! the furthest stage it reached. The test half is printed as aggregate counts only; the
//! development half's per-claim lines only with `HELDOUT_ERRORS=1`.

use comity_ingest::{decider, ClaimKey, Evaluation, Gazetteer};
use regex::Regex;
use std::collections::{BTreeMap, BTreeSet};

/// Stage letters in table order, with their meaning.
pub const STAGES: [(&str, &str); 7] = [
    ("a", "a party never resolved in the document"),
    ("b", "both resolved, not both in the evidence window"),
    ("c", "both in the window, no trigger word of the kind"),
    ("d", "trigger present, no proposal for the pair"),
    (
        "e",
        "a proposal for the pair, wrong kind/polarity/direction",
    ),
    ("f", "right claim, date mismatch"),
    ("g", "found"),
];

/// The kinds in table order.
const KINDS: [&str; 8] = [
    "recognition",
    "relations",
    "independence",
    "membership",
    "vote",
    "statement",
    "contact",
    "agreement",
];

/// Trigger words of the per-kind rules in `src/rules/` and of the candidate finder
/// (`extract::trigger_word`), by kind: stems matched at a word's start.
const RULE_TRIGGERS: &[(&str, &[&str])] = &[
    (
        "recognition",
        &[
            "recogni",
            "acknowledg",
            "derecogni",
            "switch",
            "non-recogni",
        ],
    ),
    (
        "relations",
        &[
            "relation", "ties", "embass", "sever", "diplomat", "broke", "cut",
        ],
    ),
    (
        "membership",
        &[
            "member",
            "admit",
            "admission",
            "accession",
            "joined",
            "join",
            "applied",
            "applica",
            "bid",
            "veto",
            "block",
        ],
    ),
    (
        "independence",
        &["independen", "seced", "secession", "proclaim", "declar"],
    ),
    ("vote", &["vote", "voted", "voting", "resolution", "ballot"]),
    (
        "statement",
        &[
            "support",
            "back",
            "oppos",
            "condemn",
            "welcom",
            "reject",
            "critici",
            "denounc",
            "prais",
            "protest",
            "sovereignty",
            "integrity",
        ],
    ),
    (
        "contact",
        &["visit", "met", "meet", "talks", "spoke", "call"],
    ),
    (
        "agreement",
        &[
            "agreement",
            "treaty",
            "accord",
            "sign",
            "deal",
            "memorandum",
        ],
    ),
];

/// Words of frame phrases that are no trigger of their own.
const STOP: &[&str] = &[
    "the",
    "its",
    "their",
    "and",
    "with",
    "from",
    "for",
    "was",
    "were",
    "has",
    "have",
    "had",
    "this",
    "that",
    "which",
    "who",
    "one",
    "all",
    "now",
    "also",
    "then",
    "later",
    "only",
    "been",
    "being",
    "into",
    "over",
    "after",
    "before",
    "not",
    "yet",
    "but",
    "any",
    "own",
    "out",
    "off",
    "per",
    "via",
    "two",
    "new",
    "are",
    "is",
    "be",
    "to",
    "of",
    "in",
    "on",
    "at",
    "by",
    "as",
    "an",
    "a",
    "or",
    "it",
    "so",
    "far",
    "since",
    "formal",
    "formally",
    "official",
    "officially",
    "state",
    "states",
    "country",
    "countries",
    "nation",
    "nations",
    "first",
    "second",
    "among",
    "other",
    "said",
    "says",
    "say",
    "will",
    "would",
    "could",
    "does",
    "did",
    "do",
    "than",
    "more",
    "most",
    "such",
    "these",
    "those",
    "there",
    "here",
    "both",
    "each",
    "between",
    "against",
    "under",
    "upon",
    "about",
    "within",
    "without",
    "they",
    "them",
    "his",
    "her",
    "our",
    "your",
    "solely",
    "still",
    "even",
    "again",
    "instead",
    "subsequently",
    "became",
    "become",
    "becomes",
    "which",
    "what",
    "when",
    "where",
    "while",
    "whether",
    "some",
    "many",
    "few",
    "last",
    "next",
    "year",
    "years",
    "month",
    "day",
    "government",
    "minister",
    "ministry",
    "foreign",
    "president",
    "prime",
    "official",
    "officials",
    "republic",
    "kingdom",
    "people",
    "world",
    "international",
    "full",
    "fully",
];

/// One gold line with what the diagnosis needs beyond the matching key.
struct GoldLine {
    key: ClaimKey,
    span: (usize, usize),
    evidence: String,
}

fn gold_lines(text: &str) -> Vec<GoldLine> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let key: ClaimKey = serde_json::from_value(v.clone()).unwrap();
            let span = v["span"]
                .as_array()
                .map(|a| {
                    (
                        a[0].as_u64().unwrap_or(0) as usize,
                        a[1].as_u64().unwrap_or(0) as usize,
                    )
                })
                .unwrap_or((0, 0));
            let evidence = v["evidence"].as_str().unwrap_or("").to_string();
            GoldLine {
                key,
                span,
                evidence,
            }
        })
        .collect()
}

/// The trigger stems of each kind: frame phrase words, stance cues, the rules' words.
fn lexicon() -> BTreeMap<String, BTreeSet<String>> {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let frames = std::fs::read_to_string(root.join("frames.txt")).unwrap();
    let stances = std::fs::read_to_string(root.join("stances.txt")).unwrap();
    let strip = Regex::new(r"\{[A-Z]\}|\\[wSsdb]|\{\d*,?\d*\}").unwrap();
    let word = Regex::new(r"[a-z]+").unwrap();
    let mut lex: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut add = |kind: &str, pattern: &str| {
        let p = strip
            .replace_all(pattern, " ")
            .to_lowercase()
            .replace("[sz]", "s");
        for w in word.find_iter(&p) {
            let w = w.as_str();
            if w.len() < 3 || STOP.contains(&w) {
                continue;
            }
            let stem: String = w.chars().take(6).collect();
            lex.entry(kind.to_string()).or_default().insert(stem);
        }
    };
    for l in frames.lines() {
        let f: Vec<&str> = l.splitn(6, " | ").collect();
        if f.len() == 6 && f[0].trim() == "frame" {
            add(f[1].trim(), f[5]);
        }
    }
    for l in stances.lines() {
        if l.starts_with('#') {
            continue;
        }
        if let Some((class, cue)) = l.split_once(" | ") {
            if class.trim() != "descriptive" {
                add("statement", cue.trim_start_matches('~'));
            }
        }
    }
    for (kind, words) in RULE_TRIGGERS {
        for w in *words {
            lex.entry(kind.to_string())
                .or_default()
                .insert(w.to_string());
        }
    }
    lex
}

/// Whether `text` has a word starting with one of `stems` (z read as s).
fn has_trigger(text: &str, stems: &BTreeSet<String>) -> bool {
    let t = text.to_lowercase().replace('z', "s");
    t.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .any(|w| stems.iter().any(|s| w.starts_with(s.as_str())))
}

/// The parties the matching rule compares, as the two ids (object may be absent).
fn parties(k: &ClaimKey) -> (String, Option<String>) {
    let a = if k.kind == "statement" {
        k.speaker_actor.clone().unwrap_or_else(|| k.subject.clone())
    } else {
        k.subject.clone()
    };
    (a, k.object.clone())
}

/// How the evidence refers to a party it does not name (stage b's detail): a descriptive anaphor
/// ("the country", "the island", "both"), a pronoun ("it", "they"), an act noun whose actor is
/// elsewhere ("the decision", "the move"), or nothing at all (the party is implicit).
fn reference_form(evidence: &str) -> &'static str {
    let t = format!(" {} ", evidence.to_lowercase());
    let has = |ws: &[&str]| ws.iter().any(|w| t.contains(w));
    if has(&[
        " the country",
        " the nation",
        " the island",
        " the region",
        " the territory",
        " the republic",
        " the state ",
        " the two ",
        " both ",
        " the entity",
        " the enclave",
        " the province",
        " the breakaway",
        " the government",
    ]) {
        "a descriptive anaphor in the evidence"
    } else if has(&[
        " it ", " its ", " it,", " they ", " them ", " their ", " it.",
    ]) {
        "a pronoun in the evidence"
    } else if has(&[
        "decision",
        " move",
        " step",
        "recognition",
        "announcement",
        " deal",
        "agreement",
    ]) {
        "an act noun in the evidence"
    } else {
        "no reference in the evidence"
    }
}

fn overlaps(a: (usize, usize), b: &std::ops::Range<usize>) -> bool {
    a.0 < b.end && b.start < a.1
}

/// The stage of every gold claim of one half: (stage letter, gold key, reason, evidence).
pub fn diagnose(
    gold_text: &str,
    selected: &dyn Fn(&str) -> bool,
    docs: &[(String, Vec<u8>)],
    e: &Evaluation,
    claims: &[comity_ingest::Claim],
    g: &Gazetteer,
) -> Vec<(char, ClaimKey, String, String)> {
    let lex = lexicon();
    let gold: Vec<GoldLine> = gold_lines(gold_text)
        .into_iter()
        .filter(|l| selected(&l.key.doc))
        .collect();
    // Missed gold keys, as a multiset (a key may be annotated twice).
    let mut missed: Vec<ClaimKey> = e.false_negatives.clone();
    let fps: &[ClaimKey] = &e.false_positives;
    let mut out = Vec::new();
    for (name, bytes) in docs {
        let d = comity_ingest::decode(bytes);
        let c = comity_ingest::clean(&d, &comity_ingest::CleanOptions::default());
        let pairs = decider::all_pairs(name, bytes, g);
        let doc_claims: Vec<&comity_ingest::Claim> =
            claims.iter().filter(|c| &c.doc == name).collect();
        let mut resolved: BTreeSet<String> =
            g.mentions(&c.text).into_iter().map(|m| m.actor).collect();
        for cl in &doc_claims {
            resolved.insert(cl.subject.clone());
            resolved.insert(cl.object.clone());
            if let Some(s) = &cl.speaker_actor {
                resolved.insert(s.clone());
            }
        }
        for p in &pairs {
            resolved.insert(p.a.clone());
            resolved.insert(p.b.clone());
        }
        let original = String::from_utf8_lossy(bytes);
        // The document's entity as the extractor reads it: the partially recognised entity (or
        // Palestine) named most often.
        let main_entity: Option<String> = {
            let mut n: BTreeMap<String, usize> = BTreeMap::new();
            for m in g.mentions(&c.text) {
                if m.actor == "PSE"
                    || g.actor(&m.actor)
                        .is_some_and(|a| a.kind == comity_ingest::ActorKind::Entity)
                {
                    *n.entry(m.actor).or_default() += 1;
                }
            }
            n.into_iter().max_by_key(|(_, k)| *k).map(|(a, _)| a)
        };
        for gl in gold.iter().filter(|l| &l.key.doc == name) {
            let k = &gl.key;
            let (pa, pb) = parties(k);
            let found = match missed.iter().position(|m| m == k) {
                Some(i) => {
                    missed.swap_remove(i);
                    false
                }
                None => true,
            };
            let unordered = matches!(k.kind.as_str(), "relations" | "agreement" | "contact");
            let same_pair_ordered = |x: &ClaimKey| {
                let (xa, xb) = parties(x);
                xa == pa && xb == pb
            };
            let stage: (char, String) = if found {
                ('g', String::new())
            } else if let Some(p) = fps.iter().find(|p| {
                p.doc == k.doc
                    && p.kind == k.kind
                    && p.polarity == k.polarity
                    && (same_pair_ordered(p)
                        || (unordered && {
                            let (xa, xb) = parties(p);
                            Some(xa) == pb && xb.as_deref() == Some(pa.as_str())
                        }))
            }) {
                // How the dates differ (the gold date is never null here: null accepts any).
                let (gd, pd) = (
                    k.date.as_deref().unwrap_or(""),
                    p.date.as_deref().unwrap_or(""),
                );
                let why = if pd.is_empty() {
                    "an undated prediction"
                } else if gd.get(..4) != pd.get(..4) {
                    "another year"
                } else {
                    "the same year, another month or day"
                };
                ('f', format!("date ({why})"))
            } else if let Some(w) = doc_claims.iter().find(|cl| {
                overlaps(gl.span, &cl.span) && {
                    let ca = cl
                        .speaker_actor
                        .clone()
                        .unwrap_or_else(|| cl.subject.clone());
                    let set_c: BTreeSet<&str> = [ca.as_str(), cl.object.as_str()].into();
                    let set_g: BTreeSet<&str> =
                        [pa.as_str(), pb.as_deref().unwrap_or(pa.as_str())].into();
                    set_c == set_g
                }
            }) {
                let why = if w.kind.as_str() != k.kind {
                    format!("kind {}", w.kind.as_str())
                } else if w.polarity != k.polarity {
                    format!("polarity {:?}", w.polarity)
                } else {
                    "direction".to_string()
                };
                ('e', why)
            } else {
                let missing: Vec<&str> = [Some(pa.as_str()), pb.as_deref()]
                    .into_iter()
                    .flatten()
                    .filter(|p| !resolved.contains(*p))
                    .collect();
                if !missing.is_empty() {
                    let known = missing.iter().all(|m| g.actor(m).is_some());
                    (
                        'a',
                        format!(
                            "{} ({})",
                            missing.join(","),
                            if known {
                                "in the actor table"
                            } else {
                                "no actor id"
                            }
                        ),
                    )
                } else {
                    let mut window: BTreeSet<String> = g
                        .mentions(&gl.evidence)
                        .into_iter()
                        .map(|m| m.actor)
                        .collect();
                    for cl in doc_claims.iter().filter(|cl| overlaps(gl.span, &cl.span)) {
                        window.insert(cl.subject.clone());
                        window.insert(cl.object.clone());
                        if let Some(s) = &cl.speaker_actor {
                            window.insert(s.clone());
                        }
                    }
                    for p in pairs.iter().filter(|p| overlaps(gl.span, &p.template.span)) {
                        window.insert(p.a.clone());
                        window.insert(p.b.clone());
                    }
                    let out_of_window: Vec<&str> = [Some(pa.as_str()), pb.as_deref()]
                        .into_iter()
                        .flatten()
                        .filter(|p| !window.contains(*p))
                        .collect();
                    if !out_of_window.is_empty() {
                        // Where the missing party is named: the 600 bytes before the evidence
                        // (the sentence or two before), or only farther away.
                        let lo = gl.span.0.saturating_sub(600);
                        let lo = (0..=lo)
                            .rev()
                            .find(|i| original.is_char_boundary(*i))
                            .unwrap_or(0);
                        let hi = if original.is_char_boundary(gl.span.0) {
                            gl.span.0
                        } else {
                            lo
                        };
                        let before: BTreeSet<String> = g
                            .mentions(&original[lo..hi])
                            .into_iter()
                            .map(|m| m.actor)
                            .collect();
                        let near = out_of_window.iter().all(|p| before.contains(*p));
                        let which = if out_of_window.len() == 2 {
                            "both parties"
                        } else if out_of_window[0] == pa {
                            if k.kind == "statement" {
                                "the speaker"
                            } else {
                                "the subject"
                            }
                        } else {
                            "the object"
                        };
                        let entity = if out_of_window
                            .iter()
                            .all(|p| main_entity.as_deref() == Some(*p))
                        {
                            ", the document's entity"
                        } else {
                            ""
                        };
                        (
                            'b',
                            format!(
                                "{} ({which} out{entity}, {}; {})",
                                out_of_window.join(","),
                                if near {
                                    "named just before"
                                } else {
                                    "named farther away"
                                },
                                reference_form(&gl.evidence)
                            ),
                        )
                    } else if !lex
                        .get(&k.kind)
                        .is_some_and(|s| has_trigger(&gl.evidence, s))
                    {
                        ('c', String::new())
                    } else {
                        // How many actors the window names (a list or coordination when more
                        // than two), and whether the sentence pairs them as a candidate.
                        let paired = pairs.iter().any(|p| {
                            overlaps(gl.span, &p.template.span)
                                && [p.a.as_str(), p.b.as_str()].contains(&pa.as_str())
                                && pb
                                    .as_deref()
                                    .is_none_or(|b| [p.a.as_str(), p.b.as_str()].contains(&b))
                        });
                        let n = window.len();
                        (
                            'd',
                            format!(
                                "({} actors in the window, {})",
                                match n {
                                    0..=2 => "2",
                                    3..=4 => "3-4",
                                    _ => "5+",
                                },
                                if paired {
                                    "a candidate pair"
                                } else {
                                    "no candidate pair"
                                }
                            ),
                        )
                    }
                }
            };
            out.push((stage.0, k.clone(), stage.1, gl.evidence.clone()));
        }
    }
    out
}

/// Prints the stage × kind table of one half, and the detail counts of stages a, b, d, e and f (reasons
/// only, never a claim).
pub fn print_table(half: &str, rows: &[(char, ClaimKey, String, String)]) {
    let mut t: BTreeMap<(char, &str), usize> = BTreeMap::new();
    for (s, k, _, _) in rows {
        *t.entry((*s, k.kind.as_str())).or_default() += 1;
    }
    let mut head = format!("STAGES {half:5} stage");
    for k in KINDS {
        head.push_str(&format!(" {:>5}", &k[..5.min(k.len())]));
    }
    head.push_str("  total");
    eprintln!("{head}");
    for (s, meaning) in STAGES {
        let s = s.chars().next().unwrap();
        let mut line = format!("STAGES {half:5} {s}    ");
        let mut total = 0;
        for k in KINDS {
            let n = t.get(&(s, k)).copied().unwrap_or(0);
            total += n;
            line.push_str(&format!(" {n:>5}"));
        }
        line.push_str(&format!("  {total:>5}  {meaning}"));
        eprintln!("{line}");
    }
    // The reasons of a, b and e, aggregated with the party ids dropped.
    let mut why: BTreeMap<String, usize> = BTreeMap::new();
    for (s, _, d, _) in rows {
        if matches!(s, 'a' | 'b' | 'd' | 'e' | 'f') {
            let reason = match d.rsplit_once('(') {
                Some((_, r)) if *s != 'e' => r.trim_end_matches(')').to_string(),
                _ => d.split(' ').next().unwrap_or("").to_string(),
            };
            *why.entry(format!("{s}: {reason}")).or_default() += 1;
        }
    }
    for (r, n) in why {
        eprintln!("STAGES {half:5}   {r}: {n}");
    }
}
