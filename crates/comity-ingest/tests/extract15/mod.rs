//! h/extract15: mechanisms from batch 7's development errors (tests/data/heldout, batch 7). Every
//! sentence here was written for this test (none is copied from a held-out document); the expected
//! claims are what the sentence states under eval/SCHEMA.md, and each mechanism has near misses
//! that must give nothing.

use crate::lexicon::{has, lacks};

#[test]
fn extract15_recognisers_after_of_which() {
    let pos = Some("positive");
    // A count of recognisers, then the named ones after "of which": each named one recognises.
    let t = "Kosovo has been recognised by 40 states, of which Japan and Canada have embassies in Pristina.";
    has(t, "recognition", "JPN", "XKX", pos);
    has(t, "recognition", "CAN", "XKX", pos);
    // Near misses: not recognised by them — no positive recognition.
    lacks(
        "Kosovo has not been recognised by 40 states, of which Spain and Greece are EU members.",
        "recognition",
        "ESP",
        "XKX",
        pos,
    );
    lacks(
        "Kosovo has been recognised by 40 states, none of which is Spain.",
        "recognition",
        "ESP",
        "XKX",
        pos,
    );
}

#[test]
fn extract15_an_embassy_opened_in_a_state_is_relations() {
    let est = Some("established");
    has(
        "Japan has opened an embassy in Kosovo.",
        "relations",
        "JPN",
        "XKX",
        est,
    );
    has(
        "Japan and Canada have opened embassies in Kosovo.",
        "relations",
        "CAN",
        "XKX",
        est,
    );
    // In the state's capital.
    has(
        "Japan has opened an embassy in Kosovo's capital Pristina.",
        "relations",
        "JPN",
        "XKX",
        est,
    );
    // Near misses: a possessor before "capital" is no object of other kinds; a plan, a denial,
    // and an embassy in a city that names no state.
    lacks(
        "Japan recognised Kosovo's capital as its seat.",
        "recognition",
        "JPN",
        "XKX",
        None,
    );
    lacks(
        "Japan plans to open an embassy in Kosovo.",
        "relations",
        "JPN",
        "XKX",
        None,
    );
    lacks(
        "Japan has not opened an embassy in Kosovo.",
        "relations",
        "JPN",
        "XKX",
        None,
    );
    lacks(
        "Kosovo has opened an embassy in Jerusalem and one in Japan's neighbour.",
        "relations",
        "XKX",
        "JPN",
        None,
    );
}

#[test]
fn extract15_the_first_member_of_a_body_to_recognise() {
    let pos = Some("positive");
    // "the first member of the European Union (EU) to recognise": a recognition, and no membership
    // (presupposed, and the sentence's date is the recognition's).
    let t = "In 2014, Sweden's new centre-left government became the first member of the European Union (EU) to recognise Palestine.";
    has(t, "recognition", "SWE", "PSE", pos);
    lacks(t, "membership", "SWE", "EU", None);
    has(
        "Finland became the first member state of the EU to recognise Palestine.",
        "recognition",
        "FIN",
        "PSE",
        pos,
    );
    // A membership with no act after it is still read.
    has(
        "Montenegro became the latest member of NATO in 2017.",
        "membership",
        "MNE",
        "NATO",
        Some("joined"),
    );
    // Near misses: a possessive before a noun that is no institution, and a negated act.
    lacks(
        "Sweden's former colony recognised Palestine.",
        "recognition",
        "SWE",
        "PSE",
        None,
    );
    lacks(
        "Sweden did not become the first member of the European Union to recognise Palestine.",
        "recognition",
        "SWE",
        "PSE",
        pos,
    );
}

#[test]
fn extract15_a_pronoun_before_join_is_its_subject() {
    let joined = Some("joined");
    // "they" is the two states, not the state named right before it.
    let t = "Malta and Cyprus recognised Palestine before they joined the EU.";
    has(t, "membership", "MLT", "EU", joined);
    has(t, "membership", "CYP", "EU", joined);
    lacks(t, "membership", "PSE", "EU", None);
    lacks(
        "Malta and Cyprus had recognised Palestine, but that was long before they joined the EU.",
        "membership",
        "PSE",
        "EU",
        None,
    );
    // Without a pronoun, the state before the verb joins.
    has(
        "Long after recognising Palestine, Croatia joined the EU in 2013.",
        "membership",
        "HRV",
        "EU",
        joined,
    );
}

