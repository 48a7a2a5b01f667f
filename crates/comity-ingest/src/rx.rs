//! Regex compilation for the whole crate.
//!
//! Every pattern's `\b` is compiled as an ASCII word boundary, `(?-u:\b)`. The regex crate's lazy
//! DFA cannot evaluate a Unicode word boundary on non-ASCII text (it gives up at the first
//! non-ASCII byte), and nearly every web sentence has one (’, “, é, and the private-use
//! characters of [`crate::frames`]' actor tokens), so with Unicode `\b` each search fell back to the
//! backtracking engine, which clears a visited set as large as the haystack on every call: about
//! half the pipeline's instructions (issue 13 item 4). `\w`, `\d`, `\s` and case folding stay
//! Unicode. The two boundaries differ only next to a non-ASCII letter or digit touching an ASCII one
//! ("Priština" has ASCII boundaries around the "š"); no pattern of the crate starts or ends a word
//! there, and the proposed claims on the seeds and the held-out gold are unchanged.

use aho_corasick::AhoCorasick;
use regex::Regex;
use regex_automata::nfa::thompson::{self, backtrack, pikevm, pikevm::PikeVM};
use regex_automata::util::captures::Captures;
use regex_automata::util::iter::Searcher;
use regex_automata::{hybrid, Anchored, Input};
use regex_syntax::hir::literal::{ExtractKind, Extractor, Literal, Seq};
use regex_syntax::hir::{Hir, HirKind};
use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

/// `pattern` with every `\b` (outside a character class, not escaped) made ASCII.
pub(crate) fn ascii_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars().peekable();
    let mut class = 0usize;
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let Some(n) = chars.next() else {
                    out.push(c);
                    break;
                };
                if n == 'b' && class == 0 && chars.peek() != Some(&'{') {
                    out.push_str(r"(?-u:\b)");
                } else {
                    out.push(c);
                    out.push(n);
                }
            }
            '[' => {
                class += 1;
                out.push(c);
            }
            ']' if class > 0 => {
                class -= 1;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Compiles `pattern` with ASCII word boundaries (see the module documentation), with a
/// necessary-literal prefilter ([`Rx`]).
pub(crate) fn regex(pattern: &str) -> Result<Rx, regex::Error> {
    let p = ascii_boundaries(pattern);
    #[cfg(test)]
    if let Ok(mut v) = COMPILED.lock() {
        v.push(p.clone());
    }
    Rx::new(&p)
}

/// Every pattern compiled by [`regex`] in this test process, as compiled: the test of [`Rx`]
/// compares each with the plain `regex::Regex`.
#[cfg(test)]
static COMPILED: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// The most literals a prefilter searches for (the case variants of a case-insensitive word count
/// one each): Aho-Corasick's packed (SIMD, "Teddy") searcher takes at most 64.
const PREFILTER_LITERALS: usize = 64;

/// The shortest literal worth a prefilter: shorter ones ("is", "by") are in most sentences.
const PREFILTER_MIN_LEN: usize = 3;

/// The check of a prefilter's literals.
#[derive(Clone, Debug)]
enum Prefilter {
    /// Teddy, where the CPU has it (x86-64 SSSE3/AVX2, aarch64 NEON).
    Packed(aho_corasick::packed::Searcher),
    /// An Aho-Corasick automaton elsewhere.
    Automaton(AhoCorasick),
}

impl Prefilter {
    fn new(lits: &[Vec<u8>]) -> Option<Self> {
        aho_corasick::packed::Searcher::new(lits.iter())
            .map(Prefilter::Packed)
            .or_else(|| AhoCorasick::new(lits).ok().map(Prefilter::Automaton))
    }
    #[inline]
    fn found_in(&self, t: &[u8]) -> bool {
        match self {
            Prefilter::Packed(s) => s.find(t).is_some(),
            Prefilter::Automaton(a) => a.is_match(t),
        }
    }
}

/// A regex with a necessary-literal prefilter: the methods of `regex::Regex` that the crate uses,
/// with the same results, but a search first checks, with one Aho-Corasick pass over the searched
/// text, that it contains one of a set of literals that every match of the pattern contains; if it
/// contains none, there is no match and the regex is not run (issue 13 item 4: the rules' regexes
/// are searched on every sentence, and most sentences contain none of a pattern's words).
///
/// The literals come from the pattern's syntax tree as the regex crate parses it (same syntax
/// options, flags included), with regex-syntax's literal extractor, so case-insensitivity is the
/// extractor's own enumeration of each letter's case variants (Unicode simple case folding: `(?i)k`
/// gives `k`, `K` and the Kelvin sign). A match of the whole pattern contains a match of each
/// "piece" of it (the pattern itself; the parts of a concatenation; the inside of a group; the
/// inside of a repetition of at least one), and when a piece's prefixes (or suffixes) form a finite
/// set of non-empty literals, every match of the piece begins (ends) with one of them, so every
/// match of the pattern contains one of them, and contains any part of it: the literals are cut to
/// their first `k` bytes. The set kept is the one with the longest `k` at which it has at most
/// [`PREFILTER_LITERALS`] distinct literals (then the fewest); a pattern with no such set of
/// literals of [`PREFILTER_MIN_LEN`] bytes or more has no prefilter. Look-around (`\b`, `^`) is read by the extractor
/// as the empty string, and a match starting at `start` lies in `text[start..]`, which is what the
/// `_at` methods check.
#[derive(Clone, Debug)]
pub(crate) struct Rx {
    re: Regex,
    pre: Option<Prefilter>,
    /// The prefilter's number in [`LITERAL_SETS`] (with `pre`), for the sentence scope's answers
    /// ([`Scope`]).
    id: Option<usize>,
}

/// An iterator of [`Rx`]: the regex's own, or nothing when the prefilter found none of the literals.
#[derive(Debug)]
pub(crate) struct RxIter<I>(Option<I>);

impl<I: Iterator> Iterator for RxIter<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        self.0.as_mut()?.next()
    }
}

/// The limit on the literals of one extraction (the extractor's default is 250): the set kept has
/// at most [`PREFILTER_LITERALS`].
const EXTRACT_LITERALS: usize = 2 * PREFILTER_LITERALS;

/// The prefixes (or suffixes) of `h`, as regex-syntax's extractor finds them.
fn extract(h: &Hir, kind: ExtractKind) -> Seq {
    let mut ex = Extractor::new();
    ex.kind(kind).limit_total(EXTRACT_LITERALS);
    ex.extract(h)
}

/// Literal sets each of which has a literal in every match of `h` (see [`Rx`]), passed to `f`:
/// the prefixes and the suffixes of `h`; for a concatenation, the prefixes of each run of its
/// children from the first and from each child that follows one that is not a single character
/// (a literal or a class) on (the match of the concatenation contains a match of the run;
/// `(?i)recognised` is a concatenation of one class per letter), made as the extractor makes a
/// concatenation's (the cross product of the children's prefixes, an exact literal extended, an
/// inexact one kept, all made inexact when the next child has no finite set or the product
/// would pass [`EXTRACT_LITERALS`]); inside a group, and inside a repetition of at least one, the
/// same of its inside.
fn required_sets(h: &Hir, f: &mut impl FnMut(&Seq)) {
    f(&extract(h, ExtractKind::Prefix));
    f(&extract(h, ExtractKind::Suffix));
    match h.kind() {
        HirKind::Concat(v) => {
            let children: Vec<Seq> = v.iter().map(|c| extract(c, ExtractKind::Prefix)).collect();
            // Runs start where a word can: at the first child and after a child that is not one
            // character (a run from inside a word gives shorter literals of the same word).
            let one_char = |h: &Hir| matches!(h.kind(), HirKind::Literal(_) | HirKind::Class(_));
            for i in (0..children.len()).filter(|&i| i == 0 || !one_char(&v[i - 1])) {
                let mut run = Seq::singleton(Literal::exact(Vec::new()));
                for c in &children[i..] {
                    if run.is_inexact() {
                        break;
                    }
                    let mut c = c.clone();
                    if run.max_cross_len(&c).is_some_and(|n| n > EXTRACT_LITERALS) {
                        c.make_infinite();
                    }
                    run.cross_forward(&mut c);
                }
                f(&run);
            }
            // Inside the groups and repetitions among the children (a child of one character or
            // an alternation has no set that the runs miss).
            v.iter()
                .filter(|x| matches!(x.kind(), HirKind::Capture(_) | HirKind::Repetition(_)))
                .for_each(|x| required_sets(x, f));
        }
        HirKind::Capture(c) => required_sets(&c.sub, f),
        HirKind::Repetition(r) if r.min >= 1 => required_sets(&r.sub, f),
        _ => {}
    }
}

/// The literals of the prefilter of the pattern `h` (see [`Rx`]): `None` when there is none.
fn prefilter_literals(h: &Hir) -> Option<Vec<Vec<u8>>> {
    let mut best: Option<(usize, usize, Vec<Vec<u8>>)> = None;
    required_sets(h, &mut |seq| {
        let Some(lits) = seq.literals() else { return };
        let Some(min) = lits.iter().map(|l| l.as_bytes().len()).min() else {
            return;
        };
        // Longest cut first: the first at most PREFILTER_LITERALS distinct ones.
        for k in (PREFILTER_MIN_LEN..=min.min(16)).rev() {
            let mut cut: Vec<Vec<u8>> = lits.iter().map(|l| l.as_bytes()[..k].to_vec()).collect();
            cut.sort();
            cut.dedup();
            if cut.len() > PREFILTER_LITERALS {
                continue;
            }
            let better = match &best {
                None => true,
                Some((bk, bn, _)) => k > *bk || (k == *bk && cut.len() < *bn),
            };
            if better {
                best = Some((k, cut.len(), cut));
            }
            break;
        }
    });
    best.map(|(_, _, l)| l)
}

impl Rx {
    /// Compiles `pattern` as `regex::Regex::new` does, and its prefilter (see [`Rx`]).
    pub(crate) fn new(pattern: &str) -> Result<Self, regex::Error> {
        let re = Regex::new(pattern)?;
        // It parses: the regex crate parsed it with the same (default) syntax options.
        let lits = regex_syntax::ParserBuilder::new()
            .build()
            .parse(pattern)
            .ok()
            .and_then(|h| prefilter_literals(&h));
        let pre = lits.as_ref().and_then(|l| Prefilter::new(l));
        let id = match (&pre, lits) {
            (Some(_), Some(l)) => register_literals(l),
            _ => None,
        };
        Ok(Rx { re, pre, id })
    }

    /// The pattern, as compiled.
    #[cfg(test)]
    pub(crate) fn as_str(&self) -> &str {
        self.re.as_str()
    }

    /// Whether `text[start..]` may hold a match: it contains one of the literals, or the pattern
    /// has no prefilter.
    #[inline]
    fn may_match(&self, text: &str, start: usize) -> bool {
        let Some(p) = &self.pre else {
            return true;
        };
        let Some(t) = text.as_bytes().get(start..) else {
            return false;
        };
        match self.id.map_or(Scoped::Unknown, |id| scoped(id, t)) {
            Scoped::Absent => false,
            Scoped::Whole => true,
            Scoped::Unknown => p.found_in(t),
        }
    }

    /// [`Rx::may_match`] without the sentence scope (for the tests).
    #[cfg(test)]
    fn may_match_unscoped(&self, text: &str, start: usize) -> bool {
        match &self.pre {
            None => true,
            Some(p) => text.as_bytes().get(start..).is_some_and(|t| p.found_in(t)),
        }
    }

    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.may_match(text, 0) && self.re.is_match(text)
    }

    pub(crate) fn find<'h>(&self, text: &'h str) -> Option<regex::Match<'h>> {
        if self.may_match(text, 0) {
            self.re.find(text)
        } else {
            None
        }
    }

    pub(crate) fn find_at<'h>(&self, text: &'h str, start: usize) -> Option<regex::Match<'h>> {
        // Past the end: the regex's own answer (it panics), as without the prefilter.
        if start > text.len() || self.may_match(text, start) {
            self.re.find_at(text, start)
        } else {
            None
        }
    }

    pub(crate) fn find_iter<'r, 'h>(&'r self, text: &'h str) -> RxIter<regex::Matches<'r, 'h>> {
        RxIter(self.may_match(text, 0).then(|| self.re.find_iter(text)))
    }

    pub(crate) fn captures<'h>(&self, text: &'h str) -> Option<regex::Captures<'h>> {
        if self.may_match(text, 0) {
            self.re.captures(text)
        } else {
            None
        }
    }

    pub(crate) fn captures_iter<'r, 'h>(
        &'r self,
        text: &'h str,
    ) -> RxIter<regex::CaptureMatches<'r, 'h>> {
        RxIter(self.may_match(text, 0).then(|| self.re.captures_iter(text)))
    }

    pub(crate) fn replace_all<'h, R: regex::Replacer>(
        &self,
        text: &'h str,
        rep: R,
    ) -> std::borrow::Cow<'h, str> {
        if self.may_match(text, 0) {
            self.re.replace_all(text, rep)
        } else {
            std::borrow::Cow::Borrowed(text)
        }
    }
}

/// Every prefilter's literal set, numbered in the order the [`Rx`] were compiled (their `id`).
static LITERAL_SETS: std::sync::Mutex<Vec<Vec<Vec<u8>>>> = std::sync::Mutex::new(Vec::new());

