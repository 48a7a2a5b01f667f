//! Dates with a precision.
//!
//! A source may give a day (`2008-02-17`), only a month (`2008-02`), only a
//! year (`2008`), or nothing at all. comity keeps that precision from the
//! source to the answer: a [`Date`] is an *interval* of days, and asking what
//! was true "as of" a day can have three answers — certainly before, certainly
//! after, or uncertain ([`Timing`]).

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use jiff::civil;
use serde::{Deserialize, Serialize};

/// How precisely a [`Date`] is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// The day is known.
    Day,
    /// Only the year and month are known.
    Month,
    /// Only the year is known.
    Year,
    /// Nothing is known about the date.
    Unknown,
}

impl Precision {
    /// The lower-case name used in files and output (`day`, `month`, `year`, `unknown`).
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Year => "year",
            Precision::Unknown => "unknown",
        }
    }
}

/// Whether a [`Date`] is the event's date or only a bound on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Bound {
    /// The event happened on the date (to its precision).
    Exact,
    /// The event happened on or before the date: a statement made on a day
    /// that something "has" happened dates it *by* that day, not *on* it.
    OnOrBefore,
    /// The event happened on or after the date.
    OnOrAfter,
}

impl Bound {
    /// `exact`, `on-or-before`, `on-or-after`.
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::Exact => "exact",
            Bound::OnOrBefore => "on-or-before",
            Bound::OnOrAfter => "on-or-after",
        }
    }
}

/// A calendar date known to a [`Precision`], possibly only as a bound.
///
/// The textual form is ISO 8601 truncated to the precision: `2008-02-17`,
/// `2008-02`, `2008`, and the empty string (or `unknown`) for an unknown date.
/// A bound uses the open-interval notation of EDTF (ISO 8601-2): `../2023-01-04`
/// is "on or before 4 January 2023", `2023-01/..` "in or after January 2023".
/// Ordering sorts by [`Date::key_day`], unknown dates last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Date {
    year: i16,
    month: i8,
    day: i8,
    precision: Precision,
    bound: Bound,
}

/// Where a [`Date`] lies relative to a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Timing {
    /// Every possible day of the date is on or before the day.
    Before,
    /// Every possible day of the date is after the day.
    After,
    /// Some possible days are on or before the day and some after.
    Uncertain,
}

/// `s` as an error message shows it: whole when short, else its first 48 characters, an
/// ellipsis and its length (review 18: a 10 MB date field was printed twice in full).
pub(crate) fn clip(s: &str) -> String {
    if s.len() <= 64 {
        return s.to_string();
    }
    let cut: String = s.chars().take(48).collect();
    format!("{cut}… ({} bytes)", s.len())
}

/// A malformed date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid date {input:?}: {reason} (expected YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2008-02-17)")]
pub struct DateError {
    /// The text that was given.
    pub input: String,
    /// What was wrong with it.
    pub reason: String,
}

impl Date {
    /// The unknown date.
    pub const UNKNOWN: Date = Date {
        year: 0,
        month: 0,
        day: 0,
        precision: Precision::Unknown,
        bound: Bound::Exact,
    };

    /// A date known to the day.
    ///
    /// # Errors
    /// When the day does not exist (`2015-02-30`) or the year is outside 1..=9999.
    pub fn day(year: i16, month: i8, day: i8) -> Result<Date, DateError> {
        civil::Date::new(year, month, day).map_err(|e| DateError {
            input: format!("{year:04}-{month:02}-{day:02}"),
            reason: e.to_string(),
        })?;
        check_year(year, &format!("{year:04}"))?;
        Ok(Date {
            year,
            month,
            day,
            precision: Precision::Day,
            bound: Bound::Exact,
        })
    }

    /// A date known to the month.
    ///
    /// # Errors
    /// When the month is not in 1..=12 or the year is outside 1..=9999.
    pub fn month(year: i16, month: i8) -> Result<Date, DateError> {
        check_year(year, &format!("{year:04}-{month:02}"))?;
        if !(1..=12).contains(&month) {
            return Err(DateError {
                input: format!("{year:04}-{month:02}"),
                reason: "month must be 01 to 12".into(),
            });
        }
        Ok(Date {
            year,
            month,
            day: 0,
            precision: Precision::Month,
            bound: Bound::Exact,
        })
    }

