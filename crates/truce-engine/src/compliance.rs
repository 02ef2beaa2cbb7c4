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
    /// Days left to the deadline day (0 on it, negative once it has passed: -1 the day after).
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
            // Calendar days to the deadline day: rounded down, so the day after the deadline
            // is -1 from its first second (truncation would call it 0 for a whole day).
            let days_left = end.duration_since(now).as_secs().div_euclid(86_400);
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

/// A ladder rule that holds for a party at `now`, with the findings that make it hold.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RuleMet {
    /// The step the rule leads to.
    pub step: u32,
    /// The rule, in words.
    pub rule: String,
    /// The confirmed findings that make the rule hold: the rule's `n` most recent inside its
    /// window, oldest first. Bounded by the rule, however many findings the window holds.
    pub because: Vec<u64>,
    /// How many confirmed findings the rule's window holds in all (at least `n`).
    pub in_window: u64,
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
    /// The confirmed findings (log indices) that put the party on this step: those of the rule
    /// that applied (see [`RuleMet::because`]).
    pub because: Vec<u64>,
    /// The rule that applied, in words.
    pub rule: String,
    /// Confirmed findings inside that rule's window, in all (0 with no step).
    pub in_window: u64,
    /// Every rule that holds, in the agreement's order: the lower steps the party has also
    /// reached, each with its own explanation.
    pub rules_met: Vec<RuleMet>,
    /// Confirmed breaches attributed to the party, ever.
    pub confirmed_breaches: u64,
}

fn rule_text(rule: &truce_core::agreement::LadderRule) -> String {
    let clause = if rule.clause == "*" {
        "any clause".to_string()
    } else {
        format!("clause {}", rule.clause)
    };
    format!(
        "{} confirmed breach(es) of {clause} within {} days lead to step {}",
        rule.breaches, rule.window_days, rule.step
    )
}

/// The response ladder for every party at `now`: for each rule "n confirmed breaches of a
/// clause within d days → step k", the party is on step k while n of its confirmed findings on
/// that clause fall within the last d days (a finding counts while it is less than d days old).
/// Findings are ordered by (time, log index).
pub fn ladder(state: &State, now: Timestamp) -> Vec<LadderPosition> {
    let Some(agreement) = &state.agreement else {
        return Vec::new();
    };
    let indexed = state.indexed();
    agreement
        .with_role(Role::Party)
        .map(|party| {
            // From the per-(party, clause) index when it is current: two binary searches per
            // rule. A state read back from JSON has no index and scans every finding.
            let (rules_met, confirmed_breaches) = if indexed {
                ladder_indexed(state, agreement, &party.id, now)
            } else {
                ladder_scan(state, agreement, &party.id, now)
            };
            // The highest step wins; between rules leading to the same step, the first.
            let top = rules_met
                .iter()
                .fold(None::<&RuleMet>, |best, r| match best {
                    Some(b) if b.step >= r.step => Some(b),
                    _ => Some(r),
                })
                .cloned();
            let step = top
                .as_ref()
                .and_then(|r| agreement.ladder.iter().find(|s| s.step == r.step));
            LadderPosition {
                party: party.id.clone(),
                step: top.as_ref().map_or(0, |r| r.step),
                name: step
                    .map(|s| s.name.clone())
                    .unwrap_or_else(|| "none".into()),
                action: step.map(|s| s.action.clone()).unwrap_or_default(),
                because: top.as_ref().map(|r| r.because.clone()).unwrap_or_default(),
                rule: top
                    .as_ref()
                    .map_or_else(|| "no rule applies".to_string(), |r| r.rule.clone()),
                in_window: top.as_ref().map_or(0, |r| r.in_window),
                rules_met,
                confirmed_breaches,
            }
        })
        .collect()
}

/// The rules met and the total, from the derived index.
fn ladder_indexed(
    state: &State,
    agreement: &Agreement,
    party: &str,
    now: Timestamp,
) -> (Vec<RuleMet>, u64) {
    let Some(lists) = state.index.confirmed.get(party) else {
        return (Vec::new(), 0);
    };
    let now_s = now.as_second();
    let upto = |list: &[(i64, u64)], s: i64| list.partition_point(|(t, _)| *t <= s);
    let mut met = Vec::new();
    for rule in &agreement.ladder_rules {
        let list: &[(i64, u64)] = if rule.clause == "*" {
            &lists.all
        } else {
            lists
                .by_clause
                .get(&rule.clause)
                .map(Vec::as_slice)
                .unwrap_or_default()
        };
        let since = now_s - i64::from(rule.window_days) * 86_400;
        let (lo, hi) = (upto(list, since), upto(list, now_s));
        let in_window = hi.saturating_sub(lo);
        let n = rule.breaches as usize;
        if in_window >= n {
            met.push(RuleMet {
                step: rule.step,
                rule: rule_text(rule),
                because: list[hi - n..hi].iter().map(|(_, i)| *i).collect(),
                in_window: in_window as u64,
            });
        }
    }
    (met, upto(&lists.all, now_s) as u64)
}

