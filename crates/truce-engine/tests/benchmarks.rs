//! Benchmark statuses at deadline boundaries, and the reciprocity ledger.
//! B1: party a, deadline 2026-01-31 (end 23:59:59 UTC), verified by f1/f2.
//! B2: party b, deadline 2026-03-31, verified by m.

mod common;

use common::*;
use jiff::{SignedDuration, Timestamp};
use truce_engine::compliance::{BenchmarkRow, BenchmarkStatus, benchmark_board, reciprocity};

const DAY: SignedDuration = SignedDuration::from_hours(24);
const SECOND: SignedDuration = SignedDuration::from_secs(1);

fn end_b1() -> Timestamp {
    ts("2026-01-31T23:59:59Z")
}

fn b1(h: &Harness, now: Timestamp) -> BenchmarkRow {
    benchmark_board(&h.state, now)
        .into_iter()
        .find(|r| r.id == "B1")
        .unwrap()
}

#[test]
fn board_lists_every_benchmark() {
    let h = Harness::new();
    let board = benchmark_board(&h.state, h.time);
    let ids: Vec<&str> = board.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["B1", "B2"]);
    assert_eq!(board[0].party, "a");
    assert_eq!(board[0].deadline, "2026-01-31");
    assert_eq!(board[0].target, "6");
    assert!(benchmark_board(&truce_engine::State::default(), h.time).is_empty());
}

#[test]
fn on_track_far_from_the_deadline() {
    let h = Harness::new();
    let r = b1(&h, ts("2025-11-01T00:00:00Z"));
    assert_eq!(r.status, BenchmarkStatus::OnTrack);
    assert_eq!(r.days_left, 91);
    assert_eq!(r.because, "91 day(s) left");
    assert_eq!(r.days_late, None);
}

#[test]
fn at_risk_without_recent_progress_within_14_days() {
    let h = Harness::new();
    let r = b1(&h, end_b1() - 15 * DAY);
    assert_eq!((r.status, r.days_left), (BenchmarkStatus::OnTrack, 15));
    let r = b1(&h, end_b1() - 14 * DAY);
    assert_eq!((r.status, r.days_left), (BenchmarkStatus::AtRisk, 14));
    assert!(
        r.because
            .contains("no progress reported in the last 30 days"),
        "{}",
        r.because
    );
    // Exactly at the deadline end, still before it: at risk, not overdue.
    let r = b1(&h, end_b1());
    assert_eq!((r.status, r.days_left), (BenchmarkStatus::AtRisk, 0));
}

#[test]
fn recent_progress_keeps_it_on_track_and_stale_progress_does_not() {
    let mut h = Harness::new();
    let p = h
        .apply_at(
            ts("2025-12-20T12:00:00Z"),
            "benchmark.progress",
            A,
            progress("B1"),
        )
        .unwrap();
    let r = b1(&h, end_b1() - 13 * DAY);
    assert_eq!(r.status, BenchmarkStatus::OnTrack);
    assert_eq!(r.last_progress, Some(p));
    // 30 whole days after the report it is still fresh; beyond that it is stale.
    let now = ts("2025-12-20T12:00:00Z") + 30 * DAY + SignedDuration::from_hours(23);
    assert!(end_b1() - now < 14 * DAY);
    assert_eq!(b1(&h, now).status, BenchmarkStatus::OnTrack);
    let now = ts("2025-12-20T12:00:00Z") + 31 * DAY;
    assert!(now < end_b1());
    assert_eq!(b1(&h, now).status, BenchmarkStatus::AtRisk);
    // Progress after `now` is not seen.
    assert_eq!(b1(&h, ts("2025-12-20T11:59:59Z")).last_progress, None);
}

#[test]
fn at_risk_by_a_partial_assessment() {
    let mut h = Harness::new();
    let a = h
        .apply_at(
            ts("2025-12-01T00:00:00Z"),
            "benchmark.assessment",
            F1,
            assessment("B1", "partial"),
        )
        .unwrap();
    let r = b1(&h, ts("2025-12-02T00:00:00Z"));
    assert_eq!(r.status, BenchmarkStatus::AtRisk);
    assert_eq!(r.because, format!("record {a} assessed it as partly met"));
    assert_eq!(r.last_assessment, Some(a));
    // Before the assessment it was on track.
    assert_eq!(
        b1(&h, ts("2025-11-30T00:00:00Z")).status,
        BenchmarkStatus::OnTrack
    );
    // not_met before the deadline is at risk too.
    h.apply_at(
        ts("2025-12-03T00:00:00Z"),
        "benchmark.assessment",
        F1,
        assessment("B1", "not_met"),
    )
    .unwrap();
    let r = b1(&h, ts("2025-12-04T00:00:00Z"));
    assert_eq!(r.status, BenchmarkStatus::AtRisk);
    assert!(r.because.ends_with("not met"), "{}", r.because);
}

