//! Import of the `unvotes` folder into the store (one transaction).

use std::cell::Cell;
use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use rusqlite::params;
use serde::Serialize;

use super::{
    Correction, CountryMap, CountryMapping, RollCall, RollCallVote, CORRECTIONS, CORRECTIONS_FILE,
};
use crate::error::{Error, Result};
use crate::store::Store;

/// A stage of [`Store::import_unvotes`], reported to the progress callback.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ImportStage {
    /// Reading `un_roll_calls`.
    RollCalls,
    /// Reading `un_roll_call_issues`.
    Issues,
    /// Reading `un_votes`.
    Votes,
    /// Writing to the database.
    Writing,
}

/// A progress report: `done` of `total` units (bytes of the file read, or rows written).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportProgress {
    /// The stage.
    pub stage: ImportStage,
    /// Units done.
    pub done: u64,
    /// Units in total.
    pub total: u64,
}

/// What [`Store::import_unvotes`] did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnvotesReport {
    /// Roll calls written.
    pub roll_calls: usize,
    /// Issue rows written.
    pub issues: usize,
    /// Vote rows read from `un_votes`.
    pub votes_read: usize,
    /// Vote rows written.
    pub votes: usize,
    /// Vote rows not imported, by reason (Zanzibar).
    pub votes_skipped: Vec<(String, usize)>,
    /// Distinct (code, country) pairs and their mapping.
    pub countries: Vec<CountryMapping>,
    /// Corrections loaded.
    pub corrections: usize,
    /// Corrections not loaded: their roll call is absent, or the data no longer
    /// hold the vote they correct.
    pub corrections_not_applied: Vec<String>,
    /// The files read.
    pub files: Vec<String>,
}

struct Counting<R> {
    inner: R,
    count: Rc<Cell<u64>>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.set(self.count.get() + n as u64);
        Ok(n)
    }
}

/// An opened input file: the CSV reader, the bytes read so far and the file size.
struct Input {
    name: String,
    reader: csv::Reader<Box<dyn Read>>,
    read: Rc<Cell<u64>>,
    size: u64,
    columns: Vec<usize>,
}

fn io_err(path: &Path, source: std::io::Error) -> Error {
    Error::Io {
        path: path.display().to_string(),
        source,
    }
}

fn import_err(file: &str, line: u64, column: u64, field: &str, reason: String) -> Error {
    Error::Import {
        file: file.to_string(),
        line,
        column,
        field: field.to_string(),
        reason,
    }
}

impl Input {
    /// Opens `<stem>.csv` or else `<stem>.csv.gz` in `dir`, and checks the header.
    fn open(dir: &Path, stem: &str, columns: &[&str]) -> Result<Input> {
        let plain = dir.join(format!("{stem}.csv"));
        let gz = dir.join(format!("{stem}.csv.gz"));
        let (path, zipped): (PathBuf, bool) = if plain.is_file() {
            (plain, false)
        } else if gz.is_file() {
            (gz, true)
        } else {
            return Err(Error::Io {
                path: dir.join(format!("{stem}.csv[.gz]")).display().to_string(),
                source: std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    "not found (expected the files of the R package unvotes as CSV, optionally gzipped)",
                ),
            });
        };
        let file = File::open(&path).map_err(|e| io_err(&path, e))?;
        let size = file.metadata().map_err(|e| io_err(&path, e))?.len();
        let read = Rc::new(Cell::new(0));
        let counted = Counting {
            inner: std::io::BufReader::with_capacity(1 << 16, file),
            count: Rc::clone(&read),
        };
        let boxed: Box<dyn Read> = if zipped {
            Box::new(flate2::read::GzDecoder::new(counted))
        } else {
            Box::new(counted)
        };
        let name = path.display().to_string();
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .flexible(false)
            .from_reader(boxed);
        let headers = reader
            .headers()
            .map_err(|e| import_err(&name, 1, 1, "(header)", e.to_string()))?
            .clone();
        let mut idx = Vec::new();
        for c in columns {
            match headers
                .iter()
                .position(|h| h.trim_start_matches('\u{feff}') == *c)
            {
                Some(i) => idx.push(i),
                None => {
                    return Err(import_err(
                        &name,
                        1,
                        1,
                        c,
                        format!(
                            "missing column; the header must contain: {}",
                            columns.join(",")
                        ),
                    ))
                }
            }
        }
        Ok(Input {
            name,
            reader,
            read,
            size,
            columns: idx,
        })
    }

    /// The next record, or `None` at the end.
    fn next(&mut self, rec: &mut csv::StringRecord) -> Result<Option<u64>> {
        match self.reader.read_record(rec) {
            Ok(true) => Ok(Some(rec.position().map_or(0, csv::Position::line))),
            Ok(false) => Ok(None),
            Err(e) => {
                let line = e.position().map_or(0, csv::Position::line);
                let reason = match e.kind() {
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => format!(
                        "the row has {len} fields, expected {expected_len} (as in the header)"
                    ),
                    _ => e.to_string(),
                };
                Err(import_err(&self.name, line, 1, "(row)", reason))
            }
        }
    }
}

