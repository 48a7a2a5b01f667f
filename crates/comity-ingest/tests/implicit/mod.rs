//! The document's own entity as the implicit party (h/extract14): a recognition stated with no
//! object, a possessive or object pronoun, "the former province", and who "it" is not. Every
//! sentence here was written for this test (none is taken from the held-out documents); each
//! document opens with a title and a sentence naming its entity, as a page about it would, and the
//! expected claims are what the last sentence states under eval/SCHEMA.md.

use crate::enumeration::{got, has, lacks};
use crate::lexicon::claims;

/// A page about Kosovo ending in `last`.
fn kosovo(last: &str) -> String {
    format!("Kosovo\n\nKosovo declared independence from Serbia on 17 February 2008.\n\n{last}\n")
}

/// A page about Somaliland ending in `last`.
fn somaliland(last: &str) -> String {
    format!("Somaliland\n\nSomaliland declared independence from Somalia in 1991.\n\n{last}\n")
}

#[test]
fn a_recognition_with_no_object_recognises_the_documents_entity() {
    let pos = Some("positive");
    let day = Some("2008-03-18");
    for last in [
        "Japan extended recognition on 18 March 2008.",
        "Japan announced its recognition on 18 March 2008.",
        "Recognition came from Japan on 18 March 2008.",
        "Later, recognition came from Japan on 18 March 2008.",
        "Japan's recognition came on 18 March 2008.",
        "Its independence was recognised by Japan on 18 March 2008.",
    ] {
        has(&kosovo(last), "recognition", "JPN", "XKX", pos, day);
    }
    has(
        &kosovo("The former province is now recognised by Japan."),
        "recognition",
        "JPN",
        "XKX",
        pos,
        None,
    );
    has(
        &kosovo("Japan also recognised Kosovo's independence, as did South Korea."),
        "recognition",
        "KOR",
        "XKX",
        pos,
        None,
    );
    // Near misses: a negated first clause gives the follower no positive recognition; a
    // recognition extended to someone named is theirs; "recognition came" with no actor gives
    // nothing.
    let g = got(&kosovo("Serbia does not recognise Kosovo, as did Spain."));
    assert!(
        !g.iter()
            .any(|k| k.1 == "ESP" && k.3.as_deref() == Some("positive")),
        "unexpected positive recognition by Spain in {g:?}"
    );
    let t = kosovo("Japan extended recognition to South Sudan on 9 July 2011.");
    lacks(&t, "recognition", "JPN", "XKX");
    has(&t, "recognition", "JPN", "SSD", pos, Some("2011-07-09"));
    let g = got(&kosovo("Recognition came slowly."));
    assert!(
        g.iter().all(|k| k.0 != "recognition"),
        "unexpected recognition in {g:?}"
    );
}

#[test]
fn an_object_pronoun_is_not_the_subject_of_its_clause() {
    // "with it" after Taiwan is Somaliland, not Taiwan (an entity itself).
    has(
        &somaliland("Taiwan established diplomatic relations with it in 2020."),
        "relations",
        "TWN",
        "XSL",
        Some("established"),
        Some("2020"),
    );
    // The clause of "it" opens after ", but": Serbia is its subject, Kosovo its object; the year
    // of the clause before ", but" is the declaration's, not the refusal's (undated).
    has(
        &kosovo(
            "Kosovo declared its independence from Serbia in 2008, but Serbia never recognised it.",
        ),
        "recognition",
        "SRB",
        "XKX",
        Some("negative"),
        None,
    );
}

#[test]
fn a_date_opening_the_sentence_dates_both_clauses() {
    // Written for this test: "In 2008" opens the sentence, so the refusal after ", but" is of 2008
    // too (the near miss above, with the year inside the first clause, gives it no date).
    has(
        &kosovo("In 2008, Kosovo declared its independence from Serbia, but Serbia did not recognise it."),
        "recognition",
        "SRB",
        "XKX",
        Some("negative"),
        Some("2008"),
    );
}

#[test]
fn a_sentence_with_no_state_joins_for_the_documents_entity_not_the_last_state_named() {
    // "It" and "The country" after "Kosovo declared independence from Serbia" are Kosovo.
    for last in [
        "It joined the IMF and the World Bank in 2009.",
        "The country joined the IMF in 2009.",
        "The republic was admitted to the IMF on 29 June 2009.",
    ] {
        let t = kosovo(last);
        lacks(&t, "membership", "SRB", "IMF");
        lacks(&t, "membership", "SRB", "WB");
        has(
            &t,
            "membership",
            "XKX",
            "IMF",
            Some("joined"),
            if last.contains("June") {
                Some("2009-06-29")
            } else {
                Some("2009")
            },
        );
    }
}

