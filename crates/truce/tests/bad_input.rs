//! Every kind of bad input is refused with a non-zero exit, a message saying what was wrong, a
//! help line saying what to do, and nothing written.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use common::*;
use serde_json::{Value, json};
use truce_core::kinds::Kind;
use truce_core::record::Record;
use truce_tlog::note::Note;

/// A demo log and its state before the bad input.
fn setup() -> (tempfile::TempDir, PathBuf, Snapshot) {
    let tmp = tempfile::tempdir().unwrap();
    let data = demo(tmp.path());
    let before = snapshot(&data);
    assert_eq!(before.entries, log_size(&data));
    (tmp, data, before)
}

/// A valid report by pk accusing af (so only the body's point under test can be wrong).
fn pk_report(n: u64) -> String {
    report_body(n, "af").to_string()
}

/// A new incident reported by pk against af, triaged admissible by qa.
fn triaged_incident(data: &Path) -> u64 {
    let inc = submit_ok(data, "pk-liaison", "incident.report", &report_body(1, "af"));
    submit_ok(
        data,
        "qa-facilitator",
        "incident.triage",
        &json!({"incident": inc, "decision": "admissible"}),
    );
    inc
}

/// A new incident reported by pk against af, taken through triage, assignment to the joint
/// team and the team's report: its reply window is open.
fn incident_in_reply_window(data: &Path) -> u64 {
    let inc = triaged_incident(data);
    submit_ok(
        data,
        "qa-facilitator",
        "verification.assign",
        &json!({"incident": inc, "team": ["jmt"], "due": "2025-12-31"}),
    );
    submit_ok(
        data,
        "joint-monitors",
        "verification.report",
        &json!({"incident": inc, "summary": "Illustrative: craters consistent with mortar fire."}),
    );
    inc
}

/// Requires an engine refusal of a submitted record: non-zero exit, the `needles`, a help line
/// saying nothing was written, nothing printed, and the log exactly as before.
fn refused(data: &Path, cmd: &mut Command, needles: &[&str]) {
    let before = snapshot(data);
    fails(cmd)
        .says(needles)
        .says(&["nothing was written"])
        .helps()
        .printed_nothing();
    assert_unchanged(data, &before);
}

/// `truce --data DATA init --genesis GENESIS --log-key KEY`.
fn init(data: &Path, genesis: &Path, log_key: &Path) -> Command {
    let mut cmd = truce(data);
    cmd.args(["init", "--genesis"])
        .arg(genesis)
        .arg("--log-key")
        .arg(log_key);
    cmd
}

/// Writes a hand-made genesis and the log key into `dir`; returns their paths.
fn handmade_files(dir: &Path, m: &HandMade, genesis: &[u8]) -> (PathBuf, PathBuf) {
    let g = dir.join("genesis.note");
    std::fs::write(&g, genesis).unwrap();
    let k = dir.join("log.key");
    write_key(&k, &m.log);
    (g, k)
}

#[test]
fn malformed_json_body() {
    let (_tmp, data, before) = setup();
    let key = demo_key(&data, "pk-liaison");
    fails(&mut submit_stdin(
        &data,
        &key,
        "incident.report",
        "{\"summary\": \"cut off",
    ))
    .says(&["standard input", "not valid JSON"])
    .says(&["nothing was written"])
    .helps()
    .printed_nothing();
    assert_unchanged(&data, &before);
}

#[test]
fn body_that_is_not_an_object() {
    let (_tmp, data, before) = setup();
    let key = demo_key(&data, "pk-liaison");
    fails(&mut submit_stdin(
        &data,
        &key,
        "incident.report",
        "[\"summary\", 1]",
    ))
    .says(&["body", "not a JSON object"])
    .helps()
    .printed_nothing();
    assert_unchanged(&data, &before);
}

#[test]
fn float_in_body() {
    let (_tmp, data, before) = setup();
    let key = demo_key(&data, "pk-liaison");
    // A valid report but for one float.
    let body = pk_report(1).replace("\"best\":0", "\"best\":2.5");
    assert!(body.contains("2.5"), "{body}");
    fails(&mut submit_stdin(&data, &key, "incident.report", &body))
        .says(&["2.5", "only integers", "strings"])
        .helps()
        .printed_nothing();
    assert_unchanged(&data, &before);
}

