//! Checks `quicken_spec::text::strmethods` against live CPython 3.11.
//!
//! Each test starts one CPython process that reads calls as JSON lines and
//! answers each with `["ok", result]` or `["err", exception, message]`,
//! serialized by `json.dumps`. The Rust side serializes its own answer the
//! same way, so comparing is comparing two strings, and a mismatch shows
//! both. Without CPython 3.11 these tests fail: they are the specification.
//!
//! The interpreter is `$QUICKEN_CPYTHON`, else `/usr/bin/python3.11`, else
//! `python3.11` on the PATH.

use std::borrow::Cow;
use std::cell::RefCell;
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use quicken_spec::text::strmethods::{self as sm, chars, StrError};

// ---------------------------------------------------------------------------
// A tiny JSON writer that produces exactly what Python's
// `json.dumps(x, separators=(",", ":"))` (ensure_ascii) produces.
// ---------------------------------------------------------------------------

#[derive(Clone, Debug)]
enum J {
    Null,
    Bool(bool),
    Int(i64),
    Str(String),
    List(Vec<J>),
}

impl J {
    fn encode(&self, out: &mut String) {
        match self {
            J::Null => out.push_str("null"),
            J::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            J::Int(i) => out.push_str(&i.to_string()),
            J::Str(s) => encode_str(s, out),
            J::List(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.encode(out);
                }
                out.push(']');
            }
        }
    }

    fn to_json(&self) -> String {
        let mut out = String::new();
        self.encode(&mut out);
        out
    }
}

fn encode_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            _ => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{:04x}", u));
                }
            }
        }
    }
    out.push('"');
}

impl From<&str> for J {
    fn from(s: &str) -> J {
        J::Str(s.to_string())
    }
}
impl From<String> for J {
    fn from(s: String) -> J {
        J::Str(s)
    }
}
impl From<Cow<'_, str>> for J {
    fn from(s: Cow<'_, str>) -> J {
        J::Str(s.into_owned())
    }
}
impl From<i64> for J {
    fn from(i: i64) -> J {
        J::Int(i)
    }
}
impl From<bool> for J {
    fn from(b: bool) -> J {
        J::Bool(b)
    }
}
impl From<char> for J {
    fn from(c: char) -> J {
        J::Str(c.to_string())
    }
}
impl<T: Into<J>> From<Option<T>> for J {
    fn from(o: Option<T>) -> J {
        o.map_or(J::Null, Into::into)
    }
}
impl<T: Into<J>> From<Vec<T>> for J {
    fn from(v: Vec<T>) -> J {
        J::List(v.into_iter().map(Into::into).collect())
    }
}
impl<A: Into<J>, B: Into<J>, C: Into<J>> From<(A, B, C)> for J {
    fn from((a, b, c): (A, B, C)) -> J {
        J::List(vec![a.into(), b.into(), c.into()])
    }
}

/// The oracle's reply format for a Rust result.
fn reply<T: Into<J>>(r: Result<T, StrError>) -> String {
    match r {
        Ok(v) => J::List(vec![J::from("ok"), v.into()]).to_json(),
        Err(e) => J::List(vec![
            J::from("err"),
            J::from(e.exception_name()),
            J::from(e.message()),
        ])
        .to_json(),
    }
}

fn ok<T: Into<J>>(v: T) -> String {
    reply::<T>(Ok(v))
}

/// One call: `[method, receiver, args...]`; the oracle runs
/// `getattr(str, method)(receiver, *args)` unless the method is one of its
/// own helpers.
fn call(method: &str, args: Vec<J>) -> J {
    let mut v = vec![J::from(method)];
    v.extend(args);
    J::List(v)
}

// ---------------------------------------------------------------------------
// The CPython side
// ---------------------------------------------------------------------------

const ORACLE_PY: &str = r#"
import json, sys, unicodedata
assert sys.version_info[:2] == (3, 11), sys.version

