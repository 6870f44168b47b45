//! Tests.  Most compare against a live CPython 3.11 (`/usr/bin/python3.11`):
//! each test builds a batch of Python expressions together with this
//! module's answer for each, evaluates the batch in one Python process and
//! reports every disagreement.  Without that interpreter those tests fail:
//! a test that skips when CPython is missing would pass on a machine that
//! checks nothing.

use super::*;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};
use std::collections::HashMap;
use std::io::Write;
use std::process::{Command, Stdio};

const PYTHON: &str = "/usr/bin/python3.11";

/// Python prologue: `F(bits)` builds a float from its bit pattern; each
/// input line is an expression whose result (or exception) is printed as
/// hex-encoded UTF-8, one line per case.
const PRELUDE: &str = r#"
import sys, struct, math
def F(b): return struct.unpack('<d', struct.pack('<Q', b))[0]
def out(v):
    if isinstance(v, float): return 'f' + hex(struct.unpack('<Q', struct.pack('<d', v))[0])
    if isinstance(v, tuple): return '(' + ','.join(out(x) for x in v) + ')'
    return repr(v)
def cpow(a, b):
    try: r = a ** b
    except OverflowError as e:
        if str(e) == 'complex exponentiation': return 'complex'
        raise
    return 'complex' if isinstance(r, complex) else r
for line in sys.stdin:
    try: r = out(eval(line))
    except Exception as e: r = '!' + type(e).__name__ + ': ' + str(e)
    print(r.encode('utf-8', 'surrogatepass').hex(), flush=False)
"#;

/// Evaluates the expressions in CPython; `None` when it is not installed.
fn py_eval(exprs: &[String]) -> Option<Vec<String>> {
    let mut child = Command::new(PYTHON)
        .args(["-c", PRELUDE])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take()?;
    let input = exprs.join("\n") + "\n";
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().ok()?;
    writer.join().ok()?.ok()?;
    let text = String::from_utf8(output.stdout).ok()?;
    Some(
        text.lines()
            .map(|l| {
                let bytes: Vec<u8> = (0..l.len() / 2)
                    .map(|i| u8::from_str_radix(&l[2 * i..2 * i + 2], 16).unwrap_or(b'?'))
                    .collect();
                String::from_utf8_lossy(&bytes).into_owned()
            })
            .collect(),
    )
}

/// A batch of (Python expression, our answer in the same notation).
#[derive(Default)]
struct Batch {
    cases: Vec<(String, String)>,
}

impl Batch {
    fn add(&mut self, expr: String, ours: String) {
        self.cases.push((expr, ours));
    }

    /// Runs the batch and fails listing (up to 40) disagreements.
    fn check(self, what: &str) {
        let exprs: Vec<String> = self.cases.iter().map(|c| c.0.clone()).collect();
        let Some(expected) = py_eval(&exprs) else {
            panic!("{what}: {PYTHON} is required (CPython 3.11 is the oracle)");
        };
        assert_eq!(expected.len(), exprs.len(), "{what}: python output count");
        let mut bad = Vec::new();
        for ((expr, ours), theirs) in self.cases.iter().zip(&expected) {
            if ours != theirs {
                bad.push(format!(
                    "  {expr}\n    cpython: {theirs}\n    ours:    {ours}"
                ));
            }
        }
        assert!(
            bad.is_empty(),
            "{what}: {} of {} cases differ:\n{}",
            bad.len(),
            exprs.len(),
            bad.iter().take(40).cloned().collect::<Vec<_>>().join("\n")
        );
    }
}

/// Python literal for a str, escaping everything but ASCII alphanumerics so
/// the literal does not depend on `str_repr` (which is under test).
fn py_str(s: &str) -> String {
    let mut o = String::from("'");
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            o.push(c);
        } else {
            o.push_str(&format!("\\U{:08x}", c as u32));
        }
    }
    o.push('\'');
    o
}

fn py_float(x: f64) -> String {
    format!("F({})", x.to_bits())
}

fn py_int(v: &BigInt) -> String {
    if v.is_negative() {
        format!("-0x{:x}", v.magnitude())
    } else {
        format!("0x{v:x}")
    }
}

fn show_err(e: &NumError) -> String {
    format!("!{}: {}", e.exc_type_name(), e.message())
}

fn show_str(r: Result<String, NumError>) -> String {
    r.map_or_else(|e| show_err(&e), |s| str_repr(&s))
}

fn show_f(x: f64) -> String {
    format!("f0x{:x}", x.to_bits())
}

fn show_float(r: Result<f64, NumError>) -> String {
    r.map_or_else(|e| show_err(&e), show_f)
}

fn show_int(r: Result<BigInt, NumError>) -> String {
    r.map_or_else(|e| show_err(&e), |v| v.to_string())
}

/// Deterministic xorshift generator for test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }

    fn float(&mut self) -> f64 {
        match self.below(6) {
            0 => f64::from_bits(self.next()),
            1 => (self.below(2_000_001) as f64 - 1e6) / 1000.0,
            2 => self.below(1 << 20) as f64 * 10f64.powi(self.below(40) as i32 - 20),
            3 => self.pick(&SPECIAL_FLOATS),
            4 => (self.below(20001) as f64 - 10000.0) / 8.0,
            _ => {
                let x = f64::from_bits(self.next() & 0x7fff_ffff_ffff_ffff);
                if x.is_finite() {
                    x
                } else {
                    1.5
                }
            }
        }
    }

    fn bigint(&mut self) -> BigInt {
        let v = match self.below(4) {
            0 => BigInt::from(self.below(1000) as i64 - 500),
            1 => BigInt::from(self.next() as i64),
            2 => {
                let words = self.below(40) + 1;
                let mut v = BigInt::zero();
                for _ in 0..words {
                    v = (v << 64) + self.next();
                }
                v
            }
            _ => BigInt::from(10).pow(self.below(60) as u32) - self.below(3),
        };
        if self.below(2) == 0 {
            -v
        } else {
            v
        }
    }
}

