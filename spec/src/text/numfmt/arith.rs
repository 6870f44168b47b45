//! Float arithmetic whose results CPython defines beyond IEEE: decimal
//! rounding (`round(x, n)`), exact int <-> float conversions, int true
//! division, float floor division / modulo / divmod, and `**`.

use super::NumError;
use num_bigint::{BigInt, BigUint};
use num_traits::{One, Signed, ToPrimitive, Zero};

/// Splits a finite float's magnitude into `m * 2**e` with `m < 2**53`.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    }
}

/// `x * 2**e`, exact whenever the result is representable (the steps keep
/// every intermediate value representable), `inf` on overflow.
fn ldexp(mut x: f64, mut e: i64) -> f64 {
    let step_up = f64::from_bits((1023u64 + 1000) << 52); // 2**1000
    let step_down = f64::from_bits((1023u64 - 1000) << 52); // 2**-1000
    while e > 1000 {
        x *= step_up;
        e -= 1000;
        if x.is_infinite() {
            return x;
        }
    }
    while e < -1000 {
        x *= step_down;
        e += 1000;
    }
    x * f64::from_bits(((1023 + e) as u64) << 52)
}

/// Correctly rounds `(q + f) * 2**k` to a float (ties to even), where `f` is
/// an unknown fraction in (0, 1) when `sticky` and 0 otherwise.  Callers
/// make `q` at least two bits longer than the result's precision whenever
/// `sticky` is set, so the fraction only ever breaks ties.  Gives `inf`
/// when the rounded value is 2**1024 or more.
fn round_scaled(q: &BigUint, k: i64, sticky: bool) -> f64 {
    let nbits = q.bits() as i64;
    if nbits == 0 {
        return 0.0;
    }
    let msb = nbits - 1 + k;
    let lsb = (msb - 52).max(-1074);
    let drop = lsb - k;
    let m = if drop <= 0 {
        // Exact: every bit of q fits.
        q.to_u64().unwrap_or(u64::MAX)
    } else {
        let kept = q >> (drop as usize);
        let mut m = kept.to_u64().unwrap_or(u64::MAX);
        let rem = q - (&kept << (drop as usize));
        let half = BigUint::one() << ((drop - 1) as usize);
        let up = rem > half || (rem == half && (sticky || m & 1 == 1));
        if up {
            m += 1;
        }
        m
    };
    if drop <= 0 {
        ldexp(m as f64, k)
    } else {
        ldexp(m as f64, lsb)
    }
}

/// `int(x)` for a float: truncation toward zero, exact for any magnitude.
pub fn float_to_int(x: f64) -> Result<BigInt, NumError> {
    if x.is_nan() {
        return Err(NumError::Value(
            "cannot convert float NaN to integer".into(),
        ));
    }
    if x.is_infinite() {
        return Err(NumError::Overflow(
            "cannot convert float infinity to integer".into(),
        ));
    }
    let t = x.trunc();
    if t.abs() < 9.2e18 {
        return Ok(BigInt::from(t as i64));
    }
    let (m, e) = decompose(t);
    // |t| >= 2**63 here, so e > 0.
    let mag = BigInt::from(m) << (e.max(0) as usize);
    Ok(if t < 0.0 { -mag } else { mag })
}

/// `float(v)` for an int: correctly rounded (ties to even); `OverflowError`
/// "int too large to convert to float" when that rounds to 2**1024 or more.
pub fn int_to_float(v: &BigInt) -> Result<f64, NumError> {
    let f = if let Some(small) = v.to_i64() {
        small as f64
    } else {
        let mag = round_scaled(v.magnitude(), 0, false);
        if v.is_negative() {
            -mag
        } else {
            mag
        }
    };
    if f.is_infinite() {
        return Err(NumError::Overflow(
            "int too large to convert to float".into(),
        ));
    }
    Ok(f)
}

/// `a / b` for ints: the correctly rounded quotient, as CPython's
/// `long_true_divide` (so `10**400 / 10**399 == 10.0` exactly, and
/// `0 / -5 == -0.0`).
pub fn int_true_divide(a: &BigInt, b: &BigInt) -> Result<f64, NumError> {
    if b.is_zero() {
        return Err(NumError::ZeroDivision("division by zero".into()));
    }
    let negate = a.is_negative() != b.is_negative();
    let signed = |f: f64| if negate { -f } else { f };
    let too_large = || NumError::Overflow("integer division result too large for a float".into());
    // Both exactly representable: one IEEE division is correctly rounded.
    const EXACT: u64 = 1 << 53;
    if let (Some(x), Some(y)) = (a.magnitude().to_u64(), b.magnitude().to_u64()) {
        if x <= EXACT && y <= EXACT {
            return Ok(signed(x as f64 / y as f64));
        }
    }
    let (na, nb) = (a.magnitude(), b.magnitude());
    if na.is_zero() {
        return Ok(signed(0.0));
    }
    // The quotient lies in [2**(diff-1), 2**(diff+1)).
    let diff = na.bits() as i64 - nb.bits() as i64;
    if diff > 1025 {
        return Err(too_large());
    }
    if diff < -1080 {
        // Below half the smallest subnormal: rounds to zero.
        return Ok(signed(0.0));
    }
    // Scale so the integer quotient has at least 55 bits.
    let k = diff - 55;
    let (q, r) = if k < 0 {
        let n = na << ((-k) as usize);
        (&n / nb, n % nb)
    } else {
        let d = nb << (k as usize);
        (na / &d, na % &d)
    };
    let f = round_scaled(&q, k, !r.is_zero());
    if f.is_infinite() {
        return Err(too_large());
    }
    Ok(signed(f))
}

