//! Shared helpers for the engine's tests: a test agreement, a genesis, and a harness that applies
//! records in log order with increasing times.
#![allow(dead_code, unreachable_pub)]

use jiff::{SignedDuration, Timestamp};
use serde_json::{Map, Value, json};
use truce_core::agreement::Agreement;
use truce_core::kinds::Kind;
use truce_engine::{EngineError, Input, State};
use truce_tlog::note::{KeyName, Signer};

/// The time of the genesis.
pub const START: &str = "2025-10-19T06:30:00Z";

/// A timestamp from RFC 3339.
pub fn ts(s: &str) -> Timestamp {
    s.parse().expect("valid time")
}

fn vkey(name: &str, salt: u8) -> String {
    let mut seed = [7u8; 32];
    seed[0] = salt;
    Signer::from_seed(KeyName::new(name).expect("valid name"), seed)
        .verifier()
        .to_vkey()
}

/// The test agreement: parties a and b, facilitators f1 and f2, a neutral monitor m, a joint
/// team j (members a and b), a team ja answering to a alone; clauses C1, C2, R1; benchmarks B1
/// (a, deadline 2026-01-31, verified by f1/f2) and B2 (b, 2026-03-31, verified by m); ladder
/// rules given as TOML (`ladder_rules`), reply window 72 hours.
pub fn agreement_toml_with(ladder_rules: &str) -> String {
    let log_name = "test.truce.example/log";
    format!(
        r#"
[agreement]
id = "engine-test"
title = "Illustrative engine test mechanism"
effective = "2025-10-19"
illustrative = true

[log]
origin = "{log_name}"
vkey = "{}"

[[participants]]
id = "a"
name = "Party A"
role = "party"
keys = ["{}"]

[[participants]]
id = "b"
name = "Party B"
role = "party"
keys = ["{}"]

[[participants]]
id = "f1"
name = "Facilitator 1"
role = "facilitator"
keys = ["{}"]

[[participants]]
id = "f2"
name = "Facilitator 2"
role = "facilitator"
keys = ["{}"]

[[participants]]
id = "m"
name = "Neutral monitor"
role = "monitor"
keys = ["{}"]

[[participants]]
id = "j"
name = "Joint team"
role = "monitor"
members = ["a", "b"]
keys = ["{}"]

[[participants]]
id = "ja"
name = "Party A's own monitors"
role = "monitor"
members = ["a"]
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

[[ladder]]
step = 3
name = "Suspension"
action = "Suspension of the benefit."

{ladder_rules}

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
        vkey(log_name, 0),
        vkey("party-a", 1),
        vkey("party-b", 2),
        vkey("facilitator-1", 3),
        vkey("facilitator-2", 4),
        vkey("monitor", 5),
        vkey("joint", 6),
        vkey("a-monitors", 7),
    )
}

/// The default ladder rules: any clause, 1 breach in 30 days → step 1, 2 → step 2; clause R1,
/// 1 breach in 90 days → step 3.
pub const LADDER_RULES: &str = r#"
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

[[ladder_rules]]
clause = "R1"
breaches = 1
window_days = 90
step = 3
"#;

/// The test agreement with the default ladder rules.
pub fn agreement() -> Agreement {
    Agreement::from_toml(&agreement_toml_with(LADDER_RULES)).expect("the test agreement is valid")
}

/// Signer lists.
pub const A: &[&str] = &["a"];
pub const B: &[&str] = &["b"];
pub const F1: &[&str] = &["f1"];
pub const FQ: &[&str] = &["f1", "f2"];
pub const M: &[&str] = &["m"];
pub const J: &[&str] = &["j"];

/// A state with records applied in log order, each one minute after the last unless a time is
/// given.
#[derive(Clone)]
pub struct Harness {
    pub state: State,
    pub time: Timestamp,
}

impl Harness {
    /// A state holding the genesis of the test agreement.
    pub fn new() -> Harness {
        Harness::with_agreement(agreement())
    }

    /// A state holding the genesis of `agreement`.
    pub fn with_agreement(agreement: Agreement) -> Harness {
        let mut h = Harness {
            state: State::default(),
            time: ts(START),
        };
        let body = obj(agreement.to_json());
        h.state
            .apply(Input {
                index: 0,
                kind: Kind::GENESIS,
                time: h.time,
                body: &body,
                signers: &["a".into(), "b".into(), "f1".into(), "f2".into()],
            })
            .expect("the genesis applies");
        h
    }

    /// Applies a record one minute after the last; returns its index.
    pub fn apply(&mut self, kind: &str, signers: &[&str], body: Value) -> Result<u64, EngineError> {
        let at = self.time + SignedDuration::from_mins(1);
        self.apply_at(at, kind, signers, body)
    }

    /// Applies a record at `time` (which becomes the harness's clock); returns its index.
    pub fn apply_at(
        &mut self,
        time: Timestamp,
        kind: &str,
        signers: &[&str],
        body: Value,
    ) -> Result<u64, EngineError> {
        let index = self.state.size;
        let body = obj(body);
        let signers: Vec<String> = signers.iter().map(|s| s.to_string()).collect();
        let kind = Kind::parse(kind).expect("known kind");
        self.state.apply(Input {
            index,
            kind,
            time,
            body: &body,
            signers: &signers,
        })?;
        self.time = time;
        Ok(index)
    }

    /// Applies a record that must be accepted.
    pub fn ok(&mut self, kind: &str, signers: &[&str], body: Value) -> u64 {
        self.apply(kind, signers, body.clone())
            .unwrap_or_else(|e| panic!("{kind} {body} was refused: {e}"))
    }