/// A field of a record with its location, for errors.
struct Field<'r> {
    file: &'r str,
    line: u64,
    column: u64,
    name: &'static str,
    value: &'r str,
}

impl Field<'_> {
    fn error(&self, expected: &str) -> Error {
        import_err(
            self.file,
            self.line,
            self.column,
            self.name,
            format!("{:?}: expected {expected}", self.value),
        )
    }

    fn int<T: std::str::FromStr>(&self, expected: &str) -> Result<T> {
        self.value.parse().map_err(|_| self.error(expected))
    }

    fn flag(&self) -> Result<Option<i64>> {
        match self.value {
            "" => Ok(None),
            "0" => Ok(Some(0)),
            "1" => Ok(Some(1)),
            _ => Err(self.error("0, 1 or empty")),
        }
    }
}

fn field<'r>(
    input: &'r Input,
    rec: &'r csv::StringRecord,
    line: u64,
    k: usize,
    name: &'static str,
) -> Field<'r> {
    let i = input.columns[k];
    // 1-based column of the field (exact for unquoted fields, which all codes and numbers are).
    let column = 1
        + (0..i)
            .map(|j| rec.get(j).map_or(0, str::len) + 1)
            .sum::<usize>();
    Field {
        file: &input.name,
        line,
        column: column as u64,
        name,
        value: rec.get(i).unwrap_or(""),
    }
}

struct RollCallRow {
    rc: RollCall,
    important: Option<i64>,
    amend: Option<i64>,
    para: Option<i64>,
}

fn read_roll_calls(
    dir: &Path,
    progress: &mut dyn FnMut(ImportProgress),
) -> Result<(String, Vec<RollCallRow>)> {
    const COLS: &[&str] = &[
        "rcid",
        "session",
        "importantvote",
        "date",
        "unres",
        "amend",
        "para",
        "short",
        "descr",
    ];
    let mut input = Input::open(dir, "un_roll_calls", COLS)?;
    let mut rec = csv::StringRecord::new();
    let mut out: Vec<RollCallRow> = Vec::new();
    let mut seen: HashMap<u32, u64> = HashMap::new();
    while let Some(line) = input.next(&mut rec)? {
        let f = |k, n| field(&input, &rec, line, k, n);
        let rcid_f = f(0, "rcid");
        let rcid: u32 = rcid_f.int("a positive integer roll-call id")?;
        if let Some(first) = seen.insert(rcid, line) {
            return Err(rcid_f.error(&format!("a unique rcid (already on line {first})")));
        }
        let session: u16 = f(1, "session").int("a session number (1, 2, ...)")?;
        let date_f = f(3, "date");
        if date_f.value.len() != 10 || date_f.value.parse::<jiff::civil::Date>().is_err() {
            return Err(date_f.error("a date YYYY-MM-DD"));
        }
        out.push(RollCallRow {
            rc: RollCall {
                rcid,
                session,
                date: date_f.value.to_string(),
                unres: f(4, "unres").value.to_string(),
                short: f(7, "short").value.to_string(),
                descr: f(8, "descr").value.to_string(),
            },
            important: f(2, "importantvote").flag()?,
            amend: f(5, "amend").flag()?,
            para: f(6, "para").flag()?,
        });
        if out.len() % 1024 == 0 {
            progress(ImportProgress {
                stage: ImportStage::RollCalls,
                done: input.read.get(),
                total: input.size,
            });
        }
    }
    Ok((input.name, out))
}

