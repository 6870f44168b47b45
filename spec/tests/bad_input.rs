//! No input makes the compiler or the reference evaluator panic or overflow
//! the stack, and inputs nested too deeply to compile fail the way CPython
//! 3.11 fails on them.
//!
//! `bad_input_never_panics` feeds a few thousand malformed programs to
//! `run_source` (random bytes, token soup, every truncation of real
//! programs, byte mutations, invalid UTF-8, NUL bytes, mixed tabs and
//! spaces, odd newlines), each under `catch_unwind`, on a 256 MiB stack.
//! A stack overflow aborts the process, so finishing is the proof.
//!
//! `deep_nesting_matches_cpython` runs deeply nested programs on Quicken and
//! on `/usr/bin/python3.11` (as `python3.11 FILE` runs them) and compares
//! the exception type and message, stdout and exit status. Expected results
//! are never written down; CPython gives them.

use quicken_spec::eval::Limits;
use quicken_spec::run::{run_source, RunOptions, RunResult};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

const STACK: usize = 256 << 20;
const CPYTHON: &str = "/usr/bin/python3.11";

fn on_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(f)
        .expect("spawn")
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e))
}

/// xorshift64*: deterministic inputs without dependencies.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/conformance")
}

/// The first `per_dir` programs (by name) of some corpus directories.
fn corpus_programs(dirs: &[&str], per_dir: usize) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(corpus_dir().join(dir)) else {
            continue;
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "py"))
            .collect();
        files.sort();
        for f in files.into_iter().take(per_dir) {
            if let Ok(bytes) = std::fs::read(&f) {
                let name = format!(
                    "{dir}/{}",
                    f.file_name().unwrap_or_default().to_string_lossy()
                );
                out.push((name, bytes));
            }
        }
    }
    out
}

/// Pieces of Python, valid and not, for token soup.
const PIECES: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ";",
    ".",
    "...",
    "=",
    "==",
    ":=",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "->",
    "<",
    ">",
    "!=",
    "<>",
    "~",
    "&",
    "|",
    "^",
    "\n",
    "\n",
    "\n",
    "    ",
    "\t",
    " ",
    "\\",
    "\\\n",
    "#",
    "# c\n",
    "'",
    "\"",
    "'''",
    "\"\"\"",
    "f'",
    "f\"{",
    "}",
    "b'",
    "r'",
    "rb\"",
    "u'",
    "'a'",
    "\"s\"",
    "f'{x}'",
    "f'{x!r:>{w}}'",
    "0",
    "1",
    "07",
    "0x",
    "0xg",
    "1e",
    "1e5",
    "1_000",
    "1__0",
    "0o8",
    "0b2",
    "1.5j",
    "1if",
    "x",
    "y",
    "_",
    "f",
    "print",
    "exec",
    "if",
    "elif",
    "else",
    "while",
    "for",
    "in",
    "def",
    "class",
    "return",
    "yield",
    "lambda",
    "try",
    "except",
    "finally",
    "with",
    "as",
    "raise",
    "pass",
    "break",
    "continue",
    "global",
    "nonlocal",
    "del",
    "import",
    "from",
    "async",
    "await",
    "not",
    "and",
    "or",
    "is",
    "None",
    "True",
    "False",
    "match",
    "case",
    "€",
    "\u{a0}",
    "\u{200b}",
    "é",
    "😀",
    "\0",
    "\r",
    "\r\n",
    "\x0c",
    "\x0b",
    "\x01",
];

fn token_soup(rng: &mut Rng) -> Vec<u8> {
    let n = rng.below(40);
    let mut s = String::new();
    for _ in 0..n {
        let piece: &&str = rng.pick(PIECES);
        s.push_str(piece);
        if rng.below(3) == 0 {
            s.push(' ');
        }
    }
    s.into_bytes()
}

/// Bytes that change structure, not magnitudes (no digits are inserted, so
/// a mutated program cannot ask a builtin for a huge computation).
const MUTATION_BYTES: &[u8] = b"()[]{}:,;.=+-*'\"\\#\n\n\t  \0\xff\xc3\r";

