//! Findings of the ninth truth review on the CLI's outputs: every format carries what the
//! others do (sources, reasons, the claims beside an answer), and a confidence outside 0..1 is
//! refused. Expected values come from the shipped tables named beside each check.

use super::{comity, env, stdout};

#[test]
fn a_confidence_outside_0_to_1_is_refused() {
    let e = env();
    for bad in ["2", "nan", "-0.1", "high"] {
        let out = comity(&e.db)
            .args([
                "review",
                "accept",
                "--all-proposed",
                &format!("--min-confidence={bad}"),
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("from 0 to 1"), "{bad}: {err}");
    }
}

#[test]
fn the_bodies_table_names_each_rules_sources() {
    // data/bodies.toml: the Security Council's admission rule cites the Charter's Art. 27.
    let e = env();
    let out = stdout(&e.db, &["bodies"]);
    assert!(
        out.contains("source: http://uncharter.org/article/27"),
        "{out}"
    );
}

#[test]
fn csv_outputs_keep_what_the_json_has() {
    let e = env();
    // data/claims.csv XAR.ceases-to-exist.AZE.1 (2024-01-01) cites S1c80020b, whose URL
    // data/sources.csv gives; the CSV has no column that is always empty.
    let out = stdout(&e.db, &["entities", "--format", "csv"]);
    let header = out.lines().next().unwrap();
    assert!(!header.split(',').any(|h| h == "last_change"), "{header}");
    let xar = out.lines().find(|l| l.contains(",XAR,")).expect("XAR row");
    assert!(
        xar.contains("https://oc-media.org/nagorno-karabakh-republic-to-dissolve-by-january-2024/"),
        "{xar}"
    );
    // data/claims.csv ETH.statement.XSL.1: the 2024 memorandum, beside "no recognition claim".
    let out = stdout(&e.db, &["status", "ETH", "XSL", "--format", "csv"]);
    assert!(
        out.lines()
            .any(|l| l.contains(",other,") && l.contains("ETH.statement.XSL.1")),
        "{out}"
    );
    assert!(out.lines().next().unwrap().ends_with(",reason"), "{out}");
    // shared/data/sadr/recognitions.csv: Serbia and Montenegro's 2004 withdrawal, beside
    // Serbia's "not recorded".
    let out = stdout(&e.db, &["status", "SRB", "ESH", "--format", "csv"]);
    assert!(
        out.lines()
            .any(|l| l.contains(",predecessor:SCG,withdrawn,")
                && l.contains("SCG.withdraws-recognition.ESH.1")),
        "{out}"
    );
    // The timeline's CSV has the JSON's same_sentence_as.
    let out = stdout(&e.db, &["timeline", "JPN", "XKX", "--format", "csv"]);
    assert!(
        out.lines()
            .next()
            .unwrap()
            .ends_with(",same_sentence_as,date_note"),
        "{out}"
    );
}

#[test]
fn a_replay_shows_the_rules_caveats() {
    // shared/data/kosovo/io_events.csv, UEFA 2016: "simple majority of valid votes of 54
    // member associations (28 needed per Albanian report)" — with the 2 invalid ballots out the
    // base is 52 and 27 are needed; data/bodies.toml's note gives both readings. The replay
    // says so rather than settling on 27 in silence.
    let e = env();
    let out = stdout(&e.db, &["replay", "uefa-congress-2016"]);
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("base 52, threshold 27 yes"), "{out}");
    assert!(flat.contains("rule note:"), "{out}");
    assert!(flat.contains("'28 needed'"), "{out}");
}

