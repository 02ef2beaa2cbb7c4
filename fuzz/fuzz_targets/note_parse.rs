#![no_main]

use libfuzzer_sys::fuzz_target;
use truce_tlog::Note;

fuzz_target!(|data: &[u8]| {
    // Whatever parses must serialize back to the same bytes.
    if let Ok(n) = Note::parse(data) {
        assert_eq!(n.to_bytes(), data);
        assert_eq!(Note::parse(&n.to_bytes()).as_ref(), Ok(&n));
    }
});
