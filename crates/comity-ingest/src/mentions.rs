//! Mentions: a gazetteer of actors (states, entities, organisations) and office holders, and the
//! mentions of them in text.
//!
//! The gazetteer is built from the project's tables, never from names in code: `data/actors.csv`
//! (`id,kind,name,iso2,iso_numeric,wikidata,aliases,demonyms,capitals,ambiguous,notes`, lists
//! `|`-separated) and `data/office_holders.csv` (`name,aliases,actor,role,from,to,source_url,notes`).
//! Matching is case-sensitive, on word boundaries, longest match first ("Nigeria" is not "Niger",
//! "Dominican Republic" is not "Dominica"); possessives ("Russia's") match. Capitals are metonyms of
//! their state. Ambiguous names (the `ambiguous` column) are kept only when the sentence has a
//! state-context word.

use crate::dates::PartialDate;
use crate::error::IngestError;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Serialize;
use std::collections::HashMap;
use std::ops::Range;

/// How an actor was named.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    /// The actor's name or an alias ("Russia", "Russian Federation").
    Name,
    /// A demonym ("Russian", "Kosovan").
    Demonym,
    /// A capital used as a metonym ("Moscow").
    Capital,
    /// An office holder ("Putin") speaking for the actor.
    Person,
}

/// The kind of an actor in `actors.csv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActorKind {
    /// A UN member or observer state.
    State,
    /// A partially recognised entity or a place that is no state (Kosovo, Crimea).
    Entity,
    /// A state that no longer exists.
    FormerState,
    /// An international organisation or body.
    Organisation,
}

/// One actor of the gazetteer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Actor {
    /// Id (ISO alpha-3, `XKX`, or an organisation id).
    pub id: String,
    /// Kind.
    pub kind: ActorKind,
    /// Display name.
    pub name: String,
}

/// An office holder: a person who speaks for an actor during a period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Holder {
    /// Full name.
    pub name: String,
    /// The actor the person speaks for.
    pub actor: String,
    /// Role (e.g. "President of Russia").
    pub role: String,
    /// Start of the office, when known.
    pub from: Option<PartialDate>,
    /// End of the office, when known.
    pub to: Option<PartialDate>,
}

#[derive(Debug, Clone)]
struct Entry {
    actor: String,
    kind: MentionKind,
    ambiguous: bool,
    holder: Option<usize>,
    /// Only after "the " ("the US"): a state's code.
    after_the: bool,
}

/// A mention of an actor in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// Byte range in the scanned text (without any possessive `'s`).
    pub range: Range<usize>,
    /// The actor id.
    pub actor: String,
    /// How the actor was named.
    pub kind: MentionKind,
    /// For persons: index into [`Gazetteer::holders`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub holder: Option<usize>,
}

/// A dictionary of actor names, aliases, demonyms, capitals and office holders.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    actors: HashMap<String, Actor>,
    holders: Vec<Holder>,
    surfaces: Vec<String>,
    entries: Vec<Entry>,
    matcher: Option<AhoCorasick>,
}

fn table_err(table: &str, line: u64, reason: impl Into<String>) -> IngestError {
    IngestError::Table {
        table: table.to_string(),
        line,
        reason: reason.into(),
    }
}

fn split_list(s: &str) -> impl Iterator<Item = &str> {
    s.split('|').map(str::trim).filter(|x| !x.is_empty())
}

