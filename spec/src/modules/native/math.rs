//! The `math` module, with CPython 3.11's results and errors.
//!
//! Floating-point functions call the platform libm (glibc), exactly as
//! CPython's `Modules/mathmodule.c` does, behind the same special-value and
//! error rules ("math domain error", "math range error"); the functions
//! CPython implements itself (gamma, lgamma, fsum, hypot/dist, remainder,
//! log of huge ints, ...) follow its algorithms step for step so that every
//! result is bit-identical. Integer functions (factorial, isqrt, gcd, lcm,
//! comb, perm) are exact on big integers.

use crate::builtins::{arg_range, no_kwargs, one_arg, take_kwargs};
use crate::eval::Vm;
use crate::instructions::BinOp;
use crate::runtime::exceptions::*;
use crate::runtime::int::{self, as_int};
use crate::runtime::*;
use crate::text::numfmt;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// The platform C math library, as CPython calls it.
#[allow(unsafe_code)]
mod libm {
    use std::os::raw::c_int;

    // Linked explicitly so that glibc's libm, not the Rust reimplementations
    // that compiler-builtins also exports, provides these symbols.
    #[link(name = "m")]
    extern "C" {
        fn acos(x: f64) -> f64;
        fn acosh(x: f64) -> f64;
        fn asin(x: f64) -> f64;
        fn asinh(x: f64) -> f64;
        fn atan(x: f64) -> f64;
        fn atan2(y: f64, x: f64) -> f64;
        fn atanh(x: f64) -> f64;
        fn cbrt(x: f64) -> f64;
        fn cos(x: f64) -> f64;
        fn cosh(x: f64) -> f64;
        fn erf(x: f64) -> f64;
        fn erfc(x: f64) -> f64;
        fn exp(x: f64) -> f64;
        fn exp2(x: f64) -> f64;
        fn expm1(x: f64) -> f64;
        fn fmod(x: f64, y: f64) -> f64;
        fn frexp(x: f64, e: *mut c_int) -> f64;
        fn ldexp(x: f64, e: c_int) -> f64;
        fn log(x: f64) -> f64;
        fn log10(x: f64) -> f64;
        fn log1p(x: f64) -> f64;
        fn log2(x: f64) -> f64;
        fn modf(x: f64, i: *mut f64) -> f64;
        fn nextafter(x: f64, y: f64) -> f64;
        fn pow(x: f64, y: f64) -> f64;
        fn sin(x: f64) -> f64;
        fn sinh(x: f64) -> f64;
        fn sqrt(x: f64) -> f64;
        fn tan(x: f64) -> f64;
        fn tanh(x: f64) -> f64;
    }

    macro_rules! safe1 {
        ($($name:ident => $c:ident),* $(,)?) => {
            $(
                #[inline]
                pub fn $name(x: f64) -> f64 {
                    // SAFETY: a pure libm function of one double.
                    unsafe { $c(x) }
                }
            )*
        };
    }

    macro_rules! safe2 {
        ($($name:ident => $c:ident),* $(,)?) => {
            $(
                #[inline]
                pub fn $name(x: f64, y: f64) -> f64 {
                    // SAFETY: a pure libm function of two doubles.
                    unsafe { $c(x, y) }
                }
            )*
        };
    }

    safe1! {
        c_acos => acos, c_acosh => acosh, c_asin => asin, c_asinh => asinh,
        c_atan => atan, c_atanh => atanh, c_cbrt => cbrt, c_cos => cos,
        c_cosh => cosh, c_erf => erf, c_erfc => erfc, c_exp => exp,
        c_exp2 => exp2, c_expm1 => expm1, c_log => log, c_log10 => log10,
        c_log1p => log1p, c_log2 => log2, c_sin => sin, c_sinh => sinh,
        c_sqrt => sqrt, c_tan => tan, c_tanh => tanh,
    }

    safe2! {
        c_atan2 => atan2, c_fmod => fmod, c_nextafter => nextafter, c_pow => pow,
    }

    pub fn c_frexp(x: f64) -> (f64, i32) {
        let mut e: c_int = 0;
        // SAFETY: `e` is a valid out-pointer for the call.
        let m = unsafe { frexp(x, &mut e) };
        (m, e)
    }

    pub fn c_ldexp(x: f64, e: i32) -> f64 {
        // SAFETY: a pure libm function.
        unsafe { ldexp(x, e) }
    }

