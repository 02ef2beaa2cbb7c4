//! Conflict of interest in verification assignments: a party never verifies an allegation against
//! itself or by itself; joint teams, neutral monitors and facilitators may verify.

mod common;

use common::*;
use truce_engine::{EngineError, Status};

fn triaged(h: &mut Harness, by: &[&str], accused: Option<&str>) -> u64 {
    let i = h.report(by, accused);
    h.ok("incident.triage", F1, admissible(i));
    i
}

#[test]
fn the_accused_party_may_not_verify() {
    let mut h = Harness::new();
    let i = triaged(&mut h, A, Some("b"));
    for team in [&["b"][..], &["m", "b"], &["f1", "b"]] {
        let e = h.refused("verification.assign", F1, assign(i, team));
        let m = e.to_string();
        assert!(matches!(e, EngineError::Refused(_)), "{e:?}");
        assert!(m.contains("conflict of interest: b"), "{m}");
        assert!(m.contains("against itself"), "{m}");
    }
    assert_eq!(h.status(i), Status::Triaged);
}

#[test]
fn the_reporting_party_may_not_verify() {
    let mut h = Harness::new();
    let i = triaged(&mut h, A, Some("b"));
    let e = h.refused("verification.assign", F1, assign(i, &["a"]));
    let m = e.to_string();
    assert!(m.contains("conflict of interest: a"), "{m}");
    assert!(m.contains("by itself"), "{m}");
    // Also when the report accuses no one.
    let i = triaged(&mut h, B, None);
    let e = h.refused("verification.assign", F1, assign(i, &["m", "b"]));
    assert!(e.to_string().contains("by itself"), "{e}");
}

#[test]
fn a_party_may_verify_an_allegation_between_others() {
    // Reported by the monitor against b: a is neither reporter nor accused.
    let mut h = Harness::new();
    let i = triaged(&mut h, M, Some("b"));
    h.ok("verification.assign", F1, assign(i, &["a", "m"]));
    assert_eq!(h.state.incidents[&i].team, vec!["a", "m"]);
}

#[test]
fn a_joint_monitor_team_is_allowed() {
    let mut h = Harness::new();
    let i = triaged(&mut h, A, Some("b"));
    h.ok("verification.assign", F1, assign(i, &["j"]));
    assert_eq!(h.status(i), Status::UnderVerification);
    h.ok("verification.report", J, vreport(i));
    assert_eq!(h.status(i), Status::ReplyWindow);
}

#[test]
fn a_monitor_answering_only_to_an_involved_party_may_not_verify() {
    // ja's members are a alone: it may not verify a's allegation against b, nor an allegation
    // against a.
    let mut h = Harness::new();
    let i = triaged(&mut h, A, Some("b"));
    let e = h.refused("verification.assign", F1, assign(i, &["ja"]));
    assert!(e.to_string().contains("conflict of interest: ja"), "{e}");
    let i = triaged(&mut h, B, Some("a"));
    let e = h.refused("verification.assign", F1, assign(i, &["ja"]));
    assert!(e.to_string().contains("conflict of interest: ja"), "{e}");
    // Reported by the neutral monitor against b: a's monitors are not involved.
    let i = triaged(&mut h, M, Some("b"));
    h.ok("verification.assign", F1, assign(i, &["ja"]));
}

#[test]
fn facilitators_and_neutral_monitors_are_allowed() {
    let mut h = Harness::new();
    for team in [&["f1"][..], &["f1", "f2"], &["m"], &["f2", "m", "j"]] {
        let i = triaged(&mut h, A, Some("b"));
        h.ok("verification.assign", F1, assign(i, team));
        let got: Vec<&str> = h.state.incidents[&i]
            .team
            .iter()
            .map(String::as_str)
            .collect();
        assert_eq!(got, team);
    }
}

#[test]
fn the_team_must_be_real_participants() {
    let mut h = Harness::new();
    let i = triaged(&mut h, A, Some("b"));
    let e = h.refused("verification.assign", F1, assign(i, &[]));
    assert!(e.to_string().contains("empty"), "{e}");
    let e = h.refused("verification.assign", F1, assign(i, &["m", "nobody"]));
    assert!(
        e.to_string().contains("\"nobody\" is not a participant"),
        "{e}"
    );
    let mut bad_due = assign(i, &["m"]);
    bad_due["due"] = serde_json::json!("next week");
    let e = h.refused("verification.assign", F1, bad_due);
    assert!(matches!(e, EngineError::Body { .. }), "{e:?}");
}

#[test]
fn joint_team_on_a_monitor_report_and_a_one_sided_team_on_it() {
    // The neutral monitor reports against b: the joint team may verify, b's own team may not.
    let agreement = agreement_with_team_b();
    let mut h = Harness::with_agreement(agreement);
    let i = triaged(&mut h, M, Some("b"));
    let e = h.refused("verification.assign", F1, assign(i, &["jb"]));
    let m = e.to_string();
    assert!(m.contains("conflict of interest: jb answers to b"), "{m}");
    assert!(
        m.contains(&format!("incident {i}, which involves b")),
        "{m}"
    );
    h.ok("verification.assign", F1, assign(i, &["j"]));
}

/// The test agreement with a monitor team jb answering to b alone.
fn agreement_with_team_b() -> truce_core::agreement::Agreement {
    let mut a = agreement();
    let mut jb = a.participant("ja").unwrap().clone();
    jb.id = "jb".into();
    jb.members = vec!["b".into()];
    let key = {
        let mut seed = [9u8; 32];
        seed[0] = 8;
        truce_tlog::note::Signer::from_seed(
            truce_tlog::note::KeyName::new("b-monitors").unwrap(),
            seed,
        )
        .verifier()
        .to_vkey()
    };
    jb.keys = vec![key];
    a.participants.push(jb);
    a.check().expect("valid");
    a
}