/// `(rcid, short_name, issue)`.
type IssueRow = (u32, String, String);

fn read_issues(dir: &Path, rcids: &HashMap<u32, usize>) -> Result<(String, Vec<IssueRow>)> {
    let mut input = Input::open(dir, "un_roll_call_issues", &["rcid", "short_name", "issue"])?;
    let mut rec = csv::StringRecord::new();
    let mut out = Vec::new();
    while let Some(line) = input.next(&mut rec)? {
        let f = |k, n| field(&input, &rec, line, k, n);
        let rcid_f = f(0, "rcid");
        let rcid: u32 = rcid_f.int("a roll-call id")?;
        if !rcids.contains_key(&rcid) {
            return Err(rcid_f.error("the rcid of a roll call in un_roll_calls"));
        }
        let short = f(1, "short_name");
        if short.value.is_empty() {
            return Err(short.error("an issue code (me, nu, di, hr, co, ec)"));
        }
        out.push((
            rcid,
            short.value.to_string(),
            f(2, "issue").value.to_string(),
        ));
    }
    Ok((input.name, out))
}

/// Votes read from `un_votes`: (rcid, actor index, vote, line).
struct Votes {
    file: String,
    rows: Vec<(u32, u16, RollCallVote, u64)>,
    actors: Vec<String>,
    read: usize,
    skipped: BTreeMap<String, usize>,
    countries: Vec<CountryMapping>,
}

fn read_votes(
    dir: &Path,
    map: &CountryMap<'_>,
    rcids: &HashMap<u32, usize>,
    progress: &mut dyn FnMut(ImportProgress),
) -> Result<Votes> {
    let mut input = Input::open(
        dir,
        "un_votes",
        &["rcid", "country", "country_code", "vote"],
    )?;
    let mut rec = csv::StringRecord::new();
    let mut cache: HashMap<(String, String), Option<u16>> = HashMap::new();
    let mut v = Votes {
        file: input.name.clone(),
        rows: Vec::with_capacity(900_000),
        actors: Vec::new(),
        read: 0,
        skipped: BTreeMap::new(),
        countries: Vec::new(),
    };
    let mut actor_index: HashMap<String, u16> = HashMap::new();
    while let Some(line) = input.next(&mut rec)? {
        v.read += 1;
        let f = |k, n| field(&input, &rec, line, k, n);
        let rcid_f = f(0, "rcid");
        let rcid: u32 = rcid_f.int("a roll-call id")?;
        if !rcids.contains_key(&rcid) {
            return Err(rcid_f.error("the rcid of a roll call in un_roll_calls"));
        }
        let vote_f = f(3, "vote");
        let vote =
            RollCallVote::parse(vote_f.value).ok_or_else(|| vote_f.error("yes, abstain or no"))?;
        let (country, code) = (
            rec.get(input.columns[1]).unwrap_or(""),
            rec.get(input.columns[2]).unwrap_or(""),
        );
        let key = (code.to_string(), country.to_string());
        let actor = match cache.get(&key) {
            Some(a) => *a,
            None => {
                let m = map
                    .map(code, country)
                    .map_err(|reason| f(2, "country_code").error(&reason))?;
                let a = match &m.actor {
                    Some(id) => {
                        let n = actor_index.len() as u16;
                        let i = *actor_index.entry(id.clone()).or_insert(n);
                        if i == n {
                            v.actors.push(id.clone());
                        }
                        Some(i)
                    }
                    None => None,
                };
                v.countries.push(m);
                cache.insert(key, a);
                a
            }
        };
        match actor {
            Some(a) => v.rows.push((rcid, a, vote, line)),
            None => {
                *v.skipped
                    .entry(format!("{country} (not imported)"))
                    .or_default() += 1
            }
        }
        if v.read % 16_384 == 0 {
            progress(ImportProgress {
                stage: ImportStage::Votes,
                done: input.read.get(),
                total: input.size,
            });
        }
    }
    progress(ImportProgress {
        stage: ImportStage::Votes,
        done: input.size,
        total: input.size,
    });
    // Duplicates: two rows for the same roll call and actor (two codes mapping onto one actor).
    v.rows.sort_unstable_by_key(|r| (r.0, r.1, r.3));
    for w in v.rows.windows(2) {
        if w[0].0 == w[1].0 && w[0].1 == w[1].1 {
            return Err(import_err(
                &v.file,
                w[1].3,
                1,
                "country_code",
                format!(
                    "a second vote of {} on roll call {} (the first is on line {}): expected one vote per actor and roll call",
                    v.actors[w[1].1 as usize], w[1].0, w[0].3
                ),
            ));
        }
    }
    v.countries
        .sort_by(|a, b| (&a.code, &a.country).cmp(&(&b.code, &b.country)));
    Ok(v)
}

