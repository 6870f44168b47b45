//! The format-spec mini-language (`format(value, spec)`, `str.format`,
//! f-strings) for int, float and str, following CPython's
//! `Python/formatter_unicode.c` in behaviour and messages.

use super::arith::int_to_float;
use super::floatfmt::{double_to_string, DtsFlags};
use super::intstr::{int_to_decimal, magnitude_digits};
use super::unicode::decimal_value;
use super::{push_repeat, NumError};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
///
/// Fields keep what was written, not what it resolves to, because the
/// defaults differ per type (numbers align right and turn a leading `0`
/// into `=` alignment; strings align left).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FormatSpec {
    /// Fill character, only when written together with an alignment.
    pub fill: Option<char>,
    /// One of `<`, `>`, `=`, `^`.
    pub align: Option<char>,
    /// One of `+`, `-`, ` `.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to positive zero (floats only).
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// A `0` before the width (only recorded when no fill was given): fill
    /// with `0`, and for numbers without explicit alignment align with `=`.
    pub zero_pad: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type, if any.
    pub ty: Option<char>,
}

/// `get_integer` of the spec parser: a run of Unicode decimal digits
/// (CPython accepts any, so `'١٠'` is a width of 10).
fn parse_count(chars: &[char], pos: &mut usize) -> Result<Option<usize>, NumError> {
    let mut acc: usize = 0;
    let start = *pos;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|&a| a <= isize::MAX as usize)
            .ok_or_else(|| NumError::Value("Too many decimal digits in format string".into()))?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(acc))
}

/// Parses a format spec.  The "Invalid format specifier" message names the
/// formatted object's type; this variant says `'object'` there, so callers
/// who know the type should use [`parse_format_spec_for`].
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, NumError> {
    parse_format_spec_for(spec, "object")
}

