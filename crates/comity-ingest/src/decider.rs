//! The optional model decider (issue 10, item 3): for each candidate the rules and frames left
//! undecided — a sentence's byte span, two actors it names and a trigger word — an OpenAI-compatible
//! chat-completions endpoint (llama.cpp's `llama-server`, Ollama, vLLM) is asked to choose **one
//! label** of a fixed set ([`LABELS`]: kind, polarity and direction, or `none`).
//!
//! The model never writes a claim. Its answer is constrained by a JSON schema (`{"span": [start,
//! end], "label": …}`) and is used only when it echoes the candidate's exact byte span and names a
//! label of the set; anything else — another span, an unknown label, text that is not that JSON, an
//! HTTP error, a timeout — drops the candidate with a message saying why. The parties always come
//! from the gazetteer's mentions of the sentence, the evidence and span from the document, so no
//! claim can be invented. A decided claim says which model decided it ([`Claim::decided_by`], rule
//! `model-decider`) and has a lower confidence.
//!
//! Transport: plain HTTP/1.1 over `std::net` (no async, no TLS: run the server on a loopback or
//! local-network `http://` address), a timeout per request, one retry, and at most
//! [`DeciderOptions::concurrency`] requests at a time.

use crate::claim::{Claim, ClaimKind};
use crate::extract::{extract_with_all_pairs, extract_with_candidates, Candidate, DocInput};
use crate::mentions::Gazetteer;
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};
use thiserror::Error;

/// The labels a model may choose: `KIND/POLARITY/DIRECTION` (`A>B`: A is the subject — for a
/// statement, the speaker) or `none`. Relations and agreements are unordered; independence has no
/// polarity.
pub const LABELS: &[&str] = &[
    "none",
    "recognition/positive/A>B",
    "recognition/positive/B>A",
    "recognition/negative/A>B",
    "recognition/negative/B>A",
    "recognition/withdrawn/A>B",
    "recognition/withdrawn/B>A",
    "recognition/planned/A>B",
    "recognition/planned/B>A",
    "relations/established/A-B",
    "relations/severed/A-B",
    "relations/none/A-B",
    "membership/joined/A>B",
    "membership/joined/B>A",
    "membership/applied/A>B",
    "membership/applied/B>A",
    "membership/refused/A>B",
    "membership/refused/B>A",
    "membership/blocked/A>B",
    "membership/blocked/B>A",
    "independence/-/A>B",
    "independence/-/B>A",
    "agreement/-/A-B",
    "statement/support/A>B",
    "statement/support/B>A",
    "statement/oppose/A>B",
    "statement/oppose/B>A",
];

/// Where and how to ask.
#[derive(Debug, Clone)]
pub struct DeciderOptions {
    /// `http://host:port` (the path `/v1/chat/completions` is added when missing), or the full URL
    /// of the chat-completions route.
    pub endpoint: String,
    /// The model name sent in each request (servers that serve one model ignore it).
    pub model: String,
    /// Timeout of one request (connect, write and read together).
    pub timeout: Duration,
    /// Attempts after the first one failed (timeout, transport or HTTP error).
    pub retries: u32,
    /// Requests in flight at most.
    pub concurrency: usize,
}

impl DeciderOptions {
    /// Options for `endpoint` with the defaults: model `default`, 30 s, one retry, two at a time.
    pub fn new(endpoint: &str) -> Self {
        Self {
            endpoint: endpoint.to_string(),
            model: "default".to_string(),
            timeout: Duration::from_secs(30),
            retries: 1,
            concurrency: 2,
        }
    }
}

/// Why a request failed.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum DeciderError {
    /// The endpoint is not an `http://host[:port][/path]` URL.
    #[error("endpoint `{0}`: expected http://HOST[:PORT][/PATH] (https is not supported: use a local http address)")]
    Endpoint(String),
    /// Connecting, writing or reading failed.
    #[error("{endpoint}: {reason}")]
    Transport {
        /// The endpoint.
        endpoint: String,
        /// What failed.
        reason: String,
    },
    /// No complete answer within the timeout.
    #[error("{endpoint}: no answer within {secs:.1} s (timeout)")]
    Timeout {
        /// The endpoint.
        endpoint: String,
        /// The timeout in seconds.
        secs: f64,
    },
    /// The server answered with an HTTP error.
    #[error("{endpoint}: HTTP {status}")]
    Status {
        /// The endpoint.
        endpoint: String,
        /// The status code.
        status: u16,
    },
}

