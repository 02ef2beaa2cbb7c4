//! Compliance views computed from the state for a given "now": benchmark status, the response
//! ladder with its explanation, reciprocity and each party's balance, and open deadlines.
//! Everything here is a pure function of (state, now).

use std::collections::BTreeMap;

use jiff::civil::Date;
use jiff::{SignedDuration, Timestamp};
use serde::Serialize;
use truce_core::agreement::Agreement;
use truce_core::kinds::Role;
use truce_core::record::parse_time;

use crate::bodies::{Assessed, Outcome};
use crate::state::{State, Status};

/// Days before a deadline from which a benchmark without recent progress is at risk.
pub const AT_RISK_DAYS: i64 = 14;
/// A benchmark with no progress report for this many days before its deadline is at risk.
pub const STALE_PROGRESS_DAYS: i64 = 30;

/// A benchmark's standing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BenchmarkStatus {
    /// Before the deadline, nothing says it will slip.
    OnTrack,
    /// Before the deadline, but assessed short of target or without recent progress near it.
    AtRisk,
    /// Past the deadline with no assessment since.
    Overdue,
    /// Assessed as met (possibly late: see slippage).
    Met,
    /// Past the deadline and assessed as not met.
    Missed,
}

impl BenchmarkStatus {
    /// The status as people read it.
    pub fn as_str(self) -> &'static str {
        match self {
            BenchmarkStatus::OnTrack => "on track",
            BenchmarkStatus::AtRisk => "at risk",
            BenchmarkStatus::Overdue => "overdue",
            BenchmarkStatus::Met => "met",
            BenchmarkStatus::Missed => "missed",
        }
    }
}

/// One row of the benchmark board.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BenchmarkRow {
    /// Benchmark id.
    pub id: String,
    /// Responsible party.
    pub party: String,
    /// What is measured.
    pub metric: String,
    /// Target.
    pub target: String,
    /// Deadline (end of that day, UTC).
    pub deadline: String,
    /// Status at `now`.
    pub status: BenchmarkStatus,
    /// Days met after the deadline (slippage), when it was met late.
    pub days_late: Option<i64>,
    /// Days left to the deadline (negative once past).
    pub days_left: i64,
    /// Why it has this status.
    pub because: String,
    /// Log index of the latest progress report.
    pub last_progress: Option<u64>,
    /// Log index of the latest assessment.
    pub last_assessment: Option<u64>,
}

fn deadline_end(date: &str) -> Timestamp {
    let d: Date = date
        .parse()
        .expect("deadlines are checked when the agreement is adopted");
    // End of the deadline day, UTC: a benchmark met on its deadline day is on time.
    d.to_datetime(jiff::civil::time(23, 59, 59, 0))
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .expect("a valid date")
        .timestamp()
}

fn t(s: &str) -> Timestamp {
    parse_time(s).expect("stored times were checked on the way in")
}

fn whole_days(d: SignedDuration) -> i64 {
    d.as_secs() / 86_400
}

/// The benchmark board at `now`.
pub fn benchmark_board(state: &State, now: Timestamp) -> Vec<BenchmarkRow> {
    let Some(agreement) = &state.agreement else {
        return Vec::new();
    };
    agreement
        .benchmarks
        .iter()
        .map(|b| {
            let rec = state.benchmarks.get(&b.id);
            let end = deadline_end(&b.deadline);
            let days_left = whole_days(end.duration_since(now));
            let assessments = rec.map(|r| r.assessments.as_slice()).unwrap_or_default();
            let progress = rec.map(|r| r.progress.as_slice()).unwrap_or_default();
            let met = assessments.iter().find(|a| a.what.0 == Assessed::Met && t(&a.time) <= now);
            let latest = assessments.iter().rev().find(|a| t(&a.time) <= now);
            let latest_progress = progress.iter().rev().find(|p| t(&p.time) <= now);
            let (status, days_late, because) = if let Some(m) = met {
                // Days late counted as calendar days after the deadline day: any part of a day
                // counts (the deadline ends at 23:59:59, so this is the day difference).
                let late = (t(&m.time).duration_since(end).as_secs().max(0) + 86_399) / 86_400;
                let slipped = t(&m.time) > end;
                let because = if slipped {
                    format!("assessed as met in record {}, {late} day(s) after the deadline", m.index)
                } else {
                    format!("assessed as met in record {}", m.index)
                };
                (BenchmarkStatus::Met, slipped.then_some(late), because)
            } else if now > end {
                match latest.filter(|a| t(&a.time) > end) {
                    Some(a) => (BenchmarkStatus::Missed, None, format!("the deadline passed and record {} assessed it as {}", a.index, assessed(a.what.0))),
                    None => (BenchmarkStatus::Overdue, None, "the deadline passed and no verifier has assessed it since".to_string()),
                }
            } else if let Some(a) = latest.filter(|a| a.what.0 != Assessed::Met) {
                (BenchmarkStatus::AtRisk, None, format!("record {} assessed it as {}", a.index, assessed(a.what.0)))
            } else if days_left <= AT_RISK_DAYS
                && latest_progress.is_none_or(|p| whole_days(now.duration_since(t(&p.time))) > STALE_PROGRESS_DAYS)
            {
                (
                    BenchmarkStatus::AtRisk,
                    None,
                    format!("{days_left} day(s) left and no progress reported in the last {STALE_PROGRESS_DAYS} days"),
                )
            } else {
                (BenchmarkStatus::OnTrack, None, format!("{days_left} day(s) left"))
            };
            BenchmarkRow {
                id: b.id.clone(),
                party: b.party.clone(),
                metric: b.metric.clone(),
                target: b.target.clone(),
                deadline: b.deadline.clone(),
                status,
                days_late,
                days_left,
                because,
                last_progress: latest_progress.map(|p| p.index),
                last_assessment: latest.map(|a| a.index),
            }
        })
        .collect()
}

