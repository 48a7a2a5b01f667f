//! The SQLite store: schema migrations, the shipped dataset loaded on first
//! use, imports in one transaction, exports, and review.

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension, Transaction};
use tracing::{debug, info};

use crate::dataset::{self, Dataset};
use crate::error::{Error, Result};
use crate::ledger::Ledger;
use crate::model::{Actor, Claim, ClaimStatus, Completeness, Group, Membership, Source, Span};

/// Schema migrations, applied in order; `PRAGMA user_version` counts how many ran.
const MIGRATIONS: &[&str] = &[
    // 1: the ledger.
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
     CREATE TABLE actor (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, iso2 TEXT, iso_numeric TEXT,
        wikidata TEXT, aliases TEXT NOT NULL, demonyms TEXT NOT NULL, capitals TEXT NOT NULL,
        origin TEXT NOT NULL);
     CREATE TABLE grp (id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL, origin TEXT NOT NULL);
     CREATE TABLE membership (
        grp TEXT NOT NULL, actor TEXT NOT NULL, joined TEXT NOT NULL, left_on TEXT,
        source TEXT NOT NULL, note TEXT NOT NULL, origin TEXT NOT NULL);
     CREATE INDEX membership_grp ON membership (grp);
     CREATE TABLE source (
        id TEXT PRIMARY KEY, url TEXT, citation TEXT NOT NULL, published TEXT NOT NULL,
        note TEXT NOT NULL, origin TEXT NOT NULL);
     CREATE TABLE claim (
        id TEXT PRIMARY KEY, subject TEXT NOT NULL, predicate TEXT NOT NULL, object TEXT NOT NULL,
        date TEXT NOT NULL, claimant TEXT NOT NULL, negated INTEGER NOT NULL, status TEXT NOT NULL,
        confidence REAL NOT NULL, note TEXT NOT NULL, supersedes TEXT, origin TEXT NOT NULL);
     CREATE INDEX claim_subject ON claim (subject);
     CREATE INDEX claim_object ON claim (object);
     CREATE TABLE claim_source (
        claim TEXT NOT NULL REFERENCES claim(id) ON DELETE CASCADE, source TEXT NOT NULL,
        span_start INTEGER, span_end INTEGER, text TEXT, ord INTEGER NOT NULL);
     CREATE INDEX claim_source_claim ON claim_source (claim);",
    // 2: UN General Assembly roll calls (imported from a path, never shipped) and ideal points.
    "CREATE TABLE rollcall (
        rcid INTEGER PRIMARY KEY, session INTEGER NOT NULL, date TEXT NOT NULL, unres TEXT NOT NULL,
        short TEXT NOT NULL, descr TEXT NOT NULL, importantvote INTEGER, amend INTEGER, para INTEGER);
     CREATE TABLE rollcall_issue (rcid INTEGER NOT NULL, short_name TEXT NOT NULL, issue TEXT NOT NULL);
     CREATE TABLE rollcall_vote (
        rcid INTEGER NOT NULL, actor TEXT NOT NULL, vote TEXT NOT NULL,
        PRIMARY KEY (rcid, actor)) WITHOUT ROWID;
     CREATE INDEX rollcall_vote_actor ON rollcall_vote (actor);
     -- How each country code (or name, for the three without a code) of the data maps to an actor.
     CREATE TABLE rollcall_country (code TEXT NOT NULL, country TEXT NOT NULL, actor TEXT NOT NULL, note TEXT NOT NULL);
     -- Where an official record disagrees with the data (GA 63/3: Afghanistan), both are kept.
     CREATE TABLE rollcall_correction (
        rcid INTEGER NOT NULL, actor TEXT NOT NULL, data_vote TEXT NOT NULL, official_vote TEXT NOT NULL,
        source TEXT NOT NULL, note TEXT NOT NULL);
     CREATE TABLE ideal_fit (
        id INTEGER PRIMARY KEY, created TEXT NOT NULL, options TEXT NOT NULL, sessions TEXT NOT NULL,
        iterations INTEGER NOT NULL, converged INTEGER NOT NULL, log_likelihood REAL, seconds REAL);
     CREATE TABLE ideal_point (
        fit INTEGER NOT NULL REFERENCES ideal_fit(id) ON DELETE CASCADE, actor TEXT NOT NULL,
        session INTEGER, estimate REAL NOT NULL, std_error REAL, lo REAL, hi REAL);
     CREATE INDEX ideal_point_actor ON ideal_point (fit, actor);
     CREATE TABLE ideal_item (
        fit INTEGER NOT NULL REFERENCES ideal_fit(id) ON DELETE CASCADE, rcid INTEGER NOT NULL,
        discrimination REAL NOT NULL, c0 REAL NOT NULL, c1 REAL NOT NULL);",
    // 3: ingested documents (the original bytes, so spans can be shown), copies, claim extras.
    "CREATE TABLE document (
        source TEXT PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, name TEXT NOT NULL, bytes BLOB NOT NULL,
        cleaned TEXT NOT NULL, format TEXT, encoding TEXT NOT NULL, title TEXT, stated_date TEXT NOT NULL,
        flags TEXT NOT NULL, cluster INTEGER NOT NULL, ingested TEXT NOT NULL);
     CREATE TABLE document_pair (a TEXT NOT NULL, b TEXT NOT NULL, containment REAL NOT NULL, jaccard REAL NOT NULL);
     CREATE TABLE shared_passage (
        a TEXT NOT NULL, a_start INTEGER NOT NULL, a_end INTEGER NOT NULL,
        b TEXT NOT NULL, b_start INTEGER NOT NULL, b_end INTEGER NOT NULL, words INTEGER NOT NULL);
     ALTER TABLE claim ADD COLUMN extra TEXT;",
    // 4: the whole field: source grades, actors' lifetimes and successions, and the
    // statements that a list of recognisers is complete.
    "ALTER TABLE source ADD COLUMN grade TEXT;
     ALTER TABLE actor ADD COLUMN existed_from TEXT NOT NULL DEFAULT '';
     ALTER TABLE actor ADD COLUMN existed_to TEXT NOT NULL DEFAULT '';
     ALTER TABLE actor ADD COLUMN successors TEXT NOT NULL DEFAULT '';
     ALTER TABLE actor ADD COLUMN predecessors TEXT NOT NULL DEFAULT '';
     CREATE TABLE completeness (
        entity TEXT NOT NULL, as_of TEXT NOT NULL, among TEXT NOT NULL, sources TEXT NOT NULL,
        note TEXT NOT NULL, origin TEXT NOT NULL);",
    // 5: the block (paragraph) ranges of a document's cleaned text, `start-end` separated by
    // spaces, so that a later ingest fingerprints it for copy detection from `cleaned` without
    // decoding and cleaning it again (NULL for documents stored before: read from their bytes).
    "ALTER TABLE document ADD COLUMN blocks TEXT;",
    // 6: the days a group's membership rows cover (`FROM..UNTIL`, empty: all of its life).
    "ALTER TABLE grp ADD COLUMN covers TEXT NOT NULL DEFAULT '';",
];

