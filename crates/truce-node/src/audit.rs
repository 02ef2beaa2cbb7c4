//! Re-verifies a whole log from scratch: every entry against the agreement in force at its
//! position, every hash tile, and the checkpoint. The same code audits a node's store and an
//! exported tile mirror, through [`LogSource`].

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use truce_core::authority::{AgreementState, EntryError, ResolvedEntry};
use truce_core::kinds::Kind;
use truce_store::Store;
use truce_tlog::checkpoint::{Checkpoint, open_checkpoint};
use truce_tlog::hash::{Hash, leaf_hash};
use truce_tlog::note::{Note, Verifier};
use truce_tlog::tile::{TileId, decode_bundle, integrate, tiles_for_size};

use crate::NodeError;
use crate::Refusal;
use crate::node::{
    apply_checked, apply_genesis, bytes_to_hashes, changes_agreement, resolve_and_verify_parallel,
};
use crate::read_ahead::{Chunk, read_ahead};
use truce_engine::State;

/// Where an audit reads a log from. `Sync` because the audit reads ahead on another thread.
pub trait LogSource: Sync {
    /// The signed checkpoint note.
    fn checkpoint(&self) -> Result<Vec<u8>, NodeError>;
    /// The entries with indices `start..end`; fewer means the source lacks them. Data that
    /// cannot be read as entries is an [`AuditFailure::Entry`] naming the first index affected.
    fn entries(&self, start: u64, end: u64) -> Result<Vec<Vec<u8>>, AuditFailure>;
    /// The hash tile `level`/`index` of width `width`, if the source has it.
    fn hash_tile(&self, level: u8, index: u64, width: u16) -> Result<Option<Vec<u8>>, NodeError>;
    /// Names the source in messages.
    fn describe(&self) -> String;
}

/// A store as an audit source.
pub struct StoreSource<'a, S: Store + ?Sized>(pub &'a S);

impl<S: Store + ?Sized> LogSource for StoreSource<'_, S> {
    fn checkpoint(&self) -> Result<Vec<u8>, NodeError> {
        Ok(self.0.head()?.ok_or(NodeError::NotInitialised)?.checkpoint)
    }
    fn entries(&self, start: u64, end: u64) -> Result<Vec<Vec<u8>>, AuditFailure> {
        let stored = self.0.entries(start, end).map_err(NodeError::from)?;
        let mut out = Vec::with_capacity(stored.len());
        for (i, e) in stored.into_iter().enumerate() {
            if e.index != start + i as u64 {
                // A gap: report what is there up to it, the audit names the missing index.
                break;
            }
            out.push(e.data);
        }
        Ok(out)
    }
    fn hash_tile(&self, level: u8, index: u64, _width: u16) -> Result<Option<Vec<u8>>, NodeError> {
        Ok(self.0.tile(level, index)?)
    }
    fn describe(&self) -> String {
        self.0.describe()
    }
}

/// An exported C2SP tlog-tiles directory as an audit source.
pub struct TileDirSource {
    root: PathBuf,
}

impl TileDirSource {
    /// Reads the mirror at `root`.
    pub fn new(root: &Path) -> TileDirSource {
        TileDirSource {
            root: root.to_path_buf(),
        }
    }

