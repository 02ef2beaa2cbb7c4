//! Read-only views of the mechanism: status, incidents, findings, benchmarks, reciprocity, the
//! ladder and the periodic report. They rebuild the state from the log (no log key needed, so a
//! party's mirror node can run them too) and print it for people, or as JSON.

use jiff::Timestamp;
use jiff::civil::Date;
use serde::Serialize;
use truce_engine::State;
use truce_engine::bodies::Classification;
use truce_engine::compliance::{self, BenchmarkStatus};
use truce_engine::report::period_report;

use crate::cli::{Global, ViewArgs};
use crate::failure::{CliResult, Failure};
use crate::{progress, store};

/// The state at the head of the log.
fn load(g: &Global) -> CliResult<State> {
    let store = store::open(g, false)?;
    let head = store
        .head()
        .map_err(store::store_failure)?
        .ok_or(truce_node::NodeError::NotInitialised)?;
    let bar = progress::bar("reading the log");
    let (_, state) = truce_node::node::replay(&*store, head.size, progress::updater(&bar))?;
    bar.finish_and_clear();
    Ok(state)
}

fn at(v: &ViewArgs) -> CliResult<Timestamp> {
    match &v.at {
        Some(t) => truce_core::record::parse_time(t).map_err(|e| {
            Failure::new(e.to_string()).help("write the time like 2026-01-31T12:00:00Z")
        }),
        None => Ok(Timestamp::now()),
    }
}

fn json_wanted(v: &ViewArgs) -> CliResult<bool> {
    match v.format.as_str() {
        "human" => Ok(false),
        "json" => Ok(true),
        other => Err(Failure::new(format!("unknown format \"{other}\""))
            .help("use --format human or --format json")),
    }
}

fn print_json<T: Serialize>(value: &T) {
    println!(
        "{}",
        serde_json::to_string_pretty(value).expect("views serialise")
    );
}

fn illustrative_banner(state: &State) {
    if state
        .agreement
        .as_ref()
        .is_some_and(|a| a.agreement.illustrative)
    {
        println!("ILLUSTRATIVE EXAMPLE DATA — not a real agreement or real incidents.\n");
    }
}

#[derive(Serialize)]
struct StatusView {
    at: String,
    log_size: u64,
    state_digest: String,
    incidents_by_status: std::collections::BTreeMap<String, u64>,
    deadlines: Vec<compliance::OpenDeadline>,
    triage: compliance::TriageQueue,
    ladder: Vec<compliance::LadderPosition>,
    benchmarks: Vec<compliance::BenchmarkRow>,
    reciprocity: compliance::Reciprocity,
}

pub(crate) fn status(g: &Global, v: &ViewArgs) -> CliResult<()> {
    let json = json_wanted(v)?;
    let now = at(v)?;
    let state = load(g)?;
    let by_status = compliance::incidents_by_status(&state)
        .into_iter()
        .map(|(s, n)| (s.as_str().to_string(), n))
        .collect();
    let view = StatusView {
        at: truce_core::record::format_time(now),
        log_size: state.size,
        state_digest: state.digest(),
        incidents_by_status: by_status,
        deadlines: compliance::open_deadlines(&state, now),
        triage: compliance::triage_queue(&state, now),
        ladder: compliance::ladder(&state, now),
        benchmarks: compliance::benchmark_board(&state, now),
        reciprocity: compliance::reciprocity(&state, now),
    };
    if json {
        print_json(&view);
        return Ok(());
    }
    illustrative_banner(&state);
    let title = state
        .agreement
        .as_ref()
        .map(|a| a.agreement.title.as_str())
        .unwrap_or("");
    println!("{title}");
    println!(
        "As at {} — {} records in the log, state digest {}\n",
        view.at, view.log_size, view.state_digest
    );
    println!("Incidents:");
    if view.incidents_by_status.is_empty() {
        println!("  none reported");
    }
    for (s, n) in &view.incidents_by_status {
        println!("  {n:>4}  {s}");
    }
    println!("\nOpen deadlines:");
    if let Some((first, reported)) = &view.triage.first {
        println!(
            "  {} incident(s) awaiting triage by {}; the first, incident {first}, reported {reported}",
            view.triage.waiting, view.triage.who
        );
    }
    if view.deadlines.is_empty() && view.triage.waiting == 0 {
        println!("  none");
    }
    for d in &view.deadlines {
        let flag = if d.overdue { "  OVERDUE" } else { "" };
        println!(
            "  {:<14} {:<45} {:<10} due {}{flag}",
            d.subject, d.what, d.who, d.due
        );
    }
    print_ladder(&view.ladder);
    print_benchmarks(&view.benchmarks);
    print_reciprocity(&view.reciprocity);
    Ok(())
}