/// What happened to one candidate.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The model chose a label of the set and echoed the span: the claim (or `None` for `none`).
    Decided {
        /// The label chosen.
        label: String,
        /// The claim it gives (`None` for the label `none`).
        claim: Option<Box<Claim>>,
    },
    /// The answer was not used, and why.
    Dropped(String),
}

/// A candidate with what the decider made of it.
#[derive(Debug, Clone)]
pub struct Decision {
    /// The candidate.
    pub candidate: Candidate,
    /// Its outcome.
    pub outcome: Outcome,
}

/// The candidates of one document: pairs of actors of a sentence with a trigger word that no rule
/// or frame decided. Decodes and cleans `bytes` as [`crate::ingest`] does.
pub fn candidates(name: &str, bytes: &[u8], g: &Gazetteer) -> Vec<Candidate> {
    doc_pairs(name, bytes, g, false)
}

/// [`candidates`], and the pairs of the same sentences that a rule or frame decided
/// ([`Candidate::decided`]): the examples the learned decider ([`crate::learned`]) is trained on.
pub fn all_pairs(name: &str, bytes: &[u8], g: &Gazetteer) -> Vec<Candidate> {
    doc_pairs(name, bytes, g, true)
}

fn doc_pairs(name: &str, bytes: &[u8], g: &Gazetteer, all: bool) -> Vec<Candidate> {
    let d = crate::decode(bytes);
    let c = crate::clean(&d, &crate::CleanOptions::default());
    // The same stated date as the pipeline's (before, the leading "Published: …" date was missed).
    let stated_date = crate::pipeline::stated_date(&c);
    let doc_flags: Vec<crate::FlagKind> = d.flags.iter().map(|f| f.kind).collect();
    let input = DocInput {
        name,
        text: &c.text,
        blocks: &c.blocks,
        clean_map: &c.map,
        decoded: &d.text,
        decode_map: &d.map,
        doc_flags: &doc_flags,
        gazetteer: g,
        stated_date,
    };
    if all {
        extract_with_all_pairs(&input).1
    } else {
        extract_with_candidates(&input).1
    }
}

struct Url {
    host: String,
    port: u16,
    path: String,
}

fn parse_endpoint(endpoint: &str) -> Result<Url, DeciderError> {
    let bad = || DeciderError::Endpoint(endpoint.to_string());
    let rest = endpoint.trim().strip_prefix("http://").ok_or_else(bad)?;
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let (host, port) = match authority.rsplit_once(':') {
        Some((h, p)) => (h, p.parse::<u16>().map_err(|_| bad())?),
        None => (authority, 80),
    };
    if host.is_empty() || host.contains(['@', ' ']) {
        return Err(bad());
    }
    let path = path.trim_end_matches('/');
    let path = if path.ends_with("/chat/completions") {
        path.to_string()
    } else if path.ends_with("/v1") {
        format!("{path}/chat/completions")
    } else {
        format!("{path}/v1/chat/completions")
    };
    Ok(Url {
        host: host.to_string(),
        port,
        path,
    })
}

/// The request body for one candidate: the label set and the span as a JSON-schema constraint.
fn request_body(c: &Candidate, model: &str) -> Value {
    let (start, end) = (c.template.span.start, c.template.span.end);
    // Everything that is the same for every candidate (instructions and the label set) is in the
    // system message, first, so that a server with a prompt cache (llama-server does) processes it
    // once; only the candidate itself changes from request to request.
    let system = format!(
        "You label one sentence for a database of international recognition of states. \
        Choose exactly one label from the list for the relation the sentence STATES between actor A \
        and actor B (not world knowledge). Labels are KIND/POLARITY/DIRECTION: A>B means A is the \
        subject (A recognises B, A is a member of B, A declared independence from B); A-B is \
        symmetric; statement/support and statement/oppose: A (the speaker) states support for or \
        opposition to B. Answer `none` when the sentence states none of them. Copy the span exactly.\n\
        labels: {}",
        LABELS.join(", ")
    );
    let user = format!(
        "span: [{start}, {end}]\nsentence: {}\nactor A: {}\nactor B: {}\ntrigger: {}",
        c.template.evidence, c.a, c.b, c.trigger,
    );
    json!({
        "model": model,
        "temperature": 0,
        "messages": [
            {"role": "system", "content": system},
            {"role": "user", "content": user},
        ],
        "response_format": {
            "type": "json_schema",
            "json_schema": {
                "name": "candidate_label",
                "strict": true,
                "schema": {
                    "type": "object",
                    "properties": {
                        "span": {
                            "type": "array",
                            "items": {"type": "integer"},
                            "minItems": 2,
                            "maxItems": 2
                        },
                        "label": {"type": "string", "enum": LABELS}
                    },
                    "required": ["span", "label"],
                    "additionalProperties": false
                }
            }
        }
    })
}

