//! RFC 9162 section 2.1 Merkle tree heads, inclusion proofs (2.1.3) and consistency proofs (2.1.4),
//! computed over any store of complete-subtree hashes.

use crate::hash::{Hash, empty_root, node_hash};
use crate::tile::TileError;

/// Why a proof could not be produced or did not verify.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProofError {
    /// A leaf index is not inside the tree.
    #[error("leaf index {index} is out of range for tree size {size}")]
    IndexOutOfRange {
        /// The requested leaf index.
        index: u64,
        /// The tree size.
        size: u64,
    },
    /// The old tree of a consistency proof is larger than the new one.
    #[error("old tree size {old_size} is larger than new tree size {new_size}")]
    SizeOutOfRange {
        /// The older tree size.
        old_size: u64,
        /// The newer tree size.
        new_size: u64,
    },
    /// The proof has the wrong number of hashes for the given sizes and index.
    #[error("proof has {got} hashes, expected {want}")]
    WrongProofLength {
        /// Hashes in the supplied proof.
        got: usize,
        /// Hashes a valid proof has.
        want: usize,
    },
    /// The proof is well formed but does not lead to the expected root hash.
    #[error("the proof does not match the expected root hash")]
    RootMismatch,
    /// The hash store does not hold a needed hash.
    #[error("hash at level {level} index {index} is not available")]
    MissingHash {
        /// Subtree height.
        level: u8,
        /// Subtree index at that height.
        index: u64,
    },
    /// Reading tiles failed.
    #[error("reading a tile failed: {0}")]
    Tile(#[from] TileError),
}

/// A store of complete-subtree hashes.
pub trait HashReader {
    /// Hash of the complete subtree at `level` covering leaves [index << level, (index+1) << level).
    fn read_hash(&self, level: u8, index: u64) -> Result<Hash, ProofError>;
}

impl<T: HashReader + ?Sized> HashReader for &T {
    fn read_hash(&self, level: u8, index: u64) -> Result<Hash, ProofError> {
        (**self).read_hash(level, index)
    }
}

/// Merkle tree hash of leaves [begin, end).
///
/// `begin` must be a multiple of a power of two that is at least `end - begin` (true for every
/// node of an RFC 9162 tree, complete or on the right edge), so the greedy split into maximal
/// aligned complete subtrees reproduces the RFC's "largest power of two smaller than n" split.
fn range_hash(begin: u64, end: u64, r: &impl HashReader) -> Result<Hash, ProofError> {
    if begin >= end {
        return Ok(empty_root());
    }
    // At most 64 parts; a fixed array avoids allocating for every proof step.
    let mut parts = [Hash::default(); 64];
    let mut n = 0;
    let mut at = begin;
    while at < end {
        let remaining = end - at;
        let max_by_size = 63 - remaining.leading_zeros();
        let max_by_align = if at == 0 { 63 } else { at.trailing_zeros() };
        let level = max_by_size.min(max_by_align);
        // `level` <= 63, so the cast and the shift are exact.
        parts[n] = r.read_hash(level as u8, at >> level)?;
        n += 1;
        at += 1u64 << level;
    }
    let mut acc = parts[n - 1];
    for h in parts[..n - 1].iter().rev() {
        acc = node_hash(h, &acc);
    }
    Ok(acc)
}

/// Hash of the node at (`level`, `index`) of a tree of `size`, which may be an incomplete
/// right-edge node (then computed from the complete subtrees below it).
fn node_at(level: u8, index: u64, size: u64, r: &impl HashReader) -> Result<Hash, ProofError> {
    let begin = index << level;
    if size - begin >= 1u64 << level {
        r.read_hash(level, index)
    } else {
        range_hash(begin, size, r)
    }
}

/// Root hash of the tree of `size` leaves; the empty tree's root is SHA-256("").
pub fn root_hash(size: u64, r: &impl HashReader) -> Result<Hash, ProofError> {
    range_hash(0, size, r)
}

/// Audit path (RFC 9162 section 2.1.3.1) for leaf `index` in the tree of `size`, leaf to root.
pub fn inclusion_proof(
    index: u64,
    size: u64,
    r: &impl HashReader,
) -> Result<Vec<Hash>, ProofError> {
    if index >= size {
        return Err(ProofError::IndexOutOfRange { index, size });
    }
    let mut proof = Vec::with_capacity(64);
    let mut level: u8 = 0;
    // Climb until the node containing `index` is the whole tree.
    while level < 64 && ((size - 1) >> level) > 0 {
        let sibling = (index >> level) ^ 1;
        let begin = sibling << level;
        if begin < size {
            proof.push(node_at(level, sibling, size, r)?);
        }
        level += 1;
    }
    Ok(proof)
}

