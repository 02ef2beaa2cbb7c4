//! C2SP tlog-checkpoint bodies, signing and opening.

use std::path::Path;

use truce_tlog::{
    Checkpoint, CheckpointError, CosignatureSigner, Hash, KeyName, Note, NoteError, Signer,
    leaf_hash, open_checkpoint, sign_checkpoint,
};

fn fixture(rel: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../testdata/tlog")
            .join(rel),
    )
    .unwrap()
}

fn log_signer() -> Signer {
    Signer::from_seed(KeyName::new("example.com/log").unwrap(), [42; 32])
}

fn cp(size: u64) -> Checkpoint {
    Checkpoint {
        origin: "example.com/log".into(),
        size,
        root: leaf_hash(&size.to_be_bytes()),
        extensions: vec![],
    }
}

#[test]
fn c2sp_example_parses() {
    let raw = fixture("c2sp/checkpoint-example.txt");
    let n = Note::parse(&raw).unwrap();
    let c = Checkpoint::parse(n.text()).unwrap();
    assert_eq!(c.origin, "example.com/behind-the-sofa");
    assert_eq!(c.size, 20852163);
    assert_eq!(
        c.root.to_base64(),
        "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I="
    );
    assert!(c.extensions.is_empty());
    assert_eq!(c.to_text(), n.text());
    // The log's key name on its signature line matches the origin, as C2SP recommends.
    assert_eq!(n.signatures()[0].name, c.origin);
    assert_eq!(n.to_bytes(), raw);
}

#[test]
fn sign_and_open_round_trip() {
    let s = log_signer();
    let mut c = cp(1234);
    c.extensions = vec!["ext one".into(), "ext-two".into()];
    let bytes = sign_checkpoint(&c, &s).unwrap();
    assert_eq!(open_checkpoint(&bytes, &s.verifier()), Ok(c.clone()));
    assert_eq!(Checkpoint::parse(&c.to_text()), Ok(c));
    let empty = Checkpoint {
        size: 0,
        root: truce_tlog::empty_root(),
        ..cp(0)
    };
    assert_eq!(
        empty.to_text(),
        "example.com/log\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n"
    );
    let bytes = sign_checkpoint(&empty, &s).unwrap();
    assert_eq!(open_checkpoint(&bytes, &s.verifier()), Ok(empty));
}

#[test]
fn open_ignores_cosignatures_and_checks_the_log() {
    let s = log_signer();
    let c = cp(7);
    let bytes = sign_checkpoint(&c, &s).unwrap();
    let mut n = Note::parse(&bytes).unwrap();
    let w = CosignatureSigner::from_seed(KeyName::new("witness.example/w").unwrap(), [3; 32]);
    n.add_signature(w.cosign(n.text(), 1_700_000_000)).unwrap();
    assert_eq!(open_checkpoint(&n.to_bytes(), &s.verifier()), Ok(c));

    // Another log's key does not open it.
    let other = Signer::from_seed(KeyName::new("example.com/log").unwrap(), [43; 32]);
    assert_eq!(
        open_checkpoint(&bytes, &other.verifier()),
        Err(CheckpointError::Note(NoteError::NoVerifiedSignature))
    );
    // A tampered body fails the signature.
    let tampered = String::from_utf8(bytes.clone())
        .unwrap()
        .replacen("\n7\n", "\n8\n", 1);
    assert!(matches!(
        open_checkpoint(tampered.as_bytes(), &s.verifier()),
        Err(CheckpointError::Note(NoteError::InvalidSignature { .. }))
    ));
}

#[test]
fn wrong_origin_is_named() {
    // A key named differently from the origin signs (by building the note by hand).
    let s = Signer::from_seed(KeyName::new("example.com/other").unwrap(), [1; 32]);
    let mut n = Note::new(&cp(3).to_text()).unwrap();
    n.sign(&s);
    let err = open_checkpoint(&n.to_bytes(), &s.verifier()).unwrap_err();
    assert_eq!(
        err,
        CheckpointError::WrongOrigin {
            origin: "example.com/log".into(),
            key_name: "example.com/other".into()
        }
    );
    let msg = err.to_string();
    assert!(msg.starts_with("wrong log origin"));
    assert!(msg.contains("example.com/log") && msg.contains("example.com/other"));
    // sign_checkpoint refuses to do the same.
    assert!(matches!(
        sign_checkpoint(&cp(3), &s),
        Err(CheckpointError::SignerNotOrigin { .. })
    ));
}

#[test]
fn strict_parsing() {
    let root = Hash([7; 32]).to_base64();
    let ok = format!("o\n5\n{root}\n");
    assert!(Checkpoint::parse(&ok).is_ok());
    let max = format!("o\n{}\n{root}\n", u64::MAX);
    assert_eq!(Checkpoint::parse(&max).unwrap().size, u64::MAX);
    for size in [
        "01",
        "+1",
        "-1",
        "1 ",
        " 1",
        "",
        "18446744073709551616",
        "1e3",
        "0x10",
        "00",
    ] {
        let t = format!("o\n{size}\n{root}\n");
        assert!(
            matches!(Checkpoint::parse(&t), Err(CheckpointError::InvalidSize(_))),
            "size {size:?}"
        );
    }
    let cases: Vec<(String, CheckpointError)> = vec![
        (
            format!("o\n5\n{root}"),
            CheckpointError::MissingFinalNewline,
        ),
        ("o\n5\n".into(), CheckpointError::TooFewLines),
        (format!("\n5\n{root}\n"), CheckpointError::EmptyOrigin),
        (
            "o\n5\nAAAA\n".into(),
            CheckpointError::InvalidRoot("AAAA".into()),
        ),
        (
            format!("o\n5\n{root}\n\n"),
            CheckpointError::EmptyExtension(1),
        ),
        (
            format!("o\n5\n{root}\nx\n\n"),
            CheckpointError::EmptyExtension(2),
        ),
        (
            format!("o\r\n5\n{root}\n"),
            CheckpointError::ControlCharacter,
        ),
    ];
    for (t, want) in cases {
        assert_eq!(Checkpoint::parse(&t), Err(want), "{t:?}");
    }
    // Fields with line breaks cannot be signed.
    let mut c = cp(1);
    c.extensions = vec!["a\nb".into()];
    assert_eq!(
        sign_checkpoint(&c, &log_signer()),
        Err(CheckpointError::Unrepresentable)
    );
    c.extensions = vec![String::new()];
    assert!(sign_checkpoint(&c, &log_signer()).is_err());
}