#[test]
fn non_canonical_genesis_is_refused_by_init() {
    let tmp = tempfile::tempdir().unwrap();
    let m = HandMade::new(1);
    let text = m.genesis_text();
    assert!(text.starts_with("{\"body\":{"));
    // Same JSON, one space more: a different text, properly signed by everyone.
    let spaced = text.replacen("{\"body\":{", "{\"body\": {", 1);
    let note = m.sign_all(&spaced);
    let (g, k) = handmade_files(tmp.path(), &m, &note.to_bytes());
    let data = tmp.path().join("data");
    fails(&mut init(&data, &g, &k))
        .says(&["genesis", "canonical"])
        .helps()
        .printed_nothing();
    assert!(!data.exists(), "a refused init created the data folder");

    // The canonical text signed the same way opens the log: only the space was wrong.
    let good = tmp.path().join("ok");
    std::fs::create_dir(&good).unwrap();
    let (g, _) = handmade_files(&good, &m, &m.sign_all(&text).to_bytes());
    let r = json_line(&ok(&mut init(&data, &g, &k)));
    assert_eq!(r["index"], serde_json::json!(0));
}

#[test]
fn oversized_record() {
    let (_tmp, data, before) = setup();
    let key = demo_key(&data, "pk-liaison");
    let mut body = report_body(1, "af");
    body["narrative"] = json!("x".repeat(70_000));
    let body = body.to_string();
    fails(&mut submit_stdin(&data, &key, "incident.report", &body))
        .says(&["over the limit of 65535", "SHA-256"])
        .helps()
        .printed_nothing();
    assert_unchanged(&data, &before);
}

/// A key named `name` that the agreement does not register (by name, or by key hash when the name
/// is a registered one) is refused with a message naming it, and changes nothing; the same body
/// signed by a registered party is then accepted, so only the signer was wrong.
fn an_unregistered_key_is_refused(name: &str, file: &str) {
    let (tmp, data, before) = setup();
    let key = tmp.path().join(file);
    ok(truce_bare().args(["keygen", name, "--out"]).arg(&key));
    fails(&mut submit_stdin(
        &data,
        &key,
        "incident.report",
        &pk_report(1),
    ))
    .says(&[&format!("\"{name}\""), "does not register"])
    .helps()
    .printed_nothing();
    assert_unchanged(&data, &before);
    submit_ok(
        &data,
        "pk-liaison",
        "incident.report",
        &report_body(1, "af"),
    );
}

#[test]
fn unknown_signer() {
    an_unregistered_key_is_refused("stranger", "stranger.key");
}

#[test]
fn a_demo_key_with_the_right_name_but_another_key_is_unknown() {
    // Same name as a registered key, different key: the key hash does not match.
    an_unregistered_key_is_refused("pk-liaison", "pk-impostor.key");
}

#[test]
fn unauthorised_signer() {
    let (tmp, data, _) = setup();
    // A party may not triage (only a facilitator may), even a valid triage of a new incident.
    let inc = submit_ok(
        &data,
        "pk-liaison",
        "incident.report",
        &report_body(1, "af"),
    );
    let triage = json!({"incident": inc, "decision": "admissible"}).to_string();
    let before = snapshot(&data);
    fails(&mut submit_stdin(
        &data,
        &demo_key(&data, "pk-liaison"),
        "incident.triage",
        &triage,
    ))
    .says(&[
        "pk is a party",
        "may not sign \"incident.triage\"",
        "facilitator",
    ])
    .helps()
    .printed_nothing();
    assert_unchanged(&data, &before);
    // The same body signed by a facilitator is accepted: only the signer was wrong.
    submit_ok(
        &data,
        "qa-facilitator",
        "incident.triage",
        &serde_json::from_str(&triage).unwrap(),
    );

    // Findings are signed by the finding quorum (both facilitators in the demo).
    let inc = incident_in_reply_window(&data);
    submit_ok(
        &data,
        "af-liaison",
        "incident.reply",
        &json!({"incident": inc, "text": "Illustrative reply: our forces did not fire."}),
    );
    let finding = json!({
        "incident": inc,
        "outcome": "confirmed",
        "attributed_to": "af",
        "clauses": ["C1"],
        "summary": "Illustrative: fire originated from positions under the party's control.",
    });
    let before = snapshot(&data);
    // A monitor may not sign a finding at all.
    fails(&mut submit_stdin(
        &data,
        &demo_key(&data, "joint-monitors"),
        "finding",
        &finding.to_string(),
    ))
    .says(&[
        "jmt is a monitor",
        "may not sign \"finding\"",
        "facilitator",
    ])
    .helps()
    .printed_nothing();
    assert_unchanged(&data, &before);
    // A party alone, or one facilitator alone, does not make the quorum; the message names
    // who has not signed.
    fails(&mut submit_stdin(
        &data,
        &demo_key(&data, "pk-liaison"),
        "finding",
        &finding.to_string(),
    ))
    .says(&[
        "\"finding\" record does not have the signatures it needs",
        "not yet signed: qa, tr",
    ])
    .helps()
    .printed_nothing();
    assert_unchanged(&data, &before);
    fails(&mut submit_stdin(
        &data,
        &demo_key(&data, "qa-facilitator"),
        "finding",
        &finding.to_string(),
    ))
    .says(&[
        "does not have the signatures it needs",
        "not yet signed: tr",
    ])
    .helps()
    .printed_nothing();
    assert_unchanged(&data, &before);

    // The same finding signed by both facilitators and appended is accepted.
    let record = Record::new(
        Kind::parse("finding").unwrap(),
        TIME.parse().unwrap(),
        finding,
    )
    .unwrap();
    let note = tmp.path().join("finding.note");
    std::fs::write(&note, record.to_text()).unwrap();
    for signer in ["qa-facilitator", "tr-facilitator"] {
        ok(truce_bare()
            .args(["sign", "--key"])
            .arg(demo_key(&data, signer))
            .arg(&note));
    }
    let r = json_line(&ok(truce(&data).arg("append").arg(&note)));
    assert_eq!(r["index"], json!(before.entries), "{r}");
    assert_eq!(r["kind"], json!("finding"), "{r}");
    assert_eq!(audited_size(&data), before.entries + 1);
}

