#![no_main]
//! Date finding on arbitrary text: never panics; every date found is a valid calendar date.

use comity_ingest::{days_in_month, find_dates, PartialDate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for m in find_dates(&text, PartialDate::new(2020, Some(2), Some(29))) {
        if let Some(d) = m.date {
            if let (Some(mo), Some(day)) = (d.month, d.day) {
                assert!(day >= 1 && day <= days_in_month(d.year, mo));
            }
        }
        assert!(text.get(m.range.clone()).is_some());
    }
});
