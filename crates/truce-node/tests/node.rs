//! The log node over a real SQLite store: accepting and refusing entries, amendments, proofs,
//! group commit across threads, audit and export.

use std::sync::Arc;

use serde_json::json;
use tempfile::TempDir;
use truce_core::authority::EntryError;
use truce_node::audit::{AuditFailure, StoreSource, TileDirSource, audit};
use truce_node::node::{prove_consistency, prove_inclusion};
use truce_node::sequencer::Sequencer;
use truce_node::testkit::{Mechanism, agreement_toml, report_body};
use truce_node::{LogNode, NodeError, Refusal};
use truce_store::Store;
use truce_store_sqlite::SqliteStore;
use truce_tlog::checkpoint::open_checkpoint;
use truce_tlog::hash::{Hash, leaf_hash};
use truce_tlog::tree::{verify_consistency, verify_inclusion};

fn node(dir: &TempDir, m: &Mechanism) -> LogNode<SqliteStore> {
    let store = SqliteStore::open(&dir.path().join("truce.db")).unwrap();
    LogNode::open(store, m.log.clone(), Some(&dir.path().join("writer.lock"))).unwrap()
}

fn started(m: &Mechanism) -> (TempDir, LogNode<SqliteStore>) {
    let dir = TempDir::new().unwrap();
    let n = node(&dir, m);
    let r = n.init(&m.genesis).unwrap();
    assert_eq!((r.index, r.tree_size), (0, 1));
    (dir, n)
}

fn size(n: &LogNode<SqliteStore>) -> u64 {
    n.checkpoint().unwrap().0.size
}

#[test]
fn init_refuses_a_second_genesis_and_a_foreign_log_key() {
    let m = Mechanism::new(1);
    let (_dir, n) = started(&m);
    assert!(matches!(
        n.init(&m.genesis),
        Err(NodeError::AlreadyInitialised(_))
    ));

    let other = Mechanism::new(2);
    let dir = TempDir::new().unwrap();
    let store = SqliteStore::open(&dir.path().join("truce.db")).unwrap();
    let wrong = LogNode::open(store, other.log.clone(), None).unwrap();
    assert!(matches!(
        wrong.init(&m.genesis),
        Err(NodeError::WrongLogKey { .. })
    ));
    assert!(
        wrong.store().head().unwrap().is_none(),
        "a refused init writes nothing"
    );
}

#[test]
fn genesis_needs_every_party_and_facilitator() {
    let m = Mechanism::new(3);
    let text = truce_tlog::note::Note::parse(&m.genesis)
        .unwrap()
        .text()
        .to_string();
    let mut partial = truce_tlog::note::Note::new(&text).unwrap();
    partial.sign(&m.parties[0]);
    partial.sign(&m.parties[1]);
    partial.sign(&m.facilitators[0]);
    let dir = TempDir::new().unwrap();
    let n = node(&dir, &m);
    let err = n.init(&partial.to_bytes()).unwrap_err().to_string();
    assert!(
        err.contains("f2"),
        "names the facilitator who has not signed: {err}"
    );
    assert!(n.store().head().unwrap().is_none());
}

