//! The algorithms behind Python 3.11's `bytes` and `bytearray` methods, over
//! plain `&[u8]`.
//!
//! Every function here gives exactly CPython 3.11's result for the same call;
//! nothing here knows about interpreter values, so the caller converts
//! arguments (buffer objects to `&[u8]`, an int `sub` through [`byte_arg`],
//! tuple prefixes, `join`, type errors about argument types).
//!
//! Conventions follow [`super::strmethods`]:
//! * `start`/`end` arguments are `Option<i64>` with Python's slice semantics
//!   ([`adjust_indices`]); positions are byte indices.
//! * Pieces (split, partition, strip ...) borrow from the input. Where CPython
//!   hands back the very same object for an exact `bytes` (nothing to strip,
//!   pad, replace, translate), the result is the input itself (a slice of the
//!   same length, or `Cow::Borrowed`), so the caller can return the original
//!   object and keep `is` faithful. For `bytearray` the caller always copies.
//! * Errors are [`StrError`] values carrying CPython's exception type and
//!   exact message. The codecs ([`decode`], [`encode`]) have their own
//!   [`CodecError`], whose Unicode errors carry the exception's attributes.
//! * "Whitespace", letters, digits and case are ASCII only, as for CPython's
//!   bytes (`Py_ISSPACE` is `" \t\n\x0b\x0c\r"`, without `\x1c`-`\x1f`).
//!
//! Also here: `repr()` of bytes and bytearray, `hex`/`fromhex`,
//! `maketrans`/`translate`, and `bytes % args` ([`bytes_percent_format`]).
//!
//! Not handled here: memory exhaustion. CPython raises `MemoryError` for
//! results it cannot allocate (`b'a'.center(10**15)`); callers must bound
//! widths and counts before asking for such a result (`%`-formatting reports
//! it as `NumError::Memory`).

mod codecs;
mod codecs_table;
mod percent;

use std::borrow::Cow;

pub use super::strmethods::{adjust_indices, StrError, StrResult};
pub use codecs::{
    codec_info, decode, decode_with, encode, encode_with, lookup_text_codec, Codec, CodecError,
    UnicodeDecodeError, UnicodeEncodeError,
};
pub use percent::{bytes_percent_format, bytes_percent_type_error, BytesPercentArgs, PercentValue};

fn empty_separator() -> StrError {
    StrError::Value("empty separator".to_string())
}

fn int_overflow() -> StrError {
    StrError::Overflow("Python int too large to convert to C int".to_string())
}

/// `Py_ISSPACE`: the ASCII whitespace of bytes methods.
pub fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// Converts an int `sub` argument of find/count/index/... (`b'abc'.find(98)`)
/// to its byte. Callers saturate ints beyond i64, as CPython's
/// `PyNumber_AsSsize_t` does, so they get the same ValueError.
pub fn byte_arg(i: i64) -> StrResult<u8> {
    u8::try_from(i).map_err(|_| StrError::Value("byte must be in range(0, 256)".to_string()))
}

// ---------------------------------------------------------------------------
// repr
// ---------------------------------------------------------------------------

/// CPython's `PyBytes_Repr` with smart quotes: `prefix` (normally "b"), then
/// the bytes in single quotes, or double quotes when they contain `'` but no
/// `"`. `\t \n \r \\` and the quote get a backslash, other bytes outside
/// printable ASCII become `\xNN`.
pub fn bytes_repr(b: &[u8], prefix: &str) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(prefix.len() + b.len() + 2);
    out.push_str(prefix);
    push_repr_body(&mut out, b, quote, quote);
    out
}

/// `repr(bytearray)`: `bytearray(b'...')`. See [`bytearray_repr_named`].
pub fn bytearray_repr(b: &[u8]) -> String {
    bytearray_repr_named("bytearray", b)
}

