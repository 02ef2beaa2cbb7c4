//! C2SP signed notes with Ed25519 signatures (signature type 0x01), key strings compatible with
//! Go's `golang.org/x/mod/sumdb/note`, batch verification, and C2SP tlog-cosignature
//! `cosignature/v1` (signature type 0x04) witness cosignatures.

use std::fmt;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use curve25519_dalek::edwards::CompressedEdwardsY;
use ed25519_dalek::{Signature, Signer as _, SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};

/// Signature type byte of plain Ed25519 note signatures.
pub const ALG_ED25519: u8 = 0x01;
/// Signature type byte of timestamped Ed25519 cosignatures (C2SP tlog-cosignature).
pub const ALG_COSIGNATURE_V1: u8 = 0x04;
/// Largest note [`Note::parse`] accepts, in bytes.
pub const MAX_NOTE_SIZE: usize = 1 << 20;
/// Most signature lines [`Note::parse`] accepts (as Go's sumdb/note; C2SP requires at least 16).
pub const MAX_SIGNATURES: usize = 100;

const EM_DASH_PREFIX: &str = "\u{2014} ";
const PRIVATE_PREFIX: &str = "PRIVATE+KEY+";

/// Why a key, note or signature was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NoteError {
    /// A key name is empty or has '+', whitespace or control characters.
    #[error(
        "invalid key name {0:?}: it must be non-empty with no '+', whitespace or control characters"
    )]
    InvalidKeyName(String),
    /// A private key string is not `PRIVATE+KEY+NAME+HASH+BASE64`.
    #[error("malformed private key: {0}")]
    MalformedPrivateKey(&'static str),
    /// A verifier key string is not `NAME+HASH+BASE64`.
    #[error("malformed verifier key: {0}")]
    MalformedVerifierKey(&'static str),
    /// A key has a signature type this code does not handle here.
    #[error("unsupported signature type 0x{got:02x}, expected 0x{want:02x}")]
    WrongAlgorithm {
        /// Type byte found.
        got: u8,
        /// Type byte expected.
        want: u8,
    },
    /// The key hash written in a key string does not match the key.
    #[error("key hash {got:08x} does not match the key, which hashes to {want:08x}")]
    KeyHashMismatch {
        /// Hash in the key string.
        got: u32,
        /// Hash computed from name and key.
        want: u32,
    },
    /// The public key bytes are not an Ed25519 point.
    #[error("public key is not a valid ed25519 point")]
    InvalidPublicKey,
    /// The public key has small order, so signatures by it prove nothing.
    #[error("public key is weak (small order)")]
    WeakPublicKey,
    /// The note is larger than [`MAX_NOTE_SIZE`].
    #[error("the note is {size} bytes, more than the {max} allowed")]
    TooLarge {
        /// Bytes in the note.
        size: usize,
        /// The limit.
        max: usize,
    },
    /// The note is not UTF-8.
    #[error("the note is not valid utf-8")]
    InvalidUtf8,
    /// The note has an ASCII control character other than newline.
    #[error("the note contains a control character other than newline")]
    ControlCharacter,
    /// The note text is empty.
    #[error("the note text is empty")]
    EmptyText,
    /// The note text does not end with a newline.
    #[error("the note text does not end with a newline")]
    TextWithoutFinalNewline,
    /// No blank line separates text and signatures.
    #[error("the note has no blank line before its signature lines")]
    NoBlankLine,
    /// Nothing follows the blank line.
    #[error("the note has no signature lines")]
    NoSignatures,
    /// The last signature line is not newline-terminated (often a truncated note).
    #[error("the note does not end with a newline after its last signature line")]
    MissingFinalNewline,
    /// A signature line is malformed.
    #[error("signature line {line} is malformed: {reason}")]
    MalformedSignatureLine {
        /// 1-based number of the signature line.
        line: usize,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// More than [`MAX_SIGNATURES`] signature lines.
    #[error("the note has more than {max} signature lines")]
    TooManySignatures {
        /// The limit.
        max: usize,
    },
    /// A signature line from a known key does not verify.
    #[error("invalid signature by known key {name}+{key_hash:08x}")]
    InvalidSignature {
        /// Key name.
        name: String,
        /// Key hash.
        key_hash: u32,
    },
    /// No signature line is from a known key with a valid signature.
    #[error("the note has no valid signature from a known key")]
    NoVerifiedSignature,
    /// A signature line handed to a cosignature verifier is from another key.
    #[error("signature by {name}+{key_hash:08x} is not from this cosigner")]
    NotThisCosigner {
        /// Key name on the line.
        name: String,
        /// Key hash on the line.
        key_hash: u32,
    },
    /// A cosignature is not 8 timestamp bytes plus a 64-byte signature.
    #[error("cosignature has {0} bytes after the key hash, expected 72")]
    MalformedCosignature(usize),
    /// A cosignature timestamp is above 2^63 - 1.
    #[error("cosignature timestamp {0} is larger than 2^63-1")]
    CosignatureTimeOutOfRange(u64),
    /// A cosignature does not verify.
    #[error("cosignature by {name}+{key_hash:08x} does not verify")]
    InvalidCosignature {
        /// Cosigner name.
        name: String,
        /// Cosigner key hash.
        key_hash: u32,
    },
}

/// A validated key name: non-empty, no '+', no Unicode whitespace, no control characters.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeyName(String);

fn valid_name(s: &str) -> bool {
    !s.is_empty()
        && !s
            .chars()
            .any(|c| c == '+' || c.is_whitespace() || c.is_control())
}

impl KeyName {
    /// Validates a key name.
    pub fn new(s: &str) -> Result<KeyName, NoteError> {
        if valid_name(s) {
            Ok(KeyName(s.to_owned()))
        } else {
            Err(NoteError::InvalidKeyName(s.chars().take(128).collect()))
        }
    }

    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for KeyName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for KeyName {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

/// Key hash (key ID): the first 4 bytes, big-endian, of SHA-256(name || 0x0A || alg_and_key).
pub fn key_hash(name: &str, alg_and_key: &[u8]) -> u32 {
    let mut h = Sha256::new();
    h.update(name.as_bytes());
    h.update(b"\n");
    h.update(alg_and_key);
    let d = h.finalize();
    u32::from_be_bytes([d[0], d[1], d[2], d[3]])
}

fn typed_key_hash(name: &KeyName, alg: u8, key: &[u8; 32]) -> u32 {
    let mut buf = [0u8; 33];
    buf[0] = alg;
    buf[1..].copy_from_slice(key);
    key_hash(name.as_str(), &buf)
}

fn encode_key(alg: u8, key: &[u8; 32]) -> String {
    let mut buf = [0u8; 33];
    buf[0] = alg;
    buf[1..].copy_from_slice(key);
    STANDARD.encode(buf)
}

/// Exactly 8 lowercase hex digits, the form Go writes.
fn parse_hash8(s: &str) -> Option<u32> {
    if s.len() != 8
        || !s
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    {
        return None;
    }
    u32::from_str_radix(s, 16).ok()
}

/// Parses `NAME+HASH+BASE64(alg || 32 bytes)` (the part after `PRIVATE+KEY+` for private keys).
fn parse_key_string(
    s: &str,
    alg: u8,
    bad: fn(&'static str) -> NoteError,
) -> Result<(KeyName, u32, [u8; 32]), NoteError> {
    // Base64 may itself contain '+', so only the first two are separators.
    let mut parts = s.splitn(3, '+');
    let (Some(name), Some(hash16), Some(b64)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(bad("expected NAME+HASH+KEY"));
    };
    let name = KeyName::new(name)?;
    let hash = parse_hash8(hash16).ok_or(bad("the key hash is not 8 lowercase hex digits"))?;
    if b64.len() > 64 {
        return Err(bad("the key is too long"));
    }
    let raw = STANDARD
        .decode(b64)
        .map_err(|_| bad("the key is not valid base64"))?;
    let Some((&got_alg, key)) = raw.split_first() else {
        return Err(bad("the key is empty"));
    };
    if got_alg != alg {
        return Err(NoteError::WrongAlgorithm {
            got: got_alg,
            want: alg,
        });
    }
    let key: [u8; 32] = key.try_into().map_err(|_| bad("the key is not 32 bytes"))?;
    Ok((name, hash, key))
}

fn parse_private_key(s: &str, alg: u8) -> Result<(KeyName, u32, SigningKey), NoteError> {
    let rest = s
        .strip_prefix(PRIVATE_PREFIX)
        .ok_or(NoteError::MalformedPrivateKey(
            "it does not start with PRIVATE+KEY+",
        ))?;
    let (name, hash, seed) = parse_key_string(rest, alg, NoteError::MalformedPrivateKey)?;
    let key = SigningKey::from_bytes(&seed);
    // The hash names the public key, so it can only be checked after deriving it.
    let want = typed_key_hash(&name, alg, key.verifying_key().as_bytes());
    if want != hash {
        return Err(NoteError::KeyHashMismatch { got: hash, want });
    }
    Ok((name, hash, key))
}

fn parse_verifier_key(s: &str, alg: u8) -> Result<(KeyName, u32, VerifyingKey), NoteError> {
    let (name, hash, key) = parse_key_string(s, alg, NoteError::MalformedVerifierKey)?;
    let want = typed_key_hash(&name, alg, &key);
    if want != hash {
        return Err(NoteError::KeyHashMismatch { got: hash, want });
    }
    Ok((name, hash, checked_verifying_key(&key)?))
}

fn checked_verifying_key(key: &[u8; 32]) -> Result<VerifyingKey, NoteError> {
    let vk = VerifyingKey::from_bytes(key).map_err(|_| NoteError::InvalidPublicKey)?;
    if vk.is_weak() {
        return Err(NoteError::WeakPublicKey);
    }
    Ok(vk)
}

fn private_key_string(name: &KeyName, hash: u32, alg: u8, key: &SigningKey) -> String {
    format!(
        "{PRIVATE_PREFIX}{name}+{hash:08x}+{}",
        encode_key(alg, &key.to_bytes())
    )
}

fn verify_strict(key: &VerifyingKey, msg: &[u8], sig: &[u8]) -> bool {
    match Signature::from_slice(sig) {
        Ok(sig) => key.verify_strict(msg, &sig).is_ok(),
        Err(_) => false,
    }
}

/// An Ed25519 note signer (signature type 0x01).
#[derive(Clone)]
pub struct Signer {
    name: KeyName,
    key: SigningKey,
    hash: u32,
}

impl fmt::Debug for Signer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never print the private key.
        write!(f, "Signer({}+{:08x})", self.name, self.hash)
    }
}

impl Signer {
    /// A signer from a 32-byte Ed25519 seed the caller generated.
    pub fn from_seed(name: KeyName, seed: [u8; 32]) -> Signer {
        let key = SigningKey::from_bytes(&seed);
        let hash = typed_key_hash(&name, ALG_ED25519, key.verifying_key().as_bytes());
        Signer { name, key, hash }
    }

    /// Parses `PRIVATE+KEY+NAME+HASH+BASE64(0x01 || seed)` as written by Go's sumdb/note.
    pub fn from_private_key(s: &str) -> Result<Signer, NoteError> {
        let (name, hash, key) = parse_private_key(s, ALG_ED25519)?;
        Ok(Signer { name, key, hash })
    }

    /// The private key string; keep it secret.
    pub fn to_private_key(&self) -> String {
        private_key_string(&self.name, self.hash, ALG_ED25519, &self.key)
    }

    /// The matching verifier.
    pub fn verifier(&self) -> Verifier {
        Verifier {
            name: self.name.clone(),
            key: self.key.verifying_key(),
            hash: self.hash,
        }
    }

    /// Key name.
    pub fn name(&self) -> &KeyName {
        &self.name
    }

    /// Key hash.
    pub fn key_hash(&self) -> u32 {
        self.hash
    }

    /// Ed25519 signature of `msg` (deterministic).
    pub fn sign(&self, msg: &[u8]) -> [u8; 64] {
        self.key.sign(msg).to_bytes()
    }
}

/// An Ed25519 note verifier (signature type 0x01).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Verifier {
    name: KeyName,
    key: VerifyingKey,
    hash: u32,
}

impl Verifier {
    /// Parses `NAME+HASH+BASE64(0x01 || pub)`; the hash must match and weak keys are refused.
    pub fn from_vkey(s: &str) -> Result<Verifier, NoteError> {
        let (name, hash, key) = parse_verifier_key(s, ALG_ED25519)?;
        Ok(Verifier { name, key, hash })
    }

    /// A verifier from a raw public key; weak keys are refused.
    pub fn from_public_key(name: KeyName, key: [u8; 32]) -> Result<Verifier, NoteError> {
        let hash = typed_key_hash(&name, ALG_ED25519, &key);
        Ok(Verifier {
            name,
            key: checked_verifying_key(&key)?,
            hash,
        })
    }

    /// The verifier key string `NAME+HASH+BASE64(0x01 || pub)`.
    pub fn to_vkey(&self) -> String {
        format!(
            "{}+{:08x}+{}",
            self.name,
            self.hash,
            encode_key(ALG_ED25519, self.key.as_bytes())
        )
    }

    /// Key name.
    pub fn name(&self) -> &KeyName {
        &self.name
    }

    /// Key hash.
    pub fn key_hash(&self) -> u32 {
        self.hash
    }

    /// Strict Ed25519 verification (rejects non-canonical and small-order components).
    pub fn verify(&self, msg: &[u8], sig: &[u8]) -> bool {
        verify_strict(&self.key, msg, sig)
    }

    /// The underlying public key.
    pub fn verifying_key(&self) -> &VerifyingKey {
        &self.key
    }

    fn signed(&self, sig: &NoteSignature) -> bool {
        sig.key_hash == self.hash && sig.name == self.name.as_str()
    }
}

/// Whether a signature's R is a canonical encoding of a point that is not of small order, which
/// `verify_strict` demands but the batch equation does not check.
fn strict_r(sig: &Signature) -> bool {
    let r = CompressedEdwardsY(*sig.r_bytes());
    match r.decompress() {
        Some(p) => !p.is_small_order() && p.compress() == r,
        None => false,
    }
}

/// Verifies many (message, signature, verifier) items with one Ed25519 batch equation, falling
/// back to one-by-one `verify_strict` to name the first bad item; returns `Err(i)` for the first
/// invalid item.
///
/// Items the batch path would judge differently from `verify_strict` (malformed, non-canonical or
/// small-order R) are sent to the one-by-one path. The batch equation is deterministic (it derives
/// its coefficients from the inputs) but, like every cofactorless batch check, may accept a
/// signature deliberately crafted by the key holder with a mixed-order R that `verify_strict`
/// rejects; honest signers never produce those.
pub fn verify_batch(items: &[(&[u8], &[u8], &Verifier)]) -> Result<(), usize> {
    if items.is_empty() {
        return Ok(());
    }
    let mut msgs = Vec::with_capacity(items.len());
    let mut sigs = Vec::with_capacity(items.len());
    let mut keys = Vec::with_capacity(items.len());
    let mut batchable = true;
    for (msg, sig, v) in items {
        match Signature::from_slice(sig) {
            Ok(s) if strict_r(&s) => {
                msgs.push(*msg);
                sigs.push(s);
                keys.push(v.key);
            }
            _ => {
                batchable = false;
                break;
            }
        }
    }
    if batchable && ed25519_dalek::verify_batch(&msgs, &sigs, &keys).is_ok() {
        return Ok(());
    }
    for (i, (msg, sig, v)) in items.iter().enumerate() {
        if !v.verify(msg, sig) {
            return Err(i);
        }
    }
    // Every item verifies on its own; single verification is authoritative.
    Ok(())
}

/// One signature line of a note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoteSignature {
    /// Key name.
    pub name: String,
    /// Key hash (key ID).
    pub key_hash: u32,
    /// Signature bytes after the 4-byte key hash.
    pub signature: Vec<u8>,
}

impl NoteSignature {
    fn line(&self) -> String {
        let mut raw = Vec::with_capacity(4 + self.signature.len());
        raw.extend_from_slice(&self.key_hash.to_be_bytes());
        raw.extend_from_slice(&self.signature);
        format!("{EM_DASH_PREFIX}{} {}\n", self.name, STANDARD.encode(raw))
    }

    fn parse_line(line: &str) -> Result<NoteSignature, &'static str> {
        let rest = line
            .strip_prefix(EM_DASH_PREFIX)
            .ok_or("it does not start with an em dash and a space")?;
        let (name, b64) = rest
            .split_once(' ')
            .ok_or("it has no space between key name and signature")?;
        if !valid_name(name) {
            return Err("the key name is invalid");
        }
        let raw = STANDARD
            .decode(b64)
            .map_err(|_| "the signature is not valid base64")?;
        if raw.len() < 5 {
            return Err("the signature is shorter than 5 bytes");
        }
        Ok(NoteSignature {
            name: name.to_owned(),
            key_hash: u32::from_be_bytes([raw[0], raw[1], raw[2], raw[3]]),
            signature: raw[4..].to_vec(),
        })
    }
}

