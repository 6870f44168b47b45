//! printf-style `str % args`, following CPython's `PyUnicode_Format`
//! (`Objects/unicodeobject.c`): the same parsing state machine (so the same
//! "incomplete format" corner cases), argument bookkeeping and messages.
//!
//! Object conversions stay with the caller through [`PercentArgs`]: this
//! module asks for an argument converted for a conversion character and
//! gets back text, an int, a float or a character.

use super::floatfmt::{double_to_string, DtsFlags};
use super::intstr::{int_to_decimal, magnitude_digits};
use super::spec::code_point_char;
use super::{float_repr, float_to_int, push_repeat, NumError};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// Which object a conversion refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgSlot {
    /// Item `i` of the tuple right operand.
    Item(usize),
    /// The right operand itself, when it is not a tuple (a single value, or
    /// a mapping used without a key: `'%s' % {'a': 1}`).
    Whole,
    /// The value found by the latest [`PercentArgs::select_key`].
    Keyed,
}

/// An argument converted by the caller for one conversion.
#[derive(Debug, Clone, PartialEq)]
pub enum PercentValue {
    /// An int (for `d i u o x X`, `c`, and `*`).
    Int(BigInt),
    /// A float (for `e E f F g G`).
    Float(f64),
    /// Already converted text (for `s r a`).
    Text(String),
    /// A one-character str (for `c`).
    Char(char),
}

/// The right operand of `%` as seen through the caller's object model.
///
/// `convert(slot, conv)` must produce, for the object at `slot`:
/// - `'s'`, `'r'`, `'a'`: `Text` of `str()`, `repr()`, `ascii()`;
/// - `'d'`, `'i'`, `'u'`: `Int` of the object if it is an int, else of
///   `int(obj)` if it is a number (`PyNumber_Check`), else `TypeError`
///   "%d format: a real number is required, not T" (see
///   [`percent_type_error`]);
/// - `'o'`, `'x'`, `'X'`: `Int` via `__index__`, else `TypeError`
///   "%x format: an integer is required, not T";
/// - `'e' 'E' 'f' 'F' 'g' 'G'`: `Float` via `__float__`/`__index__`, else
///   `TypeError` "must be real number, not T";
/// - `'c'`: `Char` for a one-character str, `Int` for an int (`__index__`),
///   else `TypeError` "%c requires int or char";
/// - `'*'` (a `*` width or precision): `Int` for an int instance, else
///   `TypeError` "* wants int".
///
/// Any other exception raised by the object (e.g. inside `__str__`) is
/// returned as the caller's own error type.
pub trait PercentArgs {
    /// The caller's exception type; format errors arrive via `From<NumError>`.
    type Error: From<NumError>;
    /// `Some(n)` when the right operand is a tuple of `n` items.
    fn tuple_len(&self) -> Option<usize>;
    /// CPython's test for `%(key)s` support: the operand has `__getitem__`
    /// and is neither a tuple nor a str.
    fn is_mapping(&self) -> bool;
    /// Looks `key` up in the mapping operand (`KeyError` etc. are the
    /// caller's); the value becomes [`ArgSlot::Keyed`].
    fn select_key(&mut self, key: &str) -> Result<(), Self::Error>;
    /// Converts the object at `slot` for conversion `conv` (see above).
    fn convert(&mut self, slot: ArgSlot, conv: char) -> Result<PercentValue, Self::Error>;
}

/// The `TypeError` CPython raises when an argument has the wrong type for
/// conversion `conv`; `type_name` is the argument's Python type name.
pub fn percent_type_error(conv: char, type_name: &str) -> NumError {
    NumError::Type(match conv {
        'o' | 'x' | 'X' => format!("%{conv} format: an integer is required, not {type_name}"),
        'd' | 'i' | 'u' => format!("%{conv} format: a real number is required, not {type_name}"),
        'c' => "%c requires int or char".to_string(),
        '*' => "* wants int".to_string(),
        _ => format!("must be real number, not {type_name}"),
    })
}

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

