//! Ninth session (2026-12-07): an imported date before the entity existed is warned of and
//! shown, never read.

use super::{comity, env, stdout};

// data/claims.csv XKX.declares-independence.1: Kosovo declared independence on 2008-02-17. A
// row dated 1900-01-01 (a spreadsheet's empty date) was imported without a word and read as
// "ESP recognised XKX (1900-01-01) and withdrew the recognition itself (2008-02-18)".
#[test]
fn an_import_dated_before_the_entity_existed_is_warned_of_and_not_read() {
    let e = env();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("early.csv");
    std::fs::write(
        &file,
        "id,subject,predicate,object,date,claimant,sources,status\n\
         early1,ESP,recognises,XKX,1900-01-01,ESP,Se434f9b0,accepted\n",
    )
    .unwrap();
    let out = comity(&e.db).arg("import").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("warning: check the date of claim early1 (ESP recognises XKX)")
            && err.contains("XKX existed only from 2008-02-17"),
        "{err}"
    );
    let table = stdout(&e.db, &["status", "ESP", "XKX"]);
    assert!(table.contains("predates-entity"), "{table}");
    assert!(!table.contains("recognised XKX (1900-01-01)"), "{table}");
    let v = super::json(&e.db, &["status", "ESP", "XKX"]);
    // Spain's own statement of 2008-02-18 (data/claims.csv ESP.does-not-recognise.1) decides.
    assert_eq!(v["recognition"]["status"], "not-recognised", "{v}");
}

// data/bodies.toml, unesco.gc: "Members without voting rights (arrears) are not known to the
// roster." The JSON, the CSV's stderr and the web page carried it; the table did not (review 19).
#[test]
fn the_simulation_table_carries_the_bodys_note() {
    let e = env();
    let out = stdout(
        &e.db,
        &["simulate", "unesco.gc", "XKX", "--as-of", "2015-11-09"],
    );
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("note: Members without voting rights (arrears) are not known to the roster."),
        "{out}"
    );
}

// A stated non-recognition is a position on recognition, not a stated veto (review 19): the table
// says the model assumes the veto.
#[test]
fn a_veto_from_a_stated_position_is_called_assumed() {
    let e = env();
    let out = stdout(&e.db, &["simulate", "un", "XKX"]);
    assert!(!out.contains("veto certain"), "{out}");
    assert!(out.contains("not a stated veto"), "{out}");
}