/// A signed note: text and signature lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    text: String,
    signatures: Vec<NoteSignature>,
}

fn check_text(text: &str) -> Result<(), NoteError> {
    if text.len() > MAX_NOTE_SIZE {
        return Err(NoteError::TooLarge {
            size: text.len(),
            max: MAX_NOTE_SIZE,
        });
    }
    if text.is_empty() {
        return Err(NoteError::EmptyText);
    }
    if !text.ends_with('\n') {
        return Err(NoteError::TextWithoutFinalNewline);
    }
    if text.chars().any(|c| c < ' ' && c != '\n') {
        return Err(NoteError::ControlCharacter);
    }
    Ok(())
}

impl Note {
    /// An unsigned note. The text must be non-empty, end with a newline and have no control
    /// characters other than newline; it may contain blank lines, because the signatures are
    /// separated by the last blank line of the note.
    pub fn new(text: &str) -> Result<Note, NoteError> {
        check_text(text)?;
        Ok(Note {
            text: text.to_owned(),
            signatures: Vec::new(),
        })
    }

    /// Parses a signed note strictly per C2SP signed-note: UTF-8 without control characters
    /// other than newline, text, a blank line, then 1..=[`MAX_SIGNATURES`] lines of
    /// `— NAME BASE64\n` with canonical base64 of at least 5 bytes. Signatures are not verified.
    pub fn parse(bytes: &[u8]) -> Result<Note, NoteError> {
        if bytes.len() > MAX_NOTE_SIZE {
            return Err(NoteError::TooLarge {
                size: bytes.len(),
                max: MAX_NOTE_SIZE,
            });
        }
        let s = std::str::from_utf8(bytes).map_err(|_| NoteError::InvalidUtf8)?;
        if s.chars().any(|c| c < ' ' && c != '\n') {
            return Err(NoteError::ControlCharacter);
        }
        let split = s.rfind("\n\n").ok_or(NoteError::NoBlankLine)?;
        let text = &s[..split + 1];
        let sigs = &s[split + 2..];
        if sigs.is_empty() {
            return Err(NoteError::NoSignatures);
        }
        let Some(sigs) = sigs.strip_suffix('\n') else {
            return Err(NoteError::MissingFinalNewline);
        };
        let mut signatures = Vec::new();
        for (i, line) in sigs.split('\n').enumerate() {
            if i == MAX_SIGNATURES {
                return Err(NoteError::TooManySignatures {
                    max: MAX_SIGNATURES,
                });
            }
            let sig = NoteSignature::parse_line(line).map_err(|reason| {
                NoteError::MalformedSignatureLine {
                    line: i + 1,
                    reason,
                }
            })?;
            signatures.push(sig);
        }
        Ok(Note {
            text: text.to_owned(),
            signatures,
        })
    }

