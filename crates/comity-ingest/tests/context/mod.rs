//! Claims that take something from their context (h/extract6): the page's date for what it reports
//! as of that date, the date of a saying versus the date of an act the saying names, (actor, date)
//! lists in running prose, and speakers spread over a clause. Every sentence here was written for
//! this test (none is taken from the held-out documents); the expected claims are what the text
//! states under eval/SCHEMA.md, the expected dates those the page prints.

use crate::lexicon::{claims, keys};

/// The (date, date_basis) of every claim of `kind` from `s` (speaker_actor for statements) to `o`.
fn dates_of(text: &str, kind: &str, s: &str, o: &str) -> Vec<(Option<String>, String)> {
    claims(text)
        .into_iter()
        .filter(|c| {
            let who = if c.kind.as_str() == "statement" {
                c.speaker_actor.clone().unwrap_or(c.subject.clone())
            } else {
                c.subject.clone()
            };
            c.kind.as_str() == kind && who == s && c.object == o
        })
        .map(|c| {
            let basis = serde_json::to_value(c.date_basis).unwrap();
            (
                c.date.map(|d| d.to_string()),
                basis.as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn page(body: &str) -> String {
    format!("News of the day\nPosted on March 4, 2024\n\n{body}\n")
}

#[test]
fn a_refusal_an_intention_or_a_statement_is_reported_as_of_the_page_date() {
    let d = |t: &str, k: &str, s: &str, o: &str| dates_of(&page(t), k, s, o);
    let as_of = vec![(Some("2024-03-04".to_string()), "document".to_string())];
    // A present-tense refusal, and one with "has not yet".
    assert_eq!(
        d(
            "Serbia does not recognise Kosovo.",
            "recognition",
            "SRB",
            "XKX"
        ),
        as_of
    );
    assert_eq!(
        d(
            "Belarus has not yet recognized Abkhazia.",
            "recognition",
            "BLR",
            "XAB"
        ),
        as_of
    );
    // An intention.
    assert_eq!(
        d(
            "Nicaragua said it would recognize South Ossetia.",
            "recognition",
            "NIC",
            "XSO"
        ),
        as_of
    );
    // A statement.
    assert_eq!(
        d(
            "Georgia condemned the decision of Russia to recognise Abkhazia.",
            "statement",
            "GEO",
            "RUS"
        ),
        as_of
    );
    // An act: the day Ghana recognised the SADR is not the day the page reports it, but it came
    // on or before it — the page's date, as a bound (`date_bound`, checked in tests/truth6).
    assert_eq!(
        d("Ghana recognised the SADR.", "recognition", "GHA", "ESH"),
        as_of
    );
    // Near misses.
    // Narrated in a past before the page.
    assert_eq!(
        d(
            "At the time, Serbia did not recognise Kosovo.",
            "recognition",
            "SRB",
            "XKX"
        ),
        vec![(None, "none".to_string())]
    );
    assert_eq!(
        d(
            "Years ago Georgia condemned the decision of Russia to recognise Abkhazia.",
            "statement",
            "GEO",
            "RUS"
        ),
        vec![(None, "none".to_string())]
    );
    // The sentence's own date wins.
    assert_eq!(
        d(
            "Serbia did not recognise Kosovo in 2008.",
            "recognition",
            "SRB",
            "XKX"
        ),
        vec![(Some("2008".to_string()), "sentence".to_string())]
    );
    // No date line, no date: never today.
    assert_eq!(
        dates_of(
            "News of the day\n\nSerbia does not recognise Kosovo.\n",
            "recognition",
            "SRB",
            "XKX"
        ),
        vec![(None, "none".to_string())]
    );
}

#[test]
fn a_saying_dates_itself_and_what_it_announces_not_an_earlier_act_it_names() {
    // "Rice told journalists on September 3 that … Russia's recognition": the date is the saying's.
    let t = "Rice told journalists on September 3, 2008 that almost no one has followed Russia's recognition of Abkhazia.";
    assert_eq!(
        dates_of(t, "recognition", "RUS", "XAB"),
        vec![(None, "none".to_string())]
    );
    // Near miss: an act the saying announces takes the saying's date.
    let t =
        "Nauru said on January 15, 2024 that it was switching recognition from Taiwan to China.";
    assert_eq!(
        dates_of(t, "recognition", "NRU", "CHN"),
        vec![(Some("2024-01-15".to_string()), "sentence".to_string())]
    );
    // A news line's two-digit year is the reference of "on September 3".
    let t = "Nicaragua to recognize Abkhazia\nCivil Georgia, Tbilisi / 4 Sep.'08 / 11:19\n\nPresident Daniel Ortega said on September 3 that Nicaragua would recognize Abkhazia.\n";
    assert_eq!(
        dates_of(t, "recognition", "NIC", "XAB"),
        vec![(Some("2008-09-03".to_string()), "sentence".to_string())]
    );
}

fn key(kind: &str, s: &str, o: &str, pol: &str) -> (String, String, String, Option<String>) {
    (
        kind.to_string(),
        s.to_string(),
        o.to_string(),
        Some(pol.to_string()),
    )
}

fn statements(text: &str) -> Vec<(String, String, String, Option<String>)> {
    keys(text)
        .into_iter()
        .filter(|k| k.0 == "statement")
        .collect()
}

#[test]
fn speakers_and_stances_spread_over_a_clause() {
    // A quote, then a ministry or minister named by a demonym with no name.
    for t in [
        "\"We firmly oppose the independence of Kosovo,\" the Serbian foreign ministry said.",
        "\"We firmly oppose the independence of Kosovo,\" the Serbian foreign minister said.",
        "“We will never accept Kosovo’s independence,” the Serbian Foreign Ministry spokesman said.",
    ] {
        assert!(
            statements(t).contains(&key("statement", "SRB", "XKX", "oppose")),
            "{t}: {:?}",
            keys(t)
        );
    }
    // In the speaker's own quoted words, a recognition is support.
    let t =
        "“We recognise the independence of Kosovo,” the Afghan Foreign Ministry spokesman said.";
    assert!(
        statements(t).contains(&key("statement", "AFG", "XKX", "support")),
        "{t}: {:?}",
        keys(t)
    );
    let t = "\"Today we recognise the State of Palestine,\" Irish Taoiseach Simon Harris said.";
    assert!(
        statements(t).contains(&key("statement", "IRL", "PSE", "support")),
        "{t}: {:?}",
        keys(t)
    );
    // Near misses: a reported clause is the (planned) recognition, not a statement besides it;
    // "don't recognise" in a quote is opposition.
    let t = "Nicaraguan President Daniel Ortega said his country would recognize South Ossetia.";
    assert!(statements(t).is_empty(), "{t}: {:?}", keys(t));
    assert!(keys(t).contains(&key("recognition", "NIC", "XSO", "planned")));
    let t = "\"We don't recognise Kosovo,\" the Serbian foreign minister said.";
    assert_eq!(
        statements(t),
        vec![key("statement", "SRB", "XKX", "oppose")],
        "{t}"
    );
    // "considers X occupied by Y" opposes Y.
    for (t, s, o) in [
        (
            "Moldova considers Transnistria occupied by Russia.",
            "MDA",
            "RUS",
        ),
        (
            "The Georgian government considers Abkhazia under military occupation by Russia.",
            "GEO",
            "RUS",
        ),
    ] {
        assert!(
            statements(t).contains(&key("statement", s, o, "oppose")),
            "{t}: {:?}",
            keys(t)
        );
    }
    let t = "Moldova considers Transnistria a part of its territory.";
    assert!(
        !statements(t).iter().any(|k| k.2 == "RUS"),
        "{t}: {:?}",
        keys(t)
    );
    // Rejecting another actor's statement; protests from actors over a decision.
    let t =
        "Turkey rejected an EU statement in which the bloc voiced concern about Northern Cyprus.";
    assert!(statements(t).contains(&key("statement", "TUR", "EU", "oppose")));
    let t = "Northern Cyprus joined the Organization of Turkic States as an observer. Following the decision, there were protests from both the European Union and the United States.";
    let got = statements(t);
    assert!(
        got.contains(&key("statement", "EU", "XNC", "oppose")),
        "{got:?}"
    );
    assert!(
        got.contains(&key("statement", "USA", "XNC", "oppose")),
        "{got:?}"
    );
    // Near misses: protests with no decision they are about; an offer is no statement rejected.
    let t = "Somaliland held elections. There were protests from students in Mogadishu about fees.";
    assert!(statements(t).is_empty(), "{t}: {:?}", keys(t));
    let t = "Serbia rejected an EU offer of talks with Kosovo.";
    assert!(
        !statements(t).iter().any(|k| k.2 == "EU"),
        "{t}: {:?}",
        keys(t)
    );
}

/// (subject, object, polarity, date) of every recognition claim.
fn recognitions(text: &str) -> Vec<(String, String, String, Option<String>)> {
    claims(text)
        .into_iter()
        .filter(|c| c.kind.as_str() == "recognition")
        .map(|c| {
            (
                c.subject,
                c.object,
                c.polarity.unwrap_or_default(),
                c.date.map(|d| d.to_string()),
            )
        })
        .collect()
}

fn rec(s: &str, o: &str, pol: &str, date: &str) -> (String, String, String, Option<String>) {
    (
        s.to_string(),
        o.to_string(),
        pol.to_string(),
        Some(date.to_string()),
    )
}

#[test]
fn lists_of_actors_with_their_own_dates() {
    let t = "Kosovo has been recognised by Ghana (2012), Togo (2014) and Kenya (2025).";
    let got = recognitions(t);
    for want in [
        rec("GHA", "XKX", "positive", "2012"),
        rec("TGO", "XKX", "positive", "2014"),
        rec("KEN", "XKX", "positive", "2025"),
    ] {
        assert!(got.contains(&want), "{t}: {want:?} not in {got:?}");
    }
    let t = "Countries that have withdrawn recognition of the SADR include Ecuador (2024), Panama (2013) and Guyana (2020).";
    let got = recognitions(t);
    for want in [
        rec("ECU", "ESH", "withdrawn", "2024"),
        rec("PAN", "ESH", "withdrawn", "2013"),
        rec("GUY", "ESH", "withdrawn", "2020"),
    ] {
        assert!(got.contains(&want), "{t}: {want:?} not in {got:?}");
    }
    let t = "Abkhazia was recognised by Russia on 26 August 2008, Nicaragua on 5 September 2008 and Venezuela on 10 September 2009.";
    let got = recognitions(t);
    for want in [
        rec("NIC", "XAB", "positive", "2008-09-05"),
        rec("VEN", "XAB", "positive", "2009-09-10"),
    ] {
        assert!(got.contains(&want), "{t}: {want:?} not in {got:?}");
    }
    // Near misses: a list of allies with dates is no recognition list; a list under a negation or
    // a modal gives nothing; one item is no list.
    let t = "Taiwan's trading partners include Belize (1989) and Haiti (1956).";
    assert!(recognitions(t).is_empty(), "{t}: {:?}", recognitions(t));
    let t = "Northern Cyprus would be recognised by Azerbaijan (2025) and Pakistan (2026) under the plan.";
    assert!(
        !recognitions(t).iter().any(|r| r.2 == "positive"),
        "{t}: {:?}",
        recognitions(t)
    );
    let t = "Countries that recognise Somaliland include Taiwan (2020).";
    assert!(
        !claims(t).iter().any(|c| c.rule == "inline-list"),
        "{t}: {:?}",
        recognitions(t)
    );
}

#[test]
fn a_list_after_an_intention_to_recognise() {
    // With a date line: the intention is reported as of the page's date.
    let t = page(
        "Six of them, which have not yet recognised it, \"express the willingness of their country\" to do so: Malta, Portugal and Finland. Palestine welcomed the call.",
    );
    let got = recognitions(&t);
    for s in ["MLT", "PRT", "FIN"] {
        assert!(
            got.contains(&rec(s, "PSE", "planned", "2024-03-04")),
            "{t}: {s} not in {got:?}"
        );
    }
    let t = "Several governments expressed their willingness to recognise South Ossetia: Nicaragua, Venezuela and Syria.";
    let got = recognitions(t);
    for s in ["NIC", "VEN", "SYR"] {
        assert!(
            got.iter()
                .any(|r| r.0 == s && r.1 == "XSO" && r.2 == "planned"),
            "{t}: {s} not in {got:?}"
        );
    }
    // Near misses: a negated intention, an intention to do something else, a list that goes on
    // into another clause.
    for t in [
        "Several governments said they were not willing to recognise South Ossetia: Nicaragua, Venezuela and Syria.",
        "Several governments expressed their willingness to trade with South Ossetia: Nicaragua, Venezuela and Syria.",
        "Several governments expressed their willingness to recognise South Ossetia: Nicaragua, Venezuela and Syria met to discuss it.",
    ] {
        assert!(
            !recognitions(t).iter().any(|r| r.2 == "planned"),
            "{t}: {:?}",
            recognitions(t)
        );
    }
}

#[test]
fn a_negated_passive_is_no_recognition() {
    // Written for this test: the negation stands between the auxiliary and the participle.
    for t in [
        "Palestine was not recognised by Sweden at the time.",
        "Kosovo has never been recognised by Spain.",
        "Transnistria wasn't recognised by Russia.",
        "Abkhazia was not officially recognised by Belarus.",
    ] {
        assert!(
            !recognitions(t).iter().any(|r| r.2 == "positive"),
            "{t}: {:?}",
            recognitions(t)
        );
    }
    let t = "Palestine was not recognised by Sweden at the time.";
    assert!(recognitions(t).contains(&(
        "SWE".to_string(),
        "PSE".to_string(),
        "negative".to_string(),
        None
    )));
    // Near misses: the plain passive still gives the recognition, and so does one after a
    // relative clause that holds the negation.
    let t = "Palestine was recognised by Sweden in 2014.";
    assert!(recognitions(t).contains(&rec("SWE", "PSE", "positive", "2014")));
    let t = "Kosovo, which Spain does not recognise, was recognised by Ghana in 2012.";
    assert!(
        recognitions(t).contains(&rec("GHA", "XKX", "positive", "2012")),
        "{t}: {:?}",
        recognitions(t)
    );
}

#[test]
fn a_short_quote_takes_its_object_from_the_rest_of_the_clause() {
    // Written for this test: the quote names no actor; the decision it commends is Nauru's.
    let t = "Kosovo was mentioned. The Chinese foreign ministry said it \"highly commends\" the decision of Nauru.";
    assert!(
        statements(t).contains(&key("statement", "CHN", "NRU", "support")),
        "{t}: {:?}",
        keys(t)
    );
    // Near miss: the rest of the sentence after a clause end is not the quote's.
    let t = "Kosovo was mentioned. The Chinese foreign ministry said it \"highly commends\" the step; Nauru agreed.";
    assert!(
        !statements(t).iter().any(|k| k.2 == "NRU"),
        "{t}: {:?}",
        keys(t)
    );
}

#[test]
fn a_state_s_ministry_speaks_for_it() {
    // Written for this test.
    let t = "\"We will never accept the independence of Kosovo,\" Serbia's foreign ministry said.";
    assert!(
        statements(t).contains(&key("statement", "SRB", "XKX", "oppose")),
        "{t}: {:?}",
        keys(t)
    );
    let t = "Serbia's foreign ministry said in a statement it \"strongly condemns\" the decision of Ghana.";
    assert!(
        statements(t).contains(&key("statement", "SRB", "GHA", "oppose")),
        "{t}: {:?}",
        keys(t)
    );
    // Near miss: "the decision to sever ties with Taiwan" is the decider's, not Taiwan's; with no
    // decider named nearby there is no object to give.
    let t = "Taiwan lost an ally. China's foreign ministry said in a statement it \"highly commends\" the decision to sever diplomatic ties with Taiwan.";
    assert!(
        !statements(t).iter().any(|k| k.1 == "CHN" && k.2 == "TWN"),
        "{t}: {:?}",
        keys(t)
    );
}

/// A page's machine-readable publication time ("2024-03-04T10:00:00Z" in its metadata) dates the
/// page to the day, not to the year of its first four digits (found in the review of 2026-12-07).
/// The page is written for this test.
#[test]
fn a_metadata_timestamp_dates_the_page_to_its_day() {
    let html = "<html><head><title>Serbia and Kosovo</title><meta property=\"article:published_time\" content=\"2024-03-04T10:00:00Z\"></head><body><article><h1>Serbia and Kosovo</h1><p>Serbia does not recognise Kosovo, the foreign minister said.</p></article></body></html>";
    let got: Vec<(Option<String>, String)> = comity_ingest::ingest(
        &[("page.html", html.as_bytes())],
        &crate::real_gazetteer(),
        &comity_ingest::Options::default(),
    )
    .claims
    .into_iter()
    .filter(|c| c.subject == "SRB" && c.object == "XKX")
    .map(|c| {
        let basis = serde_json::to_value(c.date_basis).unwrap();
        (
            c.date.map(|d| d.to_string()),
            basis.as_str().unwrap_or("").to_string(),
        )
    })
    .collect();
    assert_eq!(
        got,
        vec![(Some("2024-03-04".to_string()), "document".to_string())]
    );
}
