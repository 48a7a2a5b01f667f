//! Findings of a read-only review of the page (ninth session, h/web19): an assumption about a
//! seat the ledger cannot fill is refused in words; the timeline's claims carry the denier-first
//! text and each source's grade and citation; small states' dots do not overlap, and an
//! uncertain one is a ringed dot in the SVG and its legend; the recorded UNESCO 2015 vote is
//! replayed with its recorded numbers. Expected values come from the rows named beside each
//! test (`data/claims.csv`, `data/sources.csv`, `assets/map/world.json`,
//! `../shared/data/kosovo/io_events.csv` as transcribed in `data/votes.toml`).

use axum::http::StatusCode;

use crate::fixture::{assert_error, get};
use crate::web16::row;

// Finding 1. The Security Council's elected seats are known for 1994-2009 only (rules.rs
// UNKNOWN_SEAT); in 2026 the roster has placeholders, which are no actors: an assumption about
// one is a 400 that says so (the page offered a ballot for them; the answer was "unknown actor").
#[tokio::test]
async fn an_assumption_about_an_unknown_seat_is_refused_in_words() {
    let r = get("/api/v1/simulate?body=un.sc&candidate=XKX&as_of=2026-11-22&assume=unknown-elected-seat-1%3Dyes").await;
    let v = assert_error(&r, StatusCode::BAD_REQUEST, "bad-request");
    let detail = v["detail"].as_str().unwrap_or_default();
    assert!(
        detail.starts_with("assume \"unknown-elected-seat-1\": a seat the ledger cannot fill"),
        "{v}"
    );
    // UN Charter art. 23: 15 members, 5 permanent: ten seats unknown on that day.
    let s = get("/api/v1/simulate?body=un.sc&candidate=XKX&as_of=2026-11-22").await;
    assert_eq!(s.status, StatusCode::OK, "{}", s.text);
    let st = &s.json()["stages"][0];
    assert_eq!(st["members"], 15);
    assert_eq!(st["unknown_seats"], 15 - 5);
    let unknown = st["voters"]
        .as_array()
        .expect("voters")
        .iter()
        .filter(|v| v["category"] == "unknown")
        .count();
    assert_eq!(
        unknown, 10,
        "the page finds unknown seats by their category"
    );
}

// Finding 2 and 4. data/claims.csv BDI.withdraws-recognition.2 is a denial claimed by XKX
// (README: "a denial names the denier first"); BDI.withdraws-recognition.1 rests on S36635cb8,
// whose grade and citation are data/sources.csv's.
#[tokio::test]
async fn the_timeline_carries_the_denier_first_text_and_the_sources_grades() {
    let r = get("/api/v1/timeline/BDI?other=XKX").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let tl = r.json();
    let claims = tl["claims"].as_array().expect("claims");
    let find = |id: &str| {
        claims
            .iter()
            .find(|c| c["id"] == id)
            .unwrap_or_else(|| panic!("no {id} in {tl}"))
    };
    let den = row("claims.csv", "BDI.withdraws-recognition.2");
    assert_eq!(den["negated"], "true");
    assert_eq!(
        find("BDI.withdraws-recognition.2")["text"],
        format!(
            "{} denies that {} {} {}",
            den["claimant"], den["subject"], den["predicate"], den["object"]
        )
    );
    let w = row("claims.csv", "BDI.withdraws-recognition.1");
    let src = row("sources.csv", &w["sources"]);
    let s = &find("BDI.withdraws-recognition.1")["sources"][0];
    assert_eq!(s["id"], w["sources"].as_str());
    assert_eq!(s["grade"], src["grade"].as_str());
    assert_eq!(s["citation"], src["citation"].as_str());
}

