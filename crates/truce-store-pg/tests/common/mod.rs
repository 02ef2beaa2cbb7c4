//! Fresh schemas for PostgreSQL tests, dropped afterwards.

#![allow(dead_code)]

use std::sync::atomic::{AtomicU32, Ordering};

use truce_store::conformance::Guarded;
use truce_store_pg::PgStore;

/// Where the tests' database is; unset means skip.
pub(crate) const URL_VAR: &str = "TRUCE_TEST_DATABASE_URL";

/// What is printed for a skipped test.
pub(crate) const SKIP_NOTE: &str =
    "PostgreSQL conformance tests (set TRUCE_TEST_DATABASE_URL to run them)";

/// Drops its schema when dropped.
#[derive(Debug)]
pub(crate) struct SchemaGuard {
    pub(crate) url: String,
    pub(crate) schema: String,
}

impl Drop for SchemaGuard {
    fn drop(&mut self) {
        if let Err(err) = truce_store_pg::drop_schema(&self.url, &self.schema) {
            eprintln!("warning: could not drop test schema {}: {err}", self.schema);
        }
    }
}

pub(crate) type TestStore = Guarded<PgStore, SchemaGuard>;

pub(crate) fn database_url() -> Option<String> {
    std::env::var(URL_VAR).ok().filter(|url| !url.is_empty())
}

/// A schema name no other test (in this or another process) uses.
pub(crate) fn unique_schema() -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!(
        "truce_test_{}_{}_{nanos}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// A store in a fresh schema, or `None` when no test database is configured.
pub(crate) fn fresh() -> Option<TestStore> {
    let url = database_url()?;
    let guard = SchemaGuard {
        url,
        schema: unique_schema(),
    };
    let store = PgStore::connect_with_schema(&guard.url, &guard.schema)
        .unwrap_or_else(|err| panic!("cannot connect to the test database: {err}"));
    Some(Guarded { store, guard })
}

/// Drops the store's connections and connects again to the same schema.
pub(crate) fn reopen(old: TestStore) -> TestStore {
    let Guarded { store, guard } = old;
    drop(store);
    let store = PgStore::connect_with_schema(&guard.url, &guard.schema)
        .unwrap_or_else(|err| panic!("cannot reconnect to the test database: {err}"));
    Guarded { store, guard }
}
