//! The log node: checks submissions against the agreement, integrates them into the Merkle tree,
//! signs the checkpoint and makes the batch durable in one store write.

use std::collections::HashMap;
use std::fs::File;
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use truce_core::authority::{AgreementState, EntryError, ResolvedEntry, check_genesis};
use truce_core::kinds::Kind;
use truce_engine::{Input, State};
use truce_store::{Batch, NewEntry, Store, StoreError, TileWrite};
use truce_tlog::checkpoint::{Checkpoint, open_checkpoint, sign_checkpoint};
use truce_tlog::hash::{Hash, leaf_hash};
use truce_tlog::note::{Signer, Verifier, verify_batch};
use truce_tlog::tile::{TileError, TileHashReader, hashes_to_bytes, integrate};
use truce_tlog::tree;

use crate::error::{NodeError, Refusal};
use crate::read_ahead::read_ahead;

/// What a writer gets back once its entry is durable.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Receipt {
    /// The entry's position in the log.
    pub index: u64,
    /// RFC 9162 leaf hash of the entry, base64.
    pub leaf_hash: String,
    /// The record kind.
    pub kind: String,
    /// Size of the tree whose checkpoint first includes the entry.
    pub tree_size: u64,
    /// Root hash of that tree, base64.
    pub root_hash: String,
}

/// An inclusion proof, as `truce prove inclusion` prints it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct InclusionProof {
    /// Leaf index.
    pub index: u64,
    /// Tree size the proof is for.
    pub tree_size: u64,
    /// Leaf hash, base64.
    pub leaf_hash: String,
    /// Root hash at `tree_size`, base64.
    pub root_hash: String,
    /// Proof hashes, base64.
    pub proof: Vec<String>,
}

/// A consistency proof, as `truce prove consistency` prints it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ConsistencyProof {
    /// Older size.
    pub old_size: u64,
    /// Newer size.
    pub new_size: u64,
    /// Root at the older size, base64.
    pub old_root: String,
    /// Root at the newer size, base64.
    pub new_root: String,
    /// Proof hashes, base64.
    pub proof: Vec<String>,
}

/// The in-memory view of the log that a writer keeps between batches.
struct WriterState {
    size: u64,
    agreement: AgreementState,
    /// The mechanism's state after `size` records.
    engine: State,
    /// Right-edge hash tiles, so a batch does not read them back from the store.
    edge: HashMap<(u8, u64), Vec<Hash>>,
    /// The node's generation when this state was loaded (see `LogNode::generation`).
    generation: u64,
}

/// A batch checked and integrated in memory, waiting to be signed and made durable by
/// [`LogNode::make_durable`]. Made by [`LogNode::prepare`].
pub struct PreparedBatch {
    generation: u64,
    old_size: u64,
    root: Hash,
    new_size: u64,
    entries: Vec<NewEntry>,
    tiles: Vec<TileWrite>,
    receipts: Vec<Receipt>,
    results: Vec<Result<(), Refusal>>,
}

/// A log node over a store. Safe to share between threads; writes are serialised.
pub struct LogNode<S: Store> {
    store: S,
    signer: Signer,
    origin: String,
    writer: Mutex<Option<WriterState>>,
    /// Bumped whenever a prepared batch fails to become durable: batches prepared on top of it
    /// (stamped with an older generation) are then discarded unsigned.
    generation: AtomicU64,
    /// Held for the node's lifetime: the one process allowed to sign checkpoints for this data
    /// directory, so the log never signs two checkpoints that fork from the same size.
    _lock: Option<File>,
}

/// Entries a check accepted: (position in the batch, kind).
type Accepted = Vec<(usize, Kind)>;

/// The largest number of entries one group commit takes.
pub const MAX_BATCH: usize = 4096;