    pub fn c_modf(x: f64) -> (f64, f64) {
        let mut i = 0.0f64;
        // SAFETY: `i` is a valid out-pointer for the call.
        let f = unsafe { modf(x, &mut i) };
        (f, i)
    }
}

use libm::*;

pub static FUNCTIONS: &[(&str, NativeFn)] = &[
    ("acos", m_acos),
    ("acosh", m_acosh),
    ("asin", m_asin),
    ("asinh", m_asinh),
    ("atan", m_atan),
    ("atan2", m_atan2),
    ("atanh", m_atanh),
    ("cbrt", m_cbrt),
    ("ceil", m_ceil),
    ("comb", m_comb),
    ("copysign", m_copysign),
    ("cos", m_cos),
    ("cosh", m_cosh),
    ("degrees", m_degrees),
    ("dist", m_dist),
    ("erf", m_erf),
    ("erfc", m_erfc),
    ("exp", m_exp),
    ("exp2", m_exp2),
    ("expm1", m_expm1),
    ("fabs", m_fabs),
    ("factorial", m_factorial),
    ("floor", m_floor),
    ("fmod", m_fmod),
    ("frexp", m_frexp),
    ("fsum", m_fsum),
    ("gamma", m_gamma),
    ("gcd", m_gcd),
    ("hypot", m_hypot),
    ("isclose", m_isclose),
    ("isfinite", m_isfinite),
    ("isinf", m_isinf),
    ("isnan", m_isnan),
    ("isqrt", m_isqrt),
    ("lcm", m_lcm),
    ("ldexp", m_ldexp),
    ("lgamma", m_lgamma),
    ("log", m_log),
    ("log10", m_log10),
    ("log1p", m_log1p),
    ("log2", m_log2),
    ("modf", m_modf),
    ("nextafter", m_nextafter),
    ("perm", m_perm),
    ("pow", m_pow),
    ("prod", m_prod),
    ("radians", m_radians),
    ("remainder", m_remainder),
    ("sin", m_sin),
    ("sinh", m_sinh),
    ("sqrt", m_sqrt),
    ("tan", m_tan),
    ("tanh", m_tanh),
    ("trunc", m_trunc),
    ("ulp", m_ulp),
];

/// The module's constants.
pub fn constants() -> Vec<(&'static str, Value)> {
    vec![
        ("pi", Value::Float(std::f64::consts::PI)),
        ("e", Value::Float(std::f64::consts::E)),
        ("tau", Value::Float(std::f64::consts::TAU)),
        ("inf", Value::Float(f64::INFINITY)),
        ("nan", Value::Float(f64::NAN)),
    ]
}

// ------------------------------------------------------------ conversions

fn domain_error() -> PyErr {
    value_error("math domain error")
}

fn range_error() -> PyErr {
    overflow_error("math range error")
}

/// `PyFloat_AsDouble`: floats, ints (OverflowError when too large),
/// `__float__`, then `__index__`.
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(_) => int::to_f64(as_int(v).expect("an int")),
        Value::Instance(_) => {
            if let Some(r) = vm.call_special(v, "__float__", &[])? {
                return match r {
                    Value::Float(f) => Ok(f),
                    other => Err(type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        type_name(v).as_str(),
                        type_name(&other).as_str()
                    ))),
                };
            }
            let base = vm.base_value(v);
            if !base.is(v)
                && matches!(
                    base,
                    Value::Float(_) | Value::Int(_) | Value::BigInt(_) | Value::Bool(_)
                )
            {
                return to_f64(vm, &base);
            }
            match vm.instance_index(v)? {
                Some(ops::IntIndex::Small(i)) => Ok(i as f64),
                Some(ops::IntIndex::Big(b)) => numfmt::int_to_float(&b).map_err(ops::num_error),
                None => Err(not_real(v)),
            }
        }
        _ => Err(not_real(v)),
    }
}

fn not_real(v: &Value) -> PyErr {
    type_error(format!(
        "must be real number, not {}",
        type_name(v).as_str()
    ))
}

/// `PyNumber_Index` as a big integer.
fn to_bigint(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match ops::index_value(vm, v)? {
        Some(ops::IntIndex::Small(i)) => Ok(BigInt::from(i)),
        Some(ops::IntIndex::Big(b)) => Ok(b),
        None => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v).as_str()
        ))),
    }
}

fn float(x: f64) -> PyResult<Value> {
    Ok(Value::Float(crate::runtime::value::new_float(x)))
}

