//! Signed notes and cosignatures, including golang.org/x/mod sumdb/note vectors
//! (testdata/tlog/golang-mod, BSD-3-Clause, Copyright The Go Authors).

use std::path::Path;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use truce_tlog::note::{ALG_COSIGNATURE_V1, ALG_ED25519, MAX_NOTE_SIZE, MAX_SIGNATURES};
use truce_tlog::{
    CosignatureSigner, CosignatureVerifier, KeyName, Note, NoteError, NoteSignature, Signer,
    Verifier, cosigned_message, key_hash, verify_batch,
};

fn fixture(rel: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../testdata/tlog")
            .join(rel),
    )
    .unwrap()
}

struct GoVectors {
    skey: String,
    vkey: String,
    enoch_vkey: String,
    text: String,
    peter_sig: String,
    enoch_sig: String,
    bad_vkeys: Vec<String>,
}

fn go() -> GoVectors {
    let v: serde_json::Value =
        serde_json::from_slice(&fixture("golang-mod/note-vectors.json")).unwrap();
    let s = |k: &str| v[k].as_str().unwrap().to_owned();
    GoVectors {
        skey: s("peter_skey"),
        vkey: s("peter_vkey"),
        enoch_vkey: s("enoch_vkey"),
        text: s("text"),
        peter_sig: s("peter_sig_line"),
        enoch_sig: s("enoch_sig_line"),
        bad_vkeys: v["bad_vkeys"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_str().unwrap().to_owned())
            .collect(),
    }
}

fn signer(name: &str, seed: u8) -> Signer {
    Signer::from_seed(KeyName::new(name).unwrap(), [seed; 32])
}

#[test]
fn go_private_key_gives_go_verifier_key() {
    let g = go();
    let s = Signer::from_private_key(&g.skey).unwrap();
    assert_eq!(s.verifier().to_vkey(), g.vkey);
    assert_eq!(s.to_private_key(), g.skey);
    assert_eq!(s.key_hash(), 0xc74f20a3);
    assert_eq!(s.name().as_str(), "PeterNeumann");
    let v = Verifier::from_vkey(&g.vkey).unwrap();
    assert_eq!(v, s.verifier());
    assert_eq!(v.to_vkey(), g.vkey);
    let enoch = Verifier::from_vkey(&g.enoch_vkey).unwrap();
    assert_eq!(enoch.key_hash(), 0xaf0cfe78);
    // key_hash over name, newline, type byte and key.
    let mut k = vec![ALG_ED25519];
    k.extend_from_slice(v.verifying_key().as_bytes());
    assert_eq!(key_hash("PeterNeumann", &k), 0xc74f20a3);
}

#[test]
fn go_signature_is_reproduced_exactly() {
    let g = go();
    let s = Signer::from_private_key(&g.skey).unwrap();
    let mut n = Note::new(&g.text).unwrap();
    n.sign(&s);
    let want = format!("{}\n{}", g.text, g.peter_sig);
    assert_eq!(String::from_utf8(n.to_bytes()).unwrap(), want);
    // Signing again replaces the line rather than adding one.
    n.sign(&s);
    assert_eq!(String::from_utf8(n.to_bytes()).unwrap(), want);
}

