//! `bytes.decode` / `str.encode` for the codecs Quicken implements (UTF-8,
//! ASCII, Latin-1) with CPython 3.11's codec lookup, error handlers and
//! exception messages.
//!
//! Encoding names are looked up as CPython does: the name is normalized
//! (`_Py_normalize_encoding`: ASCII letters and digits and '.' kept and
//! lowered, any other run of characters becomes one '_'), then found through
//! `encodings.aliases` or as a module of the `encodings` package. The tables
//! in `codecs_table.rs` come from CPython itself (`gen_codecs.py`), so a name
//! CPython knows but Quicken does not implement (`cp1252`, `utf-16` ...) is
//! told apart from an unknown one, and non-text codecs (`hex`, `rot13`)
//! give CPython's "is not a text encoding" error.
//!
//! Quicken's strings cannot hold lone surrogates, so the handlers that would
//! produce one (`surrogateescape`, `surrogatepass` when decoding) report
//! [`CodecError::Unsupported`] instead; so does `namereplace`, which needs
//! the Unicode name database.

use super::codecs_table::{ALIASES, MODULES};
use std::fmt;

/// A codec implemented here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    /// `'utf-8'`.
    Utf8,
    /// `'ascii'`.
    Ascii,
    /// `'latin-1'` (the codec CPython names `'iso8859-1'`).
    Latin1,
}

/// The attributes of a Python `UnicodeDecodeError`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnicodeDecodeError {
    /// `e.encoding`, e.g. `"utf-8"`.
    pub encoding: String,
    /// `e.object`: the whole input.
    pub object: Vec<u8>,
    /// `e.start`: index of the first undecodable byte.
    pub start: usize,
    /// `e.end`: index just past the undecodable bytes.
    pub end: usize,
    /// `e.reason`, e.g. `"invalid start byte"`.
    pub reason: String,
}

impl UnicodeDecodeError {
    /// `str(e)`, as CPython's `UnicodeDecodeError.__str__` builds it.
    pub fn message(&self) -> String {
        if self.start < self.object.len() && self.end == self.start + 1 {
            format!(
                "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                self.encoding, self.object[self.start], self.start, self.reason
            )
        } else {
            format!(
                "'{}' codec can't decode bytes in position {}-{}: {}",
                self.encoding,
                self.start,
                self.end as i64 - 1,
                self.reason
            )
        }
    }
}

/// The attributes of a Python `UnicodeEncodeError`; positions count
/// characters (code points).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnicodeEncodeError {
    /// `e.encoding`, e.g. `"ascii"`.
    pub encoding: String,
    /// `e.object`: the whole input.
    pub object: String,
    /// `e.start`: index of the first unencodable character.
    pub start: usize,
    /// `e.end`: index just past the unencodable characters.
    pub end: usize,
    /// `e.reason`, e.g. `"ordinal not in range(128)"`.
    pub reason: String,
}

impl UnicodeEncodeError {
    /// `str(e)`, as CPython's `UnicodeEncodeError.__str__` builds it.
    pub fn message(&self) -> String {
        let bad = self.object.chars().nth(self.start);
        match bad {
            Some(c) if self.end == self.start + 1 => {
                let c = c as u32;
                let shown = if c <= 0xff {
                    format!("\\x{c:02x}")
                } else if c <= 0xffff {
                    format!("\\u{c:04x}")
                } else {
                    format!("\\U{c:08x}")
                };
                format!(
                    "'{}' codec can't encode character '{}' in position {}: {}",
                    self.encoding, shown, self.start, self.reason
                )
            }
            _ => format!(
                "'{}' codec can't encode characters in position {}-{}: {}",
                self.encoding,
                self.start,
                self.end as i64 - 1,
                self.reason
            ),
        }
    }
}

/// A failure of [`decode`] or [`encode`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodecError {
    /// `UnicodeDecodeError` (strict handling of undecodable bytes).
    Decode(UnicodeDecodeError),
    /// `UnicodeEncodeError`.
    Encode(UnicodeEncodeError),
    /// `LookupError`: unknown encoding or error handler, non-text codec.
    Lookup(String),
    /// `TypeError`: an encode-only handler used for decoding.
    Type(String),
    /// `ValueError`: "embedded null character" in a name.
    Value(String),
    /// What CPython does but Quicken cannot: a codec not implemented here,
    /// or a result holding a lone surrogate. Raised as NotImplementedError.
    Unsupported(String),
}

