//! Hand-run throughput check (not a test): appends 100 batches of 1000 entries of ~300 bytes.
//!
//! `cargo run --release -p truce-store-sqlite --example sqlite_throughput [DIR]`

use truce_store::conformance::append_throughput;
use truce_store_sqlite::SqliteStore;

fn main() {
    let tmp = tempfile::tempdir().expect("temporary directory");
    let dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| tmp.path().to_path_buf(), std::path::PathBuf::from);
    let path = dir.join("throughput.db");
    let _ = std::fs::remove_file(&path);
    let store = SqliteStore::open(&path).expect("open");
    println!("sqlite ({}): {}", path.display(), append_throughput(&store));
}
