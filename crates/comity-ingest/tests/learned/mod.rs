//! The learned decider (`comity_ingest::learned`): the classifier on a simulated problem with a
//! known truth, features of sentences written for these tests, the decider's claims bounded by
//! the candidate, the weights file's round trip, and the file being what the trainer produces.

use comity_ingest::decider::{self, Outcome, LABELS};
use comity_ingest::learned::{self, Model, Rng, Settings};
use comity_ingest::{Candidate, ClaimKind};

fn candidates_of(text: &str) -> Vec<Candidate> {
    decider::candidates("t.txt", text.as_bytes(), &crate::real_gazetteer())
}

/// A simulated problem with a known truth: each example has one of four "cue" features that
/// decides its label (labels 1..=4 of `LABELS`, or 0 for the cue `c0`) and six noise features
/// drawn from fifty. A classifier that learns must label fresh examples by their cue.
#[test]
fn the_classifier_learns_a_simulated_separable_problem() {
    let mut rng = Rng::new(7);
    let mut draw = |n: usize| -> Vec<(Vec<String>, usize)> {
        (0..n)
            .map(|_| {
                let y = (rng.next_u64() % 5) as usize;
                let mut fs = vec![format!("c{y}")];
                for _ in 0..6 {
                    fs.push(format!("noise{}", rng.next_u64() % 50));
                }
                fs.sort();
                fs.dedup();
                (fs, y)
            })
            .collect()
    };
    let train = draw(400);
    let test = draw(200);
    let s = Settings {
        lambda: 1e-4,
        epochs: 10,
        threshold: 0.5,
        seed: 1,
    };
    let m = learned::train(&train, s);
    // Same data and settings: the same model (deterministic training).
    assert_eq!(m, learned::train(&train, s));
    let text = m.to_text();
    let m2 = Model::parse(&text, "sim").unwrap();
    assert_eq!(m2.to_text(), text);
    let mut right = 0;
    for (fs, y) in &test {
        let p = m2.probabilities_of(fs);
        let best = (0..p.len())
            .max_by(|a, b| p[*a].total_cmp(&p[*b]))
            .unwrap_or(0);
        right += usize::from(best == *y);
    }
    // The truth is exact (the cue decides the label): all but a few must be right.
    assert!(right >= 196, "{right} of 200 right");
}

/// A sentence written for this test that no frame decides: a candidate (SRB, XKX).
const TALKS: &str =
    "Talks in Brussels\n\nSerbia and Kosovo discussed mutual recognition on 3 May 2023.\n";

#[test]
fn features_of_a_written_sentence() {
    let cs = candidates_of(TALKS);
    let c = cs
        .iter()
        .find(|c| c.a == "SRB" && c.b == "XKX")
        .unwrap_or_else(|| panic!("no candidate (SRB, XKX): {cs:?}"));
    assert_eq!(&c.sentence[c.a_at.clone()], "Serbia");
    assert_eq!(&c.sentence[c.b_at.clone()], "Kosovo");
    let f = learned::features(c);
    for want in [
        "bias",
        "b=and",
        "bf=and",
        "bl=and",
        "dist=1",
        "trig=recogn",
        "trigpos=after",
        "r1=discus",
        "r2=mutual",
        "l1=<none>",
        "ka=state",
        "kb=entity",
        "kab=state_entity",
        "na=name",
        "nb=name",
        "nact=2",
        "dated=1",
    ] {
        assert!(f.iter().any(|x| x == want), "{want} not in {f:?}");
    }
    assert!(!f.iter().any(|x| x == "neg_s" || x == "mod_s"), "{f:?}");
    // A negation and a modal verb in the sentence, and one between the mentions.
    let neg = "Talks in Brussels\n\nSerbia will never discuss with Kosovo any mutual recognition, officials say.\n";
    let cs = candidates_of(neg);
    let c = cs
        .iter()
        .find(|c| c.a == "SRB" && c.b == "XKX")
        .unwrap_or_else(|| panic!("no candidate (SRB, XKX): {cs:?}"));
    let f = learned::features(c);
    for want in [
        "neg_s",
        "neg_b",
        "mod_s",
        "mod_b",
        "b=never",
        "dated=0",
        "trigpos=after",
    ] {
        assert!(f.iter().any(|x| x == want), "{want} not in {f:?}");
    }
}

