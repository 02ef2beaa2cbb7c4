//! The storage interface of a truce log node, and the conformance suite every driver must pass.
//!
//! The trait is narrow and semantic (Tessera's lesson from Trillian): it speaks of log entries,
//! hash tiles and the signed checkpoint, never of SQL. Every driver implements it in the way most
//! native to its database; `conformance` holds the tests that pin down the contract.
//!
//! What this crate deliberately does not do: it never parses, hashes or verifies anything. The
//! node computes entries, tiles and the signed checkpoint in the pure core and hands them here to
//! be made durable in one atomic step.

use std::fmt;

pub mod conformance;

/// The current head of the log: its size and the signed checkpoint note for that size.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogHead {
    /// Number of entries in the log.
    pub size: u64,
    /// The exact bytes of the signed checkpoint note for `size`.
    pub checkpoint: Vec<u8>,
}

/// One log entry as the store keeps it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewEntry {
    /// The record kind (e.g. `agreement.amend`), kept beside the bytes so the node can find the
    /// records that change the agreement without scanning the whole log.
    pub kind: String,
    /// The exact bytes of the signed note.
    pub data: Vec<u8>,
}

/// A hash tile to write: the C2SP tlog-tiles tile at `level`/`index`, whose `data` is the
/// concatenation of its 32-byte hashes (so its width is `data.len() / 32`, 1..=256).
///
/// A tile is only ever extended: a write replaces a narrower version of the same tile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TileWrite {
    /// Tile level (0 holds leaf hashes).
    pub level: u8,
    /// Tile index within its level.
    pub index: u64,
    /// Concatenated 32-byte hashes.
    pub data: Vec<u8>,
}

/// Everything one group commit makes durable, atomically: new entries, the tiles they change and
/// the checkpoint signed over the new tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Batch {
    /// The log size this batch was computed against; the append fails with
    /// [`StoreError::Conflict`] when the stored log has another size (someone else appended).
    pub expected_size: u64,
    /// The entries, in order, to be given indices `expected_size..`.
    pub entries: Vec<NewEntry>,
    /// The hash tiles changed by these entries.
    pub tiles: Vec<TileWrite>,
    /// The signed checkpoint note for size `expected_size + entries.len()`.
    pub checkpoint: Vec<u8>,
}

/// A stored entry with its index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredEntry {
    /// Position in the log.
    pub index: u64,
    /// The record kind.
    pub kind: String,
    /// The exact bytes of the signed note.
    pub data: Vec<u8>,
}

/// Errors every driver reports in the same terms.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The log was appended to by another writer since the batch was computed.
    #[error("the log has {actual} entries, but this batch was prepared for {expected}")]
    Conflict {
        /// Size the batch was computed against.
        expected: u64,
        /// Size the store holds.
        actual: u64,
    },
    /// The database could not be reached or opened. `target` names it without any password.
    #[error("cannot open the database at {target}: {reason}")]
    Unavailable {
        /// Where the database is (a path or a URL with the password removed).
        target: String,
        /// What the driver said.
        reason: String,
    },
    /// The stored data breaks an invariant of the store (e.g. a gap in entry indices).
    #[error("the stored log is damaged: {0}")]
    Corrupt(String),
    /// Any other database failure.
    #[error("database error: {0}")]
    Database(String),
}

/// Result alias for store operations.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// The storage a log node needs. Implementations must be safe to share between threads.
///
/// Contract (checked by [`conformance`]):
/// - `append` is atomic and durable when it returns `Ok`: after a crash, either the whole batch
///   and its checkpoint are present, or none of it is.
/// - `append` refuses a batch whose `expected_size` is not the current size, writing nothing.
/// - Entries are never changed or removed once appended.
pub trait Store: Send + Sync {
    /// The current head, or `None` for a log that has never been initialised.
    fn head(&self) -> Result<Option<LogHead>>;

    /// Appends a batch durably and atomically (see the trait's contract).
    fn append(&self, batch: &Batch) -> Result<()>;

    /// Entries with indices in `start..end` (fewer if the log is shorter), in index order.
    fn entries(&self, start: u64, end: u64) -> Result<Vec<StoredEntry>>;

    /// All entries whose kind is one of `kinds`, in index order.
    fn entries_of_kinds(&self, kinds: &[&str]) -> Result<Vec<StoredEntry>>;

    /// The stored hash tile at `level`/`index` (its widest version), if any.
    fn tile(&self, level: u8, index: u64) -> Result<Option<Vec<u8>>>;

    /// A short human-readable name of where the data lives (path or URL without password).
    fn describe(&self) -> String;
}

impl<S: Store + ?Sized> Store for Box<S> {
    fn head(&self) -> Result<Option<LogHead>> {
        (**self).head()
    }
    fn append(&self, batch: &Batch) -> Result<()> {
        (**self).append(batch)
    }
    fn entries(&self, start: u64, end: u64) -> Result<Vec<StoredEntry>> {
        (**self).entries(start, end)
    }
    fn entries_of_kinds(&self, kinds: &[&str]) -> Result<Vec<StoredEntry>> {
        (**self).entries_of_kinds(kinds)
    }
    fn tile(&self, level: u8, index: u64) -> Result<Option<Vec<u8>>> {
        (**self).tile(level, index)
    }
    fn describe(&self) -> String {
        (**self).describe()
    }
}

/// Removes the password from a database URL so it can be shown in messages and logs.
pub fn redact_url(url: &str) -> String {
    // scheme://user:password@host/... -> scheme://user:***@host/...
    let Some(scheme_end) = url.find("://") else {
        return url.to_string();
    };
    let rest = &url[scheme_end + 3..];
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    match (authority.rfind('@'), authority.find(':')) {
        (Some(at), Some(colon)) if colon < at => format!(
            "{}{}:***{}",
            &url[..scheme_end + 3],
            &authority[..colon],
            &rest[at..]
        ),
        _ => url.to_string(),
    }
}

impl fmt::Display for LogHead {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "log of {} entries", self.size)
    }
}

#[cfg(test)]
mod tests {
    use super::redact_url;

    #[test]
    fn redacts_password_but_keeps_user_and_host() {
        assert_eq!(
            redact_url("postgres://alice:s3cret@db.example:5432/truce"),
            "postgres://alice:***@db.example:5432/truce"
        );
        assert_eq!(
            redact_url("postgres://postgres@127.0.0.1:5432/test"),
            "postgres://postgres@127.0.0.1:5432/test"
        );
        assert_eq!(redact_url("/var/lib/truce"), "/var/lib/truce");
    }
}