    /// The note text, including its final newline.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The signature lines in order.
    pub fn signatures(&self) -> &[NoteSignature] {
        &self.signatures
    }

    /// Signs the text and appends the signature line, replacing an earlier one by the same key.
    pub fn sign(&mut self, signer: &Signer) {
        let sig = signer.sign(self.text.as_bytes());
        self.replace(NoteSignature {
            name: signer.name.as_str().to_owned(),
            key_hash: signer.hash,
            signature: sig.to_vec(),
        });
    }

    /// Adds an externally made signature line (for example a cosignature), replacing an earlier
    /// one with the same name and key hash.
    pub fn add_signature(&mut self, sig: NoteSignature) -> Result<(), NoteError> {
        if !valid_name(&sig.name) {
            return Err(NoteError::InvalidKeyName(
                sig.name.chars().take(128).collect(),
            ));
        }
        if sig.signature.is_empty() {
            return Err(NoteError::MalformedSignatureLine {
                line: self.signatures.len() + 1,
                reason: "the signature is shorter than 5 bytes",
            });
        }
        self.replace(sig);
        Ok(())
    }

    fn replace(&mut self, sig: NoteSignature) {
        self.signatures
            .retain(|s| !(s.name == sig.name && s.key_hash == sig.key_hash));
        self.signatures.push(sig);
    }