/// Rows that came from the shipped dataset carry this origin; they are
/// replaced when the shipped tables change. User imports carry `import`.
const SHIPPED: &str = "shipped";

/// How long a connection waits for another process's write to finish before
/// failing with a "database is locked" error (bounded: never waits forever).
pub const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// A clear message, naming the file, when the database cannot be opened or
/// prepared (read-only or missing directory, no space, locked by another writer).
fn open_error(path: &Path, e: Error) -> Error {
    match e {
        Error::Storage(s) => Error::Invalid(format!("{}: {s}", path.display())),
        e => e,
    }
}

/// Refuses a non-empty SQLite database that is not comity's, reading only (review 14: `--db`
/// naming a file that held someone's `people` table gained comity's tables and the shipped
/// data, without a word). Comity's first migration creates the `meta` table and sets
/// `PRAGMA user_version` in one transaction, so a database of comity's has both; an empty one
/// (a new path, a file of 0 bytes) has no schema at all and is created as before.
fn check_comity_database(conn: &Connection, path: &Path) -> Result<()> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let mut stmt = conn.prepare(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') \
         AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )?;
    let names: Vec<String> = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<std::result::Result<_, _>>()?;
    let any_schema: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
    if any_schema == 0 && version == 0 {
        return Ok(());
    }
    let ours = version > 0
        && ["meta", "claim", "actor"]
            .iter()
            .all(|t| names.iter().any(|n| n == t));
    if ours {
        return Ok(());
    }
    let shown: Vec<&str> = names.iter().take(5).map(String::as_str).collect();
    Err(Error::Invalid(format!(
        "{} is a SQLite database that is not comity's (it holds {}{}, and no comity schema): \
         nothing was written to it; give --db (or COMITY_DB) a new path or an empty file",
        path.display(),
        if shown.is_empty() {
            "a schema of its own".to_string()
        } else {
            format!(
                "the table{} {}",
                if names.len() == 1 { "" } else { "s" },
                shown.join(", ")
            )
        },
        if names.len() > shown.len() {
            format!(" and {} more", names.len() - shown.len())
        } else {
            String::new()
        }
    )))
}

/// The ledger's database.
pub struct Store {
    conn: Connection,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ImportReport {
    /// Claims written.
    pub claims: usize,
    /// Sources written.
    pub sources: usize,
    /// What the written claims' dates make doubtful (a recognition dated before its
    /// object existed), one sentence each; empty when nothing is.
    pub warnings: Vec<String>,
}

impl Store {
    /// Opens (creating if needed) the database at `path`, migrates it and loads
    /// the shipped dataset if it is missing or out of date.
    ///
    /// # Errors
    /// When the file cannot be opened or is not a comity database.
    pub fn open(path: &Path) -> Result<Store> {
        if path.is_dir() {
            return Err(Error::Invalid(format!(
                "{} is a directory; --db takes a file path (e.g. {})",
                path.display(),
                path.join("comity.sqlite").display()
            )));
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| Error::Io {
                path: dir.display().to_string(),
                source,
            })?;
        }
        let conn = Connection::open(path).map_err(|e| open_error(path, e.into()))?;
        // Before anything is written (the journal mode, the migrations, the shipped tables).
        check_comity_database(&conn, path).map_err(|e| open_error(path, e))?;
        Store::init(conn).map_err(|e| open_error(path, e))
    }

    /// An in-memory database with the shipped dataset (for tests and tools).
    ///
    /// # Errors
    /// Only on an internal database failure.
    pub fn open_in_memory() -> Result<Store> {
        Store::init(Connection::open_in_memory()?)
    }

    fn init(conn: Connection) -> Result<Store> {
        // Another process writing waits at most this long, then fails with "database is locked".
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.execute_batch(
            "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;",
        )?;
        let mut store = Store { conn };
        store.migrate()?;
        store.ensure_shipped()?;
        Ok(store)
    }

