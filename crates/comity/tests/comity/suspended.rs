//! A suspension of diplomatic relations is not a severance (eighth session): the shipped
//! tables had six suspensions written `relations-severed` (Peru 1996 and 2023, Kenya 2006,
//! Paraguay 2014, Panama 2024, Ghana 2025, all with the SADR), so `comity status PER ESH`
//! said "severed" where the sources say "suspended" and the Peruvian MFA (2021) says the
//! recognition itself was not withdrawn.

use comity::{parse_import, Ledger, Recognition, Relations, Role, Store};

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
fn peru_suspended_relations_with_the_sadr_in_1996_and_kept_its_recognition() {
    // shared/data/sadr/recognitions.csv, Peru, "suspended", 1996-10: "suspended relations"
    // (PBS), "recognition itself not withdrawn, per Peruvian MFA 2021". Peru recognised the
    // SADR on 1984-08-16 (the same file). On 2000-01-01: relations suspended since October
    // 1996 (a month, kept as a month), recognition standing.
    let l = crate::ledger();
    let s = l.status("PER", "ESH", day("2000-01-01"), today());
    assert_eq!(
        s.relations.status,
        Relations::Suspended,
        "{}",
        s.relations.reason
    );
    assert_eq!(s.relations.status.as_str(), "suspended");
    assert_eq!(
        s.relations.since.map(|d| d.to_string()).as_deref(),
        Some("1996-10")
    );
    assert!(
        s.relations.reason.contains("suspended"),
        "{}",
        s.relations.reason
    );
    assert!(
        !s.relations.reason.contains("severed"),
        "{}",
        s.relations.reason
    );
    assert!(s.relations.claims.iter().any(
        |d| d.role == Role::RelationsSuspended && d.claim.id == "PER.relations-suspended.ESH.1"
    ));
    assert_eq!(
        s.recognition.status,
        Recognition::Recognised,
        "{}",
        s.recognition.reason
    );
    // The 2022-08-18 communique broke relations (same file: "withdrawing recognition and
    // breaking relations"), a severance; on 2023-09-08 Peru suspended them again (same file:
    // "suspension of diplomatic relations").
    let s = l.status("PER", "ESH", day("2023-01-01"), today());
    assert_eq!(
        s.relations.status,
        Relations::Severed,
        "{}",
        s.relations.reason
    );
    let s = l.status("PER", "ESH", day("2024-01-01"), today());
    assert_eq!(
        s.relations.status,
        Relations::Suspended,
        "{}",
        s.relations.reason
    );
    assert_eq!(
        s.relations.since.map(|d| d.to_string()).as_deref(),
        Some("2023-09-08")
    );
}

#[test]
fn a_restoration_ends_a_suspension_and_one_act_called_two_names_says_so() {
    // Rows written for the test: Norway and the SADR have no relations claim in the shipped
    // tables. Established 2001-05-02, suspended 2003-07-01, restored 2005-09-09.
    let rows = "a,NOR,relations-established,ESH,2001-05-02,NOR,0.9,Se434f9b0,accepted\n\
                b,NOR,relations-suspended,ESH,2003-07-01,NOR,0.9,Se434f9b0,accepted\n\
                c,NOR,relations-established,ESH,2005-09-09,NOR,0.9,Se434f9b0,accepted\n";
    let l = with_rows(rows);
    let on = |d: &str| l.status("NOR", "ESH", day(d), today()).relations;
    assert_eq!(on("2002-01-01").status, Relations::Established);
    let r = on("2004-01-01");
    assert_eq!(r.status, Relations::Suspended, "{}", r.reason);
    assert_eq!(
        r.since.map(|d| d.to_string()).as_deref(),
        Some("2003-07-01")
    );
    let r = on("2006-01-01");
    assert_eq!(r.status, Relations::Established, "{}", r.reason);
    assert_eq!(
        r.since.map(|d| d.to_string()).as_deref(),
        Some("2005-09-09")
    );
    // A newspaper calls the 2003 act a severance, dated to its month: one act with two names
    // (the state's own word is the latest account and is shown), and the other is said.
    let rows2 = format!("{rows}d,NOR,relations-severed,ESH,2003-07,media,0.9,Se434f9b0,accepted\n");
    let l = with_rows(&rows2);
    let r = l.status("NOR", "ESH", day("2004-01-01"), today()).relations;
    assert!(
        matches!(r.status, Relations::Suspended | Relations::Severed),
        "{}",
        r.reason
    );
    assert!(r.reason.contains("severed and suspended"), "{}", r.reason);
}