/// A float with an integral value as an int ("cannot convert float
/// infinity to integer", ...).
fn float_to_int(x: f64) -> PyResult<Value> {
    if x.abs() < 9.2e18 {
        return Ok(Value::Int(x as i64));
    }
    numfmt::float_to_int(x)
        .map(Value::from_bigint)
        .map_err(ops::num_error)
}

fn qualified(name: &str) -> String {
    format!("math.{name}")
}

/// The single argument of a METH_O function.
fn arg1<'a>(name: &str, args: &'a [Value], kw: KwArgs) -> PyResult<&'a Value> {
    one_arg(&qualified(name), args, kw)
}

/// Exactly two positional arguments (METH_FASTCALL, `_PyArg_CheckPositional`).
fn args2<'a>(name: &str, args: &'a [Value], kw: KwArgs) -> PyResult<(&'a Value, &'a Value)> {
    no_kwargs(&qualified(name), kw)?;
    arg_range(name, args, 2, 2)?;
    Ok((&args[0], &args[1]))
}

// ------------------------------------------------------------ math_1 family

/// CPython's `math_1`: a NaN from a non-NaN is a domain error; an infinity
/// from a finite argument is an overflow (or a domain error).
fn math_1(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: KwArgs,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let x = to_f64(vm, arg1(name, args, kw)?)?;
    apply_1(x, f, can_overflow)
}

fn apply_1(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    float(r)
}

/// The error of a function that reports through errno (`is_error`).
#[derive(Clone, Copy)]
enum Errno {
    Ok,
    Dom,
    Range,
}

fn check_errno(r: f64, e: Errno) -> PyResult<Value> {
    match e {
        Errno::Ok => float(r),
        Errno::Dom => Err(domain_error()),
        Errno::Range => {
            if r.abs() < 1.5 {
                float(r)
            } else {
                Err(range_error())
            }
        }
    }
}

macro_rules! func1 {
    ($($fname:ident, $name:literal, $f:expr, $ovf:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
                math_1(vm, $name, args, kw, $f, $ovf)
            }
        )*
    };
}

fn log1p_fn(x: f64) -> f64 {
    // CPython's m_log1p keeps the sign of a zero.
    if x == 0.0 {
        x
    } else {
        c_log1p(x)
    }
}

func1! {
    m_acos, "acos", c_acos, false;
    m_acosh, "acosh", c_acosh, false;
    m_asin, "asin", c_asin, false;
    m_asinh, "asinh", c_asinh, false;
    m_atan, "atan", c_atan, false;
    m_atanh, "atanh", c_atanh, false;
    m_cbrt, "cbrt", c_cbrt, false;
    m_cos, "cos", c_cos, false;
    m_cosh, "cosh", c_cosh, true;
    m_exp, "exp", c_exp, true;
    m_exp2, "exp2", c_exp2, true;
    m_expm1, "expm1", c_expm1, true;
    m_fabs, "fabs", f64::abs, false;
    m_log1p, "log1p", log1p_fn, false;
    m_sin, "sin", c_sin, false;
    m_sinh, "sinh", c_sinh, true;
    m_sqrt, "sqrt", c_sqrt, false;
    m_tan, "tan", c_tan, false;
    m_tanh, "tanh", c_tanh, false;
}

fn m_erf(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = to_f64(vm, arg1("erf", args, kw)?)?;
    float(c_erf(x))
}

fn m_erfc(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = to_f64(vm, arg1("erfc", args, kw)?)?;
    float(c_erfc(x))
}

// ------------------------------------------------------------ gamma, lgamma

const PI: f64 = std::f64::consts::PI;
const LOGPI: f64 = 1.144_729_885_849_400_2;
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM_COEFFS: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN_COEFFS: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

