//! Reviews 14 and 15 (read-only truth reviews, 2026-12-07, seventh session): each test builds the smallest ledger that
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

#[test]
fn a_withdrawal_claimed_below_the_threshold_confirms_nothing() {
    // Review 14. data/claims.csv OMN.withdraws-recognition.1: 2011-09, claimant media,
    // confidence 0.3 ("Claim (unnamed source) that Oman said it 'never recognized'");
    // shared/data/kosovo/SOURCES.md section 2 calls it a claim in the Blic newspaper. It is
    // not a confirmed withdrawal: the pair is disputed, not withdrawn, and the default policy
    // does not subtract it.
    let l = crate::ledger();
    let s = l.status("OMN", "XKX", day("2011-09-15"), today());
    assert_eq!(
        s.recognition.status,
        Recognition::Disputed,
        "{}",
        s.recognition.reason
    );
    assert!(
        s.recognition.reason.contains("unconfirmed"),
        "{}",
        s.recognition.reason
    );
    let r = l
        .recognitions(
            "XKX",
            day("2011-09-15"),
            None,
            comity::Policy::CONFIRMED,
            today(),
        )
        .unwrap();
    assert!(
        !r.not_recognising.iter().any(|e| e.actor.id == "OMN"),
        "Oman subtracted on a 0.3 claim"
    );
}