    /// The exact serialization: text, blank line, signature lines.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = String::with_capacity(self.text.len() + 1 + self.signatures.len() * 110);
        out.push_str(&self.text);
        out.push('\n');
        for s in &self.signatures {
            out.push_str(&s.line());
        }
        out.into_bytes()
    }

    /// Verifies the note against known verifiers and returns the (sorted) indexes of those with a
    /// valid signature. Lines from unknown keys (name and key hash not both matching) are
    /// ignored; a line from a known key that does not verify is an error, and so is having no
    /// valid signature at all.
    pub fn verify_with(&self, verifiers: &[Verifier]) -> Result<Vec<usize>, NoteError> {
        let mut ok = Vec::new();
        for sig in &self.signatures {
            for (i, v) in verifiers.iter().enumerate() {
                if !v.signed(sig) {
                    continue;
                }
                if !v.verify(self.text.as_bytes(), &sig.signature) {
                    return Err(NoteError::InvalidSignature {
                        name: sig.name.clone(),
                        key_hash: sig.key_hash,
                    });
                }
                ok.push(i);
            }
        }
        ok.sort_unstable();
        ok.dedup();
        if ok.is_empty() {
            return Err(NoteError::NoVerifiedSignature);
        }
        Ok(ok)
    }
}

/// The message a `cosignature/v1` signs: `cosignature/v1\ntime <time>\n` then the checkpoint note
/// text.
pub fn cosigned_message(checkpoint_text: &str, time: u64) -> Vec<u8> {
    format!("cosignature/v1\ntime {time}\n{checkpoint_text}").into_bytes()
}