impl CodecError {
    /// The Python exception class name.
    pub fn exception_name(&self) -> &'static str {
        match self {
            CodecError::Decode(_) => "UnicodeDecodeError",
            CodecError::Encode(_) => "UnicodeEncodeError",
            CodecError::Lookup(_) => "LookupError",
            CodecError::Type(_) => "TypeError",
            CodecError::Value(_) => "ValueError",
            CodecError::Unsupported(_) => "NotImplementedError",
        }
    }

    /// The message, as `str(e)` prints it.
    pub fn message(&self) -> String {
        match self {
            CodecError::Decode(e) => e.message(),
            CodecError::Encode(e) => e.message(),
            CodecError::Lookup(m)
            | CodecError::Type(m)
            | CodecError::Value(m)
            | CodecError::Unsupported(m) => m.clone(),
        }
    }
}

impl fmt::Display for CodecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.exception_name(), self.message())
    }
}

impl std::error::Error for CodecError {}

fn surrogate_unsupported() -> CodecError {
    CodecError::Unsupported("surrogate characters are not supported by Quicken".to_string())
}

// ---------------------------------------------------------------------------
// Lookup
// ---------------------------------------------------------------------------

/// CPython's `_Py_normalize_encoding` (which also lowers): ASCII letters,
/// digits and '.' are kept, every other run of bytes becomes one '_', none
/// at either end.
fn normalize_encoding(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for &c in name.as_bytes() {
        if c.is_ascii_alphanumeric() || c == b'.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            punct = false;
            out.push(c.to_ascii_lowercase() as char);
        } else {
            punct = true;
        }
    }
    out
}

