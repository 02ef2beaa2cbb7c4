//! Helpers shared by the end-to-end tests: run the real `truce` binary in a throw-away data
//! folder, read its JSON output, look inside its SQLite file, and build notes by hand.

#![allow(dead_code, unreachable_pub)]

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use serde_json::Value;
use truce_core::agreement::Agreement;
use truce_core::kinds::Kind;
use truce_core::record::Record;
use truce_tlog::checkpoint::{Checkpoint, sign_checkpoint};
use truce_tlog::hash::Hash;
use truce_tlog::note::{KeyName, Note, Signer};

/// The demo's agreement template; tests fill in their own keys.
pub const AGREEMENT_TEMPLATE: &str = include_str!("../../src/demo/agreement.toml");

/// The participants of the template and the key names the tests give them.
pub const PARTICIPANTS: [(&str, &str); 5] = [
    ("pk", "pk-liaison"),
    ("af", "af-liaison"),
    ("qa", "qa-facilitator"),
    ("tr", "tr-facilitator"),
    ("jmt", "joint-monitors"),
];

/// The record time the tests draft with.
pub const TIME: &str = "2025-10-19T06:30:00Z";

/// The dates the tests fill into the template's date placeholders (YYYY-MM-DD).
pub const TEMPLATE_DATES: [(&str, &str); 5] = [
    ("effective", "2025-10-01"),
    ("deadline_b1", "2025-12-31"),
    ("deadline_b2", "2025-11-30"),
    ("deadline_b3", "2025-11-15"),
    ("deadline_b4", "2025-11-15"),
];

/// A valid `incident.report` body (ACLED-style) whose narrative carries `n`, accusing `accused`
/// ("af" or "pk"; the signer must be another participant). Concerns clause C1 of the template.
pub fn report_body(n: u64, accused: &str) -> Value {
    truce_node::testkit::report_body(n, Some(accused))
}

/// `truce` with no environment leaking in from the caller.
pub fn truce_bare() -> Command {
    let mut cmd = Command::cargo_bin("truce").expect("the truce binary is built");
    cmd.env_remove("TRUCE_DATA")
        .env_remove("TRUCE_DATABASE_URL")
        .env("NO_COLOR", "1");
    cmd
}

/// `truce --data DATA`.
pub fn truce(data: &Path) -> Command {
    let mut cmd = truce_bare();
    cmd.arg("--data").arg(data);
    cmd
}

