//! Every refused transition: each incident record kind applied in each status where the workflow
//! does not allow it is refused with `EngineError::Transition`, whose message names the allowed
//! next steps, and the state is left exactly as it was.

mod common;

use common::*;
use serde_json::Value;
use truce_engine::{EngineError, Status};

const ALL: [Status; 9] = [
    Status::Reported,
    Status::Triaged,
    Status::UnderVerification,
    Status::ReplyWindow,
    Status::Finding,
    Status::Response,
    Status::Closed,
    Status::Duplicate,
    Status::Rejected,
];

/// An incident (a accusing b) brought to `status`.
fn at_status(h: &mut Harness, status: Status) -> u64 {
    let i = h.report(A, Some("b"));
    match status {
        Status::Reported => {}
        Status::Triaged => {
            h.ok("incident.triage", F1, admissible(i));
        }
        Status::UnderVerification => {
            h.ok("incident.triage", F1, admissible(i));
            h.ok("verification.assign", F1, assign(i, &["m"]));
        }
        Status::ReplyWindow => {
            h.reply_window_from_reported(i);
        }
        Status::Finding | Status::Response | Status::Closed => {
            h.reply_window_from_reported(i);
            h.ok("incident.reply", B, reply(i));
            let body = if status == Status::Finding {
                outcome(i, "unfounded")
            } else {
                confirmed(i, "b", &["C1"])
            };
            h.ok("finding", FQ, body);
            if status == Status::Closed {
                h.ok("incident.close", F1, close(i));
            }
        }
        Status::Duplicate => {
            let other = h.report(M, Some("b"));
            h.ok("incident.triage", F1, duplicate(i, other));
        }
        Status::Rejected => {
            h.ok("incident.triage", F1, rejected(i));
        }
    }
    assert_eq!(h.status(i), status);
    i
}