const SPECIAL_FLOATS: [f64; 24] = [
    0.0,
    -0.0,
    1.0,
    -1.0,
    0.5,
    2.5,
    0.125,
    0.1,
    1e16,
    1e15,
    9999999999999998.0,
    1e-4,
    1e-5,
    5e-324,
    2.2250738585072014e-308,
    1.7976931348623157e308,
    f64::INFINITY,
    f64::NEG_INFINITY,
    f64::NAN,
    123456789.125,
    0.000123456,
    1234567890123456.0,
    2.675,
    -0.0001,
];

#[test]
fn float_repr_vectors() {
    let cases: [(f64, &str); 16] = [
        (1.0, "1.0"),
        (100.0, "100.0"),
        (1234567890123456.0, "1234567890123456.0"),
        (1e16, "1e+16"),
        (1e-5, "1e-05"),
        (1e-4, "0.0001"),
        (1.5e300, "1.5e+300"),
        (5e-324, "5e-324"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (-0.0, "-0.0"),
        (0.1, "0.1"),
        (1e22, "1e+22"),
        (2e16 + 8.0, "2.000000000000001e+16"),
        (-123.456, "-123.456"),
    ];
    for (x, want) in cases {
        assert_eq!(float_repr(x), want, "repr of {x:e}");
    }
}

#[test]
fn float_repr_matches_cpython() {
    let mut rng = Rng(0x1234_5678_9abc_def1);
    let mut b = Batch::default();
    for _ in 0..4000 {
        let x = rng.float();
        b.add(format!("repr({})", py_float(x)), str_repr(&float_repr(x)));
    }
    for e in -330..310 {
        let x: f64 = format!("1e{e}").parse().unwrap();
        for y in [x, x * 1.5, x * 9.999999999999999] {
            b.add(format!("repr({})", py_float(y)), str_repr(&float_repr(y)));
        }
    }
    b.check("float repr");
}

const FLOAT_SPECS: &[&str] = &[
    "",
    "e",
    "E",
    "f",
    "F",
    "g",
    "G",
    "n",
    "%",
    ".0",
    ".1",
    ".3",
    ".17",
    ".0e",
    ".0f",
    ".0g",
    ".1g",
    ".2e",
    ".2f",
    ".2%",
    ".10g",
    ".25f",
    ".30e",
    ".20g",
    "#",
    "#.0f",
    "#.0e",
    "#g",
    "#.3g",
    "#.0",
    "#.3",
    "+",
    "+.3f",
    " .2e",
    "-g",
    "z",
    "z.2f",
    "z.0f",
    "z.1e",
    "z.3g",
    "+z.1f",
    "10",
    "<10",
    ">10.3f",
    "^12.4e",
    "=+12.2f",
    "012.3f",
    "0=12",
    "x<15g",
    "*^15",
    "010",
    "020,.2f",
    "015_",
    ",",
    "_",
    ",.2f",
    "_.3e",
    ",g",
    "12,.1%",
    ",.0f",
    "0,",
    "09,",
    "016,.3f",
    "+015,.2f",
    "030_.10f",
    "1,",
    "\u{2603}>9.2f",
    "q",
    "d",
    "x",
    "c",
    "s",
    "dd",
    ".2d",
    ",n",
    "_n",
    ".",
    ",_",
    ".700f",
    ".400e",
    ".800g",
    "#.800g",
    ".1100f",
    "\u{661}\u{660}",
    "z#.0f",
    "-08.3f",
    "^",
    "0",
    "00",
    " 010.4",
    "+#.0e",
];

#[test]
fn format_float_matches_cpython() {
    let mut rng = Rng(0xdead_beef_cafe_f00d);
    let mut b = Batch::default();
    let mut values: Vec<f64> = SPECIAL_FLOATS.to_vec();
    for _ in 0..60 {
        values.push(rng.float());
    }
    for &x in &values {
        for spec in FLOAT_SPECS {
            let ours = parse_format_spec_for(spec, "float").and_then(|s| format_float(x, &s));
            b.add(
                format!("format({}, {})", py_float(x), py_str(spec)),
                show_str(ours),
            );
        }
    }
    b.check("format(float)");
}

const INT_SPECS: &[&str] = &[
    "", "d", "b", "o", "x", "X", "n", "c", "e", "f", "g", "%", "E", "G", ".2f", "#b", "#o", "#x",
    "#X", "+d", " d", "-d", "+x", "#010x", "#010_x", "010", "0=10", "<10", ">10", "^10", "x^11",
    "=+10", ",", "_", ",d", "_b", "_o", "_x", "_X", ",x", ",b", "015,", "015_x", "#015_b", "09,",
    "08,", "+012,", "z", "zd", ".2", "s", "q", ",c", "+c", "#c", "=c", "5c", "05c", ",.3e", "_n",
    "dd", "#", "0", "0x<8d", "\u{e4}", "\u{0}", " ", ",%", "_.2f", "+#b", "#n", "0n", "012n",
];

#[test]
fn format_int_matches_cpython() {
    let mut rng = Rng(0x0123_4567_89ab_cdef);
    let mut b = Batch::default();
    let mut values: Vec<BigInt> = [
        0i64,
        1,
        -1,
        7,
        -255,
        65,
        0x10ffff,
        0x110000,
        1234567,
        -1234567890,
    ]
    .iter()
    .map(|&v| BigInt::from(v))
    .collect();
    values.push(BigInt::from(1) << 1100usize);
    values.push(-(BigInt::from(1) << 1030usize));
    values.push(BigInt::from(10).pow(4300));
    values.push(BigInt::from(10).pow(4300) - 1);
    for _ in 0..40 {
        values.push(rng.bigint());
    }
    for v in &values {
        for spec in INT_SPECS {
            let ours = parse_format_spec_for(spec, "int").and_then(|s| format_int(v, &s));
            b.add(
                format!("format({}, {})", py_int(v), py_str(spec)),
                show_str(ours.clone()),
            );
            if let Ok(small) = i64::try_from(v) {
                let fast =
                    parse_format_spec_for(spec, "int").and_then(|s| format_int_i64(small, &s));
                assert_eq!(fast, ours, "format_int_i64({small}, {spec:?})");
            }
        }
    }
    // The type name shows in "Unknown format code" messages.
    let ours = parse_format_spec_for("q", "bool")
        .and_then(|s| format_int_for(&BigInt::from(1), &s, "bool"));
    b.add("format(True, 'q')".into(), show_str(ours));
    b.check("format(int)");
}

const STR_SPECS: &[&str] = &[
    "",
    "s",
    "10",
    "<10",
    ">10",
    "^10",
    "^11",
    "*^9",
    ".2",
    ".0",
    "10.3",
    "05",
    "<05",
    "x<05",
    "=5",
    "0=5",
    "+",
    " ",
    "-",
    "#",
    "z",
    ",",
    "_",
    ",s",
    "d",
    "ss",
    ".",
    "\u{263a}>7",
    "\u{661}\u{662}",
    ".\u{663}s",
    "99999999999999999999999",
    ".99999999999999999999",
];

#[test]
fn format_str_matches_cpython() {
    let mut b = Batch::default();
    for s in [
        "",
        "abc",
        "h\u{e9}llo",
        "\u{1f600}x",
        "a\nb'c\"d",
        "tab\there",
    ] {
        for spec in STR_SPECS {
            let ours = parse_format_spec_for(spec, "str").and_then(|f| format_str(s, &f));
            b.add(
                format!("format({}, {})", py_str(s), py_str(spec)),
                show_str(ours),
            );
        }
    }
    b.check("format(str)");
}

/// A Python value for the `%` tests, converted the way CPython would.
#[derive(Clone)]
enum Py {
    Int(BigInt),
    Float(f64),
    Str(String),
}

impl Py {
    fn literal(&self) -> String {
        match self {
            Py::Int(v) => py_int(v),
            Py::Float(x) => py_float(*x),
            Py::Str(s) => py_str(s),
        }
    }

    fn type_name(&self) -> &'static str {
        match self {
            Py::Int(_) => "int",
            Py::Float(_) => "float",
            Py::Str(_) => "str",
        }
    }

    fn convert(&self, conv: char) -> Result<PercentValue, NumError> {
        let wrong = || Err(percent_type_error(conv, self.type_name()));
        match (conv, self) {
            ('s', Py::Int(v)) => int_to_decimal(v).map(PercentValue::Text),
            ('r' | 'a', Py::Int(v)) => int_to_decimal(v).map(PercentValue::Text),
            ('s' | 'r' | 'a', Py::Float(x)) => Ok(PercentValue::Text(float_repr(*x))),
            ('s', Py::Str(s)) => Ok(PercentValue::Text(s.clone())),
            ('r', Py::Str(s)) => Ok(PercentValue::Text(str_repr(s))),
            ('a', Py::Str(s)) => Ok(PercentValue::Text(str_ascii(s))),
            ('d' | 'i' | 'u' | 'o' | 'x' | 'X' | 'c' | '*', Py::Int(v)) => {
                Ok(PercentValue::Int(v.clone()))
            }
            ('d' | 'i' | 'u', Py::Float(x)) => float_to_int(*x).map(PercentValue::Int),
            ('e' | 'E' | 'f' | 'F' | 'g' | 'G', Py::Float(x)) => Ok(PercentValue::Float(*x)),
            ('e' | 'E' | 'f' | 'F' | 'g' | 'G', Py::Int(v)) => {
                int_to_float(v).map(PercentValue::Float)
            }
            ('c', Py::Str(s)) if s.chars().count() == 1 => {
                Ok(PercentValue::Char(s.chars().next().unwrap_or('\0')))
            }
            _ => wrong(),
        }
    }
}