impl<S: Store> LogNode<S> {
    /// Opens the node for writing. `lock_path` is a file whose exclusive lock makes this process
    /// the only signer of the log (waits if another process holds it).
    pub fn open(store: S, signer: Signer, lock_path: Option<&Path>) -> Result<Self, NodeError> {
        let lock = match lock_path {
            Some(p) => {
                let f = File::options()
                    .create(true)
                    .truncate(false)
                    .write(true)
                    .open(p)
                    .map_err(|e| {
                        NodeError::Io(format!("cannot open the lock file {}: {e}", p.display()))
                    })?;
                f.lock()
                    .map_err(|e| NodeError::Io(format!("cannot lock {}: {e}", p.display())))?;
                Some(f)
            }
            None => None,
        };
        let origin = signer.name().as_str().to_string();
        Ok(LogNode {
            store,
            signer,
            origin,
            writer: Mutex::new(None),
            generation: AtomicU64::new(0),
            _lock: lock,
        })
    }

    /// The store behind this node.
    pub fn store(&self) -> &S {
        &self.store
    }

    /// The log's verifier key.
    pub fn verifier(&self) -> Verifier {
        self.signer.verifier()
    }

    /// Creates the log from a fully signed genesis entry. Fails if the log already exists.
    pub fn init(&self, genesis: &[u8]) -> Result<Receipt, NodeError> {
        if self.store.head()?.is_some() {
            return Err(NodeError::AlreadyInitialised(self.store.describe()));
        }
        let state = check_genesis(genesis)?;
        let log = &state.agreement().log;
        let ours = self.signer.verifier();
        if log.origin != self.origin || ours.to_vkey() != log.vkey {
            return Err(NodeError::WrongLogKey {
                agreement: log.vkey.clone(),
                given: ours.to_vkey(),
            });
        }
        let mut fresh = WriterState {
            size: 0,
            agreement: state,
            engine: State::default(),
            edge: HashMap::new(),
            generation: self.generation.load(Ordering::SeqCst),
        };
        let staged = self.stage(
            &mut fresh,
            vec![(Kind::GENESIS, genesis.to_vec(), leaf_hash(genesis))],
        )?;
        self.persist(
            0,
            staged.new_size,
            staged.root,
            staged.entries,
            staged.tiles,
        )?;
        let mut receipts = staged.receipts;
        *self.writer.lock().expect("writer lock") = None;
        Ok(receipts.remove(0))
    }

    /// Loads the writer state from the store (head, agreement in force, right-edge tiles).
    fn load(&self) -> Result<WriterState, NodeError> {
        let head = self.store.head()?.ok_or(NodeError::NotInitialised)?;
        let cp = open_checkpoint(&head.checkpoint, &self.signer.verifier()).map_err(|e| {
            NodeError::Damaged(format!("the stored checkpoint does not verify: {e}"))
        })?;
        if cp.size != head.size {
            return Err(NodeError::Damaged(format!(
                "the stored checkpoint is for size {} but the log has {} entries",
                cp.size, head.size
            )));
        }
        let (agreement, engine) = replay(&self.store, head.size, |_, _| {})?;
        let edge = right_edge(head.size, |level, index| {
            let data = self.store.tile(level, index)?.ok_or_else(|| {
                NodeError::Damaged(format!("hash tile {level}/{index} is missing"))
            })?;
            bytes_to_hashes(&data)
        })?;
        Ok(WriterState {
            size: head.size,
            agreement,
            engine,
            edge,
            generation: self.generation.load(Ordering::SeqCst),
        })
    }

    /// The mechanism's state at the head of the log (replayed once, then kept up to date).
    pub fn state(&self) -> Result<State, NodeError> {
        let mut guard = self.writer.lock().expect("writer lock");
        let stored = self.store.head()?.map(|h| h.size).unwrap_or(0);
        if guard.as_ref().is_none_or(|s| s.size != stored) {
            *guard = Some(self.load()?);
        }
        Ok(guard.as_ref().expect("loaded above").engine.clone())
    }

