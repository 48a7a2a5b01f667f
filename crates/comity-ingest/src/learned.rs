//! The learned decider (issue 10): a built-in alternative to the model decider of
//! [`crate::decider`], learned from the annotated development half.
//!
//! For each candidate the rules and frames left undecided ([`crate::decider::candidates`]: a
//! sentence's byte span, two gazetteer actors, a trigger word), a multinomial logistic regression
//! over sparse features of the sentence ([`features`]) gives a probability to each label of
//! [`LABELS`]. The non-`none` label of highest probability gives a claim when its probability is at
//! least the model's threshold; the claim is the candidate's template (span, evidence, date, flags)
//! with the label's kind, parties and polarity ([`crate::decider`]'s rule), rule `learned-decider`,
//! a lower confidence, and [`Claim::decided_by`] naming the weights file. Like the model decider it
//! only labels: it can never name a party, span or date the candidate does not have.
//!
//! The weights are a text file ([`WEIGHTS_FILE`], embedded in the crate) written by the example
//! `train_decider` from the development half with cross-validation by document (the protocol is in
//! the crate README, "Learned decider"). Training is deterministic: the same data, settings and seed
//! give the same file, byte for byte.

use crate::claim::Claim;
use crate::decider::{labelled_claim, Decision, Outcome, LABELS};
use crate::eval::{evaluate, matches, ClaimKey, Score};
use crate::extract::Candidate;
use crate::mentions::{ActorKind, MentionKind};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::ops::Range;
use std::sync::OnceLock;
use thiserror::Error;

/// The weights file, relative to the crate (embedded at build time).
pub const WEIGHTS_FILE: &str = "data/learned-decider.tsv";

const EMBEDDED: &str = include_str!("../data/learned-decider.tsv");

/// The rule name of the claims the learned decider gives.
pub const RULE: &str = "learned-decider";

/// Why a weights file could not be read.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum LearnedError {
    /// A line of the weights file is not what was expected.
    #[error("{file}: line {line}: {reason}")]
    Weights {
        /// The file.
        file: String,
        /// 1-based line number.
        line: usize,
        /// What was wrong and what was expected.
        reason: String,
    },
}

/// How a model is trained and when it decides.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    /// L2 penalty.
    pub lambda: f64,
    /// Passes over the examples.
    pub epochs: usize,
    /// Least probability of the chosen label for a claim.
    pub threshold: f64,
    /// Seed of the order in which examples are visited.
    pub seed: u64,
}

/// A trained model: one weight per (feature, label).
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// The settings it was trained with (the threshold is used when deciding).
    pub settings: Settings,
    /// Whether `comity ingest` runs it when no decider is chosen (the protocol's criterion, decided
    /// on cross-validation by the trainer).
    pub default_on: bool,
    /// Comment lines of the file (`# …`), kept for writing it back.
    pub comments: Vec<String>,
    /// Weights per feature, one per label of [`LABELS`].
    weights: BTreeMap<String, Vec<f64>>,
}

