//! Engine benchmarks (harness = false, plain timing):
//!
//! 1. full replay of 1M records through `State::apply` (a realistic mix of the workflow),
//! 2. incremental apply rate on top of that state, with per-record latency,
//! 3. status queries (benchmark_board, ladder, open_deadlines, reciprocity) at 1M incidents
//!    (a fifth taken through the whole workflow, the rest rejected at triage, a few hundred open
//!    at any time), p50/p95/max over repeated runs, and the state digest.
//!
//! `cargo bench -p truce-engine` runs it; `TRUCE_BENCH_RECORDS` and `TRUCE_BENCH_INCIDENTS`
//! change the sizes (defaults 1,000,000 each).

#![allow(unreachable_pub)]

#[path = "../tests/common/mod.rs"]
mod common;

use std::collections::VecDeque;
use std::hint::black_box;
use std::time::{Duration, Instant};

use common::*;
use jiff::{SignedDuration, Timestamp};
use serde_json::{Map, Value, json};
use truce_core::kinds::Kind;
use truce_engine::{Input, State};

/// A record ready to apply.
struct Rec {
    kind: Kind,
    time: Timestamp,
    body: Map<String, Value>,
    signers: Vec<String>,
}

fn rec(kind: &str, time: Timestamp, signers: &[&str], body: Value) -> Rec {
    Rec {
        kind: Kind::parse(kind).unwrap(),
        time,
        body: obj(body),
        signers: signers.iter().map(|s| s.to_string()).collect(),
    }
}

/// A small deterministic generator (xorshift).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn percent(&mut self) -> u64 {
        self.next() % 100
    }
}

/// An incident in flight: its report index, accused party, and the next stage.
struct Flight {
    index: u64,
    accused: Option<&'static str>,
    stage: u8,
    finding: u64,
}

/// Generates the workflow as many incidents in flight at once, interleaved with benchmark,
/// reciprocity and observation records. `full` = fraction (percent) of incidents taken past
/// the report.
struct Workload {
    rng: Rng,
    time: Timestamp,
    step: SignedDuration,
    next_index: u64,
    flights: VecDeque<Flight>,
    in_flight: usize,
    full: u64,
}

impl Workload {
    fn new(start_index: u64, step: SignedDuration, in_flight: usize, full: u64) -> Workload {
        Workload {
            rng: Rng(0x9E37_79B9_7F4A_7C15),
            time: ts(START),
            step,
            next_index: start_index,
            flights: VecDeque::new(),
            in_flight,
            full,
        }
    }

    fn next(&mut self) -> Rec {
        let index = self.next_index;
        self.next_index += 1;
        self.time += self.step;
        let t = self.time;
        let roll = self.rng.percent();
        // About one record in twelve is not about an incident.
        if roll < 8 {
            return match roll {
                0 | 1 => rec("benchmark.progress", t, A, progress("B1")),
                2 => rec("benchmark.progress", t, B, progress("B2")),
                3 => rec("benchmark.assessment", t, M, assessment("B2", "partial")),
                4 => rec("reciprocity.offer", t, A, recip("X1")),
                5 => rec(
                    "observation",
                    t,
                    M,
                    json!({"summary": "Quiet along the line."}),
                ),
                _ => rec("intake.lead", t, M, lead_body()),
            };
        }
        if self.flights.len() < self.in_flight {
            let accused = match self.rng.percent() {
                0..45 => Some("b"),
                45..90 => Some("a"),
                _ => None,
            };
            let by = match accused {
                Some("b") => A,
                Some(_) => B,
                None => M,
            };
            let mut body = report_body(accused);
            body["narrative"] = json!(format!("Shelling near border post, report {index}."));
            // The rest are rejected at triage.
            let stage = if self.rng.percent() < self.full { 0 } else { 9 };
            self.flights.push_back(Flight {
                index,
                accused,
                stage,
                finding: 0,
            });
            return rec("incident.report", t, by, body);
        }
        let mut f = self.flights.pop_front().expect("in flight");
        let i = f.index;
        let r = match f.stage {
            9 => {
                f.stage = 8;
                rec("incident.triage", t, F1, rejected(i))
            }
            0 => {
                f.stage = 1;
                rec("evidence.submit", t, A, evidence(i))
            }
            1 => {
                f.stage = 2;
                rec("incident.triage", t, F1, admissible(i))
            }
            2 => {
                f.stage = 3;
                rec("verification.assign", t, F1, assign(i, &["m", "j"]))
            }
            3 => {
                f.stage = if f.accused.is_some() { 4 } else { 5 };
                rec("verification.report", t, M, vreport(i))
            }
            4 => {
                f.stage = 5;
                rec("incident.reply", t, &[f.accused.unwrap()], reply(i))
            }
            5 => {
                f.stage = 6;
                f.finding = index;
                let body = match (f.accused, self.rng.percent()) {
                    (Some(p), 0..50) => confirmed(i, p, &["C1"]),
                    (_, 0..70) => outcome(i, "inconclusive"),
                    _ => outcome(i, "unfounded"),
                };
                rec("finding", t, FQ, body)
            }
            6 => {
                f.stage = 7;
                let party = if f.accused == Some("a") { A } else { B };
                rec("finding.dissent", t, party, dissent(f.finding))
            }
            _ => {
                f.stage = 8;
                rec("incident.close", t, F1, close(i))
            }
        };
        if f.stage < 8 {
            self.flights.push_back(f);
        }
        r
    }
}

