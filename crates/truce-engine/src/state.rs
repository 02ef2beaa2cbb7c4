//! The mechanism's state and the fold that builds it, one accepted record at a time.
//!
//! `State::apply` checks a record against the rules and the state so far, and changes the state
//! only when the record is accepted: a refused record leaves it exactly as it was. There is no
//! clock here: deadlines are computed from record times, and "now" is an input to the queries.

use std::collections::BTreeMap;

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use truce_core::agreement::Agreement;
use truce_core::jcs_stream::{self, decimal_key_order};
use truce_core::kinds::{Kind, Role};
use truce_core::record::format_time;

use crate::EngineError;
use crate::bodies::{self, Classification, IncidentReport, Outcome, TriageDecision};

/// Where an incident stands in the verification workflow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Reported, waiting for triage.
    Reported,
    /// Admissible, waiting for a verification team.
    Triaged,
    /// A team is verifying.
    UnderVerification,
    /// The team has reported; the accused party may reply.
    ReplyWindow,
    /// The facilitators have issued a finding that calls for no response.
    Finding,
    /// A confirmed violation: the response ladder applies.
    Response,
    /// Closed after a finding.
    Closed,
    /// Folded into another incident at triage.
    Duplicate,
    /// Rejected at triage.
    Rejected,
}

struct HashWriter(Sha256);

impl std::io::Write for HashWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Status {
    /// The status's name as shown to people.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Reported => "reported",
            Status::Triaged => "triaged",
            Status::UnderVerification => "under verification",
            Status::ReplyWindow => "reply window",
            Status::Finding => "finding",
            Status::Response => "response",
            Status::Closed => "closed",
            Status::Duplicate => "duplicate",
            Status::Rejected => "rejected",
        }
    }

    /// The records that may move an incident on from this status.
    pub fn next_steps(self) -> &'static [&'static str] {
        match self {
            Status::Reported => &[
                "incident.triage (admissible, duplicate or rejected)",
                "evidence.submit",
            ],
            Status::Triaged => &["verification.assign", "evidence.submit"],
            Status::UnderVerification => &["verification.report", "evidence.submit"],
            Status::ReplyWindow => &[
                "incident.reply (by the accused party, within the window)",
                "finding (once the reply is in or the window has closed)",
                "evidence.submit",
            ],
            Status::Finding | Status::Response => {
                &["finding.dissent (by a party)", "incident.close"]
            }
            // A party may still attach its dissent to the finding of a closed incident.
            Status::Closed => &["finding.dissent (by a party)"],
            Status::Duplicate | Status::Rejected => &[],
        }
    }
}

/// One step in an incident's history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// Who signed it (participant ids joined by '+').
    pub by: String,
    /// Log index of the record.
    pub index: u64,
    /// The kind of record.
    pub kind: String,
    /// The status after it.
    pub status: Status,
    /// Record time.
    pub time: String,
}

/// An incident and everything recorded about it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Incident {
    /// For a duplicate: the incident it duplicates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<u64>,
    /// Log indices of evidence records.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<u64>,
    /// Log index of the finding.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub finding: Option<u64>,
    /// Every step, in log order.
    pub history: Vec<Step>,
    /// Log index of the report (the incident's number).
    pub index: u64,
    /// True when the finding was made with the window closed and no reply.
    pub no_reply: bool,
    /// Log indices of observations about it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub observations: Vec<u64>,
    /// The accused party's reply: (log index, text).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply: Option<(u64, String)>,
    /// When the reply window closes (RFC 3339), once it is open.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply_deadline: Option<String>,
    /// The report.
    pub report: IncidentReport,
    /// When it was reported (record time).
    pub reported_at: String,
    /// Who reported it.
    pub reporter: String,
    /// Current status.
    pub status: Status,
    /// The verification team.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub team: Vec<String>,
    /// The date the team should report by.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verification_due: Option<String>,
}

/// A finding and the dissents attached to it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FindingRecord {
    /// Dissents by party: (party, log index, text). Never overwritten.
    pub dissents: Vec<(String, u64, String)>,
    /// The finding.
    pub finding: bodies::Finding,
    /// Log index of the finding.
    pub index: u64,
    /// Who signed it.
    pub signed_by: Vec<String>,
    /// Record time.
    pub time: String,
}