fn parse_corrections() -> Result<Vec<(u64, Correction)>> {
    let mut rdr = csv::ReaderBuilder::new().from_reader(CORRECTIONS.as_bytes());
    let mut out = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| import_err(CORRECTIONS_FILE, 0, 1, "(row)", e.to_string()))?;
        let line = rec.position().map_or(0, csv::Position::line);
        let get = |i: usize| rec.get(i).unwrap_or("").to_string();
        let vote = |i: usize, name: &str| {
            RollCallVote::parse(&get(i)).ok_or_else(|| {
                import_err(
                    CORRECTIONS_FILE,
                    line,
                    1,
                    name,
                    "expected yes, abstain or no".into(),
                )
            })
        };
        out.push((
            line,
            Correction {
                rcid: get(0).parse().map_err(|_| {
                    import_err(
                        CORRECTIONS_FILE,
                        line,
                        1,
                        "rcid",
                        "expected a roll-call id".into(),
                    )
                })?,
                actor: get(1),
                data_vote: vote(2, "data_vote")?,
                official_vote: vote(3, "official_vote")?,
                source: get(4),
                note: get(5),
            },
        ));
    }
    Ok(out)
}

impl Store {
    /// Imports the UN General Assembly roll calls from `dir` (`un_votes.csv[.gz]`,
    /// `un_roll_calls.csv[.gz]`, `un_roll_call_issues.csv[.gz]`) in ONE
    /// transaction that replaces any previous roll-call data, and loads the
    /// shipped corrections ([`CORRECTIONS`]). Stored ideal-point fits are kept.
    ///
    /// `progress` is called while reading and writing.
    ///
    /// # Errors
    /// [`Error::Io`] for a missing file; [`Error::Import`] (file, line, column,
    /// field, what was expected) for a malformed row, an unknown country code,
    /// an unknown rcid or a duplicate vote. Nothing is written then.
    pub fn import_unvotes(
        &mut self,
        dir: &Path,
        progress: &mut dyn FnMut(ImportProgress),
    ) -> Result<UnvotesReport> {
        let ledger = self.ledger()?;
        let map = CountryMap::new(&ledger);
        let (rc_file, rolls) = read_roll_calls(dir, progress)?;
        let rcids: HashMap<u32, usize> = rolls
            .iter()
            .enumerate()
            .map(|(i, r)| (r.rc.rcid, i))
            .collect();
        progress(ImportProgress {
            stage: ImportStage::Issues,
            done: 0,
            total: 1,
        });
        let (is_file, issues) = read_issues(dir, &rcids)?;
        let votes = read_votes(dir, &map, &rcids, progress)?;
        // Corrections: apply those whose roll call is present and whose data vote matches.
        let mut corrections = Vec::new();
        let mut not_applied = Vec::new();
        for (line, c) in parse_corrections()? {
            let held = votes
                .rows
                .iter()
                .find(|r| r.0 == c.rcid && votes.actors[r.1 as usize] == c.actor)
                .map(|r| r.2);
            match held {
                Some(v) if v == c.data_vote => corrections.push(c),
                Some(v) => not_applied.push(format!(
                    "{CORRECTIONS_FILE}:{line}: rcid {} {}: the data now say {}, the correction expects {}",
                    c.rcid, c.actor, v.as_str(), c.data_vote.as_str()
                )),
                None => not_applied.push(format!(
                    "{CORRECTIONS_FILE}:{line}: rcid {} {}: no such vote in the imported data",
                    c.rcid, c.actor
                )),
            }
        }
        let total = (rolls.len() + issues.len() + votes.rows.len()) as u64;
        let mut done = 0u64;
        let tx = self.conn_mut().transaction()?;
        for t in [
            "rollcall_vote",
            "rollcall_issue",
            "rollcall_country",
            "rollcall_correction",
            "rollcall",
        ] {
            tx.execute(&format!("DELETE FROM {t}"), [])?;
        }
        {
            let mut st = tx.prepare(
                "INSERT INTO rollcall (rcid, session, date, unres, short, descr, importantvote, amend, para)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?;
            for r in &rolls {
                st.execute(params![
                    r.rc.rcid,
                    r.rc.session,
                    r.rc.date,
                    r.rc.unres,
                    r.rc.short,
                    r.rc.descr,
                    r.important,
                    r.amend,
                    r.para
                ])?;
            }
            done += rolls.len() as u64;
            let mut st = tx.prepare(
                "INSERT INTO rollcall_issue (rcid, short_name, issue) VALUES (?1, ?2, ?3)",
            )?;
            for (rcid, s, i) in &issues {
                st.execute(params![rcid, s, i])?;
            }
            done += issues.len() as u64;
            let mut st =
                tx.prepare("INSERT INTO rollcall_vote (rcid, actor, vote) VALUES (?1, ?2, ?3)")?;
            for (k, (rcid, a, v, _)) in votes.rows.iter().enumerate() {
                st.execute(params![rcid, votes.actors[*a as usize], v.as_str()])?;
                if k % 16_384 == 0 {
                    progress(ImportProgress {
                        stage: ImportStage::Writing,
                        done: done + k as u64,
                        total,
                    });
                }
            }
            let mut st = tx.prepare(
                "INSERT INTO rollcall_country (code, country, actor, note) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for m in &votes.countries {
                st.execute(params![
                    m.code,
                    m.country,
                    m.actor.clone().unwrap_or_default(),
                    m.note
                ])?;
            }
            let mut st = tx.prepare(
                "INSERT INTO rollcall_correction (rcid, actor, data_vote, official_vote, source, note)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            for c in &corrections {
                st.execute(params![
                    c.rcid,
                    c.actor,
                    c.data_vote.as_str(),
                    c.official_vote.as_str(),
                    c.source,
                    c.note
                ])?;
            }
        }
        tx.commit()?;
        progress(ImportProgress {
            stage: ImportStage::Writing,
            done: total,
            total,
        });
        Ok(UnvotesReport {
            roll_calls: rolls.len(),
            issues: issues.len(),
            votes_read: votes.read,
            votes: votes.rows.len(),
            votes_skipped: votes.skipped.into_iter().collect(),
            countries: votes.countries,
            corrections: corrections.len(),
            corrections_not_applied: not_applied,
            files: vec![rc_file, is_file, votes.file],
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_corrections_parse() {
        let c = parse_corrections().unwrap();
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].1.actor, "AFG");
        assert_eq!(c[0].1.official_vote, RollCallVote::Abstain);
    }
}