/// Each incident-moving kind, a valid signer and body, and the statuses it is allowed in.
fn kinds(i: u64) -> Vec<(&'static str, &'static [&'static str], Value, Vec<Status>)> {
    vec![
        ("incident.triage", F1, admissible(i), vec![Status::Reported]),
        (
            "verification.assign",
            F1,
            assign(i, &["m"]),
            vec![Status::Triaged],
        ),
        (
            "verification.report",
            M,
            vreport(i),
            vec![Status::UnderVerification],
        ),
        ("incident.reply", B, reply(i), vec![Status::ReplyWindow]),
        (
            "finding",
            FQ,
            outcome(i, "unfounded"),
            vec![Status::ReplyWindow],
        ),
        (
            "incident.close",
            F1,
            close(i),
            vec![Status::Finding, Status::Response],
        ),
        (
            "evidence.submit",
            A,
            evidence(i),
            vec![
                Status::Reported,
                Status::Triaged,
                Status::UnderVerification,
                Status::ReplyWindow,
            ],
        ),
    ]
}

fn expected_allowed(status: Status) -> String {
    let next = status.next_steps();
    if next.is_empty() {
        "nothing: the incident is finished".into()
    } else {
        next.join("; ")
    }
}

#[test]
fn every_refused_transition() {
    let mut refused = 0;
    for status in ALL {
        for (kind, signers, _, allowed) in kinds(0) {
            if allowed.contains(&status) {
                continue;
            }
            let mut h = Harness::new();
            let i = at_status(&mut h, status);
            let body = kinds(i)
                .into_iter()
                .find(|k| k.0 == kind)
                .expect("listed")
                .2;
            let err = h.refused(kind, signers, body);
            match &err {
                EngineError::Transition {
                    incident,
                    status: s,
                    kind: k,
                    allowed,
                } => {
                    assert_eq!(*incident, i);
                    assert_eq!(*s, status.as_str());
                    assert_eq!(k, kind);
                    assert_eq!(*allowed, expected_allowed(status));
                }
                other => panic!("{kind} in {status:?}: expected a transition error, got {other:?}"),
            }
            let message = err.to_string();
            assert!(message.contains(status.as_str()), "{message}");
            assert!(message.contains(kind), "{message}");
            for step in status.next_steps() {
                assert!(message.contains(step), "{message} does not name {step}");
            }
            refused += 1;
        }
    }
    // 7 kinds × 9 statuses, less the 11 (kind, status) pairs the workflow allows.
    assert_eq!(refused, 7 * 9 - 11);
}

#[test]
fn every_allowed_transition_is_accepted() {
    for status in ALL {
        for (kind, signers, _, allowed) in kinds(0) {
            if !allowed.contains(&status) {
                continue;
            }
            let mut h = Harness::new();
            let i = at_status(&mut h, status);
            let body = kinds(i).into_iter().find(|k| k.0 == kind).unwrap().2;
            if kind == "finding" {
                // Wait for the window to close (no reply).
                let later = h.time + jiff::SignedDuration::from_hours(73);
                h.apply_at(later, kind, signers, body)
                    .unwrap_or_else(|e| panic!("{kind} in {status:?}: {e}"));
            } else {
                h.apply(kind, signers, body)
                    .unwrap_or_else(|e| panic!("{kind} in {status:?}: {e}"));
            }
        }
    }
}

#[test]
fn messages_name_the_next_steps() {
    let mut h = Harness::new();
    let i = at_status(&mut h, Status::Reported);
    let e = h.refused("verification.assign", F1, assign(i, &["m"]));
    let m = e.to_string();
    assert!(
        m.starts_with(&format!("incident {i} is \"reported\"")),
        "{m}"
    );
    assert!(m.contains("verification.assign"), "{m}");
    assert!(
        m.ends_with(
            "what can follow now: incident.triage (admissible, duplicate or rejected); evidence.submit"
        ),
        "{m}"
    );
    let i = at_status(&mut h, Status::ReplyWindow);
    let e = h.refused("incident.close", F1, close(i));
    let m = e.to_string();
    assert!(
        m.contains("incident.reply (by the accused party, within the window)"),
        "{m}"
    );
    assert!(
        m.contains("finding (once the reply is in or the window has closed)"),
        "{m}"
    );
    let i = at_status(&mut h, Status::Response);
    let e = h.refused("finding", FQ, outcome(i, "unfounded"));
    assert!(
        e.to_string()
            .contains("finding.dissent (by a party); incident.close"),
        "{e}"
    );
    // A closed incident still takes a party's dissent on its finding, and says so.
    let i = at_status(&mut h, Status::Closed);
    let e = h.refused("incident.close", F1, close(i));
    assert!(
        e.to_string()
            .ends_with("what can follow now: finding.dissent (by a party)"),
        "{e}"
    );
}

#[test]
fn a_second_finding_for_one_incident_is_refused() {
    for status in [Status::Finding, Status::Response, Status::Closed] {
        let mut h = Harness::new();
        let i = at_status(&mut h, status);
        let e = h.refused("finding", FQ, confirmed(i, "b", &["C1"]));
        assert!(matches!(e, EngineError::Transition { .. }), "{e:?}");
        assert_eq!(h.state.findings.len(), 1);
    }
}

#[test]
fn records_about_unknown_incidents_are_refused() {
    let mut h = Harness::new();
    let lead = h.ok("intake.lead", M, lead_body());
    for (kind, signers, body, _) in kinds(lead) {
        let e = h.refused(kind, signers, body);
        assert!(
            matches!(&e, EngineError::Refused(m) if m.contains("is not an incident in the log")),
            "{kind}: {e:?}"
        );
    }
}

#[test]
fn status_names_and_next_steps() {
    for s in ALL {
        // Duplicates and rejections take nothing more; a closed incident only a dissent.
        let finished = matches!(s, Status::Duplicate | Status::Rejected);
        assert_eq!(s.next_steps().is_empty(), finished, "{s:?}");
        assert_eq!(
            s.is_open(),
            !matches!(s, Status::Finding | Status::Response | Status::Closed) && !finished,
            "{s:?}"
        );
        let json = serde_json::to_value(s).unwrap();
        assert_eq!(json.as_str().unwrap().replace('_', " "), s.as_str());
    }
}

/// The allowed transitions a refusal names are exactly those the engine accepts: what
/// `next_steps` lists for a status is the set of kinds accepted in it (a dissent, which is
/// about a finding rather than an incident, is accepted wherever a finding exists).
#[test]
fn the_named_next_steps_are_exactly_the_accepted_ones() {
    for status in ALL {
        let named: std::collections::BTreeSet<&str> = status
            .next_steps()
            .iter()
            .map(|s| s.split(' ').next().unwrap())
            .collect();
        let mut accepted: std::collections::BTreeSet<&str> = kinds(0)
            .into_iter()
            .filter(|k| k.3.contains(&status))
            .map(|k| k.0)
            .collect();
        let mut h = Harness::new();
        let i = at_status(&mut h, status);
        if let Some(f) = h.state.incidents[&i].finding {
            h.ok("finding.dissent", B, dissent(f));
            assert_eq!(h.status(i), status, "a dissent does not move the incident");
            accepted.insert("finding.dissent");
        }
        assert_eq!(named, accepted, "{status:?}");
    }
}