/// `repr()` of a bytearray whose type is named `class_name` (subclasses show
/// their own name). The quote is chosen as for bytes, but CPython 3.11
/// escapes every `'`, even inside double quotes: `bytearray(b"\'")`.
pub fn bytearray_repr_named(class_name: &str, b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(class_name.len() + b.len() + 5);
    out.push_str(class_name);
    out.push_str("(b");
    push_repr_body(&mut out, b, quote, b'\'');
    out.push(')');
    out
}

/// Quoted body of a bytes repr; `escaped` is the quote character that gets a
/// backslash.
fn push_repr_body(out: &mut String, b: &[u8], quote: u8, escaped: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if c == escaped => {
                out.push('\\');
                out.push(c as char);
            }
            b' '..=b'~' => out.push(c as char),
            _ => {
                out.push_str("\\x");
                out.push(HEX[(c >> 4) as usize] as char);
                out.push(HEX[(c & 15) as usize] as char);
            }
        }
    }
    out.push(quote as char);
}

// ---------------------------------------------------------------------------
// Searching
// ---------------------------------------------------------------------------

/// Offset of the first `needle` in `hay` (Horspool's algorithm, with the
/// one-byte and empty needles special-cased).
fn find_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let m = needle.len();
    match m {
        0 => return Some(0),
        1 => return hay.iter().position(|&c| c == needle[0]),
        _ if hay.len() < m => return None,
        _ if hay.len() < 64 => return hay.windows(m).position(|w| w == needle),
        _ => {}
    }
    let mut skip = [m; 256];
    for (i, &c) in needle[..m - 1].iter().enumerate() {
        skip[c as usize] = m - 1 - i;
    }
    let last = needle[m - 1];
    let mut i = 0;
    while i + m <= hay.len() {
        let c = hay[i + m - 1];
        if c == last && hay[i..i + m - 1] == needle[..m - 1] {
            return Some(i);
        }
        i += skip[c as usize];
    }
    None
}

/// Offset of the last `needle` in `hay` (Horspool's algorithm run backwards).
fn rfind_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let m = needle.len();
    match m {
        0 => return Some(hay.len()),
        1 => return hay.iter().rposition(|&c| c == needle[0]),
        _ if hay.len() < m => return None,
        _ if hay.len() < 64 => return hay.windows(m).rposition(|w| w == needle),
        _ => {}
    }
    let mut skip = [m; 256];
    for (i, &c) in needle[1..].iter().enumerate().rev() {
        skip[c as usize] = i + 1;
    }
    let first = needle[0];
    let mut i = hay.len() - m;
    loop {
        let c = hay[i];
        if c == first && hay[i + 1..i + m] == needle[1..] {
            return Some(i);
        }
        match i.checked_sub(skip[c as usize]) {
            Some(j) => i = j,
            None => return None,
        }
    }
}

/// The `[start:end]` window with its offset, or `None` when `start > end`
/// after normalization (no match at all, not even of b'').
fn window(b: &[u8], start: Option<i64>, end: Option<i64>) -> Option<(&[u8], usize)> {
    let (start, end) = adjust_indices(start, end, b.len() as i64);
    if start > end {
        return None;
    }
    Some((&b[start as usize..end as usize], start as usize))
}

/// `b.find(sub, start, end)`: lowest index of `sub` in `b[start:end]`, or -1.
pub fn find(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    window(b, start, end)
        .and_then(|(w, at)| find_in(w, sub).map(|i| (at + i) as i64))
        .unwrap_or(-1)
}

/// `b.rfind(sub, start, end)`: highest index of `sub` in `b[start:end]`, or -1.
pub fn rfind(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    window(b, start, end)
        .and_then(|(w, at)| rfind_in(w, sub).map(|i| (at + i) as i64))
        .unwrap_or(-1)
}

fn not_found(i: i64) -> StrResult<i64> {
    if i < 0 {
        Err(StrError::Value("subsection not found".to_string()))
    } else {
        Ok(i)
    }
}

