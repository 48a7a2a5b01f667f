//! Dates: calendar expressions in text, normalised with their precision.
//!
//! Recognised: `17 February 2008`, `Sunday, 17 February 2008`, `February 17, 2008`, `2008-02-17`,
//! `June 2009`, `March of 1999`, bare years (`in 2014`, `the 2008 declaration`), and relative
//! expressions (`yesterday`, `last year`, `this month`...). Relative expressions are resolved only against
//! a stated document date; without one they are returned unresolved. Impossible dates (31 February) are
//! rejected, never rounded.

use crate::rx::Rx as Regex;
use serde::{Serialize, Serializer};
use std::fmt;
use std::ops::Range;
use std::sync::OnceLock;

/// How precise a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// Only the year is known.
    Year,
    /// Year and month are known.
    Month,
    /// The exact day is known.
    Day,
}

/// A calendar date known to year, month or day precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    /// Year (proleptic Gregorian).
    pub year: i32,
    /// Month 1–12, when known.
    pub month: Option<u8>,
    /// Day of month, when known (implies `month`).
    pub day: Option<u8>,
}

impl PartialDate {
    /// A validated date. `None` if the month or day is impossible (e.g. 31 February, 29 February 2007).
    pub fn new(year: i32, month: Option<u8>, day: Option<u8>) -> Option<Self> {
        match (month, day) {
            (None, Some(_)) => None,
            (Some(m), _) if !(1..=12).contains(&m) => None,
            (Some(m), Some(d)) if d == 0 || d > days_in_month(year, m) => None,
            _ => Some(Self { year, month, day }),
        }
    }

    /// The precision of this date.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Self> {
        let mut it = s.split('-');
        let y = it.next()?;
        if y.len() != 4 {
            return None;
        }
        let year = y.parse().ok()?;
        let month = match it.next() {
            Some(m) if m.len() == 2 => Some(m.parse().ok()?),
            Some(_) => return None,
            None => None,
        };
        let day = match it.next() {
            Some(d) if d.len() == 2 => Some(d.parse().ok()?),
            Some(_) => return None,
            None => None,
        };
        if it.next().is_some() {
            return None;
        }
        Self::new(year, month, day)
    }

    /// `true` when one date is a prefix of the other (e.g. `2008` and `2008-02-17`).
    pub fn compatible(&self, other: &Self) -> bool {
        self.year == other.year
            && (self.month.is_none() || other.month.is_none() || self.month == other.month)
            && (self.day.is_none() || other.day.is_none() || self.day == other.day)
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Number of days in `month` of `year` (0 for an invalid month).
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// A date expression found in text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateMention {
    /// Byte range of the expression in the text that was scanned.
    pub range: Range<usize>,
    /// The normalised date; `None` for a relative expression that could not be resolved.
    pub date: Option<PartialDate>,
    /// The expression as written.
    pub text: String,
    /// `true` for relative expressions (`yesterday`, `last year`).
    pub relative: bool,
    /// What the words around the expression make of it ("by 4 January 2023" is a bound, "around
    /// 2012" no date at all).
    pub qualifier: DateQualifier,
}

/// How the words around a date expression qualify it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateQualifier {
    /// The event is on the date (to its precision).
    Exact,
    /// "by D", "before D", "no later than D", the end of "between A and B": on or before D.
    OnOrBefore,
    /// "after D", "later than D", the start of "between A and B": on or after D.
    OnOrAfter,
    /// "around D", "until D", "D or E": the date is not the event's; `date` is `None`, and a
    /// claim that would take it is undated (it must not fall back to another date).
    Vague,
}

impl DateQualifier {
    /// Whether the expression dates the event only as a bound.
    pub fn is_bound(self) -> bool {
        matches!(self, DateQualifier::OnOrBefore | DateQualifier::OnOrAfter)
    }
}

const MONTHS: &str = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