fn apply_all(state: &mut State, records: &[Rec]) {
    for r in records {
        let index = state.size;
        state
            .apply(Input {
                index,
                kind: r.kind,
                time: r.time,
                body: &r.body,
                signers: &r.signers,
            })
            .unwrap_or_else(|e| panic!("record {index} ({}) refused: {e}", r.kind));
    }
}

fn genesis() -> State {
    Harness::new().state
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn peak_rss_mib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| {
                l.split_whitespace()
                    .nth(1)
                    .map(|k| k.parse::<u64>().unwrap_or(0))
            })
        })
        .unwrap_or(0)
        / 1024
}

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn time_query<T>(name: &str, runs: usize, mut f: impl FnMut() -> T) {
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = Instant::now();
        black_box(f());
        times.push(t.elapsed());
    }
    times.sort();
    println!(
        "  {name:<16} p50 {:>10.3?}  p95 {:>10.3?}  max {:>10.3?}  ({runs} runs)",
        percentile(&times, 0.5),
        percentile(&times, 0.95),
        times[times.len() - 1]
    );
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` runs us with no such flag: then do a
    // quick smoke run only.
    let smoke = !std::env::args().any(|a| a == "--bench");
    let records = if smoke {
        20_000
    } else {
        env("TRUCE_BENCH_RECORDS", 1_000_000)
    };
    let incidents = if smoke {
        20_000
    } else {
        env("TRUCE_BENCH_INCIDENTS", 1_000_000)
    };

    // 1. Full replay.
    println!("== full replay of {records} records (realistic workflow mix)");
    let mut w = Workload::new(1, SignedDuration::from_secs(30), 64, 100);
    let t = Instant::now();
    let batch: Vec<Rec> = (1..records).map(|_| w.next()).collect();
    println!("  generated in {:.2?} (not timed below)", t.elapsed());
    let mut kinds = std::collections::BTreeMap::<&str, usize>::new();
    for r in &batch {
        *kinds.entry(r.kind.as_str()).or_default() += 1;
    }
    println!("  mix: {kinds:?}");
    let mut state = genesis();
    let t = Instant::now();
    apply_all(&mut state, &batch);
    let replay = t.elapsed();
    println!(
        "  replay: {:.2?} for {} records = {:.0} records/s; {} incidents, {} findings",
        replay,
        state.size,
        state.size as f64 / replay.as_secs_f64(),
        state.incidents.len(),
        state.findings.len()
    );
    drop(batch);

    // 2. Incremental apply on top of the 1M-record state, per-record latency.
    let extra = records / 10;
    println!(
        "== incremental apply of {extra} more records on the {}-record state",
        state.size
    );
    w.next_index = state.size;
    let more: Vec<Rec> = (0..extra).map(|_| w.next()).collect();
    let mut lat = Vec::with_capacity(more.len());
    let t = Instant::now();
    for r in &more {
        let s = Instant::now();
        let index = state.size;
        state
            .apply(Input {
                index,
                kind: r.kind,
                time: r.time,
                body: &r.body,
                signers: &r.signers,
            })
            .expect("accepted");
        lat.push(s.elapsed());
    }
    let total = t.elapsed();
    lat.sort();
    println!(
        "  {:.0} records/s; per record p50 {:.2?}, p99 {:.2?}, max {:.2?}",
        extra as f64 / total.as_secs_f64(),
        percentile(&lat, 0.5),
        percentile(&lat, 0.99),
        lat[lat.len() - 1]
    );
    let t = Instant::now();
    let digest = state.digest();
    println!(
        "  state digest of the {}-record state: {:.2?} ({digest})",
        state.size,
        t.elapsed()
    );
    drop(more);
    drop(state);

    // 3. Queries at 1M incidents: a fifth taken through the workflow, the rest rejected.
    println!("== status queries at {incidents} incidents");
    let mut w = Workload::new(1, SignedDuration::from_secs(20), 256, 20);
    let mut state = genesis();
    let mut applied = 0u64;
    let t = Instant::now();
    while state.incidents.len() < incidents {
        let r = w.next();
        apply_all(&mut state, std::slice::from_ref(&r));
        applied += 1;
    }
    println!(
        "  built from {applied} records in {:.2?} (generation included): {} incidents, {} findings, peak RSS {} MiB",
        t.elapsed(),
        state.incidents.len(),
        state.findings.len(),
        peak_rss_mib()
    );
    let now = w.time;
    let runs = if smoke { 3 } else { 40 };
    time_query("benchmark_board", runs, || {
        truce_engine::compliance::benchmark_board(&state, now)
    });
    time_query("ladder", runs, || {
        truce_engine::compliance::ladder(&state, now)
    });
    time_query("open_deadlines", runs, || {
        truce_engine::compliance::open_deadlines(&state, now)
    });
    time_query("reciprocity", runs, || {
        truce_engine::compliance::reciprocity(&state, now)
    });
    time_query("digest", 3, || state.digest());
    let day: jiff::civil::Date = truce_core::record::format_time(now)[..10].parse().unwrap();
    time_query("period_report", 3, || {
        truce_engine::report::period_report(&state, day.yesterday().unwrap(), day)
    });
}
