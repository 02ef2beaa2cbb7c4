//! Public views: a restricted or confidential incident is withheld (number, classification,
//! status and evidence hashes remain), evidence above public shows only its hash, and a finding
//! on a withheld incident keeps its outcome and attribution but not its reasons or dissent texts.

mod common;

use common::*;
use serde_json::{Value, json};
use truce_engine::public;

fn classified(h: &mut Harness, classification: &str) -> u64 {
    let mut body = report_body(Some("b"));
    body["classification"] = json!(classification);
    body["narrative"] = json!("Secret narrative: the patrol's route.");
    h.ok("incident.report", A, body)
}

fn evidence_as(i: u64, classification: &str, sha: char) -> Value {
    let mut e = evidence(i);
    e["classification"] = json!(classification);
    e["sha256"] = json!(sha.to_string().repeat(64));
    e["description"] = json!("Secret description: the informant's photo.");
    e
}

/// Every string anywhere in a JSON value.
fn strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        Value::Object(m) => m.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}

fn leaks(v: &Value) -> Vec<String> {
    let mut all = Vec::new();
    strings(v, &mut all);
    all.into_iter().filter(|s| s.contains("Secret")).collect()
}

#[test]
fn a_public_incident_is_shown_with_restricted_evidence_as_a_hash() {
    let mut h = Harness::new();
    let i = h.report(A, Some("b"));
    let open = h.ok("evidence.submit", A, {
        let mut e = evidence_as(i, "public", 'b');
        e["description"] = json!("Crater, north wall.");
        e
    });
    let closed = h.ok("evidence.submit", A, evidence_as(i, "restricted", 'c'));
    let conf = h.ok("evidence.submit", A, evidence_as(i, "confidential", 'd'));
    let v = public::incident(&h.state, &h.state.incidents[&i]);
    assert!(!v.withheld);
    assert_eq!(
        v.report.unwrap().narrative,
        "Shelling near the border post."
    );
    assert_eq!(v.reporter, Some("a"));
    assert_eq!(v.evidence.len(), 3);
    let shown = &v.evidence[0];
    assert_eq!((shown.index, shown.withheld), (open, false));
    assert_eq!(shown.description, Some("Crater, north wall."));
    assert_eq!(shown.custody.as_ref().unwrap().len(), 1);
    for (e, index, sha) in [(&v.evidence[1], closed, 'c'), (&v.evidence[2], conf, 'd')] {
        assert_eq!(e.index, index);
        assert!(e.withheld);
        assert_eq!(e.sha256, sha.to_string().repeat(64));
        assert_eq!(
            (e.media_type, e.size, e.description, e.submitted_by),
            (None, None, None, None)
        );
        assert!(e.custody.is_none());
    }
    let json = serde_json::to_value(&v).unwrap();
    assert!(leaks(&json).is_empty(), "{:?}", leaks(&json));
    assert_eq!(json["evidence"][1]["sha256"], json!("c".repeat(64)));
    assert!(json["evidence"][1].get("description").is_none());
}

#[test]
fn restricted_and_confidential_incidents_are_withheld() {
    for classification in ["restricted", "confidential"] {
        let mut h = Harness::new();
        let i = classified(&mut h, classification);
        // Even evidence marked public is withheld with its incident: it would describe it.
        let e = h.ok("evidence.submit", A, evidence_as(i, "public", 'e'));
        h.reply_window_from_reported(i);
        h.ok("incident.reply", B, {
            let mut r = reply(i);
            r["text"] = json!("Secret reply: our unit was elsewhere.");
            r
        });
        let f = h.ok("finding", FQ, {
            let mut f = confirmed(i, "b", &["C1"]);
            f["summary"] = json!("Secret reasons: the intercepted call.");
            f
        });
        let d = h.ok("finding.dissent", B, {
            let mut d = dissent(f);
            d["text"] = json!("Secret dissent: the call was forged.");
            d
        });
        let v = public::incident(&h.state, &h.state.incidents[&i]);
        assert!(v.withheld, "{classification}");
        assert_eq!(v.index, i);
        assert_eq!(v.status, truce_engine::Status::Response);
        assert_eq!(v.finding, Some(f));
        assert!(v.report.is_none() && v.reporter.is_none() && v.history.is_none());
        assert!(v.reply.is_none() && v.team.is_none() && v.reply_deadline.is_none());
        // The hash stays, so a later disclosure can be proved against it.
        assert_eq!(v.evidence.len(), 1);
        assert_eq!((v.evidence[0].index, v.evidence[0].withheld), (e, true));
        assert_eq!(v.evidence[0].sha256, "e".repeat(64));
        let json = serde_json::to_value(&v).unwrap();
        assert!(leaks(&json).is_empty(), "{:?}", leaks(&json));
        assert_eq!(json["classification"], json!(classification));

        // The finding stays a public act: outcome, attribution, clauses, who dissented.
        let pf = public::finding(&h.state, &h.state.findings[&f]);
        assert!(pf.withheld);
        assert_eq!(pf.attributed_to, Some("b"));
        assert_eq!(pf.clauses, ["C1".to_string()]);
        assert_eq!(pf.summary, None);
        assert_eq!(pf.dissents.len(), 1);
        assert_eq!((pf.dissents[0].party, pf.dissents[0].index), ("b", d));
        assert_eq!(pf.dissents[0].text, None);
        let json = serde_json::to_value(&pf).unwrap();
        assert!(leaks(&json).is_empty(), "{:?}", leaks(&json));

        // Evidence looked up on its own is withheld the same way.
        let pe = public::evidence(&h.state, &h.state.evidence[&e]);
        assert!(pe.withheld && pe.description.is_none());
    }
}

#[test]
fn a_finding_on_a_public_incident_is_shown_whole() {
    let mut h = Harness::new();
    let (_, f) = h.confirmed(&["C2"]);
    let d = h.ok("finding.dissent", B, dissent(f));
    let pf = public::finding(&h.state, &h.state.findings[&f]);
    assert!(!pf.withheld);
    assert_eq!(
        pf.summary,
        Some("The evidence shows the attack came from the accused side.")
    );
    assert_eq!(pf.dissents[0].index, d);
    assert_eq!(pf.dissents[0].text, Some("We dispute the attribution."));
}
