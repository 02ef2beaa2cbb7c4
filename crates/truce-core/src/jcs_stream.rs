//! RFC 8785 (JCS) canonical JSON of any `Serialize` value, streamed into a writer.
//!
//! Why our own: the mechanism's state digest hashes the canonical JSON of the whole state, which
//! at a million incidents is gigabytes. The general `serde_json_canonicalizer` serializer buffers
//! every object and parses every key back as JSON to sort it, which measured about 20 s there.
//! This one writes each object straight through while its keys arrive in canonical order (the
//! state's types declare their fields in that order), reorders small objects in its buffer when
//! they do not, and hands finished bytes to the writer as it goes. What it cannot write exactly
//! it refuses with [`StreamError`] instead of guessing, so a caller can fall back to the general
//! path: fractional numbers (JCS formats them as ECMAScript does), integers beyond ±2^53, and an
//! object whose keys arrive out of order after part of it was already written out.
//! A property test checks it against `serde_json_canonicalizer` byte for byte.

use std::borrow::Cow;
use std::io::Write;

use serde::Serialize;
use serde::ser::{self, Impossible};

/// Why a value could not be streamed as canonical JSON.
#[derive(Debug, thiserror::Error)]
pub enum StreamError {
    /// A number with a fractional part, or an integer JSON numbers cannot hold exactly.
    #[error("the number {0} has no exact canonical form here")]
    Number(String),
    /// Object keys out of canonical order in an object already partly written out.
    #[error("the key {key:?} arrives after {after:?} in an object already partly written")]
    KeyOrder {
        /// The late key.
        key: String,
        /// The key before it.
        after: String,
    },
    /// A map key that JSON cannot hold (not a string, character or integer).
    #[error("a map key must be a string or an integer")]
    Key,
    /// Bytes or another value JSON has no form for.
    #[error("{0}")]
    Unsupported(String),
    /// The writer failed.
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

impl ser::Error for StreamError {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        StreamError::Unsupported(msg.to_string())
    }
}

/// Writes the canonical JSON of `value` into `sink`.
pub fn to_writer<T: Serialize + ?Sized, W: Write>(
    value: &T,
    sink: &mut W,
) -> Result<(), StreamError> {
    let mut s = Streamer {
        out: Vec::with_capacity(FLUSH_AT * 2),
        sink,
        frames: Vec::new(),
    };
    value.serialize(&mut s)?;
    s.sink.write_all(&s.out)?;
    Ok(())
}

/// The canonical JSON of `value` as bytes.
pub fn to_vec<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, StreamError> {
    let mut out = Vec::new();
    to_writer(value, &mut out)?;
    Ok(out)
}

/// Pending bytes are handed to the writer once there are this many.
const FLUSH_AT: usize = 1 << 20;

/// Objects this deep or shallower may be written out before they end (the state and its large
/// maps); deeper ones always stay in the buffer until they end, so they can be reordered.
const STREAM_DEPTH: usize = 2;

struct Streamer<'w, W: Write> {
    /// Bytes not yet handed to the writer.
    out: Vec<u8>,
    sink: &'w mut W,
    /// The objects open now, outermost first.
    frames: Vec<Frame>,
}

struct Frame {
    /// Offset in `out` just after the object's `{`.
    start: usize,
    /// The entries so far: key and byte range in `out` (without the separating comma). Emptied
    /// once part of the object was written out, as it can no longer be reordered.
    entries: Vec<(Cow<'static, str>, usize, usize)>,
    /// The last key seen.
    last: Option<Cow<'static, str>>,
    /// Whether every key so far came after the one before it.
    in_order: bool,
    /// Whether part of this object was already written out.
    flushed: bool,
}

/// JCS key order: by UTF-16 code units (the same as byte order for ASCII).
fn key_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    if a.is_ascii() && b.is_ascii() {
        a.cmp(b)
    } else {
        a.encode_utf16().cmp(b.encode_utf16())
    }
}

