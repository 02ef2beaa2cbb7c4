//! The same binary over PostgreSQL (`--database-url`), each run in its own schema. Runs only
//! when TRUCE_TEST_DATABASE_URL is set; otherwise it says loudly that it was skipped.

mod common;

use common::*;
use serde_json::json;

const URL_VAR: &str = "TRUCE_TEST_DATABASE_URL";

/// A schema of its own for this test, dropped at the end even if the test fails.
struct Schema {
    url: String,
    name: String,
}

impl Schema {
    fn create(url: &str) -> Schema {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos();
        let name = format!("truce_e2e_{}_{nanos}", std::process::id());
        let mut client = postgres::Client::connect(url, postgres::NoTls)
            .unwrap_or_else(|e| panic!("{URL_VAR} is set but the database is unreachable: {e}"));
        client
            .batch_execute(&format!("CREATE SCHEMA \"{name}\""))
            .expect("create schema");
        Schema {
            url: url.to_string(),
            name,
        }
    }

    /// The URL whose connections use this schema (the store honours the search_path).
    fn url(&self) -> String {
        let sep = if self.url.contains('?') { '&' } else { '?' };
        format!("{}{sep}options=-c%20search_path%3D{}", self.url, self.name)
    }

    fn count(&self, table: &str) -> i64 {
        let mut client = postgres::Client::connect(&self.url, postgres::NoTls).unwrap();
        client
            .query_one(
                &format!("SELECT count(*) FROM \"{}\".{table}", self.name),
                &[],
            )
            .unwrap()
            .get(0)
    }

    /// Every stored entry, in log order.
    fn entries(&self) -> Vec<Vec<u8>> {
        let mut client = postgres::Client::connect(&self.url, postgres::NoTls).unwrap();
        client
            .query(
                &format!("SELECT data FROM \"{}\".entries ORDER BY idx", self.name),
                &[],
            )
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect()
    }
}

impl Drop for Schema {
    fn drop(&mut self) {
        if let Ok(mut client) = postgres::Client::connect(&self.url, postgres::NoTls) {
            let _ =
                client.batch_execute(&format!("DROP SCHEMA IF EXISTS \"{}\" CASCADE", self.name));
        }
    }
}