/// `b.index(sub, start, end)`: like [`find`] but raises ValueError
/// "subsection not found".
pub fn index(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> StrResult<i64> {
    not_found(find(b, sub, start, end))
}

/// `b.rindex(sub, start, end)`: like [`rfind`] but raises ValueError.
pub fn rindex(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> StrResult<i64> {
    not_found(rfind(b, sub, start, end))
}

/// Non-overlapping occurrences of a non-empty `sub`, left to right.
fn count_in(hay: &[u8], sub: &[u8]) -> usize {
    if sub.len() == 1 {
        return hay.iter().filter(|&&c| c == sub[0]).count();
    }
    let mut n = 0;
    let mut at = 0;
    while let Some(i) = find_in(&hay[at..], sub) {
        n += 1;
        at += i + sub.len();
    }
    n
}

/// `b.count(sub, start, end)`: non-overlapping occurrences; b'' occurs
/// `len + 1` times in the window.
pub fn count(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    match window(b, start, end) {
        None => 0,
        Some((w, _)) if sub.is_empty() => w.len() as i64 + 1,
        Some((w, _)) => count_in(w, sub) as i64,
    }
}

/// `b.startswith(prefix, start, end)` for one prefix (the caller loops over a
/// tuple).
pub fn startswith(b: &[u8], prefix: &[u8], start: Option<i64>, end: Option<i64>) -> bool {
    window(b, start, end).is_some_and(|(w, _)| w.starts_with(prefix))
}

/// `b.endswith(suffix, start, end)` for one suffix.
pub fn endswith(b: &[u8], suffix: &[u8], start: Option<i64>, end: Option<i64>) -> bool {
    window(b, start, end).is_some_and(|(w, _)| w.ends_with(suffix))
}

// ---------------------------------------------------------------------------
// Splitting
// ---------------------------------------------------------------------------

/// Python's `maxsplit`: negative means no limit.
fn split_limit(maxsplit: i64) -> usize {
    usize::try_from(maxsplit).unwrap_or(usize::MAX)
}

/// `b.split(sep, maxsplit)`. With `sep = None`, runs of ASCII whitespace
/// separate and leading/trailing whitespace yields no empty pieces.
pub fn split<'a>(b: &'a [u8], sep: Option<&[u8]>, maxsplit: i64) -> StrResult<Vec<&'a [u8]>> {
    let mut limit = split_limit(maxsplit);
    let sep = match sep {
        None => return Ok(split_whitespace(b, limit)),
        Some([]) => return Err(empty_separator()),
        Some(sep) => sep,
    };
    let mut out = Vec::new();
    let mut at = 0;
    while limit > 0 {
        match find_in(&b[at..], sep) {
            Some(i) => {
                out.push(&b[at..at + i]);
                at += i + sep.len();
                limit -= 1;
            }
            None => break,
        }
    }
    out.push(&b[at..]);
    Ok(out)
}

/// `b.rsplit(sep, maxsplit)`: like [`split`], but splits (and matches) are
/// taken from the right: `b'aaa'.rsplit(b'aa') == [b'a', b'']`.
pub fn rsplit<'a>(b: &'a [u8], sep: Option<&[u8]>, maxsplit: i64) -> StrResult<Vec<&'a [u8]>> {
    let mut limit = split_limit(maxsplit);
    let sep = match sep {
        None => return Ok(rsplit_whitespace(b, limit)),
        Some([]) => return Err(empty_separator()),
        Some(sep) => sep,
    };
    let mut out = Vec::new();
    let mut end = b.len();
    while limit > 0 {
        match rfind_in(&b[..end], sep) {
            Some(i) => {
                out.push(&b[i + sep.len()..end]);
                end = i;
                limit -= 1;
            }
            None => break,
        }
    }
    out.push(&b[..end]);
    out.reverse();
    Ok(out)
}

fn split_whitespace(b: &[u8], mut limit: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        while i < b.len() && is_space(b[i]) {
            i += 1;
        }
        if i == b.len() {
            return out;
        }
        if limit == 0 {
            out.push(&b[i..]);
            return out;
        }
        let start = i;
        while i < b.len() && !is_space(b[i]) {
            i += 1;
        }
        out.push(&b[start..i]);
        limit -= 1;
    }
}