impl<W: Write> Streamer<'_, W> {
    fn begin_object(&mut self) {
        self.out.push(b'{');
        self.frames.push(Frame {
            start: self.out.len(),
            entries: Vec::new(),
            last: None,
            in_order: true,
            flushed: false,
        });
    }

    /// Starts an entry: checks its key's order and writes `"key":`. Returns where it begins.
    fn begin_entry(&mut self, key: Cow<'static, str>) -> Result<usize, StreamError> {
        let frame = self
            .frames
            .last_mut()
            .expect("an entry is inside an object");
        let first = frame.last.is_none();
        if let Some(last) = &frame.last
            && key_cmp(last, &key) != std::cmp::Ordering::Less
        {
            if frame.flushed {
                return Err(StreamError::KeyOrder {
                    key: key.into_owned(),
                    after: last.to_string(),
                });
            }
            frame.in_order = false;
        }
        if !first {
            self.out.push(b',');
        }
        let begin = self.out.len();
        push_string(&key, &mut self.out);
        self.out.push(b':');
        let frame = self.frames.last_mut().expect("checked above");
        if !frame.flushed {
            frame.entries.push((key.clone(), begin, 0));
        }
        frame.last = Some(key);
        Ok(begin)
    }

    /// Ends the entry whose value was just written.
    fn end_entry(&mut self) -> Result<(), StreamError> {
        let end = self.out.len();
        let depth = self.frames.len();
        let frame = self
            .frames
            .last_mut()
            .expect("an entry is inside an object");
        if let Some(e) = frame.entries.last_mut() {
            e.2 = end;
        }
        if self.out.len() >= FLUSH_AT
            && depth <= STREAM_DEPTH
            && self.frames.iter().all(|f| f.in_order)
        {
            self.sink.write_all(&self.out)?;
            self.out.clear();
            for f in &mut self.frames {
                f.flushed = true;
                f.entries = Vec::new();
            }
        }
        Ok(())
    }

    fn end_object(&mut self) {
        let mut frame = self.frames.pop().expect("an object was open");
        if !frame.in_order {
            // Never flushed (begin_entry refuses that case), so the whole object is in `out`.
            let body = self.out.split_off(frame.start);
            frame.entries.sort_by(|a, b| key_cmp(&a.0, &b.0));
            for (i, (_, begin, end)) in frame.entries.iter().enumerate() {
                if i > 0 {
                    self.out.push(b',');
                }
                self.out
                    .extend_from_slice(&body[begin - frame.start..end - frame.start]);
            }
        }
        self.out.push(b'}');
    }

    fn int(&mut self, v: i128) -> Result<(), StreamError> {
        // JCS writes numbers as ECMAScript doubles: integers are exact up to 2^53.
        if v.unsigned_abs() > 1u128 << 53 {
            return Err(StreamError::Number(v.to_string()));
        }
        write!(self.out, "{v}")?;
        Ok(())
    }
}

/// Whether any byte of the 8 in `word` needs escaping in a JSON string: below 0x20, `"` or `\`.
/// Bit tricks over a word at a time (the classic "has a byte less than n / equal to c" tests),
/// because strings are most of the state's bytes and nearly none need escaping.
fn needs_escape(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has_zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH != 0;
    let below_space = word.wrapping_sub(ONES * 0x20) & !word & HIGH != 0;
    below_space
        || has_zero(word ^ (ONES * u64::from(b'"')))
        || has_zero(word ^ (ONES * u64::from(b'\\')))
}

/// A JSON string as JCS writes it (see [`crate::jcs`]).
fn push_string(s: &str, out: &mut Vec<u8>) {
    out.push(b'"');
    escape_str(s, |piece| out.extend_from_slice(piece.as_bytes()));
    out.push(b'"');
}

