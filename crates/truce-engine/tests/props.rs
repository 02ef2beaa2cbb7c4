//! Property tests: random sequences of plausible and implausible records. The engine never
//! panics, refuses what it must (never two findings for one incident; statuses only move along
//! the allowed transitions), a refused record never changes the state, and the state rebuilt
//! from the accepted records alone (or read back from JSON) has the same digest.

mod common;

use common::*;
use jiff::{SignedDuration, Timestamp};
use proptest::prelude::*;
use serde_json::{Map, Value, json};
use truce_core::kinds::Kind;
use truce_engine::{Input, State, Status};

const KINDS: &[&str] = &[
    "incident.report",
    "incident.triage",
    "verification.assign",
    "verification.report",
    "incident.reply",
    "finding",
    "finding.dissent",
    "incident.close",
    "evidence.submit",
    "evidence.custody",
    "benchmark.progress",
    "benchmark.assessment",
    "reciprocity.offer",
    "reciprocity.delivery",
    "observation",
    "intake.lead",
    "agreement.amend",
];

const SIGNERS: &[&[&str]] = &[
    &["a"],
    &["b"],
    &["f1"],
    &["f2"],
    &["f1", "f2"],
    &["m"],
    &["j"],
    &["ja"],
    &["a", "b"],
];

/// One generated record, before it is bound to the state it is applied to.
#[derive(Clone, Debug)]
struct Op {
    kind: usize,
    signers: usize,
    /// Picks the record it refers to: an index near the end of the log, or any.
    target: u64,
    /// Picks variants of the body (outcome, decision, team, ...).
    variant: u8,
    /// Replaces the body by noise.
    garbage: Option<Map<String, Value>>,
    /// Minutes since the previous record.
    minutes: u32,
}