/// A C2SP tlog-cosignature `cosignature/v1` signer (Ed25519, signature type 0x04).
#[derive(Clone)]
pub struct CosignatureSigner {
    name: KeyName,
    key: SigningKey,
    hash: u32,
}

impl fmt::Debug for CosignatureSigner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CosignatureSigner({}+{:08x})", self.name, self.hash)
    }
}

impl CosignatureSigner {
    /// A cosigner from a 32-byte Ed25519 seed the caller generated.
    pub fn from_seed(name: KeyName, seed: [u8; 32]) -> CosignatureSigner {
        let key = SigningKey::from_bytes(&seed);
        let hash = typed_key_hash(&name, ALG_COSIGNATURE_V1, key.verifying_key().as_bytes());
        CosignatureSigner { name, key, hash }
    }

    /// Parses `PRIVATE+KEY+NAME+HASH+BASE64(0x04 || seed)`.
    pub fn from_private_key(s: &str) -> Result<CosignatureSigner, NoteError> {
        let (name, hash, key) = parse_private_key(s, ALG_COSIGNATURE_V1)?;
        Ok(CosignatureSigner { name, key, hash })
    }

    /// The private key string; keep it secret.
    pub fn to_private_key(&self) -> String {
        private_key_string(&self.name, self.hash, ALG_COSIGNATURE_V1, &self.key)
    }

