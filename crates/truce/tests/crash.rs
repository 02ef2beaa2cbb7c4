//! Crash safety: a writer killed with SIGKILL in the middle of a long batch keeps every record it
//! acknowledged, byte for byte, and leaves a log that audits clean.

mod common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::*;
use serde_json::{Value, json};
use truce_core::record::Record;
use truce_tlog::hash::{Hash, leaf_hash};
use truce_tlog::note::Note;

const TRIALS: u64 = 30;
/// Records per trial; a multiple of the group size.
const RECORDS: usize = 240;
const GROUP: usize = 8;

/// xorshift64*: a deterministic PRNG, so a failing trial can be replayed.
struct Prng(u64);

impl Prng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// How a trial decides when to kill the writer.
#[derive(Debug, Clone, Copy)]
enum Kill {
    /// This long after the process was started.
    AfterMillis(u64),
    /// Once this many receipts were read, plus a few milliseconds.
    AfterReceipts(usize, u64),
}

struct Outcome {
    /// Complete receipt lines read before the process died.
    acknowledged: Vec<String>,
    /// Whether the process was still running when killed (rather than already done).
    killed: bool,
}

/// Runs the batch in `data` and kills it as `kill` says.
fn run_and_kill(data: &Path, batch: &Path, kill: Kill) -> Outcome {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("truce"))
        .env_remove("TRUCE_DATA")
        .env_remove("TRUCE_DATABASE_URL")
        .arg("--data")
        .arg(data)
        .args(["submit", "--key"])
        .arg(demo_key(data, "pk-liaison"))
        .args(["--kind", "incident.report", "--batch"])
        .arg(batch)
        .args(["--commit-every", &GROUP.to_string()])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn truce submit");
    let stdout = child.stdout.take().expect("piped stdout");
    let (tx, rx) = mpsc::channel::<()>();
    let reader = std::thread::spawn(move || {
        let mut lines = Vec::new();
        let mut r = BufReader::new(stdout);
        loop {
            let mut line = String::new();
            match r.read_line(&mut line) {
                Ok(0) | Err(_) => break,
                Ok(_) => {
                    // Only a line that ends in a newline was fully printed.
                    if line.ends_with('\n') {
                        lines.push(line);
                        let _ = tx.send(());
                    } else {
                        break;
                    }
                }
            }
        }
        lines
    });
    match kill {
        Kill::AfterMillis(ms) => std::thread::sleep(Duration::from_millis(ms)),
        Kill::AfterReceipts(n, ms) => {
            for _ in 0..n {
                // Bounded only so a hung writer fails the test instead of hanging it.
                if rx.recv_timeout(Duration::from_secs(60)).is_err() {
                    break;
                }
            }
            std::thread::sleep(Duration::from_millis(ms));
        }
    }
    let killed = child.try_wait().expect("poll child").is_none();
    child.kill().expect("SIGKILL");
    child.wait().expect("reap child");
    let acknowledged = reader.join().expect("reader thread");
    Outcome {
        acknowledged,
        killed,
    }
}

/// Writes `bodies` as a JSONL batch file.
fn write_batch(path: &Path, bodies: &[Value]) {
    let mut text = String::new();
    for b in bodies {
        text.push_str(&b.to_string());
        text.push('\n');
    }
    std::fs::write(path, text).unwrap();
}

/// Runs a whole batch uncut in a copy of `base`; returns the milliseconds to the first receipt
/// and to the end, so blind kills can be spread over the run on any machine.
fn calibrate(tmp: &Path, base: &Path) -> (u64, u64) {
    let data = tmp.join("calibration");
    copy_dir(base, &data);
    let batch = tmp.join("calibration.jsonl");
    let bodies: Vec<Value> = (0..RECORDS as u64)
        .map(|i| report_body(1_000_000 + i, "af"))
        .collect();
    write_batch(&batch, &bodies);
    let start = Instant::now();
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("truce"))
        .env_remove("TRUCE_DATA")
        .env_remove("TRUCE_DATABASE_URL")
        .arg("--data")
        .arg(&data)
        .args(["submit", "--key"])
        .arg(demo_key(&data, "pk-liaison"))
        .args(["--kind", "incident.report", "--batch"])
        .arg(&batch)
        .args(["--commit-every", &GROUP.to_string()])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn truce submit");
    let mut first = None;
    let mut receipts = 0;
    for line in BufReader::new(child.stdout.take().expect("piped stdout")).lines() {
        line.expect("receipt line");
        first.get_or_insert_with(|| start.elapsed());
        receipts += 1;
    }
    assert!(child.wait().expect("reap child").success());
    let total = start.elapsed();
    assert_eq!(receipts, RECORDS, "an uncut run acknowledges every record");
    assert_eq!(audited_size(&data), log_size(base) + RECORDS as u64);
    let _ = std::fs::remove_dir_all(&data);
    (
        first.expect("at least one receipt").as_millis() as u64,
        total.as_millis() as u64,
    )
}

