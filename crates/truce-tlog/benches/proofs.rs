//! Proof, integration and signature benchmarks. Run with `cargo bench -p truce-tlog`.
//! Building the 10M-entry tile store takes tens of seconds the first time it is needed.

use std::collections::HashMap;
use std::sync::OnceLock;

use divan::{Bencher, black_box};
use truce_tlog::tile::hashes_to_bytes;
use truce_tlog::{
    Hash, KeyName, Signer, TileError, TileHashReader, Verifier, consistency_proof, inclusion_proof,
    integrate, leaf_hash, node_hash, verify_batch,
};

fn main() {
    divan::main();
}

/// Stored tiles as a log would keep them: (level, index) -> tile bytes.
type Store = HashMap<(u8, u64), Vec<u8>>;

fn build(size: u64) -> Store {
    let mut hashes: HashMap<(u8, u64), Vec<Hash>> = HashMap::new();
    let mut done = 0u64;
    const BATCH: u64 = 1 << 20;
    while done < size {
        let n = BATCH.min(size - done);
        let leaves: Vec<Hash> = (done..done + n)
            .map(|i| leaf_hash(&i.to_be_bytes()))
            .collect();
        let r = integrate(done, |l, i| Ok(hashes.get(&(l, i)).cloned()), &leaves).unwrap();
        for (l, i, h) in r.tiles {
            hashes.insert((l, i), h);
        }
        done = r.size;
    }
    hashes
        .into_iter()
        .map(|(k, h)| (k, hashes_to_bytes(&h)))
        .collect()
}

fn store(size: u64) -> &'static Store {
    static ONE_M: OnceLock<Store> = OnceLock::new();
    static TEN_M: OnceLock<Store> = OnceLock::new();
    match size {
        1_000_000 => ONE_M.get_or_init(|| build(size)),
        10_000_000 => TEN_M.get_or_init(|| build(size)),
        _ => unreachable!("no store of size {size}"),
    }
}

type Fetch = Box<dyn Fn(u8, u64) -> Result<Option<Vec<u8>>, TileError>>;

fn reader(size: u64) -> TileHashReader<Fetch> {
    let s = store(size);
    TileHashReader::new(size, Box::new(move |l, i| Ok(s.get(&(l, i)).cloned())))
}

/// Cheap deterministic index sequence (no RNG in the crate or its benches).
fn next(x: &mut u64) -> u64 {
    *x = x
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    *x >> 11
}

#[divan::bench]
fn hash_leaf_64_bytes() -> Hash {
    leaf_hash(black_box(&[7u8; 64]))
}

#[divan::bench]
fn hash_node() -> Hash {
    node_hash(black_box(&Hash([1; 32])), black_box(&Hash([2; 32])))
}

/// Inclusion proof from a reader whose tiles are already cached.
#[divan::bench(args = [1_000_000, 10_000_000])]
fn inclusion_proof_cached(bencher: Bencher, size: u64) {
    let r = reader(size);
    // Warm the cache for every leaf tile so each sample measures the cached path.
    for i in (0..size).step_by(256) {
        inclusion_proof(i, size, &r).unwrap();
    }
    let mut x = 1;
    bencher.bench_local(|| inclusion_proof(next(&mut x) % size, size, &r).unwrap());
}

/// Inclusion proof with a fresh reader: fetches and hashes the tiles on the path.
#[divan::bench(args = [1_000_000, 10_000_000])]
fn inclusion_proof_cold(bencher: Bencher, size: u64) {
    store(size);
    let mut x = 1;
    bencher.bench_local(|| {
        let r = reader(size);
        inclusion_proof(next(&mut x) % size, size, &r).unwrap()
    });
}

#[divan::bench(args = [1_000_000, 10_000_000])]
fn consistency_proof_cached(bencher: Bencher, size: u64) {
    let r = reader(size);
    // Warm the cache for every leaf tile (old sizes land anywhere in the tree).
    for i in (0..size).step_by(256) {
        inclusion_proof(i, size, &r).unwrap();
    }
    let mut x = 1;
    bencher.bench_local(|| consistency_proof(next(&mut x) % size + 1, size, &r).unwrap());
}

/// Appending a 1000-leaf batch to a 10M-entry tree (reads the right-edge partial tiles).
#[divan::bench]
fn integrate_1000_onto_10m(bencher: Bencher) {
    let s = store(10_000_000);
    let leaves: Vec<Hash> = (0u32..1000).map(|i| leaf_hash(&i.to_be_bytes())).collect();
    bencher.bench_local(|| {
        integrate(
            10_000_000,
            |l, i| {
                Ok(s.get(&(l, i))
                    .map(|b| truce_tlog::tile::bytes_to_hashes(b).unwrap()))
            },
            &leaves,
        )
        .unwrap()
    });
}

fn signed_items() -> (Vec<Vec<u8>>, Vec<[u8; 64]>, Vec<Verifier>) {
    let signers: Vec<Signer> = (0..256u32)
        .map(|i| {
            let mut seed = [0u8; 32];
            seed[..4].copy_from_slice(&i.to_be_bytes());
            Signer::from_seed(KeyName::new(&format!("w{i}")).unwrap(), seed)
        })
        .collect();
    let msgs: Vec<Vec<u8>> = (0..256u32)
        .map(|i| format!("checkpoint {i}\n").into_bytes())
        .collect();
    let sigs = signers.iter().zip(&msgs).map(|(s, m)| s.sign(m)).collect();
    (msgs, sigs, signers.iter().map(Signer::verifier).collect())
}

#[divan::bench]
fn verify_single(bencher: Bencher) {
    let (msgs, sigs, vs) = signed_items();
    bencher.bench_local(|| vs[0].verify(black_box(&msgs[0]), black_box(&sigs[0])));
}

#[divan::bench]
fn verify_256_one_by_one(bencher: Bencher) {
    let (msgs, sigs, vs) = signed_items();
    bencher.bench_local(|| (0..256).all(|i| vs[i].verify(&msgs[i], &sigs[i])));
}

#[divan::bench]
fn verify_batch_256(bencher: Bencher) {
    let (msgs, sigs, vs) = signed_items();
    let items: Vec<(&[u8], &[u8], &Verifier)> = (0..256)
        .map(|i| (msgs[i].as_slice(), sigs[i].as_slice(), &vs[i]))
        .collect();
    bencher.bench_local(|| verify_batch(black_box(&items)));
}