fn print_ladder(ladder: &[compliance::LadderPosition]) {
    println!("\nResponse ladder:");
    for l in ladder {
        if l.step == 0 {
            println!(
                "  {:<6} no step ({} confirmed breach(es) in all)",
                l.party, l.confirmed_breaches
            );
        } else {
            let because: Vec<String> = l.because.iter().map(|i| format!("finding {i}")).collect();
            println!(
                "  {:<6} step {} — {}: {}",
                l.party, l.step, l.name, l.action
            );
            println!("         because {} ({})", because.join(", "), l.rule);
            // The explanation names only the findings the rule needs; say how many more the
            // window holds so nobody reads the list as the whole record.
            if l.in_window > l.because.len() as u64 {
                println!(
                    "         (the latest {} of {} confirmed breaches inside the rule's window)",
                    l.because.len(),
                    l.in_window
                );
            }
        }
    }
}

fn print_benchmarks(rows: &[compliance::BenchmarkRow]) {
    println!("\nBenchmarks:");
    for b in rows {
        let status = match b.days_late {
            Some(d) => format!("{} ({d} day(s) late)", b.status.as_str()),
            None => b.status.as_str().to_string(),
        };
        let mark = match b.status {
            BenchmarkStatus::Met => "✓",
            BenchmarkStatus::OnTrack => "·",
            BenchmarkStatus::AtRisk => "!",
            BenchmarkStatus::Overdue | BenchmarkStatus::Missed => "✗",
        };
        println!(
            "  {mark} {:<4} {:<4} {:<24} due {}  {}",
            b.id, b.party, status, b.deadline, b.because
        );
        println!("         {} → {}", b.metric, b.target);
    }
}

fn print_reciprocity(r: &compliance::Reciprocity) {
    println!("\nReciprocity:");
    for x in &r.links {
        let offered = x.offered.map_or("not yet offered".to_string(), |i| {
            format!("offered in record {i}")
        });
        let delivered = x.delivered.map_or("not delivered".to_string(), |i| {
            format!("delivered in record {i}")
        });
        let other = x.in_return_status.map_or("?", |s| s.as_str());
        println!(
            "  {:<4} {} offers: {} ({offered}; {delivered})",
            x.id, x.offer_by, x.offer
        );
        println!(
            "       in return for {}'s benchmark {} ({other})",
            x.in_return_by, x.in_return_for
        );
    }
    println!("  Balance (given / received: offers delivered and benchmarks met):");
    for (party, series) in &r.balances {
        let (g, rcv) = series.last().map_or((0, 0), |p| (p.given, p.received));
        println!("    {party:<6} given {g}, received {rcv}");
    }
}

pub(crate) fn incident_list(g: &Global, v: &ViewArgs, public: bool) -> CliResult<()> {
    let json = json_wanted(v)?;
    let state = load(g)?;
    if json {
        if public {
            let shown: Vec<_> = state
                .incidents
                .values()
                .map(|i| truce_engine::public::incident(&state, i))
                .collect();
            print_json(&shown);
        } else {
            print_json(&state.incidents.values().collect::<Vec<_>>());
        }
        return Ok(());
    }
    illustrative_banner(&state);
    println!(
        "{:>6}  {:<19} {:<20} {:<8} {:<8} what",
        "number", "status", "reported", "by", "accused"
    );
    for i in state.incidents.values() {
        if public && !i.is_public() {
            println!(
                "{:>6}  {:<19} {:<20} {:<8} {:<8} withheld ({})",
                i.index,
                i.status.as_str(),
                i.reported_at,
                "-",
                "-",
                classification(i.report.classification)
            );
            continue;
        }
        println!(
            "{:>6}  {:<19} {:<20} {:<8} {:<8} {} at {}",
            i.index,
            i.status.as_str(),
            i.reported_at,
            i.reporter,
            i.report.accused.as_deref().unwrap_or("-"),
            i.report.sub_event_type,
            i.report.location.name
        );
    }
    Ok(())
}

