//! A cheap per-sentence gate before expensive patterns: which of a set of regexes *may* match a
//! sentence, decided by one Aho-Corasick pass over the lower-cased sentence.
//!
//! The keywords are not written by hand: they are derived, when the gate is built, from the
//! patterns themselves (the frames of `data/frames.txt`, compiled), so a frame added to the table
//! is gated by its own words. Every top-level piece of a pattern's concatenation whose matches
//! must begin (or end) with one of a finite set of literals (regex-syntax's prefix and suffix
//! extraction) gives a set:
//! a match of the pattern contains a match of each such piece, so the sentence contains a literal
//! of each set. A sentence that misses one set cannot match, and the pattern is not run on it. A
//! pattern without such a piece is always run.
//!
//! Case: patterns are read without their leading `(?i)` and the literals cut at their first
//! non-ASCII byte and lower-cased; the sentence is lower-cased with U+017F (long s, which `(?i)`
//! matches to `s` but which lower-cases to itself) read as `s`. Every other character that
//! case-folds to an ASCII letter (U+212A Kelvin sign) lower-cases to it, so a case-insensitive
//! match of an ASCII literal is found in the lower-cased text.

use aho_corasick::automaton::Automaton;
use aho_corasick::Anchored;
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{Hir, HirKind};

/// Which patterns may match a sentence.
#[derive(Debug, Default)]
pub(crate) struct Gate {
    /// All literals of all patterns (deduplicated), as an Aho-Corasick DFA stepped byte by byte
    /// ([`Gate::candidates`]).
    ac: Option<aho_corasick::dfa::DFA>,
    /// The literals, numbered as in the automaton (for the tests' simple version).
    #[cfg(test)]
    lits: Vec<String>,
    /// Number of literals.
    literals: usize,
    /// For each literal, the (pattern, set) pairs whose set contains it.
    by_literal: Vec<Vec<(u32, u8)>>,
    /// For each pattern, a bit for each of the sets of literals it requires (one of each set):
    /// the pattern may match when every bit is set. At most the first 64 sets of a pattern are
    /// required (fewer requirements only let more sentences through to the pattern itself).
    full: Vec<u64>,
}

/// Literals one of which begins (`Prefix`) or ends (`Suffix`) every match of `h`: ASCII,
/// lower-cased, non-empty (cut at the first non-ASCII byte, or after the last one for a suffix);
/// `None` when there is no finite set of such literals.
fn literals(h: &Hir, kind: ExtractKind) -> Option<Vec<String>> {
    let mut ex = Extractor::new();
    ex.kind(kind.clone());
    let seq = ex.extract(h);
    let lits = seq.literals()?;
    let mut out: Vec<String> = Vec::with_capacity(lits.len());
    for l in lits {
        let b = l.as_bytes();
        let ascii: Vec<u8> = if matches!(kind, ExtractKind::Suffix) {
            let cut = b.iter().rposition(|c| !c.is_ascii()).map_or(0, |k| k + 1);
            b[cut..].iter().map(u8::to_ascii_lowercase).collect()
        } else {
            b.iter()
                .take_while(|c| c.is_ascii())
                .map(u8::to_ascii_lowercase)
                .collect()
        };
        if ascii.is_empty() {
            return None;
        }
        out.push(String::from_utf8(ascii).ok()?);
    }
    if out.is_empty() {
        return None;
    }
    out.sort();
    out.dedup();
    Some(out)
}

/// Sets of literals, one of each of which every match of `pattern` contains: for each top-level
/// piece of the pattern, its finite set of prefixes and its finite set of suffixes, when they
/// exist and are of two letters or more (see the module documentation). Empty when the pattern does not parse or has no such piece.
#[cfg(test)]
pub(crate) fn required_literals(pattern: &str) -> Vec<Vec<String>> {
    parse(pattern).map_or_else(|_| Vec::new(), |h| required_of(&h))
}

/// A pattern as the gate reads it: without its leading `(?i)` (the literals are lower-cased). It
/// parses exactly when the pattern does, so the frames check their syntax with it.
pub(crate) fn parse(pattern: &str) -> Result<Hir, String> {
    let p = pattern.strip_prefix("(?i)").unwrap_or(pattern);
    // As `regex_syntax::ParserBuilder::new().build().parse(p)`, each top-level group parsed once
    // per thread (the frames repeat theirs).
    crate::rx::parse_parts(p)
}

