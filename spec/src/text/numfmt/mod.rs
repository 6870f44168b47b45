//! Number <-> text with CPython 3.11's exact results: float repr, the
//! format-spec mini-language, `%`-formatting, int/float parsing, and the float
//! arithmetic whose results or messages are easy to get subtly wrong (rounding,
//! true division of ints, floor division and modulo, powers).
//!
//! Everything here works over plain Rust types (`i64`, `f64`, `BigInt`,
//! `&str`).  Object conversions (`str()`, `repr()`, `__index__`, `__float__`)
//! stay with the caller; the text these operations produce, and the error
//! messages CPython gives, live here so they can be tested against a real
//! CPython in isolation.
//!
//! Errors are [`NumError`] values carrying CPython's exact message; the
//! caller raises the matching Python exception.

mod arith;
mod floatfmt;
mod intstr;
mod parse;
mod percent;
mod spec;
mod unicode;
mod unicode_tables;

#[cfg(test)]
mod tests;

pub use arith::{
    float_divmod, float_floordiv, float_mod, float_pow, float_pow_is_complex, float_to_int,
    int_to_float, int_true_divide, round_float, POW_NEEDS_COMPLEX,
};
pub use floatfmt::{double_to_string, float_repr, DtsFlags};
pub use intstr::{int_to_decimal, int_to_str_radix, MAX_STR_DIGITS};
pub use parse::{parse_float, parse_int};
pub use percent::{percent_format, percent_type_error, ArgSlot, PercentArgs, PercentValue};
pub use spec::{
    format_float, format_float_for, format_int, format_int_for, format_int_i64, format_str,
    format_str_for, parse_format_spec, parse_format_spec_for, FormatSpec,
};
pub use unicode::{decimal_value, is_printable, is_py_space, str_ascii, str_repr};

/// A failure with CPython's exception type and exact message.  The caller
/// turns it into the Python exception of the same name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumError {
    /// `ValueError`.
    Value(String),
    /// `OverflowError`.
    Overflow(String),
    /// `TypeError`.
    Type(String),
    /// `ZeroDivisionError` (float `%`, `//`, `divmod`, `0.0 ** -1`, int `/`).
    ZeroDivision(String),
    /// `MemoryError` (a requested width or precision too large to allocate;
    /// CPython's message is empty).
    Memory(String),
}

impl NumError {
    /// The Python exception class name, e.g. `"ValueError"`.
    pub fn exc_type_name(&self) -> &'static str {
        match self {
            NumError::Value(_) => "ValueError",
            NumError::Overflow(_) => "OverflowError",
            NumError::Type(_) => "TypeError",
            NumError::ZeroDivision(_) => "ZeroDivisionError",
            NumError::Memory(_) => "MemoryError",
        }
    }

    /// The exception message (what `str(exc)` shows).
    pub fn message(&self) -> &str {
        match self {
            NumError::Value(m)
            | NumError::Overflow(m)
            | NumError::Type(m)
            | NumError::ZeroDivision(m)
            | NumError::Memory(m) => m,
        }
    }
}

impl std::fmt::Display for NumError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.exc_type_name(), self.message())
    }
}

impl std::error::Error for NumError {}

/// Appends `n` copies of `c`, reporting `MemoryError` instead of aborting
/// when a huge width asks for more memory than the machine can give.
pub(crate) fn push_repeat(out: &mut String, c: char, n: usize) -> Result<(), NumError> {
    if n == 0 {
        return Ok(());
    }
    let bytes = n
        .checked_mul(c.len_utf8())
        .ok_or_else(|| NumError::Memory(String::new()))?;
    out.try_reserve(bytes)
        .map_err(|_| NumError::Memory(String::new()))?;
    out.extend(std::iter::repeat_n(c, n));
    Ok(())
}