/// How many literal sets [`LITERAL_SETS`] holds (read without the lock).
static LITERAL_SET_COUNT: AtomicUsize = AtomicUsize::new(0);

/// Numbers a prefilter's literal set ([`LITERAL_SETS`]).
fn register_literals(lits: Vec<Vec<u8>>) -> Option<usize> {
    let mut sets = LITERAL_SETS.lock().ok()?;
    sets.push(lits);
    LITERAL_SET_COUNT.store(sets.len(), Ordering::Release);
    Some(sets.len() - 1)
}

/// One automaton of the literals of the first `sets` prefilters: which of them a text contains,
/// in one pass ([`Combined::found`]).
struct Combined {
    dfa: aho_corasick::dfa::DFA,
    /// For each literal of the automaton, the prefilters (numbers) that have it.
    owners: Vec<Vec<u32>>,
    /// The prefilters covered: those numbered below this.
    sets: usize,
}

impl Combined {
    fn new(sets: &[Vec<Vec<u8>>]) -> Option<Self> {
        let mut index: HashMap<&[u8], usize> = HashMap::new();
        let mut lits: Vec<&[u8]> = Vec::new();
        let mut owners: Vec<Vec<u32>> = Vec::new();
        for (i, set) in sets.iter().enumerate() {
            for l in set {
                let k = *index.entry(l.as_slice()).or_insert_with(|| {
                    lits.push(l);
                    owners.push(Vec::new());
                    lits.len() - 1
                });
                let i = u32::try_from(i).ok()?;
                if owners[k].last() != Some(&i) {
                    owners[k].push(i);
                }
            }
        }
        // No literal is empty (a prefilter's literals are 3 bytes or more), so the start state
        // is no match state.
        if lits.iter().any(|l| l.is_empty()) {
            return None;
        }
        let dfa = aho_corasick::dfa::DFA::new(&lits).ok()?;
        Some(Combined {
            dfa,
            owners,
            sets: sets.len(),
        })
    }

    /// Into `found` (a bit per prefilter, cleared first), the prefilters of which `text` holds a
    /// literal: the automaton read byte by byte (an overlapping search: at each match state,
    /// every literal that ends there).
    fn found(&self, text: &[u8], found: &mut Vec<u64>) -> bool {
        use aho_corasick::automaton::Automaton;
        found.clear();
        found.resize(self.sets.div_ceil(64), 0);
        let dfa = &self.dfa;
        let Ok(mut sid) = dfa.start_state(aho_corasick::Anchored::No) else {
            return false;
        };
        for &b in text {
            sid = dfa.next_state(aho_corasick::Anchored::No, sid, b);
            if dfa.is_special(sid) {
                if dfa.is_dead(sid) {
                    break;
                }
                if dfa.is_match(sid) {
                    for i in 0..dfa.match_len(sid) {
                        for &o in &self.owners[dfa.match_pattern(sid, i).as_usize()] {
                            found[o as usize / 64] |= 1 << (o % 64);
                        }
                    }
                }
            }
        }
        true
    }
}

/// The automaton of the prefilters compiled so far, shared by the threads, and the number of
/// scopes entered when it is next remade if more prefilters have been compiled since.
static COMBINED: std::sync::Mutex<(Option<std::sync::Arc<Combined>>, u64)> =
    std::sync::Mutex::new((None, 0));

/// Scopes entered while the thread's automaton was out of date, all threads.
static SCOPES: AtomicU64 = AtomicU64::new(0);

/// The thread's current sentence scope ([`Scope`]).
#[derive(Default)]
struct ScopeState {
    /// The address range of the scope's text (0..0: no scope).
    start: usize,
    end: usize,
    /// The prefilters covered by `found`.
    sets: usize,
    /// A bit per prefilter: the text holds one of its literals.
    found: Vec<u64>,
    /// The thread's copy of the shared automaton.
    combined: Option<std::sync::Arc<Combined>>,
}

thread_local! {
    static SCOPE: RefCell<ScopeState> = RefCell::new(ScopeState::default());
}

/// What the scope knows of a prefilter on a text.
enum Scoped {
    /// The text lies in the scope's text, which holds none of the literals: nor does the text.
    Absent,
    /// The text is the scope's text, which holds one of them.
    Whole,
    /// Not known (no scope, a text outside it, a prefilter compiled after the automaton, or a
    /// part of the scope's text when the whole holds a literal): the prefilter's own search.
    Unknown,
}

/// What the thread's scope knows of prefilter `id` on `t`.
#[inline]
fn scoped(id: usize, t: &[u8]) -> Scoped {
    SCOPE.with(|s| {
        let Ok(s) = s.try_borrow() else {
            return Scoped::Unknown;
        };
        let (a, b) = (t.as_ptr() as usize, t.as_ptr() as usize + t.len());
        if id >= s.sets || a < s.start || b > s.end || s.start == s.end {
            return Scoped::Unknown;
        }
        let has = s.found[id / 64] >> (id % 64) & 1 != 0;
        match (has, a == s.start && b == s.end) {
            (false, _) => Scoped::Absent,
            (true, true) => Scoped::Whole,
            (true, false) => Scoped::Unknown,
        }
    })
}

/// A sentence scope (issue 13 item 4): while it lives, the prefilters of [`Rx`] searches of
/// `text` or of any part of it are answered from one pass of an automaton of all the
/// prefilters' literals over `text`, made when the scope is entered: a part of a text that holds
/// none of a prefilter's literals holds none either, and a text that holds one, searched whole,
/// needs no second look. The rules search a sentence with some sixty regexes, each with its own
/// prefilter pass before; most of those passes find nothing. The scope borrows `text`, so the
/// address range it answers for holds these bytes as long as it lives. Searches of other texts
/// (and of prefilters compiled after the automaton was made) use each prefilter's own search.
pub(crate) struct Scope<'a> {
    _text: std::marker::PhantomData<&'a str>,
    /// The scope this one replaced on the thread (its range, prefilters and answers), restored
    /// when it ends; `None`: there was none.
    outer: Option<(usize, usize, usize, Vec<u64>)>,
}

impl<'a> Scope<'a> {
    /// Enters a scope for `text` on this thread, until the value is dropped (it is not to be
    /// forgotten: `std::mem::forget` would leave its answers for an address range that may later
    /// hold other bytes).
    pub(crate) fn enter(text: &'a str) -> Scope<'a> {
        let outer = SCOPE.with(|s| {
            let Ok(mut s) = s.try_borrow_mut() else {
                return None;
            };
            let registered = LITERAL_SET_COUNT.load(Ordering::Acquire);
            let have = s.combined.as_ref().map_or(0, |c| c.sets);
            if have < registered {
                let n = SCOPES.fetch_add(1, Ordering::Relaxed);
                if let Some(c) = shared_combined(n, registered).filter(|c| c.sets > have) {
                    s.combined = Some(c);
                }
            }
            let outer =
                (s.start != s.end).then(|| (s.start, s.end, s.sets, std::mem::take(&mut s.found)));
            let mut found = std::mem::take(&mut s.found);
            s.sets = match &s.combined {
                Some(c) if c.found(text.as_bytes(), &mut found) => c.sets,
                _ => 0,
            };
            s.start = text.as_ptr() as usize;
            s.end = s.start + text.len();
            s.found = found;
            outer
        });
        Scope {
            _text: std::marker::PhantomData,
            outer,
        }
    }
}

impl Drop for Scope<'_> {
    fn drop(&mut self) {
        SCOPE.with(|s| {
            if let Ok(mut s) = s.try_borrow_mut() {
                match self.outer.take() {
                    Some((start, end, sets, found)) => {
                        s.start = start;
                        s.end = end;
                        s.sets = sets;
                        s.found = found;
                    }
                    // No scope (its answers' buffer is kept for the next).
                    None => {
                        s.start = 0;
                        s.end = 0;
                        s.sets = 0;
                    }
                }
            }
        });
    }
}

/// Gives this thread an automaton of every prefilter compiled so far (tests: the shared one is
/// remade only now and then).
#[cfg(test)]
fn combine_all_on_this_thread() -> usize {
    let sets = LITERAL_SETS.lock().map(|v| v.clone()).unwrap_or_default();
    let c = Combined::new(&sets).map(std::sync::Arc::new);
    let n = c.as_ref().map_or(0, |c| c.sets);
    SCOPE.with(|s| s.borrow_mut().combined = c);
    n
}

/// The shared automaton, remade for the `registered` prefilters if it covers fewer and at least
/// as many scopes have been entered since it was last made as before (the regexes are compiled
/// when first used, nearly all in a run's first sentences: a few automata in all). `None`: no
/// automaton.
fn shared_combined(scopes: u64, registered: usize) -> Option<std::sync::Arc<Combined>> {
    let mut g = COMBINED.lock().ok()?;
    let stale = g.0.as_ref().map_or(0, |c| c.sets) < registered;
    if stale && scopes >= g.1 {
        let sets = LITERAL_SETS.lock().ok()?.clone();
        if let Some(c) = Combined::new(&sets) {
            g.0 = Some(std::sync::Arc::new(c));
        }
        g.1 = scopes.saturating_mul(2).max(16);
    }
    g.0.clone()
}

/// The capacity of each frame pattern's lazy-DFA cache, per thread. The frames are some hundred
/// patterns each searched on many sentences. With the regex crate's default (2 MiB for each of its
/// forward and reverse lazy DFAs) their caches grew to about 290 MB on the 50 MB single-line bench
/// document, the largest part of the pipeline's peak memory (issue 13 item 4), so the frames had
/// 1 MiB each. [`FrameRegex`] has no reverse DFA; its one cache keeps 1 MiB. 2 MiB cleared the
/// caches less often on the 100× bench corpus (20 clears instead of 178, 1 thread) but saved no
/// measurable time, and added 70 MB to the peak of the ~50 MB bench folder. The matches are the
/// same whatever the capacity.
const FRAME_DFA_CACHE_BYTES: usize = 1 << 20;

/// The capacity of a frame's larger lazy-DFA cache ([`FrameRegex::big`]), which a thread takes
/// instead of the 1 MiB one the first time that one is cleared, for at most
/// [`FRAME_BIG_CACHES`] frames a thread. Measured on the 100× bench corpus (1 thread, branch
/// h/speed19): a dozen frames (a slot, the apposition and auxiliaries, then a long verb phrase)
/// need 1.5–2.6 MB of states each, so their 1 MiB caches were cleared 171 times in all and built
/// their states again after each clear (280 MB of states built in all, 159 MB with caches that are
/// never cleared); the other frames never fill 1 MiB.
const FRAME_BIG_DFA_CACHE_BYTES: usize = 4 << 20;

/// How many frames a thread may give a larger cache ([`FRAME_BIG_DFA_CACHE_BYTES`]): the extra
/// memory is at most this many times 3 MiB a thread, whatever the documents (a long document that
/// fills every frame's cache gets no more).
const FRAME_BIG_CACHES: usize = 12;

/// The bounded backtracker's visited set for a frame's groups ([`FrameRegex::vm_search`]): one bit
/// per NFA state and byte of the searched span, so 2 MiB allow spans of about 3,000 bytes for
/// the frames' ~5,500 NFA states (a match is a clause); a longer span is read by the PikeVM.
const FRAME_BT_VISITED_BYTES: usize = 2 << 20;

/// The limit on a frame's compiled NFA, the regex crate's default `size_limit`.
const FRAME_NFA_BYTES: usize = 10 * (1 << 20);

thread_local! {
    /// One NFA compiler per thread for all the frames it compiles: a compiler keeps its builder
    /// and its UTF-8 suffix caches between builds (it clears them, keeping their allocations),
    /// where a new compiler per frame allocated them and freed them again (the drop alone was
    /// 2.5 % of the 10x bench's instructions). The NFA built is the same.
    static FRAME_COMPILER: thompson::Compiler = {
        let mut c = thompson::Compiler::new();
        c.syntax(regex_automata::util::syntax::Config::new())
            .configure(
                thompson::Config::new()
                    .nfa_size_limit(Some(FRAME_NFA_BYTES))
                    .shrink(false),
            );
        c
    };

    /// One PikeVM cache per thread for all the frames, with the id of the [`FrameRegex`] it was
    /// last set up for ([`pikevm::Cache::reset`] re-purposes it for another, keeping its
    /// allocations). A PikeVM cache holds a slot table of the NFA's states times the pattern's
    /// capture slots: one per frame and thread was 117 MB a thread (heaptrack, the ~50 MB bench
    /// folder), though the PikeVM runs only where the lazy DFA found a match, and matches are few.
    static FRAME_VM_CACHE: RefCell<(u64, Option<pikevm::Cache>)> = const { RefCell::new((0, None)) };

    /// One backtracker cache per thread for all the frames, with the id of the [`FrameRegex`]
    /// it was last set up for. Its visited set is sized for each search (the NFA's states times
    /// the searched span), so a reset for another frame costs nothing.
    static FRAME_BT_CACHE: RefCell<(u64, Option<backtrack::Cache>)> = const { RefCell::new((0, None)) };

    /// This thread's frames' lazy-DFA caches, within [`FRAME_DFA_BUDGET_BYTES`]: freed when the
    /// thread ends or calls [`release_thread_caches`], so that a run's caches are not held after
    /// its documents are read (a pool in each frame kept them for the process).
    static FRAME_DFA_CACHES: RefCell<FrameCaches> = RefCell::new(FrameCaches::default());
}

