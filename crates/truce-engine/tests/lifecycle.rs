//! Full lifecycle scenarios through `State::apply`.

mod common;

use common::*;
use truce_engine::Status;
use truce_engine::bodies::Outcome;

#[test]
fn full_lifecycle_report_to_close() {
    let mut h = Harness::new();
    let i = h.report(A, Some("b"));
    assert_eq!(h.status(i), Status::Reported);
    let e = h.ok("evidence.submit", A, evidence(i));
    h.ok("incident.triage", F1, admissible(i));
    assert_eq!(h.status(i), Status::Triaged);
    h.ok("verification.assign", F1, assign(i, &["m"]));
    assert_eq!(h.status(i), Status::UnderVerification);
    let mut report = vreport(i);
    report["evidence"] = serde_json::json!([e]);
    let vr = h.ok("verification.report", M, report);
    assert_eq!(h.status(i), Status::ReplyWindow);
    let r = h.ok("incident.reply", B, reply(i));
    assert_eq!(h.status(i), Status::ReplyWindow);
    let f = h.ok("finding", FQ, confirmed(i, "b", &["C1"]));
    assert_eq!(h.status(i), Status::Response);
    let d = h.ok("finding.dissent", B, dissent(f));
    assert_eq!(h.status(i), Status::Response);
    let c = h.ok("incident.close", F1, close(i));
    assert_eq!(h.status(i), Status::Closed);

    let inc = &h.state.incidents[&i];
    assert_eq!(inc.reporter, "a");
    assert_eq!(inc.team, vec!["m".to_string()]);
    assert_eq!(inc.verification_due.as_deref(), Some("2025-10-25"));
    assert_eq!(inc.evidence, vec![e]);
    assert_eq!(inc.reply.as_ref().map(|r| r.0), Some(r));
    assert!(!inc.no_reply);
    assert_eq!(inc.finding, Some(f));
    // The window opened at the verification report and lasts 72 hours.
    let vr_time = ts(&inc.history.iter().find(|s| s.index == vr).unwrap().time);
    assert_eq!(
        ts(inc.reply_deadline.as_deref().unwrap()),
        vr_time + jiff::SignedDuration::from_hours(72)
    );
    let kinds: Vec<(&str, Status)> = inc
        .history
        .iter()
        .map(|s| (s.kind.as_str(), s.status))
        .collect();
    assert_eq!(
        kinds,
        vec![
            ("incident.report", Status::Reported),
            ("incident.triage", Status::Triaged),
            ("verification.assign", Status::UnderVerification),
            ("verification.report", Status::ReplyWindow),
            ("incident.reply", Status::ReplyWindow),
            ("finding", Status::Response),
            ("finding.dissent", Status::Response),
            ("incident.close", Status::Closed),
        ]
    );
    assert_eq!(inc.history.last().unwrap().index, c);
    let finding = &h.state.findings[&f];
    assert_eq!(finding.signed_by, vec!["f1".to_string(), "f2".to_string()]);
    assert_eq!(finding.finding.outcome, Outcome::Confirmed);
    assert_eq!(finding.dissents.len(), 1);
    assert_eq!(finding.dissents[0].0, "b");
    assert_eq!(finding.dissents[0].1, d);
    assert_eq!(h.state.size, c + 1);
    assert_eq!(h.state.evidence[&e].evidence.incident, i);
}

#[test]
fn duplicate_triage_path() {
    let mut h = Harness::new();
    let first = h.report(A, Some("b"));
    let second = h.report(M, Some("b"));
    h.ok("incident.triage", F1, duplicate(second, first));
    assert_eq!(h.status(second), Status::Duplicate);
    assert_eq!(h.state.incidents[&second].duplicate_of, Some(first));
    // The original goes on.
    assert_eq!(h.status(first), Status::Reported);
    h.reply_window_from_reported(first);
    assert_eq!(h.status(first), Status::ReplyWindow);
}

#[test]
fn duplicate_needs_another_existing_incident() {
    let mut h = Harness::new();
    let i = h.report(A, Some("b"));
    let e = h.refused(
        "incident.triage",
        F1,
        serde_json::json!({"incident": i, "decision": "duplicate"}),
    );
    assert!(e.to_string().contains("duplicate_of"), "{e}");
    let e = h.refused("incident.triage", F1, duplicate(i, i));
    assert!(e.to_string().contains("not another incident"), "{e}");
    let e = h.refused("incident.triage", F1, duplicate(i, 999));
    assert!(e.to_string().contains("not another incident"), "{e}");
}

