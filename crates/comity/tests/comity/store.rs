//! The store: first-use loading, imports in one transaction, review.

use comity::{parse_import, ClaimStatus, Store};

const GOOD: &str = "id,subject,predicate,object,date,claimant,sources,note\n\
t1,KEN,reaffirms-recognition,XKX,2025-04,KEN,Se434f9b0,test row\n";

#[test]
fn fresh_database_answers_without_download() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub/dir/c.sqlite");
    let store = Store::open(&path).unwrap();
    assert!(store.ledger().unwrap().claims().len() > 200);
    drop(store);
    // Re-opening does not reload or duplicate.
    let store = Store::open(&path).unwrap();
    let n = store.ledger().unwrap().claims().len();
    assert_eq!(n, comity::Dataset::shipped().unwrap().claims.len());
}

#[test]
fn malformed_import_leaves_the_file_byte_for_byte_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.sqlite");
    drop(Store::open(&path).unwrap());
    let before = std::fs::read(&path).unwrap();
    // Row 3 has a date that does not exist.
    let bad = format!("{GOOD}t2,KEN,recognises,XKX,2025-02-30,KEN,Se434f9b0,bad\n");
    let err = parse_import("bad.csv", &bad).err().unwrap().to_string();
    assert!(err.starts_with("bad.csv:3:"), "{err}");
    assert!(err.contains("`date`"), "{err}");
    // A row that parses but cites an unknown source fails in the store, atomically.
    let dangling = format!("{GOOD}t3,KEN,recognises,XKX,2025-02,KEN,NOPE,bad\n");
    let (s, c) = parse_import("dangling.csv", &dangling).unwrap();
    let mut store = Store::open(&path).unwrap();
    let err = store.import(&s, &c).err().unwrap().to_string();
    assert!(
        err.contains("claim t3: field `sources`: unknown source \"NOPE\""),
        "{err}"
    );
    drop(store);
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing was written");
}

#[test]
fn imported_claims_wait_for_review() {
    let mut store = Store::open_in_memory().unwrap();
    let (s, c) = parse_import("good.csv", GOOD).unwrap();
    assert_eq!(c[0].status, ClaimStatus::Proposed);
    store.import(&s, &c).unwrap();
    let l = store.ledger().unwrap();
    assert_eq!(l.claim("t1").unwrap().status, ClaimStatus::Proposed);
    store
        .set_status(&["t1".into()], ClaimStatus::Accepted)
        .unwrap();
    assert_eq!(
        store.ledger().unwrap().claim("t1").unwrap().status,
        ClaimStatus::Accepted
    );
    // Unknown ids change nothing.
    assert!(store
        .set_status(&["t1".into(), "nope".into()], ClaimStatus::Rejected)
        .is_err());
    assert_eq!(
        store.ledger().unwrap().claim("t1").unwrap().status,
        ClaimStatus::Accepted
    );
    // The same rows again are a no-op (issue 9: re-importing a file changes nothing, and
    // does not undo the review); the same id with other content is refused.
    let again = store.import(&s, &c).unwrap();
    assert_eq!(again.claims, 0);
    assert_eq!(
        store.ledger().unwrap().claim("t1").unwrap().status,
        ClaimStatus::Accepted
    );
    let mut changed = c.clone();
    changed[0].note = "edited".into();
    assert!(store.import(&s, &changed).is_err());
}

#[test]
fn json_export_round_trips() {
    let store = Store::open_in_memory().unwrap();
    let ds = store.dataset().unwrap();
    let json =
        serde_json::to_string(&serde_json::json!({"sources": ds.sources, "claims": ds.claims}))
            .unwrap();
    let (sources, claims) = parse_import("x.json", &json).unwrap();
    assert_eq!(sources, ds.sources);
    assert_eq!(claims, ds.claims);
}

mod round_trip {
    use comity::{Claim, ClaimStatus, Date, Predicate, Span, Store};
    use proptest::prelude::*;

    fn date() -> impl Strategy<Value = Date> {
        (1990i16..2030, 1i8..=12, 1i8..=28, 0u8..4).prop_map(|(y, m, d, p)| match p {
            0 => Date::day(y, m, d).unwrap(),
            1 => Date::month(y, m).unwrap(),
            2 => Date::year(y).unwrap(),
            _ => Date::UNKNOWN,
        })
    }

