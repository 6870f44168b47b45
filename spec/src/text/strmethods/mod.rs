//! The algorithms behind Python 3.11's `str` methods, over plain `&str`.
//!
//! Every function here gives exactly CPython 3.11's result for the same call;
//! nothing here knows about interpreter values, so the caller converts
//! arguments (and handles what only exists at the value level: tuple
//! prefixes, `translate`, `join`, `*`, type errors about argument types).
//!
//! Conventions, chosen so the caller's glue stays thin:
//! * Positions are in characters (code points), as Python counts them, never
//!   bytes. `start`/`end` arguments take Python's slice semantics (negative
//!   counts from the end, out-of-range clamps) through [`adjust_indices`].
//!   ASCII strings skip the character counting, since there bytes are
//!   characters.
//! * Pieces (split, partition, strip ...) borrow from the input, so the
//!   caller allocates each resulting Python string once, in its own
//!   representation. Where CPython hands back the very same object (nothing
//!   to strip, pad, replace, expand), the result is the input itself (`&str`
//!   of the same length, or `Cow::Borrowed`), so the caller can return the
//!   original object and keep `is` faithful.
//! * Errors carry CPython's exception type and exact message ([`StrError`]).
//! * Unicode properties and case mappings ([`chars`]) come from `tables.rs`,
//!   which `gen_tables.py` reads off CPython 3.11 itself (Unicode 14.0.0),
//!   so they are exact on every code point. Rust's own `char` data follows
//!   newer Unicode versions (new letters, changed Other_Lowercase ...) and
//!   lacks titlecase, case folding, Python's numeric classes and XID, so it
//!   is deliberately not used beyond ASCII.
//!
//! Not handled here: memory exhaustion. CPython raises `MemoryError` for
//! results it cannot allocate (`'a'.center(10**15)`); callers must bound
//! widths and counts before asking for such a result.

mod tables;

use std::borrow::Cow;
use std::fmt;

/// A Python exception raised by a str method: its type and CPython's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StrError {
    /// `ValueError`, e.g. "empty separator", "substring not found".
    Value(String),
    /// `TypeError`, e.g. "The fill character must be exactly one character long".
    Type(String),
    /// `OverflowError`, e.g. "Python int too large to convert to C int".
    Overflow(String),
}

impl StrError {
    /// The Python exception class name, as `type(e).__name__` prints it.
    pub fn exception_name(&self) -> &'static str {
        match self {
            StrError::Value(_) => "ValueError",
            StrError::Type(_) => "TypeError",
            StrError::Overflow(_) => "OverflowError",
        }
    }

    /// The message, as `str(e)` prints it.
    pub fn message(&self) -> &str {
        match self {
            StrError::Value(m) | StrError::Type(m) | StrError::Overflow(m) => m,
        }
    }
}

impl fmt::Display for StrError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.exception_name(), self.message())
    }
}

impl std::error::Error for StrError {}

/// Result of a str method that can raise.
pub type StrResult<T> = Result<T, StrError>;

fn empty_separator() -> StrError {
    StrError::Value("empty separator".to_string())
}

// ---------------------------------------------------------------------------
// Indices
// ---------------------------------------------------------------------------

/// Python's `len(s)`: the number of code points.
pub fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Normalizes optional `start`/`end` as CPython's str methods do, for a
/// string of `len` characters: `None` means the whole string, negative values
/// count from the end and clamp at 0, `end` clamps at `len`.
///
/// `start` is deliberately *not* clamped to `len`: CPython keeps it, and the
/// "start past the end" case is what makes `'abc'.find('', 4)` return -1 while
/// `'abc'.find('', 3)` returns 3. So callers must treat `start > end` as an
/// empty window that even the empty string does not match.
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: i64) -> (i64, i64) {
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// Byte offset of character index `ci` (`0 <= ci <= char count`).
fn byte_offset(s: &str, ascii: bool, ci: i64) -> usize {
    let ci = ci as usize;
    if ascii {
        ci
    } else {
        s.char_indices().nth(ci).map_or(s.len(), |(b, _)| b)
    }
}

/// The part of a string a search looks at, remembering where it starts in
/// characters so that byte results can be turned back into Python indices.
struct Window<'a> {
    text: &'a str,
    char_start: i64,
}

