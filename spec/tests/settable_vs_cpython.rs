//! Checks `quicken_spec::runtime::settable` against live CPython 3.11.
//!
//! Random programs of set operations run twice: once in one CPython process
//! (`PYTHONHASHSEED=0`) that reads the programs as lines on stdin, and once
//! on `SetTable<String>` whose keys are the Python reprs of the values
//! (small, negative and big ints, bools, floats, short strings, chosen to
//! collide often). Both sides print the iteration order of the sets, the
//! popped keys, membership answers and frozenset hashes; the outputs must be
//! identical. Without CPython 3.11 the tests fail: it is the specification.
//!
//! The interpreter is `$QUICKEN_CPYTHON`, else `/usr/bin/python3.11`.
//! `QUICKEN_SETTABLE_CASES` and `QUICKEN_SETTABLE_SEED` change the amount and
//! the seed of the random programs.

use std::convert::Infallible;
use std::io::Write;
use std::process::{Command, Stdio};

use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};
use quicken_spec::runtime::int::{hash as int_hash, hash_float, IntRef};
use quicken_spec::runtime::settable::{frozenset_hash, SetTable};
use quicken_spec::runtime::str::str_hash;

// ---------------------------------------------------------------------------
// Keys: Python reprs, with Python's hash and equality.
// ---------------------------------------------------------------------------

enum Val {
    Int(BigInt),
    Float(f64),
    Str(String),
}

fn val(repr: &str) -> Val {
    match repr {
        "True" => return Val::Int(BigInt::from(1)),
        "False" => return Val::Int(BigInt::from(0)),
        _ => {}
    }
    if let Some(s) = repr.strip_prefix('\'') {
        return Val::Str(s.strip_suffix('\'').expect("quoted string").to_string());
    }
    if repr.contains(['.', 'e']) {
        return Val::Float(repr.parse().expect("float repr"));
    }
    Val::Int(repr.parse().expect("int repr"))
}

fn py_hash(repr: &str) -> i64 {
    match val(repr) {
        Val::Int(b) => match b.to_i64() {
            Some(i) => int_hash(IntRef::Small(i)),
            None => int_hash(IntRef::Big(&b)),
        },
        Val::Float(f) => hash_float(f),
        Val::Str(s) => str_hash(&s),
    }
}

fn int_eq_float(i: &BigInt, f: f64) -> bool {
    f.fract() == 0.0 && BigInt::from_f64(f).as_ref() == Some(i)
}

// `&String` because the table's keys are `String`s.
#[allow(clippy::ptr_arg)]
fn py_eq(a: &String, b: &String) -> Result<bool, Infallible> {
    Ok(match (val(a), val(b)) {
        (Val::Int(x), Val::Int(y)) => x == y,
        (Val::Float(x), Val::Float(y)) => x == y,
        (Val::Int(x), Val::Float(y)) | (Val::Float(y), Val::Int(x)) => int_eq_float(&x, y),
        (Val::Str(x), Val::Str(y)) => x == y,
        _ => false,
    })
}

// ---------------------------------------------------------------------------
// Random programs.
// ---------------------------------------------------------------------------

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const FLOATS: &[&str] = &[
    "0.5",
    "1.5",
    "-2.5",
    "1.0",
    "2.0",
    "-0.0",
    "0.25",
    "8.0",
    "1e+20",
    "-1e+100",
    "3.141592653589793",
    "4.611686018427388e+18",
    "2.305843009213694e+18",
    "0.1",
    "1e-05",
];

const BIG_INTS: &[&str] = &[
    "2305843009213693951", // 2**61 - 1: hashes to 0
    "2305843009213693952", // 2**61: hashes to 1
    "2305843009213693959",
    "-2305843009213693951",
    "4611686018427387904", // 2**62
    "9223372036854775807",
    "9223372036854775808", // 2**63
    "-9223372036854775808",
    "18446744073709551619",
    "100000000000000000000",
    "-100000000000000000000",
    "4611686018427387903",
    "1267650600228229401496703205376", // 2**100
];