    fn read(&self, rel: &str) -> Result<Option<Vec<u8>>, NodeError> {
        match std::fs::read(self.root.join(rel)) {
            Ok(b) => Ok(Some(b)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(NodeError::Io(format!(
                "cannot read {}: {e}",
                self.root.join(rel).display()
            ))),
        }
    }
}

impl LogSource for TileDirSource {
    fn checkpoint(&self) -> Result<Vec<u8>, NodeError> {
        self.read("checkpoint")?.ok_or_else(|| {
            NodeError::Io(format!(
                "{} has no checkpoint file; is it a directory written by 'truce log export'?",
                self.root.display()
            ))
        })
    }
    fn entries(&self, start: u64, end: u64) -> Result<Vec<Vec<u8>>, AuditFailure> {
        // Reads whole bundles; `start` is aligned to 256 by the audit.
        let mut out = Vec::new();
        let mut next = start;
        while next < end {
            let index = next / 256;
            let width = (end - index * 256).min(256) as u16;
            let id = TileId {
                level: 0,
                index,
                width,
            };
            let Some(data) = self.read(&id.entries_path())? else {
                break;
            };
            let entries = decode_bundle(&data).map_err(|e| AuditFailure::Entry {
                index: index * 256,
                what: format!("the entry bundle {} cannot be read: {e}", id.entries_path()),
            })?;
            let skip = (next - index * 256) as usize;
            for e in entries.into_iter().skip(skip) {
                if next >= end {
                    break;
                }
                out.push(e.to_vec());
                next += 1;
            }
            if next < (index + 1) * 256 && next < end {
                break;
            }
        }
        Ok(out)
    }
    fn hash_tile(&self, level: u8, index: u64, width: u16) -> Result<Option<Vec<u8>>, NodeError> {
        self.read(
            &TileId {
                level,
                index,
                width,
            }
            .path(),
        )
    }
    fn describe(&self) -> String {
        self.root.display().to_string()
    }
}

/// What a clean audit saw.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct AuditReport {
    /// Entries checked.
    pub size: u64,
    /// The verified root hash, base64.
    pub root_hash: String,
    /// The log origin.
    pub origin: String,
    /// Number of agreement amendments in force over the log's life.
    pub amendments: u64,
    /// Entries per kind.
    pub kinds: std::collections::BTreeMap<String, u64>,
    /// Digest of the mechanism's state rebuilt from the entries (the same on every store and
    /// mirror holding the same log).
    pub state_digest: String,
}