fn month_number(name: &str) -> Option<u8> {
    let lower = name.to_ascii_lowercase();
    let key = lower.get(..3)?;
    let n = match key {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(n)
}

struct Patterns {
    dmy: Regex,
    mdy: Regex,
    md: Regex,
    dm: Regex,
    iso: Regex,
    my: Regex,
    year: Regex,
    relative: Regex,
    /// "a year later", "two months after", "years ago": a time counted from another event (not
    /// days or weeks: the page's month still holds for "days after").
    interval: Regex,
}

static PATTERNS: OnceLock<Option<Patterns>> = OnceLock::new();

fn patterns() -> Option<&'static Patterns> {
    PATTERNS
        .get_or_init(|| {
            Some(Patterns {
                // A year glued to the next sentence ("September 17, 2019The Solomon Islands"): the
                // capital is matched but not part of the date.
                dmy: crate::rx::regex(&format!(r"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTHS})\.?,?\s*(\d{{4}}|['’]\d\d)(?:\b|[A-Z])")).ok()?,
                mdy: crate::rx::regex(&format!(r"\b({MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}}|['’]\d\d)(?:\b|[A-Z])")).ok()?,
                md: crate::rx::regex(&format!(r"\b({MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b")).ok()?,
                dm: crate::rx::regex(&format!(r"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTHS})\b")).ok()?,
                iso: crate::rx::regex(r"\b(\d{4})-(\d{2})-(\d{2})\b").ok()?,
                my: crate::rx::regex(&format!(r"\b({MONTHS})\.?\s+(?:of\s+)?(\d{{4}})\b")).ok()?,
                year: crate::rx::regex(r"\b(1[6-9]\d\d|20\d\d)\b").ok()?,
                relative: crate::rx::regex(
                    r"(?i)\b(yesterday|today|tomorrow|(?:last|this|next|previous|past) (?:year|month|week)|earlier this (?:year|month|week)|a week ago|days ago)\b|\b(?:(?:last|this past|on) )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
                )
                .ok()?,
                interval: crate::rx::regex(
                    r"(?i)\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|some|many|\d{1,3})\s+(?:full\s+)?|)(?:years?|months?|decades?)\s+(?:later|after|before|earlier|ago)\b",
                )
                .ok()?,
            })
        })
        .as_ref()
}

/// The date expressions in `text` that name no day that exists ("31 February 2021", "30
/// February 2020", "2009-13-01"), as written. [`find_dates`] rejects such an expression whole, so
/// a claim beside it is undated; this lists them so that the claim can say its date was
/// impossible rather than look like one whose document gave none (review 17).
pub fn impossible_dates(text: &str) -> Vec<String> {
    let Some(p) = patterns() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for c in p.dmy.captures_iter(text) {
        if let (Some(d), Some(mo), Some(y)) = (c.get(1), c.get(2), c.get(3)) {
            let day = u8::try_from(num(d.as_str())).ok();
            if PartialDate::new(year_num(y.as_str()), month_number(mo.as_str()), day).is_none() {
                out.push(text[d.start()..y.end()].to_string());
            }
        }
    }
    for c in p.mdy.captures_iter(text) {
        if let (Some(mo), Some(d), Some(y)) = (c.get(1), c.get(2), c.get(3)) {
            let day = u8::try_from(num(d.as_str())).ok();
            if PartialDate::new(year_num(y.as_str()), month_number(mo.as_str()), day).is_none() {
                out.push(text[mo.start()..y.end()].to_string());
            }
        }
    }
    for c in p.iso.captures_iter(text) {
        if let (Some(m), Some(y), Some(mo), Some(d)) = (c.get(0), c.get(1), c.get(2), c.get(3)) {
            let (mo, d) = (num(mo.as_str()), num(d.as_str()));
            if PartialDate::new(num(y.as_str()), u8::try_from(mo).ok(), u8::try_from(d).ok())
                .is_none()
            {
                out.push(m.as_str().to_string());
            }
        }
    }
    out
}