/// CPython's argument bookkeeping: `argidx`/`arglen` as in the C code, so
/// that "not enough arguments" and "not all arguments converted" fire in
/// exactly the same situations.
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
            if self.arglen < 0 {
                Ok(if self.keyed {
                    ArgSlot::Keyed
                } else {
                    ArgSlot::Whole
                })
            } else {
                Ok(ArgSlot::Item(idx as usize))
            }
        } else {
            Err(NumError::Type(
                "not enough arguments for format string".into(),
            ))
        }
    }
}

/// One parsed conversion specification.
struct Conv {
    flags: u8,
    width: i64,
    prec: i64,
    ch: char,
}

/// The format string with CPython's cursor: `pos` indexes characters and
/// `cnt` counts what is left, reading NUL past the end like the C code.
struct Cursor {
    chars: Vec<char>,
    pos: usize,
    cnt: i64,
}

impl Cursor {
    fn peek(&self) -> char {
        self.chars.get(self.pos).copied().unwrap_or('\0')
    }

    /// `if (--cnt >= 0) ch = fmt[pos++]`: returns false at the end.
    fn advance(&mut self, ch: &mut char) -> bool {
        self.cnt -= 1;
        if self.cnt >= 0 {
            *ch = self.peek();
            self.pos += 1;
            true
        } else {
            false
        }
    }
}

