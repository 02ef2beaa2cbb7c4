//! `truce demo`: builds an illustrative mechanism in the data folder — keys, an example
//! agreement between two parties with two facilitators and a joint monitoring team, its genesis
//! signed by all, and a few records from each side — then says what to try next.
//!
//! Everything it writes is marked illustrative, and the example is even-handed: both parties
//! report, both have benchmarks, both offer something in return.

use jiff::{SignedDuration, Timestamp};
use serde_json::json;
use truce_core::agreement::Agreement;
use truce_core::kinds::Kind;
use truce_core::record::Record;
use truce_node::LogNode;
use truce_tlog::note::{Note, Signer};

use crate::cli::Global;
use crate::commands::{agreement_text, sign_note};
use crate::failure::{CliResult, Failure};
use crate::store::DataDir;
use crate::{keys, store};

const TEMPLATE: &str = include_str!("demo/agreement.toml");
const PARTICIPANT_KEYS: [(&str, &str); 5] = [
    ("pk", "pk-liaison"),
    ("af", "af-liaison"),
    ("qa", "qa-facilitator"),
    ("tr", "tr-facilitator"),
    ("jmt", "joint-monitors"),
];
const LOG_ORIGIN: &str = "demo.truce.example/illustrative-border-ceasefire";

pub(crate) fn run(g: &Global) -> CliResult<()> {
    let data = DataDir::new(&g.data);
    let store = store::open(g, true)?;
    if store.head().map_err(store::store_failure)?.is_some() {
        return Err(
            Failure::new(format!("{} already holds a log", store.describe()))
                .help("run the demo in a new folder: truce --data ./another-folder demo"),
        );
    }
    let keys_dir = data.root.join("keys");
    std::fs::create_dir_all(&keys_dir)
        .map_err(|e| Failure::new(format!("cannot create {}: {e}", keys_dir.display())))?;

    // The story starts 30 days ago, so the demo shows deadlines passed and still to come.
    let now = Timestamp::now();
    let start = now - SignedDuration::from_hours(30 * 24);
    let day = |d: i64| {
        (now + SignedDuration::from_hours(d * 24))
            .to_zoned_datetime(jiff::tz::TimeZone::UTC)
            .date()
            .to_string()
    };
    let log = keys::generate(LOG_ORIGIN)?;
    let mut text = TEMPLATE
        .replace("{{log_origin}}", LOG_ORIGIN)
        .replace("{{log_vkey}}", &log.verifier().to_vkey())
        .replace("{{effective}}", &day(-30))
        .replace("{{deadline_b1}}", &day(60))
        .replace("{{deadline_b2}}", &day(10))
        .replace("{{deadline_b3}}", &day(-5))
        .replace("{{deadline_b4}}", &day(-5));
    let mut signers = Vec::new();
    for (id, name) in PARTICIPANT_KEYS {
        let signer = keys::generate(name)?;
        let path = keys_dir.join(format!("{name}.key"));
        if !path.exists() {
            keys::write_private(&path, &signer)?;
        }
        let signer = keys::read_private(&path)?;
        text = text.replace(&format!("{{{{{id}}}}}"), &signer.verifier().to_vkey());
        signers.push((id, signer));
    }
    let agreement = Agreement::from_toml(&text)
        .map_err(|e| Failure::new(format!("the demo agreement: {e}")))?;
    std::fs::write(data.root.join("agreement.toml"), &text)
        .map_err(|e| Failure::new(format!("cannot write the agreement: {e}")))?;

    let mut genesis = Note::new(&agreement_text(Kind::GENESIS, &agreement, start)?)
        .map_err(|e| Failure::new(e.to_string()))?;
    for (id, signer) in &signers {
        if *id != "jmt" {
            sign_note(&mut genesis, signer)?;
        }
    }
    std::fs::write(data.root.join("genesis.note"), genesis.to_bytes())
        .map_err(|e| Failure::new(format!("cannot write the genesis: {e}")))?;
    if !data.log_key().exists() {
        keys::write_private(&data.log_key(), &log)?;
    }
    let log = keys::read_private(&data.log_key())?;
    let node = LogNode::open(store, log, Some(&data.writer_lock()))?;
    node.init(&genesis.to_bytes())?;

    let signer =
        |id: &str| -> &Signer { &signers.iter().find(|(i, _)| *i == id).expect("known id").1 };
    let mut entries = Vec::new();
    for step in demo_records(start) {
        let kind = Kind::parse(step.kind).expect("demo kinds exist");
        let time = start + SignedDuration::from_mins(step.minute);
        let record = Record::new(kind, time, step.body).map_err(|e| Failure::new(e.to_string()))?;
        let mut note = Note::new(&record.to_text()).map_err(|e| Failure::new(e.to_string()))?;
        for author in step.signers {
            note.sign(signer(author));
        }
        entries.push(note.to_bytes());
    }
    for r in node.submit_batch(&entries)? {
        r?;
    }
    let (cp, _) = node.checkpoint()?;
    let dir = data.root.display();
    let (from, to) = (day(-30), day(0));
    println!(
        "Built an ILLUSTRATIVE mechanism in {dir} (example data, not a real agreement):\n\
         - agreement.toml: two parties (pk, af), two facilitators (qa, tr), a joint monitoring team\n\
         - keys/: one signing key per participant; log.key signs the log's checkpoints\n\
         - a log of {} signed records, root {}\n\n\
         Try next:\n\
         \x20 truce --data {dir} status\n\
         \x20 truce --data {dir} incident show 1\n\
         \x20 truce --data {dir} incident list --public   (incident 32 is restricted: withheld)\n\
         \x20 truce --data {dir} report --from {from} --to {to}\n\
         \x20 truce --data {dir} checkpoint\n\
         \x20 truce --data {dir} audit\n\
         \x20 truce --data {dir} prove inclusion 1\n\
         \x20 truce --data {dir} prove consistency 1 {}\n\
         \x20 echo '{{\"summary\":\"Illustrative: crossing quiet today\",\"illustrative\":true}}' | truce --data {dir} submit --key {dir}/keys/joint-monitors.key --kind observation -\n\
         \x20 truce --data {dir} log export ./mirror && truce audit --tiles ./mirror --vkey \"$(truce --data {dir} vkey)\"",
        cp.size,
        cp.root.to_base64(),
        cp.size,
    );
    Ok(())
}