/// The rules met and the total, by a scan of every finding (the reference the index is
/// checked against).
fn ladder_scan(
    state: &State,
    agreement: &Agreement,
    party: &str,
    now: Timestamp,
) -> (Vec<RuleMet>, u64) {
    let mut confirmed: Vec<(Timestamp, u64, &Vec<String>)> = state
        .findings
        .iter()
        .filter(|(_, f)| {
            f.finding.outcome == Outcome::Confirmed
                && f.finding.attributed_to.as_deref() == Some(party)
        })
        .map(|(i, f)| (t(&f.time), *i, &f.finding.clauses))
        .filter(|(time, _, _)| *time <= now)
        .collect();
    confirmed.sort_by_key(|(time, i, _)| (*time, *i));
    let mut met = Vec::new();
    for rule in &agreement.ladder_rules {
        let since = now - SignedDuration::from_hours(i64::from(rule.window_days) * 24);
        let hits: Vec<u64> = confirmed
            .iter()
            .filter(|(time, _, clauses)| {
                *time > since && (rule.clause == "*" || clauses.contains(&rule.clause))
            })
            .map(|(_, i, _)| *i)
            .collect();
        let n = rule.breaches as usize;
        if hits.len() >= n {
            met.push(RuleMet {
                step: rule.step,
                rule: rule_text(rule),
                because: hits[hits.len() - n..].to_vec(),
                in_window: hits.len() as u64,
            });
        }
    }
    (met, confirmed.len() as u64)
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

/// How many incidents are in each status now (statuses with none are left out).
pub fn incidents_by_status(state: &State) -> BTreeMap<Status, u64> {
    if state.indexed() {
        return state
            .index
            .by_status
            .iter()
            .filter(|(_, n)| **n > 0)
            .map(|(s, n)| (*s, *n))
            .collect();
    }
    let mut out = BTreeMap::new();
    for inc in state.incidents.values() {
        *out.entry(inc.status).or_default() += 1;
    }
    out
}

/// The incidents waiting for triage at `now`: how many, and the first of them in log order.
/// Triage has no deadline in an agreement, so the queue is counted rather than listed: after a
/// surge of reports it can hold a great many.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TriageQueue {
    /// Incidents reported and not yet triaged.
    pub waiting: u64,
    /// The first of them in log order: (incident, when it was reported).
    pub first: Option<(u64, String)>,
    /// Who triages (the facilitators).
    pub who: String,
}

/// The triage queue at `now`.
pub fn triage_queue(state: &State, now: Timestamp) -> TriageQueue {
    let who = state
        .agreement
        .as_ref()
        .map(facilitators)
        .unwrap_or_default();
    let now_text = truce_core::record::format_time(now);
    if state.indexed() && now_text >= state.index.latest_time {
        // Every record is at or before `now`: the queue is as the indexes hold it.
        let first = state.index.awaiting_triage.first().and_then(|i| {
            state
                .incidents
                .get(i)
                .map(|inc| (*i, inc.reported_at.clone()))
        });
        return TriageQueue {
            waiting: state.index.awaiting_triage.len() as u64,
            first,
            who,
        };
    }
    let mut queue = TriageQueue {
        waiting: 0,
        first: None,
        who,
    };
    for inc in state.incidents.values() {
        if step_at(inc, &now_text).is_some_and(|s| s.status == Status::Reported) {
            queue.waiting += 1;
            if queue.first.is_none() {
                queue.first = Some((inc.index, inc.reported_at.clone()));
            }
        }
    }
    queue
}

/// The incident as it stood at `now_text` (a record time): its last step by then, none if it
/// was reported later.
fn step_at<'a>(inc: &'a crate::state::Incident, now_text: &str) -> Option<&'a crate::state::Step> {
    inc.history
        .iter()
        .rev()
        .find(|s| s.time.as_str() <= now_text)
}

/// Open deadlines at `now`: reply windows, verification due dates, benchmark deadlines (the
/// triage queue is counted apart, by [`triage_queue`]).
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
        let Some(last) = step_at(inc, &now_text) else {
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
