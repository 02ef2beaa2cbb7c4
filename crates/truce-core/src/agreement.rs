//! The agreement as data: who takes part and with which keys, what they committed to, and the
//! rules the log enforces (who may sign what, the amendment quorum).
//!
//! Humans write the agreement in TOML; what gets signed is the RFC 8785 JSON of the parsed
//! agreement (the body of the `agreement.genesis` record), never the TOML text.

use std::collections::BTreeSet;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use truce_tlog::note::Verifier;

use crate::kinds::Role;

/// The agreement, as written in TOML and as carried in genesis and amendment records.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    /// Identity and standing of the agreement.
    pub agreement: Header,
    /// The log this agreement is recorded in.
    pub log: LogIdentity,
    /// Parties, facilitators and monitors with their keys.
    pub participants: Vec<Participant>,
    /// Who must sign to change the agreement.
    pub quorum: QuorumRules,
    /// The commitments the parties made.
    #[serde(default)]
    pub commitments: Vec<Commitment>,
    /// Measurable, time-bound benchmarks.
    #[serde(default)]
    pub benchmarks: Vec<Benchmark>,
    /// Red lines whose crossing is a breach in itself.
    #[serde(default)]
    pub red_lines: Vec<RedLine>,
    /// The pre-agreed response ladder.
    #[serde(default)]
    pub ladder: Vec<LadderStep>,
    /// Rules that map confirmed breaches to ladder steps.
    #[serde(default)]
    pub ladder_rules: Vec<LadderRule>,
    /// What each side offers, tied to what the other delivers.
    #[serde(default)]
    pub reciprocity: Vec<ReciprocityLink>,
    /// Time limits of the verification workflow.
    #[serde(default)]
    pub deadlines: Deadlines,
}

/// Identity and standing of the agreement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    /// Short stable identifier.
    pub id: String,
    /// Title.
    pub title: String,
    /// When it takes effect.
    pub effective: String,
    /// Whether this is example data rather than a real agreement.
    #[serde(default)]
    pub illustrative: bool,
    /// Free-text note (e.g. that the example is illustrative).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// The log this agreement is recorded in: its origin line and the log key's verifier key.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogIdentity {
    /// The checkpoint origin (the log key's name).
    pub origin: String,
    /// The log's verifier key, `NAME+HASH+BASE64`.
    pub vkey: String,
}

/// A party, facilitator or monitor.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    /// Short stable identifier, e.g. `pk`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Role in the mechanism.
    pub role: Role,
    /// For a monitor or joint team: the participants it answers to, if any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<String>,
    /// Verifier keys (`NAME+HASH+BASE64`) whose signatures speak for this participant.
    pub keys: Vec<String>,
}

/// How many of a role must sign.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Count {
    /// Everyone holding the role (written `"all"`).
    All(AllMarker),
    /// At least this many.
    AtLeast(u32),
}

/// The literal `"all"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AllMarker {
    /// All of them.
    All,
}

impl Count {
    fn required(self, available: usize) -> usize {
        match self {
            Count::All(_) => available,
            Count::AtLeast(n) => n as usize,
        }
    }
}

/// A quorum: how many parties and facilitators must sign.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quorum {
    /// Parties that must sign.
    pub parties: Count,
    /// Facilitators that must sign.
    pub facilitators: Count,
}

/// The quorum rules of the agreement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuorumRules {
    /// Who must sign an amendment.
    pub amendment: Quorum,
    /// Who must sign a finding.
    pub finding: Quorum,
}

/// A commitment (a clause the parties agreed to).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Commitment {
    /// Clause identifier, e.g. `C1`.
    pub id: String,
    /// What was committed to.
    pub text: String,
    /// Participant ids bound by it.
    pub bound: Vec<String>,
}

/// A measurable, time-bound, verifiable benchmark.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Benchmark {
    /// Identifier, e.g. `B1`.
    pub id: String,
    /// The commitment it measures.
    pub commitment: String,
    /// The party responsible.
    pub party: String,
    /// What is measured.
    pub metric: String,
    /// The value or state to reach.
    pub target: String,
    /// Date by which it must be met (YYYY-MM-DD).
    pub deadline: String,
    /// Participant ids that verify it.
    pub verified_by: Vec<String>,
    /// How it is verified (e.g. joint observation).
    pub method: String,
}

/// A red line.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RedLine {
    /// Identifier, e.g. `R1`.
    pub id: String,
    /// The line not to be crossed.
    pub text: String,
}

/// One step of the response ladder.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LadderStep {
    /// Step number, from 1.
    pub step: u32,
    /// Short name.
    pub name: String,
    /// The pre-agreed corrective action.
    pub action: String,
}

/// The n-th confirmed breach of a clause within a window leads to a ladder step.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LadderRule {
    /// The commitment or red line id, or `*` for any.
    pub clause: String,
    /// Number of confirmed breaches.
    pub breaches: u32,
    /// Within this many days.
    pub window_days: u32,
    /// The ladder step it leads to.
    pub step: u32,
}

