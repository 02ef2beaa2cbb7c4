//! The PostgreSQL driver of the truce store, for nodes that keep their log in a shared database.
//!
//! [`PgStore`] implements [`truce_store::Store`] on three tables (`entries`, `tiles` and the
//! single-row `head`), created by numbered migrations embedded in the binary (see `migrations/`)
//! and tracked in `schema_version`. [`PgStore::connect_with_schema`] keeps them in a schema of
//! their own (created if missing), so several logs or test runs can share a database.
//!
//! Durability and concurrency choices:
//! - **One transaction per batch, committed with `synchronous_commit` on** (the server default;
//!   a connection whose server default is `off` or `local` is raised to `on`): when `append`
//!   returns `Ok`, the batch is flushed to the WAL, and to synchronous standbys if any.
//! - **`SELECT ... FROM head WHERE id = 1 FOR UPDATE`** before the size check: the head row is
//!   the log's lock. A second writer (another thread, handle or process) blocks on it until the
//!   first commits, then re-reads the new size and gets [`StoreError::Conflict`], writing
//!   nothing. The row exists from the first migration on (with a NULL checkpoint until the
//!   genesis), so even the very first append has a row to lock.
//! - Entries and tiles go in with one statement each (`unnest` of arrays), whatever the batch
//!   size; tiles are upserted keeping the widest version.
//! - One writer connection and one reader connection, each behind a mutex and reconnected when
//!   broken; reads are retried once on a fresh connection, appends only when the failure came
//!   before `COMMIT` (after it, the outcome is unknown and is reported as such).
//!
//! Connection errors are [`StoreError::Unavailable`] naming the URL without its password.

use std::collections::BTreeMap;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use postgres::{Client, Config, NoTls, Statement};
use truce_store::{Batch, LogHead, Result, Store, StoreError, StoredEntry, redact_url};

/// The schema, one migration per version, applied in order.
const MIGRATIONS: &[(i32, &str)] = &[(1, include_str!("../migrations/0001_init.sql"))];

/// Advisory lock serialising migrations (and schema creation) between processes.
const MIGRATION_LOCK: i64 = 0x7472_7563_655f_6d67; // "truce_mg"

/// A truce log stored in a PostgreSQL database.
pub struct PgStore {
    config: Config,
    /// The URL without password, for messages.
    target: String,
    /// The password, so that it can be scrubbed from any message that might echo it.
    password: Option<String>,
    schema: Option<String>,
    writer: Mutex<Option<Conn>>,
    reader: Mutex<Option<Conn>>,
}

impl std::fmt::Debug for PgStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgStore")
            .field("target", &self.target)
            .field("schema", &self.schema)
            .finish_non_exhaustive()
    }
}

/// A connection with its prepared statements.
struct Conn {
    client: Client,
    head: Statement,
    lock_head: Statement,
    next_index: Statement,
    insert_entries: Statement,
    upsert_tiles: Statement,
    update_head: Statement,
    entries: Statement,
    entries_of_kinds: Statement,
    tile: Statement,
}

/// How an operation on a connection failed.
enum OpError {
    /// A database error before anything was committed.
    Pg(postgres::Error),
    /// An error from `COMMIT` itself: the outcome is unknown if the connection broke.
    Commit(postgres::Error),
    /// A failure in the store's own terms (conflict, damaged data).
    Store(StoreError),
}

impl From<postgres::Error> for OpError {
    fn from(err: postgres::Error) -> Self {
        OpError::Pg(err)
    }
}

impl From<StoreError> for OpError {
    fn from(err: StoreError) -> Self {
        OpError::Store(err)
    }
}

impl PgStore {
    /// Connects to the database at `url` (`postgres://user:password@host:port/db` or the
    /// `host=... user=...` form) and uses the connection's default `search_path` for its tables,
    /// creating them if missing. TLS is not supported: use a local socket or a trusted network.
    pub fn connect(url: &str) -> Result<PgStore> {
        PgStore::open(url, None)
    }

