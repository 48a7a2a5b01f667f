//! Three precision bugs of issue 10 found on probes of the development half (h/extract9): a list
//! read across a clause boundary, a date leaking across "but", an anaphor resolved to its own
//! clause's subject. Each has the probe sentence that showed it, two phrasings written for this
//! test across other entities, and a near miss that must keep working. The expected claims are
//! what each sentence states under eval/SCHEMA.md (none is taken from the held-out documents).

use crate::lexicon::{claims, has, keys};

/// No claim of `kind` between `s` and `o`, in either direction, any polarity.
fn lacks(text: &str, kind: &str, s: &str, o: &str) {
    let got = keys(text);
    assert!(
        !got.iter()
            .any(|k| k.0 == kind && ((k.1 == s && k.2 == o) || (k.1 == o && k.2 == s))),
        "{text}\n unexpected {kind} {s} {o} in {got:?}"
    );
}

/// The dates (ISO text, `None` when undated) of the claims of `kind` from `s` to `o`.
fn dates(text: &str, kind: &str, s: &str, o: &str) -> Vec<Option<String>> {
    let out: Vec<Option<String>> = claims(text)
        .into_iter()
        .filter(|c| c.kind.as_str() == kind && c.subject == s && c.object == o)
        .map(|c| c.date.map(|d| d.to_string()))
        .collect();
    assert!(!out.is_empty(), "{text}\n no {kind} {s} {o}");
    out
}

const POS: Option<&str> = Some("positive");

#[test]
fn a_comma_and_before_a_new_subject_ends_the_list() {
    // The probe: Georgia is the subject of "cut", not a second thing Syria recognised.
    let t = "Syria recognised Abkhazia, and Georgia cut diplomatic ties with Syria.";
    has(t, "recognition", "SYR", "XAB", POS);
    has(t, "relations", "GEO", "SYR", Some("severed"));
    lacks(t, "recognition", "SYR", "GEO");
    lacks(t, "relations", "XAB", "GEO");
    lacks(t, "relations", "XAB", "SYR");
    // Written for this test: Taiwan; the SADR.
    let t = "Nauru recognised Taiwan, and China severed diplomatic relations with Nauru.";
    has(t, "recognition", "NRU", "TWN", POS);
    has(t, "relations", "CHN", "NRU", Some("severed"));
    lacks(t, "recognition", "NRU", "CHN");
    lacks(t, "relations", "TWN", "CHN");
    lacks(t, "relations", "TWN", "NRU");
    let t = "Panama recognised the SADR, and Morocco broke off diplomatic relations with Panama.";
    has(t, "recognition", "PAN", "ESH", POS);
    lacks(t, "recognition", "PAN", "MAR");
    lacks(t, "relations", "ESH", "MAR");
    lacks(t, "relations", "ESH", "PAN");
    // A passive second clause: the subject after the comma is the passive's object.
    let t = "Turkey recognised Northern Cyprus, and Somaliland was recognised by Taiwan.";
    has(t, "recognition", "TUR", "XNC", POS);
    lacks(t, "recognition", "TUR", "XSL");
    lacks(t, "recognition", "TWN", "XNC");
    // Near misses: a serial list with a comma before "and" is one list; so is a list that goes on
    // with a preposition.
    let t = "Russia, Nicaragua, and Venezuela recognised Abkhazia.";
    for s in ["RUS", "NIC", "VEN"] {
        has(t, "recognition", s, "XAB", POS);
    }
    let t = "Russia recognised Abkhazia, and South Ossetia in August 2008.";
    has(t, "recognition", "RUS", "XAB", POS);
    has(t, "recognition", "RUS", "XSO", POS);
}

