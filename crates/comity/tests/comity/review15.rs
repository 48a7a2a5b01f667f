//! Review 15 (a code-level truth review, 2026-12-07): each test builds the smallest ledger that
//! showed a wrong answer — the shipped tables plus rows written for the test, whose meaning is
//! plain — and checks the answer the rule in the README gives.

use comity::{parse_import, Ledger, Recognition, Store};

use crate::{day, today};

/// The shipped tables plus `rows` (claims CSV rows, accepted), citing shipped source Se434f9b0.
fn with_rows(rows: &str) -> Ledger {
    let text =
        format!("id,subject,predicate,object,date,claimant,confidence,sources,status\n{rows}");
    let (s, c) = parse_import("t.csv", &text).unwrap();
    let mut store = Store::open_in_memory().unwrap();
    store.import(&s, &c).unwrap();
    store.ledger().unwrap()
}

#[test]
fn a_reaffirmation_alone_dates_the_recognition_only_as_a_bound() {
    // README: "a reaffirmation confirms a recognition and never moves its date". Norway and the
    // SADR have no claim in the shipped tables; one row says Norway reaffirmed on 2015-06-10:
    // the recognition came on or before that day, not on it.
    let l = with_rows("r1,NOR,reaffirms-recognition,ESH,2015-06-10,NOR,0.9,Se434f9b0,accepted\n");
    let s = l.status("NOR", "ESH", day("2016-01-01"), today());
    assert_eq!(s.recognition.status, Recognition::Recognised);
    let since = s.recognition.since.map(|d| d.to_string());
    assert_eq!(
        since.as_deref(),
        Some("../2015-06-10"),
        "{}",
        s.recognition.reason
    );
}
