//! Integer arithmetic with Python semantics and no visible seam between the
//! inline 64-bit form and big integers: every operation tries the 64-bit path
//! with overflow checks and falls back to `BigInt`, and every big result that
//! fits is demoted again by `Value::from_bigint`.

use super::exceptions::{overflow_error, value_error, zero_division_error};
use super::value::Value;
use super::PyResult;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::borrow::Cow;
use std::cmp::Ordering;

/// An int operand: bools count as ints.
#[derive(Clone, Copy)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub fn big(self) -> Cow<'static, BigInt> {
        match self {
            IntRef::Small(i) => Cow::Owned(BigInt::from(i)),
            IntRef::Big(b) => Cow::Owned(b.clone()),
        }
    }

    pub fn to_bigint(self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(i),
            IntRef::Big(b) => b.clone(),
        }
    }

    pub fn is_negative(self) -> bool {
        match self {
            IntRef::Small(i) => i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }

    pub fn is_zero(self) -> bool {
        match self {
            IntRef::Small(i) => i == 0,
            IntRef::Big(b) => b.is_zero(),
        }
    }

    pub fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(i) => Some(i),
            IntRef::Big(b) => b.to_i64(),
        }
    }
}

/// View a value as an int operand (int, bool, or a big int).
#[inline]
pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    match v {
        Value::Int(i) => Some(IntRef::Small(*i)),
        Value::Bool(b) => Some(IntRef::Small(*b as i64)),
        Value::BigInt(b) => Some(IntRef::Big(b)),
        _ => None,
    }
}

fn big(v: BigInt) -> Value {
    Value::from_bigint(v)
}

pub fn add(a: IntRef, b: IntRef) -> Value {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if let Some(r) = x.checked_add(y) {
            return Value::Int(r);
        }
    }
    big(a.to_bigint() + b.to_bigint())
}

pub fn sub(a: IntRef, b: IntRef) -> Value {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if let Some(r) = x.checked_sub(y) {
            return Value::Int(r);
        }
    }
    big(a.to_bigint() - b.to_bigint())
}

pub fn mul(a: IntRef, b: IntRef) -> Value {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if let Some(r) = x.checked_mul(y) {
            return Value::Int(r);
        }
    }
    big(a.to_bigint() * b.to_bigint())
}

pub fn floordiv(a: IntRef, b: IntRef) -> PyResult<Value> {
    if b.is_zero() {
        return Err(zero_division_error("integer division or modulo by zero"));
    }
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if let Some(q) = x.checked_div(y) {
            let q = if (x % y != 0) && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            };
            return Ok(Value::Int(q));
        }
    }
    Ok(big(a.to_bigint().div_floor(&b.to_bigint())))
}

pub fn modulo(a: IntRef, b: IntRef) -> PyResult<Value> {
    if b.is_zero() {
        return Err(zero_division_error("integer modulo by zero"));
    }
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if let Some(r) = x.checked_rem(y) {
            let r = if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            };
            return Ok(Value::Int(r));
        }
    }
    Ok(big(a.to_bigint().mod_floor(&b.to_bigint())))
}

pub fn divmod(a: IntRef, b: IntRef) -> PyResult<(Value, Value)> {
    let q = floordiv(a, b)?;
    Ok((q, modulo(a, b)?))
}

/// Convert to float, correctly rounded; OverflowError when too large.
pub fn to_f64(a: IntRef) -> PyResult<f64> {
    match a {
        IntRef::Small(i) => Ok(i as f64),
        IntRef::Big(b) => crate::text::numfmt::int_to_float(b).map_err(super::ops::num_error),
    }
}

pub fn truediv(a: IntRef, b: IntRef) -> PyResult<Value> {
    if b.is_zero() {
        return Err(zero_division_error("division by zero"));
    }
    const EXACT: i64 = 1 << 53;
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if (-EXACT..=EXACT).contains(&x) && (-EXACT..=EXACT).contains(&y) {
            return Ok(Value::Float(x as f64 / y as f64));
        }
    }
    crate::text::numfmt::int_true_divide(&a.to_bigint(), &b.to_bigint())
        .map(Value::Float)
        .map_err(super::ops::num_error)
}