impl<'a> Window<'a> {
    /// The `[start:end]` window, or `None` when `start > end` after
    /// normalization (no match at all, not even of '').
    fn new(s: &'a str, start: Option<i64>, end: Option<i64>) -> Option<Window<'a>> {
        if start.is_none() && end.is_none() {
            return Some(Window {
                text: s,
                char_start: 0,
            });
        }
        let ascii = s.is_ascii();
        let len = if ascii { s.len() } else { char_len(s) } as i64;
        let (start, end) = adjust_indices(start, end, len);
        if start > end {
            return None;
        }
        let b0 = byte_offset(s, ascii, start);
        let b1 = if end == len {
            s.len()
        } else if ascii {
            end as usize
        } else {
            b0 + byte_offset(&s[b0..], false, end - start)
        };
        Some(Window {
            text: &s[b0..b1],
            char_start: start,
        })
    }

    /// Byte offset of the first `sub` in the window.
    fn find(&self, sub: &str) -> Option<usize> {
        match single_char(sub) {
            Some(c) => self.text.find(c),
            None => self.text.find(sub),
        }
    }

    /// Byte offset of the last `sub` in the window.
    fn rfind(&self, sub: &str) -> Option<usize> {
        match single_char(sub) {
            Some(c) => self.text.rfind(c),
            None => self.text.rfind(sub),
        }
    }

    /// Python index of the byte offset `b` inside the window.
    fn char_index(&self, b: usize) -> i64 {
        self.char_start + char_len(&self.text[..b]) as i64
    }
}

// ---------------------------------------------------------------------------
// Searching
// ---------------------------------------------------------------------------

/// `s.find(sub, start, end)`: lowest index of `sub` in `s[start:end]`, or -1.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    Window::new(s, start, end)
        .and_then(|w| w.find(sub).map(|b| w.char_index(b)))
        .unwrap_or(-1)
}

/// `s.rfind(sub, start, end)`: highest index of `sub` in `s[start:end]`, or -1.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    Window::new(s, start, end)
        .and_then(|w| w.rfind(sub).map(|b| w.char_index(b)))
        .unwrap_or(-1)
}

fn not_found(i: i64) -> StrResult<i64> {
    if i < 0 {
        Err(StrError::Value("substring not found".to_string()))
    } else {
        Ok(i)
    }
}

/// `s.index(sub, start, end)`: like [`find`] but raises ValueError.
pub fn index(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> StrResult<i64> {
    not_found(find(s, sub, start, end))
}

/// `s.rindex(sub, start, end)`: like [`rfind`] but raises ValueError.
pub fn rindex(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> StrResult<i64> {
    not_found(rfind(s, sub, start, end))
}

/// `s.count(sub, start, end)`: non-overlapping occurrences, scanning left to
/// right; the empty string occurs at every position, i.e. `len + 1` times.
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    match Window::new(s, start, end) {
        None => 0,
        Some(w) if sub.is_empty() => char_len(w.text) as i64 + 1,
        Some(w) => match single_char(sub) {
            Some(c) => w.text.matches(c).count() as i64,
            None => w.text.matches(sub).count() as i64,
        },
    }
}

/// `s.startswith(prefix, start, end)` for one prefix (the caller loops over
/// a tuple). An empty prefix matches unless `start` lies past the end.
pub fn startswith(s: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    match Window::new(s, start, end) {
        None => false,
        Some(w) => w.text.starts_with(prefix),
    }
}

/// `s.endswith(suffix, start, end)` for one suffix (the caller loops over a
/// tuple).
pub fn endswith(s: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    match Window::new(s, start, end) {
        None => false,
        Some(w) => w.text.ends_with(suffix),
    }
}

// ---------------------------------------------------------------------------
// Splitting
// ---------------------------------------------------------------------------

/// Python's `maxsplit`: negative means no limit.
fn split_limit(maxsplit: i64) -> usize {
    if maxsplit < 0 {
        usize::MAX
    } else {
        usize::try_from(maxsplit).unwrap_or(usize::MAX)
    }
}

/// `s.split(sep, maxsplit)`. With `sep = None`, runs of whitespace separate
/// and leading/trailing whitespace yields no empty pieces (and once
/// `maxsplit` is used up, the rest is kept with only its leading whitespace
/// removed); with a separator every occurrence separates.
pub fn split<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> StrResult<Vec<&'a str>> {
    let limit = split_limit(maxsplit);
    match sep {
        None => Ok(split_whitespace(s, limit)),
        Some("") => Err(empty_separator()),
        Some(sep) => {
            let n = limit.saturating_add(1);
            Ok(match single_char(sep) {
                Some(c) => s.splitn(n, c).collect(),
                None => s.splitn(n, sep).collect(),
            })
        }
    }
}