    /// A date known to the year.
    ///
    /// # Errors
    /// When the year is outside 1..=9999.
    pub fn year(year: i16) -> Result<Date, DateError> {
        check_year(year, &format!("{year:04}"))?;
        Ok(Date {
            year,
            month: 0,
            day: 0,
            precision: Precision::Year,
            bound: Bound::Exact,
        })
    }

    /// A date known to the day, from a civil date.
    pub fn from_civil(d: civil::Date) -> Date {
        Date {
            year: d.year(),
            month: d.month(),
            day: d.day(),
            precision: Precision::Day,
            bound: Bound::Exact,
        }
    }

    /// The same date as a bound (`../self` or `self/..`). The unknown date
    /// stays unknown.
    pub fn with_bound(mut self, bound: Bound) -> Date {
        if !self.is_unknown() {
            self.bound = bound;
        }
        self
    }

    /// Whether this is the event's date or a bound on it.
    pub fn bound(&self) -> Bound {
        self.bound
    }

    /// Whether this is an exact (not bounded, not unknown) date.
    pub fn is_exact(&self) -> bool {
        self.bound == Bound::Exact && !self.is_unknown()
    }

    /// The date without its bound: the endpoint, at its precision.
    pub fn endpoint(&self) -> Date {
        Date {
            bound: Bound::Exact,
            ..*self
        }
    }

    /// The day that orders this date among others: the first possible day of
    /// an exact date or an on-or-after bound, the last possible day of an
    /// on-or-before bound (the day of the statement that dates it), or `None`.
    pub fn key_day(&self) -> Option<civil::Date> {
        let (first, last) = self.endpoint().bounds()?;
        Some(match self.bound {
            Bound::OnOrBefore => last,
            _ => first,
        })
    }

    /// How precisely this date is known.
    pub fn precision(&self) -> Precision {
        self.precision
    }

    /// Whether nothing is known about this date.
    pub fn is_unknown(&self) -> bool {
        self.precision == Precision::Unknown
    }

    /// The first and last possible day, or `None` for an unknown date. An
    /// on-or-before bound starts at [`civil::Date::MIN`], an on-or-after bound
    /// ends at [`civil::Date::MAX`].
    pub fn bounds(&self) -> Option<(civil::Date, civil::Date)> {
        let (first, last) = match self.precision {
            Precision::Unknown => return None,
            Precision::Day => {
                let d = civil::Date::new(self.year, self.month, self.day).ok()?;
                (d, d)
            }
            Precision::Month => {
                let first = civil::Date::new(self.year, self.month, 1).ok()?;
                (first, first.last_of_month())
            }
            Precision::Year => (
                civil::Date::new(self.year, 1, 1).ok()?,
                civil::Date::new(self.year, 12, 31).ok()?,
            ),
        };
        Some(match self.bound {
            Bound::Exact => (first, last),
            Bound::OnOrBefore => (civil::Date::MIN, last),
            Bound::OnOrAfter => (first, civil::Date::MAX),
        })
    }

    /// Where this date lies relative to `day`.
    ///
    /// An unknown date is [`Timing::Uncertain`] for every day.
    pub fn timing(&self, day: civil::Date) -> Timing {
        match self.bounds() {
            None => Timing::Uncertain,
            Some((_, last)) if last <= day => Timing::Before,
            Some((first, _)) if first > day => Timing::After,
            Some(_) => Timing::Uncertain,
        }
    }

    /// Where this date lies relative to `day`, given that the event it dates
    /// cannot have happened before `not_before` nor after `not_after` (either
    /// may be unknown).
    ///
    /// This is how an undated recognition of Kosovo is still known to come
    /// after Kosovo's declaration of independence, and an undated claim is known
    /// to come before the date of the source that reports it.
    pub fn timing_within(
        &self,
        day: civil::Date,
        not_before: Option<civil::Date>,
        not_after: Option<civil::Date>,
    ) -> Timing {
        let (mut first, mut last) = match self.bounds() {
            Some(b) => (Some(b.0), Some(b.1)),
            None => (None, None),
        };
        // A bound that contradicts the date itself is ignored: the date wins (a
        // source may announce an event for a later day; a recognition may be
        // dated before a declaration the ledger records later).
        if let Some(nb) = not_before.filter(|nb| last.is_none_or(|l| *nb <= l)) {
            first = Some(first.map_or(nb, |f| f.max(nb)));
        }
        if let Some(na) = not_after.filter(|na| first.is_none_or(|f| *na >= f)) {
            last = Some(last.map_or(na, |l| l.min(na)));
        }
        match (first, last) {
            (_, Some(l)) if l <= day => Timing::Before,
            (Some(f), _) if f > day => Timing::After,
            _ => Timing::Uncertain,
        }
    }