/// Finds the date expressions in `text`, resolving relative ones against `reference` if given.
///
/// # Example
/// ```
/// use comity_ingest::{find_dates, PartialDate};
/// let found = find_dates("On 19 February 2009, and in June 2009; not on 31 February 2009.", None);
/// let dates: Vec<String> = found.iter().filter_map(|m| m.date).map(|d| d.to_string()).collect();
/// assert_eq!(dates, ["2009-02-19", "2009-06"]); // 31 February is rejected, not rounded
/// ```
pub fn find_dates(text: &str, reference: Option<PartialDate>) -> Vec<DateMention> {
    let Some(p) = patterns() else {
        return Vec::new();
    };
    let mut out: Vec<DateMention> = Vec::new();
    // Ranges already read as dates (or rejected as impossible ones).
    let mut taken = crate::offset_map::Intervals::default();
    let overlaps = |taken: &crate::offset_map::Intervals, r: &Range<usize>| taken.overlaps(r);
    let push = |out: &mut Vec<DateMention>,
                taken: &mut crate::offset_map::Intervals,
                r: Range<usize>,
                date: Option<PartialDate>,
                relative: bool| {
        taken.insert(&r);
        out.push(DateMention {
            text: text[r.clone()].to_string(),
            range: r,
            date,
            relative,
            qualifier: DateQualifier::Exact,
        });
    };
    for c in p.dmy.captures_iter(text) {
        let (Some(m), Some(d), Some(mo), Some(y)) = (c.get(0), c.get(1), c.get(2), c.get(3)) else {
            continue;
        };
        let m = Span(m.start()..y.end());
        let date = PartialDate::new(
            year_num(y.as_str()),
            month_number(mo.as_str()),
            Some(num(d.as_str()) as u8),
        );
        if let Some(date) = date {
            push(&mut out, &mut taken, m.range(), Some(date), false);
        } else {
            // An impossible day: reject the whole expression (the year alone is not claimed either).
            taken.insert(&m.range());
        }
    }
    for c in p.mdy.captures_iter(text) {
        let (Some(m), Some(mo), Some(d), Some(y)) = (c.get(0), c.get(1), c.get(2), c.get(3)) else {
            continue;
        };
        let m = Span(m.start()..y.end());
        if overlaps(&taken, &m.range()) {
            continue;
        }
        match PartialDate::new(
            year_num(y.as_str()),
            month_number(mo.as_str()),
            Some(num(d.as_str()) as u8),
        ) {
            Some(date) => push(&mut out, &mut taken, m.range(), Some(date), false),
            None => taken.insert(&m.range()),
        }
    }
    for c in p.iso.captures_iter(text) {
        let (Some(m), Some(y), Some(mo), Some(d)) = (c.get(0), c.get(1), c.get(2), c.get(3)) else {
            continue;
        };
        if overlaps(&taken, &m.range()) {
            continue;
        }
        let (mo, d) = (num(mo.as_str()), num(d.as_str()));
        match PartialDate::new(num(y.as_str()), u8::try_from(mo).ok(), u8::try_from(d).ok()) {
            Some(date) => push(&mut out, &mut taken, m.range(), Some(date), false),
            None => taken.insert(&m.range()),
        }
    }
    for c in p.my.captures_iter(text) {
        let (Some(m), Some(mo), Some(y)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        if overlaps(&taken, &m.range()) {
            continue;
        }
        // "May 2009" is a month; "may" as a verb is lower case and never matches (case-sensitive).
        if let Some(date) = PartialDate::new(num(y.as_str()), month_number(mo.as_str()), None) {
            push(&mut out, &mut taken, m.range(), Some(date), false);
        }
    }
    // "on September 3", "(5 February)": a day without a year, only against a reference date; the
    // reference's year, or the year before when that would put the day more than two months after
    // the reference.
    if let Some(r) = reference.filter(|r| r.month.is_some()) {
        let md =
            p.md.captures_iter(text)
                .filter_map(|c| Some((c.get(0)?.range(), c.get(1)?.as_str(), c.get(2)?.as_str())));
        let dm =
            p.dm.captures_iter(text)
                .filter_map(|c| Some((c.get(0)?.range(), c.get(2)?.as_str(), c.get(1)?.as_str())));
        let found: Vec<(Range<usize>, &str, &str)> = md.chain(dm).collect();
        for (range, mo, d) in found {
            if overlaps(&taken, &range) {
                continue;
            }
            let (Some(mo), Ok(d)) = (month_number(mo), d.parse::<u8>()) else {
                continue;
            };
            let later = |y: i32| {
                days_from_civil(y, mo, d.min(days_in_month(y, mo)))
                    > days_from_civil(r.year, r.month.unwrap_or(12), r.day.unwrap_or(28)) + 61
            };
            let year = if later(r.year) { r.year - 1 } else { r.year };
            if let Some(date) = PartialDate::new(year, Some(mo), Some(d)) {
                push(&mut out, &mut taken, range, Some(date), true);
            }
        }
    }
    for m in p.year.find_iter(text) {
        if overlaps(&taken, &m.range()) || !plausible_year(text, m.range()) {
            continue;
        }
        if let Some(date) = PartialDate::new(num(m.as_str()), None, None) {
            push(&mut out, &mut taken, m.range(), Some(date), false);
        }
    }
    for m in p.relative.find_iter(text) {
        // "on Sunday, 17 February 2008": the weekday of a written date is no relative date.
        let rest = &text[m.end()..];
        let next = m.end() + (rest.len() - rest.trim_start_matches([',', ' ']).len());
        if m.as_str().ends_with("day") && taken.starts_at(next) {
            continue;
        }
        let date = reference.and_then(|r| resolve_relative(&m.as_str().to_ascii_lowercase(), r));
        push(&mut out, &mut taken, m.range(), date, true);
    }
    // "a year later Japan recognised it", "Nauru recognised it, a year after Russia did", "two
    // years ago": an event dated from another; the sentence gives no date of its own for it, and
    // the nearest written date is the other event's (h/extract16). A vague mention, no date.
    for m in p.interval.find_iter(text) {
        if overlaps(&taken, &m.range()) {
            continue;
        }
        taken.insert(&m.range());
        out.push(DateMention {
            text: m.as_str().to_string(),
            range: m.range(),
            date: None,
            relative: true,
            qualifier: DateQualifier::Vague,
        });
    }
    // "As of 2011, only A recognises X": a status date, not the date of the event it describes.
    for d in &mut out {
        let head = head_before(text, d.range.start);
        if head.ends_with("as of") || head.ends_with("as at") {
            d.date = None;
        }
    }
    out.sort_by_key(|d| d.range.start);
    qualify(text, &mut out);
    out
}

/// Whether `head` (lower case, trimmed) ends with the word or phrase `w`.
fn ends_with_word(head: &str, w: &str) -> bool {
    head.strip_suffix(w).is_some_and(|rest| {
        rest.is_empty() || rest.ends_with(|c: char| c.is_whitespace() || "(,;:—–\"“".contains(c))
    })
}

/// `head` (lower case, trimmed) without a trailing part-of-period phrase ("early", "late",
/// "mid-", "the end of", "the beginning of", a season…), repeatedly ("the end of early" does
/// not occur, "by the middle of" does).
fn strip_period_part(head: &str) -> String {
    const PARTS: [&str; 22] = [
        "the end of",
        "the beginning of",
        "the start of",
        "the middle of",
        "the first half of",
        "the second half of",
        "the spring of",
        "the summer of",
        "the autumn of",
        "the fall of",
        "the winter of",
        "end of",
        "early",
        "late",
        "mid-",
        "mid",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "the turn of",
    ];
    let mut h = head.trim_end();
    while let Some(p) = PARTS.iter().find(|p| ends_with_word(h, p)) {
        h = h[..h.len() - p.len()].trim_end();
    }
    h.to_string()
}

/// "the ninth country … to switch since 2016": "since" opens the period an ordinal counts in, so
/// the date is a bound of each counted act, not its date ("a member since 1984" stays the start:
/// no ordinal before it) (h/extract18).
fn since_of_a_count(head: &str, text: &str, start: usize) -> bool {
    if !ends_with_word(head, "since") {
        return false;
    }
    // The clause before the date, back to the sentence's start (at most 400 bytes).
    let mut lo = start.saturating_sub(400);
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let before = &text[lo..start];
    let before = before
        .rfind(['.', '!', '?', ';'])
        .map_or(before, |i| &before[i + 1..]);
    static ORDINAL: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    ORDINAL
        .get_or_init(|| {
            regex::Regex::new(r"(?i)\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th)|latest|last)\s+(?:\w+\s+){0,2}(?:country|countries|state|states|nation|nations|ally|allies)\b").ok()
        })
        .as_ref()
        .is_some_and(|rx| rx.is_match(before))
}

/// The words around each date: bounds ("by", "before", "no later than", "after", "between … and
/// …"), vague dates ("around", "circa", "until", "2008 or 2009") and a day given as one of two
/// ("on 17 or 18 March 2008": the month is known, the day is not).
fn qualify(text: &str, out: &mut [DateMention]) {
    const BEFORE: [&str; 7] = [
        "by",
        "before",
        "prior to",
        "no later than",
        "not later than",
        "at the latest by",
        "on or before",
    ];
    const AFTER: [&str; 4] = ["after", "later than", "on or after", "no earlier than"];
    const VAGUE: [&str; 13] = [
        "around",
        "about",
        "circa",
        "c.",
        "ca.",
        "approximately",
        "roughly",
        "until",
        "till",
        "up to",
        "up until",
        "through",
        "as early as",
    ];
    for i in 0..out.len() {
        if out[i].date.is_none() {
            continue;
        }
        let start = out[i].range.start;
        let end = out[i].range.end;
        // A part of the period between the bound word and the date ("by early 2020", "by the
        // end of 2017", "before mid-2018"): the bound is the period's (on or before 2020), never
        // an exact year (review 9).
        let head = strip_period_part(&head_before(text, start));
        let head = head
            .strip_suffix(" in")
            .or_else(|| head.strip_suffix(" on"))
            .map(str::trim_end)
            .unwrap_or(&head)
            .to_string();
        let tail = text.get(end..).unwrap_or("");
        // "2008 or 2009", "in 2008 or 2009": neither is the date.
        let or_next = tail.starts_with(" or ")
            && tail[4..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit());
        // The previous expression's range, if it is a written (not relative) date.
        let prev = i
            .checked_sub(1)
            .map(|j| &out[j])
            .filter(|p| !p.relative)
            .map(|p| p.range.clone());
        let joined_to_prev = |sep: &str| {
            prev.as_ref().is_some_and(|p| {
                text.get(p.end..start)
                    .is_some_and(|b| b.trim().eq_ignore_ascii_case(sep))
            })
        };
        let q = if or_next || joined_to_prev("or") {
            DateQualifier::Vague
        } else if ends_with_word(&head, "and")
            && joined_to_prev("and")
            && prev
                .as_ref()
                .is_some_and(|p| ends_with_word(&head_before(text, p.start), "between"))
        {
            DateQualifier::OnOrBefore
        } else if ends_with_word(&head, "between") {
            DateQualifier::OnOrAfter
        } else if BEFORE.iter().any(|w| ends_with_word(&head, w)) {
            DateQualifier::OnOrBefore
        } else if AFTER.iter().any(|w| ends_with_word(&head, w))
            || since_of_a_count(&head, text, start)
        {
            DateQualifier::OnOrAfter
        } else if VAGUE.iter().any(|w| ends_with_word(&head, w)) {
            DateQualifier::Vague
        } else {
            DateQualifier::Exact
        };
        // "on 17 or 18 March 2008", "17–18 March 2008", "17 and 18 March": one of two days.
        let day_range = out[i].date.is_some_and(|d| d.day.is_some())
            && text
                .get(..start)
                .map(|b| b.trim_end())
                .is_some_and(|b| {
                    let b = b
                        .strip_suffix(" or")
                        .or_else(|| b.strip_suffix(" and"))
                        .or_else(|| b.strip_suffix(['-', '–', '—']));
                    b.is_some_and(|b| {
                        let b = b.trim_end();
                        let b = ["st", "nd", "rd", "th"]
                            .iter()
                            .find_map(|x| b.strip_suffix(x))
                            .unwrap_or(b);
                        b.ends_with(|c: char| c.is_ascii_digit())
                    })
                })
            // The expression opens with its day ("18 March 2008"), not a year ("2008-03-18").
            && {
                let digits = text[start..end]
                    .bytes()
                    .take_while(u8::is_ascii_digit)
                    .count();
                (1..=2).contains(&digits)
            };
        let m = &mut out[i];
        if day_range {
            m.date = m.date.and_then(|d| PartialDate::new(d.year, d.month, None));
        }
        if q == DateQualifier::Vague {
            m.date = None;
        }
        m.qualifier = q;
    }
}

/// Whether the text between a claim's trigger and a date after it opens another clause ("have
/// recognised Transnistria after it declared independence in 1990", "…, but was recognised by A in
/// 2008"): the date is that clause's.
/// A conjunction right before the date is its preposition ("a member since 1984"), not a clause.
pub(crate) fn other_clause(between: &str) -> bool {
    let lower = between.to_ascii_lowercase();
    [
        " after ",
        " before ",
        " when ",
        " since ",
        " following ",
        " until ",
        " while ",
        " whereas ",
        " because ",
        " although ",
        // "was not recognised by Serbia, but was recognised by Albania in 2008": the date is the
        // second clause's.
        " but ",
    ]
    .iter()
    .any(|w| {
        lower.find(w).is_some_and(|at| {
            // "before mid-2018", "after the end of 2019": what follows the word is a part of
            // the date's period, not a clause of its own (review 9).
            !strip_period_part(lower[at + w.len()..].trim()).is_empty()
        })
    })
}

/// A byte range standing in for a regex match whose end was trimmed.
struct Span(Range<usize>);

impl Span {
    fn range(&self) -> Range<usize> {
        self.0.clone()
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `days` since 1970-01-01 (H. Hinnant's `civil_from_days`).
fn civil_from_days(z: i64) -> Option<PartialDate> {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    PartialDate::new(
        i32::try_from(y).ok()?,
        u8::try_from(m).ok(),
        u8::try_from(d).ok(),
    )
}

/// The days of the week, lower case, Monday first (also read by `speech`).
pub(crate) const DAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A weekday in a news report ("said Tuesday", "on Monday", "last Thursday"): the latest such day on
/// or before the reference day (strictly before for "last"); only against a reference known to the day.
fn weekday(expr: &str, r: PartialDate) -> Option<PartialDate> {
    let (m, d) = (r.month?, r.day?);
    let word = expr.rsplit(' ').next()?;
    let target = DAYS.iter().position(|w| *w == word)? as i64;
    let z = days_from_civil(r.year, m, d);
    // 1970-01-01 was a Thursday (index 3).
    let today = (z + 3).rem_euclid(7);
    let mut back = (today - target).rem_euclid(7);
    if back == 0 && (expr.starts_with("last ") || expr.starts_with("this past ")) {
        back = 7;
    }
    civil_from_days(z - back)
}

fn num(s: &str) -> i32 {
    s.parse().unwrap_or(0)
}

/// A year as written after a day and month: four digits, or a news line's two after an apostrophe
/// ("4 Sep.'08": 2008; '50–'99 are 1950–1999).
fn year_num(s: &str) -> i32 {
    match s.strip_prefix(['\'', '’']) {
        Some(yy) => {
            let yy = num(yy);
            if yy < 50 {
                2000 + yy
            } else {
                1900 + yy
            }
        }
        None => num(s),
    }
}

/// The (at most) 32 bytes before `at`, lower-cased and without trailing space: what the words
/// right before a date or a number are read from. Only these few bytes: lower-casing the whole text
/// before every date made a 50 MB single-line document take minutes (quadratic).
fn head_before(text: &str, at: usize) -> String {
    let mut lo = at.saturating_sub(32);
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    text[lo..at].trim_end().to_ascii_lowercase()
}

/// A 4-digit number is taken as a year unless it is part of a larger number, a measure or an id.
fn plausible_year(text: &str, r: Range<usize>) -> bool {
    let before = text[..r.start].chars().next_back();
    let after = text[r.end..].chars().next();
    if matches!(
        before,
        Some('$' | '€' | '£' | '#' | '.' | ',' | '/' | '+' | ':')
    ) && !text[..r.start].ends_with(", ")
    {
        return false;
    }
    if matches!(after, Some('%' | '/')) || matches!(after, Some(c) if c.is_alphanumeric()) {
        return false;
    }
    if matches!(after, Some('.' | ','))
        && text[r.end + 1..].starts_with(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    // "Resolution 1808", "No. 1244": a number, not a year.
    let head = head_before(text, r.start);
    if [
        "resolution",
        "resolutions",
        "no.",
        "number",
        "decree",
        "law",
    ]
    .iter()
    .any(|w| head.ends_with(w))
    {
        return false;
    }
    let rest = text[r.end..].trim_start();
    ![
        "km", "kilomet", "people", "votes", "mile", "metre", "meter", "troops", "soldiers",
    ]
    .iter()
    .any(|w| rest.starts_with(w))
}

fn resolve_relative(expr: &str, r: PartialDate) -> Option<PartialDate> {
    let shift_month = |delta: i32| -> Option<PartialDate> {
        let m = i32::from(r.month?) - 1 + delta;
        PartialDate::new(
            r.year + m.div_euclid(12),
            Some((m.rem_euclid(12) + 1) as u8),
            None,
        )
    };
    match expr {
        "today" => (r.precision() == Precision::Day).then_some(r),
        "yesterday" | "tomorrow" => {
            let (m, d) = (r.month?, r.day?);
            let delta: i32 = if expr == "yesterday" { -1 } else { 1 };
            let mut y = r.year;
            let mut mo = m as i32;
            let mut day = d as i32 + delta;
            if day == 0 {
                mo -= 1;
                if mo == 0 {
                    mo = 12;
                    y -= 1;
                }
                day = days_in_month(y, mo as u8) as i32;
            } else if day > days_in_month(y, m) as i32 {
                day = 1;
                mo += 1;
                if mo == 13 {
                    mo = 1;
                    y += 1;
                }
            }
            PartialDate::new(y, Some(mo as u8), Some(day as u8))
        }
        "this year" | "earlier this year" => PartialDate::new(r.year, None, None),
        // A week: the month of the day a week before (the held-out guideline: "last week" gives
        // the month only).
        "last week" | "previous week" | "past week" | "a week ago" | "this week"
        | "earlier this week" | "days ago" => {
            let back = if expr.contains("this") || expr == "days ago" {
                3
            } else {
                7
            };
            let day = civil_from_days(days_from_civil(r.year, r.month?, r.day?) - back)?;
            PartialDate::new(day.year, day.month, None)
        }
        "last year" | "previous year" | "past year" => PartialDate::new(r.year - 1, None, None),
        "next year" => PartialDate::new(r.year + 1, None, None),
        "this month" | "earlier this month" => shift_month(0),
        "last month" | "previous month" | "past month" => shift_month(-1),
        "next month" => shift_month(1),
        _ => weekday(expr, r),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(s: &str, r: Option<PartialDate>) -> Vec<String> {
        find_dates(s, r)
            .iter()
            .map(|m| {
                m.date
                    .map_or_else(|| format!("?{}", m.text), |d| d.to_string())
            })
            .collect()
    }

    #[test]
    fn a_news_line_two_digit_year() {
        // Written for this test, in the form of a news page's date line ("Tbilisi / 4 Sep.'08").
        assert_eq!(dates("Tbilisi / 4 Sep.'08 / 11:19", None), ["2008-09-04"]);
        assert_eq!(dates("Sukhumi, 12 Aug ’93", None), ["1993-08-12"]);
        assert_eq!(dates("Pristina, March 5, '09 -", None), ["2009-03-05"]);
        // Near misses: a bare apostrophe number with no month, and a day and month without a year.
        assert!(dates("the class of '08 met", None).is_empty());
        assert!(dates("on 4 Sep the talks", None).is_empty());
    }

    #[test]
    fn all_written_forms() {
        assert_eq!(
            dates("enacted on Sunday, 17 February 2008 by", None),
            ["2008-02-17"]
        );
        assert_eq!(dates("on February 17, 2008, and", None), ["2008-02-17"]);
        assert_eq!(dates("said 01 June 2023 that", None), ["2023-06-01"]);
        assert_eq!(dates("in June 2009 that", None), ["2009-06"]);
        assert_eq!(
            dates("in 2014 and 2008-02-17", None),
            ["2014", "2008-02-17"]
        );
        assert_eq!(dates("the Kosovo War of 1998-1999", None), ["1998", "1999"]);
    }

    #[test]
    fn bounds_vague_dates_and_two_days_are_qualified() {
        // Written for this test (the review of 2026-12-07 found these read as exact dates).
        let q = |s: &str| {
            find_dates(s, None)
                .iter()
                .map(|m| {
                    let d = m.date.map_or_else(|| "-".to_string(), |d| d.to_string());
                    format!("{d} {:?}", m.qualifier)
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            q("By 4 January 2023, Burundi had"),
            ["2023-01-04 OnOrBefore"]
        );
        assert_eq!(
            q("revoked it before November 2017."),
            ["2017-11 OnOrBefore"]
        );
        assert_eq!(q("no later than 2009"), ["2009 OnOrBefore"]);
        assert_eq!(q("recognised Kosovo after 2008."), ["2008 OnOrAfter"]);
        // h/extract18, sentences written for this test: "since" after an ordinal count bounds the
        // counted acts; the start of a state ("a member since 1984") stays exact.
        assert_eq!(
            q("Honduras became the ninth country to switch from Taiwan to China since 2016."),
            ["2016 OnOrAfter"]
        );
        assert_eq!(
            q("It has been a member of the AU since 1984."),
            ["1984 Exact"]
        );
        assert_eq!(q("Palau has recognised Taiwan since 1999."), ["1999 Exact"]);
        assert_eq!(
            q("between 2008 and 2011"),
            ["2008 OnOrAfter", "2011 OnOrBefore"]
        );
        // Review 9: a part of the period keeps the bound, at the period's precision.
        assert_eq!(
            q("Chile recognised Abkhazia by early 2020."),
            ["2020 OnOrBefore"]
        );
        assert_eq!(q("Bolivia did so by late 2019."), ["2019 OnOrBefore"]);
        assert_eq!(
            q("Brazil had recognised it by the end of 2017."),
            ["2017 OnOrBefore"]
        );
        assert_eq!(q("It did so before mid-2018."), ["2018 OnOrBefore"]);
        assert_eq!(
            q("recognised it after the summer of 2019"),
            ["2019 OnOrAfter"]
        );
        // Near misses: a part of the period with no bound word stays within the year.
        assert_eq!(q("recognised it in early 2020."), ["2020 Exact"]);
        assert_eq!(q("In late 2019, Bolivia"), ["2019 Exact"]);
        assert_eq!(q("around 2012, Nauru"), ["- Vague"]);
        assert_eq!(q("until 2015"), ["- Vague"]);
        assert_eq!(q("in 2008 or 2009"), ["- Vague", "- Vague"]);
        // One of two days: the month is known, the day is not.
        assert_eq!(q("on 17 or 18 March 2008"), ["2008-03 Exact"]);
        assert_eq!(q("on 17–18 March 2008"), ["2008-03 Exact"]);
        // Near misses: dates that stay exact.
        assert_eq!(
            q("recognised by Albania on 18 February 2008"),
            ["2008-02-18 Exact"]
        );
        assert_eq!(
            q("in 2014 and 2008-02-17"),
            ["2014 Exact", "2008-02-17 Exact"]
        );
        assert_eq!(q("Washington, D.C. in 2008"), ["2008 Exact"]);
        assert_eq!(q("a nearby 2008 vote"), ["2008 Exact"]);
    }

    #[test]
    fn impossible_dates_are_listed_as_written() {
        assert_eq!(
            impossible_dates("recognised on 31 February 2021, and on 30 February 2020"),
            ["31 February 2021", "30 February 2020"]
        );
        assert_eq!(
            impossible_dates("February 30, 2020 and 2009-13-01"),
            ["February 30, 2020", "2009-13-01"]
        );
        assert!(impossible_dates("on 29 February 2008").is_empty());
    }

    #[test]
    fn impossible_dates_are_rejected() {
        assert!(dates("on 31 February 2009", None).is_empty());
        assert!(dates("on 29 February 2007", None).is_empty());
        assert_eq!(dates("on 29 February 2008", None), ["2008-02-29"]);
        assert!(dates("2009-13-01", None).is_empty());
    }

    #[test]
    fn numbers_that_are_not_years() {
        assert!(dates("The distance is 5452 km; 1999 votes; $2000", None).is_empty());
    }

    #[test]
    fn weeks_give_a_month_and_status_dates_none() {
        // Written for this test: "last week" against 2024-03-04 is a day in February.
        let r = PartialDate::new(2024, Some(3), Some(4));
        assert_eq!(
            dates("last week; earlier this week; earlier this month", r),
            ["2024-02", "2024-03", "2024-03"]
        );
        // "As of 2011" states a status, not when it began.
        assert_eq!(dates("As of 2011, only three states did", None), ["?2011"]);
        assert!(other_clause(
            " recognised Kosovo after it declared independence in "
        ));
        assert!(!other_clause(" has been a member of the AU since "));
    }

    #[test]
    fn relative_dates_need_a_document_date() {
        assert_eq!(dates("said yesterday", None), ["?yesterday"]);
        // Weekdays against a dated report: 2025-07-30 was a Wednesday (any calendar).
        let r = PartialDate::new(2025, Some(7), Some(30));
        assert_eq!(
            dates(
                "said Wednesday; announced Tuesday; last Thursday; last Wednesday",
                r
            ),
            ["2025-07-30", "2025-07-29", "2025-07-24", "2025-07-23"]
        );
        // Never against today: no reference, no date.
        assert_eq!(dates("on Monday", None), ["?on Monday"]);
        let r = PartialDate::new(2023, Some(3), Some(1));
        assert_eq!(
            dates("said yesterday; last year", r),
            ["2023-02-28", "2022"]
        );
        assert_eq!(
            dates("last month", PartialDate::new(2023, Some(1), None)),
            ["2022-12"]
        );
    }

    #[test]
    fn iso_parsing_and_compatibility() {
        let a = PartialDate::parse_iso("2008").unwrap();
        let b = PartialDate::parse_iso("2008-02-17").unwrap();
        assert!(a.compatible(&b));
        assert!(!b.compatible(&PartialDate::parse_iso("2008-03").unwrap()));
        assert!(PartialDate::parse_iso("2008-2-17").is_none());
    }
}
