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
    dev_targets, fit_before, fit_before_excluding, fit_for, fit_for_excluding, validation_rcids,
    Coding, DevSet, LearnedSpec,
};
use comity::ideal::{FitSpec, Side};
use comity::Store;

use super::rollcall::unvotes_dir;
use super::{day, today};

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
    let fit = store
        .fit_ideal_unsaved(
            &FitSpec {
                sessions: Some((62, 65)),
                before: Some(day("2011-06-29")),
                threads: Some(1),
                ..FitSpec::default()
            },
            &mut |_| {},
        )
        .unwrap();
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
