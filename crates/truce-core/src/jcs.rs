//! RFC 8785 (JCS) canonical form of JSON values that hold no fractional numbers, written
//! straight into a buffer.
//!
//! Why our own: this runs on every record the log accepts and every record an audit re-checks.
//! Records carry integers only (floats are refused, see `record`), which removes the one hard
//! part of JCS (ECMAScript number formatting); what is left — key order by UTF-16 code units and
//! JCS string escaping — is a few lines, and measured several times faster than the general
//! `serde_json_canonicalizer` path. A property test checks it against that crate byte for byte.

use serde_json::Value;

/// Appends the canonical form of `v` to `out`. Numbers must be integers (checked by the caller);
/// any other number is written as serde_json writes it, which then fails the canonical check.
pub fn write(v: &Value, out: &mut String) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(true) => out.push_str("true"),
        Value::Bool(false) => out.push_str("false"),
        Value::Number(n) => {
            use std::fmt::Write as _;
            if let Some(u) = n.as_u64() {
                let _ = write!(out, "{u}");
            } else if let Some(i) = n.as_i64() {
                let _ = write!(out, "{i}");
            } else {
                let _ = write!(out, "{n}");
            }
        }
        Value::String(s) => write_string(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(item, out);
            }
            out.push(']');
        }
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            // JCS orders keys by their UTF-16 code units; that differs from byte order only
            // when a key holds characters above U+FFFF next to ones from U+E000 to U+FFFF.
            if keys.iter().all(|k| k.is_ascii()) {
                keys.sort_unstable();
            } else {
                keys.sort_unstable_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
            }
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(k, out);
                out.push(':');
                write(&map[k], out);
            }
            out.push('}');
        }
    }
}

/// A JSON string as JCS writes it (the escaping is shared with [`crate::jcs_stream`]).
fn write_string(s: &str, out: &mut String) {
    out.push('"');
    crate::jcs_stream::escape_str(s, |piece| out.push_str(piece));
    out.push('"');
}

/// The canonical form of `v` as a string.
pub fn to_string(v: &Value) -> String {
    let mut out = String::new();
    write(v, &mut out);
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use proptest::prelude::*;
    use serde_json::{Value, json};

    /// Arbitrary integer-only JSON values, with keys and strings that test JCS's corners.
    pub(crate) fn value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            (-(1i64 << 53) + 1..(1i64 << 53)).prop_map(|i| json!(i)),
            "\\PC{0,12}|[\\x00-\\x1f\"\\\\\u{7f}\u{2028}\u{e000}\u{ffff}\u{10000}\u{1f600}]{0,6}"
                .prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 64, 8, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::btree_map(
                    "[a-zA-Z0-9_\u{e9}\u{e000}\u{ff5e}\u{10000}\u{1f600}]{0,6}",
                    inner,
                    0..6
                )
                .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn matches_the_reference_implementation(v in value()) {
            prop_assert_eq!(super::to_string(&v), serde_json_canonicalizer::to_string(&v).unwrap());
        }
    }

    #[test]
    fn orders_keys_by_utf16_code_units() {
        // U+FF5E sorts before U+1F600 in UTF-8 byte order, but after it in UTF-16 code units
        // (0xFF5E > 0xD83D, the first unit of U+1F600's surrogate pair).
        let v = json!({"\u{1f600}": 1, "\u{ff5e}": 2, "a": 3});
        assert_eq!(
            super::to_string(&v),
            "{\"a\":3,\"\u{1f600}\":1,\"\u{ff5e}\":2}"
        );
        assert_eq!(
            super::to_string(&v),
            serde_json_canonicalizer::to_string(&v).unwrap()
        );
    }
}