/// A reciprocity link: an offer tied to a delivery.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReciprocityLink {
    /// Identifier, e.g. `X1`.
    pub id: String,
    /// The party making the offer.
    pub offer_by: String,
    /// What is offered.
    pub offer: String,
    /// The party whose delivery it is tied to.
    pub in_return_by: String,
    /// The benchmark whose verified delivery it is tied to.
    pub in_return_for: String,
}

/// Time limits of the verification workflow.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deadlines {
    /// Hours the accused party has to reply.
    pub reply_hours: u32,
}

impl Default for Deadlines {
    fn default() -> Self {
        Deadlines { reply_hours: 72 }
    }
}

/// Why an agreement was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum AgreementError {
    /// The TOML could not be read as an agreement.
    #[error("the agreement file is not valid: {0}")]
    Toml(String),
    /// The JSON body could not be read as an agreement.
    #[error("the agreement in the record is not valid: {0}")]
    Json(String),
    /// The agreement is well-formed but breaks a rule.
    #[error("the agreement is not consistent: {0}")]
    Invalid(String),
}

impl Agreement {
    /// Parses and checks an agreement written in TOML.
    pub fn from_toml(text: &str) -> Result<Agreement, AgreementError> {
        let a: Agreement = toml::from_str(text).map_err(|e| AgreementError::Toml(e.to_string()))?;
        a.check()?;
        Ok(a)
    }

    /// Parses and checks an agreement carried as JSON (a genesis or amendment body).
    pub fn from_json(value: &serde_json::Value) -> Result<Agreement, AgreementError> {
        let a: Agreement = serde_json::from_value(value.clone())
            .map_err(|e| AgreementError::Json(e.to_string()))?;
        a.check()?;
        Ok(a)
    }

