//! The mechanism's views through the real binary: status, incidents, findings, benchmarks,
//! reciprocity, ladder, the periodic report, drafts signed by a quorum, and evidence files.

mod common;

use common::*;
use serde_json::{Value, json};

fn view(data: &std::path::Path, args: &[&str]) -> Value {
    let out = ok(truce(data).args(args).args(["--format", "json"]));
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?} printed no JSON ({e}): {out}"))
}

#[test]
fn status_shows_the_demo_story_even_handedly() {
    let tmp = tempfile::tempdir().unwrap();
    let data = demo(tmp.path());
    let status = view(&data, &["status"]);
    let by_status = &status["incidents_by_status"];
    assert_eq!(by_status["closed"], json!(1), "{status}");
    assert_eq!(by_status["response"], json!(1), "{status}");
    assert_eq!(by_status["duplicate"], json!(1), "{status}");
    // Each party is on the first ladder step because of exactly one finding against it.
    let ladder = status["ladder"].as_array().unwrap();
    assert_eq!(ladder.len(), 2);
    for l in ladder {
        assert_eq!(l["step"], json!(1), "{l}");
        assert_eq!(l["because"].as_array().unwrap().len(), 1, "{l}");
    }
    // The digest a status shows is the audit's.
    assert_eq!(
        status["state_digest"],
        json!(state_digest(&audit_report(&data)))
    );

    let boards = view(&data, &["benchmark", "status"]);
    let status_of = |id: &str| {
        boards
            .as_array()
            .unwrap()
            .iter()
            .find(|b| b["id"] == json!(id))
            .unwrap_or_else(|| panic!("no {id} in {boards}"))
            .clone()
    };
    assert_eq!(status_of("B3")["status"], json!("met"));
    assert_eq!(status_of("B3")["days_late"], Value::Null);
    assert_eq!(status_of("B4")["status"], json!("met"));
    assert!(
        status_of("B4")["days_late"].as_i64().unwrap() >= 1,
        "B4 was met late"
    );

    let human = ok(truce(&data).arg("status"));
    assert!(human.contains("ILLUSTRATIVE"), "{human}");
}

#[test]
fn incident_and_finding_show_the_whole_history() {
    let tmp = tempfile::tempdir().unwrap();
    let data = demo(tmp.path());
    let incident = view(&data, &["incident", "show", "2"]);
    let steps: Vec<&str> = incident["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        steps,
        [
            "incident.report",
            "incident.triage",
            "verification.assign",
            "verification.report",
            "finding",
            "finding.dissent"
        ]
    );
    assert_eq!(
        incident["no_reply"],
        json!(true),
        "the accused party stayed silent"
    );
    let finding = view(
        &data,
        &["finding", "show", &incident["finding"].to_string()],
    );
    assert_eq!(finding["signed_by"], json!(["qa", "tr"]));
    assert_eq!(finding["dissents"].as_array().unwrap().len(), 1);

    let missing = fails(truce(&data).args(["incident", "show", "999"]));
    assert!(
        flatten(&missing.stderr).contains(&flatten("there is no incident 999")),
        "{}",
        missing.stderr
    );
}

#[test]
fn report_counts_both_parties_side_by_side() {
    let tmp = tempfile::tempdir().unwrap();
    let data = demo(tmp.path());
    let today = jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .date();
    let from = today
        .checked_sub(jiff::Span::new().days(40))
        .unwrap()
        .to_string();
    let to = today.to_string();
    let report: Value = serde_json::from_str(&ok(
        truce(&data).args(["report", "--from", &from, "--to", &to, "--format", "json"])
    ))
    .unwrap();
    for party in ["pk", "af"] {
        assert_eq!(report["counts"][party]["reported"], json!(1), "{report}");
        assert_eq!(report["counts"][party]["verified"], json!(1), "{report}");
    }
    assert_eq!(report["illustrative"], json!(true));
    let md = ok(truce(&data).args(["report", "--from", &from, "--to", &to]));
    assert!(md.starts_with("# Verification report"), "{md}");
    assert!(md.contains("| reported (accused) |"), "{md}");
    let backwards = fails(truce(&data).args(["report", "--from", &to, "--to", &from]));
    assert!(
        flatten(&backwards.stderr).contains(&flatten("--to is before --from")),
        "{}",
        backwards.stderr
    );
}