/// A small deterministic generator (xorshift64*), for the order of examples and of folds.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from `seed` (any value; 0 is replaced).
    pub fn new(seed: u64) -> Self {
        Self(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Shuffles `xs` in place (Fisher–Yates).
    pub fn shuffle<T>(&mut self, xs: &mut [T]) {
        for i in (1..xs.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            xs.swap(i, j);
        }
    }
}

/// Families of cue words, each a feature when it occurs in the sentence (`_s`), between the
/// mentions (`_b`), just before the first (`_l`) or just after the second (`_r`): the kinds'
/// vocabularies, negation, withdrawal, modality, and the stance classes of `data/stances.txt` (the
/// table reported speech reads), so that a word seen once shares weight with its class.
fn families() -> &'static [(String, crate::rx::Rx)] {
    static F: OnceLock<Vec<(String, crate::rx::Rx)>> = OnceLock::new();
    F.get_or_init(|| {
        let mut out: Vec<(String, String)> = [
            ("recog", r"recogni\w*|acknowledg\w*"),
            ("rel", r"relations|ties|embass(?:y|ies)|ambassadors?|diplomatic"),
            ("member", r"member\w*|admi(?:t|ts|tted|ssion)|accession|join\w*|observer|bid"),
            ("indep", r"independen\w*|seced\w*|secession|sovereign\w*"),
            ("agree", r"agreements?|treat(?:y|ies)|accords?|deal|communiqu\w*|signed|signing"),
            ("neg", r"not|no|never|n['’]t|refus\w*|yet|without|den(?:y|ies|ied)|declin\w*|nor|neither"),
            ("withdraw", r"withdr\w*|revok\w*|derecogni\w*|switch\w*|sever\w*|cut|cuts|break\w*|broke\w*|abandon\w*|suspend\w*"),
            ("mod", r"will|would|could|(?-i:may)|might|should|plan\w*|intend\w*|expect\w*|consider\w*|ready|willing\w*|soon|hope\w*|seek\w*|want\w*|propos\w*|prepar\w*|urg\w*|call\w*"),
            ("say", r"said|says|say|stated?|statement|announc\w*|told|declared?"),
        ]
        .iter()
        .map(|(k, p)| (k.to_string(), format!(r"\b(?:{p})\b")))
        .collect();
        let mut classes: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for line in include_str!("../../../data/stances.txt").lines() {
            let Some((class, cue)) = line.split_once(" | ") else {
                continue;
            };
            if class.starts_with('#') {
                continue;
            }
            let cue = cue.trim();
            let pat = match cue.strip_prefix('~') {
                Some(rest) => format!("(?:{rest})"),
                None => format!(r"\b(?:{cue})\b"),
            };
            classes.entry(format!("st-{}", class.trim())).or_default().push(pat);
        }
        out.extend(classes.into_iter().map(|(k, ps)| (k, ps.join("|"))));
        out.into_iter()
            .filter_map(|(k, p)| crate::rx::regex(&format!("(?i){p}")).ok().map(|r| (k, r)))
            .collect()
    })
}

/// Lower-cased words of `s` with their byte ranges: runs of letters and digits.
fn words(s: &str) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, ch) in s.char_indices().chain([(s.len(), ' ')]) {
        if ch.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(st) = start.take() {
            out.push((st..i, s[st..i].to_lowercase()));
        }
    }
    out
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i.min(s.len())
}

/// A word's stem: digits become `<year>` (four) or `<num>`; letters are cut to six characters.
fn stem(w: &str) -> String {
    if w.chars().all(|c| c.is_ascii_digit()) {
        return if w.len() == 4 { "<year>" } else { "<num>" }.to_string();
    }
    w.chars().take(6).collect()
}

fn actor_kind(k: ActorKind) -> &'static str {
    match k {
        ActorKind::State => "state",
        ActorKind::Entity => "entity",
        ActorKind::FormerState => "former",
        ActorKind::Organisation => "org",
    }
}

fn mention_kind(k: MentionKind) -> &'static str {
    match k {
        MentionKind::Name => "name",
        MentionKind::Demonym => "demonym",
        MentionKind::Capital => "capital",
        MentionKind::Person => "person",
    }
}

fn bucket(n: usize) -> &'static str {
    match n {
        0 => "0",
        1 => "1",
        2 => "2",
        3..=5 => "3-5",
        6..=10 => "6-10",
        11..=20 => "11-20",
        _ => "21+",
    }
}