    /// The agreement as a JSON value (what genesis and amendment records carry).
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).expect("an agreement always serialises")
    }

    /// The participant with this id.
    pub fn participant(&self, id: &str) -> Option<&Participant> {
        self.participants.iter().find(|p| p.id == id)
    }

    /// Participants holding `role`.
    pub fn with_role(&self, role: Role) -> impl Iterator<Item = &Participant> {
        self.participants.iter().filter(move |p| p.role == role)
    }

    /// The log's verifier.
    pub fn log_verifier(&self) -> Result<Verifier, AgreementError> {
        Verifier::from_vkey(&self.log.vkey)
            .map_err(|e| AgreementError::Invalid(format!("the log key \"{}\": {e}", self.log.vkey)))
    }

    /// Checks every rule an agreement must satisfy.
    pub fn check(&self) -> Result<(), AgreementError> {
        let invalid = |m: String| Err(AgreementError::Invalid(m));
        let log = self.log_verifier()?;
        if log.name().as_str() != self.log.origin {
            return invalid(format!(
                "the log key is named \"{}\" but the log origin is \"{}\"; they must be the same",
                log.name().as_str(),
                self.log.origin
            ));
        }
        parse_date("agreement.effective", &self.agreement.effective)?;

        let mut ids = BTreeSet::new();
        let mut key_names = BTreeSet::new();
        for p in &self.participants {
            if p.id.is_empty() || !ids.insert(p.id.as_str()) {
                return invalid(format!(
                    "participant id \"{}\" is empty or used twice",
                    p.id
                ));
            }
            if p.keys.is_empty() {
                return invalid(format!("participant \"{}\" has no keys", p.id));
            }
            for k in &p.keys {
                let v = Verifier::from_vkey(k).map_err(|e| {
                    AgreementError::Invalid(format!("key \"{k}\" of participant \"{}\": {e}", p.id))
                })?;
                if v.name().as_str() == self.log.origin {
                    return invalid(format!(
                        "participant \"{}\" has a key named like the log; the log key signs only checkpoints",
                        p.id
                    ));
                }
                if !key_names.insert(v.name().as_str().to_string()) {
                    return invalid(format!(
                        "the key name \"{}\" is used twice; every key needs its own name",
                        v.name().as_str()
                    ));
                }
            }
        }
        for m in self.participants.iter().flat_map(|p| &p.members) {
            if !ids.contains(m.as_str()) {
                return invalid(format!("member \"{m}\" is not a participant"));
            }
        }
        let parties = self.with_role(Role::Party).count();
        let facilitators = self.with_role(Role::Facilitator).count();
        if parties < 2 {
            return invalid(format!(
                "an agreement needs at least two parties, this one names {parties}"
            ));
        }
        if facilitators < 1 {
            return invalid("an agreement needs at least one facilitator".into());
        }
        for (what, q) in [
            ("amendment", self.quorum.amendment),
            ("finding", self.quorum.finding),
        ] {
            for (role, count, have) in [
                ("parties", q.parties, parties),
                ("facilitators", q.facilitators, facilitators),
            ] {
                if count.required(have) > have {
                    return invalid(format!(
                        "the {what} quorum asks for {} {role}, but the agreement names {have}",
                        count.required(have)
                    ));
                }
            }
            if q.parties.required(parties) + q.facilitators.required(facilitators) == 0 {
                return invalid(format!(
                    "the {what} quorum requires nobody; name at least one signer"
                ));
            }
        }

        let mut clause_ids = BTreeSet::new();
        for c in &self.commitments {
            if !clause_ids.insert(c.id.as_str()) {
                return invalid(format!("clause id \"{}\" is used twice", c.id));
            }
            for b in &c.bound {
                self.expect_participant(b, &format!("commitment {}", c.id))?;
            }
        }
        for r in &self.red_lines {
            if !clause_ids.insert(r.id.as_str()) {
                return invalid(format!("clause id \"{}\" is used twice", r.id));
            }
        }
        let mut benchmark_ids = BTreeSet::new();
        for b in &self.benchmarks {
            if !benchmark_ids.insert(b.id.as_str()) {
                return invalid(format!("benchmark id \"{}\" is used twice", b.id));
            }
            if !self.commitments.iter().any(|c| c.id == b.commitment) {
                return invalid(format!(
                    "benchmark {} measures commitment \"{}\", which the agreement does not define",
                    b.id, b.commitment
                ));
            }
            self.expect_role(&b.party, Role::Party, &format!("benchmark {}", b.id))?;
            for v in &b.verified_by {
                self.expect_participant(v, &format!("benchmark {} (verified_by)", b.id))?;
                if *v == b.party {
                    return invalid(format!(
                        "benchmark {} would be verified by {}, the party responsible for it",
                        b.id, b.party
                    ));
                }
            }
            parse_date(&format!("benchmark {} deadline", b.id), &b.deadline)?;
        }
        let mut steps: Vec<u32> = self.ladder.iter().map(|s| s.step).collect();
        steps.sort_unstable();
        if steps.iter().enumerate().any(|(i, s)| *s != i as u32 + 1) {
            return invalid("ladder steps must be numbered 1, 2, 3, … without gaps".into());
        }
        for r in &self.ladder_rules {
            if r.clause != "*" && !clause_ids.contains(r.clause.as_str()) {
                return invalid(format!(
                    "ladder rule names clause \"{}\", which is not defined",
                    r.clause
                ));
            }
            if !steps.contains(&r.step) || r.breaches == 0 || r.window_days == 0 {
                return invalid(format!(
                    "ladder rule for clause \"{}\" must lead to an existing step after at least one breach within at least one day",
                    r.clause
                ));
            }
        }
        for x in &self.reciprocity {
            self.expect_role(
                &x.offer_by,
                Role::Party,
                &format!("reciprocity link {}", x.id),
            )?;
            self.expect_role(
                &x.in_return_by,
                Role::Party,
                &format!("reciprocity link {}", x.id),
            )?;
            if !benchmark_ids.contains(x.in_return_for.as_str()) {
                return invalid(format!(
                    "reciprocity link {} is tied to benchmark \"{}\", which is not defined",
                    x.id, x.in_return_for
                ));
            }
        }
        if self.deadlines.reply_hours == 0 {
            return invalid("the reply window must be at least one hour".into());
        }
        Ok(())
    }

    fn expect_participant(&self, id: &str, context: &str) -> Result<&Participant, AgreementError> {
        self.participant(id).ok_or_else(|| {
            AgreementError::Invalid(format!(
                "{context} names \"{id}\", which is not a participant"
            ))
        })
    }

    fn expect_role(&self, id: &str, role: Role, context: &str) -> Result<(), AgreementError> {
        let p = self.expect_participant(id, context)?;
        if p.role != role {
            return Err(AgreementError::Invalid(format!(
                "{context} names \"{id}\" as a {role}, but it is a {}",
                p.role
            )));
        }
        Ok(())
    }
}

fn parse_date(what: &str, s: &str) -> Result<Date, AgreementError> {
    s.parse::<Date>().map_err(|_| {
        AgreementError::Invalid(format!("{what} is \"{s}\", not a date like 2026-01-31"))
    })
}

impl Quorum {
    /// Whether `signers` (participant roles of distinct signers) meet this quorum.
    pub fn is_met(&self, agreement: &Agreement, signed: &BTreeSet<&str>) -> Result<(), String> {
        let mut missing = Vec::new();
        for (role, count, label) in [
            (Role::Party, self.parties, "parties"),
            (Role::Facilitator, self.facilitators, "facilitators"),
        ] {
            let all: Vec<&str> = agreement.with_role(role).map(|p| p.id.as_str()).collect();
            let need = count.required(all.len());
            let have = all.iter().filter(|id| signed.contains(*id)).count();
            if have < need {
                let unsigned: Vec<&str> = all
                    .iter()
                    .copied()
                    .filter(|id| !signed.contains(id))
                    .collect();
                missing.push(format!(
                    "{need} of the {label} must sign and {have} did (not yet signed: {})",
                    unsigned.join(", ")
                ));
            }
        }
        if missing.is_empty() {
            Ok(())
        } else {
            Err(missing.join("; "))
        }
    }
}