/// `s.rsplit(sep, maxsplit)`: like [`split`] but the `maxsplit` splits are
/// taken from the right (and matches are found scanning from the right, so
/// `'aaa'.rsplit('aa') == ['a', '']`).
pub fn rsplit<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> StrResult<Vec<&'a str>> {
    let limit = split_limit(maxsplit);
    let mut parts: Vec<&str> = match sep {
        None => rsplit_whitespace(s, limit),
        Some("") => return Err(empty_separator()),
        Some(sep) => {
            let n = limit.saturating_add(1);
            match single_char(sep) {
                Some(c) => s.rsplitn(n, c).collect(),
                None => s.rsplitn(n, sep).collect(),
            }
        }
    };
    parts.reverse();
    Ok(parts)
}

/// Byte length of the Python whitespace character starting at byte `i` of
/// `b`, or 0 if none starts there. Works on bytes so that splitting on
/// whitespace never decodes UTF-8: the multi-byte whitespace characters are
/// few and their encodings are matched directly (the exhaustive test keeps
/// this in step with [`chars::is_space`]). Continuation bytes give 0.
fn space_len_at(b: &[u8], i: usize) -> usize {
    match b[i] {
        0x09..=0x0D | 0x1C..=0x20 => 1,
        // U+0085, U+00A0
        0xC2 if matches!(b[i + 1], 0x85 | 0xA0) => 2,
        // U+1680
        0xE1 if b[i + 1] == 0x9A && b[i + 2] == 0x80 => 3,
        // U+2000..U+200A, U+2028, U+2029, U+202F, U+205F
        0xE2 if matches!(
            (b[i + 1], b[i + 2]),
            (0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF) | (0x81, 0x9F)
        ) =>
        {
            3
        }
        // U+3000
        0xE3 if b[i + 1] == 0x80 && b[i + 2] == 0x80 => 3,
        _ => 0,
    }
}

/// Byte length of the whitespace character ending at byte `end`, or 0.
fn space_len_before(b: &[u8], end: usize) -> usize {
    let mut start = end - 1;
    while b[start] & 0xC0 == 0x80 {
        start -= 1;
    }
    let n = space_len_at(b, start);
    if n == end - start {
        n
    } else {
        0
    }
}

fn split_whitespace(s: &str, mut limit: usize) -> Vec<&str> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        // Skip the whitespace before the next piece.
        loop {
            if i == b.len() {
                return out;
            }
            match space_len_at(b, i) {
                0 => break,
                n => i += n,
            }
        }
        if limit == 0 {
            out.push(&s[i..]);
            return out;
        }
        let start = i;
        while i < b.len() && space_len_at(b, i) == 0 {
            i += 1;
        }
        out.push(&s[start..i]);
        limit -= 1;
    }
}

/// Pieces in right-to-left order (the caller reverses).
fn rsplit_whitespace(s: &str, mut limit: usize) -> Vec<&str> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = b.len();
    loop {
        loop {
            if i == 0 {
                return out;
            }
            match space_len_before(b, i) {
                0 => break,
                n => i -= n,
            }
        }
        if limit == 0 {
            out.push(&s[..i]);
            return out;
        }
        let end = i;
        while i > 0 && space_len_before(b, i) == 0 {
            i -= 1;
        }
        out.push(&s[i..end]);
        limit -= 1;
    }
}

