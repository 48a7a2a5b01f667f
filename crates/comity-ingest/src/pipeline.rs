//! The pipeline: documents in, a report out (documents, copy clusters, proposed claims, summary).

use crate::claim::{Claim, ClaimKind};
use crate::clean::{clean, CleanOptions, Format};
use crate::copies::{common_sorted, Copies, CopyDoc, CopyIndex, CopyOptions, Words};
use crate::dates::{find_dates, PartialDate};
use crate::decode::decode;
use crate::extract::{extract_counting, DocInput, MAX_SENTENCE_BYTES};
use crate::flag::{Flag, FlagKind};
use crate::gate::ToLower;
use crate::mentions::Gazetteer;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Options of the pipeline.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Documents larger than this are not processed (reported with an error).
    pub max_bytes: usize,
    /// Documents of a run beyond this many are not processed (reported with an error each).
    pub max_documents: usize,
    /// Worker threads for the per-document stages (decode, clean, extract, shingles).
    pub threads: usize,
    /// Cleaning limits.
    pub clean: CleanOptions,
    /// Copy detection options.
    pub copies: CopyOptions,
    /// Whether [`Document::cleaned`] holds the cleaned text (else it is left empty and each
    /// document's text is dropped as soon as its claims and copy fingerprint are taken, so that
    /// memory follows the largest document, not the corpus).
    pub keep_cleaned: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            max_bytes: 64 * 1024 * 1024,
            max_documents: 100_000,
            threads: std::thread::available_parallelism().map_or(1, |n| n.get().min(2)),
            clean: CleanOptions::default(),
            copies: CopyOptions::default(),
            keep_cleaned: true,
        }
    }
}

/// One ingested document.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    /// The name it was given.
    pub name: String,
    /// SHA-256 of the original bytes, lower-case hex.
    pub sha256: String,
    /// Size of the original bytes.
    pub bytes: usize,
    /// Encoding used to decode it.
    pub encoding: &'static str,
    /// What the input looked like.
    pub format: Option<Format>,
    /// Title, when found.
    pub title: Option<String>,
    /// Date the document states for itself, when found.
    pub stated_date: Option<PartialDate>,
    /// The cleaned text (empty unless [`Options::keep_cleaned`]).
    pub cleaned: String,
    /// Flags (with ranges in the original bytes).
    pub flags: Vec<Flag>,
    /// Copy cluster id.
    pub cluster: usize,
    /// Why the document was not processed, if it was not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Whether the document was given as [`Input::Known`]: it took part in copy detection and
    /// support counting only (no encoding, format, title, date, flags or claims are reported).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub known: bool,
}

/// One document given to [`ingest_inputs`].
#[derive(Debug, Clone)]
pub enum Input<'a> {
    /// The original bytes (or why they could not be read): the whole pipeline runs.
    Bytes(Result<Cow<'a, [u8]>, String>),
    /// A document processed by an earlier run (stored), given by what that run kept of it: it is
    /// fingerprinted from its cleaned text and block ranges for copy detection, and its claims
    /// count for the support of the others' claims, with no decoding, cleaning or extraction.
    Known(Known),
}

/// What an earlier run kept of a document ([`Input::Known`]). The clusters, pairs and shared
/// passages are those of a run over its bytes when `cleaned` and `blocks` are what
/// [`clean()`](crate::clean()) gives for them now ([`Cleaned::text`](crate::Cleaned) and its
/// blocks' ranges), and the support counts too when `claims` are what extraction gives now, in
/// order.
#[derive(Debug, Clone, Default)]
pub struct Known {
    /// SHA-256 of the original bytes (reported as given).
    pub sha256: String,
    /// Size of the original bytes (reported as given, and checked against `Options::max_bytes`).
    pub bytes: usize,
    /// The cleaned text.
    pub cleaned: String,
    /// The blocks' byte ranges in `cleaned`.
    pub blocks: Vec<Range<usize>>,
    /// Its claims, in extraction order.
    pub claims: Vec<KnownClaim>,
}

/// A known document's claim, as far as support counting reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownClaim {
    /// Kind.
    pub kind: ClaimKind,
    /// Subject.
    pub subject: String,
    /// Object.
    pub object: String,
    /// Polarity.
    pub polarity: Option<String>,
    /// Evidence text.
    pub evidence: String,
}