/// Consistency proof (RFC 9162 section 2.1.4.1) between the trees of `old_size` and `new_size`.
///
/// It is empty when `old_size` is 0 or equal to `new_size`.
pub fn consistency_proof(
    old_size: u64,
    new_size: u64,
    r: &impl HashReader,
) -> Result<Vec<Hash>, ProofError> {
    if old_size > new_size {
        return Err(ProofError::SizeOutOfRange { old_size, new_size });
    }
    let mut proof = Vec::with_capacity(64);
    if old_size == 0 || old_size == new_size {
        return Ok(proof);
    }
    subproof(old_size, 0, new_size, true, r, &mut proof)?;
    Ok(proof)
}

/// SUBPROOF(m, D[start : start+n], known) from RFC 9162, appending to `out`.
fn subproof(
    m: u64,
    start: u64,
    n: u64,
    known: bool,
    r: &impl HashReader,
    out: &mut Vec<Hash>,
) -> Result<(), ProofError> {
    if m == n {
        if !known {
            out.push(range_hash(start, start + n, r)?);
        }
        return Ok(());
    }
    // Largest power of two strictly smaller than n (n >= 2 here because 0 < m < n).
    let k = 1u64 << (63 - (n - 1).leading_zeros());
    if m <= k {
        subproof(m, start, k, known, r, out)?;
        out.push(range_hash(start + k, start + n, r)?);
    } else {
        subproof(m - k, start + k, n - k, false, r, out)?;
        out.push(range_hash(start, start + k, r)?);
    }
    Ok(())
}

/// Number of bits needed to represent `x` (Go's bits.Len64).
fn bit_len(x: u64) -> u32 {
    64 - x.leading_zeros()
}

/// Verifies that `leaf` (a leaf hash) is at `index` in the tree of `size` with root `root`.
pub fn verify_inclusion(
    leaf: &Hash,
    index: u64,
    size: u64,
    proof: &[Hash],
    root: &Hash,
) -> Result<(), ProofError> {
    if index >= size {
        return Err(ProofError::IndexOutOfRange { index, size });
    }
    // The path splits where the paths to `index` and to the last leaf diverge: below it siblings
    // can be on either side, above it they are all left siblings on the right border.
    let inner = bit_len(index ^ (size - 1)) as usize;
    let border = index.checked_shr(inner as u32).unwrap_or(0).count_ones() as usize;
    if proof.len() != inner + border {
        return Err(ProofError::WrongProofLength {
            got: proof.len(),
            want: inner + border,
        });
    }
    let mut h = *leaf;
    for (i, p) in proof[..inner].iter().enumerate() {
        h = if (index >> i) & 1 == 0 {
            node_hash(&h, p)
        } else {
            node_hash(p, &h)
        };
    }
    for p in &proof[inner..] {
        h = node_hash(p, &h);
    }
    if h == *root {
        Ok(())
    } else {
        Err(ProofError::RootMismatch)
    }
}