/// Hands `s` to `emit` in pieces with JSON's escapes as JCS writes them: only `"`, `\` and
/// control characters are escaped, the common ones by their short forms and the rest as
/// `\u00xx` in lowercase hex. Shared by both JCS writers.
pub(crate) fn escape_str(s: &str, mut emit: impl FnMut(&str)) {
    let bytes = s.as_bytes();
    let mut from = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Skip 8 bytes at a time while none needs escaping.
        if let Some(chunk) = bytes.get(i..i + 8) {
            let word = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
            if !needs_escape(word) {
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        let mut hex = [b'\\', b'u', b'0', b'0', 0, 0];
        let esc: &str = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            0x08 => "\\b",
            b'\t' => "\\t",
            b'\n' => "\\n",
            0x0c => "\\f",
            b'\r' => "\\r",
            0..=0x1f => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                hex[4] = HEX[usize::from(b >> 4)];
                hex[5] = HEX[usize::from(b & 0xf)];
                std::str::from_utf8(&hex).expect("ASCII")
            }
            _ => {
                i += 1;
                continue;
            }
        };
        // `i` is at an ASCII byte, so both slices end on character boundaries.
        emit(&s[from..i]);
        emit(esc);
        i += 1;
        from = i;
    }
    emit(&s[from..]);
}

/// `serialize_<type>` methods for integer types, each writing the number (as a value, or as a
/// map key's string).
macro_rules! integer_methods {
    (value: $($name:ident: $t:ty),*) => {$(
        fn $name(self, v: $t) -> Result<(), StreamError> {
            self.int(v.into())
        }
    )*};
    (key: $($name:ident: $t:ty),*) => {$(
        fn $name(self, v: $t) -> Result<String, StreamError> {
            Ok(v.to_string())
        }
    )*};
}

impl<'a, 'w, W: Write> ser::Serializer for &'a mut Streamer<'w, W> {
    type Ok = ();
    type Error = StreamError;
    type SerializeSeq = Seq<'a, 'w, W>;
    type SerializeTuple = Seq<'a, 'w, W>;
    type SerializeTupleStruct = Seq<'a, 'w, W>;
    type SerializeTupleVariant = Seq<'a, 'w, W>;
    type SerializeMap = Obj<'a, 'w, W>;
    type SerializeStruct = Obj<'a, 'w, W>;
    type SerializeStructVariant = Obj<'a, 'w, W>;