#[test]
fn met_on_the_deadline_day_is_on_time() {
    for at in [
        "2026-01-31T00:00:00Z",
        "2026-01-31T23:59:59Z",
        "2025-12-01T00:00:00Z",
    ] {
        let mut h = Harness::new();
        let a = h
            .apply_at(ts(at), "benchmark.assessment", FQ, assessment("B1", "met"))
            .unwrap();
        for now in [ts(at), ts("2026-06-01T00:00:00Z")] {
            let r = b1(&h, now);
            assert_eq!(r.status, BenchmarkStatus::Met, "{at}");
            assert_eq!(r.days_late, None, "{at}");
            assert_eq!(r.because, format!("assessed as met in record {a}"));
        }
    }
}

#[test]
fn met_one_second_after_the_deadline_is_late() {
    let mut h = Harness::new();
    let a = h
        .apply_at(
            end_b1() + SECOND,
            "benchmark.assessment",
            F1,
            assessment("B1", "met"),
        )
        .unwrap();
    let r = b1(&h, end_b1() + SECOND);
    assert_eq!(r.status, BenchmarkStatus::Met);
    assert_eq!(r.days_late, Some(1));
    assert_eq!(
        r.because,
        format!("assessed as met in record {a}, 1 day(s) after the deadline")
    );
    // Just before that assessment it was overdue.
    assert_eq!(
        b1(&h, end_b1() + SECOND / 2).status,
        BenchmarkStatus::Overdue
    );
}

#[test]
fn met_days_late_counts_calendar_days() {
    let mut h = Harness::new();
    h.apply_at(
        ts("2026-02-05T12:00:00Z"),
        "benchmark.assessment",
        F1,
        assessment("B1", "met"),
    )
    .unwrap();
    let r = b1(&h, ts("2026-02-06T00:00:00Z"));
    // Met on 5 February: five days after the deadline day.
    assert_eq!((r.status, r.days_late), (BenchmarkStatus::Met, Some(5)));
    assert!(
        r.because.ends_with("5 day(s) after the deadline"),
        "{}",
        r.because
    );
    for (at, days) in [
        ("2026-02-01T23:59:59Z", 1),
        ("2026-02-02T00:00:00Z", 2),
        ("2026-03-03T10:00:00Z", 31),
    ] {
        let mut h = Harness::new();
        h.apply_at(ts(at), "benchmark.assessment", F1, assessment("B1", "met"))
            .unwrap();
        assert_eq!(b1(&h, ts(at)).days_late, Some(days), "{at}");
    }
}

#[test]
fn overdue_after_the_deadline_without_an_assessment_since() {
    let mut h = Harness::new();
    let r = b1(&h, end_b1() + SECOND);
    assert_eq!(r.status, BenchmarkStatus::Overdue);
    // The first second after the deadline day is the day after it.
    assert_eq!(r.days_left, -1);
    assert!(r.because.contains("no verifier has assessed it since"));
    assert_eq!(b1(&h, end_b1() + DAY).days_left, -1);
    assert_eq!(b1(&h, end_b1() + DAY + SECOND).days_left, -2);
    assert_eq!(b1(&h, end_b1() + 10 * DAY).days_left, -10);
    // The last second of the deadline day is the deadline day, its first one too.
    assert_eq!(b1(&h, end_b1()).days_left, 0);
    assert_eq!(b1(&h, end_b1() - DAY + SECOND).days_left, 0);
    assert_eq!(b1(&h, end_b1() - DAY).days_left, 1);
    // An assessment before the deadline does not stop it being overdue.
    h.apply_at(
        ts("2026-01-20T00:00:00Z"),
        "benchmark.assessment",
        F1,
        assessment("B1", "not_met"),
    )
    .unwrap();
    assert_eq!(b1(&h, end_b1() + SECOND).status, BenchmarkStatus::Overdue);
}

#[test]
fn missed_when_assessed_not_met_after_the_deadline() {
    for outcome in ["not_met", "partial"] {
        let mut h = Harness::new();
        let a = h
            .apply_at(
                end_b1() + DAY,
                "benchmark.assessment",
                F1,
                assessment("B1", outcome),
            )
            .unwrap();
        let r = b1(&h, end_b1() + DAY);
        assert_eq!(r.status, BenchmarkStatus::Missed, "{outcome}");
        assert!(r.because.contains(&format!("record {a}")), "{}", r.because);
        // A later "met" turns it into met, late.
        h.apply_at(
            end_b1() + 3 * DAY,
            "benchmark.assessment",
            F1,
            assessment("B1", "met"),
        )
        .unwrap();
        let r = b1(&h, end_b1() + 3 * DAY);
        assert_eq!((r.status, r.days_late), (BenchmarkStatus::Met, Some(3)));
    }
}

