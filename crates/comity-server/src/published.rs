//! Published snapshot counts: what Wikipedia revisions, news stories and foreign ministries
//! said the count of recognitions was on a day, with their sources.
//!
//! The rows are `data/published_counts.csv` (documented in `data/published_counts.md`),
//! transcribed from the `shared/data/<entity>/SOURCES.md` tables and embedded in the binary.
//! The page draws them as points on the counts-over-time chart, beside the ledger's lines;
//! nothing is computed from them.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The embedded table.
pub const CSV: &str = include_str!("../../../data/published_counts.csv");

/// One published count.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct PublishedCount {
    /// The recognised actor (comity id).
    pub entity: String,
    /// The count's "as of", with the source's precision: YYYY-MM-DD, YYYY-MM or YYYY.
    pub date: String,
    /// The end of a stated range of dates ("2023–2025"), if any.
    pub date_to: Option<String>,
    /// The "as of" as the source table writes it ("end 2008", "~2019–2020").
    pub as_of_text: String,
    /// The stated count (the low end of a stated range).
    pub count: u32,
    /// The high end of a stated range ("107–108"), if any.
    pub count_high: Option<u32>,
    /// What is counted: `un-members`, `all`, `ever` or `unstated`.
    pub basis: String,
    /// What is counted, in words.
    pub of_what: String,
    /// The source as the SOURCES.md table names it.
    pub source: String,
    /// Its URL, where SOURCES.md gives one.
    pub url: Option<String>,
    /// Where the row was transcribed from (`kosovo/SOURCES.md §2`).
    pub from: String,
    /// The table's cell, quoted, and caveats.
    pub note: String,
    /// The first day the "as of" can mean (computed from `date`).
    #[serde(default)]
    pub start: String,
    /// The last day the "as of" can mean (computed from `date_to` or `date`).
    #[serde(default)]
    pub end: String,
}

/// The basis values.
pub const BASES: &[&str] = &["un-members", "all", "ever", "unstated"];

/// Every row, parsed once and checked (dates, bases, URLs).
///
/// # Errors
/// A row that does not parse or check, located by line: a defect of the shipped table
/// (the tests keep it from shipping).
pub fn all() -> Result<&'static [PublishedCount], String> {
    static ROWS: OnceLock<Result<Vec<PublishedCount>, String>> = OnceLock::new();
    ROWS.get_or_init(|| parse(CSV))
        .as_ref()
        .map(Vec::as_slice)
        .map_err(Clone::clone)
}

/// Parses and checks a table in the `published_counts.csv` format.
///
/// # Errors
/// The first row that does not parse or check, with its line.
pub fn parse(text: &str) -> Result<Vec<PublishedCount>, String> {
    let mut rd = csv::Reader::from_reader(text.as_bytes());
    let mut out = Vec::new();
    for (i, row) in rd.deserialize::<PublishedCount>().enumerate() {
        let line = i + 2;
        let mut r = row.map_err(|e| format!("published_counts.csv line {line}: {e}"))?;
        let bounds = |d: &str| -> Result<(jiff::civil::Date, jiff::civil::Date), String> {
            let parsed: comity::Date = d
                .parse()
                .map_err(|e| format!("published_counts.csv line {line}: date {d:?}: {e}"))?;
            parsed
                .bounds()
                .ok_or_else(|| format!("published_counts.csv line {line}: date {d:?} is unknown"))
        };
        let (start, mut end) = bounds(&r.date)?;
        if let Some(to) = r.date_to.as_deref().filter(|s| !s.is_empty()) {
            end = bounds(to)?.1;
        }
        if end < start {
            return Err(format!(
                "published_counts.csv line {line}: date_to before date"
            ));
        }
        if !BASES.contains(&r.basis.as_str()) {
            return Err(format!(
                "published_counts.csv line {line}: basis {:?} (expected one of {BASES:?})",
                r.basis
            ));
        }
        if r.count_high.is_some_and(|h| h < r.count) {
            return Err(format!(
                "published_counts.csv line {line}: count_high below count"
            ));
        }
        if let Some(u) = r.url.as_deref().filter(|u| !u.is_empty()) {
            if !(u.starts_with("https://") || u.starts_with("http://")) {
                return Err(format!(
                    "published_counts.csv line {line}: url {u:?} is not http(s)"
                ));
            }
        }
        r.url = r.url.filter(|u| !u.is_empty());
        r.date_to = r.date_to.filter(|u| !u.is_empty());
        r.start = start.to_string();
        r.end = end.to_string();
        out.push(r);
    }
    Ok(out)
}

/// The rows about `entity` (a comity id), by start date.
///
/// # Errors
/// As [`all`].
pub fn of(entity: &str) -> Result<Vec<&'static PublishedCount>, String> {
    let mut v: Vec<&PublishedCount> = all()?.iter().filter(|r| r.entity == entity).collect();
    v.sort_by(|a, b| a.start.cmp(&b.start).then(a.end.cmp(&b.end)));
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_table_parses_and_keeps_precision() {
        let rows = all().expect("published_counts.csv parses");
        assert!(!rows.is_empty());
        // kosovo/SOURCES.md §2: "polgeonow 2014-10 / foxsports (IOC) | Oct 2014 | 107–108/193".
        let r = rows
            .iter()
            .find(|r| r.source == "polgeonow 2014-10 / foxsports (IOC)")
            .expect("row");
        assert_eq!(r.date, "2014-10");
        assert_eq!(
            (r.start.as_str(), r.end.as_str()),
            ("2014-10-01", "2014-10-31")
        );
        assert_eq!((r.count, r.count_high), (107, Some(108)));
    }

    #[test]
    fn bad_rows_are_located() {
        let head =
            "entity,date,date_to,as_of_text,count,count_high,basis,of_what,source,url,from,note\n";
        let e = parse(&format!("{head}XKX,2014-13,,x,1,,un-members,x,x,,x,x\n")).unwrap_err();
        assert!(e.contains("line 2"), "{e}");
        let e = parse(&format!("{head}XKX,2014,,x,1,,sometimes,x,x,,x,x\n")).unwrap_err();
        assert!(e.contains("basis"), "{e}");
        let e = parse(&format!(
            "{head}XKX,2014,,x,1,,all,x,x,javascript:alert(1),x,x\n"
        ))
        .unwrap_err();
        assert!(e.contains("http"), "{e}");
    }
}
