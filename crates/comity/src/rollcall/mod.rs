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
//!
//! Modules: `import` (reading the folder, one transaction) and `query` (the
//! stored roll calls: tallies, votes, corrections).

use std::collections::HashMap;

use serde::Serialize;

use crate::ledger::Ledger;
use crate::model::ActorKind;

mod import;
mod query;

pub use import::{ImportProgress, ImportStage, UnvotesReport};

/// The shipped corrections: where an official record disagrees with the data.
pub const CORRECTIONS: &str = include_str!("../../../../data/unvotes_corrections.csv");
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

#[cfg(test)]
mod tests {
    use super::*;

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
