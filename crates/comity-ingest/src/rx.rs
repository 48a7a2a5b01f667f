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

use regex::Regex;
use regex_automata::nfa::thompson::{self, pikevm, pikevm::PikeVM};
use regex_automata::util::captures::Captures;
use regex_automata::util::iter::Searcher;
use regex_automata::{hybrid, Input};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

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

/// Compiles `pattern` with ASCII word boundaries (see the module documentation).
pub(crate) fn regex(pattern: &str) -> Result<Regex, regex::Error> {
    Regex::new(&ascii_boundaries(pattern))
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

    /// Each frame's lazy-DFA cache for this thread, by [`FrameRegex`] id: freed when the thread
    /// ends or calls [`release_thread_caches`], so that a run's caches (up to
    /// [`FRAME_DFA_CACHE_BYTES`] a frame and thread, about 180 MB on the ~50 MB bench document)
    /// are not held after its documents are read (a pool in each frame kept them for the
    /// process).
    static FRAME_DFA_CACHES: RefCell<HashMap<u64, hybrid::dfa::Cache>> = RefCell::new(HashMap::new());
}

/// Frees this thread's frame caches (lazy-DFA and PikeVM): the pipeline calls it when the calling
/// thread has read its documents, before copy detection. The next search re-creates them.
pub(crate) fn release_thread_caches() {
    FRAME_DFA_CACHES.with(|c| {
        if let Ok(mut c) = c.try_borrow_mut() {
            *c = HashMap::new();
        }
    });
    FRAME_VM_CACHE.with(|c| {
        if let Ok(mut c) = c.try_borrow_mut() {
            *c = (0, None);
        }
    });
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
/// cannot be built or gives up.
pub(crate) struct FrameRegex {
    /// Which frame the thread's PikeVM cache is set up for (`FRAME_VM_CACHE`).
    id: u64,
    dfa: Option<hybrid::dfa::DFA>,
    vm: PikeVM,
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

impl FrameRegex {
    /// Compiles `pattern` (already written with the boundaries it needs) as the regex crate would
    /// (Unicode, UTF-8, its default NFA size limit), with a lazy-DFA cache of
    /// [`FRAME_DFA_CACHE_BYTES`] per thread.
    pub(crate) fn new(pattern: &str) -> Result<Self, String> {
        let nfa = FRAME_COMPILER.with(|c| c.build(pattern).map_err(|e| e.to_string()))?;
        let vm = PikeVM::new_from_nfa(nfa.clone()).map_err(|e| e.to_string())?;
        // No lazy DFA (the PikeVM alone) if its minimum cache exceeds the capacity.
        let dfa = hybrid::dfa::Builder::new()
            .configure(
                hybrid::dfa::Config::new()
                    .cache_capacity(FRAME_DFA_CACHE_BYTES)
                    .skip_cache_capacity_check(false),
            )
            .build_from_nfa(nfa)
            .ok();
        Ok(FrameRegex {
            id: NEXT_FRAME_ID.fetch_add(1, Ordering::Relaxed),
            dfa,
            vm,
        })
    }

    /// Every successive non-overlapping match in `text` with its groups, as
    /// `regex::Regex::captures_iter` gives them.
    pub(crate) fn captures_all<'h>(&self, text: &'h str) -> Vec<FrameCaptures<'h>> {
        let Some(dfa) = &self.dfa else {
            return self.captures_with(None, text);
        };
        FRAME_DFA_CACHES.with(|c| {
            // Never borrowed twice (a search calls no other frame's search); a fresh cache if it
            // were.
            let Ok(mut c) = c.try_borrow_mut() else {
                return self.captures_with(Some(&mut dfa.create_cache()), text);
            };
            let cache = c.entry(self.id).or_insert_with(|| dfa.create_cache());
            self.captures_with(Some(cache), text)
        })
    }

    /// [`FrameRegex::captures_all`] with the lazy DFA's cache (none: the PikeVM alone).
    fn captures_with<'h>(
        &self,
        mut cache: Option<&mut hybrid::dfa::Cache>,
        text: &'h str,
    ) -> Vec<FrameCaptures<'h>> {
        let mut out = Vec::new();
        let mut it = Searcher::new(Input::new(text));
        loop {
            let mut caps = self.vm.create_captures();
            let found = it.advance(|input| {
                self.search(cache.as_deref_mut(), input, &mut caps);
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
        cache: Option<&mut hybrid::dfa::Cache>,
        input: &Input<'_>,
        caps: &mut Captures,
    ) {
        if let (Some(dfa), Some(dc)) = (&self.dfa, cache) {
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

    /// The PikeVM's leftmost-first match of `input`, with the thread's PikeVM cache.
    fn vm_search(&self, input: &Input<'_>, caps: &mut Captures) {
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
}