/// A piece of evidence and its chain of custody.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EvidenceRecord {
    /// Later custody steps: (log index, step).
    pub custody: Vec<(u64, bodies::CustodyStep)>,
    /// The submission.
    pub evidence: bodies::EvidenceSubmit,
    /// Log index of the submission.
    pub index: u64,
    /// Who submitted it.
    pub submitted_by: String,
}

/// A dated entry of a benchmark's or reciprocity link's record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dated<T> {
    /// Who signed it.
    pub by: String,
    /// Log index.
    pub index: u64,
    /// Record time.
    pub time: String,
    /// What it says.
    pub what: T,
}

/// Progress reports and assessments of one benchmark.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct BenchmarkRecord {
    /// Progress reports by the responsible party.
    pub progress: Vec<Dated<String>>,
    /// Assessments by the verifiers.
    pub assessments: Vec<Dated<(bodies::Assessed, String)>>,
}

/// Offers and deliveries of one reciprocity link.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct ReciprocityRecord {
    /// Announcements of the offer.
    pub offers: Vec<Dated<String>>,
    /// Deliveries.
    pub deliveries: Vec<Dated<String>>,
}

/// The whole state of the mechanism: a pure function of the log.
///
/// Fields are declared in RFC 8785 key order and the large maps serialise in it too
/// (`decimal_key_order`), so the digest can stream the state's canonical JSON without
/// buffering it (see `truce_core::jcs_stream`). The records it holds most of (`Incident`,
/// `Step`, `FindingRecord`, `EvidenceRecord`, `Dated`) declare theirs in that order too, which
/// spares the writer reordering each of them; any other order would still digest the same.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct State {
    /// The agreement in force.
    pub agreement: Option<Agreement>,
    /// Log indices of amendments.
    pub amendments: Vec<u64>,
    /// Benchmarks by id.
    pub benchmarks: BTreeMap<String, BenchmarkRecord>,
    /// Evidence by log index.
    #[serde(serialize_with = "decimal_key_order")]
    pub evidence: BTreeMap<u64, EvidenceRecord>,
    /// Findings by log index.
    #[serde(serialize_with = "decimal_key_order")]
    pub findings: BTreeMap<u64, FindingRecord>,
    /// Incidents by log index.
    #[serde(serialize_with = "decimal_key_order")]
    pub incidents: BTreeMap<u64, Incident>,
    /// Intake leads by log index (their bodies as recorded).
    #[serde(serialize_with = "decimal_key_order")]
    pub leads: BTreeMap<u64, Map<String, Value>>,
    /// Observations not tied to an incident, by log index.
    #[serde(serialize_with = "decimal_key_order")]
    pub observations: BTreeMap<u64, String>,
    /// Reciprocity links by id.
    pub reciprocity: BTreeMap<String, ReciprocityRecord>,
    /// Records folded so far (the log size this state is for).
    pub size: u64,
    /// Indexes derived from the above for fast queries; not part of the state's meaning, so
    /// neither serialised nor digested nor compared.
    #[serde(skip)]
    pub(crate) index: Indexes,
}

/// Derived lookups kept up to date by `apply`. Valid only while `size` equals the state's size
/// (a state read back from JSON starts without them, and queries then scan everything).
#[derive(Clone, Debug, Default)]
pub(crate) struct Indexes {
    /// The state size these indexes describe.
    pub(crate) size: u64,
    /// Incidents in a status with a deadline (under verification, reply window).
    pub(crate) open: std::collections::BTreeSet<u64>,
    /// Incidents that left that set: (time they left, incident).
    pub(crate) left_open: std::collections::BTreeSet<(String, u64)>,
    /// Confirmed findings per party, all of them and per clause.
    pub(crate) confirmed: BTreeMap<String, PartyFindings>,
    /// How many incidents are in each status.
    pub(crate) by_status: BTreeMap<Status, u64>,
    /// Incidents waiting for triage (status reported), in log order.
    pub(crate) awaiting_triage: std::collections::BTreeSet<u64>,
    /// The latest record time seen (record times are the authors' claims, not in log order):
    /// views for a moment at or after it may read the indexes as they stand.
    pub(crate) latest_time: String,
}

/// A party's confirmed findings as (finding time in Unix seconds, finding index), each list
/// sorted, so that the findings inside any window, and how many there are, are found by binary
/// search instead of a walk over every finding (the ladder's rules are "n breaches within d days").
#[derive(Clone, Debug, Default)]
pub(crate) struct PartyFindings {
    /// Every confirmed finding attributed to the party (for "*" rules and the total).
    pub(crate) all: Vec<(i64, u64)>,
    /// The same, per clause the finding names (a finding naming two clauses is in both lists).
    pub(crate) by_clause: BTreeMap<String, Vec<(i64, u64)>>,
}

