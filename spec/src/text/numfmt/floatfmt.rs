//! Float to text: CPython's `repr(float)` and `PyOS_double_to_string`
//! (the engine behind `format(x, 'e'/'f'/'g'/...)` and `'%f' % x`).
//!
//! Digits come from Rust's float formatting, which is exact: `{:e}` gives
//! the shortest round-tripping digits (what CPython's dtoa mode 0 gives), and
//! `{:.N}` / `{:.Ne}` give correctly rounded digits with ties to even (dtoa
//! modes 3 and 2).  This module only lays those digits out as CPython does.

use super::NumError;

/// Options of [`double_to_string`], named after CPython's `Py_DTSF_*` flags.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DtsFlags {
    /// Always write a sign (`+` for non-negative values).
    pub sign: bool,
    /// Append `.0` to integral values in fixed notation (repr-like output);
    /// for the general format it also moves the switch to exponent notation
    /// one digit earlier, as CPython does for an empty presentation type.
    pub add_dot_0: bool,
    /// Alternate form (`#`): keep the decimal point, and for `g` keep
    /// trailing zeros.
    pub alt: bool,
    /// `z`: drop the sign of a result that rounds to zero.
    pub no_neg_0: bool,
}

/// Decimal digits of a finite, non-negative float: the value is
/// `0.DIGITS x 10^decpt`.  `digits` never has trailing zeros; a zero value has
/// no digits at all.
struct Digits {
    digits: Vec<u8>,
    decpt: i64,
}

/// An f64 never has more than 767 significant decimal digits, so asking Rust
/// for more than this only appends zeros, which are stripped anyway.  The cap
/// also keeps within the largest precision Rust's formatter accepts.
const MAX_SIG_DIGITS: usize = 800;
/// An f64 never has more than 1074 digits after the decimal point.
const MAX_FRAC_DIGITS: usize = 1100;

/// Parses Rust's `{:e}` output (`"1.2345e-5"`, `"0e0"`) of a non-negative
/// float into [`Digits`].
fn digits_from_sci(s: &str) -> Digits {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    Digits {
        digits,
        decpt: exp + 1,
    }
}

/// Shortest round-trip digits (dtoa mode 0).
///
/// When several strings of that length round-trip, CPython's dtoa picks the
/// one closest to the exact value, ties to even; Rust's shortest formatter
/// may pick another (e.g. 728810199831991.25 gives "...1.3" where CPython
/// prints "...1.2"). The correctly rounded string of the same length is the
/// closest one, so it is the answer whenever it also round-trips.
fn shortest_digits(ax: f64) -> Digits {
    let shortest = digits_from_sci(&format!("{ax:e}"));
    let n = shortest.digits.len().max(1);
    let rounded = format!("{:.*e}", n - 1, ax);
    if rounded.parse::<f64>().ok() == Some(ax) {
        let d = digits_from_sci(&rounded);
        if d.digits.len() <= n {
            return d;
        }
    }
    shortest
}

/// `n >= 1` significant digits, correctly rounded (dtoa mode 2).
fn sig_digits(ax: f64, n: usize) -> Digits {
    let n = n.clamp(1, MAX_SIG_DIGITS);
    digits_from_sci(&format!("{:.*e}", n - 1, ax))
}

