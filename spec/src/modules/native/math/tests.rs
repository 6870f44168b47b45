//! `math` against CPython 3.11: the same calls, over many inputs, must give
//! the same results (floats bit for bit, via repr) and the same exceptions.
//! Without `/usr/bin/python3.11` (or `$QUICKEN_CPYTHON`) these tests fail.

use super::FUNCTIONS;
use crate::eval::Vm;
use crate::runtime::*;
use crate::text::numfmt;
use num_bigint::BigInt;
use std::io::Write;
use std::process::{Command, Stdio};

/// One argument, as a Quicken value and as Python source.
#[derive(Clone)]
struct Arg {
    value: Value,
    src: String,
}

fn f(x: f64) -> Arg {
    Arg {
        value: Value::Float(x),
        src: numfmt::float_repr(x),
    }
}

fn i(x: i64) -> Arg {
    Arg {
        value: Value::Int(x),
        src: x.to_string(),
    }
}

fn big(s: &str) -> Arg {
    let b: BigInt = s.parse().expect("a decimal int");
    Arg {
        value: Value::from_bigint(b),
        src: s.to_string(),
    }
}

fn b(x: bool) -> Arg {
    Arg {
        value: Value::Bool(x),
        src: if x { "True".into() } else { "False".into() },
    }
}

fn s(x: &str) -> Arg {
    Arg {
        value: Value::str(x),
        src: format!("{x:?}"),
    }
}

fn none() -> Arg {
    Arg {
        value: Value::None,
        src: "None".into(),
    }
}