#[test]
fn reply_by_a_party_that_is_not_accused() {
    let (_tmp, data, _) = setup();
    let inc = incident_in_reply_window(&data);
    let reply = json!({"incident": inc, "text": "Illustrative reply."}).to_string();
    // pk reported the incident against af: only af may reply.
    refused(
        &data,
        &mut submit_stdin(
            &data,
            &demo_key(&data, "pk-liaison"),
            "incident.reply",
            &reply,
        ),
        &[&format!(
            "only the accused party (af) may reply on incident {inc}"
        )],
    );
    // The accused party's reply with the same body is accepted.
    submit_ok(
        &data,
        "af-liaison",
        "incident.reply",
        &serde_json::from_str(&reply).unwrap(),
    );
}

#[test]
fn verification_team_with_a_conflict_of_interest() {
    let (_tmp, data, _) = setup();
    let inc = triaged_incident(&data);
    let assign = |team: Value| json!({"incident": inc, "team": team, "due": "2025-12-31"});
    let qa = demo_key(&data, "qa-facilitator");
    // The accused party may not verify an allegation against itself, even with a facilitator.
    refused(
        &data,
        &mut submit_stdin(
            &data,
            &qa,
            "verification.assign",
            &assign(json!(["qa", "af"])).to_string(),
        ),
        &[
            "conflict of interest",
            &format!("af may not verify incident {inc}"),
            "against itself",
            "assign a facilitator, a neutral monitor or a joint team",
        ],
    );
    // Nor may the reporting party verify its own allegation.
    refused(
        &data,
        &mut submit_stdin(
            &data,
            &qa,
            "verification.assign",
            &assign(json!(["pk"])).to_string(),
        ),
        &["conflict of interest", "pk may not verify", "by itself"],
    );
    // The joint team may.
    submit_ok(
        &data,
        "qa-facilitator",
        "verification.assign",
        &assign(json!(["jmt"])),
    );
}

#[test]
fn triage_of_an_incident_already_triaged() {
    let (_tmp, data, _) = setup();
    let inc = triaged_incident(&data);
    refused(
        &data,
        &mut submit_stdin(
            &data,
            &demo_key(&data, "tr-facilitator"),
            "incident.triage",
            &json!({"incident": inc, "decision": "admissible"}).to_string(),
        ),
        &[
            &format!("incident {inc} is \"triaged\""),
            "incident.triage",
            "cannot be applied",
            "what can follow now: verification.assign",
        ],
    );
}

#[test]
fn report_concerning_an_unknown_clause() {
    let (_tmp, data, _) = setup();
    let mut body = report_body(1, "af");
    body["concerns"] = json!(["C1", "C9"]);
    refused(
        &data,
        &mut submit_stdin(
            &data,
            &demo_key(&data, "pk-liaison"),
            "incident.report",
            &body.to_string(),
        ),
        &[
            "\"C9\"",
            "not a commitment or red line of the agreement",
            "known clauses: C1, C2, C3, C4, R1, R2",
        ],
    );
}