/// The one character of `sep`, if it is one: then searching uses std's
/// memchr-based char pattern instead of the general substring searcher.
fn single_char(sep: &str) -> Option<char> {
    let mut it = sep.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

/// `s.splitlines(keepends)`. Lines end at any of Python's line boundaries
/// ([`chars::is_linebreak`]), "\r\n" counting as one; a final line without a
/// boundary is kept, a final boundary does not start an empty line.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((b, c)) = iter.next() {
        if !chars::is_linebreak(c) {
            continue;
        }
        let mut after = b + c.len_utf8();
        if c == '\r' && iter.peek().is_some_and(|&(_, n)| n == '\n') {
            iter.next();
            after += 1;
        }
        let line_end = if keepends { after } else { b };
        out.push(&s[line_start..line_end]);
        line_start = after;
    }
    if line_start < s.len() {
        out.push(&s[line_start..]);
    }
    out
}

/// `s.partition(sep)`: split at the first `sep`; `(s, '', '')` if absent.
pub fn partition<'a>(s: &'a str, sep: &str) -> StrResult<(&'a str, &'a str, &'a str)> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.find(sep) {
        Some(b) => (&s[..b], &s[b..b + sep.len()], &s[b + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `s.rpartition(sep)`: split at the last `sep`; `('', '', s)` if absent.
pub fn rpartition<'a>(s: &'a str, sep: &str) -> StrResult<(&'a str, &'a str, &'a str)> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.rfind(sep) {
        Some(b) => (&s[..b], &s[b..b + sep.len()], &s[b + sep.len()..]),
        None => ("", "", s),
    })
}

// ---------------------------------------------------------------------------
// Stripping, prefixes
// ---------------------------------------------------------------------------

/// `s.strip(chars)`: `None` strips Python whitespace ([`chars::is_space`]),
/// otherwise any character contained in `chars` (so `Some("")` strips
/// nothing).
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_matches(chars::is_space),
        Some(set) => s.trim_matches(|c| set.contains(c)),
    }
}

/// `s.lstrip(chars)`, see [`strip`].
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_start_matches(chars::is_space),
        Some(set) => s.trim_start_matches(|c| set.contains(c)),
    }
}

/// `s.rstrip(chars)`, see [`strip`].
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_end_matches(chars::is_space),
        Some(set) => s.trim_end_matches(|c| set.contains(c)),
    }
}

/// `s.removeprefix(prefix)`.
pub fn removeprefix<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `s.removesuffix(suffix)`.
pub fn removesuffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    s.strip_suffix(suffix).unwrap_or(s)
}

// ---------------------------------------------------------------------------
// Replacing, padding, tabs
// ---------------------------------------------------------------------------

/// `s.replace(old, new, count)`: at most `count` replacements, left to right
/// (negative = all). An empty `old` matches before every character and at the
/// end, so `'abc'.replace('', '-', 2) == '-a-bc'`. Borrowed when nothing was
/// replaced, as CPython then returns `s` itself.
pub fn replace<'a>(s: &'a str, old: &str, new: &str, count: i64) -> Cow<'a, str> {
    let limit = split_limit(count);
    if limit == 0 || (old.is_empty() && new.is_empty()) {
        return Cow::Borrowed(s);
    }
    if old.is_empty() {
        let inserts = limit.min(s.len() + 1);
        let extra = new.len().saturating_mul(inserts);
        let mut out = String::with_capacity(s.len().saturating_add(extra));
        out.push_str(new);
        let mut rest = s.chars();
        // One insertion is done; each further one follows the next character.
        for _ in 1..limit {
            match rest.next() {
                Some(c) => {
                    out.push(c);
                    out.push_str(new);
                }
                None => break,
            }
        }
        out.push_str(rest.as_str());
        return Cow::Owned(out);
    }
    let mut matches = s.match_indices(old).take(limit).peekable();
    if matches.peek().is_none() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    for (b, _) in matches {
        out.push_str(&s[last..b]);
        out.push_str(new);
        last = b + old.len();
    }
    out.push_str(&s[last..]);
    Cow::Owned(out)
}

/// Converts the `fillchar` argument of center/ljust/rjust, raising CPython's
/// TypeError unless it is exactly one character.
pub fn fill_char(fill: &str) -> StrResult<char> {
    let mut it = fill.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(StrError::Type(
            "The fill character must be exactly one character long".to_string(),
        )),
    }
}

