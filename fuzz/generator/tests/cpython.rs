//! A sample of 300 generated programs runs under CPython 3.11
//! (PYTHONHASHSEED=0): every one finishes in time without an uncaught
//! exception, the output is identical across two runs in separate
//! processes, and only a small fraction run out of fuel. A few also run as
//! standalone scripts, to check that the batch runner (exec in a fresh
//! namespace) is faithful. Fails, never skips, when python3.11 is missing.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::thread;

use quicken_fuzzgen::{generate_from_seed, is_no_verdict};

const PYTHON: &str = "/usr/bin/python3.11";
const SAMPLE: u64 = 300;
const FIRST_SEED: u64 = 1_000_000;
const SIZE: usize = 4096;
const TIMEOUT_SECS: &str = "5";
const WORKERS: usize = 4;
const STANDALONE: u64 = 12;

#[derive(Debug, Clone, PartialEq)]
struct Outcome {
    status: String,
    stdout: String,
    error: String,
}

fn python() -> &'static str {
    let ok = Command::new(PYTHON)
        .arg("--version")
        .output()
        .map(|o| o.status.success() && String::from_utf8_lossy(&o.stdout).contains("3.11"))
        .unwrap_or(false);
    assert!(
        ok,
        "{PYTHON} (CPython 3.11) is required by this test and was not found"
    );
    PYTHON
}

fn temp_dir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("quicken-fuzzgen-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Minimal decoder for the flat JSON objects run_batch.py prints.
fn json_field(line: &str, key: &str) -> String {
    let pat = format!("\"{key}\": ");
    let start = line
        .find(&pat)
        .unwrap_or_else(|| panic!("no {key} in {line}"))
        + pat.len();
    let rest = &line[start..];
    if rest.starts_with("null") {
        return String::new();
    }
    assert!(rest.starts_with('"'), "{key} is not a string in {line}");
    let mut out = String::new();
    let mut chars = rest[1..].chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return out,
            '\\' => match chars.next().unwrap() {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'r' => out.push('\r'),
                'b' => out.push('\u{8}'),
                'f' => out.push('\u{c}'),
                'u' => {
                    let hex: String = chars.by_ref().take(4).collect();
                    let mut cp = u32::from_str_radix(&hex, 16).unwrap();
                    if (0xD800..0xDC00).contains(&cp) {
                        let _ = chars.next();
                        let _ = chars.next();
                        let lo: String = chars.by_ref().take(4).collect();
                        let lo = u32::from_str_radix(&lo, 16).unwrap();
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    }
                    out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                }
                other => out.push(other),
            },
            c => out.push(c),
        }
    }
    panic!("unterminated string in {line}")
}

/// Runs the files in `WORKERS` CPython processes; returns outcomes by path.
fn run_batch(files: &[PathBuf]) -> BTreeMap<PathBuf, Outcome> {
    let py = python();
    let runner = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/run_batch.py");
    let chunks: Vec<Vec<PathBuf>> = (0..WORKERS)
        .map(|w| files.iter().skip(w).step_by(WORKERS).cloned().collect())
        .collect();
    let handles: Vec<_> = chunks
        .into_iter()
        .map(|chunk| {
            let runner = runner.clone();
            thread::spawn(move || {
                let out = Command::new(py)
                    .arg(&runner)
                    .arg(TIMEOUT_SECS)
                    .args(&chunk)
                    .env("PYTHONHASHSEED", "0")
                    .env("PYTHONIOENCODING", "utf-8")
                    .output()
                    .expect("run python");
                assert!(
                    out.status.success(),
                    "batch runner failed: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
                String::from_utf8(out.stdout).unwrap()
            })
        })
        .collect();
    let mut res = BTreeMap::new();
    for h in handles {
        for line in h.join().unwrap().lines() {
            let o = Outcome {
                status: json_field(line, "status"),
                stdout: json_field(line, "stdout"),
                error: json_field(line, "error"),
            };
            res.insert(PathBuf::from(json_field(line, "file")), o);
        }
    }
    assert_eq!(res.len(), files.len(), "the runner lost programs");
    res
}

#[test]
fn sample_runs_cleanly_and_deterministically_under_cpython() {
    python();
    let dir = temp_dir("cpython");
    let mut files = Vec::new();
    for seed in FIRST_SEED..FIRST_SEED + SAMPLE {
        let p = generate_from_seed(seed, SIZE);
        let f = dir.join(format!("p{seed}.py"));
        std::fs::write(&f, &p.source).unwrap();
        files.push(f);
    }
    // Extreme inputs: exhausted, all-zero, all-ones.
    for (k, bytes) in [vec![], vec![0u8; 4096], vec![0xffu8; 4096]]
        .iter()
        .enumerate()
    {
        let mut u = quicken_fuzzgen::arbitrary::Unstructured::new(bytes);
        let p = quicken_fuzzgen::generate(&mut u).unwrap();
        let f = dir.join(format!("extreme{k}.py"));
        std::fs::write(&f, &p.source).unwrap();
        files.push(f);
    }
    let first = run_batch(&files);
    let second = run_batch(&files);

    let mut failures = Vec::new();
    let mut no_verdict = 0;
    for (f, o) in &first {
        match o.status.as_str() {
            "ok" => assert!(!is_no_verdict(&o.stdout)),
            "out_of_fuel" => {
                assert!(is_no_verdict(&o.stdout));
                no_verdict += 1;
            }
            s => failures.push(format!("{}: {s}\n{}", f.display(), o.error)),
        }
        if second[f] != *o {
            failures.push(format!("{}: output differs between two runs", f.display()));
        }
    }
    println!(
        "CPython: {} programs, {} passed with a verdict, {} out of fuel, {} failures",
        first.len(),
        first.len() - no_verdict - failures.len(),
        no_verdict,
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        no_verdict * 20 <= first.len(),
        "too many programs ran out of fuel: {no_verdict} of {}",
        first.len()
    );

    // Standalone runs agree with the batch runner and exit 0.
    for f in files.iter().take(STANDALONE as usize) {
        let out = Command::new(PYTHON)
            .arg(f)
            .env("PYTHONHASHSEED", "0")
            .env("PYTHONIOENCODING", "utf-8")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}: exit {:?}",
            f.display(),
            out.status
        );
        assert_eq!(
            String::from_utf8(out.stdout).unwrap(),
            first[f].stdout,
            "{}: standalone output differs from the batch runner's",
            f.display()
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