    /// Like [`PgStore::connect`], but keeps the tables in `schema`, created if missing (every
    /// connection sets its `search_path` to it).
    pub fn connect_with_schema(url: &str, schema: &str) -> Result<PgStore> {
        PgStore::open(url, Some(schema))
    }

    fn open(url: &str, schema: Option<&str>) -> Result<PgStore> {
        let target = redact_target(url);
        let mut config: Config = url.parse().map_err(|err| StoreError::Unavailable {
            target: target.clone(),
            reason: scrub(
                &format!(
                    "the database URL is not valid ({}); expected postgres://user@host:port/database",
                    with_causes(&err)
                ),
                None,
            ),
        })?;
        let password = config
            .get_password()
            .map(|p| String::from_utf8_lossy(p).into_owned())
            .filter(|p| !p.is_empty());
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(Duration::from_secs(10));
        }
        if config.get_application_name().is_none() {
            config.application_name("truce");
        }
        let store = PgStore {
            config,
            target,
            password,
            schema: schema.map(str::to_string),
            writer: Mutex::new(None),
            reader: Mutex::new(None),
        };
        let mut client = store.connect_client()?;
        store
            .migrate(&mut client)
            .map_err(|err| store.unavailable(&err, "cannot create or upgrade the tables"))?
            .map_err(|reason| StoreError::Unavailable {
                target: store.target.clone(),
                reason,
            })?;
        let writer = store.prepare(client)?;
        *lock(&store.writer) = Some(writer);
        let reader = store.connect_prepared()?;
        *lock(&store.reader) = Some(reader);
        Ok(store)
    }

    /// The schema holding the tables, if one was given.
    pub fn schema(&self) -> Option<&str> {
        self.schema.as_deref()
    }

    /// Opens one connection and sets it up (search path, durable commits).
    fn connect_client(&self) -> Result<Client> {
        let mut client = self
            .config
            .connect(NoTls)
            .map_err(|err| self.unavailable(&err, "check that PostgreSQL is running and reachable at that address and that the user, password and database name are right"))?;
        let mut setup = String::new();
        if let Some(schema) = &self.schema {
            setup += &format!("SET search_path TO {};", quote_ident(schema));
        }
        let sync: String = client
            .query_one("SHOW synchronous_commit", &[])
            .and_then(|row| row.try_get(0))
            .map_err(|err| self.unavailable(&err, "cannot read the connection's settings"))?;
        if sync == "off" || sync == "local" {
            setup += "SET synchronous_commit TO on;";
        }
        if !setup.is_empty() {
            client
                .batch_execute(&setup)
                .map_err(|err| self.unavailable(&err, "cannot set up the connection"))?;
        }
        Ok(client)
    }

    fn connect_prepared(&self) -> Result<Conn> {
        let client = self.connect_client()?;
        self.prepare(client)
    }

    fn prepare(&self, mut client: Client) -> Result<Conn> {
        let mut prepare = |sql: &str| {
            client
                .prepare(sql)
                .map_err(|err| self.unavailable(&err, "cannot prepare the store's statements"))
        };
        Ok(Conn {
            head: prepare("SELECT size, checkpoint FROM head WHERE id = 1")?,
            lock_head: prepare("SELECT size FROM head WHERE id = 1 FOR UPDATE")?,
            next_index: prepare("SELECT coalesce(max(idx) + 1, 0) FROM entries")?,
            insert_entries: prepare(
                "INSERT INTO entries (idx, kind, data)
                 SELECT $1::bigint + t.ord - 1, t.kind, t.data
                 FROM unnest($2::text[], $3::bytea[]) WITH ORDINALITY AS t (kind, data, ord)",
            )?,
            upsert_tiles: prepare(
                "INSERT INTO tiles (level, idx, data)
                 SELECT * FROM unnest($1::smallint[], $2::bigint[], $3::bytea[])
                 ON CONFLICT (level, idx) DO UPDATE SET data = EXCLUDED.data
                 WHERE octet_length(EXCLUDED.data) > octet_length(tiles.data)",
            )?,
            update_head: prepare("UPDATE head SET size = $1, checkpoint = $2 WHERE id = 1")?,
            entries: prepare(
                "SELECT idx, kind, data FROM entries WHERE idx >= $1 AND idx < $2 ORDER BY idx",
            )?,
            entries_of_kinds: prepare(
                "SELECT idx, kind, data FROM entries WHERE kind = ANY($1::text[]) ORDER BY idx",
            )?,
            tile: prepare("SELECT data FROM tiles WHERE level = $1 AND idx = $2")?,
            client,
        })
    }

    /// Creates the schema (if one was given) and brings the tables to the newest version, in one
    /// transaction under an advisory lock so concurrent first starts do not collide. The inner
    /// error is a schema newer than this build.
    fn migrate(
        &self,
        client: &mut Client,
    ) -> std::result::Result<std::result::Result<(), String>, postgres::Error> {
        let mut tx = client.transaction()?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])?;
        if let Some(schema) = &self.schema {
            tx.batch_execute(&format!(
                "CREATE SCHEMA IF NOT EXISTS {}",
                quote_ident(schema)
            ))?;
        }
        tx.batch_execute(
            "CREATE TABLE IF NOT EXISTS schema_version (
                 version    integer PRIMARY KEY,
                 applied_at timestamptz NOT NULL DEFAULT now()
             )",
        )?;
        let current: i32 = tx
            .query_one("SELECT coalesce(max(version), 0) FROM schema_version", &[])?
            .try_get(0)?;
        let known = MIGRATIONS.last().map_or(0, |(version, _)| *version);
        if current > known {
            return Ok(Err(format!(
                "its schema version {current} is newer than this truce understands ({known}); \
                 run a newer truce"
            )));
        }
        for (version, sql) in MIGRATIONS.iter().filter(|(version, _)| *version > current) {
            tx.batch_execute(sql)?;
            tx.execute(
                "INSERT INTO schema_version (version) VALUES ($1)",
                &[version],
            )?;
        }
        tx.commit()?;
        Ok(Ok(()))
    }

    /// Runs `op` on the connection in `slot`, (re)connecting first if needed. A connection
    /// failure drops the connection; the operation is retried once on a new one unless it failed
    /// while committing.
    fn run<T>(
        &self,
        slot: &Mutex<Option<Conn>>,
        what: &str,
        mut op: impl FnMut(&mut Conn) -> std::result::Result<T, OpError>,
    ) -> Result<T> {
        let mut guard = lock(slot);
        let mut attempt = 0;
        loop {
            attempt += 1;
            if guard.as_ref().is_none_or(|conn| conn.client.is_closed()) {
                *guard = None;
                *guard = Some(self.connect_prepared()?);
            }
            let conn = guard.as_mut().expect("connected just above");
            let (err, committing) = match op(conn) {
                Ok(value) => return Ok(value),
                Err(OpError::Store(err)) => return Err(err),
                Err(OpError::Pg(err)) => (err, false),
                Err(OpError::Commit(err)) => (err, true),
            };
            if !is_connection_error(&err) {
                return Err(StoreError::Database(self.describe_error(what, &err)));
            }
            *guard = None;
            if committing {
                return Err(self.unavailable(
                    &err,
                    "the connection broke while committing, so the batch may or may not be stored; re-read the head before retrying",
                ));
            }
            if attempt >= 2 {
                return Err(self.unavailable(&err, &format!("the connection broke while {what}")));
            }
        }
    }

    fn unavailable(&self, err: &postgres::Error, hint: &str) -> StoreError {
        StoreError::Unavailable {
            target: self.target.clone(),
            reason: scrub(
                &format!("{}; {hint}", error_text(err)),
                self.password.as_deref(),
            ),
        }
    }

    fn describe_error(&self, what: &str, err: &postgres::Error) -> String {
        scrub(
            &format!("{what}: {}", error_text(err)),
            self.password.as_deref(),
        )
    }
}