#[test]
fn a_batch_keeps_good_entries_and_refuses_bad_ones_individually() {
    let m = Mechanism::new(4);
    let (_dir, n) = started(&m);
    let stranger = Mechanism::new(99);
    let mut tampered = m.report(2);
    let pos = tampered.iter().position(|b| *b == b'2').unwrap();
    tampered[pos] = b'3';
    let entries = vec![
        m.report(1),
        m.entry(&[&m.monitor], "finding", json!({"x": 1})), // a monitor may not sign findings
        stranger.report(1),                                 // unknown signer
        tampered,                                           // signature no longer matches
        m.entry(
            &[&m.monitor],
            "observation",
            json!({"summary": "nothing seen"}),
        ),
        b"not a note".to_vec(),
    ];
    let results = n.submit_batch(&entries).unwrap();
    assert_eq!(results[0].as_ref().unwrap().index, 1);
    assert!(matches!(
        results[1],
        Err(Refusal::Entry(EntryError::Unauthorised { .. }))
    ));
    assert!(matches!(
        results[2],
        Err(Refusal::Entry(EntryError::UnknownSigner { .. }))
    ));
    assert!(matches!(
        results[3],
        Err(Refusal::Entry(EntryError::BadSignature { .. }))
    ));
    assert_eq!(results[4].as_ref().unwrap().index, 2);
    assert!(matches!(
        results[5],
        Err(Refusal::Entry(EntryError::Note(_)))
    ));
    assert_eq!(size(&n), 3);
    let stored = n.store().entries(0, 10).unwrap();
    assert_eq!(stored[1].data, entries[0]);
    assert_eq!(stored[2].data, entries[4]);
}

#[test]
fn amendments_need_their_quorum_and_change_the_rules_for_what_follows() {
    let m = Mechanism::new(5);
    let (_dir, n) = started(&m);
    // The amendment adds a second key for party A.
    let extra = truce_tlog::note::Signer::from_seed(
        truce_tlog::note::KeyName::new("party-a-2").unwrap(),
        [42; 32],
    );
    let mut amended = m.agreement.clone();
    amended.participants[0]
        .keys
        .push(extra.verifier().to_vkey());
    let body = amended.to_json();

    // Before the amendment, the new key is unknown.
    let by_extra = m.entry(&[&extra], "incident.report", report_body(1, None));
    assert!(matches!(
        n.submit_batch(std::slice::from_ref(&by_extra)).unwrap()[0],
        Err(Refusal::Entry(EntryError::UnknownSigner { .. }))
    ));

    // One party is not the quorum (all parties and one facilitator).
    let short = m.entry(
        &[&m.parties[0], &m.facilitators[0]],
        "agreement.amend",
        body.clone(),
    );
    match &n.submit_batch(&[short]).unwrap()[0] {
        Err(Refusal::Entry(EntryError::QuorumNotMet { detail, .. })) => {
            assert!(detail.contains('b'), "{detail}")
        }
        other => panic!("expected a quorum refusal, got {other:?}"),
    }

    let full = m.entry(
        &[&m.parties[0], &m.parties[1], &m.facilitators[1]],
        "agreement.amend",
        body,
    );
    // In one batch: the amendment, then an entry by the new key, accepted under the new rules.
    let results = n.submit_batch(&[full, by_extra]).unwrap();
    assert_eq!(results[0].as_ref().unwrap().kind, "agreement.amend");
    assert_eq!(results[1].as_ref().unwrap().index, 2);

    // A fresh node over the same store rebuilds the amended agreement.
    let report = audit(&StoreSource(n.store()), Some(&m.log.verifier()), |_, _| {}).unwrap();
    assert_eq!(report.amendments, 1);
    assert_eq!(report.size, 3);
}

#[test]
fn an_amendment_cannot_move_the_log() {
    let m = Mechanism::new(6);
    let (_dir, n) = started(&m);
    let other = Mechanism::new(7);
    let mut moved = m.agreement.clone();
    moved.log.vkey = other.log.verifier().to_vkey();
    moved.log.origin = other.log.name().as_str().to_string();
    let e = m.entry(
        &[&m.parties[0], &m.parties[1], &m.facilitators[0]],
        "agreement.amend",
        moved.to_json(),
    );
    assert!(matches!(
        n.submit_batch(&[e]).unwrap()[0],
        Err(Refusal::Entry(EntryError::LogChanged(_)))
    ));
}