#[test]
fn report_with_an_invalid_acled_sub_event_type() {
    let (_tmp, data, _) = setup();
    let mut body = report_body(1, "af");
    body["sub_event_type"] = json!("Armed clash");
    refused(
        &data,
        &mut submit_stdin(
            &data,
            &demo_key(&data, "pk-liaison"),
            "incident.report",
            &body.to_string(),
        ),
        &[
            "incident.report body is not valid",
            "\"Armed clash\" is not a sub-event type of \"Explosions/Remote violence\"",
            "use one of: Chemical weapon, Air/drone strike, Suicide bomb, \
             Shelling/artillery/missile attack, Remote explosive/landmine/IED, Grenade",
        ],
    );
    // An event type ACLED does not have lists the event types.
    body["event_type"] = json!("Skirmish");
    refused(
        &data,
        &mut submit_stdin(
            &data,
            &demo_key(&data, "pk-liaison"),
            "incident.report",
            &body.to_string(),
        ),
        &[
            "\"Skirmish\" is not an ACLED event type",
            "Battles",
            "Riots",
        ],
    );
}

#[test]
fn bad_signature_on_the_genesis() {
    let tmp = tempfile::tempdir().unwrap();
    let m = HandMade::new(2);
    let signed = m.sign_all(&m.genesis_text()).to_bytes();
    let text = String::from_utf8(signed).unwrap();
    // Altered after signing, still canonical JSON: the signatures no longer match.
    let altered = text.replacen("No cross-border attacks", "No cross-border attackz", 1);
    assert_ne!(altered, text);
    let (g, k) = handmade_files(tmp.path(), &m, altered.as_bytes());
    let data = tmp.path().join("data");
    fails(&mut init(&data, &g, &k))
        .says(&["does not match the record", "changed after signing"])
        .helps()
        .printed_nothing();
    assert!(!data.exists(), "a refused init created the data folder");
}

#[test]
fn unknown_kind() {
    let (_tmp, data, before) = setup();
    let key = demo_key(&data, "pk-liaison");
    fails(&mut submit_stdin(
        &data,
        &key,
        "weather.report",
        "{\"summary\":\"sunny\"}",
    ))
    .says(&["unknown record kind \"weather.report\"", "incident.report"])
    .says(&["--kind"])
    .helps()
    .printed_nothing();
    assert_unchanged(&data, &before);
}

#[test]
fn truncated_genesis_note() {
    let (tmp, demo_data, _) = setup();
    let full = std::fs::read(demo_data.join("genesis.note")).unwrap();
    let g = tmp.path().join("half.note");
    std::fs::write(&g, &full[..full.len() / 2]).unwrap();
    let data = tmp.path().join("fresh");
    fails(&mut init(&data, &g, &demo_data.join("log.key")))
        .says(&["genesis", "not a valid signed note"])
        .helps()
        .printed_nothing();
    assert!(!data.exists(), "a refused init created the data folder");
    // Cut in the signatures instead.
    let cut = &full[..full.len() - 20];
    std::fs::write(&g, cut).unwrap();
    fails(&mut init(&data, &g, &demo_data.join("log.key")))
        .says(&["genesis", "signed note"])
        .helps()
        .printed_nothing();
    assert!(!data.exists(), "a refused init created the data folder");
}

#[test]
fn wrong_log_origin_for_a_mirror() {
    let (tmp, data, before) = setup();
    let mirror = tmp.path().join("mirror");
    ok(truce(&data).args(["log", "export"]).arg(&mirror));
    let other = tmp.path().join("other.key");
    let other_vkey = ok(truce_bare()
        .args(["keygen", "other.truce.example/log", "--out"])
        .arg(&other));
    let f = fails(
        truce_bare()
            .args(["audit", "--tiles"])
            .arg(&mirror)
            .args(["--vkey", other_vkey.trim()]),
    );
    f.says(&[
        "origin",
        "other.truce.example/log",
        "pass this log's verifier key",
    ])
    .printed_nothing();
    // The right key passes.
    let vkey = ok(truce(&data).arg("vkey"));
    ok(truce_bare()
        .args(["audit", "--tiles"])
        .arg(&mirror)
        .args(["--vkey", vkey.trim()]));
    // Not a key at all.
    fails(
        truce_bare()
            .args(["audit", "--tiles"])
            .arg(&mirror)
            .args(["--vkey", "not-a-key"]),
    )
    .says(&["not a verifier key"])
    .helps();
    assert_unchanged(&data, &before);
}

