//! Checks `quicken_spec::text::bytesmethods` against live CPython 3.11.
//!
//! As in `strmethods_vs_cpython.rs`, each test starts one CPython process
//! that reads calls as JSON lines and answers each with `["ok", result]` or
//! `["err", exception, message, ...]`, serialized by `json.dumps`; the Rust
//! side serializes its own answer the same way and the two strings are
//! compared. Bytes travel as `{"b": hex}` (both ways), and other values
//! Python's JSON cannot carry are tagged the same way (`{"i": hex digits}`,
//! `{"f": repr}`, `{"t": items}` for a tuple, `{"d": pairs}` for a dict,
//! `{"ba": hex}` for a bytearray). Unicode errors also report their
//! attributes. Without CPython 3.11 these tests fail: they are the
//! specification.
//!
//! The interpreter is `$QUICKEN_CPYTHON`, else `/usr/bin/python3.11`, else
//! `python3.11` on the PATH.

use std::borrow::Cow;
use std::cell::RefCell;
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use num_bigint::BigInt;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use quicken_spec::text::bytesmethods::{
    self as bm, BytesPercentArgs, CodecError, HexSep, PercentValue, StrError,
};
use quicken_spec::text::numfmt::{float_repr, int_to_decimal, str_ascii, ArgSlot, NumError};

// ---------------------------------------------------------------------------
// JSON as Python's `json.dumps(x, separators=(",", ":"))` writes it
// ---------------------------------------------------------------------------