#[test]
fn duplicates_point_at_the_original_and_never_form_a_cycle() {
    let mut h = Harness::new();
    let first = h.report(A, Some("b"));
    let second = h.report(M, Some("b"));
    let third = h.report(F1, Some("b"));
    h.ok("incident.triage", F1, duplicate(second, first));
    let e = h.refused("incident.triage", F1, duplicate(third, second));
    assert!(
        e.to_string()
            .contains(&format!("itself a duplicate of incident {first}")),
        "{e}"
    );
    // The original cannot be folded into its own duplicate.
    let e = h.refused("incident.triage", F1, duplicate(first, second));
    assert!(e.to_string().contains("itself a duplicate"), "{e}");
    h.ok("incident.triage", F1, duplicate(third, first));
    assert_eq!(h.status(first), Status::Reported);
}

#[test]
fn admissible_triage_ignores_duplicate_of() {
    let mut h = Harness::new();
    let first = h.report(A, Some("b"));
    let i = h.report(A, Some("b"));
    h.ok(
        "incident.triage",
        F1,
        serde_json::json!({"incident": i, "decision": "admissible", "duplicate_of": first}),
    );
    assert_eq!(h.state.incidents[&i].duplicate_of, None);
}

#[test]
fn rejected_triage_path() {
    let mut h = Harness::new();
    let i = h.report(B, Some("a"));
    let e = h.refused(
        "incident.triage",
        F1,
        serde_json::json!({"incident": i, "decision": "rejected"}),
    );
    assert!(e.to_string().contains("reason"), "{e}");
    h.ok("incident.triage", F1, rejected(i));
    assert_eq!(h.status(i), Status::Rejected);
    let e = h.refused("verification.assign", F1, assign(i, &["m"]));
    assert!(
        e.to_string().contains("nothing: the incident is finished"),
        "{e}"
    );
}

#[test]
fn incident_accusing_no_party() {
    let mut h = Harness::new();
    let i = h.report(M, None);
    h.reply_window_from_reported(i);
    // No one may reply: there is no accused party.
    let e = h.refused("incident.reply", A, reply(i));
    assert!(e.to_string().contains("accuses no party"), "{e}");
    // A finding may follow at once: there is no window to wait for.
    let f = h.ok("finding", FQ, outcome(i, "not_attributable"));
    assert_eq!(h.status(i), Status::Finding);
    assert!(!h.state.incidents[&i].no_reply);
    assert_eq!(
        h.state.findings[&f].finding.outcome,
        Outcome::NotAttributable
    );
    h.ok("incident.close", F1, close(i));
    assert_eq!(h.status(i), Status::Closed);
}

#[test]
fn incident_reported_by_a_facilitator() {
    let mut h = Harness::new();
    let i = h.report(F1, Some("a"));
    assert_eq!(h.state.incidents[&i].reporter, "f1");
    h.reply_window_from_reported(i);
    h.ok("incident.reply", A, reply(i));
    h.ok("finding", FQ, confirmed(i, "a", &["R1"]));
    assert_eq!(h.status(i), Status::Response);
}

#[test]
fn non_confirmed_outcomes_lead_to_finding_not_response() {
    for o in ["not_attributable", "unfounded", "inconclusive"] {
        let mut h = Harness::new();
        let i = h.reply_window();
        h.ok("incident.reply", B, reply(i));
        let f = h.ok("finding", FQ, outcome(i, o));
        assert_eq!(h.status(i), Status::Finding, "{o}");
        // Either party may still dissent, and the incident can be closed.
        h.ok("finding.dissent", A, dissent(f));
        h.ok("incident.close", F1, close(i));
        assert_eq!(h.status(i), Status::Closed);
        // Non-confirmed findings never count on the ladder.
        let ladder = truce_engine::compliance::ladder(&h.state, h.time);
        assert!(
            ladder
                .iter()
                .all(|l| l.step == 0 && l.confirmed_breaches == 0)
        );
    }
}