/// Totals of a run.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    /// Documents given.
    pub documents: usize,
    /// Documents not processed (too large).
    pub failed: usize,
    /// Copy clusters of two or more documents.
    pub copy_clusters: usize,
    /// Proposed claims.
    pub claims: usize,
    /// Claims per kind.
    pub claims_by_kind: BTreeMap<String, usize>,
    /// Flags per kind (occurrences).
    pub flags: BTreeMap<String, usize>,
}

/// The result of [`ingest`].
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The documents, in input order.
    pub documents: Vec<Document>,
    /// Copy detection: clusters, overlapping pairs, shared passages (cleaned-text ranges).
    pub copies: Copies,
    /// Proposed claims, grouped by document in input order (none for [`Input::Known`] documents:
    /// theirs count only for support, and are not in the summary's claims and flags either).
    pub claims: Vec<Claim>,
    /// Totals.
    pub summary: Summary,
}

/// Ingests documents: decode, clean, mentions, dates, claims, copies, support counts.
///
/// Never panics on hostile input: a document over `opts.max_bytes` is reported with an `error` and no
/// claims; damage is flagged.
///
/// # Example
/// ```
/// let actors = "id,kind,name,iso2,iso_numeric,wikidata,aliases,demonyms,capitals,ambiguous,notes\n\
///     SRB,state,Serbia,RS,688,,,Serbian,Belgrade,,\nXKX,entity,Kosovo,XK,,,,Kosovan,Pristina,,\n";
/// let g = comity_ingest::Gazetteer::from_csv(actors, "").unwrap();
/// let r = comity_ingest::ingest(&[("a.txt", b"Serbia does not recognize Kosovo.".as_slice())], &g, &Default::default());
/// assert_eq!(r.claims[0].subject, "SRB");
/// assert_eq!(r.claims[0].polarity.as_deref(), Some("negative"));
/// ```
/// A page that opens with its date ("date 2025-07-30 …", "Published: 12 March 2024 …", "May 3,
/// 2024 — …"): a full date within the first few words of the text, before any sentence.
fn leading_date(text: &str) -> Option<PartialDate> {
    let mut end = text.len().min(60);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let m = find_dates(head, None).into_iter().next()?;
    let before = head[..m.range.start].trim().to_lower();
    let label = before.is_empty()
        || [
            "date",
            "date:",
            "published",
            "published:",
            "updated",
            "updated:",
            "posted",
            "posted:",
        ]
        .contains(&before.as_str());
    (label
        && m.date
            .is_some_and(|d| d.precision() == crate::dates::Precision::Day))
    .then_some(m.date)
    .flatten()
}

pub fn ingest(docs: &[(&str, &[u8])], gazetteer: &Gazetteer, opts: &Options) -> Report {
    ingest_from(&docs, gazetteer, opts)
}

/// Where [`ingest_from`] reads its documents: each is read when a worker takes it, and dropped
/// when its claims and copy fingerprint are taken, so that only the documents being processed
/// are in memory.
pub trait Source: Sync {
    /// Number of documents.
    fn count(&self) -> usize;
    /// Name and bytes of document `i` (`i < count()`), or why they could not be read (the
    /// document is then reported with that error).
    fn read(&self, i: usize) -> (Cow<'_, str>, Result<Cow<'_, [u8]>, String>);
}

impl Source for &[(&str, &[u8])] {
    fn count(&self) -> usize {
        self.len()
    }
    fn read(&self, i: usize) -> (Cow<'_, str>, Result<Cow<'_, [u8]>, String>) {
        match self.get(i) {
            Some((name, bytes)) => (Cow::Borrowed(*name), Ok(Cow::Borrowed(*bytes))),
            None => (Cow::Borrowed(""), Err(format!("no document {i}"))),
        }
    }
}

/// Files read when their turn comes ([`Source`]); a document's name is its file name.
#[derive(Debug, Clone, Default)]
pub struct Files(pub Vec<std::path::PathBuf>);

