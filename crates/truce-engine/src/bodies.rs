//! The bodies of the mechanism's record kinds (version 1), and the checks on each that need no
//! state. Unknown fields are refused so a typo is an error, not silently ignored data.
//!
//! Numbers in records are integers only (see `truce_core::record`), so coordinates are decimal
//! strings such as "34.0151".

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::EngineError;

/// Classification of a record's content: who may see it in public views.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Classification {
    /// Shown in public views and exports.
    Public,
    /// Seen by the mechanism's participants only.
    Restricted,
    /// Seen by the facilitators only.
    Confidential,
}

/// Where an event happened.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Location {
    /// Place name, e.g. "Torkham".
    pub name: String,
    /// First-level administrative division (province).
    pub admin1: String,
    /// Second-level administrative division (district), if known.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub admin2: String,
    /// Country name.
    pub country: String,
    /// Latitude in decimal degrees, as a string (e.g. "34.0151").
    pub latitude: String,
    /// Longitude in decimal degrees, as a string (e.g. "71.0840").
    pub longitude: String,
    /// ACLED geo-precision: 1 exact place, 2 near the place, 3 only the region is known.
    pub geo_precision: u8,
}

/// An actor in an event (ACLED actor1 / actor2 / associated actors).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// Name as reported, e.g. "Military Forces of X".
    pub name: String,
    /// The participant it belongs to, if it is a party's force.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant: Option<String>,
}

/// Reported fatalities: a low, best and high estimate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Fatalities {
    /// Lowest credible count.
    pub low: u32,
    /// Best estimate (ACLED's conservative figure).
    pub best: u32,
    /// Highest credible count.
    pub high: u32,
}

/// Source grading per the Admiralty code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceGrade {
    /// Source reliability, A (completely reliable) to F (cannot be judged).
    pub reliability: String,
    /// Information credibility, 1 (confirmed) to 6 (cannot be judged).
    pub credibility: u8,
}

/// `incident.report`: an alleged event, with ACLED-style fields.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncidentReport {
    /// ACLED event type.
    pub event_type: String,
    /// ACLED sub-event type.
    pub sub_event_type: String,
    /// Date of the event, YYYY-MM-DD.
    pub date: String,
    /// ACLED time precision: 1 the day is known, 2 the week, 3 only the month.
    pub time_precision: u8,
    /// Local time of day, HH:MM, when known.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub time_of_day: String,
    /// Where.
    pub location: Location,
    /// Who took part.
    #[serde(default)]
    pub actors: Vec<Actor>,
    /// The party the report alleges is responsible, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accused: Option<String>,
    /// Reported fatalities.
    #[serde(default)]
    pub fatalities: Fatalities,
    /// What happened, in the reporter's words.
    pub narrative: String,
    /// Commitments or red lines the event concerns.
    #[serde(default)]
    pub concerns: Vec<String>,
    /// Who may see it.
    pub classification: Classification,
    /// Source grading.
    pub source: SourceGrade,
    /// Log indices of `intake.lead` records the report draws on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub leads: Vec<u64>,
    /// Marks example data.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub illustrative: bool,
}

/// A custody step of a piece of evidence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustodyStep {
    /// collected, transferred or examined.
    pub action: CustodyAction,
    /// Who (person or team, as named by the submitter).
    pub by: String,
    /// When, RFC 3339 UTC.
    pub at: String,
    /// Free-text note (e.g. seal number).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// What happened to a piece of evidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CustodyAction {
    /// Collected in the field.
    Collected,
    /// Handed from one custodian to another.
    Transferred,
    /// Examined by a team.
    Examined,
}

/// `evidence.submit`: a file kept beside the log, referenced by its SHA-256.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvidenceSubmit {
    /// The incident it concerns (its log index).
    pub incident: u64,
    /// SHA-256 of the file, 64 lowercase hex digits.
    pub sha256: String,
    /// Media type, e.g. image/jpeg.
    pub media_type: String,
    /// Size in bytes.
    pub size: u64,
    /// Who may see it; restricted evidence shows only its hash in public views.
    pub classification: Classification,
    /// What it shows.
    pub description: String,
    /// Custody so far (at least who collected it).
    pub custody: Vec<CustodyStep>,
    /// Marks example data.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub illustrative: bool,
}