/// The first thing an audit found wrong.
#[derive(Debug, thiserror::Error)]
pub enum AuditFailure {
    /// An entry (or the hashes over it) is wrong.
    #[error("entry {index}: {what}")]
    Entry {
        /// The first bad index.
        index: u64,
        /// What is wrong.
        what: String,
    },
    /// The checkpoint is wrong.
    #[error("checkpoint: {0}")]
    Checkpoint(String),
    /// The source could not be read.
    #[error(transparent)]
    Source(#[from] NodeError),
}

/// Entries read and checked per step; aligned with tiles so mirrors read whole bundles.
const CHUNK: u64 = 4096;

/// Audits `source`. `log_key`, when given, is the verifier key the auditor trusts for the log;
/// otherwise the key named by the log's own genesis is used (and must match the checkpoint).
pub fn audit(
    source: &dyn LogSource,
    log_key: Option<&Verifier>,
    progress: impl FnMut(u64, u64),
) -> Result<AuditReport, AuditFailure> {
    audit_in_chunks(source, log_key, CHUNK, progress)
}

/// [`audit`], reading `chunk` entries at a time (tests use small chunks to cross their edges).
fn audit_in_chunks(
    source: &dyn LogSource,
    log_key: Option<&Verifier>,
    chunk: u64,
    mut progress: impl FnMut(u64, u64),
) -> Result<AuditReport, AuditFailure> {
    let cp_bytes = source.checkpoint()?;
    let unverified = unverified_checkpoint(&cp_bytes)?;
    let size = unverified.size;
    if size == 0 {
        return Err(AuditFailure::Checkpoint(
            "the checkpoint is for an empty log; a truce log starts with its genesis".into(),
        ));
    }
    if let Some(key) = log_key {
        // A key for another log cannot have signed this checkpoint; say so rather than only
        // that no signature verifies.
        if key.name().as_str() != unverified.origin {
            return Err(AuditFailure::Checkpoint(format!(
                "its origin is \"{}\", but the key given is for the log \"{}\"; pass this log's verifier key (as printed by 'truce vkey' on its node)",
                unverified.origin,
                key.name().as_str()
            )));
        }
        open_checkpoint(&cp_bytes, key).map_err(|e| AuditFailure::Checkpoint(e.to_string()))?;
    }

    let mut report = AuditReport {
        size,
        root_hash: String::new(),
        origin: unverified.origin.clone(),
        amendments: 0,
        kinds: Default::default(),
        state_digest: String::new(),
    };

    // The first chunk holds the genesis, which says who may sign what: it is checked here,
    // before anything can be read ahead.
    let first = read_chunk(source, 0, chunk.min(size), size)?;
    let mut engine = State::default();
    let state = apply_genesis(&first[0], &mut engine).map_err(|e| AuditFailure::Entry {
        index: 0,
        what: format!("the genesis is not valid: {e}"),
    })?;
    let mut rebuild = Rebuild {
        state,
        engine,
        edge: HashMap::new(),
        root: Hash([0; 32]),
        done: 0,
        kinds: HashMap::from([(Kind::GENESIS, 1)]),
    };
    let leaves: Vec<Hash> = first.iter().map(|e| leaf_hash(e)).collect();
    let mut rest = first;
    rest.remove(0); // the genesis, applied above
    let (verified, amends) = check(&rebuild.state, &rest);
    let genesis_chunk = Chunk {
        first: 1,
        entries: rest,
        prepared: verified,
        amends,
        under: rebuild.state.adopted_at,
    };
    rebuild.absorb(source, genesis_chunk, leaves)?;
    progress(rebuild.done, size);

    // Two stages (`read_ahead`): a reader thread reads chunk k+1, hashes its leaves and checks
    // its signatures (on all cores) while this thread applies chunk k to the agreement and the
    // mechanism's rules and builds the tree.
    read_ahead(
        rebuild.done,
        size,
        chunk,
        rebuild.state.clone(),
        |start, end| read_chunk(source, start, end, size),
        |agreement, entries| {
            let (verified, amends) = check(agreement, entries);
            let leaves: Vec<Hash> = entries.iter().map(|e| leaf_hash(e)).collect();
            ((verified, leaves), amends)
        },
        |c| {
            let amends = c.amends;
            let (c, leaves) = c.unzip();
            rebuild.absorb(source, c, leaves)?;
            progress(rebuild.done, size);
            Ok(amends.then(|| rebuild.state.clone()))
        },
    )?;
    let Rebuild {
        state,
        engine,
        mut edge,
        root,
        kinds,
        ..
    } = rebuild;
    for (k, n) in kinds {
        if k == Kind::AMEND {
            report.amendments += n;
        }
        report.kinds.insert(k.as_str().to_string(), n);
    }

    // The partial tiles at the right edge.
    for id in tiles_for_size(size) {
        if u64::from(id.width) < 256 {
            let hashes = edge.remove(&(id.level, id.index)).ok_or_else(|| {
                AuditFailure::Checkpoint(format!("internal: no computed tile {}", id.path()))
            })?;
            compare_tile(source, id.level, id.index, &hashes)?;
        }
    }

    let log = state
        .agreement()
        .log_verifier()
        .map_err(|e| AuditFailure::Entry {
            index: 0,
            what: e.to_string(),
        })?;
    if let Some(key) = log_key
        && key.to_vkey() != log.to_vkey()
    {
        return Err(AuditFailure::Checkpoint(format!(
            "the log's agreement names the log key {}, not {} as given",
            log.to_vkey(),
            key.to_vkey()
        )));
    }
    let cp =
        open_checkpoint(&cp_bytes, &log).map_err(|e| AuditFailure::Checkpoint(e.to_string()))?;
    if cp.root != root {
        return Err(AuditFailure::Checkpoint(format!(
            "it gives root {} for {size} entries, but the entries hash to {}; the log was rewritten or the checkpoint forked",
            cp.root.to_base64(),
            root.to_base64()
        )));
    }
    report.root_hash = root.to_base64();
    report.state_digest = engine.digest();
    Ok(report)
}

/// Reads the checkpoint body without verifying it (only to learn the size to read).
fn unverified_checkpoint(bytes: &[u8]) -> Result<Checkpoint, AuditFailure> {
    let note = Note::parse(bytes).map_err(|e| AuditFailure::Checkpoint(e.to_string()))?;
    Checkpoint::parse(note.text()).map_err(|e| AuditFailure::Checkpoint(e.to_string()))
}

fn compare_tile(
    source: &dyn LogSource,
    level: u8,
    index: u64,
    computed: &[Hash],
) -> Result<(), AuditFailure> {
    let width = computed.len() as u16;
    let first_leaf = index * 256u64.pow(u32::from(level)) * 256;
    let stored = source
        .hash_tile(level, index, width)?
        .ok_or_else(|| AuditFailure::Entry {
            index: first_leaf,
            what: format!("hash tile {level}/{index} (width {width}) is missing"),
        })?;
    let stored = bytes_to_hashes(&stored).map_err(|e| AuditFailure::Entry {
        index: first_leaf,
        what: e.to_string(),
    })?;
    if stored.len() != computed.len() {
        return Err(AuditFailure::Entry {
            index: first_leaf,
            what: format!(
                "hash tile {level}/{index} holds {} hashes where the log has {}",
                stored.len(),
                computed.len()
            ),
        });
    }
    if let Some(k) = stored.iter().zip(computed).position(|(a, b)| a != b) {
        let span = 256u64.pow(u32::from(level));
        return Err(AuditFailure::Entry {
            index: first_leaf + k as u64 * span,
            what: format!(
                "the stored hash (tile {level}/{index}, position {k}) does not match the entries; an entry was changed, removed or reordered"
            ),
        });
    }
    Ok(())
}

/// An audit's words for a refused entry.
fn describe(refusal: Refusal) -> String {
    match refusal {
        Refusal::Rules(e) => format!("the mechanism's rules refuse it: {e}"),
        other => other.to_string(),
    }
}

/// Reads entries `start..end` of a log of `size`, all of them or a failure naming the first
/// one missing.
fn read_chunk(
    source: &dyn LogSource,
    start: u64,
    end: u64,
    size: u64,
) -> Result<Vec<Vec<u8>>, AuditFailure> {
    let entries = source.entries(start, end)?;
    if (entries.len() as u64) < end - start {
        return Err(AuditFailure::Entry {
            index: start + entries.len() as u64,
            what: format!(
                "missing from {} although the checkpoint covers {size} entries",
                source.describe()
            ),
        });
    }
    Ok(entries)
}

/// What the audit has rebuilt so far.
struct Rebuild {
    /// The agreement in force.
    state: AgreementState,
    /// The mechanism's state.
    engine: State,
    /// Hash tiles not yet full, by (level, index).
    edge: HashMap<(u8, u64), Vec<Hash>>,
    /// The root over the entries so far.
    root: Hash,
    /// Entries done.
    done: u64,
    /// Entries per kind.
    kinds: HashMap<Kind, u64>,
}

impl Rebuild {
    /// Takes in the next chunk: applies its entries (in the first chunk, all but the genesis)
    /// and builds the tree over `leaves` (all the chunk's entries, the genesis included).
    fn absorb(
        &mut self,
        source: &dyn LogSource,
        chunk: Chunk<Verified>,
        leaves: Vec<Hash>,
    ) -> Result<(), AuditFailure> {
        for k in apply_chunk(&mut self.state, &mut self.engine, chunk)? {
            *self.kinds.entry(k).or_default() += 1;
        }
        let edge = &self.edge;
        let integration = integrate(self.done, |l, i| Ok(edge.get(&(l, i)).cloned()), &leaves)
            .map_err(|e| AuditFailure::Entry {
                index: self.done,
                what: format!("cannot build the tree: {e}"),
            })?;
        for (level, index, hashes) in integration.tiles {
            if hashes.len() == 256 {
                self.edge.remove(&(level, index));
                compare_tile(source, level, index, &hashes)?;
            } else {
                self.edge.insert((level, index), hashes);
            }
        }
        self.root = integration.root;
        self.done += leaves.len() as u64;
        Ok(())
    }
}

/// Entries resolved and batch-verified, each with whether its signatures are known good.
type Verified = Vec<(Result<ResolvedEntry, EntryError>, bool)>;

/// Resolves and batch-verifies entries under `agreement`; says whether they change it.
fn check(agreement: &AgreementState, entries: &[Vec<u8>]) -> (Verified, bool) {
    let verified = resolve_and_verify_parallel(agreement, entries);
    let amends = verified
        .iter()
        .any(|(r, _)| r.as_ref().is_ok_and(changes_agreement));
    (verified, amends)
}

/// Applies a checked chunk to the agreement and the mechanism's state; returns the entries'
/// kinds.
fn apply_chunk(
    state: &mut AgreementState,
    engine: &mut State,
    chunk: Chunk<Verified>,
) -> Result<Vec<Kind>, AuditFailure> {
    let fail = |index: u64, what: String| AuditFailure::Entry { index, what };
    let mut kinds = Vec::with_capacity(chunk.entries.len());
    // Checked under the agreement still in force, with no amendment among them and every
    // signature good.
    let fast = !chunk.amends
        && chunk.under == state.adopted_at
        && chunk
            .prepared
            .iter()
            .all(|(r, verified)| *verified && r.is_ok());
    if fast {
        for (i, (r, _)) in chunk.prepared.into_iter().enumerate() {
            let r = r.expect("the fast path has only resolved entries");
            let at = chunk.first + i as u64;
            apply_checked(state, engine, at, &r).map_err(|e| fail(at, describe(e)))?;
            kinds.push(r.record.kind);
        }
    } else {
        // Amendments change the rules part-way, and a failed batch must name its bad entry:
        // both are checked one by one under the agreement in force at each entry.
        for (i, e) in chunk.entries.iter().enumerate() {
            let at = chunk.first + i as u64;
            let r = state.resolve(e).map_err(|err| fail(at, err.to_string()))?;
            r.verify_signatures()
                .map_err(|err| fail(at, err.to_string()))?;
            apply_checked(state, engine, at, &r).map_err(|err| fail(at, describe(err)))?;
            kinds.push(r.record.kind);
        }
    }
    Ok(kinds)
}

#[cfg(test)]
mod tests {
    use truce_store_sqlite::SqliteStore;
    use truce_tlog::note::{KeyName, Signer};