fn random_key(rng: &mut Rng) -> String {
    match rng.below(20) {
        0..=5 => (rng.below(90) as i64 - 20).to_string(),
        6 => (8 * rng.below(40) as i64).to_string(),
        7 => (32 * rng.below(64) as i64 - 512).to_string(),
        8 => (1024 * rng.below(64) as i64).to_string(),
        9 => (rng.next() as i64 >> rng.below(64)).to_string(),
        10 => BIG_INTS[rng.below(BIG_INTS.len())].to_string(),
        11 => FLOATS[rng.below(FLOATS.len())].to_string(),
        12 => ["True", "False"][rng.below(2)].to_string(),
        _ => {
            let len = rng.below(4);
            let s: String = (0..len).map(|_| b"abcdxyz"[rng.below(7)] as char).collect();
            format!("'{s}'")
        }
    }
}

/// A pool of keys for one program, so that keys repeat.
fn random_pool(rng: &mut Rng) -> Vec<String> {
    let n = [6, 12, 30, 80, 200][rng.below(5)];
    (0..n).map(|_| random_key(rng)).collect()
}

const NSETS: usize = 4;

#[derive(Clone, Debug)]
enum Op {
    Add(usize, String),
    Discard(usize, String),
    Has(usize, String),
    Pop(usize),
    Clear(usize),
    Copy(usize, usize),
    SetList(usize, Vec<String>),
    Comp(usize, Vec<String>),
    Literal(usize, Vec<String>),
    Update(usize, usize),
    UpdList(usize, Vec<String>),
    UpdDict(usize, Vec<String>),
    Union(usize, usize, usize),
    Inter(usize, usize, usize),
    InterList(usize, usize, Vec<String>),
    IAnd(usize, usize),
    Diff(usize, usize, usize),
    DiffList(usize, usize, Vec<String>),
    DiffDict(usize, usize, Vec<String>),
    ISub(usize, usize),
    DuList(usize, Vec<String>),
    Xor(usize, usize, usize),
    IXor(usize, usize),
    SduList(usize, Vec<String>),
    SduDict(usize, Vec<String>),
    Dump(usize),
    FHash(usize),
}

fn keys_line(ks: &[String]) -> String {
    ks.join(" ")
}

impl Op {
    fn line(&self) -> String {
        match self {
            Op::Add(i, k) => format!("add {i} {k}"),
            Op::Discard(i, k) => format!("discard {i} {k}"),
            Op::Has(i, k) => format!("has {i} {k}"),
            Op::Pop(i) => format!("pop {i}"),
            Op::Clear(i) => format!("clear {i}"),
            Op::Copy(d, s) => format!("copy {d} {s}"),
            Op::SetList(d, ks) => format!("setlist {d} {}", keys_line(ks)),
            Op::Comp(d, ks) => format!("comp {d} {}", keys_line(ks)),
            Op::Literal(d, ks) => format!("literal {d} {}", keys_line(ks)),
            Op::Update(d, s) => format!("update {d} {s}"),
            Op::UpdList(d, ks) => format!("updlist {d} {}", keys_line(ks)),
            Op::UpdDict(d, ks) => format!("upddict {d} {}", keys_line(ks)),
            Op::Union(d, a, b) => format!("union {d} {a} {b}"),
            Op::Inter(d, a, b) => format!("inter {d} {a} {b}"),
            Op::InterList(d, a, ks) => format!("interlist {d} {a} {}", keys_line(ks)),
            Op::IAnd(a, b) => format!("iand {a} {b}"),
            Op::Diff(d, a, b) => format!("diff {d} {a} {b}"),
            Op::DiffList(d, a, ks) => format!("difflist {d} {a} {}", keys_line(ks)),
            Op::DiffDict(d, a, ks) => format!("diffdict {d} {a} {}", keys_line(ks)),
            Op::ISub(a, b) => format!("isub {a} {b}"),
            Op::DuList(a, ks) => format!("dulist {a} {}", keys_line(ks)),
            Op::Xor(d, a, b) => format!("xor {d} {a} {b}"),
            Op::IXor(a, b) => format!("ixor {a} {b}"),
            Op::SduList(a, ks) => format!("sdulist {a} {}", keys_line(ks)),
            Op::SduDict(a, ks) => format!("sdudict {a} {}", keys_line(ks)),
            Op::Dump(i) => format!("dump {i}"),
            Op::FHash(i) => format!("fhash {i}"),
        }
    }
}

