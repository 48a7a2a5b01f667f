//! Shared printing: claims as JSON objects, text wrapped to 80 columns, CSV.

use std::io::Write;

use anyhow::Result;
use comity::{Claim, Ledger};
use serde_json::Value;

/// Width of table output.
pub const WIDTH: usize = 80;

/// A claim as the documented JSON object (the library's one shape).
pub fn claim_json(ledger: &Ledger, c: &Claim) -> Value {
    comity::json::claim(ledger, c)
}

/// Prints pretty JSON with a trailing newline.
pub fn print_json(v: &Value) -> Result<()> {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, v)?;
    writeln!(out)?;
    Ok(())
}

/// A CSV writer on standard output.
pub fn csv_out() -> csv::Writer<std::io::Stdout> {
    csv::Writer::from_writer(std::io::stdout())
}

/// `text` wrapped to [`WIDTH`] columns, every line indented by `indent` spaces.
pub fn wrap(text: &str, indent: usize) -> String {
    let width = WIDTH.saturating_sub(indent).max(20);
    let pad = " ".repeat(indent);
    let mut lines = Vec::new();
    let mut line = String::new();
    // A word longer than a line (a URL) is cut into pieces that fit.
    let pieces = text.split_whitespace().flat_map(|w| {
        let chars: Vec<char> = w.chars().collect();
        chars
            .chunks(width)
            .map(|c| c.iter().collect::<String>())
            .collect::<Vec<_>>()
    });
    for word in pieces {
        let word = word.as_str();
        let wlen = word.chars().count();
        let llen = line.chars().count();
        if llen > 0 && llen + 1 + wlen > width {
            lines.push(format!("{pad}{line}"));
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(format!("{pad}{line}"));
    }
    lines.join("\n")
}

/// One-line citations for a claim's sources (the library's).
pub fn cite(ledger: &Ledger, c: &Claim) -> Vec<String> {
    comity::json::cite(ledger, c)
}

/// Writes claims as CSV in the format `comity import` reads (the data/claims.csv
/// columns plus `status` and `supersedes`).
pub fn write_claims_csv<'a, W: Write>(
    w: &mut csv::Writer<W>,
    claims: impl IntoIterator<Item = &'a Claim>,
) -> Result<()> {
    // The columns an import reads (and refuses any other).
    w.write_record(comity::CLAIM_COLUMNS)?;
    for c in claims {
        let sources: Vec<&str> = c.sources.iter().map(|s| s.source.as_str()).collect();
        w.write_record([
            c.id.as_str(),
            c.subject.as_str(),
            c.predicate.as_str(),
            c.object.as_str(),
            &c.date.to_string(),
            c.claimant.as_str(),
            &c.negated.to_string(),
            &c.confidence.to_string(),
            &sources.join(";"),
            c.note.as_str(),
            c.status.as_str(),
            c.supersedes.as_deref().unwrap_or(""),
        ])?;
    }
    w.flush()?;
    Ok(())
}

/// Writes sources as CSV in the data/sources.csv format.
pub fn write_sources_csv<'a, W: Write>(
    w: &mut csv::Writer<W>,
    sources: impl IntoIterator<Item = &'a comity::Source>,
) -> Result<()> {
    w.write_record(["id", "url", "citation", "published", "grade", "note"])?;
    for s in sources {
        w.write_record([
            s.id.as_str(),
            s.url.as_deref().unwrap_or(""),
            s.citation.as_str(),
            &s.published.to_string(),
            s.grade.map_or("", |g| g.as_str()),
            s.note.as_str(),
        ])?;
    }
    w.flush()?;
    Ok(())
}

/// Prints JSON objects as CSV rows: nested objects become dotted columns, arrays
/// are joined with `;`, the header is the union of keys in first-seen order.
pub fn print_flat_csv(rows: &[Value]) -> Result<()> {
    fn flatten(prefix: &str, v: &Value, out: &mut Vec<(String, String)>) {
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    let key = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}.{k}")
                    };
                    flatten(&key, x, out);
                }
            }
            Value::Array(a) => {
                let parts: Vec<String> = a
                    .iter()
                    .map(|x| match x {
                        Value::String(s) => s.clone(),
                        other => other.to_string(),
                    })
                    .collect();
                out.push((prefix.to_string(), parts.join(";")));
            }
            Value::String(s) => out.push((prefix.to_string(), s.clone())),
            Value::Null => out.push((prefix.to_string(), String::new())),
            other => out.push((prefix.to_string(), other.to_string())),
        }
    }
    let flat: Vec<Vec<(String, String)>> = rows
        .iter()
        .map(|r| {
            let mut out = Vec::new();
            flatten("", r, &mut out);
            out
        })
        .collect();
    let mut header: Vec<String> = Vec::new();
    for row in &flat {
        for (k, _) in row {
            if !header.contains(k) {
                header.push(k.clone());
            }
        }
    }
    // A null where other rows have an object ("last_change": null beside {"claim", …}) is those
    // columns left empty, not a column of its own that is always empty (review 9).
    let dotted: Vec<String> = header.iter().map(|h| format!("{h}.")).collect();
    let header: Vec<String> = header
        .iter()
        .zip(&dotted)
        .filter(|(_, d)| !header.iter().any(|k| k.starts_with(d.as_str())))
        .map(|(h, _)| h.clone())
        .collect();
    let mut w = csv_out();
    w.write_record(&header)?;
    for row in &flat {
        let rec: Vec<&str> = header
            .iter()
            .map(|h| {
                row.iter()
                    .find(|(k, _)| k == h)
                    .map_or("", |(_, v)| v.as_str())
            })
            .collect();
        w.write_record(&rec)?;
    }
    w.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_cuts_long_words() {
        let url = format!("https://example.org/{}", "a".repeat(200));
        let w = wrap(&url, 12);
        assert!(w.lines().all(|l| l.chars().count() <= WIDTH), "{w}");
        assert_eq!(w.split_whitespace().collect::<String>(), url);
    }

    #[test]
    fn wrap_fits_80_columns() {
        let t = "word ".repeat(100);
        for l in wrap(&t, 4).lines() {
            assert!(l.chars().count() <= WIDTH);
            assert!(l.starts_with("    "));
        }
    }
}