/// (speaker actor, object, stance) of every statement.
fn stances(text: &str) -> Vec<(String, String, String)> {
    claims(text)
        .into_iter()
        .filter(|c| c.kind.as_str() == "statement")
        .map(|c| {
            (
                c.speaker_actor.clone().unwrap_or_default(),
                c.object.clone(),
                c.polarity.clone().unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn stances_toward_the_declaration_and_listed_speakers() {
    let has_stance = |t: &str, sp: &str, o: &str, pol: &str| {
        let g = stances(t);
        let want = (sp.to_string(), o.to_string(), pol.to_string());
        assert!(g.contains(&want), "{t}\n expected {want:?} in {g:?}");
    };
    // "the declaration" is the act of the sentence before: Kosovo's.
    let t = kosovo("Serbia, Russia, China and Spain condemned the declaration.");
    for sp in ["SRB", "RUS", "CHN", "ESP"] {
        has_stance(&t, sp, "XKX", "oppose");
    }
    let t = kosovo(
        "The United States, the United Kingdom, France and Germany welcomed the declaration.",
    );
    for sp in ["USA", "GBR", "FRA", "DEU"] {
        has_stance(&t, sp, "XKX", "support");
    }
    // Every state of the list that opens a saying speaks.
    let t =
        kosovo("Russia and China said they would block Kosovo's membership of the United Nations.");
    has_stance(&t, "RUS", "XKX", "oppose");
    has_stance(&t, "CHN", "XKX", "oppose");
}

#[test]
fn states_asked_to_act_do_not_act() {
    // Near misses written for this test: lobbied, urged, called on — no act of the ones asked.
    for last in [
        "Serbia has lobbied countries such as Suriname, Burundi and Togo to withdraw their recognition.",
        "Serbia urged Suriname and Togo to withdraw their recognition of Kosovo.",
        "Belgrade called on Burundi to revoke its recognition.",
    ] {
        let t = kosovo(last);
        for s in ["SUR", "BDI", "TGO"] {
            lacks(&t, "recognition", s, "XKX");
        }
    }
    // A success verb is an act: "persuaded Suriname to withdraw" is Suriname's withdrawal.
    let t = kosovo("Serbia persuaded Suriname to withdraw its recognition in 2017.");
    has(
        &t,
        "recognition",
        "SUR",
        "XKX",
        Some("withdrawn"),
        Some("2017"),
    );
}

#[test]
fn ordinals_followers_and_the_latest() {
    let pos = Some("positive");
    let wd = Some("withdrawn");
    has(
        &kosovo("Japan was among the first to recognise it."),
        "recognition",
        "JPN",
        "XKX",
        pos,
        None,
    );
    has(
        &kosovo("Turkey remains one of the few countries to recognise it."),
        "recognition",
        "TUR",
        "XKX",
        pos,
        None,
    );
    has(
        &kosovo("Ghana became the latest country to withdraw recognition."),
        "recognition",
        "GHA",
        "XKX",
        wd,
        None,
    );
    has(
        &kosovo("Since then, 104 states have recognised Kosovo, most recently Kenya."),
        "recognition",
        "KEN",
        "XKX",
        pos,
        None,
    );
    // "did so" repeats the act of the clause before, with its own date.
    let t = kosovo("Togo revoked its recognition of Kosovo in 2019 and Ghana did so in 2020.");
    has(&t, "recognition", "GHA", "XKX", wd, Some("2020"));
    // Near misses.
    lacks(
        &kosovo("Togo revoked its recognition of Kosovo in 2019, but Ghana never did so."),
        "recognition",
        "GHA",
        "XKX",
    );
    lacks(
        &kosovo("Serbia has never done so."),
        "recognition",
        "SRB",
        "XKX",
    );
    lacks(
        &kosovo("Spain was among the first to criticise it."),
        "recognition",
        "ESP",
        "XKX",
    );
    lacks(
        &kosovo("Togo became the 15th country to revoke its recognition of Taiwan."),
        "recognition",
        "TGO",
        "XKX",
    );
}

#[test]
fn an_infobox_line_of_recognisers() {
    let t = "Abkhazia\n\nAbkhazia is a breakaway region of Georgia.\n\nRecognised by: Russia, Nicaragua, Venezuela, Nauru, Syria\n";
    for s in ["RUS", "NIC", "VEN", "NRU", "SYR"] {
        has(t, "recognition", s, "XAB", Some("positive"), None);
    }
    // Near misses: the line goes on after the name; a passive with its own subject.
    let t = "Transnistria\n\nTransnistria is a breakaway region of Moldova.\n\nRecognised by the United Nations as de jure part of Moldova\n";
    lacks(t, "recognition", "UN", "XTR");
    let t = "Transnistria\n\nTransnistria is a breakaway region of Moldova.\n\nAbkhazia was recognised by Russia.\n";
    lacks(t, "recognition", "RUS", "XTR");
}