impl Gazetteer {
    /// Builds a gazetteer from the CSV text of `actors.csv` and `office_holders.csv`.
    ///
    /// # Errors
    /// [`IngestError::Table`] with the line and the reason when a required column is missing, a row
    /// cannot be parsed, a kind is unknown, or an office holder names an unknown actor.
    pub fn from_csv(actors_csv: &str, holders_csv: &str) -> Result<Self, IngestError> {
        let mut g = Gazetteer {
            actors: HashMap::new(),
            holders: Vec::new(),
            surfaces: Vec::new(),
            entries: Vec::new(),
            matcher: None,
        };
        let mut rdr = csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(actors_csv.as_bytes());
        let headers = rdr
            .headers()
            .map_err(|e| table_err("actors.csv", 1, e.to_string()))?
            .clone();
        let col = |name: &str| headers.iter().position(|h| h.trim() == name);
        let (Some(c_id), Some(c_kind), Some(c_name)) = (col("id"), col("kind"), col("name")) else {
            return Err(table_err(
                "actors.csv",
                1,
                "header must have the columns id, kind, name",
            ));
        };
        let c_iso2 = col("iso2");
        let (c_alias, c_dem, c_cap, c_amb) = (
            col("aliases"),
            col("demonyms"),
            col("capitals"),
            col("ambiguous"),
        );
        for (i, rec) in rdr.records().enumerate() {
            let line = i as u64 + 2;
            let rec = rec.map_err(|e| table_err("actors.csv", line, e.to_string()))?;
            let get = |c: Option<usize>| c.and_then(|c| rec.get(c)).unwrap_or("").trim();
            let id = get(Some(c_id)).to_string();
            if id.is_empty() {
                return Err(table_err("actors.csv", line, "empty id"));
            }
            let kind = match get(Some(c_kind)) {
                "state" => ActorKind::State,
                // A place that is no state (Crimea) is mentioned like an entity.
                "entity" | "place" => ActorKind::Entity,
                "former-state" => ActorKind::FormerState,
                "organisation" | "organization" => ActorKind::Organisation,
                other => {
                    return Err(table_err(
                        "actors.csv",
                        line,
                        format!(
                            "kind `{other}`: expected state, entity, place, former-state or organisation"
                        ),
                    ))
                }
            };
            let amb_field = get(c_amb).to_ascii_lowercase();
            let ambiguous_all = matches!(amb_field.as_str(), "true" | "yes" | "1" | "y");
            // Otherwise the column may list the ambiguous surface forms themselves.
            let amb_list: Vec<String> = if ambiguous_all {
                Vec::new()
            } else {
                split_list(get(c_amb))
                    .filter(|s| {
                        !matches!(s.to_ascii_lowercase().as_str(), "false" | "no" | "0" | "n")
                    })
                    .map(str::to_string)
                    .collect()
            };
            let name = get(Some(c_name)).to_string();
            let is_amb = |s: &str| ambiguous_all || amb_list.iter().any(|a| a == s);
            g.add(&name, &id, MentionKind::Name, is_amb(&name), None);
            for a in split_list(get(c_alias)) {
                g.add(a, &id, MentionKind::Name, is_amb(a), None);
            }
            for d in split_list(get(c_dem)) {
                g.add(d, &id, MentionKind::Demonym, is_amb(d), None);
            }
            for c in split_list(get(c_cap)) {
                g.add(c, &id, MentionKind::Capital, is_amb(c), None);
            }
            // Codes as English prose writes them (actors.md: codes are matched by the program,
            // never listed as aliases). An organisation's id is the acronym texts use ("EU",
            // "UN", "OSCE"); a state's alpha-2 code only after "the" and only when it spells the
            // initials of the state's name ("the US"), since most codes are words ("IT", "NO").
            let code_like = |c: &str| {
                c.len() >= 2
                    && c.chars()
                        .all(|ch| ch.is_ascii_uppercase() || ch.is_ascii_digit())
            };
            if kind == ActorKind::Organisation && code_like(&id) {
                g.add(&id, &id, MentionKind::Name, false, None);
            }
            let iso2 = get(c_iso2);
            let initials: String = name
                .split_whitespace()
                .filter_map(|w| w.chars().next())
                .filter(char::is_ascii_uppercase)
                .collect();
            if matches!(kind, ActorKind::State | ActorKind::Entity)
                && iso2.len() == 2
                && code_like(iso2)
                && initials == iso2
            {
                g.add(iso2, &id, MentionKind::Name, false, None);
                if let Some(e) = g
                    .entries
                    .last_mut()
                    .filter(|_| g.surfaces.last().is_some_and(|s| s == iso2))
                {
                    e.after_the = true;
                }
            }
            g.actors.insert(id.clone(), Actor { id, kind, name });
        }
        g.read_holders(holders_csv)?;
        g.matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&g.surfaces)
            .map(Some)
            .map_err(|e| IngestError::Pattern(e.to_string()))?;
        Ok(g)
    }

    fn read_holders(&mut self, holders_csv: &str) -> Result<(), IngestError> {
        if holders_csv.trim().is_empty() {
            return Ok(());
        }
        let t = "office_holders.csv";
        let mut rdr = csv::ReaderBuilder::new()
            .flexible(true)
            .comment(Some(b'#'))
            .from_reader(holders_csv.as_bytes());
        let headers = rdr
            .headers()
            .map_err(|e| table_err(t, 1, e.to_string()))?
            .clone();
        let col = |name: &str| headers.iter().position(|h| h.trim() == name);
        let (Some(c_name), Some(c_actor)) = (col("name"), col("actor")) else {
            return Err(table_err(t, 1, "header must have the columns name, actor"));
        };
        let (c_alias, c_role, c_from, c_to) = (col("aliases"), col("role"), col("from"), col("to"));
        for (i, rec) in rdr.records().enumerate() {
            let line = rec
                .as_ref()
                .ok()
                .and_then(|r| r.position())
                .map_or(i as u64 + 2, |p| p.line());
            let rec = rec.map_err(|e| table_err(t, line, e.to_string()))?;
            let get = |c: Option<usize>| c.and_then(|c| rec.get(c)).unwrap_or("").trim();
            let actor = get(Some(c_actor)).to_string();
            if !self.actors.contains_key(&actor) {
                return Err(table_err(
                    t,
                    line,
                    format!("actor `{actor}` is not in actors.csv"),
                ));
            }
            let date = |c: Option<usize>, what: &str| -> Result<Option<PartialDate>, IngestError> {
                let s = get(c);
                if s.is_empty() {
                    return Ok(None);
                }
                PartialDate::parse_iso(s).map(Some).ok_or_else(|| {
                    table_err(
                        t,
                        line,
                        format!("{what} `{s}`: expected YYYY, YYYY-MM or YYYY-MM-DD"),
                    )
                })
            };
            let holder = Holder {
                name: get(Some(c_name)).to_string(),
                actor: actor.clone(),
                role: get(c_role).to_string(),
                from: date(c_from, "from")?,
                to: date(c_to, "to")?,
            };
            let idx = self.holders.len();
            let name = holder.name.clone();
            // The same person may hold several offices: the first row names the person.
            if !self.surfaces.contains(&name) {
                self.add(&name, &actor, MentionKind::Person, false, Some(idx));
                for a in split_list(get(c_alias)) {
                    self.add(a, &actor, MentionKind::Person, false, Some(idx));
                }
            }
            self.holders.push(holder);
        }
        Ok(())
    }

    fn add(
        &mut self,
        surface: &str,
        actor: &str,
        kind: MentionKind,
        ambiguous: bool,
        holder: Option<usize>,
    ) {
        if surface.is_empty() || self.surfaces.iter().any(|s| s == surface) {
            return;
        }
        self.surfaces.push(surface.to_string());
        self.entries.push(Entry {
            actor: actor.to_string(),
            kind,
            ambiguous,
            holder,
            after_the: false,
        });
        // "the Republic of X" style: also accept the surface without a leading "the ".
    }

    /// The actor with this id.
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.get(id)
    }

    /// The office holders, in table order.
    pub fn holders(&self) -> &[Holder] {
        &self.holders
    }

    /// Number of actors.
    pub fn len(&self) -> usize {
        self.actors.len()
    }

    /// `true` when the gazetteer has no actors.
    pub fn is_empty(&self) -> bool {
        self.actors.is_empty()
    }

    /// `true` when `id` is a state, entity or former state (not an organisation).
    pub fn is_state(&self, id: &str) -> bool {
        self.actors
            .get(id)
            .is_some_and(|a| a.kind != ActorKind::Organisation)
    }

    /// All mentions in `text`, in order.
    ///
    /// # Example
    /// ```
    /// let actors = "id,kind,name,iso2,iso_numeric,wikidata,aliases,demonyms,capitals,ambiguous,notes\n\
    ///               NER,state,Niger,NE,562,,,,Niamey,,\nNGA,state,Nigeria,NG,566,,,Nigerian,Abuja,,\n";
    /// let g = comity_ingest::Gazetteer::from_csv(actors, "").unwrap();
    /// let m = g.mentions("Nigeria's and Niger's envoys; Nigerians");
    /// let ids: Vec<&str> = m.iter().map(|m| m.actor.as_str()).collect();
    /// assert_eq!(ids, ["NGA", "NER"]);
    /// ```
    pub fn mentions(&self, text: &str) -> Vec<Mention> {
        let Some(matcher) = &self.matcher else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for m in matcher.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            let before = text[..s].chars().next_back();
            let after = text[e..].chars().next();
            let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
            if word(before) || word(after) {
                continue;
            }
            let Some(entry) = self.entries.get(m.pattern().as_usize()) else {
                continue;
            };
            if entry.after_the && !(text[..s].ends_with("the ") || text[..s].ends_with("The ")) {
                continue;
            }
            // "the Interpol General Assembly", "the General Assembly of Interpol": another
            // body's organ, not the UN's (an ambiguous organisation name after a capitalised
            // word other than UN, or before "of" + a name other than the United Nations).
            if entry.ambiguous
                && self
                    .actors
                    .get(&entry.actor)
                    .is_some_and(|a| a.kind == ActorKind::Organisation)
            {
                let before_word = text[..s]
                    .trim_end_matches(['\'', '’', 's', ' '])
                    .rsplit(' ')
                    .next()
                    .unwrap_or("");
                let owned = before_word.chars().next().is_some_and(char::is_uppercase)
                    && !["UN", "U.N.", "The", "United", "Nations"].contains(&before_word)
                    && text[..s].ends_with(' ');
                let of_other = text[e..].starts_with(" of ")
                    && !text[e..].starts_with(" of the United Nations")
                    && !text[e..].starts_with(" of the UN");
                if owned || of_other {
                    continue;
                }
            }
            if entry.ambiguous
                && !has_state_context(text, s..e)
                && !(entry.kind == MentionKind::Demonym && people_noun_after(&text[e..]))
            {
                continue;
            }
            out.push(Mention {
                range: s..e,
                actor: entry.actor.clone(),
                kind: entry.kind,
                holder: entry.holder,
            });
        }
        titled_people(text, &mut out);
        out
    }
}

