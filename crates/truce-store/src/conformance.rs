//! The conformance suite: the contract of [`Store`](crate::Store), written as tests every driver
//! runs against itself.
//!
//! Each case is a plain function taking a fresh, empty store and panicking with a message that
//! says which promise was broken. Drivers do not call them one by one; they expand
//! [`store_conformance!`](crate::store_conformance) in an integration test, which makes one
//! `#[test]` per case:
//!
//! ```ignore
//! truce_store::store_conformance!(
//!     || open_a_fresh_store(),              // returns `S` or `Option<S>` (None = skip)
//!     reopen = |store| reopen(store),       // optional: drops `store` and opens the same data again
//!     skipped = "PostgreSQL conformance tests (set TRUCE_TEST_DATABASE_URL to run them)",
//! );
//! ```
//!
//! The batches the cases append are made by [`fake_batch`]: realistic in shape (hash tiles of the
//! right levels and widths, a checkpoint per size) but with made-up hashes, since the store never
//! looks inside them.

use std::collections::{HashMap, HashSet};

use crate::{Batch, NewEntry, Store, StoreError, StoredEntry, TileWrite};

/// Turns what a conformance factory returns (a store, or `Option` of one where `None` means
/// "skip these tests here") into an `Option`. Used by [`store_conformance!`](crate::store_conformance).
pub trait IntoTestStore {
    /// The store type.
    type Store: Store;
    /// `Some(store)`, or `None` when the tests must be skipped.
    fn into_test_store(self) -> Option<Self::Store>;
}

impl<S: Store> IntoTestStore for S {
    type Store = S;
    fn into_test_store(self) -> Option<S> {
        Some(self)
    }
}

impl<S: Store> IntoTestStore for Option<S> {
    type Store = S;
    fn into_test_store(self) -> Option<S> {
        self
    }
}

/// What `append_throughput` measured.
#[derive(Debug, Clone, Copy)]
pub struct Throughput {
    pub batches: u64,
    pub per_batch: u64,
    /// Wall time of all appends, in seconds.
    pub secs: f64,
    /// The slowest single append, in seconds.
    pub slowest: f64,
}

impl std::fmt::Display for Throughput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Throughput {
            batches,
            per_batch,
            secs,
            slowest,
        } = *self;
        write!(
            f,
            "{batches} batches x {per_batch} entries in {secs:.2} s = {:.0} entries/s, \
             {:.1} ms/batch on average, slowest {:.1} ms",
            (batches * per_batch) as f64 / secs,
            secs * 1000.0 / batches as f64,
            slowest * 1000.0
        )
    }
}

/// The drivers' hand-run throughput check (their `*_throughput` examples, not a test): appends
/// 100 batches of 1,000 entries of about 300 bytes to an empty store and times them.
pub fn append_throughput<S: Store>(store: &S) -> Throughput {
    let (batches, per_batch) = (100u64, 1000u64);
    let payload = vec![0x5au8; 290];
    let mut size = 0;
    let mut slowest = 0f64;
    let start = std::time::Instant::now();
    for b in 0..batches {
        let entries = (0..per_batch)
            .map(|i| {
                let mut data = format!("b{b}e{i}:").into_bytes();
                data.extend_from_slice(&payload);
                entry("observation", data)
            })
            .collect();
        let batch = fake_batch(size, entries);
        let t = std::time::Instant::now();
        store.append(&batch).expect("append");
        slowest = slowest.max(t.elapsed().as_secs_f64());
        size += per_batch;
    }
    Throughput {
        batches,
        per_batch,
        secs: start.elapsed().as_secs_f64(),
        slowest,
    }
}

/// Tells the person running the tests, past the test harness's output capture, that a case did
/// not run.
pub fn report_skipped(case: &str, note: &str) {
    use std::io::Write;
    let note = if note.is_empty() {
        "store conformance tests (the store factory returned None)"
    } else {
        note
    };
    // Written to the stderr handle directly: `eprintln!` would be captured and hidden for a
    // passing test.
    let _ = writeln!(std::io::stderr(), "SKIPPED: {note} [{case}]");
}

/// A store paired with something that must live as long as it (a temporary directory, a schema
/// that is dropped afterwards). Delegates [`Store`] to `store`; `store` is dropped first.
#[derive(Debug)]
pub struct Guarded<S, G> {
    /// The store under test.
    pub store: S,
    /// Whatever keeps its data alive; dropped after the store.
    pub guard: G,
}

