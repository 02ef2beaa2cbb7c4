//! Body validation: ACLED pairs, coordinates as strings, fatalities order, source grading,
//! unknown fields.

mod common;

use common::*;
use serde_json::{Value, json};
use truce_engine::EngineError;
use truce_engine::acled::EVENT_TYPES;

fn refused_body(h: &mut Harness, body: Value) -> String {
    let e = h.refused("incident.report", A, body);
    match &e {
        EngineError::Body { kind, problem } => {
            assert_eq!(kind, "incident.report");
            problem.clone()
        }
        other => panic!("expected a body error, got {other:?}"),
    }
}

fn with(path: &[&str], value: Value) -> Value {
    let mut body = report_body(Some("b"));
    let mut at = &mut body;
    for p in &path[..path.len() - 1] {
        at = &mut at[*p];
    }
    at[path[path.len() - 1]] = value;
    body
}

#[test]
fn every_acled_pair_is_accepted() {
    let mut h = Harness::new();
    let mut n = 0;
    for (t, subs) in EVENT_TYPES {
        for s in *subs {
            let mut body = report_body(Some("b"));
            body["event_type"] = json!(t);
            body["sub_event_type"] = json!(s);
            h.ok("incident.report", A, body);
            n += 1;
        }
    }
    assert_eq!(n, 25);
}

#[test]
fn wrong_acled_pairs_are_refused() {
    let mut h = Harness::new();
    let mut body = report_body(Some("b"));
    body["event_type"] = json!("Battles");
    body["sub_event_type"] = json!("Air/drone strike");
    let p = refused_body(&mut h, body);
    assert!(p.contains("not a sub-event type of \"Battles\""), "{p}");
    assert!(p.contains("Armed clash"), "{p}");
    let p = refused_body(&mut h, with(&["event_type"], json!("battles")));
    assert!(p.contains("not an ACLED event type"), "{p}");
    let p = refused_body(&mut h, with(&["sub_event_type"], json!("")));
    assert!(p.contains("sub-event type"), "{p}");
}

#[test]
fn coordinates_are_decimal_strings_in_range() {
    let mut h = Harness::new();
    for (lat, lon) in [
        ("0", "0"),
        ("-90", "180"),
        ("90.0", "-180.0"),
        ("34", "-71.084"),
    ] {
        let body = with(&["location", "latitude"], json!(lat));
        let mut body = body;
        body["location"]["longitude"] = json!(lon);
        h.ok("incident.report", A, body);
    }
    for bad in [
        "90.0001", "-91", "1e1", " 34.0", "34,0", "NaN", "inf", "", "+34", "0x10",
    ] {
        let p = refused_body(&mut h, with(&["location", "latitude"], json!(bad)));
        assert!(p.contains("location.latitude"), "{bad}: {p}");
    }
    let p = refused_body(&mut h, with(&["location", "longitude"], json!("180.5")));
    assert!(p.contains("location.longitude"), "{p}");
    // Numbers are refused: coordinates are written as strings.
    let p = refused_body(&mut h, with(&["location", "latitude"], json!(34)));
    assert!(p.contains("string"), "{p}");
}

#[test]
fn fatalities_must_be_ordered() {
    let mut h = Harness::new();
    h.ok(
        "incident.report",
        A,
        with(&["fatalities"], json!({"low": 2, "best": 2, "high": 2})),
    );
    let mut no_fatalities = report_body(Some("b"));
    no_fatalities.as_object_mut().unwrap().remove("fatalities");
    h.ok("incident.report", A, no_fatalities);
    for (low, best, high) in [(3, 2, 5), (0, 6, 5), (2, 1, 0)] {
        let p = refused_body(
            &mut h,
            with(
                &["fatalities"],
                json!({"low": low, "best": best, "high": high}),
            ),
        );
        assert!(p.contains("low <= best <= high"), "{p}");
        assert!(p.contains(&format!("{low}/{best}/{high}")), "{p}");
    }
    refused_body(
        &mut h,
        with(&["fatalities"], json!({"low": -1, "best": 0, "high": 0})),
    );
    refused_body(&mut h, with(&["fatalities"], json!({"low": 0, "best": 0})));
}

#[test]
fn source_grading_admiralty_code() {
    let mut h = Harness::new();
    for r in ["A", "B", "C", "D", "E", "F"] {
        for c in 1..=6 {
            h.ok(
                "incident.report",
                A,
                with(&["source"], json!({"reliability": r, "credibility": c})),
            );
        }
    }
    for r in ["G", "a", "", "AB"] {
        let p = refused_body(
            &mut h,
            with(&["source"], json!({"reliability": r, "credibility": 1})),
        );
        assert!(p.contains("source.reliability"), "{r}: {p}");
    }
    for c in [0, 7] {
        let p = refused_body(
            &mut h,
            with(&["source"], json!({"reliability": "A", "credibility": c})),
        );
        assert!(p.contains("source.credibility"), "{c}: {p}");
    }
}