    fn migrate(&mut self) -> Result<()> {
        let version: usize = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))?
            .try_into()
            .unwrap_or(0);
        if version > MIGRATIONS.len() {
            return Err(Error::Invalid(format!(
                "the database has schema version {version}, newer than this comity ({}); upgrade comity",
                MIGRATIONS.len()
            )));
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version) {
            let tx = self.conn.transaction()?;
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
            tx.commit()?;
            debug!(version = i + 1, "migrated");
        }
        Ok(())
    }

    fn ensure_shipped(&mut self) -> Result<()> {
        let want = Dataset::fingerprint();
        let have: Option<String> = self
            .conn
            .query_row("SELECT value FROM meta WHERE key = 'dataset'", [], |r| {
                r.get(0)
            })
            .optional()?;
        if have.as_deref() == Some(want.as_str()) {
            return Ok(());
        }
        let ds = Dataset::shipped()?;
        let tx = self.conn.transaction()?;
        for table in [
            "claim",
            "source",
            "membership",
            "grp",
            "actor",
            "completeness",
        ] {
            tx.execute(&format!("DELETE FROM {table} WHERE origin = ?1"), [SHIPPED])?;
        }
        write_dataset(&tx, &ds, SHIPPED)?;
        tx.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('dataset', ?1)",
            [&want],
        )?;
        tx.commit()?;
        info!(
            claims = ds.claims.len(),
            actors = ds.actors.len(),
            "loaded the shipped dataset"
        );
        Ok(())
    }

    /// The connection, for modules of this crate that own tables of their own
    /// (roll calls, ideal points).
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The connection, mutably (for transactions).
    pub(crate) fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// Reads the whole ledger into memory for querying.
    ///
    /// # Errors
    /// Only on a database failure or a corrupted row.
    pub fn ledger(&self) -> Result<Ledger> {
        Ledger::new(self.dataset()?)
    }

    /// Reads every table.
    ///
    /// # Errors
    /// Only on a database failure or a corrupted row.
    pub fn dataset(&self) -> Result<Dataset> {
        let c = &self.conn;
        let corrupt = |what: &str, e: String| Error::Invalid(format!("corrupted {what} row: {e}"));
        let mut actors = Vec::new();
        let mut st = c.prepare(
            "SELECT id, kind, name, iso2, iso_numeric, wikidata, aliases, demonyms, capitals,
                    existed_from, existed_to, successors, predecessors FROM actor ORDER BY id",
        )?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            let kind: String = r.get(1)?;
            actors.push(Actor {
                id: r.get(0)?,
                kind: kind.parse().map_err(|e| corrupt("actor", e))?,
                name: r.get(2)?,
                iso2: r.get(3)?,
                iso_numeric: r.get(4)?,
                wikidata: r.get(5)?,
                aliases: split(&r.get::<_, String>(6)?),
                demonyms: split(&r.get::<_, String>(7)?),
                capitals: split(&r.get::<_, String>(8)?),
                from: r.get::<_, String>(9)?.parse()?,
                to: r.get::<_, String>(10)?.parse()?,
                successors: split(&r.get::<_, String>(11)?),
                predecessors: split(&r.get::<_, String>(12)?),
            });
        }
        let groups = c
            .prepare("SELECT id, name, description, covers FROM grp ORDER BY id")?
            .query_map([], |r| {
                Ok((
                    Group {
                        id: r.get(0)?,
                        name: r.get(1)?,
                        description: r.get(2)?,
                        covers: None,
                    },
                    r.get::<_, String>(3)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .map(|(mut g, covers)| {
                if !covers.is_empty() {
                    g.covers = Some(covers.parse().map_err(|why: String| {
                        Error::Invalid(format!("group {}: covers {why}", g.id))
                    })?);
                }
                Ok(g)
            })
            .collect::<Result<Vec<_>>>()?;
        let mut memberships = Vec::new();
        let mut st = c.prepare(
            "SELECT grp, actor, joined, left_on, source, note FROM membership ORDER BY rowid",
        )?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            let left: Option<String> = r.get(3)?;
            memberships.push(Membership {
                group: r.get(0)?,
                actor: r.get(1)?,
                joined: r.get::<_, String>(2)?.parse()?,
                left: left.map(|l| l.parse()).transpose()?,
                source: r.get(4)?,
                note: r.get(5)?,
            });
        }
        let mut sources = Vec::new();
        let mut st =
            c.prepare("SELECT id, url, citation, published, note, grade FROM source ORDER BY id")?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            let grade: Option<String> = r.get(5)?;
            sources.push(Source {
                id: r.get(0)?,
                url: r.get(1)?,
                citation: r.get(2)?,
                published: r.get::<_, String>(3)?.parse()?,
                grade: grade
                    .map(|g| g.parse())
                    .transpose()
                    .map_err(|e| corrupt("source", e))?,
                note: r.get(4)?,
            });
        }
        let mut completeness = Vec::new();
        let mut st = c.prepare(
            "SELECT entity, as_of, among, sources, note FROM completeness ORDER BY rowid",
        )?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            completeness.push(Completeness {
                entity: r.get(0)?,
                as_of: r.get::<_, String>(1)?.parse()?,
                among: r.get(2)?,
                sources: split(&r.get::<_, String>(3)?),
                note: r.get(4)?,
            });
        }
        let claims = self.claims_where("1 = 1", [])?;
        let shipped = c
            .prepare("SELECT id FROM claim WHERE origin = ?1")?
            .query_map([SHIPPED], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Dataset {
            actors,
            groups,
            memberships,
            sources,
            claims,
            completeness,
            compiled: Some(Dataset::compiled()?),
            compiled_for: Dataset::compiled_for()?,
            rivals: Dataset::rivals()?,
            opponents: Dataset::opponents()?,
            gaps: Dataset::gaps()?,
            shipped,
        })
    }

    fn claims_where<P: rusqlite::Params>(&self, cond: &str, p: P) -> Result<Vec<Claim>> {
        let c = &self.conn;
        let mut spans: std::collections::HashMap<String, Vec<Span>> = Default::default();
        let mut st = c.prepare(
            "SELECT claim, source, span_start, span_end, text FROM claim_source ORDER BY claim, ord",
        )?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            let start: Option<i64> = r.get(2)?;
            let end: Option<i64> = r.get(3)?;
            spans.entry(r.get(0)?).or_default().push(Span {
                source: r.get(1)?,
                range: start.zip(end).map(|(s, e)| (s as usize, e as usize)),
                text: r.get(4)?,
            });
        }
        let mut out = Vec::new();
        let sql = format!(
            "SELECT id, subject, predicate, object, date, claimant, negated, status, confidence, note, supersedes
             FROM claim WHERE {cond} ORDER BY rowid"
        );
        let mut st = c.prepare(&sql)?;
        let mut rows = st.query(p)?;
        while let Some(r) = rows.next()? {
            let id: String = r.get(0)?;
            let predicate: String = r.get(2)?;
            let status: String = r.get(7)?;
            out.push(Claim {
                sources: spans.remove(&id).unwrap_or_default(),
                subject: r.get(1)?,
                predicate: predicate.parse().map_err(Error::Invalid)?,
                object: r.get(3)?,
                date: r.get::<_, String>(4)?.parse()?,
                claimant: r.get(5)?,
                negated: r.get(6)?,
                status: status.parse().map_err(Error::Invalid)?,
                confidence: r.get(8)?,
                note: r.get(9)?,
                supersedes: r.get(10)?,
                id,
            });
        }
        Ok(out)
    }

    /// Refuses an inline source copy (see [`InlineSource`]) that disagrees with the database's
    /// record of that source: inline fields are never imported, so an edit there would be lost.
    /// A copy of a source the database does not hold is left to [`Store::import`] (an unknown
    /// source is an error there).
    ///
    /// # Errors
    /// [`Error::ImportRecord`] naming the claim, when a copy's url or citation differs.
    pub fn check_inline_sources(&self, inline: &[InlineSource]) -> Result<()> {
        let ledger = self.ledger()?;
        for i in inline {
            let Some(rec) = ledger.source(&i.source) else {
                continue;
            };
            if let Some(field) = inline_differs(
                i.url.as_ref(),
                i.citation.as_ref(),
                i.published.as_ref(),
                i.grade.as_ref(),
                rec,
            ) {
                return Err(Error::ImportRecord {
                    kind: "claim",
                    id: i.claim.clone(),
                    field: "sources",
                    reason: format!(
                        "the inline copy of source {} differs from its record in the database ({field}); expected them to agree (inline source fields are not imported: add the source record with a new id, or leave the copy as exported)",
                        i.source,
                    ),
                });
            }
        }
        Ok(())
    }

    /// Imports sources and claims (already parsed) in one transaction: either
    /// everything is written or nothing is.
    ///
    /// # Errors
    /// When a claim cites a source or actor that exists neither in the import
    /// nor in the database, or an id is already taken. Nothing is written.
    pub fn import(&mut self, sources: &[Source], claims: &[Claim]) -> Result<ImportReport> {
        let ledger = self.ledger()?;
        // Rows already present unchanged are skipped: re-importing a file is a no-op.
        let sources: Vec<&Source> = sources
            .iter()
            .filter(|s| ledger.source(&s.id) != Some(*s))
            .collect();
        let claims: Vec<&Claim> = claims
            .iter()
            .filter(|c| {
                ledger.claim(&c.id).is_none_or(|old| {
                    // The review status may have moved on since the export.
                    let mut old = old.clone();
                    old.status = c.status;
                    old != **c
                })
            })
            .collect();
        let tx = self.conn.transaction()?;
        for s in &sources {
            if ledger.source(&s.id).is_some() {
                return Err(Error::ImportRecord {
                    kind: "source",
                    id: s.id.clone(),
                    field: "id",
                    reason: "this id already exists with other content; choose another id"
                        .to_string(),
                });
            }
        }
        let mut by_id: std::collections::HashMap<&str, &Source> = std::collections::HashMap::new();
        for s in &sources {
            if by_id
                .insert(s.id.as_str(), s)
                .is_some_and(|first| first != *s)
            {
                return Err(Error::ImportRecord {
                    kind: "source",
                    id: s.id.clone(),
                    field: "id",
                    reason: "this id is given twice in this import with different content; expected one record per source id".to_string(),
                });
            }
        }
        let new_sources: std::collections::HashSet<&str> =
            sources.iter().map(|s| s.id.as_str()).collect();
        // A claimant is an actor or one of the kinds of claimant the ledger already holds
        // (media, wire, wikipedia, dataset, document …): a made-up one is refused.
        let kinds: std::collections::BTreeSet<&str> = ledger
            .claimant_kinds()
            .into_iter()
            .chain(["document"])
            .collect();
        let record = |c: &Claim, field: &'static str, reason: String| Error::ImportRecord {
            kind: "claim",
            id: c.id.clone(),
            field,
            reason,
        };
        let mut seen: std::collections::HashMap<&str, &Claim> = std::collections::HashMap::new();
        for c in &claims {
            if let Some(first) = seen.insert(c.id.as_str(), c) {
                if first != *c {
                    return Err(record(
                        c,
                        "id",
                        "this id is given twice in this import with different content; expected one record per claim id".to_string(),
                    ));
                }
            }
            // A claim is between two different actors, except a vote (the voting body and
            // the actor the motion concerns: the Assembly of Kosovo, read as XKX, voting
            // Kosovo's independence) and a statement (a speaker about their own state): both
            // are how shared/eval/SCHEMA.md defines them, and ingestion stores them so (review
            // 17: the seeds' export could not be imported back).
            let own_case = matches!(
                c.predicate,
                crate::model::Predicate::Vote | crate::model::Predicate::Statement
            );
            if c.subject == c.object && !own_case {
                return Err(record(
                    c,
                    "object",
                    format!(
                        "{:?} is the subject too; expected a claim between two different actors",
                        c.object
                    ),
                ));
            }
            if ledger.claim(&c.id).is_some() {
                return Err(record(
                    c,
                    "id",
                    "this id already exists with other content; a correction is a new claim with `supersedes`".to_string(),
                ));
            }
            // Every party is a known actor (or a group), whatever the predicate (review 15: a
            // relations claim about "ZZQ" imported, and `status ZZQ ESH` then refused the name).
            // Only a recognition needs both; another claim may leave its object blank.
            //
            // Except a statement's speaker: its subject is the speaker as written in the
            // document ("Aleksandr Konuzin", "Russia", "the Russian Foreign Ministry"), and the
            // claimant is the state or body they speak for (shared/eval/SCHEMA.md: "for
            // `statement`, `subject` is the speaker as written"). Ingestion stores it so, and
            // review 17 found the export of an ingested document could not be imported back.
            // The claimant is still checked below, so a statement is never nobody's.
            for (who, field) in [(&c.subject, "subject"), (&c.object, "object")] {
                let blank_ok = field == "object" && !c.predicate.is_recognition() && who.is_empty();
                let speaker_as_written = field == "subject"
                    && c.predicate == crate::model::Predicate::Statement
                    && !who.trim().is_empty();
                if !blank_ok
                    && !speaker_as_written
                    && ledger.actor(who).is_none()
                    && ledger.group(who).is_err()
                {
                    return Err(record(
                        c,
                        field,
                        format!(
                            "unknown actor {who:?}; expected an actor id{}",
                            suggest(&ledger, who)
                        ),
                    ));
                }
            }
            if ledger.actor(&c.claimant).is_none() && !kinds.contains(c.claimant.as_str()) {
                return Err(record(
                    c,
                    "claimant",
                    format!(
                        "unknown claimant {:?}; expected an actor id{} or one of {}",
                        c.claimant,
                        suggest(&ledger, &c.claimant),
                        kinds.iter().copied().collect::<Vec<_>>().join(", ")
                    ),
                ));
            }
            // A correction names the claim it replaces, which must exist (in the database or
            // this import) and be another claim.
            if let Some(old) = &c.supersedes {
                if old == &c.id
                    || (ledger.claim(old).is_none() && !claims.iter().any(|x| &x.id == old))
                {
                    return Err(record(
                        c,
                        "supersedes",
                        format!(
                            "{old:?} is no other claim of the database or of this import; expected the id of the claim this one corrects"
                        ),
                    ));
                }
            }
            for sp in &c.sources {
                if !new_sources.contains(sp.source.as_str()) && ledger.source(&sp.source).is_none()
                {
                    return Err(record(
                        c,
                        "sources",
                        format!(
                            "unknown source {:?}; expected a source id of this import or of the database",
                            sp.source
                        ),
                    ));
                }
            }
        }
        // The same record given twice (one file named twice, two files sharing sources) is
        // written once; the same id with other content was refused above.
        let mut sources_written: std::collections::HashSet<&str> = Default::default();
        for s in &sources {
            if sources_written.insert(s.id.as_str()) {
                insert_source(&tx, s, "import")?;
            }
        }
        let mut claims_written: std::collections::HashSet<&str> = Default::default();
        for c in &claims {
            if claims_written.insert(c.id.as_str()) {
                insert_claim(&tx, c, "import")?;
            }
        }
        tx.commit()?;
        // A date before one of the pair existed is kept as written (it is the file's) and
        // said: answers show such a recognition and do not read it.
        let warnings = claims
            .iter()
            .filter(|c| claims_written.contains(c.id.as_str()))
            .filter_map(|c| {
                ledger.date_warning(c).map(|why| {
                    format!(
                        "check the date of claim {} ({} {} {}): {why}",
                        c.id,
                        c.subject,
                        c.predicate.as_str(),
                        c.object
                    )
                })
            })
            .chain(
                claims
                    .iter()
                    .filter(|c| claims_written.contains(c.id.as_str()))
                    .filter_map(|c| {
                        lonely_withdrawal(&ledger, &claims, c)
                            .or_else(|| ledger.unchecked_early(c))
                            .map(|why| {
                                format!(
                                    "check claim {} ({} {} {}): {why}",
                                    c.id,
                                    c.subject,
                                    c.predicate.as_str(),
                                    c.object
                                )
                            })
                    }),
            )
            .collect();
        Ok(ImportReport {
            claims: claims_written.len(),
            sources: sources_written.len(),
            warnings,
        })
    }

    /// Sets the review status of claims, all or none.
    ///
    /// # Errors
    /// When an id does not exist (nothing is changed).
    pub fn set_status(&mut self, ids: &[String], status: ClaimStatus) -> Result<usize> {
        let tx = self.conn.transaction()?;
        for id in ids {
            // A shipped claim is the reviewed tables' (review 10: `review reject
            // AFG.recognises.1` retired a sourced fact in silence): a correction is a claim
            // that supersedes it, with its own source, never a status flipped here.
            let origin: Option<String> = tx
                .query_row("SELECT origin FROM claim WHERE id = ?1", [id], |r| r.get(0))
                .optional()?;
            if origin.as_deref() == Some(SHIPPED) {
                return Err(Error::Invalid(format!(
                    "{id} is a claim of the shipped tables, reviewed with its source: it is not \
                     reviewed again; to correct it, import a claim with `supersedes = {id}` and \
                     the source that corrects it (README \"JSON output\"); nothing was changed"
                )));
            }
            let n = tx.execute(
                "UPDATE claim SET status = ?1 WHERE id = ?2",
                params![status.as_str(), id],
            )?;
            if n == 0 {
                return Err(Error::UnknownClaim(id.clone()));
            }
        }
        tx.commit()?;
        Ok(ids.len())
    }
}