/// sin(pi*x) for finite x, accurate near integers.
fn sinpi(x: f64) -> f64 {
    let y = c_fmod(x.abs(), 2.0);
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => c_sin(PI * y),
        1 => c_cos(PI * (y - 0.5)),
        2 => c_sin(PI * (1.0 - y)),
        3 => -c_cos(PI * (y - 1.5)),
        _ => c_sin(PI * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

fn lanczos_sum(x: f64) -> f64 {
    let mut num = 0.0;
    let mut den = 0.0;
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM_COEFFS[i];
            den = den * x + LANCZOS_DEN_COEFFS[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM_COEFFS[i];
            den = den / x + LANCZOS_DEN_COEFFS[i];
        }
    }
    num / den
}

fn tgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, Errno::Ok);
        }
        return (f64::NAN, Errno::Dom);
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Errno::Dom);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Errno::Dom);
        }
        if x <= 23.0 {
            return (GAMMA_INTEGRAL[x as usize - 1], Errno::Ok);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return (
            r,
            if r.is_infinite() {
                Errno::Range
            } else {
                Errno::Ok
            },
        );
    }
    if absx > 200.0 {
        if x < 0.0 {
            return (0.0 / sinpi(x), Errno::Ok);
        }
        return (f64::INFINITY, Errno::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let mut z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * c_exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= c_pow(y, absx - 0.5);
        } else {
            let sqrtpow = c_pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / c_exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= c_pow(y, absx - 0.5);
        } else {
            let sqrtpow = c_pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::Ok
        },
    )
}

fn lgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() {
            return (x, Errno::Ok);
        }
        return (f64::INFINITY, Errno::Ok);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return (f64::INFINITY, Errno::Dom);
        }
        return (0.0, Errno::Ok);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-c_log(absx), Errno::Ok);
    }
    let mut r = c_log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (c_log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        r = LOGPI - c_log(sinpi(absx).abs()) - c_log(absx) - r;
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::Ok
        },
    )
}

fn m_gamma(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = to_f64(vm, arg1("gamma", args, kw)?)?;
    let (r, e) = tgamma(x);
    check_errno(r, e)
}

fn m_lgamma(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = to_f64(vm, arg1("lgamma", args, kw)?)?;
    let (r, e) = lgamma(x);
    check_errno(r, e)
}

// ------------------------------------------------------------ two-argument functions

/// CPython's `math_2` error rules.
fn math_2(r: f64, x: f64, y: f64) -> PyResult<Value> {
    let e = if r.is_nan() {
        if !x.is_nan() && !y.is_nan() {
            Errno::Dom
        } else {
            Errno::Ok
        }
    } else if r.is_infinite() {
        if x.is_finite() && y.is_finite() {
            Errno::Range
        } else {
            Errno::Ok
        }
    } else {
        Errno::Ok
    };
    check_errno(r, e)
}

fn atan2_special(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            if 1.0f64.copysign(x) == 1.0 {
                return (0.25 * PI).copysign(y);
            }
            return (0.75 * PI).copysign(y);
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        if 1.0f64.copysign(x) == 1.0 {
            return 0.0f64.copysign(y);
        }
        return PI.copysign(y);
    }
    c_atan2(y, x)
}

fn m_atan2(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (a, b) = args2("atan2", args, kw)?;
    let y = to_f64(vm, a)?;
    let x = to_f64(vm, b)?;
    math_2(atan2_special(y, x), y, x)
}

fn m_copysign(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (a, b) = args2("copysign", args, kw)?;
    let x = to_f64(vm, a)?;
    let y = to_f64(vm, b)?;
    math_2(x.copysign(y), x, y)
}

fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = c_fmod(absx, absy);
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * c_fmod(0.5 * (absx - m), absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn m_remainder(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (a, b) = args2("remainder", args, kw)?;
    let x = to_f64(vm, a)?;
    let y = to_f64(vm, b)?;
    math_2(remainder(x, y), x, y)
}

fn m_fmod(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (a, b) = args2("fmod", args, kw)?;
    let x = to_f64(vm, a)?;
    let y = to_f64(vm, b)?;
    if y.is_infinite() && x.is_finite() {
        return float(x);
    }
    let r = c_fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    float(r)
}

fn m_pow(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (a, b) = args2("pow", args, kw)?;
    let x = to_f64(vm, a)?;
    let y = to_f64(vm, b)?;
    let mut e = Errno::Ok;
    let r;
    if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            r = if y == 0.0 { 1.0 } else { x };
        } else if y.is_nan() {
            r = if x == 1.0 { 1.0 } else { y };
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && c_fmod(y.abs(), 2.0) == 1.0;
            r = if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            };
        } else if x.abs() == 1.0 {
            r = 1.0;
        } else if y > 0.0 && x.abs() > 1.0 {
            r = y;
        } else if y < 0.0 && x.abs() < 1.0 {
            r = -y;
        } else {
            r = 0.0;
        }
    } else {
        r = c_pow(x, y);
        if !r.is_finite() {
            // NaN: a negative base and a non-integer exponent; infinity:
            // zero to a negative power (domain) or overflow (range).
            e = if r.is_nan() || x == 0.0 {
                Errno::Dom
            } else {
                Errno::Range
            };
        }
    }
    check_errno(r, e)
}