/// The right operand of `%` in the tests: a tuple, a single value or a dict.
enum Operand {
    Tuple(Vec<Py>),
    Single(Py),
    Dict(Vec<(String, Py)>),
}

struct TestArgs<'a> {
    op: &'a Operand,
    keyed: Option<Py>,
}

impl Operand {
    fn literal(&self) -> String {
        match self {
            Operand::Tuple(items) => {
                let inner: Vec<String> = items.iter().map(Py::literal).collect();
                if inner.is_empty() {
                    "()".to_string()
                } else {
                    format!("({},)", inner.join(", "))
                }
            }
            Operand::Single(v) => v.literal(),
            Operand::Dict(items) => {
                let inner: Vec<String> = items
                    .iter()
                    .map(|(k, v)| format!("{}: {}", py_str(k), v.literal()))
                    .collect();
                format!("{{{}}}", inner.join(", "))
            }
        }
    }
}

impl PercentArgs for TestArgs<'_> {
    type Error = NumError;

    fn tuple_len(&self) -> Option<usize> {
        match self.op {
            Operand::Tuple(items) => Some(items.len()),
            _ => None,
        }
    }

    fn is_mapping(&self) -> bool {
        matches!(self.op, Operand::Dict(_))
    }

    fn select_key(&mut self, key: &str) -> Result<(), NumError> {
        let Operand::Dict(items) = self.op else {
            return Err(NumError::Type("not a mapping".into()));
        };
        let map: HashMap<&str, &Py> = items.iter().map(|(k, v)| (k.as_str(), v)).collect();
        match map.get(key) {
            Some(v) => {
                self.keyed = Some((*v).clone());
                Ok(())
            }
            // Stands in for KeyError in the comparison below.
            None => Err(NumError::Value(format!("KeyError {}", str_repr(key)))),
        }
    }

    fn convert(&mut self, slot: ArgSlot, conv: char) -> Result<PercentValue, NumError> {
        match (slot, self.op) {
            (ArgSlot::Item(i), Operand::Tuple(items)) => items[i].convert(conv),
            (ArgSlot::Whole, Operand::Single(v)) => v.convert(conv),
            (ArgSlot::Whole, Operand::Dict(items)) => {
                // str() of a dict, enough for the tests.
                let inner: Vec<String> = items
                    .iter()
                    .map(|(k, v)| {
                        let val = match v.convert('r') {
                            Ok(PercentValue::Text(t)) => t,
                            _ => String::new(),
                        };
                        format!("{}: {}", str_repr(k), val)
                    })
                    .collect();
                Ok(PercentValue::Text(format!("{{{}}}", inner.join(", "))))
            }
            (ArgSlot::Keyed, _) => match &self.keyed {
                Some(v) => v.convert(conv),
                None => Err(NumError::Type("no key".into())),
            },
            _ => Err(NumError::Type("bad slot".into())),
        }
    }
}