fn split(s: &str) -> Vec<String> {
    crate::table::split_list(s, '|')
}

fn write_dataset(tx: &Transaction<'_>, ds: &Dataset, origin: &str) -> Result<()> {
    {
        let mut st = tx.prepare(
            "INSERT INTO actor (id, kind, name, iso2, iso_numeric, wikidata, aliases, demonyms, capitals,
                                existed_from, existed_to, successors, predecessors, origin)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        )?;
        for a in &ds.actors {
            st.execute(params![
                a.id,
                a.kind.as_str(),
                a.name,
                a.iso2,
                a.iso_numeric,
                a.wikidata,
                a.aliases.join("|"),
                a.demonyms.join("|"),
                a.capitals.join("|"),
                a.from.to_string(),
                a.to.to_string(),
                a.successors.join("|"),
                a.predecessors.join("|"),
                origin
            ])?;
        }
        let mut st = tx.prepare(
            "INSERT INTO grp (id, name, description, covers, origin) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        for g in &ds.groups {
            let covers = g.covers.map(|c| c.to_string()).unwrap_or_default();
            st.execute(params![g.id, g.name, g.description, covers, origin])?;
        }
        let mut st = tx.prepare(
            "INSERT INTO membership (grp, actor, joined, left_on, source, note, origin)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for m in &ds.memberships {
            st.execute(params![
                m.group,
                m.actor,
                m.joined.to_string(),
                m.left.map(|d| d.to_string()),
                m.source,
                m.note,
                origin
            ])?;
        }
    }
    for s in &ds.sources {
        insert_source(tx, s, origin)?;
    }
    for c in &ds.claims {
        insert_claim(tx, c, origin)?;
    }
    let mut st = tx.prepare(
        "INSERT INTO completeness (entity, as_of, among, sources, note, origin) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for k in &ds.completeness {
        st.execute(params![
            k.entity,
            k.as_of.to_string(),
            k.among,
            k.sources.join("|"),
            k.note,
            origin
        ])?;
    }
    Ok(())
}