impl Source for Files {
    fn count(&self) -> usize {
        self.0.len()
    }
    fn read(&self, i: usize) -> (Cow<'_, str>, Result<Cow<'_, [u8]>, String>) {
        let Some(p) = self.0.get(i) else {
            return (Cow::Borrowed(""), Err(format!("no document {i}")));
        };
        let name = p
            .file_name()
            .map_or_else(|| p.to_string_lossy(), |n| n.to_string_lossy());
        let bytes = std::fs::read(p)
            .map(Cow::Owned)
            .map_err(|e| format!("{name}: cannot read {}: {e}", p.display()));
        (name, bytes)
    }
}

/// [`ingest`] over documents read from `source` one at a time (see [`Source`]); with
/// `opts.keep_cleaned` off, memory is bounded by a few times the largest document plus each
/// document's claims, metadata and copy fingerprint.
pub fn ingest_from<S: Source + ?Sized>(
    source: &S,
    gazetteer: &Gazetteer,
    opts: &Options,
) -> Report {
    let n = source.count();
    // Documents are independent until copy detection: `threads` workers take them in turn, and
    // the results are put back in input order.
    let threads = opts.threads.clamp(1, n.max(1));
    let next = AtomicUsize::new(0);
    let work = || {
        let mut out = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            if i >= n {
                break;
            }
            let (name, bytes) = source.read(i);
            out.push((i, process(i, n, &name, bytes, gazetteer, opts)));
        }
        out
    };
    let done: Vec<(usize, Processed)> = if threads == 1 {
        let done = work();
        // The frames' caches of this thread are not needed for copy detection (workers' are
        // freed when they end).
        crate::rx::release_thread_caches();
        done
    } else {
        std::thread::scope(|sc| {
            let handles: Vec<_> = (0..threads).map(|_| sc.spawn(work)).collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_default())
                .collect()
        })
    };
    assemble(done, opts)
}

/// One document of a run of `n`: the document-count limit, a read error, then the pipeline.
fn process(
    i: usize,
    n: usize,
    name: &str,
    bytes: Result<Cow<'_, [u8]>, String>,
    gazetteer: &Gazetteer,
    opts: &Options,
) -> Processed {
    let (bytes, read_error) = match bytes {
        Ok(b) => (b, None),
        Err(e) => (Cow::Borrowed(&[][..]), Some(e)),
    };
    let error = over_document_limit(i, n, name, opts).or(read_error);
    one_document(name, bytes, gazetteer, opts, error)
}

/// The error of the `i`-th of `n` documents when a run has more than [`Options::max_documents`].
fn over_document_limit(i: usize, n: usize, name: &str, opts: &Options) -> Option<String> {
    (n > opts.max_documents && i >= opts.max_documents).then(|| {
        format!(
            "{name}: document {} of {}, more than the limit of {} documents per run (Options::max_documents)",
            i + 1,
            n,
            opts.max_documents
        )
    })
}

/// [`process`] for an [`Input`]: a known document is only fingerprinted.
fn process_input(
    i: usize,
    n: usize,
    name: &str,
    input: Input<'_>,
    gazetteer: &Gazetteer,
    opts: &Options,
) -> Processed {
    let k = match input {
        Input::Bytes(bytes) => return process(i, n, name, bytes, gazetteer, opts),
        Input::Known(k) => k,
    };
    let error = over_document_limit(i, n, name, opts).or_else(|| {
        (k.bytes > opts.max_bytes).then(|| {
            format!(
                "{name}: {} bytes, more than the limit of {} bytes (Options::max_bytes)",
                k.bytes, opts.max_bytes
            )
        })
    });
    // The cleaned text goes with the fingerprint; the report takes it back after copy detection
    // (`assemble`).
    let (copy, known_claims) = if error.is_some() {
        (CopyDoc::from_text(String::new(), &[]), Vec::new())
    } else {
        (CopyDoc::from_text(k.cleaned, &k.blocks), k.claims)
    };
    Processed {
        document: Document {
            name: name.to_string(),
            sha256: k.sha256,
            bytes: k.bytes,
            encoding: "",
            format: None,
            title: None,
            stated_date: None,
            cleaned: String::new(),
            flags: Vec::new(),
            cluster: 0,
            error,
            known: true,
        },
        claims: Vec::new(),
        known_claims,
        copy,
    }
}