/// `fmt % args`.
pub fn percent_format<A: PercentArgs + ?Sized>(
    fmt: &str,
    args: &mut A,
) -> Result<String, A::Error> {
    let chars: Vec<char> = fmt.chars().collect();
    let len = chars.len() as i64;
    let mut cur = Cursor {
        chars,
        pos: 0,
        cnt: len,
    };
    let mut st = match args.tuple_len() {
        Some(n) => ArgState {
            arglen: n as i64,
            argidx: 0,
            dict: false,
            keyed: false,
        },
        None => ArgState {
            arglen: -1,
            argidx: -2,
            dict: args.is_mapping(),
            keyed: false,
        },
    };
    let mut out = String::with_capacity(fmt.len() + 16);
    loop {
        cur.cnt -= 1;
        if cur.cnt < 0 {
            break;
        }
        if cur.peek() != '%' {
            // Literal text up to the next '%'.
            let start = cur.pos;
            let mut end = start + 1;
            while end < cur.chars.len() && cur.chars[end] != '%' {
                end += 1;
            }
            out.extend(&cur.chars[start..end]);
            cur.cnt -= (end - start - 1) as i64;
            cur.pos = end;
            continue;
        }
        cur.pos += 1;
        if cur.peek() == '%' {
            cur.pos += 1;
            cur.cnt -= 1;
            out.push('%');
            continue;
        }
        let conv = parse_conv(&mut cur, &mut st, args)?;
        format_arg(&mut out, &conv, cur.pos, &mut st, args)?;
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
    NumError::Type("not all arguments converted during string formatting".into())
}

/// Fetches a `*` width or precision argument.
fn star_arg<A: PercentArgs + ?Sized>(st: &mut ArgState, args: &mut A) -> Result<BigInt, A::Error> {
    let slot = st.next()?;
    match args.convert(slot, '*')? {
        PercentValue::Int(v) => Ok(v),
        _ => Err(NumError::Type("* wants int".into()).into()),
    }
}

/// CPython's `unicode_format_arg_parse`: key, flags, width, precision,
/// length modifier and conversion character.
fn parse_conv<A: PercentArgs + ?Sized>(
    cur: &mut Cursor,
    st: &mut ArgState,
    args: &mut A,
) -> Result<Conv, A::Error> {
    let mut c = Conv {
        flags: 0,
        width: -1,
        prec: -1,
        ch: cur.peek(),
    };
    if cur.peek() == '(' {
        if !st.dict {
            return Err(NumError::Type("format requires a mapping".into()).into());
        }
        cur.pos += 1;
        cur.cnt -= 1;
        let keystart = cur.pos;
        let mut depth = 1;
        while depth > 0 {
            cur.cnt -= 1;
            if cur.cnt < 0 {
                break;
            }
            c.ch = cur.peek();
            if c.ch == ')' {
                depth -= 1;
            } else if c.ch == '(' {
                depth += 1;
            }
            cur.pos += 1;
        }
        if cur.cnt < 0 || depth > 0 {
            return Err(NumError::Value("incomplete format key".into()).into());
        }
        let key: String = cur.chars[keystart..cur.pos - 1].iter().collect();
        args.select_key(&key)?;
        st.keyed = true;
        st.arglen = -1;
        st.argidx = -2;
    }
    while cur.advance(&mut c.ch) {
        let f = match c.ch {
            '-' => F_LJUST,
            '+' => F_SIGN,
            ' ' => F_BLANK,
            '#' => F_ALT,
            '0' => F_ZERO,
            _ => break,
        };
        c.flags |= f;
    }
    if c.ch == '*' {
        let v = star_arg(st, args)?;
        let w = v.to_i64().ok_or_else(|| {
            NumError::Overflow("Python int too large to convert to C ssize_t".into())
        })?;
        if w < 0 {
            c.flags |= F_LJUST;
        }
        c.width = w.checked_abs().unwrap_or(i64::MAX);
        cur.advance(&mut c.ch);
    } else if c.ch.is_ascii_digit() {
        c.width = c.ch as i64 - '0' as i64;
        while cur.advance(&mut c.ch) && c.ch.is_ascii_digit() {
            let d = c.ch as i64 - '0' as i64;
            if c.width > (i64::MAX - d) / 10 {
                return Err(NumError::Value("width too big".into()).into());
            }
            c.width = c.width * 10 + d;
        }
    }
    if c.ch == '.' {
        c.prec = 0;
        cur.advance(&mut c.ch);
        if c.ch == '*' {
            let v = star_arg(st, args)?;
            let p = v.to_i32().ok_or_else(|| {
                NumError::Overflow("Python int too large to convert to C int".into())
            })?;
            c.prec = p.max(0) as i64;
            cur.advance(&mut c.ch);
        } else if c.ch.is_ascii_digit() {
            c.prec = c.ch as i64 - '0' as i64;
            while cur.advance(&mut c.ch) && c.ch.is_ascii_digit() {
                let d = c.ch as i64 - '0' as i64;
                if c.prec > (i32::MAX as i64 - d) / 10 {
                    return Err(NumError::Value("precision too big".into()).into());
                }
                c.prec = c.prec * 10 + d;
            }
        }
    }
    if cur.cnt >= 0 && matches!(c.ch, 'h' | 'l' | 'L') {
        cur.advance(&mut c.ch);
    }
    if cur.cnt < 0 {
        return Err(NumError::Value("incomplete format".into()).into());
    }
    Ok(c)
}

/// CPython's `unicode_format_arg_format` + `unicode_format_arg_output`.
/// `pos` is the cursor just after the conversion character.
fn format_arg<A: PercentArgs + ?Sized>(
    out: &mut String,
    c: &Conv,
    pos: usize,
    st: &mut ArgState,
    args: &mut A,
) -> Result<(), A::Error> {
    let slot = st.next()?;
    let ch = c.ch;
    let (text, numeric) = match ch {
        's' | 'r' | 'a' => {
            let text = match args.convert(slot, ch)? {
                PercentValue::Text(t) => t,
                PercentValue::Int(v) => int_to_decimal(&v)?,
                PercentValue::Float(x) => float_repr(x),
                PercentValue::Char(c) => c.to_string(),
            };
            (text, false)
        }
        'i' | 'd' | 'u' | 'o' | 'x' | 'X' => {
            let v = match args.convert(slot, ch)? {
                PercentValue::Int(v) => v,
                PercentValue::Float(x) => float_to_int(x)?,
                PercentValue::Char(_) => return Err(percent_type_error(ch, "str").into()),
                PercentValue::Text(_) => return Err(percent_type_error(ch, "str").into()),
            };
            (format_long(&v, c.flags & F_ALT != 0, c.prec, ch)?, true)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match args.convert(slot, ch)? {
                PercentValue::Float(x) => x,
                PercentValue::Int(v) => super::int_to_float(&v)?,
                _ => return Err(percent_type_error(ch, "str").into()),
            };
            let prec = if c.prec < 0 { 6 } else { c.prec as usize };
            let flags = DtsFlags {
                alt: c.flags & F_ALT != 0,
                ..DtsFlags::default()
            };
            (double_to_string(x, ch, prec, flags)?, true)
        }
        'c' => {
            let chr = match args.convert(slot, 'c')? {
                PercentValue::Char(c) => c,
                PercentValue::Int(v) => {
                    // Out of C long range counts as out of range too.
                    code_point_char(v.to_i64().unwrap_or(-1))?
                }
                _ => return Err(percent_type_error('c', "").into()),
            };
            (chr.to_string(), false)
        }
        _ => {
            let cp = ch as u32;
            let shown = if (31..=126).contains(&cp) { ch } else { '?' };
            return Err(NumError::Value(format!(
                "unsupported format character '{shown}' (0x{cp:x}) at index {}",
                pos - 1
            ))
            .into());
        }
    };
    write_padded(out, c, &text, numeric).map_err(Into::into)
}

/// CPython's `_PyUnicode_FormatLong`: sign, `0o`/`0x` prefix with `#`,
/// zero padding to the precision, upper case for `X`.
fn format_long(v: &BigInt, alt: bool, prec: i64, ch: char) -> Result<String, NumError> {
    if prec > i32::MAX as i64 - 3 {
        return Err(NumError::Overflow("precision too large".into()));
    }
    let (digits, prefix) = match ch {
        'o' => (magnitude_digits(v, 8), "0o"),
        'x' | 'X' => (magnitude_digits(v, 16), "0x"),
        _ => {
            let mut s = int_to_decimal(v)?;
            if s.starts_with('-') {
                s.remove(0);
            }
            (s, "")
        }
    };
    let zeros = (prec.max(0) as usize).saturating_sub(digits.len());
    let mut s = String::new();
    s.try_reserve(digits.len() + zeros + 3)
        .map_err(|_| NumError::Memory(String::new()))?;
    if v.is_negative() {
        s.push('-');
    }
    if alt {
        s.push_str(prefix);
    }
    push_repeat(&mut s, '0', zeros)?;
    s.push_str(&digits);
    if ch == 'X' {
        s.make_ascii_uppercase();
    }
    Ok(s)
}

/// CPython's `unicode_format_arg_output`: precision truncation for text,
/// sign and `0x` prefix placement, zero or space padding, left adjustment.
fn write_padded(out: &mut String, c: &Conv, text: &str, numeric: bool) -> Result<(), NumError> {
    let fill = if numeric && c.flags & F_ZERO != 0 {
        '0'
    } else {
        ' '
    };
    let mut len = text.chars().count() as i64;
    let mut width = c.width;
    if (width == -1 || width <= len)
        && (c.prec == -1 || c.prec >= len)
        && c.flags & (F_SIGN | F_BLANK) == 0
    {
        out.push_str(text);
        return Ok(());
    }
    if matches!(c.ch, 's' | 'r' | 'a') && c.prec >= 0 && len > c.prec {
        len = c.prec;
    }
    let chars: Vec<char> = text.chars().collect();
    let mut pindex = 0usize;
    let mut sign: Option<char> = None;
    if numeric {
        let first = chars.first().copied().unwrap_or('\0');
        if first == '-' || first == '+' {
            sign = Some(first);
            len -= 1;
            pindex = 1;
        } else if c.flags & F_SIGN != 0 {
            sign = Some('+');
        } else if c.flags & F_BLANK != 0 {
            sign = Some(' ');
        }
    }
    if width < len {
        width = len;
    }
    if let Some(s) = sign {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = c.flags & F_ALT != 0 && matches!(c.ch, 'x' | 'X' | 'o');
    if alt_prefix {
        if fill != ' ' {
            out.push('0');
            out.push(c.ch);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && c.flags & F_LJUST == 0 {
        push_repeat(out, fill, (width - len) as usize)?;
        width = len;
    }
    if fill == ' ' {
        if let Some(s) = sign {
            out.push(s);
        }
        if alt_prefix {
            out.push('0');
            out.push(c.ch);
            pindex += 2;
        }
    }
    let len = len.max(0) as usize;
    out.extend(chars.iter().skip(pindex).take(len));
    if width > len as i64 {
        push_repeat(out, ' ', (width - len as i64) as usize)?;
    }
    Ok(())
}