#[test]
fn init_with_a_log_key_the_agreement_does_not_name() {
    let tmp = tempfile::tempdir().unwrap();
    let m = HandMade::new(3);
    let (g, _) = handmade_files(tmp.path(), &m, &m.sign_all(&m.genesis_text()).to_bytes());
    let data = tmp.path().join("data");
    // A key with another name, and a key with the agreement's name but other bytes.
    for (name, seed) in [
        ("someone.else/log", 3u8),
        ("handmade.truce.example/log", 99u8),
    ] {
        let k = tmp.path().join(format!("wrong-{seed}.key"));
        write_key(&k, &test_signer(name, seed));
        fails(&mut init(&data, &g, &k))
            .says(&[
                "the agreement names the log key",
                &m.log.verifier().to_vkey(),
            ])
            .helps()
            .printed_nothing();
        assert!(!data.exists(), "a refused init created the data folder");
    }
}

#[test]
fn key_file_with_wrong_format() {
    let (tmp, data, before) = setup();
    let key = tmp.path().join("garbage.key");
    std::fs::write(&key, "this is not a key\n").unwrap();
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).unwrap();
    fails(&mut submit_stdin(
        &data,
        &key,
        "incident.report",
        &pk_report(1),
    ))
    .says(&["garbage.key", "is not a truce private key"])
    .helps()
    .printed_nothing();
    // A verifier key where a private key belongs.
    let vkey = ok(truce(&data).arg("vkey"));
    std::fs::write(&key, vkey).unwrap();
    fails(&mut submit_stdin(
        &data,
        &key,
        "incident.report",
        &pk_report(1),
    ))
    .says(&["is not a truce private key"])
    .helps()
    .printed_nothing();
    assert_unchanged(&data, &before);
}

#[test]
fn key_file_with_loose_permissions() {
    let (_tmp, data, before) = setup();
    let key = demo_key(&data, "pk-liaison");
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).unwrap();
    fails(&mut submit_stdin(
        &data,
        &key,
        "incident.report",
        &pk_report(1),
    ))
    .says(&["can be read by other users", "644", "chmod 600"])
    .helps()
    .printed_nothing();
    assert_unchanged(&data, &before);
    // The log's own key is held to the same rule.
    std::fs::set_permissions(data.join("log.key"), std::fs::Permissions::from_mode(0o640)).unwrap();
    fails(truce(&data).arg("vkey"))
        .says(&["log.key", "chmod 600"])
        .helps()
        .printed_nothing();
}

#[test]
fn unreachable_database() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let f = fails(truce(&data).args([
        "--database-url",
        "postgres://someone:hunter2@127.0.0.1:1/x",
        "checkpoint",
    ]));
    f.says(&["127.0.0.1:1", "cannot open the database"])
        .says(&["database is running"])
        .helps()
        .printed_nothing();
    assert!(
        !f.stderr.contains("hunter2"),
        "the password leaked:\n{}",
        f.stderr
    );
    assert!(!data.exists());
    // Not a PostgreSQL URL at all.
    let f = fails(truce(&data).args([
        "--database-url",
        "mysql://someone:hunter2@db/x",
        "checkpoint",
    ]));
    f.says(&["not a PostgreSQL URL"]).helps().printed_nothing();
    assert!(!f.stderr.contains("hunter2"), "{}", f.stderr);
}

#[test]
fn unwritable_data_folder() {
    let tmp = tempfile::tempdir().unwrap();
    // Tests run as root, so permissions would not stop them: a folder under a file does.
    let afile = tmp.path().join("afile");
    std::fs::write(&afile, b"just a file\n").unwrap();
    let data = afile.join("data");
    fails(truce(&data).arg("demo"))
        .says(&["cannot write to the data folder", "afile/data"])
        .helps()
        .printed_nothing();
    // init with a genesis that would otherwise be fine.
    let m = HandMade::new(4);
    let (g, k) = handmade_files(tmp.path(), &m, &m.sign_all(&m.genesis_text()).to_bytes());
    fails(&mut init(&data, &g, &k))
        .says(&["cannot write to the data folder", "afile/data"])
        .helps()
        .printed_nothing();
    assert_eq!(std::fs::read(&afile).unwrap(), b"just a file\n");
    // Reading commands say there is no log there.
    fails(truce(&data).arg("checkpoint"))
        .says(&["no truce data folder"])
        .helps()
        .printed_nothing();
}

