//! The domain core of truce: records, the agreement, and the rules of who may write what.
//!
//! Everything here is pure and synchronous: bytes and records in, state out. No I/O, no clock
//! (times are inputs), no randomness. The log node (`truce-node`) is the edge that stores and
//! serves what this crate accepts.

pub mod agreement;
pub mod authority;
pub mod jcs;
pub mod jcs_stream;
pub mod kinds;
pub mod record;

pub use agreement::Agreement;
pub use authority::{AgreementState, EntryError, ResolvedEntry, check_genesis};
pub use kinds::{Kind, Role};
pub use record::{MAX_ENTRY_BYTES, Record, RecordError};
