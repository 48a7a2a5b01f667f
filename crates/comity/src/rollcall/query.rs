//! Queries on the stored roll calls: counts, lookup, votes, corrections, tallies.

use std::collections::HashMap;

use rusqlite::OptionalExtension;

use super::{Correction, CountryMapping, RollCall, RollCallVote, Tallies, Tally};
use crate::error::{Error, Result};
use crate::store::Store;

impl Store {
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
    /// How many imported roll calls were held on or after `day`, within `sessions` when given
    /// (inclusive): what a fit of those sessions without `--before day` has seen after the day.
    ///
    /// # Errors
    /// When the database cannot be read.
    pub fn roll_calls_from(
        &self,
        day: jiff::civil::Date,
        sessions: Option<(u16, u16)>,
    ) -> Result<usize> {
        let (lo, hi) = sessions.unwrap_or((0, u16::MAX));
        let n: i64 = self.conn().query_row(
            "SELECT COUNT(*) FROM rollcall WHERE date >= ?1 AND session BETWEEN ?2 AND ?3",
            rusqlite::params![day.to_string(), lo, hi],
            |r| r.get(0),
        )?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    /// How many ballots (yes, abstain or no) `actor` cast in each session of the imported roll
    /// calls: a session missing here is one it cast none in.
    ///
    /// # Errors
    /// When the database cannot be read.
    pub fn ballots_by_session(
        &self,
        actor: &str,
    ) -> Result<std::collections::BTreeMap<u16, usize>> {
        let mut st = self.conn().prepare(
            "SELECT r.session, COUNT(*) FROM rollcall_vote v JOIN rollcall r ON r.rcid = v.rcid \
             WHERE v.actor = ?1 GROUP BY r.session",
        )?;
        let rows = st.query_map([actor], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))?;
        let mut out = std::collections::BTreeMap::new();
        for row in rows {
            let (s, n) = row?;
            if let (Ok(s), Ok(n)) = (u16::try_from(s), usize::try_from(n)) {
                out.insert(s, n);
            }
        }
        Ok(out)
    }

    /// The first and last day of the imported roll calls of each session (a UN session spans
    /// two calendar years; the data date each roll call): what an ideal point's session means.
    ///
    /// # Errors
    /// When the database cannot be read.
    pub fn session_days(&self) -> Result<std::collections::BTreeMap<u16, (String, String)>> {
        let mut st = self
            .conn()
            .prepare("SELECT session, MIN(date), MAX(date) FROM rollcall GROUP BY session")?;
        let rows = st.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        let mut out = std::collections::BTreeMap::new();
        for row in rows {
            let (s, first, last) = row?;
            if let Ok(s) = u16::try_from(s) {
                out.insert(s, (first, last));
            }
        }
        Ok(out)
    }

    /// How many roll calls held on or after `day` a fit of `spec` saw (0 when it was fitted
    /// `--before` a day not after `day`): a prediction for `day` from it uses later votes.
    ///
    /// # Errors
    /// When the database cannot be read.
    pub fn fit_saw_from(
        &self,
        spec: &crate::ideal::FitSpec,
        day: jiff::civil::Date,
    ) -> Result<usize> {
        match spec.before {
            Some(b) if b <= day => Ok(0),
            _ => self.roll_calls_from(day, spec.sessions),
        }
    }

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