/// A person named with a state's title ("Turkish Foreign Minister Mevlut Cavusoglu", "Serbia's
/// President Aleksandar Vucic") speaks for that state even when no table lists them; later mentions of
/// the same name or surname in the document are the same person. Added as [`MentionKind::Person`]
/// without a holder; names already in the office-holder table are left as they are.
fn titled_people(text: &str, out: &mut Vec<Mention>) {
    static RX: std::sync::OnceLock<Option<crate::rx::Rx>> = std::sync::OnceLock::new();
    let Some(rx) = RX
        .get_or_init(|| {
            crate::rx::regex(
                r"^(?:'s |’s |´s | )(?i:(?:then-|former |acting |new )?(?:(?:foreign ministry|foreign affairs ministry|state department|government|presidential) )?(?:(?:deputy|vice|first deputy) )?(?:(?:prime|foreign|defen[cs]e|interior|justice|economy|trade|finance) )?(?:minister|president|premier|chancellor|ambassador|envoy|spokes(?:man|woman|person)|foreign minister|prime minister|king|emir|sultan)(?: for (?:foreign|european) affairs)?),? ((?:\p{Lu}[\p{L}'’-]+ ){0,2}\p{Lu}[\p{L}'’-]+)",
            )
            .ok()
        })
        .as_ref()
    else {
        return;
    };
    let mut names: Vec<(String, String)> = Vec::new();
    let mut added: Vec<Mention> = Vec::new();
    let mut taken = crate::offset_map::Intervals::default();
    // "Foreign Minister of Honduras Eduardo Enrique Reina": the title before, the name after.
    static OF_RX: std::sync::OnceLock<Option<(crate::rx::Rx, crate::rx::Rx)>> =
        std::sync::OnceLock::new();
    let of_rx = OF_RX
        .get_or_init(|| {
            Some((
                crate::rx::regex(r"(?i:(?:prime|foreign|deputy|vice|first)\s+)?(?i:minister|president|premier|ambassador|envoy|king|emir|sultan|chancellor)(?i:\s+for\s+foreign\s+affairs)?\s+of\s+(?:the\s+)?$").ok()?,
                crate::rx::regex(r"^,?\s((?:\p{Lu}[\p{L}'’-]+ ){0,2}\p{Lu}[\p{L}'’-]+)").ok()?,
            ))
        })
        .as_ref();
    for m in out.iter() {
        if !matches!(m.kind, MentionKind::Demonym | MentionKind::Name) {
            continue;
        }
        let titled_of = of_rx.and_then(|(before, after)| {
            let lo = m.range.start.saturating_sub(60);
            let lo = (lo..m.range.start).find(|&i| text.is_char_boundary(i))?;
            before.is_match(&text[lo..m.range.start]).then_some(())?;
            if m.kind != MentionKind::Name {
                return None;
            }
            after.captures(text.get(m.range.end..)?)
        });
        let Some(cap) =
            titled_of.or_else(|| text.get(m.range.end..).and_then(|rest| rx.captures(rest)))
        else {
            continue;
        };
        let Some(g) = cap.get(1) else { continue };
        let r = m.range.end + g.start()..m.range.end + g.end();
        if overlaps_sorted(out, &r) {
            continue; // a known holder or an actor's name
        }
        let name = (g.as_str().to_string(), m.actor.clone());
        if !names.contains(&name) {
            names.push(name);
        }
        taken.insert(&r);
        added.push(Mention {
            range: r,
            actor: m.actor.clone(),
            kind: MentionKind::Person,
            holder: None,
        });
    }
    // Later mentions of the same person: the full name or the surname (one person per surname).
    // Each (name, state) once: a repeated name found only what its first search had added (a long
    // document with many titled mentions re-read the whole text once per mention).
    let eligible: Vec<(&str, &str, &str)> = names
        .iter()
        .filter_map(|(name, actor)| {
            let surname = name.rsplit(' ').next().unwrap_or(name);
            (!names
                .iter()
                .any(|(n, a)| a != actor && n.rsplit(' ').next() == Some(surname)))
            .then_some((name.as_str(), actor.as_str(), surname))
        })
        .collect();
    // Every surname's occurrences from one pass over the text (one search per name re-read a long
    // document once per name), kept as `match_indices` would give them: left to right, not
    // overlapping each other.
    let mut surnames: Vec<&str> = eligible.iter().map(|e| e.2).collect();
    surnames.sort_unstable();
    surnames.dedup();
    let mut occurrences: Vec<Vec<usize>> = vec![Vec::new(); surnames.len()];
    // No surname (most texts): nothing to search. One or two: `match_indices` itself, which
    // costs less than building an automaton (building one for every text was ~1 % of the 100x
    // CPU).
    let automaton = if surnames.len() > 2 {
        AhoCorasick::new(&surnames).ok()
    } else {
        None
    };
    match automaton {
        Some(ac) => {
            for m in ac.find_overlapping_iter(text) {
                let (k, len) = (m.pattern().as_usize(), m.end() - m.start());
                if occurrences[k]
                    .last()
                    .is_none_or(|&last| m.start() >= last + len)
                {
                    occurrences[k].push(m.start());
                }
            }
        }
        None => {
            for (k, s) in surnames.iter().enumerate() {
                occurrences[k] = text.match_indices(s).map(|(at, _)| at).collect();
            }
        }
    }
    for &(name, actor, surname) in &eligible {
        let k = surnames.binary_search(&surname).unwrap_or(0);
        for &at in occurrences.get(k).map_or(&[][..], |v| v.as_slice()) {
            let r = at..at + surname.len();
            let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
            if word(text[..at].chars().next_back()) || word(text[r.end..].chars().next()) {
                continue;
            }
            // Extend to the full name when it is written.
            let r = if text[..at].ends_with(name.trim_end_matches(surname)) && name != surname {
                at - (name.len() - surname.len())..r.end
            } else {
                r
            };
            if overlaps_sorted(out, &r) || taken.overlaps(&r) {
                continue;
            }
            taken.insert(&r);
            added.push(Mention {
                range: r,
                actor: actor.to_string(),
                kind: MentionKind::Person,
                holder: None,
            });
        }
    }
    if !added.is_empty() {
        out.extend(added);
        out.sort_by_key(|m| (m.range.start, m.range.end));
    }
}