    // Subjects other than the object: a claim about an actor and itself is refused at import.
    fn claim() -> impl Strategy<Value = Claim> {
        (
            prop::sample::select(vec!["RUS", "SRB", "JPN", "TWN"]),
            prop::sample::select(Predicate::ALL.to_vec()),
            date(),
            prop::sample::select(vec!["XKX", "SRB", "media", "wikipedia"]),
            any::<bool>(),
            0.0f64..=1.0,
            "[ -~À-ž\"',;|\n]{0,40}",
            prop::sample::select(vec![
                ClaimStatus::Proposed,
                ClaimStatus::Accepted,
                ClaimStatus::Rejected,
            ]),
        )
            .prop_map(
                |(subject, predicate, date, claimant, negated, confidence, note, status)| Claim {
                    id: String::new(),
                    subject: subject.to_string(),
                    predicate,
                    object: "XKX".to_string(),
                    date,
                    claimant: claimant.to_string(),
                    negated,
                    sources: vec![Span {
                        source: "Se434f9b0".into(),
                        range: None,
                        text: None,
                    }],
                    status,
                    confidence,
                    note,
                    supersedes: None,
                },
            )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]
        #[test]
        fn imported_claims_read_back_equal(claims in prop::collection::vec(claim(), 1..8)) {
            let claims: Vec<Claim> = claims
                .into_iter()
                .enumerate()
                .map(|(i, mut c)| { c.id = format!("prop-{i}"); c })
                .collect();
            let mut store = Store::open_in_memory().unwrap();
            store.import(&[], &claims).unwrap();
            let l = store.ledger().unwrap();
            for c in &claims {
                prop_assert_eq!(l.claim(&c.id).unwrap(), c);
            }
            // And through the JSON export format.
            let json = serde_json::to_string(&serde_json::json!({"claims": claims})).unwrap();
            let (_, back) = comity::parse_import("x.json", &json).unwrap();
            prop_assert_eq!(back, claims);
        }
    }
}

#[test]
fn a_directory_given_as_the_database_is_named_as_such() {
    // Found in the review of 2026-12-07: `--db /some/dir` said "read-only?".
    let dir = tempfile::tempdir().unwrap();
    let err = Store::open(dir.path()).err().unwrap().to_string();
    assert!(err.contains("is a directory"), "{err}");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing written"
    );
}

#[test]
fn an_import_record_is_located_in_csv_and_json() {
    // Files written for this test: the row of claim t2 and its claimant field.
    let csv = "id,subject,predicate,object,date,claimant,sources\nt1,KEN,recognises,XKX,2025-03-26,KEN,S1\n\"t2\",FRA,recognises,XKX,2008-02-18,Narnia,S1\n";
    // `"t2",FRA,recognises,XKX,2008-02-18,` is 35 characters: the claimant starts at 36.
    assert_eq!(
        comity::locate_import_record("c.csv", csv, "t2", "claimant"),
        Some((3, 36))
    );
    let json = "{\n  \"claims\": [\n    {\n      \"id\": \"t2\",\n      \"claimant\": \"Narnia\"\n    }\n  ]\n}\n";
    assert_eq!(
        comity::locate_import_record("c.json", json, "t2", "claimant"),
        Some((4, 7))
    );
    assert_eq!(comity::locate_import_record("c.csv", csv, "t9", "id"), None);
}

