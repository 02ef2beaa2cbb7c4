//! Who may write what: checks a signed record against the agreement in force.
//!
//! The check is split in two so the node can verify signatures of a whole batch at once:
//! [`AgreementState::resolve`] parses the entry and maps each signature line to a registered key
//! (no cryptography), the caller verifies the signatures (one batch), and
//! [`AgreementState::authorize`] applies the role and quorum rules to the verified signers.

use std::collections::{BTreeMap, BTreeSet};

use truce_tlog::note::{Note, NoteError, Verifier};

use crate::agreement::{Agreement, AgreementError, Quorum};
use crate::kinds::{Kind, Role, Signers};
use crate::record::{MAX_ENTRY_BYTES, Record, RecordError};

/// A registered key: whose it is and how to check it.
#[derive(Clone, Debug)]
pub struct RegisteredKey {
    /// The key.
    pub verifier: Verifier,
    /// The participant it speaks for.
    pub participant: String,
    /// That participant's role.
    pub role: Role,
}

/// The agreement in force at some point of the log, with its keys indexed.
#[derive(Clone, Debug)]
pub struct AgreementState {
    agreement: Agreement,
    /// Keys by (name, key hash), as they appear on signature lines.
    keys: BTreeMap<(String, u32), RegisteredKey>,
    /// Log index of the record that put this agreement in force.
    pub adopted_at: u64,
}

/// A parsed entry whose signature lines are all mapped to registered keys, not yet verified.
#[derive(Debug)]
pub struct ResolvedEntry {
    /// The signed note.
    pub note: Note,
    /// The record it carries.
    pub record: Record,
    /// For each signature line, in order, the key it names.
    pub keys: Vec<RegisteredKey>,
}

impl ResolvedEntry {
    /// The (message, signature, key) triples to verify.
    pub fn signatures(&self) -> impl Iterator<Item = (&[u8], &[u8], &Verifier)> {
        let msg = self.note.text().as_bytes();
        self.note
            .signatures()
            .iter()
            .zip(&self.keys)
            .map(move |(s, k)| (msg, s.signature.as_slice(), &k.verifier))
    }

    /// Verifies every signature one by one (strict Ed25519).
    pub fn verify_signatures(&self) -> Result<(), EntryError> {
        for ((msg, sig, key), line) in self.signatures().zip(self.note.signatures()) {
            if !key.verify(msg, sig) {
                return Err(EntryError::BadSignature {
                    key: line.name.clone(),
                });
            }
        }
        Ok(())
    }
}

/// Why an entry was refused.
#[derive(Debug, thiserror::Error)]
pub enum EntryError {
    /// The entry is too big for the log.
    #[error(
        "the entry is {size} bytes, over the limit of {MAX_ENTRY_BYTES}; \
         store large material (evidence files) separately and reference it by SHA-256"
    )]
    TooLarge {
        /// Its size.
        size: usize,
    },
    /// Not a well-formed signed note.
    #[error("the entry is not a valid signed note: {0}")]
    Note(#[from] NoteError),
    /// The note's text is not a valid record.
    #[error("{0}")]
    Record(#[from] RecordError),
    /// A signature line names a key the agreement does not register.
    #[error(
        "the entry is signed by \"{name}\" (key hash {hash:08x}), a key the agreement in force does not register; \
         sign with a key listed in the agreement, or amend the agreement to add it"
    )]
    UnknownSigner {
        /// The key name on the line.
        name: String,
        /// The key hash on the line.
        hash: u32,
    },
    /// A signature does not verify.
    #[error(
        "the signature by \"{key}\" does not match the record; the record was changed after signing, or signed with another key"
    )]
    BadSignature {
        /// The key name.
        key: String,
    },
    /// The signer's role may not write this kind.
    #[error("{participant} is a {role} and may not sign \"{kind}\" records; only a {allowed} may")]
    Unauthorised {
        /// Who signed.
        participant: String,
        /// Their role.
        role: Role,
        /// The kind.
        kind: Kind,
        /// Roles that may.
        allowed: String,
    },
    /// Several participants signed a kind that takes one author.
    #[error(
        "\"{kind}\" records are signed by one participant, but this one carries signatures of {count}"
    )]
    TooManySigners {
        /// The kind.
        kind: Kind,
        /// How many participants signed.
        count: usize,
    },
    /// A multi-party act lacks signatures.
    #[error("the \"{kind}\" record does not have the signatures it needs: {detail}")]
    QuorumNotMet {
        /// The kind.
        kind: Kind,
        /// Who is missing.
        detail: String,
    },
    /// A second genesis, or an amendment that is not a valid agreement.
    #[error("{0}")]
    Agreement(#[from] AgreementError),
    /// A genesis record anywhere but at index 0.
    #[error(
        "the log already has its genesis; to change the agreement submit an \"agreement.amend\" record"
    )]
    SecondGenesis,
    /// An amendment that tries to move the agreement to another log.
    #[error("an amendment cannot change the log's origin or key; the log stays \"{0}\"")]
    LogChanged(String),
}