#[derive(Clone, Debug)]
enum J {
    Null,
    Bool(bool),
    Int(i64),
    Str(String),
    List(Vec<J>),
    /// `{"tag": value}`.
    Tag(&'static str, Box<J>),
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
            J::Tag(tag, v) => {
                out.push('{');
                encode_str(tag, out);
                out.push(':');
                v.encode(out);
                out.push('}');
            }
        }
    }

    fn to_json(&self) -> String {
        let mut out = String::new();
        self.encode(&mut out);
        out
    }

    fn bytes(b: &[u8]) -> J {
        let hex: String = b.iter().map(|c| format!("{c:02x}")).collect();
        J::Tag("b", Box::new(J::Str(hex)))
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

/// Bytes arguments and results.
#[derive(Clone, Debug)]
struct B(Vec<u8>);

impl From<B> for J {
    fn from(b: B) -> J {
        J::bytes(&b.0)
    }
}
impl From<&[u8]> for J {
    fn from(b: &[u8]) -> J {
        J::bytes(b)
    }
}
impl From<Vec<u8>> for J {
    fn from(b: Vec<u8>) -> J {
        J::bytes(&b)
    }
}
impl From<Cow<'_, [u8]>> for J {
    fn from(b: Cow<'_, [u8]>) -> J {
        J::bytes(&b)
    }
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
impl<A: Into<J>, C: Into<J>, D: Into<J>> From<(A, C, D)> for J {
    fn from((a, c, d): (A, C, D)) -> J {
        J::List(vec![a.into(), c.into(), d.into()])
    }
}

fn reply<T: Into<J>>(r: Result<T, StrError>) -> String {
    match r {
        Ok(v) => ok(v),
        Err(e) => err(e.exception_name(), e.message()),
    }
}

fn ok<T: Into<J>>(v: T) -> String {
    J::List(vec![J::from("ok"), v.into()]).to_json()
}

fn err(name: &str, message: &str) -> String {
    J::List(vec![J::from("err"), J::from(name), J::from(message)]).to_json()
}

/// A codec result. What Quicken cannot represent is compared through
/// markers the oracle also produces: "<surrogate>" for a result holding a
/// lone surrogate, "<unsupported>" for a codec not implemented here,
/// "<namereplace>" for the namereplace handler at work.
fn codec_reply<T: Into<J>>(r: Result<T, CodecError>) -> String {
    match r {
        Ok(v) => ok(v),
        Err(CodecError::Decode(e)) => J::List(vec![
            J::from("err"),
            J::from("UnicodeDecodeError"),
            J::from(e.message()),
            J::from(e.encoding.as_str()),
            J::bytes(&e.object),
            J::Int(e.start as i64),
            J::Int(e.end as i64),
            J::from(e.reason.as_str()),
        ])
        .to_json(),
        Err(CodecError::Encode(e)) => J::List(vec![
            J::from("err"),
            J::from("UnicodeEncodeError"),
            J::from(e.message()),
            J::from(e.encoding.as_str()),
            J::from(e.object.as_str()),
            J::Int(e.start as i64),
            J::Int(e.end as i64),
            J::from(e.reason.as_str()),
        ])
        .to_json(),
        Err(CodecError::Unsupported(m)) if m.contains("surrogate") => ok("<surrogate>"),
        Err(CodecError::Unsupported(m)) if m.contains("namereplace") => ok("<namereplace>"),
        Err(CodecError::Unsupported(_)) => ok("<unsupported>"),
        Err(e) => err(e.exception_name(), &e.message()),
    }
}

fn call(method: &str, args: Vec<J>) -> J {
    let mut v = vec![J::from(method)];
    v.extend(args);
    J::List(v)
}

// ---------------------------------------------------------------------------
// The CPython side
// ---------------------------------------------------------------------------

const ORACLE_PY: &str = r#"
import codecs, encodings, encodings.aliases, json, pkgutil, sys
assert sys.version_info[:2] == (3, 11), sys.version

def hook(d):
    if "b" in d: return bytes.fromhex(d["b"])
    if "ba" in d: return bytearray.fromhex(d["ba"])
    if "i" in d: return int(d["i"], 16)
    if "f" in d: return float(d["f"])
    if "t" in d: return tuple(d["t"])
    if "d" in d: return dict(d["d"])
    return d

def enc(r):
    if isinstance(r, (bytes, bytearray)): return {"b": r.hex()}
    if isinstance(r, (tuple, list)): return [enc(x) for x in r]
    return r

SUPPORTED = ("utf-8", "ascii", "iso8859-1")

def unsupported(name, errors):
    if "\0" in name or "\0" in errors:
        return False
    try:
        ci = codecs.lookup(name)
    except LookupError:
        return False
    return ci._is_text_encoding and ci.name not in SUPPORTED

def has_surrogate(s):
    return any(0xd800 <= ord(c) <= 0xdfff for c in s)

def run(name, args):
    if name == "repr": return repr(args[0])
    if name == "bytearray_repr": return repr(bytearray(args[0]))
    if name == "fromhex": return bytes.fromhex(args[0])
    if name == "maketrans": return bytes.maketrans(*args)
    if name == "percent": return args[0] % args[1]
    if name == "hex":
        if args[1] is None: return args[0].hex(bytes_per_sep=args[2])
        return args[0].hex(args[1], args[2])
    if name == "names":
        mods = [m.name for m in pkgutil.iter_modules(encodings.__path__)]
        return sorted(set(mods) | set(encodings.aliases.aliases))
    if name == "lookup":
        ci = codecs.lookup(args[0])
        return [ci.name, ci._is_text_encoding]
    if name == "decode":
        b, e, errors = args
        if b and unsupported(e, errors): return "<unsupported>"
        r = b.decode(e, errors)
        return "<surrogate>" if has_surrogate(r) else r
    if name == "encode":
        s, e, errors = args
        if unsupported(e, errors): return "<unsupported>"
        if errors == "namereplace" and "\0" not in e:
            try: s.encode(e)
            except UnicodeEncodeError: return "<namereplace>"
        return s.encode(e, errors)
    return getattr(bytes, name)(*args)

while True:
    line = sys.stdin.readline()
    if not line:
        break
    name, *args = json.loads(line, object_hook=hook)
    try:
        out = ["ok", enc(run(name, args))]
    except UnicodeDecodeError as e:
        out = ["err", type(e).__name__, str(e), e.encoding, enc(e.object), e.start, e.end, e.reason]
    except UnicodeEncodeError as e:
        out = ["err", type(e).__name__, str(e), e.encoding, e.object, e.start, e.end, e.reason]
    except Exception as e:
        out = ["err", type(e).__name__, str(e)]
    sys.stdout.write(json.dumps(out, separators=(",", ":")) + "\n")
    sys.stdout.flush()
"#;

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

    /// CPython's replies to `calls`, in order (a writer thread feeds the
    /// calls while this thread reads, so pipes cannot deadlock).
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

/// At most 400 bytes of `s` for a report.
fn cut(s: &str) -> Cow<'_, str> {
    if s.len() <= 400 {
        return Cow::Borrowed(s);
    }
    let mut end = 400;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    Cow::Owned(format!("{}...({} bytes)", &s[..end], s.len()))
}

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

    fn mismatches(&self, oracle: &mut Oracle) -> String {
        let py = oracle.ask(&self.calls);
        let mut report = String::new();
        let mut shown = 0;
        for ((c, r), p) in self.calls.iter().zip(&self.rust).zip(&py) {
            if r != p {
                shown += 1;
                if shown <= 30 {
                    report.push_str(&format!(
                        "call {}\n  rust:    {}\n  cpython: {}\n",
                        cut(&c.to_json()),
                        cut(r),
                        cut(p)
                    ));
                }
            }
        }
        if shown > 30 {
            report.push_str(&format!("... {} differences in all\n", shown));
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
// Calls for one input
// ---------------------------------------------------------------------------

type Idx = Option<i64>;

fn jb(b: &[u8]) -> J {
    J::bytes(b)
}

fn pieces(v: Vec<&[u8]>) -> Vec<J> {
    v.into_iter().map(jb).collect()
}

fn triple((a, b, c): (&[u8], &[u8], &[u8])) -> J {
    J::List(vec![jb(a), jb(b), jb(c)])
}

fn add_search(b: &mut Batch, s: &[u8], sub: &[u8], start: Idx, end: Idx) {
    let args = || vec![jb(s), jb(sub), start.into(), end.into()];
    b.add("find", args(), ok(bm::find(s, sub, start, end)));
    b.add("rfind", args(), ok(bm::rfind(s, sub, start, end)));
    b.add("index", args(), reply(bm::index(s, sub, start, end)));
    b.add("rindex", args(), reply(bm::rindex(s, sub, start, end)));
    b.add("count", args(), ok(bm::count(s, sub, start, end)));
    b.add("startswith", args(), ok(bm::startswith(s, sub, start, end)));
    b.add("endswith", args(), ok(bm::endswith(s, sub, start, end)));
}

fn add_split(b: &mut Batch, s: &[u8], sep: Option<&[u8]>, maxsplit: i64) {
    let args = || vec![jb(s), sep.map(jb).into(), maxsplit.into()];
    let r = bm::split(s, sep, maxsplit).map(pieces);
    b.add("split", args(), reply(r));
    let r = bm::rsplit(s, sep, maxsplit).map(pieces);
    b.add("rsplit", args(), reply(r));
}

fn add_sep(b: &mut Batch, s: &[u8], sep: &[u8]) {
    let args = || vec![jb(s), jb(sep)];
    b.add(
        "partition",
        args(),
        reply(bm::partition(s, sep).map(triple)),
    );
    b.add(
        "rpartition",
        args(),
        reply(bm::rpartition(s, sep).map(triple)),
    );
    b.add("removeprefix", args(), ok(jb(bm::removeprefix(s, sep))));
    b.add("removesuffix", args(), ok(jb(bm::removesuffix(s, sep))));
}

fn add_strip(b: &mut Batch, s: &[u8], set: Option<&[u8]>) {
    let args = || vec![jb(s), set.map(jb).into()];
    b.add("strip", args(), ok(jb(bm::strip(s, set))));
    b.add("lstrip", args(), ok(jb(bm::lstrip(s, set))));
    b.add("rstrip", args(), ok(jb(bm::rstrip(s, set))));
}

fn add_replace(b: &mut Batch, s: &[u8], old: &[u8], new: &[u8], n: i64) {
    let args = vec![jb(s), jb(old), jb(new), n.into()];
    b.add("replace", args, ok(bm::replace(s, old, new, n)));
}

fn add_pad(b: &mut Batch, s: &[u8], width: i64, fill: u8) {
    let args = || vec![jb(s), width.into(), jb(&[fill])];
    b.add("center", args(), ok(bm::center(s, width, fill)));
    b.add("ljust", args(), ok(bm::ljust(s, width, fill)));
    b.add("rjust", args(), ok(bm::rjust(s, width, fill)));
    b.add("zfill", vec![jb(s), width.into()], ok(bm::zfill(s, width)));
}

fn add_unary(b: &mut Batch, s: &[u8], tabsize: i64) {
    let args = || vec![jb(s)];
    b.add("upper", args(), ok(bm::upper(s)));
    b.add("lower", args(), ok(bm::lower(s)));
    b.add("swapcase", args(), ok(bm::swapcase(s)));
    b.add("capitalize", args(), ok(bm::capitalize(s)));
    b.add("title", args(), ok(bm::title(s)));
    b.add("isspace", args(), ok(bm::isspace(s)));
    b.add("isalpha", args(), ok(bm::isalpha(s)));
    b.add("isalnum", args(), ok(bm::isalnum(s)));
    b.add("isdigit", args(), ok(bm::isdigit(s)));
    b.add("isascii", args(), ok(bm::isascii(s)));
    b.add("isupper", args(), ok(bm::isupper(s)));
    b.add("islower", args(), ok(bm::islower(s)));
    b.add("istitle", args(), ok(bm::istitle(s)));
    b.add("repr", args(), ok(bm::bytes_repr(s, "b")));
    b.add("bytearray_repr", args(), ok(bm::bytearray_repr(s)));
    for keepends in [false, true] {
        let r = pieces(bm::splitlines(s, keepends));
        b.add("splitlines", vec![jb(s), keepends.into()], ok(r));
    }
    let r = bm::expandtabs(s, tabsize);
    b.add("expandtabs", vec![jb(s), tabsize.into()], reply(r));
}

fn add_hex(b: &mut Batch, s: &[u8], sep: Option<HexSep<'_>>, per: i64) {
    let jsep = match sep {
        None => J::Null,
        Some(HexSep::Str(t)) => J::from(t),
        Some(HexSep::Bytes(t)) => jb(t),
    };
    b.add(
        "hex",
        vec![jb(s), jsep, per.into()],
        reply(bm::hex(s, sep, per)),
    );
    // The hex digits read back.
    if sep.is_none() {
        let h = bm::hex(s, None, 1).unwrap();
        b.add("fromhex", vec![J::from(h.as_str())], reply(bm::fromhex(&h)));
    }
}

fn add_translate(b: &mut Batch, s: &[u8], from: &[u8], to: &[u8], delete: &[u8]) {
    let r = bm::maketrans(from, to).map(|t| t.to_vec());
    b.add("maketrans", vec![jb(from), jb(to)], reply(r));
    if let Ok(table) = bm::maketrans(from, to) {
        let args = vec![jb(s), jb(&table), jb(delete)];
        b.add(
            "translate",
            args,
            ok(bm::translate(s, Some(&table), delete)),
        );
    }
    let args = vec![jb(s), J::Null, jb(delete)];
    b.add("translate", args, ok(bm::translate(s, None, delete)));
}

fn add_decode(b: &mut Batch, s: &[u8], encoding: &str, errors: &str) {
    let args = vec![jb(s), encoding.into(), errors.into()];
    b.add("decode", args, codec_reply(bm::decode(s, encoding, errors)));
}

fn add_encode(b: &mut Batch, s: &str, encoding: &str, errors: &str) {
    let args = vec![s.into(), encoding.into(), errors.into()];
    b.add("encode", args, codec_reply(bm::encode(s, encoding, errors)));
}

// ---------------------------------------------------------------------------
// %-formatting arguments
// ---------------------------------------------------------------------------

/// A Python value usable as a `%` argument.
#[derive(Clone, Debug)]
enum Pv {
    Int(BigInt),
    Float(f64),
    Bytes(Vec<u8>),
    ByteArray(Vec<u8>),
    Str(String),
}

impl Pv {
    fn to_j(&self) -> J {
        match self {
            // Hex, which Python parses without the 4300-digit limit.
            Pv::Int(v) => J::Tag("i", Box::new(J::Str(v.to_str_radix(16)))),
            Pv::Float(x) => J::Tag("f", Box::new(J::Str(float_repr(*x)))),
            Pv::Bytes(b) => jb(b),
            Pv::ByteArray(b) => {
                let hex: String = b.iter().map(|c| format!("{c:02x}")).collect();
                J::Tag("ba", Box::new(J::Str(hex)))
            }
            Pv::Str(s) => J::from(s.as_str()),
        }
    }

    fn type_name(&self) -> &'static str {
        match self {
            Pv::Int(_) => "int",
            Pv::Float(_) => "float",
            Pv::Bytes(_) => "bytes",
            Pv::ByteArray(_) => "bytearray",
            Pv::Str(_) => "str",
        }
    }

    /// `ascii(v)`; for an int that is `str(v)`, with its digit limit.
    fn ascii(&self) -> Result<String, NumError> {
        Ok(match self {
            Pv::Int(v) => int_to_decimal(v)?,
            Pv::Float(x) => float_repr(*x),
            Pv::Bytes(b) => bm::bytes_repr(b, "b"),
            Pv::ByteArray(b) => bm::bytearray_repr(b),
            Pv::Str(s) => str_ascii(s),
        })
    }
}

#[derive(Clone, Debug)]
enum Operand {
    Single(Pv),
    Tuple(Vec<Pv>),
    Dict(Vec<(Vec<u8>, Pv)>),
}

impl Operand {
    fn to_j(&self) -> J {
        match self {
            Operand::Single(v) => v.to_j(),
            Operand::Tuple(items) => {
                J::Tag("t", Box::new(J::List(items.iter().map(Pv::to_j).collect())))
            }
            Operand::Dict(pairs) => J::Tag(
                "d",
                Box::new(J::List(
                    pairs
                        .iter()
                        .map(|(k, v)| J::List(vec![jb(k), v.to_j()]))
                        .collect(),
                )),
            ),
        }
    }
}

#[derive(Debug)]
enum TestErr {
    Num(NumError),
    Key(String),
}

impl From<NumError> for TestErr {
    fn from(e: NumError) -> TestErr {
        TestErr::Num(e)
    }
}

struct Args<'a> {
    operand: &'a Operand,
    keyed: Option<Pv>,
}

