//! The `comity` binary, driven as a user would: a real database file, real
//! arguments, snapshots of what people read.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

struct Env {
    _dir: tempfile::TempDir,
    db: PathBuf,
}

fn env() -> Env {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("comity.sqlite");
    Env { _dir: dir, db }
}

fn comity(db: &Path) -> Command {
    let mut c = Command::cargo_bin("comity").unwrap();
    c.env("COMITY_DB", db)
        .env("COMITY_TODAY", "2026-11-22")
        .env_remove("RUST_LOG");
    c
}

fn stdout(db: &Path, args: &[&str]) -> String {
    let out = comity(db).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn json(db: &Path, args: &[&str]) -> Value {
    let mut a = args.to_vec();
    a.extend(["--format", "json"]);
    serde_json::from_str(&stdout(db, &a)).unwrap()
}

fn ids(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn status_russia_kosovo() {
    // Issue #2: does not recognise, no diplomatic relations, sources shown.
    let e = env();
    insta::assert_snapshot!("status_rus_xkx", stdout(&e.db, &["status", "RUS", "XKX"]));
    for as_of in ["today", "2015-11-09"] {
        let v = json(
            &e.db,
            &["status", "Russian Federation", "Kosovo", "--as-of", as_of],
        );
        assert_eq!(v["subject"]["id"], "RUS");
        assert_eq!(v["recognition"]["status"], "not-recognised");
        assert_eq!(v["relations"]["status"], "none");
        let claims = v["recognition"]["claims"].as_array().unwrap();
        assert!(claims
            .iter()
            .all(|c| !c["sources"].as_array().unwrap().is_empty()));
    }
}

#[test]
fn recognitions_g20_eu_p5_json() {
    let e = env();
    let g20 = json(&e.db, &["recognitions", "XKX", "--among", "g20"]);
    assert_eq!(
        ids(&g20["recognising"]),
        ["AUS", "CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "KOR", "SAU", "TUR", "USA"]
    );
    assert_eq!(
        ids(&g20["not_recognising"]),
        ["ARG", "BRA", "CHN", "IDN", "IND", "MEX", "RUS", "ZAF"]
    );
    assert_eq!(g20["policy"], "confirmed");
    let eu = json(&e.db, &["recognitions", "XKX", "--among", "eu"]);
    assert_eq!(eu["counts"]["recognising"], 22);
    assert_eq!(
        ids(&eu["not_recognising"]),
        ["CYP", "ESP", "GRC", "ROU", "SVK"]
    );
    let p5 = json(&e.db, &["recognitions", "XKX", "--among", "p5"]);
    assert_eq!(ids(&p5["recognising"]), ["FRA", "GBR", "USA"]);
    insta::assert_snapshot!(
        "recognitions_g20",
        stdout(&e.db, &["recognitions", "XKX", "--among", "g20"])
    );
}

#[test]
fn totals_name_their_policy_and_differ() {
    let e = env();
    let mut totals = Vec::new();
    for p in ["kosovo-mfa", "serbia-mfa", "confirmed"] {
        let v = json(&e.db, &["recognitions", "XKX", "--policy", p]);
        assert_eq!(v["policy"], p);
        assert!(ids(&v["disputed"]).contains(&"SUR".to_string()));
        let sur = v["disputed"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["id"] == "SUR")
            .unwrap();
        assert_eq!(sur["withdrawal_claimed_by"], serde_json::json!(["SRB"]));
        assert_eq!(sur["denied_by"], serde_json::json!(["XKX"]));
        totals.push(v["counts"]["recognising"].as_u64().unwrap());
    }
    assert!(totals[0] > totals[2] && totals[2] > totals[1], "{totals:?}");
}

#[test]
fn before_the_declaration_nobody() {
    let e = env();
    let v = json(&e.db, &["recognitions", "XKX", "--as-of", "2008-02-16"]);
    assert_eq!(v["counts"]["recognising"], 0);
    assert_eq!(v["counts"]["uncertain"], 0);
}

#[test]
fn japan_timeline() {
    // mofa.go.jp: recognition 2008-03-18, relations 2009-02-25.
    let e = env();
    let out = stdout(&e.db, &["timeline", "Japan", "XKX"]);
    insta::assert_snapshot!("timeline_jpn_xkx", out);
    assert!(out.contains("2008-03-18") && out.contains("2009-02-25") && out.contains("mofa.go.jp"));
}

#[test]
fn unknown_actor_exits_2_with_suggestions() {
    let e = env();
    let out = comity(&e.db)
        .args(["status", "Rusia", "XKX"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("unknown actor \"Rusia\"")
            && err.contains("did you mean")
            && err.contains("RUS"),
        "{err}"
    );
}

#[test]
fn malformed_date_exits_2_naming_the_format() {
    let e = env();
    let out = comity(&e.db)
        .args(["status", "RUS", "XKX", "--as-of", "2015-13-01"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("YYYY-MM-DD"), "{err}");
}

#[test]
fn malformed_csv_import_fails_located_and_changes_nothing() {
    let e = env();
    stdout(&e.db, &["actors", "XKX"]); // creates and loads the database
    let before = std::fs::read(&e.db).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.csv");
    std::fs::write(
        &file,
        "id,subject,predicate,object,date,claimant,sources\n\
         ok1,KEN,reaffirms-recognition,XKX,2025-04,KEN,Se434f9b0\n\
         bad1,KEN,recognises,XKX,2025-3-26,KEN,Se434f9b0\n",
    )
    .unwrap();
    let out = comity(&e.db).arg("import").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    // "bad1,KEN,recognises,XKX," is 24 characters: the date starts at column 25.
    assert!(err.contains("bad.csv:3:25: field `date`"), "{err}");
    assert_eq!(
        std::fs::read(&e.db).unwrap(),
        before,
        "the database is byte-for-byte unchanged"
    );
}

#[test]
fn an_import_naming_an_unknown_claimant_or_actor_is_located_and_changes_nothing() {
    // Found in the review of 2026-12-07: a made-up claimant ("Narnia") was imported, and an
    // unknown actor was reported without file:line. Rows written for this test.
    let e = env();
    stdout(&e.db, &["actors", "XKX"]);
    let before = std::fs::read(&e.db).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.csv");
    let run = |rows: &str| {
        std::fs::write(
            &file,
            format!("id,subject,predicate,object,date,claimant,sources\n{rows}"),
        )
        .unwrap();
        let out = comity(&e.db).arg("import").arg(&file).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        String::from_utf8(out.stderr).unwrap()
    };
    // "t2,FRA,recognises,XKX,2008-02-18," is 33 characters: the claimant starts at column 34.
    let err = run("t1,KEN,reaffirms-recognition,XKX,2025-04,KEN,Se434f9b0\n\
                   t2,FRA,recognises,XKX,2008-02-18,Narnia,Se434f9b0\n");
    assert!(err.contains("c.csv:3:34: field `claimant`"), "{err}");
    assert!(
        err.contains("media"),
        "the accepted kinds are listed: {err}"
    );
    // A country's name where its id belongs gets the id suggested.
    let err = run("t2,FRA,recognises,XKX,2008-02-18,Serbia,Se434f9b0\n");
    assert!(err.contains("did you mean SRB"), "{err}");
    let err = run("t2,Narnia,recognises,XKX,2008-02-18,media,Se434f9b0\n");
    assert!(err.contains("c.csv:2:4: field `subject`"), "{err}");
    // Review 15: any predicate, not only a recognition ("ZZQ" is no actor id).
    let err = run("t3,ZZQ,relations-established,ESH,2005,media,Se434f9b0\n");
    assert!(err.contains("c.csv:2:4: field `subject`"), "{err}");
    assert!(err.contains("unknown actor \"ZZQ\""), "{err}");
    assert_eq!(std::fs::read(&e.db).unwrap(), before, "nothing was written");
}

#[test]
fn export_then_import_json_round_trips() {
    let e = env();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("all.json");
    stdout(
        &e.db,
        &["export", "--format", "json", "-o", out.to_str().unwrap()],
    );
    let v: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert!(v["claims"].as_array().unwrap().len() > 200);
    // Issue 9: re-importing the same file is a no-op, not a duplicate-id error.
    let res = comity(&e.db).arg("import").arg(&out).output().unwrap();
    assert_eq!(
        res.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&res.stderr)
    );
    let after = stdout(&e.db, &["claims", "--format", "json"]);
    let n: Vec<Value> = serde_json::from_str(&after).unwrap();
    assert_eq!(n.len(), v["claims"].as_array().unwrap().len());
    // The same id with other content is refused, atomically.
    let mut changed = v.clone();
    changed["claims"][0]["note"] = Value::String("edited in place".into());
    let edited = dir.path().join("edited.json");
    std::fs::write(&edited, changed.to_string()).unwrap();
    let res = comity(&e.db).arg("import").arg(&edited).output().unwrap();
    assert_eq!(res.status.code(), Some(2));
}

#[test]
fn csv_output_has_a_header() {
    let e = env();
    let out = stdout(
        &e.db,
        &["recognitions", "XKX", "--among", "p5", "--format", "csv"],
    );
    assert!(
        out.starts_with("actor,name,counted_as,status,certain,inferred,since,last_change,disputed,weak_sources,policy,as_of,among,sources,dates_disagree,source_urls,seat_held_by,member_certain,since_note\n"),
        "{out}"
    );
    assert_eq!(out.lines().count(), 6);
    // Review 15: G20 membership in mid-1999 is not certain (data/memberships.csv dates the
    // members' joining "1999", year precision only), and the CSV says so as the table does.
    let g20 = stdout(
        &e.db,
        &[
            "recognitions",
            "PSE",
            "--among",
            "g20",
            "--as-of",
            "1999-06-01",
            "--format",
            "csv",
        ],
    );
    let mut rows = csv::Reader::from_reader(g20.as_bytes());
    let col = rows
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == "member_certain")
        .unwrap();
    let uncertain = rows
        .records()
        .filter(|r| &r.as_ref().unwrap()[col] == "false")
        .count();
    assert!(uncertain > 0, "{g20}");
    // Review 15: Senegal's recognition of Kosovo is dated 2008-02-18 by one source and
    // 2008-02-19 by another (data/claims.csv SEN rows): `recognised-by` says they disagree.
    let sen = stdout(&e.db, &["recognised-by", "Senegal", "--format", "csv"]);
    let mut rows = csv::Reader::from_reader(sen.as_bytes());
    let h = rows.headers().unwrap().clone();
    let (ent, dd) = (
        h.iter().position(|x| x == "entity").unwrap(),
        h.iter().position(|x| x == "dates_disagree").unwrap(),
    );
    let xkx = rows
        .records()
        .map(|r| r.unwrap())
        .find(|r| &r[ent] == "XKX")
        .unwrap();
    assert_eq!(&xkx[dd], "true", "{sen}");
    // Review 9: a row carries its sources' URLs, not only their ids (data/claims.csv
    // USA.recognises.1 cites Se434f9b0, whose URL data/sources.csv gives).
    let usa = out
        .lines()
        .find(|l| l.starts_with("USA,"))
        .expect("the United States' row");
    assert!(
        usa.contains(
            "https://ina-online.net/sa-shtete-e-kane-njohur-kosoven-brenda-10-viteve-lista/"
        ),
        "{usa}"
    );
}

#[test]
fn table_output_fits_80_columns() {
    let e = env();
    for args in [
        vec!["status", "SUR", "XKX"],
        vec!["recognitions", "XKX"],
        vec!["timeline", "XKX", "RUS"],
    ] {
        for line in stdout(&e.db, &args).lines() {
            // URLs are never broken, so a line holding one long URL may exceed the width.
            if !line.contains("http") {
                assert!(line.chars().count() <= 80, "{args:?}: {line}");
            }
        }
    }
}

#[test]
fn replay_unesco_2015() {
    // io_events.csv: 92–50–29, 142 present and voting, 95 needed, rejected (3 votes short).
    let e = env();
    let out = stdout(&e.db, &["replay", "unesco-gc-2015"]);
    insta::assert_snapshot!("replay_unesco_gc_2015", out);
    let v = json(&e.db, &["replay", "unesco-gc-2015"]);
    assert_eq!(
        (v["yes"].as_u64(), v["no"].as_u64(), v["abstain"].as_u64()),
        (Some(92), Some(50), Some(29))
    );
    assert_eq!(v["base"], 142);
    assert_eq!(v["needed"], 95);
    assert_eq!(v["passed"], false);
    assert_eq!(v["margin"], -3);
}

#[test]
fn simulate_un_names_the_vetoes() {
    let e = env();
    let v = json(&e.db, &["simulate", "un", "XKX", "--as-of", "2015-11-09"]);
    let sc = &v["stages"][0];
    assert_eq!(sc["body"], "un.sc");
    let mut vetoes: Vec<String> = sc["likely_vetoes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["actor"].as_str().unwrap().to_string())
        .collect();
    vetoes.sort();
    assert_eq!(vetoes, ["CHN", "RUS"]);
    for x in sc["likely_vetoes"].as_array().unwrap() {
        assert!(!x["claims"].as_array().unwrap().is_empty());
    }
    let out = stdout(&e.db, &["simulate", "un", "XKX"]);
    assert!(out.contains("BLOCKED by the veto of CHN, RUS"), "{out}");
    let bad = comity(&e.db)
        .args(["simulate", "un", "XKX", "--assume", "ESP=maybe"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}
mod findings;
mod ideal;
mod readme;
mod review14;
mod review5;
mod review7;
mod review9;
mod robust;
mod rules_output;
mod session10;
mod session9;

fn shared_path(rel: &str) -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared")
        .join(rel);
    if p.exists() {
        Some(p)
    } else if std::env::var("CI").as_deref() == Ok("true") {
        panic!("{} is missing (CI=true)", p.display());
    } else {
        eprintln!("skipping: {} not found", p.display());
        None
    }
}

#[test]
fn ingest_review_timeline_eval() {
    // Issue #5 "done means": one cluster for 000 and 001, 002 shares passages with 004,
    // chatbot leftovers and script fragments flagged; accepted claims in the timeline with spans.
    let (Some(seeds), Some(gold)) = (shared_path("seeds"), shared_path("eval/gold-dev.jsonl"))
    else {
        return;
    };
    let e = env();
    let out = stdout(&e.db, &["ingest", seeds.to_str().unwrap()]);
    assert!(out.contains("ingested 5 new documents"), "{out}");
    assert!(
        out.contains("copy clusters (documents that copy one another): 1"),
        "{out}"
    );
    assert!(
        out.contains("000_8cdac366aff1a688.txt ~ 001_cd6efeac3a956f6f.txt"),
        "{out}"
    );
    assert!(
        out.contains("002_48668f8254a4d677.txt ~ 004_f03d8c4ac22c41a0.txt"),
        "{out}"
    );
    assert!(
        out.contains("chatbot-passage") && out.contains("script-fragment"),
        "{out}"
    );
    let again = stdout(&e.db, &["ingest", seeds.to_str().unwrap()]);
    assert!(
        again.contains("ingested 0 new documents (5 skipped)"),
        "{again}"
    );
    let copies = stdout(&e.db, &["sources", "--copies"]);
    assert!(copies.contains("copy cluster"), "{copies}");

    // Nothing enters the timeline before review.
    let before = json(&e.db, &["timeline", "XKX", "RUS"]);
    let n_before = before["claims"].as_array().unwrap().len();
    let proposed = json(&e.db, &["claims", "--status", "proposed"]);
    assert!(!proposed.as_array().unwrap().is_empty());
    stdout(&e.db, &["review", "accept", "--all-proposed"]);
    let after = json(&e.db, &["timeline", "XKX", "RUS"]);
    let claims = after["claims"].as_array().unwrap();
    assert!(claims.len() > n_before);
    let dated = |d: &str, text: &str| {
        claims.iter().any(|c| {
            c["date"] == d
                && c["sources"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|s| s["span"]["text"].as_str().is_some_and(|t| t.contains(text)))
        })
    };
    assert!(dated("2009-06", "Konuzin"));
    assert!(dated("2014-03", "Crimea"));
    assert!(dated("2014", "Chelyabinsk"));
    // 000 and 001 are copies of one text (one cluster, above): the table shows each of their
    // shared sentences once and names the other document's claim under it (found in the review
    // of 2026-12-07: five copies gave five rows).
    let table = stdout(&e.db, &["timeline", "XKX", "RUS"]);
    assert!(table.contains(" distinct)"), "{table}");
    assert!(
        table.contains("the same sentence, claim and date also in: doc:"),
        "{table}"
    );
    // The JSON (and the API, one serialiser) marks the same groups: each copy names a claim
    // listed before it that states the same thing from the same sentence of another document —
    // the seeds' copy cluster 000 ~ 001 (above) — and the table's distinct count is the number
    // of claims that copy none.
    let copies: Vec<&Value> = claims
        .iter()
        .filter(|c| !c["same_sentence_as"].is_null())
        .collect();
    assert!(!copies.is_empty());
    for c in &copies {
        let first = claims
            .iter()
            .find(|f| f["id"] == c["same_sentence_as"])
            .expect("the first claim of the group is in the timeline");
        assert!(first["same_sentence_as"].is_null());
        for k in [
            "subject",
            "predicate",
            "object",
            "date",
            "claimant",
            "negated",
        ] {
            assert_eq!(first[k], c[k], "{k}: {c}");
        }
        let doc = |v: &Value| v["sources"][0]["citation"].as_str().unwrap().to_string();
        assert_ne!(doc(first), doc(c));
        // Besides the cluster 000 ~ 001, seeds 002 and 004 both quote the Russian ministry's
        // statement ("… the Russian ministry said in a statement."; 002 with a citation marker
        // after it, which no longer lends the next sentence's date to it: review 18).
        let pair = |a: &str, b: &str| {
            [doc(first), doc(c)]
                .iter()
                .all(|d| d.starts_with(a) || d.starts_with(b))
        };
        assert!(
            pair("000_8cdac366aff1a688.txt", "001_cd6efeac3a956f6f.txt")
                || pair("002_48668f8254a4d677.txt", "004_f03d8c4ac22c41a0.txt"),
            "{} {}",
            doc(first),
            doc(c)
        );
    }
    let distinct = claims.len() - copies.len();
    assert!(
        table.contains(&format!("{} claims ({distinct} distinct)", claims.len())),
        "{table}"
    );

    // Extraction output in the SCHEMA.md format, scored with the SCHEMA.md matching rule.
    let e2 = env();
    let lines = stdout(
        &e2.db,
        &["ingest", seeds.to_str().unwrap(), "--format", "json"],
    );
    let dir = tempfile::tempdir().unwrap();
    let pred = dir.path().join("pred.jsonl");
    std::fs::write(&pred, &lines).unwrap();
    for l in lines.lines() {
        let v: Value = serde_json::from_str(l).unwrap();
        for k in [
            "doc", "kind", "subject", "object", "polarity", "date", "evidence",
        ] {
            assert!(v.get(k).is_some(), "{k} missing in {l}");
        }
    }
    let eval_args = [
        "eval",
        "claims",
        "--gold",
        gold.to_str().unwrap(),
        "--predicted",
        pred.to_str().unwrap(),
    ];
    let score = json(&e2.db, &eval_args);
    // Targets of issue #5 (on the development gold): precision >= 0.85, recall >= 0.75.
    assert!(
        score["overall"]["precision"].as_f64().unwrap() >= 0.85,
        "{score}"
    );
    assert!(
        score["overall"]["recall"].as_f64().unwrap() >= 0.75,
        "{score}"
    );
    // The answer names the documents it scored (those of the gold file) and its matching rule,
    // and warns that a bootstrap over a handful of documents says little (review 3).
    let mut gold_docs: Vec<String> = std::fs::read_to_string(&gold)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["doc"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    gold_docs.sort();
    gold_docs.dedup();
    assert_eq!(score["document_ids"], serde_json::json!(gold_docs));
    assert!(score["matching_rule"]
        .as_str()
        .unwrap()
        .contains("SCHEMA.md"));
    let table = stdout(&e2.db, &eval_args);
    let words = table.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains(&format!("documents: {}", gold_docs.join(", "))),
        "{table}"
    );
    assert!(words.contains("matching: SCHEMA.md's rule"), "{table}");
    if gold_docs.len() < 10 {
        assert!(words.contains("they say little"), "{table}");
    }
}

/// Issue 13: an ingest after an earlier one reads the stored documents as known (not extracted
/// again) and still finds the seeds' copies across the two (the facts of
/// `ingest_review_timeline_eval`: 001 is a copy of 000, 002 shares passages with 004), with the
/// review queue of one ingest of all.
#[test]
fn ingest_in_two_runs_finds_the_copies_across_them() {
    let Some(seeds) = shared_path("seeds") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let (first, later) = (dir.path().join("first"), dir.path().join("later"));
    for d in [&first, &later] {
        std::fs::create_dir(d).unwrap();
    }
    for entry in std::fs::read_dir(&seeds).unwrap() {
        let p = entry.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        let to = if name.starts_with("000") || name.starts_with("002") {
            &first
        } else {
            &later
        };
        std::fs::copy(&p, to.join(&name)).unwrap();
    }
    let e = env();
    let out = stdout(&e.db, &["ingest", first.to_str().unwrap()]);
    assert!(out.contains("ingested 2 new documents"), "{out}");
    let out = stdout(&e.db, &["ingest", later.to_str().unwrap()]);
    assert!(out.contains("ingested 3 new documents"), "{out}");
    assert!(
        out.contains("copy clusters (documents that copy one another): 1"),
        "{out}"
    );
    assert!(
        out.contains("000_8cdac366aff1a688.txt ~ 001_cd6efeac3a956f6f.txt"),
        "{out}"
    );
    assert!(
        out.contains("002_48668f8254a4d677.txt ~ 004_f03d8c4ac22c41a0.txt"),
        "{out}"
    );
    let all = env();
    stdout(&all.db, &["ingest", seeds.to_str().unwrap()]);
    let queue = |db: &Path| {
        let mut v = ids(&json(db, &["claims", "--status", "proposed"]));
        v.sort();
        v
    };
    let (two, one) = (queue(&e.db), queue(&all.db));
    assert!(!one.is_empty());
    assert_eq!(two, one, "the review queue");
}

#[test]
fn hostile_documents_are_flagged_not_fatal() {
    // Issue #5: invalid UTF-8, a very long single line, NUL bytes and deeply nested HTML give
    // flagged sources (or clear errors), never a panic.
    let e = env();
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::write(
        p.join("bad.txt"),
        b"\xff\xfe\xfa Serbia does not recognise Kosovo \xc3\x28",
    )
    .unwrap();
    std::fs::write(
        p.join("nul.txt"),
        b"Serbia\x00 does not recognize Kosovo.\x00",
    )
    .unwrap();
    std::fs::write(p.join("line.txt"), "Kosovo ".repeat(700_000)).unwrap();
    let nested = format!(
        "{}Russia does not recognize Kosovo.{}",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    std::fs::write(p.join("nested.html"), nested).unwrap();
    let out = comity(&e.db).arg("ingest").arg(p).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("ingested 4 new documents"), "{stdout}");
    for flag in ["invalid-utf8", "nul-bytes", "long-line", "deep-nesting"] {
        assert!(stdout.contains(flag), "{flag} not flagged: {stdout}");
    }
}

#[test]
fn item12_nonsense_pairs_are_rejected() {
    // Issue 9 item 12: a state does not recognise itself; the EU is not a state.
    let e = env();
    for args in [
        ["status", "Kosovo", "Kosovo"],
        ["status", "Kosovo", "European Union"],
    ] {
        let out = comity(&e.db).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("same actor") || err.contains("not a state"),
            "{err}"
        );
    }
}

#[test]
fn every_table_fits_80_columns() {
    // Issue 9: "table fits 80 columns" must be true of every ledger command.
    let e = env();
    for args in [
        vec!["status", "RUS", "XKX"],
        vec!["recognitions", "XKX"],
        vec![
            "recognitions",
            "PSE",
            "--among",
            "eu",
            "--as-of",
            "2024-06-01",
        ],
        vec!["timeline", "XKX"],
        vec!["timeline", "NRU", "TWN"],
        vec!["claims", "--subject", "SUR"],
        vec!["sources"],
        vec!["entities"],
        vec!["recognised-by", "Spain"],
        vec!["actors", "korea"],
    ] {
        let out = stdout(&e.db, &args);
        for l in out.lines() {
            assert!(
                l.chars().count() <= 80,
                "{args:?}: {} wide: {l}",
                l.chars().count()
            );
        }
    }
}

#[test]
fn ingest_decider_is_chosen_by_flag() {
    // Issue 10: `--decider learned` labels the undecided candidates with the built-in classifier
    // and says so; `--decider llm` needs an endpoint (usage error); `--decider none` runs none.
    // The sentence is written for this test: two actors, one trigger word, no frame reads it, so
    // exactly one candidate (Serbia, Kosovo).
    let e = env();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("talks.txt"),
        "Talks in Brussels\n\nSerbia and Kosovo discussed mutual recognition on 3 May 2023.\n",
    )
    .unwrap();
    let p = dir.path().to_str().unwrap();
    let out = stdout(&e.db, &["ingest", p, "--decider", "learned"]);
    assert!(
        out.contains("learned decider (data/learned-decider.tsv, threshold ")
            && out.contains(": 1 candidates, 1 decided"),
        "{out}"
    );
    let out = comity(&e.db)
        .args(["ingest", p, "--decider", "llm"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--decider llm needs --llm-endpoint"));
    let out = stdout(&e.db, &["ingest", p, "--decider", "none"]);
    assert!(!out.contains("decider"), "{out}");
}