    /// First half of a pipelined group commit: checks `entries` against the agreement and the
    /// mechanism's rules and integrates the accepted ones into the in-memory tree, on top of any
    /// batches prepared before and not yet durable. Nothing is signed or written.
    ///
    /// Batches must then go through [`make_durable`](Self::make_durable) in the order they were
    /// prepared; while one is made durable, the next can be prepared (that overlap of checking
    /// with the store's fsync is the point).
    pub fn prepare(&self, entries: &[Vec<u8>]) -> Result<PreparedBatch, NodeError> {
        let mut guard = self.writer.lock().expect("writer lock");
        let state = match guard.as_mut() {
            Some(s) => s,
            None => guard.insert(self.load()?),
        };
        let (accepted, results) =
            check_entries(&mut state.agreement, &mut state.engine, state.size, entries);
        let batch: Vec<(Kind, Vec<u8>, Hash)> = accepted
            .iter()
            .map(|(i, kind)| (*kind, entries[*i].clone(), leaf_hash(&entries[*i])))
            .collect();
        let old_size = state.size;
        if batch.is_empty() {
            return Ok(PreparedBatch {
                generation: state.generation,
                old_size,
                root: Hash([0; 32]),
                new_size: old_size,
                entries: Vec::new(),
                tiles: Vec::new(),
                receipts: Vec::new(),
                results,
            });
        }
        match self.stage(state, batch) {
            Ok(staged) => Ok(PreparedBatch {
                generation: state.generation,
                results,
                ..staged
            }),
            Err(e) => {
                *guard = None;
                Err(e)
            }
        }
    }

    /// Second half of a pipelined group commit: signs the checkpoint of a prepared batch and
    /// makes the batch durable, then returns one result per submitted entry. If an earlier
    /// batch failed to become durable, this one is discarded unsigned and nothing is written.
    pub fn make_durable(
        &self,
        p: PreparedBatch,
    ) -> Result<Vec<Result<Receipt, Refusal>>, NodeError> {
        if p.entries.is_empty() {
            return Ok(p
                .results
                .into_iter()
                .map(|r| r.and(Err(Refusal::Withheld)))
                .collect());
        }
        if p.generation != self.generation.load(Ordering::SeqCst) {
            return Err(NodeError::Busy);
        }
        if let Err(e) = self.persist(p.old_size, p.new_size, p.root, p.entries, p.tiles) {
            // What was prepared on top of this batch is now void: make the next prepare reload
            // from the store, and discard batches already prepared (older generation).
            self.generation.fetch_add(1, Ordering::SeqCst);
            *self.writer.lock().expect("writer lock") = None;
            return Err(e);
        }
        let mut receipts = p.receipts.into_iter();
        Ok(p.results
            .into_iter()
            .map(|r| r.map(|()| receipts.next().expect("one receipt per accepted entry")))
            .collect())
    }

    /// Checks, appends and makes durable a batch of entries (signed notes), in order.
    ///
    /// Each entry gets its own result: a refused entry does not stop the others. The call
    /// returns only when every accepted entry is durable. Signatures of the whole batch are
    /// verified at once.
    pub fn submit_batch(
        &self,
        entries: &[Vec<u8>],
    ) -> Result<Vec<Result<Receipt, Refusal>>, NodeError> {
        self.submit_with(entries, false, usize::MAX, |_| {})
    }

    /// Like [`submit_batch`](Self::submit_batch), but writes nothing at all if any entry is
    /// refused; the entries that passed then get [`Refusal::Withheld`].
    pub fn submit_all_or_nothing(
        &self,
        entries: &[Vec<u8>],
    ) -> Result<Vec<Result<Receipt, Refusal>>, NodeError> {
        self.submit_with(entries, true, usize::MAX, |_| {})
    }

