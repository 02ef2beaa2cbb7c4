//! The periodic verification report, in the style of a monitoring mission's daily report:
//! reported, verified and disputed counts side by side for each party, the change on the
//! previous period of the same length, open deadlines, the ladder and the benchmark board.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use jiff::civil::Date;
use jiff::{SignedDuration, Timestamp};
use serde::Serialize;
use truce_core::kinds::Role;
use truce_core::record::parse_time;

use crate::bodies::Outcome;
use crate::compliance::{self, BenchmarkRow, LadderPosition, OpenDeadline};
use crate::state::State;

/// Counts for one party (or all) over a period.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Incidents reported in which the party is accused.
    pub reported: u64,
    /// Findings confirming a violation by the party.
    pub verified: u64,
    /// Findings that the party's dissent disputes, plus replies it filed.
    pub disputed: u64,
}

/// The periodic report.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PeriodReport {
    /// Agreement title.
    pub title: String,
    /// Whether the data is illustrative.
    pub illustrative: bool,
    /// First day of the period (inclusive).
    pub from: String,
    /// Last day of the period (inclusive).
    pub to: String,
    /// Counts per party in the period.
    pub counts: BTreeMap<String, Counts>,
    /// Counts per party in the previous period of the same length.
    pub previous: BTreeMap<String, Counts>,
    /// Incidents reported in the period that accuse no party.
    pub unattributed_reports: u64,
    /// Open deadlines at the end of the period.
    pub deadlines: Vec<OpenDeadline>,
    /// Incidents waiting for triage at the end of the period.
    pub triage: compliance::TriageQueue,
    /// The ladder at the end of the period.
    pub ladder: Vec<LadderPosition>,
    /// The benchmark board at the end of the period.
    pub benchmarks: Vec<BenchmarkRow>,
    /// The log size and state digest the report was computed from.
    pub log_size: u64,
    /// Digest of the state it was computed from.
    pub state_digest: String,
}

fn day_start(d: Date) -> Timestamp {
    d.to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .expect("valid date")
        .timestamp()
}

fn within(time: &str, from: Timestamp, until: Timestamp) -> bool {
    let t = parse_time(time).expect("stored times are valid");
    t >= from && t < until
}

/// Counts per party for records in [from, until).
fn count(state: &State, from: Timestamp, until: Timestamp) -> (BTreeMap<String, Counts>, u64) {
    let mut counts: BTreeMap<String, Counts> = BTreeMap::new();
    if let Some(a) = &state.agreement {
        for p in a.with_role(Role::Party) {
            counts.insert(p.id.clone(), Counts::default());
        }
    }
    let mut unattributed = 0;
    for inc in state.incidents.values() {
        if within(&inc.reported_at, from, until) {
            match &inc.report.accused {
                Some(p) => counts.entry(p.clone()).or_default().reported += 1,
                None => unattributed += 1,
            }
        }
        if let Some((idx, _)) = &inc.reply
            && let Some(step) = inc.history.iter().find(|s| s.index == *idx)
            && within(&step.time, from, until)
        {
            counts.entry(step.by.clone()).or_default().disputed += 1;
        }
    }
    for f in state.findings.values() {
        if f.finding.outcome == Outcome::Confirmed
            && within(&f.time, from, until)
            && let Some(p) = &f.finding.attributed_to
        {
            counts.entry(p.clone()).or_default().verified += 1;
        }
        for (party, idx, _) in &f.dissents {
            let time = state
                .incidents
                .get(&f.finding.incident)
                .and_then(|inc| inc.history.iter().find(|s| s.index == *idx))
                .map(|s| s.time.clone());
            if time.is_some_and(|t| within(&t, from, until)) {
                counts.entry(party.clone()).or_default().disputed += 1;
            }
        }
    }
    (counts, unattributed)
}

/// The report for the days `from..=to` (UTC), with the state as it was at the end of `to`.
pub fn period_report(state: &State, from: Date, to: Date) -> PeriodReport {
    let start = day_start(from);
    let until = day_start(to) + SignedDuration::from_hours(24);
    let length = until.duration_since(start);
    let (counts, unattributed_reports) = count(state, start, until);
    let (previous, _) = count(state, start - length, start);
    // Views "as at the end of the period" use the last second of its last day.
    let end = until - SignedDuration::from_secs(1);
    let agreement = state.agreement.as_ref();
    PeriodReport {
        title: agreement
            .map(|a| a.agreement.title.clone())
            .unwrap_or_default(),
        illustrative: agreement.is_some_and(|a| a.agreement.illustrative),
        from: from.to_string(),
        to: to.to_string(),
        counts,
        previous,
        unattributed_reports,
        deadlines: compliance::open_deadlines(state, end),
        triage: compliance::triage_queue(state, end),
        ladder: compliance::ladder(state, end),
        benchmarks: compliance::benchmark_board(state, end),
        log_size: state.size,
        state_digest: state.digest(),
    }
}