fn insert_source(tx: &Transaction<'_>, s: &Source, origin: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO source (id, url, citation, published, note, origin, grade) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            s.id,
            s.url,
            s.citation,
            s.published.to_string(),
            s.note,
            origin,
            s.grade.map(|g| g.as_str())
        ],
    )?;
    Ok(())
}

fn insert_claim(tx: &Transaction<'_>, c: &Claim, origin: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO claim (id, subject, predicate, object, date, claimant, negated, status, confidence, note, supersedes, origin)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![
            c.id,
            c.subject,
            c.predicate.as_str(),
            c.object,
            c.date.to_string(),
            c.claimant,
            c.negated,
            c.status.as_str(),
            c.confidence,
            c.note,
            c.supersedes,
            origin
        ],
    )?;
    let mut st = tx.prepare_cached(
        "INSERT INTO claim_source (claim, source, span_start, span_end, text, ord) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (i, s) in c.sources.iter().enumerate() {
        st.execute(params![
            c.id,
            s.source,
            s.range.map(|r| r.0 as i64),
            s.range.map(|r| r.1 as i64),
            s.text,
            i as i64
        ])?;
    }
    Ok(())
}

/// The largest claims file `comity import` reads (CSV or JSON): 256 MiB, about
/// two million claims. A file is read whole and parsed before anything is
/// written, so the limit bounds memory; split a larger file.
pub const MAX_IMPORT_BYTES: u64 = 256 * 1024 * 1024;