fn classification(c: Classification) -> &'static str {
    match c {
        Classification::Public => "public",
        Classification::Restricted => "restricted",
        Classification::Confidential => "confidential",
    }
}

fn print_evidence(e: &truce_engine::public::PublicEvidence<'_>) {
    match (e.withheld, e.media_type) {
        (false, Some(media_type)) => println!(
            "  evidence {}: {media_type} sha256 {} ({})",
            e.index,
            e.sha256,
            e.description.unwrap_or("")
        ),
        _ => println!(
            "  evidence {}: sha256 {} ({}, withheld)",
            e.index,
            e.sha256,
            classification(e.classification)
        ),
    }
}

pub(crate) fn incident_show(g: &Global, number: u64, v: &ViewArgs, public: bool) -> CliResult<()> {
    let json = json_wanted(v)?;
    let now = at(v)?;
    let state = load(g)?;
    let i = state.incidents.get(&number).ok_or_else(|| {
        Failure::new(format!("there is no incident {number}")).help(
            "incidents are numbered by the log index of their report; see 'truce incident list'",
        )
    })?;
    let shown = public.then(|| truce_engine::public::incident(&state, i));
    if json {
        match &shown {
            Some(p) => print_json(p),
            None => print_json(i),
        }
        return Ok(());
    }
    illustrative_banner(&state);
    if let Some(p) = shown.as_ref().filter(|p| p.withheld) {
        println!("Incident {} — {}", p.index, p.status.as_str());
        println!(
            "  reported at {}; {}: its content is withheld from public views",
            p.reported_at,
            classification(p.classification)
        );
        if let Some(f) = p.finding {
            println!("  finding {f} (see 'truce finding show {f} --public')");
        }
        p.evidence.iter().for_each(print_evidence);
        return Ok(());
    }
    let r = &i.report;
    println!("Incident {} — {}", i.index, i.status.as_str());
    println!(
        "  {} / {} on {} (time precision {})",
        r.event_type, r.sub_event_type, r.date, r.time_precision
    );
    println!(
        "  at {}, {}, {} ({}, {}; geo precision {})",
        r.location.name,
        r.location.admin1,
        r.location.country,
        r.location.latitude,
        r.location.longitude,
        r.location.geo_precision
    );
    println!(
        "  reported by {} at {}; accused: {}",
        i.reporter,
        i.reported_at,
        r.accused.as_deref().unwrap_or("no party")
    );
    println!(
        "  fatalities {}/{}/{} (low/best/high); concerns {}",
        r.fatalities.low,
        r.fatalities.best,
        r.fatalities.high,
        r.concerns.join(", ")
    );
    println!(
        "  source graded {}{}; classification {}",
        r.source.reliability,
        r.source.credibility,
        classification(r.classification)
    );
    println!("  {}", r.narrative);
    if !i.team.is_empty() {
        println!("  verification team: {}", i.team.join(", "));
    }
    if let Some(d) = &i.reply_deadline {
        let state_of_window = match (&i.reply, truce_core::record::parse_time(d).map(|t| t < now)) {
            (Some((idx, _)), _) => format!("replied in record {idx}"),
            (None, Ok(true)) => "closed with no reply".to_string(),
            _ => "open".to_string(),
        };
        println!("  reply window until {d}: {state_of_window}");
    }
    if let Some(f) = i.finding.and_then(|f| state.findings.get(&f)) {
        println!(
            "  finding {}: {:?} {}",
            f.index,
            f.finding.outcome,
            f.finding.attributed_to.as_deref().unwrap_or("")
        );
        for (party, idx, text) in &f.dissents {
            println!("    dissent by {party} (record {idx}): {text}");
        }
    }
    match &shown {
        Some(p) => p.evidence.iter().for_each(print_evidence),
        None => {
            for e in &i.evidence {
                if let Some(ev) = state.evidence.get(e) {
                    println!(
                        "  evidence {e}: {} sha256 {} ({}, {})",
                        ev.evidence.media_type,
                        ev.evidence.sha256,
                        classification(ev.evidence.classification),
                        ev.evidence.description
                    );
                }
            }
        }
    }
    println!("  history:");
    for s in &i.history {
        println!(
            "    {:>5}  {}  {:<20} by {:<8} → {}",
            s.index,
            s.time,
            s.kind,
            s.by,
            s.status.as_str()
        );
    }
    Ok(())
}

