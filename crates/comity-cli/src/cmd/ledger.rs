//! `comity status`, `recognitions`, `timeline`, `entities`, `recognised-by`.

use std::collections::BTreeMap;

use anyhow::Result;
use comity::json as cj;
use comity::{CountEntry, Counted, Decision, Grade, Ledger, Policy};
use serde_json::Value;

use super::{Ctx, UsageError};
use crate::cli::{
    EntitiesArgs, Format, RecognisedByArgs, RecognitionsArgs, StatusArgs, TimelineArgs,
};
use crate::output::{cite, csv_out, print_json, wrap, WIDTH};

/// The ledger, restricted by `--min-grade` when given.
pub fn scoped(ledger: Ledger, min_grade: Option<&str>) -> Result<Ledger> {
    match min_grade {
        None => Ok(ledger),
        Some(g) => {
            let g: Grade = g
                .parse()
                .map_err(|e| UsageError(format!("--min-grade {g:?}: expected {e}")))?;
            Ok(ledger.with_min_grade(g)?)
        }
    }
}

/// The day a user asked about (`--as-of`), with `today` and `yesterday` understood.
pub fn as_of(ctx: &Ctx, s: &str) -> Result<jiff::civil::Date> {
    day_arg(ctx, "--as-of", s)
}

/// The day given to `flag`: a malformed one is refused saying what was typed, what was read
/// and every accepted form, `today` and `yesterday` among them (review 14: `--as-of 20080217`
/// was told "year must have 4 digits", and the forms named no word).
pub fn day_arg(ctx: &Ctx, flag: &str, s: &str) -> Result<jiff::civil::Date> {
    comity::parse_as_of(s, ctx.today).map_err(|e| {
        let why = match &e {
            comity::Error::Date(d) => d.reason.clone(),
            e => e.to_string(),
        };
        UsageError(format!(
            "{flag} {s:?}: {why}; expected YYYY-MM-DD (YYYY-MM or YYYY mean their last day), \
             today or yesterday, e.g. 2008-02-17"
        ))
        .into()
    })
}

