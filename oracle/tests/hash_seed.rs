//! PYTHONHASHSEED=0 must come from the oracle itself, not from the caller's
//! environment (cargo's config sets it for `cargo test`; other callers do
//! not). This file is its own test binary, so no other test can have started
//! Python before the variable is removed.

use quicken_oracle::{compare, python_executable, run_subprocess, CPython, Level};
use std::path::Path;

#[test]
fn hash_seed_is_set_by_the_oracle() {
    std::env::remove_var("PYTHONHASHSEED");
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("oracle-hash-seed");
    std::fs::create_dir_all(&dir).expect("create test dir");
    let path = dir.join("main.py");
    let source = "print(hash('abc'), hash(b'xyz'), {'p', 'q', 'r', 's', 't'})\n";
    std::fs::write(&path, source).expect("write program");
    let reference = run_subprocess(python_executable(), &path).expect("python3.11");
    let embedded = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            let cpython = CPython::get().expect("embedded CPython with PYTHONHASHSEED=0");
            cpython.run(source, &path).expect("run").outcome
        })
        .expect("spawn")
        .join()
        .expect("thread");
    let verdict = compare(&reference, &embedded, Level::Traceback);
    assert!(verdict.agree, "{}", verdict.diff);
}