fn rsplit_whitespace(b: &[u8], mut limit: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut i = b.len();
    loop {
        while i > 0 && is_space(b[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        if limit == 0 {
            out.push(&b[..i]);
            break;
        }
        let end = i;
        while i > 0 && !is_space(b[i - 1]) {
            i -= 1;
        }
        out.push(&b[i..end]);
        limit -= 1;
    }
    out.reverse();
    out
}

/// `b.splitlines(keepends)`: lines end at b"\n", b"\r" or b"\r\n" only.
pub fn splitlines(b: &[u8], keepends: bool) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < b.len() {
            i += if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
            if keepends {
                eol = i;
            }
        }
        out.push(&b[start..eol]);
    }
    out
}

/// `b.partition(sep)`: split at the first `sep`; `(b, b'', b'')` if absent.
pub fn partition<'a>(b: &'a [u8], sep: &[u8]) -> StrResult<(&'a [u8], &'a [u8], &'a [u8])> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match find_in(b, sep) {
        Some(i) => (&b[..i], &b[i..i + sep.len()], &b[i + sep.len()..]),
        None => (b, &b[b.len()..], &b[b.len()..]),
    })
}

/// `b.rpartition(sep)`: split at the last `sep`; `(b'', b'', b)` if absent.
pub fn rpartition<'a>(b: &'a [u8], sep: &[u8]) -> StrResult<(&'a [u8], &'a [u8], &'a [u8])> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match rfind_in(b, sep) {
        Some(i) => (&b[..i], &b[i..i + sep.len()], &b[i + sep.len()..]),
        None => (&b[..0], &b[..0], b),
    })
}

// ---------------------------------------------------------------------------
// Stripping, prefixes
// ---------------------------------------------------------------------------

fn strip_set(chars: Option<&[u8]>) -> impl Fn(&u8) -> bool + '_ {
    move |c| match chars {
        None => is_space(*c),
        Some(set) => set.contains(c),
    }
}

/// `b.strip(chars)`: `None` strips ASCII whitespace, otherwise any byte in
/// `chars`.
pub fn strip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    rstrip(lstrip(b, chars), chars)
}

/// `b.lstrip(chars)`, see [`strip`].
pub fn lstrip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    let strip = strip_set(chars);
    let i = b.iter().position(|c| !strip(c)).unwrap_or(b.len());
    &b[i..]
}

/// `b.rstrip(chars)`, see [`strip`].
pub fn rstrip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    let strip = strip_set(chars);
    let i = b.iter().rposition(|c| !strip(c)).map_or(0, |i| i + 1);
    &b[..i]
}

/// `b.removeprefix(prefix)`.
pub fn removeprefix<'a>(b: &'a [u8], prefix: &[u8]) -> &'a [u8] {
    b.strip_prefix(prefix).unwrap_or(b)
}

/// `b.removesuffix(suffix)`.
pub fn removesuffix<'a>(b: &'a [u8], suffix: &[u8]) -> &'a [u8] {
    b.strip_suffix(suffix).unwrap_or(b)
}

// ---------------------------------------------------------------------------
// Replacing, padding, tabs
// ---------------------------------------------------------------------------