/// Verifies that the tree of `old_size` with `old_root` is a prefix of the tree of `new_size`
/// with `new_root`.
///
/// Edge cases: `old_size > new_size` is an error. `old_size == new_size` needs an empty proof and
/// equal roots. `old_size == 0` is trivially consistent with any newer tree: the proof must be
/// empty, and `old_root` must be the empty-tree root SHA-256("") since no other root of size 0
/// exists.
pub fn verify_consistency(
    old_size: u64,
    new_size: u64,
    old_root: &Hash,
    new_root: &Hash,
    proof: &[Hash],
) -> Result<(), ProofError> {
    if old_size > new_size {
        return Err(ProofError::SizeOutOfRange { old_size, new_size });
    }
    if old_size == 0 || old_size == new_size {
        if !proof.is_empty() {
            return Err(ProofError::WrongProofLength {
                got: proof.len(),
                want: 0,
            });
        }
        if old_size == 0 && *old_root != empty_root() {
            return Err(ProofError::RootMismatch);
        }
        if old_size == new_size && old_root != new_root {
            return Err(ProofError::RootMismatch);
        }
        return Ok(());
    }

    let mut inner = bit_len((old_size - 1) ^ (new_size - 1)) as usize;
    let border = (old_size - 1)
        .checked_shr(inner as u32)
        .unwrap_or(0)
        .count_ones() as usize;
    let shift = old_size.trailing_zeros() as usize;
    // shift < inner because old_size < new_size.
    inner -= shift;
    // When old_size is a power of two the verifier already knows the seed: it is old_root.
    let seeded_by_root = old_size == 1u64 << shift;
    let start = usize::from(!seeded_by_root);
    let want = start + inner + border;
    if proof.len() != want {
        return Err(ProofError::WrongProofLength {
            got: proof.len(),
            want,
        });
    }
    let seed = if seeded_by_root { *old_root } else { proof[0] };
    let path = &proof[start..];
    let mask = (old_size - 1) >> shift;

    // Rebuild the old root from the hashes left of the path, and the new root from all of them.
    let mut h1 = seed;
    let mut h2 = seed;
    for (i, p) in path[..inner].iter().enumerate() {
        if (mask >> i) & 1 == 1 {
            h1 = node_hash(p, &h1);
            h2 = node_hash(p, &h2);
        } else {
            h2 = node_hash(&h2, p);
        }
    }
    for p in &path[inner..] {
        h1 = node_hash(p, &h1);
        h2 = node_hash(p, &h2);
    }
    if h1 != *old_root || h2 != *new_root {
        return Err(ProofError::RootMismatch);
    }
    Ok(())
}

/// An in-memory Merkle tree that keeps every complete-subtree hash; for tests, tools and small logs.
#[derive(Debug, Clone, Default)]
pub struct MemoryTree {
    /// levels[l][i] is the hash of the complete subtree of height l number i.
    levels: Vec<Vec<Hash>>,
}

impl MemoryTree {
    /// An empty tree.
    pub fn new() -> Self {
        MemoryTree { levels: Vec::new() }
    }

    /// Appends a leaf hash (see [`crate::hash::leaf_hash`]).
    pub fn push(&mut self, leaf: Hash) {
        if self.levels.is_empty() {
            self.levels.push(Vec::new());
        }
        self.levels[0].push(leaf);
        let mut l = 0;
        // Each time a level gains an even count, a new complete parent exists.
        while self.levels[l].len().is_multiple_of(2) {
            let len = self.levels[l].len();
            let parent = node_hash(&self.levels[l][len - 2], &self.levels[l][len - 1]);
            if self.levels.len() == l + 1 {
                self.levels.push(Vec::new());
            }
            self.levels[l + 1].push(parent);
            l += 1;
        }
    }

    /// Number of leaves.
    pub fn len(&self) -> u64 {
        self.levels.first().map_or(0, |l| l.len() as u64)
    }

    /// Whether the tree has no leaves.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Root hash of the whole tree.
    pub fn root(&self) -> Hash {
        match root_hash(self.len(), self) {
            Ok(h) => h,
            // Every complete subtree of the current size is stored, so reading cannot fail.
            Err(_) => unreachable!("memory tree holds all complete subtrees"),
        }
    }

    /// Leaf hash at `index`, if present.
    pub fn leaf(&self, index: u64) -> Option<Hash> {
        self.read_hash(0, index).ok()
    }
}

impl FromIterator<Hash> for MemoryTree {
    fn from_iter<I: IntoIterator<Item = Hash>>(iter: I) -> Self {
        let mut t = MemoryTree::new();
        for h in iter {
            t.push(h);
        }
        t
    }
}