fn percent_case(b: &mut Batch, fmt: &str, op: Operand) {
    let mut args = TestArgs {
        op: &op,
        keyed: None,
    };
    let ours = percent_format(fmt, &mut args);
    b.add(
        format!("{} % {}", py_str(fmt), op.literal()),
        show_str(ours),
    );
}

#[test]
fn percent_format_matches_cpython() {
    use Operand::*;
    use Py::*;
    let i = |v: i64| Py::Int(BigInt::from(v));
    let s = |v: &str| Py::Str(v.to_string());
    let mut b = Batch::default();
    let fixed: Vec<(&str, Operand)> = vec![
        ("%5%", Tuple(vec![])),
        ("%5%", Tuple(vec![i(1)])),
        ("%%", Tuple(vec![])),
        ("%y", Tuple(vec![])),
        ("%y", Tuple(vec![i(1)])),
        ("abc%", Tuple(vec![])),
        ("%", Tuple(vec![])),
        ("%(a", Dict(vec![("a".into(), i(1))])),
        ("%(a)", Dict(vec![("a".into(), i(1))])),
        ("%(a)s %s", Dict(vec![("a".into(), i(1))])),
        ("%s", Dict(vec![("a".into(), i(1))])),
        ("%s %(a)s", Dict(vec![("a".into(), i(1))])),
        (
            "%(a)s %(b)r",
            Dict(vec![("a".into(), i(1)), ("b".into(), s("x"))]),
        ),
        ("%((a))s", Dict(vec![("(a)".into(), i(5))])),
        ("%(a)*d", Dict(vec![("a".into(), i(3))])),
        ("%(a)s", Tuple(vec![])),
        ("%(a)s", Tuple(vec![i(1)])),
        ("abc", Single(i(5))),
        ("abc", Dict(vec![])),
        ("%s %s", Tuple(vec![i(1)])),
        ("%s", Tuple(vec![i(1), i(2)])),
        ("%s", Single(s("x"))),
        ("%s %s", Single(s("x"))),
        ("%.", Tuple(vec![i(1)])),
        ("%5", Tuple(vec![i(1)])),
        ("%-", Tuple(vec![i(1)])),
        ("%*", Tuple(vec![i(5)])),
        ("%*", Tuple(vec![])),
        ("%.*", Tuple(vec![i(5)])),
        ("%l", Tuple(vec![i(1)])),
        ("%ld %hd %Ld", Tuple(vec![i(1), i(2), i(3)])),
        ("%*d", Tuple(vec![i(5), i(3)])),
        ("%-*d|", Tuple(vec![i(-5), i(3)])),
        ("%*d", Tuple(vec![Int(BigInt::from(1) << 70), i(3)])),
        ("%.*f", Tuple(vec![i(-2), Float(3.25159)])),
        ("%.*f", Tuple(vec![Int(BigInt::from(1) << 40), Float(1.0)])),
        ("%*.*f|", Tuple(vec![i(8), i(2), Float(3.25159)])),
        ("%*d", Tuple(vec![s("x"), i(3)])),
        ("%0*d", Tuple(vec![i(5), i(3)])),
        ("%d", Tuple(vec![s("x")])),
        ("%x", Tuple(vec![Float(1.5)])),
        ("%d", Tuple(vec![Float(-1.7)])),
        ("%f", Tuple(vec![s("x")])),
        ("%c", Tuple(vec![i(65)])),
        ("%c", Tuple(vec![s("\u{e9}")])),
        ("%5c|%-3c|", Tuple(vec![i(0x1f600), s("z")])),
        ("%c", Tuple(vec![i(-1)])),
        ("%c", Tuple(vec![Int(BigInt::from(1) << 70)])),
        ("%c", Tuple(vec![s("ab")])),
        ("%c", Tuple(vec![Float(1.0)])),
        ("%3$s", Tuple(vec![i(1)])),
        ("%z", Tuple(vec![i(1)])),
        ("%\u{e9}", Tuple(vec![i(1)])),
        ("%\u{1f}", Tuple(vec![i(1)])),
        ("ab\u{e9}%\u{0}", Tuple(vec![i(1)])),
        ("%.99999999999f", Tuple(vec![Float(1.0)])),
        ("%99999999999999999999d", Tuple(vec![i(1)])),
        ("%.2147483645d", Tuple(vec![i(1)])),
        (
            "%.3s|%5.1s|%-5s|%.0r|",
            Tuple(vec![s("abcdef"), s("xyz"), s("q"), s("w")]),
        ),
        (
            "%r %a %s",
            Tuple(vec![s("\u{e9}'"), s("\u{e9}\u{1f600}"), Float(1e16)]),
        ),
        ("%s %r", Tuple(vec![Int(BigInt::from(10).pow(4300)), i(1)])),
        ("%d", Tuple(vec![Int(BigInt::from(10).pow(4300))])),
        ("%x", Tuple(vec![Int(BigInt::from(10).pow(4300))])),
        ("%i|%u|%X|%o", Tuple(vec![i(3), i(-4), i(-255), i(-8)])),
        ("%s", Single(Float(f64::NAN))),
        (
            "\u{263a}%s\u{263a}%-4s|",
            Tuple(vec![s("\u{1f600}"), s("\u{e9}")]),
        ),
    ];
    for (fmt, op) in fixed {
        percent_case(&mut b, fmt, op);
    }
    // Flags x width x precision x conversion over assorted values.
    let flags = [
        "", "-", "+", " ", "#", "0", "-0", "+0", "#0", "+#", " #0", "-+#",
    ];
    let widths = ["", "1", "8", "12"];
    let precs = ["", ".0", ".1", ".3", ".12"];
    let ints = [i(0), i(7), i(-255), i(1234567), Int(BigInt::from(-1) << 80)];
    let floats = [
        Float(0.0),
        Float(-0.0),
        Float(2.5),
        Float(-1234.5678),
        Float(1e-7),
        Float(1e22),
        Float(f64::INFINITY),
        Float(f64::NAN),
        Float(-f64::INFINITY),
    ];
    for f in flags {
        for w in widths {
            for p in precs {
                for conv in ['d', 'i', 'o', 'x', 'X'] {
                    for v in &ints {
                        percent_case(
                            &mut b,
                            &format!("[%{f}{w}{p}{conv}]"),
                            Tuple(vec![v.clone()]),
                        );
                    }
                }
                for conv in ['e', 'E', 'f', 'F', 'g', 'G'] {
                    for v in &floats {
                        percent_case(
                            &mut b,
                            &format!("[%{f}{w}{p}{conv}]"),
                            Tuple(vec![v.clone()]),
                        );
                    }
                }
                for conv in ['s', 'r', 'a'] {
                    percent_case(
                        &mut b,
                        &format!("[%{f}{w}{p}{conv}]"),
                        Tuple(vec![s("h\u{e9}llo")]),
                    );
                    percent_case(&mut b, &format!("[%{f}{w}{p}{conv}]"), Tuple(vec![i(-42)]));
                }
                percent_case(&mut b, &format!("[%{f}{w}{p}c]"), Tuple(vec![i(0x263a)]));
            }
        }
    }
    b.check("str % args");
}

