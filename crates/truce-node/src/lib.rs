//! The log node: the edge that puts the pure core to work over a store.
//!
//! It checks submissions against the agreement in force (`truce-core`), integrates them into the
//! Merkle tree and signs checkpoints (`truce-tlog`), and makes each group commit durable in one
//! store write (`truce-store`). It also audits a log (from a store or an exported tile mirror)
//! and exports a static C2SP tlog-tiles tree.
//!
//! The clock and keys are passed in; this crate reads no environment and spawns no runtime.

pub mod audit;
pub mod error;
pub mod export;
pub mod node;
mod read_ahead;
pub mod sequencer;
#[doc(hidden)]
pub mod testkit;

pub use error::{NodeError, Refusal};
pub use node::{ConsistencyProof, InclusionProof, LogNode, Receipt};
