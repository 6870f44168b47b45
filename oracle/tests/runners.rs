//! The embedded runner must agree with `python3.11 file.py`.
//!
//! No expected output here is written by hand: every program runs both ways
//! and the outcomes (stdout, stderr, exception, traceback, exit code) must be
//! identical. Where a test asserts something directly, it is a structural
//! fact (an exception escaped, so exit code 1) rather than CPython's text.
//! These tests fail, never skip, without CPython 3.11.

use quicken_oracle::{
    compare, python_executable, python_version, render, run_subprocess, CPython, Level, Outcome,
};
use std::path::{Path, PathBuf};

/// Runs `f` on a thread with the stack the embedded runner asks for.
fn big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("thread panicked")
}

/// A fresh directory for one test's files.
fn dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("oracle-runners")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create test dir");
    dir
}

fn embedded(source: &[u8], path: &Path) -> Outcome {
    let (source, path) = (source.to_vec(), path.to_path_buf());
    big_stack(move || {
        let cpython = CPython::get().expect("embedded CPython 3.11");
        cpython
            .run_bytes(&source, &path)
            .expect("embedded run")
            .outcome
    })
}

fn subprocess(path: &Path) -> Outcome {
    run_subprocess(python_executable(), path).expect("python3.11 subprocess")
}

/// Writes `source` to `<dir>/main.py`, runs it both ways, requires the
/// outcomes to be identical, and returns it.
fn agree_bytes(dir: &Path, source: &[u8]) -> Outcome {
    let path = dir.join("main.py");
    std::fs::write(&path, source).expect("write program");
    let reference = subprocess(&path);
    let ours = embedded(source, &path);
    let verdict = compare(&reference, &ours, Level::Traceback);
    assert!(
        verdict.agree && reference.stderr == ours.stderr,
        "runners disagree on {}:\n{}\nstderr (subprocess):\n{}\nstderr (embedded):\n{}",
        path.display(),
        verdict.diff,
        reference.stderr,
        ours.stderr
    );
    assert_eq!(reference, ours);
    ours
}

fn agree(name: &str, source: &str) -> Outcome {
    agree_bytes(&dir(name), source.as_bytes())
}

#[test]
fn plain_output() {
    let o = agree("plain", "print('hi', 1 + 2)\nprint('no newline', end='')\n");
    assert_eq!((o.exit_code, o.exception), (0, None));
    assert!(o.stdout.starts_with("hi"));
}

#[test]
fn uncaught_exception_keeps_earlier_output() {
    let o = agree(
        "zero",
        "import sys\nprint('before')\nsys.stderr.write('err\\n')\n\
         def f(a, b):\n    return a.x + b[1] / 0\nclass A: x = 1\nf(A(), [1, 2])\n",
    );
    assert_eq!(o.exit_code, 1);
    assert!(o.stdout.starts_with("before"));
    let e = o.exception.expect("exception escaped");
    assert_eq!(e.type_name, "ZeroDivisionError");
    assert!(o.stderr.ends_with(&e.traceback));
}

#[test]
fn exception_shapes() {
    let programs = [
        "class E(Exception):\n    class Inner(Exception): pass\nraise E.Inner()\n",
        "raise ValueError('line one\\nline two')\n",
        "import json\njson.loads('{')\n",
        "try:\n    {}['k']\nexcept KeyError as e:\n    raise TypeError('t') from e\n",
        "try:\n    [][0]\nexcept IndexError:\n    x = undefined_name\n",
        "raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])\n",
        "raise KeyboardInterrupt\n",
        "import sys\nsys.tracebacklimit = 0\nint('x')\n",
        "print(10 ** 5000)\n",
        "print('\\udc80')\n",
        "input()\n",
        "raise MemoryError\n",
        "raise SyntaxError\n",
        "raise SyntaxError('m', ('f.py', 2, 3, 'abc\\n', 2, 4))\n",
        "class E(Exception):\n    def __str__(self):\n        raise ValueError\nraise E\n",
    ];
    for (i, source) in programs.iter().enumerate() {
        let o = agree(&format!("shape{i}"), source);
        assert!(o.exception.is_some(), "{source}");
    }
    let poisoned = agree("poison", "raise MemoryError('m')\n");
    assert!(poisoned.is_poisoned());
}