#[test]
fn parse_int_matches_cpython() {
    let mut b = Batch::default();
    let strings = [
        "0",
        "12",
        " 12 ",
        "-12",
        "+12",
        "- 1",
        "+_1",
        "_1",
        "1_",
        "1__0",
        "1_000",
        "0x1f",
        "0X1F",
        "-0x1f",
        "0x_1f",
        "0_x1f",
        "0x",
        "0b",
        "0o",
        "0b101",
        "0B11",
        "0o17",
        "0O17",
        "010",
        "00",
        "0_0",
        "0_",
        "000_000",
        "0x1_f",
        "0x1__f",
        "z",
        "Z",
        "zz",
        "1e5",
        "1.0",
        "",
        " ",
        "\t\n12\x0b\x0c\r",
        "\x1c1",
        "1\x1c",
        "1\0",
        "\u{a0}12\u{2003}",
        "\u{661}\u{662}\u{663}",
        "12\u{e9}",
        "\u{ff11}\u{ff12}",
        "\u{1d7ce}",
        "0b1",
        "ff",
        "-FF",
        "99999999999999999999999",
        "7_7",
        "0x7fffffffffffffff",
        "-0o777",
        "0\u{2003}",
        "--1",
    ];
    for s in strings {
        for base in [0u32, 2, 8, 10, 16, 36, 1, 37, 7] {
            b.add(
                format!("int({}, {base})", py_str(s)),
                show_int(parse_int(s, base)),
            );
        }
    }
    let long_x = "x".repeat(300);
    let long_ones = "1".repeat(5000);
    let long_ok = "1".repeat(4300);
    let long_tail = format!("{}x", "1".repeat(5000));
    let long_under = format!("{}1", "1_".repeat(4400));
    let long_zero = "0".repeat(5000);
    let long_hex = "f".repeat(6000);
    for s in [
        &long_x,
        &long_ones,
        &long_ok,
        &long_tail,
        &long_under,
        &long_zero,
        &long_hex,
    ] {
        for base in [0u32, 10, 16, 7] {
            let ours = parse_int(s, base).map(|v| v.bits());
            b.add(
                format!("(lambda v: v.bit_length())(int({}, {base}))", py_str(s)),
                ours.map_or_else(|e| show_err(&e), |n| n.to_string()),
            );
        }
    }
    b.check("int(str, base)");
}

#[test]
fn parse_float_matches_cpython() {
    let mut b = Batch::default();
    let strings = [
        "nan",
        "-nan",
        "+inf",
        "Infinity",
        "-iNfInItY",
        "infin",
        "in_f",
        "1.e5",
        ".5",
        "5.",
        ".",
        "e5",
        "1e",
        "1e+",
        "1_000.5",
        "1_e5",
        "1._5",
        "1e1_0",
        "1.5_",
        "_1.5",
        "1__0",
        " 1.5 ",
        "\x1c1.5",
        "\u{661}.\u{665}",
        "1e5000",
        "-1e5000",
        "1e-5000",
        "0x10",
        "1.5\0",
        " ",
        "",
        "+.5e-3",
        "1.5e+0_3",
        "0_0.0_0e0_0",
        "1.5\u{2003}",
        "nan(1)",
        "1,5",
        "++1",
        "infinityx",
        "1e99999999999999999999",
        "0e99999999999999999999",
        "-0",
        "-0.0",
        "2.675",
        "0.1",
        "1.7976931348623157e308",
        "1.7976931348623159e308",
        "2.4703282292062328e-324",
        "2.4703282292062327e-324",
        "4.9406564584124654e-324",
        "  -12_3.4_5e-0_1\n",
        "1e",
        "\u{e9}",
        "1_.5",
        "1._",
        "1e_5",
        "+",
        "-",
        "inf ",
        " nAn",
        "1.5e",
        "9",
        "0.000001",
        "123456789012345678901234567890",
        "1d5",
        "1.5E+05",
        "١٢٣",
        "1 2",
    ];
    for s in strings {
        b.add(format!("float({})", py_str(s)), show_float(parse_float(s)));
    }
    let long = format!("{}e-390", "1".repeat(400));
    let long_x = "x".repeat(300);
    for s in [&long, &long_x] {
        b.add(format!("float({})", py_str(s)), show_float(parse_float(s)));
    }
    // Round trips of random values through their repr and 17 digits.
    let mut rng = Rng(0x5151_7272_9393_a4a4);
    for _ in 0..500 {
        let x = rng.float();
        for text in [float_repr(x), format!("{x:.16e}"), format!("{:.20}", x)] {
            b.add(
                format!("float({})", py_str(&text)),
                show_float(parse_float(&text)),
            );
        }
    }
    b.check("float(str)");
}

