//! The reply window: replies after the deadline are refused, findings wait for a reply or the
//! deadline, and silence past the window is recorded as no reply. The window includes its last
//! second.

mod common;

use common::*;
use jiff::{SignedDuration, Timestamp};
use truce_engine::Status;
use truce_engine::compliance::{open_deadlines, triage_queue};

/// An incident in its reply window, and the window's deadline.
fn window(h: &mut Harness) -> (u64, Timestamp) {
    let i = h.reply_window();
    let deadline = ts(h.state.incidents[&i].reply_deadline.as_deref().unwrap());
    assert_eq!(deadline, h.time + SignedDuration::from_hours(72));
    (i, deadline)
}

const SECOND: SignedDuration = SignedDuration::from_secs(1);

#[test]
fn reply_after_the_deadline_is_refused() {
    let mut h = Harness::new();
    let (i, deadline) = window(&mut h);
    let e = h.refused_at(deadline + SECOND, "incident.reply", B, reply(i));
    let m = e.to_string();
    assert!(m.contains("closed at"), "{m}");
    assert!(
        m.contains(&truce_core::record::format_time(deadline)),
        "{m}"
    );
    let e = h.refused_at(
        deadline + SignedDuration::from_hours(1000),
        "incident.reply",
        B,
        reply(i),
    );
    assert!(e.to_string().contains("no reply"), "{e}");
}

#[test]
fn reply_exactly_at_the_deadline_is_accepted() {
    let mut h = Harness::new();
    let (i, deadline) = window(&mut h);
    let r = h.apply_at(deadline, "incident.reply", B, reply(i)).unwrap();
    assert_eq!(h.state.incidents[&i].reply.as_ref().unwrap().0, r);
    // With the reply in, the finding may follow at once, and records the reply.
    h.apply_at(deadline, "finding", FQ, confirmed(i, "b", &["C1"]))
        .unwrap();
    assert!(!h.state.incidents[&i].no_reply);
}

#[test]
fn finding_before_the_deadline_without_a_reply_is_refused() {
    let mut h = Harness::new();
    let (i, deadline) = window(&mut h);
    for at in [h.time + SECOND, deadline - SECOND, deadline] {
        let e = h.refused_at(at, "finding", FQ, confirmed(i, "b", &["C1"]));
        let m = e.to_string();
        assert!(m.contains("is open until"), "{m}");
        assert!(
            m.contains(&truce_core::record::format_time(deadline)),
            "{m}"
        );
    }
    assert_eq!(h.status(i), Status::ReplyWindow);
}

#[test]
fn finding_after_the_deadline_records_no_reply() {
    let mut h = Harness::new();
    let (i, deadline) = window(&mut h);
    let f = h
        .apply_at(deadline + SECOND, "finding", FQ, confirmed(i, "b", &["C1"]))
        .unwrap();
    let inc = &h.state.incidents[&i];
    assert!(inc.no_reply);
    assert_eq!(inc.reply, None);
    assert_eq!(inc.finding, Some(f));
    assert_eq!(inc.status, Status::Response);
}

#[test]
fn finding_before_the_deadline_after_a_reply_has_a_reply() {
    let mut h = Harness::new();
    let (i, _) = window(&mut h);
    h.ok("incident.reply", B, reply(i));
    h.ok("finding", FQ, outcome(i, "inconclusive"));
    assert!(!h.state.incidents[&i].no_reply);
}

#[test]
fn sub_second_record_times_are_truncated_consistently() {
    // Record times carry whole seconds; a time with a fraction is read as its whole second,
    // so a reply a fraction after the deadline's second is still inside the window.
    let mut h = Harness::new();
    let (i, deadline) = window(&mut h);
    let at = deadline + SignedDuration::from_millis(500);
    h.apply_at(at, "incident.reply", B, reply(i)).unwrap();
}