#[test]
fn a_body_with_no_recorded_member_on_the_day_is_not_simulated() {
    // data/memberships.csv: the UN's rows begin on 1945-10-24; in 1800 no member is recorded.
    // (Taiwan: an entity the actor table does not date, so that the candidate's own existence,
    // refused first since review 12 — Kosovo begins 2008-02-17 — is not what is tested.)
    let e = env();
    let out = comity(&e.db)
        .args(["simulate", "un", "TWN", "--as-of", "1800-01-01"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("records no member"), "{err}");
}

#[test]
fn ingest_refuses_what_it_cannot_read_by_name_and_goes_on() {
    // Review 10 (README "Limits": a document over 64 MiB is refused by name; other documents go
    // on). Files written for this test: two readable documents, a dangling link, a 70 MiB sparse
    // file; and /dev/zero, which is no regular file.
    let e = env();
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    std::fs::write(docs.join("a.txt"), "Tuvalu recognised Abkhazia in 2011.\n").unwrap();
    std::fs::write(docs.join("c.txt"), "Nauru recognised Abkhazia in 2009.\n").unwrap();
    std::os::unix::fs::symlink(dir.path().join("nowhere"), docs.join("b.txt")).unwrap();
    let big = dir.path().join("big.txt");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(70 * 1024 * 1024)
        .unwrap();
    let out = comity(&e.db)
        .args(["ingest"])
        .arg(&docs)
        .arg(&big)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("b.txt"), "{err}");
    assert!(err.contains("big.txt") && err.contains("64 MiB"), "{err}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("ingested 2 new documents"), "{text}");
    // The refused file was not stored: given again it is refused again, not skipped as known.
    let out = comity(&e.db).arg("ingest").arg(&big).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("64 MiB"));
    // A device is not read (it would never end).
    let out = comity(&e.db)
        .args(["ingest", "/dev/zero"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a regular file"));
}

#[test]
fn eval_says_nothing_scored_rather_than_zero() {
    // Review 10. Claims written for this test in SCHEMA.md's shape.
    let e = env();
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold.jsonl");
    let none = dir.path().join("none.jsonl");
    let bad = dir.path().join("bad.jsonl");
    let claim = |date: &str| {
        format!(
            "{{\"doc\": \"d1\", \"kind\": \"recognition\", \"subject\": \"JPN\", \"object\": \"XKX\", \"polarity\": \"positive\", \"date\": {date}}}\n"
        )
    };
    std::fs::write(&gold, claim("\"2008-03-18\"")).unwrap();
    std::fs::write(&none, "").unwrap();
    std::fs::write(
        &bad,
        format!("{}{}", claim("null"), claim("\"2008-99-99\"")),
    )
    .unwrap();
    let run = |g: &std::path::Path, p: &std::path::Path, json: bool| {
        let mut c = comity(&e.db);
        if json {
            c.args(["--format", "json"]);
        }
        c.args(["eval", "claims", "--gold"])
            .arg(g)
            .arg("--predicted")
            .arg(p)
            .output()
            .unwrap()
    };
    // No gold claim: refused, not "0.000".
    let out = run(&none, &gold, false);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no gold claims"));
    // A date that is no date: refused with its line.
    let out = run(&bad, &gold, false);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("2008-99-99") && err.contains("line 2"),
        "{err}"
    );
    // No prediction: precision undefined (null, "-"), recall 0.
    let out = run(&gold, &none, true);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["overall"]["precision"].is_null(), "{v}");
    assert_eq!(v["overall"]["recall"], 0.0);
    let out = run(&gold, &none, false);
    let text = String::from_utf8_lossy(&out.stdout);
    let overall = text.lines().find(|l| l.starts_with("overall")).unwrap();
    assert!(overall.split_whitespace().nth(1) == Some("-"), "{overall}");
}

#[test]
fn a_reader_that_stops_early_is_no_error_for_json_either() {
    // Review 10: `… --format json | head` ended with "error: Broken pipe" (exit 1) where tables
    // and CSV stop quietly. The shipped claims as JSON are far more than a pipe's buffer.
    use std::io::Read;
    let e = env();
    // A plain process (assert_cmd's Command collects the whole output).
    let _ = comity(&e.db).arg("actors").output(); // creates the database first
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("comity"))
        .env("COMITY_DB", &e.db)
        .env("COMITY_TODAY", "2026-11-22")
        .args(["--format", "json", "claims"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut first = [0u8; 1];
    out.read_exact(&mut first).unwrap();
    drop(out);
    let done = child.wait_with_output().unwrap();
    assert_eq!(done.status.code(), Some(0));
    assert!(
        done.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
}

#[test]
fn recognised_by_csv_gives_the_withdrawals_day() {
    // Review 13: `recognised-by Vanuatu --format csv` said "withdrawn" beside only the
    // recognition's 2011-05; the last withdrawal's day (data/claims.csv
    // VUT.withdraws-recognition.XAB.2, 2013-07-12, after the 2011-06 retraction) is its own
    // column.
    let e = env();
    let out = comity(&e.db)
        .args(["recognised-by", "Vanuatu", "--format", "csv"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let mut lines = text.lines();
    let head: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col = |name: &str| head.iter().position(|h| *h == name).unwrap();
    let row: Vec<&str> = lines
        .find(|l| l.starts_with("VUT,XAB,"))
        .unwrap()
        .split(',')
        .collect();
    assert_eq!(row[col("status")], "withdrawn");
    assert_eq!(row[col("last_change")], "2013-07-12");
}

#[test]
fn a_reversed_review_decision_is_said() {
    // Review 13: `review reject X` then `review accept X` printed "1 claims accepted" like any
    // other decision. A document written for this test gives the proposed claim.
    let e = env();
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("a.txt");
    std::fs::write(&doc, "Tuvalu recognised Abkhazia in 2011.\n").unwrap();
    stdout(&e.db, &["ingest", doc.to_str().unwrap()]);
    let out = comity(&e.db)
        .args(["claims", "--status", "proposed", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let id = v[0]["id"].as_str().unwrap().to_string();
    let first = stdout(&e.db, &["review", "reject", &id]);
    assert!(!first.contains("reversing"), "{first}");
    let second = stdout(&e.db, &["review", "accept", &id]);
    assert!(
        second.contains("reversing an earlier decision for 1"),
        "{second}"
    );
}