/// `left` fills, `s`, `right` fills.
fn pad(s: &str, left: usize, right: usize, fill: char) -> String {
    let fills = left.saturating_add(right).saturating_mul(fill.len_utf8());
    let mut out = String::with_capacity(s.len().saturating_add(fills));
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

/// How many fill characters reach `width`, or `None` if `s` is wide enough
/// already (then CPython returns `s` itself).
fn margin(s: &str, width: i64) -> Option<usize> {
    let len = char_len(s) as i64;
    (width > len).then(|| (width - len) as usize)
}

/// `s.ljust(width, fill)`.
pub fn ljust(s: &str, width: i64, fill: char) -> Cow<'_, str> {
    match margin(s, width) {
        None => Cow::Borrowed(s),
        Some(m) => Cow::Owned(pad(s, 0, m, fill)),
    }
}

/// `s.rjust(width, fill)`.
pub fn rjust(s: &str, width: i64, fill: char) -> Cow<'_, str> {
    match margin(s, width) {
        None => Cow::Borrowed(s),
        Some(m) => Cow::Owned(pad(s, m, 0, fill)),
    }
}

/// `s.center(width, fill)`. When the margin is odd, the extra fill goes on
/// the left only if `width` is odd too (CPython's historical rule):
/// `'ab'.center(5) == '  ab '` but `'abc'.center(6) == ' abc  '`.
pub fn center(s: &str, width: i64, fill: char) -> Cow<'_, str> {
    match margin(s, width) {
        None => Cow::Borrowed(s),
        Some(m) => {
            let left = m / 2 + (m & (width as usize) & 1);
            Cow::Owned(pad(s, left, m - left, fill))
        }
    }
}

/// `s.zfill(width)`: pad with '0' on the left, keeping a leading '+' or '-'
/// in front of the zeros.
pub fn zfill(s: &str, width: i64) -> Cow<'_, str> {
    let Some(m) = margin(s, width) else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len().saturating_add(m));
    let digits = match s.as_bytes().first() {
        Some(&sign @ (b'+' | b'-')) => {
            out.push(sign as char);
            &s[1..]
        }
        _ => s,
    };
    out.extend(std::iter::repeat_n('0', m));
    out.push_str(digits);
    Cow::Owned(out)
}

/// `s.expandtabs(tabsize)`: each tab becomes spaces up to the next multiple
/// of `tabsize` columns; the column restarts after "\n" and "\r"; a tabsize
/// <= 0 deletes tabs. CPython takes tabsize as a C int, hence the
/// OverflowError outside that range (the caller raises the same one for ints
/// beyond i64).
pub fn expandtabs(s: &str, tabsize: i64) -> StrResult<Cow<'_, str>> {
    if i32::try_from(tabsize).is_err() {
        return Err(StrError::Overflow(
            "Python int too large to convert to C int".to_string(),
        ));
    }
    if !s.contains('\t') {
        return Ok(Cow::Borrowed(s));
    }
    let mut out = String::with_capacity(s.len() + 8);
    let mut column: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let spaces = tabsize - column % tabsize;
                    out.extend(std::iter::repeat_n(' ', spaces as usize));
                    column += spaces;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(Cow::Owned(out))
}

// ---------------------------------------------------------------------------
// Case conversion
// ---------------------------------------------------------------------------

/// Whether the capital sigma at byte `b` of `s` is word-final, which makes
/// lower() give 'ς' instead of 'σ': a cased character precedes it and none
/// follows, looking past case-ignorable characters on both sides.
fn is_final_sigma(s: &str, b: usize) -> bool {
    let before = s[..b].chars().rev().find(|&c| !chars::is_case_ignorable(c));
    if !before.is_some_and(chars::is_cased) {
        return false;
    }
    let after = s[b + 'Σ'.len_utf8()..]
        .chars()
        .find(|&c| !chars::is_case_ignorable(c));
    !after.is_some_and(chars::is_cased)
}

/// Lowercases the character `c` found at byte `b` of `s`, in context.
fn push_lower_at(s: &str, b: usize, c: char, out: &mut String) {
    if c == 'Σ' && is_final_sigma(s, b) {
        out.push('ς');
    } else {
        chars::push_lower(c, out);
    }
}