impl BytesPercentArgs for Args<'_> {
    type Error = TestErr;

    fn tuple_len(&self) -> Option<usize> {
        match self.operand {
            Operand::Tuple(items) => Some(items.len()),
            _ => None,
        }
    }

    fn is_mapping(&self) -> bool {
        matches!(self.operand, Operand::Dict(_))
    }

    fn select_key(&mut self, key: &[u8]) -> Result<(), TestErr> {
        let Operand::Dict(pairs) = self.operand else {
            unreachable!("select_key without a mapping");
        };
        match pairs.iter().rev().find(|(k, _)| k == key) {
            Some((_, v)) => {
                self.keyed = Some(v.clone());
                Ok(())
            }
            None => Err(TestErr::Key(bm::bytes_repr(key, "b"))),
        }
    }

    fn convert(&mut self, slot: ArgSlot, conv: u8) -> Result<PercentValue, TestErr> {
        let v = match (slot, self.operand) {
            (ArgSlot::Item(i), Operand::Tuple(items)) => items[i].clone(),
            (ArgSlot::Keyed, _) => self.keyed.clone().expect("a selected key"),
            (ArgSlot::Whole, Operand::Single(v)) => v.clone(),
            (ArgSlot::Whole, Operand::Dict(pairs)) => {
                if matches!(conv, b'r' | b'a') {
                    let mut items = Vec::new();
                    for (k, v) in pairs {
                        items.push(format!("{}: {}", bm::bytes_repr(k, "b"), v.ascii()?));
                    }
                    return Ok(PercentValue::Text(format!("{{{}}}", items.join(", "))));
                }
                return Err(bm::bytes_percent_type_error(conv, "dict").into());
            }
            _ => unreachable!("slot {slot:?} for {:?}", self.operand),
        };
        let bad = || TestErr::from(bm::bytes_percent_type_error(conv, v.type_name()));
        Ok(match conv {
            b's' | b'b' => match &v {
                Pv::Bytes(b) | Pv::ByteArray(b) => PercentValue::Bytes(b.clone()),
                _ => return Err(bad()),
            },
            b'r' | b'a' => PercentValue::Text(v.ascii()?),
            b'd' | b'i' | b'u' => match &v {
                Pv::Int(i) => PercentValue::Int(i.clone()),
                Pv::Float(x) => PercentValue::Float(*x),
                _ => return Err(bad()),
            },
            b'o' | b'x' | b'X' | b'*' => match &v {
                Pv::Int(i) => PercentValue::Int(i.clone()),
                _ => return Err(bad()),
            },
            b'c' => match &v {
                Pv::Bytes(b) | Pv::ByteArray(b) if b.len() == 1 => PercentValue::Bytes(b.clone()),
                Pv::Int(i) => PercentValue::Int(i.clone()),
                _ => return Err(bad()),
            },
            _ => match &v {
                Pv::Int(i) => PercentValue::Int(i.clone()),
                Pv::Float(x) => PercentValue::Float(*x),
                _ => return Err(bad()),
            },
        })
    }
}

