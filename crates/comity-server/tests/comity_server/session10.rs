//! Tenth session (2026-12-08): a recognition dated before the state existed is marked on the map
//! and in the timeline, as in the CLI. data/actors.csv: Namibia (NAM) begins on 1990-03-21;
//! data/claims.csv NAM.recognises.PSE.1 dates its recognition of Palestine 1988-11-19 (SWAPO's).

use axum::http::StatusCode;

use crate::fixture::get;

#[tokio::test]
async fn a_date_before_the_state_existed_is_marked_on_the_map_and_timeline() {
    let r = get("/api/v1/map/PSE?as_of=1995-01-01").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let v = r.json();
    let nam = &v["states"]["NAM"];
    assert!(
        nam["since_note"]
            .as_str()
            .is_some_and(|n| n.contains("1990-03-21")),
        "{nam}"
    );
    assert!(
        nam["when"]
            .as_str()
            .is_some_and(|w| w.contains("dated before the state existed")),
        "{nam}"
    );
    // Near miss: Afghanistan's 1988-11-16 recognition (same source) is its own.
    assert!(
        v["states"]["AFG"]["since_note"].is_null(),
        "{}",
        v["states"]["AFG"]
    );
    let t = get("/api/v1/timeline/NAM?other=PSE").await;
    assert_eq!(t.status, StatusCode::OK, "{}", t.text);
    let note = t.json()["claims"][0]["date_note"].clone();
    assert!(
        note.as_str().is_some_and(|n| n.contains("1990-03-21")),
        "{note}"
    );
}

// data/actors.csv: EU is an organisation; `/status/EU/PSE` is a 400 (README: one check in the
// library). Review 21: `/recognised-by/EU` was a 200 with ten "not recorded" rows.
#[tokio::test]
async fn recognised_by_refuses_an_organisation_as_status_does() {
    for uri in ["/api/v1/recognised-by/EU", "/api/v1/status/EU/PSE"] {
        let r = get(uri).await;
        let v = crate::fixture::assert_error(&r, StatusCode::BAD_REQUEST, "bad-request");
        assert!(
            v["detail"]
                .as_str()
                .is_some_and(|d| d.contains("is an organisation, not a state or entity")),
            "{uri}: {v}"
        );
    }
    let ok = get("/api/v1/recognised-by/RUS").await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.text);
}

// A series of more than 1,200 months is counted at a coarser step that the answer states. From
// 1912-01-01 to 2026-11-22 is 1,378 months (114 years and 10 months): every 2 months, the 690
// days 1912-01-01, 1912-03-01, …, 2026-11-01 (i = 0..=689), and the last day: 691 points. Review 21: it stopped after 1,200 points
// (2011-12) and jumped to the last day, fifteen years missing without a word.
#[tokio::test]
async fn a_long_series_is_counted_at_a_stated_step_to_its_end() {
    let r = get("/api/v1/recognitions/TWN/series?from=1912&to=2026-11-22").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let v = r.json();
    assert_eq!(v["step_months"], 2, "{}", v["note"]);
    assert!(
        v["note"]
            .as_str()
            .is_some_and(|n| n.contains("every 2 months")),
        "{}",
        v["note"]
    );
    let pts = v["points"].as_array().expect("points");
    assert_eq!(pts.len(), 691);
    assert_eq!(pts[pts.len() - 2]["as_of"], "2026-11-01");
    assert_eq!(pts[pts.len() - 1]["as_of"], "2026-11-22");
    // Near miss: a range under the cap keeps monthly points and no note.
    let m = get("/api/v1/recognitions/XKX/series?from=2008-02-17&to=2009-02-17")
        .await
        .json();
    assert_eq!(m["step_months"], 1);
    assert!(m["note"].is_null());
    assert_eq!(m["points"].as_array().map(Vec::len), Some(13));
}