#[test]
fn str_repr_matches_cpython() {
    let mut b = Batch::default();
    let mut samples: Vec<String> = [
        "",
        "abc",
        "it's",
        "say \"hi\"",
        "both ' and \"",
        "back\\slash",
        "\t\n\r\x0b\x00\x7f",
        "\u{80}\u{9f}\u{a0}\u{a1}\u{ad}\u{ff}",
        "\u{2028}\u{200b}\u{fffe}\u{e000}\u{1f600}\u{e0001}",
        "\u{10ffff}\u{3000}\u{378}",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    // Every 97th code point, to sample the printability table.
    let mut chunk = String::new();
    for cp in (0u32..0x110000).step_by(97) {
        if let Some(c) = char::from_u32(cp) {
            chunk.push(c);
            if chunk.chars().count() == 64 {
                samples.push(std::mem::take(&mut chunk));
            }
        }
    }
    samples.push(chunk);
    for s in &samples {
        b.add(format!("repr({})", py_str(s)), str_repr(&str_repr(s)));
        b.add(format!("ascii({})", py_str(s)), str_repr(&str_ascii(s)));
    }
    b.check("repr(str)");
}

#[test]
fn printable_table_matches_cpython_exhaustively() {
    // One Python call listing all non-printable code points as ranges.
    let expr = "(lambda r: r)([c for c in range(0x110000) if not chr(c).isprintable()])";
    let Some(out) = py_eval(&[expr.to_string()]) else {
        panic!("{PYTHON} is required (CPython 3.11 is the oracle)");
    };
    let want: Vec<u32> = out[0]
        .trim_matches(|c| c == '[' || c == ']')
        .split(", ")
        .filter_map(|t| t.parse().ok())
        .collect();
    let ours: Vec<u32> = (0..0x110000u32)
        .filter(|&cp| char::from_u32(cp).is_none_or(|c| !is_printable(c)))
        .collect();
    assert_eq!(ours.len(), want.len());
    assert!(ours == want, "printability table differs");
}

#[test]
fn round_float_matches_cpython() {
    let mut rng = Rng(0x7777_1111_2222_3333);
    let mut b = Batch::default();
    let mut values: Vec<f64> = SPECIAL_FLOATS.to_vec();
    for _ in 0..300 {
        values.push(rng.float());
    }
    values.extend([
        0.5,
        1.5,
        2.5,
        -2.5,
        0.125,
        0.375,
        5e-324,
        1.7976931348623157e308,
        12345.0,
    ]);
    for &x in &values {
        for nd in [
            0i64, 1, 2, 3, 5, 10, 17, 20, 100, 308, 323, 324, 400, -1, -2, -5, -20, -100, -307,
            -308, -309, -400,
        ] {
            b.add(
                format!("round({}, {nd})", py_float(x)),
                show_float(round_float(x, nd)),
            );
        }
        let mut r = rng.below(40) as i64 - 20;
        if x.abs() > 1e100 {
            r -= 100;
        }
        b.add(
            format!("round({}, {r})", py_float(x)),
            show_float(round_float(x, r)),
        );
    }
    b.check("round(float, n)");
}

#[test]
fn int_float_conversions_match_cpython() {
    let mut rng = Rng(0x9999_aaaa_bbbb_cccc);
    let mut b = Batch::default();
    let mut ints: Vec<BigInt> = Vec::new();
    for _ in 0..400 {
        ints.push(rng.bigint());
    }
    let two = BigInt::from(2);
    // Halfway cases around 2**53 and the overflow threshold.
    for k in [53u32, 54, 60, 64, 100, 1023] {
        let p = two.pow(k);
        for d in [-3i64, -1, 0, 1, 2, 3] {
            ints.push(&p + d);
            ints.push(&p + (&p >> 53u32) * d / 2 + 1);
        }
    }
    ints.push(two.pow(1024) - two.pow(970));
    ints.push(two.pow(1024) - two.pow(970) - 1);
    ints.push(two.pow(1024) - two.pow(971));
    for v in &ints {
        b.add(format!("float({})", py_int(v)), show_float(int_to_float(v)));
    }
    for _ in 0..400 {
        let x = rng.float();
        b.add(format!("int({})", py_float(x)), show_int(float_to_int(x)));
    }
    // True division, including huge and tiny quotients.
    for _ in 0..600 {
        let a = rng.bigint();
        let mut d = rng.bigint();
        if rng.below(10) == 0 {
            d = BigInt::zero();
        }
        if rng.below(4) == 0 {
            d <<= rng.below(1200) as usize;
        }
        b.add(
            format!("{} / {}", py_int(&a), py_int(&d)),
            show_float(int_true_divide(&a, &d)),
        );
    }
    for (a, d) in [
        (BigInt::zero(), BigInt::from(-5)),
        (BigInt::from(1), BigInt::from(10).pow(400)),
        (BigInt::from(-1), BigInt::from(10).pow(400)),
        (BigInt::from(10).pow(400), BigInt::from(3)),
        (two.pow(2000), two.pow(1000)),
        (two.pow(1024) - two.pow(970), BigInt::from(1)),
        (two.pow(1024) - two.pow(970) - 1, BigInt::from(1)),
        (BigInt::from(1), two.pow(1074)),
        (BigInt::from(1), two.pow(1075)),
        (BigInt::from(3), two.pow(1076)),
        (BigInt::from(1), two.pow(1075) - 1),
    ] {
        b.add(
            format!("{} / {}", py_int(&a), py_int(&d)),
            show_float(int_true_divide(&a, &d)),
        );
    }
    b.check("int <-> float");
}

#[test]
fn float_division_and_pow_match_cpython() {
    let mut rng = Rng(0x4242_4242_1717_1717);
    let mut b = Batch::default();
    let mut values: Vec<f64> = SPECIAL_FLOATS.to_vec();
    values.extend([
        3.0, -3.0, 7.5, -2.0, 0.3, 1e308, 1e-308, 2.0, 10.0, -10.0, 0.5, -0.5,
    ]);
    for _ in 0..40 {
        values.push(rng.float());
    }
    let pair = |r: Result<(f64, f64), NumError>| {
        r.map_or_else(
            |e| show_err(&e),
            |(q, m)| format!("({},{})", show_f(q), show_f(m)),
        )
    };
    for &x in &values {
        for &y in &values {
            let (px, py) = (py_float(x), py_float(y));
            b.add(format!("{px} // {py}"), show_float(float_floordiv(x, y)));
            b.add(format!("{px} % {py}"), show_float(float_mod(x, y)));
            b.add(format!("divmod({px}, {py})"), pair(float_divmod(x, y)));
            let ours = match float_pow(x, y) {
                Err(NumError::Value(m)) if m == POW_NEEDS_COMPLEX => "'complex'".to_string(),
                r => show_float(r),
            };
            assert_eq!(
                float_pow_is_complex(x, y),
                ours == "'complex'",
                "float_pow_is_complex({x}, {y})"
            );
            b.add(format!("cpow({px}, {py})"), ours);
        }
    }
    b.check("float // % divmod **");
}

#[test]
fn int_text_helpers() {
    let v = BigInt::from(-31);
    assert_eq!(int_to_str_radix(&v, 16), "-0x1f");
    assert_eq!(int_to_str_radix(&v, 8), "-0o37");
    assert_eq!(int_to_str_radix(&v, 2), "-0b11111");
    assert_eq!(int_to_str_radix(&v, 10), "-31");
    assert_eq!(int_to_str_radix(&v, 36), "-v");
    assert_eq!(int_to_str_radix(&BigInt::zero(), 16), "0x0");
    assert_eq!(int_to_str_radix(&v, 99), "-31");
    let ok = BigInt::from(10).pow(4300) - 1;
    assert_eq!(int_to_decimal(&ok).map(|s| s.len()), Ok(4300));
    assert_eq!(int_to_decimal(&-ok.clone()).map(|s| s.len()), Ok(4301));
    let big = BigInt::from(10).pow(4300);
    assert_eq!(
        int_to_decimal(&big),
        Err(NumError::Value(
            "Exceeds the limit (4300 digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
                .into()
        ))
    );
    assert!(int_to_decimal(&(BigInt::from(1) << 100_000)).is_err());
}

#[test]
fn hand_checked_vectors() {
    let spec = |s: &str| parse_format_spec(s).unwrap();
    assert_eq!(format_float(1.0, &spec(".3")).unwrap(), "1.0");
    assert_eq!(format_float(100.0, &spec(".3")).unwrap(), "1e+02");
    assert_eq!(format_float(1e20, &spec("#")).unwrap(), "1.e+20");
    assert_eq!(
        format_float(f64::INFINITY, &spec("010")).unwrap(),
        "0000000inf"
    );
    assert_eq!(format_int_i64(1234, &spec("08,")).unwrap(), "0,001,234");
    assert_eq!(format_int_i64(-255, &spec("#010_x")).unwrap(), "-0x00_00ff");
    assert_eq!(format_str("ab", &spec("05")).unwrap(), "ab000");
    assert_eq!(round_float(2.675, 2), Ok(2.67));
    assert_eq!(
        round_float(1.7976931348623157e308, -308),
        Err(NumError::Overflow(
            "rounded value too large to represent".into()
        ))
    );
    assert_eq!(parse_int("0x_1f", 0), Ok(BigInt::from(31)));
    assert_eq!(
        parse_int("010", 0),
        Err(NumError::Value(
            "invalid literal for int() with base 0: '010'".into()
        ))
    );
    assert_eq!(parse_float(" -1_0.5e1 "), Ok(-105.0));
    assert_eq!(
        float_pow(0.0, -1.0),
        Err(NumError::ZeroDivision(
            "0.0 cannot be raised to a negative power".into()
        ))
    );
    assert_eq!(
        float_pow(10.0, 400.0),
        Err(NumError::Overflow(
            "(34, 'Numerical result out of range')".into()
        ))
    );
    assert_eq!(
        int_true_divide(&BigInt::zero(), &BigInt::from(-5)).map(f64::is_sign_negative),
        Ok(true)
    );
}

mod no_panic {
    //! Fuzz-style properties: no input makes these functions panic.
    use super::super::*;
    use num_bigint::BigInt;
    use proptest::prelude::*;

    struct Args(Vec<PercentValue>);

    impl PercentArgs for Args {
        type Error = NumError;
        fn tuple_len(&self) -> Option<usize> {
            Some(self.0.len())
        }
        fn is_mapping(&self) -> bool {
            false
        }
        fn select_key(&mut self, _key: &str) -> Result<(), NumError> {
            Ok(())
        }
        fn convert(&mut self, slot: ArgSlot, _conv: char) -> Result<PercentValue, NumError> {
            match slot {
                ArgSlot::Item(i) => Ok(self.0[i].clone()),
                _ => Ok(PercentValue::Int(BigInt::from(1))),
            }
        }
    }

    fn value() -> impl Strategy<Value = PercentValue> {
        prop_oneof![
            any::<i64>().prop_map(|v| PercentValue::Int(BigInt::from(v))),
            any::<f64>().prop_map(PercentValue::Float),
            "[a-z\u{e9}\u{1f600}]{0,4}".prop_map(PercentValue::Text),
            any::<char>().prop_map(PercentValue::Char),
        ]
    }

    /// Specs and format strings built from the characters that matter,
    /// with widths and precisions kept small enough to allocate.
    const SPEC_CHARS: &str = "[<>=^+\\- z#0-9,_.a-zA-Z%*()\u{e9}\u{661}]{0,8}";

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        #[test]
        fn format_functions_never_panic(spec in SPEC_CHARS, x in any::<f64>(), v in any::<i64>(), s in ".{0,6}") {
            if let Ok(f) = parse_format_spec(&spec) {
                if f.width.unwrap_or(0) < 100_000 && f.precision.unwrap_or(0) < 100_000 {
                    let _ = format_float(x, &f);
                    let _ = format_int(&BigInt::from(v), &f);
                    let _ = format_int_i64(v, &f);
                    let _ = format_str(&s, &f);
                }
            }
        }

        #[test]
        fn percent_never_panics(fmt in SPEC_CHARS, args in proptest::collection::vec(value(), 0..4)) {
            // Skip huge widths/precisions written as digits.
            let digits = fmt.split(|c: char| !c.is_ascii_digit()).map(str::len).max().unwrap_or(0);
            prop_assume!(digits <= 4);
            let _ = percent_format(&fmt, &mut Args(args));
        }

        #[test]
        fn parsers_never_panic(s in ".{0,12}", t in "[0-9a-zA-Z_ .+\\-xob\u{661}]{0,12}", base in 0u32..40) {
            let _ = parse_int(&s, base);
            let _ = parse_int(&t, base);
            let _ = parse_float(&s);
            let _ = parse_float(&t);
            let _ = str_repr(&s);
        }

        #[test]
        fn float_functions_never_panic(x in any::<f64>(), y in any::<f64>(), nd in any::<i64>()) {
            let _ = float_repr(x);
            let _ = round_float(x, nd);
            let _ = float_floordiv(x, y);
            let _ = float_mod(x, y);
            let _ = float_divmod(x, y);
            let _ = float_pow(x, y);
            if let Ok(v) = float_to_int(x) {
                prop_assert_eq!(int_to_float(&v).ok(), Some(x.trunc()).map(|t| if t == 0.0 { 0.0 } else { t }));
            }
        }

        #[test]
        fn repr_round_trips(x in any::<f64>()) {
            prop_assume!(x.is_finite());
            let back = parse_float(&float_repr(x)).unwrap();
            prop_assert_eq!(back.to_bits(), x.to_bits());
        }
    }
}

