#![no_main]
//! The CLI's `--as-of` argument (`comity::parse_as_of`): never panics; a day it returns lies
//! inside the parsed date's bounds (or is `today`).

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let today = jiff::civil::date(2026, 11, 22);
    if let Ok(day) = comity::parse_as_of(s, today) {
        if day != today {
            let d: comity::Date = s.parse().expect("parse_as_of accepted it");
            let (first, last) = d.bounds().expect("a known date");
            assert!(first <= day && day <= last);
        }
    }
});
