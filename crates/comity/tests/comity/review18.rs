//! Review 18 (read-only truth review, 2026-12-07, eighth session): the Wikidata export, stated
//! positions and their sources. Each test names the source of its expected value.

use comity::{Recognition, Relations};

use crate::today;

#[test]
fn an_undated_withdrawal_is_exported_as_a_withdrawal() {
    // shared/data/sadr/recognitions.csv: "Malawi,MWI,withdrew,," (no date), source afrol.com
    // (data/claims.csv MWI.withdraws-recognition.ESH.1). With no end date to show it, the row
    // looked exactly like an undated recognition.
    let l = crate::ledger();
    let rows = comity::wikidata::rows(&l, today());
    let mwi = rows
        .iter()
        .find(|r| r.claim == "MWI.withdraws-recognition.ESH.1")
        .unwrap();
    assert!(mwi.end.is_empty() && mwi.start.is_empty());
    assert_eq!(mwi.statement, "recognition (withdrawn)");
    for r in rows
        .iter()
        .filter(|r| r.claim.contains(".withdraws-recognition."))
    {
        assert_ne!(r.statement, "recognition", "{}", r.claim);
    }
}

#[test]
fn suspended_relations_are_exported_and_say_what_they_are() {
    // shared/data/sadr/recognitions.csv: "Ghana,GHA,suspended,2025-01-06" (a communique
    // suspending diplomatic relations): `status GHA ESH` says relations suspended; the export
    // had no row for it (README: one row per recognition or relations claim).
    let l = crate::ledger();
    assert_eq!(
        l.status("GHA", "ESH", today(), today()).relations.status,
        Relations::Suspended
    );
    let rows = comity::wikidata::rows(&l, today());
    let gha = rows
        .iter()
        .find(|r| r.claim == "GHA.relations-suspended.ESH.1")
        .expect("Ghana's suspension is exported");
    assert_eq!(gha.property, "P530");
    assert_eq!(gha.end, "2025-01-06");
    assert!(gha.caveat.contains("suspension"), "{}", gha.caveat);
}

#[test]
fn evidence_that_is_no_statement_is_no_stated_position() {
    // shared/data/kosovo/positions.csv: every row "Based on absence from the recognition list";
    // Moldova's evidence is "abstained CoE CM 2023", Vietnam's "Vucic (Aug 2022): Pristina
    // seeking recognition from Vietnam", Bosnia's "divided position)". None is a statement of
    // non-recognition: the pairs are not recorded, not a certain "no".
    let l = crate::ledger();
    for id in ["MDA", "VNM", "BIH"] {
        let st = l.status(id, "XKX", today(), today());
        assert_eq!(
            st.recognition.status,
            Recognition::NotRecorded,
            "{id}: {}",
            st.recognition.reason
        );
    }
    // Venezuela's only source (data/sources.csv Sde262188) "DOES NOT SUPPORT the 2008
    // position": no answer rests on it.
    let st = l.status("VEN", "XKX", today(), today());
    assert_eq!(
        st.recognition.status,
        Recognition::NotRecorded,
        "{}",
        st.recognition.reason
    );
    // Cyprus's position rests on a source that supports it (Serbian Monitor quoting the Cypriot
    // ambassador), not on the page about New Zealand (Sb45f12fe).
    let st = l.status("CYP", "XKX", today(), today());
    assert_eq!(st.recognition.status, Recognition::NotRecognised);
    for d in &st.recognition.claims {
        if d.role == comity::Role::Position {
            assert!(
                d.claim.sources.iter().all(|s| s.source != "Sb45f12fe"),
                "{}",
                d.claim.id
            );
        }
    }
}

#[test]
fn a_position_attributed_by_others_is_exported_as_such() {
    // data/claims.csv GRC.does-not-recognise.1: claimant media (no statement of Greece's own in
    // shared/data/kosovo/positions.csv); `status` says "attributed to it by media", the export
    // said "stated position".
    let l = crate::ledger();
    let rows = comity::wikidata::rows(&l, today());
    let grc = rows
        .iter()
        .find(|r| r.claim == "GRC.does-not-recognise.1")
        .unwrap();
    assert_eq!(
        grc.statement,
        "no recognition (position attributed by others)"
    );
    let esp = rows
        .iter()
        .find(|r| r.claim == "ESP.does-not-recognise.1")
        .unwrap();
    assert_eq!(esp.statement, "no recognition (stated position)");
}