/// Parses a format spec for a value of Python type `type_name` (used only in
/// the "Invalid format specifier '...' for object of type '...'" message).
/// Errors that depend on the presentation type (e.g. `,` with `s`) are
/// reported by the `format_*` functions, in CPython's order.
pub fn parse_format_spec_for(spec: &str, type_name: &str) -> Result<FormatSpec, NumError> {
    let chars: Vec<char> = spec.chars().collect();
    let n = chars.len();
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    let mut f = FormatSpec::default();
    let mut pos = 0;
    if n >= 2 && is_align(chars[1]) {
        f.fill = Some(chars[0]);
        f.align = Some(chars[1]);
        pos = 2;
    } else if n >= 1 && is_align(chars[0]) {
        f.align = Some(chars[0]);
        pos = 1;
    }
    if pos < n && matches!(chars[pos], '+' | '-' | ' ') {
        f.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < n && chars[pos] == 'z' {
        f.no_neg_zero = true;
        pos += 1;
    }
    if pos < n && chars[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if f.fill.is_none() && pos < n && chars[pos] == '0' {
        f.zero_pad = true;
        pos += 1;
    }
    f.width = parse_count(&chars, &mut pos)?;
    let both = || NumError::Value("Cannot specify both ',' and '_'.".into());
    if pos < n && chars[pos] == ',' {
        f.grouping = Some(',');
        pos += 1;
    }
    if pos < n && chars[pos] == '_' {
        if f.grouping.is_some() {
            return Err(both());
        }
        f.grouping = Some('_');
        pos += 1;
    }
    if pos < n && chars[pos] == ',' && f.grouping == Some('_') {
        return Err(both());
    }
    if pos < n && chars[pos] == '.' {
        pos += 1;
        f.precision = parse_count(&chars, &mut pos)?;
        if f.precision.is_none() {
            return Err(NumError::Value("Format specifier missing precision".into()));
        }
    }
    if n - pos > 1 {
        return Err(NumError::Value(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    if pos < n {
        f.ty = Some(chars[pos]);
    }
    Ok(f)
}

/// Shows a presentation type in messages as CPython does: printable ASCII
/// as is, anything else as `\x..`.
fn show_type(ty: char) -> String {
    let cp = ty as u32;
    if cp > 32 && cp < 128 {
        ty.to_string()
    } else {
        format!("\\x{cp:x}")
    }
}

fn unknown_code(ty: char, type_name: &str) -> NumError {
    NumError::Value(format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        show_type(ty)
    ))
}

/// How digits get grouped: separator and group size.
type Grouping = Option<(char, usize)>;

/// Validates the grouping option against the (defaulted) presentation type
/// and returns the grouping to apply; `'\0'` stands for "no type" (floats).
fn grouping_for(spec: &FormatSpec, ty: char) -> Result<Grouping, NumError> {
    let Some(sep) = spec.grouping else {
        return Ok(None);
    };
    match ty {
        'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(Some((sep, 3))),
        'b' | 'o' | 'x' | 'X' if sep == '_' => Ok(Some(('_', 4))),
        _ => Err(NumError::Value(format!(
            "Cannot specify '{sep}' with '{}'.",
            show_type(ty)
        ))),
    }
}

/// Effective fill and alignment for a type whose default alignment is
/// `default_align`.
fn fill_align(spec: &FormatSpec, default_align: char) -> (char, char) {
    let fill = spec.fill.unwrap_or(if spec.zero_pad { '0' } else { ' ' });
    let align = spec
        .align
        .unwrap_or(if spec.zero_pad && default_align == '>' {
            '='
        } else {
            default_align
        });
    (fill, align)
}

/// Inserts separators into the ASCII digit string, and when `min_width` is
/// positive pads with leading zeros (which get separators too) to at least
/// that width, exactly as CPython's `_PyUnicode_InsertThousandsGrouping`.
fn group_digits(digits: &[u8], min_width: i64, grouping: Grouping) -> Result<String, NumError> {
    // Built right to left, reversed at the end.
    let mut rev: Vec<u8> = Vec::new();
    let cap = digits.len().max(min_width.max(0) as usize);
    rev.try_reserve(cap + cap / 3 + 1)
        .map_err(|_| NumError::Memory(String::new()))?;
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width;
    let mut use_sep = false;
    let emit = |rev: &mut Vec<u8>, len: i64, remaining: i64, sep: Option<char>| {
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        if let Some(s) = sep {
            rev.push(s as u8);
        }
        let end = remaining as usize;
        for &d in digits[end - n_chars as usize..end].iter().rev() {
            rev.push(d);
        }
        rev.extend(std::iter::repeat_n(b'0', n_zeros as usize));
        n_chars
    };
    let mut finished = false;
    if let Some((sep, size)) = grouping {
        let size = size as i64;
        loop {
            let len = size.min(remaining.max(min_width).max(1));
            let used = emit(&mut rev, len, remaining, use_sep.then_some(sep));
            use_sep = true;
            remaining -= used;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                finished = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !finished {
        let len = remaining.max(min_width).max(1);
        let sep = grouping.map(|g| g.0).filter(|_| use_sep);
        emit(&mut rev, len, remaining, sep);
    }
    rev.reverse();
    // Only ASCII digits, '0' and ASCII separators were written.
    Ok(rev.into_iter().map(char::from).collect())
}

/// The parts of a formatted number, laid out as
/// `<lpad><sign><prefix><spad><grouped digits><.><remainder><rpad>`.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    has_decimal: bool,
    remainder: &'a str,
}

/// CPython's `calc_number_widths` + `fill_number`.
fn render_number(
    p: &NumberParts<'_>,
    spec: &FormatSpec,
    grouping: Grouping,
    upper: bool,
) -> Result<String, NumError> {
    let (fill, align) = fill_align(spec, '>');
    let sign = match spec.sign {
        Some('+') => Some(if p.negative { '-' } else { '+' }),
        Some(' ') => Some(if p.negative { '-' } else { ' ' }),
        _ => p.negative.then_some('-'),
    };
    let width = spec.width.map_or(-1, |w| w as i64);
    let n_other = sign.is_some() as i64
        + p.prefix.chars().count() as i64
        + p.has_decimal as i64
        + p.remainder.chars().count() as i64;
    let min_width = if fill == '0' && align == '=' {
        width - n_other
    } else {
        0
    };
    let grouped = if p.digits.is_empty() {
        String::new()
    } else {
        group_digits(p.digits.as_bytes(), min_width, grouping)?
    };
    let padding = (width - (n_other + grouped.len() as i64)).max(0) as usize;
    let (lpad, spad, rpad) = match align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let mut out = String::new();
    out.try_reserve(grouped.len() + p.remainder.len() + 8)
        .map_err(|_| NumError::Memory(String::new()))?;
    push_repeat(&mut out, fill, lpad)?;
    if let Some(s) = sign {
        out.push(s);
    }
    if upper {
        out.push_str(&p.prefix.to_ascii_uppercase());
    } else {
        out.push_str(p.prefix);
    }
    push_repeat(&mut out, fill, spad)?;
    if upper {
        out.push_str(&grouped.to_ascii_uppercase());
    } else {
        out.push_str(&grouped);
    }
    if p.has_decimal {
        out.push('.');
    }
    out.push_str(p.remainder);
    push_repeat(&mut out, fill, rpad)?;
    Ok(out)
}

/// An int to format, without forcing small ones into a `BigInt`.
#[derive(Clone, Copy)]
enum IntArg<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntArg<'_> {
    fn is_negative(self) -> bool {
        match self {
            IntArg::Small(v) => v < 0,
            IntArg::Big(v) => v.is_negative(),
        }
    }

    fn to_i64(self) -> Option<i64> {
        match self {
            IntArg::Small(v) => Some(v),
            IntArg::Big(v) => v.to_i64(),
        }
    }

    fn to_f64(self) -> Result<f64, NumError> {
        match self {
            IntArg::Small(v) => Ok(v as f64),
            IntArg::Big(v) => int_to_float(v),
        }
    }

    /// Digits of the magnitude; base 10 obeys the 4300-digit limit.
    fn digits(self, base: u32) -> Result<String, NumError> {
        match self {
            IntArg::Small(v) => {
                let m = v.unsigned_abs();
                Ok(match base {
                    2 => format!("{m:b}"),
                    8 => format!("{m:o}"),
                    16 => format!("{m:x}"),
                    _ => m.to_string(),
                })
            }
            IntArg::Big(v) if base == 10 => {
                let mut s = int_to_decimal(v)?;
                if s.starts_with('-') {
                    s.remove(0);
                }
                Ok(s)
            }
            IntArg::Big(v) => Ok(magnitude_digits(v, base)),
        }
    }
}

/// `format(int, spec)`; see [`format_int_for`].
pub fn format_int(v: &BigInt, spec: &FormatSpec) -> Result<String, NumError> {
    format_int_for(v, spec, "int")
}

/// `format(v, spec)` for an int (`int.__format__`) whose Python type is
/// `type_name` (shown in "Unknown format code" messages, e.g. `bool`).
/// Types `b c d o x X n` and none format the int; `e E f F g G %` convert it
/// to float first.  An empty spec is `str(v)`, which is the caller's job for
/// subclasses such as bool; here it gives the decimal digits.
pub fn format_int_for(v: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, NumError> {
    format_int_arg(IntArg::Big(v), spec, type_name)
}

/// [`format_int`] for an `i64`, avoiding big-int arithmetic.
pub fn format_int_i64(v: i64, spec: &FormatSpec) -> Result<String, NumError> {
    format_int_arg(IntArg::Small(v), spec, "int")
}

fn format_int_arg(v: IntArg<'_>, spec: &FormatSpec, type_name: &str) -> Result<String, NumError> {
    let ty = spec.ty.unwrap_or('d');
    let grouping = grouping_for(spec, ty)?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long(v, spec, ty, grouping),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            format_float_internal(v.to_f64()?, spec, ty, grouping)
        }
        _ => Err(unknown_code(ty, type_name)),
    }
}

/// CPython's `format_long_internal`.
fn format_long(
    v: IntArg<'_>,
    spec: &FormatSpec,
    ty: char,
    grouping: Grouping,
) -> Result<String, NumError> {
    if spec.precision.is_some() {
        return Err(NumError::Value(
            "Precision not allowed in integer format specifier".into(),
        ));
    }
    if spec.no_neg_zero {
        return Err(NumError::Value(
            "Negative zero coercion (z) not allowed in integer format specifier".into(),
        ));
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(NumError::Value(
                "Sign not allowed with integer format specifier 'c'".into(),
            ));
        }
        if spec.alternate {
            return Err(NumError::Value(
                "Alternate form (#) not allowed with integer format specifier 'c'".into(),
            ));
        }
        let x = v.to_i64().ok_or_else(|| {
            NumError::Overflow("Python int too large to convert to C long".into())
        })?;
        let c = code_point_char(x)?;
        let mut buf = [0u8; 4];
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: c.encode_utf8(&mut buf),
        };
        return render_number(&parts, spec, grouping, false);
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = v.digits(base)?;
    let parts = NumberParts {
        negative: v.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    // 'n' groups by the current locale, which is "C": no grouping.
    let grouping = if ty == 'n' { None } else { grouping };
    render_number(&parts, spec, grouping, ty == 'X')
}

/// The character for `%c` / format type `c`: CPython's range check, plus
/// a refusal of lone surrogates, which a Rust string cannot hold.
pub(crate) fn code_point_char(x: i64) -> Result<char, NumError> {
    if !(0..=0x10ffff).contains(&x) {
        return Err(NumError::Overflow("%c arg not in range(0x110000)".into()));
    }
    char::from_u32(x as u32).ok_or_else(|| {
        NumError::Value(format!(
            "character U+{x:04X} is a lone surrogate, which is not supported"
        ))
    })
}

/// `format(float, spec)`; see [`format_float_for`].
pub fn format_float(v: f64, spec: &FormatSpec) -> Result<String, NumError> {
    format_float_for(v, spec, "float")
}

/// `format(v, spec)` for a float (`float.__format__`) whose Python type is
/// `type_name`.  Types `e E f F g G n %` and none; with no type and no
/// precision the result is `repr(v)` (padded), with a precision it is like
/// `g` but keeps at least one digit after the point (`format(1.0, '.3')` is
/// `'1.0'`) and switches to exponent notation one digit earlier.
pub fn format_float_for(v: f64, spec: &FormatSpec, type_name: &str) -> Result<String, NumError> {
    let ty = spec.ty.unwrap_or('\0');
    let grouping = grouping_for(spec, ty)?;
    match ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => {
            format_float_internal(v, spec, ty, grouping)
        }
        _ => Err(unknown_code(ty, type_name)),
    }
}

/// CPython's `format_float_internal`; `ty` is `'\0'` for no type.
fn format_float_internal(
    v: f64,
    spec: &FormatSpec,
    ty: char,
    grouping: Grouping,
) -> Result<String, NumError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(NumError::Value("precision too big".into()));
    }
    let mut flags = DtsFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
        ..DtsFlags::default()
    };
    let mut code = ty;
    let mut default_precision = 6;
    let mut value = v;
    let mut add_pct = false;
    match ty {
        '\0' => {
            flags.add_dot_0 = true;
            code = 'r';
            default_precision = 0;
        }
        'n' => code = 'g',
        '%' => {
            code = 'f';
            value *= 100.0;
            add_pct = true;
        }
        _ => {}
    }
    let precision = match spec.precision {
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None => default_precision,
    };
    let mut text = double_to_string(value, code, precision, flags)?;
    if add_pct {
        text.push('%');
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let n_int = body.bytes().take_while(u8::is_ascii_digit).count();
    let has_decimal = body[n_int..].starts_with('.');
    let remainder = &body[n_int + has_decimal as usize..];
    let parts = NumberParts {
        negative,
        prefix: "",
        digits: &body[..n_int],
        has_decimal,
        remainder,
    };
    let grouping = if ty == 'n' { None } else { grouping };
    render_number(&parts, spec, grouping, false)
}

