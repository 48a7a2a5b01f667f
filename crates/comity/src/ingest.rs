//! Ingested documents in the ledger: `comity-ingest` turns documents into
//! proposed claims with exact spans; this module stores the documents (their
//! original bytes, cleaned text, flags and copy clusters) as sources and the
//! claims as `proposed`, waiting for review.
//!
//! Re-ingesting the same bytes is a no-op (recognised by SHA-256). Copy
//! detection runs over every stored document and the new ones together, so
//! clusters and shared passages are always those of the whole corpus; the
//! stored documents take part by their stored cleaned text, block ranges and
//! claims (`comity_ingest::Input::Known`), so that an ingest costs the new
//! documents plus one copy fingerprint per stored one, not a re-extraction of
//! the whole store.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};

use comity_ingest::{ClaimKind, Gazetteer, Options, Report};
use rusqlite::params;
use serde::Serialize;

use crate::date::{Bound, Date};
use crate::error::{Error, Result};
use crate::model::{ClaimStatus, Predicate};
use crate::store::Store;

const ACTORS: &str = include_str!("../../../data/actors.csv");
const HOLDERS: &str = include_str!("../../../data/office_holders.csv");

/// The gazetteer built from the shipped actor and office-holder tables.
///
/// # Errors
/// Only if a shipped table is malformed.
pub fn gazetteer() -> Result<Gazetteer> {
    Gazetteer::from_csv(ACTORS, HOLDERS).map_err(|e| Error::Invalid(format!("gazetteer: {e}")))
}

/// The ledger predicate for an extracted claim's kind and polarity.
pub fn predicate_for(kind: ClaimKind, polarity: Option<&str>) -> Predicate {
    match (kind, polarity) {
        (ClaimKind::Recognition, Some("negative")) => Predicate::DoesNotRecognise,
        (ClaimKind::Recognition, Some("withdrawn")) => Predicate::WithdrawsRecognition,
        (ClaimKind::Recognition, Some("planned")) => Predicate::PlansRecognition,
        (ClaimKind::Recognition, _) => Predicate::Recognises,
        (ClaimKind::Relations, Some("severed")) => Predicate::RelationsSevered,
        (ClaimKind::Relations, Some("none")) => Predicate::NoRelations,
        (ClaimKind::Relations, _) => Predicate::RelationsEstablished,
        (ClaimKind::Independence, _) => Predicate::DeclaresIndependence,
        (ClaimKind::Membership, Some("applied")) => Predicate::Applies,
        (ClaimKind::Membership, Some("refused")) => Predicate::Refused,
        (ClaimKind::Membership, Some("blocked")) => Predicate::MembershipBlocked,
        (ClaimKind::Membership, Some("allowed")) => Predicate::MembershipAllowed,
        (ClaimKind::Membership, _) => Predicate::Joins,
        (ClaimKind::Vote, _) => Predicate::Vote,
        (ClaimKind::Statement, _) => Predicate::Statement,
        (ClaimKind::Contact, _) => Predicate::Contact,
        (ClaimKind::Agreement, _) => Predicate::Agreement,
    }
}

/// What `ingest_files` did.
#[derive(Debug, Clone, Serialize)]
pub struct IngestOutcome {
    /// The pipeline's report over every stored document and the new ones (the documents' cleaned
    /// text is left empty: the store holds it). Stored documents not given again are `known`:
    /// their claims are not repeated in it (nor counted in its summary), though they count for
    /// the new claims' support.
    pub report: Report,
    /// Names of the documents ingested now, with their source ids.
    pub new_documents: Vec<(String, String)>,
    /// Documents skipped: name and why (same bytes as an already stored one).
    pub skipped: Vec<(String, String)>,
    /// Ids of the claims proposed now.
    pub new_claims: Vec<String>,
    /// Ids of the claims stored earlier for the given documents that were already stored (same
    /// bytes), in storage order: re-ingesting a document reports what the ledger holds for it.
    pub stored_claims: Vec<String>,
}