/// The bytes (as regex-automata counts them, [`hybrid::dfa::Cache::memory_usage`]) that all the
/// frames' lazy-DFA caches of one thread may hold together, between two searches: after a search
/// that leaves more, the caches of the frames searched least recently are dropped (memory freed)
/// until they hold at most [`FRAME_DFA_LOW_WATER`] of it; such a frame makes a new cache when it
/// is searched again. Without a budget (branch h/speed19) each frame kept up to 1 MiB (4 MiB for
/// a dozen) and a thread's caches grew to about 200 MB on the 100× bench corpus (heaptrack: 395 MB
/// for two threads, the largest part of the peak). A budget decides only how often states are
/// built again, never a match.
const FRAME_DFA_BUDGET_BYTES: usize = 48 << 20;

/// What the caches are cut down to (a fraction of the budget, in 1/8ths) when they exceed it, so
/// that a thread near its budget does not drop a cache after every search.
const FRAME_DFA_LOW_WATER: usize = 6;

/// The budget of this thread's frame caches (tests set a smaller one).
fn frame_dfa_budget() -> usize {
    FRAME_DFA_BUDGET.with(std::cell::Cell::get)
}

thread_local! {
    /// [`FRAME_DFA_BUDGET_BYTES`] (tests set a smaller one on their own thread).
    static FRAME_DFA_BUDGET: std::cell::Cell<usize> =
        const { std::cell::Cell::new(FRAME_DFA_BUDGET_BYTES) };
}

/// A frame's lazy-DFA cache on one thread: for [`FrameRegex::dfa`] (1 MiB), or, once that was
/// cleared, for [`FrameRegex::big`] (`big` true).
struct FrameCache {
    cache: hybrid::dfa::Cache,
    big: bool,
    /// `cache.memory_usage()` after its last search.
    bytes: usize,
    /// [`FrameCaches::tick`] at its last search.
    used: u64,
}

/// A thread's frames' lazy-DFA caches ([`FRAME_DFA_CACHES`]).
#[derive(Default)]
struct FrameCaches {
    /// By [`FrameRegex`] id.
    map: HashMap<u64, FrameCache>,
    /// The sum of the caches' `bytes`.
    bytes: usize,
    /// Counts the searches: a cache's `used` is the count of its last search.
    tick: u64,
    /// The frames given a larger cache on this thread ([`FRAME_BIG_CACHES`] at most), kept when
    /// their cache is dropped: a new one is a larger one at once.
    big: Vec<u64>,
    /// Caches dropped to keep within the budget (for the tests and the measurements).
    dropped: u64,
}

impl FrameCaches {
    /// Records the size of frame `id`'s cache after a search and, if the caches now hold more
    /// than `budget` bytes, drops the least recently searched ones other than `id`'s until they
    /// hold at most [`FRAME_DFA_LOW_WATER`] eighths of it (or only `id`'s is left).
    fn account(&mut self, id: u64, budget: usize) {
        self.tick += 1;
        let Some(fc) = self.map.get_mut(&id) else {
            return;
        };
        let now = fc.cache.memory_usage();
        self.bytes = self.bytes - fc.bytes + now;
        fc.bytes = now;
        fc.used = self.tick;
        if self.bytes <= budget {
            return;
        }
        let low = budget / 8 * FRAME_DFA_LOW_WATER;
        let mut old: Vec<(u64, u64)> = self
            .map
            .iter()
            .filter(|(&k, _)| k != id)
            .map(|(&k, f)| (f.used, k))
            .collect();
        old.sort_unstable();
        for (_, k) in old {
            if self.bytes <= low {
                break;
            }
            if let Some(f) = self.map.remove(&k) {
                self.bytes -= f.bytes;
                self.dropped += 1;
            }
        }
    }
}

/// Frees this thread's frame caches (lazy-DFA and PikeVM, compiled pieces, parsed groups): the pipeline calls it when the calling
/// thread has read its documents, before copy detection. The next search re-creates them.
pub(crate) fn release_thread_caches() {
    FRAME_DFA_CACHES.with(|c| {
        if let Ok(mut c) = c.try_borrow_mut() {
            *c = FrameCaches::default();
        }
    });
    FRAME_VM_CACHE.with(|c| {
        if let Ok(mut c) = c.try_borrow_mut() {
            *c = (0, None);
        }
    });
    FRAME_BT_CACHE.with(|c| {
        if let Ok(mut c) = c.try_borrow_mut() {
            *c = (0, None);
        }
    });
    FRAME_STARTS.with(|c| {
        if let Ok(mut c) = c.try_borrow_mut() {
            *c = Vec::new();
        }
    });
    // The compiled pieces and parsed groups of frames (remade if another frame is compiled).
    FRAME_PIECES.with(|c| {
        if let Ok(mut c) = c.try_borrow_mut() {
            *c = Vec::new();
        }
    });
    PARSED_GROUPS.with(|c| {
        if let Ok(mut c) = c.try_borrow_mut() {
            *c = Default::default();
        }
    });
}

/// The frames' distinct (first bytes, second bytes) pairs ([`FrameRegex::starts_id`]).
type StartTable = (Option<Box<[bool; 256]>>, Option<Box<SecondBytes>>);
static START_TABLES: std::sync::Mutex<Vec<StartTable>> = std::sync::Mutex::new(Vec::new());

/// The number of the pair (`first`, `second`) among the frames' distinct pairs (a new number for
/// a pair not seen before; `usize::MAX` if the table cannot be read, which no frame shares).
fn start_table_id(first: &Option<Box<[bool; 256]>>, second: &Option<Box<SecondBytes>>) -> usize {
    let Ok(mut t) = START_TABLES.lock() else {
        return usize::MAX;
    };
    let same = |(f, s): &StartTable| {
        f == first
            && match (s, second) {
                (Some(a), Some(b)) => a.follow == b.follow && a.ends == b.ends,
                (None, None) => true,
                _ => false,
            }
    };
    if let Some(i) = t.iter().position(same) {
        return i;
    }
    t.push((
        first.clone(),
        second.as_ref().map(|s| {
            Box::new(SecondBytes {
                follow: s.follow,
                ends: s.ends,
            })
        }),
    ));
    t.len() - 1
}

thread_local! {
    /// For each start table ([`FrameRegex::starts_id`]), the last text searched whole with it on
    /// this thread (a copy) and the positions of that text where a match can begin: the frames
    /// that share a table, searched one after another on a sentence, scan it once.
    static FRAME_STARTS: RefCell<Vec<(Vec<u8>, Vec<u32>)>> = const { RefCell::new(Vec::new()) };
}

/// The id of the next [`FrameRegex`] (never 0, the id of no frame).
static NEXT_FRAME_ID: AtomicU64 = AtomicU64::new(1);

/// A frame pattern compiled for the frames' searches: a forward lazy DFA finds where the leftmost
/// match ends, and the PikeVM of the same NFA reads its groups on the text up to that end (the
/// leftmost-first match of the shortened text is the same match, groups included; look-around
/// still sees the whole text). This is what `regex::Regex::captures_iter` computes, without the
/// reverse NFA and reverse DFA that the regex crate also builds to find where a match starts:
/// compiling them was about half of the frames' compile time, and the frames match on few of the
/// sentences their gate lets through (3,326 matches in 157,739 searches on the 100× bench corpus),
/// so the start of a match is rarely needed. The PikeVM alone reads a text when the lazy DFA
/// cannot be built or gives up. A pattern that cannot match the empty string (every frame) is
/// searched by running the lazy DFA anchored at each position whose byte can begin a match, from
/// the left ([`FrameRegex::search_anchored`]).
pub(crate) struct FrameRegex {
    /// Which frame the thread's PikeVM cache is set up for (`FRAME_VM_CACHE`).
    id: u64,
    dfa: Option<hybrid::dfa::DFA>,
    /// The same lazy DFA (same NFA and configuration) with a cache capacity of
    /// [`FRAME_BIG_DFA_CACHE_BYTES`], made the first time a thread's cache of `dfa` is cleared:
    /// the capacity decides only how often states are built again, never a match.
    big: std::sync::OnceLock<Option<hybrid::dfa::DFA>>,
    vm: PikeVM,
    /// The bounded backtracker of the same NFA, which reads the groups of a match found by the
    /// lazy DFA instead of the PikeVM when the span is short enough for its visited set
    /// ([`FRAME_BT_VISITED_BYTES`]); both give the leftmost-first match with the same groups
    /// (regex-automata's meta regex uses either for captures).
    bt: Option<backtrack::BoundedBacktracker>,
    /// The bytes a match can start with ([`first_bytes`]); `None` if the pattern can match the
    /// empty string. With it, the lazy DFA runs anchored at each position that has one of them
    /// ([`FrameRegex::search`]).
    first: Option<Box<[bool; 256]>>,
    /// For each byte that can begin a match, the bytes that can follow it in a match, and
    /// whether a match can end after it ([`second_bytes`]; with `first`).
    second: Option<Box<SecondBytes>>,
    /// The number of this frame's (`first`, `second`) pair among all frames' distinct pairs
    /// ([`start_table_id`]): frames with the same pair (every frame that begins with a slot)
    /// share the positions of a text where a match can begin ([`FRAME_STARTS`]).
    starts_id: usize,
}

/// What can follow a match's first byte: bit `b1` of `follow[b0]` when a match can begin with
/// `b0` then `b1`; bit `b0` of `ends` when a match can be `b0` alone.
struct SecondBytes {
    follow: [[u64; 4]; 256],
    ends: [u64; 4],
}

fn has_bit(set: &[u64; 4], b: u8) -> bool {
    set[usize::from(b >> 6)] >> (b & 63) & 1 != 0
}

/// The states reachable from `id` reading nothing (look-around taken as satisfied): into `out`
/// the byte transitions' states; true if a match state is among them.
fn closure(
    nfa: &thompson::NFA,
    id: regex_automata::util::primitives::StateID,
    seen: &mut [bool],
    out: &mut Vec<regex_automata::util::primitives::StateID>,
) -> bool {
    use regex_automata::nfa::thompson::State;
    seen.fill(false);
    out.clear();
    let mut matched = false;
    let mut stack = vec![id];
    while let Some(id) = stack.pop() {
        let Some(s) = seen.get_mut(id.as_usize()) else {
            continue;
        };
        if std::mem::replace(s, true) {
            continue;
        }
        match nfa.state(id) {
            State::ByteRange { .. } | State::Sparse(_) | State::Dense(_) => out.push(id),
            State::Look { next, .. } | State::Capture { next, .. } => stack.push(*next),
            State::Union { alternates } => stack.extend(alternates.iter().copied()),
            State::BinaryUnion { alt1, alt2 } => stack.extend([*alt1, *alt2]),
            State::Fail => {}
            State::Match { .. } => matched = true,
        }
    }
    matched
}

/// Each byte transition of state `id` (a byte-reading state) as (first byte, last byte, next).
fn transitions(
    nfa: &thompson::NFA,
    id: regex_automata::util::primitives::StateID,
) -> Vec<(u8, u8, regex_automata::util::primitives::StateID)> {
    use regex_automata::nfa::thompson::State;
    match nfa.state(id) {
        State::ByteRange { trans } => vec![(trans.start, trans.end, trans.next)],
        State::Sparse(sp) => sp
            .transitions
            .iter()
            .map(|t| (t.start, t.end, t.next))
            .collect(),
        State::Dense(d) => d
            .transitions
            .iter()
            .enumerate()
            .filter(|(_, n)| **n != regex_automata::util::primitives::StateID::ZERO)
            .map(|(b, n)| (b as u8, b as u8, *n))
            .collect(),
        _ => Vec::new(),
    }
}

/// The second bytes of the matches of `nfa` ([`SecondBytes`]), read from the NFA as
/// [`first_bytes`] reads the first ones (look-around taken as satisfied, so the sets may be too
/// large, never too small); `None` if the pattern can match the empty string.
fn second_bytes(nfa: &thompson::NFA) -> Option<Box<SecondBytes>> {
    let mut out = Box::new(SecondBytes {
        follow: [[0; 4]; 256],
        ends: [0; 4],
    });
    let mut seen = vec![false; nfa.states().len()];
    let (mut starts, mut after) = (Vec::new(), Vec::new());
    if closure(nfa, nfa.start_anchored(), &mut seen, &mut starts) {
        return None;
    }
    for &s in &starts {
        for (lo, hi, next) in transitions(nfa, s) {
            let ends = closure(nfa, next, &mut seen, &mut after);
            let mut set = [0u64; 4];
            for &a in &after {
                for (l, h, _) in transitions(nfa, a) {
                    for b in l..=h {
                        set[usize::from(b >> 6)] |= 1 << (b & 63);
                    }
                }
            }
            for b0 in lo..=hi {
                let f = &mut out.follow[usize::from(b0)];
                for (x, y) in f.iter_mut().zip(set) {
                    *x |= y;
                }
                if ends {
                    out.ends[usize::from(b0 >> 6)] |= 1 << (b0 & 63);
                }
            }
        }
    }
    Some(out)
}