/// `evidence.custody`: a later custody step.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvidenceCustody {
    /// The evidence (log index of its `evidence.submit`).
    pub evidence: u64,
    /// The step.
    pub step: CustodyStep,
}

/// Triage decisions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TriageDecision {
    /// To be verified.
    Admissible,
    /// The same event as another incident.
    Duplicate,
    /// Not for the mechanism (with a reason).
    Rejected,
}

/// `incident.triage`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Triage {
    /// The incident.
    pub incident: u64,
    /// The decision.
    pub decision: TriageDecision,
    /// For a duplicate: the incident it duplicates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<u64>,
    /// Why (required for a rejection).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

/// `verification.assign`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assign {
    /// The incident.
    pub incident: u64,
    /// Participant ids of the verification team.
    pub team: Vec<String>,
    /// Date the team should report by, YYYY-MM-DD.
    pub due: String,
}

/// `verification.report`: the team's account, which opens the reply window.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VerificationReport {
    /// The incident.
    pub incident: u64,
    /// What the team found on the ground.
    pub summary: String,
    /// Evidence records it relied on.
    #[serde(default)]
    pub evidence: Vec<u64>,
}

/// `incident.reply`: the accused party's answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reply {
    /// The incident.
    pub incident: u64,
    /// The party's answer.
    pub text: String,
}

/// Finding outcomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// A violation happened and is attributed to a party.
    Confirmed,
    /// A violation happened but cannot be attributed.
    NotAttributable,
    /// No violation happened.
    Unfounded,
    /// The evidence does not settle it.
    Inconclusive,
}

/// `finding`: signed by the facilitators' quorum.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    /// The incident.
    pub incident: u64,
    /// The outcome.
    pub outcome: Outcome,
    /// For a confirmed violation: the party responsible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributed_to: Option<String>,
    /// For a confirmed violation: the commitments or red lines breached.
    #[serde(default)]
    pub clauses: Vec<String>,
    /// Reasons.
    pub summary: String,
}

/// `finding.dissent`: a party's signed disagreement, shown beside the finding.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dissent {
    /// The finding (its log index).
    pub finding: u64,
    /// The party's reasons.
    pub text: String,
}

/// `incident.close`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Close {
    /// The incident.
    pub incident: u64,
    /// Why it is closed (e.g. the response step was carried out).
    pub summary: String,
}

/// `benchmark.progress`, by the responsible party.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    /// Benchmark id.
    pub benchmark: String,
    /// What was done.
    pub summary: String,
    /// Marks example data.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub illustrative: bool,
}

/// Assessment outcomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Assessed {
    /// The target is reached.
    Met,
    /// Part of it is reached.
    Partial,
    /// Not reached.
    NotMet,
}

/// `benchmark.assessment`, by a verifier the benchmark names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// Benchmark id.
    pub benchmark: String,
    /// The verdict.
    pub outcome: Assessed,
    /// Reasons and method.
    pub summary: String,
}

/// `reciprocity.offer` and `reciprocity.delivery`, by the offering party.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReciprocityStep {
    /// Reciprocity link id.
    pub link: String,
    /// What was offered or delivered.
    pub summary: String,
}

/// `observation`: a monitor's or facilitator's note from the field.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Observation {
    /// What was seen.
    pub summary: String,
    /// The incident it concerns, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incident: Option<u64>,
    /// Marks example data.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub illustrative: bool,
}

/// How the date of an intake lead was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LeadDatePrecision {
    /// A day named in the text.
    Day,
    /// A week named in the text (the date is its Monday).
    Week,
    /// A month named in the text (the date is its first day).
    Month,
    /// A year named in the text (the date is 1 January).
    Year,
    /// The text names no date: the date is the publication date.
    Publication,
}

