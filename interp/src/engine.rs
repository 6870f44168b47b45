//! The engines a program can run on, behind one entry point.

use quicken_spec::eval::Output;
use quicken_spec::run::{run_source, run_source_to, RunOptions, RunResult};

/// Which evaluator runs a program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Engine {
    /// The reference evaluator of the executable specification.
    Spec,
    /// The specializing adaptive interpreter (currently the reference
    /// evaluator: the specializer is being built).
    Interp,
}

impl Engine {
    pub fn name(self) -> &'static str {
        match self {
            Engine::Spec => "spec",
            Engine::Interp => "interp",
        }
    }
}

/// Run a program's source bytes on `engine`.
pub fn run(engine: Engine, source: &[u8], filename: &str, opts: &RunOptions) -> RunResult {
    match engine {
        Engine::Spec | Engine::Interp => run_source(source, filename, opts),
    }
}

/// Run on `engine`, writing the program's output to `out` as it runs.
pub fn run_to(
    engine: Engine,
    out: Output,
    source: &[u8],
    filename: &str,
    opts: &RunOptions,
) -> RunResult {
    match engine {
        Engine::Spec | Engine::Interp => run_source_to(out, source, filename, opts),
    }
}
