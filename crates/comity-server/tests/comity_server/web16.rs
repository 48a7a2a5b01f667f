//! Findings of a read-only review of the page and the API (sixth session, h/web16): the legend
//! and the SVG say which statuses are inferred; a ceased entity's "not recognising" carry the
//! CLI's note; the simulation carries what the CLI's table says; the shapes of states that
//! were part of a predecessor on the day take its entry; error answers say what was expected,
//! do not echo a huge text, keep their JSON shape for a huge path; an empty roster says so.
//! Expected values come from the shipped rows named beside each test (`data/claims.csv`,
//! `data/actors.csv`, `data/votes.toml`) or from the same answer's own entries.

use axum::http::StatusCode;

use crate::fixture::{assert_error, get};

/// One row of a shipped CSV file (`data/NAME`) whose first column is `id`, as a map of
/// column to value.
pub(crate) fn row(file: &str, id: &str) -> std::collections::BTreeMap<String, String> {
    let text = std::fs::read_to_string(format!("{}/../../data/{file}", env!("CARGO_MANIFEST_DIR")))
        .expect("data file");
    let mut r = csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .from_reader(text.as_bytes());
    let headers = r.headers().expect("header").clone();
    for rec in r.records() {
        let rec = rec.expect("row");
        if rec.get(0) == Some(id) {
            return headers
                .iter()
                .zip(rec.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect();
        }
    }
    panic!("no row {id} in data/{file}");
}

/// The `<title>` of the SVG path whose title starts with `name: `.
fn svg_title<'a>(svg: &'a str, name: &str) -> &'a str {
    let start = svg
        .find(&format!("<title>{name}: "))
        .unwrap_or_else(|| panic!("no title for {name}"))
        + "<title>".len();
    let end = start + svg[start..].find("</title>").expect("title end");
    &svg[start..end]
}

/// The SVG's note lines (`<text class="note">`), joined by spaces (a note is wrapped).
fn svg_notes(svg: &str) -> String {
    svg.split("<text class=\"note\"")
        .skip(1)
        .filter_map(|t| {
            let start = t.find('>')? + 1;
            Some(&t[start..start + t[start..].find("</text>")?])
        })
        .collect::<Vec<_>>()
        .join(" ")
}

// Finding 1. Palestine in 2000: the legend's "does not recognise" says how many of the count
// are inferred (from the same answer's `states` entries with `inferred: true`).
#[tokio::test]
async fn the_legend_counts_inferred_statuses() {
    let r = get("/api/v1/map/PSE?as_of=2000-01-01").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let m = r.json();
    let states = m["states"].as_object().expect("states");
    let of = |class: &str, inferred: bool| {
        states
            .values()
            .filter(|s| s["class"] == class && (!inferred || s["inferred"] == true))
            .count()
    };
    let (n, i) = (of("does-not", false), of("does-not", true));
    assert!(i > 0, "no inferred 'no' in PSE 2000: {m}");
    assert_eq!(
        m["legend"]["does-not"],
        format!("does not recognise ({n}, of which {i} inferred)")
    );
    assert_eq!(m["inferred"]["does-not"], i);
}

// Finding 1. Kiribati recognised Taiwan in 2003 (data/claims.csv KIR.recognises.TWN.1, dated
// to the year): its "no" in 2000 is inferred, and the SVG's title says so.
#[tokio::test]
async fn an_svg_title_says_inferred() {
    let claim = row("claims.csv", "KIR.recognises.TWN.1");
    let year: i32 = claim["date"][..4].parse().expect("year");
    assert!(year > 2000, "{claim:?}");
    let r = get("/api/v1/map/TWN/svg?as_of=2000-01-01").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let t = svg_title(&r.text, "Kiribati");
    assert!(
        t.starts_with("Kiribati: does not recognise (inferred, not claimed)"),
        "{t}"
    );
}

// Finding 2. Artsakh ceased to exist (data/claims.csv XAR.ceases-to-exist.AZE.1): the map's
// JSON and SVG carry the CLI's note that its "not recognising" are no refusals.
#[tokio::test]
async fn a_ceased_entity_says_nobody_refused_it() {
    let c = row("claims.csv", "XAR.ceases-to-exist.AZE.1");
    let r = get("/api/v1/map/XAR?as_of=2026-11-22").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let m = r.json();
    assert_eq!(m["ceased"]["date"], c["date"].as_str());
    assert_eq!(m["ceased"]["claim"], c["id"].as_str());
    let notes = m["notes"].to_string();
    assert!(
        notes.contains(&format!("ceased to exist on {} ({})", c["date"], c["id"]))
            && notes.contains("did not refuse it"),
        "{notes}"
    );
    let svg = get("/api/v1/map/XAR/svg?as_of=2026-11-22").await;
    let svg_notes = svg_notes(&svg.text);
    assert!(
        svg_notes.contains(&format!("note: XAR ceased to exist on {}", c["date"]))
            && svg_notes.contains("did not refuse it"),
        "{svg_notes}"
    );
    // The count's own answer carries the same.
    let rec = get("/api/v1/recognitions/XAR?as_of=2026-11-22")
        .await
        .json();
    assert_eq!(rec["ceased"], m["ceased"]);
    assert_eq!(rec["notes"], m["notes"]);
    // No note on a day before it ceased.
    let before = get("/api/v1/map/XAR?as_of=2020-01-01").await.json();
    assert_eq!(before["ceased"], serde_json::Value::Null);
}