/// The features of a candidate (sorted, without repeats): the words between the two mentions (and
/// their pairs), two words before the first and two after the second, the trigger and where it
/// stands, negation and modality cues in the sentence and between the mentions, the distance in
/// words, the actors' kinds and how they are named, the number of actors, whether the sentence is
/// dated, and a bias.
pub fn features(c: &Candidate) -> Vec<String> {
    let s = c.sentence.as_str();
    let ws = words(s);
    let (a, b) = (&c.a_at, &c.b_at);
    let outside = |r: &Range<usize>| r.end <= a.start || r.start >= a.end;
    let between: Vec<String> = ws
        .iter()
        .filter(|(r, _)| r.start >= a.end && r.end <= b.start)
        .map(|(_, w)| stem(w))
        .collect();
    let before: Vec<String> = ws
        .iter()
        .filter(|(r, _)| r.end <= a.start)
        .map(|(_, w)| stem(w))
        .collect();
    let after: Vec<String> = ws
        .iter()
        .filter(|(r, _)| r.start >= b.end && outside(r))
        .map(|(_, w)| stem(w))
        .collect();
    // The pair's origin: a decider only ever sees undecided pairs; training also sees the pairs a
    // rule decided, whose label distribution differs (a bias of their own, "frustratingly easy"
    // domain adaptation).
    let origin = if c.decided { "decided" } else { "undecided" };
    let mut f: Vec<String> = vec!["bias".into(), format!("pair={origin}")];
    let trig = stem(&c.trigger.to_lowercase());
    let at = s.find(c.trigger.as_str()).unwrap_or(0);
    let pos = if at < a.start {
        "before"
    } else if at >= b.end {
        "after"
    } else if at >= a.end && at < b.start {
        "between"
    } else {
        "in"
    };
    f.push(format!("trig={trig}"));
    f.push(format!("trigpos={pos}"));
    f.push(format!("trig_pos={trig}_{pos}"));
    for w in &between {
        f.push(format!("b={w}"));
    }
    for p in between.windows(2) {
        f.push(format!("bb={}_{}", p[0], p[1]));
    }
    let none = "<none>".to_string();
    let bf = between.first().unwrap_or(&none);
    let bl = between.last().unwrap_or(&none);
    f.push(format!("bf={bf}"));
    f.push(format!("bl={bl}"));
    f.push(format!("l1={}", before.last().unwrap_or(&none)));
    f.push(format!(
        "l2={}",
        before.len().checked_sub(2).map_or(&none, |i| &before[i])
    ));
    f.push(format!("r1={}", after.first().unwrap_or(&none)));
    f.push(format!("r2={}", after.get(1).unwrap_or(&none)));
    f.push(format!("dist={}", bucket(between.len())));
    let (ka, kb) = (actor_kind(c.kinds.0), actor_kind(c.kinds.1));
    f.push(format!("ka={ka}"));
    f.push(format!("kb={kb}"));
    f.push(format!("kab={ka}_{kb}"));
    f.push(format!("kab_bf={ka}_{kb}_{bf}"));
    f.push(format!("kab_trig={ka}_{kb}_{trig}"));
    f.push(format!("na={}", mention_kind(c.named.0)));
    f.push(format!("nb={}", mention_kind(c.named.1)));
    f.push(format!("nact={}", c.actors.min(5)));
    f.push(format!("dated={}", u8::from(c.dated)));
    f.push(format!("tdate={}", u8::from(c.template.date.is_some())));
    let l0 = floor_boundary(s, a.start.saturating_sub(60));
    let r1 = ceil_boundary(s, (b.end + 60).min(s.len()));
    let regions = [
        ("s", s),
        ("b", s.get(a.end.min(b.start)..b.start).unwrap_or("")),
        ("l", s.get(l0..a.start).unwrap_or("")),
        ("r", s.get(b.end..r1).unwrap_or("")),
    ];
    for (fam, rx) in families() {
        for (region, text) in regions {
            if rx.is_match(text) {
                f.push(format!("{fam}_{region}"));
            }
        }
    }
    f.sort();
    f.dedup();
    f
}

/// The claim key of a claim, as the held-out harness and `comity eval claims` read it.
pub fn claim_key(c: &Claim) -> Option<ClaimKey> {
    serde_json::to_value(c)
        .ok()
        .and_then(|v| serde_json::from_value(v).ok())
}

/// A gold claim with the byte span of its evidence in the document (the held-out files' `span`).
#[derive(Debug, Clone)]
pub struct GoldClaim {
    /// The fields the matching rule uses.
    pub key: ClaimKey,
    /// `[start, end)` of the evidence in the original bytes, when the file gives it.
    pub span: Option<Range<usize>>,
}

/// Reads gold claims (JSON lines) with their spans.
///
/// # Errors
/// [`crate::IngestError::Json`] naming `file` and the line when a line is not a claim.
pub fn parse_gold(text: &str, file: &str) -> Result<Vec<GoldClaim>, crate::IngestError> {
    let keys = crate::eval::parse_jsonl(text, file)?;
    let spans = text.lines().filter(|l| !l.trim().is_empty()).map(|l| {
        let v: serde_json::Value = serde_json::from_str(l).unwrap_or_default();
        let s = v.get("span")?.as_array()?;
        let (a, b) = (s.first()?.as_u64()?, s.get(1)?.as_u64()?);
        (a <= b).then_some(a as usize..b as usize)
    });
    Ok(keys
        .into_iter()
        .zip(spans)
        .map(|(key, span)| GoldClaim { key, span })
        .collect())
}

