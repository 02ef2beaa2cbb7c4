//! Errors of the log node.

use truce_core::authority::EntryError;
use truce_engine::EngineError;

/// Why one entry was refused; nothing was written for it.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    /// The entry is malformed, unsigned, signed by the wrong keys, or breaks the agreement's
    /// authorship rules.
    #[error(transparent)]
    Entry(#[from] EntryError),
    /// The mechanism's rules (workflow, conflict of interest, deadlines) say no.
    #[error(transparent)]
    Rules(#[from] EngineError),
    /// The entry passed, but another entry of an all-or-nothing batch was refused.
    #[error("not written, because another record of the same batch was refused")]
    Withheld,
}
use truce_store::StoreError;

/// Why a node operation failed (as opposed to one entry being refused: see [`EntryError`]).
#[derive(Debug, thiserror::Error)]
pub enum NodeError {
    /// The store failed or refused.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The genesis or another entry given directly was refused.
    #[error(transparent)]
    Entry(#[from] EntryError),
    /// `init` on a log that exists.
    #[error("a log already exists in {0}; each data directory holds one log")]
    AlreadyInitialised(String),
    /// An operation on a log that was never initialised.
    #[error(
        "there is no log here yet; create one with 'truce init --genesis NOTEFILE --log-key KEYFILE', or try 'truce demo'"
    )]
    NotInitialised,
    /// The log key given does not match the one the agreement names.
    #[error(
        "the agreement names the log key {agreement}, but the key given is {given}; use the log key the agreement was drafted with"
    )]
    WrongLogKey {
        /// The log verifier key in the agreement.
        agreement: String,
        /// The verifier key of the key given.
        given: String,
    },
    /// Stored data does not hold together.
    #[error("the stored log is damaged: {0}")]
    Damaged(String),
    /// A request that cannot be answered as asked.
    #[error("{0}")]
    BadRequest(String),
    /// Writers kept colliding.
    #[error("the log is busy with another writer; try again")]
    Busy,
    /// A file could not be read or written.
    #[error("{0}")]
    Io(String),
}