impl AgreementState {
    /// The state after the genesis (index 0) carrying `agreement`.
    pub fn new(agreement: Agreement, adopted_at: u64) -> AgreementState {
        let mut keys = BTreeMap::new();
        for p in &agreement.participants {
            for k in &p.keys {
                // `Agreement::check` has already parsed every key.
                let verifier = Verifier::from_vkey(k).expect("keys are checked on adoption");
                keys.insert(
                    (verifier.name().as_str().to_string(), verifier.key_hash()),
                    RegisteredKey {
                        verifier,
                        participant: p.id.clone(),
                        role: p.role,
                    },
                );
            }
        }
        AgreementState {
            agreement,
            keys,
            adopted_at,
        }
    }

    /// The agreement in force.
    pub fn agreement(&self) -> &Agreement {
        &self.agreement
    }

    /// Parses an entry and maps each signature line to a registered key.
    pub fn resolve(&self, entry: &[u8]) -> Result<ResolvedEntry, EntryError> {
        resolve_with(entry, |name, hash| {
            self.keys.get(&(name.to_string(), hash)).cloned()
        })
    }

    /// Applies the role and quorum rules to an entry whose signatures were verified.
    /// Returns the agreement the entry puts in force, if it is an amendment.
    pub fn authorize(&self, entry: &ResolvedEntry) -> Result<Option<Agreement>, EntryError> {
        let kind = entry.record.kind;
        let signed: BTreeSet<&str> = entry.keys.iter().map(|k| k.participant.as_str()).collect();
        match kind.signers() {
            Signers::Everyone => Err(EntryError::SecondGenesis),
            Signers::AmendmentQuorum => {
                let new =
                    Agreement::from_json(&serde_json::Value::Object(entry.record.body.clone()))?;
                if new.log != self.agreement.log {
                    return Err(EntryError::LogChanged(self.agreement.log.origin.clone()));
                }
                check_quorum(
                    &self.agreement,
                    &self.agreement.quorum.amendment,
                    &signed,
                    kind,
                )?;
                Ok(Some(new))
            }
            Signers::FindingQuorum => {
                for k in &entry.keys {
                    if k.role == Role::Monitor {
                        return Err(EntryError::Unauthorised {
                            participant: k.participant.clone(),
                            role: k.role,
                            kind,
                            allowed:
                                "facilitator (or party, where the finding quorum names parties)"
                                    .into(),
                        });
                    }
                }
                check_quorum(
                    &self.agreement,
                    &self.agreement.quorum.finding,
                    &signed,
                    kind,
                )?;
                Ok(None)
            }
            Signers::AnyOf(roles) => {
                for k in &entry.keys {
                    if !roles.contains(&k.role) {
                        return Err(EntryError::Unauthorised {
                            participant: k.participant.clone(),
                            role: k.role,
                            kind,
                            allowed: roles
                                .iter()
                                .map(|r| r.as_str())
                                .collect::<Vec<_>>()
                                .join(" or "),
                        });
                    }
                }
                if signed.len() > 1 {
                    return Err(EntryError::TooManySigners {
                        kind,
                        count: signed.len(),
                    });
                }
                Ok(None)
            }
        }
    }