fn assessed(a: Assessed) -> &'static str {
    match a {
        Assessed::Met => "met",
        Assessed::Partial => "partly met",
        Assessed::NotMet => "not met",
    }
}

/// A step of the response ladder reached by a party, with the findings that led there.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LadderPosition {
    /// The party.
    pub party: String,
    /// The highest step in force at `now` (0 = none).
    pub step: u32,
    /// Its name.
    pub name: String,
    /// The pre-agreed action.
    pub action: String,
    /// The confirmed findings (log indices) that put the party on this step.
    pub because: Vec<u64>,
    /// The rule that applied, in words.
    pub rule: String,
    /// Confirmed breaches attributed to the party, ever.
    pub confirmed_breaches: u64,
}

/// The response ladder for every party at `now`: for each rule "n confirmed breaches of a
/// clause within d days → step k", the party is on step k while n of its confirmed findings on
/// that clause fall within the last d days.
pub fn ladder(state: &State, now: Timestamp) -> Vec<LadderPosition> {
    let Some(agreement) = &state.agreement else {
        return Vec::new();
    };
    agreement
        .with_role(Role::Party)
        .map(|party| {
            // Confirmed findings against the party up to `now`: from the per-party index when
            // it is current (only the longest rule window needs reading), else by a full scan.
            let longest = agreement
                .ladder_rules
                .iter()
                .map(|r| r.window_days)
                .max()
                .unwrap_or(0);
            let confirmed: Vec<(&u64, Timestamp, &Vec<String>)> = if state.indexed() {
                use std::ops::Bound::{Excluded, Included};
                let now_text = truce_core::record::format_time(now);
                let since = now - SignedDuration::from_hours(i64::from(longest) * 24);
                let since_text = truce_core::record::format_time(since);
                state
                    .index
                    .confirmed
                    .get(&party.id)
                    .map(|set| {
                        set.range((
                            Excluded((since_text, u64::MAX)),
                            Included((now_text, u64::MAX)),
                        ))
                        .filter_map(|(_, i)| state.findings.get_key_value(i))
                        .map(|(i, f)| (i, t(&f.time), &f.finding.clauses))
                        .collect()
                    })
                    .unwrap_or_default()
            } else {
                state
                    .findings
                    .iter()
                    .filter(|(_, f)| {
                        f.finding.outcome == Outcome::Confirmed
                            && f.finding.attributed_to.as_deref() == Some(party.id.as_str())
                    })
                    .map(|(i, f)| (i, t(&f.time), &f.finding.clauses))
                    .filter(|(_, time, _)| *time <= now)
                    .collect()
            };
            let confirmed_breaches = confirmed_count(state, &party.id, now);
            let mut best = (0u32, Vec::new(), String::from("no rule applies"));
            for rule in &agreement.ladder_rules {
                let since = now - SignedDuration::from_hours(i64::from(rule.window_days) * 24);
                let hits: Vec<u64> = confirmed
                    .iter()
                    .filter(|(_, time, clauses)| {
                        *time > since && (rule.clause == "*" || clauses.contains(&rule.clause))
                    })
                    .map(|(i, _, _)| **i)
                    .collect();
                if hits.len() as u32 >= rule.breaches && rule.step > best.0 {
                    let clause = if rule.clause == "*" {
                        "any clause".to_string()
                    } else {
                        format!("clause {}", rule.clause)
                    };
                    best = (
                        rule.step,
                        hits,
                        format!(
                            "{} confirmed breach(es) of {clause} within {} days lead to step {}",
                            rule.breaches, rule.window_days, rule.step
                        ),
                    );
                }
            }
            let step = agreement.ladder.iter().find(|s| s.step == best.0);
            LadderPosition {
                party: party.id.clone(),
                step: best.0,
                name: step
                    .map(|s| s.name.clone())
                    .unwrap_or_else(|| "none".into()),
                action: step.map(|s| s.action.clone()).unwrap_or_default(),
                because: best.1,
                rule: best.2,
                confirmed_breaches,
            }
        })
        .collect()
}

