//! Text to number: `int(s, base)` and `float(s)` with CPython's grammar,
//! Unicode handling and error messages.

use super::intstr::MAX_STR_DIGITS;
use super::unicode::{decimal_value, is_py_space, str_repr};
use super::NumError;
use num_bigint::BigInt;
use num_traits::Zero;

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: characters below
/// U+007F stay, other whitespace becomes `' '`, other decimal digits become
/// their ASCII digit, and the first character that is none of these ends
/// the text with a `'?'` (which no grammar accepts).
fn to_ascii_digits(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if cp < 127 {
            out.push(cp as u8);
        } else if is_py_space(c) {
            out.push(b' ');
        } else if let Some(d) = decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

/// C's `isspace` in the "C" locale, which CPython's parsers use after the
/// Unicode transform.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// Value of an ASCII digit or letter as a digit (0..=35), else 37.
fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => (b - b'0') as u32,
        b'a'..=b'z' => (b - b'a') as u32 + 10,
        b'A'..=b'Z' => (b - b'A') as u32 + 10,
        _ => 37,
    }
}

/// The `ValueError` for a string `int()` rejects.  CPython formats the
/// repr with `%.200R`, so it is cut after 200 characters.
fn invalid_int_literal(s: &str, base: u32) -> NumError {
    let r: String = str_repr(s).chars().take(200).collect();
    NumError::Value(format!("invalid literal for int() with base {base}: {r}"))
}

/// `int(s, base)` for a str: surrounding whitespace, one sign, single
/// underscores between digits (and one after a `0x`/`0o`/`0b` prefix), any
/// Unicode decimal digits; base 0 infers the base from the prefix and
/// rejects other leading zeros (`'010'`); bases that are not powers of two
/// refuse more than 4300 digits.  `base` must be 0 or 2..=36.
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, NumError> {
    if base == 1 || base > 36 {
        return Err(NumError::Value(
            "int() base must be >= 2 and <= 36, or 0".into(),
        ));
    }
    let buf = to_ascii_digits(s);
    let at = |i: usize| buf.get(i).copied().unwrap_or(0);
    let invalid = || invalid_int_literal(s, base);

    let mut i = 0;
    while i < buf.len() && is_ascii_space(buf[i]) {
        i += 1;
    }
    let mut negative = false;
    if at(i) == b'+' {
        i += 1;
    } else if at(i) == b'-' {
        negative = true;
        i += 1;
    }
    let mut b = base;
    let mut error_if_nonzero = false;
    if b == 0 {
        b = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    // C-style octal ("010") is invalid, but zero is fine.
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0'
        && matches!(
            (b, at(i + 1)),
            (16, b'x' | b'X') | (8, b'o' | b'O') | (2, b'b' | b'B')
        )
    {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(invalid());
    }
    // Digits with single underscores between them.
    let start = i;
    let mut digits: Vec<u8> = Vec::with_capacity(buf.len() - i.min(buf.len()));
    let mut prev = 0u8;
    while i < buf.len() && (digit_value(buf[i]) < b || buf[i] == b'_') {
        if buf[i] == b'_' {
            if prev == b'_' {
                return Err(invalid());
            }
        } else {
            digits.push(buf[i]);
        }
        prev = buf[i];
        i += 1;
    }
    if prev == b'_' {
        return Err(invalid());
    }
    if !b.is_power_of_two() && digits.len() > MAX_STR_DIGITS {
        return Err(NumError::Value(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: \
             value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    if i == start {
        return Err(invalid());
    }
    while i < buf.len() && is_ascii_space(buf[i]) {
        i += 1;
    }
    if i != buf.len() {
        return Err(invalid());
    }
    let value = if digits.len() <= 12 {
        // Fits in a u64 for any base up to 36: skip the big-int parser.
        let v = digits
            .iter()
            .fold(0u64, |acc, &d| acc * b as u64 + digit_value(d) as u64);
        BigInt::from(v)
    } else {
        BigInt::parse_bytes(&digits, b).ok_or_else(invalid)?
    };
    if error_if_nonzero && !value.is_zero() {
        return Err(invalid());
    }
    Ok(if negative { -value } else { value })
}

/// Checks the Python float grammar on trimmed ASCII text:
/// `[sign] (inf | infinity | nan | digits [. [digits]] | . digits) [(e|E) [sign] digits]`,
/// case-insensitive for the words.  Returns the value for the special words.
fn check_float_grammar(t: &[u8]) -> Option<Option<f64>> {
    let mut i = 0;
    let mut negative = false;
    if let Some(&c) = t.first() {
        if c == b'+' || c == b'-' {
            negative = c == b'-';
            i = 1;
        }
    }
    let rest = &t[i..];
    let word = |w: &str| rest.eq_ignore_ascii_case(w.as_bytes());
    if word("inf") || word("infinity") {
        return Some(Some(if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        }));
    }
    if word("nan") {
        // CPython keeps the sign of "-nan" in the sign bit.
        return Some(Some(if negative { -f64::NAN } else { f64::NAN }));
    }
    let count_digits = |from: usize| t[from..].iter().take_while(|b| b.is_ascii_digit()).count();
    let int_digits = count_digits(i);
    i += int_digits;
    let mut frac_digits = 0;
    if t.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = count_digits(i);
        i += frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if matches!(t.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(t.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_digits = count_digits(i);
        if exp_digits == 0 {
            return None;
        }
        i += exp_digits;
    }
    (i == t.len()).then_some(None)
}

/// `float(s)` for a str: surrounding whitespace, `inf`/`infinity`/`nan`
/// with a sign in any case, underscores only between digits, any Unicode
/// decimal digits; values beyond the range become `inf` or `0.0` as in
/// CPython.  Correctly rounded.
pub fn parse_float(s: &str) -> Result<f64, NumError> {
    let invalid = || {
        NumError::Value(format!(
            "could not convert string to float: {}",
            str_repr(s)
        ))
    };
    let mut buf = to_ascii_digits(s);
    if buf.contains(&0) {
        return Err(invalid());
    }
    if buf.contains(&b'_') {
        // Underscores must sit between two digits; they are then dropped.
        let mut cleaned = Vec::with_capacity(buf.len());
        let mut prev = 0u8;
        for &c in &buf {
            if c == b'_' {
                if !prev.is_ascii_digit() {
                    return Err(invalid());
                }
            } else {
                if prev == b'_' && !c.is_ascii_digit() {
                    return Err(invalid());
                }
                cleaned.push(c);
            }
            prev = c;
        }
        if prev == b'_' {
            return Err(invalid());
        }
        buf = cleaned;
    }
    let start = buf.iter().position(|&b| !is_ascii_space(b));
    let Some(start) = start else {
        return Err(invalid());
    };
    let end = buf
        .iter()
        .rposition(|&b| !is_ascii_space(b))
        .map_or(start, |e| e + 1);
    let t = &buf[start..end];
    match check_float_grammar(t) {
        None => Err(invalid()),
        Some(Some(special)) => Ok(special),
        Some(None) => {
            // The grammar check guarantees ASCII text Rust's parser accepts.
            let text = std::str::from_utf8(t).map_err(|_| invalid())?;
            text.parse::<f64>().map_err(|_| invalid())
        }
    }
}
