//! The store conformance suite, run against fresh SQLite files in temporary directories.

use tempfile::TempDir;
use truce_store::conformance::Guarded;
use truce_store_sqlite::SqliteStore;

type TestStore = Guarded<SqliteStore, TempDir>;

fn fresh() -> TestStore {
    let dir = tempfile::tempdir().expect("cannot create a temporary directory");
    let store = SqliteStore::open(&dir.path().join("truce.db")).expect("cannot open a new store");
    Guarded { store, guard: dir }
}

fn reopen(old: TestStore) -> TestStore {
    let Guarded { store, guard } = old;
    let path = store.path().to_path_buf();
    drop(store);
    let store = SqliteStore::open(&path).expect("cannot reopen the store");
    Guarded { store, guard }
}

truce_store::store_conformance!(fresh, reopen = reopen);
