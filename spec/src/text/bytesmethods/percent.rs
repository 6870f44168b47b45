//! printf-style `bytes % args` (and `bytearray % args`), following CPython
//! 3.11's `_PyBytes_FormatEx` (`Objects/bytesobject.c`): the same parsing
//! state machine, including its reading of the format as C `char`s (a
//! non-ASCII byte right after '%' gives an empty ValueError), the same argument
//! bookkeeping and the same messages (which differ from str's in places:
//! "prec too big", "float argument required", "%b requires ...").
//!
//! Object conversions stay with the caller through [`BytesPercentArgs`], as
//! for str's [`crate::text::numfmt::PercentArgs`].

use crate::text::numfmt::{
    double_to_string, float_to_int, int_to_decimal, int_to_float, ArgSlot, DtsFlags, NumError,
};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// An argument converted by the caller for one conversion.
#[derive(Debug, Clone, PartialEq)]
pub enum PercentValue {
    /// An int (for `d i u o x X`, `c`, `*`; also accepted for floats).
    Int(BigInt),
    /// A float (for `e E f F g G`; truncated for `d i u`).
    Float(f64),
    /// Bytes (for `s b`; a one-byte value for `c`).
    Bytes(Vec<u8>),
    /// `ascii(obj)` (for `r a`).
    Text(String),
}

/// The right operand of `%` as seen through the caller's object model.
///
/// `convert(slot, conv)` must produce, for the object at `slot`:
/// - `b's'`, `b'b'`: `Bytes` of a bytes/bytearray, of `__bytes__()` (which
///   must return bytes: TypeError "__bytes__ returned non-bytes (type T)"),
///   or of a buffer; else the TypeError of [`bytes_percent_type_error`];
/// - `b'r'`, `b'a'`: `Text` of `ascii(obj)`;
/// - `b'd'`, `b'i'`, `b'u'`: `Int` of an int, or of `int(obj)` for a number,
///   else TypeError "%d format: a real number is required, not T";
/// - `b'o'`, `b'x'`, `b'X'`: `Int` via `__index__`, else TypeError
///   "%x format: an integer is required, not T";
/// - `b'e' b'E' b'f' b'F' b'g' b'G'`: `Float` via `__float__`/`__index__`
///   (or `Int` for an int), else TypeError "float argument required, not
///   T", which also replaces any exception the conversion raised;
/// - `b'c'`: `Bytes` for a bytes or bytearray of length 1, else `Int` via
///   `__index__`, else TypeError "%c requires an integer in range(256) or a
///   single byte";
/// - `b'*'`: `Int` for an int instance, else TypeError "* wants int".
pub trait BytesPercentArgs {
    /// The caller's exception type; format errors arrive via `From<NumError>`.
    type Error: From<NumError>;
    /// `Some(n)` when the right operand is a tuple of `n` items.
    fn tuple_len(&self) -> Option<usize>;
    /// CPython's test for `%(key)s` support: the operand has `__getitem__`
    /// and is none of tuple, bytes, bytearray, str.
    fn is_mapping(&self) -> bool;
    /// Looks the bytes `key` up in the mapping operand; the value becomes
    /// [`ArgSlot::Keyed`].
    fn select_key(&mut self, key: &[u8]) -> Result<(), Self::Error>;
    /// Converts the object at `slot` for conversion `conv` (see above).
    fn convert(&mut self, slot: ArgSlot, conv: u8) -> Result<PercentValue, Self::Error>;
}

/// The `TypeError` CPython raises when an argument of Python type
/// `type_name` does not suit conversion `conv`.
/// (`%i` reports itself as `%d`, as in CPython.)
pub fn bytes_percent_type_error(conv: u8, type_name: &str) -> NumError {
    let c = if conv == b'i' { 'd' } else { conv as char };
    NumError::Type(match conv {
        b's' | b'b' => format!(
            "%b requires a bytes-like object, or an object that implements __bytes__, not '{type_name}'"
        ),
        b'o' | b'x' | b'X' => format!("%{c} format: an integer is required, not {type_name}"),
        b'd' | b'i' | b'u' => format!("%{c} format: a real number is required, not {type_name}"),
        b'c' => "%c requires an integer in range(256) or a single byte".to_string(),
        b'*' => "* wants int".to_string(),
        _ => format!("float argument required, not {type_name}"),
    })
}

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;
/// `z`, which 3.11.2 accepts among the flags of bytes formatting (PEP 682
/// leaking in; later 3.11 releases reject it): no negative zero for floats.
const F_NO_NEG_0: u8 = 32;

/// CPython's `argidx`/`arglen` bookkeeping (`getnextarg`).
struct ArgState {
    arglen: i64,
    argidx: i64,
    dict: bool,
    keyed: bool,
}