/// Parses claims (and optionally sources) from a CSV or JSON file's text, for
/// [`Store::import`]. JSON is `{"sources": [...], "claims": [...]}` in the
/// export format.
///
/// # Errors
/// A malformed row or value, located by file, line and column.
pub fn parse_import(file: &str, text: &str) -> Result<(Vec<Source>, Vec<Claim>)> {
    parse_import_checked(file, text).map(|(s, c, _)| (s, c))
}

/// A claim's inline copy of a source record (`{id, url, citation, …}` in a JSON import) whose
/// record is not in the same file: [`Store::check_inline_sources`] compares it with the
/// database's record, so an edit there is refused rather than dropped in silence.
#[derive(Debug, Clone, PartialEq)]
pub struct InlineSource {
    /// The claim carrying the copy.
    pub claim: String,
    /// The source id.
    pub source: String,
    /// The copy's url, if it gives one.
    pub url: Option<String>,
    /// The copy's citation, if it gives one.
    pub citation: Option<String>,
    /// The copy's publication date, as exported, if it gives one.
    pub published: Option<serde_json::Value>,
    /// The copy's grade, as exported, if it gives one.
    pub grade: Option<serde_json::Value>,
}

/// The first field in which a claim's inline copy of a source record differs from the record
/// (review 15: a copy whose `grade` said `official` against the record's `partisan` imported
/// in silence, the record winning; only `url` and `citation` were compared).
fn inline_differs(
    url: Option<&String>,
    citation: Option<&String>,
    published: Option<&serde_json::Value>,
    grade: Option<&serde_json::Value>,
    rec: &Source,
) -> Option<&'static str> {
    if url.is_some_and(|u| rec.url.as_ref() != Some(u)) {
        return Some("url");
    }
    if citation.is_some_and(|t| *t != rec.citation) {
        return Some("citation");
    }
    // The export writes an unknown date and a missing grade as null.
    let same = |v: &serde_json::Value, want: serde_json::Value| *v == want;
    if published.is_some_and(|v| {
        let as_exported = v.is_null() && rec.published.is_unknown();
        !as_exported && !same(v, serde_json::to_value(rec.published).unwrap_or_default())
    }) {
        return Some("published");
    }
    if grade.is_some_and(|v| !same(v, serde_json::to_value(rec.grade).unwrap_or_default())) {
        return Some("grade");
    }
    None
}

