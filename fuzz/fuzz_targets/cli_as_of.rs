#![no_main]
//! The CLI's `--as-of` argument (`comity::parse_as_of`): never panics; a day it returns is
//! `today` or `yesterday` for those words (any case), else lies inside the parsed date's bounds.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let today = jiff::civil::date(2026, 11, 22);
    if let Ok(day) = comity::parse_as_of(s, today) {
        let word = s.trim();
        if word.eq_ignore_ascii_case("today") {
            assert_eq!(day, today);
        } else if word.eq_ignore_ascii_case("yesterday") {
            assert_eq!(day, jiff::civil::date(2026, 11, 21));
        } else {
            let d: comity::Date = s.parse().expect("parse_as_of accepted it");
            let (first, last) = d.bounds().expect("a known date");
            assert!(first <= day && day <= last);
        }
    }
});
