//! The whole life of a log, step by step as the people running a mechanism would do it, and the
//! demo. Every proof the binary prints is re-checked here with the tlog library.

mod common;

use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use common::*;
use serde_json::{Value, json};
use truce_core::kinds::Kind;
use truce_core::record::Record;
use truce_tlog::checkpoint::open_checkpoint;
use truce_tlog::hash::{Hash, leaf_hash};
use truce_tlog::note::{Note, Verifier};
use truce_tlog::tree::{verify_consistency, verify_inclusion};

const LOG_NAME: &str = "e2e.truce.example/log";

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).expect("stat").permissions().mode() & 0o777
}

fn hash(v: &Value) -> Hash {
    Hash::from_base64(v.as_str().unwrap_or_else(|| panic!("not a string: {v}")))
        .unwrap_or_else(|e| panic!("{v} is not a base64 hash: {e}"))
}

fn hashes(v: &Value) -> Vec<Hash> {
    v.as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .iter()
        .map(hash)
        .collect()
}

/// Checks a verifier key line: `NAME+8HEX+BASE64(0x01 || 32-byte key)`.
fn assert_vkey_format(vkey: &str, name: &str) {
    let rest = vkey
        .strip_prefix(&format!("{name}+"))
        .unwrap_or_else(|| panic!("{vkey:?} does not start with {name}+"));
    let (hex, b64) = rest
        .split_once('+')
        .unwrap_or_else(|| panic!("{vkey:?} has no second '+'"));
    assert_eq!(hex.len(), 8, "{vkey:?}: key hash is 8 hex digits");
    assert!(
        hex.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)),
        "{vkey:?}: key hash is lowercase hex"
    );
    // 33 bytes of standard base64: 44 characters, no padding.
    assert_eq!(b64.len(), 44, "{vkey:?}: base64 of 0x01 || 32 bytes");
    assert!(
        b64.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/'),
        "{vkey:?}: standard base64"
    );
    assert!(b64.starts_with("A"), "{vkey:?}: the algorithm byte is 0x01");
    let v = Verifier::from_vkey(vkey).expect("the vkey parses");
    assert_eq!(v.name().as_str(), name);
    assert_eq!(format!("{:08x}", v.key_hash()), hex);
}

/// `truce keygen NAME --out DIR/NAME.key`; checks the output and the file.
fn keygen(dir: &Path, name: &str) -> (std::path::PathBuf, String) {
    let file = dir.join(format!("{}.key", name.replace('/', "_")));
    let out = ok(truce_bare().args(["keygen", name, "--out"]).arg(&file));
    let vkey = out.strip_suffix('\n').expect("one line").to_string();
    assert!(!vkey.contains('\n'), "keygen prints one line: {out:?}");
    assert_vkey_format(&vkey, name);
    assert_eq!(mode(&file), 0o600, "{} must be private", file.display());
    let private = std::fs::read_to_string(&file).expect("read key");
    assert!(
        private.starts_with(&format!("PRIVATE+KEY+{name}+")),
        "{private}"
    );
    assert_eq!(
        read_key(&file).verifier().to_vkey(),
        vkey,
        "the file holds the key whose vkey was printed"
    );
    (file, vkey)
}

/// Checks the receipt JSON of a submit or init.
fn check_receipt(r: &Value, index: u64, kind: &str, entry: &[u8]) {
    assert_eq!(
        fields(r),
        ["index", "kind", "leaf_hash", "root_hash", "tree_size"],
        "{r}"
    );
    assert_eq!(r["index"], json!(index), "{r}");
    assert_eq!(r["kind"], json!(kind), "{r}");
    assert_eq!(hash(&r["leaf_hash"]), leaf_hash(entry), "{r}");
}

fn entry(data: &Path, idx: u64) -> Vec<u8> {
    entry_data(&db(data), idx).unwrap_or_else(|| panic!("entry {idx} is stored"))
}

/// The body of the record stored at `idx`.
fn stored_body(data: &Path, idx: u64) -> Value {
    let bytes = entry(data, idx);
    let note = Note::parse(&bytes).expect("a stored entry is a signed note");
    Value::Object(Record::parse(note.text()).expect("a stored record").body)
}