/// Review 4: a hand-edited `bound` or `precision` beside a JSON claim's date was dropped in
/// silence ("2008-02-10" with `"bound": "on-or-before"` became an exact day). They must agree
/// with the date string, and a claim id twice in one file is an error located at the second.
#[test]
fn json_import_refuses_a_bound_or_precision_that_contradicts_the_date() {
    let rec = |id: &str, date: &str, extra: &str| {
        format!(
            r#"{{"id": "{id}", "subject": "KEN", "predicate": "recognises", "object": "XKX", "date": "{date}", "claimant": "KEN"{extra}, "sources": [{{"id": "Se434f9b0"}}]}}"#
        )
    };
    let doc = |recs: &[String]| format!("{{\"claims\": [\n{}\n]}}\n", recs.join(",\n"));
    let err = parse_import(
        "b.json",
        &doc(&[rec("j1", "2008-02-10", r#", "bound": "on-or-before""#)]),
    )
    .err()
    .unwrap()
    .to_string();
    assert!(err.starts_with("b.json:2:2:"), "{err}");
    assert!(err.contains("../DATE"), "{err}");
    let err = parse_import(
        "p.json",
        &doc(&[rec("j1", "2008-02", r#", "precision": "day""#)]),
    )
    .err()
    .unwrap()
    .to_string();
    assert!(
        err.contains("precision month, the record says day"),
        "{err}"
    );
    // Agreeing fields (as the export writes them) are fine.
    let ok = doc(&[rec(
        "j1",
        "../2008-02-10",
        r#", "bound": "on-or-before", "precision": "day""#,
    )]);
    let (_, c) = parse_import("ok.json", &ok).unwrap();
    assert_eq!(c[0].date.bound(), comity::Bound::OnOrBefore);
    let err = parse_import(
        "d.json",
        &doc(&[rec("j1", "2008", ""), rec("j1", "2009", "")]),
    )
    .err()
    .unwrap()
    .to_string();
    assert!(err.starts_with("d.json:3:2:"), "{err}");
    assert!(err.contains("appears twice"), "{err}");
}

/// Code review 5: a claim's inline source copy was compared only with a source record in the same
/// file; one whose record is only in the database (data/sources.csv: Se434f9b0, url
/// https://ina-online.net/sa-shtete-e-kane-njohur-kosoven-brenda-10-viteve-lista/) and whose url
/// was edited was dropped in silence. It is refused now, naming the claim; the copy as exported
/// is accepted.
#[test]
fn an_inline_source_copy_must_agree_with_the_database() {
    let doc = |url: &str| {
        format!(
            r#"{{"claims": [
{{"id": "j9", "subject": "KEN", "predicate": "recognises", "object": "XKX", "date": "2008-02-10", "claimant": "KEN", "sources": [{{"id": "Se434f9b0", "url": "{url}"}}]}}
]}}
"#
        )
    };
    let mut store = Store::open_in_memory().unwrap();
    let (s, c, inline) =
        comity::parse_import_checked("e.json", &doc("https://example.org/edited")).unwrap();
    assert_eq!(inline.len(), 1);
    let err = store
        .check_inline_sources(&inline)
        .err()
        .unwrap()
        .to_string();
    assert!(
        err.contains("j9") && err.contains("differs from its record in the database"),
        "{err}"
    );
    drop((s, c));
    let good = "https://ina-online.net/sa-shtete-e-kane-njohur-kosoven-brenda-10-viteve-lista/";
    let (s, c, inline) = comity::parse_import_checked("g.json", &doc(good)).unwrap();
    store.check_inline_sources(&inline).unwrap();
    store.import(&s, &c).unwrap();
}

/// Review 15: the inline copy's `grade` and `published` were not compared: a copy saying
/// `official` against the record's grade imported in silence. data/sources.csv Se434f9b0 is
/// graded `media` (its row); a copy saying `official` is refused, one saying `media` accepted.
#[test]
fn an_inline_source_copys_grade_must_agree_too() {
    let doc = |grade: &str| {
        format!(
            r#"{{"claims": [
{{"id": "j8", "subject": "KEN", "predicate": "recognises", "object": "XKX", "date": "2008-02-10", "claimant": "KEN", "sources": [{{"id": "Se434f9b0", "grade": "{grade}"}}]}}
]}}
"#
        )
    };
    let store = Store::open_in_memory().unwrap();
    let (_, _, inline) = comity::parse_import_checked("e.json", &doc("official")).unwrap();
    let err = store
        .check_inline_sources(&inline)
        .err()
        .unwrap()
        .to_string();
    assert!(err.contains("j8") && err.contains("(grade)"), "{err}");
    let (_, _, inline) = comity::parse_import_checked("g.json", &doc("media")).unwrap();
    store.check_inline_sources(&inline).unwrap();
}

