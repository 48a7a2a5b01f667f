//! h/extract17: mechanisms from the development half's errors (batch 9 included). Every sentence
//! here was written for this test (none is copied from a held-out document); the expected claims
//! are what the sentence states under eval/SCHEMA.md, and each mechanism has near misses that must
//! give nothing (or must keep what they gave before).

use crate::lexicon::{has, lacks};

#[test]
fn extract17_a_hard_wrapped_line_goes_on_in_the_next_line() {
    let pos = Some("positive");
    // A reprint wrapped at a fixed width: the sentence runs over the line break.
    let t = "Sahel news\n\nGhana has recognized the\nindependence of Kosovo, a region that declared\nindependence from Serbia in 2008.";
    has(t, "recognition", "GHA", "XKX", pos);
    has(t, "independence", "XKX", "SRB", None);
    // A long wrapped line followed by a capitalised word goes on too.
    let t = "Sahel news\n\nAfter a long debate in the national parliament on Tuesday evening,\nGhana recognised Kosovo.";
    has(t, "recognition", "GHA", "XKX", pos);
    // Near misses: a blank line between the lines makes two paragraphs, and a line that ends with
    // a stop ends its sentence.
    let t = "Sahel news\n\nGhana has recognized the\n\nindependence of Kosovo.";
    lacks(t, "recognition", "GHA", "XKX", None);
    let t = "Sahel news\n\nThe government of Ghana met on Tuesday.\nKosovo was not on the agenda.";
    lacks(t, "recognition", "GHA", "XKX", None);
}

#[test]
fn extract17_a_withdrawal_written_as_a_noun_after_a_possessive() {
    let wd = Some("withdrawn");
    let t = "Morocco welcomed Peru’s decision to withdraw recognition of the self-proclaimed Sahrawi Arab Democratic Republic.";
    has(t, "recognition", "PER", "ESH", wd);
    has(t, "statement", "MAR", "PER", Some("support"));
    // A plural possessive is a bare apostrophe.
    let t = "Rabat hailed Chad and Barbados’ decision to withdraw their recognition of the SADR.";
    has(t, "recognition", "TCD", "ESH", wd);
    has(t, "recognition", "BRB", "ESH", wd);
    let t = "Peru's withdrawal of its recognition of Kosovo surprised Pristina.";
    has(t, "recognition", "PER", "XKX", wd);
    // Near misses: a decision to keep the recognition, or to withdraw something else.
    let t = "Peru’s decision to keep its recognition of the SADR was criticised.";
    lacks(t, "recognition", "PER", "ESH", wd);
    let t = "Peru’s decision to withdraw its ambassador from Morocco surprised Rabat.";
    lacks(t, "recognition", "PER", "MAR", None);
}

#[test]
fn extract17_a_recognition_taken_back_later_in_the_sentence() {
    let wd = Some("withdrawn");
    let t = "Pakistan and Bangladesh previously recognized Kosovo, however they backtracked after pressure.";
    has(t, "recognition", "PAK", "XKX", Some("positive"));
    has(t, "recognition", "PAK", "XKX", wd);
    has(t, "recognition", "BGD", "XKX", wd);
    let t = "Chad previously recognized the independence of Kosovo, however it backtracked.";
    has(t, "recognition", "TCD", "XKX", wd);
    let t = "Mali recognized Kosovo, however it backtracked in 2012.";
    has(t, "recognition", "MLI", "XKX", wd);
    // Near miss: the sentence says it never backtracked.
    let t = "Mali recognized Kosovo in 2008, but it never backtracked.";
    lacks(t, "recognition", "MLI", "XKX", wd);
    has(t, "recognition", "MLI", "XKX", Some("positive"));
}

#[test]
fn extract17_readiness_to_recognise_is_a_plan() {
    let planned = Some("planned");
    has(
        "Gambia is ready to recognise Kosovo.",
        "recognition",
        "GMB",
        "XKX",
        planned,
    );
    has(
        "Mali said it is willing to recognise Kosovo.",
        "recognition",
        "MLI",
        "XKX",
        planned,
    );
    // Near misses: readiness under a condition that follows is no plan, and a recognition
    // stated without readiness stays an act.
    lacks(
        "Ghana is ready to recognise Kosovo if Serbia agrees.",
        "recognition",
        "GHA",
        "XKX",
        None,
    );
    has(
        "Ghana recognised Kosovo.",
        "recognition",
        "GHA",
        "XKX",
        Some("positive"),
    );
}

#[test]
fn extract17_a_future_act_under_a_following_condition_is_none() {
    let severed = Some("severed");
    lacks(
        "Honduras will have to cut ties with Taiwan if it goes ahead with the plan.",
        "relations",
        "HND",
        "TWN",
        None,
    );
    lacks(
        "Palau will sever ties with Taiwan unless Beijing agrees.",
        "relations",
        "PLW",
        "TWN",
        None,
    );
    // Near miss: a stated future severing with no condition stays (held-out guideline 4).
    has(
        "Nauru will sever ties with Taiwan.",
        "relations",
        "NRU",
        "TWN",
        severed,
    );
}