/// The bytes that can begin a non-empty match of `nfa` (every byte of a transition reachable from
/// the anchored start state through states that read nothing; look-around assertions are taken as
/// satisfied, so the set may hold more bytes than can begin a match, never fewer), or `None` if a
/// match state is reachable that way (the pattern can match the empty string).
fn first_bytes(nfa: &thompson::NFA) -> Option<Box<[bool; 256]>> {
    use regex_automata::nfa::thompson::State;
    let mut first = Box::new([false; 256]);
    let mut seen = vec![false; nfa.states().len()];
    let mut stack = vec![nfa.start_anchored()];
    while let Some(id) = stack.pop() {
        let s = seen.get_mut(id.as_usize())?;
        if std::mem::replace(s, true) {
            continue;
        }
        match nfa.state(id) {
            State::ByteRange { trans } => {
                first[usize::from(trans.start)..=usize::from(trans.end)].fill(true);
            }
            State::Sparse(sp) => {
                for t in sp.transitions.iter() {
                    first[usize::from(t.start)..=usize::from(t.end)].fill(true);
                }
            }
            State::Dense(d) => {
                for (b, next) in d.transitions.iter().enumerate() {
                    if *next != regex_automata::util::primitives::StateID::ZERO {
                        first[b] = true;
                    }
                }
            }
            State::Look { next, .. } | State::Capture { next, .. } => stack.push(*next),
            State::Union { alternates } => stack.extend(alternates.iter().copied()),
            State::BinaryUnion { alt1, alt2 } => stack.extend([*alt1, *alt2]),
            State::Fail => {}
            State::Match { .. } => return None,
        }
    }
    Some(first)
}

impl std::fmt::Debug for FrameRegex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FrameRegex")
            .field("lazy_dfa", &self.dfa.is_some())
            .finish_non_exhaustive()
    }
}

/// One match of a [`FrameRegex`] and its groups.
pub(crate) struct FrameCaptures<'h> {
    text: &'h str,
    caps: Captures,
}

/// A group of a [`FrameCaptures`]: its range in the searched text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Group<'h> {
    text: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Group<'h> {
    pub(crate) fn start(&self) -> usize {
        self.start
    }
    pub(crate) fn end(&self) -> usize {
        self.end
    }
    pub(crate) fn as_str(&self) -> &'h str {
        &self.text[self.start..self.end]
    }
}

impl<'h> FrameCaptures<'h> {
    /// Group `i` (0: the whole match), if it took part in the match.
    pub(crate) fn get(&self, i: usize) -> Option<Group<'h>> {
        self.caps.get_group(i).map(|s| Group {
            text: self.text,
            start: s.start,
            end: s.end,
        })
    }
    /// The group named `name`, if the pattern has it and it took part in the match.
    pub(crate) fn name(&self, name: &str) -> Option<Group<'h>> {
        self.caps.get_group_by_name(name).map(|s| Group {
            text: self.text,
            start: s.start,
            end: s.end,
        })
    }
}

/// The fewest ranges of a Unicode class that make a sub-expression holding it a piece
/// ([`with_placeholders`]): `\w`, `\d`, `\p{L}`, `\p{Lu}` and their negations have hundreds; a
/// case-insensitive letter (`[Ssſ]`) or `\s` a few.
const PIECE_CLASS_RANGES: usize = 16;

/// The byte that begins a placeholder: never in UTF-8, so in no frame pattern (the syntax refuses
/// a pattern that can match it).
const PLACEHOLDER: u8 = 0xFF;

/// A piece compiled once per thread: its expression, its NFA, the NFA's states reachable from the
/// piece's start (the state after the capture that opens group 0) in id order, and where each
/// of them goes in that list (`u32::MAX`: not reachable).
struct Piece {
    hir: Hir,
    nfa: thompson::NFA,
    entry: regex_automata::util::primitives::StateID,
    order: Vec<regex_automata::util::primitives::StateID>,
    index: Vec<u32>,
}

thread_local! {
    /// The pieces this thread has compiled ([`with_placeholders`]); a few dozen.
    static FRAME_PIECES: RefCell<Vec<std::rc::Rc<Piece>>> = const { RefCell::new(Vec::new()) };

    /// The NFA builder of [`build_spliced`], kept with its allocations between frames.
    static FRAME_BUILDER: RefCell<regex_automata::nfa::thompson::Builder> =
        RefCell::new(regex_automata::nfa::thompson::Builder::new());
}

/// Whether `h` holds a Unicode class of [`PIECE_CLASS_RANGES`] ranges or more.
fn has_large_class(h: &Hir) -> bool {
    match h.kind() {
        HirKind::Class(regex_syntax::hir::Class::Unicode(c)) => {
            c.ranges().len() >= PIECE_CLASS_RANGES
        }
        HirKind::Repetition(r) => has_large_class(&r.sub),
        HirKind::Capture(c) => has_large_class(&c.sub),
        HirKind::Concat(v) | HirKind::Alternation(v) => v.iter().any(has_large_class),
        _ => false,
    }
}

/// `h` with each largest sub-expression that has no capture group and holds a large Unicode
/// class (a "piece": the frames' slots, their apposition group, their auxiliaries, `\w*`) replaced
/// by a placeholder literal, [`PLACEHOLDER`] and the piece's number; `pieces` gets the pieces in
/// that order. `None` past 255 pieces.
fn with_placeholders<'h>(h: &'h Hir, pieces: &mut Vec<&'h Hir>) -> Option<Hir> {
    use regex_syntax::hir::{Capture, Repetition};
    if h.properties().explicit_captures_len() == 0 && has_large_class(h) {
        let k = u8::try_from(pieces.len()).ok()?;
        pieces.push(h);
        return Some(Hir::literal(vec![PLACEHOLDER, k]));
    }
    let mut all = |v: &'h [Hir]| -> Option<Vec<Hir>> {
        v.iter().map(|x| with_placeholders(x, pieces)).collect()
    };
    Some(match h.kind() {
        HirKind::Concat(v) => Hir::concat(all(v)?),
        HirKind::Alternation(v) => Hir::alternation(all(v)?),
        HirKind::Capture(c) => Hir::capture(Capture {
            index: c.index,
            name: c.name.clone(),
            sub: Box::new(with_placeholders(&c.sub, pieces)?),
        }),
        HirKind::Repetition(r) => Hir::repetition(Repetition {
            min: r.min,
            max: r.max,
            greedy: r.greedy,
            sub: Box::new(with_placeholders(&r.sub, pieces)?),
        }),
        _ => h.clone(),
    })
}

/// The thread's compiled piece for `h` (compiled now if new).
fn piece(c: &thompson::Compiler, h: &Hir) -> Result<std::rc::Rc<Piece>, String> {
    use regex_automata::nfa::thompson::State;
    if let Some(p) = FRAME_PIECES.with(|v| v.borrow().iter().find(|p| p.hir == *h).cloned()) {
        return Ok(p);
    }
    let nfa = c.build_from_hir(h).map_err(|e| e.to_string())?;
    let entry = match nfa.state(nfa.start_anchored()) {
        State::Capture { next, .. } => *next,
        _ => return Err("a piece's start is not its group".into()),
    };
    let mut seen = vec![false; nfa.states().len()];
    let mut stack = vec![entry];
    while let Some(id) = stack.pop() {
        if std::mem::replace(&mut seen[id.as_usize()], true) {
            continue;
        }
        match nfa.state(id) {
            State::ByteRange { trans } => stack.push(trans.next),
            State::Sparse(sp) => stack.extend(sp.transitions.iter().map(|t| t.next)),
            State::Look { next, .. } => stack.push(*next),
            State::Union { alternates } => stack.extend(alternates.iter().copied()),
            State::BinaryUnion { alt1, alt2 } => stack.extend([*alt1, *alt2]),
            // The end of group 0 (a piece has no other group): the piece ends there.
            State::Capture { group_index, .. } if group_index.as_usize() == 0 => {}
            State::Fail => {}
            _ => return Err("a piece has a state it cannot have".into()),
        }
    }
    let (mut order, mut index) = (Vec::new(), vec![u32::MAX; seen.len()]);
    for (i, _) in seen.iter().enumerate().filter(|(_, s)| **s) {
        index[i] = u32::try_from(order.len()).map_err(|e| e.to_string())?;
        order.push(regex_automata::util::primitives::StateID::new(i).map_err(|e| e.to_string())?);
    }
    let p = std::rc::Rc::new(Piece {
        hir: h.clone(),
        nfa,
        entry,
        order,
        index,
    });
    FRAME_PIECES.with(|v| v.borrow_mut().push(p.clone()));
    Ok(p)
}

/// The end (after its `]`) of the character class that opens at `b[i]` (`[`), nested classes and
/// escapes skipped; `None` if it does not close.
fn skip_class(b: &[u8], i: usize) -> Option<usize> {
    let mut j = i + 1;
    if b.get(j) == Some(&b'^') {
        j += 1;
    }
    // A `]` first in a class is a literal.
    if b.get(j) == Some(&b']') {
        j += 1;
    }
    while j < b.len() {
        match b[j] {
            b'\\' => j += 2,
            b'[' if b.get(j + 1) == Some(&b':') => {
                // An ASCII class `[:alpha:]`.
                j = j + 2 + b.get(j + 2..)?.windows(2).position(|w| w == b":]")? + 2;
            }
            b'[' => j = skip_class(b, j)?,
            b']' => return Some(j + 1),
            _ => j += 1,
        }
    }
    None
}

/// The end (after its `)`) of the group that opens at `b[i]` (`(`); `None` if it does not close.
fn skip_group(b: &[u8], i: usize) -> Option<usize> {
    let (mut depth, mut j) = (0usize, i);
    while j < b.len() {
        match b[j] {
            b'\\' => j += 2,
            b'[' => j = skip_class(b, j)?,
            b'(' => {
                depth += 1;
                j += 1;
            }
            b')' => {
                depth = depth.checked_sub(1)?;
                j += 1;
                if depth == 0 {
                    return Some(j);
                }
            }
            _ => j += 1,
        }
    }
    None
}

/// The top-level parts of `p`, in order: each group with the repetition operator after it (the
/// bool true) and the runs of text between groups. `None` when the parts are not a concatenation
/// read in one flag context: a top-level `|`, a flag group without `:` (`(?u)`, which changes
/// the flags of what follows), an `x` flag anywhere (comments may hold brackets), or brackets that
/// do not close.
fn top_level_parts(p: &str) -> Option<Vec<(Range<usize>, bool)>> {
    let b = p.as_bytes();
    for (i, _) in p.match_indices("(?") {
        let flags = b[i + 2..]
            .iter()
            .take_while(|c| c.is_ascii_alphabetic() || **c == b'-');
        if flags.clone().any(|c| *c == b'x') {
            return None;
        }
    }
    let (mut parts, mut run, mut i) = (Vec::new(), 0usize, 0usize);
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'[' => i = skip_class(b, i)?,
            b'|' | b')' => return None,
            b'(' => {
                let mut end = skip_group(b, i)?;
                let g = &b[i..end];
                if g.starts_with(b"(?")
                    && g[2..g.len() - 1]
                        .iter()
                        .all(|c| c.is_ascii_alphabetic() || *c == b'-')
                {
                    return None;
                }
                match b.get(end) {
                    Some(b'?' | b'*' | b'+') => end += 1,
                    Some(b'{') => end += 1 + b[end..].iter().position(|c| *c == b'}')?,
                    _ => {}
                }
                if end > i + g.len() && b.get(end) == Some(&b'?') {
                    end += 1;
                }
                if run < i {
                    parts.push((run..i, false));
                }
                parts.push((i..end, true));
                (run, i) = (end, end);
            }
            _ => i += 1,
        }
    }
    if run < b.len() {
        parts.push((run..b.len(), false));
    }
    Some(parts)
}

/// `h` with its capture groups numbered from `offset + 1` (it was parsed alone, its first group
/// numbered 1); their names added to `names`. `None` if a name is already there (the pattern
/// does not parse: two groups of one name).
fn renumber(h: &Hir, offset: u32, names: &mut Vec<Box<str>>) -> Option<Hir> {
    use regex_syntax::hir::{Capture, Repetition};
    if h.properties().explicit_captures_len() == 0 {
        return Some(h.clone());
    }
    let mut all =
        |v: &[Hir]| -> Option<Vec<Hir>> { v.iter().map(|x| renumber(x, offset, names)).collect() };
    Some(match h.kind() {
        HirKind::Concat(v) => Hir::concat(all(v)?),
        HirKind::Alternation(v) => Hir::alternation(all(v)?),
        HirKind::Capture(c) => {
            if let Some(n) = &c.name {
                if names.contains(n) {
                    return None;
                }
                names.push(n.clone());
            }
            Hir::capture(Capture {
                index: c.index + offset,
                name: c.name.clone(),
                sub: Box::new(renumber(&c.sub, offset, names)?),
            })
        }
        HirKind::Repetition(r) => Hir::repetition(Repetition {
            min: r.min,
            max: r.max,
            greedy: r.greedy,
            sub: Box::new(renumber(&r.sub, offset, names)?),
        }),
        _ => h.clone(),
    })
}

thread_local! {
    /// The groups of patterns parsed by [`parse_parts`] on this thread, by text, case-sensitive
    /// and case-insensitive (`(?i)` before them): the frames repeat their slots, apposition and
    /// auxiliaries in every pattern. Only groups that hold a large Unicode class are kept.
    static PARSED_GROUPS: RefCell<[HashMap<Box<str>, Hir>; 2]> = RefCell::new(Default::default());
}