fn random_keys(rng: &mut Rng, pool: &[String]) -> Vec<String> {
    let n = match rng.below(10) {
        0 => 0,
        1..=5 => rng.below(8),
        6..=8 => rng.below(40),
        _ => rng.below(150),
    };
    (0..n)
        .map(|_| pool[rng.below(pool.len())].clone())
        .collect()
}

fn random_op(rng: &mut Rng, pool: &[String]) -> Op {
    let s = |rng: &mut Rng| rng.below(NSETS);
    let k = |rng: &mut Rng| pool[rng.below(pool.len())].clone();
    match rng.below(40) {
        0..=11 => Op::Add(s(rng), k(rng)),
        12..=15 => Op::Discard(s(rng), k(rng)),
        16 => Op::Has(s(rng), k(rng)),
        17..=18 => Op::Pop(s(rng)),
        19 => {
            if rng.chance(30) {
                Op::Clear(s(rng))
            } else {
                Op::Dump(s(rng))
            }
        }
        20 => Op::Copy(s(rng), s(rng)),
        21 => Op::SetList(s(rng), random_keys(rng, pool)),
        22 => Op::Comp(s(rng), random_keys(rng, pool)),
        23 => {
            // Only numbers: CPython may rebuild a constant frozenset once
            // more when interning its name-like strings, depending on what
            // the process interned before (see `run_rust`).
            let mut ks = random_keys(rng, pool);
            ks.retain(|k| !k.starts_with('\''));
            Op::Literal(s(rng), ks)
        }
        24 => Op::Update(s(rng), s(rng)),
        25 => Op::UpdList(s(rng), random_keys(rng, pool)),
        26 => Op::UpdDict(s(rng), random_keys(rng, pool)),
        27 => Op::Union(s(rng), s(rng), s(rng)),
        28 => Op::Inter(s(rng), s(rng), s(rng)),
        29 => Op::InterList(s(rng), s(rng), random_keys(rng, pool)),
        30 => Op::IAnd(s(rng), s(rng)),
        31 => Op::Diff(s(rng), s(rng), s(rng)),
        32 => Op::DiffList(s(rng), s(rng), random_keys(rng, pool)),
        33 => Op::DiffDict(s(rng), s(rng), random_keys(rng, pool)),
        34 => Op::ISub(s(rng), s(rng)),
        35 => Op::DuList(s(rng), random_keys(rng, pool)),
        36 => Op::Xor(s(rng), s(rng), s(rng)),
        37 => Op::IXor(s(rng), s(rng)),
        38 => Op::SduList(s(rng), random_keys(rng, pool)),
        _ => Op::SduDict(s(rng), random_keys(rng, pool)),
    }
}

fn random_program(rng: &mut Rng) -> Vec<Op> {
    let pool = random_pool(rng);
    let n = 5 + rng.below(60);
    let mut ops: Vec<Op> = (0..n).map(|_| random_op(rng, &pool)).collect();
    for i in 0..NSETS {
        ops.push(Op::Dump(i));
        ops.push(Op::FHash(i));
    }
    ops
}

// ---------------------------------------------------------------------------
// The Rust side.
// ---------------------------------------------------------------------------

type T = SetTable<String>;

fn entries(ks: &[String]) -> Vec<(i64, String)> {
    ks.iter().map(|k| (py_hash(k), k.clone())).collect()
}

/// `dict.fromkeys(ks)` as `(hash, key)` in dict order: the first of equal
/// keys is kept.
fn dict_entries(ks: &[String]) -> Vec<(i64, String)> {
    let mut out: Vec<(i64, String)> = Vec::new();
    for (h, k) in entries(ks) {
        if !out
            .iter()
            .any(|(h2, k2)| *h2 == h && py_eq(k2, &k).unwrap())
        {
            out.push((h, k));
        }
    }
    out
}

fn from_entries(es: Vec<(i64, String)>) -> T {
    let mut t = T::new();
    t.update_from_entries(es, py_eq).unwrap();
    t
}

fn dump(t: &T) -> String {
    t.keys().cloned().collect::<Vec<_>>().join("|")
}