/// [`required_literals`] of a pattern parsed by [`parse`].
pub(crate) fn required_of(hir: &Hir) -> Vec<Vec<String>> {
    let pieces: Vec<&Hir> = match hir.kind() {
        HirKind::Concat(v) => v.iter().collect(),
        _ => vec![hir],
    };
    let mut out: Vec<Vec<String>> = pieces
        .into_iter()
        .flat_map(|h| {
            [
                literals(h, ExtractKind::Prefix),
                literals(h, ExtractKind::Suffix),
            ]
        })
        .flatten()
        .filter(|l| l.iter().all(|x| x.len() >= 2))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Whether `text` contains `needle` (lower-case ASCII) in any ASCII case: a cheap check before
/// patterns that require the word (see `rules::recognition`, `rules::follow`). The positions of
/// the needle's first byte in either case are found with `memchr2` (vectorised), and the rest is
/// compared there: the same answer as comparing at every position ([`contains_ascii_ci_simple`],
/// a test compares them), in far fewer instructions on sentences that have no such byte.
///
/// For a needle of ASCII letters, a match in `text.to_lowercase()` is one here: the only
/// non-ASCII characters whose lower case holds an ASCII letter are U+0130 (İ, lower-cased to
/// "i" then U+0307) and U+212A (Kelvin sign, "k"), so a needle without "k" that does not end in
/// "i" ("did", "followed") found in the lower-cased text is found here too (test
/// `lower_case_makes_ascii_letters_only_from_ascii`).
pub(crate) fn contains_ascii_ci(text: &str, needle: &str) -> bool {
    let (t, n) = (text.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = n.split_first() else {
        return true;
    };
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), t).any(|i| {
        t.get(i + 1..i + n.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(rest))
    })
}

/// `s.to_lowercase()`, the same string, in fewer instructions: the standard library's lower-cases
/// only a leading run of ASCII in blocks and then goes character by character (a table search
/// and a `String::push` each), so one curly quote early in a sentence made the rest of it slow.
/// Here every run of ASCII is lower-cased byte by byte and each other character is replaced by
/// `char::to_lowercase`, which is the mapping `str::to_lowercase` applies to every character but
/// the capital sigma (its lower case depends on the letters around it): a text with one is left
/// to the standard library. Proptest `to_lower_is_to_lowercase`.
pub(crate) fn to_lower(s: &str) -> String {
    if s.contains('\u{3A3}') {
        return s.to_lowercase();
    }
    let b = s.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < b.len() {
        // A run of ASCII, eight bytes at a time while they are all ASCII, copied as it is (the
        // whole output is ASCII-lower-cased at the end).
        let start = i;
        while let Some(w) = b.get(i..i + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
            if u64::from_ne_bytes(w) & 0x8080_8080_8080_8080 != 0 {
                break;
            }
            i += 8;
        }
        while b.get(i).is_some_and(u8::is_ascii) {
            i += 1;
        }
        out.extend_from_slice(b.get(start..i).unwrap_or_default());
        if let Some(c) = s.get(i..).and_then(|r| r.chars().next()) {
            let mut buf = [0u8; 4];
            for l in c.to_lowercase() {
                out.extend_from_slice(l.encode_utf8(&mut buf).as_bytes());
            }
            i += c.len_utf8();
        }
    }
    // The ASCII runs lower-cased. The lower cases of the other characters hold no ASCII capital
    // (only U+0130 and U+212A lower-case to ASCII letters, "i" and "k"), and their other bytes are
    // not ASCII, which this leaves as they are.
    out.make_ascii_lowercase();
    String::from_utf8(out).unwrap_or_else(|_| s.to_lowercase())
}

/// [`to_lower`] as a method, for the places that lower-case a `str`.
pub(crate) trait ToLower {
    /// `self.to_lowercase()` ([`to_lower`]).
    fn to_lower(&self) -> String;
}

impl ToLower for str {
    #[inline]
    fn to_lower(&self) -> String {
        to_lower(self)
    }
}

/// Which of a few lower-case ASCII phrases `text.to_lowercase()` contains, found in `text`
/// itself by one Aho-Corasick pass (ASCII case-insensitive), with no lower-cased copy. Of all
/// characters only ASCII letters, U+0130 (İ: "i" then U+0307) and U+212A (Kelvin sign: "k") have
/// a lower case holding an ASCII letter (test `lower_case_makes_ascii_letters_only_from_ascii`),
/// so a phrase is in the lower-cased text exactly when the text has it with its letters in any
/// ASCII case, any "k" as U+212A, or a last "i" as U+0130 (a phrase's "i" before another of its
/// characters cannot be U+0130's, which U+0307 follows): those variants are searched too.
/// At most 64 phrases.
#[derive(Debug)]
pub(crate) struct LowerPhrases {
    /// The variants' automaton as a DFA, read byte by byte ([`LowerPhrases::found`]).
    ac: Option<aho_corasick::dfa::DFA>,
    /// The phrase of each searched variant.
    of: Vec<u8>,
}