#[test]
fn evidence_is_kept_by_hash_and_a_disclosed_copy_can_be_checked() {
    let tmp = tempfile::tempdir().unwrap();
    let data = demo(tmp.path());
    let incident = submit_ok(
        &data,
        "af-liaison",
        "incident.report",
        &report_body(1, "pk"),
    );
    let photo = tmp.path().join("photo.jpg");
    std::fs::write(&photo, b"illustrative photo bytes").unwrap();
    let out = ok(truce(&data)
        .args(["evidence", "add", "--key"])
        .arg(demo_key(&data, "joint-monitors"))
        .args([
            "--incident",
            &incident.to_string(),
            "--media-type",
            "image/jpeg",
        ])
        .args([
            "--description",
            "Illustrative photo",
            "--collected-by",
            "field unit 2",
        ])
        .arg(&photo));
    assert_eq!(json_line(&out)["kind"], json!("evidence.submit"));
    let kept: Vec<_> = std::fs::read_dir(data.join("evidence")).unwrap().collect();
    assert_eq!(kept.len(), 1, "the file is kept beside the log");
    let checked = json_line(&ok(truce(&data).args(["evidence", "check"]).arg(&photo)));
    assert_eq!(checked["incident"], json!(incident));
    assert_eq!(checked["size_matches"], json!(true));
    // One changed byte and the copy is no longer the evidence the log recorded.
    std::fs::write(&photo, b"illustrative photo bytez").unwrap();
    let changed = fails(truce(&data).args(["evidence", "check"]).arg(&photo));
    assert!(
        flatten(&changed.stderr).contains(&flatten("is not evidence recorded in this log")),
        "{}",
        changed.stderr
    );
    // Evidence for a finished incident is refused, and its file is not kept.
    let before = snapshot(&data);
    let other = tmp.path().join("other.jpg");
    std::fs::write(&other, b"another illustrative photo").unwrap();
    let refused = fails(
        truce(&data)
            .args(["evidence", "add", "--key"])
            .arg(demo_key(&data, "joint-monitors"))
            .args(["--incident", "1", "--media-type", "image/jpeg"])
            .args([
                "--description",
                "Too late",
                "--collected-by",
                "field unit 2",
            ])
            .arg(&other),
    );
    assert!(
        flatten(&refused.stderr).contains(&flatten("closed")),
        "{}",
        refused.stderr
    );
    assert_unchanged(&data, &before);
    assert_eq!(std::fs::read_dir(data.join("evidence")).unwrap().count(), 1);
}

#[test]
fn a_finding_is_drafted_signed_by_the_quorum_and_appended() {
    let tmp = tempfile::tempdir().unwrap();
    let data = demo(tmp.path());
    let incident = submit_ok(
        &data,
        "af-liaison",
        "incident.report",
        &report_body(2, "pk"),
    );
    submit_ok(
        &data,
        "qa-facilitator",
        "incident.triage",
        &json!({"incident": incident, "decision": "admissible"}),
    );
    submit_ok(
        &data,
        "qa-facilitator",
        "verification.assign",
        &json!({"incident": incident, "team": ["jmt"], "due": "2099-01-01"}),
    );
    submit_ok(
        &data,
        "joint-monitors",
        "verification.report",
        &json!({"incident": incident, "summary": "Illustrative: nothing found."}),
    );
    submit_ok(
        &data,
        "pk-liaison",
        "incident.reply",
        &json!({"incident": incident, "text": "Illustrative: not us."}),
    );
    let body = tmp.path().join("finding.json");
    std::fs::write(&body, json!({"incident": incident, "outcome": "unfounded", "summary": "Illustrative: no violation."}).to_string()).unwrap();
    let note = tmp.path().join("finding.note");
    std::fs::write(
        &note,
        ok(truce(&data).args(["draft", "--kind", "finding"]).arg(&body)),
    )
    .unwrap();
    ok(truce(&data)
        .args(["sign", "--key"])
        .arg(demo_key(&data, "qa-facilitator"))
        .arg(&note));
    // One facilitator is not the finding quorum: refused, nothing written.
    let before = snapshot(&data);
    let short = fails(truce(&data).arg("append").arg(&note));
    assert!(
        flatten(&short.stderr).contains(&flatten("not yet signed: tr")),
        "{}",
        short.stderr
    );
    assert_unchanged(&data, &before);
    ok(truce(&data)
        .args(["sign", "--key"])
        .arg(demo_key(&data, "tr-facilitator"))
        .arg(&note));
    assert_eq!(
        json_line(&ok(truce(&data).arg("append").arg(&note)))["kind"],
        json!("finding")
    );
    let shown = view(&data, &["incident", "show", &incident.to_string()]);
    assert_eq!(shown["status"], json!("finding"));
}