fn run_rust(ops: &[Op], out: &mut Vec<String>) {
    let mut s: Vec<T> = (0..NSETS).map(|_| T::new()).collect();
    for op in ops {
        match op {
            Op::Add(i, k) => {
                s[*i].insert(py_hash(k), k.clone(), py_eq).unwrap();
            }
            Op::Discard(i, k) => {
                let found = s[*i].remove(py_hash(k), k, py_eq).unwrap().is_some();
                out.push(format!("D {}", found as u8));
            }
            Op::Has(i, k) => {
                let found = s[*i].contains(py_hash(k), k, py_eq).unwrap();
                out.push(format!("H {}", found as u8));
            }
            Op::Pop(i) => {
                let k = s[*i].pop().unwrap_or_else(|| "EMPTY".to_string());
                out.push(format!("P {k}"));
            }
            Op::Clear(i) => s[*i].clear(),
            Op::Copy(d, a) => s[*d] = s[*a].copy(),
            Op::SetList(d, ks) | Op::Comp(d, ks) => s[*d] = from_entries(entries(ks)),
            Op::Literal(d, ks) => {
                // CPython 3.11 compiles a display of more than two constants
                // to BUILD_SET 0; LOAD_CONST frozenset(...); SET_UPDATE. The
                // constant is `frozenset(tuple)`, rebuilt once more from its
                // own iteration order when the compiler merges constants
                // (`merge_consts_recursive`). Code-object creation rebuilds
                // it yet again if interning changes one of its strings
                // (`intern_string_constants`), and unmarshalling a .pyc
                // rebuilds it by adds in iteration order; the random
                // programs use numbers only, so neither happens here.
                s[*d] = if ks.len() > 2 {
                    let first = from_entries(entries(ks));
                    let frozen = from_entries(first.entries_snapshot());
                    let mut t = T::new();
                    t.update_from_table(&frozen, py_eq).unwrap();
                    t
                } else {
                    from_entries(entries(ks))
                };
            }
            Op::Update(d, a) => {
                if d != a {
                    let other = s[*a].clone();
                    s[*d].update_from_table(&other, py_eq).unwrap();
                }
            }
            Op::UpdList(d, ks) => s[*d].update_from_entries(entries(ks), py_eq).unwrap(),
            Op::UpdDict(d, ks) => s[*d]
                .update_from_dict_entries(&dict_entries(ks), py_eq)
                .unwrap(),
            Op::Union(d, a, b) => s[*d] = s[*a].union(&s[*b], a == b, py_eq).unwrap(),
            Op::Inter(d, a, b) => s[*d] = s[*a].intersection(&s[*b], a == b, py_eq).unwrap(),
            Op::InterList(d, a, ks) => {
                s[*d] = s[*a].intersection_with_entries(entries(ks), py_eq).unwrap();
            }
            Op::IAnd(a, b) => {
                let r = s[*a].intersection(&s[*b], a == b, py_eq).unwrap();
                s[*a].replace_contents(r);
            }
            Op::Diff(d, a, b) => s[*d] = s[*a].difference(&s[*b], a == b, py_eq).unwrap(),
            Op::DiffList(d, a, ks) => {
                let mut r = s[*a].copy();
                r.difference_update_entries(entries(ks), py_eq).unwrap();
                s[*d] = r;
            }
            Op::DiffDict(d, a, ks) => {
                let de = dict_entries(ks);
                let found = |h: i64, k: &String| -> Result<bool, Infallible> {
                    Ok(de.iter().any(|(h2, k2)| *h2 == h && py_eq(k2, k).unwrap()))
                };
                s[*d] = match s[*a]
                    .difference_with_lookup(de.len(), found, py_eq)
                    .unwrap()
                {
                    Some(r) => r,
                    None => {
                        let mut r = s[*a].copy();
                        r.difference_update_entries(de.clone(), py_eq).unwrap();
                        r
                    }
                };
            }
            Op::ISub(a, b) => {
                if a == b {
                    s[*a].clear();
                } else {
                    let other = s[*b].clone();
                    s[*a].difference_update_table(&other, py_eq).unwrap();
                }
            }
            Op::DuList(a, ks) => s[*a].difference_update_entries(entries(ks), py_eq).unwrap(),
            Op::Xor(d, a, b) => s[*d] = s[*a].symmetric_difference(&s[*b], py_eq).unwrap(),
            Op::IXor(a, b) => {
                if a == b {
                    s[*a].clear();
                } else {
                    let other = s[*b].clone();
                    s[*a]
                        .symmetric_difference_update_table(&other, py_eq)
                        .unwrap();
                }
            }
            Op::SduList(a, ks) => {
                let other = from_entries(entries(ks));
                s[*a]
                    .symmetric_difference_update_entries(other.entries_snapshot(), py_eq)
                    .unwrap();
            }
            Op::SduDict(a, ks) => {
                s[*a]
                    .symmetric_difference_update_entries(dict_entries(ks), py_eq)
                    .unwrap();
            }
            Op::Dump(i) => out.push(format!("S {}", dump(&s[*i]))),
            Op::FHash(i) => {
                let t = &s[*i];
                let h = frozenset_hash(t.iter().map(|(h, _)| h), t.len());
                assert_eq!(h, t.frozenset_hash());
                out.push(format!("F {h}"));
            }
        }
    }
}