/// One HTTP/1.1 POST with a deadline; returns the response body of a 2xx answer.
fn post(url: &Url, endpoint: &str, body: &str, timeout: Duration) -> Result<String, DeciderError> {
    let start = Instant::now();
    let timed_out = || DeciderError::Timeout {
        endpoint: endpoint.to_string(),
        secs: timeout.as_secs_f64(),
    };
    let transport = |e: std::io::Error| {
        if matches!(
            e.kind(),
            std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock
        ) {
            timed_out()
        } else {
            DeciderError::Transport {
                endpoint: endpoint.to_string(),
                reason: e.to_string(),
            }
        }
    };
    let addr = (url.host.as_str(), url.port)
        .to_socket_addrs()
        .map_err(transport)?
        .next()
        .ok_or_else(|| DeciderError::Transport {
            endpoint: endpoint.to_string(),
            reason: format!("{} does not resolve", url.host),
        })?;
    let mut stream = TcpStream::connect_timeout(&addr, timeout).map_err(transport)?;
    let left = |start: Instant| {
        timeout
            .saturating_sub(start.elapsed())
            .max(Duration::from_millis(1))
    };
    stream
        .set_write_timeout(Some(left(start)))
        .map_err(transport)?;
    let head = format!(
        "POST {} HTTP/1.1\r\nHost: {}:{}\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        url.path,
        url.host,
        url.port,
        body.len()
    );
    stream.write_all(head.as_bytes()).map_err(transport)?;
    stream.write_all(body.as_bytes()).map_err(transport)?;
    let mut raw = Vec::new();
    let mut buf = [0u8; 8192];
    loop {
        if start.elapsed() >= timeout {
            return Err(timed_out());
        }
        stream
            .set_read_timeout(Some(left(start)))
            .map_err(transport)?;
        match stream.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                raw.extend_from_slice(&buf[..n]);
                if raw.len() > 16 * 1024 * 1024 {
                    return Err(DeciderError::Transport {
                        endpoint: endpoint.to_string(),
                        reason: "answer larger than 16 MiB".into(),
                    });
                }
                if complete(&raw) {
                    break;
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(transport(e)),
        }
    }
    let split = find(&raw, b"\r\n\r\n").ok_or_else(|| DeciderError::Transport {
        endpoint: endpoint.to_string(),
        reason: "no HTTP header in the answer".into(),
    })?;
    let head = String::from_utf8_lossy(&raw[..split]).to_string();
    let status: u16 = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    if !(200..300).contains(&status) {
        return Err(DeciderError::Status {
            endpoint: endpoint.to_string(),
            status,
        });
    }
    let body = &raw[split + 4..];
    let body = if header(&head, "transfer-encoding").is_some_and(|v| v.contains("chunked")) {
        dechunk(body)
    } else {
        body.to_vec()
    };
    Ok(String::from_utf8_lossy(&body).into_owned())
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    head.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.trim().eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

/// Whether `raw` holds a whole answer (by Content-Length or the last chunk); else read to the end.
fn complete(raw: &[u8]) -> bool {
    let Some(split) = find(raw, b"\r\n\r\n") else {
        return false;
    };
    let head = String::from_utf8_lossy(&raw[..split]);
    let body = raw.len() - split - 4;
    if let Some(n) = header(&head, "content-length").and_then(|v| v.parse::<usize>().ok()) {
        return body >= n;
    }
    if header(&head, "transfer-encoding").is_some_and(|v| v.contains("chunked")) {
        return raw.ends_with(b"0\r\n\r\n");
    }
    false
}

fn dechunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(eol) = find(body, b"\r\n") {
        let size = std::str::from_utf8(&body[..eol])
            .ok()
            .and_then(|s| usize::from_str_radix(s.split(';').next().unwrap_or("").trim(), 16).ok())
            .unwrap_or(0);
        if size == 0 {
            break;
        }
        let start = eol + 2;
        let end = (start + size).min(body.len());
        out.extend_from_slice(&body[start..end]);
        body = body.get(end + 2..).unwrap_or(&[]);
    }
    out
}