/// [`parse_import`], also returning the inline source copies whose record is not in the file
/// (for [`Store::check_inline_sources`]).
///
/// # Errors
/// As [`parse_import`].
pub fn parse_import_checked(
    file: &str,
    text: &str,
) -> Result<(Vec<Source>, Vec<Claim>, Vec<InlineSource>)> {
    let mut inline: Vec<InlineSource> = Vec::new();
    if file.ends_with(".json") {
        // A UTF-8 byte-order mark, which CSV imports already skip (review 18: a JSON file
        // saved with one was refused as "expected value at line 1 column 1").
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let doc: JsonDoc = serde_json::from_str(text).map_err(|e| Error::Import {
            file: file.to_string(),
            line: e.line() as u64,
            column: e.column() as u64,
            field: "(json)".into(),
            reason: e.to_string(),
        })?;
        let mut claims: Vec<Claim> = Vec::new();
        let located = |id: &str, field: &str, nth: usize, reason: String| {
            let (line, column) = nth_record(text, id, nth).unwrap_or((0, 0));
            Error::Import {
                file: file.to_string(),
                line,
                column,
                field: format!("{id}: {field}"),
                reason,
            }
        };
        for c in doc.claims {
            if c.sources.is_empty() {
                return Err(located(
                    &c.id,
                    "sources",
                    1,
                    "no source; expected at least one source id or span record".into(),
                ));
            }
            let mut spans: Vec<JsonSpan> = Vec::with_capacity(c.sources.len());
            for v in &c.sources {
                let sp = match v {
                    serde_json::Value::String(id) => JsonSpan {
                        id: id.clone(),
                        span: None,
                        range: None,
                        text: None,
                        url: None,
                        citation: None,
                        published: None,
                        grade: None,
                    },
                    other => serde_json::from_value::<JsonSpan>(other.clone()).map_err(|e| {
                        located(
                            &c.id,
                            "sources",
                            1,
                            format!("{e}; expected a source id (\"S1\") or a record {{\"id\": \"S1\", \"span\": {{\"start\": 0, \"end\": 10}}}}"),
                        )
                    })?,
                };
                spans.push(sp);
            }
            if !(0.0..=1.0).contains(&c.confidence) {
                return Err(located(
                    &c.id,
                    "confidence",
                    1,
                    format!(
                        "{} is out of range; expected a number from 0 to 1",
                        c.confidence
                    ),
                ));
            }
            if claims.iter().any(|x| x.id == c.id) {
                return Err(located(
                    &c.id,
                    "id",
                    2,
                    "this id appears twice in the file; expected one record per claim id".into(),
                ));
            }
            // The date string carries its precision and bound (`2008-02`, `../2008-02-10`);
            // `precision` and `bound`, as exported beside it, must agree with it: a hand-edited
            // bound must never become an exact date in silence.
            if let Some(p) = c.precision.filter(|p| *p != c.date.precision()) {
                return Err(located(&c.id, "precision", 1, format!(
                    "the date {:?} has precision {}, the record says {}; expected them to agree (write the date with the precision you mean: YYYY-MM-DD, YYYY-MM, YYYY)",
                    c.date.to_string(), c.date.precision().as_str(), p.as_str()
                )));
            }
            if let Some(b) = c.bound.filter(|b| *b != c.date.bound()) {
                return Err(located(&c.id, "bound", 1, format!(
                    "the date {:?} is {}, the record says {}; expected them to agree (write an on-or-before bound as ../DATE, an on-or-after bound as DATE/..)",
                    c.date.to_string(), c.date.bound().as_str(), b.as_str()
                )));
            }
            // A claim's inline source (`{id, url, citation, …}`, as exported) is a copy of the
            // source's record: an edit there would be dropped in silence, so a copy that
            // disagrees with the record in this file is an error (change the record itself).
            for sp in &spans {
                let Some(rec) = doc.sources.iter().find(|x| x.id == sp.id) else {
                    if sp.url.is_some()
                        || sp.citation.is_some()
                        || sp.published.is_some()
                        || sp.grade.is_some()
                    {
                        inline.push(InlineSource {
                            claim: c.id.clone(),
                            source: sp.id.clone(),
                            url: sp.url.clone(),
                            citation: sp.citation.clone(),
                            published: sp.published.clone(),
                            grade: sp.grade.clone(),
                        });
                    }
                    continue;
                };
                if let Some(field) = inline_differs(
                    sp.url.as_ref(),
                    sp.citation.as_ref(),
                    sp.published.as_ref(),
                    sp.grade.as_ref(),
                    rec,
                ) {
                    return Err(located(
                        &c.id,
                        "sources",
                        1,
                        format!(
                            "the inline copy of source {} differs from its record in this file ({field}); expected them to agree (inline source fields are not imported: edit the source record, or give the new text a new source id)",
                            sp.id,
                        ),
                    ));
                }
            }
            claims.push(c.into_claim(spans));
        }
        Ok((doc.sources, claims, inline))
    } else {
        let claims = dataset::parse_claims(file, text, ClaimStatus::Proposed)?;
        Ok((Vec::new(), claims, inline))
    }
}

/// The 1-based line and column of the `nth` (1-based) JSON record whose `"id"` is `id`.
fn nth_record(text: &str, id: &str, nth: usize) -> Option<(u64, u64)> {
    let pats = [format!("\"id\": \"{id}\""), format!("\"id\":\"{id}\"")];
    let mut at: Vec<usize> = pats
        .iter()
        .flat_map(|p| text.match_indices(p.as_str()).map(|(i, _)| i))
        .collect();
    at.sort_unstable();
    let i = *at.get(nth.checked_sub(1)?)?;
    let before = &text[..i];
    let line = before.matches('\n').count() as u64 + 1;
    let line_start = before.rfind('\n').map_or(0, |n| n + 1);
    Some((line, text[line_start..i].chars().count() as u64 + 1))
}

/// An import's record error ([`Error::ImportRecord`], found when the records meet the store)
/// located in the text it came from — `file:line:column`, as a parse error is — by
/// [`locate_import_record`] over the imported `(file, text)` pairs; any other error unchanged.
/// The CLI and the API both answer this way (review 13: the API's CSV errors had no location).
pub fn locate_import_error(e: Error, texts: &[(String, String)]) -> Error {
    match e {
        Error::ImportRecord {
            kind,
            id,
            field,
            reason,
        } => match texts.iter().find_map(|(file, text)| {
            locate_import_record(file, text, &id, field).map(|at| (file.clone(), at))
        }) {
            Some((file, (line, column))) => Error::Import {
                file,
                line,
                column,
                field: field.to_string(),
                reason: format!("{kind} {id}: {reason} (nothing was written)"),
            },
            None => Error::ImportRecord {
                kind,
                id,
                field,
                reason,
            },
        },
        e => e,
    }
}