#[test]
fn other_report_fields() {
    let mut h = Harness::new();
    let cases: Vec<(&[&str], Value, &str)> = vec![
        (&["date"], json!("2025-13-01"), "date"),
        (&["date"], json!("18 October"), "date"),
        (&["time_precision"], json!(0), "time_precision"),
        (&["time_precision"], json!(4), "time_precision"),
        (&["time_of_day"], json!("25:00"), "time_of_day"),
        (&["location", "geo_precision"], json!(4), "geo_precision"),
        (&["location", "name"], json!("  "), "location.name"),
        (&["narrative"], json!(""), "narrative"),
        (&["classification"], json!("secret"), "public"),
    ];
    for (path, value, needle) in cases {
        let p = refused_body(&mut h, with(path, value.clone()));
        assert!(p.contains(needle), "{path:?}={value}: {p}");
    }
    h.ok("incident.report", A, with(&["time_of_day"], json!("06:30")));
    h.ok(
        "incident.report",
        A,
        with(&["classification"], json!("confidential")),
    );
}

#[test]
fn unknown_fields_are_refused() {
    let mut h = Harness::new();
    for path in [
        &["extra"][..],
        &["location", "altitude"],
        &["source", "grade"],
        &["fatalities", "injured"],
    ] {
        let p = refused_body(&mut h, with(path, json!(1)));
        assert!(p.contains("unknown field"), "{path:?}: {p}");
    }
    let i = h.report(A, Some("b"));
    let mut triage = admissible(i);
    triage["note"] = json!("x");
    let e = h.refused("incident.triage", F1, triage);
    assert!(e.to_string().contains("unknown field"), "{e}");
    let mut ev = evidence(i);
    ev["custody"][0]["where"] = json!("x");
    let e = h.refused("evidence.submit", A, ev);
    assert!(e.to_string().contains("unknown field"), "{e}");
    let mut p = progress("B1");
    p["percent"] = json!(50);
    h.refused("benchmark.progress", A, p);
}

#[test]
fn missing_fields_are_refused() {
    let mut h = Harness::new();
    let mut body = report_body(Some("b"));
    body.as_object_mut().unwrap().remove("source");
    let p = refused_body(&mut h, body);
    assert!(p.contains("missing field"), "{p}");
}

#[test]
fn unknown_kinds_have_no_rules() {
    // Every kind the log knows has rules in the engine.
    let mut h = Harness::new();
    for kind in truce_core::kinds::Kind::all() {
        let body = obj(json!({}));
        let signers = vec!["f1".to_string()];
        let before = h.state.digest();
        let r = h.state.apply(truce_engine::Input {
            index: h.state.size,
            kind,
            time: h.time,
            body: &body,
            signers: &signers,
        });
        if let Err(e) = r {
            assert!(!e.to_string().contains("no rules"), "{kind}: {e}");
            assert_eq!(h.state.digest(), before);
        }
    }
}

fn refused_lead(h: &mut Harness, body: Value) -> String {
    match h.refused("intake.lead", M, body) {
        EngineError::Body { kind, problem } => {
            assert_eq!(kind, "intake.lead");
            problem
        }
        other => panic!("expected a body error, got {other:?}"),
    }
}

#[test]
fn intake_leads_have_a_schema() {
    let mut h = Harness::new();
    let ok = h.ok("intake.lead", M, lead_body());
    // Optional fields, as `truce intake run` writes them when it has them.
    let mut full = lead_body();
    full["date_end"] = json!("2025-10-21");
    full["fatalities"] = json!({"low": 1, "best": 2, "high": null});
    full["event_type"] = json!(null);
    full["places"] = json!([]);
    let full_index = h.ok("intake.lead", M, full.clone());
    // Kept as recorded.
    assert_eq!(Value::Object(h.state.leads[&full_index].clone()), full);
    assert!(h.state.leads.contains_key(&ok));

    let change = |path: &[&str], value: Value| {
        let mut body = lead_body();
        let mut at = &mut body;
        for p in &path[..path.len() - 1] {
            at = &mut at[*p];
        }
        at[path[path.len() - 1]] = value;
        body
    };
    let place = |field: &str, value: Value| {
        let mut body = lead_body();
        body["places"][0][field] = value;
        body
    };
    let cases: Vec<(Value, &str)> = vec![
        (
            change(&["url"], json!("https://example.invalid/")),
            "unknown field",
        ),
        (place("altitude", json!("1")), "unknown field"),
        (
            change(&["status"], json!("verified")),
            "never a verified fact",
        ),
        (change(&["sentence"], json!("  ")), "\"sentence\" is empty"),
        (change(&["date"], json!("20 October")), "not a date"),
        (change(&["date_end"], json!("2025-10-19")), "before date"),
        (
            change(&["date_precision"], json!("hour")),
            "unknown variant",
        ),
        (
            change(&["event_type"], json!("Skirmish")),
            "not an ACLED event type",
        ),
        (place("latitude", json!("95.0")), "places.latitude"),
        (
            change(&["fatalities"], json!({"low": 3, "best": 1, "high": null})),
            "low <= best <= high",
        ),
        (
            change(&["fatalities"], json!({"low": 1, "best": 3, "high": 2})),
            "got 1/3/2",
        ),
        (change(&["sources"], json!([])), "at least one article"),
        (change(&["source_count"], json!(0)), "at least 1"),
    ];
    for (body, needle) in cases {
        let problem = refused_lead(&mut h, body.clone());
        assert!(problem.contains(needle), "{body}: {problem}");
    }
    let mut missing = lead_body();
    missing.as_object_mut().unwrap().remove("status");
    assert!(refused_lead(&mut h, missing).contains("missing field"));
}
