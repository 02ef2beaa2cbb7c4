#![no_main]

use libfuzzer_sys::fuzz_target;
use truce_core::Agreement;

fuzz_target!(|data: &[u8]| {
    // Any agreement that passes its checks survives the JSON round trip that genesis records use.
    if let Ok(text) = std::str::from_utf8(data)
        && let Ok(agreement) = Agreement::from_toml(text)
    {
        assert_eq!(Agreement::from_json(&agreement.to_json()).as_ref(), Ok(&agreement));
    }
});