    /// Applies a record that must be refused, checks the state did not change, returns the error.
    pub fn refused(&mut self, kind: &str, signers: &[&str], body: Value) -> EngineError {
        let at = self.time + SignedDuration::from_mins(1);
        self.refused_at(at, kind, signers, body)
    }

    /// As `refused`, at `time`.
    pub fn refused_at(
        &mut self,
        time: Timestamp,
        kind: &str,
        signers: &[&str],
        body: Value,
    ) -> EngineError {
        let before = self.state.digest();
        let clone = self.state.clone();
        let clock = self.time;
        let err = match self.apply_at(time, kind, signers, body.clone()) {
            Ok(i) => panic!("{kind} {body} was accepted as record {i}"),
            Err(e) => e,
        };
        assert_eq!(
            self.state.digest(),
            before,
            "a refused {kind} changed the state"
        );
        assert_eq!(self.state, clone);
        assert_eq!(self.time, clock);
        err
    }

    /// The status of incident `i`.
    pub fn status(&self, i: u64) -> truce_engine::Status {
        self.state.incidents[&i].status
    }

    /// Reports an incident by `by`, accusing `accused`.
    pub fn report(&mut self, by: &[&str], accused: Option<&str>) -> u64 {
        self.ok("incident.report", by, report_body(accused))
    }

    /// Reports (a accusing b) and takes it to the reply window (joint team j verifies).
    pub fn reply_window(&mut self) -> u64 {
        let i = self.report(A, Some("b"));
        self.reply_window_from_reported(i)
    }

    /// Takes a reported incident to the reply window.
    pub fn reply_window_from_reported(&mut self, i: u64) -> u64 {
        self.ok("incident.triage", F1, admissible(i));
        self.ok("verification.assign", F1, assign(i, &["m"]));
        self.ok("verification.report", M, vreport(i));
        i
    }

    /// Takes an incident (a accusing b) to a confirmed finding against b on `clauses`; returns
    /// (incident, finding).
    pub fn confirmed(&mut self, clauses: &[&str]) -> (u64, u64) {
        let i = self.reply_window();
        self.ok("incident.reply", B, reply(i));
        let f = self.ok("finding", FQ, confirmed(i, "b", clauses));
        (i, f)
    }
}

/// A JSON object as a map.
pub fn obj(v: Value) -> Map<String, Value> {
    match v {
        Value::Object(m) => m,
        other => panic!("not an object: {other}"),
    }
}

/// A valid `incident.report` body.
pub fn report_body(accused: Option<&str>) -> Value {
    let mut body = json!({
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "date": "2025-10-18",
        "time_precision": 1,
        "location": {
            "name": "Border post 7",
            "admin1": "Province A",
            "country": "Country A",
            "latitude": "34.0151",
            "longitude": "71.0840",
            "geo_precision": 2
        },
        "fatalities": {"low": 0, "best": 0, "high": 1},
        "narrative": "Shelling near the border post.",
        "concerns": ["C1"],
        "classification": "public",
        "source": {"reliability": "B", "credibility": 2}
    });
    if let Some(a) = accused {
        body["accused"] = json!(a);
    }
    body
}

pub fn admissible(i: u64) -> Value {
    json!({"incident": i, "decision": "admissible"})
}

pub fn duplicate(i: u64, of: u64) -> Value {
    json!({"incident": i, "decision": "duplicate", "duplicate_of": of})
}

pub fn rejected(i: u64) -> Value {
    json!({"incident": i, "decision": "rejected", "reason": "Outside the agreement's area."})
}

pub fn assign(i: u64, team: &[&str]) -> Value {
    json!({"incident": i, "team": team, "due": "2025-10-25"})
}

pub fn vreport(i: u64) -> Value {
    json!({"incident": i, "summary": "Craters and fragments consistent with artillery."})
}

pub fn reply(i: u64) -> Value {
    json!({"incident": i, "text": "Our forces returned fire only."})
}

pub fn confirmed(i: u64, party: &str, clauses: &[&str]) -> Value {
    json!({"incident": i, "outcome": "confirmed", "attributed_to": party, "clauses": clauses,
           "summary": "The evidence shows the attack came from the accused side."})
}

pub fn outcome(i: u64, outcome: &str) -> Value {
    json!({"incident": i, "outcome": outcome, "summary": "Reasons."})
}

pub fn dissent(f: u64) -> Value {
    json!({"finding": f, "text": "We dispute the attribution."})
}

pub fn close(i: u64) -> Value {
    json!({"incident": i, "summary": "The response step was carried out."})
}

pub fn evidence(i: u64) -> Value {
    json!({
        "incident": i,
        "sha256": "a".repeat(64),
        "media_type": "image/jpeg",
        "size": 1024,
        "classification": "restricted",
        "description": "Photo of the crater.",
        "custody": [{"action": "collected", "by": "Team 1", "at": "2025-10-19T07:00:00Z"}]
    })
}

pub fn progress(b: &str) -> Value {
    json!({"benchmark": b, "summary": "Work continues."})
}

pub fn assessment(b: &str, outcome: &str) -> Value {
    json!({"benchmark": b, "outcome": outcome, "summary": "Observed on site."})
}

pub fn recip(link: &str) -> Value {
    json!({"link": link, "summary": "Done."})
}

/// A valid `intake.lead` body, as `truce intake run` writes it.
pub fn lead_body() -> Value {
    json!({
        "sentence": "Shelling was reported near Border post 7 on Monday.",
        "date": "2025-10-20",
        "date_precision": "day",
        "places": [{"name": "Border post 7", "admin1": "Province A", "country": "Country A",
                    "latitude": "34.0151", "longitude": "71.0840"}],
        "actors": [],
        "event_type": "Explosions/Remote violence",
        "sources": ["articles/illustrative-1.html"],
        "source_count": 1,
        "status": "unverified lead"
    })
}