    fn serialize_bool(self, v: bool) -> Result<(), StreamError> {
        self.out
            .extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }
    integer_methods!(value: serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64);
    fn serialize_i128(self, v: i128) -> Result<(), StreamError> {
        self.int(v)
    }
    fn serialize_u128(self, v: u128) -> Result<(), StreamError> {
        match i128::try_from(v) {
            Ok(v) => self.int(v),
            Err(_) => Err(StreamError::Number(v.to_string())),
        }
    }
    fn serialize_f32(self, v: f32) -> Result<(), StreamError> {
        self.serialize_f64(v.into())
    }
    fn serialize_f64(self, v: f64) -> Result<(), StreamError> {
        Err(StreamError::Number(v.to_string()))
    }
    fn serialize_char(self, v: char) -> Result<(), StreamError> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), StreamError> {
        push_string(v, &mut self.out);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), StreamError> {
        Err(StreamError::Unsupported(
            "raw bytes have no JSON form".into(),
        ))
    }
    fn serialize_none(self) -> Result<(), StreamError> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), StreamError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), StreamError> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), StreamError> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), StreamError> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), StreamError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), StreamError> {
        self.begin_object();
        self.begin_entry(Cow::Borrowed(variant))?;
        value.serialize(&mut *self)?;
        self.end_entry()?;
        self.end_object();
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Seq<'a, 'w, W>, StreamError> {
        self.out.push(b'[');
        Ok(Seq {
            s: self,
            first: true,
            variant: false,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Seq<'a, 'w, W>, StreamError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        len: usize,
    ) -> Result<Seq<'a, 'w, W>, StreamError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Seq<'a, 'w, W>, StreamError> {
        self.begin_object();
        self.begin_entry(Cow::Borrowed(variant))?;
        self.out.push(b'[');
        Ok(Seq {
            s: self,
            first: true,
            variant: true,
        })
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Obj<'a, 'w, W>, StreamError> {
        self.begin_object();
        Ok(Obj {
            s: self,
            variant: false,
        })
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Obj<'a, 'w, W>, StreamError> {
        self.serialize_map(None)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Obj<'a, 'w, W>, StreamError> {
        self.begin_object();
        self.begin_entry(Cow::Borrowed(variant))?;
        self.begin_object();
        Ok(Obj {
            s: self,
            variant: true,
        })
    }
}

/// An array being written.
pub struct Seq<'a, 'w, W: Write> {
    s: &'a mut Streamer<'w, W>,
    first: bool,
    /// Inside a `{"variant":[...]}` wrapper.
    variant: bool,
}

impl<W: Write> Seq<'_, '_, W> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), StreamError> {
        if !self.first {
            self.s.out.push(b',');
        }
        self.first = false;
        value.serialize(&mut *self.s)
    }
    fn finish(self) -> Result<(), StreamError> {
        self.s.out.push(b']');
        if self.variant {
            self.s.end_entry()?;
            self.s.end_object();
        }
        Ok(())
    }
}

macro_rules! seq_impl {
    ($trait:ident, $method:ident) => {
        impl<W: Write> ser::$trait for Seq<'_, '_, W> {
            type Ok = ();
            type Error = StreamError;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), StreamError> {
                self.element(value)
            }
            fn end(self) -> Result<(), StreamError> {
                self.finish()
            }
        }
    };
}
seq_impl!(SerializeSeq, serialize_element);
seq_impl!(SerializeTuple, serialize_element);
seq_impl!(SerializeTupleStruct, serialize_field);
seq_impl!(SerializeTupleVariant, serialize_field);

/// An object being written.
pub struct Obj<'a, 'w, W: Write> {
    s: &'a mut Streamer<'w, W>,
    /// Inside a `{"variant":{...}}` wrapper.
    variant: bool,
}

impl<W: Write> Obj<'_, '_, W> {
    fn field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), StreamError> {
        self.s.begin_entry(Cow::Borrowed(key))?;
        value.serialize(&mut *self.s)?;
        self.s.end_entry()
    }
    fn finish(self) -> Result<(), StreamError> {
        self.s.end_object();
        if self.variant {
            self.s.end_entry()?;
            self.s.end_object();
        }
        Ok(())
    }
}

impl<W: Write> ser::SerializeMap for Obj<'_, '_, W> {
    type Ok = ();
    type Error = StreamError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), StreamError> {
        let key = key.serialize(KeyString)?;
        self.s.begin_entry(Cow::Owned(key))?;
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), StreamError> {
        value.serialize(&mut *self.s)?;
        self.s.end_entry()
    }
    fn end(self) -> Result<(), StreamError> {
        self.finish()
    }
}

macro_rules! struct_impl {
    ($trait:ident) => {
        impl<W: Write> ser::$trait for Obj<'_, '_, W> {
            type Ok = ();
            type Error = StreamError;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), StreamError> {
                self.field(key, value)
            }
            fn end(self) -> Result<(), StreamError> {
                self.finish()
            }
        }
    };
}
struct_impl!(SerializeStruct);
struct_impl!(SerializeStructVariant);

/// Turns a map key into the string JSON uses for it (as serde_json does: integers in decimal).
struct KeyString;

impl ser::Serializer for KeyString {
    type Ok = String;
    type Error = StreamError;
    type SerializeSeq = Impossible<String, StreamError>;
    type SerializeTuple = Impossible<String, StreamError>;
    type SerializeTupleStruct = Impossible<String, StreamError>;
    type SerializeTupleVariant = Impossible<String, StreamError>;
    type SerializeMap = Impossible<String, StreamError>;
    type SerializeStruct = Impossible<String, StreamError>;
    type SerializeStructVariant = Impossible<String, StreamError>;