/// Reads the model's answer: the label, if the answer echoes `span` and names a label of the set.
fn read_answer(c: &Candidate, body: &str) -> Result<(String, Option<String>), String> {
    let v: Value =
        serde_json::from_str(body).map_err(|e| format!("the answer is not JSON ({e})"))?;
    let model = v.get("model").and_then(Value::as_str).map(str::to_string);
    let content = v
        .pointer("/choices/0/message/content")
        .and_then(Value::as_str)
        .ok_or("the answer has no choices[0].message.content")?;
    let a: Value = serde_json::from_str(content.trim())
        .map_err(|e| format!("the message is not the requested JSON ({e})"))?;
    let span: Option<Vec<u64>> = a
        .get("span")
        .and_then(Value::as_array)
        .map(|xs| xs.iter().filter_map(Value::as_u64).collect());
    let want = [c.template.span.start as u64, c.template.span.end as u64];
    if span.as_deref() != Some(&want[..]) {
        return Err(format!(
            "the answer's span {:?} is not the candidate's [{}, {}]",
            a.get("span"),
            want[0],
            want[1]
        ));
    }
    let label = a
        .get("label")
        .and_then(Value::as_str)
        .ok_or("the answer has no label")?;
    if !LABELS.contains(&label) {
        return Err(format!("label {label:?} is not one of the set"));
    }
    Ok((label.to_string(), model))
}

/// The claim a label gives for a candidate (`None` for `none`), with the model decider's rule and
/// confidence factor.
fn claim_for(c: &Candidate, label: &str, decided_by: &str) -> Option<Claim> {
    labelled_claim(c, label, decided_by, "model-decider", 0.75)
}

/// The claim a label gives for a candidate (`None` for `none` or a label not of the set): the
/// candidate's template (span, evidence, date, flags) with the label's kind, parties and polarity,
/// `rule`, `decided_by`, and the template's confidence times `factor`. The parties are always the
/// candidate's two actors.
pub(crate) fn labelled_claim(
    c: &Candidate,
    label: &str,
    decided_by: &str,
    rule: &'static str,
    factor: f64,
) -> Option<Claim> {
    if !LABELS.contains(&label) {
        return None;
    }
    let mut parts = label.split('/');
    let (kind, polarity, dir) = (parts.next()?, parts.next()?, parts.next()?);
    let kind = match kind {
        "recognition" => ClaimKind::Recognition,
        "relations" => ClaimKind::Relations,
        "membership" => ClaimKind::Membership,
        "independence" => ClaimKind::Independence,
        "agreement" => ClaimKind::Agreement,
        "statement" => ClaimKind::Statement,
        _ => return None,
    };
    let (s, o) = if dir == "B>A" {
        (&c.b, &c.a)
    } else {
        (&c.a, &c.b)
    };
    let mut claim = c.template.clone();
    claim.kind = kind;
    claim.subject = s.clone();
    claim.object = o.clone();
    claim.polarity = (polarity != "-").then(|| polarity.to_string());
    if kind == ClaimKind::Statement {
        // The speaker as the sentence names it, speaking for its actor (as the rules' statements).
        let at = if dir == "B>A" { &c.b_at } else { &c.a_at };
        if let Some(text) = c.sentence.get(at.clone()) {
            claim.subject = text.to_string();
        }
        claim.speaker_actor = Some(s.clone());
    }
    claim.rule = rule;
    claim.confidence = (claim.confidence * factor).clamp(0.0, 1.0);
    claim.decided_by = Some(decided_by.to_string());
    Some(claim)
}

/// Asks about one candidate (with the retries); the outcome is never an error.
fn decide_one(c: &Candidate, url: &Url, o: &DeciderOptions) -> Outcome {
    let body = request_body(c, &o.model).to_string();
    let mut last = String::new();
    for _ in 0..=o.retries {
        match post(url, &o.endpoint, &body, o.timeout) {
            Ok(answer) => {
                return match read_answer(c, &answer) {
                    Ok((label, model)) => {
                        let who = format!(
                            "{} at {}",
                            model.unwrap_or_else(|| o.model.clone()),
                            o.endpoint
                        );
                        let claim = claim_for(c, &label, &who).map(Box::new);
                        Outcome::Decided { label, claim }
                    }
                    // A wrong answer is not retried: the model was asked and answered.
                    Err(why) => Outcome::Dropped(why),
                };
            }
            Err(e) => last = e.to_string(),
        }
    }
    Outcome::Dropped(format!("{last} ({} attempts)", o.retries + 1))
}