    /// Whether `self` and `other` could denote the same day (equal, or one is a
    /// truncation of the other, or either is unknown).
    pub fn compatible(&self, other: &Date) -> bool {
        match (self.bounds(), other.bounds()) {
            (Some((a0, a1)), Some((b0, b1))) => a0 <= b1 && b0 <= a1,
            _ => true,
        }
    }

    fn sort_key(&self) -> (u8, Option<civil::Date>, u8, Bound) {
        match self.precision {
            Precision::Unknown => (1, None, 0, Bound::Exact),
            // At the same key day, the more precise first.
            p => (0, self.key_day(), p as u8, self.bound),
        }
    }
}

fn check_year(year: i16, input: &str) -> Result<(), DateError> {
    if (1..=9999).contains(&year) {
        Ok(())
    } else {
        Err(DateError {
            input: input.to_string(),
            reason: format!("read the year {year:04}, expected 0001 to 9999"),
        })
    }
}

/// A parsed year, checked against what the user typed (`input`), so that the message echoes it
/// (review 14: `0000-01-01` was told "0000-01 has no day 01").
fn year_of(year: i16, input: &str) -> Result<i16, DateError> {
    check_year(year, input)?;
    Ok(year)
}

/// A parsed month, checked against what the user typed.
fn month_of(month: i16, input: &str) -> Result<i8, DateError> {
    if (1..=12).contains(&month) {
        Ok(month as i8)
    } else {
        Err(DateError {
            input: input.to_string(),
            reason: format!("read the month {month:02}, expected 01 to 12"),
        })
    }
}

impl Default for Date {
    /// The unknown date.
    fn default() -> Date {
        Date::UNKNOWN
    }
}

impl PartialOrd for Date {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Date {
    fn cmp(&self, other: &Self) -> Ordering {
        self.sort_key().cmp(&other.sort_key())
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_unknown() {
            return Ok(());
        }
        match self.bound {
            Bound::Exact => write!(f, "{}", self.endpoint().precise()),
            Bound::OnOrBefore => write!(f, "../{}", self.endpoint().precise()),
            Bound::OnOrAfter => write!(f, "{}/..", self.endpoint().precise()),
        }
    }
}

struct Precise(Date);

impl Date {
    fn precise(self) -> Precise {
        Precise(self)
    }

    /// The date in words for people: `2008-02-17`, `2008-02`, `2008`, `on or
    /// before 2023-01-04`, `on or after 2023-01`, `an unknown date`.
    pub fn describe(&self) -> String {
        match (self.bound, self.is_unknown()) {
            (_, true) => "an unknown date".to_string(),
            (Bound::Exact, _) => self.to_string(),
            (Bound::OnOrBefore, _) => format!("on or before {}", self.endpoint()),
            (Bound::OnOrAfter, _) => format!("on or after {}", self.endpoint()),
        }
    }
}

impl fmt::Display for Precise {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = &self.0;
        match d.precision {
            Precision::Day => write!(f, "{:04}-{:02}-{:02}", d.year, d.month, d.day),
            Precision::Month => write!(f, "{:04}-{:02}", d.year, d.month),
            Precision::Year => write!(f, "{:04}", d.year),
            Precision::Unknown => Ok(()),
        }
    }
}

impl FromStr for Date {
    type Err = DateError;