fn list(items: Vec<Arg>) -> Arg {
    let src = format!(
        "[{}]",
        items
            .iter()
            .map(|a| a.src.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );
    Arg {
        value: Value::list(items.into_iter().map(|a| a.value).collect()),
        src,
    }
}

struct Call {
    func: &'static str,
    args: Vec<Arg>,
    kwargs: Vec<(&'static str, Arg)>,
}

fn call(func: &'static str, args: Vec<Arg>) -> Call {
    Call {
        func,
        args,
        kwargs: Vec::new(),
    }
}

/// Floats by their bits (all NaNs alike), ints in hex (no digit limit).
fn repr_value(v: &Value) -> String {
    match v {
        Value::Float(x) if x.is_nan() => "nan".into(),
        Value::Float(x) => format!("f:{:016x}", x.to_bits()),
        Value::Int(i) => int_hex(&BigInt::from(*i)),
        Value::BigInt(b) => int_hex(b),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Tuple(t) => {
            let parts: Vec<String> = t.items.iter().map(repr_value).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Value::Str(s) => format!("'{}'", s.as_str()),
        other => format!("<{}>", type_name(other).as_str()),
    }
}

fn int_hex(b: &BigInt) -> String {
    let (sign, mag) = b.to_bytes_be();
    let digits = num_bigint::BigUint::from_bytes_be(&mag).to_str_radix(16);
    let minus = if sign == num_bigint::Sign::Minus {
        "-"
    } else {
        ""
    };
    format!("{minus}0x{digits}")
}

fn run_quicken(c: &Call) -> String {
    let mut vm = Vm::scratch();
    let func = FUNCTIONS
        .iter()
        .find(|(n, _)| *n == c.func)
        .unwrap_or_else(|| panic!("math.{} is missing", c.func))
        .1;
    let args: Vec<Value> = c.args.iter().map(|a| a.value.clone()).collect();
    let kwargs: Vec<(Value, Value)> = c
        .kwargs
        .iter()
        .map(|(k, a)| (Value::str(k), a.value.clone()))
        .collect();
    match func(&mut vm, &args, &kwargs) {
        Ok(v) => repr_value(&v),
        Err(e) => format!("EXC {}: {}", e.type_name(), e.message_plain()),
    }
}

const PY_DRIVER: &str = r#"
import math, sys
nan = float('nan'); inf = float('inf')
import struct
def rep(v):
    if isinstance(v, tuple):
        return '(' + ', '.join(rep(x) for x in v) + (',)' if len(v) == 1 else ')')
    if type(v) is float:
        if v != v:
            return 'nan'
        return 'f:%016x' % struct.unpack('<Q', struct.pack('<d', v))[0]
    if type(v) is int:
        return hex(v)
    return repr(v)
for line in sys.stdin:
    func, args, kwargs = line.rstrip('\n').split('\t')
    try:
        r = getattr(math, func)(*eval('(' + args + ',)' if args else '()'), **eval('dict(' + kwargs + ')'))
        print(rep(r))
    except Exception as e:
        print('EXC %s: %s' % (type(e).__name__, e))
"#;

fn run_cpython(calls: &[Call]) -> Vec<String> {
    let python =
        std::env::var("QUICKEN_CPYTHON").unwrap_or_else(|_| "/usr/bin/python3.11".to_string());
    let mut child = Command::new(&python)
        .args(["-c", PY_DRIVER])
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {python} (CPython 3.11 is required): {e}"));
    let mut input = String::new();
    for c in calls {
        let args: Vec<&str> = c.args.iter().map(|a| a.src.as_str()).collect();
        let kwargs: Vec<String> = c
            .kwargs
            .iter()
            .map(|(k, a)| format!("{k}={}", a.src))
            .collect();
        input.push_str(&format!(
            "{}\t{}\t{}\n",
            c.func,
            args.join(", "),
            kwargs.join(", ")
        ));
    }
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || {
        stdin
            .write_all(input.as_bytes())
            .expect("writing to CPython");
    });
    let out = child.wait_with_output().expect("CPython output");
    writer.join().expect("writer thread");
    assert!(out.status.success(), "CPython driver failed");
    String::from_utf8(out.stdout)
        .expect("utf-8")
        .lines()
        .map(str::to_string)
        .collect()
}

fn check(calls: Vec<Call>) {
    let expected = run_cpython(&calls);
    assert_eq!(expected.len(), calls.len(), "CPython answered every call");
    let mut failures = Vec::new();
    for (c, want) in calls.iter().zip(&expected) {
        let got = run_quicken(c);
        if &got != want {
            let args: Vec<&str> = c.args.iter().map(|a| a.src.as_str()).collect();
            failures.push(format!(
                "math.{}({}): cpython {want} | quicken {got}",
                c.func,
                args.join(", ")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} calls differ:\n{}",
        failures.len(),
        calls.len(),
        failures[..failures.len().min(40)].join("\n")
    );
}

/// A deterministic stream of interesting doubles.
struct Gen(u64);

impl Gen {
    fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn float(&mut self) -> f64 {
        let r = self.next_u64();
        match r % 6 {
            0 => (r >> 11) as f64 / (1u64 << 53) as f64 * 4.0 - 2.0,
            1 => ((r >> 11) as f64 / (1u64 << 53) as f64 - 0.5) * 200.0,
            2 => f64::from_bits(r >> 1) * if r & 1 == 1 { -1.0 } else { 1.0 },
            3 => ((r >> 20) % 2000) as f64 / 8.0 - 100.0,
            4 => ((r >> 11) as f64 / (1u64 << 53) as f64) * 1e-3,
            _ => ((r >> 11) as f64 / (1u64 << 53) as f64 * 1400.0) - 700.0,
        }
    }
}

fn specials() -> Vec<f64> {
    vec![
        0.0,
        -0.0,
        1.0,
        -1.0,
        0.5,
        -0.5,
        2.0,
        10.0,
        1e-300,
        -1e-300,
        5e-324,
        2.2250738585072014e-308,
        1e300,
        -1e300,
        1.7976931348623157e308,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        std::f64::consts::PI,
        std::f64::consts::E,
        0.1,
        0.7,
        1.5,
        3.0,
        -3.0,
        100.0,
        709.78,
        710.0,
        -745.2,
        1e-20,
        1e-8,
        171.5,
        -171.5,
        200.5,
        -200.5,
        23.0,
        24.0,
        -2.5,
        0.9999999999999999,
        1.0000000000000002,
    ]
}

fn floats(n: usize, seed: u64) -> Vec<f64> {
    let mut g = Gen(seed);
    let mut v = specials();
    for _ in 0..n {
        v.push(g.float());
    }
    v
}

fn ints() -> Vec<Arg> {
    vec![
        i(0),
        i(1),
        i(-1),
        i(2),
        i(7),
        i(-12),
        i(100),
        i(1 << 53),
        i((1 << 53) + 1),
        i(i64::MAX),
        i(i64::MIN),
        big("10000000000000000000000000000000"),
        big("-123456789012345678901234567890"),
        big(&"9".repeat(320)),
        big(&format!("1{}", "0".repeat(400))),
        b(true),
        b(false),
    ]
}

const UNARY: &[&str] = &[
    "acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf", "erfc", "exp",
    "exp2", "expm1", "fabs", "gamma", "lgamma", "log1p", "sin", "sinh", "sqrt", "tan", "tanh",
    "degrees", "radians", "isfinite", "isinf", "isnan", "ulp", "frexp", "modf", "log", "log2",
    "log10", "floor", "ceil", "trunc",
];

#[test]
fn unary_functions_match_cpython() {
    let mut calls = Vec::new();
    for &name in UNARY {
        for x in floats(150, 0x9e3779b97f4a7c15 ^ name.len() as u64) {
            calls.push(call(name, vec![f(x)]));
        }
        for a in ints() {
            calls.push(call(name, vec![a]));
        }
        calls.push(call(name, vec![s("a")]));
        calls.push(call(name, vec![]));
        calls.push(call(name, vec![f(1.0), f(2.0)]));
    }
    check(calls);
}

#[test]
fn gamma_and_lgamma_match_cpython() {
    let mut calls = Vec::new();
    let mut g = Gen(12345);
    for k in -400..400 {
        let x = k as f64 * 0.5 + 0.25;
        calls.push(call("gamma", vec![f(x)]));
        calls.push(call("lgamma", vec![f(x)]));
    }
    for _ in 0..600 {
        let x = (g.next_u64() >> 11) as f64 / (1u64 << 53) as f64 * 400.0 - 200.0;
        calls.push(call("gamma", vec![f(x)]));
        calls.push(call("lgamma", vec![f(x)]));
    }
    for k in -30..30 {
        calls.push(call("gamma", vec![f(k as f64)]));
        calls.push(call("lgamma", vec![f(k as f64)]));
    }
    check(calls);
}

const BINARY: &[&str] = &[
    "atan2",
    "copysign",
    "remainder",
    "fmod",
    "pow",
    "nextafter",
    "log",
    "hypot",
    "isclose",
];

#[test]
fn binary_functions_match_cpython() {
    let mut calls = Vec::new();
    let xs = floats(40, 77);
    let ys = floats(40, 1234567);
    for &name in BINARY {
        for (k, &x) in xs.iter().enumerate() {
            for &y in ys.iter().skip(k % 7).step_by(7) {
                calls.push(call(name, vec![f(x), f(y)]));
            }
        }
        for a in ints() {
            calls.push(call(name, vec![a.clone(), f(2.5)]));
            calls.push(call(name, vec![f(-3.0), a]));
        }
        calls.push(call(name, vec![f(1.0)]));
        calls.push(call(name, vec![s("x"), f(1.0)]));
    }
    for base in [
        f(2.0),
        f(10.0),
        i(10),
        f(0.5),
        f(1.0),
        i(1),
        big(&format!("1{}", "0".repeat(300))),
    ] {
        for x in ints() {
            calls.push(call("log", vec![x, base.clone()]));
        }
    }
    calls.push(call("log", vec![]));
    calls.push(call("log", vec![f(1.0), f(2.0), f(3.0)]));
    check(calls);
}

#[test]
fn ldexp_and_rounding_match_cpython() {
    let mut calls = Vec::new();
    for x in floats(30, 99) {
        for e in [0, 1, -1, 10, -10, 1023, 1024, -1074, -1075, 2000, -2000] {
            calls.push(call("ldexp", vec![f(x), i(e)]));
        }
        calls.push(call("ldexp", vec![f(x), big("100000000000000000000")]));
        calls.push(call("ldexp", vec![f(x), big("-100000000000000000000")]));
    }
    calls.push(call("ldexp", vec![f(1.0), f(2.0)]));
    calls.push(call("ldexp", vec![f(1.0), b(true)]));
    for x in [
        1e300, -1e300, 1e16, 2.5, -2.5, 0.5, -0.5, 1e20, 9.9e18, -9.3e18,
    ] {
        for name in ["floor", "ceil", "trunc"] {
            calls.push(call(name, vec![f(x)]));
        }
    }
    check(calls);
}

#[test]
fn integer_functions_match_cpython() {
    let mut calls = Vec::new();
    for n in 0..60 {
        calls.push(call("factorial", vec![i(n)]));
        calls.push(call("isqrt", vec![i(n * n * 7919 + n)]));
        for k in [0, 1, 2, 3, n / 2, n, n + 1] {
            calls.push(call("comb", vec![i(n), i(k)]));
            calls.push(call("perm", vec![i(n), i(k)]));
        }
        calls.push(call("perm", vec![i(n)]));
        calls.push(call("perm", vec![i(n), none()]));
    }
    for n in [100, 250, 1000, 3000] {
        calls.push(call("factorial", vec![i(n)]));
        calls.push(call("comb", vec![i(n), i(n / 3)]));
        calls.push(call("perm", vec![i(n), i(n / 4)]));
    }
    calls.push(call("comb", vec![big("100000000000000000000"), i(3)]));
    calls.push(call(
        "comb",
        vec![big("100000000000000000000"), big("99999999999999999998")],
    ));
    calls.push(call(
        "perm",
        vec![big("100000000000000000000"), big("100000000000000000000")],
    ));
    calls.push(call(
        "comb",
        vec![big("18446744073709551616"), big("9223372036854775808")],
    ));
    calls.push(call("perm", vec![big("100000000000000000000"), i(5)]));
    for (n, k) in [(-1, 2), (5, -1), (-1, -1)] {
        calls.push(call("comb", vec![i(n), i(k)]));
        calls.push(call("perm", vec![i(n), i(k)]));
    }
    calls.push(call("comb", vec![f(1.0), i(2)]));
    calls.push(call("comb", vec![i(5)]));
    calls.push(call("perm", vec![]));
    calls.push(call("perm", vec![i(1), i(2), i(3)]));
    calls.push(call("factorial", vec![i(-1)]));
    calls.push(call("factorial", vec![f(5.0)]));
    calls.push(call("factorial", vec![big("100000000000000000000000")]));
    calls.push(call("factorial", vec![big("-100000000000000000000000")]));
    calls.push(call("factorial", vec![b(true)]));
    calls.push(call("isqrt", vec![i(-1)]));
    calls.push(call("isqrt", vec![f(4.0)]));
    calls.push(call("isqrt", vec![big(&"7".repeat(100))]));
    calls.push(call("isqrt", vec![big("18446744073709551615")]));
    calls.push(call("isqrt", vec![big("18446744073709551616")]));
    let ints_a = [0i64, 1, -4, 6, 12, 18, 27, -30, 1 << 40, 7919 * 104729];
    for &a in &ints_a {
        for &c in &ints_a {
            calls.push(call("gcd", vec![i(a), i(c)]));
            calls.push(call("lcm", vec![i(a), i(c)]));
        }
    }
    calls.push(call("gcd", vec![]));
    calls.push(call("lcm", vec![]));
    calls.push(call("gcd", vec![i(-7)]));
    calls.push(call("lcm", vec![i(-7)]));
    calls.push(call("gcd", vec![i(12), i(18), i(27)]));
    calls.push(call("lcm", vec![i(4), i(6), i(10)]));
    calls.push(call("lcm", vec![i(4), i(6), i(0)]));
    calls.push(call("gcd", vec![f(1.5)]));
    calls.push(call("gcd", vec![i(4), f(1.5)]));
    calls.push(call(
        "gcd",
        vec![big(&"6".repeat(50)), big(&"4".repeat(60))],
    ));
    calls.push(call(
        "lcm",
        vec![big(&"6".repeat(50)), big(&"4".repeat(60))],
    ));
    check(calls);
}

#[test]
fn sums_products_and_norms_match_cpython() {
    let mut calls = Vec::new();
    let mut g = Gen(4242);
    for len in [0usize, 1, 2, 3, 5, 10, 50] {
        for _ in 0..12 {
            let xs: Vec<Arg> = (0..len)
                .map(|_| {
                    let r = g.next_u64();
                    match r % 4 {
                        0 => f(g.float()),
                        1 => f(((r >> 12) % 1000) as f64 * 0.1),
                        2 => i((r >> 40) as i64 - (1 << 23)),
                        _ => f(f64::from_bits(g.next_u64() >> 2) * 1e-100),
                    }
                })
                .collect();
            calls.push(call("fsum", vec![list(xs.clone())]));
            calls.push(call("prod", vec![list(xs.clone())]));
            calls.push(call("hypot", xs.clone()));
            let ys: Vec<Arg> = (0..len).map(|_| f(g.float())).collect();
            calls.push(call("dist", vec![list(xs), list(ys)]));
        }
    }
    calls.push(call("fsum", vec![list(vec![f(0.1); 10])]));
    calls.push(call("fsum", vec![list(vec![f(1e-16), f(1.0), f(1e16)])]));
    calls.push(call("fsum", vec![list(vec![f(1e308), f(1e308)])]));
    calls.push(call(
        "fsum",
        vec![list(vec![f(f64::INFINITY), f(f64::NEG_INFINITY)])],
    ));
    calls.push(call("fsum", vec![list(vec![f(f64::INFINITY), f(1.0)])]));
    calls.push(call("fsum", vec![list(vec![f(f64::NAN), f(1.0)])]));
    calls.push(call("fsum", vec![list(vec![f(-0.0)])]));
    calls.push(call("fsum", vec![list(vec![s("a")])]));
    calls.push(call("fsum", vec![i(1)]));
    calls.push(call("prod", vec![list(vec![i(2); 70])]));
    calls.push(call("prod", vec![list(vec![s("a"), i(3)])]));
    calls.push(call(
        "prod",
        vec![list(vec![f(1.5), i(2), big("100000000000000000000000")])],
    ));
    calls.push(Call {
        func: "prod",
        args: vec![list(vec![i(2), i(3)])],
        kwargs: vec![("start", f(2.0))],
    });
    calls.push(Call {
        func: "prod",
        args: vec![list(vec![i(2), i(3)])],
        kwargs: vec![("bogus", f(2.0))],
    });
    calls.push(call("prod", vec![]));
    calls.push(call("hypot", vec![]));
    calls.push(call("hypot", vec![f(f64::INFINITY), f(f64::NAN)]));
    calls.push(call("hypot", vec![f(1e308), f(1e308)]));
    calls.push(call("hypot", vec![f(5e-324), f(5e-324)]));
    calls.push(call("hypot", vec![f(3.0), s("a")]));
    calls.push(call(
        "dist",
        vec![list(vec![f(1.0)]), list(vec![f(1.0), f(2.0)])],
    ));
    calls.push(call("dist", vec![i(1), i(2)]));
    calls.push(Call {
        func: "isclose",
        args: vec![f(1.0), f(1.1)],
        kwargs: vec![("abs_tol", f(0.2))],
    });
    calls.push(Call {
        func: "isclose",
        args: vec![f(1.0), f(1.1)],
        kwargs: vec![("rel_tol", f(-1.0))],
    });
    calls.push(Call {
        func: "isclose",
        args: vec![f(1.0), f(1.0)],
        kwargs: vec![("foo", f(1.0))],
    });
    calls.push(call("isclose", vec![f(1.0)]));
    calls.push(call("isclose", vec![f(1.0), f(2.0), f(3.0)]));
    check(calls);
}
