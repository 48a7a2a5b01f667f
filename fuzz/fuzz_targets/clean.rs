#![no_main]
//! Decode and clean arbitrary bytes: never panics, and every cleaned byte maps inside the input.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let d = comity_ingest::decode(data);
    let c = comity_ingest::clean(&d, &comity_ingest::CleanOptions::default());
    let r = d.map.map_range(c.map.map_range(0..c.text.len()));
    assert!(r.end <= data.len());
});
