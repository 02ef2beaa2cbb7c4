//! Property tests: proofs verify and every tampering fails; tile integration and tile-based proofs
//! agree with an in-memory tree.

use std::collections::{BTreeSet, HashMap};

use proptest::prelude::*;
use truce_tlog::tile::hashes_to_bytes;
use truce_tlog::{
    Hash, HashReader, MemoryTree, TileHashReader, consistency_proof, inclusion_proof, integrate,
    leaf_hash, root_hash, tiles_for_size, verify_consistency, verify_inclusion,
};

fn tree(n: u64) -> MemoryTree {
    (0..n).map(|i| leaf_hash(&i.to_le_bytes())).collect()
}

/// Every single-step tampering of a proof.
fn tamperings(proof: &[Hash], pick: usize, bit: usize) -> Vec<(String, Vec<Hash>)> {
    let mut out = Vec::new();
    if !proof.is_empty() {
        let k = pick % proof.len();
        let mut flipped = proof.to_vec();
        flipped[k].0[bit / 8] ^= 1 << (bit % 8);
        out.push((format!("flip bit {bit} of hash {k}"), flipped));
        let mut dropped = proof.to_vec();
        dropped.remove(k);
        out.push((format!("drop hash {k}"), dropped));
    }
    let mut extra = proof.to_vec();
    extra.insert(pick % (proof.len() + 1), leaf_hash(b"extra"));
    out.push(("extra hash".into(), extra));
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn inclusion_proofs_verify_and_tampering_fails(
        n in 1u64..3000, i_seed in any::<u64>(), pick in any::<usize>(), bit in 0usize..256,
        other_seed in any::<u64>(),
    ) {
        let t = tree(n);
        let i = i_seed % n;
        let root = t.root();
        let leaf = t.leaf(i).unwrap();
        let proof = inclusion_proof(i, n, &t).unwrap();
        prop_assert_eq!(verify_inclusion(&leaf, i, n, &proof, &root), Ok(()));

        for (what, bad) in tamperings(&proof, pick, bit) {
            prop_assert!(verify_inclusion(&leaf, i, n, &bad, &root).is_err(), "{}", what);
        }
        // Wrong index: the leaf at i claimed to be elsewhere.
        if n > 1 {
            let j = (i + 1 + other_seed % (n - 1)) % n;
            prop_assert!(verify_inclusion(&leaf, j, n, &proof, &root).is_err(), "index {}", j);
        }
        // Wrong size: the proof checked against another size's tree head, or past the end.
        let m = 1 + other_seed % 3000;
        if m != n && i < m {
            let other_root = root_hash(m.min(n), &t).unwrap();
            if m < n {
                prop_assert!(verify_inclusion(&leaf, i, m, &proof, &other_root).is_err(), "size {}", m);
            } else {
                // A bigger tree has a root we cannot know here; any root but this tree's must fail,
                // and this tree's root must fail unless the path shape is identical.
                let mut bigger = tree(m.min(3000));
                bigger.push(leaf_hash(b"unused"));
                let big_root = root_hash(m, &bigger).unwrap();
                prop_assert!(verify_inclusion(&leaf, i, m, &proof, &big_root).is_err(), "size {}", m);
            }
        }
        prop_assert!(verify_inclusion(&leaf, n, n, &proof, &root).is_err());
        // Wrong leaf and wrong root.
        prop_assert!(verify_inclusion(&leaf_hash(b"nope"), i, n, &proof, &root).is_err());
        let mut bad_root = root;
        bad_root.0[bit / 8] ^= 1 << (bit % 8);
        prop_assert!(verify_inclusion(&leaf, i, n, &proof, &bad_root).is_err());
    }

    #[test]
    fn consistency_proofs_verify_and_tampering_fails(
        n in 1u64..3000, m_seed in any::<u64>(), pick in any::<usize>(), bit in 0usize..256,
        other_seed in any::<u64>(),
    ) {
        let t = tree(n);
        let m = m_seed % (n + 1);
        let old = root_hash(m, &t).unwrap();
        let new = t.root();
        let proof = consistency_proof(m, n, &t).unwrap();
        prop_assert_eq!(verify_consistency(m, n, &old, &new, &proof), Ok(()));
        if m == 0 || m == n {
            prop_assert!(proof.is_empty());
        }
        for (what, bad) in tamperings(&proof, pick, bit) {
            prop_assert!(verify_consistency(m, n, &old, &new, &bad).is_err(), "{}", what);
        }
        let mut bad_old = old;
        bad_old.0[bit / 8] ^= 1 << (bit % 8);
        prop_assert!(verify_consistency(m, n, &bad_old, &new, &proof).is_err());
        let mut bad_new = new;
        bad_new.0[bit / 8] ^= 1 << (bit % 8);
        // From size 0 every newer tree is consistent by definition, whatever its root.
        if m > 0 {
            prop_assert!(verify_consistency(m, n, &old, &bad_new, &proof).is_err());
        }
        // Wrong old size (with that size's real root) and wrong new size (with its real root).
        let m2 = other_seed % (n + 1);
        // Size 0 is excluded: from the empty tree an empty proof is always consistent. So is
        // the new size itself with an empty proof (a tree is consistent with itself), which is
        // the proof from size 0.
        if m2 != m && m2 > 0 && !(m2 == n && proof.is_empty()) {
            let old2 = root_hash(m2, &t).unwrap();
            prop_assert!(verify_consistency(m2, n, &old2, &new, &proof).is_err(), "old size {}", m2);
        }
        let n2 = m + other_seed % (n - m + 1);
        if n2 != n && m > 0 {
            let new2 = root_hash(n2, &t).unwrap();
            prop_assert!(verify_consistency(m, n2, &old, &new2, &proof).is_err(), "new size {}", n2);
        }
        if m < n {
            prop_assert!(verify_consistency(n, m, &new, &old, &proof).is_err());
        }
    }
}

