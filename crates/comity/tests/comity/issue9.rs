//! Regression tests for the audit of the Kosovo answers (issue 9), one per item,
//! each with the source of its expected value named beside it.

use comity::{json, Bound, Counted, Policy, Recognition, Role, Timing};

use crate::{day, ledger, today};

#[test]
fn item1_reaffirmations_never_move_the_date() {
    // recognitions.csv: Liberia recognised on 2008-05-30 (b92), Guinea-Bissau on 2011-01-10
    // (RFE/RL); both "re-recognized" in 2018 (the reaffirmation rows).
    let l = ledger();
    let lbr = l.status("LBR", "XKX", day("2010-01-01"), today());
    assert_eq!(lbr.recognition.status, Recognition::Recognised);
    assert!(lbr.recognition.certain, "{}", lbr.recognition.reason);
    assert_eq!(lbr.recognition.since.unwrap().to_string(), "2008-05-30");
    let gnb = l.status("GNB", "XKX", day("2012-01-01"), today());
    assert!(gnb.recognition.certain, "{}", gnb.recognition.reason);
    assert_eq!(gnb.recognition.since.unwrap().to_string(), "2011-01-10");
    // Malawi (2009, "64th UN member" per the fan-site row) was the 64th: 64 lies inside the
    // interval comity gives for 1 Jan 2010 (the undated recognitions are the gap).
    let r = l
        .recognitions(
            "XKX",
            day("2010-01-01"),
            Some("un"),
            Policy::CONFIRMED,
            today(),
        )
        .unwrap();
    let c = r.counts();
    assert!(
        (c.recognising..=c.recognising + c.uncertain).contains(&64),
        "{c:?}"
    );
}

#[test]
fn item2_the_past_does_not_change_with_today() {
    // The same past day asked "today" and in 2030 must give the same answer.
    let l = ledger();
    let asked = |t: &str| {
        let r = l
            .recognitions(
                "XKX",
                day("2026-12-01"),
                Some("un"),
                Policy::CONFIRMED,
                day(t),
            )
            .unwrap();
        (r.counts(), r.uncertain.len())
    };
    assert_eq!(asked("2026-12-02"), asked("2030-01-01"));
}

#[test]
fn item3_counted_as_is_the_total_it_went_into() {
    let l = ledger();
    for p in Policy::ALL {
        let r = l
            .recognitions("XKX", day("2024-06-01"), Some("un"), p, today())
            .unwrap();
        for (bucket, v) in [
            (Counted::Recognising, &r.recognising),
            (Counted::NotRecognising, &r.not_recognising),
            (Counted::Uncertain, &r.uncertain),
            (Counted::NotRecorded, &r.not_recorded),
        ] {
            for e in v {
                assert_eq!(e.counted_as, bucket, "{} {}", p, e.actor.id);
            }
        }
        for e in &r.disputed {
            let v = json::count_entry(&l, e, &p);
            assert_eq!(v["counted_as"], e.counted_as.as_str(), "{p} {}", e.actor.id);
        }
    }
}

#[test]
fn item4_serbia_mfa_applies_serbias_claims_only() {
    // SOURCES.md §2: Oman's withdrawal is a 2011 claim of the Blic newspaper, in none of
    // Serbia's later lists.
    let l = ledger();
    let s = l.status("OMN", "XKX", today(), today());
    assert!(!s
        .recognition
        .withdrawal_claimed_by
        .contains(&"SRB".to_string()));
    assert!(
        Policy::SERBIA_MFA.counts_as_recognising(&s),
        "{}",
        s.recognition.reason
    );
}

#[test]
fn item5_state_confirmed_withdrawals_are_the_four_the_sources_name() {
    // SOURCES.md §2: "The state itself confirmed the withdrawal: Grenada, Palau, Ghana and Togo."
    let l = ledger();
    let r = l
        .recognitions("XKX", today(), Some("un"), Policy::CONFIRMED, today())
        .unwrap();
    let mut confirmed: Vec<&str> = r
        .disputed
        .iter()
        .filter(|e| e.status.recognition.confirmed_by_state)
        .map(|e| e.actor.id.as_str())
        .collect();
    confirmed.sort();
    assert_eq!(confirmed, ["GHA", "GRD", "PLW", "TGO"]);
    let stp = l.status("STP", "XKX", today(), today());
    assert!(!stp.recognition.confirmed_by_state);
    assert_ne!(stp.recognition.status, Recognition::Withdrawn);
}