fn shapes() -> serde_json::Value {
    let text = std::fs::read_to_string(format!(
        "{}/assets/map/world.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("world.json");
    serde_json::from_str(&text).expect("world.json is JSON")
}

// Finding 5. assets/map/world.json puts Saint Lucia's centre at (332.1, 208) and St Vincent's
// at (331.4, 210): 2.1 units apart, less than two dots' radii. The served shapes place every
// dot at least two radii from every other, near its own shape.
#[tokio::test]
async fn small_states_dots_do_not_overlap() {
    let world = shapes();
    let centre = |name: &str| {
        let f = world["features"]
            .as_array()
            .expect("features")
            .iter()
            .find(|f| f["name"] == name)
            .unwrap_or_else(|| panic!("no {name} in world.json"))
            .clone();
        (f["cx"].as_f64().unwrap(), f["cy"].as_f64().unwrap())
    };
    let (lca, vct) = (centre("Saint Lucia"), centre("St. Vin. and Gren."));
    let r = comity_server::map::DOT_R;
    assert!(
        ((lca.0 - vct.0).powi(2) + (lca.1 - vct.1).powi(2)).sqrt() < 2.0 * r,
        "world.json's centres no longer overlap: the test has lost its case"
    );
    let served = get("/api/v1/map-shapes").await;
    assert_eq!(served.status, StatusCode::OK);
    let s = served.json();
    let dots: Vec<(String, f64, f64, f64, f64)> = s["features"]
        .as_array()
        .expect("features")
        .iter()
        .filter(|f| f["dot_x"].is_number())
        .map(|f| {
            (
                f["id"].as_str().unwrap_or_default().to_string(),
                f["dot_x"].as_f64().unwrap(),
                f["dot_y"].as_f64().unwrap(),
                f["cx"].as_f64().unwrap(),
                f["cy"].as_f64().unwrap(),
            )
        })
        .collect();
    assert!(dots.iter().any(|d| d.0 == "LCA") && dots.iter().any(|d| d.0 == "VCT"));
    for (i, a) in dots.iter().enumerate() {
        // Near its own shape: within a few dots' widths of its centre.
        let moved = ((a.1 - a.3).powi(2) + (a.2 - a.4).powi(2)).sqrt();
        assert!(moved <= 4.0 * r, "{} moved {moved:.1} units", a.0);
        for b in &dots[i + 1..] {
            let d = ((a.1 - b.1).powi(2) + (a.2 - b.2).powi(2)).sqrt();
            assert!(d >= 2.0 * r, "{} and {} dots overlap ({d:.2})", a.0, b.0);
        }
    }
}

// Finding 5. data/claims.csv LCA.recognises.1 is undated: on 2012-06-30 Saint Lucia is
// uncertain. Its dot in the SVG is a white disc in a black ring (a hatch does not show in a
// dot), and the legend's uncertain entry shows the ring.
#[tokio::test]
async fn an_uncertain_small_state_is_a_ringed_dot_in_the_svg() {
    let lca = row("claims.csv", "LCA.recognises.1");
    assert_eq!(lca["date"], "");
    let m = get("/api/v1/map/XKX?as_of=2012-06-30").await.json();
    assert_eq!(m["states"]["LCA"]["class"], "uncertain");
    let r = get("/api/v1/map/XKX/svg?as_of=2012-06-30").await;
    assert_eq!(r.status, StatusCode::OK);
    let svg = r.text;
    // Each circle element, up to its end (a dot ends with `</circle>`, a pattern's with `/>`).
    let at = svg
        .split("<circle ")
        .skip(1)
        .map(|c| {
            let end = [c.find("</circle>"), c.find("/>")]
                .into_iter()
                .flatten()
                .min()
                .unwrap_or(c.len());
            &c[..end]
        })
        .find(|c| c.contains("<title>Saint Lucia: "))
        .expect("Saint Lucia's dot");
    assert!(
        at.contains("fill=\"#FFFFFF\" stroke=\"#000000\""),
        "not a ringed dot: {at}"
    );
    assert!(
        svg.contains("class=\"legend-uncertain-dot\""),
        "no ring in the legend"
    );
    assert!(svg.contains("; a small state: a ringed dot</text>"));
}

// Finding 6. ../shared/data/kosovo/io_events.csv: UNESCO General Conference, 2015-11-09,
// "rejected (3 votes short)", 92 yes, 50 no, 29 abstentions, "142 present and voting; 95
// needed" (data/votes.toml unesco-gc-2015): the replay the page shows.
#[tokio::test]
async fn the_unesco_2015_vote_replays_with_its_recorded_numbers() {
    let r = get("/api/v1/replay/unesco-gc-2015").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let v = r.json();
    assert_eq!(
        (v["yes"].as_u64(), v["no"].as_u64(), v["abstain"].as_u64()),
        (Some(92), Some(50), Some(29))
    );
    assert_eq!(v["base"], 142);
    assert_eq!(v["needed"], 95);
    assert_eq!(v["passed"], false);
    assert_eq!(v["recorded_outcome"], "rejected (3 votes short)");
    let votes = get("/api/v1/votes").await.json();
    assert!(votes
        .as_array()
        .expect("votes")
        .iter()
        .any(|x| x["id"] == "unesco-gc-2015" && x["body"] == "unesco.gc"));
}
