//! Pure, synchronous transparency-log core for truce.
//!
//! Responsibilities:
//! - [`hash`]: RFC 9162 (RFC 6962) leaf and node hashing with SHA-256.
//! - [`tree`]: tree heads, inclusion and consistency proofs over any store of subtree hashes, and
//!   their verification; an in-memory tree for tests and small logs.
//! - [`tile`]: C2SP tlog-tiles paths, entry bundles, group-commit integration of new leaves into
//!   hash tiles, and a cached proof reader over stored tiles.
//! - [`note`]: C2SP signed notes with Ed25519 (Go `golang.org/x/mod/sumdb/note` key formats),
//!   batch verification, and C2SP tlog-cosignature (`cosignature/v1`) witness cosignatures.
//! - [`checkpoint`]: C2SP tlog-checkpoint bodies, signing and opening.
//!
//! What it deliberately does not do: no I/O, no clock and no randomness. Storage is reached
//! through caller-supplied closures, times are passed in as Unix seconds, and keys are built from
//! seeds the caller generated. It does not decide policy (which keys to trust, how many witnesses
//! suffice, how old a cosignature may be) and does not authenticate stored tiles by itself: proofs
//! and roots computed from tiles must be checked against a signed checkpoint.
//!
//! Why hand-written: the formats are small, and the published Rust crates for them pin a second
//! crypto stack (ed25519-dalek 2 and sha2 0.10 next to our dalek 3 / sha2 0.11) and emit Go sumdb
//! tile paths (`tile/H/L/N`) rather than the C2SP ones (`tile/L/N`, `tile/entries/N`).

#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod checkpoint;
pub mod hash;
pub mod note;
pub mod tile;
pub mod tree;

pub use checkpoint::{Checkpoint, CheckpointError, open_checkpoint, sign_checkpoint};
pub use hash::{Hash, HashError, empty_root, leaf_hash, node_hash};
pub use note::{
    CosignatureSigner, CosignatureVerifier, KeyName, Note, NoteError, NoteSignature, Signer,
    Verifier, cosigned_message, key_hash, verify_batch,
};
pub use tile::{
    Integration, TILE_HEIGHT, TILE_WIDTH, TileError, TileHashReader, TileId, TileKind,
    decode_bundle, encode_bundle, encode_index, integrate, tiles_for_size,
};
pub use tree::{
    HashReader, MemoryTree, ProofError, consistency_proof, inclusion_proof, root_hash,
    verify_consistency, verify_inclusion,
};