fn add_percent(b: &mut Batch, fmt: &[u8], operand: &Operand) {
    let mut args = Args {
        operand,
        keyed: None,
    };
    let rust = match bm::bytes_percent_format(fmt, &mut args) {
        Ok(v) => ok(v),
        Err(TestErr::Num(e)) => err(e.exc_type_name(), e.message()),
        Err(TestErr::Key(k)) => err("KeyError", &k),
    };
    b.add("percent", vec![jb(fmt), operand.to_j()], rust);
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
    Some(5),
    Some(-1),
    Some(-2),
    Some(-4),
    Some(-100),
    Some(100),
    Some(i64::MAX),
    Some(i64::MIN),
];

const WORDS: &[&[u8]] = &[
    b"",
    b"a",
    b"abc",
    b"aaa",
    b"abcabc",
    b"  a  b\t\tc \n",
    b"a,b,,c,",
    b",",
    b"\x1cx\x1fy\x0bz\x0c\x85\xa0",
    b"h\xc3\xa9llo w\xc3\xb6rld",
    b"\x00\xff\x80\x7f'\"\\",
    b"a\r\nb\rc\nd\x0be\x0cf\x1cg\r\r\n\n",
    b"-42",
    b"+7",
    b"x\ty\tz\r\tw\n\t",
    b"they're bill's FRIENDS from the UK",
    b"Hello World",
    b"hELLO wORLD 123 _ab",
];