impl LowerPhrases {
    /// The searcher of `phrases` (lower-case ASCII).
    pub(crate) fn new(phrases: &[&str]) -> Self {
        let (mut variants, mut of) = (Vec::new(), Vec::new());
        for (i, p) in phrases.iter().enumerate().take(64) {
            let mut vs = vec![String::new()];
            let n = p.chars().count();
            for (j, c) in p.chars().enumerate() {
                let alts: &[char] = match c {
                    'k' => &['k', '\u{212A}'],
                    'i' if j + 1 == n => &['i', '\u{130}'],
                    _ => &[],
                };
                if alts.is_empty() {
                    vs.iter_mut().for_each(|v| v.push(c));
                } else {
                    vs = vs
                        .iter()
                        .flat_map(|v| alts.iter().map(move |a| format!("{v}{a}")))
                        .collect();
                }
            }
            of.extend(vs.iter().map(|_| i as u8));
            variants.extend(vs);
        }
        let ac = aho_corasick::dfa::Builder::new()
            .ascii_case_insensitive(true)
            .build(&variants)
            .ok();
        LowerPhrases { ac, of }
    }

    /// Whether `text.to_lowercase()` contains one of the phrases.
    pub(crate) fn any(&self, text: &str) -> bool {
        self.read(text, true) != 0
    }

    /// The phrases `text.to_lowercase()` contains: bit `i` for phrase `i`.
    pub(crate) fn found(&self, text: &str) -> u64 {
        self.read(text, false)
    }

    /// The phrases found reading `text` through the automaton byte by byte (every occurrence
    /// of every variant, as an overlapping search reports them, without an iterator's state and
    /// a match value per occurrence: the gate's reading); with `first`, up to the first one.
    fn read(&self, text: &str, first: bool) -> u64 {
        let Some(ac) = &self.ac else { return 0 };
        let mut m = 0u64;
        step_matches(ac, text, |p| {
            m |= 1 << self.of[p];
            first
        });
        m
    }
}

/// Reads `text` through `ac` byte by byte and calls `on` with each pattern of each match state
/// (every occurrence of every pattern, as an overlapping search reports them, without an
/// iterator's state and a match value per occurrence), stopping after a match state at which
/// `on` returned true. `false` when the automaton has no unanchored start.
fn step_matches(
    ac: &aho_corasick::dfa::DFA,
    text: &str,
    mut on: impl FnMut(usize) -> bool,
) -> bool {
    let Ok(mut sid) = ac.start_state(Anchored::No) else {
        return false;
    };
    let mut at_match = |sid| {
        let mut stop = false;
        for i in 0..ac.match_len(sid) {
            stop |= on(ac.match_pattern(sid, i).as_usize());
        }
        stop
    };
    // An empty pattern would match at the start (none is: literals and phrases are words).
    if ac.is_match(sid) && at_match(sid) {
        return true;
    }
    for &b in text.as_bytes() {
        sid = ac.next_state(Anchored::No, sid, b);
        if ac.is_special(sid) {
            if ac.is_dead(sid) {
                break;
            }
            if ac.is_match(sid) && at_match(sid) {
                return true;
            }
        }
    }
    true
}