// Finding 5. Palestine on 1989-06-01: Czechoslovakia recognised it on 1988-11-18
// (data/claims.csv CSK.recognises.PSE.1); Czechia and Slovakia, its successors
// (data/actors.csv CSK), did not exist apart from it, so their shapes take its entry. The
// Soviet Union's (SUN.recognises.PSE.1) is read for Kazakhstan (actors.csv: successor of SUN)
// though the count lists the USSR's seat under Russia.
#[tokio::test]
async fn successor_shapes_take_the_predecessors_entry() {
    let csk = row("actors.csv", "CSK");
    let sun = row("actors.csv", "SUN");
    let csk_claim = row("claims.csv", "CSK.recognises.PSE.1");
    let sun_claim = row("claims.csv", "SUN.recognises.PSE.1");
    let r = get("/api/v1/map/PSE?as_of=1989-06-01").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let m = r.json();
    for s in csk["successors"].split('|') {
        let p = &m["predecessors"][s];
        assert_eq!(p["id"], "CSK", "{s}: {p}");
        assert_eq!(p["class"], "recognises", "{s}: {p}");
        assert_eq!(
            p["when"],
            format!("since {}", csk_claim["date"]),
            "{s}: {p}"
        );
        assert_eq!(p["to"], csk["to"].as_str());
    }
    assert!(sun["successors"].split('|').any(|s| s == "KAZ"));
    let kaz = &m["predecessors"]["KAZ"];
    assert_eq!(kaz["id"], "SUN", "{kaz}");
    assert_eq!(kaz["when"], format!("since {}", sun_claim["date"]), "{kaz}");
    let svg = get("/api/v1/map/PSE/svg?as_of=1989-06-01").await.text;
    assert_eq!(
        svg_title(&svg, "Czechia"),
        format!(
            "Czechia: part of Czechoslovakia (CSK) on this day: recognises since {}",
            csk_claim["date"]
        )
    );
    assert!(svg_title(&svg, "Kazakhstan").contains("part of Soviet Union (SUN)"));
    // Germany's shape also held the GDR until its accession (actors.csv DDR `to`).
    let ddr = row("actors.csv", "DDR");
    let covers = &m["also_covers"]["DEU"][0];
    assert_eq!(covers["id"], "DDR", "{}", m["also_covers"]);
    assert!(svg_title(&svg, "Germany").contains(&format!(
        "its area was wholly or partly that of German Democratic Republic (DDR, until {})",
        ddr["to"]
    )));
    // After the dissolution (actors.csv CSK `to`), Czechia is itself again.
    let later = get("/api/v1/map/PSE?as_of=1993-06-01").await.json();
    assert_eq!(later["predecessors"]["CZE"], serde_json::Value::Null);
}