impl ArgState {
    fn next(&mut self) -> Result<ArgSlot, NumError> {
        if self.argidx < self.arglen {
            let idx = self.argidx;
            self.argidx += 1;
            Ok(if self.arglen >= 0 {
                ArgSlot::Item(idx as usize)
            } else if self.keyed {
                ArgSlot::Keyed
            } else {
                ArgSlot::Whole
            })
        } else {
            Err(NumError::Type(
                "not enough arguments for format string".into(),
            ))
        }
    }
}

/// The format with CPython's cursor: `fmt[pos]`, `cnt` bytes left, NUL
/// past the end (bytes objects keep a NUL after their data).
struct Cursor<'a> {
    fmt: &'a [u8],
    pos: usize,
    cnt: i64,
}

impl Cursor<'_> {
    fn peek(&self) -> u8 {
        self.fmt.get(self.pos).copied().unwrap_or(0)
    }

    /// `c = *fmt++` with `char` signed, as on the platforms CPython's
    /// behaviour is observed on.
    fn take_signed(&mut self) -> i32 {
        let c = self.peek() as i8 as i32;
        self.pos += 1;
        c
    }

    /// `c = Py_CHARMASK(*fmt++)`.
    fn take_unsigned(&mut self) -> i32 {
        let c = self.peek() as i32;
        self.pos += 1;
        c
    }

    /// `--cnt >= 0`.
    fn more(&mut self) -> bool {
        self.cnt -= 1;
        self.cnt >= 0
    }
}

struct Conv {
    flags: u8,
    width: i64,
    prec: i64,
    c: i32,
}

fn is_digit(c: i32) -> bool {
    (b'0' as i32..=b'9' as i32).contains(&c)
}

/// `fmt % args` for bytes.
pub fn bytes_percent_format<A: BytesPercentArgs + ?Sized>(
    fmt: &[u8],
    args: &mut A,
) -> Result<Vec<u8>, A::Error> {
    let mut cur = Cursor {
        fmt,
        pos: 0,
        cnt: fmt.len() as i64,
    };
    let mut st = ArgState {
        arglen: -1,
        argidx: -2,
        dict: args.is_mapping(),
        keyed: false,
    };
    if let Some(n) = args.tuple_len() {
        st.arglen = n as i64;
        st.argidx = 0;
    }
    let mut out = Vec::with_capacity(fmt.len() + 16);
    while cur.more() {
        if cur.peek() != b'%' {
            let start = cur.pos;
            let len = fmt[start + 1..]
                .iter()
                .position(|&c| c == b'%')
                .map_or(cur.cnt as usize + 1, |i| i + 1);
            out.extend_from_slice(&fmt[start..start + len]);
            cur.pos += len;
            cur.cnt -= len as i64 - 1;
            continue;
        }
        cur.pos += 1;
        if cur.peek() == b'%' {
            out.push(b'%');
            cur.pos += 1;
            cur.cnt -= 1;
            continue;
        }
        let conv = parse_conv(&mut cur, &mut st, args)?;
        let slot = st.next()?;
        format_arg(&mut out, &conv, cur.pos, slot, args)?;
        if st.dict && st.argidx < st.arglen {
            return Err(not_all_converted().into());
        }
    }
    if st.argidx < st.arglen && !st.dict {
        return Err(not_all_converted().into());
    }
    Ok(out)
}

fn not_all_converted() -> NumError {
    NumError::Type("not all arguments converted during bytes formatting".into())
}

fn star_arg<A: BytesPercentArgs + ?Sized>(
    st: &mut ArgState,
    args: &mut A,
) -> Result<BigInt, A::Error> {
    let slot = st.next()?;
    match args.convert(slot, b'*')? {
        PercentValue::Int(v) => Ok(v),
        _ => Err(NumError::Type("* wants int".into()).into()),
    }
}