/// Level-L tile `k` of a memory tree, `w` hashes wide.
fn expected_tile(mem: &MemoryTree, level: u8, index: u64, width: usize) -> Vec<Hash> {
    (0..width as u64)
        .map(|j| mem.read_hash(8 * level, index * 256 + j).unwrap())
        .collect()
}

fn batch_sizes() -> impl Strategy<Value = Vec<usize>> {
    prop::collection::vec(
        prop_oneof![4 => 0usize..40, 3 => 0usize..600, 1 => 200usize..3000],
        1..10,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn integrate_matches_memory_tree(batches in batch_sizes(), probe in any::<u64>()) {
        let mut mem = MemoryTree::new();
        let mut store: HashMap<(u8, u64), Vec<Hash>> = HashMap::new();
        let mut size = 0u64;
        let mut roots = vec![truce_tlog::empty_root()];
        for b in batches {
            let leaves: Vec<Hash> = (size..size + b as u64).map(|i| leaf_hash(&i.to_be_bytes())).collect();
            let r = integrate(size, |l, i| Ok(store.get(&(l, i)).cloned()), &leaves).unwrap();
            for h in &leaves {
                mem.push(*h);
            }
            let old_tiles: BTreeSet<_> = tiles_for_size(size).into_iter().collect();
            let want_changed: BTreeSet<(u8, u64, usize)> = tiles_for_size(r.size)
                .into_iter()
                .filter(|t| !old_tiles.contains(t))
                .map(|t| (t.level, t.index, usize::from(t.width)))
                .collect();
            let got_changed: BTreeSet<(u8, u64, usize)> =
                r.tiles.iter().map(|(l, i, h)| (*l, *i, h.len())).collect();
            prop_assert_eq!(got_changed, want_changed);
            prop_assert_eq!(r.tiles.len(), r.tiles.iter().map(|t| (t.0, t.1)).collect::<BTreeSet<_>>().len());
            for (l, i, h) in &r.tiles {
                prop_assert_eq!(h, &expected_tile(&mem, *l, *i, h.len()));
            }
            prop_assert_eq!(r.size, mem.len());
            prop_assert_eq!(r.root, mem.root());
            for (l, i, h) in r.tiles {
                store.insert((l, i), h);
            }
            size = r.size;
            roots.push(r.root);
        }
        if size == 0 {
            return Ok(());
        }
        // Proofs through stored tiles equal proofs through the memory tree.
        let reader = TileHashReader::new(size, |l, i| Ok(store.get(&(l, i)).map(|h| hashes_to_bytes(h))));
        prop_assert_eq!(root_hash(size, &reader).unwrap(), mem.root());
        for k in 0..8u64 {
            let idx = probe.wrapping_mul(k + 1).wrapping_add(k * 7919) % size;
            prop_assert_eq!(inclusion_proof(idx, size, &reader).unwrap(), inclusion_proof(idx, size, &mem).unwrap());
            let old = probe.rotate_left(k as u32 * 8) % (size + 1);
            prop_assert_eq!(consistency_proof(old, size, &reader).unwrap(), consistency_proof(old, size, &mem).unwrap());
        }
        prop_assert!(reader.cached_tiles() > 0);
    }
}
