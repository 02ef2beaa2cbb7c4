//! Re-verifies a whole log from scratch: every entry against the agreement in force at its
//! position, every hash tile, and the checkpoint. The same code audits a node's store and an
//! exported tile mirror, through [`LogSource`].

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use truce_core::authority::AgreementState;
use truce_core::kinds::Kind;
use truce_store::Store;
use truce_tlog::checkpoint::{Checkpoint, open_checkpoint};
use truce_tlog::hash::{Hash, leaf_hash};
use truce_tlog::note::{Note, Verifier};
use truce_tlog::tile::{TileId, decode_bundle, integrate, tiles_for_size};

use crate::NodeError;
use crate::Refusal;
use crate::node::{apply_checked, apply_genesis, bytes_to_hashes, resolve_and_verify_parallel};
use truce_engine::State;

/// Where an audit reads a log from.
pub trait LogSource {
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

    let mut state: Option<AgreementState> = None;
    let mut engine = State::default();
    let mut edge: HashMap<(u8, u64), Vec<Hash>> = HashMap::new();
    let mut report = AuditReport {
        size,
        root_hash: String::new(),
        origin: unverified.origin.clone(),
        amendments: 0,
        kinds: Default::default(),
        state_digest: String::new(),
    };
    let mut done = 0u64;
    let mut root = Hash([0; 32]);
    while done < size {
        let end = (done + CHUNK).min(size);
        let entries = source.entries(done, end)?;
        if (entries.len() as u64) < end - done {
            return Err(AuditFailure::Entry {
                index: done + entries.len() as u64,
                what: format!(
                    "missing from {} although the checkpoint covers {size} entries",
                    source.describe()
                ),
            });
        }
        let kinds = check_chunk(&mut state, &mut engine, done, &entries)?;
        for k in kinds {
            if k == Kind::AMEND {
                report.amendments += 1;
            }
            *report.kinds.entry(k.as_str().to_string()).or_default() += 1;
        }
        let leaves: Vec<Hash> = entries.iter().map(|e| leaf_hash(e)).collect();
        let integration =
            integrate(done, |l, i| Ok(edge.get(&(l, i)).cloned()), &leaves).map_err(|e| {
                AuditFailure::Entry {
                    index: done,
                    what: format!("cannot build the tree: {e}"),
                }
            })?;
        for (level, index, hashes) in integration.tiles {
            if hashes.len() == 256 {
                edge.remove(&(level, index));
                compare_tile(source, level, index, &hashes)?;
            } else {
                edge.insert((level, index), hashes);
            }
        }
        root = integration.root;
        done = end;
        progress(done, size);
    }
    // The partial tiles at the right edge.
    for id in tiles_for_size(size) {
        if u64::from(id.width) < 256 {
            let hashes = edge.get(&(id.level, id.index)).ok_or_else(|| {
                AuditFailure::Checkpoint(format!("internal: no computed tile {}", id.path()))
            })?;
            compare_tile(source, id.level, id.index, hashes)?;
        }
    }

    let state = state.expect("size > 0 means the genesis was read");
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

/// Checks one chunk of entries starting at `first`, advancing the agreement state.
fn check_chunk(
    state: &mut Option<AgreementState>,
    engine: &mut State,
    first: u64,
    entries: &[Vec<u8>],
) -> Result<Vec<Kind>, AuditFailure> {
    let fail = |index: u64, what: String| AuditFailure::Entry { index, what };
    let mut kinds = Vec::with_capacity(entries.len());
    let mut rest = entries;
    let mut index = first;
    if state.is_none() {
        let genesis = apply_genesis(&entries[0], engine)
            .map_err(|e| fail(0, format!("the genesis is not valid: {e}")))?;
        *state = Some(genesis);
        kinds.push(Kind::GENESIS);
        rest = &entries[1..];
        index += 1;
    }
    let state = state.as_mut().expect("set above");
    // Fast path: resolve and batch-verify everything on all cores. Amendments change the rules
    // part-way, and a failed batch must name its bad entry: both fall back to one by one.
    let checked = resolve_and_verify_parallel(state, rest);
    let fast = checked.iter().all(|(r, verified)| {
        *verified
            && r.as_ref()
                .is_ok_and(|r| r.record.kind != Kind::AMEND && r.record.kind != Kind::GENESIS)
    });
    if fast {
        for (i, (r, _)) in checked.into_iter().enumerate() {
            let r = r.expect("the fast path has only resolved entries");
            let at = index + i as u64;
            apply_checked(state, engine, at, &r).map_err(|e| fail(at, describe(e)))?;
            kinds.push(r.record.kind);
        }
    } else {
        for (i, e) in rest.iter().enumerate() {
            let at = index + i as u64;
            // Resolve, verify and authorise under the agreement in force, apply the rules, and
            // only then let an amendment change the agreement for what follows.
            let r = state.resolve(e).map_err(|err| fail(at, err.to_string()))?;
            r.verify_signatures()
                .map_err(|err| fail(at, err.to_string()))?;
            apply_checked(state, engine, at, &r).map_err(|err| fail(at, describe(err)))?;
            kinds.push(r.record.kind);
        }
    }
    Ok(kinds)
}