fn m_nextafter(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (a, b) = args2("nextafter", args, kw)?;
    let x = to_f64(vm, a)?;
    let y = to_f64(vm, b)?;
    float(c_nextafter(x, y))
}

fn m_ulp(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = to_f64(vm, arg1("ulp", args, kw)?)?;
    if x.is_nan() {
        return float(x);
    }
    let x = x.abs();
    if x.is_infinite() {
        return float(x);
    }
    let x2 = c_nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        let x2 = c_nextafter(x, f64::NEG_INFINITY);
        return float(x - x2);
    }
    float(x2 - x)
}

fn m_ldexp(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (a, b) = args2("ldexp", args, kw)?;
    let x = to_f64(vm, a)?;
    let exp: i64 = match as_int(b) {
        Some(i) => match i.to_i64() {
            Some(v) => v,
            None => {
                if i.is_negative() {
                    i64::MIN
                } else {
                    i64::MAX
                }
            }
        },
        None => {
            let base = vm.base_value(b);
            match as_int(&base) {
                Some(i) if !base.is(b) => {
                    i.to_i64()
                        .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX })
                }
                _ => return Err(type_error("Expected an int as second argument to ldexp.")),
            }
        }
    };
    if x == 0.0 || !x.is_finite() {
        return float(x);
    }
    if exp > i32::MAX as i64 {
        return Err(range_error());
    }
    if exp < i32::MIN as i64 {
        return float(0.0f64.copysign(x));
    }
    let r = c_ldexp(x, exp as i32);
    if r.is_infinite() {
        return Err(range_error());
    }
    float(r)
}

fn m_frexp(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = to_f64(vm, arg1("frexp", args, kw)?)?;
    let (m, e) = if x.is_nan() || x.is_infinite() || x == 0.0 {
        (x, 0)
    } else {
        c_frexp(x)
    };
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn m_modf(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = to_f64(vm, arg1("modf", args, kw)?)?;
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        c_modf(x)
    };
    Ok(Value::tuple(vec![Value::Float(f), Value::Float(i)]))
}

fn m_degrees(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = to_f64(vm, arg1("degrees", args, kw)?)?;
    float(x * (180.0 / PI))
}

fn m_radians(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = to_f64(vm, arg1("radians", args, kw)?)?;
    float(x * (PI / 180.0))
}

fn m_isfinite(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = to_f64(vm, arg1("isfinite", args, kw)?)?;
    Ok(Value::Bool(x.is_finite()))
}

fn m_isinf(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = to_f64(vm, arg1("isinf", args, kw)?)?;
    Ok(Value::Bool(x.is_infinite()))
}

fn m_isnan(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = to_f64(vm, arg1("isnan", args, kw)?)?;
    Ok(Value::Bool(x.is_nan()))
}