/// Every claim the learned decider gives — at threshold 0, so every candidate gets one — has the
/// candidate's two actors as its parties and the candidate's span, evidence and date.
#[test]
fn the_decider_never_names_what_the_candidate_does_not_have() {
    let m = Model::embedded().unwrap();
    let text = "Relations in the Balkans\n\n\
        Serbia and Kosovo discussed mutual recognition on 3 May 2023.\n\n\
        Russia, China and Serbia spoke about Kosovo's membership of Interpol in Lyon.\n\n\
        Georgia and Abkhazia have no embassy in each other's capitals, but Russia has one in Sukhumi.\n\n\
        The agreement between Morocco and Israel mentions Western Sahara.\n";
    let cs = candidates_of(text);
    assert!(cs.len() >= 4, "{cs:?}");
    let ds = m.decide_at(&cs, 0.0);
    assert_eq!(ds.len(), cs.len());
    for (d, c) in ds.iter().zip(&cs) {
        let Outcome::Decided {
            label,
            claim: Some(claim),
        } = &d.outcome
        else {
            panic!("{:?}", d.outcome);
        };
        assert!(LABELS.contains(&label.as_str()) && label != "none");
        // A statement's speaker side is its speaker_actor (its subject is the name as written).
        let speaker = if claim.kind == ClaimKind::Statement {
            claim.speaker_actor.as_deref().unwrap_or("")
        } else {
            claim.subject.as_str()
        };
        let mut parties = [speaker, claim.object.as_str()];
        parties.sort_unstable();
        let mut want = [c.a.as_str(), c.b.as_str()];
        want.sort_unstable();
        assert_eq!(parties, want);
        assert_eq!(claim.span, c.template.span);
        assert_eq!(claim.evidence, c.template.evidence);
        assert_eq!(claim.date, c.template.date);
        assert_eq!(&text[claim.span.clone()], claim.evidence);
        assert_eq!(claim.rule, learned::RULE);
        assert!(claim
            .decided_by
            .as_deref()
            .is_some_and(|w| w.contains(learned::WEIGHTS_FILE)));
        assert!(claim.confidence < c.template.confidence);
    }
    // The decided claims are never a rule's claim again.
    let ex: Vec<_> = decider::decided_claims(&ds, &[]);
    let again = decider::decided_claims(&ds, &ex);
    assert!(again.is_empty());
}

#[test]
fn the_weights_file_round_trips_and_bad_files_are_errors() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(learned::WEIGHTS_FILE);
    let text = std::fs::read_to_string(&path).unwrap();
    let m = Model::parse(&text, "w").unwrap();
    assert_eq!(m.to_text(), text);
    assert_eq!(&m, Model::embedded().unwrap());
    // The header-only reading the CLI uses agrees with the full parse.
    assert_eq!(Model::embedded_default_on(), m.default_on);
    assert!(m.features() > 0);
    let first_weight = text
        .lines()
        .skip_while(|l| !l.starts_with("labels\t"))
        .nth(1)
        .unwrap();
    let bad_weight = text.replacen(first_weight, &first_weight.replacen(':', ":x", 1), 1);
    let e = Model::parse(&bad_weight, "w").unwrap_err().to_string();
    assert!(
        e.starts_with("w: line ") && e.contains("not a finite number"),
        "{e}"
    );
    let bad_labels = text.replacen("\tnone\t", "\tnothing\t", 1);
    let e = Model::parse(&bad_labels, "w").unwrap_err().to_string();
    assert!(e.contains("labels"), "{e}");
    let no_threshold: String = text
        .lines()
        .filter(|l| !l.starts_with("threshold\t"))
        .map(|l| format!("{l}\n"))
        .collect();
    let e = Model::parse(&no_threshold, "w").unwrap_err().to_string();
    assert!(e.contains("threshold"), "{e}");
}

/// The weights file is what the trainer writes: the file's setting trained again on the
/// development half gives the same lines (the comment lines, which hold the cross-validation's
/// summary, are checked by `cargo run --example train_decider -- --check`).
#[test]
fn the_weights_file_is_what_the_trainer_produces() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/heldout");
    let gold = learned::parse_gold(
        &std::fs::read_to_string(dir.join("gold-heldout-dev.jsonl")).unwrap(),
        "dev",
    )
    .unwrap();
    let mut names: Vec<String> = gold.iter().map(|g| g.key.doc.clone()).collect();
    names.sort();
    names.dedup();
    let files: Vec<(String, Vec<u8>)> = names
        .iter()
        .map(|n| (n.clone(), std::fs::read(dir.join("docs").join(n)).unwrap()))
        .collect();
    let refs: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let docs = learned::training_docs(&refs, &gold, &crate::real_gazetteer());
    let shipped = Model::embedded().unwrap();
    let mut m = learned::train(&learned::examples(&docs), shipped.settings);
    m.default_on = shipped.default_on;
    m.comments = shipped.comments.clone();
    assert!(
        m.to_text() == shipped.to_text(),
        "the weights differ from a new training"
    );
}
