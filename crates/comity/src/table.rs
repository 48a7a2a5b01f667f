//! Reading CSV tables with errors that say file, line, column and what was expected.
//!
//! Every table comity reads — the shipped `data/*.csv` and the files a user
//! imports — goes through [`Table`], so a bad row is always reported the same
//! way: `claims.csv:12:34: field `date`: invalid date "2015-02-30" …`.

use std::str::FromStr;

use crate::date::Date;
use crate::error::{Error, Result};

/// A parsed CSV table with a header.
pub(crate) struct Table<'a> {
    file: String,
    text: &'a str,
    headers: Vec<String>,
    records: Vec<(csv::StringRecord, csv::Position)>,
}

/// One data row of a [`Table`].
pub(crate) struct Row<'t, 'a> {
    table: &'t Table<'a>,
    record: &'t csv::StringRecord,
    pos: &'t csv::Position,
}

impl<'a> Table<'a> {
    /// Parses `text`, checking that every `required` header is present.
    pub(crate) fn parse(file: &str, text: &'a str, required: &[&str]) -> Result<Table<'a>> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        // The csv reader takes a quote left open at the end of the file as running to the end
        // (a truncated file would import a note that swallowed the rows after it).
        if let Some((line, column)) = unterminated_quote(text) {
            return Err(Error::Import {
                file: file.to_string(),
                line,
                column,
                field: "(row)".to_string(),
                reason: "a quoted field opened here is never closed; expected a closing `\"` (is the file truncated?)".to_string(),
            });
        }
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(true)
            .flexible(false)
            .from_reader(text.as_bytes());
        let headers: Vec<String> = rdr
            .headers()
            .map_err(|e| csv_error(file, e))?
            .iter()
            .map(|h| h.trim().to_string())
            .collect();
        for r in required {
            if !headers.iter().any(|h| h == r) {
                return Err(Error::Import {
                    file: file.to_string(),
                    line: 1,
                    column: 1,
                    field: (*r).to_string(),
                    reason: format!(
                        "missing column; the header must contain: {}",
                        required.join(",")
                    ),
                });
            }
        }
        let mut records = Vec::new();
        for rec in rdr.records() {
            let rec = rec.map_err(|e| csv_error(file, e))?;
            let pos = rec.position().cloned().unwrap_or_else(csv::Position::new);
            records.push((rec, pos));
        }
        Ok(Table {
            file: file.to_string(),
            text,
            headers,
            records,
        })
    }

    /// Refuses a header column outside `known` (review 15: a claims file with `precision`
    /// and `confidance` columns imported with both silently ignored, its day-precise date and
    /// default confidence standing in for what the file meant). `hint` says how to write what
    /// such a column may have meant.
    pub(crate) fn refuse_unknown_columns(&self, known: &[&str], hint: &str) -> Result<()> {
        match self
            .headers
            .iter()
            .enumerate()
            .find(|(_, h)| !known.contains(&h.as_str()))
        {
            None => Ok(()),
            Some((i, h)) => Err(Error::Import {
                file: self.file.clone(),
                line: 1,
                column: field_column(self.text, 0, i),
                field: h.clone(),
                reason: format!(
                    "unknown column {h:?}; expected only: {}{hint}",
                    known.join(",")
                ),
            }),
        }
    }

    /// The data rows.
    pub(crate) fn rows(&self) -> impl Iterator<Item = Row<'_, 'a>> {
        self.records.iter().map(move |(record, pos)| Row {
            table: self,
            record,
            pos,
        })
    }
}

fn csv_error(file: &str, e: csv::Error) -> Error {
    let (line, reason) = match e.kind() {
        csv::ErrorKind::UnequalLengths {
            pos,
            expected_len,
            len,
        } => (
            pos.as_ref().map_or(0, |p| p.line()),
            format!("the row has {len} fields, expected {expected_len} like the header"),
        ),
        csv::ErrorKind::Utf8 { pos, err } => (
            pos.as_ref().map_or(0, |p| p.line()),
            format!("invalid UTF-8 ({err}); expected UTF-8 text"),
        ),
        _ => (e.position().map_or(0, |p| p.line()), e.to_string()),
    };
    Error::Import {
        file: file.to_string(),
        line,
        column: 1,
        field: "(row)".into(),
        reason,
    }
}

impl Row<'_, '_> {
    /// 1-based line of the row.
    pub(crate) fn line(&self) -> u64 {
        self.pos.line()
    }

    fn index(&self, field: &str) -> Option<usize> {
        self.table.headers.iter().position(|h| h == field)
    }

    /// The trimmed value of `field`, or "" when the column is absent.
    pub(crate) fn get(&self, field: &str) -> &str {
        self.index(field)
            .and_then(|i| self.record.get(i))
            .map_or("", str::trim)
    }

