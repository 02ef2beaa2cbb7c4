#![no_main]

use libfuzzer_sys::fuzz_target;
use truce_core::Record;

fuzz_target!(|data: &[u8]| {
    // A record is accepted only in its own canonical form, so what parses writes back the same.
    if let Ok(text) = std::str::from_utf8(data)
        && let Ok(record) = Record::parse(text)
    {
        assert_eq!(record.to_text(), text);
    }
});