/// Removes a database, for test cleanup: drops `schema` and everything in it (if it exists).
pub fn drop_schema(url: &str, schema: &str) -> Result<()> {
    let target = redact_target(url);
    let config: Config = url.parse().map_err(|err| StoreError::Unavailable {
        target: target.clone(),
        reason: format!("the database URL is not valid ({})", with_causes(&err)),
    })?;
    let password = config
        .get_password()
        .map(|p| String::from_utf8_lossy(p).into_owned());
    let mut client = config
        .connect(NoTls)
        .map_err(|err| StoreError::Unavailable {
            target: target.clone(),
            reason: scrub(&error_text(&err), password.as_deref()),
        })?;
    client
        .batch_execute(&format!(
            "DROP SCHEMA IF EXISTS {} CASCADE",
            quote_ident(schema)
        ))
        .map_err(|err| {
            StoreError::Database(scrub(
                &format!("dropping schema {schema}: {}", error_text(&err)),
                password.as_deref(),
            ))
        })
}

fn lock(slot: &Mutex<Option<Conn>>) -> MutexGuard<'_, Option<Conn>> {
    // A panic while holding the lock cannot leave a transaction committed halfway; at worst the
    // connection has an aborted transaction, which the next `transaction()` replaces.
    slot.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// `"name"` with embedded quotes doubled: safe to splice into SQL as an identifier.
fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// The driver's full message, including the server's message, detail and hint.
fn error_text(err: &postgres::Error) -> String {
    match err.as_db_error() {
        Some(db) => {
            let mut text = format!("{} ({})", db.message(), db.code().code());
            if let Some(detail) = db.detail() {
                text += &format!(": {detail}");
            }
            if let Some(hint) = db.hint() {
                text += &format!(" (hint: {hint})");
            }
            text
        }
        None => with_causes(err),
    }
}

/// `err` followed by its chain of causes (the driver's top-level message alone, e.g. "error
/// connecting to server", does not say what went wrong).
fn with_causes(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text += &format!(": {cause_text}");
        }
        source = cause.source();
    }
    text
}

/// Whether the connection is gone (rather than the statement being wrong).
fn is_connection_error(err: &postgres::Error) -> bool {
    if err.is_closed() {
        return true;
    }
    if let Some(db) = err.as_db_error() {
        let code = db.code().code();
        // Class 08: connection exception; 57P01-57P03: the server is shutting down.
        return code.starts_with("08") || matches!(code, "57P01" | "57P02" | "57P03");
    }
    std::error::Error::source(err).is_some_and(|source| source.is::<std::io::Error>())
}

/// Replaces every occurrence of the password in `text`.
fn scrub(text: &str, password: Option<&str>) -> String {
    match password {
        Some(password) if !password.is_empty() => text.replace(password, "***"),
        _ => text.to_string(),
    }
}

/// The URL or `key=value` connection string with any password replaced by `***`: the
/// `user:password@` part of a URL and every `password=` parameter.
fn redact_target(url: &str) -> String {
    let url = redact_url(url);
    let lower = url.to_ascii_lowercase();
    let mut out = String::with_capacity(url.len());
    let mut copied = 0;
    let mut search = 0;
    while let Some(found) = lower[search..].find("password=") {
        let key = search + found;
        let value = key + "password=".len();
        search = value;
        let at_boundary = key == 0
            || matches!(
                url.as_bytes()[key - 1],
                b'?' | b'&' | b';' | b' ' | b'\t' | b'\n'
            );
        if !at_boundary {
            continue;
        }
        let rest = &url[value..];
        let len = if let Some(quoted) = rest.strip_prefix('\'') {
            // key='value with \' escapes'
            let mut end = quoted.len();
            let mut escaped = false;
            for (i, c) in quoted.char_indices() {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '\'' => {
                        end = i + 1;
                        break;
                    }
                    _ => {}
                }
            }
            1 + end
        } else {
            rest.find(['&', ' ', '\t', '\n', '#']).unwrap_or(rest.len())
        };
        out += &url[copied..value];
        out += "***";
        copied = value + len;
        search = copied;
    }
    out += &url[copied..];
    out
}