fn table_get<'t, V>(table: &'t [(&'static str, V)], key: &str) -> Option<&'t V> {
    table
        .binary_search_by(|(k, _)| (*k).cmp(key))
        .ok()
        .map(|i| &table[i].1)
}

/// What `encodings.search_function` finds for a normalized name: the
/// codec's name and whether it is a text encoding.
fn registry_lookup(norm: &str) -> Option<(&'static str, bool)> {
    let aliased = table_get(ALIASES, norm)
        .or_else(|| table_get(ALIASES, &norm.replace('.', "_")))
        .copied();
    for modname in aliased.into_iter().chain([norm]) {
        if modname.is_empty() || modname.contains('.') {
            continue;
        }
        // The first module that imports decides, codec or not.
        if let Some(entry) = table_get(MODULES, modname) {
            return *entry;
        }
    }
    None
}

/// What `codecs.lookup(encoding)` finds: the codec's name (`'utf-8'`,
/// `'iso8859-1'`, `'hex'` ...) and whether it is a text encoding; `None`
/// for an unknown encoding (LookupError "unknown encoding: {encoding}").
pub fn codec_info(encoding: &str) -> Option<(&'static str, bool)> {
    registry_lookup(&normalize_encoding(encoding))
}

/// Text of at most 400 bytes of `s`, as CPython's `%.400s` formats it (a
/// character cut in two decodes to U+FFFD).
fn cut_400(s: &str) -> String {
    if s.len() <= 400 {
        return s.to_string();
    }
    let mut end = 400;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    let mut out = s[..end].to_string();
    if end < 400 {
        out.push('\u{fffd}');
    }
    out
}

fn check_no_nul(arg: &str) -> Result<(), CodecError> {
    if arg.contains('\0') {
        Err(CodecError::Value("embedded null character".to_string()))
    } else {
        Ok(())
    }
}

/// Finds the text codec called `encoding` (`_PyCodec_LookupTextEncoding`).
/// `for_decode` picks the advice in the non-text-codec error
/// ("use codecs.decode()" or "use codecs.encode()").
pub fn lookup_text_codec(encoding: &str, for_decode: bool) -> Result<Codec, CodecError> {
    let Some((name, is_text)) = codec_info(encoding) else {
        return Err(CodecError::Lookup(format!("unknown encoding: {encoding}")));
    };
    if !is_text {
        let command = if for_decode {
            "codecs.decode()"
        } else {
            "codecs.encode()"
        };
        return Err(CodecError::Lookup(format!(
            "'{}' is not a text encoding; use {command} to handle arbitrary codecs",
            cut_400(encoding)
        )));
    }
    match name {
        "utf-8" => Ok(Codec::Utf8),
        "ascii" => Ok(Codec::Ascii),
        "iso8859-1" => Ok(Codec::Latin1),
        _ => Err(CodecError::Unsupported(format!(
            "the '{name}' codec is not supported by Quicken"
        ))),
    }
}

/// Whether CPython's `PyUnicode_Decode`/`PyUnicode_AsEncodedString` call
/// the codec directly for this name (normalized into a 10-character
/// buffer), rather than through the codec registry.
fn is_fast_path(encoding: &str) -> bool {
    let norm = normalize_encoding(encoding);
    norm.len() <= 10
        && matches!(
            norm.as_str(),
            "utf8"
                | "utf_8"
                | "ascii"
                | "us_ascii"
                | "latin1"
                | "latin_1"
                | "iso_8859_1"
                | "iso8859_1"
        )
}

/// Through the registry, CPython re-raises a failure whose exception holds
/// nothing but a message (LookupError, TypeError; not the Unicode errors)
/// as the same type with the operation and codec named
/// (`_PyErr_TrySetFromCause`).
fn wrap_registry_error(e: CodecError, operation: &str, encoding: &str) -> CodecError {
    if is_fast_path(encoding) {
        return e;
    }
    let wrap =
        |m: String, name: &str| format!("{operation} with '{encoding}' codec failed ({name}: {m})");
    match e {
        CodecError::Lookup(m) => CodecError::Lookup(wrap(m, "LookupError")),
        CodecError::Type(m) => CodecError::Type(wrap(m, "TypeError")),
        other => other,
    }
}

// ---------------------------------------------------------------------------
// Error handlers
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler<'a> {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
    SurrogateEscape,
    SurrogatePass,
    Unknown(&'a str),
}

fn handler(errors: &str) -> Handler<'_> {
    match errors {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        "namereplace" => Handler::NameReplace,
        "surrogateescape" => Handler::SurrogateEscape,
        "surrogatepass" => Handler::SurrogatePass,
        other => Handler::Unknown(other),
    }
}

fn unknown_handler(name: &str) -> CodecError {
    CodecError::Lookup(format!("unknown error handler name '{}'", cut_400(name)))
}

// ---------------------------------------------------------------------------
// Decoding
// ---------------------------------------------------------------------------

/// `bytes.decode(encoding, errors)` (also `str(b, encoding, errors)`).
///
/// Empty input decodes to '' without looking anything up, as in CPython.
/// Handlers: strict, ignore, replace, backslashreplace; surrogateescape and
/// surrogatepass raise what CPython raises or report
/// [`CodecError::Unsupported`] where CPython would produce a surrogate.
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> Result<String, CodecError> {
    check_no_nul(encoding)?;
    check_no_nul(errors)?;
    if b.is_empty() {
        return Ok(String::new());
    }
    let codec = lookup_text_codec(encoding, true)?;
    decode_with(codec, b, errors).map_err(|e| wrap_registry_error(e, "decoding", encoding))
}

/// Decodes `b` with a codec already looked up, failing as CPython's direct
/// codec call does ([`decode`] adds the registry's message wrapping).
pub fn decode_with(codec: Codec, b: &[u8], errors: &str) -> Result<String, CodecError> {
    let mut lost = false;
    let out = decode_lossy(codec, b, errors, &mut lost)?;
    if lost {
        Err(surrogate_unsupported())
    } else {
        Ok(out)
    }
}

/// Decodes, setting `lost` where CPython's result would hold a surrogate.
fn decode_lossy(
    codec: Codec,
    b: &[u8],
    errors: &str,
    lost: &mut bool,
) -> Result<String, CodecError> {
    match codec {
        Codec::Latin1 => Ok(b.iter().map(|&c| c as char).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(b.len());
            let mut i = 0;
            while i < b.len() {
                let run = b[i..]
                    .iter()
                    .position(|c| !c.is_ascii())
                    .unwrap_or(b.len() - i);
                out.extend(b[i..i + run].iter().map(|&c| c as char));
                i += run;
                if i < b.len() {
                    let err = DecodeFailure {
                        encoding: "ascii",
                        start: i,
                        end: i + 1,
                        reason: "ordinal not in range(128)",
                    };
                    i = handle_decode_error(errors, b, err, &mut out, lost)?;
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(b.len());
            let mut i = 0;
            loop {
                match std::str::from_utf8(&b[i..]) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let valid = e.valid_up_to();
                        // Safe by construction: from_utf8 validated it.
                        out.push_str(std::str::from_utf8(&b[i..i + valid]).unwrap_or_default());
                        let start = i + valid;
                        let (end, reason) = match e.error_len() {
                            None => (b.len(), "unexpected end of data"),
                            Some(n) if (0xc2..=0xf4).contains(&b[start]) => {
                                (start + n, "invalid continuation byte")
                            }
                            Some(n) => (start + n, "invalid start byte"),
                        };
                        let err = DecodeFailure {
                            encoding: "utf-8",
                            start,
                            end,
                            reason,
                        };
                        i = handle_decode_error(errors, b, err, &mut out, lost)?;
                        if i >= b.len() {
                            return Ok(out);
                        }
                    }
                }
            }
        }
    }
}

struct DecodeFailure {
    encoding: &'static str,
    start: usize,
    end: usize,
    reason: &'static str,
}

/// Applies the `errors` handler to undecodable `b[start..end]`, returning
/// where decoding resumes.
///
/// A handler that would produce a lone surrogate sets `lost` and decoding
/// goes on (a later error may still be raised, as in CPython); the caller
/// then reports [`CodecError::Unsupported`] at the end.
fn handle_decode_error(
    errors: &str,
    b: &[u8],
    f: DecodeFailure,
    out: &mut String,
    lost: &mut bool,
) -> Result<usize, CodecError> {
    let raise = || {
        CodecError::Decode(UnicodeDecodeError {
            encoding: f.encoding.to_string(),
            object: b.to_vec(),
            start: f.start,
            end: f.end,
            reason: f.reason.to_string(),
        })
    };
    match handler(errors) {
        Handler::Strict => Err(raise()),
        Handler::Ignore => Ok(f.end),
        Handler::Replace => {
            out.push('\u{fffd}');
            Ok(f.end)
        }
        Handler::BackslashReplace => {
            for &c in &b[f.start..f.end] {
                out.push_str(&format!("\\x{c:02x}"));
            }
            Ok(f.end)
        }
        Handler::XmlCharRefReplace | Handler::NameReplace => Err(CodecError::Type(
            "don't know how to handle UnicodeDecodeError in error callback".to_string(),
        )),
        // The undecodable bytes are all >= 0x80 here, so each would become
        // a surrogate U+DC80..U+DCFF.
        Handler::SurrogateEscape => {
            *lost = true;
            Ok(f.end)
        }
        Handler::SurrogatePass => {
            // Only UTF-8 knows surrogates: three bytes encoding U+D800..U+DFFF.
            let p = &b[f.start..];
            let encodes_surrogate = f.encoding == "utf-8"
                && p.len() >= 3
                && p[0] == 0xed
                && p[1] & 0xe0 == 0xa0
                && p[2] & 0xc0 == 0x80;
            if encodes_surrogate {
                *lost = true;
                Ok(f.start + 3)
            } else {
                Err(raise())
            }
        }
        Handler::Unknown(name) => Err(unknown_handler(name)),
    }
}

// ---------------------------------------------------------------------------
// Encoding
// ---------------------------------------------------------------------------

/// `str.encode(encoding, errors)` (also `bytes(s, encoding, errors)`).
///
/// UTF-8 cannot fail on a Rust string. For ASCII and Latin-1, a run of
/// unencodable characters is handled at once, as CPython does: strict
/// raises for the whole run; replace gives one '?' per character, ignore
/// drops them, backslashreplace gives `\xNN`/`\uNNNN`/`\UNNNNNNNN`,
/// xmlcharrefreplace `&#N;`; surrogateescape and surrogatepass raise (no
/// surrogates to pass); namereplace is [`CodecError::Unsupported`].
pub fn encode(s: &str, encoding: &str, errors: &str) -> Result<Vec<u8>, CodecError> {
    check_no_nul(encoding)?;
    check_no_nul(errors)?;
    let codec = lookup_text_codec(encoding, false)?;
    encode_with(codec, s, errors).map_err(|e| wrap_registry_error(e, "encoding", encoding))
}

/// Encodes `s` with a codec already looked up, failing as CPython's direct
/// codec call does ([`encode`] adds the registry's message wrapping).
pub fn encode_with(codec: Codec, s: &str, errors: &str) -> Result<Vec<u8>, CodecError> {
    let (limit, name, reason) = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => (0x80u32, "ascii", "ordinal not in range(128)"),
        Codec::Latin1 => (0x100u32, "latin-1", "ordinal not in range(256)"),
    };
    let mut out = Vec::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    let mut pos = 0usize;
    while let Some(c) = chars.next() {
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            pos += 1;
            continue;
        }
        let mut run = vec![c];
        while let Some(&n) = chars.peek() {
            if (n as u32) < limit {
                break;
            }
            run.push(n);
            chars.next();
        }
        let (start, end) = (pos, pos + run.len());
        pos = end;
        match handler(errors) {
            Handler::Strict | Handler::SurrogateEscape | Handler::SurrogatePass => {
                return Err(CodecError::Encode(UnicodeEncodeError {
                    encoding: name.to_string(),
                    object: s.to_string(),
                    start,
                    end,
                    reason: reason.to_string(),
                }))
            }
            Handler::Ignore => {}
            Handler::Replace => out.resize(out.len() + run.len(), b'?'),
            Handler::BackslashReplace => {
                for c in run {
                    let c = c as u32;
                    let esc = if c <= 0xff {
                        format!("\\x{c:02x}")
                    } else if c <= 0xffff {
                        format!("\\u{c:04x}")
                    } else {
                        format!("\\U{c:08x}")
                    };
                    out.extend_from_slice(esc.as_bytes());
                }
            }
            Handler::XmlCharRefReplace => {
                for c in run {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            Handler::NameReplace => {
                return Err(CodecError::Unsupported(
                    "the 'namereplace' error handler is not supported by Quicken".to_string(),
                ))
            }
            Handler::Unknown(name) => return Err(unknown_handler(name)),
        }
    }
    Ok(out)
}
