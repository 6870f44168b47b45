//! Int to text: `bin()`/`oct()`/`hex()` style radix strings and the decimal
//! conversion with CPython's 4300-digit limit (`sys.int_info.default_max_str_digits`).

use super::NumError;
use num_bigint::BigInt;
use num_traits::Signed;

/// CPython's default limit on decimal digits for int <-> str conversion.
pub const MAX_STR_DIGITS: usize = 4300;

/// The message of the `ValueError` for str(int) beyond the digit limit.
fn to_str_limit_error() -> NumError {
    NumError::Value(format!(
        "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// `str(v)` for an int: decimal digits with a leading `-` for negatives,
/// refusing (like CPython) values with more than 4300 digits.
pub fn int_to_decimal(v: &BigInt) -> Result<String, NumError> {
    // 2**14286 > 10**4300, so anything that long certainly has too many
    // digits; skip the (quadratic) conversion for it.
    if v.bits() > 14286 {
        return Err(to_str_limit_error());
    }
    let s = v.to_str_radix(10);
    let ndigits = s.len() - usize::from(v.is_negative());
    if ndigits > MAX_STR_DIGITS {
        return Err(to_str_limit_error());
    }
    Ok(s)
}

/// Digits of `|v|` in `radix` (2..=36, lower case), without sign or prefix.
/// No digit limit: callers apply it for base 10.
pub(crate) fn magnitude_digits(v: &BigInt, radix: u32) -> String {
    v.magnitude().to_str_radix(radix.clamp(2, 36))
}

/// Python's text for an int in `radix`: `bin()`, `oct()`, `hex()` for 2, 8
/// and 16 (`0b101`, `-0o17`, `-0x1f`), plain lower-case digits with sign for
/// any other radix in 2..=36 (10 gives `str()` without the digit limit).  A
/// radix outside 2..=36 is treated as 10.
pub fn int_to_str_radix(v: &BigInt, radix: u32) -> String {
    let radix = if (2..=36).contains(&radix) { radix } else { 10 };
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let digits = magnitude_digits(v, radix);
    let mut s = String::with_capacity(digits.len() + 3);
    if v.is_negative() {
        s.push('-');
    }
    s.push_str(prefix);
    s.push_str(&digits);
    s
}
