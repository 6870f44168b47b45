//! The bundled programs, run small under CPython: each must exit cleanly and
//! print the same output twice (no time or hash-order dependence). Skipped
//! when /usr/bin/python3.11 (or $QUICKEN_BENCH_PYTHON) is not there. No
//! timing is checked.

use quicken_bench::{discover, first_difference, program_name, scale_source};
use std::path::{Path, PathBuf};
use std::process::Command;

fn python() -> Option<PathBuf> {
    let p = std::env::var_os("QUICKEN_BENCH_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/python3.11"));
    p.exists().then_some(p)
}

fn run(python: &Path, file: &Path) -> Vec<u8> {
    let out = Command::new(python)
        .arg(file)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", python.display()));
    assert!(
        out.status.success(),
        "{} failed: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn programs_are_deterministic_under_cpython() {
    let Some(python) = python() else {
        eprintln!("skipped: no /usr/bin/python3.11");
        return;
    };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("programs");
    let tmp = std::env::temp_dir().join(format!("quicken-bench-programs-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    for p in discover(&[dir]).unwrap() {
        let name = program_name(&p);
        let src = std::fs::read_to_string(&p).unwrap();
        let small = tmp.join(format!("{name}.py"));
        std::fs::write(&small, scale_source(&src, 0.02).unwrap()).unwrap();
        let first = run(&python, &small);
        let second = run(&python, &small);
        assert!(!first.is_empty(), "{name}: no output");
        assert!(
            first.len() < 400,
            "{name}: output should be a short checksum"
        );
        assert_eq!(
            first_difference(&first, &second),
            None,
            "{name}: nondeterministic"
        );
        let text = String::from_utf8_lossy(&first);
        assert!(
            text.starts_with(&format!("{name} ")),
            "{name}: output names the program: {text}"
        );
    }
    std::fs::remove_dir_all(&tmp).unwrap();
}
