//! UN General Assembly roll calls: import of Voeten's data (as packaged in the
//! R package `unvotes` 0.3.0) from a folder into the store, the mapping of the
//! data's country codes onto ledger actors, tallies, and the shipped
//! corrections where an official record disagrees with the data.
//!
//! ```no_run
//! use comity::Store;
//! let mut store = Store::open_in_memory()?;
//! let report = store.import_unvotes(std::path::Path::new("unvotes/"), &mut |_| {})?;
//! println!("{} votes in {} roll calls", report.votes, report.roll_calls);
//! let t = store.tally(4831)?; // GA 63/3
//! println!("data {} / official {:?}", t.data, t.official);
//! # Ok::<(), comity::Error>(())
//! ```
//!
//! The country mapping (see [`CountryMap`]) is explicit: the literal code `NA`
//! is Namibia (no "NA means missing" logic anywhere); `YU` "Yugoslavia" is
//! Serbia's seat (`SRB`); `RU` covers the USSR (`RUS`); `TW` is the Republic of
//! China, which held China's seat until 1971-10-25 (`TWN`); `CS`, `DD`, `YD` are
//! the former states `CSK`, `DDR`, `YMD`; the three entities without a code are
//! keyed by name: Federal Republic of Germany → `DEU`, Yemen Arab Republic →
//! `YEM`, and Zanzibar's 2 votes are **not imported** (it voted as a separate
//! member on the same two 1963 roll calls as Tanganyika, whose seat is `TZA`'s,
//! so it cannot share that actor). Every other code maps through the actors'
//! `iso2`, and its country name must resolve to the same actor.

use std::cell::Cell;
use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::ledger::Ledger;
use crate::model::ActorKind;
use crate::store::Store;

/// The shipped corrections: where an official record disagrees with the data.
pub const CORRECTIONS: &str = include_str!("../../../data/unvotes_corrections.csv");
const CORRECTIONS_FILE: &str = "data/unvotes_corrections.csv";

/// A recorded vote in a roll call (the data keep only these three; absence is
/// a missing row).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RollCallVote {
    /// In favour.
    Yes,
    /// Abstention.
    Abstain,
    /// Against.
    No,
}

impl RollCallVote {
    /// `yes`, `abstain` or `no`.
    pub fn as_str(self) -> &'static str {
        match self {
            RollCallVote::Yes => "yes",
            RollCallVote::Abstain => "abstain",
            RollCallVote::No => "no",
        }
    }

    /// Parses `yes`, `abstain` or `no` (exactly, as in the data).
    pub fn parse(s: &str) -> Option<RollCallVote> {
        match s {
            "yes" => Some(RollCallVote::Yes),
            "abstain" => Some(RollCallVote::Abstain),
            "no" => Some(RollCallVote::No),
            _ => None,
        }
    }

    /// The same vote for the numerics crate.
    pub fn to_ideal(self) -> comity_ideal::Vote {
        match self {
            RollCallVote::Yes => comity_ideal::Vote::Yes,
            RollCallVote::Abstain => comity_ideal::Vote::Abstain,
            RollCallVote::No => comity_ideal::Vote::No,
        }
    }
}

/// Yes, no and abstain counts of a roll call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Tally {
    /// In favour.
    pub yes: u32,
    /// Against.
    pub no: u32,
    /// Abstentions.
    pub abstain: u32,
}

impl Tally {
    /// Adds one vote.
    pub fn add(&mut self, v: RollCallVote) {
        match v {
            RollCallVote::Yes => self.yes += 1,
            RollCallVote::No => self.no += 1,
            RollCallVote::Abstain => self.abstain += 1,
        }
    }
}

impl std::fmt::Display for Tally {
    /// The UN's order: yes–no–abstain (`78–6–73`).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{}-{}", self.yes, self.no, self.abstain)
    }
}

/// One roll call as stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RollCall {
    /// Voeten's roll-call id.
    pub rcid: u32,
    /// GA session.
    pub session: u16,
    /// Date as in the data (`YYYY-MM-DD`; day unreliable before about 2000, see docs/ideal.md).
    pub date: String,
    /// Resolution code (`R/63/3`).
    pub unres: String,
    /// Short title.
    pub short: String,
    /// Description.
    pub descr: String,
}

/// A shipped correction: the data's vote and the official one, with the source.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Correction {
    /// Roll call.
    pub rcid: u32,
    /// Actor id.
    pub actor: String,
    /// The vote in the data.
    pub data_vote: RollCallVote,
    /// The vote in the official record.
    pub official_vote: RollCallVote,
    /// URL of the official record.
    pub source: String,
    /// Explanation.
    pub note: String,
}

/// The tallies of a roll call: as in the data and, where a correction applies,
/// per the official record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tallies {
    /// The roll call.
    pub roll_call: RollCall,
    /// Counted from the data.
    pub data: Tally,
    /// Counted with the corrections applied (`None` when there are none).
    pub official: Option<Tally>,
    /// The corrections applied.
    pub corrections: Vec<Correction>,
}