#[test]
fn go_published_note_verifies_and_tampering_fails() {
    let g = go();
    let peter = Verifier::from_vkey(&g.vkey).unwrap();
    let enoch = Verifier::from_vkey(&g.enoch_vkey).unwrap();
    let msg = format!("{}\n{}{}", g.text, g.peter_sig, g.enoch_sig);
    let n = Note::parse(msg.as_bytes()).unwrap();
    assert_eq!(n.text(), g.text);
    assert_eq!(n.signatures().len(), 2);
    assert_eq!(n.to_bytes(), msg.as_bytes());
    assert_eq!(n.verify_with(std::slice::from_ref(&peter)), Ok(vec![0]));
    assert_eq!(
        n.verify_with(&[enoch.clone(), peter.clone()]),
        Ok(vec![0, 1])
    );
    assert_eq!(n.verify_with(&[]), Err(NoteError::NoVerifiedSignature));

    // Tampered text.
    let tampered = msg.replacen("cryptography", "cryptografy", 1);
    let n = Note::parse(tampered.as_bytes()).unwrap();
    assert_eq!(
        n.verify_with(std::slice::from_ref(&peter)),
        Err(NoteError::InvalidSignature {
            name: "PeterNeumann".into(),
            key_hash: 0xc74f20a3
        })
    );

    // Go's "invalid signature" case: 4 base64 characters spliced into the signature.
    let spliced = format!(
        "{}\n{}ABCD{}",
        g.text,
        &g.peter_sig[..60],
        &g.peter_sig[60..]
    );
    let n = Note::parse(spliced.as_bytes()).unwrap();
    assert!(matches!(
        n.verify_with(std::slice::from_ref(&peter)),
        Err(NoteError::InvalidSignature { .. })
    ));

    // A signature line whose name does not match is an unknown key and is ignored.
    let misnamed = format!(
        "{}\n{}",
        g.text,
        g.peter_sig.replace("PeterNeumann", "CarmenSandiego")
    );
    let n = Note::parse(misnamed.as_bytes()).unwrap();
    assert_eq!(n.verify_with(&[peter]), Err(NoteError::NoVerifiedSignature));
}

#[test]
fn go_malformed_messages_are_rejected() {
    let g = go();
    let (t, p) = (&g.text, &g.peter_sig);
    let cases: Vec<(String, NoteError)> = vec![
        (t.clone(), NoteError::NoBlankLine),
        (format!("{t}\n"), NoteError::NoSignatures),
        (
            format!("{t}\n{}", &p[..p.len() - 1]),
            NoteError::MissingFinalNewline,
        ),
        (format!("\x01{t}\n{p}"), NoteError::ControlCharacter),
        (
            format!(
                "{t}\n\u{2014} Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n"
            ),
            NoteError::MalformedSignatureLine {
                line: 1,
                reason: "the signature is not valid base64",
            },
        ),
        (
            format!("{t}\n{p}Unexpected line.\n"),
            NoteError::MalformedSignatureLine {
                line: 2,
                reason: "it does not start with an em dash and a space",
            },
        ),
        (
            format!("{t}\n{}", p.repeat(MAX_SIGNATURES + 1)),
            NoteError::TooManySignatures {
                max: MAX_SIGNATURES,
            },
        ),
    ];
    for (msg, want) in cases {
        assert_eq!(Note::parse(msg.as_bytes()), Err(want), "{msg:?}");
    }
    let mut bad_utf8 = vec![0xff];
    bad_utf8.extend_from_slice(format!("{t}\n{p}").as_bytes());
    assert_eq!(Note::parse(&bad_utf8), Err(NoteError::InvalidUtf8));
    // Exactly the limit is fine.
    assert!(Note::parse(format!("{t}\n{}", p.repeat(MAX_SIGNATURES)).as_bytes()).is_ok());
}

#[test]
fn go_key_manglings_are_rejected() {
    let g = go();
    for key in [&g.vkey, &g.skey] {
        let parse = |k: &str| {
            if key.starts_with("PRIVATE") {
                Signer::from_private_key(k).map(|_| ())
            } else {
                Verifier::from_vkey(k).map(|_| ())
            }
        };
        let b = key.as_bytes();
        for i in 0..=b.len() {
            for j in i + 1..=b.len() {
                if i != 0 || j != b.len() {
                    let sub = std::str::from_utf8(&b[i..j]).unwrap();
                    assert!(parse(sub).is_err(), "substring {sub:?} accepted");
                }
            }
        }
        for i in 0..b.len() {
            let mut m = b.to_vec();
            m[i] = m[i].wrapping_add(1);
            if let Ok(s) = std::str::from_utf8(&m) {
                assert!(parse(s).is_err(), "mangled {s:?} accepted");
            }
        }
    }
    assert!(matches!(
        Verifier::from_vkey(&g.bad_vkeys[0]),
        Err(NoteError::MalformedVerifierKey(_))
    ));
    assert!(matches!(
        Verifier::from_vkey(&g.bad_vkeys[1]),
        Err(NoteError::WrongAlgorithm {
            got: 0x65,
            want: 0x01
        })
    ));
    // Go would accept upper-case hex; Go itself writes lower-case, and we accept only that.
    assert!(Verifier::from_vkey(&g.vkey.replace("c74f20a3", "C74F20A3")).is_err());
}