/// The label of a candidate against gold claims: the index in [`LABELS`] of the first label (in
/// its order, `none` excepted) whose claim matches a gold claim under `eval.rs`'s rule **and**
/// whose gold evidence overlaps the candidate's span (when the gold gives a span: an undated gold
/// claim matches any sentence naming its parties, which is not what this sentence states), else 0
/// (`none`).
pub fn gold_label(c: &Candidate, gold: &[GoldClaim]) -> usize {
    let here = &c.template.span;
    for (k, l) in LABELS.iter().enumerate().skip(1) {
        let Some(claim) = labelled_claim(c, l, "", RULE, 1.0) else {
            continue;
        };
        let Some(key) = claim_key(&claim) else {
            continue;
        };
        if gold.iter().any(|g| {
            matches(&g.key, &key)
                && g.span
                    .as_ref()
                    .is_none_or(|s| s.start < here.end && here.start < s.end)
        }) {
            return k;
        }
    }
    0
}

fn softmax(scores: &mut [f64]) {
    let max = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let mut sum = 0.0;
    for s in scores.iter_mut() {
        *s = (*s - max).exp();
        sum += *s;
    }
    for s in scores.iter_mut() {
        *s /= sum;
    }
}

/// Features seen in fewer training examples than this are not weighted.
pub const MIN_COUNT: usize = 2;

/// Trains a model on `(features, label)` examples (labels index [`LABELS`]): stochastic gradient
/// descent on the log-loss with an L2 penalty on the weights an example touches, examples visited in
/// an order drawn from `settings.seed`, learning rate 0.1 / (1 + 0.05 · epoch); features of fewer than
/// [`MIN_COUNT`] examples are left out. Weights are rounded to three decimals, as the file keeps
/// them. Deterministic.
pub fn train(examples: &[(Vec<String>, usize)], settings: Settings) -> Model {
    let n_labels = LABELS.len();
    // Features of fewer than MIN_COUNT examples are left out (they fit one example, no more).
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for (fs, _) in examples {
        for f in fs {
            *count.entry(f.as_str()).or_default() += 1;
        }
    }
    let mut index: BTreeMap<&str, usize> = BTreeMap::new();
    for (f, n) in &count {
        if *n >= MIN_COUNT {
            let next = index.len();
            index.insert(f, next);
        }
    }
    let xs: Vec<(Vec<usize>, usize)> = examples
        .iter()
        .map(|(fs, y)| {
            let ids = fs.iter().filter_map(|f| index.get(f.as_str()).copied());
            (ids.collect(), *y)
        })
        .collect();
    let mut w = vec![0.0f64; index.len() * n_labels];
    let mut order: Vec<usize> = (0..xs.len()).collect();
    let mut rng = Rng::new(settings.seed);
    let mut scores = vec![0.0f64; n_labels];
    for epoch in 0..settings.epochs {
        rng.shuffle(&mut order);
        let lr = 0.1 / (1.0 + 0.05 * epoch as f64);
        for &i in &order {
            let (fs, y) = &xs[i];
            scores.iter_mut().for_each(|s| *s = 0.0);
            for &f in fs {
                for (k, s) in scores.iter_mut().enumerate() {
                    *s += w[f * n_labels + k];
                }
            }
            softmax(&mut scores);
            for &f in fs {
                for (k, p) in scores.iter().enumerate() {
                    let g = p - if k == *y { 1.0 } else { 0.0 };
                    let wk = &mut w[f * n_labels + k];
                    *wk -= lr * (g + settings.lambda * *wk);
                }
            }
        }
    }
    let mut weights = BTreeMap::new();
    for (f, &i) in &index {
        let row: Vec<f64> = w[i * n_labels..(i + 1) * n_labels]
            .iter()
            .map(|x| round3(*x))
            .collect();
        if row.iter().any(|x| *x != 0.0) {
            weights.insert((*f).to_string(), row);
        }
    }
    Model {
        settings,
        default_on: false,
        comments: Vec::new(),
        weights,
    }
}

fn round3(x: f64) -> f64 {
    let r = (x * 1e3).round() / 1e3;
    if r == 0.0 {
        0.0 // no negative zero
    } else {
        r
    }
}

impl Model {
    /// Whether the embedded model says it is on by default, read from its settings only (they
    /// precede the `labels` line), so that a run that does not use the decider does not parse
    /// its weights. `false` when the setting is missing or not `on`.
    pub fn embedded_default_on() -> bool {
        EMBEDDED
            .lines()
            .take_while(|l| !l.starts_with("labels\t"))
            .any(|l| l == "default\ton")
    }