#[test]
fn open_deadlines_follow_the_window() {
    let mut h = Harness::new();
    let (i, deadline) = window(&mut h);
    let subject = format!("incident {i}");
    let row = |now: Timestamp, h: &Harness| {
        open_deadlines(&h.state, now)
            .into_iter()
            .find(|d| d.subject == subject)
            .expect("the incident has a deadline")
    };
    let d = row(deadline, &h);
    assert_eq!(d.what, "reply window");
    assert_eq!(d.who, "b");
    assert!(!d.overdue);
    assert_eq!(d.due, truce_core::record::format_time(deadline));
    let d = row(deadline + SECOND, &h);
    assert!(d.overdue);
    assert_eq!(d.who, "f1+f2");
    assert!(d.what.contains("without reply"), "{}", d.what);
    h.ok("incident.reply", B, reply(i));
    let d = row(deadline + SECOND, &h);
    assert_eq!(d.what, "finding due (reply received)");
    assert!(!d.overdue);
    h.ok("finding", FQ, outcome(i, "unfounded"));
    assert!(
        open_deadlines(&h.state, deadline)
            .iter()
            .all(|d| d.subject != subject)
    );
}

#[test]
fn open_deadlines_for_triage_and_verification() {
    let mut h = Harness::new();
    let i = h.report(A, Some("b"));
    let subject = format!("incident {i}");
    let now = h.time;
    // Waiting for triage: counted in the triage queue, not listed as a deadline.
    assert!(
        open_deadlines(&h.state, now)
            .iter()
            .all(|d| d.subject != subject)
    );
    let queue = triage_queue(&h.state, now);
    assert_eq!(queue.waiting, 1);
    assert_eq!(queue.first.as_ref().map(|f| f.0), Some(i));
    assert_eq!(queue.who, "f1+f2");
    h.ok("incident.triage", F1, admissible(i));
    assert_eq!(triage_queue(&h.state, h.time).waiting, 0);
    // As at the moment it was reported, it still waited.
    assert_eq!(triage_queue(&h.state, now).waiting, 1);
    assert!(
        open_deadlines(&h.state, h.time)
            .iter()
            .all(|d| d.subject != subject)
    );
    h.ok("verification.assign", F1, assign(i, &["m", "f2"]));
    let row = |now: &str| {
        open_deadlines(&h.state, ts(now))
            .into_iter()
            .find(|d| d.subject == subject)
            .unwrap()
    };
    let d = row("2025-10-25T23:59:59Z");
    assert_eq!(d.what, "verification report");
    assert_eq!(d.who, "m+f2");
    assert_eq!(d.due, "2025-10-25");
    assert!(!d.overdue);
    assert!(row("2025-10-26T00:00:00Z").overdue);
}

#[test]
fn open_deadlines_as_at_an_earlier_moment() {
    // Views for a past moment show incidents as they stood then.
    let mut h = Harness::new();
    let i = h.report(A, Some("b"));
    let reported = h.time;
    h.ok("incident.triage", F1, admissible(i));
    h.ok("verification.assign", F1, assign(i, &["m"]));
    h.ok("verification.report", M, vreport(i));
    let opened = h.time;
    h.ok("incident.reply", B, reply(i));
    let replied = h.time;
    h.ok("finding", FQ, outcome(i, "unfounded"));
    let what = |now: Timestamp| -> Vec<String> {
        open_deadlines(&h.state, now)
            .into_iter()
            .filter(|d| d.subject.starts_with("incident"))
            .map(|d| d.what)
            .collect()
    };
    assert!(what(reported - SECOND).is_empty());
    assert!(what(reported).is_empty());
    assert_eq!(triage_queue(&h.state, reported - SECOND).waiting, 0);
    assert_eq!(triage_queue(&h.state, reported).waiting, 1);
    assert_eq!(triage_queue(&h.state, opened).waiting, 0);
    assert_eq!(what(opened), ["reply window"]);
    assert_eq!(what(replied), ["finding due (reply received)"]);
    assert!(what(h.time).is_empty());
}

#[test]
fn a_window_that_would_end_past_the_last_representable_time_does_not_panic() {
    let mut h = Harness::new();
    let i = h.report(A, Some("b"));
    h.ok("incident.triage", F1, admissible(i));
    h.ok("verification.assign", F1, assign(i, &["m"]));
    let late = ts("9999-12-30T00:00:00Z");
    let r = h.apply_at(late, "verification.report", M, vreport(i));
    assert!(r.is_err(), "{r:?}");
    assert_eq!(h.status(i), Status::UnderVerification);
}