fn noise() -> impl Strategy<Value = Map<String, Value>> {
    let key = prop::sample::select(vec![
        "incident",
        "finding",
        "evidence",
        "decision",
        "team",
        "due",
        "summary",
        "text",
        "outcome",
        "attributed_to",
        "clauses",
        "benchmark",
        "link",
        "duplicate_of",
        "reason",
        "x",
    ]);
    let value = prop_oneof![
        any::<u64>().prop_map(|n| json!(n % 64)),
        any::<i64>().prop_map(|n| json!(n)),
        "[a-z ]{0,8}".prop_map(|s| json!(s)),
        Just(json!(null)),
        Just(json!(["C1", "b"])),
        Just(json!({"k": 1})),
    ];
    prop::collection::btree_map(key, value, 0..6)
        .prop_map(|m| m.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

fn op() -> impl Strategy<Value = Op> {
    (
        0..KINDS.len(),
        0..SIGNERS.len(),
        any::<u64>(),
        any::<u8>(),
        prop::option::weighted(0.08, noise()),
        prop_oneof![4 => 0u32..120, 1 => 0u32..10_000],
    )
        .prop_map(|(kind, signers, target, variant, garbage, minutes)| Op {
            kind,
            signers,
            target,
            variant,
            garbage,
            minutes,
        })
}

/// Mostly the incidents/findings/evidence that exist, sometimes any index.
fn pick(target: u64, existing: &[u64], size: u64) -> u64 {
    if existing.is_empty() || target.is_multiple_of(7) {
        target % (size + 3)
    } else {
        existing[(target / 7) as usize % existing.len()]
    }
}

fn body(op: &Op, state: &State) -> Value {
    if let Some(g) = &op.garbage {
        return Value::Object(g.clone());
    }
    let incidents: Vec<u64> = state.incidents.keys().copied().collect();
    let findings: Vec<u64> = state.findings.keys().copied().collect();
    let evidences: Vec<u64> = state.evidence.keys().copied().collect();
    let i = pick(op.target, &incidents, state.size);
    let v = op.variant;
    let party = ["a", "b", "m"][v as usize % 3];
    match KINDS[op.kind] {
        "incident.report" => report_body([Some("a"), Some("b"), None][v as usize % 3]),
        "incident.triage" => match v % 4 {
            0 | 1 => admissible(i),
            2 => duplicate(i, pick(op.target / 3, &incidents, state.size)),
            _ => rejected(i),
        },
        "verification.assign" => {
            let teams: &[&[&str]] = &[&["m"], &["a"], &["b"], &["j"], &["ja"], &["f1", "m"], &[]];
            assign(i, teams[v as usize % teams.len()])
        }
        "verification.report" => vreport(i),
        "incident.reply" => reply(i),
        "finding" => match v % 5 {
            0 | 1 => confirmed(i, party, &[["C1", "C2", "R1"][v as usize / 5 % 3]]),
            2 => outcome(i, "unfounded"),
            3 => outcome(i, "inconclusive"),
            _ => outcome(i, "not_attributable"),
        },
        "finding.dissent" => dissent(pick(op.target, &findings, state.size)),
        "incident.close" => close(i),
        "evidence.submit" => evidence(i),
        "evidence.custody" => json!({
            "evidence": pick(op.target, &evidences, state.size),
            "step": {"action": "examined", "by": "Lab", "at": "2025-10-20T07:00:00Z"}
        }),
        "benchmark.progress" => progress(["B1", "B2", "B3"][v as usize % 3]),
        "benchmark.assessment" => assessment(
            ["B1", "B2"][v as usize % 2],
            ["met", "partial", "not_met"][v as usize / 2 % 3],
        ),
        "reciprocity.offer" | "reciprocity.delivery" => recip(["X1", "X2", "X3"][v as usize % 3]),
        "observation" => json!({"summary": "seen", "incident": i}),
        "intake.lead" => {
            // Now and then a lead that claims to be verified, which must be refused.
            let mut b = lead_body();
            b["sentence"] = json!(format!("Lead {v}."));
            if v.is_multiple_of(9) {
                b["status"] = json!("verified");
            }
            b
        }
        "agreement.amend" => {
            if v.is_multiple_of(2) {
                agreement().to_json()
            } else {
                json!({"agreement": {"id": "x"}})
            }
        }
        other => unreachable!("{other}"),
    }
}

/// An accepted record, kept to replay.
struct Accepted {
    kind: Kind,
    time: Timestamp,
    body: Map<String, Value>,
    signers: Vec<String>,
}

fn replay(records: &[Accepted]) -> State {
    let mut state = State::default();
    for (index, r) in records.iter().enumerate() {
        state
            .apply(Input {
                index: index as u64,
                kind: r.kind,
                time: r.time,
                body: &r.body,
                signers: &r.signers,
            })
            .expect("an accepted record is accepted again");
    }
    state
}

/// Whether the workflow allows `from` → `to` by a record of `kind`.
fn allowed(from: Status, to: Status, kind: &str) -> bool {
    use Status::*;
    match (from, kind, to) {
        (Reported, "incident.triage", Triaged | Duplicate | Rejected) => true,
        (Triaged, "verification.assign", UnderVerification) => true,
        (UnderVerification, "verification.report", ReplyWindow) => true,
        (ReplyWindow, "incident.reply", ReplyWindow) => true,
        (ReplyWindow, "finding", Finding | Response) => true,
        (Finding | Response, "incident.close", Closed) => true,
        // A dissent is recorded in the history and changes nothing.
        (s, "finding.dissent", t) => s == t && matches!(s, Finding | Response | Closed),
        _ => false,
    }
}

fn check_invariants(state: &State) {
    let mut findings_per_incident = std::collections::BTreeMap::<u64, u64>::new();
    // A lead is never recorded as anything but a proposal.
    for (index, lead) in &state.leads {
        assert_eq!(
            lead["status"],
            json!(truce_engine::bodies::LEAD_STATUS),
            "lead {index}"
        );
    }
    for (index, f) in &state.findings {
        *findings_per_incident.entry(f.finding.incident).or_default() += 1;
        assert_eq!(state.incidents[&f.finding.incident].finding, Some(*index));
        let mut parties: Vec<&str> = f.dissents.iter().map(|d| d.0.as_str()).collect();
        let n = parties.len();
        parties.sort_unstable();
        parties.dedup();
        assert_eq!(
            parties.len(),
            n,
            "a party dissented twice from finding {index}"
        );
        if f.finding.outcome == truce_engine::bodies::Outcome::Confirmed {
            assert!(f.finding.attributed_to.is_some());
            assert!(!f.finding.clauses.is_empty());
        } else {
            assert!(f.finding.attributed_to.is_none());
        }
    }
    assert!(
        findings_per_incident.values().all(|n| *n == 1),
        "two findings for one incident"
    );
    for (index, inc) in &state.incidents {
        let first = &inc.history[0];
        assert_eq!(
            (first.index, first.kind.as_str(), first.status),
            (*index, "incident.report", Status::Reported)
        );
        for pair in inc.history.windows(2) {
            assert!(pair[0].index < pair[1].index);
            assert!(
                allowed(pair[0].status, pair[1].status, &pair[1].kind),
                "incident {index}: {:?} -> {:?} by {}",
                pair[0].status,
                pair[1].status,
                pair[1].kind
            );
        }
        assert_eq!(inc.history.last().unwrap().status, inc.status);
        let replies = inc
            .history
            .iter()
            .filter(|s| s.kind == "incident.reply")
            .count();
        assert_eq!(replies, usize::from(inc.reply.is_some()));
        if let Some((r, _)) = &inc.reply {
            let step = inc.history.iter().find(|s| s.index == *r).unwrap();
            assert!(step.time.as_str() <= inc.reply_deadline.as_deref().unwrap());
            assert_eq!(Some(step.by.as_str()), inc.report.accused.as_deref());
        }
        let has_finding = inc.history.iter().any(|s| s.kind == "finding");
        assert_eq!(has_finding, inc.finding.is_some());
        if inc.no_reply {
            assert!(inc.reply.is_none() && inc.finding.is_some());
        }
        if inc.status == Status::Duplicate {
            let of = inc.duplicate_of.expect("a duplicate names its original");
            assert!(of != *index && state.incidents.contains_key(&of));
            // Following duplicate_of ends at an original: no cycles.
            let mut at = *index;
            let mut steps = 0;
            while let Some(next) = state.incidents[&at].duplicate_of {
                at = next;
                steps += 1;
                assert!(
                    steps <= state.incidents.len(),
                    "a cycle of duplicates through {index}"
                );
            }
        }
    }
}

fn run(ops: &[Op], check_every_refusal: bool) {
    let mut h = Harness::new();
    let genesis = Accepted {
        kind: Kind::GENESIS,
        time: h.time,
        body: obj(agreement().to_json()),
        signers: ["a", "b", "f1", "f2"].map(String::from).to_vec(),
    };
    let mut accepted = vec![genesis];
    let mut refusals = 0;
    for op in ops {
        let time = h.time + SignedDuration::from_mins(i64::from(op.minutes));
        let b = body(op, &h.state);
        let signers = SIGNERS[op.signers];
        let kind = KINDS[op.kind];
        let before = check_every_refusal.then(|| (h.state.clone(), h.state.digest()));
        let size = h.state.size;
        match h.apply_at(time, kind, signers, b.clone()) {
            Ok(index) => {
                assert_eq!(index, size);
                assert_eq!(h.state.size, size + 1);
                accepted.push(Accepted {
                    kind: Kind::parse(kind).unwrap(),
                    time,
                    body: obj(b),
                    signers: signers.iter().map(|s| s.to_string()).collect(),
                });
            }
            Err(_) => {
                refusals += 1;
                assert_eq!(h.state.size, size);
                if let Some((state, digest)) = before {
                    assert_eq!(h.state, state);
                    assert_eq!(h.state.digest(), digest);
                }
            }
        }
    }
    check_invariants(&h.state);

    // Incremental apply (interleaved with refusals) equals a replay of the accepted records.
    let replayed = replay(&accepted);
    assert_eq!(replayed.digest(), h.state.digest());
    assert_eq!(replayed, h.state);

    // The streamed digest is SHA-256 of the state's RFC 8785 form, computed the plain way.
    {
        use base64::Engine as _;
        use sha2::Digest as _;
        let value = serde_json::to_value(&h.state).unwrap();
        let canonical = serde_json_canonicalizer::to_vec(&value).unwrap();
        let plain =
            base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(&canonical));
        assert_eq!(h.state.digest(), plain);
    }

    // Serialised to JSON and back: the same state, the same digest.
    let text = serde_json::to_string(&h.state).unwrap();
    let back: State = serde_json::from_str(&text).expect("the state reads back");
    assert_eq!(back.digest(), h.state.digest());
    assert_eq!(back, h.state);

    // The views never panic, at any moment; and the state read back from JSON (which has no
    // derived indexes, so its views scan everything) gives the same views as the indexed one.
    for now in [
        ts("2025-01-01T00:00:00Z"),
        h.time - SignedDuration::from_hours(24 * 3),
        h.time - SignedDuration::from_hours(24 * 20),
        h.time,
        h.time + SignedDuration::from_hours(24 * 400),
    ] {
        use truce_engine::compliance::{benchmark_board, ladder, open_deadlines, reciprocity};
        assert_eq!(benchmark_board(&h.state, now), benchmark_board(&back, now));
        assert_eq!(ladder(&h.state, now), ladder(&back, now));
        assert_eq!(reciprocity(&h.state, now), reciprocity(&back, now));
        assert_eq!(open_deadlines(&h.state, now), open_deadlines(&back, now));
        assert_eq!(
            truce_engine::compliance::incidents_by_status(&h.state),
            truce_engine::compliance::incidents_by_status(&back)
        );
        assert_eq!(
            truce_engine::compliance::triage_queue(&h.state, now),
            truce_engine::compliance::triage_queue(&back, now)
        );
    }
    let day: jiff::civil::Date = truce_core::record::format_time(h.time)[..10]
        .parse()
        .unwrap();
    let report = truce_engine::report::period_report(&h.state, day.yesterday().unwrap(), day);
    report.to_markdown();
    let _ = refusals;
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn random_sequences(ops in prop::collection::vec(op(), 1..120)) {
        run(&ops, true);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    /// Longer sequences, checking the replay only (cheaper per record).
    #[test]
    fn long_random_sequences(ops in prop::collection::vec(op(), 300..1000)) {
        run(&ops, false);
    }
}

/// A directed sequence that reaches every status, to be sure the random runs are not all
/// trivial.
#[test]
fn the_generator_reaches_deep_states() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..64 {
        let ops = prop::collection::vec(op(), 300..400)
            .new_tree(&mut runner)
            .unwrap()
            .current();
        let mut h = Harness::new();
        for op in &ops {
            let time = h.time + SignedDuration::from_mins(i64::from(op.minutes));
            let b = body(op, &h.state);
            let _ = h.apply_at(time, KINDS[op.kind], SIGNERS[op.signers], b);
        }
        for inc in h.state.incidents.values() {
            for s in &inc.history {
                seen.insert(s.status);
            }
        }
    }
    assert_eq!(seen.len(), 9, "statuses reached: {seen:?}");
}

/// A state far larger than the digest's write-out buffer still streams as canonical JSON (the
/// fast path, not the fallback): the state's field order and its large maps' key order are what
/// RFC 8785 asks, and the bytes are those of the reference implementation.
#[test]
fn a_large_state_streams_its_canonical_form() {
    let mut h = Harness::new();
    for n in 0..1_500 {
        let r = h.report(B, Some("a"));
        h.ok("evidence.submit", B, evidence(r));
        let (_, f) = h.confirmed(&["C1"]);
        if n % 3 == 0 {
            h.ok("finding.dissent", B, dissent(f));
        }
    }
    /// Keeps what it is given and counts the pieces.
    struct Pieces(Vec<u8>, usize);
    impl std::io::Write for Pieces {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.extend_from_slice(b);
            self.1 += 1;
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut sink = Pieces(Vec::new(), 0);
    truce_core::jcs_stream::to_writer(&h.state, &mut sink).expect("the state streams");
    // Written out as it went, not held whole and reordered at the end.
    assert!(sink.1 > 2, "written in {} pieces", sink.1);
    let streamed = sink.0;
    assert!(
        streamed.len() > 2 << 20,
        "only {} bytes: too small to be written out part-way",
        streamed.len()
    );
    let reference = serde_json_canonicalizer::to_vec(&h.state).unwrap();
    assert!(streamed == reference, "not the reference bytes");
    {
        use base64::Engine as _;
        use sha2::Digest as _;
        let plain =
            base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(&reference));
        assert_eq!(h.state.digest(), plain);
    }
}