    /// The model embedded in the crate ([`WEIGHTS_FILE`]).
    ///
    /// # Errors
    /// [`LearnedError::Weights`] when the embedded file cannot be read (a build with a broken file).
    pub fn embedded() -> Result<&'static Model, LearnedError> {
        static M: OnceLock<Result<Model, String>> = OnceLock::new();
        match M.get_or_init(|| Model::parse(EMBEDDED, WEIGHTS_FILE).map_err(|e| e.to_string())) {
            Ok(m) => Ok(m),
            Err(e) => Err(LearnedError::Weights {
                file: WEIGHTS_FILE.into(),
                line: 0,
                reason: e.clone(),
            }),
        }
    }

    /// The number of features with weights.
    pub fn features(&self) -> usize {
        self.weights.len()
    }

    /// The probability of each label of [`LABELS`] for a candidate (features the model never saw
    /// count for nothing).
    pub fn probabilities(&self, c: &Candidate) -> Vec<f64> {
        self.probabilities_of(&features(c))
    }

    /// The probability of each label of [`LABELS`] for an example's features.
    pub fn probabilities_of(&self, features: &[String]) -> Vec<f64> {
        let mut scores = vec![0.0f64; LABELS.len()];
        for f in features {
            if let Some(row) = self.weights.get(f) {
                for (s, w) in scores.iter_mut().zip(row) {
                    *s += w;
                }
            }
        }
        softmax(&mut scores);
        scores
    }

    /// The non-`none` label of highest probability (index into [`LABELS`]) and its probability.
    pub fn best(&self, c: &Candidate) -> (usize, f64) {
        let p = self.probabilities(c);
        let mut best = (1, p[1]);
        for (k, &x) in p.iter().enumerate().skip(2) {
            if x > best.1 {
                best = (k, x);
            }
        }
        best
    }

    /// Decides every candidate with the model's threshold (see [`Model::decide_at`]).
    pub fn decide(&self, candidates: &[Candidate]) -> Vec<Decision> {
        self.decide_at(candidates, self.settings.threshold)
    }

    /// Decides every candidate: the best non-`none` label when its probability is at least
    /// `threshold`, else `none`. Never [`Outcome::Dropped`].
    pub fn decide_at(&self, candidates: &[Candidate], threshold: f64) -> Vec<Decision> {
        let who = format!("learned decider ({WEIGHTS_FILE}, threshold {threshold})");
        candidates
            .iter()
            .map(|c| {
                let (k, p) = self.best(c);
                // A pair a rule decided is never decided again (only training sees such pairs).
                let outcome = if p >= threshold && !c.decided {
                    let claim = labelled_claim(c, LABELS[k], &who, RULE, 0.6 * p).map(Box::new);
                    Outcome::Decided {
                        label: LABELS[k].to_string(),
                        claim,
                    }
                } else {
                    Outcome::Decided {
                        label: "none".into(),
                        claim: None,
                    }
                };
                Decision {
                    candidate: c.clone(),
                    outcome,
                }
            })
            .collect()
    }

    /// The weights file: comment lines, the settings, the labels, then one line per feature
    /// (`feature<TAB>label:weight …`, weights with three decimals, zero weights left out), features
    /// sorted. [`Model::parse`] reads it back to an equal model.
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        for c in &self.comments {
            let _ = writeln!(s, "# {c}");
        }
        let st = &self.settings;
        let _ = writeln!(s, "lambda\t{}", st.lambda);
        let _ = writeln!(s, "epochs\t{}", st.epochs);
        let _ = writeln!(s, "threshold\t{}", st.threshold);
        let _ = writeln!(s, "seed\t{}", st.seed);
        let _ = writeln!(s, "default\t{}", if self.default_on { "on" } else { "off" });
        let _ = writeln!(s, "labels\t{}", LABELS.join("\t"));
        for (f, row) in &self.weights {
            s.push_str(f);
            s.push('\t');
            let cells: Vec<String> = row
                .iter()
                .enumerate()
                .filter(|(_, w)| **w != 0.0)
                .map(|(k, w)| format!("{k}:{w:.3}"))
                .collect();
            s.push_str(&cells.join(" "));
            s.push('\n');
        }
        s
    }

    /// Reads a weights file written by [`Model::to_text`].
    ///
    /// # Errors
    /// [`LearnedError::Weights`] naming `file` and the line: a missing setting, labels other than
    /// [`LABELS`], a weight that is not `label:number` with a label index of the set.
    pub fn parse(text: &str, file: &str) -> Result<Model, LearnedError> {
        let err = |line: usize, reason: String| LearnedError::Weights {
            file: file.to_string(),
            line,
            reason,
        };
        let mut comments = Vec::new();
        let mut header: BTreeMap<&str, (usize, &str)> = BTreeMap::new();
        let mut weights = BTreeMap::new();
        let mut labels_seen = false;
        for (i, line) in text.lines().enumerate() {
            let n = i + 1;
            if let Some(c) = line.strip_prefix("# ") {
                comments.push(c.to_string());
                continue;
            }
            if line.is_empty() {
                continue;
            }
            let (key, rest) = line
                .split_once('\t')
                .ok_or_else(|| err(n, "expected KEY<TAB>VALUE".into()))?;
            if !labels_seen {
                if key == "labels" {
                    let ls: Vec<&str> = rest.split('\t').collect();
                    if ls != LABELS {
                        return Err(err(
                            n,
                            "the labels are not this build's decider::LABELS".into(),
                        ));
                    }
                    labels_seen = true;
                } else {
                    header.insert(key, (n, rest));
                }
                continue;
            }
            let mut row = vec![0.0f64; LABELS.len()];
            for cell in rest.split(' ').filter(|c| !c.is_empty()) {
                let (k, w) = cell
                    .split_once(':')
                    .ok_or_else(|| err(n, format!("weight `{cell}`: expected LABEL:WEIGHT")))?;
                let k: usize = k
                    .parse()
                    .ok()
                    .filter(|k| *k < LABELS.len())
                    .ok_or_else(|| {
                        err(n, format!("label index `{k}` out of 0..{}", LABELS.len()))
                    })?;
                let w: f64 = w
                    .parse()
                    .ok()
                    .filter(|w: &f64| w.is_finite())
                    .ok_or_else(|| err(n, format!("weight `{w}` is not a finite number")))?;
                row[k] = w;
            }
            weights.insert(key.to_string(), row);
        }
        if !labels_seen {
            return Err(err(0, "no `labels` line".into()));
        }
        let get = |k: &str| {
            header
                .get(k)
                .copied()
                .ok_or_else(|| err(0, format!("no `{k}` line before `labels`")))
        };
        let num = |k: &str| -> Result<f64, LearnedError> {
            let (n, v) = get(k)?;
            v.parse::<f64>()
                .ok()
                .filter(|x| x.is_finite() && *x >= 0.0)
                .ok_or_else(|| err(n, format!("`{k}` must be a non-negative number, not `{v}`")))
        };
        let int = |k: &str| -> Result<u64, LearnedError> {
            let (n, v) = get(k)?;
            v.parse::<u64>()
                .map_err(|_| err(n, format!("`{k}` must be a whole number, not `{v}`")))
        };
        let (dn, dv) = get("default")?;
        let default_on = match dv {
            "on" => true,
            "off" => false,
            _ => return Err(err(dn, format!("`default` must be on or off, not `{dv}`"))),
        };
        Ok(Model {
            settings: Settings {
                lambda: num("lambda")?,
                epochs: int("epochs")? as usize,
                threshold: num("threshold")?,
                seed: int("seed")?,
            },
            default_on,
            comments,
            weights,
        })
    }
}