#[test]
fn key_names() {
    for ok in ["example.com/log42", "PeterNeumann", "a", "ü/ñ"] {
        assert_eq!(KeyName::new(ok).unwrap().as_str(), ok);
    }
    for bad in [
        "",
        "a+b",
        "a b",
        "a\tb",
        "a\nb",
        "a\u{a0}b",
        "a\u{2003}b",
        "a\u{1}b",
    ] {
        assert!(
            matches!(KeyName::new(bad), Err(NoteError::InvalidKeyName(_))),
            "{bad:?}"
        );
    }
}

#[test]
fn round_trips_with_several_signers() {
    let a = signer("example.com/a", 1);
    let b = signer("example.com/b", 2);
    let mut n = Note::new("hello\n\nworld\n").unwrap();
    n.sign(&a);
    n.sign(&b);
    let bytes = n.to_bytes();
    let back = Note::parse(&bytes).unwrap();
    assert_eq!(back, n);
    assert_eq!(back.to_bytes(), bytes);
    assert_eq!(back.text(), "hello\n\nworld\n");
    assert_eq!(
        back.verify_with(&[b.verifier(), a.verifier()]),
        Ok(vec![0, 1])
    );
    // Text that is a single newline, or ends in a blank line, still round-trips.
    for text in ["\n", "x\n\n", "\u{2014} looks like a signature\n"] {
        let mut n = Note::new(text).unwrap();
        n.sign(&a);
        let back = Note::parse(&n.to_bytes()).unwrap();
        assert_eq!(back, n, "{text:?}");
        assert_eq!(back.text(), text);
    }
}

#[test]
fn new_rejects_bad_text() {
    assert_eq!(Note::new(""), Err(NoteError::EmptyText));
    assert_eq!(Note::new("abc"), Err(NoteError::TextWithoutFinalNewline));
    assert_eq!(Note::new("a\rb\n"), Err(NoteError::ControlCharacter));
    let big = "a".repeat(MAX_NOTE_SIZE) + "\n";
    assert!(matches!(Note::new(&big), Err(NoteError::TooLarge { .. })));
}

#[test]
fn malformed_notes() {
    let a = signer("example.com/a", 1);
    let mut n = Note::new("body\n").unwrap();
    n.sign(&a);
    let good = String::from_utf8(n.to_bytes()).unwrap();
    let line = good.lines().last().unwrap().to_owned();
    let b64 = line.rsplit(' ').next().unwrap().to_owned();

    let cases: Vec<(String, NoteError)> = vec![
        // Hyphen instead of em dash.
        (
            good.replace('\u{2014}', "-"),
            NoteError::MalformedSignatureLine {
                line: 1,
                reason: "it does not start with an em dash and a space",
            },
        ),
        (
            good.replace(&b64, "!!!!"),
            NoteError::MalformedSignatureLine {
                line: 1,
                reason: "the signature is not valid base64",
            },
        ),
        // Unpadded base64 is not canonical.
        (
            good.replace(&b64, b64.trim_end_matches('=')),
            NoteError::MalformedSignatureLine {
                line: 1,
                reason: "the signature is not valid base64",
            },
        ),
        (
            good.replace(&b64, "AAAAAA=="),
            NoteError::MalformedSignatureLine {
                line: 1,
                reason: "the signature is shorter than 5 bytes",
            },
        ),
        (
            good.replace(&format!(" {b64}"), &b64),
            NoteError::MalformedSignatureLine {
                line: 1,
                reason: "it has no space between key name and signature",
            },
        ),
        (
            good.replace("example.com/a ", "example+com/a "),
            NoteError::MalformedSignatureLine {
                line: 1,
                reason: "the key name is invalid",
            },
        ),
        (
            good.replace("example.com/a ", "example.com/a  "),
            NoteError::MalformedSignatureLine {
                line: 1,
                reason: "the signature is not valid base64",
            },
        ),
        (
            good[..good.len() - 10].to_owned(),
            NoteError::MissingFinalNewline,
        ),
        (good.replace("\n\n", "\n"), NoteError::NoBlankLine),
        (format!("{good}\n"), NoteError::NoSignatures),
        (good.replace("body", "bo\tdy"), NoteError::ControlCharacter),
    ];
    for (msg, want) in cases {
        assert_eq!(Note::parse(msg.as_bytes()), Err(want), "{msg:?}");
    }
    // Every truncation of a valid note is an error.
    for cut in 0..good.len() {
        if good.is_char_boundary(cut) {
            assert!(
                Note::parse(&good.as_bytes()[..cut]).is_err(),
                "cut at {cut}"
            );
        }
    }
    let huge = vec![b'a'; MAX_NOTE_SIZE + 1];
    assert_eq!(
        Note::parse(&huge),
        Err(NoteError::TooLarge {
            size: MAX_NOTE_SIZE + 1,
            max: MAX_NOTE_SIZE
        })
    );
}