    /// Checks every entry first, then commits the accepted ones in durable groups of `group`,
    /// calling `on_durable` with each group's receipts as soon as that group is durable (so a
    /// long upload keeps what was acknowledged if it is cut off). With `all_or_nothing`, one
    /// refused entry means nothing is written.
    pub fn submit_with(
        &self,
        entries: &[Vec<u8>],
        all_or_nothing: bool,
        group: usize,
        mut on_durable: impl FnMut(&[Receipt]),
    ) -> Result<Vec<Result<Receipt, Refusal>>, NodeError> {
        let mut guard = self.writer.lock().expect("writer lock");
        for attempt in 0..3 {
            let state = match guard.as_mut() {
                Some(s) => s,
                None => guard.insert(self.load()?),
            };
            // Another process may have appended (the lock file makes that rare, not impossible
            // when no lock is used): reload when the store moved.
            let stored = self.store.head()?.map(|h| h.size).unwrap_or(0);
            if stored != state.size {
                *guard = None;
                continue;
            }
            // The check advances the cached agreement and engine state in place; whenever the
            // accepted entries are then not all committed, the cache is dropped and rebuilt
            // from the store.
            let (accepted, checked) =
                check_entries(&mut state.agreement, &mut state.engine, state.size, entries);
            let refused_any = accepted.len() < entries.len();
            if accepted.is_empty() || (all_or_nothing && refused_any) {
                if !accepted.is_empty() {
                    *guard = None;
                }
                return Ok(checked
                    .into_iter()
                    .map(|r| r.and(Err(Refusal::Withheld)))
                    .collect());
            }
            let mut receipts = Vec::with_capacity(accepted.len());
            for part in accepted.chunks(group.max(1)) {
                let batch: Vec<(Kind, Vec<u8>, Hash)> = part
                    .iter()
                    .map(|(i, kind)| (*kind, entries[*i].clone(), leaf_hash(&entries[*i])))
                    .collect();
                let staged = match self.stage(state, batch) {
                    Ok(staged) => staged,
                    Err(e) => {
                        *guard = None;
                        return Err(e);
                    }
                };
                match self.persist(
                    staged.old_size,
                    staged.new_size,
                    staged.root,
                    staged.entries,
                    staged.tiles,
                ) {
                    Ok(()) => {
                        on_durable(&staged.receipts);
                        receipts.extend(staged.receipts);
                    }
                    Err(e) => {
                        // Anything prepared on top of the state is void now.
                        self.generation.fetch_add(1, Ordering::SeqCst);
                        *guard = None;
                        if matches!(e, NodeError::Store(StoreError::Conflict { .. }))
                            && attempt < 2
                            && receipts.is_empty()
                        {
                            break;
                        }
                        return Err(e);
                    }
                }
            }
            if guard.is_none() {
                continue;
            }
            if receipts.len() < accepted.len() {
                *guard = None;
                return Err(NodeError::Busy);
            }
            let mut receipts = receipts.into_iter();
            return Ok(checked
                .into_iter()
                .map(|r| r.map(|()| receipts.next().expect("one receipt per accepted entry")))
                .collect());
        }
        Err(NodeError::Busy)
    }

    /// Integrates a batch into the in-memory tree of `state` and advances it (size and right
    /// edge). Returns everything `persist` needs; nothing is signed or written.
    fn stage(
        &self,
        state: &mut WriterState,
        batch: Vec<(Kind, Vec<u8>, Hash)>,
    ) -> Result<PreparedBatch, NodeError> {
        let old_size = state.size;
        let leaves: Vec<Hash> = batch.iter().map(|(_, _, h)| *h).collect();
        let edge = &state.edge;
        let integration = integrate(
            old_size,
            |level, index| match edge.get(&(level, index)) {
                Some(h) => Ok(Some(h.clone())),
                None => self
                    .store
                    .tile(level, index)
                    .map_err(|e| TileError::Storage(e.to_string()))
                    .and_then(|t| t.map(|d| truce_tlog::tile::bytes_to_hashes(&d)).transpose()),
            },
            &leaves,
        )
        .map_err(|e| NodeError::Damaged(format!("cannot extend the hash tiles: {e}")))?;
        let tiles = integration
            .tiles
            .iter()
            .map(|(level, index, hashes)| TileWrite {
                level: *level,
                index: *index,
                data: hashes_to_bytes(hashes),
            })
            .collect();
        let root_b64 = integration.root.to_base64();
        let receipts = batch
            .iter()
            .enumerate()
            .map(|(i, (kind, _, leaf))| Receipt {
                index: old_size + i as u64,
                leaf_hash: leaf.to_base64(),
                kind: kind.as_str().to_string(),
                tree_size: integration.size,
                root_hash: root_b64.clone(),
            })
            .collect();
        let entries = batch
            .into_iter()
            .map(|(kind, data, _)| NewEntry {
                kind: kind.as_str().to_string(),
                data,
            })
            .collect();
        // The new right edge is in what was just integrated, or unchanged.
        let written: HashMap<(u8, u64), Vec<Hash>> = integration
            .tiles
            .into_iter()
            .map(|(l, i, h)| ((l, i), h))
            .collect();
        let new_edge = right_edge(integration.size, |level, index| {
            written
                .get(&(level, index))
                .or_else(|| state.edge.get(&(level, index)))
                .cloned()
                .ok_or_else(|| NodeError::Damaged(format!("hash tile {level}/{index} is missing")))
        })?;
        state.edge = new_edge;
        state.size = integration.size;
        Ok(PreparedBatch {
            generation: state.generation,
            old_size,
            root: integration.root,
            new_size: integration.size,
            entries,
            tiles,
            receipts,
            results: Vec::new(),
        })
    }

