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
    assert_eq!(schema.count("entries"), 6);

    // A second demo against the same database is refused.
    let mut cmd = truce(&data);
    pg(&mut cmd);
    fails(cmd.arg("demo"))
        .says(&["already holds a log"])
        .helps();
    assert_eq!(schema.count("entries"), 6);

    // Submit one record and a batch.
    let mut cmd = truce(&data);
    pg(&mut cmd);
    let r = json_line(&ok(cmd
        .args(["submit", "--key"])
        .arg(demo_key(&data, "af-liaison"))
        .args(["--kind", "incident.report", "-"])
        .write_stdin("{\"summary\":\"Illustrative report over PostgreSQL\"}")));
    assert_eq!(r["index"], json!(6));
    assert_eq!(r["tree_size"], json!(7));
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
    assert_eq!(receipts.len(), 10);
    assert_eq!(receipts[9]["index"], json!(16));
    assert_eq!(receipts[9]["tree_size"], json!(17));
    assert_eq!(schema.count("entries"), 17);

    // A refused record writes nothing to PostgreSQL either.
    let mut cmd = truce(&data);
    pg(&mut cmd);
    fails(
        cmd.args(["submit", "--key"])
            .arg(demo_key(&data, "pk-liaison"))
            .args(["--kind", "finding", "-"])
            .write_stdin("{\"summary\":\"not a party's to write\"}"),
    )
    .says(&["may not sign"])
    .helps();
    assert_eq!(schema.count("entries"), 17);

    // Audit the database, export a mirror, audit the mirror.
    let mut cmd = truce(&data);
    pg(&mut cmd);
    let audit = json_line(&ok(cmd.arg("audit")));
    assert_eq!(audit["size"], json!(17));
    let mut cmd = truce(&data);
    pg(&mut cmd);
    let cp = ok(cmd.arg("checkpoint"));
    let (_, size, root) = parse_checkpoint(&cp);
    assert_eq!(size, 17);
    assert_eq!(audit["root_hash"], json!(root.to_base64()));

    let mirror = tmp.path().join("mirror");
    let mut cmd = truce(&data);
    pg(&mut cmd);
    let export = json_line(&ok(cmd.args(["log", "export"]).arg(&mirror)));
    assert_eq!(export["size"], json!(17));
    assert_eq!(
        std::fs::read_to_string(mirror.join("checkpoint")).unwrap(),
        cp
    );
    let vkey = ok(truce(&data).arg("vkey"));
    let audit = json_line(&ok(truce_bare()
        .args(["audit", "--tiles"])
        .arg(&mirror)
        .args(["--vkey", vkey.trim()])));
    assert_eq!(audit["size"], json!(17));
    assert_eq!(audit["root_hash"], json!(root.to_base64()));
}