def run(name, args):
    if name == "decimal_value":
        return unicodedata.decimal(args[0], None)
    return getattr(str, name)(*args)

while True:
    line = sys.stdin.readline()
    if not line:
        break
    name, *args = json.loads(line)
    try:
        r = run(name, args)
        if isinstance(r, tuple):
            r = list(r)
        out = ["ok", r]
    except Exception as e:
        out = ["err", type(e).__name__, str(e)]
    sys.stdout.write(json.dumps(out, separators=(",", ":")) + "\n")
    sys.stdout.flush()
"#;

/// Path of CPython 3.11; panics (failing the test) when there is none.
fn python() -> String {
    let candidates = std::env::var("QUICKEN_CPYTHON")
        .into_iter()
        .chain(["/usr/bin/python3.11".to_string(), "python3.11".to_string()]);
    for exe in candidates {
        let ok = Command::new(&exe)
            .args([
                "-c",
                "import sys; sys.exit(sys.version_info[:2] != (3, 11))",
            ])
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if ok {
            return exe;
        }
    }
    panic!("CPython 3.11 not found (set QUICKEN_CPYTHON or install python3.11)");
}

struct Oracle {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
}

impl Oracle {
    fn start() -> Oracle {
        let mut child = Command::new(python())
            .args(["-c", ORACLE_PY])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("start CPython");
        let stdin = child.stdin.take().unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        Oracle {
            child,
            stdin,
            stdout,
        }
    }

    /// CPython's replies to `calls`, in order. A writer thread feeds the
    /// calls while this thread reads, so no batch size can deadlock on
    /// full pipes.
    fn ask(&mut self, calls: &[J]) -> Vec<String> {
        let stdin = &mut self.stdin;
        let stdout = &mut self.stdout;
        std::thread::scope(|scope| {
            scope.spawn(move || {
                let mut buf = String::new();
                for c in calls {
                    c.encode(&mut buf);
                    buf.push('\n');
                }
                stdin.write_all(buf.as_bytes()).expect("write to CPython");
                stdin.flush().expect("flush to CPython");
            });
            (0..calls.len())
                .map(|_| {
                    let mut line = String::new();
                    let n = stdout.read_line(&mut line).expect("read from CPython");
                    assert!(n > 0, "CPython exited early");
                    line.truncate(line.trim_end().len());
                    line
                })
                .collect()
        })
    }
}

impl Drop for Oracle {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Calls paired with what the Rust implementation answered.
#[derive(Default)]
struct Batch {
    calls: Vec<J>,
    rust: Vec<String>,
}

impl Batch {
    fn add(&mut self, method: &str, args: Vec<J>, rust: String) {
        self.calls.push(call(method, args));
        self.rust.push(rust);
    }

    /// All mismatches, one per line (empty when CPython agrees).
    fn mismatches(&self, oracle: &mut Oracle) -> String {
        let py = oracle.ask(&self.calls);
        let mut report = String::new();
        for ((c, r), p) in self.calls.iter().zip(&self.rust).zip(&py) {
            if r != p {
                report.push_str(&format!(
                    "call {}\n  rust:    {}\n  cpython: {}\n",
                    c.to_json(),
                    r,
                    p
                ));
            }
        }
        report
    }

    fn check(&self, oracle: &mut Oracle) {
        let report = self.mismatches(oracle);
        assert!(report.is_empty(), "differences from CPython:\n{report}");
    }

