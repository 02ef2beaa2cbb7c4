//! Hand-run throughput check (not a test): appends 100 batches of 1000 entries of ~300 bytes to
//! a fresh schema, then drops it.
//!
//! `TRUCE_TEST_DATABASE_URL=postgres://... cargo run --release -p truce-store-pg --example pg_throughput`

use truce_store::Store;
use truce_store::conformance::append_throughput;
use truce_store_pg::PgStore;

fn main() {
    let Ok(url) = std::env::var("TRUCE_TEST_DATABASE_URL") else {
        eprintln!("set TRUCE_TEST_DATABASE_URL to the database to measure");
        std::process::exit(2);
    };
    let schema = format!("truce_throughput_{}", std::process::id());
    let store = PgStore::connect_with_schema(&url, &schema).expect("connect");
    let measured = append_throughput(&store);
    println!("postgres ({}): {measured}", store.describe());
    drop(store);
    truce_store_pg::drop_schema(&url, &schema).expect("drop the throughput schema");
}