/// A program's own sys.excepthook decides what stderr shows, so the
/// subprocess runner cannot find the exception there; the embedded runner
/// still knows which exception escaped.
#[test]
fn custom_excepthook() {
    let d = dir("excepthook");
    let path = d.join("main.py");
    let source =
        "import sys\nsys.excepthook = lambda t, v, tb: print('hook', v, file=sys.stderr)\n1 / 0\n";
    std::fs::write(&path, source).unwrap();
    let reference = subprocess(&path);
    let ours = embedded(source.as_bytes(), &path);
    assert_eq!(
        (&reference.stdout, &reference.stderr, reference.exit_code),
        (&ours.stdout, &ours.stderr, ours.exit_code)
    );
    assert_eq!(ours.exit_code, 1);
    assert_eq!(reference.exception, None);
    let e = ours.exception.expect("exception escaped");
    assert_eq!(e.traceback, ours.stderr);
}

#[test]
fn syntax_errors() {
    let nested_minus = format!("x = {}1\n", "-".repeat(200_000));
    let nested_parens = format!("x = {}1{}\n", "(".repeat(300), ")".repeat(300));
    let programs: [&[u8]; 10] = [
        nested_minus.as_bytes(),
        nested_parens.as_bytes(),
        b"x = (1,\nprint(x)\n",
        b"if True:\nprint(1)\n",
        b"print('x)\n",
        b"print(1)\nx = \xff\n",
        b"# -*- coding: latin-1 -*-\nprint('\xe9')\n",
        b"\xef\xbb\xbfprint('bom')\n",
        b"print(1)\x00\n",
        b"f(**x, *y)\n",
    ];
    for (i, source) in programs.iter().enumerate() {
        agree_bytes(&dir(&format!("syntax{i}")), source);
    }
}

#[test]
fn system_exit_codes() {
    let codes = [
        "None",
        "0",
        "3",
        "256",
        "-1",
        "2 ** 70",
        "True",
        "'message'",
        "[1, 2]",
    ];
    for (i, code) in codes.iter().enumerate() {
        let o = agree(
            &format!("exit{i}"),
            &format!("print('out')\nimport sys\nsys.exit({code})\n"),
        );
        assert_eq!(o.exception, None);
        assert!(o.stdout.starts_with("out"));
    }
}

#[test]
fn hash_seed_is_effective() {
    agree(
        "hash",
        "print(hash('abc'), hash(b'abc'))\nprint({'a', 'b', 'c', 'd', 'e', 'f'})\n",
    );
}

#[test]
fn deep_recursion_is_a_recursion_error() {
    let o = agree("recursion", "def f(n):\n    return f(n + 1)\nf(0)\n");
    assert_eq!(o.exception.expect("escaped").type_name, "RecursionError");
    // Recursion through C (repr of a deeply nested list) as well.
    agree(
        "recursion_c",
        "x = []\nfor _ in range(100000):\n    x = [x]\nprint(repr(x)[:5])\n",
    );
}

#[test]
fn finalization_output() {
    let d = dir("finalize");
    let source = "import atexit, warnings\natexit.register(print, 'at exit')\n\
                  class D:\n    def __del__(self):\n        print('del')\nd = D()\n\
                  def f():\n    x = D()\n    1 / 0\n\
                  warnings.warn('careful')\nprint(1 is 1)\nf()\n";
    // Twice: warnings are shown once per location, and atexit handlers run
    // once per program, in a fresh process and here alike.
    agree_bytes(&d, source.as_bytes());
    agree_bytes(&d, source.as_bytes());
}

#[test]
fn the_source_need_not_be_on_disk() {
    let d = dir("not_on_disk");
    let path = d.join("main.py");
    let source = "def f(x):\n    return x['k'] + 1\nprint('é')\nf({'k': 'ü'})\n";
    std::fs::write(&path, source).unwrap();
    let reference = subprocess(&path);
    // Tracebacks show the source that ran, whatever the disk holds.
    std::fs::write(&path, "# something else\n").unwrap();
    assert_eq!(embedded(source.as_bytes(), &path), reference);
    std::fs::remove_file(&path).unwrap();
    assert_eq!(embedded(source.as_bytes(), &path), reference);
}