/// `b.replace(old, new, count)`: at most `count` replacements, left to right
/// (negative = all); an empty `old` matches before every byte and at the end
/// (`b'abc'.replace(b'', b'-', 2) == b'-a-bc'`). Borrowed when nothing was
/// replaced, as CPython then returns `b` itself.
pub fn replace<'a>(b: &'a [u8], old: &[u8], new: &[u8], count: i64) -> Cow<'a, [u8]> {
    let limit = split_limit(count);
    if limit == 0 || b.len() < old.len() || (old.is_empty() && new.is_empty()) {
        return Cow::Borrowed(b);
    }
    if old.is_empty() {
        let inserts = limit.min(b.len() + 1);
        let mut out = Vec::with_capacity(b.len().saturating_add(new.len().saturating_mul(inserts)));
        for (i, &c) in b.iter().enumerate() {
            if i < inserts {
                out.extend_from_slice(new);
            }
            out.push(c);
        }
        if inserts > b.len() {
            out.extend_from_slice(new);
        }
        return Cow::Owned(out);
    }
    let mut out: Option<Vec<u8>> = None;
    let mut at = 0;
    let mut done = 0;
    while done < limit {
        let Some(i) = find_in(&b[at..], old) else {
            break;
        };
        let o = out.get_or_insert_with(|| Vec::with_capacity(b.len()));
        o.extend_from_slice(&b[at..at + i]);
        o.extend_from_slice(new);
        at += i + old.len();
        done += 1;
    }
    match out {
        None => Cow::Borrowed(b),
        Some(mut o) => {
            o.extend_from_slice(&b[at..]);
            Cow::Owned(o)
        }
    }
}

/// `left` fills, `b`, `right` fills.
fn pad(b: &[u8], left: usize, right: usize, fill: u8) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len().saturating_add(left).saturating_add(right));
    out.resize(left, fill);
    out.extend_from_slice(b);
    out.resize(out.len() + right, fill);
    out
}

/// How many fill bytes reach `width`, or `None` if `b` is wide enough.
fn margin(b: &[u8], width: i64) -> Option<usize> {
    let len = b.len() as i64;
    (width > len).then(|| (width - len) as usize)
}

/// `b.ljust(width, fill)`.
pub fn ljust(b: &[u8], width: i64, fill: u8) -> Cow<'_, [u8]> {
    match margin(b, width) {
        None => Cow::Borrowed(b),
        Some(m) => Cow::Owned(pad(b, 0, m, fill)),
    }
}

/// `b.rjust(width, fill)`.
pub fn rjust(b: &[u8], width: i64, fill: u8) -> Cow<'_, [u8]> {
    match margin(b, width) {
        None => Cow::Borrowed(b),
        Some(m) => Cow::Owned(pad(b, m, 0, fill)),
    }
}

/// `b.center(width, fill)`: an odd margin puts the extra fill on the left
/// only when `width` is odd too, as for str.
pub fn center(b: &[u8], width: i64, fill: u8) -> Cow<'_, [u8]> {
    match margin(b, width) {
        None => Cow::Borrowed(b),
        Some(m) => {
            let left = m / 2 + (m & (width as usize) & 1);
            Cow::Owned(pad(b, left, m - left, fill))
        }
    }
}

/// `b.zfill(width)`: pad with b'0' on the left, after a leading b'+'/b'-'.
pub fn zfill(b: &[u8], width: i64) -> Cow<'_, [u8]> {
    let Some(m) = margin(b, width) else {
        return Cow::Borrowed(b);
    };
    let mut out = pad(b, m, 0, b'0');
    if let Some(&sign @ (b'+' | b'-')) = b.first() {
        out[0] = sign;
        out[m] = b'0';
    }
    Cow::Owned(out)
}