thread_local! {
    /// This thread's bound on `**` and `<<` results (`Limits::max_int_bits`).
    static MAX_INT_BITS: std::cell::Cell<Option<u64>> = const { std::cell::Cell::new(None) };
}

/// Set the bound on int results for runs on this thread.
pub fn set_max_int_bits(limit: Option<u64>) {
    MAX_INT_BITS.with(|m| m.set(limit));
}

/// MemoryError if a result of about `bits` bits passes the bound.
fn within_int_limit(bits: u128) -> PyResult<()> {
    let hard = 8 * super::ops::MAX_OBJECT_BYTES as u128;
    match MAX_INT_BITS.with(|m| m.get()) {
        Some(max) if bits > max as u128 => Err(super::exceptions::memory_error("")),
        _ if bits > hard => Err(super::exceptions::memory_error("")),
        _ => Ok(()),
    }
}

/// Bits in |a|.
fn bit_length(a: IntRef) -> u64 {
    match a {
        IntRef::Small(x) => 64 - x.unsigned_abs().leading_zeros() as u64,
        IntRef::Big(b) => b.bits(),
    }
}

/// `a ** b` for ints; a negative exponent gives a float.
pub fn pow(a: IntRef, b: IntRef) -> PyResult<Value> {
    if b.is_negative() {
        let fa = to_f64(a)?;
        let fb = to_f64(b)?;
        if fa == 0.0 {
            return Err(zero_division_error(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return super::ops::float_pow(fa, fb);
    }
    let exp = match b.to_i64().and_then(|e| u32::try_from(e).ok()) {
        Some(e) => e,
        None => {
            // Only trivial bases survive an exponent this large.
            return match a.to_i64() {
                Some(0) => Ok(Value::Int(0)),
                Some(1) => Ok(Value::Int(1)),
                Some(-1) => Ok(Value::Int(if b.to_bigint().is_even() { 1 } else { -1 })),
                _ => Err(super::exceptions::memory_error("")),
            };
        }
    };
    if let IntRef::Small(x) = a {
        if let Some(r) = x.checked_pow(exp) {
            return Ok(Value::Int(r));
        }
    }
    within_int_limit(bit_length(a) as u128 * exp as u128)?;
    Ok(big(num_traits::pow::Pow::pow(a.to_bigint(), exp)))
}

/// Three-argument `pow(a, b, m)`.
pub fn pow_mod(a: IntRef, b: IntRef, m: IntRef) -> PyResult<Value> {
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let m = m.to_bigint();
    let mut base = a.to_bigint();
    let mut exp = b.to_bigint();
    if exp.is_negative() {
        base = mod_inverse(&base, &m)
            .ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
        exp = -exp;
    }
    let mabs = m.abs();
    let mut r = base.mod_floor(&mabs).modpow(&exp, &mabs);
    // The result takes the sign of the modulus, as with %.
    if m.is_negative() && !r.is_zero() {
        r += &m;
    }
    Ok(big(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let mabs = m.abs();
    let g = a.mod_floor(&mabs).extended_gcd(&mabs);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(&mabs))
}

pub fn neg(a: IntRef) -> Value {
    match a {
        IntRef::Small(x) => match x.checked_neg() {
            Some(r) => Value::Int(r),
            None => big(-BigInt::from(x)),
        },
        IntRef::Big(b) => big(-b),
    }
}

pub fn invert(a: IntRef) -> Value {
    match a {
        IntRef::Small(x) => Value::Int(!x),
        IntRef::Big(b) => big(-(b + BigInt::one())),
    }
}

pub fn abs(a: IntRef) -> Value {
    if a.is_negative() {
        neg(a)
    } else {
        match a {
            IntRef::Small(x) => Value::Int(x),
            IntRef::Big(b) => Value::BigInt(std::rc::Rc::new(b.clone())),
        }
    }
}

pub fn lshift(a: IntRef, b: IntRef) -> PyResult<Value> {
    if b.is_negative() {
        return Err(value_error("negative shift count"));
    }
    if a.is_zero() {
        return Ok(Value::Int(0));
    }
    let n = b
        .to_i64()
        .filter(|&n| n <= (1 << 40))
        .ok_or_else(|| overflow_error("too many digits in integer"))?;
    if let IntRef::Small(x) = a {
        if n < 63 {
            let r = (x as i128) << n;
            if let Ok(r) = i64::try_from(r) {
                return Ok(Value::Int(r));
            }
        }
    }
    within_int_limit(bit_length(a) as u128 + n as u128)?;
    Ok(big(a.to_bigint() << n as usize))
}

pub fn rshift(a: IntRef, b: IntRef) -> PyResult<Value> {
    if b.is_negative() {
        return Err(value_error("negative shift count"));
    }
    let n = match b.to_i64() {
        Some(n) => n,
        None => return Ok(Value::Int(if a.is_negative() { -1 } else { 0 })),
    };
    match a {
        IntRef::Small(x) => Ok(Value::Int(if n >= 64 {
            if x < 0 {
                -1
            } else {
                0
            }
        } else {
            x >> n
        })),
        IntRef::Big(bv) => {
            // BigInt's >> rounds toward negative infinity for negatives, like Python.
            Ok(big(bv >> (n as u64).min(usize::MAX as u64) as usize))
        }
    }
}

pub fn bitand(a: IntRef, b: IntRef) -> Value {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => Value::Int(x & y),
        _ => big(a.to_bigint() & b.to_bigint()),
    }
}

pub fn bitor(a: IntRef, b: IntRef) -> Value {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => Value::Int(x | y),
        _ => big(a.to_bigint() | b.to_bigint()),
    }
}

pub fn bitxor(a: IntRef, b: IntRef) -> Value {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => Value::Int(x ^ y),
        _ => big(a.to_bigint() ^ b.to_bigint()),
    }
}

pub fn cmp(a: IntRef, b: IntRef) -> Ordering {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => x.cmp(&y),
        (IntRef::Small(x), IntRef::Big(y)) => BigInt::from(x).cmp(y),
        (IntRef::Big(x), IntRef::Small(y)) => (*x).cmp(&BigInt::from(y)),
        (IntRef::Big(x), IntRef::Big(y)) => x.cmp(y),
    }
}

