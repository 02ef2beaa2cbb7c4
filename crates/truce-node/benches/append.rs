//! Durable signed appends through the group-commit sequencer, on SQLite and (when
//! `TRUCE_BENCH_DATABASE_URL` or `TRUCE_TEST_DATABASE_URL` is set) PostgreSQL, plus a full audit.
//!
//! Run: `cargo bench -p truce-node --bench append` (env `TRUCE_BENCH_RECORDS`, default 200000;
//! `TRUCE_BENCH_AUDIT_RECORDS`, default 1000000, 0 to skip the audit figure;
//! `TRUCE_BENCH_AUDIT_DB`, a SQLite file kept between runs so the audit log is built once:
//! reused when it exists, built there otherwise). `TRUCE_BENCH_RECORDS=0` skips the appends,
//! `TRUCE_BENCH_STATUS_ONLY=1` the audit (the status figures over the same log remain).
//! Figures are printed as lines of `name: value`, for BENCHMARKS.md.

use std::sync::Arc;
use std::time::{Duration, Instant};

use truce_node::LogNode;
use truce_node::audit::{StoreSource, audit};
use truce_node::sequencer::Sequencer;
use truce_node::testkit::Mechanism;
use truce_store::Store;
use truce_store_sqlite::SqliteStore;

// As the `truce` binary does (see its main.rs).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Concurrent clients, each waiting for its receipt before sending its next record: the
/// group size of a commit can never exceed this.
/// Overridden by `TRUCE_BENCH_CLIENTS`, e.g. `64,128,256,512`.
const CLIENT_COUNTS: [usize; 2] = [64, 512];

fn client_counts() -> Vec<usize> {
    match std::env::var("TRUCE_BENCH_CLIENTS") {
        Ok(list) => list
            .split(',')
            .map(|n| {
                n.trim()
                    .parse()
                    .expect("TRUCE_BENCH_CLIENTS: numbers separated by commas")
            })
            .collect(),
        Err(_) => CLIENT_COUNTS.to_vec(),
    }
}

fn main() {
    let records: u64 = env_u64("TRUCE_BENCH_RECORDS", 200_000);
    let audit_records: u64 = env_u64("TRUCE_BENCH_AUDIT_RECORDS", 1_000_000);
    let m = Arc::new(Mechanism::new(77));
    if records == 0 {
        if audit_records > 0 {
            audit_bench(&m, audit_records);
        }
        return;
    }
    eprintln!("signing {records} records (the authors' work, not timed)...");
    let entries = Arc::new(sign_all(&m, records));

    let dir = tempfile::TempDir::new().unwrap();
    for (i, clients) in client_counts().into_iter().enumerate() {
        let store = SqliteStore::open(&dir.path().join(format!("truce-{i}.db"))).unwrap();
        run("sqlite", store, &m, &entries, clients);
    }

    let url = std::env::var("TRUCE_BENCH_DATABASE_URL")
        .or_else(|_| std::env::var("TRUCE_TEST_DATABASE_URL"))
        .ok()
        .filter(|u| !u.is_empty());
    if let Some(url) = url {
        for clients in client_counts() {
            let schema = format!("truce_bench_{}_{clients}", std::process::id());
            let store = truce_store_pg::PgStore::connect_with_schema(&url, &schema).unwrap();
            run("postgres", store, &m, &entries, clients);
            truce_store_pg::drop_schema(&url, &schema).unwrap();
        }
    } else {
        println!("postgres: skipped (set TRUCE_BENCH_DATABASE_URL)");
    }

    if audit_records > 0 {
        audit_bench(&m, audit_records);
    }
    openssl_reference();
}

/// `openssl speed ed25519` in the same run, as the single-core reference for signature checks.
fn openssl_reference() {
    let out = std::process::Command::new("openssl")
        .args(["speed", "-seconds", "3", "ed25519"])
        .output();
    match out {
        Ok(o) if o.status.success() => {
            let text = String::from_utf8_lossy(&o.stdout);
            match text.lines().find(|l| l.contains("Ed25519")) {
                Some(line) => {
                    let cols: Vec<&str> = line.split_whitespace().collect();
                    let verify = cols.last().copied().unwrap_or("?");
                    println!("openssl: single-core Ed25519 verifications per second: {verify}");
                }
                None => println!("openssl: no Ed25519 line in its output"),
            }
        }
        _ => println!("openssl: not available"),
    }
}

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn sign_all(m: &Mechanism, n: u64) -> Vec<Vec<u8>> {
    sign_all_from(m, 0, n)
}

fn run<S: Store + 'static>(
    name: &str,
    store: S,
    m: &Arc<Mechanism>,
    entries: &Arc<Vec<Vec<u8>>>,
    clients: usize,
) {
    let node = LogNode::open(store, m.log.clone(), None).unwrap();
    node.init(&m.genesis).unwrap();
    let node = Arc::new(node);
    let (seq, handle) = Sequencer::start(node.clone());
    let n = entries.len();
    let start = Instant::now();
    let threads: Vec<_> = (0..clients)
        .map(|c| {
            let seq = seq.clone();
            let entries = entries.clone();
            std::thread::spawn(move || {
                let mut lat = Vec::with_capacity(n / clients + 1);
                for i in (c..n).step_by(clients) {
                    let t = Instant::now();
                    seq.submit(entries[i].clone()).expect("accepted");
                    lat.push(t.elapsed());
                }
                lat
            })
        })
        .collect();
    let mut latencies: Vec<Duration> = threads
        .into_iter()
        .flat_map(|t| t.join().unwrap())
        .collect();
    let elapsed = start.elapsed();
    drop(seq);
    handle.join().unwrap();
    latencies.sort_unstable();
    let pct = |p: f64| latencies[((latencies.len() as f64 - 1.0) * p) as usize];
    let (cp, _) = node.checkpoint().unwrap();
    assert_eq!(cp.size, n as u64 + 1);
    println!(
        "{name}: {n} durable signed appends with {clients} concurrent clients in {elapsed:.2?}"
    );
    println!(
        "{name}: appends per second: {:.0}",
        n as f64 / elapsed.as_secs_f64()
    );
    println!(
        "{name}: submit-to-receipt latency p50 {:.2?}, p99 {:.2?}, max {:.2?}",
        pct(0.50),
        pct(0.99),
        latencies.last().unwrap()
    );
}