fn vkey_for(name: &str, alg: u8, key: [u8; 32]) -> String {
    let mut k = vec![alg];
    k.extend_from_slice(&key);
    format!("{name}+{:08x}+{}", key_hash(name, &k), STANDARD.encode(&k))
}

#[test]
fn small_order_public_keys_are_rejected() {
    // y = 1 is the identity; y = 0 is a point of order 4; both are small order.
    let mut identity = [0u8; 32];
    identity[0] = 1;
    for key in [identity, [0u8; 32]] {
        assert_eq!(
            Verifier::from_vkey(&vkey_for("weak", ALG_ED25519, key)),
            Err(NoteError::WeakPublicKey)
        );
        assert_eq!(
            CosignatureVerifier::from_vkey(&vkey_for("weak", ALG_COSIGNATURE_V1, key)),
            Err(NoteError::WeakPublicKey)
        );
        assert_eq!(
            Verifier::from_public_key(KeyName::new("weak").unwrap(), key),
            Err(NoteError::WeakPublicKey)
        );
    }
    // A good key in the same form is accepted, so the rejection above is about the key.
    let v = signer("good", 9).verifier();
    assert_eq!(
        Verifier::from_vkey(&vkey_for(
            "good",
            ALG_ED25519,
            *v.verifying_key().as_bytes()
        )),
        Ok(v)
    );
}

/// Ed25519 group order L, little-endian.
const L: [u8; 32] = [
    0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10,
];

fn malleate(sig: &[u8; 64]) -> [u8; 64] {
    let mut out = *sig;
    let mut carry = 0u16;
    for i in 0..32 {
        let s = u16::from(out[32 + i]) + u16::from(L[i]) + carry;
        out[32 + i] = s as u8;
        carry = s >> 8;
    }
    out
}

#[test]
fn malleated_signature_is_rejected() {
    let a = signer("example.com/a", 3);
    let v = a.verifier();
    let sig = a.sign(b"msg");
    assert!(v.verify(b"msg", &sig));
    let bad = malleate(&sig);
    assert_ne!(bad, sig);
    assert!(!v.verify(b"msg", &bad));
    assert!(!v.verify(b"msg", &sig[..63]));
    assert_eq!(verify_batch(&[(b"msg", &bad, &v)]), Err(0));
    // Through a note, too.
    let mut n = Note::new("m\n").unwrap();
    n.sign(&a);
    let mut s = n.signatures()[0].clone();
    s.signature = malleate(&s.signature.clone().try_into().unwrap()).to_vec();
    let mut n2 = Note::new("m\n").unwrap();
    n2.add_signature(s).unwrap();
    assert!(matches!(
        n2.verify_with(&[v]),
        Err(NoteError::InvalidSignature { .. })
    ));
}