#[test]
fn batch_with_one_bad_line_writes_nothing() {
    let (tmp, data, before) = setup();
    let key = demo_key(&data, "joint-monitors");
    let batch = tmp.path().join("obs.jsonl");
    let good = |i: u32| format!("{{\"summary\":\"observation {i}\"}}\n");
    let mut lines: String = (1..=5).map(good).collect();
    lines = lines.replacen(
        "{\"summary\":\"observation 3\"}",
        "{\"summary\":\"observation 3\",\"distance_km\":1.5}",
        1,
    );
    std::fs::write(&batch, &lines).unwrap();
    fails(
        truce(&data)
            .args(["submit", "--key"])
            .arg(&key)
            .args(["--kind", "observation", "--batch"])
            .arg(&batch)
            .args(["--commit-every", "1"]),
    )
    .says(&["line 3 of", "obs.jsonl", "1.5"])
    .helps()
    .printed_nothing();
    assert_unchanged(&data, &before);

    // Malformed JSON on the last line.
    let mut lines: String = (1..=4).map(good).collect();
    lines.push_str("{not json\n");
    std::fs::write(&batch, &lines).unwrap();
    fails(
        truce(&data)
            .args(["submit", "--key"])
            .arg(&key)
            .args(["--kind", "observation", "--batch"])
            .arg(&batch),
    )
    .says(&["line 5 of", "not valid JSON"])
    .helps()
    .printed_nothing();
    assert_unchanged(&data, &before);

    // The same batch without the bad line goes in whole.
    let lines: String = (1..=4).map(good).collect();
    std::fs::write(&batch, &lines).unwrap();
    let receipts = json_lines(&ok(truce(&data)
        .args(["submit", "--key"])
        .arg(&key)
        .args(["--kind", "observation", "--batch"])
        .arg(&batch)));
    assert_eq!(receipts.len(), 4);
    assert_eq!(receipts[0]["index"], json!(before.entries));
    assert_eq!(audited_size(&data), before.entries + 4);
}

#[test]
fn batch_with_one_record_the_rules_refuse_writes_nothing() {
    let (tmp, data, before) = setup();
    let key = demo_key(&data, "joint-monitors");
    let batch = tmp.path().join("obs.jsonl");
    // Well-formed lines; the third is about an incident that does not exist.
    let mut lines: String = (1..=5)
        .map(|i| format!("{}\n", json!({"summary": format!("observation {i}")})))
        .collect();
    lines = lines.replacen(
        "{\"summary\":\"observation 3\"}",
        "{\"incident\":999,\"summary\":\"observation 3\"}",
        1,
    );
    assert!(lines.contains("999"), "{lines}");
    std::fs::write(&batch, &lines).unwrap();
    fails(
        truce(&data)
            .args(["submit", "--key"])
            .arg(&key)
            .args(["--kind", "observation", "--batch"])
            .arg(&batch)
            .args(["--commit-every", "1"]),
    )
    .says(&["record 3 of the batch", "999 is not an incident in the log"])
    .says(&["nothing was written"])
    .helps()
    .printed_nothing();
    assert_unchanged(&data, &before);
}

#[test]
fn genesis_given_to_sign_must_be_a_truce_record() {
    // sign refuses a note that is not a record, leaving the file as it was.
    let (tmp, data, _) = setup();
    let note = tmp.path().join("letter.note");
    std::fs::write(&note, "Dear all,\nplease sign.\n").unwrap();
    fails(
        truce_bare()
            .args(["sign", "--key"])
            .arg(demo_key(&data, "pk-liaison"))
            .arg(&note),
    )
    .says(&["not a truce record"])
    .helps()
    .printed_nothing();
    assert_eq!(
        std::fs::read_to_string(&note).unwrap(),
        "Dear all,\nplease sign.\n"
    );
    // A parsed signed note with a broken signature line is named as such.
    let genesis = std::fs::read_to_string(data.join("genesis.note")).unwrap();
    let broken = genesis.replacen("— ", "-- ", 1);
    std::fs::write(&note, &broken).unwrap();
    fails(
        truce_bare()
            .args(["sign", "--key"])
            .arg(demo_key(&data, "pk-liaison"))
            .arg(&note),
    )
    .says(&["is not a valid note", "signature line"])
    .helps();
    assert_eq!(std::fs::read_to_string(&note).unwrap(), broken);
    assert!(Note::parse(genesis.as_bytes()).is_ok());
}