// ---------------------------------------------------------------------------
// The CPython side.
// ---------------------------------------------------------------------------

const HARNESS: &str = r#"
import sys
from ast import literal_eval as lit
out = []
S = None
def K(ts):
    return [lit(t) for t in ts]
for line in sys.stdin:
    w = line.split()
    op = w[0]
    if op == 'case':
        S = [set() for _ in range(4)]
        out.append(line.strip())
        continue
    if op == 'hash':
        out.append('X %d' % hash(lit(w[1])))
        continue
    i = int(w[1])
    if op == 'add': S[i].add(lit(w[2]))
    elif op == 'discard':
        k = lit(w[2]); f = k in S[i]; S[i].discard(k); out.append('D %d' % f)
    elif op == 'has': out.append('H %d' % (lit(w[2]) in S[i]))
    elif op == 'pop':
        out.append('P ' + (repr(S[i].pop()) if S[i] else 'EMPTY'))
    elif op == 'clear': S[i].clear()
    elif op == 'copy': S[i] = S[int(w[2])].copy()
    elif op == 'setlist': S[i] = set(K(w[2:]))
    elif op == 'comp': S[i] = {x for x in K(w[2:])}
    elif op == 'literal': S[i] = eval('{' + ','.join(w[2:]) + '}') if len(w) > 2 else set()
    elif op == 'update': S[i].update(S[int(w[2])])
    elif op == 'updlist': S[i].update(K(w[2:]))
    elif op == 'upddict': S[i].update(dict.fromkeys(K(w[2:])))
    elif op == 'union': S[i] = S[int(w[2])] | S[int(w[3])]
    elif op == 'inter': S[i] = S[int(w[2])] & S[int(w[3])]
    elif op == 'interlist': S[i] = S[int(w[2])].intersection(K(w[3:]))
    elif op == 'iand': S[i] &= S[int(w[2])]
    elif op == 'diff': S[i] = S[int(w[2])] - S[int(w[3])]
    elif op == 'difflist': S[i] = S[int(w[2])].difference(K(w[3:]))
    elif op == 'diffdict': S[i] = S[int(w[2])].difference(dict.fromkeys(K(w[3:])))
    elif op == 'isub': S[i] -= S[int(w[2])]
    elif op == 'dulist': S[i].difference_update(K(w[2:]))
    elif op == 'xor': S[i] = S[int(w[2])] ^ S[int(w[3])]
    elif op == 'ixor': S[i] ^= S[int(w[2])]
    elif op == 'sdulist': S[i].symmetric_difference_update(K(w[2:]))
    elif op == 'sdudict': S[i].symmetric_difference_update(dict.fromkeys(K(w[2:])))
    elif op == 'dump': out.append('S ' + '|'.join(map(repr, S[i])))
    elif op == 'fhash': out.append('F %d' % hash(frozenset(S[i])))
    else: raise SystemExit('unknown op ' + op)
sys.stdout.write('\n'.join(out) + '\n')
"#;

fn cpython() -> String {
    std::env::var("QUICKEN_CPYTHON").unwrap_or_else(|_| "/usr/bin/python3.11".to_string())
}