/// Confirmed findings attributed to `party` up to `now`, ever.
fn confirmed_count(state: &State, party: &str, now: Timestamp) -> u64 {
    if state.indexed() {
        let now_text = truce_core::record::format_time(now);
        state
            .index
            .confirmed
            .get(party)
            .map_or(0, |set| set.range(..=(now_text, u64::MAX)).count() as u64)
    } else {
        state
            .findings
            .values()
            .filter(|f| {
                f.finding.outcome == Outcome::Confirmed
                    && f.finding.attributed_to.as_deref() == Some(party)
                    && t(&f.time) <= now
            })
            .count() as u64
    }
}

/// One reciprocity link at `now`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReciprocityRow {
    /// Link id.
    pub id: String,
    /// The offering party.
    pub offer_by: String,
    /// What is offered.
    pub offer: String,
    /// Log index of the first announcement of the offer.
    pub offered: Option<u64>,
    /// Log index of the first delivery.
    pub delivered: Option<u64>,
    /// The party whose delivery it is tied to.
    pub in_return_by: String,
    /// The benchmark it is tied to.
    pub in_return_for: String,
    /// That benchmark's status.
    pub in_return_status: Option<BenchmarkStatus>,
}

/// What a party has given and received, counted at one moment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BalancePoint {
    /// When (record time).
    pub time: String,
    /// Offers delivered and benchmarks met by the party.
    pub given: u64,
    /// Offers delivered and benchmarks met by the other parties.
    pub received: u64,
}

/// The reciprocity ledger: each link and each party's balance over time.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Reciprocity {
    /// Every link.
    pub links: Vec<ReciprocityRow>,
    /// Per party: the balance after each event that changed it (the last is the current one).
    pub balances: BTreeMap<String, Vec<BalancePoint>>,
}

/// The reciprocity ledger at `now`.
pub fn reciprocity(state: &State, now: Timestamp) -> Reciprocity {
    let Some(agreement) = &state.agreement else {
        return Reciprocity {
            links: Vec::new(),
            balances: BTreeMap::new(),
        };
    };
    let board = benchmark_board(state, now);
    let links = agreement
        .reciprocity
        .iter()
        .map(|x| {
            let rec = state.reciprocity.get(&x.id);
            ReciprocityRow {
                id: x.id.clone(),
                offer_by: x.offer_by.clone(),
                offer: x.offer.clone(),
                offered: rec
                    .and_then(|r| r.offers.iter().find(|d| t(&d.time) <= now))
                    .map(|d| d.index),
                delivered: rec
                    .and_then(|r| r.deliveries.iter().find(|d| t(&d.time) <= now))
                    .map(|d| d.index),
                in_return_by: x.in_return_by.clone(),
                in_return_for: x.in_return_for.clone(),
                in_return_status: board
                    .iter()
                    .find(|b| b.id == x.in_return_for)
                    .map(|b| b.status),
            }
        })
        .collect();
    // Events that count: first delivery of each link, first "met" of each benchmark.
    let mut events: Vec<(Timestamp, String)> = Vec::new();
    for x in &agreement.reciprocity {
        if let Some(d) = state
            .reciprocity
            .get(&x.id)
            .and_then(|r| r.deliveries.first())
        {
            events.push((t(&d.time), x.offer_by.clone()));
        }
    }
    for b in &agreement.benchmarks {
        if let Some(a) = state
            .benchmarks
            .get(&b.id)
            .and_then(|r| r.assessments.iter().find(|a| a.what.0 == Assessed::Met))
        {
            events.push((t(&a.time), b.party.clone()));
        }
    }
    events.retain(|(time, _)| *time <= now);
    events.sort();
    let parties: Vec<String> = agreement
        .with_role(Role::Party)
        .map(|p| p.id.clone())
        .collect();
    let mut balances: BTreeMap<String, Vec<BalancePoint>> =
        parties.iter().map(|p| (p.clone(), Vec::new())).collect();
    let mut given: BTreeMap<&str, u64> = BTreeMap::new();
    for (time, by) in &events {
        *given.entry(by.as_str()).or_default() += 1;
        let total: u64 = given.values().sum();
        for p in &parties {
            let g = given.get(p.as_str()).copied().unwrap_or(0);
            balances
                .get_mut(p)
                .expect("every party has a series")
                .push(BalancePoint {
                    time: truce_core::record::format_time(*time),
                    given: g,
                    received: total - g,
                });
        }
    }
    Reciprocity { links, balances }
}

