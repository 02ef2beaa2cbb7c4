//! The SQLite driver of the truce store: a whole log node in one file (e.g. `DATA/truce.db`).
//!
//! [`SqliteStore`] implements [`truce_store::Store`] on three tables (`entries`, `tiles` and the
//! single-row `head`), created by numbered migrations embedded in the binary (see `migrations/`)
//! and tracked in `schema_version`.
//!
//! Durability and concurrency choices:
//! - **WAL journal with `synchronous=FULL`.** In WAL mode a commit is one append to the
//!   write-ahead log; with `FULL` that append is fsynced before `append` returns, so an
//!   acknowledged batch survives a crash or a power cut. (`NORMAL` would only lose the most
//!   recent commits on power loss, but a log node has already handed out the checkpoint for
//!   them, so that is not acceptable here.) WAL also lets readers carry on while a batch is
//!   being written.
//! - **`BEGIN IMMEDIATE` for every append**, and the size check inside that transaction: the
//!   write lock is taken before the head is read, so two writers (threads or processes sharing
//!   the file) can never both pass the check; the loser gets [`StoreError::Conflict`] and writes
//!   nothing.
//! - **`busy_timeout` of 10 s**, so another process holding the write lock makes us wait rather
//!   than fail.
//! - One writer connection behind a mutex (statements prepared once and cached), and a small
//!   pool of read connections (`query_only`) so reads never queue behind a write.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags, OptionalExtension, TransactionBehavior};
use truce_store::{Batch, LogHead, Result, Store, StoreError, StoredEntry};

/// How long to wait for another connection or process to release the write lock.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// Idle read connections kept open.
const MAX_IDLE_READERS: usize = 4;

/// The schema, one migration per version, applied in order.
const MIGRATIONS: &[(i64, &str)] = &[(1, include_str!("../migrations/0001_init.sql"))];

/// A truce log stored in one SQLite database file.
pub struct SqliteStore {
    path: PathBuf,
    writer: Mutex<Connection>,
    readers: Mutex<Vec<Connection>>,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStore")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl SqliteStore {
    /// Opens the database file at `path` (e.g. `DATA/truce.db`), creating it and its schema if
    /// missing and upgrading an older schema.
    ///
    /// Fails with [`StoreError::Unavailable`] naming the path when its directory is missing or
    /// not writable, when the file is not a SQLite database, or when it was written by a newer
    /// truce.
    pub fn open(path: &Path) -> Result<SqliteStore> {
        let unavailable = |reason: String| StoreError::Unavailable {
            target: path.display().to_string(),
            reason,
        };
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        if !dir.exists() {
            return Err(unavailable(format!(
                "the directory {} does not exist; create it or choose another data directory",
                dir.display()
            )));
        }
        if !dir.is_dir() {
            return Err(unavailable(format!(
                "{} is not a directory; choose another data directory",
                dir.display()
            )));
        }
        let hint = |err: rusqlite::Error| {
            let is_sqlite_error = |code| err.sqlite_error_code() == Some(code);
            if is_sqlite_error(ErrorCode::NotADatabase) {
                unavailable(format!(
                    "{err}; the file is not a truce SQLite database, move it away or choose \
                     another data directory"
                ))
            } else if is_sqlite_error(ErrorCode::DatabaseBusy) {
                unavailable(format!(
                    "{err}; another process has held the database locked for more than {} s",
                    BUSY_TIMEOUT.as_secs()
                ))
            } else {
                unavailable(format!(
                    "{err}; check that {} exists and is writable by this user",
                    dir.display()
                ))
            }
        };

        let mut writer = open_connection(path, true).map_err(hint)?;
        if writer.is_readonly(rusqlite::MAIN_DB).map_err(hint)? {
            return Err(unavailable(
                "the database file is read-only; make it and its directory writable by this user"
                    .to_string(),
            ));
        }
        let mode: String = writer
            .query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))
            .map_err(hint)?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(unavailable(format!(
                "cannot switch the database to WAL mode (it stays in {mode:?} mode); put the data \
                 directory on a local file system"
            )));
        }
        migrate(&mut writer).map_err(|err| match err {
            MigrateError::Sqlite(err) => hint(err),
            MigrateError::TooNew { found, known } => unavailable(format!(
                "its schema version {found} is newer than this truce understands ({known}); run \
                 a newer truce"
            )),
        })?;
        let reader = open_connection(path, false).map_err(hint)?;

        Ok(SqliteStore {
            path: path.to_path_buf(),
            writer: Mutex::new(writer),
            readers: Mutex::new(vec![reader]),
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn writer(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock left no transaction open (dropping a rusqlite
        // transaction rolls it back), so the connection is still good.
        self.writer
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs `f` on a read connection from the pool (opening one if none is idle).
    fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let idle = self
            .readers
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .pop();
        let conn = match idle {
            Some(conn) => conn,
            None => open_connection(&self.path, false).map_err(|err| StoreError::Unavailable {
                target: self.describe(),
                reason: format!("{err}; cannot open another read connection"),
            })?,
        };
        let result = f(&conn);
        let mut idle = self
            .readers
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if idle.len() < MAX_IDLE_READERS {
            idle.push(conn);
        }
        result
    }
}

/// Opens one connection with the settings every connection needs. Readers are `query_only`.
fn open_connection(path: &Path, create: bool) -> rusqlite::Result<Connection> {
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    }
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // Applies to this connection only, so it is set on each one.
    conn.pragma_update(None, "synchronous", "FULL")?;
    if !create {
        conn.pragma_update(None, "query_only", true)?;
    }
    conn.set_prepared_statement_cache_capacity(32);
    Ok(conn)
}

enum MigrateError {
    Sqlite(rusqlite::Error),
    TooNew { found: i64, known: i64 },
}

impl From<rusqlite::Error> for MigrateError {
    fn from(err: rusqlite::Error) -> Self {
        MigrateError::Sqlite(err)
    }
}

/// Brings the schema up to the newest version, in one write transaction (so two processes
/// opening a new file at once do not both create the tables).
fn migrate(conn: &mut Connection) -> std::result::Result<(), MigrateError> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    tx.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_version (
             version    INTEGER PRIMARY KEY,
             applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
         )",
    )?;
    let current: i64 = tx.query_row(
        "SELECT coalesce(max(version), 0) FROM schema_version",
        [],
        |row| row.get(0),
    )?;
    let known = MIGRATIONS.last().map_or(0, |(version, _)| *version);
    if current > known {
        return Err(MigrateError::TooNew {
            found: current,
            known,
        });
    }
    for (version, sql) in MIGRATIONS.iter().filter(|(version, _)| *version > current) {
        tx.execute_batch(sql)?;
        tx.execute(
            "INSERT INTO schema_version (version) VALUES (?1)",
            [version],
        )?;
    }
    tx.commit()?;
    Ok(())
}

