//! Every `comity …` line in the README's `sh` blocks runs, in order, on one fresh
//! database, and succeeds (the README promises that its examples work as written).
//!
//! Lines with a `<PLACEHOLDER>` are forms, not examples, and `comity serve` runs a server
//! (the server's own tests cover it); both are skipped and counted. The commands run in a
//! scratch folder with `../shared` linked to the real shared folder, through `sh -c`, so
//! that redirections work as in a terminal.

use std::path::{Path, PathBuf};

fn readme_commands() -> Vec<String> {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../README.md"))
            .unwrap();
    let mut out = Vec::new();
    let mut in_sh = false;
    for line in text.lines() {
        let t = line.trim();
        if t.starts_with("```") {
            in_sh = t == "```sh";
            continue;
        }
        if in_sh && t.starts_with("comity ") {
            // Drop a trailing comment (a `#` after two spaces).
            let cmd = t.split("  #").next().unwrap_or(t).trim().to_string();
            out.push(cmd);
        }
    }
    out
}

fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    if p.join("data").exists() {
        Some(p.canonicalize().unwrap())
    } else if std::env::var("CI").as_deref() == Ok("true") {
        panic!(
            "{}: missing (CI=true: shared data must be present)",
            p.display()
        );
    } else {
        eprintln!("skipping: {} not found", p.display());
        None
    }
}

#[test]
fn every_readme_example_runs() {
    let Some(shared) = shared() else { return };
    let cmds = readme_commands();
    assert!(cmds.len() >= 30, "README examples not found: {cmds:?}");
    let dir = tempfile::tempdir().unwrap();
    let work = dir.path().join("work");
    std::fs::create_dir(&work).unwrap();
    std::os::unix::fs::symlink(&shared, dir.path().join("shared")).unwrap();
    let bin = assert_cmd::cargo::cargo_bin("comity");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let db = dir.path().join("readme.sqlite");
    let mut skipped = 0;
    for cmd in &cmds {
        if cmd.contains('<') && !cmd.contains(" > ") || cmd.starts_with("comity serve") {
            skipped += 1;
            continue;
        }
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(cmd)
            .current_dir(&work)
            .env("PATH", &path)
            .env("COMITY_DB", &db)
            .env("COMITY_TODAY", "2026-12-02")
            .env_remove("RUST_LOG")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "README example failed: {cmd}\nstderr: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert!(skipped < cmds.len() / 3, "too many README lines skipped");
}