/// A place named in an intake lead, as the gazetteer knows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeadPlace {
    /// Place name.
    pub name: String,
    /// Province.
    pub admin1: String,
    /// Country.
    pub country: String,
    /// Latitude in decimal degrees, as a string.
    pub latitude: String,
    /// Longitude in decimal degrees, as a string.
    pub longitude: String,
}

/// Fatalities a lead's sentence reports: a text often gives no upper figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeadFatalities {
    /// The lowest figure the text supports.
    pub low: u32,
    /// The conservative estimate.
    pub best: u32,
    /// The highest figure, when the text gives one.
    #[serde(default)]
    pub high: Option<u32>,
}

/// What an `intake.lead` must say of itself: leads are proposals, never verified facts.
pub const LEAD_STATUS: &str = "unverified lead";

/// `intake.lead`: a candidate event read from open sources and proposed to the monitors, which
/// an incident report may cite. The shape is what `truce intake run` writes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lead {
    /// The sentence the lead was read from, as the article says it.
    pub sentence: String,
    /// First day of the event (YYYY-MM-DD).
    pub date: String,
    /// Last day, when the text gives a range of days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_end: Option<String>,
    /// How the date was found.
    pub date_precision: LeadDatePrecision,
    /// Places named.
    #[serde(default)]
    pub places: Vec<LeadPlace>,
    /// Actors named.
    #[serde(default)]
    pub actors: Vec<String>,
    /// Proposed ACLED event type, if any.
    #[serde(default)]
    pub event_type: Option<String>,
    /// Fatalities the sentence reports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fatalities: Option<LeadFatalities>,
    /// The articles the lead's story was read from (near-duplicates folded into one story).
    pub sources: Vec<String>,
    /// How many articles tell the story.
    pub source_count: u64,
    /// Always [`LEAD_STATUS`].
    pub status: String,
}

impl Lead {
    /// The checks a lead's body needs beyond its shape.
    pub fn check(&self) -> Result<(), EngineError> {
        let bad = |problem: String| {
            Err(EngineError::Body {
                kind: "intake.lead".into(),
                problem,
            })
        };
        if self.status != LEAD_STATUS {
            return bad(format!(
                "status must be \"{LEAD_STATUS}\": a lead is a proposal for the monitors, never a verified fact (verified events are incident reports)"
            ));
        }
        require_text("intake.lead", "sentence", &self.sentence)?;
        let date = |field: &str, value: &str| {
            value
                .parse::<jiff::civil::Date>()
                .map_err(|_| EngineError::Body {
                    kind: "intake.lead".into(),
                    problem: format!("{field} \"{value}\" is not a date like 2025-11-03"),
                })
        };
        let first = date("date", &self.date)?;
        if let Some(end) = &self.date_end
            && date("date_end", end)? < first
        {
            return bad(format!("date_end {end} is before date {}", self.date));
        }
        if let Some(t) = &self.event_type
            && !crate::acled::EVENT_TYPES.iter().any(|(name, _)| name == t)
        {
            let types: Vec<&str> = crate::acled::EVENT_TYPES.iter().map(|(t, _)| *t).collect();
            return bad(format!(
                "\"{t}\" is not an ACLED event type; use one of: {}",
                types.join(", ")
            ));
        }
        for p in &self.places {
            require_text("intake.lead", "places.name", &p.name)?;
            check_coordinate("places.latitude", &p.latitude, 90.0).or_else(bad)?;
            check_coordinate("places.longitude", &p.longitude, 180.0).or_else(bad)?;
        }
        if let Some(f) = self.fatalities
            && !(f.low <= f.best && f.high.is_none_or(|high| f.best <= high))
        {
            let high = f.high.map_or("none".to_string(), |h| h.to_string());
            return bad(format!(
                "fatalities must satisfy low <= best <= high, got {}/{}/{high}",
                f.low, f.best
            ));
        }
        if self.sources.is_empty() || self.sources.iter().any(|s| s.trim().is_empty()) {
            return bad("sources must name at least one article, none blank".into());
        }
        if self.source_count == 0 {
            return bad("source_count must be at least 1".into());
        }
        Ok(())
    }
}