/// `s.upper()`, with full case mappings ('ß' -> "SS").
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        chars::push_upper(c, &mut out);
    }
    out
}

/// `s.lower()`, with full case mappings and the final-sigma rule.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for (b, c) in s.char_indices() {
        push_lower_at(s, b, c, &mut out);
    }
    out
}

/// `s.casefold()`: full case folding, character by character (no sigma
/// context: folding maps both sigmas to 'σ').
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        chars::push_fold(c, &mut out);
    }
    out
}

/// `s.swapcase()`: uppercase characters are lowered (in context), lowercase
/// ones uppered; titlecase and uncased characters stay.
pub fn swapcase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (b, c) in s.char_indices() {
        if chars::is_upper(c) {
            push_lower_at(s, b, c, &mut out);
        } else if chars::is_lower(c) {
            chars::push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}

/// `s.capitalize()`, 3.8+ semantics: the first character is *titlecased*
/// ('ǆ' -> 'ǅ', 'ﬁ' -> "Fi"), all others lowered.
pub fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.char_indices();
    if let Some((_, c)) = it.next() {
        chars::push_title(c, &mut out);
    }
    for (b, c) in it {
        push_lower_at(s, b, c, &mut out);
    }
    out
}

/// `s.title()`: a character following a cased character is lowered, any
/// other is titlecased. Only cased-ness counts as a word boundary, so
/// "they're".title() == "They'Re".
pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut previous_cased = false;
    for (b, c) in s.char_indices() {
        if previous_cased {
            push_lower_at(s, b, c, &mut out);
        } else {
            chars::push_title(c, &mut out);
        }
        previous_cased = chars::is_cased(c);
    }
    out
}

// ---------------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------------

fn nonempty_all(s: &str, pred: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(pred)
}

/// `s.isspace()`: non-empty and all [`chars::is_space`].
pub fn isspace(s: &str) -> bool {
    nonempty_all(s, chars::is_space)
}

/// `s.isalpha()`: non-empty and all letters (categories L*).
pub fn isalpha(s: &str) -> bool {
    nonempty_all(s, chars::is_alpha)
}

/// `s.isalnum()`: non-empty and all letters or numerics.
pub fn isalnum(s: &str) -> bool {
    nonempty_all(s, chars::is_alnum)
}

/// `s.isdecimal()`: non-empty and all decimal digits ('٣' yes, '²' no).
pub fn isdecimal(s: &str) -> bool {
    nonempty_all(s, chars::is_decimal)
}

/// `s.isdigit()`: non-empty and all digits ('²' yes, '½' no).
pub fn isdigit(s: &str) -> bool {
    nonempty_all(s, chars::is_digit)
}

/// `s.isnumeric()`: non-empty and all numeric ('½' and '一' yes).
pub fn isnumeric(s: &str) -> bool {
    nonempty_all(s, chars::is_numeric)
}

/// `s.isprintable()`: all printable; true for ''.
pub fn isprintable(s: &str) -> bool {
    s.chars().all(chars::is_printable)
}

/// `s.isascii()`: true for ''.
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}

/// `s.isidentifier()`: XID_Start or '_', then XID_Continue; false for ''.
/// (Keywords count as identifiers, as in CPython.)
pub fn isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    it.next().is_some_and(chars::is_id_start) && it.all(chars::is_id_continue)
}

/// `s.isupper()`: at least one uppercase character and no lowercase or
/// titlecase one.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if chars::is_lower(c) || chars::is_title(c) {
            return false;
        }
        cased |= chars::is_upper(c);
    }
    cased
}

/// `s.islower()`: at least one lowercase character and no uppercase or
/// titlecase one.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if chars::is_upper(c) || chars::is_title(c) {
            return false;
        }
        cased |= chars::is_lower(c);
    }
    cased
}

