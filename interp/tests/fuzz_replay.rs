//! Replays what fuzzing found and kept (TESTING.md section 3):
//! - every reproducer under fuzz/regressions/ must agree with CPython on
//!   spec and on interp in every stress mode;
//! - a sample of each cargo-fuzz target's corpus (fuzz/targets/corpus/) runs
//!   through the target's own body, which panics on any disagreement.

use quicken_interp::adaptive::StressMode;
use quicken_interp::engine::Engine;
use quicken_interp::fuzz::check::{Checker, Oracle, Verdict};
use quicken_interp::fuzz::targets;
use quicken_interp::stack::with_big_stack;
use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn files_in(dir: &Path, ext: Option<&str>) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file())
                .filter(|p| ext.is_none_or(|x| p.extension().is_some_and(|e| e == x)))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

#[test]
fn regressions_agree_with_cpython_in_every_stress_mode() {
    let files = files_in(&repo().join("fuzz/regressions"), Some("py"));
    let failures = with_big_stack(move || {
        let mut failures = Vec::new();
        for file in &files {
            let source = std::fs::read(file).expect("readable reproducer");
            for mode in StressMode::all() {
                let mut checker = Checker::new(Oracle::CPython, Engine::Interp(mode));
                checker.filename = file.display().to_string();
                match checker.check(&source) {
                    Verdict::Mismatch(m) => {
                        failures.push(format!("{} [{mode}]:\n{m}", file.display()))
                    }
                    Verdict::NoVerdict(why) => failures.push(format!(
                        "{} [{mode}]: no verdict ({}); a reproducer must give one",
                        file.display(),
                        why.label()
                    )),
                    Verdict::Agree => {}
                }
            }
        }
        failures
    });
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

fn replay_corpus(target: &str, body: fn(&[u8])) {
    let dir = repo().join("fuzz/targets/corpus").join(target);
    for file in files_in(&dir, None) {
        let data = std::fs::read(&file).expect("readable corpus entry");
        body(&data);
    }
}

#[test]
fn corpus_sample_diff_spec_interp() {
    replay_corpus("diff_spec_interp", targets::diff_spec_interp);
}

#[test]
fn corpus_sample_diff_cpython() {
    replay_corpus("diff_cpython", targets::diff_cpython);
}

#[test]
fn corpus_sample_source_bytes() {
    replay_corpus("source_bytes", targets::source_bytes);
}

#[test]
fn corpus_sample_single_instruction() {
    replay_corpus("single_instruction", targets::single_instruction);
}

/// A short seeded campaign: the stable-Rust loop of `quicken fuzz` finds no
/// disagreement between spec and interp on its first programs.
#[test]
fn seeded_campaign_finds_no_disagreement() {
    use quicken_interp::fuzz::campaign::{self, Config};
    let config = Config {
        seconds: 600.0,
        max_execs: Some(200),
        seed: 1,
        out: std::env::temp_dir().join("quicken-fuzz-replay"),
        progress_every: f64::INFINITY,
        ..Config::default()
    };
    let status = with_big_stack(move || campaign::run(&config, &mut |_| {}));
    assert_eq!(status.execs, 200);
    assert_eq!(
        status.mismatches + status.crashes,
        0,
        "reproducers: {:?}",
        status.saved
    );
    assert!(status.agree > 100, "too few verdicts: {status:?}");
}