/// One record of the demo's story.
struct Step {
    /// Minutes after the story starts.
    minute: i64,
    signers: &'static [&'static str],
    kind: &'static str,
    body: serde_json::Value,
}

const DAY: i64 = 24 * 60;

// One illustrative report per call; named arguments would not read better at the two call sites.
#[allow(clippy::too_many_arguments)]
fn report(
    place: &str,
    admin1: &str,
    country: &str,
    lat: &str,
    lon: &str,
    sub: &str,
    accused: &str,
    narrative: &str,
    concerns: &[&str],
) -> serde_json::Value {
    let event_type = if sub == "Attack" {
        "Violence against civilians"
    } else {
        "Explosions/Remote violence"
    };
    json!({
        "illustrative": true,
        "event_type": event_type,
        "sub_event_type": sub,
        "date": "see record time",
        "time_precision": 1,
        "location": {"name": place, "admin1": admin1, "country": country, "latitude": lat, "longitude": lon, "geo_precision": 2},
        "accused": accused,
        "fatalities": {"low": 0, "best": 1, "high": 2},
        "narrative": narrative,
        "concerns": concerns,
        "classification": "public",
        "source": {"reliability": "B", "credibility": 3},
    })
}

/// The demo's story, even-handed: each party reports an incident against the other; each is
/// triaged, verified by the joint team, answered (or not) and found; each finding draws a dissent
/// from the party it names and a first ladder step; both parties report on their benchmarks;
/// both offer something in return; one duplicate report is folded; the joint team files one
/// restricted report, accusing no one, that public views withhold. Log indices start at 1.
fn demo_records(start: Timestamp) -> Vec<Step> {
    let at = |minute: i64| start + SignedDuration::from_mins(minute);
    let date = |minute: i64| {
        at(minute)
            .to_zoned_datetime(jiff::tz::TimeZone::UTC)
            .date()
            .to_string()
    };
    let time = |minute: i64| truce_core::record::format_time(at(minute));
    let mut a = report(
        "Border checkpoint near Kharlachi (illustrative)",
        "Khyber Pakhtunkhwa",
        "Pakistan",
        "33.8920",
        "70.0670",
        "Shelling/artillery/missile attack",
        "af",
        "Illustrative: mortar rounds fired from across the border struck the area of a border checkpoint.",
        &["C1"],
    );
    let mut b = report(
        "Village near Barmal (illustrative)",
        "Paktika",
        "Afghanistan",
        "32.7300",
        "69.4700",
        "Air/drone strike",
        "pk",
        "Illustrative: an air strike hit houses in a village near the border.",
        &["C1", "R1"],
    );
    let mut dup = b.clone();
    dup["narrative"] =
        json!("Illustrative: the joint team's field note of the same strike near Barmal.");
    dup.as_object_mut().expect("object").remove("accused");
    for body in [&mut a, &mut b, &mut dup] {
        body["date"] = json!(date(DAY - 180));
    }
    let evidence = |incident: u64, sha: &str, what: &str, collected: i64| {
        json!({
            "incident": incident,
            "sha256": sha,
            "media_type": "image/jpeg",
            "size": 482113,
            "classification": "restricted",
            "description": what,
            "custody": [{"action": "collected", "by": "joint monitoring team, field unit 2", "at": time(collected)}],
            "illustrative": true,
        })
    };
    vec![
        // Day 1: both parties report.
        Step {
            minute: DAY,
            signers: &["pk"],
            kind: "incident.report",
            body: a,
        }, // 1
        Step {
            minute: DAY + 30,
            signers: &["af"],
            kind: "incident.report",
            body: b,
        }, // 2
        Step {
            minute: DAY + 90,
            signers: &["jmt"],
            kind: "incident.report",
            body: dup,
        }, // 3
        // Day 2: triage and assignment to the joint team.
        Step {
            minute: 2 * DAY,
            signers: &["qa"],
            kind: "incident.triage",
            body: json!({"incident": 1, "decision": "admissible"}),
        }, // 4
        Step {
            minute: 2 * DAY + 5,
            signers: &["tr"],
            kind: "incident.triage",
            body: json!({"incident": 2, "decision": "admissible"}),
        }, // 5
        Step {
            minute: 2 * DAY + 10,
            signers: &["tr"],
            kind: "incident.triage",
            body: json!({"incident": 3, "decision": "duplicate", "duplicate_of": 2, "reason": "same strike as incident 2"}),
        }, // 6
        Step {
            minute: 2 * DAY + 20,
            signers: &["qa"],
            kind: "verification.assign",
            body: json!({"incident": 1, "team": ["jmt"], "due": date(6 * DAY)}),
        }, // 7
        Step {
            minute: 2 * DAY + 25,
            signers: &["tr"],
            kind: "verification.assign",
            body: json!({"incident": 2, "team": ["jmt"], "due": date(6 * DAY)}),
        }, // 8
        // Days 3-5: evidence and the team's reports, which open the reply windows.
        Step {
            minute: 3 * DAY,
            signers: &["jmt"],
            kind: "evidence.submit",
            body: evidence(
                1,
                "3f5a2c0e9b1d4f6a8c7e5d3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a39",
                "Illustrative: photographs of impact craters near the checkpoint",
                3 * DAY - 120,
            ),
        }, // 9
        Step {
            minute: 3 * DAY + 60,
            signers: &["jmt"],
            kind: "evidence.submit",
            body: evidence(
                2,
                "9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b",
                "Illustrative: photographs of damaged houses and munition fragments",
                3 * DAY - 60,
            ),
        }, // 10
        Step {
            minute: 3 * DAY + 120,
            signers: &["jmt"],
            kind: "evidence.custody",
            body: json!({"evidence": 9, "step": {"action": "examined", "by": "facilitators' technical cell", "at": time(3 * DAY + 100)}}),
        }, // 11
        Step {
            minute: 5 * DAY,
            signers: &["jmt"],
            kind: "verification.report",
            body: json!({"incident": 1, "summary": "Illustrative: craters consistent with mortar fire from the north-west; firing point not observed.", "evidence": [9]}),
        }, // 12
        Step {
            minute: 5 * DAY + 60,
            signers: &["jmt"],
            kind: "verification.report",
            body: json!({"incident": 2, "summary": "Illustrative: damage consistent with an air-delivered munition; fragments collected.", "evidence": [10]}),
        }, // 13
        // Day 6: one party replies in time; the other stays silent.
        Step {
            minute: 6 * DAY,
            signers: &["af"],
            kind: "incident.reply",
            body: json!({"incident": 1, "text": "Illustrative reply: our forces did not fire; an armed group operates in the area."}),
        }, // 14
        // Day 10: findings by both facilitators, dissents, a closure.
        Step {
            minute: 10 * DAY,
            signers: &["qa", "tr"],
            kind: "finding",
            body: json!({"incident": 1, "outcome": "confirmed", "attributed_to": "af", "clauses": ["C1"], "summary": "Illustrative: fire originated from positions under the party's control."}),
        }, // 15
        Step {
            minute: 10 * DAY + 30,
            signers: &["qa", "tr"],
            kind: "finding",
            body: json!({"incident": 2, "outcome": "confirmed", "attributed_to": "pk", "clauses": ["C1"], "summary": "Illustrative: the strike was carried out by the party's aircraft; the red line on civilians is not found."}),
        }, // 16
        Step {
            minute: 11 * DAY,
            signers: &["af"],
            kind: "finding.dissent",
            body: json!({"finding": 15, "text": "Illustrative dissent: the finding does not account for armed groups in the area."}),
        }, // 17
        Step {
            minute: 11 * DAY + 30,
            signers: &["pk"],
            kind: "finding.dissent",
            body: json!({"finding": 16, "text": "Illustrative dissent: the target was a militant compound."}),
        }, // 18
        Step {
            minute: 14 * DAY,
            signers: &["qa"],
            kind: "incident.close",
            body: json!({"incident": 1, "summary": "Illustrative: formal notice delivered through the technical channel."}),
        }, // 19
        // Benchmarks and reciprocity, for both sides.
        Step {
            minute: 15 * DAY,
            signers: &["af"],
            kind: "benchmark.progress",
            body: json!({"benchmark": "B3", "summary": "Illustrative: hotline staffed around the clock.", "illustrative": true}),
        }, // 20
        Step {
            minute: 15 * DAY + 10,
            signers: &["pk"],
            kind: "benchmark.progress",
            body: json!({"benchmark": "B4", "summary": "Illustrative: hotline staffed around the clock.", "illustrative": true}),
        }, // 21
        Step {
            minute: 20 * DAY,
            signers: &["qa"],
            kind: "benchmark.assessment",
            body: json!({"benchmark": "B3", "outcome": "met", "summary": "Illustrative: 30 test calls, all answered within the hour."}),
        }, // 22
        Step {
            minute: 20 * DAY + 10,
            signers: &["tr"],
            kind: "benchmark.assessment",
            body: json!({"benchmark": "B4", "outcome": "partial", "summary": "Illustrative: 27 of 30 test calls answered within the hour."}),
        }, // 23
        Step {
            minute: 21 * DAY,
            signers: &["pk"],
            kind: "benchmark.progress",
            body: json!({"benchmark": "B2", "summary": "Illustrative: both crossings open 6 days this week.", "illustrative": true}),
        }, // 24
        Step {
            minute: 22 * DAY,
            signers: &["af"],
            kind: "benchmark.progress",
            body: json!({"benchmark": "B1", "summary": "Illustrative: two of the listed sites vacated.", "illustrative": true}),
        }, // 25
        Step {
            minute: 22 * DAY + 60,
            signers: &["pk"],
            kind: "reciprocity.offer",
            body: json!({"link": "X1", "summary": "Illustrative: transit permits offered for cargo held at the crossings."}),
        }, // 26
        Step {
            minute: 22 * DAY + 120,
            signers: &["af"],
            kind: "reciprocity.offer",
            body: json!({"link": "X2", "summary": "Illustrative: patrol access offered in the districts of annex B."}),
        }, // 27
        Step {
            minute: 23 * DAY,
            signers: &["pk"],
            kind: "reciprocity.delivery",
            body: json!({"link": "X1", "summary": "Illustrative: 140 transit permits issued."}),
        }, // 28
        Step {
            minute: 24 * DAY,
            signers: &["jmt"],
            kind: "observation",
            body: json!({"summary": "Illustrative: both crossings observed open; queues of about 200 trucks.", "illustrative": true}),
        }, // 29
        Step {
            minute: 24 * DAY + 60,
            signers: &["pk"],
            kind: "benchmark.progress",
            body: json!({"benchmark": "B4", "summary": "Illustrative: a second duty officer added to the night shift.", "illustrative": true}),
        }, // 30
        Step {
            minute: 27 * DAY,
            signers: &["tr"],
            kind: "benchmark.assessment",
            body: json!({"benchmark": "B4", "outcome": "met", "summary": "Illustrative: 30 of 30 test calls answered within the hour, two days after the deadline."}),
        }, // 31
        // A restricted report by the joint team, accusing no one: public views withhold it.
        Step {
            minute: 25 * DAY,
            signers: &["jmt"],
            kind: "incident.report",
            body: json!({
                "illustrative": true,
                "event_type": "Strategic developments",
                "sub_event_type": "Change to group/activity",
                "date": date(25 * DAY - 600),
                "time_precision": 1,
                "location": {"name": "Border area near Angoor Adda (illustrative)", "admin1": "Khyber Pakhtunkhwa", "country": "Pakistan", "latitude": "32.6000", "longitude": "69.3700", "geo_precision": 3},
                "fatalities": {"low": 0, "best": 0, "high": 0},
                "narrative": "Illustrative: a field unit saw an armed group move along the border at night; restricted to protect the unit's sources.",
                "concerns": ["C1"],
                "classification": "restricted",
                "source": {"reliability": "B", "credibility": 2},
            }),
        }, // 32
        Step {
            minute: 25 * DAY + 60,
            signers: &["tr"],
            kind: "incident.triage",
            body: json!({"incident": 32, "decision": "admissible"}),
        }, // 33
    ]
}