    /// The matching verifier.
    pub fn verifier(&self) -> CosignatureVerifier {
        CosignatureVerifier {
            name: self.name.clone(),
            key: self.key.verifying_key(),
            hash: self.hash,
        }
    }

    /// Cosigner name.
    pub fn name(&self) -> &KeyName {
        &self.name
    }

    /// Key hash (over 0x04 || public key).
    pub fn key_hash(&self) -> u32 {
        self.hash
    }

    /// Cosigns a checkpoint note text at `time` (Unix seconds, at most 2^63-1: larger times are
    /// written as given and every verifier, this one included, rejects them). The signature bytes
    /// are the 8-byte big-endian time followed by the Ed25519 signature.
    pub fn cosign(&self, checkpoint_text: &str, time: u64) -> NoteSignature {
        let sig = self.key.sign(&cosigned_message(checkpoint_text, time));
        let mut bytes = Vec::with_capacity(72);
        bytes.extend_from_slice(&time.to_be_bytes());
        bytes.extend_from_slice(&sig.to_bytes());
        NoteSignature {
            name: self.name.as_str().to_owned(),
            key_hash: self.hash,
            signature: bytes,
        }
    }
}

/// A C2SP tlog-cosignature `cosignature/v1` verifier.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct CosignatureVerifier {
    name: KeyName,
    key: VerifyingKey,
    hash: u32,
}