/// Maps a SQLite error during `what` to the store's terms.
fn db_error(what: &str, err: rusqlite::Error) -> StoreError {
    match err.sqlite_error_code() {
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => {
            StoreError::Corrupt(format!("{what}: {err}"))
        }
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Database(format!(
            "{what}: another process has held the database locked for more than {} s ({err}); \
             check for a stuck truce process",
            BUSY_TIMEOUT.as_secs()
        )),
        Some(ErrorCode::DiskFull) => StoreError::Database(format!(
            "{what}: the disk is full ({err}); free some space and retry"
        )),
        _ => StoreError::Database(format!("{what}: {err}")),
    }
}

/// A log position as SQLite stores it (a signed 64-bit integer).
fn to_sql_index(value: u64, what: &str) -> Result<i64> {
    i64::try_from(value).map_err(|_| {
        StoreError::Database(format!("{what} {value} is beyond what SQLite can store"))
    })
}

fn from_sql_index(value: i64, what: &str) -> Result<u64> {
    u64::try_from(value).map_err(|_| StoreError::Corrupt(format!("negative {what} {value}")))
}

fn row_to_entry(row: &rusqlite::Row<'_>) -> rusqlite::Result<(i64, String, Vec<u8>)> {
    Ok((row.get(0)?, row.get(1)?, row.get(2)?))
}

/// Converts rows to entries, checking that their indices are consecutive when `first` is given.
fn to_entries(rows: Vec<(i64, String, Vec<u8>)>, first: Option<u64>) -> Result<Vec<StoredEntry>> {
    let mut out = Vec::with_capacity(rows.len());
    for (idx, kind, data) in rows {
        let index = from_sql_index(idx, "entry index")?;
        if let Some(first) = first {
            let expected = first + out.len() as u64;
            if index != expected {
                return Err(StoreError::Corrupt(format!(
                    "entry {expected} is missing (the next stored entry is {index})"
                )));
            }
        }
        out.push(StoredEntry { index, kind, data });
    }
    Ok(out)
}

impl Store for SqliteStore {
    fn head(&self) -> Result<Option<LogHead>> {
        self.read(|conn| {
            let row: Option<(i64, Option<Vec<u8>>)> = conn
                .prepare_cached("SELECT size, checkpoint FROM head WHERE id = 1")
                .and_then(|mut stmt| {
                    stmt.query_row([], |row| Ok((row.get(0)?, row.get(1)?)))
                        .optional()
                })
                .map_err(|err| db_error("reading the head", err))?;
            match row {
                None => Err(StoreError::Corrupt("the head row is missing".to_string())),
                Some((_, None)) => Ok(None),
                Some((size, Some(checkpoint))) => Ok(Some(LogHead {
                    size: from_sql_index(size, "log size")?,
                    checkpoint,
                })),
            }
        })
    }

