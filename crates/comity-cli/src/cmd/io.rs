//! `comity import` and `comity export`.

use std::io::Write;

use anyhow::{Context, Result};
use serde_json::json;

use super::Ctx;
use crate::cli::{ExportArgs, ExportWhat, Format, ImportArgs};
use crate::output::{print_json, write_claims_csv, write_sources_csv};

pub fn import(ctx: &Ctx, a: &ImportArgs) -> Result<()> {
    let mut sources = Vec::new();
    let mut claims = Vec::new();
    let mut inline = Vec::new();
    let mut texts: Vec<(String, String)> = Vec::new();
    for path in &a.files {
        let io = |source| comity::Error::Io {
            path: path.display().to_string(),
            source,
        };
        let size = std::fs::metadata(path).map_err(io)?.len();
        if size > comity::MAX_IMPORT_BYTES {
            return Err(comity::Error::Invalid(format!(
                "{}: {size} bytes is over the import limit of {} bytes (256 MiB); split the file (nothing was written)",
                path.display(),
                comity::MAX_IMPORT_BYTES
            ))
            .into());
        }
        let bytes = std::fs::read(path).map_err(io)?;
        let name = path.display().to_string();
        let text = String::from_utf8(bytes).map_err(|e| {
            // Where the first invalid byte is: its line, and its column in characters.
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let line = valid.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
            let start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            let column = String::from_utf8_lossy(&valid[start..]).chars().count() as u64 + 1;
            comity::Error::Import {
                file: name.clone(),
                line,
                column,
                field: "(file)".into(),
                reason: format!(
                    "not UTF-8 text (byte {} of the file); expected a UTF-8 CSV or JSON file",
                    e.utf8_error().valid_up_to()
                ),
            }
        })?;
        let (s, c, i) = comity::parse_import_checked(&name, &text)?;
        sources.extend(s);
        claims.extend(c);
        inline.extend(i);
        texts.push((name, text));
    }
    let mut store = ctx.store()?;
    let report = store
        .check_inline_sources(&inline)
        .and_then(|()| store.import(&sources, &claims))
        .map_err(|e| match e {
            comity::Error::ImportRecord {
                kind,
                id,
                field,
                reason,
            } => match texts.iter().find_map(|(file, text)| {
                comity::locate_import_record(file, text, &id, field).map(|at| (file.clone(), at))
            }) {
                Some((file, (line, column))) => comity::Error::Import {
                    file,
                    line,
                    column,
                    field: field.to_string(),
                    reason: format!("{kind} {id}: {reason} (nothing was written)"),
                },
                None => comity::Error::ImportRecord {
                    kind,
                    id,
                    field,
                    reason,
                },
            },
            e => e,
        })?;
    match ctx.format {
        Format::Json => print_json(&json!(report)),
        _ => {
            println!(
                "imported {} claims and {} sources in one transaction",
                report.claims, report.sources
            );
            Ok(())
        }
    }
}

pub fn export(ctx: &Ctx, a: &ExportArgs) -> Result<()> {
    let store = ctx.store()?;
    let ds = store.dataset()?;
    let mut buf: Vec<u8> = Vec::new();
    match (ctx.format, a.what) {
        (fmt, ExportWhat::Wikidata) => {
            let ledger = comity::Ledger::new(ds)?;
            let rows = wikidata_rows(&ledger, ctx.today);
            if fmt == Format::Json {
                let v: Vec<serde_json::Value> = rows
                    .iter()
                    .map(|r| {
                        WIKIDATA_COLUMNS
                            .iter()
                            .zip(r)
                            .map(|(k, v)| (k.to_string(), json!(v)))
                            .collect::<serde_json::Map<_, _>>()
                            .into()
                    })
                    .collect();
                serde_json::to_writer_pretty(&mut buf, &v)?;
                buf.push(b'\n');
            } else {
                let mut w = csv::Writer::from_writer(&mut buf);
                w.write_record(WIKIDATA_COLUMNS)?;
                for r in &rows {
                    w.write_record(r)?;
                }
                w.flush()?;
            }
        }
        (Format::Json, ExportWhat::Sources) => {
            let sources: Vec<serde_json::Value> =
                ds.sources.iter().map(comity::json::source).collect();
            serde_json::to_writer_pretty(&mut buf, &json!({"sources": sources}))?;
            buf.push(b'\n');
        }
        (Format::Json, _) => {
            // The one documented shape (comity::json), which `comity import` reads back.
            let ledger = comity::Ledger::new(ds)?;
            let sources: Vec<serde_json::Value> = ledger
                .dataset()
                .sources
                .iter()
                .map(comity::json::source)
                .collect();
            let claims: Vec<serde_json::Value> = ledger
                .claims()
                .iter()
                .map(|c| comity::json::claim(&ledger, c))
                .collect();
            serde_json::to_writer_pretty(&mut buf, &json!({"sources": sources, "claims": claims}))?;
            buf.push(b'\n');
        }
        (_, ExportWhat::Claims) => {
            write_claims_csv(&mut csv::Writer::from_writer(&mut buf), &ds.claims)?;
        }
        (_, ExportWhat::Sources) => {
            write_sources_csv(&mut csv::Writer::from_writer(&mut buf), &ds.sources)?;
        }
    }
    match &a.output {
        Some(p) => std::fs::write(p, &buf).with_context(|| format!("writing {}", p.display()))?,
        None => std::io::stdout().lock().write_all(&buf)?,
    }
    Ok(())
}

