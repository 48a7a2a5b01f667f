//! Test fixture: runs the whole pipeline on a short text with the test gazetteer and returns the
//! claims as compact tuples, so rule tests read like the sentences they test.

use crate::{ingest, Gazetteer, Options};

/// (kind, subject, object, polarity, date) of one claim.
pub(crate) type Key = (String, String, String, Option<String>, Option<String>);

/// The test gazetteer: the crate's fixture actors and the project's office holders.
pub(crate) fn gazetteer() -> Gazetteer {
    let actors = include_str!("../../tests/data/actors.csv");
    // Only the holders of the fixture's actors (the project's table names more actors).
    let ids: Vec<&str> = actors
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').next())
        .collect();
    let holders: String = include_str!("../../../../data/office_holders.csv")
        .lines()
        .enumerate()
        .filter(|(i, l)| *i == 0 || l.split(',').nth(2).is_some_and(|a| ids.contains(&a)))
        .map(|(_, l)| format!("{l}\n"))
        .collect();
    match Gazetteer::from_csv(actors, &holders) {
        Ok(g) => g,
        Err(e) => panic!("fixture gazetteer: {e}"),
    }
}

/// Claims proposed for `text` (a plain-text document).
pub(crate) fn claims(text: &str) -> Vec<Key> {
    let g = gazetteer();
    let r = ingest(&[("t.txt", text.as_bytes())], &g, &Options::default());
    r.claims
        .iter()
        .map(|c| {
            (
                c.kind.as_str().to_string(),
                c.subject.clone(),
                c.object.clone(),
                c.polarity.clone(),
                c.date.map(|d| d.to_string()),
            )
        })
        .collect()
}

/// Claims of one kind as (subject, object, polarity, date) with `&str`s for easy comparison.
pub(crate) fn of_kind(
    text: &str,
    kind: &str,
) -> Vec<(String, String, Option<String>, Option<String>)> {
    claims(text)
        .into_iter()
        .filter(|k| k.0 == kind)
        .map(|k| (k.1, k.2, k.3, k.4))
        .collect()
}

/// (subject, object, polarity) of the statements extracted from `text`.
pub(crate) fn statements(text: &str) -> Vec<(String, String, String)> {
    of_kind(text, "statement")
        .into_iter()
        .map(|(s, o, p, _)| (s, o, p.unwrap_or_default()))
        .collect()
}

/// Asserts that `text` yields the statement (subject, object, polarity).
pub(crate) fn has_statement(text: &str, sub: &str, obj: &str, pol: &str) {
    let got = statements(text);
    assert!(
        got.contains(&(sub.to_string(), obj.to_string(), pol.to_string())),
        "{text}\n expected ({sub}, {obj}, {pol}) in {got:?}"
    );
}