/// A random format spec built from the grammar's pieces.
fn random_spec(rng: &mut Rng, types: &[&str]) -> String {
    let mut s = String::new();
    match rng.below(4) {
        0 => s.push_str(rng.pick(&["<", ">", "=", "^"])),
        1 => {
            s.push_str(rng.pick(&["*", "0", "x", " ", "\u{e9}", "{"]));
            s.push_str(rng.pick(&["<", ">", "=", "^"]));
        }
        _ => {}
    }
    if rng.below(3) == 0 {
        s.push_str(rng.pick(&["+", "-", " "]));
    }
    if rng.below(6) == 0 {
        s.push('z');
    }
    if rng.below(4) == 0 {
        s.push('#');
    }
    if rng.below(3) == 0 {
        s.push('0');
    }
    if rng.below(2) == 0 {
        s.push_str(&rng.below(25).to_string());
    }
    if rng.below(3) == 0 {
        s.push_str(rng.pick(&[",", "_"]));
    }
    if rng.below(2) == 0 {
        s.push('.');
        s.push_str(&rng.below(22).to_string());
    }
    s.push_str(rng.pick(types));
    s
}

#[test]
fn random_specs_match_cpython() {
    let mut rng = Rng(0x0bad_cafe_1234_5678);
    let mut b = Batch::default();
    let float_types = ["", "e", "E", "f", "F", "g", "G", "n", "%"];
    let int_types = ["", "d", "b", "o", "x", "X", "n", "c", "e", "f", "g", "%"];
    for _ in 0..6000 {
        let spec = random_spec(&mut rng, &float_types);
        let x = rng.float();
        let ours = parse_format_spec_for(&spec, "float").and_then(|s| format_float(x, &s));
        b.add(
            format!("format({}, {})", py_float(x), py_str(&spec)),
            show_str(ours),
        );
    }
    for _ in 0..6000 {
        let spec = random_spec(&mut rng, &int_types);
        let v = if rng.below(3) == 0 {
            BigInt::from(rng.below(0x1100) as i64)
        } else {
            rng.bigint()
        };
        let ours = parse_format_spec_for(&spec, "int").and_then(|s| format_int(&v, &s));
        b.add(
            format!("format({}, {})", py_int(&v), py_str(&spec)),
            show_str(ours),
        );
    }
    for _ in 0..1500 {
        let spec = random_spec(&mut rng, &["", "s"]);
        let s = rng
            .pick(&["", "a", "h\u{e9}llo w\u{f6}rld", "\u{1f600}\u{1f601}"])
            .to_string();
        let ours = parse_format_spec_for(&spec, "str").and_then(|f| format_str(&s, &f));
        b.add(
            format!("format({}, {})", py_str(&s), py_str(&spec)),
            show_str(ours),
        );
    }
    b.check("random format specs");
}