#[test]
fn proofs_verify_against_the_signed_checkpoint() {
    let m = Mechanism::new(8);
    let (_dir, n) = started(&m);
    for chunk in 0..5u64 {
        let entries: Vec<Vec<u8>> = (0..137).map(|i| m.report(chunk * 1000 + i)).collect();
        for r in n.submit_batch(&entries).unwrap() {
            r.unwrap();
        }
    }
    let (cp, bytes) = n.checkpoint().unwrap();
    assert_eq!(cp.size, 1 + 5 * 137);
    assert_eq!(
        open_checkpoint(&bytes, &m.log.verifier()).unwrap().root,
        cp.root
    );
    let log = m.log.verifier();
    let store = n.store();
    for (index, at) in [
        (0, None),
        (1, Some(2)),
        (300, None),
        (685, Some(686)),
        (255, Some(256)),
        (256, Some(300)),
    ] {
        let p = prove_inclusion(store, &log, index, at).unwrap();
        let data = &store.entries(index, index + 1).unwrap()[0].data;
        assert_eq!(Hash::from_base64(&p.leaf_hash).unwrap(), leaf_hash(data));
        let proof: Vec<Hash> = p
            .proof
            .iter()
            .map(|h| Hash::from_base64(h).unwrap())
            .collect();
        let root = Hash::from_base64(&p.root_hash).unwrap();
        verify_inclusion(&leaf_hash(data), index, p.tree_size, &proof, &root).unwrap();
        if at.is_none() {
            assert_eq!(root, cp.root);
        }
    }
    for (old, new) in [(0, 686), (1, 686), (256, 686), (100, 300), (686, 686)] {
        let p = prove_consistency(store, &log, old, new).unwrap();
        let proof: Vec<Hash> = p
            .proof
            .iter()
            .map(|h| Hash::from_base64(h).unwrap())
            .collect();
        verify_consistency(
            old,
            new,
            &Hash::from_base64(&p.old_root).unwrap(),
            &Hash::from_base64(&p.new_root).unwrap(),
            &proof,
        )
        .unwrap();
    }
    assert!(prove_inclusion(store, &log, 686, None).is_err());
    assert!(prove_consistency(store, &log, 5, 4).is_err());
    assert!(prove_consistency(store, &log, 1, 687).is_err());
}