#[test]
fn finding_outcome_rules() {
    let mut h = Harness::new();
    let i = h.reply_window();
    h.ok("incident.reply", B, reply(i));
    let e = h.refused(
        "finding",
        FQ,
        serde_json::json!({"incident": i, "outcome": "confirmed", "clauses": ["C1"], "summary": "x"}),
    );
    assert!(e.to_string().contains("attributed"), "{e}");
    let e = h.refused("finding", FQ, confirmed(i, "b", &[]));
    assert!(e.to_string().contains("clauses"), "{e}");
    let e = h.refused("finding", FQ, confirmed(i, "m", &["C1"]));
    assert!(e.to_string().contains("not a party"), "{e}");
    let e = h.refused("finding", FQ, confirmed(i, "b", &["C9"]));
    assert!(e.to_string().contains("C9"), "{e}");
    let mut unfounded = outcome(i, "unfounded");
    unfounded["attributed_to"] = serde_json::json!("b");
    let e = h.refused("finding", FQ, unfounded);
    assert!(e.to_string().contains("only a confirmed"), "{e}");
    let mut blank = outcome(i, "unfounded");
    blank["summary"] = serde_json::json!("  ");
    h.refused("finding", FQ, blank);
    h.ok("finding", FQ, confirmed(i, "b", &["C1", "R1"]));
}

#[test]
fn dissent_is_never_overwritten() {
    let mut h = Harness::new();
    let (_, f) = h.confirmed(&["C1"]);
    let first = h.ok("finding.dissent", B, dissent(f));
    let mut second = dissent(f);
    second["text"] = serde_json::json!("A different text.");
    let e = h.refused("finding.dissent", B, second);
    assert!(e.to_string().contains("never overwritten"), "{e}");
    // The other party may dissent too, beside the first.
    let other = h.ok("finding.dissent", A, dissent(f));
    let dissents = &h.state.findings[&f].dissents;
    assert_eq!(dissents.len(), 2);
    assert_eq!((dissents[0].0.as_str(), dissents[0].1), ("b", first));
    assert_eq!(dissents[0].2, "We dispute the attribution.");
    assert_eq!((dissents[1].0.as_str(), dissents[1].1), ("a", other));
    // A dissent needs a finding and a text.
    let e = h.refused("finding.dissent", A, dissent(9999));
    assert!(e.to_string().contains("not a finding"), "{e}");
    let i = h.report(A, Some("b"));
    h.refused("finding.dissent", A, dissent(i));
    let mut blank = dissent(f);
    blank["text"] = serde_json::json!("");
    h.refused("finding.dissent", A, blank);
}

#[test]
fn reply_is_never_overwritten_and_only_by_the_accused() {
    let mut h = Harness::new();
    let i = h.reply_window();
    let e = h.refused("incident.reply", A, reply(i));
    assert!(e.to_string().contains("only the accused party (b)"), "{e}");
    let r = h.ok("incident.reply", B, reply(i));
    let mut again = reply(i);
    again["text"] = serde_json::json!("Second thoughts.");
    let e = h.refused("incident.reply", B, again);
    assert!(e.to_string().contains("never overwritten"), "{e}");
    assert_eq!(
        h.state.incidents[&i].reply,
        Some((r, "Our forces returned fire only.".to_string()))
    );
}

#[test]
fn evidence_and_custody() {
    let mut h = Harness::new();
    let i = h.report(A, Some("b"));
    let e = h.ok("evidence.submit", A, evidence(i));
    let c = h.ok(
        "evidence.custody",
        M,
        serde_json::json!({"evidence": e, "step": {"action": "transferred", "by": "Team 2", "at": "2025-10-20T07:00:00Z", "note": "seal 42"}}),
    );
    assert_eq!(h.state.evidence[&e].custody.len(), 1);
    assert_eq!(h.state.evidence[&e].custody[0].0, c);
    h.refused(
        "evidence.custody",
        M,
        serde_json::json!({"evidence": i, "step": {"action": "examined", "by": "Lab", "at": "2025-10-20T07:00:00Z"}}),
    );
    h.refused(
        "evidence.custody",
        M,
        serde_json::json!({"evidence": e, "step": {"action": "examined", "by": "Lab", "at": "yesterday"}}),
    );
    let mut bad = evidence(i);
    bad["sha256"] = serde_json::json!("A".repeat(64));
    h.refused("evidence.submit", A, bad);
    let mut bad = evidence(i);
    bad["custody"] = serde_json::json!([]);
    h.refused("evidence.submit", A, bad);
    h.refused("evidence.submit", A, evidence(9999));
    // Evidence of another incident may not support a verification report.
    let other = h.report(A, Some("b"));
    let e2 = h.ok("evidence.submit", A, evidence(other));
    h.ok("incident.triage", F1, admissible(i));
    h.ok("verification.assign", F1, assign(i, &["m"]));
    let mut vr = vreport(i);
    vr["evidence"] = serde_json::json!([e2]);
    let err = h.refused("verification.report", M, vr);
    assert!(
        err.to_string().contains("not evidence of incident"),
        "{err}"
    );
}

