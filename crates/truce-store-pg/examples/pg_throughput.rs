//! Hand-run throughput check (not a test): appends 100 batches of 1000 entries of ~300 bytes to
//! a fresh schema, then drops it.
//!
//! `TRUCE_TEST_DATABASE_URL=postgres://... cargo run --release -p truce-store-pg --example pg_throughput`

use std::time::Instant;

use truce_store::Store;
use truce_store::conformance::{entry, fake_batch};
use truce_store_pg::PgStore;

fn main() {
    let Ok(url) = std::env::var("TRUCE_TEST_DATABASE_URL") else {
        eprintln!("set TRUCE_TEST_DATABASE_URL to the database to measure");
        std::process::exit(2);
    };
    let schema = format!("truce_throughput_{}", std::process::id());
    let store = PgStore::connect_with_schema(&url, &schema).expect("connect");
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
        "postgres ({}): {batches} batches x {per_batch} entries in {secs:.2} s = {:.0} entries/s, \
         {:.1} ms/batch on average, slowest {:.1} ms",
        store.describe(),
        (batches * per_batch) as f64 / secs,
        secs * 1000.0 / batches as f64,
        slowest * 1000.0
    );
    drop(store);
    truce_store_pg::drop_schema(&url, &schema).expect("drop the throughput schema");
}
