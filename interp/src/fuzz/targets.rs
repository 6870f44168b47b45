//! The bodies of the cargo-fuzz targets (`fuzz/targets/fuzz_targets/*.rs`
//! call these and nothing else), so `cargo test` and `quicken fuzz` run the
//! very same checks on stable Rust.
//!
//! Each function takes the fuzzer's bytes and panics with a readable report
//! (the runnable program and the unified diff of the outcomes) when it finds
//! a disagreement or a crash; libFuzzer then saves the input. Everything
//! else, including a Quicken panic, is the finding itself: a body never
//! panics for any other reason.

use super::check::{Checker, Oracle, Verdict};
use crate::adaptive::StressMode;
use crate::engine::Engine;
use crate::stack::on_eval_thread;
use arbitrary::Unstructured;

/// Draw a stress mode from the front of the input, weighted towards the
/// modes that reach deopt paths (swarm-style: one mode per input).
pub fn draw_stress_mode(u: &mut Unstructured) -> StressMode {
    let pick = u.int_in_range(0..=7u8).unwrap_or(1);
    match pick {
        0 => StressMode::Never,
        1 | 2 => StressMode::Default,
        3 => StressMode::Eager,
        4 | 5 => StressMode::DeoptEvery(u.int_in_range(1..=16u64).unwrap_or(1)),
        _ => StressMode::Chaos(u.arbitrary::<u64>().unwrap_or(0)),
    }
}

/// A generated program and the checker for it, drawn from fuzzer bytes.
pub fn draw_case(data: &[u8], oracle: Oracle) -> (String, Checker) {
    let mut u = Unstructured::new(data);
    let mode = draw_stress_mode(&mut u);
    let program = quicken_fuzzgen::generate(&mut u)
        .map(|p| p.source)
        .unwrap_or_default();
    (program, Checker::new(oracle, Engine::Interp(mode)))
}

/// Check a program and panic with a report if the engines disagree.
fn check_or_report(source: String, checker: Checker) {
    let verdict = on_eval_thread({
        let source = source.clone();
        let checker = checker.clone();
        move || checker.check(source.as_bytes())
    });
    if let Verdict::Mismatch(m) = verdict {
        panic!(
            "{}\n=== reproducer ({} oracle, interp = {}) ===\n{}",
            m,
            checker.oracle.name(),
            checker.interp.name(),
            source
        );
    }
}

/// `diff_spec_interp`: a generated program on spec and on interp in a stress
/// mode drawn from the input.
pub fn diff_spec_interp(data: &[u8]) {
    let (source, checker) = draw_case(data, Oracle::Spec);
    check_or_report(source, checker);
}

/// `diff_cpython`: a generated program on CPython (in-process), spec and
/// interp.
pub fn diff_cpython(data: &[u8]) {
    let (source, checker) = draw_case(data, Oracle::CPython);
    check_or_report(source, checker);
}

/// Instruction budget for `source_bytes`: arbitrary bytes rarely make a
/// program that runs long, and the ones that loop forever must stop fast.
pub const SOURCE_BYTES_MAX_STEPS: u64 = 20_000;

/// `source_bytes`: arbitrary bytes as a source file: parse, compile and run
/// on spec and interp with an instruction budget. Must never panic; when
/// both runs finish within the budget, their outcomes must agree too.
pub fn source_bytes(data: &[u8]) {
    let data = data.to_vec();
    let verdict = on_eval_thread(move || {
        let mut checker = Checker::new(Oracle::Spec, Engine::INTERP);
        checker.max_steps = SOURCE_BYTES_MAX_STEPS;
        checker.lockstep = false;
        (checker.check(&data), data)
    });
    if let (Verdict::Mismatch(m), data) = verdict {
        panic!(
            "{m}\n=== source bytes ===\n{}",
            String::from_utf8_lossy(&data)
        );
    }
}

/// `single_instruction`: one specialized form against its family head on
/// operands drawn from the input. Runs on the calling thread: a case never
/// recurses deeply, and the hop to the evaluation thread would cost more
/// than the case itself.
pub fn single_instruction(data: &[u8]) {
    super::refine::single_instruction(data);
}