// Finding 3. The UNESCO General Conference on Palestine, 2011-10-31: the stance model's
// fitting votes (data/votes.toml: interpol-ga-2018 on 2018-11-20, coe-cm-2023 on
// 2023-04-24) were held after the day, and the answer says so; the voters with no claim are
// counted in a note (the same answer's `not_recorded`).
#[tokio::test]
async fn a_simulation_says_what_the_cli_says() {
    let r = get("/api/v1/simulate?body=unesco.gc&candidate=PSE&as_of=2011-10-31").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let s = r.json();
    let later: Vec<(String, String)> = s["model_fitted_later"]
        .as_array()
        .expect("model_fitted_later")
        .iter()
        .map(|v| {
            (
                v["id"].as_str().unwrap().into(),
                v["date"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        later,
        [
            ("interpol-ga-2018".to_string(), "2018-11-20".to_string()),
            ("coe-cm-2023".to_string(), "2023-04-24".to_string())
        ]
    );
    let notes = s["notes"].to_string();
    let st = &s["stages"][0];
    let n = st["not_recorded"].as_array().expect("not_recorded").len();
    assert!(n > 0, "{st}");
    assert!(
        notes.contains(&format!("no claim on PSE for {n} of the")),
        "{notes}"
    );
    assert!(notes.contains("held on or after 2011-10-31"), "{notes}");
    // Today's what-if: fitted on earlier votes, no warning.
    let now = get("/api/v1/simulate?body=unesco.gc&candidate=PSE")
        .await
        .json();
    assert_eq!(now["model_fitted_later"], serde_json::json!([]));
}

// Finding 6. A malformed date says what was expected; a long name is not echoed whole; a day
// on which the group had no member says that the total of 0 is no answer.
#[tokio::test]
async fn errors_say_what_was_expected_and_do_not_echo_a_huge_text() {
    for bad in ["20200101", "2020-01-01T00:00:00"] {
        let r = get(&format!("/api/v1/map/TWN?as_of={bad}")).await;
        let v = assert_error(&r, StatusCode::BAD_REQUEST, "bad-date");
        let d = v["detail"].as_str().unwrap();
        assert!(
            d.contains(&format!(
                "as_of \"{bad}\": expected YYYY-MM-DD, YYYY-MM, YYYY, today or yesterday"
            )),
            "{d}"
        );
    }
    let name = "x".repeat(20_000);
    let r = get(&format!("/api/v1/status/{name}/XKX")).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{}", &r.text[..300]);
    let v = r.json();
    assert!(
        v["detail"].as_str().unwrap().len() < 1_000,
        "{}",
        &r.text[..300]
    );
    assert!(v["detail"].as_str().unwrap().contains("more characters"));
    let long_date = "1".repeat(5_000);
    let r = get(&format!("/api/v1/map/TWN?as_of={long_date}")).await;
    let v = assert_error(&r, StatusCode::BAD_REQUEST, "bad-date");
    assert!(v["detail"].as_str().unwrap().len() < 1_000);
}

// Finding 6. The UN had no member in 1900 (data/memberships.csv: its earliest joins are of
// 1945): a map of that day counts nobody, and says why rather than answering "0".
#[tokio::test]
async fn an_empty_roster_is_said() {
    let m = get("/api/v1/map/TWN?as_of=1900-01-01").await.json();
    assert_eq!(m["counts"]["total"], 0, "{}", m["counts"]);
    let notes = m["notes"].to_string();
    assert!(
        notes.contains("nobody is counted on 1900-01-01") && notes.contains("no answer"),
        "{notes}"
    );
    let rec = get("/api/v1/recognitions/TWN?as_of=1900-01-01")
        .await
        .json();
    assert_eq!(rec["notes"], m["notes"]);
    let svg = get("/api/v1/map/TWN/svg?as_of=1900-01-01").await.text;
    assert!(svg_notes(&svg).contains("nobody is counted on 1900-01-01"));
}

// Finding 6. A request line over the limit is answered in the API's JSON error shape (hyper's
// own 414 has an empty body), through a real socket: the check is under hyper.
#[tokio::test]
async fn a_huge_path_gets_a_json_414() {
    use std::io::{Read, Write};
    let (_dir, st) = crate::fixture::fresh_state();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(comity_server::serve_on(listener, st, async {
        let _ = rx.await;
    }));
    let ask = move |path: String| {
        let mut s = std::net::TcpStream::connect(addr).expect("connect");
        s.write_all(
            format!("GET {path} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n").as_bytes(),
        )
        .expect("write");
        let mut out = String::new();
        s.read_to_string(&mut out).expect("read");
        out
    };
    let long = format!("/api/v1/status/{}/XKX", "y".repeat(100_000));
    let out = tokio::task::spawn_blocking(move || ask(long))
        .await
        .expect("client");
    assert!(
        out.starts_with("HTTP/1.1 414"),
        "{}",
        &out[..out.len().min(300)]
    );
    let body = &out[out.find("\r\n\r\n").expect("head end") + 4..];
    let v: serde_json::Value = serde_json::from_str(body).expect("JSON body");
    assert_eq!(v["error"], "uri-too-long");
    assert!(v["hint"].is_string() && v["detail"].is_string());
    // An ordinary request on the same server is answered as before.
    let ok = tokio::task::spawn_blocking(move || ask("/api/v1/meta".into()))
        .await
        .expect("client");
    assert!(
        ok.starts_with("HTTP/1.1 200"),
        "{}",
        &ok[..ok.len().min(300)]
    );
    let _ = tx.send(());
    server.await.expect("join").expect("serve");
}

/// Review 14 (seventh session): a day after today is said to be one in the entities overview —
/// the API's document, not only the CLI's (the fixture's today is 2026-11-22).
#[tokio::test]
async fn the_entities_overview_says_a_day_after_today_is_one() {
    let r = get("/api/v1/entities/overview?as_of=2030-01-01").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let notes = r.json()["notes"].to_string();
    assert!(notes.contains("is after today, 2026-11-22"), "{}", r.text);
    let r = get("/api/v1/entities/overview?as_of=2020-01-01").await;
    assert!(r.json().get("notes").is_none(), "{}", r.text);
    // The simulation too (the CLI's JSON said it, the API's did not: one builder now).
    let r = get("/api/v1/simulate?body=unesco.gc&candidate=PSE&as_of=2030-01-01").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let notes = r.json()["notes"].to_string();
    assert!(notes.contains("is after today, 2026-11-22"), "{}", r.text);
}
