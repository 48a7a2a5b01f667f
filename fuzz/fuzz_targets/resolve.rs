#![no_main]
//! Actor-name resolution (`Ledger::resolve`) on the shipped ledger: never panics; the
//! normalised form of any name is stable (normalising twice changes nothing).

use std::sync::OnceLock;

use comity::{Dataset, Ledger};
use libfuzzer_sys::fuzz_target;

fn ledger() -> &'static Ledger {
    static L: OnceLock<Ledger> = OnceLock::new();
    L.get_or_init(|| Ledger::new(Dataset::shipped().expect("shipped")).expect("ledger"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let l = ledger();
    if let Ok(a) = l.resolve(s) {
        // Whatever it resolved to resolves to itself by id.
        assert_eq!(l.resolve(&a.id).map(|b| b.id.clone()).ok(), Some(a.id.clone()));
    }
    let n = comity::normalise(s);
    assert_eq!(comity::normalise(&n), n);
});