/// Whether `r` overlaps a mention of `sorted` (sorted by start and pairwise disjoint, as the
/// gazetteer's leftmost-longest matches are): a binary search instead of a scan.
fn overlaps_sorted(sorted: &[Mention], r: &Range<usize>) -> bool {
    let i = sorted.partition_point(|x| x.range.start < r.end);
    i > 0 && sorted[i - 1].range.end > r.start
}

/// "our Serbian friends", "his Georgian counterpart", "the Georgian authorities": a demonym before one
/// of these nouns denotes the state (its people, officials or side), not a region or an ethnicity.
fn people_noun_after(rest: &str) -> bool {
    let Some(word) = rest.strip_prefix(' ').and_then(|r| {
        r.split(|ch: char| !ch.is_alphabetic())
            .next()
            .map(str::to_lowercase)
    }) else {
        return false;
    };
    [
        "friend",
        "friends",
        "partner",
        "partners",
        "counterpart",
        "counterparts",
        "ally",
        "allies",
        "brothers",
        "colleagues",
        "leadership",
        "authorities",
        "officials",
        "side",
        "delegation",
        "diplomats",
    ]
    .contains(&word.as_str())
}

/// Words that make an ambiguous name (Georgia, Chad, Jordan) likely to be the state.
fn has_state_context(text: &str, r: Range<usize>) -> bool {
    let lo = text[..r.start]
        .char_indices()
        .rev()
        .nth(150)
        .map_or(0, |(i, _)| i);
    let hi = text[r.end..]
        .char_indices()
        .nth(150)
        .map_or(text.len(), |(i, _)| r.end + i);
    static WORDS: std::sync::OnceLock<crate::gate::LowerPhrases> = std::sync::OnceLock::new();
    // One pass over the window for all the words, as `to_lowercase` then `contains` of each.
    WORDS
        .get_or_init(|| crate::gate::LowerPhrases::new(&STATE_CONTEXT))
        .any(&text[lo..hi])
}