/// The source id of a document: `doc:` and the first 12 hex digits of its SHA-256.
pub fn source_id(sha256: &str) -> String {
    format!("doc:{}", &sha256[..sha256.len().min(12)])
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A stored document.
#[derive(Debug, Clone, Serialize)]
pub struct StoredDocument {
    /// Source id.
    pub source: String,
    /// File name as given.
    pub name: String,
    /// SHA-256 of the original bytes.
    pub sha256: String,
    /// Title, if found.
    pub title: Option<String>,
    /// Copy cluster (documents with the same number copy each other).
    pub cluster: i64,
    /// Flags as JSON.
    pub flags: serde_json::Value,
}

/// Two documents' overlap and shared passages.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentPair {
    /// First source id.
    pub a: String,
    /// Second source id.
    pub b: String,
    /// Shared shingles over the smaller document's.
    pub containment: f64,
    /// Jaccard similarity of shingles.
    pub jaccard: f64,
    /// Shared passages: (a range, b range, words, text) in cleaned-text coordinates.
    pub passages: Vec<(usize, usize, usize, usize, usize, String)>,
}

impl Store {
    /// Ingests files (name, bytes): stores new documents as sources and their
    /// claims as `proposed`, in one transaction.
    ///
    /// # Errors
    /// On a database failure (nothing is written then).
    pub fn ingest_files(&mut self, files: &[(String, Vec<u8>)]) -> Result<IngestOutcome> {
        let gaz = gazetteer()?;
        // Stored documents take part in copy detection: their ids, sizes and block ranges here,
        // their cleaned text (or bytes) read one at a time while the pipeline runs (below), so
        // that the store's documents are never all in memory at once.
        let stored: Vec<StoredRow> = {
            let mut st = self.conn().prepare(
                "SELECT source, name, sha256, length(bytes), blocks FROM document ORDER BY rowid",
            )?;
            let v = st
                .query_map([], |r| {
                    Ok(StoredRow {
                        source: r.get(0)?,
                        name: r.get(1)?,
                        sha256: r.get(2)?,
                        size: r.get::<_, i64>(3)?.max(0) as usize,
                        blocks: r
                            .get::<_, Option<String>>(4)?
                            .and_then(|b| parse_blocks(&b)),
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            v
        };
        let known: HashMap<String, (String, String)> = {
            let mut st = self
                .conn()
                .prepare("SELECT sha256, name, source FROM document")?;
            let v = st
                .query_map([], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        (r.get::<_, String>(1)?, r.get::<_, String>(2)?),
                    ))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            v.into_iter().collect()
        };
        let mut skipped = Vec::new();
        let mut stored_claims = Vec::new();
        let mut reported: HashSet<String> = HashSet::new();
        let mut fresh: Vec<(String, &[u8], String)> = Vec::new();
        let mut batch: HashMap<String, String> = HashMap::new();
        for (name, bytes) in files {
            let sha = sha256_hex(bytes);
            if let Some((prev, sid)) = known.get(&sha) {
                skipped.push((name.clone(), format!("same bytes as the stored {prev}")));
                if reported.insert(sid.clone()) {
                    let mut st = self.conn().prepare(
                        "SELECT cs.claim FROM claim_source cs JOIN claim c ON c.id = cs.claim
                         WHERE cs.source = ?1 AND c.origin = 'ingest' ORDER BY c.rowid",
                    )?;
                    let ids = st
                        .query_map(params![sid], |r| r.get::<_, String>(0))?
                        .collect::<rusqlite::Result<Vec<_>>>()?;
                    stored_claims.extend(ids);
                }
            } else if let Some(prev) = batch.get(&sha) {
                skipped.push((name.clone(), format!("same bytes as {prev} in this batch")));
            } else {
                batch.insert(sha.clone(), name.clone());
                fresh.push((name.clone(), bytes.as_slice(), sha));
            }
        }
        // Each document's cleaned text is dropped once its claims and fingerprint are taken; the
        // new documents' cleaned text is made again when they are stored (below).
        let opts = Options {
            keep_cleaned: false,
            ..Options::default()
        };
        // A stored document is given to the pipeline as known (its stored cleaned text and block
        // ranges, for its copy fingerprint, and its stored claims, for the support counts: no
        // decoding, cleaning or extraction), except when it was stored without its block ranges
        // (before migration 5), when a claim of it cannot be read, or when it is given again now
        // (its claims are then in the report, as the model decider needs them): then its bytes
        // go through the whole pipeline, as before.
        let mut stored_claims_of = known_claims(self)?;
        let report = {
            let mut cleaned_st = self
                .conn()
                .prepare("SELECT cleaned FROM document WHERE source = ?1")?;
            let mut bytes_st = self
                .conn()
                .prepare("SELECT bytes FROM document WHERE source = ?1")?;
            let mut failed: Option<rusqlite::Error> = None;
            let stored_docs = stored.iter().map_while(|row| {
                let claims = stored_claims_of
                    .remove(&row.source)
                    .unwrap_or(Some(Vec::new()));
                let input = match (&row.blocks, claims) {
                    (Some(blocks), Some(claims)) if !reported.contains(&row.source) => cleaned_st
                        .query_row(params![row.source], |r| r.get::<_, String>(0))
                        .map(|cleaned| {
                            comity_ingest::Input::Known(comity_ingest::Known {
                                sha256: row.sha256.clone(),
                                bytes: row.size,
                                cleaned,
                                blocks: blocks.clone(),
                                claims,
                            })
                        }),
                    _ => bytes_st
                        .query_row(params![row.source], |r| r.get::<_, Vec<u8>>(0))
                        .map(|b| comity_ingest::Input::Bytes(Ok(Cow::Owned(b)))),
                };
                match input {
                    Ok(input) => Some((Cow::Borrowed(row.name.as_str()), input)),
                    Err(e) => {
                        failed = Some(e);
                        None
                    }
                }
            });
            let docs = stored_docs.chain(fresh.iter().map(|(n, b, _)| {
                (
                    Cow::Borrowed(n.as_str()),
                    comity_ingest::Input::Bytes(Ok(Cow::Borrowed(*b))),
                )
            }));
            let report =
                comity_ingest::ingest_inputs(stored.len() + fresh.len(), docs, &gaz, &opts);
            if let Some(e) = failed {
                return Err(e.into());
            }
            report
        };
        if report.documents.len() != stored.len() + fresh.len() {
            return Err(Error::Invalid(
                "the stored documents changed while ingesting".to_string(),
            ));
        }
        let ids: Vec<String> = stored
            .iter()
            .map(|r| r.source.clone())
            .chain(fresh.iter().map(|(_, _, sha)| source_id(sha)))
            .collect();
        let first_new = stored.len();
        let now = jiff::Zoned::now().date().to_string();
        let tx = self.conn_mut().transaction()?;
        let mut new_documents = Vec::new();
        let mut new_claims = Vec::new();
        for (i, doc) in report.documents.iter().enumerate() {
            let sid = &ids[i];
            let cluster = doc.cluster as i64;
            if i < first_new {
                tx.execute(
                    "UPDATE document SET cluster = ?1 WHERE source = ?2",
                    params![cluster, sid],
                )?;
                if stored[i].blocks.is_none() {
                    // Stored without its block ranges (before migration 5): its cleaned text and
                    // blocks as the pipeline made them now (the shared passages below are ranges
                    // of that text), so that later ingests read it as known.
                    let bytes: Vec<u8> = tx.query_row(
                        "SELECT bytes FROM document WHERE source = ?1",
                        params![sid],
                        |r| r.get(0),
                    )?;
                    let (cleaned, blocks) = cleaned_and_blocks(&bytes, &opts);
                    tx.execute(
                        "UPDATE document SET cleaned = ?1, blocks = ?2 WHERE source = ?3",
                        params![cleaned, blocks, sid],
                    )?;
                }
                continue;
            }
            // A document the pipeline refused (over a limit) is not stored: the report names it
            // and the limit (review 10: a 70 MB file was kept in full with no flag, and a later
            // run skipped it as "same bytes").
            if doc.error.is_some() {
                continue;
            }
            let (name, bytes, sha) = &fresh[i - first_new];
            let (cleaned, blocks) = cleaned_and_blocks(bytes, &opts);
            let stated = doc.stated_date.map(|d| d.to_string()).unwrap_or_default();
            let published: Date = stated.parse().unwrap_or(Date::UNKNOWN);
            let citation = match &doc.title {
                Some(t) => format!("{name}: {t}"),
                None => name.clone(),
            };
            let flags: BTreeMap<String, usize> =
                doc.flags.iter().fold(BTreeMap::new(), |mut m, f| {
                    *m.entry(format!("{:?}", f.kind)).or_default() += f.count.max(1);
                    m
                });
            let note = if flags.is_empty() {
                "ingested document".to_string()
            } else {
                format!(
                    "ingested document; flags: {}",
                    flags
                        .iter()
                        .map(|(k, n)| format!("{k} {n}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            };
            tx.execute(
                "INSERT INTO source (id, url, citation, published, note, origin) VALUES (?1, NULL, ?2, ?3, ?4, 'ingest')",
                params![sid, citation, published.to_string(), note],
            )?;
            tx.execute(
                "INSERT INTO document (source, sha256, name, bytes, cleaned, format, encoding, title, stated_date, flags, cluster, ingested, blocks)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                params![
                    sid,
                    sha,
                    name,
                    bytes,
                    cleaned,
                    doc.format.map(|f| format!("{f:?}").to_lowercase()),
                    doc.encoding,
                    doc.title,
                    stated,
                    serde_json::to_string(&doc.flags)?,
                    cluster,
                    now,
                    blocks
                ],
            )?;
            new_documents.push((name.clone(), sid.clone()));
        }
        let new_names: HashSet<&str> = fresh.iter().map(|(n, _, _)| n.as_str()).collect();
        let name_to_id: HashMap<&str, &String> = report
            .documents
            .iter()
            .zip(ids.iter())
            .map(|(d, id)| (d.name.as_str(), id))
            .collect();
        let mut per_doc: HashMap<String, usize> = HashMap::new();
        for c in report
            .claims
            .iter()
            .filter(|c| new_names.contains(c.doc.as_str()))
        {
            let Some(sid) = name_to_id.get(c.doc.as_str()) else {
                continue;
            };
            let n = per_doc.entry((*sid).clone()).or_default();
            *n += 1;
            let id = format!("{sid}.{n}");
            insert_ingested(&tx, &id, sid, c)?;
            new_claims.push(id);
        }
        tx.execute("DELETE FROM document_pair", [])?;
        tx.execute("DELETE FROM shared_passage", [])?;
        for p in &report.copies.pairs {
            tx.execute(
                "INSERT INTO document_pair (a, b, containment, jaccard) VALUES (?1, ?2, ?3, ?4)",
                params![ids[p.a], ids[p.b], p.containment, p.jaccard],
            )?;
        }
        for p in &report.copies.passages {
            tx.execute(
                "INSERT INTO shared_passage (a, a_start, a_end, b, b_start, b_end, words) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    ids[p.a],
                    p.a_range.start as i64,
                    p.a_range.end as i64,
                    ids[p.b],
                    p.b_range.start as i64,
                    p.b_range.end as i64,
                    p.words as i64
                ],
            )?;
        }
        tx.commit()?;
        Ok(IngestOutcome {
            report,
            new_documents,
            skipped,
            new_claims,
            stored_claims,
        })
    }

    /// Stores claims that a model decider labelled (`comity_ingest::decider`) as `proposed`,
    /// each under the stored document it quotes (by name: the latest ingested of that name),
    /// in one transaction. A claim already stored for that document with the same subject,
    /// predicate, object and span is not stored twice (re-running the decider is a no-op).
    /// Returns the ids of the claims stored.
    ///
    /// # Errors
    /// A claim whose document is not stored (nothing is written then), or a database failure.
    pub fn store_decided(&mut self, claims: &[comity_ingest::Claim]) -> Result<Vec<String>> {
        let tx = self.conn_mut().transaction()?;
        let mut stored = Vec::new();
        for c in claims {
            let sid: String = tx
                .query_row(
                    "SELECT source FROM document WHERE name = ?1 ORDER BY rowid DESC LIMIT 1",
                    params![c.doc],
                    |r| r.get(0),
                )
                .map_err(|e| match e {
                    rusqlite::Error::QueryReturnedNoRows => Error::Invalid(format!(
                        "{}: no stored document of that name (ingest it first)",
                        c.doc
                    )),
                    e => Error::from(e),
                })?;
            let predicate = predicate_for(c.kind, c.polarity.as_deref());
            let already: i64 = tx.query_row(
                "SELECT COUNT(*) FROM claim cl JOIN claim_source cs ON cs.claim = cl.id
                 WHERE cs.source = ?1 AND cl.subject = ?2 AND cl.predicate = ?3 AND cl.object = ?4
                   AND cs.span_start = ?5 AND cs.span_end = ?6",
                params![
                    sid,
                    c.subject,
                    predicate.as_str(),
                    c.object,
                    c.span.start as i64,
                    c.span.end as i64
                ],
                |r| r.get(0),
            )?;
            if already > 0 {
                continue;
            }
            // The next free `{source}.{n}`.
            let mut n: i64 = tx.query_row(
                "SELECT COUNT(*) FROM claim_source WHERE source = ?1",
                params![sid],
                |r| r.get(0),
            )?;
            let id = loop {
                n += 1;
                let id = format!("{sid}.{n}");
                let taken: i64 = tx.query_row(
                    "SELECT COUNT(*) FROM claim WHERE id = ?1",
                    params![id],
                    |r| r.get(0),
                )?;
                if taken == 0 {
                    break id;
                }
            };
            insert_ingested(&tx, &id, &sid, c)?;
            stored.push(id);
        }
        tx.commit()?;
        Ok(stored)
    }

    /// Stored documents, in ingestion order.
    ///
    /// # Errors
    /// On a database failure.
    pub fn documents(&self) -> Result<Vec<StoredDocument>> {
        let mut st = self.conn().prepare(
            "SELECT source, name, sha256, title, cluster, flags FROM document ORDER BY rowid",
        )?;
        let v = st
            .query_map([], |r| {
                let flags: String = r.get(5)?;
                Ok(StoredDocument {
                    source: r.get(0)?,
                    name: r.get(1)?,
                    sha256: r.get(2)?,
                    title: r.get(3)?,
                    cluster: r.get(4)?,
                    flags: serde_json::from_str(&flags).unwrap_or(serde_json::Value::Null),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }

    /// Pairs of stored documents that share text, with their shared passages.
    ///
    /// # Errors
    /// On a database failure.
    pub fn document_pairs(&self) -> Result<Vec<DocumentPair>> {
        let cleaned: HashMap<String, String> = {
            let mut st = self
                .conn()
                .prepare("SELECT source, cleaned FROM document")?;
            let v = st
                .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            v.into_iter().collect()
        };
        let mut pairs: Vec<DocumentPair> = {
            let mut st = self.conn().prepare(
                "SELECT a, b, containment, jaccard FROM document_pair ORDER BY containment DESC",
            )?;
            let v = st
                .query_map([], |r| {
                    Ok(DocumentPair {
                        a: r.get(0)?,
                        b: r.get(1)?,
                        containment: r.get(2)?,
                        jaccard: r.get(3)?,
                        passages: Vec::new(),
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            v
        };
        let mut st = self.conn().prepare(
            "SELECT a, a_start, a_end, b, b_start, b_end, words FROM shared_passage ORDER BY rowid",
        )?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            let (a, b): (String, String) = (r.get(0)?, r.get(3)?);
            let (a0, a1): (i64, i64) = (r.get(1)?, r.get(2)?);
            let (b0, b1): (i64, i64) = (r.get(4)?, r.get(5)?);
            let words: i64 = r.get(6)?;
            let text = cleaned
                .get(&a)
                .and_then(|t| t.get(a0 as usize..a1 as usize))
                .unwrap_or("")
                .to_string();
            if let Some(p) = pairs.iter_mut().find(|p| p.a == a && p.b == b) {
                p.passages.push((
                    a0 as usize,
                    a1 as usize,
                    b0 as usize,
                    b1 as usize,
                    words as usize,
                    text,
                ));
            }
        }
        Ok(pairs)
    }

    /// The extracted-claim JSON (SCHEMA.md format plus extras) of ingested claims.
    ///
    /// # Errors
    /// On a database failure.
    pub fn claim_extras(&self) -> Result<HashMap<String, serde_json::Value>> {
        let mut st = self
            .conn()
            .prepare("SELECT id, extra FROM claim WHERE extra IS NOT NULL")?;
        let v = st
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v.into_iter()
            .filter_map(|(id, x)| serde_json::from_str(&x).ok().map(|v| (id, v)))
            .collect())
    }
}

/// A stored document, as `ingest_files` reads it before the pipeline runs.
struct StoredRow {
    source: String,
    name: String,
    sha256: String,
    size: usize,
    /// Block ranges of its cleaned text (`None`: not stored, or unreadable).
    blocks: Option<Vec<std::ops::Range<usize>>>,
}

/// A document's cleaned text and its block ranges as stored in `document.blocks`.
fn cleaned_and_blocks(bytes: &[u8], opts: &Options) -> (String, String) {
    let c = comity_ingest::clean(&comity_ingest::decode(bytes), &opts.clean);
    let blocks = c
        .blocks
        .iter()
        .map(|b| format!("{}-{}", b.range.start, b.range.end))
        .collect::<Vec<_>>()
        .join(" ");
    (c.text, blocks)
}

/// Block ranges as stored in `document.blocks` (`start-end`, separated by spaces; empty for a
/// document with no block); `None` if malformed.
fn parse_blocks(s: &str) -> Option<Vec<std::ops::Range<usize>>> {
    s.split_whitespace()
        .map(|b| {
            let (a, z) = b.split_once('-')?;
            let (a, z) = (a.parse().ok()?, z.parse().ok()?);
            (a <= z).then_some(a..z)
        })
        .collect()
}

/// The claims that extraction proposed for each stored document (not the model decider's), in
/// storage order, read from their stored JSON (`claim.extra`): `None` for a document one of
/// whose claims cannot be read.
fn known_claims(store: &Store) -> Result<HashMap<String, Option<Vec<comity_ingest::KnownClaim>>>> {
    const KINDS: [ClaimKind; 8] = [
        ClaimKind::Recognition,
        ClaimKind::Relations,
        ClaimKind::Independence,
        ClaimKind::Membership,
        ClaimKind::Vote,
        ClaimKind::Statement,
        ClaimKind::Contact,
        ClaimKind::Agreement,
    ];
    let mut st = store.conn().prepare(
        "SELECT cs.source, c.extra FROM claim c JOIN claim_source cs ON cs.claim = c.id
         WHERE c.origin = 'ingest' AND c.extra IS NOT NULL AND cs.source IN (SELECT source FROM document)
         ORDER BY c.rowid",
    )?;
    let mut rows = st.query([])?;
    let mut out: HashMap<String, Option<Vec<comity_ingest::KnownClaim>>> = HashMap::new();
    while let Some(r) = rows.next()? {
        let (source, extra): (String, String) = (r.get(0)?, r.get(1)?);
        let v: serde_json::Value = serde_json::from_str(&extra).unwrap_or_default();
        if v.get("decided_by").is_some_and(|d| !d.is_null()) {
            continue;
        }
        let s = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
        let kind = s("kind").and_then(|k| KINDS.into_iter().find(|x| x.as_str() == k));
        let claim = match (
            kind,
            s("subject"),
            s("object"),
            s("evidence"),
            v.get("polarity"),
        ) {
            (Some(kind), Some(subject), Some(object), Some(evidence), Some(p))
                if p.is_null() || p.is_string() =>
            {
                Some(comity_ingest::KnownClaim {
                    kind,
                    subject,
                    object,
                    polarity: p.as_str().map(str::to_string),
                    evidence,
                })
            }
            _ => None,
        };
        let e = out.entry(source).or_insert_with(|| Some(Vec::new()));
        match (e.as_mut(), claim) {
            (Some(list), Some(c)) => list.push(c),
            _ => *e = None,
        }
    }
    Ok(out)
}

/// Inserts one ingested claim as `proposed`, with id `id`, quoting its span of source `sid`.
fn insert_ingested(
    tx: &rusqlite::Transaction<'_>,
    id: &str,
    sid: &str,
    c: &comity_ingest::Claim,
) -> Result<()> {
    let predicate = predicate_for(c.kind, c.polarity.as_deref());
    let mut date: Date = c
        .date
        .map(|d| d.to_string())
        .unwrap_or_default()
        .parse()
        .unwrap_or(Date::UNKNOWN);
    let page_dated = c.date_basis == comity_ingest::DateBasis::Document && !date.is_unknown();
    if page_dated {
        // The page's own date for what it reports with no date of its own (a statement, a
        // refusal, an intention): it was said or held on or before the day the page was dated,
        // not necessarily on it, so the ledger gets the bound, never the bare day.
        date = date.with_bound(Bound::OnOrBefore);
    } else if !date.is_unknown() {
        // The sentence itself gives only a bound ("by 4 January 2023", "after 2008").
        match c.date_bound {
            Some(comity_ingest::DateQualifier::OnOrBefore) => {
                date = date.with_bound(Bound::OnOrBefore)
            }
            Some(comity_ingest::DateQualifier::OnOrAfter) => {
                date = date.with_bound(Bound::OnOrAfter)
            }
            _ => {}
        }
    }
    // A statement is its speaker's; an act reported as someone's words ("Georgia said Venezuela
    // recognised Abkhazia") is that sayer's claim, the state's own when it says it of itself; an
    // act the document states in its own voice is the document's.
    let claimant = match (c.kind, &c.speaker_actor, &c.reported_by) {
        (ClaimKind::Statement, Some(a), _) => a.clone(),
        (k, _, Some(a)) if k != ClaimKind::Statement => a.clone(),
        _ => "document".to_string(),
    };
    let mut note = format!(
        "{}{} · rule {} · {} independent cluster(s)",
        serde_json::to_value(c.kind)?.as_str().unwrap_or(""),
        c.polarity
            .as_deref()
            .map(|p| format!(" {p}"))
            .unwrap_or_default(),
        c.rule,
        c.support_clusters
    );
    if page_dated {
        // Say where the bound comes from: never shown as the sentence's date.
        note.push_str(
            " · date: on or before the page's date line (reported as of it), not stated in the sentence",
        );
    }
    if date.is_unknown() {
        // A date the sentence gives but no calendar has ("on 31 February 2021") is rejected by
        // the date reader, and the claim is undated: say why, so that it does not look like a
        // sentence that gave no date (review 17).
        let impossible = comity_ingest::impossible_dates(&c.evidence);
        if !impossible.is_empty() {
            note.push_str(&format!(
                " · date: the sentence's date {} names no day that exists: left undated, not \
                 read as another day",
                impossible
                    .iter()
                    .map(|d| format!("\"{d}\""))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
    }
    if let Some(q) = &c.quote {
        note.push_str(&format!(" · quote: \"{q}\""));
    }
    if let Some(cn) = &c.counts {
        note.push_str(&format!(" · counts: {}", serde_json::to_string(cn)?));
    }
    if let Some(x) = &c.note {
        note.push_str(&format!(" · {x}"));
    }
    if let Some(m) = &c.decided_by {
        note.push_str(&format!(" · label chosen by the model {m}"));
    }
    tx.execute(
                "INSERT INTO claim (id, subject, predicate, object, date, claimant, negated, status, confidence, note, supersedes, origin, extra)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7, ?8, ?9, NULL, 'ingest', ?10)",
                params![
                    id,
                    c.subject,
                    predicate.as_str(),
                    c.object,
                    date.to_string(),
                    claimant,
                    ClaimStatus::Proposed.as_str(),
                    c.confidence,
                    note,
                    serde_json::to_string(c)?
                ],
            )?;
    tx.execute(
                "INSERT INTO claim_source (claim, source, span_start, span_end, text, ord) VALUES (?1, ?2, ?3, ?4, ?5, 0)",
                params![id, sid, c.span.start as i64, c.span.end as i64, c.evidence],
            )?;
    Ok(())
}