/// The columns of `export --what wikidata` (README "Exports").
const WIKIDATA_COLUMNS: [&str; 19] = [
    "subject",
    "subject_wikidata",
    "object",
    "object_wikidata",
    "property",
    "statement",
    "start",
    "end",
    "point_in_time",
    "precision",
    "bound",
    "rank",
    "disputed_by",
    "caveat",
    "claimant",
    "reference_url",
    "reference_citation",
    "claim",
    "note",
];

/// Recognition and relations claims as rows an editor can check against Wikidata: one row per
/// claim (never a flattened statement), with the Wikidata ids of both sides, the property it
/// bears on (P530 "diplomatic relation" for relations; "recognition" has no Wikidata property,
/// so it is named as such), its date in the column of the qualifier it would be (start time
/// P580, end time P582, point in time P585 — a reaffirmation, a stated position or a denial
/// never moves a start), Wikidata's precision code (11 day, 10 month, 9 year) and, for a bound,
/// the qualifier it needs (latest date P1326, earliest date P1319). The rank says what Wikidata's
/// ranks say: `deprecated` only for a claim the state itself denies or the status engine holds
/// refuted (a state's own later word against an act attributed to it); a claim disputed by others
/// stays `normal` with `disputed_by` (P1310) naming them; a denial is no statement of its own
/// (`none`); an unconfirmed claim says so in `caveat`, never by a rank. The ledger's note and
/// the source's citation go with every row.
fn wikidata_rows(ledger: &comity::Ledger, today: jiff::civil::Date) -> Vec<Vec<String>> {
    use comity::Predicate as P;
    let qid = |id: &str| {
        ledger
            .actor(id)
            .and_then(|a| a.wikidata.clone())
            .unwrap_or_default()
    };
    let accepted: Vec<&comity::Claim> = ledger
        .claims()
        .iter()
        .filter(|c| c.status == comity::ClaimStatus::Accepted && !ledger.is_superseded(&c.id))
        .collect();
    // Claims the status engine holds refuted today (a state's own later word against a
    // recognition attributed to it: JAM.recognises.1, rejected by Jamaica's minister).
    let mut refuted: std::collections::HashSet<&str> = std::collections::HashSet::new();
    // Withdrawals and suspensions the status engine holds disputed today (claimed by the
    // rival alone, or not confirmed by the state), and the claims it counts in an act.
    let mut disputed: std::collections::HashMap<&str, String> = std::collections::HashMap::new();
    let mut counted: std::collections::HashSet<&str> = std::collections::HashSet::new();
    let mut pairs: Vec<(&str, &str)> = accepted
        .iter()
        .filter(|c| c.predicate.is_recognition())
        .map(|c| (c.subject.as_str(), c.object.as_str()))
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    for (a, b) in pairs {
        let st = ledger.status(a, b, today, today);
        refuted.extend(
            st.recognition
                .claims
                .iter()
                .filter(|d| d.role == comity::Role::Refuted)
                .map(|d| d.claim.id.as_str()),
        );
        for d in &st.recognition.claims {
            let acted = matches!(
                d.role,
                comity::Role::Withdrawal | comity::Role::Suspension | comity::Role::Recognition
            );
            if acted {
                counted.insert(d.claim.id.as_str());
            }
            if st.recognition.status == comity::Recognition::Disputed
                && matches!(d.role, comity::Role::Withdrawal | comity::Role::Suspension)
            {
                disputed.insert(d.claim.id.as_str(), st.recognition.reason.clone());
            }
        }
    }
    let mut rows = Vec::new();
    for c in &accepted {
        let d = c.date.to_string();
        let (property, statement, start, end, point) = match c.predicate {
            P::Recognises => ("", "recognition", d, String::new(), String::new()),
            P::ReaffirmsRecognition => (
                "",
                "recognition (reaffirmed)",
                String::new(),
                String::new(),
                d,
            ),
            P::WithdrawsRecognition => ("", "recognition", String::new(), d, String::new()),
            P::SuspendsRecognition => (
                "",
                "recognition (suspended)",
                String::new(),
                d,
                String::new(),
            ),
            P::DoesNotRecognise => (
                "",
                "no recognition (stated position)",
                String::new(),
                String::new(),
                d,
            ),
            P::RelationsEstablished => (
                "P530",
                "diplomatic relation",
                d,
                String::new(),
                String::new(),
            ),
            P::RelationsSevered => (
                "P530",
                "diplomatic relation",
                String::new(),
                d,
                String::new(),
            ),
            _ => continue,
        };
        let (statement, start, end, point) = if c.negated {
            // A denial is evidence against the claim it denies, not a statement to add.
            let blank = String::new();
            let date = [start, end, point]
                .into_iter()
                .find(|x| !x.is_empty())
                .unwrap_or_default();
            (
                format!("denial: {} {} {}", c.subject, c.predicate, c.object),
                blank.clone(),
                blank,
                date,
            )
        } else {
            (statement.to_string(), start, end, point)
        };
        let deniers: Vec<&str> = accepted
            .iter()
            .filter(|x| {
                x.negated
                    && !c.negated
                    && x.subject == c.subject
                    && x.predicate == c.predicate
                    && x.object == c.object
                    && x.date.compatible(&c.date)
            })
            .map(|x| x.claimant.as_str())
            .collect();
        let rank = if c.negated {
            "none"
        } else if deniers.contains(&c.subject.as_str()) || refuted.contains(c.id.as_str()) {
            "deprecated"
        } else {
            "normal"
        };
        let mut disputed_by: Vec<&str> = deniers.clone();
        disputed_by.sort_unstable();
        disputed_by.dedup();
        let caveat = if let Some(why) = disputed.get(c.id.as_str()) {
            format!("disputed in the ledger today: {why}")
        } else if c.is_unconfirmed() && counted.contains(c.id.as_str()) {
            // A low-confidence account of an act that other claims confirm (Serbia's word on
            // Togo's withdrawal, confirmed by Togo's FM): the act counts, this account is weak.
            "low-confidence account of an act the ledger counts on other claims".to_string()
        } else if c.is_unconfirmed() {
            "unconfirmed: below the ledger's confirmation threshold; not counted".to_string()
        } else {
            String::new()
        };
        let precision = match c.date.precision() {
            comity::Precision::Day => "11",
            comity::Precision::Month => "10",
            comity::Precision::Year => "9",
            comity::Precision::Unknown => "",
        };
        let bound = match c.date.bound() {
            comity::Bound::Exact => "",
            comity::Bound::OnOrBefore => "latest date (P1326): on or before the date",
            comity::Bound::OnOrAfter => "earliest date (P1319): on or after the date",
        };
        let sources = ledger.sources_of(c);
        let url = sources
            .iter()
            .find_map(|s| s.url.clone())
            .unwrap_or_default();
        let citation = sources
            .iter()
            .map(|s| s.citation.as_str())
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(" ; ");
        // A row an editor cannot check from a link says so (Wikipedia dates "as reported in"
        // the shared notes, revision not retrieved).
        let caveat = if url.is_empty() && !c.negated {
            let no_url =
                "no reference URL: the source is cited without one; check it before adding";
            if caveat.is_empty() {
                no_url.to_string()
            } else {
                format!("{caveat}; {no_url}")
            }
        } else {
            caveat
        };
        let note = if c.note.is_empty() {
            comity::json::claim_text(c)
        } else {
            format!("{} — {}", comity::json::claim_text(c), c.note)
        };
        rows.push(vec![
            c.subject.clone(),
            qid(&c.subject),
            c.object.clone(),
            qid(&c.object),
            property.to_string(),
            statement,
            start,
            end,
            point,
            precision.to_string(),
            bound.to_string(),
            rank.to_string(),
            disputed_by.join(";"),
            caveat,
            c.claimant.clone(),
            url,
            citation,
            c.id.clone(),
            note,
        ]);
    }
    rows
}