/// `pattern` parsed as the regex crate parses it (regex-syntax with the default options, which
/// are regex-automata's `syntax::Config::new()`): the same syntax tree, with each top-level group
/// parsed once per thread. A pattern (less a leading `(?i)`) that is a concatenation of top-level
/// groups and runs of text between them ([`top_level_parts`]) is parsed part by part, each with the
/// leading `(?i)` if the pattern has it (the only flag that reaches a top-level part), the groups
/// from the thread's cache, their capture groups numbered after those of the parts before
/// ([`renumber`]), and the parts concatenated (`Hir::concat` flattens nested concatenations and
/// joins adjacent literals, as the parser's own concatenation does). Anything else, and any part
/// that does not parse, is parsed whole, so errors are the parser's own. Parsing was about 12 % of
/// the 10× bench run's instructions, most of it the frames' repeated groups (issue 13 item 4).
/// Test: `parsed_parts_are_the_parse`.
pub(crate) fn parse_parts(pattern: &str) -> Result<Hir, String> {
    let whole = || {
        regex_syntax::ParserBuilder::new()
            .build()
            .parse(pattern)
            .map_err(|e| e.to_string())
    };
    let (ci, rest) = match pattern.strip_prefix("(?i)") {
        Some(r) => (true, r),
        None => (false, pattern),
    };
    let Some(parts) = top_level_parts(rest).filter(|p| p.len() > 1) else {
        return whole();
    };
    let parse = |t: &str| -> Option<Hir> {
        let p = if ci {
            format!("(?i){t}")
        } else {
            t.to_string()
        };
        regex_syntax::ParserBuilder::new().build().parse(&p).ok()
    };
    let mut hirs = Vec::with_capacity(parts.len());
    let (mut groups, mut names) = (0u32, Vec::new());
    for (r, group) in parts {
        let t = &rest[r];
        let h = if group {
            let cached = PARSED_GROUPS.with(|c| c.borrow()[usize::from(ci)].get(t).cloned());
            match cached {
                Some(h) => h,
                None => {
                    let Some(h) = parse(t) else { return whole() };
                    // Only groups with a large class are kept: those are the frames' repeated
                    // groups and the costly parses; a frame's own words are parsed once anyway.
                    if has_large_class(&h) {
                        PARSED_GROUPS.with(|c| {
                            c.borrow_mut()[usize::from(ci)].insert(t.into(), h.clone());
                        });
                    }
                    h
                }
            }
        } else {
            let Some(h) = parse(t) else { return whole() };
            h
        };
        let n = u32::try_from(h.properties().explicit_captures_len()).map_err(|e| e.to_string())?;
        let Some(h) = renumber(&h, groups, &mut names) else {
            return whole();
        };
        groups += n;
        hirs.push(h);
    }
    Ok(Hir::concat(hirs))
}

/// Compiles `pattern` as [`thompson::Compiler::build`] does, but the pieces of it that frames
/// share (see [`with_placeholders`]) from the thread's compiled pieces: the Thompson construction
/// is compositional (a sub-expression compiles to the same states wherever it stands, entered at
/// its start and left at its end), so the pattern is compiled with a placeholder literal for each
/// piece, and each placeholder's first state is replaced by an empty transition into a copy of the
/// piece's states whose end leads where the placeholder led. Compiling the frames was 45 % of the
/// 10× bench run's instructions, mostly the same Unicode classes (`\w`, `\p{L}`, `\p{Lu}`,
/// `[^,;.]{1,80}`) in every frame's slots, apposition and auxiliaries (issue 13 item 4).
/// An error if a placeholder is not found as one state of its first byte followed by one of its
/// number (the caller then compiles the pattern whole).
fn build_spliced(c: &thompson::Compiler, pattern: &str) -> Result<thompson::NFA, String> {
    use regex_automata::nfa::thompson::{Builder, State};
    use regex_automata::util::primitives::StateID;
    let hir = parse_parts(pattern)?;
    let mut found: Vec<&Hir> = Vec::new();
    let shell = with_placeholders(&hir, &mut found).ok_or("too many pieces")?;
    let pieces: Vec<std::rc::Rc<Piece>> = found
        .iter()
        .map(|h| piece(c, h))
        .collect::<Result<_, _>>()?;
    let nfa = c.build_from_hir(&shell).map_err(|e| e.to_string())?;
    let id = |i: usize| StateID::new(i).map_err(|e| e.to_string());
    // Each placeholder's first state: (its id, the piece, where the placeholder led).
    let mut holes: Vec<(StateID, usize, StateID)> = Vec::new();
    let mut seen = vec![0usize; pieces.len()];
    // The state of each placeholder's number (left unreachable: made a fail state, so that its
    // byte does not split the NFA's byte classes, which would enlarge every lazy-DFA state).
    let mut numbers: Vec<StateID> = Vec::new();
    for (i, s) in nfa.states().iter().enumerate() {
        let covers = |r: std::ops::RangeInclusive<u8>| r.contains(&PLACEHOLDER);
        match s {
            State::ByteRange { trans }
                if trans.start == PLACEHOLDER && trans.end == PLACEHOLDER =>
            {
                let State::ByteRange { trans: k } = nfa.state(trans.next) else {
                    return Err("a placeholder without its number".into());
                };
                let n = usize::from(k.start);
                if k.start != k.end || n >= pieces.len() {
                    return Err("a placeholder with a wrong number".into());
                }
                seen[n] += 1;
                holes.push((id(i)?, n, k.next));
                numbers.push(trans.next);
            }
            // The unanchored prefix reads any byte; nothing else may read the placeholder's.
            State::ByteRange { trans }
                if covers(trans.start..=trans.end) && (trans.start, trans.end) != (0, 255) =>
            {
                return Err("a placeholder's byte is read elsewhere".into());
            }
            State::Sparse(sp) if sp.transitions.iter().any(|t| covers(t.start..=t.end)) => {
                return Err("a placeholder's byte is read elsewhere".into());
            }
            State::Dense(_) => return Err("a dense state".into()),
            _ => {}
        }
    }
    if seen.contains(&0) {
        return Err("a placeholder was not found".into());
    }
    // One builder per thread, cleared (keeping its allocations) for each frame, as the compiler
    // keeps its own.
    FRAME_BUILDER.with(|b| match b.try_borrow_mut() {
        Ok(mut b) => splice_into(&mut b, &nfa, &holes, &numbers, &pieces),
        Err(_) => splice_into(&mut Builder::new(), &nfa, &holes, &numbers, &pieces),
    })
}

/// The frame NFA `nfa` with each of `holes` (placeholder state, piece, where it led) replaced by
/// a copy of its piece and each of `numbers` by a fail state, built with `b` ([`build_spliced`]).
fn splice_into(
    b: &mut regex_automata::nfa::thompson::Builder,
    nfa: &thompson::NFA,
    holes: &[(
        regex_automata::util::primitives::StateID,
        usize,
        regex_automata::util::primitives::StateID,
    )],
    numbers: &[regex_automata::util::primitives::StateID],
    pieces: &[std::rc::Rc<Piece>],
) -> Result<thompson::NFA, String> {
    use regex_automata::nfa::thompson::{Builder, State};
    use regex_automata::util::primitives::{PatternID, StateID};
    let id = |i: usize| StateID::new(i).map_err(|e| e.to_string());
    b.clear();
    b.set_utf8(nfa.is_utf8());
    b.set_reverse(false);
    b.set_look_matcher(nfa.look_matcher().clone());
    b.set_size_limit(Some(FRAME_NFA_BYTES))
        .map_err(|e| e.to_string())?;
    b.start_pattern().map_err(|e| e.to_string())?;
    let pid = PatternID::ZERO;
    let err = |e: regex_automata::nfa::thompson::BuildError| e.to_string();
    // Where each hole's copy of its piece starts in the new NFA.
    let mut base = Vec::with_capacity(holes.len());
    let mut next_free = nfa.states().len();
    for (_, n, _) in holes {
        base.push(next_free);
        next_free += pieces[*n].order.len();
    }
    // A state of `from` added with its targets mapped by `map`; `end` for the end of group 0.
    let add = |b: &mut Builder,
               from: &thompson::NFA,
               s: &State,
               map: &dyn Fn(StateID) -> Result<StateID, String>,
               end: Option<StateID>|
     -> Result<StateID, String> {
        Ok(match s {
            State::ByteRange { trans } => {
                let mut t = *trans;
                t.next = map(t.next)?;
                b.add_range(t).map_err(err)?
            }
            State::Sparse(sp) => {
                let mut v = sp.transitions.to_vec();
                for t in &mut v {
                    t.next = map(t.next)?;
                }
                b.add_sparse(v).map_err(err)?
            }
            State::Look { look, next } => b.add_look(map(*next)?, *look).map_err(err)?,
            State::Union { alternates } => b
                .add_union(
                    alternates
                        .iter()
                        .map(|a| map(*a))
                        .collect::<Result<_, _>>()?,
                )
                .map_err(err)?,
            State::BinaryUnion { alt1, alt2 } => {
                b.add_union(vec![map(*alt1)?, map(*alt2)?]).map_err(err)?
            }
            State::Capture {
                next,
                group_index,
                slot,
                ..
            } => {
                let g = group_index.as_usize();
                if let (Some(end), 0) = (end, g) {
                    let e = b.add_empty().map_err(err)?;
                    b.patch(e, end).map_err(err)?;
                    e
                } else if slot.as_usize() == 2 * g {
                    let name = from.group_info().to_name(pid, g).map(std::sync::Arc::from);
                    b.add_capture_start(map(*next)?, group_index.as_u32(), name)
                        .map_err(err)?
                } else {
                    b.add_capture_end(map(*next)?, group_index.as_u32())
                        .map_err(err)?
                }
            }
            State::Fail => b.add_fail().map_err(err)?,
            State::Match { .. } => b.add_match().map_err(err)?,
            State::Dense(_) => return Err("a dense state".into()),
        })
    };
    let same = |s: StateID| Ok(s);
    let mut hole_at = holes.iter().map(|h| h.0).peekable();
    for (i, s) in nfa.states().iter().enumerate() {
        let got = if hole_at.peek() == Some(&id(i)?) {
            hole_at.next();
            b.add_empty().map_err(err)?
        } else if numbers.contains(&id(i)?) {
            b.add_fail().map_err(err)?
        } else {
            add(b, nfa, s, &same, None)?
        };
        if got.as_usize() != i {
            return Err("the builder numbered a state otherwise".into());
        }
    }
    for (h, (hole, n, cont)) in holes.iter().enumerate() {
        let p = &pieces[*n];
        let at = base[h];
        let map = |s: StateID| -> Result<StateID, String> {
            match p.index.get(s.as_usize()) {
                Some(&k) if k != u32::MAX => id(at + k as usize),
                _ => Err("a piece's state leads out of the piece".into()),
            }
        };
        for (k, s) in p.order.iter().enumerate() {
            let got = add(b, &p.nfa, p.nfa.state(*s), &map, Some(*cont))?;
            if got.as_usize() != at + k {
                return Err("the builder numbered a state otherwise".into());
            }
        }
        b.patch(*hole, map(p.entry)?).map_err(err)?;
    }
    b.finish_pattern(nfa.start_pattern(pid).ok_or("no pattern")?)
        .map_err(err)?;
    b.build(nfa.start_anchored(), nfa.start_unanchored())
        .map_err(err)
}

impl FrameRegex {
    /// Compiles `pattern` (already written with the boundaries it needs) as the regex crate would
    /// (Unicode, UTF-8, its default NFA size limit), with a lazy-DFA cache of
    /// [`FRAME_DFA_CACHE_BYTES`] per thread; the pieces frames share from the thread's compiled
    /// pieces ([`build_spliced`]; the whole pattern if that fails).
    pub(crate) fn new(pattern: &str) -> Result<Self, String> {
        let nfa = FRAME_COMPILER.with(|c| {
            build_spliced(c, pattern).or_else(|_| c.build(pattern).map_err(|e| e.to_string()))
        })?;
        let vm = PikeVM::new_from_nfa(nfa.clone()).map_err(|e| e.to_string())?;
        let bt = backtrack::BoundedBacktracker::builder()
            .configure(backtrack::Config::new().visited_capacity(FRAME_BT_VISITED_BYTES))
            .build_from_nfa(nfa.clone())
            .ok();
        // No lazy DFA (the PikeVM alone) if its minimum cache exceeds the capacity.
        let dfa = Self::lazy_dfa(&nfa, FRAME_DFA_CACHE_BYTES);
        let (first, second) = (first_bytes(&nfa), second_bytes(&nfa));
        Ok(FrameRegex {
            id: NEXT_FRAME_ID.fetch_add(1, Ordering::Relaxed),
            dfa,
            big: std::sync::OnceLock::new(),
            vm,
            bt,
            starts_id: start_table_id(&first, &second),
            first,
            second,
        })
    }

    /// The lazy DFA of `nfa` with a cache of `capacity` bytes (none if its minimum cache is
    /// larger: the PikeVM alone).
    fn lazy_dfa(nfa: &thompson::NFA, capacity: usize) -> Option<hybrid::dfa::DFA> {
        hybrid::dfa::Builder::new()
            .configure(
                hybrid::dfa::Config::new()
                    .cache_capacity(capacity)
                    .skip_cache_capacity_check(false),
            )
            .build_from_nfa(nfa.clone())
            .ok()
    }