/// One development document for training and cross-validation: its name, the rules' claims, the
/// pairs of its trigger sentences ([`crate::decider::all_pairs`]: the candidates, and the pairs a
/// rule decided, which are training examples only) with their features and gold labels.
#[derive(Debug, Clone)]
pub struct TrainingDoc {
    /// Document name.
    pub name: String,
    /// The claims the rules and frames proposed.
    pub claims: Vec<Claim>,
    /// The pairs of its trigger sentences (undecided ones and those a rule decided).
    pub candidates: Vec<Candidate>,
    /// Each candidate's features.
    pub features: Vec<Vec<String>>,
    /// Each candidate's gold label ([`gold_label`]).
    pub labels: Vec<usize>,
}

impl TrainingDoc {
    /// A document with its features and gold labels computed against `gold`.
    pub fn new(
        name: &str,
        claims: Vec<Claim>,
        candidates: Vec<Candidate>,
        gold: &[GoldClaim],
    ) -> Self {
        let gold: Vec<GoldClaim> = gold.iter().filter(|g| g.key.doc == name).cloned().collect();
        Self {
            name: name.to_string(),
            features: candidates.iter().map(features).collect(),
            labels: candidates.iter().map(|c| gold_label(c, &gold)).collect(),
            claims,
            candidates,
        }
    }
}