#[test]
fn verification_report_by_team_or_facilitator_only() {
    let mut h = Harness::new();
    let i = h.report(A, Some("b"));
    h.ok("incident.triage", F1, admissible(i));
    h.ok("verification.assign", F1, assign(i, &["j"]));
    let e = h.refused("verification.report", M, vreport(i));
    assert!(
        e.to_string().contains("only the verification team (j)"),
        "{e}"
    );
    h.ok("verification.report", F1, vreport(i));
    assert_eq!(h.status(i), Status::ReplyWindow);
}

#[test]
fn observations_and_leads() {
    let mut h = Harness::new();
    let lead = h.ok("intake.lead", M, lead_body());
    let mut body = report_body(Some("b"));
    body["leads"] = serde_json::json!([lead]);
    let i = h.ok("incident.report", M, body);
    let mut body = report_body(Some("b"));
    body["leads"] = serde_json::json!([i]);
    let e = h.refused("incident.report", M, body);
    assert!(e.to_string().contains("not an intake lead"), "{e}");
    let o = h.ok(
        "observation",
        M,
        serde_json::json!({"summary": "Quiet night.", "incident": i}),
    );
    assert_eq!(h.state.incidents[&i].observations, vec![o]);
    let g = h.ok(
        "observation",
        M,
        serde_json::json!({"summary": "Quiet day."}),
    );
    assert_eq!(h.state.observations[&g], "Quiet day.");
    h.refused(
        "observation",
        M,
        serde_json::json!({"summary": "x", "incident": 9999}),
    );
}

#[test]
fn amendment_replaces_the_agreement() {
    let mut h = Harness::new();
    let mut a = agreement();
    a.deadlines.reply_hours = 24;
    let idx = h.ok("agreement.amend", &["a", "b", "f1"], a.to_json());
    assert_eq!(h.state.amendments, vec![idx]);
    assert_eq!(
        h.state.agreement.as_ref().unwrap().deadlines.reply_hours,
        24
    );
    let i = h.reply_window();
    let inc = &h.state.incidents[&i];
    let opened = ts(&inc.history.last().unwrap().time);
    assert_eq!(
        ts(inc.reply_deadline.as_deref().unwrap()),
        opened + jiff::SignedDuration::from_hours(24)
    );
    let e = h.refused(
        "agreement.amend",
        &["a", "b", "f1"],
        serde_json::json!({"agreement": {}}),
    );
    assert!(matches!(e, truce_engine::EngineError::Body { .. }), "{e:?}");
}

#[test]
fn records_before_genesis_and_out_of_order() {
    let mut s = truce_engine::State::default();
    let body = obj(report_body(None));
    let signers = vec!["a".to_string()];
    let kind = truce_core::kinds::Kind::parse("incident.report").unwrap();
    let err = s
        .apply(truce_engine::Input {
            index: 0,
            kind,
            time: ts(START),
            body: &body,
            signers: &signers,
        })
        .unwrap_err();
    assert_eq!(err, truce_engine::EngineError::NoGenesis);
    assert_eq!(s, truce_engine::State::default());

    let mut h = Harness::new();
    let before = h.state.digest();
    let err = h
        .state
        .apply(truce_engine::Input {
            index: 5,
            kind,
            time: ts(START),
            body: &body,
            signers: &signers,
        })
        .unwrap_err();
    assert_eq!(
        err,
        truce_engine::EngineError::OutOfOrder {
            expected: 1,
            got: 5
        }
    );
    assert_eq!(h.state.digest(), before);
}

#[test]
fn report_concerns_and_accused_must_be_in_the_agreement() {
    let mut h = Harness::new();
    let mut body = report_body(Some("b"));
    body["concerns"] = serde_json::json!(["C7"]);
    let e = h.refused("incident.report", A, body);
    assert!(e.to_string().contains("C1, C2, R1"), "{e}");
    let e = h.refused("incident.report", A, report_body(Some("f1")));
    assert!(e.to_string().contains("the parties are a, b"), "{e}");
    let e = h.refused("incident.report", A, report_body(Some("zz")));
    assert!(e.to_string().contains("not a party"), "{e}");
}

#[test]
fn digest_is_deterministic_and_sensitive() {
    let run = || {
        let mut h = Harness::new();
        h.confirmed(&["C1"]);
        h.state.digest()
    };
    assert_eq!(run(), run());
    let mut h = Harness::new();
    h.confirmed(&["C2"]);
    assert_ne!(h.state.digest(), run());
}