fn role_name(d: &Decision<'_>) -> String {
    serde_json::to_value(d.role)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn date_text(d: comity::Date) -> String {
    if d.is_unknown() {
        "(undated)".to_string()
    } else {
        d.to_string()
    }
}

/// One claim for people: date, role, the claim in words (a denial names the
/// denier first), id and note, the grades of its sources, and the citations.
fn print_claim(ledger: &Ledger, c: &comity::Claim, role: Option<&str>) {
    let date = date_text(c.date);
    let head = match role {
        Some(r) => format!("{date:<13} {r:<14} {}", cj::claim_text(c)),
        None => format!("{date:<13} {}", cj::claim_text(c)),
    };
    // Keep the columns when the line fits; wrap only when it does not.
    if head.chars().count() <= WIDTH - 2 {
        println!("  {head}");
    } else {
        println!("{}", wrap(&head, 2));
    }
    let grades = cj::grades(ledger, c);
    let mut line = c.id.clone();
    if !grades.is_empty() {
        line.push_str(&format!(" [{}]", grades.join(", ")));
    }
    if !c.note.is_empty() {
        line.push_str(&format!(" · {}", c.note));
    }
    println!("{}", wrap(&line, 16));
    // A date before one of the pair existed (review 20: the timeline listed Namibia's 1988
    // recognition of Palestine with no word that Namibia began in 1990).
    if let Some(n) = ledger.date_note(c) {
        println!("{}", wrap(&format!("date: {n}"), 16));
    }
    for l in cite(ledger, c) {
        println!("{}", wrap(&l, 16));
    }
}

pub fn status(ctx: &Ctx, a: &StatusArgs) -> Result<()> {
    let store = ctx.store()?;
    let ledger = scoped(store.ledger()?, a.min_grade.as_deref())?;
    let x = ledger.resolve(&a.a)?;
    let y = ledger.resolve(&a.b)?;
    // The library's reason, the API's too (one check: the same words in both); when the two
    // names typed differ, followed by what was typed (review 14: `status Kosova XKX` did not
    // say that "Kosova" names Kosovo).
    if let Err(e) = Ledger::check_pair(x, y) {
        if x.id == y.id && !a.a.trim().eq_ignore_ascii_case(a.b.trim()) {
            return Err(UsageError(format!(
                "{e} ({:?} and {:?} both name {}, {})",
                a.a, a.b, x.id, x.name
            ))
            .into());
        }
        return Err(e.into());
    }
    let day = as_of(ctx, &a.as_of)?;
    let s = ledger.status(&x.id, &y.id, day, ctx.today);
    match ctx.format {
        Format::Json => print_json(&cj::status(&ledger, &s)),
        Format::Csv => {
            let mut w = csv_out();
            w.write_record([
                "subject", "object", "as_of", "part", "status", "certain", "inferred", "claim",
                "role", "date", "claimant", "negated", "grades", "sources", "reason",
            ])?;
            // The two halves, then what the table and the JSON also show (review 9: the CSV
            // dropped them): the claims that decide neither half (part `other`) and, for a
            // recognition not recorded, the predecessors' answers (part `predecessor:ID`, the
            // reason saying on which day).
            let preds = ledger.predecessor_answers(&s);
            let other: Vec<Decision<'_>> = ledger
                .other_claims(&s)
                .into_iter()
                .map(|c| Decision {
                    role: comity::Role::Position,
                    timing: comity::Timing::Before,
                    claim: c,
                })
                .collect();
            let mut parts: Vec<CsvPart<'_, '_>> = vec![
                (
                    "recognition".into(),
                    s.recognition.status.as_str(),
                    s.recognition.certain,
                    s.recognition.inferred,
                    &s.recognition.claims,
                    s.recognition.reason.clone(),
                ),
                (
                    "relations".into(),
                    s.relations.status.as_str(),
                    s.relations.certain,
                    s.relations.inferred,
                    &s.relations.claims,
                    s.relations.reason.clone(),
                ),
            ];
            if !other.is_empty() {
                parts.push((
                    "other".into(),
                    "",
                    false,
                    false,
                    &other,
                    "claims about the pair that decide neither answer".into(),
                ));
            }
            for p in &preds {
                parts.push((
                    format!("predecessor:{}", p.actor),
                    p.recognition.status.as_str(),
                    p.recognition.certain,
                    p.recognition.inferred,
                    &p.recognition.claims,
                    format!(
                        "{} as of {} (not carried over to {}): {}",
                        p.actor, p.as_of, s.subject, p.recognition.reason
                    ),
                ));
            }
            for (part, st, certain, inferred, claims, reason) in parts {
                let base = [
                    s.subject.clone(),
                    s.object.clone(),
                    day.to_string(),
                    part,
                    st.into(),
                    if st.is_empty() {
                        String::new()
                    } else {
                        certain.to_string()
                    },
                    if st.is_empty() {
                        String::new()
                    } else {
                        inferred.to_string()
                    },
                ];
                if claims.is_empty() {
                    let mut row: Vec<String> = base.to_vec();
                    row.extend(std::iter::repeat_n(String::new(), 7));
                    row.push(reason.clone());
                    w.write_record(&row)?;
                }
                for d in claims.iter() {
                    let mut row: Vec<String> = base.to_vec();
                    row.extend([
                        d.claim.id.clone(),
                        if st.is_empty() {
                            String::new()
                        } else {
                            role_name(d)
                        },
                        d.claim.date.to_string(),
                        d.claim.claimant.clone(),
                        d.claim.negated.to_string(),
                        cj::grades(&ledger, d.claim).join(";"),
                        cite(&ledger, d.claim).join(" ; "),
                        reason.clone(),
                    ]);
                    w.write_record(&row)?;
                }
            }
            w.flush()?;
            Ok(())
        }
        Format::Table => {
            println!(
                "{}",
                wrap(
                    &format!("{} ({}) -> {} ({}) as of {day}", x.id, x.name, y.id, y.name),
                    0
                )
            );
            let r = &s.recognition;
            let mut flags = Vec::new();
            // "Not recorded" is no answer on any date: no uncertainty flag.
            if !r.certain && r.status != comity::Recognition::NotRecorded {
                flags.push("UNCERTAIN on this date");
            }
            if r.inferred {
                flags.push("inferred, not claimed");
            }
            if r.weak_sources {
                flags.push("weak sources only");
            }
            println!(
                "recognition: {}{}",
                r.status.as_str(),
                if flags.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", flags.join("; "))
                }
            );
            println!("{}", wrap(&r.reason, 2));
            let rel = &s.relations;
            let mut rel_flags = Vec::new();
            if !rel.certain && rel.status != comity::Relations::NotRecorded {
                rel_flags.push("uncertain");
            }
            if rel.inferred {
                rel_flags.push("inferred, not claimed");
            }
            println!(
                "relations:   {}{}",
                rel.status.as_str(),
                if rel_flags.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", rel_flags.join("; "))
                }
            );
            println!("{}", wrap(&rel.reason, 2));
            let all: Vec<&Decision<'_>> = r.claims.iter().chain(rel.claims.iter()).collect();
            if !all.is_empty() {
                println!("claims:");
            }
            for d in all {
                print_claim(&ledger, d.claim, Some(&role_name(d)));
            }
            let other = ledger.other_claims(&s);
            if !other.is_empty() {
                println!("other claims about the pair (deciding neither answer):");
            }
            for c in other {
                print_claim(&ledger, c, None);
            }
            let preds = ledger.predecessor_answers(&s);
            if !preds.is_empty() {
                println!(
                    "{}",
                    wrap(
                        &format!(
                            "predecessors of {} (their acts are not carried over to {}):",
                            x.id, x.id
                        ),
                        0
                    )
                );
            }
            for p in preds {
                let name = ledger.actor(&p.actor).map_or("", |a| a.name.as_str());
                println!(
                    "{}",
                    wrap(
                        &format!(
                            "{} ({name}) as of {}: {}{}",
                            p.actor,
                            p.as_of,
                            p.recognition.status.as_str(),
                            if p.recognition.certain {
                                ""
                            } else {
                                " (uncertain)"
                            }
                        ),
                        2
                    )
                );
                println!("{}", wrap(&p.recognition.reason, 4));
                for d in &p.recognition.claims {
                    print_claim(&ledger, d.claim, Some(&role_name(d)));
                }
            }
            Ok(())
        }
    }
}