#[test]
fn public_views_withhold_restricted_content_and_a_disclosure_proves_itself() {
    let tmp = tempfile::tempdir().unwrap();
    let data = demo(tmp.path());
    // A restricted report with a restricted photo.
    let mut body = report_body(7, "pk");
    body["classification"] = json!("restricted");
    body["narrative"] = json!("Illustrative restricted narrative: the patrol's route.");
    let incident = submit_ok(&data, "af-liaison", "incident.report", &body);
    let photo = tmp.path().join("photo.jpg");
    std::fs::write(&photo, b"illustrative restricted photo bytes").unwrap();
    ok(truce(&data)
        .args(["evidence", "add", "--key"])
        .arg(demo_key(&data, "joint-monitors"))
        .args(["--incident", &incident.to_string()])
        .args(["--media-type", "image/jpeg"])
        .args(["--description", "Illustrative restricted photo"])
        .args(["--collected-by", "field unit 2"])
        .arg(&photo));

    // The participants' view shows it all.
    let full = ok(truce(&data).args(["incident", "show", &incident.to_string()]));
    assert!(full.contains("patrol's route"), "{full}");
    assert!(full.contains("Illustrative restricted photo"), "{full}");

    // The public one keeps the number, status and the photo's hash, nothing else.
    let n = incident.to_string();
    let public = view(&data, &["incident", "show", &n, "--public"]);
    assert_eq!(public["withheld"], json!(true), "{public}");
    assert_eq!(public["status"], json!("reported"));
    assert_eq!(public["classification"], json!("restricted"));
    assert!(public.get("report").is_none(), "{public}");
    let sha = public["evidence"][0]["sha256"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(sha.len(), 64);
    assert!(public["evidence"][0].get("description").is_none());
    for args in [
        vec!["incident", "show", &n, "--public"],
        vec!["incident", "list", "--public"],
    ] {
        for format in ["human", "json"] {
            let out = ok(truce(&data).args(&args).args(["--format", format]));
            assert!(!out.contains("patrol's route"), "{args:?} {format}: {out}");
            assert!(
                !out.contains("restricted photo"),
                "{args:?} {format}: {out}"
            );
            assert!(out.contains("withheld"), "{args:?} {format}: {out}");
        }
    }
    let listed = view(&data, &["incident", "list", "--public"]);
    let row = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["index"] == json!(incident))
        .unwrap();
    assert_eq!(row["withheld"], json!(true));
    // The demo's public incidents are shown, their restricted evidence as a hash only.
    let demo_incident = view(&data, &["incident", "show", "1", "--public"]);
    assert_eq!(demo_incident["withheld"], json!(false));
    assert!(demo_incident["report"]["narrative"].is_string());
    let ev = &demo_incident["evidence"][0];
    assert_eq!(ev["withheld"], json!(true), "{demo_incident}");
    assert!(ev.get("description").is_none() && ev["sha256"].is_string());

    // Later the photo is disclosed: anyone can check it against the hash the public view showed.
    let checked = json_line(&ok(truce(&data).args(["evidence", "check"]).arg(&photo)));
    assert_eq!(checked["sha256"], json!(sha));
    assert_eq!(checked["incident"], json!(incident));
}

#[test]
fn the_demo_s_restricted_report_is_withheld_publicly() {
    let tmp = tempfile::tempdir().unwrap();
    let data = demo(tmp.path());
    let full = view(&data, &["incident", "show", "32"]);
    assert_eq!(full["report"]["classification"], json!("restricted"));
    assert!(full["report"].get("accused").is_none(), "it accuses no one");
    let public = view(&data, &["incident", "show", "32", "--public"]);
    assert_eq!(public["withheld"], json!(true));
    assert_eq!(public["status"], json!("triaged"));
    let listed = ok(truce(&data).args(["incident", "list", "--public"]));
    assert!(!listed.contains("Angoor Adda"), "{listed}");
    assert!(listed.contains("withheld (restricted)"), "{listed}");
}