/// Key, flags, width, precision, length modifier and conversion character.
fn parse_conv<A: BytesPercentArgs + ?Sized>(
    cur: &mut Cursor<'_>,
    st: &mut ArgState,
    args: &mut A,
) -> Result<Conv, A::Error> {
    let mut c = Conv {
        flags: 0,
        width: -1,
        prec: -1,
        c: 0,
    };
    if cur.peek() == b'(' {
        if !st.dict {
            return Err(NumError::Type("format requires a mapping".into()).into());
        }
        cur.pos += 1;
        cur.cnt -= 1;
        let keystart = cur.pos;
        let mut depth = 1;
        while depth > 0 && cur.more() {
            match cur.peek() {
                b')' => depth -= 1,
                b'(' => depth += 1,
                _ => {}
            }
            cur.pos += 1;
        }
        if cur.cnt < 0 || depth > 0 {
            return Err(NumError::Value("incomplete format key".into()).into());
        }
        args.select_key(&cur.fmt[keystart..cur.pos - 1])?;
        st.keyed = true;
        st.arglen = -1;
        st.argidx = -2;
    }
    while cur.more() {
        c.c = cur.take_signed();
        c.flags |= match u8::try_from(c.c) {
            Ok(b'-') => F_LJUST,
            Ok(b'+') => F_SIGN,
            Ok(b' ') => F_BLANK,
            Ok(b'#') => F_ALT,
            Ok(b'0') => F_ZERO,
            Ok(b'z') => F_NO_NEG_0,
            _ => break,
        };
    }
    if c.c == b'*' as i32 {
        let v = star_arg(st, args)?;
        let w = v.to_i64().ok_or_else(|| {
            NumError::Overflow("Python int too large to convert to C ssize_t".into())
        })?;
        if w < 0 {
            c.flags |= F_LJUST;
        }
        c.width = w.checked_abs().unwrap_or(i64::MAX);
        if cur.more() {
            c.c = cur.take_signed();
        }
    } else if is_digit(c.c) {
        c.width = (c.c - b'0' as i32) as i64;
        while cur.more() {
            c.c = cur.take_unsigned();
            if !is_digit(c.c) {
                break;
            }
            let d = (c.c - b'0' as i32) as i64;
            if c.width > (i64::MAX - d) / 10 {
                return Err(NumError::Value("width too big".into()).into());
            }
            c.width = c.width * 10 + d;
        }
    }
    if c.c == b'.' as i32 {
        c.prec = 0;
        if cur.more() {
            c.c = cur.take_signed();
        }
        if c.c == b'*' as i32 {
            let v = star_arg(st, args)?;
            let p = v.to_i32().ok_or_else(|| {
                NumError::Overflow("Python int too large to convert to C int".into())
            })?;
            c.prec = p.max(0) as i64;
            if cur.more() {
                c.c = cur.take_signed();
            }
        } else if is_digit(c.c) {
            c.prec = (c.c - b'0' as i32) as i64;
            while cur.more() {
                c.c = cur.take_unsigned();
                if !is_digit(c.c) {
                    break;
                }
                let d = (c.c - b'0' as i32) as i64;
                if c.prec > (i32::MAX as i64 - d) / 10 {
                    return Err(NumError::Value("prec too big".into()).into());
                }
                c.prec = c.prec * 10 + d;
            }
        }
    }
    if cur.cnt >= 0 && matches!(u8::try_from(c.c), Ok(b'h' | b'l' | b'L')) && cur.more() {
        c.c = cur.take_signed();
    }
    if cur.cnt < 0 {
        return Err(NumError::Value("incomplete format".into()).into());
    }
    Ok(c)
}

/// Converts and writes one argument. `pos` is the cursor just after the
/// conversion character.
fn format_arg<A: BytesPercentArgs + ?Sized>(
    out: &mut Vec<u8>,
    c: &Conv,
    pos: usize,
    slot: ArgSlot,
    args: &mut A,
) -> Result<(), A::Error> {
    let Ok(ch) = u8::try_from(c.c) else {
        // CPython's message would format a negative `%c`; that fails, and
        // 3.11.2's PyErr_Format then raises the exception without a value.
        return Err(NumError::Value(String::new()).into());
    };
    let (text, numeric): (Vec<u8>, bool) = match ch {
        b'r' | b'a' | b's' | b'b' => {
            let mut text = match args.convert(slot, ch)? {
                PercentValue::Text(t) => t.into_bytes(),
                PercentValue::Bytes(b) => b,
                PercentValue::Int(_) => {
                    return Err(bytes_percent_type_error(ch, "int").into());
                }
                PercentValue::Float(_) => {
                    return Err(bytes_percent_type_error(ch, "float").into());
                }
            };
            if c.prec >= 0 {
                text.truncate(c.prec as usize);
            }
            (text, false)
        }
        b'i' | b'd' | b'u' | b'o' | b'x' | b'X' => {
            let v = match args.convert(slot, ch)? {
                PercentValue::Int(v) => v,
                PercentValue::Float(x) if !matches!(ch, b'o' | b'x' | b'X') => float_to_int(x)?,
                PercentValue::Float(_) => return Err(bytes_percent_type_error(ch, "float").into()),
                PercentValue::Bytes(_) => return Err(bytes_percent_type_error(ch, "bytes").into()),
                PercentValue::Text(_) => return Err(bytes_percent_type_error(ch, "str").into()),
            };
            (format_long(&v, c.flags & F_ALT != 0, c.prec, ch)?, true)
        }
        b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
            let x = match args.convert(slot, ch)? {
                PercentValue::Float(x) => x,
                // CPython turns any failure of the conversion, even an
                // OverflowError, into this TypeError.
                PercentValue::Int(v) => {
                    int_to_float(&v).map_err(|_| bytes_percent_type_error(ch, "int"))?
                }
                PercentValue::Bytes(_) => return Err(bytes_percent_type_error(ch, "bytes").into()),
                PercentValue::Text(_) => return Err(bytes_percent_type_error(ch, "str").into()),
            };
            let prec = if c.prec < 0 { 6 } else { c.prec as usize };
            let flags = DtsFlags {
                alt: c.flags & F_ALT != 0,
                no_neg_0: c.flags & F_NO_NEG_0 != 0,
                ..DtsFlags::default()
            };
            (
                double_to_string(x, ch as char, prec, flags)?.into_bytes(),
                true,
            )
        }
        b'c' => {
            let byte = match args.convert(slot, b'c')? {
                PercentValue::Bytes(b) if b.len() == 1 => b[0],
                PercentValue::Int(v) => match v.to_u8() {
                    Some(b) => b,
                    None => {
                        return Err(NumError::Overflow("%c arg not in range(256)".into()).into())
                    }
                },
                _ => return Err(bytes_percent_type_error(b'c', "").into()),
            };
            (vec![byte], false)
        }
        _ => {
            return Err(NumError::Value(format!(
                "unsupported format character '{}' (0x{:x}) at index {}",
                ch as char,
                ch,
                pos - 1
            ))
            .into());
        }
    };
    write_padded(out, c, ch, &text, numeric).map_err(Into::into)
}

