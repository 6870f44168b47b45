//! The conformance corpus, checked live against CPython 3.11 in-process on
//! every engine. Expected outputs are never written down: CPython produces
//! them at test time. Expected failures come from
//! tests/conformance/expected_failures.txt and are strict.

use quicken_interp::conform::{self, Config};
use quicken_interp::engine::Engine;
use quicken_interp::stack::with_big_stack;
use quicken_oracle::Level;
use std::path::PathBuf;

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("conformance")
}

#[test]
fn corpus_agrees_with_cpython_on_every_engine() {
    let engines = vec![Engine::Spec, Engine::Interp];
    let config = Config {
        paths: vec![corpus()],
        engines: engines.clone(),
        jobs: 2,
        expected_failures: None,
        level: Level::Outcome,
        max_steps: 2_000_000_000,
        progress: false,
    };
    let report = with_big_stack(move || conform::run(&config));
    println!("{}", conform::summary(&report, &engines));
    assert!(
        report.files >= 400,
        "the corpus has only {} programs",
        report.files
    );
    let mut problems: Vec<String> = report.errors.clone();
    for r in report.unexpected() {
        problems.push(format!(
            "{:?} [{}] {}\n{}",
            r.verdict,
            r.engine.name(),
            r.name,
            r.diff
        ));
    }
    assert!(
        problems.is_empty(),
        "{} unexpected results:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