#[test]
fn imports_from_the_script_directory() {
    let a = dir("import_a");
    std::fs::write(
        a.join("helper.py"),
        "VALUE = 'a'\ndef boom():\n    return 1 / 0\n",
    )
    .unwrap();
    agree_bytes(&a, b"import helper\nprint(helper.VALUE)\nhelper.boom()\n");
    // Same module name, another directory: the first must not be reused.
    let b = dir("import_b");
    std::fs::write(b.join("helper.py"), "VALUE = 'b'\n").unwrap();
    let o = agree_bytes(&b, b"import helper\nprint(helper.VALUE)\n");
    assert_eq!(o.stdout, "b\n");
}

#[test]
fn consecutive_runs_are_isolated() {
    let d = dir("isolation");
    let first =
        "import sys, builtins\nleaked = 1\nbuiltins.len = None\nsys.setrecursionlimit(50)\n\
                 sys.set_int_max_str_digits(640)\nsys.path.append('/nowhere')\n\
                 import gc\ngc.disable()\nraise SystemExit(0)\n";
    agree_bytes(&d, first.as_bytes());
    let second = "import sys\nprint('leaked' in globals(), len([1]), sys.getrecursionlimit())\n\
                  print(sys.get_int_max_str_digits(), '/nowhere' in sys.path, sys.argv == [__file__])\n\
                  import gc\nprint(sorted(globals()), gc.isenabled())\n";
    agree_bytes(&d, second.as_bytes());
}

#[test]
fn relative_paths_name_the_file_like_cpython() {
    let d = dir("relative");
    let path = d.join("main.py");
    std::fs::write(&path, "print(__file__)\n1 / 0\n").unwrap();
    let cwd = std::env::current_dir().unwrap();
    let relative: PathBuf = pathdiff(&path, &cwd);
    assert!(relative.is_relative());
    assert_eq!(
        subprocess(&relative),
        embedded(b"print(__file__)\n1 / 0\n", &relative)
    );
}

/// `path` relative to `base` (both absolute), through `..` as needed.
fn pathdiff(path: &Path, base: &Path) -> PathBuf {
    let common = path
        .components()
        .zip(base.components())
        .take_while(|(a, b)| a == b)
        .count();
    let mut out = PathBuf::new();
    for _ in base.components().skip(common) {
        out.push("..");
    }
    out.extend(path.components().skip(common));
    out
}

#[test]
fn many_threads_share_the_interpreter() {
    let d = dir("threads");
    let handles: Vec<_> = (0..8)
        .map(|i| {
            let path = d.join(format!("t{i}.py"));
            std::thread::Builder::new()
                .stack_size(64 << 20)
                .spawn(move || {
                    let cpython = CPython::get().expect("embedded CPython");
                    let source = format!(
                        "total = 0\nfor k in range(20000):\n    total += k\nprint({i}, total)\n"
                    );
                    (0..5)
                        .map(|_| cpython.run(&source, &path).expect("run").outcome.stdout)
                        .collect::<Vec<_>>()
                })
                .expect("spawn")
        })
        .collect();
    for (i, handle) in handles.into_iter().enumerate() {
        for stdout in handle.join().expect("thread") {
            assert_eq!(stdout, format!("{i} {}\n", (0..20000).sum::<i64>()));
        }
    }
}

#[test]
fn version_is_recorded() {
    let d = dir("version");
    let result = big_stack(move || {
        CPython::get()
            .expect("embedded")
            .run("pass\n", &d.join("v.py"))
            .expect("run")
    });
    assert!(result.cpython_version.starts_with("3.11."));
    assert_eq!(
        result.cpython_version,
        python_version(python_executable()).expect("version")
    );
}

#[test]
fn comparison_reports_a_diff() {
    let d = dir("compare");
    let a = agree_bytes(&d, b"print(1)\n");
    let b = agree_bytes(&d, b"print(2)\nraise ValueError\n");
    let verdict = compare(&a, &b, Level::Outcome);
    assert!(!verdict.agree);
    assert!(verdict.diff.contains("--- cpython") && verdict.diff.contains("+++ quicken"));
    assert!(verdict.diff.contains("-1\n") && verdict.diff.contains("+2\n"));
    assert!(compare(&b, &b, Level::Traceback).agree);
    assert_eq!(b.to_string(), render(&b, Level::Traceback));
    // Tracebacks only matter at the stricter level.
    let mut c = b.clone();
    if let Some(e) = c.exception.as_mut() {
        e.traceback.push_str("extra\n");
    }
    assert!(compare(&b, &c, Level::Outcome).agree);
    assert!(!compare(&b, &c, Level::Traceback).agree);
}
