//! 2,000 generated programs parse (rustpython-parser, which Quicken uses, and
//! CPython 3.11's own compiler), and every feature the generator knows is
//! exercised by some of them. Prints feature coverage and generation speed.

use std::collections::BTreeMap;
use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Instant;

use quicken_fuzzgen::{generate_from_seed, ALL_FEATURES};

const PROGRAMS: u64 = 2_000;
const SIZE: usize = 4096;
pub const PYTHON: &str = "/usr/bin/python3.11";

#[test]
fn two_thousand_programs_parse_and_cover_every_feature() {
    let t = Instant::now();
    let programs: Vec<_> = (0..PROGRAMS).map(|s| generate_from_seed(s, SIZE)).collect();
    let gen_secs = t.elapsed().as_secs_f64();

    let mut counts: BTreeMap<&str, usize> = ALL_FEATURES.iter().map(|f| (*f, 0)).collect();
    let mut lines = Vec::new();
    for (seed, p) in programs.iter().enumerate() {
        if let Err(e) =
            rustpython_parser::parse(&p.source, rustpython_parser::Mode::Module, "<gen>")
        {
            panic!(
                "seed {seed}: rustpython-parser rejects the program: {e}\n{}",
                p.source
            );
        }
        for f in &p.features {
            *counts.get_mut(f).expect("feature listed in ALL_FEATURES") += 1;
        }
        lines.push(p.source.lines().count());
    }
    lines.sort_unstable();
    println!(
        "generated {PROGRAMS} programs in {gen_secs:.3}s ({:.0}/s); lines min {} median {} max {}",
        PROGRAMS as f64 / gen_secs,
        lines[0],
        lines[lines.len() / 2],
        lines[lines.len() - 1]
    );
    println!("feature coverage over {PROGRAMS} programs:");
    for (f, n) in &counts {
        println!("  {f:<22} {n:>5}");
    }
    let missing: Vec<_> = counts
        .iter()
        .filter(|(_, n)| **n == 0)
        .map(|(f, _)| *f)
        .collect();
    assert!(missing.is_empty(), "features never generated: {missing:?}");

    // CPython's compiler is the authority on what Python 3.11 accepts.
    let script = "import sys\nsrc = sys.stdin.read().split('\\0')\nbad = 0\nfor i, s in enumerate(src):\n    try:\n        compile(s, f'<p{i}>', 'exec')\n    except SyntaxError as e:\n        bad += 1\n        print(i, repr(e))\nprint('compiled', len(src), 'bad', bad)\nsys.exit(1 if bad else 0)\n";
    let mut child = Command::new(PYTHON)
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{PYTHON} is required for this test: {e}"));
    let joined: Vec<&str> = programs.iter().map(|p| p.source.as_str()).collect();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(joined.join("\0").as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "CPython rejects generated programs:\n{text}"
    );
    assert!(
        text.contains(&format!("compiled {PROGRAMS} bad 0")),
        "{text}"
    );
}

/// Any byte string is a valid input (the cargo-fuzz view): no panic, and
/// the program parses and stays within a size budget.
#[test]
fn arbitrary_bytes_give_parsable_programs() {
    let mut inputs: Vec<Vec<u8>> = vec![vec![], vec![0; 4096], vec![0xff; 4096], vec![0x80; 300]];
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    for i in 0..600usize {
        let len = (i * 37) % 9000;
        let mut v = Vec::with_capacity(len);
        for _ in 0..len {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            v.push((x >> 24) as u8);
        }
        inputs.push(v);
    }
    let mut max_lines = 0;
    for (i, bytes) in inputs.iter().enumerate() {
        let mut u = quicken_fuzzgen::arbitrary::Unstructured::new(bytes);
        let p = quicken_fuzzgen::generate(&mut u).expect("generate never fails");
        if let Err(e) =
            rustpython_parser::parse(&p.source, rustpython_parser::Mode::Module, "<gen>")
        {
            panic!("input {i}: does not parse: {e}\n{}", p.source);
        }
        max_lines = max_lines.max(p.source.lines().count());
    }
    println!("max lines over {} inputs: {max_lines}", inputs.len());
    assert!(max_lines < 600, "a program of {max_lines} lines");
}
