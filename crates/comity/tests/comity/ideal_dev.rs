//! The development sets of the learned vote model (docs/ideal.md, h/ideal7) on
//! the real roll-call data (`../shared/data/unvotes`).
//!
//! Expected values: GA 63/3 is rcid 4831 (`shared/data/unvotes/SOURCES.md` §3).
//! Between GA 63/3 (8 October 2008) and GA 67/19 (29 November 2012) the
//! General Assembly adopted one resolution a year on the "Status of internally
//! displaced persons and refugees from Abkhazia, Georgia, and the Tskhinvali
//! region/South Ossetia, Georgia" (the right of return throughout Georgia: a
//! yes goes against both entities); the 2009 and 2012 ones (A/RES/63/307,
//! A/RES/66/283) are not in the roll-call data (docs/ideal.md, h/ideal6), so
//! A/RES/64/296 (2010) and A/RES/65/287 (2011) remain. No other roll call of
//! the analog rules falls in that period (Palestine's status: GA 67/19 itself;
//! Kosovo: GA 63/3 itself; Western Sahara: none selected after 2006).

use comity::ideal::learned::{
    dev_targets, fit_before, fit_before_excluding, fit_for, fit_for_excluding,
    previous_ballots_for, validation_rcids, Coding, DevSet, LearnedSpec,
};
use comity::ideal::{FitSpec, Side};
use comity::Store;

use super::rollcall::unvotes_dir;
use super::{day, today};

/// A dynamic fit of `sessions` on the roll calls dated before `before`, not stored.
fn fit_on(store: &Store, sessions: (u16, u16), before: &str) -> comity::ideal::StoredFit {
    store
        .fit_ideal_unsaved(
            &FitSpec {
                sessions: Some(sessions),
                before: Some(day(before)),
                threads: Some(1),
                ..FitSpec::default()
            },
            &mut |_| {},
        )
        .unwrap()
}

