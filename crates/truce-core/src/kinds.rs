//! The record kinds truce knows, and which roles may sign each.
//!
//! The table is the protocol: adding a kind is a change every node must make, so it lives in one
//! place. Kinds whose body rules belong to the mechanism (incidents, findings, benchmarks) are
//! registered here so that their authorship is enforced from the first record on.

use std::fmt;

use crate::record::RecordError;

/// The role a participant has in the agreement.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// A state party to the agreement.
    Party,
    /// A neutral facilitator (mediator) that verifies and signs findings.
    Facilitator,
    /// A field monitor or joint team that reports observations and evidence.
    Monitor,
}

impl Role {
    /// The role's name as written in agreements.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Party => "party",
            Role::Facilitator => "facilitator",
            Role::Monitor => "monitor",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who must sign a record of a kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Signers {
    /// Every party and every facilitator named in the agreement (the genesis).
    Everyone,
    /// The agreement's amendment quorum.
    AmendmentQuorum,
    /// The agreement's finding quorum (facilitators, possibly with parties); only facilitators
    /// and parties may sign.
    FindingQuorum,
    /// One participant holding one of these roles.
    AnyOf(&'static [Role]),
}

/// One registered kind.
struct KindSpec {
    name: &'static str,
    signers: Signers,
}

const P: Role = Role::Party;
const F: Role = Role::Facilitator;
const M: Role = Role::Monitor;

const KINDS: &[KindSpec] = &[
    KindSpec {
        name: "agreement.genesis",
        signers: Signers::Everyone,
    },
    KindSpec {
        name: "agreement.amend",
        signers: Signers::AmendmentQuorum,
    },
    KindSpec {
        name: "incident.report",
        signers: Signers::AnyOf(&[P, F, M]),
    },
    KindSpec {
        name: "evidence.submit",
        signers: Signers::AnyOf(&[P, F, M]),
    },
    KindSpec {
        name: "evidence.custody",
        signers: Signers::AnyOf(&[P, F, M]),
    },
    KindSpec {
        name: "incident.triage",
        signers: Signers::AnyOf(&[F]),
    },
    KindSpec {
        name: "verification.assign",
        signers: Signers::AnyOf(&[F]),
    },
    KindSpec {
        name: "verification.report",
        signers: Signers::AnyOf(&[F, M]),
    },
    KindSpec {
        name: "incident.reply",
        signers: Signers::AnyOf(&[P]),
    },
    KindSpec {
        name: "finding",
        signers: Signers::FindingQuorum,
    },
    KindSpec {
        name: "finding.dissent",
        signers: Signers::AnyOf(&[P]),
    },
    KindSpec {
        name: "incident.close",
        signers: Signers::AnyOf(&[F]),
    },
    KindSpec {
        name: "benchmark.progress",
        signers: Signers::AnyOf(&[P]),
    },
    KindSpec {
        name: "benchmark.assessment",
        signers: Signers::AnyOf(&[F, M]),
    },
    KindSpec {
        name: "reciprocity.offer",
        signers: Signers::AnyOf(&[P]),
    },
    KindSpec {
        name: "reciprocity.delivery",
        signers: Signers::AnyOf(&[P]),
    },
    KindSpec {
        name: "observation",
        signers: Signers::AnyOf(&[F, M]),
    },
    KindSpec {
        name: "intake.lead",
        signers: Signers::AnyOf(&[F, M]),
    },
];

/// A known record kind.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Kind(&'static str);

impl Kind {
    /// The genesis record that adopts the agreement and opens the log.
    pub const GENESIS: Kind = Kind("agreement.genesis");
    /// An amendment to the agreement in force.
    pub const AMEND: Kind = Kind("agreement.amend");

    /// Looks a kind up by name.
    pub fn parse(name: &str) -> Result<Kind, RecordError> {
        KINDS
            .iter()
            .find(|k| k.name == name)
            .map(|k| Kind(k.name))
            .ok_or_else(|| RecordError::UnknownKind(name.to_string()))
    }

    /// The kind's name.
    pub fn as_str(self) -> &'static str {
        self.0
    }

    /// Who must sign records of this kind.
    pub fn signers(self) -> Signers {
        KINDS
            .iter()
            .find(|k| k.name == self.0)
            .map(|k| k.signers)
            .expect("a Kind is only made from the table")
    }

    /// Every known kind, in table order.
    pub fn all() -> impl Iterator<Item = Kind> {
        KINDS.iter().map(|k| Kind(k.name))
    }

    /// The known kinds as a comma-separated list, for error messages.
    pub fn known_list() -> String {
        KINDS.iter().map(|k| k.name).collect::<Vec<_>>().join(", ")
    }

    /// Kinds that change the agreement in force.
    pub const AGREEMENT_KINDS: [&'static str; 2] = ["agreement.genesis", "agreement.amend"];
}

impl fmt::Debug for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_parses_back_and_unknown_is_refused() {
        for k in Kind::all() {
            assert_eq!(Kind::parse(k.as_str()).unwrap(), k);
        }
        let err = Kind::parse("incident.delete").unwrap_err();
        assert!(err.to_string().contains("incident.report"), "{err}");
    }

    #[test]
    fn replies_and_dissents_are_for_parties_only() {
        for name in ["incident.reply", "finding.dissent"] {
            assert_eq!(
                Kind::parse(name).unwrap().signers(),
                Signers::AnyOf(&[Role::Party])
            );
        }
        assert_eq!(
            Kind::parse("finding").unwrap().signers(),
            Signers::FindingQuorum
        );
    }
}
