//! What public views show of incidents, evidence and findings.
//!
//! The classification a record's author chose decides. A public incident is shown whole, except
//! its evidence classified above public, of which only the SHA-256 (and what it belongs to) is
//! shown. A restricted or confidential incident is withheld: its number, classification, status
//! and the hashes of its evidence remain, so the public can follow that the mechanism handled it
//! and can later prove a disclosed file is the recorded one; its content does not. A finding is
//! an act of the mechanism and stays visible (outcome, attribution, clauses: the ladder rests on
//! them), but on a withheld incident its reasons and the dissents' texts are withheld.
//!
//! These are views for publishing: the log itself carries what its authors signed, so who holds
//! a copy of the log holds the restricted records' text too (evidence files are kept beside the
//! log, never in it).

use serde::Serialize;

use crate::bodies::{Classification, CustodyStep, IncidentReport, Outcome};
use crate::state::{EvidenceRecord, FindingRecord, Incident, State, Status, Step};

/// A piece of evidence as public views show it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PublicEvidence<'a> {
    /// Log index of the submission.
    pub index: u64,
    /// The incident it concerns.
    pub incident: u64,
    /// SHA-256 of the file: a disclosed copy proves itself against it.
    pub sha256: &'a str,
    /// Its classification.
    pub classification: Classification,
    /// True when everything but the hash is withheld.
    pub withheld: bool,
    /// Media type (shown evidence only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media_type: Option<&'a str>,
    /// Size in bytes (shown evidence only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<u64>,
    /// What it shows (shown evidence only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<&'a str>,
    /// Who submitted it (shown evidence only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub submitted_by: Option<&'a str>,
    /// The chain of custody, first the steps in the submission, then later ones (shown only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custody: Option<Vec<&'a CustodyStep>>,
}

/// An incident as public views show it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PublicIncident<'a> {
    /// The incident's number (log index of its report).
    pub index: u64,
    /// Its classification.
    pub classification: Classification,
    /// Where it stands.
    pub status: Status,
    /// When it was reported (record time).
    pub reported_at: &'a str,
    /// True when its content is withheld.
    pub withheld: bool,
    /// Log index of its finding.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub finding: Option<u64>,
    /// Its evidence: whole when public, else the hash only.
    pub evidence: Vec<PublicEvidence<'a>>,
    /// Who reported it (shown incidents only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reporter: Option<&'a str>,
    /// The report (shown incidents only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report: Option<&'a IncidentReport>,
    /// Every step (shown incidents only: the signers would say who reported and who replied).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub history: Option<&'a [Step]>,
    /// The incident it duplicates (shown incidents only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<u64>,
    /// The verification team (shown incidents only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team: Option<&'a [String]>,
    /// When the reply window closes (shown incidents only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply_deadline: Option<&'a str>,
    /// The accused party's reply: (log index, text) (shown incidents only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply: Option<(u64, &'a str)>,
}

/// A dissent as public views show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PublicDissent<'a> {
    /// The dissenting party.
    pub party: &'a str,
    /// Log index of the dissent.
    pub index: u64,
    /// Its text, unless the incident is withheld.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<&'a str>,
}

/// A finding as public views show it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PublicFinding<'a> {
    /// Log index of the finding.
    pub index: u64,
    /// The incident.
    pub incident: u64,
    /// Record time.
    pub time: &'a str,
    /// Who signed it.
    pub signed_by: &'a [String],
    /// The outcome.
    pub outcome: Outcome,
    /// For a confirmed violation: the party responsible.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributed_to: Option<&'a str>,
    /// The clauses breached.
    pub clauses: &'a [String],
    /// True when the reasons and dissent texts are withheld (the incident is not public).
    pub withheld: bool,
    /// The reasons, unless withheld.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<&'a str>,
    /// Dissents, never dropped: who dissented is public, the text only with the incident.
    pub dissents: Vec<PublicDissent<'a>>,
}

/// Evidence as public views show it: whole only when both it and its incident are public.
pub fn evidence<'a>(state: &'a State, ev: &'a EvidenceRecord) -> PublicEvidence<'a> {
    let incident_public = state
        .incidents
        .get(&ev.evidence.incident)
        .is_some_and(Incident::is_public);
    let shown = incident_public && ev.evidence.classification == Classification::Public;
    let e = &ev.evidence;
    PublicEvidence {
        index: ev.index,
        incident: e.incident,
        sha256: &e.sha256,
        classification: e.classification,
        withheld: !shown,
        media_type: shown.then_some(e.media_type.as_str()),
        size: shown.then_some(e.size),
        description: shown.then_some(e.description.as_str()),
        submitted_by: shown.then_some(ev.submitted_by.as_str()),
        custody: shown.then(|| {
            e.custody
                .iter()
                .chain(ev.custody.iter().map(|(_, s)| s))
                .collect()
        }),
    }
}

/// An incident as public views show it.
pub fn incident<'a>(state: &'a State, inc: &'a Incident) -> PublicIncident<'a> {
    let shown = inc.is_public();
    PublicIncident {
        index: inc.index,
        classification: inc.report.classification,
        status: inc.status,
        reported_at: &inc.reported_at,
        withheld: !shown,
        finding: inc.finding,
        evidence: inc
            .evidence
            .iter()
            .filter_map(|e| state.evidence.get(e))
            .map(|e| evidence(state, e))
            .collect(),
        reporter: shown.then_some(inc.reporter.as_str()),
        report: shown.then_some(&inc.report),
        history: shown.then_some(inc.history.as_slice()),
        duplicate_of: inc.duplicate_of.filter(|_| shown),
        team: shown.then_some(inc.team.as_slice()),
        reply_deadline: inc.reply_deadline.as_deref().filter(|_| shown),
        reply: inc
            .reply
            .as_ref()
            .filter(|_| shown)
            .map(|(i, text)| (*i, text.as_str())),
    }
}

/// A finding as public views show it.
pub fn finding<'a>(state: &'a State, f: &'a FindingRecord) -> PublicFinding<'a> {
    let shown = state
        .incidents
        .get(&f.finding.incident)
        .is_some_and(Incident::is_public);
    PublicFinding {
        index: f.index,
        incident: f.finding.incident,
        time: &f.time,
        signed_by: &f.signed_by,
        outcome: f.finding.outcome,
        attributed_to: f.finding.attributed_to.as_deref(),
        clauses: &f.finding.clauses,
        withheld: !shown,
        summary: shown.then_some(f.finding.summary.as_str()),
        dissents: f
            .dissents
            .iter()
            .map(|(party, index, text)| PublicDissent {
                party,
                index: *index,
                text: shown.then_some(text.as_str()),
            })
            .collect(),
    }
}