#[test]
fn batch_verification_names_the_first_bad_item() {
    let signers: Vec<Signer> = (0..16u8).map(|i| signer(&format!("k{i}"), i)).collect();
    let verifiers: Vec<Verifier> = signers.iter().map(Signer::verifier).collect();
    let msgs: Vec<Vec<u8>> = (0..256u32).map(|i| i.to_be_bytes().to_vec()).collect();
    let mut sigs: Vec<Vec<u8>> = msgs
        .iter()
        .enumerate()
        .map(|(i, m)| signers[i % 16].sign(m).to_vec())
        .collect();
    let items = |sigs: &[Vec<u8>]| -> Result<(), usize> {
        let v: Vec<(&[u8], &[u8], &Verifier)> = msgs
            .iter()
            .zip(sigs)
            .enumerate()
            .map(|(i, (m, s))| (m.as_slice(), s.as_slice(), &verifiers[i % 16]))
            .collect();
        verify_batch(&v)
    };
    assert_eq!(items(&sigs), Ok(()));
    assert_eq!(verify_batch(&[]), Ok(()));
    sigs[200][5] ^= 1;
    sigs[17][40] ^= 1;
    assert_eq!(items(&sigs), Err(17));
    sigs[17][40] ^= 1;
    assert_eq!(items(&sigs), Err(200));
    sigs[200][5] ^= 1;
    sigs[3] = malleate(&sigs[3].clone().try_into().unwrap()).to_vec();
    assert_eq!(items(&sigs), Err(3));
    sigs[3].truncate(10);
    assert_eq!(items(&sigs), Err(3));
    // A small-order R (the identity) is refused like verify_strict does.
    let mut id_r = signers[4].sign(&msgs[4]);
    id_r[..32].copy_from_slice(&{
        let mut b = [0u8; 32];
        b[0] = 1;
        b
    });
    sigs[3] = signers[3].sign(&msgs[3]).to_vec();
    sigs[4] = id_r.to_vec();
    assert_eq!(items(&sigs), Err(4));
}

#[test]
fn verify_with_ignores_unknown_and_rejects_bad_known() {
    let a = signer("example.com/a", 1);
    let b = signer("example.com/b", 2);
    let other_a = signer("example.com/a", 7); // same name, different key hash
    let mut n = Note::new("t\n").unwrap();
    n.sign(&a);
    n.sign(&other_a);
    assert_eq!(n.verify_with(&[b.verifier(), a.verifier()]), Ok(vec![1]));
    assert_eq!(
        n.verify_with(&[b.verifier()]),
        Err(NoteError::NoVerifiedSignature)
    );
    // A line with a known (name, hash) but a wrong signature.
    let mut forged = n.signatures()[0].clone();
    forged.signature = b.sign(b"t\n").to_vec();
    let mut n2 = Note::new("t\n").unwrap();
    n2.add_signature(forged).unwrap();
    n2.sign(&b);
    assert!(matches!(
        n2.verify_with(&[a.verifier(), b.verifier()]),
        Err(NoteError::InvalidSignature { .. })
    ));
    assert!(
        n2.add_signature(NoteSignature {
            name: "bad name".into(),
            key_hash: 1,
            signature: vec![1]
        })
        .is_err()
    );
}

#[test]
fn private_key_round_trip_and_errors() {
    let a = signer("example.com/a", 5);
    let back = Signer::from_private_key(&a.to_private_key()).unwrap();
    assert_eq!(back.verifier(), a.verifier());
    assert!(format!("{a:?}").contains("example.com/a"));
    assert!(!format!("{a:?}").contains(&a.to_private_key()));
    assert!(matches!(
        Signer::from_private_key("PRIVATE+KEY+x"),
        Err(NoteError::MalformedPrivateKey(_))
    ));
    // A verifier key is not a private key.
    assert!(Signer::from_private_key(&a.verifier().to_vkey()).is_err());
}