impl<S: Store, G: Send + Sync> Store for Guarded<S, G> {
    fn head(&self) -> crate::Result<Option<crate::LogHead>> {
        self.store.head()
    }
    fn append(&self, batch: &Batch) -> crate::Result<()> {
        self.store.append(batch)
    }
    fn entries(&self, start: u64, end: u64) -> crate::Result<Vec<StoredEntry>> {
        self.store.entries(start, end)
    }
    fn entries_of_kinds(&self, kinds: &[&str]) -> crate::Result<Vec<StoredEntry>> {
        self.store.entries_of_kinds(kinds)
    }
    fn tile(&self, level: u8, index: u64) -> crate::Result<Option<Vec<u8>>> {
        self.store.tile(level, index)
    }
    fn describe(&self) -> String {
        self.store.describe()
    }
}

/// Expands to one `#[test]` per conformance case, in a module named `conformance`.
///
/// - The first argument is a closure (or any callable expression) returning a fresh, empty store,
///   or `Option` of one; `None` skips the case with a loud `SKIPPED:` line on stderr.
/// - `reopen = |store| ...` (optional) adds the durability case: the closure receives the store,
///   must drop it and return a new handle on the same data.
/// - `skipped = NOTE` (optional, a `&'static str` expression) is the note printed when a case is
///   skipped, e.g.
///   `"PostgreSQL conformance tests (set TRUCE_TEST_DATABASE_URL to run them)"`.
#[macro_export]
macro_rules! store_conformance {
    ($make:expr $(, reopen = $reopen:expr)? $(, skipped = $note:expr)? $(,)?) => {
        #[cfg(test)]
        mod conformance {
            #[allow(unused_imports)]
            use super::*;

            /// What a skipped case prints.
            fn skip_note() -> &'static str {
                [$($note,)? ""][0]
            }

            $crate::store_conformance!(@case $make,
                empty_store_has_no_head_and_no_entries,
                genesis_round_trips_byte_for_byte,
                empty_genesis_initialises_the_log,
                sequential_appends_get_consecutive_indices,
                conflict_writes_nothing,
                wider_tile_replaces_partial_tile,
                entry_ranges_are_clipped_and_ordered,
                entries_of_kinds_filters_and_keeps_order,
                large_batch_round_trips,
                entries_up_to_64k_round_trip,
                binary_data_round_trips,
                concurrent_appenders_make_a_gap_free_log,
            );

            $(
                #[test]
                fn reopen_keeps_everything() {
                    let Some(store) =
                        $crate::conformance::IntoTestStore::into_test_store(($make)())
                    else {
                        $crate::conformance::report_skipped("reopen_keeps_everything", skip_note());
                        return;
                    };
                    $crate::conformance::reopen_keeps_everything(store, $reopen);
                }
            )?
        }
    };
    (@case $make:expr, $($case:ident),+ $(,)?) => {
        $(
            #[test]
            fn $case() {
                let Some(store) = $crate::conformance::IntoTestStore::into_test_store(($make)())
                else {
                    $crate::conformance::report_skipped(stringify!($case), skip_note());
                    return;
                };
                $crate::conformance::$case(&store);
            }
        )+
    };
}

// ---------------------------------------------------------------------------------------------
// Fake but well-shaped batches.

/// Made-up 32-byte hash of node `n` at `level` of the tree (deterministic, distinct).
pub fn fake_hash(level: u8, n: u64) -> [u8; 32] {
    let mut out = [0u8; 32];
    let mut x = (u64::from(level) << 56) ^ n ^ 0x9e37_79b9_7f4a_7c15;
    for chunk in out.chunks_mut(8) {
        // splitmix64
        x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = x;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        chunk.copy_from_slice(&z.to_le_bytes());
    }
    out
}

/// The made-up content of tile `level`/`index` in a tree of `size` leaves (`None` if the tile
/// does not exist yet at that size).
pub fn fake_tile(size: u64, level: u8, index: u64) -> Option<Vec<u8>> {
    let nodes = level_width(size, level);
    let first = index.checked_mul(256)?;
    if nodes <= first {
        return None;
    }
    let width = (nodes - first).min(256);
    Some(
        (first..first + width)
            .flat_map(|n| fake_hash(level, n))
            .collect(),
    )
}