#[test]
fn sigkill_during_a_batch_keeps_every_acknowledged_record() {
    let tmp = tempfile::tempdir().unwrap();
    let base = demo(tmp.path());
    // Entries of the demo log before each trial.
    let demo_size = log_size(&base);
    let (first_ms, total_ms) = calibrate(tmp.path(), &base);
    let mut rng = Prng(0x7275_6365_2d65_3265);
    let mut mid_burst = 0;
    let mut none_acknowledged = 0;
    let mut all_acknowledged = 0;
    let mut report = Vec::new();

    for trial in 0..TRIALS {
        let data = tmp.path().join(format!("trial-{trial}"));
        copy_dir(&base, &data);
        // Valid reports by pk against af, each with its own narrative.
        let bodies: Vec<Value> = (0..RECORDS as u64)
            .map(|i| report_body(trial * RECORDS as u64 + i, "af"))
            .collect();
        let batch = tmp.path().join(format!("big-{trial}.jsonl"));
        write_batch(&batch, &bodies);

        // Alternate: a blind delay anywhere in an uncut run's time, a little beyond (may land
        // before, during or after the burst), and a kill placed right after a random receipt
        // (always during the burst).
        let kill = if trial % 2 == 0 {
            Kill::AfterMillis(5 + rng.below(total_ms + total_ms / 5))
        } else {
            let groups = (RECORDS / GROUP) as u64;
            let n = (1 + rng.below(groups - 2)) as usize * GROUP - rng.below(GROUP as u64) as usize;
            Kill::AfterReceipts(n.max(1), rng.below(3))
        };
        let outcome = run_and_kill(&data, &batch, kill);
        let acked = outcome.acknowledged.len();

        // Every acknowledged receipt names a stored entry with exactly that leaf hash and the
        // body submitted on that line.
        let conn = db(&data);
        for (k, line) in outcome.acknowledged.iter().enumerate() {
            let r: Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("trial {trial}: receipt {k} is not JSON ({e}): {line}"));
            let index = r["index"].as_u64().expect("receipt index");
            assert_eq!(
                index,
                demo_size + k as u64,
                "trial {trial}: receipts in order"
            );
            assert_eq!(r["kind"], json!("incident.report"));
            let stored = entry_data(&conn, index).unwrap_or_else(|| {
                panic!("trial {trial}: acknowledged entry {index} is not stored ({kill:?})")
            });
            let leaf = Hash::from_base64(r["leaf_hash"].as_str().expect("leaf hash")).unwrap();
            assert_eq!(
                leaf_hash(&stored),
                leaf,
                "trial {trial}: entry {index} is not what was acknowledged"
            );
            let note = Note::parse(&stored).expect("stored entry is a note");
            let record = Record::parse(note.text()).expect("stored entry is a record");
            assert_eq!(
                Value::Object(record.body),
                bodies[k],
                "trial {trial}: entry {index} holds another body"
            );
        }
        // What is stored beyond the demo is a prefix of the batch, in whole groups: a group
        // commit is all or nothing.
        let stored = entry_count(&data) - demo_size;
        assert!(
            stored as usize >= acked,
            "trial {trial}: {stored} stored < {acked} acknowledged"
        );
        assert_eq!(
            stored as usize % GROUP,
            0,
            "trial {trial}: a partial group of {stored} entries survived"
        );
        for (k, body) in bodies.iter().enumerate().take(stored as usize).skip(acked) {
            let data = entry_data(&conn, demo_size + k as u64).expect("stored");
            let note = Note::parse(&data).expect("note");
            let record = Record::parse(note.text()).expect("record");
            assert_eq!(&Value::Object(record.body), body, "trial {trial}");
        }
        drop(conn);

        // The log audits clean and its checkpoint covers exactly what is stored.
        let audited = audited_size(&data);
        assert_eq!(audited, demo_size + stored, "trial {trial}");
        let (_, size, _) = parse_checkpoint(&checkpoint(&data));
        assert_eq!(size, audited, "trial {trial}");

        if acked == 0 {
            none_acknowledged += 1;
        } else if acked < RECORDS {
            mid_burst += 1;
            assert!(
                outcome.killed,
                "trial {trial}: only {acked} of {RECORDS} acknowledged but the writer was not killed"
            );
        } else {
            all_acknowledged += 1;
        }
        report.push(format!("{kill:?}: {acked} acknowledged, {stored} stored"));
        let _ = std::fs::remove_dir_all(&data);
    }
    eprintln!(
        "uncut run: first receipt after {first_ms} ms, done after {total_ms} ms\n\
         crash trials: {mid_burst} killed mid-burst, {none_acknowledged} before the first receipt, \
         {all_acknowledged} after the last\n  {}",
        report.join("\n  ")
    );
    // Half the trials kill right after a receipt, so most of them land mid-burst on any
    // machine; the blind delays add kills at arbitrary points.
    assert!(
        mid_burst >= (TRIALS / 4) as usize,
        "too few kills landed mid-burst ({mid_burst} of {TRIALS}); the test proves nothing"
    );
}