    /// Signs the checkpoint for `new_size`/`root` and appends the batch in one durable store
    /// write. The checkpoint is signed only here, right before the write, and only for a batch
    /// that extends what the store holds.
    fn persist(
        &self,
        old_size: u64,
        new_size: u64,
        root: Hash,
        entries: Vec<NewEntry>,
        tiles: Vec<TileWrite>,
    ) -> Result<(), NodeError> {
        let checkpoint = Checkpoint {
            origin: self.origin.clone(),
            size: new_size,
            root,
            extensions: Vec::new(),
        };
        let signed = sign_checkpoint(&checkpoint, &self.signer)
            .map_err(|e| NodeError::Damaged(format!("cannot sign the checkpoint: {e}")))?;
        self.store.append(&Batch {
            expected_size: old_size,
            entries,
            tiles,
            checkpoint: signed,
        })?;
        Ok(())
    }
}

/// Checks a batch against the agreement in force: parse and resolve every entry, verify all
/// signatures in one batch, then apply the rules in order (an amendment changes the rules for
/// the entries after it). Returns the accepted entries' positions and kinds, and a result per
/// entry.
fn check_entries(
    agreement: &mut AgreementState,
    engine: &mut State,
    first_index: u64,
    entries: &[Vec<u8>],
) -> (Accepted, Vec<Result<(), Refusal>>) {
    let resolved = resolve_and_verify_parallel(agreement, entries);
    let adopted_before = agreement.adopted_at;

    let mut accepted = Vec::new();
    let mut results = Vec::with_capacity(entries.len());
    for (i, (r, verified)) in resolved.into_iter().enumerate() {
        let index = first_index + accepted.len() as u64;
        let outcome = (|| -> Result<Kind, Refusal> {
            let entry = if agreement.adopted_at != adopted_before {
                // The agreement changed inside this batch: resolve against the new one.
                let entry = agreement.resolve(&entries[i])?;
                entry.verify_signatures()?;
                entry
            } else {
                let entry = r?;
                if !verified {
                    entry.verify_signatures()?;
                }
                entry
            };
            apply_checked(agreement, engine, index, &entry)?;
            Ok(entry.record.kind)
        })();
        match outcome {
            Ok(kind) => {
                accepted.push((i, kind));
                results.push(Ok(()));
            }
            Err(e) => results.push(Err(e)),
        }
    }
    (accepted, results)
}

/// Applies an entry whose signatures are known good: the agreement's authorship rules, then the
/// mechanism's rules; an amendment takes effect, for the entries after it, only once both said
/// yes. The writer, replay and audit all go through here, so they cannot drift apart.
pub(crate) fn apply_checked(
    agreement: &mut AgreementState,
    engine: &mut State,
    index: u64,
    entry: &ResolvedEntry,
) -> Result<(), Refusal> {
    let amended = agreement.authorize(entry)?;
    engine.apply(engine_input(index, entry, &signer_ids(entry)))?;
    if let Some(amended) = amended {
        *agreement = AgreementState::new(amended, index);
    }
    Ok(())
}

/// Checks the genesis entry (index 0) on its own and applies it to an empty engine state.
pub(crate) fn apply_genesis(entry: &[u8], engine: &mut State) -> Result<AgreementState, Refusal> {
    let state = check_genesis(entry)?;
    let resolved = state.resolve(entry)?;
    engine.apply(engine_input(0, &resolved, &signer_ids(&resolved)))?;
    Ok(state)
}