/// Review 4: the import error says "a correction is a new claim with `supersedes`", but the
/// status engine ignored `supersedes` (the old date stayed, as a dispute). An accepted correction
/// now replaces the claim it names (data/claims.csv: AFG.recognises.1, dated 2008-02-18 by the
/// Kosovo MFA list); one naming no claim is refused.
#[test]
fn an_accepted_correction_replaces_the_claim_it_supersedes() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("c.sqlite")).unwrap();
    let l = store.ledger().unwrap();
    let before = l.status(
        "AFG",
        "XKX",
        jiff::civil::date(2026, 1, 1),
        jiff::civil::date(2026, 1, 1),
    );
    assert_eq!(
        before.recognition.since.map(|d| d.to_string()).as_deref(),
        Some("2008-02-18")
    );
    let fix = "id,subject,predicate,object,date,claimant,sources,note,status,supersedes\n\
               fix1,AFG,recognises,XKX,2008-02-19,XKX,Se434f9b0,corrected day,accepted,AFG.recognises.1\n";
    let (s, c) = parse_import("fix.csv", fix).unwrap();
    store.import(&s, &c).unwrap();
    let l = store.ledger().unwrap();
    assert!(l.is_superseded("AFG.recognises.1"));
    let after = l.status(
        "AFG",
        "XKX",
        jiff::civil::date(2026, 1, 1),
        jiff::civil::date(2026, 1, 1),
    );
    assert_eq!(
        after.recognition.since.map(|d| d.to_string()).as_deref(),
        Some("2008-02-19")
    );
    assert!(!after.recognition.dates_disagree);
    // Under a grade filter that the correction's own source (media) does not pass, the claim it
    // replaces stays out: a filter must not bring a corrected claim back.
    let strong = l.with_min_grade(comity::Grade::Official).unwrap();
    assert!(strong.is_superseded("AFG.recognises.1"));
    // The timeline keeps both, the correction naming what it replaces.
    assert!(l
        .timeline("AFG", Some("XKX"))
        .iter()
        .any(|c| c.id == "AFG.recognises.1"));
    let dangling = "id,subject,predicate,object,date,claimant,sources,note,status,supersedes\n\
                    fix2,AFG,recognises,XKX,2008-02-19,XKX,Se434f9b0,x,accepted,NOSUCH\n";
    let (s, c) = parse_import("dangling.csv", dangling).unwrap();
    let err = store.import(&s, &c).err().unwrap().to_string();
    assert!(err.contains("field `supersedes`"), "{err}");
}

/// Review 5: a correction of a declaration's date was not applied (the first day an entity can
/// be recognised was still read from the superseded claim). data/claims.csv:
/// XKX.declares-independence.1, 2008-02-17; here corrected, for the test, to 2008-03-01.
#[test]
fn a_corrected_declaration_dates_the_entity() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("c.sqlite")).unwrap();
    let fix = "id,subject,predicate,object,date,claimant,sources,note,status,supersedes\n\
               fixdecl,XKX,declares-independence,SRB,2008-03-01,XKX,Se434f9b0,test,accepted,XKX.declares-independence.1\n";
    let (s, c) = parse_import("fix.csv", fix).unwrap();
    store.import(&s, &c).unwrap();
    let l = store.ledger().unwrap();
    assert_eq!(
        l.existence_start("XKX"),
        Some(jiff::civil::date(2008, 3, 1))
    );
}

/// Review 4: a claim's inline source copy (as `comity export --format json` writes it) whose url
/// was edited was imported as "0 claims" with no word: inline fields are not imported. A copy
/// that disagrees with the source's record in the same file is now an error.
#[test]
fn an_edited_inline_source_copy_is_refused() {
    let doc = |inline_url: &str| {
        format!(
            r#"{{"sources": [{{"id": "Snew1", "url": "https://example.org/a", "citation": "a page", "published": null, "grade": null, "note": ""}}],
"claims": [
{{"id": "j1", "subject": "KEN", "predicate": "recognises", "object": "XKX", "date": "2008", "claimant": "KEN", "sources": [{{"id": "Snew1", "url": "{inline_url}", "citation": "a page"}}]}}
]}}"#
        )
    };
    assert!(parse_import("ok.json", &doc("https://example.org/a")).is_ok());
    let err = parse_import("e.json", &doc("https://example.org/edited"))
        .err()
        .unwrap()
        .to_string();
    assert!(err.starts_with("e.json:3:2:"), "{err}");
    assert!(err.contains("inline copy of source Snew1 differs"), "{err}");
}