#[test]
fn extract17_no_formal_ties_are_no_relations() {
    has(
        "The U.S. has no formal diplomatic ties with Taiwan.",
        "relations",
        "USA",
        "TWN",
        Some("none"),
    );
    // Near miss: formal ties are relations, not their absence.
    lacks(
        "Guatemala has formal diplomatic ties with Taiwan.",
        "relations",
        "GTM",
        "TWN",
        Some("none"),
    );
}

#[test]
fn extract17_the_people_or_institutions_of_a_state_act_for_it() {
    let t = "In 2012, representatives of the Armed Forces of South Ossetia signed a cooperation agreement with representatives of the Armed Forces of Transnistria.";
    has(t, "agreement", "XSO", "XTR", None);
    let t = "Ghana signed an agreement with the government of Mali in 2010.";
    has(t, "agreement", "GHA", "MLI", None);
    // Near miss: people of something that is no state named after "of".
    let t = "Ghana signed an agreement with representatives of a company based in Mali.";
    lacks(t, "agreement", "GHA", "MLI", None);
}

#[test]
fn extract17_ties_named_once_then_ended_or_switched() {
    let t = "Ghana, a country in West Africa, established diplomatic ties with Taiwan in 1961, but severed the ties and switched its allegiance to China in 1973.";
    has(t, "relations", "GHA", "TWN", Some("established"));
    has(t, "relations", "GHA", "TWN", Some("severed"));
    has(t, "recognition", "GHA", "TWN", Some("withdrawn"));
    has(t, "recognition", "GHA", "CHN", Some("positive"));
    // Near misses: the ties are kept, or the ties ended are others' ("its ties with Taiwan").
    let t = "Japan established diplomatic relations with China in 1972 and severed its ties with Taiwan.";
    lacks(t, "relations", "JPN", "CHN", Some("severed"));
    has(t, "relations", "JPN", "TWN", Some("severed"));
    let t = "Mali established ties with Taiwan in 1961 and kept the ties.";
    lacks(t, "relations", "MLI", "TWN", Some("severed"));
    lacks(t, "recognition", "MLI", "TWN", Some("withdrawn"));
}

#[test]
fn extract17_a_body_that_refused_to_accept_a_bid() {
    has(
        "Interpol has refused to accept Kosovo’s membership bid.",
        "membership",
        "XKX",
        "INTERPOL",
        Some("refused"),
    );
    // Near miss: a refusal of something that is no bid.
    lacks(
        "Interpol refused to accept Kosovo’s complaint about Serbia.",
        "membership",
        "XKX",
        "INTERPOL",
        None,
    );
}

#[test]
fn extract17_a_relative_clause_keeps_its_actor_and_its_date() {
    // The stance is the state's the clause hangs on, and the clause's date is not the stance's.
    let t =
        "Serbia, which gained independence from Turkey in 1878, opposes the recognition of Kosovo.";
    has(t, "statement", "SRB", "XKX", Some("oppose"));
    lacks(t, "statement", "TUR", "XKX", None);
    let c = crate::lexicon::claims(t);
    let st = c
        .iter()
        .find(|c| c.kind.as_str() == "statement" && c.object == "XKX")
        .expect("the stance");
    assert_eq!(st.date.map(|d| d.to_string()), None, "{st:?}");
    // The clause's own claim keeps its date.
    has(t, "independence", "SRB", "TUR", None);
    // Near miss: with no relative clause the nearest actor still speaks.
    has(
        "Turkey opposes the recognition of Kosovo.",
        "statement",
        "TUR",
        "XKX",
        Some("oppose"),
    );
}

#[test]
fn extract17_a_date_set_off_by_commas_after_the_verb() {
    let t = "Kenya had suspended, in October 2006, its diplomatic relations with the SADR.";
    has(t, "relations", "KEN", "ESH", Some("severed"));
    let c = crate::lexicon::claims(t);
    let r = c
        .iter()
        .find(|c| c.kind.as_str() == "relations")
        .expect("the severing");
    assert_eq!(r.date.map(|d| d.to_string()).as_deref(), Some("2006-10"));
    // Near miss: the date closes a clause that ", and" follows: the next clause's state is no
    // object of the first verb.
    let t = "Ghana recognised Kosovo, in March 2008, and Serbia protested.";
    lacks(t, "recognition", "GHA", "SRB", None);
}

#[test]
fn extract17_the_states_named_after_after_in_an_ordinal_description() {
    let pos = Some("positive");
    let t = "Japan became the third state, after Ghana and Mali, to recognise Kosovo.";
    has(t, "recognition", "GHA", "XKX", pos);
    has(t, "recognition", "MLI", "XKX", pos);
    let t = "It is the ninth country, after Panama and Kiribati, to switch recognition from Taiwan to China.";
    has(t, "recognition", "PAN", "TWN", Some("withdrawn"));
    has(t, "recognition", "KIR", "CHN", pos);
    // Near miss: "after" opening another clause after the act names no recogniser.
    let t = "Japan became the third state to recognise Kosovo after Ghana hosted talks.";
    lacks(t, "recognition", "GHA", "XKX", None);
    has(t, "recognition", "JPN", "XKX", pos);
}
