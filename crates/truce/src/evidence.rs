//! Evidence files: kept in the data folder under their SHA-256 (`DATA/evidence/<sha256>`), and
//! referenced from the log by that hash. A restricted file can be disclosed later and anyone can
//! prove it is the one the log recorded by hashing it.

use std::io::Read;
use std::path::Path;

use jiff::Timestamp;
use serde_json::json;
use sha2::{Digest, Sha256};
use truce_core::kinds::Kind;
use truce_core::record::{format_time, parse_time};

use crate::cli::{EvidenceCommand, Global};
use crate::commands::{append_entries, build_entry};
use crate::failure::{CliResult, Failure};
use crate::keys;
use crate::store::DataDir;

pub(crate) fn run(g: &Global, command: EvidenceCommand) -> CliResult<()> {
    match command {
        EvidenceCommand::Add {
            key,
            incident,
            media_type,
            classification,
            description,
            collected_by,
            collected_at,
            file,
        } => {
            let signer = keys::read_private(&key)?;
            let now = Timestamp::now();
            let collected_at = match collected_at {
                Some(t) => parse_time(&t).map_err(|e| {
                    Failure::new(e.to_string()).help("write the time like 2025-10-19T06:30:00Z")
                })?,
                None => now,
            };
            let (sha256, size) = hash_file(&file)?;
            let body = json!({
                "incident": incident,
                "sha256": sha256,
                "media_type": media_type,
                "size": size,
                "classification": classification,
                "description": description,
                "custody": [{"action": "collected", "by": collected_by, "at": format_time(collected_at)}],
            });
            let entry = build_entry(
                &signer,
                Kind::parse("evidence.submit").expect("known kind"),
                &body.to_string(),
                now,
                "the evidence record",
            )?;
            // Keep the file first: a record must never point at a file the node does not hold.
            // If the record is then refused, a file kept only for it is removed again.
            let kept_now = keep(g, &file, &sha256)?;
            let result = append_entries(g, &[entry], false, None);
            if result.is_err()
                && let Some(path) = kept_now
            {
                let _ = std::fs::remove_file(path);
            }
            result
        }
        EvidenceCommand::Check { file } => check(g, &file),
    }
}

/// SHA-256 (lowercase hex) and size of a file, read in chunks.
fn hash_file(path: &Path) -> CliResult<(String, u64)> {
    let mut f = std::fs::File::open(path)
        .map_err(|e| Failure::new(format!("cannot read {}: {e}", path.display())))?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut size = 0u64;
    loop {
        let n = f
            .read(&mut buf)
            .map_err(|e| Failure::new(format!("cannot read {}: {e}", path.display())))?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        size += n as u64;
    }
    let hex: String = hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok((hex, size))
}

/// Copies the file to `DATA/evidence/<sha256>` durably (write, fsync, rename). Returns the
/// path when this call created it (None when the node already held the file).
fn keep(g: &Global, file: &Path, sha256: &str) -> CliResult<Option<std::path::PathBuf>> {
    let data = DataDir::new(&g.data);
    let dir = data.root.join("evidence");
    let fail = |e: std::io::Error| {
        Failure::new(format!(
            "cannot keep the evidence file in {}: {e}",
            dir.display()
        ))
        .help("check that the data folder is writable; nothing was recorded")
    };
    std::fs::create_dir_all(&dir).map_err(fail)?;
    let target = dir.join(sha256);
    if target.exists() {
        return Ok(None);
    }
    let tmp = dir.join(format!("{sha256}.partial"));
    std::fs::copy(file, &tmp).map_err(fail)?;
    std::fs::File::open(&tmp)
        .and_then(|f| f.sync_all())
        .map_err(fail)?;
    std::fs::rename(&tmp, &target).map_err(fail)?;
    Ok(Some(target))
}

fn check(g: &Global, file: &Path) -> CliResult<()> {
    let (sha256, size) = hash_file(file)?;
    let store = crate::store::open(g, false)?;
    let head = store
        .head()
        .map_err(crate::store::store_failure)?
        .ok_or(truce_node::NodeError::NotInitialised)?;
    let (_, state) = truce_node::node::replay(&*store, head.size, |_, _| {})?;
    let matches: Vec<_> = state
        .evidence
        .values()
        .filter(|e| e.evidence.sha256 == sha256)
        .collect();
    if matches.is_empty() {
        return Err(Failure::new(format!("{} (sha256 {sha256}) is not evidence recorded in this log", file.display()))
            .help("the file differs from every recorded piece of evidence, even by one byte; ask for the original"));
    }
    for e in matches {
        println!(
            "{}",
            json!({
                "evidence": e.index,
                "incident": e.evidence.incident,
                "sha256": sha256,
                "size_matches": e.evidence.size == size,
                "submitted_by": e.submitted_by,
                "classification": e.evidence.classification,
                "description": e.evidence.description,
            })
        );
    }
    Ok(())
}