#[test]
fn an_accepted_claim_against_a_complete_list_is_shown_as_disputed_by_it() {
    // Review 9. data/completeness.csv: S067e4898 states Israel the only UN member recognising
    // Somaliland on 2025-12-26. A claim written for this test — Gabon recognised Somaliland in
    // April 2024 — imported and accepted: the answer keeps the claim and says the list
    // disagrees, and is not certain.
    let mut store = Store::open_in_memory().unwrap();
    let csv = "id,subject,predicate,object,date,claimant,sources,note\n\
               g1,GAB,recognises,XSL,2024-04,GAB,Se434f9b0,written for a test\n";
    let (s, c) = parse_import("gab.csv", csv).unwrap();
    store.import(&s, &c).unwrap();
    store
        .set_status(&["g1".into()], ClaimStatus::Accepted)
        .unwrap();
    let l = store.ledger().unwrap();
    let today = jiff::civil::date(2026, 12, 7);
    let st = l.status("GAB", "XSL", jiff::civil::date(2026, 1, 1), today);
    assert_eq!(st.recognition.status, comity::Recognition::Recognised);
    assert!(!st.recognition.certain, "{}", st.recognition.reason);
    assert!(
        st.recognition.reason.contains("S067e4898"),
        "{}",
        st.recognition.reason
    );
    // Before the list's day the claim stands alone (the list says nothing about 2024-06).
    let st = l.status("GAB", "XSL", jiff::civil::date(2024, 6, 1), today);
    assert!(st.recognition.certain, "{}", st.recognition.reason);
    // A shipped recognition the list was built with is not flagged: Israel, 2025-12-26.
    let st = l.status("ISR", "XSL", jiff::civil::date(2026, 1, 1), today);
    assert!(
        !st.recognition.reason.contains("disagree"),
        "{}",
        st.recognition.reason
    );
}

#[test]
fn a_disputed_withdrawal_does_not_hide_a_recognition_the_list_omits() {
    // Review 13. The same list (S067e4898: Israel alone on 2025-12-26) against claims written
    // for this test: Ghana recognised Somaliland on 2019-05-03 and a document (claimant
    // `document`, ungraded) says it withdrew in 2020. The withdrawal is disputed, so the
    // recognition stands — and the list still disagrees with it: not certain.
    let mut store = Store::open_in_memory().unwrap();
    let json = r#"{"sources": [{"id": "Sdoc1", "url": "https://example.org/doc", "citation": "an ingested page", "published": null, "grade": null, "note": ""}],
"claims": [
{"id": "h1", "subject": "GHA", "predicate": "recognises", "object": "XSL", "date": "2019-05-03", "claimant": "GHA", "sources": [{"id": "Se434f9b0"}]},
{"id": "h2", "subject": "GHA", "predicate": "withdraws-recognition", "object": "XSL", "date": "2020", "claimant": "document", "sources": [{"id": "Sdoc1"}]}
]}"#;
    let (s, c) = parse_import("gha.json", json).unwrap();
    store.import(&s, &c).unwrap();
    store
        .set_status(&["h1".into(), "h2".into()], ClaimStatus::Accepted)
        .unwrap();
    let l = store.ledger().unwrap();
    let today = jiff::civil::date(2026, 12, 7);
    let st = l.status("GHA", "XSL", jiff::civil::date(2026, 1, 1), today);
    assert_eq!(st.recognition.status, comity::Recognition::Disputed);
    assert!(!st.recognition.certain, "{}", st.recognition.reason);
    assert!(
        st.recognition.reason.contains("S067e4898"),
        "{}",
        st.recognition.reason
    );
}

#[test]
fn a_shipped_claim_is_not_reviewed_again() {
    // Review 10: `review reject AFG.recognises.1` (data/claims.csv: the Kosovo MFA list, entry
    // #7) turned a sourced fact into "no claim" in silence. It is refused, and nothing changes —
    // not even the other ids of the same call.
    let mut store = Store::open_in_memory().unwrap();
    let (s, c) = parse_import("good.csv", GOOD).unwrap();
    store.import(&s, &c).unwrap();
    let err = store
        .set_status(
            &["t1".into(), "AFG.recognises.1".into()],
            ClaimStatus::Rejected,
        )
        .unwrap_err()
        .to_string();
    assert!(err.contains("supersedes"), "{err}");
    let l = store.ledger().unwrap();
    assert_eq!(
        l.claim("AFG.recognises.1").unwrap().status,
        ClaimStatus::Accepted
    );
    assert_eq!(l.claim("t1").unwrap().status, ClaimStatus::Proposed);
}