/// Inserts into a sorted list. Findings arrive in log order, and their times are the
/// facilitators' claims, nearly always non-decreasing: the insertion is then a push at the end.
/// A back-dated finding costs a shift of the later entries (a memmove), which stays cheap at the
/// sizes a mechanism reaches; a tree would make every lookup slower to make that case faster.
/// Inserting an entry already there does nothing (a finding may name a clause twice).
fn insert_sorted(list: &mut Vec<(i64, u64)>, entry: (i64, u64)) {
    let at = list.partition_point(|e| *e < entry);
    if list.get(at) != Some(&entry) {
        list.insert(at, entry);
    }
}

impl PartialEq for Indexes {
    fn eq(&self, _: &Self) -> bool {
        // Derived data: two states are equal when what they record is equal.
        true
    }
}

impl Status {
    /// Whether the incident waits on someone by a date: the verification team's report, or the
    /// accused party's reply and then the finding.
    pub fn has_deadline(self) -> bool {
        matches!(self, Status::UnderVerification | Status::ReplyWindow)
    }

    /// Whether the incident still waits for a step of the workflow.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            Status::Reported | Status::Triaged | Status::UnderVerification | Status::ReplyWindow
        )
    }
}

/// An accepted record as the engine sees it.
#[derive(Clone, Copy, Debug)]
pub struct Input<'a> {
    /// Its log index.
    pub index: u64,
    /// Its kind.
    pub kind: Kind,
    /// Its time.
    pub time: Timestamp,
    /// Its body.
    pub body: &'a Map<String, Value>,
    /// Participant ids of its signers (distinct, sorted).
    pub signers: &'a [String],
}

impl State {
    /// Applies one record whose signatures and signer roles were already checked (by
    /// `truce_core::authority`). On error the state is unchanged.
    pub fn apply(&mut self, input: Input<'_>) -> Result<(), EngineError> {
        if input.index != self.size {
            return Err(EngineError::OutOfOrder {
                expected: self.size,
                got: input.index,
            });
        }
        self.apply_kind(input)?;
        let indexed = self.index.size == self.size;
        self.size += 1;
        if indexed {
            self.update_index(input);
        }
        Ok(())
    }

    /// Whether the derived indexes describe this state.
    pub(crate) fn indexed(&self) -> bool {
        self.index.size == self.size
    }

    /// Brings the derived indexes up to date after `input` was applied.
    fn update_index(&mut self, input: Input<'_>) {
        self.index.size = self.size;
        let time = format_time(input.time);
        // Record times are written in one fixed-width form, so they compare as strings.
        if time > self.index.latest_time {
            self.index.latest_time.clone_from(&time);
        }
        let incident = match input.kind.as_str() {
            "incident.report" => Some(input.index),
            "finding.dissent" => None,
            "finding" => {
                if let Some(f) = self.findings.get(&input.index)
                    && f.finding.outcome == Outcome::Confirmed
                    && let Some(party) = &f.finding.attributed_to
                {
                    let entry = (input.time.as_second(), input.index);
                    let lists = self.index.confirmed.entry(party.clone()).or_default();
                    insert_sorted(&mut lists.all, entry);
                    for clause in &f.finding.clauses {
                        insert_sorted(lists.by_clause.entry(clause.clone()).or_default(), entry);
                    }
                }
                input.body.get("incident").and_then(Value::as_u64)
            }
            _ => input.body.get("incident").and_then(Value::as_u64),
        };
        if let Some(i) = incident
            && let Some(inc) = self.incidents.get(&i)
        {
            // A record that moved the incident added the last step of its history.
            if let [.., last] = inc.history.as_slice()
                && last.index == input.index
            {
                if let [.., before, _] = inc.history.as_slice()
                    && let Some(n) = self.index.by_status.get_mut(&before.status)
                {
                    *n -= 1;
                }
                *self.index.by_status.entry(last.status).or_default() += 1;
                if last.status == Status::Reported {
                    self.index.awaiting_triage.insert(i);
                } else {
                    self.index.awaiting_triage.remove(&i);
                }
            }
            if inc.status.has_deadline() {
                self.index.open.insert(i);
            } else if self.index.open.remove(&i) {
                self.index.left_open.insert((time, i));
            }
        }
    }