#[test]
fn fixed_cases_agree_with_cpython() {
    let mut oracle = Oracle::start();
    let mut b = Batch::default();
    let subs: &[&[u8]] = &[
        b"",
        b"a",
        b"b",
        b"ab",
        b"bc",
        b"aa",
        b",",
        b" ",
        b"\xff",
        b"\xc3\xa9",
        b"xyz",
    ];
    for &s in WORDS {
        for &sub in subs {
            for &start in INDICES {
                for &end in INDICES {
                    add_search(&mut b, s, sub, start, end);
                }
            }
            add_sep(&mut b, s, sub);
            for n in [-1, 0, 1, 2, i64::MAX] {
                add_split(&mut b, s, Some(sub), n);
                add_replace(&mut b, s, sub, b"-", n);
                add_replace(&mut b, s, sub, b"", n);
                add_replace(&mut b, s, sub, b"<\xe9>", n);
            }
        }
        for n in [-5, -1, 0, 1, 2, 3, i64::MAX, i64::MIN] {
            add_split(&mut b, s, None, n);
        }
        for set in [
            None,
            Some(&b""[..]),
            Some(b"a"),
            Some(b" \t"),
            Some(b"a\xff\x00"),
        ] {
            add_strip(&mut b, s, set);
        }
        for width in [i64::MIN, -1, 0, 1, 2, 3, 4, 5, 6, 7, 12, 13, 30, 31] {
            for fill in [b' ', b'*', 0xff] {
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
            (1 << 31) - 1,
            1 << 31,
        ] {
            if tabsize < (1 << 20) || !s.contains(&b'\t') {
                add_unary(&mut b, s, tabsize);
            }
        }
        for per in [-4, -3, -2, -1, 0, 1, 2, 3, 4, 1 << 31, i64::MIN] {
            for sep in [
                None,
                Some(HexSep::Str(":")),
                Some(HexSep::Bytes(b"-")),
                Some(HexSep::Str("")),
                Some(HexSep::Str("ab")),
                Some(HexSep::Str("\u{e9}")),
                Some(HexSep::Str("\u{20ac}")),
                Some(HexSep::Bytes(b"\xff")),
                Some(HexSep::Bytes(b"")),
            ] {
                add_hex(&mut b, s, sep, per);
            }
        }
        add_translate(&mut b, s, b"abc", b"xyz", b"");
        add_translate(&mut b, s, b"a\xff", b"\xffa", b" \t");
        add_translate(&mut b, s, b"ab", b"a", b"");
        add_translate(&mut b, s, b"", b"", b"abc");
    }
    for h in [
        "",
        " ",
        "0",
        "00",
        "0 0",
        "0g",
        "g0",
        "0\u{e9}",
        "\u{e9}",
        "zz \u{20ac}",
        "01 23\t45\n",
        "\x0b01\x0c",
        "AbCdEf",
        " 1f 2",
        "1f2",
        "\x1c00",
        "00\u{a0}",
    ] {
        b.add("fromhex", vec![h.into()], reply(bm::fromhex(h)));
    }
    for (table, delete) in [(&[0u8; 10][..], &b""[..]), (&[0u8; 257][..], b"a")] {
        let r = bm::translation_table(table).map(|t| bm::translate(b"abc", Some(t), delete));
        b.add(
            "translate",
            vec![jb(b"abc"), jb(table), jb(delete)],
            reply(r),
        );
    }
    b.check(&mut oracle);
}

/// Every byte alone and in a few contexts, through repr and the predicates.
#[test]
fn every_byte_agrees_with_cpython() {
    let mut oracle = Oracle::start();
    let mut b = Batch::default();
    for c in 0..=255u8 {
        for s in [
            vec![c],
            vec![b'a', c, b'A'],
            vec![c, b'\'', c],
            vec![b'"', c],
        ] {
            add_unary(&mut b, &s, 8);
            add_split(&mut b, &s, None, -1);
            add_strip(&mut b, &s, None);
        }
    }
    b.check(&mut oracle);
}

/// The examples the module's documentation relies on, without CPython.
#[test]
fn documented_examples() {
    assert_eq!(bm::bytes_repr(b"'", "b"), "b\"'\"");
    assert_eq!(bm::bytearray_repr(b"'"), "bytearray(b\"\\'\")");
    assert_eq!(
        bm::rsplit(b"aaa", Some(b"aa"), -1).unwrap(),
        [&b"a"[..], &b""[..]]
    );
    assert_eq!(&*bm::replace(b"abc", b"", b"-", 2), b"-a-bc");
    assert!(matches!(
        bm::replace(b"abc", b"x", b"y", -1),
        Cow::Borrowed(_)
    ));
    assert!(matches!(bm::center(b"abc", 2, b' '), Cow::Borrowed(_)));
    assert!(matches!(
        bm::translate(b"abc", None, b"x"),
        Cow::Borrowed(_)
    ));
    assert_eq!(
        bm::hex(b"\x01\x02\x03", Some(HexSep::Str(":")), 2).unwrap(),
        "01:0203"
    );
    assert_eq!(
        bm::hex(b"\x01\x02\x03", Some(HexSep::Str(":")), -2).unwrap(),
        "0102:03"
    );
    assert_eq!(
        bm::fromhex("0g").unwrap_err().message(),
        "non-hexadecimal number found in fromhex() arg at position 1"
    );
    assert_eq!(
        bm::decode(b"\xff", "utf-8", "strict")
            .unwrap_err()
            .message(),
        "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
    );
    assert_eq!(
        bm::encode("a\u{e9}", "ascii", "strict")
            .unwrap_err()
            .message(),
        "'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)"
    );
    assert_eq!(bm::decode(b"", "no such codec", "strict").unwrap(), "");
    assert!(matches!(
        bm::decode(b"\xff", "utf-8", "surrogateescape"),
        Err(CodecError::Unsupported(_))
    ));
    assert_eq!(
        bm::byte_arg(256).unwrap_err().message(),
        "byte must be in range(0, 256)"
    );
}

/// Every name the registry knows, variants of them, and odd names: what
/// `codecs.lookup` finds, and decoding/encoding through them.
#[test]
fn codec_names_agree_with_cpython() {
    let mut oracle = Oracle::start();
    let names_reply = oracle.ask(&[call("names", vec![])]).remove(0);
    // ["ok",["name",...]]: the names are plain ASCII.
    let inner = names_reply
        .strip_prefix("[\"ok\",[")
        .and_then(|s| s.strip_suffix("]]"))
        .expect("names reply");
    let mut names: Vec<String> = inner
        .split(',')
        .map(|n| n.trim_matches('"').to_string())
        .collect();
    let base = names.clone();
    for n in &base {
        names.push(n.to_uppercase());
        names.push(n.replace('_', "-"));
        names.push(format!(" {} ", n.replace('_', " ")));
        names.push(n.replace('_', "."));
    }
    for n in [
        "",
        " ",
        "-",
        "UTF-8",
        "utf--8",
        "Utf 8",
        "utf\u{e9}8",
        "ut\u{e9}f8",
        "latin-1",
        "Latin1",
        "ISO-8859-1",
        "iso8859_1",
        "us-ascii",
        "US_ASCII",
        "646",
        "ansi_x3.4.1968",
        "iso_646.irv-1991",
        "utf_8.",
        ".utf8",
        "utf.8",
        "u8",
        "U8",
        "hex",
        "rot13",
        "rot-13",
        "base64",
        "mbcs",
        "oem",
        "aliases",
        "__init__",
        "encodings",
        "utf_8_sig",
        "cp65001",
        "x\u{1f600}",
        "\u{e9}\u{e9}\u{e9}",
    ] {
        names.push(n.to_string());
    }
    names.push("x".repeat(500));
    names.push("\u{e9}".repeat(300));
    names.push(format!("{}hex", "-".repeat(399)));
    let mut b = Batch::default();
    for n in &names {
        let rust = match bm::codec_info(n) {
            Some((name, text)) => ok(J::List(vec![name.into(), text.into()])),
            None => err("LookupError", &format!("unknown encoding: {n}")),
        };
        b.add("lookup", vec![n.as_str().into()], rust);
        add_decode(&mut b, b"ab\xe9\xff", n, "replace");
        add_decode(&mut b, b"", n, "strict");
        add_encode(&mut b, "ab\u{e9}", n, "strict");
        add_encode(&mut b, "ab\u{e9}\u{20ac}", n, "xmlcharrefreplace");
        add_decode(&mut b, b"ab\xe9\xff", n, "bogus");
        add_decode(&mut b, b"ab\xe9\xff", n, "xmlcharrefreplace");
        add_encode(&mut b, "ab\u{e9}\u{20ac}", n, "bogus");
    }
    let long_handler = format!("{}\u{e9}", "h".repeat(399));
    for n in ["utf-8", "646", "latin"] {
        add_decode(&mut b, b"\xff", n, &long_handler);
        add_encode(&mut b, "\u{20ac}", n, &long_handler);
    }
    for (enc, errors) in [
        ("utf\0-8", "strict"),
        ("utf-8", "st\0rict"),
        ("bogus", "st\0rict"),
    ] {
        add_decode(&mut b, b"a", enc, errors);
        add_decode(&mut b, b"", enc, errors);
        add_encode(&mut b, "a", enc, errors);
    }
    b.check(&mut oracle);
}

// ---------------------------------------------------------------------------
// Generated inputs
// ---------------------------------------------------------------------------

/// Bytes that make the algorithms branch: letters of both cases, ASCII
/// whitespace and its near misses, line breaks, signs, quotes, non-ASCII.
const POOL: &[u8] = b"aabbABzZ0199  \t\n\r\x0b\x0c\x1c\x1f\x00\x7f\x80\xa0\xe9\xff-+_.,'\"\\%";

fn pool_byte() -> impl Strategy<Value = u8> {
    prop_oneof![
        6 => proptest::sample::select(POOL),
        1 => any::<u8>(),
    ]
}

fn bytes_of(max: usize) -> impl Strategy<Value = Vec<u8>> {
    proptest::collection::vec(pool_byte(), 0..max)
}

fn index() -> impl Strategy<Value = Idx> {
    prop_oneof![
        2 => Just(None),
        6 => (-14i64..14).prop_map(Some),
        1 => proptest::sample::select(vec![i64::MIN, i64::MAX, -(1 << 40), 1 << 40]).prop_map(Some),
    ]
}

/// A needle that often occurs in the haystack: a slice of it, or random.
fn needle() -> impl Strategy<Value = (Vec<u8>, Option<(usize, usize)>)> {
    (
        bytes_of(3),
        proptest::option::weighted(0.6, (0usize..16, 0usize..4)),
    )
}

fn pick_needle(s: &[u8], (random, slice): &(Vec<u8>, Option<(usize, usize)>)) -> Vec<u8> {
    match slice {
        Some((at, len)) => s.iter().skip(*at).take(*len).copied().collect(),
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
    // Long haystacks too, for the Horspool searches.
    let strategy = (
        prop_oneof![3 => bytes_of(14), 1 => bytes_of(200)],
        needle(),
        index(),
        index(),
    );
    runner(3000)
        .run(&strategy, |(s, n, start, end)| {
            let sub = pick_needle(&s, &n);
            let mut b = Batch::default();
            add_search(&mut b, &s, &sub, start, end);
            b.check_case(&oracle)
        })
        .unwrap_or_else(|e| panic!("{e}"));
}

/// Searching with long needles in long, repetitive haystacks.
#[test]
fn generated_long_searches_agree_with_cpython() {
    let oracle = RefCell::new(Oracle::start());
    let small = || proptest::collection::vec(proptest::sample::select(&b"ab"[..]), 0..300);
    let strategy = (small(), 0usize..300, 2usize..12, index(), index());
    runner(1000)
        .run(&strategy, |(s, at, len, start, end)| {
            let sub: Vec<u8> = if at < s.len() {
                s[at..(at + len).min(s.len())].to_vec()
            } else {
                b"abab"[..len.min(4)].to_vec()
            };
            let mut b = Batch::default();
            add_search(&mut b, &s, &sub, start, end);
            add_split(&mut b, &s, Some(&sub), -1);
            add_split(&mut b, &s, Some(&sub), 3);
            add_replace(&mut b, &s, &sub, b"<>", -1);
            add_sep(&mut b, &s, &sub);
            b.check_case(&oracle)
        })
        .unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn generated_splits_and_replaces_agree_with_cpython() {
    let oracle = RefCell::new(Oracle::start());
    let strategy = (bytes_of(14), needle(), bytes_of(3), -3i64..5, bytes_of(4));
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
            add_translate(&mut b, &s, &sub, &new, &set);
            b.check_case(&oracle)
        })
        .unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn generated_unary_methods_agree_with_cpython() {
    let oracle = RefCell::new(Oracle::start());
    let strategy = (bytes_of(12), -3i64..20, pool_byte(), -3i64..10, -5i64..6);
    runner(2000)
        .run(&strategy, |(s, width, fill, tabsize, per)| {
            let mut b = Batch::default();
            add_unary(&mut b, &s, tabsize);
            add_pad(&mut b, &s, width, fill);
            add_hex(&mut b, &s, None, per);
            add_hex(&mut b, &s, Some(HexSep::Str("_")), per);
            add_hex(&mut b, &s, Some(HexSep::Bytes(&[fill])), per);
            b.check_case(&oracle)
        })
        .unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn generated_fromhex_agrees_with_cpython() {
    let oracle = RefCell::new(Oracle::start());
    let pool: Vec<char> = "0123456789abcdefABCDEFgG \t\n\r\x0b\x0c\x1c\u{e9}\u{20ac}x"
        .chars()
        .collect();
    let strategy = proptest::collection::vec(proptest::sample::select(pool), 0..12);
    runner(2000)
        .run(&strategy, |chars| {
            let s: String = chars.into_iter().collect();
            let mut b = Batch::default();
            b.add("fromhex", vec![s.as_str().into()], reply(bm::fromhex(&s)));
            b.check_case(&oracle)
        })
        .unwrap_or_else(|e| panic!("{e}"));
}

/// Byte strings made of UTF-8 pieces, whole, cut short, and malformed.
fn utf8ish() -> impl Strategy<Value = Vec<u8>> {
    let pieces: Vec<&'static [u8]> = vec![
        b"a",
        b"Z",
        b"\x00",
        b"\x7f",
        b"\xc3\xa9",
        b"\xe2\x82\xac",
        b"\xf0\x9f\x98\x80",
        b"\xf4\x8f\xbf\xbf",
        b"\xc3",
        b"\xe2\x82",
        b"\xf0\x9f\x98",
        b"\xf0\x9f",
        b"\x80",
        b"\xbf",
        b"\xc0\x80",
        b"\xc1\xbf",
        b"\xe0\x80\x80",
        b"\xe0\x9f\xbf",
        b"\xe0\xa0\x80",
        b"\xed\xa0\x80",
        b"\xed\xbf\xbf",
        b"\xed\x9f\xbf",
        b"\xf0\x80\x80\x80",
        b"\xf0\x8f\xbf\xbf",
        b"\xf4\x90\x80\x80",
        b"\xf5\x80\x80\x80",
        b"\xf8",
        b"\xfe",
        b"\xff",
        b"\xe2\x41",
        b"\xf0\x9f\x41",
    ];
    proptest::collection::vec(proptest::sample::select(pieces), 0..6).prop_map(|v| v.concat())
}

const DECODE_ERRORS: &[&str] = &[
    "strict",
    "ignore",
    "replace",
    "backslashreplace",
    "surrogateescape",
    "surrogatepass",
    "xmlcharrefreplace",
    "namereplace",
    "bogus",
    "Strict",
];

#[test]
fn generated_decodes_agree_with_cpython() {
    let oracle = RefCell::new(Oracle::start());
    let strategy = (
        prop_oneof![3 => utf8ish(), 1 => bytes_of(8)],
        proptest::sample::select(vec!["utf-8", "ascii", "latin-1", "UTF8", "l1"]),
    );
    runner(2000)
        .run(&strategy, |(s, encoding)| {
            let mut b = Batch::default();
            for errors in DECODE_ERRORS {
                add_decode(&mut b, &s, encoding, errors);
            }
            b.check_case(&oracle)
        })
        .unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn generated_encodes_agree_with_cpython() {
    let oracle = RefCell::new(Oracle::start());
    let pool: Vec<char> = vec![
        'a',
        'b',
        '\0',
        '~',
        '\x7f',
        '\u{80}',
        '\u{e9}',
        '\u{ff}',
        '\u{100}',
        '\u{20ac}',
        '\u{ffff}',
        '\u{10000}',
        '\u{1f600}',
        '\u{10ffff}',
    ];
    let strategy = (
        proptest::collection::vec(proptest::sample::select(pool), 0..8),
        proptest::sample::select(vec!["utf-8", "ascii", "latin-1", "646", "latin"]),
    );
    runner(2000)
        .run(&strategy, |(chars, encoding)| {
            let s: String = chars.into_iter().collect();
            let mut b = Batch::default();
            for errors in DECODE_ERRORS {
                add_encode(&mut b, &s, encoding, errors);
            }
            b.check_case(&oracle)
        })
        .unwrap_or_else(|e| panic!("{e}"));
}

// %-formatting

fn pv() -> impl Strategy<Value = Pv> {
    let small_int = prop_oneof![
        4 => (-300i64..300).prop_map(BigInt::from),
        1 => any::<i64>().prop_map(BigInt::from),
        1 => proptest::sample::select(vec!["123456789012345678901234567890", "-98765432109876543210987"])
            .prop_map(|s| s.parse::<BigInt>().unwrap()),
    ];
    let float = prop_oneof![
        4 => (-1e6f64..1e6).prop_map(|x| (x * 8.0).round() / 8.0),
        1 => proptest::sample::select(vec![0.0, -0.0, 1e300, -1e-300, f64::INFINITY, f64::NEG_INFINITY, f64::NAN, 0.5, 2.5]),
    ];
    prop_oneof![
        4 => small_int.prop_map(Pv::Int),
        2 => float.prop_map(Pv::Float),
        3 => bytes_of(4).prop_map(Pv::Bytes),
        1 => bytes_of(2).prop_map(Pv::ByteArray),
        1 => proptest::sample::select(vec!["", "x", "h\u{e9}", "'\"", "\u{1f600}"]).prop_map(|s| Pv::Str(s.to_string())),
    ]
}

/// A conversion specification: `%`, key, flags, width, precision, length
/// modifier, conversion character; sometimes broken on purpose.
fn spec() -> impl Strategy<Value = Vec<u8>> {
    let key = prop_oneof![6 => Just(&b""[..]), 1 => Just(&b"(a)"[..]), 1 => Just(&b"(b)"[..]), 1 => Just(&b"(zz)"[..]), 1 => Just(&b"(a"[..])];
    let flags = proptest::collection::vec(proptest::sample::select(&b"-+ #0z"[..]), 0..3);
    let width = prop_oneof![
        5 => Just(b"".to_vec()),
        3 => (0u32..15).prop_map(|w| w.to_string().into_bytes()),
        1 => Just(b"*".to_vec()),
        1 => Just(b"99999999999999999999".to_vec()),
    ];
    let prec = prop_oneof![
        5 => Just(b"".to_vec()),
        3 => (0u32..8).prop_map(|p| format!(".{p}").into_bytes()),
        1 => Just(b".".to_vec()),
        1 => Just(b".*".to_vec()),
        1 => Just(b".3000000000".to_vec()),
    ];
    let length = prop_oneof![8 => Just(&b""[..]), 1 => Just(&b"l"[..]), 1 => Just(&b"h"[..])];
    let conv = prop_oneof![
        12 => proptest::sample::select(&b"sbradiuoxXeEfFgGc"[..]).prop_map(Some),
        1 => Just(Some(b'%')),
        1 => any::<u8>().prop_map(Some),
        1 => Just(None),
    ];
    (key, flags, width, prec, length, conv).prop_map(|(k, f, w, p, l, c)| {
        let mut s = vec![b'%'];
        s.extend_from_slice(k);
        s.extend(f);
        s.extend(w);
        s.extend(p);
        s.extend_from_slice(l);
        s.extend(c);
        s
    })
}

fn format_string() -> impl Strategy<Value = Vec<u8>> {
    proptest::collection::vec(prop_oneof![2 => bytes_of(3), 3 => spec()], 0..4)
        .prop_map(|v| v.concat())
}

fn operand() -> impl Strategy<Value = Operand> {
    prop_oneof![
        3 => proptest::collection::vec(pv(), 0..5).prop_map(Operand::Tuple),
        2 => pv().prop_map(Operand::Single),
        1 => (pv(), pv()).prop_map(|(a, b)| Operand::Dict(vec![(b"a".to_vec(), a), (b"b".to_vec(), b)])),
    ]
}

#[test]
fn generated_percent_formats_agree_with_cpython() {
    let oracle = RefCell::new(Oracle::start());
    runner(6000)
        .run(&(format_string(), operand()), |(fmt, op)| {
            let mut b = Batch::default();
            add_percent(&mut b, &fmt, &op);
            b.check_case(&oracle)
        })
        .unwrap_or_else(|e| panic!("{e}"));
}

/// Each conversion with each flag set, width and precision on a spread of
/// values, so that the padding paths are all visited.
#[test]
fn percent_conversions_agree_with_cpython() {
    let mut oracle = Oracle::start();
    let mut b = Batch::default();
    let values = [
        Pv::Int(BigInt::from(0)),
        Pv::Int(BigInt::from(42)),
        Pv::Int(BigInt::from(-255)),
        Pv::Int(BigInt::from(255)),
        Pv::Int(BigInt::from(256)),
        Pv::Int("-123456789012345678901234567890".parse().unwrap()),
        Pv::Int(BigInt::from(10).pow(5000)),
        Pv::Float(0.0),
        Pv::Float(-0.0),
        Pv::Float(-0.004),
        Pv::Float(3.25),
        Pv::Float(-1e22),
        Pv::Float(1e-7),
        Pv::Float(f64::INFINITY),
        Pv::Float(f64::NAN),
        Pv::Bytes(b"".to_vec()),
        Pv::Bytes(b"x".to_vec()),
        Pv::Bytes(b"h\xe9'".to_vec()),
        Pv::ByteArray(b"q".to_vec()),
        Pv::Str("\u{e9}".to_string()),
    ];
    for conv in b"sbradiuoxXeEfFgGc".iter() {
        for flags in [
            "", "-", "+", " ", "#", "0", "-0", "+ ", "#0", "+#0", "-#", "z", "+z", "z0", "-z#",
        ] {
            for wp in [
                "", "5", "12", ".0", ".3", "8.2", "1.1", "3.", "*", ".*", "*.*",
            ] {
                let fmt = format!("<%{flags}{wp}{}>", *conv as char);
                for v in &values {
                    let items = match wp.matches('*').count() {
                        0 => vec![v.clone()],
                        1 => vec![Pv::Int(BigInt::from(-7)), v.clone()],
                        _ => vec![
                            Pv::Int(BigInt::from(9)),
                            Pv::Int(BigInt::from(2)),
                            v.clone(),
                        ],
                    };
                    add_percent(&mut b, fmt.as_bytes(), &Operand::Tuple(items));
                }
            }
        }
    }
    for fmt in [
        &b"%"[..],
        b"%%",
        b"%-",
        b"%5",
        b"%.",
        b"%l",
        b"%\xe9",
        b"%5\xe9",
        b"%.\xe9",
        b"%.5\xe9",
        b"%l\xe9",
        b"%\x00",
        b"%y",
        b"%(a)s %(b)s",
        b"%(a)s %s",
        b"%s %(a)s",
        b"%((a))s",
        b"%(a",
        b"abc%",
        b"%*.*d",
        b"% d",
        b"%0-5d|",
        b"%#-8x|",
        b"%#08X|",
        b"%+#o",
        b"\xff%s\xff",
    ] {
        for op in [
            Operand::Tuple(vec![]),
            Operand::Tuple(vec![Pv::Int(BigInt::from(5)), Pv::Bytes(b"z".to_vec())]),
            Operand::Single(Pv::Bytes(b"z".to_vec())),
            Operand::Single(Pv::Int(BigInt::from(-3))),
            Operand::Dict(vec![
                (b"a".to_vec(), Pv::Bytes(b"A".to_vec())),
                (b"(a)".to_vec(), Pv::Int(BigInt::from(1))),
                (b"b".to_vec(), Pv::Int(BigInt::from(2))),
            ]),
        ] {
            add_percent(&mut b, fmt, &op);
        }
    }
    b.check(&mut oracle);
}

#[test]
fn percent_huge_widths_fail_as_in_cpython() {
    let op = Operand::Tuple(vec![
        Pv::Int(BigInt::from(1u64 << 62)),
        Pv::Int(BigInt::from(1)),
    ]);
    let mut args = Args {
        operand: &op,
        keyed: None,
    };
    let r = bm::bytes_percent_format(b"%*d", &mut args);
    assert!(matches!(r, Err(TestErr::Num(NumError::Memory(_)))), "{r:?}");
}
