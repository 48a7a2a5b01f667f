//! Findings of the sixth truth review (ingestion of documents other than the seeds): a denial
//! framed as "it is not true that", a plan "will soon", a dateline read as the act's day, the day
//! of a report read as the day of what it reports, a plan dated by the day it aims at, and a page's
//! date proposed without its bound. Every sentence was written for this test; the expected claims
//! are what each states under eval/SCHEMA.md and the ledger's dating rules (README: a page's date
//! bounds what the page reports, "on or before").

use comity_ingest::{Claim, DateBasis, DateQualifier};

use crate::lexicon::{claims, has, keys};

fn one<'a>(all: &'a [Claim], kind: &str, s: &str, o: &str) -> &'a Claim {
    all.iter()
        .find(|c| c.kind.as_str() == kind && c.subject == s && c.object == o)
        .unwrap_or_else(|| panic!("no {kind} {s} {o} in {all:?}"))
}

fn no_positive(text: &str, s: &str, o: &str) {
    let got = keys(text);
    assert!(
        !got.iter().any(|k| k.0 == "recognition"
            && k.1 == s
            && k.2 == o
            && k.3.as_deref() == Some("positive")),
        "{text}\n unexpected positive {s} {o} in {got:?}"
    );
}

#[test]
fn a_denial_or_a_claim_by_others_is_no_recognition() {
    no_positive(
        "It is not true that Belarus recognised Abkhazia.",
        "BLR",
        "XAB",
    );
    no_positive(
        "It is false that Chile recognised Northern Cyprus.",
        "CHL",
        "XNC",
    );
    no_positive(
        "No one believes that Kenya recognised Somaliland.",
        "KEN",
        "XSL",
    );
    no_positive(
        "Officials claimed last week that Zambia had recognised Transnistria.",
        "ZMB",
        "XTR",
    );
    // Near misses: the act asserted.
    has(
        "Belarus recognised Abkhazia.",
        "recognition",
        "BLR",
        "XAB",
        Some("positive"),
    );
    has(
        "It is true that Belarus recognised Abkhazia.",
        "recognition",
        "BLR",
        "XAB",
        Some("positive"),
    );
}

#[test]
fn will_soon_is_a_plan() {
    for (t, s, o) in [
        ("Kenya will soon recognise Somaliland.", "KEN", "XSL"),
        ("Malta would soon recognise Palestine.", "MLT", "PSE"),
        ("Fiji will shortly recognise Kosovo.", "FJI", "XKX"),
    ] {
        no_positive(t, s, o);
        has(t, "recognition", s, o, Some("planned"));
    }
}

#[test]
fn a_dateline_bounds_the_act_it_reports() {
    let t = "MOSCOW, 26 August 2008 — Russia recognised Abkhazia.\n";
    let all = claims(t);
    let c = one(&all, "recognition", "RUS", "XAB");
    assert_eq!(c.date.map(|d| d.to_string()).as_deref(), Some("2008-08-26"));
    assert_eq!(c.date_basis, DateBasis::Document, "{c:?}");
    assert_eq!(c.date_bound, Some(DateQualifier::OnOrBefore), "{c:?}");
    // A refusal under a dateline: the same bound as under a date line.
    let t = "BELGRADE, Feb. 18, 2008 — Serbia does not recognise Kosovo.\n";
    let all = claims(t);
    let c = one(&all, "recognition", "SRB", "XKX");
    assert_eq!(c.date_bound, Some(DateQualifier::OnOrBefore), "{c:?}");
    // Near miss: a day the sentence itself gives after the dateline is the act's.
    let t = "MANAGUA, Sept. 4, 2008 – Nicaragua on Wednesday recognised Abkhazia.\n";
    let all = claims(t);
    let c = one(&all, "recognition", "NIC", "XAB");
    assert_eq!(c.date.map(|d| d.to_string()).as_deref(), Some("2008-09-03"));
    assert_eq!(c.date_bound, None, "{c:?}");
}

#[test]
fn the_day_of_a_report_bounds_what_it_reports() {
    let t = "Gabon and Taiwan have established diplomatic relations, state media reported on \
             3 May 2001.";
    let all = claims(t);
    let c = one(&all, "relations", "GAB", "TWN");
    assert_eq!(c.date.map(|d| d.to_string()).as_deref(), Some("2001-05-03"));
    assert_eq!(c.date_bound, Some(DateQualifier::OnOrBefore), "{c:?}");
    // Near miss: the act's own day.
    let t = "Gabon and Taiwan established diplomatic relations on 3 May 2001.";
    let all = claims(t);
    let c = one(&all, "relations", "GAB", "TWN");
    assert_eq!(c.date_bound, None, "{c:?}");
}

#[test]
fn a_plan_is_not_dated_by_the_day_it_aims_at() {
    let t = "The United Kingdom will recognise the State of Palestine on 22 September 2025.";
    let all = claims(t);
    let c = one(&all, "recognition", "GBR", "PSE");
    assert_eq!(c.polarity.as_deref(), Some("planned"));
    assert_ne!(
        c.date.map(|d| d.to_string()).as_deref(),
        Some("2025-09-22"),
        "{c:?}"
    );
}