fn mutate(rng: &mut Rng, program: &[u8]) -> Vec<u8> {
    let mut p = program.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(p.len() + 1);
        match rng.below(6) {
            0 if !p.is_empty() => {
                p.remove(at.min(p.len() - 1));
            }
            1 => p.insert(at, *rng.pick(MUTATION_BYTES)),
            2 if at < p.len() => p[at] = *rng.pick(MUTATION_BYTES),
            3 => {
                // Swap two lines.
                let mut lines: Vec<Vec<u8>> =
                    p.split(|&b| b == b'\n').map(<[u8]>::to_vec).collect();
                let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
                lines.swap(a, b);
                p = lines.join(&b'\n');
            }
            4 => {
                // Re-indent a line with a mix of tabs and spaces.
                let mut lines: Vec<Vec<u8>> =
                    p.split(|&b| b == b'\n').map(<[u8]>::to_vec).collect();
                let i = rng.below(lines.len());
                let body: Vec<u8> = lines[i]
                    .iter()
                    .copied()
                    .skip_while(|&b| b == b' ' || b == b'\t')
                    .collect();
                let mut indent: Vec<u8> = (0..rng.below(9))
                    .map(|_| if rng.below(2) == 0 { b' ' } else { b'\t' })
                    .collect();
                indent.extend(body);
                lines[i] = indent;
                p = lines.join(&b'\n');
            }
            _ => p.truncate(at),
        }
    }
    p
}

