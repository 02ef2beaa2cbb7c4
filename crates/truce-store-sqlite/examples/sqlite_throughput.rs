//! Hand-run throughput check (not a test): appends 100 batches of 1000 entries of ~300 bytes.
//!
//! `cargo run --release -p truce-store-sqlite --example sqlite_throughput [DIR]`

use std::time::Instant;

use truce_store::Store;
use truce_store::conformance::{entry, fake_batch};
use truce_store_sqlite::SqliteStore;

fn main() {
    let tmp = tempfile::tempdir().expect("temporary directory");
    let dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| tmp.path().to_path_buf(), std::path::PathBuf::from);
    let path = dir.join("throughput.db");
    let _ = std::fs::remove_file(&path);
    let store = SqliteStore::open(&path).expect("open");
    let (batches, per_batch) = (100u64, 1000u64);
    let payload = vec![0x5au8; 290];
    let mut size = 0;
    let mut slowest = 0f64;
    let start = Instant::now();
    for b in 0..batches {
        let entries = (0..per_batch)
            .map(|i| {
                let mut data = format!("b{b}e{i}:").into_bytes();
                data.extend_from_slice(&payload);
                entry("observation", data)
            })
            .collect();
        let batch = fake_batch(size, entries);
        let t = Instant::now();
        store.append(&batch).expect("append");
        slowest = slowest.max(t.elapsed().as_secs_f64());
        size += per_batch;
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "sqlite ({}): {batches} batches x {per_batch} entries in {secs:.2} s = {:.0} entries/s, \
         {:.1} ms/batch on average, slowest {:.1} ms",
        path.display(),
        (batches * per_batch) as f64 / secs,
        secs * 1000.0 / batches as f64,
        slowest * 1000.0
    );
}