fn run_cpython(input: String) -> Vec<String> {
    let exe = cpython();
    let mut child = Command::new(&exe)
        .args(["-c", HARNESS])
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run CPython 3.11 at {exe}: {e}"));
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().expect("CPython output");
    writer.join().unwrap().expect("write to CPython");
    assert!(
        output.status.success(),
        "CPython harness failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

fn env_usize(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Runs `programs` on both sides and reports the first differing case.
fn compare(programs: &[Vec<Op>]) {
    let mut input = String::new();
    let mut expected = Vec::new();
    for (n, ops) in programs.iter().enumerate() {
        input.push_str(&format!("case {n}\n"));
        expected.push(format!("case {n}"));
        for op in ops {
            input.push_str(&op.line());
            input.push('\n');
        }
        run_rust(ops, &mut expected);
    }
    let got = run_cpython(input);
    if got == expected {
        return;
    }
    let at = got
        .iter()
        .zip(&expected)
        .position(|(a, b)| a != b)
        .unwrap_or(got.len().min(expected.len()));
    let case = expected[..=at.min(expected.len() - 1)]
        .iter()
        .rev()
        .find_map(|l| l.strip_prefix("case ").map(|n| n.parse::<usize>().unwrap()))
        .unwrap();
    let program: Vec<String> = programs[case].iter().map(Op::line).collect();
    panic!(
        "case {case} differs at output line {at}\n  CPython: {:?}\n  Quicken: {:?}\nprogram:\n{}",
        got.get(at),
        expected.get(at),
        program.join("\n")
    );
}

#[test]
fn key_hashes_match_cpython() {
    let mut rng = Rng(0x5EED_0001);
    let mut keys: Vec<String> = FLOATS
        .iter()
        .chain(BIG_INTS)
        .map(|s| s.to_string())
        .collect();
    keys.extend((0..500).map(|_| random_key(&mut rng)));
    let input: String = keys.iter().map(|k| format!("hash {k}\n")).collect();
    let got = run_cpython(input);
    let expected: Vec<String> = keys.iter().map(|k| format!("X {}", py_hash(k))).collect();
    for ((k, g), e) in keys.iter().zip(&got).zip(&expected) {
        assert_eq!(g, e, "hash({k})");
    }
    assert_eq!(got.len(), expected.len());
}

#[test]
fn hand_written_programs_match_cpython() {
    let k = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let ints: Vec<String> = (0..100).map(|i| i.to_string()).collect();
    let mut programs = vec![
        // Growth: 8 -> 32 -> 128 ... slots, and the order of negative keys.
        vec![
            Op::SetList(0, (-40..60).map(|i| i.to_string()).collect()),
            Op::Dump(0),
        ],
        // Dummies reused by later insertions; pop order with the finger.
        vec![
            Op::SetList(0, k(&["0", "8", "16", "24", "1"])),
            Op::Discard(0, "8".into()),
            Op::Discard(0, "16".into()),
            Op::Add(0, "40".into()),
            Op::Dump(0),
            Op::Pop(0),
            Op::Pop(0),
            Op::Add(0, "7".into()),
            Op::Pop(0),
            Op::Dump(0),
        ],
        // Copies of tables at least 60% full are bigger and reordered.
        vec![
            Op::SetList(0, ints[..64].to_vec()),
            Op::Copy(1, 0),
            Op::Dump(1),
            Op::Union(2, 0, 1),
            Op::Dump(2),
        ],
        // difference_update purges dummies when they exceed a quarter.
        vec![
            Op::SetList(0, ints.clone()),
            Op::DuList(0, ints[..90].to_vec()),
            Op::Add(0, "1000".into()),
            Op::Dump(0),
            Op::FHash(0),
        ],
        // Equal keys of different types: the first one stays.
        vec![
            Op::SetList(
                0,
                k(&["1", "1.0", "True", "0", "-0.0", "False", "''", "2.0", "2"]),
            ),
            Op::Dump(0),
            Op::Literal(
                1,
                k(&["1.0", "1", "2305843009213693951", "0", "-2.5", "-2"]),
            ),
            Op::Dump(1),
            Op::FHash(1),
        ],
    ];
    for ops in &mut programs {
        for i in 0..NSETS {
            ops.push(Op::Dump(i));
            ops.push(Op::FHash(i));
        }
    }
    compare(&programs);
}

#[test]
fn random_programs_match_cpython() {
    let cases = env_usize("QUICKEN_SETTABLE_CASES", 4000) as usize;
    let seed = env_usize("QUICKEN_SETTABLE_SEED", 0x0005_E7AB_1E11);
    let mut rng = Rng(seed | 1);
    let programs: Vec<Vec<Op>> = (0..cases).map(|_| random_program(&mut rng)).collect();
    // Compare in chunks so a failure names a case quickly and memory stays
    // small.
    for chunk in programs.chunks(500) {
        compare(chunk);
    }
}
