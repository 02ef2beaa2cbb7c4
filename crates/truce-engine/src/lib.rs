//! The mechanism as a deterministic, event-sourced engine: its state is a pure fold of the log's
//! records, so any node or mirror rebuilds exactly the same state, and `State::digest` proves it.
//!
//! No clock: deadlines come from record times, and queries that depend on the present take
//! "now" as an argument. No I/O.

pub mod acled;
pub mod bodies;
pub mod compliance;
pub mod public;
pub mod report;
pub mod state;

pub use state::{Incident, Input, State, Status};

/// Why the engine refused a record (the record is then not appended).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EngineError {
    /// The body does not have the shape its kind requires.
    #[error("the {kind} body is not valid: {problem}")]
    Body {
        /// The kind.
        kind: String,
        /// What is wrong.
        problem: String,
    },
    /// The workflow does not allow this record now.
    #[error(
        "incident {incident} is \"{status}\", so a record of kind {kind} cannot be applied to it; what can follow now: {allowed}"
    )]
    Transition {
        /// The incident.
        incident: u64,
        /// Its status.
        status: &'static str,
        /// The refused kind.
        kind: String,
        /// What may follow.
        allowed: String,
    },
    /// Another rule of the agreement says no.
    #[error("{0}")]
    Refused(String),
    /// A record before the genesis.
    #[error("the log has no genesis yet")]
    NoGenesis,
    /// Records must be applied in log order.
    #[error("the engine expected record {expected} and was given {got}")]
    OutOfOrder {
        /// The next index it expects.
        expected: u64,
        /// The index given.
        got: u64,
    },
}
