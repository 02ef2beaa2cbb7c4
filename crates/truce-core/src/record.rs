//! The record envelope: one line of RFC 8785 canonical JSON, `{"body":..,"kind":..,"time":..,"v":1}`.
//!
//! A record's text is exactly that line followed by `"\n"`; it is the text of a C2SP signed note,
//! and the note's bytes are the log entry. The bytes that were signed are kept and served as they
//! are; they are parsed to be read and never re-encoded to be checked.

use jiff::Timestamp;
use serde_json::{Map, Value};

use crate::kinds::Kind;

/// The largest log entry, in bytes: tlog-tiles entry bundles carry a 16-bit length.
pub const MAX_ENTRY_BYTES: usize = 65_535;

/// The record format version this code writes and reads.
pub const RECORD_VERSION: u64 = 1;

/// The largest integer a record may carry: I-JSON's safe range, so every JSON reader agrees on it.
const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

/// A parsed record envelope.
#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    /// What the record is (e.g. `incident.report`).
    pub kind: Kind,
    /// When the author says it was made, UTC, whole seconds.
    pub time: Timestamp,
    /// The kind-specific content: always a JSON object.
    pub body: Map<String, Value>,
}

/// Why a record's text was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum RecordError {
    /// Not valid JSON at all.
    #[error("the record is not valid JSON: {0}")]
    Malformed(String),
    /// Valid JSON, but not in RFC 8785 canonical form.
    #[error(
        "the record is not RFC 8785 canonical JSON (keys sorted, no spaces, one line); \
         let truce build the record from your body instead of writing the envelope by hand"
    )]
    NotCanonical,
    /// The text is not exactly one line ending in a newline.
    #[error("a record must be exactly one line of JSON followed by a newline")]
    NotOneLine,
    /// A required envelope field is missing or of the wrong type.
    #[error("the record's \"{field}\" field is {problem}")]
    Field {
        /// Which field.
        field: &'static str,
        /// What is wrong with it.
        problem: String,
    },
    /// An envelope field that this version does not define.
    #[error(
        "the record has an unexpected top-level field \"{0}\"; only v, kind, time and body are allowed"
    )]
    ExtraField(String),
    /// A non-integer or out-of-range number somewhere in the body.
    #[error(
        "the record contains the number {0}, but records carry only integers up to 2^53-1; \
         write fractions and large numbers as strings"
    )]
    Number(String),
    /// The signed entry would exceed the size a log entry may have.
    #[error(
        "the record is {size} bytes once signed, over the limit of {MAX_ENTRY_BYTES}; \
         store large material (evidence files) separately and reference it by SHA-256"
    )]
    TooLarge {
        /// The size it would have.
        size: usize,
    },
    /// The kind is not one truce knows.
    #[error("unknown record kind \"{0}\"; known kinds are: {list}", list = crate::kinds::Kind::known_list())]
    UnknownKind(String),
}

impl Record {
    /// Builds a record. The body must be a JSON object holding no floats.
    pub fn new(kind: Kind, time: Timestamp, body: Value) -> Result<Record, RecordError> {
        let Value::Object(body) = body else {
            return Err(RecordError::Field {
                field: "body",
                problem: "not a JSON object".into(),
            });
        };
        check_numbers(&Value::Object(body.clone()))?;
        Ok(Record {
            kind,
            time: truncate_to_seconds(time),
            body,
        })
    }

    /// The record's text: one canonical JSON line and a newline. This is what gets signed.
    pub fn to_text(&self) -> String {
        let envelope = serde_json::json!({
            "v": RECORD_VERSION,
            "kind": self.kind.as_str(),
            "time": format_time(self.time),
            "body": Value::Object(self.body.clone()),
        });
        let mut line = crate::jcs::to_string(&envelope);
        line.push('\n');
        line
    }