/// The words of [`has_state_context`] (lower-case ASCII).
const STATE_CONTEXT: [&str; 44] = [
    "government",
    "president",
    "minister",
    "recogni",
    "state",
    "country",
    "embassy",
    "ambassador",
    "republic",
    "relations",
    "foreign",
    // Words of the same kind the development half showed missing ("the 194th member of the
    // United Nations", "two countries"): they speak of states too.
    "countries",
    "nations",
    "member",
    "sovereign",
    "independen",
    "diplomat",
    "ministry",
    "treaty",
    "u.n.",
    "prime",
    // International bodies: a name beside one is the state ("Palestine joined UNESCO").
    "unesco",
    "united nations",
    "security council",
    "general assembly",
    "interpol",
    "african union",
    "european union",
    "council of europe",
    "arab league",
    // Stances and claims only states make ("Turkey and Egypt issued public criticisms of
    // Israel's decision", "claims the territory"): sentences written for tests/lexicon.rs.
    "condemn",
    "criticis",
    "criticiz",
    "territor",
    "sovereignty",
    "observer",
    "allies",
    "ties with",
    // Organisations only states join, by their short names ("Malta joined the EU in 2004",
    // h/extract16), with the space or article that keeps them from other words ("senator").
    "the eu",
    " nato",
    "the un ",
    "the un,",
    "the un.",
    " osce",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// `gate::LowerPhrases` finds what `to_lowercase` then `contains` finds only for lower-case
    /// ASCII phrases.
    #[test]
    fn state_context_words_are_lower_case_ascii() {
        for w in super::STATE_CONTEXT {
            assert!(w.is_ascii() && w.to_ascii_lowercase() == w, "{w}");
        }
    }

    const ACTORS: &str =
        "id,kind,name,iso2,iso_numeric,wikidata,aliases,demonyms,capitals,ambiguous,notes\n\
RUS,state,Russia,RU,643,Q159,Russian Federation,Russian,Moscow,,\n\
DMA,state,Dominica,DM,212,,,,,,\n\
DOM,state,Dominican Republic,DO,214,,,Dominican,,,\n\
GEO,state,Georgia,GE,268,,,Georgian,Tbilisi,true,US state\n\
UN,organisation,United Nations,,,,UN,,,,\n";

    #[test]
    fn longest_match_boundaries_possessives() {
        let g = Gazetteer::from_csv(ACTORS, "name,aliases,actor,role,from,to,source_url,notes\nVladimir Putin,Putin,RUS,President,2012,,,\n").unwrap();
        let ids = |t: &str| {
            g.mentions(t)
                .into_iter()
                .map(|m| m.actor)
                .collect::<Vec<_>>()
        };
        assert_eq!(ids("the Dominican Republic and Dominica"), ["DOM", "DMA"]);
        assert_eq!(
            ids("Russia's envoy in Moscow; Putin said"),
            ["RUS", "RUS", "RUS"]
        );
        assert_eq!(ids("Russians"), Vec::<String>::new());
        assert_eq!(ids("Georgia peaches"), Vec::<String>::new());
        assert_eq!(ids("the government of Georgia"), ["GEO"]);
    }

    #[test]
    fn ambiguous_demonym_before_a_people_noun_is_the_state() {
        // Written for this test: "Georgian" is listed ambiguous (the US state); a demonym that
        // qualifies friends, partners, counterparts or the leadership denotes the state's people.
        let g = Gazetteer::from_csv(ACTORS, "").unwrap();
        let ids = |t: &str| {
            g.mentions(t)
                .into_iter()
                .map(|m| m.actor)
                .collect::<Vec<_>>()
        };
        assert_eq!(ids("we stand with our Georgian friends"), ["GEO"]);
        assert_eq!(ids("talks with their Georgian counterparts"), ["GEO"]);
        assert_eq!(ids("our Georgian partners and allies"), ["GEO"]);
        assert_eq!(ids("the Georgian leadership insisted"), ["GEO"]);
        assert_eq!(ids("the Georgian authorities said"), ["GEO"]);
        assert_eq!(ids("the Georgian side"), ["GEO"]);
        // Other nouns keep the ambiguity.
        assert_eq!(
            ids("Georgian wine and Georgian cuisine"),
            Vec::<String>::new()
        );
        assert_eq!(ids("a Georgian peach farmer"), Vec::<String>::new());
    }

    #[test]
    fn titled_people_speak_for_their_state() {
        // Written for this test: a minister who is in no office-holder table (none is given).
        let g = Gazetteer::from_csv(ACTORS, "").unwrap();
        let t = "Russian Foreign Minister Sergey Lavrov met officials. Later Lavrov said no.";
        let ms = g.mentions(t);
        let people: Vec<(&str, &str)> = ms
            .iter()
            .filter(|m| m.kind == MentionKind::Person)
            .map(|m| (&t[m.range.clone()], m.actor.as_str()))
            .collect();
        assert_eq!(people, [("Sergey Lavrov", "RUS"), ("Lavrov", "RUS")]);
        // Not a title: no person.
        let ms = g.mentions("Russian Airlines flew to Georgia's capital.");
        assert!(ms.iter().all(|m| m.kind != MentionKind::Person));
    }

    #[test]
    fn codes_as_prose_writes_them() {
        // Written for this test.
        let g = Gazetteer::from_csv(
            include_str!("../../../data/actors.csv"),
            include_str!("../../../data/office_holders.csv"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let t = "The US and the EU back the SADR; US aid and IT staff; the UN and OSCE; the SA.";
        let found: Vec<(&str, &str)> = g
            .mentions(t)
            .into_iter()
            .map(|m| (&t[m.range], if m.actor == "USA" { "USA" } else { "other" }))
            .collect();
        let surfaces: Vec<&str> = found.iter().map(|f| f.0).collect();
        // "US" only after "the"; "IT" is a word, no code; "the SA" (Saudi Arabia's initials)
        // never hides "the SADR".
        assert_eq!(
            surfaces,
            ["US", "EU", "SADR", "UN", "OSCE", "SA"],
            "{found:?}"
        );
        assert_eq!(found[0].1, "USA");
    }

    #[test]
    fn office_holders_of_the_domain() {
        // Written for this test: full names and listed surnames match; a surname that is a common
        // word ("Rice") does not.
        let g = Gazetteer::from_csv(
            include_str!("../../../data/actors.csv"),
            include_str!("../../../data/office_holders.csv"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let t = "Netanyahu met Recep Tayyip Erdogan; Abiy Ahmed and Taneti Maamau spoke; rice prices rose; Rice wrote.";
        let found: Vec<(&str, &str)> = g
            .mentions(t)
            .into_iter()
            .filter(|m| m.kind == MentionKind::Person)
            .map(|m| {
                (
                    &t[m.range.clone()],
                    g.actor(&m.actor).map_or("", |a| a.id.as_str()),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                ("Netanyahu", "ISR"),
                ("Recep Tayyip Erdogan", "TUR"),
                ("Abiy Ahmed", "ETH"),
                ("Taneti Maamau", "KIR")
            ]
        );
    }

    #[test]
    fn other_bodies_organs_are_not_the_uns() {
        // Written for this test.
        let g = Gazetteer::from_csv(
            include_str!("../../../data/actors.csv"),
            include_str!("../../../data/office_holders.csv"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let ids = |t: &str| -> Vec<String> { g.mentions(t).into_iter().map(|m| m.actor).collect() };
        assert!(
            !ids("Member countries voted at the Interpol General Assembly in Dubai.")
                .contains(&"UNGA".to_string())
        );
        assert!(
            !ids("Member states voted at the General Assembly of Interpol.")
                .contains(&"UNGA".to_string())
        );
        assert!(
            ids("Member states voted in the UN General Assembly.").contains(&"UNGA".to_string())
        );
        assert!(
            ids("The General Assembly of the United Nations voted on the state.")
                .contains(&"UNGA".to_string())
        );
    }

    #[test]
    fn bad_tables_are_errors_with_lines() {
        let err = Gazetteer::from_csv("id,kind,name\nX,planet,Mars\n", "").unwrap_err();
        assert!(err.to_string().contains("line 2"), "{err}");
        let err = Gazetteer::from_csv(ACTORS, "name,actor,from\nNobody,ZZZ,\n").unwrap_err();
        assert!(err.to_string().contains("ZZZ"), "{err}");
    }
}