    use super::*;
    use crate::LogNode;
    use crate::testkit::{Mechanism, report_body};

    /// A log whose agreement is amended part-way to give the monitor a second key, which then
    /// signs reports: the audit's and the replay's read-ahead must take those under the amended
    /// agreement.
    #[test]
    fn reads_ahead_across_an_amendment_that_adds_a_key() {
        let m = Mechanism::new(9);
        let dir = tempfile::TempDir::new().unwrap();
        let node = LogNode::open(
            SqliteStore::open(&dir.path().join("log.db")).unwrap(),
            m.log.clone(),
            None,
        )
        .unwrap();
        node.init(&m.genesis).unwrap();
        let submit = |entries: Vec<Vec<u8>>| {
            for r in node.submit_batch(&entries).unwrap() {
                r.unwrap();
            }
        };
        submit((0..21).map(|n| m.report(n)).collect());

        let second = Signer::from_seed(KeyName::new("monitor-2").unwrap(), [42; 32]);
        let mut amended = m.agreement.to_json();
        for p in amended["participants"].as_array_mut().unwrap() {
            if p["role"] == "monitor" {
                let keys = p["keys"].as_array_mut().unwrap();
                keys.push(second.verifier().to_vkey().into());
            }
        }
        let quorum = [
            &m.parties[0],
            &m.parties[1],
            &m.facilitators[0],
            &m.facilitators[1],
        ];
        let amendment = m.entry(&quorum, "agreement.amend", amended);
        let by_second = |n| m.entry(&[&second], "incident.report", report_body(n, Some("a")));
        // The amendment and the new key's first report in one batch, more after it.
        submit(vec![amendment, by_second(100)]);
        submit((101..130).map(by_second).collect());

        let source = StoreSource(node.store());
        let whole = audit(&source, None, |_, _| {}).unwrap();
        assert_eq!(whole.size, 1 + 21 + 2 + 29);
        assert_eq!(whole.amendments, 1);
        // Chunks of every small size: the amendment lands at each place in a chunk, and the
        // reader is ahead of it or waiting for it.
        for chunk in 1..12 {
            let small = audit_in_chunks(&source, None, chunk, |_, _| {}).unwrap();
            assert_eq!(small, whole, "chunks of {chunk}");
        }
        // A replay (the views' path, without signature checks) reads ahead the same way and
        // rebuilds the same state.
        for chunk in [1, 2, 3, 5, 8, 13, 8192] {
            let (agreement, state) =
                crate::node::replay_in_chunks(node.store(), whole.size, chunk, |_, _| {}).unwrap();
            assert_eq!(state.digest(), whole.state_digest, "chunks of {chunk}");
            assert_eq!(agreement.adopted_at, 22, "chunks of {chunk}");
        }

        // Checked under the agreement before the amendment, the second key is unknown: the
        // read-ahead must not have used a stale agreement (or this would pass unnoticed).
        let (stale, _) = check(
            &crate::node::replay(node.store(), 22, |_, _| {}).unwrap().0,
            &node.store().entries(23, 24).unwrap()[0..1]
                .iter()
                .map(|e| e.data.clone())
                .collect::<Vec<_>>(),
        );
        assert!(stale[0].0.is_err());
    }
}