    fn serialize_str(self, v: &str) -> Result<String, StreamError> {
        Ok(v.to_string())
    }
    fn serialize_char(self, v: char) -> Result<String, StreamError> {
        Ok(v.to_string())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<String, StreamError> {
        Ok(variant.to_string())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<String, StreamError> {
        value.serialize(self)
    }
    integer_methods!(key: serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_i128: i128, serialize_u8: u8, serialize_u16: u16,
        serialize_u32: u32, serialize_u64: u64, serialize_u128: u128);
    fn serialize_bool(self, _: bool) -> Result<String, StreamError> {
        Err(StreamError::Key)
    }
    fn serialize_f32(self, _: f32) -> Result<String, StreamError> {
        Err(StreamError::Key)
    }
    fn serialize_f64(self, _: f64) -> Result<String, StreamError> {
        Err(StreamError::Key)
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<String, StreamError> {
        Err(StreamError::Key)
    }
    fn serialize_none(self) -> Result<String, StreamError> {
        Err(StreamError::Key)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<String, StreamError> {
        Err(StreamError::Key)
    }
    fn serialize_unit(self) -> Result<String, StreamError> {
        Err(StreamError::Key)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<String, StreamError> {
        Err(StreamError::Key)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<String, StreamError> {
        Err(StreamError::Key)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, StreamError> {
        Err(StreamError::Key)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, StreamError> {
        Err(StreamError::Key)
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, StreamError> {
        Err(StreamError::Key)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, StreamError> {
        Err(StreamError::Key)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, StreamError> {
        Err(StreamError::Key)
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, StreamError> {
        Err(StreamError::Key)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, StreamError> {
        Err(StreamError::Key)
    }
}

/// Serializes a map with integer keys in canonical order — by the keys' decimal strings, so
/// `10` comes before `9` — rather than in numeric order, so [`to_writer`] can stream it. For
/// `#[serde(serialize_with = "...")]` on large integer-keyed maps.
pub fn decimal_key_order<V: Serialize, S: ser::Serializer>(
    map: &std::collections::BTreeMap<u64, V>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use ser::SerializeMap as _;
    // Keys of the same number of digits keep their numeric order; so order by the decimal
    // string, which a sort over (digits as bytes) gives.
    let mut keys: Vec<([u8; 20], u8, &u64, &V)> = map
        .iter()
        .map(|(k, v)| {
            let s = k.to_string();
            let mut buf = [0u8; 20];
            buf[..s.len()].copy_from_slice(s.as_bytes());
            (buf, s.len() as u8, k, v)
        })
        .collect();
    keys.sort_unstable_by(|a, b| a.0[..usize::from(a.1)].cmp(&b.0[..usize::from(b.1)]));
    let mut m = serializer.serialize_map(Some(keys.len()))?;
    for (_, _, k, v) in keys {
        m.serialize_entry(k, v)?;
    }
    m.end()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::jcs::tests::value;
    use proptest::prelude::*;
    use serde::Serialize;

    /// Fields declared out of canonical order, an enum of every shape, integer map keys.
    #[derive(Clone, Debug, Serialize)]
    struct Mixed {
        zeta: u64,
        alpha: Vec<Shape>,
        numbered: BTreeMap<u64, String>,
        #[serde(serialize_with = "decimal_key_order")]
        ordered: BTreeMap<u64, bool>,
        middle: Option<(i32, String)>,
    }

    #[derive(Clone, Debug, Serialize)]
    enum Shape {
        Unit,
        New(u32),
        Tuple(u8, String),
        Named { z: u8, a: String },
    }

    fn mixed() -> impl Strategy<Value = Mixed> {
        let shape = prop_oneof![
            Just(Shape::Unit),
            any::<u32>().prop_map(Shape::New),
            (any::<u8>(), "\\PC{0,4}").prop_map(|(a, b)| Shape::Tuple(a, b)),
            (any::<u8>(), "\\PC{0,4}").prop_map(|(z, a)| Shape::Named { z, a }),
        ];
        (
            any::<u32>(),
            prop::collection::vec(shape, 0..4),
            prop::collection::btree_map(any::<u64>().prop_map(|k| k >> 12), "\\PC{0,4}", 0..12),
            prop::collection::btree_map(0u64..200_000, any::<bool>(), 0..40),
            prop::option::of((any::<i32>(), "\\PC{0,4}")),
        )
            .prop_map(|(zeta, alpha, numbered, ordered, middle)| Mixed {
                zeta: zeta.into(),
                alpha,
                numbered,
                ordered,
                middle,
            })
    }

    fn reference<T: Serialize>(v: &T) -> String {
        serde_json_canonicalizer::to_string(v).unwrap()
    }

    proptest! {
        #[test]
        fn json_values_match_the_reference_implementation(v in value()) {
            let ours = String::from_utf8(to_vec(&v).unwrap()).unwrap();
            prop_assert_eq!(ours, reference(&v));
        }

        #[test]
        fn long_strings_are_escaped_as_the_reference_does(
            s in "[a-z \"\\\\\x00-\x1f\x7f\u{e9}\u{2028}\u{1f600}]{0,80}"
        ) {
            let ours = String::from_utf8(to_vec(&s).unwrap()).unwrap();
            prop_assert_eq!(ours, reference(&s));
        }

        #[test]
        fn typed_values_match_the_reference_implementation(v in mixed()) {
            let ours = String::from_utf8(to_vec(&v).unwrap()).unwrap();
            prop_assert_eq!(ours, reference(&v));
        }
    }

    #[test]
    fn streams_large_in_order_objects_through_the_writer() {
        // Big enough to be written out part-way, several times.
        let mut big = BTreeMap::new();
        for i in 0..60_000u64 {
            big.insert(i, format!("entry number {i} with some text"));
        }
        fn ordered<V: Serialize, S: ser::Serializer>(
            m: &&BTreeMap<u64, V>,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            decimal_key_order(m, s)
        }
        #[derive(Serialize)]
        struct TopRef<'a> {
            #[serde(serialize_with = "ordered")]
            a: &'a BTreeMap<u64, String>,
            b: u8,
        }
        let v = TopRef { a: &big, b: 7 };
        /// Counts the writes it receives.
        struct Counting(Vec<u8>, usize);
        impl Write for Counting {
            fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
                self.0.extend_from_slice(b);
                self.1 += 1;
                Ok(b.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let mut sink = Counting(Vec::new(), 0);
        to_writer(&v, &mut sink).unwrap();
        assert!(sink.1 > 1, "written in one piece: nothing was streamed");
        assert_eq!(String::from_utf8(sink.0).unwrap(), reference(&v));
    }

    #[test]
    fn refuses_what_it_cannot_write_exactly() {
        assert!(matches!(to_vec(&1.5f64), Err(StreamError::Number(_))));
        assert!(matches!(
            to_vec(&((1u64 << 53) + 1)),
            Err(StreamError::Number(_))
        ));
        // A small map out of order is reordered in the buffer.
        let small: BTreeMap<u64, u8> = (5..15u64).map(|i| (i, 0)).collect();
        assert_eq!(
            String::from_utf8(to_vec(&small).unwrap()).unwrap(),
            reference(&small)
        );
        // A large one whose late key belongs before keys already written out is refused:
        // "1000000" sorts before "199999", which went out long ago.
        let mut big: BTreeMap<u64, String> =
            (100_000..200_000u64).map(|i| (i, "x".repeat(16))).collect();
        big.insert(1_000_000, "late".into());
        assert!(matches!(to_vec(&big), Err(StreamError::KeyOrder { .. })));
        // The same map in canonical order streams and matches.
        #[derive(Serialize)]
        struct Wrap<'a>(#[serde(serialize_with = "by_decimal")] &'a BTreeMap<u64, String>);
        fn by_decimal<S: ser::Serializer>(
            m: &&BTreeMap<u64, String>,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            decimal_key_order(m, s)
        }
        let ours = to_vec(&Wrap(&big)).unwrap();
        assert_eq!(String::from_utf8(ours).unwrap(), reference(&big));
    }
}