fn to_sql_index(value: u64, what: &str) -> Result<i64> {
    i64::try_from(value).map_err(|_| {
        StoreError::Database(format!(
            "{what} {value} is beyond what PostgreSQL can store"
        ))
    })
}

fn from_sql_index(value: i64, what: &str) -> Result<u64> {
    u64::try_from(value).map_err(|_| StoreError::Corrupt(format!("negative {what} {value}")))
}

/// Converts rows to entries, checking that their indices are consecutive when `first` is given.
fn to_entries(
    rows: Vec<postgres::Row>,
    first: Option<u64>,
) -> std::result::Result<Vec<StoredEntry>, OpError> {
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let index = from_sql_index(row.try_get(0)?, "entry index")?;
        if let Some(first) = first {
            let expected = first + out.len() as u64;
            if index != expected {
                return Err(OpError::Store(StoreError::Corrupt(format!(
                    "entry {expected} is missing (the next stored entry is {index})"
                ))));
            }
        }
        out.push(StoredEntry {
            index,
            kind: row.try_get(1)?,
            data: row.try_get(2)?,
        });
    }
    Ok(out)
}

impl Store for PgStore {
    fn head(&self) -> Result<Option<LogHead>> {
        self.run(&self.reader, "reading the head", |conn| {
            let Some(row) = conn.client.query_opt(&conn.head, &[])? else {
                return Err(StoreError::Corrupt("the head row is missing".to_string()).into());
            };
            let size: i64 = row.try_get(0)?;
            let checkpoint: Option<Vec<u8>> = row.try_get(1)?;
            Ok(match checkpoint {
                None => None,
                Some(checkpoint) => Some(LogHead {
                    size: from_sql_index(size, "log size")?,
                    checkpoint,
                }),
            })
        })
    }

    fn append(&self, batch: &Batch) -> Result<()> {
        let expected = to_sql_index(batch.expected_size, "log size")?;
        let new_size = batch
            .expected_size
            .checked_add(batch.entries.len() as u64)
            .ok_or_else(|| StoreError::Database("the batch overflows the log size".to_string()))?;
        let new_size = to_sql_index(new_size, "log size")?;
        let kinds: Vec<&str> = batch.entries.iter().map(|e| e.kind.as_str()).collect();
        let datas: Vec<&[u8]> = batch.entries.iter().map(|e| e.data.as_slice()).collect();
        // Keep the widest write of each tile: one statement may not upsert a row twice.
        let mut widest: BTreeMap<(u8, u64), &[u8]> = BTreeMap::new();
        for tile in &batch.tiles {
            let data = widest.entry((tile.level, tile.index)).or_insert(&tile.data);
            if tile.data.len() > data.len() {
                *data = &tile.data;
            }
        }
        let mut levels = Vec::with_capacity(widest.len());
        let mut indices = Vec::with_capacity(widest.len());
        let mut tiles = Vec::with_capacity(widest.len());
        for ((level, index), data) in widest {
            levels.push(i16::from(level));
            indices.push(to_sql_index(index, "tile index")?);
            tiles.push(data);
        }

        self.run(&self.writer, "appending a batch", |conn| {
            let mut tx = conn.client.transaction()?;
            // The head row is the log's lock: a concurrent append waits here until we commit,
            // then sees our new size.
            let Some(row) = tx.query_opt(&conn.lock_head, &[])? else {
                return Err(StoreError::Corrupt("the head row is missing".to_string()).into());
            };
            let size: i64 = row.try_get(0)?;
            if size != expected {
                // Dropping `tx` rolls back; nothing was written.
                return Err(StoreError::Conflict {
                    expected: batch.expected_size,
                    actual: from_sql_index(size, "log size")?,
                }
                .into());
            }
            let next: i64 = tx.query_one(&conn.next_index, &[])?.try_get(0)?;
            if next != size {
                return Err(StoreError::Corrupt(format!(
                    "the head says {size} entries but the entries table ends at {next}"
                ))
                .into());
            }
            if !kinds.is_empty() {
                tx.execute(&conn.insert_entries, &[&expected, &kinds, &datas])?;
            }
            if !tiles.is_empty() {
                tx.execute(&conn.upsert_tiles, &[&levels, &indices, &tiles])?;
            }
            tx.execute(&conn.update_head, &[&new_size, &batch.checkpoint])?;
            tx.commit().map_err(OpError::Commit)
        })
    }