/// Distinct participant ids of an entry's signers, sorted.
fn signer_ids(entry: &ResolvedEntry) -> Vec<String> {
    let mut ids: Vec<String> = entry.keys.iter().map(|k| k.participant.clone()).collect();
    ids.sort();
    ids.dedup();
    ids
}

/// The engine's view of a checked entry.
fn engine_input<'a>(index: u64, entry: &'a ResolvedEntry, signers: &'a [String]) -> Input<'a> {
    Input {
        index,
        kind: entry.record.kind,
        time: entry.record.time,
        body: &entry.record.body,
        signers,
    }
}

/// Resolves and verifies `entries` against `agreement`, spread over the cores. Parsing and
/// signature checks are independent per entry, so the batch is split in parts, each resolved and
/// verified with one batch verification. Each result says whether its signatures are known good;
/// a part whose batch check failed must be checked entry by entry, so only bad entries are refused.
pub(crate) fn resolve_and_verify_parallel(
    agreement: &AgreementState,
    entries: &[Vec<u8>],
) -> Vec<(Result<ResolvedEntry, EntryError>, bool)> {
    let parts = parallelism(entries.len());
    let part_len = entries.len().div_ceil(parts).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = entries
            .chunks(part_len)
            .map(|part| scope.spawn(move || resolve_and_verify(agreement, part)))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("verification thread"))
            .collect()
    })
}

/// How many threads to check a batch of `n` entries with: small batches are not worth a thread.
fn parallelism(n: usize) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |c| c.get());
    cores.min(n / 16).clamp(1, 8)
}

/// Resolves a run of entries and verifies all their signatures in one batch. Each result says
/// whether its signatures are already known good.
fn resolve_and_verify(
    agreement: &AgreementState,
    entries: &[Vec<u8>],
) -> Vec<(Result<ResolvedEntry, EntryError>, bool)> {
    let resolved: Vec<Result<ResolvedEntry, EntryError>> =
        entries.iter().map(|e| agreement.resolve(e)).collect();
    let items: Vec<(&[u8], &[u8], &Verifier)> = resolved
        .iter()
        .filter_map(|r| r.as_ref().ok())
        .flat_map(|r| r.signatures())
        .collect();
    let all_good = verify_batch(&items).is_ok();
    resolved.into_iter().map(|r| (r, all_good)).collect()
}

/// Rebuilds the agreement in force and the mechanism's state from the first `size` stored
/// entries. Signatures were verified when the entries were appended and `truce audit` verifies
/// them again; a replay only resolves signers and applies the rules, which is what makes it fast.
pub fn replay<S: Store + ?Sized>(
    store: &S,
    size: u64,
    progress: impl FnMut(u64, u64),
) -> Result<(AgreementState, State), NodeError> {
    replay_in_chunks(store, size, 8192, progress)
}

/// [`replay`], `chunk` entries at a time. Two stages (`read_ahead`), as in the audit: a reader
/// thread reads chunk k+1 and parses it on all cores while this thread applies chunk k; a chunk
/// resolved under another agreement than the one in force is resolved again here.
pub(crate) fn replay_in_chunks<S: Store + ?Sized>(
    store: &S,
    size: u64,
    chunk: u64,
    mut progress: impl FnMut(u64, u64),
) -> Result<(AgreementState, State), NodeError> {
    let read = |start: u64, end: u64| -> Result<Vec<Vec<u8>>, NodeError> {
        let entries = store.entries(start, end)?;
        if entries.len() as u64 != end - start {
            return Err(NodeError::Damaged(format!(
                "entries {start}..{end} are not all stored"
            )));
        }
        Ok(entries.into_iter().map(|e| e.data).collect())
    };
    if size == 0 {
        return Err(NodeError::Damaged(
            "the log has no genesis at index 0".into(),
        ));
    }
    let mut engine = State::default();
    let first = read(0, chunk.min(size))?;
    let mut agreement = apply_genesis(&first[0], &mut engine)
        .map_err(|err| NodeError::Damaged(format!("entry 0: {err}")))?;
    apply_one_by_one(&mut agreement, &mut engine, 1, &first[1..])?;
    let mut done = first.len() as u64;
    progress(done, size);

    read_ahead(
        done,
        size,
        chunk,
        agreement.clone(),
        read,
        |agreement, entries| {
            let resolved = resolve_parallel(agreement, entries);
            let amends = resolved
                .iter()
                .any(|r| r.as_ref().is_ok_and(changes_agreement));
            (resolved, amends)
        },
        |c| {
            let fast = !c.amends
                && c.under == agreement.adopted_at
                && c.prepared.iter().all(Result::is_ok);
            if fast {
                for (i, r) in c.prepared.into_iter().enumerate() {
                    let index = c.first + i as u64;
                    let r = r.expect("the fast path has only resolved entries");
                    apply_checked(&mut agreement, &mut engine, index, &r)
                        .map_err(|err| NodeError::Damaged(format!("entry {index}: {err}")))?;
                }
            } else {
                apply_one_by_one(&mut agreement, &mut engine, c.first, &c.entries)?;
            }
            done += c.entries.len() as u64;
            progress(done, size);
            Ok(c.amends.then(|| agreement.clone()))
        },
    )?;
    Ok((agreement, engine))
}