#[test]
fn a_count_says_when_a_complete_list_stops_being_read() {
    // data/dataset.toml: the shipped tables were compiled on 2026-12-02; a list of
    // recognisers stated complete (data/completeness.csv, Somaliland) is read up to that day.
    // On 2026-12-03 the states off it are "not recorded": the count changes on a day nothing
    // happened, and its notes must say why.
    let l = crate::ledger();
    let on = |d: &str| {
        let r = l
            .recognitions(
                "XSL",
                crate::day(d),
                Some("un"),
                comity::Policy::CONFIRMED,
                today(),
            )
            .unwrap();
        comity::json::recognitions(&l, &r)["notes"].to_string()
    };
    let before = on("2026-12-02");
    let after = on("2026-12-03");
    assert!(!before.contains("is read only up to"), "{before}");
    assert!(after.contains("is read only up to 2026-12-02"), "{after}");
}

#[test]
fn namibia_recognises_nothing_before_it_existed() {
    // data/actors.csv NAM: independent from 1990-03-21 (South African History Online, "Namibia
    // gains Independence"; The Baltimore Sun, 21 Mar 1990). The Palestine table dates its
    // recognition 1988-11-19 (SWAPO's act): in 1989 no state of Namibia counted.
    let l = crate::ledger();
    let r = l
        .recognitions(
            "PSE",
            crate::day("1989-06-01"),
            None,
            comity::Policy::CONFIRMED,
            today(),
        )
        .unwrap();
    assert!(!r.recognising.iter().any(|e| e.actor.id == "NAM"));
    let st = l.status("NAM", "PSE", crate::day("2000-01-01"), today());
    assert_eq!(
        st.recognition.status,
        Recognition::Recognised,
        "{}",
        st.recognition.reason
    );
}

#[test]
fn a_json_import_with_a_byte_order_mark_is_read_and_negated_says_what_it_accepts() {
    // Review 18: a CSV with a UTF-8 BOM imported, the same claims as JSON with a BOM were
    // refused ("expected value at line 1 column 1"); `negated` accepted yes/no/1/0 while its
    // message said "expected true or false". Rows written for the test.
    let json = "\u{feff}{\"claims\": [{\"id\": \"t1\", \"subject\": \"NOR\", \"predicate\": \
                \"recognises\", \"object\": \"ESH\", \"date\": \"2015-06\", \"claimant\": \
                \"NOR\", \"sources\": [\"Se434f9b0\"]}]}";
    let (_, claims) = comity::parse_import("t.json", json).unwrap();
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].date.to_string(), "2015-06");
    let csv = "id,subject,predicate,object,date,claimant,negated,sources\n\
               t2,NOR,recognises,ESH,2015,NOR,True,Se434f9b0\n";
    let e = comity::parse_import("t.csv", csv).unwrap_err().to_string();
    assert!(e.contains("t.csv:2:"), "{e}");
    assert!(e.contains("yes/no, 1/0"), "{e}");
}

#[test]
fn south_yemen_has_its_wikidata_id() {
    // Review 18: the export's South Yemen rows (YMD recognising the SADR) had no subject
    // Wikidata id. The People's Democratic Republic of Yemen is Q199841 on Wikidata.
    let l = crate::ledger();
    let rows = comity::wikidata::rows(&l, today());
    let ymd: Vec<&comity::wikidata::Row> = rows.iter().filter(|r| r.subject == "YMD").collect();
    assert!(!ymd.is_empty());
    assert!(ymd.iter().all(|r| r.subject_wikidata == "Q199841"));
}

#[test]
fn no_fit_without_roll_calls_names_the_missing_import() {
    // Review 18: `comity predict` on a fresh database said "run `comity ideal fit` first",
    // which fails in turn: no roll calls were imported (README: `comity import unvotes DIR`).
    let store = comity::Store::open_in_memory().unwrap();
    let e = store.ideal_fit(None).unwrap_err().to_string();
    assert!(e.contains("run `comity import unvotes DIR`"), "{e}");
    assert!(!e.contains("   "), "{e}");
}