/// A deadline that is open (or passed without the step it waits for).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OpenDeadline {
    /// What it is for.
    pub what: String,
    /// The incident or benchmark it concerns.
    pub subject: String,
    /// Who must act.
    pub who: String,
    /// When it falls due (RFC 3339 or a date).
    pub due: String,
    /// Whether it has passed at `now`.
    pub overdue: bool,
}

/// Open deadlines at `now`: reply windows, verification due dates, benchmark deadlines.
pub fn open_deadlines(state: &State, now: Timestamp) -> Vec<OpenDeadline> {
    let mut out = Vec::new();
    let Some(agreement) = &state.agreement else {
        return out;
    };
    // Record times are written in one fixed-width form, so they compare as strings.
    let now_text = truce_core::record::format_time(now);
    // With the indexes current, only incidents open now or that left the open set after `now`
    // can have an open deadline at `now`; otherwise look at every incident.
    let candidates: Vec<&crate::state::Incident> = if state.indexed() {
        let mut ids: std::collections::BTreeSet<u64> = state.index.open.iter().copied().collect();
        ids.extend(
            state
                .index
                .left_open
                .range((now_text.clone(), u64::MAX)..)
                .map(|(_, i)| *i),
        );
        ids.iter().filter_map(|i| state.incidents.get(i)).collect()
    } else {
        state.incidents.values().collect()
    };
    for inc in candidates {
        // The incident as it stood at `now`: its last step by then (none if reported later).
        let Some(last) = inc.history.iter().rev().find(|s| s.time <= now_text) else {
            continue;
        };
        let replied = inc
            .reply
            .as_ref()
            .is_some_and(|(index, _)| *index <= last.index);
        match last.status {
            Status::ReplyWindow if !replied => {
                if let (Some(due), Some(accused)) = (&inc.reply_deadline, &inc.report.accused) {
                    let overdue = t(due) < now;
                    out.push(OpenDeadline {
                        what: if overdue {
                            "reply window closed without reply; finding due".into()
                        } else {
                            "reply window".into()
                        },
                        subject: format!("incident {}", inc.index),
                        who: if overdue {
                            facilitators(agreement)
                        } else {
                            accused.clone()
                        },
                        due: due.clone(),
                        overdue,
                    });
                }
            }
            Status::ReplyWindow => out.push(OpenDeadline {
                what: "finding due (reply received)".into(),
                subject: format!("incident {}", inc.index),
                who: facilitators(agreement),
                due: inc.reply_deadline.clone().unwrap_or_default(),
                overdue: false,
            }),
            Status::UnderVerification => {
                if let Some(due) = &inc.verification_due {
                    out.push(OpenDeadline {
                        what: "verification report".into(),
                        subject: format!("incident {}", inc.index),
                        who: inc.team.join("+"),
                        due: due.clone(),
                        overdue: deadline_end(due) < now,
                    });
                }
            }
            Status::Reported => out.push(OpenDeadline {
                what: "triage".into(),
                subject: format!("incident {}", inc.index),
                who: facilitators(agreement),
                due: inc.reported_at.clone(),
                overdue: false,
            }),
            _ => {}
        }
    }
    for row in benchmark_board(state, now) {
        if matches!(
            row.status,
            BenchmarkStatus::OnTrack | BenchmarkStatus::AtRisk | BenchmarkStatus::Overdue
        ) {
            out.push(OpenDeadline {
                what: format!("benchmark ({})", row.status.as_str()),
                subject: format!("benchmark {}", row.id),
                who: row.party.clone(),
                due: row.deadline.clone(),
                overdue: row.status == BenchmarkStatus::Overdue,
            });
        }
    }
    out
}

fn facilitators(a: &Agreement) -> String {
    a.with_role(Role::Facilitator)
        .map(|p| p.id.as_str())
        .collect::<Vec<_>>()
        .join("+")
}