/// [`contains_ascii_ci`] as first written: a comparison at every position.
#[cfg(test)]
fn contains_ascii_ci_simple(text: &str, needle: &str) -> bool {
    let (t, n) = (text.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else {
        return true;
    };
    t.len() >= n.len()
        && (0..=t.len() - n.len()).any(|i| {
            t[i].to_ascii_lowercase() == first && t[i..i + n.len()].eq_ignore_ascii_case(n)
        })
}

impl Gate {
    /// The gate of `patterns` (as compiled: a leading `(?i)` is case-insensitivity).
    #[cfg(test)]
    pub(crate) fn new<'a>(patterns: impl IntoIterator<Item = &'a str>) -> Self {
        Self::from_sets(patterns.into_iter().map(required_literals))
    }

    /// The gate of patterns given by their [`required_literals`].
    pub(crate) fn from_sets(patterns: impl IntoIterator<Item = Vec<Vec<String>>>) -> Self {
        let mut lits: Vec<String> = Vec::new();
        let mut index: std::collections::HashMap<String, usize> = Default::default();
        let mut by_literal: Vec<Vec<(u32, u8)>> = Vec::new();
        let mut full = Vec::new();
        for (p, sets) in patterns.into_iter().enumerate() {
            let sets: Vec<Vec<String>> = sets.into_iter().take(64).collect();
            for (k, set) in sets.iter().enumerate() {
                for l in set {
                    let id = *index.entry(l.clone()).or_insert_with(|| {
                        lits.push(l.clone());
                        by_literal.push(Vec::new());
                        lits.len() - 1
                    });
                    // Patterns and sets are numbered below u32::MAX and 64.
                    let entry = (p as u32, k as u8);
                    if !by_literal[id].contains(&entry) {
                        by_literal[id].push(entry);
                    }
                }
            }
            full.push(if sets.len() == 64 {
                u64::MAX
            } else {
                (1u64 << sets.len()) - 1
            });
        }
        // A DFA: reading every sentence through it is faster than with the default (contiguous
        // NFA) for the few hundred literals of the table.
        let ac = aho_corasick::dfa::DFA::new(&lits).ok();
        if ac.is_none() {
            // Could not build the automaton: every pattern is run.
            full.iter_mut().for_each(|f| *f = 0);
        }
        Gate {
            ac,
            literals: lits.len(),
            #[cfg(test)]
            lits,
            by_literal,
            full,
        }
    }

    /// Which patterns may match a sentence whose lower-cased text (`str::to_lowercase`) is
    /// `lower`. Each literal found marks, once, the sets that contain it.
    pub(crate) fn candidates(&self, lower: &str) -> Vec<bool> {
        let mut got = vec![0u64; self.full.len()];
        if let Some(ac) = &self.ac {
            let fixed;
            let text = if lower.contains('\u{17F}') {
                fixed = lower.replace('\u{17F}', "s");
                fixed.as_str()
            } else {
                lower
            };
            // Every occurrence of every literal, as an overlapping search reports them: the
            // automaton read byte by byte (no iterator state and no match value per
            // occurrence); at each match state, the literals that end there.
            let mut seen = vec![0u64; self.literals.div_ceil(64)];
            let mut mark = |l: usize| {
                if seen[l / 64] & (1 << (l % 64)) != 0 {
                    return;
                }
                seen[l / 64] |= 1 << (l % 64);
                for &(p, k) in &self.by_literal[l] {
                    got[p as usize] |= 1 << k;
                }
            };
            let started = step_matches(ac, text, |l| {
                mark(l);
                false
            });
            if !started {
                // No unanchored start (it is the DFA's default): every pattern is run.
                return vec![true; self.full.len()];
            }
        }
        got.iter().zip(&self.full).map(|(g, f)| g == f).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The memchr search finds what the comparison at every position finds: on random texts
    /// of the needles' letters in both cases, other ASCII and non-ASCII letters (ſ, K, İ, é),
    /// with needles of the crate ("recogni", "did", "followed") and short ones.
    #[test]
    fn contains_ascii_ci_is_the_simple_search() {
        use proptest::prelude::*;
        use proptest::test_runner::TestRunner;
        let mut runner = TestRunner::deterministic();
        let text = proptest::string::string_regex("[dDiIfFoOlLwWeErRcCgGnN ſ\\x{212A}İé.,]{0,40}")
            .unwrap_or_else(|e| panic!("{e}"));
        let needles = prop::sample::select(vec!["recogni", "did", "followed", "d", "id", ".", ""]);
        let (found, runs) = (std::cell::Cell::new(0usize), std::cell::Cell::new(0usize));
        runner
            .run(&(text, needles), |(t, n)| {
                let a = contains_ascii_ci(&t, n);
                prop_assert_eq!(a, contains_ascii_ci_simple(&t, n), "{:?} in {:?}", n, t);
                found.set(found.get() + usize::from(a));
                runs.set(runs.get() + 1);
                Ok(())
            })
            .unwrap_or_else(|e| panic!("{e}"));
        let (found, runs) = (found.get(), runs.get());
        assert!(found > runs / 10 && found < runs, "{found} of {runs}");
        assert!(contains_ascii_ci("Ghana DiD so", "did"));
        assert!(!contains_ascii_ci("Ghana di-d so", "did"));
        assert!(!contains_ascii_ci("di", "did"));
    }

    /// [`LowerPhrases`] finds what `to_lowercase` then `contains` finds: on random texts of the
    /// phrases' letters in both cases, the Kelvin sign, U+0130 and U+0307, other non-ASCII
    /// letters, with phrases that have a "k", a last "i", an "i" inside.
    #[test]
    fn lower_phrases_are_lower_case_contains() {
        use proptest::prelude::*;
        use proptest::test_runner::TestRunner;
        let phrases = [
            "key",
            "ai",
            "recogni",
            "as an ai",
            "knock",
            "in summary,",
            "u.n.",
        ];
        let lp = LowerPhrases::new(&phrases);
        let mut runner = TestRunner::deterministic();
        let text = proptest::string::string_regex(
            "([kKaAiIyYeEnNrRcCoOgGsSuU ,.!]|\\x{212A}|\\x{130}|\\x{307}|é|ſ|recogn|as an |ey|nock){0,24}",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let hits = std::cell::Cell::new(0usize);
        runner
            .run(&text, |t| {
                let lower = t.to_lowercase();
                let want = phrases
                    .iter()
                    .enumerate()
                    .fold(0u64, |m, (i, p)| m | u64::from(lower.contains(p)) << i);
                prop_assert_eq!(lp.found(&t), want, "{:?}", t);
                prop_assert_eq!(lp.any(&t), want != 0, "{:?}", t);
                hits.set(hits.get() + usize::from(want != 0));
                Ok(())
            })
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(hits.get() > 20, "{}", hits.get());
        assert_eq!(lp.found("RECOGN\u{130}SED by the UN"), 1 << 2);
        assert_eq!(lp.found("\u{212A}EY"), 1);
        assert_eq!(lp.found("A\u{130} said"), 1 << 1);
        assert_eq!(lp.found("A\u{130}\u{307}"), 1 << 1);
    }

    /// The reason `rules::follow` may check "did" and "followed" in the text instead of its
    /// lower case: of all characters, only ASCII letters, U+0130 and U+212A have a lower case
    /// holding an ASCII letter, U+0130's "i" is followed by U+0307 (no letter), U+212A's is "k".
    /// [`to_lower`] is `str::to_lowercase`: on random texts of ASCII, accented and other-script
    /// letters, characters whose lower case is longer (İ), the capital sigma in and out of words,
    /// and on every character alone.
    #[test]
    fn to_lower_is_to_lowercase() {
        use proptest::prelude::*;
        use proptest::test_runner::TestRunner;
        let mut runner = TestRunner::deterministic();
        let text = proptest::string::string_regex(
            "[a-zA-Z0-9 .,'’“”ÉéÀİıſ\\x{212A}ΣσςΑβЖжẞß\\x{10400}\\x{1E9E}\\x{0130}-]{0,60}",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        runner
            .run(&text, |t| {
                prop_assert_eq!(to_lower(&t), t.to_lowercase());
                Ok(())
            })
            .unwrap_or_else(|e| panic!("{e}"));
        let any = proptest::string::string_regex("(?s).{0,40}").unwrap_or_else(|e| panic!("{e}"));
        runner
            .run(&any, |t| {
                prop_assert_eq!(to_lower(&t), t.to_lowercase());
                Ok(())
            })
            .unwrap_or_else(|e| panic!("{e}"));
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let t = format!("a{c}B{c}");
            assert_eq!(to_lower(&t), t.to_lowercase(), "{c:?}");
        }
    }

    #[test]
    fn lower_case_makes_ascii_letters_only_from_ascii() {
        let odd: Vec<char> = (0..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .filter(|c| !c.is_ascii() && c.to_lowercase().any(|l| l.is_ascii()))
            .collect();
        assert_eq!(odd, ['\u{130}', '\u{212A}']);
        assert_eq!("\u{130}".to_lowercase(), "i\u{307}");
        assert_eq!("\u{212A}".to_lowercase(), "k");
    }

    #[test]
    fn literals_of_each_piece() {
        let l = required_literals(r"(?i)\bx\s+(?:is|was)\s+recogni[sz]ed\s+by");
        assert_eq!(
            l,
            [vec!["by"], vec!["ed"], vec!["is", "was"], vec!["recogni"]]
        );
        let l = required_literals(r"(?i)(?:met|meets|held\s+talks)");
        assert_eq!(l, [["held", "meets", "met"], ["meets", "met", "talks"]]);
        assert!(required_literals(r"(?i)\w+\s+(?:a|b)?").is_empty());
    }

    #[test]
    fn a_sentence_without_the_words_is_gated_out() {
        let g = Gate::new([r"(?i)\bjoined\s+the\b", r"\w+", r"(?i)sever(?:ed|s)"]);
        assert_eq!(g.candidates("they joined the club"), [true, true, false]);
        assert_eq!(g.candidates("nothing here"), [false, true, false]);
        assert_eq!(g.candidates("ties were severed"), [false, true, true]);
        // Long s is matched by `(?i)s`.
        assert_eq!(g.candidates("ties were \u{17F}evered"), [false, true, true]);
    }

    /// [`Gate::candidates`] by its definition: a pattern may match when, for each of its sets,
    /// the text contains one of the set's literals (`str::contains` for every literal).
    fn candidates_simple(g: &Gate, lower: &str) -> Vec<bool> {
        let text = lower.replace('\u{17F}', "s");
        let mut got = vec![0u64; g.full.len()];
        for (l, lit) in g.lits.iter().enumerate() {
            if text.contains(lit.as_str()) {
                for &(p, k) in &g.by_literal[l] {
                    got[p as usize] |= 1 << k;
                }
            }
        }
        got.iter().zip(&g.full).map(|(g, f)| g == f).collect()
    }

    /// The frames' gate, reading the automaton byte by byte, lets through exactly the frames
    /// whose every set has a literal in the text: on every line of the held-out documents,
    /// lower-cased, and on those lines cut at every 29th byte (literals at the text's start).
    #[test]
    fn candidates_are_the_literals_contained() {
        let patterns: Vec<String> = crate::frames::table()
            .frames
            .iter()
            .map(|f| f.pattern().to_string())
            .collect();
        let gate = Gate::new(patterns.iter().map(String::as_str));
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/heldout/docs");
        let mut texts = Vec::new();
        for e in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            if let Ok(s) = std::fs::read_to_string(e.path()) {
                texts.extend(s.lines().map(|l| l.to_lower()));
            }
        }
        assert!(texts.len() > 500, "{} lines", texts.len());
        let (mut compared, mut passed) = (0, 0);
        for line in &texts {
            let cuts = (0..line.len())
                .step_by(29)
                .filter(|&i| line.is_char_boundary(i));
            for text in std::iter::once(line.as_str()).chain(cuts.map(|i| &line[i..])) {
                let got = gate.candidates(text);
                assert_eq!(got, candidates_simple(&gate, text), "{text:?}");
                compared += 1;
                passed += usize::from(got.contains(&true));
            }
        }
        assert!(passed > 100 && passed < compared, "{passed} of {compared}");
    }

    /// Every frame of `data/frames.txt` passes the gate on text its own pattern matches: strings
    /// generated from each frame's compiled pattern (word boundaries left out, which only widens
    /// it), with letters put in random case as `(?i)` allows, are candidates for that frame.
    #[test]
    fn every_frame_passes_on_text_it_matches() {
        use proptest::strategy::{Strategy, ValueTree};
        use proptest::test_runner::TestRunner;
        let t = crate::frames::table();
        let patterns: Vec<String> = t.frames.iter().map(|f| f.pattern().to_string()).collect();
        assert!(patterns.len() > 20);
        let gate = Gate::new(patterns.iter().map(String::as_str));
        let mut runner = TestRunner::deterministic();
        let mut unsupported = 0;
        for (i, p) in patterns.iter().enumerate() {
            let plain = p
                .strip_prefix("(?i)")
                .unwrap_or(p)
                .replace(r"(?-u:\b)", "")
                .replace(r"\b", "");
            // A pattern the generator cannot read (a construct it does not support) is counted.
            let Ok(strategy) = proptest::string::string_regex(&plain) else {
                unsupported += 1;
                continue;
            };
            for round in 0..200 {
                let s = strategy
                    .new_tree(&mut runner)
                    .unwrap_or_else(|e| panic!("{e}"))
                    .current();
                let mixed = crate::rx::mixed_case(&s, round);
                assert!(
                    gate.candidates(&mixed.to_lowercase())[i],
                    "frame {i} ({p}) not a candidate on {mixed:?}"
                );
            }
        }
        assert!(
            unsupported * 10 <= patterns.len(),
            "{unsupported} frames not checked"
        );
    }
}