#[test]
fn second_development_set_targets_and_left_out_validation_votes() {
    let Some(dir) = unvotes_dir() else { return };
    let mut store = Store::open_in_memory().unwrap();
    store.import_unvotes(&dir, &mut |_| {}).unwrap();
    let ledger = store.ledger().unwrap();
    // The validation votes with per-country ballots: GA 63/3 (rcid 4831) and GA 67/19.
    let excluded = validation_rcids(&store).unwrap();
    assert!(excluded.contains(&4831), "{excluded:?}");
    assert_eq!(excluded.len(), 2, "{excluded:?}");
    // Second set: the two Georgia resolutions of the data in the period, each
    // for Abkhazia and South Ossetia, against the entity.
    let second = dev_targets(&store, &ledger, today(), DevSet::Second).unwrap();
    let got: Vec<(String, &str)> = second.iter().map(|c| (c.unres.clone(), c.entity)).collect();
    assert_eq!(
        got,
        vec![
            ("R/64/296".to_string(), "XAB"),
            ("R/64/296".to_string(), "XSO"),
            ("R/65/287".to_string(), "XAB"),
            ("R/65/287".to_string(), "XSO"),
        ]
    );
    assert!(second.iter().all(|c| c.side == Side::Against));
    // First set: every target before GA 63/3, none a validation vote.
    let first = dev_targets(&store, &ledger, today(), DevSet::First).unwrap();
    assert!(!first.is_empty());
    assert!(first
        .iter()
        .all(|c| c.date < day("2008-10-08") && !excluded.contains(&c.rcid)));
    // A model fitted for R/65/287 (2011-06-29) trains on GA 63/3 unless it is left out.
    let fit = fit_on(&store, (62, 65), "2011-06-29");
    let spec = LearnedSpec::SHIPPED;
    let with = fit_before(&store, &ledger, &fit, day("2011-06-29"), today(), &spec).unwrap();
    assert!(with.fitted_on.iter().any(|c| c.rcid == 4831));
    let without = fit_before_excluding(
        &store,
        &ledger,
        &fit,
        day("2011-06-29"),
        today(),
        &spec,
        &excluded,
    )
    .unwrap();
    assert!(!without.fitted_on.iter().any(|c| excluded.contains(&c.rcid)));
    assert_eq!(without.fitted_on.len() + 1, with.fitted_on.len());

    // h/ideal8. Before GA 63/3 every training call is *for* its entity: a motion
    // against one falls back to yes/no coding (one fit, the same as fitting the
    // yes/no spec), and the kind options are off (one kind only).
    let ga63 = day("2008-10-08");
    // N (h/ideal7), the model without the kind options.
    let spec = LearnedSpec::CON_SIDE;
    let fallback = fit_for(&store, &ledger, &fit, ga63, today(), &spec, Side::Against).unwrap();
    assert_eq!(fallback.spec.coding, Coding::YesNo);
    assert!(fallback.fitted_on.iter().all(|c| c.side == Side::For));
    let yes_no = LearnedSpec {
        coding: Coding::YesNo,
        ..spec
    };
    let direct = fit_before(&store, &ledger, &fit, ga63, today(), &yes_no).unwrap();
    assert_eq!((fallback.yes, fallback.no), (direct.yes, direct.no));
    let v = LearnedSpec::select(&["V".to_string()]).unwrap()[0];
    let x = LearnedSpec::select(&["X".to_string()]).unwrap()[0];
    assert!(v.kind_recognition && x.against_weight < 1.0);
    let v_early = fit_for(&store, &ledger, &fit, ga63, today(), &v, Side::For).unwrap();
    assert!(!v_early.spec.kind_recognition);
    let n_early = fit_for(&store, &ledger, &fit, ga63, today(), &spec, Side::For).unwrap();
    assert_eq!((v_early.yes, v_early.no), (n_early.yes, n_early.no));
    // Without an *against* call the weight of such calls changes nothing.
    let x_early = fit_for(&store, &ledger, &fit, ga63, today(), &x, Side::For).unwrap();
    assert_eq!((x_early.yes, x_early.no), (n_early.yes, n_early.no));
    // For R/65/287 the training calls hold both kinds (R/64/296 is against its
    // entities): the kind features are used and change the fit.
    let v_late = fit_for_excluding(
        &store,
        &ledger,
        &fit,
        day("2011-06-29"),
        today(),
        &v,
        Side::Against,
        &excluded,
    )
    .unwrap();
    assert!(v_late.spec.kind_recognition);
    assert_eq!(v_late.spec.coding, Coding::ProCon);
    assert!(v_late.fitted_on.iter().any(|c| c.side == Side::Against));
    let n_late = fit_for_excluding(
        &store,
        &ledger,
        &fit,
        day("2011-06-29"),
        today(),
        &spec,
        Side::Against,
        &excluded,
    )
    .unwrap();
    assert_eq!(n_late.fitted_on, v_late.fitted_on);
    assert_ne!(v_late.yes, n_late.yes);
}