    fn check_case(&self, oracle: &RefCell<Oracle>) -> Result<(), TestCaseError> {
        let report = self.mismatches(&mut oracle.borrow_mut());
        if report.is_empty() {
            Ok(())
        } else {
            Err(TestCaseError::fail(report))
        }
    }
}

// ---------------------------------------------------------------------------
// Calls for one input, shared by the fixed and the generated tests
// ---------------------------------------------------------------------------

type Idx = Option<i64>;

fn add_search(b: &mut Batch, s: &str, sub: &str, start: Idx, end: Idx) {
    let args = || vec![s.into(), sub.into(), start.into(), end.into()];
    b.add("find", args(), ok(sm::find(s, sub, start, end)));
    b.add("rfind", args(), ok(sm::rfind(s, sub, start, end)));
    b.add("index", args(), reply(sm::index(s, sub, start, end)));
    b.add("rindex", args(), reply(sm::rindex(s, sub, start, end)));
    b.add("count", args(), ok(sm::count(s, sub, start, end)));
    b.add("startswith", args(), ok(sm::startswith(s, sub, start, end)));
    b.add("endswith", args(), ok(sm::endswith(s, sub, start, end)));
}

fn add_split(b: &mut Batch, s: &str, sep: Option<&str>, maxsplit: i64) {
    let args = || vec![s.into(), sep.into(), maxsplit.into()];
    b.add("split", args(), reply(sm::split(s, sep, maxsplit)));
    b.add("rsplit", args(), reply(sm::rsplit(s, sep, maxsplit)));
}

fn add_sep(b: &mut Batch, s: &str, sep: &str) {
    let args = || vec![s.into(), sep.into()];
    b.add("partition", args(), reply(sm::partition(s, sep)));
    b.add("rpartition", args(), reply(sm::rpartition(s, sep)));
    b.add("removeprefix", args(), ok(sm::removeprefix(s, sep)));
    b.add("removesuffix", args(), ok(sm::removesuffix(s, sep)));
}

fn add_strip(b: &mut Batch, s: &str, set: Option<&str>) {
    let args = || vec![s.into(), set.into()];
    b.add("strip", args(), ok(sm::strip(s, set)));
    b.add("lstrip", args(), ok(sm::lstrip(s, set)));
    b.add("rstrip", args(), ok(sm::rstrip(s, set)));
}

fn add_replace(b: &mut Batch, s: &str, old: &str, new: &str, n: i64) {
    let args = vec![s.into(), old.into(), new.into(), n.into()];
    b.add("replace", args, ok(sm::replace(s, old, new, n)));
}

fn add_pad(b: &mut Batch, s: &str, width: i64, fill: char) {
    let args = || vec![s.into(), width.into(), fill.into()];
    b.add("center", args(), ok(sm::center(s, width, fill)));
    b.add("ljust", args(), ok(sm::ljust(s, width, fill)));
    b.add("rjust", args(), ok(sm::rjust(s, width, fill)));
    b.add(
        "zfill",
        vec![s.into(), width.into()],
        ok(sm::zfill(s, width)),
    );
}

fn add_tabs(b: &mut Batch, s: &str, tabsize: i64) {
    let args = vec![s.into(), tabsize.into()];
    b.add("expandtabs", args, reply(sm::expandtabs(s, tabsize)));
}

fn add_unary(b: &mut Batch, s: &str) {
    let args = || vec![s.into()];
    b.add("upper", args(), ok(sm::upper(s)));
    b.add("lower", args(), ok(sm::lower(s)));
    b.add("casefold", args(), ok(sm::casefold(s)));
    b.add("swapcase", args(), ok(sm::swapcase(s)));
    b.add("capitalize", args(), ok(sm::capitalize(s)));
    b.add("title", args(), ok(sm::title(s)));
    b.add("isspace", args(), ok(sm::isspace(s)));
    b.add("isalpha", args(), ok(sm::isalpha(s)));
    b.add("isalnum", args(), ok(sm::isalnum(s)));
    b.add("isdecimal", args(), ok(sm::isdecimal(s)));
    b.add("isdigit", args(), ok(sm::isdigit(s)));
    b.add("isnumeric", args(), ok(sm::isnumeric(s)));
    b.add("isprintable", args(), ok(sm::isprintable(s)));
    b.add("isascii", args(), ok(sm::isascii(s)));
    b.add("isidentifier", args(), ok(sm::isidentifier(s)));
    b.add("isupper", args(), ok(sm::isupper(s)));
    b.add("islower", args(), ok(sm::islower(s)));
    b.add("istitle", args(), ok(sm::istitle(s)));
    for keepends in [false, true] {
        let args = vec![s.into(), keepends.into()];
        b.add("splitlines", args, ok(sm::splitlines(s, keepends)));
    }
}

// ---------------------------------------------------------------------------
// Fixed cases
// ---------------------------------------------------------------------------

const INDICES: &[Idx] = &[
    None,
    Some(0),
    Some(1),
    Some(2),
    Some(3),
    Some(4),
    Some(5),
    Some(-1),
    Some(-2),
    Some(-4),
    Some(-100),
    Some(100),
    Some(i64::MAX),
    Some(i64::MIN),
];

const WORDS: &[&str] = &[
    "",
    "a",
    "abc",
    "aaa",
    "abcabc",
    "  a  b\t\tc \n",
    "a,b,,c,",
    ",",
    "\u{1c}x\u{1f}y\u{85}z\u{a0}\u{3000}",
    "héllo wörld",
    "ΣΑΣ ΟΔΟΣ",
    "ß straße",
    "ǅungla ǆ Ǆ",
    "ﬁre ŉ ΐ",
    "İstanbul ı",
    "日本語 テキスト",
    "😀 smile 😀",
    "a\r\nb\rc\nd\u{b}e\u{c}f\u{1c}g\u{1d}h\u{1e}i\u{85}j\u{2028}k\u{2029}l",
    "-42",
    "+7",
    "x\ty\tz",
    "they're bill's friends",
];

#[test]
fn fixed_cases_agree_with_cpython() {
    let mut oracle = Oracle::start();
    let mut b = Batch::default();
    let subs = [
        "", "a", "b", "ab", "bc", "aa", ",", " ", "Σ", "ö", "😀", "xyz",
    ];
    for &s in WORDS {
        for sub in subs {
            for &start in INDICES {
                for &end in INDICES {
                    add_search(&mut b, s, sub, start, end);
                }
            }
            add_sep(&mut b, s, sub);
            for n in [-1, 0, 1, 2, i64::MAX] {
                add_split(&mut b, s, Some(sub), n);
                add_replace(&mut b, s, sub, "-", n);
                add_replace(&mut b, s, sub, "", n);
                add_replace(&mut b, s, sub, "<é>", n);
            }
        }
        for n in [-5, -1, 0, 1, 2, 3, i64::MAX, i64::MIN] {
            add_split(&mut b, s, None, n);
        }
        for set in [None, Some(""), Some("a"), Some(" \t"), Some("aΣ😀")] {
            add_strip(&mut b, s, set);
        }
        for width in [i64::MIN, -1, 0, 1, 2, 3, 4, 5, 6, 7, 12, 13, 30, 31] {
            for fill in [' ', '*', 'é', '😀'] {
                add_pad(&mut b, s, width, fill);
            }
        }
        for tabsize in [
            i64::MIN,
            -(1 << 31) - 1,
            -(1 << 31),
            -1,
            0,
            1,
            2,
            3,
            8,
            1 << 31,
        ] {
            add_tabs(&mut b, s, tabsize);
        }
        add_unary(&mut b, s);
    }
    for fill in ["", "ab", "😀😀"] {
        b.add(
            "center",
            vec!["x".into(), 5i64.into(), fill.into()],
            reply(sm::fill_char(fill).map(|c| sm::center("x", 5, c))),
        );
    }
    b.check(&mut oracle);
}

/// The examples the module's documentation relies on, without CPython.
#[test]
fn documented_examples() {
    assert_eq!(sm::title("they're"), "They'Re");
    assert_eq!(sm::upper("ß"), "SS");
    assert_eq!(sm::lower("İ"), "i\u{307}");
    assert_eq!(sm::capitalize("ﬁre"), "Fire");
    assert_eq!(sm::center("ab", 5, ' '), "  ab ");
    assert_eq!(sm::center("abc", 6, ' '), " abc  ");
    assert_eq!(sm::replace("abc", "", "-", 2), "-a-bc");
    assert_eq!(sm::find("abc", "", Some(3), None), 3);
    assert_eq!(sm::find("abc", "", Some(4), None), -1);
    assert_eq!(sm::count("abc", "", None, None), 4);
    assert_eq!(sm::rsplit("aaa", Some("aa"), -1).unwrap(), ["a", ""]);
    assert_eq!(sm::zfill("-42", 5), "-0042");
    assert_eq!(sm::lower("ΟΔΟΣ"), "οδος");
    assert_eq!(chars::decimal_value('٣'), Some(3));
    assert!(matches!(
        sm::split("a", Some(""), -1),
        Err(StrError::Value(m)) if m == "empty separator"
    ));
    assert!(matches!(sm::fill_char("ab"), Err(StrError::Type(_))));
    assert!(matches!(sm::replace("abc", "x", "y", -1), Cow::Borrowed(_)));
    assert!(matches!(sm::center("abc", 2, ' '), Cow::Borrowed(_)));
}

/// Every string of up to four characters over an alphabet built to exercise
/// the context rules: the final sigma (cased, case-ignorable, both), title
/// boundaries, titlecase letters, and characters whose mappings grow.
#[test]
fn case_context_rules_agree_with_cpython() {
    let alphabet = [
        'Σ', 'a', 'A', '\'', '.', '\u{301}', 'ʰ', '\u{345}', ' ', 'ǅ', '1', 'ß', 'İ',
    ];
    let mut strings = vec![String::new()];
    let mut layer = vec![String::new()];
    for _ in 0..4 {
        layer = layer
            .iter()
            .flat_map(|s| {
                alphabet.iter().map(move |&c| {
                    let mut t = s.clone();
                    t.push(c);
                    t
                })
            })
            .collect();
        strings.extend(layer.iter().cloned());
    }
    let mut oracle = Oracle::start();
    let mut b = Batch::default();
    for s in &strings {
        let args = || vec![s.as_str().into()];
        b.add("lower", args(), ok(sm::lower(s)));
        b.add("swapcase", args(), ok(sm::swapcase(s)));
        b.add("capitalize", args(), ok(sm::capitalize(s)));
        b.add("title", args(), ok(sm::title(s)));
        b.add("istitle", args(), ok(sm::istitle(s)));
        b.add("isupper", args(), ok(sm::isupper(s)));
        b.add("islower", args(), ok(sm::islower(s)));
    }
    b.check(&mut oracle);
}

// ---------------------------------------------------------------------------
// Every code point
// ---------------------------------------------------------------------------

/// Per code point: the predicates, the single-character case mappings, and
/// probes that expose the properties the string methods use internally
/// (Cased, Case_Ignorable, line breaks, identifier continuation).
const ALL_CHARS_PY: &str = r#"
import sys, unicodedata
assert sys.version_info[:2] == (3, 11), sys.version
hx = lambda s: ".".join("%x" % ord(c) for c in s)
out = []
for cp in range(0x110000):
    if 0xD800 <= cp <= 0xDFFF:
        continue
    c = chr(cp)
    flags = (
        c.isspace(), c.isalpha(), c.isalnum(), c.isdecimal(), c.isdigit(),
        c.isnumeric(), c.isprintable(), c.isupper(), c.islower(), c.istitle(),
        c.isidentifier(), ("a" + c).isidentifier(),
        (c + "a").title()[-1] == "a",
        ("a" + c + "\u03a3").lower()[-1] == "\u03c2",
        (c + "\u03a3").lower()[-1] == "\u03c2",
        len(("a" + c + "b").splitlines()) == 2,
        ("a" + c + "b").split() == ["a", "b"],
    )
    d = unicodedata.decimal(c, None)
    out.append("%x %s %s %s %s %s %s %s %s" % (
        cp, "".join("1" if f else "0" for f in flags), hx(c.upper()), hx(c.lower()),
        hx(c.title()), hx(c.casefold()), hx(c.swapcase()), hx(c.capitalize()),
        "-" if d is None else d))
sys.stdout.write("\n".join(out) + "\n")
"#;

fn rust_char_line(c: char) -> String {
    let s = c.to_string();
    let hx = |t: String| {
        t.chars()
            .map(|c| format!("{:x}", c as u32))
            .collect::<Vec<_>>()
            .join(".")
    };
    let ends_final_sigma = |t: String| sm::lower(&t).ends_with('ς');
    let flags = [
        sm::isspace(&s),
        sm::isalpha(&s),
        sm::isalnum(&s),
        sm::isdecimal(&s),
        sm::isdigit(&s),
        sm::isnumeric(&s),
        sm::isprintable(&s),
        sm::isupper(&s),
        sm::islower(&s),
        sm::istitle(&s),
        sm::isidentifier(&s),
        sm::isidentifier(&format!("a{c}")),
        sm::title(&format!("{c}a")).ends_with('a'),
        ends_final_sigma(format!("a{c}Σ")),
        ends_final_sigma(format!("{c}Σ")),
        sm::splitlines(&format!("a{c}b"), false).len() == 2,
        sm::split(&format!("a{c}b"), None, -1).unwrap() == ["a", "b"],
    ];
    let flags: String = flags.iter().map(|&f| if f { '1' } else { '0' }).collect();
    let decimal = chars::decimal_value(c).map_or("-".to_string(), |d| d.to_string());
    format!(
        "{:x} {} {} {} {} {} {} {} {}",
        c as u32,
        flags,
        hx(sm::upper(&s)),
        hx(sm::lower(&s)),
        hx(sm::title(&s)),
        hx(sm::casefold(&s)),
        hx(sm::swapcase(&s)),
        hx(sm::capitalize(&s)),
        decimal
    )
}

#[test]
fn every_code_point_agrees_with_cpython() {
    let out = Command::new(python())
        .args(["-c", ALL_CHARS_PY])
        .output()
        .expect("run CPython");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let py_lines: Vec<&str> = text.lines().collect();
    let rust_chars: Vec<char> = (0..0x110000u32).filter_map(char::from_u32).collect();
    assert_eq!(py_lines.len(), rust_chars.len());
    let mut report = String::new();
    let mut bad = 0;
    for (&c, py) in rust_chars.iter().zip(&py_lines) {
        let rust = rust_char_line(c);
        if rust != *py {
            bad += 1;
            if bad <= 40 {
                report.push_str(&format!("  rust:    {rust}\n  cpython: {py}\n"));
            }
        }
    }
    assert_eq!(bad, 0, "{bad} code points differ:\n{report}");

    // The per-character predicates that the probes above observe indirectly,
    // and rsplit's backwards whitespace scan against split's forwards one.
    for &c in &rust_chars {
        let s = format!("a{c}b{c}{c}");
        assert_eq!(
            sm::rsplit(&s, None, -1).unwrap(),
            sm::split(&s, None, -1).unwrap(),
            "{c:?}"
        );
        assert_eq!(
            sm::rsplit(&s, None, 1).unwrap().len(),
            1 + chars::is_space(c) as usize
        );
        let id = sm::isidentifier(&format!("a{c}"));
        assert_eq!(chars::is_id_continue(c), id, "{c:?}");
        assert_eq!(chars::is_id_start(c), sm::isidentifier(&c.to_string()));
        assert_eq!(
            chars::is_cased(c),
            sm::title(&format!("{c}a")).ends_with('a'),
            "{c:?}"
        );
    }
}

// ---------------------------------------------------------------------------
// Generated inputs
// ---------------------------------------------------------------------------

/// Characters that make the algorithms branch: ASCII, every kind of Python
/// whitespace and line break, multi-byte and astral characters, case
/// oddities and numeric classes.
const POOL: &[char] = &[
    'a', 'b', 'A', 'B', 'z', '0', '1', '9', ' ', ' ', '\t', '\n', '\r', '\u{b}', '\u{c}', '\u{1c}',
    '\u{1d}', '\u{1e}', '\u{1f}', '\u{85}', '\u{a0}', '\u{2028}', '\u{2029}', '\u{3000}',
    '\u{1680}', '-', '+', '_', '.', ',', '\'', 'ß', 'é', 'ÿ', 'À', 'İ', 'ı', 'Σ', 'σ', 'ς', 'ǅ',
    'ǆ', 'ﬁ', 'ŉ', 'ΐ', '²', '½', '٣', '一', '\u{301}', 'ʰ', '😀', '𝟘', 'ᾈ', '\0', '\u{7f}',
    '\u{ad}', '\u{e000}',
];

fn pool_char() -> impl Strategy<Value = char> {
    prop_oneof![
        6 => proptest::sample::select(POOL),
        1 => any::<char>(),
    ]
}

fn text(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(pool_char(), 0..max).prop_map(String::from_iter)
}

fn index() -> impl Strategy<Value = Idx> {
    prop_oneof![
        2 => Just(None),
        6 => (-14i64..14).prop_map(Some),
        1 => proptest::sample::select(vec![i64::MIN, i64::MAX, -(1 << 40), 1 << 40]).prop_map(Some),
    ]
}

/// A needle that often occurs in `s`: a slice of it, or a short random text.
fn needle() -> impl Strategy<Value = (String, Option<(usize, usize)>)> {
    (
        text(3),
        proptest::option::weighted(0.6, (0usize..16, 0usize..4)),
    )
}

fn pick_needle(s: &str, (random, slice): &(String, Option<(usize, usize)>)) -> String {
    match slice {
        Some((at, len)) => s.chars().skip(*at).take(*len).collect(),
        None => random.clone(),
    }
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

#[test]
fn generated_searches_agree_with_cpython() {
    let oracle = RefCell::new(Oracle::start());
    let strategy = (text(14), needle(), index(), index());
    runner(3000)
        .run(&strategy, |(s, n, start, end)| {
            let sub = pick_needle(&s, &n);
            let mut b = Batch::default();
            add_search(&mut b, &s, &sub, start, end);
            b.check_case(&oracle)
        })
        .unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn generated_splits_and_replaces_agree_with_cpython() {
    let oracle = RefCell::new(Oracle::start());
    let strategy = (text(14), needle(), text(3), -3i64..5, text(4));
    runner(3000)
        .run(&strategy, |(s, n, new, count, set)| {
            let sub = pick_needle(&s, &n);
            let mut b = Batch::default();
            add_split(&mut b, &s, None, count);
            add_split(&mut b, &s, Some(&sub), count);
            add_sep(&mut b, &s, &sub);
            add_replace(&mut b, &s, &sub, &new, count);
            add_strip(&mut b, &s, None);
            add_strip(&mut b, &s, Some(&set));
            b.check_case(&oracle)
        })
        .unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn generated_unary_methods_agree_with_cpython() {
    let oracle = RefCell::new(Oracle::start());
    let strategy = (text(12), -3i64..20, pool_char(), -3i64..10);
    runner(3000)
        .run(&strategy, |(s, width, fill, tabsize)| {
            let mut b = Batch::default();
            add_unary(&mut b, &s);
            add_pad(&mut b, &s, width, fill);
            add_tabs(&mut b, &s, tabsize);
            b.check_case(&oracle)
        })
        .unwrap_or_else(|e| panic!("{e}"));
}
