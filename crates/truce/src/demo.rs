//! `truce demo`: builds an illustrative mechanism in the data folder — keys, an example
//! agreement between two parties with two facilitators and a joint monitoring team, its genesis
//! signed by all, and a few records from each side — then says what to try next.
//!
//! Everything it writes is marked illustrative, and the example is even-handed: both parties
//! report, both have benchmarks, both offer something in return.

use jiff::Timestamp;
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

    let log = keys::generate(LOG_ORIGIN)?;
    let mut text = TEMPLATE
        .replace("{{log_origin}}", LOG_ORIGIN)
        .replace("{{log_vkey}}", &log.verifier().to_vkey());
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

    let now = Timestamp::now();
    let mut genesis = Note::new(&agreement_text(Kind::GENESIS, &agreement, now)?)
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
    let records = demo_records();
    let mut entries = Vec::new();
    for (author, kind, body) in &records {
        let kind = Kind::parse(kind).expect("demo kinds exist");
        let record =
            Record::new(kind, now, body.clone()).map_err(|e| Failure::new(e.to_string()))?;
        let mut note = Note::new(&record.to_text()).map_err(|e| Failure::new(e.to_string()))?;
        note.sign(signer(author));
        entries.push(note.to_bytes());
    }
    for r in node.submit_batch(&entries)? {
        r?;
    }
    let (cp, _) = node.checkpoint()?;
    let dir = data.root.display();
    println!(
        "Built an ILLUSTRATIVE mechanism in {dir} (example data, not a real agreement):\n\
         - agreement.toml: two parties (pk, af), two facilitators (qa, tr), a joint monitoring team\n\
         - keys/: one signing key per participant; log.key signs the log's checkpoints\n\
         - a log of {} signed records, root {}\n\n\
         Try next:\n\
         \x20 truce --data {dir} checkpoint\n\
         \x20 truce --data {dir} audit\n\
         \x20 truce --data {dir} prove inclusion 1\n\
         \x20 truce --data {dir} prove consistency 1 {}\n\
         \x20 echo '{{\"summary\":\"test report\",\"illustrative\":true}}' | truce --data {dir} submit --key {dir}/keys/af-liaison.key --kind incident.report -\n\
         \x20 truce --data {dir} log export ./mirror && truce audit --tiles ./mirror --vkey \"$(truce --data {dir} vkey)\"",
        cp.size,
        cp.root.to_base64(),
        cp.size,
    );
    Ok(())
}

/// The demo's records: both parties report, the monitors observe, both report benchmark progress.
fn demo_records() -> Vec<(&'static str, &'static str, serde_json::Value)> {
    vec![
        (
            "pk",
            "incident.report",
            json!({
                "illustrative": true,
                "summary": "Illustrative report: mortar fire from across the border struck a checkpoint area.",
                "place": "Kurram district (illustrative)",
                "concerns": ["C1"],
            }),
        ),
        (
            "af",
            "incident.report",
            json!({
                "illustrative": true,
                "summary": "Illustrative report: an air strike hit a village near the border.",
                "place": "Paktika province (illustrative)",
                "concerns": ["C1", "R1"],
            }),
        ),
        (
            "jmt",
            "observation",
            json!({
                "illustrative": true,
                "summary": "Illustrative observation: joint team visited both reported sites; access granted on both sides.",
            }),
        ),
        (
            "af",
            "benchmark.progress",
            json!({"illustrative": true, "benchmark": "B3", "summary": "Illustrative: hotline staffed around the clock since 1 December."}),
        ),
        (
            "pk",
            "benchmark.progress",
            json!({"illustrative": true, "benchmark": "B2", "summary": "Illustrative: both crossings open 6 days a week this week."}),
        ),
    ]
}
