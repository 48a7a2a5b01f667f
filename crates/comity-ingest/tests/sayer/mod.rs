//! Who says an ingested act (issue 10, truth review of ingestion): an act stated inside reported
//! speech ("X said …", "according to X", "X's foreign ministry said") is the speaker's claim, the
//! state's own word when the speaker is the act's subject; an act the document states in its own
//! voice, or whose clause has no clear sayer, has none. Every sentence here was written for this
//! test; the expected sayer is the one the sentence names for the act's clause.

use comity_ingest::Claim;

use crate::lexicon::claims;

/// The act of `kind` from `s` to `o` in `text`.
fn act(text: &str, kind: &str, s: &str, o: &str) -> Claim {
    let all = claims(text);
    all.iter()
        .find(|c| c.kind.as_str() == kind && c.subject == s && c.object == o)
        .cloned()
        .unwrap_or_else(|| panic!("{text}\n no {kind} {s} {o} in {all:?}"))
}

fn said_by(text: &str, kind: &str, s: &str, o: &str, sayer: Option<&str>) {
    let c = act(text, kind, s, o);
    assert_eq!(
        c.reported_by.as_deref(),
        sayer,
        "{text}\n sayer of {kind} {s} {o}: {c:?}"
    );
}

#[test]
fn a_third_party_reports_the_act() {
    // The review's own example: Georgia reports it, Caracas has not confirmed it.
    said_by(
        "Georgia said Venezuela recognised Abkhazia, but Caracas has not confirmed it.",
        "recognition",
        "VEN",
        "XAB",
        Some("GEO"),
    );
    said_by(
        "Somalia said that the United Kingdom recognised Somaliland in 1960, a claim London rejected.",
        "recognition",
        "GBR",
        "XSL",
        Some("SOM"),
    );
    said_by(
        "The Serbian foreign ministry said Ghana had withdrawn its recognition of Kosovo.",
        "recognition",
        "GHA",
        "XKX",
        Some("SRB"),
    );
    said_by(
        "Serbia's foreign ministry said on Tuesday that Togo had withdrawn its recognition of Kosovo.",
        "recognition",
        "TGO",
        "XKX",
        Some("SRB"),
    );
    // The closing form: the clause before ", X said".
    said_by(
        "Suriname has withdrawn its recognition of Kosovo, Serbia's foreign minister said on Friday.",
        "recognition",
        "SUR",
        "XKX",
        Some("SRB"),
    );
}

#[test]
fn the_state_announces_its_own_act() {
    said_by(
        "Nauru said it would recognise China.",
        "recognition",
        "NRU",
        "CHN",
        Some("NRU"),
    );
    said_by(
        "Honduras announced that it had established diplomatic relations with China.",
        "relations",
        "HND",
        "CHN",
        Some("HND"),
    );
}

#[test]
fn according_to_names_the_sayer() {
    said_by(
        "According to Kosovo's foreign ministry, Bangladesh recognised Kosovo in 2017.",
        "recognition",
        "BGD",
        "XKX",
        Some("XKX"),
    );
    said_by(
        "Bangladesh recognised Kosovo in 2017, according to Kosovo's foreign ministry.",
        "recognition",
        "BGD",
        "XKX",
        Some("XKX"),
    );
}

#[test]
fn a_name_before_said_that_is_not_the_sayer_of_the_acts_clause() {
    // The document's own voice: no one is reported.
    said_by(
        "Venezuela recognised Abkhazia in 2009.",
        "recognition",
        "VEN",
        "XAB",
        None,
    );
    // Russia says something, but not the clause that holds the act.
    said_by(
        "Venezuela recognised Abkhazia in 2009, and Russia said the move was welcome.",
        "recognition",
        "VEN",
        "XAB",
        None,
    );
    // Serbia is named before "said" but the sayers are the officials who visited it.
    said_by(
        "Officials who visited Serbia said that Ghana had withdrawn its recognition of Kosovo.",
        "recognition",
        "GHA",
        "XKX",
        None,
    );
    // The writer's own clause after the report.
    said_by(
        "Georgia said the decision was a mistake, while Nauru recognised Abkhazia in 2009.",
        "recognition",
        "NRU",
        "XAB",
        None,
    );
}

#[test]
fn an_office_holder_speaks_for_the_state_they_hold_office_in() {
    // Muse Bihi Abdi, President of Somaliland 2017–2024 (data/office_holders.csv).
    let text = "Muse Bihi Abdi said that Ethiopia would recognise Somaliland.";
    let all = claims(text);
    let c = all
        .iter()
        .find(|c| c.kind.as_str() != "statement" && c.subject == "ETH" && c.object == "XSL")
        .unwrap_or_else(|| panic!("{text}\n no act ETH XSL in {all:?}"));
    assert_eq!(c.reported_by.as_deref(), Some("XSL"), "{c:?}");
}

#[test]
fn states_that_open_the_clause_together_each_say_their_own_act() {
    for s in ["IRL", "NOR", "ESP"] {
        said_by(
            "Ireland, Norway and Spain said they would formally recognise the State of Palestine.",
            "recognition",
            s,
            "PSE",
            Some(s),
        );
    }
    said_by(
        "The Pacific island nation of Tuvalu said Monday that it had withdrawn its recognition of Abkhazia.",
        "recognition",
        "TUV",
        "XAB",
        Some("TUV"),
    );
    said_by(
        "Vanuatu has announced that it has officially recognised Abkhazia.",
        "recognition",
        "VUT",
        "XAB",
        Some("VUT"),
    );
    // A state named together with a non-state before the verb is no opening list of speakers.
    said_by(
        "Diplomats in Serbia and Montenegro's capital said Ghana had withdrawn its recognition of Kosovo.",
        "recognition",
        "GHA",
        "XKX",
        None,
    );
}

#[test]
fn an_official_confirms_the_act() {
    said_by(
        "Kenya officially recognised Kosovo, the Kosovan president confirmed Wednesday.",
        "recognition",
        "KEN",
        "XKX",
        Some("XKX"),
    );
    said_by(
        "Kenya has recognised Kosovo, the Kosovan president confirmed on Wednesday.",
        "recognition",
        "KEN",
        "XKX",
        Some("XKX"),
    );
}

#[test]
fn a_comment_after_the_report_is_neither_the_speakers_words_nor_dated_by_it() {
    // The review's example: London's rejection is not Somalia's words, and 1960 is the date of
    // the recognition Somalia reports, not of London's rejection.
    let text =
        "Somalia said that the United Kingdom recognised Somaliland in 1960, a claim London rejected.";
    let all = claims(text);
    assert!(
        !all.iter().any(|c| c.kind.as_str() == "statement"
            && c.speaker_actor.as_deref() == Some("SOM")
            && c.object == "GBR"),
        "{all:?}"
    );
    for c in all
        .iter()
        .filter(|c| c.kind.as_str() == "statement" && c.speaker_actor.as_deref() == Some("GBR"))
    {
        assert_eq!(c.date, None, "{c:?}");
    }
    // Near miss: the reported act itself keeps its date, and Somalia as its sayer.
    let act = all
        .iter()
        .find(|c| c.kind.as_str() == "recognition" && c.subject == "GBR" && c.object == "XSL")
        .unwrap_or_else(|| panic!("no GBR XSL in {all:?}"));
    assert_eq!(act.date.map(|d| d.to_string()).as_deref(), Some("1960"));
    assert_eq!(act.reported_by.as_deref(), Some("SOM"));
}