/// Digits rounded to `p` places after the point (dtoa mode 3).
fn fixed_digits(ax: f64, p: usize) -> Digits {
    let s = format!("{:.*}", p.min(MAX_FRAC_DIGITS), ax);
    let (int_part, frac_part) = s.split_once('.').unwrap_or((&s, ""));
    let mut decpt = int_part.len() as i64;
    let mut digits: Vec<u8> = Vec::with_capacity(s.len());
    for b in int_part.bytes().chain(frac_part.bytes()) {
        if digits.is_empty() && b == b'0' {
            decpt -= 1;
        } else {
            digits.push(b);
        }
    }
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        // Rounded to zero: CPython's dtoa reports the position just past the
        // last requested digit; only the value matters for the layout.
        decpt = -(p.min(MAX_FRAC_DIGITS) as i64);
    }
    Digits { digits, decpt }
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)`.
///
/// `code` is one of `e E f F g G r` (`r` is repr: shortest digits, the
/// precision is ignored).  Upper-case codes give `E`, `INF`, `NAN`.  For `g`
/// a precision of 0 means 1.  Fails only with `MemoryError` when a huge
/// precision cannot be allocated, or `ValueError` for an unknown code.
pub fn double_to_string(
    x: f64,
    code: char,
    precision: usize,
    flags: DtsFlags,
) -> Result<String, NumError> {
    let upper = code.is_ascii_uppercase();
    let kind = code.to_ascii_lowercase();
    if !matches!(kind, 'e' | 'f' | 'g' | 'r') {
        return Err(NumError::Value(format!(
            "unknown float format code {code:?}"
        )));
    }
    let mut neg = x.is_sign_negative();
    if !x.is_finite() {
        let mut s = String::with_capacity(4);
        if x.is_nan() {
            // CPython ignores the sign of a NaN.
            neg = false;
        }
        if neg {
            s.push('-');
        } else if flags.sign {
            s.push('+');
        }
        s.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return Ok(s);
    }
    if precision > i32::MAX as usize {
        return Err(NumError::Value("precision too big".into()));
    }
    let ax = x.abs();
    let prec = precision as i64;
    let d = match kind {
        'e' => sig_digits(ax, precision.saturating_add(1)),
        'f' => fixed_digits(ax, precision),
        'g' => sig_digits(ax, precision.max(1)),
        _ => shortest_digits(ax),
    };
    if flags.no_neg_0 && d.digits.is_empty() {
        neg = false;
    }

    // Choose notation and the slice [vstart, vend) of the digit string,
    // padded with zeros on both sides, that gets printed; the decimal point
    // goes before index `decpt`.
    let digits_len = d.digits.len() as i64;
    let mut decpt = d.decpt;
    let mut vend = digits_len;
    let mut use_exp = false;
    match kind {
        'e' => {
            use_exp = true;
            vend = prec.saturating_add(1);
        }
        'f' => vend = decpt.saturating_add(prec),
        'g' => {
            let p = prec.max(1);
            let limit = if flags.add_dot_0 { p - 1 } else { p };
            use_exp = decpt <= -4 || decpt > limit;
            if flags.alt {
                vend = p;
            }
        }
        _ => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    vend = if !use_exp && flags.add_dot_0 {
        vend.max(decpt + 1)
    } else {
        vend.max(decpt)
    };

    let total = (vend - vstart) as usize + 8;
    let mut s = String::new();
    s.try_reserve(total)
        .map_err(|_| NumError::Memory(String::new()))?;
    if neg {
        s.push('-');
    } else if flags.sign {
        s.push('+');
    }
    // Leading zeros (virtual digits before the real ones).
    for i in vstart..0.min(vend) {
        if i == decpt {
            s.push('.');
        }
        s.push('0');
    }
    for (i, &b) in d.digits.iter().enumerate() {
        if i as i64 == decpt {
            s.push('.');
        }
        s.push(b as char);
    }
    // Trailing zeros, written in bulk since huge precisions are allowed.
    if digits_len < vend {
        if decpt >= digits_len && decpt < vend {
            push_zeros(&mut s, decpt - digits_len);
            s.push('.');
            push_zeros(&mut s, vend - decpt);
        } else {
            push_zeros(&mut s, vend - digits_len);
        }
    }
    if decpt == vend {
        s.push('.');
    }
    if s.ends_with('.') && !flags.alt {
        s.pop();
    }
    if use_exp {
        s.push(if upper { 'E' } else { 'e' });
        s.push(if exp < 0 { '-' } else { '+' });
        let a = exp.unsigned_abs();
        if a < 10 {
            s.push('0');
        }
        s.push_str(&a.to_string());
    }
    Ok(s)
}

fn push_zeros(s: &mut String, n: i64) {
    s.extend(std::iter::repeat_n('0', n.max(0) as usize));
}

/// CPython's `repr(x)` (and `str(x)`) for a float: shortest round-trip
/// digits; fixed notation when the decimal exponent is in `-4 <= e < 16`,
/// else scientific with a signed exponent of at least two digits; integral
/// values keep a `.0`; `inf`, `-inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    let flags = DtsFlags {
        add_dot_0: true,
        ..DtsFlags::default()
    };
    // Cannot fail: 'r' is a valid code and the output is a few bytes.
    double_to_string(x, 'r', 0, flags).unwrap_or_default()
}