/// Reads a body as `T`, with an error that names the kind and the problem.
pub fn parse<T: serde::de::DeserializeOwned>(
    kind: &str,
    body: &Map<String, Value>,
) -> Result<T, EngineError> {
    // Deserialise from the borrowed map: no copy of the body on the replay path.
    T::deserialize(body).map_err(|e| EngineError::Body {
        kind: kind.to_string(),
        problem: e.to_string(),
    })
}

/// Checks that a required text field is not blank.
pub(crate) fn require_text(kind: &str, field: &str, value: &str) -> Result<(), EngineError> {
    if value.trim().is_empty() {
        return Err(EngineError::Body {
            kind: kind.to_string(),
            problem: format!("\"{field}\" is empty"),
        });
    }
    Ok(())
}

impl IncidentReport {
    /// Checks the fields that need no state.
    pub fn check(&self) -> Result<(), EngineError> {
        let bad = |problem: String| {
            Err(EngineError::Body {
                kind: "incident.report".into(),
                problem,
            })
        };
        if let Err(e) = crate::acled::check(&self.event_type, &self.sub_event_type) {
            return bad(e);
        }
        if self.date.parse::<jiff::civil::Date>().is_err() {
            return bad(format!(
                "date \"{}\" is not a date like 2025-10-19",
                self.date
            ));
        }
        if !(1..=3).contains(&self.time_precision) {
            return bad("time_precision must be 1 (day), 2 (week) or 3 (month)".into());
        }
        if !self.time_of_day.is_empty() && self.time_of_day.parse::<jiff::civil::Time>().is_err() {
            return bad(format!(
                "time_of_day \"{}\" is not a time like 06:30",
                self.time_of_day
            ));
        }
        check_coordinate("location.latitude", &self.location.latitude, 90.0).or_else(bad)?;
        check_coordinate("location.longitude", &self.location.longitude, 180.0).or_else(bad)?;
        if !(1..=3).contains(&self.location.geo_precision) {
            return bad("location.geo_precision must be 1 (exact), 2 (near) or 3 (region)".into());
        }
        let f = self.fatalities;
        if !(f.low <= f.best && f.best <= f.high) {
            return bad(format!(
                "fatalities must satisfy low <= best <= high, got {}/{}/{}",
                f.low, f.best, f.high
            ));
        }
        if !matches!(
            self.source.reliability.as_str(),
            "A" | "B" | "C" | "D" | "E" | "F"
        ) {
            return bad("source.reliability must be a letter from A (completely reliable) to F (cannot be judged)".into());
        }
        if !(1..=6).contains(&self.source.credibility) {
            return bad(
                "source.credibility must be from 1 (confirmed) to 6 (cannot be judged)".into(),
            );
        }
        require_text("incident.report", "narrative", &self.narrative)?;
        require_text("incident.report", "location.name", &self.location.name)?;
        Ok(())
    }
}

/// Checks a decimal-degree coordinate written as a string.
fn check_coordinate(field: &str, value: &str, limit: f64) -> Result<(), String> {
    let ok = value
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && v.abs() <= limit)
        .is_some()
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == '-');
    if ok {
        Ok(())
    } else {
        Err(format!(
            "{field} \"{value}\" is not decimal degrees within ±{limit} (write it as a string, e.g. \"34.0151\")"
        ))
    }
}

/// Checks a custody step.
pub(crate) fn check_custody(step: &CustodyStep) -> Result<(), EngineError> {
    require_text("evidence", "custody.by", &step.by)?;
    truce_core::record::parse_time(&step.at).map_err(|_| EngineError::Body {
        kind: "evidence".into(),
        problem: format!(
            "custody time \"{}\" is not an RFC 3339 UTC time like 2025-10-19T06:30:00Z",
            step.at
        ),
    })?;
    Ok(())
}