fn audit_bench(m: &Arc<Mechanism>, n: u64) {
    let dir = tempfile::TempDir::new().unwrap();
    let kept = std::env::var_os("TRUCE_BENCH_AUDIT_DB").map(std::path::PathBuf::from);
    let path = kept.clone().unwrap_or_else(|| dir.path().join("truce.db"));
    let reuse = path.exists();
    let store = SqliteStore::open(&path).unwrap();
    let node = LogNode::open(store, m.log.clone(), None).unwrap();
    let mut done = 0;
    if reuse {
        let size = node
            .store()
            .head()
            .unwrap()
            .expect("an initialised log")
            .size;
        assert_eq!(size, n + 1, "{} holds another size of log", path.display());
        eprintln!("reusing the log of {size} entries in {}", path.display());
        done = n;
    } else {
        eprintln!("building a log of {n} records for the audit figure...");
        node.init(&m.genesis).unwrap();
    }
    let chunk = 100_000;
    while done < n {
        let k = chunk.min(n - done);
        let entries: Vec<Vec<u8>> = sign_all_from(m, done, k);
        for part in entries.chunks(4096) {
            for r in node.submit_batch(part).unwrap() {
                r.unwrap();
            }
        }
        done += k;
    }
    if std::env::var_os("TRUCE_BENCH_STATUS_ONLY").is_some() {
        status_bench(node.store(), n + 1);
        return;
    }
    let start = Instant::now();
    let report = audit(
        &StoreSource(node.store()),
        Some(&m.log.verifier()),
        |_, _| {},
    )
    .unwrap();
    let elapsed = start.elapsed();
    assert_eq!(report.size, n + 1);
    println!(
        "audit: full audit of {} records in {elapsed:.2?} ({:.0} records/s)",
        n + 1,
        (n + 1) as f64 / elapsed.as_secs_f64()
    );

    status_bench(node.store(), n + 1);
}

/// What a running node answers for `truce status` (without the state digest, timed apart) over
/// the log in SQLite: the node rebuilds the state once when it starts, then answers from it.
fn status_bench<S: Store>(store: &S, size: u64) {
    use truce_engine::compliance;
    let start = Instant::now();
    let (_, state) = truce_node::node::replay(store, size, |_, _| {}).unwrap();
    println!(
        "status: state rebuilt from SQLite ({} incidents) in {:.2?}",
        state.incidents.len(),
        start.elapsed()
    );
    let now: jiff::Timestamp = "2025-11-01T00:00:00Z".parse().unwrap();
    let mut times = vec![Vec::new(); 7];
    /// Runs `f`, adds its time to `into`, passes its result through.
    fn timed<T>(into: &mut Vec<Duration>, f: impl FnOnce() -> T) -> T {
        let t = Instant::now();
        let out = f();
        into.push(t.elapsed());
        out
    }
    for _ in 0..40 {
        let t = Instant::now();
        let by_status = timed(&mut times[0], || compliance::incidents_by_status(&state));
        let deadlines = timed(&mut times[1], || compliance::open_deadlines(&state, now));
        let ladder = timed(&mut times[2], || compliance::ladder(&state, now));
        let board = timed(&mut times[3], || compliance::benchmark_board(&state, now));
        let reciprocity = timed(&mut times[4], || compliance::reciprocity(&state, now));
        let triage = timed(&mut times[5], || compliance::triage_queue(&state, now));
        times[6].push(t.elapsed());
        std::hint::black_box((by_status, deadlines, ladder, board, reciprocity, triage));
    }
    let waiting = compliance::triage_queue(&state, now).waiting;
    for (name, mut t) in [
        "by status",
        "open deadlines",
        "ladder",
        "benchmark board",
        "reciprocity",
        "triage queue",
        "status view (all of the above)",
    ]
    .into_iter()
    .zip(times)
    {
        t.sort();
        println!(
            "status: {name} at {} incidents ({waiting} awaiting triage), p50 {:.2?} p95 {:.2?} max {:.2?} (40 runs)",
            state.incidents.len(),
            t[t.len() / 2],
            t[t.len() * 95 / 100],
            t[t.len() - 1]
        );
    }
    let t = Instant::now();
    let digest = state.digest();
    println!("status: state digest in {:.2?} ({digest})", t.elapsed());
}

/// Signs records `from..from + n` on two threads: signing is the authors' work, not the log's.
fn sign_all_from(m: &Mechanism, from: u64, n: u64) -> Vec<Vec<u8>> {
    let half = n / 2;
    std::thread::scope(|s| {
        let a = s.spawn(|| (from..from + half).map(|i| m.report(i)).collect::<Vec<_>>());
        let b = s.spawn(|| {
            (from + half..from + n)
                .map(|i| m.report(i))
                .collect::<Vec<_>>()
        });
        let mut v = a.join().unwrap();
        v.extend(b.join().unwrap());
        v
    })
}