    /// The author (participant id) of a single-author entry, or the signers joined by `+`.
    pub fn signers_of(entry: &ResolvedEntry) -> String {
        let ids: BTreeSet<&str> = entry.keys.iter().map(|k| k.participant.as_str()).collect();
        ids.into_iter().collect::<Vec<_>>().join("+")
    }
}

fn check_quorum(
    agreement: &Agreement,
    quorum: &Quorum,
    signed: &BTreeSet<&str>,
    kind: Kind,
) -> Result<(), EntryError> {
    quorum
        .is_met(agreement, signed)
        .map_err(|detail| EntryError::QuorumNotMet { kind, detail })
}

fn resolve_with(
    entry: &[u8],
    lookup: impl Fn(&str, u32) -> Option<RegisteredKey>,
) -> Result<ResolvedEntry, EntryError> {
    if entry.len() > MAX_ENTRY_BYTES {
        return Err(EntryError::TooLarge { size: entry.len() });
    }
    let note = Note::parse(entry)?;
    let record = Record::parse(note.text())?;
    let mut keys = Vec::with_capacity(note.signatures().len());
    for s in note.signatures() {
        let key = lookup(&s.name, s.key_hash).ok_or_else(|| EntryError::UnknownSigner {
            name: s.name.clone(),
            hash: s.key_hash,
        })?;
        keys.push(key);
    }
    Ok(ResolvedEntry { note, record, keys })
}

/// Checks a genesis entry on its own (there is no agreement in force before it): a valid
/// agreement whose every party and facilitator signed, with valid signatures.
pub fn check_genesis(entry: &[u8]) -> Result<AgreementState, EntryError> {
    if entry.len() > MAX_ENTRY_BYTES {
        return Err(EntryError::TooLarge { size: entry.len() });
    }
    let note = Note::parse(entry)?;
    let record = Record::parse(note.text())?;
    if record.kind != Kind::GENESIS {
        return Err(EntryError::Record(RecordError::Field {
            field: "kind",
            problem: format!(
                "\"{}\", but the first record of a log must be \"agreement.genesis\"",
                record.kind
            ),
        }));
    }
    let agreement = Agreement::from_json(&serde_json::Value::Object(record.body.clone()))?;
    let state = AgreementState::new(agreement, 0);
    let resolved = resolve_with(entry, |name, hash| {
        state.keys.get(&(name.to_string(), hash)).cloned()
    })?;
    resolved.verify_signatures()?;
    let signed: BTreeSet<&str> = resolved
        .keys
        .iter()
        .map(|k| k.participant.as_str())
        .collect();
    let everyone = Quorum {
        parties: crate::agreement::Count::All(crate::agreement::AllMarker::All),
        facilitators: crate::agreement::Count::All(crate::agreement::AllMarker::All),
    };
    check_quorum(&state.agreement, &everyone, &signed, Kind::GENESIS)?;
    Ok(state)
}

/// Which registered keys of the genesis have not yet signed a (possibly partly signed) genesis
/// text; used to tell people who still has to sign.
pub fn unsigned_genesis_signers(agreement: &Agreement, note: Option<&Note>) -> Vec<String> {
    let state = AgreementState::new(agreement.clone(), 0);
    let mut signed = BTreeSet::new();
    if let Some(note) = note {
        for s in note.signatures() {
            if let Some(k) = state.keys.get(&(s.name.clone(), s.key_hash))
                && k.verifier.verify(note.text().as_bytes(), &s.signature)
            {
                signed.insert(k.participant.clone());
            }
        }
    }
    agreement
        .participants
        .iter()
        .filter(|p| p.role != Role::Monitor && !signed.contains(&p.id))
        .map(|p| p.id.clone())
        .collect()
}

impl AgreementState {
    /// Checks one entry at `index` completely (parse, keys, strict signatures one by one, rules)
    /// and, for an amendment, moves the state to the amended agreement. This is what an audit
    /// does for every entry after the genesis.
    pub fn apply(&mut self, index: u64, entry: &[u8]) -> Result<ResolvedEntry, EntryError> {
        let resolved = self.resolve(entry)?;
        resolved.verify_signatures()?;
        if let Some(amended) = self.authorize(&resolved)? {
            *self = AgreementState::new(amended, index);
        }
        Ok(resolved)
    }
}