/// Compare an int with a float exactly (no rounding of the int).
pub fn cmp_float(a: IntRef, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let IntRef::Small(x) = a {
        if x.unsigned_abs() < (1 << 53) {
            return (x as f64).partial_cmp(&f);
        }
    }
    // Compare against floor(f), then the fractional part decides ties.
    let fl = f.floor();
    let fb = float_to_bigint_exact(fl);
    let ai = a.to_bigint();
    match ai.cmp(&fb) {
        Ordering::Equal => {
            if f > fl {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

/// An integral, finite float as a BigInt (exact).
pub fn float_to_bigint_exact(f: f64) -> BigInt {
    let bits = f.to_bits();
    let sign = if bits >> 63 == 0 {
        Sign::Plus
    } else {
        Sign::Minus
    };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 {
        (bits & ((1 << 52) - 1)) << 1
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let e = exp - 1075;
    let m = BigInt::from(mant);
    let v = if e >= 0 {
        m << e as usize
    } else {
        m >> (-e) as usize
    };
    if sign == Sign::Minus {
        -v
    } else {
        v
    }
}

const HASH_MODULUS: u64 = (1 << 61) - 1;

/// CPython's int hash: the value modulo 2**61-1, with the sign kept and -1
/// mapped to -2.
pub fn hash(a: IntRef) -> i64 {
    let h = match a {
        IntRef::Small(x) => {
            let m = (x.unsigned_abs() % HASH_MODULUS) as i64;
            if x < 0 {
                -m
            } else {
                m
            }
        }
        IntRef::Big(b) => {
            let m = (b.abs() % BigInt::from(HASH_MODULUS)).to_i64().unwrap_or(0);
            if b.is_negative() {
                -m
            } else {
                m
            }
        }
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's float hash (`_Py_HashDouble`), for finite values; infinities
/// hash to +-314159. NaN hashes by identity in CPython; we use 0.
pub fn hash_float(v: f64) -> i64 {
    if v.is_nan() {
        return 0;
    }
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    if v.fract() == 0.0 && v.abs() < 9.2e18 {
        return hash(IntRef::Small(v as i64));
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & HASH_MODULUS) | (x >> (61 - e));
    let h = x as i64 * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Split a finite nonzero float into mantissa in [0.5, 1) and exponent.
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}
