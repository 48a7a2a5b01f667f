//! The shipped data files, and their agreement with the shared source table.

use comity_rules::{parse_bodies, parse_votes, Error};

use crate::{catalog, recorded};

#[test]
fn shipped_bodies_cover_the_required_ids() {
    let c = catalog();
    for id in [
        "un.sc",
        "un.ga",
        "unesco.eb",
        "unesco.gc",
        "interpol.ga",
        "coe.pace",
        "coe.cm",
        "uefa.congress",
        "fifa.congress",
        "eu.council",
        "nato.council",
    ] {
        let b = c.body(id).unwrap_or_else(|| panic!("missing body {id}"));
        for (kind, r) in &b.rules {
            assert!(
                r.verified || r.note.is_some(),
                "{id}/{kind}: an unverified rule needs a note"
            );
        }
    }
    let un = c.procedure("un.admission").unwrap();
    assert_eq!(un.stages.len(), 2);
    assert_eq!(un.stages[0].body, "un.sc");
}

#[test]
fn bad_toml_reports_line_and_column() {
    let e = parse_bodies("format = 1\n[[body]\nid = \"x\"\n").unwrap_err();
    assert!(matches!(e, Error::Toml { line: 2, .. }), "{e:?}");
    let text = "format = 1\n[[body]]\nid = \"x\"\nname = \"X\"\nroster = { size = 3 }\n\
                [body.rules.a]\n\
                condition = [{ threshold = \"3/2\", base = \"members\", comparison = \"at-least\" }]\n\
                sources = []\nverified = false\n";
    let e = parse_bodies(text).unwrap_err();
    assert!(
        matches!(&e, Error::Toml { line: 7, column, reason, .. } if *column > 1 && reason.contains("0 < num <= den")),
        "{e:?}"
    );
    let e = parse_votes("format = 1\n[[vote]]\nid = \"a\"\nyes = -1\n").unwrap_err();
    assert!(matches!(e, Error::Toml { line: 4, .. }), "{e:?}");
    let dup = "format = 1\n[[body]]\nid = \"x\"\nname = \"X\"\nroster = { size = 3 }\n\
               [body.rules.a]\ncondition = [{ threshold = 1, base = \"members\", comparison = \"at-least\" }]\n\
               sources = []\nverified = false\n";
    let e = parse_bodies(&format!("{dup}{}", dup.replace("format = 1\n", ""))).unwrap_err();
    assert!(
        matches!(&e, Error::Toml { line: 11, reason, .. } if reason.contains("duplicate")),
        "{e:?}"
    );
}

/// Minimal RFC 4180 reader for the shared CSV (quoted fields, doubled quotes).
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut field, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => row.push(std::mem::take(&mut field)),
            ('\n', false) => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            ('\r', false) => {}
            (c, _) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// Every entity folder of the shared data whose `io_events.csv` has recorded votes.
const IO_EVENT_FOLDERS: [&str; 5] = ["kosovo", "palestine", "taiwan", "northern_cyprus", "sadr"];

#[test]
fn recorded_counts_match_io_events_csv() {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut header: Vec<String> = Vec::new();
    for folder in IO_EVENT_FOLDERS {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/data")
            .join(folder)
            .join("io_events.csv");
        let Ok(text) = std::fs::read_to_string(&path) else {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "{} is missing and CI=true",
                path.display()
            );
            eprintln!("notice: {} not found; skipping", path.display());
            return;
        };
        let mut r = csv_rows(&text);
        header = r.remove(0);
        rows.extend(r);
    }
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (date, yes, no, abst) = (
        col("date"),
        col("votes_for"),
        col("votes_against"),
        col("abstentions"),
    );
    let mut checked = 0;
    for v in recorded() {
        // Records that are deliberately not the io_events.csv main counts.
        if v.flags
            .iter()
            .any(|f| f == "first-round" || f == "disputed-count")
        {
            continue;
        }
        let row = rows
            .iter()
            .find(|r| r.len() > abst && r[date] == v.date && r[yes] == v.yes.to_string())
            .unwrap_or_else(|| {
                panic!(
                    "{}: no io_events.csv row with date {} and {} for",
                    v.id, v.date, v.yes
                )
            });
        assert_eq!(row[no], v.no.to_string(), "{}", v.id);
        let a = v.abstain.map(|a| a.to_string()).unwrap_or_default();
        assert_eq!(row[abst], a, "{}", v.id);
        checked += 1;
    }
    // 9 Kosovo votes, 7 Palestine, 1 Taiwan, 2 Northern Cyprus (the AU 2017 record is
    // `disputed-count`: its 9 against are not in the row's votes_against column).
    assert_eq!(checked, 19);
}
