//! The response ladder: confirmed findings within a rule's window lead to a step, and the
//! explanation lists exactly the findings that did.

mod common;

use common::*;
use jiff::{SignedDuration, Timestamp};
use truce_engine::compliance::{LadderPosition, ladder};

const DAY: SignedDuration = SignedDuration::from_hours(24);
const SECOND: SignedDuration = SignedDuration::from_secs(1);

fn position(h: &Harness, party: &str, now: Timestamp) -> LadderPosition {
    ladder(&h.state, now)
        .into_iter()
        .find(|l| l.party == party)
        .expect("every party has a position")
}

fn finding_time(h: &Harness, f: u64) -> Timestamp {
    ts(&h.state.findings[&f].time)
}

#[test]
fn no_findings_no_step() {
    let h = Harness::new();
    let l = ladder(&h.state, h.time);
    assert_eq!(l.len(), 2);
    for p in l {
        assert_eq!(p.step, 0);
        assert_eq!(p.name, "none");
        assert_eq!(p.action, "");
        assert!(p.because.is_empty());
        assert_eq!(p.rule, "no rule applies");
    }
}

#[test]
fn one_breach_step_one() {
    let mut h = Harness::new();
    let (_, f) = h.confirmed(&["C1"]);
    let p = position(&h, "b", h.time);
    assert_eq!(p.step, 1);
    assert_eq!(p.name, "Notice");
    assert_eq!(p.action, "Formal notice.");
    assert_eq!(p.because, vec![f]);
    assert_eq!(
        p.rule,
        "1 confirmed breach(es) of any clause within 30 days lead to step 1"
    );
    assert_eq!(p.confirmed_breaches, 1);
    // The other party is untouched.
    assert_eq!(position(&h, "a", h.time).step, 0);
    // Before the finding, nothing.
    assert_eq!(position(&h, "b", finding_time(&h, f) - SECOND).step, 0);
}

#[test]
fn two_breaches_within_the_window_step_two() {
    let mut h = Harness::new();
    let (_, f1) = h.confirmed(&["C1"]);
    h.time += 10 * DAY;
    let (_, f2) = h.confirmed(&["C2"]);
    let p = position(&h, "b", h.time);
    assert_eq!(p.step, 2);
    assert_eq!(p.name, "Demarche");
    assert_eq!(p.because, vec![f1, f2]);
    assert!(
        p.rule
            .contains("2 confirmed breach(es) of any clause within 30 days"),
        "{}",
        p.rule
    );
    assert_eq!(p.confirmed_breaches, 2);
}

#[test]
fn breaches_outside_the_window_do_not_count() {
    let mut h = Harness::new();
    let (_, f1) = h.confirmed(&["C1"]);
    let t1 = finding_time(&h, f1);
    h.time = t1 + 31 * DAY;
    let (_, f2) = h.confirmed(&["C2"]);
    let p = position(&h, "b", h.time);
    assert_eq!(p.step, 1);
    assert_eq!(p.because, vec![f2]);
    assert_eq!(p.confirmed_breaches, 2);
    // Boundary: a finding counts while it is less than 30 days old.
    let h2 = {
        let mut h = Harness::new();
        h.confirmed(&["C1"]);
        h
    };
    let f = *h2.state.findings.keys().next().unwrap();
    let t = finding_time(&h2, f);
    assert_eq!(position(&h2, "b", t + 30 * DAY - SECOND).step, 1);
    let p = position(&h2, "b", t + 30 * DAY);
    assert_eq!(p.step, 0);
    assert!(p.because.is_empty());
    assert_eq!(p.confirmed_breaches, 1);
}

#[test]
fn clause_specific_rule() {
    // R1 (attacks on civilians): one breach within 90 days → step 3.
    let mut h = Harness::new();
    let (_, f1) = h.confirmed(&["C1"]);
    let (_, f2) = h.confirmed(&["R1", "C1"]);
    let p = position(&h, "b", h.time);
    assert_eq!(p.step, 3);
    assert_eq!(p.name, "Suspension");
    assert_eq!(p.because, vec![f2], "only the R1 finding leads to step 3");
    assert_eq!(
        p.rule,
        "1 confirmed breach(es) of clause R1 within 90 days lead to step 3"
    );
    // 60 days on, the general rules have lapsed but the R1 rule holds.
    let p = position(&h, "b", h.time + 60 * DAY);
    assert_eq!((p.step, p.because.clone()), (3, vec![f2]));
    // 91 days on, nothing.
    assert_eq!(position(&h, "b", h.time + 91 * DAY).step, 0);
    let _ = f1;
}

#[test]
fn clause_specific_rules_ignore_other_clauses() {
    let rules = r#"
[[ladder_rules]]
clause = "C2"
breaches = 2
window_days = 60
step = 2
"#;
    let agreement =
        truce_core::agreement::Agreement::from_toml(&agreement_toml_with(rules)).unwrap();
    let mut h = Harness::with_agreement(agreement);
    let (_, _c1) = h.confirmed(&["C1"]);
    let (_, c2a) = h.confirmed(&["C2"]);
    let p = position(&h, "b", h.time);
    assert_eq!(
        p.step, 0,
        "one C2 breach and one C1 breach do not make two C2 breaches"
    );
    assert_eq!(p.confirmed_breaches, 2);
    let (_, c2b) = h.confirmed(&["C1", "C2"]);
    let p = position(&h, "b", h.time);
    assert_eq!(p.step, 2);
    assert_eq!(p.because, vec![c2a, c2b]);
}

#[test]
fn only_confirmed_findings_attributed_to_the_party_count() {
    let mut h = Harness::new();
    // A finding against a, on a's own report against b? No: b reports a.
    let i = h.report(B, Some("a"));
    h.reply_window_from_reported(i);
    h.ok("incident.reply", A, reply(i));
    let fa = h.ok("finding", FQ, confirmed(i, "a", &["C1"]));
    let i = h.reply_window();
    h.ok("incident.reply", B, reply(i));
    h.ok("finding", FQ, outcome(i, "unfounded"));
    assert_eq!(position(&h, "a", h.time).because, vec![fa]);
    let b = position(&h, "b", h.time);
    assert_eq!((b.step, b.confirmed_breaches), (0, 0));
}

#[test]
fn ladder_serialises_its_explanation() {
    let mut h = Harness::new();
    let (_, f) = h.confirmed(&["C1"]);
    let json = serde_json::to_value(position(&h, "b", h.time)).unwrap();
    assert_eq!(json["because"], serde_json::json!([f]));
    assert_eq!(json["step"], 1);
}