/// Number of complete nodes at `level` in a tree of `size` leaves (level 0 holds the leaves,
/// each level up holds one node per 256 below).
fn level_width(size: u64, level: u8) -> u64 {
    let shift = 8 * u32::from(level);
    if shift >= 64 { 0 } else { size >> shift }
}

/// The tiles that change when a tree grows from `old_size` to `new_size` leaves, each at its
/// width for `new_size` (full tiles and the partial tile at the right edge of each level).
pub fn fake_tiles(old_size: u64, new_size: u64) -> Vec<TileWrite> {
    let mut tiles = Vec::new();
    for level in 0u8..8 {
        let old_nodes = level_width(old_size, level);
        let new_nodes = level_width(new_size, level);
        if new_nodes == old_nodes {
            continue;
        }
        for index in old_nodes / 256..=(new_nodes - 1) / 256 {
            if let Some(data) = fake_tile(new_size, level, index) {
                tiles.push(TileWrite { level, index, data });
            }
        }
    }
    tiles
}

/// The made-up signed checkpoint for `size` (deliberately not valid UTF-8 at the end).
pub fn fake_checkpoint(size: u64) -> Vec<u8> {
    let mut note =
        format!("truce.test/conformance\n{size}\nroot-of-{size}\n\n— test sig ").into_bytes();
    note.extend_from_slice(&[0x00, 0xff, 0xfe, (size & 0xff) as u8, b'\n']);
    note
}

/// A batch appending `entries` to a log of `expected_size`, with the tiles and checkpoint a
/// real node would write for it (up to the made-up hashes).
pub fn fake_batch(expected_size: u64, entries: Vec<NewEntry>) -> Batch {
    let new_size = expected_size + entries.len() as u64;
    Batch {
        expected_size,
        tiles: fake_tiles(expected_size, new_size),
        checkpoint: fake_checkpoint(new_size),
        entries,
    }
}

/// An entry of `kind` with `data`.
pub fn entry(kind: &str, data: impl Into<Vec<u8>>) -> NewEntry {
    NewEntry {
        kind: kind.to_string(),
        data: data.into(),
    }
}