    /// The state's digest: SHA-256 of its RFC 8785 canonical JSON, base64. The same log gives the
    /// same digest on every node, store and mirror.
    pub fn digest(&self) -> String {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD.encode(self.digest_bytes())
    }

    /// The SHA-256 of the state's RFC 8785 JSON.
    fn digest_bytes(&self) -> [u8; 32] {
        // Stream the canonical JSON straight into the hash: no copy of the state as a JSON tree
        // or as bytes, which at a million incidents would cost gigabytes.
        let mut w = HashWriter(Sha256::new());
        if jcs_stream::to_writer(self, &mut w).is_ok() {
            return w.0.finalize().into();
        }
        // What the streaming writer cannot write exactly (it says so rather than guess), the
        // general canonicaliser can, more slowly.
        let mut w = HashWriter(Sha256::new());
        serde_json_canonicalizer::to_writer(self, &mut w).expect("the state serialises");
        w.0.finalize().into()
    }

    /// The agreement in force (after the genesis).
    pub fn agreement(&self) -> Result<&Agreement, EngineError> {
        self.agreement.as_ref().ok_or(EngineError::NoGenesis)
    }

    fn apply_kind(&mut self, input: Input<'_>) -> Result<(), EngineError> {
        let kind = input.kind.as_str();
        let by = input.signers.join("+");
        let time = format_time(input.time);
        match kind {
            "agreement.genesis" | "agreement.amend" => {
                let agreement =
                    Agreement::from_json(&Value::Object(input.body.clone())).map_err(|e| {
                        EngineError::Body {
                            kind: kind.into(),
                            problem: e.to_string(),
                        }
                    })?;
                if kind == "agreement.amend" {
                    self.amendments.push(input.index);
                }
                self.agreement = Some(agreement);
            }
            "incident.report" => {
                let report: IncidentReport = bodies::parse(kind, input.body)?;
                report.check()?;
                let agreement = self.agreement()?;
                for c in &report.concerns {
                    if !is_clause(agreement, c) {
                        return Err(EngineError::Refused(format!(
                            "the report concerns \"{c}\", which is not a commitment or red line of the agreement; known clauses: {}",
                            clause_list(agreement)
                        )));
                    }
                }
                if let Some(accused) = &report.accused {
                    expect_party(agreement, accused, "accused")?;
                }
                for lead in &report.leads {
                    if !self.leads.contains_key(lead) {
                        return Err(EngineError::Refused(format!(
                            "the report cites lead {lead}, which is not an intake lead in the log"
                        )));
                    }
                }
                let status = Status::Reported;
                self.incidents.insert(
                    input.index,
                    Incident {
                        index: input.index,
                        reporter: by.clone(),
                        reported_at: time.clone(),
                        report,
                        status,
                        history: vec![Step {
                            index: input.index,
                            time,
                            kind: kind.into(),
                            by,
                            status,
                        }],
                        duplicate_of: None,
                        team: Vec::new(),
                        verification_due: None,
                        reply_deadline: None,
                        reply: None,
                        no_reply: false,
                        finding: None,
                        evidence: Vec::new(),
                        observations: Vec::new(),
                    },
                );
            }
            "incident.triage" => {
                let t: bodies::Triage = bodies::parse(kind, input.body)?;
                self.incident_in(t.incident, kind, &[Status::Reported])?;
                let status = match t.decision {
                    TriageDecision::Admissible => Status::Triaged,
                    TriageDecision::Duplicate => {
                        let of = t.duplicate_of.ok_or_else(|| {
                            EngineError::Refused(
                                "a duplicate needs \"duplicate_of\": the incident it repeats"
                                    .into(),
                            )
                        })?;
                        if of == t.incident || !self.incidents.contains_key(&of) {
                            return Err(EngineError::Refused(format!(
                                "duplicate_of {of} is not another incident in the log"
                            )));
                        }
                        // Point at the original, so duplicates never form a cycle.
                        if let Some(original) = self.incidents[&of].duplicate_of {
                            return Err(EngineError::Refused(format!(
                                "incident {of} is itself a duplicate of incident {original}; name {original} as duplicate_of"
                            )));
                        }
                        Status::Duplicate
                    }
                    TriageDecision::Rejected => {
                        bodies::require_text(kind, "reason", &t.reason)?;
                        Status::Rejected
                    }
                };
                let inc = self.incidents.get_mut(&t.incident).expect("checked");
                inc.duplicate_of = t.duplicate_of.filter(|_| status == Status::Duplicate);
                inc.advance(input.index, &time, kind, &by, status);
            }
            "verification.assign" => {
                let a: bodies::Assign = bodies::parse(kind, input.body)?;
                if a.due.parse::<jiff::civil::Date>().is_err() {
                    return Err(EngineError::Body {
                        kind: kind.into(),
                        problem: format!("due \"{}\" is not a date like 2025-10-25", a.due),
                    });
                }
                let agreement = self.agreement()?;
                let incident = self.incident_in(a.incident, kind, &[Status::Triaged])?;
                check_team(agreement, incident, &a.team)?;
                let inc = self.incidents.get_mut(&a.incident).expect("checked");
                inc.team = a.team;
                inc.verification_due = Some(a.due);
                inc.advance(input.index, &time, kind, &by, Status::UnderVerification);
            }
            "verification.report" => {
                let r: bodies::VerificationReport = bodies::parse(kind, input.body)?;
                bodies::require_text(kind, "summary", &r.summary)?;
                let agreement = self.agreement()?;
                let incident = self.incident_in(r.incident, kind, &[Status::UnderVerification])?;
                let is_facilitator = input.signers.iter().any(|s| {
                    agreement
                        .participant(s)
                        .is_some_and(|p| p.role == Role::Facilitator)
                });
                if !is_facilitator && !input.signers.iter().any(|s| incident.team.contains(s)) {
                    return Err(EngineError::Refused(format!(
                        "only the verification team ({}) or a facilitator may report on incident {}",
                        incident.team.join(", "),
                        r.incident
                    )));
                }
                for e in &r.evidence {
                    if self
                        .evidence
                        .get(e)
                        .is_none_or(|ev| ev.evidence.incident != r.incident)
                    {
                        return Err(EngineError::Refused(format!(
                            "evidence {e} is not evidence of incident {}",
                            r.incident
                        )));
                    }
                }
                let hours = i64::from(agreement.deadlines.reply_hours);
                let deadline = input
                    .time
                    .checked_add(SignedDuration::from_hours(hours))
                    .map_err(|_| {
                        EngineError::Refused(format!(
                            "the reply window of incident {} would close after the last time the log can record",
                            r.incident
                        ))
                    })?;
                let inc = self.incidents.get_mut(&r.incident).expect("checked");
                inc.reply_deadline = Some(format_time(deadline));
                inc.advance(input.index, &time, kind, &by, Status::ReplyWindow);
            }
            "incident.reply" => {
                let r: bodies::Reply = bodies::parse(kind, input.body)?;
                bodies::require_text(kind, "text", &r.text)?;
                let incident = self.incident_in(r.incident, kind, &[Status::ReplyWindow])?;
                let accused = incident.report.accused.clone();
                if accused.as_deref() != Some(by.as_str()) {
                    return Err(EngineError::Refused(match accused {
                        Some(a) => format!(
                            "only the accused party ({a}) may reply on incident {}",
                            r.incident
                        ),
                        None => format!(
                            "incident {} accuses no party, so there is no reply to file",
                            r.incident
                        ),
                    }));
                }
                if incident.reply.is_some() {
                    return Err(EngineError::Refused(format!(
                        "{by} has already replied on incident {}; a reply is never overwritten",
                        r.incident
                    )));
                }
                let deadline = incident
                    .reply_deadline
                    .clone()
                    .expect("set when the window opened");
                if time > deadline {
                    return Err(EngineError::Refused(format!(
                        "the reply window of incident {} closed at {deadline}; silence past the window is recorded as no reply",
                        r.incident
                    )));
                }
                let inc = self.incidents.get_mut(&r.incident).expect("checked");
                inc.reply = Some((input.index, r.text));
                inc.advance(input.index, &time, kind, &by, Status::ReplyWindow);
            }
            "finding" => {
                let f: bodies::Finding = bodies::parse(kind, input.body)?;
                bodies::require_text(kind, "summary", &f.summary)?;
                let agreement = self.agreement()?;
                let incident = self.incident_in(f.incident, kind, &[Status::ReplyWindow])?;
                let window_open = incident.report.accused.is_some()
                    && incident.reply.is_none()
                    && incident
                        .reply_deadline
                        .as_deref()
                        .is_some_and(|d| time.as_str() <= d);
                if window_open {
                    return Err(EngineError::Refused(format!(
                        "the reply window of incident {} is open until {}; a finding can be made once the accused party replies or the window closes",
                        f.incident,
                        incident.reply_deadline.as_deref().unwrap_or("?")
                    )));
                }
                match f.outcome {
                    Outcome::Confirmed => {
                        let party = f.attributed_to.as_deref().ok_or_else(|| {
                            EngineError::Refused("a confirmed violation must be attributed to a party (\"attributed_to\")".into())
                        })?;
                        expect_party(agreement, party, "attributed_to")?;
                        if f.clauses.is_empty() {
                            return Err(EngineError::Refused("a confirmed violation must name the clauses breached (\"clauses\")".into()));
                        }
                    }
                    _ if f.attributed_to.is_some() => {
                        return Err(EngineError::Refused("only a confirmed violation is attributed to a party; remove \"attributed_to\"".into()));
                    }
                    _ => {}
                }
                for c in &f.clauses {
                    if !is_clause(agreement, c) {
                        return Err(EngineError::Refused(format!(
                            "clause \"{c}\" is not in the agreement; known clauses: {}",
                            clause_list(agreement)
                        )));
                    }
                }
                let no_reply = incident.report.accused.is_some() && incident.reply.is_none();
                let status = if f.outcome == Outcome::Confirmed {
                    Status::Response
                } else {
                    Status::Finding
                };
                let inc = self.incidents.get_mut(&f.incident).expect("checked");
                inc.no_reply = no_reply;
                inc.finding = Some(input.index);
                inc.advance(input.index, &time, kind, &by, status);
                self.findings.insert(
                    input.index,
                    FindingRecord {
                        index: input.index,
                        time,
                        signed_by: input.signers.to_vec(),
                        finding: f,
                        dissents: Vec::new(),
                    },
                );
            }
            "finding.dissent" => {
                let d: bodies::Dissent = bodies::parse(kind, input.body)?;
                bodies::require_text(kind, "text", &d.text)?;
                let finding = self.findings.get_mut(&d.finding).ok_or_else(|| {
                    EngineError::Refused(format!("{} is not a finding in the log", d.finding))
                })?;
                if finding.dissents.iter().any(|(p, _, _)| *p == by) {
                    return Err(EngineError::Refused(format!(
                        "{by} has already dissented from finding {}; a dissent is never overwritten",
                        d.finding
                    )));
                }
                finding.dissents.push((by.clone(), input.index, d.text));
                let incident = finding.finding.incident;
                let inc = self
                    .incidents
                    .get_mut(&incident)
                    .expect("a finding's incident exists");
                let status = inc.status;
                inc.advance(input.index, &time, kind, &by, status);
            }
            "incident.close" => {
                let c: bodies::Close = bodies::parse(kind, input.body)?;
                bodies::require_text(kind, "summary", &c.summary)?;
                self.incident_in(c.incident, kind, &[Status::Finding, Status::Response])?;
                let inc = self.incidents.get_mut(&c.incident).expect("checked");
                inc.advance(input.index, &time, kind, &by, Status::Closed);
            }
            "evidence.submit" => {
                let e: bodies::EvidenceSubmit = bodies::parse(kind, input.body)?;
                if e.sha256.len() != 64
                    || !e
                        .sha256
                        .chars()
                        .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c))
                {
                    return Err(EngineError::Body {
                        kind: kind.into(),
                        problem: "sha256 must be 64 lowercase hex digits".into(),
                    });
                }
                if e.custody.is_empty() {
                    return Err(EngineError::Body {
                        kind: kind.into(),
                        problem: "custody must record at least who collected the evidence".into(),
                    });
                }
                e.custody.iter().try_for_each(bodies::check_custody)?;
                bodies::require_text(kind, "media_type", &e.media_type)?;
                let open = [
                    Status::Reported,
                    Status::Triaged,
                    Status::UnderVerification,
                    Status::ReplyWindow,
                ];
                self.incident_in(e.incident, kind, &open)?;
                self.incidents
                    .get_mut(&e.incident)
                    .expect("checked")
                    .evidence
                    .push(input.index);
                self.evidence.insert(
                    input.index,
                    EvidenceRecord {
                        index: input.index,
                        submitted_by: by,
                        evidence: e,
                        custody: Vec::new(),
                    },
                );
            }
            "evidence.custody" => {
                let c: bodies::EvidenceCustody = bodies::parse(kind, input.body)?;
                bodies::check_custody(&c.step)?;
                let ev = self.evidence.get_mut(&c.evidence).ok_or_else(|| {
                    EngineError::Refused(format!("{} is not evidence in the log", c.evidence))
                })?;
                ev.custody.push((input.index, c.step));
            }
            "benchmark.progress" => {
                let p: bodies::Progress = bodies::parse(kind, input.body)?;
                bodies::require_text(kind, "summary", &p.summary)?;
                let agreement = self.agreement()?;
                let b = find_benchmark(agreement, &p.benchmark)?;
                if b.party != by {
                    return Err(EngineError::Refused(format!(
                        "benchmark {} is {}'s to report on; {by} may not report its progress",
                        b.id, b.party
                    )));
                }
                let entry = Dated {
                    index: input.index,
                    time,
                    by,
                    what: p.summary,
                };
                self.benchmarks
                    .entry(p.benchmark)
                    .or_default()
                    .progress
                    .push(entry);
            }
            "benchmark.assessment" => {
                let a: bodies::Assessment = bodies::parse(kind, input.body)?;
                bodies::require_text(kind, "summary", &a.summary)?;
                let agreement = self.agreement()?;
                let b = find_benchmark(agreement, &a.benchmark)?;
                let verifies = input.signers.iter().any(|s| b.verified_by.contains(s));
                if !verifies {
                    return Err(EngineError::Refused(format!(
                        "benchmark {} is verified by {}; {by} may not assess it",
                        b.id,
                        b.verified_by.join(", ")
                    )));
                }
                let entry = Dated {
                    index: input.index,
                    time,
                    by,
                    what: (a.outcome, a.summary),
                };
                self.benchmarks
                    .entry(a.benchmark)
                    .or_default()
                    .assessments
                    .push(entry);
            }
            "reciprocity.offer" | "reciprocity.delivery" => {
                let r: bodies::ReciprocityStep = bodies::parse(kind, input.body)?;
                bodies::require_text(kind, "summary", &r.summary)?;
                let agreement = self.agreement()?;
                let link = agreement
                    .reciprocity
                    .iter()
                    .find(|x| x.id == r.link)
                    .ok_or_else(|| {
                        let ids: Vec<&str> = agreement
                            .reciprocity
                            .iter()
                            .map(|x| x.id.as_str())
                            .collect();
                        EngineError::Refused(format!(
                            "\"{}\" is not a reciprocity link of the agreement; known links: {}",
                            r.link,
                            ids.join(", ")
                        ))
                    })?;
                if link.offer_by != by {
                    return Err(EngineError::Refused(format!(
                        "reciprocity link {} is {}'s offer; {by} may not record it",
                        link.id, link.offer_by
                    )));
                }
                let entry = Dated {
                    index: input.index,
                    time,
                    by,
                    what: r.summary,
                };
                let rec = self.reciprocity.entry(r.link).or_default();
                if kind == "reciprocity.offer" {
                    rec.offers.push(entry)
                } else {
                    rec.deliveries.push(entry)
                }
            }
            "observation" => {
                let o: bodies::Observation = bodies::parse(kind, input.body)?;
                bodies::require_text(kind, "summary", &o.summary)?;
                match o.incident {
                    Some(i) => {
                        let inc = self.incidents.get_mut(&i).ok_or_else(|| {
                            EngineError::Refused(format!("{i} is not an incident in the log"))
                        })?;
                        inc.observations.push(input.index);
                    }
                    None => {
                        self.observations.insert(input.index, o.summary);
                    }
                }
            }
            "intake.lead" => {
                let lead: bodies::Lead = bodies::parse(kind, input.body)?;
                lead.check()?;
                // Kept as recorded (the digest covers the author's body, not our reading of it).
                self.leads.insert(input.index, input.body.clone());
            }
            other => {
                return Err(EngineError::Refused(format!(
                    "the engine has no rules for \"{other}\" records"
                )));
            }
        }
        Ok(())
    }

    /// The incident `index`, which must be in one of `allowed` statuses for a `kind` record.
    fn incident_in(
        &self,
        index: u64,
        kind: &str,
        allowed: &[Status],
    ) -> Result<&Incident, EngineError> {
        let incident = self
            .incidents
            .get(&index)
            .ok_or_else(|| EngineError::Refused(format!("{index} is not an incident in the log (incidents are numbered by the log index of their report)")))?;
        if !allowed.contains(&incident.status) {
            let next = incident.status.next_steps();
            return Err(EngineError::Transition {
                incident: index,
                status: incident.status.as_str(),
                kind: kind.to_string(),
                allowed: if next.is_empty() {
                    "nothing: the incident is finished".into()
                } else {
                    next.join("; ")
                },
            });
        }
        Ok(incident)
    }
}