#[test]
fn demo_submit_audit_export_over_postgres() {
    let url = match std::env::var(URL_VAR) {
        Ok(u) if !u.is_empty() => u,
        _ => {
            eprintln!(
                "SKIPPED: end-to-end PostgreSQL test of the truce binary (set {URL_VAR}, e.g. postgres://postgres@127.0.0.1:5432/test)"
            );
            return;
        }
    };
    let schema = Schema::create(&url);
    let db_url = schema.url();
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let pg = |cmd: &mut assert_cmd::Command| {
        cmd.args(["--database-url", &db_url]);
    };

    let mut cmd = truce(&data);
    pg(&mut cmd);
    let out = ok(cmd.arg("demo"));
    assert!(out.contains("ILLUSTRATIVE"), "{out}");
    // The log went to PostgreSQL, into this schema; the data folder holds only keys.
    assert!(!data.join("truce.db").exists(), "demo wrote SQLite too");
    assert!(data.join("log.key").is_file());
    let mut cmd = truce(&data);
    pg(&mut cmd);
    let (_, demo_size, _) = parse_checkpoint(&ok(cmd.arg("checkpoint")));
    assert!(demo_size > 1, "the demo wrote its story");
    assert_eq!(schema.count("entries"), demo_size as i64);

    // A second demo against the same database is refused.
    let mut cmd = truce(&data);
    pg(&mut cmd);
    fails(cmd.arg("demo"))
        .says(&["already holds a log"])
        .helps();
    assert_eq!(schema.count("entries"), demo_size as i64);

    // Submit one record and a batch.
    let mut cmd = truce(&data);
    pg(&mut cmd);
    let r = json_line(&ok(cmd
        .args(["submit", "--key"])
        .arg(demo_key(&data, "af-liaison"))
        .args(["--kind", "incident.report", "-"])
        .write_stdin(report_body(1, "pk").to_string())));
    assert_eq!(r["index"], json!(demo_size));
    assert_eq!(r["tree_size"], json!(demo_size + 1));
    let batch = tmp.path().join("obs.jsonl");
    std::fs::write(
        &batch,
        (0..10)
            .map(|i| format!("{{\"summary\":\"observation {i}\"}}\n"))
            .collect::<String>(),
    )
    .unwrap();
    let mut cmd = truce(&data);
    pg(&mut cmd);
    let receipts = json_lines(&ok(cmd
        .args(["submit", "--key"])
        .arg(demo_key(&data, "joint-monitors"))
        .args(["--kind", "observation", "--batch"])
        .arg(&batch)
        .args(["--commit-every", "4"])));
    let size = demo_size + 11;
    assert_eq!(receipts.len(), 10);
    // Groups of 4: each receipt names the tree its group made durable.
    for (k, r) in receipts.iter().enumerate() {
        let k = k as u64;
        assert_eq!(r["index"], json!(demo_size + 1 + k));
        let group_end = (demo_size + 1 + (k / 4 + 1) * 4).min(size);
        assert_eq!(r["tree_size"], json!(group_end), "{r}");
    }
    assert_eq!(schema.count("entries"), size as i64);

    // A refused record writes nothing to PostgreSQL either: a monitor may not sign a finding,
    // and the mechanism's rules refuse a report about a clause the agreement does not have.
    let mut cmd = truce(&data);
    pg(&mut cmd);
    fails(
        cmd.args(["submit", "--key"])
            .arg(demo_key(&data, "joint-monitors"))
            .args(["--kind", "finding", "-"])
            .write_stdin(
                json!({"incident": 1, "outcome": "unfounded", "summary": "not the monitor's to write"})
                    .to_string(),
            ),
    )
    .says(&["may not sign"])
    .helps()
    .printed_nothing();
    let mut bad = report_body(2, "pk");
    bad["concerns"] = json!(["C9"]);
    let mut cmd = truce(&data);
    pg(&mut cmd);
    fails(
        cmd.args(["submit", "--key"])
            .arg(demo_key(&data, "af-liaison"))
            .args(["--kind", "incident.report", "-"])
            .write_stdin(bad.to_string()),
    )
    .says(&["\"C9\"", "not a commitment or red line"])
    .helps()
    .printed_nothing();
    assert_eq!(schema.count("entries"), size as i64);

    // Audit the database, export a mirror, audit the mirror.
    let mut cmd = truce(&data);
    pg(&mut cmd);
    let audit = json_line(&ok(cmd.arg("audit")));
    assert_eq!(audit["size"], json!(size));
    let pg_digest = state_digest(&audit);
    let mut cmd = truce(&data);
    pg(&mut cmd);
    let cp = ok(cmd.arg("checkpoint"));
    let (_, cp_size, root) = parse_checkpoint(&cp);
    assert_eq!(cp_size, size);
    assert_eq!(audit["root_hash"], json!(root.to_base64()));

    let mirror = tmp.path().join("mirror");
    let mut cmd = truce(&data);
    pg(&mut cmd);
    let export = json_line(&ok(cmd.args(["log", "export"]).arg(&mirror)));
    assert_eq!(export["size"], json!(size));
    assert_eq!(
        std::fs::read_to_string(mirror.join("checkpoint")).unwrap(),
        cp
    );
    let vkey = ok(truce(&data).arg("vkey"));
    let audit = json_line(&ok(truce_bare()
        .args(["audit", "--tiles"])
        .arg(&mirror)
        .args(["--vkey", vkey.trim()])));
    assert_eq!(audit["size"], json!(size));
    assert_eq!(audit["root_hash"], json!(root.to_base64()));
    // The mirror rebuilds the same mechanism state as PostgreSQL.
    assert_eq!(state_digest(&audit), pg_digest);

    // The same entries, byte for byte, appended to a SQLite log: same root, same checkpoint,
    // same state.
    let entries = schema.entries();
    assert_eq!(entries.len() as u64, size);
    let replica = tmp.path().join("replica");
    let genesis = tmp.path().join("genesis-from-pg.note");
    std::fs::write(&genesis, &entries[0]).unwrap();
    ok(truce(&replica)
        .args(["init", "--genesis"])
        .arg(&genesis)
        .arg("--log-key")
        .arg(data.join("log.key")));
    let note = tmp.path().join("entry.note");
    for (i, e) in entries.iter().enumerate().skip(1) {
        std::fs::write(&note, e).unwrap();
        let r = json_line(&ok(truce(&replica).arg("append").arg(&note)));
        assert_eq!(r["index"], json!(i), "{r}");
    }
    assert_eq!(checkpoint(&replica), cp);
    let sqlite = audit_report(&replica);
    assert_eq!(sqlite["root_hash"], json!(root.to_base64()));
    assert_eq!(sqlite["kinds"], audit["kinds"]);
    assert_eq!(state_digest(&sqlite), pg_digest);
}
