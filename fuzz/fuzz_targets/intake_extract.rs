#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Any bytes, HTML or not, must come back as paragraphs and warnings, never a panic; the whole
    // pipeline runs so the noise pass, the matchers and the date parser see the same input.
    let (article, _warnings) = truce_ingest::extract(data);
    let (cleaned, _) = truce_ingest::clean(&article);
    assert!(cleaned.kept.len() + cleaned.removed.len() == article.blocks.len());
    let _ = truce_ingest::leads(&cleaned, jiff::civil::date(2025, 11, 3));
});