/// `b.expandtabs(tabsize)`: each tab becomes spaces up to the next multiple
/// of `tabsize` columns; the column restarts after b"\n" and b"\r"; a tabsize
/// <= 0 deletes tabs. `tabsize` is a C int (OverflowError beyond; callers
/// raise the same one for ints beyond i64). CPython always builds a new
/// object here.
pub fn expandtabs(b: &[u8], tabsize: i64) -> StrResult<Vec<u8>> {
    if i32::try_from(tabsize).is_err() {
        return Err(int_overflow());
    }
    let mut out = Vec::with_capacity(b.len());
    let mut column: i64 = 0;
    for &c in b {
        match c {
            b'\t' => {
                if tabsize > 0 {
                    let spaces = tabsize - column % tabsize;
                    out.resize(out.len() + spaces as usize, b' ');
                    column += spaces;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// Case conversion (ASCII only)
// ---------------------------------------------------------------------------

/// `b.upper()`.
pub fn upper(b: &[u8]) -> Vec<u8> {
    b.to_ascii_uppercase()
}

/// `b.lower()`.
pub fn lower(b: &[u8]) -> Vec<u8> {
    b.to_ascii_lowercase()
}

/// `b.swapcase()`.
pub fn swapcase(b: &[u8]) -> Vec<u8> {
    b.iter()
        .map(|&c| if c.is_ascii_alphabetic() { c ^ 0x20 } else { c })
        .collect()
}

/// `b.capitalize()`: the first byte uppered, the rest lowered.
pub fn capitalize(b: &[u8]) -> Vec<u8> {
    let mut out = b.to_ascii_lowercase();
    if let Some(c) = out.first_mut() {
        c.make_ascii_uppercase();
    }
    out
}

/// `b.title()`: a letter after a letter is lowered, any other uppered.
pub fn title(b: &[u8]) -> Vec<u8> {
    let mut previous_cased = false;
    b.iter()
        .map(|&c| {
            let cased = c.is_ascii_alphabetic();
            let r = match (cased, previous_cased) {
                (true, true) => c.to_ascii_lowercase(),
                (true, false) => c.to_ascii_uppercase(),
                _ => c,
            };
            previous_cased = cased;
            r
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------------

fn nonempty_all(b: &[u8], pred: impl Fn(&u8) -> bool) -> bool {
    !b.is_empty() && b.iter().all(pred)
}

/// `b.isspace()`: non-empty and all ASCII whitespace ([`is_space`]).
pub fn isspace(b: &[u8]) -> bool {
    nonempty_all(b, |&c| is_space(c))
}

/// `b.isalpha()`: non-empty and all ASCII letters.
pub fn isalpha(b: &[u8]) -> bool {
    nonempty_all(b, u8::is_ascii_alphabetic)
}

/// `b.isalnum()`: non-empty and all ASCII letters or digits.
pub fn isalnum(b: &[u8]) -> bool {
    nonempty_all(b, u8::is_ascii_alphanumeric)
}

/// `b.isdigit()`: non-empty and all ASCII digits.
pub fn isdigit(b: &[u8]) -> bool {
    nonempty_all(b, u8::is_ascii_digit)
}

/// `b.isascii()`: true for b''.
pub fn isascii(b: &[u8]) -> bool {
    b.is_ascii()
}

/// `b.islower()`: some lowercase letter and no uppercase one.
pub fn islower(b: &[u8]) -> bool {
    b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
}

/// `b.isupper()`: some uppercase letter and no lowercase one.
pub fn isupper(b: &[u8]) -> bool {
    b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
}

/// `b.istitle()`: some letter; uppercase ones only after non-letters,
/// lowercase ones only after letters.
pub fn istitle(b: &[u8]) -> bool {
    let mut cased = false;
    let mut previous_cased = false;
    for &c in b {
        if c.is_ascii_uppercase() {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}

// ---------------------------------------------------------------------------
// hex, fromhex
// ---------------------------------------------------------------------------

/// The `sep` argument of `hex()`: a str or a bytes object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HexSep<'a> {
    Str(&'a str),
    Bytes(&'a [u8]),
}

/// `b.hex(sep, bytes_per_sep)` (CPython's `_Py_strhex_with_sep`): lower-case
/// hex digits, with `sep` (one ASCII character) between groups of
/// `bytes_per_sep` bytes counted from the right, or from the left when
/// negative; 0 or no `sep` means no separators. `bytes_per_sep` is a C int.
pub fn hex(b: &[u8], sep: Option<HexSep<'_>>, bytes_per_sep: i64) -> StrResult<String> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let group = i32::try_from(bytes_per_sep).map_err(|_| int_overflow())?;
    let sep_char = match sep {
        None => None,
        Some(sep) => {
            let c = match sep {
                HexSep::Str(s) => {
                    let mut it = s.chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => u32::from(c),
                        _ => return Err(StrError::Value("sep must be length 1.".into())),
                    }
                }
                HexSep::Bytes(&[c]) => u32::from(c),
                HexSep::Bytes(_) => return Err(StrError::Value("sep must be length 1.".into())),
            };
            if c > 127 {
                return Err(StrError::Value("sep must be ASCII.".into()));
            }
            Some(c as u8 as char)
        }
    };
    let per = group.unsigned_abs() as usize;
    let mut out = String::with_capacity(b.len() * 3);
    let sep_char = match sep_char {
        Some(c) if per != 0 => c,
        _ => {
            for &c in b {
                out.push(HEX[(c >> 4) as usize] as char);
                out.push(HEX[(c & 15) as usize] as char);
            }
            return Ok(out);
        }
    };
    // Groups are aligned at the end for a positive group size, at the
    // start for a negative one.
    let offset = if group > 0 { b.len() % per } else { 0 };
    for (i, &c) in b.iter().enumerate() {
        if i > 0 && (i + per - offset).is_multiple_of(per) {
            out.push(sep_char);
        }
        out.push(HEX[(c >> 4) as usize] as char);
        out.push(HEX[(c & 15) as usize] as char);
    }
    Ok(out)
}

/// `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace allowed between
/// pairs. The error position is that of the first non-ASCII character if
/// there is one, else of the offending character (`len(s)` for a missing
/// second digit).
pub fn fromhex(s: &str) -> StrResult<Vec<u8>> {
    let error = |pos: usize| {
        StrError::Value(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    if !s.is_ascii() {
        return Err(error(s.chars().take_while(char::is_ascii).count()));
    }
    let b = s.as_bytes();
    let digit = |i: usize| b.get(i).and_then(|&c| (c as char).to_digit(16));
    let mut out = Vec::with_capacity(b.len() / 2);
    let mut i = 0;
    while i < b.len() {
        if is_space(b[i]) {
            i += 1;
            continue;
        }
        let top = digit(i).ok_or_else(|| error(i))?;
        let bot = digit(i + 1).ok_or_else(|| error(i + 1))?;
        out.push((top * 16 + bot) as u8);
        i += 2;
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// maketrans, translate
// ---------------------------------------------------------------------------

/// `bytes.maketrans(from, to)`: the identity table with `from[i]` mapped to
/// `to[i]`.
pub fn maketrans(from: &[u8], to: &[u8]) -> StrResult<[u8; 256]> {
    if from.len() != to.len() {
        return Err(StrError::Value(
            "maketrans arguments must have same length".to_string(),
        ));
    }
    let mut table = [0u8; 256];
    for (i, t) in table.iter_mut().enumerate() {
        *t = i as u8;
    }
    for (&f, &t) in from.iter().zip(to) {
        table[f as usize] = t;
    }
    Ok(table)
}

/// Checks the `table` argument of `translate` (any bytes-like object).
pub fn translation_table(table: &[u8]) -> StrResult<&[u8; 256]> {
    table
        .try_into()
        .map_err(|_| StrError::Value("translation table must be 256 characters long".to_string()))
}

/// `b.translate(table, delete)`: drops the bytes in `delete`, maps the others
/// through `table` (`None`: unchanged). Borrowed when the result equals `b`,
/// as CPython then returns `b` itself.
pub fn translate<'a>(b: &'a [u8], table: Option<&[u8; 256]>, delete: &[u8]) -> Cow<'a, [u8]> {
    let mut deleted = [false; 256];
    for &d in delete {
        deleted[d as usize] = true;
    }
    let map = |c: u8| table.map_or(c, |t| t[c as usize]);
    let unchanged = b.iter().all(|&c| !deleted[c as usize] && map(c) == c);
    if unchanged {
        return Cow::Borrowed(b);
    }
    Cow::Owned(
        b.iter()
            .filter(|&&c| !deleted[c as usize])
            .map(|&c| map(c))
            .collect(),
    )
}