    /// Every successive non-overlapping match in `text` with its groups, as
    /// `regex::Regex::captures_iter` gives them.
    pub(crate) fn captures_all<'h>(&self, text: &'h str) -> Vec<FrameCaptures<'h>> {
        let Some(dfa) = &self.dfa else {
            return self.captures_with(None, None, text);
        };
        FRAME_DFA_CACHES.with(|c| {
            // Never borrowed twice (a search calls no other frame's search); a fresh cache if it
            // were.
            let Ok(mut c) = c.try_borrow_mut() else {
                return self.captures_with(Some(dfa), Some(&mut dfa.create_cache()), text);
            };
            let c = &mut *c;
            let budget = frame_dfa_budget();
            // A frame given the larger cache on this thread keeps it (`big` set only once the
            // larger DFA exists).
            let big = if c.big.contains(&self.id) {
                self.big.get().and_then(Option::as_ref)
            } else {
                None
            };
            let fc = c.map.entry(self.id).or_insert_with(|| FrameCache {
                cache: big.unwrap_or(dfa).create_cache(),
                big: big.is_some(),
                bytes: 0,
                used: 0,
            });
            let out = match big.filter(|_| fc.big) {
                Some(big) => self.captures_with(Some(big), Some(&mut fc.cache), text),
                None => self.captures_with(Some(dfa), Some(&mut fc.cache), text),
            };
            // The 1 MiB cache was cleared: the states this frame needs on this thread's texts do
            // not fit, and would be built again after each clear. The larger cache from now on,
            // if the thread has one left to give.
            if !fc.big && fc.cache.clear_count() > 0 && c.big.len() < FRAME_BIG_CACHES {
                let big = self
                    .big
                    .get_or_init(|| Self::lazy_dfa(dfa.get_nfa(), FRAME_BIG_DFA_CACHE_BYTES));
                if let Some(big) = big {
                    fc.cache = big.create_cache();
                    fc.big = true;
                    c.big.push(self.id);
                }
            }
            c.account(self.id, budget);
            out
        })
    }

    /// [`FrameRegex::captures_all`] with a lazy DFA and its cache (none: the PikeVM alone).
    fn captures_with<'h>(
        &self,
        dfa: Option<&hybrid::dfa::DFA>,
        mut cache: Option<&mut hybrid::dfa::Cache>,
        text: &'h str,
    ) -> Vec<FrameCaptures<'h>> {
        let mut out = Vec::new();
        let mut it = Searcher::new(Input::new(text));
        loop {
            // No slots until a match is read ([`FrameRegex::vm_search`] makes them): most
            // searches find none, and the slots (one allocation) were made for each.
            let mut caps = Captures::empty(self.vm.get_nfa().group_info().clone());
            let found = it.advance(|input| {
                self.search(dfa, cache.as_deref_mut(), input, &mut caps);
                Ok(caps.get_match())
            });
            if found.is_none() {
                break;
            }
            out.push(FrameCaptures { text, caps });
        }
        out
    }

    /// The leftmost-first match of `input` with its groups, in `caps`.
    fn search(
        &self,
        dfa: Option<&hybrid::dfa::DFA>,
        cache: Option<&mut hybrid::dfa::Cache>,
        input: &Input<'_>,
        caps: &mut Captures,
    ) {
        if let (Some(dfa), Some(dc)) = (dfa, cache) {
            if let Some(first) = &self.first {
                if self.search_anchored(dfa, dc, first, input, caps) {
                    return;
                }
                // The lazy DFA gave up: the PikeVM reads the whole input.
                self.vm_search(input, caps);
                return;
            }
            match dfa.try_search_fwd(dc, input) {
                Ok(None) => {
                    caps.set_pattern(None);
                    return;
                }
                Ok(Some(end)) => {
                    let upto = input.clone().range(input.start()..end.offset());
                    self.vm_search(&upto, caps);
                    if caps.is_match() {
                        return;
                    }
                }
                // The lazy DFA gave up: the PikeVM reads the whole input.
                Err(_) => {}
            }
        }
        self.vm_search(input, caps);
    }

    /// The leftmost-first match of `input` (into `caps`; none: no match), found by running the
    /// lazy DFA anchored at each position of the input's span whose byte can begin a match, from
    /// the left: a non-empty match must begin with one of `first`, and the leftmost-first match is
    /// the first match by preference order from the leftmost position where one begins. The
    /// PikeVM then reads the groups, anchored there, on the text up to the match's end. Returns
    /// false (and `caps` is not to be read) if the lazy DFA gave up.
    ///
    /// An unanchored lazy DFA follows every start position at once: each state is a set of NFA
    /// states from different starts, and the frames' bounded repetitions (`[^,;.]{1,80}` in the
    /// apposition group) make nearly every sentence build new ones; run from one start, the
    /// states it builds recur from sentence to sentence.
    fn search_anchored(
        &self,
        dfa: &hybrid::dfa::DFA,
        dc: &mut hybrid::dfa::Cache,
        first: &[bool; 256],
        input: &Input<'_>,
        caps: &mut Captures,
    ) -> bool {
        let hay = input.haystack();
        let end = input.end();
        // Run the lazy DFA at `p`: Some(true) a match (read into `caps`), Some(false) it gave up.
        let mut run = |p: usize, caps: &mut Captures| {
            let at = input.clone().span(p..end).anchored(Anchored::Yes);
            match dfa.try_search_fwd(dc, &at) {
                Ok(None) => None,
                Ok(Some(m)) => {
                    self.vm_search(&at.span(p..m.offset()), caps);
                    Some(caps.is_match())
                }
                Err(_) => Some(false),
            }
        };
        // The positions of the whole text where a match can begin, shared by the frames with the
        // same first and second bytes (a search of the whole text: where the iteration of
        // `captures_all` begins each search, to its end).
        if end == hay.len() && self.starts_id != usize::MAX && u32::try_from(end).is_ok() {
            let found = FRAME_STARTS.with(|c| {
                let Ok(mut c) = c.try_borrow_mut() else {
                    return None;
                };
                if c.len() <= self.starts_id {
                    c.resize_with(self.starts_id + 1, Default::default);
                }
                let (text, at) = &mut c[self.starts_id];
                // The text is compared byte for byte: the positions are those of these bytes.
                if text.as_slice() != hay {
                    text.clear();
                    text.extend_from_slice(hay);
                    at.clear();
                    at.extend(
                        (0..end)
                            .filter(|&p| self.can_start(first, hay, p, end))
                            .map(|p| p as u32),
                    );
                }
                let from = at.partition_point(|&p| (p as usize) < input.start());
                // (`run` reads no other frame's positions.)
                for &p in &at[from..] {
                    if let Some(found) = run(p as usize, caps) {
                        return Some(found);
                    }
                }
                caps.set_pattern(None);
                Some(true)
            });
            if let Some(found) = found {
                return found;
            }
        }
        for p in input.start()..end {
            if !self.can_start(first, hay, p, end) {
                continue;
            }
            if let Some(found) = run(p, caps) {
                return found;
            }
        }
        caps.set_pattern(None);
        true
    }

    /// Whether a match of `hay[..end]` can begin at `p`: its byte is one of `first`, and the next
    /// byte can follow it in a match (or there is none, and a match can be that byte alone).
    #[inline]
    fn can_start(&self, first: &[bool; 256], hay: &[u8], p: usize, end: usize) -> bool {
        let b = hay[p];
        if !first[usize::from(b)] {
            return false;
        }
        let Some(sb) = &self.second else {
            return true;
        };
        match hay.get(p + 1).filter(|_| p + 1 < end) {
            Some(&b1) => has_bit(&sb.follow[usize::from(b)], b1),
            None => has_bit(&sb.ends, b),
        }
    }

    /// The leftmost-first match of `input` with its groups: the backtracker's ([`FrameRegex::bt`],
    /// with the thread's backtracker cache) when the span fits its visited set, else the
    /// PikeVM's (with the thread's PikeVM cache).
    fn vm_search(&self, input: &Input<'_>, caps: &mut Captures) {
        if caps.slots().len() != caps.group_info().slot_len() {
            *caps = self.vm.create_captures();
        }
        if let Some(bt) = &self.bt {
            // A span too long for the visited set: the PikeVM.
            if input.get_span().len() < bt.max_haystack_len() {
                let done = FRAME_BT_CACHE.with(|c| {
                    // Never borrowed twice (a search calls no other search).
                    let Ok(mut c) = c.try_borrow_mut() else {
                        return false;
                    };
                    let (id, cache) = &mut *c;
                    let cache = match cache {
                        Some(cache) => {
                            if *id != self.id {
                                cache.reset(bt);
                            }
                            cache
                        }
                        None => cache.insert(bt.create_cache()),
                    };
                    *id = self.id;
                    bt.try_search(cache, input, caps).is_ok()
                });
                if done {
                    return;
                }
            }
        }
        FRAME_VM_CACHE.with(|c| {
            // Never borrowed twice (a search calls no other search); a fresh cache if it were.
            let Ok(mut c) = c.try_borrow_mut() else {
                self.vm.search(&mut self.vm.create_cache(), input, caps);
                return;
            };
            let (id, cache) = &mut *c;
            let cache = match cache {
                Some(cache) => {
                    if *id != self.id {
                        cache.reset(&self.vm);
                    }
                    cache
                }
                None => cache.insert(self.vm.create_cache()),
            };
            *id = self.id;
            self.vm.search(cache, input, caps);
        });
    }
}