    /// One bound at most (`../D`, `D/..`), read without recursion: a hostile
    /// `../../../…` of any length is one error, not a stack overflow (found by the
    /// `date_parse` fuzz target: 18,000 levels crashed the process).
    fn from_str(s: &str) -> Result<Date, DateError> {
        let t = s.trim();
        if t.is_empty() || t.eq_ignore_ascii_case("unknown") {
            return Ok(Date::UNKNOWN);
        }
        let err = |reason: &str| DateError {
            input: clip(s),
            reason: reason.to_string(),
        };
        let (body, bound, missing) = if let Some(rest) = t.strip_prefix("../") {
            (rest, Bound::OnOrBefore, "'../' must be followed by a date")
        } else if let Some(rest) = t.strip_suffix("/..") {
            (rest, Bound::OnOrAfter, "'/..' must follow a date")
        } else {
            (t, Bound::Exact, "")
        };
        let body = body.trim();
        if bound != Bound::Exact
            && (body.is_empty()
                || body.eq_ignore_ascii_case("unknown")
                || body.starts_with("../")
                || body.ends_with("/.."))
        {
            return Err(err(missing));
        }
        // A time of day after the date (review 14: `2008-02-17T00:00` was told "day must have
        // 2 digits"): say what was read and that only the date is.
        if let Some(at) = body.find(['T', 't', ':', ' ']) {
            let (date, rest) = body.split_at(at);
            if !date.is_empty() && date.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
                return Err(err(&format!(
                    "read the date {:?} followed by {:?}: a time of day is not read; \
                     give the date alone",
                    clip(date),
                    clip(rest)
                )));
            }
        }
        if let Some(sep) = ['/', '.'].into_iter().find(|c| body.contains(*c)) {
            return Err(err(&format!(
                "the parts are separated by '{sep}'; comity writes dates with '-' (year first)"
            )));
        }
        let parts: Vec<&str> = body.split('-').collect();
        let num = |p: &str, len: usize, what: &str| -> Result<i16, DateError> {
            if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(err(&format!(
                    "read the {what} {:?}, expected {len} digits{}",
                    clip(p),
                    if what == "year" { "" } else { " (01, 02 …)" }
                )));
            }
            p.parse::<i16>()
                .map_err(|_| err(&format!("bad {what} {:?}", clip(p))))
        };
        let d = match parts.as_slice() {
            [y] if y.bytes().all(|b| b.is_ascii_alphabetic()) => {
                Err(err(&format!("read the word {:?}, not a date", clip(y))))
            }
            // Review 14: `20080217` was told "year must have 4 digits".
            [y] if y.len() == 8 && y.bytes().all(|b| b.is_ascii_digit()) => Err(err(&format!(
                "read 8 digits with no '-' between year, month and day (write {}-{}-{})",
                &y[..4],
                &y[4..6],
                &y[6..]
            ))),
            [y] if y.len() == 6 && y.bytes().all(|b| b.is_ascii_digit()) => Err(err(&format!(
                "read 6 digits with no '-' between year and month (write {}-{})",
                &y[..4],
                &y[4..]
            ))),
            [y] => Date::year(year_of(num(y, 4, "year")?, s)?),
            [y, m] => Date::month(
                year_of(num(y, 4, "year")?, s)?,
                month_of(num(m, 2, "month")?, s)?,
            ),
            [y, m, d] => {
                let (y, m, d) = (
                    year_of(num(y, 4, "year")?, s)?,
                    month_of(num(m, 2, "month")?, s)?,
                    num(d, 2, "day")? as i8,
                );
                Date::day(y, m, d).map_err(|_| DateError {
                    input: clip(s),
                    reason: format!("{y:04}-{m:02} has no day {d:02}"),
                })
            }
            _ => Err(err(&format!(
                "read {} parts separated by '-', expected at most 3 (year, month, day)",
                parts.len()
            ))),
        }?;
        Ok(d.with_bound(bound))
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.is_unknown() {
            s.serialize_none()
        } else {
            s.collect_str(self)
        }
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s: Option<String> = Option::deserialize(d)?;
        match s {
            None => Ok(Date::UNKNOWN),
            Some(s) => s.parse().map_err(serde::de::Error::custom),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }
    fn c(s: &str) -> civil::Date {
        s.parse().unwrap()
    }

    #[test]
    fn parses_each_precision() {
        assert_eq!(d("2008-02-17").precision(), Precision::Day);
        assert_eq!(d("2008-02").precision(), Precision::Month);
        assert_eq!(d("2008").precision(), Precision::Year);
        assert_eq!(d("").precision(), Precision::Unknown);
        assert_eq!(d("unknown").precision(), Precision::Unknown);
    }

    #[test]
    fn rejects_malformed() {
        for bad in [
            "2015-02-30",
            "2015-13",
            "15",
            "2008/02/17",
            "2008-2-17",
            "x",
            "2008-02-17-1",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad} should be rejected");
        }
        // The message names the real fault, not a digit count.
        let e = "2020/01/01".parse::<Date>().unwrap_err().to_string();
        assert!(e.contains("separated by '/'"), "{e}");
        let e = "17.02.2008".parse::<Date>().unwrap_err().to_string();
        assert!(e.contains("separated by '.'"), "{e}");
    }

    #[test]
    fn nested_bounds_are_one_error_not_a_stack_overflow() {
        // The date_parse fuzz target crashed the process (SIGSEGV, stack overflow) on a
        // long run of "../" prefixes: each level parsed the rest recursively.
        let deep = format!("{}2020", "../".repeat(100_000));
        let e = deep.parse::<Date>().unwrap_err();
        assert!(
            e.reason.contains("'../' must be followed by a date"),
            "{}",
            e.reason
        );
        let deep = format!("2020{}", "/..".repeat(100_000));
        assert!(deep.parse::<Date>().is_err());
        // One bound still parses, both ways, and prints back.
        let d: Date = "../2023-01-04".parse().unwrap();
        assert_eq!(
            (d.bound(), d.to_string().as_str()),
            (Bound::OnOrBefore, "../2023-01-04")
        );
        let d: Date = " 2011-09/.. ".parse().unwrap();
        assert_eq!(
            (d.bound(), d.to_string().as_str()),
            (Bound::OnOrAfter, "2011-09/..")
        );
        assert!("../".parse::<Date>().is_err());
        assert!("../unknown".parse::<Date>().is_err());
    }

    #[test]
    fn year_is_uncertain_inside_itself() {
        // The rule: a claim dated `2015` is uncertain for an as-of date inside 2015.
        let y = d("2015");
        assert_eq!(y.timing(c("2015-11-09")), Timing::Uncertain);
        assert_eq!(y.timing(c("2015-12-31")), Timing::Before);
        assert_eq!(y.timing(c("2014-12-31")), Timing::After);
        assert_eq!(d("2008-03").timing(c("2008-03-10")), Timing::Uncertain);
        assert_eq!(d("2008-02-17").timing(c("2008-02-17")), Timing::Before);
        assert_eq!(d("2008-02-17").timing(c("2008-02-16")), Timing::After);
        assert_eq!(Date::UNKNOWN.timing(c("2020-01-01")), Timing::Uncertain);
    }

    #[test]
    fn on_or_before_is_a_bound_not_a_day() {
        // Issue 9 item 6: Vučić named nine withdrawals on 2023-01-04; the statement dates
        // them *by* that day. On the day itself they have certainly happened; before it, maybe.
        let by = d("../2023-01-04");
        assert_eq!(by.bound(), Bound::OnOrBefore);
        assert_eq!(by.precision(), Precision::Day);
        assert_eq!(by.to_string(), "../2023-01-04");
        assert_eq!(by.timing(c("2023-01-04")), Timing::Before);
        assert_eq!(by.timing(c("2022-06-01")), Timing::Uncertain);
        // Narrowed below by an earlier act (the recognition it withdraws).
        assert_eq!(
            by.timing_within(c("2011-01-01"), Some(c("2012-05-01")), None),
            Timing::After
        );
        assert_eq!(by.key_day(), Some(c("2023-01-04")));
        let after = d("2023-01/..");
        assert_eq!(after.timing(c("2022-12-31")), Timing::After);
        assert_eq!(after.timing(c("2024-01-01")), Timing::Uncertain);
        assert_eq!(after.to_string(), "2023-01/..");
        assert!(d("2022").compatible(&by));
        assert!(!d("2024").compatible(&by));
        for bad in ["../", "/..", "..//..", "../../2020", "../2020/.."] {
            assert!(bad.parse::<Date>().is_err(), "{bad} should be rejected");
        }
    }

    /// Review 14: each message says what was read and what is expected.
    #[test]
    fn errors_say_what_was_read() {
        let msg = |t: &str| t.parse::<Date>().unwrap_err().to_string();
        let e = msg("20080217");
        assert!(
            e.contains("read 8 digits") && e.contains("2008-02-17"),
            "{e}"
        );
        let e = msg("2008-02-17T00:00");
        assert!(
            e.contains("\"2008-02-17\" followed by \"T00:00\"") && e.contains("time of day"),
            "{e}"
        );
        let e = msg("0000-01-01");
        assert!(
            e.contains("read the year 0000, expected 0001 to 9999"),
            "{e}"
        );
        assert!(!e.contains("has no day"), "{e}");
        let e = msg("2015-13-01");
        assert!(e.contains("read the month 13, expected 01 to 12"), "{e}");
        let e = msg("15-11-09");
        assert!(e.contains("read the year \"15\", expected 4 digits"), "{e}");
        let e = msg("2015-1-09");
        assert!(e.contains("read the month \"1\", expected 2 digits"), "{e}");
        // Every message names the accepted forms.
        for t in ["20080217", "2008-02-17T00:00", "0000-01-01", "soon"] {
            assert!(
                msg(t).contains("expected YYYY-MM-DD, YYYY-MM or YYYY"),
                "{t}"
            );
        }
    }

    #[test]
    fn errors_speak_plainly() {
        let e = "2015-02-30".parse::<Date>().unwrap_err().to_string();
        assert!(e.contains("2015-02 has no day 30"), "{e}");
        assert!(!e.contains("range"), "{e}");
        assert!(!e.contains("empty value"), "{e}");
    }

    #[test]
    fn bounds_narrow_unknown_dates() {
        let nb = Some(c("2008-02-17"));
        assert_eq!(
            Date::UNKNOWN.timing_within(c("2008-02-16"), nb, None),
            Timing::After
        );
        assert_eq!(
            Date::UNKNOWN.timing_within(c("2020-01-01"), nb, Some(c("2019-05-01"))),
            Timing::Before
        );
        assert_eq!(
            Date::UNKNOWN.timing_within(c("2010-01-01"), nb, None),
            Timing::Uncertain
        );
        // A month date narrowed by a lower bound inside the month.
        assert_eq!(
            d("2008-02").timing_within(c("2008-02-16"), nb, None),
            Timing::After
        );
    }

    proptest! {
        #[test]
        fn display_parse_round_trip(y in 1i16..=9999, m in 1i8..=12, day in 1i8..=28, p in 0u8..4, b in 0u8..3) {
            let date = match p {
                0 => Date::day(y, m, day).unwrap(),
                1 => Date::month(y, m).unwrap(),
                2 => Date::year(y).unwrap(),
                _ => Date::UNKNOWN,
            };
            let date = date.with_bound([Bound::Exact, Bound::OnOrBefore, Bound::OnOrAfter][b as usize]);
            let back: Date = date.to_string().parse().unwrap();
            prop_assert_eq!(back, date);
        }

        #[test]
        fn truncation_is_compatible_and_contains(y in 1900i16..=2100, m in 1i8..=12, day in 1i8..=28) {
            let full = Date::day(y, m, day).unwrap();
            let month = Date::month(y, m).unwrap();
            let year = Date::year(y).unwrap();
            prop_assert!(full.compatible(&month) && month.compatible(&year) && full.compatible(&year));
            let (f0, f1) = full.bounds().unwrap();
            let (m0, m1) = month.bounds().unwrap();
            let (y0, y1) = year.bounds().unwrap();
            prop_assert!(y0 <= m0 && m0 <= f0 && f1 <= m1 && m1 <= y1);
        }

        #[test]
        fn timing_is_monotone(y in 1990i16..=2030, m in 1i8..=12, p in 0u8..3, offset in -800i32..800) {
            // Moving the as-of day later never turns Before into something else.
            let date = match p { 0 => Date::day(y, m, 15).unwrap(), 1 => Date::month(y, m).unwrap(), _ => Date::year(y).unwrap() };
            let base = civil::Date::new(y, m, 15).unwrap();
            let a = base.checked_add(jiff::Span::new().days(offset as i64)).unwrap();
            let b = a.checked_add(jiff::Span::new().days(1)).unwrap();
            let rank = |t: Timing| match t { Timing::After => 0, Timing::Uncertain => 1, Timing::Before => 2 };
            prop_assert!(rank(date.timing(a)) <= rank(date.timing(b)));
        }
    }

    #[test]
    fn a_huge_date_is_quoted_clipped() {
        // Review 18: a date field of 10,000,000 digits was printed twice in full (20 MB of
        // error message). The message names its length instead.
        let big = "9".repeat(10_000_000);
        let e = big.parse::<Date>().unwrap_err().to_string();
        assert!(e.len() < 400, "{} bytes", e.len());
        assert!(e.contains("(10000000 bytes)"), "{e}");
    }
}
