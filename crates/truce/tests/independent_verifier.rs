//! `scripts/verify-mirror`, a second implementation of the formats (Python's standard library
//! only, none of truce's code), checks what `truce log export` writes: the published formats are
//! enough to verify the record. And it catches rewrites, including one by the log's own host,
//! who holds the log key but not the authors' keys.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;
use truce_tlog::checkpoint::{Checkpoint, sign_checkpoint};
use truce_tlog::hash::leaf_hash;
use truce_tlog::tile::{decode_bundle, encode_bundle, hashes_to_bytes};
use truce_tlog::tree::MemoryTree;

fn script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/verify-mirror")
}

/// Runs the verifier on a mirror: (exit code, stdout, stderr).
fn verify(dir: &Path, vkey: &str) -> (i32, String, String) {
    let out = Command::new("python3")
        .arg(script())
        .arg(dir)
        .arg(vkey)
        .output()
        .expect("python3 runs (CPython is part of the machine this project builds on)");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The demo log grown past one tile (so hash tiles of level 1 exist), exported.
fn exported(tmp: &Path) -> (PathBuf, PathBuf, String) {
    let data = demo(tmp);
    let batch = tmp.join("observations.jsonl");
    let lines: Vec<String> = (0..300)
        .map(|i| {
            format!(
                r#"{{"summary":"Illustrative: crossing quiet, check {i}","illustrative":true}}"#
            )
        })
        .collect();
    std::fs::write(&batch, lines.join("\n") + "\n").unwrap();
    ok(truce(&data)
        .args(["submit", "--key"])
        .arg(demo_key(&data, "joint-monitors"))
        .args(["--kind", "observation", "--batch"])
        .arg(&batch));
    let dir = tmp.join("mirror");
    ok(truce(&data).args(["log", "export"]).arg(&dir));
    let vkey = ok(truce(&data).arg("vkey")).trim().to_string();
    (data, dir, vkey)
}

#[test]
fn an_exported_mirror_verifies_without_truce() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, dir, vkey) = exported(tmp.path());
    let (_, size, root) = parse_checkpoint(&checkpoint(&data));
    assert!(size > 256, "the log crosses a tile");
    assert!(dir.join("tile/1/000.p/1").exists(), "a level-1 tile exists");
    let (code, out, err) = verify(&dir, &vkey);
    assert_eq!(code, 0, "stdout: {out}\nstderr: {err}");
    assert!(out.contains(&format!("OK: {size} entries")), "{out}");
    // The root it computed from the entries is the one truce signed.
    assert!(out.contains(&root.to_base64()), "{out}");
    // Every entry's signatures were checked: the genesis has four, the rest one or more.
    let verified: u64 = out
        .split("entry signatures ")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no signature count in {out}"));
    assert!(
        verified >= size + 3,
        "{verified} signatures for {size} entries"
    );
}

#[test]
fn a_changed_entry_is_caught() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, dir, vkey) = exported(tmp.path());
    let path = dir.join("tile/entries/000");
    let mut bundle = std::fs::read(&path).unwrap();
    let at = bundle
        .windows(10)
        .position(|w| w == b"crossing q")
        .expect("an observation in the first bundle");
    bundle[at] = b'C';
    std::fs::write(&path, &bundle).unwrap();
    let (code, _, err) = verify(&dir, &vkey);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("root"), "{err}");
}

#[test]
fn a_mirror_checked_against_another_log_key_fails() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, dir, vkey) = exported(tmp.path());
    let (name, _) = vkey.split_once('+').unwrap();
    let other = test_signer(name, 99).verifier().to_vkey();
    let (code, _, err) = verify(&dir, &other);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("checkpoint"), "{err}");
}

/// The host rewrites a record and re-signs everything it can: the entry bundle, the hash tiles
/// and a checkpoint signed with the real log key. Only the author's signature can tell.
#[test]
fn a_rewrite_by_the_log_host_is_caught_by_the_authors_signature() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, dir, vkey) = exported(tmp.path());
    let (_, size, _) = parse_checkpoint(&checkpoint(&data));

    // Rewrite entry 40's text in its bundle.
    let path = dir.join("tile/entries/000");
    let bundle = std::fs::read(&path).unwrap();
    let mut entries: Vec<Vec<u8>> = decode_bundle(&bundle)
        .unwrap()
        .into_iter()
        .map(<[u8]>::to_vec)
        .collect();
    let text = String::from_utf8(entries[40].clone()).unwrap();
    assert!(text.contains("crossing quiet"), "{text}");
    entries[40] = text
        .replacen("crossing quiet", "crossing QUIET", 1)
        .into_bytes();
    let slices: Vec<&[u8]> = entries.iter().map(Vec::as_slice).collect();
    std::fs::write(&path, encode_bundle(&slices).unwrap()).unwrap();

    // Recompute every hash the mirror serves and sign a checkpoint for the new root.
    let mut all: Vec<Vec<u8>> = Vec::new();
    for bundle_path in [
        "tile/entries/000",
        &format!("tile/entries/001.p/{}", size - 256),
    ] {
        let bytes = std::fs::read(dir.join(bundle_path)).unwrap();
        all.extend(
            decode_bundle(&bytes)
                .unwrap()
                .into_iter()
                .map(<[u8]>::to_vec),
        );
    }
    assert_eq!(all.len() as u64, size);
    let leaves: Vec<_> = all.iter().map(|e| leaf_hash(e)).collect();
    let mut tree = MemoryTree::new();
    for l in &leaves {
        tree.push(*l);
    }
    std::fs::write(dir.join("tile/0/000"), hashes_to_bytes(&leaves[..256])).unwrap();
    let mut first = MemoryTree::new();
    for l in &leaves[..256] {
        first.push(*l);
    }
    std::fs::write(dir.join("tile/1/000.p/1"), first.root().0).unwrap();
    let log = read_key(&data.join("log.key"));
    let cp = sign_checkpoint(
        &Checkpoint {
            origin: log.name().as_str().to_string(),
            size,
            root: tree.root(),
            extensions: Vec::new(),
        },
        &log,
    )
    .unwrap();
    std::fs::write(dir.join("checkpoint"), cp).unwrap();

    let (code, out, err) = verify(&dir, &vkey);
    assert_eq!(code, 1, "stdout: {out}\nstderr: {err}");
    assert!(err.contains("entry 40"), "{err}");
    assert!(err.contains("does not verify"), "{err}");
    // truce's own audit of the mirror agrees.
    let f = fails(
        truce_bare()
            .args(["audit", "--tiles"])
            .arg(&dir)
            .args(["--vkey", &vkey]),
    );
    f.says(&["entry 40"]);
}