#[test]
fn extract15_coordinated_verb_phrases_share_the_subject() {
    // The second verb phrase has no subject of its own: it is the sentence's subject's.
    let t = "Chad established diplomatic ties with Taiwan in 1962, but later switched its allegiance to China in 1972.";
    has(t, "relations", "TCD", "TWN", Some("established"));
    has(t, "recognition", "TCD", "CHN", Some("positive"));
    let dated = crate::lexicon::claims(t);
    assert!(
        dated.iter().any(|c| c.kind.as_str() == "recognition"
            && c.object == "CHN"
            && c.date.map(|d| d.to_string()).as_deref() == Some("1972")),
        "{dated:?}"
    );
    // A negated second verb phrase with a pronoun object: Russia's non-recognition of
    // Transnistria (the mechanism's precision case: before it, Transnistria was the subject).
    let t = "Russia keeps a consulate in Transnistria, but hasn't recognised it as an independent state.";
    has(t, "recognition", "RUS", "XTR", Some("negative"));
    lacks(t, "recognition", "XTR", "RUS", None);
    // Near misses: the verb phrase may be a reported clause's (its subject is not the sayer's),
    // and a list subject is left to the rules that read lists.
    lacks(
        "Japan said that Kosovo recognised Taiwan and established relations with Fiji.",
        "relations",
        "JPN",
        "FJI",
        None,
    );
    let t = "Malta and Cyprus recognised Palestine and joined the EU in 2004.";
    lacks(t, "membership", "PSE", "EU", None);
    // A coordination of nouns is no verb phrase.
    lacks(
        "Chad recognised Taiwan and China in 1960.",
        "recognition",
        "TWN",
        "CHN",
        None,
    );
}

#[test]
fn extract15_resolutions_and_a_parenthesised_list_of_parties() {
    let sup = Some("support");
    // A resolution or motion for a party is a stance of the body's state; the list may close a
    // parenthesis glossing the subject; a demonym before "statehood" stands for the party.
    let t = "Sweden recognised the State of Palestine in 2014. Parliaments in several EU states (France, Spain and Italy) adopted resolutions supporting Palestinian statehood.";
    for s in ["FRA", "ESP", "ITA"] {
        has(t, "statement", s, "PSE", sup);
    }
    has(
        "Sweden recognised the State of Palestine in 2014. France passed a motion in support of Palestine.",
        "statement",
        "FRA",
        "PSE",
        sup,
    );
    has(
        "Nicaragua recognised Abkhazian independence in 2008.",
        "recognition",
        "NIC",
        "XAB",
        Some("positive"),
    );
    // Near misses: a resolution not adopted; a demonym before another noun is no party.
    lacks(
        "Sweden recognised the State of Palestine in 2014. France did not adopt a resolution supporting Palestinian statehood.",
        "statement",
        "FRA",
        "PSE",
        sup,
    );
    lacks(
        "Nicaragua recognised Abkhazian passports in 2008.",
        "recognition",
        "NIC",
        "XAB",
        None,
    );
}

#[test]
fn extract15_sovereignty_over_a_territory_is_a_stance() {
    // Recognising a state's sovereignty over a territory: support of that state, no recognition.
    for t in [
        "Spain recognised the sovereignty of Morocco over Western Sahara.",
        "Israel recognised Morocco's sovereignty over Western Sahara in 2023.",
    ] {
        let s = if t.starts_with("Spain") { "ESP" } else { "ISR" };
        has(t, "statement", s, "MAR", Some("support"));
        lacks(t, "recognition", s, "MAR", None);
    }
    // Near misses: the sovereignty of a state with no territory after it, and a plain recognition.
    has(
        "Spain recognised the sovereignty of Kosovo in 2008.",
        "recognition",
        "ESP",
        "XKX",
        Some("positive"),
    );
    lacks(
        "Spain recognised the sovereignty of Kosovo in 2008.",
        "statement",
        "ESP",
        "XKX",
        None,
    );
}

#[test]
fn extract15_a_passive_recognition_in_quoted_words_is_no_stance() {
    // The speaker speaks of a recognition by others ("being recognised"): no support.
    lacks(
        "Russia's foreign minister Sergei Lavrov said it was important not to \"sound alarm\" about the prospect of Kosovo's independence being recognised.",
        "statement",
        "RUS",
        "XKX",
        Some("support"),
    );
    // The speaker's own recognition in quoted words is still support.
    has(
        "\"We recognise the State of Palestine,\" Norway's foreign minister said.",
        "statement",
        "NOR",
        "PSE",
        Some("support"),
    );
}

#[test]
fn extract15_a_long_block_after_see_also_is_prose() {
    // A sidebar's "See also" near the top of an encyclopedia mirror: the article after it is read.
    let t = "Foreign relations of Transnistria\n\nThis article is part of a series on the\npolitics of\nSee also\n\nRussia maintains a consulate in Transnistria, but has not recognised it as an independent state, and its president spoke of a special status for the region.\n";
    has(t, "recognition", "RUS", "XTR", Some("negative"));
    // Near miss: the short link lines of a real "See also" section stay removed.
    let t = "Foreign relations of Transnistria\n\nTransnistria declared independence in 1990.\n\nSee also\n\nRussia recognised Abkhazia\n";
    lacks(t, "recognition", "RUS", "XAB", None);
}