/// `format(str, spec)`; see [`format_str_for`].
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, NumError> {
    format_str_for(s, spec, "str")
}

/// `format(s, spec)` for a str (`str.__format__`) whose Python type is
/// `type_name`: type `s` or none; precision truncates, width pads, both
/// counted in characters; default alignment left.
pub fn format_str_for(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, NumError> {
    let ty = spec.ty.unwrap_or('s');
    grouping_for(spec, ty)?;
    if ty != 's' {
        return Err(unknown_code(ty, type_name));
    }
    match spec.sign {
        Some(' ') => {
            return Err(NumError::Value(
                "Space not allowed in string format specifier".into(),
            ))
        }
        Some(_) => {
            return Err(NumError::Value(
                "Sign not allowed in string format specifier".into(),
            ))
        }
        None => {}
    }
    if spec.no_neg_zero {
        return Err(NumError::Value(
            "Negative zero coercion (z) not allowed in string format specifier".into(),
        ));
    }
    if spec.alternate {
        return Err(NumError::Value(
            "Alternate form (#) not allowed in string format specifier".into(),
        ));
    }
    let (fill, align) = fill_align(spec, '<');
    if align == '=' {
        return Err(NumError::Value(
            "'=' alignment not allowed in string format specifier".into(),
        ));
    }
    let text = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((cut, _)) => &s[..cut],
            None => s,
        },
        None => s,
    };
    let len = text.chars().count();
    let total = spec.width.unwrap_or(0).max(len);
    let padding = total - len;
    let lpad = match align {
        '>' => padding,
        '^' => padding / 2,
        _ => 0,
    };
    let mut out = String::new();
    out.try_reserve(text.len())
        .map_err(|_| NumError::Memory(String::new()))?;
    push_repeat(&mut out, fill, lpad)?;
    out.push_str(text);
    push_repeat(&mut out, fill, padding - lpad)?;
    Ok(out)
}