impl Incident {
    fn advance(&mut self, index: u64, time: &str, kind: &str, by: &str, status: Status) {
        self.status = status;
        self.history.push(Step {
            index,
            time: time.to_string(),
            kind: kind.to_string(),
            by: by.to_string(),
            status,
        });
    }

    /// Whether public views may show it.
    pub fn is_public(&self) -> bool {
        self.report.classification == Classification::Public
    }
}

fn is_clause(a: &Agreement, id: &str) -> bool {
    a.commitments.iter().any(|c| c.id == id) || a.red_lines.iter().any(|r| r.id == id)
}

fn clause_list(a: &Agreement) -> String {
    a.commitments
        .iter()
        .map(|c| c.id.as_str())
        .chain(a.red_lines.iter().map(|r| r.id.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn expect_party(a: &Agreement, id: &str, field: &str) -> Result<(), EngineError> {
    match a.participant(id) {
        Some(p) if p.role == Role::Party => Ok(()),
        _ => {
            let parties: Vec<&str> = a.with_role(Role::Party).map(|p| p.id.as_str()).collect();
            Err(EngineError::Refused(format!(
                "{field} \"{id}\" is not a party; the parties are {}",
                parties.join(", ")
            )))
        }
    }
}

fn find_benchmark<'a>(
    a: &'a Agreement,
    id: &str,
) -> Result<&'a truce_core::agreement::Benchmark, EngineError> {
    a.benchmarks.iter().find(|b| b.id == id).ok_or_else(|| {
        let ids: Vec<&str> = a.benchmarks.iter().map(|b| b.id.as_str()).collect();
        EngineError::Refused(format!(
            "\"{id}\" is not a benchmark of the agreement; known benchmarks: {}",
            ids.join(", ")
        ))
    })
}

/// Conflict of interest: a party never verifies an allegation against itself or by itself. A
/// team that answers to parties (a monitor with members) may verify an allegation involving one
/// of them only if it is joint: it answers to at least two parties, every involved party among
/// them.
fn check_team(a: &Agreement, incident: &Incident, team: &[String]) -> Result<(), EngineError> {
    if team.is_empty() {
        return Err(EngineError::Refused(
            "the verification team is empty; name at least one participant".into(),
        ));
    }
    let mut involved: Vec<&str> = incident.reporter.split('+').collect();
    if let Some(accused) = &incident.report.accused {
        involved.push(accused);
    }
    for member in team {
        let p = a.participant(member).ok_or_else(|| {
            EngineError::Refused(format!("team member \"{member}\" is not a participant"))
        })?;
        if p.role == Role::Party && involved.contains(&member.as_str()) {
            let why = if incident.report.accused.as_deref() == Some(member) {
                "against itself"
            } else {
                "by itself"
            };
            return Err(EngineError::Refused(format!(
                "conflict of interest: {member} may not verify incident {} because the allegation is {why}; assign a facilitator, a neutral monitor or a joint team",
                incident.index
            )));
        }
        // A team that answers to parties acts for them: unless it is joint (it answers to at
        // least two parties, every involved party among them), it may not verify an allegation
        // by or against a party it answers to.
        let answers_to: Vec<&str> = p
            .members
            .iter()
            .map(String::as_str)
            .filter(|m| a.participant(m).is_some_and(|q| q.role == Role::Party))
            .collect();
        let involved_parties: Vec<&str> = involved
            .iter()
            .copied()
            .filter(|m| a.participant(m).is_some_and(|q| q.role == Role::Party))
            .collect();
        let joint =
            answers_to.len() >= 2 && involved_parties.iter().all(|m| answers_to.contains(m));
        if let Some(party) = involved_parties.iter().find(|m| answers_to.contains(m))
            && !joint
        {
            return Err(EngineError::Refused(format!(
                "conflict of interest: {member} answers to {} and may not verify incident {}, which involves {party}; assign a facilitator, a neutral monitor or a joint team",
                answers_to.join(", "),
                incident.index
            )));
        }
    }
    Ok(())
}