pub(crate) fn finding_show(g: &Global, number: u64, v: &ViewArgs, public: bool) -> CliResult<()> {
    let json = json_wanted(v)?;
    let state = load(g)?;
    let f = state.findings.get(&number).ok_or_else(|| {
        Failure::new(format!("record {number} is not a finding"))
            .help("see 'truce incident show N' for the finding of an incident")
    })?;
    // The participants' view is the public form with nothing withheld.
    let p = truce_engine::public::finding(&state, f);
    if json {
        if public {
            print_json(&p);
        } else {
            print_json(f);
        }
        return Ok(());
    }
    let withheld = public && p.withheld;
    illustrative_banner(&state);
    println!(
        "Finding {} on incident {} — {:?}",
        f.index, f.finding.incident, f.finding.outcome
    );
    println!("  signed by {} at {}", f.signed_by.join(", "), f.time);
    if let Some(p) = &f.finding.attributed_to {
        println!(
            "  attributed to {p}; clauses {}",
            f.finding.clauses.join(", ")
        );
    }
    if withheld {
        println!("  reasons withheld: the incident is not public");
    } else {
        println!("  {}", f.finding.summary);
    }
    for (party, idx, text) in &f.dissents {
        if withheld {
            println!("  dissent by {party} (record {idx}), text withheld");
        } else {
            println!("  dissent by {party} (record {idx}): {text}");
        }
    }
    Ok(())
}

pub(crate) fn benchmarks(g: &Global, v: &ViewArgs) -> CliResult<()> {
    let json = json_wanted(v)?;
    let now = at(v)?;
    let state = load(g)?;
    let rows = compliance::benchmark_board(&state, now);
    if json {
        print_json(&rows);
    } else {
        illustrative_banner(&state);
        print_benchmarks(&rows);
    }
    Ok(())
}

pub(crate) fn reciprocity(g: &Global, v: &ViewArgs) -> CliResult<()> {
    let json = json_wanted(v)?;
    let now = at(v)?;
    let state = load(g)?;
    let r = compliance::reciprocity(&state, now);
    if json {
        print_json(&r);
    } else {
        illustrative_banner(&state);
        print_reciprocity(&r);
    }
    Ok(())
}

pub(crate) fn ladder(g: &Global, v: &ViewArgs) -> CliResult<()> {
    let json = json_wanted(v)?;
    let now = at(v)?;
    let state = load(g)?;
    let l = compliance::ladder(&state, now);
    if json {
        print_json(&l);
    } else {
        illustrative_banner(&state);
        print_ladder(&l);
    }
    Ok(())
}

pub(crate) fn report(g: &Global, from: &str, to: &str, format: &str) -> CliResult<()> {
    let date = |s: &str, flag: &str| {
        s.parse::<Date>().map_err(|_| {
            Failure::new(format!("{flag} \"{s}\" is not a date"))
                .help("write dates like 2026-01-31")
        })
    };
    let (from, to) = (date(from, "--from")?, date(to, "--to")?);
    if to < from {
        return Err(Failure::new("--to is before --from")
            .help("give the first day with --from and the last day with --to"));
    }
    let state = load(g)?;
    let report = period_report(&state, from, to);
    match format {
        "markdown" => print!("{}", report.to_markdown()),
        "json" => print_json(&report),
        other => {
            return Err(Failure::new(format!("unknown format \"{other}\""))
                .help("use --format markdown or --format json"));
        }
    }
    Ok(())
}