/// h/ideal11: the third development set. Expected values from the texts of the
/// resolutions: the General Assembly adopts "The right of the Palestinian people
/// to self-determination", "Peaceful settlement of the question of Palestine" and
/// "Permanent sovereignty of the Palestinian people ... over their natural
/// resources" every year; the data hold them from 2010-11-30 (A/RES/65/16) to
/// 2019-12-19 (A/RES/74/243), except the 2010 permanent-sovereignty resolution:
/// 10 + 10 + 9 = 29 roll calls, all *for* Palestine, dated after the first
/// *against* call with a recogniser of its entity (A/RES/64/296, 2010-09-07: Russia,
/// Nicaragua and Venezuela recognise Abkhazia and South Ossetia).
#[test]
fn third_development_set_targets_and_the_same_kind_analog() {
    let Some(dir) = unvotes_dir() else { return };
    let mut store = Store::open_in_memory().unwrap();
    store.import_unvotes(&dir, &mut |_| {}).unwrap();
    let ledger = store.ledger().unwrap();
    let excluded = validation_rcids(&store).unwrap();
    let third = dev_targets(&store, &ledger, today(), DevSet::Third).unwrap();
    assert_eq!(third.len(), 29, "{third:?}");
    assert!(third
        .iter()
        .all(|c| c.entity == "PSE" && c.side == Side::For && !excluded.contains(&c.rcid)));
    assert!(third.iter().all(|c| c.date > day("2010-09-07")));
    assert_eq!(third[0].unres, "R/65/16");
    assert_eq!(third[0].date, day("2010-11-30"));
    let last = third.last().unwrap();
    assert_eq!(
        (last.unres.as_str(), last.date),
        ("A/RES/74/243", day("2019-12-19"))
    );
    // The 2010 self-determination resolution is a target; GA 67/19 is not.
    assert!(third.iter().any(|c| c.unres == "R/65/202"));
    assert!(!third.iter().any(|c| c.unres == "R/67/19"));

    // A motion for Kosovo on 2015-11-09 (UNESCO's vote): the training calls
    // hold both kinds, so AA reads the last analog of the motion's kind; the
    // data's only Kosovo roll call, GA 63/3 (157 voters, 77-6-74 in the official
    // record), is *against* Kosovo, so AA has no last analog there, W has it.
    let fit = fit_on(&store, (66, 70), "2015-11-09");
    let aa = LearnedSpec::select(&["AA".to_string()]).unwrap()[0];
    assert!(aa.same_kind_analog);
    let w = LearnedSpec::KIND;
    let date = day("2015-11-09");
    let m_aa = fit_for(&store, &ledger, &fit, date, today(), &aa, Side::For).unwrap();
    let m_w = fit_for(&store, &ledger, &fit, date, today(), &w, Side::For).unwrap();
    assert!(m_aa.spec.same_kind_analog);
    assert_eq!(m_aa.fitted_on, m_w.fitted_on);
    let prev_w = previous_ballots_for(&store, &m_w, "XKX", Side::For).unwrap();
    let prev_aa = previous_ballots_for(&store, &m_aa, "XKX", Side::For).unwrap();
    assert_eq!(prev_w.len(), 157);
    assert!(prev_aa.is_empty());
    // On a motion against Kosovo, GA 63/3 is of the same kind.
    let prev_against = previous_ballots_for(&store, &m_aa, "XKX", Side::Against).unwrap();
    assert_eq!(prev_against.len(), 157);
    // Before GA 63/3 only *for* calls train: the option is off, the fit is W's.
    let ga63 = day("2008-10-08");
    let early_aa = fit_for(&store, &ledger, &fit, ga63, today(), &aa, Side::For).unwrap();
    let early_w = fit_for(&store, &ledger, &fit, ga63, today(), &w, Side::For).unwrap();
    assert!(!early_aa.spec.same_kind_analog);
    assert_eq!((early_aa.yes, early_aa.no), (early_w.yes, early_w.no));
}