    /// Parses and checks a record's text (the text of a signed note).
    pub fn parse(text: &str) -> Result<Record, RecordError> {
        let line = text.strip_suffix('\n').ok_or(RecordError::NotOneLine)?;
        if line.contains('\n') || line.contains('\r') {
            return Err(RecordError::NotOneLine);
        }
        let value: Value =
            serde_json::from_str(line).map_err(|e| RecordError::Malformed(e.to_string()))?;
        check_numbers(&value)?;
        let canonical = crate::jcs::to_string(&value);
        if canonical != line {
            return Err(RecordError::NotCanonical);
        }
        let Value::Object(mut fields) = value else {
            return Err(RecordError::Malformed(
                "the record is not a JSON object".into(),
            ));
        };
        match fields.remove("v") {
            Some(Value::Number(n)) if n.as_u64() == Some(RECORD_VERSION) => {}
            Some(other) => {
                return Err(RecordError::Field {
                    field: "v",
                    problem: format!("{other}, but this version of truce reads only 1"),
                });
            }
            None => return Err(missing("v")),
        }
        let kind = match fields.remove("kind") {
            Some(Value::String(s)) => Kind::parse(&s)?,
            Some(_) => return Err(not_a_string("kind")),
            None => return Err(missing("kind")),
        };
        let time = match fields.remove("time") {
            Some(Value::String(s)) => parse_time(&s)?,
            Some(_) => return Err(not_a_string("time")),
            None => return Err(missing("time")),
        };
        let body = match fields.remove("body") {
            Some(Value::Object(m)) => m,
            Some(_) => {
                return Err(RecordError::Field {
                    field: "body",
                    problem: "not a JSON object".into(),
                });
            }
            None => return Err(missing("body")),
        };
        if let Some(extra) = fields.keys().next() {
            return Err(RecordError::ExtraField(extra.clone()));
        }
        Ok(Record { kind, time, body })
    }
}

fn missing(field: &'static str) -> RecordError {
    RecordError::Field {
        field,
        problem: "missing".into(),
    }
}

fn not_a_string(field: &'static str) -> RecordError {
    RecordError::Field {
        field,
        problem: "not a string".into(),
    }
}

