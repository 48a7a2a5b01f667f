//! Tenth session (2026-12-08).

use super::{env, stdout};

// data/actors.csv: Namibia (NAM) begins on 1990-03-21; data/claims.csv NAM.recognises.PSE.1 dates
// its recognition of Palestine 1988-11-19 (SWAPO's act). Review 20: `status` said the date is
// before Namibia existed; the recognitions table and the timeline printed it bare.
#[test]
fn a_date_before_the_state_existed_is_marked_in_the_table_and_the_timeline() {
    let e = env();
    let table = stdout(
        &e.db,
        &["recognitions", "Palestine", "--as-of", "1995-01-01"],
    );
    let row = table
        .lines()
        .find(|l| l.contains("NAM  Namibia"))
        .unwrap_or_else(|| panic!("{table}"));
    assert!(row.contains("1988-11-19†"), "{row}");
    // Near miss: Afghanistan (a state since long before; same source, 1988-11-16) is unmarked.
    let afg = table
        .lines()
        .find(|l| l.contains("AFG  Afghanistan"))
        .unwrap_or_else(|| panic!("{table}"));
    assert!(!afg.contains('†'), "{afg}");
    assert!(
        table.contains("† dated before the state existed"),
        "{table}"
    );
    let csv = stdout(
        &e.db,
        &[
            "recognitions",
            "Palestine",
            "--as-of",
            "1995-01-01",
            "--format",
            "csv",
        ],
    );
    let nam = csv.lines().find(|l| l.starts_with("NAM,")).unwrap();
    assert!(nam.contains("before NAM existed (1990-03-21)"), "{nam}");
    let t = stdout(&e.db, &["timeline", "Namibia", "Palestine"]);
    assert!(
        t.contains("date: 1988-11-19 is before NAM existed (1990-03-21)"),
        "{t}"
    );
    let v = super::json(&e.db, &["timeline", "Namibia", "Palestine"]);
    let note = v["claims"][0]["date_note"].as_str().unwrap_or_default();
    assert!(note.contains("1990-03-21"), "{v}");
}