/// Whether an entry changes the agreement for the entries after it (read-ahead work done under
/// the old one must then be redone).
pub(crate) fn changes_agreement(entry: &ResolvedEntry) -> bool {
    entry.record.kind == Kind::AMEND || entry.record.kind == Kind::GENESIS
}

/// Resolves and applies entries from index `first` one at a time, each under the agreement in
/// force at its position.
fn apply_one_by_one(
    agreement: &mut AgreementState,
    engine: &mut State,
    first: u64,
    entries: &[Vec<u8>],
) -> Result<(), NodeError> {
    for (i, e) in entries.iter().enumerate() {
        let index = first + i as u64;
        let damaged = |what: String| NodeError::Damaged(format!("entry {index}: {what}"));
        let resolved = agreement
            .resolve(e)
            .map_err(|err| damaged(err.to_string()))?;
        apply_checked(agreement, engine, index, &resolved)
            .map_err(|err| damaged(err.to_string()))?;
    }
    Ok(())
}

/// Resolves a run of entries on all cores (no signature checks).
fn resolve_parallel(
    agreement: &AgreementState,
    entries: &[Vec<u8>],
) -> Vec<Result<ResolvedEntry, EntryError>> {
    let parts = parallelism(entries.len());
    let part_len = entries.len().div_ceil(parts).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = entries
            .chunks(part_len)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|e| agreement.resolve(e))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("resolving thread"))
            .collect()
    })
}

/// Rebuilds the agreement in force at `size` from the store's agreement records, checking each.
pub fn agreement_at<S: Store + ?Sized>(store: &S, size: u64) -> Result<AgreementState, NodeError> {
    let records = store.entries_of_kinds(&Kind::AGREEMENT_KINDS)?;
    let mut it = records.into_iter().filter(|e| e.index < size);
    let genesis = it
        .next()
        .filter(|e| e.index == 0)
        .ok_or_else(|| NodeError::Damaged("the log has no genesis at index 0".into()))?;
    let mut state = check_genesis(&genesis.data)
        .map_err(|e| NodeError::Damaged(format!("entry 0 (genesis): {e}")))?;
    for e in it {
        state
            .apply(e.index, &e.data)
            .map_err(|err| NodeError::Damaged(format!("entry {}: {err}", e.index)))?;
    }
    Ok(state)
}

/// The partial (right-edge) hash tiles of a tree of `size`, one per level at most.
fn right_edge(
    size: u64,
    mut tile: impl FnMut(u8, u64) -> Result<Vec<Hash>, NodeError>,
) -> Result<HashMap<(u8, u64), Vec<Hash>>, NodeError> {
    let mut edge = HashMap::new();
    let mut level_size = size;
    let mut level = 0u8;
    while level_size > 0 {
        let index = level_size / 256;
        if !level_size.is_multiple_of(256) {
            edge.insert((level, index), tile(level, index)?);
        }
        level_size /= 256;
        level += 1;
    }
    Ok(edge)
}

/// Splits stored tile bytes into hashes.
pub fn bytes_to_hashes(data: &[u8]) -> Result<Vec<Hash>, NodeError> {
    truce_tlog::tile::bytes_to_hashes(data).map_err(|e| NodeError::Damaged(e.to_string()))
}