#[test]
fn a_date_after_but_is_the_second_clauses() {
    // The probe: 2008 dates Albania's recognition, not Serbia's refusal.
    let t = "Kosovo was not recognised by Serbia, but was recognised by Albania in 2008.";
    assert_eq!(dates(t, "recognition", "SRB", "XKX"), [None]);
    assert_eq!(
        dates(t, "recognition", "ALB", "XKX"),
        [Some("2008".to_string())]
    );
    // Written for this test: Northern Cyprus; the SADR.
    let t = "Northern Cyprus is not recognised by Greece, but was recognised by Turkey in 1983.";
    assert_eq!(dates(t, "recognition", "GRC", "XNC"), [None]);
    assert_eq!(
        dates(t, "recognition", "TUR", "XNC"),
        [Some("1983".to_string())]
    );
    let t = "The SADR was not recognised by Morocco, but was recognised by Algeria in 1976.";
    assert_eq!(dates(t, "recognition", "MAR", "ESH"), [None]);
    assert_eq!(
        dates(t, "recognition", "DZA", "ESH"),
        [Some("1976".to_string())]
    );
    // Near misses: a date that opens the sentence is both clauses'; a date inside the first
    // clause is the first clause's.
    let t = "In 2008, Albania recognised Kosovo but Serbia did not.";
    assert_eq!(
        dates(t, "recognition", "ALB", "XKX"),
        [Some("2008".to_string())]
    );
    let t = "In 2008, Albania recognised Kosovo, but Serbia did not recognise it.";
    for s in ["ALB", "SRB"] {
        assert_eq!(
            dates(t, "recognition", s, "XKX"),
            [Some("2008".to_string())]
        );
    }
    let t =
        "In 1983, Turkey recognised Northern Cyprus but Greece did not recognise Northern Cyprus.";
    for s in ["TUR", "GRC"] {
        assert_eq!(
            dates(t, "recognition", s, "XNC"),
            [Some("1983".to_string())]
        );
    }
    let t = "Taiwan was recognised by Nauru in 1980, but not by Kiribati.";
    assert_eq!(
        dates(t, "recognition", "NRU", "TWN"),
        [Some("1980".to_string())]
    );
}

#[test]
fn an_anaphor_is_never_its_own_clauses_subject() {
    // The probe, a one-sentence document: no pair is named before the subject list.
    let t = "Nicaragua, Venezuela and Nauru were the only other countries that recognised the two regions.";
    for (s, o) in [("NIC", "VEN"), ("NIC", "NRU"), ("VEN", "NRU")] {
        lacks(t, "recognition", s, o);
    }
    // Written for this test.
    let t = "Vanuatu and Tuvalu were the only Pacific states that recognised the two regions.";
    lacks(t, "recognition", "VUT", "TUV");
    let t = "Russia and Nicaragua recognised both.";
    lacks(t, "recognition", "RUS", "NIC");
    // Near misses: the pair named before is the antecedent, in the sentence before or earlier in
    // the same sentence.
    let t = "Russia recognised Abkhazia and South Ossetia in 2008. Nicaragua, Venezuela and Nauru \
             were the only other countries that recognised the two regions.";
    for s in ["NIC", "VEN", "NRU"] {
        has(t, "recognition", s, "XAB", POS);
        has(t, "recognition", s, "XSO", POS);
        lacks(t, "recognition", s, "NIC");
    }
    let t =
        "Abkhazia and South Ossetia declared independence, and Russia recognised the two regions.";
    has(t, "recognition", "RUS", "XAB", POS);
    has(t, "recognition", "RUS", "XSO", POS);
}

/// Found in the review of 2026-12-07 on seed 000: "Russia used Kosovo's declaration of
/// independence as a justification for recognizing the independence of Crimea" gave "Kosovo
/// recognises Crimea". After a noun of reasons ("a justification for", "the basis for"), the one
/// who recognises is the sentence's subject, not the actor just before "for". Sentences written
/// for this test.
#[test]
fn a_reason_for_recognising_is_the_subjects_act() {
    let t = "Russia used Kosovo's declaration as a justification for recognizing Abkhazia.";
    has(t, "recognition", "RUS", "XAB", POS);
    lacks(t, "recognition", "XKX", "XAB");
    let t = "Russia cited the Kosovo precedent as the basis for recognising South Ossetia.";
    has(t, "recognition", "RUS", "XSO", POS);
    lacks(t, "recognition", "XKX", "XSO");
    // Near miss: punished for recognising, the actor just before "for" is the one who did.
    let t = "Georgia severed relations with Syria for recognizing Abkhazia.";
    has(t, "recognition", "SYR", "XAB", POS);
    lacks(t, "recognition", "GEO", "XAB");
}