#[test]
fn a_mechanism_from_keygen_to_audit() {
    let tmp = tempfile::tempdir().unwrap();
    let keys = tmp.path().join("keys");
    std::fs::create_dir(&keys).unwrap();
    let data = tmp.path().join("node");

    // 1. Everyone makes a key; the log operator makes the log key.
    let mut people = Vec::new();
    for (_, name) in PARTICIPANTS {
        people.push(keygen(&keys, name));
    }
    let (log_key, log_vkey) = keygen(&keys, LOG_NAME);

    // keygen never overwrites a key.
    let before = std::fs::read(&people[0].0).unwrap();
    fails(
        truce_bare()
            .args(["keygen", "pk-liaison", "--out"])
            .arg(&people[0].0),
    )
    .says(&["already exists", "never overwrites"])
    .helps()
    .printed_nothing();
    assert_eq!(std::fs::read(&people[0].0).unwrap(), before);
    assert_eq!(mode(&people[0].0), 0o600);

    // 2. The agreement, and its genesis drafted at an agreed time.
    let vkeys: [String; 5] = std::array::from_fn(|i| people[i].1.clone());
    let log_signer = read_key(&log_key);
    let agreement = tmp.path().join("agreement.toml");
    std::fs::write(&agreement, agreement_toml(&log_signer, &vkeys)).unwrap();
    let draft = ok(truce_bare()
        .args(["agreement", "draft"])
        .arg(&agreement)
        .args(["--time", TIME]));
    assert!(
        draft.ends_with('\n') && draft.lines().count() == 1,
        "{draft}"
    );
    let record = Record::parse(&draft).expect("the draft is a canonical record");
    assert_eq!(record.kind, Kind::GENESIS);
    assert_eq!(truce_core::record::format_time(record.time), TIME);
    assert_eq!(record.body["log"]["vkey"], json!(log_vkey));
    let genesis = tmp.path().join("genesis.note");
    std::fs::write(&genesis, &draft).unwrap();
    // Drafting is deterministic given the time, so every signer can check their copy.
    assert_eq!(
        ok(truce_bare()
            .args(["agreement", "draft"])
            .arg(&agreement)
            .args(["--time", TIME])),
        draft
    );

    // 3. init before anyone signed: refused, names who must sign, writes nothing.
    let f = fails(
        truce(&data)
            .args(["init", "--genesis"])
            .arg(&genesis)
            .arg("--log-key")
            .arg(&log_key),
    );
    f.says(&["still to sign: pk, af, qa, tr", "truce sign --key"])
        .helps()
        .printed_nothing();
    assert!(!data.exists(), "a refused init created {}", data.display());

    // 4. The parties sign; init is still refused and names the facilitators.
    for (file, _) in &people[..2] {
        let err = ok(truce_bare().args(["sign", "--key"]).arg(file).arg(&genesis));
        assert!(err.is_empty(), "sign prints nothing on stdout: {err}");
    }
    let f = fails(
        truce(&data)
            .args(["init", "--genesis"])
            .arg(&genesis)
            .arg("--log-key")
            .arg(&log_key),
    );
    f.says(&["still to sign: qa, tr"]).helps().printed_nothing();
    assert!(!data.exists(), "a refused init created {}", data.display());

    // 5. The facilitators sign; the last one is told init can run.
    let out = truce_bare()
        .args(["sign", "--key"])
        .arg(&people[2].0)
        .arg(&genesis)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("still to sign: tr"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = truce_bare()
        .args(["sign", "--key"])
        .arg(&people[3].0)
        .arg(&genesis)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("every party and facilitator has now signed"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let signed = std::fs::read(&genesis).unwrap();
    let note = Note::parse(&signed).expect("the signed genesis is a note");
    assert_eq!(note.text(), draft, "signing does not change the text");
    assert_eq!(note.signatures().len(), 4);

    // 6. init opens the log with the genesis as entry 0.
    let receipt = json_line(&ok(truce(&data)
        .args(["init", "--genesis"])
        .arg(&genesis)
        .arg("--log-key")
        .arg(&log_key)));
    check_receipt(&receipt, 0, "agreement.genesis", &signed);
    assert_eq!(receipt["tree_size"], json!(1));
    assert_eq!(
        hash(&receipt["root_hash"]),
        leaf_hash(&signed),
        "a one-leaf tree's root is its leaf"
    );
    assert!(
        serde_json::to_string(&receipt)
            .unwrap()
            .starts_with("{\"index\":0,")
    );
    assert_eq!(
        entry(&data, 0),
        signed,
        "the genesis is stored byte for byte"
    );
    assert_eq!(mode(&data.join("log.key")), 0o600);
    // A second init is refused.
    fails(
        truce(&data)
            .args(["init", "--genesis"])
            .arg(&genesis)
            .arg("--log-key")
            .arg(&log_key),
    )
    .says(&["already exists"])
    .helps();

    // Every receipt, by index: (tree_size, root) to check proofs against later.
    let mut roots: BTreeMap<u64, Hash> = BTreeMap::new();
    roots.insert(1, hash(&receipt["root_hash"]));
    let mut bodies: BTreeMap<u64, Value> = BTreeMap::new();

    // 7. Submit from a file, by party pk: a report against af.
    let mut body1 = report_body(1, "af");
    body1["narrative"] = json!("Illustrative report from a file");
    let report = tmp.path().join("report.json");
    std::fs::write(&report, serde_json::to_vec_pretty(&body1).unwrap()).unwrap();
    let r = json_line(&ok(truce(&data)
        .args(["submit", "--key"])
        .arg(&people[0].0)
        .args(["--kind", "incident.report"])
        .arg(&report)));
    check_receipt(&r, 1, "incident.report", &entry(&data, 1));
    assert_eq!(r["tree_size"], json!(2));
    roots.insert(2, hash(&r["root_hash"]));
    bodies.insert(1, body1);

    // 8. From standard input, by party af: a report against pk.
    let mut body2 = report_body(2, "pk");
    body2["narrative"] = json!("Illustrative report from stdin");
    body2["concerns"] = json!(["C1", "R1"]);
    let r = json_line(&ok(truce(&data)
        .args(["submit", "--key"])
        .arg(&people[1].0)
        .args(["--kind", "incident.report", "-"])
        .write_stdin(body2.to_string())));
    check_receipt(&r, 2, "incident.report", &entry(&data, 2));
    assert_eq!(r["tree_size"], json!(3));
    roots.insert(3, hash(&r["root_hash"]));
    bodies.insert(2, body2);

    // 9. A batch of observations by the monitors (a blank line is skipped).
    let batch: Vec<Value> = (0..5u64)
        .map(|i| {
            let mut b =
                json!({"summary": format!("Illustrative observation {i}"), "illustrative": true});
            // Two are about the incidents just reported (entries 1 and 2).
            if i == 1 || i == 3 {
                b["incident"] = json!(i.div_ceil(2));
            }
            b
        })
        .collect();
    let mut jsonl = String::new();
    for (i, b) in batch.iter().enumerate() {
        jsonl.push_str(&b.to_string());
        jsonl.push('\n');
        if i == 2 {
            jsonl.push('\n');
        }
    }
    let batch_file = tmp.path().join("observations.jsonl");
    std::fs::write(&batch_file, jsonl).unwrap();
    let receipts = json_lines(&ok(truce(&data)
        .args(["submit", "--key"])
        .arg(&people[4].0)
        .args(["--kind", "observation", "--batch"])
        .arg(&batch_file)));
    assert_eq!(receipts.len(), 5);
    for (i, r) in receipts.iter().enumerate() {
        let idx = 3 + i as u64;
        check_receipt(r, idx, "observation", &entry(&data, idx));
        // One batch, one commit: every receipt names the same tree.
        assert_eq!(r["tree_size"], json!(8));
        bodies.insert(idx, batch[i].clone());
    }
    roots.insert(8, hash(&receipts[0]["root_hash"]));
    for (idx, body) in &bodies {
        assert_eq!(&stored_body(&data, *idx), body, "entry {idx}'s body");
    }

    // 10. The checkpoint: ORIGIN\nSIZE\nBASE64\n\n— ORIGIN BASE64\n, signed by the log key.
    let cp = checkpoint(&data);
    let lines: Vec<&str> = cp.split('\n').collect();
    assert_eq!(lines.len(), 6, "{cp:?}");
    assert_eq!(lines[0], LOG_NAME);
    assert_eq!(lines[1], "8");
    assert_eq!(Hash::from_base64(lines[2]).unwrap(), roots[&8]);
    assert_eq!(lines[3], "");
    let sig = lines[4]
        .strip_prefix(&format!("— {LOG_NAME} "))
        .unwrap_or_else(|| panic!("signature line: {:?}", lines[4]));
    assert!(!sig.is_empty() && !sig.contains(' '));
    assert_eq!(lines[5], "");
    let log_verifier = Verifier::from_vkey(&log_vkey).unwrap();
    let opened = open_checkpoint(cp.as_bytes(), &log_verifier).expect("signed by the log key");
    assert_eq!(opened.size, 8);
    let root = opened.root;

    // 11. Inclusion proofs for every entry, against the checkpoint and against older sizes.
    for index in 0..8u64 {
        let p = json_line(&ok(truce(&data)
            .args(["prove", "inclusion"])
            .arg(index.to_string())));
        assert_eq!(
            fields(&p),
            ["index", "leaf_hash", "proof", "root_hash", "tree_size"],
            "{p}"
        );
        assert_eq!(p["index"], json!(index));
        assert_eq!(p["tree_size"], json!(8));
        assert_eq!(hash(&p["root_hash"]), root);
        let leaf = leaf_hash(&entry(&data, index));
        assert_eq!(hash(&p["leaf_hash"]), leaf);
        verify_inclusion(&leaf, index, 8, &hashes(&p["proof"]), &root)
            .unwrap_or_else(|e| panic!("inclusion of {index}: {e}"));
        // The same proof must not verify for a neighbour's leaf.
        let other = leaf_hash(&entry(&data, (index + 1) % 8));
        assert!(verify_inclusion(&other, index, 8, &hashes(&p["proof"]), &root).is_err());
    }
    for (&size, old_root) in &roots {
        for index in 0..size {
            let p = json_line(&ok(truce(&data)
                .args(["prove", "inclusion"])
                .arg(index.to_string())
                .args(["--size", &size.to_string()])));
            assert_eq!(p["tree_size"], json!(size));
            assert_eq!(&hash(&p["root_hash"]), old_root, "root at size {size}");
            let leaf = leaf_hash(&entry(&data, index));
            verify_inclusion(&leaf, index, size, &hashes(&p["proof"]), old_root)
                .unwrap_or_else(|e| panic!("inclusion of {index} in {size}: {e}"));
        }
    }
    fails(truce(&data).args(["prove", "inclusion", "8"]))
        .says(&["entry 8", "0 to 7"])
        .printed_nothing();
    fails(truce(&data).args(["prove", "inclusion", "0", "--size", "9"]))
        .says(&["between 1 and 8"])
        .printed_nothing();

    // 12. Consistency proofs between every size a receipt named and the checkpoint.
    let sizes: Vec<u64> = roots.keys().copied().collect();
    for (i, &old) in sizes.iter().enumerate() {
        for &new in &sizes[i..] {
            let p = json_line(&ok(truce(&data)
                .args(["prove", "consistency"])
                .arg(old.to_string())
                .arg(new.to_string())));
            assert_eq!(
                fields(&p),
                ["new_root", "new_size", "old_root", "old_size", "proof"],
                "{p}"
            );
            assert_eq!(p["old_size"], json!(old));
            assert_eq!(p["new_size"], json!(new));
            assert_eq!(hash(&p["old_root"]), roots[&old]);
            assert_eq!(hash(&p["new_root"]), roots[&new]);
            verify_consistency(old, new, &roots[&old], &roots[&new], &hashes(&p["proof"]))
                .unwrap_or_else(|e| panic!("consistency {old} -> {new}: {e}"));
            // A forked new root must not pass with the same proof.
            let mut forked = roots[&new];
            forked.0[31] ^= 1;
            assert!(
                verify_consistency(old, new, &roots[&old], &forked, &hashes(&p["proof"])).is_err()
            );
        }
    }
    let p = json_line(&ok(truce(&data).args(["prove", "consistency", "0", "8"])));
    assert_eq!(
        p["proof"],
        json!([]),
        "consistency from 0 is the empty proof"
    );
    assert_eq!(p["old_size"], json!(0));
    assert_eq!(hash(&p["new_root"]), root);
    assert_eq!(hash(&p["old_root"]), truce_tlog::hash::empty_root());
    fails(truce(&data).args(["prove", "consistency", "5", "3"]))
        .says(&["got 5 and 3"])
        .printed_nothing();
    fails(truce(&data).args(["prove", "consistency", "1", "9"]))
        .says(&["<= 8"])
        .printed_nothing();

    // 13. vkey prints the log's verifier key.
    assert_eq!(ok(truce(&data).arg("vkey")), format!("{log_vkey}\n"));

    // 14. Export a mirror and audit it with the trusted key; audit the node itself.
    let mirror = tmp.path().join("mirror");
    let report = json_line(&ok(truce(&data).args(["log", "export"]).arg(&mirror)));
    assert_eq!(report["size"], json!(8));
    assert_eq!(
        std::fs::read(mirror.join("checkpoint")).unwrap(),
        cp.as_bytes()
    );
    let files = files_under(&mirror);
    assert!(files.contains(&"tile/0/000.p/8".to_string()), "{files:?}");
    assert!(
        files.contains(&"tile/entries/000.p/8".to_string()),
        "{files:?}"
    );
    let audit = json_line(&ok(truce_bare()
        .args(["audit", "--tiles"])
        .arg(&mirror)
        .args(["--vkey", &log_vkey])));
    assert_eq!(audit["size"], json!(8));
    assert_eq!(hash(&audit["root_hash"]), root);
    assert_eq!(audit["origin"], json!(LOG_NAME));
    let mirror_digest = state_digest(&audit);

    let audit = json_line(&ok(truce(&data).arg("audit")));
    assert_eq!(
        fields(&audit),
        [
            "amendments",
            "kinds",
            "origin",
            "root_hash",
            "size",
            "state_digest"
        ],
        "{audit}"
    );
    assert_eq!(audit["size"], json!(8));
    assert_eq!(hash(&audit["root_hash"]), root);
    assert_eq!(audit["origin"], json!(LOG_NAME));
    assert_eq!(
        audit["kinds"],
        json!({"agreement.genesis": 1, "incident.report": 2, "observation": 5})
    );
    assert_eq!(audit["amendments"], json!(0));
    // The mechanism's state rebuilt from the store and from the mirror is the same, and it is
    // the state of this log: another record changes it.
    assert_eq!(state_digest(&audit), mirror_digest);
    ok(truce(&data)
        .args(["submit", "--key"])
        .arg(&people[4].0)
        .args(["--kind", "observation", "-"])
        .write_stdin(json!({"summary": "Illustrative: one more"}).to_string()));
    assert_ne!(state_digest(&audit_report(&data)), mirror_digest);
}

#[test]
fn demo_builds_an_illustrative_log_that_audits() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let out = ok(truce(&data).arg("demo"));
    assert!(out.contains("ILLUSTRATIVE"), "{out}");
    assert!(out.contains("Try next"), "{out}");
    for f in ["truce.db", "log.key", "agreement.toml", "genesis.note"] {
        assert!(data.join(f).is_file(), "demo writes {f}");
    }
    for (_, name) in PARTICIPANTS {
        assert_eq!(mode(&demo_key(&data, name)), 0o600);
    }
    assert_eq!(mode(&data.join("log.key")), 0o600);

    let audit = json_line(&ok(truce(&data).arg("audit")));
    let (origin, size, root) = parse_checkpoint(&checkpoint(&data));
    assert_eq!(audit["size"], json!(size));
    assert!(
        out.contains(&format!("a log of {size} signed records")),
        "{out}"
    );
    // The whole story after the genesis: incidents by both parties (one a duplicate), and every
    // step of the workflow after them, on both sides.
    let kinds: BTreeMap<String, u64> = serde_json::from_value(audit["kinds"].clone()).unwrap();
    assert_eq!(kinds.values().sum::<u64>(), size, "{audit}");
    for (kind, at_least) in [
        ("agreement.genesis", 1),
        ("incident.report", 3),
        ("incident.triage", 3),
        ("verification.assign", 2),
        ("evidence.submit", 2),
        ("evidence.custody", 1),
        ("verification.report", 2),
        ("incident.reply", 1),
        ("finding", 2),
        ("finding.dissent", 2),
        ("incident.close", 1),
        ("benchmark.progress", 2),
        ("benchmark.assessment", 2),
        ("reciprocity.offer", 2),
        ("reciprocity.delivery", 1),
        ("observation", 1),
    ] {
        let n = kinds.get(kind).copied().unwrap_or(0);
        assert!(
            n >= at_least,
            "the demo has {n} {kind}, expected {at_least}+: {audit}"
        );
    }
    for (kind, exactly) in [
        ("agreement.genesis", 1),
        // One by each party, the joint team's duplicate and its restricted report.
        ("incident.report", 4),
        ("finding", 2),
        ("finding.dissent", 2),
    ] {
        assert_eq!(kinds[kind], exactly, "{kind}: {audit}");
    }
    assert_eq!(audit["amendments"], json!(0));
    // Every finding the demo wrote carries both facilitators' signatures (the finding quorum).
    let conn = db(&data);
    for idx in 1..size {
        let bytes = entry_data(&conn, idx).expect("stored");
        let note = Note::parse(&bytes).expect("note");
        let record = Record::parse(note.text()).expect("record");
        if record.kind.as_str() == "finding" {
            let mut names: Vec<&str> = note.signatures().iter().map(|s| s.name.as_str()).collect();
            names.sort();
            assert_eq!(names, ["qa-facilitator", "tr-facilitator"], "entry {idx}");
        }
    }
    drop(conn);
    // A mirror of the demo rebuilds the same state.
    let mirror = export_and_audit(&data, &tmp.path().join("mirror"));
    assert_eq!(mirror["root_hash"], audit["root_hash"]);
    assert_eq!(state_digest(&mirror), state_digest(&audit));
    assert_eq!(audit["origin"], json!(origin));
    assert_eq!(hash(&audit["root_hash"]), root);
    assert!(
        out.contains(&root.to_base64()),
        "demo names its root: {out}"
    );
    // The genesis file the demo wrote is entry 0.
    assert_eq!(
        entry(&data, 0),
        std::fs::read(data.join("genesis.note")).unwrap()
    );

    // A second demo in the same folder is refused and changes nothing.
    let before = snapshot(&data);
    let keys_before = std::fs::read(demo_key(&data, "pk-liaison")).unwrap();
    fails(truce(&data).arg("demo"))
        .says(&["already holds a log"])
        .helps()
        .printed_nothing();
    assert_unchanged(&data, &before);
    assert_eq!(
        std::fs::read(demo_key(&data, "pk-liaison")).unwrap(),
        keys_before
    );
}

#[test]
fn an_amendment_signed_by_the_quorum_adds_a_key() {
    let tmp = tempfile::tempdir().unwrap();
    let data = demo(tmp.path());
    let size = log_size(&data);

    // The joint team gets a second key (e.g. for a field unit).
    let field_key = tmp.path().join("jmt-field-2.key");
    let field_vkey = ok(truce_bare()
        .args(["keygen", "jmt-field-2", "--out"])
        .arg(&field_key));
    let field_vkey = field_vkey.trim();
    let obs =
        json!({"summary": "Illustrative: observed from the field unit", "illustrative": true})
            .to_string();
    let submit_field_obs = || {
        let mut cmd = truce(&data);
        cmd.args(["submit", "--key"])
            .arg(&field_key)
            .args(["--kind", "observation", "-"])
            .write_stdin(obs.clone());
        cmd
    };
    // Before the amendment the key is unknown.
    let before = snapshot(&data);
    fails(&mut submit_field_obs())
        .says(&["\"jmt-field-2\"", "does not register"])
        .helps()
        .printed_nothing();
    assert_unchanged(&data, &before);

    // The amended agreement: the demo's agreement with the key added to the monitor.
    let jmt_vkey = read_key(&demo_key(&data, "joint-monitors"))
        .verifier()
        .to_vkey();
    let v1 = std::fs::read_to_string(data.join("agreement.toml")).unwrap();
    let old_line = format!("keys = [\"{jmt_vkey}\"]");
    assert_eq!(v1.matches(&old_line).count(), 1, "{v1}");
    let v2 = v1.replace(
        &old_line,
        &format!("keys = [\"{jmt_vkey}\", \"{field_vkey}\"]"),
    );
    let v2_file = tmp.path().join("agreement-v2.toml");
    std::fs::write(&v2_file, &v2).unwrap();

    // `agreement amend` prints the unsigned amendment, deterministically for a given time.
    let draft = ok(truce_bare()
        .args(["agreement", "amend"])
        .arg(&v2_file)
        .args(["--time", TIME]));
    assert!(
        draft.ends_with('\n') && draft.lines().count() == 1,
        "{draft}"
    );
    let record = Record::parse(&draft).expect("the amendment is a canonical record");
    assert_eq!(record.kind, Kind::AMEND);
    let keys = &record.body["participants"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == json!("jmt"))
        .expect("jmt is a participant")["keys"];
    assert_eq!(keys, &json!([jmt_vkey, field_vkey]));
    assert_eq!(
        ok(truce_bare()
            .args(["agreement", "amend"])
            .arg(&v2_file)
            .args(["--time", TIME])),
        draft
    );

    let sign = |note: &Path, who: &str| {
        ok(truce_bare()
            .args(["sign", "--key"])
            .arg(demo_key(&data, who))
            .arg(note));
    };
    // The amendment quorum is every party and one facilitator. Signed by pk and qa only, it is
    // refused, naming who is missing, and nothing is written.
    let short = tmp.path().join("amend-short.note");
    std::fs::write(&short, &draft).unwrap();
    sign(&short, "pk-liaison");
    sign(&short, "qa-facilitator");
    fails(truce(&data).arg("append").arg(&short))
        .says(&[
            "amend-short.note",
            "\"agreement.amend\" record does not have the signatures it needs",
            "not yet signed: af",
        ])
        .says(&["nothing was written"])
        .helps()
        .printed_nothing();
    assert_unchanged(&data, &before);
    // The parties without a facilitator are refused too.
    let no_facilitator = tmp.path().join("amend-parties.note");
    std::fs::write(&no_facilitator, &draft).unwrap();
    sign(&no_facilitator, "pk-liaison");
    sign(&no_facilitator, "af-liaison");
    fails(truce(&data).arg("append").arg(&no_facilitator))
        .says(&["1 of the facilitators must sign and 0 did", "qa, tr"])
        .helps()
        .printed_nothing();
    assert_unchanged(&data, &before);

    // Signed by the quorum, the amendment is appended.
    let note = tmp.path().join("amend.note");
    std::fs::write(&note, &draft).unwrap();
    for who in ["pk-liaison", "af-liaison", "tr-facilitator"] {
        sign(&note, who);
    }
    let signed = std::fs::read(&note).unwrap();
    let r = json_line(&ok(truce(&data).arg("append").arg(&note)));
    check_receipt(&r, size, "agreement.amend", &signed);
    assert_eq!(entry(&data, size), signed, "stored byte for byte");

    // Now a record signed by the new key is accepted, as the monitor's.
    let r = json_line(&ok(&mut submit_field_obs()));
    assert_eq!(r["index"], json!(size + 1));
    assert_eq!(r["kind"], json!("observation"));
    assert_eq!(
        stored_body(&data, size + 1),
        serde_json::from_str::<Value>(&obs).unwrap()
    );

    // The log audits with the amendment, and a mirror rebuilds the same state.
    let audit = audit_report(&data);
    assert_eq!(audit["size"], json!(size + 2));
    assert_eq!(audit["amendments"], json!(1));
    assert_eq!(audit["kinds"]["agreement.amend"], json!(1));
    let mirror = export_and_audit(&data, &tmp.path().join("mirror"));
    assert_eq!(mirror["amendments"], json!(1));
    assert_eq!(state_digest(&mirror), state_digest(&audit));
}