/// Read-side operations that need no writer: proofs and the verified head.
impl<S: Store> LogNode<S> {
    /// The latest checkpoint, verified with the log key.
    pub fn checkpoint(&self) -> Result<(Checkpoint, Vec<u8>), NodeError> {
        latest_checkpoint(&self.store, &self.signer.verifier())
    }
}

/// The latest stored checkpoint, verified with `log`.
pub fn latest_checkpoint<S: Store + ?Sized>(
    store: &S,
    log: &Verifier,
) -> Result<(Checkpoint, Vec<u8>), NodeError> {
    let head = store.head()?.ok_or(NodeError::NotInitialised)?;
    let cp = open_checkpoint(&head.checkpoint, log)
        .map_err(|e| NodeError::Damaged(format!("the stored checkpoint does not verify: {e}")))?;
    Ok((cp, head.checkpoint))
}

/// A hash reader over the store's tiles for a tree of `size`.
#[allow(clippy::type_complexity)] // an `impl Fn` cannot be named in a type alias on stable
pub fn tile_reader<S: Store + ?Sized>(
    store: &S,
    size: u64,
) -> TileHashReader<impl Fn(u8, u64) -> Result<Option<Vec<u8>>, TileError> + '_> {
    TileHashReader::new(size, move |level, index| {
        store
            .tile(level, index)
            .map_err(|e| TileError::Storage(e.to_string()))
    })
}

/// Proves that entry `index` is in the tree of `size` (default: the latest checkpoint).
pub fn prove_inclusion<S: Store + ?Sized>(
    store: &S,
    log: &Verifier,
    index: u64,
    size: Option<u64>,
) -> Result<InclusionProof, NodeError> {
    let (cp, _) = latest_checkpoint(store, log)?;
    let size = size.unwrap_or(cp.size);
    if size > cp.size || size == 0 {
        return Err(NodeError::BadRequest(format!(
            "the tree size must be between 1 and {} (the latest checkpoint)",
            cp.size
        )));
    }
    if index >= size {
        return Err(NodeError::BadRequest(format!(
            "entry {index} is not in a tree of {size} entries; indices run from 0 to {}",
            size - 1
        )));
    }
    let reader = tile_reader(store, cp.size);
    let proof = tree::inclusion_proof(index, size, &reader)
        .map_err(|e| NodeError::Damaged(e.to_string()))?;
    let root = tree::root_hash(size, &reader).map_err(|e| NodeError::Damaged(e.to_string()))?;
    let leaf = tree::HashReader::read_hash(&reader, 0, index)
        .map_err(|e| NodeError::Damaged(e.to_string()))?;
    Ok(InclusionProof {
        index,
        tree_size: size,
        leaf_hash: leaf.to_base64(),
        root_hash: root.to_base64(),
        proof: proof.iter().map(Hash::to_base64).collect(),
    })
}

/// Proves that the tree of `old` entries is a prefix of the tree of `new` entries.
pub fn prove_consistency<S: Store + ?Sized>(
    store: &S,
    log: &Verifier,
    old: u64,
    new: u64,
) -> Result<ConsistencyProof, NodeError> {
    let (cp, _) = latest_checkpoint(store, log)?;
    if old > new || new > cp.size {
        return Err(NodeError::BadRequest(format!(
            "sizes must satisfy 0 <= OLD <= NEW <= {} (the latest checkpoint); got {old} and {new}",
            cp.size
        )));
    }
    let reader = tile_reader(store, cp.size);
    let proof = tree::consistency_proof(old, new, &reader)
        .map_err(|e| NodeError::Damaged(e.to_string()))?;
    let old_root = tree::root_hash(old, &reader).map_err(|e| NodeError::Damaged(e.to_string()))?;
    let new_root = tree::root_hash(new, &reader).map_err(|e| NodeError::Damaged(e.to_string()))?;
    Ok(ConsistencyProof {
        old_size: old,
        new_size: new,
        old_root: old_root.to_base64(),
        new_root: new_root.to_base64(),
        proof: proof.iter().map(Hash::to_base64).collect(),
    })
}