fn inputs() -> Vec<(String, Vec<u8>)> {
    // QUICKEN_BAD_INPUT_SCALE=N tries N times as many random inputs (for a
    // longer hunt; the default keeps the test to a few seconds).
    let scale: usize = std::env::var("QUICKEN_BAD_INPUT_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ scale as u64);
    let mut out: Vec<(String, Vec<u8>)> = Vec::new();

    for i in 0..300 * scale {
        let n = rng.below(160);
        let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
        out.push((format!("random bytes #{i}"), bytes));
    }
    for i in 0..300 * scale {
        let bytes: Vec<u8> = (0..rng.below(160))
            .map(|_| (rng.next() % 95 + 32) as u8)
            .collect();
        out.push((format!("random ASCII #{i}"), bytes));
    }
    for i in 0..600 * scale {
        out.push((format!("token soup #{i}"), token_soup(&mut rng)));
    }

    // Every truncation of a few real programs.
    let dirs = [
        "functions",
        "control_flow",
        "exceptions",
        "comprehensions",
        "strings",
        "syntax_errors",
    ];
    for (name, program) in corpus_programs(&dirs, 1) {
        for cut in 0..=program.len() {
            out.push((format!("{name}[..{cut}]"), program[..cut].to_vec()));
        }
    }
    // Random mutations of more of them.
    let more = corpus_programs(&dirs, 12);
    for i in 0..600 * scale {
        let (name, program) = rng.pick(&more);
        out.push((format!("mutated {name} #{i}"), mutate(&mut rng, program)));
    }

    // Hand-made classes of bad bytes.
    let fixed: &[&[u8]] = &[
        b"\xff",
        b"x = '\xc3'\n",
        b"x = 1\n\xc0\xaf\n",
        b"s = '\xed\xa0\x80'\n",
        b"print('\xe2\x82')",
        b"\xef\xbb\xbf\xff\n",
        b"\xef\xbb\xbf# coding: latin-1\nx = 1\n",
        b"# coding: latin-1\nprint('\xe9')\n",
        b"# -*- coding: koi8-r -*-\nprint('\xc1')\n",
        b"# coding: nonsense\n",
        b"# coding: ascii\nx = '\xc3\xa9'\n",
        b"\0",
        b"\0\0\0",
        b"print(1)\0print(2)\n",
        b"x = '\0'\n",
        b"x = 1 #\0\nprint(x)\n",
        b"def f():\n\0    return 1\nprint(f())\n",
        b"if True:\n\tx = 1\n        y = 2\n",
        b"if True:\n        x = 1\n\ty = 2\n",
        b"if True:\n  \tx = 1\n\t  y = 2\n",
        b"if 1:\n \t\t \tpass\n",
        b"\tx = 1\n",
        b"if x:\r\n  pass\r\nelse:\r  pass\r",
        b"x = (\r\n1)\r\n",
        b"x = '''\r\n",
        b"\\",
        b"\\\n",
        b"x = \\\n\\\n\\\n",
        b"'''",
        b"f'{",
        b"f'{'",
        b"f'{x!'",
        b"f'{x:{y:{z}}}'",
        b"f'{f\"{f'{1}'}\"}'",
        b"'\\N{'",
        b"'\\N{LATIN SMALL LETTER A}\\x'",
        b"b'\xc3\xa9'",
        b"@\n",
        b"@x\n",
        b"class\n",
        b"def\n",
        b"lambda",
        b"for x in",
        b"try:\n",
        b"try:\n  pass\n",
        b"match x:\n case 1:\n",
        b"async def f():\n await\n",
        b"x: int = ",
        b"del ()",
        b"global x\nnonlocal y\n",
        b"return\n",
        b"yield\n",
        b"print(*)\n",
        b"print(**)\n",
        b"f(a=1, a=2)\n",
        b"def f(a, a): pass\n",
        b"def f(*, **k): pass\n",
        b"x = [i for i in range(3) if]\n",
        b"{**}\n",
        b"(*)\n",
        b"a, *b, *c = 1, 2, 3\n",
    ];
    for (i, f) in fixed.iter().enumerate() {
        out.push((format!("fixed #{i}"), f.to_vec()));
    }

    // Nesting at and around the limits.
    let nest = |open: &str, close: &str, n: usize| {
        format!("x = {}1{}\n", open.repeat(n), close.repeat(n)).into_bytes()
    };
    for n in [199, 200, 201, 1000] {
        out.push((format!("{n} parentheses"), nest("(", ")", n)));
        out.push((
            format!("{n} brackets, unclosed"),
            format!("x = {}", "[".repeat(n)).into_bytes(),
        ));
        out.push((format!("{n} mismatched"), nest("(", "]", n)));
    }
    for n in [99, 100, 101, 300] {
        let src: String = (0..n)
            .map(|i| format!("{}if True:\n", " ".repeat(i)))
            .collect();
        out.push((format!("{n} nested ifs, no body"), src.into_bytes()));
    }
    for n in [1000, 6000, 20000] {
        out.push((
            format!("{n} unary minus"),
            format!("x = {}1\n", "-".repeat(n)).into_bytes(),
        ));
        out.push((
            format!("{n} nots"),
            format!("x = {}1\n", "not ".repeat(n)).into_bytes(),
        ));
        out.push((
            format!("{n} subscripts"),
            format!("x = [1]{}\n", "[0]".repeat(n)).into_bytes(),
        ));
        out.push((
            format!("{n} calls"),
            format!("f = lambda: f\nx = f{}\n", "()".repeat(n)).into_bytes(),
        ));
        out.push((
            format!("{n} attributes"),
            format!("x = (1){}\n", ".real".repeat(n)).into_bytes(),
        ));
        out.push((
            format!("{n} lambdas"),
            format!("f = {}1\n", "lambda: ".repeat(n)).into_bytes(),
        ));
    }
    out
}

/// Inputs known to panic, and where. Strict: one that stops panicking fails
/// the test, so the list only shrinks. Random inputs that panic the same
/// way are reported like any other.
const KNOWN_PANICS: &[(&[u8], &str)] = &[];

fn run_one(bytes: &[u8], max_steps: u64) -> std::thread::Result<RunResult> {
    let opts = RunOptions {
        limits: Limits {
            max_steps: Some(max_steps),
            max_int_bits: None,
        },
        ..RunOptions::default()
    };
    catch_unwind(AssertUnwindSafe(|| run_source(bytes, "<bad_input>", &opts)))
}

fn shown(bytes: &[u8]) -> String {
    let text: String = bytes.escape_ascii().to_string();
    if text.len() > 300 {
        format!("{}...", &text[..300])
    } else {
        text
    }
}

#[test]
fn bad_input_never_panics() {
    // Quiet the default hook so a panic is reported once, below.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let (tried, compile_errors, failures) = on_big_stack(|| {
        let inputs = inputs();
        let mut failures = Vec::new();
        let mut compile_errors = 0;
        for (label, bytes) in &inputs {
            match run_one(bytes, 100_000) {
                Ok(r) => {
                    let is_compile_error = r.exception.as_ref().is_some_and(|e| {
                        matches!(
                            e.type_name.as_str(),
                            "SyntaxError" | "IndentationError" | "TabError" | "MemoryError"
                        ) && r.stdout.is_empty()
                    });
                    if is_compile_error {
                        compile_errors += 1;
                    }
                }
                Err(payload) => {
                    let msg = payload
                        .downcast_ref::<String>()
                        .cloned()
                        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                        .unwrap_or_default();
                    failures.push(format!(
                        "{label}: panicked: {msg}\n    input: {}",
                        shown(bytes)
                    ));
                }
            }
        }
        for (bytes, why) in KNOWN_PANICS {
            if run_one(bytes, 100_000).is_ok() {
                failures.push(format!(
                    "{} no longer panics; remove it from KNOWN_PANICS ({why})",
                    shown(bytes)
                ));
            }
        }
        (inputs.len(), compile_errors, failures)
    });
    std::panic::set_hook(hook);
    println!(
        "bad input: {tried} inputs tried, {compile_errors} rejected at compile time, {} panicked",
        failures.len()
    );
    assert!(tried >= 500, "only {tried} inputs");
    assert!(
        failures.is_empty(),
        "{} inputs panicked:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// What a run showed: exception type and message, stdout, exit status.
#[derive(Debug, PartialEq, Eq)]
struct Seen {
    exception: Option<(String, String)>,
    stdout: String,
    exit: i32,
}

fn cpython(source: &str, dir: &Path, name: &str) -> Option<Seen> {
    let path = dir.join(name);
    std::fs::write(&path, source).ok()?;
    let out = std::process::Command::new(CPYTHON)
        .arg(&path)
        .env("PYTHONHASHSEED", "0")
        .output()
        .ok()?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let exit = out.status.code().unwrap_or(-1);
    let exception = (exit != 0).then(|| {
        let last = stderr.lines().last().unwrap_or("").to_string();
        match last.split_once(": ") {
            Some((t, m)) if !t.contains(' ') => (t.to_string(), m.to_string()),
            _ => (last.trim_end_matches(':').to_string(), String::new()),
        }
    });
    Some(Seen {
        exception,
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        exit,
    })
}

fn quicken(source: &str) -> Seen {
    let bytes = source.as_bytes().to_vec();
    let r = on_big_stack(move || run_one(&bytes, 50_000_000))
        .unwrap_or_else(|_| panic!("quicken panicked"));
    Seen {
        exception: r.exception.map(|e| (e.type_name, e.message)),
        stdout: String::from_utf8_lossy(&r.stdout).into_owned(),
        exit: r.exit_code,
    }
}

fn deep_programs() -> Vec<(&'static str, String)> {
    let nested_blocks = |n: usize, header: &dyn Fn(usize) -> String, body: &str| {
        let mut s: String = (0..n)
            .map(|i| format!("{}{}\n", " ".repeat(i), header(i)))
            .collect();
        s.push_str(&format!("{}{}\n", " ".repeat(n), body));
        s
    };
    vec![
        (
            "5000 nested parentheses",
            format!("x = {}1{}\nprint(x)\n", "(".repeat(5000), ")".repeat(5000)),
        ),
        (
            "200 nested parentheses",
            format!("x = {}1{}\nprint(x)\n", "(".repeat(200), ")".repeat(200)),
        ),
        (
            "201 nested parentheses",
            format!("x = {}1{}\nprint(x)\n", "(".repeat(201), ")".repeat(201)),
        ),
        (
            "1000 nested lists",
            format!("x = {}{}\nprint(x)\n", "[".repeat(1000), "]".repeat(1000)),
        ),
        (
            "100000-term sum",
            format!("x = {}\nprint(x)\n", vec!["1"; 100_000].join("+")),
        ),
        (
            "2000-term sum",
            format!("x = {}\nprint(x)\n", vec!["1"; 2000].join("+")),
        ),
        (
            "100000-element list",
            format!("x = [{}]\nprint(len(x))\n", vec!["1"; 100_000].join(",")),
        ),
        (
            "100000 unary minus",
            format!("x = {}1\nprint(x)\n", "-".repeat(100_000)),
        ),
        (
            "100000 nots",
            format!("x = {}1\nprint(x)\n", "not ".repeat(100_000)),
        ),
        (
            "10000 conditional expressions",
            format!("x = {}2\nprint(x)\n", "1 if 1 else ".repeat(10_000)),
        ),
        (
            "1000 nested lambdas",
            format!("f = {}1\nprint(f.__name__)\n", "lambda: ".repeat(1000)),
        ),
        (
            "5000 nested lambdas",
            format!("f = {}1\nprint(1)\n", "lambda: ".repeat(5000)),
        ),
        (
            "50000 chained calls",
            format!("f = lambda: f\nx = f{}\nprint(1)\n", "()".repeat(50_000)),
        ),
        (
            "99 nested ifs",
            nested_blocks(99, &|_| "if True:".into(), "print('deep')"),
        ),
        (
            "100 nested ifs",
            nested_blocks(100, &|_| "if True:".into(), "print('deep')"),
        ),
        (
            "20 nested for loops",
            nested_blocks(20, &|i| format!("for i{i} in range(1):"), "print('deep')"),
        ),
        (
            "21 nested for loops",
            nested_blocks(21, &|i| format!("for i{i} in range(1):"), "print('deep')"),
        ),
        (
            "21 nested while loops",
            nested_blocks(21, &|_| "while True:".into(), "break"),
        ),
        ("50 nested functions", {
            let mut s = nested_blocks(50, &|i| format!("def f{i}():"), "return 1");
            s.push_str("print(f0())\n");
            s
        }),
        (
            "deep recursion at run time",
            "def f(n):\n    return f(n + 1)\nf(0)\n".to_string(),
        ),
    ]
}

/// Programs where Quicken is known to differ from CPython, and why. Strict:
/// an entry that starts agreeing fails the test, so the list only shrinks.
const KNOWN_DIFFERENCES: &[(&str, &str)] = &[];

#[test]
fn deep_nesting_matches_cpython() {
    if !Path::new(CPYTHON).exists() {
        println!("skipped: {CPYTHON} is not installed");
        return;
    }
    let dir = std::env::temp_dir().join(format!("quicken_bad_input_{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut problems = Vec::new();
    let mut compared = 0;
    for (i, (name, source)) in deep_programs().into_iter().enumerate() {
        let Some(expected) = cpython(&source, &dir, &format!("deep_{i}.py")) else {
            problems.push(format!("{name}: CPython did not run"));
            continue;
        };
        let got = quicken(&source);
        compared += 1;
        let known = KNOWN_DIFFERENCES.iter().find(|(n, _)| *n == name);
        match (got == expected, known) {
            (true, None) | (false, Some(_)) => {}
            (true, Some((_, why))) => problems.push(format!(
                "{name}: now agrees with CPython; remove it from KNOWN_DIFFERENCES ({why})"
            )),
            (false, None) => problems.push(format!(
                "{name}:\n    CPython: {expected:?}\n    Quicken: {got:?}"
            )),
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    println!("deep nesting: {compared} programs compared with CPython");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
