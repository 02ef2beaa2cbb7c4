//! RFC 9162 (RFC 6962) Merkle tree hashing with SHA-256.

use std::fmt;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use sha2::{Digest, Sha256};

/// Number of bytes in a [`struct@Hash`].
pub const HASH_SIZE: usize = 32;

/// A SHA-256 Merkle tree hash (leaf hash, interior node hash or tree root).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Hash(pub [u8; HASH_SIZE]);

/// Why bytes or text could not be turned into a [`struct@Hash`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HashError {
    /// The text is not canonical standard (RFC 4648 section 4) base64.
    #[error("hash is not valid standard base64")]
    InvalidBase64,
    /// The text is not 64 hex digits.
    #[error("hash is not 64 hexadecimal digits")]
    InvalidHex,
    /// The decoded value does not have 32 bytes.
    #[error("hash has {0} bytes, expected 32")]
    WrongLength(usize),
}

impl Hash {
    /// Standard base64 with padding, as used in checkpoints and proofs.
    pub fn to_base64(&self) -> String {
        STANDARD.encode(self.0)
    }

    /// Parses standard padded base64 of exactly 32 bytes; non-canonical encodings are rejected.
    pub fn from_base64(s: &str) -> Result<Hash, HashError> {
        // A 32-byte value is 44 characters; refusing longer input early bounds the work done.
        if s.len() > 44 {
            return Err(HashError::InvalidBase64);
        }
        let bytes = STANDARD.decode(s).map_err(|_| HashError::InvalidBase64)?;
        Hash::from_slice(&bytes)
    }

    /// Lowercase hexadecimal.
    pub fn to_hex(&self) -> String {
        let mut s = String::with_capacity(HASH_SIZE * 2);
        for b in self.0 {
            s.push(char::from(HEX[usize::from(b >> 4)]));
            s.push(char::from(HEX[usize::from(b & 0x0f)]));
        }
        s
    }

    /// Parses 64 hexadecimal digits (either case).
    pub fn from_hex(s: &str) -> Result<Hash, HashError> {
        let b = s.as_bytes();
        if b.len() != HASH_SIZE * 2 {
            return Err(HashError::InvalidHex);
        }
        let mut out = [0u8; HASH_SIZE];
        for (i, pair) in b.chunks_exact(2).enumerate() {
            let hi = hex_val(pair[0]).ok_or(HashError::InvalidHex)?;
            let lo = hex_val(pair[1]).ok_or(HashError::InvalidHex)?;
            out[i] = (hi << 4) | lo;
        }
        Ok(Hash(out))
    }

    /// Copies exactly 32 bytes into a hash.
    pub fn from_slice(b: &[u8]) -> Result<Hash, HashError> {
        let arr: [u8; HASH_SIZE] = b.try_into().map_err(|_| HashError::WrongLength(b.len()))?;
        Ok(Hash(arr))
    }

    /// The raw bytes.
    pub fn as_bytes(&self) -> &[u8; HASH_SIZE] {
        &self.0
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

fn hex_val(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

impl fmt::Debug for Hash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl fmt::Display for Hash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl From<[u8; HASH_SIZE]> for Hash {
    fn from(b: [u8; HASH_SIZE]) -> Self {
        Hash(b)
    }
}

impl AsRef<[u8]> for Hash {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

/// Leaf hash: SHA-256(0x00 || data).
pub fn leaf_hash(data: &[u8]) -> Hash {
    let mut h = Sha256::new();
    h.update([0x00]);
    h.update(data);
    Hash(h.finalize().into())
}

/// Interior node hash: SHA-256(0x01 || left || right).
pub fn node_hash(left: &Hash, right: &Hash) -> Hash {
    // One contiguous buffer lets SHA-256 run over exactly two blocks without streaming overhead.
    let mut buf = [0u8; 1 + 2 * HASH_SIZE];
    buf[0] = 0x01;
    buf[1..33].copy_from_slice(&left.0);
    buf[33..].copy_from_slice(&right.0);
    Hash(Sha256::digest(buf).into())
}

/// Root of the empty tree: SHA-256 of the empty string.
pub fn empty_root() -> Hash {
    Hash(Sha256::digest([]).into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_root_is_sha256_of_nothing() {
        assert_eq!(
            empty_root().to_hex(),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    #[test]
    fn rfc6962_leaf_and_node_hashes() {
        // Leaf hash of the empty leaf and of 0x00 are fixed points quoted throughout RFC 6962 test suites.
        assert_eq!(
            leaf_hash(b"").to_hex(),
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"
        );
        assert_eq!(
            leaf_hash(&[0x00]).to_hex(),
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"
        );
        let n = node_hash(&leaf_hash(b""), &leaf_hash(&[0x00]));
        assert_eq!(
            n.to_base64(),
            // Root of the 2-leaf RFC 6962 test tree (transparency-dev/merkle testdata).
            "+sVCA+fMaWzw38tCySodnbr3CtnmIfS9jZhmLwDjwSU="
        );
    }

    #[test]
    fn base64_and_hex_round_trip_and_reject() {
        let h = leaf_hash(b"x");
        assert_eq!(Hash::from_base64(&h.to_base64()), Ok(h));
        assert_eq!(Hash::from_hex(&h.to_hex()), Ok(h));
        assert_eq!(format!("{h}"), h.to_hex());
        assert_eq!(format!("{h:?}"), h.to_hex());
        assert_eq!(Hash::from_base64("AAAA"), Err(HashError::WrongLength(3)));
        assert_eq!(
            Hash::from_base64("not base64!"),
            Err(HashError::InvalidBase64)
        );
        // Unpadded and non-zero trailing bits are non-canonical.
        let b = h.to_base64();
        assert!(Hash::from_base64(b.trim_end_matches('=')).is_err());
        assert!(Hash::from_base64("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFV=").is_err());
        assert!(Hash::from_hex("zz").is_err());
        assert_eq!(
            Hash::from_slice(&[0u8; 31]),
            Err(HashError::WrongLength(31))
        );
    }
}