/// How a code (or name) of the data maps onto an actor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CountryMapping {
    /// `country_code` as in the data (may be empty).
    pub code: String,
    /// `country` as in the data.
    pub country: String,
    /// The ledger actor, or `None` when the votes are deliberately not imported.
    pub actor: Option<String>,
    /// Why (empty for a plain ISO match).
    pub note: String,
}

/// The explicit mapping of the data's countries onto ledger actors.
pub struct CountryMap<'l> {
    ledger: &'l Ledger,
    iso2: HashMap<String, String>,
}

/// Special codes and names: (code, name or "" for any, actor or "" for not imported, note).
const SPECIAL: &[(&str, &str, &str, &str)] = &[
    ("NA", "", "NAM", "Namibia: the literal ISO code NA (never read as missing)"),
    ("YU", "", "SRB", "Yugoslavia (COW 345) in the data for 1946-2019: Serbia's seat (FRY, Serbia and Montenegro, Serbia)"),
    ("RU", "", "RUS", "the USSR's seat (1946-1991) and the Russian Federation's"),
    ("TW", "", "TWN", "the Republic of China, which held China's seat until 1971-10-25"),
    ("CS", "", "CSK", "Czechoslovakia (former state)"),
    ("DD", "", "DDR", "German Democratic Republic (former state)"),
    ("YD", "", "YMD", "South Yemen / Yemen People's Republic (former state)"),
    ("", "Federal Republic of Germany", "DEU", "no code in the data; the FRG is the same state as today's Germany (its DE votes start in 1991)"),
    ("", "Yemen Arab Republic", "YEM", "no code in the data; North Yemen's seat continued as unified Yemen's in 1990 (no roll call has both)"),
    ("", "Zanzibar", "", "not imported: Zanzibar (member 1963-12-16 to the union of 1964-04-26) voted beside Tanganyika, whose seat is TZA's, on both of its roll calls (rcid 874, 875)"),
];

impl<'l> CountryMap<'l> {
    /// The mapping for the actors of `ledger`.
    pub fn new(ledger: &'l Ledger) -> CountryMap<'l> {
        let iso2 = ledger
            .actors()
            .iter()
            .filter(|a| {
                matches!(
                    a.kind,
                    ActorKind::State | ActorKind::Entity | ActorKind::FormerState
                )
            })
            .filter_map(|a| a.iso2.as_ref().map(|c| (c.clone(), a.id.clone())))
            .collect();
        CountryMap { ledger, iso2 }
    }

    /// Maps one `(country_code, country)` pair of the data.
    ///
    /// # Errors
    /// A message saying what was expected, when the code is unknown, an empty
    /// code has an unknown name, or the name denotes another actor than the code.
    pub fn map(&self, code: &str, country: &str) -> std::result::Result<CountryMapping, String> {
        let found = |actor: &str, note: &str| CountryMapping {
            code: code.to_string(),
            country: country.to_string(),
            actor: (!actor.is_empty()).then(|| actor.to_string()),
            note: note.to_string(),
        };
        for &(c, name, actor, note) in SPECIAL {
            if c == code && (name.is_empty() || name == country) {
                return Ok(found(actor, note));
            }
        }
        if code.is_empty() {
            return Err(format!(
                "an empty country_code is known only for Federal Republic of Germany, Yemen Arab Republic and Zanzibar, not {country:?}"
            ));
        }
        let Some(actor) = self.iso2.get(code) else {
            return Err(format!(
                "unknown country code {code:?} ({country}): expected the ISO alpha-2 code of a ledger actor (data/actors.csv) or one of NA, YU, RU, TW, CS, DD, YD"
            ));
        };
        match self.ledger.resolve(country) {
            Ok(a) if &a.id == actor => Ok(found(actor, "")),
            Ok(a) => Err(format!(
                "country code {code:?} is {actor} but the name {country:?} denotes {}",
                a.id
            )),
            Err(_) => Err(format!(
                "country code {code:?} is {actor} but the name {country:?} is not one of its names or aliases"
            )),
        }
    }
}

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

    /// Number of stored roll calls, vote rows and issue rows.
    ///
    /// # Errors
    /// Only on a database failure.
    pub fn roll_call_counts(&self) -> Result<(usize, usize, usize)> {
        let c = self.conn();
        let n = |t: &str| -> Result<usize> {
            Ok(c.query_row(&format!("SELECT COUNT(*) FROM {t}"), [], |r| {
                r.get::<_, i64>(0)
            })? as usize)
        };
        Ok((n("rollcall")?, n("rollcall_vote")?, n("rollcall_issue")?))
    }