/// Asks the endpoint about every candidate, at most `o.concurrency` at a time.
///
/// # Errors
/// [`DeciderError::Endpoint`] when the endpoint is not a usable URL (nothing is asked). Failures of
/// single requests are not errors: their candidates are [`Outcome::Dropped`] with the reason.
pub fn decide(candidates: &[Candidate], o: &DeciderOptions) -> Result<Vec<Decision>, DeciderError> {
    let url = parse_endpoint(&o.endpoint)?;
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Outcome>>> = Mutex::new(vec![None; candidates.len()]);
    let workers = o.concurrency.clamp(1, 64).min(candidates.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(c) = candidates.get(i) else { break };
                let outcome = decide_one(c, &url, o);
                if let Ok(mut r) = results.lock() {
                    r[i] = Some(outcome);
                }
            });
        }
    });
    let results = results.into_inner().unwrap_or_default();
    Ok(candidates
        .iter()
        .zip(results)
        .map(|(c, r)| Decision {
            candidate: c.clone(),
            outcome: r.unwrap_or_else(|| Outcome::Dropped("not asked".into())),
        })
        .collect())
}

/// The claims of the decisions (labels other than `none`), deduplicated against `existing` claims
/// of the same document, kind, parties (a statement's speaker side is its `speaker_actor`) and
/// polarity.
pub fn decided_claims(decisions: &[Decision], existing: &[Claim]) -> Vec<Claim> {
    let mut out: Vec<Claim> = Vec::new();
    for d in decisions {
        let Outcome::Decided { claim: Some(c), .. } = &d.outcome else {
            continue;
        };
        // The parties as the matching rule reads them: a statement's speaker side is its
        // speaker_actor (the subject is the speaker as written).
        let party = |x: &Claim| x.speaker_actor.clone().unwrap_or_else(|| x.subject.clone());
        let same = |x: &Claim| {
            let (xs, cs) = (party(x), party(c));
            x.doc == c.doc
                && x.kind == c.kind
                && x.polarity == c.polarity
                && ((xs == cs && x.object == c.object)
                    || (c.kind.symmetric() && xs == c.object && x.object == cs))
        };
        if !existing.iter().any(same) && !out.iter().any(same) {
            out.push((**c).clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::BufRead;
    use std::net::TcpListener;

    fn gazetteer() -> Gazetteer {
        Gazetteer::from_csv(
            include_str!("../../../data/actors.csv"),
            include_str!("../../../data/office_holders.csv"),
        )
        .unwrap_or_else(|e| panic!("{e}"))
    }

    /// A sentence written for these tests that no frame decides: the candidate (SRB, XKX).
    const DOC: &str =
        "Talks in Brussels\n\nSerbia and Kosovo discussed mutual recognition on 3 May 2023.\n";

    fn candidate() -> Candidate {
        let cs = candidates("t.txt", DOC.as_bytes(), &gazetteer());
        let c = cs
            .into_iter()
            .find(|c| c.a == "SRB" && c.b == "XKX")
            .unwrap_or_else(|| {
                let r = crate::ingest(
                    &[("t.txt", DOC.as_bytes())],
                    &gazetteer(),
                    &Default::default(),
                );
                panic!("no candidate (SRB, XKX); claims {:?}", r.claims)
            });
        assert_eq!(&DOC[c.template.span.clone()], c.template.evidence);
        c
    }

    /// A mock OpenAI-compatible server on 127.0.0.1: answers each request with `reply(body)` after
    /// `delay`; returns its endpoint and a counter of the requests it received.
    fn mock(
        delay: Duration,
        reply: impl Fn(&str) -> String + Send + Sync + 'static,
    ) -> (String, std::sync::Arc<AtomicUsize>) {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
        let port = listener.local_addr().map(|a| a.port()).unwrap_or(0);
        let hits = std::sync::Arc::new(AtomicUsize::new(0));
        let h = hits.clone();
        let reply = std::sync::Arc::new(reply);
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                h.fetch_add(1, Ordering::SeqCst);
                let reply = reply.clone();
                // One thread per connection, as a real server answers requests in parallel.
                std::thread::spawn(move || answer(stream, delay, &*reply));
            }
        });
        (format!("http://127.0.0.1:{port}"), hits)
    }

    fn answer(stream: std::net::TcpStream, delay: Duration, reply: &dyn Fn(&str) -> String) {
        {
            {
                let mut r = std::io::BufReader::new(stream);
                let mut len = 0usize;
                let mut line = String::new();
                while r.read_line(&mut line).is_ok_and(|n| n > 0) {
                    if line == "\r\n" {
                        break;
                    }
                    if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                        len = v.trim().parse().unwrap_or(0);
                    }
                    line.clear();
                }
                let mut body = vec![0u8; len];
                if r.read_exact(&mut body).is_err() {
                    return;
                }
                std::thread::sleep(delay);
                let answer = reply(&String::from_utf8_lossy(&body));
                let mut s = r.into_inner();
                let _ = write!(
                    s,
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{}",
                    answer.len(),
                    answer
                );
            }
        }
    }

    /// An OpenAI-style completion whose message is `content`.
    fn completion(content: &str) -> String {
        json!({"model": "mock-model", "choices": [{"message": {"role": "assistant", "content": content}}]})
            .to_string()
    }

    /// The span the request asked about, read back from the request body.
    fn asked_span(body: &str) -> (u64, u64) {
        let v: Value = serde_json::from_str(body).unwrap_or(Value::Null);
        let user = v
            .pointer("/messages/1/content")
            .and_then(Value::as_str)
            .unwrap_or("");
        let inner = user
            .strip_prefix("span: [")
            .and_then(|r| r.split(']').next())
            .unwrap_or("");
        let mut it = inner.split(", ").filter_map(|x| x.parse().ok());
        (it.next().unwrap_or(0), it.next().unwrap_or(0))
    }

    #[test]
    fn a_valid_label_gives_a_claim_that_says_who_decided() {
        let (endpoint, _) = mock(Duration::ZERO, |body| {
            let (a, b) = asked_span(body);
            completion(&json!({"span": [a, b], "label": "recognition/negative/A>B"}).to_string())
        });
        let c = candidate();
        let d =
            decide(std::slice::from_ref(&c), &DeciderOptions::new(&endpoint)).unwrap_or_default();
        let Outcome::Decided {
            label,
            claim: Some(claim),
        } = &d[0].outcome
        else {
            panic!("{:?}", d[0].outcome);
        };
        assert_eq!(label, "recognition/negative/A>B");
        assert_eq!(
            (claim.kind, claim.subject.as_str(), claim.object.as_str()),
            (ClaimKind::Recognition, "SRB", "XKX")
        );
        assert_eq!(claim.polarity.as_deref(), Some("negative"));
        assert_eq!(claim.span, c.template.span);
        assert_eq!(claim.evidence, c.template.evidence);
        assert_eq!(claim.rule, "model-decider");
        assert!(claim
            .decided_by
            .as_deref()
            .is_some_and(|w| w.starts_with("mock-model at http://127.0.0.1:")));
        assert_eq!(decided_claims(&d, &[]).len(), 1);
    }

    #[test]
    fn a_wrong_span_is_dropped() {
        let (endpoint, _) = mock(Duration::ZERO, |body| {
            let (a, b) = asked_span(body);
            completion(
                &json!({"span": [a, b + 1], "label": "recognition/positive/A>B"}).to_string(),
            )
        });
        let d = decide(&[candidate()], &DeciderOptions::new(&endpoint)).unwrap_or_default();
        assert!(
            matches!(&d[0].outcome, Outcome::Dropped(why) if why.contains("span")),
            "{:?}",
            d[0].outcome
        );
        assert!(decided_claims(&d, &[]).is_empty());
    }

    #[test]
    fn an_unknown_label_is_dropped() {
        let (endpoint, _) = mock(Duration::ZERO, |body| {
            let (a, b) = asked_span(body);
            completion(
                &json!({"span": [a, b], "label": "recognition/enthusiastic/A>B"}).to_string(),
            )
        });
        let d = decide(&[candidate()], &DeciderOptions::new(&endpoint)).unwrap_or_default();
        assert!(
            matches!(&d[0].outcome, Outcome::Dropped(why) if why.contains("not one of the set")),
            "{:?}",
            d[0].outcome
        );
    }

    #[test]
    fn garbage_json_is_dropped() {
        let (endpoint, _) = mock(Duration::ZERO, |_| {
            completion("Sure! The label is {recognition")
        });
        let d = decide(&[candidate()], &DeciderOptions::new(&endpoint)).unwrap_or_default();
        assert!(
            matches!(&d[0].outcome, Outcome::Dropped(why) if why.contains("not the requested JSON")),
            "{:?}",
            d[0].outcome
        );
        let (endpoint, _) = mock(Duration::ZERO, |_| "<html>busy</html>".to_string());
        let d = decide(&[candidate()], &DeciderOptions::new(&endpoint)).unwrap_or_default();
        assert!(
            matches!(&d[0].outcome, Outcome::Dropped(why) if why.contains("not JSON")),
            "{:?}",
            d[0].outcome
        );
    }

    #[test]
    fn a_timeout_is_retried_once_then_dropped_with_a_clear_message() {
        let (endpoint, hits) = mock(Duration::from_millis(900), |body| {
            let (a, b) = asked_span(body);
            completion(&json!({"span": [a, b], "label": "none"}).to_string())
        });
        let mut o = DeciderOptions::new(&endpoint);
        o.timeout = Duration::from_millis(200);
        let d = decide(&[candidate()], &o).unwrap_or_default();
        assert!(
            matches!(&d[0].outcome, Outcome::Dropped(why) if why.contains("timeout") && why.contains("2 attempts")),
            "{:?}",
            d[0].outcome
        );
        assert_eq!(hits.load(Ordering::SeqCst), 2);
    }

    #[test]
    fn none_gives_no_claim_and_bad_endpoints_are_errors() {
        let (endpoint, _) = mock(Duration::ZERO, |body| {
            let (a, b) = asked_span(body);
            completion(&json!({"span": [a, b], "label": "none"}).to_string())
        });
        let d = decide(&[candidate()], &DeciderOptions::new(&endpoint)).unwrap_or_default();
        assert!(matches!(
            &d[0].outcome,
            Outcome::Decided { claim: None, .. }
        ));
        assert!(decide(&[], &DeciderOptions::new("https://example.org")).is_err());
        assert!(decide(&[], &DeciderOptions::new("localhost:8080")).is_err());
        let u = parse_endpoint("http://127.0.0.1:8080/v1").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((u.port, u.path.as_str()), (8080, "/v1/chat/completions"));
    }

    #[test]
    fn concurrency_answers_every_candidate_in_order() {
        let (endpoint, hits) = mock(Duration::from_millis(20), |body| {
            let (a, b) = asked_span(body);
            completion(&json!({"span": [a, b], "label": "relations/established/A-B"}).to_string())
        });
        let cs = vec![candidate(); 5];
        let mut o = DeciderOptions::new(&endpoint);
        o.concurrency = 3;
        let d = decide(&cs, &o).unwrap_or_default();
        assert_eq!(d.len(), 5);
        assert!(d
            .iter()
            .all(|x| matches!(x.outcome, Outcome::Decided { .. })));
        assert_eq!(hits.load(Ordering::SeqCst), 5);
        // Five identical decisions are one claim.
        assert_eq!(decided_claims(&d, &[]).len(), 1);
    }

    #[test]
    fn a_statement_names_its_speaker_and_is_not_a_rule_statement_again() {
        let c = candidate();
        let label = "statement/support/A>B";
        let Some(decided) = labelled_claim(&c, label, "m", "model-decider", 0.75) else {
            panic!("no claim for {label}");
        };
        assert_eq!(
            (decided.subject.as_str(), decided.speaker_actor.as_deref()),
            ("Serbia", Some("SRB"))
        );
        // A rule's statement of the same speaker's actor, object and stance, its speaker written
        // otherwise: the decided one is a repeat.
        let mut rule = decided.clone();
        rule.subject = "the Serbian foreign ministry".into();
        rule.rule = "statement-speech";
        let d = vec![Decision {
            candidate: c,
            outcome: Outcome::Decided {
                label: label.into(),
                claim: Some(Box::new(decided)),
            },
        }];
        assert!(decided_claims(&d, &[rule]).is_empty());
        assert_eq!(decided_claims(&d, &[]).len(), 1);
    }

    #[test]
    fn dechunks_chunked_answers() {
        assert_eq!(
            dechunk(b"4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n"),
            b"Wikipedia"
        );
        assert!(complete(
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
        ));
        assert!(!complete(
            b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"
        ));
    }
}
