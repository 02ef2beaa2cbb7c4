//! The periodic report: counts per party, the change on the previous period, and the views as at
//! the end of the period.

mod common;

use common::*;
use jiff::civil::date;
use truce_engine::report::{Counts, period_report};

fn counts(reported: u64, verified: u64, disputed: u64) -> Counts {
    Counts {
        reported,
        verified,
        disputed,
    }
}

/// Previous period (2025-10-19): one report against b. Period (2025-10-20): three against b, one
/// against a, one against no one; b's reply and dissent; a confirmed finding against b.
fn scenario() -> Harness {
    let mut h = Harness::new(); // genesis at 2025-10-19T06:30
    h.report(A, Some("b"));
    h.time = ts("2025-10-20T00:00:00Z");
    let i = h.reply_window();
    h.ok("incident.reply", B, reply(i));
    let f = h.ok("finding", FQ, confirmed(i, "b", &["C1"]));
    h.ok("finding.dissent", B, dissent(f));
    h.report(M, Some("b"));
    h.report(F1, Some("b"));
    h.report(B, Some("a"));
    h.report(M, None);
    // The next day, outside both periods.
    h.time = ts("2025-10-21T00:00:00Z");
    h.report(A, Some("b"));
    h
}

#[test]
fn counts_and_change_on_the_previous_period() {
    let h = scenario();
    let r = period_report(&h.state, date(2025, 10, 20), date(2025, 10, 20));
    assert_eq!(r.from, "2025-10-20");
    assert_eq!(r.to, "2025-10-20");
    assert_eq!(r.counts["a"], counts(1, 0, 0));
    assert_eq!(r.counts["b"], counts(3, 1, 2));
    assert_eq!(r.previous["a"], counts(0, 0, 0));
    assert_eq!(r.previous["b"], counts(1, 0, 0));
    assert_eq!(r.unattributed_reports, 1);
    assert_eq!(r.log_size, h.state.size);
    assert_eq!(r.state_digest, h.state.digest());
    assert!(r.illustrative);
    assert_eq!(r.title, "Illustrative engine test mechanism");
    // The ladder and board as at the end of the period.
    let b = r.ladder.iter().find(|l| l.party == "b").unwrap();
    assert_eq!(b.step, 1);
    assert_eq!(r.benchmarks.len(), 2);
    // At the end of the period: the four new reports and the one of the 19th (not the one of
    // the 21st) wait for triage, counted apart from the deadlines; the finding-free window is
    // closed; both benchmarks have deadlines.
    assert_eq!(r.triage.waiting, 5);
    assert!(r.deadlines.iter().all(|d| d.what != "triage"));
    assert_eq!(
        r.deadlines
            .iter()
            .filter(|d| d.subject.starts_with("benchmark"))
            .count(),
        2
    );

    let md = r.to_markdown();
    assert!(
        md.contains("# Verification report 2025-10-20 to 2025-10-20"),
        "{md}"
    );
    assert!(
        md.contains("| reported (accused) | 1 | +1 | 3 | +2 |"),
        "{md}"
    );
    assert!(
        md.contains("| verified (confirmed findings) | 0 | ±0 | 1 | +1 |"),
        "{md}"
    );
    assert!(
        md.contains("| disputed (replies and dissents filed) | 0 | ±0 | 2 | +2 |"),
        "{md}"
    );
    assert!(
        md.contains("Incidents reported with no party accused: 1."),
        "{md}"
    );
    assert!(md.contains("Illustrative example data"), "{md}");
    assert!(md.contains(&h.state.digest()), "{md}");
    assert!(md.contains("**b**: step 1"), "{md}");
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["counts"]["b"]["reported"], 3);
}

#[test]
fn a_quieter_period_shows_a_decrease() {
    let h = scenario();
    let r = period_report(&h.state, date(2025, 10, 21), date(2025, 10, 21));
    assert_eq!(r.counts["b"], counts(1, 0, 0));
    assert_eq!(r.previous["b"], counts(3, 1, 2));
    let md = r.to_markdown();
    assert!(
        md.contains("| reported (accused) | 0 | -1 | 1 | -2 |"),
        "{md}"
    );
}

#[test]
fn multi_day_periods_compare_with_the_same_length_before() {
    let h = scenario();
    let r = period_report(&h.state, date(2025, 10, 20), date(2025, 10, 21));
    assert_eq!(r.counts["b"], counts(4, 1, 2));
    // The previous period is 2025-10-18..=19.
    assert_eq!(r.previous["b"], counts(1, 0, 0));
    let r = period_report(&h.state, date(2025, 10, 1), date(2025, 10, 31));
    assert_eq!(r.counts["b"].reported, 5);
    assert_eq!(r.counts["a"].reported, 1);
    assert_eq!(r.previous["b"], counts(0, 0, 0));
}

#[test]
fn empty_state_report() {
    let r = period_report(
        &truce_engine::State::default(),
        date(2025, 10, 20),
        date(2025, 10, 20),
    );
    assert!(r.counts.is_empty());
    assert!(r.deadlines.is_empty());
    assert!(r.to_markdown().contains("None."));
}