#[test]
fn decimal_ties_round_half_even_like_cpython() {
    // Values whose decimal expansion ends in an exact 5 at the rounding
    // position, plus their neighbours, at many precisions.
    let mut b = Batch::default();
    let mut values = Vec::new();
    for k in 0..200i64 {
        for denom in [2.0, 4.0, 8.0, 16.0, 32.0, 1024.0] {
            let x = (k as f64 + 0.5) / denom;
            values.push(x);
            values.push(f64::from_bits(x.to_bits() + 1));
            values.push(-x);
        }
        values.push(k as f64 * 1e15 + 5.0);
        values.push((k as f64 + 0.5) * 1e22);
    }
    for &x in &values {
        for spec in [
            ".0f", ".1f", ".2f", ".3f", ".0e", ".1e", ".2e", ".1g", ".2g", ".3g", ".1", ".2",
        ] {
            let ours = parse_format_spec(spec).and_then(|s| format_float(x, &s));
            b.add(
                format!("format({}, {})", py_float(x), py_str(spec)),
                show_str(ours),
            );
        }
        for nd in [0i64, 1, 2, 3, -1, -2] {
            b.add(
                format!("round({}, {nd})", py_float(x)),
                show_float(round_float(x, nd)),
            );
        }
    }
    b.check("decimal ties");
}

#[test]
fn huge_widths_give_memory_error_not_abort() {
    let spec = |s: &str| parse_format_spec(s).unwrap();
    let mem = Err(NumError::Memory(String::new()));
    assert_eq!(format_int_i64(1, &spec("1000000000000000")), mem);
    assert_eq!(format_int_i64(1, &spec("01000000000000000,")), mem);
    assert_eq!(format_float(1.5, &spec("1000000000000000")), mem);
    assert_eq!(format_str("a", &spec("^1000000000000000")), mem);
    assert_eq!(
        format_float(1.5, &spec(".3000000000f")),
        Err(NumError::Value("precision too big".into()))
    );
    struct One;
    impl PercentArgs for One {
        type Error = NumError;
        fn tuple_len(&self) -> Option<usize> {
            Some(2)
        }
        fn is_mapping(&self) -> bool {
            false
        }
        fn select_key(&mut self, _: &str) -> Result<(), NumError> {
            Ok(())
        }
        fn convert(&mut self, slot: ArgSlot, _: char) -> Result<PercentValue, NumError> {
            Ok(PercentValue::Int(if slot == ArgSlot::Item(0) {
                BigInt::from(1i64 << 62)
            } else {
                BigInt::from(1)
            }))
        }
    }
    assert_eq!(percent_format("%*d", &mut One), mem);
}