/// CPython's `_PyUnicode_FormatLong`: sign, `0o`/`0x` prefix with `#`,
/// zero padding to the precision, upper case for `X`.
fn format_long(v: &BigInt, alt: bool, prec: i64, ch: u8) -> Result<Vec<u8>, NumError> {
    if prec > i32::MAX as i64 - 3 {
        return Err(NumError::Overflow("precision too large".into()));
    }
    let (digits, prefix) = match ch {
        b'o' => (v.magnitude().to_str_radix(8), "0o"),
        b'x' | b'X' => (v.magnitude().to_str_radix(16), "0x"),
        _ => {
            let mut s = int_to_decimal(v)?;
            if s.starts_with('-') {
                s.remove(0);
            }
            (s, "")
        }
    };
    let zeros = (prec.max(0) as usize).saturating_sub(digits.len());
    let mut s = Vec::new();
    s.try_reserve(digits.len() + zeros + 3)
        .map_err(|_| NumError::Memory(String::new()))?;
    if v.is_negative() {
        s.push(b'-');
    }
    if alt {
        s.extend_from_slice(prefix.as_bytes());
    }
    s.resize(s.len() + zeros, b'0');
    s.extend_from_slice(digits.as_bytes());
    if ch == b'X' {
        s.make_ascii_uppercase();
    }
    Ok(s)
}

fn push_fill(out: &mut Vec<u8>, fill: u8, n: i64) -> Result<(), NumError> {
    if n <= 0 {
        return Ok(());
    }
    let n = usize::try_from(n).map_err(|_| NumError::Memory(String::new()))?;
    out.try_reserve(n)
        .map_err(|_| NumError::Memory(String::new()))?;
    out.resize(out.len() + n, fill);
    Ok(())
}

/// The sign, prefix and padding logic that follows the conversion switch
/// in `_PyBytes_FormatEx`.
fn write_padded(
    out: &mut Vec<u8>,
    c: &Conv,
    ch: u8,
    text: &[u8],
    numeric: bool,
) -> Result<(), NumError> {
    let fill = if numeric && c.flags & F_ZERO != 0 {
        b'0'
    } else {
        b' '
    };
    let mut p = text;
    let mut len = p.len() as i64;
    let mut width = c.width;
    let mut sign = None;
    if numeric {
        match p.first() {
            Some(&s @ (b'-' | b'+')) => {
                sign = Some(s);
                p = &p[1..];
                len -= 1;
            }
            _ if c.flags & F_SIGN != 0 => sign = Some(b'+'),
            _ if c.flags & F_BLANK != 0 => sign = Some(b' '),
            _ => {}
        }
    }
    if width < len {
        width = len;
    }
    if let Some(s) = sign {
        if fill != b' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = c.flags & F_ALT != 0 && matches!(ch, b'o' | b'x' | b'X');
    if alt_prefix {
        if fill != b' ' {
            out.extend_from_slice(&p[..2]);
            p = &p[2..];
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && c.flags & F_LJUST == 0 {
        push_fill(out, fill, width - len)?;
        width = len;
    }
    if fill == b' ' {
        if let Some(s) = sign {
            out.push(s);
        }
        if alt_prefix {
            out.extend_from_slice(&p[..2]);
            p = &p[2..];
        }
    }
    out.extend_from_slice(p);
    push_fill(out, b' ', width - len)
}
