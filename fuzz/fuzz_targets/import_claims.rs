#![no_main]
//! CSV and JSON claim import (`comity::parse_import`, then `Store::import` into an in-memory
//! store): never panics; a failed import writes nothing.

use std::sync::{Mutex, OnceLock};

use comity::Store;
use libfuzzer_sys::fuzz_target;

fn store() -> &'static Mutex<Store> {
    static S: OnceLock<Mutex<Store>> = OnceLock::new();
    S.get_or_init(|| Mutex::new(Store::open_in_memory().expect("store")))
}

fuzz_target!(|data: &[u8]| {
    // First byte chooses the format; the rest is the file.
    let Some((&kind, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let name = if kind & 1 == 0 { "in.csv" } else { "in.json" };
    let Ok((sources, claims)) = comity::parse_import(name, text) else {
        return;
    };
    let mut st = store().lock().unwrap_or_else(|e| e.into_inner());
    let before = st.dataset().expect("dataset").claims.len();
    match st.import(&sources, &claims) {
        Ok(r) => assert_eq!(st.dataset().expect("dataset").claims.len(), before + r.claims),
        Err(_) => assert_eq!(st.dataset().expect("dataset").claims.len(), before),
    }
});
