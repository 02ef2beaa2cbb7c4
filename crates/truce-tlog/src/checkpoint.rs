//! C2SP tlog-checkpoint: the note body naming a log's origin, tree size and root hash.

use crate::hash::Hash;
use crate::note::{Note, NoteError, Signer, Verifier};

/// Why a checkpoint was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CheckpointError {
    /// The body does not end with a newline.
    #[error("checkpoint does not end with a newline")]
    MissingFinalNewline,
    /// Fewer than three lines.
    #[error("checkpoint has fewer than three lines")]
    TooFewLines,
    /// The origin line is empty.
    #[error("checkpoint origin line is empty")]
    EmptyOrigin,
    /// The size line is not a canonical decimal u64.
    #[error("checkpoint tree size {0:?} is not a decimal number without leading zeros")]
    InvalidSize(String),
    /// The root line is not base64 of 32 bytes.
    #[error("checkpoint root hash {0:?} is not base64 of 32 bytes")]
    InvalidRoot(String),
    /// An extension line is empty.
    #[error("checkpoint extension line {0} is empty")]
    EmptyExtension(usize),
    /// A control character other than the line separators.
    #[error("checkpoint contains a control character")]
    ControlCharacter,
    /// The fields contain newlines, so the text would not read back as the same checkpoint.
    #[error("checkpoint fields contain line breaks and cannot be written as a checkpoint")]
    Unrepresentable,
    /// The note layer failed (syntax or signatures).
    #[error("checkpoint note: {0}")]
    Note(#[from] NoteError),
    /// The signer's key name is not the checkpoint origin.
    #[error("signer key name {key_name:?} does not match checkpoint origin {origin:?}")]
    SignerNotOrigin {
        /// Checkpoint origin.
        origin: String,
        /// Signer key name.
        key_name: String,
    },
    /// The checkpoint comes from another log than the one whose key verified it.
    #[error(
        "wrong log origin: checkpoint origin is {origin:?} but the log key is named {key_name:?}"
    )]
    WrongOrigin {
        /// Checkpoint origin.
        origin: String,
        /// Log key name.
        key_name: String,
    },
}

/// A checkpoint body (the signed note text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    /// Log identity, by convention a schema-less URL such as `example.com/log42`.
    pub origin: String,
    /// Number of leaves.
    pub size: u64,
    /// RFC 9162 root hash at `size`.
    pub root: Hash,
    /// Optional extension lines without their newlines (non-empty; not recommended by C2SP).
    pub extensions: Vec<String>,
}

fn cut(s: &str) -> String {
    s.chars().take(64).collect()
}

impl Checkpoint {
    /// `ORIGIN\nSIZE\nBASE64(root)\n` followed by each extension line and a newline.
    pub fn to_text(&self) -> String {
        let mut s = format!(
            "{}\n{}\n{}\n",
            self.origin,
            self.size,
            self.root.to_base64()
        );
        for e in &self.extensions {
            s.push_str(e);
            s.push('\n');
        }
        s
    }

    /// Parses a checkpoint body strictly: non-empty origin, decimal size without sign or leading
    /// zeros, standard base64 root of 32 bytes, non-empty extension lines, final newline.
    pub fn parse(text: &str) -> Result<Checkpoint, CheckpointError> {
        if text.chars().any(|c| c < ' ' && c != '\n') {
            return Err(CheckpointError::ControlCharacter);
        }
        let body = text
            .strip_suffix('\n')
            .ok_or(CheckpointError::MissingFinalNewline)?;
        let mut lines = body.split('\n');
        let (Some(origin), Some(size), Some(root)) = (lines.next(), lines.next(), lines.next())
        else {
            return Err(CheckpointError::TooFewLines);
        };
        if origin.is_empty() {
            return Err(CheckpointError::EmptyOrigin);
        }
        let size_ok = !size.is_empty()
            && size.len() <= 20
            && size.bytes().all(|b| b.is_ascii_digit())
            && (size == "0" || !size.starts_with('0'));
        let size = size
            .parse::<u64>()
            .ok()
            .filter(|_| size_ok)
            .ok_or_else(|| CheckpointError::InvalidSize(cut(size)))?;
        let root = Hash::from_base64(root).map_err(|_| CheckpointError::InvalidRoot(cut(root)))?;
        let mut extensions = Vec::new();
        for (i, e) in lines.enumerate() {
            if e.is_empty() {
                return Err(CheckpointError::EmptyExtension(i + 1));
            }
            extensions.push(e.to_owned());
        }
        Ok(Checkpoint {
            origin: origin.to_owned(),
            size,
            root,
            extensions,
        })
    }
}

/// Signs a checkpoint with the log key and returns the signed note bytes. The signer's key name
/// must equal the origin, and the checkpoint must be well formed (it must parse back unchanged).
pub fn sign_checkpoint(cp: &Checkpoint, signer: &Signer) -> Result<Vec<u8>, CheckpointError> {
    if signer.name().as_str() != cp.origin {
        return Err(CheckpointError::SignerNotOrigin {
            origin: cut(&cp.origin),
            key_name: signer.name().as_str().to_owned(),
        });
    }
    let text = cp.to_text();
    // Re-parsing catches origins or extensions with embedded newlines and empty extensions.
    if Checkpoint::parse(&text)? != *cp {
        return Err(CheckpointError::Unrepresentable);
    }
    let mut note = Note::new(&text)?;
    note.sign(signer);
    Ok(note.to_bytes())
}

/// Parses a signed checkpoint note, requires a valid signature by `log` (other signature lines,
/// such as witness cosignatures, are ignored here), requires the origin to equal the log key
/// name, and returns the body.
pub fn open_checkpoint(note: &[u8], log: &Verifier) -> Result<Checkpoint, CheckpointError> {
    let n = Note::parse(note)?;
    n.verify_with(std::slice::from_ref(log))?;
    let cp = Checkpoint::parse(n.text())?;
    if cp.origin != log.name().as_str() {
        return Err(CheckpointError::WrongOrigin {
            origin: cut(&cp.origin),
            key_name: log.name().as_str().to_owned(),
        });
    }
    Ok(cp)
}