/// `s.istitle()`: at least one cased character; upper/titlecase ones only
/// after uncased ones, lowercase ones only after cased ones.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_cased = false;
    for c in s.chars() {
        if chars::is_upper(c) || chars::is_title(c) {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if chars::is_lower(c) {
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

/// Per-character Unicode properties and case mappings as CPython 3.11 has
/// them (Unicode 14.0.0), for the string functions above and for other
/// modules that must agree with Python (lexer, int/float parsing).
pub mod chars {
    use super::tables;

    /// Index of the range of a flat `[lo, hi, lo, hi, ...]` table that
    /// contains `c`, if any.
    fn range_index(table: &[u32], c: char) -> Option<usize> {
        let c = c as u32;
        // The candidate is the last range starting at or before c.
        let starts_at_or_before = binary_search_count(table.len() / 2, |i| table[2 * i] <= c);
        let i = starts_at_or_before.checked_sub(1)?;
        (c <= table[2 * i + 1]).then_some(i)
    }

    /// How many of the records `0..n` satisfy `pred`, given that those that
    /// do form a prefix (a `partition_point` over strided flat tables).
    fn binary_search_count(n: usize, pred: impl Fn(usize) -> bool) -> usize {
        let (mut lo, mut hi) = (0, n);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if pred(mid) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    fn in_ranges(table: &[u32], c: char) -> bool {
        range_index(table, c).is_some()
    }

    /// Applies a mapping table pair (see tables.rs) to `c`.
    fn push_mapped(runs: &[u32], multi: &[u32], c: char, out: &mut String) {
        let cp = c as u32;
        let lo = binary_search_count(runs.len() / 4, |i| runs[4 * i] <= cp);
        if lo > 0 {
            let run = &runs[4 * (lo - 1)..4 * lo];
            let (offset, stride) = (cp - run[0], run[2]);
            // In the run iff a whole number of strides (fewer than count) away.
            if (offset / stride) * stride == offset && offset / stride < run[1] {
                let mapped = cp.wrapping_add(run[3]);
                out.push(char::from_u32(mapped).expect("table maps to a valid char"));
                return;
            }
        }
        let i = binary_search_count(multi.len() / 4, |i| multi[4 * i] < cp);
        if multi.get(4 * i) == Some(&cp) {
            for &m in &multi[4 * i + 1..4 * i + 4] {
                if m != 0 {
                    out.push(char::from_u32(m).expect("table maps to a valid char"));
                }
            }
            return;
        }
        out.push(c);
    }

    /// Python whitespace (`str.isspace`, `split()`, `strip()`): Unicode
    /// White_Space plus the ASCII separators \x1c-\x1f, which CPython counts
    /// because their bidi class is B or S.
    pub fn is_space(c: char) -> bool {
        matches!(
            c,
            '\t'..='\r'
                | '\x1c'..=' '
                | '\u{85}'
                | '\u{a0}'
                | '\u{1680}'
                | '\u{2000}'..='\u{200a}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202f}'
                | '\u{205f}'
                | '\u{3000}'
        )
    }

    /// Line boundaries for `splitlines()`: \n \v \f \r \x1c \x1d \x1e \x85
    /// U+2028 U+2029 ("\r\n" is paired by the caller).
    pub fn is_linebreak(c: char) -> bool {
        matches!(
            c,
            '\n' | '\x0b'
                | '\x0c'
                | '\r'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        )
    }

    /// Letters: general categories Lu, Ll, Lt, Lm, Lo.
    pub fn is_alpha(c: char) -> bool {
        if c.is_ascii() {
            c.is_ascii_alphabetic()
        } else {
            in_ranges(tables::ALPHA, c)
        }
    }

    /// Decimal digits (Numeric_Type=Decimal, category Nd).
    pub fn is_decimal(c: char) -> bool {
        if c.is_ascii() {
            c.is_ascii_digit()
        } else {
            in_ranges(tables::DECIMAL, c)
        }
    }

    /// Digits: decimals plus Numeric_Type=Digit (superscripts, circled ...).
    pub fn is_digit(c: char) -> bool {
        if c.is_ascii() {
            c.is_ascii_digit()
        } else {
            in_ranges(tables::DIGIT, c)
        }
    }

    /// Numerics: digits plus Numeric_Type=Numeric (fractions, Roman
    /// numerals, CJK numeral ideographs ...).
    pub fn is_numeric(c: char) -> bool {
        if c.is_ascii() {
            c.is_ascii_digit()
        } else {
            in_ranges(tables::NUMERIC, c)
        }
    }

    /// `str.isalnum` on one character: alpha or numeric (which covers
    /// decimal and digit).
    pub fn is_alnum(c: char) -> bool {
        if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            is_alpha(c) || is_numeric(c)
        }
    }

    /// Printable: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp, or Zs other
    /// than ' ' (what `repr` leaves unescaped).
    pub fn is_printable(c: char) -> bool {
        if c.is_ascii() {
            (' '..='~').contains(&c)
        } else {
            in_ranges(tables::PRINTABLE, c)
        }
    }

    /// Uppercase (derived property Uppercase: Lu plus Other_Uppercase).
    pub fn is_upper(c: char) -> bool {
        if c.is_ascii() {
            c.is_ascii_uppercase()
        } else {
            in_ranges(tables::UPPERCASE, c)
        }
    }

    /// Lowercase (derived property Lowercase: Ll plus Other_Lowercase).
    pub fn is_lower(c: char) -> bool {
        if c.is_ascii() {
            c.is_ascii_lowercase()
        } else {
            in_ranges(tables::LOWERCASE, c)
        }
    }

    /// Titlecase: general category Lt ('ǅ', 'ᾈ' ...).
    pub fn is_title(c: char) -> bool {
        !c.is_ascii() && in_ranges(tables::TITLECASE, c)
    }

    /// Cased (derived property Cased = Uppercase + Lowercase + Lt): what
    /// `title()` treats as "inside a word".
    pub fn is_cased(c: char) -> bool {
        if c.is_ascii() {
            c.is_ascii_alphabetic()
        } else {
            is_upper(c) || is_lower(c) || is_title(c)
        }
    }

    /// Case_Ignorable, which the final-sigma rule skips over (apostrophes,
    /// periods, combining marks, modifier letters ...).
    pub fn is_case_ignorable(c: char) -> bool {
        in_ranges(tables::CASE_IGNORABLE, c)
    }

    /// May start an identifier: XID_Start or '_'.
    pub fn is_id_start(c: char) -> bool {
        if c.is_ascii() {
            c.is_ascii_alphabetic() || c == '_'
        } else {
            in_ranges(tables::ID_START, c)
        }
    }

    /// May continue an identifier: XID_Continue.
    pub fn is_id_continue(c: char) -> bool {
        if c.is_ascii() {
            c.is_ascii_alphanumeric() || c == '_'
        } else {
            in_ranges(tables::ID_CONTINUE, c)
        }
    }

    /// The value of a decimal digit (`unicodedata.decimal`), which is what
    /// `int()` and `float()` accept beyond ASCII. Decimal digits come in
    /// runs of ten starting at 0, so the value is the offset in its run.
    pub fn decimal_value(c: char) -> Option<u32> {
        if c.is_ascii() {
            return c.to_digit(10);
        }
        let i = range_index(tables::DECIMAL, c)?;
        Some((c as u32 - tables::DECIMAL[2 * i]) % 10)
    }

    /// Appends the full uppercase mapping of `c` ('ß' -> "SS").
    pub fn push_upper(c: char, out: &mut String) {
        if c.is_ascii() {
            out.push(c.to_ascii_uppercase());
        } else {
            push_mapped(tables::UPPER_RUNS, tables::UPPER_MULTI, c, out);
        }
    }

    /// Appends the full lowercase mapping of `c` out of context (capital
    /// sigma gives 'σ'; the string functions apply the final-sigma rule).
    pub fn push_lower(c: char, out: &mut String) {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            push_mapped(tables::LOWER_RUNS, tables::LOWER_MULTI, c, out);
        }
    }

    /// Appends the full titlecase mapping of `c` ('ǆ' -> 'ǅ', 'ß' -> "Ss").
    pub fn push_title(c: char, out: &mut String) {
        if c.is_ascii() {
            out.push(c.to_ascii_uppercase());
        } else {
            push_mapped(tables::TITLE_RUNS, tables::TITLE_MULTI, c, out);
        }
    }

    /// Appends the full case folding of `c` ('ß' -> "ss", 'ſ' -> 's').
    pub fn push_fold(c: char, out: &mut String) {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            push_mapped(tables::FOLD_RUNS, tables::FOLD_MULTI, c, out);
        }
    }
}