/// The fourth development set (h/ideal12): the roll calls on an entity's
/// status. Expected from the resolutions (docs/ideal.md, h/ideal12): A/RES/43/177
/// (5 December 1988, acknowledges the proclamation of the State of Palestine),
/// A/RES/43/160 A (6 December 1988, the PLO's communications), A/RES/52/250
/// (3 July 1998, Palestine's participation), A/RES/69/320 (10 September 2015,
/// the flags of non-member observer States) and A/RES/73/5 (16 October 2018,
/// the chair of the Group of 77 for 2019), all *for* Palestine; GA 67/19 is a
/// validation vote, the China representation calls are left out, GA 3237
/// (1974) has no recogniser of Palestine. A status motion fitted with AF is
/// fitted as Z (no *for*-rights series), a rights motion as AC.
#[test]
fn fourth_development_set_targets_and_status_motions_apart() {
    use comity::ideal::learned::{fit_motion_excluding, Subject};
    let Some(dir) = unvotes_dir() else { return };
    let mut store = Store::open_in_memory().unwrap();
    store.import_unvotes(&dir, &mut |_| {}).unwrap();
    let ledger = store.ledger().unwrap();
    let fourth = dev_targets(&store, &ledger, today(), DevSet::Fourth).unwrap();
    let got: Vec<(&str, &str)> = fourth
        .iter()
        .map(|c| (c.unres.as_str(), c.entity))
        .collect();
    assert_eq!(
        got,
        vec![
            ("R/43/177", "PSE"),
            ("R/43/160A", "PSE"),
            ("R/52/250", "PSE"),
            ("R/69/320", "PSE"),
            ("R/73/5", "PSE"),
        ]
    );
    assert!(fourth
        .iter()
        .all(|c| c.side == Side::For && c.subject == Subject::Status));
    // The third set stays h/ideal11's 29 targets (the status rules add none).
    assert_eq!(
        dev_targets(&store, &ledger, today(), DevSet::Third)
            .unwrap()
            .len(),
        29
    );

    let date = day("2015-09-10");
    let fit = fit_on(&store, (66, 69), "2015-09-10");
    let exclude = validation_rcids(&store).unwrap();
    let by = |l: &str| LearnedSpec::select(&[l.to_string()]).unwrap()[0];
    let fit_with = |spec: &LearnedSpec, subject: Subject| {
        fit_motion_excluding(
            &store,
            &ledger,
            &fit,
            date,
            today(),
            spec,
            Side::For,
            subject,
            &exclude,
        )
        .unwrap()
    };
    let af_status = fit_with(&by("AF"), Subject::Status);
    let z = fit_with(&LearnedSpec::UNRECORDED, Subject::Status);
    assert_eq!((af_status.yes, af_status.no), (z.yes, z.no));
    assert_eq!(af_status.fitted_on, z.fitted_on);
    let af_rights = fit_with(&by("AF"), Subject::Rights);
    let ac = fit_with(&LearnedSpec::FOR_SIDE, Subject::Rights);
    assert_eq!((af_rights.yes, af_rights.no), (ac.yes, ac.no));
    // AC's training calls include the for-rights series, Z's do not.
    assert!(ac.fitted_on.len() > z.fitted_on.len());
    assert!(z
        .fitted_on
        .iter()
        .all(|c| c.subject == Subject::Status || c.entity != "PSE"));
    // AH: both subjects among the training calls, so the subject features act.
    let ah = fit_with(&by("AH"), Subject::Status);
    assert!(ah.spec.subject_features);

    // AJ (after the first run): on 2015-11-24 (A/RES/70/15, a rights motion)
    // the latest Palestine training call is R/69/320 (status, 2015-09-10);
    // AE reads it as the last analog, AJ reads the latest rights call instead,
    // and on a status motion AJ reads R/69/320 too.
    use comity::ideal::learned::previous_ballots_for_motion;
    let date = day("2015-11-24");
    let fit = fit_on(&store, (66, 70), "2015-11-24");
    let fit_at = |spec: &LearnedSpec| {
        fit_motion_excluding(
            &store,
            &ledger,
            &fit,
            date,
            today(),
            spec,
            Side::For,
            Subject::Rights,
            &exclude,
        )
        .unwrap()
    };
    let (ae, aj) = (fit_at(&by("AE")), fit_at(&by("AJ")));
    assert!(aj.spec.same_subject_analog);
    assert_eq!(ae.fitted_on, aj.fitted_on);
    let last_pse = ae
        .fitted_on
        .iter()
        .rev()
        .find(|c| c.entity == "PSE")
        .unwrap();
    assert_eq!(last_pse.unres, "R/69/320");
    let prev =
        |m, subject| previous_ballots_for_motion(&store, m, "PSE", Side::For, subject).unwrap();
    let ae_rights = prev(&ae, Subject::Rights);
    let aj_rights = prev(&aj, Subject::Rights);
    let aj_status = prev(&aj, Subject::Status);
    assert_eq!(ae_rights, aj_status);
    assert_ne!(aj_rights, ae_rights);
}
