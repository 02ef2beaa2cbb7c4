//! Someone with access to the database or to a mirror changes the record behind the log's back:
//! `truce audit` must notice and name the first bad entry (or the checkpoint).

mod common;

use std::path::{Path, PathBuf};

use common::*;
use truce_tlog::tile::decode_bundle;

/// A demo log (the genesis and the records of the demo's story) that audits clean, and its size.
fn setup() -> (tempfile::TempDir, PathBuf, u64) {
    let tmp = tempfile::tempdir().unwrap();
    let data = demo(tmp.path());
    let size = log_size(&data);
    assert_eq!(audited_size(&data), size);
    assert!(size > 5, "the tests below change entries 2 to 4");
    (tmp, data, size)
}

/// Requires `truce audit` (with `extra` arguments) to fail as an audit failure saying `needles`.
fn audit_fails(cmd: &mut assert_cmd::Command, needles: &[&str]) -> Failed {
    let f = fails(cmd);
    assert_eq!(f.code, 3, "an audit finding exits with 3:\n{}", f.stderr);
    f.says(&["audit FAILED"]).says(needles).printed_nothing();
    f
}

fn audit_store_fails(data: &Path, needles: &[&str]) -> Failed {
    audit_fails(truce(data).arg("audit"), needles)
}

/// Changes one byte inside the record text of `data` (a letter of the body's free text, so the
/// JSON stays valid, the body keeps its schema, and only the signature can tell).
fn flip_text_byte(data: &mut [u8]) {
    let pos = data
        .windows(15)
        .position(|w| w == b"\":\"Illustrative")
        .expect("the record has an illustrative text field")
        + 3;
    assert!(data[pos].is_ascii_alphabetic(), "{}", data[pos] as char);
    data[pos] ^= 0x20; // change the letter's case
}

#[test]
fn changed_entry_is_named() {
    let (_tmp, data, size) = setup();
    let conn = db(&data);
    let mut e3 = entry_data(&conn, 3).unwrap();
    let original = e3.clone();
    flip_text_byte(&mut e3);
    conn.execute("UPDATE entries SET data = ?1 WHERE idx = 3", [&e3])
        .unwrap();
    drop(conn);
    audit_store_fails(&data, &["entry 3:", "signature"]);

    // Put it back: the audit is clean again (the audit itself changed nothing).
    db(&data)
        .execute("UPDATE entries SET data = ?1 WHERE idx = 3", [&original])
        .unwrap();
    assert_eq!(audited_size(&data), size);
}

#[test]
fn changed_byte_in_a_signature_line_is_named() {
    let (_tmp, data, _) = setup();
    let conn = db(&data);
    let mut e4 = entry_data(&conn, 4).unwrap();
    // The last base64 character before the final newline of the signature line.
    let n = e4.len();
    e4[n - 3] = if e4[n - 3] == b'A' { b'B' } else { b'A' };
    conn.execute("UPDATE entries SET data = ?1 WHERE idx = 4", [&e4])
        .unwrap();
    drop(conn);
    audit_store_fails(&data, &["entry 4:"]);
}

#[test]
fn deleted_entry_is_named() {
    let (_tmp, data, _) = setup();
    let n = db(&data)
        .execute("DELETE FROM entries WHERE idx = 2", [])
        .unwrap();
    assert_eq!(n, 1);
    audit_store_fails(&data, &["entry 2 ", "missing"]);
}

#[test]
fn deleted_last_entry_is_named() {
    let (_tmp, data, size) = setup();
    let last = size - 1;
    let n = db(&data)
        .execute("DELETE FROM entries WHERE idx = ?1", [last as i64])
        .unwrap();
    assert_eq!(n, 1);
    audit_store_fails(&data, &[&format!("entry {last}:"), "missing"]);
}

#[test]
fn swapped_entries_are_named() {
    let (_tmp, data, _) = setup();
    let conn = db(&data);
    let e2 = entry_data(&conn, 2).unwrap();
    let e3 = entry_data(&conn, 3).unwrap();
    assert_ne!(e2, e3);
    conn.execute("UPDATE entries SET data = ?1 WHERE idx = 2", [&e3])
        .unwrap();
    conn.execute("UPDATE entries SET data = ?1 WHERE idx = 3", [&e2])
        .unwrap();
    drop(conn);
    // Both records are validly signed; only the hashes can tell they moved.
    audit_store_fails(&data, &["entry 2:", "changed, removed or reordered"]);
}

#[test]
fn forked_checkpoint_is_detected() {
    let (_tmp, data, _) = setup();
    let (_, size, root) = parse_checkpoint(&checkpoint(&data));
    let log = read_key(&data.join("log.key"));
    let forked = forked_checkpoint(&log, size, &root);
    db(&data)
        .execute("UPDATE head SET checkpoint = ?1 WHERE id = 1", [&forked])
        .unwrap();
    let f = audit_store_fails(&data, &["checkpoint", "root", "forked"]);
    assert!(f.stderr.contains(&root.to_base64()), "{}", f.stderr);
}

