//! Ninth session (2026-12-07): dates that cannot be right. Each test builds the shipped tables plus
//! rows written for the test, whose meaning is plain, and names the source of what it expects.

use comity::{parse_import, Recognition, Role, Store};

use crate::{day, today};

const HEAD: &str = "id,subject,predicate,object,date,claimant,confidence,sources,status\n";

#[test]
fn a_recognition_dated_before_the_entity_existed_is_shown_and_not_read() {
    // data/claims.csv XKX.declares-independence.1: Kosovo declared independence on 2008-02-17
    // (the seeds: "Kosovo declared its independence from Serbia on 17 February 2008"). A row
    // dated 1900-01-01 (a spreadsheet's empty date) said Spain "recognised Kosovo (1900-01-01)
    // and withdrew" today, while as of 2000 the same claim was not even listed.
    let rows = format!("{HEAD}t1,ESP,recognises,XKX,1900-01-01,ESP,0.9,Se434f9b0,accepted\n");
    let (s, c) = parse_import("t.csv", &rows).unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let report = store.import(&s, &c).unwrap();
    assert_eq!(report.warnings.len(), 1, "{:?}", report.warnings);
    assert!(
        report.warnings[0].contains("t1") && report.warnings[0].contains("2008-02-17"),
        "{}",
        report.warnings[0]
    );
    let l = store.ledger().unwrap();
    let st = l.status("ESP", "XKX", today(), today());
    // Spain's own statement of 2008-02-18 (data/claims.csv ESP.does-not-recognise.1) decides.
    assert_eq!(st.recognition.status, Recognition::NotRecognised);
    assert!(st.recognition.since.is_none());
    let t1 = st
        .recognition
        .claims
        .iter()
        .find(|d| d.claim.id == "t1")
        .expect("the impossible claim is shown");
    assert_eq!(t1.role, Role::PredatesEntity);
    assert!(
        st.recognition.reason.contains("not read"),
        "{}",
        st.recognition.reason
    );
}

#[test]
fn a_date_that_may_be_on_the_first_day_is_read() {
    // Near miss: a month-dated recognition in the month of the declaration (February 2008) may
    // be on or after 2008-02-17: it is read (uncertain before the month ends), never dropped.
    let rows = format!("{HEAD}t2,NOR,recognises,XKX,2008-02,NOR,0.9,Se434f9b0,accepted\n");
    let (s, c) = parse_import("t.csv", &rows).unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let report = store.import(&s, &c).unwrap();
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    let l = store.ledger().unwrap();
    let st = l.status("NOR", "XKX", day("2009-01-01"), today());
    assert!(st
        .recognition
        .claims
        .iter()
        .all(|d| d.role != Role::PredatesEntity));
}

#[test]
fn a_state_listed_for_an_act_before_it_existed_keeps_the_act_with_a_note() {
    // data/actors.csv: Namibia (NAM) begins on 1990-03-21 and has no predecessor (its row cites
    // sahistory.org.za); data/claims.csv NAM.recognises.PSE.1 dates Namibia's recognition of
    // Palestine 1988-11-19 (SWAPO's act, listed under the state by the source). The act is read
    // as the source lists it; the answer says the date is before the state existed.
    let l = crate::ledger();
    let st = l.status("NAM", "PSE", today(), today());
    assert_eq!(st.recognition.status, Recognition::Recognised);
    assert!(
        st.recognition
            .reason
            .contains("before NAM existed (1990-03-21)"),
        "{}",
        st.recognition.reason
    );
    // An import of such a row is warned of, and read.
    let rows = format!("{HEAD}t3,NAM,recognises,ESH,1985,NAM,0.9,Se434f9b0,accepted\n");
    let (s, c) = parse_import("t.csv", &rows).unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let report = store.import(&s, &c).unwrap();
    assert_eq!(report.warnings.len(), 1, "{:?}", report.warnings);
    assert!(
        report.warnings[0].contains("NAM existed only from 1990-03-21"),
        "{}",
        report.warnings[0]
    );
    let l = store.ledger().unwrap();
    let st = l.status("NAM", "ESH", day("1991-01-01"), today());
    assert!(st
        .recognition
        .claims
        .iter()
        .any(|d| d.claim.id == "t3" && d.role != Role::PredatesEntity));
}