#[test]
fn item6_by_a_day_is_a_bound() {
    // Vučić named nine withdrawals on 2023-01-04 (SOURCES.md §2): on or before that day.
    let l = ledger();
    for id in [
        "ATG", "BFA", "GAB", "GIN", "LBY", "LCA", "MDV", "SOM", "SWZ",
    ] {
        let c = l
            .claims_between(id, "XKX")
            .into_iter()
            .find(|c| c.predicate == comity::Predicate::WithdrawsRecognition && !c.negated)
            .unwrap_or_else(|| panic!("{id}"));
        assert_eq!(c.date.bound(), Bound::OnOrBefore, "{id}");
        assert_eq!(c.date.to_string(), "../2023-01-04", "{id}");
        let s = l.status(id, "XKX", day("2022-06-01"), today());
        assert!(!s.recognition.certain || s.recognition.status == Recognition::Recognised);
        let w = s
            .recognition
            .claims
            .iter()
            .find(|d| d.claim.id == c.id)
            .unwrap_or_else(|| panic!("{id}: the withdrawal is shown"));
        assert_eq!(w.timing, Timing::Uncertain, "{id}");
    }
}

#[test]
fn item7_a_denial_names_the_denier_first() {
    // Kosovo's MFA denied Suriname's withdrawal, which Serbia claims (recognitions.csv notes).
    let l = ledger();
    let denial = l
        .claims_between("SUR", "XKX")
        .into_iter()
        .find(|c| c.negated)
        .unwrap();
    assert_eq!(
        json::claim_text(denial),
        "XKX denies that SUR withdraws-recognition XKX"
    );
}

#[test]
fn item8_roles_and_reasons_are_true() {
    // The USA recognised on 2008-02-18 (recognitions.csv): on the 17th that claim is simply
    // later, not a competing date.
    let l = ledger();
    let usa = l.status("USA", "XKX", day("2008-02-17"), today());
    assert!(usa
        .recognition
        .claims
        .iter()
        .all(|d| d.role != Role::CompetingDate));
    // Israel: September 2020 (Washington agreement) is certainly before 2020-12-31; the
    // uncertainty is the competing 1 Feb 2021 date of the Kosovo MFA list.
    let isr = l.status("ISR", "XKX", day("2020-12-31"), today());
    assert!(!isr.recognition.certain);
    assert!(
        isr.recognition
            .reason
            .contains("2021-02-01, after this day"),
        "{}",
        isr.recognition.reason
    );
}

#[test]
fn item9_a_second_date_is_a_second_claim() {
    // Qatar: RFE/RL gives 2011-01-04, Wikipedia 7 Jan (recognitions.csv note).
    let l = ledger();
    let dates: Vec<String> = l
        .claims_between("QAT", "XKX")
        .into_iter()
        .filter(|c| c.predicate == comity::Predicate::Recognises)
        .map(|c| c.date.to_string())
        .collect();
    assert!(dates.contains(&"2011-01-04".to_string()), "{dates:?}");
    assert!(dates.contains(&"2011-01-07".to_string()), "{dates:?}");
    let s = l.status("QAT", "XKX", today(), today());
    assert!(
        s.recognition.reason.contains("disagree"),
        "{}",
        s.recognition.reason
    );
}

#[test]
fn item10_every_source_is_graded_and_weak_ones_are_said() {
    let l = ledger();
    for s in &l.dataset().sources {
        assert!(s.grade.is_some(), "{} has no grade", s.id);
    }
    // Russia's stated position rests on an en-academic copy of Wikipedia (positions.csv).
    let rus = l.status("RUS", "XKX", today(), today());
    assert!(rus.recognition.weak_sources);
    assert!(rus.recognition.reason.contains("weak"));
    // With --min-grade media the Wikipedia-copy positions drop out: nothing is recorded.
    let strong = l.with_min_grade(comity::Grade::Media).unwrap();
    let rus = strong.status("RUS", "XKX", today(), today());
    assert_eq!(rus.recognition.status, Recognition::NotRecorded);
}

#[test]
fn item11_the_default_denominator_is_said() {
    let l = ledger();
    let all = l
        .recognitions("XKX", today(), None, Policy::CONFIRMED, today())
        .unwrap();
    assert!(all.among_description.contains("every state and entity"));
    let un = l
        .recognitions("XKX", today(), Some("un"), Policy::CONFIRMED, today())
        .unwrap();
    // reference/memberships.csv: 193 UN members.
    assert_eq!(un.counts().total, 193);
    assert!(un.among_description.contains("United Nations"));
}

#[test]
fn issue8_absence_is_not_a_claim() {
    // No shared table says anything of Spain and the Sahrawi Republic, and no source says
    // the SADR's list of recognisers is complete: nothing is known.
    let l = ledger();
    let s = l.status("ESP", "ESH", today(), today());
    assert_eq!(s.recognition.status, Recognition::NotRecorded);
    assert!(!s.recognition.certain);
    // Northern Cyprus: the Cyprus MFA (11 Nov 2022) says no state but Turkey recognises it,
    // so France's non-recognition is an inference, and says so.
    let s = l.status("FRA", "XNC", day("2022-11-11"), today());
    assert_eq!(s.recognition.status, Recognition::NotRecognised);
    assert!(s.recognition.inferred && s.recognition.certain);
}