#[test]
fn only_the_responsible_party_reports_and_only_verifiers_assess() {
    let mut h = Harness::new();
    let e = h.refused("benchmark.progress", B, progress("B1"));
    assert!(e.to_string().contains("B1 is a's to report on"), "{e}");
    let e = h.refused("benchmark.assessment", M, assessment("B1", "met"));
    assert!(e.to_string().contains("verified by f1, f2"), "{e}");
    let e = h.refused("benchmark.progress", A, progress("B9"));
    assert!(e.to_string().contains("known benchmarks: B1, B2"), "{e}");
    let e = h.refused("benchmark.assessment", F1, assessment("B1", "excellent"));
    assert!(matches!(e, truce_engine::EngineError::Body { .. }), "{e:?}");
    h.ok("benchmark.progress", A, progress("B1"));
    h.ok("benchmark.assessment", M, assessment("B2", "partial"));
    h.ok(
        "benchmark.assessment",
        &["f2", "m"],
        assessment("B2", "partial"),
    );
    assert_eq!(h.state.benchmarks["B1"].progress.len(), 1);
    assert_eq!(h.state.benchmarks["B2"].assessments.len(), 2);
}

#[test]
fn reciprocity_links_and_balance() {
    let mut h = Harness::new();
    let e = h.refused("reciprocity.offer", B, recip("X1"));
    assert!(e.to_string().contains("X1 is a's offer"), "{e}");
    let e = h.refused("reciprocity.delivery", A, recip("X9"));
    assert!(e.to_string().contains("known links: X1, X2"), "{e}");

    let t0 = h.time;
    let offer = h.ok("reciprocity.offer", A, recip("X1"));
    let delivered = h.ok("reciprocity.delivery", A, recip("X1"));
    let t_delivery = h.time;
    let met = h.ok("benchmark.assessment", M, assessment("B2", "met"));
    let t_met = h.time;
    h.ok("reciprocity.delivery", A, recip("X1")); // a second delivery does not count twice

    let r = reciprocity(&h.state, h.time);
    let x1 = r.links.iter().find(|l| l.id == "X1").unwrap();
    assert_eq!((x1.offered, x1.delivered), (Some(offer), Some(delivered)));
    assert_eq!(x1.in_return_by, "b");
    assert_eq!(x1.in_return_status, Some(BenchmarkStatus::Met));
    let x2 = r.links.iter().find(|l| l.id == "X2").unwrap();
    assert_eq!((x2.offered, x2.delivered), (None, None));
    assert_eq!(x2.in_return_status, Some(BenchmarkStatus::OnTrack));

    let series = |p: &str| -> Vec<(String, u64, u64)> {
        r.balances[p]
            .iter()
            .map(|b| (b.time.clone(), b.given, b.received))
            .collect()
    };
    let td = truce_core::record::format_time(t_delivery);
    let tm = truce_core::record::format_time(t_met);
    assert_eq!(series("a"), vec![(td.clone(), 1, 0), (tm.clone(), 1, 1)]);
    assert_eq!(series("b"), vec![(td, 0, 1), (tm, 1, 1)]);
    let _ = met;

    // As at a moment before anything was delivered: offered nothing, balances empty.
    let r = reciprocity(&h.state, t0);
    assert!(
        r.links
            .iter()
            .all(|l| l.offered.is_none() && l.delivered.is_none())
    );
    assert!(r.balances.values().all(Vec::is_empty));
    assert_eq!(r.balances.len(), 2);
}

#[test]
fn an_assessment_in_the_deadline_s_last_second() {
    // "not met" in the last second of the deadline day: at risk then; a second later the
    // deadline has passed with no assessment after it, so overdue until a verifier says more.
    let mut h = Harness::new();
    h.apply_at(
        end_b1(),
        "benchmark.assessment",
        F1,
        assessment("B1", "not_met"),
    )
    .unwrap();
    assert_eq!(b1(&h, end_b1()).status, BenchmarkStatus::AtRisk);
    assert_eq!(b1(&h, end_b1() + SECOND).status, BenchmarkStatus::Overdue);
    let a = h
        .apply_at(
            end_b1() + SECOND,
            "benchmark.assessment",
            F1,
            assessment("B1", "not_met"),
        )
        .unwrap();
    let r = b1(&h, end_b1() + SECOND);
    assert_eq!(
        (r.status, r.last_assessment),
        (BenchmarkStatus::Missed, Some(a))
    );
    // "met" in that last second is on time.
    let mut h = Harness::new();
    h.apply_at(
        end_b1(),
        "benchmark.assessment",
        F1,
        assessment("B1", "met"),
    )
    .unwrap();
    let r = b1(&h, end_b1() + 5 * DAY);
    assert_eq!((r.status, r.days_late), (BenchmarkStatus::Met, None));
}
