#![no_main]

use libfuzzer_sys::fuzz_target;
use truce_tlog::Checkpoint;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        // Parsing is strict, so an accepted body is already in canonical form.
        if let Ok(cp) = Checkpoint::parse(text) {
            assert_eq!(cp.to_text(), text);
        }
    }
});