#[test]
fn cosignature_round_trip() {
    let c = CosignatureSigner::from_seed(KeyName::new("witness.example/w1").unwrap(), [8; 32]);
    let v = CosignatureVerifier::from_vkey(&c.verifier().to_vkey()).unwrap();
    assert_eq!(v, c.verifier());
    let text = "example.com/log\n5\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n";
    let sig = c.cosign(text, 1_700_000_000);
    assert_eq!(sig.signature.len(), 72);
    assert_eq!(&sig.signature[..8], &1_700_000_000u64.to_be_bytes());
    assert!(v.matches(&sig));
    assert_eq!(v.verify(text, &sig), Ok(1_700_000_000));
    assert!(matches!(
        v.verify("other\n", &sig),
        Err(NoteError::InvalidCosignature { .. })
    ));
    // Changing the timestamp breaks the signature.
    let mut t = sig.clone();
    t.signature[7] ^= 1;
    assert!(matches!(
        v.verify(text, &t),
        Err(NoteError::InvalidCosignature { .. })
    ));
    let mut short = sig.clone();
    short.signature.truncate(71);
    assert_eq!(
        v.verify(text, &short),
        Err(NoteError::MalformedCosignature(71))
    );
    let late = c.cosign(text, u64::MAX);
    assert_eq!(
        v.verify(text, &late),
        Err(NoteError::CosignatureTimeOutOfRange(u64::MAX))
    );
    // Another cosigner's line is not ours.
    let d = CosignatureSigner::from_seed(KeyName::new("witness.example/w2").unwrap(), [9; 32]);
    assert!(matches!(
        v.verify(text, &d.cosign(text, 1)),
        Err(NoteError::NotThisCosigner { .. })
    ));
    // Key hashes separate the two signature types for the same key and name.
    let plain = Signer::from_seed(KeyName::new("witness.example/w1").unwrap(), [8; 32]);
    assert_ne!(plain.key_hash(), c.key_hash());
    assert!(matches!(
        Verifier::from_vkey(&v.to_vkey()),
        Err(NoteError::WrongAlgorithm { got: 4, want: 1 })
    ));
    assert!(matches!(
        CosignatureVerifier::from_vkey(&plain.verifier().to_vkey()),
        Err(NoteError::WrongAlgorithm { got: 1, want: 4 })
    ));
    // Private key strings round-trip.
    let back = CosignatureSigner::from_private_key(&c.to_private_key()).unwrap();
    assert_eq!(back.verifier(), c.verifier());
    // A cosignature rides in the note next to the log signature and survives a round trip.
    let log = Signer::from_seed(KeyName::new("example.com/log").unwrap(), [1; 32]);
    let mut n = Note::new(text).unwrap();
    n.sign(&log);
    n.add_signature(sig.clone()).unwrap();
    let back = Note::parse(&n.to_bytes()).unwrap();
    assert_eq!(back.verify_with(&[log.verifier()]), Ok(vec![0]));
    let found = back.signatures().iter().find(|s| v.matches(s)).unwrap();
    assert_eq!(v.verify(back.text(), found), Ok(1_700_000_000));
}

#[test]
fn c2sp_cosignature_example_layout() {
    // The tlog-cosignature example: the witness line carries key ID, then the 8-byte timestamp
    // 1679315147 that the spec's signed-message example shows, then 64 signature bytes.
    let n = Note::parse(&fixture("c2sp/cosigned-checkpoint-example.txt")).unwrap();
    assert_eq!(n.signatures().len(), 2);
    let w = &n.signatures()[1];
    assert_eq!(w.name, "witness.example.com/w1");
    assert_eq!(w.signature.len(), 72);
    assert_eq!(
        u64::from_be_bytes(w.signature[..8].try_into().unwrap()),
        1679315147
    );
    assert_eq!(
        cosigned_message(n.text(), 1679315147),
        fixture("c2sp/cosignature-v1-message-example.txt")
    );
    assert_eq!(
        n.to_bytes(),
        fixture("c2sp/cosigned-checkpoint-example.txt")
    );
}

#[test]
fn c2sp_signed_note_example() {
    let raw = fixture("c2sp/signed-note-example.txt");
    let n = Note::parse(&raw).unwrap();
    // The text keeps its inner blank line; the signature block starts after the last one.
    assert_eq!(
        n.text(),
        "Ognuno sta solo sul cuor della terra\ntrafitto da un raggio di sole:\n\ned è subito sera.\n"
    );
    assert_eq!(n.signatures().len(), 1);
    assert_eq!(n.signatures()[0].name, "quasimodo.example/salvatore");
    assert_eq!(n.signatures()[0].signature.len(), 64);
    assert_eq!(n.to_bytes(), raw);
    // Unknown key: verification reports no valid signature rather than succeeding.
    assert_eq!(
        n.verify_with(&[signer("x", 1).verifier()]),
        Err(NoteError::NoVerifiedSignature)
    );
}
