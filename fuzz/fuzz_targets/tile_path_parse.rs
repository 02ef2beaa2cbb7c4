#![no_main]

use libfuzzer_sys::fuzz_target;
use truce_tlog::{TileId, TileKind};

fuzz_target!(|data: &[u8]| {
    if let Ok(p) = std::str::from_utf8(data) {
        // Only canonical paths are accepted, so they must re-encode identically.
        if let Ok((kind, id)) = TileId::parse_path(p) {
            let again = match kind {
                TileKind::Hash { .. } => id.path(),
                TileKind::Entries => id.entries_path(),
            };
            assert_eq!(again, p);
        }
    }
});
