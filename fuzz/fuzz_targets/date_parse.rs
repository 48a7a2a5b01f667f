#![no_main]
//! `comity::Date` from text: never panics; what parses prints back to text that parses to the same date.

use comity::Date;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(d) = s.parse::<Date>() {
        let printed = d.to_string();
        let again: Date = printed
            .parse()
            .unwrap_or_else(|e| panic!("{s:?} parsed, printed {printed:?}, which does not: {e}"));
        assert_eq!(again, d, "{s:?} -> {printed:?}");
        if let Some((first, last)) = d.bounds() {
            assert!(first <= last);
        }
    }
});