/// Where the record `id` and its `field` are in an import file's `text` (1-based line and
/// character column), to place an [`Error::ImportRecord`] of [`Store::import`]: a CSV row by
/// its `id` field (read as [`parse_import`] reads it), a JSON record by the line of its
/// `"id": "…"`.
pub fn locate_import_record(file: &str, text: &str, id: &str, field: &str) -> Option<(u64, u64)> {
    if file.ends_with(".json") {
        nth_record(text, id, 1)
    } else {
        let t = crate::table::Table::parse(file, text, &["id"]).ok()?;
        let row = t.rows().find(|r| r.get("id") == id)?;
        Some(row.at(field))
    }
}

/// The JSON import format: the shape `comity::json` writes (`sources` as
/// `{id, url, citation, published, grade, note}`, claims as [`crate::json::claim`]),
/// with every optional field optional.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonDoc {
    #[serde(default)]
    sources: Vec<Source>,
    claims: Vec<JsonClaim>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonClaim {
    id: String,
    subject: String,
    predicate: crate::model::Predicate,
    object: String,
    #[serde(default)]
    date: crate::date::Date,
    claimant: String,
    #[serde(default)]
    negated: bool,
    #[serde(default = "proposed")]
    status: ClaimStatus,
    #[serde(default = "default_confidence")]
    confidence: f64,
    #[serde(default)]
    note: String,
    #[serde(default)]
    supersedes: Option<String>,
    /// As exported beside the date; checked against it, never used instead of it.
    #[serde(default)]
    precision: Option<crate::date::Precision>,
    #[serde(default)]
    bound: Option<crate::date::Bound>,
    /// Fields of a claim as a status answer shows it (`role`, `timing`, `text`,
    /// `same_sentence_as`, `date_note`): accepted and ignored, so a claim copied from an answer imports.
    #[serde(default)]
    #[allow(dead_code)]
    role: Option<serde_json::Value>,
    #[serde(default)]
    #[allow(dead_code)]
    timing: Option<serde_json::Value>,
    #[serde(default)]
    #[allow(dead_code)]
    text: Option<serde_json::Value>,
    #[serde(default)]
    #[allow(dead_code)]
    same_sentence_as: Option<serde_json::Value>,
    /// Derived from the ledger on each answer (`Ledger::date_note`): ignored on import.
    #[serde(default)]
    #[allow(dead_code)]
    date_note: Option<serde_json::Value>,
    /// Each a source id (`"S1"`) or a span record ([`JsonSpan`]), read in
    /// [`parse_import_checked`] so that an error names the claim.
    sources: Vec<serde_json::Value>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonSpan {
    /// The source id (`id` in the documented shape; `source` in older exports).
    #[serde(alias = "source")]
    id: String,
    #[serde(default)]
    span: Option<JsonRange>,
    #[serde(default)]
    range: Option<(usize, usize)>,
    #[serde(default)]
    text: Option<String>,
    /// The exported copy of the source's record (checked against it, never imported).
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    citation: Option<String>,
    /// Exported copies of the record's other fields (checked against it, never imported).
    #[serde(default)]
    published: Option<serde_json::Value>,
    #[serde(default)]
    grade: Option<serde_json::Value>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonRange {
    start: usize,
    end: usize,
    #[serde(default)]
    text: Option<String>,
}

fn proposed() -> ClaimStatus {
    ClaimStatus::Proposed
}

fn default_confidence() -> f64 {
    0.9
}

impl JsonClaim {
    fn into_claim(self, sources: Vec<JsonSpan>) -> Claim {
        Claim {
            id: self.id,
            subject: self.subject,
            predicate: self.predicate,
            object: self.object,
            date: self.date,
            claimant: self.claimant,
            negated: self.negated,
            status: self.status,
            confidence: self.confidence,
            note: self.note,
            supersedes: self.supersedes,
            sources: sources
                .into_iter()
                .map(|s| {
                    let (range, text) = match s.span {
                        Some(r) => (Some((r.start, r.end)), r.text),
                        None => (s.range, s.text),
                    };
                    Span {
                        source: s.id,
                        range,
                        text,
                    }
                })
                .collect(),
        }
    }
}

/// " (did you mean SRB?)" when `name` resolves to an actor by its name, else "".
fn suggest(ledger: &Ledger, name: &str) -> String {
    match ledger.resolve(name) {
        Ok(a) => format!(" (did you mean {}?)", a.id),
        Err(Error::UnknownActor { suggestions, .. }) if !suggestions.is_empty() => {
            format!(" (did you mean {}?)", suggestions.join(", "))
        }
        _ => String::new(),
    }
}

/// Why an imported withdrawal or suspension needs a look: neither the database nor the import
/// holds a recognition by its subject of its object, so answers infer one "at an unrecorded
/// date" before it (review 20: a withdrawal imported alone was read without a word).
fn lonely_withdrawal(
    ledger: &crate::Ledger,
    imported: &[&crate::model::Claim],
    c: &crate::model::Claim,
) -> Option<String> {
    use crate::model::Predicate;
    if c.negated
        || !matches!(
            c.predicate,
            Predicate::WithdrawsRecognition | Predicate::SuspendsRecognition
        )
    {
        return None;
    }
    let recognition = |x: &crate::model::Claim| {
        x.subject == c.subject
            && x.object == c.object
            && x.predicate == Predicate::Recognises
            && !x.negated
    };
    let known = ledger
        .claims_between(&c.subject, &c.object)
        .into_iter()
        .any(recognition)
        || imported.iter().any(|x| recognition(x));
    (!known).then(|| {
        format!(
            "the database and this import hold no recognition of {} by {}; answers infer one at an unrecorded date before this {}",
            c.object,
            c.subject,
            if c.predicate == Predicate::SuspendsRecognition {
                "suspension"
            } else {
                "withdrawal"
            }
        )
    })
}
