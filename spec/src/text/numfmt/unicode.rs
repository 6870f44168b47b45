//! The few Unicode properties CPython's number and repr code consults:
//! printability (for `repr(str)`), decimal digit values (int/float parsing
//! and format-spec widths accept any Unicode decimal digit) and Python's
//! notion of whitespace.

use super::unicode_tables::{DECIMAL_ZEROS, NON_PRINTABLE};
use std::fmt::Write;

/// Python's `str.isprintable()` for one character.
pub fn is_printable(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x80 {
        return (0x20..0x7f).contains(&cp);
    }
    // Find the last range starting at or before `cp`.
    let idx = NON_PRINTABLE.partition_point(|&(lo, _)| lo <= cp);
    idx == 0 || NON_PRINTABLE[idx - 1].1 < cp
}

/// `Py_UNICODE_TODECIMAL`: the value of a Unicode decimal digit (category Nd),
/// or `None`.
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp - '0' as u32);
    }
    if cp < 0x80 {
        return None;
    }
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    if idx == 0 {
        return None;
    }
    let zero = DECIMAL_ZEROS[idx - 1];
    (cp - zero < 10).then_some(cp - zero)
}

/// `str.isspace()` for one character (`Py_UNICODE_ISSPACE`): this differs
/// from Rust's `char::is_whitespace`, e.g. for U+001C..U+001F.
pub fn is_py_space(c: char) -> bool {
    matches!(
        c as u32,
        0x09..=0x0d
            | 0x1c..=0x20
            | 0x85
            | 0xa0
            | 0x1680
            | 0x2000..=0x200a
            | 0x2028
            | 0x2029
            | 0x202f
            | 0x205f
            | 0x3000
    )
}

/// Picks CPython's quote for a str repr: single quotes unless the text has a
/// single quote and no double quote.
fn repr_quote(s: &str) -> char {
    if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    }
}

/// Writes the escape CPython's repr uses for a non-printable character.
fn push_hex_escape(out: &mut String, cp: u32) {
    // Writing to a String cannot fail.
    let _ = if cp <= 0xff {
        write!(out, "\\x{cp:02x}")
    } else if cp <= 0xffff {
        write!(out, "\\u{cp:04x}")
    } else {
        write!(out, "\\U{cp:08x}")
    };
}

/// Shared body of `repr()` and `ascii()` of a str.
fn quote(s: &str, ascii_only: bool) -> String {
    let q = repr_quote(s);
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        let cp = c as u32;
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == q => {
                out.push('\\');
                out.push(c);
            }
            _ if cp < 0x20 || cp == 0x7f => push_hex_escape(&mut out, cp),
            _ if cp < 0x7f => out.push(c),
            _ if !ascii_only && is_printable(c) => out.push(c),
            _ => push_hex_escape(&mut out, cp),
        }
    }
    out.push(q);
    out
}

/// CPython's `repr(s)` for a str: quote choice, `\\ \n \r \t` escapes,
/// `\xNN`/`\uNNNN`/`\UNNNNNNNN` for non-printable characters, printable
/// non-ASCII kept as is.  Used by the messages of `int()` and `float()`.
pub fn str_repr(s: &str) -> String {
    quote(s, false)
}

/// CPython's `ascii(s)` for a str: like [`str_repr`] but every non-ASCII
/// character is escaped.
pub fn str_ascii(s: &str) -> String {
    quote(s, true)
}