#[test]
fn checkpoint_signed_by_another_key_is_detected() {
    let (_tmp, data, _) = setup();
    let (origin, size, root) = parse_checkpoint(&checkpoint(&data));
    // Same name as the log key, other key bytes.
    let impostor = test_signer(&origin, 77);
    let forged = forked_checkpoint(&impostor, size, &root);
    db(&data)
        .execute("UPDATE head SET checkpoint = ?1 WHERE id = 1", [&forged])
        .unwrap();
    audit_store_fails(&data, &["checkpoint"]);
}

/// Exports the demo log into a mirror and checks it audits clean; returns the mirror and vkey.
fn mirror(tmp: &Path, data: &Path) -> (PathBuf, String) {
    let dir = tmp.join("mirror");
    ok(truce(data).args(["log", "export"]).arg(&dir));
    let vkey = ok(truce(data).arg("vkey")).trim().to_string();
    ok(truce_bare()
        .args(["audit", "--tiles"])
        .arg(&dir)
        .args(["--vkey", &vkey]));
    (dir, vkey)
}

fn audit_mirror_fails(dir: &Path, vkey: &str, needles: &[&str]) -> Failed {
    audit_fails(
        truce_bare()
            .args(["audit", "--tiles"])
            .arg(dir)
            .args(["--vkey", vkey]),
        needles,
    )
}

/// The (partial) entry bundle of a log of `size` entries, all in the first bundle.
fn bundle(size: u64) -> String {
    assert!(size < 256, "the demo fits in one partial bundle");
    format!("tile/entries/000.p/{size}")
}

#[test]
fn mirror_with_a_changed_bundle_byte() {
    let (tmp, data, size) = setup();
    let (dir, vkey) = mirror(tmp.path(), &data);
    let path = dir.join(bundle(size));
    let mut bundle = std::fs::read(&path).unwrap();
    // Find entry 3 inside the bundle (each entry is a 16-bit length and the bytes).
    let mut offset = 0usize;
    for _ in 0..3 {
        let len = u16::from_be_bytes([bundle[offset], bundle[offset + 1]]) as usize;
        offset += 2 + len;
    }
    let len = u16::from_be_bytes([bundle[offset], bundle[offset + 1]]) as usize;
    let e3 = &mut bundle[offset + 2..offset + 2 + len];
    assert_eq!(e3, entry_data(&db(&data), 3).unwrap().as_slice());
    flip_text_byte(e3);
    assert_eq!(decode_bundle(&bundle).unwrap().len() as u64, size);
    std::fs::write(&path, &bundle).unwrap();
    audit_mirror_fails(&dir, &vkey, &["entry 3:"]);
}

#[test]
fn mirror_with_a_removed_bundle() {
    let (tmp, data, size) = setup();
    let (dir, vkey) = mirror(tmp.path(), &data);
    std::fs::remove_file(dir.join(bundle(size))).unwrap();
    audit_mirror_fails(&dir, &vkey, &["entry 0:", "missing"]);
}

#[test]
fn mirror_with_a_changed_hash_tile() {
    let (tmp, data, size) = setup();
    let (dir, vkey) = mirror(tmp.path(), &data);
    let path = dir.join(format!("tile/0/000.p/{size}"));
    let mut tile = std::fs::read(&path).unwrap();
    assert_eq!(tile.len() as u64, size * 32);
    tile[4 * 32] ^= 1;
    std::fs::write(&path, &tile).unwrap();
    audit_mirror_fails(&dir, &vkey, &["entry 4:"]);
}

#[test]
fn mirror_with_a_forked_checkpoint() {
    let (tmp, data, _) = setup();
    let (dir, vkey) = mirror(tmp.path(), &data);
    let (_, size, root) =
        parse_checkpoint(&std::fs::read_to_string(dir.join("checkpoint")).unwrap());
    let log = read_key(&data.join("log.key"));
    std::fs::write(dir.join("checkpoint"), forked_checkpoint(&log, size, &root)).unwrap();
    audit_mirror_fails(&dir, &vkey, &["checkpoint", "root", "forked"]);
}

#[test]
fn mirror_with_a_checkpoint_for_more_entries_than_it_holds() {
    let (tmp, data, size) = setup();
    let (dir, vkey) = mirror(tmp.path(), &data);
    let (_, _, root) = parse_checkpoint(&std::fs::read_to_string(dir.join("checkpoint")).unwrap());
    let log = read_key(&data.join("log.key"));
    std::fs::write(
        dir.join("checkpoint"),
        forked_checkpoint(&log, size + 1, &root),
    )
    .unwrap();
    audit_mirror_fails(&dir, &vkey, &["entry"]);
}