    fn append(&self, batch: &Batch) -> Result<()> {
        let what = "appending a batch";
        let err = |err| db_error(what, err);
        let expected = to_sql_index(batch.expected_size, "log size")?;
        let new_size = batch
            .expected_size
            .checked_add(batch.entries.len() as u64)
            .ok_or_else(|| StoreError::Database("the batch overflows the log size".to_string()))?;
        let new_size = to_sql_index(new_size, "log size")?;

        let mut conn = self.writer();
        // Takes the write lock now (waiting up to BUSY_TIMEOUT), so the size read below cannot
        // change before COMMIT.
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        let (size, next): (i64, i64) = tx
            .prepare_cached(
                "SELECT size, (SELECT coalesce(max(idx) + 1, 0) FROM entries) FROM head WHERE id = 1",
            )
            .and_then(|mut stmt| stmt.query_row([], |row| Ok((row.get(0)?, row.get(1)?))))
            .map_err(err)?;
        if size != expected {
            // Dropping `tx` rolls back: nothing is written.
            return Err(StoreError::Conflict {
                expected: batch.expected_size,
                actual: from_sql_index(size, "log size")?,
            });
        }
        if next != size {
            return Err(StoreError::Corrupt(format!(
                "the head says {size} entries but the entries table ends at {next}"
            )));
        }
        {
            let mut insert = tx
                .prepare_cached("INSERT INTO entries (idx, kind, data) VALUES (?1, ?2, ?3)")
                .map_err(err)?;
            for (idx, entry) in (expected..).zip(&batch.entries) {
                insert
                    .execute((idx, entry.kind.as_str(), entry.data.as_slice()))
                    .map_err(err)?;
            }
            let mut upsert = tx
                .prepare_cached(
                    "INSERT INTO tiles (level, idx, data) VALUES (?1, ?2, ?3)
                     ON CONFLICT (level, idx) DO UPDATE SET data = excluded.data
                     WHERE length(excluded.data) > length(tiles.data)",
                )
                .map_err(err)?;
            for tile in &batch.tiles {
                upsert
                    .execute((
                        tile.level,
                        to_sql_index(tile.index, "tile index")?,
                        tile.data.as_slice(),
                    ))
                    .map_err(err)?;
            }
            tx.prepare_cached("UPDATE head SET size = ?1, checkpoint = ?2 WHERE id = 1")
                .and_then(|mut stmt| stmt.execute((new_size, batch.checkpoint.as_slice())))
                .map_err(err)?;
        }
        tx.commit().map_err(err)
    }

    fn entries(&self, start: u64, end: u64) -> Result<Vec<StoredEntry>> {
        let (Ok(start_sql), end_sql) = (i64::try_from(start), i64::try_from(end)) else {
            return Ok(Vec::new());
        };
        let end_sql = end_sql.unwrap_or(i64::MAX);
        if start_sql >= end_sql {
            return Ok(Vec::new());
        }
        self.read(|conn| {
            let rows = conn
                .prepare_cached(
                    "SELECT idx, kind, data FROM entries WHERE idx >= ?1 AND idx < ?2 ORDER BY idx",
                )
                .and_then(|mut stmt| {
                    stmt.query_map((start_sql, end_sql), row_to_entry)?
                        .collect::<rusqlite::Result<Vec<_>>>()
                })
                .map_err(|err| db_error("reading entries", err))?;
            to_entries(rows, Some(start))
        })
    }

    fn entries_of_kinds(&self, kinds: &[&str]) -> Result<Vec<StoredEntry>> {
        let mut kinds = kinds.to_vec();
        kinds.sort_unstable();
        kinds.dedup();
        if kinds.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT idx, kind, data FROM entries WHERE kind IN ({}) ORDER BY idx",
            vec!["?"; kinds.len()].join(", ")
        );
        self.read(|conn| {
            let rows = conn
                .prepare_cached(&sql)
                .and_then(|mut stmt| {
                    stmt.query_map(rusqlite::params_from_iter(&kinds), row_to_entry)?
                        .collect::<rusqlite::Result<Vec<_>>>()
                })
                .map_err(|err| db_error("reading entries by kind", err))?;
            to_entries(rows, None)
        })
    }

    fn tile(&self, level: u8, index: u64) -> Result<Option<Vec<u8>>> {
        let Ok(index) = i64::try_from(index) else {
            return Ok(None);
        };
        self.read(|conn| {
            conn.prepare_cached("SELECT data FROM tiles WHERE level = ?1 AND idx = ?2")
                .and_then(|mut stmt| stmt.query_row((level, index), |row| row.get(0)).optional())
                .map_err(|err| db_error("reading a tile", err))
        })
    }

    fn describe(&self) -> String {
        self.path.display().to_string()
    }
}