/// [`ingest_from`] over documents that the calling thread reads in turn (`count` of them, for the
/// document-count limit), for sources that cannot be shared between threads (database rows): each
/// is handed to a worker through a queue of `threads` documents, so that only the documents queued
/// and being processed are in memory.
pub fn ingest_iter<'a, I>(count: usize, docs: I, gazetteer: &Gazetteer, opts: &Options) -> Report
where
    I: Iterator<Item = (Cow<'a, str>, Result<Cow<'a, [u8]>, String>)>,
{
    ingest_inputs(
        count,
        docs.map(|(name, bytes)| (name, Input::Bytes(bytes))),
        gazetteer,
        opts,
    )
}

/// [`ingest_iter`] over documents given as bytes or as known documents ([`Input`]): a known
/// document costs only its copy fingerprint (no decoding, cleaning or extraction), so that a run
/// adding a few documents to many processed before costs the few plus the fingerprints.
pub fn ingest_inputs<'a, I>(count: usize, docs: I, gazetteer: &Gazetteer, opts: &Options) -> Report
where
    I: Iterator<Item = (Cow<'a, str>, Input<'a>)>,
{
    let threads = opts.threads.clamp(1, count.max(1));
    let mut done: Vec<(usize, Processed)> = Vec::with_capacity(count);
    if threads == 1 {
        for (i, (name, bytes)) in docs.enumerate() {
            done.push((i, process_input(i, count, &name, bytes, gazetteer, opts)));
        }
        crate::rx::release_thread_caches();
        return assemble(done, opts);
    }
    type Job<'a> = (usize, Cow<'a, str>, Input<'a>);
    let (tx, rx) = std::sync::mpsc::sync_channel::<Job<'a>>(threads);
    let rx = std::sync::Mutex::new(rx);
    let rx = &rx;
    std::thread::scope(|sc| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                sc.spawn(move || {
                    let mut out = Vec::new();
                    loop {
                        let job = rx.lock().ok().and_then(|r| r.recv().ok());
                        let Some((i, name, bytes)) = job else {
                            break;
                        };
                        out.push((i, process_input(i, count, &name, bytes, gazetteer, opts)));
                    }
                    out
                })
            })
            .collect();
        for (i, (name, bytes)) in docs.enumerate() {
            if tx.send((i, name, bytes)).is_err() {
                break;
            }
        }
        drop(tx);
        for h in handles {
            done.extend(h.join().unwrap_or_default());
        }
    });
    assemble(done, opts)
}