/// Every third character of `s` upper-cased, shifted by `round`: generated test text in mixed case
/// (the rx and gate tests).
#[cfg(test)]
pub(crate) fn mixed_case(s: &str, round: usize) -> String {
    s.chars()
        .enumerate()
        .map(|(k, c)| {
            if (k + round) % 3 == 0 {
                c.to_ascii_uppercase()
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries_outside_classes_become_ascii() {
        assert_eq!(ascii_boundaries(r"\bx\b"), r"(?-u:\b)x(?-u:\b)");
        assert_eq!(ascii_boundaries(r"[\b]\\b"), r"[\b]\\b");
        assert_eq!(ascii_boundaries(r"\d\w\s"), r"\d\w\s");
        let r = regex(r"(?i)\brecogni[sz]e\b").unwrap_or_else(|e| panic!("{e}"));
        assert!(r.is_match("Kosovo’s bid: Japan will RECOGNISE it"));
        assert!(!r.is_match("unrecognised"));
    }

    /// Everything the crate uses of a regex, as comparable values.
    fn answers(
        is_match: bool,
        find: Option<(usize, usize)>,
        find_at: Vec<Option<(usize, usize)>>,
        all: Vec<(usize, usize)>,
        caps: Option<Vec<Option<(usize, usize)>>>,
        caps_all: Vec<Vec<Option<(usize, usize)>>>,
        replaced: String,
    ) -> String {
        format!("{is_match:?} {find:?} {find_at:?} {all:?} {caps:?} {caps_all:?} {replaced:?}")
    }

    /// Every method's answer, for `Rx` and `regex::Regex` alike (the same method names).
    macro_rules! all_answers {
        ($r:expr, $t:expr) => {{
            let (r, t) = ($r, $t);
            let span = |m: regex::Match<'_>| (m.start(), m.end());
            let groups = |c: regex::Captures<'_>| c.iter().map(|m| m.map(span)).collect::<Vec<_>>();
            answers(
                r.is_match(t),
                r.find(t).map(span),
                (0..=t.len())
                    .step_by(7)
                    .map(|k| r.find_at(t, k).map(span))
                    .collect(),
                r.find_iter(t).map(span).collect(),
                r.captures(t).map(groups),
                r.captures_iter(t).map(groups).collect(),
                r.replace_all(t, "[$0]").into_owned(),
            )
        }};
    }

    fn rx_answers(r: &Rx, t: &str) -> String {
        all_answers!(r, t)
    }

    fn regex_answers(r: &Regex, t: &str) -> String {
        all_answers!(r, t)
    }

    /// The prefilter's literals on small patterns: case variants from the extractor (the Kelvin
    /// sign is a `k` under `(?i)`), cut to the longest length with at most 64 of them; none when a
    /// pattern has no required literal.
    #[test]
    fn prefilter_literals_of_small_patterns() {
        let lits = |p: &str| {
            let h = regex_syntax::ParserBuilder::new()
                .build()
                .parse(p)
                .unwrap_or_else(|e| panic!("{e}"));
            prefilter_literals(&h).map(|v| {
                v.into_iter()
                    .map(|l| String::from_utf8_lossy(&l).into_owned())
                    .collect::<Vec<_>>()
            })
        };
        assert_eq!(lits(r"\bsevered\s+ties"), Some(vec!["severed".to_string()]));
        assert_eq!(
            lits(r"(?:has|was)\s+\w+"),
            Some(vec!["has".to_string(), "was".to_string()])
        );
        assert_eq!(
            lits(r"(?:is|was)\s+\w+"),
            None,
            "two-byte literals are no prefilter"
        );
        assert_eq!(lits(r"\w+\s+\d"), None);
        assert_eq!(
            lits(r"(?:a|bc)\w"),
            None,
            "a one-byte literal is no prefilter"
        );
        let k = lits(r"(?i)kos").unwrap_or_default();
        assert!(k.iter().any(|l| l.starts_with('\u{212A}')), "{k:?}");
        let r = Rx::new(r"(?i)kosovo").unwrap_or_else(|e| panic!("{e}"));
        assert!(r.pre.is_some());
        assert!(r.re.is_match("recognised \u{212A}OSOVO today"));
        assert!(r.is_match("recognised \u{212A}OSOVO today"));
        assert!(!r.is_match("recognised Serbia today"));
    }

    /// Every pattern the crate compiles with [`regex`] gives, with its prefilter, what the plain
    /// regex gives, on every method the crate uses: on each line and sentence of the held-out
    /// documents and of the seeds (when `../shared` is readable), which the pipeline reads first
    /// (so that every rule's pattern is compiled), and on text generated from each pattern (so
    /// that it matches), in mixed case, alone and inside a sentence.
    /// Every line of the held-out documents and the seeds as cleaned, and its parts between
    /// ". ", as the crate reads them (the crate's regexes are compiled on the way).
    fn heldout_texts() -> Vec<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut docs: Vec<(String, Vec<u8>)> = Vec::new();
        for d in [
            dir.join("tests/data/heldout/docs"),
            dir.join("../../../shared/seeds"),
        ] {
            let Ok(rd) = std::fs::read_dir(&d) else {
                eprintln!("skipping {}: not readable", d.display());
                continue;
            };
            for e in rd.flatten() {
                let p = e.path();
                if p.extension()
                    .is_some_and(|x| x == "txt" || x == "html" || x == "md")
                {
                    if let Ok(b) = std::fs::read(&p) {
                        docs.push((p.display().to_string(), b));
                    }
                }
            }
        }
        assert!(docs.len() > 50, "{} documents", docs.len());
        let refs: Vec<(&str, &[u8])> = docs
            .iter()
            .map(|(n, b)| (n.as_str(), b.as_slice()))
            .collect();
        let report = crate::ingest(
            &refs,
            &crate::rules::fixture::gazetteer(),
            &crate::Options::default(),
        );
        let mut texts: Vec<String> = Vec::new();
        for d in &report.documents {
            for line in d.cleaned.lines() {
                texts.push(line.to_string());
                texts.extend(line.split(". ").map(str::to_string));
            }
        }
        texts.sort();
        texts.dedup();
        texts
    }

    #[test]
    fn scoped_prefilters_are_the_prefilters() {
        let texts = heldout_texts();
        let patterns: Vec<String> = {
            let mut v = COMPILED.lock().map(|v| v.clone()).unwrap_or_default();
            v.sort();
            v.dedup();
            v
        };
        let rxs: Vec<Rx> = patterns
            .iter()
            .map(|p| Rx::new(p).unwrap_or_else(|e| panic!("{p}: {e}")))
            .collect();
        let covered = combine_all_on_this_thread();
        assert!(rxs.iter().all(|r| r.id.is_none_or(|id| id < covered)));
        let (mut absent, mut whole, mut unknown) = (0usize, 0usize, 0usize);
        for t in &texts {
            let scope = Scope::enter(t);
            // The text, parts of it, a part past its end and a copy of it elsewhere.
            let cut = |i: usize| (0..=i.min(t.len())).rev().find(|&j| t.is_char_boundary(j));
            let (a, b) = (
                cut(t.len() / 3).unwrap_or(0),
                cut(2 * t.len() / 3).unwrap_or(0),
            );
            let copy = format!("{t} ");
            let parts = [&t[..], &t[a..], &t[..b], &t[a..b], &copy[..t.len()]];
            for r in &rxs {
                for part in parts {
                    for start in [0, part.len() / 2] {
                        if !part.is_char_boundary(start) {
                            continue;
                        }
                        assert_eq!(
                            r.may_match(part, start),
                            r.may_match_unscoped(part, start),
                            "{} on {part:?} from {start}",
                            r.as_str()
                        );
                    }
                    if let Some(id) = r.id {
                        match scoped(id, part.as_bytes()) {
                            Scoped::Absent => absent += 1,
                            Scoped::Whole => whole += 1,
                            Scoped::Unknown => unknown += 1,
                        }
                    }
                }
            }
            drop(scope);
            // Out of the scope, nothing is known of the text.
            for r in rxs.iter().filter_map(|r| r.id) {
                assert!(matches!(scoped(r, t.as_bytes()), Scoped::Unknown));
            }
        }
        eprintln!("{absent} absent, {whole} whole, {unknown} unknown");
        // Not vacuous: the scope answers searches both ways (the copy, a fifth of the parts, is
        // always unknown, as are the parts of a text that has a literal).
        assert!(
            absent > unknown && whole > 1000,
            "{absent} {whole} {unknown}"
        );
    }

    #[test]
    fn prefiltered_regexes_agree_with_the_regex_crate() {
        use proptest::strategy::{Strategy, ValueTree};
        use proptest::test_runner::TestRunner;
        let texts = heldout_texts();
        let patterns: Vec<String> = {
            let mut v = COMPILED.lock().map(|v| v.clone()).unwrap_or_default();
            v.sort();
            v.dedup();
            v
        };
        assert!(patterns.len() > 100, "{} patterns", patterns.len());
        let mut runner = TestRunner::deterministic();
        let (mut filtered, mut matched, mut rejected) = (0, 0, 0);
        for p in &patterns {
            let ours = Rx::new(p).unwrap_or_else(|e| panic!("{p}: {e}"));
            let theirs = Regex::new(p).unwrap_or_else(|e| panic!("{p}: {e}"));
            filtered += usize::from(ours.pre.is_some());
            let mut cases: Vec<String> = texts.clone();
            let plain = p
                .strip_prefix("(?i)")
                .unwrap_or(p)
                .replace(r"(?-u:\b)", "")
                .replace(r"\b", "");
            if let Ok(strategy) = proptest::string::string_regex(&plain) {
                for round in 0..20 {
                    let s = strategy
                        .new_tree(&mut runner)
                        .unwrap_or_else(|e| panic!("{e}"))
                        .current();
                    let mixed = mixed_case(&s, round);
                    cases.push(format!("Yesterday {mixed} and then, it said, {s}."));
                    cases.push(mixed);
                }
            }
            for t in &cases {
                let a = rx_answers(&ours, t);
                let b = regex_answers(&theirs, t);
                assert_eq!(a, b, "{p} on {t:?}");
                matched += usize::from(theirs.is_match(t));
                rejected += usize::from(!ours.may_match(t, 0));
            }
        }
        eprintln!(
            "{} patterns, {filtered} with a prefilter; {matched} matches, {rejected} texts rejected",
            patterns.len()
        );
        // Not vacuous: most patterns have a prefilter, it rejects texts, and texts match.
        assert!(
            filtered * 2 > patterns.len(),
            "{filtered} of {}",
            patterns.len()
        );
        assert!(matched > 1000 && rejected > 50_000, "{matched} {rejected}");
    }

    /// The bytes a frame match can start with: the letters of a literal start in both cases
    /// ("(?i)the" also the Kelvin sign's first byte for a `k`, none here), an optional part's
    /// and what follows it, every byte of a class; a pattern that matches the empty string has
    /// none (it is searched unanchored).
    #[test]
    fn first_bytes_of_small_patterns() {
        let set = |p: &str| -> Option<Vec<u8>> {
            let nfa = thompson::NFA::new(p).unwrap_or_else(|e| panic!("{p}: {e}"));
            first_bytes(&nfa).map(|f| (0u8..=255).filter(|&b| f[usize::from(b)]).collect())
        };
        assert_eq!(set("(?i)the"), Some(b"Tt".to_vec()));
        assert_eq!(set(r"(?:the\s+)?\x{E000}\d+"), Some(vec![b't', 0xEE]));
        assert_eq!(set(r"(?-u:\b)ab|c"), Some(b"ac".to_vec()));
        assert_eq!(set("[a-c]x"), Some(b"abc".to_vec()));
        assert_eq!(set("x*"), None);
        assert_eq!(set("(?:ab)?"), None);
        // Every match of a frame begins with one of its first bytes (the frames' own check is
        // `frame_matches_are_the_regex_crates`, through the anchored search).
        for f in &crate::frames::table().frames {
            let nfa = FRAME_COMPILER
                .with(|c| c.build(f.pattern()).map_err(|e| e.to_string()))
                .unwrap_or_else(|e| panic!("{e}"));
            assert!(
                first_bytes(&nfa).is_some(),
                "{} can match nothing",
                f.pattern()
            );
        }
    }

    /// The second bytes of small patterns, written out by hand: after the first byte, the bytes
    /// the pattern's next piece can begin with (every case of a letter under `(?i)`, the bytes of
    /// `\s` and of the token's first byte, 0xEE 0x80 for U+E000), and which first bytes can be a
    /// whole match; and, on every frame, that no first byte lacks its followers.
    #[test]
    fn second_bytes_of_small_patterns() {
        let follow = |p: &str, b0: u8| -> (Vec<u8>, bool) {
            let nfa = thompson::NFA::new(p).unwrap_or_else(|e| panic!("{p}: {e}"));
            let sb = second_bytes(&nfa).unwrap_or_else(|| panic!("{p}: empty match"));
            (
                (0u8..=255)
                    .filter(|&b| has_bit(&sb.follow[usize::from(b0)], b))
                    .collect(),
                has_bit(&sb.ends, b0),
            )
        };
        assert_eq!(follow("(?i)the", b't'), (b"Hh".to_vec(), false));
        assert_eq!(follow("(?i)the", b'x'), (Vec::new(), false));
        let (after_t, _) = follow(r"(?:the\s+)?\x{E000}\d+", b't');
        assert_eq!(after_t, b"h".to_vec());
        assert_eq!(follow(r"(?:the\s+)?\x{E000}\d+", 0xEE), (vec![0x80], false));
        assert_eq!(follow("a|ab", b'a'), (b"b".to_vec(), true));
        assert_eq!(follow(r"x(?-u:\b)y", b'x'), (b"y".to_vec(), false));
        assert_eq!(follow("[a-c]", b'b'), (Vec::new(), true));
        assert!(second_bytes(&thompson::NFA::new("x*").unwrap()).is_none());
        for f in &crate::frames::table().frames {
            let nfa = FRAME_COMPILER
                .with(|c| c.build(f.pattern()).map_err(|e| e.to_string()))
                .unwrap_or_else(|e| panic!("{e}"));
            let (first, sb) = (first_bytes(&nfa), second_bytes(&nfa));
            let (Some(first), Some(sb)) = (first, sb) else {
                panic!("{}: no first bytes", f.pattern());
            };
            for b in 0..=255u8 {
                let any = sb.follow[usize::from(b)].iter().any(|w| *w != 0) || has_bit(&sb.ends, b);
                assert_eq!(any, first[usize::from(b)], "{}: byte {b}", f.pattern());
            }
        }
    }

    /// Every frame is compiled from pieces (no frame falls back to the whole compile), and its
    /// NFA has the whole compile's states that decide between paths and mark groups (as many
    /// reachable look-around, union and capture states) and the same bytes that can begin a
    /// match; the matches themselves: `frame_matches_are_the_regex_crates`, which compiles the
    /// frames this way. The byte states may differ: the compiler of a Unicode class merges equal
    /// suffixes through a bounded cache keyed by state ids, so a class's automaton can have a
    /// few more or fewer states depending on where it is built, for the same set of byte strings
    /// (a class's automaton has no union, so no preference between its paths). Also on small
    /// patterns with a piece inside a repetition and pieces side by side.
    #[test]
    fn spliced_frames_are_the_whole_compile() {
        use regex_automata::nfa::thompson::State;
        fn shape(nfa: &thompson::NFA) -> [usize; 5] {
            let mut seen = vec![false; nfa.states().len()];
            let mut stack = vec![nfa.start_unanchored()];
            let mut kinds = [0usize; 7];
            while let Some(id) = stack.pop() {
                if std::mem::replace(&mut seen[id.as_usize()], true) {
                    continue;
                }
                let k = match nfa.state(id) {
                    State::ByteRange { trans } => {
                        stack.push(trans.next);
                        0
                    }
                    State::Sparse(sp) => {
                        stack.extend(sp.transitions.iter().map(|t| t.next));
                        1
                    }
                    State::Look { next, .. } => {
                        stack.push(*next);
                        2
                    }
                    State::Union { alternates } => {
                        stack.extend(alternates.iter().copied());
                        3
                    }
                    State::BinaryUnion { alt1, alt2 } => {
                        stack.extend([*alt1, *alt2]);
                        4
                    }
                    State::Capture { next, .. } => {
                        stack.push(*next);
                        5
                    }
                    _ => 6,
                };
                kinds[k] += 1;
            }
            [kinds[2], kinds[3], kinds[4], kinds[5], kinds[6]]
        }
        let mut patterns: Vec<String> = crate::frames::table()
            .frames
            .iter()
            .map(|f| f.pattern().to_string())
            .collect();
        patterns.extend(
            [
                r"(?i)(?P<a>x)(?:\w+\s+(?P<b>y)){1,3}\d",
                r"\w+\p{Lu}(?P<c>\d)\w*",
                r"(?i)(?:a|\w+)(?P<d>b)",
            ]
            .map(str::to_string),
        );
        let mut spliced = 0;
        for p in &patterns {
            let (a, b) = FRAME_COMPILER.with(|c| {
                (
                    build_spliced(c, p).unwrap_or_else(|e| panic!("{p}: {e}")),
                    c.build(p).unwrap_or_else(|e| panic!("{p}: {e}")),
                )
            });
            assert_eq!(shape(&a), shape(&b), "{p}");
            // The same byte classes (the placeholders' bytes split none): lazy-DFA states of the
            // same size.
            assert_eq!(
                a.byte_classes().alphabet_len(),
                b.byte_classes().alphabet_len(),
                "{p}"
            );
            assert_eq!(
                first_bytes(&a).map(|f| f.to_vec()),
                first_bytes(&b).map(|f| f.to_vec()),
                "{p}"
            );
            assert_eq!(
                a.group_info().all_names().collect::<Vec<_>>(),
                b.group_info().all_names().collect::<Vec<_>>()
            );
            let mut found = Vec::new();
            let hir = regex_automata::util::syntax::parse_with(
                p,
                &regex_automata::util::syntax::Config::new(),
            )
            .unwrap_or_else(|e| panic!("{e}"));
            with_placeholders(&hir, &mut found);
            spliced += usize::from(!found.is_empty());
        }
        // Not vacuous: the frames have pieces.
        assert!(
            spliced * 10 > patterns.len() * 9,
            "{spliced} of {}",
            patterns.len()
        );
    }

    /// A pattern parsed part by part is the pattern parsed whole: every frame pattern (with its
    /// `(?i)`, as compiled, and without it, as the gate reads it), every other pattern the crate
    /// compiles, and patterns with brackets in classes and escapes, repetitions of groups, groups
    /// side by side; those that cannot be split (a top-level `|`, a flag group) or do not parse
    /// (two groups of one name) give the parser's own answer.
    #[test]
    fn parsed_parts_are_the_parse() {
        let whole = |p: &str| {
            regex_syntax::ParserBuilder::new()
                .build()
                .parse(p)
                .map_err(|e| e.to_string())
        };
        let mut patterns: Vec<String> = Vec::new();
        for f in &crate::frames::table().frames {
            let p = f.pattern();
            patterns.push(p.to_string());
            patterns.push(p.strip_prefix("(?i)").unwrap_or(p).to_string());
        }
        patterns.extend(COMPILED.lock().map(|v| v.clone()).unwrap_or_default());
        let mut split = 0;
        for p in [
            r"(?i)a[()\]](?P<x>b\(c)+?x(?:[[:alpha:]()]|d){1,3}?(e)[^)]*",
            r"(?i)(a)(?P<n>b)(c)d(?P<m>e)",
            r"(a)|(b)",
            r"(a)(?i)b(c)",
            r"(?P<n>a)x(?P<n>b)",
            r"(?i)(?x: a # ( )\n)(b)",
            r"(?i)(?:ab)(?-i:\p{Lu}\w+){2}\s+\x{E000}(?:c|\d)?",
        ] {
            patterns.push(p.to_string());
        }
        for p in &patterns {
            assert_eq!(parse_parts(p), whole(p), "{p}");
            split += usize::from(
                top_level_parts(p.strip_prefix("(?i)").unwrap_or(p)).is_some_and(|v| v.len() > 1),
            );
        }
        // Not vacuous: most patterns are split, and a second parse reads the cache.
        assert!(split * 2 > patterns.len(), "{split} of {}", patterns.len());
        for p in &patterns {
            assert_eq!(parse_parts(p), whole(p), "{p}");
        }
        assert!(PARSED_GROUPS.with(|c| c.borrow().iter().map(HashMap::len).sum::<usize>()) > 3);
        assert!(parse_parts(r"(?P<n>a)x(?P<n>b)").is_err());
    }

    /// The frames' matcher finds what `regex::Regex::captures_iter` finds, every group's range
    /// included: on text generated from each frame's own pattern (so that it matches), twice in a
    /// sentence with words around, and on text without a match.
    #[test]
    fn frame_matches_are_the_regex_crates() {
        use proptest::strategy::{Strategy, ValueTree};
        use proptest::test_runner::TestRunner;
        let t = crate::frames::table();
        let mut runner = TestRunner::deterministic();
        let (mut compared, mut matched) = (0, 0);
        for f in &t.frames {
            let p = f.pattern();
            let ours = FrameRegex::new(p).unwrap_or_else(|e| panic!("{p}: {e}"));
            let theirs = Regex::new(p).unwrap_or_else(|e| panic!("{p}: {e}"));
            let plain = p.strip_prefix("(?i)").unwrap_or(p).replace(r"(?-u:\b)", "");
            let Ok(strategy) = proptest::string::string_regex(&plain) else {
                continue;
            };
            for _ in 0..10 {
                let s = strategy
                    .new_tree(&mut runner)
                    .unwrap_or_else(|e| panic!("{e}"))
                    .current();
                for text in [
                    format!("Yesterday {s} and then, it said, {s}."),
                    s.clone(),
                    "Nothing here matches.".to_string(),
                ] {
                    let a: Vec<Vec<Option<(usize, usize)>>> = ours
                        .captures_all(&text)
                        .iter()
                        .map(|c| {
                            (0..c.caps.group_len())
                                .map(|g| c.get(g).map(|m| (m.start(), m.end())))
                                .collect()
                        })
                        .collect();
                    let b: Vec<Vec<Option<(usize, usize)>>> = theirs
                        .captures_iter(&text)
                        .map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
                        .collect();
                    assert_eq!(a, b, "{p} on {text:?}");
                    compared += 1;
                    matched += usize::from(!b.is_empty());
                }
            }
        }
        assert!(
            compared > 500 && matched * 3 > compared,
            "{compared} {matched}"
        );
    }

    /// Every match with its groups' ranges, as `FrameRegex::captures_all` gives them.
    fn frame_groups(r: &FrameRegex, text: &str) -> Vec<Vec<Option<(usize, usize)>>> {
        r.captures_all(text)
            .iter()
            .map(|c| {
                (0..c.caps.group_len())
                    .map(|g| c.get(g).map(|m| (m.start(), m.end())))
                    .collect()
            })
            .collect()
    }

    /// The same, as `regex::Regex::captures_iter` gives them.
    fn regex_groups(r: &Regex, text: &str) -> Vec<Vec<Option<(usize, usize)>>> {
        r.captures_iter(text)
            .map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
            .collect()
    }

    /// A frame whose 1 MiB lazy-DFA cache is cleared takes the larger cache on this thread, and
    /// its matches stay the regex crate's before and after. Run anchored at an "a", the pattern's
    /// DFA tracks where the "a"s of the last sixteen letters are (up to 2^16 states): random
    /// texts of "a" and "b" fill the 1 MiB cache.
    #[test]
    fn a_frame_whose_cache_is_cleared_takes_the_larger_one() {
        use proptest::strategy::{Strategy, ValueTree};
        use proptest::test_runner::TestRunner;
        // Run on a thread of its own: the grant count and the caches are the thread's.
        std::thread::spawn(|| {
            let p = r"(?P<x>a[ab]*a)(?P<y>[ab]{15})c";
            let ours = FrameRegex::new(p).unwrap();
            let theirs = Regex::new(p).unwrap();
            let mut runner = TestRunner::deterministic();
            let texts = proptest::string::string_regex("[ab]{200}c").unwrap();
            let is_big =
                |id: u64| FRAME_DFA_CACHES.with(|c| c.borrow().map.get(&id).map(|f| f.big));
            let (mut before, mut after) = (0, 0);
            for _ in 0..400 {
                let t = texts.new_tree(&mut runner).unwrap().current();
                let big = is_big(ours.id) == Some(true);
                assert_eq!(frame_groups(&ours, &t), regex_groups(&theirs, &t), "{t}");
                if big {
                    after += 1;
                } else {
                    before += 1;
                }
            }
            assert_eq!(
                is_big(ours.id),
                Some(true),
                "the small cache was never cleared"
            );
            assert!(before > 0 && after > 0, "{before} {after}");
            assert_eq!(FRAME_DFA_CACHES.with(|c| c.borrow().big.len()), 1);
            release_thread_caches();
            assert_eq!(FRAME_DFA_CACHES.with(|c| c.borrow().big.len()), 0);
        })
        .join()
        .unwrap();
    }

    /// The frames' lazy-DFA caches of a thread stay within the thread's budget: after every
    /// search they hold at most the budget, or only the cache of the frame just searched (a cache
    /// is bounded by its own capacity), the bytes counted are the caches' own
    /// (`memory_usage`), caches are dropped and made again, and every match and group stays the
    /// regex crate's. Eight patterns whose anchored DFAs need up to 2^12 states each (where the
    /// "a"s or "c"s of the last dozen letters are) on random texts, with a budget of a third of
    /// what their caches grow to without one.
    #[test]
    fn frame_caches_stay_within_their_budget() {
        use proptest::strategy::{Strategy, ValueTree};
        use proptest::test_runner::TestRunner;
        // Run on a thread of its own: the budget and the caches are the thread's.
        std::thread::spawn(|| {
            let ps: Vec<String> = (0..8)
                .map(|i| {
                    let (x, y) = if i % 2 == 0 { ('a', 'b') } else { ('c', 'd') };
                    format!("(?P<x>{x}[{x}{y}]*{x})(?P<y>[{x}{y}]{{{}}})e", 9 + i / 2)
                })
                .collect();
            let ours: Vec<FrameRegex> = ps.iter().map(|p| FrameRegex::new(p).unwrap()).collect();
            let theirs: Vec<Regex> = ps.iter().map(|p| Regex::new(p).unwrap()).collect();
            // The same searches twice: without a budget (what the caches grow to), then with a
            // third of that.
            let run = |budget: usize| {
                FRAME_DFA_BUDGET.with(|b| b.set(budget));
                let mut runner = TestRunner::deterministic();
                let texts = proptest::string::string_regex("[abcd]{120}e").unwrap();
                let (mut made, mut most) = (0u64, 0usize);
                for round in 0..60 {
                    let t = texts.new_tree(&mut runner).unwrap().current();
                    for (i, (o, r)) in ours.iter().zip(&theirs).enumerate() {
                        // Not every frame on every text: some are searched rarely.
                        if i >= 4 && round % (i - 2) != 0 {
                            continue;
                        }
                        let had = FRAME_DFA_CACHES.with(|c| c.borrow().map.contains_key(&o.id));
                        assert_eq!(frame_groups(o, &t), regex_groups(r, &t), "{} {t}", ps[i]);
                        made += u64::from(!had);
                        FRAME_DFA_CACHES.with(|c| {
                            let c = c.borrow();
                            let counted: usize =
                                c.map.values().map(|f| f.cache.memory_usage()).sum();
                            assert_eq!(c.bytes, counted);
                            assert!(
                                c.bytes <= budget || c.map.len() == 1,
                                "{} bytes in {} caches, budget {budget}",
                                c.bytes,
                                c.map.len()
                            );
                            most = most.max(c.bytes);
                        });
                    }
                }
                let dropped = FRAME_DFA_CACHES.with(|c| c.borrow().dropped);
                release_thread_caches();
                FRAME_DFA_CACHES.with(|c| assert_eq!(c.borrow().bytes, 0));
                (made, most, dropped)
            };
            let (made, most, dropped) = run(usize::MAX);
            assert_eq!((made, dropped), (ours.len() as u64, 0));
            let (made, _, dropped) = run(most / 3);
            // Not vacuous: the budget was reached, and dropped caches were made again.
            assert!(dropped > 0, "no cache was dropped ({most} bytes at most)");
            assert!(made > ours.len() as u64, "{made} caches made");
        })
        .join()
        .unwrap();
    }

    /// Frames with the same first and second bytes share the positions where a match can begin;
    /// the positions are those of the text searched, byte for byte, even when a text is changed in
    /// place (same address and length) between two searches; a search from the middle of a text
    /// (the second match of `captures_all`) reads them from there.
    #[test]
    fn shared_start_positions_follow_the_text() {
        let ps = [
            r"(?P<s>(?:the\s+)?\x{E000}\d+\x{E001})\s+recogni[sz]ed",
            r"(?P<s>(?:the\s+)?\x{E000}\d+\x{E001})\s+(?:cut|severed)\s+ties",
        ];
        let ours: Vec<FrameRegex> = ps.iter().map(|p| FrameRegex::new(p).unwrap()).collect();
        let theirs: Vec<Regex> = ps.iter().map(|p| Regex::new(p).unwrap()).collect();
        assert_eq!(ours[0].starts_id, ours[1].starts_id);
        assert_ne!(ours[0].starts_id, usize::MAX);
        let texts = [
            "Then \u{E000}1\u{E001} recognised it and the \u{E000}2\u{E001} cut ties; \u{E000}3\u{E001} recognized X.",
            "Then \u{E000}1\u{E001} severed ties, and the \u{E000}2\u{E001} recognised it.",
            "The \u{E000}12\u{E001} recognised; the \u{E000}2\u{E001}  cut ties; \u{E000}3\u{E001} recognized X.",
            "No actor recognised anything here, and nobody cut ties with anyone.",
        ];
        let width = texts.iter().map(|t| t.len()).max().unwrap_or(0);
        let mut text = String::with_capacity(width);
        let at = text.as_ptr();
        let mut found = 0;
        for round in 0..3 {
            for t in texts {
                // Each text written over the last: same address, same length.
                text.clear();
                text.push_str(t);
                text.extend(std::iter::repeat_n(' ', width - t.len()));
                assert_eq!((text.as_ptr(), text.len()), (at, width));
                for (o, r) in ours.iter().zip(&theirs) {
                    let a = frame_groups(o, &text);
                    assert_eq!(a, regex_groups(r, &text), "round {round}: {text}");
                    found += a.len();
                }
            }
        }
        assert!(found >= 15, "{found}");
    }
}