#[test]
fn a_page_dated_claim_carries_its_bound() {
    let t = "Posted on 2019-08-15\n\nSerbia does not recognise Kosovo.\n";
    let all = claims(t);
    let c = one(&all, "recognition", "SRB", "XKX");
    assert_eq!(c.date_basis, DateBasis::Document, "{c:?}");
    assert_eq!(c.date_bound, Some(DateQualifier::OnOrBefore), "{c:?}");
}

#[test]
fn an_act_a_dated_page_reports_is_bounded_by_the_page() {
    // README (ingestion): a page's date bounds what the page reports, "on or before".
    let t = "News of the day\nPosted on March 4, 2024\n\nGhana recognised the SADR.\n";
    let all = claims(t);
    let c = one(&all, "recognition", "GHA", "ESH");
    assert_eq!(c.date.map(|d| d.to_string()).as_deref(), Some("2024-03-04"));
    assert_eq!(c.date_basis, DateBasis::Document, "{c:?}");
    assert_eq!(c.date_bound, Some(DateQualifier::OnOrBefore), "{c:?}");
    // Near miss: an undated page gives no date at all.
    let all = claims("Ghana recognised the SADR.\n");
    let c = one(&all, "recognition", "GHA", "ESH");
    assert_eq!(c.date, None, "{c:?}");
    // Near miss: a vague period ("until 2008") is no date, and the page may not stand in for it.
    let t = "News of the day\nPosted on March 4, 2024\n\nMalawi recognised Taiwan until 2008.\n";
    for c in claims(t).iter().filter(|c| c.subject == "MWI") {
        assert_ne!(
            c.date.map(|d| d.to_string()).as_deref(),
            Some("2024-03-04"),
            "{c:?}"
        );
    }
}

#[test]
fn a_part_of_a_period_keeps_the_bound_of_by_and_before() {
    // Review 9: "by early 2020" read as an exact 2020, so the ledger said "not yet" in 2019; and
    // "before mid-2018" was read as another clause, so the act took the page's date. Sentences
    // written for this test: each states an act on or before the period named.
    for (t, s, want) in [
        ("Chile recognised Abkhazia by early 2020.\n", "CHL", "2020"),
        ("Bolivia recognised Abkhazia by late 2019.\n", "BOL", "2019"),
        (
            "Brazil had recognised Abkhazia by the end of 2017.\n",
            "BRA",
            "2017",
        ),
        ("Peru recognised Abkhazia before mid-2018.\n", "PER", "2018"),
    ] {
        let all = claims(t);
        let c = one(&all, "recognition", s, "XAB");
        assert_eq!(c.date.map(|d| d.to_string()).as_deref(), Some(want), "{t}");
        assert_eq!(c.date_basis, DateBasis::Sentence, "{t} {c:?}");
        assert_eq!(c.date_bound, Some(DateQualifier::OnOrBefore), "{t} {c:?}");
    }
    // Near misses: within the period, no bound; a clause after "before" is still a clause.
    let all = claims("Chile recognised Abkhazia in early 2020.\n");
    let c = one(&all, "recognition", "CHL", "XAB");
    assert_eq!(c.date.map(|d| d.to_string()).as_deref(), Some("2020"));
    assert_eq!(c.date_bound, None, "{c:?}");
    let all = claims("Peru recognised Abkhazia before Georgia protested in 2019.\n");
    let c = one(&all, "recognition", "PER", "XAB");
    assert_ne!(
        c.date.map(|d| d.to_string()).as_deref(),
        Some("2019"),
        "{c:?}"
    );
}

#[test]
fn it_after_a_second_subject_is_the_entity_not_the_parent_state() {
    // Review 9: a seed's sentence (shared/seeds/000_8cdac366aff1a688.txt, bytes 7172..7282; the
    // gold in shared/eval/gold-dev.jsonl has LVA recognises XKX) gave "Latvia recognises Serbia".
    let t = "Kosovo declared its independence from Serbia on 17 February 2008 and Latvia recognised it on 20 February 2008.\n";
    let all = claims(t);
    let c = one(&all, "recognition", "LVA", "XKX");
    assert_eq!(c.date.map(|d| d.to_string()).as_deref(), Some("2008-02-20"));
    no_positive(t, "LVA", "SRB");
    // Written for this test: the same shape with another entity and parent.
    let t =
        "Abkhazia declared independence from Georgia in 1999 and Nauru recognised it in 2009.\n";
    has(t, "recognition", "NRU", "XAB", Some("positive"));
    no_positive(t, "NRU", "GEO");
}

#[test]
fn officials_in_a_capital_speak_for_its_state() {
    // Review 9: "according to officials in Hargeisa" gave claimant `document`; Hargeisa is
    // Somaliland's capital (data/actors.csv). Sentences written for this test.
    let t = "Ethiopia recognised Somaliland, according to officials in Hargeisa.\n";
    let all = claims(t);
    let c = one(&all, "recognition", "ETH", "XSL");
    assert_eq!(c.reported_by.as_deref(), Some("XSL"), "{c:?}");
    // Near miss: officials of no named place.
    let t = "Ethiopia recognised Somaliland, according to officials.\n";
    let all = claims(t);
    let c = one(&all, "recognition", "ETH", "XSL");
    assert_eq!(c.reported_by, None, "{c:?}");
}