/// The report of processed documents: in input order, copy detection, support counts, totals.
fn assemble(mut done: Vec<(usize, Processed)>, opts: &Options) -> Report {
    let mut documents = Vec::with_capacity(done.len());
    let mut claims: Vec<Claim> = Vec::new();
    // Known documents' claims, with the number of the report's claims before them (so that
    // support counting sees every claim in document order).
    let mut known: Vec<(usize, String, KnownClaim)> = Vec::new();
    let mut index = CopyIndex::default();
    done.sort_unstable_by_key(|(i, _)| *i);
    for (_, p) in done {
        index.push(p.copy);
        claims.extend(p.claims);
        for k in p.known_claims {
            known.push((claims.len(), p.document.name.clone(), k));
        }
        documents.push(p.document);
    }
    let copies = if opts.keep_cleaned {
        let (copies, texts) = index.finish_with_texts(&opts.copies, opts.threads);
        for (d, t) in documents.iter_mut().zip(texts) {
            d.cleaned = t;
        }
        copies
    } else {
        index.finish_threads(&opts.copies, opts.threads)
    };
    for (d, cl) in documents.iter_mut().zip(&copies.cluster_of) {
        d.cluster = *cl;
    }
    support(&mut claims, &known, &documents, &copies);
    let mut summary = Summary {
        documents: documents.len(),
        failed: documents.iter().filter(|d| d.error.is_some()).count(),
        copy_clusters: copies.clusters.len(),
        claims: claims.len(),
        ..Summary::default()
    };
    for c in &claims {
        *summary
            .claims_by_kind
            .entry(c.kind.as_str().to_string())
            .or_default() += 1;
    }
    for d in &documents {
        for f in &d.flags {
            let k = serde_json::to_value(f.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            *summary.flags.entry(k).or_default() += f.count;
        }
    }
    Report {
        documents,
        copies,
        claims,
        summary,
    }
}

/// Counts, for each claim, the independent copy clusters that state it: claims with the same kind,
/// parties and polarity are grouped; two claims are one source when their documents are in one copy
/// cluster or their evidence is a copied passage (≥ 50 % shared shingles; checked only when a claim
/// has at most 200 supporting clusters).
///
/// `known` are the known documents' claims, each with the number of `claims` before it: they
/// count for the others' support as if they stood there among `claims`.
fn support(
    claims: &mut [Claim],
    known: &[(usize, String, KnownClaim)],
    documents: &[Document],
    copies: &Copies,
) {
    let idx: BTreeMap<&str, usize> = documents
        .iter()
        .enumerate()
        .map(|(i, d)| (d.name.as_str(), i))
        .collect();
    // Every claim in document order: (kind, subject, object, polarity, document, evidence, the
    // index in `claims` or none for a known one).
    type View<'c> = (
        ClaimKind,
        &'c str,
        &'c str,
        Option<&'c str>,
        &'c str,
        &'c str,
        Option<usize>,
    );
    let mut views: Vec<View<'_>> = Vec::with_capacity(claims.len() + known.len());
    let mut next_known = known.iter().peekable();
    for (i, c) in claims.iter().enumerate() {
        while let Some((_, doc, k)) = next_known.next_if(|(before, _, _)| *before <= i) {
            views.push((
                k.kind,
                &k.subject,
                &k.object,
                k.polarity.as_deref(),
                doc,
                &k.evidence,
                None,
            ));
        }
        views.push((
            c.kind,
            &c.subject,
            &c.object,
            c.polarity.as_deref(),
            &c.doc,
            &c.evidence,
            Some(i),
        ));
    }
    for (_, doc, k) in next_known {
        views.push((
            k.kind,
            &k.subject,
            &k.object,
            k.polarity.as_deref(),
            doc,
            &k.evidence,
            None,
        ));
    }
    let mut groups: BTreeMap<_, Vec<usize>> = BTreeMap::new();
    for (i, v) in views.iter().enumerate() {
        groups.entry((v.0, v.1, v.2, v.3)).or_default().push(i);
    }
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for members in groups.values() {
        // One representative claim per copy cluster (linear), then representatives whose evidence is a
        // copied passage are merged (quadratic in the number of clusters only, capped).
        let mut reps: BTreeMap<usize, usize> = BTreeMap::new();
        for &m in members {
            let cl = idx
                .get(views[m].4)
                .and_then(|d| copies.cluster_of.get(*d))
                .copied()
                .unwrap_or(usize::MAX);
            reps.entry(cl).or_insert(m);
        }
        let reps: Vec<usize> = reps.into_values().collect();
        let k = reps.len();
        let mut parent: Vec<usize> = (0..k).collect();
        fn root(p: &mut [usize], mut x: usize) -> usize {
            while p[x] != x {
                p[x] = p[p[x]];
                x = p[x];
            }
            x
        }
        if k <= 200 {
            // Each evidence's shingles once, not once per pair: its distinct shingles, sorted, so
            // that the shingles two evidences share are counted by one merge (the counts a set's
            // `len` and `intersection` gave, without hashing each shingle with SipHash).
            let sets: Vec<Vec<u64>> = reps
                .iter()
                .map(|&r| {
                    let w = Words::new(views[r].5);
                    let mut v = w.shingles(0, w.len());
                    v.sort_unstable();
                    v.dedup();
                    v
                })
                .collect();
            let containment = |a: &Vec<u64>, b: &Vec<u64>| {
                if a.is_empty() {
                    0.0
                } else {
                    common_sorted(a, b) as f64 / a.len() as f64
                }
            };
            for i in 0..k {
                for j in i + 1..k {
                    let (a, b) = (&sets[i], &sets[j]);
                    if containment(a, b) >= 0.5 || containment(b, a) >= 0.5 {
                        let (ra, rb) = (root(&mut parent, i), root(&mut parent, j));
                        parent[ra] = rb;
                    }
                }
            }
        }
        let mut roots: Vec<usize> = (0..k).map(|i| root(&mut parent, i)).collect();
        roots.sort_unstable();
        roots.dedup();
        for &m in members {
            if let Some(c) = views[m].6 {
                counts.push((c, roots.len()));
            }
        }
    }
    for (c, n) in counts {
        claims[c].support_clusters = n;
    }
}