    fn entries(&self, start: u64, end: u64) -> Result<Vec<StoredEntry>> {
        let (Ok(start_sql), end_sql) = (i64::try_from(start), i64::try_from(end)) else {
            return Ok(Vec::new());
        };
        let end_sql = end_sql.unwrap_or(i64::MAX);
        if start_sql >= end_sql {
            return Ok(Vec::new());
        }
        self.run(&self.reader, "reading entries", |conn| {
            let rows = conn.client.query(&conn.entries, &[&start_sql, &end_sql])?;
            to_entries(rows, Some(start))
        })
    }

    fn entries_of_kinds(&self, kinds: &[&str]) -> Result<Vec<StoredEntry>> {
        if kinds.is_empty() {
            return Ok(Vec::new());
        }
        self.run(&self.reader, "reading entries by kind", |conn| {
            let rows = conn.client.query(&conn.entries_of_kinds, &[&kinds])?;
            to_entries(rows, None)
        })
    }

    fn tile(&self, level: u8, index: u64) -> Result<Option<Vec<u8>>> {
        let Ok(index) = i64::try_from(index) else {
            return Ok(None);
        };
        let level = i16::from(level);
        self.run(&self.reader, "reading a tile", |conn| {
            let row = conn.client.query_opt(&conn.tile, &[&level, &index])?;
            Ok(row.map(|row| row.try_get(0)).transpose()?)
        })
    }

    fn describe(&self) -> String {
        match &self.schema {
            Some(schema) => format!("{} (schema {schema})", self.target),
            None => self.target.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{quote_ident, redact_target};

    #[test]
    fn redacts_every_form_of_password() {
        assert_eq!(
            redact_target("postgres://alice:s3cret@db:5432/truce"),
            "postgres://alice:***@db:5432/truce"
        );
        assert_eq!(
            redact_target("postgres://alice@db/truce?password=s3cret&sslmode=disable"),
            "postgres://alice@db/truce?password=***&sslmode=disable"
        );
        assert_eq!(
            redact_target("postgres://db/truce?user=a&PASSWORD=s3cret"),
            "postgres://db/truce?user=a&PASSWORD=***"
        );
        assert_eq!(
            redact_target("host=db user=alice password=s3cret dbname=truce"),
            "host=db user=alice password=*** dbname=truce"
        );
        assert_eq!(
            redact_target("host=db password='s3 \\' cret' dbname=truce"),
            "host=db password=*** dbname=truce"
        );
        assert_eq!(
            redact_target("host=db old_password=x"),
            "host=db old_password=x",
            "only the password parameter itself is redacted"
        );
        assert_eq!(
            redact_target("postgres://alice@db/truce"),
            "postgres://alice@db/truce"
        );
    }

    #[test]
    fn quotes_identifiers() {
        assert_eq!(quote_ident("truce_test_1"), "\"truce_test_1\"");
        assert_eq!(quote_ident("a\"b"), "\"a\"\"b\"");
    }
}