impl TrainingDoc {
    /// The same document with only its undecided pairs (the candidates) as examples.
    pub fn undecided_only(&self) -> TrainingDoc {
        let keep: Vec<usize> = (0..self.candidates.len())
            .filter(|&i| !self.candidates[i].decided)
            .collect();
        TrainingDoc {
            name: self.name.clone(),
            claims: self.claims.clone(),
            candidates: keep.iter().map(|&i| self.candidates[i].clone()).collect(),
            features: keep.iter().map(|&i| self.features[i].clone()).collect(),
            labels: keep.iter().map(|&i| self.labels[i]).collect(),
        }
    }
}

/// The examples of some documents.
pub fn examples<'a>(docs: impl IntoIterator<Item = &'a TrainingDoc>) -> Vec<(Vec<String>, usize)> {
    docs.into_iter()
        .flat_map(|d| d.features.iter().cloned().zip(d.labels.iter().copied()))
        .collect()
}

/// The fold of each document (by index of `docs`): names sorted, shuffled with `seed`, dealt to
/// `folds` folds in turn.
pub fn folds_by_document(docs: &[TrainingDoc], folds: usize, seed: u64) -> Vec<usize> {
    let mut names: Vec<(&str, usize)> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| (d.name.as_str(), i))
        .collect();
    names.sort();
    Rng::new(seed).shuffle(&mut names);
    let mut out = vec![0; docs.len()];
    for (k, (_, i)) in names.iter().enumerate() {
        out[*i] = k % folds.max(1);
    }
    out
}

/// A cross-validated score of the whole extractor at one threshold.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CvScore {
    /// The threshold.
    pub threshold: f64,
    /// Rules and decided claims, pooled over the folds.
    pub whole: Score,
    /// Claims the decider added (after deduplication against the rules' claims).
    pub added: usize,
    /// True positives the added claims brought (the whole's tp minus the rules' tp).
    pub added_tp: usize,
}

impl CvScore {
    /// The precision of the added claims (`added_tp / added`; 0 when none were added).
    pub fn added_precision(&self) -> f64 {
        if self.added == 0 {
            0.0
        } else {
            self.added_tp as f64 / self.added as f64
        }
    }
}

/// The rules' claims alone, scored against `gold`.
pub fn rules_score(docs: &[TrainingDoc], gold: &[ClaimKey]) -> Score {
    let pred: Vec<ClaimKey> = docs
        .iter()
        .flat_map(|d| d.claims.iter().filter_map(claim_key))
        .collect();
    evaluate(gold, &pred).overall
}

/// Cross-validation by document: for each fold, a model trained (with `settings`) on the other
/// folds decides the fold's candidates; the rules' claims and the decided claims (deduplicated
/// against them as [`crate::decider::decided_claims`] does) of all folds are pooled and scored
/// against `gold`, once per threshold of `thresholds`.
pub fn cross_validate(
    docs: &[TrainingDoc],
    gold: &[ClaimKey],
    fold_of: &[usize],
    settings: Settings,
    thresholds: &[f64],
) -> Vec<CvScore> {
    let folds = fold_of.iter().copied().max().map_or(0, |m| m + 1);
    // Per document, per threshold: the decided claims.
    let mut decided: Vec<Vec<Vec<Claim>>> = vec![Vec::new(); docs.len()];
    for f in 0..folds {
        let train_docs = docs
            .iter()
            .zip(fold_of)
            .filter(|(_, k)| **k != f)
            .map(|(d, _)| d);
        let model = train(&examples(train_docs), settings);
        for (i, d) in docs.iter().enumerate() {
            if fold_of[i] != f {
                continue;
            }
            decided[i] = thresholds
                .iter()
                .map(|&t| {
                    let ds = model.decide_at(&d.candidates, t);
                    crate::decider::decided_claims(&ds, &d.claims)
                })
                .collect();
        }
    }
    let rules = rules_score(docs, gold);
    thresholds
        .iter()
        .enumerate()
        .map(|(ti, &t)| {
            let mut pred: Vec<ClaimKey> = Vec::new();
            let mut added = 0;
            for (i, d) in docs.iter().enumerate() {
                pred.extend(d.claims.iter().filter_map(claim_key));
                if let Some(extra) = decided[i].get(ti) {
                    added += extra.len();
                    pred.extend(extra.iter().filter_map(claim_key));
                }
            }
            let whole = evaluate(gold, &pred).overall;
            CvScore {
                threshold: t,
                whole,
                added,
                added_tp: whole.tp.saturating_sub(rules.tp),
            }
        })
        .collect()
}