/// The date a cleaned document states for itself: its metadata's date, else a full date opening
/// the text ("Published: 12 March 2024 …"). One definition for the pipeline and the model
/// decider's candidates.
pub(crate) fn stated_date(c: &crate::clean::Cleaned) -> Option<PartialDate> {
    c.stated_date
        .as_deref()
        .and_then(|s| {
            // A machine-readable timestamp ("2024-03-04T10:00:00Z" from a page's metadata) is
            // read to its day, not to the year its first four digits make.
            s.trim()
                .get(..10)
                .filter(|_| {
                    s.trim()
                        .as_bytes()
                        .get(10)
                        .is_none_or(|b| *b == b'T' || *b == b' ')
                })
                .and_then(PartialDate::parse_iso)
                .or_else(|| find_dates(s, None).into_iter().find_map(|m| m.date))
        })
        .or_else(|| leading_date(&c.text))
}

/// One document through decode, clean and extraction, with what copy detection keeps of it.
struct Processed {
    document: Document,
    claims: Vec<Claim>,
    /// A known document's claims (for support counting only).
    known_claims: Vec<KnownClaim>,
    copy: CopyDoc,
}

fn one_document(
    name: &str,
    bytes: Cow<'_, [u8]>,
    gazetteer: &Gazetteer,
    opts: &Options,
    error: Option<String>,
) -> Processed {
    let sha256 = hex(&Sha256::digest(&bytes));
    let error = error.or_else(|| {
        (bytes.len() > opts.max_bytes).then(|| {
            format!(
                "{name}: {} bytes, more than the limit of {} bytes (Options::max_bytes)",
                bytes.len(),
                opts.max_bytes
            )
        })
    });
    if let Some(error) = error {
        return Processed {
            document: Document {
                name: name.to_string(),
                sha256,
                bytes: bytes.len(),
                encoding: "",
                format: None,
                title: None,
                stated_date: None,
                cleaned: String::new(),
                flags: Vec::new(),
                cluster: 0,
                error: Some(error),
                known: false,
            },
            claims: Vec::new(),
            known_claims: Vec::new(),
            copy: CopyDoc::from_text(String::new(), &[]),
        };
    }
    let d = decode(&bytes);
    // The original bytes are not needed after decoding (claims' spans come from the offset maps).
    let size = bytes.len();
    drop(bytes);
    let c = clean(&d, &opts.clean);
    let stated_date = stated_date(&c);
    let mut flags = d.flags.clone();
    flags.extend(c.flags.iter().cloned());
    let doc_flags: Vec<FlagKind> = d.flags.iter().map(|f| f.kind).collect();
    let input = DocInput {
        name,
        text: &c.text,
        blocks: &c.blocks,
        clean_map: &c.map,
        decoded: &d.text,
        decode_map: &d.map,
        doc_flags: &doc_flags,
        gazetteer,
        stated_date,
    };
    let (claims, long_sentences) = extract_counting(&input);
    if long_sentences > 0 {
        flags.push(Flag::counted(
            FlagKind::LongSentence,
            long_sentences,
            format!(
                "{name}: {long_sentences} sentence(s) longer than the limit of {MAX_SENTENCE_BYTES} bytes (MAX_SENTENCE_BYTES), not searched for claims"
            ),
        ));
    }
    // The decoded text and its maps are not needed any more: freed before the shingles are made,
    // so a large document's peak is one of the two, not both.
    let encoding = d.encoding;
    drop(d);
    // Nor is the cleaned text's offset map, nor its blocks beyond their ranges.
    let crate::clean::Cleaned {
        format,
        text,
        blocks,
        title,
        ..
    } = c;
    let blocks: Vec<Range<usize>> = blocks.into_iter().map(|b| b.range).collect();
    let mut text = text;
    text.shrink_to_fit();
    // The cleaned text goes with the fingerprint; the report takes it back after copy detection
    // (`assemble`) when `opts.keep_cleaned`, else it is dropped then.
    let copy = CopyDoc::from_text(text, &blocks);
    drop(blocks);
    Processed {
        document: Document {
            name: name.to_string(),
            sha256,
            bytes: size,
            encoding,
            format: Some(format),
            title,
            stated_date,
            cleaned: String::new(),
            flags,
            cluster: 0,
            error: None,
            known: false,
        },
        claims,
        known_claims: Vec::new(),
        copy,
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The merge count of two sorted deduplicated lists is the size of the intersection of their
    /// sets, and a list's length its set's (the support count's containment, before and after).
    #[test]
    fn common_sorted_is_the_set_intersection() {
        use proptest::prelude::*;
        use proptest::test_runner::TestRunner;
        use std::collections::HashSet;
        let mut runner = TestRunner::deterministic();
        let lists = (
            prop::collection::vec(0u64..40, 0..60),
            prop::collection::vec(0u64..40, 0..60),
        );
        runner
            .run(&lists, |(a, b)| {
                let (sa, sb): (HashSet<u64>, HashSet<u64>) =
                    (a.iter().copied().collect(), b.iter().copied().collect());
                let (mut va, mut vb) = (a.clone(), b.clone());
                va.sort_unstable();
                va.dedup();
                vb.sort_unstable();
                vb.dedup();
                prop_assert_eq!(common_sorted(&va, &vb), sa.intersection(&sb).count());
                prop_assert_eq!(va.len(), sa.len());
                Ok(())
            })
            .unwrap_or_else(|e| panic!("{e}"));
    }

    /// Reading documents one at a time (from a source, or from an iterator the calling thread
    /// drives, on one or two workers) and dropping their text gives the report `ingest` gives, less
    /// the cleaned text.
    #[test]
    fn streaming_gives_the_same_report() {
        let g = Gazetteer::from_csv(
            include_str!("../../../data/actors.csv"),
            include_str!("../../../data/office_holders.csv"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        // Written for this test: two documents sharing a paragraph, and a third.
        let shared =
            "Serbia does not recognise Kosovo, the foreign minister said on 3 May 2021 in \
                      Belgrade, repeating the position the government has held since 2008.";
        let a = format!("{shared}\n\nJapan recognised Kosovo on 18 March 2008.");
        let b = format!("Other news first.\n\n{shared}");
        let c = "Taiwan and Nauru severed diplomatic relations in January 2024.";
        let docs: Vec<(&str, &[u8])> = vec![
            ("a.txt", a.as_bytes()),
            ("b.txt", b.as_bytes()),
            ("c.txt", c.as_bytes()),
        ];
        let json = |r: &Report| {
            let mut v = serde_json::to_value(r).unwrap_or_default();
            for d in v["documents"].as_array_mut().into_iter().flatten() {
                d["cleaned"] = serde_json::Value::Null;
            }
            v
        };
        let full = ingest(&docs, &g, &Options::default());
        assert!(!full.claims.is_empty() && !full.copies.clusters.is_empty());
        assert!(full.documents.iter().all(|d| !d.cleaned.is_empty()));
        for threads in [1, 2] {
            let opts = Options {
                threads,
                keep_cleaned: false,
                ..Options::default()
            };
            let from = ingest_from(&docs.as_slice(), &g, &opts);
            assert!(from.documents.iter().all(|d| d.cleaned.is_empty()));
            assert_eq!(json(&from), json(&full));
            let iter = ingest_iter(
                docs.len(),
                docs.iter()
                    .map(|(n, b)| (Cow::Borrowed(*n), Ok(Cow::Borrowed(*b)))),
                &g,
                &opts,
            );
            assert_eq!(json(&iter), json(&full));
        }
        // A document that cannot be read is reported with the reason, and the others go on.
        let opts = Options::default();
        let r = ingest_iter(
            2,
            [
                (
                    Cow::Borrowed("gone.txt"),
                    Err("gone.txt: cannot read".to_string()),
                ),
                (Cow::Borrowed("c.txt"), Ok(Cow::Borrowed(c.as_bytes()))),
            ]
            .into_iter(),
            &g,
            &opts,
        );
        assert_eq!(
            r.documents[0].error.as_deref(),
            Some("gone.txt: cannot read")
        );
        assert!(r.claims.iter().all(|c| c.doc == "c.txt") && !r.claims.is_empty());
    }
}
