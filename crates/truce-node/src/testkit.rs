//! A small illustrative mechanism with deterministic keys, for tests and benchmarks of this crate
//! and the crates above it. Not used by the running node.

use jiff::Timestamp;
use truce_core::agreement::Agreement;
use truce_core::kinds::Kind;
use truce_core::record::Record;
use truce_tlog::note::{KeyName, Note, Signer};

/// Keys and a signed genesis for a two-party, two-facilitator, one-monitor agreement.
pub struct Mechanism {
    /// The log key.
    pub log: Signer,
    /// Party A, party B.
    pub parties: [Signer; 2],
    /// Facilitator A, facilitator B.
    pub facilitators: [Signer; 2],
    /// A monitoring team.
    pub monitor: Signer,
    /// The agreement.
    pub agreement: Agreement,
    /// The genesis entry, signed by both parties and both facilitators.
    pub genesis: Vec<u8>,
}

/// The time test records carry.
pub fn test_time() -> Timestamp {
    "2025-10-19T06:30:00Z".parse().expect("valid time")
}

fn signer(name: &str, seed: u8, salt: u8) -> Signer {
    let mut bytes = [seed; 32];
    bytes[0] = salt;
    Signer::from_seed(KeyName::new(name).expect("valid name"), bytes)
}

/// The agreement TOML of the test mechanism, with the given verifier keys.
pub fn agreement_toml(log_origin: &str, log_vkey: &str, keys: [&str; 5]) -> String {
    format!(
        r#"
[agreement]
id = "test-mechanism"
title = "Illustrative test mechanism"
effective = "2025-10-19"
illustrative = true

[log]
origin = "{log_origin}"
vkey = "{log_vkey}"

[[participants]]
id = "a"
name = "Party A (illustrative)"
role = "party"
keys = ["{}"]

[[participants]]
id = "b"
name = "Party B (illustrative)"
role = "party"
keys = ["{}"]

[[participants]]
id = "f1"
name = "Facilitator 1 (illustrative)"
role = "facilitator"
keys = ["{}"]

[[participants]]
id = "f2"
name = "Facilitator 2 (illustrative)"
role = "facilitator"
keys = ["{}"]

[[participants]]
id = "m"
name = "Monitoring team (illustrative)"
role = "monitor"
keys = ["{}"]

[quorum.amendment]
parties = "all"
facilitators = 1

[quorum.finding]
parties = 0
facilitators = "all"

[[commitments]]
id = "C1"
text = "No cross-border attacks."
bound = ["a", "b"]

[[commitments]]
id = "C2"
text = "Crossings open for trade."
bound = ["a", "b"]

[[red_lines]]
id = "R1"
text = "Attacks on civilians."

[[benchmarks]]
id = "B1"
commitment = "C2"
party = "a"
metric = "Days per week the crossing is open"
target = "6"
deadline = "2026-01-31"
verified_by = ["f1", "f2"]
method = "facilitators' logs"

[[benchmarks]]
id = "B2"
commitment = "C1"
party = "b"
metric = "Listed camps relocated"
target = "all"
deadline = "2026-03-31"
verified_by = ["m"]
method = "joint observation"

[[ladder]]
step = 1
name = "Notice"
action = "Formal notice."

[[ladder]]
step = 2
name = "Demarche"
action = "Joint demarche."

[[ladder_rules]]
clause = "*"
breaches = 1
window_days = 30
step = 1

[[ladder_rules]]
clause = "*"
breaches = 2
window_days = 30
step = 2

[[reciprocity]]
id = "X1"
offer_by = "a"
offer = "Transit permits"
in_return_by = "b"
in_return_for = "B2"

[[reciprocity]]
id = "X2"
offer_by = "b"
offer = "Patrol access"
in_return_by = "a"
in_return_for = "B1"

[deadlines]
reply_hours = 72
"#,
        keys[0], keys[1], keys[2], keys[3], keys[4]
    )
}

impl Mechanism {
    /// A mechanism whose keys are derived from `seed`.
    pub fn new(seed: u8) -> Mechanism {
        let log = signer("test.truce.example/log", seed, 0);
        let parties = [signer("party-a", seed, 1), signer("party-b", seed, 2)];
        let facilitators = [
            signer("facilitator-1", seed, 3),
            signer("facilitator-2", seed, 4),
        ];
        let monitor = signer("monitor", seed, 5);
        let vkeys = [
            parties[0].verifier().to_vkey(),
            parties[1].verifier().to_vkey(),
            facilitators[0].verifier().to_vkey(),
            facilitators[1].verifier().to_vkey(),
            monitor.verifier().to_vkey(),
        ];
        let toml = agreement_toml(
            log.name().as_str(),
            &log.verifier().to_vkey(),
            [&vkeys[0], &vkeys[1], &vkeys[2], &vkeys[3], &vkeys[4]],
        );
        let agreement = Agreement::from_toml(&toml).expect("the test agreement is valid");
        let record =
            Record::new(Kind::GENESIS, test_time(), agreement.to_json()).expect("valid record");
        let mut note = Note::new(&record.to_text()).expect("valid note");
        for s in parties.iter().chain(facilitators.iter()) {
            note.sign(s);
        }
        Mechanism {
            log,
            parties,
            facilitators,
            monitor,
            agreement,
            genesis: note.to_bytes(),
        }
    }

    /// A signed entry of `kind` with `body`, signed by each of `signers`.
    pub fn entry(&self, signers: &[&Signer], kind: &str, body: serde_json::Value) -> Vec<u8> {
        let record = Record::new(Kind::parse(kind).expect("known kind"), test_time(), body)
            .expect("valid body");
        let mut note = Note::new(&record.to_text()).expect("valid note");
        for s in signers {
            note.sign(s);
        }
        note.to_bytes()
    }

    /// An incident report by party A, accusing party B, with a distinguishing number.
    pub fn report(&self, n: u64) -> Vec<u8> {
        self.entry(
            &[&self.parties[0]],
            "incident.report",
            report_body(n, Some("b")),
        )
    }
}

/// A valid `incident.report` body whose narrative carries `n`.
pub fn report_body(n: u64, accused: Option<&str>) -> serde_json::Value {
    let mut body = serde_json::json!({
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "date": "2025-10-18",
        "time_precision": 1,
        "location": {
            "name": "Border post 7 (illustrative)",
            "admin1": "Province A",
            "country": "Country A",
            "latitude": "34.0151",
            "longitude": "71.0840",
            "geo_precision": 2
        },
        "fatalities": {"low": 0, "best": 0, "high": 1},
        "narrative": format!("Illustrative test report number {n}."),
        "concerns": ["C1"],
        "classification": "public",
        "source": {"reliability": "B", "credibility": 2},
        "illustrative": true
    });
    if let Some(a) = accused {
        body["accused"] = serde_json::json!(a);
    }
    body
}