/// Formats a record time: RFC 3339, UTC, whole seconds, `Z` (the one form records use).
pub fn format_time(t: Timestamp) -> String {
    truncate_to_seconds(t)
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

/// Parses a record time in exactly the form [`format_time`] writes.
pub fn parse_time(s: &str) -> Result<Timestamp, RecordError> {
    let bad = || RecordError::Field {
        field: "time",
        problem: format!("\"{s}\", not an RFC 3339 UTC time like 2025-10-19T06:30:00Z"),
    };
    let t: Timestamp = s.parse().map_err(|_| bad())?;
    if format_time(t) != s {
        return Err(bad());
    }
    Ok(t)
}

fn truncate_to_seconds(t: Timestamp) -> Timestamp {
    Timestamp::from_second(t.as_second()).expect("whole seconds of a valid timestamp are valid")
}

/// Refuses floats and integers outside I-JSON's safe range anywhere in `v`: a signed record must
/// mean the same number to every reader, in every language.
fn check_numbers(v: &Value) -> Result<(), RecordError> {
    match v {
        Value::Number(n) => {
            let ok = match (n.as_u64(), n.as_i64()) {
                (Some(u), _) => u <= MAX_SAFE_INTEGER,
                (None, Some(i)) => i.unsigned_abs() <= MAX_SAFE_INTEGER,
                _ => false,
            };
            if ok {
                Ok(())
            } else {
                Err(RecordError::Number(n.to_string()))
            }
        }
        Value::Array(items) => items.iter().try_for_each(check_numbers),
        Value::Object(map) => map.values().try_for_each(check_numbers),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn text_is_one_canonical_line() {
        let r = Record::new(
            Kind::parse("incident.report").unwrap(),
            t("2025-10-19T06:30:00.75Z"),
            json!({"zeta": 1, "alpha": "ä", "mid": [3, {"b": true, "a": null}]}),
        )
        .unwrap();
        assert_eq!(
            r.to_text(),
            "{\"body\":{\"alpha\":\"ä\",\"mid\":[3,{\"a\":null,\"b\":true}],\"zeta\":1},\
             \"kind\":\"incident.report\",\"time\":\"2025-10-19T06:30:00Z\",\"v\":1}\n"
        );
        assert_eq!(Record::parse(&r.to_text()).unwrap(), r);
    }

    #[test]
    fn refuses_non_canonical_json() {
        let spaced = "{\"body\": {},\"kind\":\"incident.report\",\"time\":\"2025-10-19T06:30:00Z\",\"v\":1}\n";
        assert_eq!(Record::parse(spaced), Err(RecordError::NotCanonical));
        let unsorted = "{\"v\":1,\"body\":{},\"kind\":\"incident.report\",\"time\":\"2025-10-19T06:30:00Z\"}\n";
        assert_eq!(Record::parse(unsorted), Err(RecordError::NotCanonical));
        let dup = "{\"body\":{\"a\":1,\"a\":2},\"kind\":\"incident.report\",\"time\":\"2025-10-19T06:30:00Z\",\"v\":1}\n";
        assert_eq!(Record::parse(dup), Err(RecordError::NotCanonical));
    }

    #[test]
    fn refuses_malformed_and_multiline() {
        assert!(matches!(
            Record::parse("{\"body\":\n{}}\n"),
            Err(RecordError::NotOneLine)
        ));
        assert!(matches!(
            Record::parse("{\"body\":{}\n"),
            Err(RecordError::Malformed(_))
        ));
        assert_eq!(Record::parse("{}"), Err(RecordError::NotOneLine));
    }

    #[test]
    fn refuses_floats_and_unsafe_integers() {
        let float = "{\"body\":{\"x\":1.5},\"kind\":\"incident.report\",\"time\":\"2025-10-19T06:30:00Z\",\"v\":1}\n";
        assert!(matches!(Record::parse(float), Err(RecordError::Number(_))));
        assert!(matches!(
            Record::new(
                Kind::parse("incident.report").unwrap(),
                t("2025-10-19T06:30:00Z"),
                json!({"n": 9007199254740992u64})
            ),
            Err(RecordError::Number(_))
        ));
    }

    #[test]
    fn checks_envelope_fields() {
        let cases = [
            (
                "{\"body\":{},\"kind\":\"incident.report\",\"time\":\"2025-10-19T06:30:00Z\",\"v\":2}\n",
                "v",
            ),
            (
                "{\"body\":{},\"kind\":\"incident.report\",\"time\":\"2025-10-19 06:30:00\",\"v\":1}\n",
                "time",
            ),
            (
                "{\"body\":{},\"kind\":\"incident.report\",\"time\":\"2025-10-19T08:30:00+02:00\",\"v\":1}\n",
                "time",
            ),
            (
                "{\"body\":[],\"kind\":\"incident.report\",\"time\":\"2025-10-19T06:30:00Z\",\"v\":1}\n",
                "body",
            ),
            (
                "{\"kind\":\"incident.report\",\"time\":\"2025-10-19T06:30:00Z\",\"v\":1}\n",
                "body",
            ),
        ];
        for (text, field) in cases {
            match Record::parse(text) {
                Err(RecordError::Field { field: f, .. }) => assert_eq!(f, field, "{text}"),
                other => panic!("{text}: expected a {field} error, got {other:?}"),
            }
        }
        let extra = "{\"body\":{},\"extra\":1,\"kind\":\"incident.report\",\"time\":\"2025-10-19T06:30:00Z\",\"v\":1}\n";
        assert_eq!(
            Record::parse(extra),
            Err(RecordError::ExtraField("extra".into()))
        );
        let unknown =
            "{\"body\":{},\"kind\":\"weather.report\",\"time\":\"2025-10-19T06:30:00Z\",\"v\":1}\n";
        assert!(matches!(
            Record::parse(unknown),
            Err(RecordError::UnknownKind(_))
        ));
    }

    proptest::proptest! {
        #[test]
        fn accepted_records_are_their_own_canonical_form(
            keys in proptest::collection::vec("[a-zA-Zé_\u{1F600}]{1,8}", 0..6),
            ints in proptest::collection::vec(-(1i64 << 53) + 1..(1i64 << 53), 0..6),
            text in "\\PC{0,40}",
        ) {
            let mut body = Map::new();
            for (k, i) in keys.iter().zip(ints.iter()) {
                body.insert(k.clone(), json!(i));
            }
            body.insert("text".into(), json!(text));
            let r = Record::new(Kind::parse("incident.report").unwrap(), t("2026-01-01T00:00:00Z"), Value::Object(body)).unwrap();
            let line = r.to_text();
            let back = Record::parse(&line).unwrap();
            proptest::prop_assert_eq!(back.to_text(), line);
        }
    }
}