fn change(now: u64, before: u64) -> String {
    match now.cmp(&before) {
        std::cmp::Ordering::Greater => format!("+{}", now - before),
        std::cmp::Ordering::Less => format!("-{}", before - now),
        std::cmp::Ordering::Equal => "±0".into(),
    }
}

impl PeriodReport {
    /// The report as Markdown.
    pub fn to_markdown(&self) -> String {
        let mut md = String::new();
        let _ = writeln!(md, "# Verification report {} to {}", self.from, self.to);
        let _ = writeln!(md);
        let _ = writeln!(md, "{}", self.title);
        if self.illustrative {
            let _ = writeln!(
                md,
                "\n> **Illustrative example data.** Not a real agreement or real incidents."
            );
        }
        let _ = writeln!(md, "\n## Incidents by party concerned\n");
        let parties: Vec<&String> = self.counts.keys().collect();
        let _ = write!(md, "| |");
        for p in &parties {
            let _ = write!(md, " {p} | change |");
        }
        let _ = writeln!(md);
        let _ = write!(md, "|---|");
        for _ in &parties {
            let _ = write!(md, "---:|---:|");
        }
        let _ = writeln!(md);
        type Field = fn(&Counts) -> u64;
        let rows: [(&str, Field); 3] = [
            ("reported (accused)", |c| c.reported),
            ("verified (confirmed findings)", |c| c.verified),
            ("disputed (replies and dissents filed)", |c| c.disputed),
        ];
        for (label, field) in rows {
            let _ = write!(md, "| {label} |");
            for p in &parties {
                let now = self.counts.get(*p).map(field).unwrap_or(0);
                let before = self.previous.get(*p).map(field).unwrap_or(0);
                let _ = write!(md, " {now} | {} |", change(now, before));
            }
            let _ = writeln!(md);
        }
        let _ = writeln!(
            md,
            "\nIncidents reported with no party accused: {}.",
            self.unattributed_reports
        );
        let _ = writeln!(
            md,
            "Change is against the previous period of the same length."
        );

        let _ = writeln!(md, "\n## Response ladder\n");
        for l in &self.ladder {
            if l.step == 0 {
                let _ = writeln!(
                    md,
                    "- **{}**: no step ({} confirmed breach(es) in all)",
                    l.party, l.confirmed_breaches
                );
            } else {
                let mut because: Vec<String> =
                    l.because.iter().map(|i| format!("finding {i}")).collect();
                if l.in_window > l.because.len() as u64 {
                    because.push(format!(
                        "the latest {} of {} in the window",
                        l.because.len(),
                        l.in_window
                    ));
                }
                let _ = writeln!(
                    md,
                    "- **{}**: step {} — {}: {} ({}; because of {})",
                    l.party,
                    l.step,
                    l.name,
                    l.action,
                    l.rule,
                    because.join(", ")
                );
            }
        }

        let _ = writeln!(md, "\n## Benchmarks\n");
        let _ = writeln!(md, "| id | party | metric | deadline | status | why |");
        let _ = writeln!(md, "|---|---|---|---|---|---|");
        for b in &self.benchmarks {
            let status = match b.days_late {
                Some(d) => format!("{} ({d} day(s) late)", b.status.as_str()),
                None => b.status.as_str().to_string(),
            };
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} | {status} | {} |",
                b.id, b.party, b.metric, b.deadline, b.because
            );
        }

        let _ = writeln!(md, "\n## Open deadlines\n");
        if let Some((first, reported)) = &self.triage.first {
            let _ = writeln!(
                md,
                "- {} incident(s) awaiting triage by {}, the first incident {first} (reported {reported})",
                self.triage.waiting, self.triage.who
            );
        }
        if self.deadlines.is_empty() && self.triage.waiting == 0 {
            let _ = writeln!(md, "None.");
        }
        for d in &self.deadlines {
            let flag = if d.overdue { " **(overdue)**" } else { "" };
            let _ = writeln!(
                md,
                "- {}: {} — {} by {}{flag}",
                d.subject, d.what, d.who, d.due
            );
        }
        let _ = writeln!(
            md,
            "\n---\nComputed from the first {} records of the log; state digest `{}`.",
            self.log_size, self.state_digest
        );
        md
    }
}
