//! Writes a static C2SP tlog-tiles tree (`checkpoint`, `tile/L/N[.p/W]`, `tile/entries/N[.p/W]`)
//! that any web server can serve and `truce audit --tiles` can check.

use std::path::Path;

use truce_store::Store;
use truce_tlog::tile::{TileId, encode_bundle, tiles_for_size};

use crate::NodeError;

/// What an export wrote.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct ExportReport {
    /// Tree size of the exported checkpoint.
    pub size: u64,
    /// Hash tiles written.
    pub hash_tiles: u64,
    /// Entry bundles written.
    pub entry_bundles: u64,
}

/// Exports the log at its latest checkpoint into `dir`. Files are written to a temporary name
/// and renamed, and the checkpoint last, so a reader never sees a checkpoint without its tiles.
pub fn export<S: Store + ?Sized>(
    store: &S,
    dir: &Path,
    mut progress: impl FnMut(u64, u64),
) -> Result<ExportReport, NodeError> {
    let head = store.head()?.ok_or(NodeError::NotInitialised)?;
    let size = head.size;
    let tiles = tiles_for_size(size);
    let total = tiles.len() as u64;
    let mut report = ExportReport {
        size,
        hash_tiles: 0,
        entry_bundles: 0,
    };
    for (n, id) in tiles.iter().enumerate() {
        let data = store.tile(id.level, id.index)?.ok_or_else(|| {
            NodeError::Damaged(format!("hash tile {}/{} is missing", id.level, id.index))
        })?;
        let want = usize::from(id.width) * 32;
        if data.len() < want {
            return Err(NodeError::Damaged(format!(
                "hash tile {}/{} has {} hashes, fewer than the {} the checkpoint needs",
                id.level,
                id.index,
                data.len() / 32,
                id.width
            )));
        }
        write_atomic(dir, &id.path(), &data[..want])?;
        report.hash_tiles += 1;
        if id.level == 0 {
            write_bundle(store, dir, id)?;
            report.entry_bundles += 1;
        }
        progress(n as u64 + 1, total);
    }
    write_atomic(dir, "checkpoint", &head.checkpoint)?;
    Ok(report)
}

fn write_bundle<S: Store + ?Sized>(store: &S, dir: &Path, id: &TileId) -> Result<(), NodeError> {
    let start = id.index * 256;
    let end = start + u64::from(id.width);
    let entries = store.entries(start, end)?;
    if entries.len() as u64 != end - start {
        return Err(NodeError::Damaged(format!(
            "entries {start}..{end} are not all stored"
        )));
    }
    let refs: Vec<&[u8]> = entries.iter().map(|e| e.data.as_slice()).collect();
    let bundle = encode_bundle(&refs).map_err(|e| NodeError::Damaged(e.to_string()))?;
    write_atomic(dir, &id.entries_path(), &bundle)
}

fn write_atomic(dir: &Path, rel: &str, data: &[u8]) -> Result<(), NodeError> {
    let path = dir.join(rel);
    let io = |what: &str, e: std::io::Error| {
        NodeError::Io(format!(
            "cannot {what} {}: {e}; check that the directory is writable",
            path.display()
        ))
    };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| io("create the folder for", e))?;
    }
    let tmp = path.with_extension("tmp-truce");
    std::fs::write(&tmp, data).map_err(|e| io("write", e))?;
    std::fs::rename(&tmp, &path).map_err(|e| io("rename into place", e))?;
    Ok(())
}