/// Runs `cmd`, requires exit 0, returns standard output.
pub fn ok(cmd: &mut Command) -> String {
    let out = cmd.output().expect("truce runs");
    assert!(
        out.status.success(),
        "expected success, got {:?}\nstdout:\n{}\nstderr:\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("stdout is UTF-8")
}

/// A failed run: exit code and both outputs.
pub struct Failed {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `cmd`, requires a non-zero exit, returns what it said.
pub fn fails(cmd: &mut Command) -> Failed {
    let out: Output = cmd.output().expect("truce runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let code = out.status.code().expect("truce exits, not killed");
    assert_ne!(
        code, 0,
        "expected a failure, got success\nstdout:\n{stdout}\nstderr:\n{stderr}"
    );
    Failed {
        code,
        stdout,
        stderr,
    }
}

impl Failed {
    /// Requires every needle in standard error (case-insensitive).
    pub fn says(&self, needles: &[&str]) -> &Failed {
        let text = flatten(&self.stderr);
        for n in needles {
            assert!(
                text.contains(&flatten(n)),
                "stderr should mention {n:?}:\n{}",
                self.stderr
            );
        }
        self
    }

    /// Requires a line telling the user what to do.
    pub fn helps(&self) -> &Failed {
        assert!(
            self.stderr
                .lines()
                .any(|l| l.trim_start().starts_with("help")),
            "stderr should carry a help line:\n{}",
            self.stderr
        );
        self
    }

    /// Requires that standard output stayed empty (no receipt, no JSON).
    pub fn printed_nothing(&self) -> &Failed {
        assert!(
            self.stdout.trim().is_empty(),
            "a failed command printed to stdout:\n{}",
            self.stdout
        );
        self
    }
}

/// A message lower-cased, without the report's frame and without any whitespace: the report
/// wraps long lines to fit a terminal, also inside keys and paths (after a '/').
pub fn flatten(s: &str) -> String {
    s.replace(['│', '×', '╰', '─', '╭', '┬', '┃'], "")
        .split_whitespace()
        .collect::<String>()
        .to_lowercase()
}

/// Parses every non-empty line of `s` as JSON.
pub fn json_lines(s: &str) -> Vec<Value> {
    s.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

/// Parses exactly one JSON line.
pub fn json_line(s: &str) -> Value {
    let mut v = json_lines(s);
    assert_eq!(v.len(), 1, "expected one JSON line, got:\n{s}");
    v.remove(0)
}

/// The sorted field names of a JSON object.
pub fn fields(v: &Value) -> Vec<String> {
    let mut f: Vec<String> = v
        .as_object()
        .unwrap_or_else(|| panic!("not an object: {v}"))
        .keys()
        .cloned()
        .collect();
    f.sort();
    f
}

/// Builds the demo in `root/data` and returns the data folder.
pub fn demo(root: &Path) -> PathBuf {
    let data = root.join("data");
    let out = ok(truce(&data).arg("demo"));
    assert!(out.contains("ILLUSTRATIVE"), "demo output: {out}");
    data
}

/// The number of entries in the log, as its latest checkpoint says.
pub fn log_size(data: &Path) -> u64 {
    parse_checkpoint(&checkpoint(data)).1
}

/// `truce --data DATA submit --key KEY --kind KIND -` with `body` on standard input.
pub fn submit_stdin(data: &Path, key: &Path, kind: &str, body: &str) -> Command {
    let mut cmd = truce(data);
    cmd.args(["submit", "--key"])
        .arg(key)
        .args(["--kind", kind, "-"])
        .write_stdin(body.to_string());
    cmd
}

/// Submits one record signed by the demo key `key_name`, requires success, returns its index.
pub fn submit_ok(data: &Path, key_name: &str, kind: &str, body: &Value) -> u64 {
    let r = json_line(&ok(&mut submit_stdin(
        data,
        &demo_key(data, key_name),
        kind,
        &body.to_string(),
    )));
    assert_eq!(r["kind"], serde_json::json!(kind), "{r}");
    r["index"].as_u64().expect("receipt index")
}

/// `truce audit` of a data folder, required to pass: the report.
pub fn audit_report(data: &Path) -> Value {
    json_line(&ok(truce(data).arg("audit")))
}

/// Exports the log of `data` into `dir` and audits the mirror with the log's key: the report.
pub fn export_and_audit(data: &Path, dir: &Path) -> Value {
    ok(truce(data).args(["log", "export"]).arg(dir));
    let vkey = ok(truce(data).arg("vkey"));
    json_line(&ok(truce_bare()
        .args(["audit", "--tiles"])
        .arg(dir)
        .args(["--vkey", vkey.trim()])))
}

/// The engine state digest of an audit report (a non-empty string).
pub fn state_digest(report: &Value) -> String {
    let d = report["state_digest"]
        .as_str()
        .unwrap_or_else(|| panic!("no state_digest in {report}"));
    assert!(!d.is_empty(), "empty state_digest in {report}");
    d.to_string()
}

/// A demo participant's key file.
pub fn demo_key(data: &Path, name: &str) -> PathBuf {
    data.join("keys").join(format!("{name}.key"))
}

/// `truce checkpoint`.
pub fn checkpoint(data: &Path) -> String {
    ok(truce(data).arg("checkpoint"))
}

/// Origin, size and root of a checkpoint note as `truce checkpoint` prints it.
pub fn parse_checkpoint(note: &str) -> (String, u64, Hash) {
    let n = Note::parse(note.as_bytes()).expect("checkpoint is a signed note");
    let cp = Checkpoint::parse(n.text()).expect("checkpoint body parses");
    (cp.origin, cp.size, cp.root)
}

/// The size `truce audit` reports (and requires the audit to pass).
pub fn audited_size(data: &Path) -> u64 {
    let report = json_line(&ok(truce(data).arg("audit")));
    report["size"].as_u64().expect("audit reports a size")
}

/// Opens the SQLite log of a data folder.
pub fn db(data: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open(data.join("truce.db")).expect("open truce.db")
}

/// Number of rows in the entries table.
pub fn entry_count(data: &Path) -> u64 {
    let n: i64 = db(data)
        .query_row("SELECT count(*) FROM entries", [], |r| r.get(0))
        .expect("count entries");
    n as u64
}

/// The stored bytes of entry `idx`.
pub fn entry_data(conn: &rusqlite::Connection, idx: u64) -> Option<Vec<u8>> {
    use rusqlite::OptionalExtension;
    conn.query_row(
        "SELECT data FROM entries WHERE idx = ?1",
        [idx as i64],
        |r| r.get(0),
    )
    .optional()
    .expect("read entry")
}

/// What a log looks like from outside, to prove a refused command wrote nothing.
#[derive(Debug, PartialEq, Eq)]
pub struct Snapshot {
    pub checkpoint: String,
    pub entries: u64,
}

pub fn snapshot(data: &Path) -> Snapshot {
    Snapshot {
        checkpoint: checkpoint(data),
        entries: entry_count(data),
    }
}

/// Requires that the log is exactly as it was and still audits clean.
pub fn assert_unchanged(data: &Path, before: &Snapshot) {
    assert_eq!(&snapshot(data), before, "the log changed");
    assert_eq!(audited_size(data), before.entries);
}

/// A deterministic key for tests that build notes by hand.
pub fn test_signer(name: &str, seed: u8) -> Signer {
    let mut bytes = [seed; 32];
    bytes[0] = 0xE2;
    Signer::from_seed(KeyName::new(name).expect("valid key name"), bytes)
}

/// Writes a private key file the way `truce keygen` does (mode 0600).
pub fn write_key(path: &Path, signer: &Signer) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(path, format!("{}\n", signer.to_private_key())).expect("write key");
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).expect("chmod key");
}

/// The agreement template filled with the given log key and participants (in
/// [`PARTICIPANTS`] order).
pub fn agreement_toml(log: &Signer, participants: &[String; 5]) -> String {
    let mut text = AGREEMENT_TEMPLATE
        .replace("{{log_origin}}", log.name().as_str())
        .replace("{{log_vkey}}", &log.verifier().to_vkey());
    for (name, date) in TEMPLATE_DATES {
        text = text.replace(&format!("{{{{{name}}}}}"), date);
    }
    for ((id, _), vkey) in PARTICIPANTS.iter().zip(participants) {
        text = text.replace(&format!("{{{{{id}}}}}"), vkey);
    }
    assert!(!text.contains("{{"), "every placeholder is filled");
    text
}

/// A mechanism built in-process with deterministic keys, for hand-made notes.
pub struct HandMade {
    pub log: Signer,
    pub people: Vec<Signer>,
    pub agreement: Agreement,
}

impl HandMade {
    pub fn new(seed: u8) -> HandMade {
        let log = test_signer("handmade.truce.example/log", seed);
        let people: Vec<Signer> = PARTICIPANTS
            .iter()
            .enumerate()
            .map(|(i, (_, name))| test_signer(name, seed.wrapping_add(1 + i as u8)))
            .collect();
        let vkeys: [String; 5] = std::array::from_fn(|i| people[i].verifier().to_vkey());
        let agreement =
            Agreement::from_toml(&agreement_toml(&log, &vkeys)).expect("valid agreement");
        HandMade {
            log,
            people,
            agreement,
        }
    }

    /// The canonical genesis text.
    pub fn genesis_text(&self) -> String {
        Record::new(
            Kind::GENESIS,
            TIME.parse().expect("valid time"),
            self.agreement.to_json(),
        )
        .expect("valid record")
        .to_text()
    }

    /// `text` signed by every party and facilitator (not the monitor).
    pub fn sign_all(&self, text: &str) -> Note {
        let mut note = Note::new(text).expect("valid note text");
        for s in &self.people[..4] {
            note.sign(s);
        }
        note
    }
}

/// A checkpoint for `size` entries with a made-up root, properly signed by `log`.
pub fn forked_checkpoint(log: &Signer, size: u64, real_root: &Hash) -> Vec<u8> {
    let mut root = *real_root;
    root.0[0] ^= 0xFF;
    sign_checkpoint(
        &Checkpoint {
            origin: log.name().as_str().to_string(),
            size,
            root,
            extensions: Vec::new(),
        },
        log,
    )
    .expect("sign checkpoint")
}

/// Reads a private key file.
pub fn read_key(path: &Path) -> Signer {
    let text = std::fs::read_to_string(path).expect("read key");
    Signer::from_private_key(text.trim_end()).expect("key parses")
}

/// Copies a data folder (files keep their modes).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read dir") {
        let e = e.expect("dir entry");
        let target = to.join(e.file_name());
        if e.file_type().expect("file type").is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).expect("copy file");
        }
    }
}

/// Every file under `dir`, relative paths, sorted.
pub fn files_under(dir: &Path) -> Vec<String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).expect("read dir") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                out.push(
                    p.strip_prefix(root)
                        .expect("under root")
                        .to_string_lossy()
                        .into_owned(),
                );
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}
