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

#[test]
fn the_explanation_is_bounded_by_the_rule() {
    // Ten breaches within the window: step 2 needs two, so two explain it (the two most
    // recent), and the window's total is given beside them.
    let mut h = Harness::new();
    let mut all = Vec::new();
    for _ in 0..10 {
        h.time += DAY;
        all.push(h.confirmed(&["C1"]).1);
    }
    let p = position(&h, "b", h.time);
    assert_eq!(p.step, 2);
    assert_eq!(p.because, all[8..].to_vec());
    assert_eq!(p.in_window, 10);
    assert_eq!(p.confirmed_breaches, 10);
    // Every rule that holds is listed with its own explanation: step 1 needs one finding.
    let met: Vec<(u32, Vec<u64>, u64)> = p
        .rules_met
        .iter()
        .map(|r| (r.step, r.because.clone(), r.in_window))
        .collect();
    assert_eq!(met, vec![(1, vec![all[9]], 10), (2, all[8..].to_vec(), 10)]);
    // Twenty-five days on, the first findings have left the window: the count drops with them.
    let later = finding_time(&h, all[0]) + 30 * DAY;
    let p = position(&h, "b", later);
    assert_eq!(p.in_window, 9);
    assert_eq!(p.because, all[8..].to_vec());
}

#[test]
fn a_back_dated_finding_is_ordered_by_its_time() {
    // Record times are the signers' claims: a finding may carry a time before an earlier
    // finding's. The window and the explanation go by time, not by log order.
    let mut h = Harness::new();
    h.time += 40 * DAY;
    let (_, late) = h.confirmed(&["C1"]);
    let late_time = finding_time(&h, late);
    let i = h.reply_window();
    h.ok("incident.reply", B, reply(i));
    let early = h
        .apply_at(
            late_time - 35 * DAY,
            "finding",
            FQ,
            confirmed(i, "b", &["C2"]),
        )
        .unwrap();
    let p = position(&h, "b", late_time);
    assert_eq!((p.step, p.because.clone(), p.in_window), (1, vec![late], 1));
    assert_eq!(p.confirmed_breaches, 2);
    let p = position(&h, "b", late_time - 10 * DAY);
    assert_eq!((p.step, p.because.clone()), (1, vec![early]));
    assert_eq!(p.confirmed_breaches, 1);
}

mod indexed_equals_scan {
    //! The ladder from the derived per-(party, clause) index equals the ladder computed by a
    //! scan of every finding (what a state read back from JSON does), for random rules,
    //! random findings (times out of log order too) and every window boundary.

    use super::*;
    use proptest::prelude::*;
    use truce_engine::State;

    #[derive(Clone, Debug)]
    struct Rule {
        clause: usize,
        breaches: u32,
        window_days: u32,
        step: u32,
    }

    #[derive(Clone, Debug)]
    struct Found {
        party_a: bool,
        clauses: Vec<usize>,
        /// Hours from the previous finding (negative: back-dated).
        hours: i64,
    }

    const CLAUSES: [&str; 4] = ["*", "C1", "C2", "R1"];

    fn rule() -> impl Strategy<Value = Rule> {
        (0..4usize, 1..4u32, 1..40u32, 1..4u32).prop_map(|(clause, breaches, window_days, step)| {
            Rule {
                clause,
                breaches,
                window_days,
                step,
            }
        })
    }

    fn found() -> impl Strategy<Value = Found> {
        (
            any::<bool>(),
            prop::collection::vec(1..4usize, 1..3),
            prop_oneof![6 => 0i64..96, 2 => 0i64..2_000, 1 => -1_500i64..0],
        )
            .prop_map(|(party_a, clauses, hours)| Found {
                party_a,
                clauses,
                hours,
            })
    }

    fn rules_toml(rules: &[Rule]) -> String {
        rules
            .iter()
            .map(|r| {
                format!(
                    "[[ladder_rules]]\nclause = \"{}\"\nbreaches = {}\nwindow_days = {}\nstep = {}\n\n",
                    CLAUSES[r.clause], r.breaches, r.window_days, r.step
                )
            })
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        #[test]
        fn indexed_ladder_equals_full_scan(
            rules in prop::collection::vec(rule(), 1..5),
            findings in prop::collection::vec(found(), 0..40),
            extra in prop::collection::vec(-3_000i64..3_000, 0..6),
        ) {
            let agreement = truce_core::agreement::Agreement::from_toml(
                &agreement_toml_with(&rules_toml(&rules)),
            ).unwrap();
            let mut h = Harness::with_agreement(agreement);
            let mut at = h.time;
            let mut times = Vec::new();
            for f in &findings {
                // The workflow up to the finding, then the finding at its own (claimed) time.
                let (accuser, accused, reply_by) =
                    if f.party_a { (B, "a", A) } else { (A, "b", B) };
                let i = h.report(accuser, Some(accused));
                h.reply_window_from_reported(i);
                h.ok("incident.reply", reply_by, reply(i));
                at += SignedDuration::from_hours(f.hours);
                let clauses: Vec<&str> = f.clauses.iter().map(|c| CLAUSES[*c]).collect();
                h.apply_at(at, "finding", FQ, confirmed(i, accused, &clauses)).unwrap();
                times.push(at);
            }
            let back: State =
                serde_json::from_str(&serde_json::to_string(&h.state).unwrap()).unwrap();
            // Every finding time, and each window's edge on both sides of it.
            let mut nows: Vec<Timestamp> = vec![h.time];
            for t in &times {
                nows.push(*t);
                nows.push(*t - SECOND);
                for r in &rules {
                    let edge = *t + DAY * r.window_days as i32;
                    nows.extend([edge - SECOND, edge, edge + SECOND]);
                }
            }
            nows.extend(extra.iter().map(|x| h.time + SignedDuration::from_hours(*x)));
            for now in nows {
                let fast = ladder(&h.state, now);
                prop_assert_eq!(&fast, &ladder(&back, now), "at {}", now);
                for p in &fast {
                    for m in &p.rules_met {
                        // Bounded: exactly the rule's n findings, all inside its window.
                        let r = rules.iter().find(|r| r.step == m.step
                            && m.rule.contains(&format!("within {} days", r.window_days))
                            && m.rule.starts_with(&format!("{} ", r.breaches))).unwrap();
                        prop_assert_eq!(m.because.len(), r.breaches as usize);
                        prop_assert!(m.in_window >= u64::from(r.breaches));
                        for f in &m.because {
                            let ft = finding_time(&h, *f);
                            prop_assert!(ft <= now && ft > now - DAY * r.window_days as i32);
                        }
                    }
                }
            }
        }
    }
}