/// `n` entries of kind `observation` tagged `tag`, each about `len` bytes.
fn entries_tagged(tag: &str, n: usize, len: usize) -> Vec<NewEntry> {
    (0..n)
        .map(|i| {
            let mut data = format!("{tag} #{i}:").into_bytes();
            let fill = len.saturating_sub(data.len());
            data.extend((0..fill).map(|j| (i.wrapping_mul(31) + j) as u8));
            entry("observation", data)
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Assertions.

fn ok<T>(what: &str, result: crate::Result<T>) -> T {
    match result {
        Ok(value) => value,
        Err(err) => panic!("{what} failed: {err} ({err:?})"),
    }
}

fn append_ok<S: Store + ?Sized>(store: &S, batch: &Batch) {
    if let Err(err) = store.append(batch) {
        panic!(
            "append of {} entries at size {} failed: {err} ({err:?})",
            batch.entries.len(),
            batch.expected_size
        );
    }
}

fn summarise(entries: &[StoredEntry]) -> String {
    let mut out = format!("{} entries", entries.len());
    if let (Some(first), Some(last)) = (entries.first(), entries.last()) {
        out += &format!(" (indices {}..={})", first.index, last.index);
    }
    out
}

/// Checks that the store holds exactly `expected` (as entries `0..`), the matching head and the
/// fake tiles of that size.
fn assert_log<S: Store + ?Sized>(store: &S, expected: &[NewEntry], context: &str) {
    let size = expected.len() as u64;
    let head = ok("head()", store.head())
        .unwrap_or_else(|| panic!("{context}: head() is None after appends"));
    assert_eq!(
        head.size, size,
        "{context}: head().size is {}, expected {size}",
        head.size
    );
    assert!(
        head.checkpoint == fake_checkpoint(size),
        "{context}: head().checkpoint differs from the one appended with size {size}: got {:?}",
        String::from_utf8_lossy(&head.checkpoint)
    );
    let stored = ok("entries()", store.entries(0, size + 10));
    assert_eq!(
        stored.len(),
        expected.len(),
        "{context}: entries(0, {}) returned {}, expected {size} entries",
        size + 10,
        summarise(&stored)
    );
    for (i, (got, want)) in stored.iter().zip(expected).enumerate() {
        assert_eq!(
            got.index, i as u64,
            "{context}: entry at position {i} has index {}",
            got.index
        );
        assert_eq!(
            got.kind, want.kind,
            "{context}: entry {i} has the wrong kind"
        );
        if got.data != want.data {
            let at = got.data.iter().zip(&want.data).position(|(a, b)| a != b);
            panic!(
                "{context}: entry {i} data differs: {} bytes stored, {} appended, first \
                 difference at byte {at:?}",
                got.data.len(),
                want.data.len()
            );
        }
    }
    assert_tiles(store, size, context);
}

/// Checks every tile of a tree of `size` leaves (plus the first absent one of each level).
fn assert_tiles<S: Store + ?Sized>(store: &S, size: u64, context: &str) {
    for level in 0u8..4 {
        let nodes = level_width(size, level);
        let tiles = nodes.div_ceil(256);
        for index in 0..=tiles {
            let got = ok("tile()", store.tile(level, index));
            let want = fake_tile(size, level, index);
            if got != want {
                panic!(
                    "{context}: tile {level}/{index} at size {size}: stored {}, expected {}",
                    describe_tile(got.as_deref()),
                    describe_tile(want.as_deref())
                );
            }
        }
    }
}

fn describe_tile(tile: Option<&[u8]>) -> String {
    match tile {
        None => "no tile".to_string(),
        Some(data) if data.len() % 32 == 0 => format!("{} hashes", data.len() / 32),
        Some(data) => format!("{} bytes (not a whole number of hashes)", data.len()),
    }
}

fn assert_conflict(result: crate::Result<()>, expected: u64, actual: u64, context: &str) {
    match result {
        Err(StoreError::Conflict {
            expected: e,
            actual: a,
        }) => {
            assert_eq!(
                (e, a),
                (expected, actual),
                "{context}: Conflict carries the wrong sizes"
            );
        }
        Ok(()) => panic!(
            "{context}: append with expected_size {expected} succeeded on a log of {actual} \
             entries; it must fail with StoreError::Conflict"
        ),
        Err(other) => panic!(
            "{context}: append with expected_size {expected} on a log of {actual} entries \
             failed with {other:?}; it must fail with StoreError::Conflict"
        ),
    }
}

// ---------------------------------------------------------------------------------------------
// The cases.

/// A new store has no head, no entries and no tiles.
pub fn empty_store_has_no_head_and_no_entries<S: Store>(store: &S) {
    assert_eq!(
        ok("head()", store.head()),
        None,
        "a fresh store must have no head before the genesis batch"
    );
    assert!(
        ok("entries()", store.entries(0, 100)).is_empty(),
        "a fresh store must have no entries"
    );
    assert!(
        ok(
            "entries_of_kinds()",
            store.entries_of_kinds(&["observation", "genesis"])
        )
        .is_empty(),
        "a fresh store must have no entries of any kind"
    );
    assert_eq!(
        ok("tile()", store.tile(0, 0)),
        None,
        "a fresh store must have no tiles"
    );
    assert!(
        !store.describe().is_empty(),
        "describe() must name where the data lives"
    );
}

/// The genesis batch reads back byte for byte: head, entries and tiles.
pub fn genesis_round_trips_byte_for_byte<S: Store>(store: &S) {
    assert_conflict(
        store.append(&fake_batch(1, vec![entry("genesis", "g")])),
        1,
        0,
        "genesis with expected_size 1 on an empty store",
    );
    assert_eq!(
        ok("head()", store.head()),
        None,
        "a refused genesis must leave no head"
    );
    let entries = vec![
        entry("genesis", b"truce genesis\n\xe2\x80\x94 sig\n".to_vec()),
        entry("agreement.amend", "amend 1"),
        entry("observation", "obs"),
    ];
    append_ok(store, &fake_batch(0, entries.clone()));
    assert_log(store, &entries, "after the genesis batch");
}

/// A genesis batch without entries still creates the head (size 0), and the next batch appends
/// at 0. An empty batch later only replaces the checkpoint.
pub fn empty_genesis_initialises_the_log<S: Store>(store: &S) {
    append_ok(store, &fake_batch(0, Vec::new()));
    let head = ok("head()", store.head())
        .unwrap_or_else(|| panic!("head() is None after an empty genesis batch"));
    assert_eq!(head.size, 0, "an empty genesis batch makes a log of size 0");
    assert_eq!(
        head.checkpoint,
        fake_checkpoint(0),
        "the genesis checkpoint must be stored"
    );
    let entries = entries_tagged("first", 3, 40);
    append_ok(store, &fake_batch(0, entries.clone()));
    assert_log(store, &entries, "after an empty genesis and one batch");

    let mut batch = fake_batch(3, Vec::new());
    batch.checkpoint = b"re-signed checkpoint for 3".to_vec();
    append_ok(store, &batch);
    let head = ok("head()", store.head()).expect("head after an empty batch");
    assert_eq!(head.size, 3, "an empty batch must not change the size");
    assert_eq!(
        head.checkpoint,
        b"re-signed checkpoint for 3".to_vec(),
        "an empty batch must replace the checkpoint"
    );
}

/// Appends one after another get consecutive indices starting at each batch's expected size.
pub fn sequential_appends_get_consecutive_indices<S: Store>(store: &S) {
    let mut all = Vec::new();
    for (round, n) in [1usize, 5, 250, 1, 300, 7].into_iter().enumerate() {
        let entries = entries_tagged(&format!("round {round}"), n, 64);
        append_ok(store, &fake_batch(all.len() as u64, entries.clone()));
        all.extend(entries);
        assert_log(store, &all, &format!("after round {round}"));
    }
}

/// A batch prepared for the wrong size (stale or from the future) is refused with `Conflict`
/// and writes nothing: no entries, no tiles, no head change.
pub fn conflict_writes_nothing<S: Store>(store: &S) {
    let first = entries_tagged("kept", 3, 50);
    append_ok(store, &fake_batch(0, first.clone()));

    for wrong in [0u64, 2, 4, 1000] {
        let mut batch = fake_batch(wrong, entries_tagged("refused", 300, 50));
        // Tiles that would be visible if any part of the batch leaked through.
        batch.tiles.push(TileWrite {
            level: 0,
            index: 0,
            data: vec![0xaa; 32 * 200],
        });
        batch.tiles.push(TileWrite {
            level: 5,
            index: 7,
            data: vec![0xbb; 32],
        });
        batch.checkpoint = b"checkpoint of a refused batch".to_vec();
        assert_conflict(store.append(&batch), wrong, 3, "stale or future batch");
        assert_log(
            store,
            &first,
            &format!("after a refused batch for size {wrong}"),
        );
        assert_eq!(
            ok("tile()", store.tile(5, 7)),
            None,
            "a refused batch wrote a tile"
        );
        assert!(
            ok(
                "entries_of_kinds()",
                store.entries_of_kinds(&["observation"])
            )
            .iter()
            .all(|e| e.data.starts_with(b"kept")),
            "a refused batch wrote entries"
        );
    }

    let more = entries_tagged("after", 2, 50);
    append_ok(store, &fake_batch(3, more.clone()));
    let all: Vec<NewEntry> = first.into_iter().chain(more).collect();
    assert_log(store, &all, "after a refused batch and a good one");
}

/// A wider version of a tile replaces the narrower one; a narrower write never shrinks it.
pub fn wider_tile_replaces_partial_tile<S: Store>(store: &S) {
    let a = entries_tagged("a", 3, 10);
    append_ok(store, &fake_batch(0, a.clone()));
    assert_eq!(
        ok("tile()", store.tile(0, 0)).map(|t| t.len()),
        Some(3 * 32),
        "tile 0/0 after 3 entries must hold 3 hashes"
    );
    let b = entries_tagged("b", 300, 10);
    append_ok(store, &fake_batch(3, b.clone()));
    let all: Vec<NewEntry> = a.into_iter().chain(b).collect();
    assert_log(
        store,
        &all,
        "after widening tile 0/0 to full and adding tile 0/1",
    );
    assert_eq!(
        ok("tile()", store.tile(1, 0)).map(|t| t.len()),
        Some(32),
        "tile 1/0 after 303 entries must hold 1 hash"
    );

    // A batch that (wrongly) also carries a narrower version of the full tile 0/0.
    let c = entries_tagged("c", 1, 10);
    let mut batch = fake_batch(303, c.clone());
    let narrower = fake_tile(303, 0, 0).expect("tile 0/0 exists at 303")[..32].to_vec();
    batch.tiles.push(TileWrite {
        level: 0,
        index: 0,
        data: narrower,
    });
    append_ok(store, &batch);
    let all: Vec<NewEntry> = all.into_iter().chain(c).collect();
    assert_log(
        store,
        &all,
        "after a batch carrying a narrower tile (it must be ignored)",
    );
}

/// `entries(start, end)` returns `start..end` clipped to the log, in order, and nothing for
/// empty or out-of-range requests.
pub fn entry_ranges_are_clipped_and_ordered<S: Store>(store: &S) {
    let all = entries_tagged("r", 20, 30);
    append_ok(store, &fake_batch(0, all[..12].to_vec()));
    append_ok(store, &fake_batch(12, all[12..].to_vec()));

    let indices = |start: u64, end: u64| -> Vec<u64> {
        let got = ok("entries()", store.entries(start, end));
        for e in &got {
            assert_eq!(
                e.data, all[e.index as usize].data,
                "entries({start}, {end}): entry {} has the wrong data",
                e.index
            );
        }
        got.iter().map(|e| e.index).collect()
    };
    let range = |r: std::ops::Range<u64>| r.collect::<Vec<u64>>();
    assert_eq!(indices(0, 20), range(0..20), "entries(0, 20)");
    assert_eq!(indices(5, 9), range(5..9), "entries(5, 9)");
    assert_eq!(
        indices(10, 14),
        range(10..14),
        "entries(10, 14) across batches"
    );
    assert_eq!(indices(19, 20), vec![19], "entries(19, 20)");
    assert_eq!(
        indices(15, 100),
        range(15..20),
        "entries(15, 100) past the end"
    );
    assert_eq!(indices(0, u64::MAX), range(0..20), "entries(0, u64::MAX)");
    assert_eq!(
        indices(20, 30),
        Vec::<u64>::new(),
        "entries(20, 30) entirely past the end"
    );
    assert_eq!(indices(7, 7), Vec::<u64>::new(), "entries(7, 7) is empty");
    assert_eq!(
        indices(9, 3),
        Vec::<u64>::new(),
        "entries(9, 3) with start > end is empty"
    );
    assert_eq!(
        indices(u64::MAX - 1, u64::MAX),
        Vec::<u64>::new(),
        "entries(u64::MAX - 1, u64::MAX)"
    );
}

/// `entries_of_kinds` returns exactly the entries of the given kinds, in index order.
pub fn entries_of_kinds_filters_and_keeps_order<S: Store>(store: &S) {
    let kinds = [
        "genesis",
        "agreement.amend",
        "observation",
        "agreement.sign",
        "observation",
    ];
    let mut all = Vec::new();
    let mut expected_size = 0u64;
    for round in 0..4 {
        let entries: Vec<NewEntry> = (0..50)
            .map(|i| entry(kinds[(i * 7 + round) % kinds.len()], format!("{round}/{i}")))
            .collect();
        append_ok(store, &fake_batch(expected_size, entries.clone()));
        expected_size += entries.len() as u64;
        all.extend(entries);
    }
    let check = |wanted: &[&str]| {
        let got = ok("entries_of_kinds()", store.entries_of_kinds(wanted));
        let want: Vec<(u64, &NewEntry)> = all
            .iter()
            .enumerate()
            .filter(|(_, e)| wanted.contains(&e.kind.as_str()))
            .map(|(i, e)| (i as u64, e))
            .collect();
        assert_eq!(
            got.len(),
            want.len(),
            "entries_of_kinds({wanted:?}) returned {}, expected {}",
            summarise(&got),
            want.len()
        );
        for (g, (i, w)) in got.iter().zip(&want) {
            assert_eq!(
                (g.index, g.kind.as_str(), g.data.as_slice()),
                (*i, w.kind.as_str(), w.data.as_slice()),
                "entries_of_kinds({wanted:?}) is wrong or out of index order"
            );
        }
    };
    check(&["agreement.amend"]);
    check(&["agreement.amend", "agreement.sign"]);
    check(&["agreement.sign", "genesis", "agreement.amend"]);
    check(&["observation", "observation"]);
    check(&["no.such.kind"]);
    check(&[]);
    check(&kinds);
    // Kinds match exactly: no prefix or pattern matching.
    check(&["agreement"]);
    check(&["agreement.%"]);
}

/// A batch of 10,000 entries of about 300 bytes round-trips.
pub fn large_batch_round_trips<S: Store>(store: &S) {
    let genesis = vec![entry("genesis", "g")];
    append_ok(store, &fake_batch(0, genesis.clone()));
    let big = entries_tagged("large", 10_000, 300);
    append_ok(store, &fake_batch(1, big.clone()));
    let all: Vec<NewEntry> = genesis.into_iter().chain(big).collect();
    assert_log(store, &all, "after a 10,000-entry batch");
    let tail = ok("entries()", store.entries(9_990, 20_000));
    assert_eq!(
        tail.iter().map(|e| e.index).collect::<Vec<_>>(),
        (9_990..10_001).collect::<Vec<_>>(),
        "entries(9990, 20000) after a 10,000-entry batch"
    );
}

/// Entries of 0 to 65,535 bytes round-trip exactly.
pub fn entries_up_to_64k_round_trip<S: Store>(store: &S) {
    let entries: Vec<NewEntry> = [0usize, 1, 255, 256, 4096, 65_534, 65_535]
        .into_iter()
        .map(|len| {
            entry(
                "observation",
                (0..len).map(|i| (i * 7 % 251) as u8).collect::<Vec<_>>(),
            )
        })
        .collect();
    append_ok(store, &fake_batch(0, entries.clone()));
    assert_log(
        store,
        &entries,
        "after appending entries of 0..=65535 bytes",
    );
}

/// Bytes a text column would mangle (NUL, 0xFF, invalid UTF-8, CR LF) round-trip exactly, in
/// entries and in the checkpoint.
pub fn binary_data_round_trips<S: Store>(store: &S) {
    let every_byte: Vec<u8> = (0..=255u8).chain((0..=255u8).rev()).collect();
    let entries = vec![
        entry("observation", vec![0u8]),
        entry("observation", vec![0xff]),
        entry("observation", vec![0, 0, 0, 0xff, 0xff, 0]),
        entry("observation", every_byte.clone()),
        entry(
            "observation",
            b"\xc3\x28 invalid utf-8 \xed\xa0\x80 \r\n\\x00 '\"".to_vec(),
        ),
        entry("agreement.amend", b"\0trailing nul\0".to_vec()),
    ];
    let mut batch = fake_batch(0, entries.clone());
    batch.tiles.push(TileWrite {
        level: 7,
        index: 0,
        data: every_byte[..64].to_vec(),
    });
    append_ok(store, &batch);
    assert_log(store, &entries, "after appending binary entries");
    assert_eq!(
        ok("tile()", store.tile(7, 0)),
        Some(every_byte[..64].to_vec()),
        "a tile with every byte value must round-trip"
    );

    let mut batch = fake_batch(entries.len() as u64, Vec::new());
    batch.checkpoint = every_byte.clone();
    append_ok(store, &batch);
    assert_eq!(
        ok("head()", store.head()).map(|h| h.checkpoint),
        Some(every_byte),
        "a checkpoint holding every byte value must round-trip"
    );
}

/// Several threads append through the trait at once, each retrying on `Conflict` after
/// re-reading the head; the result is a gap-free log holding every acknowledged entry once.
pub fn concurrent_appenders_make_a_gap_free_log<S: Store>(store: &S) {
    let handles: Vec<&dyn Store> = vec![store as &dyn Store; 4];
    concurrent_appenders(&handles);
}

/// Like [`concurrent_appenders_make_a_gap_free_log`], but every thread uses its own handle
/// (separate connections or processes' worth of state) on the same data.
pub fn concurrent_appenders_across_handles<S: Store>(stores: &[S]) {
    let handles: Vec<&dyn Store> = stores.iter().map(|s| s as &dyn Store).collect();
    concurrent_appenders(&handles);
}

fn concurrent_appenders(stores: &[&dyn Store]) {
    const BATCHES_PER_THREAD: usize = 25;
    let first = stores.first().expect("at least one store");
    append_ok(
        *first,
        &fake_batch(0, vec![entry("genesis", "concurrent genesis")]),
    );

    let acknowledged: Vec<Vec<Vec<u8>>> = std::thread::scope(|scope| {
        let threads: Vec<_> = stores
            .iter()
            .enumerate()
            .map(|(t, store)| {
                scope.spawn(move || {
                    let mut acked = Vec::new();
                    for b in 0..BATCHES_PER_THREAD {
                        let n = 1 + (t + b) % 4;
                        let entries: Vec<NewEntry> = (0..n)
                            .map(|e| {
                                entry("observation", format!("thread {t} batch {b} entry {e}"))
                            })
                            .collect();
                        let mut attempts = 0;
                        loop {
                            attempts += 1;
                            assert!(
                                attempts < 10_000,
                                "thread {t} could not append batch {b} in 10,000 attempts"
                            );
                            let size = ok("head()", store.head())
                                .unwrap_or_else(|| panic!("thread {t}: head vanished"))
                                .size;
                            match store.append(&fake_batch(size, entries.clone())) {
                                Ok(()) => break,
                                Err(StoreError::Conflict { .. }) => continue,
                                Err(err) => {
                                    panic!("thread {t} batch {b}: append failed: {err} ({err:?})")
                                }
                            }
                        }
                        acked.extend(entries.into_iter().map(|e| e.data));
                    }
                    acked
                })
            })
            .collect();
        threads
            .into_iter()
            .map(|t| {
                t.join()
                    .unwrap_or_else(|_| panic!("an appender thread panicked"))
            })
            .collect()
    });

    let total: usize = 1 + acknowledged.iter().map(Vec::len).sum::<usize>();
    let head = ok("head()", first.head()).expect("head after concurrent appends");
    assert_eq!(
        head.size, total as u64,
        "after concurrent appends the head says {} entries but {total} were acknowledged",
        head.size
    );
    assert_eq!(
        head.checkpoint,
        fake_checkpoint(head.size),
        "the head checkpoint is not the last one"
    );
    let stored = ok("entries()", first.entries(0, head.size + 100));
    assert_eq!(
        stored.len(),
        total,
        "entries() after concurrent appends: {}",
        summarise(&stored)
    );
    let mut seen: HashMap<&[u8], u64> = HashMap::new();
    for (i, e) in stored.iter().enumerate() {
        assert_eq!(
            e.index, i as u64,
            "gap or disorder in the log at position {i}"
        );
        if let Some(before) = seen.insert(&e.data, e.index) {
            panic!(
                "entry {:?} is stored twice, at {before} and {}",
                String::from_utf8_lossy(&e.data),
                e.index
            );
        }
    }
    let acked: HashSet<&[u8]> = acknowledged.iter().flatten().map(Vec::as_slice).collect();
    for data in seen.keys() {
        assert!(
            acked.contains(data) || *data == b"concurrent genesis".as_slice(),
            "entry {:?} is stored but was never acknowledged",
            String::from_utf8_lossy(data)
        );
    }
    // Each thread's entries are stored in the order it appended them.
    for (t, mine) in acknowledged.iter().enumerate() {
        let positions: Vec<u64> = mine
            .iter()
            .map(|d| {
                *seen.get(d.as_slice()).unwrap_or_else(|| {
                    panic!(
                        "acknowledged entry {:?} is missing",
                        String::from_utf8_lossy(d)
                    )
                })
            })
            .collect();
        assert!(
            positions.windows(2).all(|w| w[0] < w[1]),
            "thread {t}'s entries are not in the order it appended them"
        );
    }
    assert_tiles(*first, head.size, "after concurrent appends");
}

/// Everything appended is there after the store is closed and opened again, and appending
/// continues where it left off.
pub fn reopen_keeps_everything<S: Store>(store: S, reopen: impl FnOnce(S) -> S) {
    let mut all = vec![entry("genesis", b"genesis\0\xff".to_vec())];
    append_ok(&store, &fake_batch(0, all.clone()));
    for round in 0..3 {
        let entries = entries_tagged(&format!("durable {round}"), 200, 120);
        append_ok(&store, &fake_batch(all.len() as u64, entries.clone()));
        all.extend(entries);
    }
    assert_log(&store, &all, "before reopening");
    let kinds_before = ok("entries_of_kinds()", store.entries_of_kinds(&["genesis"]));

    let store = reopen(store);
    assert_log(&store, &all, "after reopening");
    assert_eq!(
        ok("entries_of_kinds()", store.entries_of_kinds(&["genesis"])),
        kinds_before,
        "entries_of_kinds() changed across reopening"
    );
    assert_conflict(
        store.append(&fake_batch(0, vec![entry("genesis", "again")])),
        0,
        all.len() as u64,
        "a second genesis after reopening",
    );
    let more = entries_tagged("after reopen", 5, 40);
    append_ok(&store, &fake_batch(all.len() as u64, more.clone()));
    all.extend(more);
    assert_log(&store, &all, "after appending to the reopened store");
}