/// `round(x, ndigits)` for a float, as CPython's `float.__round__`: the
/// exact binary value is rounded half-even to `ndigits` decimal places (so
/// `round(2.675, 2) == 2.67`) and the decimal result converted back with
/// correct rounding.  NaN and infinities come back unchanged; the sign of a
/// zero result follows `x`.  The caller clamps an out-of-range `ndigits` to
/// the i64 range (CPython clamps to `Py_ssize_t`).
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, NumError> {
    if !x.is_finite() {
        return Ok(x);
    }
    // Beyond these, every float is already exact / rounds to zero.
    if ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let text = if ndigits >= 0 {
        // Rust's fixed formatting is exact with ties to even.
        format!("{:.*}", ndigits as usize, x.abs())
    } else {
        let (m, e) = decompose(x.abs());
        let scale = num_traits::pow(BigUint::from(10u32), (-ndigits) as usize);
        let (numer, denom) = if e >= 0 {
            (BigUint::from(m) << (e as usize), scale)
        } else {
            (BigUint::from(m), scale << ((-e) as usize))
        };
        let q = &numer / &denom;
        let r2 = (&numer % &denom) << 1usize;
        let up = r2 > denom || (r2 == denom && q.bit(0));
        let q = if up { q + 1u32 } else { q };
        format!("{q}e{}", -ndigits)
    };
    let rounded: f64 = text.parse().unwrap_or(f64::INFINITY);
    if rounded.is_infinite() {
        return Err(NumError::Overflow(
            "rounded value too large to represent".into(),
        ));
    }
    Ok(if x.is_sign_negative() {
        -rounded
    } else {
        rounded
    })
}

/// The shared core of float `//`, `%` and `divmod` (CPython's
/// `_float_div_mod`); `b` must be non-zero.
fn div_mod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        // The remainder takes the sign of the divisor.
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        // Snap to the nearest integer: (a - m) / b is not always exact.
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

/// Float `a // b`; `ZeroDivisionError` "float floor division by zero".
pub fn float_floordiv(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::ZeroDivision(
            "float floor division by zero".into(),
        ));
    }
    Ok(div_mod(a, b).0)
}

/// Float `a % b` (result has the divisor's sign; a zero result is a zero
/// of the divisor's sign); `ZeroDivisionError` "float modulo".
pub fn float_mod(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::ZeroDivision("float modulo".into()));
    }
    let m = a % b;
    Ok(if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    })
}

/// Float `divmod(a, b)`; `ZeroDivisionError` "float divmod()".
pub fn float_divmod(a: f64, b: f64) -> Result<(f64, f64), NumError> {
    if b == 0.0 {
        return Err(NumError::ZeroDivision("float divmod()".into()));
    }
    Ok(div_mod(a, b))
}

/// The `ValueError` message [`float_pow`] returns when CPython would
/// instead compute a complex result (negative finite base, non-integral
/// exponent).  Callers that support complex numbers check for it, or call
/// [`float_pow_is_complex`] first.
pub const POW_NEEDS_COMPLEX: &str = "negative number cannot be raised to a fractional power";

/// Whether `a ** b` on floats gives a complex number in CPython.
pub fn float_pow_is_complex(a: f64, b: f64) -> bool {
    b != 0.0
        && !a.is_nan()
        && !b.is_nan()
        && b.is_finite()
        && a.is_finite()
        && a < 0.0
        && b != b.floor()
}

/// `fmod(|x|, 2) == 1`: an odd integer.
fn is_odd_integer(x: f64) -> bool {
    (x.abs() % 2.0) == 1.0
}

/// Float `a ** b` with CPython's special cases (`x ** 0 == 1` even for NaN,
/// `1 ** nan == 1`, signed zeros and infinities), `ZeroDivisionError`
/// "0.0 cannot be raised to a negative power", `OverflowError`
/// "(34, 'Numerical result out of range')" when a finite power overflows,
/// and `ValueError` [`POW_NEEDS_COMPLEX`] for a negative base with a
/// fractional exponent.
pub fn float_pow(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Ok(1.0);
    }
    if a.is_nan() {
        return Ok(a);
    }
    if b.is_nan() {
        return Ok(if a == 1.0 { 1.0 } else { b });
    }
    if b.is_infinite() {
        let aa = a.abs();
        return Ok(if aa == 1.0 {
            1.0
        } else if (b > 0.0) == (aa > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if a.is_infinite() {
        let odd = is_odd_integer(b);
        return Ok(if b > 0.0 {
            if odd {
                a
            } else {
                a.abs()
            }
        } else if odd {
            0.0f64.copysign(a)
        } else {
            0.0
        });
    }
    if a == 0.0 {
        if b < 0.0 {
            return Err(NumError::ZeroDivision(
                "0.0 cannot be raised to a negative power".into(),
            ));
        }
        return Ok(if is_odd_integer(b) { a } else { 0.0 });
    }
    let mut base = a;
    let mut negate = false;
    if a < 0.0 {
        if b != b.floor() {
            return Err(NumError::Value(POW_NEEDS_COMPLEX.into()));
        }
        base = -a;
        negate = is_odd_integer(b);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(b);
    if r.is_infinite() {
        return Err(NumError::Overflow(
            "(34, 'Numerical result out of range')".into(),
        ));
    }
    Ok(if negate { -r } else { r })
}
