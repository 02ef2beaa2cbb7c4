#![no_main]

use libfuzzer_sys::fuzz_target;
use truce_tlog::{decode_bundle, encode_bundle};

fuzz_target!(|data: &[u8]| {
    if let Ok(entries) = decode_bundle(data) {
        assert_eq!(encode_bundle(&entries).unwrap(), data);
    }
});
