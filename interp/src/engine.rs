//! The engines a program can run on, behind one entry point.

use crate::adaptive::{self, StressMode};
use quicken_spec::code::CodeObject;
use quicken_spec::eval::Output;
use quicken_spec::run::{run_code_to, run_source, run_source_to, RunOptions, RunResult};
use std::rc::Rc;

/// Which evaluator runs a program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Engine {
    /// The reference evaluator of the executable specification.
    Spec,
    /// The specializing adaptive interpreter, in a stress mode.
    Interp(StressMode),
}

impl Engine {
    /// The default interpreter (CPython's counters).
    pub const INTERP: Engine = Engine::Interp(StressMode::Default);

    pub fn name(self) -> String {
        match self {
            Engine::Spec => "spec".into(),
            Engine::Interp(StressMode::Default) => "interp".into(),
            Engine::Interp(mode) => format!("interp[{mode}]"),
        }
    }

    fn options(self, opts: &RunOptions, collect_stats: bool) -> RunOptions {
        let mut opts = opts.clone();
        opts.loop_fn = match self {
            Engine::Spec => None,
            Engine::Interp(mode) => Some(adaptive::configure(mode, collect_stats)),
        };
        opts
    }
}

/// Run a program's source bytes on `engine`.
pub fn run(engine: Engine, source: &[u8], filename: &str, opts: &RunOptions) -> RunResult {
    run_source(source, filename, &engine.options(opts, false))
}

/// Run on `engine`, writing the program's output to `out` as it runs.
pub fn run_to(
    engine: Engine,
    out: Output,
    source: &[u8],
    filename: &str,
    opts: &RunOptions,
) -> RunResult {
    run_source_to(out, source, filename, &engine.options(opts, false))
}

/// Run on the interpreter collecting specialization statistics (read them
/// with `adaptive::stats::snapshot`).
pub fn run_with_stats(
    mode: StressMode,
    out: Output,
    source: &[u8],
    filename: &str,
    opts: &RunOptions,
) -> RunResult {
    run_source_to(
        out,
        source,
        filename,
        &Engine::Interp(mode).options(opts, true),
    )
}

/// Run compiled module code on `engine`, collecting specialization
/// statistics when asked. Spec never reads a code object's adaptive state,
/// so one compilation can serve a spec run and then one interp run (the
/// fuzzer's checks do this: parsing costs more than running most generated
/// programs).
pub fn run_code(
    engine: Engine,
    out: Output,
    code: Rc<CodeObject>,
    opts: &RunOptions,
    collect_stats: bool,
) -> RunResult {
    run_code_to(out, code, &engine.options(opts, collect_stats))
}