    /// The roll calls whose rcid is `spec` (digits) or whose resolution code is
    /// `spec` (`R/63/3`, case-insensitive; several when a resolution had
    /// separate votes).
    ///
    /// # Errors
    /// [`Error::Invalid`] when nothing matches (or no roll calls were imported).
    pub fn find_roll_calls(&self, spec: &str) -> Result<Vec<RollCall>> {
        let spec = spec.trim();
        let sql = "SELECT rcid, session, date, unres, short, descr FROM rollcall";
        let mut st = if spec.chars().all(|c| c.is_ascii_digit()) && !spec.is_empty() {
            self.conn().prepare(&format!("{sql} WHERE rcid = ?1"))?
        } else {
            self.conn().prepare(&format!(
                "{sql} WHERE unres = ?1 COLLATE NOCASE ORDER BY rcid"
            ))?
        };
        let out = st
            .query_map([spec], |r| {
                Ok(RollCall {
                    rcid: r.get(0)?,
                    session: r.get(1)?,
                    date: r.get(2)?,
                    unres: r.get(3)?,
                    short: r.get(4)?,
                    descr: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        if out.is_empty() {
            let (n, _, _) = self.roll_call_counts()?;
            return Err(Error::Invalid(if n == 0 {
                "no roll calls in the database: run `comity import unvotes <DIR>` first".into()
            } else {
                format!(
                    "no roll call with rcid or resolution code {spec:?} (examples: 4831, R/63/3)"
                )
            }));
        }
        Ok(out)
    }

    /// The votes of a roll call as `(actor, data vote, official vote)`, by actor.
    /// The official vote differs from the data's only where a correction applies.
    ///
    /// # Errors
    /// Only on a database failure.
    pub fn roll_call_votes(&self, rcid: u32) -> Result<Vec<(String, RollCallVote, RollCallVote)>> {
        let fixes: HashMap<String, RollCallVote> = self
            .corrections(rcid)?
            .into_iter()
            .map(|c| (c.actor, c.official_vote))
            .collect();
        let mut st = self
            .conn()
            .prepare("SELECT actor, vote FROM rollcall_vote WHERE rcid = ?1 ORDER BY actor")?;
        let mut rows = st.query([rcid])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let actor: String = r.get(0)?;
            let v: String = r.get(1)?;
            let v = RollCallVote::parse(&v)
                .ok_or_else(|| Error::Invalid(format!("corrupted rollcall_vote row: {v:?}")))?;
            let official = fixes.get(&actor).copied().unwrap_or(v);
            out.push((actor, v, official));
        }
        Ok(out)
    }

    /// The corrections stored for a roll call.
    ///
    /// # Errors
    /// Only on a database failure.
    pub fn corrections(&self, rcid: u32) -> Result<Vec<Correction>> {
        let mut st = self.conn().prepare(
            "SELECT rcid, actor, data_vote, official_vote, source, note FROM rollcall_correction
             WHERE rcid = ?1 ORDER BY actor",
        )?;
        let mut rows = st.query([rcid])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let vote = |i: usize| -> Result<RollCallVote> {
                let s: String = r.get(i)?;
                RollCallVote::parse(&s).ok_or_else(|| {
                    Error::Invalid(format!("corrupted rollcall_correction row: {s:?}"))
                })
            };
            out.push(Correction {
                rcid: r.get(0)?,
                actor: r.get(1)?,
                data_vote: vote(2)?,
                official_vote: vote(3)?,
                source: r.get(4)?,
                note: r.get(5)?,
            });
        }
        Ok(out)
    }

    /// The tallies of roll call `rcid`: from the data, and with the corrections
    /// applied (both are shown; neither silently replaces the other).
    ///
    /// # Errors
    /// [`Error::Invalid`] when the roll call does not exist.
    pub fn tally(&self, rcid: u32) -> Result<Tallies> {
        let roll_call = self
            .find_roll_calls(&rcid.to_string())?
            .into_iter()
            .next()
            .ok_or_else(|| Error::Invalid(format!("no roll call {rcid}")))?;
        let corrections = self.corrections(rcid)?;
        let (mut data, mut official) = (Tally::default(), Tally::default());
        for (_, d, o) in self.roll_call_votes(rcid)? {
            data.add(d);
            official.add(o);
        }
        Ok(Tallies {
            roll_call,
            data,
            official: (!corrections.is_empty()).then_some(official),
            corrections,
        })
    }

    /// The stored country mapping of the last import.
    ///
    /// # Errors
    /// Only on a database failure.
    pub fn country_mappings(&self) -> Result<Vec<CountryMapping>> {
        let mut st = self.conn().prepare(
            "SELECT code, country, actor, note FROM rollcall_country ORDER BY code, country",
        )?;
        let out = st
            .query_map([], |r| {
                let actor: String = r.get(2)?;
                Ok(CountryMapping {
                    code: r.get(0)?,
                    country: r.get(1)?,
                    actor: (!actor.is_empty()).then_some(actor),
                    note: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(out)
    }

    /// The date of roll call `rcid`, if stored.
    ///
    /// # Errors
    /// Only on a database failure.
    pub fn roll_call_date(&self, rcid: u32) -> Result<Option<String>> {
        Ok(self
            .conn()
            .query_row("SELECT date FROM rollcall WHERE rcid = ?1", [rcid], |r| {
                r.get(0)
            })
            .optional()?)
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

    #[test]
    fn tally_prints_in_un_order() {
        let t = Tally {
            yes: 78,
            no: 6,
            abstain: 73,
        };
        assert_eq!(t.to_string(), "78-6-73");
    }
}