#[test]
fn concurrent_writers_are_group_committed_without_loss() {
    let m = Arc::new(Mechanism::new(9));
    let (_dir, n) = started(&m);
    let n = Arc::new(n);
    let (seq, handle) = Sequencer::start(n.clone());
    let threads: Vec<_> = (0..8u64)
        .map(|t| {
            let seq = seq.clone();
            let m = m.clone();
            std::thread::spawn(move || {
                (0..50u64)
                    .map(|i| {
                        let e = m.report(t * 1000 + i);
                        (seq.submit(e.clone()).unwrap(), e)
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let mut acknowledged = Vec::new();
    for t in threads {
        acknowledged.extend(t.join().unwrap());
    }
    drop(seq);
    handle.join().unwrap();
    assert_eq!(size(&n), 401);
    let stored = n.store().entries(0, 401).unwrap();
    let mut indices: Vec<u64> = acknowledged.iter().map(|(r, _)| r.index).collect();
    indices.sort_unstable();
    assert_eq!(
        indices,
        (1..401).collect::<Vec<_>>(),
        "every index given out once"
    );
    for (r, e) in &acknowledged {
        assert_eq!(&stored[r.index as usize].data, e);
    }
    // Fewer checkpoints than entries means batches really were grouped. Each receipt names the
    // tree size of the checkpoint that first included it.
    let sizes: std::collections::BTreeSet<u64> =
        acknowledged.iter().map(|(r, _)| r.tree_size).collect();
    assert!(
        sizes.len() < 400,
        "{} checkpoints for 400 entries",
        sizes.len()
    );
    audit(&StoreSource(n.store()), None, |_, _| {}).unwrap();
}

#[test]
fn export_then_audit_the_mirror_and_detect_a_rewritten_one() {
    let m = Mechanism::new(10);
    let (dir, n) = started(&m);
    let entries: Vec<Vec<u8>> = (0..600).map(|i| m.report(i)).collect();
    n.submit_batch(&entries).unwrap();
    let mirror = dir.path().join("mirror");
    let report = truce_node::export::export(n.store(), &mirror, |_, _| {}).unwrap();
    assert_eq!(report.size, 601);
    assert_eq!(report.entry_bundles, 3);
    let ok = audit(
        &TileDirSource::new(&mirror),
        Some(&m.log.verifier()),
        |_, _| {},
    )
    .unwrap();
    assert_eq!(ok.size, 601);

    // The wrong key for the log is refused.
    let other = Mechanism::new(11);
    assert!(matches!(
        audit(
            &TileDirSource::new(&mirror),
            Some(&other.log.verifier()),
            |_, _| {}
        ),
        Err(AuditFailure::Checkpoint(_))
    ));

    // Rewrite entry 300 in the mirror's bundle, keeping a valid bundle shape.
    let bundle_path = mirror.join("tile/entries/001");
    let mut bundle = std::fs::read(&bundle_path).unwrap();
    let at = bundle.len() / 2;
    bundle[at] ^= 1;
    std::fs::write(&bundle_path, bundle).unwrap();
    match audit(
        &TileDirSource::new(&mirror),
        Some(&m.log.verifier()),
        |_, _| {},
    ) {
        Err(AuditFailure::Entry { index, .. }) => {
            assert!((256..512).contains(&index), "index {index}")
        }
        other => panic!("a rewritten entry must be found, got {other:?}"),
    }
}

#[test]
fn agreement_must_hold_together() {
    let m = Mechanism::new(12);
    let vk = |s: &truce_tlog::note::Signer| s.verifier().to_vkey();
    let keys = [
        vk(&m.parties[0]),
        vk(&m.parties[1]),
        vk(&m.facilitators[0]),
        vk(&m.facilitators[1]),
        vk(&m.monitor),
    ];
    let keyrefs = [
        &keys[0][..],
        &keys[1][..],
        &keys[2][..],
        &keys[3][..],
        &keys[4][..],
    ];
    let good = agreement_toml(m.log.name().as_str(), &vk(&m.log), keyrefs);
    truce_core::Agreement::from_toml(&good).unwrap();
    let cases = [
        (
            good.replace(
                "origin = \"test.truce.example/log\"",
                "origin = \"elsewhere\"",
            ),
            "origin",
        ),
        (
            good.replace(
                "role = \"party\"\nkeys = [\"party-b",
                "role = \"monitor\"\nkeys = [\"party-b",
            ),
            "two parties",
        ),
        (
            good.replace("bound = [\"a\", \"b\"]", "bound = [\"a\", \"z\"]"),
            "\"z\"",
        ),
        (good.replace(&keys[1], &keys[0]), "used twice"),
        (
            good.replace("facilitators = 1", "facilitators = 3"),
            "quorum",
        ),
        (
            good.replace("[[commitments]]", "[[commitments]]\nsurprise = 1"),
            "surprise",
        ),
    ];
    for (text, expect) in cases {
        let err = truce_core::Agreement::from_toml(&text)
            .unwrap_err()
            .to_string();
        assert!(err.contains(expect), "expected {expect:?} in: {err}");
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 12, .. Default::default() })]
    /// Whatever the batch sizes, the log audits clean and every proof verifies.
    #[test]
    fn any_sequence_of_batches_audits_clean(batches in proptest::collection::vec(1usize..300, 1..6)) {
        let m = Mechanism::new(13);
        let (_dir, n) = started(&m);
        let mut k = 0u64;
        for b in &batches {
            let entries: Vec<Vec<u8>> = (0..*b).map(|_| { k += 1; m.report(k) }).collect();
            for r in n.submit_batch(&entries).unwrap() { r.unwrap(); }
        }
        let total = 1 + k;
        let report = audit(&StoreSource(n.store()), Some(&m.log.verifier()), |_, _| {}).unwrap();
        proptest::prop_assert_eq!(report.size, total);
        let log = m.log.verifier();
        let p = prove_consistency(n.store(), &log, total / 2, total).unwrap();
        let proof: Vec<Hash> = p.proof.iter().map(|h| Hash::from_base64(h).unwrap()).collect();
        verify_consistency(total / 2, total, &Hash::from_base64(&p.old_root).unwrap(), &Hash::from_base64(&p.new_root).unwrap(), &proof).unwrap();
    }
}

/// A real SQLite store whose appends can be made to fail, to test what a failed group commit
/// does to the batches prepared behind it.
struct FlakyStore {
    inner: SqliteStore,
    fail: std::sync::atomic::AtomicBool,
}

impl Store for FlakyStore {
    fn head(&self) -> truce_store::Result<Option<truce_store::LogHead>> {
        self.inner.head()
    }
    fn append(&self, batch: &truce_store::Batch) -> truce_store::Result<()> {
        if self.fail.load(std::sync::atomic::Ordering::SeqCst) {
            return Err(truce_store::StoreError::Database(
                "disk full (injected)".into(),
            ));
        }
        self.inner.append(batch)
    }
    fn entries(&self, start: u64, end: u64) -> truce_store::Result<Vec<truce_store::StoredEntry>> {
        self.inner.entries(start, end)
    }
    fn entries_of_kinds(
        &self,
        kinds: &[&str],
    ) -> truce_store::Result<Vec<truce_store::StoredEntry>> {
        self.inner.entries_of_kinds(kinds)
    }
    fn tile(&self, level: u8, index: u64) -> truce_store::Result<Option<Vec<u8>>> {
        self.inner.tile(level, index)
    }
    fn describe(&self) -> String {
        self.inner.describe()
    }
}

#[test]
fn pipelined_batches_become_durable_in_order() {
    let m = Mechanism::new(20);
    let (_dir, n) = started(&m);
    let a = n.prepare(&[m.report(1), m.report(2)]).unwrap();
    let b = n.prepare(&[m.report(3)]).unwrap();
    // Nothing is written until a batch is made durable.
    assert_eq!(size(&n), 1);
    let ra = n.make_durable(a).unwrap();
    let rb = n.make_durable(b).unwrap();
    let indices: Vec<u64> = ra
        .iter()
        .chain(&rb)
        .map(|r| r.as_ref().unwrap().index)
        .collect();
    assert_eq!(indices, [1, 2, 3]);
    assert_eq!(size(&n), 4);
    audit(&StoreSource(n.store()), Some(&m.log.verifier()), |_, _| {}).unwrap();
}

#[test]
fn a_failed_commit_voids_the_batches_prepared_behind_it() {
    let m = Mechanism::new(21);
    let dir = TempDir::new().unwrap();
    let store = FlakyStore {
        inner: SqliteStore::open(&dir.path().join("truce.db")).unwrap(),
        fail: std::sync::atomic::AtomicBool::new(false),
    };
    let n = LogNode::open(store, m.log.clone(), None).unwrap();
    n.init(&m.genesis).unwrap();
    let a = n.prepare(&[m.report(1)]).unwrap();
    let b = n.prepare(&[m.report(2)]).unwrap();
    n.store()
        .fail
        .store(true, std::sync::atomic::Ordering::SeqCst);
    assert!(n.make_durable(a).is_err());
    n.store()
        .fail
        .store(false, std::sync::atomic::Ordering::SeqCst);
    // B was prepared on top of A, which never became durable: it is discarded unsigned.
    assert!(matches!(n.make_durable(b), Err(NodeError::Busy)));
    assert_eq!(
        n.store().head().unwrap().unwrap().size,
        1,
        "nothing was written"
    );
    // The node recovers from the store: the same records go in at the right places.
    let results = n.submit_batch(&[m.report(1), m.report(2)]).unwrap();
    assert_eq!(results[1].as_ref().unwrap().index, 2);
    audit(&StoreSource(n.store()), Some(&m.log.verifier()), |_, _| {}).unwrap();
}