impl HashReader for MemoryTree {
    fn read_hash(&self, level: u8, index: u64) -> Result<Hash, ProofError> {
        usize::try_from(index)
            .ok()
            .and_then(|i| self.levels.get(usize::from(level))?.get(i))
            .copied()
            .ok_or(ProofError::MissingHash { level, index })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::leaf_hash;

    /// Reference MTH straight from the RFC 9162 recursive definition.
    fn mth(leaves: &[Hash]) -> Hash {
        match leaves.len() {
            0 => empty_root(),
            1 => leaves[0],
            n => {
                let k = 1usize << (usize::BITS - 1 - (n - 1).leading_zeros());
                node_hash(&mth(&leaves[..k]), &mth(&leaves[k..]))
            }
        }
    }

    #[test]
    fn memory_tree_root_matches_recursive_definition() {
        let mut t = MemoryTree::new();
        let mut leaves = Vec::new();
        assert_eq!(t.root(), empty_root());
        for i in 0u32..300 {
            let h = leaf_hash(&i.to_be_bytes());
            leaves.push(h);
            t.push(h);
            assert_eq!(t.root(), mth(&leaves), "size {}", i + 1);
        }
    }

    #[test]
    fn proofs_at_every_size_up_to_70() {
        let t: MemoryTree = (0u32..70).map(|i| leaf_hash(&i.to_le_bytes())).collect();
        let leaves: Vec<Hash> = (0..70).map(|i| t.leaf(i).unwrap()).collect();
        for n in 1..=70u64 {
            let root = mth(&leaves[..n as usize]);
            assert_eq!(root_hash(n, &t).unwrap(), root);
            for i in 0..n {
                let p = inclusion_proof(i, n, &t).unwrap();
                verify_inclusion(&leaves[i as usize], i, n, &p, &root).unwrap();
            }
            for m in 0..=n {
                let old = mth(&leaves[..m as usize]);
                let p = consistency_proof(m, n, &t).unwrap();
                verify_consistency(m, n, &old, &root, &p).unwrap();
            }
        }
    }

    #[test]
    fn edge_cases_are_errors() {
        let t: MemoryTree = (0u32..5).map(|i| leaf_hash(&i.to_le_bytes())).collect();
        let r = t.root();
        assert_eq!(
            inclusion_proof(5, 5, &t),
            Err(ProofError::IndexOutOfRange { index: 5, size: 5 })
        );
        assert_eq!(
            verify_inclusion(&r, 5, 5, &[], &r),
            Err(ProofError::IndexOutOfRange { index: 5, size: 5 })
        );
        assert_eq!(
            consistency_proof(6, 5, &t),
            Err(ProofError::SizeOutOfRange {
                old_size: 6,
                new_size: 5
            })
        );
        assert!(matches!(
            verify_consistency(6, 5, &r, &r, &[]),
            Err(ProofError::SizeOutOfRange { .. })
        ));
        // Reading past the stored tree names the missing hash.
        assert_eq!(
            inclusion_proof(0, 9, &t),
            Err(ProofError::MissingHash { level: 2, index: 1 })
        );
        assert!(matches!(
            root_hash(9, &t),
            Err(ProofError::MissingHash { .. })
        ));
    }

    #[test]
    fn consistency_from_zero_is_trivial_with_empty_proof() {
        let t: MemoryTree = (0u32..5).map(|i| leaf_hash(&i.to_le_bytes())).collect();
        let r = t.root();
        assert_eq!(consistency_proof(0, 5, &t), Ok(vec![]));
        assert_eq!(verify_consistency(0, 5, &empty_root(), &r, &[]), Ok(()));
        assert_eq!(
            verify_consistency(0, 0, &empty_root(), &empty_root(), &[]),
            Ok(())
        );
        // A non-empty proof, or an old root that cannot be the root of an empty tree, is refused.
        assert_eq!(
            verify_consistency(0, 5, &empty_root(), &r, &[r]),
            Err(ProofError::WrongProofLength { got: 1, want: 0 })
        );
        assert_eq!(
            verify_consistency(0, 5, &r, &r, &[]),
            Err(ProofError::RootMismatch)
        );
        // Equal sizes need equal roots and an empty proof.
        assert_eq!(verify_consistency(5, 5, &r, &r, &[]), Ok(()));
        assert_eq!(
            verify_consistency(5, 5, &r, &empty_root(), &[]),
            Err(ProofError::RootMismatch)
        );
        assert_eq!(
            verify_consistency(5, 5, &r, &r, &[r]),
            Err(ProofError::WrongProofLength { got: 1, want: 0 })
        );
    }

    #[test]
    fn huge_sizes_do_not_overflow() {
        // Verification of absurd sizes must return errors, not panic or loop.
        let h = leaf_hash(b"x");
        for &(i, n) in &[(u64::MAX - 1, u64::MAX), (0, u64::MAX), (1 << 63, u64::MAX)] {
            assert!(verify_inclusion(&h, i, n, &[], &h).is_err());
            assert!(verify_consistency(i, n, &h, &h, &[h]).is_err());
        }
        let t = MemoryTree::new();
        assert!(inclusion_proof(u64::MAX - 1, u64::MAX, &t).is_err());
        assert!(consistency_proof(u64::MAX - 1, u64::MAX, &t).is_err());
    }
}
