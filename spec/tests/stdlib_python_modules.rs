//! Checks Quicken's Python-source standard library (`spec/src/modules/lib`)
//! against CPython 3.11 itself.
//!
//! Quicken cannot run these modules yet from this test, so the check runs
//! them on CPython: `stdlib_py/runner.py` executes every program in
//! `stdlib_py/cases_*.py` twice under `/usr/bin/python3.11` (or
//! `$QUICKEN_CPYTHON`), once with CPython's modules and once with `import`
//! redirected to ours, and demands identical output. Without CPython 3.11
//! the test fails: it is the specification.

use std::path::PathBuf;
use std::process::Command;

fn cpython() -> String {
    std::env::var("QUICKEN_CPYTHON").unwrap_or_else(|_| "/usr/bin/python3.11".to_string())
}

fn run_cases(pattern: &str) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let lib = root.join("src/modules/lib");
    let dir = root.join("tests/stdlib_py");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/stdlib_py exists")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.starts_with("cases_") && name.ends_with(".py") && name.contains(pattern)
        })
        .collect();
    cases.sort();
    assert!(!cases.is_empty(), "no case files match {pattern}");
    let python = cpython();
    let version = Command::new(&python)
        .args(["-c", "import sys; print('%d.%d' % sys.version_info[:2])"])
        .output()
        .unwrap_or_else(|e| panic!("cannot run {python}: {e} (CPython 3.11 is required)"));
    assert_eq!(
        String::from_utf8_lossy(&version.stdout).trim(),
        "3.11",
        "{python} is not CPython 3.11"
    );
    let out = Command::new(&python)
        .arg(dir.join("runner.py"))
        .arg(&lib)
        .args(&cases)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .unwrap_or_else(|e| panic!("cannot run {python}: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "Quicken's modules disagree with CPython:\n{stdout}\n{stderr}"
    );
    assert!(stdout.contains(" 0 mismatches"), "{stdout}\n{stderr}");
}

#[test]
fn itertools_matches_cpython() {
    run_cases("itertools");
}

#[test]
fn functools_matches_cpython() {
    run_cases("functools");
}

#[test]
fn operator_matches_cpython() {
    run_cases("operator");
}

#[test]
fn collections_matches_cpython() {
    run_cases("collections");
}

#[test]
fn dataclasses_matches_cpython() {
    run_cases("dataclasses");
}

#[test]
fn enum_matches_cpython() {
    run_cases("enum");
}

#[test]
fn abc_and_collections_abc_match_cpython() {
    run_cases("abc");
}

#[test]
fn typing_matches_cpython() {
    run_cases("typing");
}

#[test]
fn fractions_and_numbers_match_cpython() {
    run_cases("fractions");
}

#[test]
fn random_matches_cpython() {
    run_cases("random");
}

#[test]
fn io_copy_heapq_bisect_string_contextlib_match_cpython() {
    run_cases("misc");
}
