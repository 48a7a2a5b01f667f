//! Ninth session (2026-12-07): dates that cannot be right. Each test builds the shipped tables plus
//! rows written for the test, whose meaning is plain, and names the source of what it expects.

use comity::{parse_import, Recognition, Role, Store};

use crate::{day, today};

const HEAD: &str = "id,subject,predicate,object,date,claimant,confidence,sources,status\n";

/// The shipped tables plus `rows` (claims CSV rows under [`HEAD`]), and the import's report.
fn import_rows(rows: &str) -> (Store, comity::ImportReport) {
    let (s, c) = parse_import("t.csv", &format!("{HEAD}{rows}")).unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let report = store.import(&s, &c).unwrap();
    (store, report)
}

#[test]
fn a_recognition_dated_before_the_entity_existed_is_shown_and_not_read() {
    // data/claims.csv XKX.declares-independence.1: Kosovo declared independence on 2008-02-17
    // (the seeds: "Kosovo declared its independence from Serbia on 17 February 2008"). A row
    // dated 1900-01-01 (a spreadsheet's empty date) said Spain "recognised Kosovo (1900-01-01)
    // and withdrew" today, while as of 2000 the same claim was not even listed.
    let (store, report) =
        import_rows("t1,ESP,recognises,XKX,1900-01-01,ESP,0.9,Se434f9b0,accepted\n");
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
    let (store, report) = import_rows("t2,NOR,recognises,XKX,2008-02,NOR,0.9,Se434f9b0,accepted\n");
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
    let (store, report) = import_rows("t3,NAM,recognises,ESH,1985,NAM,0.9,Se434f9b0,accepted\n");
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

// Review 19 (read-only truth review, ninth session).

#[test]
fn a_position_stated_later_says_nothing_of_an_earlier_day() {
    // data/claims.csv VUT.does-not-recognise.XSO.1: Vanuatu's stated position of 2013-07-12.
    // No source says anything of 1995 (and Vanuatu recognised Abkhazia in 2011 before stating
    // the opposite: shared/data/abkhazia/recognitions.csv), so 1995 is not recorded, not "no".
    let l = crate::ledger();
    let st = l.status("VUT", "XSO", day("1995-01-01"), today());
    assert_eq!(st.recognition.status, Recognition::NotRecorded);
    assert!(
        st.recognition
            .reason
            .contains("VUT.does-not-recognise.XSO.1"),
        "{}",
        st.recognition.reason
    );
    // On and after the day of the position, it is the state's word.
    let st = l.status("VUT", "XSO", day("2013-07-12"), today());
    assert_eq!(st.recognition.status, Recognition::NotRecognised);
    assert!(st.recognition.certain);
}

#[test]
fn a_lower_bound_of_the_source_is_kept() {
    // shared/data/kosovo/recognitions.csv, Kuwait: "cabinet announced recognition … on a Tuesday
    // after Oman's (Feb 2011)" (AFP via Naharnet, undated). In 2009 it had not recognised; in
    // March 2011 the source cannot say.
    let l = crate::ledger();
    let st = l.status("KWT", "XKX", day("2009-01-01"), today());
    assert_eq!(st.recognition.status, Recognition::NotRecognised);
    let st = l.status("KWT", "XKX", day("2011-03-01"), today());
    assert!(!st.recognition.certain, "{}", st.recognition.reason);
}

#[test]
fn the_relations_date_of_the_moscow_times_stands_beside_the_wikipedia_copy() {
    // shared/data/abkhazia/recognitions.csv, Nauru: the Moscow Times ("on Tuesday", 15 Dec 2009)
    // reports the agreement on diplomatic relations signed in Sukhum; the WP copy gives 14 Dec.
    // On the 14th the relations are not certain.
    let l = crate::ledger();
    let st = l.status("NRU", "XAB", day("2009-12-14"), today());
    assert!(!st.relations.certain, "{}", st.relations.reason);
    let st = l.status("NRU", "XAB", day("2009-12-15"), today());
    assert!(st.relations.certain, "{}", st.relations.reason);
}

#[test]
fn a_month_that_contains_the_day_is_not_called_after_it() {
    // data/claims.csv BGR.recognises.1 (2008-03, Wikinews) and .2 (2008-03-19, wp.pl): on
    // 2008-03-10 the answer said "its recognition is dated 2008-03, after this day".
    let l = crate::ledger();
    let st = l.status("BGR", "XKX", day("2008-03-10"), today());
    assert_eq!(st.recognition.status, Recognition::NotRecognised);
    assert!(
        !st.recognition
            .reason
            .contains("dated 2008-03, after this day"),
        "{}",
        st.recognition.reason
    );
    assert!(st.recognition.reason.contains("2008-03-19"));
}

#[test]
fn a_third_party_never_recognised_is_named_beside_the_recognition() {
    // shared/data/kosovo/SOURCES.md section 4: São Tomé and Príncipe's 2012 resolution was
    // declared invalid by the President, "never recognised" per the WP sandbox
    // (data/claims.csv STP.does-not-recognise.1).
    let l = crate::ledger();
    let st = l.status("STP", "XKX", today(), today());
    assert!(
        st.recognition.reason.contains("STP.does-not-recognise.1"),
        "{}",
        st.recognition.reason
    );
}

// Review 20 (read-only review of this session's changes).

#[test]
fn relations_dated_before_the_entity_existed_are_not_read_either() {
    // Kosovo declared independence on 2008-02-17 (data/claims.csv XKX.declares-independence.1):
    // relations "established 2007-12-01" were read as certain while the import warned that the
    // claim is never read.
    let (store, report) =
        import_rows("t7,CHL,relations-established,XKX,2007-12-01,media,0.9,Se434f9b0,accepted\n");
    assert_eq!(report.warnings.len(), 1, "{:?}", report.warnings);
    let l = store.ledger().unwrap();
    let st = l.status("CHL", "XKX", day("2009-01-01"), today());
    assert_ne!(st.relations.status, comity::Relations::Established);
    assert!(st
        .relations
        .claims
        .iter()
        .any(|d| d.claim.id == "t7" && d.role == Role::PredatesEntity));
}

#[test]
fn a_refutation_dated_after_the_day_says_nothing_of_it() {
    // data/claims.csv CZE.does-not-recognise.PSE.1 (2025-09-22) refutes the claimed 1988 act
    // (CZE.recognises.PSE.1, "CLAIM/DISPUTED"): in 1994 no counted claim says anything, so the
    // pair is not recorded, as a position dated after the day is (it was a certain "no").
    let l = crate::ledger();
    let st = l.status("CZE", "PSE", day("1994-01-01"), today());
    assert_eq!(st.recognition.status, Recognition::NotRecorded);
    assert!(
        st.recognition
            .reason
            .contains("CZE.does-not-recognise.PSE.1"),
        "{}",
        st.recognition.reason
    );
    // From the denial's day on, it is the state's word.
    let st = l.status("CZE", "PSE", day("2025-09-22"), today());
    assert_eq!(st.recognition.status, Recognition::NotRecognised);
}

#[test]
fn a_beginning_known_to_the_year_is_said_to_the_year() {
    // data/actors.csv: Artsakh (XAR) `from` 1991, a year. "existed only from 1991-01-01" was a
    // day the table does not give.
    let (_, report) = import_rows("t5,ARM,recognises,XAR,1990,ARM,0.9,Se434f9b0,accepted\n");
    assert_eq!(report.warnings.len(), 1, "{:?}", report.warnings);
    assert!(
        report.warnings[0].contains("XAR existed only from 1991")
            && !report.warnings[0].contains("1991-01-01"),
        "{}",
        report.warnings[0]
    );
}
