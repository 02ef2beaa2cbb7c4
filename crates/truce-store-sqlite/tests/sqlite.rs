//! Behaviour specific to the SQLite driver: opening failures, sharing the file between
//! connections and processes, and the settings that make appends durable.

use std::path::Path;
use std::process::Command;

use truce_store::conformance::{self, entry, fake_batch};
use truce_store::{Store, StoreError};
use truce_store_sqlite::SqliteStore;

fn unavailable_message(path: &Path) -> String {
    match SqliteStore::open(path) {
        Ok(_) => panic!("opening {} should have failed", path.display()),
        Err(err @ StoreError::Unavailable { .. }) => err.to_string(),
        Err(other) => panic!("expected StoreError::Unavailable, got {other:?}"),
    }
}

#[test]
fn missing_directory_is_unavailable_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no-such-dir").join("truce.db");
    let msg = unavailable_message(&path);
    assert!(
        msg.contains(&path.display().to_string()),
        "message does not name the path: {msg}"
    );
    assert!(
        msg.contains("does not exist"),
        "message does not say what is wrong: {msg}"
    );
    assert!(
        !path.parent().unwrap().exists(),
        "open must not create the directory"
    );
}

#[test]
fn directory_that_is_a_file_is_unavailable() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plain-file");
    std::fs::write(&file, b"not a directory").unwrap();
    let path = file.join("truce.db");
    let msg = unavailable_message(&path);
    assert!(
        msg.contains(&path.display().to_string()),
        "message does not name the path: {msg}"
    );
    assert!(msg.contains("not a directory"), "{msg}");
}

#[test]
fn unwritable_directory_is_unavailable() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let ro = dir.path().join("read-only");
    std::fs::create_dir(&ro).unwrap();
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o555)).unwrap();
    if std::fs::write(ro.join("probe"), b"x").is_ok() {
        // Running as root (or with CAP_DAC_OVERRIDE): permissions do not stop us.
        conformance::report_skipped(
            "unwritable_directory_is_unavailable",
            "the unwritable-directory test (permissions are not enforced for this user, e.g. root)",
        );
        return;
    }
    let path = ro.join("truce.db");
    let msg = unavailable_message(&path);
    assert!(
        msg.contains(&path.display().to_string()),
        "message does not name the path: {msg}"
    );
    assert!(
        msg.contains("writable"),
        "message does not say what to do: {msg}"
    );
}

#[test]
fn a_file_that_is_not_a_database_is_unavailable() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("truce.db");
    std::fs::write(&path, vec![b'x'; 4096]).unwrap();
    let msg = unavailable_message(&path);
    assert!(msg.contains(&path.display().to_string()), "{msg}");
    assert!(msg.contains("not a truce SQLite database"), "{msg}");
}

#[test]
fn a_newer_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("truce.db");
    drop(SqliteStore::open(&path).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute("INSERT INTO schema_version (version) VALUES (99)", [])
        .unwrap();
    drop(conn);
    let msg = unavailable_message(&path);
    assert!(msg.contains("schema version 99"), "{msg}");
    assert!(msg.contains("newer truce"), "{msg}");
}

#[test]
fn uses_wal_and_creates_the_schema_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("truce.db");
    let store = SqliteStore::open(&path).unwrap();
    store
        .append(&fake_batch(0, vec![entry("genesis", "g")]))
        .unwrap();
    // Opening again while the first handle is open must not re-run migrations.
    let again = SqliteStore::open(&path).unwrap();
    assert_eq!(again.head().unwrap().unwrap().size, 1);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let versions: Vec<i64> = conn
        .prepare("SELECT version FROM schema_version ORDER BY version")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(versions, vec![1]);
    assert_eq!(store.describe(), path.display().to_string());
}

#[test]
fn data_persists_across_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("truce.db");
    {
        let store = SqliteStore::open(&path).unwrap();
        store
            .append(&fake_batch(
                0,
                vec![entry("genesis", "g"), entry("agreement.amend", "a")],
            ))
            .unwrap();
    }
    let store = SqliteStore::open(&path).unwrap();
    let head = store.head().unwrap().expect("head after reopen");
    assert_eq!(head.size, 2);
    assert_eq!(head.checkpoint, conformance::fake_checkpoint(2));
    let amend = store.entries_of_kinds(&["agreement.amend"]).unwrap();
    assert_eq!(amend.len(), 1);
    assert_eq!(
        (amend[0].index, amend[0].data.as_slice()),
        (1, b"a".as_slice())
    );
}

#[test]
fn another_handle_sees_committed_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("truce.db");
    let a = SqliteStore::open(&path).unwrap();
    let b = SqliteStore::open(&path).unwrap();
    assert_eq!(b.head().unwrap(), None);
    a.append(&fake_batch(0, vec![entry("genesis", "g")]))
        .unwrap();
    assert_eq!(b.head().unwrap().unwrap().size, 1);
    b.append(&fake_batch(1, vec![entry("observation", "o")]))
        .unwrap();
    assert_eq!(a.entries(0, 10).unwrap().len(), 2);
    assert!(matches!(
        a.append(&fake_batch(1, vec![entry("observation", "late")])),
        Err(StoreError::Conflict {
            expected: 1,
            actual: 2
        })
    ));
}

#[test]
fn concurrent_appenders_on_separate_handles() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("truce.db");
    let stores: Vec<SqliteStore> = (0..4).map(|_| SqliteStore::open(&path).unwrap()).collect();
    conformance::concurrent_appenders_across_handles(&stores);
}

const CHILD_ENV: &str = "TRUCE_SQLITE_TEST_CHILD_DB";

/// Runs only as the child of `another_process_sees_committed_data`.
#[test]
fn child_process_helper() {
    let Some(path) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let store = SqliteStore::open(Path::new(&path)).unwrap();
    let head = store
        .head()
        .unwrap()
        .expect("the child sees the parent's genesis");
    assert_eq!(head.size, 1, "the child sees the parent's commit");
    assert_eq!(store.entries(0, 1).unwrap()[0].data, b"from the parent");
    store
        .append(&fake_batch(1, vec![entry("observation", "from the child")]))
        .unwrap();
}

#[test]
fn another_process_sees_committed_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("truce.db");
    let store = SqliteStore::open(&path).unwrap();
    store
        .append(&fake_batch(0, vec![entry("genesis", "from the parent")]))
        .unwrap();
    let output = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "child_process_helper", "--test-threads=1"])
        .env(CHILD_ENV, &path)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "the child process failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("1 passed"));
    let entries = store.entries(0, 10).unwrap();
    assert_eq!(entries.len(), 2, "the parent sees the child's commit");
    assert_eq!(entries[1].data, b"from the child");
}
