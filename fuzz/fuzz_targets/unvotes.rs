#![no_main]
//! UN roll-call import (`Store::import_unvotes`) from three fuzzed CSV files: never panics;
//! a failed import leaves the previous roll-call data in place.

use std::sync::{Mutex, OnceLock};

use comity::Store;
use libfuzzer_sys::fuzz_target;

fn store() -> &'static Mutex<Store> {
    static S: OnceLock<Mutex<Store>> = OnceLock::new();
    S.get_or_init(|| Mutex::new(Store::open_in_memory().expect("store")))
}

fn dir() -> &'static std::path::Path {
    static D: OnceLock<std::path::PathBuf> = OnceLock::new();
    D.get_or_init(|| {
        let d = std::env::temp_dir().join(format!("comity-fuzz-unvotes-{}", std::process::id()));
        std::fs::create_dir_all(&d).expect("temp dir");
        d
    })
}

fuzz_target!(|data: &[u8]| {
    // The three files are separated by 0xFF bytes (never in UTF-8 text).
    let mut parts = data.splitn(3, |&b| b == 0xFF);
    let rc = parts.next().unwrap_or_default();
    let issues = parts.next().unwrap_or_default();
    let votes = parts.next().unwrap_or_default();
    let d = dir();
    let files = [
        ("un_roll_calls.csv", rc),
        ("un_roll_call_issues.csv", issues),
        ("un_votes.csv", votes),
    ];
    for (f, bytes) in files {
        std::fs::write(d.join(f), bytes).expect("write");
    }
    let mut st = store().lock().unwrap_or_else(|e| e.into_inner());
    let before = st.roll_call_counts().expect("counts");
    match st.import_unvotes(d, &mut |_| {}) {
        Ok(r) => {
            let (rolls, votes, issues) = st.roll_call_counts().expect("counts");
            assert_eq!((rolls, votes, issues), (r.roll_calls, r.votes, r.issues));
        }
        Err(_) => assert_eq!(st.roll_call_counts().expect("counts"), before),
    }
});