impl CosignatureVerifier {
    /// Parses `NAME+HASH+BASE64(0x04 || pub)`; the hash must match and weak keys are refused.
    pub fn from_vkey(s: &str) -> Result<CosignatureVerifier, NoteError> {
        let (name, hash, key) = parse_verifier_key(s, ALG_COSIGNATURE_V1)?;
        Ok(CosignatureVerifier { name, key, hash })
    }

    /// The verifier key string.
    pub fn to_vkey(&self) -> String {
        format!(
            "{}+{:08x}+{}",
            self.name,
            self.hash,
            encode_key(ALG_COSIGNATURE_V1, self.key.as_bytes())
        )
    }

    /// Cosigner name.
    pub fn name(&self) -> &KeyName {
        &self.name
    }

    /// Key hash.
    pub fn key_hash(&self) -> u32 {
        self.hash
    }

    /// The underlying public key.
    pub fn verifying_key(&self) -> &VerifyingKey {
        &self.key
    }

    /// Whether a signature line carries this cosigner's name and key hash.
    pub fn matches(&self, sig: &NoteSignature) -> bool {
        sig.key_hash == self.hash && sig.name == self.name.as_str()
    }

    /// Verifies a cosignature over a checkpoint note text and returns its timestamp.
    pub fn verify(&self, checkpoint_text: &str, sig: &NoteSignature) -> Result<u64, NoteError> {
        if !self.matches(sig) {
            return Err(NoteError::NotThisCosigner {
                name: sig.name.chars().take(128).collect(),
                key_hash: sig.key_hash,
            });
        }
        let Some((time, ed)) = sig.signature.split_first_chunk::<8>() else {
            return Err(NoteError::MalformedCosignature(sig.signature.len()));
        };
        if ed.len() != 64 {
            return Err(NoteError::MalformedCosignature(sig.signature.len()));
        }
        let time = u64::from_be_bytes(*time);
        if time > i64::MAX as u64 {
            return Err(NoteError::CosignatureTimeOutOfRange(time));
        }
        if !verify_strict(&self.key, &cosigned_message(checkpoint_text, time), ed) {
            return Err(NoteError::InvalidCosignature {
                name: sig.name.clone(),
                key_hash: sig.key_hash,
            });
        }
        Ok(time)
    }
}