fn m_isclose(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    // Argument Clinic: isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0).
    let nargs = args.len();
    if nargs + kw.len() > 4 {
        return Err(type_error(format!(
            "isclose() takes at most 4 {}arguments ({} given)",
            if nargs == 0 { "keyword " } else { "" },
            nargs + kw.len()
        )));
    }
    if nargs > 2 {
        return Err(type_error(format!(
            "isclose() takes exactly 2 positional arguments ({nargs} given)"
        )));
    }
    let [ka, kb, krel, kabs] =
        take_kwargs_ordered(kw, ["a", "b", "rel_tol", "abs_tol"], nargs, "isclose")?;
    let a = match args.first().cloned().or(ka) {
        Some(v) => v,
        None => {
            return Err(type_error(
                "isclose() missing required argument 'a' (pos 1)",
            ))
        }
    };
    let b = match args.get(1).cloned().or(kb) {
        Some(v) => v,
        None => {
            return Err(type_error(
                "isclose() missing required argument 'b' (pos 2)",
            ))
        }
    };
    let a = to_f64(vm, &a)?;
    let b = to_f64(vm, &b)?;
    let rel_tol = match krel {
        Some(v) => to_f64(vm, &v)?,
        None => 1e-09,
    };
    let abs_tol = match kabs {
        Some(v) => to_f64(vm, &v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

/// Keyword arguments for an Argument Clinic function whose first `nargs`
/// parameters were given positionally; unknown names raise CPython's error.
fn take_kwargs_ordered<const N: usize>(
    kw: KwArgs,
    names: [&str; N],
    nargs: usize,
    fname: &str,
) -> PyResult<[Option<Value>; N]> {
    let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
    for (k, v) in kw {
        let key = match k {
            Value::Str(s) => s.as_str(),
            _ => return Err(type_error("keywords must be strings")),
        };
        match names.iter().position(|n| *n == key) {
            Some(i) if i >= nargs => out[i] = Some(v.clone()),
            _ => {
                return Err(type_error(format!(
                    "'{key}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    Ok(out)
}

// ------------------------------------------------------------ rounding

/// `__floor__`/`__ceil__` of an instance, or of the builtin value it extends.
fn special_round(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    if let Value::Instance(_) = v {
        if let Some(r) = vm.call_special(v, name, &[])? {
            return Ok(Some(r));
        }
        let base = vm.base_value(v);
        if !base.is(v) {
            if let Some(i) = as_int(&base) {
                return Ok(Some(Value::from_bigint(i.to_bigint())));
            }
        }
    }
    Ok(None)
}

fn m_floor(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = arg1("floor", args, kw)?;
    match v {
        Value::Float(f) => float_to_int(f.floor()),
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        _ => {
            if let Some(r) = special_round(vm, v, "__floor__")? {
                return Ok(r);
            }
            float_to_int(to_f64(vm, v)?.floor())
        }
    }
}

fn m_ceil(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = arg1("ceil", args, kw)?;
    match v {
        Value::Float(f) => float_to_int(f.ceil()),
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        _ => {
            if let Some(r) = special_round(vm, v, "__ceil__")? {
                return Ok(r);
            }
            float_to_int(to_f64(vm, v)?.ceil())
        }
    }
}

fn m_trunc(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = arg1("trunc", args, kw)?;
    match v {
        Value::Float(f) => float_to_int(f.trunc()),
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Instance(_) => {
            if let Some(r) = vm.call_special(v, "__trunc__", &[])? {
                return Ok(r);
            }
            let base = vm.base_value(v);
            match &base {
                Value::Float(f) if !base.is(v) => float_to_int(f.trunc()),
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) if !base.is(v) => Ok(
                    Value::from_bigint(as_int(&base).expect("an int").to_bigint()),
                ),
                _ => Err(no_trunc(v)),
            }
        }
        _ => Err(no_trunc(v)),
    }
}

fn no_trunc(v: &Value) -> PyErr {
    type_error(format!(
        "type {} doesn't define __trunc__ method",
        type_name(v).as_str()
    ))
}

// ------------------------------------------------------------ logarithms

/// `_PyLong_Frexp` for a positive int: (x, e) with 0.5 <= x < 1 correctly
/// rounded and n ~= x * 2**e.
fn bigint_frexp(n: &BigInt) -> (f64, i64) {
    let bits = n.bits() as i64;
    if bits <= 53 {
        let x = n.to_f64().unwrap_or(0.0);
        let (m, e) = c_frexp(x);
        return (m, e as i64);
    }
    // Keep 55 bits plus a sticky bit, then round half to even to 53 bits.
    let shift = bits - 55;
    let mut top = (n >> (shift as usize)).to_u64().unwrap_or(0);
    let rest_nonzero = {
        let mask: BigInt = (BigInt::one() << (shift as usize)) - 1;
        let masked: BigInt = n & &mask;
        !masked.is_zero()
    };
    if rest_nonzero {
        top |= 1;
    }
    // Round the 55-bit value (with sticky) to 53 bits.
    let low = top & 3;
    let mut m = top >> 2;
    if low > 2 || (low == 2 && (m & 1) == 1) {
        m += 1;
    }
    let mut e = bits;
    if m == 1u64 << 53 {
        m >>= 1;
        e += 1;
    }
    ((m as f64) / 9007199254740992.0, e)
}

/// CPython's `loghelper`: ints of any size are handled exactly enough;
/// everything else goes through `math_1`.
fn loghelper(vm: &mut Vm, arg: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    let int_value = match arg {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => Some(arg.clone()),
        Value::Instance(_) => {
            let base = vm.base_value(arg);
            if !base.is(arg) && as_int(&base).is_some() {
                Some(base)
            } else {
                None
            }
        }
        _ => None,
    };
    if let Some(v) = int_value {
        let i = as_int(&v).expect("an int");
        if i.is_negative() || i.is_zero() {
            return Err(domain_error());
        }
        return Ok(match int::to_f64(i) {
            Ok(x) => f(x),
            Err(_) => {
                let (x, e) = bigint_frexp(&i.to_bigint());
                f(x) + f(2.0) * e as f64
            }
        });
    }
    let x = to_f64(vm, arg)?;
    match apply_1(x, f, false)? {
        Value::Float(r) => Ok(r),
        _ => unreachable!("apply_1 returns floats"),
    }
}

fn log_e(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            return c_log(x);
        }
        if x == 0.0 {
            return f64::NEG_INFINITY;
        }
        return f64::NAN;
    }
    if x.is_nan() || x > 0.0 {
        return x;
    }
    f64::NAN
}

fn log_2(x: f64) -> f64 {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return x;
        }
        return f64::NAN;
    }
    if x > 0.0 {
        return c_log2(x);
    }
    if x == 0.0 {
        return f64::NEG_INFINITY;
    }
    f64::NAN
}

fn log_10(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            return c_log10(x);
        }
        if x == 0.0 {
            return f64::NEG_INFINITY;
        }
        return f64::NAN;
    }
    if x.is_nan() || x > 0.0 {
        return x;
    }
    f64::NAN
}

fn m_log(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("math.log", kw)?;
    if args.is_empty() || args.len() > 2 {
        return Err(type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(vm, &args[0], log_e)?;
    if args.len() == 1 {
        return float(num);
    }
    let den = loghelper(vm, &args[1], log_e)?;
    if den == 0.0 {
        return Err(zero_division_error("float division by zero"));
    }
    float(num / den)
}

fn m_log2(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = arg1("log2", args, kw)?;
    float(loghelper(vm, a, log_2)?)
}

fn m_log10(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = arg1("log10", args, kw)?;
    float(loghelper(vm, a, log_10)?)
}

// ------------------------------------------------------------ sums and norms

/// The exact sum of partials, correctly rounded (CPython's msum).
fn m_fsum(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let seq = arg1("fsum", args, kw)?;
    let it = ops::get_iter(vm, seq)?;
    let mut p: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(item) = ops::next(vm, &it)? {
        let mut x = to_f64(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return float(special_sum);
    }
    let mut hi = 0.0f64;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    float(hi)
}

/// CPython's `vector_norm`: scaled, compensated sqrt(sum(x*x)).
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0;
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = c_frexp(max);
    let mut csum = 1.0f64;
    let mut frac1 = 0.0f64;
    let mut frac2 = 0.0f64;
    let mut frac3 = 0.0f64;
    if max_e >= -1023 {
        let scale = c_ldexp(1.0, -max_e);
        for &v in vec {
            let mut x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            x = hi * hi;
            let oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
            x = 2.0 * hi * lo;
            let oldcsum = csum;
            csum += x;
            frac2 += (oldcsum - csum) + x;
            frac3 += lo * lo;
        }
        let h = c_sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
        let mut x = h;
        let t = x * T27;
        let hi = t - (t - x);
        let lo = x - hi;
        x = -hi * hi;
        let oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
        x = -2.0 * hi * lo;
        let oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;
        x = -lo * lo;
        let oldcsum = csum;
        csum += x;
        frac3 += (oldcsum - csum) + x;
        x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    for &v in vec {
        let mut x = v / max;
        x *= x;
        let oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
    }
    max * c_sqrt(csum - 1.0 + frac1)
}

fn m_hypot(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("math.hypot", kw)?;
    let mut coords = Vec::with_capacity(args.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for a in args {
        let x = to_f64(vm, a)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    float(vector_norm(&coords, max, found_nan))
}

fn m_dist(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (p, q) = args2("dist", args, kw)?;
    let p = as_tuple(vm, p)?;
    let q = as_tuple(vm, q)?;
    if p.len() != q.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for (a, b) in p.iter().zip(q.iter()) {
        let px = to_f64(vm, a)?;
        let qx = to_f64(vm, b)?;
        let x = (px - qx).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    float(vector_norm(&diffs, max, found_nan))
}

fn as_tuple(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::Tuple(t) => Ok(t.items.to_vec()),
        _ => ops::collect(vm, v),
    }
}

fn m_prod(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let nargs = args.len();
    if nargs + kw.len() > 2 {
        return Err(type_error(format!(
            "prod() takes at most 2 {}arguments ({} given)",
            if nargs == 0 { "keyword " } else { "" },
            nargs + kw.len()
        )));
    }
    if nargs != 1 {
        return Err(type_error(format!(
            "prod() takes exactly 1 positional argument ({nargs} given)"
        )));
    }
    let iterable = &args[0];
    let [start] = take_kwargs("prod", kw, ["start"])?;
    let it = ops::get_iter(vm, iterable)?;
    let mut result = start.unwrap_or(Value::Int(1));
    while let Some(item) = ops::next(vm, &it)? {
        result = ops::binary_op(vm, &result, &item, BinOp::Multiply, false)?;
    }
    Ok(result)
}

// ------------------------------------------------------------ integer functions

fn m_factorial(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = arg1("factorial", args, kw)?;
    let n = to_bigint(vm, a)?;
    factorial_of(&n)
}

fn factorial_of(n: &BigInt) -> PyResult<Value> {
    match n.to_i64() {
        Some(x) if x < 0 => Err(value_error("factorial() not defined for negative values")),
        Some(x) => Ok(Value::from_bigint(factorial(x as u64))),
        None if n.is_negative() => Err(value_error("factorial() not defined for negative values")),
        None => Err(overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        ))),
    }
}

/// The product of the integers in [lo, hi), by binary splitting.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi <= lo {
        return BigInt::one();
    }
    if hi - lo <= 16 {
        let mut acc = BigInt::from(lo);
        for k in lo + 1..hi {
            acc *= k;
        }
        return acc;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

fn factorial(n: u64) -> BigInt {
    if n < 2 {
        return BigInt::one();
    }
    range_product(2, n + 1)
}

/// The product of `k` consecutive integers counting down from `n`.
fn falling(n: &BigInt, k: u64) -> BigInt {
    if k == 0 {
        return BigInt::one();
    }
    if k <= 16 {
        let mut acc = n.clone();
        let mut m = n.clone();
        for _ in 1..k {
            m -= 1;
            acc *= &m;
        }
        return acc;
    }
    let j = k / 2;
    falling(n, j) * falling(&(n - BigInt::from(j)), k - j)
}

fn m_isqrt(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = arg1("isqrt", args, kw)?;
    let n = to_bigint(vm, a)?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

fn m_gcd(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("math.gcd", kw)?;
    if args.is_empty() {
        return Ok(Value::Int(0));
    }
    let mut res = to_bigint(vm, &args[0])?;
    if args.len() == 1 {
        return Ok(Value::from_bigint(res.abs()));
    }
    for a in &args[1..] {
        let x = to_bigint(vm, a)?;
        if res.is_one() {
            continue;
        }
        res = res.gcd(&x);
    }
    Ok(Value::from_bigint(res))
}

fn m_lcm(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("math.lcm", kw)?;
    if args.is_empty() {
        return Ok(Value::Int(1));
    }
    let mut res = to_bigint(vm, &args[0])?;
    if args.len() == 1 {
        return Ok(Value::from_bigint(res.abs()));
    }
    for a in &args[1..] {
        let x = to_bigint(vm, a)?;
        if res.is_zero() {
            continue;
        }
        if x.is_zero() {
            res = BigInt::zero();
            continue;
        }
        let g = res.gcd(&x);
        res = (res.div_floor(&g) * &x).abs();
    }
    Ok(Value::from_bigint(res))
}

fn m_perm(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs("math.perm", kw)?;
    arg_range("perm", args, 1, 2)?;
    if args.len() == 1 || args[1].is_none() {
        let n = to_bigint(vm, &args[0])?;
        return factorial_of(&n);
    }
    let n = to_bigint(vm, &args[0])?;
    let k = to_bigint(vm, &args[1])?;
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if n < k {
        return Ok(Value::Int(0));
    }
    let Some(ki) = k.to_i64() else {
        return Err(overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    Ok(Value::from_bigint(falling(&n, ki as u64)))
}

fn m_comb(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (a, b) = args2("comb", args, kw)?;
    let n = to_bigint(vm, a)?;
    let mut k = to_bigint(vm, b)?;
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    let temp = &n - &k;
    if temp.is_negative() {
        return Ok(Value::Int(0));
    }
    if temp < k {
        k = temp;
    }
    let Some(ki) = k.to_i64() else {
        return Err(overflow_error(format!(
            "min(n - k, k) must not exceed {}",
            i64::MAX
        )));
    };
    let ki = ki as u64;
    let numerator = falling(&n, ki);
    Ok(Value::from_bigint(numerator / factorial(ki)))
}

#[cfg(test)]
mod tests;