/// The development documents as training documents: the rules' claims of each (from one
/// [`crate::ingest`] of all of them, as the held-out harness runs it), the pairs of its trigger
/// sentences, their features and gold labels.
pub fn training_docs(
    files: &[(&str, &[u8])],
    gold: &[GoldClaim],
    g: &crate::mentions::Gazetteer,
) -> Vec<TrainingDoc> {
    let report = crate::ingest(files, g, &crate::Options::default());
    files
        .iter()
        .map(|(name, bytes)| {
            let claims: Vec<Claim> = report
                .claims
                .iter()
                .filter(|c| c.doc == *name)
                .cloned()
                .collect();
            TrainingDoc::new(
                name,
                claims,
                crate::decider::all_pairs(name, bytes, g),
                gold,
            )
        })
        .collect()
}

/// The protocol's grid (crate README, "Learned decider"): L2 penalties, epochs and thresholds.
pub const GRID_LAMBDA: [f64; 3] = [1e-4, 1e-3, 1e-2];
/// Epochs of the grid.
pub const GRID_EPOCHS: [usize; 2] = [10, 30];
/// Thresholds of the grid.
pub const GRID_THRESHOLD: [f64; 8] = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
/// Folds of the cross-validation, and the seed of folds and training order.
pub const FOLDS: usize = 5;
/// The seed.
pub const SEED: u64 = 10;
/// Least pooled precision of the whole extractor on cross-validation.
pub const MIN_PRECISION: f64 = 0.85;
/// Least precision of the decider's added claims on cross-validation.
pub const MIN_ADDED_PRECISION: f64 = 0.70;
/// Least gain in pooled F1 over the rules alone for the decider to be on by default.
pub const MIN_F1_GAIN: f64 = 0.01;

/// One setting of the grid with its cross-validated score.
#[derive(Debug, Clone, Copy)]
pub struct GridRow {
    /// The setting (threshold included).
    pub settings: Settings,
    /// Its score.
    pub cv: CvScore,
}

impl GridRow {
    /// Whether it meets both constraints of the criterion.
    pub fn admissible(&self) -> bool {
        self.cv.whole.precision >= MIN_PRECISION && self.cv.added_precision() >= MIN_ADDED_PRECISION
    }
}

/// The protocol's model selection: every setting of the grid scored by cross-validation by
/// document; returns the rows and the index of the chosen one (highest F1 among the admissible
/// rows; ties: higher threshold, larger λ, fewer epochs), or — when none is admissible — of the
/// row of highest added-claim precision among those with pooled precision ≥ [`MIN_PRECISION`]
/// (`None` when there is none), with whether it is on by default.
pub fn select(docs: &[TrainingDoc], gold: &[ClaimKey]) -> (Vec<GridRow>, Option<usize>, bool) {
    let fold_of = folds_by_document(docs, FOLDS, SEED);
    let mut rows = Vec::new();
    for &lambda in &GRID_LAMBDA {
        for &epochs in &GRID_EPOCHS {
            let s = Settings {
                lambda,
                epochs,
                threshold: 0.0,
                seed: SEED,
            };
            for cv in cross_validate(docs, gold, &fold_of, s, &GRID_THRESHOLD) {
                rows.push(GridRow {
                    settings: Settings {
                        threshold: cv.threshold,
                        ..s
                    },
                    cv,
                });
            }
        }
    }
    let key = |r: &GridRow| {
        (
            r.cv.whole.f1,
            r.settings.threshold,
            r.settings.lambda,
            -(r.settings.epochs as f64),
        )
    };
    let better = |a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)| {
        a.partial_cmp(&b)
            .is_some_and(|o| o == std::cmp::Ordering::Greater)
    };
    let mut chosen: Option<usize> = None;
    for (i, r) in rows.iter().enumerate() {
        if r.admissible() && chosen.is_none_or(|c| better(key(r), key(&rows[c]))) {
            chosen = Some(i);
        }
    }
    let rules = rules_score(docs, gold);
    if let Some(c) = chosen {
        let on = rows[c].cv.whole.f1 >= rules.f1 + MIN_F1_GAIN;
        return (rows, Some(c), on);
    }
    let mut fallback: Option<usize> = None;
    for (i, r) in rows.iter().enumerate() {
        if r.cv.whole.precision >= MIN_PRECISION
            && fallback.is_none_or(|c| r.cv.added_precision() > rows[c].cv.added_precision())
        {
            fallback = Some(i);
        }
    }
    (rows, fallback, false)
}