/// The CSV columns `sources` (the deciding claims' source ids, `;`-separated) and `source_urls`
/// (the same sources' URLs in the same order, space-separated — a URL holds no space; a source
/// cited without one gives an empty place), so that a spreadsheet row can be checked without
/// the ledger (review 9).
fn source_columns(ledger: &Ledger, claims: &[Decision<'_>]) -> (String, String) {
    let cited: Vec<&str> = claims
        .iter()
        .flat_map(|d| d.claim.sources.iter().map(|s| s.source.as_str()))
        .collect();
    let urls: Vec<&str> = cited
        .iter()
        .map(|id| {
            ledger
                .source(id)
                .and_then(|x| x.url.as_deref())
                .unwrap_or("")
        })
        .collect();
    (cited.join(";"), urls.join(" "))
}

/// One part of `status --format csv`: its name, status, certain, inferred, claims and reason.
type CsvPart<'a, 'c> = (String, &'a str, bool, bool, &'a [Decision<'c>], String);

/// `--among`: a group id or name (default `un`); `all` for every state and entity.
fn among(a: &Option<String>) -> Option<&str> {
    match a.as_deref() {
        None => Some("un"),
        Some(g) if g.eq_ignore_ascii_case("all") => None,
        Some(g) => Some(g),
    }
}

/// `s` cut to `n` characters, the last one `…` when cut (tables that must fit 80 columns).
pub(crate) fn short(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

pub fn recognitions(ctx: &Ctx, a: &RecognitionsArgs) -> Result<()> {
    let store = ctx.store()?;
    let ledger = scoped(store.ledger()?, a.min_grade.as_deref())?;
    let b = ledger.resolve(&a.b)?;
    let day = as_of(ctx, &a.as_of)?;
    let policy: Policy = a.policy.parse()?;
    let group = among(&a.among)
        .map(|g| ledger.group(g).map(|g| g.id.clone()))
        .transpose()?;
    let r = ledger.recognitions(&b.id, day, group.as_deref(), policy, ctx.today)?;
    let counts = r.counts();
    match ctx.format {
        Format::Json => print_json(&cj::recognitions(&ledger, &r)),
        Format::Csv => {
            let mut w = csv_out();
            w.write_record([
                "actor",
                "name",
                "counted_as",
                "status",
                "certain",
                "inferred",
                "since",
                "last_change",
                "disputed",
                "weak_sources",
                "policy",
                "as_of",
                "among",
                "sources",
                "dates_disagree",
                "source_urls",
                "seat_held_by",
                "member_certain",
                "since_note",
            ])?;
            let disputed: Vec<&str> = r.disputed.iter().map(|e| e.actor.id.as_str()).collect();
            for e in r.counted() {
                let st = &e.status.recognition;
                let (sources, urls) = source_columns(&ledger, &st.claims);
                w.write_record([
                    e.actor.id.as_str(),
                    e.actor.name.as_str(),
                    e.counted_as.as_str(),
                    st.status.as_str(),
                    &st.certain.to_string(),
                    &st.inferred.to_string(),
                    &st.since.map(|d| d.to_string()).unwrap_or_default(),
                    &st.last_change.map(|d| d.to_string()).unwrap_or_default(),
                    &disputed.contains(&e.actor.id.as_str()).to_string(),
                    &st.weak_sources.to_string(),
                    policy.as_str(),
                    &day.to_string(),
                    &r.among,
                    &sources,
                    &st.dates_disagree.to_string(),
                    &urls,
                    e.seat_held_by.map_or("", |a| a.id.as_str()),
                    // Whether the state's membership of `among` on the day is certain (review
                    // 15: the table and JSON said "not certain for 19 of the 19", the CSV not).
                    &e.member_certain.to_string(),
                    st.since_note.as_deref().unwrap_or(""),
                ])?;
            }
            w.flush()?;
            Ok(())
        }
        Format::Table => {
            println!(
                "{}",
                wrap(
                    &format!(
                        "Recognition of {} ({}) as of {day}, among {}",
                        b.id, b.name, r.among_description
                    ),
                    0
                )
            );
            println!(
                "{}",
                wrap(
                    &format!("policy {}: {}", policy.as_str(), policy.describe()),
                    0
                )
            );
            // Members whose membership on the day is not certain (a join date known only to
            // the year, or not at all: the Interpol list, the G20's 1999) are counted, and the
            // table says how many, as the JSON does per entry (`member_certain`).
            let unsure: Vec<&str> = r
                .counted()
                .filter(|e| !e.member_certain)
                .map(|e| e.actor.id.as_str())
                .collect();
            if !unsure.is_empty() {
                println!(
                    "{}",
                    wrap(
                        &format!(
                            "{} for {} of the {} counted ({}): {}",
                            if r.among == "all" {
                                format!("existence on {day} not shown by the data")
                            } else {
                                format!("membership on {day} not certain")
                            },
                            unsure.len(),
                            counts.total,
                            if r.among == "all" {
                                "no beginning date in the actor table, or one known only to \
                                 the year or month, and no UN membership, declaration or dated \
                                 claim about it by that day"
                            } else {
                                "a join or end date known only to the year or month, or unknown"
                            },
                            if unsure.len() > 12 {
                                format!("{} …", unsure[..12].join(", "))
                            } else {
                                unsure.join(", ")
                            }
                        ),
                        0
                    )
                );
            }
            // Every note the JSON carries (`comity::json::count_notes`): an entity that had
            // ceased to exist by the day (its "not recognising" are no refusals), and a day on
            // which nobody is counted (review 14: the table printed the first, not the second,
            // so a total of 0 read as "nobody recognises it").
            for note in cj::count_notes(&ledger, &r).1 {
                println!("{}", wrap(&format!("note: {note}"), 0));
            }
            let mut used_sources: BTreeMap<String, String> = BTreeMap::new();
            let mut disagreements = 0;
            let mut not_own = 0;
            println!();
            println!("recognising ({}):", counts.recognising);
            if r.recognising.is_empty() {
                println!("  (none)");
            }
            for e in &r.recognising {
                let st = &e.status.recognition;
                // The source of the date shown first (Senegal: the MFA list's 19 Feb, not the
                // Wikipedia revision that gives the 18th), then the act's other sources.
                let mut acts: Vec<&comity::Decision<'_>> = st
                    .claims
                    .iter()
                    .filter(|d| d.role == comity::Role::Recognition)
                    .collect();
                acts.sort_by_key(|d| Some(d.claim.date) != st.since);
                let src: Vec<String> = acts
                    .iter()
                    .flat_map(|d| d.claim.sources.iter().map(|s| s.source.clone()))
                    .collect();
                for s in &src {
                    if let Some(x) = ledger.source(s) {
                        used_sources.insert(
                            s.clone(),
                            x.url.clone().unwrap_or_else(|| x.citation.clone()),
                        );
                    }
                }
                let mut since = st.since.map_or("(undated)".to_string(), |d| d.to_string());
                if st.dates_disagree {
                    since.push('*');
                    disagreements += 1;
                }
                if st.since_note.is_some() {
                    since.push('†');
                    not_own += 1;
                }
                let line = format!(
                    "  {:<4} {:<24} {:<13} {}",
                    e.actor.id,
                    short(&e.actor.name, 24),
                    since,
                    if st.inferred {
                        "inferred, not claimed".to_string()
                    } else {
                        src.first().cloned().unwrap_or_default()
                    }
                );
                println!("{}", short(&line, WIDTH));
            }
            if disagreements > 0 {
                println!(
                    "{}",
                    wrap(
                        &format!("  * sources disagree on the date ({disagreements}): the date shown is the earliest of the most confident accounts, with its source; `comity status STATE {}` gives every date with its source", b.id),
                        2
                    )
                );
            }
            if not_own > 0 {
                println!(
                    "{}",
                    wrap(
                        &format!("  † dated before the state existed ({not_own}): a predecessor's act, or one its source lists under a state that did not yet exist; `comity status STATE {}` says which", b.id),
                        2
                    )
                );
            }
            println!("not recognising ({}):", counts.not_recognising);
            print_names(&r.not_recognising);
            println!(
                "withdrawn, suspended or disputed ({}), each in the total the policy says:",
                counts.disputed
            );
            if r.disputed.is_empty() {
                println!("  (none)");
            }
            for e in &r.disputed {
                let st = &e.status.recognition;
                let line = format!(
                    "{} {} — {}; withdrawal or suspension claimed by {}{}{}",
                    e.actor.id,
                    st.status.as_str(),
                    counted_words(e.counted_as),
                    st.withdrawal_claimed_by.join(", "),
                    if st.denied_by.is_empty() {
                        String::new()
                    } else {
                        format!("; denied by {}", st.denied_by.join(", "))
                    },
                    if st.confirmed_by_state {
                        "; confirmed by the state"
                    } else {
                        ""
                    },
                );
                println!("{}", wrap(&line, 2));
            }
            if !r.uncertain.is_empty() {
                println!(
                    "uncertain on this date ({}), in neither total:",
                    counts.uncertain
                );
                for e in &r.uncertain {
                    println!(
                        "{}",
                        wrap(
                            &format!("{}: {}", e.actor.id, e.status.recognition.reason),
                            2
                        )
                    );
                }
            }
            if !r.not_recorded.is_empty() {
                println!(
                    "not recorded ({}): the ledger holds no claim, in neither total:",
                    counts.not_recorded
                );
                print_names(&r.not_recorded);
            }
            println!();
            println!(
                "{}",
                wrap(
                    &format!(
                        "total (policy {}): {} recognising, {} not recognising, {} uncertain, {} not recorded, of {} counted{}",
                        policy.as_str(),
                        counts.recognising,
                        counts.not_recognising,
                        counts.uncertain,
                        counts.not_recorded,
                        counts.total,
                        if r.not_counted.is_empty() {
                            String::new()
                        } else {
                            format!(
                                " (not counted, not states: {})",
                                r.not_counted.iter().map(|a| a.id.as_str()).collect::<Vec<_>>().join(", ")
                            )
                        }
                    ),
                    0
                )
            );
            if !r.successors_left_out.is_empty() {
                println!(
                    "{}",
                    wrap(
                        &format!(
                            "left out, a predecessor existing that day (nothing in the data \
                             dates their own beginning, or their seat was the predecessor's; \
                             --among un counts the seats of the day): {}",
                            r.successors_left_out
                                .iter()
                                .map(|a| a.id.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                        0
                    )
                );
            }
            // A member answered by the predecessor that held its seat (review 11: Serbia's row
            // said "withdrawn" in 2004 where `status SRB ESH` says no claim of Serbia's own).
            let seats: Vec<String> = r
                .counted()
                .filter_map(|e| {
                    e.seat_held_by
                        .map(|p| format!("{} by {} ({})", e.actor.id, p.id, p.name))
                })
                .collect();
            if !seats.is_empty() {
                println!(
                    "{}",
                    wrap(
                        &format!(
                            "answered by the predecessor that held the seat on the day (the \
                             member has no claim of its own; `comity status` answers for the \
                             member alone): {}",
                            seats.join(", ")
                        ),
                        0
                    )
                );
            }
            let others: Vec<String> = Policy::ALL
                .into_iter()
                .filter(|p| *p != policy)
                .map(|p| format!("{} {}", p.as_str(), r.recognising_under(p)))
                .collect();
            println!(
                "{}",
                wrap(
                    &format!(
                        "recognising under the other policies: {}",
                        others.join(", ")
                    ),
                    0
                )
            );
            if !used_sources.is_empty() {
                println!("sources of the recognitions:");
                for (id, url) in &used_sources {
                    println!("{}", wrap(&format!("[{id}] {url}"), 2));
                }
            }
            Ok(())
        }
    }
}

fn counted_words(c: Counted) -> &'static str {
    match c {
        Counted::Recognising => "counted recognising",
        Counted::NotRecognising => "counted not recognising",
        Counted::Uncertain => "uncertain, in neither total",
        Counted::NotRecorded => "not recorded, in neither total",
    }
}

/// Actors as `ID Name` in three columns.
/// The grid of a count's entries; an inference (not a claim about the pair) is marked `*`
/// and its reasons, the same for many entries, are printed once with the number they cover.
fn print_names(v: &[CountEntry<'_>]) {
    if v.is_empty() {
        println!("  (none)");
        return;
    }
    let cells: Vec<String> = v
        .iter()
        .map(|e| {
            let id = if e.status.recognition.inferred {
                format!("{}*", e.actor.id)
            } else {
                e.actor.id.clone()
            };
            format!("{id:<4} {}", short(&e.actor.name, 19))
        })
        .collect();
    for row in cells.chunks(3) {
        let line: Vec<String> = row.iter().map(|c| format!("{c:<26}")).collect();
        println!("  {}", line.join("").trim_end());
    }
    // One line per distinct reason, the entry's own id written as "X" (a reason only one
    // entry has is printed as it is).
    let mut reasons: BTreeMap<String, (usize, &str)> = BTreeMap::new();
    for e in v.iter().filter(|e| e.status.recognition.inferred) {
        let reason = e.status.recognition.reason.as_str();
        let generic = reason.split(&e.actor.id).collect::<Vec<_>>().join("X");
        reasons.entry(generic).or_insert((0, reason)).0 += 1;
    }
    for (generic, (n, one)) in reasons {
        println!(
            "{}",
            wrap(
                &format!(
                    "* inferred, not claimed ({n}): {}",
                    if n == 1 { one } else { &generic }
                ),
                2
            )
        );
    }
}

pub fn timeline(ctx: &Ctx, a: &TimelineArgs) -> Result<()> {
    let store = ctx.store()?;
    let ledger = store.ledger()?;
    let x = ledger.resolve(&a.a)?;
    let y = a.b.as_deref().map(|b| ledger.resolve(b)).transpose()?;
    if let Some(y) = y {
        Ledger::check_distinct(x, y)?;
    }
    let claims = ledger.timeline(&x.id, y.map(|y| y.id.as_str()));
    match ctx.format {
        Format::Json => print_json(&cj::timeline(
            &ledger,
            &x.id,
            y.map(|y| y.id.as_str()),
            &claims,
        )),
        Format::Csv => {
            let mut w = csv_out();
            w.write_record([
                "date",
                "precision",
                "bound",
                "id",
                "subject",
                "predicate",
                "object",
                "claimant",
                "negated",
                "status",
                "grades",
                "sources",
                "same_sentence_as",
                "date_note",
            ])?;
            let first_of = cj::same_sentence_as(&claims);
            for c in &claims {
                w.write_record([
                    c.date.to_string(),
                    c.date.precision().as_str().to_string(),
                    c.date.bound().as_str().to_string(),
                    c.id.clone(),
                    c.subject.clone(),
                    c.predicate.to_string(),
                    c.object.clone(),
                    c.claimant.clone(),
                    c.negated.to_string(),
                    c.status.as_str().to_string(),
                    cj::grades(&ledger, c).join(";"),
                    cite(&ledger, c).join(" ; "),
                    first_of
                        .get(c.id.as_str())
                        .map_or(String::new(), |f| f.to_string()),
                    // As the table's `date:` line (review 22: the CSV dropped it).
                    ledger.date_note(c).unwrap_or_default(),
                ])?;
            }
            w.flush()?;
            Ok(())
        }
        Format::Table => {
            // The same sentence read from several copies of one text is one row here, with the
            // other documents named under it (JSON and CSV keep a row per claim).
            let groups = comity::same_sentence_groups(&claims);
            let distinct = if groups.len() < claims.len() {
                format!(" ({} distinct)", groups.len())
            } else {
                String::new()
            };
            let title = match y {
                Some(y) => format!(
                    "Timeline of {} ({}) and {} ({}): {} claims{distinct}",
                    x.id,
                    x.name,
                    y.id,
                    y.name,
                    claims.len()
                ),
                None => format!(
                    "Timeline of {} ({}): {} claims{distinct}",
                    x.id,
                    x.name,
                    claims.len()
                ),
            };
            println!("{}", wrap(&title, 0));
            for g in groups {
                print_claim(&ledger, g[0], None);
                if g.len() > 1 {
                    let others: Vec<&str> = g[1..].iter().map(|c| c.id.as_str()).collect();
                    println!(
                        "{}",
                        wrap(
                            &format!(
                                "the same sentence, claim and date also in: {}",
                                others.join(", ")
                            ),
                            16
                        )
                    );
                }
            }
            Ok(())
        }
    }
}

/// The latest dated recognition-family claim about `entity` on or before `day`.
pub fn entities(ctx: &Ctx, a: &EntitiesArgs) -> Result<()> {
    let store = ctx.store()?;
    let ledger = scoped(store.ledger()?, a.min_grade.as_deref())?;
    let day = as_of(ctx, &a.as_of)?;
    let policy: Policy = a.policy.parse()?;
    // A day after today is said to be one (review 14): `json::entities` adds the note to the
    // document (the API's `/entities/overview` too), and the table prints it.
    let overview = cj::entities(&ledger, day, policy, ctx.today)?;
    let rows: Vec<Value> = overview["entities"].as_array().cloned().unwrap_or_default();
    let future = comity::notes::after_today(day, ctx.today);
    match ctx.format {
        Format::Json => print_json(&overview),
        Format::Csv => {
            if let Some(n) = &future {
                eprintln!("note: {n}");
            }
            crate::output::print_flat_csv(&rows)
        }
        Format::Table => {
            println!(
                "{}",
                wrap(
                    &format!(
                        "Partially recognised and disputed entities as of {day}: recognising UN members \
                         (policy {})",
                        policy.as_str()
                    ),
                    0
                )
            );
            if let Some(n) = &future {
                println!("{}", wrap(&format!("note: {n}"), 0));
            }
            // Every count the JSON has (review 14: "not recorded" was dropped: `XTR 0` where
            // the JSON says 192 UN members have no claim about Transnistria).
            println!(
                "{:<4} {:<18} {:>5} {:>5} {:>5} {:>5} {:>5}  last change",
                "id", "name", "recog", "uncer", "disp", "susp", "n.rec"
            );
            for r in &rows {
                let name = r["name"].as_str().unwrap_or("");
                let last = match (&r["ceased"], &r["last_change"]) {
                    (Value::String(d), _) => format!("ceased {d}"),
                    // The act in words (an id cut to fit the column could not be looked up).
                    (_, Value::Object(m)) => format!(
                        "{} {} {}{}",
                        m.get("date").and_then(Value::as_str).unwrap_or("(undated)"),
                        m.get("subject").and_then(Value::as_str).unwrap_or(""),
                        match m.get("predicate").and_then(Value::as_str).unwrap_or("") {
                            "withdraws-recognition" => "withdraws",
                            "suspends-recognition" => "suspends",
                            p => p,
                        },
                        // Review 16: the JSON's status said "disputed", the table not (a
                        // mark, explained below: the words would not fit 80 columns).
                        if m.get("status").and_then(Value::as_str) == Some("disputed") {
                            "?"
                        } else {
                            ""
                        }
                    ),
                    _ => String::new(),
                };
                let line = format!(
                    "{:<4} {:<18} {:>5} {:>5} {:>5} {:>5} {:>5}  {}",
                    r["id"].as_str().unwrap_or(""),
                    short(name, 18),
                    r["recognising_un_members"].to_string(),
                    r["uncertain"].to_string(),
                    r["disputed"].to_string(),
                    r["suspended"].to_string(),
                    r["not_recorded"].to_string(),
                    last
                );
                println!("{}", short(&line, WIDTH));
            }
            println!(
                "{}",
                wrap(
                    "recog: counted recognising; uncer: uncertain on the day (in neither total); \
                     disp: a withdrawal claimed and disputed; susp: suspended; n.rec: not \
                     recorded, no counted claim (in neither total: no answer, not \"no\"). The \
                     last change is \
                     the latest act surely by the day (marked ? when it is disputed: claimed, not \
                     confirmed by the state); `--format json` gives its claim id and sources.",
                    0
                )
            );
            Ok(())
        }
    }
}

pub fn recognised_by(ctx: &Ctx, a: &RecognisedByArgs) -> Result<()> {
    let store = ctx.store()?;
    let ledger = scoped(store.ledger()?, a.min_grade.as_deref())?;
    let x = ledger.resolve(&a.state)?;
    Ledger::check_party(x)?;
    let day = as_of(ctx, &a.as_of)?;
    let rows = cj::recognised_by_rows(&ledger, &x.id, day, ctx.today);
    match ctx.format {
        Format::Json => print_json(&cj::recognised_by(&ledger, &x.id, day, &rows)),
        Format::Csv => {
            let mut w = csv_out();
            w.write_record([
                "state",
                "entity",
                "as_of",
                "status",
                "certain",
                "inferred",
                "since",
                "last_change",
                "dates_disagree",
                "weak_sources",
                "claimants",
                "sources",
                "source_urls",
            ])?;
            for (e, s) in &rows {
                let r = &s.recognition;
                let claimants: Vec<String> =
                    r.claims.iter().map(|d| d.claim.claimant.clone()).collect();
                let (sources, urls) = source_columns(&ledger, &r.claims);
                w.write_record([
                    x.id.as_str(),
                    e.id.as_str(),
                    &day.to_string(),
                    r.status.as_str(),
                    &r.certain.to_string(),
                    &r.inferred.to_string(),
                    &r.since.map(|d| d.to_string()).unwrap_or_default(),
                    // A withdrawal's or a cessation's day (review 13: "withdrawn" beside only
                    // the recognition's `since` read as "withdrawn since 2011-05").
                    &r.last_change.map(|d| d.to_string()).unwrap_or_default(),
                    // Review 15: Senegal's two dates (2008-02-18, 2008-02-19) were said in the
                    // table and in `recognitions --format csv`, not here.
                    &r.dates_disagree.to_string(),
                    &r.weak_sources.to_string(),
                    &claimants.join(";"),
                    &sources,
                    &urls,
                ])?;
            }
            w.flush()?;
            Ok(())
        }
        Format::Table => {
            println!(
                "{}",
                wrap(
                    &format!("What {} ({}) recognises, as of {day}", x.id, x.name),
                    0
                )
            );
            for (e, s) in &rows {
                let r = &s.recognition;
                println!(
                    "{:<4} {:<22} {}{}",
                    e.id,
                    short(&e.name, 22),
                    r.status.as_str(),
                    // "not recorded" is no answer on any day: no uncertainty flag (as the
                    // page and `status` show it); an inference says so.
                    match (
                        r.certain || r.status == comity::Recognition::NotRecorded,
                        r.inferred
                    ) {
                        (true, false) => "",
                        (true, true) => " (inferred, not claimed)",
                        (false, false) => " (uncertain)",
                        (false, true) => " (uncertain; inferred, not claimed)",
                    }
                );
                println!("{}", wrap(&r.reason, 5));
                let deciding: Vec<&Decision<'_>> = r
                    .claims
                    .iter()
                    .filter(|d| !matches!(d.role, comity::Role::Later | comity::Role::Earlier))
                    .collect();
                // Every deciding claim with its claimant and first source: a disputed pair
                // shows both sides (the recognition, the withdrawal, the denial), not only the
                // first one found.
                for d in &deciding {
                    let cites = cite(&ledger, d.claim);
                    println!(
                        "{}",
                        wrap(
                            &format!(
                                "{} ({}), according to {}: {}",
                                cj::claim_text(d.claim),
                                serde_json::to_value(d.role)
                                    .ok()
                                    .and_then(|v| v.as_str().map(str::to_string))
                                    .unwrap_or_default(),
                                d.claim.claimant,
                                cites.first().cloned().unwrap_or_default()
                            ),
                            5
                        )
                    );
                }
            }
            Ok(())
        }
    }
}