    /// The value of `field`, or an error when it is empty.
    pub(crate) fn required(&self, field: &str) -> Result<&str> {
        let v = self.get(field);
        if v.is_empty() {
            Err(self.error(field, "must not be empty"))
        } else {
            Ok(v)
        }
    }

    /// `|`-separated list.
    pub(crate) fn list(&self, field: &str) -> Vec<String> {
        split_list(self.get(field), '|')
    }

    /// Parses `field` with `FromStr`, where the error text says what was expected.
    pub(crate) fn parse<T: FromStr<Err = String>>(&self, field: &str) -> Result<T> {
        let v = self.get(field);
        v.parse()
            .map_err(|expected| self.error(field, &format!("got {v:?}, expected {expected}")))
    }

    /// A [`Date`] (blank = unknown).
    pub(crate) fn date(&self, field: &str) -> Result<Date> {
        self.get(field)
            .parse::<Date>()
            .map_err(|e| self.error(field, &e.to_string()))
    }

    /// The 1-based line and character column where `field` starts in this row.
    pub(crate) fn at(&self, field: &str) -> (u64, u64) {
        let column = self.index(field).map_or(1, |i| {
            field_column(self.table.text, self.pos.byte() as usize, i)
        });
        (self.pos.line(), column)
    }

    /// An error located at the start of `field` in this row.
    pub(crate) fn error(&self, field: &str, reason: &str) -> Error {
        let (line, column) = self.at(field);
        Error::Import {
            file: self.table.file.clone(),
            line,
            column,
            field: field.to_string(),
            reason: reason.to_string(),
        }
    }
}

/// Splits a `sep`-separated list, trimming items and dropping empty ones.
pub(crate) fn split_list(s: &str, sep: char) -> Vec<String> {
    s.split(sep)
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

/// Where a quoted field opens that is still open at the end of `text` (1-based line and column,
/// in characters), if any. A doubled quote inside a quoted field toggles twice and cancels out.
fn unterminated_quote(text: &str) -> Option<(u64, u64)> {
    let (mut line, mut column) = (1u64, 0u64);
    let mut open: Option<(u64, u64)> = None;
    for ch in text.chars() {
        column += 1;
        if ch == '"' {
            open = match open {
                Some(_) => None,
                None => Some((line, column)),
            };
        } else if ch == '\n' {
            line += 1;
            column = 0;
        }
    }
    open
}

/// 1-based character column where field `index` starts in the record that
/// starts at byte `start` of `text`.
fn field_column(text: &str, start: usize, index: usize) -> u64 {
    let Some(rest) = text.get(start..) else {
        return 1;
    };
    let mut field = 0;
    let mut in_quotes = false;
    for (col, ch) in rest.chars().enumerate() {
        if field == index {
            return col as u64 + 1;
        }
        match ch {
            '"' => in_quotes = !in_quotes,
            ',' if !in_quotes => field += 1,
            '\n' if !in_quotes => break,
            _ => {}
        }
    }
    1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_of_quoted_fields() {
        let text = "a,b,c\n\"x,y\",2,3\n";
        let t = Table::parse("t.csv", text, &["a", "b", "c"]).unwrap();
        let row = t.rows().next().unwrap();
        match row.error("c", "bad") {
            Error::Import { line, column, .. } => {
                assert_eq!(line, 2);
                // `"x,y",2,` is 8 characters, so c starts at column 9.
                assert_eq!(column, 9);
            }
            e => panic!("{e}"),
        }
    }

    #[test]
    fn unequal_row_is_located() {
        let text = "a,b\n1,2\n1,2,3\n";
        let e = Table::parse("t.csv", text, &["a"]).err().unwrap();
        assert!(e.to_string().starts_with("t.csv:3:1:"), "{e}");
    }

    #[test]
    fn a_quote_left_open_is_located_not_swallowed() {
        // Written for this test: a truncated file whose last note never closes its quote; the
        // reader alone would take the note to the end of the file.
        let text = "a,b\n1,\"ok \"\"quoted\"\" text\"\n2,\"unterminated\n3,x\n";
        let e = Table::parse("t.csv", text, &["a", "b"]).err().unwrap();
        assert!(e.to_string().starts_with("t.csv:3:3:"), "{e}");
        // Balanced quotes, doubled quotes included, parse.
        let text = "a,b\n1,\"ok \"\"quoted\"\" text\"\n";
        assert!(Table::parse("t.csv", text, &["a", "b"]).is_ok());
    }

    #[test]
    fn missing_header_is_named() {
        let e = Table::parse("t.csv", "a\n1\n", &["a", "date"])
            .err()
            .unwrap();
        assert!(e.to_string().contains("`date`"), "{e}");
    }
}
